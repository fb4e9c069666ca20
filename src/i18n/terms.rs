//! The Japanese words a student meets on forms and signs, with their reading, and the rules and sources
//! behind each stage. Terms are shown in Japanese in every UI language; only their meaning is translated
//! (`StageText::term_meanings`, same order). Source addresses are never translated.

use crate::domain::journey::StageId;
use crate::domain::plan::Rule;

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

/// The sources of each rule, as FACTS.md's source column gives them (addresses without the scheme; "…"
/// where FACTS shortens a long path; a law's article where the rule is a law).
pub fn rule_sources(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::R1 => &[
            "Immigration Control Act 19-7",
            "Basic Resident Registration Act 30-46, 30-47",
            "osaka-u.ac.jp/en/international/inbound/support/support-office/procedure/cityhall",
        ],
        Rule::R2 => &[
            "kojinbango-card.go.jp/tsuchicard/",
            "momiji.hiroshima-u.ac.jp",
        ],
        Rule::R3 => &[
            "city.sanuki.lg.jp/kurashi/my-number/4040.html",
            "city.yaita.tochigi.jp/soshiki/simin/tokkyuuhakkou.html",
            "city.uto.kumamoto.jp/article/view/1225/11147.html",
            "city.asahikawa.hokkaido.jp/kurashi/101/110/d080751.html",
            "town.mitake.lg.jp",
        ],
        Rule::R4 => &["kojinbango-card.go.jp/apprec/abroad/procedure/photo/"],
        Rule::R5 => &[
            "kojinbango-card.go.jp/uketori/",
            "city.sanuki.lg.jp/kurashi/my-number/4040.html",
        ],
        Rule::R6 => &[
            "city.awara.lg.jp …/p015184.html",
            "city.kakogawa.lg.jp …/41174.html",
        ],
        Rule::R7 => &[
            "town.miyake.lg.jp/soshiki/10/6404.html",
            "town.nishihara.okinawa.jp/soshiki/6/8372.html",
            "city.bunkyo.lg.jp …/mynumbercard-yukokikan.html",
        ],
        Rule::R8 => &["Immigration Services Agency"],
        Rule::R9 => &[
            "city.bunkyo.lg.jp …/mynumbercard-yukokikan.html",
            "oia.hokudai.ac.jp/cier/residence/",
            "city.katsuragi.nara.jp …/7914.html",
        ],
        Rule::R10 => &[
            "city.ama.aichi.jp/kurashi/todokede/1001907/1007695.html",
            "city.edogawa.tokyo.jp/e038/kurashi/mynumber/card/gaiyo/syotetsuduki/yukokikanentyo.html",
            "town.ogawa.saitama.jp …/3103.html",
        ],
        Rule::R11 => &[
            "city.tomakomai.hokkaido.jp/kurashi/mynumber/keizoku.html",
            "city.kuwana.lg.jp",
            "city.sakata.lg.jp …/tennyusyutsu-keizoku.html",
            "city.tsugaru.aomori.jp …/1641.html",
            "city.hiroshima.lg.jp/soshiki/1021/15215.html",
        ],
        Rule::R12 => &[
            "www2.aia.pref.aichi.jp …/1-4_gaikokujintoroku.html",
            "city.kasugai.lg.jp/kurashi/todoke/1001910/1034610.html",
            "faq.myna.go.jp/faq/show/3505",
        ],
        Rule::R13 => &[
            "city.kasugai.lg.jp/kurashi/todoke/1001910/1034610.html",
            "city.koshigaya.saitama.jp …/kokugaimaina.html",
        ],
        Rule::R14 => &["global.geidai.ac.jp/inbound/life-in-japan/insurance/"],
        Rule::R15 => &[
            "nenkin.go.jp/international/english/lumpsum/lumpsum.html",
            "nenkin.go.jp/faq/jukyu/sonota-kyufu/dattai-ichiji/2020042801.html",
        ],
        Rule::R16 => &["city.higashiosaka.lg.jp/0000043347.html"],
        Rule::R17 => &["Immigration Control Act 19-12", "www2.aia.pref.aichi.jp"],
        Rule::R18 => &[
            "osaka-u.ac.jp/en/international/inbound/support/support-office/procedure/cityhall",
            "city.hiroshima.lg.jp/soshiki/1021/15215.html",
            "city.anan.tokushima.jp/docs/2021091500024/",
        ],
    }
}

/// The sources of the lost-card steps (FACTS.md, "Lost card"): help lines, police, reissue fees.
pub const LOST_CARD_SOURCES: [&str; 4] = [
    "kojinbango-card.go.jp/en-otoiawase/",
    "kojinbango-card.go.jp/pt-kofushinse-checkpoint/pt-otoiawase/",
    "city.nomi.ishikawa.jp",
    "city.matsuyama.ehime.jp/kurashi/tetsuzuki/mynumberseido/tesuryou.html",
];

/// The web address to open for a source, when it is a whole address: not a law's name, and not a path
/// FACTS.md shortens with "…" (those are shown as text to search for).
pub fn source_href(source: &str) -> Option<String> {
    let host = source.split('/').next().unwrap_or_default();
    let whole = !source.contains(char::is_whitespace) && !source.contains('…');
    (whole && host.contains('.')).then(|| format!("https://{source}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_address_opens_over_https_and_a_law_or_a_shortened_path_stays_text() {
        assert_eq!(
            source_href("kojinbango-card.go.jp/uketori/").as_deref(),
            Some("https://kojinbango-card.go.jp/uketori/")
        );
        assert_eq!(
            source_href("momiji.hiroshima-u.ac.jp").as_deref(),
            Some("https://momiji.hiroshima-u.ac.jp")
        );
        assert_eq!(source_href("city.awara.lg.jp …/p015184.html"), None);
        assert_eq!(source_href("Immigration Control Act 19-12"), None);
        assert_eq!(source_href("Immigration Services Agency"), None);
    }

    #[test]
    fn every_rule_names_its_sources_and_the_lost_card_page_the_help_line_page() {
        for rule in Rule::ALL {
            assert!(!rule_sources(rule).is_empty(), "{rule:?}");
        }
        assert!(rule_sources(Rule::R17).contains(&"Immigration Control Act 19-12"));
        assert!(LOST_CARD_SOURCES.contains(&"kojinbango-card.go.jp/en-otoiawase/"));
    }
}
