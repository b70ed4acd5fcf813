//! The project's glossary (`[glossary]` of `charte.toml`, or a file of its own): terms that
//! stay as written in every language (`keep`), and terms with an approved rendering per
//! language (`[glossary.terms]`). The `glossary` rule compares each aligned unit pair with it,
//! and `untranslated` takes kept terms as written by design.
//!
//! Terms are found in the master as whole words, letter case ignored: a word is a run of
//! letters and digits (Unicode), anything else separates words, so "l’IA" holds "IA" and
//! "KI-Modelle" holds "KI". A rendering is found in the translation word by word, in order
//! and side by side, each word of the rendering standing for any word that starts with its
//! first `max(n − 2, min(n, 4))` characters (`n` its length, letter case ignored): the last
//! two characters may change, and a word of four characters or fewer is matched whole. So
//! "wissenschaftliche Sorgfalt" is found in "wissenschaftlicher Sorgfalt" and "rigor
//! científico" in "rigor científica". A kept term must appear as written, letter case included
//! (as the glossary writes it, or as the master unit does).

use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

/// A term and its words, lowercased.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    words: Vec<String>,
}

impl Term {
    fn new(text: &str) -> Self {
        Self { text: text.to_owned(), words: words(text).map(str::to_lowercase).collect() }
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Entries {
    keep: Vec<Term>,
    /// Each master term with its renderings, by language tag.
    terms: Vec<(Term, Vec<(String, Term)>)>,
}

/// The glossary, with the language of the translation it is applied to.
///
/// Cheap to clone: the entries are shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    entries: Arc<Entries>,
    language: Option<String>,
}

/// A glossary finding about one unit pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding<'g> {
    /// The master unit has `term`; the translated unit lacks its rendering `expected`.
    Rendering {
        /// The master's term, as the glossary writes it.
        term: &'g str,
        /// The approved rendering in the translation's language.
        expected: &'g str,
    },
    /// The master unit has a term to keep as written; the translated unit does not have it.
    Kept {
        /// The term, as the glossary writes it.
        term: &'g str,
    },
}

/// The words of a text: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Where `term`'s words occur side by side in `text`'s lowercased words (byte ranges of text).
fn find_words(
    haystack: &[(usize, usize, String)],
    term: &[String],
    same: impl Fn(&str, &str) -> bool,
) -> Vec<(usize, usize)> {
    if term.is_empty() || haystack.len() < term.len() {
        return Vec::new();
    }
    (0..=haystack.len() - term.len())
        .filter(|&i| term.iter().zip(&haystack[i..]).all(|(t, (_, _, w))| same(t, w)))
        .map(|i| (haystack[i].0, haystack[i + term.len() - 1].1))
        .collect()
}

/// The words of a text with their byte ranges, lowercased.
fn indexed_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether a word of a translation stands for a word of a rendering (both lowercased): a
/// rendering's word of four characters or fewer is matched whole; a longer one stands for any
/// word that starts with it less its last two characters, keeping at least four.
///
/// ```
/// use charte::glossary::inflected;
/// assert!(inflected("wissenschaftliche", "wissenschaftlicher"));
/// assert!(inflected("científico", "científicas"));
/// assert!(inflected("rigour", "rigor"));
/// assert!(!inflected("ia", "ai"));
/// assert!(!inflected("sorgfalt", "sorge"));
/// ```
pub fn inflected(rendering: &str, word: &str) -> bool {
    let n = rendering.chars().count();
    if n <= 4 {
        return word == rendering;
    }
    let keep = (n - 2).max(4);
    let stem_end = rendering.char_indices().nth(keep).map_or(rendering.len(), |(i, _)| i);
    word.starts_with(&rendering[..stem_end])
}

impl Glossary {
    /// A glossary of terms kept as written and terms with renderings, by language tag.
    ///
    /// ```
    /// use charte::glossary::Glossary;
    /// let g = Glossary::new(&["Pause IA"], &[("rigueur scientifique", &[("en", "scientific rigour")])]);
    /// assert!(!g.is_empty());
    /// assert_eq!(g.rendering("rigueur scientifique", "en"), Some("scientific rigour"));
    /// ```
    pub fn new(keep: &[&str], terms: &[(&str, &[(&str, &str)])]) -> Self {
        let entries = Entries {
            keep: keep.iter().map(|k| Term::new(k)).collect(),
            terms: terms
                .iter()
                .map(|(t, r)| (Term::new(t), r.iter().map(|(l, x)| ((*l).to_owned(), Term::new(x))).collect()))
                .collect(),
        };
        Self { entries: Arc::new(entries), language: None }
    }

    /// Whether the glossary has no term.
    pub fn is_empty(&self) -> bool {
        self.entries.keep.is_empty() && self.entries.terms.is_empty()
    }

    /// The terms kept as written.
    pub fn kept(&self) -> impl Iterator<Item = &str> {
        self.entries.keep.iter().map(|t| t.text.as_str())
    }

    /// The rendering of `term` (as the glossary writes it) in `lang`: the tag's own, else its
    /// language's (`pt` serves `pt-BR`).
    pub fn rendering(&self, term: &str, lang: &str) -> Option<&str> {
        let (_, renderings) = self.entries.terms.iter().find(|(t, _)| t.text == term)?;
        Self::rendering_in(renderings, lang).map(|t| t.text.as_str())
    }

    fn rendering_in<'a>(renderings: &'a [(String, Term)], lang: &str) -> Option<&'a Term> {
        let base = lang.split('-').next().unwrap_or(lang);
        let own = renderings.iter().find(|(l, _)| l == lang);
        own.or_else(|| renderings.iter().find(|(l, _)| l == base)).map(|(_, t)| t)
    }

    /// The glossary applied to translations in `lang`.
    #[must_use]
    pub fn in_language(&self, lang: &str) -> Self {
        Self { entries: Arc::clone(&self.entries), language: Some(lang.to_owned()) }
    }

    /// `text` with every kept term blanked out (letter case ignored), for `untranslated`: a
    /// unit of kept terms only is the same in every language by design.
    ///
    /// ```
    /// use charte::glossary::Glossary;
    /// let g = Glossary::new(&["Pause IA"], &[]);
    /// let rest = g.without_kept("Vive PAUSE IA !");
    /// assert_eq!(rest.split_whitespace().collect::<Vec<_>>(), ["Vive", "!"]);
    /// ```
    pub fn without_kept<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.entries.keep.is_empty() {
            return Cow::Borrowed(text);
        }
        let haystack = indexed_words(text);
        let mut out = text.to_owned();
        for k in &self.entries.keep {
            for (s, e) in find_words(&haystack, &k.words, |a, b| a == b) {
                out.replace_range(s..e, &" ".repeat(e - s));
            }
        }
        Cow::Owned(out)
    }

    /// The glossary's findings about a master unit's text and its translation's: each term of
    /// the master whose rendering in the glossary's language the translation lacks, each kept
    /// term the translation does not write as the glossary or the master does. Each term is
    /// named once.
    ///
    /// ```
    /// use charte::glossary::{Finding, Glossary};
    /// let g = Glossary::new(&["Pause IA"], &[("rigueur scientifique", &[("de", "wissenschaftliche Sorgfalt")])]);
    /// let de = g.in_language("de");
    /// let master = "Pause IA croit en la rigueur scientifique.";
    /// assert_eq!(de.check(master, "Pause IA bekennt sich zu wissenschaftlicher Sorgfalt."), []);
    /// assert_eq!(
    ///     de.check(master, "Pause AI bekennt sich zu wissenschaftlicher Genauigkeit."),
    ///     [
    ///         Finding::Kept { term: "Pause IA" },
    ///         Finding::Rendering { term: "rigueur scientifique", expected: "wissenschaftliche Sorgfalt" },
    ///     ]
    /// );
    /// ```
    pub fn check(&self, master: &str, translation: &str) -> Vec<Finding<'_>> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let m = indexed_words(master);
        let mut t: Option<Vec<(usize, usize, String)>> = None;
        let mut written: Option<Vec<&str>> = None;
        for k in &self.entries.keep {
            let found = find_words(&m, &k.words, |a, b| a == b);
            if found.is_empty() {
                continue;
            }
            // As written, letter case included: as the glossary writes it, or as the master
            // does where it has it ("PAUSE IA" in a heading in capitals).
            let tw = written.get_or_insert_with(|| words(translation).collect());
            let has = |form: &str| {
                let exact: Vec<&str> = words(form).collect();
                tw.windows(exact.len()).any(|w| w == exact.as_slice())
            };
            if !has(&k.text) && !found.iter().any(|&(s, e)| has(&master[s..e])) {
                out.push(Finding::Kept { term: &k.text });
            }
        }
        let Some(lang) = self.language.as_deref() else { return out };
        for (term, renderings) in &self.entries.terms {
            let Some(rendering) = Self::rendering_in(renderings, lang) else { continue };
            if find_words(&m, &term.words, |a, b| a == b).is_empty() {
                continue;
            }
            let t = t.get_or_insert_with(|| indexed_words(translation));
            if find_words(t, &rendering.words, inflected).is_empty() {
                out.push(Finding::Rendering { term: &term.text, expected: &rendering.text });
            }
        }
        out
    }
}

/// A project's conventions with its glossary applied to translations in `lang`: borrowed as
/// they are when the glossary is empty.
pub fn in_language<'c>(conventions: &'c crate::check::Conventions, lang: &str) -> Cow<'c, crate::check::Conventions> {
    if conventions.glossary.is_empty() {
        return Cow::Borrowed(conventions);
    }
    let mut owned = conventions.clone();
    owned.glossary = conventions.glossary.in_language(lang);
    Cow::Owned(owned)
}

/// A located problem of a glossary: byte offset in its file and the message.
pub(crate) type Problem = (usize, String);

/// Terms as written: each term with its renderings by language tag, every part located.
type RawTerms = BTreeMap<Spanned<String>, Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>;

/// `[glossary]` as written in `charte.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub(crate) file: Option<Spanned<String>>,
    #[serde(default)]
    keep: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    terms: Option<Spanned<RawTerms>>,
}

/// A glossary file: `keep` and `[terms]` at its top level.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    keep: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    terms: Option<Spanned<RawTerms>>,
}

impl RawSection {
    /// Whether the section also writes terms (with `file`, they belong in the file).
    pub(crate) fn has_terms(&self) -> Option<usize> {
        self.keep.as_ref().map(|k| k.span().start).or_else(|| self.terms.as_ref().map(|t| t.span().start))
    }

    /// The glossary the section writes.
    pub(crate) fn into_glossary(self) -> Result<Glossary, Problem> {
        build(self.keep, self.terms)
    }
}

fn build(keep: Option<Spanned<Vec<Spanned<String>>>>, terms: Option<Spanned<RawTerms>>) -> Result<Glossary, Problem> {
    let has_word = |s: &Spanned<String>| {
        if words(s.get_ref()).next().is_some() {
            Ok(())
        } else {
            Err((s.span().start, format!("\"{}\" has no word: write a term", s.get_ref())))
        }
    };
    let mut entries = Entries::default();
    for k in keep.map(Spanned::into_inner).unwrap_or_default() {
        has_word(&k)?;
        entries.keep.push(Term::new(k.get_ref()));
    }
    for (term, renderings) in terms.map(Spanned::into_inner).unwrap_or_default() {
        has_word(&term)?;
        let mut by_lang = Vec::new();
        for (lang, rendering) in renderings.into_inner() {
            if let Err(canonical) = crate::project::canonical_tag(lang.get_ref()) {
                let hint = canonical.map(|c| format!(": write \"{c}\"")).unwrap_or_default();
                return Err((
                    lang.span().start,
                    format!("\"{}\" is not a canonical language tag{hint}", lang.get_ref()),
                ));
            }
            has_word(&rendering)?;
            by_lang.push((lang.into_inner(), Term::new(rendering.get_ref())));
        }
        entries.terms.push((Term::new(term.get_ref()), by_lang));
    }
    Ok(Glossary { entries: Arc::new(entries), language: None })
}

/// Parses a glossary file (`keep` and `[terms]` at its top level).
///
/// # Errors
///
/// [`crate::project::Error::Config`] located in the file: an unknown key, a value that is not
/// a string, a language tag that is not canonical, a term without a word.
///
/// ```
/// use charte::glossary::parse_file;
/// let g = parse_file("glossary.toml", "keep = [\"Pause IA\"]\n[terms]\n\"rigueur\" = { en = \"rigour\" }\n").unwrap();
/// assert_eq!(g.rendering("rigueur", "en"), Some("rigour"));
/// let err = parse_file("glossary.toml", "keep = [\"Pause IA\"]\n[terms]\n\"rigueur\" = { EN = \"rigour\" }\n").unwrap_err();
/// assert!(err.to_string().starts_with("glossary.toml:3:15:"), "{err}");
/// ```
pub fn parse_file(path: impl AsRef<Path>, text: &str) -> Result<Glossary, crate::project::Error> {
    let path = path.as_ref();
    let fail = |(offset, message): Problem| {
        let p = crate::SourceFile::new("", text).position(offset);
        crate::project::Error::Config { path: path.to_owned(), line: p.line, column: p.column, message }
    };
    let raw: RawFile =
        toml::from_str(text).map_err(|e| fail((e.span().map_or(0, |s| s.start), e.message().to_owned())))?;
    build(raw.keep, raw.terms).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> Glossary {
        Glossary::new(
            &["Pause IA"],
            &[
                ("rigueur scientifique", &[("de", "wissenschaftliche Sorgfalt"), ("pt", "rigor científico")]),
                ("intelligence artificielle", &[("de", "künstliche Intelligenz")]),
            ],
        )
        .in_language("de")
    }

    #[test]
    fn terms_are_whole_words_in_any_case() {
        let g = de();
        // Not a whole word: "IAs" is not "IA".
        assert_eq!(g.check("Les Pause IAs", "x"), []);
        assert_eq!(g.check("PAUSE IA", "x"), [Finding::Kept { term: "Pause IA" }]);
        assert_eq!(g.check("l’Intelligence Artificielle", "die künstlichen Intelligenzen"), []);
        assert_eq!(
            g.check("l’intelligence artificielle", "die Intelligenz"),
            [Finding::Rendering { term: "intelligence artificielle", expected: "künstliche Intelligenz" }]
        );
    }

    #[test]
    fn kept_terms_are_written_as_the_glossary_does() {
        let g = de();
        assert_eq!(g.check("Pause IA", "Pause IA’s"), []);
        assert_eq!(g.check("Pause IA", "Pause ia"), [Finding::Kept { term: "Pause IA" }]);
        assert_eq!(g.check("Pause IA", "Pause AI"), [Finding::Kept { term: "Pause IA" }]);
        // The master's own spelling of it is kept too.
        assert_eq!(g.check("PAUSE IA", "PAUSE IA"), []);
        assert_eq!(g.check("PAUSE IA", "Pause IA"), []);
        assert_eq!(g.check("PAUSE IA", "Pause Ia"), [Finding::Kept { term: "Pause IA" }]);
    }

    #[test]
    fn renderings_follow_the_language() {
        let g = de();
        let pt = g.in_language("pt-BR");
        assert_eq!(pt.check("la rigueur scientifique", "o rigor científico"), []);
        assert_eq!(
            pt.check("la rigueur scientifique", "a precisão"),
            [Finding::Rendering { term: "rigueur scientifique", expected: "rigor científico" }]
        );
        // No rendering for the language: nothing to say.
        assert_eq!(g.in_language("nl").check("la rigueur scientifique", "x"), []);
        // Without a language, only kept terms are checked.
        assert_eq!(Glossary { language: None, ..g }.check("la rigueur scientifique", "x"), []);
    }

    #[test]
    fn stems_keep_at_least_four_characters() {
        assert!(!inflected("sorgfalt", "sorgfältig"));
        assert!(inflected("sorgfalt", "sorgfalt"));
        assert!(inflected("ki", "ki"));
        assert!(!inflected("ki", "kino"));
        assert!(!inflected("mode", "modus"));
        assert!(inflected("modelle", "modell"));
    }

    #[test]
    fn files_locate_their_errors() {
        let cases = [
            ("kep = []\n", 1, 1, "kep"),
            ("keep = [3]\n", 1, 9, "string"),
            ("keep = [\"…\"]\n", 1, 9, "no word"),
            ("[terms]\nrigueur = { en = 3 }\n", 2, 18, "string"),
            ("[terms]\nrigueur = { en_GB = \"rigour\" }\n", 2, 13, "en-GB"),
        ];
        for (text, line, column, needle) in cases {
            match parse_file("g.toml", text) {
                Err(crate::project::Error::Config { line: l, column: c, message, .. }) => {
                    assert_eq!((l, c), (line, column), "{text}: {message}");
                    assert!(message.contains(needle), "{text}: {message}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
