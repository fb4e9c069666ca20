//! A path the app does not know (a mistyped or outdated link).

use leptos::prelude::*;
use leptos_router::components::A;

use super::state::use_texts;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.not_found_title}</h1>
        <p>{t.ui.not_found_body}</p>
        <p>
            <A href="/">{t.ui.back_home}</A>
        </p>
    }
}
