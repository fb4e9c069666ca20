//! The service worker (public/sw.js): registration, update detection and the switch to a new version.
//! Everything degrades silently where service workers are unsupported: the app then simply needs the network.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `serviceWorker` is missing on insecure origins and some private modes; web-sys would throw on it.
    let present = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// Registers `sw.js` (relative to the document's base, so sub-path deploys work) and calls
/// `on_update_ready` once a new version has installed and is waiting while this page runs an older one.
pub async fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    let on_update_ready = std::rc::Rc::new(on_update_ready);
    let has_controller = move || container_controller().is_some();

    // A version that finished installing before this page loaded.
    if registration.waiting().is_some() && has_controller() {
        on_update_ready();
    }
    // A version that installs from now on.
    let registration_for_found = registration.clone();
    let ready = on_update_ready.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = registration_for_found.installing() else {
            return;
        };
        let worker = installing.clone();
        let ready = ready.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && container_controller().is_some() {
                ready();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    // Listens for the page's whole life.
    on_found.forget();

    // Look for a new version now, not only at the browser's next check (fails quietly offline).
    if let Ok(checking) = registration.update() {
        let _ = JsFuture::from(checking).await;
    }
}

fn container_controller() -> Option<ServiceWorker> {
    container()?.controller()
}

/// Switches to the waiting version: it takes control, then the page reloads into it. Stored progress is
/// untouched (it lives in localStorage, not in the worker's cache).
pub async fn activate_waiting() {
    let Some(container) = container() else {
        reload();
        return;
    };
    let Ok(registration) = JsFuture::from(container.get_registration()).await else {
        reload();
        return;
    };
    let waiting = registration
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.waiting());
    let Some(waiting) = waiting else {
        reload();
        return;
    };
    let on_change = Closure::<dyn FnMut()>::once(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    if waiting
        .post_message(&JsValue::from_str("SKIP_WAITING"))
        .is_err()
    {
        reload();
    }
}

/// Asks the active worker to keep `path` (relative to the app's base) in this version's cache, for files
/// that are not precached: the language pack the user reads. Quietly does nothing without a worker.
pub fn keep_offline(path: &str) {
    let Some(container) = container() else {
        return;
    };
    let message = js_sys::Object::new();
    if js_sys::Reflect::set(&message, &"keep".into(), &JsValue::from_str(path)).is_err() {
        return;
    }
    let ready = container.ready();
    wasm_bindgen_futures::spawn_local(async move {
        let active = match ready {
            Ok(ready) => JsFuture::from(ready)
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|r| r.active()),
            Err(_) => None,
        };
        if let Some(worker) = active {
            let _ = worker.post_message(&message);
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether the browser believes it is online, and a callback on every change.
pub fn watch_online(on_change: impl Fn(bool) + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let on_change = std::rc::Rc::new(on_change);
    for (event, online) in [("online", true), ("offline", false)] {
        let on_change = on_change.clone();
        let listener = Closure::<dyn FnMut()>::new(move || on_change(online));
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
    window.navigator().on_line()
}
