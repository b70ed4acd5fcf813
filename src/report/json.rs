//! The JSON report: one object, `"version": 1`, documented in the README.

use super::message;
use crate::diagnostic::{Diagnostic, DiffOp};
use crate::i18n::Catalog;
use crate::project::Report;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    source: String,
    diagnostics: Vec<Entry<'a>>,
    /// Files named on the command line that no layout makes a translation.
    skipped: Vec<String>,
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    silenced: usize,
    skipped: usize,
}

#[derive(Serialize)]
struct Entry<'a> {
    rule: &'static str,
    severity: &'static str,
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    unit: Option<&'a str>,
    label: Option<String>,
    message: String,
    source_file: Option<String>,
    source_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_before: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_after: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<&'a [DiffOp]>,
}

/// Renders the report as one JSON object followed by a newline.
pub fn render(report: &Report, catalog: &Catalog) -> String {
    let (errors, warnings) = report.counts();
    let out = Output {
        version: 1,
        source: report.source(),
        diagnostics: report.diagnostics().map(|d| entry_owned(catalog, d)).collect(),
        skipped: report.skipped.iter().map(|p| p.display().to_string()).collect(),
        summary: Summary {
            files: report.files.len(),
            errors,
            warnings,
            silenced: report.silenced(),
            skipped: report.skipped.len(),
        },
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

fn entry_owned<'a>(catalog: &Catalog, d: &'a Diagnostic) -> Entry<'a> {
    Entry {
        rule: d.rule.name(),
        severity: d.severity.as_str(),
        file: d.file.display().to_string(),
        line: d.start.line,
        column: d.start.column,
        end_line: d.end.line,
        end_column: d.end.column,
        unit: d.unit.as_deref(),
        label: d.label.as_ref().map(|l| catalog.label(l)),
        message: message(catalog, d),
        source_file: d.source.as_ref().map(|s| s.file.display().to_string()),
        source_line: d.source.as_ref().map(|s| s.line),
        source_before: d.drift.as_ref().map(|x| x.source_before.as_str()),
        source_after: d.drift.as_ref().map(|x| x.source_after.as_str()),
        diff: d.drift.as_ref().map(|x| x.diff.as_slice()),
    }
}
