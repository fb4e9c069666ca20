//! A path the app does not know (a mistyped or outdated link).

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::state::use_texts;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.not_found_title}</h1>
        <p>{t.ui.not_found_body}</p>
        <p>
            <Link to=Route::Home>{t.ui.back_home}</Link>
        </p>
    }
}
