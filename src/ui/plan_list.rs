//! Plan items as a list: status, task, date, distance and the reason for the date.

use leptos::prelude::*;

use super::link::Link;
use super::state::{use_locale, use_state};
use crate::domain::plan::{PlanItem, Status};
use crate::domain::plan_line::{plan_lines, Reason};
use crate::domain::route::Route;
use crate::i18n::plan_text::{distance_text, line_text, status_label, task_text};

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Done => "status-done",
        Status::Waiting => "status-waiting",
        Status::Upcoming => "status-upcoming",
        Status::DueSoon => "status-due-soon",
        Status::Late => "status-late",
        Status::Possible => "status-possible",
        Status::Closed => "status-closed",
    }
}

/// The items, each rendered in the current language.
#[component]
pub fn PlanList(#[prop(into)] items: Signal<Vec<PlanItem>>) -> impl IntoView {
    let state = use_state();
    let locale = use_locale();
    let lang = locale.lang;
    view! {
        <ul class="plan-list">
            {move || {
                let today = state.today.get();
                let lines = state.progress.with(|p| items.with(|items| plan_lines(items, p, today)));
                lines
                    .into_iter()
                    .map(|line| {
                        let text = task_text(lang, line.task);
                        let distance = line.distance.map(|d| distance_text(lang, d));
                        let (title, when, reason) = line_text(lang, &line);
                        // "Waiting for: …" is a link to the date's input (issue 13 §4).
                        let (reason, link) = match (line.reason, reason) {
                            (Reason::WaitingFor(field), Some(reason)) => (
                                None,
                                Some(view! {
                                    <Link to=Route::Stage(field.stage()) focus=field>
                                        {reason}
                                    </Link>
                                }),
                            ),
                            (_, reason) => (reason, None),
                        };
                        let task = line.task;
                        let mark = line.mark_done.map(|marked| {
                            view! {
                                <label class="plan-mark">
                                    <input
                                        type="checkbox"
                                        checked=marked
                                        aria-label=format!("{}: {}", text.title, locale.t.ui.mark_done)
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            state.progress.update(|p| p.mark_done(task, on));
                                        }
                                    />
                                    <span>{locale.t.ui.mark_done}</span>
                                </label>
                            }
                        });
                        view! {
                            <li class=format!("plan-item {}", status_class(line.status))>
                                <div class="plan-head">
                                    <span class=format!("badge {}", status_class(line.status))>
                                        {status_label(lang, line.status)}
                                    </span>
                                    <strong>{title}</strong>
                                </div>
                                {when.map(|w| view! { <p class="plan-when">{w}{distance.map(|d| format!(" · {d}"))}</p> })}
                                <p class="plan-reason">{reason}{link}</p>
                                {mark}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
