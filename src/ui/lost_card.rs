//! What to do when the My Number Card is lost (FACTS, "Lost card"): suspend it by phone at once, report it
//! to the police, get a new card at the city office; a lost residence card is a separate report (R17).
//! Everything here is static text, so the page works offline like every other screen.

use super::state::Locale;
use super::text_page::{Card, TextPage};
use crate::domain::journey::StageId;
use crate::domain::phrase::PhraseId;
use crate::domain::route::Route;
use crate::i18n::plan_text::lost_line_text;
use crate::i18n::terms::LOST_CARD_SOURCES;

pub fn lost_card_page(Locale { lang, t }: Locale) -> TextPage {
    let ui = &t.ui;
    TextPage {
        title: ui.lost_title,
        lead: None,
        cards: vec![
            Card {
                id: "suspend",
                heading: ui.lost_suspend_heading,
                accent: true,
                // The suspension lines; the hours depend on the reader's language.
                calls: vec![
                    (ui.lost_line_foreign, "0120-0178-27"),
                    (ui.lost_line_japanese, "0120-95-0178"),
                ],
                paragraphs: vec![lost_line_text(lang)],
                ..Card::default()
            },
            Card {
                id: "police",
                heading: ui.lost_police_heading,
                paragraphs: vec![ui.lost_police_body],
                ..Card::default()
            },
            Card {
                id: "city",
                heading: ui.lost_city_heading,
                paragraphs: vec![ui.lost_city_body, ui.lost_express],
                link: Some((Route::Phrase(PhraseId::LostCard), ui.lost_phrase_link)),
                ..Card::default()
            },
            Card {
                id: "residence-card",
                heading: ui.lost_residence_heading,
                paragraphs: vec![ui.lost_residence_body],
                // The day the loss was found out is entered on the Use step (R17).
                link: Some((Route::Stage(StageId::Use), ui.lost_residence_link)),
                ..Card::default()
            },
            Card {
                id: "sources",
                heading: ui.stage_sources_heading,
                sources: &LOST_CARD_SOURCES,
                link: Some((Route::Sources, ui.sources_link)),
                ..Card::default()
            },
        ],
    }
}
