//! The functional core: stages, milestones, the date engine and the stored schema.
//! Plain Rust with no browser or Leptos imports, so `cargo test` covers it natively.

pub mod backup;
pub mod calendar;
pub mod departure;
pub mod ics;
pub mod journey;
pub mod json;
pub mod language;
pub mod milestones;
pub mod my_number;
pub mod plan;
pub mod progress;
pub mod route;
