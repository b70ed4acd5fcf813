//! Sync records kept outside the translations: `charte.lock` at the project root
//! (`[sync] records = "lockfile"` in `charte.toml`), for sites whose pages cannot have a front
//! matter.
//!
//! One line per translation, `PATH VERSION`: the translation's path relative to the project
//! root with `/` between its components, a space, and the master version it follows (16
//! lowercase hex digits, as [`crate::drift::version`]). Lines are kept sorted by path, so that
//! pull requests syncing different pages change different lines. Empty lines and lines
//! starting with `#` are comments. In a path, a space, `#`, `\`, a control character, an
//! invisible or bidirectional formatting character and a byte that is not UTF-8 are written
//! `\xHH` (one escape per byte), so that a line is always two fields and shows what it says.
//!
//! An update changes only the lines of the translations synced (or inserts them in sorted
//! place), keeping every other line, and the file's line endings, as they were. A line that
//! is not of this form is a located [`Error::Lockfile`], never dropped.

use crate::Error;
use crate::containment::{Refusal, Root};
use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

/// The lockfile's name, at the project root.
pub const FILE_NAME: &str = "charte.lock";

/// The first line of a new lockfile.
const HEADER: &str = "# charte sync records: one `PATH VERSION` line per translation, sorted by path";

/// Why a line of the lockfile cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LockProblem {
    /// Not two fields `PATH VERSION` separated by one space.
    Line,
    /// The version is not 16 lowercase hex digits.
    Version,
    /// The path is not escaped as charte escapes it (a bad `\x`, or a character that must be
    /// escaped).
    Escape,
    /// The path has a line already.
    Duplicate,
}

impl LockProblem {
    /// The Fluent message id that words it (with `path`, `line` and `column`).
    pub fn message_id(self) -> &'static str {
        match self {
            LockProblem::Line => "error-lock-line",
            LockProblem::Version => "error-lock-version",
            LockProblem::Escape => "error-lock-escape",
            LockProblem::Duplicate => "error-lock-duplicate",
        }
    }
}

impl std::fmt::Display for LockProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LockProblem::Line => "not a `PATH VERSION` line",
            LockProblem::Version => "the version is not 16 lowercase hex digits",
            LockProblem::Escape => "the path is not escaped as charte writes it",
            LockProblem::Duplicate => "this translation has a line already",
        })
    }
}

/// A lockfile as read: its lines, and the version recorded for each translation.
#[derive(Debug, Clone, Default)]
pub struct Lockfile {
    /// The lockfile's path.
    path: PathBuf,
    /// The directory translation paths are relative to.
    dir: PathBuf,
    /// The lines as read, without their line endings.
    lines: Vec<String>,
    /// Escaped path to (line index, version).
    entries: HashMap<String, (usize, String)>,
    /// The file's line ending (`\n` for a new file).
    eol: &'static str,
    /// The bytes read; `None` when there was no lockfile.
    bytes: Option<Vec<u8>>,
}

/// Escapes a path component as it is written in the lockfile.
fn escape(bytes: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if must_escape(c) {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "\\x{b:02x}");
                }
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
}

fn must_escape(c: char) -> bool {
    matches!(c, ' ' | '#' | '\\')
        || c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}')
        || matches!(c, '\u{2060}'..='\u{206f}' | '\u{feff}')
}

/// Reads an escaped path back to bytes: `None` when an escape is malformed.
fn unescape(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let (x, h, l) = (bytes.next()?, bytes.next()?, bytes.next()?);
        let digit = |d: u8| (d as char).to_digit(16);
        if x != b'x' {
            return None;
        }
        out.push(u8::try_from(digit(h)? * 16 + digit(l)?).ok()?);
    }
    Some(out)
}

fn is_version(v: &str) -> bool {
    v.len() == 16 && v.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl Lockfile {
    /// Reads the lockfile of the project whose root is `dir` (translation paths are taken
    /// relative to it), through `root`'s guards; an empty lockfile when there is none.
    ///
    /// # Errors
    ///
    /// [`Error::Lockfile`] for a malformed line (with its line and column), [`Error::Read`]
    /// when it is not UTF-8 or cannot be read, and the refusals of [`Root::read`].
    pub fn load(root: &Root, dir: &Path) -> Result<Lockfile, Error> {
        let path = dir.join(FILE_NAME);
        let bytes = match root.read(&path) {
            Ok(bytes) => Some(bytes),
            Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(refusal) => return Err(refusal.into_error(&path, root)),
        };
        let text = match &bytes {
            Some(b) => std::str::from_utf8(b).map_err(|e| Error::Read {
                path: path.clone(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
            })?,
            None => "",
        };
        let mut lock = Lockfile::parse(&path, text)?;
        lock.dir = dir.to_path_buf();
        lock.bytes = bytes;
        Ok(lock)
    }

    /// Reads a lockfile's text; `path` names it in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Lockfile`] for a malformed line.
    ///
    /// ```
    /// use charte::lockfile::Lockfile;
    /// let lock = Lockfile::parse("charte.lock", "# records\npages/de/tar.md 99d82df619cb5ed7\n").unwrap();
    /// assert_eq!(lock.get(std::path::Path::new("pages/de/tar.md")), Some("99d82df619cb5ed7"));
    /// let err = Lockfile::parse("charte.lock", "pages/de/tar.md 99D8\n").unwrap_err();
    /// assert!(err.to_string().starts_with("charte.lock:1:17:"), "{err}");
    /// ```
    pub fn parse(path: impl AsRef<Path>, text: &str) -> Result<Lockfile, Error> {
        let path = path.as_ref();
        let eol = if text.split('\n').next().is_some_and(|l| l.ends_with('\r')) && text.contains('\n') {
            "\r\n"
        } else {
            "\n"
        };
        let mut lines: Vec<String> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned()).collect();
        if lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let mut entries = HashMap::new();
        for (i, line) in lines.iter().enumerate() {
            let fail = |byte: usize, problem| Error::Lockfile {
                path: path.to_owned(),
                line: i + 1,
                column: line[..byte].chars().count() + 1,
                problem,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split(' ');
            let (Some(key), Some(version), None) = (fields.next(), fields.next(), fields.next()) else {
                return Err(fail(0, LockProblem::Line));
            };
            if key.is_empty() {
                return Err(fail(0, LockProblem::Line));
            }
            if !is_version(version) {
                return Err(fail(key.len() + 1, LockProblem::Version));
            }
            let canonical = unescape(key).map(|bytes| {
                let mut again = String::new();
                escape(&bytes, &mut again);
                again
            });
            if canonical.as_deref() != Some(key) {
                return Err(fail(0, LockProblem::Escape));
            }
            if entries.insert(key.to_owned(), (i, version.to_owned())).is_some() {
                return Err(fail(0, LockProblem::Duplicate));
            }
        }
        Ok(Lockfile { path: path.to_owned(), dir: PathBuf::new(), lines, entries, eol, bytes: None })
    }

    /// The lockfile's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The bytes it was read from; `None` when there was no lockfile.
    pub fn bytes(&self) -> Option<&[u8]> {
        self.bytes.as_deref()
    }

    /// How a translation's path is written in the lockfile: relative to the project root,
    /// `/`-separated, escaped.
    ///
    /// ```
    /// use charte::lockfile::Lockfile;
    /// let lock = Lockfile::default();
    /// assert_eq!(lock.key(std::path::Path::new("./pages/de/a b.md")), "pages/de/a\\x20b.md");
    /// ```
    pub fn key(&self, translation: &Path) -> String {
        let rel = translation.strip_prefix(&self.dir).unwrap_or(translation);
        let mut key = String::new();
        for c in rel.components() {
            let part: &[u8] = match c {
                Component::CurDir | Component::RootDir | Component::Prefix(_) => continue,
                Component::ParentDir => b"..",
                Component::Normal(name) => name.as_encoded_bytes(),
            };
            if !key.is_empty() {
                key.push('/');
            }
            escape(part, &mut key);
        }
        key
    }

    /// The master version recorded for a translation.
    pub fn get(&self, translation: &Path) -> Option<&str> {
        if self.entries.is_empty() {
            return None;
        }
        self.entries.get(&self.key(translation)).map(|(_, v)| v.as_str())
    }

    /// The line a translation's record would have: `PATH VERSION`.
    pub fn line(&self, translation: &Path, version: &str) -> String {
        format!("{} {version}", self.key(translation))
    }

    /// The lockfile's text with the records `set` (escaped path to version): a line already
    /// there gets its new version, a new one is inserted before the first line of a greater
    /// path (or after the last record); every other line stays as it was.
    pub fn with(&self, set: &BTreeMap<String, String>) -> String {
        let mut lines = self.lines.clone();
        if self.bytes.is_none() && lines.is_empty() {
            lines.push(HEADER.to_owned());
        }
        // Existing records first: their indices stay valid while nothing is inserted.
        for (key, version) in set {
            if let Some(&(i, _)) = self.entries.get(key) {
                lines[i] = format!("{key} {version}");
            }
        }
        let mut records: Vec<(usize, String)> = self.entries.iter().map(|(k, (i, _))| (*i, k.clone())).collect();
        records.sort();
        for (key, version) in set.iter().filter(|(k, _)| !self.entries.contains_key(*k)) {
            let at = records
                .iter()
                .find(|(_, k)| k > key)
                .map(|(i, _)| *i)
                .unwrap_or_else(|| records.last().map_or(lines.len(), |(i, _)| i + 1));
            lines.insert(at, format!("{key} {version}"));
            for r in records.iter_mut().filter(|(i, _)| *i >= at) {
                r.0 += 1;
            }
            records.push((at, key.clone()));
            records.sort();
        }
        let mut text = lines.join(self.eol);
        text.push_str(self.eol);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_inserted_in_order_and_other_lines_kept() {
        let lock =
            Lockfile::parse("charte.lock", "# c\nb.md 0000000000000000\n\nd.md 1111111111111111\n# end\n").unwrap();
        let set: BTreeMap<String, String> =
            [("a.md", "2222222222222222"), ("c.md", "3333333333333333"), ("e.md", "4444444444444444")]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
        assert_eq!(
            lock.with(&set),
            "# c\na.md 2222222222222222\nb.md 0000000000000000\n\nc.md 3333333333333333\nd.md 1111111111111111\ne.md 4444444444444444\n# end\n"
        );
    }

    #[test]
    fn escapes_read_back() {
        let lock = Lockfile::default();
        for name in ["a b.md", "#x.md", "a\\b", "\u{202e}dm.x", "日本.md", "a\nb"] {
            let key = lock.key(Path::new(name));
            assert!(!key.contains([' ', '\n', '\u{202e}']), "{key}");
            let parsed = Lockfile::parse("l", &format!("{key} 0123456789abcdef\n")).unwrap();
            assert_eq!(parsed.get(Path::new(name)), Some("0123456789abcdef"), "{key}");
        }
        assert!(Lockfile::parse("l", "a\\x4 0123456789abcdef\n").is_err());
        assert!(Lockfile::parse("l", "\\x41 0123456789abcdef\n").is_err());
    }
}
