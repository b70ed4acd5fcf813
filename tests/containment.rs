//! Containment: nothing is read or written outside the project, and nothing hangs.
//!
//! The project root is the directory of `charte.toml`, else the repository root (a `.git`
//! entry upwards), else the working directory. Each test builds its attack in a temporary copy
//! of the charter and runs the real binary, with a time limit where the old behaviour was a
//! hang.

mod common;

use common::{charte, charter_copy, check_json, findings};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::time::Duration;

/// What a hostile link points to: text that must never appear in any output.
const SECRET: &str = "SECRET-TOKEN-4f1c9e";

/// A file outside the project holding the secret, shaped like a translation.
fn secret_outside() -> tempfile::TempDir {
    let outside = tempfile::tempdir().unwrap();
    let text = format!("---\ntitle: {SECRET}\n---\n\n## {SECRET}\n\n1. {SECRET} **x**\n");
    std::fs::write(outside.path().join("secret.md"), text).unwrap();
    outside
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

fn run(cmd: &mut assert_cmd::Command) -> (Option<i32>, String, String) {
    let out = cmd.timeout(Duration::from_secs(20)).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The (rule, message) of the findings on one file of a JSON report.
fn on_file(json: &serde_json::Value, name: &str) -> Vec<(String, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().is_some_and(|f| f.ends_with(name)))
        .map(|d| (d["rule"].as_str().unwrap().to_owned(), d["message"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn layout_paths_that_leave_the_project_are_located_configuration_errors() {
    let cases = [
        ("documents = [\"../outside/{lang}.md\"]\n", 1, 14),
        ("documents = [\"/etc/{lang}.md\"]\n", 1, 14),
        ("documents = [\"docs/{lang}/../../../x/*.md\"]\n", 1, 14),
        ("master = \"fr\"\nignore = [\"../x/**\"]\n", 2, 11),
        ("[fluent]\nsource = \"en\"\npattern = \"../locales/{lang}/app.ftl\"\n", 3, 11),
        ("[fluent]\nsource = \"en\"\npattern = \"/locales/{lang}/app.ftl\"\n", 3, 11),
        ("[fluent]\nsource = \"../en\"\npattern = \"locales/{lang}/app.ftl\"\n", 2, 10),
        ("documents = [\"charter\\\\..\\\\..\\\\{lang}.md\"]\n", 1, 14),
    ];
    for (toml, line, column) in cases {
        let dir = charter_copy();
        let d = dir.path();
        write(d, "charte.toml", toml);
        let (code, stdout, stderr) = run(charte(d).arg("check"));
        assert_eq!(code, Some(2), "{toml}: {stdout}{stderr}");
        assert!(stderr.contains(&format!("charte.toml:{line}:{column}:")), "{toml}: {stderr}");
        assert!(stderr.contains("inside the project"), "{toml}: {stderr}");
    }
}

#[test]
fn a_translation_linked_out_of_the_project_is_invalid_input_and_never_shown() {
    let dir = charter_copy();
    let d = dir.path();
    let outside = secret_outside();
    std::fs::remove_file(d.join("charter/de.md")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), d.join("charter/de.md")).unwrap();
    // `/etc/passwd` and `/dev/stdin` through links: refused as well.
    std::fs::remove_file(d.join("charter/it.md")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", d.join("charter/it.md")).unwrap();
    std::fs::remove_file(d.join("charter/nl.md")).unwrap();
    std::os::unix::fs::symlink("/dev/stdin", d.join("charter/nl.md")).unwrap();
    for format in ["human", "json", "github", "sarif", "markdown"] {
        let (code, stdout, stderr) = run(charte(d).args(["check", "--format", format]));
        assert_eq!(code, Some(1), "{format}: {stdout}{stderr}");
        assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{format}: {stdout}{stderr}");
        assert!(!stdout.contains("root:") && !stderr.contains("root:"), "{format}: {stdout}{stderr}");
    }
    let (_, json) = check_json(d, &[]);
    for name in ["de.md", "it.md", "nl.md"] {
        let found = on_file(&json, name);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        assert_eq!(found[0].0, "invalid-input", "{name}: {found:?}");
        assert!(found[0].1.contains("outside the project"), "{name}: {found:?}");
    }
    // Named on the command line, the same.
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    assert_eq!(findings(&json), [("invalid-input".to_owned(), "de.md".to_owned(), 1)]);
}

#[test]
fn links_that_stay_inside_the_project_are_followed() {
    let dir = charter_copy();
    let d = dir.path();
    std::fs::create_dir(d.join("elsewhere")).unwrap();
    std::fs::rename(d.join("charter/de.md"), d.join("elsewhere/de.md")).unwrap();
    std::os::unix::fs::symlink("../elsewhere/de.md", d.join("charter/de.md")).unwrap();
    let (code, json) = check_json(d, &[]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn a_master_linked_out_of_the_project_is_an_operational_error() {
    let dir = charter_copy();
    let d = dir.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::rename(d.join("charter/fr.md"), outside.path().join("fr.md")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("fr.md"), d.join("charter/fr.md")).unwrap();
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("charter/fr.md") && stderr.contains("outside the project"), "{stderr}");
    // Also given with --source, and for the other commands that read it.
    let secret = secret_outside();
    let link = d.join("master.md");
    std::os::unix::fs::symlink(secret.path().join("secret.md"), &link).unwrap();
    for args in [&["check", "--source", "master.md"][..], &["parse", "master.md"], &["status"], &["diff", "de"]] {
        let (code, stdout, stderr) = run(charte(d).args(args));
        assert_eq!(code, Some(2), "{args:?}: {stdout}{stderr}");
        assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{args:?}: {stdout}{stderr}");
    }
}

#[test]
fn pipes_are_refused_at_once_never_read() {
    let dir = charter_copy();
    let d = dir.path();
    // A translation that is a FIFO: a finding, and the others are still checked.
    std::fs::remove_file(d.join("charter/de.md")).unwrap();
    mkfifo(&d.join("charter/de.md"));
    let (code, stdout, stderr) = run(charte(d).args(["check", "--format", "json"]));
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let found = on_file(&json, "de.md");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "invalid-input");
    assert!(found[0].1.contains("not a regular file"), "{found:?}");
    assert_eq!(json["summary"]["files"], 5);
    // The master a FIFO: an operational error.
    let dir = charter_copy();
    let d = dir.path();
    std::fs::remove_file(d.join("charter/fr.md")).unwrap();
    mkfifo(&d.join("charter/fr.md"));
    for args in [&["check"][..], &["parse"], &["status"], &["sync", "de"]] {
        let (code, stdout, stderr) = run(charte(d).args(args));
        assert_eq!(code, Some(2), "{args:?}: {stdout}{stderr}");
        assert!(stderr.contains("charter/fr.md"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_snapshot_that_is_a_pipe_or_a_link_out_is_an_operational_error() {
    let dir = charter_copy();
    let d = dir.path();
    let sources = d.join("charter/.charte/sources");
    let snapshot = std::fs::read_dir(&sources).unwrap().next().unwrap().unwrap().path();
    // The master moves on, so that the recorded version's snapshot is needed.
    let master = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), master.replacen("prend le soin de refléter", "veille à refléter", 1))
        .unwrap();
    std::fs::remove_file(&snapshot).unwrap();
    mkfifo(&snapshot);
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains(&snapshot.file_name().unwrap().to_string_lossy().into_owned()), "{stderr}");
    // Every command that reads it.
    for args in [&["status"][..], &["diff", "de"]] {
        let (code, stdout, stderr) = run(charte(d).args(args));
        assert_eq!(code, Some(2), "{args:?}: {stdout}{stderr}");
    }
    // The same snapshot as a link out of the project, holding the right text.
    let outside = tempfile::tempdir().unwrap();
    std::fs::remove_file(&snapshot).unwrap();
    std::fs::write(outside.path().join("snap.md"), &master).unwrap();
    std::os::unix::fs::symlink(outside.path().join("snap.md"), &snapshot).unwrap();
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("outside the project"), "{stderr}");
}

#[test]
fn a_unit_record_that_is_a_pipe_does_not_hang_sync() {
    let dir = charter_copy();
    let d = dir.path();
    let record = d.join("charter/.charte/units/de.json");
    std::fs::remove_file(&record).unwrap();
    mkfifo(&record);
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replace("prend le soin", "veille")).unwrap();
    let de = std::fs::read(d.join("charter/de.md")).unwrap();
    let (code, stdout, stderr) = run(charte(d).args(["sync", "de"]));
    // The record is read (for rubber stamps) through the guards: refused at once, nothing
    // written, the pipe left as it is.
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("units/de.json"), "{stderr}");
    assert_eq!(std::fs::read(d.join("charter/de.md")).unwrap(), de);
    assert!(std::fs::symlink_metadata(&record).unwrap().file_type().is_fifo());
}

#[test]
fn devices_and_stdin_behind_links_inside_the_project_are_not_read() {
    // `/dev/zero` would never end; `/dev/stdin` would wait for input. Both are outside the
    // project and not regular files: refused before any read.
    let dir = charter_copy();
    let d = dir.path();
    std::fs::remove_file(d.join("charter/es.md")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("charter/es.md")).unwrap();
    std::fs::remove_file(d.join("charter/en.md")).unwrap();
    std::os::unix::fs::symlink("/dev/stdin", d.join("charter/en.md")).unwrap();
    let out = charte(d)
        .args(["check", "--format", "json"])
        .timeout(Duration::from_secs(20))
        .write_stdin("---\ntitle: from stdin\n---\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for name in ["es.md", "en.md"] {
        let found = on_file(&json, name);
        assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["invalid-input"], "{name}: {found:?}");
    }
}

#[test]
fn the_size_read_is_capped() {
    let dir = charter_copy();
    let d = dir.path();
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    let fr_len = std::fs::metadata(d.join("charter/fr.md")).unwrap().len();
    // A cap above the master's size, below a padded translation's.
    let cap = fr_len + 100;
    write(d, "charte.toml", &format!("max-file-size = {cap}\n"));
    std::fs::write(d.join("charter/es.md"), format!("{es}\n{}\n", "a ".repeat(cap as usize))).unwrap();
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    let found = on_file(&json, "es.md");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "invalid-input");
    assert!(found[0].1.contains(&cap.to_string()), "{found:?}");
    // In units, as a string; the master above the cap is an operational error.
    write(d, "charte.toml", "max-file-size = \"1 KiB\"\n");
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("charter/fr.md") && stderr.contains("1024"), "{stderr}");
    // A value that is no size: a located configuration error.
    for (bad, column) in [("\"lots\"", 17), ("-1", 17), ("\"64 XB\"", 17), ("0", 17)] {
        write(d, "charte.toml", &format!("master = \"fr\"\nmax-file-size = {bad}\n"));
        let (code, stdout, stderr) = run(charte(d).arg("check"));
        assert_eq!(code, Some(2), "{bad}: {stdout}{stderr}");
        assert!(stderr.contains(&format!("charte.toml:2:{column}:")), "{bad}: {stderr}");
    }
    std::fs::write(d.join("charter/es.md"), es).unwrap();
    write(d, "charte.toml", "max-file-size = \"64 MiB\"\n");
    let (code, json) = check_json(d, &[]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn a_configuration_that_is_no_regular_file_in_the_project_is_an_error() {
    // A directory, a FIFO, a link out of the project: never silently ignored.
    let dir = charter_copy();
    let d = dir.path();
    std::fs::create_dir(d.join("charte.toml")).unwrap();
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("charte.toml"), "{stderr}");

    let dir = charter_copy();
    let d = dir.path();
    mkfifo(&d.join("charte.toml"));
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("charte.toml") && stderr.contains("is not a file"), "{stderr}");
    // Found from a subdirectory too.
    let (code, _, stderr) = run(charte(&d.join("charter")).arg("check"));
    assert_eq!(code, Some(2), "{stderr}");

    let dir = charter_copy();
    let d = dir.path();
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "charte.toml", "documents = [\"charter/{lang}.md\"]\n");
    std::os::unix::fs::symlink(outside.path().join("charte.toml"), d.join("charte.toml")).unwrap();
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("outside the project"), "{stderr}");

    // --config FILE: read with the same guards.
    let dir = charter_copy();
    let d = dir.path();
    mkfifo(&d.join("other.toml"));
    let (code, stdout, stderr) = run(charte(d).args(["--config", "other.toml", "check"]));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("other.toml") && stderr.contains("is not a file"), "{stderr}");
    let (code, stdout, stderr) = run(charte(d).args(["--config", "/dev/zero", "check"]));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_bad_base_revision_is_an_operational_error_never_an_option() {
    if std::process::Command::new("git").arg("--version").output().is_err() {
        eprintln!("git is not available: skipping check --base");
        return;
    }
    let dir = charter_copy();
    let d = dir.path();
    git(d, &["init", "-q"]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "one"]);
    // An option where a revision is expected: refused before git runs.
    for rev in ["--output=pwned", "-p", "--exec=touch pwned"] {
        let (code, stdout, stderr) = run(charte(d).arg("check").arg(format!("--base={rev}")));
        assert_eq!(code, Some(2), "{rev}: {stdout}{stderr}");
        assert!(stderr.contains("not a revision"), "{rev}: {stderr}");
        let left: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("pwned"))
            .collect();
        assert!(left.is_empty(), "{rev}: {left:?}");
    }
    // Unknown revision, or no commit: exit 2, never a silent run without drift.
    for rev in ["nope", "HEAD~5", "HEAD:charter"] {
        let (code, stdout, stderr) = run(charte(d).args(["check", "--base", rev]));
        assert_eq!(code, Some(2), "{rev}: {stdout}{stderr}");
    }
    // The master empty at the base: git gave nothing to compare with.
    std::fs::write(d.join("charter/fr.md"), "").unwrap();
    git(d, &["commit", "-q", "-am", "empty"]);
    git(d, &["checkout", "-q", "HEAD~1", "--", "charter/fr.md"]);
    let (code, stdout, stderr) = run(charte(d).args(["check", "--base", "HEAD"]));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("HEAD"), "{stderr}");
    // A good base still works.
    let (code, stdout, stderr) = run(charte(d).args(["check", "--base", "HEAD~1"]));
    assert_eq!(code, Some(0), "{stdout}{stderr}");
}

#[test]
fn discovery_does_not_follow_a_linked_language_directory_out_of_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let outside = secret_outside();
    write(d, "charte.toml", "master = \"fr\"\nlanguages = [\"de\"]\ndocuments = [\"docs/{lang}/**/*.md\"]\n");
    write(d, "docs/fr/index.md", "---\ntitle: Titre\n---\n\n## Partie\n\n1. **Un** texte.\n");
    std::fs::rename(outside.path().join("secret.md"), outside.path().join("index.md")).unwrap();
    std::fs::write(outside.path().join("extra.md"), SECRET).unwrap();
    std::os::unix::fs::symlink(outside.path(), d.join("docs/de")).unwrap();
    let (code, stdout, stderr) = run(charte(d).args(["check", "--format", "json"]));
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{stdout}{stderr}");
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let found = on_file(&json, "index.md");
    assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["invalid-input"], "{found:?}");
    // The master's directory linked out: no master is found there, which is a configuration
    // that matches nothing.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let outside = secret_outside();
    write(d, "charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n");
    write(d, "docs/de/secret.md", "---\ntitle: x\n---\n");
    std::fs::create_dir_all(d.join("docs")).unwrap();
    std::os::unix::fs::symlink(outside.path(), d.join("docs/fr")).unwrap();
    let (code, stdout, stderr) = run(charte(d).args(["check", "--format", "json"]));
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{stdout}{stderr}");
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("no master document"), "{stderr}");
}

#[test]
fn the_root_is_the_repository_without_a_configuration() {
    // No charte.toml: the repository root (a `.git` entry upwards) bounds the reads, so a link
    // from `charter/` to a sibling directory of the repository is followed, one above is not.
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    let copy = charter_copy();
    std::fs::rename(copy.path().join("charter"), repo.join("charter")).unwrap();
    std::fs::create_dir(repo.join("shared")).unwrap();
    std::fs::rename(repo.join("charter/de.md"), repo.join("shared/de.md")).unwrap();
    std::os::unix::fs::symlink("../shared/de.md", repo.join("charter/de.md")).unwrap();
    std::fs::rename(repo.join("charter/it.md"), dir.path().join("it.md")).unwrap();
    std::os::unix::fs::symlink("../../it.md", repo.join("charter/it.md")).unwrap();
    let (code, json) = check_json(&repo.join("charter"), &["--source", "fr.md", "de.md", "it.md"]);
    assert_eq!(code, 1);
    assert_eq!(findings(&json), [("invalid-input".to_owned(), "it.md".to_owned(), 1)]);
}

/// Writes go through `charte::containment::check_write`, which `sync.rs` calls after the
/// integration of the sync rewrite (the unit tests of `check_write` cover the refusals now).
#[test]
fn sync_never_writes_through_a_linked_directory() {
    for linked in ["charter/.charte", "charter/.charte/sources", "charter/.charte/units"] {
        let dir = charter_copy();
        let d = dir.path();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("store");
        std::fs::rename(d.join(linked), &target).unwrap();
        std::os::unix::fs::symlink(&target, d.join(linked)).unwrap();
        let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
        std::fs::write(d.join("charter/fr.md"), fr.replace("prend le soin", "veille")).unwrap();
        let before: Vec<_> = walk(&target);
        let (code, stdout, stderr) = run(charte(d).args(["sync", "de"]));
        assert_eq!(code, Some(2), "{linked}: {stdout}{stderr}");
        assert_eq!(walk(&target), before, "{linked}");
    }
}

fn walk(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn fluent_files_are_read_with_the_same_guards() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let outside = secret_outside();
    write(
        d,
        "charte.toml",
        "documents = [\"docs/{lang}.md\"]\n[fluent]\nsource = \"en\"\npattern = \"i18n/{lang}/app.ftl\"\n",
    );
    write(d, "docs/fr.md", "---\ntitle: Titre\n---\n\n## Partie\n");
    write(d, "i18n/en/app.ftl", "hello = Hello\n");
    write(d, "i18n/fr/app.ftl", "hello = Bonjour\n");
    std::fs::create_dir_all(d.join("i18n/de")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), d.join("i18n/de/app.ftl")).unwrap();
    std::fs::create_dir_all(d.join("i18n/nl")).unwrap();
    mkfifo(&d.join("i18n/nl/app.ftl"));
    let (code, stdout, stderr) = run(charte(d).args(["check", "--format", "json"]));
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{stdout}{stderr}");
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for (lang, needle) in [("de", "outside the project"), ("nl", "not a regular file")] {
        let found = on_file(&json, &format!("{lang}/app.ftl"));
        assert_eq!(found.len(), 1, "{lang}: {found:?}");
        assert_eq!(found[0].0, "invalid-input", "{lang}: {found:?}");
        assert!(found[0].1.contains(needle), "{lang}: {found:?}");
    }
    // The source locale linked out: an operational error.
    std::fs::remove_file(d.join("i18n/en/app.ftl")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), d.join("i18n/en/app.ftl")).unwrap();
    let (code, stdout, stderr) = run(charte(d).arg("check"));
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{stdout}{stderr}");
}
