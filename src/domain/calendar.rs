//! Calendar-date arithmetic (FACTS: all dates are calendar dates; adding months clamps to the month's end).

use chrono::{Datelike, Days, Months, NaiveDate};

/// The years a date may have: anything else is a typing mistake.
pub const MIN_YEAR: i32 = 1990;
pub const MAX_YEAR: i32 = 2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("no date was entered")]
    Empty,
    #[error("the date is not in YYYY-MM-DD form")]
    Malformed,
    #[error("that day does not exist")]
    NoSuchDay,
    #[error("the year is outside {MIN_YEAR}..={MAX_YEAR}")]
    OutOfRange,
}

pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_days(days)
    } else {
        d.checked_sub_days(days)
    }
}

/// Months clamp to the month's end: 31 Aug + 6 months = 28 Feb (29 in a leap year).
pub fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let months = Months::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_months(months)
    } else {
        d.checked_sub_months(months)
    }
}

/// Years as 12 months each, so 29 Feb + 1 year = 28 Feb.
pub fn add_years(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    add_months(d, n.checked_mul(12)?)
}

/// `to − from` in days.
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

pub fn in_range(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

/// Strict "YYYY-MM-DD", as `<input type="date">` gives it, within [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn parse_iso(s: &str) -> Result<NaiveDate, DateError> {
    let date = parse_ymd(s)?;
    if !in_range(date) {
        return Err(DateError::OutOfRange);
    }
    Ok(date)
}

/// "YYYY-MM-DD" for storage and `<input type="date">`. Written by hand: chrono's general formatter and
/// parser cost about 10 KB of wasm for this one format.
pub fn to_iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Strict "YYYY-MM-DD", any year chrono can hold (range checks are validation's job).
pub fn parse_ymd(s: &str) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let mut parts = s.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateError::Malformed);
    };
    let digits = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(DateError::Malformed);
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err(DateError::Malformed);
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(DateError::Malformed);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDay)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn adding_days_crosses_leap_days_month_and_year_ends() {
        assert_eq!(add_days(date(2028, 2, 29), 14), Some(date(2028, 3, 14)));
        assert_eq!(add_days(date(2028, 2, 20), 14), Some(date(2028, 3, 5)));
        assert_eq!(add_days(date(2027, 2, 20), 14), Some(date(2027, 3, 6)));
        assert_eq!(add_days(date(2026, 12, 20), 14), Some(date(2027, 1, 3)));
        assert_eq!(add_days(date(2026, 4, 15), -14), Some(date(2026, 4, 1)));
        assert_eq!(add_days(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        assert_eq!(add_months(date(2026, 8, 31), 6), Some(date(2027, 2, 28)));
        assert_eq!(add_months(date(2027, 8, 31), 6), Some(date(2028, 2, 29)));
        assert_eq!(add_months(date(2026, 5, 31), -3), Some(date(2026, 2, 28)));
        assert_eq!(add_months(date(2026, 11, 30), 3), Some(date(2027, 2, 28)));
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn adding_years_keeps_the_day_or_clamps_a_leap_day() {
        assert_eq!(add_years(date(2028, 2, 29), 2), Some(date(2030, 2, 28)));
        assert_eq!(add_years(date(2026, 3, 20), 2), Some(date(2028, 3, 20)));
        assert_eq!(add_years(date(2026, 3, 20), i32::MAX), None);
    }

    #[test]
    fn days_between_counts_calendar_days() {
        assert_eq!(days_between(date(2026, 4, 1), date(2026, 4, 15)), 14);
        assert_eq!(days_between(date(2026, 4, 15), date(2026, 4, 1)), -14);
        assert_eq!(days_between(date(2027, 12, 31), date(2028, 3, 1)), 61);
    }

    #[test]
    fn dates_are_written_as_iso() {
        assert_eq!(to_iso(date(2026, 4, 1)), "2026-04-01");
        assert_eq!(to_iso(date(1990, 12, 31)), "1990-12-31");
        assert_eq!(parse_iso(&to_iso(date(2028, 2, 29))), Ok(date(2028, 2, 29)));
    }

    #[test]
    fn parsing_accepts_only_real_iso_dates_in_range() {
        assert_eq!(parse_iso("2026-04-01"), Ok(date(2026, 4, 1)));
        assert_eq!(parse_iso(" 2028-02-29 "), Ok(date(2028, 2, 29)));
        assert_eq!(parse_iso(""), Err(DateError::Empty));
        assert_eq!(parse_iso("   "), Err(DateError::Empty));
        assert_eq!(parse_iso("2026-4-1"), Err(DateError::Malformed));
        assert_eq!(parse_iso("01/04/2026"), Err(DateError::Malformed));
        assert_eq!(parse_iso("2026-04-01T00:00"), Err(DateError::Malformed));
        assert_eq!(parse_iso("2026-13-01"), Err(DateError::Malformed));
        assert_eq!(parse_iso("+2026-04-01"), Err(DateError::Malformed));
        assert_eq!(parse_iso("2026-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2027-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("1989-12-31"), Err(DateError::OutOfRange));
        assert_eq!(parse_iso("2101-01-01"), Err(DateError::OutOfRange));
        assert_eq!(parse_iso("１２３４-05-06"), Err(DateError::Malformed));
    }
}
