//! The phrase cards' identities: one card per counter visit, each with its own address
//! (`/phrases/<slug>`). The sentences and their meanings are texts, in `crate::i18n::phrases`.

use super::journey::StageId;

/// One counter visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhraseId {
    MoveIn,
    Apply,
    Collect,
    Extend,
    MoveOut,
    LostCard,
}

impl PhraseId {
    pub const ALL: [PhraseId; 6] = [
        PhraseId::MoveIn,
        PhraseId::Apply,
        PhraseId::Collect,
        PhraseId::Extend,
        PhraseId::MoveOut,
        PhraseId::LostCard,
    ];

    /// The stable id used in the card's URL (`/phrases/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            PhraseId::MoveIn => "move-in",
            PhraseId::Apply => "apply",
            PhraseId::Collect => "collect",
            PhraseId::Extend => "extend",
            PhraseId::MoveOut => "move-out",
            PhraseId::LostCard => "lost-card",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PhraseId> {
        PhraseId::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The step whose counter visit the card is for; a lost card is on "Use your card", where its
    /// help is (issue 13 §4: each card names its step).
    pub fn stage(self) -> StageId {
        match self {
            PhraseId::MoveIn => StageId::Register,
            PhraseId::Apply => StageId::Apply,
            PhraseId::Collect => StageId::Collect,
            PhraseId::Extend => StageId::KeepValid,
            PhraseId::MoveOut => StageId::Leave,
            PhraseId::LostCard => StageId::Use,
        }
    }

    /// The card for a step's "At the counter"; none for the steps with no counter visit (the letter and
    /// the postcard come by mail).
    pub fn for_stage(stage: StageId) -> Option<PhraseId> {
        PhraseId::ALL.into_iter().find(|p| p.stage() == stage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn phrase_card_slugs_are_unique_and_round_trip() {
        let slugs: HashSet<&str> = PhraseId::ALL.iter().map(|p| p.slug()).collect();
        assert_eq!(slugs.len(), PhraseId::ALL.len());
        for card in PhraseId::ALL {
            assert_eq!(PhraseId::from_slug(card.slug()), Some(card));
        }
        assert_eq!(PhraseId::from_slug("lost-card"), Some(PhraseId::LostCard));
        assert_eq!(PhraseId::from_slug("Lost-Card"), None);
    }

    #[test]
    fn every_card_names_a_step_that_links_back_to_it() {
        for card in PhraseId::ALL {
            assert_eq!(PhraseId::for_stage(card.stage()), Some(card), "{card:?}");
        }
        assert_eq!(
            PhraseId::for_stage(StageId::Register),
            Some(PhraseId::MoveIn)
        );
        assert_eq!(
            PhraseId::for_stage(StageId::KeepValid),
            Some(PhraseId::Extend)
        );
        assert_eq!(PhraseId::for_stage(StageId::Leave), Some(PhraseId::MoveOut));
    }

    #[test]
    fn the_steps_without_a_counter_visit_have_no_card() {
        let without: Vec<StageId> = StageId::ALL
            .into_iter()
            .filter(|s| PhraseId::for_stage(*s).is_none())
            .collect();
        assert_eq!(without, vec![StageId::Letter, StageId::Notice]);
    }
}
