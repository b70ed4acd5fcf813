//! The JSON report: one object, `"version": 1`, documented in the README.

use super::message;
use crate::diagnostic::{Applicability, Diagnostic, DiffOp, Fix};
use crate::i18n::Catalog;
use crate::project::Report;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    source: String,
    diagnostics: Entries<'a>,
    /// Files named on the command line that no layout makes a translation.
    skipped: Vec<String>,
    summary: Summary,
}

/// The findings, worded one at a time as they are written.
struct Entries<'a> {
    report: &'a Report,
    catalog: &'a Catalog,
}

impl Serialize for Entries<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Fixes locate their edits in their file: indexed once, only when some finding has one.
        let files = if self.report.diagnostics().any(|d| d.fix.is_some()) {
            self.report.files_by_path()
        } else {
            std::collections::HashMap::new()
        };
        s.collect_seq(self.report.diagnostics().map(|d| {
            let mut entry = entry_owned(self.catalog, d);
            entry.fix = d.fix.as_ref().map(|f| fix_entry(f, files.get(d.file.as_path()).copied()));
            entry
        }))
    }
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    silenced: usize,
    skipped: usize,
    /// Findings counted (in `errors` and `warnings`) but not listed: past the first thousand of
    /// one rule in one file.
    omitted: usize,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<FixEntry<'a>>,
}

/// A finding's fix: whether `--fix` applies it, and its edits.
#[derive(Serialize)]
struct FixEntry<'a> {
    applicability: Applicability,
    edits: Vec<EditEntry<'a>>,
}

/// One edit: the bytes `start..end` of the file's text (after a byte order mark) become
/// `content`; lines and columns as for findings.
#[derive(Serialize)]
struct EditEntry<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    content: &'a str,
}

fn fix_entry<'a>(fix: &'a Fix, file: Option<&crate::source::SourceFile>) -> FixEntry<'a> {
    let edits = fix
        .edits
        .iter()
        .map(|e| {
            let at = |offset| file.map(|f| f.position(offset)).map_or((0, 0), |p| (p.line, p.column));
            let ((line, column), (end_line, end_column)) = (at(e.range.start), at(e.range.end));
            EditEntry { start: e.range.start, end: e.range.end, line, column, end_line, end_column, content: &e.text }
        })
        .collect();
    FixEntry { applicability: fix.applicability, edits }
}

/// Renders the report as one JSON object followed by a newline.
pub fn render(report: &Report, catalog: &Catalog) -> String {
    let mut bytes = Vec::new();
    // Writing to memory fails only if serialising does, which these types never do.
    let _ = write(&mut bytes, report, catalog);
    String::from_utf8(bytes).unwrap_or_default()
}

/// Writes [`render`]'s output to `out` as it is produced: no copy of the whole report is kept
/// in memory.
///
/// # Errors
///
/// The write error.
pub fn write(out: &mut dyn Write, report: &Report, catalog: &Catalog) -> io::Result<()> {
    let (errors, warnings) = report.counts();
    let value = Output {
        version: 1,
        source: report.source(),
        diagnostics: Entries { report, catalog },
        skipped: report.skipped.iter().map(|p| p.display().to_string()).collect(),
        summary: Summary {
            files: report.files.len(),
            errors,
            warnings,
            silenced: report.silenced(),
            skipped: report.skipped.len(),
            omitted: report.omitted(),
        },
    };
    write_pretty(&mut *out, &value)?;
    out.write_all(b"\n")
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
        fix: None,
    }
}

/// Pretty JSON in which the characters [`super::sanitize`] escapes are written as `\uXXXX`
/// escapes: the strings decode to the exact text (a path stays a path a tool can open), and
/// the bytes printed hold no bidirectional or invisible character.
pub(crate) fn to_string_pretty<T: Serialize>(value: &T) -> String {
    let mut bytes = Vec::new();
    match write_pretty(&mut bytes, value) {
        // serde_json writes UTF-8 only.
        Ok(()) => String::from_utf8(bytes).unwrap_or_default(),
        Err(e) => format!("{{\"error\": {:?}}}", e.to_string()),
    }
}

/// [`to_string_pretty`] to a writer.
fn write_pretty<W: Write, T: Serialize>(out: W, value: &T) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// serde_json's pretty formatter, with string fragments escaped as [`to_string_pretty`] says.
struct Escaping(PrettyFormatter<'static>);

impl Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        if fragment.bytes().all(|b| b < 0x7f) {
            // ASCII without DEL: serde_json has already escaped the other controls.
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((i, c)) = rest.char_indices().find(|(_, c)| super::hidden(*c)) {
            writer.write_all(&rest.as_bytes()[..i])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[i + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hidden_characters_are_json_escapes() {
        let text = super::to_string_pretty(&serde_json::json!({"a\u{202e}": ["x\u{200b}y\u{e0041}", "\u{1b}"]}));
        assert_eq!(text, "{\n  \"a\\u202e\": [\n    \"x\\u200by\\udb40\\udc41\",\n    \"\\u001b\"\n  ]\n}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["a\u{202e}"][0], "x\u{200b}y\u{e0041}");
    }
}
