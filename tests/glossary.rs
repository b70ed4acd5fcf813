//! The glossary (issue #16): `[glossary]` of `charte.toml` or a file of its own, the
//! `glossary` rule on the repository's charter and its translations, located errors in the
//! glossary, and what `untranslated` takes as identical by design.

mod common;

use common::{charte, charter_copy, check_json, findings, root};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A copy of the charter with the repository's own configuration (its glossary).
fn charter_with_glossary() -> tempfile::TempDir {
    let dir = charter_copy();
    std::fs::copy(root().join("charte.toml"), dir.path().join("charte.toml")).unwrap();
    dir
}

/// Replaces `from` with `to` in a translation of the copy; the line it is on (1-based).
fn edit(dir: &Path, lang: &str, from: &str, to: &str) -> u64 {
    let path = dir.join(format!("charter/{lang}.md"));
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find(from).unwrap_or_else(|| panic!("{lang}: {from:?} not found"));
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    text[..at].matches('\n').count() as u64 + 1
}

fn glossary_findings(dir: &Path) -> (i32, Vec<(String, u64)>, serde_json::Value) {
    let (code, json) = check_json(dir, &["--allow", "stale"]);
    let found = findings(&json).into_iter().filter(|f| f.0 == "glossary").map(|f| (f.1, f.2)).collect();
    (code, found, json)
}

#[test]
fn the_repositorys_glossary_is_read_and_the_charter_follows_it() {
    let dir = charter_with_glossary();
    let (code, json) = check_json(dir.path(), &[]);
    assert_eq!((code, findings(&json)), (0, vec![]));
    // The German translation writes "wissenschaftlicher Sorgfalt" for "wissenschaftliche
    // Sorgfalt" and "künstlichen Intelligenz" for "künstliche Intelligenz": inflected, accepted.
    let de = std::fs::read_to_string(dir.path().join("charter/de.md")).unwrap();
    assert!(de.contains("wissenschaftlicher Sorgfalt") && de.contains("künstlichen Intelligenz"));
}

#[test]
fn a_term_without_its_rendering_is_a_warning_at_the_unit() {
    let dir = charter_with_glossary();
    let line = edit(dir.path(), "de", "wissenschaftlicher Sorgfalt", "wissenschaftlicher Genauigkeit");
    let (code, found, json) = glossary_findings(dir.path());
    assert_eq!(found, [("de.md".to_owned(), line)]);
    assert_eq!(code, 0, "a warning: {json}");
    let d = json["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "glossary").unwrap();
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["unit"], "value.5");
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("rigueur scientifique") && message.contains("wissenschaftliche Sorgfalt"), "{message}");
    // The English translation has its own rendering, and is not held to the German one.
    let line = edit(dir.path(), "en", "scientific rigour", "scientific accuracy");
    let (_, found, json) = glossary_findings(dir.path());
    assert_eq!(found, [("de.md".to_owned(), 24), ("en.md".to_owned(), line)]);
    let en = json["diagnostics"].as_array().unwrap().iter().find(|d| d["file"] == "charter/en.md").unwrap();
    assert!(en["message"].as_str().unwrap().contains("scientific rigour"), "{en}");
    // `--deny glossary` makes it an error.
    let (code, _) = check_json(dir.path(), &["--allow", "stale", "--deny", "glossary"]);
    assert_eq!(code, 1);
}

#[test]
fn a_kept_term_altered_is_a_warning() {
    let dir = charter_with_glossary();
    let line = edit(dir.path(), "en", "Pause IA is an inclusive", "Pause AI is an inclusive");
    let (code, found, json) = glossary_findings(dir.path());
    assert_eq!(found, [("en.md".to_owned(), line)]);
    assert_eq!(code, 0);
    let d = json["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "glossary").unwrap();
    assert!(d["message"].as_str().unwrap().contains("Pause IA"), "{d}");
    // Letter case is part of a kept term.
    let dir = charter_with_glossary();
    let line = edit(dir.path(), "es", "Pause IA es una asociación inclusiva", "Pause Ia es una asociación inclusiva");
    let (_, found, _) = glossary_findings(dir.path());
    assert_eq!(found, [("es.md".to_owned(), line)]);
}

#[test]
fn messages_are_worded_in_the_readers_language() {
    let dir = charter_with_glossary();
    edit(dir.path(), "de", "wissenschaftlicher Sorgfalt", "wissenschaftlicher Genauigkeit");
    let out = charte(dir.path()).args(["--lang", "de", "check", "--allow", "stale"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("„rigueur scientifique“ aus dem Original") && text.contains("Glossar"), "{text}");
}

const MASTER: &str = "---\ntitle: Charte\nslug: charte\n---\n\n## Accueil\n\nPause IA croit en la rigueur scientifique.\n\nPause IA, 2024\n";
const TRANSLATION: &str = "---\ntitle: Charter\nslug: charte\n---\n\n## Accueil\n\nPause AI believes in scientific accuracy.\n\nPause IA, 2024\n";

fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("[rules]\nunsynced = \"off\"\n{config}"));
    write(d, "charter/fr.md", MASTER);
    write(d, "charter/en.md", TRANSLATION);
    dir
}

const INLINE: &str = "[glossary]\nkeep = [\"Pause IA\"]\n\n[glossary.terms]\n\"rigueur scientifique\" = { en = \"scientific rigour\" }\n";

#[test]
fn the_glossary_may_be_a_file_of_its_own() {
    let expected = [
        ("untranslated".to_owned(), "en.md".to_owned(), 6),
        ("glossary".to_owned(), "en.md".to_owned(), 8),
        ("glossary".to_owned(), "en.md".to_owned(), 8),
    ];
    let dir = project(INLINE);
    assert_eq!(findings(&check_json(dir.path(), &[]).1), expected);
    let dir = project("[glossary]\nfile = \"i18n/glossary.toml\"\n");
    write(
        dir.path(),
        "i18n/glossary.toml",
        "keep = [\"Pause IA\"]\n\n[terms]\n\"rigueur scientifique\" = { en = \"scientific rigour\" }\n",
    );
    assert_eq!(findings(&check_json(dir.path(), &[]).1), expected);
    // The file is read relative to charte.toml, from any directory of the project.
    let (_, json) = check_json(&dir.path().join("charter"), &[]);
    assert_eq!(findings(&json), expected);
}

/// `charte check` in a project with this configuration (and glossary file): exit code, stderr.
fn error_of(config: &str, file: Option<&str>) -> (Option<i32>, String) {
    let dir = project(config);
    if let Some(text) = file {
        write(dir.path(), "glossary.toml", text);
    }
    let out = charte(dir.path()).arg("check").output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_bad_glossary_is_a_located_error() {
    let cases: [(&str, Option<&str>, &str, &str); 8] = [
        ("[glossary]\nkeep = [\"Pause IA\"]\nterm = {}\n", None, "charte.toml:5:1", "term"),
        ("[glossary.terms]\n\"rigueur\" = { EN = \"rigour\" }\n", None, "charte.toml:4:15", "\"en\""),
        ("[glossary.terms]\n\"rigueur\" = { en = 3 }\n", None, "charte.toml:4:20", "string"),
        ("[glossary]\nkeep = [\"Pause IA\", 2]\n", None, "charte.toml:4:21", "string"),
        ("[glossary]\nfile = \"../glossary.toml\"\n", None, "charte.toml:4:8", "inside the project"),
        ("[glossary]\nfile = \"glossary.toml\"\nkeep = [\"x\"]\n", None, "charte.toml:5:8", "file"),
        (
            "[glossary]\nfile = \"glossary.toml\"\n",
            Some("keep = [\"x\"]\n[terms]\nx = { de = \"y\", fr_FR = \"z\" }\n"),
            "glossary.toml:3:17",
            "\"fr-FR\"",
        ),
        (
            "[glossary]\nfile = \"glossary.toml\"\n",
            Some("[glossary]\nkeep = [\"x\"]\n"),
            "glossary.toml:1:2",
            "glossary",
        ),
    ];
    for (config, file, at, needle) in cases {
        let (code, err) = error_of(config, file);
        assert_eq!(code, Some(2), "{config}: {err}");
        assert!(err.contains(at) && err.contains(needle), "{config}: expected {at} and {needle} in {err}");
    }
    // A glossary file that does not exist stops the run too.
    let (code, err) = error_of("[glossary]\nfile = \"nowhere.toml\"\n", None);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("nowhere.toml"), "{err}");
}

#[test]
fn untranslated_knows_identifiers_and_kept_terms() {
    // Without a glossary: the heading "Accueil" (one word) and the unit "Pause IA, 2024" are
    // identical to the master and reported; the identical slug is an identifier.
    let dir = project("");
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().map(|f| (f.0, f.2)).collect();
    assert_eq!(found, [("untranslated".to_owned(), 6), ("untranslated".to_owned(), 10)]);
    // With "Pause IA" kept, a unit of kept terms and numbers is the same in every language.
    let dir = project(INLINE);
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().filter(|f| f.0 == "untranslated").map(|f| f.2).collect();
    assert_eq!(found, [6]);
    // A unit identical to the master is not also a glossary finding: `untranslated` says it.
    let dir = project(INLINE);
    write(dir.path(), "charter/en.md", &MASTER.replace("slug: charte", "slug: charter"));
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().map(|f| (f.0, f.2)).collect();
    let untranslated = |l| ("untranslated".to_owned(), l);
    assert_eq!(found, [untranslated(2), untranslated(6), untranslated(8)]);
}
