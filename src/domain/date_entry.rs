//! A date the user types into one milestone field: whether it is kept, and if not, why.
//!
//! A change is kept only if it adds no validation problem to the dates already entered; otherwise the
//! stored date stays as it was and the user is told what is wrong. An empty field clears the date.

use chrono::NaiveDate;

use super::calendar::{self, DateError};
use super::milestones::{validate, MilestoneField, Milestones, Problem};

/// Why a typed date was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// The text is not a date the app accepts.
    Date(DateError),
    /// A real date that contradicts another one, or lies in the future for something that happened.
    Problem(Problem),
}

/// The date to store for `field` when the user types `raw` (`None`: clear the field), or why not.
pub fn read_entry(
    raw: &str,
    field: MilestoneField,
    milestones: &Milestones,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, EntryError> {
    let date = if raw.trim().is_empty() {
        None
    } else {
        Some(calendar::parse_iso(raw).map_err(EntryError::Date)?)
    };
    let mut candidate = milestones.clone();
    candidate.set(field, date);
    let before = validate(milestones, today);
    match validate(&candidate, today)
        .into_iter()
        .find(|e| !before.contains(e))
    {
        Some(new) => Err(EntryError::Problem(new.problem)),
        None => Ok(date),
    }
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
            Ok(Some(date(2026, 4, 3)))
        );
        // Surrounding spaces, as some keyboards add, are not an error.
        assert_eq!(
            read_entry(" 2026-04-03 ", Registered, &moved_in_on_1_april(), today()),
            Ok(Some(date(2026, 4, 3)))
        );
    }

    #[test]
    fn an_empty_field_clears_the_date() {
        assert_eq!(
            read_entry("", MovedIn, &moved_in_on_1_april(), today()),
            Ok(None)
        );
        assert_eq!(
            read_entry("   ", MovedIn, &moved_in_on_1_april(), today()),
            Ok(None)
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
            Ok(Some(date(2026, 6, 1)))
        );
        assert_eq!(
            read_entry("2027-03-31", Departure, &m, today()),
            Ok(Some(date(2027, 3, 31)))
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
            Ok(Some(date(2027, 3, 31)))
        );
        // …and can clear the wrong date.
        assert_eq!(read_entry("", Registered, &m, today()), Ok(None));
    }
}
