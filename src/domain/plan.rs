//! The date engine: from the user's milestones and today's date, every deadline and expected window of
//! FACTS.md (R1–R18), each with a status, and the single next thing to do.

use chrono::NaiveDate;

use super::calendar::{add_days, add_months, add_years, days_between};
use super::journey::StageId;
use super::milestones::{validate, FieldError, MilestoneField, Milestones};
use super::reached::Reached;

/// A rule of FACTS.md. The id appears in the app beside the dates it produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// Electronic certificates: FACTS gives no date the user enters, so the plan never dates it; the
    /// "Keep it valid" page explains it.
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
    R18,
}

impl Rule {
    pub const ALL: [Rule; 18] = [
        Rule::R1,
        Rule::R2,
        Rule::R3,
        Rule::R4,
        Rule::R5,
        Rule::R6,
        Rule::R7,
        Rule::R8,
        Rule::R9,
        Rule::R10,
        Rule::R11,
        Rule::R12,
        Rule::R13,
        Rule::R14,
        Rule::R15,
        Rule::R16,
        Rule::R17,
        Rule::R18,
    ];

    /// "R1" … "R18", as in FACTS.md.
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
            Rule::R10 => "R10",
            Rule::R11 => "R11",
            Rule::R12 => "R12",
            Rule::R13 => "R13",
            Rule::R14 => "R14",
            Rule::R15 => "R15",
            Rule::R16 => "R16",
            Rule::R17 => "R17",
            Rule::R18 => "R18",
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
    MoveOutOldCity,
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
    pub const ALL: [Task; 19] = [
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
        Task::MoveOutOldCity,
        Task::ReportNewAddress,
        Task::ContinuedUse,
        Task::MoveOutNotice,
        Task::ReturnCard,
        Task::SettleNhi,
        Task::ResidentTax,
        Task::PensionClaim,
        Task::ReportLostResidenceCard,
    ];

    /// Tasks that inform rather than ask: the card's expiry (R7; extending it is R9) and the optional
    /// express issuance (R3). They do not colour a stage and are the next step only when nothing else is.
    pub fn is_informational(self) -> bool {
        matches!(self, Task::CardExpiry | Task::ExpressIssuance)
    }

    /// A stable id, the same in every language (calendar reminders' UIDs; the marks of `progress` use
    /// the same words).
    pub fn slug(self) -> &'static str {
        match self {
            Task::Register => "register",
            Task::ReceiveLetter => "receive-letter",
            Task::ExpressIssuance => "express-issuance",
            Task::PhotoValid => "photo-valid",
            Task::ReceiveNotice => "receive-notice",
            Task::ReceiveExpressCard => "receive-express-card",
            Task::CollectCard => "collect-card",
            Task::CardExpiry => "card-expiry",
            Task::RenewResidence => "renew-residence",
            Task::ExtendCard => "extend-card",
            Task::MoveOutOldCity => "move-out-old-city",
            Task::ReportNewAddress => "report-new-address",
            Task::ContinuedUse => "continued-use",
            Task::MoveOutNotice => "move-out-notice",
            Task::ReturnCard => "return-card",
            Task::SettleNhi => "settle-nhi",
            Task::ResidentTax => "resident-tax",
            Task::PensionClaim => "pension-claim",
            Task::ReportLostResidenceCard => "report-lost-residence-card",
        }
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
    /// The first day that matters: a window's opening, otherwise the date itself.
    pub fn start(self) -> NaiveDate {
        match self {
            When::By(d) | When::On(d) | When::Between(d, _) => d,
        }
    }

    /// The date that decides lateness.
    pub fn end(self) -> NaiveDate {
        match self {
            When::By(d) | When::On(d) => d,
            When::Between(_, b) => b,
        }
    }
}

/// Ordered from the most to the least urgent, so `min` is the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The deadline or the end of the window has passed and the task is not done.
    Late,
    /// The deadline is at most [`DUE_SOON_DAYS`] away, or the task's window (or R9's warning period) is open.
    DueSoon,
    Upcoming,
    /// An optional path that is open now, such as express issuance until 30 days after registering (R3):
    /// never `Late`, because nobody has to take it.
    Possible,
    /// The date it counts from has not been entered (or is invalid). A task done is `Waiting` too while
    /// its date is missing: a line never says "Done" beside "Waiting for …".
    Waiting,
    /// An optional path whose window has closed: shown for [`CLOSED_SHOWN_DAYS`] days, then left out.
    Closed,
    Done,
}

/// "Due soon" means within this many days.
pub const DUE_SOON_DAYS: i64 = 7;

/// How long a closed optional path still says "closed — apply by the normal route" before it leaves the
/// plan: two weeks, so a student who opens the app once a week still learns why the option went away.
pub const CLOSED_SHOWN_DAYS: i64 = 14;

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
    /// Days from today to the deciding date (`When::end`); negative when late. 0 for a task waiting
    /// for a date.
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

    /// The most urgent status among a stage's tasks (informational ones aside): `Done` when all are
    /// done, `Waiting` when the rest only wait for dates, `None` when the stage has no tasks at all
    /// (e.g. "Use your card" unless a residence card was lost).
    pub fn stage_status(&self, stage: StageId) -> Option<Status> {
        self.for_stage(stage)
            .filter(|i| !i.task.is_informational())
            .map(|i| i.status)
            .min()
    }
}

/// Status of a task from its dates: `Waiting` while the date it counts from is missing, even when a later
/// date shows it was done (a step is never "Done" while it still waits for one of its dates). `warn_from` is the day from which an open task counts as due soon
/// even when its end is further than [`DUE_SOON_DAYS`] away: a window's opening (you can act now), or
/// R9's "warn from expiry − 3 months".
fn status_of(
    when: Option<When>,
    done: bool,
    warn_from: Option<NaiveDate>,
    today: NaiveDate,
) -> Status {
    // Done needs the date the task counts from, so "Done" never stands beside "Waiting for …".
    let Some(when) = when else {
        return Status::Waiting;
    };
    if done {
        return Status::Done;
    }
    let left = days_between(today, when.end());
    if left < 0 {
        Status::Late
    } else if left <= DUE_SOON_DAYS || warn_from.is_some_and(|w| today >= w) {
        Status::DueSoon
    } else {
        Status::Upcoming
    }
}

/// Collects plan items in journey order, giving each its status.
struct Builder<'a> {
    today: NaiveDate,
    ticked_done: &'a [Task],
    /// The first-visit answer (issue 13 §3).
    reached: Option<Reached>,
    items: Vec<PlanItem>,
}

/// One task as a rule computes it, before its status is known.
struct Dated {
    task: Task,
    rule: Rule,
    stage: StageId,
    trigger: MilestoneField,
    when: Option<When>,
    /// Completed by a milestone the user entered (ticks on a checklist are added by the builder).
    done: bool,
}

impl Builder<'_> {
    fn push(&mut self, d: Dated) {
        self.push_with(d, false);
    }

    /// A task of one of the journey's own steps, which the first-visit answer can put behind the student
    /// (issue 13 §3): then it is done, without its dates. (The tasks of a later move within Japan sit on
    /// the Register step but are never behind: they use `push`.)
    fn push_step(&mut self, d: Dated) {
        self.push_with(d, true);
    }

    fn push_with(&mut self, d: Dated, answerable: bool) {
        let warn_from = match d.when {
            Some(When::Between(opens, _)) => Some(opens),
            _ => None,
        };
        self.push_warned(d, warn_from, answerable);
    }

    fn push_warned(&mut self, d: Dated, warn_from: Option<NaiveDate>, answerable: bool) {
        let said_behind = answerable && self.reached.is_some_and(|r| r.is_behind(d.stage));
        let done = d.done || said_behind || self.ticked_done.contains(&d.task);
        // Said to be behind, a step is done without its dates; any other task waits for the date it counts
        // from before it can be done (issue 13 §2).
        let status = if said_behind && d.when.is_none() {
            Status::Done
        } else {
            status_of(d.when, done, warn_from, self.today)
        };
        self.items.push(PlanItem {
            task: d.task,
            rule: d.rule,
            stage: d.stage,
            trigger: d.trigger,
            when: d.when,
            status,
        });
    }
}

/// Status of an optional path open until `when` (R3): `Possible` while open, `Closed` for
/// [`CLOSED_SHOWN_DAYS`] days after, then `None`: it leaves the plan.
fn optional_status(when: Option<When>, today: NaiveDate) -> Option<Status> {
    let Some(when) = when else {
        return Some(Status::Waiting);
    };
    match days_between(when.end(), today) {
        past if past <= 0 => Some(Status::Possible),
        past if past <= CLOSED_SHOWN_DAYS => Some(Status::Closed),
        _ => None,
    }
}

/// `trigger + from … trigger + to` days; `None` if the trigger is missing or a bound overflows.
fn window(trigger: Option<NaiveDate>, from: i64, to: i64) -> Option<When> {
    let t = trigger?;
    Some(When::Between(add_days(t, from)?, add_days(t, to)?))
}

/// `trigger + n` days as a deadline.
fn by_days(trigger: Option<NaiveDate>, n: i64) -> Option<When> {
    trigger.and_then(|t| add_days(t, n)).map(When::By)
}

/// Every dated task for these milestones on `today`. Invalid dates are ignored (reported in `errors`).
pub fn plan(milestones: &Milestones, today: NaiveDate) -> Plan {
    plan_with_done(milestones, &[], today)
}

/// As [`plan`], with tasks the user has ticked as done on their checklists (for tasks no milestone
/// completes: leaving Japan, reporting a new address, a lost residence card).
pub fn plan_with_done(milestones: &Milestones, ticked_done: &[Task], today: NaiveDate) -> Plan {
    use MilestoneField as F;
    let errors = validate(milestones, today);
    // Only valid dates produce dates: an invalid field counts as not entered, so its tasks wait.
    let m = milestones.valid_only(today);
    let mut b = Builder {
        today,
        ticked_done,
        reached: m.reached,
        items: Vec::new(),
    };
    // A step the student said is behind them counts as done without its dates (issue 13 §3): the steps'
    // own tasks through `push_step`; these two also end tasks of other steps.
    let behind = |stage| m.reached.is_some_and(|r| r.is_behind(stage));
    let applied = m.applied.is_some() || behind(StageId::Apply);
    let card_in_hand = m.card_collected.is_some() || behind(StageId::Collect);

    // R1: register within 14 days of moving in.
    b.push_step(Dated {
        task: Task::Register,
        rule: Rule::R1,
        stage: StageId::Register,
        trigger: F::MovedIn,
        when: by_days(m.moved_in, 14),
        done: m.registered.is_some(),
    });

    // R2: the letter is expected 14–30 days after registration; after that, ask the city office.
    b.push_step(Dated {
        task: Task::ReceiveLetter,
        rule: Rule::R2,
        stage: StageId::Letter,
        trigger: F::Registered,
        when: window(m.registered, 14, 30),
        done: m.letter_received.is_some() || applied,
    });

    // R3: express issuance is possible until 30 days after registration, and only when that registration
    // was the first after arriving from abroad. An option, not a duty: never "Done" or "Late". Once the
    // student has applied (in any way) or chosen another way of applying, it is no longer a choice to show
    // (`applied` also holds when the first-visit answer put the Apply step behind, issue 13 §3).
    let express = m.applied_express();
    let chose_another_way = m.application_method.is_some() && !express;
    if m.express_possible() && !applied && !chose_another_way {
        let when = by_days(m.registered, 30);
        if let Some(status) = optional_status(when, today) {
            b.items.push(PlanItem {
                task: Task::ExpressIssuance,
                rule: Rule::R3,
                stage: StageId::Apply,
                trigger: F::Registered,
                when,
                status,
            });
        }
    }

    // R4: the photo is usable for 6 months after it was taken; applying uses it. Once applied, a photo
    // date never entered no longer matters: the task leaves the plan rather than ask for it.
    // (Applied by the first-visit answer alone, it stays, done as said, so the Apply step reads Done.)
    if !(m.applied.is_some() && m.photo_taken.is_none()) {
        b.push_step(Dated {
            task: Task::PhotoValid,
            rule: Rule::R4,
            stage: StageId::Apply,
            trigger: F::PhotoTaken,
            when: m.photo_taken.and_then(|d| add_months(d, 6)).map(When::By),
            done: applied,
        });
    }

    if express {
        // R3: an express card is mailed, about a week after applying (shortest 5 days, up to 2 weeks): no
        // postcard and no counter pick-up, so it takes the place of R5 and R6.
        b.push_step(Dated {
            task: Task::ReceiveExpressCard,
            rule: Rule::R3,
            stage: StageId::Collect,
            trigger: F::Applied,
            when: window(m.applied, 5, 14),
            done: card_in_hand,
        });
    } else {
        // R5: the issuance notice is expected 21–60 days after applying.
        b.push_step(Dated {
            task: Task::ReceiveNotice,
            rule: Rule::R5,
            stage: StageId::Notice,
            trigger: F::Applied,
            when: window(m.applied, 21, 60),
            done: card_in_hand || m.notice_received.is_some(),
        });
        // R6: collect by the printed deadline; until it is entered, a safe hint of 1 month after the
        // notice (some cities print 1 month). A card whose validity has passed cannot be handed over, so
        // the period of stay caps it, and is then its trigger.
        let (trigger, collect_by) = match (m.collection_deadline, m.notice_received) {
            (Some(printed), _) => (F::CollectionDeadline, Some(printed)),
            (None, notice) => (F::NoticeReceived, notice.and_then(|d| add_months(d, 1))),
        };
        let (trigger, collect_by) = match (collect_by, m.residence_expiry) {
            (Some(by), Some(expiry)) if expiry < by => (F::ResidenceExpiry, Some(expiry)),
            _ => (trigger, collect_by),
        };
        b.push_step(Dated {
            task: Task::CollectCard,
            rule: Rule::R6,
            stage: StageId::Collect,
            trigger,
            when: collect_by.map(When::By),
            done: card_in_hand,
        });
    }

    // R7: the card expires on the date printed on it, which a new residence card does not move.
    // Information: no milestone completes it.
    let card_expiry = m.card_expiry;
    b.push(Dated {
        task: Task::CardExpiry,
        rule: Rule::R7,
        stage: StageId::KeepValid,
        trigger: F::CardExpiry,
        when: card_expiry.map(When::On),
        done: false,
    });
    // R8: renewal of the period of stay can be applied for from about 3 months before it ends.
    let residence_expiry = m.residence_expiry;
    b.push(Dated {
        task: Task::RenewResidence,
        rule: Rule::R8,
        stage: StageId::KeepValid,
        trigger: F::ResidenceExpiry,
        when: residence_expiry
            .and_then(|d| add_months(d, -3))
            .zip(residence_expiry)
            .map(|(a, b)| When::Between(a, b)),
        done: false,
    });
    // R9: extend the card before the date printed on it; due soon from 3 months before. It is done
    // when the user enters the card's new expiry, which starts the next round.
    b.push_warned(
        Dated {
            task: Task::ExtendCard,
            rule: Rule::R9,
            stage: StageId::KeepValid,
            trigger: F::CardExpiry,
            when: card_expiry.map(When::By),
            done: false,
        },
        card_expiry.and_then(|d| add_months(d, -3)),
        false,
    );

    // R18 and R11: a move inside Japan, shown once one of its dates is entered (an invalid one leaves
    // the tasks waiting).
    if milestones.move_out_planned.is_some() || milestones.moved_within_japan.is_some() {
        push_move_within_japan(&mut b, &m);
    }

    // R12–R14: from about 14 days before departure until departure.
    let dep = m.departure;
    for (task, rule) in [
        (Task::MoveOutNotice, Rule::R12),
        (Task::ReturnCard, Rule::R13),
        (Task::SettleNhi, Rule::R14),
    ] {
        b.push(Dated {
            task,
            rule,
            stage: StageId::Leave,
            trigger: F::Departure,
            when: window(dep, -14, 0),
            done: false,
        });
    }
    // R16: resident tax paid, or a tax representative appointed, before leaving.
    b.push(Dated {
        task: Task::ResidentTax,
        rule: Rule::R16,
        stage: StageId::Leave,
        trigger: F::Departure,
        when: dep.map(When::By),
        done: false,
    });
    // R15: the pension lump sum is claimed within 2 years after leaving.
    b.push(Dated {
        task: Task::PensionClaim,
        rule: Rule::R15,
        stage: StageId::Leave,
        trigger: F::Departure,
        when: dep.and_then(|d| add_years(d, 2)).map(When::By),
        done: false,
    });

    // R17: a lost residence card is reported to immigration within 14 days.
    if milestones.residence_card_lost.is_some() {
        b.push(Dated {
            task: Task::ReportLostResidenceCard,
            rule: Rule::R17,
            stage: StageId::Use,
            trigger: F::ResidenceCardLost,
            when: by_days(m.residence_card_lost, 14),
            done: false,
        });
    }

    let next = next_step(&b.items, today);
    Plan {
        items: b.items,
        next,
        errors,
    }
}

/// A move inside Japan: the 転出届 at the old city (R18), the 転入届 at the new one by the earlier of
/// move-in + 14 days and planned move-out + 30 days, and continued use of the card within 90 days of the
/// 転入届 (R11). Before the 転入届 date is known, continued use counts from the move-in: the safe side.
fn push_move_within_japan(b: &mut Builder, m: &Milestones) {
    use MilestoneField as F;
    let (move_out_trigger, move_day) = match (m.move_out_planned, m.moved_within_japan) {
        (Some(planned), _) => (F::MoveOutPlanned, Some(planned)),
        (None, moved) => (F::MovedWithinJapan, moved),
    };
    // Reporting at the new city (by its date, or marked done) needs the old city's 転出届 first.
    let reported =
        m.reported_new_address.is_some() || b.ticked_done.contains(&Task::ReportNewAddress);
    b.push(Dated {
        task: Task::MoveOutOldCity,
        rule: Rule::R18,
        stage: StageId::Register,
        trigger: move_out_trigger,
        when: window(move_day, -14, 0),
        done: reported,
    });
    let by_move_in = m
        .moved_within_japan
        .and_then(|d| add_days(d, 14))
        .map(|d| (F::MovedWithinJapan, d));
    let by_move_out = m
        .move_out_planned
        .and_then(|d| add_days(d, 30))
        .map(|d| (F::MoveOutPlanned, d));
    let report_by = [by_move_in, by_move_out]
        .into_iter()
        .flatten()
        .min_by_key(|(_, d)| *d);
    b.push(Dated {
        task: Task::ReportNewAddress,
        rule: Rule::R11,
        stage: StageId::Register,
        trigger: report_by.map_or(F::MovedWithinJapan, |(f, _)| f),
        when: report_by.map(|(_, d)| When::By(d)),
        done: reported,
    });
    let (continued_trigger, continued_from) = match m.reported_new_address {
        Some(reported) => (F::ReportedNewAddress, Some(reported)),
        None => (F::MovedWithinJapan, m.moved_within_japan),
    };
    b.push(Dated {
        task: Task::ContinuedUse,
        rule: Rule::R11,
        stage: StageId::Register,
        trigger: continued_trigger,
        when: by_days(continued_from, 90),
        done: false,
    });
}

/// The most urgent open task (late, then due soon, then upcoming; earliest date first); failing that,
/// an informational one still open, or an optional path still possible (a closed one is no step at
/// all); failing that, the first task still waiting for a date, in journey order.
fn next_step(items: &[PlanItem], today: NaiveDate) -> Option<NextStep> {
    let open = |informational: bool| {
        items
            .iter()
            .filter(move |i| i.task.is_informational() == informational)
            .filter(|i| {
                matches!(
                    i.status,
                    Status::Late | Status::DueSoon | Status::Upcoming | Status::Possible
                )
            })
            .filter_map(|i| i.when.map(|w| (i, w.end())))
            .min_by_key(|(i, end)| (i.status, *end))
    };
    if let Some((item, end)) = open(false).or_else(|| open(true)) {
        return Some(NextStep {
            item: item.clone(),
            days: days_between(today, end),
        });
    }
    items
        .iter()
        .filter(|i| i.status == Status::Waiting)
        .min_by_key(|i| i.stage)
        .map(|i| NextStep {
            item: i.clone(),
            days: 0,
        })
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
