//! If the app ever panics, replace the dead page with a friendly screen: the user's data is safe, here is
//! a link to save it, and a link to reload. Built with plain DOM calls, since Leptos may be what failed.

use crate::domain::language::Lang;
use crate::domain::progress;
use crate::i18n::texts;
use crate::markup::escape;
use crate::platform::{download, storage};

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("My Number Guide stopped: {info}").into());
        show_error_screen();
    }));
}

fn show_error_screen() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        render_error_screen(&body);
    }
}

/// Fills `target` with the error screen (the hook uses `<body>`; public for the browser test).
pub fn render_error_screen(target: &web_sys::Element) {
    let raw = storage::raw();
    let lang = raw
        .as_deref()
        .and_then(|r| progress::decode(r).ok())
        .and_then(|p| p.settings.lang)
        .unwrap_or(Lang::En);
    let ui = &texts(lang).ui;
    let export = raw
        .as_deref()
        .and_then(|r| download::object_url(r, "application/json"))
        .map(|url| {
            format!(
                r#"<p><a class="button" href="{url}" download="my-number-guide-backup.json">{}</a></p>"#,
                escape(ui.export_button)
            )
        })
        .unwrap_or_default();
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    target.set_inner_html(&format!(
        r#"<main class="app-main crash" role="alert"><h1>{}</h1><p>{}</p>{export}<p><a class="button button-quiet" href="{}">{}</a></p></main>"#,
        escape(ui.panic_title),
        escape(ui.panic_body),
        escape(&href),
        escape(ui.panic_reload),
    ));
}
