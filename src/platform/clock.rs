//! Today's date on the device (FACTS: "today" is the device's local date), the day turning while the app
//! is open, and the start-up's timers.

use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The device's local calendar date. Falls back to the earliest date chrono knows ([`NaiveDate::MIN`])
/// only if the JS clock yields an impossible date, which a working browser never does.
pub fn today() -> NaiveDate {
    local_date(&js_sys::Date::new_0()).unwrap_or(NaiveDate::MIN)
}

/// The local calendar date of a moment given in milliseconds since 1970 (a file's last change).
pub fn date_of_ms(ms: f64) -> Option<NaiveDate> {
    local_date(&js_sys::Date::new(&ms.into()))
}

fn local_date(moment: &js_sys::Date) -> Option<NaiveDate> {
    let year = moment.get_full_year() as i32;
    NaiveDate::from_ymd_opt(year, moment.get_month() + 1, moment.get_date())
}

/// Calls `on_date` with the device's date at every local midnight, and whenever the page becomes visible
/// again: an installed app stays in memory for days, and a sleeping device delays its timers. Listens
/// for the page's whole life. The date may be the same as the last one given.
pub fn watch_date(on_date: impl Fn(NaiveDate) + 'static) {
    let on_date: Rc<dyn Fn(NaiveDate)> = Rc::new(on_date);
    at_each_midnight(on_date.clone());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listener = Closure::<dyn FnMut()>::new(move || on_date(today()));
    let _ = document
        .add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Calls `on_date` just after the next local midnight, then again after each one. Each timer is set
/// from the clock when it fires, so a timer that fires late (a sleeping device) or early still lands on
/// the next midnight. If the browser refuses the timer, the date turns when the page is next shown.
fn at_each_midnight(on_date: Rc<dyn Fn(NaiveDate)>) {
    let callback = Closure::once_into_js(move || {
        on_date(today());
        at_each_midnight(on_date);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            ms_until_next_midnight(),
        );
    }
}

/// Milliseconds from now to the next local midnight (as the device's time zone has it, summer time
/// included), at least one second so that a timer firing a moment early cannot spin.
fn ms_until_next_midnight() -> i32 {
    let now = js_sys::Date::new_0();
    // The Date constructor rolls day 32 over into the next month, and December into January.
    let next = js_sys::Date::new_with_year_month_day(
        now.get_full_year(),
        now.get_month() as i32,
        now.get_date() as i32 + 1,
    );
    let ms = next.get_time() - now.get_time();
    if !ms.is_finite() {
        // A clock without a valid time: look again in an hour rather than spin.
        return 3_600_000;
    }
    // A day is 86 400 000 ms (90 000 000 across a change of summer time), far below i32::MAX.
    ms.ceil().clamp(1_000.0, 90_000_000.0) as i32
}

/// Calls `f` once, `ms` milliseconds from now. If the browser refuses the timer, `f` runs at once.
pub fn after_ms(ms: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
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
    let callback = Closure::once_into_js(move || after_ms(0, f));
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

/// Now, in UTC (an iCalendar file's DTSTAMP). Falls back to [`NaiveDateTime::MIN`] only if the JS clock
/// is out of chrono's range, which a working browser's never is.
pub fn now_utc() -> chrono::NaiveDateTime {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
        .map_or(chrono::NaiveDateTime::MIN, |t| t.naive_utc())
}
