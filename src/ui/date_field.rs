//! One milestone date: a native date input that saves valid dates and explains invalid ones.

use leptos::prelude::*;

use super::state::{use_locale, use_state, Locale};
use crate::domain::calendar::{self, DateError};
use crate::domain::date_entry::{read_entry, EntryError};
use crate::domain::milestones::{MilestoneField, Problem};
use crate::i18n::dates::format_date;
use crate::i18n::fill;
use crate::i18n::plan_text::field_label;

#[component]
pub fn DateField(field: MilestoneField) -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let id = format!("date-{}", field.slug());
    let error_id = format!("{id}-error");
    let rejection = RwSignal::new(None::<EntryError>);
    let stored = move || state.progress.with(|p| p.milestones.get(field));
    let value = move || stored().map(calendar::to_iso).unwrap_or_default();

    // A change is saved only if it adds no validation problem; otherwise the stored date stays as it was.
    let apply = move |raw: String| {
        let today = state.today.get_untracked();
        match state
            .progress
            .with_untracked(|p| read_entry(&raw, field, &p.milestones, today))
        {
            Ok(date) => {
                rejection.set(None);
                state.progress.update(|p| p.milestones.enter(field, date));
            }
            Err(e) => rejection.set(Some(e)),
        }
    };

    let message = move || {
        let ui = &t.ui;
        rejection.get().map(|r| match r {
            EntryError::Date(DateError::Empty) => ui.err_empty.to_owned(),
            EntryError::Date(DateError::Malformed) => ui.err_malformed.to_owned(),
            EntryError::Date(DateError::NoSuchDay) => ui.err_no_such_day.to_owned(),
            EntryError::Date(DateError::OutOfRange) | EntryError::Problem(Problem::OutOfRange) => {
                ui.err_out_of_range.to_owned()
            }
            EntryError::Problem(Problem::InFuture) => ui.err_in_future.to_owned(),
            EntryError::Problem(Problem::Before(other)) => {
                let other_date = state
                    .progress
                    .with(|p| p.milestones.get(other))
                    .map(|d| format_date(lang, d))
                    .unwrap_or_default();
                fill(
                    ui.err_before,
                    &[("other", field_label(lang, other)), ("date", &other_date)],
                )
            }
        })
    };

    let input_id = id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{field_label(lang, field)}</label>
            <div class="field-row">
                <input
                    type="date"
                    id=input_id
                    min="1990-01-01"
                    max="2100-12-31"
                    prop:value=value
                    aria-invalid=move || rejection.get().is_some().then_some("true")
                    aria-describedby=error_id.clone()
                    on:change=move |ev| apply(event_target_value(&ev))
                />
                <button
                    type="button"
                    class="button-quiet"
                    aria-label=format!("{}: {}", t.ui.clear_date, field_label(lang, field))
                    on:click=move |_| apply(String::new())
                    disabled=move || stored().is_none()
                >
                    {t.ui.clear_date}
                </button>
            </div>
            <p class="field-error" id=error_id role="alert">
                {message}
            </p>
        </div>
    }
}
