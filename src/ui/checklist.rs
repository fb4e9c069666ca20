//! A checklist the user ticks; ticks are stored by position, so they survive a change of language. The
//! item that is the step's own action ("Report your address (転入届)") is ticked by its date: a tap on it
//! enters today (when today fits the other dates) and opens its date field right under it, to change the
//! date or, with Clear, to untick it (only a Clear button ever clears a date).

use leptos::prelude::*;

use super::date_field::date_field;
use super::state::{use_state, use_texts};
use crate::domain::date_entry::check_date;
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
                        let action = tick.action_field();
                        // For a step's own action: whether its date field is open under it.
                        let asking = RwSignal::new(false);
                        view! {
                            <li>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || state.progress.with(|p| p.is_ticked(tick))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        if let Some(field) = action {
                                            // The date decides: today by default, changed or cleared in
                                            // the field that opens; the tick follows the date.
                                            event_target::<web_sys::HtmlInputElement>(&ev).set_checked(!on);
                                            let today = state.today.get_untracked();
                                            let fits = state.progress.with_untracked(|p| {
                                                check_date(field, today, &p.milestones, today).is_ok()
                                            });
                                            if on && fits {
                                                state.progress.update(|p| p.milestones.enter(field, Some(today)));
                                            }
                                            asking.set(true);
                                        } else {
                                            state.progress.update(|p| p.set_tick(tick, on));
                                        }
                                    }
                                />
                                <label for=id>{*label}</label>
                                {action
                                    .map(|field| {
                                        move || asking.get().then(|| date_field(field, true))
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
        </ul>
    }
}
