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

use crate::Error;
use crate::check::compare;
use crate::containment::Root;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::drift::{self, RECORD_KEY, Store, UnitRecord, UnitRecords};
use crate::front_matter::{self, Node};
use crate::parse::{Parsed, parse};
use crate::project::Master;
use crate::source::{SourceFile, Span};
use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// The front matter is not a block mapping: `flow` (a flow mapping without a record whose
    /// value can be replaced in place), `sequence` or `scalar`.
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
                    // A flow mapping has no line for the record: its value is replaced where
                    // it is written, in its quotes, or there is no certain place.
                    let has = entries.iter().any(|(k, _)| *k == Node::Str(RECORD_KEY.to_owned()));
                    let Some(v) = has.then(|| front_matter::replaceable_scalar(file, split, RECORD_KEY)).flatten()
                    else {
                        return fail(at, RecordProblem::NotMapping("flow"));
                    };
                    let value = match text[v.range()].chars().next() {
                        Some(q @ ('"' | '\'')) => format!("{q}{version}{q}"),
                        _ => value,
                    };
                    let new = format!("{}{value}{}", &text[..v.start], &text[v.end..]);
                    return if new == text || reads_back(text, yaml, &new, version) {
                        Ok(new)
                    } else {
                        fail(v.start, RecordProblem::Form)
                    };
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
    // Unchanged bytes need no reading back: the record is already there, as `check` reads it.
    if new == text || reads_back(text, yaml, &new, version) { Ok(new) } else { Err(blame) }
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
    /// The unit records to update, by path: one per directory of masters and language.
    records: BTreeMap<PathBuf, RecordUpdate>,
    /// The lockfile to update, when the records are kept there.
    lock: Option<LockUpdate>,
}

/// How `sync` and `init` keep their records (see [`crate::config::Sync`]).
#[derive(Debug, Clone)]
pub struct Options {
    /// The project root whose `charte.lock` holds the records; `None` to write them into the
    /// translations' front matter.
    pub lockfile: Option<PathBuf>,
    /// Whether master snapshots are written to `.charte/sources/`.
    pub snapshots: bool,
    /// The rule levels and conventions a translation is compared with, as `check` compares
    /// it: a turned-off rule never refuses a sync, placeholders are masked.
    pub overrides: crate::diagnostic::Overrides,
}

impl Default for Options {
    fn default() -> Self {
        Self { lockfile: None, snapshots: true, overrides: crate::diagnostic::Overrides::default() }
    }
}

impl Options {
    /// The options a configuration gives.
    pub fn from_config(config: &crate::config::Config) -> Self {
        let lockfile = (config.sync.records == crate::config::Records::Lockfile).then(|| config.root.clone());
        Self { lockfile, snapshots: config.sync.snapshots, overrides: config.overrides.clone() }
    }
}

/// The lockfile as read (with what a write over it must find), and the records to set.
#[derive(Debug, Clone)]
struct LockUpdate {
    lock: crate::lockfile::Lockfile,
    before: Before,
    set: BTreeMap<String, String>,
}

impl LockUpdate {
    /// Reads the lockfile of the project at `dir`, with its stamp for the lost-update check.
    fn read(root: &Root, dir: &Path) -> Result<Self, Error> {
        let path = dir.join(crate::lockfile::FILE_NAME);
        // Taken before the file is read: a change after it shows in the stamp at commit.
        let meta = std::fs::symlink_metadata(&path).ok();
        if meta.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
            return Err(Error::Symlink { path });
        }
        let lock = crate::lockfile::Lockfile::load(root, dir)?;
        let before = match (lock.bytes(), meta) {
            (Some(bytes), Some(meta)) => Before::Seen { bytes: bytes.to_vec(), stamp: Stamp::of(&meta) },
            (Some(_), None) => return Err(Error::Changed { path }),
            (None, _) => Before::Absent,
        };
        Ok(Self { lock, before, set: BTreeMap::new() })
    }

    /// The planned write, unless the lockfile already says it all.
    fn write(&self) -> Option<Planned> {
        if self.set.is_empty() {
            return None;
        }
        let bytes = self.lock.with(&self.set).into_bytes();
        (self.lock.bytes() != Some(bytes.as_slice())).then(|| Planned {
            path: self.lock.path().to_owned(),
            bytes,
            before: self.before.clone(),
        })
    }
}

/// A unit record as read, and the masters' entries that replace their old ones.
#[derive(Debug, Clone)]
struct RecordUpdate {
    before: Option<Vec<u8>>,
    read: UnitRecords,
    set: BTreeMap<String, UnitRecord>,
    /// The new bytes, once computed (the record no longer changes then).
    bytes: std::sync::OnceLock<Option<Vec<u8>>>,
}

impl RecordUpdate {
    /// The new record's bytes, `None` when they are the bytes already there.
    fn bytes(&self) -> Option<&Vec<u8>> {
        self.bytes
            .get_or_init(|| {
                if self.set.is_empty() {
                    return None;
                }
                let mut records = self.read.clone();
                records.documents.extend(self.set.iter().map(|(k, v)| (k.clone(), v.clone())));
                let json = records.to_json().into_bytes();
                (self.before.as_ref() != Some(&json)).then_some(json)
            })
            .as_ref()
    }

    /// Records a master's entry; the bytes are computed again.
    fn set(&mut self, stem: String, record: UnitRecord) {
        self.set.insert(stem, record);
        self.bytes.take();
    }
}

impl Plan {
    fn push(&mut self, write: Planned) {
        // A snapshot is planned by every translation of its master: written once.
        if self.paths.insert(write.path.clone()) {
            self.writes.push(write);
        }
    }

    /// Reads a language's unit record from `store`, once per plan.
    fn record_read(&mut self, store: &Store, lang: &str) -> Result<&mut RecordUpdate, Error> {
        let path = store.units_path(lang);
        Ok(match self.records.entry(path) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                let (before, read) = store.load_records(lang)?;
                e.insert(RecordUpdate { before, read, set: BTreeMap::new(), bytes: std::sync::OnceLock::new() })
            }
        })
    }

    /// Records a master's unit hashes in a language's record (read once from `store`).
    fn record(&mut self, store: &Store, lang: &str, record: UnitRecord) -> Result<(), Error> {
        self.record_read(store, lang)?.set(store.stem().to_owned(), record);
        Ok(())
    }

    /// Adds another plan's writes.
    pub fn extend(&mut self, other: Plan) {
        for write in other.writes {
            self.push(write);
        }
        match (&mut self.lock, other.lock) {
            (Some(mine), Some(theirs)) => mine.set.extend(theirs.set),
            (mine @ None, theirs) => *mine = theirs,
            (Some(_), None) => {}
        }
        for (path, update) in other.records {
            match self.records.entry(path) {
                std::collections::btree_map::Entry::Occupied(mut e) => {
                    for (stem, record) in update.set {
                        e.get_mut().set(stem, record);
                    }
                }
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(update);
                }
            }
        }
    }

    /// Plans replacing a translation read as `file` with `text`, its byte order mark kept (for
    /// `check --fix`). As for a sync, the write is refused at commit when the file changed
    /// since it was read.
    ///
    /// # Errors
    ///
    /// [`Error::Symlink`] for a symbolic link, [`Error::NotAFile`] for anything but a regular
    /// file, [`Error::Read`] when it is gone.
    pub fn replace_text(&mut self, file: &SourceFile, text: &str) -> Result<(), Error> {
        let path = file.path().to_owned();
        let meta = std::fs::symlink_metadata(&path).map_err(|source| Error::Read { path: path.clone(), source })?;
        if meta.file_type().is_symlink() {
            return Err(Error::Symlink { path });
        }
        if !meta.is_file() {
            return Err(Error::NotAFile { path });
        }
        let before = Before::Seen { bytes: with_bom(file, file.text()), stamp: Stamp::of(&meta) };
        self.push(Planned { path, bytes: with_bom(file, text), before });
        Ok(())
    }

    /// Whether nothing is to be written.
    pub fn is_empty(&self) -> bool {
        self.paths().next().is_none()
    }

    /// The files the plan writes, in order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        let records = self.records.iter().filter(|(_, u)| u.bytes().is_some()).map(|(p, _)| p.as_path());
        let lock = self.lock.as_ref().filter(|l| l.write().is_some()).map(|l| l.lock.path());
        self.writes.iter().map(|w| w.path.as_path()).chain(records).chain(lock)
    }

    /// The files the plan replaces that are checked to be unchanged just before: the
    /// translations, and the lockfile.
    pub fn replaced(&self) -> impl Iterator<Item = &Path> {
        let lock = self
            .lock
            .as_ref()
            .filter(|l| matches!(l.before, Before::Seen { .. }) && l.write().is_some())
            .map(|l| l.lock.path());
        self.writes.iter().filter(|w| matches!(w.before, Before::Seen { .. })).map(|w| w.path.as_path()).chain(lock)
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
    pub fn commit(mut self, root: &Root) -> Result<(), Error> {
        use rayon::prelude::*;
        for (path, update) in std::mem::take(&mut self.records) {
            if let Some(bytes) = update.bytes().cloned() {
                self.push(Planned { path, bytes, before: Before::Any(update.before) });
            }
        }
        if let Some(w) = self.lock.take().and_then(|l| l.write()) {
            self.push(w);
        }
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
        // The renames, in parallel (each file checked just before its own); after a failure
        // no other starts, and those done are put back.
        let failed = std::sync::atomic::AtomicBool::new(false);
        let results: Vec<Option<Result<(), Error>>> = self
            .writes
            .par_iter()
            .zip(staged)
            .map(|(w, tmp)| {
                if failed.load(std::sync::atomic::Ordering::Relaxed) {
                    return None;
                }
                let result = replace(w, tmp);
                if result.is_err() {
                    failed.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                Some(result)
            })
            .collect();
        if failed.into_inner() {
            let done: Vec<&Planned> =
                self.writes.iter().zip(&results).filter(|(_, r)| matches!(r, Some(Ok(())))).map(|(w, _)| w).collect();
            rollback(&done)?;
            let first = results.into_iter().flatten().find_map(Result::err);
            return Err(first.unwrap_or_else(|| Error::Changed { path: PathBuf::new() }));
        }
        // Makes the renames durable: one `syncfs` per file system again where the staging
        // used it, else one fsync per directory. A failure here loses nothing on disk now.
        if !(batch && sync_file_systems(&dirs)) {
            for dir in dirs {
                if let Ok(d) = std::fs::File::open(&dir) {
                    let _ = d.sync_all();
                }
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
    if sync_file_systems(dirs) {
        return Ok(());
    }
    for tmp in staged {
        let io = |source| Error::Write { path: tmp.to_path_buf(), source };
        std::fs::OpenOptions::new().write(true).open(tmp).and_then(|f| f.sync_all()).map_err(io)?;
    }
    Ok(())
}

/// One `syncfs` for each file system that holds one of `dirs` (Linux): whether every one
/// succeeded. Elsewhere, `false`.
fn sync_file_systems(dirs: &[PathBuf]) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let mut devices = HashSet::new();
        for dir in dirs {
            let Ok(d) = std::fs::File::open(dir) else { return false };
            if devices.insert(d.metadata().map(|m| m.dev()).unwrap_or_default()) && rustix::fs::syncfs(&d).is_err() {
                return false;
            }
        }
        true
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = dirs;
        false
    }
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
fn rollback(done: &[&Planned]) -> Result<(), Error> {
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

/// The unit hashes of a translation, to record.
fn unit_record(version: &str, master: &Parsed, translation: &Parsed, pairs: &[(usize, usize)]) -> UnitRecord {
    let units = pairs
        .iter()
        .map(|&(m, t)| (master.document.units[m].id.clone(), drift::unit_hash(&translation.document.units[t])))
        .collect();
    UnitRecord { source_version: version.to_owned(), units }
}

/// A master prepared for planning: its version, its history, the write of its snapshot.
type Prepared<'a> = (String, drift::History<'a>, Option<Planned>);

/// A translation's planned sync: what it does, the files it writes, its units to record.
type PlannedSync = (SyncOutcome, Vec<Planned>, Option<UnitRecord>);

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
    plan_with(root, requests, force, &Options::default())
}

/// [`plan`], with the records kept and the snapshots written as `options` say. With a
/// lockfile, no translation is written: their records are lines of the lockfile.
///
/// # Errors
///
/// As [`plan`], and [`Error::Lockfile`] for a malformed line of the lockfile.
pub fn plan_with(
    root: &Root,
    requests: &[Request<'_>],
    force: bool,
    options: &Options,
) -> Result<(Vec<SyncOutcome>, Plan), Error> {
    use rayon::prelude::*;
    let mut plan = Plan::default();
    if let Some(dir) = &options.lockfile {
        plan.lock = Some(LockUpdate::read(root, dir)?);
    }
    // Each master's version, snapshot and history once, not once per translation: its earlier
    // versions are read and compared once for all its translations.
    let mut seen = HashSet::new();
    let unique: Vec<&Master> = requests.iter().map(|r| r.master).filter(|m| seen.insert(m.file.path())).collect();
    let prepared: Vec<Result<Prepared<'_>, Error>> = unique
        .par_iter()
        .map(|m| {
            let history = drift::History::in_root(&m.file, root.clone());
            let version = history.current().to_owned();
            let store = Store::for_master(m.file.path()).in_root(root.clone());
            let snapshot = if options.snapshots { snapshot_write(root, &store, &m.file, &version)? } else { None };
            Ok((version, history, snapshot))
        })
        .collect();
    let mut masters: HashMap<&Path, (String, Mutex<drift::History<'_>>)> = HashMap::new();
    for (m, p) in unique.iter().zip(prepared) {
        let (version, history, snapshot) = p?;
        if let Some(w) = snapshot {
            plan.push(w);
        }
        masters.insert(m.file.path(), (version, Mutex::new(history)));
    }
    // Each unit record once: one per directory of masters and language, read in parallel.
    let stores: Vec<Store> =
        requests.iter().map(|r| Store::for_master(r.master.file.path()).in_root(root.clone())).collect();
    let mut keys = HashSet::new();
    let to_read: Vec<(&Store, &str)> = requests
        .iter()
        .zip(&stores)
        .filter(|(r, s)| keys.insert(s.units_path(r.lang)))
        .map(|(r, s)| (s, r.lang))
        .collect();
    let read: Vec<_> = to_read.par_iter().map(|(s, lang)| s.load_records(lang)).collect();
    for ((store, lang), result) in to_read.iter().zip(read) {
        let (before, read) = result?;
        plan.records.insert(
            store.units_path(lang),
            RecordUpdate { before, read, set: BTreeMap::new(), bytes: std::sync::OnceLock::new() },
        );
    }
    let records = &plan.records;
    let lock = plan.lock.as_ref().map(|l| &l.lock);
    // Planned master by master, so that the threads rarely wait for the same history; the
    // results are put back in the order given.
    let mut order: Vec<usize> = (0..requests.len()).collect();
    order.sort_by_key(|&i| requests[i].master.file.path());
    let mut planned: Vec<Option<Result<PlannedSync, Error>>> = (0..requests.len()).map(|_| None).collect();
    let results: Vec<_> = order
        .par_iter()
        .map(|&i| {
            let (r, store) = (&requests[i], &stores[i]);
            let (version, history) = &masters[r.master.file.path()];
            let recorded = records[&store.units_path(r.lang)].read.documents.get(store.stem());
            (i, plan_one(root, r, version, history, recorded, lock, (&options.overrides, force)))
        })
        .collect();
    for (i, result) in results {
        planned[i] = Some(result);
    }
    let mut outcomes = Vec::with_capacity(planned.len());
    for (p, (r, store)) in planned.into_iter().flatten().zip(requests.iter().zip(&stores)) {
        let (outcome, writes, record) = p?;
        outcomes.push(outcome);
        for w in writes {
            plan.push(w);
        }
        if let Some(record) = record {
            if let Some(l) = &mut plan.lock {
                l.set.insert(l.lock.key(r.path), record.source_version.clone());
            }
            plan.record(store, r.lang, record)?;
        }
    }
    Ok((outcomes, plan))
}

fn plan_one(
    root: &Root,
    r: &Request<'_>,
    version: &str,
    history: &Mutex<drift::History<'_>>,
    recorded: Option<&UnitRecord>,
    lock: Option<&crate::lockfile::Lockfile>,
    (overrides, force): (&crate::diagnostic::Overrides, bool),
) -> Result<PlannedSync, Error> {
    let (master_file, master, path) = (&r.master.file, &r.master.parsed, r.path);
    // Taken before the file is read: a change after it shows in the stamp at commit.
    let meta = std::fs::symlink_metadata(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    if meta.file_type().is_symlink() {
        return Err(Error::Symlink { path: path.to_owned() });
    }
    let (file, binary) = crate::project::read_in(root, path)?;
    // As `check` reads a translation: its units are named after the master's.
    let parsed = crate::parse::parse_with(&file, crate::parse::ParseOptions::TRANSLATION);
    let conventions = crate::glossary::in_language(overrides.conventions(), r.lang);
    let mut comparison = crate::check::compare_in(master_file, master, &file, &parsed, &conventions, Some(r.lang));
    overrides.apply(&mut comparison.diagnostics);
    let errors: Vec<Diagnostic> =
        comparison.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    if binary || file.invalid_utf8().is_some() || (!errors.is_empty() && !force) {
        return Ok((SyncOutcome::Refused { errors }, Vec::new(), None));
    }
    // Stale units whose translation did not change since the last sync: rubber stamps.
    let mut rubber_stamped = Vec::new();
    // Held while the stale units are found: the version is not copied. Translations of one
    // master are few, and mostly planned on one thread (requests come language by language).
    let mut history = history.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let lock_record = lock.map(|l| l.get(path).map(|v| (v.to_owned(), file.line_span(1))));
    let synced = |history: &mut drift::History<'_>| match &lock_record {
        Some(record) => history.synced_to(&file, record.clone(), file.line_span(1), r.lang).is_ok(),
        None => history.synced(&file, &parsed.document, r.lang).is_ok(),
    };
    let found = synced(&mut history);
    // A snapshot that is a FIFO or a link out of the project stops the run.
    if let Some(e) = history.take_error() {
        return Err(e);
    }
    let old = match &lock_record {
        _ if !found => None,
        Some(record) => history.synced_to(&file, record.clone(), file.line_span(1), r.lang).ok(),
        None => history.synced(&file, &parsed.document, r.lang).ok(),
    };
    if let Some(old) = old {
        let stale = drift::stale(master_file, &master.document, old, &file, &parsed.document, &comparison.pairs);
        for d in stale {
            let Some(id) = &d.unit else { continue };
            let Some(&(_, t)) = comparison.pairs.iter().find(|(m, _)| master.document.units[*m].id == *id) else {
                continue;
            };
            if recorded.and_then(|r| r.units.get(id)) == Some(&drift::unit_hash(&parsed.document.units[t])) {
                rubber_stamped.push(id.clone());
            }
        }
    }
    drop(history);
    // A record that `check` already reads as the current version, in a front matter that
    // ends, needs no write (and no second reading of the front matter).
    // With a lockfile, the translation is never written: its record is a line there.
    let current = lock.is_some()
        || (drift::record(&parsed.document).is_some_and(|(v, _)| v == version)
            && front_matter::split(file.text()).is_some_and(|s| s.terminated));
    let text = if current { None } else { Some(set_record(&file, version).map_err(|e| e.located(&file))?) };
    let mut writes = Vec::new();
    if let Some(text) = text.filter(|t| t != file.text()) {
        let bytes = with_bom(&file, file.text());
        writes.push(Planned {
            path: path.to_owned(),
            bytes: with_bom(&file, &text),
            before: Before::Seen { bytes, stamp: Stamp::of(&meta) },
        });
    }
    let record = unit_record(version, master, &parsed, &comparison.pairs);
    Ok((SyncOutcome::Synced { version: version.to_owned(), rubber_stamped }, writes, Some(record)))
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
    plan_init_with(root, master, lang, path, &Options::default())
}

/// [`plan_init`], with the record kept and the snapshot written as `options` say. With a
/// lockfile, the translation is a copy of the master's bytes and its record a line of the
/// lockfile.
///
/// # Errors
///
/// As [`plan_init`], and [`Error::Lockfile`] for a malformed line of the lockfile.
pub fn plan_init_with(
    root: &Root,
    master: &Master,
    lang: &str,
    path: &Path,
    options: &Options,
) -> Result<Option<Plan>, Error> {
    let mut plan = Plan::default();
    Ok(plan_init_into(&mut plan, root, master, lang, path, options)?.then_some(plan))
}

/// [`plan_init_with`], adding to `plan`: the lockfile is read once for all the translations
/// a plan creates. Returns `false`, and plans nothing, when something is at `path` already.
///
/// # Errors
///
/// As [`plan_init_with`]; the plan must not be committed then.
pub fn plan_init_into(
    plan: &mut Plan,
    root: &Root,
    master: &Master,
    lang: &str,
    path: &Path,
    options: &Options,
) -> Result<bool, Error> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    let master_file = &master.file;
    let store = Store::for_master(master_file.path()).in_root(root.clone());
    let version = drift::version(master_file.text());
    let text = match &options.lockfile {
        Some(dir) => {
            if plan.lock.is_none() {
                plan.lock = Some(LockUpdate::read(root, dir)?);
            }
            if let Some(lock) = &mut plan.lock {
                lock.set.insert(lock.lock.key(path), version.clone());
            }
            master_file.text().to_owned()
        }
        None => set_record(master_file, &version).map_err(|e| e.located(master_file))?,
    };
    let file = SourceFile::new(path, text);
    let parsed = parse(&file);
    let comparison = compare(master_file, &master.parsed, &file, &parsed);
    if options.snapshots
        && let Some(w) = snapshot_write(root, &store, master_file, &version)?
    {
        plan.push(w);
    }
    plan.push(Planned { path: path.to_owned(), bytes: with_bom(master_file, file.text()), before: Before::Absent });
    plan.record(&store, lang, unit_record(&version, &master.parsed, &parsed, &comparison.pairs))?;
    Ok(true)
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
