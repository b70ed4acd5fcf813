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

macro_rules! rules {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $sev:ident; )*) => {
        /// A rule: a stable kebab-case name and a default severity.
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

            /// The severity used when nothing overrides it.
            pub fn default_severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$sev,)* }
            }
        }
    };
}

rules! {
    /// The front matter is missing, broken, or lacks a key of the master.
    FrontMatter = "front-matter", Error;
    /// Headings are missing, extra, out of order or at another level.
    HeadingStructure = "heading-structure", Error;
    /// A section's blocks differ in kind or count.
    BlockStructure = "block-structure", Error;
    /// An ordered list has more or fewer items than the master's.
    ValueCount = "value-count", Error;
    /// Item numbers as written differ from the master's.
    ValueNumbering = "value-numbering", Error;
    /// Two values whose texts appear exchanged, their numbers kept.
    SwappedValues = "swapped-values", Warning;
    /// A unit has another number of strong spans than its master unit.
    StrongCount = "strong-count", Error;
    /// A unit has another number of emphasis spans than its master unit.
    EmphasisCount = "emphasis-count", Error;
    /// Emphasis delimiters left as literal text.
    UnclosedEmphasis = "unclosed-emphasis", Error;
    /// Links differ in number or target.
    LinkMismatch = "link-mismatch", Error;
    /// Inline code differs.
    CodeMismatch = "code-mismatch", Error;
    /// A translated unit has no text.
    EmptyUnit = "empty-unit", Error;
    /// A file that cannot be read as UTF-8 text.
    InvalidInput = "invalid-input", Error;
    /// The master changed since the translation was synced.
    Stale = "stale", Error;
    /// A translation has no sync record, or its record cannot be used.
    Unsynced = "unsynced", Error;
    /// A number or date of the master unit is missing from the translation.
    NumberMismatch = "number-mismatch", Warning;
    /// A unit is identical to its master unit.
    Untranslated = "untranslated", Warning;
    /// A glossary term of the master unit lacks its approved rendering, or a kept term was
    /// altered.
    Glossary = "glossary", Warning;
    /// A document of the master has no translation in a language of the project.
    MissingTranslation = "missing-translation", Warning;
    /// A translation whose master document does not exist.
    OrphanTranslation = "orphan-translation", Warning;
    /// A file name that is not a canonical language tag.
    LanguageTag = "language-tag", Warning;
    /// A Fluent message or attribute of the source locale is missing.
    FtlMissing = "ftl-missing", Error;
    /// A Fluent message present only in the translation.
    FtlObsolete = "ftl-obsolete", Warning;
    /// Fluent variables or message references differ from the source.
    FtlVariables = "ftl-variables", Error;
    /// Fluent syntax the parser could not read.
    FtlSyntax = "ftl-syntax", Error;
    /// A block has another number of lines than its master block (off unless enabled).
    LineCount = "line-count", Warning;
    /// A unit ends with other punctuation than its master unit.
    EndPunctuation = "end-punctuation", Warning;
    /// A unit of several sentences has clearly fewer in the translation.
    SentenceCount = "sentence-count", Warning;
    /// A unit far shorter or longer than the document's usual ratio to its master.
    LengthRatio = "length-ratio", Warning;
    /// A word written twice in a row in the translation.
    RepeatedWord = "repeated-word", Warning;
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

    /// Whether the rule is off unless a configuration or the command line turns it on; its
    /// [`Rule::default_severity`] is then the severity it has once turned on.
    ///
    /// ```
    /// use charte::Rule;
    /// assert!(Rule::LineCount.off_by_default());
    /// assert!(!Rule::StrongCount.off_by_default());
    /// ```
    pub fn off_by_default(self) -> bool {
        matches!(self, Rule::LineCount)
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

/// How a master unit changed since the translation was synced.
#[derive(Debug, Clone, Serialize)]
pub struct Drift {
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

/// One finding.
#[derive(Debug, Clone, Serialize)]
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
    pub drift: Option<Drift>,
}

impl Diagnostic {
    /// A finding of `rule`, worded by `message`, at `span` of `file`.
    pub fn new(rule: Rule, message: &'static str, file: &SourceFile, span: Span) -> Self {
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
        }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
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
