//! The functional core: stages, milestones, the date engine and the stored schema.
//! Plain Rust with no browser or Leptos imports, so `cargo test` covers it natively.

pub mod backup;
pub mod calendar;
pub mod coming_up;
pub mod date_entry;
pub mod departure;
pub mod ics;
pub mod journey;
pub mod language;
pub mod lost_card;
pub mod milestones;
pub mod my_number;
pub mod phrase;
pub mod plan;
pub mod plan_line;
pub mod progress;
pub mod reached;
pub mod reminders;
pub mod route;
pub mod stage_badge;
pub mod stored;

/// The functional core stands alone: no module of it names the texts, the views or the browser.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod boundary_tests {
    #[test]
    fn the_domain_imports_nothing_from_i18n_ui_or_platform() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
        let forbidden = [
            "crate::i18n",
            "crate::ui",
            "crate::platform",
            "leptos",
            "web_sys",
            "js_sys",
            "gloo",
        ];
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("src/domain is readable") {
            let path = entry.expect("a directory entry").path();
            let source = std::fs::read_to_string(&path).expect("a readable source file");
            let code_lines = source
                .lines()
                .map(str::trim_start)
                // Comments and lines of string literals (this test's own list) name no dependency.
                .filter(|line| !line.starts_with("//") && !line.starts_with('"'));
            for (line, name) in code_lines.flat_map(|l| forbidden.map(|f| (l, f))) {
                assert!(
                    !line.contains(name),
                    "{} names {name}: {line}",
                    path.display()
                );
            }
            checked += 1;
        }
        assert!(checked > 5, "only {checked} files found in {dir}");
    }
}
