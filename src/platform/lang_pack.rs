//! Downloads a language pack (`i18n::pack`) from the app's own origin (from the service worker's cache
//! once it has been fetched), installs it, and asks the worker to keep it for offline use.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{document, service_worker};
use crate::domain::language::Lang;
use crate::i18n::pack::{self, PackError};

/// Why a language is not available yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No connection and not yet stored on this device, or the server said no.
    Unreachable,
    /// The file is not a pack this version of the app can read.
    Pack(PackError),
}

/// Makes `lang` available to `i18n::texts`. Returns at once for English or a pack already installed.
pub async fn load(lang: Lang) -> Result<(), LoadError> {
    if crate::i18n::is_available(lang) {
        return Ok(());
    }
    let path = pack::path(lang);
    let body = fetch_text(&format!("{}/{path}", document::base_path())).await?;
    pack::install(lang, body).map_err(LoadError::Pack)?;
    service_worker::keep_offline(&path);
    Ok(())
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Unreachable)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .filter(|r| r.ok())
        .ok_or(LoadError::Unreachable)?;
    let text = response.text().map_err(|_| LoadError::Unreachable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(LoadError::Unreachable)
}
