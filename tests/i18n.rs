//! The messages: every locale has the source locale's messages, attributes and variables, every
//! message formats without a Fluent error, and the language is chosen as documented.

mod common;

use charte::diagnostic::Arg;
use charte::i18n::{Catalog, LOCALES};
use common::{charte, charter_copy, root};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

/// The Fluent files of each locale: the messages and the command line's texts.
const RESOURCES: &[&str] = &["charte.ftl", "cli.ftl"];

/// Message ids (with `.attribute`) of the English resources and the variables each uses.
fn english_messages() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for name in RESOURCES {
        english_messages_of(name, &mut out);
    }
    out
}

fn english_messages_of(name: &str, out: &mut Vec<(String, Vec<String>)>) {
    let text = std::fs::read_to_string(root().join("locales/en").join(name)).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("en parses");
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let mut vars = Vec::new();
        if let Some(p) = &m.value {
            collect(&p.elements, &mut vars);
        }
        out.push((m.id.name.to_owned(), vars));
        for a in &m.attributes {
            let mut vars = Vec::new();
            collect(&a.value.elements, &mut vars);
            out.push((format!("{}.{}", m.id.name, a.id.name), vars));
        }
    }
}

fn collect(elements: &[PatternElement<&str>], vars: &mut Vec<String>) {
    for el in elements {
        if let PatternElement::Placeable { expression } = el {
            let inline = match expression {
                Expression::Select { selector, variants } => {
                    for v in variants {
                        collect(&v.value.elements, vars);
                    }
                    selector
                }
                Expression::Inline(i) => i,
            };
            if let InlineExpression::VariableReference { id } = inline {
                vars.push(id.name.to_owned());
            }
        }
    }
}

const NUMERIC: &[&str] = &[
    "count",
    "errors",
    "warnings",
    "files",
    "found",
    "expected",
    "number",
    "index",
    "section",
    "level",
    "line",
    "column",
    "offset",
    "previous",
    "expected_count",
    "found_count",
];

#[test]
fn every_locale_has_the_messages_of_english() {
    for name in RESOURCES {
        let out = charte(&root())
            .args(["check", "--source", &format!("locales/en/{name}")])
            .args(LOCALES.iter().skip(1).map(|(tag, _)| format!("locales/{tag}/{name}")))
            .args(["--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["diagnostics"], serde_json::json!([]), "{name}: {json}");
        assert_eq!(json["summary"]["files"].as_u64(), Some(LOCALES.len() as u64 - 1));
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn every_message_formats_without_error_in_every_locale() {
    let messages = english_messages();
    assert!(messages.len() > 100);
    for (tag, _) in LOCALES {
        let catalog = Catalog::new(tag);
        assert_eq!(catalog.tag(), *tag);
        for (id, vars) in &messages {
            for n in [0, 1, 2, 5] {
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .map(|v| {
                        let value = if NUMERIC.contains(&v.as_str()) {
                            Arg::Num(n)
                        } else if v == "kind" {
                            Arg::Str("paragraph".into())
                        } else {
                            Arg::Str("x".into())
                        };
                        (v.as_str(), value)
                    })
                    .collect();
                let (text, errors) = catalog.format_checked(id, &args);
                assert_eq!(errors, 0, "{tag}: {id} with {n}: {text}");
                assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{tag}: {id}");
                assert!(!text.trim().is_empty(), "{tag}: {id}");
            }
        }
    }
}

fn broken_copy() -> tempfile::TempDir {
    let dir = charter_copy();
    let es = std::fs::read_to_string(dir.path().join("charter/es.md")).unwrap();
    std::fs::write(dir.path().join("charter/es.md"), es.replacen("**", "", 2)).unwrap();
    dir
}

fn first_line(dir: &std::path::Path, envs: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut cmd = charte(dir);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.arg("check").args(args).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    (out.status.code().unwrap_or(-1), text.lines().next().unwrap_or_default().to_owned())
}

#[test]
fn language_follows_flag_and_environment() {
    let dir = broken_copy();
    let d = dir.path();
    let (code, line) = first_line(d, &[("LANG", "fr_FR.UTF-8")], &[]);
    assert_eq!((code, line.as_str()), (1, "erreur[strong-count]: 0 passage en gras alors que l'original en a 1"));
    let (code, line) = first_line(d, &[("LANG", "fr_FR.UTF-8")], &["--lang", "de"]);
    assert_eq!(code, 1);
    assert!(line.starts_with("Fehler[strong-count]"), "{line}");
    for (envs, args) in [
        (&[][..], &["--lang", "xx"][..]),
        (&[("LANG", "C")][..], &[][..]),
        (&[("LC_ALL", "POSIX"), ("LANG", "fr_FR.UTF-8")][..], &[][..]),
        (&[("LANG", "pt_BR.UTF-8")][..], &[][..]),
    ] {
        let (code, line) = first_line(d, envs, args);
        assert_eq!(code, 1);
        assert!(line.starts_with("error[strong-count]: 0 strong spans"), "{envs:?} {args:?}: {line}");
    }
    let (_, line) = first_line(d, &[("CHARTE_LANG", "nl"), ("LANG", "fr_FR.UTF-8")], &[]);
    assert!(line.starts_with("fout[strong-count]"), "{line}");
    let (_, line) = first_line(d, &[("LC_MESSAGES", "it_IT.UTF-8")], &[]);
    assert!(line.starts_with("errore[strong-count]"), "{line}");
    let (_, line) = first_line(d, &[("LANG", "fr_CA.UTF-8")], &[]);
    assert!(line.starts_with("erreur["), "{line}");
}

/// Compiles only while the catalogue can be shared between threads (an editor's server formats
/// findings on its workers).
const _: fn() = || {
    fn shared<T: Send + Sync>() {}
    shared::<Catalog>();
};

#[test]
fn one_catalogue_formats_from_several_threads_as_from_one() {
    let args = |n: i64| vec![("errors", Arg::Num(n)), ("warnings", Arg::Num(n + 1)), ("files", Arg::Num(2))];
    for (tag, _) in LOCALES {
        let alone: Vec<String> = (0..8).map(|n| Catalog::new(tag).format("summary-problems", &args(n))).collect();
        // A fresh catalogue: the threads are the first to select plural forms with it.
        let catalog = Catalog::new(tag);
        let together: Vec<(String, bool)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|n| {
                    let catalog = &catalog;
                    let args = args(n);
                    // An unknown id makes the threads race to build English behind the locale.
                    s.spawn(move || (catalog.format("summary-problems", &args), catalog.has("no-such-message")))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for (n, (text, known)) in together.into_iter().enumerate() {
            assert_eq!(text, alone[n], "{tag}");
            assert!(!known, "{tag}");
        }
    }
}
