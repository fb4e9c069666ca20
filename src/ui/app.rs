//! The root component: shared state, the router and the app shell.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::journey::{JourneyPage, NotFound};
use super::shell::Shell;
use crate::domain::language::Lang;
use crate::i18n::{self, Texts};
use crate::platform;

/// The texts of the current language, shared by context.
#[derive(Clone, Copy)]
pub struct Tr(pub Signal<&'static Texts>);

pub fn use_texts() -> Signal<&'static Texts> {
    use_context::<Tr>()
        .map(|t| t.0)
        .unwrap_or_else(|| Signal::stored(i18n::texts(Lang::En)))
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::En);
    Effect::new(move |_| platform::document::set_html_lang(lang.get()));
    provide_context(Tr(Signal::derive(move || i18n::texts(lang.get()))));

    view! {
        <Router base=platform::document::base_path()>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=JourneyPage />
                </Routes>
            </Shell>
        </Router>
    }
}
