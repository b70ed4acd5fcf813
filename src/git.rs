//! git plumbing: the masters as they were at a revision (`check --base`), and which written
//! files git does not track yet. git runs as a fixed set of subcommands with its input passed
//! as data (after `--end-of-options` or `--`), never as options or configuration.

use crate::Error;
use crate::containment::Root;
use crate::parse::{Parsed, parse};
use crate::source::SourceFile;
use std::path::{Path, PathBuf};

/// The files among `paths` that git does not track and does not ignore, in the order given;
/// none outside a repository or without git. The paths are passed after `--`, as data.
pub fn untracked(root: &Root, paths: &[PathBuf]) -> Vec<PathBuf> {
    let absolute: Vec<(PathBuf, &PathBuf)> =
        paths.iter().filter_map(|p| std::path::absolute(p).ok().map(|a| (a, p))).collect();
    if absolute.is_empty() {
        return Vec::new();
    }
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root.dir())
        .args(["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--"])
        .args(absolute.iter().map(|(a, _)| a))
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    let Some(output) = output.ok().filter(|o| o.status.success()) else { return Vec::new() };
    let top = std::process::Command::new("git")
        .arg("-C")
        .arg(root.dir())
        .args(["rev-parse", "--show-toplevel"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    let Some(top) = top.ok().filter(|o| o.status.success()) else { return Vec::new() };
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\n', '\r']));
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    let listed: std::collections::HashSet<PathBuf> = output
        .stdout
        .split(|&b| b == 0)
        .filter(|name| !name.is_empty())
        .map(|name| top.join(String::from_utf8_lossy(name).as_ref()))
        .collect();
    absolute
        .into_iter()
        .filter(|(a, _)| {
            let real =
                a.parent().and_then(|d| std::fs::canonicalize(d).ok()).zip(a.file_name()).map(|(d, n)| d.join(n));
            listed.contains(real.as_ref().unwrap_or(a))
        })
        .map(|(_, p)| p.clone())
        .collect()
}

/// The master as it was at a git revision.
///
/// # Errors
///
/// [`Error::Revision`] for a revision that starts with `-`, [`Error::Git`] when git is
/// missing, fails, or the revision is no commit, [`Error::GitEmpty`] when git gives nothing.
pub fn master_at(master: &Path, rev: &str) -> Result<Parsed, Error> {
    let dir = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let commit = verify_revision(dir, rev)?;
    Ok(match master_text_at_commit(master, rev, &commit)? {
        Some(file) => parse(&file),
        None => Parsed { document: crate::model::Document::default(), diagnostics: Vec::new() },
    })
}

/// The commit a revision names, checked once for all the masters of a run, in the first
/// master's repository.
pub(crate) fn resolve_revision(root: &Root, masters: &[&Path], rev: &str) -> Result<String, Error> {
    let dir = masters.first().and_then(|m| m.parent()).filter(|d| !d.as_os_str().is_empty());
    verify_revision(dir.unwrap_or(root.dir()), rev)
}

/// git, run in `dir`, with no pager, no prompt, no replacement objects and nothing on its
/// standard input. Only fixed subcommands run, with input after `--end-of-options` and never
/// as `-c`: the content of a pull request cannot make git execute anything (`.git/config` is
/// not part of it).
fn git(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new("git");
    cmd.arg("-C")
        .arg(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_NO_REPLACE_OBJECTS", "1")
        .env_remove("GIT_EXTERNAL_DIFF")
        .env_remove("GIT_PAGER")
        .env_remove("PAGER")
        .stdin(std::process::Stdio::null());
    cmd
}

fn run_git(cmd: &mut std::process::Command) -> Result<Vec<u8>, Error> {
    let output = cmd.output().map_err(|e| Error::Git(e.to_string()))?;
    if !output.status.success() {
        return Err(Error::Git(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
    }
    Ok(output.stdout)
}

/// The full commit id a revision names: refused when it starts with `-` (git would take it for
/// an option), and given to git only after `--end-of-options`.
fn verify_revision(dir: &Path, rev: &str) -> Result<String, Error> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(Error::Revision(rev.to_owned()));
    }
    let out = run_git(
        git(dir).args(["rev-parse", "--verify", "--quiet", "--end-of-options"]).arg(format!("{rev}^{{commit}}")),
    )
    .map_err(|e| match e {
        Error::Git(m) if m.is_empty() => Error::Git(format!("{rev}: no such commit")),
        other => other,
    })?;
    let commit = String::from_utf8_lossy(&out).trim().to_owned();
    if commit.is_empty() || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::Git(format!("{rev}: no such commit")));
    }
    Ok(commit)
}

/// The text of each master at a verified commit (`rev` is how the user named it), in the
/// order given: `None` for a master that the commit does not have (a page the change adds, or renames
/// to here), an empty document there: all its units are new, none is stale.
///
/// Three git processes for all the masters, in the repository of the first: the top of the
/// work tree, one `git ls-tree` of the commit under the deepest directory holding every master
/// (a literal path after `--`), and one `git cat-file --batch` that reads the blobs found, by id
/// on its standard input. A master outside that work tree is read on its own, as [`master_at`]
/// reads it.
pub(crate) fn masters_at_commit(
    root: &Root,
    masters: &[&Path],
    rev: &str,
    commit: &str,
) -> Result<Vec<Option<SourceFile>>, Error> {
    use std::io::{BufRead as _, Read as _, Write as _};
    let dir = masters.first().and_then(|m| m.parent()).filter(|d| !d.as_os_str().is_empty());
    let dir = dir.unwrap_or(root.dir());
    let top = run_git(git(dir).args(["rev-parse", "--show-toplevel"]))?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    // Each master's path from the top, its directory's real path looked up once.
    let mut dirs: std::collections::HashMap<&Path, Option<PathBuf>> = std::collections::HashMap::new();
    let paths: Vec<Option<Vec<u8>>> = masters
        .iter()
        .map(|master| {
            let parent = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let real = dirs.entry(parent).or_insert_with(|| std::fs::canonicalize(parent).ok()).as_ref()?;
            tree_path(real.join(master.file_name()?).strip_prefix(&top).ok()?)
        })
        .collect();
    let mut texts: Vec<Option<Option<SourceFile>>> = masters.iter().map(|_| None).collect();
    // The directory (from the top) that holds every master: its components in common.
    let mut common: Option<Vec<&[u8]>> = None;
    for path in paths.iter().flatten() {
        let parts: Vec<&[u8]> = path.split(|&b| b == b'/').collect();
        let parts = &parts[..parts.len() - 1];
        let kept = match &common {
            Some(c) => c.iter().zip(parts).take_while(|(a, b)| a == b).count(),
            None => parts.len(),
        };
        common = Some(parts[..kept].to_vec());
    }
    if let Some(common) = common {
        let mut ls = git(dir);
        ls.env("GIT_LITERAL_PATHSPECS", "1")
            .env_remove("GIT_GLOB_PATHSPECS")
            .env_remove("GIT_NOGLOB_PATHSPECS")
            .env_remove("GIT_ICASE_PATHSPECS")
            .args(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, "--"]);
        if !common.is_empty() {
            ls.arg(os_path(&common.join(&b'/')));
        }
        let listing = run_git(&mut ls)?;
        // `<mode> <type> <id>\t<path>`, NUL-terminated, for the paths wanted.
        let wanted: std::collections::HashSet<&[u8]> = paths.iter().flatten().map(Vec::as_slice).collect();
        let mut blobs: std::collections::HashMap<&[u8], &str> = std::collections::HashMap::new();
        for entry in listing.split(|&b| b == 0) {
            let Some(tab) = entry.iter().position(|&b| b == b'\t') else { continue };
            let (info, path) = (&entry[..tab], &entry[tab + 1..]);
            let mut fields = info.split(|&b| b == b' ');
            let (Some(_), Some(b"blob"), Some(id)) = (fields.next(), fields.next(), fields.next()) else { continue };
            if let (true, Ok(id)) = (wanted.contains(path), std::str::from_utf8(id)) {
                blobs.insert(path, id);
            }
        }
        let mut request = Vec::new();
        for (path, text) in paths.iter().zip(texts.iter_mut()) {
            let Some(path) = path else { continue };
            match blobs.get(path.as_slice()) {
                Some(id) => {
                    request.extend_from_slice(id.as_bytes());
                    request.push(b'\n');
                }
                // Not a file in the commit (a directory or a submodule neither): no page then.
                None => *text = Some(None),
            }
        }
        if !request.is_empty() {
            let failed = |e: std::io::Error| Error::Git(format!("git cat-file: {e}"));
            let mut child = git(dir)
                .args(["cat-file", "--batch"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .map_err(|e| Error::Git(e.to_string()))?;
            // Written from another thread so that git cannot block on a full output pipe while
            // this one blocks on a full input pipe.
            let stdin = child.stdin.take();
            let writer = std::thread::spawn(move || {
                if let Some(mut stdin) = stdin {
                    let _ = stdin.write_all(&request);
                }
            });
            let read = (|| -> Result<(), Error> {
                let stdout = child.stdout.take().ok_or_else(|| Error::Git("git cat-file: no output".into()))?;
                let mut out = std::io::BufReader::with_capacity(1 << 16, stdout);
                let mut header = Vec::new();
                for ((master, path), text) in masters.iter().zip(&paths).zip(texts.iter_mut()) {
                    if path.is_none() || text.is_some() {
                        continue;
                    }
                    header.clear();
                    out.read_until(b'\n', &mut header).map_err(failed)?;
                    let header = String::from_utf8_lossy(header.strip_suffix(b"\n").unwrap_or_default());
                    let mut fields = header.split(' ');
                    let (Some(_), Some("blob"), Some(Ok(size)), None) =
                        (fields.next(), fields.next(), fields.next().map(str::parse::<usize>), fields.next())
                    else {
                        return Err(Error::Git(format!("git cat-file: unexpected output: {header}")));
                    };
                    let mut bytes = vec![0; size + 1];
                    out.read_exact(&mut bytes).map_err(failed)?;
                    bytes.pop();
                    if bytes.is_empty() {
                        return Err(Error::GitEmpty { rev: rev.to_owned(), path: master.to_path_buf() });
                    }
                    *text = Some(Some(SourceFile::from_bytes(format!("{rev}:{}", master.display()), bytes)));
                }
                Ok(())
            })();
            if read.is_err() {
                let _ = child.kill();
            }
            let status = child.wait().map_err(|e| Error::Git(e.to_string()))?;
            let _ = writer.join();
            read?;
            if !status.success() {
                return Err(Error::Git(format!("git cat-file --batch: {status}")));
            }
        }
    }
    masters
        .iter()
        .zip(texts)
        .map(|(master, text)| match text {
            Some(text) => Ok(text),
            None => master_text_at_commit(master, rev, commit),
        })
        .collect()
}

/// A path relative to the top of the work tree as git names it in a tree (`a/b.md`); on other
/// systems than Unix, only when it is valid UTF-8.
fn tree_path(rel: &Path) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in rel.components() {
        let std::path::Component::Normal(c) = c else { return None };
        if !out.is_empty() {
            out.push(b'/');
        }
        #[cfg(unix)]
        out.extend_from_slice(std::os::unix::ffi::OsStrExt::as_bytes(c));
        #[cfg(not(unix))]
        out.extend_from_slice(c.to_str()?.as_bytes());
    }
    (!out.is_empty()).then_some(out)
}

/// The path a [`tree_path`] names, as an argument.
fn os_path(bytes: &[u8]) -> std::ffi::OsString {
    #[cfg(unix)]
    let path = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_owned();
    #[cfg(not(unix))]
    let path = std::ffi::OsString::from(String::from_utf8_lossy(bytes).into_owned());
    path
}

/// The master's text at a verified commit (`rev` is how the user named it), through `git show`
/// in its own directory; `None` when the commit does not have it.
fn master_text_at_commit(master: &Path, rev: &str, commit: &str) -> Result<Option<SourceFile>, Error> {
    let dir = master.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = master.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let object = format!("{commit}:./{name}");
    let shown = run_git(git(dir).args(["show", "--no-textconv", "--end-of-options"]).arg(&object));
    let stdout = match shown {
        Ok(stdout) => stdout,
        // The commit is verified: when git has no object for the path in it, the path did not
        // exist then (its directory neither, perhaps).
        Err(e) => {
            let exists = git(dir)
                .args(["cat-file", "-e", "--end-of-options"])
                .arg(&object)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .map_err(|e| Error::Git(e.to_string()))?;
            if exists.success() || !in_repository(dir) {
                return Err(e);
            }
            return Ok(None);
        }
    };
    if stdout.is_empty() {
        return Err(Error::GitEmpty { rev: rev.to_owned(), path: master.to_owned() });
    }
    Ok(Some(SourceFile::from_bytes(format!("{rev}:{}", master.display()), stdout)))
}

/// Whether `dir` (or, when it does not exist, its nearest existing ancestor) is in a git
/// work tree.
fn in_repository(dir: &Path) -> bool {
    let existing = dir.ancestors().find(|a| a.as_os_str().is_empty() || a.is_dir()).unwrap_or(Path::new("."));
    let existing = if existing.as_os_str().is_empty() { Path::new(".") } else { existing };
    run_git(git(existing).args(["rev-parse", "--is-inside-work-tree"]))
        .is_ok_and(|out| String::from_utf8_lossy(&out).trim() == "true")
}
