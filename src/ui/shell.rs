//! The app shell: header, main landmark, and a bottom navigation bar within reach of a thumb.

use leptos::prelude::*;
use leptos_router::components::A;

use super::app::use_texts;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let t = use_texts();
    view! {
        <header class="app-header">
            <p class="brand">
                <span class="brand-mark" aria-hidden="true">"№"</span>
                {move || t.get().ui.app_name}
            </p>
        </header>
        <main id="main" class="app-main">{children()}</main>
        <nav class="bottom-nav" aria-label=move || t.get().ui.nav_journey>
            <A href="/" exact=true>
                <span class="nav-icon" aria-hidden="true">"⌂"</span>
                <span>{move || t.get().ui.nav_home}</span>
            </A>
        </nav>
    }
}
