//! `charte.toml`: layouts (a file per language, a directory per language), rule levels,
//! ignored paths, Fluent locales, and located configuration errors.

mod common;

use common::{charte, check_json, findings, root};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const MASTER: &str = "---\ntitle: Titre\n---\n\n## Partie\n\n1. **Un** texte.\n2. Deux textes.\n";
const GOOD: &str = "---\ntitle: Title\n---\n\n## Part\n\n1. **One** text.\n2. Two texts.\n";
const BAD: &str = "---\ntitle: Title\n---\n\n## Part\n\n1. One text.\n2. Two texts.\n";

/// A site in the directory-per-language layout: three documents, two languages.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n[rules]\nunsynced = \"off\"\n");
    for doc in ["index.md", "guide/start.md", "guide/deep/faq.md"] {
        write(d, &format!("docs/fr/{doc}"), MASTER);
        write(d, &format!("docs/de/{doc}"), GOOD);
    }
    write(d, "docs/en/index.md", GOOD);
    write(d, "docs/en/guide/start.md", BAD);
    dir
}

#[test]
fn directory_per_language_pairs_documents_by_relative_path() {
    let dir = site();
    let d = dir.path();
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    let mut f = findings(&json);
    f.sort();
    assert_eq!(
        f,
        [
            ("missing-translation".to_owned(), "faq.md".to_owned(), 1),
            ("strong-count".to_owned(), "start.md".to_owned(), 7),
        ]
    );
    let diags = json["diagnostics"].as_array().unwrap();
    let strong = diags.iter().find(|x| x["rule"] == "strong-count").unwrap();
    assert_eq!(strong["file"], "docs/en/guide/start.md");
    assert_eq!(strong["source_file"], "docs/fr/guide/start.md");
    let missing = diags.iter().find(|x| x["rule"] == "missing-translation").unwrap();
    assert_eq!(missing["file"], "docs/en/guide/deep/faq.md");
    assert_eq!(json["summary"]["files"], 5);
    // One file, found in the layout: its master is the French document at the same place.
    let (code, json) = check_json(d, &["docs/en/guide/start.md"]);
    assert_eq!(code, 1);
    assert_eq!(json["diagnostics"][0]["source_file"], "docs/fr/guide/start.md");
    // From a subdirectory, the configuration in a parent applies.
    let out = charte(&d.join("docs")).args(["check", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 5);
}

#[test]
fn file_per_language_layout_and_explicit_languages() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "charte.toml",
        "master = \"fr\"\nlanguages = [\"en\", \"de\"]\ndocuments = [\"pages/{lang}.md\"]\n[rules]\nunsynced = \"off\"\n",
    );
    write(d, "pages/fr.md", MASTER);
    write(d, "pages/en.md", GOOD);
    write(d, "pages/it.md", BAD);
    // A configured language without a single file is a configuration mistake, not a gap.
    let out = charte(d).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("de") && err.contains("pages/de.md"), "{err}");
    write(d, "pages/de.md", GOOD);
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 0, "it is not a configured language: {json}");
    assert_eq!(findings(&json), []);
    assert_eq!(json["summary"]["files"], 2);
}

#[test]
fn rule_levels_and_ignored_paths() {
    let dir = site();
    let d = dir.path();
    write(
        d,
        "charte.toml",
        "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\nignore = [\"docs/*/guide/deep/**\"]\n[rules]\nunsynced = \"off\"\nstrong-count = \"warning\"\n",
    );
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 0);
    let f = findings(&json);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(json["diagnostics"][0]["severity"], "warning");
    // The command line overrides the configuration.
    let (code, _) = check_json(d, &["--deny", "strong-count"]);
    assert_eq!(code, 1);
}

#[test]
fn configured_fluent_locales_are_checked() {
    let dir = site();
    let d = dir.path();
    write(
        d,
        "charte.toml",
        "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n[rules]\nunsynced = \"off\"\nmissing-translation = \"off\"\nstrong-count = \"off\"\n[fluent]\nsource = \"en\"\npattern = \"i18n/{lang}/app.ftl\"\n",
    );
    write(d, "i18n/en/app.ftl", "hello = Hello { $name }\nbye = Bye\n");
    write(d, "i18n/fr/app.ftl", "hello = Bonjour\n");
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    let mut rules: Vec<_> = findings(&json).into_iter().map(|f| f.0).collect();
    rules.sort();
    assert_eq!(rules, ["ftl-missing", "ftl-variables"]);
}

#[test]
fn configuration_errors_are_located() {
    let cases = [
        ("unknown = 1\n", "charte.toml:1:1:"),
        ("master = \"fr\"\ndocuments = [\"docs/x.md\"]\n", "charte.toml:2:"),
        ("[rules]\nstale = \"loud\"\n", "charte.toml:2:"),
        ("[rules]\nno-such-rule = \"off\"\n", "charte.toml:2:1:"),
        ("master = \"FR\"\n", "charte.toml:1:"),
        ("[fluent]\nsource = \"en\"\npattern = \"x.ftl\"\n", "charte.toml:3:"),
        ("master = [\n", "charte.toml:1:"),
    ];
    for (text, location) in cases {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "charte.toml", text);
        let out = charte(dir.path()).arg("check").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{text}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(location), "{text}: {stderr}");
    }
    // --config names a file explicitly.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "conf/c.toml", "bogus = true\n");
    let out = charte(dir.path()).args(["--config", "conf/c.toml", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("conf/c.toml:1:1:"));
}

#[test]
fn without_configuration_the_charter_defaults_apply() {
    let out = charte(&root()).args(["check", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["source"], "charter/fr.md");
    assert_eq!(json["summary"]["files"], 5);
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = charte(&root()).args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("charte") && text.contains("sync"), "{shell}");
    }
    let out = charte(&root()).arg("man").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(".ie") || text.contains(".TH charte"), "{}", &text[..200.min(text.len())]);
    assert!(text.contains("check"));
}
