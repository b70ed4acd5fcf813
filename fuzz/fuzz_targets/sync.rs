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

fn only_the_record_line_changed(old: &[u8], new: &[u8], version: &str) -> Result<(), String> {
    if old == new {
        return Ok(());
    }
    let want = format!("source_version: {version}");
    let want_quoted = format!("source_version: \"{version}\"");
    // No front matter: one holding only the record is put first.
    for w in [&want, &want_quoted] {
        for eol in ["\n", "\r\n"] {
            if new.strip_suffix(old) == Some(format!("---{eol}{w}{eol}---{eol}").as_bytes()) {
                return Ok(());
            }
        }
    }
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take_while(|(a, b)| a == b).count().min(max_suffix);
    let removed = &old[prefix..old.len() - suffix];
    let added = &new[prefix..new.len() - suffix];
    let is_break = |c: &u8| *c == b'\n' || *c == b'\r';
    let show = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    if removed.iter().any(is_break) {
        return Err(format!("a line break removed: {:?} -> {:?}", show(removed), show(added)));
    }
    let line_start = new[..prefix].iter().rposition(is_break).map_or(0, |i| i + 1);
    let line = &new[line_start..];
    if removed.is_empty() && line_start == prefix {
        // One whole line added.
        let body = added.strip_suffix(b"\r\n").or_else(|| added.strip_suffix(b"\n")).or_else(|| added.strip_suffix(b"\r"));
        if !body.is_some_and(|b| b == want.as_bytes() || b == want_quoted.as_bytes()) {
            return Err(format!("not one record line added: {:?}", show(added)));
        }
        return Ok(());
    }
    let keys = [&b"source_version"[..], b"\"source_version\"", b"'source_version'"];
    if !keys.iter().any(|k| line.starts_with(k)) {
        return Err(format!("changed outside the record line: {:?} -> {:?} in {:?}", show(removed), show(added), show(line)));
    }
    if added.iter().any(is_break) {
        return Err(format!("a line break added: {:?} -> {:?}", show(removed), show(added)));
    }
    Ok(())
}
