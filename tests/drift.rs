//! Drift scenarios, each on a temporary copy of `charter/`: the French master changes, and
//! `check`, `sync`, `status` and `diff` say which translated units are stale and how.

mod common;

use common::{LANGS, charte, charter_copy, check_json, findings};
use std::path::Path;

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join("charter").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn line_of(dir: &Path, file: &str, prefix: &str) -> u64 {
    let text = std::fs::read_to_string(dir.join("charter").join(file)).unwrap();
    text.lines().position(|l| l.starts_with(prefix)).unwrap() as u64 + 1
}

fn stale_units(json: &serde_json::Value) -> Vec<(String, String, u64)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "stale")
        .map(|d| {
            let file = d["file"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
            (file, d["unit"].as_str().unwrap().to_owned(), d["line"].as_u64().unwrap())
        })
        .collect()
}

#[test]
fn a_word_edited_in_value_3_makes_value_3_stale_everywhere() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    let stale = stale_units(&json);
    let expected: Vec<_> = LANGS
        .iter()
        .map(|l| (format!("{l}.md"), "value.3".to_owned(), line_of(d, &format!("{l}.md"), "3. ")))
        .collect();
    assert_eq!(stale, expected);
    assert_eq!(findings(&json).len(), LANGS.len(), "only stale findings: {json}");
    let diag = &json["diagnostics"][0];
    assert!(diag["source_before"].as_str().unwrap().contains("n’attendons pas la"));
    assert!(diag["source_after"].as_str().unwrap().contains("n’attendons jamais la"));
    let ops = diag["diff"].as_array().unwrap();
    assert!(ops.contains(&serde_json::json!({"op": "delete", "text": "pas"})), "{ops:?}");
    assert!(ops.contains(&serde_json::json!({"op": "insert", "text": "jamais"})), "{ops:?}");
    // The human output shows the word diff without colour.
    let out = charte(d).args(["check", "charter/de.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[-pas-]{+jamais+}"), "{text}");
    // The translator carries the change over and syncs: clean.
    edit(d, "de.md", "Wir warten", "Wir warten niemals");
    let out = charte(d).args(["sync", "de"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn the_description_edited_is_stale_everywhere() {
    let dir = charter_copy();
    let d = dir.path();
    edit(
        d,
        "fr.md",
        "description: Notre charte de valeurs chez Pause IA.",
        "description: La charte de valeurs de Pause IA.",
    );
    let (_, json) = check_json(d, &[]);
    let stale = stale_units(&json);
    assert_eq!(stale.len(), LANGS.len());
    assert!(stale.iter().all(|(_, unit, line)| unit == "description" && *line == 3), "{stale:?}");
}

#[test]
fn two_values_edited_are_exactly_the_stale_units() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "prend le soin de refléter", "veille à refléter");
    edit(d, "fr.md", "a sa place dans nos activités", "a toute sa place dans nos activités");
    let (_, json) = check_json(d, &["charter/it.md"]);
    let units: Vec<_> = stale_units(&json).into_iter().map(|s| s.1).collect();
    assert_eq!(units, ["value.5", "value.8"]);
}

#[test]
fn reflowing_or_switching_markers_is_not_a_change() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "civilisation** face aux risques", "civilisation**\nface aux   risques");
    edit(d, "fr.md", "**désir commun**", "__désir commun__");
    edit(d, "fr.md", "_Version du 10/10/2024_", "*Version du 10/10/2024*");
    let (code, json) = check_json(d, &[]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn a_value_added_to_the_master_is_one_finding_with_its_text() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "\n\n\n_Version", "\n9. Une **nouvelle** valeur.\n\n\n_Version");
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    // One finding per language, where value 9 goes (after value 8), with the text to translate;
    // not a count of values.
    assert_eq!(findings(&json).len(), LANGS.len(), "{json}");
    for diag in json["diagnostics"].as_array().unwrap() {
        let file = diag["file"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
        assert_eq!(diag["rule"], "stale", "{diag}");
        assert_eq!(diag["unit"], "value.9", "{diag}");
        assert_eq!(diag["line"].as_u64(), Some(line_of(d, &file, "8. ")), "{diag}");
        assert!(diag["source_after"].as_str().unwrap().contains("nouvelle** valeur"), "{diag}");
        assert!(diag["message"].as_str().unwrap().contains("added"), "{diag}");
    }
    // `diff` and `status` say the same.
    let out = charte(d).args(["diff", "de"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("value 9 (value.9)") && text.contains("nouvelle** valeur"), "{text}");
    let out = charte(d).args(["status", "--format", "json"]).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let de = status["languages"].as_array().unwrap().iter().find(|l| l["lang"] == "de").unwrap().clone();
    assert_eq!((de["added"].as_u64(), de["removed"].as_u64()), (Some(1), Some(0)), "{de}");
}

#[test]
fn a_value_deleted_and_the_next_renumbered_is_one_removal_not_three_stale_values() {
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/fr.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match line.get(..3) {
            Some("5. ") => continue,
            Some(n @ ("6. " | "7. " | "8. ")) => {
                let number: u8 = n[..1].parse().unwrap();
                lines.push(format!("{}. {}", number - 1, &line[3..]));
            }
            _ => lines.push(line.to_owned()),
        }
    }
    std::fs::write(&path, lines.concat()).unwrap();
    let (code, json) = check_json(d, &[]);
    assert_eq!(code, 1);
    let diags = json["diagnostics"].as_array().unwrap();
    for lang in LANGS {
        let file = format!("{lang}.md");
        let mine: Vec<&serde_json::Value> =
            diags.iter().filter(|x| x["file"].as_str().unwrap().ends_with(&format!("/{file}"))).collect();
        // Value 5 is to delete (its old text shown); values 6 to 8 are to renumber, their text
        // unchanged: no word diff, no count of values, no emphasis compared with a neighbour.
        assert!(mine.iter().all(|x| x["rule"] == "stale"), "{lang}: {mine:?}");
        let removed: Vec<_> = mine.iter().filter(|x| x["message"].as_str().unwrap().contains("removed")).collect();
        assert_eq!(removed.len(), 1, "{lang}: {mine:?}");
        assert_eq!(removed[0]["line"].as_u64(), Some(line_of(d, &file, "5. ")), "{lang}");
        assert!(removed[0]["source_before"].as_str().unwrap().contains("rigueur scientifique"), "{lang}");
        let renumbered: Vec<u64> = mine
            .iter()
            .filter(|x| x["message"].as_str().unwrap().contains("renumber"))
            .map(|x| x["line"].as_u64().unwrap())
            .collect();
        let expected: Vec<u64> = ["6. ", "7. ", "8. "].iter().map(|p| line_of(d, &file, p)).collect();
        assert_eq!(renumbered, expected, "{lang}: {mine:?}");
        assert_eq!(mine.len(), 4, "{lang}: {mine:?}");
    }
    // The human output shows the text that went away once.
    let out = charte(d).args(["check", "charter/de.md", "--color", "never"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("rigueur scientifique").count(), 1, "{text}");
    let out = charte(d).args(["diff", "de"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("rigueur scientifique") && text.contains("value 5 (value.5)"), "{text}");
    let out = charte(d).args(["status", "--format", "json"]).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let de = status["languages"].as_array().unwrap().iter().find(|l| l["lang"] == "de").unwrap().clone();
    assert_eq!(
        (de["added"].as_u64(), de["removed"].as_u64(), de["stale"].as_u64()),
        (Some(0), Some(1), Some(0)),
        "{de}"
    );
}

#[test]
fn sync_changes_only_the_record_line_and_keeps_crlf_and_bom() {
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/nl.md");
    let original = std::fs::read_to_string(&path).unwrap();
    let without_record: String =
        original.lines().filter(|l| !l.starts_with("source_version:")).map(|l| format!("{l}\r\n")).collect();
    let bytes = [b"\xef\xbb\xbf".as_slice(), without_record.as_bytes()].concat();
    std::fs::write(&path, &bytes).unwrap();
    let (code, json) = check_json(d, &["charter/nl.md"]);
    assert_eq!(code, 1);
    assert_eq!(findings(&json)[0].0, "unsynced");
    let out = charte(d).args(["sync", "nl"]).output().unwrap();
    assert!(out.status.success());
    let after = std::fs::read(&path).unwrap();
    assert!(after.starts_with(b"\xef\xbb\xbf"));
    let after = String::from_utf8(after[3..].to_vec()).unwrap();
    let before = without_record;
    let added: Vec<&str> = after.lines().filter(|l| !before.lines().any(|b| b == *l)).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(added[0].starts_with("source_version: "));
    assert_eq!(after.replace(&format!("{}\r\n", added[0]), ""), before);
    assert_eq!(after.matches("\r\n").count(), after.matches('\n').count(), "every line ends with CRLF");
    let (code, json) = check_json(d, &["charter/nl.md"]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn sync_refuses_structural_errors_unless_forced_and_flags_rubber_stamps() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "es.md", "**pacifista.**", "pacifista.");
    let out = charte(d).args(["sync", "es"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 structural error") && text.contains("strong-count"), "{text}");
    edit(d, "es.md", "pacifista.", "**pacifista.**");
    // The master changes; the translator syncs without touching the stale unit: a rubber
    // stamp, refused, and nothing is written.
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    let before = std::fs::read(d.join("charter/es.md")).unwrap();
    let out = charte(d).args(["sync", "es"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("value.3") && text.contains("--accept-unchanged"), "{text}");
    assert!(text.contains("Nothing was written."), "{text}");
    assert_eq!(std::fs::read(d.join("charter/es.md")).unwrap(), before);
    let (code, json) = check_json(d, &["charter/es.md"]);
    assert_eq!((code, stale_units(&json).len()), (1, 1), "still stale: {json}");
    // The translator says the change needs nothing in Spanish.
    let out = charte(d).args(["sync", "es", "--accept-unchanged"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("marked as up to date without a change to the translation: value.3"), "{text}");
    let out = charte(d).args(["sync", "--all"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "the other languages are rubber stamps too");
    let out = charte(d).args(["sync", "--all", "--accept-unchanged"]).output().unwrap();
    assert!(out.status.success());
    // Once the unit is carried over, a plain sync passes.
    edit(d, "fr.md", "Nous n’attendons jamais la perfection", "Nous n’attendons pas la perfection");
    edit(d, "es.md", "perfección", "perfección absoluta");
    let out = charte(d).args(["sync", "es"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn a_deleted_snapshot_gives_a_clear_error() {
    let dir = charter_copy();
    let d = dir.path();
    let sources = d.join("charter/.charte/sources");
    let master = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    for entry in std::fs::read_dir(&sources).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    // Synced to the current master: no snapshot is needed (a fresh clone without .charte/).
    let (code, json) = check_json(d, &["charter/en.md"]);
    assert_eq!((code, findings(&json).len()), (0, 0), "{json}");
    // Once the master moves on, the recorded version is needed to tell what changed.
    edit(d, "fr.md", "prend le soin de refléter", "veille à refléter");
    let (code, json) = check_json(d, &["charter/en.md"]);
    assert_eq!(code, 1);
    let diag = &json["diagnostics"][0];
    assert_eq!(diag["rule"], "unsynced");
    let message = diag["message"].as_str().unwrap();
    assert!(message.contains("charter/.charte/sources/99d82df619cb5ed7.md"), "{message}");
    assert!(message.contains("charte sync en"), "{message}");
    // A corrupt snapshot is reported too.
    std::fs::write(sources.join("99d82df619cb5ed7.md"), "tampered").unwrap();
    let (_, json) = check_json(d, &["charter/en.md"]);
    assert!(json["diagnostics"][0]["message"].as_str().unwrap().contains("does not match"), "{json}");
    // A snapshot checked out with CRLF line endings is the same version.
    std::fs::write(sources.join("99d82df619cb5ed7.md"), master.replace('\n', "\r\n")).unwrap();
    let (code, json) = check_json(d, &["charter/en.md"]);
    assert_eq!(code, 1);
    assert_eq!(stale_units(&json), [("en.md".to_owned(), "value.5".to_owned(), line_of(d, "en.md", "5. "))], "{json}");
}

#[test]
fn a_killed_sync_leaves_the_old_or_the_new_file() {
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/it.md");
    let old = std::fs::read(&path).unwrap();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    let mut new = None;
    for i in 0..40u64 {
        std::fs::write(&path, &old).unwrap();
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("charte"))
            .args(["sync", "it", "--accept-unchanged"])
            .current_dir(d)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(i * 400));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&path).unwrap();
        if now != old {
            match &new {
                None => new = Some(now.clone()),
                Some(n) => assert_eq!(&now, n, "round {i}: neither the old nor the new file"),
            }
            assert_eq!(now.len(), old.len(), "only the record value changes");
        }
    }
    // A sync run to its end leaves the new file.
    std::fs::write(&path, &old).unwrap();
    assert!(charte(d).args(["sync", "it", "--accept-unchanged"]).output().unwrap().status.success());
    if let Some(new) = new {
        assert_eq!(std::fs::read(&path).unwrap(), new);
    }
}

#[test]
fn concurrent_syncs_of_two_languages_both_land() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    for _ in 0..5 {
        let a = charte(d).args(["sync", "de", "--accept-unchanged"]).spawn_stdout_null();
        let b = charte(d).args(["sync", "en", "--accept-unchanged"]).spawn_stdout_null();
        assert!(a.wait_with_output().unwrap().status.success());
        assert!(b.wait_with_output().unwrap().status.success());
    }
    let (_, json) = check_json(d, &["charter/de.md", "charter/en.md"]);
    assert_eq!(findings(&json), vec![]);
}

trait Spawn {
    fn spawn_stdout_null(&mut self) -> std::process::Child;
}

impl Spawn for assert_cmd::Command {
    fn spawn_stdout_null(&mut self) -> std::process::Child {
        let mut cmd = std::process::Command::new(self.get_program());
        cmd.args(self.get_args());
        if let Some(dir) = self.get_current_dir() {
            cmd.current_dir(dir);
        }
        cmd.stdout(std::process::Stdio::null()).spawn().unwrap()
    }
}

#[test]
fn init_creates_a_synced_translation_and_never_overwrites() {
    let dir = charter_copy();
    let d = dir.path();
    let out = charte(d).args(["init", "pt-BR"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (code, json) = check_json(d, &["charter/pt-BR.md"]);
    let rules: Vec<_> = findings(&json).into_iter().map(|f| f.0).collect();
    assert!(!rules.is_empty() && rules.iter().all(|r| r == "untranslated"), "{rules:?}");
    assert_eq!(code, 0);
    let before = std::fs::read(d.join("charter/de.md")).unwrap();
    let out = charte(d).args(["init", "de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(d.join("charter/de.md")).unwrap(), before);
    let out = charte(d).args(["init", "not a tag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn status_and_diff() {
    let dir = charter_copy();
    let d = dir.path();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    edit(d, "es.md", "**pacifista.**", "pacifista.");
    let out = charte(d).args(["status", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs = json["languages"].as_array().unwrap();
    assert_eq!(langs.len(), LANGS.len());
    let es = langs.iter().find(|l| l["lang"] == "es").unwrap();
    assert_eq!((es["errors"].as_u64(), es["stale"].as_u64(), es["total"].as_u64()), (Some(1), Some(1), Some(18)));
    let de = langs.iter().find(|l| l["lang"] == "de").unwrap();
    assert_eq!((de["errors"].as_u64(), de["up_to_date"].as_u64()), (Some(0), Some(17)));
    let out = charte(d).args(["diff", "de"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("value 3 (value.3)") && text.contains("[-pas-]{+jamais+}"), "{text}");
    let out = charte(d).args(["diff", "de", "--unit", "value.2"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("Nothing changed"));
    let out = charte(d).args(["diff", "xx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_base_shows_the_work_a_master_change_creates() {
    let dir = charter_copy();
    let d = dir.path();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(d)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
            .map(|o| o.status.success());
        ok.unwrap_or(false)
    };
    if !git(&["init", "-q"]) {
        eprintln!("git is not available: skipping check --base");
        return;
    }
    assert!(git(&["add", "."]) && git(&["commit", "-qm", "base"]));
    edit(d, "fr.md", "prend le soin de refléter", "veille à refléter");
    let (code, json) = check_json(d, &["--base", "HEAD"]);
    assert_eq!(code, 1);
    let stale = stale_units(&json);
    assert_eq!(stale.len(), LANGS.len());
    assert!(stale.iter().all(|s| s.1 == "value.5"), "{stale:?}");
    let out = charte(d).args(["check", "--base", "no-such-rev"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Three masters in one directory, translated per language directory.
fn site_of_three() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("charte.toml"), "master = \"fr\"\ndocuments = [\"docs/{lang}/*.md\"]\n").unwrap();
    std::fs::create_dir_all(d.join("docs/fr")).unwrap();
    for (name, body) in [("a", "Un **premier** texte."), ("b", "Un deuxième texte."), ("c", "Un troisième texte.")] {
        let text = format!("---\ntitle: {name}\n---\n\n## Partie\n\n{body}\n");
        std::fs::write(d.join(format!("docs/fr/{name}.md")), text).unwrap();
    }
    dir
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn json_file(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn one_unit_record_per_directory_and_language() {
    let dir = site_of_three();
    let d = dir.path();
    for lang in ["de", "en"] {
        let out = charte(d).args(["init", lang]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let units = d.join("docs/fr/.charte/units");
    assert_eq!(listing(&units), ["de.json", "en.json"]);
    let documents =
        |lang: &str| -> serde_json::Value { json_file(&units.join(format!("{lang}.json")))["documents"].clone() };
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&documents("de")), ["a", "b", "c"]);
    let before = documents("de");
    // One master changes and its German page follows: the one record of the language is
    // rewritten, the other masters' entries kept byte for byte.
    std::fs::write(d.join("docs/fr/a.md"), "---\ntitle: a\n---\n\n## Partie\n\nUn **tout premier** texte.\n").unwrap();
    let de_a = d.join("docs/de/a.md");
    let text = std::fs::read_to_string(&de_a).unwrap().replace("**premier**", "**erster**");
    std::fs::write(&de_a, text).unwrap();
    let out = charte(d).args(["sync", "--all", "--accept-unchanged"]).output().unwrap();
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(listing(&units), ["de.json", "en.json"], "no record per master");
    let after = documents("de");
    assert_ne!(after["a"], before["a"]);
    assert_eq!((&after["b"], &after["c"]), (&before["b"], &before["c"]));
    // The record is what sync reads next time: a later master edit that the German page does
    // not follow is a rubber stamp for `a` only.
    std::fs::write(d.join("docs/fr/a.md"), "---\ntitle: a\n---\n\n## Partie\n\nUn **tout premier** écrit.\n").unwrap();
    let out = charte(d).args(["sync", "de"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("docs/de/a.md") && stdout.contains("--accept-unchanged"), "{stdout}");
    assert!(!stdout.contains("docs/de/b.md"), "{stdout}");
}

#[test]
fn unit_records_of_earlier_versions_are_still_read() {
    let dir = charter_copy();
    let d = dir.path();
    let units = d.join("charter/.charte/units");
    // The Spanish record as earlier versions wrote it: one file per master and language.
    let legacy = json_file(&units.join("es.json"))["documents"]["fr"].clone();
    std::fs::write(units.join("fr.es.json"), serde_json::to_string_pretty(&legacy).unwrap()).unwrap();
    std::fs::remove_file(units.join("es.json")).unwrap();
    edit(d, "fr.md", "Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection");
    let out = charte(d).args(["sync", "es"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the rubber stamp is found in the old record: {stdout}");
    assert!(stdout.contains("value.3") && stdout.contains("--accept-unchanged"), "{stdout}");
    let out = charte(d).args(["sync", "es", "--accept-unchanged"]).output().unwrap();
    assert!(out.status.success());
    // Carried over into the language's record; the old file is not charte's to delete.
    let record = json_file(&units.join("es.json"));
    assert_ne!(record["documents"]["fr"]["source_version"], legacy["source_version"]);
    assert_eq!(
        record["documents"]["fr"]["units"].as_object().unwrap().len(),
        legacy["units"].as_object().unwrap().len()
    );
    assert!(units.join("fr.es.json").exists());
}
