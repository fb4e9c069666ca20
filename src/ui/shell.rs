//! The app shell: header, storage notice, main landmark, and a bottom navigation bar within reach of a thumb.

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use super::state::{use_locale, use_state, use_texts, Locale, StorageStatus};
use crate::domain::language::Lang;
use crate::platform::service_worker;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let t = use_texts();
    view! {
        <header class="app-header">
            <p class="brand">
                <span class="brand-mark" aria-hidden="true">"№"</span>
                {t.ui.app_name}
            </p>
            <OfflineBadge />
            <Link to=Route::LostCard nav=true class="lost-card-link">
                {t.ui.lost_card_nav}
            </Link>
            <LanguageSelect />
        </header>
        <UpdateBanner />
        <StorageNotice />
        <LanguageNotice />
        <main id="main" class="app-main">
            {children()}
            <MachineTranslationNote />
        </main>
        <nav class="bottom-nav" aria-label=t.ui.nav_label>
            <Link to=Route::Home nav=true>
                <span class="nav-icon" aria-hidden="true">"⌂"</span>
                <span>{t.ui.nav_home}</span>
            </Link>
            <Link to=Route::Phrases nav=true>
                <span class="nav-icon" aria-hidden="true">"あ"</span>
                <span>{t.ui.nav_phrases}</span>
            </Link>
            <Link to=Route::Settings nav=true>
                <span class="nav-icon" aria-hidden="true">"⚙"</span>
                <span>{t.ui.nav_settings}</span>
            </Link>
        </nav>
    }
}

/// A quiet badge while offline: nothing the app does needs the network.
#[component]
fn OfflineBadge() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    // The live region stays in the page and its text comes and goes, so the change is announced.
    view! {
        <span class="offline-badge" role="status">
            {move || (!state.online.get()).then_some(t.ui.offline_badge)}
        </span>
    }
}

/// "A new version is ready — Reload": the switch happens only when the user asks.
#[component]
fn UpdateBanner() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let ready = move || state.update_ready.get();
    view! {
        <div class="update-banner" hidden=move || !ready()>
            <span role="status">{move || ready().then_some(t.ui.update_ready)}</span>
            <button
                    type="button"
                    class="button"
                    on:click=move |_| leptos::task::spawn_local(service_worker::activate_waiting())
                >
                {t.ui.update_reload}
            </button>
        </div>
    }
}

/// The language, changeable from every screen; each language is named in its own script.
#[component]
fn LanguageSelect() -> impl IntoView {
    let state = use_state();
    let Locale { lang: current, t } = use_locale();
    view! {
        <select
            class="language-select"
            aria-label=t.ui.language_heading
            on:change=move |ev| {
                let select = event_target::<web_sys::HtmlSelectElement>(&ev);
                if let Some(lang) = Lang::from_tag(&select.value()) {
                    state.choose_language(lang);
                }
                // The page switches once the language's texts are here; until then it names the one shown.
                select.set_value(state.lang.get_untracked().tag());
            }
        >
            {Lang::ALL.into_iter()
                .map(|lang| {
                    view! {
                        <option value=lang.tag() lang=lang.tag() selected=lang == current>
                            {lang.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A translation not yet reviewed by a native speaker says so, in its language and in English, with one
/// tap back to English.
#[component]
fn MachineTranslationNote() -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let english = crate::i18n::built_in_english();
    lang.is_machine_translated().then(|| {
        view! {
            <div class="mt-note">
                <p>{t.ui.machine_translation}</p>
                <p lang="en">{english.ui.machine_translation}</p>
                <button
                    type="button"
                    class="button button-quiet"
                    lang="en"
                    on:click=move |_| state.progress.update(|p| p.settings.lang = Some(Lang::En))
                >
                    {english.ui.switch_to_english}
                </button>
            </div>
        }
    })
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
    // The alert stays in the page and its text comes and goes, so the change is announced.
    view! { <p class="notice notice-warn" role="alert">{message}</p> }
}

/// A language that is not on the device yet (first use offline): say so in the language shown, and offer
/// to retry. A language just picked is not stored until it arrives, so the app stays as it was.
#[component]
fn LanguageNotice() -> impl IntoView {
    let state = use_state();
    let Locale { lang: shown, t } = use_locale();
    view! {
        {move || {
            state
                .lang_missing
                .get()
                .map(|lang| {
                    let text = if state.lang_wanted.get() == Some(lang) {
                        crate::i18n::fill(
                            t.ui.lang_kept,
                            &[("language", lang.native_name()), ("current", shown.native_name())],
                        )
                    } else {
                        crate::i18n::fill(t.ui.lang_missing, &[("language", lang.native_name())])
                    };
                    view! {
                        <div class="notice notice-warn" role="alert">
                            <p>{text}</p>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| state.lang_retry.update(|n| *n += 1)
                            >
                                {t.ui.lang_retry}
                            </button>
                        </div>
                    }
                })
        }}
    }
}
