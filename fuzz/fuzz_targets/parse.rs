//! Parsing arbitrary bytes never panics, and every position it reports is inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = charte::SourceFile::from_bytes("fuzz.md", data.to_vec());
    let parsed = charte::parse(&file);
    let lines = file.line_count().max(1);
    for d in &parsed.diagnostics {
        assert!(d.start.line >= 1 && d.start.line <= lines);
    }
    for unit in &parsed.document.units {
        assert!(unit.span.start <= unit.span.end && unit.span.end <= file.text().len());
        for s in unit.inline.strong.iter().chain(&unit.inline.emphasis) {
            assert!(s.end <= file.text().len());
        }
    }
    let _ = charte::report::model_json(&file, &parsed);
});
