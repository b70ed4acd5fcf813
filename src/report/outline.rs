//! `charte parse`: the skeleton of a document as a tree for people, or the model as JSON.

use crate::diagnostic::Arg;
use crate::i18n::Catalog;
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
    let mut s = super::json::to_string_pretty(&out);
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
pub fn outline(file: &SourceFile, parsed: &Parsed, catalog: &Catalog) -> String {
    let doc = &parsed.document;
    let mut out = String::new();
    let _ = writeln!(out, "{}", super::path(file.path()));
    let line = |span: crate::Span| file.position(span.start).line;
    if let Some(fm) = &doc.front_matter {
        let _ = writeln!(out, "├─ {}", catalog.format("outline-front-matter", &[("line", line(fm.span).into())]));
        for e in &fm.entries {
            let value = match &e.value {
                crate::model::Value::String(s) => format!("{s:?}"),
                other => other.kind().to_owned(),
            };
            let _ = writeln!(
                out,
                "│  ├─ {}: {}  ({})",
                super::sanitize(&e.key),
                super::sanitize(&value),
                catalog.format("outline-line", &[("line", line(e.key_span).into())])
            );
        }
    }
    if !doc.preamble.is_empty() {
        let _ = writeln!(out, "├─ {}", catalog.format("outline-preamble", &[]));
        blocks(&mut out, file, doc, &doc.preamble, "│  ", catalog);
    }
    for s in &doc.sections {
        let u = &doc.units[s.heading.unit];
        let _ = writeln!(
            out,
            "├─ {} {}  [{}] ({})",
            "#".repeat(s.heading.level as usize),
            super::sanitize(u.inline.text.trim()),
            u.id,
            catalog.format("outline-line", &[("line", line(s.heading.span).into())])
        );
        blocks(&mut out, file, doc, &s.blocks, "│  ", catalog);
    }
    for d in &parsed.diagnostics {
        let problem = catalog.format(
            "outline-problem",
            &[
                ("rule", d.rule.name().into()),
                ("line", d.start.line.into()),
                ("message", super::message(catalog, d).into()),
            ],
        );
        let _ = writeln!(out, "! {problem}");
    }
    out
}

fn spans(file: &SourceFile, u: &Unit, catalog: &Catalog) -> String {
    let count = |id: &str, n: usize| catalog.format(id, &[("count", Arg::from(n))]);
    let mut parts = Vec::new();
    let text = |s: &crate::Span| super::sanitize(&file.text()[s.range()]).replace('\n', " ");
    if !u.inline.strong.is_empty() {
        let list: Vec<_> = u.inline.strong.iter().map(text).collect();
        parts.push(format!("{}: {}", count("outline-strong", list.len()), list.join(" ")));
    }
    if !u.inline.emphasis.is_empty() {
        let list: Vec<_> = u.inline.emphasis.iter().map(text).collect();
        parts.push(format!("{}: {}", count("outline-emphasis", list.len()), list.join(" ")));
    }
    if !u.inline.links.is_empty() {
        parts.push(count("outline-links", u.inline.links.len()));
    }
    if !u.inline.code.is_empty() {
        parts.push(count("outline-code", u.inline.code.len()));
    }
    if parts.is_empty() { String::new() } else { format!("  — {}", parts.join("; ")) }
}

fn blocks(out: &mut String, file: &SourceFile, doc: &Document, list: &[Block], indent: &str, catalog: &Catalog) {
    let at = |line: usize| catalog.format("outline-line", &[("line", line.into())]);
    for b in list {
        let line = file.position(b.span.start).line;
        match &b.kind {
            BlockKind::Paragraph { unit } => {
                let u = &doc.units[*unit];
                let _ = writeln!(out, "{indent}├─ {} ({}){}", u.id, at(line), spans(file, u, catalog));
            }
            BlockKind::List(l) => {
                let ordered = if l.ordered { "yes" } else { "no" };
                let list = catalog.format(
                    "outline-list",
                    &[("ordered", ordered.into()), ("count", l.items.len().into()), ("line", line.into())],
                );
                let _ = writeln!(out, "{indent}├─ {list}");
                for item in &l.items {
                    let u = &doc.units[item.unit];
                    let marker = super::sanitize(&file.text()[item.marker.range()]);
                    let _ = writeln!(
                        out,
                        "{indent}│  ├─ {marker} {} ({}){}",
                        u.id,
                        at(file.position(item.span.start).line),
                        spans(file, u, catalog)
                    );
                    blocks(out, file, doc, &item.blocks, &format!("{indent}│  │  "), catalog);
                }
            }
            BlockKind::Quote { blocks: inner } => {
                let _ = writeln!(out, "{indent}├─ {}", catalog.format("outline-quote", &[("line", line.into())]));
                blocks(out, file, doc, inner, &format!("{indent}│  "), catalog);
            }
            other => {
                let _ = writeln!(out, "{indent}├─ {} ({})", other.name(), at(line));
            }
        }
    }
}
