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
    let lang = ui::starting_language();
    // Mount once, after the static start screen has been painted (on a slow phone its text is what shows
    // first) and, for a language other than English, after its pack has arrived (from the service worker's
    // cache: milliseconds). Never later than a moment: a hidden tab paints no frames, and on a failing
    // network the app starts in English and switches when the pack arrives.
    let mounted = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = move || {
        if !mounted.replace(true) {
            mount();
        }
    };
    if i18n::is_available(lang) {
        platform::clock::after_paint(once.clone());
        platform::clock::after_ms(500, once);
        return;
    }
    let after_load = once.clone();
    // Leptos' executor starts with the mount; before it, futures run on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = platform::lang_pack::load(lang).await;
        platform::clock::after_paint(after_load);
    });
    platform::clock::after_ms(2_000, once);
}

#[cfg(target_arch = "wasm32")]
fn mount() {
    platform::document::remove_boot_screen();
    leptos::mount::mount_to_body(ui::App);
}

/// Native builds exist only for tests and tooling; the app itself runs in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("My Number Guide runs in a browser: build it with `trunk build --release`.");
}
