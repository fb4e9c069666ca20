//! The languages the app speaks, and the choice of one from the device's preferences.

/// A UI language. Japanese terms are shown in Japanese whatever this is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Zh,
    Vi,
    Ne,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ja, Lang::Zh, Lang::Vi, Lang::Ne, Lang::Ko];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh-Hans",
            Lang::Vi => "vi",
            Lang::Ne => "ne",
            Lang::Ko => "ko",
        }
    }

    /// The language's name in its own script, as listed in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Zh => "中文 (简体)",
            Lang::Vi => "Tiếng Việt",
            Lang::Ne => "नेपाली",
            Lang::Ko => "한국어",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first of the device's preferred languages (`navigator.languages`) that we speak, else English.
    /// Matching is on the primary subtag: `zh-CN`, `zh-TW` and `zh-Hant` all get the simplified Chinese texts,
    /// the only Chinese we have.
    pub fn best_match<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
                match primary.as_str() {
                    "en" => Some(Lang::En),
                    "ja" => Some(Lang::Ja),
                    "zh" => Some(Lang::Zh),
                    "vi" => Some(Lang::Vi),
                    "ne" => Some(Lang::Ne),
                    "ko" => Some(Lang::Ko),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_languages_pick_the_first_one_we_speak() {
        let cases: &[(&[&str], Lang)] = &[
            (&["zh-CN"], Lang::Zh),
            (&["pt-BR"], Lang::En),
            (&["ne-NP"], Lang::Ne),
            (&["vi-VN", "en-US"], Lang::Vi),
            (&["fr-FR", "ko-KR", "ja"], Lang::Ko),
            (&["ja-JP"], Lang::Ja),
            (&["EN-gb"], Lang::En),
            (&["zh_TW"], Lang::Zh),
            (&[], Lang::En),
            (&[""], Lang::En),
        ];
        for (preferred, expected) in cases {
            assert_eq!(
                Lang::best_match(preferred.iter().copied()),
                *expected,
                "{preferred:?}"
            );
        }
    }

    #[test]
    fn language_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
