//! The app shell: header, storage notice, main landmark, and a bottom navigation bar within reach of a thumb.

use leptos::prelude::*;
use leptos_router::components::A;

use super::state::{use_state, use_texts, StorageStatus};

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let t = use_texts();
    view! {
        <header class="app-header">
            <p class="brand">
                <span class="brand-mark" aria-hidden="true">"№"</span>
                {t.ui.app_name}
            </p>
        </header>
        <StorageNotice />
        <main id="main" class="app-main">{children()}</main>
        <nav class="bottom-nav" aria-label=t.ui.nav_label>
            <A href="/" exact=true>
                <span class="nav-icon" aria-hidden="true">"⌂"</span>
                <span>{t.ui.nav_home}</span>
            </A>
            <A href="/settings">
                <span class="nav-icon" aria-hidden="true">"⚙"</span>
                <span>{t.ui.nav_settings}</span>
            </A>
        </nav>
    }
}

/// Says plainly when the user's changes are not being kept.
#[component]
fn StorageNotice() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let message = move || {
        let ui = &t.ui;
        match state.storage.get() {
            StorageStatus::Saving => None,
            StorageStatus::Unavailable | StorageStatus::Unreadable => Some(ui.storage_unavailable),
            StorageStatus::KeptAside => Some(ui.storage_unreadable),
            StorageStatus::FromTheFuture => Some(ui.storage_future),
            StorageStatus::Failed(crate::platform::storage::StorageError::Full) => {
                Some(ui.storage_full)
            }
            StorageStatus::Failed(_) => Some(ui.storage_failed),
        }
    };
    view! {
        <Show when=move || message().is_some()>
            <p class="notice notice-warn" role="alert">
                {message}
            </p>
        </Show>
    }
}
