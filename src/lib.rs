//! My Number Guide: an offline guide to the My Number Card for international students in Japan.
//!
//! `domain` is the functional core (plain Rust, tested natively), `platform` is the only code that
//! touches browser APIs, `ui` renders state and dispatches events, `i18n` holds every user-facing text.

pub mod domain;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Mounts the app on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    platform::panic::install_hook();
    let loaded = platform::storage::load();
    let lang = ui::starting_language(&loaded);
    // Mount once, after the static start screen has been painted (on a slow phone its text is what shows
    // first) and after the language pack has arrived (at once for English; from the service worker's cache
    // in milliseconds otherwise). Never later than a moment: a hidden tab paints no frames, and on a
    // failing network the app starts in English and switches when the pack arrives.
    let pending = std::rc::Rc::new(std::cell::Cell::new(Some(loaded)));
    let mount_once = move || {
        if let Some(loaded) = pending.take() {
            platform::document::remove_boot_screen();
            leptos::mount::mount_to_body(move || leptos::view! { <ui::App loaded /> });
        }
    };
    let after_load = mount_once.clone();
    // Leptos' executor starts with the mount; before it, futures run on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = platform::lang_pack::load(lang).await;
        platform::clock::after_paint(after_load);
    });
    let patience_ms = if i18n::is_available(lang) { 500 } else { 2_000 };
    platform::clock::after_ms(patience_ms, mount_once);
}

/// Native builds exist only for tests and tooling; the app itself runs in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("My Number Guide runs in a browser: build it with `trunk build --release`.");
}
