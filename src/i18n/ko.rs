//! Korean (한국어). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::{Rule, Task};

pub static TEXTS: Texts = Texts {
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    rules: table!(rule, Rule::ALL),
    ui: Ui {
        app_name: "마이넘버 가이드",
        app_tagline: "마이넘버 카드, 단계별로 차근차근",
        boot_lead: "주소 등록부터 일본을 떠날 때까지: 준비물, 창구에서의 절차, 내 날짜로 계산한 기한, 직원에게 보여 줄 일본어 문장. 오프라인에서도 사용할 수 있어요.",
        nav_label: "메인 메뉴",
        nav_home: "홈",
        nav_phrases: "표현 모음",
        nav_settings: "설정",
        home_title: "나의 마이넘버 카드",
        next_heading: "다음 단계",
        next_all_done: "지금 기한이 다가온 일은 없어요. 새로운 일이 생기면 날짜를 입력하세요.",
        start_title: "여기서 시작하세요",
        start_body: "일본 주소로 이사 온 날을 입력하세요. 그러면 앱이 기한을 계산해 드려요.",
        start_action: "이사 온 날 입력하기",
        open_stage: "이 단계 열기",
        countdown_heading: "일본 출국",
        countdown_days: "출국까지 {n}일",
        countdown_one_day: "출국까지 1일",
        countdown_today: "오늘 출국해요",
        countdown_past: "출국한 지 {n}일 지났어요",
        countdown_leaving_on: "출국일: {date}",
        countdown_tasks_heading: "출국 전후에 할 일",
        timeline_heading: "나의 진행 과정",
        status_done: "완료",
        status_waiting: "날짜 필요",
        status_upcoming: "예정",
        status_due_soon: "기한 임박",
        status_late: "기한 지남",
        mark_done: "완료했어요",
        waiting_for: "입력 대기: “{field}”.",
        rel_today: "오늘",
        rel_tomorrow: "내일",
        rel_yesterday: "어제",
        rel_in_days: "{n}일 후",
        rel_days_ago: "{n}일 전",
        late_one_day: "1일 지남",
        late_days: "{n}일 지남",
        when_by: "{date}까지",
        when_between: "{from} – {to}",
        when_on: "{date}",
        stage_step: "{total}단계 중 {n}단계",
        stage_terms_heading: "알아 둘 일본어 용어",
        stage_dates_heading: "나의 날짜",
        stage_plan_heading: "계산된 날짜",
        stage_bring_heading: "준비물",
        stage_todo_heading: "체크리스트",
        stage_counter_heading: "창구에서",
        stage_tips_heading: "알아 두면 좋은 점",
        stage_sources_heading: "규정 및 출처",
        stage_rules: "규정: {rules}",
        sources_checked: "2026년 11월 확인. 수수료, 운영 시간, 예약 방법은 지자체마다 달라요. 잘 모르겠으면 시·구청에 문의하세요.",
        prev_stage: "이전 단계",
        next_stage: "다음 단계",
        clear_date: "지우기",
        field_moved_in: "이사 온 날",
        field_registered: "주소를 등록한 날",
        field_letter_received: "통지서를 받은 날",
        field_photo_taken: "사진을 찍은 날",
        field_applied: "신청한 날",
        field_application_method: "신청 방법",
        field_notice_received: "엽서를 받은 날",
        field_collection_deadline: "엽서에 적힌 수령 기한",
        field_card_collected: "카드를 받은 날",
        field_residence_expiry: "재류카드 만료일",
        field_departure: "일본 출국 예정일",
        field_moved_within_japan: "일본 내 다른 시로 이사한 날",
        field_residence_card_lost: "재류카드 분실을 알게 된 날",
        field_card_expiry: "마이넘버 카드에 적힌 유효기간 만료일",
        field_move_out_planned: "예전 시에서 이사 나가는 날 (예정)",
        field_reported_new_address: "새 주소를 신고한 날",
        registration_question: "해외에서 일본에 온 뒤 처음 한 주소 등록이었나요?",
        registration_first: "네, 일본에 온 뒤 처음이에요",
        registration_move: "아니요, 일본 안에서 이사한 뒤였어요",
        express_no_notice: "특급 발급(特急発行)으로 신청했으므로 엽서는 오지 않아요. 카드는 등록된 주소로 우편 발송돼요.",
        express_by_mail: "특급 발급(特急発行): 엽서도 없고 창구에서 받지도 않아요. 카드는 등록된 주소로 우편으로 오며, 보통 신청하고 약 1주일 뒤에 도착해요(5일~2주). 도착한 날을 아래에 입력하세요.",
        collect_guide: "엽서를 받은 날({date})부터 1개월을 기준으로 계산했어요(일부 지자체가 적는 기한이에요). 엽서에 적힌 날짜를 입력하세요.",
        collect_by_stay_end: "재류기간이 끝나는 날({date}) 전에 받으세요. 유효기간이 지난 카드는 받을 수 없어요.",
        report_by_move_out: "전출 예정일({date})부터 30일 이내. 이사 온 날부터 14일이 되는 날보다 이 기한이 먼저 와요. 놓치면 카드가 무효가 돼요.",
        continued_from_move: "새 주소를 신고한 날부터 90일 이내. 그 날짜를 입력하기 전까지는 안전하게 이사 온 날({date})부터 계산해요.",
        lost_line_all_day: "외국어 전화 0120-0178-27: 영어, 중국어, 한국어, 스페인어, 포르투갈어는 24시간. 일본어 전화 0120-95-0178: 연중무휴 24시간.",
        lost_line_daytime: "외국어 전화 0120-0178-27: 베트남어, 네팔어, 태국어, 인도네시아어, 타갈로그어는 낮 시간에만 응대해요(영어, 중국어, 한국어, 스페인어, 포르투갈어는 24시간). 일본어 전화 0120-95-0178: 연중무휴 24시간.",
        lost_line_not_listed: "Foreign-language line 0120-0178-27: your language is not among those it lists. It answers in English, Chinese, Korean, Spanish and Portuguese 24 hours, and in Vietnamese, Nepali, Thai, Indonesian and Tagalog in the daytime only. Japanese line 0120-95-0178: 24 hours, every day.", // TRANSLATE
        method_unset: "선택하세요…",
        method_online: "온라인 (스마트폰 또는 PC)",
        method_mail: "우편",
        method_photo_booth: "증명사진 기계",
        method_counter: "시·구청 창구",
        method_express: "특급 발급 (特急発行)",
        err_empty: "날짜를 입력하세요.",
        err_malformed: "날짜 전체(연, 월, 일)를 입력하세요.",
        err_no_such_day: "달력에 없는 날짜예요.",
        err_out_of_range: "1990년에서 2100년 사이의 연도를 입력하세요.",
        err_in_future: "미래의 날짜예요. 실제로 일어난 뒤에 입력하세요.",
        err_before: "“{other}”({date})보다 이전일 수 없어요. 두 날짜를 모두 확인하세요.",
        storage_unavailable: "이 브라우저에서는 앱이 저장할 수 없어요. 모든 기능은 작동하지만, 앱을 닫으면 날짜와 체크 표시가 사라져요.",
        storage_full: "저장하지 못했어요. 기기의 저장 공간이 가득 찼어요. 마지막 변경 사항은 저장되지 않았어요.",
        storage_failed: "마지막 변경 사항을 저장하지 못했어요.",
        settings_title: "설정",
        language_heading: "언어",
        privacy_heading: "개인정보",
        privacy_body: "입력한 모든 정보는 이 기기에만 남아요. 앱은 어디에도 아무것도 보내지 않고, 분석 도구도 없으며, 12자리 마이넘버를 묻거나 저장하지 않아요.",
        backup_heading: "백업",
        backup_body: "날짜와 체크 표시를 파일로 저장하거나, 파일에서 복원하세요 (예: 새 휴대폰으로 옮길 때).",
        export_button: "백업 내보내기",
        import_label: "백업 파일에서 복원",
        import_preview: "이 백업의 날짜: {dates}개. 체크한 항목: {ticks}개. 지금 앱에 있는 내용을 대체해요.",
        import_confirm: "이 백업으로 대체",
        import_cancel: "취소",
        import_done: "백업을 복원했어요.",
        import_err_too_big: "백업 파일이라기에는 파일이 너무 커요.",
        import_err_not_json: "백업 파일이 아니에요 (JSON이 아님). 아무것도 바뀌지 않았어요.",
        import_err_not_ours: "마이넘버 가이드 백업 파일이 아니거나 파일이 손상되었어요. 아무것도 바뀌지 않았어요.",
        import_err_future: "더 새로운 버전의 앱에서 만든 백업이에요. 앱을 업데이트한 뒤 다시 시도하세요. 아무것도 바뀌지 않았어요.",
        import_err_bad_date: "백업의 “{field}”에 있을 수 없는 날짜가 있어요. 아무것도 바뀌지 않았어요.",
        import_err_read: "파일을 읽을 수 없어요. 아무것도 바뀌지 않았어요.",
        reset_heading: "처음부터 다시",
        reset_body: "이 기기에서 모든 날짜, 체크 표시, 설정을 삭제해요.",
        reset_button: "모두 삭제",
        reset_confirm: "정말 모두 삭제할까요? 되돌릴 수 없어요. 확실하지 않으면 먼저 백업을 내보내세요.",
        reset_yes: "네, 모두 삭제",
        reset_done: "모두 삭제했어요.",
        storage_unreadable: "저장된 진행 상황을 읽을 수 없었어요. 손대지 않고 따로 보관했고, 앱은 빈 상태로 시작해요. 설정에서 이전 데이터를 내보낼 수 있어요.",
        storage_unreadable_export: "읽을 수 없는 데이터 내보내기",
        storage_future: "저장된 진행 상황이 더 새로운 버전의 앱에서 만들어졌어요. 그대로 보관하며, 이 버전은 그 위에 덮어 저장하지 않아요.",
        lang_missing: "{language}을(를) 내려받지 못했어요. 처음 한 번은 인터넷 연결이 필요해요. 그때까지는 영어로 표시돼요.",
        lang_retry: "다시 시도",
        machine_translation: "This translation was made by a machine and has not yet been checked by a native speaker.", // TRANSLATE
        switch_to_english: "Show in English", // TRANSLATE
        panic_title: "문제가 발생했어요",
        panic_body: "앱에 오류가 발생했어요. 저장된 진행 상황은 안전해요. 백업을 내보낸 뒤 새로고침할 수 있어요.",
        panic_reload: "새로고침",
        update_ready: "새 버전이 준비되었어요",
        update_reload: "새로고침",
        offline_badge: "오프라인 — 모든 기능이 작동해요",
        phrases_title: "창구에서 쓰는 표현",
        phrases_intro: "직원에게 보여 주세요. 카드를 열면 큰 글씨로 보여요.",
        phrase_close: "닫기",
        phrase_say: "읽는 법",
        phrase_meaning: "뜻",
        help_heading: "내 언어로 도움받기",
        help_body: "마이넘버 카드 상담 전화(외국어): 운영 시간이 언어별 페이지마다 다르니, 현재 운영 시간은 kojinbango-card.go.jp/en-otoiawase/ 에서 확인하세요. 카드 분실: 즉시 전화해 카드를 정지하세요.",
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
        not_found_title: "페이지를 찾을 수 없어요",
        not_found_body: "앱에 없는 페이지예요.",
        back_home: "홈으로 돌아가기",
    },
    stages: [
        StageText {
            title: "주소 등록",
            what: "이사 온 날부터 14일 이내에 시·구청에 새 주소를 신고하세요. 그러면 주민으로 등록되고, 여기서 마이넘버가 시작돼요. 번호가 적힌 통지서가 이 주소로 우편 발송돼요. 카드 특급 발급은 해외에서 온 뒤 처음 하는 주소 등록 후에만 신청할 수 있어요.",
            term_meanings: &[
                "전입 신고",
                "거주지 신고 (외국인 주민에게 쓰는 명칭)",
                "재류카드",
                "시청 / 구청",
                "국민건강보험",
                "국민연금",
                "학생 납부 특례 (학생인 동안 국민연금 보험료 납부를 미룰 수 있는 제도. 이 기간은 연금 탈퇴일시금에 산입되지 않아요)",
            ],
            bring: &[
                "재류카드 (在留カード)",
                "여권",
                "임대 계약서 (창구에서 요청하는 경우)",
            ],
            todo: &[
                "주소 신고하기 (転入届)",
                "같은 방문 때 국민건강보험(国民健康保険) 가입하기",
                "만 20~59세: 국민연금(国民年金)에 가입하고 학생 납부 특례(学生納付特例) 신청하기",
                "우편함에 이름 표시하기",
            ],
            counter: "전입 신고서(転入届)를 작성하고 재류카드를 보여 주세요. 직원이 카드 뒷면에 주소를 적어 줘요. 같은 방문 때 국민건강보험에 가입하세요. 직장 건강보험에 가입하지 않았고 3개월을 넘게 체류하는 주민은 재류자격과 상관없이 모두 가입해야 해요(소득이 적으면 신고해서 보험료를 감액받으세요). 만 20~59세라면 국민연금에도 가입하세요. 학생은 이때 학생 납부 특례를 신청할 수 있어요. 운영 시간과 예약 방법은 지자체마다 달라요. 시 웹사이트에서 확인하거나 문의하세요.",
            tips: &[
                "번호 통지서는 다른 주소로 전송되지 않아요(転送不要). 우편함에 꼭 이름이 있어야 해요.",
                "등록이 늦으면 출입국관리법에 따라 최대 ¥200,000의 형사상 벌금(罰金), 또는 주민기본대장법에 따라 최대 ¥50,000의 행정상 과태료(過料)가 부과될 수 있고, 등록된 주소 없이 90일이 지나면 재류자격이 취소될 수 있어요. 14일 이내에 신고하면 이런 일은 모두 피할 수 있어요.",
                "학생 납부 특례는 매년 다시 신청해야 해요. 특례를 받은 기간은 일본을 떠난 뒤 청구할 수 있는 연금 탈퇴일시금에 산입되지 않아요. 실제로 보험료를 낸 기간만 산입돼요.",
                "나중에 일본 안에서 이사하나요? 세 단계예요. 이사하기 전에 예전 시에서 전출 신고(転出届), 이사 온 날부터 14일 이내이면서 전출 예정일부터 30일 이내에 새 시에서 전입 신고(転入届), 그리고 전입 신고 후 90일 이내에 카드 계속 이용(継続利用) 신청(보통 같은 방문 때). 하나라도 놓치면 카드가 무효가 돼요. 아래에 날짜를 입력하세요.",
            ],
        },
        StageText {
            title: "번호 통지서",
            what: "등록 후 약 2~3주 뒤(최대 한 달이라고 안내하는 대학도 있어요), 12자리 마이넘버가 간이 등기우편으로 도착해요. 봉투에는 23자리 신청서 ID와 QR 코드가 있는 카드 신청서, 그리고 반송용 봉투도 들어 있어요.",
            term_meanings: &[
                "개인번호 통지서",
                "전송 불요 (다른 주소로 전송되지 않아요)",
                "통지카드 (예전 종이 카드, 2020년 5월 25일부터 통지서로 대체)",
            ],
            bring: &[],
            todo: &[
                "우편함에 이름 표시하기",
                "통지서를 받아 안전한 곳에 보관하기",
                "신청서에서 23자리 신청서 ID와 QR 코드 찾기",
            ],
            counter: "창구에서 할 일은 없어요. 등록하고 한 달쯤 지나도 통지서가 오지 않으면 시·구청에 문의하세요.",
            tips: &[
                "통지서는 번호를 증명하는 서류도, 신분증도 아니에요. 카드를 신청할 때 필요하니 안전하게 보관하세요.",
                "번호가 찍힌 사진을 다른 사람이 볼 수 있는 곳에 절대 저장하지 마세요. 이 앱은 번호를 입력하거나 저장하라고 절대 요구하지 않아요.",
                "배달 왔을 때 집에 없었나요? 우체국은 간이 등기우편(簡易書留)을 약 1주일 보관한 뒤 시·구청으로 돌려보내고, 시·구청도 일정 기간만 보관해요. 부재 통지표에 적힌 번호로 빨리 전화하세요.",
            ],
        },
        StageText {
            title: "카드 신청",
            what: "신청은 무료예요. 방법을 하나 고르세요: 스마트폰(QR 코드 스캔), PC(23자리 ID 입력), 증명사진 기계, 신청서와 반송용 봉투를 이용한 우편, 또는 일부 지자체에서는 창구. 해외에서 와서 처음 주소 등록을 했다면(일본 안에서 이사한 경우는 제외), 그 등록 후 30일 이내에 시·구청에 특급 발급을 요청할 수도 있어요. 카드는 약 1주일 뒤 우편으로 와요.",
            term_meanings: &[
                "발급 신청",
                "특급 발급 (2024년 12월 2일부터)",
                "신청서에 적힌 23자리 신청서 ID",
            ],
            bring: &[
                "최근 6개월 이내에 찍은 4.5 cm × 3.5 cm 사진",
                "통지서에 든 신청서 또는 23자리 ID",
            ],
            todo: &[
                "사진 찍기: 정면, 모자 없이, 무늬 없는 배경",
                "신청서 보내기",
                "신청 방법과 날짜 기록하기 (아래에 입력)",
            ],
            counter: "온라인, 우편, 증명사진 기계로 신청하면 방문할 필요가 없어요. 특급 발급(特急発行)은 해외에서 와서 처음 주소 등록을 한 경우에만 가능해요. 그 등록 후 30일 이내에 시·구청에서 본인이 직접 신청하세요(대리 신청 불가). 사진이 있는 신분증 2개, 또는 사진이 있는 신분증 1개와 다른 신분증 1개가 필요해요. 비밀번호는 신청할 때 설정하고, 카드는 등록된 주소로 우편 발송되며 보통 약 1주일(빠르면 5일, 최대 2주) 걸려요. 첫 카드는 무료예요. 어느 창구에서 신청을 받는지, 예약이 필요한지는 지자체마다 달라요. 시·구청에 문의하세요.",
            tips: &[
                "종교적·의료적 이유로 쓰는 머리 가리개는 얼굴 윤곽이 보이면 괜찮아요.",
                "23자리 ID로 신청 진행 상황을 온라인에서 확인할 수 있어요.",
                "카드를 받기 전에 재류기간이 끝나면 카드를 받을 수 없고, 카드는 신청할 때 유효한 재류기간을 기준으로 만들어져요. 남은 재류기간이 약 한 달 미만이라면 먼저 재류기간을 갱신한 뒤 신청하세요.",
            ],
        },
        StageText {
            title: "교부 통지서",
            what: "신청 후 약 한 달 뒤(지자체에 따라 1~2개월), 엽서가 도착해요. 이것이 교부 통지서(交付通知書)예요. 카드를 어디서, 언제, 어느 날짜까지 받아야 하는지 적혀 있어요.",
            term_meanings: &["교부 통지서 (엽서)", "예약"],
            bring: &[],
            todo: &[
                "엽서 받기",
                "엽서에 적힌 수령 기한 입력하기 (아래)",
                "지자체에서 요구하면 방문 시간 예약하기",
            ],
            counter: "아직 창구에서 할 일은 없어요. 일부 지자체에서는 카드를 받을 시간을 예약해야 해요. 방법은 엽서에 적혀 있어요.",
            tips: &[
                "지자체는 엽서를 보낸 날부터 1개월~약 3개월 뒤를 수령 기한으로 적어요. 실제 기준은 내 엽서에 적힌 날짜예요. 그 날짜를 입력하기 전까지 앱은 안전하게 1개월로 계산해요.",
                "신청하고 2개월이 지나도 엽서가 오지 않았나요? 시·구청에 문의하세요. 규정은 지자체마다 달라요.",
            ],
        },
        StageText {
            title: "카드 수령",
            what: "엽서에 적힌 장소에서 본인이 직접 카드를 받으세요. 질병, 장애 또는 그 밖의 부득이한 사유(장기 입원, 임신, 해외 유학 등. 일이나 수업은 해당하지 않아요)가 있을 때만 다른 사람이 대신 받을 수 있어요. 약 30분 걸리며, 그 자리에서 비밀번호를 설정해요. 특급 발급 카드는 대신 우편으로 와요.",
            term_meanings: &[
                "수령",
                "비밀번호 (PIN)",
                "서명용 전자증명서 (서명용 비밀번호)",
                "이용자 증명용 전자증명서 (4자리 비밀번호)",
            ],
            bring: &[
                "교부 통지서 엽서 (交付通知書)",
                "재류카드 (또는 다른 신분증 2개)",
                "예전 통지카드 (通知カード), 있는 경우",
            ],
            todo: &[
                "서명용 비밀번호 정하기: 영문 대문자와 숫자 6~16자, 각각 최소 1개 포함",
                "4자리 비밀번호 정하기 (이용자 증명용, 주민기본대장용, 양식 입력 보조용. 모두 같아도 돼요)",
                "카드 받기: 이름, 주소, 유효기간 확인",
            ],
            counter: "직원이 본인 확인을 하고, 단말기에 비밀번호를 입력하면 카드를 받아요. 약 30분 정도 여유를 두세요.",
            tips: &[
                "서명용 비밀번호는 5번, 4자리 비밀번호는 3번 틀리면 잠겨요. 기억할 수 있는 비밀번호를 정하세요.",
                "유효기간이 지난 카드는 받을 수 없어요. 재류기간이 끝나기 훨씬 전에 받으세요.",
                "비밀번호를 잊었거나 잠겼나요? 4자리 비밀번호는 시·구청에서 재설정해요(카드와 신분증 지참). 서명용 비밀번호는 마이나포털(マイナポータル) 스마트폰 앱을 이용해 일부 편의점 단말기에서도 재설정할 수 있어요.",
            ],
        },
        StageText {
            title: "카드 사용하기",
            what: "카드는 사진이 있는 신분증이자 건강보험증이고, 온라인 서비스와 편의점 증명서 발급에 쓰는 열쇠예요.",
            term_meanings: &[
                "마이넘버 건강보험증",
                "자격확인서 (카드가 보험증이 아닌 경우 대신 받는 서류)",
                "주민표 사본",
                "인감 등록 증명서",
                "과세·소득 증명서",
                "재류카드와 마이넘버 카드 일체형 (선택, 2026년 6월 14일부터 시행 예정: 출입국재류관리국에 문의)",
            ],
            bring: &[],
            todo: &[
                "카드를 건강보험증으로 등록하기 (병원 리더기, 마이나포털 또는 세븐은행 ATM에서 4자리 비밀번호로)",
                "내 번호를 요청할 수 있는 곳과 없는 곳 알아 두기",
            ],
            counter: "신분증으로 쓸 때는 앞면만 보여 주세요. 병원에서는 카드를 리더기에 올려놓으세요. 편의점 복합기에서 6:30~23:00에 증명서를 출력할 수 있어요. 수수료는 지자체마다 정하며, 전출 신고 후에는 더 이상 쓸 수 없어요. e-Tax로 온라인 세금 신고도 할 수 있고, 은행이 요청하면 번호를 알려 줄 수 있어요 (계좌를 만들 때는 선택 사항이에요).",
            tips: &[
                "법으로 정해진 기관만 세금, 사회보장, 재해 관련 절차를 위해 번호를 요청할 수 있어요: 고용주, 시·구청, 연금, 건강보험, 그리고 일부 계좌의 경우 은행. 본인이 동의하더라도 그 밖의 사람에게 알려 주는 것은 금지되어 있어요.",
                "카드 뒷면은 허가된 기관만 복사할 수 있어요.",
                "2024년 12월 2일 이후 새 종이 건강보험증은 발급되지 않아요.",
                "카드를 잃어버렸나요? 즉시 전화해 카드를 정지하고(전화번호와 운영 시간은 아래에 있어요), 경찰에 분실 신고(遺失届)를 해 접수 번호를 적어 두세요. 그다음 시·구청에 새 카드를 신청하세요. ¥1,000(전자증명서 없이 ¥800, 도난이라면 경찰 도난 신고 접수 번호가 있을 때 무료인 지자체가 많아요), 또는 시·구청 분실 신고 후 30일 이내라면 ¥2,000에 특급 재발급.",
                "재류카드 분실은 별개의 문제예요. 분실을 알게 된 날부터 14일 이내에 출입국재류관리국에 신고하세요.",
                "마이넘버 카드는 재류카드를 대신하지 않아요. 재류카드는 여전히 항상 지니고 다녀야 해요.",
                "재류카드와 마이넘버 카드 일체형(特定在留カード)은 2026년 6월부터 시행될 예정이에요. 선택 사항이며, 이 카드가 있으면 출입국재류관리국에서 갱신할 때 두 카드가 함께 갱신돼요. 아직 확정되지 않았으니 출입국재류관리국에 문의하세요(moj.go.jp/isa/tokutei.html).",
            ],
        },
        StageText {
            title: "유효기간 관리",
            what: "대부분의 외국인 주민은 카드가 발급되거나 마지막으로 연장될 때 적용된 재류기간이 끝나는 날까지 유효하고, 그 날짜는 카드에 적혀 있어요. 출입국재류관리국에서 재류기간을 갱신하면 새 재류카드를 받지만 마이넘버 카드는 연장되지 않고, 알림도 오지 않아요. 그래서 날짜가 두 개예요: 마이넘버 카드에 적힌 날짜와 재류카드에 적힌 날짜. 둘 다 입력하세요.",
            term_meanings: &[
                "재류기간 갱신",
                "유효기간 만료일",
                "신청 중 (재류카드에 찍히는 도장)",
                "전자증명서",
            ],
            bring: &[
                "새 재류카드",
                "마이넘버 카드",
                "4자리 비밀번호",
                "서명용 비밀번호 (6~16자): 같은 방문 때 전자증명서를 갱신하는 데 필요",
            ],
            todo: &[
                "재류기간 갱신 신청하기 (끝나기 약 3개월 전부터 가능)",
                "만료 전에 카드를 연장하고 전자증명서를 갱신한 뒤, 카드에 적힌 새 만료일 입력하기 (위)",
                "새 재류카드 만료일 입력하기 (아래)",
            ],
            counter: "시·구청에서 카드 유효기간 연장을 요청하고(무료), 같은 방문 때 전자증명서도 갱신하세요. 카드를 연장해도 전자증명서는 연장되지 않으며, 전자증명서가 없으면 マイナ保険証 본인 확인과 편의점 증명서 발급이 중단돼요. 갱신 신청이 아직 심사 중이라면(申請中 도장 또는 온라인 접수 메일) 카드를 한 번에 한해 최대 2개월까지 특례로 연장할 수 있어요. 새 재류카드가 나오면 다시 연장하세요.",
            tips: &[
                "카드가 한 번 만료되면 무효가 되고, 새 카드는 보통 ¥1,000(전자증명서 없이 ¥800)이 들어요. 지자체에 문의하세요.",
                "영주자, 고도전문직 2호, 특별영주자에게는 해당하지 않아요.",
                "카드의 전자증명서는 발급 후 5번째 생일까지 유효하지만, 재류기간이 있는 사람은 재류기간 만료일에 함께 끝나요. 카드를 연장할 때 전자증명서도 갱신하세요.",
                "재류카드와 마이넘버 카드 일체형(特定在留カード, 2026년 6월부터 시행 예정)이 있으면 출입국재류관리국에서 갱신할 때 두 카드가 함께 갱신되고, 시·구청에서 따로 연장할 필요가 없어요. 출입국재류관리국에 문의하세요.",
            ],
        },
        StageText {
            title: "일본 출국",
            what: "일본을 떠나기 전에: 전출 신고를 하고, 카드를 반납하고, 건강보험과 주민세를 정리하세요. 출국 후에는 2년 이내에 연금 탈퇴일시금을 청구하세요.",
            term_meanings: &[
                "전출 신고",
                "해외 전출 신고",
                "주민세",
                "납세관리인",
                "탈퇴일시금 (연금)",
            ],
            bring: &[
                "재류카드",
                "資格確認書 또는 資格情報のお知らせ (국민건강보험 가입자인 경우)",
                "마이넘버 카드",
            ],
            todo: &[
                "전출 신고하기 (출국 약 14일 전부터)",
                "마이넘버 카드 반납하기",
                "국민건강보험 탈퇴하고 보험료 정산하기",
                "주민세 완납하거나 납세관리인(納税管理人) 지정하기",
                "출국 심사 때 재류카드 반납하기 (다시 돌아오지 않는 경우)",
                "연금 탈퇴일시금 청구하기 (출국 후 2년 이내)",
            ],
            counter: "시·구청에서 전출 신고를 하세요. 마이넘버 카드를 반납하고(외국인 주민은 출국하면 카드가 무효가 되며, 칩에 구멍을 뚫어 돌려주는 곳도 있어요), 국민건강보험을 탈퇴해 보험료를 정산하세요(환급 또는 청구). 전출 신고를 하면 카드 이용이 끝나서 マイナ保険証 이용과 편의점 증명서 발급이 중단돼요. 필요한 것은 먼저 받아 두세요.",
            tips: &[
                "1월 1일에 주민 등록이 되어 있었나요? 그해 주민세를 내야 해요. 출국 전에 완납하거나 납세관리인을 지정하세요.",
                "연금 탈퇴일시금을 받으려면 실제로 보험료를 낸 기간이 최소 6개월 필요해요. 학생 납부 특례(学生納付特例)나 전액 면제를 받은 기간은 산입되지 않아요. 2025년 개정으로 일부 규정이 바뀌었으니 출국 전에 nenkin.go.jp에서 확인하세요.",
                "일본에 다시 돌아와도 번호는 그대로예요.",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("주소 등록하기", "이사 온 날({date})부터 14일 이내."),
        Task::ReceiveLetter => (
            "번호 통지서 도착 예정",
            "등록한 날({date})부터 약 2~3주 후(최대 한 달). 그때까지 오지 않으면 시·구청에 문의하세요.",
        ),
        Task::ExpressIssuance => (
            "특급 발급 가능",
            "해외에서 와서 처음 주소 등록을 한 경우에만: 그 등록({date}) 후 30일 이내에 시·구청에서 본인이 직접. 선택 사항이며, 카드는 우편으로 와요.",
        ),
        Task::PhotoValid => ("사진 사용 가능", "촬영한 날({date})부터 6개월 동안."),
        Task::ReceiveNotice => (
            "교부 통지서 도착 예정",
            "신청한 날({date})부터 약 한 달 후. 지자체에 따라 최대 2개월.",
        ),
        Task::ReceiveExpressCard => (
            "특급 발급 카드 우편 도착 예정",
            "신청한 날({date})부터 약 1주일 후: 빠르면 5일, 최대 2주. 등록된 주소로 우편 발송돼요.",
        ),
        Task::CollectCard => (
            "카드 받기",
            "엽서에 적힌 날짜({date})까지. 유효기간이 지난 카드는 받을 수 없어요.",
        ),
        Task::CardExpiry => (
            "마이넘버 카드 만료",
            "카드에 적힌 날짜({date}). 새 재류카드를 받아도 바뀌지 않아요.",
        ),
        Task::RenewResidence => ("재류기간 갱신하기", "재류기간이 끝나는 날({date}) 약 3개월 전부터."),
        Task::ExtendCard => (
            "시·구청에서 카드 연장하기",
            "카드에 적힌 날짜({date}) 전에. 알림은 오지 않아요. 같은 방문 때 전자증명서를 갱신하고, 카드의 새 만료일을 입력하세요.",
        ),
        Task::MoveOutOldCity => (
            "예전 시에서 전출 신고(転出届)",
            "이사하는 날({date}) 약 14일 전부터. 우편이나 마이나포털을 통한 온라인 신고도 가능해요.",
        ),
        Task::ReportNewAddress => (
            "새 시에서 새 주소 신고하기(転入届)",
            "이사 온 날({date})부터 14일 이내. 전출 예정일부터 30일이 되는 날이 더 빠르면 그날까지. 놓치면 카드가 무효가 돼요.",
        ),
        Task::ContinuedUse => (
            "새 시에서 카드 계속 이용 신청",
            "새 주소를 신고한 날({date})부터 90일 이내. 그렇지 않으면 카드가 무효가 돼요. 보통 같은 방문 때 해요. 카드와 4자리 비밀번호, 그리고 새 서명용 전자증명서를 위해 서명용 비밀번호를 가져가세요.",
        ),
        Task::MoveOutNotice => (
            "전출 신고",
            "출국일({date}) 약 14일 전부터. 신고하면 카드 이용이 끝나니, 필요한 증명서는 먼저 발급받으세요.",
        ),
        Task::ReturnCard => (
            "마이넘버 카드 반납하기",
            "출국일({date}) 전, 전출 신고를 할 때 시·구청에서.",
        ),
        Task::SettleNhi => (
            "국민건강보험 탈퇴 및 보험료 정산",
            "출국일({date}) 약 2주 전부터.",
        ),
        Task::ResidentTax => (
            "주민세: 완납 또는 납세관리인 지정",
            "출국일({date}) 전에.",
        ),
        Task::PensionClaim => (
            "보험료를 6개월 이상 냈다면: 연금 탈퇴일시금 청구하기",
            "출국일({date})부터 2년 이내. 학생 납부 특례 기간은 빼고, 실제로 보험료를 낸 기간만 인정돼요. 출국 전에 nenkin.go.jp에서 확인하세요.",
        ),
        Task::ReportLostResidenceCard => (
            "재류카드 분실을 출입국재류관리국에 신고하기",
            "분실을 알게 된 날({date})부터 14일 이내.",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "전입: 주소, 건강보험, 연금",
            &[
                "해외에서 왔어요. 전입 신고를 하고 싶어요. 국민건강보험 가입도 함께 부탁드려요.",
                "(만 20세 이상만 해당) 국민연금 가입도 함께 부탁드려요. 학생이라서 학생 납부 특례도 신청하고 싶어요.",
                "{date}에 이곳으로 이사 왔어요.",
            ],
        ),
        PhraseId::Apply => (
            "카드 신청 (특급 발급)",
            &[
                "마이넘버 카드를 신청하고 싶어요.",
                "가능하면 특급 발급으로 하고 싶어요. 해외에서 와서 처음으로 전입 신고를 했어요.",
                "{date}에 전입 신고를 했어요.",
            ],
        ),
        PhraseId::Collect => (
            "카드 수령",
            &[
                "마이넘버 카드를 받으러 왔어요.",
                "교부 통지서와 재류카드를 가져왔어요.",
            ],
        ),
        PhraseId::Extend => (
            "재류기간 갱신 후 카드 연장",
            &[
                "재류기간 갱신이 허가되었어요. 마이넘버 카드의 유효기간 변경(연장)을 부탁드려요.",
                "새 재류기간은 {date}에 끝나요.",
                "전자증명서 갱신도 부탁드려요.",
            ],
        ),
        PhraseId::MoveOut => (
            "일본 출국: 전출, 카드, 건강보험",
            &[
                "귀국하게 되어(일본을 떠나게 되어) 해외 전출 신고를 하고 싶어요.",
                "마이넘버 카드도 반납하고, 국민건강보험을 탈퇴해 보험료를 정산하고 싶어요.",
                "{date}에 출국해요.",
            ],
        ),
        PhraseId::LostCard => (
            "카드 분실",
            &[
                "마이넘버 카드를 잃어버렸어요. 새로 발급받고 싶어요.",
                "콜센터에 전화해서 카드 이용을 정지했어요.",
                "경찰에 신고했어요. 이것이 접수 번호예요.",
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
