//! Reminders from the plan, with concrete dates, and the file read back with the `icalendar` parser.

use super::*;
use crate::domain::milestones::Milestones;
use crate::domain::plan::plan;
use crate::domain::progress::Progress;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn reminders_for(milestones: Milestones, today: NaiveDate) -> Vec<Reminder> {
    reminders(&plan(&milestones, today).items, today)
}

/// (task, moment, day) of each reminder, by day (in plan order within a day).
fn days(reminders: &[Reminder]) -> Vec<(Task, Moment, NaiveDate)> {
    let mut days: Vec<_> = reminders
        .iter()
        .map(|r| (r.task, r.moment, r.date))
        .collect();
    days.sort_by_key(|(_, _, date)| *date);
    days
}

fn find(reminders: &[Reminder], task: Task, moment: Moment) -> &Reminder {
    reminders
        .iter()
        .find(|r| r.task == task && r.moment == moment)
        .unwrap_or_else(|| panic!("no {moment:?} reminder of {task:?} in {reminders:#?}"))
}

fn leaving_on_5_may_2026() -> Milestones {
    Milestones {
        departure: Some(date(2026, 5, 5)),
        ..Milestones::default()
    }
}

#[test]
fn a_deadline_is_an_event_on_its_due_date_with_alarms_a_week_and_a_day_before_at_9_r1() {
    let moved_in = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        ..Milestones::default()
    };
    let all = reminders_for(moved_in, date(2026, 4, 2));
    assert_eq!(
        all,
        vec![Reminder {
            task: Task::Register,
            stage: StageId::Register,
            moment: Moment::LastDay,
            date: date(2026, 4, 15),
            when: When::By(date(2026, 4, 15)),
            alarms: vec![
                Alarm {
                    days_before: 7,
                    at_hour: 9
                },
                Alarm {
                    days_before: 1,
                    at_hour: 9
                },
            ],
        }]
    );
}

#[test]
fn a_window_of_waiting_is_one_event_on_its_opening_day_with_an_alarm_that_morning_r2_r3() {
    let registered = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        registered: Some(date(2026, 4, 3)),
        ..Milestones::default()
    };
    let all = reminders_for(registered, date(2026, 4, 4));
    // The letter is expected 17 Apr – 3 May; express issuance is possible until 3 May (R3).
    assert_eq!(
        days(&all),
        vec![
            (Task::ReceiveLetter, Moment::Opens, date(2026, 4, 17)),
            (Task::ExpressIssuance, Moment::LastDay, date(2026, 5, 3)),
        ]
    );
    let letter = find(&all, Task::ReceiveLetter, Moment::Opens);
    assert_eq!(
        letter.alarms,
        vec![Alarm {
            days_before: 0,
            at_hour: 9
        }]
    );
    assert_eq!(
        letter.when,
        When::Between(date(2026, 4, 17), date(2026, 5, 3))
    );
}

#[test]
fn leaving_tasks_remind_when_their_window_opens_and_on_departure_day_r12_to_r16() {
    let all = reminders_for(leaving_on_5_may_2026(), date(2026, 4, 10));
    assert_eq!(
        days(&all),
        vec![
            (Task::MoveOutNotice, Moment::Opens, date(2026, 4, 21)),
            (Task::ReturnCard, Moment::Opens, date(2026, 4, 21)),
            (Task::SettleNhi, Moment::Opens, date(2026, 4, 21)),
            (Task::MoveOutNotice, Moment::LastDay, date(2026, 5, 5)),
            (Task::ReturnCard, Moment::LastDay, date(2026, 5, 5)),
            (Task::SettleNhi, Moment::LastDay, date(2026, 5, 5)),
            (Task::ResidentTax, Moment::LastDay, date(2026, 5, 5)),
            (Task::PensionClaim, Moment::LastDay, date(2028, 5, 5)),
        ]
    );
    let opens = find(&all, Task::ReturnCard, Moment::Opens);
    assert_eq!(opens.alarms, OPENING_ALARMS.to_vec());
    let last_day = find(&all, Task::ReturnCard, Moment::LastDay);
    assert_eq!(last_day.alarms, DEADLINE_ALARMS.to_vec());
    assert_eq!(last_day.stage, StageId::Leave);
}

#[test]
fn the_card_expiry_is_an_event_on_that_day_with_the_deadline_alarms_beside_extending_it_r7_r9() {
    let card = Milestones {
        card_expiry: Some(date(2027, 3, 31)),
        ..Milestones::default()
    };
    let all = reminders_for(card, date(2026, 12, 1));
    assert_eq!(
        days(&all),
        vec![
            (Task::CardExpiry, Moment::On, date(2027, 3, 31)),
            (Task::ExtendCard, Moment::LastDay, date(2027, 3, 31)),
        ]
    );
    assert!(all.iter().all(|r| r.alarms == DEADLINE_ALARMS.to_vec()));
    assert_eq!(all[0].when, When::On(date(2027, 3, 31)));
}

#[test]
fn renewing_the_stay_reminds_3_months_before_and_on_the_last_day_of_the_stay_r8() {
    let residence = Milestones {
        residence_expiry: Some(date(2027, 6, 30)),
        ..Milestones::default()
    };
    let all = reminders_for(residence, date(2026, 12, 1));
    assert_eq!(
        days(&all),
        vec![
            (Task::RenewResidence, Moment::Opens, date(2027, 3, 30)),
            (Task::RenewResidence, Moment::LastDay, date(2027, 6, 30)),
        ]
    );
}

#[test]
fn a_planned_move_reminds_of_the_old_citys_window_and_the_new_citys_deadline_r18_r11() {
    let moving = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        registered: Some(date(2026, 4, 3)),
        move_out_planned: Some(date(2026, 10, 28)),
        ..Milestones::default()
    };
    let all = reminders_for(moving, date(2026, 10, 1));
    // 転出届 from 14 Oct until the move on 28 Oct; 転入届 by 28 Oct + 30 days.
    assert_eq!(
        days(&all),
        vec![
            (Task::MoveOutOldCity, Moment::Opens, date(2026, 10, 14)),
            (Task::MoveOutOldCity, Moment::LastDay, date(2026, 10, 28)),
            (Task::ReportNewAddress, Moment::LastDay, date(2026, 11, 27)),
        ]
    );
}

#[test]
fn tasks_done_or_waiting_for_a_date_have_no_reminder() {
    let mut progress = Progress {
        milestones: leaving_on_5_may_2026(),
        ..Progress::default()
    };
    progress.milestones.moved_in = Some(date(2026, 4, 1));
    progress.milestones.registered = Some(date(2026, 4, 3));
    progress.mark_done(Task::ReturnCard, true);
    let today = date(2026, 4, 10);
    let all = reminders(&progress.plan(today).items, today);
    // Registered (done), returned the card (marked done), and no application yet (waiting).
    for task in [
        Task::Register,
        Task::ReturnCard,
        Task::ReceiveNotice,
        Task::CollectCard,
    ] {
        assert!(all.iter().all(|r| r.task != task), "{task:?}");
    }
    assert!(all.iter().any(|r| r.task == Task::MoveOutNotice));
    assert!(reminders_for(Milestones::default(), today).is_empty());
}

#[test]
fn days_and_alarms_already_past_are_left_out() {
    let late_and_leaving = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        ..leaving_on_5_may_2026()
    };
    let all = reminders_for(late_and_leaving, date(2026, 5, 1));
    // Registration was due on 15 Apr (late: the app says so), the leaving windows opened on 21 Apr, and
    // the alarms a week before departure (28 Apr) have passed.
    assert_eq!(
        days(&all),
        vec![
            (Task::MoveOutNotice, Moment::LastDay, date(2026, 5, 5)),
            (Task::ReturnCard, Moment::LastDay, date(2026, 5, 5)),
            (Task::SettleNhi, Moment::LastDay, date(2026, 5, 5)),
            (Task::ResidentTax, Moment::LastDay, date(2026, 5, 5)),
            (Task::PensionClaim, Moment::LastDay, date(2028, 5, 5)),
        ]
    );
    let day_before_only = vec![Alarm {
        days_before: 1,
        at_hour: 9,
    }];
    assert_eq!(all[0].alarms, day_before_only);
    assert_eq!(all[4].alarms, DEADLINE_ALARMS.to_vec());
    // An alarm due today stays; on the day itself the event stays without its earlier alarms.
    let eve = reminders_for(leaving_on_5_may_2026(), date(2026, 5, 4));
    assert_eq!(eve[0].alarms, day_before_only);
    let day = reminders_for(leaving_on_5_may_2026(), date(2026, 5, 5));
    assert_eq!(day[0].date, date(2026, 5, 5));
    assert!(day[0].alarms.is_empty());
}

#[test]
fn a_closed_express_window_reminds_of_nothing_r3() {
    let registered = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        registered: Some(date(2026, 4, 3)),
        ..Milestones::default()
    };
    // Express issuance closed on 3 May; the letter was expected until then.
    assert!(reminders_for(registered, date(2026, 5, 10)).is_empty());
}

#[test]
fn uids_name_the_task_and_its_day_and_stay_the_same_from_one_export_to_the_next() {
    let moved_in = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        ..leaving_on_5_may_2026()
    };
    let uids = |today| -> Vec<String> {
        reminders_for(moved_in.clone(), today)
            .iter()
            .map(Reminder::uid)
            .collect()
    };
    let first = uids(date(2026, 4, 2));
    assert_eq!(first[0], "register-2026-04-15@my-number-guide");
    assert!(first.contains(&"return-card-2026-04-21@my-number-guide".to_string()));
    assert!(first.contains(&"return-card-2026-05-05@my-number-guide".to_string()));
    // A week later the same events have the same UIDs (and the calendar updates them).
    let later = uids(date(2026, 4, 9));
    assert_eq!(first, later);
}

#[test]
fn every_reminder_of_a_full_plan_has_its_own_uid() {
    let everything = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        registered: Some(date(2026, 4, 3)),
        photo_taken: Some(date(2026, 3, 20)),
        card_expiry: Some(date(2027, 3, 31)),
        residence_expiry: Some(date(2027, 3, 31)),
        move_out_planned: Some(date(2026, 4, 28)),
        residence_card_lost: Some(date(2026, 4, 5)),
        departure: Some(date(2027, 3, 20)),
        ..Milestones::default()
    };
    let all = reminders_for(everything, date(2026, 4, 6));
    assert!(all.len() >= 15, "{all:#?}");
    let uids: std::collections::HashSet<String> = all.iter().map(Reminder::uid).collect();
    assert_eq!(uids.len(), all.len());
}

#[test]
fn every_task_has_a_distinct_slug_safe_in_a_uid() {
    let slugs: std::collections::HashSet<&str> = Task::ALL.iter().map(|t| t.slug()).collect();
    assert_eq!(slugs.len(), Task::ALL.len());
    for slug in slugs {
        assert!(
            slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{slug}"
        );
    }
}

#[test]
fn the_stage_bring_list_goes_with_visits_to_the_city_office_only() {
    assert!(brings_stage_list(Task::ExtendCard));
    assert!(brings_stage_list(Task::ReturnCard));
    assert!(brings_stage_list(Task::Register));
    // Immigration (R8), by mail (R18), paying (R16), from abroad (R15).
    assert!(!brings_stage_list(Task::RenewResidence));
    assert!(!brings_stage_list(Task::MoveOutOldCity));
    assert!(!brings_stage_list(Task::ResidentTax));
    assert!(!brings_stage_list(Task::PensionClaim));
}

// Read back with the `icalendar` crate's parser (a native-only dev-dependency).
#[cfg(not(target_arch = "wasm32"))]
mod read_back {
    use super::*;
    use icalendar::{Component, DatePerhapsTime, Trigger};

    fn stamp() -> NaiveDateTime {
        date(2026, 4, 10).and_hms_opt(0, 30, 0).unwrap()
    }

    /// Words as the app's i18n layer gives them: with commas, semicolons, line breaks and Japanese.
    fn words(r: &Reminder) -> Words {
        Words {
            summary: format!("{:?}: {:?}, 転出届", r.moment, r.task),
            description: format!("Before you leave; bring:\n- 在留カード\n- {}", r.date),
            url: Some(format!(
                "https://example.org/guide/stage/{}",
                r.stage.slug()
            )),
        }
    }

    /// A relative TRIGGER in hours (the crate's reader takes no sign: read it here).
    fn trigger_hours(component: &impl Component) -> i64 {
        let value = component.property_value("TRIGGER").unwrap();
        let (sign, magnitude) = match value.strip_prefix('-') {
            Some(m) => (-1, m),
            None => (1, value),
        };
        match Trigger::try_from(&icalendar::Property::new("TRIGGER", magnitude)) {
            Ok(Trigger::Duration(d, None)) => sign * d.num_hours(),
            other => panic!("{value}: {other:?}"),
        }
    }

    #[test]
    fn the_leaving_plan_reads_back_as_its_events_with_words_addresses_and_alarms() {
        let today = date(2026, 4, 10);
        let all = reminders_for(leaving_on_5_may_2026(), today);
        let ics = calendar_file(&all, &words, stamp());
        let cal: icalendar::Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
        assert_eq!(cal.property_value("PRODID"), Some(PRODID));
        let events: Vec<&icalendar::Event> = cal.events().collect();
        assert_eq!(events.len(), 8);

        let return_card = events
            .iter()
            .find(|e| e.get_uid() == Some("return-card-2026-05-05@my-number-guide"))
            .expect("the last day to return the card");
        assert_eq!(
            return_card.get_summary(),
            Some("LastDay: ReturnCard, 転出届")
        );
        assert_eq!(
            return_card.get_description(),
            Some("Before you leave; bring:\n- 在留カード\n- 2026-05-05")
        );
        assert_eq!(
            return_card.get_url(),
            Some("https://example.org/guide/stage/leave")
        );
        assert_eq!(
            return_card.get_start(),
            Some(DatePerhapsTime::Date(date(2026, 5, 5)))
        );
        assert_eq!(return_card.get_timestamp(), Some(stamp().and_utc()));
        // 9:00 a week before and the day before: 159 and 15 hours before the day's midnight.
        let triggers: Vec<i64> = return_card.components().iter().map(trigger_hours).collect();
        assert_eq!(triggers, vec![-159, -15]);

        let opens = events
            .iter()
            .find(|e| e.get_uid() == Some("settle-nhi-2026-04-21@my-number-guide"))
            .expect("the opening of the health-insurance window");
        assert_eq!(
            opens.get_start(),
            Some(DatePerhapsTime::Date(date(2026, 4, 21)))
        );
        let triggers: Vec<i64> = opens.components().iter().map(trigger_hours).collect();
        assert_eq!(triggers, vec![9]);
    }

    #[test]
    fn an_empty_plan_is_an_empty_but_valid_calendar() {
        let ics = calendar_file(&[], &words, stamp());
        let cal: icalendar::Calendar = ics.parse().unwrap();
        assert_eq!(cal.events().count(), 0);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
