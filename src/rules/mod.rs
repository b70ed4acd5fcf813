//! The rules that compare one aligned pair of units, a master unit and its translation: one
//! function per rule, each documented beside its code, and the table [`UNIT_RULES`] that the
//! walk of [`crate::check`] calls for every pair.
//!
//! The walk aligns the documents (sections, blocks, lists, front matter) and reports what does
//! not line up; each pair it aligns then goes through this table. A rule that the project
//! turns off ([`crate::check::Conventions::skip`], set from [`crate::Overrides`]) is not
//! computed at all.
//!
//! Adding a rule of this kind: its function in the family's file, with its doc (what it
//! reports, why, an example); its entry in [`UNIT_RULES`]; its [`crate::finding::Finding`]
//! variants and their messages in every locale.

mod code;
mod emphasis;
mod links;
mod numbers;
mod quality;
mod text;

use crate::check::Conventions;
use crate::diagnostic::{Diagnostic, Rule};
use crate::finding::Finding;
use crate::model::{Document, Unit};
use crate::source::{SourceFile, Span};
use std::cell::OnceCell;

#[cfg(test)]
pub(crate) use numbers::master_numbers;
pub(crate) use numbers::{has_digit, numbers_in};

/// What the rules know of the two documents compared, and what they work out once per
/// comparison (counts of the whole pages, locale data) on the first pair that needs it.
pub(crate) struct Context<'a> {
    pub(crate) mf: &'a SourceFile,
    pub(crate) m: &'a Document,
    pub(crate) tf: &'a SourceFile,
    pub(crate) t: &'a Document,
    pub(crate) conventions: &'a Conventions,
    /// The translation's language tag.
    pub(crate) lang: Option<&'a str>,
    /// The document's usual length ratio, translation over master, for `length-ratio`.
    pub(crate) usual_ratio: Option<f64>,
    /// How many times each inline code (as [`Conventions::code_key`] compares it) appears in
    /// the whole master and the whole translation: made on the first code mismatch.
    code_counts: Option<PageCounts>,
    /// The same for numbers: made on the first number missing from a unit.
    number_counts: Option<PageCounts>,
    /// The same for link targets: made on the first link mismatch.
    link_counts: Option<PageCounts>,
    /// How the master's language reads values and how the translation's renders them: looked
    /// up on the first number missing from a unit (`None` inside when either locale is unknown).
    values: Option<Option<(std::sync::Arc<crate::numbers::Reading>, crate::numbers::Renderer)>>,
    /// The code keys of the master's units and of the translation's, made once each.
    mkeys: Vec<Option<Vec<String>>>,
    tkeys: Vec<Option<Vec<String>>>,
    /// The master's keys made once per run for all its translations, when they were made
    /// under this comparison's conventions (else `mkeys` are made here).
    pub(crate) master_keys: Option<&'a MasterKeys>,
    /// Which entries of [`UNIT_RULES`] run (bit `k` for entry `k`): decided once, not per pair.
    runs: u64,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        mf: &'a SourceFile,
        m: &'a Document,
        tf: &'a SourceFile,
        t: &'a Document,
        conventions: &'a Conventions,
        lang: Option<&'a str>,
    ) -> Self {
        let master_keys = MasterKeys::of(m, conventions);
        Self {
            mf,
            m,
            tf,
            t,
            conventions,
            lang,
            usual_ratio: None,
            code_counts: None,
            number_counts: None,
            link_counts: None,
            values: None,
            master_keys,
            // Needed only when the master's shared keys were made under other conventions.
            mkeys: if master_keys.is_some() { Vec::new() } else { vec![None; m.units.len()] },
            tkeys: vec![None; t.units.len()],
            runs: UNIT_RULES
                .iter()
                .enumerate()
                .filter(|(_, rule)| rule.rules.iter().any(|r| !conventions.skip.contains(r)))
                .fold(0, |runs, (k, _)| runs | 1 << k),
        }
    }

    /// The code keys ([`Conventions::code_key`]) of a unit's inline code, made once per
    /// comparison: alignment and the unit's comparison both need them.
    pub(crate) fn code_keys(&mut self, master: bool, unit: usize) -> &[String] {
        if master && let Some(keys) = self.master_keys {
            return &keys.code[unit];
        }
        let (cache, doc) = if master { (&mut self.mkeys, self.m) } else { (&mut self.tkeys, self.t) };
        let c = self.conventions;
        cache[unit].get_or_insert_with(|| doc.units[unit].inline.code.iter().map(|x| c.code_key(&x.text)).collect())
    }

    /// The code keys of a unit made before by [`Context::code_keys`] (none if they were not).
    pub(crate) fn made_code_keys(&self, master: bool, unit: usize) -> &[String] {
        if master && let Some(keys) = self.master_keys {
            return &keys.code[unit];
        }
        let cache = if master { &self.mkeys } else { &self.tkeys };
        cache[unit].as_deref().unwrap_or_default()
    }

    /// Whether the project computes `rule`.
    pub(crate) fn wants(&self, rule: Rule) -> bool {
        !self.conventions.skip.contains(&rule)
    }

    /// Compares one aligned pair with every rule the project computes, in the order of
    /// [`UNIT_RULES`]; findings go to `out`, named by the master's unit.
    pub(crate) fn compare(&mut self, pair: &Pair<'a>, out: &mut Vec<Diagnostic>) {
        // One finding says an empty unit; the other rules would only repeat it.
        if text::is_emptied(pair) {
            if self.wants(Rule::EmptyUnit) {
                text::empty_unit(self, pair, out);
            }
            return;
        }
        for (k, rule) in UNIT_RULES.iter().enumerate() {
            if self.runs & 1 << k != 0 {
                (rule.check)(self, pair, out);
            }
        }
    }
}

/// A master unit and the translated unit aligned with it.
pub(crate) struct Pair<'a> {
    /// Index of the master unit.
    pub(crate) m: usize,
    /// Index of the translated unit.
    pub(crate) t: usize,
    pub(crate) mu: &'a Unit,
    pub(crate) tu: &'a Unit,
    /// The pair's lengths, as `length-ratio` measured them.
    pub(crate) lengths: Option<(usize, usize)>,
    /// Whether the two units have the same words: `untranslated` and `glossary` both ask.
    identical: OnceCell<bool>,
}

impl<'a> Pair<'a> {
    pub(crate) fn new(cx: &Context<'a>, m: usize, t: usize, lengths: Option<(usize, usize)>) -> Self {
        Self { m, t, mu: &cx.m.units[m], tu: &cx.t.units[t], lengths, identical: OnceCell::new() }
    }

    /// Whether the translated unit has the master's words, whatever the spacing.
    fn identical(&self) -> bool {
        *self.identical.get_or_init(|| crate::check::same_words(&self.mu.inline.text, &self.tu.inline.text))
    }

    /// A finding about this pair at `at` in the translation, named by the master's unit.
    fn report(&self, cx: &Context<'_>, finding: Finding, at: Span) -> Diagnostic {
        finding.at(cx.tf, at).unit(self.mu).source(cx.mf, self.mu.span)
    }
}

/// A rule's function: it compares a pair and adds what it finds to the list.
type Check = for<'a> fn(&mut Context<'a>, &Pair<'a>, &mut Vec<Diagnostic>);

/// What the unit rules compare of a master's units, made once per master and kept on its
/// [`Document`] for every translation compared with it.
#[derive(Debug, Clone)]
pub(crate) struct MasterKeys {
    /// The placeholder patterns and the numbers setting they were made under.
    patterns: Vec<String>,
    numbers_in_code_only: bool,
    /// Each unit's code keys ([`Conventions::code_key`]).
    code: Vec<Vec<String>>,
    /// The text whose numbers `number-mismatch` compares, for the units with a digit.
    numbers: Vec<Option<String>>,
}

impl MasterKeys {
    /// The keys of `doc`, made on first use; `None` when the document keeps keys made under
    /// other conventions (a library comparing one master under two [`Conventions`]).
    pub(crate) fn of<'a>(doc: &'a Document, c: &Conventions) -> Option<&'a Self> {
        let keys = doc.keys.get_or_init(|| Self {
            patterns: c.placeholders.iter().map(|p| p.as_str().to_owned()).collect(),
            numbers_in_code_only: c.numbers_in_code_only,
            code: doc.units.iter().map(|u| u.inline.code.iter().map(|x| c.code_key(&x.text)).collect()).collect(),
            numbers: (doc.units.iter())
                .map(|u| has_digit(&u.inline.text).then(|| numbers::master_numbers_text(c, &u.inline)))
                .collect(),
        });
        let same = keys.numbers_in_code_only == c.numbers_in_code_only
            && keys.patterns.iter().map(String::as_str).eq(c.placeholders.iter().map(regex_lite::Regex::as_str));
        same.then_some(keys)
    }

    /// The text whose numbers `number-mismatch` compares, of a master unit with a digit.
    fn numbers(&self, unit: usize) -> Option<&str> {
        self.numbers.get(unit)?.as_deref()
    }
}

/// An entry of [`UNIT_RULES`]: the rules a function reports, and the function.
pub(crate) struct UnitRule {
    /// The rules whose findings it makes: it runs unless all are turned off.
    pub(crate) rules: &'static [Rule],
    /// The function.
    check: Check,
}

/// The rules that compare an aligned pair of units, in the order they run. `empty-unit`
/// comes before them all ([`Context::compare`]): a unit left empty is reported as such alone.
pub(crate) const UNIT_RULES: &[UnitRule] = &[
    UnitRule { rules: &[Rule::StrongCount], check: emphasis::strong_count },
    UnitRule { rules: &[Rule::EmphasisCount], check: emphasis::emphasis_count },
    UnitRule { rules: &[Rule::UnclosedEmphasis], check: emphasis::unclosed_emphasis },
    UnitRule { rules: &[Rule::LinkMismatch], check: links::link_mismatch },
    UnitRule { rules: &[Rule::CodeMismatch], check: code::code_mismatch },
    UnitRule { rules: &[Rule::NumberMismatch], check: numbers::number_mismatch },
    UnitRule { rules: &[Rule::Untranslated], check: text::untranslated },
    UnitRule { rules: &[Rule::Glossary], check: text::glossary },
    UnitRule { rules: &[Rule::EndPunctuation], check: quality::end_punctuation },
    UnitRule { rules: &[Rule::SentenceCount], check: quality::sentence_count },
    UnitRule { rules: &[Rule::LengthRatio], check: quality::length_ratio },
    UnitRule { rules: &[Rule::RepeatedWord], check: quality::repeated_word },
];

// [`Context`] keeps one bit per entry.
const _: () = assert!(UNIT_RULES.len() <= 64);

/// How many times each key (a code key, a number, a link target) appears in the whole master
/// and in the whole translation: what a unit lacks may be elsewhere in the page.
struct PageCounts(std::collections::HashMap<String, (usize, usize)>);

impl PageCounts {
    fn new(master: impl IntoIterator<Item = String>, translation: impl IntoIterator<Item = String>) -> Self {
        let mut counts = std::collections::HashMap::<String, (usize, usize)>::new();
        for k in master {
            counts.entry(k).or_default().0 += 1;
        }
        for k in translation {
            counts.entry(k).or_default().1 += 1;
        }
        Self(counts)
    }

    fn get(&self, key: &str) -> (usize, usize) {
        self.0.get(key).copied().unwrap_or_default()
    }

    /// Whether the master page has `key` more times than the translation: it is missing.
    fn master_has_more(&self, key: &str) -> bool {
        let (m, t) = self.get(key);
        m > t
    }

    /// Whether the translation page has `key` more times than the master: it is extra.
    fn translation_has_more(&self, key: &str) -> bool {
        let (m, t) = self.get(key);
        t > m
    }
}

/// What the master has that the translation lacks, and what the translation adds (with where).
fn multiset_diff<'a>(
    master: impl Iterator<Item = &'a str>,
    translation: impl Iterator<Item = (&'a str, Span)>,
) -> (Vec<&'a str>, Vec<(&'a str, Span)>) {
    let mut missing: Vec<&str> = master.collect();
    let mut extra = Vec::new();
    for (item, at) in translation {
        match missing.iter().position(|m| *m == item) {
            Some(i) => {
                missing.swap_remove(i);
            }
            None => extra.push((item, at)),
        }
    }
    (missing, extra)
}

/// The source of a unit with its code spans (and its links, when `links`) cut out, each cut
/// left as a space.
fn outside_code(file: &SourceFile, unit: &Unit, links: bool) -> String {
    let text = file.text();
    let mut cuts: Vec<Span> = unit.inline.code.iter().map(|c| c.span).collect();
    if links {
        cuts.extend(unit.inline.links.iter().map(|l| l.span));
    }
    cuts.sort_by_key(|c| c.start);
    let mut rest = String::with_capacity(unit.span.range().len());
    let mut at = unit.span.start;
    for c in cuts {
        if c.start > at {
            rest.push_str(text.get(at..c.start).unwrap_or_default());
        }
        rest.push(' ');
        at = at.max(c.end);
    }
    rest.push_str(text.get(at..unit.span.end).unwrap_or_default());
    rest
}

/// Whether a heading names its document: its words, lowercased, their leading dashes dropped
/// and joined by `-`, are the file's stem (`# git merge` in `git-merge.md`, `# pacman -S` in
/// `pacman-s.md`, `# nix build` in `nix-build.3.md`).
fn names_file(heading: &str, file: &SourceFile) -> bool {
    let Some(stem) = file.path().file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let mut name = String::with_capacity(heading.len());
    for word in heading.split_whitespace() {
        if !name.is_empty() {
            name.push('-');
        }
        name.extend(word.trim_start_matches('-').chars().flat_map(char::to_lowercase));
    }
    let stem = stem.to_lowercase();
    !name.is_empty() && (stem == name || stem.strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_has_one_entry() {
        let table = UNIT_RULES.iter().flat_map(|r| r.rules.iter().copied());
        let mut rules: Vec<Rule> = std::iter::once(Rule::EmptyUnit).chain(table).collect();
        let n = rules.len();
        rules.sort_unstable();
        rules.dedup();
        assert_eq!(rules.len(), n);
        assert_eq!(n, 13);
    }
}
