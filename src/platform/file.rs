//! Reading a file the user picked (backup import).

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
