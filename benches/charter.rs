//! Benchmarks on the real charter: parsing, checking a translation, and drift.
//! `cargo bench` runs them; bench/run.sh measures whole runs on a generated site.

use charte::check::compare;
use charte::drift::{History, Version, stale};
use charte::{ParseOptions, SourceFile, parse, parse_with};
use std::path::Path;

fn main() {
    divan::main();
}

fn load(lang: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("charter/{lang}.md"));
    SourceFile::new(format!("charter/{lang}.md"), std::fs::read_to_string(path).expect("charter"))
}

#[divan::bench]
fn parse_master(bencher: divan::Bencher) {
    let fr = load("fr");
    bencher.bench(|| parse(divan::black_box(&fr)));
}

#[divan::bench]
fn parse_translation_without_canonical_forms(bencher: divan::Bencher) {
    let de = load("de");
    bencher.bench(|| parse_with(divan::black_box(&de), ParseOptions { canonical: false }));
}

#[divan::bench]
fn check_translation(bencher: divan::Bencher) {
    let (fr, de) = (load("fr"), load("de"));
    let (pfr, pde) = (parse(&fr), parse_with(&de, ParseOptions { canonical: false }));
    bencher.bench(|| compare(&fr, &pfr, &de, divan::black_box(&pde)));
}

#[divan::bench]
fn drift_of_an_edited_value(bencher: divan::Bencher) {
    let (fr, de) = (load("fr"), load("de"));
    let edited = SourceFile::new("fr.md", fr.text().replace("prend le soin de", "veille à"));
    let (pold, pnew, pde) = (parse(&fr), parse(&edited), parse(&de));
    let pairs = compare(&edited, &pnew, &de, &pde).pairs;
    bencher.bench(|| {
        let version = Version::new(pold.clone(), &pnew.document);
        stale(&edited, &pnew.document, &version, &de, &pde.document, &pairs)
    });
    let _ = History::new(&edited, &pnew.document);
}
