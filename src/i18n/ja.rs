//! Japanese (日本語). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::{Rule, Task};

pub static TEXTS: Texts = Texts {
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    rules: table!(rule, Rule::ALL),
    ui: Ui {
        app_name: "マイナンバーガイド",
        app_tagline: "マイナンバーカードの手続きを一歩ずつ",
        boot_lead: "住所の届出から日本を離れるまで：持ち物、窓口での流れ、あなたの日付から計算した期限、職員に見せる日本語のフレーズ。オフラインでも使えます。",
        nav_label: "メインメニュー",
        nav_home: "ホーム",
        nav_phrases: "フレーズ",
        nav_settings: "設定",
        home_title: "あなたのマイナンバーカード",
        next_heading: "次のステップ",
        next_all_done: "今すぐやることはありません。何かあったら、その日付を入力してください。",
        start_title: "ここから始めましょう",
        start_body: "日本の今の住所に引っ越してきた日を入力してください。アプリが期限を計算します。",
        start_action: "引っ越してきた日を入力",
        open_stage: "このステップを開く",
        countdown_heading: "日本からの出国",
        countdown_days: "出国まであと{n}日",
        countdown_one_day: "出国まであと1日",
        countdown_today: "今日は出国日です",
        countdown_past: "{n}日前に出国しました",
        countdown_leaving_on: "出国日：{date}",
        countdown_tasks_heading: "出国の前とあとにすること",
        timeline_heading: "手続きの流れ",
        status_done: "完了",
        status_waiting: "日付が必要",
        status_upcoming: "予定",
        status_due_soon: "期限間近",
        status_late: "期限超過",
        mark_done: "済ませました",
        waiting_for: "「{field}」の入力待ちです。",
        rel_today: "今日",
        rel_tomorrow: "明日",
        rel_yesterday: "昨日",
        rel_in_days: "{n}日後",
        rel_days_ago: "{n}日前",
        late_one_day: "1日遅れ",
        late_days: "{n}日遅れ",
        when_by: "{date}まで",
        when_between: "{from}～{to}",
        when_on: "{date}",
        stage_step: "ステップ {n}/{total}",
        stage_terms_heading: "よく見る日本語",
        stage_dates_heading: "あなたの日付",
        stage_plan_heading: "計算した日付",
        stage_bring_heading: "持ち物",
        stage_todo_heading: "チェックリスト",
        stage_counter_heading: "窓口では",
        stage_tips_heading: "知っておきたいこと",
        stage_sources_heading: "ルールと出典",
        stage_rules: "ルール：{rules}",
        sources_checked: "2026年11月に確認。手数料・受付時間・予約の要否は市区町村によって違います。わからないときは役所に聞いてください。",
        prev_stage: "前のステップ",
        next_stage: "次のステップ",
        clear_date: "消去",
        field_moved_in: "引っ越してきた日",
        field_registered: "住所を届け出た日",
        field_letter_received: "通知書が届いた日",
        field_photo_taken: "写真を撮った日",
        field_applied: "申請した日",
        field_application_method: "申請の方法",
        field_notice_received: "はがきが届いた日",
        field_collection_deadline: "はがきに書かれた受け取り期限",
        field_card_collected: "カードを受け取った日",
        field_residence_expiry: "在留カードの有効期限",
        field_departure: "出国する予定の日",
        field_moved_within_japan: "日本国内で別の市区町村に引っ越した日",
        field_residence_card_lost: "在留カードの紛失に気づいた日",
        field_card_expiry: "マイナンバーカードに書かれた有効期限",
        field_move_out_planned: "前の市区町村から引っ越す日（転出予定日）",
        field_reported_new_address: "新しい住所を届け出た日",
        registration_question: "この届出は、海外から日本に来て初めての住所の届出でしたか？",
        registration_first: "はい、日本に来て初めての届出です",
        registration_move: "いいえ、日本国内で引っ越したときの届出です",
        express_no_notice: "特急発行を申請したので、はがきは届きません。カードは登録した住所に郵送されます。",
        express_by_mail: "特急発行：はがきは届かず、窓口での受け取りもありません。カードは登録した住所に郵送され、ふつうは申請から1週間ほど（5日～2週間）で届きます。届いた日を下に入力してください。",
        collect_guide: "はがきが届いた日（{date}）から1か月を目安にしています（1か月と書く市区町村もあるため）。はがきに書かれた日付を入力してください。",
        collect_by_stay_end: "在留期間が終わる前に（{date}）。有効期限が過ぎたカードは渡してもらえません。",
        report_by_move_out: "転出予定日（{date}）から30日以内。この期限は、引っ越してきてから14日後よりも早く来ます。過ぎるとカードが失効します。",
        continued_from_move: "新しい住所を届け出てから90日以内。その日付を入力するまでは、念のため引っ越してきた日（{date}）から数えています。",
        lost_line_all_day: "外国語の電話 0120-0178-27：英語・中国語・韓国語・スペイン語・ポルトガル語は24時間対応。日本語の電話 0120-95-0178：24時間・毎日。",
        lost_line_daytime: "外国語の電話 0120-0178-27：ベトナム語・ネパール語・タイ語・インドネシア語・タガログ語は昼間だけの対応です（英語・中国語・韓国語・スペイン語・ポルトガル語は24時間）。日本語の電話 0120-95-0178：24時間・毎日。",
        lost_line_not_listed: "Foreign-language line 0120-0178-27: your language is not among those it lists. It answers in English, Chinese, Korean, Spanish and Portuguese 24 hours, and in Vietnamese, Nepali, Thai, Indonesian and Tagalog in the daytime only. Japanese line 0120-95-0178: 24 hours, every day.", // TRANSLATE
        method_unset: "選んでください…",
        method_online: "オンライン（スマホまたはパソコン）",
        method_mail: "郵送",
        method_photo_booth: "証明写真機",
        method_counter: "市区町村の窓口",
        method_express: "特急発行",
        err_empty: "日付を入力してください。",
        err_malformed: "年・月・日をすべて入力してください。",
        err_no_such_day: "カレンダーにない日付です。",
        err_out_of_range: "1990年から2100年までの年を入力してください。",
        err_in_future: "未来の日付です。その日が過ぎてから入力してください。",
        err_before: "「{other}」（{date}）より前の日付にはできません。両方の日付を確認してください。",
        storage_unavailable: "このブラウザではアプリのデータを保存できません。機能はすべて使えますが、アプリを閉じると日付とチェックが消えます。",
        storage_full: "保存できませんでした。端末の空き容量が足りません。最後の変更は保存されていません。",
        storage_failed: "最後の変更を保存できませんでした。",
        settings_title: "設定",
        language_heading: "言語",
        privacy_heading: "プライバシー",
        privacy_body: "入力した内容はすべてこの端末の中にだけ残ります。アプリはどこにもデータを送らず、アクセス解析もしません。12桁のマイナンバーを聞いたり保存したりすることもありません。",
        backup_heading: "バックアップ",
        backup_body: "日付とチェックをファイルに保存したり、そのファイルから戻したりできます（新しいスマホに移すときなど）。",
        export_button: "バックアップを書き出す",
        import_label: "バックアップファイルから復元",
        import_preview: "このバックアップの日付：{dates}件。チェック済みの項目：{ticks}件。今アプリにある内容はこれに置き換わります。",
        import_confirm: "このバックアップに置き換える",
        import_cancel: "キャンセル",
        import_done: "バックアップを復元しました。",
        import_err_too_big: "ファイルが大きすぎるため、バックアップではありません。",
        import_err_not_json: "このファイルはバックアップではありません（JSONではありません）。何も変更していません。",
        import_err_not_ours: "このファイルはマイナンバーガイドのバックアップではないか、壊れています。何も変更していません。",
        import_err_future: "このバックアップはアプリの新しいバージョンで作られています。アプリを更新してから、もう一度試してください。何も変更していません。",
        import_err_bad_date: "バックアップの「{field}」にありえない日付があります。何も変更していません。",
        import_err_read: "ファイルを読み込めませんでした。何も変更していません。",
        reset_heading: "最初からやり直す",
        reset_body: "この端末から日付・チェック・設定をすべて削除します。",
        reset_button: "すべて削除",
        reset_confirm: "本当にすべて削除しますか？元に戻せません。迷うときは先にバックアップを書き出してください。",
        reset_yes: "はい、すべて削除します",
        reset_done: "すべて削除しました。",
        storage_unreadable: "保存した進み具合を読み込めませんでした。そのデータは手を付けずに別に保管し、アプリは空の状態で始まります。古いデータは「設定」から書き出せます。",
        storage_unreadable_export: "読み込めなかったデータを書き出す",
        storage_future: "保存した進み具合はアプリの新しいバージョンで作られています。データはそのまま残し、このバージョンでは上書きしません。",
        lang_missing: "{language}をダウンロードできませんでした。最初の一度だけインターネット接続が必要です。それまでは英語で表示します。",
        lang_retry: "もう一度試す",
        machine_translation: "This translation was made by a machine and has not yet been checked by a native speaker.", // TRANSLATE
        switch_to_english: "Show in English", // TRANSLATE
        panic_title: "問題が発生しました",
        panic_body: "アプリでエラーが起きました。保存した進み具合は無事です。バックアップを書き出してから再読み込みしてください。",
        panic_reload: "再読み込み",
        update_ready: "新しいバージョンがあります",
        update_reload: "再読み込み",
        offline_badge: "オフライン — すべての機能を使えます",
        phrases_title: "窓口で使うフレーズ",
        phrases_intro: "職員に見せてください。カードを開くと大きな文字で表示されます。",
        phrase_close: "閉じる",
        phrase_say: "読み方",
        phrase_meaning: "意味",
        help_heading: "外国語での相談",
        help_body: "マイナンバーカードのコールセンター（外国語対応）：受付時間は言語別のページによって書かれている内容が違うので、kojinbango-card.go.jp/en-otoiawase/ で最新の時間を確認してください。カードをなくしたとき：すぐに電話して利用を止めてください。",
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
        not_found_title: "ページが見つかりません",
        not_found_body: "このページはアプリにありません。",
        back_home: "ホームに戻る",
    },
    stages: [
        StageText {
            title: "住所を届け出る",
            what: "引っ越してから14日以内に、市役所または区役所で新しい住所を届け出てください。これで住民として登録され、マイナンバーの手続きもここから始まります。番号が書かれた通知書は、この住所に郵送されます。カードの特急発行を頼めるのは、海外から来て初めて住所を届け出た場合だけです。",
            term_meanings: &[
                "引っ越してきたことの届出",
                "住む場所の届出（外国人住民の場合の呼び方）",
                "日本に住む外国人が持つカード",
                "市の役所 / 区の役所",
                "市区町村が運営する公的な医療保険（勤務先の健康保険に入っていない人が加入）",
                "国の年金",
                "学生納付特例（学生の間、国民年金保険料の納付を後にできる制度。この期間は脱退一時金の期間に数えられません）",
            ],
            bring: &[
                "在留カード",
                "パスポート",
                "賃貸契約書（役所に求められた場合）",
            ],
            todo: &[
                "住所を届け出る（転入届）",
                "同じ日に国民健康保険に加入する",
                "20歳から59歳まで：国民年金に加入し、学生納付特例を申請する",
                "郵便受けに名前を出す",
            ],
            counter: "転入届（住民異動届）の用紙に記入し、在留カードを見せます。職員がカードの裏に住所を書きます。同じ日に国民健康保険にも加入してください。在留資格にかかわらず、3か月を超えて在留し、勤務先の健康保険に入っていない人は全員加入が必要です（収入が少ない場合は申告すると保険料が軽くなります）。20歳から59歳までの人は国民年金にも加入し、学生は学生納付特例を申請できます。受付時間や予約の要否は市区町村によって違うので、ウェブサイトで確認するか問い合わせてください。",
            tips: &[
                "番号の通知書は転送されません（転送不要）。郵便受けに自分の名前を出しておく必要があります。",
                "届出が遅れると、入管法により20万円（¥200,000）以下の罰金、または住民基本台帳法により5万円（¥50,000）以下の過料が科されることがあります。また、住所を届け出ないまま90日が過ぎると在留資格が取り消されることがあります。14日以内に届け出れば、これはすべて避けられます。",
                "学生納付特例は毎年申請し直す必要があります。特例を受けた月は、日本を離れた後に請求できる脱退一時金の期間に数えられません。数えられるのは保険料を納めた月だけです。",
                "あとで日本国内で引っ越すときは、手続きが3つあります。引っ越す前に、前の市区町村で転出届を出します。新しい市区町村では、引っ越してから14日以内、かつ転出予定日から30日以内に転入届を出します。そして転入届から90日以内に、カードの継続利用の手続きをします（ふつうは転入届と同じ日にできます）。どれか一つでも遅れるとカードが失効します。日付を下に入力してください。",
            ],
        },
        StageText {
            title: "番号の通知書",
            what: "住所を届け出てから2～3週間ほど（1か月ほどかかるという大学もあります）で、12桁のマイナンバーが簡易書留で届きます。封筒には、23桁の申請書IDとQRコードが付いたカードの申請書と、返信用封筒も入っています。",
            term_meanings: &[
                "マイナンバー（個人番号）を知らせる書類",
                "転送しない（登録した住所にだけ配達されます）",
                "以前の紙のカード（2020年5月25日に通知書に切り替わりました）",
            ],
            bring: &[],
            todo: &[
                "郵便受けに名前を出した",
                "通知書を受け取り、安全な場所にしまった",
                "申請書の23桁の申請書IDとQRコードを確認した",
            ],
            counter: "窓口ですることはありません。届け出てから1か月ほどたっても通知書が届かない場合は、役所に問い合わせてください。",
            tips: &[
                "通知書は番号の証明にも身分証明書にもなりません。カードの申請に必要なので、大切に保管してください。",
                "番号が写った写真を、人に見られる場所に保存しないでください。このアプリが番号の入力や保存を求めることはありません。",
                "届いたときに留守でしたか？郵便局は簡易書留を1週間ほど保管し、その後は役所に返します。役所でも保管されるのは一定の期間だけなので、不在連絡票に書かれた番号に早めに電話してください。",
            ],
        },
        StageText {
            title: "カードを申請する",
            what: "申請は無料です。方法を一つ選んでください：スマホ（QRコードを読み取る）、パソコン（23桁のIDを入力）、証明写真機、申請書と返信用封筒で郵送、または一部の市区町村では窓口。海外から来て初めて住所を届け出た場合は（日本国内での引っ越しの場合は対象外）、その届出から30日以内に、役所で特急発行を頼むこともできます。カードは約1週間で郵送されます。",
            term_meanings: &[
                "カードの発行を申し込むこと",
                "急ぎの発行（2024年12月2日から）",
                "申請書に書かれた23桁のID",
            ],
            bring: &[
                "縦4.5 cm×横3.5 cmの写真（6か月以内に撮ったもの）",
                "申請書、または通知書に書かれた23桁のID",
            ],
            todo: &[
                "写真を撮った：正面向き、帽子なし、無地の背景",
                "申請した",
                "申請の方法と日付を記録した（下に入力）",
            ],
            counter: "オンライン・郵送・証明写真機での申請なら、役所に行く必要はありません。特急発行ができるのは、海外から来て初めて住所を届け出た場合だけです。その届出から30日以内に、本人が役所で申請します（代理人は不可）。本人確認書類は、顔写真付きのもの2点、または顔写真付きのもの1点とその他のもの1点が必要です。暗証番号は申請のときに設定し、カードは登録した住所に郵送されます。ふつうは約1週間（早くて5日、長くて2週間）で届きます。初めてのカードは無料です。どの窓口で申請できるか、予約が必要かは市区町村によって違うので、役所に確認してください。",
            tips: &[
                "宗教上・医療上の理由によるかぶり物は、顔の輪郭がわかれば認められます。",
                "23桁のIDを使って、申請の状況をオンラインで確認できます。",
                "カードを受け取る前に在留期間が終わると、カードを渡してもらえません。また、カードは申請したときの在留期間をもとに作られます。在留期間の残りがおよそ1か月を切っている場合は、先に在留期間を更新してから申請してください。",
            ],
        },
        StageText {
            title: "交付通知書",
            what: "申請から1か月ほど（市区町村によっては1～2か月）で、はがきが届きます。これが交付通知書です。カードを受け取る場所と日時、受け取りの期限が書かれています。",
            term_meanings: &["カードの受け取りを知らせるはがき", "日時を決めておくこと"],
            bring: &[],
            todo: &[
                "はがきを受け取った",
                "はがきに書かれた受け取り期限を入力した（下）",
                "市区町村に求められた場合、受け取りの予約をした",
            ],
            counter: "まだ窓口ですることはありません。受け取りに予約が必要な市区町村もあります。予約の方法ははがきに書かれています。",
            tips: &[
                "受け取り期限は、市区町村によって、はがきの発送から1か月～3か月ほど後の日付になっています。実際の期限は、あなたのはがきに書かれた日付です。入力するまでは、念のためアプリは1か月で計算します。",
                "申請から2か月たってもはがきが来ない場合は、役所に問い合わせてください。ルールは市区町村によって違います。",
            ],
        },
        StageText {
            title: "カードを受け取る",
            what: "はがきに書かれた場所で、本人がカードを受け取ります。代理人が受け取れるのは、病気、障害、その他やむを得ない理由がある場合だけです（長期の入院、妊娠、海外留学など。仕事や授業は理由になりません）。30分ほどかかり、その場で暗証番号を設定します。特急発行のカードは、受け取りに行かず郵送で届きます。",
            term_meanings: &[
                "カードを受け取ること",
                "パスワード（PIN）",
                "電子署名に使う証明書（署名用の暗証番号）",
                "本人であることを証明する証明書（4桁の暗証番号）",
            ],
            bring: &[
                "交付通知書（はがき）",
                "在留カード（または他の本人確認書類2点）",
                "通知カード（持っている場合）",
            ],
            todo: &[
                "署名用の暗証番号を決めた：英大文字と数字で6～16文字、それぞれ1文字以上",
                "4桁の暗証番号を決めた（利用者証明用・住民基本台帳用・券面事項入力補助用。すべて同じでもかまいません）",
                "カードを受け取り、氏名・住所・有効期限を確認した",
            ],
            counter: "職員が本人確認をし、あなたが端末で暗証番号を入力して、カードを受け取ります。30分ほどかかると考えておいてください。",
            tips: &[
                "署名用の暗証番号は5回、4桁の暗証番号は3回間違えるとロックされます。忘れない番号を選んでください。",
                "有効期限が過ぎたカードは渡してもらえません。在留期間が終わるよりずっと前に受け取ってください。",
                "暗証番号を忘れたとき、ロックされたとき：4桁の暗証番号は役所で再設定します（カードと本人確認書類を持っていきます）。署名用の暗証番号は、マイナポータルのスマホアプリを使って、一部のコンビニのマルチコピー機でも再設定できます。",
            ],
        },
        StageText {
            title: "カードを使う",
            what: "カードは写真付きの身分証明書で、健康保険証にもなり、オンラインサービスやコンビニでの証明書の取得にも使えます。",
            term_meanings: &[
                "マイナンバーカードを使った健康保険証",
                "資格を確認する書類（カードを保険証にしていない場合に代わりにもらうもの）",
                "住民の記録（住民票）のコピー",
                "登録した印鑑の証明書",
                "税金・所得の証明書",
                "在留カードとマイナンバーカードが一つになったカード（任意。2026年6月14日から始まる予定。出入国在留管理局に確認してください）",
            ],
            bring: &[],
            todo: &[
                "カードを健康保険証として登録した（医療機関のカードリーダー、マイナポータル、またはセブン銀行ATMで、4桁の暗証番号を使う）",
                "番号を聞いてよい相手と、聞いてはいけない相手を知っている",
            ],
            counter: "身分証明書として見せるのは表面だけです。医療機関ではカードをカードリーダーに置きます。コンビニのコピー機では6:30～23:00に証明書を印刷できます。手数料は市区町村が決めており、転出届を出した後は使えなくなります。e-Taxで税金の申告（確定申告）をオンラインで行ったり、銀行に求められたときに番号を伝えたりもできます（口座を開くときは任意です）。",
            tips: &[
                "番号を求めてよいのは、税・社会保障・災害対策の手続きのために法律で決められた者だけです：勤務先、市区町村、年金、健康保険、一部の口座では銀行。それ以外の人に番号を教えることは、本人が同意しても禁止されています。",
                "カードの裏面をコピーできるのは、認められた機関だけです。",
                "2024年12月2日から、紙の健康保険証は新しく発行されていません。",
                "カードをなくしたら：すぐに電話して利用を止め（電話番号と受付時間は下にあります）、警察に遺失届を出して受理番号を控え、役所で新しいカードを申請してください。手数料は¥1,000です（電子証明書なしなら¥800。盗まれた場合は、警察の盗難届の受理番号があれば無料にしている市区町村も多くあります）。役所に紛失を届け出てから30日以内なら、特急発行による再交付も¥2,000でできます。",
                "在留カードをなくした場合は別の手続きです。なくしたことに気づいた日から14日以内に、出入国在留管理局に届け出てください。",
                "マイナンバーカードは在留カードの代わりにはなりません。在留カードはこれまでどおり、いつも持ち歩いてください。",
                "在留カードとマイナンバーカードが一つになった特定在留カードは、2026年6月から始まる予定です。申請は任意で、このカードがあれば、出入国在留管理局での更新で両方のカードが更新されます。まだ確定していないので、出入国在留管理局に確認してください（moj.go.jp/isa/tokutei.html）。",
            ],
        },
        StageText {
            title: "有効期限を保つ",
            what: "多くの外国人住民の場合、カードの有効期限は、発行または前回の延長のときの在留期間の満了日です。その日付はカードに書かれています。出入国在留管理局で在留期間を更新すると新しい在留カードがもらえますが、マイナンバーカードの期限は延びず、お知らせも届きません。そのため、日付は2つあります：マイナンバーカードに書かれた日付と、在留カードに書かれた日付です。両方を入力してください。",
            term_meanings: &[
                "在留期間を延ばす手続き",
                "使える最後の日",
                "申請している途中（在留カードに押されるスタンプ）",
                "カードに入っている電子の証明書",
            ],
            bring: &[
                "新しい在留カード",
                "マイナンバーカード",
                "4桁の暗証番号",
                "署名用の暗証番号（6～16文字。同じ日に電子証明書を更新するため）",
            ],
            todo: &[
                "在留期間の更新を申請した（期間が終わる約3か月前からできます）",
                "期限が切れる前にカードの期限を延長し、電子証明書を更新して、カードに書かれた新しい有効期限を入力した（上）",
                "新しい在留カードの有効期限を入力した（下）",
            ],
            counter: "役所で、カードの有効期限の延長を申し出てください（無料）。同じ日に電子証明書も更新してください。カードの期限を延長しても電子証明書は延びず、電子証明書がないとマイナ保険証での受付やコンビニでの証明書の取得ができなくなります。更新の結果を待っている間（在留カードに「申請中」のスタンプ、またはオンライン申請の受付メールがある場合）は、カードを1回だけ、最大2か月まで特別に延長できます。新しい在留カードが届いたら、もう一度延長してください。",
            tips: &[
                "期限が切れたカードは無効になり、新しいカードにはふつう¥1,000かかります（電子証明書なしなら¥800）。市区町村に確認してください。",
                "永住者、高度専門職2号、特別永住者には当てはまりません。",
                "カードの電子証明書は発行後5回目の誕生日まで有効ですが、在留期間がある人は在留期間の満了日で切れます。カードの期限を延長するときに、電子証明書も更新してください。",
                "特定在留カード（在留カードとマイナンバーカードが一つになったカード。2026年6月から始まる予定）があれば、出入国在留管理局での更新で両方が更新され、役所での延長は必要ありません。出入国在留管理局に確認してください。",
            ],
        },
        StageText {
            title: "日本を離れる",
            what: "出国する前に：転出の届出をし、カードを返し、健康保険と住民税を精算します。出国した後は、2年以内に年金の脱退一時金を請求してください。",
            term_meanings: &[
                "引っ越して出ていくことの届出",
                "海外へ引っ越すときの届出",
                "住んでいる市区町村に払う税金",
                "あなたの代わりに税金の手続きをする人",
                "日本を出国した外国人が請求できる、納めた年金保険料の一部が戻る一時金",
            ],
            bring: &[
                "在留カード",
                "資格確認書または資格情報のお知らせ（国民健康保険に加入している場合）",
                "マイナンバーカード",
            ],
            todo: &[
                "転出届を出した（出国の約14日前から）",
                "マイナンバーカードを返した",
                "国民健康保険をやめ、保険料を精算した",
                "住民税を払い終えた、または納税管理人を決めた",
                "出国審査で在留カードを返した（日本に戻らない場合）",
                "年金の脱退一時金を請求した（出国から2年以内）",
            ],
            counter: "役所で転出届を出し、マイナンバーカードを返します（外国人住民のカードは出国すると無効になります。ICチップに穴を開けて返してくれる役所もあります）。国民健康保険をやめる手続きをして、保険料を精算します（払い戻し、または請求）。転出届を出すとカードが使えなくなり、マイナ保険証もコンビニでの証明書の取得も使えなくなるので、必要なものは先に済ませておいてください。",
            tips: &[
                "1月1日に住民登録がありましたか？その年の住民税を払う必要があります。出国前に払い終えるか、納税管理人を決めてください。",
                "脱退一時金を受け取るには、保険料を納めた期間が6か月以上必要です。学生納付特例や全額免除を受けた月は数えられません。2025年の制度改正で一部のルールが変わったので、出国前に nenkin.go.jp で確認してください。",
                "日本に戻ってきても、番号は変わりません。",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("住所を届け出る", "引っ越してから14日以内（{date}）。"),
        Task::ReceiveLetter => (
            "番号の通知書が届く予定",
            "住所を届け出た日（{date}）から2～3週間ほど、長くて1か月ほど。それまでに届かない場合は、役所に問い合わせてください。",
        ),
        Task::ExpressIssuance => (
            "特急発行ができる期間",
            "海外から来て初めて住所を届け出た場合だけ：その届出（{date}）から30日以内に、本人が役所で。任意です。カードは郵送されます。",
        ),
        Task::PhotoValid => ("写真を使える期間", "撮影から6か月間（{date}）。"),
        Task::ReceiveNotice => (
            "交付通知書が届く予定",
            "申請から1か月ほど（{date}）。市区町村によっては最大2か月。",
        ),
        Task::ReceiveExpressCard => (
            "特急発行のカードが郵送で届く予定",
            "申請（{date}）から1週間ほど。早くて5日、長くて2週間。登録した住所に郵送されます。",
        ),
        Task::CollectCard => (
            "カードを受け取る",
            "はがきに書かれた期限（{date}）まで。有効期限が過ぎたカードは渡してもらえません。",
        ),
        Task::CardExpiry => (
            "マイナンバーカードの有効期限",
            "カードに書かれた日付（{date}）。新しい在留カードをもらっても変わりません。",
        ),
        Task::RenewResidence => ("在留期間を更新する", "期間が終わる約3か月前から（{date}）。"),
        Task::ExtendCard => (
            "役所でカードの期限を延長する",
            "カードに書かれた期限（{date}）の前に。お知らせは届きません。同じ日に電子証明書も更新し、カードの新しい有効期限を入力してください。",
        ),
        Task::MoveOutOldCity => (
            "前の市区町村で転出届を出す",
            "引っ越す日（{date}）の約14日前から。郵送や、マイナポータルからのオンライン手続きでもできます。",
        ),
        Task::ReportNewAddress => (
            "新しい市区町村で住所を届け出る（転入届）",
            "引っ越してきた日（{date}）から14日以内。転出予定日から30日以内のほうが早い場合は、そちらが期限です。過ぎるとカードが失効します。",
        ),
        Task::ContinuedUse => (
            "新しい市区町村でカードの継続利用の手続き",
            "新しい住所を届け出た日（{date}）から90日以内。しないとカードが失効します。ふつうは転入届と同じ日にできます。カードと4桁の暗証番号を持っていき、新しい署名用電子証明書が必要なら署名用の暗証番号も用意してください。",
        ),
        Task::MoveOutNotice => (
            "転出届",
            "出国日（{date}）の約14日前から。転出届を出すとカードが使えなくなるので、必要な証明書は先に取っておいてください。",
        ),
        Task::ReturnCard => (
            "マイナンバーカードを返す",
            "出国（{date}）の前に、転出届を出すときに役所で。",
        ),
        Task::SettleNhi => (
            "国民健康保険をやめ、保険料を精算する",
            "出国の約2週間前から（{date}）。",
        ),
        Task::ResidentTax => (
            "住民税：払い終えるか、納税管理人を決める",
            "出国前に（{date}）。",
        ),
        Task::PensionClaim => (
            "保険料を6か月以上納めた場合：年金の脱退一時金を請求する",
            "出国（{date}）から2年以内。数えられるのは保険料を納めた月だけで、学生納付特例の月は入りません。出国前に nenkin.go.jp で確認してください。",
        ),
        Task::ReportLostResidenceCard => (
            "在留カードの紛失を出入国在留管理局に届け出る",
            "なくしたことに気づいた日（{date}）から14日以内。",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    // The meanings are the card's own sentences (phrases.rs), word for word, so a Japanese reader does not
    // see two versions of one card.
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "転入：住所・健康保険・年金",
            &[
                "海外から来ました。転入の手続きをお願いします。国民健康保険の手続きもお願いします。",
                "（20歳以上の人だけ）国民年金の手続きもお願いします。学生なので、学生納付特例の申請もお願いします。",
                "{date}に引っ越してきました。",
            ],
        ),
        PhraseId::Apply => (
            "カードの申請（特急発行）",
            &[
                "マイナンバーカードの交付申請をしたいです。",
                "できれば特急発行をお願いします。海外から来て、初めて転入届を出しました。",
                "{date}に転入届を出しました。",
            ],
        ),
        PhraseId::Collect => (
            "カードの受け取り",
            &[
                "マイナンバーカードを受け取りに来ました。",
                "交付通知書と在留カードを持ってきました。",
            ],
        ),
        PhraseId::Extend => (
            "在留期間の更新後にカードの期限を延長する",
            &[
                "在留期間の更新が許可されました。マイナンバーカードの有効期限の変更（延長）をお願いします。",
                "新しい在留期間の満了日は{date}です。",
                "電子証明書の更新もお願いします。",
            ],
        ),
        PhraseId::MoveOut => (
            "出国：転出・カード・健康保険",
            &[
                "帰国する（日本を出る）ので、国外転出届を出したいです。",
                "マイナンバーカードの返納もお願いします。国民健康保険の資格喪失（脱退）と保険料の精算もお願いします。",
                "出国日は{date}です。",
            ],
        ),
        PhraseId::LostCard => (
            "カードをなくした",
            &[
                "マイナンバーカードをなくしました。再交付をお願いします。",
                "コールセンターに電話して、カードの利用を止めてもらいました。",
                "警察に遺失届を出しました。これが受理番号です。",
            ],
        ),
    };
    PhraseText { title, meanings }
}

/// Each rule of FACTS.md in plain words, for the sources page. English placeholders until translated.
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
