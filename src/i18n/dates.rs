//! Dates written the way each language writes them, and "in 5 days" / "3 days late" in words.

use chrono::{Datelike, NaiveDate};

use super::{fill, texts};
use crate::domain::language::Lang;

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const EN_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const JA_DAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const ZH_DAYS: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const VI_DAYS: [&str; 7] = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
const NE_DAYS: [&str; 7] = ["सोम", "मंगल", "बुध", "बिही", "शुक्र", "शनि", "आइत"];
const NE_MONTHS: [&str; 12] = [
    "जनवरी",
    "फेब्रुअरी",
    "मार्च",
    "अप्रिल",
    "मे",
    "जुन",
    "जुलाई",
    "अगस्ट",
    "सेप्टेम्बर",
    "अक्टोबर",
    "नोभेम्बर",
    "डिसेम्बर",
];
const KO_DAYS: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];
const ZH_HANT_DAYS: [&str; 7] = ["週一", "週二", "週三", "週四", "週五", "週六", "週日"];
const MY_DAYS: [&str; 7] = [
    "တနင်္လာ",
    "အင်္ဂါ",
    "ဗုဒ္ဓဟူး",
    "ကြာသပတေး",
    "သောကြာ",
    "စနေ",
    "တနင်္ဂနွေ",
];
const MY_MONTHS: [&str; 12] = [
    "ဇန်နဝါရီ",
    "ဖေဖော်ဝါရီ",
    "မတ်",
    "ဧပြီ",
    "မေ",
    "ဇွန်",
    "ဇူလိုင်",
    "ဩဂုတ်",
    "စက်တင်ဘာ",
    "အောက်တိုဘာ",
    "နိုဝင်ဘာ",
    "ဒီဇင်ဘာ",
];
const SI_DAYS: [&str; 7] = ["සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා"];
const SI_MONTHS: [&str; 12] = [
    "ජනවාරි",
    "පෙබරවාරි",
    "මාර්තු",
    "අප්‍රේල්",
    "මැයි",
    "ජූනි",
    "ජූලි",
    "අගෝස්තු",
    "සැප්තැම්බර්",
    "ඔක්තෝබර්",
    "නොවැම්බර්",
    "දෙසැම්බර්",
];
const ID_DAYS: [&str; 7] = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"];
const ID_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const BN_DAYS: [&str; 7] = ["সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি"];
const BN_MONTHS: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];

/// A language's weekday names (Monday first) and month names, as its dates use them. A language that
/// writes the month as a number has none ("").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateNames {
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
}

/// The names of `lang`. In the app they come with the language's pack (`super::pack`), like its texts, so
/// the wasm carries no language's names; native builds (tests, the pack writer) use the tables above.
pub fn names(lang: Lang) -> DateNames {
    #[cfg(target_arch = "wasm32")]
    {
        super::pack::date_names(lang).unwrap_or(DateNames {
            weekdays: [""; 7],
            months: [""; 12],
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        built_in_names(lang)
    }
}

/// The names of `lang` from the tables above: what its pack carries.
pub fn built_in_names(lang: Lang) -> DateNames {
    const NUMERIC: [&str; 12] = [""; 12];
    let (weekdays, months) = match lang {
        Lang::En => (EN_DAYS, EN_MONTHS),
        Lang::Ja => (JA_DAYS, NUMERIC),
        Lang::Zh => (ZH_DAYS, NUMERIC),
        Lang::Vi => (VI_DAYS, NUMERIC),
        Lang::Ne => (NE_DAYS, NE_MONTHS),
        Lang::Ko => (KO_DAYS, NUMERIC),
        Lang::ZhHant => (ZH_HANT_DAYS, NUMERIC),
        Lang::My => (MY_DAYS, MY_MONTHS),
        Lang::Si => (SI_DAYS, SI_MONTHS),
        Lang::Id => (ID_DAYS, ID_MONTHS),
        Lang::Bn => (BN_DAYS, BN_MONTHS),
    };
    DateNames { weekdays, months }
}

/// A calendar date with its weekday: "Tue 14 Apr 2026", "2026年4月14日(火)", "T3, 14/04/2026".
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    let names = names(lang);
    let day = names.weekdays[date.weekday().num_days_from_monday() as usize];
    let month = names.months[date.month0() as usize];
    match lang {
        Lang::En => format!("{day} {d} {month} {y}"),
        Lang::Ja => format!("{y}年{m}月{d}日({day})"),
        Lang::Zh => format!("{y}年{m}月{d}日 {day}"),
        Lang::Vi => format!("{day}, {d:02}/{m:02}/{y}"),
        Lang::Ne => format!("{day}, {d} {month} {y}"),
        Lang::Ko => format!("{y}년 {m}월 {d}일 ({day})"),
        Lang::ZhHant => format!("{y}年{m}月{d}日 {day}"),
        // Western digits, as the numbers elsewhere in the texts (and on Japanese forms).
        Lang::My => format!("{day}, {d} {month} {y}"),
        Lang::Si => format!("{y} {month} {d}, {day}"),
        Lang::Id => format!("{day}, {d} {month} {y}"),
        Lang::Bn => format!("{day}, {d} {month} {y}"),
    }
}

/// How far a date is from today, in words: "today", "tomorrow", "in 5 days", "yesterday", "3 days ago".
pub fn relative_days(lang: Lang, days: i64) -> String {
    let ui = &texts(lang).ui;
    let n = days.unsigned_abs().to_string();
    match days {
        0 => ui.rel_today.to_owned(),
        1 => ui.rel_tomorrow.to_owned(),
        -1 => ui.rel_yesterday.to_owned(),
        d if d > 1 => fill(ui.rel_in_days, &[("n", &n)]),
        _ => fill(ui.rel_days_ago, &[("n", &n)]),
    }
}

/// How late something is: "1 day late", "3 days late".
pub fn days_late(lang: Lang, days_past: i64) -> String {
    let ui = &texts(lang).ui;
    if days_past == 1 {
        ui.late_one_day.to_owned()
    } else {
        fill(ui.late_days, &[("n", &days_past.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let d = date(2026, 4, 14);
        assert_eq!(format_date(Lang::En, d), "Tue 14 Apr 2026");
        assert_eq!(format_date(Lang::Ja, d), "2026年4月14日(火)");
        assert_eq!(format_date(Lang::Zh, d), "2026年4月14日 周二");
        assert_eq!(format_date(Lang::Vi, d), "T3, 14/04/2026");
        assert_eq!(format_date(Lang::Ne, d), "मंगल, 14 अप्रिल 2026");
        assert_eq!(format_date(Lang::Ko, d), "2026년 4월 14일 (화)");
        assert_eq!(format_date(Lang::ZhHant, d), "2026年4月14日 週二");
        assert_eq!(format_date(Lang::My, d), "အင်္ဂါ, 14 ဧပြီ 2026");
        assert_eq!(format_date(Lang::Si, d), "2026 අප්‍රේල් 14, අඟහරුවාදා");
        assert_eq!(format_date(Lang::Id, d), "Sel, 14 Apr 2026");
        assert_eq!(format_date(Lang::Bn, d), "মঙ্গল, 14 এপ্রিল 2026");
        assert_eq!(format_date(Lang::En, date(2028, 2, 29)), "Tue 29 Feb 2028");
        assert_eq!(format_date(Lang::En, date(2026, 11, 29)), "Sun 29 Nov 2026");
    }

    #[test]
    fn a_language_that_names_its_months_names_all_twelve_and_every_weekday() {
        for lang in Lang::ALL {
            let names = built_in_names(lang);
            assert!(
                names.weekdays.iter().all(|n| !n.trim().is_empty()),
                "{lang:?}"
            );
            let named = names.months.iter().filter(|n| !n.trim().is_empty()).count();
            assert!(named == 0 || named == 12, "{lang:?}: {named} month names");
            assert!(
                format_date(lang, date(2026, 4, 14)).contains(names.months[3]),
                "{lang:?}: April's name is used"
            );
        }
    }

    #[test]
    fn distances_read_as_words() {
        assert_eq!(relative_days(Lang::En, 0), "today");
        assert_eq!(relative_days(Lang::En, 1), "tomorrow");
        assert_eq!(relative_days(Lang::En, 5), "in 5 days");
        assert_eq!(relative_days(Lang::En, -1), "yesterday");
        assert_eq!(relative_days(Lang::En, -3), "3 days ago");
        assert_eq!(days_late(Lang::En, 1), "1 day late");
        assert_eq!(days_late(Lang::En, 3), "3 days late");
    }
}
