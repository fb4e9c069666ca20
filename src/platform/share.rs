//! Handing a file to another app through the system share sheet (Web Share with files), where the
//! browser offers it for that kind of file. Called through `Reflect`: `navigator.share` and `canShare`
//! are unstable in web-sys.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the browser can share a file named `name` of type `mime` (`navigator.canShare({files})`).
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let check = || -> Option<bool> {
        let (navigator, can_share) = navigator_method("canShare")?;
        navigator_method("share")?;
        let data = files_data(&file(name, "", mime)?)?;
        can_share.call1(&navigator, &data).ok()?.as_bool()
    };
    check().unwrap_or(false)
}

/// Opens the share sheet with `text` as the file `name`; must run from a user's tap. What happens next
/// (shared, or the sheet closed) needs no answer, and a sheet that does not open leaves the download
/// beside it: the promise is awaited only so that a closed sheet's rejection is not reported as
/// unhandled.
pub fn share_file(name: &str, text: &str, mime: &str) {
    let promise = navigator_method("share").and_then(|(navigator, share)| {
        let data = files_data(&file(name, text, mime)?)?;
        share
            .call1(&navigator, &data)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    if let Some(promise) = promise {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// `navigator` and one of its methods, if the browser has it.
fn navigator_method(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let method = js_sys::Reflect::get(&navigator, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((navigator, method))
}

fn file(name: &str, text: &str, mime: &str) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

/// `{ files: [file] }`
fn files_data(file: &web_sys::File) -> Option<JsValue> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file)).ok()?;
    Some(data.into())
}
