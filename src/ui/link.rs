//! In-app links: real `<a href>` addresses (bookmarkable, open in a new tab), followed without a page
//! load on a plain click.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::state::use_state;
use crate::domain::milestones::MilestoneField;
use crate::domain::route::Route;
use crate::platform::location;

#[component]
pub fn Link(
    to: Route,
    #[prop(optional)] class: &'static str,
    /// Marks the link `aria-current="page"` while its section is shown (bottom navigation).
    #[prop(optional)]
    nav: bool,
    /// Opens the stage holding this date with its input focused (the stage page follows the fragment).
    #[prop(optional)]
    focus: Option<MilestoneField>,
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let path = focus.map_or_else(|| to.path(), Route::field_path);
    let href = location::href(&path);
    let on_click = move |ev: MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if plain {
            ev.prevent_default();
            location::push(&path);
            state.route.set(to);
        }
    };
    let current = move || (nav && state.route.get().section() == to).then_some("page");
    view! {
        <a href=href class=class aria-current=current on:click=on_click>
            {children()}
        </a>
    }
}
