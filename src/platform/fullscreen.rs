//! The browser's full-screen mode (Fullscreen API) for a phrase card shown to counter staff, where the
//! browser has it (not on iPhone Safari). Called through `Reflect`; a refusal (no recent tap, e.g. a card
//! opened from a bookmark) is silent, as the card fills the window either way.

use wasm_bindgen::{JsCast, JsValue};

/// Asks for the whole page to go full screen. Must follow a tap; does nothing where unsupported.
pub fn enter() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        call_quietly(&root, "requestFullscreen");
    }
}

/// Leaves full screen if the page is in it (the user may already have left with Back or a swipe).
pub fn exit() {
    if let Some(document) = document().filter(|d| d.fullscreen_element().is_some()) {
        call_quietly(&document, "exitFullscreen");
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Calls `target.method()` if it exists, with a no-op handler for a refused promise.
fn call_quietly(target: &JsValue, method: &str) {
    let promise = js_sys::Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(target).ok());
    ignore_refusal(promise);
}

/// Gives a promise a rejection handler, so a refusal is not reported as an uncaught error. The handler is
/// the built-in `Boolean` function, which does nothing with what it is given: awaiting the promise in
/// Rust instead costs about 1 KB of wasm per call site.
pub(super) fn ignore_refusal(promise: Option<JsValue>) {
    let function = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    let Some(promise) = promise else {
        return;
    };
    let noop = web_sys::window().and_then(|w| function(&w, "Boolean"));
    if let (Some(catch), Some(noop)) = (function(&promise, "catch"), noop) {
        let _ = catch.call1(&promise, &noop);
    }
}
