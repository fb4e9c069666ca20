//! The iCalendar writer, property by property, and read back with the `icalendar` crate's parser.

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp() -> NaiveDateTime {
    date(2026, 11, 25).and_hms_opt(22, 14, 37).unwrap()
}

fn event(day: NaiveDate, summary: &str, description: &str) -> Event {
    Event {
        uid: uid("extend-card", day, "my-number-guide"),
        date: day,
        summary: summary.to_string(),
        description: description.to_string(),
        url: None,
        alarms: vec![],
    }
}

fn physical_lines(ics: &str) -> Vec<&str> {
    ics.strip_suffix("\r\n").unwrap().split("\r\n").collect()
}

/// RFC 5545 3.1: remove every CRLF followed by one space.
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn assert_well_formed(ics: &str) {
    for line in physical_lines(ics) {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "bare CR or LF in {line:?}");
    }
    assert!(ics.ends_with("\r\n"));
}

#[test]
fn an_event_is_written_in_full() {
    let ics = calendar(
        &[Event {
            url: Some("https://www.kojinbango-card.go.jp/".to_string()),
            alarms: vec![Alarm {
                days_before: 1,
                at_hour: 9,
            }],
            ..event(
                date(2027, 3, 31),
                "Extend your card",
                "Bring your card; PIN",
            )
        }],
        stamp(),
        "-//My Number Guide//EN",
    );
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\n\
         VERSION:2.0\r\n\
         PRODID:-//My Number Guide//EN\r\n\
         CALSCALE:GREGORIAN\r\n\
         METHOD:PUBLISH\r\n\
         BEGIN:VEVENT\r\n\
         UID:extend-card-2027-03-31@my-number-guide\r\n\
         DTSTAMP:20261125T221437Z\r\n\
         DTSTART;VALUE=DATE:20270331\r\n\
         DTEND;VALUE=DATE:20270401\r\n\
         SUMMARY:Extend your card\r\n\
         DESCRIPTION:Bring your card\\; PIN\r\n\
         URL:https://www.kojinbango-card.go.jp/\r\n\
         TRANSP:TRANSPARENT\r\n\
         BEGIN:VALARM\r\n\
         ACTION:DISPLAY\r\n\
         DESCRIPTION:Extend your card\r\n\
         TRIGGER:-PT15H\r\n\
         END:VALARM\r\n\
         END:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
}

#[test]
fn an_empty_calendar_is_still_a_calendar() {
    let ics = calendar(&[], stamp(), "p");
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:p\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    );
}

#[test]
fn an_all_day_event_ends_exclusively_the_next_day() {
    for (day, start, end) in [
        (date(2027, 12, 31), "20271231", "20280101"),
        (date(2027, 2, 28), "20270228", "20270301"),
        (date(2028, 2, 28), "20280228", "20280229"),
        (date(2028, 2, 29), "20280229", "20280301"),
        (date(2026, 4, 30), "20260430", "20260501"),
        (date(1990, 1, 1), "19900101", "19900102"),
    ] {
        let ics = calendar(&[event(day, "s", "d")], stamp(), "p");
        assert!(
            ics.contains(&format!("\r\nDTSTART;VALUE=DATE:{start}\r\n")),
            "{day}"
        );
        assert!(
            ics.contains(&format!("\r\nDTEND;VALUE=DATE:{end}\r\n")),
            "{day}"
        );
    }
}

#[test]
fn the_last_day_chrono_knows_has_no_dtend_and_no_panic() {
    let ics = calendar(&[event(NaiveDate::MAX, "s", "d")], stamp(), "p");
    assert!(ics.contains("DTSTART;VALUE=DATE:"));
    assert!(!ics.contains("DTEND"));
}

#[test]
fn the_stamp_is_utc_to_the_second() {
    let t = date(2027, 1, 2).and_hms_milli_opt(3, 4, 5, 999).unwrap();
    let ics = calendar(&[event(date(2027, 1, 9), "s", "d")], t, "p");
    assert!(ics.contains("\r\nDTSTAMP:20270102T030405Z\r\n"));
}

#[test]
fn the_url_is_written_only_when_given() {
    let without = calendar(&[event(date(2027, 1, 9), "s", "d")], stamp(), "p");
    assert!(!without.contains("URL"));
    let with = Event {
        url: Some("https://example.org/a?b=1,2;c\r\nX-EVIL:1".to_string()),
        ..event(date(2027, 1, 9), "s", "d")
    };
    let ics = calendar(&[with], stamp(), "p");
    assert!(ics.contains("\r\nURL:https://example.org/a?b=1,2;cX-EVIL:1\r\n"));
}

#[test]
fn text_escapes_backslash_semicolon_comma_and_line_breaks() {
    assert_eq!(text(r"C:\path"), r"C:\\path");
    assert_eq!(text("a;b,c"), r"a\;b\,c");
    assert_eq!(text("one\ntwo"), r"one\ntwo");
    assert_eq!(text("one\r\ntwo\rthree"), r"one\ntwo\nthree");
    assert_eq!(text("\\n is not a newline"), r"\\n is not a newline");
    assert_eq!(text("\n\n"), r"\n\n");
    assert_eq!(
        text("在留カード, 転入届; ¥1,000"),
        r"在留カード\, 転入届\; ¥1\,000"
    );
}

#[test]
fn text_keeps_tabs_and_colons_and_drops_other_control_characters() {
    assert_eq!(text("a\tb: c"), "a\tb: c");
    assert_eq!(text("bell\u{7}nul\u{0}del\u{7f}c1\u{85}"), "bellnuldelc1");
}

#[test]
fn summaries_descriptions_and_uids_are_escaped_in_the_file() {
    let e = Event {
        uid: "a,b;c".to_string(),
        ..event(
            date(2027, 1, 9),
            "Fee: ¥1,000; bring ID",
            "Line 1\nLine 2 \\ end",
        )
    };
    let ics = calendar(&[e], stamp(), "-//A, B//EN");
    assert!(ics.contains("\r\nPRODID:-//A\\, B//EN\r\n"));
    assert!(ics.contains("\r\nUID:a\\,b\\;c\r\n"));
    assert!(ics.contains("\r\nSUMMARY:Fee: ¥1\\,000\\; bring ID\r\n"));
    assert!(ics.contains("\r\nDESCRIPTION:Line 1\\nLine 2 \\\\ end\r\n"));
}

#[test]
fn every_line_ends_with_crlf_and_nothing_else_breaks_a_line() {
    let e = Event {
        alarms: vec![Alarm {
            days_before: 3,
            at_hour: 9,
        }],
        ..event(date(2027, 1, 9), "a\nb\r\nc\rd", &"long line ".repeat(30))
    };
    let ics = calendar(&[e], stamp(), "p");
    assert_well_formed(&ics);
    assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
}

#[test]
fn a_line_of_75_octets_stays_whole_and_76_are_folded() {
    let mut out = Lines::default();
    out.line(&"a".repeat(75));
    assert_eq!(out.0, format!("{}\r\n", "a".repeat(75)));

    let mut out = Lines::default();
    out.line(&"a".repeat(76));
    assert_eq!(out.0, format!("{}\r\n a\r\n", "a".repeat(75)));

    let mut out = Lines::default();
    out.line(&"a".repeat(75 + 74 + 1));
    assert_eq!(
        out.0,
        format!("{}\r\n {}\r\n a\r\n", "a".repeat(75), "a".repeat(74))
    );
}

#[test]
fn folding_never_splits_a_character_and_unfolding_restores_the_text() {
    let long_texts = [
        "マイナンバーカードの有効期間は在留期間の満了日までです。在留期間を更新したら、市区町村の窓口でカードの有効期間を延長してください。".repeat(3),
        "तपाईंको माइ नम्बर कार्डको म्याद तपाईंको बसाइको अवधि सकिने दिनसम्म हुन्छ। बसाइ नवीकरण गरेपछि नगरपालिकामा गएर कार्डको म्याद थप्नुहोस्।".repeat(2),
        "🎴📮🏢🪪✅".repeat(40),
        format!("a{}", "😀".repeat(60)),
        format!("ab{}", "日".repeat(80)),
        "x".repeat(500),
    ];
    for long in long_texts {
        let e = event(date(2027, 3, 31), &long, &format!("{long}\n{long}"));
        let ics = calendar(&[e], stamp(), "p");
        assert_well_formed(&ics);
        let lines = physical_lines(&ics);
        assert!(
            lines.iter().skip(1).any(|l| l.starts_with(' ')),
            "nothing was folded"
        );
        let unfolded = unfold(&ics);
        assert!(unfolded.contains(&format!("\r\nSUMMARY:{}\r\n", text(&long))));
        assert!(unfolded.contains(&format!(
            "\r\nDESCRIPTION:{}\\n{}\r\n",
            text(&long),
            text(&long)
        )));
    }
}

#[test]
fn alarms_count_back_from_the_days_midnight() {
    for (days_before, at_hour, trigger_text) in [
        (1, 9, "-PT15H"),
        (2, 9, "-P1DT15H"),
        (7, 9, "-P6DT15H"),
        (30, 9, "-P29DT15H"),
        (1, 0, "-P1D"),
        (1, 23, "-PT1H"),
        (0, 9, "PT9H"),
        (0, 0, "PT0H"),
        (1, 24, "PT0H"),
    ] {
        let alarm = Alarm {
            days_before,
            at_hour,
        };
        assert_eq!(trigger(alarm), trigger_text, "{alarm:?}");
    }
    let _ = trigger(Alarm {
        days_before: u32::MAX,
        at_hour: u32::MAX,
    });
    let _ = trigger(Alarm {
        days_before: u32::MAX,
        at_hour: 0,
    });
}

#[test]
fn each_alarm_is_a_display_alarm_with_the_summary() {
    let e = Event {
        alarms: vec![
            Alarm {
                days_before: 7,
                at_hour: 9,
            },
            Alarm {
                days_before: 1,
                at_hour: 9,
            },
        ],
        ..event(date(2027, 3, 31), "Extend, today", "d")
    };
    let ics = calendar(&[e], stamp(), "p");
    assert_eq!(
        ics.matches("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Extend\\, today\r\n")
            .count(),
        2
    );
    assert!(ics.contains("TRIGGER:-P6DT15H\r\nEND:VALARM\r\nBEGIN:VALARM"));
    assert!(ics.contains("TRIGGER:-PT15H\r\nEND:VALARM\r\nEND:VEVENT"));
}

#[test]
fn a_uid_is_built_from_the_task_and_its_trigger_date() {
    assert_eq!(
        uid("extend-card", date(2027, 3, 31), "my-number-guide"),
        "extend-card-2027-03-31@my-number-guide"
    );
    assert_eq!(
        uid("Extend card/更新", date(2028, 2, 29), "guide@example org"),
        "Extend-card----2028-02-29@guide-example-org"
    );
    assert_eq!(uid("a_b.c", date(1990, 1, 1), ""), "a_b.c-1990-01-01@");
}

// Read back with the `icalendar` crate's parser, a native-only dev-dependency like proptest.
#[cfg(not(target_arch = "wasm32"))]
mod read_back {
    use super::*;
    use icalendar::{Component, DatePerhapsTime, Trigger};
    use proptest::prelude::*;

    fn parse(ics: &str) -> icalendar::Calendar {
        ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"))
    }

    /// What a reader gets back from `text`: control characters dropped, CR and CRLF as LF.
    fn as_read(s: &str) -> String {
        let s = s.replace("\r\n", "\n").replace('\r', "\n");
        s.chars().filter(|&c| c == '\n' || !is_control(c)).collect()
    }

    /// A relative TRIGGER as a signed duration. The crate's own `Trigger` reader (iso8601) takes no sign,
    /// so the sign is read here and the rest by the crate.
    fn read_trigger(property: &icalendar::Property) -> Option<chrono::Duration> {
        assert!(property.params().is_empty(), "a plain relative trigger");
        let value = property.value();
        let (sign, magnitude) = match value.strip_prefix('-') {
            Some(magnitude) => (-1, magnitude),
            None => (1, value),
        };
        match Trigger::try_from(&icalendar::Property::new("TRIGGER", magnitude)) {
            Ok(Trigger::Duration(duration, None)) => Some(duration * sign),
            _ => None,
        }
    }

    fn sample() -> Vec<Event> {
        vec![
            Event {
                uid: uid("extend-card", date(2027, 12, 31), "my-number-guide"),
                date: date(2027, 12, 31),
                summary: "Extend your My Number Card (在留カード, 転入届; ¥1,000)".to_string(),
                description: "Bring:\n- residence card\n- 4-digit PIN; signature PIN\nC:\\not\\a\\path, really"
                    .to_string(),
                url: Some("https://www.kojinbango-card.go.jp/en-otoiawase/".to_string()),
                alarms: vec![
                    Alarm { days_before: 7, at_hour: 9 },
                    Alarm { days_before: 1, at_hour: 9 },
                    Alarm { days_before: 0, at_hour: 9 },
                ],
            },
            Event {
                uid: uid("photo", date(2028, 2, 29), "my-number-guide"),
                date: date(2028, 2, 29),
                summary: "फोटो ६ महिनाभित्र खिचिएको हुनुपर्छ — नयाँ फोटो खिच्नुहोस् 📸".repeat(2),
                description: "マイナンバーカードの申請には、6か月以内に撮影した写真が必要です。".repeat(4),
                url: None,
                alarms: vec![],
            },
            Event {
                uid: uid("notice", date(2027, 2, 28), "my-number-guide"),
                date: date(2027, 2, 28),
                summary: "🪪".repeat(30),
                description: String::new(),
                url: None,
                alarms: vec![Alarm { days_before: 2, at_hour: 0 }],
            },
        ]
    }

    #[test]
    fn the_calendar_reads_back_with_its_header() {
        let ics = calendar(&sample(), stamp(), "-//My Number Guide//EN");
        let cal = parse(&ics);
        assert_eq!(cal.property_value("VERSION"), Some("2.0"));
        assert_eq!(cal.property_value("PRODID"), Some("-//My Number Guide//EN"));
        assert_eq!(cal.property_value("CALSCALE"), Some("GREGORIAN"));
        assert_eq!(cal.property_value("METHOD"), Some("PUBLISH"));
        assert_eq!(cal.events().count(), 3);
    }

    #[test]
    fn every_event_reads_back_exactly() {
        let events = sample();
        let ics = calendar(&events, stamp(), "p");
        let cal = parse(&ics);
        for (written, read) in events.iter().zip(cal.events()) {
            assert_eq!(read.get_uid(), Some(written.uid.as_str()));
            assert_eq!(read.get_summary(), Some(written.summary.as_str()));
            assert_eq!(read.get_description(), Some(written.description.as_str()));
            assert_eq!(read.get_url(), written.url.as_deref());
            assert_eq!(read.get_start(), Some(DatePerhapsTime::Date(written.date)));
            assert_eq!(
                read.get_end(),
                Some(DatePerhapsTime::Date(written.date.succ_opt().unwrap()))
            );
            assert_eq!(read.get_timestamp(), Some(stamp().and_utc()));
            assert_eq!(read.property_value("TRANSP"), Some("TRANSPARENT"));
        }
        let ends: Vec<_> = cal.events().map(|e| e.get_end()).collect();
        assert_eq!(
            ends,
            [date(2028, 1, 1), date(2028, 3, 1), date(2027, 3, 1)]
                .map(|d| Some(DatePerhapsTime::Date(d)))
        );
    }

    #[test]
    fn every_alarm_reads_back_as_a_display_alarm_before_the_days_midnight() {
        let events = sample();
        let cal = parse(&calendar(&events, stamp(), "p"));
        for (written, read) in events.iter().zip(cal.events()) {
            let alarms = read.components();
            assert_eq!(alarms.len(), written.alarms.len());
            for (alarm, component) in written.alarms.iter().zip(alarms) {
                assert_eq!(component.component_kind(), "VALARM");
                assert_eq!(component.property_value("ACTION"), Some("DISPLAY"));
                assert_eq!(
                    component.property_value("DESCRIPTION"),
                    Some(written.summary.as_str())
                );
                let trigger = component.properties().get("TRIGGER").and_then(read_trigger);
                let hours = i64::from(alarm.at_hour) - 24 * i64::from(alarm.days_before);
                assert_eq!(trigger, Some(chrono::Duration::hours(hours)), "{alarm:?}");
            }
        }
    }

    #[test]
    fn nine_oclock_the_day_before_is_15_hours_before_the_start() {
        let e = Event {
            uid: "u".to_string(),
            date: date(2027, 3, 31),
            summary: "s".to_string(),
            description: "d".to_string(),
            url: None,
            alarms: vec![Alarm {
                days_before: 1,
                at_hour: 9,
            }],
        };
        let cal = parse(&calendar(&[e], stamp(), "p"));
        let event = cal.events().next().unwrap();
        let before = read_trigger(&event.components()[0].properties()["TRIGGER"]).unwrap();
        let start = date(2027, 3, 31).and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(
            start + before,
            date(2027, 3, 30).and_hms_opt(9, 0, 0).unwrap()
        );
    }

    proptest! {
        #[test]
        fn any_text_reads_back_as_written(summary in any::<String>(), description in any::<String>(), slug in any::<String>()) {
            let day = date(2027, 3, 31);
            let e = Event {
                uid: uid(&slug, day, "my-number-guide"),
                date: day,
                summary: summary.clone(),
                description: description.clone(),
                url: None,
                alarms: vec![Alarm { days_before: 1, at_hour: 9 }],
            };
            let ics = calendar(std::slice::from_ref(&e), stamp(), "p");
            for line in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
                prop_assert!(line.len() <= 75);
                prop_assert!(!line.contains(['\r', '\n']));
            }
            let cal = parse(&ics);
            let read = cal.events().next().unwrap();
            prop_assert_eq!(read.get_uid(), Some(e.uid.as_str()));
            let (summary, description) = (as_read(&summary), as_read(&description));
            prop_assert_eq!(read.get_summary(), Some(summary.as_str()));
            prop_assert_eq!(read.get_description(), Some(description.as_str()));
        }

        #[test]
        fn text_full_of_wide_characters_folds_and_reads_back(
            summary in "[a-z 日本語नेपाली😀🪪,;\\\\\n]{0,300}",
        ) {
            let e = Event {
                uid: "u".to_string(),
                date: date(2028, 2, 29),
                summary: summary.clone(),
                description: summary.clone(),
                url: None,
                alarms: vec![],
            };
            let ics = calendar(&[e], stamp(), "p");
            for line in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
                prop_assert!(line.len() <= 75);
            }
            let cal = parse(&ics);
            let read = cal.events().next().unwrap();
            prop_assert_eq!(read.get_summary(), Some(summary.as_str()));
            prop_assert_eq!(read.get_description(), Some(summary.as_str()));
        }
    }
}
