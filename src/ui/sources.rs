//! Every rule of FACTS.md (R1–R18) in plain words, in the reader's language, with the pages it comes from
//! and the day they were checked.

use super::text_page::{Card, TextPage};
use crate::domain::plan::Rule;
use crate::i18n::terms::rule_sources;
use crate::i18n::Texts;

pub fn sources_page(t: &'static Texts) -> TextPage {
    TextPage {
        title: t.ui.stage_sources_heading,
        lead: Some(t.ui.sources_intro),
        cards: Rule::ALL
            .into_iter()
            .map(|rule| Card {
                id: rule.id(),
                heading: rule.id(),
                paragraphs: vec![t.rule(rule)],
                sources: rule_sources(rule),
                ..Card::default()
            })
            .collect(),
    }
}
