//! Home: the next thing to do, the departure countdown, and the journey with each stage's status.

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::calendar_export::calendar_export;
use super::plan_list::{PlanList, StatusBadge};
use super::stage::step_label;
use super::state::{use_locale, use_state, use_texts};
use crate::domain::departure::countdown_in;
use crate::domain::journey::StageId;
use crate::i18n::dates::format_date;
use crate::i18n::fill;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let plan = state.plan;
    let has_dates = move || state.progress.with(|p| !p.milestones.is_empty());

    view! {
        <h1>{t.ui.home_title}</h1>
        <Show when=has_dates fallback=move || view! { <StartCard /> }>
            <NextStepCard plan=plan />
            {calendar_export()}
        </Show>
        <Countdown />
        <h2>{t.ui.timeline_heading}</h2>
        <ol class="stage-list">
            {StageId::ALL
                .into_iter()
                .map(|stage| {
                    let status = move || plan.with(|p| p.stage_status(stage));
                    view! {
                        <li>
                            <Link to=Route::Stage(stage) class="stage-item">
                                <span class="stage-number">
                                    {step_label(stage)}
                                </span>
                                <span class="stage-title">{t.stage(stage).title}</span>
                                {move || status().map(|s| view! { <StatusBadge status=s /> })}
                            </Link>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
fn StartCard() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="card card-accent" aria-labelledby="start-heading">
            <h2 id="start-heading">{t.ui.start_title}</h2>
            <p>{t.ui.start_body}</p>
            <Link to=Route::Stage(StageId::Register) class="button">{t.ui.start_action}</Link>
        </section>
    }
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
            <Show
                when=move || stage().is_some()
                fallback=move || view! { <p>{t.ui.next_all_done}</p> }
            >
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
            </Show>
        </section>
    }
}

/// Days left until departure, and the leaving tasks placed against it.
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
    let tasks = Signal::derive(move || {
        countdown.with(|c| c.as_ref().map(|c| c.tasks.clone()).unwrap_or_default())
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
                    <h3>{ui.countdown_tasks_heading}</h3>
                    <PlanList items=tasks />
                </section>
            }
        })
    }
}
