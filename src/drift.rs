//! Drift: what changed in the master since a translation was synced.
//!
//! A translation records the master version it follows in one front-matter key,
//! `source_version`: the first 16 hex digits of the SHA-256 of the normalised master (no BOM,
//! LF line endings). The master text of that version is kept in the repository, content
//! addressed, at `<master dir>/.charte/sources/<version>.md`, so that drift can be explained
//! offline, in a shallow clone, after any rebase. Units are compared in canonical form, so
//! reflowing a paragraph or switching `*` and `_` markers does not make a unit stale.

use crate::Error;
use crate::changes::Change;
use crate::containment::{Refusal, Root};
use crate::diagnostic::{Diagnostic, DiffOp, MasterChange, Rule};
use crate::model::{Document, FrontMatter, Unit, Value};
use crate::parse::Parsed;
use crate::source::{SourceFile, Span};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The front-matter key of the sync record.
pub const RECORD_KEY: &str = "source_version";

/// The front matter line that records `version`, as a person would paste it: quoted when YAML
/// could take the version for a number.
///
/// ```
/// assert_eq!(charte::drift::record_line("99d82df619cb5ed7"), "source_version: 99d82df619cb5ed7");
/// assert_eq!(charte::drift::record_line("0673565026129282"), "source_version: \"0673565026129282\"");
/// ```
pub fn record_line(version: &str) -> String {
    if crate::front_matter::numeric_looking(version) {
        format!("{RECORD_KEY}: \"{version}\"")
    } else {
        format!("{RECORD_KEY}: {version}")
    }
}

/// The master text in the form that is hashed and stored: no BOM, LF line endings.
///
/// ```
/// assert_eq!(charte::drift::normalize("\u{feff}a\r\nb\rc"), "a\nb\nc");
/// ```
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The version of a master text: 16 hex digits of the SHA-256 of its normalised form
/// (`sha256sum` on the normalised file gives the same digits).
///
/// ```
/// assert_eq!(charte::drift::version("abc\n"), charte::drift::version("abc\r\n"));
/// assert_eq!(charte::drift::version("abc\n").len(), 16);
/// ```
pub fn version(text: &str) -> String {
    version_of_normalized(&normalize(text))
}

/// [`version`] of a text already in [`normalize`]d form.
fn version_of_normalized(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))[..16].to_owned()
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// A short hash of a unit's words (spacing ignored), kept in the per-language unit record:
/// the words (split as [`str::split_whitespace`] splits) joined by single spaces, hashed once.
pub fn unit_hash(unit: &Unit) -> String {
    let text = &unit.inline.text;
    let digest = if words_joined(text) {
        Sha256::digest(text.as_bytes())
    } else {
        let mut words = Vec::with_capacity(text.len());
        join_words(text, &mut words);
        Sha256::digest(&words)
    };
    hex(&digest[..8])
}

/// Whether `text` is already its words joined by single spaces (most units are): no control
/// character, no non-ASCII space, no space at either end or doubled. Branch-free over the
/// bytes (so that the compiler vectorises it), and cautious: a few other characters (CJK
/// punctuation, Ogham) send a unit to [`join_words`], which gives the same bytes.
fn words_joined(text: &str) -> bool {
    let b = text.as_bytes();
    let control = b.iter().fold(false, |acc, &c| acc | (c < 0x20));
    // U+0085, U+00A0 (C2 xx); U+1680 (E1 9A xx); U+205F (E2 81 xx); U+3000 (E3 80 xx).
    let pairs = b.windows(2).fold(false, |acc, w| {
        acc | ((w[0] == 0xC2) & ((w[1] == 0x85) | (w[1] == 0xA0)))
            | ((w[0] == 0xE1) & (w[1] == 0x9A))
            | ((w[0] == 0xE2) & (w[1] == 0x81))
            | ((w[0] == 0xE3) & (w[1] == 0x80))
    });
    // U+2000 to U+200A, U+2028, U+2029, U+202F (E2 80 xx).
    let triples = b.windows(3).fold(false, |acc, w| {
        acc | ((w[0] == 0xE2) & (w[1] == 0x80) & ((w[2] <= 0x8A) | (w[2] == 0xA8) | (w[2] == 0xA9) | (w[2] == 0xAF)))
    });
    !(control | pairs | triples) && !b.starts_with(b" ") && !b.ends_with(b" ") && !text.contains("  ")
}

/// Appends the words of `text` to `out`, one space between them: the bytes of
/// `text.split_whitespace().collect::<Vec<_>>().join(" ")`, without a word list.
fn join_words(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    let mut word: Option<usize> = None;
    let flush = |start: usize, end: usize, out: &mut Vec<u8>| {
        if !out.is_empty() {
            out.push(b' ');
        }
        out.extend_from_slice(&bytes[start..end]);
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, space) = if b < 0x80 {
            // The ASCII characters that are Unicode White_Space.
            (1, matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), c.is_whitespace())
        };
        match (space, word) {
            (true, Some(start)) => {
                flush(start, i, out);
                word = None;
            }
            (false, None) => word = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(start) = word {
        flush(start, bytes.len(), out);
    }
}

/// The sync record of a translation: its version and where it is written.
pub fn record(doc: &Document) -> Option<(String, Span)> {
    record_in(doc.front_matter.as_ref()?)
}

/// The sync record of a front matter: its version as YAML reads it, and where it is written.
pub(crate) fn record_in(fm: &FrontMatter) -> Option<(String, Span)> {
    let entry = fm.entries.iter().find(|e| e.key == RECORD_KEY)?;
    let v = match &entry.value {
        // The string YAML reads, whatever the quotes, comments or line breaks around it.
        Value::String(s) => s.clone(),
        // The number as written: YAML would read `0673565026129282` as a number and lose the
        // zero (a comment after it is not part of it).
        Value::Number(_) => {
            let raw = entry.raw.as_str();
            let end =
                raw.match_indices('#').find(|(i, _)| raw[..*i].ends_with([' ', '\t'])).map_or(raw.len(), |(i, _)| i);
            raw[..end].trim().to_owned()
        }
        _ => String::new(),
    };
    Some((v, Span::new(entry.key_span.start, entry.value_span.end.max(entry.key_span.end))))
}

/// Where the snapshots and unit records of a master are kept.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    stem: String,
    /// What reads are held to; without it, the master's directory and the default size cap.
    root: Option<Root>,
}

/// Why a snapshot cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SnapshotError {
    /// No file for that version.
    Missing(PathBuf),
    /// The file's content does not hash to its name (or is not UTF-8).
    Corrupt(PathBuf),
    /// Not read: not a regular file, larger than the cap, or its real path leaves the project.
    Refused(PathBuf),
}

/// A store read that failed: a snapshot problem (a finding), or a refusal (an operational
/// error).
enum Fault {
    Snapshot(SnapshotError),
    Refused(Error),
}

impl From<SnapshotError> for Fault {
    fn from(e: SnapshotError) -> Self {
        Fault::Snapshot(e)
    }
}

impl Fault {
    fn public(self, path: &Path) -> SnapshotError {
        match self {
            Fault::Snapshot(e) => e,
            Fault::Refused(_) => SnapshotError::Refused(path.to_owned()),
        }
    }
}

impl Store {
    /// The store beside a master: `<master dir>/.charte`. Its reads stay in the master's
    /// directory (see [`Store::in_root`]).
    pub fn for_master(master: &Path) -> Self {
        let dir = master.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = master.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        Self { dir: dir.join(".charte"), stem, root: None }
    }

    /// The same store with its reads held to a project root and its size cap.
    pub fn in_root(self, root: Root) -> Self {
        Self { root: Some(root), ..self }
    }

    /// The store's directory (`<master dir>/.charte`), to validate writes with
    /// [`crate::containment::check_write`].
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Reads a file of the store: `Missing` when absent or unreadable, a refusal when it is
    /// not a regular file inside the root, larger than the cap.
    fn read(&self, path: &Path) -> Result<Vec<u8>, Fault> {
        let fallback;
        let root = match &self.root {
            Some(r) => r,
            None => {
                let master_dir = self.dir.parent().unwrap_or(Path::new(""));
                fallback = Root::new(master_dir).map_err(|_| SnapshotError::Missing(path.to_owned()))?;
                &fallback
            }
        };
        root.read(path).map_err(|refusal| match refusal {
            Refusal::Io(_) => Fault::Snapshot(SnapshotError::Missing(path.to_owned())),
            other => Fault::Refused(other.into_error(path, root)),
        })
    }

    /// The path of a version's snapshot.
    pub fn snapshot_path(&self, version: &str) -> PathBuf {
        self.dir.join("sources").join(format!("{version}.md"))
    }

    /// The path of a language's unit record for every master of the store's directory:
    /// `units/<lang>.json`.
    pub fn units_path(&self, lang: &str) -> PathBuf {
        self.dir.join("units").join(format!("{lang}.json"))
    }

    /// The path of a language's unit record as earlier versions wrote it, one per master:
    /// `units/<master stem>.<lang>.json`. Still read; no longer written.
    pub fn legacy_units_path(&self, lang: &str) -> PathBuf {
        self.dir.join("units").join(format!("{}.{lang}.json", self.stem))
    }

    /// The master's file stem: its key in the unit record.
    pub fn stem(&self) -> &str {
        &self.stem
    }

    /// Reads a record of the store: its bytes, `None` when absent or unreadable.
    fn read_record(&self, path: &Path) -> Result<Option<Vec<u8>>, Error> {
        match self.read(path) {
            Ok(b) => Ok(Some(b)),
            Err(Fault::Snapshot(_)) => Ok(None),
            Err(Fault::Refused(e)) => Err(e),
        }
    }

    /// Reads a snapshot and checks its hash.
    ///
    /// # Errors
    ///
    /// [`SnapshotError`] when it is missing or does not match its version.
    pub fn load(&self, version: &str) -> Result<String, SnapshotError> {
        self.load_snapshot(version).map_err(|f| f.public(&self.snapshot_path(version)))
    }

    fn load_snapshot(&self, version: &str) -> Result<String, Fault> {
        let path = self.snapshot_path(version);
        let valid_name = version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit());
        if !valid_name {
            return Err(SnapshotError::Missing(path).into());
        }
        let bytes = self.read(&path)?;
        let text = String::from_utf8(bytes).map_err(|_| SnapshotError::Corrupt(path.clone()))?;
        if self::version(&text) != version {
            return Err(SnapshotError::Corrupt(path).into());
        }
        Ok(text)
    }

    /// The unit hashes recorded at a language's last sync of this master; none when the
    /// record is missing or not valid JSON.
    ///
    /// # Errors
    ///
    /// When the record is not a regular file inside the project, or larger than the cap.
    pub fn load_units(&self, lang: &str) -> Result<HashMap<String, String>, Error> {
        let (_, records) = self.load_records(lang)?;
        Ok(records.documents.get(&self.stem).map(|r| r.units.clone().into_iter().collect()).unwrap_or_default())
    }

    /// A language's unit record for every master of the store's directory, with the bytes
    /// it was read from (`None` when there is no record). Records of the earlier
    /// one-file-per-master form (`units/<stem>.<lang>.json`) are read in, for the masters
    /// that the record does not hold yet; a record that is not valid JSON counts as empty.
    ///
    /// # Errors
    ///
    /// When a record is not a regular file inside the project, or larger than the cap.
    pub fn load_records(&self, lang: &str) -> Result<(Option<Vec<u8>>, UnitRecords), Error> {
        let bytes = self.read_record(&self.units_path(lang))?;
        let mut records: UnitRecords =
            bytes.as_deref().and_then(|b| serde_json::from_slice(b).ok()).unwrap_or_default();
        // One listing of the directory, then only the older records that are there.
        let suffix = format!(".{lang}.json");
        let listing = std::fs::read_dir(self.dir.join("units"));
        for entry in listing.into_iter().flatten().flatten() {
            let name = entry.file_name();
            let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(suffix.as_str())) else { continue };
            if stem.is_empty() || records.documents.contains_key(stem) {
                continue;
            }
            let Some(old) = self.read_record(&entry.path())? else { continue };
            if let Ok(record) = serde_json::from_slice::<UnitRecord>(&old) {
                records.documents.insert(stem.to_owned(), record);
            }
        }
        Ok((bytes, records))
    }
}

/// A language's record of translated unit hashes at the last sync, for every master of a
/// directory (keyed by the master's file stem): `.charte/units/<lang>.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UnitRecords {
    /// Master file stem to its record.
    pub documents: std::collections::BTreeMap<String, UnitRecord>,
}

impl UnitRecords {
    /// The record as written: pretty JSON, one unit per line, sorted, so that pull requests
    /// syncing different documents merge without conflict.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }
}

/// One master's record of translated unit hashes at the last sync, in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UnitRecord {
    /// The master version synced to.
    pub source_version: String,
    /// Unit id (the master's) to hash of the translated unit's words.
    pub units: std::collections::BTreeMap<String, String>,
}

/// A word diff between two texts.
///
/// ```
/// use charte::diagnostic::DiffOp;
/// let ops = charte::drift::word_diff("nous agissons vite", "nous agissons ensemble");
/// assert!(ops.contains(&DiffOp::Delete("vite".into())));
/// assert!(ops.contains(&DiffOp::Insert("ensemble".into())));
/// ```
pub fn word_diff(old: &str, new: &str) -> Vec<DiffOp> {
    use similar::{Algorithm, ChangeTag};
    let mut ops: Vec<DiffOp> = Vec::new();
    for (tag, text) in similar::utils::diff_unicode_words(Algorithm::Myers, old, new) {
        let text = text.to_owned();
        match (tag, ops.last_mut()) {
            (ChangeTag::Equal, Some(DiffOp::Equal(t)))
            | (ChangeTag::Delete, Some(DiffOp::Delete(t)))
            | (ChangeTag::Insert, Some(DiffOp::Insert(t))) => t.push_str(&text),
            (ChangeTag::Equal, _) => ops.push(DiffOp::Equal(text)),
            (ChangeTag::Delete, _) => ops.push(DiffOp::Delete(text)),
            (ChangeTag::Insert, _) => ops.push(DiffOp::Insert(text)),
        }
    }
    ops
}

/// The master units whose text changed between two versions: (unit index in the old, in the
/// new). Units are matched by content ([`crate::changes`]): a value renumbered after a
/// deletion has not changed.
pub fn changed_units(old: &Document, new: &Document) -> Vec<(usize, usize)> {
    edited(&crate::changes::changes(old, new))
}

fn edited(changes: &[Change]) -> Vec<(usize, usize)> {
    changes
        .iter()
        .filter_map(|c| match *c {
            Change::Edited { old, new } => Some((old, new)),
            _ => None,
        })
        .collect()
}

/// The drift of one master unit.
pub fn drift(old: &Unit, new: &Unit) -> MasterChange {
    MasterChange {
        source_before: old.inline.canonical.clone(),
        source_after: new.inline.canonical.clone(),
        diff: word_diff(&old.inline.canonical, &new.inline.canonical),
    }
}

/// An earlier version of a master and what changed in it since, each change's drift computed
/// once for all the translations that follow that version.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The earlier master.
    pub parsed: Parsed,
    /// Master unit index (now) to its drift since this version.
    drifts: HashMap<usize, MasterChange>,
    /// Every change of a unit since this version, in the current master's order.
    changes: Vec<Change>,
    /// The earlier master's text (empty when it is the current version).
    file: SourceFile,
    /// For each unit of the earlier master, the current unit it became.
    map: Vec<Option<usize>>,
    /// The text of each unit added since (by index in the current master).
    added: HashMap<usize, String>,
}

impl Baseline {
    /// Compares an earlier master with the current one, which must be parsed with canonical
    /// forms ([`crate::parse()`]).
    pub fn new(old: Parsed, master: &Document) -> Self {
        Self::with_file(SourceFile::new("", ""), old, master)
    }

    /// [`Baseline::new`], keeping the earlier master's text: findings can then quote it.
    pub fn with_file(file: SourceFile, old: Parsed, master: &Document) -> Self {
        let (changes, map) = crate::changes::align(&old.document, master);
        let drifts =
            edited(&changes).into_iter().map(|(o, n)| (n, drift(&old.document.units[o], &master.units[n]))).collect();
        let added = changes
            .iter()
            .filter_map(|c| match *c {
                Change::Added { new } => Some((new, unit_text(&master.units[new]))),
                _ => None,
            })
            .collect();
        Self { parsed: old, drifts, changes, file, map, added }
    }

    /// Every change of a unit since this version: edited, added, removed, renumbered, moved.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// What changed in a master unit (by index in the current master) since this version.
    pub fn drift(&self, unit: usize) -> Option<&MasterChange> {
        self.drifts.get(&unit)
    }
}

/// The earlier versions of one master, each read, parsed and compared once, however many
/// translations were synced to it.
#[derive(Debug)]
pub struct History<'a> {
    store: Store,
    file: &'a SourceFile,
    /// The current master with canonical forms, parsed when an earlier version is compared.
    canonical: Option<Document>,
    /// The current master's version: a translation synced to it has nothing stale, and its
    /// snapshot need not be read.
    current: String,
    versions: HashMap<String, Result<Baseline, SnapshotError>>,
    /// The master's texts in its git history (blob id, text), read on first need.
    git_blobs: Option<Vec<(String, String)>>,
    /// The first store read refused, an operational error (see [`History::take_error`]).
    refused: Option<Error>,
}

impl<'a> History<'a> {
    /// The history of a master. The master is parsed again, with canonical forms, only if a
    /// translation follows an earlier version of it.
    pub fn new(file: &'a SourceFile) -> Self {
        let current = version(file.text());
        Self {
            store: Store::for_master(file.path()),
            file,
            canonical: None,
            current,
            versions: HashMap::new(),
            git_blobs: None,
            refused: None,
        }
    }

    /// The history of a master whose store reads are held to a project root and its cap.
    pub fn in_root(file: &'a SourceFile, root: Root) -> Self {
        let history = Self::new(file);
        Self { store: history.store.clone().in_root(root), ..history }
    }

    /// The first store read that was refused (a snapshot that is a FIFO, a link out of the
    /// project, too large): the run cannot go on. Such a version is also reported as
    /// [`SnapshotError::Refused`].
    pub fn take_error(&mut self) -> Option<Error> {
        self.refused.take()
    }

    /// The current master's version.
    pub fn current(&self) -> &str {
        &self.current
    }

    /// A recorded version.
    ///
    /// # Errors
    ///
    /// When its snapshot is missing or corrupt.
    pub fn get(&mut self, version: &str) -> Result<&Baseline, &SnapshotError> {
        // Looked up before inserting: most translations share a version already read.
        if !self.versions.contains_key(version) {
            let loaded = self.load(version);
            self.versions.insert(version.to_owned(), loaded);
        }
        self.versions[version].as_ref()
    }

    /// Reads, checks and compares one recorded version.
    fn load(&mut self, version: &str) -> Result<Baseline, SnapshotError> {
        match self.load_version(version) {
            Ok(v) => Ok(v),
            Err(Fault::Snapshot(e)) => Err(e),
            Err(Fault::Refused(e)) => {
                self.refused.get_or_insert(e);
                Err(SnapshotError::Refused(self.store.snapshot_path(version)))
            }
        }
    }

    fn load_version(&mut self, version: &str) -> Result<Baseline, Fault> {
        if version == self.current {
            // Nothing to compare, and no snapshot needed: a translation synced to the current
            // master stays valid on a fresh clone where `.charte/sources/` was never committed.
            let unchanged = Parsed { document: Document::default(), diagnostics: Vec::new() };
            let (drifts, changes, file) = (HashMap::new(), Vec::new(), SourceFile::new("", ""));
            let (map, added) = (Vec::new(), HashMap::new());
            return Ok(Baseline { parsed: unchanged, drifts, changes, file, map, added });
        }
        let (path, text) = match self.store.load_snapshot(version) {
            Ok(text) => (self.store.snapshot_path(version), text),
            // No snapshot: the version may still be in the master's git history.
            Err(Fault::Snapshot(SnapshotError::Missing(path))) => match self.in_git_history(version) {
                Some(found) => found,
                None => return Err(SnapshotError::Missing(path).into()),
            },
            Err(e) => return Err(e),
        };
        let old_file = SourceFile::new(path, text);
        let old = crate::parse(&old_file);
        let file = self.file;
        let master = self.canonical.get_or_insert_with(|| crate::parse(file).document);
        Ok(Baseline::with_file(old_file, old, master))
    }

    /// The master's text at `version` from its git history, named `REV:path`: every blob the
    /// master's path had, read through one `git log` and one `git cat-file --batch`, newest
    /// first, until one has that version. The whole history is read once per run.
    fn in_git_history(&mut self, version: &str) -> Option<(PathBuf, String)> {
        let valid = version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit());
        if !valid {
            return None;
        }
        let blobs = self.git_blobs.get_or_insert_with(|| git_history(self.file.path()));
        let (blob, text) = blobs.iter().find(|(_, text)| self::version(text) == version)?;
        Some((PathBuf::from(format!("{blob}:{}", self.file.path().display())), text.clone()))
    }

    /// The version a translation was synced to, or the `unsynced` finding that says why it
    /// cannot be known.
    ///
    /// # Errors
    ///
    /// An `unsynced` diagnostic: no record, or a snapshot missing or corrupt.
    pub fn synced(
        &mut self,
        file: &SourceFile,
        translation: &Document,
        lang: &str,
    ) -> Result<&Baseline, Box<Diagnostic>> {
        let at = translation
            .front_matter
            .as_ref()
            .map_or(file.line_span(1), |fm| file.line_span(file.position(fm.span.start).line));
        self.synced_to(file, record(translation), at, lang)
    }

    /// The version a translation was synced to when its record is kept elsewhere (a
    /// lockfile): `record` is the version and where to point findings about it, `missing_at`
    /// where to point the `unsynced` finding when there is none.
    ///
    /// # Errors
    ///
    /// An `unsynced` diagnostic: no record, or a snapshot missing or corrupt.
    pub fn synced_to(
        &mut self,
        file: &SourceFile,
        record: Option<(String, Span)>,
        missing_at: Span,
        lang: &str,
    ) -> Result<&Baseline, Box<Diagnostic>> {
        let Some((version, span)) = record else {
            return Err(Box::new(Diagnostic::new(Rule::Unsynced, "unsynced", file, missing_at).arg("lang", lang)));
        };
        self.get(&version).map_err(|e| {
            Box::new(match e {
                SnapshotError::Missing(path) => {
                    Diagnostic::new(Rule::Unsynced, "unsynced-snapshot-missing", file, span)
                        .arg("version", version)
                        .arg("path", path.display().to_string())
                        .arg("lang", lang)
                }
                SnapshotError::Corrupt(path) => {
                    Diagnostic::new(Rule::Unsynced, "unsynced-snapshot-corrupt", file, span)
                        .arg("path", path.display().to_string())
                        .arg("lang", lang)
                }
                SnapshotError::Refused(path) => {
                    Diagnostic::new(Rule::Unsynced, "unsynced-snapshot-refused", file, span)
                        .arg("path", path.display().to_string())
                        .arg("lang", lang)
                }
            })
        })
    }
}

/// Every text a file had in its git history, newest first, as (blob id, text); empty outside a
/// repository or when git is missing. The arguments are fixed: the path comes after `--`.
fn git_history(path: &Path) -> Vec<(String, String)> {
    use std::process::{Command, Stdio};
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Some(name) = path.file_name() else { return Vec::new() };
    let mut arg = std::ffi::OsString::from("./");
    arg.push(name);
    let log = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["log", "--no-abbrev", "--raw", "--no-renames", "--format=", "--"])
        .arg(&arg)
        .stderr(Stdio::null())
        .output();
    let Some(log) = log.ok().filter(|o| o.status.success()) else { return Vec::new() };
    // Lines `:100644 100644 <old> <new> M\tpath`: the blob each commit left.
    let mut ids: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(&log.stdout).lines() {
        let Some(new) = line.split_whitespace().nth(3) else { continue };
        if new.bytes().all(|b| b.is_ascii_hexdigit()) && new.bytes().any(|b| b != b'0') && !ids.iter().any(|i| i == new)
        {
            ids.push(new.to_owned());
        }
    }
    if ids.is_empty() {
        return Vec::new();
    }
    cat_file_batch(dir, ids.iter().map(String::as_str))
}

/// The day (`YYYY-MM-DD`, committer date) each of the `wanted` master versions first appeared in
/// the git history of the `masters`: one `git log` for all of them and one `git cat-file
/// --batch` for the texts they had, each hashed as [`version`] hashes. A version never
/// committed, or outside a repository or without git, has no date.
pub fn version_dates(masters: &[&Path], wanted: &std::collections::HashSet<&str>) -> HashMap<String, String> {
    use std::process::{Command, Stdio};
    let mut dates = HashMap::new();
    let Some(first) = masters.first() else { return dates };
    if wanted.is_empty() {
        return dates;
    }
    let dir = first.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // Real paths: git compares them with the real path of its work tree.
    let paths: Vec<PathBuf> = masters.iter().filter_map(|m| std::fs::canonicalize(m).ok()).collect();
    let log = Command::new("git")
        .arg("-C")
        .arg(dir)
        .env("GIT_LITERAL_PATHSPECS", "1")
        .args(["log", "--no-abbrev", "--raw", "--no-renames", "--format=%x01%cs", "--"])
        .args(&paths)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    let Some(log) = log.ok().filter(|o| o.status.success()) else { return dates };
    // Newest first: the date kept for a blob is that of the oldest commit that wrote it.
    let mut blobs: Vec<(String, String)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut day = String::new();
    for line in String::from_utf8_lossy(&log.stdout).lines() {
        if let Some(d) = line.strip_prefix('\u{1}') {
            d.clone_into(&mut day);
            continue;
        }
        let Some(id) = line.strip_prefix(':').and_then(|l| l.split_whitespace().nth(3)) else { continue };
        if !id.bytes().all(|b| b.is_ascii_hexdigit()) || id.bytes().all(|b| b == b'0') {
            continue;
        }
        match index.get(id) {
            Some(&i) => blobs[i].1.clone_from(&day),
            None => {
                index.insert(id.to_owned(), blobs.len());
                blobs.push((id.to_owned(), day.clone()));
            }
        }
    }
    if blobs.is_empty() {
        return dates;
    }
    for (id, text) in cat_file_batch(dir, blobs.iter().map(|(id, _)| id.as_str())) {
        let v = version(&text);
        let Some(&i) = index.get(&id) else { continue };
        if !wanted.contains(v.as_str()) {
            continue;
        }
        let day = &blobs[i].1;
        // The same text written with other line endings is the same version: its first day.
        match dates.get_mut(&v) {
            Some(d) if *d <= *day => {}
            Some(d) => d.clone_from(day),
            None => {
                dates.insert(v, day.clone());
            }
        }
    }
    dates
}

/// The texts of the blobs `ids` of the repository at `dir`, as (id, text), through one
/// `git cat-file --batch`; empty when git cannot run.
fn cat_file_batch<'i>(dir: &Path, ids: impl Iterator<Item = &'i str>) -> Vec<(String, String)> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return Vec::new() };
    let request: String = ids.map(|id| format!("{id}\n")).collect();
    // Written from another thread so that a large history cannot fill both pipes at once.
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            let _ = stdin.write_all(request.as_bytes());
        }
    });
    let Ok(output) = child.wait_with_output() else { return Vec::new() };
    let _ = writer.join();
    parse_batch(&output.stdout)
}

/// Reads `git cat-file --batch` output: `<id> blob <size>\n<bytes>\n` per object.
fn parse_batch(mut out: &[u8]) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    while let Some(eol) = out.iter().position(|&b| b == b'\n') {
        let header = String::from_utf8_lossy(&out[..eol]).into_owned();
        out = &out[eol + 1..];
        let mut fields = header.split(' ');
        let (Some(id), Some(kind)) = (fields.next(), fields.next()) else { break };
        // `<id> missing` has no body.
        let Some(Ok(size)) = fields.next().map(str::parse::<usize>) else { continue };
        if out.len() < size {
            break;
        }
        if kind == "blob"
            && let Ok(text) = std::str::from_utf8(&out[..size])
        {
            texts.push((id.to_owned(), text.to_owned()));
        }
        out = out.get(size + 1..).unwrap_or_default();
    }
    texts
}

/// `stale` findings: every translated unit whose master unit changed since `version`.
/// `pairs` are the (master, translation) unit pairs of the comparison; `master` needs no
/// canonical forms (the drifts are in `version`).
pub fn stale(
    master_file: &SourceFile,
    master: &Document,
    version: &Baseline,
    file: &SourceFile,
    translation: &Document,
    pairs: &[(usize, usize)],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if version.drifts.is_empty() {
        return out;
    }
    for &(m, t) in pairs {
        let Some(drift) = version.drift(m) else { continue };
        let (mu, tu) = (&master.units[m], &translation.units[t]);
        let mut d = Diagnostic::new(Rule::Stale, "stale", file, tu.span).unit(mu).source(master_file, mu.span);
        d.drift = Some(drift.clone());
        out.push(d);
    }
    out
}

/// A unit's text as drift shows it: its canonical form, or its words when it was parsed
/// without one.
pub fn unit_text(unit: &Unit) -> String {
    if unit.inline.canonical.is_empty() {
        unit.inline.text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        unit.inline.canonical.clone()
    }
}

/// The findings of a translation that still follows the structure of the master version it
/// was synced to, when the master's structure changed since (units added, removed,
/// renumbered or moved): `None` when nothing of the structure changed, or when the
/// translation does not follow that version either (then it is compared with the current
/// master, and [`stale`] says which units changed).
///
/// The translation is compared with the earlier master, each of its findings pointed at the
/// unit of the current master it became, and every change said once at the translated unit
/// it concerns: an edited unit is stale (with its word diff), a removed one is to delete, a
/// renumbered or moved one is to renumber or move (its text has not changed), and an added
/// one is to translate, located after the translated unit that comes before it. `lang`, the
/// translation's language, is passed on to [`crate::check::compare_in`].
pub fn follow(
    master_file: &SourceFile,
    master: &Document,
    version: &Baseline,
    file: &SourceFile,
    translation: &Parsed,
    conventions: &crate::check::Conventions,
    lang: Option<&str>,
) -> Option<crate::check::Comparison> {
    if version.changes.iter().all(|c| matches!(c, Change::Edited { .. })) {
        return None;
    }
    let old = &version.parsed.document;
    let mut cmp = crate::check::compare_in(&version.file, &version.parsed, file, translation, conventions, lang);
    let structural = |d: &Diagnostic| {
        matches!(d.rule, Rule::HeadingStructure | Rule::BlockStructure | Rule::ValueCount | Rule::ValueNumbering)
    };
    if cmp.diagnostics.iter().any(structural) {
        return None;
    }
    let map = &version.map;
    let by_id: HashMap<&str, usize> = old.units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    // Findings about a unit that still exists name it as the current master does.
    for d in &mut cmp.diagnostics {
        let Some(o) = d.unit.as_deref().and_then(|id| by_id.get(id).copied()) else { continue };
        if let Some(n) = map[o] {
            let mu = &master.units[n];
            *d = d.clone().unit(mu).source(master_file, mu.span);
        }
    }
    let old_to_t: HashMap<usize, usize> = cmp.pairs.iter().copied().collect();
    let tdoc = &translation.document;
    let at_unit = |t: usize| tdoc.units[t].span;
    for change in &version.changes {
        let d = match *change {
            Change::Edited { old: o, new: n } => {
                let Some(&t) = old_to_t.get(&o) else { continue };
                let mu = &master.units[n];
                let mut d =
                    Diagnostic::new(Rule::Stale, "stale", file, at_unit(t)).unit(mu).source(master_file, mu.span);
                d.drift = version.drift(n).cloned();
                d
            }
            Change::Removed { old: o } => {
                let Some(&t) = old_to_t.get(&o) else { continue };
                let ou = &old.units[o];
                let mut d = Diagnostic::new(Rule::Stale, "stale-removed", file, at_unit(t)).unit(ou);
                let text = unit_text(ou);
                d.drift = Some(MasterChange {
                    source_before: text.clone(),
                    source_after: String::new(),
                    diff: vec![DiffOp::Delete(text)],
                });
                d
            }
            Change::Renumbered { old: o, new: n } | Change::Moved { old: o, new: n } => {
                let Some(&t) = old_to_t.get(&o) else { continue };
                let (ou, mu) = (&old.units[o], &master.units[n]);
                let written = |u: &Unit| match u.label {
                    crate::model::Label::Value { number } => Some(number),
                    _ => None,
                };
                let d = match (written(ou), written(mu)) {
                    (Some(was), Some(now)) if matches!(change, Change::Renumbered { .. }) => {
                        Diagnostic::new(Rule::Stale, "stale-renumbered", file, at_unit(t))
                            .arg("old", was as usize)
                            .arg("number", now as usize)
                    }
                    _ => Diagnostic::new(Rule::Stale, "stale-moved", file, at_unit(t)).arg("was", ou.id.as_str()),
                };
                d.unit(mu).source(master_file, mu.span)
            }
            Change::Added { new: n } => {
                // After the translated unit of the nearest earlier master unit that was there.
                let before = (0..n).rev().find_map(|k| {
                    let o = map.iter().position(|m| *m == Some(k))?;
                    old_to_t.get(&o).copied()
                });
                let span = match before {
                    Some(t) => {
                        let line = file.position(at_unit(t).end).line;
                        file.line_span(line)
                    }
                    None => file.line_span(1),
                };
                let mu = &master.units[n];
                let mut d =
                    Diagnostic::new(Rule::Stale, "stale-added", file, span).unit(mu).source(master_file, mu.span);
                let text = version.added.get(&n).cloned().unwrap_or_else(|| unit_text(mu));
                d.drift = Some(MasterChange {
                    source_before: String::new(),
                    source_after: text.clone(),
                    diff: vec![DiffOp::Insert(text)],
                });
                d
            }
        };
        cmp.diagnostics.push(d);
    }
    crate::check::sort(&mut cmp.diagnostics);
    Some(cmp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    #[test]
    fn reflow_and_markers_are_not_changes() {
        let old = parse(&SourceFile::new("a", "## A\n\nun **deux** trois\nquatre\n")).document;
        let new = parse(&SourceFile::new("b", "## A\n\nun __deux__\ntrois quatre\n")).document;
        assert!(changed_units(&old, &new).is_empty());
        let new = parse(&SourceFile::new("b", "## A\n\nun **deux** trois cinq\n")).document;
        assert_eq!(changed_units(&old, &new).len(), 1);
    }

    #[test]
    fn words_are_joined_as_split_whitespace_splits_them() {
        let texts = [
            "",
            " ",
            "a",
            "a b",
            " a  b\t\nc ",
            "x\u{b}y\u{c}z",
            "é\u{a0}à\u{2003} ü\u{85}v",
            "日本 語\u{3000}",
            "\u{200b}a",
            "n’attendons « pas »",
            "a\u{1680}b\u{205f}c\u{202f}d",
            "a\u{7f}b",
            "a\u{1c}b",
            "a\u{2009}b",
            "a\u{2028}b",
            "a\u{2029}b",
            "a\u{200a}b",
            "a\u{2000}b",
            "a\u{3000}",
            "a  b",
            " a",
            "a ",
            "a\u{2019}b\u{201c}c",
        ];
        for text in texts {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut out = Vec::new();
            join_words(text, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), joined, "{text:?}");
            if words_joined(text) {
                assert_eq!(text, joined, "{text:?} is not joined");
            }
        }
    }

    #[test]
    fn version_matches_sha256sum_of_normalised_text() {
        // printf 'a\n' | sha256sum
        assert_eq!(version("a\r\n"), "87428fc522803d31");
    }
}
