//! The stored progress: one versioned JSON document holding the user's dates, checklist ticks and settings.
//! The My Number itself is never part of it (FACTS: "must never store, log or send it").

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::calendar::{parse_ymd, to_iso};
use super::departure::{countdown_with_done, Countdown};
use super::journey::StageId;
use super::language::Lang;
use super::milestones::{MilestoneField, Milestones};
use super::plan::{plan_with_done, Plan, Task};
pub use super::stored::{decode, encode, DecodeError, SCHEMA_VERSION};

/// What the user has told the app. Stored as a versioned document (see [`super::stored`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub version: u32,
    pub milestones: Milestones,
    /// Ticked checklist items, as [`Tick`] ids ("register.bring.0").
    pub ticks: BTreeSet<String>,
    pub settings: Settings,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: SCHEMA_VERSION,
            milestones: Milestones::default(),
            ticks: BTreeSet::new(),
            settings: Settings::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The chosen UI language (stored as its tag); `None` follows the device's languages.
    pub lang: Option<Lang>,
}

/// Which list of a stage a checklist item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checklist {
    Bring,
    Todo,
}

/// One checklist item: stored by stage, list and position, so ticks survive a change of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    pub stage: StageId,
    pub list: Checklist,
    pub index: usize,
}

impl Tick {
    pub fn id(self) -> String {
        let list = match self.list {
            Checklist::Bring => "bring",
            Checklist::Todo => "todo",
        };
        format!("{}.{list}.{}", self.stage.slug(), self.index)
    }
}

/// Tasks the user completes by saying so, on the plan or by ticking the checklist item that is the task
/// (see [`CHECKLIST_TASKS`]). The mark is stored as a tick: "done.<task>" for a task done once (leaving
/// Japan), "done.<task>.<YYYY-MM-DD>" for one that comes round again, named by the date of the field
/// given here ("done.report-new-address.2027-03-20"), so a new date (a later move, the next residence-card
/// expiry) opens the task again. Extending the card is not here: entering the card's new expiry is what
/// says it was done (R9).
const MARKABLE_TASKS: [(Task, &str, Option<MilestoneField>); 10] = [
    (
        Task::MoveOutOldCity,
        "move-out-old-city",
        Some(MilestoneField::MoveOutPlanned),
    ),
    (
        Task::ReportNewAddress,
        "report-new-address",
        Some(MilestoneField::MovedWithinJapan),
    ),
    (
        Task::ContinuedUse,
        "continued-use",
        Some(MilestoneField::MovedWithinJapan),
    ),
    (
        Task::ReportLostResidenceCard,
        "report-lost-residence-card",
        Some(MilestoneField::ResidenceCardLost),
    ),
    (
        Task::RenewResidence,
        "renew-residence",
        Some(MilestoneField::ResidenceExpiry),
    ),
    (Task::MoveOutNotice, "move-out-notice", None),
    (Task::ReturnCard, "return-card", None),
    (Task::SettleNhi, "settle-nhi", None),
    (Task::ResidentTax, "resident-tax", None),
    (Task::PensionClaim, "pension-claim", None),
];

/// Checklist items that are a plan task ("My Number Card returned" on "Leave Japan"): ticking one marks
/// the task done and the other way round, so checklist and plan always agree. While the task cannot be
/// marked (its date is not entered yet), the item is an ordinary tick.
const CHECKLIST_TASKS: [(Tick, Task); 6] = [
    (Tick::todo(StageId::KeepValid, 0), Task::RenewResidence),
    (Tick::todo(StageId::Leave, 0), Task::MoveOutNotice),
    (Tick::todo(StageId::Leave, 1), Task::ReturnCard),
    (Tick::todo(StageId::Leave, 2), Task::SettleNhi),
    (Tick::todo(StageId::Leave, 3), Task::ResidentTax),
    (Tick::todo(StageId::Leave, 5), Task::PensionClaim),
];

/// Checklist items that are their step's own action ("Report your address (転入届)" on Register), with
/// the date that records the action. Such an item is ticked exactly when that date is entered: ticking it
/// asks for the date (today by default) and unticking it asks to clear the date, so the checklist never
/// says a step was done while the plan still waits for its date (issue 13 §2).
const STEP_ACTIONS: [(Tick, MilestoneField); 5] = [
    (Tick::todo(StageId::Register, 0), MilestoneField::Registered),
    (
        Tick::todo(StageId::Letter, 1),
        MilestoneField::LetterReceived,
    ),
    (Tick::todo(StageId::Apply, 1), MilestoneField::Applied),
    (
        Tick::todo(StageId::Notice, 0),
        MilestoneField::NoticeReceived,
    ),
    (
        Tick::todo(StageId::Collect, 2),
        MilestoneField::CardCollected,
    ),
];

impl Tick {
    /// The date field this item records, when it is its step's own action (see [`STEP_ACTIONS`]).
    pub fn action_field(self) -> Option<MilestoneField> {
        STEP_ACTIONS
            .iter()
            .find(|(t, _)| *t == self)
            .map(|(_, field)| *field)
    }

    const fn todo(stage: StageId, index: usize) -> Tick {
        Tick {
            stage,
            list: Checklist::Todo,
            index,
        }
    }
}

/// Version 1 stored a leaving task's done state as its checklist position ("leave.todo.1"); the mark
/// that replaces it ("done.return-card"), for the migration to version 2.
pub(super) fn leave_tick_v1_as_mark(tick: &str) -> Option<String> {
    CHECKLIST_TASKS
        .iter()
        .filter(|(t, _)| t.stage == StageId::Leave && t.id() == tick)
        .find_map(|(_, task)| {
            MARKABLE_TASKS
                .iter()
                .find(|(t, _, _)| t == task)
                .map(|(_, slug, _)| format!("done.{slug}"))
        })
}

/// Whether `id` is a well-formed done mark: "done.<task>" for a task done once, "done.<task>.<date>" for
/// one that comes round again.
pub fn is_done_mark(id: &str) -> bool {
    let mut parts = id.split('.');
    let (Some("done"), Some(slug), date, None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    MARKABLE_TASKS
        .iter()
        .any(|(_, s, round)| *s == slug && round.is_some() == date.is_some())
        && date.is_none_or(|d| parse_ymd(d).is_ok())
}

impl Progress {
    /// Tasks the user marked done (on the plan or on a checklist).
    pub fn done_tasks(&self) -> Vec<Task> {
        MARKABLE_TASKS
            .iter()
            .map(|(task, _, _)| *task)
            .filter(|task| self.is_marked_done(*task))
            .collect()
    }

    /// The mark for `task`, if it can be marked now (a task that comes round needs its date).
    fn done_mark(&self, task: Task) -> Option<String> {
        let (_, slug, round) = MARKABLE_TASKS.iter().find(|(t, _, _)| *t == task)?;
        match round {
            None => Some(format!("done.{slug}")),
            Some(field) => {
                let date = self.milestones.get(*field)?;
                Some(format!("done.{slug}.{}", to_iso(date)))
            }
        }
    }

    /// Whether the user can mark `task` done: one of [`MARKABLE_TASKS`], with its date entered.
    pub fn can_mark_done(&self, task: Task) -> bool {
        self.done_mark(task).is_some()
    }

    pub fn is_marked_done(&self, task: Task) -> bool {
        self.done_mark(task)
            .is_some_and(|mark| self.ticks.contains(&mark))
    }

    /// Marks a task done (or not) for its current date; nothing happens unless [`Self::can_mark_done`].
    pub fn mark_done(&mut self, task: Task, done: bool) {
        if let Some(mark) = self.done_mark(task) {
            if done {
                self.ticks.insert(mark);
            } else {
                self.ticks.remove(&mark);
            }
        }
    }

    pub fn plan(&self, today: NaiveDate) -> Plan {
        plan_with_done(&self.milestones, &self.done_tasks(), today)
    }

    pub fn countdown(&self, today: NaiveDate) -> Option<Countdown> {
        countdown_with_done(&self.milestones, &self.done_tasks(), today)
    }

    /// Whether a checklist item is ticked. A step's own action (see [`Tick::action_field`]) is ticked when
    /// its date is entered; an item that is a plan task (see [`CHECKLIST_TASKS`]) reads the task's mark
    /// while the task can be marked.
    pub fn is_ticked(&self, tick: Tick) -> bool {
        if let Some(field) = tick.action_field() {
            return self.milestones.get(field).is_some();
        }
        match self.checklist_task(tick) {
            Some(task) => self.is_marked_done(task),
            None => self.ticks.contains(&tick.id()),
        }
    }

    /// Ticks or unticks an item. A step's own action is not ticked here: entering its date is what ticks
    /// it ([`Tick::action_field`]), so this leaves it as it is.
    pub fn set_tick(&mut self, tick: Tick, on: bool) {
        if tick.action_field().is_some() {
            return;
        }
        if let Some(task) = self.checklist_task(tick) {
            self.mark_done(task, on);
        } else if on {
            self.ticks.insert(tick.id());
        } else {
            self.ticks.remove(&tick.id());
        }
    }

    /// The plan task `tick` is, if it is one of [`CHECKLIST_TASKS`] and the task can be marked now.
    fn checklist_task(&self, tick: Tick) -> Option<Task> {
        CHECKLIST_TASKS
            .iter()
            .find(|(t, _)| *t == tick)
            .map(|(_, task)| *task)
            .filter(|task| self.can_mark_done(*task))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::ApplicationMethod;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn progress_round_trips_through_its_stored_form() {
        let mut progress = Progress::default();
        progress.milestones.moved_in = Some(date(2026, 4, 1));
        progress.milestones.departure = Some(date(2028, 3, 20));
        progress.set_tick(
            Tick {
                stage: StageId::Register,
                list: Checklist::Bring,
                index: 1,
            },
            true,
        );
        progress.settings.lang = Some(Lang::Vi);
        let json = encode(&progress);
        assert!(json.contains("\"version\":2"));
        assert!(json.contains("\"register.bring.1\""));
        assert!(json.contains("2026-04-01"));
        assert_eq!(decode(&json), Ok(progress));
    }

    #[test]
    fn ticks_can_be_set_and_cleared() {
        let tick = Tick {
            stage: StageId::Leave,
            list: Checklist::Todo,
            index: 3,
        };
        let mut progress = Progress::default();
        assert!(!progress.is_ticked(tick));
        progress.set_tick(tick, true);
        assert!(progress.is_ticked(tick));
        assert_eq!(tick.id(), "leave.todo.3");
        progress.set_tick(tick, false);
        assert!(!progress.is_ticked(tick));
    }

    #[test]
    fn unreadable_documents_are_rejected_with_the_reason() {
        assert_eq!(decode("{not json"), Err(DecodeError::NotJson));
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotOurSchema));
        assert_eq!(
            decode(r#"{"milestones":{}}"#),
            Err(DecodeError::NotOurSchema)
        );
        assert_eq!(decode(r#"{"version":0}"#), Err(DecodeError::NotOurSchema));
        assert_eq!(
            decode(r#"{"version":99}"#),
            Err(DecodeError::FromTheFuture(99))
        );
        assert_eq!(
            decode(r#"{"version":1,"ticks":"x"}"#),
            Err(DecodeError::NotOurSchema)
        );
        assert_eq!(
            decode(r#"{"version":1,"milestones":{"moved_in":"2026-02-30"}}"#),
            Err(DecodeError::NotOurSchema)
        );
    }

    /// The status `task` has in `progress`'s plan on `today`.
    fn status_on(
        progress: &Progress,
        task: Task,
        today: NaiveDate,
    ) -> Option<crate::domain::plan::Status> {
        progress
            .plan(today)
            .items
            .iter()
            .find(|i| i.task == task)
            .map(|i| i.status)
    }

    #[test]
    fn ticking_a_leaving_task_on_the_checklist_marks_it_done_in_the_plan() {
        use crate::domain::plan::Status;
        let mut progress = Progress::default();
        progress.milestones.departure = Some(date(2026, 5, 5));
        let today = date(2026, 4, 25);
        let status = |p: &Progress, task| status_on(p, task, today);
        assert_eq!(status(&progress, Task::ReturnCard), Some(Status::DueSoon));
        progress.set_tick(
            Tick {
                stage: StageId::Leave,
                list: Checklist::Todo,
                index: 1,
            },
            true,
        );
        assert_eq!(status(&progress, Task::ReturnCard), Some(Status::Done));
        assert_eq!(
            progress.countdown(today).map(|c| c
                .tasks
                .iter()
                .filter(|i| i.status == Status::Done)
                .count()),
            Some(1)
        );
    }

    #[test]
    fn a_minimal_version_1_document_loads_with_defaults() {
        let progress = decode(r#"{"version":1}"#).unwrap();
        assert_eq!(progress, Progress::default());
        let progress =
            decode(r#"{"version":1,"milestones":{},"settings":{},"unknown":[1]}"#).unwrap();
        assert_eq!(progress, Progress::default());
    }

    #[test]
    fn the_stored_form_names_dates_methods_and_languages_plainly() {
        let mut progress = Progress::default();
        progress.milestones.applied = Some(date(2026, 4, 25));
        progress.milestones.application_method = Some(ApplicationMethod::PhotoBooth);
        progress.settings.lang = Some(Lang::Zh);
        let json = encode(&progress);
        assert!(json.contains(r#""applied":"2026-04-25""#), "{json}");
        assert!(json.contains(r#""moved_in":null"#), "{json}");
        assert!(
            json.contains(r#""application_method":"photo-booth""#),
            "{json}"
        );
        assert!(json.contains(r#""settings":{"lang":"zh-Hans"}"#), "{json}");
        assert_eq!(decode(&json), Ok(progress));
        for lang in Lang::ALL {
            let mut p = Progress::default();
            p.settings.lang = Some(lang);
            assert_eq!(decode(&encode(&p)), Ok(p), "{lang:?}");
        }
    }

    #[test]
    fn a_task_marked_done_is_done_for_its_date_only() {
        use crate::domain::plan::Status;
        let mut progress = Progress::default();
        progress.milestones.moved_in = Some(date(2026, 4, 1));
        progress.milestones.moved_within_japan = Some(date(2027, 3, 20));
        let today = date(2027, 4, 10);
        let status = |p: &Progress, task| status_on(p, task, today);
        assert_eq!(
            status(&progress, Task::ReportNewAddress),
            Some(Status::Late)
        );
        assert!(progress.can_mark_done(Task::ReportNewAddress));
        assert!(!progress.can_mark_done(Task::Register));
        progress.mark_done(Task::ReportNewAddress, true);
        assert!(progress
            .ticks
            .contains("done.report-new-address.2027-03-20"));
        assert!(is_done_mark("done.report-new-address.2027-03-20"));
        assert_eq!(
            status(&progress, Task::ReportNewAddress),
            Some(Status::Done)
        );
        assert_eq!(
            status(&progress, Task::ContinuedUse),
            Some(Status::Upcoming)
        );
        assert_eq!(decode(&encode(&progress)), Ok(progress.clone()));
        // A later move has a new date: the task is open again.
        progress.milestones.moved_within_japan = Some(date(2027, 3, 30));
        assert_eq!(
            status(&progress, Task::ReportNewAddress),
            Some(Status::DueSoon)
        );
        progress.mark_done(Task::ReportNewAddress, true);
        progress.mark_done(Task::ReportNewAddress, false);
        assert!(!progress.is_marked_done(Task::ReportNewAddress));
        // Without the date there is nothing to mark.
        progress.milestones.residence_card_lost = None;
        progress.mark_done(Task::ReportLostResidenceCard, true);
        assert!(!progress.is_marked_done(Task::ReportLostResidenceCard));
        for bad in [
            "done.register.2027-03-20",
            "done.continued-use.2027-02-30",
            "done.continued-use",
            "x.continued-use.2027-03-20",
        ] {
            assert!(!is_done_mark(bad), "{bad}");
        }
    }

    #[test]
    fn renewing_marked_done_opens_again_with_the_new_residence_expiry_and_extending_is_never_marked(
    ) {
        use crate::domain::plan::Status;
        let mut progress = Progress::default();
        progress.milestones.moved_in = Some(date(2026, 4, 1));
        progress.milestones.residence_expiry = Some(date(2027, 6, 30));
        progress.milestones.card_expiry = Some(date(2027, 6, 30));
        let today = date(2027, 5, 1);
        let status = |p: &Progress, task| status_on(p, task, today);
        assert_eq!(
            status(&progress, Task::RenewResidence),
            Some(Status::DueSoon)
        );
        progress.mark_done(Task::RenewResidence, true);
        assert_eq!(status(&progress, Task::RenewResidence), Some(Status::Done));
        // R9: extending is done by entering the card's new expiry, not by a mark.
        assert!(!progress.can_mark_done(Task::ExtendCard));
        progress.mark_done(Task::ExtendCard, true);
        assert_eq!(status(&progress, Task::ExtendCard), Some(Status::DueSoon));
        // The new residence card's expiry: the next round of renewing is open; the card still expires.
        progress.milestones.residence_expiry = Some(date(2029, 6, 30));
        assert_eq!(
            status(&progress, Task::RenewResidence),
            Some(Status::Upcoming)
        );
        assert_eq!(status(&progress, Task::ExtendCard), Some(Status::DueSoon));
        progress.milestones.card_expiry = Some(date(2029, 6, 30));
        assert_eq!(status(&progress, Task::ExtendCard), Some(Status::Upcoming));
    }

    #[test]
    fn a_checklist_item_that_is_a_plan_task_shares_its_mark() {
        let renewed = Tick::todo(StageId::KeepValid, 0);
        let mut progress = Progress::default();
        // Without the residence expiry the item is an ordinary tick.
        progress.set_tick(renewed, true);
        assert!(progress.is_ticked(renewed));
        assert!(progress.ticks.contains("keep-valid.todo.0"));
        progress.set_tick(renewed, false);
        // With it, ticking the item marks the plan task done for that expiry, and the other way round.
        progress.milestones.residence_expiry = Some(date(2027, 6, 30));
        progress.set_tick(renewed, true);
        assert!(progress.is_marked_done(Task::RenewResidence));
        assert!(progress.ticks.contains("done.renew-residence.2027-06-30"));
        progress.mark_done(Task::RenewResidence, false);
        assert!(!progress.is_ticked(renewed));
        progress.mark_done(Task::RenewResidence, true);
        // The new expiry starts the next round unticked.
        progress.milestones.residence_expiry = Some(date(2029, 6, 30));
        assert!(!progress.is_ticked(renewed));
        // A leaving task is done once: its mark has no date.
        let returned = Tick::todo(StageId::Leave, 1);
        progress.set_tick(returned, true);
        assert!(progress.ticks.contains("done.return-card"));
        assert!(progress.is_marked_done(Task::ReturnCard));
        assert!(is_done_mark("done.return-card"));
        assert!(!is_done_mark("done.return-card.2027-06-30"));
        assert!(!is_done_mark("done.renew-residence"));
        // "Extended the card" is an ordinary tick: the card's new expiry is what counts (R9).
        let extended = Tick::todo(StageId::KeepValid, 1);
        progress.set_tick(extended, true);
        assert!(progress.ticks.contains("keep-valid.todo.1"));
    }

    #[test]
    fn a_steps_own_action_on_its_checklist_is_ticked_by_its_date() {
        let reported = Tick::todo(StageId::Register, 0);
        assert_eq!(reported.action_field(), Some(MilestoneField::Registered));
        let mut progress = Progress::default();
        assert!(!progress.is_ticked(reported));
        // Ticking alone records nothing: the step needs its date (the page asks for it).
        progress.set_tick(reported, true);
        assert!(!progress.is_ticked(reported));
        assert!(progress.ticks.is_empty());
        // Entering the registration date ticks it, and completes R1 in the plan.
        progress.milestones.moved_in = Some(date(2026, 4, 1));
        progress
            .milestones
            .enter(MilestoneField::Registered, Some(date(2026, 4, 3)));
        assert!(progress.is_ticked(reported));
        let register = progress
            .plan(date(2026, 4, 10))
            .items
            .into_iter()
            .find(|i| i.task == Task::Register)
            .map(|i| i.status);
        assert_eq!(register, Some(crate::domain::plan::Status::Done));
        // Unticking does not erase the date: only clearing it does.
        progress.set_tick(reported, false);
        assert!(progress.is_ticked(reported));
    }

    #[test]
    fn each_steps_own_action_records_a_date_entered_on_that_step() {
        for (tick, field) in STEP_ACTIONS {
            assert_eq!(field.stage(), tick.stage, "{field:?}");
            assert_eq!(tick.list, Checklist::Todo);
            assert_eq!(tick.action_field(), Some(field));
        }
    }

    #[test]
    fn members_of_the_wrong_type_or_repeated_are_not_our_schema() {
        for bad in [
            r#"{"version":"1"}"#,
            r#"{"version":1.0}"#,
            r#"{"version":1,"version":1}"#,
            r#"{"version":1,"milestones":null}"#,
            r#"{"version":1,"milestones":[]}"#,
            r#"{"version":1,"milestones":{"moved_in":20260401}}"#,
            r#"{"version":1,"milestones":{"moved_in":"2026-04-01","moved_in":null}}"#,
            r#"{"version":1,"milestones":{"application_method":"by pigeon"}}"#,
            r#"{"version":1,"ticks":[1]}"#,
            r#"{"version":1,"settings":{"lang":"xx"}}"#,
            r#"{"version":1,"settings":{"lang":1}}"#,
            r#"{"version":1,"settings":"ja"}"#,
        ] {
            assert_eq!(decode(bad), Err(DecodeError::NotOurSchema), "{bad}");
        }
        assert_eq!(
            decode(r#"{"version":1,"milestones":{"moved_in":null},"settings":{"lang":null}}"#),
            Ok(Progress::default())
        );
    }
}
