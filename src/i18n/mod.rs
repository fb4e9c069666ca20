//! Every user-facing text, one table per language.
//!
//! A language is a `Texts` value: a struct literal, so a missing or extra key is a compile error.
//! Placeholders are written `{name}` and filled with [`fill`]; `tests` checks that every language uses
//! the same placeholders as English for every key, and the same number of list entries per stage.

mod en;

use crate::domain::journey::StageId;
use crate::domain::language::Lang;

/// Declares the flat UI strings once, so the struct and the key listing used by tests cannot drift apart.
macro_rules! ui_strings {
    ($($key:ident),* $(,)?) => {
        /// Short interface strings (labels, headings, messages).
        #[derive(Debug)]
        pub struct Ui {
            $(pub $key: &'static str,)*
        }

        impl Ui {
            /// Every key with its text, for completeness and placeholder checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

ui_strings! {
    app_name,
    app_tagline,
    nav_home,
    nav_journey,
    nav_phrases,
    nav_settings,
    journey_heading,
    journey_intro,
    stage_number,
    not_found_title,
    not_found_body,
    back_home,
}

/// The texts of one stage of the journey.
#[derive(Debug)]
pub struct StageText {
    pub title: &'static str,
}

/// All texts of one language.
#[derive(Debug)]
pub struct Texts {
    pub ui: Ui,
    /// In the order of [`StageId::ALL`].
    pub stages: [StageText; 8],
}

impl Texts {
    pub fn stage(&self, stage: StageId) -> &StageText {
        // `number()` is 1..=8 by construction of StageId::ALL; `stages` has exactly 8 entries.
        &self.stages[stage.number().saturating_sub(1)]
    }
}

/// The texts for `lang`. Languages not yet translated fall back to English.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En | Lang::Ja | Lang::Zh | Lang::Vi | Lang::Ne | Lang::Ko => &en::TEXTS,
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}` placeholders in a template, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_a_title_in_every_language() {
        for lang in Lang::ALL {
            for stage in StageId::ALL {
                assert!(
                    !texts(lang).stage(stage).title.trim().is_empty(),
                    "{lang:?} {stage:?}"
                );
            }
        }
    }

    #[test]
    fn every_language_uses_the_english_placeholders() {
        let english = texts(Lang::En).ui.entries();
        for lang in Lang::ALL {
            let entries = texts(lang).ui.entries();
            assert_eq!(entries.len(), english.len());
            for ((key, text), (_, en_text)) in entries.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang:?}: {key} is empty");
                assert_eq!(placeholders(text), placeholders(en_text), "{lang:?}: {key}");
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("Stage {n} of {total}", &[("n", "3"), ("total", "8")]),
            "Stage 3 of 8"
        );
        assert_eq!(placeholders("{b} and {a}"), vec!["a", "b"]);
    }
}
