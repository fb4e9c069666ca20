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
use crate::platform::{fullscreen, wake_lock};

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

/// The card in large type, filling the screen (the browser's full-screen mode where it has one), with
/// the screen kept awake while it is shown. Close is at the top, always in reach; a sentence that does not
/// apply (the pension line for a student under 20) can be hidden for this showing.
#[component]
pub fn PhraseCard(card: PhraseId) -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let text = t.phrase(card);
    let sentences = state
        .progress
        .with_untracked(|p| filled(card, &p.milestones));
    // Sentences hidden for this showing, one bit per position: not stored, so the next showing has them
    // all. The card's classes hide them ("hide-1"), so no sentence needs a reactive attribute of its own.
    // style/components.css has rules for up to 4 sentences; a card has at most 3.
    let hidden = RwSignal::new(0u32);
    let count = sentences.len();
    let card_class = move || {
        let mask = hidden.get();
        let mut class = String::from("phrase-card");
        for i in (0..count).filter(|i| mask & (1 << i) != 0) {
            class.push_str(&format!(" some-hidden hide-{i}"));
        }
        class
    };

    let lock = StoredValue::new_local(None::<wake_lock::WakeLock>);
    spawn_local(async move {
        if let Some(held) = wake_lock::request().await {
            // The page may have been left while the request was pending.
            if lock.try_set_value(Some(held.clone())).is_some() {
                wake_lock::release(&held);
            }
        }
    });
    fullscreen::enter();
    on_cleanup(move || {
        if let Some(Some(held)) = lock.try_get_value() {
            wake_lock::release(&held);
        }
        fullscreen::exit();
    });

    view! {
        <article class=card_class aria-labelledby="phrase-title">
            <div class="phrase-top">
                <h1 id="phrase-title" class="phrase-title">{text.title}</h1>
                <Link to=Route::Phrases class="button phrase-close">{t.ui.phrase_close}</Link>
            </div>
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
                {sentences
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let said = meaning(lang, card, s);
                        view! {
                            <p>
                                {said.clone()}
                                <button
                                    type="button"
                                    class="button-quiet"
                                    aria-label=format!("{}: {said}", t.ui.phrase_hide)
                                    on:click=move |_| hidden.update(|h| *h |= 1 << i)
                                >
                                    {t.ui.phrase_hide}
                                </button>
                            </p>
                        }
                    })
                    .collect_view()}
            </div>
            <button type="button" class="button-quiet phrase-show-all" on:click=move |_| hidden.set(0)>
                {t.ui.phrase_show_all}
            </button>
        </article>
    }
}
