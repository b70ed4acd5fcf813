//! One fixture per rule: the rule reports the failing translation and accepts the passing one,
//! through the library and through the binary.

mod common;

use charte::check::compare;
use charte::{Rule, SourceFile, parse};

fn run(master: &str, translation: &str) -> Vec<(Rule, usize)> {
    let m = SourceFile::new("master.md", master);
    let t = SourceFile::new("translation.md", translation);
    compare(&m, &parse(&m), &t, &parse(&t)).diagnostics.iter().map(|d| (d.rule, d.start.line)).collect()
}

#[test]
fn every_markdown_rule_has_a_fixture_that_fails_and_one_that_passes() {
    let mut covered = 0;
    for rule in Rule::ALL {
        let Some(ex) = charte::report::example(*rule) else {
            continue;
        };
        covered += 1;
        let fail = run(ex.master, ex.fail);
        assert!(fail.iter().any(|(r, _)| r == rule), "{}: the failing fixture gives {fail:?}", rule.name());
        let pass = run(ex.master, ex.pass);
        assert!(pass.is_empty(), "{}: the passing fixture gives {pass:?}", rule.name());
    }
    assert_eq!(covered, 18);
}

#[test]
fn fixtures_through_the_binary() {
    let fixtures = common::root().join("tests/fixtures");
    for rule in Rule::ALL {
        let dir = fixtures.join(rule.name());
        if !dir.join("master.md").exists() {
            continue;
        }
        // A rule off by default is turned on for its fixture.
        let on: &[&str] = if rule.off_by_default() { &["--warn", rule.name()] } else { &[] };
        let args = [&["--source", "master.md", "--allow", "unsynced", "fail.md"], on].concat();
        let (code, json) = common::check_json(&dir, &args);
        let rules: Vec<_> = common::findings(&json).into_iter().map(|f| f.0).collect();
        assert!(rules.iter().any(|r| r == rule.name()), "{}: {rules:?}", rule.name());
        let expected = if rule.default_severity() == charte::Severity::Error { 1 } else { 0 };
        assert_eq!(code, expected, "{}", rule.name());
        let (code, json) = common::check_json(&dir, &["--source", "master.md", "--allow", "unsynced", "pass.md"]);
        assert_eq!(common::findings(&json), [], "{}", rule.name());
        assert_eq!(code, 0);
    }
}

#[test]
fn every_rule_is_documented_in_every_locale() {
    for (tag, _) in charte::i18n::LOCALES {
        let catalog = charte::i18n::Catalog::new(tag);
        for rule in Rule::ALL {
            for id in [format!("rule-{}", rule.name()), format!("rule-{}.why", rule.name())] {
                let (text, errors) = catalog.format_checked(&id, &[]);
                assert_eq!(errors, 0, "{tag}: {id}");
                assert!(!text.is_empty() && text != id, "{tag}: {id}");
            }
        }
    }
}

#[test]
fn rules_command_lists_and_documents() {
    let dir = common::root();
    let out = common::charte(&dir).arg("rules").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for rule in Rule::ALL {
        assert!(text.contains(rule.name()), "{}", rule.name());
    }
    let out = common::charte(&dir).args(["rules", "strong-count"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("## Why") && text.contains("We are pacifists."), "{text}");
    let out = common::charte(&dir).args(["rules", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
