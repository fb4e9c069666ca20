//! Plan items in words: "Register your address by Tue 14 Apr 2026 · in 5 days".

use chrono::NaiveDate;

use super::dates::{days_late, format_date, relative_days};
use super::{fill, texts, TaskText};
use crate::domain::calendar::days_between;
use crate::domain::language::Lang;
use crate::domain::milestones::MilestoneField;
use crate::domain::plan::{PlanItem, Status, Task, When};

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

/// The distance that matters to the user: to the deadline, or to the window's start or end.
pub fn distance_text(lang: Lang, item: &PlanItem, today: NaiveDate) -> Option<String> {
    let when = item.when?;
    let end = match when {
        When::By(d) | When::On(d) => d,
        When::Between(_, b) => b,
    };
    match item.status {
        Status::Done | Status::Waiting => None,
        Status::Late => Some(days_late(lang, days_between(end, today))),
        Status::DueSoon | Status::Upcoming => {
            let target = match when {
                When::Between(a, _) if today < a => a,
                _ => end,
            };
            Some(relative_days(lang, days_between(today, target)))
        }
    }
}

/// Why the date is what it is, naming the date it is counted from: "Within 14 days of moving in (Wed 1 Apr 2026)."
/// A few tasks count from one date or another (R6, R11): the reason names the one in use.
pub fn reason_text(lang: Lang, item: &PlanItem, trigger_date: Option<NaiveDate>) -> String {
    let ui = &texts(lang).ui;
    let reason = match (item.task, item.trigger) {
        (Task::CollectCard, MilestoneField::NoticeReceived) => ui.collect_guide,
        (Task::CollectCard, MilestoneField::ResidenceExpiry) => ui.collect_by_stay_end,
        (Task::ReportNewAddress, MilestoneField::MoveOutPlanned) => ui.report_by_move_out,
        (Task::ContinuedUse, MilestoneField::MovedWithinJapan) => ui.continued_from_move,
        (task, _) => task_text(lang, task).reason,
    };
    match trigger_date {
        Some(d) => fill(reason, &[("date", &format_date(lang, d))]),
        None => fill(
            texts(lang).ui.waiting_for,
            &[("field", field_label(lang, item.trigger))],
        ),
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
    }
}
