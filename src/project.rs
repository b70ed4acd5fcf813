//! The files of a project: where the master and its translations are, reading them, and
//! checking every translation against the master.
//!
//! The master is read and parsed once; translations are compared with it one by one and the
//! results are kept in the order of the files.

use crate::check::{Comparison, compare, sort};
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
    /// A write would go through a symbolic link.
    #[error("{path} is a symbolic link")]
    Symlink {
        /// The link.
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
            Error::Record { path, line, column, problem } => {
                let mut args = vec![("path", p(path)), ("line", (*line).into()), ("column", (*column).into())];
                args.extend(problem.args());
                (problem.message_id(), args)
            }
            Error::Changed { path } => ("error-changed", vec![("path", p(path))]),
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

/// Reads a file as a [`SourceFile`]; binary content (a NUL byte) is reported as such.
///
/// # Errors
///
/// The I/O error, or [`Error::NotAFile`] for a directory.
pub fn read(path: &Path) -> Result<(SourceFile, bool), Error> {
    // No `stat` first: opening a directory succeeds and reading it fails with EISDIR.
    let bytes = std::fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::IsADirectory => Error::NotAFile { path: path.to_owned() },
        _ => Error::Read { path: path.to_owned(), source },
    })?;
    let binary = bytes[..bytes.len().min(8192)].contains(&0);
    Ok((SourceFile::from_bytes(path, bytes), binary))
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
}

impl Report {
    /// Every finding, project first, then file by file.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.project.iter().chain(self.files.iter().flat_map(|f| f.comparison.diagnostics.iter()))
    }

    /// (errors, warnings).
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.diagnostics().filter(|d| d.severity == crate::Severity::Error).count();
        (errors, self.diagnostics().count() - errors)
    }

    /// Findings silenced by `charte-ignore` comments.
    pub fn silenced(&self) -> usize {
        self.files.iter().map(|f| f.comparison.silenced).sum()
    }

    /// The source file a diagnostic points into.
    pub fn file(&self, path: &Path) -> Option<&SourceFile> {
        self.masters.iter().map(|m| &m.file).chain(self.files.iter().map(|f| &f.file)).find(|f| f.path() == path)
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
    }

    /// The path of the first master, as `source` in JSON reports.
    pub fn source(&self) -> String {
        self.masters.first().map(|m| m.file.path().display().to_string()).unwrap_or_default()
    }
}

/// Reads and parses the master.
///
/// # Errors
///
/// [`Error::Master`] when it cannot be read, [`Error::NotAFile`] for a directory.
pub fn load_master(path: &Path) -> Result<(SourceFile, Parsed), Error> {
    load_master_with(path, ParseOptions::default())
}

fn load_master_with(path: &Path, options: ParseOptions) -> Result<(SourceFile, Parsed), Error> {
    let (file, _) = read(path).map_err(|e| match e {
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
    /// Each master as it was at a git revision (`check --base REV`).
    Git(String),
    /// No drift check.
    Off,
}

/// Checks one translation against a parsed master.
pub fn check_translation(
    master: &SourceFile,
    master_parsed: &Parsed,
    lang: Option<&str>,
    path: &Path,
    drift: &mut Drift<'_>,
) -> FileReport {
    let lang = lang.map(str::to_owned);
    let (file, binary) = match read(path) {
        Ok(r) => r,
        Err(err) => {
            let file = SourceFile::new(path, "");
            let error = match &err {
                Error::Read { source, .. } => source.to_string(),
                other => other.to_string(),
            };
            let d = Diagnostic::new(Rule::InvalidInput, "invalid-input-unreadable", &file, Span::point(0))
                .arg("error", error);
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
    let mut comparison = compare(master, master_parsed, &file, &parsed);
    let name = lang.clone().unwrap_or_else(|| stem(path));
    let version = match drift {
        Drift::Recorded(history) => match history.synced(&file, &parsed.document, &name) {
            Ok(v) => Some(v),
            Err(d) => {
                comparison.diagnostics.push(*d);
                None
            }
        },
        Drift::Base(v) => Some(&*v),
        Drift::Off => None,
    };
    if let Some(version) = version {
        let stale =
            crate::drift::stale(master, &master_parsed.document, version, &file, &parsed.document, &comparison.pairs);
        comparison.diagnostics.extend(stale);
    }
    let record = crate::drift::record(&parsed.document).map(|(v, _)| v);
    // The text is kept only to show the lines of findings: a clean file keeps its path.
    let file = if comparison.diagnostics.is_empty() { SourceFile::new(file.path(), "") } else { file };
    let paired = comparison.pairs.len();
    comparison.pairs = Vec::new();
    FileReport { master: 0, lang, file, record, comparison, paired }
}

/// What one master's translations are compared with for drift.
#[derive(Debug)]
pub enum Drift<'a> {
    /// The versions recorded by each translation.
    Recorded(crate::drift::History<'a>),
    /// One earlier version for all.
    Base(crate::drift::Version),
    /// No drift check.
    Off,
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
/// parsed once; translations are checked in parallel and reported in the order given.
///
/// # Errors
///
/// When a master cannot be read, or its earlier version cannot be had from git.
pub fn check(jobs: &[Job], overrides: &Overrides, base: &DriftBase) -> Result<Report, Error> {
    use rayon::prelude::*;
    let olds: Vec<Option<Parsed>> = match base {
        DriftBase::Git(rev) => jobs.iter().map(|j| master_at(&j.master, rev).map(Some)).collect::<Result<_, _>>()?,
        _ => vec![None; jobs.len()],
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
            let (file, parsed) = load_master_with(&job.master, names)?;
            let m = Master { file, parsed };
            let mut drift = match (base, old) {
                (DriftBase::Recorded, _) => Drift::Recorded(crate::drift::History::new(&m.file)),
                (DriftBase::Git(_), Some(old)) => {
                    Drift::Base(crate::drift::Version::new(old, &crate::parse(&m.file).document))
                }
                _ => Drift::Off,
            };
            for ((lang, path), out) in job.translations.iter().zip(slot.iter_mut()) {
                let mut f = check_translation(&m.file, &m.parsed, lang.as_deref(), path, &mut drift);
                f.master = i;
                overrides.apply(&mut f.comparison.diagnostics);
                sort(&mut f.comparison.diagnostics);
                *out = f;
            }
            let version = match drift {
                Drift::Recorded(history) => history.current().to_owned(),
                _ => crate::drift::version(m.file.text()),
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

/// The master as it was at a git revision.
///
/// # Errors
///
/// [`Error::Git`] when git is missing or the revision or file is unknown.
pub fn master_at(master: &Path, rev: &str) -> Result<Parsed, Error> {
    let dir = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = master.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{name}"))
        .output()
        .map_err(|e| Error::Git(e.to_string()))?;
    if !output.status.success() {
        return Err(Error::Git(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
    }
    let file = SourceFile::from_bytes(format!("{rev}:{}", master.display()), output.stdout);
    Ok(parse(&file))
}

/// Checks translated Fluent resources against their source resource.
///
/// # Errors
///
/// When the source cannot be read.
pub fn check_fluent(source: &Path, translations: &[PathBuf], overrides: &Overrides) -> Result<Report, Error> {
    let (master, _) = read(source).map_err(|e| match e {
        Error::Read { path, source } => Error::Master { path, source },
        other => other,
    })?;
    let mut files = Vec::new();
    for path in translations.iter().filter(|p| p.as_path() != source) {
        let lang = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).map(str::to_owned);
        let (file, diagnostics) = match read(path) {
            Ok((file, _)) => {
                let d = crate::ftl::compare(&master, &file);
                (file, d)
            }
            Err(err) => {
                let file = SourceFile::new(path, "");
                let d = Diagnostic::new(Rule::InvalidInput, "invalid-input-unreadable", &file, Span::point(0))
                    .arg("error", err.to_string());
                (file, vec![d])
            }
        };
        let mut comparison = Comparison { diagnostics, ..Comparison::default() };
        overrides.apply(&mut comparison.diagnostics);
        files.push(FileReport { master: 0, lang, file, record: None, comparison, paired: 0 });
    }
    let version = crate::drift::version(master.text());
    Ok(Report { masters: vec![MasterSummary { file: master, units: 0, version }], files, project: Vec::new() })
}
