//! Snapshots of the human output, in English and French, of a translation with several
//! problems (reviewed by hand; `cargo insta review` updates them).

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
