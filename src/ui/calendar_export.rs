//! "Add reminders to my calendar": the plan's dates as one iCalendar file (issue 11), downloaded, or
//! shared to another app where the browser can share such a file.

use leptos::prelude::*;

use super::state::{use_locale, use_state, AppState, Locale};
use crate::domain::language::Lang;
use crate::domain::reminders::{reminders, FILE_NAME, MEDIA_TYPE};
use crate::domain::route::Route;
use crate::i18n::reminder_text::calendar_text;
use crate::platform::{clock, download, location, share};

/// The buttons and what the last tap did. A plain function rather than a component, and one `bool`
/// signal: each reactive piece is code the phone downloads.
pub fn calendar_export() -> AnyView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let saved = RwSignal::new(false);
    let message = move || {
        let today = state.today.get();
        if state.plan.with(|p| reminders(&p.items, today).is_empty()) {
            t.ui.calendar_nothing
        } else if saved.get() {
            t.ui.calendar_hint
        } else {
            ""
        }
    };
    // A failed download or share sheet leaves nothing half done: the button can be tapped again.
    let save = move |_| {
        if let Some(text) = calendar_now(state, lang) {
            saved.set(download::download_text(FILE_NAME, &text, MEDIA_TYPE).is_ok());
        }
    };
    let share = move |_| {
        if let Some(text) = calendar_now(state, lang) {
            // A shared file needs no hint about downloads.
            saved.set(false);
            share::share_file(FILE_NAME, &text, MEDIA_TYPE);
        }
    };
    view! {
        <div class="calendar-export button-row">
            <button type="button" class="button" on:click=save>
                {t.ui.calendar_add}
            </button>
            <button
                type="button"
                class="button button-quiet"
                hidden=!share::can_share_file(FILE_NAME, MEDIA_TYPE)
                on:click=share
            >
                {t.ui.calendar_share}
            </button>
            <p class="calendar-message" role="status">{message}</p>
        </div>
    }
    .into_any()
}

/// The file of the current plan, written now; none when there is nothing ahead to remind of.
fn calendar_now(state: AppState, lang: Lang) -> Option<String> {
    let today = state.today.get_untracked();
    state.plan.with_untracked(|plan| {
        if reminders(&plan.items, today).is_empty() {
            return None;
        }
        state.progress.with_untracked(|p| {
            Some(calendar_text(
                lang,
                &plan.items,
                p,
                today,
                clock::now_utc(),
                &|stage| location::absolute(&Route::Stage(stage).path()),
            ))
        })
    })
}
