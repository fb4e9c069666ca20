//! Handing a file to another app through the system share sheet (Web Share with files), where the
//! browser offers it for that kind of file. Called through `Reflect`: `navigator.share` and `canShare`
//! are unstable in web-sys.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// The user closed the share sheet: nothing to report.
    #[error("sharing was cancelled")]
    Cancelled,
    #[error("the browser could not share the file")]
    Failed,
}

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

/// Opens the share sheet with `text` as the file `name`. Must run from a user's tap.
pub async fn share_file(name: &str, text: &str, mime: &str) -> Result<(), ShareError> {
    let (navigator, share) = navigator_method("share").ok_or(ShareError::Failed)?;
    let data = file(name, text, mime)
        .and_then(|f| files_data(&f))
        .ok_or(ShareError::Failed)?;
    let promise = share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(ShareError::Failed)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok();
        if name.and_then(|n| n.as_string()).as_deref() == Some("AbortError") {
            ShareError::Cancelled
        } else {
            ShareError::Failed
        }
    })
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
