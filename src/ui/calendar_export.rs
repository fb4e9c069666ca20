//! "Add reminders to my calendar": the plan's dates as one iCalendar file (issue 11), downloaded, or
//! shared to another app where the browser can share such a file.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{use_locale, use_state, AppState, Locale};
use crate::domain::language::Lang;
use crate::domain::reminders::{reminders, FILE_NAME, MEDIA_TYPE};
use crate::domain::route::Route;
use crate::i18n::reminder_text::calendar_text;
use crate::platform::share::{self, ShareError};
use crate::platform::{clock, download, location};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Saved,
    Failed,
}

#[component]
pub fn CalendarExport() -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let empty = Memo::new(move |_| {
        let today = state.today.get();
        state.plan.with(|p| reminders(&p.items, today).is_empty())
    });
    let outcome = RwSignal::new(None::<Outcome>);
    let file = move || calendar_now(state, lang);
    let save = move |_| {
        let saved = download::download_text(FILE_NAME, &file(), MEDIA_TYPE);
        outcome.set(Some(match saved {
            Ok(()) => Outcome::Saved,
            Err(_) => Outcome::Failed,
        }));
    };
    let share = move |_| {
        let text = file();
        spawn_local(async move {
            outcome.set(
                match share::share_file(FILE_NAME, &text, MEDIA_TYPE).await {
                    Ok(()) | Err(ShareError::Cancelled) => None,
                    Err(ShareError::Failed) => Some(Outcome::Failed),
                },
            );
        });
    };
    let message = move || match (empty.get(), outcome.get()) {
        (true, _) => Some(t.ui.calendar_nothing),
        (false, Some(Outcome::Saved)) => Some(t.ui.calendar_hint),
        (false, Some(Outcome::Failed)) => Some(t.ui.calendar_failed),
        (false, None) => None,
    };
    let share_button = share::can_share_file(FILE_NAME, MEDIA_TYPE).then(|| {
        view! {
            <button type="button" class="button button-quiet" disabled=move || empty.get() on:click=share>
                {t.ui.calendar_share}
            </button>
        }
    });
    view! {
        <div class="calendar-export">
            <div class="button-row">
                <button type="button" class="button" disabled=move || empty.get() on:click=save>
                    {t.ui.calendar_add}
                </button>
                {share_button}
            </div>
            <p class="calendar-message" role="status">{message}</p>
        </div>
    }
}

/// The file of the current plan, written now.
fn calendar_now(state: AppState, lang: Lang) -> String {
    let today = state.today.get_untracked();
    state.plan.with_untracked(|plan| {
        state.progress.with_untracked(|p| {
            calendar_text(lang, &plan.items, p, today, clock::now_utc(), &|stage| {
                location::absolute(&Route::Stage(stage).path())
            })
        })
    })
}
