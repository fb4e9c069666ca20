//! Leptos components: they render state and turn user actions into calls on the domain.

mod app;
mod journey;
mod shell;

pub use app::App;
