//! Typed findings and their messages: every variant of `charte::finding::Finding` names a
//! message of every locale that uses exactly the variables the variant passes, and formats
//! without a Fluent error.

mod common;

use charte::finding::Finding;
use charte::i18n::{Catalog, LOCALES};
use charte::{Rule, SourceFile, Span};
use common::root;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The variables each message of a locale's `charte.ftl` uses, attributes included.
fn variables(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(root().join("locales").join(tag).join("charte.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{tag}: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let mut vars = BTreeSet::new();
        if let Some(p) = &m.value {
            pattern(p, &mut vars);
        }
        for a in &m.attributes {
            pattern(&a.value, &mut vars);
        }
        out.insert(m.id.name.to_owned(), vars);
    }
    out
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

/// The variables a finding passes that its message must use: a block kind's count
/// (`expected_count` beside `expected`) is for the `kind` message that words the kind.
fn used_by_message(rule: Rule, args: &[(&str, charte::diagnostic::Arg)]) -> BTreeSet<String> {
    let kinds: Vec<&str> = args.iter().map(|(n, _)| *n).filter(|n| matches!(*n, "expected" | "found")).collect();
    args.iter()
        .map(|(n, _)| *n)
        .filter(|n| rule != Rule::BlockStructure || !kinds.iter().any(|k| n.strip_suffix("_count") == Some(*k)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_finding_has_its_message_with_exactly_its_variables_in_every_locale() {
    let examples = Finding::examples();
    assert!(examples.len() > 40, "{}", examples.len());
    for (tag, _) in LOCALES {
        let messages = variables(tag);
        assert!(messages.contains_key("kind"), "{tag}: the message that words block kinds");
        for finding in &examples {
            let (rule, id, args) = finding.clone().parts();
            assert_eq!(finding.rule(), rule, "{id}");
            let Some(vars) = messages.get(id) else { panic!("{tag}: no message {id}") };
            assert_eq!(vars, &used_by_message(rule, &args), "{tag}: variables of {id}");
        }
    }
}

#[test]
fn every_finding_formats_without_error_in_every_locale() {
    let file = SourceFile::new("de.md", "Text\n");
    for (tag, _) in LOCALES {
        let catalog = Catalog::new(tag);
        for finding in Finding::examples() {
            let d = finding.at(&file, Span::new(0, 4));
            let text = catalog.message(&d);
            assert!(!text.contains("{$"), "{tag}: {}: {text}", d.message);
            assert_ne!(text, d.message, "{tag}: {} not found", d.message);
        }
    }
}

#[test]
fn a_finding_becomes_the_diagnostic_of_its_rule_at_its_place() {
    let file = SourceFile::new("en.md", "## Values\n\n1. One two\n");
    let d = Finding::ValueNumbering { found: 2, expected: 1 }.at(&file, Span::new(11, 13));
    assert_eq!(
        (d.rule, d.message, d.severity),
        (Rule::ValueNumbering, "value-numbering", Rule::ValueNumbering.default_severity())
    );
    assert_eq!((d.start.line, d.start.column), (3, 1));
    let names: Vec<&str> = d.args.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["found", "expected"]);
}

#[test]
fn a_finding_about_a_file_points_at_its_start_without_its_text() {
    let d = Finding::OrphanTranslation { master: "charter/fr.md".into(), lang: "de".into() }.about("old/de.md");
    assert_eq!((d.rule, d.message), (Rule::OrphanTranslation, "orphan-translation"));
    assert_eq!((d.start.line, d.start.column, d.span), (1, 1, Span::point(0)));
    assert_eq!(d.file, std::path::Path::new("old/de.md"));
    let names: Vec<&str> = d.args.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["master", "lang"]);
}

/// The rule, message id and arguments of a diagnostic, to compare with a typed finding's.
fn parts(d: &charte::Diagnostic) -> (Rule, &'static str, Vec<(&'static str, charte::diagnostic::Arg)>) {
    (d.rule, d.message, d.args.clone())
}

#[test]
fn fluent_findings_are_the_typed_findings() {
    let en = SourceFile::new("en.ftl", "hello = Hello { $name }\nstay = Stay\n");
    let fr = SourceFile::new("fr.ftl", "hello = Bonjour\nold = Vieux\nbroken\n");
    let found: Vec<_> = charte::ftl::compare(&en, &fr).iter().map(parts).collect();
    let want = [
        Finding::FtlVariables { id: "hello".into(), found: "∅".into(), expected: "$name".into() },
        Finding::FtlMissing { id: "stay".into() },
        Finding::FtlObsolete { id: "old".into() },
    ];
    for w in want {
        assert!(found.contains(&w.clone().parts()), "{w:?} not in {found:?}");
    }
    let syntax = found.iter().filter(|(_, id, _)| *id == "ftl-syntax").count();
    assert_eq!(syntax, 1, "{found:?}");
}

#[test]
fn front_matter_and_encoding_findings_are_the_typed_findings() {
    let cases: [(&[u8], Finding); 3] = [
        (b"---\ntitle: x\n", Finding::FrontMatterUnterminated {}),
        (b"---\ntitle: x\n\tsub: [y\n---\n\nText\n", Finding::FrontMatterTab {}),
        (b"---\n- a\n- b\n---\n\nText\n", Finding::FrontMatterNotMapping { kind: "sequence" }),
    ];
    for (text, want) in cases {
        let file = SourceFile::from_bytes("de.md", text.to_vec());
        let found: Vec<_> = charte::parse(&file).diagnostics.iter().map(parts).collect();
        assert!(found.contains(&want.clone().parts()), "{want:?} not in {found:?}");
    }
    let file = SourceFile::from_bytes("de.md", b"Text \xff\n".to_vec());
    let found: Vec<_> = charte::parse(&file).diagnostics.iter().map(parts).collect();
    assert_eq!(found, [Finding::InvalidInputUtf8 { offset: 5 }.parts()]);
}
