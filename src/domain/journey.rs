//! The eight stages of the My Number Card's life for a foreign resident, in the order a student meets them.
//! Texts live in `crate::i18n`; this module holds only identities and order.

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
}
