//! Writing sync records: `charte sync` and `charte init`.
//!
//! Every write is atomic (a temporary file in the same directory, then a rename), keeps the
//! file's permissions, BOM and line endings, and changes only the record line. Symbolic links
//! are never written through.

use crate::check::compare;
use crate::diagnostic::{Diagnostic, Severity};
use crate::drift::{self, RECORD_KEY, Store, UnitRecord};
use crate::parse::{Parsed, parse};
use crate::project::Error;
use crate::source::SourceFile;
use std::io::Write;
use std::path::Path;

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

/// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces.
///
/// # Errors
///
/// [`Error::Symlink`] when `path` is a symbolic link, [`Error::Write`] on I/O failure.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    let io = |source| Error::Write { path: path.to_owned(), source };
    let existing = std::fs::symlink_metadata(path).ok();
    if existing.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
        return Err(Error::Symlink { path: path.to_owned() });
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    remove_stale_temporaries(&dir);
    let mut tmp = tempfile::Builder::new().prefix(".charte-").tempfile_in(&dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    if let Some(meta) = &existing {
        tmp.as_file().set_permissions(meta.permissions()).map_err(io)?;
    }
    if overwrite {
        tmp.persist(path).map_err(|e| io(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| io(e.error))?;
    }
    Ok(())
}

/// Removes temporary files that a killed run left behind (older than ten minutes, so that a
/// write in progress elsewhere is never touched).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let limit = std::time::Duration::from_secs(600);
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(".charte-") {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > limit);
        if old && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Stores the snapshot of a master version unless it is already there and sound.
///
/// # Errors
///
/// When it cannot be written.
pub fn store_snapshot(store: &Store, master: &SourceFile) -> Result<String, Error> {
    let version = drift::version(master.text());
    if store.load(&version).is_err() {
        write_atomic(&store.snapshot_path(&version), drift::normalize(master.text()).as_bytes(), true)?;
    }
    Ok(version)
}

/// The text of a file with its sync record set to `version`: only that line changes (or is
/// added before the closing `---`, with the file's line ending).
pub fn set_record(file: &SourceFile, doc: &crate::Document, version: &str) -> String {
    // A version YAML could take for a number (`0673…`, `1472…e959`) is quoted.
    let quoted;
    let version = if crate::front_matter::numeric_looking(version) {
        quoted = format!("\"{version}\"");
        quoted.as_str()
    } else {
        version
    };
    let text = file.text();
    let eol = file.line_ending().as_str();
    if let Some((_, span)) = drift::record(doc) {
        // Replace the value after the key on its line.
        let line = file.line_span(file.position(span.start).line);
        let mut out = String::with_capacity(text.len());
        out.push_str(&text[..line.start]);
        out.push_str(RECORD_KEY);
        out.push_str(": ");
        out.push_str(version);
        out.push_str(&text[line.end..]);
        return out;
    }
    match &doc.front_matter {
        Some(fm) if fm.terminated => {
            // Insert before the closing delimiter line.
            let last = file.position(fm.span.end.saturating_sub(1)).line;
            let at = file.line_start(last);
            format!("{}{RECORD_KEY}: {version}{eol}{}", &text[..at], &text[at..])
        }
        Some(_) => {
            let at = file.line_start(2);
            format!("{}{RECORD_KEY}: {version}{eol}{}", &text[..at], &text[at..])
        }
        None => format!("---{eol}{RECORD_KEY}: {version}{eol}---{eol}{text}"),
    }
}

fn with_bom(file: &SourceFile, text: String) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if file.has_bom() {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn write_units(
    store: &Store,
    lang: &str,
    version: &str,
    master: &Parsed,
    translation: &Parsed,
    pairs: &[(usize, usize)],
) -> Result<(), Error> {
    let units = pairs
        .iter()
        .map(|&(m, t)| (master.document.units[m].id.clone(), drift::unit_hash(&translation.document.units[t])))
        .collect();
    let record = UnitRecord { source_version: version.to_owned(), units };
    let mut json = serde_json::to_string_pretty(&record).unwrap_or_default();
    json.push('\n');
    write_atomic(&store.units_path(lang), json.as_bytes(), true)
}

/// Records that the translation at `path` follows the current master.
///
/// # Errors
///
/// When a file cannot be read or written.
pub fn sync(
    master_file: &SourceFile,
    master: &Parsed,
    lang: &str,
    path: &Path,
    force: bool,
) -> Result<SyncOutcome, Error> {
    let (file, binary) = crate::project::read(path)?;
    let parsed = parse(&file);
    let comparison = compare(master_file, master, &file, &parsed);
    let errors: Vec<Diagnostic> =
        comparison.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    if binary || file.invalid_utf8().is_some() || (!errors.is_empty() && !force) {
        return Ok(SyncOutcome::Refused { errors });
    }
    let store = Store::for_master(master_file.path());
    // Stale units whose translation did not change since the last sync: rubber stamps.
    let mut rubber_stamped = Vec::new();
    let mut history = drift::History::new(master_file);
    if let Ok(old) = history.synced(&file, &parsed.document, lang) {
        let recorded = store.load_units(lang);
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
    let version = store_snapshot(&store, master_file)?;
    let text = set_record(&file, &parsed.document, &version);
    if text != file.text() {
        write_atomic(path, &with_bom(&file, text), true)?;
    }
    write_units(&store, lang, &version, master, &parsed, &comparison.pairs)?;
    Ok(SyncOutcome::Synced { version, rubber_stamped })
}

/// Creates a translation from the master and syncs it. Returns `false` when the file exists.
///
/// # Errors
///
/// When a file cannot be written.
pub fn init(master_file: &SourceFile, master: &Parsed, lang: &str, path: &Path) -> Result<bool, Error> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    let store = Store::for_master(master_file.path());
    let version = store_snapshot(&store, master_file)?;
    let text = set_record(master_file, &master.document, &version);
    match write_atomic(path, &with_bom(master_file, text.clone()), false) {
        Ok(()) => {}
        Err(Error::Write { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {
            return Ok(false);
        }
        Err(e) => return Err(e),
    }
    let file = SourceFile::new(path, text);
    let parsed = parse(&file);
    let comparison = compare(master_file, master, &file, &parsed);
    write_units(&store, lang, &version, master, &parsed, &comparison.pairs)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_looking_versions_are_quoted_and_read_back_as_written() {
        for version in ["0673565026129282", "147203798692e959", "12345678901234e5", "99d82df619cb5ed7"] {
            let f = SourceFile::new("x.md", "---\ntitle: T\n---\n");
            let text = set_record(&f, &parse(&f).document, version);
            let parsed = parse(&SourceFile::new("x.md", text.clone()));
            assert!(parsed.diagnostics.is_empty(), "{text}: {:?}", parsed.diagnostics);
            assert_eq!(drift::record(&parsed.document).map(|r| r.0).as_deref(), Some(version), "{text}");
        }
    }

    #[test]
    fn set_record_changes_one_line_and_keeps_endings() {
        let text = "---\r\ntitle: T\r\n---\r\n\r\nbody\r\n";
        let f = SourceFile::new("x.md", text);
        let d = parse(&f).document;
        let once = set_record(&f, &d, "0123456789abcdef");
        assert_eq!(once, "---\r\ntitle: T\r\nsource_version: 0123456789abcdef\r\n---\r\n\r\nbody\r\n");
        let f2 = SourceFile::new("x.md", once.clone());
        let twice = set_record(&f2, &parse(&f2).document, "fedcba9876543210");
        assert_eq!(twice, once.replace("0123456789abcdef", "fedcba9876543210"));
    }
}
