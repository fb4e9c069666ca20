//! The phrase cards' identities: one card per counter visit, each with its own address
//! (`/phrases/<slug>`). The sentences and their meanings are texts, in `crate::i18n::phrases`.

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
}
