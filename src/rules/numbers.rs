//! Numbers and dates: `number-mismatch`.

use super::{Context, PageCounts, Pair};
use crate::check::Conventions;
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;

/// ## What it reports
/// A number or date of the master unit that its translation does not write: neither as the
/// master writes it, nor in a form of the translation's locale (`10/10/2024` of a French
/// master written `10. Oktober 2024` in German), nor elsewhere in the translated page.
/// Placeholders are masked; with `[rules.number-mismatch] in = "code"`, only the numbers of
/// inline code are compared.
///
/// ## Why
/// A changed number (a date, a price, a port, a count) is a translation that says something
/// else, and no other rule sees it.
///
/// ## Example
/// Master `Version du 10/10/2024`, translation `Version of 10/11/2024`: `10/10/2024` missing.
pub(super) fn number_mismatch(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let (mi, ti) = (&pair.mu.inline, &pair.tu.inline);
    if !has_digit(&mi.text) {
        return;
    }
    // The master's numbers: placeholders masked (`{{port 80}}` is the translator's to
    // change), in code only when the project says so. The translation may write them
    // anywhere in the unit: in a placeholder (`{{2500}}`), or without backticks.
    // A number or date that the translation writes in its locale's own form
    // (`10. Oktober 2024`) is the same value.
    let mtext = master_text(cx, pair.m);
    let tnumbers = numbers_written(&ti.text);
    let mut reported = Vec::new();
    let mut ttext = None;
    for n in master_numbers(&mtext) {
        if !tnumbers.contains(&n) && !reported.contains(&n) && unaccounted(cx, n) {
            let forms = forms(cx, n);
            let text = ttext.get_or_insert_with(|| crate::numbers::normalize(&ti.text));
            if crate::numbers::writes(text, &forms) {
                continue;
            }
            // The forms are named when they tell more than the master's own writing.
            let finding = if forms.iter().any(|f| f != n) {
                Finding::NumberMissingForms { number: n.to_owned(), forms: forms.join("; ") }
            } else {
                Finding::NumberMissing { number: n.to_owned() }
            };
            out.push(pair.report(cx, finding, pair.tu.span));
            reported.push(n);
        }
    }
}

/// The text whose numbers `number-mismatch` looks for: the unit's, or its code's when the
/// project compares numbers in code only; placeholders masked.
pub(super) fn master_numbers_text(conventions: &Conventions, mi: &crate::model::Inline) -> String {
    if conventions.numbers_in_code_only {
        let code: Vec<&str> = mi.code.iter().map(|c| c.text.as_str()).collect();
        conventions.mask(&code.join(" ")).into_owned()
    } else {
        conventions.mask(&mi.text).into_owned()
    }
}

/// [`master_numbers_text`] of master unit `m`, made once per master when it can be.
fn master_text<'a>(cx: &Context<'a>, m: usize) -> std::borrow::Cow<'a, str> {
    match cx.master_keys.and_then(|k| k.numbers(m)) {
        Some(text) => std::borrow::Cow::Borrowed(text),
        None => std::borrow::Cow::Owned(master_numbers_text(cx.conventions, &cx.m.units[m].inline)),
    }
}

/// Whether the master has a number more times than the whole translation: a number found
/// in another unit of the translation (examples in another order) is not missing.
fn unaccounted(cx: &mut Context<'_>, n: &str) -> bool {
    if cx.number_counts.is_none() {
        let master: Vec<String> = (0..cx.m.units.len())
            .filter(|&m| has_digit(&cx.m.units[m].inline.text))
            .flat_map(|m| master_numbers(&master_text(cx, m)).into_iter().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let translation = cx.t.units.iter().flat_map(|u| numbers_written(&u.inline.text)).map(str::to_owned);
        cx.number_counts = Some(PageCounts::new(master, translation));
    }
    cx.number_counts.as_ref().is_none_or(|c| c.master_has_more(n))
}

/// The forms in which the translation's locale writes a number or date of the master, read
/// in the master's locale; the master's own writing alone when the value or a locale is
/// unknown (`1 000` with another space, where the translation's numbers split it in two).
fn forms(cx: &mut Context<'_>, n: &str) -> Vec<String> {
    let (conventions, lang) = (cx.conventions, cx.lang);
    let values = cx.values.get_or_insert_with(|| {
        let reading = crate::numbers::reading(conventions.master_language.as_deref()?)?;
        Some((reading, crate::numbers::Renderer::new(lang?)?))
    });
    let as_written = || vec![n.to_owned()];
    let Some((reading, renderer)) = values else { return as_written() };
    match reading.read(n) {
        Some(crate::numbers::Value::Date { .. }) if conventions.dates == crate::numbers::Dates::Exact => as_written(),
        Some(value) => renderer.forms(&value),
        None => as_written(),
    }
}

/// The numbers a translation writes, those glued to a word included: the master's `--fields 1`
/// may be written `-f1`.
fn numbers_written(text: &str) -> Vec<&str> {
    numbers_in(text, true, false)
}

/// The numbers of a master as `number-mismatch` reads them: [`crate::check::numbers`], groups
/// of three digits after a no-break, narrow no-break or thin space joined (`1 000,5` is one
/// number; after a plain space, `80 443` stays two).
pub(crate) fn master_numbers(text: &str) -> Vec<&str> {
    numbers_in(text, false, true)
}

/// Numbers and dates in a text: runs of digits joined by `/ . : , -` between digits; those
/// glued to a preceding letter only when `glued_too`; groups of three digits after a
/// no-break, narrow no-break or thin space joined when `grouped`.
pub(crate) fn numbers_in(text: &str, glued_too: bool, grouped: bool) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Sixteen bytes at a time while they hold no digit (compiled to vector instructions).
        while let Some(block) = bytes.get(i..i + 16)
            && !block.iter().fold(false, |seen, b| seen | b.is_ascii_digit())
        {
            i += 16;
        }
        if i >= bytes.len() {
            break;
        }
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued = text[..i].chars().next_back().is_some_and(char::is_alphabetic);
        let start = i;
        i += 1;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b'/' | b'.' | b':' | b',' | b'-')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            {
                i += 1;
            } else if grouped && let Some(space) = group_space(&text[i..]) {
                i += space + 3;
            } else {
                break;
            }
        }
        if glued_too || !glued {
            out.push(&text[start..i]);
        }
    }
    out
}

/// The length of the space that opens `rest` when it is a space between groups of a number
/// (no-break, narrow no-break or thin) followed by exactly three digits.
fn group_space(rest: &str) -> Option<usize> {
    let space = rest.chars().next().filter(|c| matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}'))?.len_utf8();
    let digits = rest.as_bytes().get(space..)?;
    let run = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    (run == 3).then_some(space)
}

/// Whether a text has an ASCII digit. Scanned in blocks without an early exit per byte, which
/// compiles to vector instructions: this runs on every master unit for every translation.
pub(crate) fn has_digit(text: &str) -> bool {
    text.as_bytes().chunks(32).any(|c| c.iter().fold(false, |seen, b| seen | b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers are found wherever they fall in the blocks that a text without digits skips.
    #[test]
    fn numbers_are_found_across_skipped_blocks() {
        for at in 0..40 {
            for tail in ["", " x", "é"] {
                let text = format!("{} 7.5{tail} {}12", "a".repeat(at), " ".repeat(at % 17));
                assert_eq!(numbers_in(&text, false, false), ["7.5", "12"], "{text:?}");
                let glued = format!("{}v2 3", "é".repeat(at));
                assert_eq!(numbers_in(&glued, false, false), ["3"], "{glued:?}");
                assert_eq!(numbers_in(&glued, true, false), ["2", "3"], "{glued:?}");
            }
        }
        assert!(numbers_in(&"x".repeat(100), true, true).is_empty());
        assert_eq!(numbers_in(&format!("{} 1\u{a0}000", "a".repeat(30)), false, true), ["1\u{a0}000"]);
    }
}
