//! One milestone date: a native date input that saves valid dates, explains invalid ones, asks about
//! unlikely first entries, and shows the stored date in words. Editing never erases a stored date (the
//! decisions are in `domain::date_entry`); only the Clear button clears.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::state::{use_locale, use_state, Locale};
use crate::domain::calendar::{self, days_between, DateError};
use crate::domain::date_entry::{clear_entry, doubt, read_entry, Doubt, EntryError};
use crate::domain::language::Lang;
use crate::domain::milestones::{MilestoneField, Milestones, Problem};
use crate::i18n::dates::{days_late, format_date, relative_days};
use crate::i18n::plan_text::{field_label, task_text};
use crate::i18n::{fill, Texts};

/// What the field shows that is not stored.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    /// A date refused, half-typed or emptied: it stays in the field with its message until corrected.
    Refused(EntryError),
    /// A first entry asked about ("Is this right?") before it is saved.
    Asking(NaiveDate, Doubt),
}

/// `in_checklist`: the same field opened under its step's checklist item (see `Checklist`), with ids of
/// its own.
#[component]
pub fn DateField(field: MilestoneField, #[prop(optional)] in_checklist: bool) -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let id = format!(
        "{}date-{}",
        if in_checklist { "tick-" } else { "" },
        field.slug()
    );
    let error_id = format!("{id}-error");
    let words_id = format!("{id}-words");
    let pending = RwSignal::new(None::<Pending>);
    // Bumped to put the stored date back into the input (after Discard or Clear).
    let reset = RwSignal::new(0u32);
    // Only this field's date: other changes to the progress must not reset what the user is typing.
    let stored = Memo::new(move |_| state.progress.with(|p| p.milestones.get(field)));

    let show_stored = move || {
        pending.set(None);
        reset.update(|n| *n += 1);
    };
    let save = move |date: Option<NaiveDate>| {
        state.progress.update(|p| p.milestones.enter(field, date));
        show_stored();
    };
    let apply = move |raw: String| {
        let today = state.today.get_untracked();
        let entry = state.progress.with_untracked(|p| {
            read_entry(&raw, field, &p.milestones, today)
                .map(|date| (date, doubt(p, field, date, today)))
        });
        match entry {
            Ok((date, None)) => save(Some(date)),
            Ok((date, Some(why))) => pending.set(Some(Pending::Asking(date, why))),
            Err(e) => pending.set(Some(Pending::Refused(e))),
        }
    };
    let clear = move || {
        let today = state.today.get_untracked();
        match state
            .progress
            .with_untracked(|p| clear_entry(field, &p.milestones, today))
        {
            Ok(()) => save(None),
            Err(e) => pending.set(Some(Pending::Refused(e))),
        }
    };

    let words = move || {
        stored.get().map(|d| {
            let ago = relative_days(lang, days_between(state.today.get(), d));
            format!("{} · {ago}", format_date(lang, d))
        })
    };
    // The message, and for a question the date it is about (Keep it / Discard show only then).
    let message = move || {
        pending.get().map(|p| match p {
            Pending::Refused(e) => state
                .progress
                .with(|p| entry_message(lang, t, e, &p.milestones)),
            Pending::Asking(date, why) => doubt_text(lang, t, date, why),
        })
    };
    let asking = move || match pending.get() {
        Some(Pending::Asking(date, _)) => Some(date),
        _ => None,
    };

    view! {
        <div class="field">
            <label for=id.clone()>{field_label(lang, field)}</label>
            <div class="field-row">
                <input
                    type="date"
                    id=id.clone()
                    min="1990-01-01"
                    max="2100-12-31"
                    prop:value=move || {
                        reset.track();
                        stored.get().map(calendar::to_iso).unwrap_or_default()
                    }
                    aria-invalid=move || {
                        matches!(pending.get(), Some(Pending::Refused(_))).then_some("true")
                    }
                    aria-describedby=format!("{error_id} {words_id}")
                    on:change=move |ev| apply(event_target_value(&ev))
                />
                // Enabled whenever the field shows a value, stored or not.
                <button
                    type="button"
                    class="button-quiet"
                    aria-label=format!("{}: {}", t.ui.clear_date, field_label(lang, field))
                    on:click=move |_| {
                        if stored.get_untracked().is_some() { clear() } else { show_stored() }
                    }
                    disabled=move || stored.get().is_none() && pending.get().is_none()
                >
                    {t.ui.clear_date}
                </button>
            </div>
            <p class="field-words" id=words_id>
                {words}
            </p>
            <div class="field-error" id=error_id role="alert">
                <p>{message}</p>
                <div class="button-row" hidden=move || asking().is_none()>
                    <button
                        type="button"
                        on:click=move |_| {
                            if let Some(Pending::Asking(date, _)) = pending.get_untracked() {
                                save(Some(date));
                            }
                        }
                    >
                        {t.ui.entry_keep}
                    </button>
                    <button type="button" class="button-quiet" on:click=move |_| show_stored()>
                        {t.ui.entry_discard}
                    </button>
                </div>
            </div>
        </div>
    }
}

/// The field as a type-erased view, for every place that shows one: a component called from two places
/// had its code built twice (about 5 KB of the wasm, gzipped).
#[inline(never)]
pub fn date_field(field: MilestoneField, in_checklist: bool) -> AnyView {
    view! { <DateField field=field in_checklist=in_checklist /> }.into_any()
}

/// Why a date was not kept, in words. An emptied or half-typed field asks for a full date.
pub fn entry_message(lang: Lang, t: &Texts, error: EntryError, milestones: &Milestones) -> String {
    let ui = &t.ui;
    match error {
        EntryError::Date(DateError::Empty | DateError::Malformed) => ui.err_malformed.to_owned(),
        EntryError::Date(DateError::NoSuchDay) => ui.err_no_such_day.to_owned(),
        EntryError::Date(DateError::OutOfRange) | EntryError::Problem(Problem::OutOfRange) => {
            ui.err_out_of_range.to_owned()
        }
        EntryError::Problem(Problem::InFuture) => ui.err_in_future.to_owned(),
        EntryError::Problem(Problem::Before(other)) => {
            let other_date = milestones
                .get(other)
                .map(|d| format_date(lang, d))
                .unwrap_or_default();
            fill(
                ui.err_before,
                &[("other", field_label(lang, other)), ("date", &other_date)],
            )
        }
    }
}

/// "Is this right? With Sun 4 Jan 2026, “Register your address” would be 82 days late."
fn doubt_text(lang: Lang, t: &Texts, date: NaiveDate, why: Doubt) -> String {
    let date = format_date(lang, date);
    match why {
        Doubt::FarFromToday => fill(t.ui.entry_check_far, &[("date", &date)]),
        Doubt::MakesLate { task, days } => fill(
            t.ui.entry_check_late,
            &[
                ("date", &date),
                ("task", task_text(lang, task).title),
                ("late", &days_late(lang, days)),
            ],
        ),
    }
}
