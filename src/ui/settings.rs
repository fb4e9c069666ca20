//! Settings: where the student is, the My Number check, backup (export / import with preview), reset,
//! privacy and sources. The language is chosen in the header of every screen, this one included.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::home::ReachedPicker;
use super::install::install_help;
use super::link::Link;
use super::state::{use_locale, use_state, use_texts, Locale, StorageStatus};
use crate::domain::backup::{self, ImportError, ImportPreview, MAX_BACKUP_BYTES};
use crate::domain::calendar;
use crate::domain::milestones::MilestoneField;
use crate::domain::progress::Progress;
use crate::domain::route::Route;
use crate::i18n::dates::format_date;
use crate::i18n::fill;
use crate::i18n::plan_text::field_label;
use crate::platform::{download, file, share, storage};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.settings_title}</h1>
        <section class="card" aria-labelledby="reached-question">
            <ReachedPicker />
        </section>
        <div inner_html=install_help(false)></div>
        <section class="card" aria-labelledby="check-number-heading">
            <h2 id="check-number-heading">{t.ui.check_number_title}</h2>
            <p>{t.ui.check_number_intro}</p>
            <Link to=Route::CheckNumber class="button">{t.ui.check_number_open}</Link>
        </section>
        <Backup />
        <Reset />
        <section class="card" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t.ui.privacy_heading}</h2>
            <p>{t.ui.privacy_body}</p>
        </section>
        <section class="card" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.ui.stage_sources_heading}</h2>
            <Link to=Route::Sources class="more-link">{t.ui.sources_link}</Link>
        </section>
    }
}

/// What the import step is showing.
#[derive(Clone, Debug, PartialEq)]
enum Import {
    Idle,
    /// A valid backup, and the day its file was saved, waiting for the user's confirmation.
    Preview(ImportPreview, Option<NaiveDate>),
    Failed(ImportError),
    Done,
}

const BACKUP_TYPE: &str = "application/json";

#[component]
fn Backup() -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let import = RwSignal::new(Import::Idle);
    // The name of the file last exported.
    let exported = RwSignal::new(None::<String>);
    let can_share = share::can_share_file("backup.json", BACKUP_TYPE);

    let backup_file = move || {
        let text = state.progress.with_untracked(backup::export);
        let name = format!(
            "my-number-guide-backup-{}.json",
            calendar::to_iso(state.today.get_untracked())
        );
        (name, text)
    };
    let export = move |_| {
        let (name, text) = backup_file();
        // A failed download has no partial effect; the button can simply be pressed again.
        let saved = download::download_text(&name, &text, BACKUP_TYPE).is_ok();
        exported.set(saved.then_some(name));
    };
    let export_aside = move |_| {
        if let Some(raw) = storage::aside() {
            let _ = download::download_text("my-number-guide-unreadable.json", &raw, BACKUP_TYPE);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(picked) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Let the same file be picked again after a cancel.
        input.set_value("");
        let saved_on = file::saved_on(&picked);
        spawn_local(async move {
            let result = match file::read_bytes(&picked, MAX_BACKUP_BYTES).await {
                Err(file::FileError::TooBig(_)) => Err(ImportError::TooBig),
                Err(file::FileError::Unreadable) => Err(ImportError::Unreadable),
                Ok(bytes) => backup::parse_backup(&bytes, state.today.get_untracked()),
            };
            import.set(match result {
                Ok(preview) => Import::Preview(preview, saved_on),
                Err(e) => Import::Failed(e),
            });
        });
    };
    let confirm = move |_| {
        if let Import::Preview(preview, _) = import.get_untracked() {
            state.progress.set(preview.progress);
            import.set(Import::Done);
        }
    };

    // (class, is an alert, text): a preview reads neutral until the user confirms.
    let message = move || {
        let ui = &t.ui;
        let (class, text) = match import.get() {
            Import::Idle => return None,
            Import::Done => ("notice-ok", ui.import_done.to_owned()),
            Import::Preview(p, _) => (
                "",
                fill(
                    ui.import_preview,
                    &[
                        ("dates", &p.dates.to_string()),
                        ("ticks", &p.ticks.to_string()),
                    ],
                ),
            ),
            Import::Failed(e) => (
                "field-error",
                match e {
                    ImportError::TooBig => ui.import_err_too_big.to_owned(),
                    ImportError::Unreadable => ui.import_err_read.to_owned(),
                    ImportError::NotJson => ui.import_err_not_json.to_owned(),
                    ImportError::NotOurs => ui.import_err_not_ours.to_owned(),
                    ImportError::FromTheFuture(_) => ui.import_err_future.to_owned(),
                    ImportError::BadDate(field) => fill(
                        ui.import_err_bad_date,
                        &[("field", field_label(lang, field))],
                    ),
                },
            ),
        };
        Some((class, text))
    };
    // What the backup holds, each line in words: the day its file was saved, then each of its dates.
    let preview_lines = move || match import.get() {
        Import::Preview(p, saved_on) => {
            let saved =
                saved_on.map(|d| fill(t.ui.import_file_date, &[("date", &format_date(lang, d))]));
            let dates = MilestoneField::ALL.into_iter().filter_map(|f| {
                let d = p.progress.milestones.get(f)?;
                Some(format!(
                    "{}: {}",
                    field_label(lang, f),
                    format_date(lang, d)
                ))
            });
            Some(saved.into_iter().chain(dates).collect::<Vec<_>>())
        }
        _ => None,
    };

    view! {
        <section class="card" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t.ui.backup_heading}</h2>
            <p>{t.ui.backup_body}</p>
            <p>
                <button type="button" class="button" on:click=export>
                    {t.ui.export_button}
                </button>
            </p>
            <p class="notice-ok" role="status">
                {move || exported.get().map(|name| fill(t.ui.export_done, &[("file", &name)]))}
            </p>
            <p hidden=move || !can_share || exported.get().is_none()>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| {
                        let (name, text) = backup_file();
                        share::share_file(&name, &text, BACKUP_TYPE);
                    }
                >
                    {t.ui.export_share}
                </button>
            </p>
            <p hidden=move || state.storage.get() != StorageStatus::KeptAside>
                <button type="button" class="button button-quiet" on:click=export_aside>
                    {t.ui.storage_unreadable_export}
                </button>
            </p>
            // The browser's own file control says "Choose File" in the browser's language: a button in
            // the app's language opens it instead.
            <input
                id="import-file"
                class="visually-hidden"
                type="file"
                accept="application/json,.json"
                tabindex="-1"
                aria-hidden="true"
                on:change=on_file
            />
            <p>
                <button type="button" class="button button-quiet" on:click=move |_| file::pick("import-file")>
                    {t.ui.import_label}
                </button>
            </p>
            <div aria-live="polite">
                {move || {
                    message()
                        .map(|(class, text)| {
                            let alert = class == "field-error";
                            view! {
                                <p class=class role=alert.then_some("alert")>
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="import-preview" hidden=move || preview_lines().is_none()>
                <p class="preview-lines">{move || preview_lines().map(|lines| lines.join("\n"))}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=confirm>
                        {t.ui.import_confirm}
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| import.set(Import::Idle)>
                        {t.ui.import_cancel}
                    </button>
                </div>
            </div>
        </section>
    }
}

#[component]
fn Reset() -> impl IntoView {
    let state = use_state();
    let t = use_texts();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let reset = move |_| {
        // Clearing the aside copy too: "delete everything" means everything. The effect then saves the
        // empty document, unless storage is unavailable, in which case memory is all there was.
        let _ = storage::clear();
        state.progress.set(Progress::default());
        if state.storage.get_untracked() == StorageStatus::KeptAside {
            state.storage.set(StorageStatus::Saving);
        }
        asking.set(false);
        done.set(true);
    };
    view! {
        <section class="card" aria-labelledby="reset-heading">
            <h2 id="reset-heading">{t.ui.reset_heading}</h2>
            <p>{t.ui.reset_body}</p>
            // The question and the result are live regions whose text comes and goes.
            <button
                type="button"
                class="button button-quiet"
                hidden=move || asking.get()
                on:click=move |_| {
                    done.set(false);
                    asking.set(true);
                }
            >
                {t.ui.reset_button}
            </button>
            <p role="alert" class="field-error">
                {move || asking.get().then_some(t.ui.reset_confirm)}
            </p>
            <div class="button-row" hidden=move || !asking.get()>
                <button type="button" class="button button-danger" on:click=reset>
                    {t.ui.reset_yes}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| asking.set(false)>
                    {t.ui.import_cancel}
                </button>
            </div>
            <p class="notice-ok" role="status">{move || done.get().then_some(t.ui.reset_done)}</p>
        </section>
    }
}
