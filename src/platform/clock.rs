//! Today's date on the device (FACTS: "today" is the device's local date), and the start-up's timers.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// The device's local calendar date. Falls back to 1 Jan 2026 only if the JS clock yields an impossible
/// date, which a working browser never does.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = now.get_month() + 1;
    let day = now.get_date();
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Calls `f` once, `ms` milliseconds from now. If the browser refuses the timer, `f` runs at once.
pub fn after_ms(ms: i32, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let scheduled = web_sys::window().map(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
    });
    if !matches!(scheduled, Some(Ok(_))) {
        call_now(&callback);
    }
}

/// Calls `f` once just after the browser's next paint (the next animation frame, then a task), so what is
/// on screen now is painted first. If the browser refuses the frame callback, `f` runs after a task.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || after_ms(0, f));
    let requested = web_sys::window().map(|w| w.request_animation_frame(callback.unchecked_ref()));
    if !matches!(requested, Some(Ok(_))) {
        call_now(&callback);
    }
}

/// Runs a callback the browser would not schedule.
fn call_now(callback: &wasm_bindgen::JsValue) {
    if let Some(f) = callback.dyn_ref::<js_sys::Function>() {
        let _ = f.call0(&wasm_bindgen::JsValue::NULL);
    }
}
