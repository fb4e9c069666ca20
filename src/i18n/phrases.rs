//! Phrase cards to show counter staff: short polite Japanese sentences, a romaji line to say them, and
//! their meaning in the user's language (`Texts::phrase`, one meaning per sentence, same order).

use chrono::{Datelike, NaiveDate};

use super::dates::format_date;
use super::{fill, texts};
use crate::domain::language::Lang;
use crate::domain::milestones::{MilestoneField, Milestones};
// The cards' identities are the domain's (routes name them); the language tables import them from here.
pub use crate::domain::phrase::PhraseId;

/// A Japanese sentence. With `date`, it names one of the user's dates (`{date}`) and is shown only once
/// that date is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub ja: &'static str,
    pub romaji: &'static str,
    pub date: Option<MilestoneField>,
}

macro_rules! sentence {
    ($ja:expr, $romaji:expr) => {
        Sentence {
            ja: $ja,
            romaji: $romaji,
            date: None,
        }
    };
    ($ja:expr, $romaji:expr, $field:expr) => {
        Sentence {
            ja: $ja,
            romaji: $romaji,
            date: Some($field),
        }
    };
}

pub fn sentences(card: PhraseId) -> &'static [Sentence] {
    match card {
        PhraseId::MoveIn => &[
            sentence!(
                "海外から来ました。転入の手続きをお願いします。国民健康保険の手続きもお願いします。",
                "Kaigai kara kimashita. Tennyū no tetsuzuki o onegai shimasu. Kokumin kenkō hoken no tetsuzuki mo onegai shimasu."
            ),
            // National Pension is for ages 20 to 59: a sentence of its own, marked "20 or over" in its meaning.
            sentence!(
                "国民年金の手続きもお願いします。学生なので、学生納付特例の申請もお願いします。",
                "Kokumin nenkin no tetsuzuki mo onegai shimasu. Gakusei na node, gakusei nōfu tokurei no shinsei mo onegai shimasu."
            ),
            sentence!("{date}に引っ越してきました。", "{date} ni hikkoshite kimashita.", MilestoneField::MovedIn),
        ],
        PhraseId::Apply => &[
            sentence!(
                "マイナンバーカードの交付申請をしたいです。",
                "Mainanbā kādo no kōfu shinsei o shitai desu."
            ),
            // Express issuance is for the first registration after arriving from abroad (R3).
            sentence!(
                "できれば特急発行をお願いします。海外から来て、初めて転入届を出しました。",
                "Dekireba tokkyū hakkō o onegai shimasu. Kaigai kara kite, hajimete tennyū todoke o dashimashita."
            ),
            sentence!("{date}に転入届を出しました。", "{date} ni tennyū todoke o dashimashita.", MilestoneField::Registered),
        ],
        PhraseId::Collect => &[
            sentence!(
                "マイナンバーカードを受け取りに来ました。",
                "Mainanbā kādo o uketori ni kimashita."
            ),
            sentence!(
                "交付通知書と在留カードを持ってきました。",
                "Kōfu tsūchisho to zairyū kādo o motte kimashita."
            ),
        ],
        PhraseId::Extend => &[
            sentence!(
                "在留期間の更新が許可されました。マイナンバーカードの有効期限の変更（延長）をお願いします。",
                "Zairyū kikan no kōshin ga kyoka saremashita. Mainanbā kādo no yūkō kigen no henkō (enchō) o onegai shimasu."
            ),
            sentence!(
                "新しい在留期間の満了日は{date}です。",
                "Atarashii zairyū kikan no manryōbi wa {date} desu.",
                MilestoneField::ResidenceExpiry
            ),
            // R10: extending the card does not extend its certificates.
            sentence!(
                "電子証明書の更新もお願いします。",
                "Denshi shōmeisho no kōshin mo onegai shimasu."
            ),
        ],
        PhraseId::MoveOut => &[
            sentence!(
                "帰国する（日本を出る）ので、国外転出届を出したいです。",
                "Kikoku suru (Nihon o deru) node, kokugai tenshutsu todoke o dashitai desu."
            ),
            sentence!(
                "マイナンバーカードの返納もお願いします。国民健康保険の資格喪失（脱退）と保険料の精算もお願いします。",
                "Mainanbā kādo no hennō mo onegai shimasu. Kokumin kenkō hoken no shikaku sōshitsu (dattai) to hokenryō no seisan mo onegai shimasu."
            ),
            sentence!("出国日は{date}です。", "Shukkoku-bi wa {date} desu.", MilestoneField::Departure),
        ],
        PhraseId::LostCard => &[
            sentence!(
                "マイナンバーカードをなくしました。再交付をお願いします。",
                "Mainanbā kādo o nakushimashita. Saikōfu o onegai shimasu."
            ),
            sentence!(
                "コールセンターに電話して、カードの利用を止めてもらいました。",
                "Kōru sentā ni denwa shite, kādo no riyō o tomete moraimashita."
            ),
            sentence!(
                "警察に遺失届を出しました。これが受理番号です。",
                "Keisatsu ni ishitsu todoke o dashimashita. Kore ga juri bangō desu."
            ),
        ],
    }
}

/// A date as Japanese forms write it: 2026年4月1日.
pub fn japanese_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// A date as it is said in Japanese, in romaji: "nisen nijūroku-nen shi-gatsu tsuitachi" (2026年4月1日),
/// with the irregular readings of months and days. Years outside 2000–2099 are given as digits.
pub fn romaji_date(date: NaiveDate) -> String {
    const ONES: [&str; 10] = [
        "", "ichi", "ni", "san", "yon", "go", "roku", "nana", "hachi", "kyū",
    ];
    const MONTHS: [&str; 12] = [
        "ichi", "ni", "san", "shi", "go", "roku", "shichi", "hachi", "ku", "jū", "jūichi", "jūni",
    ];
    const DAYS: [&str; 31] = [
        "tsuitachi",
        "futsuka",
        "mikka",
        "yokka",
        "itsuka",
        "muika",
        "nanoka",
        "yōka",
        "kokonoka",
        "tōka",
        "jūichi-nichi",
        "jūni-nichi",
        "jūsan-nichi",
        "jūyokka",
        "jūgo-nichi",
        "jūroku-nichi",
        "jūshichi-nichi",
        "jūhachi-nichi",
        "jūku-nichi",
        "hatsuka",
        "nijūichi-nichi",
        "nijūni-nichi",
        "nijūsan-nichi",
        "nijūyokka",
        "nijūgo-nichi",
        "nijūroku-nichi",
        "nijūshichi-nichi",
        "nijūhachi-nichi",
        "nijūku-nichi",
        "sanjū-nichi",
        "sanjūichi-nichi",
    ];
    let year = match date.year() {
        2000 => "nisen".to_owned(),
        y @ 2001..=2099 => {
            let (tens, ones) = (((y - 2000) / 10) as usize, ((y - 2000) % 10) as usize);
            // 年 after 4, 7 and 9 is read yo-nen, nana-nen, kyū-nen.
            let ones = match ones {
                4 => "yo",
                n => ONES[n],
            };
            let tens = match tens {
                0 => String::new(),
                1 => "jū".to_owned(),
                t => format!("{}jū", ONES[t]),
            };
            format!("nisen {tens}{ones}")
        }
        y => y.to_string(),
    };
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    let day = DAYS.get(date.day0() as usize).copied().unwrap_or_default();
    format!("{year}-nen {month}-gatsu {day}")
}

/// A sentence ready to show, with the user's date filled in, or `None` if it needs a date not entered yet.
/// The romaji line says the date the way it is read aloud ([`romaji_date`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilledSentence {
    pub ja: String,
    pub romaji: String,
    /// Position in [`sentences`], to find its translated meaning.
    pub index: usize,
    /// The user's date the sentence names, if any.
    pub date: Option<NaiveDate>,
}

/// The meaning of a filled sentence in `lang`, with the date written the way `lang` writes dates.
pub fn meaning(lang: Lang, card: PhraseId, sentence: &FilledSentence) -> String {
    let template = texts(lang)
        .phrase(card)
        .meanings
        .get(sentence.index)
        .copied()
        .unwrap_or_default();
    match sentence.date {
        Some(d) => fill(template, &[("date", &format_date(lang, d))]),
        None => template.to_owned(),
    }
}

pub fn filled(card: PhraseId, milestones: &Milestones) -> Vec<FilledSentence> {
    sentences(card)
        .iter()
        .enumerate()
        .filter_map(|(index, s)| match s.date {
            None => Some(FilledSentence {
                ja: s.ja.to_owned(),
                romaji: s.romaji.to_owned(),
                index,
                date: None,
            }),
            Some(field) => milestones.get(field).map(|d| FilledSentence {
                ja: fill(s.ja, &[("date", &japanese_date(d))]),
                romaji: fill(s.romaji, &[("date", &romaji_date(d))]),
                index,
                date: Some(d),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_names_the_users_moving_in_date_the_japanese_way() {
        let mut m = Milestones::default();
        let without = filled(PhraseId::MoveIn, &m);
        assert_eq!(without.len(), 2, "the dated sentence waits for the date");
        m.moved_in = NaiveDate::from_ymd_opt(2026, 4, 1);
        let with = filled(PhraseId::MoveIn, &m);
        assert_eq!(with.len(), 3);
        assert_eq!(with[2].ja, "2026年4月1日に引っ越してきました。");
        assert_eq!(
            with[2].romaji,
            "nisen nijūroku-nen shi-gatsu tsuitachi ni hikkoshite kimashita."
        );
        assert_eq!(with[2].index, 2);
        assert_eq!(
            meaning(Lang::En, PhraseId::MoveIn, &with[2]),
            "I moved here on Wed 1 Apr 2026."
        );
        assert!(meaning(Lang::En, PhraseId::MoveIn, &with[0]).contains("National Health Insurance"));
    }

    #[test]
    fn the_pension_request_is_a_sentence_of_its_own_marked_20_and_over_in_every_language() {
        // National Pension is for ages 20 to 59: a student of 19 skips that one sentence.
        let [first, pension, ..] = sentences(PhraseId::MoveIn) else {
            panic!("the move-in card has at least two sentences");
        };
        assert!(!first.ja.contains("国民年金"));
        assert!(pension.ja.contains("国民年金") && pension.ja.contains("学生納付特例"));
        for lang in Lang::ALL {
            let meanings = texts(lang).phrase(PhraseId::MoveIn).meanings;
            assert!(meanings[1].contains("20"), "{lang:?}: {}", meanings[1]);
            assert!(!meanings[0].contains("20"), "{lang:?}: {}", meanings[0]);
        }
    }

    #[test]
    fn the_japanese_meaning_of_each_sentence_is_the_sentence_itself() {
        // A Japanese reader must not see two versions of one card; only a note such as （20歳以上の人だけ）
        // may come before the sentence.
        for card in PhraseId::ALL {
            let meanings = texts(Lang::Ja).phrase(card).meanings;
            for (meaning, sentence) in meanings.iter().zip(sentences(card)) {
                assert!(
                    meaning.ends_with(sentence.ja),
                    "{card:?}: {meaning} ≠ {}",
                    sentence.ja
                );
            }
        }
    }

    #[test]
    fn the_cards_use_the_words_printed_on_the_forms() {
        let all: Vec<&str> = PhraseId::ALL
            .into_iter()
            .flat_map(|card| sentences(card).iter().map(|s| s.ja))
            .collect();
        let said = |word: &str| all.iter().any(|ja| ja.contains(word));
        for word in [
            "再交付",
            "遺失届",
            "国外転出届",
            "満了日",
            "特急発行",
            "交付通知書",
        ] {
            assert!(said(word), "no card says {word}");
        }
        assert!(!said("再発行"), "the reissue form says 再交付");
    }

    #[test]
    fn dates_are_read_aloud_with_their_irregular_readings() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let cases = [
            (d(2026, 4, 1), "nisen nijūroku-nen shi-gatsu tsuitachi"),
            (d(2027, 7, 20), "nisen nijūnana-nen shichi-gatsu hatsuka"),
            (d(2024, 9, 14), "nisen nijūyo-nen ku-gatsu jūyokka"),
            (d(2029, 12, 24), "nisen nijūkyū-nen jūni-gatsu nijūyokka"),
            (d(2030, 1, 8), "nisen sanjū-nen ichi-gatsu yōka"),
            (d(2010, 10, 10), "nisen jū-nen jū-gatsu tōka"),
            (d(2003, 11, 3), "nisen san-nen jūichi-gatsu mikka"),
            (d(2000, 6, 30), "nisen-nen roku-gatsu sanjū-nichi"),
            (
                d(2099, 8, 31),
                "nisen kyūjūkyū-nen hachi-gatsu sanjūichi-nichi",
            ),
            (d(2100, 2, 9), "2100-nen ni-gatsu kokonoka"),
        ];
        for (date, said) in cases {
            assert_eq!(romaji_date(date), said, "{date}");
        }
    }

    #[test]
    fn every_card_has_japanese_and_romaji_and_a_stable_slug() {
        for card in PhraseId::ALL {
            assert!(!sentences(card).is_empty());
            for s in sentences(card) {
                assert!(s.ja.chars().any(|c| c > '\u{3000}'), "{card:?} {}", s.ja);
                assert!(
                    s.romaji.is_ascii()
                        || s.romaji
                            .chars()
                            .all(|c| c.is_alphanumeric() || c.is_ascii())
                );
                assert_eq!(s.ja.contains("{date}"), s.date.is_some());
                assert_eq!(s.romaji.contains("{date}"), s.date.is_some());
            }
            assert_eq!(PhraseId::from_slug(card.slug()), Some(card));
        }
    }

    #[test]
    fn every_card_has_at_most_4_sentences_so_each_can_be_hidden() {
        // style/components.css hides sentence i with ".hide-i .si" for i in 0..4 (ui::phrases).
        for card in PhraseId::ALL {
            assert!(sentences(card).len() <= 4, "{card:?}");
        }
    }
}
