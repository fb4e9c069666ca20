//! The root component: shared state, the router and the app shell.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::home::HomePage;
use super::not_found::NotFound;
use super::phrases::{PhraseCardPage, PhrasesPage};
use super::settings::SettingsPage;
use super::shell::Shell;
use super::stage::StagePage;
use super::state::{AppState, Locale};
use crate::platform;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);

    view! {
        <Router base=platform::document::base_path()>
            // Rebuilt when the language changes: a rare event, and it lets every text be static.
            {move || {
                provide_context(Locale::new(state.lang.get()));
                view! {
                    <Shell>
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=HomePage />
                            <Route path=path!("/stage/:slug") view=StagePage />
                            <Route path=path!("/phrases") view=PhrasesPage />
                            <Route path=path!("/phrases/:slug") view=PhraseCardPage />
                            <Route path=path!("/settings") view=SettingsPage />
                        </Routes>
                    </Shell>
                }
            }}
        </Router>
    }
}
