//! Bold and italic: `strong-count`, `emphasis-count`, `unclosed-emphasis`.

use super::{Context, Pair};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;

/// ## What it reports
/// A unit with another number of strong spans (`**bold**`) than its master unit.
///
/// ## Why
/// The charter's values name their key words in bold; a translation that loses or adds one
/// changes what the reader sees first.
///
/// ## Example
/// Master `1. **Un** deux`, translation `1. One two`: one strong span expected, none found.
pub(super) fn strong_count(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let (m, t) = (pair.mu.inline.strong.len(), pair.tu.inline.strong.len());
    if m != t {
        out.push(pair.report(cx, Finding::StrongCount { found: t, expected: m }, pair.tu.span));
    }
}

/// ## What it reports
/// A unit with another number of emphasis spans (`_italic_`) than its master unit; only
/// missing ones when the project accepts added emphasis (`[rules.emphasis-count] extra =
/// "allow"`).
///
/// ## Why
/// Emphasis marks titles, terms and stress that the translation should keep.
///
/// ## Example
/// Master `Lisez _la charte_`, translation `Read the charter`: one span expected, none found.
pub(super) fn emphasis_count(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let (m, t) = (pair.mu.inline.emphasis.len(), pair.tu.inline.emphasis.len());
    if m != t && (t < m || !cx.conventions.allow_extra_emphasis) {
        out.push(pair.report(cx, Finding::EmphasisCount { found: t, expected: m }, pair.tu.span));
    }
}

/// ## What it reports
/// Each emphasis delimiter (`*`, `_`, `**`) that Markdown left as literal text in a unit whose
/// master has fewer, once the master's own literal `*` and `_` are accounted for.
///
/// ## Why
/// A delimiter that does not close (`**Un* deux`) shows its asterisks to the reader and
/// loses the emphasis.
///
/// ## Example
/// Master `**Un** deux`, translation `**One* two`: the stray delimiters are reported.
pub(super) fn unclosed_emphasis(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let (mi, ti) = (&pair.mu.inline, &pair.tu.inline);
    if ti.stray_delimiters.len() <= mi.stray_delimiters.len() {
        return;
    }
    // A literal `*` or `_` of the master stays literal in a translation, whatever its
    // language attaches to it (Korean `*를` for "`*` as object").
    let literal = |c: u8| literal_runs(&mi.text, c).max(mi.stray_delimiters.len());
    let bytes = cx.tf.text().as_bytes();
    let stray = |c: u8| ti.stray_delimiters.iter().filter(|s| bytes.get(s.start) == Some(&c)).count();
    if stray(b'*') > literal(b'*') || stray(b'_') > literal(b'_') {
        for s in &ti.stray_delimiters {
            let delimiter = cx.tf.text()[s.range()].to_owned();
            out.push(pair.report(cx, Finding::UnclosedEmphasis { delimiter }, *s));
        }
    }
}

/// How many runs of the byte `c` a text has.
fn literal_runs(text: &str, c: u8) -> usize {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| b[i] == c && (i == 0 || b[i - 1] != c)).count()
}
