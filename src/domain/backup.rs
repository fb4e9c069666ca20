//! Backup files: export is the stored document; import validates everything before anything is replaced.

use chrono::NaiveDate;

use super::journey::StageId;
use super::milestones::{validate, MilestoneField, Problem};
use super::progress::{decode, encode, is_done_mark, DecodeError, Progress};

/// Larger than any real backup (a full one is about 1 KB) and small enough to parse instantly on a phone.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024;

/// Why a file cannot be imported. Nothing is changed in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is larger than {MAX_BACKUP_BYTES} bytes")]
    TooBig,
    /// The browser could not read the file, or it is not text (UTF-8, or UTF-16 with a byte-order mark).
    #[error("the file could not be read as text")]
    Unreadable,
    #[error("the file is not JSON")]
    NotJson,
    #[error("the file is not a My Number Guide backup")]
    NotOurs,
    #[error("the backup was made by a newer version (schema {0})")]
    FromTheFuture(u32),
    #[error("the backup has an impossible date in {0:?}")]
    BadDate(MilestoneField),
}

/// A valid backup, and what it holds, to show before the user confirms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub progress: Progress,
    pub dates: usize,
    pub ticks: usize,
}

/// The backup file's text: the same versioned document as in storage.
pub fn export(progress: &Progress) -> String {
    encode(progress)
}

/// Checks a file completely: size, JSON, schema and version, types, tick ids, and every date.
/// `today` is needed because dates of things that happened cannot be in the future.
pub fn parse_backup(bytes: &[u8], today: NaiveDate) -> Result<ImportPreview, ImportError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooBig);
    }
    let text = text_of(bytes).ok_or(ImportError::Unreadable)?;
    let progress = decode(&text).map_err(|e| match e {
        DecodeError::NotJson => ImportError::NotJson,
        DecodeError::NotOurSchema => ImportError::NotOurs,
        DecodeError::FromTheFuture(v) => ImportError::FromTheFuture(v),
    })?;
    if !progress.ticks.iter().all(|id| is_tick_id(id)) {
        return Err(ImportError::NotOurs);
    }
    // Out-of-range years are refused; order problems (e.g. registered before moving in) are kept, as the
    // app shows them as messages on the stage pages anyway.
    if let Some(error) = validate(&progress.milestones, today)
        .into_iter()
        .find(|e| e.problem == Problem::OutOfRange)
    {
        return Err(ImportError::BadDate(error.field));
    }
    let dates = MilestoneField::ALL
        .iter()
        .filter(|f| progress.milestones.get(**f).is_some())
        .count();
    let ticks = progress.ticks.len();
    Ok(ImportPreview {
        progress,
        dates,
        ticks,
    })
}

/// The file's text: UTF-8 (a byte-order mark is skipped by `decode`), or UTF-16 with a byte-order mark,
/// as some editors save "Unicode" text.
fn text_of(bytes: &[u8]) -> Option<String> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|pair| <[u8; 2]>::try_from(pair).map(unit))
            .collect::<Result<_, _>>()
            .ok()?;
        String::from_utf16(&units).ok()
    };
    match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => String::from_utf8(bytes.to_vec()).ok(),
    }
}

/// "register.bring.0": a known stage, a known list, a small index; or a done mark
/// ("done.report-new-address.2027-03-20").
fn is_tick_id(id: &str) -> bool {
    if is_done_mark(id) {
        return true;
    }
    let mut parts = id.split('.');
    let (Some(stage), Some(list), Some(index), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    StageId::from_slug(stage).is_some()
        && matches!(list, "bring" | "todo")
        && index.len() <= 2
        && index.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::StageId;
    use crate::domain::progress::{Checklist, Tick};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn today() -> NaiveDate {
        date(2026, 11, 24)
    }

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.milestones.moved_in = Some(date(2026, 4, 1));
        p.milestones.registered = Some(date(2026, 4, 3));
        p.milestones.departure = Some(date(2028, 3, 20));
        p.set_tick(
            Tick {
                stage: StageId::Register,
                list: Checklist::Bring,
                index: 0,
            },
            true,
        );
        p
    }

    #[test]
    fn an_exported_backup_imports_exactly_with_a_preview_of_what_it_holds() {
        let preview = parse_backup(export(&sample()).as_bytes(), today()).unwrap();
        assert_eq!(preview.progress, sample());
        assert_eq!((preview.dates, preview.ticks), (3, 1));
    }

    #[test]
    fn a_truncated_file_is_not_json() {
        let text = export(&sample());
        assert_eq!(
            parse_backup(&text.as_bytes()[..text.len() / 2], today()),
            Err(ImportError::NotJson)
        );
        assert_eq!(parse_backup(b"", today()), Err(ImportError::NotJson));
    }

    #[test]
    fn a_file_that_is_not_text_is_unreadable_not_json() {
        assert_eq!(
            parse_backup(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a], today()),
            Err(ImportError::Unreadable)
        );
        // An odd number of bytes after a UTF-16 byte-order mark.
        assert_eq!(
            parse_backup(&[0xff, 0xfe, 0x00], today()),
            Err(ImportError::Unreadable)
        );
    }

    #[test]
    fn a_backup_saved_by_a_text_editor_with_a_byte_order_mark_imports() {
        let text = export(&sample());
        let utf8_bom = [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat();
        let utf16le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [utf8_bom, utf16le, utf16be] {
            assert_eq!(
                parse_backup(&bytes, today()).map(|p| p.progress),
                Ok(sample())
            );
        }
    }

    #[test]
    fn wrong_types_are_not_our_backup() {
        for text in [
            r#"{"version":1,"milestones":{"moved_in":20260401}}"#,
            r#"{"version":1,"milestones":{"moved_in":"2026-02-30"}}"#,
            r#"{"version":1,"ticks":{"a":1}}"#,
            r#"{"version":"1"}"#,
            r#"{"version":1,"settings":{"lang":"fr"}}"#,
            r#"{"version":1,"ticks":["../../etc"]}"#,
            r#"{"version":1,"ticks":["register.bring.999"]}"#,
            r#"{"version":1,"ticks":["nowhere.bring.0"]}"#,
            r#"{"version":1,"ticks":["done.anything.2027-03-20"]}"#,
            r#"{"version":1,"milestones":{"application_method":"pigeon"}}"#,
            "null",
            "\"hello\"",
        ] {
            assert_eq!(
                parse_backup(text.as_bytes(), today()),
                Err(ImportError::NotOurs),
                "{text}"
            );
        }
    }

    #[test]
    fn a_task_marked_done_on_the_plan_survives_a_backup() {
        let text = r#"{"version":1,"milestones":{"moved_within_japan":"2026-10-01"},"ticks":["done.report-new-address.2026-10-01"]}"#;
        let preview = parse_backup(text.as_bytes(), today()).expect("a valid backup");
        assert!(preview
            .progress
            .is_marked_done(crate::domain::plan::Task::ReportNewAddress));
    }

    #[test]
    fn huge_files_are_refused_before_parsing() {
        let huge = format!(
            r#"{{"version":1,"pad":"{}"}}"#,
            "x".repeat(MAX_BACKUP_BYTES)
        );
        assert_eq!(
            parse_backup(huge.as_bytes(), today()),
            Err(ImportError::TooBig)
        );
    }

    #[test]
    fn unknown_future_versions_are_refused() {
        assert_eq!(
            parse_backup(br#"{"version":3}"#, today()),
            Err(ImportError::FromTheFuture(3))
        );
        assert_eq!(
            parse_backup(br#"{"version":0}"#, today()),
            Err(ImportError::NotOurs)
        );
    }

    #[test]
    fn dates_out_of_range_name_the_field() {
        let text = r#"{"version":1,"milestones":{"departure":"2999-01-01"}}"#;
        assert_eq!(
            parse_backup(text.as_bytes(), today()),
            Err(ImportError::BadDate(MilestoneField::Departure))
        );
        let text = r#"{"version":1,"milestones":{"moved_in":"1900-01-01"}}"#;
        assert_eq!(
            parse_backup(text.as_bytes(), today()),
            Err(ImportError::BadDate(MilestoneField::MovedIn))
        );
    }

    #[test]
    fn the_version_1_fixture_imports_into_version_2_with_every_date_and_tick() {
        let text = include_str!("../../tests/fixtures/progress-v1.json");
        let p = parse_backup(text.as_bytes(), today()).unwrap().progress;
        let m = &p.milestones;
        assert_eq!(m.moved_in, Some(date(2026, 4, 1)));
        assert_eq!(m.registered, Some(date(2026, 4, 3)));
        assert_eq!(m.letter_received, Some(date(2026, 4, 24)));
        assert_eq!(m.photo_taken, Some(date(2026, 4, 20)));
        assert_eq!(m.applied, Some(date(2026, 4, 25)));
        assert_eq!(
            m.application_method,
            Some(crate::domain::milestones::ApplicationMethod::Online)
        );
        assert_eq!(m.notice_received, Some(date(2026, 6, 1)));
        assert_eq!(m.collection_deadline, Some(date(2026, 8, 31)));
        assert_eq!(m.card_collected, Some(date(2026, 6, 10)));
        assert_eq!(m.residence_expiry, Some(date(2027, 10, 1)));
        assert_eq!(m.departure, Some(date(2028, 3, 20)));
        assert_eq!(m.moved_within_japan, None);
        assert_eq!(m.residence_card_lost, None);
        // New in version 2: not entered (the card's printed expiry is asked for, not guessed: R7).
        assert_eq!(
            (m.card_expiry, m.move_out_planned, m.reported_new_address),
            (None, None, None)
        );
        assert_eq!(
            m.registration,
            crate::domain::milestones::RegistrationKind::FirstAfterArrival
        );
        // "Pension lump sum claimed" was ticked by its position; it is now the task's mark.
        assert_eq!(
            p.ticks.iter().cloned().collect::<Vec<_>>(),
            vec!["done.pension-claim", "register.bring.0"]
        );
        assert!(p.is_marked_done(crate::domain::plan::Task::PensionClaim));
        assert_eq!(p.version, 2);
        assert_eq!(p.settings.lang, Some(crate::domain::language::Lang::Ne));
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_import_parser_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = parse_backup(&bytes, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        }

        #[test]
        fn the_import_parser_never_panics_on_json_like_text(text in r#"\{"version":[0-9]{1,3}(,"(milestones|ticks|settings)":.{0,40})?\}"#) {
            let _ = parse_backup(text.as_bytes(), NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        }
    }
}
