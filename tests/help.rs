//! The command line speaks the reader's language: `--help`, each command's help and argument
//! errors come from the catalogue, chosen by `--lang` or the environment before parsing.

mod common;

use common::{charte, root};

/// (locale, a phrase of the top-level help, a phrase of `check --help`, the usage heading).
const LOCALES: &[(&str, &str, &str, &str)] = &[
    ("en", "Keeps the translations", "Translation files to check", "Usage:"),
    ("fr", "Garde les traductions", "Fichiers de traduction à vérifier", "Utilisation :"),
    ("de", "Hält die Übersetzungen", "Zu prüfende Übersetzungsdateien", "Aufruf:"),
    ("es", "Mantiene las traducciones", "Archivos de traducción que comprobar", "Uso:"),
    ("it", "Mantiene le traduzioni", "File di traduzione da controllare", "Uso:"),
    ("nl", "Houdt de vertalingen", "Te controleren vertaalbestanden", "Gebruik:"),
];

fn run(envs: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = charte(&root());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn help_follows_the_lang_flag_in_every_locale() {
    for (tag, about, files, usage) in LOCALES {
        let (code, out, _) = run(&[], &["--lang", tag, "--help"]);
        assert_eq!(code, 0, "{tag}");
        assert!(out.starts_with(about), "{tag}: {out}");
        assert!(out.contains(&format!("{usage} charte")), "{tag}: {out}");
        let (code, out, _) = run(&[], &["check", "--help", &format!("--lang={tag}")]);
        assert_eq!(code, 0, "{tag}");
        assert!(out.contains(files), "{tag}: {out}");
        // No English left where the locale is not English.
        if *tag != "en" {
            for english in ["[default:", "possible values", "Print help", "Options:", "Arguments:"] {
                assert!(!out.contains(english), "{tag}: {english} in {out}");
            }
        }
    }
}

#[test]
fn help_follows_the_environment() {
    let (_, out, _) = run(&[("LANG", "de_DE.UTF-8")], &["sync", "--help"]);
    assert!(out.starts_with("Vermerkt, dass Übersetzungen"), "{out}");
    let (_, out, _) = run(&[("CHARTE_LANG", "nl"), ("LANG", "de_DE.UTF-8")], &["help", "status"]);
    assert!(out.starts_with("Toont per taal"), "{out}");
    let (_, out, _) = run(&[("LC_ALL", "C")], &["--help"]);
    assert!(out.starts_with("Keeps the translations"), "{out}");
}

#[test]
fn argument_errors_are_worded_in_the_readers_language() {
    let (code, out, err) = run(&[("LANG", "fr_FR.UTF-8")], &["check", "--formt", "json"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.starts_with("charte: erreur: argument inattendu « --formt »"), "{err}");
    assert!(err.contains("« --format »"), "the suggestion: {err}");
    assert!(err.contains("Utilisation : charte check"), "{err}");
    let (code, _, err) = run(&[], &["--lang", "es", "chek"]);
    assert_eq!(code, 2);
    assert!(err.contains("orden desconocida «chek»") && err.contains("«check»"), "{err}");
    let (code, _, err) = run(&[], &["--lang", "it", "check", "--format", "xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("valore «xml» non valido") && err.contains("human, json, github"), "{err}");
    let (code, _, err) = run(&[("LANG", "nl_NL.UTF-8")], &["init"]);
    assert_eq!(code, 2);
    assert!(err.contains("verplicht argument ontbreekt"), "{err}");
}

/// `charte diff --lang de` takes `de` for the language of the messages: the error says what
/// was meant.
#[test]
fn the_messages_language_is_not_mistaken_for_the_translations() {
    let (code, _, err) = run(&[], &["diff", "--lang", "de"]);
    assert_eq!(code, 2);
    assert!(err.contains("charte diff de"), "{err}");
    let (code, _, err) = run(&[], &["sync", "--lang=en"]);
    assert_eq!(code, 2);
    assert!(err.contains("charte sync en"), "{err}");
}

#[test]
fn the_man_page_names_no_page_that_does_not_exist() {
    let (code, out, _) = run(&[], &["man"]);
    assert_eq!(code, 0);
    assert!(!out.contains("charte\\-check(1)"), "{out}");
    assert!(out.contains(".SH COMMANDS"), "{out}");
    // Every command is documented in the one page, with its options.
    for command in ["check", "parse", "rules", "sync", "init", "status", "diff", "completions", "man"] {
        assert!(out.contains(&format!("charte {command}")), "{command}");
    }
    assert!(out.contains("\\-\\-base"), "check's options are in the page");
}
