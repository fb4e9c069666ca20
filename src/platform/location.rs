//! The address bar: the current path below the app's base, in-app navigation with the History API, and
//! the browser's back and forward buttons.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::document::base_path;

/// The current path below the app's base ("/stage/apply" when served at "/guide/stage/apply").
pub fn current_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned());
    let base = base_path();
    match path.strip_prefix(&base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest.to_owned(),
        _ => path,
    }
}

/// The address's fragment without its "#" ("date-applied"), or "".
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The full href for a path below the base, for `<a href>`.
pub fn href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// The absolute address of a path below the base ("https://example.org/guide/stage/apply"), for links
/// that leave the app, such as a calendar reminder's.
pub fn absolute(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(path))
}

/// Shows `path` in the address bar as a new history entry, without loading a page.
pub fn push(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href(path)));
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Calls `on_change` with the new path when the user goes back or forward.
pub fn on_pop(on_change: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn FnMut()>::new(move || on_change(current_path()));
    let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    // Listens for the page's whole life.
    listener.forget();
}
