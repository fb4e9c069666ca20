//! Plan items in words: "Register your address by Tue 14 Apr 2026 · in 5 days".

use super::dates::{days_late, format_date, relative_days};
use super::{fill, texts, TaskText};
use crate::domain::language::Lang;
use crate::domain::milestones::MilestoneField;
use crate::domain::plan::{Status, Task, When};
use crate::domain::plan_line::{Distance, PlanLine, Reason};

pub fn task_text(lang: Lang, task: Task) -> TaskText {
    texts(lang).task(task)
}

/// "by Tue 14 Apr 2026", "Mon 4 May 2026 – Sat 30 May 2026", "on Fri 20 Mar 2028".
pub fn when_text(lang: Lang, when: When) -> String {
    let ui = &texts(lang).ui;
    match when {
        When::By(d) => fill(ui.when_by, &[("date", &format_date(lang, d))]),
        When::On(d) => fill(ui.when_on, &[("date", &format_date(lang, d))]),
        When::Between(a, b) => fill(
            ui.when_between,
            &[
                ("from", &format_date(lang, a)),
                ("to", &format_date(lang, b)),
            ],
        ),
    }
}

/// What a plan line says: its title, its date in words and the reason for that date. An optional path
/// (express issuance, R3) reads "until …" while open; once closed it says so and points to the normal
/// route, with neither date nor reason.
pub fn line_text(lang: Lang, line: &PlanLine) -> (String, Option<String>, Option<String>) {
    let ui = &texts(lang).ui;
    let until = |template, w: When| fill(template, &[("date", &format_date(lang, w.end()))]);
    match (line.status, line.when) {
        (Status::Closed, Some(w)) => (until(ui.express_closed, w), None, None),
        (status, when) => (
            task_text(lang, line.task).title.to_owned(),
            when.map(|w| match status {
                Status::Possible => until(ui.when_until, w),
                _ => when_text(lang, w),
            }),
            Some(reason_text(lang, line.task, line.reason)),
        ),
    }
}

/// "in 5 days", "today", "3 days late".
pub fn distance_text(lang: Lang, distance: Distance) -> String {
    match distance {
        Distance::Late(days) => days_late(lang, days),
        Distance::Ahead(days) => relative_days(lang, days),
    }
}

/// Why the date is what it is, naming the date it is counted from: "Within 14 days of moving in (Wed 1 Apr 2026).",
/// or which date it still waits for. A few tasks count from one date or another (R6, R11): the reason
/// names the one in use.
pub fn reason_text(lang: Lang, task: Task, reason: Reason) -> String {
    let ui = &texts(lang).ui;
    match reason {
        Reason::CountedFrom(field, d) => {
            let template = match (task, field) {
                (Task::CollectCard, MilestoneField::NoticeReceived) => ui.collect_guide,
                (Task::CollectCard, MilestoneField::ResidenceExpiry) => ui.collect_by_stay_end,
                (Task::ReportNewAddress, MilestoneField::MoveOutPlanned) => ui.report_by_move_out,
                (Task::ContinuedUse, MilestoneField::MovedWithinJapan) => ui.continued_from_move,
                (task, _) => task_text(lang, task).reason,
            };
            fill(template, &[("date", &format_date(lang, d))])
        }
        Reason::WaitingFor(field) => fill(
            texts(lang).ui.waiting_for,
            &[("field", field_label(lang, field))],
        ),
        Reason::SaidDone => ui.said_done.to_owned(),
    }
}

pub fn status_label(lang: Lang, status: Status) -> &'static str {
    let ui = &texts(lang).ui;
    match status {
        Status::Done => ui.status_done,
        Status::Waiting => ui.status_waiting,
        Status::Upcoming => ui.status_upcoming,
        Status::DueSoon => ui.status_due_soon,
        Status::Late => ui.status_late,
        Status::Possible => ui.status_possible,
        Status::Closed => ui.status_closed,
    }
}

pub fn field_label(lang: Lang, field: MilestoneField) -> &'static str {
    let ui = &texts(lang).ui;
    match field {
        MilestoneField::MovedIn => ui.field_moved_in,
        MilestoneField::Registered => ui.field_registered,
        MilestoneField::LetterReceived => ui.field_letter_received,
        MilestoneField::PhotoTaken => ui.field_photo_taken,
        MilestoneField::Applied => ui.field_applied,
        MilestoneField::NoticeReceived => ui.field_notice_received,
        MilestoneField::CollectionDeadline => ui.field_collection_deadline,
        MilestoneField::CardCollected => ui.field_card_collected,
        MilestoneField::CardExpiry => ui.field_card_expiry,
        MilestoneField::ResidenceExpiry => ui.field_residence_expiry,
        MilestoneField::Departure => ui.field_departure,
        MilestoneField::MoveOutPlanned => ui.field_move_out_planned,
        MilestoneField::MovedWithinJapan => ui.field_moved_within_japan,
        MilestoneField::ReportedNewAddress => ui.field_reported_new_address,
        MilestoneField::ResidenceCardLost => ui.field_residence_card_lost,
    }
}

/// The lost-card help lines with the hours that apply to a reader of `lang` (FACTS: never "24 hours" for the
/// foreign-language line without naming the languages).
pub fn lost_line_text(lang: Lang) -> &'static str {
    use crate::domain::lost_card::{line_hours, LineHours};
    let ui = &texts(lang).ui;
    match line_hours(lang) {
        LineHours::AllDay => ui.lost_line_all_day,
        LineHours::Daytime => ui.lost_line_daytime,
        LineHours::NotListed => ui.lost_line_not_listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn line(status: Status, when: Option<When>) -> PlanLine {
        PlanLine {
            task: Task::ExpressIssuance,
            status,
            when,
            distance: None,
            reason: Reason::WaitingFor(MilestoneField::Registered),
            mark_done: None,
        }
    }

    #[test]
    fn express_issuance_reads_until_its_last_day_while_open_and_closed_without_dates_after() {
        let last = NaiveDate::from_ymd_opt(2026, 5, 3).expect("a real day");
        let (title, when, reason) =
            line_text(Lang::En, &line(Status::Possible, Some(When::By(last))));
        assert_eq!(title, task_text(Lang::En, Task::ExpressIssuance).title);
        assert_eq!(when.as_deref(), Some("until Sun 3 May 2026"));
        assert!(reason.is_some());

        let (title, when, reason) =
            line_text(Lang::En, &line(Status::Closed, Some(When::By(last))));
        assert_eq!(
            title,
            "Express issuance closed on Sun 3 May 2026: apply by the normal route."
        );
        assert_eq!((when, reason), (None, None));
    }
}
