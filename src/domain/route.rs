//! The app's addresses. Every screen has a real URL (relative to where the app is deployed), so a stage
//! or a phrase card can be bookmarked and opened directly.
//!
//! A small hand-written router instead of `leptos_router`: a handful of address shapes do not need a routing
//! framework, and dropping it saves a large share of the wasm a phone downloads (see README, "Choices").

use super::journey::StageId;
use super::milestones::MilestoneField;
use super::phrase::PhraseId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Stage(StageId),
    Phrases,
    Phrase(PhraseId),
    Settings,
    /// What to do when the card is lost: one tap from every screen, and it works offline.
    LostCard,
    /// Every rule of FACTS.md in plain words, with its sources.
    Sources,
    /// The My Number typo check. The number typed there never reaches the address.
    CheckNumber,
    NotFound,
}

impl Route {
    /// The route for a path below the app's base ("/", "/stage/apply", "stage/apply/", …).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] | ["index.html"] => Route::Home,
            ["stage", slug] => StageId::from_slug(slug).map_or(Route::NotFound, Route::Stage),
            ["phrases"] => Route::Phrases,
            ["phrases", slug] => PhraseId::from_slug(slug).map_or(Route::NotFound, Route::Phrase),
            ["settings"] => Route::Settings,
            ["lost-card"] => Route::LostCard,
            ["sources"] => Route::Sources,
            ["check-number"] => Route::CheckNumber,
            _ => Route::NotFound,
        }
    }

    /// The path below the app's base, always starting with "/".
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Stage(s) => format!("/stage/{}", s.slug()),
            Route::Phrases => "/phrases".to_owned(),
            Route::Phrase(p) => format!("/phrases/{}", p.slug()),
            Route::Settings => "/settings".to_owned(),
            Route::LostCard => "/lost-card".to_owned(),
            Route::Sources => "/sources".to_owned(),
            Route::CheckNumber => "/check-number".to_owned(),
            Route::NotFound => "/not-found".to_owned(),
        }
    }

    /// The id of a date's input on its step's page, and the fragment that opens the step on it
    /// ("date-applied"): "Waiting for: …" links there (issue 13 §4).
    pub fn field_id(field: MilestoneField) -> String {
        format!("date-{}", field.slug())
    }

    /// The address of the step holding `field`, pointing at its input: "/stage/apply#date-applied".
    pub fn field_path(field: MilestoneField) -> String {
        format!(
            "{}#{}",
            Route::Stage(field.stage()).path(),
            Route::field_id(field)
        )
    }

    /// The bottom-navigation section the route belongs to, for highlighting it.
    pub fn section(self) -> Route {
        match self {
            Route::Stage(_) => Route::Home,
            Route::Phrase(_) => Route::Phrases,
            // Linked from Settings (and the Use step): a tool, like the backup.
            Route::CheckNumber => Route::Settings,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_an_address_that_parses_back() {
        let mut routes = vec![
            Route::Home,
            Route::Phrases,
            Route::Settings,
            Route::LostCard,
            Route::Sources,
            Route::CheckNumber,
        ];
        routes.extend(StageId::ALL.map(Route::Stage));
        routes.extend(PhraseId::ALL.map(Route::Phrase));
        for route in routes {
            assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        }
    }

    #[test]
    fn addresses_tolerate_slashes_queries_and_unknown_parts() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/index.html"), Route::Home);
        assert_eq!(Route::parse("/stage/apply/"), Route::Stage(StageId::Apply));
        assert_eq!(
            Route::parse("/stage/apply?x=1#top"),
            Route::Stage(StageId::Apply)
        );
        assert_eq!(Route::parse("/stage/nope"), Route::NotFound);
        assert_eq!(
            Route::parse("/phrases/lost-card"),
            Route::Phrase(PhraseId::LostCard)
        );
        assert_eq!(Route::parse("/stage"), Route::NotFound);
        assert_eq!(Route::parse("/a/b/c"), Route::NotFound);
    }

    #[test]
    fn a_date_links_to_its_step_with_its_input_as_the_fragment() {
        assert_eq!(
            Route::field_path(MilestoneField::Applied),
            "/stage/apply#date-applied"
        );
        assert_eq!(
            Route::field_path(MilestoneField::CardExpiry),
            "/stage/keep-valid#date-card-expiry"
        );
        for field in MilestoneField::ALL {
            assert_eq!(
                Route::parse(&Route::field_path(field)),
                Route::Stage(field.stage()),
                "{field:?}"
            );
        }
    }

    #[test]
    fn stages_and_cards_highlight_their_section() {
        assert_eq!(Route::Stage(StageId::Leave).section(), Route::Home);
        assert_eq!(Route::Phrase(PhraseId::Apply).section(), Route::Phrases);
        assert_eq!(Route::Settings.section(), Route::Settings);
        assert_eq!(Route::CheckNumber.section(), Route::Settings);
    }

    #[test]
    fn the_lost_card_page_and_the_sources_page_have_short_addresses_of_their_own() {
        assert_eq!(Route::parse("/lost-card"), Route::LostCard);
        assert_eq!(Route::parse("lost-card/"), Route::LostCard);
        assert_eq!(Route::LostCard.path(), "/lost-card");
        assert_eq!(Route::parse("/sources?lang=ne"), Route::Sources);
        assert_eq!(Route::Sources.path(), "/sources");
        // Not the phrase card of the same name, which stays under /phrases.
        assert_ne!(
            Route::parse("/lost-card"),
            Route::Phrase(PhraseId::LostCard)
        );
        assert_eq!(Route::parse("/lost-card/police"), Route::NotFound);
        assert_eq!(Route::LostCard.section(), Route::LostCard);
        assert_eq!(Route::Sources.section(), Route::Sources);
    }
}
