//! `charte parse`: the skeleton of a document as a tree for people, or the model as JSON.

use crate::model::{Block, BlockKind, Document, Unit};
use crate::parse::Parsed;
use crate::source::SourceFile;
use serde_json::{Value, json};
use std::fmt::Write;

/// The model as JSON (`"version": 1`): every span also gets `line`, `column`, `end_line` and
/// `end_column`.
pub fn model_json(file: &SourceFile, parsed: &Parsed) -> String {
    let mut document = serde_json::to_value(&parsed.document).unwrap_or(Value::Null);
    add_positions(&mut document, file);
    let diagnostics: Vec<Value> = parsed
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "rule": d.rule.name(),
                "message": d.message,
                "args": d.args.iter().map(|(k, v)| (k.to_string(), serde_json::to_value(v).unwrap_or(Value::Null))).collect::<serde_json::Map<_, _>>(),
                "line": d.start.line,
                "column": d.start.column,
            })
        })
        .collect();
    let out = json!({
        "version": 1,
        "file": file.path().display().to_string(),
        "bom": file.has_bom(),
        "document": document,
        "diagnostics": diagnostics,
    });
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}

fn add_positions(v: &mut Value, file: &SourceFile) {
    // Iterative walk: the model is bounded in depth, but JSON values need no recursion limit.
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                if let (Some(Value::Number(s)), Some(Value::Number(e)), 2) =
                    (map.get("start"), map.get("end"), map.len())
                {
                    let (s, e) = (s.as_u64().unwrap_or(0) as usize, e.as_u64().unwrap_or(0) as usize);
                    let (a, b) = (file.position(s), file.position(e));
                    map.insert("line".into(), a.line.into());
                    map.insert("column".into(), a.column.into());
                    map.insert("end_line".into(), b.line.into());
                    map.insert("end_column".into(), b.column.into());
                    continue;
                }
                stack.extend(map.values_mut());
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            _ => {}
        }
    }
}

/// A readable tree: front matter, sections, blocks and units with their emphasis.
pub fn outline(file: &SourceFile, parsed: &Parsed) -> String {
    let doc = &parsed.document;
    let mut out = String::new();
    let _ = writeln!(out, "{}", super::sanitize(&file.path().display().to_string()));
    let line = |span: crate::Span| file.position(span.start).line;
    if let Some(fm) = &doc.front_matter {
        let _ = writeln!(out, "├─ front matter (line {})", line(fm.span));
        for e in &fm.entries {
            let value = match &e.value {
                crate::model::Value::String(s) => format!("{s:?}"),
                other => other.kind().to_owned(),
            };
            let _ = writeln!(
                out,
                "│  ├─ {}: {}  (line {})",
                super::sanitize(&e.key),
                super::sanitize(&value),
                line(e.key_span)
            );
        }
    }
    if !doc.preamble.is_empty() {
        let _ = writeln!(out, "├─ before the first heading");
        blocks(&mut out, file, doc, &doc.preamble, "│  ");
    }
    for s in &doc.sections {
        let u = &doc.units[s.heading.unit];
        let _ = writeln!(
            out,
            "├─ {} {}  [{}] (line {})",
            "#".repeat(s.heading.level as usize),
            super::sanitize(u.inline.text.trim()),
            u.id,
            line(s.heading.span)
        );
        blocks(&mut out, file, doc, &s.blocks, "│  ");
    }
    for d in &parsed.diagnostics {
        let _ = writeln!(out, "! {} at line {}: {}", d.rule.name(), d.start.line, d.message);
    }
    out
}

fn spans(file: &SourceFile, u: &Unit) -> String {
    let mut parts = Vec::new();
    let text = |s: &crate::Span| super::sanitize(&file.text()[s.range()]).replace('\n', " ");
    if !u.inline.strong.is_empty() {
        let list: Vec<_> = u.inline.strong.iter().map(text).collect();
        parts.push(format!("strong {}: {}", list.len(), list.join(" ")));
    }
    if !u.inline.emphasis.is_empty() {
        let list: Vec<_> = u.inline.emphasis.iter().map(text).collect();
        parts.push(format!("emphasis {}: {}", list.len(), list.join(" ")));
    }
    if !u.inline.links.is_empty() {
        parts.push(format!("links {}", u.inline.links.len()));
    }
    if !u.inline.code.is_empty() {
        parts.push(format!("code {}", u.inline.code.len()));
    }
    if parts.is_empty() { String::new() } else { format!("  — {}", parts.join("; ")) }
}

fn blocks(out: &mut String, file: &SourceFile, doc: &Document, list: &[Block], indent: &str) {
    for b in list {
        let line = file.position(b.span.start).line;
        match &b.kind {
            BlockKind::Paragraph { unit } => {
                let u = &doc.units[*unit];
                let _ = writeln!(out, "{indent}├─ {} (line {line}){}", u.id, spans(file, u));
            }
            BlockKind::List(l) => {
                let kind = if l.ordered { "numbered list" } else { "bulleted list" };
                let _ = writeln!(out, "{indent}├─ {kind}, {} items (line {line})", l.items.len());
                for item in &l.items {
                    let u = &doc.units[item.unit];
                    let marker = super::sanitize(&file.text()[item.marker.range()]);
                    let _ = writeln!(
                        out,
                        "{indent}│  ├─ {marker} {} (line {}){}",
                        u.id,
                        file.position(item.span.start).line,
                        spans(file, u)
                    );
                    blocks(out, file, doc, &item.blocks, &format!("{indent}│  │  "));
                }
            }
            BlockKind::Quote { blocks: inner } => {
                let _ = writeln!(out, "{indent}├─ quote (line {line})");
                blocks(out, file, doc, inner, &format!("{indent}│  "));
            }
            other => {
                let _ = writeln!(out, "{indent}├─ {} (line {line})", other.name());
            }
        }
    }
}
