//! The functional core: stages, milestones, the date engine and the stored schema.
//! Plain Rust with no browser or Leptos imports, so `cargo test` covers it natively.

pub mod journey;
pub mod language;
