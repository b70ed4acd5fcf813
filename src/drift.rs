//! Drift: what changed in the master since a translation was synced.
//!
//! A translation records the master version it follows in one front-matter key,
//! `source_version`: the first 16 hex digits of the SHA-256 of the normalised master (no BOM,
//! LF line endings). The master text of that version is kept in the repository, content
//! addressed, at `<master dir>/.charte/sources/<version>.md`, so that drift can be explained
//! offline, in a shallow clone, after any rebase. Units are compared in canonical form, so
//! reflowing a paragraph or switching `*` and `_` markers does not make a unit stale.

use crate::diagnostic::{Diagnostic, DiffOp, Drift, Rule};
use crate::model::{Document, FrontMatter, Unit, Value};
use crate::parse::Parsed;
use crate::source::{SourceFile, Span};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The front-matter key of the sync record.
pub const RECORD_KEY: &str = "source_version";

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

/// A short hash of a unit's words (spacing ignored), kept in the per-language unit record.
pub fn unit_hash(unit: &Unit) -> String {
    let mut hasher = Sha256::new();
    for (i, word) in unit.inline.text.split_whitespace().enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    hex(&hasher.finalize())[..16].to_owned()
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
}

/// Why a snapshot cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    /// No file for that version.
    Missing(PathBuf),
    /// The file's content does not hash to its name (or is not UTF-8).
    Corrupt(PathBuf),
}

impl Store {
    /// The store beside a master: `<master dir>/.charte`.
    pub fn for_master(master: &Path) -> Self {
        let dir = master.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = master.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        Self { dir: dir.join(".charte"), stem }
    }

    /// The path of a version's snapshot.
    pub fn snapshot_path(&self, version: &str) -> PathBuf {
        self.dir.join("sources").join(format!("{version}.md"))
    }

    /// The path of a language's unit record: `units/<master stem>.<lang>.json`.
    pub fn units_path(&self, lang: &str) -> PathBuf {
        self.dir.join("units").join(format!("{}.{lang}.json", self.stem))
    }

    /// Reads a snapshot and checks its hash.
    ///
    /// # Errors
    ///
    /// [`SnapshotError`] when it is missing or does not match its version.
    pub fn load(&self, version: &str) -> Result<String, SnapshotError> {
        let path = self.snapshot_path(version);
        let valid_name = version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit());
        if !valid_name {
            return Err(SnapshotError::Missing(path));
        }
        let bytes = std::fs::read(&path).map_err(|_| SnapshotError::Missing(path.clone()))?;
        let text = String::from_utf8(bytes).map_err(|_| SnapshotError::Corrupt(path.clone()))?;
        if self::version(&text) != version {
            return Err(SnapshotError::Corrupt(path));
        }
        Ok(text)
    }

    /// Checks that the snapshot of `version` holds `normalized`, a text known to have that
    /// version: equal bytes need no hashing.
    fn check_holds(&self, version: &str, normalized: &str) -> Result<(), SnapshotError> {
        let path = self.snapshot_path(version);
        let bytes = std::fs::read(&path).map_err(|_| SnapshotError::Missing(path.clone()))?;
        if bytes == normalized.as_bytes() {
            return Ok(());
        }
        // A checkout may have given the snapshot CRLF line endings, which `version` ignores.
        match String::from_utf8(bytes) {
            Ok(text) if normalize(&text) == normalized => Ok(()),
            _ => Err(SnapshotError::Corrupt(path)),
        }
    }

    /// The unit hashes recorded at a language's last sync.
    pub fn load_units(&self, lang: &str) -> HashMap<String, String> {
        std::fs::read_to_string(self.units_path(lang))
            .ok()
            .and_then(|s| serde_json::from_str::<UnitRecord>(&s).ok())
            .map(|r| r.units.into_iter().collect())
            .unwrap_or_default()
    }
}

/// The per-language record of translated unit hashes at the last sync.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
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

/// A master unit that changed between two versions: (unit index in the old, in the new).
pub fn changed_units(old: &Document, new: &Document) -> Vec<(usize, usize)> {
    let old_ids: HashMap<&str, usize> = old.units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    new.units
        .iter()
        .enumerate()
        .filter_map(|(i, u)| {
            let o = *old_ids.get(u.id.as_str())?;
            (old.units[o].inline.canonical != u.inline.canonical).then_some((o, i))
        })
        .collect()
}

/// The drift of one master unit.
pub fn drift(old: &Unit, new: &Unit) -> Drift {
    Drift {
        source_before: old.inline.canonical.clone(),
        source_after: new.inline.canonical.clone(),
        diff: word_diff(&old.inline.canonical, &new.inline.canonical),
    }
}

/// An earlier version of a master and what changed in it since, each change's drift computed
/// once for all the translations that follow that version.
#[derive(Debug, Clone)]
pub struct Version {
    /// The earlier master.
    pub parsed: Parsed,
    /// Master unit index (now) to its drift since this version.
    drifts: HashMap<usize, Drift>,
}

impl Version {
    /// Compares an earlier master with the current one, which must be parsed with canonical
    /// forms ([`crate::parse()`]).
    pub fn new(old: Parsed, master: &Document) -> Self {
        let drifts = changed_units(&old.document, master)
            .into_iter()
            .map(|(o, n)| (n, drift(&old.document.units[o], &master.units[n])))
            .collect();
        Self { parsed: old, drifts }
    }

    /// What changed in a master unit (by index in the current master) since this version.
    pub fn drift(&self, unit: usize) -> Option<&Drift> {
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
    /// The current master, normalised: its snapshot must hold exactly this.
    normalized: String,
    versions: HashMap<String, Result<Version, SnapshotError>>,
}

impl<'a> History<'a> {
    /// The history of a master. The master is parsed again, with canonical forms, only if a
    /// translation follows an earlier version of it.
    pub fn new(file: &'a SourceFile) -> Self {
        let normalized = normalize(file.text());
        let current = version_of_normalized(&normalized);
        Self {
            store: Store::for_master(file.path()),
            file,
            canonical: None,
            current,
            normalized,
            versions: HashMap::new(),
        }
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
    pub fn get(&mut self, version: &str) -> Result<&Version, &SnapshotError> {
        // Looked up before inserting: most translations share a version already read.
        if !self.versions.contains_key(version) {
            let loaded = self.load(version);
            self.versions.insert(version.to_owned(), loaded);
        }
        self.versions[version].as_ref()
    }

    /// Reads, checks and compares one recorded version.
    fn load(&mut self, version: &str) -> Result<Version, SnapshotError> {
        if version == self.current {
            // Checked to be there and sound, but nothing to compare: no need to parse.
            self.store.check_holds(version, &self.normalized)?;
            let unchanged = Parsed { document: Document::default(), diagnostics: Vec::new() };
            return Ok(Version { parsed: unchanged, drifts: HashMap::new() });
        }
        let text = self.store.load(version)?;
        let old = crate::parse(&SourceFile::new(self.store.snapshot_path(version), text));
        let file = self.file;
        let master = self.canonical.get_or_insert_with(|| crate::parse(file).document);
        Ok(Version::new(old, master))
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
    ) -> Result<&Version, Box<Diagnostic>> {
        let Some((version, span)) = record(translation) else {
            let at = translation
                .front_matter
                .as_ref()
                .map_or(file.line_span(1), |fm| file.line_span(file.position(fm.span.start).line));
            return Err(Box::new(Diagnostic::new(Rule::Unsynced, "unsynced", file, at).arg("lang", lang)));
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
            })
        })
    }
}

/// `stale` findings: every translated unit whose master unit changed since `version`.
/// `pairs` are the (master, translation) unit pairs of the comparison; `master` needs no
/// canonical forms (the drifts are in `version`).
pub fn stale(
    master_file: &SourceFile,
    master: &Document,
    version: &Version,
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
    fn version_matches_sha256sum_of_normalised_text() {
        // printf 'a\n' | sha256sum
        assert_eq!(version("a\r\n"), "87428fc522803d31");
    }
}
