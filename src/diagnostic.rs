//! Findings as data: the rule registry, severities, and the [`Diagnostic`] record.
//!
//! A diagnostic carries no prose. It names a rule, a Fluent message id and its arguments, and
//! where the problem is; the text is formatted in the reader's language when it is rendered.

use crate::model::{Label, Unit};
use crate::source::{Position, SourceFile, Span};
use serde::Serialize;
use std::path::PathBuf;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Reported, does not fail the run.
    Warning,
    /// Fails the run (exit status 1).
    Error,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a severity override sets a rule to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// Report as an error.
    Deny,
    /// Report as a warning.
    Warn,
    /// Do not report.
    Allow,
}

/// Whether a rule's fix may be applied without a person reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The edit keeps the meaning and needs no translation: applied by `--fix`.
    Safe,
    /// The edit may be wrong or leaves text to translate: applied only when asked for unsafe
    /// fixes too.
    Unsafe,
}

impl Applicability {
    /// `safe` or `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// A rule's example: a master, a translation that fails, one that passes. They are the files of
/// the rule's fixture, `tests/fixtures/<rule>/`, which its test runs on.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The master.
    pub master: &'static str,
    /// A translation the rule reports.
    pub fail: &'static str,
    /// A translation the rule accepts.
    pub pass: &'static str,
    /// The configuration (`charte.toml`) the rule needs, when it needs one: the fixture's
    /// translations are then in the language its `[aliases]` give `fail` and `pass`.
    pub config: Option<&'static str>,
}

/// The registry. Each rule is declared once, with everything known of it but its messages
/// (`rule-<name>` and `rule-<name>.why` in every locale):
///
/// - `default:` its severity, or `off(Severity)` for a rule off unless turned on;
/// - `example:` `fixture` (its example is `tests/fixtures/<name>/`: `master.md`, `fail.md`,
///   `pass.md`), `fixture_with_config` (plus a `charte.toml`), or `none` (rules about files,
///   drift or Fluent);
/// - `fix:` `Safe`, `Unsafe`, or `none`.
macro_rules! rules {
    (@severity off $on:ident) => { Severity::$on };
    (@severity $severity:ident) => { Severity::$severity };
    (@off off $on:ident) => { true };
    (@off $severity:ident) => { false };
    (@fix none) => { None };
    (@fix $applicability:ident) => { Some(Applicability::$applicability) };
    (@example none, $name:literal) => { None };
    (@example fixture, $name:literal) => {
        Some(Example {
            master: include_str!(concat!("../tests/fixtures/", $name, "/master.md")),
            fail: include_str!(concat!("../tests/fixtures/", $name, "/fail.md")),
            pass: include_str!(concat!("../tests/fixtures/", $name, "/pass.md")),
            config: None,
        })
    };
    (@example fixture_with_config, $name:literal) => {
        Some(Example {
            config: Some(include_str!(concat!("../tests/fixtures/", $name, "/charte.toml"))),
            ..rules!(@example fixture, $name)?
        })
    };
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal,
        default: $default:ident $(($on:ident))?,
        example: $example:ident,
        fix: $fix:ident;
    )*) => {
        /// A rule: a stable kebab-case name, a default severity, its example and its fix.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $variant, )*
        }

        impl Rule {
            /// Every rule, in the order they are documented.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The stable kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// The severity used when nothing overrides it (for a rule off by default, the
            /// severity it has once turned on).
            pub fn default_severity(self) -> Severity {
                match self { $(Rule::$variant => rules!(@severity $default $($on)?),)* }
            }

            /// Whether the rule is off unless a configuration or the command line turns it on;
            /// its [`Rule::default_severity`] is then the severity it has once turned on.
            ///
            /// ```
            /// use charte::Rule;
            /// assert!(Rule::LineCount.off_by_default());
            /// assert!(!Rule::StrongCount.off_by_default());
            /// ```
            pub fn off_by_default(self) -> bool {
                match self { $(Rule::$variant => rules!(@off $default $($on)?),)* }
            }

            /// Whether some of the rule's findings come with a fix, and how safe it is.
            ///
            /// ```
            /// use charte::diagnostic::{Applicability, Rule};
            /// assert_eq!(Rule::ValueNumbering.fix(), Some(Applicability::Safe));
            /// assert_eq!(Rule::FrontMatter.fix(), Some(Applicability::Unsafe));
            /// assert_eq!(Rule::StrongCount.fix(), None);
            /// ```
            pub fn fix(self) -> Option<Applicability> {
                match self { $(Rule::$variant => rules!(@fix $fix),)* }
            }

            /// The rule's example, from its fixture under `tests/fixtures/<name>/` (the files
            /// its test runs on); `None` for rules about files, drift or Fluent.
            ///
            /// ```
            /// use charte::Rule;
            /// assert!(Rule::StrongCount.example().is_some_and(|e| e.fail.contains("**")));
            /// assert!(Rule::Stale.example().is_none());
            /// ```
            pub fn example(self) -> Option<Example> {
                match self { $(Rule::$variant => rules!(@example $example, $name),)* }
            }
        }
    };
}

rules! {
    /// The front matter is missing, broken, or lacks a key of the master.
    FrontMatter = "front-matter", default: Error, example: fixture, fix: Unsafe;
    /// Headings are missing, extra, out of order or at another level.
    HeadingStructure = "heading-structure", default: Error, example: fixture, fix: Safe;
    /// A section's blocks differ in kind or count.
    BlockStructure = "block-structure", default: Error, example: fixture, fix: none;
    /// An ordered list has more or fewer items than the master's.
    ValueCount = "value-count", default: Error, example: fixture, fix: none;
    /// Item numbers as written differ from the master's.
    ValueNumbering = "value-numbering", default: Error, example: fixture, fix: Safe;
    /// Two values whose texts appear exchanged, their numbers kept.
    SwappedValues = "swapped-values", default: Warning, example: fixture, fix: none;
    /// A unit has another number of strong spans than its master unit.
    StrongCount = "strong-count", default: Error, example: fixture, fix: none;
    /// A unit has another number of emphasis spans than its master unit.
    EmphasisCount = "emphasis-count", default: Error, example: fixture, fix: none;
    /// Emphasis delimiters left as literal text.
    UnclosedEmphasis = "unclosed-emphasis", default: Error, example: fixture, fix: Unsafe;
    /// Links differ in number or target.
    LinkMismatch = "link-mismatch", default: Error, example: fixture, fix: none;
    /// Inline code differs.
    CodeMismatch = "code-mismatch", default: Error, example: fixture, fix: none;
    /// A translated unit has no text.
    EmptyUnit = "empty-unit", default: Error, example: fixture, fix: none;
    /// A file that cannot be read as UTF-8 text.
    InvalidInput = "invalid-input", default: Error, example: none, fix: none;
    /// The master changed since the translation was synced.
    Stale = "stale", default: Error, example: none, fix: Safe;
    /// A translation has no sync record, or its record cannot be used.
    Unsynced = "unsynced", default: Error, example: none, fix: none;
    /// A number or date of the master unit is missing from the translation.
    NumberMismatch = "number-mismatch", default: Warning, example: fixture, fix: none;
    /// A unit is identical to its master unit.
    Untranslated = "untranslated", default: Warning, example: fixture, fix: none;
    /// A glossary term of the master unit lacks its approved rendering, or a kept term was
    /// altered.
    Glossary = "glossary", default: Warning, example: fixture_with_config, fix: none;
    /// A document of the master has no translation in a language of the project.
    MissingTranslation = "missing-translation", default: Warning, example: none, fix: none;
    /// A translation whose master document does not exist.
    OrphanTranslation = "orphan-translation", default: Warning, example: none, fix: none;
    /// A file name that is not a canonical language tag.
    LanguageTag = "language-tag", default: Warning, example: none, fix: none;
    /// A Fluent message or attribute of the source locale is missing.
    FtlMissing = "ftl-missing", default: Error, example: none, fix: none;
    /// A Fluent message present only in the translation.
    FtlObsolete = "ftl-obsolete", default: Warning, example: none, fix: none;
    /// Fluent variables or message references differ from the source.
    FtlVariables = "ftl-variables", default: Error, example: none, fix: none;
    /// Fluent syntax the parser could not read.
    FtlSyntax = "ftl-syntax", default: Error, example: none, fix: none;
    /// A block has another number of lines than its master block (off unless enabled).
    LineCount = "line-count", default: off(Warning), example: fixture, fix: none;
    /// A unit ends with other punctuation than its master unit.
    EndPunctuation = "end-punctuation", default: Warning, example: fixture, fix: none;
    /// A unit of several sentences has clearly fewer in the translation.
    SentenceCount = "sentence-count", default: Warning, example: fixture, fix: none;
    /// A unit far shorter or longer than the document's usual ratio to its master.
    LengthRatio = "length-ratio", default: Warning, example: fixture, fix: none;
    /// A word written twice in a row in the translation.
    RepeatedWord = "repeated-word", default: Warning, example: fixture, fix: none;
}

impl Rule {
    /// The rule with this name.
    ///
    /// ```
    /// use charte::Rule;
    /// assert_eq!(Rule::from_name("strong-count"), Some(Rule::StrongCount));
    /// assert_eq!(Rule::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text (taken from a document or a name).
    Str(String),
    /// A number (selects plural forms).
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// Where in the master a finding's counterpart is.
#[derive(Debug, Clone, Serialize)]
pub struct SourceNote {
    /// The master's path.
    pub file: PathBuf,
    /// The span in the master.
    pub span: Span,
    /// 1-based line in the master.
    pub line: usize,
}

/// How a master unit changed since the translation was synced: its text then and now, and the
/// word diff between them (what a `stale` finding shows).
#[derive(Debug, Clone, Serialize)]
pub struct MasterChange {
    /// The master unit's text at the recorded version.
    pub source_before: String,
    /// The master unit's text now.
    pub source_after: String,
    /// Word-level operations turning `source_before` into `source_after`.
    pub diff: Vec<DiffOp>,
}

/// One step of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum DiffOp {
    /// Text in both versions.
    Equal(String),
    /// Text only in the old version.
    Delete(String),
    /// Text only in the new version.
    Insert(String),
}

/// One replacement of a fix: the bytes of `range` in the file's text (after its byte order
/// mark) become `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The bytes replaced (empty to insert).
    pub range: Span,
    /// What replaces them.
    pub text: String,
}

/// The edits that resolve a finding, applied together or not at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// Whether `--fix` applies it, or only `--unsafe-fixes`.
    pub applicability: Applicability,
    /// The edits, in the order of the text, none overlapping.
    pub edits: Vec<Edit>,
}

/// One finding. Made from a typed [`Finding`](crate::finding::Finding) by
/// [`Finding::at`](crate::finding::Finding::at) or [`Finding::about`](crate::finding::Finding::about),
/// which turn its variant into the rule, the message id and the arguments in one place.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule.
    pub rule: Rule,
    /// Its severity once overrides are applied.
    pub severity: Severity,
    /// The Fluent message id that words it.
    pub message: &'static str,
    /// The message arguments.
    pub args: Vec<(&'static str, Arg)>,
    /// The file it is about.
    pub file: PathBuf,
    /// Where in that file.
    pub span: Span,
    /// Start of `span`.
    pub start: Position,
    /// End of `span`.
    pub end: Position,
    /// The unit's stable id (the master's), when the finding is about a unit.
    pub unit: Option<String>,
    /// The unit's label, for people.
    pub label: Option<Label>,
    /// The master's counterpart.
    pub source: Option<SourceNote>,
    /// The change of the master unit, for `stale`.
    pub drift: Option<MasterChange>,
    /// The edits that resolve it, when charte knows them (see [`crate::fix`]).
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A finding of `rule`, worded by `message`, at `span` of `file`: the untyped path, for
    /// [`Finding::at`](crate::finding::Finding::at) and the producers not yet typed.
    pub(crate) fn new(rule: Rule, message: &'static str, file: &SourceFile, span: Span) -> Self {
        let start = file.position(span.start);
        let end = file.position(span.end);
        Self {
            rule,
            severity: rule.default_severity(),
            message,
            args: Vec::new(),
            file: file.path().to_owned(),
            span,
            start,
            end,
            unit: None,
            label: None,
            source: None,
            drift: None,
            fix: None,
        }
    }

    /// A finding of `rule` about a whole file (missing, unreadable, misnamed), worded by
    /// `message`: its path only, no text read or needed. It points at the file's start (line 1,
    /// column 1, an empty span). The untyped path of
    /// [`Finding::about`](crate::finding::Finding::about).
    pub(crate) fn about_file(rule: Rule, message: &'static str, path: impl Into<PathBuf>) -> Self {
        let start = Position { line: 1, column: 1 };
        Self {
            rule,
            severity: rule.default_severity(),
            message,
            args: Vec::new(),
            file: path.into(),
            span: Span::point(0),
            start,
            end: start,
            unit: None,
            label: None,
            source: None,
            drift: None,
            fix: None,
        }
    }

    /// Adds an argument: the untyped path, for the producers not yet typed.
    #[must_use]
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Names the unit (the master's id and label).
    #[must_use]
    pub fn unit(mut self, unit: &Unit) -> Self {
        self.unit = Some(unit.id.clone());
        self.label = Some(unit.label.clone());
        self
    }

    /// Points at the master's counterpart.
    #[must_use]
    pub fn source(mut self, master: &SourceFile, span: Span) -> Self {
        self.source = Some(SourceNote { file: master.path().to_owned(), span, line: master.position(span.start).line });
        self
    }

    /// The value of an argument.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// Severity overrides, from the command line or a configuration, and the project's
/// conventions the rules follow.
#[derive(Debug, Clone)]
pub struct Overrides {
    levels: Vec<(Rule, Level)>,
    deny_warnings: bool,
    conventions: crate::check::Conventions,
}

impl Default for Overrides {
    fn default() -> Self {
        let mut o =
            Self { levels: Vec::new(), deny_warnings: false, conventions: crate::check::Conventions::default() };
        o.skip_allowed();
        o
    }
}

impl Overrides {
    /// The project's conventions (`[code]`, `[rules.<rule>]` options of `charte.toml`).
    pub fn conventions(&self) -> &crate::check::Conventions {
        &self.conventions
    }

    /// Sets the project's conventions.
    pub fn set_conventions(&mut self, conventions: crate::check::Conventions) {
        self.conventions = conventions;
        self.skip_allowed();
    }

    /// Sets the level of a rule (later calls win).
    pub fn set(&mut self, rule: Rule, level: Level) {
        self.levels.retain(|(r, _)| *r != rule);
        self.levels.push((rule, level));
        self.skip_allowed();
    }

    /// Tells the conventions which rules are allowed, so that a comparison does not compute
    /// what [`Overrides::apply`] would drop.
    fn skip_allowed(&mut self) {
        let allowed = Rule::ALL.iter().copied().filter(|&r| self.severity(r).is_none());
        self.conventions.skip = allowed.collect();
    }

    /// Makes every warning an error.
    pub fn deny_warnings(&mut self) {
        self.deny_warnings = true;
    }

    /// The severity of `rule`, or `None` when it is allowed.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        let base = match self.levels.iter().find(|(r, _)| *r == rule).map(|(_, l)| *l) {
            Some(Level::Allow) => return None,
            Some(Level::Deny) => Severity::Error,
            Some(Level::Warn) => Severity::Warning,
            None if rule.off_by_default() => return None,
            None => rule.default_severity(),
        };
        Some(if self.deny_warnings { Severity::Error } else { base })
    }

    /// Applies the overrides: sets severities and drops allowed findings.
    pub fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain_mut(|d| match self.severity(d.rule) {
            Some(s) => {
                d.severity = s;
                true
            }
            None => false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case() {
        let mut names: Vec<_> = Rule::ALL.iter().map(|r| r.name()).collect();
        for n in &names {
            assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{n}");
            assert_eq!(Rule::from_name(n).map(Rule::name), Some(*n));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
    }

    #[test]
    fn overrides_change_severity() {
        let mut o = Overrides::default();
        assert_eq!(o.severity(Rule::Untranslated), Some(Severity::Warning));
        o.set(Rule::Untranslated, Level::Deny);
        assert_eq!(o.severity(Rule::Untranslated), Some(Severity::Error));
        o.set(Rule::StrongCount, Level::Allow);
        assert_eq!(o.severity(Rule::StrongCount), None);
        assert_eq!(o.severity(Rule::LineCount), None);
        o.set(Rule::LineCount, Level::Warn);
        assert_eq!(o.severity(Rule::LineCount), Some(Severity::Warning));
        let mut o = Overrides::default();
        o.deny_warnings();
        assert_eq!(o.severity(Rule::NumberMismatch), Some(Severity::Error));
    }
}
