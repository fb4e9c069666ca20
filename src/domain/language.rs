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
    /// Burmese (Myanmar).
    My,
    /// Sinhala.
    Si,
    /// Indonesian.
    Id,
    /// Bengali.
    Bn,
    /// Chinese in traditional characters (Taiwan, Hong Kong).
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Ja,
        Lang::Zh,
        Lang::ZhHant,
        Lang::Vi,
        Lang::Ne,
        Lang::Ko,
        Lang::My,
        Lang::Si,
        Lang::Id,
        Lang::Bn,
    ];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh-Hans",
            Lang::Vi => "vi",
            Lang::Ne => "ne",
            Lang::Ko => "ko",
            Lang::My => "my",
            Lang::Si => "si",
            Lang::Id => "id",
            Lang::Bn => "bn",
            Lang::ZhHant => "zh-Hant",
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
            Lang::My => "မြန်မာ",
            Lang::Si => "සිංහල",
            Lang::Id => "Bahasa Indonesia",
            Lang::Bn => "বাংলা",
            Lang::ZhHant => "中文（繁體）",
        }
    }

    /// Whether the texts are a machine translation not yet reviewed by a native speaker: every language
    /// but English, the source, for now. Such a language says so, in itself and in English.
    pub fn is_machine_translated(self) -> bool {
        self != Lang::En
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first of the device's preferred languages (`navigator.languages`) that we speak, else English.
    /// Matching is on the primary subtag, except for Chinese: a traditional script (`zh-Hant`) or a region
    /// that writes it (`zh-TW`, `zh-HK`, `zh-MO`) gets traditional characters, any other `zh` simplified.
    /// `in` is the old code for Indonesian that some Android versions still report.
    pub fn best_match<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let mut subtags = tag.split(['-', '_']).map(|s| s.trim().to_ascii_lowercase());
                let primary = subtags.next()?;
                match primary.as_str() {
                    "en" => Some(Lang::En),
                    "ja" => Some(Lang::Ja),
                    "zh" if subtags.any(|s| matches!(s.as_str(), "hant" | "tw" | "hk" | "mo")) => {
                        Some(Lang::ZhHant)
                    }
                    "zh" => Some(Lang::Zh),
                    "vi" => Some(Lang::Vi),
                    "ne" => Some(Lang::Ne),
                    "ko" => Some(Lang::Ko),
                    "my" => Some(Lang::My),
                    "si" => Some(Lang::Si),
                    "id" | "in" => Some(Lang::Id),
                    "bn" => Some(Lang::Bn),
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
            (&["zh_TW"], Lang::ZhHant),
            (&["zh-TW"], Lang::ZhHant),
            (&["zh-HK"], Lang::ZhHant),
            (&["zh-Hant"], Lang::ZhHant),
            (&["zh-Hant-TW"], Lang::ZhHant),
            (&["zh-Hans"], Lang::Zh),
            (&["zh-SG"], Lang::Zh),
            (&["zh-CN"], Lang::Zh),
            (&["zh"], Lang::Zh),
            (&["my-MM"], Lang::My),
            (&["si-LK"], Lang::Si),
            (&["id-ID"], Lang::Id),
            (&["in-ID"], Lang::Id),
            (&["bn-BD"], Lang::Bn),
            (&["bn-IN"], Lang::Bn),
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
    fn every_translation_says_it_is_a_machine_translation_until_reviewed() {
        assert!(!Lang::En.is_machine_translated());
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            assert!(lang.is_machine_translated(), "{lang:?}");
        }
    }

    #[test]
    fn language_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
