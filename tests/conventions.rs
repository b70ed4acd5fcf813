//! Project conventions as configuration (issue #14): code placeholders, `untranslated`
//! exemptions, one-way `emphasis-count`, flanking-aware `unclosed-emphasis`, translated
//! ordinals, and the `line-count` rule. Synthetic pages shaped like a command reference.

mod common;

use common::{charte, check_json, findings};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const BASE: &str = "master = \"en\"\ndocuments = [\"pages.{lang}/*.md\"]\n";

/// A project with one master page and its German translation; `extra` is appended to the
/// configuration.
fn project(master: &str, translation: &str, extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("{BASE}{extra}\n[rules]\nunsynced = \"off\"\n"));
    write(d, "pages.en/cmd.md", master);
    write(d, "pages.de/cmd.md", translation);
    dir
}

fn rules_of(dir: &Path) -> Vec<String> {
    let (_, json) = check_json(dir, &[]);
    findings(&json).into_iter().map(|f| f.0).collect()
}

const TAR: &str = "# tar\n\n> Archiving utility.\n> More information: <https://example.org/tar>.\n\n- Create an archive from files:\n\n`tar cf {{path/to/target.tar}} {{path/to/file1 path/to/file2 ...}}`\n";
const TAR_DE: &str = "# tar\n\n> Archivierungswerkzeug.\n> Weitere Informationen: <https://example.org/tar>.\n\n- Erstelle ein Archiv aus Dateien:\n\n`tar cf {{pfad/zu/ziel.tar}} {{pfad/zu/datei1 pfad/zu/datei2 ...}}`\n";

#[test]
fn code_placeholders_are_masked_before_comparing() {
    let dir = project(TAR, TAR_DE, "");
    assert!(rules_of(dir.path()).contains(&"code-mismatch".to_owned()));
    let dir = project(TAR, TAR_DE, "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n");
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    // The command itself is still compared.
    let other = TAR_DE.replace("tar cf", "tar xf");
    let dir = project(TAR, &other, "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n");
    assert_eq!(rules_of(dir.path()), ["code-mismatch", "code-mismatch"]);
}

#[test]
fn a_bad_placeholder_pattern_is_a_located_error() {
    let dir = project(TAR, TAR_DE, "[code]\nplaceholders = [\n  '(unclosed',\n]\n");
    let out = charte(dir.path()).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charte.toml:5:3"), "{err}");
}

#[test]
fn command_titles_and_code_only_units_are_not_untranslated() {
    let master = "# git-commit\n\n`git commit -m {{message}}`\n\n[the manual](https://git-scm.com), <https://x.org> 2024\n\nSee [the manual](https://git-scm.com) here.\n\nThe rest is prose.\n";
    let dir = project(master, master, "");
    // Only the prose paragraphs are reported: the title and the code line are identical by design.
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().map(|f| (f.0, f.2)).collect();
    assert_eq!(found, [("untranslated".to_owned(), 7), ("untranslated".to_owned(), 9)]);
}

#[test]
fn identifier_keys_of_the_front_matter_can_be_exempted() {
    let master = "---\ntitle: Title\nlayout: page-wide\n---\n\n# T\n\nText.\n";
    let translation = "---\ntitle: Titel\nlayout: page-wide\n---\n\n# T\n\nText auf Deutsch.\n";
    let dir = project(master, translation, "");
    assert_eq!(rules_of(dir.path()), ["untranslated"]);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("{BASE}[rules]\nunsynced = \"off\"\n[rules.untranslated]\nkeys = [\"layout\"]\n"));
    write(d, "pages.en/cmd.md", master);
    write(d, "pages.de/cmd.md", translation);
    assert_eq!(rules_of(d), Vec::<String>::new());
}

fn with_rules(master: &str, translation: &str, rules: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("{BASE}[rules]\nunsynced = \"off\"\n{rules}"));
    write(d, "pages.en/cmd.md", master);
    write(d, "pages.de/cmd.md", translation);
    dir
}

#[test]
fn extra_emphasis_can_be_allowed_one_way() {
    let master = "# x\n\n- Show *all* files:\n";
    let extra = "# x\n\n- Zeige *alle* Dateien im *Verzeichnis*:\n";
    let missing = "# x\n\n- Zeige alle Dateien:\n";
    let dir = with_rules(master, extra, "");
    assert_eq!(rules_of(dir.path()), ["emphasis-count"]);
    let dir = with_rules(master, extra, "[rules.emphasis-count]\nextra = \"allow\"\n");
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    let dir = with_rules(master, missing, "[rules.emphasis-count]\nlevel = \"warning\"\nextra = \"allow\"\n");
    let (code, json) = check_json(dir.path(), &[]);
    assert_eq!(findings(&json).into_iter().map(|f| f.0).collect::<Vec<_>>(), ["emphasis-count"]);
    assert_eq!(code, 0, "the table's level applies: {json}");
}

#[test]
fn rule_tables_reject_unknown_options_with_a_location() {
    let dir = with_rules(
        "# x\n",
        "# x\n",
        "strong-count = \"warning\"\n\n[rules.emphasis-count]\nextra = \"allow\"\nnope = 1\n",
    );
    let out = charte(dir.path()).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charte.toml:9:1") && err.contains("nope"), "{err}");
    let dir = with_rules("# x\n", "# x\n", "[rules.emphasis-count]\nextra = \"sometimes\"\n");
    let out = charte(dir.path()).arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("charte.toml:6:9"), "{err}");
}

#[test]
fn literal_asterisks_and_underscores_are_not_unclosed_emphasis() {
    let master = "# x\n\n- Notify the maintainers:\n\n- Find all files:\n\n- Query the service record:\n\n- Read the **config** file:\n";
    let translation = "# x\n\n- Benachrichtige die Betreuer*innen:\n\n- Finde alle *.ext Dateien:\n\n- Frage _xmpp-server._tcp und snake_case ab:\n\n- Lies die **Konfigurations Datei:\n";
    let dir = project(master, translation, "");
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().filter(|f| f.0 == "unclosed-emphasis").map(|f| f.2).collect();
    assert_eq!(found, [9], "{json}");
}

#[test]
fn a_translated_ordinal_is_named_as_such() {
    let master = "# x\n\n- Print column 10:\n\n`cut -f 10`\n";
    let translation = "# x\n\n- 10. Spalte ausgeben:\n\n`cut -f 10`\n";
    let dir = project(master, translation, "");
    let out = charte(dir.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("empty-unit"), "{text}");
    assert!(text.contains("block-structure") && text.contains("10\\."), "{text}");
    let (_, json) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&json).into_iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
        [("block-structure".to_owned(), 3)]
    );
    // Escaped, it is text.
    let dir = project(master, &translation.replace("10.", "10\\."), "");
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
}

#[test]
fn line_count_is_off_by_default_and_counts_lines() {
    let translation = TAR.replace("> More information", "> Siehe auch: bsdtar.\n> More information");
    let dir = project(TAR, &translation, "");
    assert!(!rules_of(dir.path()).contains(&"line-count".to_owned()));
    let dir = with_rules(TAR, &translation, "line-count = \"warning\"\n");
    let (code, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().filter(|f| f.0 == "line-count").map(|f| f.2).collect();
    assert_eq!(found, [3], "{json}");
    assert_eq!(code, 0);
    let out = charte(dir.path()).args(["rules", "line-count"]).output().unwrap();
    assert!(out.status.success());
    let list = charte(dir.path()).arg("rules").output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    let line = list.lines().find(|l| l.contains("line-count")).unwrap_or_default();
    assert!(line.contains("off"), "{line}");
}

#[test]
fn a_title_that_names_the_page_is_not_untranslated() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("{BASE}[rules]\nunsynced = \"off\"\n"));
    for (page, title) in [("git-merge", "git merge"), ("pacman-s", "pacman -S"), ("nix-build.3", "nix build")] {
        write(d, &format!("pages.en/{page}.md"), &format!("# {title}\n\n> Merge the branches.\n"));
        write(d, &format!("pages.de/{page}.md"), &format!("# {title}\n\n> Führe die Zweige zusammen.\n"));
    }
    // Not the page's name: still reported.
    write(d, "pages.en/other.md", "# git merge\n\n> Merge the branches.\n");
    write(d, "pages.de/other.md", "# git merge\n\n> Führe die Zweige zusammen.\n");
    let (_, json) = check_json(d, &[]);
    let found: Vec<_> = findings(&json).into_iter().map(|f| (f.0, f.1)).collect();
    assert_eq!(found, [("untranslated".to_owned(), "other.md".to_owned())]);
}

#[test]
fn sync_compares_as_check_does() {
    // Without the convention, the translated placeholders are structural errors: refused.
    let lock = "[sync]\nrecords = \"lockfile\"\n";
    let dir = project(TAR, TAR_DE, lock);
    let out = charte(dir.path()).args(["sync", "de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(!dir.path().join("charte.lock").exists());
    // With it, or with the rule turned off, the page syncs.
    let placeholders = "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n";
    for extra in [format!("{lock}{placeholders}"), format!("{lock}[rules.code-mismatch]\nlevel = \"off\"\n")] {
        let dir = project(TAR, TAR_DE, &extra);
        let out = charte(dir.path()).args(["sync", "de"]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{extra}: {text}{}", String::from_utf8_lossy(&out.stderr));
        let lock = std::fs::read_to_string(dir.path().join("charte.lock")).unwrap();
        assert!(lock.contains("pages.de/cmd.md "), "{lock}");
    }
}

#[test]
fn an_example_left_out_is_found_where_it_is_and_the_rest_pairs_up() {
    let example = |d: &str, c: &str| format!("\n- {d}:\n\n`{c}`\n");
    let page = |examples: &[(&str, &str)]| {
        let body: String = examples.iter().map(|(d, c)| example(d, c)).collect();
        format!("# tar\n\n> Archiving utility.\n{body}")
    };
    let master = page(&[
        ("Create an archive", "tar cf {{target.tar}} {{file}}"),
        ("List the contents", "tar tvf {{source.tar}}"),
        ("Extract 2 files", "tar xf {{source.tar}} -n 2"),
        ("Extract 10 files", "tar xf {{source.tar}} -n 10"),
    ]);
    // The German page lacks the second example.
    let german = page(&[
        ("Erstelle ein Archiv", "tar cf {{ziel.tar}} {{datei}}"),
        ("Entpacke 2 Dateien", "tar xf {{quelle.tar}} -n 2"),
        ("Entpacke 10 Dateien", "tar xf {{quelle.tar}} -n 10"),
    ])
    .replace("Archiving utility", "Archivierungswerkzeug");
    let dir = project(&master, &german, "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n");
    let (_, json) = check_json(dir.path(), &[]);
    let found = findings(&json);
    // Two findings (the list and the paragraph of the example), both where it is missing: at
    // the German page's second example (its description or its command). Nothing is said of
    // the examples that follow (a diff by kind alone paired them off by one).
    let line = german.lines().position(|l| l.starts_with("- Entpacke 2")).unwrap() as u64 + 1;
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.0 == "block-structure" && (line..=line + 2).contains(&f.2)), "{found:?}");
}

#[test]
fn numbers_can_be_compared_in_code_only() {
    let master = "# ping\n\n> Send 4 packets.\n\n- Ping 4 times:\n\n`ping -c 4 {{host}}`\n";
    let french = "# ping\n\n> Envoie quatre paquets.\n\n- Pinguer quatre fois :\n\n`ping -c 4 {{hôte}}`\n";
    let placeholders = "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n";
    let sorted = |dir: &Path| {
        let mut rules = rules_of(dir);
        rules.sort();
        rules
    };
    let dir = project(master, french, placeholders);
    assert_eq!(sorted(dir.path()), ["number-mismatch", "number-mismatch"]);
    let option = format!("{placeholders}[rules.number-mismatch]\nin = \"code\"\n");
    let dir = project(master, french, &option);
    assert_eq!(sorted(dir.path()), Vec::<String>::new());
    // A number of the command still counts; a placeholder's digits are the translator's.
    let dir = project(master, &french.replace("-c 4", "-c 5"), &option);
    assert_eq!(sorted(dir.path()), ["code-mismatch", "code-mismatch", "number-mismatch"]);
    let dir = project(master, &french.replace("{{hôte}}", "{{hôte 2}}"), &option);
    assert_eq!(sorted(dir.path()), Vec::<String>::new());
    let dir = project(master, french, "[rules.number-mismatch]\nin = \"prose\"\n");
    let out = charte(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}

const PLACEHOLDERS: &str = "[code]\nplaceholders = ['\\{\\{.*?\\}\\}']\n";

#[test]
fn a_word_set_as_code_in_prose_or_taken_out_of_code_is_the_same_code() {
    let master = "# apt\n\n> Package manager.\n\n- Update the list before other `apt` commands:\n\n`apt update`\n\n- Install with apt:\n\n`apt install {{package}}`\n";
    // The translator kept `apt` but wrote it between quotes, and set the plain word as code.
    let german = "# apt\n\n> Paketverwaltung.\n\n- Aktualisiere die Liste vor anderen „apt“-Befehlen:\n\n`apt update`\n\n- Installiere mit `apt`:\n\n`apt install {{paket}}`\n";
    let dir = project(master, german, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    // Code that is a command and loses its backticks, or a word the master does not have, still
    // counts.
    let dropped = german.replace("`apt update`", "apt update");
    let dir = project(master, &dropped, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), ["code-mismatch"]);
    let other = german.replace("mit `apt`", "mit `dpkg`");
    let dir = project(master, &other, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), ["code-mismatch"]);
}

#[test]
fn code_moved_to_another_example_is_not_missing_or_extra() {
    let page = |desc: &str, examples: &[(&str, &str)]| {
        let body: String = examples.iter().map(|(d, c)| format!("\n- {d}:\n\n`{c}`\n")).collect();
        format!("# pacman\n\n> {desc}.\n{body}")
    };
    let master = page(
        "Package manager",
        &[
            ("Install", "pacman -S {{package}}"),
            ("Search", "pacman -Ss {{pattern}}"),
            ("Find the owner of a file", "pacman -F {{file}}"),
            ("List explicit packages", "pacman -Qe"),
        ],
    );
    // An older translation: no search example, a list of all packages instead, and the same
    // number of examples, so they pair by position.
    let german = page(
        "Paketverwaltung",
        &[
            ("Installieren", "pacman -S {{paket}}"),
            ("Den Besitzer einer Datei finden", "pacman -F {{datei}}"),
            ("Alle Pakete auflisten", "pacman -Q"),
            ("Explizite Pakete auflisten", "pacman -Qe"),
        ],
    );
    let dir = project(&master, &german, PLACEHOLDERS);
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["rule"].as_str().unwrap().to_owned(), d["message"].as_str().unwrap().to_owned()))
        .collect();
    // `pacman -F` is in both pages: only the search missing and the list added are said.
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.0 == "code-mismatch"), "{found:?}");
    assert!(found.iter().any(|f| f.1.contains("pacman -Ss")), "{found:?}");
    assert!(found.iter().any(|f| f.1.contains("`pacman -Q`")), "{found:?}");
}

#[test]
fn spacing_inside_inline_code_is_not_a_different_command() {
    let master = "# ps\n\n> Processes.\n\n- Print the serial:\n\n`ioreg | awk '{ print $4 }'`\n";
    let german = "# ps\n\n> Prozesse.\n\n- Die Seriennummer ausgeben:\n\n`ioreg |awk '{print $4}'`\n";
    let dir = project(master, german, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    let dir = project(master, &german.replace("print", "printf"), PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), ["code-mismatch", "code-mismatch"]);
}

#[test]
fn a_literal_asterisk_of_the_master_stays_literal_in_the_translation() {
    // Korean attaches a particle to the word before: `*를` is the master's `*`, not an opener.
    let master = "# case\n\n- Combine patterns with |, and use * as fallback pattern:\n\n- Read the **config** file:\n";
    let korean = "# case\n\n- 패턴을 |와 결합하고, *를 대비책 패턴으로 사용:\n\n- **설정 파일을 읽기:\n";
    let dir = project(master, korean, "");
    let (_, json) = check_json(dir.path(), &[]);
    let found: Vec<_> = findings(&json).into_iter().filter(|f| f.0 == "unclosed-emphasis").map(|f| f.2).collect();
    assert_eq!(found, [5], "{json}");
}

#[test]
fn an_older_translation_pairs_its_examples_with_the_first_ones() {
    let page = |examples: &[(&str, &str)]| {
        let body: String = examples.iter().map(|(d, c)| format!("\n- {d}:\n\n`{c}`\n")).collect();
        format!("# case\n\n> A builtin.\n{body}")
    };
    let master = page(&[
        ("Match a word", "case {{$x}} in {{words}}) {{wc --words}} ;; esac"),
        ("Combine patterns with |, use * as a fallback", "case {{$x}} in {{a|b}}) {{wc}} ;; *) {{echo}} ;; esac"),
        ("Match several", "case {{$x}} in {{a}}) {{echo}} ;;& *) {{echo}} ;; esac"),
        ("Fall through", "case {{$x}} in {{a}}) {{echo}} ;& *) {{echo}} ;; esac"),
    ]);
    // Written for an older master: two examples, their commands since rewritten.
    let korean = page(&[
        ("단어 일치", "case {{$y}} in {{words}}) {{wc -w}}; ;; esac"),
        ("패턴을 |와 결합하고, *를 대비책 패턴으로 사용", "case {{$y}} in {{a|b}}) {{wc}}; ;; *) {{echo}}; ;; esac"),
    ])
    .replace("A builtin", "내장 명령");
    let dir = project(&master, &korean, PLACEHOLDERS);
    let (_, json) = check_json(dir.path(), &[]);
    let last = korean.lines().count() as u64;
    for d in json["diagnostics"].as_array().unwrap() {
        let (rule, line) = (d["rule"].as_str().unwrap(), d["line"].as_u64().unwrap());
        match rule {
            // Each command is compared with the master's command of the same example.
            "code-mismatch" => assert_eq!(d["source_line"].as_u64().unwrap(), line, "{json}"),
            // The examples the translation lacks are missing at its end.
            "block-structure" => assert_eq!(line, last, "{json}"),
            _ => panic!("unexpected {rule}: {json}"),
        }
    }
}

#[test]
fn a_host_with_or_without_its_slash_and_a_translated_example_word_are_the_same_link() {
    let master = "# curl\n\n> Transfers data.\n> More information: <https://curl.se/>.\n\n- Access at <http://localhost:port>:\n\n`curl http://localhost:8080`\n";
    let dutch = "# curl\n\n> Draagt gegevens over.\n> Meer informatie: <https://curl.se>.\n\n- Toegang via <http://localhost:poort>:\n\n`curl http://localhost:8080`\n";
    let dir = project(master, dutch, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    // Another host, another path, or a language code in the path is another link.
    for (from, to) in [("https://curl.se>", "https://curl.haxx.se>"), ("localhost:poort", "localhost:8080/en")] {
        let dir = project(master, &dutch.replace(from, to), PLACEHOLDERS);
        assert_eq!(rules_of(dir.path()), ["link-mismatch", "link-mismatch"], "{to}");
    }
    let docs = master.replace("https://curl.se/", "https://docs.example.org/en/curl");
    let dir = project(&docs, &dutch.replace("https://curl.se", "https://docs.example.org/nl/curl"), PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), ["link-mismatch", "link-mismatch"]);
}

#[test]
fn a_number_of_the_master_may_be_a_placeholder_plain_text_or_elsewhere_in_the_translation() {
    let option = format!("{PLACEHOLDERS}[rules.number-mismatch]\nin = \"code\"\n");
    let master = "# aplay\n\n> Plays sound.\n\n- Play at a rate of 2500:\n\n`aplay --rate=2500 {{file}}`\n\n- Forward port 1080 with `ssh -D 1080`:\n\n`ssh -D 1080 {{host}}`\n\n- Wait 3 seconds:\n\n`sleep 3`\n";
    // The rate became a placeholder, the option of the description lost its backticks, and the
    // last two examples are in the other order.
    let spanish = "# aplay\n\n> Reproduce sonido.\n\n- Reproducir a una velocidad:\n\n`aplay --rate={{2500}} {{archivo}}`\n\n- Esperar 3 segundos:\n\n`sleep 3`\n\n- Reenviar el puerto con ssh -D 1080:\n\n`ssh -D 1080 {{anfitrión}}`\n";
    let dir = project(master, spanish, &option);
    let found: Vec<String> = rules_of(dir.path()).into_iter().filter(|r| r == "number-mismatch").collect();
    assert_eq!(found, Vec::<String>::new());
    // A number glued to an option is written too (`--channels 2`, `-c2`).
    let master2 = master.replace("{{file}}`", "--channels 2 {{file}}`");
    let dir = project(&master2, &spanish.replace("{{archivo}}`", "-c2 {{archivo}}`"), &option);
    let found: Vec<String> = rules_of(dir.path()).into_iter().filter(|r| r == "number-mismatch").collect();
    assert_eq!(found, Vec::<String>::new());
    // A number the translation has nowhere is still missing.
    let dir = project(master, &spanish.replace("{{2500}}", "{{velocidad}}"), &option);
    let found: Vec<String> = rules_of(dir.path()).into_iter().filter(|r| r == "number-mismatch").collect();
    assert_eq!(found, ["number-mismatch"]);
}

#[test]
fn a_translated_page_name_in_a_link_is_another_link() {
    let master = "# x\n\nRead [the manifesto](https://pauseia.fr/manifeste).\n";
    let english = "# x\n\nRead [the manifesto](https://pauseia.fr/manifesto).\n";
    let dir = project(master, english, "");
    // Its words are the master's ("Read" is a word to translate): untranslated too.
    assert_eq!(rules_of(dir.path()), ["link-mismatch", "untranslated", "link-mismatch"]);
    let dir = project(master, &english.replace("Read [the", "Lies [das"), "");
    assert_eq!(rules_of(dir.path()), ["link-mismatch", "link-mismatch"]);
}

#[test]
fn one_word_code_of_a_description_may_be_translated_when_the_project_says_so() {
    let master = "# alex\n\n> Catches insensitive writing.\n\n- Analyze text from `stdin` in `old_file`:\n\n`echo {{His network looks good}} | alex --stdin`\n\n- Show the `tldr` page of `--help`:\n\n`alex --help`\n";
    // `stdin` translated, `tldr` dropped, a translated word set as code; the option is kept.
    let chinese = "# alex\n\n> 捕捉不敏感的写作。\n\n- 分析来自标准输入的文本 `旧_文件`：\n\n`echo {{他的网络看起来不错}} | alex --stdin`\n\n- 显示 `--help` 的 `帮助` 页面：\n\n`alex --help`\n";
    let dir = project(master, chinese, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()).len(), 5);
    let option = format!("{PLACEHOLDERS}[rules.code-mismatch]\nwords = \"translatable\"\n");
    let dir = project(master, chinese, &option);
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    // An option, a path or a command in a description is still code to keep.
    let dir = project(master, &chinese.replace("显示 `--help`", "显示 `-h`"), &option);
    assert_eq!(rules_of(dir.path()), ["code-mismatch", "code-mismatch"]);
    let dir = project(master, chinese, "[rules.code-mismatch]\nwords = \"yes\"\n");
    let out = charte(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn punctuation_next_to_a_placeholder_and_neighbouring_placeholders_are_the_placeholder() {
    let master =
        "# assoc\n\n> File associations.\n\n- Show one:\n\n`assoc {{.txt}} ${{var}} '{{pattern}}' {{arg1 arg2 ...}}`\n";
    let japanese = "# assoc\n\n> ファイルの関連付け。\n\n- 表示する:\n\n`assoc .{{txt}} {{$変数}} {{'パターン'}} {{引数1}} {{引数2}}`\n";
    let dir = project(master, japanese, PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), Vec::<String>::new());
    // The command and its options around the placeholders still count.
    let dir = project(master, &japanese.replace("assoc .", "assoc -x ."), PLACEHOLDERS);
    assert_eq!(rules_of(dir.path()), ["code-mismatch", "code-mismatch"]);
}

#[test]
fn a_link_found_in_another_unit_of_the_page_is_not_missing() {
    // The translator nested the description in a second quote (`> >`): the link is there, in
    // a block of its own. The quote is reported; the link is not missing.
    let master = "# amass\n\n> Subdomain enumeration.\n> More information: <https://github.com/owasp-amass/amass>.\n\n- Run:\n\n`amass enum`\n";
    let italian = "# amass\n\n> Enumerazione dei sottodomini.\n> > Maggiori informazioni: <https://github.com/owasp-amass/amass>.\n\n- Esegui:\n\n`amass enum`\n";
    let dir = project(master, italian, PLACEHOLDERS);
    let rules = rules_of(dir.path());
    assert!(!rules.iter().any(|r| r == "link-mismatch"), "{rules:?}");
    assert!(rules.iter().any(|r| r == "block-structure"), "{rules:?}");
    // A link the page has nowhere is still missing.
    let dir = project(master, &italian.replace("owasp-amass/amass", "owasp-amass/amass2"), PLACEHOLDERS);
    let rules = rules_of(dir.path());
    assert_eq!(rules.iter().filter(|r| *r == "link-mismatch").count(), 1, "{rules:?}");
}
