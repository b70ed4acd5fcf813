//! `sync` and `init` never harm a repository: the record has a certain place or nothing is
//! written, user files are never deleted, a concurrent edit is never lost, and a failed run
//! leaves every file as it was.

mod common;

use common::{charte, charter_copy, check_json, findings};
use proptest::prelude::*;
use std::path::Path;

const RECORD: &str = "source_version: 99d82df619cb5ed7";

fn read(d: &Path, file: &str) -> Vec<u8> {
    std::fs::read(d.join("charter").join(file)).unwrap()
}

fn write(d: &Path, file: &str, bytes: &[u8]) {
    std::fs::write(d.join("charter").join(file), bytes).unwrap();
}

/// The German translation with its front matter replaced by `yaml` (which ends with a line
/// break).
fn with_front_matter(d: &Path, yaml: &str) -> Vec<u8> {
    let text = String::from_utf8(read(d, "de.md")).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap();
    let new = format!("---\n{yaml}---\n{body}");
    write(d, "de.md", new.as_bytes());
    new.into_bytes()
}

/// A master version other than the current one, whose snapshot is missing: syncing must
/// rewrite the record.
const OLD: &str = "0123456789abcdef";

fn sync(d: &Path, args: &[&str]) -> (i32, String, String) {
    let out = charte(d).arg("sync").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether check reads, in the German translation, exactly the current master version (no
/// `unsynced` finding, and the JSON status records it).
fn check_reads_current(d: &Path) {
    let (_, json) = check_json(d, &["charter/de.md"]);
    let unsynced: Vec<_> = findings(&json).into_iter().filter(|f| f.0 == "unsynced").collect();
    assert!(unsynced.is_empty(), "{json}");
    let out = charte(d).args(["status", "--format", "json"]).output().unwrap();
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(status.contains("99d82df619cb5ed7"), "{status}");
}

#[test]
fn a_record_not_on_its_own_line_is_refused_located_and_nothing_is_written() {
    let cases: &[(&str, &str, usize)] = &[
        // (front matter, what the error must name, line of the error in the file)
        (
            "  title: Wertecharta\n  description: Unsere Wertecharta bei Pause IA.\n  slug: wertecharta\n  source_version: 0123456789abcdef\n",
            "own",
            5,
        ),
        (
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\n? source_version\n: 0123456789abcdef\n",
            "own",
            5,
        ),
        (
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\n&a source_version: 0123456789abcdef\n",
            "own",
            5,
        ),
        (
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\n!!str source_version: 0123456789abcdef\n",
            "own",
            5,
        ),
        (
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\nsource_version: >-\n  0123456789abcdef\n",
            "own",
            5,
        ),
        (
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\nsource_version: !!str 0123456789abcdef\n",
            "own",
            5,
        ),
    ];
    for (yaml, named, line) in cases {
        let dir = charter_copy();
        let d = dir.path();
        let before = with_front_matter(d, yaml);
        let units = read(d, ".charte/units/de.json");
        let (code, out, err) = sync(d, &["de"]);
        assert_eq!(code, 2, "{yaml:?}: {out}{err}");
        assert_eq!(read(d, "de.md"), before, "{yaml:?} was written");
        assert_eq!(read(d, ".charte/units/de.json"), units, "{yaml:?}");
        assert!(err.contains(&format!("charter/de.md:{line}:")), "{yaml:?}: {err}");
        assert!(err.contains(named) && err.contains("source_version"), "{yaml:?}: {err}");
    }
}

#[test]
fn a_front_matter_that_is_not_a_block_mapping_is_refused() {
    for (yaml, named) in [
        ("{title: Wertecharta, description: Unsere Wertecharta bei Pause IA., slug: wertecharta}\n", "flow mapping"),
        ("- title\n- description\n", "a list"),
        ("Wertecharta\n", "a single value"),
        // Inserting after a flow mapping written over several lines, or after an indented
        // mapping, would change what the YAML says (or break it): no certain place.
        (
            "  title: Wertecharta\n  description: Unsere Wertecharta bei Pause IA.\n  slug: wertecharta\n",
            "no certain place",
        ),
        ("title: [Wertecharta\n", "not valid YAML"),
    ] {
        let dir = charter_copy();
        let d = dir.path();
        let before = with_front_matter(d, yaml);
        let (code, out, err) = sync(d, &["de", "--force"]);
        assert_eq!(code, 2, "{yaml:?}: {out}{err}");
        assert!(err.contains(named) && err.contains("charter/de.md:"), "{yaml:?}: {err}");
        assert_eq!(read(d, "de.md"), before, "{yaml:?}");
    }
}

#[test]
fn an_unterminated_front_matter_is_refused() {
    let dir = charter_copy();
    let d = dir.path();
    let text = String::from_utf8(read(d, "de.md")).unwrap();
    let open = text.replacen("---\n\n", "\n", 1);
    assert_ne!(open, text);
    write(d, "de.md", open.as_bytes());
    let (code, out, err) = sync(d, &["de", "--force"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("charter/de.md:1:1: the front matter has no closing `---`"), "{err}");
    assert_eq!(read(d, "de.md"), open.as_bytes());
}

#[test]
fn the_record_value_alone_changes_keeping_its_comment_and_lone_cr_breaks() {
    for (yaml, expected) in [
        (
            format!("title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\nsource_version: {OLD}  # synced by hand\n"),
            format!("title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\nslug: wertecharta\n{RECORD}  # synced by hand\n"),
        ),
        (
            // A lone CR is a line break in YAML: the record is on its own line.
            format!("title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\rslug: wertecharta\r'source_version' : \"{OLD}\"\n"),
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\rslug: wertecharta\r'source_version' : 99d82df619cb5ed7\n".to_owned(),
        ),
        (
            // No record yet: added before the closing line, with the ending of the line before.
            "title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\rslug: wertecharta\r".to_owned(),
            format!("title: Wertecharta\ndescription: Unsere Wertecharta bei Pause IA.\rslug: wertecharta\r{RECORD}\r"),
        ),
    ] {
        let dir = charter_copy();
        let d = dir.path();
        let before = String::from_utf8(with_front_matter(d, &yaml)).unwrap();
        let (code, out, err) = sync(d, &["de"]);
        assert_eq!(code, 0, "{yaml:?}: {out}{err}");
        let after = String::from_utf8(read(d, "de.md")).unwrap();
        assert_eq!(after, before.replacen(&yaml, &expected, 1), "{yaml:?}");
        check_reads_current(d);
    }
}

#[test]
fn a_users_charte_named_file_survives_a_sync() {
    let dir = charter_copy();
    let d = dir.path();
    let notes = d.join("charter/.charte-notes");
    std::fs::write(&notes, "mine\n").unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&notes).unwrap().set_modified(hour_ago).unwrap();
    let units = d.join("charter/.charte/units/.charte-x");
    std::fs::write(&units, "mine too\n").unwrap();
    std::fs::File::options().write(true).open(&units).unwrap().set_modified(hour_ago).unwrap();
    let text = String::from_utf8(read(d, "de.md")).unwrap();
    write(d, "de.md", text.replace(RECORD, &format!("source_version: {OLD}")).as_bytes());
    let (code, out, err) = sync(d, &["de"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine\n");
    assert_eq!(std::fs::read_to_string(&units).unwrap(), "mine too\n");
    // And the run leaves no temporary file of its own.
    let left: Vec<_> = std::fs::read_dir(d.join("charter"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".charte-") && n != ".charte-notes")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_edit_made_while_sync_runs_is_kept_and_the_run_fails() {
    let dir = charter_copy();
    let d = dir.path();
    let text = String::from_utf8(read(d, "de.md")).unwrap();
    let stale = text.replace(RECORD, &format!("source_version: {OLD}"));
    write(d, "de.md", stale.as_bytes());
    let units = read(d, ".charte/units/de.json");
    // The seam appends a line to every translation sync is about to replace, after sync read
    // it and before it writes.
    let out = charte(d)
        .args(["sync", "de", "en"])
        .env("CHARTE_TEST_EDIT_BEFORE_COMMIT", "Eine neue Zeile.\n")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charter/de.md changed while it was being synced"), "{err}");
    assert_eq!(String::from_utf8(read(d, "de.md")).unwrap(), format!("{stale}Eine neue Zeile.\n"));
    assert_eq!(read(d, ".charte/units/de.json"), units);
}

#[test]
fn a_unit_record_that_cannot_be_written_leaves_the_translation_as_it_was() {
    let dir = charter_copy();
    let d = dir.path();
    let text = String::from_utf8(read(d, "de.md")).unwrap();
    let stale = text.replace(RECORD, &format!("source_version: {OLD}"));
    write(d, "de.md", stale.as_bytes());
    // A regular file where the units directory must be (chmod does not stop root).
    std::fs::remove_dir_all(d.join("charter/.charte/units")).unwrap();
    std::fs::write(d.join("charter/.charte/units"), "not a directory\n").unwrap();
    let (code, out, err) = sync(d, &["de"]);
    assert_eq!(code, 2, "{out}{err}");
    // Refused before anything is written: the path names the file in the way.
    assert!(err.contains("charter/.charte/units"), "{err}");
    assert_eq!(String::from_utf8(read(d, "de.md")).unwrap(), stale);
    let left: Vec<_> = std::fs::read_dir(d.join("charter"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".charte-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_failed_rename_puts_back_the_files_already_replaced() {
    // Two translations planned together; the second changes after planning: the first, already
    // replaced, is put back byte for byte.
    let dir = charter_copy();
    let d = dir.path();
    let c = d.join("charter");
    for lang in ["de", "en"] {
        let text = String::from_utf8(read(d, &format!("{lang}.md"))).unwrap();
        write(d, &format!("{lang}.md"), text.replace(RECORD, &format!("source_version: {OLD}")).as_bytes());
    }
    let (de, en) = (read(d, "de.md"), read(d, "en.md"));
    let units = read(d, ".charte/units/de.json");
    let root = charte::containment::Root::new(d).unwrap();
    let (file, parsed) = charte::project::load_master_in(&root, &c.join("fr.md")).unwrap();
    let master = charte::project::Master { file, parsed };
    let (de_path, en_path) = (c.join("de.md"), c.join("en.md"));
    let requests = [
        charte::sync::Request { master: &master, lang: "de", path: &de_path },
        charte::sync::Request { master: &master, lang: "en", path: &en_path },
    ];
    let (_, plan) = charte::sync::plan(&root, &requests, false).unwrap();
    assert_eq!(plan.replaced().collect::<Vec<_>>(), [de_path.as_path(), en_path.as_path()]);
    let mut edited = en.clone();
    edited.extend_from_slice(b"\nA new line.\n");
    std::fs::write(&en_path, &edited).unwrap();
    let err = plan.commit(&root).unwrap_err();
    assert!(matches!(err, charte::Error::Changed { .. }), "{err}");
    assert_eq!(read(d, "de.md"), de);
    assert_eq!(read(d, "en.md"), edited);
    assert_eq!(read(d, ".charte/units/de.json"), units);
}

#[test]
fn init_never_overwrites_and_never_leaves_half_a_state() {
    let dir = charter_copy();
    let d = dir.path();
    let c = d.join("charter");
    // An existing file and a dangling link are both left alone.
    std::fs::write(c.join("pt.md"), "mine\n").unwrap();
    let (code, out, _) = {
        let o = charte(d).args(["init", "pt"]).output().unwrap();
        (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), ())
    };
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(std::fs::read_to_string(c.join("pt.md")).unwrap(), "mine\n");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(c.join("nowhere.md"), c.join("pl.md")).unwrap();
        let o = charte(d).args(["init", "pl"]).output().unwrap();
        assert_eq!(o.status.code(), Some(1));
        assert!(std::fs::symlink_metadata(c.join("pl.md")).unwrap().file_type().is_symlink());
        assert!(!c.join("nowhere.md").exists());
    }
    // The unit record cannot be written: no translation is created.
    std::fs::remove_dir_all(c.join(".charte/units")).unwrap();
    std::fs::write(c.join(".charte/units"), "not a directory\n").unwrap();
    let o = charte(d).args(["init", "pt-BR"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!c.join("pt-BR.md").exists());
    // And once it can, init works.
    std::fs::remove_file(c.join(".charte/units")).unwrap();
    let o = charte(d).args(["init", "pt-BR"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(c.join("pt-BR.md").exists() && c.join(".charte/units/pt-BR.json").exists());
}

// ---------------------------------------------------------------------------------------------
// Property: over generated front matters, `set_record` either changes only the record line's
// bytes (or adds one line before the closing `---`) and check reads the version back, or
// refuses.

/// One generated front matter, its pieces kept to build it with any line ending.
fn front_matter() -> impl Strategy<Value = (Vec<String>, usize, bool, bool)> {
    let key = prop_oneof![
        Just("title".to_owned()),
        Just("description".to_owned()),
        Just("slug".to_owned()),
        Just("source_version".to_owned()),
        Just("\"source_version\"".to_owned()),
        Just("'title'".to_owned()),
        Just("? source_version\n".to_owned()),
        Just("&a source_version".to_owned()),
        Just("!!str source_version".to_owned()),
        Just("  source_version".to_owned()),
        Just("x-y".to_owned()),
    ];
    let value = prop_oneof![
        Just("Charte".to_owned()),
        Just("0123456789abcdef".to_owned()),
        Just("\"0673565026129282\"".to_owned()),
        Just("'it''s'".to_owned()),
        Just("\"a: b # c\"".to_owned()),
        Just("12".to_owned()),
        Just("true".to_owned()),
        Just("x # comment".to_owned()),
        Just("[a, b]".to_owned()),
        Just("{a: b}".to_owned()),
        Just("|\n  block\n  text".to_owned()),
        Just(">-\n  folded".to_owned()),
        Just("|+\n  kept\n".to_owned()),
        Just("&v anchored".to_owned()),
        Just("!!str tagged".to_owned()),
        Just("\"two\n  lines\"".to_owned()),
        Just("plain\n  continued".to_owned()),
        Just("".to_owned()),
        Just("\n  - item".to_owned()),
    ];
    let line = prop_oneof![
        6 => (key, value).prop_map(|(k, v)| format!("{k}: {v}")),
        1 => Just("# a comment".to_owned()),
        1 => Just("".to_owned()),
        1 => Just("{title: T, source_version: 0123456789abcdef}".to_owned()),
        1 => Just("- item".to_owned()),
    ];
    (prop::collection::vec(line, 0..6), 0..4usize, any::<bool>(), any::<bool>())
}

fn assemble(lines: &[String], eol: usize, bom: bool, body: bool) -> String {
    let eol = ["\n", "\r\n", "\r", "\n"][eol];
    let mut text = String::new();
    if bom {
        text.push('\u{feff}');
    }
    text.push_str("---");
    text.push_str(eol);
    for line in lines {
        // Line breaks inside a generated line take the chosen ending too.
        text.push_str(&line.replace('\n', eol));
        text.push_str(eol);
    }
    text.push_str("---");
    text.push_str(eol);
    if body {
        text.push_str(&format!("{eol}# Titre{eol}{eol}Texte.{eol}"));
    }
    text
}

/// The byte oracle, one copy for the tests and the fuzz target.
#[path = "support/record_oracle.rs"]
mod record_oracle;
use record_oracle::only_the_record_line_changed;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn sync_changes_only_the_record_line_or_refuses((lines, eol, bom, body) in front_matter()) {
        let text = assemble(&lines, eol, bom, body);
        let file = charte::SourceFile::new("de.md", text.clone());
        for version in ["99d82df619cb5ed7", "0673565026129282"] {
            let Ok(new) = charte::sync::set_record(&file, version) else { continue };
            if let Err(e) = only_the_record_line_changed(file.text().as_bytes(), new.as_bytes(), version) {
                prop_assert!(false, "{text:?} -> {new:?}: {e}");
            }
            let parsed = charte::parse(&charte::SourceFile::new("de.md", new.clone()));
            let record = charte::drift::record(&parsed.document).map(|r| r.0);
            prop_assert_eq!(record.as_deref(), Some(version), "{:?} -> {:?}", text, new);
        }
    }
}

#[test]
fn through_the_binary_sync_changes_only_the_record_line_or_refuses_and_writes_nothing() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let mut runner =
        TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(Config::default().rng_algorithm));
    let dir = charter_copy();
    let d = dir.path();
    let (mut synced, mut refused) = (0, 0);
    for _ in 0..12 {
        let (lines, eol, bom, _) = front_matter().new_tree(&mut runner).unwrap().current();
        let text = assemble(&lines, eol, bom, true);
        write(d, "de.md", text.as_bytes());
        let (code, out, err) = sync(d, &["de", "--force"]);
        let after = read(d, "de.md");
        match code {
            0 => {
                synced += 1;
                let after = String::from_utf8(after).unwrap();
                let (old, new) = (text.trim_start_matches('\u{feff}'), after.trim_start_matches('\u{feff}'));
                assert_eq!(text.starts_with('\u{feff}'), after.starts_with('\u{feff}'));
                only_the_record_line_changed(old.as_bytes(), new.as_bytes(), "99d82df619cb5ed7")
                    .unwrap_or_else(|e| panic!("{text:?} -> {after:?}: {e}"));
            }
            2 => {
                refused += 1;
                assert_eq!(after, text.as_bytes(), "{err}");
            }
            _ => panic!("{text:?}: {code} {out}{err}"),
        }
    }
    assert!(synced > 0 && refused > 0, "{synced} synced, {refused} refused");
}
