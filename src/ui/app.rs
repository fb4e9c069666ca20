//! The root component: shared state, the current screen and the app shell.

use leptos::prelude::*;

use super::home::HomePage;
use super::not_found::NotFound;
use super::phrases::{PhraseCard, PhrasesPage};
use super::settings::SettingsPage;
use super::shell::Shell;
use super::stage::StagePage;
use super::state::{AppState, Locale};
use crate::domain::route::Route;
use crate::platform::storage::Loaded;

/// The app, starting from what storage held (`platform::storage::load`, read once at start-up).
#[component]
pub fn App(loaded: Loaded) -> impl IntoView {
    let state = AppState::start(loaded);
    provide_context(state);

    // Rebuilt when the language changes: a rare event, and it lets every text be static.
    move || {
        provide_context(Locale::new(state.lang.get()));
        view! {
            <Shell>
                {move || match state.route.get() {
                    Route::Home => view! { <HomePage /> }.into_any(),
                    Route::Stage(stage) => view! { <StagePage stage=stage /> }.into_any(),
                    Route::Phrases => view! { <PhrasesPage /> }.into_any(),
                    Route::Phrase(card) => view! { <PhraseCard card=card /> }.into_any(),
                    Route::Settings => view! { <SettingsPage /> }.into_any(),
                    Route::NotFound => view! { <NotFound /> }.into_any(),
                }}
            </Shell>
        }
    }
}
