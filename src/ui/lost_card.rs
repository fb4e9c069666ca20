//! What to do when the My Number Card is lost (FACTS, "Lost card"): suspend it by phone at once, report it
//! to the police, get a new card at the city office; a lost residence card is a separate report (R17).
//! Everything here is static text, so the page works offline like every other screen.

use leptos::prelude::*;

use super::sources::text_card;
use super::state::use_locale;
use crate::domain::journey::StageId;
use crate::domain::phrase::PhraseId;
use crate::domain::route::Route;
use crate::i18n::plan_text::lost_line_text;
use crate::i18n::terms::LOST_CARD_SOURCES;

#[component]
pub fn LostCardPage() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.t.ui;
    // The suspension lines (FACTS, "Lost card"): `tel:` links dial them in one tap.
    let lines = [
        (ui.lost_line_foreign, "0120-0178-27"),
        (ui.lost_line_japanese, "0120-95-0178"),
    ];
    view! {
        <h1>{ui.lost_title}</h1>
        <section class="card card-accent" aria-labelledby="suspend-heading">
            <h2 id="suspend-heading">{ui.lost_suspend_heading}</h2>
            {lines
                .map(|(label, number)| {
                    view! {
                        <a class="button call-button" href=format!("tel:{number}")>
                            <span>{label}</span>
                            <span class="call-number">{number}</span>
                        </a>
                    }
                })
                .collect_view()}
            <p class="lost-line" data-testid="lost-line">{lost_line_text(locale.lang)}</p>
        </section>
        {text_card("police-heading".into(), ui.lost_police_heading, &[ui.lost_police_body], &[], None)}
        {text_card(
            "city-heading".into(),
            ui.lost_city_heading,
            &[ui.lost_city_body, ui.lost_express],
            &[],
            Some((Route::Phrase(PhraseId::LostCard), ui.lost_phrase_link)),
        )}
        {text_card(
            "residence-heading".into(),
            ui.lost_residence_heading,
            &[ui.lost_residence_body],
            &[],
            Some((Route::Stage(StageId::Use), ui.lost_residence_link)),
        )}
        {text_card(
            "sources-heading".into(),
            ui.stage_sources_heading,
            &[],
            &LOST_CARD_SOURCES,
            Some((Route::Sources, ui.sources_link)),
        )}
    }
}
