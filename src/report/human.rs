//! Diagnostics for people: rustc-style snippets with the offending span underlined, the
//! units left to translate of a file in one finding, and a summary per language that ends
//! with the next command to run.

use super::{Shown, diff_text, message, sanitize, sanitize_line, sanitize_mapped};
use crate::diagnostic::{Diagnostic, DiffOp, Rule, Severity};
use crate::i18n::Catalog;
use crate::project::Report;
use crate::source::SourceFile;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// Whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text.
    Plain,
    /// ANSI colours.
    Color,
}

/// How the human output is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Colours or plain text.
    pub style: Style,
    /// Every finding in full: a stale unit's master text before and after the change, and
    /// each unit to translate with its own snippet instead of one line per file.
    pub verbose: bool,
}

/// Up to this many units to translate in a file are shown one by one; more are one finding
/// that names them (unless verbose): a new translation is not a wall of identical warnings.
pub const TO_TRANSLATE_SHOWN: usize = 3;

/// Renders the diagnostics, at most [`super::SHOWN_PER_RULE`] per file and rule (then one note
/// with the count of the others), the units to translate of a file as one finding when there
/// are more than [`TO_TRANSLATE_SHOWN`], then a summary per language with the next command to
/// run, and the closing total.
pub fn render(report: &Report, catalog: &Catalog, options: Options) -> String {
    let renderer = match options.style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    };
    // Lines are cut here, around their span, at grapheme boundaries: the renderer must not
    // cut them again.
    let renderer = renderer.term_width(1 << 20);
    let files = report.files_by_path();
    let grouped = if options.verbose { HashMap::new() } else { to_translate(report) };
    let mut out = String::new();
    for item in super::shown(report) {
        match item {
            Shown::Finding(d) if d.rule == Rule::Untranslated && grouped.contains_key(d.file.as_path()) => {
                let group = &grouped[d.file.as_path()];
                if !std::ptr::eq(group.first, d) {
                    continue;
                }
                out.push_str(&to_translate_group(group, catalog, &renderer));
            }
            Shown::Finding(d) => {
                out.push_str(&diagnostic(files.get(d.file.as_path()).copied(), catalog, &renderer, options, d))
            }
            Shown::More { file, rule, .. } if rule == Rule::Untranslated && grouped.contains_key(file) => continue,
            Shown::More { file, rule, count } => {
                let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
                out.push_str(
                    &renderer.render(&[Group::with_title(note.primary_title(super::more(catalog, file, rule, count)))]),
                );
            }
        }
        out.push_str("\n\n");
    }
    let languages = languages(report, catalog);
    if !languages.is_empty() {
        out.push_str(&languages);
        out.push('\n');
    }
    out.push_str(&summary(report, catalog));
    out.push('\n');
    out.push_str(&fixable(report, catalog));
    out
}

/// The findings that `check --fix` (and `--unsafe-fixes`) would resolve, one line each kind,
/// as ruff ends its report; empty when there are none.
fn fixable(report: &Report, catalog: &Catalog) -> String {
    use crate::diagnostic::Applicability;
    let count = |a: Applicability| {
        report.diagnostics().filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == a)).count()
    };
    let mut out = String::new();
    for (id, n) in
        [("summary-fixable", count(Applicability::Safe)), ("summary-fixable-unsafe", count(Applicability::Unsafe))]
    {
        if n > 0 {
            out.push_str(&catalog.format(id, &[("count", n.into())]));
            out.push('\n');
        }
    }
    out
}

/// The closing summary line(s).
pub fn summary(report: &Report, catalog: &Catalog) -> String {
    let (errors, warnings) = report.counts();
    let files = report.files.len();
    let mut s = if errors + warnings == 0 {
        catalog.format("summary-clean", &[("files", files.into())])
    } else {
        catalog.format(
            "summary-problems",
            &[("errors", errors.into()), ("warnings", warnings.into()), ("files", files.into())],
        )
    };
    let silenced = report.silenced();
    if silenced > 0 {
        s.push('\n');
        s.push_str(&catalog.format("summary-silenced", &[("count", silenced.into())]));
    }
    if !report.skipped.is_empty() {
        let files: Vec<String> = report.skipped.iter().map(|p| super::path(p)).collect();
        s.push('\n');
        s.push_str(
            &catalog.format("summary-skipped", &[("count", files.len().into()), ("files", files.join(", ").into())]),
        );
    }
    s
}

/// What one language has left to do.
#[derive(Debug, Default)]
struct Tally {
    errors: usize,
    warnings: usize,
    /// Errors other than drift: the structure to repair before a sync.
    structural: usize,
    /// Units whose master unit changed, moved or went away since the sync.
    stale: usize,
    /// Units the master added since the sync.
    missing: usize,
    /// Units identical to the master's.
    to_translate: usize,
    /// Translations without a usable sync record.
    unsynced: usize,
    /// Documents of the master without a translation in this language.
    missing_documents: usize,
}

impl Tally {
    fn add(&mut self, rule: Rule, severity: Severity, message: Option<&str>, n: usize) {
        match severity {
            Severity::Error => self.errors += n,
            Severity::Warning => self.warnings += n,
        }
        match rule {
            Rule::Stale if message == Some("stale-added") => self.missing += n,
            Rule::Stale => self.stale += n,
            Rule::Unsynced => self.unsynced += n,
            Rule::Untranslated => self.to_translate += n,
            Rule::MissingTranslation => self.missing_documents += n,
            _ if severity == Severity::Error => self.structural += n,
            _ => {}
        }
    }
}

/// The tallies of the languages, in the order they are first met.
#[derive(Default)]
struct Tallies<'a> {
    order: Vec<(&'a str, Tally)>,
    index: HashMap<&'a str, usize>,
}

impl<'a> Tallies<'a> {
    fn of(&mut self, lang: &'a str) -> &mut Tally {
        let i = *self.index.entry(lang).or_insert_with(|| {
            self.order.push((lang, Tally::default()));
            self.order.len() - 1
        });
        &mut self.order[i].1
    }
}

/// One paragraph per language with findings: its errors and warnings, what is stale, missing
/// or left to translate, and the next command to run. Empty when every language is clean.
/// Files of no known language count in the total only.
fn languages(report: &Report, catalog: &Catalog) -> String {
    let mut tallies = Tallies::default();
    for f in &report.files {
        let Some(lang) = f.lang.as_deref() else { continue };
        let tally = tallies.of(lang);
        for d in &f.comparison.diagnostics {
            tally.add(d.rule, d.severity, Some(d.message), 1);
        }
        for (rule, severity, n) in f.omitted() {
            tally.add(rule, severity, None, n);
        }
    }
    // Project findings that name a language (a document missing in it).
    for d in &report.project {
        if let Some(crate::diagnostic::Arg::Str(lang)) = d.get("lang") {
            tallies.of(lang).add(d.rule, d.severity, Some(d.message), 1);
        }
    }
    let mut out = String::new();
    for (lang, t) in tallies.order.iter().filter(|(_, t)| t.errors + t.warnings > 0) {
        let mut details = Vec::new();
        for (id, n) in [
            ("summary-stale", t.stale),
            ("summary-missing", t.missing),
            ("summary-to-translate", t.to_translate),
            ("summary-unsynced", t.unsynced),
            ("summary-missing-documents", t.missing_documents),
        ] {
            if n > 0 {
                details.push(catalog.format(id, &[("count", n.into())]));
            }
        }
        let lang = sanitize_line(lang);
        let mut args =
            vec![("lang", lang.as_str().into()), ("errors", t.errors.into()), ("warnings", t.warnings.into())];
        let id = if details.is_empty() {
            "summary-language"
        } else {
            args.push(("details", details.join(", ").into()));
            "summary-language-details"
        };
        out.push_str(&catalog.format(id, &args));
        out.push('\n');
        if let Some(next) = next_step(t, &lang, catalog) {
            out.push_str("  ");
            out.push_str(&next);
            out.push('\n');
        }
    }
    out
}

/// The one thing to do next, most blocking first: structure before drift (a sync refuses a
/// broken translation), drift before the rest.
fn next_step(t: &Tally, lang: &str, catalog: &Catalog) -> Option<String> {
    let id = if t.structural > 0 {
        "summary-next-fix"
    } else if t.stale + t.missing > 0 {
        "summary-next-stale"
    } else if t.unsynced > 0 {
        "summary-next-unsynced"
    } else if t.missing_documents > 0 {
        "summary-next-init"
    } else if t.to_translate > 0 {
        "summary-next-translate"
    } else {
        return None;
    };
    Some(catalog.format(id, &[("lang", lang.into())]))
}

/// The units to translate of a file shown as one finding.
struct ToTranslate<'a> {
    /// The first of them, where the finding is shown.
    first: &'a Diagnostic,
    /// How many there are, those counted without being kept included.
    count: usize,
    /// The ids of those kept.
    units: Vec<&'a str>,
}

/// The files with more than [`TO_TRANSLATE_SHOWN`] units to translate.
fn to_translate(report: &Report) -> HashMap<&std::path::Path, ToTranslate<'_>> {
    let mut groups = HashMap::new();
    for f in &report.files {
        let mut kept = f.comparison.diagnostics.iter().filter(|d| d.rule == Rule::Untranslated);
        let Some(first) = kept.next() else { continue };
        let units: Vec<&str> = std::iter::once(first).chain(kept).filter_map(|d| d.unit.as_deref()).collect();
        let omitted: usize = f.omitted().filter(|(r, _, _)| *r == Rule::Untranslated).map(|(_, _, n)| n).sum();
        let count = f.comparison.diagnostics.iter().filter(|d| d.rule == Rule::Untranslated).count() + omitted;
        if count > TO_TRANSLATE_SHOWN {
            groups.insert(first.file.as_path(), ToTranslate { first, count, units });
        }
    }
    groups
}

/// Unit ids named in full before a list of units to translate is shortened.
const UNITS_NAMED: usize = 8;

/// One finding for the units to translate of a file: how many, which (the first ones and the
/// last), where the first is, and how to see each.
fn to_translate_group(group: &ToTranslate<'_>, catalog: &Catalog, renderer: &Renderer) -> String {
    let d = group.first;
    let mut names: Vec<String> = group.units.iter().map(|u| sanitize_line(u)).collect();
    if names.len() > UNITS_NAMED {
        let last = names.pop().unwrap_or_default();
        names.truncate(UNITS_NAMED - 2);
        names.push("…".to_owned());
        names.push(last);
    }
    let title =
        catalog.format("untranslated-units", &[("count", group.count.into()), ("units", names.join(", ").into())]);
    let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
    let group = Group::with_title(level(d.severity, catalog).primary_title(title).id(d.rule.name()))
        .element(Origin::path(super::path(&d.file)).line(d.start.line).char_column(d.start.column))
        .element(note.message(catalog.format("note-to-translate", &[])));
    renderer.render(&[group])
}

fn level(severity: Severity, catalog: &Catalog) -> Level<'static> {
    let (level, name) = match severity {
        Severity::Error => (Level::ERROR, catalog.format("severity-error", &[])),
        Severity::Warning => (Level::WARNING, catalog.format("severity-warning", &[])),
    };
    level.with_name(Some(name))
}

fn diagnostic(
    file: Option<&SourceFile>,
    catalog: &Catalog,
    renderer: &Renderer,
    options: Options,
    d: &Diagnostic,
) -> String {
    let level = level(d.severity, catalog);
    let title = message(catalog, d);
    let path = super::path(&d.file);
    let mut group = Group::with_title(level.primary_title(title).id(d.rule.name()));
    if let Some(file) = file.filter(|f| !f.text().is_empty()) {
        let excerpt = excerpt(file, d.span);
        let mut annotation = AnnotationKind::Primary.span(excerpt.span);
        if let Some(line) = excerpt.continues_to {
            annotation = annotation.label(catalog.format("snippet-continues", &[("line", line.into())]));
        }
        group =
            group.element(Snippet::source(excerpt.source).line_start(d.start.line).fold(true).annotation(annotation));
        // The location line is written here, not by the renderer: it would count the column
        // in the excerpt, which may start anywhere in its line.
        let rendered = renderer.render(&[with_notes(group, catalog, options, d)]);
        let (title, rest) = rendered.split_once('\n').unwrap_or((rendered.as_str(), ""));
        let arrow = match options.style {
            Style::Plain => "-->".to_owned(),
            Style::Color => {
                let s = annotate_snippets::renderer::DEFAULT_LINE_NUM_STYLE;
                format!("{s}-->{s:#}")
            }
        };
        let pad = " ".repeat(d.start.line.to_string().len());
        return format!("{title}\n{pad}{arrow} {path}:{}:{}\n{rest}", d.start.line, d.start.column);
    } else {
        group = group.element(Origin::path(path));
    }
    renderer.render(&[with_notes(group, catalog, options, d)])
}

/// Adds the unit, the master's location and the drift of `d` as notes. A change is shown once,
/// as a word diff of the master unit, its unchanged stretches shortened; verbose adds the
/// master's text before and after it.
fn with_notes<'a>(mut group: Group<'a>, catalog: &Catalog, options: Options, d: &Diagnostic) -> Group<'a> {
    let mut notes = Vec::new();
    if let Some(label) = &d.label {
        notes.push(catalog.format("note-unit", &[("label", sanitize_line(&catalog.label(label)).into())]));
    }
    if let Some(src) = &d.source {
        let location = format!("{}:{}", super::path(&src.file), src.line);
        notes.push(catalog.format("note-master", &[("location", location.into())]));
    }
    if let Some(drift) = &d.drift {
        let (before, after) = (!drift.source_before.is_empty(), !drift.source_after.is_empty());
        if before && after {
            let ops = if options.verbose { drift.diff.clone() } else { condensed(&drift.diff) };
            let diff = match options.style {
                Style::Plain => diff_text(&ops),
                Style::Color => colored_diff(&ops),
            };
            notes.push(catalog.format("note-changes", &[("diff", diff.into())]));
        }
        // A unit added or removed has one side: its text, once. Verbose shows both sides of an
        // edit in full too.
        if before && (options.verbose || !after) {
            notes.push(catalog.format("note-master-before", &[("text", sanitize(&drift.source_before).into())]));
        }
        if after && (options.verbose || !before) {
            notes.push(catalog.format("note-master-after", &[("text", sanitize(&drift.source_after).into())]));
        }
    }
    if let Some(fix) = &d.fix {
        notes.push(catalog.format(
            match fix.applicability {
                crate::diagnostic::Applicability::Safe => "note-fix",
                crate::diagnostic::Applicability::Unsafe => "note-fix-unsafe",
            },
            &[],
        ));
    }
    let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
    for text in notes {
        group = group.element(note.clone().message(text));
    }
    group
}

/// Words of unchanged text kept on each side of a change in a shortened diff.
const DIFF_CONTEXT_WORDS: usize = 6;

/// A word diff whose unchanged stretches are cut to [`DIFF_CONTEXT_WORDS`] words next to each
/// change, the rest shown as `…`: the change is what the reader looks for.
///
/// A diff without any change is returned whole.
fn condensed(ops: &[DiffOp]) -> Vec<DiffOp> {
    if ops.iter().all(|op| matches!(op, DiffOp::Equal(_))) {
        return ops.to_vec();
    }
    let last = ops.len().saturating_sub(1);
    ops.iter()
        .enumerate()
        .map(|(i, op)| {
            let DiffOp::Equal(text) = op else { return op.clone() };
            let starts = word_starts(text);
            let n = DIFF_CONTEXT_WORDS;
            let kept = if i == 0 && starts.len() > n {
                format!("… {}", &text[starts[starts.len() - n]..])
            } else if i == last && starts.len() > n {
                format!("{}…", &text[..starts[n]])
            } else if i != 0 && i != last && starts.len() > 2 * n {
                format!("{}… {}", &text[..starts[n]], &text[starts[starts.len() - n]..])
            } else {
                text.clone()
            };
            DiffOp::Equal(kept)
        })
        .collect()
}

/// Byte offsets where the words of `text` start (a word: a run of non-whitespace).
fn word_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let word = !c.is_whitespace();
        if word && !in_word {
            starts.push(i);
        }
        in_word = word;
    }
    starts
}

/// A line of a snippet, ready to render.
struct Excerpt {
    /// The line, or the part of it shown, made safe to print.
    source: String,
    /// The span in `source`.
    span: std::ops::Range<usize>,
    /// The line where the span ends, when it goes on past the line shown.
    continues_to: Option<usize>,
}

/// The first line of `span`, cut to about [`SHOWN_WIDTH`] columns around the span when it is
/// wider, and the part of the span on it (to the line's end, or to the cut, when the span goes
/// on). Cuts fall between grapheme clusters (a letter keeps its combining marks) and are
/// marked with `…`; the span's underline runs into the `…` that cuts it. Only what is shown is
/// measured: a finding on a huge line costs its window, not the line.
fn excerpt(file: &SourceFile, span: crate::Span) -> Excerpt {
    let text = file.text();
    let Some(slice) = text.get(span.range()) else {
        // Not a span of this text: show nothing rather than cut through a character.
        return Excerpt { source: String::new(), span: 0..0, continues_to: None };
    };
    let line = file.line_span(file.position(span.start).line);
    let (s, e) = (span.start.min(line.end), span.end.min(line.end));
    let continues_to = (span.end > line.end && !text[line.end..span.end].trim().is_empty())
        .then(|| file.position(span.start + slice.trim_end().len()).line);
    let width = |g: &str| unicode_width::UnicodeWidthStr::width(g);
    // The whole line when it fits.
    let mut used = 0;
    let fits = text[line.range()].graphemes(true).all(|g| {
        used += width(g);
        used <= SHOWN_WIDTH
    });
    if fits {
        let (source, span) = sanitize_mapped(&text[line.range()], s - line.start..e - line.start);
        return Excerpt { source, span, continues_to };
    }
    // Up to CONTEXT columns before the span, then as much as fits after its start; when that
    // reaches the line's end, what is left of the width goes before.
    let back = |from: usize, budget: usize| {
        let mut used = 0;
        let mut start = from;
        for (i, g) in text[line.start..from].grapheme_indices(true).rev() {
            used += width(g);
            if used > budget {
                break;
            }
            start = line.start + i;
        }
        (start, used.min(budget))
    };
    let (mut start, before) = back(s, CONTEXT);
    // One column for each `…`.
    let budget = SHOWN_WIDTH - 2;
    let mut end = start;
    let mut used = before;
    for (i, g) in text[s..line.end].grapheme_indices(true) {
        used += width(g);
        if used > budget {
            break;
        }
        end = s + i + g.len();
    }
    if end == line.end && start > line.start {
        start = back(start, budget.saturating_sub(used)).0;
    }
    let mut cut = String::new();
    if start > line.start {
        cut.push('…');
    }
    let prefix = cut.len();
    cut.push_str(&text[start..end]);
    let span_end = if e > end {
        // The span goes on past the cut: underline the `…` that says so.
        cut.push('…');
        cut.len()
    } else {
        if end < line.end {
            cut.push('…');
        }
        prefix + e - start
    };
    let (source, span) = sanitize_mapped(&cut, prefix + s - start..span_end);
    Excerpt { source, span, continues_to }
}

/// The columns of a line shown in a snippet (a wider line is cut around its span).
const SHOWN_WIDTH: usize = 110;
/// Columns of context kept before a span in a line that is cut.
const CONTEXT: usize = 30;

/// A word diff with deletions in red and struck through, insertions in green and underlined.
pub fn colored_diff(ops: &[DiffOp]) -> String {
    use anstyle::{AnsiColor, Effects, Style};
    let del = Style::new().fg_color(Some(AnsiColor::Red.into())).effects(Effects::STRIKETHROUGH);
    let ins = Style::new().fg_color(Some(AnsiColor::Green.into())).effects(Effects::UNDERLINE);
    let mut out = String::new();
    for op in ops {
        match op {
            DiffOp::Equal(t) => out.push_str(&sanitize(t)),
            DiffOp::Delete(t) => out.push_str(&format!("{del}[-{}-]{del:#}", sanitize(t))),
            DiffOp::Insert(t) => out.push_str(&format!("{ins}{{+{}+}}{ins:#}", sanitize(t))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("t.md", text)
    }

    fn shown(e: &Excerpt) -> &str {
        &e.source[e.span.clone()]
    }

    #[test]
    fn a_short_line_is_whole_and_the_whole_span_is_underlined() {
        let f = file("1. Un texte **gras** ici.\n");
        let e = excerpt(&f, Span::new(0, 25));
        assert_eq!(e.source, "1. Un texte **gras** ici.");
        assert_eq!(shown(&e), "1. Un texte **gras** ici.");
        assert_eq!(e.continues_to, None);
    }

    #[test]
    fn a_span_over_several_lines_is_underlined_to_the_end_of_its_first_and_says_where_it_ends() {
        let f = file("Une phrase\nsur trois\nlignes.\n\nSuite.\n");
        let e = excerpt(&f, Span::new(4, 27));
        assert_eq!(e.source, "Une phrase");
        assert_eq!(shown(&e), "phrase");
        assert_eq!(e.continues_to, Some(3));
        // A span that only takes the line ending along does not go on.
        let e = excerpt(&f, Span::new(0, 11));
        assert_eq!(e.continues_to, None);
    }

    #[test]
    fn a_long_line_is_cut_around_the_span_between_graphemes() {
        // "e" + combining acute accent: one grapheme of two characters.
        let word = "e\u{301}té ";
        let line = format!("{}**{}", word.repeat(60), word.repeat(60));
        let f = file(&line);
        let at = line.find("**").unwrap();
        let e = excerpt(&f, Span::new(at, at + 2));
        assert_eq!(shown(&e), "**");
        assert!(e.source.starts_with('…') && e.source.ends_with('…'), "{}", e.source);
        // No accent separated from its letter at either cut.
        assert!(!e.source.starts_with("…\u{301}") && !e.source.contains("\u{301}…"), "{}", e.source);
        let width = unicode_width::UnicodeWidthStr::width(e.source.as_str());
        assert!(width <= SHOWN_WIDTH && width > SHOWN_WIDTH - 5, "{width}: {}", e.source);
    }

    #[test]
    fn a_span_longer_than_the_window_is_underlined_into_the_cut() {
        let line = "mot ".repeat(100);
        let f = file(&line);
        let e = excerpt(&f, Span::new(0, line.len()));
        assert!(!e.source.starts_with('…'));
        assert!(shown(&e).ends_with('…') && shown(&e).starts_with("mot"), "{}", e.source);
        assert_eq!(e.span.end, e.source.len());
    }

    #[test]
    fn a_span_near_the_end_of_a_long_line_gets_the_context_before_it() {
        let line = format!("{}fin", "a".repeat(300));
        let f = file(&line);
        let e = excerpt(&f, Span::new(300, 303));
        assert_eq!(shown(&e), "fin");
        assert_eq!(e.source.chars().count(), SHOWN_WIDTH - 1, "{}", e.source);
    }

    #[test]
    fn a_condensed_diff_keeps_the_words_next_to_each_change() {
        let words = |n: usize, w: &str| (0..n).map(|_| w).collect::<Vec<_>>().join(" ");
        let ops = vec![
            DiffOp::Equal(format!("{} ", words(10, "a"))),
            DiffOp::Delete("b".into()),
            DiffOp::Insert("c".into()),
            DiffOp::Equal(format!(" {} ", words(20, "d"))),
            DiffOp::Delete("e".into()),
            DiffOp::Equal(format!(" {}", words(3, "f"))),
        ];
        let text = diff_text(&condensed(&ops));
        let six = |w: &str| words(DIFF_CONTEXT_WORDS, w);
        assert_eq!(text, format!("… {} [-b-]{{+c+}} {} … {} [-e-] f f f", six("a"), six("d"), six("d")));
        // Without a change, nothing is cut.
        let same = vec![DiffOp::Equal(words(30, "a"))];
        assert_eq!(condensed(&same), same);
    }

    #[test]
    fn the_next_step_is_the_most_blocking_one() {
        let catalog = Catalog::new("en");
        let next = |findings: &[(Rule, Severity, &str)]| {
            let mut t = Tally::default();
            for &(rule, severity, message) in findings {
                t.add(rule, severity, Some(message), 1);
            }
            next_step(&t, "de", &catalog)
        };
        let stale = (Rule::Stale, Severity::Error, "stale");
        let added = (Rule::Stale, Severity::Error, "stale-added");
        let strong = (Rule::StrongCount, Severity::Error, "strong-count");
        let unsynced = (Rule::Unsynced, Severity::Error, "unsynced");
        let missing = (Rule::MissingTranslation, Severity::Warning, "missing-translation");
        let identical = (Rule::Untranslated, Severity::Warning, "untranslated");
        let number = (Rule::NumberMismatch, Severity::Warning, "number-missing");
        let says =
            |text: Option<String>, what: &str| assert!(text.as_deref().is_some_and(|t| t.contains(what)), "{text:?}");
        says(next(&[stale, strong, identical]), "fix the errors");
        says(next(&[added, missing, identical]), "`charte diff de`");
        says(next(&[unsynced, missing]), "review the translation, then run `charte sync de`");
        says(next(&[missing, identical]), "`charte init de`");
        says(next(&[identical, number]), "translate these units");
        assert_eq!(next(&[number]), None);
        // A rule made a warning is not a structural error.
        assert_eq!(next(&[(Rule::StrongCount, Severity::Warning, "strong-count")]), None);
    }
}
