//! Diagnostics for people: rustc-style snippets with the offending span underlined.

use super::{Shown, diff_text, message, sanitize, sanitize_line, sanitize_mapped};
use crate::diagnostic::{Diagnostic, DiffOp, Severity};
use crate::i18n::Catalog;
use crate::project::Report;
use crate::source::SourceFile;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text.
    Plain,
    /// ANSI colours.
    Color,
}

/// Renders the diagnostics, at most [`super::SHOWN_PER_RULE`] per file and rule (then one note
/// with the count of the others), and a closing summary line.
pub fn render(report: &Report, catalog: &Catalog, style: Style) -> String {
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    };
    let files = report.files_by_path();
    let mut out = String::new();
    for item in super::shown(report) {
        match item {
            Shown::Finding(d) => {
                out.push_str(&diagnostic(files.get(d.file.as_path()).copied(), catalog, &renderer, style, d))
            }
            Shown::More { file, rule, count } => {
                let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
                out.push_str(
                    &renderer.render(&[Group::with_title(note.primary_title(super::more(catalog, file, rule, count)))]),
                );
            }
        }
        out.push_str("\n\n");
    }
    out.push_str(&summary(report, catalog));
    out.push('\n');
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

fn diagnostic(
    file: Option<&SourceFile>,
    catalog: &Catalog,
    renderer: &Renderer,
    style: Style,
    d: &Diagnostic,
) -> String {
    let (level, name) = match d.severity {
        Severity::Error => (Level::ERROR, catalog.format("severity-error", &[])),
        Severity::Warning => (Level::WARNING, catalog.format("severity-warning", &[])),
    };
    let level = level.with_name(Some(name));
    let title = message(catalog, d);
    let path = super::path(&d.file);
    let mut group = Group::with_title(level.primary_title(title).id(d.rule.name()));
    if let Some(file) = file.filter(|f| !f.text().is_empty()) {
        let (source, span) = excerpt(file, short_span(file.text(), d.span));
        group = group.element(
            Snippet::source(source).line_start(d.start.line).fold(true).annotation(AnnotationKind::Primary.span(span)),
        );
        // The location line is written here, not by the renderer: it would count the column
        // in the excerpt, which may start anywhere in its line.
        let rendered = renderer.render(&[with_notes(group, catalog, style, d)]);
        let (title, rest) = rendered.split_once('\n').unwrap_or((rendered.as_str(), ""));
        let arrow = match style {
            Style::Plain => "-->".to_owned(),
            Style::Color => {
                let s = annotate_snippets::renderer::DEFAULT_LINE_NUM_STYLE;
                format!("{s}-->{s:#}")
            }
        };
        let pad = " ".repeat(d.start.line.to_string().len());
        return format!("{title}\n{pad}{arrow} {path}:{}:{}\n{rest}", d.start.line, d.start.column);
    } else {
        group = group.element(Snippet::<annotate_snippets::Annotation<'_>>::source("").path(path).line_start(1));
    }
    renderer.render(&[with_notes(group, catalog, style, d)])
}

/// Adds the unit, the master's location and the drift of `d` as notes.
fn with_notes<'a>(mut group: Group<'a>, catalog: &Catalog, style: Style, d: &Diagnostic) -> Group<'a> {
    let mut notes = Vec::new();
    if let Some(label) = &d.label {
        notes.push(catalog.format("note-unit", &[("label", sanitize_line(&catalog.label(label)).into())]));
    }
    if let Some(src) = &d.source {
        let location = format!("{}:{}", super::path(&src.file), src.line);
        notes.push(catalog.format("note-master", &[("location", location.into())]));
    }
    if let Some(drift) = &d.drift {
        // A unit added or removed has one side: its text, once.
        if !drift.source_before.is_empty() {
            notes.push(catalog.format("note-master-before", &[("text", sanitize(&drift.source_before).into())]));
        }
        if !drift.source_after.is_empty() {
            notes.push(catalog.format("note-master-after", &[("text", sanitize(&drift.source_after).into())]));
        }
        if !drift.source_before.is_empty() && !drift.source_after.is_empty() {
            let diff = match style {
                Style::Plain => diff_text(&drift.diff),
                Style::Color => colored_diff(&drift.diff),
            };
            notes.push(catalog.format("note-changes", &[("diff", diff.into())]));
        }
    }
    let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
    for text in notes {
        group = group.element(note.clone().message(text));
    }
    group
}

/// The part of a long span worth underlining: a finding about a whole paragraph or value
/// underlines its first word (the item marker for a value), so the line stays readable.
fn short_span(text: &str, span: crate::Span) -> crate::Span {
    const LONG: usize = 48;
    let Some(slice) = text.get(span.range()) else { return span };
    if slice.chars().count() <= LONG {
        return span;
    }
    let word = slice.find(char::is_whitespace).unwrap_or(slice.len()).max(1);
    crate::Span::new(span.start, span.start + word)
}

/// The line of `span` to show (its first line), and the span in it, made safe to print. A
/// line longer than [`LONG_LINE`] characters is cut to a window of about [`WINDOW`] characters
/// around the span, at character boundaries, each cut marked with `…`: rendering then costs
/// what is shown, not the whole line, for every finding on it. Shorter lines are left to the
/// renderer, which fits them to the terminal.
fn excerpt(file: &SourceFile, span: crate::Span) -> (String, std::ops::Range<usize>) {
    let text = file.text();
    if text.get(span.range()).is_none() {
        // Not a span of this text: show nothing rather than cut through a character.
        return (String::new(), 0..0);
    }
    let lines = file.lines_of(span);
    let line_end = text[span.start..lines.end].find('\n').map_or(lines.end, |i| span.start + i + 1);
    let line = lines.start..line_end;
    let span_end = span.end.clamp(span.start, line_end);
    if text[line.clone()].chars().nth(LONG_LINE).is_none() {
        return sanitize_mapped(&text[line.clone()], span.start - line.start..span_end - line.start);
    }
    // Up to CONTEXT characters before the span, the span (at most WINDOW - CONTEXT characters),
    // then what is left of the window after it.
    let nth_after =
        |from: usize, to: usize, n: usize| text[from..to].char_indices().nth(n).map_or(to, |(i, _)| from + i);
    let start =
        text[line.start..span.start].char_indices().rev().nth(CONTEXT - 1).map_or(line.start, |(i, _)| line.start + i);
    let shown_end = nth_after(span.start, span_end, WINDOW - CONTEXT);
    let used = text[start..shown_end].chars().count();
    let end = if shown_end < span_end { shown_end } else { nth_after(span_end, line.end, WINDOW.saturating_sub(used)) };
    let mut cut = String::new();
    if start > line.start {
        cut.push('…');
    }
    let offset = cut.len();
    cut.push_str(&text[start..end]);
    if !text[end..line.end].trim_end_matches(['\n', '\r']).is_empty() {
        cut.push('…');
    }
    sanitize_mapped(&cut, offset + span.start - start..offset + shown_end - start)
}

/// Lines up to this many characters are shown whole.
const LONG_LINE: usize = 500;
/// The characters of a long line shown around a span.
const WINDOW: usize = 120;
/// Characters of context kept before a span in a long line.
const CONTEXT: usize = 40;

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
