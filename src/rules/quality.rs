//! The checks translators know from pofilter, Weblate and Okapi: a unit's end punctuation, its
//! sentences, its length, and a word written twice. What they measure is in [`crate::qa`];
//! the master's side is measured once per run.

use super::{Context, Pair};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::qa::{self, End};

/// `end-punctuation`: the master unit ends with `.`, `?`, `!`, `:`, `;`, `…` or `,` and the
/// translation ends with another mark, or none. Why: a question made a statement, or a list's
/// introduction that lost its colon, is a change of meaning a reader notices. Marks are
/// compared as every script writes them (`？` is `?`, `。` is `.`, French `texte :` ends with
/// `:`); a unit ending with code, a URL or a number says nothing.
///
/// Master `Qui sommes-nous ?`, translation `Who we are.`: expected `?`, found `.`.
pub(super) fn end_punctuation(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let End::Mark(expected) = qa::measures(cx.mf, cx.m)[pair.m].end() else { return };
    let finding = match qa::unit_end(cx.tf, cx.t, pair.tu) {
        End::Mark(found) if found == expected => return,
        End::Mark(found) => Finding::EndPunctuation { expected: expected.to_string(), found: found.to_string() },
        End::None => Finding::EndPunctuationMissing { expected: expected.to_string() },
        End::Opaque => return,
    };
    out.push(pair.report(cx, finding, pair.tu.span));
}

/// `sentence-count`: a master unit of at least [`qa::SENTENCES_FROM`] sentences whose
/// translation has more than [`qa::SENTENCES_SLACK`] fewer. Why: a sentence left out is the
/// omission no other rule sees. Sentence ends skip abbreviations, decimals and ordinals
/// ([`qa::sentences`]); a line break ends a sentence of the translation, which is counted
/// generously.
///
/// Master `Un. Deux. Trois. Quatre.`, translation `One. Two.`: 2 sentences, 4 expected.
pub(super) fn sentence_count(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let expected = qa::measures(cx.mf, cx.m)[pair.m].sentences();
    if expected < qa::SENTENCES_FROM {
        return;
    }
    if let Some(found) = qa::fewer_sentences(cx.tf, pair.tu, expected) {
        out.push(pair.report(cx, Finding::SentenceCount { found, expected }, pair.tu.span));
    }
}

/// `length-ratio`: a unit far shorter or longer than the document's usual ratio of
/// translation to master (the median over its units of at least [`qa::RATIO_MIN_CHARS`]
/// characters, with [`qa::RATIO_MIN_UNITS`] of them at least), beyond [`qa::RATIO_FACTOR`]
/// either way. Why: half a sentence dropped keeps every marker but not the length.
///
/// A page translated at about 110 % of the master's length with one unit at 35 %.
pub(super) fn length_ratio(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(usual), Some(lengths)) = (cx.usual_ratio, pair.lengths) else { return };
    if let Some((percent, usual)) = qa::length_outlier(usual, lengths) {
        out.push(pair.report(cx, Finding::LengthRatio { percent, usual }, pair.tu.span));
    }
}

/// `repeated-word`: a word written twice in a row in the translation ("the the"), case
/// ignored, emphasis markers between them ignored, unless the master repeats it too or the
/// pair is grammatical ([`qa::REPEATS_ALLOWED`]: German "die die", French "nous nous"). Why:
/// the typo a reader stumbles on and a spell checker does not flag. Reported at the second
/// word.
///
/// Translation `We go to to the sea`: `to` written twice.
pub(super) fn repeated_word(cx: &mut Context<'_>, pair: &Pair<'_>, out: &mut Vec<Diagnostic>) {
    for (word, at) in qa::new_repeats(cx.mf, pair.mu, cx.tf, pair.tu) {
        out.push(pair.report(cx, Finding::RepeatedWord { word }, at));
    }
}
