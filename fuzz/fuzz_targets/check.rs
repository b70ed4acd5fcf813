//! Checking a pair of arbitrary documents never panics, a document checked against itself
//! has only `untranslated` (and its own parse) findings, and rendering is safe.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The input is split in two documents at the first NUL byte.
    let split = data.iter().position(|b| *b == 0).unwrap_or(data.len() / 2);
    let (a, b) = data.split_at(split);
    let b = b.get(1..).unwrap_or_default();
    let master = charte::SourceFile::from_bytes("fr.md", a.to_vec());
    let translation = charte::SourceFile::from_bytes("de.md", b.to_vec());
    let (pm, pt) = (charte::parse(&master), charte::parse(&translation));
    let result = charte::check::compare(&master, &pm, &translation, &pt);
    for d in &result.diagnostics {
        assert!(d.span.end <= translation.text().len());
    }
    let itself = charte::check::compare(&master, &pm, &master, &pm);
    for d in &itself.diagnostics {
        assert!(
            matches!(d.rule, charte::Rule::Untranslated | charte::Rule::FrontMatter | charte::Rule::InvalidInput),
            "{:?} against itself",
            d.rule
        );
    }
    let catalog = charte::i18n::Catalog::new("en");
    for d in &result.diagnostics {
        let text = charte::report::message(&catalog, d);
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
    }
});
