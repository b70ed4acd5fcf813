//! GitHub workflow commands: one `::error` or `::warning` annotation per diagnostic.
//!
//! Messages escape `%`, `\r` and `\n`; properties also escape `:` and `,`. Nothing a document
//! contains can end the command early or start another one.

use super::{Shown, message};
use crate::diagnostic::Severity;
use crate::i18n::Catalog;
use crate::project::Report;

/// Escapes the message part of a workflow command.
///
/// ```
/// use charte::report::github_escape_data;
/// assert_eq!(github_escape_data("50%\n::set-env"), "50%25%0A::set-env");
/// ```
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders one annotation per line, at most [`super::SHOWN_PER_RULE`] per file and rule, then
/// a notice with the count of the others.
pub fn render(report: &Report, catalog: &Catalog) -> String {
    let mut out = String::new();
    for item in super::shown(report) {
        let d = match item {
            Shown::Finding(d) => d,
            Shown::More { file, rule, count } => {
                out.push_str(&format!(
                    "::notice file={},title={}::{}\n",
                    escape_property(&super::path(file)),
                    escape_property(rule.name()),
                    escape_data(&super::more(catalog, file, rule, count)),
                ));
                continue;
            }
        };
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut text = message(catalog, d);
        if let Some(src) = &d.source {
            text.push('\n');
            text.push_str(
                &catalog
                    .format("note-master", &[("location", format!("{}:{}", super::path(&src.file), src.line).into())]),
            );
        }
        if let Some(drift) = &d.drift {
            text.push('\n');
            text.push_str(&catalog.format("note-changes", &[("diff", super::diff_text(&drift.diff).into())]));
        }
        out.push_str(&format!(
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(&super::path(&d.file)),
            d.start.line,
            d.start.column,
            d.end.line,
            d.end.column,
            escape_property(d.rule.name()),
            escape_data(&text),
        ));
    }
    out
}
