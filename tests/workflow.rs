//! A new user's project: every file is checked against the right master from any directory,
//! files outside the layouts are not translations, orphans are reported, a configuration that
//! matches nothing fails, and mistyped languages and units get a helpful error.

mod common;

use common::{charte, git_in, git_init, json_in};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const INDEX_FR: &str = "---\ntitle: Accueil\n---\n\n## Bienvenue\n\nUn **texte** ici.\n";
const INDEX_EN: &str = "---\ntitle: Home\n---\n\n## Welcome\n\nA **text** here.\n";
const GUIDE_FR: &str = "---\ntitle: Installer\n---\n\n## Prérequis\n\n1. **Un** outil.\n2. **Deux** outils.\n\n## Étapes\n\nFaire `make`.\n";
const GUIDE_EN: &str =
    "---\ntitle: Install\n---\n\n## Requirements\n\n1. **One** tool.\n2. **Two** tools.\n\n## Steps\n\nRun `make`.\n";

/// A directory-per-language site: two documents, English complete and correct.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n[rules]\nunsynced = \"off\"\n");
    write(d, "docs/fr/index.md", INDEX_FR);
    write(d, "docs/fr/guide/install.md", GUIDE_FR);
    write(d, "docs/en/index.md", INDEX_EN);
    write(d, "docs/en/guide/install.md", GUIDE_EN);
    write(d, "README.md", "# Project\n\nNot a translation.\n");
    write(d, "CHANGELOG.md", "# Changes\n\n- one\n- two\n");
    dir
}

#[test]
fn a_file_given_from_another_directory_is_checked_against_its_own_master() {
    let dir = site();
    let d = dir.path();
    // From the language's directory, by its bare name.
    let (code, json, err) = json_in(&d.join("docs/en"), &["index.md"]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(json["summary"]["files"], 1, "{json}");
    assert_eq!(json["diagnostics"], serde_json::json!([]), "{json}");
    // A broken copy is compared with docs/fr/index.md, not with another master.
    write(d, "docs/en/index.md", &INDEX_EN.replace("**", ""));
    let (code, json, _) = json_in(&d.join("docs/en"), &["index.md"]);
    assert_eq!(code, 1);
    let source = json["diagnostics"][0]["source_file"].as_str().unwrap();
    assert!(source.ends_with("docs/fr/index.md"), "{source}");
    // By absolute path, from the root and from elsewhere.
    let absolute = d.join("docs/en/guide/install.md");
    for cwd in [d.to_path_buf(), d.join("docs/en"), d.join("docs")] {
        let (code, json, err) = json_in(&cwd, &[absolute.to_str().unwrap()]);
        assert_eq!(code, 0, "{}: {json} {err}", cwd.display());
        assert_eq!(json["summary"]["files"], 1);
    }
    // And through `..`.
    let (code, json, _) = json_in(&d.join("docs/en/guide"), &["../index.md"]);
    assert_eq!((code, json["summary"]["files"].as_u64()), (1, Some(1)), "{json}");
}

#[test]
fn files_outside_every_layout_are_skipped_not_checked() {
    let dir = site();
    let d = dir.path();
    let (code, json, err) = json_in(d, &["README.md", "CHANGELOG.md", "docs/en/index.md"]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(json["diagnostics"], serde_json::json!([]), "{json}");
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["skipped"], 2);
    assert_eq!(json["skipped"], serde_json::json!(["README.md", "CHANGELOG.md"]));
    // Human output says so, and still passes.
    let out = charte(d).args(["check", "README.md", "CHANGELOG.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("README.md") && text.contains("not checked"), "{text}");
    // The master given as an argument stands for all its translations.
    let (_, json, _) = json_in(d, &["docs/fr/guide/install.md"]);
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["skipped"], 0);
}

#[test]
fn a_translation_without_master_is_an_orphan() {
    let dir = site();
    let d = dir.path();
    write(d, "docs/en/old/removed.md", INDEX_EN);
    let (code, json, _) = json_in(d, &[]);
    assert_eq!(code, 0, "a warning: {json}");
    let orphans: Vec<&serde_json::Value> =
        json["diagnostics"].as_array().unwrap().iter().filter(|x| x["rule"] == "orphan-translation").collect();
    assert_eq!(orphans.len(), 1, "{json}");
    assert_eq!(orphans[0]["file"], "docs/en/old/removed.md");
    assert_eq!(orphans[0]["severity"], "warning");
    // Given on the command line, the orphan is reported, not checked against a guessed master.
    let (_, json, _) = json_in(d, &["docs/en/old/removed.md"]);
    let rules: Vec<&str> =
        json["diagnostics"].as_array().unwrap().iter().map(|x| x["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["orphan-translation"], "{json}");
    // `status` shows it too.
    let out = charte(d).args(["status", "--format", "json"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("orphan-translation") && text.contains("removed.md"), "{text}");
}

#[test]
fn a_configuration_that_matches_nothing_fails() {
    let dir = site();
    let d = dir.path();
    for (config, needle) in [
        ("master = \"french\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n", "docs/french"),
        ("master = \"fr\"\ndocuments = [\"doc/{lang}/**/*.md\"]\n", "doc/fr"),
        ("master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.mdx\"]\n", "docs/{lang}/**/*.mdx"),
    ] {
        write(d, "charte.toml", config);
        for args in [&["check"][..], &["status"][..], &["sync", "--all"][..]] {
            let out = charte(d).args(args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{config} {args:?}: {err}");
            assert!(err.contains(needle), "{config} {args:?}: {err}");
        }
    }
    // A configured language with no file at all.
    write(
        d,
        "charte.toml",
        "master = \"fr\"\nlanguages = [\"en\", \"pt-BR\"]\ndocuments = [\"docs/{lang}/**/*.md\"]\n",
    );
    let out = charte(d).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("pt-BR") && err.contains("docs/pt-BR"), "{err}");
}

#[test]
fn mistyped_languages_and_units_get_a_helpful_error() {
    let dir = common::charter_copy();
    let d = dir.path();
    let run = |args: &[&str]| {
        let out = charte(d).args(args).output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, err) = run(&["init", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("fr") && err.contains("master"), "{err}");
    let (code, err) = run(&["init", "pt_BR"]);
    assert_eq!(code, 2);
    assert!(err.contains("pt-BR"), "{err}");
    assert!(!d.join("charter/pt_BR.md").exists());
    let (code, err) = run(&["sync", "DE"]);
    assert_eq!(code, 2);
    assert!(err.contains("“de”") || err.contains("\"de\""), "{err}");
    let (code, err) = run(&["diff", "de", "--unit", "value.42"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("value.42") && err.contains("value.8") && err.contains("title"), "{err}");
}

/// `--base REV` adds the units that the master's changes since REV make stale; it does not hide
/// those that each translation's own sync record makes stale.
#[test]
fn base_and_sync_records_agree() {
    let dir = common::charter_copy();
    let d = dir.path();
    let git = |args: &[&str]| git_in(d, args);
    if !git_init(d) {
        return;
    }
    // The master changed and the change was committed: the records say value 5 is stale.
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replacen("prend le soin de refléter", "veille à refléter", 1)).unwrap();
    assert!(git(&["add", "."]) && git(&["commit", "-qm", "master edit"]));
    let stale = |json: &serde_json::Value| {
        let mut units: Vec<(String, String)> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["rule"] == "stale")
            .map(|x| (x["file"].as_str().unwrap().to_owned(), x["unit"].as_str().unwrap().to_owned()))
            .collect();
        units.sort();
        units
    };
    let (code, plain, _) = json_in(d, &[]);
    assert_eq!(code, 1);
    assert_eq!(stale(&plain).len(), common::LANGS.len(), "{plain}");
    // Nothing changed since HEAD, yet the records still make value 5 stale.
    let (code, based, _) = json_in(d, &["--base", "HEAD"]);
    assert_eq!(code, 1);
    assert_eq!(stale(&based), stale(&plain));
    // A further edit since HEAD adds its unit once, not twice.
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replacen("veille à refléter", "veille toujours à refléter", 1)).unwrap();
    let (_, based, _) = json_in(d, &["--base", "HEAD"]);
    assert_eq!(stale(&based), stale(&plain), "one finding per unit");
}

/// A volunteer's fresh clone: `.charte/` was never committed. A translation synced to the
/// current master is clean; once the master changes, the version each translation recorded is
/// found in the master's git history, so the findings are `stale` with the word diff, not
/// `unsynced` with advice to re-sync blindly.
#[test]
fn a_fresh_clone_needs_no_snapshot_file() {
    let origin = common::charter_copy();
    let o = origin.path();
    std::fs::remove_dir_all(o.join("charter/.charte")).unwrap();
    let git = git_in;
    if !git_init(o) {
        return;
    }
    assert!(git(o, &["add", "-A"]) && git(o, &["commit", "-qm", "charter"]));
    let clone = tempfile::tempdir().unwrap();
    let c = clone.path().join("site");
    assert!(git(clone.path(), &["clone", "-q", o.to_str().unwrap(), "site"]));
    let (code, json, err) = json_in(&c, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    // The master changes and the change is committed.
    let fr = std::fs::read_to_string(c.join("charter/fr.md")).unwrap();
    std::fs::write(c.join("charter/fr.md"), fr.replacen("prend le soin de refléter", "veille à refléter", 1)).unwrap();
    assert!(git(&c, &["commit", "-qam", "master edit"]));
    let (code, json, _) = json_in(&c, &[]);
    assert_eq!(code, 1);
    let rules: Vec<&str> =
        json["diagnostics"].as_array().unwrap().iter().map(|x| x["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, vec!["stale"; common::LANGS.len()], "{json}");
    let diff = json["diagnostics"][0]["diff"].as_array().unwrap();
    assert!(diff.iter().any(|op| op["op"] == "insert" && op["text"].as_str().unwrap().contains("veille")), "{json}");
    // The message gives the record line to paste for a volunteer editing on a web page.
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    let start = message.find("source_version: ").expect("the record line");
    let line = message[start..].split('`').next().unwrap();
    // Pasting it, as on GitHub's web page (the translator updated the unit first), is a sync.
    let file = json["diagnostics"][0]["file"].as_str().unwrap();
    let text = std::fs::read_to_string(c.join(file)).unwrap();
    let old = text.lines().find(|l| l.starts_with("source_version:")).unwrap();
    std::fs::write(c.join(file), text.replacen(old, line, 1)).unwrap();
    let (code, json, _) = json_in(&c, &[file]);
    assert_eq!((code, json["diagnostics"].clone()), (0, serde_json::json!([])), "{line}");
}

/// A YAML mistake is one finding, on the line of its cause in the file's coordinates, in the
/// reader's language, and no `unsynced` error comes with it.
#[test]
fn a_yaml_error_is_one_finding_in_file_coordinates() {
    let dir = common::charter_copy();
    let d = dir.path();
    let de = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    std::fs::write(d.join("charter/de.md"), de.replacen("title: ", "title ", 1)).unwrap();
    let (code, json, _) = json_in(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{json}");
    assert_eq!((diags[0]["rule"].as_str(), diags[0]["line"].as_u64()), (Some("front-matter"), Some(2)), "{json}");
    let out = charte(d).args(["--lang", "fr", "check", "charter/de.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("clé: valeur") && text.contains("charter/de.md:2:1"), "{text}");
    // Another YAML error keeps the parser's words but not its coordinates, which count lines
    // inside the front matter.
    std::fs::write(d.join("charter/de.md"), de.replacen("title: ", "title: \"", 1)).unwrap();
    let (_, json, _) = json_in(d, &["charter/de.md"]);
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{json}");
    let message = diags[0]["message"].as_str().unwrap();
    assert!(!message.contains(" at line "), "{message}");
}

/// Without `charte.toml`, the default layout is relative to the repository's root: a volunteer
/// in `charter/` checks `de.md` against `charter/fr.md`.
#[test]
fn without_configuration_the_repository_root_is_the_project_root() {
    let dir = common::charter_copy();
    let d = dir.path();
    if !git_init(d) {
        return;
    }
    let (code, json, err) = json_in(&d.join("charter"), &["de.md"]);
    assert_eq!((code, json["summary"]["files"].as_u64()), (0, Some(1)), "{json} {err}");
    assert_eq!(json["summary"]["skipped"], 0);
    let (code, json, _) = json_in(&d.join("charter/.charte"), &[]);
    assert_eq!((code, json["summary"]["files"].as_u64()), (0, Some(common::LANGS.len() as u64)), "{json}");
    // Outside any repository and away from the layout: nothing is guessed.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = charte(elsewhere.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("charter/fr.md"));
}

/// `sync` names the files it created that git does not track yet, with the `git add` to run,
/// so that `git commit -am` does not leave them behind.
#[test]
fn sync_names_the_files_git_does_not_track() {
    let dir = common::charter_copy();
    let d = dir.path();
    let git = |args: &[&str]| git_in(d, args);
    if !git_init(d) {
        return;
    }
    assert!(git(&["add", "-A"]) && git(&["commit", "-qm", "charter"]));
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replacen("prend le soin de refléter", "veille à refléter", 1)).unwrap();
    let de = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    let line = de.lines().find(|l| l.starts_with("5. ")).unwrap();
    std::fs::write(d.join("charter/de.md"), de.replacen(line, &format!("{line} "), 1).replacen(" \n", "!\n", 1))
        .unwrap();
    let out = charte(d).args(["sync", "de", "--accept-unchanged"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let add = text.lines().find(|l| l.contains("git add")).unwrap_or_else(|| panic!("{text}"));
    assert!(add.contains("charter/.charte/sources/"), "the new snapshot: {add}");
    assert!(!add.contains("charter/de.md"), "a tracked file is not listed: {add}");
    // Once added, nothing is listed.
    assert!(git(&["add", "-A"]) && git(&["commit", "-qm", "sync"]));
    let out = charte(d).args(["sync", "de"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("git add"));
}
