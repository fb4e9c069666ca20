//! Leptos components: they render state and turn user actions into calls on the domain.

mod app;
mod calendar_export;
mod check_number;
mod checklist;
mod date_field;
mod home;
mod install;
mod link;
mod lost_card;
mod not_found;
mod phrases;
mod plan_list;
mod settings;
mod shell;
mod sources;
mod stage;
mod state;
mod text_page;

pub use app::App;
pub use state::starting_language;
