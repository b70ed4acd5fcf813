//! Front matter: splitting it off the document and reading its YAML.
//!
//! The block is recognised only at byte 0 (after a BOM, which [`SourceFile`] removed): a line
//! `---`, the YAML, then a line `---` or `...`. Lines of `key: plain text` are read directly;
//! anything else with serde-saphyr, which has limits against alias bombs and deep nesting, and
//! which says where each key and value was read: in every form of mapping (block or flow, on
//! one line or several, keys plain, quoted or written with `?`), an entry keeps the span of
//! its scalar as written, so that findings point at it and edits replace exactly it.
//! [`keeps_meaning`] tells whether edits to a front matter change only what they mean to.

use crate::diagnostic::{Diagnostic, Edit};
use crate::finding::Finding;
use crate::model::{FrontMatter, FrontMatterEntry, Value};
use crate::source::{SourceFile, Span};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
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
    /// A mapping's keys and values, each with where YAML read it.
    Map(Vec<(Spanned<Yaml>, Spanned<Yaml>)>),
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
        while let Some(key) = map.next_key::<Spanned<Yaml>>()? {
            entries.push((key, map.next_value::<Spanned<Yaml>>()?));
        }
        Ok(Yaml::Map(entries))
    }
}

impl Yaml {
    /// The node as a key's name.
    fn key_name(&self) -> String {
        match self {
            Yaml::Str(s) | Yaml::Num(s) => s.clone(),
            Yaml::Bool(b) => b.to_string(),
            Yaml::Null => "null".to_owned(),
            Yaml::Seq(_) | Yaml::Map(_) => "?".to_owned(),
        }
    }

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

/// Where YAML read a node of the front matter's YAML (at `yaml` in `text`): the scalar as
/// written, quotes included, or the first token of a collection. A value that comes from
/// elsewhere (an alias `*a`, a merge `<<`) is where it is defined, whose text is the value's.
/// `None` when the parser gives no byte offsets, or ones that are not in the YAML.
fn located<T>(text: &str, yaml: Span, node: &Spanned<T>) -> Option<Span> {
    [&node.defined, &node.referenced].into_iter().find_map(|at| {
        let span = at.span();
        let start = yaml.start.checked_add(usize::try_from(span.byte_offset()?).ok()?)?;
        let end = start.checked_add(usize::try_from(span.byte_len()?).ok()?)?;
        let written = text.get(start..end).filter(|_| end <= yaml.end)?;
        // A block scalar's span runs to the next line: the finding is on the scalar's lines.
        Some(Span::new(start, start + written.trim_end_matches(['\r', '\n']).len()))
    })
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
            // Any form of mapping (block or flow, keys plain, quoted or written with `?`): the
            // parser says where each key and value is. A value it cannot place gets an empty
            // span after its key, and no unit: nothing can compare text that is not there.
            for (key, value) in entries {
                let key_span = located(text, split.yaml, &key).unwrap_or(Span::point(split.yaml.start));
                let value_span = located(text, split.yaml, &value).unwrap_or(Span::point(key_span.end));
                let raw = unquote(&text[value_span.range()]).to_owned();
                fm.entries.push(FrontMatterEntry {
                    key: key.value.key_name(),
                    key_span,
                    value: value.value.into_value(),
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

/// Whether `edits` (in order, not overlapping, on character boundaries of `text`) leave the
/// front matter of `text` saying what it said, but for what they are meant to change: string
/// values edited inside their scalars, each then read as its scalar's new text, or keys
/// added with every other value as it was. Edits after the front matter leave it alone.
///
/// A fix is offered only when this holds: an edit that would break the YAML (a `key: value`
/// line put after a flow mapping), end a flow mapping's plain scalar at a new `,`, change a
/// value that an alias shares, or replace text inside escapes or folded lines is not.
pub(crate) fn keeps_meaning(text: &str, edits: &[Edit]) -> bool {
    let Some(before) = split(text) else { return true };
    if edits.iter().all(|e| e.range.start >= before.block.end) {
        return true;
    }
    let mut new = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        let Some(kept) = text.get(at..e.range.start) else { return false };
        new.push_str(kept);
        new.push_str(&e.text);
        at = e.range.end;
    }
    let Some(rest) = text.get(at..) else { return false };
    new.push_str(rest);
    let Some(after) = split(&new).filter(|s| s.terminated && before.terminated) else { return false };
    let mut problems = Vec::new();
    let old = read(&SourceFile::new("", text), before, &mut problems).entries;
    let now = read(&SourceFile::new("", new.as_str()), after, &mut problems).entries;
    let nodes = |t: &str, s: Split| match parse_yaml(&t[s.yaml.range()]) {
        Ok(Node::Map(m)) => Some(m.into_iter().map(|(_, v)| v).collect::<Vec<_>>()),
        _ => None,
    };
    let (Some(old_nodes), Some(new_nodes)) = (nodes(text, before), nodes(&new, after)) else { return false };
    if !problems.is_empty() || old_nodes.len() != old.len() || new_nodes.len() != now.len() {
        return false;
    }
    // An insertion touches a span when it is strictly inside it; a replacement, when they meet.
    let touches = |span: Span, e: &Edit| {
        if e.range.start == e.range.end {
            span.start < e.range.start && e.range.start < span.end
        } else {
            e.range.start < span.end && span.start < e.range.end
        }
    };
    let mut edited = false;
    for (entry, old_node) in old.iter().zip(&old_nodes) {
        let [j] = now.iter().enumerate().filter(|(_, e)| e.key == entry.key).map(|(j, _)| j).collect::<Vec<_>>()[..]
        else {
            return false;
        };
        if edits.iter().any(|e| touches(entry.key_span, e)) {
            return false;
        }
        let mine: Vec<&Edit> = edits.iter().filter(|e| touches(entry.value_span, e)).collect();
        if mine.is_empty() {
            if *old_node != new_nodes[j] {
                return false;
            }
            continue;
        }
        edited = true;
        let span = entry.value_span;
        // A scalar whose text is its value (no escape, no folded line), shared with no alias.
        let source = &text[span.range()];
        let Value::String(value) = &entry.value else { return false };
        if unquote(source) != value || old.iter().filter(|e| e.value_span == span).count() != 1 {
            return false;
        }
        let mut written = String::new();
        let mut at = span.start;
        for e in mine {
            if e.range.start < span.start || e.range.end > span.end {
                return false;
            }
            written.push_str(&text[at..e.range.start]);
            written.push_str(&e.text);
            at = e.range.end;
        }
        written.push_str(&text[at..span.end]);
        let expected = match source.chars().next() {
            Some(q @ ('"' | '\'')) => written.strip_prefix(q).and_then(|w| w.strip_suffix(q)),
            _ => Some(written.as_str()),
        };
        let Some(expected) = expected else { return false };
        if now[j].value != Value::String(expected.to_owned()) || new_nodes[j] != Node::Str(expected.to_owned()) {
            return false;
        }
    }
    // Keys are added only by edits that change no value.
    now.len() == old.len() || !edited
}

/// The scalar of the top-level `key` of the front matter at `split` when it can be replaced
/// as a whole: a string or number written on one line, plain or quoted, without escapes, and
/// not shared with another key through an alias. Its span includes its quotes.
pub(crate) fn replaceable_scalar(file: &SourceFile, split: Split, key: &str) -> Option<Span> {
    let mut problems = Vec::new();
    let entries = read(file, split, &mut problems).entries;
    let [entry] = entries.iter().filter(|e| e.key == key).collect::<Vec<_>>()[..] else { return None };
    let span = entry.value_span;
    let source = &file.text()[span.range()];
    // A number is plain: its text is what is written.
    let verbatim = match &entry.value {
        Value::String(s) => unquote(source) == s,
        Value::Number(_) => true,
        _ => false,
    };
    let shared = entries.iter().filter(|e| e.value_span == span).count() > 1;
    (problems.is_empty() && verbatim && !shared && !source.is_empty() && !source.contains(['\n', '\r'])).then_some(span)
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
                Yaml::Map(m) => {
                    m.into_iter().map(|(k, v)| (k.value.key_name(), v.value.into_value())).collect::<Vec<_>>()
                }
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

    /// The entries of a front matter made of `yaml`, with the text of each key's and value's
    /// span.
    fn spans(yaml: &str) -> Vec<(String, Value, String, String)> {
        let text = format!("---\n{yaml}---\n");
        let file = SourceFile::new("x.md", text.clone());
        let mut d = Vec::new();
        let fm = read(&file, split(&text).unwrap(), &mut d);
        assert!(d.is_empty(), "{yaml:?}: {d:?}");
        fm.entries
            .into_iter()
            .map(|e| (e.key, e.value, text[e.key_span.range()].to_owned(), text[e.value_span.range()].to_owned()))
            .collect()
    }

    #[test]
    fn flow_mappings_quoted_and_explicit_keys_are_located() {
        let s = |v: &str| Value::String(v.to_owned());
        let entry = |k: &str, v: &str, ks: &str, vs: &str| (k.to_owned(), s(v), ks.to_owned(), vs.to_owned());
        assert_eq!(
            spans("{title: \"Charta der Werte\", description: \"Unsere Charta.\", slug: charta}\n"),
            [
                entry("title", "Charta der Werte", "title", "\"Charta der Werte\""),
                entry("description", "Unsere Charta.", "description", "\"Unsere Charta.\""),
                entry("slug", "charta", "slug", "charta"),
            ]
        );
        assert_eq!(
            spans("{\r\n  'title': 'It''s',\r\n  \"description\": \"a\\u00e9b.\" ,\r\n ? slug\r\n : x y\r\n   z }\r\n"),
            [
                entry("title", "It's", "'title'", "'It''s'"),
                entry("description", "aéb.", "\"description\"", "\"a\\u00e9b.\""),
                entry("slug", "x y z", "slug", "x y\r\n   z"),
            ]
        );
        // A block mapping that the direct reading leaves to the parser: explicit keys, block
        // scalars, comments, an alias (its value is where it is defined).
        assert_eq!(
            spans("? title\n: Charte\n\"d\": |\n  Ligne.\nslug: 'a' # c\nb: &v valeur\nc: *v\n"),
            [
                entry("title", "Charte", "title", "Charte"),
                entry("d", "Ligne.\n", "\"d\"", "Ligne."),
                entry("slug", "a", "slug", "'a'"),
                entry("b", "valeur", "b", "valeur"),
                entry("c", "valeur", "c", "valeur"),
            ]
        );
    }

    /// A key and a scalar written in one of the forms YAML allows, and what they read as.
    #[derive(Debug, Clone)]
    struct Written {
        key: String,
        value: String,
        key_as: String,
        value_as: String,
        explicit: bool,
    }

    fn written() -> impl proptest::strategy::Strategy<Value = (Vec<Written>, u8, bool)> {
        use proptest::prelude::*;
        let keys = Just(vec!["title", "description", "slug", "author", "date-x", "a_b"]).prop_shuffle();
        let values = proptest::collection::vec(
            ("[A-Za-zéü’][A-Za-zéü’ .,:#'\"!?\\\\-]{0,16}", 0..3u8, 0..3u8, any::<bool>()),
            6,
        );
        (keys, values, 0..3u8, any::<bool>()).prop_map(|(keys, values, form, crlf)| {
            let entries = keys
                .into_iter()
                .zip(values)
                .map(|(key, (value, quoting, key_quoting, explicit))| {
                    let special = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
                    let plain_ok = !value.contains(['"', '\'', ',', ':', '#', '\\', '[', ']', '{', '}'])
                        && !value.ends_with([' ', '-', '?'])
                        && !special.contains(&value.to_lowercase().as_str());
                    let value_as = match (quoting, plain_ok) {
                        (0, true) => value.clone(),
                        (1, _) | (0, false) => format!("'{}'", value.replace('\'', "''")),
                        _ => {
                            format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\"").replace('é', "\\u00e9"))
                        }
                    };
                    let key_as = match key_quoting {
                        0 => key.to_owned(),
                        1 => format!("'{key}'"),
                        _ => format!("\"{key}\""),
                    };
                    Written { key: key.to_owned(), value, key_as, value_as, explicit }
                })
                .collect();
            (entries, form, crlf)
        })
    }

    proptest::proptest! {
        /// Whatever the order of the keys, their quoting, the values' quoting and escapes, the
        /// form of the mapping and the line endings, each entry reads as written and its spans
        /// hold exactly its key and its scalar.
        #[test]
        fn every_entry_is_located_at_its_scalar((entries, form, crlf) in written()) {
            let eol = if crlf { "\r\n" } else { "\n" };
            let pair = |w: &Written, flow: bool| match (w.explicit, flow) {
                (true, false) => format!("? {}{eol}: {}", w.key_as, w.value_as),
                (true, true) => format!("? {} : {}", w.key_as, w.value_as),
                (false, _) => format!("{}: {}", w.key_as, w.value_as),
            };
            let yaml = match form {
                0 => entries.iter().map(|w| format!("{}{eol}", pair(w, false))).collect::<String>(),
                1 => format!("{{{}}}{eol}", entries.iter().map(|w| pair(w, true)).collect::<Vec<_>>().join(", ")),
                _ => format!(
                    "{{{eol}{}{eol}}}{eol}",
                    entries.iter().map(|w| format!("  {}", pair(w, true))).collect::<Vec<_>>().join(&format!(",{eol}"))
                ),
            };
            let found = spans(&yaml);
            let expected: Vec<_> = entries
                .iter()
                .map(|w| (w.key.clone(), Value::String(w.value.clone()), w.key_as.clone(), w.value_as.clone()))
                .collect();
            proptest::prop_assert_eq!(found, expected, "{:?}", yaml);
        }
    }

    fn edit(text: &str, from: &str, to: &str) -> Vec<Edit> {
        let at = text.find(from).unwrap();
        vec![Edit { range: Span::new(at, at + from.len()), text: to.to_owned() }]
    }

    #[test]
    fn edits_that_change_what_the_front_matter_says_are_refused() {
        let flow = "---\n{title: Charte, description: \"Version 1.4\", slug: charte}\n---\nVersion 1.4\n";
        // Inside a quoted scalar, a comma is text; inside a plain one in a flow mapping, it ends
        // the value.
        assert!(keeps_meaning(flow, &edit(flow, "1.4\"", "1,5\"")));
        let plain = flow.replace("\"Version 1.4\"", "Version 1.4");
        assert!(!keeps_meaning(&plain, &edit(&plain, "1.4", "1,5")));
        assert!(keeps_meaning(&plain, &edit(&plain, "1.4", "1.5")));
        // An edit beyond the scalar (its comma) is not an edit of the value.
        assert!(!keeps_meaning(&plain, &edit(&plain, "1.4,", "1.5,")));
        // A `key: value` line after a flow mapping breaks it; in a block mapping it is a key.
        let closing = flow.find("}\n").unwrap() + 2;
        let insert = vec![Edit { range: Span::point(closing), text: "author: A\n".into() }];
        assert!(!keeps_meaning(flow, &insert));
        let block = "---\ntitle: Charte\nslug: charte\n---\nx\n";
        let insert = vec![Edit { range: Span::point(block.find("---\nx").unwrap()), text: "author: A\n".into() }];
        assert!(keeps_meaning(block, &insert));
        // A value shared through an alias, an escaped or a folded scalar: not edited in place.
        let alias = "---\na: &v Version 1.4\nb: *v\n---\n";
        assert!(!keeps_meaning(alias, &edit(alias, "1.4", "1.5")));
        let escaped = "---\na: \"Version\\t1.4\"\n---\n";
        assert!(!keeps_meaning(escaped, &edit(escaped, "1.4", "1.5")));
        let folded = "---\n{a: Version\n  1.4}\n---\n";
        assert!(!keeps_meaning(folded, &edit(folded, "1.4", "1.5")));
        // Another value or a key changed by the edit; the body alone edited.
        assert!(!keeps_meaning(block, &edit(block, "Charte\nslug", "Charte\nSlug")));
        assert!(keeps_meaning(flow, &edit(flow, "Version 1.4\n", "Version 1.5\n")));
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
