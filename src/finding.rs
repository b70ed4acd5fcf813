//! Typed findings: what a rule found, as data, before it is located and worded.
//!
//! Each [`Finding`] variant is one Fluent message of `locales/*/charte.ftl`: its rule, its
//! message id and its variables are declared together in one table (the `findings!` macro
//! below), with an example value of each variant. [`Finding::parts`] turns a finding into its
//! rule, id and arguments in one match, and [`Finding::at`] into a [`Diagnostic`] located in a
//! file; a test checks that every example's id exists in every locale with exactly its
//! variables, no more and no fewer. A block kind (`expected`, `found` of `block-structure`)
//! is worded by the `kind` message, with its count in `expected_count` or `found_count`.
//!
//! A producer adopts the typed path by adding its variants here and writing
//! `Finding::X { .. }.at(file, span)` where it wrote `Diagnostic::new(rule, "x", file, span)`
//! and its `.arg(..)` calls, or `Finding::X { .. }.about(path)` for a finding about a whole
//! file. The untyped constructors are private to the crate: outside it, every diagnostic is
//! made here. The comparison, the unit rules, the front matter, invalid input, the project's
//! files and Fluent resources are typed; the drift findings (`stale*`, `unsynced*`, in
//! `crate::drift`) and the text rules of `crate::qa` are not yet.
//!
//! ```
//! use charte::finding::Finding;
//! use charte::{Rule, SourceFile, Span};
//! let file = SourceFile::new("en.md", "Some **strong** words\n");
//! let d = Finding::StrongCount { found: 1, expected: 2 }.at(&file, Span::new(0, 20));
//! assert_eq!((d.rule, d.message), (Rule::StrongCount, "strong-count"));
//! assert_eq!(d.get("expected"), Some(&charte::diagnostic::Arg::Num(2)));
//! ```

use crate::diagnostic::{Arg, Diagnostic, Rule};
use crate::source::{SourceFile, Span};
use std::path::PathBuf;

/// Declares [`Finding`] from one line per variant: its rule, its message id, and its fields
/// (the message's variables, in the order they are passed) each with an example value.
macro_rules! findings {
    ($(
        $(#[$doc:meta])*
        $variant:ident => $rule:ident, $id:literal { $( $field:ident : $ty:ty = $example:expr ),* $(,)? };
    )*) => {
        /// A finding of a rule, typed: the rule and its Fluent message follow from the variant,
        /// the fields are the message's variables.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        #[allow(missing_docs)] // Fields are the message's variables, documented in the locales.
        pub enum Finding {
            $( $(#[$doc])* $variant { $( $field: $ty ),* }, )*
        }

        impl Finding {
            /// The rule that reports this finding.
            pub fn rule(&self) -> Rule {
                match self {
                    $( Finding::$variant { .. } => Rule::$rule, )*
                }
            }

            /// The rule, the Fluent message id and the message's arguments.
            pub fn parts(self) -> (Rule, &'static str, Vec<(&'static str, Arg)>) {
                match self {
                    $( Finding::$variant { $( $field ),* } => {
                        (Rule::$rule, $id, vec![ $( (stringify!($field), Arg::from($field)) ),* ])
                    } )*
                }
            }

            /// One example of every variant, in the order they are declared.
            pub fn examples() -> Vec<Finding> {
                vec![ $( Finding::$variant { $( $field: $example ),* }, )* ]
            }
        }
    };
}

findings! {
    // end-punctuation, sentence-count, length-ratio, repeated-word
    /// The unit ends with another mark than the master's.
    EndPunctuation => EndPunctuation, "end-punctuation" { expected: String = ".".into(), found: String = ":".into() };
    /// The unit ends without the master's mark.
    EndPunctuationMissing => EndPunctuation, "end-punctuation-missing" { expected: String = "?".into() };
    /// Clearly fewer sentences than the master unit.
    SentenceCount => SentenceCount, "sentence-count" { found: usize = 1, expected: usize = 3 };
    /// A length far from the document's usual ratio.
    LengthRatio => LengthRatio, "length-ratio" { percent: usize = 35, usual: usize = 110 };
    /// A word written twice in a row.
    RepeatedWord => RepeatedWord, "repeated-word" { word: String = "the".into() };
    // front-matter
    /// The translation has no front matter.
    FrontMatterMissing => FrontMatter, "front-matter-missing" {};
    /// A key of the master's front matter is missing.
    FrontMatterMissingKey => FrontMatter, "front-matter-missing-key" { key: String = "title".into() };
    /// A key whose value the master fills is empty.
    FrontMatterEmptyKey => FrontMatter, "front-matter-empty-key" { key: String = "title".into() };
    /// A key's value is of another type than the master's.
    FrontMatterType => FrontMatter, "front-matter-type" {
        key: String = "tags".into(),
        expected: &'static str = "list",
        found: &'static str = "string",
    };
    /// A `slug` that is not a URL slug.
    FrontMatterSlug => FrontMatter, "front-matter-slug" { value: String = "Mon Slug".into() };

    // heading-structure
    /// A heading at another level than the master's.
    HeadingLevel => HeadingStructure, "heading-level" { level: usize = 3, expected: usize = 2 };
    /// A heading written without the space after its marks (`##Title`).
    HeadingUnspaced => HeadingStructure, "heading-unspaced" { marks: String = "##".into() };
    /// A heading of the master is missing.
    HeadingMissing => HeadingStructure, "heading-missing" { level: usize = 2, title: String = "Values".into() };
    /// A heading the master does not have.
    HeadingExtra => HeadingStructure, "heading-extra" { level: usize = 2 };

    // block-structure
    /// Two paragraphs of the master written as one.
    BlockMerged => BlockStructure, "block-merged" {
        expected: &'static str = "paragraph",
        expected_count: usize = 2,
        first: usize = 3,
        second: usize = 5,
    };
    /// One paragraph of the master written as two.
    BlockSplit => BlockStructure, "block-split" { expected: &'static str = "paragraph", line: usize = 7 };
    /// A block of the master is missing.
    BlockMissing => BlockStructure, "block-missing" { expected: &'static str = "list" };
    /// A block the master does not have.
    BlockExtra => BlockStructure, "block-extra" { found: &'static str = "code" };
    /// Blocks of another kind than the master's.
    BlockKind => BlockStructure, "block-kind" {
        expected: &'static str = "list",
        expected_count: usize = 1,
        found: &'static str = "paragraph",
        found_count: usize = 3,
    };
    /// A table with another number of cells.
    TableCells => BlockStructure, "table-cells" { found: usize = 5, expected: usize = 6 };
    /// An item of an unordered list the master does not have.
    ItemExtra => BlockStructure, "item-extra" { count: usize = 4, expected: usize = 3 };
    /// An item of an unordered list is missing.
    ItemMissing => BlockStructure, "item-missing" { count: usize = 2, expected: usize = 3 };
    /// Several items of an unordered list are missing at one place.
    ItemMissingRun => BlockStructure, "item-missing-run" { count: usize = 1, expected: usize = 3 };
    /// A list item opening with an ordinal (`- 10. Spalte`), read as a list in the item.
    OrdinalList => BlockStructure, "ordinal-list" { number: u64 = 10 };

    // value-count
    /// A value cut in two by a blank line, the list going on after it.
    ValueCut => ValueCount, "value-cut" { number: u64 = 3, line: usize = 9 };
    /// A value cut in two by a blank line, the values after it become text.
    ValueCutValues => ValueCount, "value-cut-values" { number: u64 = 3, line: usize = 9 };
    /// A value the master does not have.
    ValueExtra => ValueCount, "value-extra" { number: u64 = 5, count: usize = 5, expected: usize = 4 };
    /// A value of the master is missing.
    ValueMissing => ValueCount, "value-missing" { number: u64 = 2, count: usize = 3, expected: usize = 4 };
    /// Several values of the master are missing at one place.
    ValueMissingRun => ValueCount, "value-missing-run" {
        numbers: String = "3, 4".into(),
        count: usize = 2,
        expected: usize = 4,
    };
    /// A value holding the text of the next one too.
    ValueMerged => ValueCount, "value-merged" { number: u64 = 2, next: u64 = 3 };

    // value-numbering
    /// Every value numbered from another start than the master's.
    ValueNumberingStart => ValueNumbering, "value-numbering-start" { found: u64 = 0, expected: u64 = 1 };
    /// A value numbered otherwise than the master's.
    ValueNumbering => ValueNumbering, "value-numbering" { found: u64 = 4, expected: u64 = 3 };
    /// A number written twice.
    ValueNumberingDuplicate => ValueNumbering, "value-numbering-duplicate" { found: u64 = 2 };
    /// A number lower than the one before it.
    ValueNumberingOrder => ValueNumbering, "value-numbering-order" { found: u64 = 2, previous: u64 = 3 };

    // swapped-values
    /// Two values whose texts appear exchanged.
    SwappedValues => SwappedValues, "swapped-values" { number: u64 = 2, other: u64 = 3, line: usize = 6 };

    // line-count
    /// A block with another number of lines.
    LineCount => LineCount, "line-count" { found: usize = 3, expected: usize = 2 };

    // unit rules (see `crate::rules`)
    /// A unit left empty.
    EmptyUnit => EmptyUnit, "empty-unit" {};
    /// Another number of strong spans.
    StrongCount => StrongCount, "strong-count" { found: usize = 1, expected: usize = 2 };
    /// Another number of emphasis spans.
    EmphasisCount => EmphasisCount, "emphasis-count" { found: usize = 0, expected: usize = 1 };
    /// An emphasis delimiter left as text.
    UnclosedEmphasis => UnclosedEmphasis, "unclosed-emphasis" { delimiter: String = "**".into() };
    /// A link the master's unit does not have.
    LinkExtra => LinkMismatch, "link-extra" { url: String = "https://example.org".into() };
    /// A link of the master's unit is missing.
    LinkMissing => LinkMismatch, "link-missing" { url: String = "https://example.org".into() };
    /// Inline code the master's unit does not have.
    CodeExtra => CodeMismatch, "code-extra" { code: String = "ls -l".into() };
    /// Inline code of the master's unit is missing.
    CodeMissing => CodeMismatch, "code-missing" { code: String = "ls -l".into() };
    /// A number of the master's unit is missing, and the forms the translation's locale
    /// writes it in.
    NumberMissingForms => NumberMismatch, "number-missing-forms" {
        number: String = "10/10/2024".into(),
        forms: String = "10.10.2024; 10. Oktober 2024".into(),
    };
    /// A number of the master's unit is missing.
    NumberMissing => NumberMismatch, "number-missing" { number: String = "42".into() };
    /// A unit identical to the master's.
    Untranslated => Untranslated, "untranslated" {};
    /// A glossary term without its approved rendering.
    GlossaryRendering => Glossary, "glossary-rendering" {
        term: String = "charter".into(),
        expected: String = "Charta".into(),
    };
    /// A term to keep as written, altered.
    GlossaryKept => Glossary, "glossary-kept" { term: String = "Pause IA".into() };

    // front-matter, as YAML reads it (src/front_matter.rs)
    /// A front matter without its closing `---`.
    FrontMatterUnterminated => FrontMatter, "front-matter-unterminated" {};
    /// A front matter YAML cannot read, in the parser's words.
    FrontMatterInvalid => FrontMatter, "front-matter-invalid" {
        error: String = "did not find expected key".into(),
    };
    /// A line of the front matter that is not a `key: value` pair.
    FrontMatterNoColon => FrontMatter, "front-matter-no-colon" {};
    /// A line of the front matter indented with a tab.
    FrontMatterTab => FrontMatter, "front-matter-tab" {};
    /// A front matter that is not a mapping (its YAML kind: `sequence`, `string`...).
    FrontMatterNotMapping => FrontMatter, "front-matter-not-mapping" { kind: &'static str = "sequence" };

    // invalid-input (src/parse.rs, src/project.rs, src/project/read.rs)
    /// A file that is not UTF-8, at the offset of its first bad byte.
    InvalidInputUtf8 => InvalidInput, "invalid-input-utf8" { offset: usize = 12 };
    /// A binary file.
    InvalidInputBinary => InvalidInput, "invalid-input-binary" {};
    /// A file that could not be read.
    InvalidInputUnreadable => InvalidInput, "invalid-input-unreadable" {
        error: String = "permission denied".into(),
    };
    /// A path that leads outside the project, not read.
    InvalidInputOutside => InvalidInput, "invalid-input-outside" { path: String = "charter/de.md".into() };
    /// A path that is not a regular file, not read.
    InvalidInputNotRegular => InvalidInput, "invalid-input-not-regular" {
        path: String = "charter/de.md".into(),
    };
    /// A file larger than `max-file-size`, not read.
    InvalidInputTooLarge => InvalidInput, "invalid-input-too-large" { limit: String = "10485760".into() };

    // empty-unit, about a whole file (src/project.rs)
    /// An empty translation of a master that has text.
    EmptyFile => EmptyUnit, "empty-file" {};

    // files of the project (src/layout.rs, src/project.rs)
    /// A document of the master without a translation in a language.
    MissingTranslation => MissingTranslation, "missing-translation" {
        path: String = "charter/fr.md".into(),
        lang: String = "de".into(),
    };
    /// A translation whose master does not exist.
    OrphanTranslation => OrphanTranslation, "orphan-translation" {
        master: String = "charter/fr.md".into(),
        lang: String = "de".into(),
    };
    /// A file name that is not a canonical language tag.
    LanguageTag => LanguageTag, "language-tag" { name: String = "EN".into() };
    /// A file name that is not a canonical language tag, and the tag it likely means.
    LanguageTagSuggest => LanguageTag, "language-tag-suggest" {
        name: String = "pt_BR".into(),
        canonical: String = "pt-BR".into(),
    };

    // Fluent resources (src/ftl.rs)
    /// Fluent syntax the parser could not read, in its words.
    FtlSyntax => FtlSyntax, "ftl-syntax" { error: String = "ExpectedToken('=')".into() };
    /// A message of the source locale missing from the translation.
    FtlMissing => FtlMissing, "ftl-missing" { id: String = "hello".into() };
    /// A message with other variables or references than the source's.
    FtlVariables => FtlVariables, "ftl-variables" {
        id: String = "hello".into(),
        found: String = "$name".into(),
        expected: String = "$name, $count".into(),
    };
    /// A message present only in the translation.
    FtlObsolete => FtlObsolete, "ftl-obsolete" { id: String = "goodbye".into() };
}

impl Finding {
    /// A diagnostic of this finding at `span` of `file`, with the rule's default severity.
    pub fn at(self, file: &SourceFile, span: Span) -> Diagnostic {
        let (rule, message, args) = self.parts();
        let mut d = Diagnostic::new(rule, message, file, span);
        d.args = args;
        d
    }

    /// A diagnostic of this finding about the whole file at `path` (missing, unreadable,
    /// misnamed), with the rule's default severity: its path only, no text read or needed. It
    /// points at the file's start (line 1, column 1, an empty span), as a finding at offset 0
    /// of that file would.
    ///
    /// ```
    /// use charte::finding::Finding;
    /// use charte::Rule;
    /// let missing = Finding::MissingTranslation { path: "charter/fr.md".into(), lang: "de".into() };
    /// let d = missing.about("charter/de.md");
    /// assert_eq!((d.rule, d.message), (Rule::MissingTranslation, "missing-translation"));
    /// assert_eq!((d.start.line, d.start.column), (1, 1));
    /// assert_eq!(d.file, std::path::Path::new("charter/de.md"));
    /// ```
    pub fn about(self, path: impl Into<PathBuf>) -> Diagnostic {
        let (rule, message, args) = self.parts();
        let mut d = Diagnostic::about_file(rule, message, path);
        d.args = args;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_an_example_with_its_rule() {
        let examples = Finding::examples();
        let mut ids: Vec<&str> = examples.iter().map(|f| f.clone().parts().1).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "one variant per message id");
        for f in &examples {
            let (rule, id, _) = f.clone().parts();
            assert_eq!(f.rule(), rule, "{id}");
        }
    }
}
