//! Micro-benchmarks on the real charter (`charter/`): parsing, checking one translation
//! against the master, and drift after an edit of one value. `cargo bench` runs them
//! (`cargo bench --bench charter -- NAME` for one); `bench/run.sh` measures whole runs on a
//! generated site against a parse-only floor.

use charte::check::compare;
use charte::drift::{Baseline, changed_units, stale};
use charte::{ParseOptions, SourceFile, parse, parse_with};
use divan::black_box;
use pulldown_cmark::{Options, Parser};
use std::path::Path;

fn main() {
    divan::main();
}

fn load(lang: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("charter/{lang}.md"));
    SourceFile::new(format!("charter/{lang}.md"), std::fs::read_to_string(path).expect("the charter"))
}

/// The master with one word of value 5 changed: one unit is stale in every translation.
fn edited_master() -> SourceFile {
    let fr = load("fr");
    let text = fr.text().replace("prend le soin de", "veille à");
    assert_ne!(text, fr.text(), "the edit must apply to charter/fr.md");
    SourceFile::new("charter/fr.md", text)
}

/// The floor: pulldown-cmark's offset iterator over the master, nothing built.
#[divan::bench]
fn pulldown_only(bencher: divan::Bencher) {
    let fr = load("fr");
    bencher.bench(|| Parser::new_ext(black_box(fr.text()), Options::empty()).into_offset_iter().count());
}

/// pulldown-cmark with the extensions `charte` enables (tables, strikethrough).
#[divan::bench]
fn pulldown_charte_options(bencher: divan::Bencher) {
    let fr = load("fr");
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    bencher.bench(|| Parser::new_ext(black_box(fr.text()), options).into_offset_iter().count());
}

/// `charte::parse` of the master (with canonical forms, as for a master).
#[divan::bench]
fn parse_master(bencher: divan::Bencher) {
    let fr = load("fr");
    bencher.bench(|| parse(black_box(&fr)));
}

/// Parsing a translation as `check` does (no canonical forms).
#[divan::bench(args = ["en", "de", "es", "it", "nl"])]
fn parse_translation(bencher: divan::Bencher, lang: &str) {
    let file = load(lang);
    bencher.bench(|| parse_with(black_box(&file), ParseOptions::TRANSLATION));
}

/// Building a `SourceFile` from bytes (UTF-8 check, BOM), as each file read does.
#[divan::bench]
fn source_file(bencher: divan::Bencher) {
    let bytes = load("de").text().as_bytes().to_vec();
    bencher.with_inputs(|| bytes.clone()).bench_values(|b| SourceFile::from_bytes("charter/de.md", b));
}

/// `check::compare` of one translation with the master, both already parsed.
#[divan::bench(args = ["en", "de", "es", "it", "nl"])]
fn compare_translation(bencher: divan::Bencher, lang: &str) {
    let (fr, file) = (load("fr"), load(lang));
    let (master, translation) = (parse(&fr), parse_with(&file, ParseOptions::TRANSLATION));
    bencher.bench(|| compare(&fr, &master, &file, black_box(&translation)));
}

/// Parse and compare one translation: the per-file work of `check` without I/O and drift.
#[divan::bench]
fn parse_and_compare(bencher: divan::Bencher) {
    let (fr, de) = (load("fr"), load("de"));
    let master = parse(&fr);
    bencher.bench(|| {
        let translation = parse_with(black_box(&de), ParseOptions::TRANSLATION);
        compare(&fr, &master, &de, &translation)
    });
}

/// The version of a master: SHA-256 of its normalised text.
#[divan::bench]
fn master_version(bencher: divan::Bencher) {
    let fr = load("fr");
    bencher.bench(|| charte::drift::version(black_box(fr.text())));
}

/// `drift::changed_units` between the master and the same master with one value edited.
#[divan::bench]
fn drift_changed_units(bencher: divan::Bencher) {
    let (old, new) = (parse(&load("fr")), parse(&edited_master()));
    assert_eq!(changed_units(&old.document, &new.document).len(), 1);
    bencher.bench(|| changed_units(black_box(&old.document), black_box(&new.document)));
}

/// `drift::stale` for one translation: the word diff of the edited value is made once per
/// version (in `Baseline::new`), so this is the cost each further translation adds.
#[divan::bench]
fn drift_stale(bencher: divan::Bencher) {
    let (old, edited, de) = (parse(&load("fr")), edited_master(), load("de"));
    let (new, translation) = (parse(&edited), parse_with(&de, ParseOptions::TRANSLATION));
    let pairs = compare(&edited, &new, &de, &translation).pairs;
    let version = Baseline::new(old, &new.document);
    assert_eq!(stale(&edited, &new.document, &version, &de, &translation.document, &pairs).len(), 1);
    bencher.bench(|| stale(&edited, &new.document, black_box(&version), &de, &translation.document, &pairs));
}

/// Drift from scratch for one master edit: parse the old version, compare units and diff the
/// changed one, find the stale unit of one translation.
#[divan::bench]
fn drift_from_snapshot(bencher: divan::Bencher) {
    let (fr, edited, de) = (load("fr"), edited_master(), load("de"));
    let (new, translation) = (parse(&edited), parse_with(&de, ParseOptions::TRANSLATION));
    let pairs = compare(&edited, &new, &de, &translation).pairs;
    bencher.bench(|| {
        let version = Baseline::new(parse(black_box(&fr)), &new.document);
        stale(&edited, &new.document, &version, &de, &translation.document, &pairs)
    });
}
