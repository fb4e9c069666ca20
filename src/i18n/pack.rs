//! Language packs: every text of one language in one small file, so the app is built without any language's
//! texts and a phone downloads just the language its user reads (6–9 KiB gzipped each).
//!
//! The format is plain UTF-8: a header line `my-number-guide-texts <format> <language tag> <shape>`, then
//! every string of the language's [`Texts`] in a fixed order (UI keys in declaration order; per stage its
//! title, explanation, term meanings, what to bring, checklist, counter and tips; per task its title and
//! reason; per phrase card its title and meanings; then the seven weekday and twelve month names its dates
//! use, `dates::DateNames`), separated by U+001E (record separator). List lengths
//! come from English, which every language mirrors (checked by the i18n tests). `<shape>` fingerprints the
//! English keys and list lengths, so a pack written for another build is refused instead of putting texts
//! in the wrong places.

use std::cell::RefCell;

use super::dates::{self, DateNames};
use super::phrases::PhraseId;
use super::{PhraseText, StageText, TaskText, Texts, Ui};
use crate::domain::journey::StageId;
use crate::domain::language::Lang;
use crate::domain::plan::{Rule, Task};

const MAGIC: &str = "my-number-guide-texts";
const FORMAT: u32 = 1;
const SEPARATOR: char = '\u{1e}';

/// Why a pack cannot be used. The app then stays in the language it shows and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a language pack at all (an error page, an empty or damaged file).
    NotAPack,
    /// A pack for another language than the one asked for.
    WrongLanguage,
    /// A pack written by another version of the app.
    OtherBuild,
    /// Too few or too many texts.
    WrongLength,
}

/// The file name of `lang`'s pack, relative to the app's base URL.
pub fn path(lang: Lang) -> String {
    format!("lang/{}.txt", lang.tag())
}

/// Every string of `texts`, in pack order.
pub fn strings(texts: &Texts) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = texts.ui.texts().to_vec();
    for stage in &texts.stages {
        out.push(stage.title);
        out.push(stage.what);
        out.extend(stage.term_meanings);
        out.extend(stage.bring);
        out.extend(stage.todo);
        out.push(stage.counter);
        out.extend(stage.tips);
    }
    for task in &texts.tasks {
        out.push(task.title);
        out.push(task.reason);
    }
    for phrase in &texts.phrases {
        out.push(phrase.title);
        out.extend(phrase.meanings);
    }
    out.extend(texts.rules);
    out
}

/// The list lengths of the English table, which every language mirrors (checked by the i18n tests): how a
/// pack's strings are cut into lists. The compiler works them out, so the app carries these numbers but
/// not the English texts.
struct Shape {
    /// Per stage, in the order of [`StageId::ALL`]: term meanings, what to bring, checklist, tips.
    stages: [[usize; 4]; StageId::ALL.len()],
    /// Per phrase card, in the order of [`PhraseId::ALL`]: its meanings.
    phrases: [usize; PhraseId::ALL.len()],
}

const SHAPE: Shape = {
    let en = &super::en::TEXTS;
    let mut stages = [[0; 4]; StageId::ALL.len()];
    let mut i = 0;
    while i < stages.len() {
        let stage = &en.stages[i];
        stages[i] = [
            stage.term_meanings.len(),
            stage.bring.len(),
            stage.todo.len(),
            stage.tips.len(),
        ];
        i += 1;
    }
    let mut phrases = [0; PhraseId::ALL.len()];
    let mut i = 0;
    while i < phrases.len() {
        phrases[i] = en.phrases[i].meanings.len();
        i += 1;
    }
    Shape { stages, phrases }
};

/// A fingerprint of the UI keys, the number of tasks and [`SHAPE`] (FNV-1a, 64 bits).
const FINGERPRINT: u64 = {
    const fn mix(mut hash: u64, bytes: &[u8]) -> u64 {
        let mut i = 0;
        while i < bytes.len() {
            hash ^= bytes[i] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        hash
    }
    const fn mix_len(hash: u64, len: usize) -> u64 {
        mix(hash, &(len as u64).to_le_bytes())
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < Ui::KEYS.len() {
        hash = mix(hash, Ui::KEYS[i].as_bytes());
        hash = mix(hash, b"\n");
        i += 1;
    }
    let mut i = 0;
    while i < SHAPE.stages.len() {
        let mut j = 0;
        while j < 4 {
            hash = mix_len(hash, SHAPE.stages[i][j]);
            j += 1;
        }
        i += 1;
    }
    hash = mix_len(hash, Task::ALL.len());
    hash = mix_len(hash, Rule::ALL.len());
    let mut i = 0;
    while i < SHAPE.phrases.len() {
        hash = mix_len(hash, SHAPE.phrases[i]);
        i += 1;
    }
    hash = mix_len(hash, 7);
    mix_len(hash, 12)
};

/// The fingerprint as the pack header writes it (16 hex digits).
pub fn shape() -> String {
    format!("{FINGERPRINT:016x}")
}

/// Writes `texts` as `lang`'s pack, with the language's date names.
pub fn encode(lang: Lang, texts: &Texts) -> String {
    let names = dates::built_in_names(lang);
    let mut all = strings(texts);
    all.extend(names.weekdays);
    all.extend(names.months);
    format!(
        "{MAGIC} {FORMAT} {} {}\n{}",
        lang.tag(),
        shape(),
        all.join(&SEPARATOR.to_string())
    )
}

/// A language pack read back.
#[derive(Debug)]
pub struct Pack {
    pub texts: Texts,
    pub dates: DateNames,
}

/// Reads `lang`'s pack. The texts borrow from `body`.
pub fn decode(body: &'static str, lang: Lang) -> Result<Pack, PackError> {
    let (header, rest) = body.split_once('\n').ok_or(PackError::NotAPack)?;
    let mut fields = header.split(' ');
    if fields.next() != Some(MAGIC) {
        return Err(PackError::NotAPack);
    }
    if fields.next() != Some(FORMAT.to_string().as_str()) {
        return Err(PackError::OtherBuild);
    }
    if fields.next() != Some(lang.tag()) {
        return Err(PackError::WrongLanguage);
    }
    if fields.next() != Some(shape().as_str()) || fields.next().is_some() {
        return Err(PackError::OtherBuild);
    }
    let all: Vec<&'static str> = rest.split(SEPARATOR).collect();
    let all: &'static [&'static str] = Box::leak(all.into_boxed_slice());
    let mut cursor = Cursor { all, at: 0 };
    let texts = read(&mut cursor).ok_or(PackError::WrongLength)?;
    let dates = read_dates(&mut cursor).ok_or(PackError::WrongLength)?;
    if cursor.at == all.len() {
        Ok(Pack { texts, dates })
    } else {
        Err(PackError::WrongLength)
    }
}

/// Reads a pack's strings in order; lists are slices of the pack's string table.
struct Cursor {
    all: &'static [&'static str],
    at: usize,
}

impl Cursor {
    fn list(&mut self, len: usize) -> Option<&'static [&'static str]> {
        let all: &'static [&'static str] = self.all;
        let items = all.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(items)
    }

    fn one(&mut self) -> Option<&'static str> {
        self.list(1)?.first().copied()
    }
}

/// Builds a `Texts` in the shape of English.
fn read(cursor: &mut Cursor) -> Option<Texts> {
    let ui = Ui::from_texts(cursor.list(Ui::LEN)?.try_into().ok()?);
    let mut stages = Vec::with_capacity(SHAPE.stages.len());
    for [terms, bring, todo, tips] in SHAPE.stages {
        stages.push(StageText {
            title: cursor.one()?,
            what: cursor.one()?,
            term_meanings: cursor.list(terms)?,
            bring: cursor.list(bring)?,
            todo: cursor.list(todo)?,
            counter: cursor.one()?,
            tips: cursor.list(tips)?,
        });
    }
    let mut tasks = Vec::with_capacity(Task::ALL.len());
    for _ in Task::ALL {
        tasks.push(TaskText {
            title: cursor.one()?,
            reason: cursor.one()?,
        });
    }
    let mut phrases = Vec::with_capacity(SHAPE.phrases.len());
    for meanings in SHAPE.phrases {
        phrases.push(PhraseText {
            title: cursor.one()?,
            meanings: cursor.list(meanings)?,
        });
    }
    let rules = cursor.list(Rule::ALL.len())?;
    Some(Texts {
        ui,
        tasks: tasks.try_into().ok()?,
        phrases: phrases.try_into().ok()?,
        rules: rules.try_into().ok()?,
        stages: stages.try_into().ok()?,
    })
}

fn read_dates(cursor: &mut Cursor) -> Option<DateNames> {
    Some(DateNames {
        weekdays: cursor.list(7)?.try_into().ok()?,
        months: cursor.list(12)?.try_into().ok()?,
    })
}

thread_local! {
    /// The packs installed in this page. A pack is installed at most once per language and lives as long
    /// as the page (a few tens of KiB), so its texts can be `'static` like the built-in English.
    static INSTALLED: RefCell<Vec<(Lang, &'static Pack)>> = const { RefCell::new(Vec::new()) };
}

/// Installs `lang`'s pack from the file's contents; after this, [`super::texts`] returns it.
pub fn install(lang: Lang, body: String) -> Result<&'static Texts, PackError> {
    if let Some(texts) = installed(lang) {
        return Ok(texts);
    }
    let body: &'static str = Box::leak(body.into_boxed_str());
    let pack: &'static Pack = Box::leak(Box::new(decode(body, lang)?));
    INSTALLED.with(|installed| installed.borrow_mut().push((lang, pack)));
    Ok(&pack.texts)
}

/// The installed language to show while the one chosen is missing: English if its pack is installed,
/// else the first one installed.
pub fn fallback() -> Option<Lang> {
    INSTALLED.with(|installed| {
        let installed = installed.borrow();
        installed
            .iter()
            .find(|(l, _)| *l == Lang::En)
            .or(installed.first())
            .map(|(l, _)| *l)
    })
}

/// `lang`'s installed pack, if any.
fn installed_pack(lang: Lang) -> Option<&'static Pack> {
    INSTALLED.with(|installed| {
        installed
            .borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, p)| *p)
    })
}

/// The texts of `lang`'s installed pack, if any.
pub fn installed(lang: Lang) -> Option<&'static Texts> {
    installed_pack(lang).map(|p| &p.texts)
}

/// The date names of `lang`'s installed pack, if any.
pub fn date_names(lang: Lang) -> Option<DateNames> {
    installed_pack(lang).map(|p| p.dates)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::texts;
    use proptest::prelude::*;

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    #[test]
    fn every_language_comes_back_from_its_pack_text_for_text() {
        for lang in Lang::ALL {
            let original = texts(lang);
            let pack = decode(leak(encode(lang, original)), lang).expect("a pack the build wrote");
            assert_eq!(pack.dates, dates::built_in_names(lang), "{lang:?}");
            let decoded = pack.texts;
            assert_eq!(strings(&decoded), strings(original), "{lang:?}");
            assert_eq!(decoded.ui.home_title, original.ui.home_title);
            assert_eq!(
                decoded.stages[7].tips.last(),
                original.stages[7].tips.last(),
                "{lang:?}: the last stage's lists line up"
            );
            assert_eq!(decoded.phrases[5].meanings, original.phrases[5].meanings);
            assert_eq!(
                decoded.rules, original.rules,
                "{lang:?}: the rules line up, before the date names"
            );
        }
    }

    #[test]
    fn no_text_contains_the_separator_or_is_empty() {
        for lang in Lang::ALL {
            for text in strings(texts(lang)) {
                assert!(!text.contains(SEPARATOR), "{lang:?}: {text:?}");
                assert!(!text.trim().is_empty(), "{lang:?}: an empty text");
            }
            let names = dates::built_in_names(lang);
            for name in names.weekdays.into_iter().chain(names.months) {
                assert!(!name.contains(SEPARATOR), "{lang:?}: {name:?}");
            }
        }
    }

    #[test]
    fn a_pack_for_another_language_or_build_or_a_damaged_one_is_refused() {
        let ja = encode(Lang::Ja, texts(Lang::Ja));
        assert_eq!(
            decode(leak(ja.clone()), Lang::Ko).err(),
            Some(PackError::WrongLanguage)
        );
        let other_shape = ja.replacen(&shape(), "0123456789abcdef", 1);
        assert_eq!(
            decode(leak(other_shape), Lang::Ja).err(),
            Some(PackError::OtherBuild)
        );
        let next_format = ja.replacen(" 1 ja ", " 2 ja ", 1);
        assert_eq!(
            decode(leak(next_format), Lang::Ja).err(),
            Some(PackError::OtherBuild)
        );
        let truncated = ja
            .rsplit_once(SEPARATOR)
            .map(|(head, _)| head.to_owned())
            .unwrap_or_default();
        assert_eq!(
            decode(leak(truncated), Lang::Ja).err(),
            Some(PackError::WrongLength)
        );
        let extra = format!("{ja}{SEPARATOR}one more");
        assert_eq!(
            decode(leak(extra), Lang::Ja).err(),
            Some(PackError::WrongLength)
        );
        for garbage in [
            "",
            "<!doctype html><title>404</title>\n",
            "my-number-guide-texts",
        ] {
            assert_eq!(
                decode(garbage, Lang::Ja).err(),
                Some(PackError::NotAPack),
                "{garbage:?}"
            );
        }
    }

    #[test]
    fn installing_a_pack_makes_its_language_available_once() {
        let first = install(Lang::Vi, encode(Lang::Vi, texts(Lang::Vi))).expect("a good pack");
        assert_eq!(first.ui.home_title, texts(Lang::Vi).ui.home_title);
        let again = install(Lang::Vi, String::from("not even a pack")).expect("already installed");
        assert!(std::ptr::eq(first, again));
        assert_eq!(
            install(Lang::Ne, String::from("garbage")).err(),
            Some(PackError::NotAPack)
        );
        assert!(installed(Lang::Ne).is_none());
    }

    #[test]
    fn while_a_language_is_missing_english_is_shown_if_installed_else_the_first_installed() {
        // Packs are installed per thread: start from none.
        std::thread::spawn(|| {
            assert_eq!(fallback(), None);
            for lang in [Lang::Ja, Lang::Ko] {
                install(lang, encode(lang, texts(lang))).expect("a good pack");
            }
            assert_eq!(fallback(), Some(Lang::Ja));
            install(Lang::En, encode(Lang::En, texts(Lang::En))).expect("a good pack");
            assert_eq!(fallback(), Some(Lang::En));
        })
        .join()
        .expect("the checks pass");
    }

    proptest! {
        #[test]
        fn decoding_never_panics(body in ".{0,300}", header in prop::bool::ANY) {
            let body = if header { format!("{MAGIC} {FORMAT} ja {}\n{body}", shape()) } else { body };
            let _ = decode(leak(body), Lang::Ja);
        }
    }
}
