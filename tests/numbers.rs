//! `number-mismatch` through the binary: the master's numbers and dates written in the forms of
//! the translation's locale pass, another value warns and names the forms, `[numbers] dates`.

mod common;

use common::{charte, check_json, findings};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A French master with a date and a number, and translations in the default layout.
fn project(config: &str, translations: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "charte.toml", &format!("master = \"fr\"\n[rules]\nunsynced = \"off\"\n{config}"));
    write(d, "charter/fr.md", "# Charte\n\nPlus de 1\u{202f}000,5 membres.\n\n_Version du 03/04/2024_\n");
    for (lang, text) in translations {
        write(d, &format!("charter/{lang}.md"), text);
    }
    dir
}

/// The number-mismatch findings: (file, line, message).
fn numbers(dir: &Path) -> Vec<(String, u64, String)> {
    let (_, json) = check_json(dir, &[]);
    let messages = json["diagnostics"].as_array().unwrap().iter().map(|d| d["message"].as_str().unwrap().to_owned());
    findings(&json)
        .into_iter()
        .zip(messages)
        .filter(|((rule, ..), _)| rule == "number-mismatch")
        .map(|((_, file, line), message)| (file, line, message))
        .collect()
}

#[test]
fn native_dates_and_numbers_pass() {
    let dir = project(
        "",
        &[
            ("de", "# Charta\n\nÜber 1.000,5 Mitglieder.\n\n_Fassung vom 3. April 2024_\n"),
            ("nl", "# Handvest\n\nMeer dan 1.000,5 leden.\n\n_Versie van 3 april 2024_\n"),
            ("en", "# Charter\n\nOver 1,000.5 members.\n\n_Version of 3 April 2024_\n"),
            ("es", "# Carta\n\nMás de 1000,5 miembros.\n\n_Versión del 3/4/2024_\n"),
            ("it", "# Carta\n\nOltre 1.000,5 membri.\n\n_Versione del 03/04/2024_\n"),
        ],
    );
    assert_eq!(numbers(dir.path()), []);
    // The other numeric, medium and abbreviated forms pass too.
    let d = dir.path();
    write(d, "charter/de.md", "# Charta\n\nÜber 1000,5 Mitglieder.\n\n_Fassung vom 03.04.2024_\n");
    write(d, "charter/nl.md", "# Handvest\n\nMeer dan 1000,5 leden.\n\n_Versie van 03-04-2024_\n");
    write(d, "charter/en.md", "# Charter\n\nOver 1000.5 members.\n\n_Version of April 3, 2024_\n");
    assert_eq!(numbers(d), []);
    write(d, "charter/de.md", "# Charta\n\nÜber 1.000,5 Mitglieder.\n\n_Fassung vom 3. Apr. 2024_\n");
    write(d, "charter/en.md", "# Charter\n\nOver 1,000.5 members.\n\n_Version of 03/04/2024_\n");
    assert_eq!(numbers(d), []);
}

#[test]
fn another_value_warns_with_the_expected_forms() {
    let dir = project(
        "",
        &[
            // 4 March: the master's 03/04/2024 is 3 April, read day first in French.
            ("de", "# Charta\n\nÜber 1.000,5 Mitglieder.\n\n_Fassung vom 4. März 2024_\n"),
            // An American number in a German text is another number.
            ("nl", "# Handvest\n\nMeer dan 1,000.5 leden.\n\n_Versie van 3 april 2024_\n"),
        ],
    );
    let found = numbers(dir.path());
    assert_eq!(found.len(), 2, "{found:?}");
    let (file, line, message) = &found[0];
    assert_eq!((file.as_str(), *line), ("de.md", 5));
    assert!(message.starts_with("“03/04/2024” of the master does not appear"), "{message}");
    for form in ["03.04.2024", "3. April 2024", "3. Apr. 2024"] {
        assert!(message.contains(form), "{form}: {message}");
    }
    let (file, line, message) = &found[1];
    assert_eq!((file.as_str(), *line), ("nl.md", 3));
    assert!(message.contains("1.000,5") && message.contains("1000,5"), "{message}");
    // Worded in the reader's language.
    let out = charte(dir.path()).args(["--lang", "de", "check"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("in keiner Schreibweise ihrer Sprache vor: "), "{text}");
}

#[test]
fn exact_dates_are_compared_as_written() {
    let translations = [("de", "# Charta\n\nÜber 1.000,5 Mitglieder.\n\n_Fassung vom 03.04.2024_\n")];
    let dir = project("[numbers]\ndates = \"exact\"\n", &translations);
    let found = numbers(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "“03/04/2024” of the master does not appear in the translation");
    // Numbers are still read by value.
    let dir = project("[numbers]\ndates = \"locale\"\n", &translations);
    assert_eq!(numbers(dir.path()), []);
}

#[test]
fn an_unknown_locale_compares_as_written() {
    // `qaa` is a tag for private use: ICU4X has no data for it.
    let dir = project("", &[("qaa", "# Charte\n\nPlus de 1\u{202f}000,5 membres.\n\n_Version du 3.4.2024_\n")]);
    let found = numbers(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("“03/04/2024”"), "{found:?}");
}

#[test]
fn bad_numbers_settings_are_located_errors() {
    for (config, at, what) in [
        ("[numbers]\ndates = \"iso\"\n", "charte.toml:5:9:", "\"iso\" is not a way to compare dates"),
        ("[numbers]\ndate = \"exact\"\n", "charte.toml:5:1:", "unknown field `date`"),
    ] {
        let dir = project(config, &[]);
        let out = charte(dir.path()).arg("check").output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(at) && stderr.contains(what), "{config}: {stderr}");
    }
}
