//! What a check run yields, for the library and the renderers alike: a [`Report`] with a
//! [`FileReport`] per translation and a [`MasterSummary`] per master.

use super::Master;
use crate::check::Comparison;
use crate::diagnostic::{Diagnostic, Rule};
use crate::source::SourceFile;
use std::path::{Path, PathBuf};

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
    pub(crate) fn new(master: &Master, version: String) -> Self {
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
    pub(crate) fn placeholder() -> Self {
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
    pub(crate) fn unreadable(lang: Option<String>, file: SourceFile, finding: Diagnostic) -> Self {
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
