//! Inline code: `code-mismatch`.

use super::{Context, PageCounts, Pair, multiset_diff, names_file, outside_code};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::model::{Document, Unit};
use crate::source::{SourceFile, Span};

/// ## What it reports
/// Inline code of the master unit missing from its translation, and code the translation
/// adds, compared as [`crate::check::Conventions::code_key`] writes them (placeholders
/// masked, spacing between symbols ignored). Code found in another unit of the other page
/// is moved, not missing; one word set as code on one side and written plainly on the other
/// is the same word.
///
/// ## Why
/// Commands, options and paths are the same in every language: one changed is an example
/// that no longer works.
///
/// ## Example
/// Master ``Lancez `tar cf a.tar` ``, translation ``Run `tar xf a.tar` ``: one code span
/// missing, one extra.
pub(super) fn code_mismatch<'a>(cx: &mut Context<'a>, pair: &Pair<'a>, out: &mut Vec<Diagnostic>) {
    let (mi, ti) = (&pair.mu.inline, &pair.tu.inline);
    if mi.code.is_empty() && ti.code.is_empty() {
        return;
    }
    // Placeholders are masked first: `{{path}}` translated is the same code.
    let tcode: Vec<_> = cx.code_keys(false, pair.t).iter().cloned().zip(&ti.code).collect();
    let mcode: Vec<_> = cx.code_keys(true, pair.m).iter().cloned().zip(&mi.code).collect();
    let (missing, extra) =
        multiset_diff(mcode.iter().map(|m| m.0.as_str()), tcode.iter().map(|t| (t.0.as_str(), t.1.span)));
    if missing.is_empty() && extra.is_empty() {
        return;
    }
    let (missing, extra) = unaccounted(cx, pair.mu, pair.tu, missing, extra);
    for (key, at) in extra {
        let text = tcode.iter().find(|t| t.1.span == at).map_or(key, |t| t.1.text.as_str());
        out.push(pair.report(cx, Finding::CodeExtra { code: text.to_owned() }, at));
    }
    let mut shown = vec![false; mcode.len()];
    for key in missing {
        // Name the master's code as written, each span once.
        let i = mcode.iter().enumerate().position(|(i, m)| !shown[i] && m.0 == key);
        let text = i.map_or(key, |i| {
            shown[i] = true;
            mcode[i].1.text.as_str()
        });
        out.push(pair.report(cx, Finding::CodeMissing { code: text.to_owned() }, pair.tu.span));
    }
}

/// The code mismatches of a unit pair that the pages do not account for elsewhere:
/// - code found in another unit of the other page is not missing or extra, only moved
///   (examples in another order, or paired with a neighbour's);
/// - in prose, one word set as code on one side and written as a plain word on the other
///   (`apt` and "apt", a word the translator quoted or set as code) is the same word.
fn unaccounted<'a, 'k>(
    cx: &mut Context<'a>,
    mu: &Unit,
    tu: &Unit,
    missing: Vec<&'k str>,
    extra: Vec<(&'k str, Span)>,
) -> (Vec<&'k str>, Vec<(&'k str, Span)>) {
    let (c, m, t) = (cx.conventions, cx.m, cx.t);
    let counts = cx.code_counts.get_or_insert_with(|| {
        let code = |d: &'a Document| d.units.iter().flat_map(|u| &u.inline.code).map(|x| c.code_key(&x.text));
        PageCounts::new(code(m), code(t))
    });
    let missing: Vec<&str> = missing.into_iter().filter(|k| counts.master_has_more(k)).collect();
    let extra: Vec<(&str, Span)> = extra.into_iter().filter(|(k, _)| counts.translation_has_more(k)).collect();
    // Prose: some word of two letters or more besides the code (`Start `htop`:`).
    let prose = |file: &SourceFile, unit: &Unit| {
        let rest = outside_code(file, unit, false);
        rest.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().nth(1).is_some()).then_some(rest)
    };
    let (mut mprose, mut tprose) = (None, None);
    let missing = missing
        .into_iter()
        .filter(|k| {
            let Some(word) = one_word(k) else { return true };
            let (Some(_), Some(text)) =
                (mprose.get_or_insert_with(|| prose(cx.mf, mu)), tprose.get_or_insert_with(|| prose(cx.tf, tu)))
            else {
                return true;
            };
            let translatable = c.translatable_words && plain_word(word);
            !has_word(text, word) && !translatable
        })
        .collect();
    let extra = extra
        .into_iter()
        .filter(|(k, _)| {
            let Some(word) = one_word(k) else { return true };
            let Some(text) = mprose.get_or_insert_with(|| prose(cx.mf, mu)) else { return true };
            // The page's own command set as code (`anki` in "start `anki`") is no new code.
            let translatable = c.translatable_words && plain_word(word);
            !has_word(text, word) && !names_file(word, cx.mf) && !translatable
        })
        .collect();
    (missing, extra)
}

/// A word of letters, or sample words joined by `_` (`printer_name`): what a description may
/// set as code and a translator translate. An option (`--force`), a path, a command with `-`
/// (`git-commit`) or a number is not one.
fn plain_word(word: &str) -> bool {
    word.split('_').all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic))
}

/// A code key that is one word (no space, no placeholder), as the word.
fn one_word(key: &str) -> Option<&str> {
    (!key.is_empty() && !key.contains([' ', '\u{fffc}'])).then_some(key)
}

/// Whether `text` has `word` as a whole word (not inside a longer word or name), ignoring ASCII
/// case.
fn has_word(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let (lower, word) = (text.to_ascii_lowercase(), word.to_ascii_lowercase());
    lower.match_indices(&word).any(|(i, _)| {
        !lower[..i].chars().next_back().is_some_and(part) && !lower[i + word.len()..].chars().next().is_some_and(part)
    })
}
