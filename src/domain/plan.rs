//! The date engine: from the user's milestones and today's date, every deadline and expected window of
//! FACTS.md (R1–R17), each with a status, and the single next thing to do.

use chrono::NaiveDate;

use super::calendar::{add_days, add_months, add_years, days_between};
use super::journey::StageId;
use super::milestones::{validate, ApplicationMethod, FieldError, MilestoneField, Milestones};

/// A rule of FACTS.md. The id appears in the app beside the dates it produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
}

impl Rule {
    pub fn id(self) -> &'static str {
        match self {
            Rule::R1 => "R1",
            Rule::R2 => "R2",
            Rule::R3 => "R3",
            Rule::R4 => "R4",
            Rule::R5 => "R5",
            Rule::R6 => "R6",
            Rule::R7 => "R7",
            Rule::R8 => "R8",
            Rule::R9 => "R9",
            Rule::R11 => "R11",
            Rule::R12 => "R12",
            Rule::R13 => "R13",
            Rule::R14 => "R14",
            Rule::R15 => "R15",
            Rule::R16 => "R16",
            Rule::R17 => "R17",
        }
    }
}

/// Something the plan dates for the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    Register,
    ReceiveLetter,
    ExpressIssuance,
    PhotoValid,
    ReceiveNotice,
    ReceiveExpressCard,
    CollectCard,
    CardExpiry,
    RenewResidence,
    ExtendCard,
    ReportNewAddress,
    ContinuedUse,
    MoveOutNotice,
    ReturnCard,
    SettleNhi,
    ResidentTax,
    PensionClaim,
    ReportLostResidenceCard,
}

impl Task {
    pub const ALL: [Task; 18] = [
        Task::Register,
        Task::ReceiveLetter,
        Task::ExpressIssuance,
        Task::PhotoValid,
        Task::ReceiveNotice,
        Task::ReceiveExpressCard,
        Task::CollectCard,
        Task::CardExpiry,
        Task::RenewResidence,
        Task::ExtendCard,
        Task::ReportNewAddress,
        Task::ContinuedUse,
        Task::MoveOutNotice,
        Task::ReturnCard,
        Task::SettleNhi,
        Task::ResidentTax,
        Task::PensionClaim,
        Task::ReportLostResidenceCard,
    ];

    /// Tasks that inform rather than ask: never picked as the next thing to do while real tasks remain.
    fn is_informational(self) -> bool {
        matches!(
            self,
            Task::CardExpiry | Task::ExpressIssuance | Task::PhotoValid
        )
    }
}

/// When a task is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A deadline.
    By(NaiveDate),
    /// An expected or allowed window, both ends included.
    Between(NaiveDate, NaiveDate),
    /// A fixed date, such as the card's expiry.
    On(NaiveDate),
}

impl When {
    /// The date that decides lateness.
    pub fn end(self) -> NaiveDate {
        match self {
            When::By(d) | When::On(d) => d,
            When::Between(_, b) => b,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Late,
    DueSoon,
    Upcoming,
    Waiting,
    Done,
}

/// "Due soon" means within this many days.
pub const DUE_SOON_DAYS: i64 = 7;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    pub task: Task,
    pub rule: Rule,
    pub stage: StageId,
    /// The milestone the date counts from (or that is still missing, when `Waiting`).
    pub trigger: MilestoneField,
    pub when: Option<When>,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub item: PlanItem,
    /// Days from today to the deciding date; negative when late. 0 for a task waiting for a date.
    pub days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub items: Vec<PlanItem>,
    pub next: Option<NextStep>,
    /// Problems with the entered dates; an invalid date is left out of the plan, never used.
    pub errors: Vec<FieldError>,
}

impl Plan {
    pub fn for_stage(&self, stage: StageId) -> impl Iterator<Item = &PlanItem> {
        self.items.iter().filter(move |i| i.stage == stage)
    }

    /// The most urgent status among a stage's tasks, `Done` when all are done, `None` when the stage
    /// has no dated tasks at all (e.g. "Use your card").
    pub fn stage_status(&self, stage: StageId) -> Option<Status> {
        let mut statuses = self
            .for_stage(stage)
            .filter(|i| !i.task.is_informational())
            .map(|i| i.status);
        let first = statuses.next()?;
        Some(statuses.fold(first, Ord::min))
    }
}

/// Status of a task from its dates: done, waiting for a trigger, or by how close its deciding date is.
fn status_of(when: Option<When>, done: bool, today: NaiveDate) -> Status {
    let Some(when) = when else {
        return if done { Status::Done } else { Status::Waiting };
    };
    if done {
        return Status::Done;
    }
    let left = days_between(today, when.end());
    let window_open = matches!(when, When::Between(a, _) if today >= a);
    if left < 0 {
        Status::Late
    } else if left <= DUE_SOON_DAYS || window_open {
        Status::DueSoon
    } else {
        Status::Upcoming
    }
}

struct Builder {
    today: NaiveDate,
    items: Vec<PlanItem>,
}

impl Builder {
    fn push(
        &mut self,
        task: Task,
        rule: Rule,
        stage: StageId,
        trigger: MilestoneField,
        when: Option<When>,
        done: bool,
    ) {
        let status = status_of(when, done, self.today);
        self.items.push(PlanItem {
            task,
            rule,
            stage,
            trigger,
            when,
            status,
        });
    }
}

fn between(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<When> {
    Some(When::Between(from?, to?))
}

/// Every dated task for these milestones on `today`. Invalid dates are ignored (reported in `errors`).
pub fn plan(milestones: &Milestones, today: NaiveDate) -> Plan {
    plan_with_done(milestones, &[], today)
}

/// As [`plan`], with tasks the user has ticked as done on their checklists.
pub fn plan_with_done(milestones: &Milestones, ticked_done: &[Task], today: NaiveDate) -> Plan {
    use MilestoneField as F;
    let errors = validate(milestones, today);
    let m = milestones.valid_only(today);
    let ticked = |t: Task| ticked_done.contains(&t);
    let mut b = Builder {
        today,
        items: Vec::new(),
    };

    // R1: register within 14 days of moving in.
    b.push(
        Task::Register,
        Rule::R1,
        StageId::Register,
        F::MovedIn,
        m.moved_in.and_then(|d| add_days(d, 14)).map(When::By),
        m.registered.is_some(),
    );

    // R2: the letter is expected 14–30 days after registration.
    let reg = m.registered;
    b.push(
        Task::ReceiveLetter,
        Rule::R2,
        StageId::Letter,
        F::Registered,
        between(
            reg.and_then(|d| add_days(d, 14)),
            reg.and_then(|d| add_days(d, 30)),
        ),
        m.letter_received.is_some() || m.applied.is_some(),
    );

    // R3: express issuance possible until 30 days after registration; shown only while it is open or used.
    let express_until = reg.and_then(|d| add_days(d, 30));
    let express_open = express_until.is_none_or(|d| today <= d);
    if m.applied.is_none() && express_open {
        b.push(
            Task::ExpressIssuance,
            Rule::R3,
            StageId::Apply,
            F::Registered,
            express_until.map(When::By),
            false,
        );
    }

    // R4: the photo is usable for 6 months.
    if m.applied.is_none() {
        b.push(
            Task::PhotoValid,
            Rule::R4,
            StageId::Apply,
            F::PhotoTaken,
            m.photo_taken.and_then(|d| add_months(d, 6)).map(When::By),
            false,
        );
    }

    let express = m.application_method == Some(ApplicationMethod::Express);
    let card_in_hand = m.card_collected.is_some();
    let app = m.applied;
    if express {
        // R3: an express card is expected 5–10 days after applying.
        b.push(
            Task::ReceiveExpressCard,
            Rule::R3,
            StageId::Notice,
            F::Applied,
            between(
                app.and_then(|d| add_days(d, 5)),
                app.and_then(|d| add_days(d, 10)),
            ),
            card_in_hand || m.notice_received.is_some(),
        );
    } else {
        // R5: the issuance notice is expected 21–60 days after applying.
        b.push(
            Task::ReceiveNotice,
            Rule::R5,
            StageId::Notice,
            F::Applied,
            between(
                app.and_then(|d| add_days(d, 21)),
                app.and_then(|d| add_days(d, 60)),
            ),
            card_in_hand || m.notice_received.is_some(),
        );
    }

    // R6: collect by the printed deadline, else about 3 months after the notice as a guide; and never after
    // the card's validity ends (R7), since an expired card cannot be handed over.
    let (collect_trigger, collect_by) = match (m.collection_deadline, m.notice_received) {
        (Some(printed), _) => (F::CollectionDeadline, Some(printed)),
        (None, Some(notice)) => (F::NoticeReceived, add_months(notice, 3)),
        (None, None) => (F::NoticeReceived, None),
    };
    let collect_by = match (collect_by, m.residence_expiry) {
        (Some(d), Some(expiry)) => Some(d.min(expiry)),
        (d, _) => d,
    };
    b.push(
        Task::CollectCard,
        Rule::R6,
        StageId::Collect,
        collect_trigger,
        collect_by.map(When::By),
        card_in_hand,
    );

    // R7: the card expires with the period of stay. R8: renewal from about 3 months before.
    // R9: extend the card before it expires; warn from 3 months before.
    let expiry = m.residence_expiry;
    b.push(
        Task::CardExpiry,
        Rule::R7,
        StageId::KeepValid,
        F::ResidenceExpiry,
        expiry.map(When::On),
        false,
    );
    b.push(
        Task::RenewResidence,
        Rule::R8,
        StageId::KeepValid,
        F::ResidenceExpiry,
        between(expiry.and_then(|d| add_months(d, -3)), expiry),
        false,
    );
    let extend = expiry.map(When::By);
    let mut extend_status = status_of(extend, false, today);
    if extend_status == Status::Upcoming
        && expiry
            .and_then(|d| add_months(d, -3))
            .is_some_and(|w| today >= w)
    {
        extend_status = Status::DueSoon;
    }
    b.items.push(PlanItem {
        task: Task::ExtendCard,
        rule: Rule::R9,
        stage: StageId::KeepValid,
        trigger: F::ResidenceExpiry,
        when: extend,
        status: extend_status,
    });

    // R11: after a move inside Japan, report within 14 days and ask for continued use within 90.
    if let Some(moved) = m.moved_within_japan {
        b.push(
            Task::ReportNewAddress,
            Rule::R11,
            StageId::Register,
            F::MovedWithinJapan,
            add_days(moved, 14).map(When::By),
            false,
        );
        b.push(
            Task::ContinuedUse,
            Rule::R11,
            StageId::Register,
            F::MovedWithinJapan,
            add_days(moved, 90).map(When::By),
            false,
        );
    }

    // R12–R14: from about 14 days before departure until departure. R15: pension claim within 2 years
    // after. R16: resident tax settled before leaving.
    let dep = m.departure;
    let leaving = between(dep.and_then(|d| add_days(d, -14)), dep);
    b.push(
        Task::MoveOutNotice,
        Rule::R12,
        StageId::Leave,
        F::Departure,
        leaving,
        ticked(Task::MoveOutNotice),
    );
    b.push(
        Task::ReturnCard,
        Rule::R13,
        StageId::Leave,
        F::Departure,
        leaving,
        ticked(Task::ReturnCard),
    );
    b.push(
        Task::SettleNhi,
        Rule::R14,
        StageId::Leave,
        F::Departure,
        leaving,
        ticked(Task::SettleNhi),
    );
    b.push(
        Task::ResidentTax,
        Rule::R16,
        StageId::Leave,
        F::Departure,
        dep.map(When::By),
        ticked(Task::ResidentTax),
    );
    b.push(
        Task::PensionClaim,
        Rule::R15,
        StageId::Leave,
        F::Departure,
        dep.and_then(|d| add_years(d, 2)).map(When::By),
        ticked(Task::PensionClaim),
    );

    // R17: a lost residence card is reported to immigration within 14 days.
    if let Some(lost) = m.residence_card_lost {
        b.push(
            Task::ReportLostResidenceCard,
            Rule::R17,
            StageId::Use,
            F::ResidenceCardLost,
            add_days(lost, 14).map(When::By),
            false,
        );
    }

    let next = next_step(&b.items, today);
    Plan {
        items: b.items,
        next,
        errors,
    }
}

/// The most urgent open task (late, then due soon, then upcoming; earliest date first); failing that,
/// an informational one; failing that, the first task still waiting for a date, in journey order.
fn next_step(items: &[PlanItem], today: NaiveDate) -> Option<NextStep> {
    let open = |informational: bool| {
        items
            .iter()
            .filter(move |i| i.task.is_informational() == informational)
            .filter(|i| matches!(i.status, Status::Late | Status::DueSoon | Status::Upcoming))
            .filter_map(|i| i.when.map(|w| (i, w.end())))
            .min_by_key(|(i, end)| (i.status, *end))
    };
    if let Some((item, end)) = open(false).or_else(|| open(true)) {
        return Some(NextStep {
            item: item.clone(),
            days: days_between(today, end),
        });
    }
    let mut waiting: Vec<&PlanItem> = items
        .iter()
        .filter(|i| i.status == Status::Waiting)
        .collect();
    waiting.sort_by_key(|i| i.stage);
    waiting.first().map(|i| NextStep {
        item: (*i).clone(),
        days: 0,
    })
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
