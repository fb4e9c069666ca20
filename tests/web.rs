//! Browser tests: run with `cargo test --target wasm32-unknown-unknown` in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn body_text() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map(|b| b.inner_text())
        .unwrap_or_default()
}

/// The test runner serves its page from its own path; the app routes on the path, so set it first.
fn go_to(path: &str) {
    let history = web_sys::window()
        .and_then(|w| w.history().ok())
        .expect("a browser window has a history");
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("same-origin pushState succeeds");
}

/// Lets the browser run pending tasks (Leptos renders routes and effects after the current task).
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The app reads every text from a language pack, which the build writes next to it (not served to these
/// tests): install English from its table, as the pack writer would.
fn install_english() {
    use my_number_guide::domain::language::Lang;
    use my_number_guide::i18n::{english, pack};
    pack::install(Lang::En, pack::encode(Lang::En, english()))
        .expect("the English pack reads back");
}

#[wasm_bindgen_test]
async fn mounting_the_app_shows_all_eight_stage_titles_in_order() {
    go_to("/");
    install_english();
    use my_number_guide::platform::storage;
    // A first run: other tests in this page may have stored progress (in another language).
    let _ = storage::clear();
    leptos::mount::mount_to_body(
        || leptos::view! { <my_number_guide::ui::App loaded=storage::load() /> },
    );
    next_tick().await;
    let text = body_text();
    let titles = [
        "Register your address",
        "Notification letter",
        "Apply for the card",
        "Issuance notice",
        "Collect the card",
        "Use your card",
        "Keep it valid",
        "Leave Japan",
    ];
    let mut from = 0;
    for title in titles {
        let at = text[from..]
            .find(title)
            .unwrap_or_else(|| panic!("{title:?} missing or out of order in {text:?}"));
        from += at + title.len();
    }
}

#[wasm_bindgen_test]
fn stored_progress_round_trips_through_local_storage() {
    use chrono::NaiveDate;
    use my_number_guide::domain::journey::StageId;
    use my_number_guide::domain::language::Lang;
    use my_number_guide::domain::progress::{Checklist, Progress, Tick};
    use my_number_guide::platform::storage::{self, Loaded};

    let mut progress = Progress::default();
    progress.milestones.moved_in = NaiveDate::from_ymd_opt(2026, 4, 1);
    progress.milestones.departure = NaiveDate::from_ymd_opt(2028, 3, 20);
    progress.set_tick(
        Tick {
            stage: StageId::Collect,
            list: Checklist::Todo,
            index: 2,
        },
        true,
    );
    progress.settings.lang = Some(Lang::Ko);

    storage::save(&progress).expect("localStorage accepts a small document");
    match storage::load() {
        Loaded::Progress(loaded) => assert_eq!(loaded, progress),
        other => panic!("expected the saved progress back, got {other:?}"),
    }

    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(storage::KEY).ok().flatten())
        .expect("the document is stored under the app's key");
    assert!(raw.contains("\"version\":2"), "{raw}");
    assert!(raw.contains("2026-04-01"), "{raw}");
}

#[wasm_bindgen_test]
fn the_error_screen_offers_the_stored_data_and_a_reload() {
    use my_number_guide::domain::progress::Progress;
    use my_number_guide::platform::{panic, storage};

    storage::save(&Progress::default()).expect("localStorage accepts a small document");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let target = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&target)
        .expect("appended");
    panic::render_error_screen(&target);
    let text = target.text_content().unwrap_or_default();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("Your saved progress is safe"), "{text}");
    let export = target
        .query_selector("a[download]")
        .ok()
        .flatten()
        .expect("a download link for the stored data");
    assert!(export
        .get_attribute("href")
        .unwrap_or_default()
        .starts_with("blob:"));
    assert!(text.contains("Reload"), "{text}");
}

#[wasm_bindgen_test]
async fn the_start_screen_notice_waits_for_try_again_then_goes() {
    use my_number_guide::platform::document;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;

    let page = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let boot = page.create_element("div").expect("a div");
    boot.set_id("boot");
    boot.set_inner_html(r#"<main class="app-main"><p>Start screen</p></main>"#);
    page.body()
        .expect("a body")
        .append_child(&boot)
        .expect("appended");

    let done = Rc::new(Cell::new(false));
    let finished = done.clone();
    wasm_bindgen_futures::spawn_local(async move {
        document::boot_notice("日本語 could not be downloaded <now>.", "Try again").await;
        finished.set(true);
    });
    next_tick().await;
    let notice = boot
        .query_selector("[role=alert]")
        .ok()
        .flatten()
        .expect("the notice is on the start screen");
    assert_eq!(
        notice.text_content().unwrap_or_default(),
        "日本語 could not be downloaded <now>.Try again"
    );
    assert!(!done.get(), "it waits for the user");
    notice
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("a Try again button")
        .click();
    next_tick().await;
    assert!(done.get(), "Try again ends the wait");
    assert!(boot.query_selector("[role=alert]").ok().flatten().is_none());
    boot.remove();
}
