//! My Number Guide: an offline guide to the My Number Card for international students in Japan.
//!
//! `domain` is the functional core (plain Rust, tested natively), `platform` is the only code that
//! touches browser APIs, `ui` renders state and dispatches events, `i18n` holds every user-facing text, `markup` writes
//! the static parts of screens as HTML.

pub mod domain;
pub mod i18n;
// Plain Rust (tested natively) used by `ui` for the static, text-only parts of screens.
pub mod markup;
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
    // Mount once, after a language pack is installed (from the service worker's cache in milliseconds once
    // the language has been read; downloaded on a first visit) and after the static start screen has been
    // painted (on a slow phone its text is what shows first), or a moment later: a hidden tab paints no
    // frames.
    let pending = std::rc::Rc::new(std::cell::Cell::new(Some(loaded)));
    let mount_once = move || {
        if let Some(loaded) = pending.take() {
            platform::document::remove_boot_screen();
            leptos::mount::mount_to_body(move || leptos::view! { <ui::App loaded /> });
        }
    };
    // Leptos' executor starts with the mount; before it, futures run on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        // The chosen language, else the first other one this device has or can download, English first
        // (the app then says the chosen one is missing). With none, the start screen stays and says so
        // until the user tries again or the network comes back.
        while !any_pack(lang).await {
            let ui = &i18n::texts(lang).ui;
            let message = i18n::fill(ui.lang_missing, &[("language", lang.native_name())]);
            platform::document::boot_notice(&message, ui.lang_retry).await;
        }
        platform::clock::after_paint(mount_once.clone());
        platform::clock::after_ms(500, mount_once);
    });
}

/// Installs the pack of `lang`, else of the first other language that can be had. Whether one was.
#[cfg(target_arch = "wasm32")]
async fn any_pack(lang: domain::language::Lang) -> bool {
    let others = domain::language::Lang::ALL
        .into_iter()
        .filter(|l| *l != lang);
    for candidate in std::iter::once(lang).chain(others) {
        if platform::lang_pack::load(candidate).await.is_ok() {
            return true;
        }
    }
    false
}

/// Native builds exist only for tests and tooling; the app itself runs in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("My Number Guide runs in a browser: build it with `trunk build --release`.");
}
