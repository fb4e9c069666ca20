//! Suspending a lost My Number Card: which help line answers the reader's language, and when (FACTS, "Lost
//! card"). The foreign-language line 0120-0178-27 is not 24 hours in every language, so the app never
//! says "24 hours" for it without naming the languages.

use super::language::Lang;

/// When the foreign-language line answers in a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineHours {
    /// 24 hours, every day: English, Chinese, Korean, Spanish, Portuguese (and the Japanese line).
    AllDay,
    /// Daytime only: Vietnamese, Nepali, Thai, Indonesian, Tagalog.
    Daytime,
    /// The language is not among those FACTS lists for the line (Burmese, Sinhala, Bengali): the reader
    /// is told which languages it answers in, and when.
    NotListed,
}

/// The hours that apply to a reader of `lang`. A Japanese reader calls the Japanese line, 24 hours.
pub fn line_hours(lang: Lang) -> LineHours {
    match lang {
        Lang::En | Lang::Zh | Lang::ZhHant | Lang::Ko | Lang::Ja => LineHours::AllDay,
        Lang::Vi | Lang::Ne | Lang::Id => LineHours::Daytime,
        Lang::My | Lang::Si | Lang::Bn => LineHours::NotListed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nepali_and_vietnamese_readers_learn_the_line_answers_them_in_the_daytime_only() {
        assert_eq!(line_hours(Lang::Ne), LineHours::Daytime);
        assert_eq!(line_hours(Lang::Vi), LineHours::Daytime);
    }

    #[test]
    fn english_chinese_and_korean_are_answered_24_hours_and_japanese_has_its_own_24_hour_line() {
        for lang in [Lang::En, Lang::Zh, Lang::ZhHant, Lang::Ko, Lang::Ja] {
            assert_eq!(line_hours(lang), LineHours::AllDay, "{lang:?}");
        }
    }

    #[test]
    fn indonesian_is_answered_in_the_daytime_and_burmese_sinhala_and_bengali_are_not_listed() {
        assert_eq!(line_hours(Lang::Id), LineHours::Daytime);
        for lang in [Lang::My, Lang::Si, Lang::Bn] {
            assert_eq!(line_hours(lang), LineHours::NotListed, "{lang:?}");
        }
    }
}
