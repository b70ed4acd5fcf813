//! The repository's own charter: the master is the seed, the translations keep its structure,
//! and `charte check` is clean on it.

mod common;

use charte::model::Label;
use charte::{SourceFile, parse};
use common::{LANGS, root};

fn load(lang: &str) -> (SourceFile, charte::Parsed) {
    let path = root().join(format!("charter/{lang}.md"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = SourceFile::from_bytes(format!("charter/{lang}.md"), bytes);
    let parsed = parse(&file);
    (file, parsed)
}

#[test]
fn master_is_the_seed_byte_for_byte() {
    let master = std::fs::read(root().join("charter/fr.md")).unwrap();
    let seed_path = root().join("../shared/seeds/charte-des-valeurs.fr.md");
    if let Ok(seed) = std::fs::read(&seed_path) {
        assert_eq!(master, seed, "charter/fr.md differs from {}", seed_path.display());
    }
    // Also pinned by hash, so that the check holds where the seed is not beside the clone.
    assert_eq!(charte::drift::version(std::str::from_utf8(&master).unwrap()), "99d82df619cb5ed7");
}

#[test]
fn master_model() {
    let (_, parsed) = load("fr");
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let doc = &parsed.document;
    assert_eq!(doc.sections.len(), 2);
    let values: Vec<(u64, usize)> = doc
        .units
        .iter()
        .filter_map(|u| match u.label {
            Label::Value { number } => Some((number, u.inline.strong.len())),
            _ => None,
        })
        .collect();
    assert_eq!(values, [(1, 1), (2, 1), (3, 2), (4, 2), (5, 1), (6, 5), (7, 3), (8, 0)]);
    let mission: Vec<usize> = (1..=3)
        .map(|i| doc.units.iter().find(|u| u.id == format!("section.1.paragraph.{i}")).unwrap().inline.strong.len())
        .collect();
    assert_eq!(mission, [1, 0, 2]);
    let version = doc.units.iter().find(|u| u.id == "version").unwrap();
    assert_eq!(version.inline.emphasis.len(), 1);
    let keys: Vec<&str> = doc.front_matter.as_ref().unwrap().entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["title", "description", "slug"]);
}

#[test]
fn translations_have_the_masters_units_and_counts() {
    let (_, master) = load("fr");
    let shape = |p: &charte::Parsed| -> Vec<(String, usize, usize, usize, usize)> {
        p.document
            .units
            .iter()
            .filter(|u| u.id != charte::drift::RECORD_KEY)
            .map(|u| {
                (
                    u.id.clone(),
                    u.inline.strong.len(),
                    u.inline.emphasis.len(),
                    u.inline.links.len(),
                    u.inline.code.len(),
                )
            })
            .collect()
    };
    let expected = shape(&master);
    for lang in LANGS {
        let (file, parsed) = load(lang);
        assert!(parsed.diagnostics.is_empty(), "{lang}: {:?}", parsed.diagnostics);
        assert_eq!(shape(&parsed), expected, "{lang}");
        let slug = parsed.document.units.iter().find(|u| u.id == "slug").unwrap();
        assert!(charte::check::is_slug(&slug.inline.text), "{lang}: {}", slug.inline.text);
        // The version date, as the translation's language writes it (`10.10.2024` in German).
        let date = charte::numbers::Value::Date { year: 2024, month: 10, day: 10 };
        let forms = charte::numbers::Renderer::new(lang).unwrap().forms(&date);
        assert!(charte::numbers::writes(&charte::numbers::normalize(file.text()), &forms), "{lang}: {forms:?}");
    }
}

#[test]
fn check_is_clean_on_the_repository() {
    let out = common::charte(&root()).arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Checked 5 files: no problem found."), "{stdout}");
}

#[test]
fn parse_json_shows_the_skeleton() {
    let out = common::charte(&root()).args(["parse", "charter/fr.md", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let sections = json["document"]["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 2);
    assert_eq!(sections[0]["heading"]["span"]["line"], 7);
    let units = json["document"]["units"].as_array().unwrap();
    let strong: Vec<usize> = (1..=8)
        .map(|n| {
            let u = units.iter().find(|u| u["id"] == format!("value.{n}")).unwrap();
            u["inline"]["strong"].as_array().unwrap().len()
        })
        .collect();
    assert_eq!(strong, [1, 1, 2, 2, 1, 5, 3, 0]);
    let version = units.iter().find(|u| u["id"] == "version").unwrap();
    assert_eq!(version["inline"]["emphasis"].as_array().unwrap().len(), 1);
}

#[test]
fn parse_outline_is_readable() {
    let out = common::charte(&root()).arg("parse").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("## Nos valeurs"), "{text}");
    assert!(text.contains("6. value.6 (line 24)  — strong 5"), "{text}");
}
