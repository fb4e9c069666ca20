//! A checklist the user ticks; ticks are stored by position, so they survive a change of language.

use leptos::prelude::*;

use super::state::{use_state, use_texts};
use crate::domain::journey::StageId;
use crate::domain::progress::{Checklist as List, Tick};

#[component]
pub fn Checklist(stage: StageId, list: List) -> impl IntoView {
    let state = use_state();
    let text = use_texts().stage(stage);
    let items = match list {
        List::Bring => text.bring,
        List::Todo => text.todo,
    };
    view! {
        <ul class="checklist">
            {items
                    .iter()
                    .enumerate()
                    .map(|(index, label)| {
                        let tick = Tick { stage, list, index };
                        let id = format!("tick-{}", tick.id().replace('.', "-"));
                        view! {
                            <li>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || state.progress.with(|p| p.is_ticked(tick))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        state.progress.update(|p| p.set_tick(tick, on));
                                    }
                                />
                                <label for=id>{*label}</label>
                            </li>
                        }
                    })
                    .collect_view()}
        </ul>
    }
}
