//! Sharing a file through the phone's share sheet (Web Share API with files), where the browser can:
//! Android Chrome and Safari can, most desktop browsers cannot. Called through `Reflect`, as web-sys
//! marks the API unstable.

use wasm_bindgen::{JsCast, JsValue};

/// Whether the browser can share a file named `name` of type `mime` (asked with an empty one): browsers
/// share some types only.
pub fn can_share_file(name: &str, mime: &str) -> bool {
    share_data(name, "", mime)
        .and_then(|(navigator, data)| {
            method(&navigator, "canShare")?
                .call1(&navigator, &data)
                .ok()?
                .as_bool()
        })
        .unwrap_or(false)
}

/// Opens the share sheet with a text file; must follow a tap. Nothing happens where the browser
/// cannot share, and cancelling the sheet is not an error worth reporting.
pub fn share_file(name: &str, text: &str, mime: &str) {
    let promise = share_data(name, text, mime)
        .and_then(|(navigator, data)| method(&navigator, "share")?.call1(&navigator, &data).ok());
    super::fullscreen::ignore_refusal(promise);
}

/// The navigator, and `{ files: [file] }` for a text file.
fn share_data(name: &str, text: &str, mime: &str) -> Option<(JsValue, js_sys::Object)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file = web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&text.into()),
        name,
        &options,
    )
    .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    Some((navigator, data))
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}
