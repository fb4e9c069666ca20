//! The app's state: the user's progress (owned here, saved by one effect), today's date (turning at
//! midnight), the plan worked out from both, the language, and what the browser reports (storage,
//! network, updates, address).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::language::Lang;
use crate::domain::plan::Plan;
use crate::domain::progress::{DecodeError, Progress};
use crate::domain::route::Route;
use crate::i18n::{self, Texts};
use crate::platform::storage::{self, Loaded, StorageError};
use crate::platform::{clock, document, lang_pack, location, service_worker};

/// Whether the user's changes are being kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Saving,
    /// The browser refuses storage: the app runs in memory only.
    Unavailable,
    /// The last save failed; the stored copy is the one before it.
    Failed(StorageError),
    /// Stored data could not be read; a copy was kept aside (exportable) and the app started afresh.
    KeptAside,
    /// Stored data could not be read nor copied aside: the app does not save over it.
    Unreadable,
    /// Stored data comes from a newer app version: kept as it is, the app does not save over it.
    FromTheFuture,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<Progress>,
    /// The device's date: it turns at local midnight and is read again whenever the page is shown.
    pub today: ReadSignal<NaiveDate>,
    /// The plan for `progress` on `today`, worked out once for every screen.
    pub plan: Memo<Plan>,
    pub storage: RwSignal<StorageStatus>,
    /// The language the app is shown in: the chosen one once its texts are here; until then English if
    /// its pack is here, else the language the app started in (`i18n::shown`).
    pub lang: Memo<Lang>,
    /// A language whose pack could not be downloaded (offline on first use): the stored or device
    /// language at start, or one just chosen (then equal to `lang_wanted`).
    pub lang_missing: RwSignal<Option<Lang>>,
    /// A language just chosen whose pack is not on the device yet: it is stored as the choice only once
    /// its pack has arrived, so a failed download leaves the app, and the next start, as they were.
    pub lang_wanted: RwSignal<Option<Lang>>,
    /// Bumped to try downloading a missing language again.
    pub lang_retry: RwSignal<u32>,
    /// Whether the browser says it is online (the app works the same either way).
    pub online: RwSignal<bool>,
    /// A new version of the app is installed and waiting for the user's "Reload".
    pub update_ready: RwSignal<bool>,
    /// The screen shown, following the address bar.
    pub route: RwSignal<Route>,
}

impl AppState {
    /// Starts from what storage held and keeps every change. Call once, at the root.
    pub fn start(loaded: Loaded) -> AppState {
        let (initial, status) = first_state(loaded);
        let progress = RwSignal::new(initial);
        let storage = RwSignal::new(status);
        save_every_change(progress, storage);
        let today = follow_today();
        let plan = Memo::new(move |_| progress.with(|p| p.plan(today.get())));
        let online = follow_online();
        let language = follow_language(progress, online);
        AppState {
            progress,
            today,
            plan,
            storage,
            lang: language.shown,
            lang_missing: language.missing,
            lang_wanted: language.wanted,
            lang_retry: language.retry,
            online,
            update_ready: watch_for_update(),
            route: follow_route(),
        }
    }
}

impl AppState {
    /// The user picks a language: shown and stored at once if its texts are here, otherwise downloaded
    /// first (see `follow_language`).
    pub fn choose_language(self, lang: Lang) {
        if i18n::is_available(lang) {
            self.lang_wanted.set(None);
            self.progress.update(|p| p.settings.lang = Some(lang));
        } else {
            self.lang_wanted.set(Some(lang));
        }
    }
}

/// The progress to start from, and whether changes may be saved over what storage holds.
fn first_state(loaded: Loaded) -> (Progress, StorageStatus) {
    match loaded {
        Loaded::Nothing => (Progress::default(), StorageStatus::Saving),
        Loaded::Progress(p) => (p, StorageStatus::Saving),
        Loaded::Unavailable => (Progress::default(), StorageStatus::Unavailable),
        Loaded::Unreadable {
            error: DecodeError::FromTheFuture(_),
            ..
        } => (Progress::default(), StorageStatus::FromTheFuture),
        Loaded::Unreadable { raw, .. } => match storage::keep_aside(&raw) {
            Ok(()) => (Progress::default(), StorageStatus::KeptAside),
            Err(_) => (Progress::default(), StorageStatus::Unreadable),
        },
    }
}

/// The single place where state goes out to storage: every change after the start (what storage held
/// at the start is not written back).
fn save_every_change(progress: RwSignal<Progress>, status: RwSignal<StorageStatus>) {
    Effect::watch(
        move || progress.track(),
        move |_, _, _| {
            let current = status.get_untracked();
            if matches!(
                current,
                StorageStatus::Unavailable
                    | StorageStatus::Unreadable
                    | StorageStatus::FromTheFuture
            ) {
                return;
            }
            let next = match progress.with_untracked(storage::save) {
                // Keep telling the user their old data is aside until they have seen it.
                Ok(()) if current == StorageStatus::KeptAside => StorageStatus::KeptAside,
                Ok(()) => StorageStatus::Saving,
                Err(StorageError::Unavailable) => StorageStatus::Unavailable,
                Err(e) => StorageStatus::Failed(e),
            };
            if next != current {
                status.set(next);
            }
        },
        false,
    );
}

/// Today's date, turning at local midnight and read again whenever the page is shown (an installed app
/// stays open for days). Subscribers hear of it only when the date really changes.
fn follow_today() -> ReadSignal<NaiveDate> {
    let (today, set_today) = signal(clock::today());
    clock::watch_date(move |date| {
        set_today.maybe_update(|today| {
            let changed = *today != date;
            *today = date;
            changed
        })
    });
    today
}

/// Whether the browser says it is online, following its `online` and `offline` events.
fn follow_online() -> RwSignal<bool> {
    let online = RwSignal::new(true);
    online.set(service_worker::watch_online(move |now| online.set(now)));
    online
}

/// The language shown, and the download of a pack not on the device yet.
struct Language {
    shown: Memo<Lang>,
    missing: RwSignal<Option<Lang>>,
    wanted: RwSignal<Option<Lang>>,
    retry: RwSignal<u32>,
}

fn follow_language(progress: RwSignal<Progress>, online: RwSignal<bool>) -> Language {
    let device_lang = device_language();
    let chosen = Memo::new(move |_| progress.with(|p| p.settings.lang).unwrap_or(device_lang));
    let packs_installed = RwSignal::new(0u32);
    let shown = Memo::new(move |_| {
        packs_installed.track();
        i18n::shown(chosen.get())
    });
    let missing = RwSignal::new(None);
    let wanted = RwSignal::new(None::<Lang>);
    let retry = RwSignal::new(0u32);
    // What to download: a language just picked, else the stored (or device) one if it is not here.
    let target = move || wanted.get().unwrap_or_else(|| chosen.get());
    // Once its pack is here, a picked language becomes the stored choice.
    let arrived = move |lang: Lang| {
        missing.set(None);
        if wanted.get_untracked() == Some(lang) {
            wanted.set(None);
            progress.update(|p| p.settings.lang = Some(lang));
        }
    };
    Effect::new(move |_| {
        retry.track();
        // Coming back online is a good moment to try again.
        online.track();
        let wanted_now = target();
        if i18n::is_available(wanted_now) {
            arrived(wanted_now);
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = lang_pack::load(wanted_now).await;
            // The user may have picked another language meanwhile: only report on the current wish.
            if untrack(target) != wanted_now {
                return;
            }
            match loaded {
                Ok(()) => {
                    packs_installed.update(|n| *n += 1);
                    arrived(wanted_now);
                }
                Err(_) => missing.set(Some(wanted_now)),
            }
        });
    });
    Effect::new(move |_| document::set_html_lang(shown.get()));
    Language {
        shown,
        missing,
        wanted,
        retry,
    }
}

/// Registers the service worker; the flag turns on when a new version waits for the user's "Reload".
fn watch_for_update() -> RwSignal<bool> {
    let update_ready = RwSignal::new(false);
    leptos::task::spawn_local(service_worker::register(move || update_ready.set(true)));
    update_ready
}

/// The screen to show, following the address bar (Back and Forward included).
fn follow_route() -> RwSignal<Route> {
    let route = RwSignal::new(Route::parse(&location::current_path()));
    location::on_pop(move |path| route.set(Route::parse(&path)));
    route
}

fn device_language() -> Lang {
    Lang::best_match(document::device_languages().iter().map(String::as_str))
}

/// The language the app will start in: the stored choice, else the device's best match (as
/// `follow_language` chooses it). Known before mounting, so the first screen can wait for its pack.
pub fn starting_language(loaded: &Loaded) -> Lang {
    match loaded {
        Loaded::Progress(p) => p.settings.lang.unwrap_or_else(device_language),
        _ => device_language(),
    }
}

pub fn use_state() -> AppState {
    // Provided by `App` before any route renders; a missing context is a programming error.
    expect_context::<AppState>()
}

/// The language the current view was built in. The whole view is rebuilt when the language changes
/// (see `App`), so components read texts as plain values instead of one reactive closure per string,
/// which keeps the wasm small.
#[derive(Clone, Copy)]
pub struct Locale {
    pub lang: Lang,
    pub t: &'static Texts,
}

impl Locale {
    /// `lang`, or the language shown while its texts are missing.
    pub fn new(lang: Lang) -> Locale {
        let lang = i18n::shown(lang);
        Locale {
            lang,
            t: i18n::texts(lang),
        }
    }
}

pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale::new(Lang::En))
}

/// The texts of the current language.
pub fn use_texts() -> &'static Texts {
    use_locale().t
}
