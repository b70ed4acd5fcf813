//! The project root and safe file access: every path `charte` reads or writes stays inside
//! the root, only regular files are read, and never more than a size cap.
//!
//! The root is the directory of `charte.toml` (or of the file given with `--config`), else
//! the repository root (the nearest directory upwards with a `.git` entry, found without
//! running git), else the working directory. Symbolic links are followed for reading only
//! when their target stays inside the root; writes never go through a linked directory.
//!
//! Reads check the type of the file before opening it (a FIFO, a device or a directory is
//! refused without being opened), open it non-blocking where the platform's flag is known,
//! check the opened handle again (`fstat`), and read at most the cap plus one byte. Where no
//! non-blocking flag is known, a file swapped for a FIFO between the check and the open could
//! still block the open: that needs someone writing on the machine during the run, not
//! content of a repository.

use crate::Error;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The default cap on the size of a file read: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// The directory every path must stay in, and the size cap of reads.
#[derive(Debug, Clone)]
pub struct Root {
    /// The root, absolute and without symbolic links.
    dir: PathBuf,
    /// The largest file read, in bytes.
    max_file_size: u64,
    /// Directories already resolved: whether each one's real path is inside the root. Shared by
    /// the clones, so that a site's thousands of files resolve each directory once.
    resolved: Arc<Mutex<HashMap<PathBuf, bool>>>,
}

impl PartialEq for Root {
    fn eq(&self, other: &Self) -> bool {
        self.dir == other.dir && self.max_file_size == other.max_file_size
    }
}

impl Eq for Root {}

/// Why a file was not read.
#[derive(Debug)]
pub enum Refusal {
    /// Its real path leaves the root.
    Outside,
    /// It is not a regular file (a directory, a FIFO, a device, a socket).
    NotRegular,
    /// It is larger than the cap (the cap).
    TooLarge(u64),
    /// It cannot be read.
    Io(std::io::Error),
}

impl Refusal {
    /// The operational error for a file that had to be read.
    pub fn into_error(self, path: &Path, root: &Root) -> Error {
        let path = path.to_owned();
        match self {
            Refusal::Outside => Error::OutsideRoot { path, root: root.dir.clone() },
            Refusal::NotRegular => Error::NotAFile { path },
            Refusal::TooLarge(limit) => Error::TooLarge { path, limit },
            Refusal::Io(source) => Error::Read { path, source },
        }
    }
}

impl Root {
    /// A root at `dir` (made absolute, links resolved), with the default size cap.
    ///
    /// # Errors
    ///
    /// [`Error::Read`] when `dir` cannot be resolved.
    pub fn new(dir: &Path) -> Result<Root, Error> {
        let dir =
            std::fs::canonicalize(dir_or_dot(dir)).map_err(|source| Error::Read { path: dir.to_owned(), source })?;
        Ok(Root { dir, max_file_size: DEFAULT_MAX_FILE_SIZE, resolved: Arc::default() })
    }

    /// The root when no configuration names it: the nearest directory from `dir` upwards with
    /// a `.git` entry (a directory, or a file for worktrees and submodules), else `dir`.
    ///
    /// # Errors
    ///
    /// [`Error::Read`] when `dir` cannot be resolved.
    pub fn discover(dir: &Path) -> Result<Root, Error> {
        let start = Root::new(dir)?;
        let repo = start.dir.ancestors().find(|a| std::fs::symlink_metadata(a.join(".git")).is_ok());
        Ok(match repo {
            Some(repo) => Root { dir: repo.to_path_buf(), ..start },
            None => start,
        })
    }

    /// The same root with another size cap.
    pub fn with_max_file_size(self, max_file_size: u64) -> Root {
        Root { max_file_size, ..self }
    }

    /// The root directory (absolute, without links).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The size cap of reads, in bytes.
    pub fn max_file_size(&self) -> u64 {
        self.max_file_size
    }

    /// Whether the real path of `path` (links resolved) is inside the root. A path that does
    /// not exist is judged by its nearest existing ancestor.
    pub fn contains(&self, path: &Path) -> bool {
        let mut probe = dir_or_dot(path);
        let mut rest = Vec::new();
        loop {
            match std::fs::canonicalize(&probe) {
                Ok(real) => {
                    // What does not exist yet cannot be a link: only `..` could leave.
                    let escapes = rest.iter().any(|c: &std::ffi::OsString| c == "..");
                    return !escapes && real.starts_with(&self.dir);
                }
                Err(_) => {
                    let Some(name) = probe.file_name().map(ToOwned::to_owned) else { return false };
                    rest.push(name);
                    probe = match probe.parent() {
                        Some(p) => dir_or_dot(p),
                        None => return false,
                    };
                }
            }
        }
    }

    /// Reads a regular file whose real path is inside the root, at most the size cap.
    ///
    /// # Errors
    ///
    /// A [`Refusal`] that says why it was not read.
    pub fn read(&self, path: &Path) -> Result<Vec<u8>, Refusal> {
        // Linux: open without following a link and without waiting (a FIFO opens at once),
        // then judge the open handle: one system call less per file than asking first. A link
        // fails with ELOOP and is judged by where it leads, below.
        #[cfg(target_os = "linux")]
        {
            use rustix::fs::{Mode, OFlags};
            let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
            match rustix::fs::open(path, flags, Mode::empty()) {
                Ok(fd) => {
                    let file = std::fs::File::from(fd);
                    let meta = file.metadata().map_err(Refusal::Io)?;
                    if !meta.is_file() {
                        return Err(Refusal::NotRegular);
                    }
                    if !self.dir_inside(path.parent().unwrap_or(Path::new(""))) {
                        return Err(Refusal::Outside);
                    }
                    return self.read_opened(file, &meta);
                }
                Err(rustix::io::Errno::LOOP) => {}
                Err(e) => return Err(Refusal::Io(e.into())),
            }
        }
        // Before opening: opening a FIFO for reading waits for a writer, and opening a device
        // can act.
        let meta = std::fs::symlink_metadata(path).map_err(Refusal::Io)?;
        let real = if meta.file_type().is_symlink() {
            let real = match std::fs::canonicalize(path) {
                Ok(real) => real,
                // A link that cannot be resolved (to `/dev/stdin` on a pipe, to nowhere) is
                // judged by where it points.
                Err(e) => return Err(if self.link_leaves(path) { Refusal::Outside } else { Refusal::Io(e) }),
            };
            if !real.starts_with(&self.dir) {
                return Err(Refusal::Outside);
            }
            if !std::fs::metadata(&real).map_err(Refusal::Io)?.is_file() {
                return Err(Refusal::NotRegular);
            }
            real
        } else {
            if !meta.is_file() {
                return Err(Refusal::NotRegular);
            }
            // Not a link: it is where its directory is, resolved once per directory.
            if !self.dir_inside(path.parent().unwrap_or(Path::new(""))) {
                return Err(Refusal::Outside);
            }
            path.to_path_buf()
        };
        let file = open_nonblocking(&real).map_err(Refusal::Io)?;
        // After opening: what was opened is what was checked.
        let meta = file.metadata().map_err(Refusal::Io)?;
        self.read_opened(file, &meta)
    }

    /// Reads an opened file, given the metadata of the open handle, if it is a regular file
    /// within the cap.
    fn read_opened(&self, file: std::fs::File, meta: &std::fs::Metadata) -> Result<Vec<u8>, Refusal> {
        if !meta.is_file() {
            return Err(Refusal::NotRegular);
        }
        if meta.len() > self.max_file_size {
            return Err(Refusal::TooLarge(self.max_file_size));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        // One byte more than the cap tells a file that grew past it.
        file.take(self.max_file_size.saturating_add(1)).read_to_end(&mut bytes).map_err(Refusal::Io)?;
        if bytes.len() as u64 > self.max_file_size {
            return Err(Refusal::TooLarge(self.max_file_size));
        }
        Ok(bytes)
    }

    /// Whether the real path of a directory is inside the root (remembered).
    fn dir_inside(&self, dir: &Path) -> bool {
        if let Some(&known) = self.resolved.lock().ok().as_ref().and_then(|m| m.get(dir)) {
            return known;
        }
        let inside = std::fs::canonicalize(dir_or_dot(dir)).is_ok_and(|real| real.starts_with(&self.dir));
        if let Ok(mut m) = self.resolved.lock() {
            m.insert(dir.to_path_buf(), inside);
        }
        inside
    }

    /// Whether `path` is a link whose target, taken as written, is outside the root.
    fn link_leaves(&self, path: &Path) -> bool {
        let Ok(target) = std::fs::read_link(path) else { return false };
        let parent = path.parent().map(dir_or_dot).unwrap_or_else(|| PathBuf::from("."));
        let Ok(parent) = std::fs::canonicalize(parent) else { return false };
        let mut at = PathBuf::new();
        for c in parent.join(target).components() {
            match c {
                Component::ParentDir => {
                    at.pop();
                }
                Component::CurDir => {}
                other => at.push(other),
            }
        }
        !at.starts_with(&self.dir)
    }

    /// Reads a file that must be read, as [`Root::read`], with the operational error.
    ///
    /// # Errors
    ///
    /// [`Error::OutsideRoot`], [`Error::NotAFile`], [`Error::TooLarge`] or [`Error::Read`].
    pub fn read_required(&self, path: &Path) -> Result<Vec<u8>, Error> {
        self.read(path).map_err(|r| r.into_error(path, self))
    }
}

fn dir_or_dot(p: &Path) -> PathBuf {
    if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() }
}

/// `O_NONBLOCK` where its value is known without the `libc` crate (0 elsewhere): a FIFO then
/// opens at once (and is refused by the check of the handle) instead of waiting for a writer.
const O_NONBLOCK: i32 = if cfg!(all(
    any(target_os = "linux", target_os = "android"),
    any(
        target_arch = "x86",
        target_arch = "x86_64",
        target_arch = "arm",
        target_arch = "aarch64",
        target_arch = "riscv64",
        target_arch = "powerpc",
        target_arch = "powerpc64",
        target_arch = "s390x",
        target_arch = "loongarch64"
    )
)) {
    0o4000
} else if cfg!(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
)) {
    0x4
} else {
    0
};

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // On a regular file the flag changes nothing: reads of disk files never wait.
    std::fs::OpenOptions::new().read(true).custom_flags(O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Whether a path written in the configuration stays inside the project: relative, with no
/// `..`, no `\` and no NUL (a `\` is a separator on Windows and in globs' eyes).
///
/// ```
/// use charte::containment::is_contained;
/// assert!(is_contained("docs/{lang}/**/*.md"));
/// assert!(is_contained("./charter/{lang}.md"));
/// assert!(!is_contained("../x/{lang}.md"));
/// assert!(!is_contained("docs/{lang}/../../x.md"));
/// assert!(!is_contained("/etc/{lang}.md"));
/// assert!(!is_contained("docs\\..\\{lang}.md"));
/// assert!(!is_contained(""));
/// ```
pub fn is_contained(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', '\0'])
        && Path::new(path).components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Checks a path about to be written: it stays under `root` (no `..`, not elsewhere), and
/// every component from the root down to the file's directory is a real directory, not a
/// symbolic link (a missing one will be created as a directory). The file itself being a link
/// is the writer's to refuse ([`Error::Symlink`]), as is a race with someone changing the
/// directories between this check and the write.
///
/// `root` and `path` may be relative (to the working directory) or absolute.
///
/// # Errors
///
/// [`Error::OutsideRoot`] when the path leaves the root, [`Error::Symlink`] naming the first
/// linked directory on the way, [`Error::NotAFile`] when a component is a file, [`Error::Read`]
/// when a component cannot be examined.
pub fn check_write(root: &Path, path: &Path) -> Result<(), Error> {
    let outside = || Error::OutsideRoot { path: path.to_owned(), root: root.to_owned() };
    let root_real =
        std::fs::canonicalize(dir_or_dot(root)).map_err(|source| Error::Read { path: root.to_owned(), source })?;
    let path_abs =
        std::path::absolute(dir_or_dot(path)).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    // The shallowest ancestor that is the root and leaves a plain tail (names only, no `..`):
    // `../charter/de.md` from a subdirectory works, and a link to the root inside the root
    // does not hide the link.
    let mut ancestors: Vec<&Path> = path_abs.ancestors().skip(1).collect();
    ancestors.reverse();
    let start = ancestors.into_iter().find_map(|a| {
        let tail = path_abs.strip_prefix(a).ok()?;
        let plain = tail.components().all(|c| matches!(c, Component::Normal(_)));
        (plain && std::fs::canonicalize(a).is_ok_and(|real| real == root_real)).then_some((a, tail))
    });
    let Some((base, tail)) = start else { return Err(outside()) };
    let mut at = base.to_path_buf();
    let dirs: Vec<Component<'_>> = tail.parent().map(|p| p.components().collect()).unwrap_or_default();
    for c in dirs {
        at.push(c);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Err(Error::Symlink { path: at }),
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(Error::NotAFile { path: at }),
            // Missing: the writer creates it, a real directory.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(source) => return Err(Error::Read { path: at, source }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn writes_below_the_root_through_real_directories_pass() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("charter/.charte/sources")).unwrap();
        assert!(check_write(root, &root.join("charter/de.md")).is_ok());
        assert!(check_write(root, &root.join("charter/.charte/sources/a.md")).is_ok());
        // Directories still to be created are fine.
        assert!(check_write(root, &root.join("charter/.charte/units/new/fr.de.json")).is_ok());
        assert!(check_write(root, &root.join("charter/de.md")).is_ok());
    }

    #[test]
    fn linked_directories_on_the_way_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("charter")).unwrap();
        std::fs::create_dir_all(outside.path().join("sources")).unwrap();
        symlink(outside.path(), root.join("charter/.charte")).unwrap();
        match check_write(root, &root.join("charter/.charte/sources/a.md")) {
            Err(Error::Symlink { path }) => assert_eq!(path, root.join("charter/.charte")),
            other => panic!("{other:?}"),
        }
        std::fs::create_dir_all(root.join("docs")).unwrap();
        symlink(outside.path(), root.join("docs/de")).unwrap();
        assert!(matches!(check_write(root, &root.join("docs/de/a.md")), Err(Error::Symlink { .. })));
        // A link inside the project is refused as well: writes never follow links.
        std::fs::create_dir_all(root.join("real")).unwrap();
        symlink("real", root.join("alias")).unwrap();
        assert!(matches!(check_write(root, &root.join("alias/x.md")), Err(Error::Symlink { .. })));
        // A file where a directory is expected.
        std::fs::write(root.join("file"), "").unwrap();
        assert!(matches!(check_write(root, &root.join("file/x.md")), Err(Error::NotAFile { .. })));
    }

    #[test]
    fn paths_out_of_the_root_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("project");
        std::fs::create_dir_all(root.join("charter")).unwrap();
        for path in [
            root.join("../x.md"),
            root.join("charter/../../x.md"),
            dir.path().join("x.md"),
            PathBuf::from("/etc/passwd"),
            root.clone(),
        ] {
            assert!(matches!(check_write(&root, &path), Err(Error::OutsideRoot { .. })), "{}", path.display());
        }
        // `..` is judged where it lands: through a real directory it stays inside, through a
        // link to elsewhere it does not.
        assert!(check_write(&root, &root.join("charter/../x.md")).is_ok());
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(elsewhere.path().join("sub")).unwrap();
        symlink(elsewhere.path().join("sub"), root.join("away")).unwrap();
        assert!(matches!(check_write(&root, &root.join("away/../x.md")), Err(Error::OutsideRoot { .. })));
        // `..` before it is fine: a root given as `..` from a subdirectory.
        assert!(check_write(&root.join("charter/.."), &root.join("charter/../charter/de.md")).is_ok());
    }

    #[test]
    fn relative_paths_are_taken_from_the_working_directory() {
        // The tests run in the package directory.
        assert!(check_write(Path::new(""), Path::new("charter/.charte/sources/x.md")).is_ok());
        assert!(check_write(Path::new("."), Path::new("charter/de.md")).is_ok());
        assert!(matches!(check_write(Path::new("charter"), Path::new("src/x.rs")), Err(Error::OutsideRoot { .. })));
    }

    #[test]
    fn reads_are_contained_regular_and_capped() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = Root::new(dir.path()).unwrap().with_max_file_size(10);
        std::fs::write(dir.path().join("small"), "0123456789").unwrap();
        std::fs::write(dir.path().join("big"), "0123456789a").unwrap();
        std::fs::write(outside.path().join("secret"), "s").unwrap();
        symlink(outside.path().join("secret"), dir.path().join("out")).unwrap();
        symlink("small", dir.path().join("in")).unwrap();
        assert_eq!(root.read(&dir.path().join("small")).unwrap(), b"0123456789");
        assert_eq!(root.read(&dir.path().join("in")).unwrap(), b"0123456789");
        assert!(matches!(root.read(&dir.path().join("big")), Err(Refusal::TooLarge(10))));
        assert!(matches!(root.read(&dir.path().join("out")), Err(Refusal::Outside)));
        // A regular file reached through a linked directory: outside, twice (the second time
        // from the remembered directory).
        symlink(outside.path(), dir.path().join("away")).unwrap();
        assert!(matches!(root.read(&dir.path().join("away/secret")), Err(Refusal::Outside)));
        assert!(matches!(root.read(&dir.path().join("away/secret")), Err(Refusal::Outside)));
        assert!(matches!(root.read(&dir.path().join("away/../secret")), Err(Refusal::Io(_))));
        assert!(matches!(root.read(dir.path()), Err(Refusal::NotRegular)));
        assert!(matches!(root.read(&dir.path().join("none")), Err(Refusal::Io(_))));
        assert!(root.contains(&dir.path().join("in")));
        assert!(root.contains(&dir.path().join("not/yet/there")));
        assert!(!root.contains(&dir.path().join("out")));
        assert!(!root.contains(&dir.path().join("not/../../there")));
    }
}
