//! Every user-facing text, one table per language.
//!
//! A language is a `Texts` value: a struct literal, so a missing or extra key is a compile error.
//! Placeholders are written `{name}` and filled with [`fill`]; `tests` checks that every language uses
//! the same placeholders as English for every key, and the same number of list entries per stage.

/// Builds a language's task or phrase table from its exhaustive `const fn` match, in the order of `ALL`:
/// `table!(task, Task::ALL)`, `table!(phrase, PhraseId::ALL)`.
macro_rules! table {
    ($f:ident, $all:expr) => {{
        let mut out = [$f($all[0]); $all.len()];
        let mut i = 1;
        while i < out.len() {
            out[i] = $f($all[i]);
            i += 1;
        }
        out
    }};
}

pub mod dates;
// English is the source every language mirrors. In the app (wasm) every language, English too, is a
// language pack (`pack`): the build writes one file per language from these tables, and the app downloads
// only the one the user reads. The English table is still compiled into the app's crate (the pack reader's
// list lengths come from it, worked out by the compiler), but the app does not use its texts, so they are
// not in the wasm. Native builds (tests, the pack writer) use every table directly.
#[cfg(not(target_arch = "wasm32"))]
mod bn;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod id;
#[cfg(not(target_arch = "wasm32"))]
mod ja;
#[cfg(not(target_arch = "wasm32"))]
mod ko;
#[cfg(not(target_arch = "wasm32"))]
mod my;
#[cfg(not(target_arch = "wasm32"))]
mod ne;
pub mod pack;
pub mod phrases;
pub mod plan_text;
pub mod reminder_text;
#[cfg(not(target_arch = "wasm32"))]
mod si;
pub mod terms;
#[cfg(not(target_arch = "wasm32"))]
mod vi;
#[cfg(not(target_arch = "wasm32"))]
mod zh;
#[cfg(not(target_arch = "wasm32"))]
mod zh_hant;

use crate::domain::journey::StageId;
use crate::domain::language::Lang;
use crate::domain::plan::{Rule, Task};
use phrases::PhraseId;

/// Declares the flat UI strings once, so the struct and the key listing used by tests cannot drift apart.
macro_rules! ui_strings {
    ($($key:ident),* $(,)?) => {
        /// Short interface strings (labels, headings, messages).
        #[derive(Debug)]
        pub struct Ui {
            $(pub $key: &'static str,)*
        }

        impl Ui {
            /// The number of keys.
            pub const LEN: usize = [$(stringify!($key)),*].len();

            /// The keys, in declaration order.
            pub const KEYS: [&'static str; Self::LEN] = [$(stringify!($key)),*];

            /// The texts, in declaration order.
            pub fn texts(&self) -> [&'static str; Self::LEN] {
                [$(self.$key),*]
            }

            /// Every key with its text, in declaration order (completeness checks).
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                Self::KEYS.into_iter().zip(self.texts()).collect()
            }

            /// The strings from texts in declaration order.
            pub const fn from_texts(texts: [&'static str; Self::LEN]) -> Ui {
                let [$($key),*] = texts;
                Ui { $($key),* }
            }
        }
    };
}

ui_strings! {
    app_name,
    app_tagline,
    // The start screen of index.html (with app_tagline), shown until the app has loaded.
    boot_lead,
    nav_label,
    nav_home,
    nav_phrases,
    nav_settings,
    home_title,
    next_heading,
    next_all_done,
    start_title,
    reached_question,
    reached_note,
    reached_arrived,
    reached_registered,
    reached_letter,
    reached_applied,
    reached_card,
    said_done,
    status_later,
    coming_up_heading,
    phrase_card_link,
    method_guide_online,
    method_guide_mail,
    method_guide_photo_booth,
    method_guide_counter,
    method_guide_express,
    open_stage,
    countdown_heading,
    countdown_days,
    countdown_one_day,
    countdown_today,
    countdown_past,
    countdown_leaving_on,
    // Reminders in the phone's calendar (ui/calendar_export.rs, i18n/reminder_text.rs).
    calendar_add,
    calendar_share,
    calendar_nothing,
    calendar_hint,
    calendar_opens,
    calendar_last_day,
    timeline_heading,
    status_done,
    status_waiting,
    status_upcoming,
    status_due_soon,
    status_late,
    mark_done,
    waiting_for,
    rel_today,
    rel_tomorrow,
    rel_yesterday,
    rel_in_days,
    rel_days_ago,
    late_one_day,
    late_days,
    when_by,
    when_between,
    when_on,
    stage_step,
    stage_terms_heading,
    stage_dates_heading,
    stage_plan_heading,
    stage_bring_heading,
    stage_todo_heading,
    stage_counter_heading,
    stage_tips_heading,
    stage_sources_heading,
    stage_rules,
    sources_checked,
    prev_stage,
    next_stage,
    clear_date,
    field_moved_in,
    field_registered,
    field_letter_received,
    field_photo_taken,
    field_applied,
    field_application_method,
    field_notice_received,
    field_collection_deadline,
    field_card_collected,
    field_card_expiry,
    field_residence_expiry,
    field_departure,
    field_move_out_planned,
    field_moved_within_japan,
    field_reported_new_address,
    field_residence_card_lost,
    registration_question,
    registration_first,
    registration_move,
    express_no_notice,
    express_by_mail,
    // Reasons for a plan date that depend on which date it counts from (plan_text::reason_text).
    collect_guide,
    collect_by_stay_end,
    report_by_move_out,
    continued_from_move,
    // The lost-card lines' hours for the reader's language (domain::lost_card).
    lost_line_all_day,
    lost_line_daytime,
    lost_line_not_listed,
    method_unset,
    method_online,
    method_mail,
    method_photo_booth,
    method_counter,
    method_express,
    err_malformed,
    err_no_such_day,
    err_out_of_range,
    err_in_future,
    err_before,
    entry_check_late,
    entry_check_far,
    entry_keep,
    entry_discard,
    status_possible,
    status_closed,
    when_until,
    express_closed,
    lang_kept,
    phrase_hide,
    phrase_show_all,
    export_done,
    export_share,
    import_file_date,
    storage_unavailable,
    storage_full,
    storage_failed,
    settings_title,
    language_heading,
    privacy_heading,
    privacy_body,
    check_number_title,
    check_number_intro,
    check_number_open,
    check_number_label,
    check_number_privacy,
    check_number_ok,
    check_number_typo,
    check_number_incomplete,
    install_heading,
    install_body,
    install_button,
    install_step_share,
    install_step_add,
    install_hint_hide,
    backup_heading,
    backup_body,
    export_button,
    import_label,
    import_preview,
    import_confirm,
    import_cancel,
    import_done,
    import_err_too_big,
    import_err_not_json,
    import_err_not_ours,
    import_err_future,
    import_err_bad_date,
    import_err_read,
    reset_heading,
    reset_body,
    reset_button,
    reset_confirm,
    reset_yes,
    reset_done,
    storage_unreadable,
    storage_unreadable_export,
    storage_future,
    lang_missing,
    lang_retry,
    machine_translation,
    switch_to_english,
    panic_title,
    panic_body,
    panic_reload,
    update_ready,
    update_reload,
    offline_badge,
    phrases_title,
    phrases_intro,
    phrase_close,
    phrase_say,
    phrase_meaning,
    help_heading,
    help_body,
    // The lost-card page (/lost-card), one tap from every screen.
    lost_card_nav,
    lost_title,
    lost_suspend_heading,
    lost_line_foreign,
    lost_line_japanese,
    lost_police_heading,
    lost_police_body,
    lost_city_heading,
    lost_city_body,
    lost_express,
    lost_residence_heading,
    lost_residence_body,
    lost_residence_link,
    lost_phrase_link,
    // The sources page (/sources): every rule with its sources (`Texts::rules`).
    sources_link,
    sources_intro,
    rules_checked,
    not_found_title,
    not_found_body,
    back_home,
}

/// The texts of one stage of the journey. List lengths must match English in every language (checked by
/// tests), because checklist ticks are stored by position.
#[derive(Debug)]
pub struct StageText {
    pub title: &'static str,
    /// What the stage is, in plain words.
    pub what: &'static str,
    /// The meaning of each of [`terms::stage_terms`], in the same order.
    pub term_meanings: &'static [&'static str],
    /// What to bring: a checklist.
    pub bring: &'static [&'static str],
    /// What to do: a checklist.
    pub todo: &'static [&'static str],
    /// What happens at the counter.
    pub counter: &'static str,
    pub tips: &'static [&'static str],
}

/// A task of the date plan: its name and why its date is what it is (`{date}` = the date it counts from).
#[derive(Debug, Clone, Copy)]
pub struct TaskText {
    pub title: &'static str,
    pub reason: &'static str,
}

/// A phrase card's title and the meaning of each of its Japanese sentences ([`phrases::sentences`]).
#[derive(Debug, Clone, Copy)]
pub struct PhraseText {
    pub title: &'static str,
    pub meanings: &'static [&'static str],
}

/// All texts of one language.
#[derive(Debug)]
pub struct Texts {
    pub ui: Ui,
    /// In the order of [`Task::ALL`], built with `table!` from an exhaustive `match` per language, so a
    /// new task cannot be left untranslated.
    pub tasks: [TaskText; Task::ALL.len()],
    /// In the order of [`PhraseId::ALL`], built with `table!`.
    pub phrases: [PhraseText; PhraseId::ALL.len()],
    /// Each rule of FACTS.md in plain words, one or two sentences (the sources page). In the order of
    /// [`Rule::ALL`], built with `table!`, so a new rule cannot be left unexplained.
    pub rules: [&'static str; Rule::ALL.len()],
    /// In the order of [`StageId::ALL`].
    pub stages: [StageText; StageId::ALL.len()],
}

impl Texts {
    pub fn stage(&self, stage: StageId) -> &StageText {
        // `number()` is 1..=ALL.len() by construction of StageId::ALL, the length of `stages`.
        &self.stages[stage.number().saturating_sub(1)]
    }

    pub fn task(&self, task: Task) -> TaskText {
        Task::ALL
            .iter()
            .position(|t| *t == task)
            .and_then(|i| self.tasks.get(i).copied())
            .unwrap_or(TaskText {
                title: "",
                reason: "",
            })
    }

    pub fn rule(&self, rule: Rule) -> &'static str {
        Rule::ALL
            .iter()
            .position(|r| *r == rule)
            .and_then(|i| self.rules.get(i).copied())
            .unwrap_or_default()
    }

    pub fn phrase(&self, card: PhraseId) -> PhraseText {
        PhraseId::ALL
            .iter()
            .position(|c| *c == card)
            .and_then(|i| self.phrases.get(i).copied())
            .unwrap_or(PhraseText {
                title: "",
                meanings: &[],
            })
    }
}

/// The texts for `lang`.
///
/// In the app (wasm) a language is there once its pack is installed ([`pack::install`]); until then these
/// are the texts of the language [`shown`] instead, and before any pack is installed, [`built_in_english`]. Native
/// builds (tests, the pack writer) have every table built in.
pub fn texts(lang: Lang) -> &'static Texts {
    #[cfg(target_arch = "wasm32")]
    {
        pack::installed(shown(lang)).unwrap_or(&BUILT_IN)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        built_in(lang)
    }
}

/// The language `lang`'s texts are shown in: `lang` once its texts are here; until then English if its
/// pack is installed, else the first language installed (the app starts only once one is).
pub fn shown(lang: Lang) -> Lang {
    if is_available(lang) {
        lang
    } else {
        pack::fallback().unwrap_or(Lang::En)
    }
}

/// Whether `lang`'s texts are ready to show.
pub fn is_available(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || pack::installed(lang).is_some()
}

/// The English table, which every language pack mirrors. The app itself does not use it (its English is a
/// pack too); tests and the pack writer do.
pub fn english() -> &'static Texts {
    &en::TEXTS
}

/// The English texts the app has whatever packs are installed: in the app (wasm) only those of the error
/// screen, of the start screen's notice when no pack can be downloaded (`crate::start`), and of the note
/// under a machine translation (its English line and its button); every other text is empty there. Native
/// builds have the whole English table.
pub fn built_in_english() -> &'static Texts {
    #[cfg(target_arch = "wasm32")]
    {
        &BUILT_IN
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        &en::TEXTS
    }
}

/// The English texts the app always has, before and beside any language pack (see [`built_in_english`]).
/// Every other text is empty: the app's screens are built only once a pack is installed. Only these few
/// English strings are in the wasm.
#[cfg(any(target_arch = "wasm32", test))]
static BUILT_IN: Texts = {
    const NO_STAGE: StageText = StageText {
        title: "",
        what: "",
        term_meanings: &[],
        bring: &[],
        todo: &[],
        counter: "",
        tips: &[],
    };
    const NO_TASK: TaskText = TaskText {
        title: "",
        reason: "",
    };
    const NO_PHRASE: PhraseText = PhraseText {
        title: "",
        meanings: &[],
    };
    let en = &en::TEXTS.ui;
    let mut ui = Ui::from_texts([""; Ui::LEN]);
    ui.app_name = en.app_name;
    ui.lang_missing = en.lang_missing;
    ui.lang_retry = en.lang_retry;
    ui.panic_title = en.panic_title;
    ui.panic_body = en.panic_body;
    ui.panic_reload = en.panic_reload;
    ui.export_button = en.export_button;
    ui.machine_translation = en.machine_translation;
    ui.switch_to_english = en.switch_to_english;
    Texts {
        ui,
        tasks: [NO_TASK; Task::ALL.len()],
        phrases: [NO_PHRASE; PhraseId::ALL.len()],
        rules: [""; Rule::ALL.len()],
        stages: [NO_STAGE; StageId::ALL.len()],
    }
};

#[cfg(not(target_arch = "wasm32"))]
fn built_in(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::TEXTS,
        Lang::Ja => &ja::TEXTS,
        Lang::Zh => &zh::TEXTS,
        Lang::Vi => &vi::TEXTS,
        Lang::Ne => &ne::TEXTS,
        Lang::Ko => &ko::TEXTS,
        Lang::My => &my::TEXTS,
        Lang::Si => &si::TEXTS,
        Lang::Id => &id::TEXTS,
        Lang::Bn => &bn::TEXTS,
        Lang::ZhHant => &zh_hant::TEXTS,
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
    fn the_built_in_english_has_the_error_screen_the_missing_texts_notice_and_the_machine_translation_note(
    ) {
        let (fallback, english) = (&BUILT_IN.ui, &english().ui);
        for (key, shown, source) in [
            (
                "machine_translation",
                fallback.machine_translation,
                english.machine_translation,
            ),
            (
                "switch_to_english",
                fallback.switch_to_english,
                english.switch_to_english,
            ),
            ("lang_missing", fallback.lang_missing, english.lang_missing),
            ("lang_retry", fallback.lang_retry, english.lang_retry),
            ("panic_title", fallback.panic_title, english.panic_title),
            ("panic_body", fallback.panic_body, english.panic_body),
            ("panic_reload", fallback.panic_reload, english.panic_reload),
            (
                "export_button",
                fallback.export_button,
                english.export_button,
            ),
        ] {
            assert!(!shown.is_empty(), "{key}");
            assert_eq!(shown, source, "{key}");
        }
    }

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
    fn every_language_has_a_meaning_for_each_japanese_term_and_the_english_list_lengths() {
        let english = texts(Lang::En);
        for lang in Lang::ALL {
            for stage in StageId::ALL {
                let text = texts(lang).stage(stage);
                let en = english.stage(stage);
                assert_eq!(
                    text.term_meanings.len(),
                    terms::stage_terms(stage).len(),
                    "{lang:?} {stage:?} terms"
                );
                assert_eq!(text.bring.len(), en.bring.len(), "{lang:?} {stage:?} bring");
                assert_eq!(text.todo.len(), en.todo.len(), "{lang:?} {stage:?} todo");
                assert_eq!(text.tips.len(), en.tips.len(), "{lang:?} {stage:?} tips");
                for line in [text.title, text.what, text.counter]
                    .into_iter()
                    .chain(text.term_meanings.iter().copied())
                    .chain(text.bring.iter().copied())
                    .chain(text.todo.iter().copied())
                    .chain(text.tips.iter().copied())
                {
                    assert!(!line.trim().is_empty(), "{lang:?} {stage:?}: empty text");
                }
            }
        }
    }

    #[test]
    fn every_stage_has_terms_rules_and_sources() {
        for stage in StageId::ALL {
            assert!(!terms::stage_terms(stage).is_empty(), "{stage:?}");
            assert!(!terms::stage_rules(stage).is_empty(), "{stage:?}");
            assert!(!terms::stage_sources(stage).is_empty(), "{stage:?}");
        }
    }

    #[test]
    fn each_checklist_item_that_records_a_date_is_an_item_of_every_language() {
        use crate::domain::milestones::MilestoneField;
        use crate::domain::progress::{Checklist, Tick};
        let register = Tick {
            stage: StageId::Register,
            list: Checklist::Todo,
            index: 0,
        };
        assert_eq!(register.action_field(), Some(MilestoneField::Registered));
        assert_eq!(
            texts(Lang::En).stage(StageId::Register).todo[0],
            "Report your address (転入届)"
        );
        for lang in Lang::ALL {
            for stage in StageId::ALL {
                let todo = texts(lang).stage(stage).todo;
                for index in 0..8 {
                    let tick = Tick {
                        stage,
                        list: Checklist::Todo,
                        index,
                    };
                    if tick.action_field().is_some() {
                        assert!(index < todo.len(), "{lang:?} {stage:?} {index}");
                    }
                }
            }
        }
    }

    #[test]
    fn hints_on_a_step_point_up_to_its_dates() {
        // A step's page shows its dates first; the checklists and tips come after them, so a hint there
        // says "above". Only the lost-card tip points down, to the help lines under the tips (issue 13 §4).
        for stage in StageId::ALL {
            let text = english().stage(stage);
            for line in text.todo.iter().chain(text.bring).chain(text.tips) {
                let lost_line = stage == StageId::Use && line.contains("numbers and hours");
                assert!(lost_line || !line.contains("below"), "{stage:?}: {line}");
            }
        }
    }

    #[test]
    fn every_task_has_a_title_and_a_reason_naming_its_date() {
        for lang in Lang::ALL {
            for task in Task::ALL {
                let text = texts(lang).task(task);
                assert!(!text.title.trim().is_empty(), "{lang:?} {task:?}");
                assert_eq!(placeholders(text.reason), vec!["date"], "{lang:?} {task:?}");
            }
        }
    }

    #[test]
    fn every_rule_has_a_plain_text_and_at_least_one_source_in_every_language() {
        for lang in Lang::ALL {
            for rule in Rule::ALL {
                let text = texts(lang).rule(rule);
                assert!(!text.trim().is_empty(), "{lang:?} {rule:?}");
                assert!(placeholders(text).is_empty(), "{lang:?} {rule:?}: {text}");
                let sources = terms::rule_sources(rule);
                assert!(!sources.is_empty(), "{rule:?} has no source");
                assert!(sources.iter().all(|s| !s.trim().is_empty()), "{rule:?}");
            }
        }
    }

    #[test]
    fn every_phrase_card_has_a_meaning_for_each_japanese_sentence() {
        for lang in Lang::ALL {
            for card in PhraseId::ALL {
                let text = texts(lang).phrase(card);
                assert!(!text.title.trim().is_empty(), "{lang:?} {card:?}");
                assert_eq!(
                    text.meanings.len(),
                    phrases::sentences(card).len(),
                    "{lang:?} {card:?}"
                );
                for (meaning, sentence) in text.meanings.iter().zip(phrases::sentences(card)) {
                    assert_eq!(
                        placeholders(meaning),
                        placeholders(sentence.ja),
                        "{lang:?} {card:?}: {meaning}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_language_is_a_leftover_english_copy() {
        let english = texts(Lang::En).ui.entries();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let same: Vec<&str> = texts(lang)
                .ui
                .entries()
                .iter()
                .zip(&english)
                .filter(|((_, text), (_, en_text))| text == en_text)
                .map(|((key, _), _)| *key)
                .collect();
            // Only language-neutral templates such as "{from} – {to}" may equal the English.
            assert!(same.len() <= 3, "{lang:?} still has English for {same:?}");
            for stage in StageId::ALL {
                assert_ne!(
                    texts(lang).stage(stage).what,
                    texts(Lang::En).stage(stage).what,
                    "{lang:?} {stage:?}"
                );
            }
        }
    }

    #[test]
    fn the_start_screen_of_index_html_is_the_english_text() {
        // index.html holds the English start screen; the build adds the other languages from these tables.
        let html = include_str!("../../index.html");
        let en = &texts(Lang::En).ui;
        assert!(html.contains(&format!(r#"<p class="boot-title">{}</p>"#, en.app_tagline)));
        assert!(html.contains(&format!(r#"<p class="boot-lead">{}</p>"#, en.boot_lead)));
    }

    #[test]
    fn the_start_screen_script_matches_languages_as_the_app_does() {
        // scripts/start-lang.js picks the start screen's language before the wasm loads; it must map each
        // primary language subtag to the same language as `Lang::best_match`, and know every stored tag.
        let script = include_str!("../../scripts/start-lang.js");
        for lang in Lang::ALL {
            assert_eq!(Lang::best_match([lang.tag()]), lang);
            assert!(
                script.contains(&format!("'{}'", lang.tag())),
                "start-lang.js does not know {}",
                lang.tag()
            );
            assert!(script.contains("my-number-guide/progress"));
        }
        // …and the stylesheet shows each language's copy of the start screen.
        let css = include_str!("../../style/layout.css");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let rule = format!(
                r#"html[data-boot="{0}"] .boot-text[data-l="{0}"]"#,
                lang.tag()
            );
            assert!(css.contains(&rule), "layout.css lacks {rule}");
        }
    }

    /// The numbers written in `text` (digit runs, without leading zeros), sorted.
    fn numbers(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.trim_start_matches('0'))
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn every_translation_keeps_every_number_of_the_english() {
        // Days, fees, phone numbers, digit counts and dates are facts (FACTS.md): a translation may add
        // numbers (a month name written as a number, "a month" as "1か月") but never drop or change one.
        let english = pack::strings(texts(Lang::En));
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for (en, text) in english.iter().zip(pack::strings(texts(lang))) {
                let mut missing = numbers(en);
                for n in numbers(text) {
                    if let Some(i) = missing.iter().position(|m| *m == n) {
                        missing.remove(i);
                    }
                }
                assert!(
                    missing.is_empty(),
                    "{lang:?} lacks {missing:?} in {text:?} (English: {en:?})"
                );
            }
        }
    }

    /// The runs of Japanese script (kana and kanji) in `text`: the official terms written beside English.
    fn japanese_terms(text: &str) -> Vec<String> {
        let japanese = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}');
        text.split(|c: char| !japanese(c))
            .filter(|run| !run.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_translation_keeps_the_japanese_terms_of_the_english() {
        // The words on forms and signs (転入届, 在留カード, 特急発行 …) stay in Japanese in every language.
        let english = pack::strings(texts(Lang::En));
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for (en, text) in english.iter().zip(pack::strings(texts(lang))) {
                for term in japanese_terms(en) {
                    assert!(text.contains(&term), "{lang:?} lacks {term} in {text:?}");
                }
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
