//! Chinese, traditional characters (中文（繁體）). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::{Rule, Task};

pub static TEXTS: Texts = Texts {
    rules: table!(rule, Rule::ALL),
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    ui: Ui {
        app_name: "My Number 指南",
        app_tagline: "個人編號卡，一步一步來",
        boot_lead: "從登記住址到離開日本：要帶什麼、櫃檯的辦理流程、依你的日期算出的期限，以及可出示給承辦人員的日語句子。離線也能使用。",
        nav_label: "主選單",
        nav_home: "首頁",
        nav_phrases: "常用語",
        nav_settings: "設定",
        home_title: "你的個人編號卡",
        next_heading: "下一步",
        next_all_done: "目前沒有到期的事項。有新進展時再輸入日期。",
        start_title: "從這裡開始",
        start_body: "輸入你搬進日本住址的日期，App 會為你算出各項期限。",
        start_action: "輸入搬入日期",
        open_stage: "開啟此步驟",
        countdown_heading: "離開日本",
        countdown_days: "距離離開還有 {n} 天",
        countdown_one_day: "距離離開還有 1 天",
        countdown_today: "今天離開",
        countdown_past: "已離開 {n} 天",
        countdown_leaving_on: "離開日期：{date}",
        countdown_tasks_heading: "離開前後",
        timeline_heading: "你的流程",
        status_done: "已完成",
        status_waiting: "需要日期",
        status_upcoming: "即將到來",
        status_due_soon: "即將到期",
        status_late: "已逾期",
        mark_done: "我已完成",
        waiting_for: "等待：「{field}」。",
        rel_today: "今天",
        rel_tomorrow: "明天",
        rel_yesterday: "昨天",
        rel_in_days: "{n} 天後",
        rel_days_ago: "{n} 天前",
        late_one_day: "逾期 1 天",
        late_days: "逾期 {n} 天",
        when_by: "最晚 {date}",
        when_between: "{from} – {to}",
        when_on: "於 {date}",
        stage_step: "第 {n} 步，共 {total} 步",
        stage_terms_heading: "你會看到的日語詞彙",
        stage_dates_heading: "你的日期",
        stage_plan_heading: "為你算出的日期",
        stage_bring_heading: "要帶的東西",
        stage_todo_heading: "待辦清單",
        stage_counter_heading: "在櫃檯",
        stage_tips_heading: "須知",
        stage_sources_heading: "規定與資料來源",
        stage_rules: "規定：{rules}",
        sources_checked: "2026年11月確認。手續費、辦公時間和預約方式因城市而異：不確定時，請詢問你所在的市公所。",
        prev_stage: "上一步",
        next_stage: "下一步",
        clear_date: "清除",
        field_moved_in: "我搬入的日期",
        field_registered: "我登記住址的日期",
        field_letter_received: "通知書送達的日期",
        field_photo_taken: "照片拍攝日期",
        field_applied: "我申請的日期",
        field_application_method: "我的申請方式",
        field_notice_received: "明信片送達的日期",
        field_collection_deadline: "明信片上印的領取期限",
        field_card_collected: "我領卡的日期",
        field_card_expiry: "我的個人編號卡上印的有效期限",
        field_residence_expiry: "我的在留卡到期日",
        field_departure: "我預定離開日本的日期",
        field_move_out_planned: "我從原城市遷出（預定）的日期",
        field_moved_within_japan: "我在日本國內搬到其他城市的日期",
        field_reported_new_address: "我申報新住址的日期",
        field_residence_card_lost: "我發現在留卡遺失的日期",
        registration_question: "這是你從國外來到日本後第一次登記住址嗎？",
        registration_first: "是，這是我來日本後的第一次登記",
        registration_move: "不是，這是在日本國內搬家後的登記",
        express_no_notice: "你申請的是急件發行（特急発行）：不會寄明信片。卡片會郵寄到你登記的住址。",
        express_by_mail: "急件發行（特急発行）：沒有明信片，也不在櫃檯領取。卡片會郵寄到你登記的住址，通常在申請後約一週寄達（5 天到 2 週）。請在下方輸入收到卡片的日期。",
        collect_guide: "參考期限：明信片送達（{date}）後 1 個月，有些城市印的就是這個期限。請輸入你明信片上印的日期。",
        collect_by_stay_end: "在你的在留期間結束（{date}）之前：已過有效期限的卡無法交付。",
        report_by_move_out: "預定遷出日期（{date}）後 30 天內：這個期限比搬入後 14 天的期限更早到。錯過期限，卡就會失效。",
        continued_from_move: "申報新住址後 90 天內。在你輸入申報日期之前，為保險起見，從搬入日（{date}）起算。",
        lost_line_all_day: "外語專線 0120-0178-27：英語、中文、韓語、西班牙語和葡萄牙語 24 小時服務。日語專線 0120-95-0178：全年無休，24 小時。",
        lost_line_daytime: "外語專線 0120-0178-27：越南語、尼泊爾語、泰語、印尼語和他加祿語只在白天接聽（英語、中文、韓語、西班牙語和葡萄牙語 24 小時）。日語專線 0120-95-0178：全年無休，24 小時。",
        lost_line_not_listed: "外語專線 0120-0178-27：它所列的語言中沒有你的語言。它以英語、中文、韓語、西班牙語和葡萄牙語 24 小時接聽，越南語、尼泊爾語、泰語、印尼語和他加祿語只在白天接聽。日語專線 0120-95-0178：全年無休，24 小時。",
        method_unset: "請選擇…",
        method_online: "線上（智慧型手機或電腦）",
        method_mail: "郵寄",
        method_photo_booth: "自助證件快照機",
        method_counter: "市公所櫃檯",
        method_express: "急件發行（特急発行）",
        err_empty: "請輸入日期。",
        err_malformed: "請輸入完整日期（年、月、日）。",
        err_no_such_day: "日曆上沒有這一天。",
        err_out_of_range: "請輸入 1990 到 2100 之間的年份。",
        err_in_future: "這是未來的日期。請等事情發生後再輸入。",
        err_before: "此日期不能早於「{other}」（{date}）。請檢查這兩個日期。",
        storage_unavailable: "這個瀏覽器不允許 App 儲存資料。各項功能照常可用，但關閉 App 後，你輸入的日期和勾選都會消失。",
        storage_full: "無法儲存：裝置的儲存空間已滿。最近一次的變更沒有儲存。",
        storage_failed: "最近一次的變更無法儲存。",
        settings_title: "設定",
        language_heading: "語言",
        privacy_heading: "隱私",
        privacy_body: "你輸入的所有內容都只留在這台裝置上。本 App 不會把資料傳送到任何地方，沒有使用分析，也絕不會要求或儲存你的 12 位數個人編號（My Number）。",
        backup_heading: "備份",
        backup_body: "把你的日期和勾選存成檔案，或從檔案還原（例如換新手機時）。",
        export_button: "匯出備份",
        import_label: "從備份檔還原",
        import_preview: "此備份中的日期：{dates} 個。已勾選項目：{ticks} 個。它們將取代 App 中目前的內容。",
        import_confirm: "以此備份取代",
        import_cancel: "取消",
        import_done: "備份已還原。",
        import_err_too_big: "這個檔案太大，不可能是備份檔。",
        import_err_not_json: "這個檔案不是備份（不是 JSON 格式）。沒有做任何變更。",
        import_err_not_ours: "這個檔案不是 My Number 指南的備份，或已損毀。沒有做任何變更。",
        import_err_future: "這個備份來自較新版本的 App。請先更新 App 再試一次。沒有做任何變更。",
        import_err_bad_date: "備份中「{field}」的日期不可能存在。沒有做任何變更。",
        import_err_read: "無法讀取這個檔案。沒有做任何變更。",
        reset_heading: "重新開始",
        reset_body: "從這台裝置刪除你所有的日期、勾選和設定。",
        reset_button: "全部刪除",
        reset_confirm: "確定要全部刪除嗎？此動作無法復原。如果不確定，請先匯出備份。",
        reset_yes: "是，全部刪除",
        reset_done: "已全部刪除。",
        storage_unreadable: "無法讀取你儲存的進度。這些資料已原封不動另外保留，App 將從空白開始。你可以在「設定」中匯出舊資料。",
        storage_unreadable_export: "匯出無法讀取的資料",
        storage_future: "你儲存的進度來自較新版本的 App。資料會保持原樣；這個版本不會覆寫它。",
        lang_missing: "無法下載{language}：需要連上網路一次。在那之前，App 以英語顯示。",
        lang_retry: "再試一次",
        machine_translation: "This translation was made by a machine and has not yet been checked by a native speaker.", // TRANSLATE
        switch_to_english: "Show in English", // TRANSLATE
        panic_title: "發生錯誤",
        panic_body: "App 發生錯誤。你儲存的進度是安全的。你可以先匯出備份，再重新載入。",
        panic_reload: "重新載入",
        update_ready: "新版本已就緒",
        update_reload: "重新載入",
        offline_badge: "離線中 — 所有功能仍可使用",
        phrases_title: "櫃檯常用語",
        phrases_intro: "把這些出示給承辦人員看。開啟卡片即可放大顯示。",
        phrase_close: "關閉",
        phrase_say: "讀法",
        phrase_meaning: "意思",
        help_heading: "用你的語言求助",
        help_body: "個人編號卡（マイナンバーカード）諮詢專線（外語）：各語言頁面上的服務時間不一致，請到 kojinbango-card.go.jp/en-otoiawase/ 查看目前的時間。卡片遺失：請立即打電話停用卡片。",
        lost_card_nav: "Lost card", // TRANSLATE
        lost_title: "Lost your card?", // TRANSLATE
        lost_suspend_heading: "1. Call now to suspend it", // TRANSLATE
        lost_line_foreign: "Foreign languages", // TRANSLATE
        lost_line_japanese: "Japanese", // TRANSLATE
        lost_police_heading: "2. Report it to the police", // TRANSLATE
        lost_police_body: "File a loss report (遺失届) and note its receipt number. If the card was stolen, say so and note the theft-report number.", // TRANSLATE
        lost_city_heading: "3. Ask the city office for a new card", // TRANSLATE
        lost_city_body: "Report the loss there and ask for a new card: ¥1,000 (¥800 without certificates). Many cities make it free when the card was stolen, with the police theft-report number. Fees differ between cities: ask.", // TRANSLATE
        lost_express: "Express reissue (特急発行): ¥2,000, within 30 days of the loss report at the city office. The card is mailed to your registered address.", // TRANSLATE
        lost_residence_heading: "Residence card lost too?", // TRANSLATE
        lost_residence_body: "That is a separate report: to immigration, within 14 days of the day you found out.", // TRANSLATE
        lost_residence_link: "Enter that day to see your deadline", // TRANSLATE
        lost_phrase_link: "Phrases to show the staff", // TRANSLATE
        sources_link: "All rules and sources", // TRANSLATE
        sources_intro: "The rules behind your dates, in plain words, with the pages they come from. Fees and hours differ between cities: when unsure, ask your city office.", // TRANSLATE
        rules_checked: "Checked 25 November 2026", // TRANSLATE
        not_found_title: "找不到頁面",
        not_found_body: "App 中沒有這個頁面。",
        back_home: "回到首頁",
    },
    stages: [
        StageText {
            title: "登記住址",
            what: "搬入後 14 天內，到市公所或區公所申報新住址。這樣你就成為登記在案的居民，你的個人編號（My Number）也由此產生：寫有編號的通知書會寄到這個住址。只有從國外來到日本後的第一次住址登記，才能申請急件發行卡片。",
            term_meanings: &[
                "遷入申報",
                "居住地申報（外國居民使用的名稱）",
                "在留卡",
                "市公所 / 區公所",
                "國民健康保險",
                "國民年金",
                "學生繳納特例（在學期間可延後繳納國民年金保險費；這些月份不計入年金退出補助費）",
            ],
            bring: &[
                "在留卡（在留カード）",
                "護照",
                "租屋契約（如果櫃檯要求）",
            ],
            todo: &[
                "申報住址（転入届）",
                "同一次辦理時加入國民健康保險（国民健康保険）",
                "20 至 59 歲：加入國民年金（国民年金），並申請學生繳納特例（学生納付特例）",
                "在信箱上寫好你的名字",
            ],
            counter: "填寫遷入申報表（転入届）並出示在留卡；承辦人員會在卡片背面寫上你的住址。同一次辦理時加入國民健康保險：凡在日本居住超過 3 個月、沒有加入任職單位健康保險的居民，不論在留資格為何都必須加入（收入低的話，請申報收入以獲得減免）。20 至 59 歲的人還要加入國民年金，學生可在辦理時申請學生繳納特例。各城市的辦公時間和預約方式不同：請查看所在城市的網站或直接詢問。",
            tips: &[
                "寫有編號的通知書不會轉寄（転送不要）：信箱上一定要有你的名字。",
                "逾期登記可能依出入國管理法被處最高 ¥200,000 的刑事罰金（罰金），或依住民基本台帳法被處最高 ¥50,000 的行政罰鍰（過料）；沒有登記住址超過 90 天，在留資格可能被撤銷。在 14 天內辦理，就能避免這些問題。",
                "學生繳納特例每年都要重新申請。適用該特例的月份不計入離開日本後可申請的年金退出補助費（脱退一時金）：只有實際繳費的月份才計入。",
                "以後在日本國內搬家？分三步：搬家前在原城市提出遷出申報（転出届）；在新城市提出遷入申報（転入届），須在搬入後 14 天內、且在預定遷出日期後 30 天內；並在提出遷入申報後 90 天內申請繼續使用你的卡（継続利用），通常在同一次辦理。漏掉任何一步，卡都會失效。請在下方輸入日期。",
            ],
        },
        StageText {
            title: "編號通知書",
            what: "登記後約 2 到 3 週（有些大學說最長一個月），你的 12 位數個人編號會以簡易掛號信寄到。信封裡還有個人編號卡（マイナンバーカード）申請書（上面有 23 位數的申請書 ID 和 QR Code）以及回郵信封。",
            term_meanings: &[
                "個人編號通知書",
                "不得轉寄（只投遞到你登記的住址）",
                "通知卡（舊的紙本卡片，2020年5月25日起由通知書取代）",
            ],
            bring: &[],
            todo: &[
                "信箱上有名字",
                "已收到通知書並妥善保管",
                "已在申請書上找到 23 位數申請書 ID 和 QR Code",
            ],
            counter: "不需要到櫃檯辦理。如果登記後約一個月仍沒收到通知書，請詢問市公所。",
            tips: &[
                "通知書不能證明你的編號，也不是身分證件。請妥善保管：申請個人編號卡時需要它。",
                "絕對不要把編號的照片存放在別人看得到的地方。本 App 絕不會要求你輸入或儲存編號。",
                "送達時不在家？郵局會把掛號郵件（簡易書留）保管約一週，之後退回市公所，而市公所也只保管一段時間：請盡快撥打招領通知單上的電話。",
            ],
        },
        StageText {
            title: "申請辦卡",
            what: "申請免費。任選一種方式：智慧型手機（掃描 QR Code）、電腦（輸入 23 位數 ID）、自助證件快照機、用申請書和回郵信封郵寄，或在部分城市的櫃檯申請。如果這是你從國外來到日本後的第一次住址登記（在日本國內搬家後的登記不算），你也可以在登記後 30 天內向市公所申請急件發行：卡片約一週後郵寄送達。",
            term_meanings: &[
                "核發申請",
                "急件發行（2024年12月2日起）",
                "申請書上的 23 位數申請書 ID",
            ],
            bring: &[
                "4.5 cm × 3.5 cm 的照片，最近 6 個月內拍攝",
                "申請書，或通知書上的 23 位數 ID",
            ],
            todo: &[
                "已拍照：正面、不戴帽子、素色背景",
                "已送出申請",
                "已記下申請方式和日期（在下方輸入）",
            ],
            counter: "線上、郵寄和自助證件快照機申請都不必去櫃檯。急件發行（特急発行）只限從國外來到日本後的第一次住址登記：須在登記後 30 天內親自到市公所申請（不能由他人代辦），並攜帶兩種附照片的身分證件，或一種附照片的證件加一種其他證件。申請時就設定密碼，卡片會郵寄到你登記的住址，通常約一週（最快 5 天，最長 2 週）；第一張卡免費。哪些櫃檯受理申請、是否需要預約，各城市不同：請詢問你所在的市公所。",
            tips: &[
                "因宗教或醫療原因的頭部遮蓋物可以配戴，但須露出臉部輪廓。",
                "你可以用 23 位數 ID 在線上查詢申請進度。",
                "如果你的在留期間在領卡前就結束，卡就無法交給你；而且卡片是依申請時有效的在留期間製作的：在留期間只剩不到約一個月時，請先更新在留期間，再申請。",
            ],
        },
        StageText {
            title: "交付通知書",
            what: "申請後約一個月（部分城市需 1 到 2 個月），你會收到一張明信片：交付通知書。上面寫明領卡的地點、時間以及期限。",
            term_meanings: &["交付通知書（明信片）", "預約"],
            bring: &[],
            todo: &[
                "已收到明信片",
                "已輸入明信片上印的領取期限（在下方）",
                "已預約時間（如果城市要求）",
            ],
            counter: "目前還不必去櫃檯。部分城市要求預約領卡時間；明信片上會寫明預約方式。",
            tips: &[
                "各城市印的領取期限從寄出明信片後 1 個月到約 3 個月不等：以你明信片上印的日期為準。在你輸入這個日期之前，為保險起見，本 App 以 1 個月計算。",
                "申請後 2 個月仍沒收到明信片？請詢問市公所；各城市規定不同。",
            ],
        },
        StageText {
            title: "領卡",
            what: "請本人到明信片上寫明的地點領卡。只有因疾病、身心障礙或其他不得已的理由（例如長期住院、懷孕或出國留學；工作或上課不算），才可由他人代領。大約需要 30 分鐘，並在現場設定密碼。急件發行的卡則改為郵寄。",
            term_meanings: &[
                "領取",
                "密碼（PIN）",
                "簽名用電子證明書（簽名用密碼）",
                "使用者身分驗證用電子證明書（4 位數密碼）",
            ],
            bring: &[
                "交付通知書明信片（交付通知書）",
                "在留卡（或另外兩種身分證件）",
                "舊的通知卡（通知カード），如果有的話",
            ],
            todo: &[
                "已設定簽名用密碼：6 到 16 個大寫英文字母和數字，兩者至少各一個",
                "已設定 4 位數密碼（用於使用者身分驗證、住民基本台帳和表單填寫輔助；可以全部相同）",
                "已領卡：已核對姓名、住址和有效期限",
            ],
            counter: "承辦人員核對你的身分，你在終端機上輸入密碼，然後領取卡片。請預留約 30 分鐘。",
            tips: &[
                "簽名用密碼輸錯 5 次會被鎖定；4 位數密碼輸錯 3 次會被鎖定。請設定你記得住的密碼。",
                "已過有效期限的卡無法交付：請在在留期間結束前及早領卡。",
                "忘記密碼或密碼被鎖定？4 位數密碼可在市公所重新設定（請攜帶卡片和身分證件）。簽名用密碼也可以在部分便利商店的自助機台，用 Mynaportal（マイナポータル）手機 App 重新設定。",
            ],
        },
        StageText {
            title: "使用卡片",
            what: "你的卡可當作附照片的身分證件和健康保險證，也是使用線上服務、在便利商店取得證明書的鑰匙。",
            term_meanings: &[
                "兼作健康保險證的個人編號卡",
                "資格確認書（如果你的卡沒有當作保險證使用，會改發此證）",
                "住民票（居民紀錄）副本",
                "印鑑登記證明書",
                "課稅 / 所得證明書",
                "在留卡與個人編號卡合一的卡（可自行選擇；預定 2026年6月14日起：請詢問地方出入國在留管理局）",
            ],
            bring: &[],
            todo: &[
                "已把卡登記為健康保險證（用診所的讀卡機、Mynaportal（マイナポータル）或 Seven 銀行（セブン銀行）ATM，需 4 位數密碼）",
                "了解誰可以要求我提供編號，誰不可以",
            ],
            counter: "當作身分證件時，只出示正面。在診所，把卡放在讀卡機上。便利商店的多功能事務機可在 6:30 至 23:00 列印證明書；手續費由各城市訂定，提出遷出申報後就不能再使用。你也可以用 e-Tax 線上報稅，並在銀行要求時提供編號（開戶時是否提供可自行決定）。",
            tips: &[
                "只有法律規定的機構才可以為稅務、社會保障和災害對策的手續要求你提供編號：雇主、市公所、年金、健康保險，以及辦理部分帳戶的銀行。即使你本人同意，也禁止提供給其他任何人。",
                "只有獲得授權的機構才可以影印卡片背面。",
                "自2024年12月2日起，已不再核發新的紙本健康保險證。",
                "卡片遺失了？請立即打電話停用卡片（電話號碼和服務時間見下方），向警察提出遺失申報（遺失届）並記下受理編號，然後向市公所申請補發新卡：¥1,000（不含電子證明書為 ¥800；遭竊時憑警察的失竊報案受理編號，許多城市免費），或在向市公所申報遺失後 30 天內申請急件補發，費用 ¥2,000。",
                "在留卡遺失是另一回事：請在發現遺失之日起 14 天內向地方出入國在留管理局申報。",
                "個人編號卡不能取代在留卡：仍須隨時隨身攜帶在留卡。",
                "在留卡與個人編號卡合一的卡（特定在留カード）預定於 2026年6月起實施：可自行選擇；持有這種卡時，在地方出入國在留管理局辦理更新就會同時更新兩張卡。目前尚未確定：請詢問地方出入國在留管理局（moj.go.jp/isa/tokutei.html）。",
            ],
        },
        StageText {
            title: "維持有效",
            what: "對大多數外國居民來說，卡片的有效期限到核發時或上次延長時所適用的在留期間結束之日為止：這個日期印在卡上。在地方出入國在留管理局更新在留期間後，你會拿到新的在留卡，但個人編號卡（マイナンバーカード）的有效期限不會跟著延長，而且不會有任何提醒。所以你有兩個日期：個人編號卡上的日期，和在留卡上的日期。請兩個都輸入。",
            term_meanings: &[
                "在留期間更新",
                "有效期限",
                "申請中（在留卡上的戳章）",
                "電子證明書",
            ],
            bring: &[
                "新的在留卡",
                "個人編號卡",
                "你的 4 位數密碼",
                "你的簽名用密碼（6 到 16 個字元），以便在同一次辦理時更新電子證明書",
            ],
            todo: &[
                "已申請更新在留期間（約在期滿前 3 個月起可申請）",
                "已在卡片到期前延長有效期限、更新了電子證明書，並已輸入卡上印的新有效期限（在上方）",
                "已輸入新在留卡的到期日（在下方）",
            ],
            counter: "在市公所申請延長卡片的有效期限（免費），並在同一次辦理時更新卡內的電子證明書：延長卡片的有效期限並不會延長電子證明書，沒有電子證明書，マイナ保険証 的身分驗證和便利商店取得證明書都會無法使用。在留期間更新還在審查中時（有「申請中」戳章，或有線上申請的受理郵件），卡片的有效期限可特別延長一次，最多 2 個月；收到新的在留卡後，請再辦理一次延長。",
            tips: &[
                "卡片一旦過期即失效，補辦新卡通常需要 ¥1,000（不含電子證明書為 ¥800）：請詢問你所在的城市。",
                "以上不適用於永住者、高度專門職 2 號（高度専門職2号）或特別永住者。",
                "卡內電子證明書的有效期限到核發後第 5 次生日為止；有在留期間的人，電子證明書在在留期間的期滿日當天失效：延長卡片有效期限時請一併更新。",
                "如果持有在留卡與個人編號卡合一的卡（特定在留カード，預定 2026年6月起），在地方出入國在留管理局辦理更新會同時更新兩張卡，不必再到市公所延長：請詢問地方出入國在留管理局。",
            ],
        },
        StageText {
            title: "離開日本",
            what: "離開日本前：提出遷出申報（転出届）、繳回卡片、結清健康保險和住民稅。離開後，請在 2 年內申請年金退出補助費（脱退一時金）。",
            term_meanings: &[
                "遷出申報",
                "遷往國外的申報",
                "住民稅（居民稅）",
                "納稅管理人（稅務代理人）",
                "年金退出補助費（年金的一次性給付）",
            ],
            bring: &[
                "在留卡",
                "資格確認書或資格情報のお知らせ（如果你加入了國民健康保險）",
                "個人編號卡",
            ],
            todo: &[
                "已提出遷出申報（約離開前 14 天起可辦理）",
                "已繳回個人編號卡",
                "已退出國民健康保險並結清保險費",
                "已繳清住民稅，或已指定納稅管理人（納税管理人）",
                "已在出境審查時繳回在留卡（如果不再回來）",
                "已申請年金退出補助費（離開後 2 年內）",
            ],
            counter: "在市公所提出遷出申報（転出届）；繳回個人編號卡（對外國居民來說，離開日本時卡片即失效；有些櫃檯會在晶片上打孔後把卡還給你）；退出國民健康保險並結清保險費（可能退費，也可能需補繳）。提出遷出申報後卡片就不能再用，マイナ保険証 和便利商店取得證明書都會停止：請先辦好需要的事。",
            tips: &[
                "1月1日時已登記住址？你要繳納當年度的住民稅：離開前繳清，或指定納稅管理人。",
                "申請年金退出補助費，需至少實際繳納 6 個月的保險費：適用學生繳納特例（学生納付特例）或全額免除的月份不計入。2025 年的改革修改了部分規定：離開前請查看 nenkin.go.jp。",
                "如果你再回到日本，編號維持不變。",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("登記住址", "搬入（{date}）後 14 天內。"),
        Task::ReceiveLetter => (
            "預計收到編號通知書",
            "登記（{date}）後約 2 到 3 週（最長一個月）。到時還沒收到？請詢問市公所。",
        ),
        Task::ExpressIssuance => (
            "可申請急件發行",
            "只限從國外來到日本後的第一次住址登記：須在該次登記（{date}）後 30 天內親自到市公所申請。可自行選擇；卡片會郵寄給你。",
        ),
        Task::PhotoValid => ("照片可用期限", "拍攝（{date}）後 6 個月內。"),
        Task::ReceiveNotice => (
            "預計收到交付通知書",
            "申請（{date}）後約一個月；部分城市最長需 2 個月。",
        ),
        Task::ReceiveExpressCard => (
            "預計收到郵寄的急件卡片",
            "申請（{date}）後約一週：最快 5 天，最長 2 週。卡片會郵寄到你登記的住址。",
        ),
        Task::CollectCard => (
            "領取卡片",
            "請在明信片上印的期限（{date}）前領取。已過期的卡無法交付。",
        ),
        Task::CardExpiry => (
            "你的個人編號卡到期",
            "卡上印的日期（{date}）。新的在留卡不會改變這個日期。",
        ),
        Task::RenewResidence => ("更新在留期間", "在留期間結束（{date}）前約 3 個月起。"),
        Task::ExtendCard => (
            "到市公所延長卡片的有效期限",
            "在卡上印的日期（{date}）之前。不會有任何提醒。請在同一次辦理時更新電子證明書，然後輸入卡上的新有效期限。",
        ),
        Task::MoveOutOldCity => (
            "在原城市提出遷出申報（転出届）",
            "搬家（{date}）前約 14 天起。也可以郵寄辦理，或透過 Mynaportal（マイナポータル）線上辦理。",
        ),
        Task::ReportNewAddress => (
            "在新城市申報新住址（転入届）",
            "搬入（{date}）後 14 天內；如果預定遷出日期後 30 天的期限更早到，則須在該期限內。錯過期限，卡就會失效。",
        ),
        Task::ContinuedUse => (
            "在新城市繼續使用卡片",
            "申報新住址（{date}）後 90 天內，否則卡會失效。通常在同一次辦理：請攜帶卡片和 4 位數密碼；如需重新申請簽名用電子證明書，還要帶簽名用密碼。",
        ),
        Task::MoveOutNotice => (
            "遷出申報",
            "離開（{date}）前約 14 天起。提出後卡片就不能再用：請先取得需要的證明書。",
        ),
        Task::ReturnCard => (
            "繳回個人編號卡",
            "在離開（{date}）前，到市公所提出遷出申報時繳回。",
        ),
        Task::SettleNhi => (
            "退出國民健康保險並結清保險費",
            "離開（{date}）前約 2 週起。",
        ),
        Task::ResidentTax => ("住民稅：繳清或指定納稅管理人", "離開（{date}）之前。"),
        Task::PensionClaim => (
            "如果已繳費 6 個月以上：申請年金退出補助費",
            "離開（{date}）後 2 年內。只有實際繳費的月份才計入，適用學生繳納特例的月份不算；離開前請查看 nenkin.go.jp。",
        ),
        Task::ReportLostResidenceCard => (
            "向地方出入國在留管理局申報在留卡遺失",
            "發現遺失之日（{date}）起 14 天內。",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "遷入：住址、健康保險、年金",
            &[
                "我是從國外來的。我想辦理遷入登記。也請幫我加入國民健康保險。",
                "（僅限年滿 20 歲者）也請幫我加入國民年金。我是學生，所以也想申請學生繳納特例。",
                "我是 {date} 搬到這裡的。",
            ],
        ),
        PhraseId::Apply => (
            "申請辦卡（急件發行）",
            &[
                "我想申請個人編號卡。",
                "可以的話，我想申請急件發行。我是從國外來的，這是我第一次提出遷入申報。",
                "我在 {date} 提出了遷入申報。",
            ],
        ),
        PhraseId::Collect => (
            "領取卡片",
            &["我來領取我的個人編號卡。", "我帶了交付通知書和在留卡。"],
        ),
        PhraseId::Extend => (
            "更新在留期間後延長卡片的有效期限",
            &[
                "我的在留期間更新已獲許可。請幫我變更（延長）個人編號卡的有效期限。",
                "我新的在留期間到 {date} 為止。",
                "也請幫我更新電子證明書。",
            ],
        ),
        PhraseId::MoveOut => (
            "離開日本：遷出、繳卡、健康保險",
            &[
                "我要回國（離開日本），所以想提出遷往國外的申報。",
                "我也想繳回個人編號卡，並退出國民健康保險、結清保險費。",
                "我的出境日期是 {date}。",
            ],
        ),
        PhraseId::LostCard => (
            "卡片遺失",
            &[
                "我的個人編號卡遺失了。我想申請補發。",
                "我已經打電話給專線，停用了卡片。",
                "我已經向警察報案。這是受理編號。",
            ],
        ),
    };
    PhraseText { title, meanings }
}

const fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::R1 => "Register your address (転入届) at the city office within 14 days of moving in.", // TRANSLATE
        Rule::R2 => "The notification letter (個人番号通知書) comes by registered mail about 2 to 3 weeks after you register (up to a month). It is not forwarded: put your name on the mailbox.", // TRANSLATE
        Rule::R3 => "Express issuance (特急発行) is only for a first registration after arriving from abroad, within 30 days of it, or within 30 days of a lost card's city loss report (¥2,000). The card is mailed, in about 5 days to 2 weeks.", // TRANSLATE
        Rule::R4 => "The application photo must be taken within the last 6 months.", // TRANSLATE
        Rule::R5 => "The issuance notice (交付通知書) comes about a month after you apply (1 to 2 months in some cities).", // TRANSLATE
        Rule::R6 => "Collect the card by the date printed on the postcard (cities print 1 to about 3 months). An expired card cannot be handed over.", // TRANSLATE
        Rule::R7 => "With a period of stay, the card is valid to the end of the stay in force when it was issued or last extended. A new residence card does not change it, and no reminder is sent.", // TRANSLATE
        Rule::R8 => "You can apply to renew your period of stay from about 3 months before it ends.", // TRANSLATE
        Rule::R9 => "Extend the card at the city office before it expires (free). After that it is void, and a new card usually costs ¥1,000: ask your city.", // TRANSLATE
        Rule::R10 => "The card's electronic certificates end with your period of stay, and extending the card does not renew them: renew them at the same visit.", // TRANSLATE
        Rule::R11 => "After moving to another city: report your address (転入届) within 14 days of moving in and 30 days of the planned move-out, then ask for continued use (継続利用) within 90 days, or the card becomes void. Same city: 転居届 within 14 days.", // TRANSLATE
        Rule::R12 => "Leaving Japan: the moving-out notification (転出届) can be filed from about 14 days before. It ends the card's use: get any certificates first.", // TRANSLATE
        Rule::R13 => "For foreign residents the card becomes void on departure and the city collects it. Your number stays the same if you return.", // TRANSLATE
        Rule::R14 => "Leave National Health Insurance and settle its premiums from about 2 weeks before you leave.", // TRANSLATE
        Rule::R15 => "Pension lump sum (脱退一時金): claim within 2 years of leaving; it needs 6 months of paid contributions (student-measure months do not count). A 2025 reform changed rules: check nenkin.go.jp.", // TRANSLATE
        Rule::R16 => "Registered on 1 January? You owe that year's resident tax: pay it or appoint a tax representative (納税管理人) before leaving.", // TRANSLATE
        Rule::R17 => "Report a lost residence card to immigration within 14 days of finding out. It is separate from the My Number Card.", // TRANSLATE
        Rule::R18 => "Moving to another city: file the moving-out notification (転出届) at the old city from about 14 days before (by mail or online too). Not needed within the same city.", // TRANSLATE
    }
}
