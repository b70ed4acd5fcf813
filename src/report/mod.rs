//! Renderers: a [`Report`](crate::project::Report) to text for people or machines.
//!
//! Every renderer reads the same diagnostics and words them with the same [`Catalog`]; none
//! prints. Text taken from documents is made safe for where it goes ([`sanitize`] for
//! terminals, escaping for GitHub commands, Markdown and HTML).

mod github;
mod human;
mod json;
mod markdown;
mod outline;
mod rules;
mod sarif;
pub mod status;

pub use github::{escape_data as github_escape_data, escape_property as github_escape_property, render as github};
pub use human::{Style, colored_diff, render as human, summary};
pub use json::render as json;
pub use markdown::{escape as markdown_escape, render as markdown};
pub use outline::{model_json, outline};
pub use rules::{Example, example, rule_doc, rules_list};
pub use sarif::render as sarif;
pub use status::html_escape;

use crate::diagnostic::Diagnostic;
use crate::i18n::Catalog;

/// Replaces characters that could act on a terminal (control characters, escape sequences,
/// bidirectional overrides) with U+FFFD; `\r\n` becomes `\n`, tabs stay.
///
/// ```
/// use charte::report::sanitize;
/// assert_eq!(sanitize("a\u{1b}[31mb\r\nc\td"), "a\u{fffd}[31mb\nc\td");
/// ```
pub fn sanitize(text: &str) -> String {
    sanitize_mapped(text, 0..0).0
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
            c if unsafe_char(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

/// Characters never printed raw: controls, bidirectional controls, other invisible formatters.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// The message of a diagnostic, localised and safe to print.
pub fn message(catalog: &Catalog, d: &Diagnostic) -> String {
    sanitize(&catalog.message(d)).replace('\n', " ")
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
