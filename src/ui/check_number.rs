//! The My Number typo check: a student types the number before copying it onto a form and learns
//! whether it looks right (domain::my_number). The number is only ever in the input on this screen: the
//! component keeps just the answer, so nothing of the number reaches the app state, storage, the address
//! or a log. It is gone when the screen is left (the input is removed) or the page is put away
//! (`pagehide`: a page kept in the browser's back-forward cache would otherwise keep it). The input has
//! no name and no form (nothing can submit it into the address), autocomplete off (no browser history of
//! it) and spellcheck off (no spelling service reads it).

use leptos::prelude::*;

use super::state::use_texts;
use crate::domain::my_number::{check, Check};
use crate::markup::Markup;
use crate::platform::document;

const FIELD: &str = "my-number";

#[component]
pub fn CheckNumberPage() -> impl IntoView {
    let t = use_texts();
    let answer = RwSignal::new(Check::Empty);
    let on_hide = window_event_listener_untyped("pagehide", move |_| {
        document::clear_field(FIELD);
        answer.set(Check::Empty);
    });
    on_cleanup(move || on_hide.remove());

    // Only whether it looks right, never which digit is wrong (FACTS, "The My Number check digit").
    let shown = move || {
        let ui = &t.ui;
        match answer.get() {
            Check::Empty => ("check-result", ""),
            Check::LooksRight => ("check-result check-ok", ui.check_number_ok),
            Check::Typo => ("check-result check-typo", ui.check_number_typo),
            Check::WrongLength { .. } | Check::NotDigits => {
                ("check-result", ui.check_number_incomplete)
            }
        }
    };

    // The heading, the field and its note are static markup; the input's events bubble to their
    // container, so the field needs no view code of its own.
    let ui = &t.ui;
    let mut field = Markup::new();
    field
        .element("h1", &[], ui.check_number_title)
        .element("p", &[("class", "lead")], ui.check_number_intro)
        .open("div", &[("class", "field")])
        .element("label", &[("for", FIELD)], ui.check_number_label)
        .open(
            "input",
            &[
                ("id", FIELD),
                ("inputmode", "numeric"),
                ("autocomplete", "off"),
                ("spellcheck", "false"),
                ("aria-describedby", "my-number-privacy"),
            ],
        )
        .element(
            "p",
            &[("id", "my-number-privacy"), ("class", "field-hint")],
            ui.check_number_privacy,
        )
        .close("div");

    view! {
        <div
            inner_html=field.into_string()
            on:input=move |ev| answer.set(check(&event_target_value(&ev)))
        ></div>
        <p class=move || shown().0 role="status">{move || shown().1}</p>
    }
}
