//! Diagnostics for people: rustc-style snippets with the offending span underlined.

use super::{diff_text, message, sanitize, sanitize_mapped};
use crate::diagnostic::{Diagnostic, DiffOp, Severity};
use crate::i18n::Catalog;
use crate::project::Report;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text.
    Plain,
    /// ANSI colours.
    Color,
}

/// Renders every diagnostic and a closing summary line.
pub fn render(report: &Report, catalog: &Catalog, style: Style) -> String {
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    };
    let mut out = String::new();
    for d in report.diagnostics() {
        out.push_str(&diagnostic(report, catalog, &renderer, style, d));
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
        let files: Vec<String> = report.skipped.iter().map(|p| p.display().to_string()).collect();
        s.push('\n');
        let line =
            catalog.format("summary-skipped", &[("count", files.len().into()), ("files", files.join(", ").into())]);
        s.push_str(&super::sanitize(&line).replace('\n', " "));
    }
    s
}

fn diagnostic(report: &Report, catalog: &Catalog, renderer: &Renderer, style: Style, d: &Diagnostic) -> String {
    let (level, name) = match d.severity {
        Severity::Error => (Level::ERROR, catalog.format("severity-error", &[])),
        Severity::Warning => (Level::WARNING, catalog.format("severity-warning", &[])),
    };
    let level = level.with_name(Some(name));
    let title = message(catalog, d);
    let path = sanitize(&d.file.display().to_string());
    let mut group = Group::with_title(level.primary_title(title).id(d.rule.name()));
    if let Some(file) = report.file(&d.file).filter(|f| !f.text().is_empty()) {
        let span = short_span(file.text(), d.span);
        let lines = file.lines_of(span);
        let text = &file.text()[lines.range()];
        let (source, span) = sanitize_mapped(text, span.start - lines.start..span.end.min(lines.end) - lines.start);
        group = group.element(
            Snippet::source(source)
                .line_start(d.start.line)
                .path(path)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(span)),
        );
    } else {
        group = group.element(Snippet::<annotate_snippets::Annotation<'_>>::source("").path(path).line_start(1));
    }
    let mut notes = Vec::new();
    if let Some(label) = &d.label {
        notes.push(catalog.format("note-unit", &[("label", sanitize(&catalog.label(label)).into())]));
    }
    if let Some(src) = &d.source {
        let location = format!("{}:{}", src.file.display(), src.line);
        notes.push(catalog.format("note-master", &[("location", sanitize(&location).into())]));
    }
    if let Some(drift) = &d.drift {
        notes.push(catalog.format("note-master-before", &[("text", sanitize(&drift.source_before).into())]));
        notes.push(catalog.format("note-master-after", &[("text", sanitize(&drift.source_after).into())]));
        let diff = match style {
            Style::Plain => diff_text(&drift.diff),
            Style::Color => colored_diff(&drift.diff),
        };
        notes.push(catalog.format("note-changes", &[("diff", diff.into())]));
    }
    let note = Level::NOTE.with_name(Some(catalog.format("note-word", &[])));
    for text in notes {
        group = group.element(note.clone().message(text));
    }
    renderer.render(&[group])
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
