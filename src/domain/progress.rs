//! The stored progress: one versioned JSON document holding the user's dates, checklist ticks and settings.
//! The My Number itself is never part of it (FACTS: "must never store, log or send it").

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::departure::{countdown_with_done, Countdown};
use super::journey::StageId;
use super::language::Lang;
use super::milestones::Milestones;
use super::plan::{plan_with_done, Plan, Task};

/// The schema version written by this build. Bump it with a migration step for every change of shape.
pub const SCHEMA_VERSION: u32 = 1;

/// One step per past schema version: `MIGRATIONS[n - 1]` turns a version-`n` document into version `n + 1`.
/// Every schema change adds a step here and a fixture of the old version under `tests/fixtures/`
/// (`progress-v<n>.json`) with a test that loads it and checks every field.
type Migration = fn(serde_json::Value) -> serde_json::Value;
const MIGRATIONS: &[Migration] = &[];
const _: () = assert!(
    MIGRATIONS.len() as u32 == SCHEMA_VERSION - 1,
    "one migration per past version"
);

/// Brings a document of any known version up to [`SCHEMA_VERSION`].
fn migrate(mut value: serde_json::Value, from: u32) -> serde_json::Value {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    if let Some(version) = value.get_mut("version") {
        *version = SCHEMA_VERSION.into();
    }
    value
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default)]
    pub milestones: Milestones,
    /// Ticked checklist items, as [`Tick`] ids ("register.bring.0").
    #[serde(default)]
    pub ticks: BTreeSet<String>,
    #[serde(default)]
    pub settings: Settings,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: SCHEMA_VERSION,
            milestones: Milestones::default(),
            ticks: BTreeSet::new(),
            settings: Settings::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The chosen UI language; `None` follows the device's languages.
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Which list of a stage a checklist item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checklist {
    Bring,
    Todo,
}

/// One checklist item: stored by stage, list and position, so ticks survive a change of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    pub stage: StageId,
    pub list: Checklist,
    pub index: usize,
}

impl Tick {
    pub fn id(self) -> String {
        let list = match self.list {
            Checklist::Bring => "bring",
            Checklist::Todo => "todo",
        };
        format!("{}.{list}.{}", self.stage.slug(), self.index)
    }
}

/// Leaving tasks that have no date of their own are done when ticked on the "Leave Japan" checklist
/// (positions in its `todo` list).
const LEAVE_CHECKLIST_TASKS: [(usize, Task); 5] = [
    (0, Task::MoveOutNotice),
    (1, Task::ReturnCard),
    (2, Task::SettleNhi),
    (3, Task::ResidentTax),
    (5, Task::PensionClaim),
];

impl Progress {
    /// Tasks the user marked done on a checklist.
    pub fn done_tasks(&self) -> Vec<Task> {
        LEAVE_CHECKLIST_TASKS
            .iter()
            .filter(|(index, _)| {
                self.is_ticked(Tick {
                    stage: StageId::Leave,
                    list: Checklist::Todo,
                    index: *index,
                })
            })
            .map(|(_, task)| *task)
            .collect()
    }

    pub fn plan(&self, today: NaiveDate) -> Plan {
        plan_with_done(&self.milestones, &self.done_tasks(), today)
    }

    pub fn countdown(&self, today: NaiveDate) -> Option<Countdown> {
        countdown_with_done(&self.milestones, &self.done_tasks(), today)
    }

    pub fn is_ticked(&self, tick: Tick) -> bool {
        self.ticks.contains(&tick.id())
    }

    pub fn set_tick(&mut self, tick: Tick, on: bool) {
        if on {
            self.ticks.insert(tick.id());
        } else {
            self.ticks.remove(&tick.id());
        }
    }
}

/// Why stored or imported data could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the data is not valid JSON")]
    NotJson,
    #[error("the data is not My Number Guide progress")]
    NotOurSchema,
    #[error("the data was written by a newer version of the app (schema {0})")]
    FromTheFuture(u32),
}

/// Reads a stored document of any known schema version.
pub fn decode(json: &str) -> Result<Progress, DecodeError> {
    serde_json::from_str::<serde::de::IgnoredAny>(json).map_err(|_| DecodeError::NotJson)?;
    let version = serde_json::from_str::<VersionProbe>(json)
        .ok()
        .and_then(|probe| probe.version)
        .ok_or(DecodeError::NotOurSchema)?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::FromTheFuture(version));
    }
    if version == 0 {
        return Err(DecodeError::NotOurSchema);
    }
    // The generic JSON tree is needed only to migrate an older document; while there is no older schema
    // this branch is compiled out, which keeps `serde_json::Value` out of the wasm.
    if SCHEMA_VERSION > 1 && version < SCHEMA_VERSION {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|_| DecodeError::NotJson)?;
        return serde_json::from_value(migrate(value, version))
            .map_err(|_| DecodeError::NotOurSchema);
    }
    serde_json::from_str(json).map_err(|_| DecodeError::NotOurSchema)
}

/// Just the schema version of a stored document.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<u32>,
}

/// The stored form of `progress`.
pub fn encode(progress: &Progress) -> String {
    // Serialising plain structs of strings, dates and sets cannot fail; an empty document would be
    // rejected on the next load rather than silently accepted.
    serde_json::to_string(progress).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn progress_round_trips_through_its_stored_form() {
        let mut progress = Progress::default();
        progress.milestones.moved_in = Some(date(2026, 4, 1));
        progress.milestones.departure = Some(date(2028, 3, 20));
        progress.set_tick(
            Tick {
                stage: StageId::Register,
                list: Checklist::Bring,
                index: 1,
            },
            true,
        );
        progress.settings.lang = Some(Lang::Vi);
        let json = encode(&progress);
        assert!(json.contains("\"version\":1"));
        assert!(json.contains("\"register.bring.1\""));
        assert!(json.contains("2026-04-01"));
        assert_eq!(decode(&json), Ok(progress));
    }

    #[test]
    fn ticks_can_be_set_and_cleared() {
        let tick = Tick {
            stage: StageId::Leave,
            list: Checklist::Todo,
            index: 3,
        };
        let mut progress = Progress::default();
        assert!(!progress.is_ticked(tick));
        progress.set_tick(tick, true);
        assert!(progress.is_ticked(tick));
        assert_eq!(tick.id(), "leave.todo.3");
        progress.set_tick(tick, false);
        assert!(!progress.is_ticked(tick));
    }

    #[test]
    fn unreadable_documents_are_rejected_with_the_reason() {
        assert_eq!(decode("{not json"), Err(DecodeError::NotJson));
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotOurSchema));
        assert_eq!(
            decode(r#"{"milestones":{}}"#),
            Err(DecodeError::NotOurSchema)
        );
        assert_eq!(decode(r#"{"version":0}"#), Err(DecodeError::NotOurSchema));
        assert_eq!(
            decode(r#"{"version":99}"#),
            Err(DecodeError::FromTheFuture(99))
        );
        assert_eq!(
            decode(r#"{"version":1,"ticks":"x"}"#),
            Err(DecodeError::NotOurSchema)
        );
        assert_eq!(
            decode(r#"{"version":1,"milestones":{"moved_in":"2026-02-30"}}"#),
            Err(DecodeError::NotOurSchema)
        );
    }

    #[test]
    fn ticking_a_leaving_task_on_the_checklist_marks_it_done_in_the_plan() {
        use crate::domain::plan::Status;
        let mut progress = Progress::default();
        progress.milestones.departure = Some(date(2026, 5, 5));
        let today = date(2026, 4, 25);
        let status = |p: &Progress, task| {
            p.plan(today)
                .items
                .iter()
                .find(|i| i.task == task)
                .map(|i| i.status)
        };
        assert_eq!(status(&progress, Task::ReturnCard), Some(Status::DueSoon));
        progress.set_tick(
            Tick {
                stage: StageId::Leave,
                list: Checklist::Todo,
                index: 1,
            },
            true,
        );
        assert_eq!(status(&progress, Task::ReturnCard), Some(Status::Done));
        assert_eq!(
            progress.countdown(today).map(|c| c
                .tasks
                .iter()
                .filter(|i| i.status == Status::Done)
                .count()),
            Some(1)
        );
    }

    #[test]
    fn a_minimal_version_1_document_loads_with_defaults() {
        let progress = decode(r#"{"version":1}"#).unwrap();
        assert_eq!(progress, Progress::default());
    }
}
