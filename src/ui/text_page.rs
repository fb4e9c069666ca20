//! A page of text cards: the lost-card page and the sources page. Both are built as data of this one
//! shape, so the app holds the view code for it once (each page shape costs kilobytes of wasm).

use leptos::prelude::*;

use super::link::Link;
use super::state::use_texts;
use crate::domain::route::Route;
use crate::i18n::terms::source_href;
use crate::markup::Markup;

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
    let mut head = Markup::new();
    head.element("h1", &[], page.title);
    if let Some(lead) = page.lead {
        head.element("p", &[("class", "lead")], lead);
    }
    view! {
        <div inner_html=head.into_string()></div>
        {page
            .cards
            .into_iter()
            .map(|card| {
                view! {
                    <section
                        class=if card.accent { "card card-accent" } else { "card" }
                        aria-labelledby=card.id
                    >
                        <div inner_html=card_markup(&card, checked)></div>
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

/// A card's heading, calls, paragraphs and sources (static markup; its in-app link stays a view).
fn card_markup(card: &Card, checked: &str) -> String {
    let mut m = Markup::new();
    m.element("h2", &[("id", card.id)], card.heading);
    for (label, number) in &card.calls {
        m.open(
            "a",
            &[
                ("class", "button call-button"),
                ("href", &format!("tel:{number}")),
            ],
        )
        .element("span", &[], label)
        .element("span", &[("class", "call-number")], number)
        .close("a");
    }
    for paragraph in &card.paragraphs {
        m.element("p", &[], paragraph);
    }
    if !card.sources.is_empty() {
        m.open("div", &[("class", "sources")])
            .open("ul", &[("class", "source-list")]);
        for source in card.sources {
            // Addresses are not translated. Without an href (a law, or a path FACTS shortens with "…") the
            // <a> is plain text.
            let href = source_href(source);
            let attributes: &[(&str, &str)] = match &href {
                Some(href) => &[("href", href), ("rel", "noopener")],
                None => &[("rel", "noopener")],
            };
            m.open("li", &[])
                .element("a", attributes, source)
                .close("li");
        }
        m.close("ul").element("p", &[], checked).close("div");
    }
    m.into_string()
}
