// The oracle of sync's one promise about bytes, shared by the property tests
// (tests/sync_safety.rs) and the fuzz target (fuzz/fuzz_targets/sync.rs), which include it.

/// Checks that `new` differs from `old` only in one line of the front matter: the record's
/// value replaced (on its own line, or where a flow mapping writes it), one line
/// `source_version: …` added at the start of a line, or (without a front matter) a front
/// matter holding only the record put first.
pub(crate) fn only_the_record_line_changed(old: &[u8], new: &[u8], version: &str) -> Result<(), String> {
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
        let body =
            added.strip_suffix(b"\r\n").or_else(|| added.strip_suffix(b"\n")).or_else(|| added.strip_suffix(b"\r"));
        if !body.is_some_and(|b| b == want.as_bytes() || b == want_quoted.as_bytes()) {
            return Err(format!("not one record line added: {:?}", show(added)));
        }
        return Ok(());
    }
    let keys = [&b"source_version"[..], b"\"source_version\"", b"'source_version'"];
    // In a flow mapping `{…, source_version: VALUE, …}`, the value alone may change.
    let flow_value = keys.iter().find_map(|k| {
        let at = line.windows(k.len()).position(|w| w == *k)?;
        let rest = &line[at + k.len()..];
        let colon = rest.iter().position(|c| !matches!(c, b' ' | b'\t'))?;
        let after_key = at == 0 || matches!(line[at - 1], b'{' | b',' | b' ' | b'\t');
        (after_key && rest[colon] == b':').then_some(line_start + at + k.len() + colon + 1)
    });
    let structure = |b: &[u8]| b.iter().any(|c| matches!(c, b',' | b'{' | b'}' | b'[' | b']' | b':' | b'#'));
    if let Some(value) = flow_value
        && value <= prefix
        && !structure(&new[value..prefix])
        && !structure(removed)
        && !structure(added)
        && !added.iter().any(is_break)
    {
        return Ok(());
    }
    if !keys.iter().any(|k| line.starts_with(k)) {
        return Err(format!(
            "changed outside the record line: {:?} -> {:?} in {:?}",
            show(removed),
            show(added),
            show(line)
        ));
    }
    if added.iter().any(is_break) {
        return Err(format!("a line break added: {:?} -> {:?}", show(removed), show(added)));
    }
    Ok(())
}
