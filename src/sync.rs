//! Writing sync records: `charte sync` and `charte init`.
//!
//! A run is planned, then written. Planning reads every translation and computes its new text
//! ([`plan`], in parallel); nothing is written. [`Plan::commit`] then stages every file as a
//! temporary file in its own directory (written and flushed to disk), and only then renames
//! the temporaries into place one by one. A failure before the last rename puts back what was
//! already renamed, so a failed run leaves every file as it was. Just before a translation is
//! replaced it is read again: when it changed since it was planned, the run stops and the
//! user's edit stays.
//!
//! The record is one line of the front matter, `source_version: VERSION`. Only its value
//! changes (its key, spacing and trailing comment stay), or the line is added before the
//! closing `---` with the line ending of the line before it. When the front matter gives no
//! certain place for it (not a block mapping, the key not at the start of its own line, a
//! block scalar, YAML that does not read back the same), [`set_record`] refuses with a located
//! [`RecordProblem`] rather than guess. Symbolic links are never written through, and no file
//! that this run did not create is ever deleted.

use crate::check::compare;
use crate::containment::Root;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::drift::{self, RECORD_KEY, Store, UnitRecord};
use crate::front_matter::{self, Node};
use crate::parse::{Parsed, parse};
use crate::project::{Error, Master};
use crate::source::{SourceFile, Span};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What a sync did.
#[derive(Debug, Clone)]
pub enum SyncOutcome {
    /// The record was written.
    Synced {
        /// The master version recorded.
        version: String,
        /// Stale units marked up to date although their translation did not change since the
        /// previous sync (master unit ids).
        rubber_stamped: Vec<String>,
    },
    /// Not written: the translation has structural errors.
    Refused {
        /// The errors.
        errors: Vec<Diagnostic>,
    },
}

/// Why the sync record cannot be written into a front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RecordProblem {
    /// The front matter has no closing `---`.
    Unterminated,
    /// The front matter is not YAML (the parser's message).
    Invalid(String),
    /// The front matter is not a block mapping: `flow`, `sequence` or `scalar`.
    NotMapping(&'static str),
    /// The record key is there but not written `source_version: VERSION` at the start of its
    /// own line.
    Form,
    /// No line can be added for the record without changing what the front matter says.
    NoPlace,
}

impl RecordProblem {
    /// The Fluent message id that words it (with `path`, `line` and `column`).
    pub fn message_id(&self) -> &'static str {
        match self {
            RecordProblem::Unterminated => "error-record-unterminated",
            RecordProblem::Invalid(_) => "error-record-invalid",
            RecordProblem::NotMapping(_) => "error-record-not-mapping",
            RecordProblem::Form => "error-record-form",
            RecordProblem::NoPlace => "error-record-no-place",
        }
    }

    /// The message's own arguments.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            RecordProblem::Invalid(error) => vec![("error", error.as_str().into())],
            RecordProblem::NotMapping(kind) => vec![("kind", (*kind).into())],
            _ => Vec::new(),
        }
    }
}

impl std::fmt::Display for RecordProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordProblem::Unterminated => f.write_str("the front matter has no closing `---`"),
            RecordProblem::Invalid(e) => write!(f, "the front matter is not valid YAML: {e}"),
            RecordProblem::NotMapping(kind) => write!(f, "the front matter is a {kind}, not a block mapping"),
            RecordProblem::Form => {
                f.write_str("write the sync record on its own line, as `source_version: VERSION` at its start")
            }
            RecordProblem::NoPlace => f.write_str("no certain place for the sync record in this front matter"),
        }
    }
}

/// A [`RecordProblem`] at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// Where (byte offset in the text, BOM excluded).
    pub offset: usize,
    /// What.
    pub problem: RecordProblem,
}

impl RecordError {
    /// The operational error, located in `file`.
    pub fn located(self, file: &SourceFile) -> Error {
        let at = file.position(self.offset);
        Error::Record { path: file.path().to_owned(), line: at.line, column: at.column, problem: self.problem }
    }
}

/// The text of a file with its sync record set to `version`: only the record's value changes,
/// or the record line is added before the closing `---` (or, without a front matter, a front
/// matter holding only the record is put first).
///
/// # Errors
///
/// A [`RecordError`] when the record has no certain place; the text must then not be written.
pub fn set_record(file: &SourceFile, version: &str) -> Result<String, RecordError> {
    // A version YAML could take for a number (`0673…`, `1472…e959`) is quoted.
    let value = if front_matter::numeric_looking(version) { format!("\"{version}\"") } else { version.to_owned() };
    let text = file.text();
    let fail = |offset, problem| Err(RecordError { offset, problem });
    let Some(split) = front_matter::split(text) else {
        let eol = file.line_ending().as_str();
        return Ok(format!("---{eol}{RECORD_KEY}: {value}{eol}---{eol}{text}"));
    };
    if !split.terminated {
        return fail(0, RecordProblem::Unterminated);
    }
    let yaml = split.yaml;
    let has_record = match front_matter::simple_pairs(text, yaml) {
        Some(pairs) => pairs.iter().any(|(k, _)| k == RECORD_KEY),
        None => match front_matter::parse_yaml(&text[yaml.range()]) {
            Err((error, line)) => {
                let first = file.position(yaml.start).line;
                let at = file.line_start(first + line - 1).clamp(yaml.start, yaml.end);
                return fail(at, RecordProblem::Invalid(error));
            }
            Ok(Node::Null) => false,
            Ok(Node::Map(entries)) => {
                if let Some((at, line)) = front_matter::first_content_line(text, yaml)
                    && line.starts_with('{')
                {
                    return fail(at, RecordProblem::NotMapping("flow"));
                }
                entries.iter().any(|(k, _)| *k == Node::Str(RECORD_KEY.to_owned()))
            }
            Ok(other) => {
                let at = front_matter::first_content_line(text, yaml).map_or(yaml.start, |(at, _)| at);
                let kind = if matches!(other, Node::Seq(_)) { "sequence" } else { "scalar" };
                return fail(at, RecordProblem::NotMapping(kind));
            }
        },
    };
    let lines = front_matter::key_lines(text, yaml, RECORD_KEY);
    let (new, blame) = if has_record {
        let line = match lines.as_slice() {
            [one] if one.replaceable => one,
            [one] => return fail(one.value.start, RecordProblem::Form),
            [] => {
                let at = text[yaml.range()].find(RECORD_KEY).map_or(yaml.start, |i| yaml.start + i);
                return fail(at, RecordProblem::Form);
            }
            [_, second, ..] => return fail(second.line.start, RecordProblem::Form),
        };
        let v = line.value;
        (
            format!("{}{value}{}", &text[..v.start], &text[v.end..]),
            RecordError { offset: line.line.start, problem: RecordProblem::Form },
        )
    } else {
        let blame = RecordError { offset: yaml.end, problem: RecordProblem::NoPlace };
        if let Some(line) = lines.first() {
            // A line that looks like the record, but YAML does not read it as one.
            return fail(line.line.start, RecordProblem::NoPlace);
        }
        let before = &text[..yaml.end];
        let eol = if before.ends_with("\r\n") {
            "\r\n"
        } else if before.ends_with('\r') {
            "\r"
        } else {
            "\n"
        };
        (format!("{before}{RECORD_KEY}: {value}{eol}{}", &text[yaml.end..]), blame)
    };
    if reads_back(text, yaml, &new, version) { Ok(new) } else { Err(blame) }
}

/// Whether `new` has a front matter that says what the one of `old` (at `yaml`) says, but for
/// the record, which is `version` both for YAML and for `check`.
fn reads_back(old: &str, yaml: Span, new: &str, version: &str) -> bool {
    let Some(split) = front_matter::split(new).filter(|s| s.terminated) else { return false };
    let file = SourceFile::new("", new);
    let mut problems = Vec::new();
    let fm = front_matter::read(&file, split, &mut problems);
    if !problems.is_empty() || drift::record_in(&fm).map(|r| r.0).as_deref() != Some(version) {
        return false;
    }
    let wanted = Node::Str(version.to_owned());
    let is_record = |k: &Node| *k == Node::Str(RECORD_KEY.to_owned());
    if let (Some(a), Some(b)) = (front_matter::simple_pairs(old, yaml), front_matter::simple_pairs(new, split.yaml)) {
        let records: Vec<_> = b.iter().filter(|(k, _)| k == RECORD_KEY).collect();
        let strip = |p: Vec<(String, crate::model::Value)>| -> Vec<_> {
            p.into_iter().filter(|(k, _)| k != RECORD_KEY).collect()
        };
        return records.len() == 1
            && records[0].1 == crate::model::Value::String(version.to_owned())
            && strip(a) == strip(b);
    }
    let entries = |text: &str, span: Span| match front_matter::parse_yaml(&text[span.range()]) {
        Ok(Node::Map(entries)) => Some(entries),
        Ok(Node::Null) => Some(Vec::new()),
        _ => None,
    };
    let (Some(a), Some(b)) = (entries(old, yaml), entries(new, split.yaml)) else { return false };
    let records: Vec<_> = b.iter().filter(|(k, _)| is_record(k)).collect();
    if records.len() != 1 || records[0].1 != wanted {
        return false;
    }
    let others = |e: Vec<(Node, Node)>| -> Vec<_> { e.into_iter().filter(|(k, _)| !is_record(k)).collect() };
    others(a) == others(b)
}

/// A file's state when it was read: a write over it checks it is still the same.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    inode: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        Self { len: meta.len(), modified: meta.modified().ok(), inode }
    }
}

/// What a planned write may replace.
#[derive(Debug, Clone)]
enum Before {
    /// Nothing: the file is created, never over another (`init`).
    Absent,
    /// Whatever is there (a record of charte's own), put back on rollback: its bytes, or
    /// `None` when there was no file.
    Any(Option<Vec<u8>>),
    /// The translation exactly as it was read: it must still be so when it is replaced.
    Seen { bytes: Vec<u8>, stamp: Stamp },
}

#[derive(Debug, Clone)]
struct Planned {
    path: PathBuf,
    bytes: Vec<u8>,
    before: Before,
}

/// The files a run will write, not written yet: see [`Plan::commit`].
#[derive(Debug, Default)]
pub struct Plan {
    writes: Vec<Planned>,
    paths: HashSet<PathBuf>,
}

impl Plan {
    fn push(&mut self, write: Planned) {
        // A snapshot is planned by every translation of its master: written once.
        if self.paths.insert(write.path.clone()) {
            self.writes.push(write);
        }
    }

    /// Adds another plan's writes.
    pub fn extend(&mut self, other: Plan) {
        for write in other.writes {
            self.push(write);
        }
    }

    /// Whether nothing is to be written.
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    /// The files the plan writes, in order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.writes.iter().map(|w| w.path.as_path())
    }

    /// The translations the plan replaces, each checked to be unchanged just before.
    pub fn replaced(&self) -> impl Iterator<Item = &Path> {
        self.writes.iter().filter(|w| matches!(w.before, Before::Seen { .. })).map(|w| w.path.as_path())
    }

    /// Writes every planned file, or none: each is staged as a temporary file beside its
    /// target (written, flushed to disk, permissions of the file it replaces), then the
    /// temporaries are renamed into place; a failure before the last rename puts back the
    /// files already replaced. Each directory is flushed once at the end.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] when a file cannot be staged or renamed (or a file to create exists),
    /// [`Error::Symlink`] for a symbolic link (the file or a directory on its way from the
    /// root), [`Error::OutsideRoot`] for a path that leaves `root`, [`Error::Changed`] when a
    /// translation changed since it was read. Every file is then as it was.
    pub fn commit(self, root: &Root) -> Result<(), Error> {
        use rayon::prelude::*;
        let mut dirs: Vec<PathBuf> = Vec::new();
        let mut seen = HashSet::new();
        for w in &self.writes {
            let dir = parent(&w.path);
            if seen.insert(dir.clone()) {
                // Once per directory, before anything is created: no write leaves the root or
                // goes through a linked directory (`.charte -> /elsewhere`, `docs/de -> /tmp`).
                crate::containment::check_write(root.dir(), &w.path)?;
                std::fs::create_dir_all(&dir).map_err(|source| Error::Write { path: dir.clone(), source })?;
                dirs.push(dir);
            }
        }
        // Every staged file must be on disk before the first rename. Many files are flushed
        // with one `syncfs` per file system where there is one (Linux), else one fsync each.
        let batch = self.writes.len() > 1 && cfg!(target_os = "linux");
        let stage_all = || self.writes.par_iter().map(|w| stage(w, !batch)).collect::<Result<Vec<_>, Error>>();
        // Staging with an fsync per file waits on the disk more than on the processor: more
        // threads than cores let the file system commit many files at once.
        let staged = match rayon::ThreadPoolBuilder::new().num_threads(STAGING_THREADS).build() {
            Ok(pool) if self.writes.len() > 1 && !batch => pool.install(stage_all),
            _ => stage_all(),
        }?;
        if batch {
            flush_file_systems(&dirs, &staged)?;
        }
        for (i, (w, tmp)) in self.writes.iter().zip(staged).enumerate() {
            if let Err(e) = replace(w, tmp) {
                rollback(&self.writes[..i])?;
                return Err(e);
            }
        }
        for dir in dirs {
            // Makes the renames durable; a failure here loses nothing that is on disk now.
            if let Ok(d) = std::fs::File::open(&dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

/// Threads that stage files: enough to keep the disk busy while each waits on its fsync.
const STAGING_THREADS: usize = 32;

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Flushes the staged files to disk: one `syncfs` for each file system that holds one of
/// `dirs`; where that fails, an fsync of each staged file.
fn flush_file_systems(dirs: &[PathBuf], staged: &[tempfile::TempPath]) -> Result<(), Error> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let mut devices = HashSet::new();
        let mut flushed = true;
        for dir in dirs {
            let Ok(d) = std::fs::File::open(dir) else {
                flushed = false;
                break;
            };
            if devices.insert(d.metadata().map(|m| m.dev()).unwrap_or_default()) && rustix::fs::syncfs(&d).is_err() {
                flushed = false;
                break;
            }
        }
        if flushed {
            return Ok(());
        }
    }
    let _ = dirs;
    for tmp in staged {
        let io = |source| Error::Write { path: tmp.to_path_buf(), source };
        std::fs::OpenOptions::new().write(true).open(tmp).and_then(|f| f.sync_all()).map_err(io)?;
    }
    Ok(())
}

/// Writes a planned file's bytes to a temporary file in its directory, flushed to disk when
/// `flush` (otherwise the caller flushes the whole batch).
fn stage(w: &Planned, flush: bool) -> Result<tempfile::TempPath, Error> {
    let io = |source| Error::Write { path: w.path.clone(), source };
    let existing = std::fs::symlink_metadata(&w.path).ok();
    if existing.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
        return Err(Error::Symlink { path: w.path.clone() });
    }
    let mut tmp = tempfile::Builder::new().prefix(".charte-").tempfile_in(parent(&w.path)).map_err(io)?;
    tmp.write_all(&w.bytes).map_err(io)?;
    if let Some(meta) = existing.as_ref().filter(|m| m.is_file()) {
        tmp.as_file().set_permissions(meta.permissions()).map_err(io)?;
    }
    if flush {
        tmp.as_file().sync_all().map_err(io)?;
    }
    Ok(tmp.into_temp_path())
}

/// Renames a staged file into place, after checking that what it replaces is as planned.
fn replace(w: &Planned, tmp: tempfile::TempPath) -> Result<(), Error> {
    let io = |source| Error::Write { path: w.path.clone(), source };
    match &w.before {
        Before::Absent => return tmp.persist_noclobber(&w.path).map_err(|e| io(e.error)),
        Before::Seen { bytes, stamp } => {
            let changed = Error::Changed { path: w.path.clone() };
            let meta = std::fs::symlink_metadata(&w.path).map_err(|_| Error::Changed { path: w.path.clone() })?;
            if Stamp::of(&meta) != *stamp || std::fs::read(&w.path).ok().as_ref() != Some(bytes) {
                return Err(changed);
            }
        }
        Before::Any(_) => {}
    }
    tmp.persist(&w.path).map_err(|e| io(e.error))
}

/// Puts back the files of `done` as they were before, last first.
fn rollback(done: &[Planned]) -> Result<(), Error> {
    for w in done.iter().rev() {
        let io = |source| Error::Write { path: w.path.clone(), source };
        match &w.before {
            Before::Absent | Before::Any(None) => std::fs::remove_file(&w.path).map_err(io)?,
            Before::Any(Some(bytes)) | Before::Seen { bytes, .. } => {
                let back = Planned { path: w.path.clone(), bytes: bytes.clone(), before: Before::Any(None) };
                stage(&back, true)?.persist(&w.path).map_err(|e| io(e.error))?;
            }
        }
    }
    Ok(())
}

/// The snapshot write of a master version, unless it is already there and sound.
fn snapshot_write(root: &Root, store: &Store, master: &SourceFile, version: &str) -> Result<Option<Planned>, Error> {
    if store.load(version).is_ok() {
        return Ok(None);
    }
    let path = store.snapshot_path(version);
    let before = Before::Any(existing(root, &path)?);
    Ok(Some(Planned { path, bytes: drift::normalize(master.text()).into_bytes(), before }))
}

/// The bytes of a file of charte's own that a write replaces (to put back on rollback), read
/// through the root's guards: `None` when there is none, an error when it is a FIFO, a device,
/// a link out of the project or too large (never read, never waited on).
fn existing(root: &Root, path: &Path) -> Result<Option<Vec<u8>>, Error> {
    match root.read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        // Nothing there, or a file where a directory should be: the write will say so.
        Err(crate::containment::Refusal::Io(e))
            if matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory) =>
        {
            Ok(None)
        }
        Err(refusal) => Err(refusal.into_error(path, root)),
    }
}

fn with_bom(file: &SourceFile, text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if file.has_bom() {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

/// The unit record write of a language, unless the record already holds exactly this.
fn units_write(
    root: &Root,
    store: &Store,
    lang: &str,
    version: &str,
    master: &Parsed,
    translation: &Parsed,
    pairs: &[(usize, usize)],
) -> Result<Option<Planned>, Error> {
    let units = pairs
        .iter()
        .map(|&(m, t)| (master.document.units[m].id.clone(), drift::unit_hash(&translation.document.units[t])))
        .collect();
    let record = UnitRecord { source_version: version.to_owned(), units };
    let mut json = serde_json::to_string_pretty(&record).unwrap_or_default();
    json.push('\n');
    let path = store.units_path(lang);
    let old = existing(root, &path)?;
    if old.as_deref() == Some(json.as_bytes()) {
        return Ok(None);
    }
    Ok(Some(Planned { path, bytes: json.into_bytes(), before: Before::Any(old) }))
}

/// One translation to sync.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// Its master.
    pub master: &'a Master,
    /// Its language.
    pub lang: &'a str,
    /// Its path.
    pub path: &'a Path,
}

/// Plans the sync of translations (in parallel): what each sync does, in the order given, and
/// the files to write. Nothing is written.
///
/// # Errors
///
/// The first failure in the order given: a file that cannot be read, a symbolic link, a
/// record that has no certain place ([`Error::Record`]).
pub fn plan(root: &Root, requests: &[Request<'_>], force: bool) -> Result<(Vec<SyncOutcome>, Plan), Error> {
    use rayon::prelude::*;
    let mut plan = Plan::default();
    // Each master's version, snapshot and history once, not once per translation: its earlier
    // versions are read and compared once for all its translations.
    let mut masters: HashMap<&Path, (String, Mutex<drift::History<'_>>)> = HashMap::new();
    for r in requests {
        let path = r.master.file.path();
        if !masters.contains_key(path) {
            let history = drift::History::in_root(&r.master.file, root.clone());
            let version = history.current().to_owned();
            let store = Store::for_master(path).in_root(root.clone());
            if let Some(w) = snapshot_write(root, &store, &r.master.file, &version)? {
                plan.push(w);
            }
            masters.insert(path, (version, Mutex::new(history)));
        }
    }
    let planned: Vec<Result<(SyncOutcome, Vec<Planned>), Error>> = requests
        .par_iter()
        .map(|r| {
            let (version, history) = &masters[r.master.file.path()];
            plan_one(root, r, version, history, force)
        })
        .collect();
    let mut outcomes = Vec::with_capacity(planned.len());
    for p in planned {
        let (outcome, writes) = p?;
        outcomes.push(outcome);
        for w in writes {
            plan.push(w);
        }
    }
    Ok((outcomes, plan))
}

fn plan_one(
    root: &Root,
    r: &Request<'_>,
    version: &str,
    history: &Mutex<drift::History<'_>>,
    force: bool,
) -> Result<(SyncOutcome, Vec<Planned>), Error> {
    let (master_file, master, path) = (&r.master.file, &r.master.parsed, r.path);
    // Taken before the file is read: a change after it shows in the stamp at commit.
    let meta = std::fs::symlink_metadata(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    if meta.file_type().is_symlink() {
        return Err(Error::Symlink { path: path.to_owned() });
    }
    let (file, binary) = crate::project::read_in(root, path)?;
    // As `check` reads a translation: its units are named after the master's.
    let parsed = crate::parse::parse_with(&file, crate::parse::ParseOptions::TRANSLATION);
    let comparison = compare(master_file, master, &file, &parsed);
    let errors: Vec<Diagnostic> =
        comparison.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    if binary || file.invalid_utf8().is_some() || (!errors.is_empty() && !force) {
        return Ok((SyncOutcome::Refused { errors }, Vec::new()));
    }
    let store = Store::for_master(master_file.path()).in_root(root.clone());
    // Stale units whose translation did not change since the last sync: rubber stamps.
    let mut rubber_stamped = Vec::new();
    let mut history = history.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let synced = history.synced(&file, &parsed.document, r.lang).ok().cloned();
    // A snapshot that is a FIFO or a link out of the project stops the run.
    if let Some(e) = history.take_error() {
        return Err(e);
    }
    drop(history);
    if let Some(old) = &synced {
        let recorded = store.load_units(r.lang)?;
        let stale = drift::stale(master_file, &master.document, old, &file, &parsed.document, &comparison.pairs);
        for d in stale {
            let Some(id) = &d.unit else { continue };
            let Some(&(_, t)) = comparison.pairs.iter().find(|(m, _)| master.document.units[*m].id == *id) else {
                continue;
            };
            if recorded.get(id) == Some(&drift::unit_hash(&parsed.document.units[t])) {
                rubber_stamped.push(id.clone());
            }
        }
    }
    let text = set_record(&file, version).map_err(|e| e.located(&file))?;
    let mut writes = Vec::new();
    if text != file.text() {
        let bytes = with_bom(&file, file.text());
        writes.push(Planned {
            path: path.to_owned(),
            bytes: with_bom(&file, &text),
            before: Before::Seen { bytes, stamp: Stamp::of(&meta) },
        });
    }
    writes.extend(units_write(root, &store, r.lang, version, master, &parsed, &comparison.pairs)?);
    Ok((SyncOutcome::Synced { version: version.to_owned(), rubber_stamped }, writes))
}

/// Records that the translation at `path` follows the current master: [`plan`] and
/// [`Plan::commit`] for one translation.
///
/// # Errors
///
/// As [`plan`] and [`Plan::commit`]; nothing is written then.
pub fn sync(root: &Root, master: &Master, lang: &str, path: &Path, force: bool) -> Result<SyncOutcome, Error> {
    let (mut outcomes, plan) = plan(root, &[Request { master, lang, path }], force)?;
    plan.commit(root)?;
    outcomes.pop().ok_or_else(|| Error::NotAFile { path: path.to_owned() })
}

/// Plans the creation of a translation from its master, synced: `None` when something is at
/// `path` already (a file, a directory, a link, even a dangling one). The translation is
/// created by [`Plan::commit`] only if nothing is there by then.
///
/// # Errors
///
/// When the master's front matter gives no certain place for the record.
pub fn plan_init(root: &Root, master: &Master, lang: &str, path: &Path) -> Result<Option<Plan>, Error> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(None);
    }
    let master_file = &master.file;
    let store = Store::for_master(master_file.path()).in_root(root.clone());
    let version = drift::version(master_file.text());
    let text = set_record(master_file, &version).map_err(|e| e.located(master_file))?;
    let file = SourceFile::new(path, text);
    let parsed = parse(&file);
    let comparison = compare(master_file, &master.parsed, &file, &parsed);
    let mut plan = Plan::default();
    if let Some(w) = snapshot_write(root, &store, master_file, &version)? {
        plan.push(w);
    }
    plan.push(Planned { path: path.to_owned(), bytes: with_bom(master_file, file.text()), before: Before::Absent });
    if let Some(w) = units_write(root, &store, lang, &version, &master.parsed, &parsed, &comparison.pairs)? {
        plan.push(w);
    }
    Ok(Some(plan))
}

/// Creates a translation from the master and syncs it. Returns `false` when the file exists.
///
/// # Errors
///
/// When a file cannot be written; nothing is written then.
pub fn init(root: &Root, master: &Master, lang: &str, path: &Path) -> Result<bool, Error> {
    match plan_init(root, master, lang, path)? {
        Some(plan) => plan.commit(root).map(|()| true),
        None => Ok(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_looking_versions_are_quoted_and_read_back_as_written() {
        for version in ["0673565026129282", "147203798692e959", "12345678901234e5", "99d82df619cb5ed7"] {
            let f = SourceFile::new("x.md", "---\ntitle: T\n---\n");
            let text = set_record(&f, version).unwrap();
            let parsed = parse(&SourceFile::new("x.md", text.clone()));
            assert!(parsed.diagnostics.is_empty(), "{text}: {:?}", parsed.diagnostics);
            assert_eq!(drift::record(&parsed.document).map(|r| r.0).as_deref(), Some(version), "{text}");
        }
    }

    #[test]
    fn set_record_changes_one_line_and_keeps_endings() {
        let text = "---\r\ntitle: T\r\n---\r\n\r\nbody\r\n";
        let f = SourceFile::new("x.md", text);
        let once = set_record(&f, "0123456789abcdef").unwrap();
        assert_eq!(once, "---\r\ntitle: T\r\nsource_version: 0123456789abcdef\r\n---\r\n\r\nbody\r\n");
        let f2 = SourceFile::new("x.md", once.clone());
        let twice = set_record(&f2, "fedcba9876543210").unwrap();
        assert_eq!(twice, once.replace("0123456789abcdef", "fedcba9876543210"));
    }
}
