//! Reading a file the user picked (backup import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is larger than {0} bytes")]
    TooBig(usize),
    #[error("the file could not be read")]
    Unreadable,
}

/// The bytes of `file`, refusing anything over `limit` bytes without reading it.
pub async fn read_bytes(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, FileError> {
    if file.size() > limit as f64 {
        return Err(FileError::TooBig(limit));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The day the file was last saved (for a backup: the day it was exported), by the device's clock.
pub fn saved_on(file: &web_sys::File) -> Option<chrono::NaiveDate> {
    super::clock::date_of_ms(file.last_modified())
}

/// Opens the file picker of the file input with this id (a button in the app's language stands in for the
/// browser's own control).
pub fn pick(input_id: &str) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(input_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(input) = input {
        input.click();
    }
}
