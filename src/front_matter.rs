//! Front matter: splitting it off the document and reading its YAML.
//!
//! The block is recognised only at byte 0 (after a BOM, which [`SourceFile`] removed): a line
//! `---`, the YAML, then a line `---` or `...`. The YAML is read with serde-saphyr, which has
//! limits against alias bombs and deep nesting; keys are located by scanning the lines, so that
//! each key and value keeps a span.

use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::model::{FrontMatter, FrontMatterEntry, Value};
use crate::source::{SourceFile, Span};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Where the front matter and the body are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split {
    /// The whole block, delimiters included (ends after the closing line's line ending).
    pub(crate) block: Span,
    /// The YAML between the delimiters.
    pub(crate) yaml: Span,
    /// Whether a closing delimiter was found.
    pub(crate) terminated: bool,
}

fn is_delimiter(line: &str, closing: bool) -> bool {
    let l = line.trim_end_matches(['\r', '\n']).trim_end_matches([' ', '\t']);
    l == "---" || (closing && l == "...")
}

/// Lines of `text` from `from`, as (start, line including its ending). A line ends, as in
/// YAML, at LF, CRLF or a lone CR.
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let rest = &text[at..];
        let bytes = rest.as_bytes();
        let len = memchr::memchr2(b'\n', b'\r', bytes).map_or(rest.len(), |i| match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => i + 2,
            _ => i + 1,
        });
        let start = at;
        at += len;
        Some((start, &rest[..len]))
    })
}

/// Finds the front matter at the start of `text`.
pub(crate) fn split(text: &str) -> Option<Split> {
    let (_, first) = lines_from(text, 0).next()?;
    if !is_delimiter(first, false) {
        return None;
    }
    let yaml_start = first.len();
    let mut blank = None;
    for (start, line) in lines_from(text, yaml_start) {
        if is_delimiter(line, true) {
            return Some(Split {
                block: Span::new(0, start + line.len()),
                yaml: Span::new(yaml_start, start),
                terminated: true,
            });
        }
        if blank.is_none() && line.trim().is_empty() {
            blank = Some(start);
        }
    }
    // Unterminated: take up to the first blank line so that the body can still be read.
    let end = blank.unwrap_or(text.len());
    Some(Split { block: Span::new(0, end), yaml: Span::new(yaml_start, end), terminated: false })
}

/// A YAML node, reduced.
enum Yaml {
    Str(String),
    Num(String),
    Bool(bool),
    Null,
    Seq(usize),
    Map(Vec<(String, Yaml)>),
}

impl<'de> Deserialize<'de> for Yaml {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(YamlVisitor)
    }
}

struct YamlVisitor;

impl<'de> Visitor<'de> for YamlVisitor {
    type Value = Yaml;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Yaml, E> {
        Ok(Yaml::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Yaml, E> {
        Ok(Yaml::Num(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Yaml, E> {
        Ok(Yaml::Num(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Yaml, E> {
        Ok(Yaml::Num(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Yaml, E> {
        Ok(Yaml::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Yaml, E> {
        Ok(Yaml::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Yaml, E> {
        Ok(Yaml::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_unit<E>(self) -> Result<Yaml, E> {
        Ok(Yaml::Null)
    }
    fn visit_none<E>(self) -> Result<Yaml, E> {
        Ok(Yaml::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Yaml, D::Error> {
        Yaml::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Yaml, A::Error> {
        let mut n = 0;
        while seq.next_element::<de::IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(Yaml::Seq(n))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Yaml, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Yaml>()? {
            let value = map.next_value::<Yaml>()?;
            let key = match key {
                Yaml::Str(s) | Yaml::Num(s) => s,
                Yaml::Bool(b) => b.to_string(),
                Yaml::Null => "null".to_owned(),
                Yaml::Seq(_) | Yaml::Map(_) => "?".to_owned(),
            };
            entries.push((key, value));
        }
        Ok(Yaml::Map(entries))
    }
}

impl Yaml {
    fn into_value(self) -> Value {
        match self {
            Yaml::Str(s) => Value::String(s),
            Yaml::Num(n) => Value::Number(n),
            Yaml::Bool(b) => Value::Bool(b),
            Yaml::Null => Value::Null,
            Yaml::Seq(n) => Value::Sequence(n),
            Yaml::Map(m) => Value::Mapping(m.len()),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Yaml::Str(_) => "string",
            Yaml::Num(_) => "number",
            Yaml::Bool(_) => "bool",
            Yaml::Null => "null",
            Yaml::Seq(_) => "sequence",
            Yaml::Map(_) => "mapping",
        }
    }
}

/// The span of a top-level key and of its value, found by scanning the YAML's lines.
fn locate_key(text: &str, yaml: Span, key: &str, after: usize) -> Option<(Span, Span)> {
    let mut lines = lines_from(&text[..yaml.end], after.max(yaml.start)).peekable();
    while let Some((start, line)) = lines.next() {
        let content = line.trim_end_matches(['\r', '\n']);
        let written = [key.to_owned(), format!("\"{key}\""), format!("'{key}'")]
            .into_iter()
            .find(|w| content.starts_with(w.as_str()) && content[w.len()..].trim_start().starts_with(':'));
        let Some(written) = written else { continue };
        let key_span = Span::new(start, start + written.len());
        let colon = content[written.len()..].find(':').map_or(written.len(), |i| written.len() + i + 1);
        let rest = &content[colon..];
        let value_start = start + colon + (rest.len() - rest.trim_start().len());
        let mut value_end = start + content.trim_end().len().max(value_start - start);
        // A value continued on indented lines (block scalars, folded text).
        while let Some((next_start, next)) = lines.peek() {
            let n = next.trim_end_matches(['\r', '\n']);
            if n.starts_with([' ', '\t']) || n.trim().is_empty() {
                if !n.trim().is_empty() {
                    value_end = next_start + n.trim_end().len();
                }
                lines.next();
            } else {
                break;
            }
        }
        return Some((key_span, Span::new(value_start, value_end.max(value_start))));
    }
    None
}

/// A scalar without its surrounding quotes.
fn unquote(s: &str) -> &str {
    let s = s.trim();
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// Whether YAML could read a scalar as a number (or a date, or sexagesimal): a value starting
/// with a digit made only of such characters, or with a `0x`/`0o`/`0b` prefix.
pub(crate) fn numeric_looking(value: &str) -> bool {
    value.chars().next().is_some_and(|c| c.is_ascii_digit())
        && (value.chars().all(|c| "0123456789+-._:eE".contains(c))
            || ["0x", "0X", "0o", "0O", "0b", "0B"].iter().any(|p| value.starts_with(p)))
}

/// The front matter when every line is `key: plain text` (the usual case), read without the
/// YAML parser; `None` for anything else (quotes, lists, comments, numbers, booleans, blank
/// lines, repeated keys...), which the YAML parser then reads.
fn simple_mapping(text: &str, yaml: Span) -> Option<Vec<FrontMatterEntry>> {
    let mut entries: Vec<FrontMatterEntry> = Vec::new();
    for (start, line) in lines_from(&text[..yaml.end], yaml.start) {
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let (key, rest) = line.split_once(": ")?;
        let key_ok = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        let value = rest.trim_start_matches(' ').trim_end_matches([' ', '\t']);
        let first = value.chars().next()?;
        // A value starting with a digit is text only with a character no number, date or
        // sexagesimal can hold (`10/10/2024`, `7e51a9`).
        let plain = !"-?:,[]{}#&*!|>'\"%@`+.~".contains(first)
            && !numeric_looking(value)
            && !value.contains(": ")
            && !value.contains(" #")
            && !value.ends_with(':')
            && !value.chars().any(|c| c.is_control());
        let special = matches!(
            value.to_ascii_lowercase().as_str(),
            "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | ".inf" | ".nan"
        );
        if !key_ok || !plain || special || entries.iter().any(|e| e.key == key) {
            return None;
        }
        let value_start = start + key.len() + 2 + (rest.len() - rest.trim_start_matches(' ').len());
        entries.push(FrontMatterEntry {
            key: key.to_owned(),
            key_span: Span::new(start, start + key.len()),
            value: Value::String(value.to_owned()),
            value_span: Span::new(value_start, value_start + value.len()),
            raw: value.to_owned(),
            unit: None,
        });
    }
    Some(entries)
}

/// One finding for a front matter that YAML cannot read, in file coordinates, at its cause
/// where a common mistake explains it (a key without its colon, a tab in the indentation), in
/// the reader's language; otherwise the parser's own words, without its coordinates, which
/// count lines inside the front matter.
fn yaml_error(file: &SourceFile, yaml: Span, err: &serde_saphyr::Error) -> Diagnostic {
    let text = file.text();
    // A top-level line that is neither a key, a comment, nor a part of another construct.
    for (start, line) in lines_from(&text[..yaml.end], yaml.start) {
        let content = line.trim_end_matches(['\r', '\n']);
        let span = Span::new(start, start + content.len());
        if content.starts_with('\t') || content.trim_start_matches(' ').starts_with('\t') {
            return Finding::FrontMatterTab {}.at(file, span);
        }
        let trimmed = content.trim();
        if content.starts_with(' ')
            || trimmed.is_empty()
            || trimmed.starts_with(['#', '-', '?', '[', '{', '"', '\'', '|', '>', '&', '!', '*'])
        {
            continue;
        }
        let has_key =
            trimmed.find(':').is_some_and(|i| trimmed[i + 1..].is_empty() || trimmed[i + 1..].starts_with([' ', '\t']));
        if !has_key {
            return Finding::FrontMatterNoColon {}.at(file, span);
        }
    }
    let line = err.location().filter(|loc| loc.line() > 0).and_then(|loc| {
        let first = file.position(yaml.start).line;
        Some(first + usize::try_from(loc.line()).ok()? - 1)
    });
    let span = line
        .map(|line| file.line_span(line))
        .filter(|s| yaml.start <= s.start && s.start < yaml.end)
        // An error at the end of the YAML is shown on its last line.
        .unwrap_or_else(|| file.line_span(file.position(yaml.end.saturating_sub(1).max(yaml.start)).line));
    let message = err.to_string();
    let mut detail = message.lines().next().unwrap_or_default().to_owned();
    // The parser's coordinates count lines inside the front matter: the finding has the file's.
    if let Some(at) = detail.rfind(" at line ") {
        detail.truncate(at);
    }
    Finding::FrontMatterInvalid { error: detail }.at(file, span)
}

/// Reads the front matter described by `split`, adding its problems to `diagnostics`.
pub(crate) fn read(file: &SourceFile, split: Split, diagnostics: &mut Vec<Diagnostic>) -> FrontMatter {
    let text = file.text();
    let mut fm = FrontMatter { span: split.block, body: split.yaml, terminated: split.terminated, entries: Vec::new() };
    if !split.terminated {
        diagnostics.push(Finding::FrontMatterUnterminated {}.at(file, file.line_span(1)));
    }
    let yaml = &text[split.yaml.range()];
    if yaml.trim().is_empty() {
        return fm;
    }
    if let Some(entries) = simple_mapping(text, split.yaml) {
        fm.entries = entries;
        return fm;
    }
    let options = serde_saphyr::options! { with_snippet: false };
    match serde_saphyr::from_str_with_options::<Yaml>(yaml, options) {
        Ok(Yaml::Map(entries)) => {
            let mut after = split.yaml.start;
            for (key, value) in entries {
                let (key_span, value_span) = locate_key(text, split.yaml, &key, after)
                    .unwrap_or((Span::point(split.yaml.start), Span::point(split.yaml.start)));
                after = after.max(value_span.end);
                let raw = unquote(&text[value_span.range()]).to_owned();
                fm.entries.push(FrontMatterEntry {
                    key,
                    key_span,
                    value: value.into_value(),
                    value_span,
                    raw,
                    unit: None,
                });
            }
        }
        Ok(other) => {
            diagnostics.push(Finding::FrontMatterNotMapping { kind: other.kind() }.at(file, file.lines_of(split.yaml)));
        }
        Err(err) => diagnostics.push(yaml_error(file, split.yaml, &err)),
    }
    fm
}

/// A YAML node in full, to tell whether two front matters say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Str(String),
    Num(String),
    Bool(bool),
    Null,
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Num(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Num(v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Num(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Num(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Num(format!("{v:?}")))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Node>()? {
            entries.push((key, map.next_value::<Node>()?));
        }
        Ok(Node::Map(entries))
    }
}

/// The YAML of a front matter in full, or the error and its 1-based line within the YAML.
pub(crate) fn parse_yaml(yaml: &str) -> Result<Node, (String, usize)> {
    let options = serde_saphyr::options! { with_snippet: false };
    serde_saphyr::from_str_with_options::<Node>(yaml, options).map_err(|err| {
        let line = err.location().and_then(|l| usize::try_from(l.line()).ok()).unwrap_or(1).max(1);
        (err.to_string().lines().next().unwrap_or_default().to_owned(), line)
    })
}

/// The top-level (key, value) pairs of a front matter whose every line is `key: plain text`,
/// without the YAML parser: `None` when it is not that simple.
pub(crate) fn simple_pairs(text: &str, yaml: Span) -> Option<Vec<(String, Value)>> {
    simple_mapping(text, yaml).map(|entries| entries.into_iter().map(|e| (e.key, e.value)).collect())
}

/// The first line of the YAML that holds something other than blanks and comments.
pub(crate) fn first_content_line(text: &str, yaml: Span) -> Option<(usize, &str)> {
    lines_from(&text[..yaml.end], yaml.start).find(|(_, line)| {
        let t = line.trim_start();
        !t.is_empty() && !t.starts_with('#')
    })
}

/// A line `KEY: VALUE` of the front matter, the key at the start of the line, the value a
/// one-line scalar, maybe followed by a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyLine {
    /// The whole line, without its line ending.
    pub(crate) line: Span,
    /// The value as written (quotes included, comment and trailing blanks excluded); empty
    /// when there is no value on the line.
    pub(crate) value: Span,
    /// Whether the value is a one-line scalar that can be replaced as a whole.
    pub(crate) replaceable: bool,
}

/// Every line of the YAML that starts with `key` (plain or quoted) followed by `:`: the
/// candidates for a record written on its own line.
pub(crate) fn key_lines(text: &str, yaml: Span, key: &str) -> Vec<KeyLine> {
    let mut found = Vec::new();
    for (start, line) in lines_from(&text[..yaml.end], yaml.start) {
        let content = line.trim_end_matches(['\r', '\n']);
        let Some(written) = [key.to_owned(), format!("\"{key}\""), format!("'{key}'")].into_iter().find(|w| {
            content.starts_with(w.as_str()) && content[w.len()..].trim_start_matches([' ', '\t']).starts_with(':')
        }) else {
            continue;
        };
        let after_key = &content[written.len()..];
        let colon = written.len() + after_key.find(':').unwrap_or(0) + 1;
        let rest = &content[colon..];
        let line_span = Span::new(start, start + content.len());
        // `key:value` is not a mapping entry in YAML: the colon must be followed by a blank.
        if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
            continue;
        }
        let value_start = colon + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        let (value_len, replaceable) = scalar_on_line(&content[value_start..]);
        found.push(KeyLine {
            line: line_span,
            value: Span::new(start + value_start, start + value_start + value_len),
            replaceable,
        });
    }
    found
}

/// The length of a one-line scalar at the start of `s` and whether it is one: a plain,
/// single-quoted or double-quoted scalar with nothing after it but blanks and a comment.
fn scalar_on_line(s: &str) -> (usize, bool) {
    let rest_ok = |rest: &str| {
        let t = rest.trim_start_matches([' ', '\t']);
        t.is_empty() || (t.starts_with('#') && t.len() < rest.len())
    };
    let Some(first) = s.chars().next() else { return (0, false) };
    match first {
        '"' => {
            let bytes = s.as_bytes();
            let mut i = 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'"' => return (i + 1, rest_ok(&s[i + 1..])),
                    _ => i += 1,
                }
            }
            (s.len(), false)
        }
        '\'' => {
            let bytes = s.as_bytes();
            let mut i = 1;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return (i + 1, rest_ok(&s[i + 1..]));
                }
                i += 1;
            }
            (s.len(), false)
        }
        // Indicators: block scalars, anchors, tags, aliases, flow collections, directives...
        c if "-?:,[]{}#&*!|>%@`".contains(c) => (s.trim_end_matches([' ', '\t']).len(), false),
        _ => {
            // A plain scalar ends at ` #` (a comment); `: ` inside it is not valid YAML.
            let end = s.match_indices('#').find(|(i, _)| s[..*i].ends_with([' ', '\t'])).map_or(s.len(), |(i, _)| i);
            let value = s[..end].trim_end_matches([' ', '\t']);
            (value.len(), !value.contains(": ") && !value.ends_with(':'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_start_only() {
        let t = "---\ntitle: a\n---\nbody\n";
        let s = split(t).unwrap();
        assert!(s.terminated);
        assert_eq!(&t[s.yaml.range()], "title: a\n");
        assert_eq!(&t[s.block.end..], "body\n");
        assert!(split("text\n---\na: b\n---\n").is_none());
    }

    #[test]
    fn unterminated_stops_at_blank_line() {
        let t = "---\ntitle: a\n\n# Body\n";
        let s = split(t).unwrap();
        assert!(!s.terminated);
        assert_eq!(&t[s.yaml.range()], "title: a\n");
    }

    #[test]
    fn reads_entries_with_spans() {
        let file = SourceFile::new("x.md", "---\r\ntitle: Charte\r\nslug: 'a-b'\r\n---\r\n");
        let mut d = Vec::new();
        let fm = read(&file, split(file.text()).unwrap(), &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(fm.entries.len(), 2);
        assert_eq!(&file.text()[fm.entries[0].value_span.range()], "Charte");
        assert_eq!(fm.entries[1].value, Value::String("a-b".into()));
        assert_eq!(&file.text()[fm.entries[1].key_span.range()], "slug");
    }

    #[test]
    fn duplicate_keys_and_non_mappings_are_reported() {
        for (text, id) in [
            ("---\na: 1\na: 2\n---\n", "front-matter-invalid"),
            ("---\n- a\n- b\n---\n", "front-matter-not-mapping"),
            ("---\na: [\n---\n", "front-matter-invalid"),
        ] {
            let file = SourceFile::new("x.md", text);
            let mut d = Vec::new();
            read(&file, split(text).unwrap(), &mut d);
            assert_eq!(d.len(), 1, "{text:?}: {d:?}");
            assert_eq!(d[0].message, id);
            assert!(d[0].start.line >= 2, "{text:?}: {:?}", d[0].start);
        }
    }

    #[test]
    fn the_simple_path_agrees_with_the_yaml_parser() {
        let cases = [
            "title: Charte des valeurs\ndescription: Notre charte, chez Pause IA.\nslug: charte-des-valeurs\n",
            "a: l’avenir – «x»\r\nb_c-d: x y z  \n",
            "a: 10/10/2024\n",
            "source_version: 7e51524a89dfd51b\n",
            "a: 2024-10-10\n",
            "a: 1e5\n",
            "a: 0x1F\n",
            "a: 0o17\n",
            "a: 1_000\n",
            "a: 12:30\n",
            "a: yes\n",
            "a: 'quoted'\n",
            "a: x # comment\n",
            "a: x\n\nb: y\n",
            "a: x\n  continued\n",
            "a: x\na: y\n",
        ];
        for yaml in cases {
            let text = format!("---\n{yaml}---\n");
            let file = SourceFile::new("x.md", text.clone());
            let split = split(&text).unwrap();
            let Some(simple) = simple_mapping(&text, split.yaml) else { continue };
            let parsed = serde_saphyr::from_str::<Yaml>(yaml).ok().map(|y| match y {
                Yaml::Map(m) => m.into_iter().map(|(k, v)| (k, v.into_value())).collect::<Vec<_>>(),
                _ => Vec::new(),
            });
            let simple: Vec<_> = simple.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
            assert_eq!(Some(simple), parsed, "{yaml:?}");
            let mut d = Vec::new();
            let fm = read(&file, split, &mut d);
            for e in &fm.entries {
                let Value::String(v) = &e.value else { panic!() };
                assert_eq!(&text[e.value_span.range()], v, "{yaml:?}");
                assert_eq!(&text[e.key_span.range()], e.key, "{yaml:?}");
            }
        }
    }

    #[test]
    fn an_error_at_the_end_is_on_the_last_line() {
        // Found by fuzzing: the error used to point past the last line.
        let text = "---\n%;\n";
        let file = SourceFile::new("x.md", text);
        let mut d = Vec::new();
        read(&file, split(text).unwrap(), &mut d);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().all(|d| d.start.line <= file.line_count()), "{d:?}");
    }

    #[test]
    fn alias_bomb_is_bounded() {
        let mut t = String::from("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            t.push_str(&format!(
                "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = c;
        }
        t.push_str("---\n");
        let file = SourceFile::new("x.md", t.clone());
        let mut d = Vec::new();
        // The expansion budget stops the reader: one finding, not 10^11 nodes (no timing here:
        // a loaded machine must not fail the test).
        read(&file, split(&t).unwrap(), &mut d);
        assert_eq!(d.len(), 1, "{d:?}");
    }
}
