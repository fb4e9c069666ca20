//! The journey: the eight stages in order.

use leptos::prelude::*;
use leptos_router::components::A;

use super::app::use_texts;
use crate::domain::journey::StageId;
use crate::i18n::fill;

#[component]
pub fn JourneyPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{move || t.get().ui.journey_heading}</h1>
        <p class="lead">{move || t.get().ui.journey_intro}</p>
        <ol class="stage-list">
            {StageId::ALL
                .into_iter()
                .map(|stage| {
                    view! {
                        <li class="stage-item">
                            <span class="stage-number">
                                {move || fill(t.get().ui.stage_number, &[("n", &stage.number().to_string())])}
                            </span>
                            <span class="stage-title">{move || t.get().stage(stage).title}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{move || t.get().ui.not_found_title}</h1>
        <p>{move || t.get().ui.not_found_body}</p>
        <p>
            <A href="/">{move || t.get().ui.back_home}</A>
        </p>
    }
}
