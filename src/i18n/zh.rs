//! Chinese, Simplified (中文 简体). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::Task;

pub static TEXTS: Texts = Texts {
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    ui: Ui {
        app_name: "My Number 指南",
        app_tagline: "个人编号卡，一步一步来",
        boot_lead: "从登记住址到离开日本：需要携带什么、窗口办理流程、根据你的日期算出的期限，以及可以出示给工作人员的日语句子。离线也能使用。",
        nav_label: "主菜单",
        nav_home: "首页",
        nav_phrases: "常用语",
        nav_settings: "设置",
        home_title: "你的个人编号卡",
        next_heading: "下一步",
        next_all_done: "目前没有到期的事项。有新进展时再输入日期。",
        start_title: "从这里开始",
        start_body: "输入你搬进日本住址的日期，应用会为你算出各项截止日期。",
        start_action: "输入搬入日期",
        reached_question: "Where are you with your card?", // TRANSLATE
        reached_note: "Steps before your answer count as done. You can change it in Settings.", // TRANSLATE
        reached_arrived: "I have just arrived", // TRANSLATE
        reached_registered: "I have registered my address", // TRANSLATE
        reached_letter: "I have the letter with my number", // TRANSLATE
        reached_applied: "I have applied for the card", // TRANSLATE
        reached_card: "I have my card", // TRANSLATE
        said_done: "You said this is done.", // TRANSLATE
        status_later: "Later", // TRANSLATE
        coming_up_heading: "Coming up", // TRANSLATE
        phrase_card_link: "Show the phrase card", // TRANSLATE
        method_guide_online: "No print needed: take a photo with your phone (facing front, no hat, plain background). Scan your form's QR code, open the link mailed to you, then upload the photo and send.", // TRANSLATE
        method_guide_mail: "Glue a 4.5 cm × 3.5 cm print, taken within 6 months, on the form, sign it, and post it in the return envelope.", // TRANSLATE
        method_guide_photo_booth: "Choose the My Number Card application and scan your form's QR code: the booth takes the photo and sends it.", // TRANSLATE
        method_guide_counter: "Bring what your city asks: usually the form, a 4.5 cm × 3.5 cm print and your residence card. Ask first: not every city takes it.", // TRANSLATE
        method_guide_express: "In person within 30 days of your first registration after arriving, with two photo IDs (or one and another ID).", // TRANSLATE
        open_stage: "打开此步骤",
        countdown_heading: "离开日本",
        countdown_days: "距离开还有 {n} 天",
        countdown_one_day: "距离开还有 1 天",
        countdown_today: "今天离开",
        countdown_past: "已离开 {n} 天",
        countdown_leaving_on: "离开日期：{date}",
        countdown_tasks_heading: "离开前后",
        timeline_heading: "你的流程",
        status_done: "已完成",
        status_waiting: "需要日期",
        status_upcoming: "即将到来",
        status_due_soon: "即将到期",
        status_late: "已逾期",
        mark_done: "我已完成",
        waiting_for: "等待：“{field}”。",
        rel_today: "今天",
        rel_tomorrow: "明天",
        rel_yesterday: "昨天",
        rel_in_days: "{n} 天后",
        rel_days_ago: "{n} 天前",
        late_one_day: "逾期 1 天",
        late_days: "逾期 {n} 天",
        when_by: "截至 {date}",
        when_between: "{from} – {to}",
        when_on: "于 {date}",
        stage_step: "第 {n} 步，共 {total} 步",
        stage_terms_heading: "你会看到的日语词",
        stage_dates_heading: "你的日期",
        stage_plan_heading: "为你算出的日期",
        stage_bring_heading: "需要携带",
        stage_todo_heading: "清单",
        stage_counter_heading: "在窗口",
        stage_tips_heading: "须知",
        stage_sources_heading: "规定与来源",
        stage_rules: "规定：{rules}",
        sources_checked: "2026年11月核实。手续费、办公时间和预约方式因城市而异：不确定时，请询问所在的市政府。",
        prev_stage: "上一步",
        next_stage: "下一步",
        clear_date: "清除",
        field_moved_in: "搬入日期",
        field_registered: "住址登记日期",
        field_letter_received: "通知书送达日期",
        field_photo_taken: "照片拍摄日期",
        field_applied: "申请日期",
        field_application_method: "申请方式",
        field_notice_received: "明信片送达日期",
        field_collection_deadline: "明信片上印的领取期限",
        field_card_collected: "领卡日期",
        field_residence_expiry: "在留卡到期日",
        field_departure: "计划离开日本的日期",
        field_moved_within_japan: "在日本国内迁往其他城市的日期",
        field_residence_card_lost: "发现在留卡遗失的日期",
        field_card_expiry: "我的个人编号卡上印的有效期限",
        field_move_out_planned: "从原城市迁出的日期",
        field_reported_new_address: "申报新住址的日期",
        registration_question: "这是你从国外来日本后第一次登记住址吗？",
        registration_first: "是，这是我来日本后的第一次登记",
        registration_move: "不是，这是在日本国内搬家后的登记",
        express_no_notice: "你申请了加急发放（特急発行）：不会寄明信片。卡片会邮寄到你的登记住址。",
        express_by_mail: "加急发放（特急発行）：没有明信片，也不在窗口领取。卡片会邮寄到你的登记住址，通常在申请后约一周寄到（5 天到 2 周）。请在下方输入收到卡片的日期。",
        collect_guide: "参考期限：明信片送达（{date}）后 1 个月，部分城市印的就是这个期限。请输入你明信片上印的日期。",
        collect_by_stay_end: "在你的在留期间结束（{date}）之前：已过有效期的卡无法交付。",
        report_by_move_out: "预定迁出日期（{date}）后 30 天内：这个期限比搬入后 14 天的期限更早到来。错过期限，卡会失效。",
        continued_from_move: "申报新住址后 90 天内。在你输入申报日期之前，为稳妥起见，从搬入日（{date}）起算。",
        lost_line_all_day: "外语专线 0120-0178-27：英语、中文、韩语、西班牙语和葡萄牙语 24 小时服务。日语专线 0120-95-0178：全年无休，24 小时。",
        lost_line_daytime: "外语专线 0120-0178-27：越南语、尼泊尔语、泰语、印尼语和他加禄语仅在白天接听（英语、中文、韩语、西班牙语和葡萄牙语 24 小时）。日语专线 0120-95-0178：全年无休，24 小时。",
        method_unset: "请选择…",
        method_online: "网上（智能手机或电脑）",
        method_mail: "邮寄",
        method_photo_booth: "自助证件照机",
        method_counter: "市政府窗口",
        method_express: "加急发放（特急発行）",
        err_empty: "请输入日期。",
        err_malformed: "请输入完整日期（年、月、日）。",
        err_no_such_day: "日历上没有这一天。",
        err_out_of_range: "请输入 1990 到 2100 之间的年份。",
        err_in_future: "这是未来的日期。请在事情发生后再输入。",
        err_before: "此日期不能早于“{other}”（{date}）。请检查这两个日期。",
        storage_unavailable: "此浏览器不允许应用保存数据。各项功能照常可用，但关闭应用后，你输入的日期和勾选都会丢失。",
        storage_full: "无法保存：设备存储空间已满。最近一次更改未保存。",
        storage_failed: "最近一次更改未能保存。",
        settings_title: "设置",
        language_heading: "语言",
        privacy_heading: "隐私",
        privacy_body: "你输入的所有内容都只保存在本设备上。本应用不向任何地方发送数据，没有统计分析，也绝不会要求或保存你的 12 位个人编号（My Number）。",
        backup_heading: "备份",
        backup_body: "将你的日期和勾选保存为文件，或从文件恢复（例如换新手机时）。",
        export_button: "导出备份",
        import_label: "从备份文件恢复",
        import_preview: "此备份中的日期：{dates} 个。已勾选事项：{ticks} 个。它们将替换应用中现有的内容。",
        import_confirm: "用此备份替换",
        import_cancel: "取消",
        import_done: "备份已恢复。",
        import_err_too_big: "此文件太大，不可能是备份文件。",
        import_err_not_json: "此文件不是备份（不是 JSON 格式）。未做任何更改。",
        import_err_not_ours: "此文件不是 My Number 指南的备份，或已损坏。未做任何更改。",
        import_err_future: "此备份来自较新版本的应用。请先更新应用再重试。未做任何更改。",
        import_err_bad_date: "备份中“{field}”的日期不可能存在。未做任何更改。",
        import_err_read: "无法读取此文件。未做任何更改。",
        reset_heading: "重新开始",
        reset_body: "从本设备删除你所有的日期、勾选和设置。",
        reset_button: "全部删除",
        reset_confirm: "确定要全部删除吗？此操作无法撤销。如不确定，请先导出备份。",
        reset_yes: "是，全部删除",
        reset_done: "已全部删除。",
        storage_unreadable: "无法读取你保存的进度。这些数据已原封不动地另行保留，应用将从空白开始。你可以在“设置”中导出旧数据。",
        storage_unreadable_export: "导出无法读取的数据",
        storage_future: "你保存的进度来自较新版本的应用。数据将保持原样；此版本不会覆盖它。",
        lang_missing: "无法下载{language}：首次使用需要联网一次。在此之前，应用以英语显示。",
        lang_retry: "重试",
        panic_title: "出错了",
        panic_body: "应用发生错误。你保存的进度是安全的。你可以先导出备份，再重新加载。",
        panic_reload: "重新加载",
        update_ready: "新版本已就绪",
        update_reload: "重新加载",
        offline_badge: "离线 — 所有功能仍可使用",
        phrases_title: "窗口常用语",
        phrases_intro: "把这些出示给工作人员看。打开卡片可放大显示。",
        phrase_close: "关闭",
        phrase_say: "读法",
        phrase_meaning: "意思",
        help_heading: "用你的语言求助",
        help_body: "个人编号卡（マイナンバーカード）咨询热线（外语）：各语言页面上的服务时间不一样，请到 kojinbango-card.go.jp/en-otoiawase/ 查看当前的时间。卡片遗失：请立即打电话暂停卡片使用。",
        not_found_title: "找不到页面",
        not_found_body: "应用中没有这个页面。",
        back_home: "返回首页",
    },
    stages: [
        StageText {
            title: "登记住址",
            what: "搬入后 14 天内，到市政府或区政府申报新住址。这样你就成为登记在册的居民，你的个人编号（My Number）也由此产生：写有编号的通知书会寄到这个地址。只有从国外来日本后的首次住址登记，才能申请加急发放卡片。",
            term_meanings: &[
                "迁入申报",
                "居住地申报（外国居民使用的名称）",
                "在留卡",
                "市政府 / 区政府",
                "国民健康保险",
                "国民年金",
                "学生缴纳特例（在学期间可延期缴纳国民年金保险费；这些月份不计入年金退出补助费）",
            ],
            bring: &[
                "在留卡（在留カード）",
                "护照",
                "租房合同（如窗口要求）",
            ],
            todo: &[
                "申报住址（転入届）",
                "同一次办理时加入国民健康保险（国民健康保険）",
                "20 至 59 岁：加入国民年金，并申请学生缴纳特例（学生納付特例）",
                "在信箱上写好你的名字",
            ],
            counter: "填写迁入申报表（転入届）并出示在留卡；工作人员会在卡背面写上你的住址。同一次办理时加入国民健康保险：凡在日本居住超过 3 个月、未加入工作单位健康保险的居民，无论在留资格为何都必须加入（收入低的话，请申报收入以获得减免）。20 至 59 岁者还要加入国民年金，学生可在办理时申请学生缴纳特例。各城市的办公时间和预约方式不同：请查看所在城市的网站或直接询问。",
            tips: &[
                "写有编号的通知书不予转寄（転送不要）：信箱上必须有你的名字。",
                "逾期登记可能依出入境管理法被处以最高 ¥200,000 的罚金（罰金，属刑事处罚），或依居民登记法被处以最高 ¥50,000 的行政罚款（過料）；没有登记住址超过 90 天，在留资格可能被取消。14 天内去办理，就能避免这些问题。",
                "学生缴纳特例需要每年重新申请。适用该特例的月份不计入离开日本后可申领的年金退出补助费：只有实际缴费的月份才计入。",
                "以后在日本国内搬家？分三步：搬家前在原城市提交迁出申报（転出届）；在新城市提交迁入申报（転入届），须在搬入后 14 天内、且在预定迁出日期后 30 天内；并在提交迁入申报后 90 天内申请继续使用你的卡（継続利用），通常在同一次办理。错过任何一步，卡都会失效。请在上方输入日期。",
            ],
        },
        StageText {
            title: "编号通知书",
            what: "登记后约 2 到 3 周（有些大学说最长一个月），你的 12 位个人编号会以简易挂号信寄到。信封里还有个人编号卡（マイナンバーカード）申请表（上面有 23 位申请书 ID 和二维码）以及回邮信封。",
            term_meanings: &[
                "个人编号通知书",
                "不予转寄（只投递到你的登记住址）",
                "通知卡（旧的纸质卡片，2020年5月25日起由通知书取代）",
            ],
            bring: &[],
            todo: &[
                "信箱上有名字",
                "已收到通知书并妥善保管",
                "已在申请表上找到 23 位申请书 ID 和二维码",
            ],
            counter: "无需去窗口办理。如果登记后约一个月仍未收到通知书，请询问市政府。",
            tips: &[
                "通知书不能证明你的编号，也不是身份证件。请妥善保管：申请个人编号卡时需要它。",
                "切勿把编号的照片存放在别人能看到的地方。本应用绝不会要求你输入或保存编号。",
                "送达时不在家？邮局会将简易挂号信（簡易書留）保管约一周，之后退回市政府，而市政府也只保管一段时间：请尽快拨打投递通知单上的电话。",
            ],
        },
        StageText {
            title: "申请办卡",
            what: "申请免费。任选一种方式：智能手机（扫描二维码）、电脑（输入 23 位 ID）、自助证件照机、用申请表和回邮信封邮寄，或在部分城市的窗口申请。如果这是你从国外来日本后的首次住址登记（在日本国内搬家后的登记不算），你还可以在登记后 30 天内向市政府申请加急发放：卡片约一周后邮寄到。",
            term_meanings: &[
                "发放申请",
                "加急发放（2024年12月2日起）",
                "申请表上的 23 位申请书 ID",
            ],
            bring: &[
                "4.5 cm × 3.5 cm 的照片，近 6 个月内拍摄",
                "申请表，或通知书上的 23 位 ID",
            ],
            todo: &[
                "已拍照：正面、不戴帽子、纯色背景",
                "已提交申请",
                "已记下申请方式和日期（在上方输入）",
            ],
            counter: "网上、邮寄和自助证件照机申请都无需去窗口。加急发放（特急発行）仅限从国外来日本后的首次住址登记：须在登记后 30 天内亲自到市政府申请（不能由他人代办），并携带两种带照片的身份证件，或一种带照片的证件加一种其他证件。申请时即设置密码，卡片会邮寄到你的登记住址，通常约一周（最快 5 天，最长 2 周）；首张卡免费。哪些窗口受理申请、是否需要预约，因城市而异：请询问所在的市政府。",
            tips: &[
                "出于宗教或医疗原因的头部遮盖物可以佩戴，但须露出脸部轮廓。",
                "你可以用 23 位 ID 在网上查询申请进度。",
                "如果你的在留期间在领卡前结束，卡就无法交给你；而且卡是按申请时有效的在留期间制作的：在留期间剩下不到约一个月时，请先更新在留期间，再申请。",
            ],
        },
        StageText {
            title: "交付通知书",
            what: "申请后约一个月（部分城市需 1 到 2 个月），你会收到一张明信片：交付通知书。上面写明领卡的地点、时间以及截止日期。",
            term_meanings: &["交付通知书（明信片）", "预约"],
            bring: &[],
            todo: &[
                "已收到明信片",
                "已输入明信片上印的领取期限（在上方）",
                "已预约时间（如果城市要求）",
            ],
            counter: "暂时无需去窗口。部分城市要求预约领卡时间；明信片上会写明预约方法。",
            tips: &[
                "各城市印的领取期限从寄出明信片后 1 个月到约 3 个月不等：以你明信片上印的日期为准。在你输入这个日期之前，为稳妥起见，本应用按 1 个月计算。",
                "申请后 2 个月仍未收到明信片？请询问市政府；各城市规定不同。",
            ],
        },
        StageText {
            title: "领卡",
            what: "请本人到明信片上写明的地点领卡。只有因疾病、残障或其他不得已的理由（例如长期住院、怀孕或出国留学；工作或上课不算），才可由他人代领。大约需要 30 分钟，并在现场设置密码。加急发放的卡则改为邮寄。",
            term_meanings: &[
                "领取",
                "密码（PIN）",
                "签名用电子证明书（签名密码）",
                "用户身份验证用电子证明书（4 位密码）",
            ],
            bring: &[
                "交付通知书明信片（交付通知書）",
                "在留卡（或另外两种身份证件）",
                "旧的通知卡（通知カード），如果有的话",
            ],
            todo: &[
                "已设定签名密码：6 到 16 位大写字母和数字，两者至少各一个",
                "已设定 4 位密码（用于用户身份验证、居民登记和填表辅助；可以全部相同）",
                "已领卡：已核对姓名、住址和有效期限",
            ],
            counter: "工作人员核实你的身份，你在终端上输入密码，然后领取卡片。请预留约 30 分钟。",
            tips: &[
                "签名密码输错 5 次会被锁定；4 位密码输错 3 次会被锁定。请设定你记得住的密码。",
                "已过有效期的卡无法交付：请在在留期间结束前尽早领卡。",
                "忘记密码或密码被锁定？4 位密码可在市政府重新设置（请携带卡片和身份证件）。签名密码也可以在部分便利店的自助终端上，用 Mynaportal（マイナポータル）智能手机应用重新设置。",
            ],
        },
        StageText {
            title: "使用卡片",
            what: "你的卡可用作带照片的身份证件和健康保险证，也是使用网上服务、在便利店开具证明的钥匙。",
            term_meanings: &[
                "个人编号卡健康保险证",
                "资格确认书（如果你的卡没有用作保险证，会改发此证）",
                "居民记录（住民票）副本",
                "印章登记证明",
                "纳税 / 收入证明",
                "在留卡与个人编号卡合一（可选；预定 2026年6月14日起：请询问地方出入境在留管理局）",
            ],
            bring: &[],
            todo: &[
                "已将卡登记为健康保险证（用诊所读卡器、Mynaportal（マイナポータル）或 Seven 银行（セブン銀行）ATM，需 4 位密码）",
                "了解谁可以要求我提供编号，谁不可以",
            ],
            counter: "作为身份证件时，只出示正面。在诊所，把卡放在读卡器上。便利店的复印机可在 6:30 至 23:00 打印证明；手续费由各城市规定，提交迁出申报后就不能再用。你还可以用 e-Tax 在网上报税，并在银行要求时提供编号（开户时是否提供可自愿选择）。",
            tips: &[
                "只有法律规定的机构才可以为税务、社会保障和防灾相关手续要求你提供编号：雇主、市政府、年金、健康保险，以及办理部分账户的银行。即使你本人同意，也禁止提供给其他任何人。",
                "只有获得授权的机构才可以复印卡的背面。",
                "自2024年12月2日起，已不再发放新的纸质健康保险证。",
                "卡丢了？请立即打电话暂停卡片使用（电话号码和服务时间见下方），向警察报失（遺失届）并记下受理编号，然后向市政府申请新卡：¥1,000（不含电子证明书为 ¥800；被盗时凭警察出具的被盗报案受理编号，很多城市免费），或在向市政府报告遗失后 30 天内申请加急补发，费用 ¥2,000。",
                "在留卡遗失是另一回事：请在发现遗失之日起 14 天内向地方出入境在留管理局报告。",
                "个人编号卡不能代替在留卡：仍须随时随身携带在留卡。",
                "在留卡与个人编号卡合一的卡（特定在留カード）预定于 2026年6月起实施：可自愿选择；持有这种卡时，在地方出入境在留管理局办理更新就会同时更新两张卡。目前尚未确定：请询问地方出入境在留管理局（moj.go.jp/isa/tokutei.html）。",
            ],
        },
        StageText {
            title: "保持有效",
            what: "对大多数外国居民来说，卡的有效期到发卡或上次延长有效期时所适用的在留期间结束之日为止：这个日期印在卡上。在地方出入境在留管理局更新在留期间后，你会拿到新的在留卡，但个人编号卡（マイナンバーカード）的有效期不会随之延长，而且不会有任何提醒。所以你有两个日期：个人编号卡上的日期和在留卡上的日期。请把两个都输入。",
            term_meanings: &[
                "在留期间更新",
                "有效期限",
                "申请中（在留卡上的印章）",
                "电子证明书",
            ],
            bring: &[
                "新的在留卡",
                "个人编号卡",
                "你的 4 位密码",
                "你的签名密码（6 到 16 位），以便在同一次办理时更新电子证明书",
            ],
            todo: &[
                "已申请更新在留期间（约在到期前 3 个月起可申请）",
                "已在卡到期前延长有效期、更新了电子证明书，并已输入卡上印的新有效期限（在上方）",
                "已输入新在留卡的到期日（在上方）",
            ],
            counter: "在市政府申请延长卡的有效期（免费），并在同一次办理时更新卡内的电子证明书：延长卡的有效期并不会延长电子证明书，没有电子证明书，マイナ保険証 的身份验证和便利店开具证明都将无法使用。在留期间更新仍在审理中时（有“申請中”印章，或有网上申请的受理邮件），卡的有效期可特别延长一次，最多 2 个月；收到新的在留卡后，请再次办理延长。",
            tips: &[
                "卡一旦过期即失效，补办新卡通常需要 ¥1,000（不含电子证明书为 ¥800）：请询问所在城市。",
                "以上不适用于永住者、高度专门职 2 号（高度専門職2号）或特别永住者。",
                "卡内电子证明书的有效期到发卡后第 5 次生日为止；对有在留期间的人，电子证明书在在留期限（到期日）当天失效：延长卡的有效期时请一并更新。",
                "如果持有在留卡与个人编号卡合一的卡（特定在留カード，预定 2026年6月起），在地方出入境在留管理局办理更新会同时更新两张卡，无需再到市政府延长：请询问地方出入境在留管理局。",
            ],
        },
        StageText {
            title: "离开日本",
            what: "离开日本前：提交迁出申报（転出届）、交还卡片、结清健康保险和住民税。离开后，请在 2 年内申领年金退出补助费（脱退一時金）。",
            term_meanings: &[
                "迁出申报",
                "迁往国外的申报",
                "住民税（居民税）",
                "纳税管理人（税务代理人）",
                "年金退出补助费",
            ],
            bring: &[
                "在留卡",
                "資格確認書或資格情報のお知らせ（如果你加入了国民健康保险）",
                "个人编号卡",
            ],
            todo: &[
                "已提交迁出申报（约离开前 14 天起可办理）",
                "已交还个人编号卡",
                "已退出国民健康保险并结清保险费",
                "已缴清住民税，或已指定纳税管理人（納税管理人）",
                "已在出境审查时交还在留卡（如果不再回来）",
                "已申领年金退出补助费（离开后 2 年内）",
            ],
            counter: "在市政府提交迁出申报（転出届）；交还个人编号卡（对外国居民来说，离开日本时卡即失效；有些窗口会在芯片上打孔后把卡还给你）；退出国民健康保险并结清保险费（可能退款，也可能需补缴）。提交迁出申报后卡就不能再用，マイナ保険証 和便利店开具证明都会停止：请先办好需要的事。",
            tips: &[
                "1月1日时已登记住址？你需要缴纳当年的住民税：离开前缴清，或指定纳税管理人。",
                "申领年金退出补助费，需至少实际缴纳 6 个月的保险费：适用学生缴纳特例（学生納付特例）或全额免除的月份不计入。2025 年的改革修改了部分规定：离开前请查看 nenkin.go.jp。",
                "如果你再回到日本，编号保持不变。",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("登记住址", "搬入（{date}）后 14 天内。"),
        Task::ReceiveLetter => (
            "预计收到编号通知书",
            "登记（{date}）后约 2 到 3 周（最长一个月）。届时仍未收到？请询问市政府。",
        ),
        Task::ExpressIssuance => (
            "可申请加急发放",
            "仅限从国外来日本后的首次住址登记：须在该次登记（{date}）后 30 天内亲自到市政府申请。可选；卡片会邮寄给你。",
        ),
        Task::PhotoValid => ("照片可用期限", "拍摄（{date}）后 6 个月内。"),
        Task::ReceiveNotice => (
            "预计收到交付通知书",
            "申请（{date}）后约一个月；部分城市最长需 2 个月。",
        ),
        Task::ReceiveExpressCard => (
            "预计收到邮寄的加急卡",
            "申请（{date}）后约一周：最快 5 天，最长 2 周。卡片会邮寄到你的登记住址。",
        ),
        Task::CollectCard => (
            "领取卡片",
            "请在明信片上印的期限（{date}）内领取。已过期的卡无法交付。",
        ),
        Task::CardExpiry => (
            "你的个人编号卡到期",
            "卡上印的日期（{date}）。新的在留卡不会改变这个日期。",
        ),
        Task::RenewResidence => ("更新在留期间", "在留期间结束（{date}）前约 3 个月起。"),
        Task::ExtendCard => (
            "到市政府延长卡的有效期",
            "在卡上印的日期（{date}）之前。不会有提醒。请在同一次办理时更新电子证明书，然后输入卡上的新有效期限。",
        ),
        Task::MoveOutOldCity => (
            "在原城市提交迁出申报（転出届）",
            "搬家（{date}）前约 14 天起。也可以邮寄办理，或通过 Mynaportal（マイナポータル）在网上办理。",
        ),
        Task::ReportNewAddress => (
            "在新城市申报新住址（転入届）",
            "搬入（{date}）后 14 天内；如果预定迁出日期后 30 天的期限更早到来，则须在该期限内。错过期限，卡会失效。",
        ),
        Task::ContinuedUse => (
            "在新城市继续使用卡片",
            "申报新住址（{date}）后 90 天内，否则卡会失效。通常在同一次办理：请携带卡片和 4 位密码；如需重新申请签名用电子证明书，还要带签名密码。",
        ),
        Task::MoveOutNotice => (
            "迁出申报",
            "离开（{date}）前约 14 天起。提交后卡就不能再用：请先开具需要的证明。",
        ),
        Task::ReturnCard => (
            "交还个人编号卡",
            "在离开（{date}）前，到市政府提交迁出申报时交还。",
        ),
        Task::SettleNhi => (
            "退出国民健康保险并结清保险费",
            "离开（{date}）前约 2 周起。",
        ),
        Task::ResidentTax => ("住民税：缴清或指定纳税管理人", "离开（{date}）之前。"),
        Task::PensionClaim => (
            "如果已缴费 6 个月以上：申领年金退出补助费",
            "离开（{date}）后 2 年内。只有实际缴费的月份才计入，适用学生缴纳特例的月份不算；离开前请查看 nenkin.go.jp。",
        ),
        Task::ReportLostResidenceCard => (
            "向地方出入境在留管理局报告在留卡遗失",
            "发现遗失之日（{date}）起 14 天内。",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "搬入：住址、健康保险、年金",
            &[
                "我是从国外来的。我想办理迁入登记。也请帮我加入国民健康保险。",
                "（仅限年满 20 岁者）也请帮我加入国民年金。我是学生，所以还想申请学生缴纳特例。",
                "我是 {date} 搬到这里的。",
            ],
        ),
        PhraseId::Apply => (
            "申请办卡（加急发放）",
            &[
                "我想申请个人编号卡。",
                "如果可以的话，我想申请加急发放。我是从国外来的，这是我第一次提交迁入申报。",
                "我在 {date} 提交了迁入申报。",
            ],
        ),
        PhraseId::Collect => (
            "领取卡片",
            &["我来领取我的个人编号卡。", "我带来了交付通知书和在留卡。"],
        ),
        PhraseId::Extend => (
            "更新在留期间后延长卡的有效期",
            &[
                "我的在留期间更新已获批准。请帮我变更（延长）个人编号卡的有效期限。",
                "我新的在留期间到 {date} 为止。",
                "也请帮我更新电子证明书。",
            ],
        ),
        PhraseId::MoveOut => (
            "离开日本：迁出、交卡、健康保险",
            &[
                "我要回国（离开日本），所以想提交迁往国外的申报。",
                "我还想交还个人编号卡，并退出国民健康保险、结清保险费。",
                "我的离开日期是 {date}。",
            ],
        ),
        PhraseId::LostCard => (
            "卡片遗失",
            &[
                "我的个人编号卡丢了。我想申请补发新卡。",
                "我已经打电话给热线，暂停了卡片的使用。",
                "我已经向警察报失。这是受理编号。",
            ],
        ),
    };
    PhraseText { title, meanings }
}
