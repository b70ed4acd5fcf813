//! Layouts of real multilingual sites (tldr-pages' shape, in small synthetic copies): masters
//! in their own tree (`masters`), directory names that are not canonical tags (`[aliases]`,
//! another letter case), linked directories inside the project, and page names made of dots.

mod common;

use common::{charte, json_in};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const TAR_EN: &str = "# tar\n\n> Archiving utility.\n\n- Create an **archive**:\n\n`tar cf {{target.tar}} {{file}}`\n";
const TAR_DE: &str =
    "# tar\n\n> Archivierungsprogramm.\n\n- Ein **Archiv** erstellen:\n\n`tar cf {{target.tar}} {{file}}`\n";
const LS_EN: &str = "# ls\n\n> List directory contents.\n\n- List files one per line:\n\n`ls -1`\n";
const LS_DE: &str = "# ls\n\n> Verzeichnisinhalte auflisten.\n\n- Eine Datei pro Zeile auflisten:\n\n`ls -1`\n";

/// tldr's shape: English masters in `pages/`, translations in `pages.<lang>/`.
const TLDR: &str = "master = \"en\"\nmasters = [\"pages/**/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n\
                    [rules]\nunsynced = \"warning\"\nuntranslated = \"off\"\n";

fn tldr() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", TLDR);
    write(d, "pages/common/tar.md", TAR_EN);
    write(d, "pages/linux/ls.md", LS_EN);
    write(d, "pages.de/common/tar.md", TAR_DE);
    write(d, "pages.de/linux/ls.md", LS_DE);
    dir
}

/// (rule, file) of each finding but `unsynced`, which marks the files checked.
fn found(json: &serde_json::Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|x| x["rule"] != "unsynced")
                .map(|x| (x["rule"].as_str().unwrap_or("").to_owned(), x["file"].as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// (lang, file) of each file checked: with `unsynced = "warning"`, each translation checked
/// without a sync record has one such finding, whose message names its language
/// (`charte sync LANG`).
fn checked(json: &serde_json::Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|x| x["rule"] == "unsynced")
                .map(|x| {
                    let message = x["message"].as_str().unwrap_or("");
                    let lang = message.split("charte sync ").nth(1).and_then(|m| m.split('`').next()).unwrap_or("");
                    (lang.to_owned(), x["file"].as_str().unwrap_or("").to_owned())
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

#[test]
fn masters_in_their_own_tree_pair_with_the_same_path_under_each_language() {
    let dir = tldr();
    let d = dir.path();
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(json["summary"]["files"], 2, "{json}");
    assert_eq!(found(&json), [], "{json}");
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md"), pair("de", "pages.de/linux/ls.md")], "{json}");
    // A broken translation is compared with its own master.
    write(d, "pages.de/common/tar.md", &TAR_DE.replace("**", ""));
    let (code, json, _) = json_in(d, &[]);
    assert_eq!(code, 1, "{json}");
    let d0 = json["diagnostics"].as_array().unwrap().iter().find(|x| x["rule"] != "unsynced").unwrap();
    assert_eq!((d0["rule"].as_str(), d0["source_file"].as_str()), (Some("strong-count"), Some("pages/common/tar.md")));
    write(d, "pages.de/common/tar.md", TAR_DE);
    // Missing and orphan translations follow the mapping.
    std::fs::remove_file(d.join("pages.de/linux/ls.md")).unwrap();
    write(d, "pages.de/osx/gone.md", LS_DE);
    let (code, json, _) = json_in(d, &[]);
    assert_eq!(code, 0, "warnings only: {json}");
    assert_eq!(
        found(&json),
        [pair("missing-translation", "pages.de/linux/ls.md"), pair("orphan-translation", "pages.de/osx/gone.md")],
        "{json}"
    );
    let orphan = json["diagnostics"].as_array().unwrap().iter().find(|x| x["rule"] == "orphan-translation").unwrap();
    assert!(orphan["message"].as_str().unwrap().contains("pages/osx/gone.md"), "{orphan}");
    // A file named on the command line, from another directory, finds its master; a master
    // stands for its translations; the master's tree is not a translation.
    let (code, json, err) = json_in(&d.join("pages.de/common"), &["tar.md"]);
    assert_eq!((code, checked(&json)), (0, vec![pair("de", "../../pages.de/common/tar.md")]), "{json} {err}");
    let (_, json, _) = json_in(d, &["pages/common/tar.md"]);
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md")], "{json}");
    let (_, json, _) = json_in(d, &["pages/linux/ls.md", "README.md"]);
    assert_eq!(json["summary"]["files"], 0, "{json}");
    assert_eq!(json["skipped"], serde_json::json!(["README.md"]), "{json}");
    // `init` writes where the layout says, `sync` records the master's version.
    let out = charte(d).args(["init", "fr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(d.join("pages.fr/linux/ls.md")).unwrap().contains("# ls"));
    assert!(d.join("pages.fr/common/tar.md").is_file());
    assert!(!d.join("pages.en").exists() && !d.join("pages/fr").exists());
    write(d, "pages.de/linux/ls.md", LS_DE);
    let out = charte(d).args(["sync", "de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(std::fs::read_to_string(d.join("pages.de/linux/ls.md")).unwrap().contains("source_version:"));
    // Existing layouts keep the master language's instance as the master: covered by the other
    // test files; here a master layout that finds nothing is still exit 2.
    write(d, "charte.toml", &TLDR.replace("pages/**", "page/**"));
    let out = charte(d).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no master document") && err.contains("page"), "{err}");
    // Masters found and not one translation (a typo in `documents`): nothing matched either.
    write(d, "charte.toml", &TLDR.replace("pages.{lang}", "page.{lang}"));
    for args in [&["check"][..], &["status"][..], &["sync", "--all"][..]] {
        let out = charte(d).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("no translation found") && err.contains("page.{lang}/**/*.md"), "{args:?}: {err}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("Checked 0 files"), "{args:?}");
    }
}

#[test]
fn a_master_file_of_its_own_beside_a_file_per_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let config = "master = \"en\"\nmasters = [\"charter/source.md\"]\ndocuments = [\"charter/{lang}.md\"]\n\
                  [rules]\nunsynced = \"warning\"\nuntranslated = \"off\"\n";
    write(d, "charte.toml", config);
    write(d, "charter/source.md", TAR_EN);
    write(d, "charter/de.md", TAR_DE);
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(found(&json), [], "{json}");
    // `source` reads as a language tag, but it is the master's file: never its own translation.
    assert_eq!(checked(&json), [pair("de", "charter/de.md")], "{json}");
    let out = charte(d).args(["init", "fr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(d.join("charter/fr.md")).unwrap().contains("# tar"));
}

#[test]
fn bad_master_layouts_and_aliases_are_located_errors() {
    let dir = tldr();
    let d = dir.path();
    for (config, at, needle) in [
        (
            "master = \"en\"\nmasters = [\"pages/**/*.md\", \"x/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n",
            "2:11",
            "one layout per",
        ),
        (
            "master = \"en\"\nmasters = [\"pages/{lang}/**/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n",
            "2:12",
            "{lang}",
        ),
        ("master = \"en\"\nmasters = [\"pages/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n", "2:12", "**/*.md"),
        (
            "master = \"en\"\nmasters = [\"../pages/**/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n",
            "2:12",
            "inside the project",
        ),
        (
            "master = \"en\"\nmasters = [\"docs/**/*.md\"]\ndocuments = [\"docs/{lang}/**/*.md\"]\n",
            "2:12",
            "directory of their own",
        ),
        (
            "master = \"en\"\nmasters = [\"**/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n",
            "2:12",
            "directory of their own",
        ),
        ("master = \"en\"\ndocuments = [\"pages.{lang}/**/*.md\"]\n[aliases]\npt_BR = \"pt_BR\"\n", "4:9", "pt-BR"),
        (
            "master = \"en\"\ndocuments = [\"pages.{lang}/**/*.md\"]\n[aliases]\npt_BR = \"portuguese!\"\n",
            "4:9",
            "canonical",
        ),
    ] {
        write(d, "charte.toml", config);
        let out = charte(d).arg("check").output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{config}: {err}");
        assert!(err.contains(&format!("charte.toml:{at}:")), "{config}: {err}");
        assert!(err.contains(needle), "{config}: {err}");
    }
}

#[test]
fn aliased_and_case_variant_names_are_their_canonical_tag() {
    let dir = tldr();
    let d = dir.path();
    write(d, "charte.toml", &format!("{TLDR}[aliases]\npt_BR = \"pt-BR\"\n"));
    write(d, "pages.pt_BR/common/tar.md", TAR_DE);
    write(d, "pages.zh-tw/common/tar.md", TAR_DE);
    write(d, "pages.zh_CN/common/tar.md", TAR_DE);
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(
        checked(&json),
        [
            pair("de", "pages.de/common/tar.md"),
            pair("de", "pages.de/linux/ls.md"),
            pair("pt-BR", "pages.pt_BR/common/tar.md"),
            pair("zh-TW", "pages.zh-tw/common/tar.md"),
        ],
        "{json}"
    );
    // Only the name without an alias is reported, with its canonical spelling.
    let tags: Vec<&serde_json::Value> =
        json["diagnostics"].as_array().unwrap().iter().filter(|x| x["rule"] == "language-tag").collect();
    assert_eq!(tags.len(), 1, "{json}");
    assert_eq!(tags[0]["file"], "pages.zh_CN", "{json}");
    assert!(tags[0]["message"].as_str().unwrap().contains("zh-CN"), "{json}");
    // Missing translations are named by tag, at the path on disk.
    let missing: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "missing-translation")
        .map(|x| (x["file"].as_str().unwrap().to_owned(), x["message"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(missing.len(), 2, "{json}");
    assert!(missing.iter().any(|(f, m)| f == "pages.pt_BR/linux/ls.md" && m.contains("pt-BR")), "{missing:?}");
    assert!(missing.iter().any(|(f, m)| f == "pages.zh-tw/linux/ls.md" && m.contains("zh-TW")), "{missing:?}");
    // `languages` names the tag; the aliased directory is what it selects.
    let text = "master = \"en\"\nlanguages = [\"pt-BR\"]\nmasters = [\"pages/**/*.md\"]\ndocuments = [\"pages.{lang}/**/*.md\"]\n\
                [aliases]\npt_BR = \"pt-BR\"\n[rules]\nunsynced = \"warning\"\n";
    write(d, "charte.toml", text);
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(checked(&json), [pair("pt-BR", "pages.pt_BR/common/tar.md")], "{json}");
    // A file named on the command line is known by its tag too; `sync` and `init` take tags.
    let (_, json, _) = json_in(d, &["pages.pt_BR/common/tar.md"]);
    assert_eq!(checked(&json), [pair("pt-BR", "pages.pt_BR/common/tar.md")], "{json}");
    let out = charte(d).args(["sync", "pt-BR"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(d.join("pages.pt_BR")).unwrap();
    write(d, "charte.toml", &format!("{TLDR}[aliases]\npt_BR = \"pt-BR\"\n"));
    let out = charte(d).args(["init", "pt-BR"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(d.join("pages.pt_BR/common/tar.md").is_file() && !d.join("pages.pt-BR").exists());
}

#[test]
fn a_language_directory_linked_to_the_masters_is_the_master() {
    let dir = tldr();
    let d = dir.path();
    std::os::unix::fs::symlink("pages", d.join("pages.en")).unwrap();
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(found(&json), [], "{json}");
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md"), pair("de", "pages.de/linux/ls.md")], "{json}");
    // tldr's own shape without `masters`: the master is found through the link.
    write(
        d,
        "charte.toml",
        "master = \"en\"\ndocuments = [\"pages.{lang}/**/*.md\"]\n[rules]\nunsynced = \"warning\"\nuntranslated = \"off\"\n",
    );
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(json["summary"]["files"], 2, "{json}");
    assert_eq!(found(&json), [], "{json}");
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md"), pair("de", "pages.de/linux/ls.md")], "{json}");
    // A link under another language's name to the masters is the master too, never checked
    // against itself.
    write(d, "charte.toml", TLDR);
    std::os::unix::fs::symlink("pages", d.join("pages.en-US")).unwrap();
    let (code, json, err) = json_in(d, &[]);
    assert_eq!((code, json["summary"]["files"].as_u64()), (0, Some(2)), "{json} {err}");
}

#[test]
fn linked_directories_inside_the_project_are_followed_and_loops_end() {
    let dir = tldr();
    let d = dir.path();
    // A platform directory of the masters and one of a translation, each a link inside the
    // project.
    std::fs::rename(d.join("pages/linux"), d.join("shared-linux")).unwrap();
    std::os::unix::fs::symlink("../shared-linux", d.join("pages/linux")).unwrap();
    // A whole language linked, and a loop back up the tree.
    std::fs::create_dir_all(d.join("work")).unwrap();
    std::fs::rename(d.join("pages.de"), d.join("work/de")).unwrap();
    std::os::unix::fs::symlink("work/de", d.join("pages.de")).unwrap();
    std::fs::rename(d.join("work/de/linux"), d.join("de-linux")).unwrap();
    std::os::unix::fs::symlink("../../de-linux", d.join("work/de/linux")).unwrap();
    std::os::unix::fs::symlink("..", d.join("work/de/loop")).unwrap();
    std::os::unix::fs::symlink("../pages", d.join("pages/common/up")).unwrap();
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(found(&json), [], "{json}");
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md"), pair("de", "pages.de/linux/ls.md")], "{json}");
}

#[test]
fn pages_named_with_dots_are_pages_and_hidden_files_are_not() {
    let dir = tldr();
    let d = dir.path();
    for name in ["..md", "!.md", "$.md"] {
        write(d, &format!("pages/common/{name}"), LS_EN);
        write(d, &format!("pages.de/common/{name}"), LS_DE);
    }
    write(d, "pages/common/.draft.md", LS_EN);
    write(d, "pages/.hidden/x.md", LS_EN);
    write(d, "pages.de/common/._tar.md", "\u{0}junk");
    let (code, json, err) = json_in(d, &[]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(found(&json), [], "{json}");
    let files: Vec<String> = checked(&json).into_iter().map(|(_, f)| f).collect();
    assert_eq!(
        files,
        [
            "pages.de/common/!.md",
            "pages.de/common/$.md",
            "pages.de/common/..md",
            "pages.de/common/tar.md",
            "pages.de/linux/ls.md"
        ],
        "{json}"
    );
    // Named on the command line, a dotted page is checked against its master.
    let (_, json, _) = json_in(d, &["pages.de/common/..md"]);
    assert_eq!(checked(&json), [pair("de", "pages.de/common/..md")], "{json}");
}

/// Files named on the command line are planned as discovery plans them, from only the masters
/// they need: aliased directories, orphans, masters standing for their translations, and the
/// same configuration errors.
#[test]
fn files_named_on_the_command_line_are_planned_as_discovery_plans_them() {
    let dir = tldr();
    let d = dir.path();
    write(d, "charte.toml", &format!("{TLDR}[aliases]\npt_BR = \"pt-BR\"\n"));
    write(d, "pages.pt_BR/linux/ls.md", LS_DE);
    write(d, "pages.de/osx/gone.md", LS_DE);
    let (code, json, err) = json_in(d, &["pages.pt_BR/linux/ls.md", "pages.de/osx/gone.md", "pages/common/tar.md"]);
    assert_eq!(code, 0, "{json} {err}");
    assert_eq!(checked(&json), [pair("de", "pages.de/common/tar.md"), pair("pt-BR", "pages.pt_BR/linux/ls.md")]);
    assert_eq!(found(&json), [pair("orphan-translation", "pages.de/osx/gone.md")], "{json}");
    // A master stands for all its translations, whichever language named it.
    let (_, json, _) = json_in(d, &["pages/linux/ls.md", "pages.de/linux/ls.md"]);
    assert_eq!(checked(&json), [pair("de", "pages.de/linux/ls.md"), pair("pt-BR", "pages.pt_BR/linux/ls.md")]);
    // A configured language without a file is an error with files named too.
    write(d, "charte.toml", &format!("languages = [\"de\", \"fr\"]\n{TLDR}"));
    for args in [&[][..], &["pages.de/common/tar.md"][..]] {
        let (code, _, err) = json_in(d, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("fr") && err.contains("pages.fr"), "{args:?}: {err}");
    }
    // So are a master layout that finds nothing, and layouts that find no translation.
    write(d, "charte.toml", &TLDR.replace("pages/**", "page/**"));
    let (code, _, err) = json_in(d, &["pages.de/common/tar.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no master document"), "{err}");
    write(d, "charte.toml", &TLDR.replace("pages.{lang}", "page.{lang}"));
    let (code, _, err) = json_in(d, &["pages/common/tar.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no translation found"), "{err}");
}

/// Discovery without the absent translations finds the same translations, and judges the
/// layouts the same way (`ensure_found`), with or without languages configured.
#[test]
fn discovery_without_absent_translations_finds_the_same() {
    use charte::project::Project;
    let dir = tldr();
    let d = dir.path();
    write(d, "pages/linux/cp.md", LS_EN);
    write(d, "pages.fr/common/tar.md", TAR_DE);
    let configs = [
        TLDR.to_owned(),
        format!("languages = [\"de\", \"fr\", \"it\"]\n{TLDR}"),
        TLDR.replace("pages.{lang}", "pagez.{lang}"),
        format!("languages = [\"it\"]\n{}", TLDR.replace("pages.{lang}", "pagez.{lang}")),
    ];
    for toml in configs {
        let path = d.join("charte.toml");
        std::fs::write(&path, &toml).unwrap();
        let load = || charte::config::Config::load(&path).unwrap();
        let all = Project::discover(load()).unwrap();
        let lean = Project::discover_keeping(load(), false).unwrap();
        let translations = |p: &Project| -> Vec<_> {
            p.documents
                .iter()
                .map(|s| (s.master.clone(), s.translations.iter().map(|t| t.path.clone()).collect::<Vec<_>>()))
                .collect()
        };
        assert_eq!(translations(&all), translations(&lean), "{toml}");
        assert!(lean.documents.iter().all(|s| s.missing.is_empty()));
        let judged = |p: &Project| p.ensure_found().map_err(|e| e.to_string());
        assert_eq!(judged(&all), judged(&lean), "{toml}");
    }
}
