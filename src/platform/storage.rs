//! Progress in `localStorage`, through gloo-storage. Every failure becomes a [`StorageError`]; nothing here
//! panics when storage is missing (private mode, disabled: SecurityError), full, or holds unreadable data.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::progress::{self, DecodeError, Progress};
use crate::domain::stored;

/// The key of the current progress document.
pub const KEY: &str = "my-number-guide/progress";
/// Where unreadable data is copied before the app starts afresh, so it is never silently lost.
pub const ASIDE_KEY: &str = "my-number-guide/unreadable";
/// Set by `scripts/start-lang.js` when the student hides the install hint (a choice for this device, so it
/// is not in the progress document or its backups); "Delete everything" removes it too.
const INSTALL_HINT_KEY: &str = "my-number-guide/install-hint-hidden";

/// What was found in storage at start-up.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Nothing,
    Progress(Progress),
    /// Something is stored but cannot be used. It is left where it is, untouched.
    Unreadable {
        raw: String,
        error: DecodeError,
    },
    /// The browser refuses storage: the app works in memory.
    Unavailable,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("storage is not available")]
    Unavailable,
    #[error("storage is full")]
    Full,
    #[error("storage failed: {0}")]
    Other(String),
}

/// `localStorage` can throw just on access (SecurityError); gloo's accessor would panic, so ask web-sys first.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn load() -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    match LocalStorage::raw().get_item(KEY) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(raw)) => match progress::decode(&raw) {
            Ok(progress) => Loaded::Progress(progress),
            Err(error) => Loaded::Unreadable { raw, error },
        },
    }
}

/// Copies unreadable data under [`ASIDE_KEY`] (leaving the original in place until the next save).
pub fn keep_aside(raw: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(ASIDE_KEY, raw)
        .map_err(|e| classify(&e))?;
    // Only trust the copy once it reads back identical.
    match LocalStorage::raw().get_item(ASIDE_KEY) {
        Ok(Some(copy)) if copy == raw => Ok(()),
        _ => Err(StorageError::Other("copy did not read back".into())),
    }
}

/// The data kept aside by [`keep_aside`], if any.
pub fn aside() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(ASIDE_KEY).ok().flatten()
}

/// The stored document as it is, readable or not (for export from the error screen).
pub fn raw() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(KEY).ok().flatten()
}

/// Writes the whole document in one `setItem` (gloo-storage's typed API, serde_json inside), so a failed
/// save leaves the previous one intact.
pub fn save(progress: &Progress) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(KEY, stored::document(progress)).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js) => classify_name(&js.name),
        other => StorageError::Other(other.to_string()),
    })
}

/// Deletes the progress and anything kept aside (reset).
pub fn clear() -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    let storage = LocalStorage::raw();
    storage.remove_item(KEY).map_err(|e| classify(&e))?;
    storage
        .remove_item(INSTALL_HINT_KEY)
        .map_err(|e| classify(&e))?;
    storage.remove_item(ASIDE_KEY).map_err(|e| classify(&e))
}

fn classify(error: &wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    classify_name(&name)
}

/// A storage exception by its DOMException name.
fn classify_name(name: &str) -> StorageError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        other => StorageError::Other(other.to_owned()),
    }
}
