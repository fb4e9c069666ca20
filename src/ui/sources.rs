//! Every rule of FACTS.md (R1–R18) in plain words, in the reader's language, with the pages it comes from
//! and the day they were checked.

use leptos::prelude::*;

use super::link::Link;
use super::state::use_texts;
use crate::domain::plan::Rule;
use crate::domain::route::Route;
use crate::i18n::terms::{rule_sources, source_href};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.stage_sources_heading}</h1>
        <p class="lead">{t.ui.sources_intro}</p>
        {Rule::ALL
            .into_iter()
            .map(|rule| {
                text_card(format!("rule-{}", rule.id()), rule.id(), &[t.rule(rule)], rule_sources(rule), None)
            })
            .collect_view()}
    }
}

/// A card of the sources and lost-card pages: a heading, its paragraphs, then, when there are any, the
/// source addresses with the day they were checked, and a link on a line of its own. One shape for every
/// card keeps the app's code small.
pub fn text_card(
    id: String,
    heading: &'static str,
    paragraphs: &[&'static str],
    sources: &'static [&'static str],
    link: Option<(Route, &'static str)>,
) -> impl IntoView {
    let checked = use_texts().ui.rules_checked;
    let labelled_by = id.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=id>{heading}</h2>
            {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            {(!sources.is_empty())
                .then(|| {
                    view! {
                        <div class="sources">
                            <ul class="source-list">
                                {sources
                                    .iter()
                                    .map(|source| {
                                        // Addresses are not translated. Without an href (a law, or a path FACTS
                                        // shortens with "…") the <a> is plain text, not a link.
                                        view! {
                                            <li>
                                                <a href=source_href(source) rel="noopener">{*source}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <p>{checked}</p>
                        </div>
                    }
                })}
            {link.map(|(to, label)| view! { <Link to=to class="more-link">{label}</Link> })}
        </section>
    }
}
