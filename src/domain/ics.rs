//! An iCalendar (RFC 5545) file of all-day reminder events, for "add to my calendar".
//!
//! Plain data in, text out: the caller maps plan items to [`Event`]s and chooses the words, so this
//! module knows nothing of the plan or of translations.
//!
//! What the output keeps to (RFC 5545 section in brackets):
//! - CRLF after every line, and lines longer than 75 octets folded with CRLF and one space (3.1),
//!   never inside a UTF-8 character;
//! - TEXT values escape `\`, `;`, `,` and line breaks as `\n` (3.3.11); control characters, which TEXT
//!   cannot hold, are dropped;
//! - each event is all-day: `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` the next day
//!   (3.6.1), `TRANSP:TRANSPARENT` so a reminder does not mark the day busy;
//! - `DTSTAMP` in UTC (3.8.7.2), `METHOD:PUBLISH` (RFC 5546) since nobody is invited.
//!
//! Alarms are relative triggers (`TRIGGER:-PT15H`), not absolute ones. An all-day event's start is
//! midnight in whatever zone the phone is in, so "9:00 one day before" is 15 hours before the start,
//! wherever the student is. An absolute `TRIGGER;VALUE=DATE-TIME` must be in UTC (3.8.6.3; a floating
//! one is not allowed), which would tie the alarm to one time zone. Apple Calendar writes its own
//! all-day alarms this way and Outlook reads them (it keeps one reminder per event); Google Calendar is
//! reported to drop `VALARM`s on import and apply its own default notifications, so the events
//! themselves must carry everything needed. None of this was tried in a real calendar app here.
//!
//! Written by hand rather than with the `icalendar` crate, which the tests use to read the output back.
//! Measured: a wasm32 cdylib exporting one wasm-bindgen function that writes 3 events with 2 alarms each
//! (opt-level "z", LTO, one codegen unit, panic = "abort"; wasm-bindgen 0.2.130, `wasm-opt -Oz` from
//! binaryen 132, `gzip -9`) is 10.2 KiB gz with this writer and 33.1 KiB gz with `icalendar` 0.17.17
//! (default features off), against 8.2 KiB gz for the same function writing no calendar: about 2 KiB
//! against 25 KiB. The crate brings chrono's formatter and clock, `uuid` and `getrandom`; its `all_day`
//! also writes DTEND equal to DTSTART rather than the next day.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// One all-day reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, so importing again updates the event instead of adding a copy: see [`uid`].
    pub uid: String,
    /// The day itself; the event ends (exclusively) the next day.
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    pub url: Option<String>,
    pub alarms: Vec<Alarm>,
}

/// A notification `days_before` the event's day at `at_hour` o'clock, local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Alarm {
    pub days_before: u32,
    /// Hours after midnight, normally 0..=23.
    pub at_hour: u32,
}

/// The whole file. `dtstamp` is the time of writing, in UTC.
pub fn calendar(events: &[Event], dtstamp: NaiveDateTime, prodid: &str) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.prop("PRODID:", &text(prodid));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    let stamp = utc_date_time(dtstamp);
    for event in events {
        out.line("BEGIN:VEVENT");
        out.prop("UID:", &text(&event.uid));
        out.prop("DTSTAMP:", &stamp);
        out.prop("DTSTART;VALUE=DATE:", &date(event.date));
        // For chrono's very last day there is no next day; a DATE start alone lasts one day (3.6.1).
        if let Some(next) = event.date.succ_opt() {
            out.prop("DTEND;VALUE=DATE:", &date(next));
        }
        out.prop("SUMMARY:", &text(&event.summary));
        out.prop("DESCRIPTION:", &text(&event.description));
        if let Some(url) = &event.url {
            out.prop("URL:", &without_controls(url));
        }
        out.line("TRANSP:TRANSPARENT");
        for alarm in &event.alarms {
            out.line("BEGIN:VALARM");
            out.line("ACTION:DISPLAY");
            out.prop("DESCRIPTION:", &text(&event.summary));
            out.prop("TRIGGER:", &trigger(*alarm));
            out.line("END:VALARM");
        }
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.0
}

/// A stable UID from a task and its trigger date: `uid("extend-card", 31 Mar 2027, "my-number-guide")`
/// is `extend-card-2027-03-31@my-number-guide`. Characters other than ASCII letters, digits, `-`, `_`
/// and `.` become `-`.
pub fn uid(slug: &str, date: NaiveDate, domain: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' => c,
                _ => '-',
            })
            .collect()
    };
    format!(
        "{}-{:04}-{:02}-{:02}@{}",
        clean(slug),
        date.year(),
        date.month(),
        date.day(),
        clean(domain)
    )
}

/// Content lines, each folded to at most 75 octets and ended with CRLF (3.1).
#[derive(Default)]
struct Lines(String);

impl Lines {
    const MAX_OCTETS: usize = 75;

    fn line(&mut self, content: &str) {
        self.prop(content, "");
    }

    /// A property: its name (with parameters and the colon) and its value, as one content line.
    /// Written in two parts rather than through `format!`, which costs wasm bytes at every call.
    fn prop(&mut self, name: &str, value: &str) {
        let mut used = 0;
        for c in name.chars().chain(value.chars()) {
            if used + c.len_utf8() > Self::MAX_OCTETS {
                self.0.push_str("\r\n ");
                used = 1;
            }
            self.0.push(c);
            used += c.len_utf8();
        }
        self.0.push_str("\r\n");
    }
}

/// A TEXT value (3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // CRLF and a lone CR are one line break each.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            c if is_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn without_controls(s: &str) -> String {
    s.chars().filter(|&c| !is_control(c)).collect()
}

/// Characters no iCalendar value may hold (TEXT allows the tab).
fn is_control(c: char) -> bool {
    c.is_control() && c != '\t'
}

/// A DATE value, `YYYYMMDD` (3.3.4). Written by hand: chrono's formatter costs wasm bytes.
fn date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A UTC DATE-TIME value, `YYYYMMDDTHHMMSSZ` (3.3.5).
fn utc_date_time(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A DURATION relative to the all-day event's start, its midnight (3.3.6, 3.8.6.3):
/// one day before at 9:00 is `-PT15H`, two days before at 9:00 `-P1DT15H`, the day itself at 9:00 `PT9H`.
fn trigger(alarm: Alarm) -> String {
    let hours = i64::from(alarm.at_hour) - 24 * i64::from(alarm.days_before);
    let sign = if hours < 0 { "-" } else { "" };
    let (days, hours) = (hours.unsigned_abs() / 24, hours.unsigned_abs() % 24);
    let mut out = format!("{sign}P");
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if hours > 0 || days == 0 {
        out.push_str(&format!("T{hours}H"));
    }
    out
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
