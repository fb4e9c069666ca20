//! A stage of the journey: what it is, the Japanese words, the user's dates and the dates worked out from
//! them, what to bring, a checklist, what happens at the counter, tips, and the rules and sources behind it.

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::calendar_export::calendar_export;
use super::checklist::Checklist;
use super::date_field::date_field;
use super::plan_list::PlanList;
use super::state::{use_state, use_texts};
use crate::domain::journey::StageId;
use crate::domain::language::Lang;
use crate::domain::milestones::{ApplicationMethod, RegistrationKind};
use crate::domain::phrase::PhraseId;
use crate::domain::progress::Checklist as List;
use crate::i18n::fill;
use crate::i18n::plan_text::lost_line_text;
use crate::i18n::terms::{stage_rules, stage_sources, stage_terms};
use crate::markup::Markup;
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
    let intro = intro_markup(stage);
    let details = details_markup(stage, state.lang.get_untracked());
    let sources = sources_markup(stage);
    // Opened from a "Waiting for" link (or reloaded on one): focus the date it named.
    let target = location::fragment();
    if stage.date_fields().any(|f| Route::field_id(f) == target) {
        document::focus_soon(target);
    }

    view! {
        <div inner_html=intro></div>
        {(stage == StageId::Use)
            .then(|| {
                view! {
                    <p>
                        <Link to=Route::CheckNumber class="button button-quiet">
                            {t.ui.check_number_title}
                        </Link>
                    </p>
                }
            })}
        // Above the dates: "enter the day it arrived below" (issue 13 §4).
        {matches!(stage, StageId::Notice | StageId::Collect)
            .then(|| {
                let note = if stage == StageId::Notice {
                    t.ui.express_no_notice
                } else {
                    t.ui.express_by_mail
                };
                let other_way = move || state.progress.with(|p| !p.milestones.applied_express());
                view! {
                    <p class="card note" role="note" hidden=other_way>
                        {note}
                    </p>
                }
            })}
        {stage
            .has_dates()
            .then(|| {
                view! {
                    <section class="card" aria-labelledby="dates-heading">
                        <h2 id="dates-heading">{t.ui.stage_dates_heading}</h2>
                        {(stage == StageId::Register).then(|| view! { <RegistrationField /> })}
                        {stage.date_fields().map(|field| date_field(field, false)).collect_view()}
                        {(stage == StageId::Apply).then(|| view! { <MethodField /> })}
                    </section>
                }
            })}
        <section aria-labelledby="plan-heading" hidden=move || items.with(|i| i.is_empty())>
            <h2 id="plan-heading">{t.ui.stage_plan_heading}</h2>
            <PlanList items=items />
            {calendar_export()}
        </section>
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
        <div inner_html=details></div>
        <section class="sources" aria-labelledby="sources-heading">
            <div inner_html=sources></div>
            <Link to=Route::Sources class="more-link">{t.ui.sources_link}</Link>
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

/// The step number, title, main Japanese term and what the step is (static: markup, not view code).
fn intro_markup(stage: StageId) -> String {
    let text = use_texts().stage(stage);
    let mut m = Markup::new();
    m.element("p", &[("class", "stage-number")], &step_label(stage))
        .element("h1", &[], text.title);
    if let Some(term) = stage_terms(stage).first() {
        m.open("p", &[("class", "term-main"), ("lang", "ja")])
            .element("span", &[("class", "term-ja")], term.ja)
            .element("span", &[("class", "term-kana")], term.kana)
            .element(
                "span",
                &[("class", "term-romaji"), ("lang", "ja-Latn")],
                term.romaji,
            )
            .close("p");
    }
    m.element("p", &[("class", "lead")], text.what);
    m.into_string()
}

/// The Japanese words with their reading and meaning, and the tips (static).
fn details_markup(stage: StageId, lang: Lang) -> String {
    let t = use_texts();
    let text = t.stage(stage);
    let mut m = Markup::new();
    m.open("section", &[("aria-labelledby", "terms-heading")])
        .element("h2", &[("id", "terms-heading")], t.ui.stage_terms_heading)
        .open("dl", &[("class", "terms")]);
    for (term, meaning) in stage_terms(stage).iter().zip(text.term_meanings) {
        m.open("div", &[("class", "term")])
            .open("dt", &[("lang", "ja")])
            .element("span", &[("class", "term-ja")], term.ja)
            .text(" ")
            .element("span", &[("class", "term-kana")], term.kana)
            .close("dt")
            .open("dd", &[])
            .element(
                "span",
                &[("class", "term-romaji"), ("lang", "ja-Latn")],
                term.romaji,
            )
            .text(" · ")
            .text(meaning)
            .close("dd")
            .close("div");
    }
    m.close("dl").close("section");
    m.open("section", &[("aria-labelledby", "tips-heading")])
        .element("h2", &[("id", "tips-heading")], t.ui.stage_tips_heading)
        .list("ul", &[("class", "tips")], "li", text.tips.iter().copied());
    if stage == StageId::Use {
        m.element(
            "p",
            &[("class", "lost-line"), ("data-testid", "lost-line")],
            lost_line_text(lang),
        );
    }
    m.close("section");
    m.into_string()
}

/// The rules behind the step and their sources (static; the link to every rule stays a view).
fn sources_markup(stage: StageId) -> String {
    let ui = &use_texts().ui;
    let mut m = Markup::new();
    m.element("h2", &[("id", "sources-heading")], ui.stage_sources_heading)
        .element("p", &[], ui.sources_checked)
        .element(
            "p",
            &[],
            &fill(ui.stage_rules, &[("rules", &stage_rules(stage).join(", "))]),
        )
        .list(
            "ul",
            &[("class", "source-list")],
            "li",
            stage_sources(stage).iter().copied(),
        );
    m.into_string()
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
                    let today = state.today.get();
                    state
                        .progress
                        .with(|p| p.milestones.offered_methods(today))
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
