//! What the home screen lists under the next step: the next few dated tasks, so a departure a year away
//! does not fill the first screen (issue 11 §6). The rest of the plan is on each step's page.

use chrono::NaiveDate;

use super::plan::{Plan, PlanItem, Status, Task, When};

/// The home screen shows at most this many dated tasks besides the next step.
pub const COMING_UP: usize = 3;

/// At most [`COMING_UP`] dated tasks still to do, soonest first, without the next step (shown above
/// them). "Soonest" is the next date that matters: a window's opening while it is still closed, else
/// its end, so a late task comes first. An option still open (express issuance, R3) is listed
/// with its last day. Left out: tasks done or waiting for a date, a closed express window (an option, not a
/// duty), and the card's expiry, whose date the extension task shows (R7, R9).
pub fn coming_up(plan: &Plan, today: NaiveDate) -> Vec<PlanItem> {
    let next = plan.next.as_ref().map(|n| n.item.task);
    let mut open: Vec<(NaiveDate, &PlanItem)> = plan
        .items
        .iter()
        .filter(|i| Some(i.task) != next)
        .filter(|i| {
            matches!(
                i.status,
                Status::Late | Status::DueSoon | Status::Upcoming | Status::Possible
            )
        })
        .filter(|i| i.task != Task::CardExpiry)
        .filter_map(|i| i.when.map(|w| (next_date(w, today), i)))
        .collect();
    // The soonest few, taken one by one (a plan has about twenty tasks): the first of equal dates wins,
    // so they keep journey order. A general sort would add its own copy of the sorting code to the wasm.
    let mut soonest = Vec::new();
    while soonest.len() < COMING_UP {
        let Some(i) = open
            .iter()
            .enumerate()
            .min_by_key(|(_, (date, _))| *date)
            .map(|(i, _)| i)
        else {
            break;
        };
        soonest.push(open.remove(i).1.clone());
    }
    soonest
}

/// The next date that matters for an open task.
fn next_date(when: When, today: NaiveDate) -> NaiveDate {
    match when {
        When::Between(opens, _) if today < opens => opens,
        _ => when.end(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::{ApplicationMethod, Milestones};
    use crate::domain::plan::plan;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    fn tasks(items: &[PlanItem]) -> Vec<Task> {
        items.iter().map(|i| i.task).collect()
    }

    #[test]
    fn a_departure_a_year_away_does_not_fill_the_home_screen() {
        // Registered on 3 Apr 2026, leaving on 20 Mar 2027: five leaving tasks, one more than fits.
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            departure: Some(date(2027, 3, 20)),
            ..Milestones::default()
        };
        let today = date(2026, 4, 10);
        let p = plan(&m, today);
        assert_eq!(
            p.next.as_ref().map(|n| n.item.task),
            Some(Task::ReceiveLetter)
        );
        let items = coming_up(&p, today);
        assert_eq!(items.len(), COMING_UP);
        // Express issuance until 3 May, then the leaving tasks that open on 6 Mar 2027.
        assert_eq!(
            tasks(&items),
            vec![Task::ExpressIssuance, Task::MoveOutNotice, Task::ReturnCard]
        );
        assert!(!tasks(&items).contains(&Task::PensionClaim));
    }

    #[test]
    fn the_next_step_is_not_repeated_and_nothing_done_or_undated_is_listed() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            ..Milestones::default()
        };
        let today = date(2026, 4, 10);
        let items = coming_up(&plan(&m, today), today);
        // The letter is the next step; registering is done; the photo and the rest wait for dates.
        assert_eq!(tasks(&items), vec![Task::ExpressIssuance]);
        assert!(items.iter().all(|i| i.when.is_some()));
    }

    #[test]
    fn a_late_task_comes_before_a_window_that_opens_later() {
        // The move-in report after a move within Japan on 1 Mar 2026 is late; the letter window opens
        // on 17 Apr.
        let m = Milestones {
            moved_in: Some(date(2026, 1, 5)),
            registered: Some(date(2026, 4, 3)),
            moved_within_japan: Some(date(2026, 3, 1)),
            departure: Some(date(2026, 6, 30)),
            ..Milestones::default()
        };
        let today = date(2026, 4, 10);
        let p = plan(&m, today);
        let next = p.next.as_ref().map(|n| n.item.task);
        let items = coming_up(&p, today);
        assert!(items.len() <= COMING_UP);
        let dates: Vec<NaiveDate> = items
            .iter()
            .filter_map(|i| i.when)
            .map(|w| next_date(w, today))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        assert_eq!(items.first().map(|i| i.status), Some(Status::Late));
        assert!(items.iter().all(|i| Some(i.task) != next));
    }

    #[test]
    fn a_closed_express_window_is_never_listed() {
        // Registered on 6 Jan 2026 and not applied: the express window closed on 5 Feb (R3).
        let m = Milestones {
            moved_in: Some(date(2026, 1, 5)),
            registered: Some(date(2026, 1, 6)),
            departure: Some(date(2026, 12, 20)),
            ..Milestones::default()
        };
        let today = date(2026, 2, 10);
        let p = plan(&m, today);
        let express = p.items.iter().find(|i| i.task == Task::ExpressIssuance);
        assert_eq!(express.map(|i| i.status), Some(Status::Closed));
        assert!(!tasks(&coming_up(&p, today)).contains(&Task::ExpressIssuance));
    }

    #[test]
    fn the_card_expiry_is_left_to_the_extension_task_with_the_same_date() {
        let m = Milestones {
            moved_in: Some(date(2026, 1, 5)),
            registered: Some(date(2026, 1, 6)),
            applied: Some(date(2026, 2, 1)),
            application_method: Some(ApplicationMethod::Online),
            card_collected: Some(date(2026, 3, 20)),
            card_expiry: Some(date(2026, 9, 30)),
            residence_expiry: Some(date(2026, 9, 30)),
            ..Milestones::default()
        };
        let today = date(2026, 4, 10);
        let p = plan(&m, today);
        // Renewing the stay (opens 30 Jun 2026) is the next step; extending the card by 30 Sep follows.
        assert_eq!(
            p.next.as_ref().map(|n| n.item.task),
            Some(Task::RenewResidence)
        );
        assert_eq!(tasks(&coming_up(&p, today)), vec![Task::ExtendCard]);
    }

    #[test]
    fn an_empty_journey_has_nothing_coming_up() {
        let today = date(2026, 4, 10);
        assert_eq!(
            coming_up(&plan(&Milestones::default(), today), today),
            vec![]
        );
    }
}
