//! Writes the language packs (`lang/<tag>.txt`, see `i18n::pack`; English too) into a built site, and
//! `boot-texts.tsv`: the start screen's title and text per language but English, which `index.html` has
//! already (tag, title, text; tab-separated), which `scripts/precache.mjs` puts into `index.html` and then
//! deletes.
//!
//! Run by the build (`scripts/precache.mjs`, Trunk's post-build hook):
//! `cargo run --example lang_packs -- <site folder>`.

use std::path::PathBuf;
use std::process::ExitCode;

use my_number_guide::domain::language::Lang;
use my_number_guide::i18n::{pack, texts};

fn main() -> ExitCode {
    let Some(site) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lang_packs <site folder>");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let file = site.join(pack::path(lang));
        let written = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&file, pack::encode(lang, texts(lang))));
        if let Err(error) = written {
            eprintln!("lang_packs: cannot write {}: {error}", file.display());
            return ExitCode::FAILURE;
        }
    }
    let boot: String = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En)
        .map(|lang| {
            let ui = &texts(lang).ui;
            format!("{}\t{}\t{}\n", lang.tag(), ui.app_tagline, ui.boot_lead)
        })
        .collect();
    if let Err(error) = std::fs::write(site.join("boot-texts.tsv"), boot) {
        eprintln!("lang_packs: cannot write boot-texts.tsv: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
