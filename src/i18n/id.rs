//! Indonesian (Bahasa Indonesia). Machine translation by an AI model from the English (en.rs); needs review by a native speaker.

use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::plan::{Rule, Task};

pub static TEXTS: Texts = Texts {
    rules: table!(rule, Rule::ALL),
    tasks: table!(task, Task::ALL),
    phrases: table!(phrase, PhraseId::ALL),
    ui: Ui {
        app_name: "Panduan My Number",
        app_tagline: "Kartu My Number Anda, langkah demi langkah",
        boot_lead: "Dari mendaftarkan alamat sampai meninggalkan Jepang: apa yang harus dibawa, apa yang terjadi di loket, tenggat waktu yang dihitung dari tanggal-tanggal Anda, dan kalimat bahasa Jepang untuk ditunjukkan kepada petugas. Bisa dipakai tanpa internet.",
        nav_label: "Menu utama",
        nav_home: "Beranda",
        nav_phrases: "Frasa",
        nav_settings: "Pengaturan",
        home_title: "Kartu My Number Anda",
        next_heading: "Langkah berikutnya",
        next_all_done: "Saat ini tidak ada yang jatuh tempo. Masukkan tanggal baru begitu sesuatu terjadi.",
        start_title: "Mulai di sini",
        start_body: "Masukkan tanggal Anda mulai tinggal di alamat Anda di Jepang. Aplikasi lalu menghitung tenggat waktu Anda.",
        start_action: "Masukkan tanggal pindah masuk",
        open_stage: "Buka langkah ini",
        countdown_heading: "Meninggalkan Jepang",
        countdown_days: "{n} hari lagi sebelum Anda berangkat",
        countdown_one_day: "1 hari lagi sebelum Anda berangkat",
        countdown_today: "Anda berangkat hari ini",
        countdown_past: "Anda sudah berangkat {n} hari yang lalu",
        countdown_leaving_on: "Keberangkatan: {date}",
        countdown_tasks_heading: "Sebelum dan sesudah Anda berangkat",
        timeline_heading: "Perjalanan Anda",
        status_done: "Selesai",
        status_waiting: "Perlu tanggal",
        status_upcoming: "Akan datang",
        status_due_soon: "Segera jatuh tempo",
        status_late: "Terlambat",
        mark_done: "Sudah saya lakukan",
        waiting_for: "Menunggu: “{field}”.",
        rel_today: "hari ini",
        rel_tomorrow: "besok",
        rel_yesterday: "kemarin",
        rel_in_days: "{n} hari lagi",
        rel_days_ago: "{n} hari yang lalu",
        late_one_day: "Terlambat 1 hari",
        late_days: "Terlambat {n} hari",
        when_by: "paling lambat {date}",
        when_between: "{from} – {to}",
        when_on: "pada {date}",
        stage_step: "Langkah {n} dari {total}",
        stage_terms_heading: "Istilah Jepang yang akan Anda lihat",
        stage_dates_heading: "Tanggal Anda",
        stage_plan_heading: "Tanggal yang dihitung untuk Anda",
        stage_bring_heading: "Yang harus dibawa",
        stage_todo_heading: "Daftar periksa",
        stage_counter_heading: "Di loket",
        stage_tips_heading: "Perlu diketahui",
        stage_sources_heading: "Aturan dan sumber",
        stage_rules: "Aturan: {rules}",
        sources_checked: "Diperiksa November 2026. Biaya, jam buka, dan sistem reservasi berbeda di tiap kota: jika ragu, tanyakan ke balai kota Anda.",
        prev_stage: "Langkah sebelumnya",
        next_stage: "Langkah berikutnya",
        clear_date: "Hapus",
        field_moved_in: "Saya pindah masuk pada",
        field_registered: "Saya mendaftarkan alamat pada",
        field_letter_received: "Surat pemberitahuan tiba pada",
        field_photo_taken: "Foto saya diambil pada",
        field_applied: "Saya mengajukan permohonan pada",
        field_application_method: "Cara saya mengajukan",
        field_notice_received: "Kartu pos tiba pada",
        field_collection_deadline: "Batas pengambilan yang tercetak di kartu pos",
        field_card_collected: "Saya mengambil kartu pada",
        field_card_expiry: "Tanggal kedaluwarsa yang tercetak di Kartu My Number saya",
        field_residence_expiry: "Kartu Penduduk saya berakhir pada",
        field_departure: "Saya berencana meninggalkan Jepang pada",
        field_move_out_planned: "Saya pindah keluar dari kota lama pada",
        field_moved_within_japan: "Saya pindah ke kota lain di Jepang pada",
        field_reported_new_address: "Saya melaporkan alamat baru pada",
        field_residence_card_lost: "Saya mengetahui Kartu Penduduk saya hilang pada",
        registration_question: "Apakah ini pendaftaran alamat pertama Anda setelah datang dari luar negeri?",
        registration_first: "Ya, yang pertama setelah tiba di Jepang",
        registration_move: "Tidak, ini setelah pindah di dalam Jepang",
        express_no_notice: "Anda mengajukan penerbitan ekspres (特急発行): tidak ada kartu pos. Kartu dikirim lewat pos ke alamat terdaftar Anda.",
        express_by_mail: "Penerbitan ekspres (特急発行): tidak ada kartu pos dan tidak ada pengambilan di loket. Kartu dikirim lewat pos ke alamat terdaftar Anda, biasanya sekitar seminggu setelah Anda mengajukan (5 hari sampai 2 minggu). Masukkan tanggal kartu tiba di bawah.",
        collect_guide: "Patokan: 1 bulan setelah kartu pos tiba ({date}), seperti yang dicetak sebagian kota. Masukkan tanggal yang tercetak di kartu pos Anda.",
        collect_by_stay_end: "Sebelum masa tinggal Anda berakhir ({date}): kartu yang masa berlakunya sudah lewat tidak dapat diserahkan.",
        report_by_move_out: "Dalam 30 hari sejak tanggal rencana pindah keluar Anda ({date}); batas ini jatuh lebih awal daripada 14 hari setelah pindah masuk. Jika terlewat, kartu menjadi tidak berlaku.",
        continued_from_move: "Dalam 90 hari setelah Anda melaporkan alamat baru. Sampai Anda memasukkan tanggal itu, dihitung dari tanggal pindah masuk ({date}), demi aman.",
        lost_line_all_day: "Saluran bahasa asing 0120-0178-27: 24 jam dalam bahasa Inggris, Tionghoa, Korea, Spanyol, dan Portugis. Saluran bahasa Jepang 0120-95-0178: 24 jam, setiap hari.",
        lost_line_daytime: "Saluran bahasa asing 0120-0178-27: bahasa Vietnam, Nepal, Thai, Indonesia, dan Tagalog hanya dilayani pada siang hari (bahasa Inggris, Tionghoa, Korea, Spanyol, dan Portugis 24 jam). Saluran bahasa Jepang 0120-95-0178: 24 jam, setiap hari.",
        lost_line_not_listed: "Saluran bahasa asing 0120-0178-27: bahasa Anda tidak termasuk dalam daftarnya. Saluran ini melayani bahasa Inggris, Tionghoa, Korea, Spanyol, dan Portugis 24 jam, serta bahasa Vietnam, Nepal, Thai, Indonesia, dan Tagalog hanya pada siang hari. Saluran bahasa Jepang 0120-95-0178: 24 jam, setiap hari.",
        method_unset: "Pilih…",
        method_online: "Online (ponsel pintar atau PC)",
        method_mail: "Lewat pos",
        method_photo_booth: "Mesin foto otomatis (photo booth)",
        method_counter: "Di loket balai kota",
        method_express: "Penerbitan ekspres (特急発行)",
        err_empty: "Masukkan tanggal.",
        err_malformed: "Masukkan tanggal lengkap (hari, bulan, dan tahun).",
        err_no_such_day: "Tanggal itu tidak ada di kalender.",
        err_out_of_range: "Masukkan tahun antara 1990 dan 2100.",
        err_in_future: "Tanggal ini ada di masa depan. Masukkan setelah hal itu terjadi.",
        err_before: "Tanggal ini tidak boleh sebelum “{other}” ({date}). Periksa kedua tanggal.",
        storage_unavailable: "Browser ini tidak mengizinkan aplikasi menyimpan data. Semua fitur tetap berfungsi, tetapi tanggal dan centang Anda akan hilang saat aplikasi ditutup.",
        storage_full: "Tidak dapat menyimpan: penyimpanan perangkat Anda penuh. Perubahan terakhir Anda tidak tersimpan.",
        storage_failed: "Perubahan terakhir Anda tidak dapat disimpan.",
        settings_title: "Pengaturan",
        language_heading: "Bahasa",
        privacy_heading: "Privasi",
        privacy_body: "Semua yang Anda masukkan tetap berada di perangkat ini. Aplikasi tidak mengirim apa pun ke mana pun, tidak memakai analitik, dan tidak pernah meminta atau menyimpan My Number 12 digit Anda.",
        backup_heading: "Cadangan",
        backup_body: "Simpan tanggal dan centang Anda sebagai file, atau pulihkan dari file cadangan (misalnya di ponsel baru).",
        export_button: "Ekspor cadangan",
        import_label: "Pulihkan dari file cadangan",
        import_preview: "Tanggal dalam cadangan ini: {dates}. Item yang dicentang: {ticks}. Data ini akan menggantikan isi aplikasi sekarang.",
        import_confirm: "Ganti dengan cadangan ini",
        import_cancel: "Batal",
        import_done: "Cadangan sudah dipulihkan.",
        import_err_too_big: "File ini terlalu besar untuk sebuah cadangan.",
        import_err_not_json: "File ini bukan cadangan (bukan JSON). Tidak ada yang diubah.",
        import_err_not_ours: "File ini bukan cadangan Panduan My Number, atau file ini rusak. Tidak ada yang diubah.",
        import_err_future: "Cadangan ini berasal dari versi aplikasi yang lebih baru. Perbarui aplikasi, lalu coba lagi. Tidak ada yang diubah.",
        import_err_bad_date: "Cadangan ini berisi tanggal yang mustahil pada “{field}”. Tidak ada yang diubah.",
        import_err_read: "File tidak dapat dibaca. Tidak ada yang diubah.",
        reset_heading: "Mulai dari awal",
        reset_body: "Hapus semua tanggal, centang, dan pengaturan Anda dari perangkat ini.",
        reset_button: "Hapus semuanya",
        reset_confirm: "Yakin ingin menghapus semuanya? Ini tidak dapat dibatalkan. Jika ragu, ekspor cadangan terlebih dahulu.",
        reset_yes: "Ya, hapus semuanya",
        reset_done: "Semuanya sudah dihapus.",
        storage_unreadable: "Progres tersimpan Anda tidak dapat dibaca. Data itu disisihkan tanpa diubah, dan aplikasi dimulai dalam keadaan kosong. Anda dapat mengekspor data lama dari Pengaturan.",
        storage_unreadable_export: "Ekspor data yang tidak terbaca",
        storage_future: "Progres tersimpan Anda berasal dari versi aplikasi yang lebih baru. Data itu dibiarkan apa adanya; versi ini tidak akan menimpanya.",
        lang_missing: "{language} tidak dapat diunduh: perlu koneksi internet satu kali. Sampai saat itu aplikasi tampil dalam bahasa Inggris.",
        lang_retry: "Coba lagi",
        machine_translation: "This translation was made by a machine and has not yet been checked by a native speaker.", // TRANSLATE
        switch_to_english: "Show in English", // TRANSLATE
        panic_title: "Terjadi kesalahan",
        panic_body: "Aplikasi mengalami error. Progres tersimpan Anda aman. Anda dapat mengekspor cadangan, lalu memuat ulang.",
        panic_reload: "Muat ulang",
        update_ready: "Versi baru sudah siap",
        update_reload: "Muat ulang",
        offline_badge: "Offline — semua fitur tetap berfungsi",
        phrases_title: "Frasa untuk di loket",
        phrases_intro: "Tunjukkan ini kepada petugas. Buka kartu untuk menampilkannya dengan huruf besar.",
        phrase_close: "Tutup",
        phrase_say: "Cara mengucapkan",
        phrase_meaning: "Arti",
        help_heading: "Bantuan dalam bahasa Anda",
        help_body: "Layanan bantuan Kartu My Number (bahasa asing): jam layanannya berbeda antarhalaman bahasa, jadi lihat kojinbango-card.go.jp/en-otoiawase/ untuk jam yang berlaku saat ini. Kartu hilang: segera telepon untuk memblokirnya.",
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
        not_found_title: "Halaman tidak ditemukan",
        not_found_body: "Halaman ini tidak ada di aplikasi.",
        back_home: "Kembali ke beranda",
    },
    stages: [
        StageText {
            title: "Daftarkan alamat Anda",
            what: "Dalam 14 hari setelah pindah masuk, laporkan alamat baru Anda di balai kota (市役所) atau kantor distrik (区役所). Dengan ini Anda menjadi penduduk terdaftar, dan inilah yang memulai My Number Anda: surat berisi nomor Anda dikirim ke alamat ini. Hanya pendaftaran pertama setelah datang dari luar negeri yang membuka kemungkinan penerbitan ekspres kartu.",
            term_meanings: &[
                "Pemberitahuan pindah masuk",
                "Pemberitahuan tempat tinggal (nama yang dipakai untuk penduduk asing)",
                "Kartu Penduduk (kartu izin tinggal dari imigrasi untuk warga asing)",
                "Balai kota / kantor distrik (ku)",
                "Asuransi Kesehatan Nasional",
                "Pensiun Nasional",
                "Sistem Khusus Pembayaran bagi Pelajar (iuran pensiun ditunda selama Anda belajar; bulan-bulan ini tidak dihitung untuk pembayaran sekaligus saat keluar dari pensiun)",
            ],
            bring: &[
                "Kartu Penduduk (在留カード)",
                "Paspor",
                "Kontrak sewa, jika kantor memintanya",
            ],
            todo: &[
                "Laporkan alamat Anda (転入届)",
                "Daftar Asuransi Kesehatan Nasional (国民健康保険) pada kunjungan yang sama",
                "Usia 20 sampai 59 tahun: daftar Pensiun Nasional (国民年金) dan ajukan Sistem Khusus Pembayaran bagi Pelajar (学生納付特例)",
                "Tulis nama Anda di kotak surat",
            ],
            counter: "Isi formulir pindah masuk (転入届) dan tunjukkan Kartu Penduduk (在留カード) Anda; petugas menulis alamat Anda di bagian belakang kartu. Pada kunjungan yang sama, daftarlah Asuransi Kesehatan Nasional: ini wajib bagi setiap penduduk yang tinggal lebih dari 3 bulan dan tidak ikut asuransi kesehatan dari tempat kerja, apa pun status tinggalnya (jika penghasilan Anda rendah, laporkan agar mendapat keringanan). Jika berusia 20 sampai 59 tahun, daftar juga Pensiun Nasional; di sana pelajar dapat mengajukan Sistem Khusus Pembayaran bagi Pelajar. Jam buka dan sistem reservasi berbeda di tiap kota: periksa situs web kota Anda atau tanyakan.",
            tips: &[
                "Surat berisi nomor Anda tidak diteruskan ke alamat lain (転送不要): nama Anda harus tertulis di kotak surat.",
                "Terlambat mendaftar dapat dikenai denda pidana (罰金) hingga ¥200.000 menurut undang-undang imigrasi, atau denda administratif (過料) hingga ¥50.000 menurut undang-undang pencatatan penduduk, dan status tinggal Anda dapat dicabut setelah 90 hari tanpa alamat terdaftar. Mendaftar dalam 14 hari menghindarkan Anda dari semua ini.",
                "Sistem Khusus Pembayaran bagi Pelajar harus diajukan lagi setiap tahun. Bulan-bulannya tidak dihitung untuk pembayaran sekaligus saat keluar (脱退一時金) yang dapat Anda klaim setelah meninggalkan Jepang: hanya bulan yang iurannya dibayar yang dihitung.",
                "Nanti pindah di dalam Jepang? Ada tiga langkah: pemberitahuan pindah keluar (転出届) di kota lama sebelum pindah; pemberitahuan pindah masuk (転入届) di kota baru dalam 14 hari setelah pindah masuk dan dalam 30 hari sejak tanggal rencana pindah keluar; lalu penggunaan berlanjut kartu Anda (継続利用) dalam 90 hari setelah pemberitahuan pindah masuk, biasanya pada kunjungan yang sama. Jika satu saja terlewat, kartu menjadi tidak berlaku. Masukkan tanggal-tanggalnya di bawah.",
            ],
        },
        StageText {
            title: "Surat pemberitahuan",
            what: "Sekitar 2 sampai 3 minggu setelah Anda mendaftar (beberapa universitas menyebut hingga sebulan), My Number 12 digit Anda tiba lewat pos tercatat sederhana (簡易書留). Amplopnya juga berisi formulir permohonan kartu dengan ID permohonan 23 digit dan kode QR, serta amplop balasan.",
            term_meanings: &[
                "Surat pemberitahuan Nomor Individu (My Number)",
                "Jangan diteruskan (hanya diantar ke alamat terdaftar Anda)",
                "Kartu pemberitahuan (kartu kertas lama, digantikan oleh surat ini pada 25 Mei 2020)",
            ],
            bring: &[],
            todo: &[
                "Nama tertulis di kotak surat",
                "Surat sudah diterima dan disimpan di tempat aman",
                "ID permohonan 23 digit dan kode QR di formulir sudah ditemukan",
            ],
            counter: "Tidak ada yang perlu dilakukan di loket. Jika surat belum datang sekitar sebulan setelah Anda mendaftar, tanyakan ke balai kota.",
            tips: &[
                "Surat ini bukan bukti nomor Anda dan bukan kartu identitas. Simpan baik-baik: Anda memerlukannya untuk mengajukan kartu.",
                "Jangan pernah menyimpan foto nomor Anda di tempat yang bisa dilihat orang lain. Aplikasi ini tidak pernah meminta Anda mengetik atau menyimpannya.",
                "Tidak ada di rumah saat surat datang? Kantor pos menyimpan pos tercatat (簡易書留) sekitar seminggu, lalu mengembalikannya ke balai kota, yang juga hanya menyimpannya untuk sementara waktu: segera telepon nomor yang tertera di slip pemberitahuan.",
            ],
        },
        StageText {
            title: "Ajukan permohonan kartu",
            what: "Permohonan ini gratis. Pilih satu cara: lewat ponsel pintar (pindai kode QR), lewat PC (ketik ID 23 digit), di mesin foto otomatis (photo booth), lewat pos dengan formulir dan amplop balasan, atau di loket di beberapa kota. Setelah pendaftaran pertama Anda saat datang dari luar negeri (bukan setelah pindah di dalam Jepang), Anda juga dapat meminta penerbitan ekspres ke balai kota dalam 30 hari sejak pendaftaran itu: kartu dikirim lewat pos dalam sekitar seminggu.",
            term_meanings: &[
                "Permohonan penerbitan",
                "Penerbitan ekspres (sejak 2 Desember 2024)",
                "ID permohonan 23 digit di formulir Anda",
            ],
            bring: &[
                "Foto 4,5 cm × 3,5 cm, diambil dalam 6 bulan terakhir",
                "Formulir permohonan atau ID 23 digit dari surat Anda",
            ],
            todo: &[
                "Foto sudah diambil: menghadap depan, tanpa topi, latar polos",
                "Permohonan sudah dikirim",
                "Cara dan tanggal pengajuan sudah dicatat (masukkan di bawah)",
            ],
            counter: "Permohonan online, lewat pos, dan lewat photo booth tidak perlu datang ke kantor. Penerbitan ekspres (特急発行) hanya untuk pendaftaran pertama Anda setelah datang dari luar negeri: ajukan langsung di balai kota dalam 30 hari sejak pendaftaran itu (tidak bisa diwakilkan), dengan dua kartu identitas berfoto, atau satu kartu identitas berfoto dan satu identitas lain. Anda menetapkan PIN saat mengajukan, dan kartu dikirim lewat pos ke alamat terdaftar Anda, biasanya dalam sekitar seminggu (paling cepat 5 hari, hingga 2 minggu); kartu pertama gratis. Loket mana yang menerima permohonan, dan apakah perlu reservasi, berbeda di tiap kota: tanyakan ke balai kota Anda.",
            tips: &[
                "Penutup kepala karena alasan agama atau medis (misalnya jilbab) diperbolehkan jika garis wajah Anda terlihat.",
                "Anda dapat memeriksa status permohonan secara online dengan ID 23 digit.",
                "Jika masa tinggal Anda berakhir sebelum Anda mengambil kartu, kartu tidak dapat diserahkan kepada Anda, dan kartu dibuat berdasarkan masa tinggal yang berlaku saat Anda mengajukan: jika sisa masa tinggal kurang dari sekitar sebulan, perbarui dulu masa tinggal Anda, baru ajukan permohonan.",
            ],
        },
        StageText {
            title: "Pemberitahuan penerbitan",
            what: "Sekitar sebulan setelah Anda mengajukan (1 sampai 2 bulan di beberapa kota), sebuah kartu pos tiba: pemberitahuan penerbitan. Isinya di mana dan kapan mengambil kartu, serta paling lambat tanggal berapa.",
            term_meanings: &["Pemberitahuan penerbitan (kartu pos)", "Reservasi (janji temu)"],
            bring: &[],
            todo: &[
                "Kartu pos sudah diterima",
                "Batas pengambilan yang tercetak di kartu pos sudah dimasukkan (di bawah)",
                "Sudah reservasi waktu, jika kota Anda memintanya",
            ],
            counter: "Belum ada yang perlu dilakukan di loket. Beberapa kota mengharuskan reservasi waktu untuk mengambil kartu; caranya tertulis di kartu pos.",
            tips: &[
                "Kota-kota mencetak batas pengambilan antara 1 bulan sampai sekitar 3 bulan setelah kartu pos dikirim: tanggal yang tercetak di kartu pos Anda-lah yang berlaku. Sampai Anda memasukkannya, aplikasi memakai 1 bulan, demi aman.",
                "Belum ada kartu pos 2 bulan setelah mengajukan? Tanyakan ke balai kota; aturannya berbeda di tiap kota.",
            ],
        },
        StageText {
            title: "Ambil kartu",
            what: "Ambil kartu secara langsung di tempat yang tertulis di kartu pos. Orang lain boleh mengambilkannya hanya karena sakit, disabilitas, atau alasan lain yang tidak dapat dihindari (seperti rawat inap lama di rumah sakit, kehamilan, atau studi di luar negeri; pekerjaan atau kuliah tidak termasuk). Prosesnya sekitar 30 menit, dan Anda menetapkan PIN di sana. Kartu penerbitan ekspres dikirim lewat pos sebagai gantinya.",
            term_meanings: &[
                "Pengambilan",
                "PIN (nomor sandi)",
                "Sertifikat elektronik untuk tanda tangan (PIN tanda tangan)",
                "Sertifikat elektronik untuk autentikasi pengguna (PIN 4 digit)",
            ],
            bring: &[
                "Kartu pos pemberitahuan penerbitan (交付通知書)",
                "Kartu Penduduk (在留カード), atau dua kartu identitas lain",
                "Kartu pemberitahuan lama (通知カード), jika Anda memilikinya",
            ],
            todo: &[
                "PIN tanda tangan sudah dipilih: 6 sampai 16 karakter berupa huruf kapital dan angka, minimal satu dari masing-masing",
                "PIN 4 digit sudah dipilih (untuk autentikasi pengguna, registri penduduk, dan pengisian formulir; boleh sama semua)",
                "Kartu sudah diambil: nama, alamat, dan tanggal kedaluwarsa sudah diperiksa",
            ],
            counter: "Petugas memeriksa identitas Anda, Anda mengetik PIN di terminal, lalu menerima kartu. Sediakan waktu sekitar 30 menit.",
            tips: &[
                "PIN tanda tangan terkunci setelah 5 kali salah; PIN 4 digit terkunci setelah 3 kali salah. Pilih PIN yang akan Anda ingat.",
                "Kartu yang masa berlakunya sudah lewat tidak dapat diserahkan: ambillah jauh sebelum masa tinggal Anda berakhir.",
                "Lupa PIN atau PIN terkunci? PIN 4 digit diatur ulang di balai kota (bawa kartu dan kartu identitas). PIN tanda tangan juga dapat diatur ulang di mesin beberapa konbini (minimarket) dengan aplikasi ponsel Myna Portal (マイナポータル).",
            ],
        },
        StageText {
            title: "Gunakan kartu Anda",
            what: "Kartu Anda adalah kartu identitas berfoto, kartu asuransi kesehatan Anda, dan kunci untuk layanan online serta untuk mencetak sertifikat di konbini (minimarket).",
            term_meanings: &[
                "Kartu asuransi kesehatan My Number",
                "Sertifikat konfirmasi kelayakan (yang Anda terima jika kartu Anda tidak dipakai sebagai kartu asuransi)",
                "Salinan Surat Keterangan Residen (catatan kependudukan Anda)",
                "Sertifikat pendaftaran stempel (inkan)",
                "Sertifikat pajak / penghasilan",
                "Gabungan Kartu Penduduk dan Kartu My Number (opsional; dijadwalkan mulai 14 Juni 2026: tanyakan ke imigrasi)",
            ],
            bring: &[],
            todo: &[
                "Kartu sudah didaftarkan sebagai asuransi kesehatan (alat pembaca di klinik, Myna Portal, atau ATM Seven Bank, dengan PIN 4 digit)",
                "Saya tahu siapa yang boleh meminta nomor saya, dan siapa yang tidak",
            ],
            counter: "Sebagai kartu identitas, tunjukkan hanya sisi depan. Di klinik, letakkan kartu di alat pembaca. Mesin fotokopi di konbini mencetak sertifikat dari pukul 6:30 sampai 23:00; biayanya ditetapkan oleh tiap kota, dan layanan ini tidak bisa dipakai lagi setelah pemberitahuan pindah keluar. Anda juga dapat melaporkan pajak secara online dengan e-Tax, dan memberikan nomor Anda kepada bank jika bank memintanya (saat membuka rekening, ini sukarela).",
            tips: &[
                "Hanya lembaga yang ditetapkan undang-undang yang boleh meminta nomor Anda, untuk urusan pajak, jaminan sosial, dan penanggulangan bencana: pemberi kerja, pemerintah kota, lembaga pensiun, asuransi kesehatan, dan bank untuk beberapa jenis rekening. Memberikannya kepada pihak lain dilarang, bahkan dengan persetujuan Anda.",
                "Hanya lembaga yang berwenang yang boleh memfotokopi sisi belakang kartu.",
                "Sejak 2 Desember 2024 tidak ada lagi kartu asuransi kesehatan kertas baru yang diterbitkan.",
                "Kartu hilang? Segera telepon untuk memblokirnya (nomor dan jam layanan ada di bawah), laporkan ke polisi (遺失届) dan catat nomor tanda terimanya, lalu minta kartu baru ke balai kota: ¥1.000 (¥800 tanpa sertifikat; di banyak kota gratis jika dicuri, dengan nomor laporan pencurian dari polisi), atau penerbitan ulang ekspres seharga ¥2.000 dalam 30 hari sejak laporan kehilangan di balai kota.",
                "Kartu Penduduk (在留カード) yang hilang adalah urusan terpisah: laporkan ke imigrasi dalam 14 hari sejak hari Anda mengetahuinya.",
                "Kartu My Number tidak menggantikan Kartu Penduduk: Anda tetap harus selalu membawa Kartu Penduduk.",
                "Gabungan Kartu Penduduk dan Kartu My Number (特定在留カード) dijadwalkan mulai Juni 2026: sifatnya opsional, dan dengan kartu ini pembaruan masa tinggal di imigrasi memperbarui kedua kartu. Ini belum pasti: tanyakan ke imigrasi (moj.go.jp/isa/tokutei.html).",
            ],
        },
        StageText {
            title: "Jaga agar tetap berlaku",
            what: "Bagi sebagian besar penduduk asing, kartu berlaku sampai akhir masa tinggal yang berlaku saat kartu diterbitkan atau terakhir diperpanjang: tanggal itu tercetak di kartu. Memperbarui masa tinggal di imigrasi memberi Anda Kartu Penduduk (在留カード) baru, tetapi tidak memperpanjang Kartu My Number, dan tidak ada pengingat yang dikirim. Jadi Anda punya dua tanggal: yang ada di Kartu My Number, dan yang ada di Kartu Penduduk. Masukkan keduanya.",
            term_meanings: &[
                "Pembaruan masa tinggal",
                "Tanggal kedaluwarsa",
                "Permohonan sedang diproses (cap di Kartu Penduduk)",
                "Sertifikat elektronik",
            ],
            bring: &[
                "Kartu Penduduk baru",
                "Kartu My Number",
                "PIN 4 digit Anda",
                "PIN tanda tangan Anda (6 sampai 16 karakter), untuk memperbarui sertifikat elektronik pada kunjungan yang sama",
            ],
            todo: &[
                "Sudah mengajukan pembaruan masa tinggal (bisa sejak sekitar 3 bulan sebelum berakhir)",
                "Kartu sudah diperpanjang sebelum kedaluwarsa, sertifikat elektroniknya sudah diperbarui, dan tanggal kedaluwarsa baru yang tercetak di kartu sudah dimasukkan (di atas)",
                "Tanggal berakhirnya Kartu Penduduk yang baru sudah dimasukkan (di bawah)",
            ],
            counter: "Di balai kota, mintalah perpanjangan masa berlaku kartu (gratis), dan perbarui sertifikat elektroniknya pada kunjungan yang sama: memperpanjang kartu tidak memperpanjang sertifikat, dan tanpa sertifikat itu login マイナ保険証 dan sertifikat di konbini tidak bisa dipakai. Selama permohonan pembaruan masa tinggal Anda masih diproses (cap 申請中, atau email tanda terima permohonan online), kartu dapat diperpanjang secara khusus satu kali, hingga 2 bulan; perpanjang lagi setelah Kartu Penduduk baru tiba.",
            tips: &[
                "Begitu kartu kedaluwarsa, kartu itu tidak berlaku lagi, dan kartu baru biasanya berbiaya ¥1.000 (¥800 tanpa sertifikat): tanyakan ke kota Anda.",
                "Ini tidak berlaku bagi penduduk tetap (permanent resident), Profesional Berkualifikasi Tinggi (ii) (高度専門職2号), atau penduduk tetap khusus.",
                "Sertifikat elektronik kartu berlaku sampai ulang tahun ke-5 Anda setelah penerbitan, dan bagi pemegang masa tinggal, sertifikat itu berakhir pada tanggal berakhirnya masa tinggal: perbarui saat Anda memperpanjang kartu.",
                "Dengan gabungan Kartu Penduduk dan Kartu My Number (特定在留カード, dijadwalkan mulai Juni 2026), pembaruan di imigrasi memperbarui keduanya, dan perpanjangan di balai kota tidak diperlukan: tanyakan ke imigrasi.",
            ],
        },
        StageText {
            title: "Meninggalkan Jepang",
            what: "Sebelum meninggalkan Jepang: laporkan kepindahan keluar Anda, kembalikan kartu, selesaikan urusan asuransi kesehatan dan pajak penduduk. Setelah pergi, klaim pembayaran sekaligus saat keluar dari pensiun dalam 2 tahun.",
            term_meanings: &[
                "Pemberitahuan pindah keluar",
                "Pemberitahuan pindah ke luar negeri",
                "Pajak penduduk",
                "Wakil pajak (orang yang mengurus pajak Anda di Jepang)",
                "Pembayaran sekaligus saat keluar (pensiun)",
            ],
            bring: &[
                "Kartu Penduduk",
                "資格確認書 atau 資格情報のお知らせ, jika Anda ikut Asuransi Kesehatan Nasional",
                "Kartu My Number",
            ],
            todo: &[
                "Pemberitahuan pindah keluar sudah diserahkan (sejak sekitar 14 hari sebelum keberangkatan)",
                "Kartu My Number sudah dikembalikan",
                "Sudah keluar dari Asuransi Kesehatan Nasional dan menyelesaikan premi",
                "Pajak penduduk sudah dilunasi, atau wakil pajak (納税管理人) sudah ditunjuk",
                "Kartu Penduduk sudah diserahkan di imigrasi saat keberangkatan (jika tidak kembali)",
                "Pembayaran sekaligus saat keluar sudah diklaim (dalam 2 tahun setelah pergi)",
            ],
            counter: "Di balai kota, serahkan pemberitahuan pindah keluar; kembalikan Kartu My Number Anda (bagi penduduk asing, kartu tidak berlaku lagi saat Anda pergi; beberapa kantor mengembalikannya dengan chip yang sudah dilubangi); keluar dari Asuransi Kesehatan Nasional dan selesaikan premi (pengembalian uang atau tagihan). Menyerahkan pemberitahuan itu mengakhiri penggunaan kartu Anda, sehingga マイナ保険証 dan sertifikat di konbini tidak bisa dipakai lagi: urus dulu apa yang Anda perlukan.",
            tips: &[
                "Terdaftar pada 1 Januari? Anda wajib membayar pajak penduduk tahun itu: lunasi atau tunjuk wakil pajak sebelum pergi.",
                "Pembayaran sekaligus saat keluar (脱退一時金) mensyaratkan iuran yang sudah dibayar minimal 6 bulan: bulan-bulan dalam Sistem Khusus Pembayaran bagi Pelajar (学生納付特例) atau pembebasan penuh tidak dihitung. Reformasi tahun 2025 mengubah beberapa aturan: periksa nenkin.go.jp sebelum Anda pergi.",
                "Nomor Anda tetap sama jika Anda kembali ke Jepang.",
            ],
        },
    ],
};

const fn task(task: Task) -> TaskText {
    let (title, reason) = match task {
        Task::Register => ("Daftarkan alamat Anda", "Dalam 14 hari setelah pindah masuk ({date})."),
        Task::ReceiveLetter => (
            "Surat pemberitahuan diperkirakan tiba",
            "Sekitar 2 sampai 3 minggu (hingga sebulan) setelah Anda mendaftar ({date}). Belum datang juga? Tanyakan ke balai kota.",
        ),
        Task::ExpressIssuance => (
            "Penerbitan ekspres dimungkinkan",
            "Hanya setelah pendaftaran pertama Anda saat datang dari luar negeri: langsung di balai kota, dalam 30 hari sejak pendaftaran itu ({date}). Opsional; kartu dikirim lewat pos.",
        ),
        Task::PhotoValid => ("Foto Anda dapat digunakan", "Selama 6 bulan setelah diambil ({date})."),
        Task::ReceiveNotice => (
            "Pemberitahuan penerbitan diperkirakan tiba",
            "Sekitar sebulan setelah Anda mengajukan ({date}); di beberapa kota hingga 2 bulan.",
        ),
        Task::ReceiveExpressCard => (
            "Kartu ekspres diperkirakan tiba lewat pos",
            "Sekitar seminggu setelah Anda mengajukan ({date}): paling cepat 5 hari, hingga 2 minggu. Kartu dikirim ke alamat terdaftar Anda.",
        ),
        Task::CollectCard => (
            "Ambil kartu Anda",
            "Paling lambat tanggal yang tercetak di kartu pos Anda ({date}). Kartu yang sudah kedaluwarsa tidak dapat diserahkan.",
        ),
        Task::CardExpiry => (
            "Kartu My Number Anda kedaluwarsa",
            "Tanggal yang tercetak di kartu ({date}). Kartu Penduduk baru tidak mengubahnya.",
        ),
        Task::RenewResidence => ("Perbarui masa tinggal Anda", "Sejak sekitar 3 bulan sebelum masa tinggal berakhir ({date})."),
        Task::ExtendCard => (
            "Perpanjang kartu Anda di balai kota",
            "Sebelum tanggal yang tercetak di kartu Anda ({date}). Tidak ada pengingat yang dikirim. Perbarui sertifikat elektronik pada kunjungan yang sama, lalu masukkan tanggal kedaluwarsa kartu yang baru.",
        ),
        Task::MoveOutOldCity => (
            "Pemberitahuan pindah keluar (転出届) di kota lama Anda",
            "Sejak sekitar 14 hari sebelum Anda pindah ({date}). Bisa juga lewat pos, atau online melalui Myna Portal.",
        ),
        Task::ReportNewAddress => (
            "Laporkan alamat baru Anda (転入届) di kota baru",
            "Dalam 14 hari setelah pindah masuk ({date}), dan dalam 30 hari sejak tanggal rencana pindah keluar jika batas itu jatuh lebih dulu. Jika terlewat, kartu menjadi tidak berlaku.",
        ),
        Task::ContinuedUse => (
            "Penggunaan berlanjut kartu di kota baru",
            "Dalam 90 hari setelah Anda melaporkan alamat baru ({date}); jika tidak, kartu menjadi tidak berlaku. Biasanya pada kunjungan yang sama: bawa kartu dan PIN 4 digitnya, serta PIN tanda tangan untuk sertifikat tanda tangan yang baru.",
        ),
        Task::MoveOutNotice => (
            "Pemberitahuan pindah keluar",
            "Sejak sekitar 14 hari sebelum Anda pergi ({date}). Pemberitahuan ini mengakhiri penggunaan kartu Anda: urus dulu sertifikat yang Anda perlukan.",
        ),
        Task::ReturnCard => (
            "Kembalikan Kartu My Number Anda",
            "Di balai kota saat menyerahkan pemberitahuan pindah keluar, sebelum Anda pergi ({date}).",
        ),
        Task::SettleNhi => (
            "Keluar dari Asuransi Kesehatan Nasional dan selesaikan premi",
            "Sejak sekitar 2 minggu sebelum Anda pergi ({date}).",
        ),
        Task::ResidentTax => (
            "Pajak penduduk: lunasi atau tunjuk wakil pajak",
            "Sebelum Anda pergi ({date}).",
        ),
        Task::PensionClaim => (
            "Jika Anda membayar iuran 6 bulan atau lebih: klaim pembayaran sekaligus saat keluar",
            "Dalam 2 tahun setelah Anda pergi ({date}). Hanya bulan yang iurannya dibayar yang dihitung, bukan bulan dalam sistem khusus pelajar; periksa nenkin.go.jp sebelum Anda pergi.",
        ),
        Task::ReportLostResidenceCard => (
            "Laporkan Kartu Penduduk (在留カード) yang hilang ke imigrasi",
            "Dalam 14 hari sejak hari Anda mengetahuinya ({date}).",
        ),
    };
    TaskText { title, reason }
}

const fn phrase(card: PhraseId) -> PhraseText {
    let (title, meanings): (&str, &[&str]) = match card {
        PhraseId::MoveIn => (
            "Pindah masuk: alamat, asuransi kesehatan, pensiun",
            &[
                "Saya datang dari luar negeri. Saya ingin mengurus pendaftaran pindah masuk. Tolong daftarkan saya juga ke Asuransi Kesehatan Nasional.",
                "(Hanya jika Anda berusia 20 tahun atau lebih) Tolong daftarkan saya juga ke Pensiun Nasional. Saya pelajar, jadi saya juga ingin mengajukan Sistem Khusus Pembayaran bagi Pelajar.",
                "Saya pindah ke sini pada {date}.",
            ],
        ),
        PhraseId::Apply => (
            "Mengajukan kartu (penerbitan ekspres)",
            &[
                "Saya ingin mengajukan permohonan Kartu My Number.",
                "Jika memungkinkan, saya ingin penerbitan ekspres. Saya datang dari luar negeri dan menyerahkan pemberitahuan pindah masuk untuk pertama kalinya.",
                "Saya menyerahkan pemberitahuan pindah masuk pada {date}.",
            ],
        ),
        PhraseId::Collect => (
            "Mengambil kartu",
            &[
                "Saya datang untuk mengambil Kartu My Number saya.",
                "Saya membawa pemberitahuan penerbitan dan Kartu Penduduk saya.",
            ],
        ),
        PhraseId::Extend => (
            "Memperpanjang kartu setelah memperbarui masa tinggal",
            &[
                "Pembaruan masa tinggal saya sudah disetujui. Tolong ubah (perpanjang) tanggal kedaluwarsa Kartu My Number saya.",
                "Masa tinggal saya yang baru berakhir pada {date}.",
                "Tolong perbarui juga sertifikat elektroniknya.",
            ],
        ),
        PhraseId::MoveOut => (
            "Meninggalkan Jepang: pindah keluar, kartu, asuransi kesehatan",
            &[
                "Saya akan pulang ke negara asal (meninggalkan Jepang), jadi saya ingin menyerahkan pemberitahuan pindah ke luar negeri.",
                "Saya juga ingin mengembalikan Kartu My Number saya, serta keluar dari Asuransi Kesehatan Nasional dan menyelesaikan premi.",
                "Tanggal keberangkatan saya adalah {date}.",
            ],
        ),
        PhraseId::LostCard => (
            "Kartu hilang",
            &[
                "Kartu My Number saya hilang. Saya ingin kartu baru diterbitkan.",
                "Saya sudah menelepon layanan bantuan dan kartunya sudah diblokir.",
                "Saya sudah melapor ke polisi. Ini nomor tanda terimanya.",
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
