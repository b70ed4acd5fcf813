//! The crate's error: an operational failure that stops a run (exit status 2), as opposed
//! to a finding, which is a [`Diagnostic`](crate::Diagnostic). Each variant carries what
//! locates it (a path, a line and column) and is worded at render time through
//! [`Error::message`], like a finding.

use std::path::{Path, PathBuf};

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
