//! A date the user types into one milestone field: whether it is kept, and if not, why; and whether a
//! date that would be kept looks like a slip worth asking about first.
//!
//! A change is kept only if it adds no validation problem to the dates already entered; otherwise the
//! stored date stays as it was and the user is told what is wrong. Editing never clears a date: an
//! emptied or half-typed field (one Backspace in a date input empties its value) leaves the stored date
//! in place; only the field's Clear button clears it ([`clear_entry`]).

use chrono::NaiveDate;

use super::calendar::{self, add_years, days_between, DateError};
use super::milestones::{validate, MilestoneField, Milestones, Problem};
use super::plan::{Status, Task};
use super::progress::Progress;

/// Why a typed date was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// The text is not a date the app accepts. `DateError::Empty` is an emptied or half-typed field:
    /// "Enter a full date", and the stored date stays.
    Date(DateError),
    /// A real date that contradicts another one, or lies in the future for something that happened.
    Problem(Problem),
}

/// The date to store for `field` when the user types `raw`, or why not. An empty text is never a
/// request to clear (see [`clear_entry`]).
pub fn read_entry(
    raw: &str,
    field: MilestoneField,
    milestones: &Milestones,
    today: NaiveDate,
) -> Result<NaiveDate, EntryError> {
    let date = calendar::parse_iso(raw).map_err(EntryError::Date)?;
    check_date(field, date, milestones, today)
}

/// `date` for `field` if it adds no validation problem (a date given rather than typed, such as today
/// for a step ticked done).
pub fn check_date(
    field: MilestoneField,
    date: NaiveDate,
    milestones: &Milestones,
    today: NaiveDate,
) -> Result<NaiveDate, EntryError> {
    check(field, Some(date), milestones, today).map(|()| date)
}

/// Whether `field` may be cleared (the Clear button): only if that adds no validation problem.
pub fn clear_entry(
    field: MilestoneField,
    milestones: &Milestones,
    today: NaiveDate,
) -> Result<(), EntryError> {
    check(field, None, milestones, today)
}

fn check(
    field: MilestoneField,
    date: Option<NaiveDate>,
    milestones: &Milestones,
    today: NaiveDate,
) -> Result<(), EntryError> {
    let mut candidate = milestones.clone();
    candidate.set(field, date);
    let before = validate(milestones, today);
    match validate(&candidate, today)
        .into_iter()
        .find(|e| !before.contains(e))
    {
        Some(new) => Err(EntryError::Problem(new.problem)),
        None => Ok(()),
    }
}

/// Why a first entry that would be kept is asked about before it is saved ("Is this right?").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doubt {
    /// The date is far from today: a year typed wrong (2016 or 2062 for 2026).
    FarFromToday,
    /// Saving it would make this task this many days late: more often a day and month swapped (a phone
    /// set to another region than the app's language) than a deadline really missed by a month.
    MakesLate { task: Task, days: i64 },
}

/// A deadline more than this many days late on a first entry is asked about.
pub const LATE_DOUBT_DAYS: i64 = 30;
/// Years before today beyond which a first entry is asked about. A student's dates lie mostly within
/// the stay; a 2 here catches a slip in the last digit of the year (2023 or 2029 for 2026), and asking a
/// student who really moved in longer ago costs one tap.
pub const FAR_PAST_YEARS: i32 = 2;
/// Years after today beyond which a first entry is asked about: the longest period of stay a student
/// is given is 4 years 3 months, so expiry and departure dates up to 5 years ahead are ordinary.
pub const FAR_FUTURE_YEARS: i32 = 5;

/// Whether `date`, a valid entry for `field` (see [`read_entry`]), should be confirmed before it is
/// saved. Only a first entry is asked about: a correction of a date already there is the user's own
/// second look.
pub fn doubt(
    progress: &Progress,
    field: MilestoneField,
    date: NaiveDate,
    today: NaiveDate,
) -> Option<Doubt> {
    if progress.milestones.get(field).is_some() {
        return None;
    }
    let far_past = add_years(today, -FAR_PAST_YEARS).is_none_or(|limit| date < limit);
    let far_future = add_years(today, FAR_FUTURE_YEARS).is_none_or(|limit| date > limit);
    if far_past || far_future {
        return Some(Doubt::FarFromToday);
    }
    let late_before: Vec<Task> = progress
        .plan(today)
        .items
        .iter()
        .filter(|i| i.status == Status::Late)
        .map(|i| i.task)
        .collect();
    let mut candidate = progress.clone();
    candidate.milestones.enter(field, Some(date));
    candidate
        .plan(today)
        .items
        .iter()
        .filter(|i| i.status == Status::Late && !late_before.contains(&i.task))
        .filter_map(|i| {
            let days = days_between(i.when?.end(), today);
            (days > LATE_DOUBT_DAYS).then_some(Doubt::MakesLate { task: i.task, days })
        })
        .max_by_key(|d| match d {
            Doubt::MakesLate { days, .. } => *days,
            Doubt::FarFromToday => 0,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use MilestoneField::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn today() -> NaiveDate {
        date(2026, 6, 1)
    }

    fn moved_in_on_1_april() -> Milestones {
        Milestones {
            moved_in: Some(date(2026, 4, 1)),
            ..Milestones::default()
        }
    }

    #[test]
    fn a_real_date_that_fits_the_others_is_kept() {
        assert_eq!(
            read_entry("2026-04-03", Registered, &moved_in_on_1_april(), today()),
            Ok(date(2026, 4, 3))
        );
        // Surrounding spaces, as some keyboards add, are not an error.
        assert_eq!(
            read_entry(" 2026-04-03 ", Registered, &moved_in_on_1_april(), today()),
            Ok(date(2026, 4, 3))
        );
    }

    #[test]
    fn an_emptied_or_half_typed_field_never_clears_the_date_only_clear_does() {
        // One Backspace in the day part of a date input makes its value "": the stored date stays and
        // the user is asked for a full date.
        for raw in ["", "   "] {
            assert_eq!(
                read_entry(raw, MovedIn, &moved_in_on_1_april(), today()),
                Err(EntryError::Date(DateError::Empty)),
                "{raw:?}"
            );
        }
        assert_eq!(
            clear_entry(MovedIn, &moved_in_on_1_april(), today()),
            Ok(())
        );
    }

    #[test]
    fn text_that_is_no_date_says_what_is_wrong_with_it() {
        let m = Milestones::default();
        let cases = [
            ("2026-4-3", DateError::Malformed),
            ("03/04/2026", DateError::Malformed),
            ("2026-02-30", DateError::NoSuchDay),
            ("2027-02-29", DateError::NoSuchDay),
            ("1989-12-31", DateError::OutOfRange),
            ("2101-01-01", DateError::OutOfRange),
        ];
        for (raw, error) in cases {
            assert_eq!(
                read_entry(raw, Departure, &m, today()),
                Err(EntryError::Date(error)),
                "{raw}"
            );
        }
    }

    #[test]
    fn today_given_for_a_step_ticked_done_is_checked_like_a_typed_date() {
        // Ticking "Report your address" on 1 June enters today, unless that contradicts a date entered.
        assert_eq!(
            check_date(Registered, today(), &moved_in_on_1_april(), today()),
            Ok(today())
        );
        let applied_before = Milestones {
            applied: Some(date(2026, 5, 1)),
            ..moved_in_on_1_april()
        };
        assert_eq!(
            check_date(Registered, today(), &applied_before, today()),
            Err(EntryError::Problem(Problem::Before(Registered)))
        );
    }

    #[test]
    fn registering_before_moving_in_is_refused_naming_the_move_in() {
        assert_eq!(
            read_entry("2026-03-20", Registered, &moved_in_on_1_april(), today()),
            Err(EntryError::Problem(Problem::Before(MovedIn)))
        );
    }

    #[test]
    fn something_that_happened_cannot_be_after_today_but_a_plan_can() {
        let m = Milestones::default();
        assert_eq!(
            read_entry("2026-06-02", Applied, &m, today()),
            Err(EntryError::Problem(Problem::InFuture))
        );
        assert_eq!(
            read_entry("2026-06-01", Applied, &m, today()),
            Ok(date(2026, 6, 1))
        );
        assert_eq!(
            read_entry("2027-03-31", Departure, &m, today()),
            Ok(date(2027, 3, 31))
        );
    }

    #[test]
    fn moving_the_move_in_after_the_registration_is_refused() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            ..Milestones::default()
        };
        // The registration would then come before the move-in: a new problem (the registration's), so
        // the move-in stays as it was.
        assert_eq!(
            read_entry("2026-04-05", MovedIn, &m, today()),
            Err(EntryError::Problem(Problem::Before(MovedIn)))
        );
    }

    #[test]
    fn a_problem_already_there_does_not_block_other_changes() {
        // Registered before moving in (say, from an older version): the user can still enter a departure.
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 3, 1)),
            ..Milestones::default()
        };
        assert_eq!(
            read_entry("2027-03-31", Departure, &m, today()),
            Ok(date(2027, 3, 31))
        );
        // …and can clear the wrong date.
        assert_eq!(clear_entry(Registered, &m, today()), Ok(()));
    }

    fn fresh() -> Progress {
        Progress::default()
    }

    #[test]
    fn a_first_move_in_that_makes_registration_more_than_30_days_late_is_asked_about() {
        let today = date(2026, 4, 10);
        // A day-first "04/01/2026" read month-first: 4 Jan instead of 1 Apr. R1 would be due 18 Jan,
        // 82 days ago.
        assert_eq!(
            doubt(&fresh(), MovedIn, date(2026, 1, 4), today),
            Some(Doubt::MakesLate {
                task: Task::Register,
                days: 82
            })
        );
        assert_eq!(doubt(&fresh(), MovedIn, date(2026, 4, 1), today), None);
        // 30 days late is still believable; 31 is asked about.
        assert_eq!(doubt(&fresh(), MovedIn, date(2026, 2, 25), today), None);
        assert_eq!(
            doubt(&fresh(), MovedIn, date(2026, 2, 24), today),
            Some(Doubt::MakesLate {
                task: Task::Register,
                days: 31
            })
        );
    }

    #[test]
    fn only_a_first_entry_is_asked_about_not_a_correction() {
        let today = date(2026, 4, 10);
        let mut p = fresh();
        p.milestones.moved_in = Some(date(2026, 4, 1));
        assert_eq!(doubt(&p, MovedIn, date(2026, 1, 4), today), None);
        assert_eq!(doubt(&p, MovedIn, date(2016, 4, 1), today), None);
    }

    #[test]
    fn a_deadline_already_late_does_not_ask_again() {
        let today = date(2026, 4, 10);
        let mut p = fresh();
        p.milestones.moved_in = Some(date(2026, 1, 4)); // R1 already 82 days late
        assert_eq!(doubt(&p, Departure, date(2027, 3, 31), today), None);
        // Registering on 10 Jan makes the letter (expected by 9 Feb) 60 days late: that is new.
        assert_eq!(
            doubt(&p, Registered, date(2026, 1, 10), today),
            Some(Doubt::MakesLate {
                task: Task::ReceiveLetter,
                days: 60
            })
        );
    }

    #[test]
    fn a_year_more_than_2_years_back_or_5_years_ahead_is_asked_about() {
        let today = date(2026, 4, 10);
        assert_eq!(
            doubt(&fresh(), MovedIn, date(2016, 4, 1), today),
            Some(Doubt::FarFromToday)
        );
        assert_eq!(
            doubt(&fresh(), PhotoTaken, date(2024, 4, 9), today),
            Some(Doubt::FarFromToday)
        );
        // Exactly 2 years back is not "far" (the photo is late, though: asked about for that).
        assert_eq!(
            doubt(&fresh(), PhotoTaken, date(2024, 4, 10), today),
            Some(Doubt::MakesLate {
                task: Task::PhotoValid,
                days: 547
            })
        );
        // A residence card valid for 4 years 3 months is ordinary; 2062 for 2026 is not.
        assert_eq!(
            doubt(&fresh(), ResidenceExpiry, date(2030, 7, 10), today),
            None
        );
        assert_eq!(doubt(&fresh(), Departure, date(2031, 4, 10), today), None);
        assert_eq!(
            doubt(&fresh(), Departure, date(2031, 4, 11), today),
            Some(Doubt::FarFromToday)
        );
        assert_eq!(
            doubt(&fresh(), Departure, date(2062, 3, 31), today),
            Some(Doubt::FarFromToday)
        );
    }

    #[test]
    fn an_ordinary_first_entry_is_saved_without_a_question() {
        let today = date(2026, 4, 10);
        let mut p = fresh();
        p.milestones.moved_in = Some(date(2026, 4, 1));
        for (field, d) in [
            (Registered, date(2026, 4, 3)),
            (PhotoTaken, date(2026, 3, 20)),
            (ResidenceExpiry, date(2027, 9, 30)),
            (Departure, date(2028, 3, 20)),
        ] {
            assert_eq!(doubt(&p, field, d, today), None, "{field:?}");
        }
    }
}
