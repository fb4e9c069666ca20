//! What one item of the plan shows, decided here so the view only puts it into words: its status, its
//! date, how far that date is from today, the date it counts from (or the date it still waits for), and
//! whether the user can mark it done.

use chrono::NaiveDate;

use super::calendar::days_between;
use super::milestones::MilestoneField;
use super::plan::{PlanItem, Status, Task, When};
use super::progress::Progress;

/// One plan item as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLine {
    pub task: Task,
    pub status: Status,
    pub when: Option<When>,
    /// How far the date that matters is; none for a task done or waiting.
    pub distance: Option<Distance>,
    pub reason: Reason,
    /// `Some(marked)` when the user can mark the task done on the plan (a task nothing else records,
    /// such as reporting a move within Japan, R11), with whether it is marked now.
    pub mark_done: Option<bool>,
}

/// The distance that matters to the user, in calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distance {
    /// Days since the deadline or the window's end passed (at least 1).
    Late(i64),
    /// Days until the deadline, or until a window opens, or until an open window closes (0: today).
    Ahead(i64),
}

/// Why the date is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The date is counted from this (valid) date the user entered, in this field (a few tasks count
    /// from one date or another: R6, R11).
    CountedFrom(MilestoneField, NaiveDate),
    /// The date this task needs is not entered, or not valid (an invalid date is never named).
    WaitingFor(MilestoneField),
    /// Done without its dates because the student said the step is behind them (issue 13 §3): it waits
    /// for nothing.
    SaidDone,
}

/// The lines for `items` (taken from `progress`'s plan on `today`), in the same order.
pub fn plan_lines(items: &[PlanItem], progress: &Progress, today: NaiveDate) -> Vec<PlanLine> {
    let valid = progress.milestones.valid_only(today);
    items
        .iter()
        .map(|item| PlanLine {
            task: item.task,
            status: item.status,
            when: item.when,
            distance: distance(item, today),
            reason: match valid.get(item.trigger) {
                Some(date) => Reason::CountedFrom(item.trigger, date),
                None if item.status == Status::Done
                    && valid.reached.is_some_and(|r| r.is_behind(item.stage)) =>
                {
                    Reason::SaidDone
                }
                None => Reason::WaitingFor(item.trigger),
            },
            mark_done: (progress.can_mark_done(item.task) && item.status != Status::Waiting)
                .then(|| progress.is_marked_done(item.task)),
        })
        .collect()
}

fn distance(item: &PlanItem, today: NaiveDate) -> Option<Distance> {
    let when = item.when?;
    match item.status {
        Status::Done | Status::Waiting | Status::Closed => None,
        Status::Late => Some(Distance::Late(days_between(when.end(), today))),
        Status::DueSoon | Status::Upcoming | Status::Possible => {
            let target = match when {
                When::Between(opens, _) if today < opens => opens,
                _ => when.end(),
            };
            Some(Distance::Ahead(days_between(today, target)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::Milestones;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn progress(milestones: Milestones) -> Progress {
        Progress {
            milestones,
            ..Progress::default()
        }
    }

    /// The line of `task` in the whole plan of `p` on `today`.
    fn line(p: &Progress, task: Task, today: NaiveDate) -> PlanLine {
        let items = p.plan(today).items;
        plan_lines(&items, p, today)
            .into_iter()
            .find(|l| l.task == task)
            .expect("the task is in the plan")
    }

    fn moved_in_on_1_april() -> Progress {
        progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            ..Milestones::default()
        })
    }

    #[test]
    fn registration_due_in_5_days_counts_from_the_move_in_r1() {
        let l = line(&moved_in_on_1_april(), Task::Register, date(2026, 4, 10));
        assert_eq!(l.status, Status::DueSoon);
        assert_eq!(l.when, Some(When::By(date(2026, 4, 15))));
        assert_eq!(l.distance, Some(Distance::Ahead(5)));
        assert_eq!(
            l.reason,
            Reason::CountedFrom(MilestoneField::MovedIn, date(2026, 4, 1))
        );
        assert_eq!(l.mark_done, None);
    }

    #[test]
    fn registration_on_its_last_day_is_due_today_and_the_next_day_1_day_late_r1() {
        let p = moved_in_on_1_april();
        let on_the_day = line(&p, Task::Register, date(2026, 4, 15));
        assert_eq!(on_the_day.status, Status::DueSoon);
        assert_eq!(on_the_day.distance, Some(Distance::Ahead(0)));
        let next_day = line(&p, Task::Register, date(2026, 4, 16));
        assert_eq!(next_day.status, Status::Late);
        assert_eq!(next_day.distance, Some(Distance::Late(1)));
    }

    #[test]
    fn a_window_not_yet_open_counts_to_its_opening_and_an_open_one_to_its_end_r2() {
        let p = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            ..Milestones::default()
        });
        // The letter is expected 17 Apr – 3 May 2026.
        let before = line(&p, Task::ReceiveLetter, date(2026, 4, 10));
        assert_eq!(
            before.when,
            Some(When::Between(date(2026, 4, 17), date(2026, 5, 3)))
        );
        assert_eq!(before.distance, Some(Distance::Ahead(7)));
        let open = line(&p, Task::ReceiveLetter, date(2026, 4, 20));
        assert_eq!(open.distance, Some(Distance::Ahead(13)));
        let after = line(&p, Task::ReceiveLetter, date(2026, 5, 6));
        assert_eq!(after.status, Status::Late);
        assert_eq!(after.distance, Some(Distance::Late(3)));
    }

    #[test]
    fn a_task_done_shows_no_distance() {
        let p = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            ..Milestones::default()
        });
        let l = line(&p, Task::Register, date(2026, 4, 10));
        assert_eq!(l.status, Status::Done);
        assert_eq!(l.distance, None);
        assert_eq!(
            l.reason,
            Reason::CountedFrom(MilestoneField::MovedIn, date(2026, 4, 1))
        );
    }

    #[test]
    fn a_task_without_its_date_says_which_date_it_waits_for() {
        let l = line(
            &progress(Milestones::default()),
            Task::Register,
            date(2026, 4, 10),
        );
        assert_eq!(l.status, Status::Waiting);
        assert_eq!(l.when, None);
        assert_eq!(l.distance, None);
        assert_eq!(l.reason, Reason::WaitingFor(MilestoneField::MovedIn));
    }

    #[test]
    fn an_invalid_date_is_never_named_as_the_reason() {
        // A move-in typed in the future: the registration waits for a valid move-in date.
        let p = progress(Milestones {
            moved_in: Some(date(2026, 5, 1)),
            ..Milestones::default()
        });
        let l = line(&p, Task::Register, date(2026, 4, 10));
        assert_eq!(l.status, Status::Waiting);
        assert_eq!(l.reason, Reason::WaitingFor(MilestoneField::MovedIn));
    }

    #[test]
    fn reporting_a_move_within_japan_can_be_marked_done_once_the_move_is_entered_r11() {
        let mut p = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            moved_within_japan: Some(date(2026, 9, 1)),
            ..Milestones::default()
        });
        let today = date(2026, 9, 5);
        assert_eq!(
            line(&p, Task::ReportNewAddress, today).mark_done,
            Some(false)
        );
        p.mark_done(Task::ReportNewAddress, true);
        let marked = line(&p, Task::ReportNewAddress, today);
        assert_eq!(marked.mark_done, Some(true));
        assert_eq!(marked.status, Status::Done);
        // Tasks a date records are never marked by hand.
        assert_eq!(line(&p, Task::Register, today).mark_done, None);
    }

    #[test]
    fn a_markable_task_waiting_for_a_valid_date_offers_no_mark_r11() {
        // A move within Japan before the first move-in is invalid: the task waits, nothing to mark.
        let p = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            moved_within_japan: Some(date(2026, 3, 1)),
            ..Milestones::default()
        });
        let l = line(&p, Task::ReportNewAddress, date(2026, 4, 10));
        assert_eq!(l.status, Status::Waiting);
        assert_eq!(l.mark_done, None);
    }

    #[test]
    fn a_step_said_to_be_behind_is_done_and_waits_for_no_date() {
        use crate::domain::reached::Reached;
        let p = progress(Milestones {
            reached: Some(Reached::HaveLetter),
            ..Milestones::default()
        });
        let today = date(2026, 4, 10);
        let register = line(&p, Task::Register, today);
        assert_eq!(
            (register.status, register.reason),
            (Status::Done, Reason::SaidDone)
        );
        assert_eq!(register.distance, None);
        assert_eq!(
            line(&p, Task::ReceiveLetter, today).reason,
            Reason::SaidDone
        );
        // Applying is ahead: the photo still waits for its date.
        let photo = line(&p, Task::PhotoValid, today);
        assert_eq!(
            (photo.status, photo.reason),
            (
                Status::Waiting,
                Reason::WaitingFor(MilestoneField::PhotoTaken)
            )
        );
        // A date entered later is named again.
        let dated = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            ..p.milestones.clone()
        });
        assert_eq!(
            line(&dated, Task::Register, today).reason,
            Reason::CountedFrom(MilestoneField::MovedIn, date(2026, 4, 1))
        );
    }

    #[test]
    fn lines_keep_the_order_of_the_items() {
        let p = moved_in_on_1_april();
        let today = date(2026, 4, 10);
        let items = p.plan(today).items;
        let tasks: Vec<Task> = plan_lines(&items, &p, today)
            .iter()
            .map(|l| l.task)
            .collect();
        assert_eq!(tasks, items.iter().map(|i| i.task).collect::<Vec<_>>());
    }

    #[test]
    fn an_open_express_window_counts_to_its_end_and_a_closed_one_shows_no_distance_r3() {
        let p = progress(Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            ..Milestones::default()
        });
        let open = line(&p, Task::ExpressIssuance, date(2026, 4, 20));
        assert_eq!(open.status, Status::Possible);
        assert_eq!(open.distance, Some(Distance::Ahead(13)));
        assert_eq!(open.mark_done, None);
        let closed = line(&p, Task::ExpressIssuance, date(2026, 5, 10));
        assert_eq!(closed.status, Status::Closed);
        assert_eq!(closed.distance, None);
    }
}
