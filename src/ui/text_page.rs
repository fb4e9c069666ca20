//! A page of text cards: the lost-card page and the sources page. Both are built as data of this one
//! shape, so the app holds the view code for it once (each page shape costs kilobytes of wasm).

use leptos::prelude::*;

use super::link::Link;
use super::state::use_texts;
use crate::domain::route::Route;
use crate::i18n::terms::source_href;

pub struct TextPage {
    pub title: &'static str,
    pub lead: Option<&'static str>,
    pub cards: Vec<Card>,
}

/// A card: a heading, phone numbers to call, paragraphs, then (when there are any) the source addresses with
/// the day they were checked, and an in-app link on a line of its own.
#[derive(Default)]
pub struct Card {
    /// The heading's id, which names the card for assistive technology.
    pub id: &'static str,
    pub heading: &'static str,
    /// Marks the card that matters most on the page.
    pub accent: bool,
    /// Label and number of each `tel:` link.
    pub calls: Vec<(&'static str, &'static str)>,
    pub paragraphs: Vec<&'static str>,
    pub sources: &'static [&'static str],
    pub link: Option<(Route, &'static str)>,
}

#[component]
pub fn TextPageView(page: TextPage) -> impl IntoView {
    let checked = use_texts().ui.rules_checked;
    view! {
        <h1>{page.title}</h1>
        {page.lead.map(|lead| view! { <p class="lead">{lead}</p> })}
        {page
            .cards
            .into_iter()
            .map(|card| {
                view! {
                    <section
                        class=if card.accent { "card card-accent" } else { "card" }
                        aria-labelledby=card.id
                    >
                        <h2 id=card.id>{card.heading}</h2>
                        {card
                            .calls
                            .into_iter()
                            .map(|(label, number)| {
                                view! {
                                    <a class="button call-button" href=format!("tel:{number}")>
                                        <span>{label}</span>
                                        <span class="call-number">{number}</span>
                                    </a>
                                }
                            })
                            .collect_view()}
                        {card.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        {(!card.sources.is_empty())
                            .then(|| {
                                view! {
                                    <div class="sources">
                                        <ul class="source-list">
                                            {card
                                                .sources
                                                .iter()
                                                .map(|source| {
                                                    // Addresses are not translated. Without an href (a law, or
                                                    // a path FACTS shortens with "…") the <a> is plain text.
                                                    view! {
                                                        <li>
                                                            <a href=source_href(source) rel="noopener">
                                                                {*source}
                                                            </a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                        <p>{checked}</p>
                                    </div>
                                }
                            })}
                        {card
                            .link
                            .map(|(to, label)| {
                                view! { <Link to=to class="more-link">{label}</Link> }
                            })}
                    </section>
                }
            })
            .collect_view()}
    }
}
