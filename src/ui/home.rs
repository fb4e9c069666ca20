//! Home: what fits the moment (issue 11 §6). The next thing to do, the departure countdown and at most
//! three more dated tasks; then the journey, each step with its status, one tap from its whole plan. On a
//! first visit, one question in place of the next step: where the student is (issue 13 §3).

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::calendar_export::calendar_export;
use super::install::install_help;
use super::plan_list::{status_class, PlanList};
use super::stage::step_label;
use super::state::{use_locale, use_state, use_texts, AppState, Locale};
use crate::domain::coming_up::coming_up;
use crate::domain::departure::countdown_in;
use crate::domain::journey::StageId;
use crate::domain::reached::Reached;
use crate::domain::stage_badge::{stage_badge, StageBadge};
use crate::i18n::dates::format_date;
use crate::i18n::fill;
use crate::i18n::plan_text::status_label;
use crate::platform::location;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let plan = state.plan;
    let asked = move || state.progress.with(|p| !p.milestones.is_empty());

    view! {
        <h1>{t.ui.home_title}</h1>
        <section class="card card-accent" aria-labelledby="start-heading" hidden=asked>
            <h2 id="start-heading">{t.ui.start_title}</h2>
            <ReachedPicker open_step=true />
        </section>
        <div hidden=move || !asked()>
            <NextStepCard plan=plan />
            {calendar_export()}
        </div>
        <div inner_html=install_help(true)></div>
        <Countdown />
        <ComingUp />
        <h2>{t.ui.timeline_heading}</h2>
        <ol class="stage-list">
            {StageId::ALL
                .into_iter()
                .map(|stage| {
                    let badge = move || plan.with(|p| stage_badge(p, stage));
                    view! {
                        <li>
                            <Link to=Route::Stage(stage) class="stage-item">
                                <span class="stage-number">{step_label(stage)}</span>
                                <span class="stage-title">{t.stage(stage).title}</span>
                                {move || {
                                    badge()
                                        .map(|b| {
                                            let (class, label) = match b {
                                                StageBadge::Status(s) => {
                                                    (status_class(s), status_label(lang, s))
                                                }
                                                StageBadge::Later => ("status-later", t.ui.status_later),
                                            };
                                            view! { <span class=format!("badge {class}")>{label}</span> }
                                        })
                                }}
                            </Link>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// "Where are you with your card?": one tap marks the steps before the answer done. On the first visit
/// it then opens the step the answer leads to; in Settings it only changes the answer.
#[component]
pub fn ReachedPicker(#[prop(optional)] open_step: bool) -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let ui = &t.ui;
    let current = move || state.progress.with(|p| p.milestones.reached);
    let answer = move |reached: Reached| {
        state
            .progress
            .update(|p| p.milestones.reached = Some(reached));
        if open_step {
            open(state, Route::Stage(reached.step()));
        }
    };
    view! {
        <p id="reached-question" class="reached-question">{ui.reached_question}</p>
        <div class="reached-picker" role="group" aria-labelledby="reached-question">
            {[
                (Reached::JustArrived, ui.reached_arrived),
                (Reached::Registered, ui.reached_registered),
                (Reached::HaveLetter, ui.reached_letter),
                (Reached::Applied, ui.reached_applied),
                (Reached::HaveCard, ui.reached_card),
            ]
                .into_iter()
                .map(|(reached, label)| {
                    view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            aria-pressed=move || (current() == Some(reached)).to_string()
                            on:click=move |_| answer(reached)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <p class="reached-note">{ui.reached_note}</p>
    }
}

fn open(state: AppState, route: Route) {
    location::push(&route.path());
    state.route.set(route);
}

#[component]
fn NextStepCard(plan: Memo<crate::domain::plan::Plan>) -> impl IntoView {
    let t = use_texts();
    let items = Signal::derive(move || {
        plan.with(|p| p.next.iter().map(|n| n.item.clone()).collect::<Vec<_>>())
    });
    let stage = move || plan.with(|p| p.next.as_ref().map(|n| n.item.stage));
    view! {
        <section class="card card-accent" aria-labelledby="next-heading">
            <h2 id="next-heading">{t.ui.next_heading}</h2>
            <p hidden=move || stage().is_some()>{t.ui.next_all_done}</p>
            <PlanList items=items />
            {move || {
                stage()
                    .map(|s| {
                        view! {
                            <Link to=Route::Stage(s) class="button">
                                {t.ui.open_stage}
                            </Link>
                        }
                    })
            }}
        </section>
    }
}

/// Days left until departure. The leaving tasks are on the "Leave Japan" step; the soonest of them come
/// up below with the other dated tasks.
#[component]
fn Countdown() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let countdown = Memo::new(move |_| {
        let today = state.today.get();
        state.plan.with(|plan| {
            state
                .progress
                .with(|p| countdown_in(plan, &p.milestones, today))
        })
    });
    move || {
        countdown.get().map(|c| {
            let ui = &t.ui;
            let days = match c.days_left {
                0 => ui.countdown_today.to_owned(),
                1 => ui.countdown_one_day.to_owned(),
                n if n > 1 => fill(ui.countdown_days, &[("n", &n.to_string())]),
                n => fill(ui.countdown_past, &[("n", &n.unsigned_abs().to_string())]),
            };
            let lang = use_locale().lang;
            let on = fill(
                ui.countdown_leaving_on,
                &[("date", &format_date(lang, c.departure))],
            );
            view! {
                <section class="card countdown" aria-labelledby="countdown-heading">
                    <h2 id="countdown-heading">{ui.countdown_heading}</h2>
                    <p class="countdown-days" data-testid="countdown-days">{days}</p>
                    <p class="countdown-date">{on}</p>
                </section>
            }
        })
    }
}

/// At most three more dated tasks, soonest first (issue 11 §6).
#[component]
fn ComingUp() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let items = Signal::derive(move || state.plan.with(|p| coming_up(p, state.today.get())));
    view! {
        <section aria-labelledby="coming-heading" hidden=move || items.with(|i| i.is_empty())>
            <h2 id="coming-heading">{t.ui.coming_up_heading}</h2>
            <PlanList items=items />
        </section>
    }
}
