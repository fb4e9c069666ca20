//! Phrase cards for the counter: the list, and one card shown full screen in large type for the staff.

use super::link::Link;
use crate::domain::route::Route;
use leptos::prelude::*;

use crate::i18n::plan_text::lost_line_text;
use leptos::task::spawn_local;

use super::stage::step_label;
use super::state::{use_locale, use_state, use_texts, Locale};
use crate::domain::phrase::PhraseId;
use crate::i18n::phrases::{filled, meaning, sentences as japanese};
use crate::platform::wake_lock;

#[component]
pub fn PhrasesPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.phrases_title}</h1>
        <p class="lead">{t.ui.phrases_intro}</p>
        <ul class="phrase-list">
            {PhraseId::ALL
                .into_iter()
                .map(|card| {
                    view! {
                        <li>
                            <Link to=Route::Phrase(card) class="stage-item phrase-link">
                                <span class="stage-title">{t.phrase(card).title}</span>
                                <span class="phrase-preview" lang="ja">
                                    {japanese(card).first().map(|s| s.ja)}
                                </span>
                            </Link>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <section class="card" aria-labelledby="help-heading">
            <h2 id="help-heading">{t.ui.help_heading}</h2>
            <p>{t.ui.help_body}</p>
            <p class="lost-line">{lost_line_text(use_state().lang.get_untracked())}</p>
        </section>
    }
}

/// The card in large type, filling the screen, with the screen kept awake while it is shown.
#[component]
pub fn PhraseCard(card: PhraseId) -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let text = t.phrase(card);
    let sentences = state
        .progress
        .with_untracked(|p| filled(card, &p.milestones));

    let lock = StoredValue::new_local(None::<wake_lock::WakeLock>);
    spawn_local(async move {
        if let Some(held) = wake_lock::request().await {
            // The page may have been left while the request was pending.
            if lock.try_set_value(Some(held.clone())).is_some() {
                wake_lock::release(&held);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(held)) = lock.try_get_value() {
            wake_lock::release(&held);
        }
    });

    view! {
        <article class="phrase-card" aria-labelledby="phrase-title">
            <h1 id="phrase-title" class="phrase-title">{text.title}</h1>
            // The step this visit belongs to (issue 13 §4).
            <p class="phrase-stage">
                <Link to=Route::Stage(card.stage())>
                    {format!("{} · {}", step_label(card.stage()), t.stage(card.stage()).title)}
                </Link>
            </p>
            <div class="phrase-ja" lang="ja">
                {sentences.iter().map(|s| view! { <p>{s.ja.clone()}</p> }).collect_view()}
            </div>
            <h2 class="phrase-label">{t.ui.phrase_say}</h2>
            <div class="phrase-romaji" lang="ja-Latn">
                {sentences.iter().map(|s| view! { <p>{s.romaji.clone()}</p> }).collect_view()}
            </div>
            <h2 class="phrase-label">{t.ui.phrase_meaning}</h2>
            <div class="phrase-meaning">
                {sentences.iter().map(|s| view! { <p>{meaning(lang, card, s)}</p> }).collect_view()}
            </div>
            <Link to=Route::Phrases class="button phrase-close">{t.ui.phrase_close}</Link>
        </article>
    }
}
