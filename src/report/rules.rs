//! `charte rules`: the registry and each rule's documentation, in the reader's language.

use crate::diagnostic::Rule;
use crate::i18n::Catalog;
use std::fmt::Write;

/// A rule's example: a master, a translation that fails, one that passes.
pub struct Example {
    /// The master.
    pub master: &'static str,
    /// A translation the rule reports.
    pub fail: &'static str,
    /// A translation the rule accepts.
    pub pass: &'static str,
    /// The configuration (`charte.toml`) the rule needs, when it needs one: the fixture's
    /// translations are then in the language its `[aliases]` give `fail` and `pass`.
    pub config: Option<&'static str>,
}

macro_rules! fixture {
    ($name:literal) => {
        Some(Example {
            master: include_str!(concat!("../../tests/fixtures/", $name, "/master.md")),
            fail: include_str!(concat!("../../tests/fixtures/", $name, "/fail.md")),
            pass: include_str!(concat!("../../tests/fixtures/", $name, "/pass.md")),
            config: None,
        })
    };
    ($name:literal, config) => {
        Some(Example {
            config: Some(include_str!(concat!("../../tests/fixtures/", $name, "/charte.toml"))),
            ..fixture!($name)?
        })
    };
}

/// The example of a rule, from its fixture under `tests/fixtures/` (the same files its test
/// runs on). Rules about files, drift or Fluent have none here.
pub fn example(rule: Rule) -> Option<Example> {
    match rule {
        Rule::FrontMatter => fixture!("front-matter"),
        Rule::HeadingStructure => fixture!("heading-structure"),
        Rule::BlockStructure => fixture!("block-structure"),
        Rule::ValueCount => fixture!("value-count"),
        Rule::ValueNumbering => fixture!("value-numbering"),
        Rule::SwappedValues => fixture!("swapped-values"),
        Rule::StrongCount => fixture!("strong-count"),
        Rule::EmphasisCount => fixture!("emphasis-count"),
        Rule::UnclosedEmphasis => fixture!("unclosed-emphasis"),
        Rule::LinkMismatch => fixture!("link-mismatch"),
        Rule::CodeMismatch => fixture!("code-mismatch"),
        Rule::EmptyUnit => fixture!("empty-unit"),
        Rule::NumberMismatch => fixture!("number-mismatch"),
        Rule::Untranslated => fixture!("untranslated"),
        Rule::Glossary => fixture!("glossary", config),
        Rule::LineCount => fixture!("line-count"),
        Rule::EndPunctuation => fixture!("end-punctuation"),
        Rule::SentenceCount => fixture!("sentence-count"),
        Rule::LengthRatio => fixture!("length-ratio"),
        Rule::RepeatedWord => fixture!("repeated-word"),
        _ => None,
    }
}

fn severity(catalog: &Catalog, rule: Rule) -> String {
    if rule.off_by_default() {
        return catalog.format("severity-off", &[]);
    }
    catalog.format(&format!("severity-{}", rule.default_severity().as_str()), &[])
}

/// The list of rules with their default severity and summary.
pub fn rules_list(catalog: &Catalog) -> String {
    let mut out = catalog.format("rules-header", &[("count", Rule::ALL.len().into())]);
    out.push('\n');
    let width = Rule::ALL.iter().map(|r| r.name().len()).max().unwrap_or(0);
    for rule in Rule::ALL {
        let _ = writeln!(
            out,
            "  {:width$}  {:8}  {}",
            rule.name(),
            severity(catalog, *rule),
            catalog.format(&format!("rule-{}", rule.name()), &[]),
        );
    }
    out
}

/// One rule's documentation: what it checks, why, and an example.
pub fn rule_doc(rule: Rule, catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", rule.name());
    let _ = writeln!(out, "{}\n", catalog.format("rules-default", &[("severity", severity(catalog, rule).into())]));
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        catalog.format("rules-what", &[]),
        catalog.format(&format!("rule-{}", rule.name()), &[])
    );
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        catalog.format("rules-why", &[]),
        catalog.format(&format!("rule-{}.why", rule.name()), &[])
    );
    if let Some(ex) = example(rule) {
        let _ = writeln!(out, "## {}\n", catalog.format("rules-example", &[]));
        if let Some(config) = ex.config {
            let _ = writeln!(out, "{}\n\n```toml\n{}```\n", catalog.format("rules-config", &[]), config);
        }
        for (title, text) in [("rules-master", ex.master), ("rules-fail", ex.fail), ("rules-pass", ex.pass)] {
            let _ = writeln!(out, "{}\n\n```markdown\n{}```\n", catalog.format(title, &[]), text);
        }
    }
    out
}
