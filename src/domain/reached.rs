//! Where the student is when they start: the first visit asks one question, and the steps before the
//! answer count as done without their dates, so a student who already holds the letter is not walked
//! through registering again (issue 13 §3). The answer is stored with the milestones and can be changed
//! in Settings.

use super::journey::StageId;

/// The answer to "Where are you with your card?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reached {
    JustArrived,
    Registered,
    HaveLetter,
    Applied,
    HaveCard,
}

impl Reached {
    pub const ALL: [Reached; 5] = [
        Reached::JustArrived,
        Reached::Registered,
        Reached::HaveLetter,
        Reached::Applied,
        Reached::HaveCard,
    ];

    /// The stable id in the stored document.
    pub fn slug(self) -> &'static str {
        match self {
            Reached::JustArrived => "just-arrived",
            Reached::Registered => "registered",
            Reached::HaveLetter => "have-letter",
            Reached::Applied => "applied",
            Reached::HaveCard => "have-card",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Reached> {
        Reached::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The last stage the answer says is behind the student; none for one who just arrived.
    fn last_done(self) -> Option<StageId> {
        match self {
            Reached::JustArrived => None,
            Reached::Registered => Some(StageId::Register),
            Reached::HaveLetter => Some(StageId::Letter),
            Reached::Applied => Some(StageId::Apply),
            Reached::HaveCard => Some(StageId::Collect),
        }
    }

    /// Whether `stage` is behind the student by their answer, so its tasks count as done even without
    /// their dates. Tasks of a later move within Japan sit on the Register stage but are never behind:
    /// the plan asks only about the journey's own steps (see `plan_with_done`).
    pub fn is_behind(self, stage: StageId) -> bool {
        self.last_done().is_some_and(|last| stage <= last)
    }

    /// The step to open after answering: the first one ahead that asks for something. With the card in
    /// hand that is "Keep it valid", whose two expiry dates nobody reminds the student of (R7, R9);
    /// "Use your card" has no date to keep.
    pub fn step(self) -> StageId {
        match self {
            Reached::JustArrived => StageId::Register,
            Reached::Registered => StageId::Letter,
            Reached::HaveLetter => StageId::Apply,
            Reached::Applied => StageId::Notice,
            Reached::HaveCard => StageId::KeepValid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::{MilestoneField, Milestones};
    use crate::domain::plan::{plan, Status, Task};
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 4, 20).expect("a real day")
    }

    #[test]
    fn slugs_are_unique_and_round_trip() {
        for answer in Reached::ALL {
            assert_eq!(Reached::from_slug(answer.slug()), Some(answer));
        }
        let mut slugs: Vec<&str> = Reached::ALL.iter().map(|r| r.slug()).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), Reached::ALL.len());
        assert_eq!(Reached::from_slug("Applied"), None);
    }

    #[test]
    fn each_answer_puts_the_steps_before_it_behind_and_none_after() {
        let behind = |answer: Reached| -> Vec<StageId> {
            StageId::ALL
                .into_iter()
                .filter(|s| answer.is_behind(*s))
                .collect()
        };
        use StageId::*;
        assert_eq!(behind(Reached::JustArrived), vec![]);
        assert_eq!(behind(Reached::Registered), vec![Register]);
        assert_eq!(behind(Reached::HaveLetter), vec![Register, Letter]);
        assert_eq!(behind(Reached::Applied), vec![Register, Letter, Apply]);
        assert_eq!(
            behind(Reached::HaveCard),
            vec![Register, Letter, Apply, Notice, Collect]
        );
        for answer in Reached::ALL {
            assert!(!answer.is_behind(answer.step()), "{answer:?}");
        }
    }

    #[test]
    fn the_step_opened_is_the_next_step_of_a_journey_with_no_dates_yet() {
        for answer in Reached::ALL {
            let m = Milestones {
                reached: Some(answer),
                ..Milestones::default()
            };
            let p = plan(&m, today());
            let next = p.next.expect("a step");
            assert_eq!(next.item.stage, answer.step(), "{answer:?}");
            assert_eq!(next.item.status, Status::Waiting, "{answer:?}");
        }
    }

    fn status(p: &crate::domain::plan::Plan, task: Task) -> Option<Status> {
        p.items.iter().find(|i| i.task == task).map(|i| i.status)
    }

    fn answered(answer: Reached) -> Milestones {
        Milestones {
            reached: Some(answer),
            ..Milestones::default()
        }
    }

    #[test]
    fn answering_applied_marks_registering_the_letter_and_applying_done_and_the_postcard_waits_for_the_application_day(
    ) {
        let p = plan(&answered(Reached::Applied), today());
        for task in [Task::Register, Task::ReceiveLetter, Task::PhotoValid] {
            assert_eq!(status(&p, task), Some(Status::Done), "{task:?}");
        }
        let next = p.next.as_ref().expect("a step");
        assert_eq!(
            (next.item.task, next.item.status, next.item.trigger),
            (
                Task::ReceiveNotice,
                Status::Waiting,
                MilestoneField::Applied
            )
        );
        // An option the student did not say they used is never called done: it leaves the plan.
        assert_eq!(status(&p, Task::ExpressIssuance), None);
        // Nothing after the answer is done: collecting waits for the postcard.
        assert_eq!(status(&p, Task::CollectCard), Some(Status::Waiting));
        assert_eq!(status(&p, Task::ExtendCard), Some(Status::Waiting));
    }

    #[test]
    fn answering_have_card_leaves_only_keeping_it_valid_and_leaving_ahead() {
        let p = plan(&answered(Reached::HaveCard), today());
        for task in [
            Task::Register,
            Task::ReceiveLetter,
            Task::ReceiveNotice,
            Task::CollectCard,
        ] {
            assert_eq!(status(&p, task), Some(Status::Done), "{task:?}");
        }
        for stage in [StageId::KeepValid, StageId::Leave] {
            assert_eq!(p.stage_status(stage), Some(Status::Waiting), "{stage:?}");
        }
        // The first date to enter is the one printed on the card (R7).
        assert_eq!(
            p.next.map(|n| (n.item.stage, n.item.trigger)),
            Some((StageId::KeepValid, MilestoneField::CardExpiry))
        );
    }

    #[test]
    fn just_arrived_marks_nothing_done() {
        let p = plan(&answered(Reached::JustArrived), today());
        assert_eq!(p, plan(&Milestones::default(), today()));
    }

    #[test]
    fn dates_entered_after_the_answer_still_date_the_steps_ahead() {
        // Said "applied", then entered the day: the postcard is expected 21–60 days later (R5).
        let m = Milestones {
            applied: Some(NaiveDate::from_ymd_opt(2026, 4, 1).expect("a real day")),
            ..answered(Reached::Applied)
        };
        let p = plan(&m, today());
        let notice = p.items.iter().find(|i| i.task == Task::ReceiveNotice);
        assert_eq!(notice.map(|i| i.status), Some(Status::Upcoming));
        // A registration deadline computed from a move-in entered later stays done by the answer.
        let m = Milestones {
            moved_in: NaiveDate::from_ymd_opt(2026, 1, 5),
            ..answered(Reached::Registered)
        };
        assert_eq!(
            status(&plan(&m, today()), Task::Register),
            Some(Status::Done)
        );
    }

    #[test]
    fn a_later_move_within_japan_is_never_done_by_the_answer_r11_r18() {
        let m = Milestones {
            moved_in: NaiveDate::from_ymd_opt(2026, 1, 5),
            moved_within_japan: NaiveDate::from_ymd_opt(2026, 4, 12),
            ..answered(Reached::HaveCard)
        };
        let p = plan(&m, today());
        for task in [
            Task::MoveOutOldCity,
            Task::ReportNewAddress,
            Task::ContinuedUse,
        ] {
            assert_ne!(status(&p, task), Some(Status::Done), "{task:?}");
        }
    }
}
