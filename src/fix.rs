//! Fixes: the edits that resolve a finding, when they need no translator.
//!
//! A fix is the finding itself with edits attached ([`Diagnostic::fix`]), not a second code
//! path: [`attach`] runs once per translation, after its comparison, and asks the producer of
//! each finding's rule (the table [`PRODUCERS`]) for the edits. A producer reads the master and
//! the translation (files and parsed documents) and returns `None` whenever the edit is not
//! certain. [`apply`] then applies the fixes of one file, the first of two overlapping ones
//! winning (the other is left for the next run), and [`unified_diff`] shows them.
//!
//! | rule | fix | applicability |
//! |---|---|---|
//! | `value-numbering` | the master's number written in the item's marker | safe |
//! | `heading-structure` (level) | the heading's `#` run set to the master's level | safe |
//! | `stale` | a number, date, link target or code span the master changed, carried over | safe |
//! | `front-matter` (missing key) | the master's key and value inserted, untranslated | unsafe |
//! | `unclosed-emphasis` | the missing delimiter put as many words away as the master's span holds | unsafe |

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Rule};
use crate::model::{Block, BlockKind, Document, List};
use crate::parse::Parsed;
use crate::source::{SourceFile, Span};

/// What the producers read: the master and the translation, files and models.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The master's file.
    pub master: &'a SourceFile,
    /// The master's model.
    pub master_parsed: &'a Parsed,
    /// The translation's file.
    pub file: &'a SourceFile,
    /// The translation's model.
    pub parsed: &'a Parsed,
    /// The master's language, in which its numbers and dates are read (`None`: as written).
    pub master_language: Option<&'a str>,
    /// The translation's language, in which carried-over numbers and dates are written.
    pub lang: Option<&'a str>,
}

/// A fix producer: the fix of one finding, or `None` when it is not certain.
type Producer = fn(&Inputs<'_>, &Diagnostic) -> Option<Fix>;

/// The rules that have fixes, and their producers.
pub const PRODUCERS: &[(Rule, Producer)] = &[
    (Rule::ValueNumbering, value_numbering),
    (Rule::HeadingStructure, heading_level),
    (Rule::Stale, carry_over),
    (Rule::FrontMatter, front_matter_key),
    (Rule::UnclosedEmphasis, unclosed_emphasis),
];

/// Whether some findings of `rule` can have a fix.
///
/// ```
/// use charte::Rule;
/// assert!(charte::fix::has_fix(Rule::ValueNumbering));
/// assert!(!charte::fix::has_fix(Rule::StrongCount));
/// ```
pub fn has_fix(rule: Rule) -> bool {
    PRODUCERS.iter().any(|(r, _)| *r == rule)
}

/// Attaches a fix to each finding whose producer finds one. Findings of another file than the
/// translation (a master's own) are left alone, and so is a translation that is not valid UTF-8
/// (its text is not its bytes).
pub fn attach(inputs: Inputs<'_>, diagnostics: &mut [Diagnostic]) {
    if inputs.file.invalid_utf8().is_some() {
        return;
    }
    for d in diagnostics.iter_mut().filter(|d| d.fix.is_none() && d.file == inputs.file.path()) {
        if let Some((_, produce)) = PRODUCERS.iter().find(|(r, _)| *r == d.rule) {
            // The registry (`rules!`) says how safe a rule's fix is; `charte rules` shows it.
            let applicability = d.rule.fix().unwrap_or(Applicability::Unsafe);
            // An edit of the front matter must leave its YAML saying what it said (a flow
            // mapping is not `key: value` lines).
            let text = inputs.file.text();
            d.fix = produce(&inputs, d)
                .filter(|f| well_formed(f, text) && crate::front_matter::keeps_meaning(text, &f.edits))
                .map(|f| Fix { applicability, ..f });
        }
    }
}

/// Edits in order, none overlapping, each on character boundaries of the text.
fn well_formed(fix: &Fix, text: &str) -> bool {
    !fix.edits.is_empty()
        && fix.edits.windows(2).all(|w| w[0].range.end <= w[1].range.start && w[0].range != w[1].range)
        && fix.edits.iter().all(|e| {
            e.range.start <= e.range.end
                && text.is_char_boundary(e.range.start)
                && text.is_char_boundary(e.range.end)
                && text[e.range.range()] != e.text
        })
}

fn fix(applicability: Applicability, edits: Vec<Edit>) -> Option<Fix> {
    (!edits.is_empty()).then_some(Fix { applicability, edits })
}

fn edit(start: usize, end: usize, text: impl Into<String>) -> Edit {
    Edit { range: Span::new(start, end), text: text.into() }
}

/// Whether two edits touch: they overlap, or insert at the same place, or one inserts at the
/// start of what the other replaces.
fn overlaps(a: Span, b: Span) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

/// The fixes of one file applied to its text: the new text and, for each fix given, whether it
/// was applied. Fixes are taken in the order of their first edit; one that touches an edit
/// already taken is left out (the next run finds it again).
///
/// ```
/// use charte::diagnostic::{Applicability, Edit, Fix};
/// use charte::Span;
/// let one = Fix { applicability: Applicability::Safe, edits: vec![Edit { range: Span::new(0, 1), text: "2".into() }] };
/// let two = Fix { applicability: Applicability::Safe, edits: vec![Edit { range: Span::new(0, 2), text: "9.".into() }] };
/// let (text, applied) = charte::fix::apply("1. a", &[&one, &two]);
/// assert_eq!((text.as_str(), applied), ("2. a", vec![true, false]));
/// ```
pub fn apply(text: &str, fixes: &[&Fix]) -> (String, Vec<bool>) {
    let mut order: Vec<usize> = (0..fixes.len()).collect();
    order.sort_by_key(|&i| fixes[i].edits.first().map(|e| (e.range.start, e.range.end)));
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = vec![false; fixes.len()];
    for i in order {
        let f = fixes[i];
        let fits = f.edits.iter().all(|e| e.range.end <= text.len())
            && !f.edits.iter().any(|e| taken.iter().any(|t| overlaps(t.range, e.range)));
        if fits {
            taken.extend(&f.edits);
            applied[i] = true;
        }
    }
    taken.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.text);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// A unified diff of a file's text before and after its fixes, as `diff -u` writes it, the
/// path under `a/` and `b/`. Line endings are kept; every other character that could act on a
/// terminal or hide from the reader is shown as an escape (`\u{202e}`), as in every output.
///
/// ```
/// let diff = charte::fix::unified_diff("de.md", "# A\n\n3. x\n", "# A\n\n2. x\n");
/// assert!(diff.starts_with("--- a/de.md\n+++ b/de.md\n@@"));
/// assert!(diff.contains("\n-3. x\n+2. x\n"));
/// let hostile = charte::fix::unified_diff("de.md", "1. a\u{1b}[2J\n", "2. a\u{1b}[2J\n");
/// assert!(hostile.contains("+2. a\\u{1b}[2J\n"));
/// ```
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    let diff = similar::TextDiff::from_lines(before, after);
    let text = diff.unified_diff().context_radius(3).header(&format!("a/{path}"), &format!("b/{path}")).to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if crate::report::hidden(c) && !matches!(c, '\n' | '\r' | '\t') {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Every list of a document, nested ones included.
fn lists(doc: &Document) -> Vec<&List> {
    fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a List>) {
        for b in blocks {
            match &b.kind {
                BlockKind::List(l) => {
                    out.push(l);
                    for item in &l.items {
                        walk(&item.blocks, out);
                    }
                }
                BlockKind::Quote { blocks } => walk(blocks, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&doc.preamble, &mut out);
    for s in &doc.sections {
        walk(&s.blocks, &mut out);
    }
    out
}

fn num(d: &Diagnostic, name: &str) -> Option<u64> {
    match d.get(name)? {
        crate::diagnostic::Arg::Num(n) => u64::try_from(*n).ok(),
        crate::diagnostic::Arg::Str(_) => None,
    }
}

/// The digits of an item's marker (`12` of `12.`).
fn marker_digits(text: &str, marker: Span) -> Option<Span> {
    let s = text.get(marker.range())?;
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0).then(|| Span::new(marker.start, marker.start + n))
}

/// `value-numbering`: the number the master gives, written in the marker; a list numbered from
/// another start, renumbered whole.
fn value_numbering(inputs: &Inputs<'_>, d: &Diagnostic) -> Option<Fix> {
    let text = inputs.file.text();
    let (found, expected) = (num(d, "found")?, num(d, "expected")?);
    let edits = match d.message {
        "value-numbering" => {
            let digits = marker_digits(text, d.span)?;
            (text[digits.range()].parse::<u64>().ok()? == found).then_some(())?;
            vec![edit(digits.start, digits.end, expected.to_string())]
        }
        "value-numbering-start" => {
            let list = lists(&inputs.parsed.document)
                .into_iter()
                .find(|l| l.items.first().is_some_and(|i| i.marker == d.span))?;
            let mut edits = Vec::new();
            for item in &list.items {
                let digits = marker_digits(text, item.marker)?;
                let n = text[digits.range()].parse::<u64>().ok()?;
                let renumbered = (n + expected).checked_sub(found)?;
                edits.push(edit(digits.start, digits.end, renumbered.to_string()));
            }
            edits
        }
        _ => return None,
    };
    fix(Applicability::Safe, edits)
}

/// `heading-structure`, a heading at another level than the master's: its `#` run set to the
/// master's level. Underlined headings are left as they are.
fn heading_level(inputs: &Inputs<'_>, d: &Diagnostic) -> Option<Fix> {
    if d.message != "heading-level" {
        return None;
    }
    let (level, expected) = (num(d, "level")?, num(d, "expected")?);
    if !(1..=6).contains(&expected) {
        return None;
    }
    let text = inputs.file.text();
    let line = text.get(d.span.start..)?;
    let indent = line.bytes().take_while(|b| *b == b' ').count();
    let marks = line[indent..].bytes().take_while(|b| *b == b'#').count();
    if indent > 3 || marks as u64 != level {
        return None;
    }
    let start = d.span.start + indent;
    fix(Applicability::Safe, vec![edit(start, start + marks, "#".repeat(expected as usize))])
}

/// `front-matter`, a key of the master missing: the master's lines of that key inserted before
/// the closing `---`, in the translation's line endings. Unsafe: the value is untranslated.
fn front_matter_key(inputs: &Inputs<'_>, d: &Diagnostic) -> Option<Fix> {
    if d.message != "front-matter-missing-key" {
        return None;
    }
    let source = d.source.as_ref().filter(|s| s.file == inputs.master.path())?;
    let (master, text) = (inputs.master.text(), inputs.file.text());
    if !text.get(d.span.range())?.starts_with("---") {
        return None;
    }
    let lines = inputs.master.lines_of(source.span);
    let end = master[lines.end..].find('\n').map_or(master.len(), |i| lines.end + i + 1);
    let block = master.get(lines.start..end)?;
    let eol = inputs.file.line_ending().as_str();
    let insert: String = block.lines().flat_map(|l| [l, eol]).collect();
    // Nothing that could close the front matter, and a key at the first column (one indented
    // belongs to something else).
    if block.is_empty() || insert.lines().any(|l| l.trim_end() == "---") || insert.starts_with([' ', '\t']) {
        return None;
    }
    fix(Applicability::Unsafe, vec![edit(d.span.start, d.span.start, insert)])
}

/// The translation's unit that holds a span.
fn unit_at(doc: &Document, span: Span) -> Option<&crate::model::Unit> {
    doc.units.iter().filter(|u| u.span.contains(span)).min_by_key(|u| u.span.end - u.span.start)
}

/// `unclosed-emphasis`: the master's span that the translation lacks (the one at the stray
/// delimiter's place among the spans of its kind) holds some words; the missing delimiter is
/// put that many words after an opening stray delimiter (or before a closing one), outside a
/// punctuation mark the master leaves outside. Unsafe: words are counted, not understood.
fn unclosed_emphasis(inputs: &Inputs<'_>, d: &Diagnostic) -> Option<Fix> {
    let text = inputs.file.text();
    let delimiter = text.get(d.span.range())?;
    if delimiter.is_empty() || !delimiter.bytes().all(|b| b == b'*' || b == b'_') || delimiter.len() > 2 {
        return None;
    }
    let master_unit = inputs.master_parsed.document.units.iter().find(|u| Some(&u.id) == d.unit.as_ref())?;
    let unit = unit_at(&inputs.parsed.document, d.span)?;
    let strong = delimiter.len() == 2;
    let (mine, theirs) = if strong {
        (&unit.inline.strong, &master_unit.inline.strong)
    } else {
        (&unit.inline.emphasis, &master_unit.inline.emphasis)
    };
    // One stray delimiter, one span missing.
    let strays = unit.inline.stray_delimiters.iter().filter(|s| s.end - s.start == delimiter.len()).count();
    if strays != 1 || theirs.len() != mine.len() + 1 {
        return None;
    }
    let index = mine.iter().filter(|s| s.end <= d.span.start).count();
    let span = theirs.get(index)?;
    let master = inputs.master.text();
    let inner = master.get(span.start + delimiter.len()..span.end.checked_sub(delimiter.len())?)?;
    let words = inner.split_whitespace().count();
    if words == 0 {
        return None;
    }
    let punctuation = |c: char| c.is_ascii_punctuation() || matches!(c, '…' | '»' | '«' | '¡' | '¿');
    let end = unit.span.end.min(text.len());
    let start = unit.span.start.min(d.span.start);
    let opening = text[d.span.end..end].chars().next().is_some_and(|c| !c.is_whitespace());
    let at = if opening {
        // The end of the n-th word after the delimiter.
        let rest = &text[d.span.end..end];
        let (i, c) = nth_word(rest.char_indices(), words)?;
        let mut at = d.span.end + i + c.len_utf8();
        if !inner.ends_with(punctuation) {
            at = d.span.end + text[d.span.end..at].trim_end_matches(punctuation).len();
        }
        if at <= d.span.end || text[at..].starts_with(delimiter) {
            return None;
        }
        at
    } else {
        let before = &text[start..d.span.start];
        let (i, _) = nth_word(before.char_indices().rev(), words)?;
        let mut at = start + i;
        if !inner.starts_with(punctuation) {
            at = d.span.start - text[at..d.span.start].trim_start_matches(punctuation).len();
        }
        if at >= d.span.start || text[..at].ends_with(delimiter) {
            return None;
        }
        at
    };
    fix(Applicability::Unsafe, vec![edit(at, at, delimiter)])
}

/// A value of a master unit that a carry-over can replace.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A number or a numeric date, as written.
    Number(String),
    /// A link's target.
    Link(String),
    /// An inline code span's code.
    Code(String),
}

/// A unit's canonical form with its numbers, link targets and code spans taken out: the text
/// left (each value a NUL) and the values in order.
fn values(canonical: &str) -> (String, Vec<Token>) {
    let mut rest = String::with_capacity(canonical.len());
    let mut tokens = Vec::new();
    let mut chars = canonical.char_indices().peekable();
    let bytes = canonical.as_bytes();
    while let Some((i, c)) = chars.next() {
        if c == '`' {
            if let Some(len) = canonical[i + 1..].find('`') {
                tokens.push(Token::Code(canonical[i + 1..i + 1 + len].to_owned()));
                rest.push('\0');
                while chars.peek().is_some_and(|(j, _)| *j <= i + 1 + len) {
                    chars.next();
                }
                continue;
            }
        } else if c == ']' && bytes.get(i + 1) == Some(&b'(') {
            if let Some(len) = canonical[i + 2..].find(')') {
                tokens.push(Token::Link(canonical[i + 2..i + 2 + len].to_owned()));
                rest.push_str("]\0");
                while chars.peek().is_some_and(|(j, _)| *j <= i + 2 + len) {
                    chars.next();
                }
                continue;
            }
        } else if c.is_ascii_digit() && !canonical[..i].ends_with(|p: char| p.is_alphanumeric()) {
            let mut end = i + 1;
            loop {
                let b = bytes.get(end).copied();
                if b.is_some_and(|b| b.is_ascii_digit()) {
                    end += 1;
                } else if b.is_some_and(|b| matches!(b, b'.' | b',' | b'/' | b'-'))
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            if canonical[end..].starts_with(|n: char| n.is_alphabetic()) {
                // `3e`, `2nd`: part of a word.
                rest.push_str(&canonical[i..end]);
            } else {
                tokens.push(Token::Number(canonical[i..end].to_owned()));
                rest.push('\0');
            }
            while chars.peek().is_some_and(|(j, _)| *j < end) {
                chars.next();
            }
            continue;
        }
        rest.push(c);
    }
    (rest, tokens)
}

/// Where `needle` is written in `hay` as a whole value: not inside a word or a longer number
/// (a `.`, `,`, `/` or `-` next to it belongs to the value only when a digit follows it).
fn whole_matches(hay: &str, needle: &str) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    let inside = |near: Option<char>, far: Option<char>| match near {
        Some(c) if c.is_alphanumeric() => true,
        Some('.' | ',' | '/' | '-') => far.is_some_and(|f| f.is_ascii_digit()),
        _ => false,
    };
    hay.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            let mut before = hay[..i].chars().rev();
            let mut after = hay[i + needle.len()..].chars();
            !inside(before.next(), before.next()) && !inside(after.next(), after.next())
        })
        .collect()
}

/// The rendering in the translation's language of a master number that changed: the form of
/// the old value found once in `unit` and the same form of the new one. Returns (offset in
/// `unit`, old form length, new form).
fn carried_number(inputs: &Inputs<'_>, unit: &str, old: &str, new: &str) -> Option<(usize, usize, String)> {
    let plain = whole_matches(unit, old);
    if plain.len() == 1 {
        return Some((plain[0], old.len(), new.to_owned()));
    }
    if !plain.is_empty() {
        return None;
    }
    let reading = crate::numbers::reading(inputs.master_language?)?;
    let renderer = crate::numbers::Renderer::new(inputs.lang?)?;
    let (old_value, new_value) = (reading.read(old)?, reading.read(new)?);
    let (old_forms, new_forms) = (renderer.forms(&old_value), renderer.forms(&new_value));
    // Every place a form of the old value is written; the longest form at a place wins.
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (k, form) in old_forms.iter().enumerate() {
        for at in whole_matches(unit, form) {
            found.push((at, at + form.len(), k));
        }
    }
    found.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let outer: Vec<(usize, usize, usize)> = found
        .iter()
        .copied()
        .filter(|&(s, e, _)| !found.iter().any(|&(s2, e2, _)| s2 <= s && e <= e2 && (s2, e2) != (s, e)))
        .collect();
    let mut places: Vec<(usize, usize)> = outer.iter().map(|&(s, e, _)| (s, e)).collect();
    places.dedup();
    let [(start, end)] = places[..] else { return None };
    let k = outer.iter().find(|&&(s, e, _)| (s, e) == (start, end)).map(|&(_, _, k)| k)?;
    // The new value in the same form: the locale's first form of the same shape (a date whose
    // day and month are equal is written the same in both orders: the locale's order wins).
    let shape = skeleton(&old_forms[k]);
    let new = new_forms.iter().find(|f| skeleton(f) == shape)?;
    Some((start, end - start, new.clone()))
}

/// The shape of a written value: each run of digits `#`, each word `a` (up to four letters,
/// an abbreviation) or `A`, other characters as they are.
fn skeleton(form: &str) -> String {
    let mut out = String::new();
    let mut chars = form.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
            out.push('#');
        } else if c.is_alphabetic() {
            let mut n = 1;
            while chars.peek().is_some_and(|c| c.is_alphabetic()) {
                chars.next();
                n += 1;
            }
            out.push(if n <= 4 { 'a' } else { 'A' });
        } else {
            out.push(c);
        }
    }
    out
}

/// `stale`, when the master unit changed only in numbers or dates, link targets or code spans:
/// each old value that the translated unit holds exactly once is replaced by the new one
/// (numbers and dates in the translation's language). The unit is then up to date with the
/// master; `charte check --fix` records that with a sync when every stale unit of the file
/// was carried over.
fn carry_over(inputs: &Inputs<'_>, d: &Diagnostic) -> Option<Fix> {
    let drift = d.drift.as_ref()?;
    if drift.source_before.is_empty() || drift.source_after.is_empty() {
        return None;
    }
    let (before_text, before) = values(&drift.source_before);
    let (after_text, after) = values(&drift.source_after);
    if before_text != after_text || before.len() != after.len() {
        return None;
    }
    let text = inputs.file.text();
    let span = d.span;
    let unit_text = text.get(span.range())?;
    let unit = unit_at(&inputs.parsed.document, span).filter(|u| u.span == span)?;
    let mut edits = Vec::new();
    for (old, new) in before.iter().zip(&after).filter(|(a, b)| a != b) {
        let (at, len, replacement) = match (old, new) {
            (Token::Number(o), Token::Number(n)) => carried_number(inputs, unit_text, o, n)?,
            (Token::Link(o), Token::Link(n)) => {
                let targets: Vec<&crate::model::Link> = unit.inline.links.iter().filter(|l| l.url == *o).collect();
                let [link] = targets[..] else { return None };
                let inside = &text[link.span.range()];
                let found: Vec<usize> = inside.match_indices(o.as_str()).map(|(i, _)| i).collect();
                let [i] = found[..] else { return None };
                (link.span.start + i - span.start, o.len(), n.clone())
            }
            (Token::Code(o), Token::Code(n)) => {
                let codes: Vec<&crate::model::Code> = unit.inline.code.iter().filter(|c| c.text == *o).collect();
                let [code] = codes[..] else { return None };
                let inside = &text[code.span.range()];
                let found: Vec<usize> = inside.match_indices(o.as_str()).map(|(i, _)| i).collect();
                let [i] = found[..] else { return None };
                (code.span.start + i - span.start, o.len(), n.clone())
            }
            _ => return None,
        };
        // The old value written once in the whole unit, not only where it was found.
        if unit_text.matches(&unit_text[at..at + len]).count() != 1 {
            return None;
        }
        edits.push(edit(span.start + at, span.start + at + len, replacement));
    }
    edits.sort_by_key(|e| e.range.start);
    fix(Applicability::Safe, edits)
}

/// The last character of the `n`-th word met walking `chars` (forwards: the word's last
/// character; backwards: its first), on the same line.
fn nth_word(chars: impl Iterator<Item = (usize, char)>, n: usize) -> Option<(usize, char)> {
    let (mut found, mut count, mut in_word) = (None, 0, false);
    for (i, c) in chars {
        if c == '\n' || c == '\r' {
            break;
        }
        if !c.is_whitespace() && !in_word {
            count += 1;
        }
        in_word = !c.is_whitespace();
        if in_word && count == n {
            found = Some((i, c));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_declares_exactly_the_rules_that_have_a_producer() {
        for &rule in Rule::ALL {
            assert_eq!(has_fix(rule), rule.fix().is_some(), "{}", rule.name());
        }
    }

    #[test]
    fn values_are_taken_out_of_the_canonical_form() {
        let (rest, tokens) = values("Version du 10/10/2024, voir [le site](https://a.org/v2) et `charte 1.2`.");
        assert_eq!(rest, "Version du \0, voir [le site]\0 et \0.");
        assert_eq!(
            tokens,
            [
                Token::Number("10/10/2024".into()),
                Token::Link("https://a.org/v2".into()),
                Token::Code("charte 1.2".into())
            ]
        );
        let (_, tokens) = values("le 3e point, 2024.");
        assert_eq!(tokens, [Token::Number("2024".into())]);
    }

    #[test]
    fn whole_values_only() {
        assert_eq!(whole_matches("en 2024.", "2024"), [3]);
        assert!(whole_matches("en 12024", "2024").is_empty());
        assert!(whole_matches("1.2024", "2024").is_empty());
    }

    #[test]
    fn overlapping_fixes_leave_the_second() {
        let a = Fix { applicability: Applicability::Safe, edits: vec![edit(2, 2, "x")] };
        let b = Fix { applicability: Applicability::Safe, edits: vec![edit(2, 4, "y")] };
        let c = Fix { applicability: Applicability::Safe, edits: vec![edit(5, 6, "z")] };
        let (text, applied) = apply("abcdefg", &[&b, &a, &c]);
        assert_eq!(applied, [false, true, true]);
        assert_eq!(text, "abxcdezg");
    }
}
