//! One fixture per rule: the rule reports the failing translation and accepts the passing one,
//! through the library and through the binary.

mod common;

use charte::check::{Conventions, compare_with};
use charte::config::Config;
use charte::{Rule, SourceFile, parse};

fn run(master: &str, translation: &str, conventions: &Conventions) -> Vec<(Rule, usize)> {
    let m = SourceFile::new("master.md", master);
    let t = SourceFile::new("translation.md", translation);
    let cmp = compare_with(&m, &parse(&m), &t, &parse(&t), conventions);
    cmp.diagnostics.iter().map(|d| (d.rule, d.start.line)).collect()
}

/// The conventions of a fixture's configuration, for translations named `name`.
fn conventions(config: Option<&str>, name: &str) -> Conventions {
    let Some(text) = config else { return Conventions::default() };
    let config = Config::parse("charte.toml", text).unwrap();
    let lang = config.language_of(name).unwrap();
    charte::glossary::in_language(config.overrides.conventions(), &lang).into_owned()
}

#[test]
fn every_markdown_rule_has_a_fixture_that_fails_and_one_that_passes() {
    for rule in Rule::ALL {
        let Some(ex) = rule.example() else {
            continue;
        };
        let fail = run(ex.master, ex.fail, &conventions(ex.config, "fail"));
        assert!(fail.iter().any(|(r, _)| r == rule), "{}: the failing fixture gives {fail:?}", rule.name());
        let pass = run(ex.master, ex.pass, &conventions(ex.config, "pass"));
        assert!(pass.is_empty(), "{}: the passing fixture gives {pass:?}", rule.name());
    }
}

#[test]
fn the_fixture_directories_are_the_examples_of_the_registry() {
    let mut dirs: Vec<String> = std::fs::read_dir(common::root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    dirs.sort();
    let mut examples: Vec<String> =
        Rule::ALL.iter().filter(|r| r.example().is_some()).map(|r| r.name().to_owned()).collect();
    examples.sort();
    // A directory no rule declares, or a rule declaring a fixture without a directory (that one
    // would not even compile: the registry embeds its files).
    assert_eq!(dirs, examples);
    for rule in Rule::ALL {
        let has_config = common::root().join("tests/fixtures").join(rule.name()).join("charte.toml").exists();
        assert_eq!(rule.example().is_some_and(|e| e.config.is_some()), has_config, "{}", rule.name());
    }
}

#[test]
fn fixtures_through_the_binary() {
    let fixtures = common::root().join("tests/fixtures");
    for rule in Rule::ALL {
        if rule.example().is_none() {
            continue;
        }
        let dir = fixtures.join(rule.name());
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

/// The rows of the README's rules table: name, default severity, fix.
fn readme_rules_table() -> Vec<[String; 3]> {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let section = readme.split("\n## Rules\n").nth(1).unwrap();
    let mut lines = section.lines().skip_while(|l| !l.starts_with('|'));
    let header = lines.next().unwrap();
    assert_eq!(header, "| rule | default | fix | what it reports |");
    lines
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            [cells[1].trim_matches('`').to_owned(), cells[2].to_owned(), cells[3].to_owned()]
        })
        .collect()
}

#[test]
fn the_readme_rules_table_is_what_charte_rules_prints() {
    let out = common::charte(&common::root()).args(["--lang", "en", "rules"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let printed: Vec<[String; 3]> = text
        .lines()
        .skip(1)
        .map(|l| {
            let mut words = l.split_whitespace().map(str::to_owned);
            [(); 3].map(|()| words.next().unwrap_or_default())
        })
        .collect();
    let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
    assert_eq!(printed.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), names);
    assert_eq!(readme_rules_table(), printed);
}

#[test]
fn rules_name_says_whether_the_rule_has_a_fix_in_every_locale() {
    let dir = common::root();
    for (tag, _) in charte::i18n::LOCALES {
        let catalog = charte::i18n::Catalog::new(tag);
        let mut lines = Vec::new();
        for (rule, fix) in
            [("value-numbering", "fix-safe"), ("front-matter", "fix-unsafe"), ("strong-count", "fix-none")]
        {
            let out = common::charte(&dir).args(["--lang", tag, "rules", rule]).output().unwrap();
            assert!(out.status.success(), "{tag} {rule}");
            let text = String::from_utf8(out.stdout).unwrap();
            let expected = catalog.format("rules-fix", &[("fix", catalog.format(fix, &[]).into())]);
            assert!(text.lines().any(|l| l == expected), "{tag} {rule}: {expected:?} in\n{text}");
            lines.push(expected);
        }
        lines.dedup();
        assert_eq!(lines.len(), 3, "{tag}: safe, unsafe and none are worded apart");
    }
}

#[test]
fn the_rules_list_aligns_its_columns_in_every_locale() {
    for (tag, _) in charte::i18n::LOCALES {
        let catalog = charte::i18n::Catalog::new(tag);
        let out = common::charte(&common::root()).args(["--lang", tag, "rules"]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let columns: Vec<usize> = text
            .lines()
            .skip(1)
            .zip(Rule::ALL)
            .map(|(line, rule)| {
                let summary = catalog.format(&format!("rule-{}", rule.name()), &[]);
                let at = line.find(&summary).unwrap_or_else(|| panic!("{tag}: {line}"));
                line[..at].chars().count()
            })
            .collect();
        assert_eq!(columns.len(), Rule::ALL.len(), "{tag}");
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{tag}: summaries start at {columns:?}\n{text}");
    }
}
