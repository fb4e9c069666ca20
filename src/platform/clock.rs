//! Today's date on the device (FACTS: "today" is the device's local date).

use chrono::NaiveDate;

/// The device's local calendar date. Falls back to 1 Jan 2026 only if the JS clock yields an impossible
/// date, which a working browser never does.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = now.get_month() + 1;
    let day = now.get_date();
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}
