//! `charte status` in every format, through the real binary: a row per document under each
//! language, units added to and removed from the master, findings with their rule and line,
//! the version and day each file was synced to, and an HTML page that renders the master's
//! inline Markdown and nothing else of the documents.

mod common;

use common::{charte, charter_copy, check_json, git_in, git_init};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join("charter").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn line_of(dir: &Path, file: &str, prefix: &str) -> usize {
    let text = std::fs::read_to_string(dir.join("charter").join(file)).unwrap();
    text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1
}

/// `charte status ARGS` in `dir`: its standard output, after checking it succeeded.
fn status(dir: &Path, args: &[&str]) -> String {
    let out = charte(dir).arg("status").args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn status_json(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&status(dir, &["--format", "json"])).unwrap()
}

fn language<'a>(json: &'a serde_json::Value, lang: &str) -> &'a serde_json::Value {
    json["languages"].as_array().unwrap().iter().find(|l| l["lang"] == lang).unwrap()
}

/// The cell of the text table in the row that starts with `first`, under the header `column`.
fn cell(text: &str, first: &str, column: &str) -> String {
    let mut lines = text.lines().skip_while(|l| !l.contains(column));
    let header = lines.next().unwrap_or_else(|| panic!("no header {column}: {text}"));
    let at = header[..header.find(column).unwrap()].chars().count();
    let row =
        lines.find(|l| l.split_whitespace().next() == Some(first)).unwrap_or_else(|| panic!("no row {first}: {text}"));
    row.chars().skip(at).collect::<String>().split_whitespace().next().unwrap_or_default().to_owned()
}

const MASTER_A: &str = "---\ntitle: Titre\n---\n\n## Partie\n\n1. **Un** texte.\n2. Deux textes.\n";
const MASTER_B: &str = "---\ntitle: Guide\n---\n\n## Début\n\nUn paragraphe du guide.\n";
const DE_A: &str = "---\ntitle: Title\n---\n\n## Teil\n\n1. **Ein** Text.\n2. Zwei Texte.\n";
const DE_B: &str = "---\ntitle: Leitfaden\n---\n\n## Anfang\n\nEin Absatz des Leitfadens.\n";
const EN_A: &str = "---\ntitle: Title\n---\n\n## Part\n\n1. **One** text.\n2. Two texts.\n";
const EN_B: &str = "---\ntitle: Handbook\n---\n\n## Start\n\nA paragraph of the guide.\n";

/// A site in the directory-per-language layout: two documents, two languages, committed to git
/// (when git is there) before the translations are synced.
fn site() -> (tempfile::TempDir, bool) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n");
    write(d, "docs/fr/index.md", MASTER_A);
    write(d, "docs/fr/guide/start.md", MASTER_B);
    write(d, "docs/de/index.md", DE_A);
    write(d, "docs/de/guide/start.md", DE_B);
    write(d, "docs/en/index.md", EN_A);
    write(d, "docs/en/guide/start.md", EN_B);
    let git = git_init(d) && git_in(d, &["add", "."]) && git_in(d, &["commit", "-qm", "masters"]);
    let out = charte(d).args(["sync", "--all"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    (dir, git)
}

#[test]
fn a_synced_multi_document_project_has_a_row_per_document_and_says_when_each_was_synced() {
    let (dir, git) = site();
    let d = dir.path();
    let json = status_json(d);
    assert_eq!(json["documents"], 2, "{json}");
    let day = git.then(|| {
        let out =
            std::process::Command::new("git").args(["log", "-1", "--format=%cs"]).current_dir(d).output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    });
    for lang in ["de", "en"] {
        let row = language(&json, lang);
        assert_eq!((row["documents"].as_u64(), row["synced_documents"].as_u64()), (Some(2), Some(2)), "{row}");
        let files = row["files"].as_array().unwrap();
        let mut paths: Vec<&str> = files.iter().map(|f| f["file"].as_str().unwrap()).collect();
        paths.sort_unstable();
        assert_eq!(paths, [format!("docs/{lang}/guide/start.md"), format!("docs/{lang}/index.md")], "{row}");
        for f in files {
            // Each file records the version of its own master, and the day git first had it.
            let master = std::fs::read_to_string(d.join(f["master"].as_str().unwrap())).unwrap();
            assert_eq!(f["version"].as_str(), Some(charte::drift::version(&master).as_str()), "{f}");
            assert_eq!(f["synced"], true, "{f}");
            assert_eq!(f["date"].as_str(), day.as_deref(), "{f}");
            assert_eq!(f["up_to_date"], f["total"], "{f}");
        }
    }
    // The text table: a row per document under each language, a version on every synced file.
    let text = status(d, &[]);
    assert!(!text.contains("never"), "a synced file is never 'never': {text}");
    assert!(text.contains("2/2 synced"), "{text}");
    for lang in ["de", "en"] {
        let index = format!("docs/{lang}/index.md");
        let version = charte::drift::version(MASTER_A);
        assert_eq!(cell(&text, &index, "Synced to"), version, "{text}");
        if let Some(day) = &day {
            assert!(text.contains(&format!("{version} ({day})")), "{text}");
        }
        let lang_line = text.lines().position(|l| l.starts_with(&format!("{lang} "))).unwrap();
        let doc_line = text.lines().position(|l| l.trim_start().starts_with(&index)).unwrap();
        assert!(doc_line > lang_line, "the documents come under their language: {text}");
    }
    // Markdown and HTML have the rows too.
    let markdown = status(d, &["--format", "markdown"]);
    assert!(markdown.contains("| ↳ docs/de/index.md |") && !markdown.contains("never"), "{markdown}");
    let html = status(d, &["--format", "html"]);
    assert_eq!(html.matches("<tr class=\"doc ").count(), 4, "{html}");
    assert!(html.contains("data-file=\"docs/en/guide/start.md\"") && !html.contains(">never<"), "{html}");
}

#[test]
fn a_value_added_to_the_master_and_another_removed_are_counted_and_listed() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "\n\n\n_Version", "\n9. Une **nouvelle** valeur.\n\n\n_Version");
    let text = status(d, &[]);
    assert_eq!((cell(&text, "de", "Added"), cell(&text, "de", "Removed")), ("1".into(), "0".into()), "{text}");
    let after = line_of(d, "de.md", "8. ");
    assert!(text.contains(&format!("charter/de.md:{after}: added to the master: value 9 (value.9)")), "{text}");
    let json = status_json(d);
    let de = language(&json, "de");
    assert_eq!((de["added"].as_u64(), de["removed"].as_u64()), (Some(1), Some(0)), "{de}");
    let unit = &de["files"][0]["units"][0];
    assert_eq!((unit["state"].as_str(), unit["unit"].as_str()), (Some("added"), Some("value.9")), "{unit}");
    assert_eq!(unit["line"].as_u64(), Some(after as u64), "{unit}");
    assert!(unit["text"].as_str().unwrap().contains("nouvelle"), "the text to translate: {unit}");
    // `check` reports the same unit at the same line.
    let (_, check) = check_json(d, &["charter/de.md"]);
    let finding = &check["diagnostics"][0];
    assert_eq!((finding["unit"].as_str(), finding["line"].as_u64()), (Some("value.9"), Some(after as u64)));
    let markdown = status(d, &["--format", "markdown"]);
    assert!(markdown.contains("| de | ✓ ok | 18/19 (94%) | 0 | 1 | 0 | 0 |"), "{markdown}");
    let html = status(d, &["--format", "html"]);
    assert!(html.contains("Une <strong>nouvelle</strong> valeur."), "the master's text, rendered: {html}");

    // Value 5 deleted instead, the next ones renumbered.
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/fr.md");
    let fr = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = Vec::new();
    for line in fr.split_inclusive('\n') {
        match line.get(..3) {
            Some("5. ") => {}
            Some(n @ ("6. " | "7. " | "8. ")) => {
                lines.push(format!("{}. {}", n[..1].parse::<u8>().unwrap() - 1, &line[3..]))
            }
            _ => lines.push(line.to_owned()),
        }
    }
    std::fs::write(&path, lines.concat()).unwrap();
    let text = status(d, &[]);
    assert_eq!((cell(&text, "it", "Added"), cell(&text, "it", "Removed")), ("0".into(), "1".into()), "{text}");
    assert_eq!(cell(&text, "it", "Stale"), "0", "renumbered values are not stale: {text}");
    let five = line_of(d, "it.md", "5. ");
    assert!(text.contains(&format!("charter/it.md:{five}: removed from the master: value 5 (value.5)")), "{text}");
    let json = status_json(d);
    let it = language(&json, "it");
    assert_eq!((it["added"].as_u64(), it["removed"].as_u64(), it["moved"].as_u64()), (Some(0), Some(1), Some(3)));
    let removed: Vec<&serde_json::Value> =
        it["files"][0]["units"].as_array().unwrap().iter().filter(|u| u["state"] == "removed").collect();
    assert_eq!(removed.len(), 1, "{it}");
    assert_eq!(removed[0]["line"].as_u64(), Some(five as u64));
    assert!(removed[0]["text"].as_str().unwrap().contains("rigueur scientifique"), "{it}");
    // The page says which translated unit to delete: its place and its text.
    let html = status(d, &["--format", "html"]);
    let section = &html[html.find("<section id=\"removed\"").expect("a section of removed units")..];
    let it_text = std::fs::read_to_string(d.join("charter/it.md")).unwrap();
    let it_five = it_text.lines().nth(five - 1).unwrap();
    assert!(section.contains(&format!("charter/it.md:{five}")), "{section}");
    // Its text, its bold rendered as the master's is.
    let bold = it_five.split("**").nth(1).unwrap();
    assert!(section.contains(&format!("<strong>{}</strong>", charte::report::html_escape(bold))), "{section}");
    let words = it_five.split("**").last().unwrap().trim();
    assert!(section.contains(&charte::report::html_escape(words)), "{section}");
}

#[test]
fn findings_are_listed_with_their_rule_and_line_in_every_format() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "es.md", "**pacifista.**", "pacifista.");
    let (_, check) = check_json(d, &["charter/es.md"]);
    let finding = check["diagnostics"].as_array().unwrap().iter().find(|x| x["severity"] == "error").unwrap();
    let (rule, line) = (finding["rule"].as_str().unwrap(), finding["line"].as_u64().unwrap());
    let text = status(d, &[]);
    assert_eq!(cell(&text, "es", "Structure"), "✗", "{text}");
    assert!(text.contains(&format!("charter/es.md:{line}: error[{rule}]: ")), "{text}");
    let json = status_json(d);
    let es = &language(&json, "es")["files"][0];
    assert_eq!(es["errors"], 1, "{es}");
    let listed = &es["findings"][0];
    assert_eq!((listed["rule"].as_str(), listed["line"].as_u64()), (Some(rule), Some(line)), "{es}");
    assert_eq!(listed["severity"], "error");
    let markdown = status(d, &["--format", "markdown"]);
    assert!(markdown.contains(&format!("- charter/es.md:{line}: error\\[{rule}\\]: ")), "{markdown}");
    // Configured, each place links to its line.
    write(d, "charte.toml", "[status]\nline-url = \"https://example.org/o/r/blob/main/{path}#L{line}\"\n");
    let html = status(d, &["--format", "html"]);
    let link = format!("href=\"https://example.org/o/r/blob/main/charter/es.md#L{line}\"");
    assert!(html.contains(&link), "{html}");
    let markdown = status(d, &["--format", "markdown"]);
    assert!(markdown.contains(&format!("(<https://example.org/o/r/blob/main/charter/es.md#L{line}>)")), "{markdown}");
    // The command line's pattern wins over the configuration's.
    let html = status(d, &["--format", "html", "--line-url", "https://example.com/{path}?line={line}"]);
    assert!(html.contains(&format!("href=\"https://example.com/charter/es.md?line={line}\"")), "{html}");
    assert!(!html.contains("href=\"https://example.org/"), "{html}");
    let out = charte(d).args(["status", "--line-url", "data:text/html,{path}"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("is not a line address"), "{err}");
    // An address that is not a web page's is refused where it is written.
    write(d, "charte.toml", "[status]\nline-url = \"javascript:alert(1)//{path}\"\n");
    let out = charte(d).arg("status").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charte.toml:2:"), "{err}");
}

#[test]
fn the_page_renders_the_masters_markdown_escapes_html_and_keeps_the_spaces_of_diffs() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    edit(d, "fr.md", "prend le soin de refléter", &format!("veille à refléter {payload}"));
    edit(d, "de.md", "## ", &format!("## {payload} "));
    let html = status(d, &["--format", "html"]);
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "the payload is shown as text: {html}");
    // Bold rendered, not shown as asterisks, in the diff of value 3.
    assert!(html.contains("Pause IA est <strong>orientée vers l’action.</strong>"), "{html}");
    assert!(!html.contains("**orientée"), "{html}");
    // The deleted and the inserted word keep their space.
    assert!(html.contains("n’attendons <del>pas</del> <ins>jamais</ins> la perfection"), "{html}");
    // Filters by language and by state, without a script: radio buttons and CSS.
    for lang in common::LANGS {
        assert!(html.contains(&format!(">{lang}</label>")), "{lang}: {html}");
    }
    for state in ["errors", "stale", "added", "removed", "untranslated"] {
        assert!(html.contains(&format!("<input class=\"filter\" type=\"radio\" name=\"fs\" id=\"fs-{state}\">")));
        assert!(html.contains(&format!("#fs-{state}:checked~main .sf:not(.s-{state}){{display:none}}")), "{html}");
    }
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'"), "{html}");
}
