//! The root component: shared state, the current screen and the app shell.

use leptos::prelude::*;

use super::check_number::CheckNumberPage;
use super::home::HomePage;
use super::lost_card::lost_card_page;
use super::not_found::NotFound;
use super::phrases::{PhraseCard, PhrasesPage};
use super::settings::SettingsPage;
use super::shell::Shell;
use super::sources::sources_page;
use super::stage::StagePage;
use super::state::{AppState, Locale};
use super::text_page::TextPageView;
use crate::domain::route::Route;
use crate::platform::storage::Loaded;

/// The app, starting from what storage held (`platform::storage::load`, read once at start-up).
#[component]
pub fn App(loaded: Loaded) -> impl IntoView {
    let state = AppState::start(loaded);
    provide_context(state);

    // Rebuilt when the language changes: a rare event, and it lets every text be static.
    move || {
        let locale = Locale::new(state.lang.get());
        provide_context(locale);
        view! {
            <Shell>
                {move || match state.route.get() {
                    Route::Home => view! { <HomePage /> }.into_any(),
                    Route::Stage(stage) => view! { <StagePage stage=stage /> }.into_any(),
                    Route::Phrases => view! { <PhrasesPage /> }.into_any(),
                    Route::Phrase(card) => view! { <PhraseCard card=card /> }.into_any(),
                    Route::Settings => view! { <SettingsPage /> }.into_any(),
                    // One page shape for both: its view code is in the app once.
                    Route::LostCard => {
                        view! { <TextPageView page=lost_card_page(locale) /> }.into_any()
                    }
                    Route::Sources => view! { <TextPageView page=sources_page(locale.t) /> }.into_any(),
                    Route::CheckNumber => view! { <CheckNumberPage /> }.into_any(),
                    Route::NotFound => view! { <NotFound /> }.into_any(),
                }}
            </Shell>
        }
    }
}
