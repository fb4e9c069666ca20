//! The document around the app: `<html lang>`, the deploy path from `<base href>`, and the static start
//! screen of `index.html`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::language::Lang;
use crate::markup::escape;

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

/// Shows `message` with a `button` on the static start screen, as an alert, until the button is pressed or
/// the browser comes back online; then removes it. Used when no language pack can be downloaded.
pub async fn boot_notice(message: &str, button: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(main) = document.query_selector("#boot .app-main").ok().flatten() else {
        return;
    };
    let html = format!(
        r#"<div id="boot-notice" class="notice notice-warn" role="alert"><p>{}</p><button type="button" class="button">{}</button></div>"#,
        escape(message),
        escape(button)
    );
    if main.insert_adjacent_html("beforeend", &html).is_err() {
        return;
    }
    let notice = document.get_element_by_id("boot-notice");
    let button = notice
        .as_ref()
        .and_then(|n| n.query_selector("button").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    let mut resolve = None;
    let pressed = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
    if let Some(resolve) = &resolve {
        if let Some(button) = &button {
            button.set_onclick(Some(resolve));
        }
        let _ = window.add_event_listener_with_callback("online", resolve);
    }
    let _ = JsFuture::from(pressed).await;
    if let Some(resolve) = &resolve {
        let _ = window.remove_event_listener_with_callback("online", resolve);
    }
    if let Some(notice) = notice {
        notice.remove();
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
/// Empties the text field with this id, if the page shows one.
pub fn clear_field(id: &str) {
    if let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok())
    {
        input.set_value("");
    }
}
