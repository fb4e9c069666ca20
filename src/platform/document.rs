//! The document around the app: `<html lang>` and the deploy path from `<base href>`.

use wasm_bindgen::JsCast;

use crate::domain::language::Lang;

/// Sets `<html lang>` so screen readers and fonts follow the chosen language.
pub fn set_html_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Setting an attribute on <html> cannot fail in practice; nothing to recover if it does.
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without a trailing
/// slash: "" at the root of a host, "/guide" under a sub-path.
pub fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    // baseURI is absolute ("https://host/guide/"); keep only its path.
    let path = href
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
        .unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// The device's preferred languages (`navigator.languages`), most preferred first.
pub fn device_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Removes the static start-up screen of `index.html` (`#boot`) once the app takes over.
pub fn remove_boot_screen() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Focuses the element with this id once the view that holds it is built (after the current task),
/// scrolling it into view: a "Waiting for" link opens a step on the date it waits for.
pub fn focus_soon(id: String) {
    super::clock::after_ms(0, move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Nothing to recover if the browser refuses focus.
            let _ = element.focus();
        }
    });
}
