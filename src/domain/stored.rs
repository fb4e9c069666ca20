//! The stored document (in `localStorage` and in backup files) as serde types, read and written with
//! serde_json, and the migrations between its versions.
//!
//! Reading is strict, because a backup is a file from outside: every member the app knows must have its
//! type (dates as "YYYY-MM-DD" that exist, known method and language ids), objects must be objects
//! (serde would otherwise accept an array in place of a struct), a repeated member is refused, and
//! serde_json bounds the nesting depth. Members the app does not know are ignored, so a document of the
//! same version written by a later build still loads.

use std::collections::BTreeSet;
use std::marker::PhantomData;

use chrono::NaiveDate;
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calendar::{parse_ymd, to_iso};
use super::language::Lang;
use super::milestones::{ApplicationMethod, Milestones, RegistrationKind};
use super::progress::{Progress, Settings};
use super::reached::Reached;

/// The schema version written by this build. Bump it with a migration step for every change of shape,
/// and keep a fixture of the old version under `tests/fixtures/` (`progress-v<n>.json`) with a test
/// that loads it and checks every field.
pub const SCHEMA_VERSION: u32 = 2;

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

/// Reads a stored document of any known schema version. A leading byte-order mark (as some text editors
/// write) is ignored.
pub fn decode(text: &str) -> Result<Progress, DecodeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Object(Versioned { version }) = read::<Object<Versioned>>(text)?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::FromTheFuture(version));
    }
    if version == 0 {
        return Err(DecodeError::NotOurSchema);
    }
    let Object(mut document) = read::<Object<Document>>(text)?;
    for step in MIGRATIONS.iter().skip(version as usize - 1) {
        step(&mut document);
    }
    Ok(document.into_progress())
}

/// The stored form of `progress`. Every member is written (null when not entered; the first-visit answer
/// only once given), so older and newer versions of the app read the same document.
pub fn encode(progress: &Progress) -> String {
    // Without `expect`, which would keep serde_json's error formatting in the wasm for a case that
    // cannot happen.
    serde_json::to_string(&Document::from_progress(progress)).unwrap_or_else(|_| {
        unreachable!("a document of strings, dates and sets always serialises (string keys only)")
    })
}

/// The document as it is stored, for writers that serialise it themselves (gloo-storage's typed API).
pub fn document(progress: &Progress) -> impl Serialize {
    Document::from_progress(progress)
}

/// Parses `text` as `T`: a syntax error (or a truncated text) is [`DecodeError::NotJson`], valid JSON of
/// another shape is [`DecodeError::NotOurSchema`]. serde stops at the first wrong member, possibly before
/// a later syntax error, so a shape error is only reported once the whole text is known to be JSON.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Data if serde_json::from_str::<IgnoredAny>(text).is_ok() => {
            DecodeError::NotOurSchema
        }
        _ => DecodeError::NotJson,
    })
}

/// Just the version, read first: a newer document is refused as "from the future" whatever its shape.
#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

/// One step per past schema version: `MIGRATIONS[n - 1]` turns a version-`n` document into version
/// `n + 1`. Version 2 only added members (absent in version 1, so read as "not entered"), and changed
/// how checklist ticks mark plan tasks done.
const MIGRATIONS: &[fn(&mut Document)] = &[v1_to_v2];
const _: () = assert!(
    MIGRATIONS.len() as u32 == SCHEMA_VERSION - 1,
    "one migration per past version"
);

/// Version 1 marked a leaving task done by the position of its "Leave Japan" checklist item
/// ("leave.todo.1"); version 2 has one kind of mark for every task ("done.return-card"). And "extended the
/// card" was a mark for the residence-card expiry; the card's own expiry now says it (R7, R9), so the
/// mark becomes the "Keep it valid" checklist item it was ticked as.
fn v1_to_v2(document: &mut Document) {
    // Inserted one by one: `collect` into a set sorts first, which brings the standard library's general
    // sort (about 3 KB) into the wasm for a list of a few dozen marks.
    for tick in std::mem::take(&mut document.ticks) {
        let tick = if let Some(mark) = super::progress::leave_tick_v1_as_mark(&tick) {
            mark
        } else if tick.starts_with("done.extend-card.") {
            "keep-valid.todo.1".to_owned()
        } else {
            tick
        };
        document.ticks.insert(tick);
    }
}

/// `{"version":2,"milestones":{"moved_in":"2026-04-01",…,"application_method":"online",
/// "registration":"first-after-arrival"},"ticks":["register.bring.0","done.return-card",…],
/// "settings":{"lang":"ja"}}`. Absent members mean "not entered" (version 1 had no card expiry, move-out or
/// report dates, nor a registration kind).
#[derive(Serialize, Deserialize)]
struct Document {
    version: u32,
    #[serde(default)]
    milestones: Object<StoredMilestones>,
    #[serde(default)]
    ticks: BTreeSet<String>,
    #[serde(default)]
    settings: Object<SettingsV1>,
}

/// The dates in the order the app has always written them, then the ones version 2 added, then the
/// choices.
#[derive(Default, Serialize, Deserialize)]
struct StoredMilestones {
    #[serde(default, with = "iso_date")]
    moved_in: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    registered: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    letter_received: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    photo_taken: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    applied: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    notice_received: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    collection_deadline: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    card_collected: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    residence_expiry: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    departure: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    moved_within_japan: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    residence_card_lost: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    card_expiry: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    move_out_planned: Option<NaiveDate>,
    #[serde(default, with = "iso_date")]
    reported_new_address: Option<NaiveDate>,
    #[serde(default, with = "method_slug")]
    application_method: Option<ApplicationMethod>,
    #[serde(default, with = "registration_slug")]
    registration: RegistrationKind,
    /// The first-visit answer (issue 13 §3), added within version 2: absent means not asked yet, and it
    /// is written only when given, so a document without it stays byte for byte as before.
    #[serde(
        default,
        with = "reached_slug",
        skip_serializing_if = "Option::is_none"
    )]
    reached: Option<Reached>,
}

#[derive(Default, Serialize, Deserialize)]
struct SettingsV1 {
    #[serde(default, with = "lang_tag")]
    lang: Option<Lang>,
}

impl Document {
    fn from_progress(progress: &Progress) -> Document {
        let m = &progress.milestones;
        Document {
            version: SCHEMA_VERSION,
            milestones: Object(StoredMilestones {
                moved_in: m.moved_in,
                registered: m.registered,
                letter_received: m.letter_received,
                photo_taken: m.photo_taken,
                applied: m.applied,
                notice_received: m.notice_received,
                collection_deadline: m.collection_deadline,
                card_collected: m.card_collected,
                residence_expiry: m.residence_expiry,
                departure: m.departure,
                moved_within_japan: m.moved_within_japan,
                residence_card_lost: m.residence_card_lost,
                card_expiry: m.card_expiry,
                move_out_planned: m.move_out_planned,
                reported_new_address: m.reported_new_address,
                application_method: m.application_method,
                registration: m.registration,
                reached: m.reached,
            }),
            ticks: progress.ticks.clone(),
            settings: Object(SettingsV1 {
                lang: progress.settings.lang,
            }),
        }
    }

    fn into_progress(self) -> Progress {
        let Object(m) = self.milestones;
        Progress {
            version: SCHEMA_VERSION,
            milestones: Milestones {
                moved_in: m.moved_in,
                registered: m.registered,
                letter_received: m.letter_received,
                photo_taken: m.photo_taken,
                applied: m.applied,
                application_method: m.application_method,
                notice_received: m.notice_received,
                collection_deadline: m.collection_deadline,
                card_collected: m.card_collected,
                residence_expiry: m.residence_expiry,
                departure: m.departure,
                moved_within_japan: m.moved_within_japan,
                residence_card_lost: m.residence_card_lost,
                card_expiry: m.card_expiry,
                move_out_planned: m.move_out_planned,
                reported_new_address: m.reported_new_address,
                registration: m.registration,
                reached: m.reached,
            },
            ticks: self.ticks,
            settings: Settings {
                lang: self.settings.0.lang,
            },
        }
    }
}

/// A member that must be a JSON object. Derived struct deserialisers also accept an array of the
/// members' values in order (`"milestones":[]`); the stored document never has one, so it is refused.
#[derive(Default)]
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(ObjectVisitor(PhantomData))
            .map(Object)
    }
}

impl<T: Serialize> Serialize for Object<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// `Option<T>` stored as a string id (or null), read with `parse` and written with `show`.
fn read_text<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    parse: fn(&str) -> Option<T>,
    what: &'static str,
) -> Result<Option<T>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse(&text)
            .map(Some)
            .ok_or_else(|| de::Error::invalid_value(de::Unexpected::Str(&text), &what)),
    }
}

fn write_text<S: Serializer>(text: Option<&str>, serializer: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_str(text),
        None => serializer.serialize_none(),
    }
}

/// Dates as "YYYY-MM-DD" (days that exist only); chrono's own serde support would pull in its general
/// parser and formatter (about 17 KB gzipped).
mod iso_date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        write_text(date.map(to_iso).as_deref(), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        read_text(d, |text| parse_ymd(text).ok(), "a date written YYYY-MM-DD")
    }
}

mod method_slug {
    use super::*;

    pub fn serialize<S: Serializer>(
        m: &Option<ApplicationMethod>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        write_text(m.map(ApplicationMethod::slug), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<ApplicationMethod>, D::Error> {
        read_text(d, ApplicationMethod::from_slug, "an application method")
    }
}

mod registration_slug {
    use super::*;

    pub fn serialize<S: Serializer>(kind: &RegistrationKind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(kind.slug())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<RegistrationKind, D::Error> {
        read_text(d, RegistrationKind::from_slug, "a registration kind")
            .map(Option::unwrap_or_default)
    }
}

mod reached_slug {
    use super::*;

    pub fn serialize<S: Serializer>(r: &Option<Reached>, s: S) -> Result<S::Ok, S::Error> {
        write_text(r.map(Reached::slug), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Reached>, D::Error> {
        read_text(d, Reached::from_slug, "a step of the journey")
    }
}

mod lang_tag {
    use super::*;

    pub fn serialize<S: Serializer>(lang: &Option<Lang>, s: S) -> Result<S::Ok, S::Error> {
        write_text(lang.map(Lang::tag), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
        read_text(d, Lang::from_tag, "a language tag")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_2_fixture_round_trips_byte_for_byte_in_its_compact_form() {
        let fixture = include_str!("../../tests/fixtures/progress-v2.json");
        let progress = decode(fixture).expect("the v2 fixture");
        let m = &progress.milestones;
        assert_eq!(m.card_expiry, NaiveDate::from_ymd_opt(2027, 3, 31));
        assert_eq!(m.residence_expiry, NaiveDate::from_ymd_opt(2029, 3, 31));
        assert_eq!(m.move_out_planned, NaiveDate::from_ymd_opt(2026, 9, 28));
        assert_eq!(m.reported_new_address, NaiveDate::from_ymd_opt(2026, 10, 5));
        assert_eq!(m.registration, RegistrationKind::AfterMoveWithinJapan);
        let compact: String = fixture.split_whitespace().collect();
        assert_eq!(encode(&progress), compact);
    }

    #[test]
    fn version_1_marks_become_version_2_marks_and_nothing_is_lost() {
        let v1 = r#"{"version":1,"milestones":{"residence_expiry":"2027-06-30"},"ticks":["leave.todo.0","leave.todo.1","leave.todo.2","leave.todo.3","leave.todo.4","leave.todo.5","done.renew-residence.2027-06-30","done.extend-card.2027-06-30","keep-valid.todo.2"]}"#;
        let progress = decode(v1).unwrap();
        assert_eq!(
            progress
                .ticks
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            vec![
                "done.move-out-notice",
                "done.pension-claim",
                "done.renew-residence.2027-06-30",
                "done.resident-tax",
                "done.return-card",
                "done.settle-nhi",
                "keep-valid.todo.1",
                "keep-valid.todo.2",
                "leave.todo.4",
            ]
        );
        assert_eq!(progress.version, SCHEMA_VERSION);
        assert_eq!(decode(&encode(&progress)), Ok(progress));
    }

    #[test]
    fn the_first_visit_answer_round_trips_and_its_absence_reads_as_not_asked() {
        for answer in Reached::ALL {
            let mut progress = Progress::default();
            progress.milestones.reached = Some(answer);
            let json = encode(&progress);
            assert!(
                json.contains(&format!(r#""reached":"{}""#, answer.slug())),
                "{json}"
            );
            assert_eq!(decode(&json), Ok(progress));
        }
        // Not asked yet: nothing is written, and a document without it (or with null) reads as not asked.
        assert!(!encode(&Progress::default()).contains("reached"));
        for text in [
            r#"{"version":2,"milestones":{}}"#,
            r#"{"version":2,"milestones":{"reached":null}}"#,
            r#"{"version":1,"milestones":{"moved_in":"2026-04-01"}}"#,
        ] {
            assert_eq!(
                decode(text).map(|p| p.milestones.reached),
                Ok(None),
                "{text}"
            );
        }
        assert_eq!(
            decode(r#"{"version":2,"milestones":{"reached":"have-card"}}"#)
                .map(|p| p.milestones.reached),
            Ok(Some(Reached::HaveCard))
        );
        for bad in [
            r#"{"version":2,"milestones":{"reached":"on the moon"}}"#,
            r#"{"version":2,"milestones":{"reached":3}}"#,
        ] {
            assert_eq!(decode(bad), Err(DecodeError::NotOurSchema), "{bad}");
        }
    }

    #[test]
    fn a_byte_order_mark_before_the_document_is_ignored() {
        let text = format!("\u{feff}{}", encode(&Progress::default()));
        assert_eq!(decode(&text), Ok(Progress::default()));
    }

    #[test]
    fn arrays_in_place_of_objects_are_not_our_schema() {
        for bad in [
            "[1]",
            r#"{"version":1,"milestones":[]}"#,
            r#"{"version":1,"milestones":[null,null]}"#,
            r#"{"version":1,"settings":[null]}"#,
        ] {
            assert_eq!(decode(bad), Err(DecodeError::NotOurSchema), "{bad}");
        }
    }

    #[test]
    fn a_wrong_member_before_a_syntax_error_is_still_not_json() {
        assert_eq!(
            decode(r#"{"version":1,"milestones":{"moved_in":"2026-02-30"},"#),
            Err(DecodeError::NotJson)
        );
        assert_eq!(decode(r#"{"version":99,"x":"#), Err(DecodeError::NotJson));
    }

    #[test]
    fn deep_nesting_never_overflows_the_stack() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        // In a member the app knows, it is the wrong type; in one it does not know, it is skipped.
        assert_eq!(
            decode(&format!(r#"{{"version":1,"ticks":{}}}"#, nested(100_000))),
            Err(DecodeError::NotOurSchema)
        );
        assert_eq!(
            decode(&format!(r#"{{"version":1,"x":{}}}"#, nested(100_000))),
            Ok(Progress::default())
        );
    }
}
