//! A checklist the user ticks; ticks are stored by position, so they survive a change of language.

use leptos::prelude::*;

use super::state::use_state;
use crate::domain::journey::StageId;
use crate::domain::progress::{Checklist as List, Tick};
use crate::i18n::texts;

#[component]
pub fn Checklist(stage: StageId, list: List) -> impl IntoView {
    let state = use_state();
    let items = move || {
        let text = texts(state.lang.get()).stage(stage);
        match list {
            List::Bring => text.bring,
            List::Todo => text.todo,
        }
    };
    view! {
        <ul class="checklist">
            {move || {
                items()
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
                    .collect_view()
            }}
        </ul>
    }
}
