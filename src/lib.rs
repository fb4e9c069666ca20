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
    platform::document::remove_boot_screen();
    leptos::mount::mount_to_body(ui::App);
}

/// Native builds exist only for tests and tooling; the app itself runs in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("My Number Guide runs in a browser: build it with `trunk build --release`.");
}
