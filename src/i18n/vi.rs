//! Vietnamese (Tiếng Việt). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::Task;

pub static TEXTS: Texts = Texts {
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    ui: Ui {
        app_name: "My Number Guide",
        app_tagline: "Thẻ My Number của bạn, từng bước một",
        boot_lead: "Từ đăng ký địa chỉ đến khi rời Nhật Bản: cần mang gì, điều gì diễn ra tại quầy, các hạn chót tính từ ngày của bạn, và các câu tiếng Nhật để đưa cho nhân viên xem. Dùng được khi không có mạng.",
        nav_label: "Menu chính",
        nav_home: "Trang chủ",
        nav_phrases: "Mẫu câu",
        nav_settings: "Cài đặt",
        home_title: "Thẻ My Number của bạn",
        next_heading: "Bước tiếp theo",
        next_all_done: "Hiện chưa có việc gì đến hạn. Hãy nhập ngày mới khi có việc xảy ra.",
        start_title: "Bắt đầu tại đây",
        start_body: "Nhập ngày bạn chuyển đến địa chỉ ở Nhật. Ứng dụng sẽ tính các hạn chót cho bạn.",
        start_action: "Nhập ngày chuyển đến",
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
        open_stage: "Mở bước này",
        countdown_heading: "Rời Nhật Bản",
        countdown_days: "Còn {n} ngày nữa là bạn rời Nhật",
        countdown_one_day: "Còn 1 ngày nữa là bạn rời Nhật",
        countdown_today: "Hôm nay bạn rời Nhật",
        countdown_past: "Bạn đã rời Nhật {n} ngày trước",
        countdown_leaving_on: "Ngày rời Nhật: {date}",
        countdown_tasks_heading: "Trước và sau khi rời Nhật",
        timeline_heading: "Hành trình của bạn",
        status_done: "Xong",
        status_waiting: "Cần nhập ngày",
        status_upcoming: "Sắp tới",
        status_due_soon: "Sắp đến hạn",
        status_late: "Trễ hạn",
        mark_done: "Tôi đã làm xong",
        waiting_for: "Đang chờ: “{field}”.",
        rel_today: "hôm nay",
        rel_tomorrow: "ngày mai",
        rel_yesterday: "hôm qua",
        rel_in_days: "{n} ngày nữa",
        rel_days_ago: "{n} ngày trước",
        late_one_day: "trễ 1 ngày",
        late_days: "trễ {n} ngày",
        when_by: "hạn chót {date}",
        when_between: "{from} – {to}",
        when_on: "vào {date}",
        stage_step: "Bước {n}/{total}",
        stage_terms_heading: "Từ tiếng Nhật bạn sẽ gặp",
        stage_dates_heading: "Các ngày của bạn",
        stage_plan_heading: "Các ngày đã được tính cho bạn",
        stage_bring_heading: "Cần mang theo",
        stage_todo_heading: "Danh sách việc cần làm",
        stage_counter_heading: "Tại quầy",
        stage_tips_heading: "Nên biết",
        stage_sources_heading: "Quy định và nguồn",
        stage_rules: "Quy định: {rules}",
        sources_checked: "Kiểm tra vào tháng 11/2026. Lệ phí, giờ làm việc và việc đặt lịch khác nhau tùy thành phố: nếu chưa chắc, hãy hỏi tòa thị chính nơi bạn sống.",
        prev_stage: "Bước trước",
        next_stage: "Bước tiếp theo",
        clear_date: "Xóa",
        field_moved_in: "Tôi chuyển đến vào ngày",
        field_registered: "Tôi đăng ký địa chỉ vào ngày",
        field_letter_received: "Thư đến vào ngày",
        field_photo_taken: "Ảnh của tôi được chụp vào ngày",
        field_applied: "Tôi nộp đơn vào ngày",
        field_application_method: "Cách tôi nộp đơn",
        field_notice_received: "Bưu thiếp đến vào ngày",
        field_collection_deadline: "Hạn nhận thẻ in trên bưu thiếp",
        field_card_collected: "Tôi nhận thẻ vào ngày",
        field_residence_expiry: "Thẻ lưu trú của tôi hết hạn vào ngày",
        field_departure: "Tôi dự định rời Nhật vào ngày",
        field_moved_within_japan: "Tôi chuyển đến thành phố khác ở Nhật vào ngày",
        field_residence_card_lost: "Tôi phát hiện mất thẻ lưu trú vào ngày",
        field_card_expiry: "Ngày hết hạn in trên thẻ My Number của tôi",
        field_move_out_planned: "Tôi chuyển đi khỏi thành phố cũ vào ngày",
        field_reported_new_address: "Tôi khai báo địa chỉ mới vào ngày",
        registration_question: "Đây có phải lần đăng ký địa chỉ đầu tiên của bạn sau khi từ nước ngoài đến Nhật không?",
        registration_first: "Có, lần đầu tiên sau khi đến Nhật",
        registration_move: "Không, đó là sau khi chuyển nhà trong Nhật",
        express_no_notice: "Bạn đã xin cấp nhanh (特急発行): sẽ không có bưu thiếp. Thẻ được gửi qua bưu điện đến địa chỉ bạn đã đăng ký.",
        express_by_mail: "Cấp nhanh (特急発行): không có bưu thiếp và không nhận thẻ tại quầy. Thẻ được gửi qua bưu điện đến địa chỉ bạn đã đăng ký, thường khoảng một tuần sau khi bạn nộp đơn (5 ngày đến 2 tuần). Hãy nhập ngày nhận được thẻ ở bên dưới.",
        collect_guide: "Mốc tham khảo: 1 tháng sau khi bưu thiếp đến ({date}), như một số thành phố in trên bưu thiếp. Hãy nhập ngày in trên bưu thiếp của bạn.",
        collect_by_stay_end: "Trước khi thời hạn lưu trú kết thúc ({date}): thẻ đã hết hiệu lực thì không thể giao cho bạn.",
        report_by_move_out: "Trong vòng 30 ngày kể từ ngày dự định chuyển đi ({date}); hạn này đến trước hạn 14 ngày sau khi chuyển đến. Nếu trễ hạn, thẻ sẽ mất hiệu lực.",
        continued_from_move: "Trong vòng 90 ngày kể từ khi khai báo địa chỉ mới. Cho đến khi bạn nhập ngày đó, hạn được tính từ ngày chuyển đến ({date}) cho an toàn.",
        lost_line_all_day: "Đường dây tiếng nước ngoài 0120-0178-27: 24 giờ bằng tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Tây Ban Nha và tiếng Bồ Đào Nha. Đường dây tiếng Nhật 0120-95-0178: 24 giờ, tất cả các ngày.",
        lost_line_daytime: "Đường dây tiếng nước ngoài 0120-0178-27: tiếng Việt, tiếng Nepal, tiếng Thái, tiếng Indonesia và tiếng Tagalog chỉ được trả lời vào ban ngày (tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Tây Ban Nha và tiếng Bồ Đào Nha: 24 giờ). Đường dây tiếng Nhật 0120-95-0178: 24 giờ, tất cả các ngày.",
        method_unset: "Chọn…",
        method_online: "Trực tuyến (điện thoại thông minh hoặc máy tính)",
        method_mail: "Qua đường bưu điện",
        method_photo_booth: "Máy chụp ảnh tự động",
        method_counter: "Tại quầy của tòa thị chính",
        method_express: "Cấp nhanh (特急発行)",
        err_empty: "Hãy nhập ngày.",
        err_malformed: "Hãy nhập đầy đủ ngày (ngày, tháng và năm).",
        err_no_such_day: "Ngày này không có trên lịch.",
        err_out_of_range: "Hãy nhập năm từ 1990 đến 2100.",
        err_in_future: "Ngày này ở tương lai. Hãy nhập khi việc đó đã xảy ra.",
        err_before: "Ngày này không thể trước “{other}” ({date}). Hãy kiểm tra cả hai ngày.",
        storage_unavailable: "Trình duyệt này không cho ứng dụng lưu dữ liệu. Mọi thứ vẫn hoạt động, nhưng các ngày và dấu tích của bạn sẽ mất khi bạn đóng ứng dụng.",
        storage_full: "Không lưu được: bộ nhớ của thiết bị đã đầy. Thay đổi gần nhất của bạn chưa được lưu.",
        storage_failed: "Không lưu được thay đổi gần nhất của bạn.",
        settings_title: "Cài đặt",
        language_heading: "Ngôn ngữ",
        privacy_heading: "Quyền riêng tư",
        privacy_body: "Mọi thứ bạn nhập chỉ nằm trên thiết bị này. Ứng dụng không gửi gì đi đâu, không có công cụ phân tích, và không bao giờ hỏi hay lưu mã số My Number 12 chữ số của bạn.",
        backup_heading: "Sao lưu",
        backup_body: "Lưu các ngày và dấu tích của bạn thành một tệp, hoặc khôi phục từ tệp đó (ví dụ trên điện thoại mới).",
        export_button: "Xuất bản sao lưu",
        import_label: "Khôi phục từ tệp sao lưu",
        import_preview: "Số ngày trong bản sao lưu này: {dates}. Số mục đã đánh dấu: {ticks}. Chúng sẽ thay thế dữ liệu hiện có trong ứng dụng.",
        import_confirm: "Thay bằng bản sao lưu này",
        import_cancel: "Hủy",
        import_done: "Đã khôi phục bản sao lưu.",
        import_err_too_big: "Tệp này quá lớn, không thể là bản sao lưu.",
        import_err_not_json: "Tệp này không phải bản sao lưu (không phải JSON). Không có gì bị thay đổi.",
        import_err_not_ours: "Tệp này không phải bản sao lưu của My Number Guide, hoặc đã bị hỏng. Không có gì bị thay đổi.",
        import_err_future: "Bản sao lưu này đến từ phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi thử lại. Không có gì bị thay đổi.",
        import_err_bad_date: "Bản sao lưu có một ngày không thể có ở “{field}”. Không có gì bị thay đổi.",
        import_err_read: "Không đọc được tệp. Không có gì bị thay đổi.",
        reset_heading: "Bắt đầu lại",
        reset_body: "Xóa tất cả các ngày, dấu tích và cài đặt của bạn khỏi thiết bị này.",
        reset_button: "Xóa tất cả",
        reset_confirm: "Bạn thật sự muốn xóa tất cả? Không thể hoàn tác. Nếu chưa chắc, hãy xuất bản sao lưu trước.",
        reset_yes: "Có, xóa tất cả",
        reset_done: "Đã xóa tất cả.",
        storage_unreadable: "Không đọc được tiến trình đã lưu của bạn. Dữ liệu đó được cất riêng, giữ nguyên, và ứng dụng bắt đầu trống. Bạn có thể xuất dữ liệu cũ trong phần Cài đặt.",
        storage_unreadable_export: "Xuất dữ liệu không đọc được",
        storage_future: "Tiến trình đã lưu của bạn đến từ phiên bản mới hơn của ứng dụng. Dữ liệu được giữ nguyên; phiên bản này sẽ không ghi đè lên.",
        lang_missing: "Không tải được {language}: lần đầu cần kết nối Internet. Trước đó, ứng dụng hiển thị bằng tiếng Anh.",
        lang_retry: "Thử lại",
        panic_title: "Đã xảy ra lỗi",
        panic_body: "Ứng dụng gặp lỗi. Tiến trình đã lưu của bạn vẫn an toàn. Bạn có thể xuất bản sao lưu, rồi tải lại.",
        panic_reload: "Tải lại",
        update_ready: "Đã có phiên bản mới",
        update_reload: "Tải lại",
        offline_badge: "Ngoại tuyến — mọi thứ vẫn hoạt động",
        phrases_title: "Mẫu câu dùng tại quầy",
        phrases_intro: "Hãy cho nhân viên xem các câu này. Mở một thẻ để hiện chữ cỡ lớn.",
        phrase_close: "Đóng",
        phrase_say: "Cách đọc",
        phrase_meaning: "Nghĩa",
        help_heading: "Hỗ trợ bằng ngôn ngữ của bạn",
        help_body: "Đường dây hỗ trợ thẻ My Number (tiếng nước ngoài): giờ làm việc khác nhau giữa các trang ngôn ngữ của đường dây, nên hãy xem giờ hiện tại tại kojinbango-card.go.jp/en-otoiawase/. Mất thẻ: hãy gọi ngay để tạm khóa thẻ.",
        not_found_title: "Không tìm thấy trang",
        not_found_body: "Trang này không có trong ứng dụng.",
        back_home: "Về trang chủ",
    },
    stages: [
        StageText {
            title: "Đăng ký địa chỉ",
            what: "Trong vòng 14 ngày sau khi chuyển đến, hãy khai báo địa chỉ mới tại tòa thị chính hoặc văn phòng quận. Việc này giúp bạn trở thành cư dân đã đăng ký, và cũng là bước khởi đầu cho My Number của bạn: thư báo mã số sẽ được gửi qua bưu điện đến địa chỉ này. Chỉ sau lần đăng ký đầu tiên khi từ nước ngoài đến, bạn mới có thể xin cấp nhanh thẻ.",
            term_meanings: &[
                "Thông báo chuyển đến",
                "Thông báo nơi cư trú (tên gọi dùng cho người nước ngoài)",
                "Thẻ lưu trú",
                "Tòa thị chính / văn phòng quận",
                "Bảo hiểm Y tế Quốc dân",
                "Lương hưu Quốc dân",
                "Chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên (hoãn đóng phí bảo hiểm hưu trí trong thời gian đi học; những tháng này không được tính vào tiền rút lương hưu một lần)",
            ],
            bring: &[
                "Thẻ lưu trú (在留カード)",
                "Hộ chiếu",
                "Hợp đồng thuê nhà, nếu văn phòng yêu cầu",
            ],
            todo: &[
                "Khai báo địa chỉ (転入届)",
                "Tham gia Bảo hiểm Y tế Quốc dân (国民健康保険) trong cùng lần đến",
                "Từ 20 đến 59 tuổi: tham gia Lương hưu Quốc dân (国民年金) và nộp đơn xin chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên (学生納付特例)",
                "Ghi tên bạn lên hộp thư",
            ],
            counter: "Điền tờ khai chuyển đến (転入届) và xuất trình thẻ lưu trú (在留カード); nhân viên sẽ ghi địa chỉ của bạn vào mặt sau thẻ. Trong cùng lần đến, hãy tham gia Bảo hiểm Y tế Quốc dân: việc này bắt buộc với mọi cư dân lưu trú trên 3 tháng không tham gia bảo hiểm y tế của nơi làm việc, bất kể tư cách lưu trú (nếu thu nhập thấp, hãy khai báo để được giảm). Nếu từ 20 đến 59 tuổi, hãy tham gia cả Lương hưu Quốc dân, tại đó sinh viên có thể nộp đơn xin chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên. Giờ làm việc và việc đặt lịch khác nhau tùy thành phố: hãy xem trang web của thành phố hoặc hỏi trực tiếp.",
            tips: &[
                "Thư báo mã số không được chuyển tiếp (転送不要): tên bạn phải có trên hộp thư.",
                "Đăng ký trễ có thể bị phạt tiền hình sự (罰金) tối đa ¥200.000 theo luật xuất nhập cảnh, hoặc phạt tiền hành chính (過料) tối đa ¥50.000 theo luật đăng ký cư dân, và tư cách lưu trú có thể bị hủy nếu quá 90 ngày mà không có địa chỉ đã đăng ký. Đi đăng ký trong vòng 14 ngày sẽ tránh được tất cả những điều này.",
                "Chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên phải nộp đơn lại mỗi năm. Những tháng thuộc chế độ này không được tính vào tiền rút lương hưu một lần mà bạn có thể yêu cầu sau khi rời Nhật: chỉ những tháng đã đóng phí mới được tính.",
                "Sau này chuyển nhà trong Nhật? Có ba bước: nộp thông báo chuyển đi (転出届) tại thành phố cũ trước khi chuyển; nộp thông báo chuyển đến (転入届) tại thành phố mới trong vòng 14 ngày sau khi chuyển đến và trong vòng 30 ngày kể từ ngày dự định chuyển đi; và đề nghị tiếp tục sử dụng thẻ (継続利用) trong vòng 90 ngày kể từ khi nộp thông báo chuyển đến, thường là ngay trong lần đến đó. Bỏ lỡ một bước là thẻ sẽ mất hiệu lực. Hãy nhập các ngày ở bên trên.",
            ],
        },
        StageText {
            title: "Thư thông báo mã số",
            what: "Khoảng 2 đến 3 tuần sau khi bạn đăng ký (một số trường đại học nói có thể đến một tháng), mã số My Number 12 chữ số của bạn sẽ được gửi đến bằng thư bảo đảm dạng đơn giản (簡易書留). Trong phong bì còn có đơn xin làm thẻ với mã số đơn (ID) 23 chữ số và mã QR, cùng một phong bì gửi trả (phong bì hồi âm).",
            term_meanings: &[
                "Thư thông báo mã số cá nhân",
                "Không chuyển tiếp (thư chỉ được giao đến địa chỉ bạn đã đăng ký)",
                "Thẻ thông báo (thẻ giấy cũ, được thay bằng thư thông báo từ ngày 25/05/2020)",
            ],
            bring: &[],
            todo: &[
                "Có tên trên hộp thư",
                "Đã nhận thư và cất giữ ở nơi an toàn",
                "Đã tìm thấy mã số đơn (ID) 23 chữ số và mã QR trên đơn",
            ],
            counter: "Không cần làm gì tại quầy. Nếu khoảng một tháng sau khi đăng ký mà thư vẫn chưa đến, hãy hỏi tòa thị chính.",
            tips: &[
                "Thư này không phải là giấy chứng minh mã số của bạn và không phải giấy tờ tùy thân. Hãy giữ cẩn thận: bạn cần nó để nộp đơn làm thẻ.",
                "Đừng bao giờ lưu ảnh chụp mã số của bạn ở nơi người khác có thể nhìn thấy. Ứng dụng này không bao giờ yêu cầu bạn nhập hay lưu mã số đó.",
                "Bạn không có nhà khi thư đến? Bưu điện giữ thư bảo đảm (簡易書留) khoảng một tuần, rồi gửi trả về tòa thị chính, nơi cũng chỉ giữ thư trong một thời gian: hãy sớm gọi số điện thoại ghi trên phiếu báo để lại cho bạn.",
            ],
        },
        StageText {
            title: "Nộp đơn làm thẻ",
            what: "Nộp đơn miễn phí. Chọn một cách: bằng điện thoại thông minh (quét mã QR), bằng máy tính (nhập mã ID 23 chữ số), tại máy chụp ảnh tự động, gửi qua bưu điện bằng đơn và phong bì gửi trả, hoặc tại quầy ở một số thành phố. Sau lần đăng ký đầu tiên khi bạn từ nước ngoài đến (không phải sau khi chuyển nhà trong Nhật), bạn cũng có thể đề nghị tòa thị chính cấp nhanh trong vòng 30 ngày kể từ lần đăng ký đó: thẻ được gửi qua bưu điện trong khoảng một tuần.",
            term_meanings: &[
                "Đơn xin cấp thẻ",
                "Cấp nhanh (từ ngày 02/12/2024)",
                "Mã số đơn (ID) 23 chữ số trên đơn của bạn",
            ],
            bring: &[
                "Ảnh 4,5 cm × 3,5 cm, chụp trong vòng 6 tháng gần đây",
                "Đơn xin làm thẻ hoặc mã ID 23 chữ số trong thư của bạn",
            ],
            todo: &[
                "Đã chụp ảnh: nhìn thẳng, không đội mũ, phông nền trơn",
                "Đã gửi đơn",
                "Đã ghi lại cách và ngày nộp đơn (nhập ở bên trên)",
            ],
            counter: "Nộp đơn trực tuyến, qua bưu điện và tại máy chụp ảnh thì không cần đến tận nơi. Cấp nhanh (特急発行) chỉ dành cho lần đăng ký đầu tiên sau khi bạn từ nước ngoài đến: hãy tự mình nộp đơn tại tòa thị chính trong vòng 30 ngày kể từ lần đăng ký đó (không ai được đi thay bạn), mang theo hai giấy tờ tùy thân có ảnh, hoặc một giấy tờ có ảnh và một giấy tờ tùy thân khác. Bạn đặt mã PIN ngay khi nộp đơn, và thẻ được gửi qua bưu điện đến địa chỉ bạn đã đăng ký, thường trong khoảng một tuần (sớm nhất 5 ngày, chậm nhất 2 tuần); thẻ đầu tiên miễn phí. Quầy nào nhận đơn, và có phải đặt lịch hay không, khác nhau tùy thành phố: hãy hỏi tòa thị chính nơi bạn sống.",
            tips: &[
                "Được phép đội khăn che đầu vì lý do tôn giáo hoặc y tế nếu vẫn thấy rõ đường viền khuôn mặt.",
                "Bạn có thể kiểm tra tình trạng đơn trực tuyến bằng mã ID 23 chữ số.",
                "Nếu thời hạn lưu trú kết thúc trước khi bạn nhận thẻ, thẻ sẽ không được giao cho bạn, và thẻ được làm theo thời hạn lưu trú đang có hiệu lực lúc bạn nộp đơn: nếu thời hạn lưu trú chỉ còn dưới khoảng một tháng, hãy gia hạn thời hạn lưu trú trước, rồi mới nộp đơn.",
            ],
        },
        StageText {
            title: "Giấy báo cấp thẻ",
            what: "Khoảng một tháng sau khi bạn nộp đơn (1 đến 2 tháng ở một số thành phố), bạn sẽ nhận được một bưu thiếp: giấy báo cấp thẻ. Bưu thiếp ghi nơi và thời gian nhận thẻ, và hạn chót nhận thẻ.",
            term_meanings: &["Giấy báo cấp thẻ (một tấm bưu thiếp)", "Đặt lịch (hẹn trước)"],
            bring: &[],
            todo: &[
                "Đã nhận bưu thiếp",
                "Đã nhập hạn nhận thẻ in trên bưu thiếp (bên trên)",
                "Đã đặt lịch, nếu thành phố yêu cầu",
            ],
            counter: "Chưa cần làm gì tại quầy. Một số thành phố yêu cầu đặt lịch trước để nhận thẻ; bưu thiếp sẽ ghi cách đặt lịch.",
            tips: &[
                "Các thành phố in hạn nhận thẻ từ 1 tháng đến khoảng 3 tháng sau khi gửi bưu thiếp: ngày in trên bưu thiếp của bạn mới là ngày có giá trị. Cho đến khi bạn nhập ngày đó, ứng dụng dùng mốc 1 tháng cho an toàn.",
                "Nộp đơn 2 tháng rồi mà chưa có bưu thiếp? Hãy hỏi tòa thị chính; quy định khác nhau tùy thành phố.",
            ],
        },
        StageText {
            title: "Nhận thẻ",
            what: "Hãy tự mình đến nhận thẻ tại nơi ghi trên bưu thiếp. Người khác chỉ được nhận thay bạn khi bạn bị bệnh, khuyết tật hoặc có lý do bất khả kháng khác (chẳng hạn nằm viện dài ngày, mang thai hoặc đang đi du học ở nước ngoài; bận đi làm hay đi học thì không được tính). Việc này mất khoảng 30 phút, và bạn sẽ đặt mã PIN ngay tại đó. Thẻ cấp nhanh thì được gửi qua bưu điện.",
            term_meanings: &[
                "Nhận thẻ",
                "Mã PIN",
                "Chứng thư điện tử dùng để ký (mã PIN chữ ký)",
                "Chứng thư điện tử xác thực người dùng (mã PIN 4 chữ số)",
            ],
            bring: &[
                "Bưu thiếp giấy báo cấp thẻ (交付通知書)",
                "Thẻ lưu trú (hoặc hai giấy tờ tùy thân khác)",
                "Thẻ thông báo cũ (通知カード), nếu bạn có",
            ],
            todo: &[
                "Đã chọn mã PIN chữ ký: 6 đến 16 ký tự gồm chữ in hoa và chữ số, có ít nhất một chữ và một số",
                "Đã chọn mã PIN 4 chữ số (dùng cho xác thực người dùng, sổ đăng ký cư dân và điền biểu mẫu; có thể dùng cùng một mã cho tất cả)",
                "Đã nhận thẻ: đã kiểm tra họ tên, địa chỉ và ngày hết hạn",
            ],
            counter: "Nhân viên kiểm tra danh tính, bạn nhập mã PIN trên máy, rồi nhận thẻ. Hãy dành khoảng 30 phút.",
            tips: &[
                "Mã PIN chữ ký bị khóa sau 5 lần nhập sai; các mã PIN 4 chữ số bị khóa sau 3 lần. Hãy chọn mã PIN bạn sẽ nhớ được.",
                "Thẻ đã hết hiệu lực thì không thể giao cho bạn: hãy nhận thẻ sớm, trước khi thời hạn lưu trú kết thúc.",
                "Quên mã PIN hoặc mã PIN bị khóa? Các mã PIN 4 chữ số được đặt lại tại tòa thị chính (mang theo thẻ và giấy tờ tùy thân). Mã PIN chữ ký cũng có thể được đặt lại tại máy ở một số cửa hàng tiện lợi, bằng ứng dụng Myna Portal (マイナポータル) trên điện thoại thông minh.",
            ],
        },
        StageText {
            title: "Sử dụng thẻ",
            what: "Thẻ của bạn là giấy tờ tùy thân có ảnh, là thẻ bảo hiểm y tế, và là chìa khóa để dùng các dịch vụ trực tuyến và lấy giấy chứng nhận tại cửa hàng tiện lợi.",
            term_meanings: &[
                "Thẻ My Number dùng làm thẻ bảo hiểm y tế",
                "Giấy xác nhận tư cách bảo hiểm (thứ bạn nhận thay thế nếu thẻ của bạn không dùng làm thẻ bảo hiểm)",
                "Bản sao phiếu cư dân",
                "Giấy chứng nhận đăng ký con dấu",
                "Giấy chứng nhận thuế / thu nhập",
                "Thẻ gộp thẻ lưu trú và thẻ My Number (không bắt buộc; dự kiến từ ngày 14/06/2026: hãy hỏi Cục Quản lý Xuất nhập cảnh và Lưu trú)",
            ],
            bring: &[],
            todo: &[
                "Đã đăng ký thẻ làm thẻ bảo hiểm y tế (tại máy đọc thẻ ở phòng khám, Myna Portal hoặc ATM Seven Bank, với mã PIN 4 chữ số)",
                "Biết ai được phép hỏi mã số của mình, và ai không được",
            ],
            counter: "Khi dùng làm giấy tờ tùy thân, chỉ đưa mặt trước. Tại phòng khám, đặt thẻ lên máy đọc. Máy photocopy ở cửa hàng tiện lợi in giấy chứng nhận từ 6:30 đến 23:00; mỗi thành phố tự quy định lệ phí, và dịch vụ này không dùng được nữa sau khi đã nộp thông báo chuyển đi. Bạn cũng có thể khai thuế trực tuyến bằng e-Tax, và cung cấp mã số cho ngân hàng khi ngân hàng yêu cầu (khi mở tài khoản, việc này là tự nguyện).",
            tips: &[
                "Chỉ các cơ quan được pháp luật quy định mới được hỏi mã số của bạn, cho các thủ tục về thuế, an sinh xã hội và thiên tai: chủ lao động, thành phố, cơ quan lương hưu, bảo hiểm y tế, và ngân hàng đối với một số tài khoản. Việc đưa mã số cho bất kỳ ai khác đều bị cấm, kể cả khi bạn đồng ý.",
                "Chỉ các cơ quan được phép mới được photocopy mặt sau của thẻ.",
                "Từ ngày 02/12/2024, không còn cấp mới thẻ bảo hiểm y tế bằng giấy.",
                "Mất thẻ? Hãy gọi ngay để tạm khóa thẻ (số điện thoại và giờ làm việc ở bên dưới), báo mất với cảnh sát (遺失届) và ghi lại số tiếp nhận, rồi đề nghị tòa thị chính cấp thẻ mới: ¥1.000 (¥800 nếu không kèm chứng thư điện tử; miễn phí ở nhiều thành phố nếu thẻ bị đánh cắp, khi có số tiếp nhận trình báo mất trộm của cảnh sát), hoặc cấp lại nhanh với lệ phí ¥2.000 trong vòng 30 ngày kể từ khi báo mất tại tòa thị chính.",
                "Mất thẻ lưu trú là việc riêng: hãy báo cho Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực trong vòng 14 ngày kể từ ngày bạn phát hiện bị mất.",
                "Thẻ My Number không thay thế thẻ lưu trú: bạn vẫn phải luôn mang theo thẻ lưu trú bên mình.",
                "Thẻ gộp thẻ lưu trú và thẻ My Number (特定在留カード) dự kiến có từ tháng 6/2026: không bắt buộc, và với thẻ này, gia hạn lưu trú tại Cục Quản lý Xuất nhập cảnh và Lưu trú sẽ cập nhật cả hai thẻ. Việc này chưa được xác nhận: hãy hỏi Cục Quản lý Xuất nhập cảnh và Lưu trú (moj.go.jp/isa/tokutei.html).",
            ],
        },
        StageText {
            title: "Giữ thẻ còn hiệu lực",
            what: "Với hầu hết người nước ngoài, thẻ có hiệu lực đến hết thời hạn lưu trú áp dụng vào lúc thẻ được cấp hoặc được gia hạn lần gần nhất: ngày đó được in trên thẻ. Gia hạn thời hạn lưu trú tại Cục Quản lý Xuất nhập cảnh và Lưu trú sẽ cho bạn thẻ lưu trú mới nhưng không gia hạn thẻ My Number, và sẽ không có thông báo nhắc nhở nào. Vì vậy bạn có hai ngày: ngày trên thẻ My Number và ngày trên thẻ lưu trú. Hãy nhập cả hai.",
            term_meanings: &[
                "Gia hạn thời hạn lưu trú",
                "Ngày hết hạn",
                "Đang xét đơn (con dấu trên thẻ lưu trú)",
                "Chứng thư điện tử",
            ],
            bring: &[
                "Thẻ lưu trú mới",
                "Thẻ My Number",
                "Mã PIN 4 chữ số của bạn",
                "Mã PIN chữ ký của bạn (6 đến 16 ký tự), để gia hạn chứng thư điện tử trong cùng lần đến",
            ],
            todo: &[
                "Đã nộp đơn gia hạn thời hạn lưu trú (có thể nộp từ khoảng 3 tháng trước khi hết hạn)",
                "Đã gia hạn thẻ trước khi thẻ hết hạn, đã gia hạn chứng thư điện tử của thẻ, và đã nhập ngày hết hạn mới in trên thẻ (ở trên)",
                "Đã nhập ngày hết hạn của thẻ lưu trú mới (bên trên)",
            ],
            counter: "Tại tòa thị chính, hãy đề nghị gia hạn hiệu lực của thẻ (miễn phí), và gia hạn chứng thư điện tử của thẻ trong cùng lần đến: gia hạn thẻ không làm gia hạn chứng thư, và khi không còn chứng thư thì việc xác thực マイナ保険証 và lấy giấy chứng nhận tại cửa hàng tiện lợi sẽ ngừng hoạt động. Trong khi đơn gia hạn lưu trú vẫn đang được xét (con dấu 申請中, hoặc email biên nhận nộp đơn trực tuyến), thẻ có thể được gia hạn đặc biệt một lần, thêm tối đa 2 tháng; hãy gia hạn thẻ lần nữa khi nhận được thẻ lưu trú mới.",
            tips: &[
                "Khi thẻ đã hết hạn, thẻ sẽ mất hiệu lực, và làm thẻ mới thường tốn ¥1.000 (¥800 nếu không kèm chứng thư điện tử): hãy hỏi thành phố của bạn.",
                "Điều này không áp dụng cho người vĩnh trú, người có tư cách Chuyên gia tay nghề cao số 2 (高度専門職2号) hoặc người vĩnh trú đặc biệt.",
                "Chứng thư điện tử trong thẻ có hiệu lực đến sinh nhật lần thứ 5 của bạn sau ngày cấp, và với người có thời hạn lưu trú, chứng thư hết hiệu lực vào ngày thời hạn lưu trú kết thúc: hãy gia hạn chứng thư khi bạn gia hạn thẻ.",
                "Với thẻ gộp thẻ lưu trú và thẻ My Number (特定在留カード, dự kiến từ tháng 6/2026), gia hạn lưu trú tại Cục Quản lý Xuất nhập cảnh và Lưu trú sẽ cập nhật cả hai thẻ, và không cần gia hạn tại tòa thị chính: hãy hỏi Cục Quản lý Xuất nhập cảnh và Lưu trú.",
            ],
        },
        StageText {
            title: "Rời Nhật Bản",
            what: "Trước khi rời Nhật: nộp thông báo chuyển đi, trả lại thẻ, thanh toán bảo hiểm y tế và thuế cư trú. Sau khi rời Nhật, hãy yêu cầu nhận tiền rút lương hưu một lần trong vòng 2 năm.",
            term_meanings: &[
                "Thông báo chuyển đi",
                "Thông báo chuyển ra nước ngoài",
                "Thuế cư trú",
                "Người đại diện nộp thuế",
                "Tiền trợ cấp rút khỏi chế độ lương hưu một lần",
            ],
            bring: &[
                "Thẻ lưu trú",
                "資格確認書 hoặc 資格情報のお知らせ, nếu bạn tham gia Bảo hiểm Y tế Quốc dân",
                "Thẻ My Number",
            ],
            todo: &[
                "Đã nộp thông báo chuyển đi (từ khoảng 14 ngày trước ngày rời Nhật)",
                "Đã trả lại thẻ My Number",
                "Đã rút khỏi Bảo hiểm Y tế Quốc dân và thanh toán phí bảo hiểm",
                "Đã đóng xong thuế cư trú, hoặc đã chỉ định người đại diện nộp thuế (納税管理人)",
                "Đã nộp lại thẻ lưu trú tại cửa xuất cảnh (nếu không quay lại)",
                "Đã yêu cầu nhận tiền rút lương hưu một lần (trong vòng 2 năm sau khi rời Nhật)",
            ],
            counter: "Tại tòa thị chính, nộp thông báo chuyển đi; trả lại thẻ My Number (với người nước ngoài, thẻ mất hiệu lực khi bạn rời Nhật; một số nơi trả lại thẻ cho bạn sau khi đã đục lỗ chip); rút khỏi Bảo hiểm Y tế Quốc dân và thanh toán phí bảo hiểm (được hoàn tiền hoặc nhận hóa đơn phải đóng). Nộp thông báo chuyển đi sẽ chấm dứt việc sử dụng thẻ, nên マイナ保険証 và việc lấy giấy chứng nhận tại cửa hàng tiện lợi sẽ ngừng hoạt động: hãy lấy những gì bạn cần trước.",
            tips: &[
                "Có đăng ký cư trú vào ngày 1 tháng 1? Bạn phải đóng thuế cư trú của năm đó: hãy đóng xong hoặc chỉ định người đại diện nộp thuế trước khi rời Nhật.",
                "Để nhận tiền rút lương hưu một lần, bạn cần có ít nhất 6 tháng đã đóng phí lương hưu: những tháng thuộc chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên (学生納付特例) hoặc được miễn toàn bộ thì không được tính. Một cải cách năm 2025 đã thay đổi một số quy định: hãy kiểm tra nenkin.go.jp trước khi rời Nhật.",
                "Mã số của bạn vẫn giữ nguyên nếu bạn quay lại Nhật.",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("Đăng ký địa chỉ", "Trong vòng 14 ngày sau khi chuyển đến ({date})."),
        Task::ReceiveLetter => (
            "Dự kiến nhận thư thông báo mã số",
            "Khoảng 2 đến 3 tuần (có thể đến một tháng) sau khi bạn đăng ký ({date}). Đến lúc đó vẫn chưa có? Hãy hỏi tòa thị chính.",
        ),
        Task::ExpressIssuance => (
            "Có thể xin cấp nhanh",
            "Chỉ sau lần đăng ký đầu tiên khi bạn từ nước ngoài đến: tự mình đến tòa thị chính, trong vòng 30 ngày kể từ lần đăng ký đó ({date}). Không bắt buộc; thẻ được gửi qua bưu điện.",
        ),
        Task::PhotoValid => ("Ảnh của bạn còn dùng được", "Trong 6 tháng sau khi chụp ({date})."),
        Task::ReceiveNotice => (
            "Dự kiến nhận giấy báo cấp thẻ",
            "Khoảng một tháng sau khi bạn nộp đơn ({date}); ở một số thành phố có thể đến 2 tháng.",
        ),
        Task::ReceiveExpressCard => (
            "Dự kiến nhận thẻ cấp nhanh qua bưu điện",
            "Khoảng một tuần sau khi bạn nộp đơn ({date}): sớm nhất 5 ngày, chậm nhất 2 tuần. Thẻ được gửi qua bưu điện đến địa chỉ bạn đã đăng ký.",
        ),
        Task::CollectCard => (
            "Nhận thẻ",
            "Chậm nhất vào ngày in trên bưu thiếp của bạn ({date}). Thẻ đã hết hạn thì không thể giao cho bạn.",
        ),
        Task::CardExpiry => (
            "Thẻ My Number của bạn hết hạn",
            "Vào ngày in trên thẻ ({date}). Thẻ lưu trú mới không làm thay đổi ngày này.",
        ),
        Task::RenewResidence => ("Gia hạn thời hạn lưu trú", "Từ khoảng 3 tháng trước khi hết hạn ({date})."),
        Task::ExtendCard => (
            "Gia hạn thẻ tại tòa thị chính",
            "Trước ngày in trên thẻ ({date}). Sẽ không có thông báo nhắc. Hãy gia hạn chứng thư điện tử trong cùng lần đến, rồi nhập ngày hết hạn mới của thẻ.",
        ),
        Task::MoveOutOldCity => (
            "Thông báo chuyển đi (転出届) tại thành phố cũ",
            "Từ khoảng 14 ngày trước khi bạn chuyển nhà ({date}). Cũng có thể nộp qua bưu điện, hoặc trực tuyến qua Myna Portal.",
        ),
        Task::ReportNewAddress => (
            "Khai báo địa chỉ mới (転入届) tại thành phố mới",
            "Trong vòng 14 ngày sau khi chuyển đến ({date}), và trong vòng 30 ngày kể từ ngày dự định chuyển đi nếu hạn đó đến trước. Nếu trễ hạn, thẻ sẽ mất hiệu lực.",
        ),
        Task::ContinuedUse => (
            "Tiếp tục sử dụng thẻ ở thành phố mới",
            "Trong vòng 90 ngày kể từ khi khai báo địa chỉ mới ({date}), nếu không thẻ sẽ mất hiệu lực. Thường làm ngay trong lần đến đó: mang theo thẻ và mã PIN 4 chữ số của thẻ, và mã PIN chữ ký để được cấp chứng thư chữ ký mới.",
        ),
        Task::MoveOutNotice => (
            "Thông báo chuyển đi",
            "Từ khoảng 14 ngày trước khi bạn rời Nhật ({date}). Việc này chấm dứt việc sử dụng thẻ của bạn: hãy lấy các giấy chứng nhận cần thiết trước.",
        ),
        Task::ReturnCard => (
            "Trả lại thẻ My Number",
            "Tại tòa thị chính khi bạn nộp thông báo chuyển đi, trước khi bạn rời Nhật ({date}).",
        ),
        Task::SettleNhi => (
            "Rút khỏi Bảo hiểm Y tế Quốc dân và thanh toán phí bảo hiểm",
            "Từ khoảng 2 tuần trước khi bạn rời Nhật ({date}).",
        ),
        Task::ResidentTax => (
            "Thuế cư trú: đóng xong hoặc chỉ định người đại diện nộp thuế",
            "Trước khi bạn rời Nhật ({date}).",
        ),
        Task::PensionClaim => (
            "Nếu bạn đã đóng phí từ 6 tháng trở lên: yêu cầu nhận tiền rút lương hưu một lần",
            "Trong vòng 2 năm sau khi bạn rời Nhật ({date}). Chỉ những tháng đã đóng phí mới được tính, không tính những tháng thuộc chế độ đặc biệt hoãn đóng phí cho sinh viên; hãy kiểm tra nenkin.go.jp trước khi rời Nhật.",
        ),
        Task::ReportLostResidenceCard => (
            "Báo mất thẻ lưu trú cho Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực",
            "Trong vòng 14 ngày kể từ ngày bạn phát hiện bị mất ({date}).",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "Chuyển đến: địa chỉ, bảo hiểm y tế, lương hưu",
            &[
                "Tôi từ nước ngoài đến. Tôi muốn đăng ký chuyển đến. Xin làm giúp tôi cả thủ tục tham gia Bảo hiểm Y tế Quốc dân.",
                "(Chỉ khi bạn từ 20 tuổi trở lên) Xin làm giúp tôi cả thủ tục tham gia Lương hưu Quốc dân. Tôi là sinh viên, nên tôi cũng muốn nộp đơn xin chế độ đặc biệt hoãn đóng phí lương hưu cho sinh viên.",
                "Tôi đã chuyển đến đây vào ngày {date}.",
            ],
        ),
        PhraseId::Apply => (
            "Nộp đơn làm thẻ (cấp nhanh)",
            &[
                "Tôi muốn nộp đơn xin cấp thẻ My Number.",
                "Nếu được, tôi muốn xin cấp nhanh. Tôi từ nước ngoài đến và đây là lần đầu tôi nộp thông báo chuyển đến.",
                "Tôi đã nộp thông báo chuyển đến vào ngày {date}.",
            ],
        ),
        PhraseId::Collect => (
            "Nhận thẻ",
            &[
                "Tôi đến để nhận thẻ My Number.",
                "Tôi đã mang theo giấy báo cấp thẻ và thẻ lưu trú.",
            ],
        ),
        PhraseId::Extend => (
            "Gia hạn thẻ sau khi gia hạn lưu trú",
            &[
                "Việc gia hạn thời hạn lưu trú của tôi đã được cho phép. Xin thay đổi (gia hạn) ngày hết hạn của thẻ My Number cho tôi.",
                "Thời hạn lưu trú mới của tôi kết thúc vào ngày {date}.",
                "Xin gia hạn cả chứng thư điện tử cho tôi.",
            ],
        ),
        PhraseId::MoveOut => (
            "Rời Nhật: chuyển đi, thẻ, bảo hiểm y tế",
            &[
                "Tôi sắp về nước (rời Nhật), nên tôi muốn nộp thông báo chuyển ra nước ngoài.",
                "Tôi cũng muốn trả lại thẻ My Number, rút khỏi Bảo hiểm Y tế Quốc dân và thanh toán phí bảo hiểm.",
                "Ngày tôi rời Nhật là {date}.",
            ],
        ),
        PhraseId::LostCard => (
            "Mất thẻ",
            &[
                "Tôi đã làm mất thẻ My Number. Tôi muốn được cấp thẻ mới.",
                "Tôi đã gọi đường dây hỗ trợ và đã cho tạm ngừng sử dụng thẻ.",
                "Tôi đã báo cảnh sát. Đây là số tiếp nhận.",
            ],
        ),
    };
    PhraseText { title, meanings }
}
