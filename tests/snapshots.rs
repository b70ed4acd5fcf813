//! Snapshots of the human output, in English and French (reviewed by hand; `cargo insta
//! review` updates them): a translation with several problems, a stale unit (its change once;
//! in full with `--verbose`), a translation fresh from `init` (its units to translate in one
//! finding), a project of several documents per language, and the summary per language that
//! ends a check.

mod common;

use common::{charte, charter_copy};

fn broken() -> tempfile::TempDir {
    let dir = charter_copy();
    let d = dir.path();
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let broken = es
        .replace(&value3, &value3.replacen("**", "", 1))
        .replace("\n5. ", "\n6. ")
        .replace("10/10/2024", "11/10/2024");
    std::fs::write(d.join("charter/es.md"), broken).unwrap();
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replace("prend le soin de refléter", "veille à refléter")).unwrap();
    dir
}

fn human(lang: &str) -> String {
    let dir = broken();
    let out = charte(dir.path()).args(["--lang", lang, "check", "charter/es.md", "charter/it.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn human_output_in_english() {
    insta::assert_snapshot!(human("en"));
}

#[test]
fn human_output_in_french() {
    insta::assert_snapshot!(human("fr"));
}

/// A copy of the charter whose master changed value 5 since every translation was synced.
fn master_changed() -> tempfile::TempDir {
    let dir = charter_copy();
    let fr = std::fs::read_to_string(dir.path().join("charter/fr.md")).unwrap();
    std::fs::write(dir.path().join("charter/fr.md"), fr.replace("prend le soin de refléter", "veille à refléter"))
        .unwrap();
    dir
}

fn stdout(dir: &std::path::Path, args: &[&str], code: i32) -> String {
    let out = charte(dir).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// A stale unit: its change once, as a word diff around the change, under the translation's
/// line; then the language's summary with the command to run next.
fn stale(lang: &str, verbose: bool) -> String {
    let dir = master_changed();
    let mut args = vec!["--lang", lang, "check", "charter/de.md"];
    if verbose {
        args.push("--verbose");
    }
    stdout(dir.path(), &args, 1)
}

#[test]
fn stale_in_english() {
    let text = stale("en", false);
    assert_eq!(text.matches("Pause IA croit en la").count(), 0, "the unchanged start is cut: {text}");
    insta::assert_snapshot!(text);
}

#[test]
fn stale_in_french() {
    insta::assert_snapshot!(stale("fr", false));
}

#[test]
fn stale_verbose_in_english() {
    let text = stale("en", true);
    // The diff and the master's text before and after, each once.
    assert_eq!(text.matches("Pause IA croit en la").count(), 3, "{text}");
    insta::assert_snapshot!(text);
}

/// A translation just created by `init`: its units to translate in one finding.
fn fresh(lang: &str, verbose: bool) -> String {
    let dir = charter_copy();
    stdout(dir.path(), &["init", "pt-BR"], 0);
    let mut args = vec!["--lang", lang, "check", "charter/pt-BR.md"];
    if verbose {
        args.push("--verbose");
    }
    stdout(dir.path(), &args, 0)
}

#[test]
fn fresh_translation_in_english() {
    let text = fresh("en", false);
    assert_eq!(text.matches("warning[untranslated]").count(), 1, "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn fresh_translation_in_french() {
    insta::assert_snapshot!(fresh("fr", false));
}

#[test]
fn fresh_translation_verbose_shows_each_unit() {
    let text = fresh("en", true);
    assert_eq!(text.matches("warning[untranslated]").count(), 17, "{text}");
    assert!(text.ends_with("0 errors, 17 warnings in 1 file.\n"), "{text}");
}

const JOIN_FR: &str = "---\ntitle: Rejoindre\n---\n\n## Comment nous rejoindre\n\nÉcrivez-nous à l'adresse indiquée sur le site : nous répondons\nà chaque message dans la semaine.\n\n1. **Lisez** la charte.\n2. Présentez-vous.\n";
const JOIN_DE: &str = "---\ntitle: Mitmachen\n---\n\n## Wie Sie mitmachen\n\nÉcrivez-nous à l'adresse indiquée sur le site : nous répondons\nà chaque message dans la semaine.\n\n1. **Lesen Sie** die Charta.\n2. Stellen Sie sich vor.\n";

/// A project of two documents per language: German has both, Spanish only the charter. After
/// the sync, the master's charter changes and the German second page loses a bold span.
fn several_files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let charter = common::root().join("charter");
    std::fs::write(d.join("charte.toml"), "documents = [\"docs/{lang}/**/*.md\"]\n").unwrap();
    for lang in ["fr", "de", "es"] {
        std::fs::create_dir_all(d.join("docs").join(lang)).unwrap();
        std::fs::copy(charter.join(format!("{lang}.md")), d.join(format!("docs/{lang}/charte.md"))).unwrap();
    }
    std::fs::write(d.join("docs/fr/rejoindre.md"), JOIN_FR).unwrap();
    std::fs::write(d.join("docs/de/rejoindre.md"), JOIN_DE).unwrap();
    stdout(d, &["sync", "de", "es"], 0);
    let fr = std::fs::read_to_string(d.join("docs/fr/charte.md")).unwrap();
    std::fs::write(d.join("docs/fr/charte.md"), fr.replace("prend le soin de refléter", "veille à refléter")).unwrap();
    let de = std::fs::read_to_string(d.join("docs/de/rejoindre.md")).unwrap();
    std::fs::write(d.join("docs/de/rejoindre.md"), de.replace("**Lesen Sie**", "Lesen Sie")).unwrap();
    dir
}

fn multi_file(lang: &str) -> String {
    let dir = several_files();
    stdout(dir.path(), &["--lang", lang, "check"], 1)
}

#[test]
fn multi_file_in_english() {
    let text = multi_file("en");
    // The paragraph left in French goes on to the next line: its underline says so.
    assert!(text.contains("continues to line 9"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn multi_file_in_french() {
    insta::assert_snapshot!(multi_file("fr"));
}

/// The lines after the last finding: one per language, then the total.
fn summary_of(text: &str) -> String {
    let start = text.rfind("\n\n").map_or(0, |i| i + 2);
    let before = text[..start.saturating_sub(2)].rfind("\n\n").map_or(0, |i| i + 2);
    text[before..].to_owned()
}

/// The whole charter checked after a change to the master, with a new language started.
fn summary(lang: &str) -> String {
    let dir = master_changed();
    stdout(dir.path(), &["init", "pt-BR"], 0);
    let text = stdout(dir.path(), &["--lang", lang, "check"], 1);
    summary_of(&text)
}

#[test]
fn summary_in_english() {
    let text = summary("en");
    assert!(text.starts_with("de: 1 error, 0 warnings (1 stale unit)\n"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn summary_in_french() {
    insta::assert_snapshot!(summary("fr"));
}

/// The README's examples of human output are this program's output, to the byte.
#[test]
fn the_readme_shows_the_output_as_it_is() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let dir = charter_copy();
    let es = std::fs::read_to_string(dir.path().join("charter/es.md")).unwrap();
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    std::fs::write(dir.path().join("charter/es.md"), es.replace(&value3, &value3.replacen("**", "", 1))).unwrap();
    let broken = stdout(dir.path(), &["check", "charter/es.md"], 1);
    for (what, out) in [("a problem", broken), ("stale", stale("en", false)), ("init", fresh("en", false))] {
        assert!(readme.contains(&format!("```text\n{out}```\n")), "README's {what} example differs from:\n{out}");
    }
}
