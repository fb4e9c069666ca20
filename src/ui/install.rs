//! Install help (issue 11 §4): "Install app" where the browser offers its install prompt, Safari's two
//! steps (Share, then Add to Home Screen) on an iPhone or iPad, nothing inside the installed app; in
//! Settings, and as a hint on the home screen from the second visit until hidden. The browser's prompt can
//! come before this code has loaded, so `scripts/start-lang.js` keeps it, marks `<html>` with what applies
//! and answers the buttons (`data-install`); this is only the markup, which the stylesheet shows by those
//! marks.

use super::state::use_texts;
use crate::markup::Markup;

/// The help card as markup (set with `inner_html`); `hint`: the home screen's, which the student can
/// hide for good.
pub fn install_help(hint: bool) -> String {
    let ui = &use_texts().ui;
    let heading = if hint {
        "install-hint-heading"
    } else {
        "install-heading"
    };
    let class = if hint {
        "card install install-hint"
    } else {
        "card install"
    };
    let mut m = Markup::new();
    m.open("section", &[("class", class), ("aria-labelledby", heading)])
        .element("h2", &[("id", heading)], ui.install_heading)
        .element("p", &[], ui.install_body)
        .open("p", &[("class", "install-prompt")])
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-install", "prompt"),
            ],
            ui.install_button,
        )
        .close("p")
        .list(
            "ol",
            &[("class", "install-steps")],
            "li",
            [ui.install_step_share, ui.install_step_add],
        );
    if hint {
        m.open("p", &[])
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "button button-quiet"),
                    ("data-install", "hide"),
                ],
                ui.install_hint_hide,
            )
            .close("p");
    }
    m.close("section");
    m.into_string()
}
