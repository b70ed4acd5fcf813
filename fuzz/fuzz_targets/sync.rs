//! Setting the sync record of an arbitrary document either changes only the record line's
//! bytes (its value replaced, or one `source_version: …` line added at the start of a line)
//! and `check` then reads exactly that version, or refuses: `set_record` returns no text.
#![no_main]

use libfuzzer_sys::fuzz_target;

const VERSIONS: [&str; 4] = ["99d82df619cb5ed7", "0673565026129282", "147203798692e959", "abcdefabcdefabcd"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let version = VERSIONS[usize::from(pick) % VERSIONS.len()];
    let file = charte::SourceFile::from_bytes("de.md", text.to_vec());
    if file.invalid_utf8().is_some() {
        return; // sync refuses such a file before it looks at the record
    }
    let Ok(new) = charte::sync::set_record(&file, version) else { return };
    if let Err(e) = only_the_record_line_changed(file.text().as_bytes(), new.as_bytes(), version) {
        panic!("{:?} -> {new:?}: {e}", file.text());
    }
    let parsed = charte::parse(&charte::SourceFile::new("de.md", new.clone()));
    let record = charte::drift::record(&parsed.document).map(|r| r.0);
    assert_eq!(record.as_deref(), Some(version), "{:?} -> {new:?}", file.text());
    // A second sync to the same version changes nothing.
    let again = charte::sync::set_record(&charte::SourceFile::new("de.md", new.clone()), version);
    assert_eq!(again.as_deref(), Ok(new.as_str()), "{:?}", file.text());
});

include!("../../tests/support/record_oracle.rs");
