//! Reminders in the phone's own calendar (issue 11): the plan's dated tasks as all-day events with
//! alarms, so the phone reminds the student even when the app is closed. Nobody else sends a reminder
//! of the card's expiry (R7).
//!
//! Which days, and which alarms (9:00 local time):
//! - a deadline (`When::By`): an event on the due date, alarms a week before and the day before;
//! - a window (`When::Between`): an event on its opening day, alarm that morning. A window in which the
//!   student must act before it closes (renewing the stay R8, the 転出届 before a move R18, leaving Japan
//!   R12–R14) has a second event on its closing day with the deadline's alarms. A window of waiting (the
//!   letter R2, the express card R3, the notice R5) has none: the app says when to ask the city office;
//! - a fixed date (`When::On`, the card's expiry R7): an event on that day with the deadline's alarms.
//!
//! Left out: tasks done or still waiting for a date, days already past (a calendar is for what is
//! ahead; the app shows what is late, and a closed express window R3 is no longer a step), and alarms
//! whose day has passed.
//!
//! The words (summary, description, the stage's address) are the caller's, so this module stays free of
//! translations: see [`calendar_file`].

use chrono::{NaiveDate, NaiveDateTime};

use super::calendar::add_days;
use super::ics::{self, Alarm, Event};
use super::journey::StageId;
use super::plan::{PlanItem, Status, Task, When};

/// The name of the exported file.
pub const FILE_NAME: &str = "my-number-guide.ics";
/// Its media type (RFC 5545 section 8.1).
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";
const PRODID: &str = "-//My Number Guide//Reminders//EN";
/// The right-hand side of every UID: the app, not a host, so UIDs do not change with where it is served.
const UID_DOMAIN: &str = "my-number-guide";

/// A week before and the day before, at 9:00.
pub const DEADLINE_ALARMS: [Alarm; 2] = [
    Alarm {
        days_before: 7,
        at_hour: 9,
    },
    Alarm {
        days_before: 1,
        at_hour: 9,
    },
];
/// The day itself at 9:00.
pub const OPENING_ALARMS: [Alarm; 1] = [Alarm {
    days_before: 0,
    at_hour: 9,
}];

/// What the day of a reminder is to its task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The last day: a deadline, or the closing day of a window to act in.
    LastDay,
    /// A window opens.
    Opens,
    /// A fixed date, such as the card's expiry.
    On,
}

/// One all-day reminder of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub task: Task,
    pub stage: StageId,
    pub moment: Moment,
    pub date: NaiveDate,
    /// The task's dates, for the description.
    pub when: When,
    pub alarms: Vec<Alarm>,
}

impl Reminder {
    /// Stable across exports (the task and the day), so importing again updates the event rather than
    /// adding a copy in calendars that honour UIDs.
    pub fn uid(&self) -> String {
        ics::uid(self.task.slug(), self.date, UID_DOMAIN)
    }
}

/// The reminders for the plan's `items` (worked out on `today`), in plan order: a calendar sorts them
/// itself (and sorting here would cost the wasm a sort routine).
pub fn reminders(items: &[PlanItem], today: NaiveDate) -> Vec<Reminder> {
    let mut out = Vec::new();
    for item in items.iter().filter(|i| i.status != Status::Done) {
        let Some(when) = item.when else {
            continue;
        };
        let mut remind = |moment: Moment, date: NaiveDate, alarms: &[Alarm]| {
            if date < today {
                return;
            }
            let alarms = alarms
                .iter()
                .copied()
                .filter(|a| add_days(date, -i64::from(a.days_before)).is_some_and(|d| d >= today))
                .collect();
            out.push(Reminder {
                task: item.task,
                stage: item.stage,
                moment,
                date,
                when,
                alarms,
            });
        };
        match when {
            When::By(due) => remind(Moment::LastDay, due, &DEADLINE_ALARMS),
            When::On(day) => remind(Moment::On, day, &DEADLINE_ALARMS),
            When::Between(opens, closes) => {
                remind(Moment::Opens, opens, &OPENING_ALARMS);
                if closing_day_matters(item.task) && closes > opens {
                    remind(Moment::LastDay, closes, &DEADLINE_ALARMS);
                }
            }
        }
    }
    out
}

/// Whether a window's closing day is a day to act by, rather than the end of a wait.
fn closing_day_matters(task: Task) -> bool {
    matches!(
        task,
        // R8: the period of stay ends; R18: the 転出届 before moving; R12–R14: before leaving Japan.
        Task::RenewResidence
            | Task::MoveOutOldCity
            | Task::MoveOutNotice
            | Task::ReturnCard
            | Task::SettleNhi
    )
}

/// Whether the "what to bring" list of the task's stage is what the task needs. Not for a task done
/// elsewhere or without a visit: renewing the stay is at immigration (R8), the 転出届 at the old city can
/// go by mail (R18), tax is paid (R16), the pension is claimed from abroad (R15).
pub fn brings_stage_list(task: Task) -> bool {
    !matches!(
        task,
        Task::RenewResidence | Task::MoveOutOldCity | Task::ResidentTax | Task::PensionClaim
    )
}

/// What a reminder says, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub summary: String,
    pub description: String,
    /// The address of the task's stage in the app.
    pub url: Option<String>,
}

/// The iCalendar file of `reminders`, each put into words by `words`. `dtstamp` is now, in UTC.
pub fn calendar_file(
    reminders: &[Reminder],
    words: &dyn Fn(&Reminder) -> Words,
    dtstamp: NaiveDateTime,
) -> String {
    let events: Vec<Event> = reminders
        .iter()
        .map(|r| {
            let Words {
                summary,
                description,
                url,
            } = words(r);
            Event {
                uid: r.uid(),
                date: r.date,
                summary,
                description,
                url,
                alarms: r.alarms.clone(),
            }
        })
        .collect();
    ics::calendar(&events, dtstamp, PRODID)
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
