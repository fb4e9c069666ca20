//! What the journey shows beside each step: its most urgent status, or "Later" for a step after the
//! student's current one that only waits for dates, so a new student does not meet a wall of "Needs a
//! date" for things months away (issue 13 §3).

use super::journey::StageId;
use super::plan::{Plan, Status};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageBadge {
    Status(Status),
    /// Not yet: a step after the current one, waiting only for dates.
    Later,
}

/// The student's current step: the first, in journey order, that has tasks and is not done.
pub fn current_stage(plan: &Plan) -> Option<StageId> {
    StageId::ALL
        .into_iter()
        .find(|s| plan.stage_status(*s).is_some_and(|st| st != Status::Done))
}

/// The badge of `stage`; none for a step with no tasks (e.g. "Use your card" unless a residence card
/// was lost). A step with a date keeps its status wherever it is: a date is never hidden as "Later".
pub fn stage_badge(plan: &Plan, stage: StageId) -> Option<StageBadge> {
    let status = plan.stage_status(stage)?;
    let later = status == Status::Waiting && current_stage(plan).is_some_and(|c| stage > c);
    Some(if later {
        StageBadge::Later
    } else {
        StageBadge::Status(status)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::Milestones;
    use crate::domain::plan::plan;
    use crate::domain::reached::Reached;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    fn badges(m: &Milestones, today: NaiveDate) -> Vec<Option<StageBadge>> {
        let p = plan(m, today);
        StageId::ALL.map(|s| stage_badge(&p, s)).to_vec()
    }

    use StageBadge::{Later, Status as S};

    #[test]
    fn a_new_student_sees_one_step_needing_a_date_and_the_rest_later() {
        assert_eq!(
            badges(&Milestones::default(), date(2026, 4, 1)),
            vec![
                Some(S(Status::Waiting)),
                Some(Later),
                Some(Later),
                Some(Later),
                Some(Later),
                None,
                Some(Later),
                Some(Later),
            ]
        );
    }

    #[test]
    fn after_answering_applied_the_postcard_needs_a_date_and_earlier_steps_are_done() {
        let m = Milestones {
            reached: Some(Reached::Applied),
            ..Milestones::default()
        };
        let p = plan(&m, date(2026, 4, 20));
        assert_eq!(current_stage(&p), Some(StageId::Notice));
        assert_eq!(
            badges(&m, date(2026, 4, 20)),
            vec![
                Some(S(Status::Done)),
                Some(S(Status::Done)),
                Some(S(Status::Done)),
                Some(S(Status::Waiting)),
                Some(Later),
                None,
                Some(Later),
                Some(Later),
            ]
        );
    }

    #[test]
    fn a_dated_step_far_ahead_keeps_its_status() {
        // Registered on 3 Apr 2026, leaving on 20 Mar 2027: the letter is current, leaving is upcoming.
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            departure: Some(date(2027, 3, 20)),
            ..Milestones::default()
        };
        let b = badges(&m, date(2026, 4, 10));
        assert_eq!(b[0], Some(S(Status::Done)));
        assert_eq!(b[1], Some(S(Status::Upcoming)));
        assert_eq!(b[2], Some(Later));
        assert_eq!(b[6], Some(Later));
        assert_eq!(b[7], Some(S(Status::Upcoming)));
    }

    #[test]
    fn a_step_before_a_dated_one_still_needs_its_date() {
        // Only a departure entered: registering is the current step and says it needs a date.
        let m = Milestones {
            departure: Some(date(2026, 9, 1)),
            ..Milestones::default()
        };
        let b = badges(&m, date(2026, 4, 10));
        assert_eq!(b[0], Some(S(Status::Waiting)));
        assert_eq!(b[1], Some(Later));
        assert_eq!(b[7], Some(S(Status::Upcoming)));
    }

    #[test]
    fn when_every_step_is_done_there_is_no_current_step() {
        let p = Plan {
            items: Vec::new(),
            next: None,
            errors: Vec::new(),
        };
        assert_eq!(current_stage(&p), None);
        assert_eq!(stage_badge(&p, StageId::Register), None);
    }
}
