//! Output safety (issue #12): file names and document text are data in every format, human
//! output stays bounded on hostile input, and a failed write to standard output is an error.

mod common;

use common::{charte, charter_copy, check_json};
use std::path::Path;

/// A file name that tries everything: bidi override, zero-width space, soft hyphen, an escape
/// sequence, BEL, CR LF, then lines forging a clean summary and a workflow command.
const EVIL: &str =
    "a\u{202e}b\u{200b}c\u{ad}\u{1b}[31md\u{7}\r\nChecked 5 files: no problem found.\n::error file=x::forged";

/// Characters that must never reach the output raw.
const RAW: &[char] = &[
    '\u{1b}', '\u{7}', '\r', '\0', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200e}', '\u{200b}', '\u{ad}', '\u{feff}',
    '\u{2060}', '\u{fffd}',
];

fn assert_no_raw(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|c| RAW.contains(c)) {
        panic!("{what}: raw {c:?} in {text:?}");
    }
}

fn assert_no_forged_line(what: &str, text: &str) {
    for line in text.lines() {
        assert!(
            !line.starts_with("Checked 5 files") && !line.starts_with("::error file=x"),
            "{what}: forged line {line:?} in {text}"
        );
    }
}

/// A project whose master and Spanish translation are named [`EVIL`] (a directory layout),
/// the translation synced, then the master changed: every command has a path to print.
fn evil_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let charter = common::root().join("charter");
    std::fs::create_dir_all(d.join("docs/fr")).unwrap();
    std::fs::create_dir_all(d.join("docs/es")).unwrap();
    std::fs::write(d.join("charte.toml"), "documents = [\"docs/{lang}/**/*.md\"]\n").unwrap();
    std::fs::copy(charter.join("fr.md"), d.join(format!("docs/fr/{EVIL}.md"))).unwrap();
    let es = std::fs::read_to_string(charter.join("es.md")).unwrap();
    std::fs::write(d.join(format!("docs/es/{EVIL}.md")), es).unwrap();
    let out = charte(d).args(["sync", "es"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fr = std::fs::read_to_string(d.join(format!("docs/fr/{EVIL}.md"))).unwrap();
    std::fs::write(d.join(format!("docs/fr/{EVIL}.md")), fr.replace("prend le soin", "veille")).unwrap();
    // A structural error too, so that every format has a finding with a snippet.
    let es = std::fs::read_to_string(d.join(format!("docs/es/{EVIL}.md"))).unwrap();
    std::fs::write(d.join(format!("docs/es/{EVIL}.md")), es.replacen("**orientada", "orientada", 1)).unwrap();
    dir
}

fn stdout(d: &Path, args: &[&str]) -> String {
    let out = charte(d).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn file_names_are_shown_escaped_in_human_check() {
    let dir = evil_project();
    let text = stdout(dir.path(), &["check"]);
    assert_no_raw("human", &text);
    assert_no_forged_line("human", &text);
    assert!(text.contains("docs/es/a\\u{202e}b"), "{text}");
    for shown in ["\\u{202e}", "\\u{200b}", "\\u{ad}", "\\u{1b}", "\\u{7}", "\\u{d}", "\\u{a}"] {
        assert!(text.contains(shown), "{shown} not in {text}");
    }
    // The master's location in the notes is escaped the same way.
    assert!(
        text.contains("master: docs/fr/a\\u{202e}b\\u{200b}c\\u{ad}\\u{1b}[31md\\u{7}\\u{d}\\u{a}Checked"),
        "{text}"
    );
}

#[test]
fn file_names_are_escaped_in_github_annotations() {
    let dir = evil_project();
    let text = stdout(dir.path(), &["check", "--format", "github"]);
    assert_no_raw("github", &text);
    assert!(text.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ")), "{text}");
    // In properties `:` and `,` are escaped too; the name shows visibly.
    assert!(text.contains("file=docs/es/a\\u{202e}b\\u{200b}c\\u{ad}\\u{1b}[31md\\u{7}\\u{d}\\u{a}Checked 5 files%3A no problem found.\\u{a}%3A%3Aerror file=x%3A%3Aforged.md,line="), "{text}");
}

#[test]
fn file_names_are_escaped_in_markdown() {
    let dir = evil_project();
    let text = stdout(dir.path(), &["check", "--format", "markdown"]);
    assert_no_raw("markdown", &text);
    assert_no_forged_line("markdown", &text);
    // The backslash of the visible escape is itself escaped for Markdown.
    assert!(text.contains("docs/es/a\\\\u{202e}b"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("charter")).unwrap();
    let charter = common::root().join("charter");
    std::fs::copy(charter.join("fr.md"), d.join("charter/fr.md")).unwrap();
    let cell = "x | <img src=x onerror=alert(1)> | y";
    std::fs::copy(charter.join("es.md"), d.join(format!("charter/{cell}.md"))).unwrap();
    let text = stdout(d, &["check", "--format", "markdown", &format!("charter/{cell}.md")]);
    assert!(!text.contains("<img") && text.contains("x \\| &lt;img"), "{text}");
}

#[test]
fn file_names_in_json_and_sarif_are_exact_and_escaped() {
    let dir = evil_project();
    let d = dir.path();
    for format in ["json", "sarif"] {
        let text = stdout(d, &["check", "--format", format]);
        assert_no_raw(format, &text);
        assert!(text.lines().count() > 10 && text.lines().all(|l| !l.starts_with("Checked")), "{format}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        if format == "json" {
            // The JSON string decodes to the exact path: tools can open the file.
            let file = json["diagnostics"][0]["file"].as_str().unwrap();
            assert_eq!(file, format!("docs/es/{EVIL}.md"));
            assert!(text.contains("\\u202e"), "{text}");
        }
    }
    let text = stdout(d, &["status", "--format", "json"]);
    assert_no_raw("status json", &text);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["source"].as_str().unwrap(), format!("docs/fr/{EVIL}.md"));
}

#[test]
fn file_names_are_escaped_by_status_diff_init_and_sync() {
    let dir = evil_project();
    let d = dir.path();
    // (`status --format markdown` prints no path.)
    for args in [&["status"][..], &["status", "--format", "html"], &["diff", "es"]] {
        let text = stdout(d, args);
        assert_no_raw(&format!("{args:?}"), &text);
        assert_no_forged_line(&format!("{args:?}"), &text);
        assert!(text.contains("u{202e}b"), "{args:?}: {text}");
    }
    let html = stdout(d, &["status", "--format", "html"]);
    assert!(!html.contains("<img") && html.contains("a\\u{202e}b"), "{html}");
    let text = stdout(d, &["init", "pt"]);
    assert_no_raw("init", &text);
    assert_no_forged_line("init", &text);
    assert!(text.contains("docs/pt/a\\u{202e}b"), "{text}");
    // Sync refuses the broken translation; repair it, then sync prints the name.
    let es = std::fs::read_to_string(common::root().join("charter/es.md")).unwrap();
    std::fs::write(d.join(format!("docs/es/{EVIL}.md")), es).unwrap();
    let text = stdout(d, &["sync", "es"]);
    assert_no_raw("sync", &text);
    assert_no_forged_line("sync", &text);
    assert!(text.contains("docs/es/a\\u{202e}b"), "{text}");
}

#[test]
fn document_text_is_shown_escaped_with_the_span_in_place() {
    let dir = charter_copy();
    let d = dir.path();
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    // Invisible and bidi characters before the stray `**`, and a link whose target hides one.
    let evil = value3.replacen("3. Pause IA", "3. P\u{202e}a\u{200b}u\u{2066}se \u{1b}[2J\u{85}IA", 1).replacen(
        "**orientada",
        "orientada",
        1,
    ) + " [x](https://example.org/\u{202e}gpj.exe)";
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &evil)).unwrap();
    let out = charte(d).args(["check", "charter/es.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_no_raw("human", &text);
    assert!(text.contains("3. P\\u{202e}a\\u{200b}u\\u{2066}se \\u{1b}[2J\\u{85}IA"), "{text}");
    assert!(text.contains("https://example.org/\\u{202e}gpj.exe"), "the message shows the URL: {text}");
    // The caret stays under the stray `**`.
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("error[unclosed-emphasis]")).expect("finding");
    let source = lines[at + 3];
    let carets = lines[at + 4];
    assert_eq!(under_carets(source, carets), "**", "{source}\n{carets}");
    for format in ["github", "markdown", "sarif", "json"] {
        let out = charte(d).args(["check", "charter/es.md", "--format", format]).output().unwrap();
        assert_no_raw(format, &String::from_utf8(out.stdout).unwrap());
    }
}

/// The characters of a snippet line above the carets of the next line (one column each here).
fn under_carets(source: &str, carets: &str) -> String {
    let column = carets.find('^').expect("carets");
    let width = carets[column..].chars().take_while(|c| *c == '^').count();
    source.chars().skip(column).take(width.min(2)).collect()
}

/// A translation of about 260 KB whose value 3 has 10 000 extra links on its line.
fn many_links(d: &Path, count: usize) {
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let links: String = (0..count).map(|n| format!(" [a](https://x.org/{n:05})")).collect();
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &format!("{value3}{links}"))).unwrap();
}

#[test]
fn many_findings_on_one_long_line_are_capped_and_fast() {
    let dir = charter_copy();
    let d = dir.path();
    many_links(d, 10_000);
    let out = charte(d).args(["check", "charter/es.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("error[link-mismatch]").count(), 50, "{}", &text[..2000]);
    assert!(text.contains("and 9950 more link-mismatch findings in charter/es.md"), "{}", &text[text.len() - 2000..]);
    // And two warnings: the value is now 20 000 characters longer (`length-ratio`) and ends with
    // a link, not a full stop (`end-punctuation`).
    assert!(text.contains("warning[length-ratio]") && text.contains("warning[end-punctuation]"));
    assert!(text.ends_with("10000 errors, 2 warnings in 1 file.\n"), "{}", &text[text.len() - 500..]);
    // Each snippet shows a window of the 250 KB line, not the line.
    assert!(text.lines().all(|l| l.chars().count() < 300), "a long line is printed whole");
    assert!(text.len() < 100_000, "{} bytes", text.len());
    // JSON lists the first thousand of a rule in a file and counts every finding: memory stays
    // bounded however many there are.
    let (_, json) = check_json(d, &["charter/es.md"]);
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), charte::check::KEPT_PER_RULE + 2);
    assert_eq!(json["summary"]["errors"], 10_000);
    assert_eq!(json["summary"]["omitted"], 10_000 - charte::check::KEPT_PER_RULE);
    // GitHub annotations and Markdown are for people too: capped the same way.
    let github = stdout(d, &["check", "charter/es.md", "--format", "github"]);
    assert_eq!(github.lines().count(), 53, "{}", &github[..500]);
    assert!(github.lines().last().unwrap().contains("9950"), "{github}");
    let markdown = stdout(d, &["check", "charter/es.md", "--format", "markdown"]);
    assert!(markdown.lines().count() < 70, "{}", markdown.lines().count());
}

#[test]
fn the_cap_is_localized() {
    let dir = charter_copy();
    let d = dir.path();
    many_links(d, 60);
    let out = charte(d).args(["--lang", "fr", "check", "charter/es.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("et 10 autres signalements link-mismatch dans charter/es.md"),
        "{}",
        &text[text.len() - 800..]
    );
}

#[test]
fn a_long_line_is_cut_around_the_span_on_character_boundaries() {
    let dir = charter_copy();
    let d = dir.path();
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    // Multibyte text on both sides of a stray `**` far into the line.
    let long = format!("{value3} {} **{}", "éàü€𝄞 ".repeat(2000), "ñø€𝄞 ".repeat(2000));
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &long)).unwrap();
    let out = charte(d).args(["check", "charter/es.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("error[unclosed-emphasis]")).expect(&text);
    assert!(
        lines[at + 1].ends_with(&format!(
            "charter/es.md:22:{}",
            long.rfind(" **").map(|i| long[..i].chars().count() + 2).unwrap()
        )),
        "{}",
        lines[at + 1]
    );
    let (source, carets) = (lines[at + 3], lines[at + 4]);
    assert!(source.contains('…') && source.chars().count() < 300, "{source}");
    assert_eq!(under_carets(source, carets), "**", "{source}\n{carets}");
}

/// The binary as a plain process, for redirections `assert_cmd` does not offer.
fn bin(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_charte"));
    cmd.current_dir(dir).env_clear().env("NO_COLOR", "1");
    cmd
}

#[test]
fn a_full_disk_on_standard_output_is_an_error() {
    let dir = charter_copy();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = bin(dir.path()).arg("check").stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("charte: error: cannot write the output:"), "{err}");
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = bin(dir.path()).args(["--lang", "de", "status"]).stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("die Ausgabe kann nicht geschrieben werden"));
    // JSON is written as it is produced: the error is caught there too.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = bin(dir.path()).args(["check", "--format", "json"]).stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = charter_copy();
    let d = dir.path();
    many_links(d, 2000);
    for format in ["human", "json"] {
        let mut child = bin(d)
            .args(["check", "charter/es.md", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err, "", "{format}");
        // Not killed by a signal, not panicked.
        assert!(out.status.code().is_some_and(|c| c != 101), "{format}: {:?}", out.status);
    }
}

#[test]
fn operational_errors_show_paths_escaped() {
    let dir = charter_copy();
    let out = charte(dir.path()).args(["check", "--source", "nowhere\u{202e}.md\ncharte: forged"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_no_raw("stderr", &err);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("nowhere\\u{202e}.md\\u{a}charte: forged"), "{err}");
}
