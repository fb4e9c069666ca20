//! The only code that touches browser APIs. Small adapters returning our own types.

pub mod clock;
pub mod document;
pub mod download;
pub mod file;
pub mod fullscreen;
pub mod lang_pack;
pub mod location;
pub mod panic;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod wake_lock;
