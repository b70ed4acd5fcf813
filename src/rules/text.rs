//! The text of a unit as a whole: `empty-unit`, `untranslated`, `glossary`, and the QA rules
//! of [`crate::qa`].

use super::{Context, Pair, names_file, outside_code};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::model::{Label, Unit};

/// Whether the translation left a unit of the master empty.
pub(super) fn is_emptied(pair: &Pair<'_>) -> bool {
    pair.tu.inline.text.trim().is_empty() && !pair.mu.inline.text.trim().is_empty()
}

/// ## What it reports
/// A translated unit with no text where its master unit has some. The unit's other rules are
/// then not run: they would only repeat it.
///
/// ## Why
/// An empty heading, value or key is text the reader of that language never gets.
///
/// ## Example
/// Master `title: Charte`, translation `title: ""`: the unit is empty.
pub(super) fn empty_unit(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    out.push(pair.report(cx, Finding::EmptyUnit {}, pair.tu.span));
}

/// ## What it reports
/// A unit with the same words as its master unit, whatever the spacing, when the master has
/// words to translate: not units of code, links, URLs and numbers only, not the glossary's
/// kept terms, not identifier keys of the front matter (`slug`, `[rules.untranslated] keys`),
/// not a heading that names a command or the page's file.
///
/// ## Why
/// A unit copied from the master and not yet translated reads in the master's language.
///
/// ## Example
/// Master `Nous sommes une association.`, translation the same: untranslated.
pub(super) fn untranslated(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let mi = &pair.mu.inline;
    if pair.identical() && has_prose(cx, &mi.text) && !identical_by_design(cx, pair.mu) {
        out.push(pair.report(cx, Finding::Untranslated {}, pair.tu.span));
    }
}

/// ## What it reports
/// A glossary term of the master unit whose approved rendering in the translation's language
/// is missing from the translated unit, or a term to keep as written that the translation
/// altered (`[glossary]` of `charte.toml`). A unit left in the master's language is
/// `untranslated`'s to report.
///
/// ## Why
/// A project's terms, translated one way everywhere, are what its readers learn to recognise.
///
/// ## Example
/// With `charte = { en = "charter" }`, master `La charte`, translation `The chart`: `charte`
/// lacks its rendering `charter`.
pub(super) fn glossary(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    if pair.identical() {
        return;
    }
    for finding in cx.conventions.glossary.check(&pair.mu.inline.text, &pair.tu.inline.text) {
        let finding = match finding {
            crate::glossary::Finding::Rendering { term, expected } => {
                Finding::GlossaryRendering { term: term.to_owned(), expected: expected.to_owned() }
            }
            crate::glossary::Finding::Kept { term } => Finding::GlossaryKept { term: term.to_owned() },
        };
        out.push(pair.report(cx, finding, pair.tu.span));
    }
}

/// Whether a master unit is the same in every language by design: an identifier key of
/// the front matter, a heading that is one command name, a unit of only code spans, links,
/// URLs and numbers.
fn identical_by_design(cx: &Context<'_>, mu: &Unit) -> bool {
    match &mu.label {
        // A slug is an identifier: translated or not, it is the translator's choice.
        Label::Key { key } => return key == "slug" || cx.conventions.identifier_keys.iter().any(|k| k == key),
        Label::Heading { .. } if code_like_token(&mu.inline.text) || names_file(&mu.inline.text, cx.mf) => {
            return true;
        }
        _ => {}
    }
    if mu.inline.code.is_empty() && mu.inline.links.is_empty() {
        return false;
    }
    // What is left once code spans and links are cut out of the source.
    let rest = outside_code(cx.mf, mu, true);
    !has_prose(cx, &rest)
}

/// Whether a text has words to translate once the glossary's kept terms are set aside.
fn has_prose(cx: &Context<'_>, text: &str) -> bool {
    crate::check::has_prose(&cx.conventions.glossary.without_kept(text))
}

/// Whether a text is one code-like token: a command or file name (`tar`, `git-commit`,
/// `7z`), ASCII lowercase letters, digits and `-_.+:/@`, no blank.
fn code_like_token(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.+:/@".contains(&b))
}
