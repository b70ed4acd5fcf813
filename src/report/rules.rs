//! `charte rules`: the registry and each rule's documentation, in the reader's language. All
//! of it but the prose comes from the `rules!` registry (severity, fix, example).

use crate::diagnostic::{Applicability, Rule};
use crate::i18n::Catalog;
use std::fmt::Write;

fn severity(catalog: &Catalog, rule: Rule) -> String {
    if rule.off_by_default() {
        return catalog.format("severity-off", &[]);
    }
    catalog.format(&format!("severity-{}", rule.default_severity().as_str()), &[])
}

/// The word for a fix's applicability, `none` without a fix.
fn fix(catalog: &Catalog, fix: Option<Applicability>) -> String {
    catalog.format(&format!("fix-{}", fix.map_or("none", Applicability::as_str)), &[])
}

/// The list of rules with their default severity, their fix (`-` for none) and summary.
pub fn rules_list(catalog: &Catalog) -> String {
    let mut out = catalog.format("rules-header", &[("count", Rule::ALL.len().into())]);
    out.push('\n');
    let width = Rule::ALL.iter().map(|r| r.name().len()).max().unwrap_or(0);
    // At least 8, the width of the English column; more where a severity is a longer word.
    let severity_width = Rule::ALL.iter().map(|r| severity(catalog, *r).chars().count()).max().unwrap_or(0).max(8);
    let fixes = |rule: Rule| rule.fix().map_or_else(|| "-".to_owned(), |a| fix(catalog, Some(a)));
    let fix_width = Rule::ALL.iter().map(|r| fixes(*r).chars().count()).max().unwrap_or(0);
    for rule in Rule::ALL {
        let _ = writeln!(
            out,
            "  {:width$}  {:severity_width$}  {:fix_width$}  {}",
            rule.name(),
            severity(catalog, *rule),
            fixes(*rule),
            catalog.format(&format!("rule-{}", rule.name()), &[]),
        );
    }
    out
}

/// One rule's documentation: what it checks, why, and an example.
pub fn rule_doc(rule: Rule, catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", rule.name());
    let _ = writeln!(out, "{}", catalog.format("rules-default", &[("severity", severity(catalog, rule).into())]));
    let _ = writeln!(out, "{}\n", catalog.format("rules-fix", &[("fix", fix(catalog, rule.fix()).into())]));
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
    if let Some(ex) = rule.example() {
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
