//! A Markdown summary for a pull request comment or a CI step summary.

use super::{Shown, message};
use crate::diagnostic::Severity;
use crate::i18n::Catalog;
use crate::project::Report;

/// Escapes text for a Markdown table cell or paragraph: no `|`, backtick, HTML, math or line
/// break from a document can change the layout; hidden characters show as `\u{…}`.
///
/// ```
/// use charte::report::markdown_escape;
/// assert_eq!(markdown_escape("a|b `c` <x> $y$"), "a\\|b \\`c\\` &lt;x&gt; \\$y\\$");
/// assert_eq!(markdown_escape("a\nb"), "a\\\\u{a}b");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in super::sanitize_line(s).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders one table row per translation, then the findings of each.
pub fn render(report: &Report, catalog: &Catalog) -> String {
    let mut out = format!("## {}\n\n", escape(&catalog.format("status-title", &[])));
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---:|---:|\n",
        catalog.format("status-language", &[]),
        catalog.format("status-file", &[]),
        catalog.format("severity-error", &[]),
        catalog.format("severity-warning", &[]),
    ));
    for f in &report.files {
        let errors = f.comparison.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let warnings = f.comparison.diagnostics.len() - errors;
        let mark = if errors > 0 {
            "✗"
        } else if warnings > 0 {
            "⚠"
        } else {
            "✓"
        };
        out.push_str(&format!(
            "| {mark} {} | {} | {errors} | {warnings} |\n",
            escape(f.lang.as_deref().unwrap_or("?")),
            escape(&f.file.path().display().to_string()),
        ));
    }
    out.push('\n');
    for item in super::shown(report) {
        let d = match item {
            Shown::Finding(d) => d,
            Shown::More { file, rule, count } => {
                out.push_str(&format!("- {}\n", escape(&super::more(catalog, file, rule, count))));
                continue;
            }
        };
        out.push_str(&format!(
            "- **{}** {}:{}:{} `{}` — {}\n",
            catalog.format(if d.severity == Severity::Error { "severity-error" } else { "severity-warning" }, &[]),
            escape(&d.file.display().to_string()),
            d.start.line,
            d.start.column,
            d.rule.name(),
            escape(&message(catalog, d)),
        ));
    }
    out.push('\n');
    // The summary's lines (catalogue text, no file name) as one paragraph.
    out.push_str(&escape(&super::human::summary(report, catalog).replace('\n', " ")));
    out.push('\n');
    out
}
