//! The eight stages of the My Number Card's life for a foreign resident, in the order a student meets them.
//! Texts live in `crate::i18n`; this module holds only identities, order and which dates each stage asks for.

use super::milestones::MilestoneField;

/// One stage of the journey. The order of [`StageId::ALL`] is the order shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StageId {
    Register,
    Letter,
    Apply,
    Notice,
    Collect,
    Use,
    KeepValid,
    Leave,
}

impl StageId {
    pub const ALL: [StageId; 8] = [
        StageId::Register,
        StageId::Letter,
        StageId::Apply,
        StageId::Notice,
        StageId::Collect,
        StageId::Use,
        StageId::KeepValid,
        StageId::Leave,
    ];

    /// The stable id used in URLs (`/stage/<slug>`) and in stored checklist ticks.
    pub fn slug(self) -> &'static str {
        match self {
            StageId::Register => "register",
            StageId::Letter => "letter",
            StageId::Apply => "apply",
            StageId::Notice => "notice",
            StageId::Collect => "collect",
            StageId::Use => "use",
            StageId::KeepValid => "keep-valid",
            StageId::Leave => "leave",
        }
    }

    pub fn from_slug(slug: &str) -> Option<StageId> {
        StageId::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based position, as shown beside the title.
    pub fn number(self) -> usize {
        StageId::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// The stage before this one in the journey; none before the first.
    pub fn previous(self) -> Option<StageId> {
        self.number()
            .checked_sub(2)
            .and_then(|i| StageId::ALL.get(i))
            .copied()
    }

    /// The stage after this one in the journey; none after the last.
    pub fn next(self) -> Option<StageId> {
        StageId::ALL.get(self.number()).copied()
    }

    /// The dates the user enters on this stage's page, in [`MilestoneField::ALL`] order.
    pub fn date_fields(self) -> impl Iterator<Item = MilestoneField> {
        MilestoneField::ALL
            .into_iter()
            .filter(move |f| f.stage() == self)
    }

    /// Whether this stage's page asks for any date.
    pub fn has_dates(self) -> bool {
        self.date_fields().next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn there_are_eight_stages_from_moving_in_to_leaving() {
        assert_eq!(StageId::ALL.len(), 8);
        assert_eq!(StageId::ALL[0], StageId::Register);
        assert_eq!(StageId::ALL[7], StageId::Leave);
        let numbers: Vec<usize> = StageId::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, (1..=8).collect::<Vec<_>>());
    }

    #[test]
    fn stage_slugs_are_unique_and_round_trip() {
        let slugs: HashSet<&str> = StageId::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(slugs.len(), StageId::ALL.len());
        for stage in StageId::ALL {
            assert_eq!(StageId::from_slug(stage.slug()), Some(stage));
        }
        assert_eq!(StageId::from_slug("nope"), None);
    }

    #[test]
    fn each_stage_leads_to_the_next_and_back_without_wrapping_around() {
        assert_eq!(StageId::Register.previous(), None);
        assert_eq!(StageId::Register.next(), Some(StageId::Letter));
        assert_eq!(StageId::Apply.previous(), Some(StageId::Letter));
        assert_eq!(StageId::Apply.next(), Some(StageId::Notice));
        assert_eq!(StageId::KeepValid.next(), Some(StageId::Leave));
        assert_eq!(StageId::Leave.previous(), Some(StageId::KeepValid));
        assert_eq!(StageId::Leave.next(), None);
        for pair in StageId::ALL.windows(2) {
            assert_eq!(pair[0].next(), Some(pair[1]));
            assert_eq!(pair[1].previous(), Some(pair[0]));
        }
    }

    #[test]
    fn the_register_stage_asks_for_moving_in_registering_and_the_three_dates_of_a_later_move() {
        let fields: Vec<MilestoneField> = StageId::Register.date_fields().collect();
        assert_eq!(
            fields,
            vec![
                MilestoneField::MovedIn,
                MilestoneField::Registered,
                MilestoneField::MoveOutPlanned,
                MilestoneField::MovedWithinJapan,
                MilestoneField::ReportedNewAddress,
            ]
        );
        assert_eq!(
            StageId::Apply.date_fields().collect::<Vec<_>>(),
            vec![MilestoneField::PhotoTaken, MilestoneField::Applied]
        );
        assert_eq!(
            StageId::Leave.date_fields().collect::<Vec<_>>(),
            vec![MilestoneField::Departure]
        );
    }

    #[test]
    fn every_date_is_asked_on_exactly_one_stage_and_every_stage_asks_for_one() {
        let asked: Vec<MilestoneField> = StageId::ALL
            .into_iter()
            .flat_map(StageId::date_fields)
            .collect();
        assert_eq!(asked.len(), MilestoneField::ALL.len());
        for field in MilestoneField::ALL {
            assert!(asked.contains(&field), "{field:?} is asked nowhere");
        }
        // "Use your card" asks only when a residence card was lost (R17); still a date.
        assert!(StageId::ALL.into_iter().all(StageId::has_dates));
    }
}
