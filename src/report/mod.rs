//! Renderers: a [`Report`] to text for people or machines.
//!
//! Every renderer reads the same diagnostics and words them with the same [`Catalog`]; none
//! prints. Text taken from documents is made safe for where it goes ([`sanitize`] for
//! terminals, escaping for GitHub commands, Markdown and HTML).

pub mod commands;
mod github;
mod human;
mod json;
mod markdown;
mod outline;
mod rules;
mod sarif;
pub mod status;

pub use github::{escape_data as github_escape_data, escape_property as github_escape_property, render as github};
pub use human::{Options as HumanOptions, Style, TO_TRANSLATE_SHOWN, colored_diff, render as human, summary};
pub use json::{render as json, write as write_json};
pub use markdown::{escape as markdown_escape, render as markdown};
pub use outline::{model_json, outline};
pub use rules::{rule_doc, rules_list};
pub use sarif::render as sarif;
pub use status::html_escape;

use crate::diagnostic::Diagnostic;
use crate::i18n::Catalog;
use crate::project::Report;

/// Makes document text safe to print on a terminal, keeping its lines: every character that
/// could act on a terminal or hide from the reader (control characters, C1 controls,
/// bidirectional overrides and isolates, zero-width and other invisible characters) is shown
/// as a visible escape such as `\u{202e}`, so the reader can tell which one it was. `\r\n`
/// becomes `\n`; line feeds and tabs stay.
///
/// ```
/// use charte::report::sanitize;
/// assert_eq!(sanitize("a\u{1b}[31mb\r\nc\td\u{202e}e"), "a\\u{1b}[31mb\nc\td\\u{202e}e");
/// ```
pub fn sanitize(text: &str) -> String {
    sanitize_mapped(text, 0..0).0
}

/// [`sanitize`] for text shown on one line (a file name, a message): line feeds, carriage
/// returns and tabs are escaped too, so nothing can start a line of its own.
///
/// ```
/// use charte::report::sanitize_line;
/// assert_eq!(sanitize_line("a.md\nChecked 5 files"), "a.md\\u{a}Checked 5 files");
/// ```
pub fn sanitize_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if hidden(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// A path as printed in every human-readable output: [`sanitize_line`] of its display form.
///
/// ```
/// use charte::report::path;
/// assert_eq!(path(std::path::Path::new("charter/e\u{202e}s.md")), "charter/e\\u{202e}s.md");
/// ```
pub fn path(path: &std::path::Path) -> String {
    sanitize_line(&path.display().to_string())
}

/// [`sanitize`], also mapping a byte range of `text` into the result.
pub(crate) fn sanitize_mapped(text: &str, range: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (None, None);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= range.start && start.is_none() {
            start = Some(out.len());
        }
        if i >= range.end && end.is_none() {
            end = Some(out.len());
        }
        match c {
            '\r' if chars.peek().is_some_and(|(_, n)| *n == '\n') => {}
            '\n' | '\t' => out.push(c),
            c if hidden(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// Characters never printed raw: controls (C0, DEL, C1), bidirectional controls, and
/// characters that are invisible or change how their neighbours look (zero-width characters,
/// word joiners, the soft hyphen, line and paragraph separators, byte order marks, fillers,
/// interlinear annotations, tags).
pub(crate) fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// The message of a diagnostic, localised and safe to print on one line.
pub fn message(catalog: &Catalog, d: &Diagnostic) -> String {
    sanitize_line(&catalog.message(d))
}

/// A word diff as text: `[-old-]{+new+}`.
///
/// ```
/// use charte::diagnostic::DiffOp;
/// use charte::report::diff_text;
/// let ops = [DiffOp::Equal("a ".into()), DiffOp::Delete("b".into()), DiffOp::Insert("c".into())];
/// assert_eq!(diff_text(&ops), "a [-b-]{+c+}");
/// ```
pub fn diff_text(ops: &[crate::diagnostic::DiffOp]) -> String {
    use crate::diagnostic::DiffOp;
    let mut out = String::new();
    for op in ops {
        match op {
            DiffOp::Equal(t) => out.push_str(t),
            DiffOp::Delete(t) => {
                out.push_str("[-");
                out.push_str(t);
                out.push_str("-]");
            }
            DiffOp::Insert(t) => {
                out.push_str("{+");
                out.push_str(t);
                out.push_str("+}");
            }
        }
    }
    sanitize(&out)
}

/// How many findings of one rule in one file the reports for people show (human, GitHub,
/// Markdown); the rest are counted in one line. JSON and SARIF keep every finding.
pub const SHOWN_PER_RULE: usize = 50;

/// A line of a report for people: a finding, or the count of those left out.
pub(crate) enum Shown<'a> {
    /// A finding.
    Finding(&'a Diagnostic),
    /// `count` more findings of `rule` in `file`, not shown.
    More { file: &'a std::path::Path, rule: crate::Rule, count: usize },
}

/// The findings of a report, at most [`SHOWN_PER_RULE`] per file and rule: after each file's
/// findings (the project's first), one [`Shown::More`] per rule that had more.
pub(crate) fn shown(report: &Report) -> impl Iterator<Item = Shown<'_>> {
    let groups = std::iter::once((report.project.as_slice(), None))
        .chain(report.files.iter().map(|f| (f.comparison.diagnostics.as_slice(), Some(f))));
    groups.flat_map(|(group, file)| {
        let mut counts: Vec<(&std::path::Path, crate::Rule, usize)> = Vec::new();
        let mut index: std::collections::HashMap<(&std::path::Path, crate::Rule), usize> =
            std::collections::HashMap::new();
        let mut items: Vec<Shown<'_>> = Vec::new();
        for d in group {
            let i = *index.entry((d.file.as_path(), d.rule)).or_insert_with(|| {
                counts.push((&d.file, d.rule, 0));
                counts.len() - 1
            });
            counts[i].2 += 1;
            let n = counts[i].2;
            if n <= SHOWN_PER_RULE {
                items.push(Shown::Finding(d));
            }
        }
        // Findings the comparison counted without keeping them are more of the same.
        for (rule, _, n) in file.into_iter().flat_map(crate::project::FileReport::omitted) {
            if let Some(c) = counts.iter_mut().find(|(_, r, _)| *r == rule) {
                c.2 += n;
            }
        }
        items.extend(counts.into_iter().filter(|(_, _, n)| *n > SHOWN_PER_RULE).map(|(file, rule, n)| Shown::More {
            file,
            rule,
            count: n - SHOWN_PER_RULE,
        }));
        items
    })
}

/// The line that counts the findings left out.
pub(crate) fn more(catalog: &Catalog, file: &std::path::Path, rule: crate::Rule, count: usize) -> String {
    catalog
        .format("more-findings", &[("count", count.into()), ("rule", rule.name().into()), ("file", path(file).into())])
}
