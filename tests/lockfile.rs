//! Issue #14: sync records kept outside the pages (`[sync] records = "lockfile"`), no
//! snapshots (`[sync] snapshots = false`, drift from the master's git history), and
//! `check --base` on pull requests that add, delete or rename pages.

mod common;

use common::{charte, git_in, git_init};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// Makes `dir` a git repository with everything committed; false (and a SKIPPED line) where
/// git is missing.
fn git_commit_all(dir: &Path) -> bool {
    if !git_init(dir) {
        return false;
    }
    assert!(git_in(dir, &["add", "-A"]) && git_in(dir, &["commit", "-qm", "site"]));
    true
}

/// (exit code, stdout, stderr) of the binary in `dir`.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = charte(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check(dir: &Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let (code, out, err) = run(dir, &[&["check"], args, &["--format", "json"]].concat());
    let json = serde_json::from_str(&out).unwrap_or(serde_json::Value::Null);
    (code, json, err)
}

fn rules(json: &serde_json::Value) -> Vec<(String, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("{json}"))
        .iter()
        .map(|d| (d["rule"].as_str().unwrap().to_owned(), d["file"].as_str().unwrap().to_owned()))
        .collect()
}

const TAR_FR: &str = "# tar\n\n> Archiver des fichiers.\n\n- Créer une archive :\n\n`tar cf target.tar file`\n";
const TAR_DE: &str = "# tar\n\n> Dateien archivieren.\n\n- Ein Archiv erstellen:\n\n`tar cf target.tar file`\n";
const LS_FR: &str = "# ls\n\n> Lister un répertoire.\n\n- Lister les fichiers :\n\n`ls -l`\n";
const LS_DE: &str = "# ls\n\n> Ein Verzeichnis auflisten.\n\n- Dateien auflisten:\n\n`ls -l`\n";

/// A tldr-like site: pages without front matter, records in `charte.lock`.
fn site(sync: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "charte.toml",
        &format!(
            "master = \"fr\"\ndocuments = [\"pages/{{lang}}/*.md\"]\n[rules]\nuntranslated = \"off\"\n\n[sync]\n{sync}"
        ),
    );
    write(d, "pages/fr/tar.md", TAR_FR);
    write(d, "pages/de/tar.md", TAR_DE);
    write(d, "pages/fr/ls.md", LS_FR);
    write(d, "pages/de/ls.md", LS_DE);
    dir
}

#[test]
fn an_unknown_records_value_is_a_located_config_error() {
    let dir = site("records = \"yaml\"\n");
    let (code, _, err) = run(dir.path(), &["check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("charte.toml:7:11"), "{err}");
    let dir = site("snapshots = \"no\"\n");
    let (code, _, err) = run(dir.path(), &["check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("charte.toml:7:"), "{err}");
}

#[test]
fn sync_writes_the_lockfile_and_never_the_pages() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    // Not synced yet: unsynced, as with front matter.
    let (code, json, err) = check(d, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(rules(&json).iter().all(|(r, _)| r == "unsynced") && rules(&json).len() == 2, "{json}");
    let (code, out, err) = run(d, &["sync", "--all"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(read(d, "pages/de/tar.md"), TAR_DE);
    assert_eq!(read(d, "pages/de/ls.md"), LS_DE);
    let lock = read(d, "charte.lock");
    let v_tar = charte::drift::version(TAR_FR);
    let v_ls = charte::drift::version(LS_FR);
    let entries: Vec<&str> = lock.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    assert_eq!(entries, [format!("pages/de/ls.md {v_ls}"), format!("pages/de/tar.md {v_tar}")], "{lock}");
    let (code, json, _) = check(d, &[]);
    assert_eq!((code, rules(&json)), (0, vec![]), "{json}");
    // The master changes: the unit is stale, diff and status read the lockfile too.
    write(d, "pages/fr/tar.md", &TAR_FR.replace("Archiver des fichiers", "Archiver plusieurs fichiers"));
    let (code, json, _) = check(d, &[]);
    assert_eq!(code, 1);
    assert_eq!(rules(&json), [("stale".to_owned(), "pages/de/tar.md".to_owned())], "{json}");
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.contains("charte.lock"), "{message}");
    let (_, out, _) = run(d, &["diff", "de"]);
    assert!(out.contains("{+plusieurs+}"), "{out}");
    let (_, out, _) = run(d, &["status", "--format", "json"]);
    // Both pages are read as synced: one unit stale, the others up to date.
    assert!(out.contains("\"stale\": 1") && out.contains("\"up_to_date\": 7"), "{out}");
    // The translator updates the page and syncs: only the page's line changes.
    write(d, "pages/de/tar.md", &TAR_DE.replace("Dateien archivieren", "Mehrere Dateien archivieren"));
    let (code, out, err) = run(d, &["sync", "de"]);
    assert_eq!(code, 0, "{out}{err}");
    let new_tar = charte::drift::version(&read(d, "pages/fr/tar.md"));
    assert_eq!(read(d, "charte.lock"), lock.replace(&v_tar, &new_tar));
    let (code, json, _) = check(d, &[]);
    assert_eq!((code, rules(&json)), (0, vec![]), "{json}");
    // From a subdirectory, a file named on the command line finds its line too.
    let (code, out, err) = run(&d.join("pages/de"), &["check", "tar.md"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&d.join("pages/de"), &["sync", "de"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(read(d, "charte.lock"), lock.replace(&v_tar, &new_tar));
}

#[test]
fn the_lockfile_keeps_unrelated_lines_and_line_endings_and_refuses_malformed_lines() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    let v_tar = charte::drift::version(TAR_FR);
    let lock = format!(
        "# kept comment\r\npages/de/a\\x20b.md 0123456789abcdef\r\npages/de/tar.md {v_tar}\r\npages/it/zz.md 0123456789abcdef\r\n"
    );
    write(d, "charte.lock", &lock);
    let (code, out, err) = run(d, &["sync", "de"]);
    assert_eq!(code, 0, "{out}{err}");
    let v_ls = charte::drift::version(LS_FR);
    let expected = lock.replace("pages/de/tar.md", &format!("pages/de/ls.md {v_ls}\r\npages/de/tar.md"));
    assert_eq!(read(d, "charte.lock"), expected);
    // A malformed line is a located error, for check and for sync, and nothing is written.
    let broken = expected.replace("pages/it/zz.md 0123456789abcdef", "pages/it/zz.md nope");
    write(d, "charte.lock", &broken);
    for args in [&["check"][..], &["sync", "de"], &["status"], &["diff", "de"]] {
        let (code, out, err) = run(d, args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains("charte.lock:5:16"), "{args:?}: {err}");
    }
    assert_eq!(read(d, "charte.lock"), broken);
    write(d, "charte.lock", &format!("pages/de/tar.md {v_tar}\npages/de/tar.md {v_tar}\n"));
    let (code, _, err) = run(d, &["check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("charte.lock:2:1"), "{err}");
}

#[test]
fn init_copies_the_master_verbatim_and_records_it_in_the_lockfile() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    let (code, out, err) = run(d, &["init", "es"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(read(d, "pages/es/tar.md"), TAR_FR);
    let lock = read(d, "charte.lock");
    assert!(lock.contains(&format!("pages/es/tar.md {}\n", charte::drift::version(TAR_FR))), "{lock}");
    assert!(lock.contains(&format!("pages/es/ls.md {}\n", charte::drift::version(LS_FR))), "{lock}");
}

#[test]
fn a_lockfile_edited_while_sync_runs_is_kept_and_nothing_is_written() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    write(d, "charte.lock", "# mine\n");
    let out = charte(d).args(["sync", "--all"]).env("CHARTE_TEST_EDIT_BEFORE_COMMIT", "# edit\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(d, "charte.lock"), "# mine\n# edit\n");
    assert!(!d.join("pages/fr/.charte/units/de.json").exists(), "the unit record was put back");
}

#[test]
fn without_snapshots_drift_comes_from_git_history() {
    let dir = site("records = \"lockfile\"\nsnapshots = false\n");
    let d = dir.path();
    let (code, out, err) = run(d, &["sync", "--all"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!d.join("pages/.charte/sources").exists(), "no snapshot written");
    if !git_commit_all(d) {
        return;
    }
    write(d, "pages/fr/ls.md", &LS_FR.replace("Lister un répertoire", "Lister le contenu d’un répertoire"));
    assert!(git_in(d, &["commit", "-qam", "master edit"]));
    let (code, json, err) = check(d, &[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(rules(&json), [("stale".to_owned(), "pages/de/ls.md".to_owned())], "{json}");
    let diff = json["diagnostics"][0]["diff"].as_array().unwrap();
    assert!(diff.iter().any(|op| op["op"] == "insert" && op["text"].as_str().unwrap().contains("contenu")), "{json}");
    // Front-matter records work without snapshots too.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", "[sync]\nsnapshots = false\n");
    let src = common::root().join("charter");
    for lang in ["fr", "de"] {
        write(d, &format!("charter/{lang}.md"), &std::fs::read_to_string(src.join(format!("{lang}.md"))).unwrap());
    }
    let fr = read(d, "charter/fr.md");
    write(d, "charter/fr.md", &fr.replacen("prend le soin de refléter", "veille à refléter", 1));
    let (code, out, err) = run(d, &["sync", "de", "--accept-unchanged"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!d.join("charter/.charte/sources").exists(), "no snapshot written");
}

#[test]
fn base_accepts_added_deleted_and_renamed_pages() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    assert_eq!(run(d, &["sync", "--all"]).0, 0);
    if !git_commit_all(d) {
        return;
    }
    // A pull request adds a page and its translation, and deletes the master of another.
    const CP_FR: &str = "# cp\n\n> Copier des fichiers.\n\n- Copier un fichier :\n\n`cp a b`\n";
    const CP_DE: &str = "# cp\n\n> Dateien kopieren.\n\n- Eine Datei kopieren:\n\n`cp a b`\n";
    write(d, "pages/fr/cp.md", CP_FR);
    write(d, "pages/de/cp.md", CP_DE);
    std::fs::remove_file(d.join("pages/fr/ls.md")).unwrap();
    assert!(git_in(d, &["add", "-A"]) && git_in(d, &["commit", "-qm", "add cp, delete ls"]));
    let (code, json, err) = check(d, &["--base", "HEAD~1"]);
    assert_ne!(code, 2, "{err}");
    let found = rules(&json);
    assert!(found.contains(&("orphan-translation".to_owned(), "pages/de/ls.md".to_owned())), "{json}");
    // The new page's translation is checked normally: not synced yet, nothing stale.
    assert!(found.contains(&("unsynced".to_owned(), "pages/de/cp.md".to_owned())), "{json}");
    assert!(!found.iter().any(|(r, _)| r == "stale"), "{json}");
    // A rename: the old path's translation is an orphan, the new one is checked.
    assert!(git_in(d, &["mv", "pages/fr/tar.md", "pages/fr/gtar.md"]));
    assert!(git_in(d, &["commit", "-qm", "rename"]));
    let (code, json, err) = check(d, &["--base", "HEAD~2"]);
    assert_ne!(code, 2, "{err}");
    let found = rules(&json);
    assert!(found.contains(&("orphan-translation".to_owned(), "pages/de/tar.md".to_owned())), "{json}");
    // A structural error in the new page's translation is still found.
    write(d, "pages/de/cp.md", "# cp\n\n> Dateien kopieren.\n");
    let (code, json, err) = check(d, &["--base", "HEAD~2"]);
    assert_eq!(code, 1, "{err}");
    assert!(rules(&json).iter().any(|(r, f)| r == "block-structure" && f == "pages/de/cp.md"), "{json}");
}

/// A run that fails after planning puts the lockfile back as it was (whichever write fails
/// first), through the library: the master's snapshot cannot replace what appeared at its path.
#[test]
fn a_failed_commit_leaves_the_lockfile_as_it_was() {
    let dir = site("records = \"lockfile\"\n");
    let d = dir.path();
    let before = "# mine\r\npages/de/ls.md 0123456789abcdef\r\n";
    write(d, "charte.lock", before);
    let root = charte::containment::Root::new(d).unwrap();
    let master_path = d.join("pages/fr/tar.md");
    let (file, parsed) = charte::project::load_master_in(&root, &master_path).unwrap();
    let master = charte::project::Master { file, parsed };
    let path = d.join("pages/de/tar.md");
    let requests = [charte::sync::Request { master: &master, lang: "de", path: &path }];
    let options = charte::sync::Options { lockfile: Some(d.to_path_buf()), snapshots: true, ..Default::default() };
    let (_, plan) = charte::sync::plan_with(&root, &requests, false, &options).unwrap();
    assert!(plan.paths().any(|p| p.ends_with("charte.lock")));
    // Something the run did not expect appears where the snapshot goes.
    let snapshot = d.join("pages/fr/.charte/sources").join(format!("{}.md", charte::drift::version(TAR_FR)));
    write(d, &snapshot.join("in-the-way").strip_prefix(d).unwrap().to_string_lossy(), "x");
    assert!(plan.commit(&root).is_err());
    assert_eq!(read(d, "charte.lock"), before);
    assert_eq!(read(d, "pages/de/tar.md"), TAR_DE);
    assert!(!d.join("pages/fr/.charte/units/de.json").exists());
    let leftovers: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".charte-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// `check --base` reads every master at the revision by its path from the top of the
/// repository, whatever characters the path holds and wherever the project lies in it: only
/// the masters edited since make units stale, and a master the revision does not have is new.
#[test]
fn base_reads_masters_of_any_name_in_a_project_below_the_top() {
    let repo = tempfile::tempdir().unwrap();
    let top = repo.path();
    if !git_init(top) {
        return;
    }
    let d = &top.join("site à part");
    let config = "master = \"fr\"\ndocuments = [\"pages/{lang}/*.md\"]\n\
                  [rules]\nuntranslated = \"off\"\nunsynced = \"off\"\n[sync]\nrecords = \"lockfile\"\n";
    write(d, "charte.toml", config);
    let mut names = vec!["tar", "mise à jour", " lead", "日本語", "a  b"];
    if cfg!(unix) {
        // No line of `git cat-file --batch` input can name it: read on its own.
        names.push("new\nline");
    }
    for name in &names {
        write(d, &format!("pages/fr/{name}.md"), TAR_FR);
        write(d, &format!("pages/de/{name}.md"), TAR_DE);
    }
    assert!(git_in(top, &["add", "-A"]) && git_in(top, &["commit", "-qm", "site"]));
    let (code, json, err) = check(d, &["--base", "HEAD"]);
    assert_eq!((code, rules(&json)), (0, vec![]), "{err}");
    let edited = TAR_FR.replace("Archiver des fichiers.", "Archiver des fichiers et des dossiers.");
    let mut stale: Vec<(String, String)> = Vec::new();
    for name in names.iter().filter(|n| **n != "tar") {
        write(d, &format!("pages/fr/{name}.md"), &edited);
        stale.push(("stale".to_owned(), format!("pages/de/{name}.md")));
    }
    // A page added since: nothing of it is stale.
    write(d, "pages/fr/cp.md", &edited);
    write(d, "pages/de/cp.md", TAR_DE);
    let (code, json, err) = check(d, &["--base", "HEAD"]);
    assert_eq!(code, 1, "{err}");
    let mut found = rules(&json);
    found.sort();
    stale.sort();
    assert_eq!(found, stale, "{json}");
    // The same from the top of the repository, through the configuration's path.
    let (code, out, err) =
        run(top, &["--config", "site à part/charte.toml", "check", "--base", "HEAD", "--format", "json"]);
    assert_eq!(code, 1, "{out}{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rules(&json).len(), stale.len(), "{json}");
    // A revision that starts with `-` is refused; outside a repository, `--base` is an error.
    let (code, _, err) = check(d, &["--base=-p"]);
    assert_eq!(code, 2, "{err}");
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "charte.toml", config);
    write(outside.path(), "pages/fr/tar.md", TAR_FR);
    write(outside.path(), "pages/de/tar.md", TAR_DE);
    let (code, _, err) = check(outside.path(), &["--base", "HEAD"]);
    assert_eq!(code, 2, "{err}");
}
