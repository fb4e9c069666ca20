//! The Japanese words a student meets on forms and signs, with their reading. They are shown in Japanese
//! in every UI language; only their meaning is translated (`StageText::term_meanings`, same order).

use crate::domain::journey::StageId;

/// A Japanese term: as written, its kana reading, and romaji for those who cannot read kana yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub ja: &'static str,
    pub kana: &'static str,
    pub romaji: &'static str,
}

/// A struct literal (not a `const fn` call) so the tables below are promoted to `'static`.
macro_rules! term {
    ($ja:expr, $kana:expr, $romaji:expr $(,)?) => {
        Term {
            ja: $ja,
            kana: $kana,
            romaji: $romaji,
        }
    };
}

/// The terms of each stage, most important first (the first is the stage's own name in Japanese).
pub fn stage_terms(stage: StageId) -> &'static [Term] {
    match stage {
        StageId::Register => &[
            term!("転入届", "てんにゅうとどけ", "tennyū todoke"),
            term!(
                "住居地の届出",
                "じゅうきょちのとどけで",
                "jūkyochi no todokede"
            ),
            term!("在留カード", "ざいりゅうカード", "zairyū kādo"),
            term!(
                "市役所 / 区役所",
                "しやくしょ / くやくしょ",
                "shiyakusho / kuyakusho"
            ),
            term!(
                "国民健康保険",
                "こくみんけんこうほけん",
                "kokumin kenkō hoken"
            ),
            term!("国民年金", "こくみんねんきん", "kokumin nenkin"),
            term!(
                "学生納付特例",
                "がくせいのうふとくれい",
                "gakusei nōfu tokurei"
            ),
        ],
        StageId::Letter => &[
            term!(
                "個人番号通知書",
                "こじんばんごうつうちしょ",
                "kojin bangō tsūchisho"
            ),
            term!("転送不要", "てんそうふよう", "tensō fuyō"),
            term!("通知カード", "つうちカード", "tsūchi kādo"),
        ],
        StageId::Apply => &[
            term!("交付申請", "こうふしんせい", "kōfu shinsei"),
            term!("特急発行", "とっきゅうはっこう", "tokkyū hakkō"),
            term!("申請書ID", "しんせいしょアイディー", "shinseisho ai-dī"),
        ],
        StageId::Notice => &[
            term!("交付通知書", "こうふつうちしょ", "kōfu tsūchisho"),
            term!("予約", "よやく", "yoyaku"),
        ],
        StageId::Collect => &[
            term!("受け取り", "うけとり", "uketori"),
            term!("暗証番号", "あんしょうばんごう", "anshō bangō"),
            term!(
                "署名用電子証明書",
                "しょめいようでんししょうめいしょ",
                "shomei-yō denshi shōmeisho"
            ),
            term!(
                "利用者証明用電子証明書",
                "りようしゃしょうめいようでんししょうめいしょ",
                "riyōsha shōmei-yō denshi shōmeisho",
            ),
        ],
        StageId::Use => &[
            term!("マイナ保険証", "マイナほけんしょう", "maina hokenshō"),
            term!("資格確認書", "しかくかくにんしょ", "shikaku kakuninsho"),
            term!(
                "住民票の写し",
                "じゅうみんひょうのうつし",
                "jūminhyō no utsushi"
            ),
            term!(
                "印鑑登録証明書",
                "いんかんとうろくしょうめいしょ",
                "inkan tōroku shōmeisho"
            ),
            term!(
                "課税・所得証明書",
                "かぜい・しょとくしょうめいしょ",
                "kazei / shotoku shōmeisho"
            ),
            term!(
                "特定在留カード",
                "とくていざいりゅうカード",
                "tokutei zairyū kādo"
            ),
        ],
        StageId::KeepValid => &[
            term!(
                "在留期間更新",
                "ざいりゅうきかんこうしん",
                "zairyū kikan kōshin"
            ),
            term!("有効期限", "ゆうこうきげん", "yūkō kigen"),
            term!("申請中", "しんせいちゅう", "shinsei-chū"),
            term!("電子証明書", "でんししょうめいしょ", "denshi shōmeisho"),
        ],
        StageId::Leave => &[
            term!("転出届", "てんしゅつとどけ", "tenshutsu todoke"),
            term!(
                "国外転出届",
                "こくがいてんしゅつとどけ",
                "kokugai tenshutsu todoke"
            ),
            term!("住民税", "じゅうみんぜい", "jūminzei"),
            term!("納税管理人", "のうぜいかんりにん", "nōzei kanrinin"),
            term!("脱退一時金", "だったいいちじきん", "dattai ichijikin"),
        ],
    }
}

/// The FACTS.md rules a stage's content and dates rest on.
pub fn stage_rules(stage: StageId) -> &'static [&'static str] {
    match stage {
        StageId::Register => &["R1", "R11"],
        StageId::Letter => &["R2"],
        StageId::Apply => &["R3", "R4"],
        StageId::Notice => &["R5"],
        StageId::Collect => &["R6"],
        StageId::Use => &["R17"],
        StageId::KeepValid => &["R7", "R8", "R9", "R10"],
        StageId::Leave => &["R12", "R13", "R14", "R15", "R16"],
    }
}

/// Official and university pages the stage's content follows (FACTS.md), without the scheme.
pub fn stage_sources(stage: StageId) -> &'static [&'static str] {
    match stage {
        StageId::Register => &[
            "osaka-u.ac.jp/en/international/inbound/support/support-office/procedure/cityhall",
            "city.tomakomai.hokkaido.jp/kurashi/mynumber/keizoku.html",
        ],
        StageId::Letter => &[
            "kojinbango-card.go.jp/tsuchicard/",
            "momiji.hiroshima-u.ac.jp",
        ],
        StageId::Apply => &[
            "kojinbango-card.go.jp/apprec/abroad/procedure/photo/",
            "city.fujimino.saitama.jp/soshikiichiran/shiminka/shiminkakari/14538.html",
        ],
        StageId::Notice => &[
            "kojinbango-card.go.jp/uketori/",
            "city.sanuki.lg.jp/kurashi/my-number/4040.html",
        ],
        StageId::Collect => &["kojinbango-card.go.jp/uketori/", "city.awara.lg.jp"],
        StageId::Use => &[
            "kojinbango-card.go.jp/en-otoiawase/",
            "city.nomi.ishikawa.jp",
            "city.kishiwada.osaka.jp",
        ],
        StageId::KeepValid => &[
            "town.miyake.lg.jp/soshiki/10/6404.html",
            "city.bunkyo.lg.jp",
            "oia.hokudai.ac.jp/cier/residence/",
            "city.ama.aichi.jp/kurashi/todokede/1001907/1007695.html",
        ],
        StageId::Leave => &[
            "www2.aia.pref.aichi.jp",
            "city.ritto.lg.jp",
            "global.geidai.ac.jp/inbound/life-in-japan/insurance/",
            "nenkin.go.jp/international/english/lumpsum/lumpsum.html",
            "city.higashiosaka.lg.jp/0000043347.html",
        ],
    }
}
