//! The files of a project: where the master and its translations are, reading them, and
//! checking every translation against the master.
//!
//! The master is read and parsed once; translations are compared with it one by one and the
//! results are kept in the order of the files.

use crate::check::{Comparison, compare_in, sort};
use crate::containment::{Refusal, Root};
use crate::diagnostic::{Diagnostic, Overrides, Rule};
use crate::parse::{ParseOptions, Parsed, parse};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// An operational failure: the run cannot go on (exit status 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The master cannot be read.
    #[error("the master {path} cannot be read: {source}")]
    Master {
        /// Its path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// Its path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file cannot be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// Its path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A path that should be a file is not one.
    #[error("{path} is not a file")]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// A rule name that does not exist.
    #[error("unknown rule {0}")]
    UnknownRule(String),
    /// A language with no translation in the project.
    #[error("no translation {0} in this project")]
    UnknownLanguage(String),
    /// A string that is not a language tag.
    #[error("{0} is not a language tag")]
    InvalidLanguage(String),
    /// A command that needs languages got none.
    #[error("name a language or use --all")]
    NoLanguages,
    /// A bad configuration.
    #[error("{path}:{line}:{column}: {message}")]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// `git` failed.
    #[error("git failed: {0}")]
    Git(String),
    /// No master document where the layouts say.
    #[error("no master document: the layouts {layouts} expect it in {expected}")]
    NoMaster {
        /// The layouts.
        layouts: String,
        /// Where the master's documents were looked for.
        expected: String,
    },
    /// A configured language with no file in any layout.
    #[error("no file of the language {lang}: expected in {expected}")]
    EmptyLanguage {
        /// The language.
        lang: String,
        /// Where its files were looked for.
        expected: String,
    },
    /// Layouts with their own master layout (`masters`) that find no translation at all.
    #[error("no translation found where the layouts {layouts} expect them")]
    NoTranslations {
        /// The layouts.
        layouts: String,
    },
    /// The master's own language where a translation's is needed.
    #[error("{0} is the master's language")]
    MasterLanguage(String),
    /// A language tag written in another form than its canonical one.
    #[error("{lang} is not written as a canonical tag: use {canonical}")]
    NotCanonical {
        /// As written.
        lang: String,
        /// The canonical form.
        canonical: String,
    },
    /// A unit id that the master does not have.
    #[error("the master has no unit {unit}; its units: {units}")]
    UnknownUnit {
        /// As given.
        unit: String,
        /// The master's unit ids.
        units: String,
    },
    /// A write would go through a symbolic link.
    #[error("{path} is a symbolic link")]
    Symlink {
        /// The link.
        path: PathBuf,
    },
    /// A path, or the real path behind its links, leaves the project root.
    #[error("{path} is outside the project {root}")]
    OutsideRoot {
        /// The path.
        path: PathBuf,
        /// The project root.
        root: PathBuf,
    },
    /// A file is larger than the size cap (`max-file-size`).
    #[error("{path} is larger than {limit} bytes")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The cap, in bytes.
        limit: u64,
    },
    /// A path of the configuration that would leave the project (`..`, absolute).
    #[error("{path}:{line}:{column}: \"{value}\" is not a path inside the project")]
    ConfigPath {
        /// The configuration file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The value.
        value: String,
    },
    /// A `max-file-size` that is not a size.
    #[error("{path}:{line}:{column}: \"{value}\" is not a file size")]
    ConfigSize {
        /// The configuration file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The value.
        value: String,
    },
    /// A `--base` that is not a revision (it starts with `-`).
    #[error("\"{0}\" is not a revision")]
    Revision(String),
    /// A `status --line-url` that is not an `http(s)://` address with `{path}`.
    #[error("\"{0}\" is not a line address")]
    LineUrl(String),
    /// git gave nothing for the master at a revision.
    #[error("git gave nothing for {path} at {rev}")]
    GitEmpty {
        /// The revision.
        rev: String,
        /// The master.
        path: PathBuf,
    },
    /// The sync record cannot be written without guessing where it goes.
    #[error("{path}:{line}:{column}: {problem}")]
    Record {
        /// The translation.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        problem: crate::sync::RecordProblem,
    },
    /// A file changed on disk between its reading and its replacement.
    #[error("{path} changed while it was being synced; nothing was written")]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// A line of the lockfile (`charte.lock`) that cannot be read.
    #[error("{path}:{line}:{column}: {problem}")]
    Lockfile {
        /// The lockfile.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        problem: crate::lockfile::LockProblem,
    },
}

impl Error {
    /// The Fluent message id and arguments that word this error.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, crate::diagnostic::Arg)>) {
        use crate::diagnostic::Arg;
        let p = |p: &Path| Arg::Str(p.display().to_string());
        match self {
            Error::Master { path, source } => {
                ("error-master-missing", vec![("path", p(path)), ("error", source.to_string().into())])
            }
            Error::Read { path, source } => {
                ("error-read", vec![("path", p(path)), ("error", source.to_string().into())])
            }
            Error::Write { path, source } => {
                ("error-write", vec![("path", p(path)), ("error", source.to_string().into())])
            }
            Error::NotAFile { path } => ("error-not-a-file", vec![("path", p(path))]),
            Error::UnknownRule(name) => ("error-unknown-rule", vec![("name", name.as_str().into())]),
            Error::UnknownLanguage(lang) => ("error-unknown-language", vec![("lang", lang.as_str().into())]),
            Error::InvalidLanguage(lang) => ("error-invalid-language", vec![("lang", lang.as_str().into())]),
            Error::NoLanguages => ("error-no-languages", vec![]),
            Error::Config { path, line, column, message } => (
                "error-config",
                vec![
                    ("path", p(path)),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("error", message.as_str().into()),
                ],
            ),
            Error::Git(e) => ("error-git", vec![("error", e.as_str().into())]),
            Error::Symlink { path } => ("error-symlink", vec![("path", p(path))]),
            Error::NoMaster { layouts, expected } => {
                ("error-no-master", vec![("layouts", layouts.as_str().into()), ("expected", expected.as_str().into())])
            }
            Error::EmptyLanguage { lang, expected } => {
                ("error-empty-language", vec![("lang", lang.as_str().into()), ("expected", expected.as_str().into())])
            }
            Error::NoTranslations { layouts } => ("error-no-translations", vec![("layouts", layouts.as_str().into())]),
            Error::MasterLanguage(lang) => ("error-master-language", vec![("lang", lang.as_str().into())]),
            Error::NotCanonical { lang, canonical } => {
                ("error-not-canonical", vec![("lang", lang.as_str().into()), ("canonical", canonical.as_str().into())])
            }
            Error::UnknownUnit { unit, units } => {
                ("error-unknown-unit", vec![("unit", unit.as_str().into()), ("units", units.as_str().into())])
            }
            Error::OutsideRoot { path, root } => ("error-outside-root", vec![("path", p(path)), ("root", p(root))]),
            Error::TooLarge { path, limit } => {
                ("error-too-large", vec![("path", p(path)), ("limit", limit.to_string().into())])
            }
            Error::ConfigPath { path, line, column, value } => (
                "error-config-path",
                vec![
                    ("path", p(path)),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("value", value.as_str().into()),
                ],
            ),
            Error::ConfigSize { path, line, column, value } => (
                "error-config-size",
                vec![
                    ("path", p(path)),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("value", value.as_str().into()),
                ],
            ),
            Error::Revision(rev) => ("error-revision", vec![("rev", rev.as_str().into())]),
            Error::LineUrl(value) => ("error-line-url", vec![("value", value.as_str().into())]),
            Error::GitEmpty { rev, path } => ("error-git-empty", vec![("rev", rev.as_str().into()), ("path", p(path))]),
            Error::Record { path, line, column, problem } => {
                let mut args = vec![("path", p(path)), ("line", (*line).into()), ("column", (*column).into())];
                args.extend(problem.args());
                (problem.message_id(), args)
            }
            Error::Changed { path } => ("error-changed", vec![("path", p(path))]),
            Error::Lockfile { path, line, column, problem } => {
                (problem.message_id(), vec![("path", p(path)), ("line", (*line).into()), ("column", (*column).into())])
            }
        }
    }
}

/// Checks that a string is a canonical language tag: `Ok(())`, or the canonical spelling
/// when there is one.
///
/// ```
/// use charte::project::canonical_tag;
/// assert_eq!(canonical_tag("pt-BR"), Ok(()));
/// assert_eq!(canonical_tag("pt_BR"), Err(Some("pt-BR".to_owned())));
/// assert_eq!(canonical_tag("EN"), Err(Some("en".to_owned())));
/// assert_eq!(canonical_tag("und"), Err(None));
/// assert_eq!(canonical_tag("xx_YY_zz_1"), Err(None));
/// ```
pub fn canonical_tag(name: &str) -> Result<(), Option<String>> {
    match name.parse::<LanguageIdentifier>() {
        Ok(id) if id.language.is_empty() => Err(None),
        Ok(id) => {
            let canonical = id.to_string();
            if canonical == name { Ok(()) } else { Err(Some(canonical)) }
        }
        Err(_) => Err(None),
    }
}

/// Reads a file as a [`SourceFile`]; binary content (a NUL byte) is reported as such. The
/// file is held to the root found from the working directory ([`Root::discover`]) and the
/// default size cap; [`read_in`] takes the project's root.
///
/// # Errors
///
/// As [`read_in`].
pub fn read(path: &Path) -> Result<(SourceFile, bool), Error> {
    read_in(&Root::discover(Path::new(""))?, path)
}

/// Reads a file of the project as a [`SourceFile`]; binary content (a NUL byte) is reported
/// as such.
///
/// # Errors
///
/// [`Error::OutsideRoot`] when its real path leaves the root, [`Error::NotAFile`] for a
/// directory, a FIFO or a device, [`Error::TooLarge`] above the cap, [`Error::Read`] on I/O
/// failure.
pub fn read_in(root: &Root, path: &Path) -> Result<(SourceFile, bool), Error> {
    let bytes = root.read_required(path)?;
    Ok(source_file(path, bytes))
}

fn source_file(path: &Path, bytes: Vec<u8>) -> (SourceFile, bool) {
    let binary = bytes[..bytes.len().min(8192)].contains(&0);
    (SourceFile::from_bytes(path, bytes), binary)
}

/// A master document, read and parsed once.
#[derive(Debug, Clone)]
pub struct Master {
    /// Its file.
    pub file: SourceFile,
    /// Its model.
    pub parsed: Parsed,
}

/// What a report keeps of a master once its translations are checked.
#[derive(Debug, Clone)]
pub struct MasterSummary {
    /// Its file (the text is kept only when the master itself has findings).
    pub file: SourceFile,
    /// Its number of units.
    pub units: usize,
    /// Its version (see [`crate::drift::version`]).
    pub version: String,
}

impl MasterSummary {
    fn new(master: &Master, version: String) -> Self {
        let keep = !master.parsed.diagnostics.is_empty();
        Self {
            file: if keep { master.file.clone() } else { SourceFile::new(master.file.path(), "") },
            units: master.parsed.document.units.len(),
            version,
        }
    }
}

/// The result of checking one translation.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Index of its master in [`Report::masters`].
    pub master: usize,
    /// The language, when known.
    pub lang: Option<String>,
    /// The file (empty when it could not be read).
    pub file: SourceFile,
    /// The master version recorded in the translation (`source_version`), if any.
    pub record: Option<String>,
    /// The comparison with the master (its unit pairs are dropped once counted).
    pub comparison: Comparison,
    /// How many units were paired with the master's.
    pub paired: usize,
}

impl FileReport {
    /// The findings of a rule counted but not kept ([`crate::check::KEPT_PER_RULE`]), with the
    /// severity of the kept ones (none when the rule is turned off).
    pub fn omitted(&self) -> impl Iterator<Item = (Rule, crate::Severity, usize)> + '_ {
        self.comparison.omitted.iter().filter_map(|&(rule, n)| {
            let kept = self.comparison.diagnostics.iter().find(|d| d.rule == rule)?;
            Some((rule, kept.severity, n))
        })
    }

    /// An empty report, to be overwritten (allocates nothing).
    fn placeholder() -> Self {
        Self {
            master: 0,
            lang: None,
            file: SourceFile::new(PathBuf::new(), String::new()),
            record: None,
            comparison: Comparison::default(),
            paired: 0,
        }
    }

    /// A file that could not be read as text, with the finding that says why.
    fn unreadable(lang: Option<String>, file: SourceFile, finding: Diagnostic) -> Self {
        Self {
            master: 0,
            lang,
            file,
            record: None,
            comparison: Comparison { diagnostics: vec![finding], ..Comparison::default() },
            paired: 0,
        }
    }
}

/// The result of a check run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The masters.
    pub masters: Vec<MasterSummary>,
    /// One entry per translation, in a stable order.
    pub files: Vec<FileReport>,
    /// Findings about the project itself (file names, missing translations, the masters' own
    /// problems).
    pub project: Vec<Diagnostic>,
    /// Files named on the command line that no layout makes a translation: not checked.
    pub skipped: Vec<PathBuf>,
}

impl Report {
    /// Every finding, project first, then file by file.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.project.iter().chain(self.files.iter().flat_map(|f| f.comparison.diagnostics.iter()))
    }

    /// (errors, warnings), those counted but not kept ([`crate::check::KEPT_PER_RULE`])
    /// included.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.diagnostics().filter(|d| d.severity == crate::Severity::Error).count();
        let (mut more_errors, mut more_warnings) = (0, 0);
        for f in &self.files {
            for (_, severity, n) in f.omitted() {
                match severity {
                    crate::Severity::Error => more_errors += n,
                    crate::Severity::Warning => more_warnings += n,
                }
            }
        }
        (errors + more_errors, self.diagnostics().count() - errors + more_warnings)
    }

    /// Findings counted but not kept, all files together.
    pub fn omitted(&self) -> usize {
        self.files.iter().flat_map(FileReport::omitted).map(|(_, _, n)| n).sum()
    }

    /// Findings silenced by `charte-ignore` comments.
    pub fn silenced(&self) -> usize {
        self.files.iter().map(|f| f.comparison.silenced).sum()
    }

    /// The source files by path (a master's over a translation's of the same path), indexed
    /// once: looking each finding's file up among all the files would make a big site's report
    /// quadratic.
    pub fn files_by_path(&self) -> std::collections::HashMap<&Path, &SourceFile> {
        self.files.iter().map(|f| &f.file).chain(self.masters.iter().map(|m| &m.file)).map(|f| (f.path(), f)).collect()
    }

    /// Adds another report's masters, files and findings.
    pub fn merge(&mut self, other: Report) {
        let offset = self.masters.len();
        self.masters.extend(other.masters);
        self.files.extend(other.files.into_iter().map(|mut f| {
            f.master += offset;
            f
        }));
        self.project.extend(other.project);
        self.skipped.extend(other.skipped);
    }

    /// The path of the first master, as `source` in JSON reports.
    pub fn source(&self) -> String {
        self.masters.first().map(|m| m.file.path().display().to_string()).unwrap_or_default()
    }
}

/// Reads and parses the master, held to the root found from the working directory (see
/// [`read`]).
///
/// # Errors
///
/// As [`load_master_in`].
pub fn load_master(path: &Path) -> Result<(SourceFile, Parsed), Error> {
    load_master_in(&Root::discover(Path::new(""))?, path)
}

/// Reads and parses the master of a project.
///
/// # Errors
///
/// [`Error::Master`] when it cannot be read, [`Error::NotAFile`] for a directory, a FIFO or a
/// device, [`Error::OutsideRoot`] when its real path leaves the project, [`Error::TooLarge`]
/// above the cap.
pub fn load_master_in(root: &Root, path: &Path) -> Result<(SourceFile, Parsed), Error> {
    load_master_with(root, path, ParseOptions::default())
}

fn load_master_with(root: &Root, path: &Path, options: ParseOptions) -> Result<(SourceFile, Parsed), Error> {
    let (file, _) = read_in(root, path).map_err(|e| match e {
        Error::Read { path, source } => Error::Master { path, source },
        other => other,
    })?;
    let parsed = crate::parse::parse_with(&file, options);
    Ok((file, parsed))
}

/// What stale units are measured against.
#[derive(Debug, Clone)]
pub enum DriftBase {
    /// Each translation's recorded master version (its `source_version` and snapshot).
    Recorded,
    /// The recorded versions, and each master as it was at a git revision (`check --base
    /// REV`): a unit is stale when either says so.
    Git(String),
    /// No drift check.
    Off,
}

/// A translation that could not be read: the `invalid-input` finding that says why. Its
/// content is never read, so never shown.
fn refused(path: &Path, refusal: Refusal) -> (SourceFile, Diagnostic) {
    let file = SourceFile::new(path, "");
    let at = Span::point(0);
    let shown = path.display().to_string();
    let d = match refusal {
        Refusal::Outside => Diagnostic::new(Rule::InvalidInput, "invalid-input-outside", &file, at).arg("path", shown),
        Refusal::NotRegular => {
            Diagnostic::new(Rule::InvalidInput, "invalid-input-not-regular", &file, at).arg("path", shown)
        }
        Refusal::TooLarge(limit) => {
            Diagnostic::new(Rule::InvalidInput, "invalid-input-too-large", &file, at).arg("limit", limit.to_string())
        }
        Refusal::Io(e) => {
            Diagnostic::new(Rule::InvalidInput, "invalid-input-unreadable", &file, at).arg("error", e.to_string())
        }
    };
    (file, d)
}

/// Checks one translation against a parsed master. A translation that is not a regular file
/// inside `root`, or larger than its cap, is an `invalid-input` finding and is not read.
pub fn check_translation(
    root: &Root,
    master: &SourceFile,
    master_parsed: &Parsed,
    lang: Option<&str>,
    path: &Path,
    drift: &mut Drift<'_>,
    conventions: &crate::check::Conventions,
) -> FileReport {
    check_translation_wanting(root, master, master_parsed, lang, path, drift, conventions, &|_| true)
}

/// [`check_translation`], leaving out the `unsynced` finding of a translation the lockfile
/// has no record of when `wanted` says that rule is turned off: it would be dropped at once, a
/// site without a lockfile has one per translation, and each costs the file's line index.
#[allow(clippy::too_many_arguments)]
fn check_translation_wanting(
    root: &Root,
    master: &SourceFile,
    master_parsed: &Parsed,
    lang: Option<&str>,
    path: &Path,
    drift: &mut Drift<'_>,
    conventions: &crate::check::Conventions,
    wanted: &dyn Fn(Rule) -> bool,
) -> FileReport {
    let lang = lang.map(str::to_owned);
    let (file, binary) = match root.read(path) {
        Ok(bytes) => source_file(path, bytes),
        Err(refusal) => {
            let (file, d) = refused(path, refusal);
            return FileReport::unreadable(lang, file, d);
        }
    };
    if binary {
        let d = Diagnostic::new(Rule::InvalidInput, "invalid-input-binary", &file, Span::point(0));
        return FileReport::unreadable(lang, file, d);
    }
    if file.text().trim().is_empty() && !master.text().trim().is_empty() {
        // One finding says it all; structure findings would only repeat it.
        let d = Diagnostic::new(Rule::EmptyUnit, "empty-file", &file, Span::point(0));
        return FileReport::unreadable(lang, file, d);
    }
    let parsed = crate::parse::parse_with(&file, ParseOptions::TRANSLATION);
    let name = lang.clone().unwrap_or_else(|| stem(path));
    let conventions = &*crate::glossary::in_language(conventions, &name);
    let mut comparison = compare_in(master, master_parsed, &file, &parsed, conventions, Some(&name));
    // Stale units since the translation's own record, then those that the changes since
    // `--base` make stale and the record did not already report.
    // A front matter YAML cannot read has no record to find: its own finding says it all.
    let lockfile = drift.lockfile;
    let record = match lockfile {
        Some(lock) => lock.get(path).map(str::to_owned),
        None => crate::drift::record(&parsed.document).map(|(v, _)| v),
    };
    let unreadable =
        lockfile.is_none() && record.is_none() && parsed.diagnostics.iter().any(|d| d.rule == Rule::FrontMatter);
    let mut followed_version = false;
    if let Some(history) = drift.recorded.as_mut().filter(|_| !unreadable) {
        let synced = match lockfile {
            // No record and `unsynced` turned off: nothing to report, nothing to compare with.
            Some(_) if record.is_none() && !wanted(Rule::Unsynced) => None,
            // A record in the lockfile: findings about it point at the translation's first line.
            Some(_) => {
                let at = file.line_span(1);
                Some(history.synced_to(&file, record.clone().map(|v| (v, at)), at, &name))
            }
            None => Some(history.synced(&file, &parsed.document, &name)),
        };
        match synced {
            None => {}
            // A translation that follows the structure of its version while the master's
            // changed: each change said once, where it applies.
            Some(Ok(version)) => {
                match crate::drift::follow(
                    master,
                    &master_parsed.document,
                    version,
                    &file,
                    &parsed,
                    conventions,
                    Some(&name),
                ) {
                    Some(followed) => {
                        comparison = followed;
                        followed_version = true;
                    }
                    None => comparison.diagnostics.extend(crate::drift::stale(
                        master,
                        &master_parsed.document,
                        version,
                        &file,
                        &parsed.document,
                        &comparison.pairs,
                    )),
                }
            }
            Some(Err(d)) => comparison.diagnostics.push(*d),
        }
    }
    if let Some(version) = drift.base.as_ref().filter(|_| !followed_version) {
        if let Some(followed) =
            crate::drift::follow(master, &master_parsed.document, version, &file, &parsed, conventions, Some(&name))
        {
            comparison = followed;
        }
        let stale =
            crate::drift::stale(master, &master_parsed.document, version, &file, &parsed.document, &comparison.pairs);
        for d in stale {
            if !comparison.diagnostics.iter().any(|o| o.rule == Rule::Stale && o.unit == d.unit) {
                comparison.diagnostics.push(d);
            }
        }
    }
    // Fixes (`check --fix`): the edits of each finding that has some, from src/fix.rs.
    crate::fix::attach(
        crate::fix::Inputs {
            master,
            master_parsed,
            file: &file,
            parsed: &parsed,
            master_language: conventions.master_language.as_deref(),
            lang: Some(&name),
        },
        &mut comparison.diagnostics,
    );
    // Each drift finding says the next step in full, including the record line that a person
    // editing on a web page, without charte, can paste.
    let is_drift = |d: &Diagnostic| matches!(d.rule, Rule::Stale | Rule::Unsynced);
    if comparison.diagnostics.iter().any(is_drift) {
        let current = drift.recorded.as_ref().map(|h| h.current().to_owned());
        let current = current.unwrap_or_else(|| crate::drift::version(master.text()));
        let paste = match lockfile {
            Some(lock) => lock.line(path, &current),
            None => crate::drift::record_line(&current),
        };
        for d in comparison.diagnostics.iter_mut().filter(|d| is_drift(d)) {
            if d.get("lang").is_none() {
                d.args.push(("lang", name.as_str().into()));
            }
            d.args.push(("record", paste.as_str().into()));
            if let Some(lock) = lockfile {
                // The line to paste goes into the lockfile, not the front matter.
                d.message = match d.message {
                    "stale" => "stale-lockfile",
                    "unsynced" => "unsynced-lockfile",
                    "unsynced-snapshot-missing" => "unsynced-snapshot-missing-lockfile",
                    "unsynced-snapshot-corrupt" => "unsynced-snapshot-corrupt-lockfile",
                    other => other,
                };
                d.args.push(("lockfile", lock.path().display().to_string().into()));
            }
        }
    }
    // The text is kept only to show the lines of findings: a clean file keeps its path.
    let file = if comparison.diagnostics.is_empty() { SourceFile::new(file.path(), "") } else { file };
    let paired = comparison.pairs.len();
    comparison.pairs = Vec::new();
    FileReport { master: 0, lang, file, record, comparison, paired }
}

/// What one master's translations are compared with for drift: the version each translation
/// recorded, and one earlier version of the master for all (`check --base`), or neither.
#[derive(Debug, Default)]
pub struct Drift<'a> {
    /// The versions recorded by each translation.
    pub recorded: Option<crate::drift::History<'a>>,
    /// The master at the base revision.
    pub base: Option<crate::drift::Version>,
    /// Where the translations' records are kept when not in their front matter.
    pub lockfile: Option<&'a crate::lockfile::Lockfile>,
}

/// How [`check_with`] reads the sync records.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The lockfile that holds the records (`[sync] records = "lockfile"`); `None` to read
    /// them from each translation's front matter.
    pub lockfile: Option<crate::lockfile::Lockfile>,
}

/// A master and the translations to check against it.
#[derive(Debug, Clone)]
pub struct Job {
    /// The master.
    pub master: PathBuf,
    /// (language, path) of each translation.
    pub translations: Vec<(Option<String>, PathBuf)>,
}

/// Checks translations against their masters and applies severity overrides. Each master is
/// parsed once; translations are checked in parallel and reported in the order given. Every
/// file is read through `root` ([`Root::read`]).
///
/// # Errors
///
/// When a master cannot be read (or is not a regular file inside the root), a snapshot is
/// refused, or the master's earlier version cannot be had from git.
pub fn check(root: &Root, jobs: &[Job], overrides: &Overrides, base: &DriftBase) -> Result<Report, Error> {
    check_with(root, jobs, overrides, base, &CheckOptions::default())
}

/// [`check`], with the sync records read as `options` say.
///
/// # Errors
///
/// As [`check`].
pub fn check_with(
    root: &Root,
    jobs: &[Job],
    overrides: &Overrides,
    base: &DriftBase,
    options: &CheckOptions,
) -> Result<Report, Error> {
    use rayon::prelude::*;
    // The masters' texts at the base, read from git at once; each is parsed, with the current
    // master, only when it differs from it.
    let olds: Vec<Option<Option<SourceFile>>> = match base {
        DriftBase::Git(rev) => {
            let commit = resolve_revision(root, jobs, rev)?;
            masters_at_commit(root, jobs, rev, &commit)?.into_iter().map(Some).collect()
        }
        _ => jobs.iter().map(|_| None).collect(),
    };
    // Each translation's report is written in place, in job order: no second buffer the size
    // of the site, and no copy of it on the main thread at the end.
    let total = jobs.iter().map(|j| j.translations.len()).sum();
    let mut files: Vec<FileReport> = (0..total).map(|_| FileReport::placeholder()).collect();
    let mut slots: Vec<&mut [FileReport]> = Vec::with_capacity(jobs.len());
    let mut rest = files.as_mut_slice();
    for job in jobs {
        let (slot, tail) = rest.split_at_mut(job.translations.len());
        slots.push(slot);
        rest = tail;
    }
    // One task per master: it is read and parsed once, its earlier versions are read and
    // compared once for all its translations, and only a summary of it is kept.
    let done: Vec<(MasterSummary, Vec<Diagnostic>)> = jobs
        .par_iter()
        .zip(olds)
        .zip(slots)
        .enumerate()
        .map(|(i, ((job, old), slot))| {
            // Canonical forms are only needed to compare with an earlier version: the history
            // makes them when a translation follows one.
            let names = ParseOptions { canonical: false, names: true };
            let (file, parsed) = load_master_with(root, &job.master, names)?;
            let m = Master { file, parsed };
            let mut drift = Drift {
                recorded: (!matches!(base, DriftBase::Off))
                    .then(|| crate::drift::History::in_root(&m.file, root.clone())),
                base: old.map(|old| base_version(old, &m.file)),
                lockfile: options.lockfile.as_ref(),
            };
            for ((lang, path), out) in job.translations.iter().zip(slot.iter_mut()) {
                let mut f = check_translation_wanting(
                    root,
                    &m.file,
                    &m.parsed,
                    lang.as_deref(),
                    path,
                    &mut drift,
                    overrides.conventions(),
                    &|rule| overrides.severity(rule).is_some(),
                );
                if let Some(history) = &mut drift.recorded
                    && let Some(e) = history.take_error()
                {
                    return Err(e);
                }
                f.master = i;
                overrides.apply(&mut f.comparison.diagnostics);
                sort(&mut f.comparison.diagnostics);
                // Kept until the end of the run: no spare capacity (turned-off findings leave
                // room for them), and no text when no finding is left to show a line of it.
                f.comparison.diagnostics.shrink_to_fit();
                f.comparison.omitted.shrink_to_fit();
                if f.comparison.diagnostics.is_empty() && !f.file.text().is_empty() {
                    f.file = SourceFile::new(f.file.path(), "");
                }
                *out = f;
            }
            let version = match &drift.recorded {
                Some(history) => history.current().to_owned(),
                None => crate::drift::version(m.file.text()),
            };
            let mut own = m.parsed.diagnostics.clone();
            overrides.apply(&mut own);
            Ok((MasterSummary::new(&m, version), own))
        })
        .collect::<Result<_, Error>>()?;
    let mut report = Report { files, ..Report::default() };
    report.masters.reserve_exact(done.len());
    for (master, own) in done {
        report.masters.push(master);
        report.project.extend(own);
    }
    Ok(report)
}

/// Findings for files whose name is not a canonical language tag.
pub fn bad_name_diagnostics(bad_names: &[(PathBuf, String, Option<String>)]) -> Vec<Diagnostic> {
    bad_names
        .iter()
        .map(|(path, name, canonical)| {
            let file = SourceFile::new(path, "");
            match canonical {
                Some(c) => Diagnostic::new(Rule::LanguageTag, "language-tag-suggest", &file, Span::point(0))
                    .arg("name", name.as_str())
                    .arg("canonical", c.as_str()),
                None => {
                    Diagnostic::new(Rule::LanguageTag, "language-tag", &file, Span::point(0)).arg("name", name.as_str())
                }
            }
        })
        .collect()
}

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned()
}

/// The files among `paths` that git does not track and does not ignore, in the order given;
/// none outside a repository or without git. The paths are passed after `--`, as data.
pub fn untracked(root: &Root, paths: &[PathBuf]) -> Vec<PathBuf> {
    let absolute: Vec<(PathBuf, &PathBuf)> =
        paths.iter().filter_map(|p| std::path::absolute(p).ok().map(|a| (a, p))).collect();
    if absolute.is_empty() {
        return Vec::new();
    }
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root.dir())
        .args(["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--"])
        .args(absolute.iter().map(|(a, _)| a))
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    let Some(output) = output.ok().filter(|o| o.status.success()) else { return Vec::new() };
    let top = std::process::Command::new("git")
        .arg("-C")
        .arg(root.dir())
        .args(["rev-parse", "--show-toplevel"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    let Some(top) = top.ok().filter(|o| o.status.success()) else { return Vec::new() };
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\n', '\r']));
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    let listed: std::collections::HashSet<PathBuf> = output
        .stdout
        .split(|&b| b == 0)
        .filter(|name| !name.is_empty())
        .map(|name| top.join(String::from_utf8_lossy(name).as_ref()))
        .collect();
    absolute
        .into_iter()
        .filter(|(a, _)| {
            let real =
                a.parent().and_then(|d| std::fs::canonicalize(d).ok()).zip(a.file_name()).map(|(d, n)| d.join(n));
            listed.contains(real.as_ref().unwrap_or(a))
        })
        .map(|(_, p)| p.clone())
        .collect()
}

/// The master as it was at a git revision.
///
/// # Errors
///
/// [`Error::Revision`] for a revision that starts with `-`, [`Error::Git`] when git is
/// missing, fails, or the revision is no commit, [`Error::GitEmpty`] when git gives nothing.
pub fn master_at(master: &Path, rev: &str) -> Result<Parsed, Error> {
    let dir = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let commit = verify_revision(dir, rev)?;
    Ok(match master_text_at_commit(master, rev, &commit)? {
        Some(file) => parse(&file),
        None => Parsed { document: crate::model::Document::default(), diagnostics: Vec::new() },
    })
}

/// What changed in a master since its text at the base revision (`None`: it did not exist
/// then). A master that did not exist, or has the same text, has no unit changed: neither
/// version is parsed again.
fn base_version(old: Option<SourceFile>, master: &SourceFile) -> crate::drift::Version {
    let empty = || Parsed { document: crate::model::Document::default(), diagnostics: Vec::new() };
    match old {
        Some(old) if old.text() != master.text() => {
            let parsed = parse(&old);
            crate::drift::Version::with_file(old, parsed, &parse(master).document)
        }
        _ => crate::drift::Version::new(empty(), &crate::model::Document::default()),
    }
}

/// The commit a revision names, checked once for all the masters of a run, in the first
/// master's repository.
fn resolve_revision(root: &Root, jobs: &[Job], rev: &str) -> Result<String, Error> {
    let dir = jobs.first().and_then(|j| j.master.parent()).filter(|d| !d.as_os_str().is_empty());
    verify_revision(dir.unwrap_or(root.dir()), rev)
}

/// git, run in `dir`, with no pager, no prompt, no replacement objects and nothing on its
/// standard input. Only fixed subcommands run, with input after `--end-of-options` and never
/// as `-c`: the content of a pull request cannot make git execute anything (`.git/config` is
/// not part of it).
fn git(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new("git");
    cmd.arg("-C")
        .arg(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_NO_REPLACE_OBJECTS", "1")
        .env_remove("GIT_EXTERNAL_DIFF")
        .env_remove("GIT_PAGER")
        .env_remove("PAGER")
        .stdin(std::process::Stdio::null());
    cmd
}

fn run_git(cmd: &mut std::process::Command) -> Result<Vec<u8>, Error> {
    let output = cmd.output().map_err(|e| Error::Git(e.to_string()))?;
    if !output.status.success() {
        return Err(Error::Git(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
    }
    Ok(output.stdout)
}

/// The full commit id a revision names: refused when it starts with `-` (git would take it for
/// an option), and given to git only after `--end-of-options`.
fn verify_revision(dir: &Path, rev: &str) -> Result<String, Error> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(Error::Revision(rev.to_owned()));
    }
    let out = run_git(
        git(dir).args(["rev-parse", "--verify", "--quiet", "--end-of-options"]).arg(format!("{rev}^{{commit}}")),
    )
    .map_err(|e| match e {
        Error::Git(m) if m.is_empty() => Error::Git(format!("{rev}: no such commit")),
        other => other,
    })?;
    let commit = String::from_utf8_lossy(&out).trim().to_owned();
    if commit.is_empty() || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::Git(format!("{rev}: no such commit")));
    }
    Ok(commit)
}

/// The text of each job's master at a verified commit (`rev` is how the user named it), in job
/// order: `None` for a master that the commit does not have (a page the change adds, or renames
/// to here), an empty document there: all its units are new, none is stale.
///
/// Three git processes for all the masters, in the repository of the first: the top of the
/// work tree, one `git ls-tree` of the commit under the deepest directory holding every master
/// (a literal path after `--`), and one `git cat-file --batch` that reads the blobs found, by id
/// on its standard input. A master outside that work tree is read on its own, as [`master_at`]
/// reads it.
fn masters_at_commit(root: &Root, jobs: &[Job], rev: &str, commit: &str) -> Result<Vec<Option<SourceFile>>, Error> {
    use std::io::{BufRead as _, Read as _, Write as _};
    let dir = jobs.first().and_then(|j| j.master.parent()).filter(|d| !d.as_os_str().is_empty());
    let dir = dir.unwrap_or(root.dir());
    let top = run_git(git(dir).args(["rev-parse", "--show-toplevel"]))?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    // Each master's path from the top, its directory's real path looked up once.
    let mut dirs: std::collections::HashMap<&Path, Option<PathBuf>> = std::collections::HashMap::new();
    let paths: Vec<Option<Vec<u8>>> = jobs
        .iter()
        .map(|j| {
            let parent = j.master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let real = dirs.entry(parent).or_insert_with(|| std::fs::canonicalize(parent).ok()).as_ref()?;
            tree_path(real.join(j.master.file_name()?).strip_prefix(&top).ok()?)
        })
        .collect();
    let mut texts: Vec<Option<Option<SourceFile>>> = jobs.iter().map(|_| None).collect();
    // The directory (from the top) that holds every master: its components in common.
    let mut common: Option<Vec<&[u8]>> = None;
    for path in paths.iter().flatten() {
        let parts: Vec<&[u8]> = path.split(|&b| b == b'/').collect();
        let parts = &parts[..parts.len() - 1];
        let kept = match &common {
            Some(c) => c.iter().zip(parts).take_while(|(a, b)| a == b).count(),
            None => parts.len(),
        };
        common = Some(parts[..kept].to_vec());
    }
    if let Some(common) = common {
        let mut ls = git(dir);
        ls.env("GIT_LITERAL_PATHSPECS", "1")
            .env_remove("GIT_GLOB_PATHSPECS")
            .env_remove("GIT_NOGLOB_PATHSPECS")
            .env_remove("GIT_ICASE_PATHSPECS")
            .args(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, "--"]);
        if !common.is_empty() {
            ls.arg(os_path(&common.join(&b'/')));
        }
        let listing = run_git(&mut ls)?;
        // `<mode> <type> <id>\t<path>`, NUL-terminated, for the paths wanted.
        let wanted: std::collections::HashSet<&[u8]> = paths.iter().flatten().map(Vec::as_slice).collect();
        let mut blobs: std::collections::HashMap<&[u8], &str> = std::collections::HashMap::new();
        for entry in listing.split(|&b| b == 0) {
            let Some(tab) = entry.iter().position(|&b| b == b'\t') else { continue };
            let (info, path) = (&entry[..tab], &entry[tab + 1..]);
            let mut fields = info.split(|&b| b == b' ');
            let (Some(_), Some(b"blob"), Some(id)) = (fields.next(), fields.next(), fields.next()) else { continue };
            if let (true, Ok(id)) = (wanted.contains(path), std::str::from_utf8(id)) {
                blobs.insert(path, id);
            }
        }
        let mut request = Vec::new();
        for (path, text) in paths.iter().zip(texts.iter_mut()) {
            let Some(path) = path else { continue };
            match blobs.get(path.as_slice()) {
                Some(id) => {
                    request.extend_from_slice(id.as_bytes());
                    request.push(b'\n');
                }
                // Not a file in the commit (a directory or a submodule neither): no page then.
                None => *text = Some(None),
            }
        }
        if !request.is_empty() {
            let failed = |e: std::io::Error| Error::Git(format!("git cat-file: {e}"));
            let mut child = git(dir)
                .args(["cat-file", "--batch"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .map_err(|e| Error::Git(e.to_string()))?;
            // Written from another thread so that git cannot block on a full output pipe while
            // this one blocks on a full input pipe.
            let stdin = child.stdin.take();
            let writer = std::thread::spawn(move || {
                if let Some(mut stdin) = stdin {
                    let _ = stdin.write_all(&request);
                }
            });
            let read = (|| -> Result<(), Error> {
                let stdout = child.stdout.take().ok_or_else(|| Error::Git("git cat-file: no output".into()))?;
                let mut out = std::io::BufReader::with_capacity(1 << 16, stdout);
                let mut header = Vec::new();
                for ((job, path), text) in jobs.iter().zip(&paths).zip(texts.iter_mut()) {
                    if path.is_none() || text.is_some() {
                        continue;
                    }
                    header.clear();
                    out.read_until(b'\n', &mut header).map_err(failed)?;
                    let header = String::from_utf8_lossy(header.strip_suffix(b"\n").unwrap_or_default());
                    let mut fields = header.split(' ');
                    let (Some(_), Some("blob"), Some(Ok(size)), None) =
                        (fields.next(), fields.next(), fields.next().map(str::parse::<usize>), fields.next())
                    else {
                        return Err(Error::Git(format!("git cat-file: unexpected output: {header}")));
                    };
                    let mut bytes = vec![0; size + 1];
                    out.read_exact(&mut bytes).map_err(failed)?;
                    bytes.pop();
                    if bytes.is_empty() {
                        return Err(Error::GitEmpty { rev: rev.to_owned(), path: job.master.clone() });
                    }
                    *text = Some(Some(SourceFile::from_bytes(format!("{rev}:{}", job.master.display()), bytes)));
                }
                Ok(())
            })();
            if read.is_err() {
                let _ = child.kill();
            }
            let status = child.wait().map_err(|e| Error::Git(e.to_string()))?;
            let _ = writer.join();
            read?;
            if !status.success() {
                return Err(Error::Git(format!("git cat-file --batch: {status}")));
            }
        }
    }
    jobs.iter()
        .zip(texts)
        .map(|(job, text)| match text {
            Some(text) => Ok(text),
            None => master_text_at_commit(&job.master, rev, commit),
        })
        .collect()
}

/// A path relative to the top of the work tree as git names it in a tree (`a/b.md`); on other
/// systems than Unix, only when it is valid UTF-8.
fn tree_path(rel: &Path) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in rel.components() {
        let std::path::Component::Normal(c) = c else { return None };
        if !out.is_empty() {
            out.push(b'/');
        }
        #[cfg(unix)]
        out.extend_from_slice(std::os::unix::ffi::OsStrExt::as_bytes(c));
        #[cfg(not(unix))]
        out.extend_from_slice(c.to_str()?.as_bytes());
    }
    (!out.is_empty()).then_some(out)
}

/// The path a [`tree_path`] names, as an argument.
fn os_path(bytes: &[u8]) -> std::ffi::OsString {
    #[cfg(unix)]
    let path = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_owned();
    #[cfg(not(unix))]
    let path = std::ffi::OsString::from(String::from_utf8_lossy(bytes).into_owned());
    path
}

/// The master's text at a verified commit (`rev` is how the user named it), through `git show`
/// in its own directory; `None` when the commit does not have it.
fn master_text_at_commit(master: &Path, rev: &str, commit: &str) -> Result<Option<SourceFile>, Error> {
    let dir = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = master.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let object = format!("{commit}:./{name}");
    let shown = run_git(git(dir).args(["show", "--no-textconv", "--end-of-options"]).arg(&object));
    let stdout = match shown {
        Ok(stdout) => stdout,
        // The commit is verified: when git has no object for the path in it, the path did not
        // exist then (its directory neither, perhaps).
        Err(e) => {
            let exists = git(dir)
                .args(["cat-file", "-e", "--end-of-options"])
                .arg(&object)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .map_err(|e| Error::Git(e.to_string()))?;
            if exists.success() || !in_repository(dir) {
                return Err(e);
            }
            return Ok(None);
        }
    };
    if stdout.is_empty() {
        return Err(Error::GitEmpty { rev: rev.to_owned(), path: master.to_owned() });
    }
    Ok(Some(SourceFile::from_bytes(format!("{rev}:{}", master.display()), stdout)))
}

/// Whether `dir` (or, when it does not exist, its nearest existing ancestor) is in a git
/// work tree.
fn in_repository(dir: &Path) -> bool {
    let existing = dir.ancestors().find(|a| a.as_os_str().is_empty() || a.is_dir()).unwrap_or(Path::new("."));
    let existing = if existing.as_os_str().is_empty() { Path::new(".") } else { existing };
    run_git(git(existing).args(["rev-parse", "--is-inside-work-tree"]))
        .is_ok_and(|out| String::from_utf8_lossy(&out).trim() == "true")
}

/// Checks translated Fluent resources against their source resource.
///
/// # Errors
///
/// When the source cannot be read.
pub fn check_fluent(
    root: &Root,
    source: &Path,
    translations: &[PathBuf],
    overrides: &Overrides,
) -> Result<Report, Error> {
    let (master, _) = read_in(root, source).map_err(|e| match e {
        Error::Read { path, source } => Error::Master { path, source },
        other => other,
    })?;
    let mut files = Vec::new();
    for path in translations.iter().filter(|p| p.as_path() != source) {
        let lang = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).map(str::to_owned);
        let (file, diagnostics) = match root.read(path) {
            Ok(bytes) => {
                let (file, _) = source_file(path, bytes);
                let d = crate::ftl::compare(&master, &file);
                (file, d)
            }
            Err(refusal) => {
                let (file, d) = refused(path, refusal);
                (file, vec![d])
            }
        };
        let mut comparison = Comparison { diagnostics, ..Comparison::default() };
        overrides.apply(&mut comparison.diagnostics);
        files.push(FileReport { master: 0, lang, file, record: None, comparison, paired: 0 });
    }
    let version = crate::drift::version(master.text());
    Ok(Report { masters: vec![MasterSummary { file: master, units: 0, version }], files, ..Report::default() })
}
