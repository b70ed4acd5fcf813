//! SARIF 2.1.0, for code-scanning services.

use super::message;
use crate::diagnostic::{Applicability, Fix, Rule, Severity};
use crate::i18n::Catalog;
use crate::project::Report;
use serde_json::{Value, json};

/// Renders the report as a SARIF 2.1.0 log with one rule entry per rule used.
pub fn render(report: &Report, catalog: &Catalog) -> String {
    let mut rules: Vec<Rule> = report.diagnostics().map(|d| d.rule).collect();
    rules.sort();
    rules.dedup();
    let rule_entries: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.name(),
                "name": r.name(),
                "shortDescription": { "text": catalog.format(&format!("rule-{}", r.name()), &[]) },
                "fullDescription": { "text": catalog.format(&format!("rule-{}.why", r.name()), &[]) },
                "defaultConfiguration": { "level": if r.off_by_default() { "none" } else { level(r.default_severity()) } },
            })
        })
        .collect();
    // Fixes locate their edits in their file: indexed once, only when some finding has one.
    let files = if report.diagnostics().any(|d| d.fix.is_some()) {
        report.files_by_path()
    } else {
        std::collections::HashMap::new()
    };
    let results: Vec<Value> = report
        .diagnostics()
        .map(|d| {
            let index = rules.iter().position(|r| *r == d.rule).unwrap_or_default();
            let mut result = json!({
                "ruleId": d.rule.name(),
                "ruleIndex": index,
                "level": level(d.severity),
                "message": { "text": message(catalog, d) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&d.file.display().to_string()) },
                        "region": {
                            "startLine": d.start.line,
                            "startColumn": d.start.column,
                            "endLine": d.end.line,
                            "endColumn": d.end.column,
                        }
                    }
                }],
            });
            if let Some(src) = &d.source {
                result["relatedLocations"] = json!([{
                    "id": 0,
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&src.file.display().to_string()) },
                        "region": { "startLine": src.line }
                    },
                    "message": { "text": catalog.format("note-master", &[("location", format!("{}:{}", super::path(&src.file), src.line).into())]) }
                }]);
            }
            if let Some(unit) = &d.unit {
                result["properties"] = json!({ "unit": unit });
            }
            if let (Some(fix), Some(file)) = (&d.fix, files.get(d.file.as_path())) {
                result["fixes"] = json!([sarif_fix(fix, file, d, catalog)]);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "charte",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://crates.io/crates/charte",
                    "rules": rule_entries,
                }
            },
            "results": results,
        }]
    });
    let mut s = super::json::to_string_pretty(&log);
    s.push('\n');
    s
}

/// A SARIF `fix`: one artifact change, its replacements located by line and column (the
/// columns of the findings, in characters).
fn sarif_fix(fix: &Fix, file: &crate::source::SourceFile, d: &crate::Diagnostic, catalog: &Catalog) -> Value {
    let replacements: Vec<Value> = fix
        .edits
        .iter()
        .map(|e| {
            let (start, end) = (file.position(e.range.start), file.position(e.range.end));
            json!({
                "deletedRegion": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                },
                "insertedContent": { "text": e.text },
            })
        })
        .collect();
    let id = match fix.applicability {
        Applicability::Safe => "note-fix",
        Applicability::Unsafe => "note-fix-unsafe",
    };
    json!({
        "description": { "text": catalog.format(id, &[]) },
        "artifactChanges": [{
            "artifactLocation": { "uri": uri(&d.file.display().to_string()) },
            "replacements": replacements,
        }],
    })
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A relative URI reference for a path: forward slashes, unsafe bytes percent-encoded.
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
