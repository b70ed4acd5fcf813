//! A front matter written in any form of YAML mapping, through the real binary: a flow
//! mapping on one line or over several, quoted keys, `? key` entries, quoted values with
//! escapes. `parse` locates every key and value in the file, `check` reports exactly what it
//! reports for the block form (at the scalar, in the file's own lines), and `sync` or
//! `check --fix` either edit the exact scalar or leave the file as it is.

mod common;

use common::{charte, charter_copy, check_json};
use std::path::Path;

/// The German translation's front matter, as the charter writes it.
const BLOCK: &str = "title: Wertecharta
description: Unsere Wertecharta bei Pause IA.
slug: wertecharta
source_version: 99d82df619cb5ed7
";

/// The same front matter in other forms: each reads as the same four entries.
const FORMS: &[&str] = &[
    // A flow mapping on one line, the case that was reported.
    "{title: \"Wertecharta\", description: \"Unsere Wertecharta bei Pause IA.\", slug: wertecharta, source_version: 99d82df619cb5ed7}\n",
    // Over several lines, with quoted keys, single quotes and an explicit `? key`.
    "{\n  title: Wertecharta,\n  \"description\": 'Unsere Wertecharta bei Pause IA.',\n  ? slug\n  : wertecharta,\n  source_version: \"99d82df619cb5ed7\"\n}\n",
    // Block form, keys quoted or explicit.
    "\"title\": Wertecharta\n'description': \"Unsere Wertecharta bei Pause IA.\"\n? slug\n: wertecharta\nsource_version: 99d82df619cb5ed7\n",
    // Escapes, and a plain value folded over two lines inside a flow mapping.
    "{ title: \"Werte\\u0063harta\" , description: Unsere Wertecharta\n    bei Pause IA., 'slug' : 'wertecharta', source_version: 99d82df619cb5ed7 }\n",
    // Nested flow collections and a comment do not move the keys.
    "{title: Wertecharta, tags: [a, {b: c}], # the tags\n description: \"Unsere Wertecharta bei Pause IA.\", slug: wertecharta, source_version: 99d82df619cb5ed7}\n",
];

fn de(d: &Path) -> String {
    std::fs::read_to_string(d.join("charter/de.md")).unwrap()
}

/// Writes the German translation with its front matter replaced by `yaml`, the body changed
/// by `body`; returns the file's text.
fn with_front_matter(d: &Path, yaml: &str, body: impl Fn(&str) -> String) -> String {
    let text = de(d);
    let rest = text.splitn(3, "---\n").nth(2).unwrap();
    let new = format!("---\n{yaml}---\n{}", body(rest));
    std::fs::write(d.join("charter/de.md"), &new).unwrap();
    new
}

/// An entry of the front matter: key, value as JSON, the key's and the value's source (cut
/// out of the text at the spans' byte offsets), and where the value starts.
type Entry = (String, serde_json::Value, String, String, usize);

/// The front matter entries `parse --format json` gives.
fn entries(d: &Path, text: &str) -> Vec<Entry> {
    let out = charte(d).args(["parse", "charter/de.md", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cut = |span: &serde_json::Value| {
        let (a, b) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        text.get(a..b).unwrap_or_else(|| panic!("{a}..{b} is not in the text")).to_owned()
    };
    json["document"]["front_matter"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let key = e["key"].as_str().unwrap().to_owned();
            let start = e["value_span"]["start"].as_u64().unwrap() as usize;
            (key, e["value"].clone(), cut(&e["key_span"]), cut(&e["value_span"]), start)
        })
        .collect()
}

/// (rule, unit, message) of each finding of `check`: what must not depend on the form.
fn what(json: &serde_json::Value) -> Vec<(String, String, String)> {
    let mut all: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_owned();
            (s("rule"), s("unit"), s("message"))
        })
        .collect();
    all.sort();
    all
}

/// The line and column (1-based, in characters) of byte `at` of `text`.
fn position(text: &str, at: usize) -> (u64, u64) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line as u64, column as u64)
}

#[test]
fn every_form_gives_the_entries_of_the_block_form_each_located_at_its_scalar() {
    let dir = charter_copy();
    let d = dir.path();
    let text = with_front_matter(d, BLOCK, str::to_owned);
    let block: Vec<_> = entries(d, &text).into_iter().map(|(k, v, ..)| (k, v)).collect();
    assert_eq!(block.len(), 4, "{block:?}");
    for yaml in FORMS {
        let text = with_front_matter(d, yaml, str::to_owned);
        let found = entries(d, &text);
        let pairs: Vec<_> =
            found.iter().filter(|(k, ..)| k != "tags").map(|(k, v, ..)| (k.clone(), v.clone())).collect();
        assert_eq!(pairs, block, "{yaml:?}");
        for (key, value, key_source, value_source, _) in &found {
            // The key as written, quotes included; the value's scalar as written.
            assert_eq!(key_source.trim_matches(['"', '\'']), key, "{yaml:?}");
            let Some(value) = value["value"].as_str() else { continue };
            let unquoted = value_source.trim_matches(['"', '\'']);
            let folded = unquoted.split_whitespace().collect::<Vec<_>>().join(" ");
            let decoded = folded.replace("\\u0063", "c");
            assert_eq!(decoded, value, "{yaml:?}: {key} at {value_source:?}");
        }
    }
}

/// The case reported: a flow mapping, translated correctly, gave a false `end-punctuation` at
/// line 2, column 1. Every form now gives what the block form gives: nothing.
#[test]
fn a_correct_translation_is_clean_in_every_form() {
    let dir = charter_copy();
    let d = dir.path();
    for yaml in FORMS {
        with_front_matter(d, yaml, str::to_owned);
        let (code, json) = check_json(d, &["charter/de.md"]);
        assert_eq!(what(&json), [], "{yaml:?}: {json}");
        assert_eq!(code, 0, "{yaml:?}");
    }
}

/// Mistakes in the front matter are reported as in the block form, each at its scalar.
#[test]
fn mistakes_are_the_block_forms_and_point_at_the_scalar() {
    let dir = charter_copy();
    let d = dir.path();
    let wrong = |yaml: &str| {
        yaml.replace("Unsere Wertecharta bei Pause IA.", "Unsere Wertecharta bei Pause IA")
            .replace("Wertecharta,", "Charte des valeurs,")
            .replace("title: Wertecharta\n", "title: Charte des valeurs\n")
            .replace("\"title\": Wertecharta\n", "\"title\": Charte des valeurs\n")
            .replace("Werte\\u0063harta", "Charte des valeurs")
            .replace("\"Wertecharta\"", "\"Charte des valeurs\"")
            .replace("Wertecharta\n    bei Pause IA.", "Wertecharta\n    bei Pause IA")
    };
    let block_text = with_front_matter(d, &wrong(BLOCK), str::to_owned);
    let (_, json) = check_json(d, &["charter/de.md"]);
    let expected = what(&json);
    let rules: Vec<&str> =
        expected.iter().map(|(r, u, _)| if u == "title" || u == "description" { r.as_str() } else { "" }).collect();
    assert!(rules.contains(&"end-punctuation") && rules.contains(&"untranslated"), "{json}");
    assert!(!block_text.contains('{'));
    for yaml in FORMS {
        let yaml = wrong(yaml);
        let text = with_front_matter(d, &yaml, str::to_owned);
        let (_, json) = check_json(d, &["charter/de.md"]);
        assert_eq!(what(&json), expected, "{yaml:?}: {json}");
        let located = entries(d, &text);
        for finding in json["diagnostics"].as_array().unwrap() {
            let unit = finding["unit"].as_str().unwrap_or_default();
            let Some((.., at)) = located.iter().find(|(k, ..)| k == unit) else { continue };
            let (line, column) = position(&text, *at);
            assert_eq!(
                (finding["line"].as_u64(), finding["column"].as_u64()),
                (Some(line), Some(column)),
                "{yaml:?}: {finding}"
            );
        }
    }
}

/// A byte order mark and CRLF line endings: the spans are still the scalars', and the file
/// is clean.
#[test]
fn a_flow_mapping_with_bom_and_crlf_is_read_exactly() {
    let dir = charter_copy();
    let d = dir.path();
    let text = with_front_matter(d, FORMS[1], str::to_owned);
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    std::fs::write(d.join("charter/de.md"), &crlf).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!((code, what(&json)), (0, vec![]), "{json}");
    let without_bom = crlf.trim_start_matches('\u{feff}');
    let found = entries(d, without_bom);
    let sources: Vec<_> = found.iter().map(|(_, _, k, v, _)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        sources,
        [
            ("title", "Wertecharta"),
            ("\"description\"", "'Unsere Wertecharta bei Pause IA.'"),
            ("slug", "wertecharta"),
            ("source_version", "\"99d82df619cb5ed7\"")
        ]
    );
}

/// `sync` replaces the record's scalar where a flow mapping writes it, in its quotes, and
/// nothing else (BOM and CRLF included); a flow mapping without the record has no line for
/// it: `sync` says so, at the mapping, and writes nothing.
#[test]
fn sync_writes_the_record_in_place_in_a_flow_mapping_or_refuses() {
    let old = "0123456789abcdef";
    for (yaml, record) in [
        (FORMS[0], "source_version: 99d82df619cb5ed7}"),
        (FORMS[1], "source_version: \"99d82df619cb5ed7\"\r\n}"),
        (
            "{title: Wertecharta, 'source_version': '99d82df619cb5ed7' , description: \"Unsere Wertecharta bei Pause IA.\", slug: wertecharta}\n",
            "'source_version': '99d82df619cb5ed7' ,",
        ),
    ] {
        let dir = charter_copy();
        let d = dir.path();
        let text = with_front_matter(d, &yaml.replace("99d82df619cb5ed7", old), str::to_owned);
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        std::fs::write(d.join("charter/de.md"), &crlf).unwrap();
        let out = charte(d).args(["sync", "de"]).output().unwrap();
        assert!(out.status.success(), "{yaml:?}: {}", String::from_utf8_lossy(&out.stderr));
        let synced = String::from_utf8(std::fs::read(d.join("charter/de.md")).unwrap()).unwrap();
        assert_eq!(synced, crlf.replace(old, "99d82df619cb5ed7"), "{yaml:?}");
        assert!(synced.contains(record), "{yaml:?}: {synced}");
        let (code, json) = check_json(d, &["charter/de.md"]);
        assert_eq!((code, what(&json)), (0, vec![]), "{yaml:?}: {json}");
    }
    let dir = charter_copy();
    let d = dir.path();
    let text = with_front_matter(d, &FORMS[0].replace(", source_version: 99d82df619cb5ed7", ""), str::to_owned);
    let bytes = format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes();
    std::fs::write(d.join("charter/de.md"), &bytes).unwrap();
    let out = charte(d).args(["sync", "de", "--force"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charter/de.md:2:1") && err.contains("flow mapping"), "{err}");
    assert_eq!(std::fs::read(d.join("charter/de.md")).unwrap(), bytes);
}

/// A key missing from a flow mapping: inserting the master's line before the closing `---`
/// would break the YAML, so `--unsafe-fixes` offers no fix and leaves the file as it is.
#[test]
fn a_missing_key_in_a_flow_mapping_is_not_fixed_by_breaking_it() {
    let dir = charter_copy();
    let d = dir.path();
    let yaml = "{title: Wertecharta, slug: wertecharta, source_version: 99d82df619cb5ed7}\n";
    let text = with_front_matter(d, yaml, str::to_owned);
    let bytes = format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes();
    std::fs::write(d.join("charter/de.md"), &bytes).unwrap();
    let (_, json) = check_json(d, &["charter/de.md"]);
    let missing: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "front-matter" && f["unit"] == "description")
        .collect();
    assert_eq!(missing.len(), 1, "{json}");
    assert!(missing[0].get("fix").is_none_or(serde_json::Value::is_null), "{json}");
    let out = charte(d).args(["check", "charter/de.md", "--unsafe-fixes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(d.join("charter/de.md")).unwrap(), bytes);
}

/// The master in a flow mapping, the translation in block form without `description`: the
/// master's line is not a line of `key: value`, and is not inserted.
#[test]
fn a_masters_flow_mapping_is_not_copied_into_a_block_translation() {
    let dir = charter_copy();
    let d = dir.path();
    let master = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let flow = master.replacen(
        "title: Charte des valeurs\ndescription: Notre charte de valeurs chez Pause IA.\nslug: charte-des-valeurs\n",
        "{title: Charte des valeurs, description: Notre charte de valeurs chez Pause IA., slug: charte-des-valeurs}\n",
        1,
    );
    assert_ne!(flow, master);
    std::fs::write(d.join("charter/fr.md"), flow).unwrap();
    let text =
        with_front_matter(d, &BLOCK.replace("description: Unsere Wertecharta bei Pause IA.\n", ""), str::to_owned);
    let out = charte(d)
        .args(["check", "charter/de.md", "--unsafe-fixes", "--allow", "unsynced", "--allow", "stale"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(de(d), text);
}

/// A number the master changed in a front-matter value is carried over into the exact scalar
/// of a flow mapping, quotes and the rest of the file kept.
#[test]
fn a_changed_number_is_carried_into_the_scalar_of_a_flow_mapping() {
    let master =
        "---\ntitle: Charte\ndescription: Notre charte, version 2024.\n---\n\n## Nos valeurs\n\nNous agissons.\n";
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("charter")).unwrap();
    std::fs::write(d.join("charter/fr.md"), master).unwrap();
    assert!(charte(d).args(["init", "en"]).output().unwrap().status.success());
    let block = std::fs::read_to_string(d.join("charter/en.md")).unwrap();
    let translated = block
        .replace("title: Charte\n", "title: Charter\n")
        .replace("description: Notre charte, version 2024.\n", "description: Our charter, version 2024.\n")
        .replace("## Nos valeurs", "## Our values")
        .replace("Nous agissons.", "We act.");
    std::fs::write(d.join("charter/en.md"), &translated).unwrap();
    let out = charte(d).args(["sync", "en"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let synced = std::fs::read_to_string(d.join("charter/en.md")).unwrap();
    let record = synced.lines().find(|l| l.starts_with("source_version:")).unwrap().to_owned();
    let body = synced.splitn(3, "---\n").nth(2).unwrap();
    let flow = format!(
        "---\r\n{{ title: Charter, 'description': \"Our charter, version 2024.\",\r\n  {} }}\r\n---\r\n{}",
        record,
        body.replace('\n', "\r\n")
    );
    let bytes = format!("\u{feff}{flow}").into_bytes();
    std::fs::write(d.join("charter/en.md"), &bytes).unwrap();
    std::fs::write(d.join("charter/fr.md"), master.replace("2024", "2025")).unwrap();
    let (_, json) = check_json(d, &["charter/en.md"]);
    let stale: Vec<_> = json["diagnostics"].as_array().unwrap().iter().filter(|f| f["rule"] == "stale").collect();
    assert_eq!(stale.len(), 1, "{json}");
    assert_eq!((stale[0]["line"].as_u64(), stale[0]["column"].as_u64()), (Some(2), Some(34)), "{json}");
    // The unit carried over, the file is synced: the record's scalar replaced in place.
    let out = charte(d).args(["check", "charter/en.md", "--fix"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("every stale unit carried over; synced to master version"), "{err}");
    let fixed = String::from_utf8(std::fs::read(d.join("charter/en.md")).unwrap()).unwrap();
    let version = fixed.split("source_version: ").nth(1).unwrap().split(' ').next().unwrap();
    let expected =
        format!("\u{feff}{}", flow.replace("version 2024.", "version 2025.").replace(&record[16..], version));
    assert_eq!(fixed, expected);
}

/// The master written as a flow mapping: every translation is checked as against its block
/// form, findings and their lines included.
#[test]
fn a_masters_flow_mapping_gives_the_findings_of_its_block_form() {
    let dir = charter_copy();
    let d = dir.path();
    with_front_matter(d, &BLOCK.replace("bei Pause IA.", "bei Pause IA"), str::to_owned);
    let (_, block) = check_json(d, &[]);
    assert!(what(&block).iter().any(|(r, u, _)| r == "end-punctuation" && u == "description"), "{block}");
    let master = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let flow = master.replacen(
        "title: Charte des valeurs\ndescription: Notre charte de valeurs chez Pause IA.\nslug: charte-des-valeurs\n",
        "{ title: Charte des valeurs,\n  \"description\": \"Notre charte de valeurs chez Pause IA.\",\n  ? slug : charte-des-valeurs }\n",
        1,
    );
    assert_ne!(flow, master);
    std::fs::write(d.join("charter/fr.md"), flow).unwrap();
    let (_, json) = check_json(d, &[]);
    let located = |j: &serde_json::Value| {
        let mut all: Vec<_> = j["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["file"].to_string(), f["rule"].to_string(), f["line"].as_u64(), f["column"].as_u64()))
            .collect();
        all.sort();
        all
    };
    assert_eq!(what(&json), what(&block), "{json}");
    assert_eq!(located(&json), located(&block), "{json}");
}
