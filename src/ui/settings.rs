//! Settings: language, privacy, backup (export / import with preview) and reset.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::home::ReachedPicker;
use super::state::{use_locale, use_state, use_texts, Locale, StorageStatus};
use crate::domain::backup::{self, ImportError, ImportPreview, MAX_BACKUP_BYTES};
use crate::domain::calendar;
use crate::domain::language::Lang;
use crate::domain::progress::Progress;
use crate::i18n::fill;
use crate::i18n::plan_text::field_label;
use crate::platform::{download, file, storage};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <h1>{t.ui.settings_title}</h1>
        <section class="card" aria-labelledby="language-heading">
            <h2 id="language-heading">{t.ui.language_heading}</h2>
            <LanguagePicker />
        </section>
        <section class="card" aria-labelledby="reached-question">
            <ReachedPicker />
        </section>
        <Backup />
        <Reset />
        <section class="card" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t.ui.privacy_heading}</h2>
            <p>{t.ui.privacy_body}</p>
        </section>
    }
}

/// Each language named in its own script.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let state = use_state();
    let Locale { lang: current, t } = use_locale();
    view! {
        <div class="language-picker" role="group" aria-label=t.ui.language_heading>
            {Lang::ALL.into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            lang=lang.tag()
                            aria-pressed=(current == lang).to_string()
                            on:click=move |_| state.progress.update(|p| p.settings.lang = Some(lang))
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// What the import step is showing.
#[derive(Clone, Debug, PartialEq)]
enum Import {
    Idle,
    Preview(ImportPreview),
    Failed(ImportError),
    Done,
}

#[component]
fn Backup() -> impl IntoView {
    let state = use_state();
    let Locale { lang, t } = use_locale();
    let import = RwSignal::new(Import::Idle);

    let export = move |_| {
        let text = state.progress.with_untracked(backup::export);
        let name = format!(
            "my-number-guide-backup-{}.json",
            calendar::to_iso(state.today.get_untracked())
        );
        // A failed download has no partial effect; the button can simply be pressed again.
        let _ = download::download_text(&name, &text, "application/json");
    };
    let export_aside = move |_| {
        if let Some(raw) = storage::aside() {
            let _ = download::download_text(
                "my-number-guide-unreadable.json",
                &raw,
                "application/json",
            );
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(picked) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Let the same file be picked again after a cancel.
        input.set_value("");
        spawn_local(async move {
            let result = match file::read_bytes(&picked, MAX_BACKUP_BYTES).await {
                Err(file::FileError::TooBig(_)) => Err(ImportError::TooBig),
                Err(file::FileError::Unreadable) => Err(ImportError::Unreadable),
                Ok(bytes) => backup::parse_backup(&bytes, state.today.get_untracked()),
            };
            import.set(match result {
                Ok(preview) => Import::Preview(preview),
                Err(e) => Import::Failed(e),
            });
        });
    };
    let confirm = move |_| {
        if let Import::Preview(preview) = import.get_untracked() {
            state.progress.set(preview.progress);
            import.set(Import::Done);
        }
    };

    let message = move || {
        let ui = &t.ui;
        match import.get() {
            Import::Idle => None,
            Import::Done => Some((false, ui.import_done.to_owned())),
            Import::Preview(p) => Some((
                false,
                fill(
                    ui.import_preview,
                    &[
                        ("dates", &p.dates.to_string()),
                        ("ticks", &p.ticks.to_string()),
                    ],
                ),
            )),
            Import::Failed(e) => Some((
                true,
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
            )),
        }
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
            <Show when=move || state.storage.get() == StorageStatus::KeptAside>
                <p>
                    <button type="button" class="button button-quiet" on:click=export_aside>
                        {t.ui.storage_unreadable_export}
                    </button>
                </p>
            </Show>
            <div class="field">
                <label for="import-file">{t.ui.import_label}</label>
                <input id="import-file" type="file" accept="application/json,.json" on:change=on_file />
            </div>
            <div aria-live="polite">
                {move || {
                    message()
                        .map(|(is_error, text)| {
                            view! {
                                <p class=if is_error { "field-error" } else { "notice-ok" } role=is_error.then_some("alert")>
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
            <Show when=move || matches!(import.get(), Import::Preview(_))>
                <div class="button-row">
                    <button type="button" class="button" on:click=confirm>
                        {t.ui.import_confirm}
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| import.set(Import::Idle)>
                        {t.ui.import_cancel}
                    </button>
                </div>
            </Show>
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
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| {
                                done.set(false);
                                asking.set(true);
                            }
                        >
                            {t.ui.reset_button}
                        </button>
                    }
                }
            >
                <p role="alert" class="field-error">{t.ui.reset_confirm}</p>
                <div class="button-row">
                    <button type="button" class="button button-danger" on:click=reset>
                        {t.ui.reset_yes}
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| asking.set(false)>
                        {t.ui.import_cancel}
                    </button>
                </div>
            </Show>
            <Show when=move || done.get()>
                <p class="notice-ok" role="status">{t.ui.reset_done}</p>
            </Show>
        </section>
    }
}
