//! Calendar reminders in the reader's language: "Last day: Return your My Number Card", with the dates,
//! the reason for them, what to bring and the stage's address in the description.

use chrono::{NaiveDate, NaiveDateTime};

use super::plan_text::{reason_text, task_text, when_text};
use super::{fill, texts};
use crate::domain::journey::StageId;
use crate::domain::language::Lang;
use crate::domain::plan::PlanItem;
use crate::domain::plan_line::{plan_lines, PlanLine};
use crate::domain::progress::Progress;
use crate::domain::reminders::{
    brings_stage_list, calendar_file, reminders, Moment, Reminder, Words,
};

/// The iCalendar file of the reminders of `items` (the plan of `progress` on `today`). `stage_url` gives
/// the app's address of a stage; `now` is the time of writing, in UTC.
pub fn calendar_text(
    lang: Lang,
    items: &[PlanItem],
    progress: &Progress,
    today: NaiveDate,
    now: NaiveDateTime,
    stage_url: &dyn Fn(StageId) -> String,
) -> String {
    let lines = plan_lines(items, progress, today);
    calendar_file(
        &reminders(items, today),
        &|r| reminder_words(lang, r, &lines, &stage_url(r.stage)),
        now,
    )
}

/// One reminder in words: the summary names the task and what its day is; the description gives the
/// task's dates, the reason for them, what to bring (when the stage's list is what the task needs) and
/// the stage's address, which some calendars do not show from the URL property alone.
pub fn reminder_words(lang: Lang, r: &Reminder, lines: &[PlanLine], url: &str) -> Words {
    let t = texts(lang);
    let title = task_text(lang, r.task).title;
    let summary = match r.moment {
        Moment::On => title.to_owned(),
        Moment::Opens => fill(t.ui.calendar_opens, &[("task", title)]),
        Moment::LastDay => fill(t.ui.calendar_last_day, &[("task", title)]),
    };
    let mut description = when_text(lang, r.when);
    if let Some(line) = lines.iter().find(|l| l.task == r.task) {
        description.push('\n');
        description.push_str(&reason_text(lang, r.task, line.reason));
    }
    let bring = t.stage(r.stage).bring;
    if brings_stage_list(r.task) && !bring.is_empty() {
        description.push_str("\n\n");
        description.push_str(t.ui.stage_bring_heading);
        description.push(':');
        for item in bring {
            description.push_str("\n- ");
            description.push_str(item);
        }
    }
    description.push_str("\n\n");
    description.push_str(url);
    Words {
        summary,
        description,
        url: Some(url.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::Milestones;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn leaving(lang: Lang) -> String {
        let progress = Progress {
            milestones: Milestones {
                departure: Some(date(2026, 5, 5)),
                ..Milestones::default()
            },
            ..Progress::default()
        };
        let today = date(2026, 4, 20);
        let items = progress.plan(today).items;
        let now = date(2026, 4, 20).and_hms_opt(0, 0, 0).unwrap();
        calendar_text(lang, &items, &progress, today, now, &|s| {
            format!("https://example.org/stage/{}", s.slug())
        })
    }

    fn unfolded(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn a_leaving_reminder_says_the_task_its_dates_its_reason_what_to_bring_and_where_to_read_more()
    {
        let ics = unfolded(&leaving(Lang::En));
        assert!(ics.contains("SUMMARY:Starts: Return your My Number Card\r\n"));
        assert!(ics.contains("SUMMARY:Last day: Return your My Number Card\r\n"));
        assert!(ics.contains(
            "SUMMARY:Last day: Resident tax: pay it off or appoint a tax representative\r\n"
        ));
        assert!(ics.contains(
            "DESCRIPTION:Tue 21 Apr 2026 – Tue 5 May 2026\\nAt the city office when you file the \
             moving-out notification\\, before you leave (Tue 5 May 2026).\\n\\nWhat to bring:\\n- \
             Residence card\\n"
        ));
        assert!(ics.contains("\\n\\nhttps://example.org/stage/leave\r\n"));
        assert!(ics.contains("URL:https://example.org/stage/leave\r\n"));
    }

    #[test]
    fn tasks_done_elsewhere_do_not_list_the_stages_things_to_bring_r15_r16() {
        let ics = unfolded(&leaving(Lang::En));
        let pension = ics
            .split("BEGIN:VEVENT")
            .find(|e| e.contains("UID:pension-claim-"))
            .expect("the pension reminder");
        assert!(!pension.contains("What to bring"), "{pension}");
    }

    #[test]
    fn reminders_are_in_the_readers_language() {
        let ja = unfolded(&leaving(Lang::Ja));
        let title = texts(Lang::Ja)
            .task(crate::domain::plan::Task::ReturnCard)
            .title;
        assert!(ja.contains(&format!(
            "SUMMARY:{}",
            fill(texts(Lang::Ja).ui.calendar_last_day, &[("task", title)])
        )));
        assert!(ja.contains(texts(Lang::Ja).ui.stage_bring_heading));
    }
}
