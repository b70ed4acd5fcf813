//! Fluent resources are translations too: a translated `.ftl` file must have the messages,
//! attributes and variables of its source locale. [`compare`] checks one resource's text;
//! [`check_files`] reads a project's resources and reports on them like a check run.

use crate::Error;
use crate::check::Comparison;
use crate::containment::Root;
use crate::diagnostic::{Diagnostic, Overrides};
use crate::finding::Finding;
use crate::project::{FileReport, MasterSummary, Report};
use crate::source::{SourceFile, Span};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A message or attribute of a resource: where its id is and what it refers to.
#[derive(Debug, Clone, Default)]
struct Item {
    span: Span,
    refs: BTreeSet<String>,
}

/// The messages (`id`, `id.attr`, `-term`) of a resource, and its syntax errors.
fn items(file: &SourceFile, out: &mut Vec<Diagnostic>) -> BTreeMap<String, Item> {
    let text = file.text();
    let offset = |s: &str| (s.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len());
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let span = Span::new(start.min(text.len()), e.pos.end.min(text.len()));
                out.push(Finding::FtlSyntax { error: format!("{:?}", e.kind) }.at(file, span));
            }
            r
        }
    };
    let mut map = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let name = match entry {
            Entry::Message(m) => m.id.name,
            Entry::Term(t) => t.id.name,
            _ => continue,
        };
        let start = offset(name);
        let span = Span::new(start, start + name.len());
        let mut refs = BTreeSet::new();
        if let Some(p) = value {
            pattern_refs(p, &mut refs);
        }
        map.insert(id.clone(), Item { span, refs });
        for a in attributes {
            let mut refs = BTreeSet::new();
            pattern_refs(&a.value, &mut refs);
            let start = offset(a.id.name);
            map.insert(format!("{id}.{}", a.id.name), Item { span: Span::new(start, start + a.id.name.len()), refs });
        }
    }
    map
}

fn pattern_refs(p: &Pattern<&str>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_refs(expression, refs);
        }
    }
}

fn expression_refs(e: &Expression<&str>, refs: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_refs(selector, refs);
            for v in variants {
                pattern_refs(&v.value, refs);
            }
        }
        Expression::Inline(i) => inline_refs(i, refs),
    }
}

fn inline_refs(e: &InlineExpression<&str>, refs: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            refs.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, attribute } => {
            refs.insert(attribute.as_ref().map_or_else(|| id.name.to_owned(), |a| format!("{}.{}", id.name, a.name)));
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            refs.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| inline_refs(a, refs));
                args.named.iter().for_each(|a| inline_refs(&a.value, refs));
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_refs(a, refs));
            arguments.named.iter().for_each(|a| inline_refs(&a.value, refs));
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, refs),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// Compares a translated Fluent resource with its source.
///
/// # Examples
///
/// ```
/// use charte::{ftl, Rule, SourceFile};
/// let en = SourceFile::new("en.ftl", "hello = Hello { $name }\nbye = Bye\n");
/// let fr = SourceFile::new("fr.ftl", "hello = Bonjour\nold = Ancien\n");
/// let rules: Vec<Rule> = ftl::compare(&en, &fr).iter().map(|d| d.rule).collect();
/// assert_eq!(rules, [Rule::FtlVariables, Rule::FtlMissing, Rule::FtlObsolete]);
/// ```
pub fn compare(source: &SourceFile, translation: &SourceFile) -> Vec<Diagnostic> {
    let mut source_problems = Vec::new();
    let src = items(source, &mut source_problems);
    let mut out = Vec::new();
    let tr = items(translation, &mut out);
    let end = translation.line_span(translation.line_count().max(1));
    for (id, item) in &src {
        match tr.get(id) {
            None => out.push(Finding::FtlMissing { id: id.clone() }.at(translation, end).source(source, item.span)),
            Some(t) if t.refs != item.refs => {
                let list = |s: &BTreeSet<String>| {
                    if s.is_empty() { "∅".to_owned() } else { s.iter().cloned().collect::<Vec<_>>().join(", ") }
                };
                out.push(
                    Finding::FtlVariables { id: id.clone(), found: list(&t.refs), expected: list(&item.refs) }
                        .at(translation, t.span)
                        .source(source, item.span),
                );
            }
            Some(_) => {}
        }
    }
    for (id, item) in &tr {
        if !src.contains_key(id) {
            out.push(Finding::FtlObsolete { id: id.clone() }.at(translation, item.span));
        }
    }
    crate::check::sort(&mut out);
    out
}

/// Checks translated Fluent resources against their source resource, each read through
/// `root` (one that cannot be read is an `invalid-input` finding), with the severities of
/// `overrides`: the report of `charte check locales/de/charte.ftl`.
///
/// # Errors
///
/// When the source cannot be read.
pub fn check_files(
    root: &Root,
    source: &Path,
    translations: &[PathBuf],
    overrides: &Overrides,
) -> Result<Report, Error> {
    let (master, _) = crate::project::read_in(root, source).map_err(|e| match e {
        Error::Read { path, source } => Error::Master { path, source },
        other => other,
    })?;
    let mut files = Vec::new();
    for path in translations.iter().filter(|p| p.as_path() != source) {
        let lang = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).map(str::to_owned);
        let (file, diagnostics) = match root.read(path) {
            Ok(bytes) => {
                let (file, _) = crate::project::source_file(path, bytes);
                let d = compare(&master, &file);
                (file, d)
            }
            Err(refusal) => {
                let (file, d) = crate::project::refused(path, refusal);
                (file, vec![d])
            }
        };
        let mut comparison = Comparison { diagnostics, ..Comparison::default() };
        overrides.apply(&mut comparison.diagnostics);
        files.push(FileReport { master: 0, lang, file, record: None, comparison, paired: 0 });
    }
    let version = crate::drift::version(master.text());
    Ok(Report { masters: vec![MasterSummary { file: master, units: 0, version }], files, ..Report::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Rule;

    #[test]
    fn syntax_errors_are_located() {
        let en = SourceFile::new("en.ftl", "a = A\n");
        let fr = SourceFile::new("fr.ftl", "a = A\nb = { $x\n");
        let d = compare(&en, &fr);
        assert!(d.iter().any(|d| d.rule == Rule::FtlSyntax && d.start.line == 2), "{d:?}");
    }

    #[test]
    fn attributes_and_selects() {
        let en = SourceFile::new(
            "en.ftl",
            "a = { $n ->\n    [one] one { $n }\n   *[other] { $n } { $k }\n}\n    .why = because\n",
        );
        let fr = SourceFile::new("fr.ftl", "a = { $n ->\n   *[other] { $n } { $k }\n}\n");
        let d = compare(&en, &fr);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].rule, Rule::FtlMissing);
        assert_eq!(d[0].get("id"), Some(&crate::diagnostic::Arg::Str("a.why".into())));
    }
}
