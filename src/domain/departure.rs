//! The departure countdown: days left, and the leaving tasks (R12–R16) placed against it.

use chrono::NaiveDate;

use super::calendar::days_between;
use super::journey::StageId;
use super::milestones::Milestones;
use super::plan::{plan_with_done, Plan, PlanItem, Task};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Countdown {
    pub departure: NaiveDate,
    /// Negative once the departure date has passed.
    pub days_left: i64,
    /// The leaving tasks, earliest first.
    pub tasks: Vec<PlanItem>,
}

/// `None` without a valid departure date.
pub fn countdown(m: &Milestones, today: NaiveDate) -> Option<Countdown> {
    countdown_with_done(m, &[], today)
}

pub fn countdown_with_done(m: &Milestones, done: &[Task], today: NaiveDate) -> Option<Countdown> {
    countdown_in(&plan_with_done(m, done, today), m, today)
}

/// As [`countdown_with_done`], from the plan of `m` on `today` already worked out (the app works it out
/// once for every screen).
pub fn countdown_in(plan: &Plan, m: &Milestones, today: NaiveDate) -> Option<Countdown> {
    let departure = m.valid_only(today).departure?;
    let mut tasks: Vec<PlanItem> = plan
        .items
        .iter()
        .filter(|i| i.stage == StageId::Leave)
        .cloned()
        .collect();
    // Undated first, then soonest first, the plan's order among equals. An insertion sort: the leaving tasks are
    // a handful, and the standard library's general sort would add about 3 KB to the wasm.
    let key = |i: &PlanItem| i.when.map(|w| w.end());
    for i in 1..tasks.len() {
        let mut j = i;
        while j > 0 && key(&tasks[j - 1]) > key(&tasks[j]) {
            tasks.swap(j - 1, j);
            j -= 1;
        }
    }
    Some(Countdown {
        departure,
        days_left: days_between(today, departure),
        tasks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Status, When};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_countdown_counts_calendar_days_to_departure() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            departure: Some(date(2026, 5, 5)),
            ..Default::default()
        };
        let c = countdown(&m, date(2026, 4, 5)).unwrap();
        assert_eq!((c.departure, c.days_left), (date(2026, 5, 5), 30));
        assert_eq!(countdown(&m, date(2026, 5, 5)).unwrap().days_left, 0);
        assert_eq!(countdown(&m, date(2026, 5, 8)).unwrap().days_left, -3);
    }

    #[test]
    fn leaving_tasks_are_ordered_by_date_with_the_pension_claim_last() {
        let m = Milestones {
            departure: Some(date(2026, 5, 5)),
            ..Default::default()
        };
        let c = countdown(&m, date(2026, 4, 5)).unwrap();
        let tasks: Vec<Task> = c.tasks.iter().map(|i| i.task).collect();
        assert_eq!(tasks.len(), 5);
        assert_eq!(tasks.last(), Some(&Task::PensionClaim));
        assert_eq!(
            c.tasks.last().and_then(|i| i.when),
            Some(When::By(date(2028, 5, 5)))
        );
        assert!(c.tasks.iter().all(|i| i.status == Status::Upcoming));
    }

    #[test]
    fn in_the_last_14_days_the_leaving_tasks_are_due_soon_and_ticked_ones_done() {
        let m = Milestones {
            departure: Some(date(2026, 5, 5)),
            ..Default::default()
        };
        let c = countdown_with_done(&m, &[Task::SettleNhi], date(2026, 4, 21)).unwrap();
        assert_eq!(c.days_left, 14);
        let statuses: Vec<(Task, Status)> = c.tasks.iter().map(|i| (i.task, i.status)).collect();
        assert_eq!(
            statuses,
            vec![
                (Task::MoveOutNotice, Status::DueSoon),
                (Task::ReturnCard, Status::DueSoon),
                (Task::SettleNhi, Status::Done),
                (Task::ResidentTax, Status::Upcoming),
                (Task::PensionClaim, Status::Upcoming),
            ]
        );
        assert_eq!(
            c.tasks[0].when,
            Some(When::Between(date(2026, 4, 21), date(2026, 5, 5)))
        );
    }

    #[test]
    fn the_countdown_holds_only_the_leaving_tasks_r12_to_r16() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            residence_expiry: Some(date(2027, 9, 30)),
            residence_card_lost: Some(date(2026, 4, 2)),
            departure: Some(date(2027, 9, 20)),
            ..Default::default()
        };
        let c = countdown(&m, date(2026, 4, 5)).unwrap();
        assert!(c.tasks.iter().all(|i| i.stage == StageId::Leave));
        let mut rules: Vec<&str> = c.tasks.iter().map(|i| i.rule.id()).collect();
        rules.sort_unstable();
        assert_eq!(rules, ["R12", "R13", "R14", "R15", "R16"]);
    }

    #[test]
    fn no_countdown_for_a_departure_year_out_of_range() {
        let m = Milestones {
            departure: Some(date(2201, 1, 1)),
            ..Default::default()
        };
        assert_eq!(countdown(&m, date(2026, 4, 5)), None);
        let far = Milestones {
            departure: Some(NaiveDate::MAX),
            ..Default::default()
        };
        assert_eq!(countdown(&far, NaiveDate::MIN), None);
    }

    #[test]
    fn no_countdown_without_a_valid_departure() {
        assert_eq!(countdown(&Milestones::default(), date(2026, 4, 5)), None);
        let before_arrival = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            departure: Some(date(2026, 3, 1)),
            ..Default::default()
        };
        assert_eq!(countdown(&before_arrival, date(2026, 4, 5)), None);
    }

    #[test]
    fn the_countdown_from_a_worked_out_plan_is_the_same_countdown() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            departure: Some(date(2026, 5, 5)),
            ..Default::default()
        };
        let done = [Task::SettleNhi];
        for today in [date(2026, 4, 5), date(2026, 4, 21), date(2026, 5, 6)] {
            let plan = plan_with_done(&m, &done, today);
            assert_eq!(
                countdown_in(&plan, &m, today),
                countdown_with_done(&m, &done, today)
            );
        }
    }
}
