//! A stage of the journey: what it is, the Japanese words, the user's dates and the dates worked out from
//! them, what to bring, a checklist, what happens at the counter, tips, and the rules and sources behind it.

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::checklist::Checklist;
use super::date_field::DateField;
use super::plan_list::PlanList;
use super::state::{use_state, use_texts};
use crate::domain::journey::StageId;
use crate::domain::milestones::{ApplicationMethod, RegistrationKind};
use crate::domain::phrase::PhraseId;
use crate::domain::progress::Checklist as List;
use crate::i18n::fill;
use crate::i18n::plan_text::lost_line_text;
use crate::i18n::terms::{stage_rules, stage_sources, stage_terms};
use crate::platform::{document, location};

#[component]
pub fn StagePage(stage: StageId) -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let text = t.stage(stage);
    let items = Signal::derive(move || {
        state
            .plan
            .with(|p| p.for_stage(stage).cloned().collect::<Vec<_>>())
    });
    let main_term = stage_terms(stage).first().copied();
    // Opened from a "Waiting for" link (or reloaded on one): focus the date it named.
    let target = location::fragment();
    if stage.date_fields().any(|f| Route::field_id(f) == target) {
        document::focus_soon(target);
    }

    view! {
        <p class="stage-number">
            {step_label(stage)}
        </p>
        <h1>{text.title}</h1>
        {main_term
            .map(|term| {
                view! {
                    <p class="term-main" lang="ja">
                        <span class="term-ja">{term.ja}</span>
                        <span class="term-kana">{term.kana}</span>
                        <span class="term-romaji" lang="ja-Latn">{term.romaji}</span>
                    </p>
                }
            })}
        <p class="lead">{text.what}</p>
        // Above the dates: "enter the day it arrived below" (issue 13 §4).
        {matches!(stage, StageId::Notice | StageId::Collect)
            .then(|| {
                let note = if stage == StageId::Notice {
                    t.ui.express_no_notice
                } else {
                    t.ui.express_by_mail
                };
                view! {
                    <Show when=move || {
                        state
                            .progress
                            .with(|p| p.milestones.application_method == Some(ApplicationMethod::Express))
                    }>
                        <p class="card note" role="note">{note}</p>
                    </Show>
                }
            })}
        {stage
            .has_dates()
            .then(|| {
                view! {
                    <section class="card" aria-labelledby="dates-heading">
                        <h2 id="dates-heading">{t.ui.stage_dates_heading}</h2>
                        {(stage == StageId::Register).then(|| view! { <RegistrationField /> })}
                        {stage.date_fields().map(|field| view! { <DateField field=field /> }).collect_view()}
                        {(stage == StageId::Apply).then(|| view! { <MethodField /> })}
                    </section>
                }
            })}
        <Show when=move || items.with(|i| !i.is_empty())>
            <section aria-labelledby="plan-heading">
                <h2 id="plan-heading">{t.ui.stage_plan_heading}</h2>
                <PlanList items=items />
            </section>
        </Show>
        {(!text.bring.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="bring-heading">
                        <h2 id="bring-heading">{t.ui.stage_bring_heading}</h2>
                        <Checklist stage=stage list=List::Bring />
                    </section>
                }
            })}
        <section aria-labelledby="todo-heading">
            <h2 id="todo-heading">{t.ui.stage_todo_heading}</h2>
            <Checklist stage=stage list=List::Todo />
        </section>
        <section aria-labelledby="counter-heading">
            <h2 id="counter-heading">{t.ui.stage_counter_heading}</h2>
            <p>{text.counter}</p>
            {PhraseId::for_stage(stage)
                .map(|card| {
                    view! {
                        <Link to=Route::Phrase(card) class="button button-quiet">
                            {t.ui.phrase_card_link}
                        </Link>
                    }
                })}
        </section>
        <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">{t.ui.stage_terms_heading}</h2>
            <dl class="terms">
                {stage_terms(stage)
                        .iter()
                        .zip(text.term_meanings)
                        .map(|(term, meaning)| {
                            view! {
                                <div class="term">
                                    <dt lang="ja">
                                        <span class="term-ja">{term.ja}</span>
                                        " "
                                        <span class="term-kana">{term.kana}</span>
                                    </dt>
                                    <dd>
                                        <span class="term-romaji" lang="ja-Latn">{term.romaji}</span>
                                        " · "
                                        {*meaning}
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()}
            </dl>
        </section>
        <section aria-labelledby="tips-heading">
            <h2 id="tips-heading">{t.ui.stage_tips_heading}</h2>
            <ul class="tips">{text.tips.iter().map(|tip| view! { <li>{*tip}</li> }).collect_view()}</ul>
            {(stage == StageId::Use)
                .then(|| {
                    view! {
                        <p class="lost-line" data-testid="lost-line">
                            {lost_line_text(state.lang.get_untracked())}
                        </p>
                    }
                })}
        </section>
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.ui.stage_sources_heading}</h2>
            <p>{t.ui.sources_checked}</p>
            <p>{fill(t.ui.stage_rules, &[("rules", &stage_rules(stage).join(", "))])}</p>
            <ul class="source-list">
                {stage_sources(stage).iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ul>
        </section>
        <nav class="stage-pager" aria-label=text.title>
            {stage
                .previous()
                .map(|p| {
                    view! {
                        <Link to=Route::Stage(p) class="button button-quiet">
                            {format!("← {}", t.ui.prev_stage)}
                        </Link>
                    }
                })}
            {stage
                .next()
                .map(|n| {
                    view! {
                        <Link to=Route::Stage(n) class="button button-quiet">
                            {format!("{} →", t.ui.next_stage)}
                        </Link>
                    }
                })}
        </nav>
    }
}

/// "Step 3 of 8", for the stage page and the journey on the home screen.
pub fn step_label(stage: StageId) -> String {
    let total = StageId::ALL.len().to_string();
    fill(
        use_texts().ui.stage_step,
        &[("n", &stage.number().to_string()), ("total", &total)],
    )
}

/// How the user applied: express issuance changes the expected dates (R3).
#[component]
fn MethodField() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let label = move |m: Option<ApplicationMethod>| {
        let ui = &t.ui;
        match m {
            None => ui.method_unset,
            Some(ApplicationMethod::Online) => ui.method_online,
            Some(ApplicationMethod::Mail) => ui.method_mail,
            Some(ApplicationMethod::PhotoBooth) => ui.method_photo_booth,
            Some(ApplicationMethod::Counter) => ui.method_counter,
            Some(ApplicationMethod::Express) => ui.method_express,
        }
    };
    let current = move || state.progress.with(|p| p.milestones.application_method);
    // What the chosen way needs (issue 13 §4): a phone photo online, a print by mail, what the city asks.
    let guide = move || {
        let ui = &t.ui;
        current().map(|m| match m {
            ApplicationMethod::Online => ui.method_guide_online,
            ApplicationMethod::Mail => ui.method_guide_mail,
            ApplicationMethod::PhotoBooth => ui.method_guide_photo_booth,
            ApplicationMethod::Counter => ui.method_guide_counter,
            ApplicationMethod::Express => ui.method_guide_express,
        })
    };
    view! {
        <div class="field">
            <label for="application-method">{t.ui.field_application_method}</label>
            <select
                id="application-method"
                aria-describedby="method-guide"
                on:change=move |ev| {
                    let method = ApplicationMethod::from_slug(&event_target_value(&ev));
                    state.progress.update(|p| p.milestones.application_method = method);
                }
            >
                <option value="" selected=move || current().is_none()>{label(None)}</option>
                {move || {
                    state
                        .progress
                        .with(|p| p.milestones.offered_methods())
                        .into_iter()
                        .map(|m| {
                            view! {
                                <option value=m.slug() selected=move || current() == Some(m)>
                                    {label(Some(m))}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p id="method-guide" class="method-guide" aria-live="polite">
                {guide}
            </p>
        </div>
    }
}

/// Whether the registration was the first after arriving from abroad: only that one opens express
/// issuance (R3). Asked once, on the Register step; "yes" until the user says otherwise.
#[component]
fn RegistrationField() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let current = move || state.progress.with(|p| p.milestones.registration);
    let choice = move |kind: RegistrationKind, label: &'static str| {
        let id = format!("registration-{}", kind.slug());
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="registration"
                    id=id.clone()
                    value=kind.slug()
                    prop:checked=move || current() == kind
                    on:change=move |_| state.progress.update(|p| p.milestones.registration = kind)
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <fieldset class="field choices">
            <legend>{t.ui.registration_question}</legend>
            {choice(RegistrationKind::FirstAfterArrival, t.ui.registration_first)}
            {choice(RegistrationKind::AfterMoveWithinJapan, t.ui.registration_move)}
        </fieldset>
    }
}
