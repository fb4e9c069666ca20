//! Keeping the screen on while a phrase card is shown to staff (Screen Wake Lock API), where the browser
//! allows it. Called through `Reflect` so no unstable web-sys API is needed; every failure is silent,
//! because the card works the same without it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A held wake lock. Dropping a handle does not release it (handles are cloned, and there is no `Drop`):
/// its owner calls [`release`] when the card closes. The browser also releases it when the page is hidden.
#[derive(Clone)]
pub struct WakeLock(JsValue);

/// Asks for a screen wake lock. `None` where unsupported or refused (e.g. battery saver).
pub async fn request() -> Option<WakeLock> {
    let navigator = web_sys::window()?.navigator();
    let api = js_sys::Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    if api.is_undefined() || api.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&api, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = request
        .call1(&api, &"screen".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    JsFuture::from(promise).await.ok().map(WakeLock)
}

/// Lets the screen sleep again. Releasing a lock twice, or one the browser already released, is harmless.
pub fn release(lock: &WakeLock) {
    let release = js_sys::Reflect::get(&lock.0, &"release".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(release) = release {
        let _ = release.call0(&lock.0);
    }
}
