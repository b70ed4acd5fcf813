//! A project: its documents (found by the layout engine, [`crate::layout`]), the plan of a
//! check run, reading its files, and checking every translation against its master.
//!
//! The master is read and parsed once; translations are compared with it one by one and the
//! results are kept in the order of the files.

use crate::check::{compare_in, sort};
use crate::config::Config;
use crate::containment::Root;
use crate::diagnostic::{Diagnostic, Overrides, Rule};
use crate::finding::Finding;
use crate::parse::{ParseOptions, Parsed, parse};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};
// The crate error and language tags had their home here before `error.rs` and `lang.rs`; these
// paths stay for code written against them.
#[doc(hidden)]
pub use crate::{Error, lang::canonical_tag};

mod read;
mod results;

pub use read::{load_master, load_master_in, read, read_in};
pub(crate) use read::{load_master_with, refused, source_file};
pub use results::{FileReport, MasterSummary, Report};

/// A translation of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// Its language tag.
    pub lang: String,
    /// Its path.
    pub path: PathBuf,
}

/// A master document and its translations.
#[derive(Debug, Clone)]
pub struct DocumentSet {
    /// The master.
    pub master: PathBuf,
    /// Translations on disk, sorted by language.
    pub translations: Vec<Translation>,
    /// Translations expected but absent.
    pub missing: Vec<Translation>,
}

/// The documents of a project.
#[derive(Debug, Clone)]
pub struct Project {
    /// The configuration.
    pub config: Config,
    /// Every master document with its translations.
    pub documents: Vec<DocumentSet>,
    /// Files or directories that fit a layout but whose name is not a canonical tag:
    /// (path, name, canonical spelling when there is one).
    pub bad_names: Vec<(PathBuf, String, Option<String>)>,
    /// Translations whose master does not exist (a document the master removed or renamed).
    pub orphans: Vec<Translation>,
    /// The name on disk of each language found under another name than its tag (an alias of
    /// `[aliases]`, another letter case), the master's included.
    pub names: std::collections::BTreeMap<String, String>,
    /// When discovery left [`DocumentSet::missing`] empty: for each layout with its own masters
    /// and each language, the first absent translation that layout locates, so that
    /// [`Project::ensure_found`] judges the layouts as if every absent one were listed.
    pub(crate) absent: Vec<Translation>,
}

/// What a check run does, planned before any file is read: the jobs, the files named that
/// are not checked, the findings about the project itself, and the Fluent resources.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Each master with the translations to check against it.
    pub jobs: Vec<Job>,
    /// Files named that no layout makes a translation: not checked.
    pub skipped: Vec<PathBuf>,
    /// Findings about the project, at the levels of the overrides: names that are not tags,
    /// missing translations and orphans (the whole project), or the orphans among the files
    /// named.
    pub findings: Vec<Diagnostic>,
    /// The Fluent resources to check: (source, translations).
    pub fluent: Option<(PathBuf, Vec<PathBuf>)>,
}

impl Project {
    /// Plans a check run: what `charte check [FILES] [--source SOURCE]` checks.
    ///
    /// - No files: the whole project, discovered from the layouts, with the findings about it
    ///   and the configured Fluent resources ([`crate::layout::fluent_resources`]).
    /// - Files: only those, grouped by master in the order given ([`Project::discover_files`]
    ///   finds only their masters). A master among them stands for all its translations; a
    ///   file that no layout makes a translation is skipped, one whose master does not exist
    ///   is an orphan.
    /// - `source`: every translation is checked against it instead of its own master.
    /// - Fluent files (`.ftl`) named, or a Fluent `source`: those resources only.
    ///
    /// Absent translations are listed only when `overrides` keeps `missing-translation`.
    ///
    /// # Errors
    ///
    /// When the project root cannot be resolved, or (without `source`) the layouts find no
    /// master, no translation, or nothing of a configured language (see
    /// [`Project::ensure_found`]).
    pub fn plan(
        config: Config,
        files: &[PathBuf],
        source: Option<&Path>,
        overrides: &Overrides,
    ) -> Result<Plan, Error> {
        let is_ftl = |p: &Path| p.extension().is_some_and(|e| e == "ftl");
        if source.is_some_and(is_ftl) || (!files.is_empty() && files.iter().all(|p| is_ftl(p))) {
            let source = match source {
                Some(source) => source.to_path_buf(),
                None => crate::layout::fluent_resources(&config)
                    .map_or_else(|| PathBuf::from("locales/en/charte.ftl"), |(source, _)| source),
            };
            return Ok(Plan { fluent: Some((source, files.to_vec())), ..Plan::default() });
        }
        if files.is_empty() {
            let fluent = crate::layout::fluent_resources(&config);
            let project = Project::discover_keeping(config, overrides.severity(Rule::MissingTranslation).is_some())?;
            if source.is_none() {
                project.ensure_found()?;
            }
            let findings = project.diagnostics_with(overrides);
            let jobs = match source {
                Some(source) => vec![Job {
                    master: source.to_path_buf(),
                    translations: project.into_jobs().into_iter().flat_map(|j| j.translations).collect(),
                }],
                None => project.into_jobs(),
            };
            return Ok(Plan { jobs, skipped: Vec::new(), findings, fluent });
        }
        let project = Project::discover_files(config, files)?;
        if source.is_none() {
            project.ensure_found_files()?;
        }
        let mut plan = project.plan_files(files, source);
        overrides.apply(&mut plan.findings);
        Ok(plan)
    }

    /// Groups the files named by master, keeping their order: each is found in the project as
    /// discovery names it, from any working directory (see [`Project::plan`]).
    fn plan_files(&self, files: &[PathBuf], source: Option<&Path>) -> Plan {
        use std::collections::{HashMap, HashSet};
        let masters: HashMap<&Path, usize> =
            self.documents.iter().enumerate().map(|(i, d)| (d.master.as_path(), i)).collect();
        let mut jobs: Vec<Job> = Vec::new();
        let mut skipped = Vec::new();
        let mut orphans = Vec::new();
        let mut seen = HashSet::new();
        let mut index: HashMap<PathBuf, usize> = HashMap::new();
        let mut push = |master: &Path, lang: Option<String>, path: PathBuf| {
            if !seen.insert(path.clone()) {
                return;
            }
            match index.get(master) {
                Some(&i) => jobs[i].translations.push((lang, path)),
                None => {
                    index.insert(master.to_path_buf(), jobs.len());
                    jobs.push(Job { master: master.to_path_buf(), translations: vec![(lang, path)] });
                }
            }
        };
        for file in files {
            let resolved = self.resolve(file);
            if let Some(source) = source {
                // An explicit master: every file is checked against it.
                let lang = resolved
                    .as_deref()
                    .and_then(|r| self.locate(r))
                    .map(|l| l.1)
                    .or_else(|| crate::lang::from_file_name(file));
                push(source, lang, resolved.unwrap_or_else(|| file.clone()));
                continue;
            }
            let Some(path) = resolved else {
                skipped.push(file.clone());
                continue;
            };
            if let Some(&i) = masters.get(path.as_path()) {
                let set = &self.documents[i];
                for t in &set.translations {
                    push(&set.master, Some(t.lang.clone()), t.path.clone());
                }
                continue;
            }
            match self.locate(&path) {
                Some((master, lang)) if masters.contains_key(master.as_path()) => push(&master, Some(lang), path),
                // The master's own tree, or a master left out by `ignore`: not a translation.
                Some((master, lang)) if lang == self.config.master || master.exists() => skipped.push(file.clone()),
                Some((_, lang)) if path.is_file() => orphans.push(self.orphan(&Translation { lang, path })),
                _ => skipped.push(file.clone()),
            }
        }
        Plan { jobs, skipped, findings: orphans, fluent: None }
    }
}

impl Plan {
    /// Runs the plan: checks its jobs ([`check_with`]), adds the findings about the project
    /// and the skipped files, then checks the Fluent resources. The jobs stay in the plan (a
    /// caller about to exit may forget it rather than free every path).
    ///
    /// # Errors
    ///
    /// As [`check_with`] and [`crate::ftl::check_files`].
    pub fn check(
        &mut self,
        root: &Root,
        overrides: &Overrides,
        base: &DriftBase,
        options: &CheckOptions,
    ) -> Result<Report, Error> {
        let mut report = check_with(root, &self.jobs, overrides, base, options)?;
        report.project.append(&mut self.findings);
        report.skipped.append(&mut self.skipped);
        if let Some((source, files)) = &self.fluent {
            report.merge(crate::ftl::check_files(root, source, files, overrides)?);
        }
        Ok(report)
    }
}

/// A master document, read and parsed once.
#[derive(Debug, Clone)]
pub struct Master {
    /// Its file.
    pub file: SourceFile,
    /// Its model.
    pub parsed: Parsed,
}

impl Master {
    /// Parses a master from its text (read from disk, or an editor's buffer).
    pub fn from_source(file: SourceFile) -> Self {
        let parsed = crate::parse(&file);
        Self { file, parsed }
    }
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

/// Reads one translation and checks it against a parsed master ([`check_source`]). A
/// translation that is not a regular file inside `root`, or larger than its cap, is an
/// `invalid-input` finding and is not read; so is binary content.
pub fn check_translation(
    root: &Root,
    master: &Master,
    lang: Option<&str>,
    path: &Path,
    drift: &mut DriftSource<'_>,
    conventions: &crate::check::Conventions,
) -> FileReport {
    check_translation_wanting(root, master, lang, path, drift, conventions, &|_| true)
}

/// [`check_translation`], leaving out the `unsynced` finding of a translation the lockfile
/// has no record of when `wanted` says that rule is turned off: it would be dropped at once, a
/// site without a lockfile has one per translation, and each costs the file's line index.
fn check_translation_wanting(
    root: &Root,
    master: &Master,
    lang: Option<&str>,
    path: &Path,
    drift: &mut DriftSource<'_>,
    conventions: &crate::check::Conventions,
    wanted: &dyn Fn(Rule) -> bool,
) -> FileReport {
    let (file, binary) = match root.read(path) {
        Ok(bytes) => source_file(path, bytes),
        Err(refusal) => {
            let (file, d) = refused(path, refusal);
            return FileReport::unreadable(lang.map(str::to_owned), file, d);
        }
    };
    if binary {
        let d = Finding::InvalidInputBinary {}.at(&file, Span::point(0));
        return FileReport::unreadable(lang.map(str::to_owned), file, d);
    }
    check_source_wanting(master, file, lang, drift, conventions, wanted)
}

/// Checks the text of a translation against a parsed master: structure, text rules and drift.
/// Nothing is read from disk but what `drift` reads (the recorded snapshots): an editor can
/// check an unsaved buffer. The path of `file` names it in the findings and, with a lockfile,
/// finds its record there; `lang` is its language (else the file's stem).
///
/// Severity overrides are not applied: see [`Overrides::apply`].
///
/// ```
/// use charte::project::{DriftSource, Master, check_source};
/// use charte::SourceFile;
///
/// let master = Master::from_source(SourceFile::new("fr.md", "# Titre\n\nUn **mot**.\n"));
/// let buffer = SourceFile::new("de.md", "# Titel\n\nEin Wort.\n");
/// let report = check_source(&master, buffer, Some("de"), &mut DriftSource::none(), &Default::default());
/// let rules: Vec<&str> = report.comparison.diagnostics.iter().map(|d| d.rule.name()).collect();
/// assert_eq!(rules, ["strong-count"]);
/// ```
pub fn check_source(
    master: &Master,
    file: SourceFile,
    lang: Option<&str>,
    drift: &mut DriftSource<'_>,
    conventions: &crate::check::Conventions,
) -> FileReport {
    check_source_wanting(master, file, lang, drift, conventions, &|_| true)
}

/// [`check_source`], leaving out what `wanted` turns off (see [`check_translation_wanting`]).
fn check_source_wanting(
    master: &Master,
    file: SourceFile,
    lang: Option<&str>,
    drift: &mut DriftSource<'_>,
    conventions: &crate::check::Conventions,
    wanted: &dyn Fn(Rule) -> bool,
) -> FileReport {
    let (master, master_parsed) = (&master.file, &master.parsed);
    let lang = lang.map(str::to_owned);
    if file.text().trim().is_empty() && !master.text().trim().is_empty() {
        // One finding says it all; structure findings would only repeat it.
        let d = Finding::EmptyFile {}.at(&file, Span::point(0));
        return FileReport::unreadable(lang, file, d);
    }
    let path = file.path();
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
/// Made once per master, it keeps the snapshots it reads for all its translations.
#[derive(Debug, Default)]
pub struct DriftSource<'a> {
    /// The versions recorded by each translation.
    pub recorded: Option<crate::drift::History<'a>>,
    /// The master at the base revision.
    pub base: Option<crate::drift::Baseline>,
    /// Where the translations' records are kept when not in their front matter.
    pub lockfile: Option<&'a crate::lockfile::Lockfile>,
}

impl<'a> DriftSource<'a> {
    /// No drift check: only structure and text.
    pub fn none() -> Self {
        Self::default()
    }

    /// The version each translation recorded (its `source_version` and the snapshot of the
    /// master kept beside it, or the master's git history), as `charte check` reads them.
    pub fn recorded(master: &'a Master) -> Self {
        Self { recorded: Some(crate::drift::History::new(&master.file)), ..Self::default() }
    }

    /// One earlier text of the master for every translation (a snapshot the caller holds,
    /// the master at a revision): a unit is stale when the master changed it since.
    pub fn since(earlier: SourceFile, master: &Master) -> Self {
        Self { base: Some(base_version(Some(earlier), &master.file)), ..Self::default() }
    }
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
            let masters: Vec<&Path> = jobs.iter().map(|j| j.master.as_path()).collect();
            let commit = crate::git::resolve_revision(root, &masters, rev)?;
            crate::git::masters_at_commit(root, &masters, rev, &commit)?.into_iter().map(Some).collect()
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
            let mut drift = DriftSource {
                recorded: (!matches!(base, DriftBase::Off))
                    .then(|| crate::drift::History::in_root(&m.file, root.clone())),
                base: old.map(|old| base_version(old, &m.file)),
                lockfile: options.lockfile.as_ref(),
            };
            for ((lang, path), out) in job.translations.iter().zip(slot.iter_mut()) {
                let mut f = check_translation_wanting(
                    root,
                    &m,
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
        .map(|(path, name, canonical)| match canonical {
            Some(c) => Finding::LanguageTagSuggest { name: name.clone(), canonical: c.clone() }.about(path),
            None => Finding::LanguageTag { name: name.clone() }.about(path),
        })
        .collect()
}

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned()
}

/// What changed in a master since its text at the base revision (`None`: it did not exist
/// then). A master that did not exist, or has the same text, has no unit changed: neither
/// version is parsed again.
fn base_version(old: Option<SourceFile>, master: &SourceFile) -> crate::drift::Baseline {
    let empty = || Parsed { document: crate::model::Document::default(), diagnostics: Vec::new() };
    match old {
        Some(old) if old.text() != master.text() => {
            let parsed = parse(&old);
            crate::drift::Baseline::with_file(old, parsed, &parse(master).document)
        }
        _ => crate::drift::Baseline::new(empty(), &crate::model::Document::default()),
    }
}
