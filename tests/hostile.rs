//! Hostile and broken input: `charte` never panics, never loses a byte, never lets content act.

mod common;

use common::{charte, charter_copy, check_json, findings};
use std::path::Path;

fn spanish(d: &Path) -> String {
    std::fs::read_to_string(d.join("charter/es.md")).unwrap()
}

#[test]
fn mixed_line_endings_and_no_final_newline_parse_as_clean() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let mixed: String =
        es.lines().enumerate().map(|(i, l)| format!("{l}{}", if i % 2 == 0 { "\r\n" } else { "\n" })).collect();
    std::fs::write(d.join("charter/es.md"), mixed.trim_end()).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn positions_are_right_with_crlf_and_bom() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let line = es.lines().position(|l| l.starts_with("3. ")).unwrap() as u64 + 1;
    let broken = es.replacen("**orientada", "orientada", 1).replace('\n', "\r\n");
    std::fs::write(d.join("charter/es.md"), [b"\xef\xbb\xbf".as_slice(), broken.as_bytes()].concat()).unwrap();
    let (_, json) = check_json(d, &["charter/es.md"]);
    let diags = json["diagnostics"].as_array().unwrap();
    let stray = diags.iter().find(|x| x["rule"] == "unclosed-emphasis").unwrap();
    assert_eq!(stray["line"], line);
    let col = es.lines().nth(line as usize - 1).unwrap().replacen("**orientada", "orientada", 1).find("**").unwrap();
    assert_eq!(
        stray["column"].as_u64(),
        Some(es.lines().nth(line as usize - 1).unwrap()[..col].chars().count() as u64 + 1)
    );
}

#[test]
fn a_directory_or_a_dangling_link_where_a_file_is_expected() {
    let dir = charter_copy();
    let d = dir.path();
    std::fs::create_dir(d.join("charter/sub.md")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.md"), d.join("charter/pt.md")).unwrap();
    let (code, json) = check_json(d, &["charter/sub.md", "charter/pt.md", "charter/es.md"]);
    assert_eq!(code, 1);
    let f = findings(&json);
    assert!(f.iter().any(|(r, file, _)| r == "invalid-input" && file == "sub.md"), "{f:?}");
    assert!(f.iter().any(|(r, file, _)| r == "invalid-input" && file == "pt.md"), "{f:?}");
    let messages: Vec<&str> =
        json["diagnostics"].as_array().unwrap().iter().map(|x| x["message"].as_str().unwrap()).collect();
    assert!(messages.iter().any(|m| m.contains("sub.md")), "{messages:?}");
    // The master itself a directory: exit 2 with the path.
    let out = charte(d).args(["check", "--source", "charter"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("charter"));
}

#[test]
fn broken_front_matter_is_located_and_bounded() {
    let dir = charter_copy();
    let d = dir.path();
    let mut bomb = String::from("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
    let mut prev = 'a';
    for c in 'b'..='p' {
        bomb.push_str(&format!(
            "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        ));
        prev = c;
    }
    bomb.push_str("---\n\n## A\n");
    let cases = [
        ("bomb.md", bomb.as_str(), 1..=20),
        ("list.md", "---\n- a\n- b\n---\n\n## A\n", 2..=3),
        ("dup.md", "---\ntitle: a\ntitle: b\n---\n\n## A\n", 2..=3),
        ("open.md", "---\ntitle: a\n\n## A\n", 1..=1),
        ("tab.md", "---\ntitle: [a\n---\n\n## A\n", 2..=3),
    ];
    for (name, text, lines) in cases {
        std::fs::write(d.join("charter").join(name), text).unwrap();
        let (code, json) = check_json(d, &[&format!("charter/{name}")]);
        assert_eq!(code, 1);
        let fm = json["diagnostics"].as_array().unwrap().iter().find(|x| x["rule"] == "front-matter");
        let fm = fm.unwrap_or_else(|| panic!("{name}: {json}"));
        let line = fm["line"].as_u64().unwrap();
        assert!(lines.contains(&line), "{name}: line {line}");
    }
}

#[test]
fn pathological_markdown_finishes_without_overflow() {
    let dir = charter_copy();
    let d = dir.path();
    let cases = [
        ("quotes.md", ">".repeat(50_000) + " x\n"),
        ("brackets.md", "[".repeat(100_000) + "\n"),
        ("stars.md", "**".repeat(200_000) + "\n"),
        ("lists.md", "- ".repeat(20_000) + "x\n"),
        ("underscores.md", "_a ".repeat(100_000) + "\n"),
        ("backticks.md", "`".repeat(50_000) + "\n"),
    ];
    for (name, text) in cases {
        std::fs::write(d.join("charter").join(name), text).unwrap();
        let out = charte(d).args(["check", &format!("charter/{name}"), "--format", "json"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(json["summary"]["errors"].as_u64().unwrap() >= 1, "{name}");
    }
}

#[test]
fn a_large_translation_is_checked() {
    // Linear time is measured in the benchmark (bench/run.sh); here, a 20 MB file completes.
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let para = es.lines().find(|l| l.starts_with("Somos")).unwrap();
    let big = es.replace(para, &format!("{para} ").repeat(20 * 1024 * 1024 / para.len()));
    std::fs::write(d.join("charter/es.md"), big).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    // A paragraph a thousand times its master's length is what `length-ratio` is for.
    assert_eq!((code, findings(&json)), (0, vec![("length-ratio".to_owned(), "es.md".to_owned(), 12)]));
}

#[test]
fn sync_never_writes_through_a_symbolic_link() {
    let dir = charter_copy();
    let d = dir.path();
    // The target stays inside the project, so the translation may be read and only the write
    // is refused (a target outside is refused already at the read: tests/containment.rs).
    let outside = d.join("elsewhere");
    std::fs::create_dir(&outside).unwrap();
    let target = outside.join("de.md");
    std::fs::rename(d.join("charter/de.md"), &target).unwrap();
    std::os::unix::fs::symlink(&target, d.join("charter/de.md")).unwrap();
    let before = std::fs::read(&target).unwrap();
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replace("prend le soin", "veille")).unwrap();
    let out = charte(d).args(["sync", "de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("symbolic link"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(&target).unwrap(), before);
    assert!(std::fs::symlink_metadata(d.join("charter/de.md")).unwrap().file_type().is_symlink());
}

#[test]
fn sync_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/it.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(d.join("charter/fr.md"), fr.replace("prend le soin", "veille")).unwrap();
    assert!(charte(d).args(["sync", "it", "--accept-unchanged"]).output().unwrap().status.success());
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn content_cannot_act_in_any_output() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let evil = value3.replacen("**", "", 2)
        + " <script>alert(1)</script> | `x` \u{1b}]8;;http://evil\u{7} %0A::set-env name=A::b \u{202e}";
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &evil)).unwrap();
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let fr_value3 = fr.lines().find(|l| l.starts_with("3. ")).unwrap();
    let fr_evil = format!("{fr_value3} <script>alert(2)</script>");
    std::fs::write(d.join("charter/fr.md"), fr.replace(fr_value3, &fr_evil)).unwrap();
    for format in ["human", "github", "markdown", "json", "sarif"] {
        let out = charte(d).args(["check", "charter/es.md", "--format", format]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{format}: {text:?}"
        );
        if format == "github" {
            assert!(text.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ")), "{text}");
        }
        if format == "markdown" {
            assert!(!text.contains("<script>"), "{text}");
        }
    }
    let out = charte(d).args(["status", "--format", "html"]).output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "the stale unit's diff shows the text: {html}");
}
