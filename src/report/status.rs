//! `charte status`: per language and per document, whether the structure holds, how much is
//! up to date, and the work left: findings with their lines, units stale, added to the master,
//! removed from it, moved or untranslated, and the master version each file was synced to.
//! The counts and lists are read from the findings of `check` (the same alignment as `diff`).

use super::{markdown_escape, sanitize, sanitize_line};
use crate::diagnostic::{Diagnostic, DiffOp, Rule, Severity};
use crate::i18n::Catalog;
use crate::project::{FileReport, Report};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// What the renderers need besides the report.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The day each master version first appeared in git ([`crate::drift::version_dates`]).
    pub dates: HashMap<String, String>,
    /// The address of a line, with `{path}` and `{line}` (`[status] line-url`): the HTML page
    /// links each finding there.
    pub line_url: Option<String>,
    /// The project root: `{path}` is a file's path from it.
    pub root: PathBuf,
}

impl Options {
    /// The address of a line of a file, when a pattern is configured.
    fn url(&self, path: &Path, line: usize) -> Option<String> {
        let pattern = self.line_url.as_deref()?;
        // Both made absolute, `.` and `..` resolved as written (the root is often `..`).
        let absolute = |p: &Path| {
            let p = if p.as_os_str().is_empty() { Path::new(".") } else { p };
            let mut out = PathBuf::new();
            for c in std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()).components() {
                match c {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::CurDir => {}
                    c => out.push(c),
                }
            }
            out
        };
        let (file, root) = (absolute(path), absolute(&self.root));
        let relative = file.strip_prefix(&root).unwrap_or(path);
        let parts: Vec<String> = relative
            .components()
            .filter_map(|c| match c {
                std::path::Component::Normal(n) => Some(percent_encode(&n.to_string_lossy())),
                _ => None,
            })
            .collect();
        Some(pattern.replace("{path}", &parts.join("/")).replace("{line}", &line.to_string()))
    }
}

/// A path component as it goes into an address: every byte but unreserved ones encoded.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The counts of one translation, or of a language's translations summed.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    /// Findings at error severity, drift (`stale`, `unsynced`) and untranslated units (counted
    /// on their own) excluded.
    pub errors: usize,
    /// Units of the master.
    pub total: usize,
    /// Units aligned with the master, not stale and translated.
    pub up_to_date: usize,
    /// Stale units: their master unit was edited since the sync.
    pub stale: usize,
    /// Units the master added since the sync, to translate.
    pub added: usize,
    /// Translated units whose master unit was removed since the sync, to delete.
    pub removed: usize,
    /// Translated units whose master unit was renumbered or moved since the sync, its text
    /// unchanged.
    pub moved: usize,
    /// Units identical to the master's.
    pub untranslated: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.errors += o.errors;
        self.total += o.total;
        self.up_to_date += o.up_to_date;
        self.stale += o.stale;
        self.added += o.added;
        self.removed += o.removed;
        self.moved += o.moved;
        self.untranslated += o.untranslated;
    }

    fn percent(&self) -> usize {
        (self.up_to_date * 100).checked_div(self.total).unwrap_or(0)
    }

    /// The filter states these counts are in (`s-…` classes of the HTML page).
    fn states(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for (n, state) in [
            (self.errors, "errors"),
            (self.stale, "stale"),
            (self.added, "added"),
            (self.removed, "removed"),
            (self.moved, "moved"),
            (self.untranslated, "untranslated"),
        ] {
            if n > 0 {
                out.push(state);
            }
        }
        if out.is_empty() {
            out.push("done");
        }
        out
    }
}

/// What a unit of a translation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Its master unit was edited: update it.
    Stale,
    /// The master added it: translate it.
    Added,
    /// The master removed it: delete it.
    Removed,
    /// The master renumbered or moved it, its text unchanged.
    Moved,
    /// Identical to the master's: translate it.
    Untranslated,
}

impl State {
    const ALL: [State; 5] = [State::Stale, State::Added, State::Removed, State::Moved, State::Untranslated];

    fn name(self) -> &'static str {
        match self {
            State::Stale => "stale",
            State::Added => "added",
            State::Removed => "removed",
            State::Moved => "moved",
            State::Untranslated => "untranslated",
        }
    }

    /// The message of one such unit in the text and Markdown lists.
    fn item_id(self) -> &'static str {
        match self {
            State::Stale => "status-unit-stale",
            State::Added => "status-unit-added",
            State::Removed => "status-unit-removed",
            State::Moved => "status-unit-moved",
            State::Untranslated => "status-unit-untranslated",
        }
    }

    /// The title of the HTML page's section of such units.
    fn section_id(self) -> &'static str {
        match self {
            State::Stale => "status-stale-units",
            State::Added => "status-added-units",
            State::Removed => "status-removed-units",
            State::Moved => "status-moved-units",
            State::Untranslated => "status-untranslated-units",
        }
    }
}

/// A unit of a translation with work left, and where.
#[derive(Debug, Clone, Serialize)]
pub struct UnitRow {
    /// What it needs.
    pub state: State,
    /// The master unit's id (for a removed unit, the id it had).
    pub unit: Option<String>,
    /// Its label, for people.
    pub label: Option<String>,
    /// The line of the translation: the unit's, or for an added unit the line to translate it
    /// after.
    pub line: usize,
    /// The line of the master unit (none for a removed one).
    pub source_line: Option<usize>,
    /// The master's text: to translate (added, stale: as it is now), or as it was (removed).
    pub text: Option<String>,
    /// The word diff of a stale unit's master text.
    #[serde(skip)]
    pub diff: Vec<DiffOp>,
    /// The translated line (removed, untranslated, stale), to recognise it; the page renders
    /// its inline Markdown as it renders the master's.
    #[serde(skip)]
    pub translated: Option<String>,
}

/// A finding about a translation's structure or text (drift excluded), with its line.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The rule's name.
    pub rule: &'static str,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// 1-based line in the translation.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The message, in the chosen language.
    pub message: String,
}

/// One translation file.
#[derive(Debug, Clone, Serialize)]
pub struct FileRow {
    /// Its path.
    pub file: String,
    /// Its master's path.
    pub master: String,
    /// Its counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// Whether it is synced: it records a master version that can be compared with.
    pub synced: bool,
    /// The master version it records, if any.
    pub version: Option<String>,
    /// The day that version first appeared in the master's git history, if known.
    pub date: Option<String>,
    /// Its findings but drift and untranslated units, with their lines.
    pub findings: Vec<Finding>,
    /// Its units with work left.
    pub units: Vec<UnitRow>,
    #[serde(skip)]
    path: PathBuf,
}

/// One language's state: its files' counts summed, and each file.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Language tag.
    pub lang: String,
    /// Documents translated in this language.
    pub documents: usize,
    /// The counts, all documents together.
    #[serde(flatten)]
    pub counts: Counts,
    /// How many of its documents are synced.
    pub synced_documents: usize,
    /// The master version every document records, when they all record the same one.
    pub version: Option<String>,
    /// The day of that version, when known.
    pub date: Option<String>,
    /// Each document.
    pub files: Vec<FileRow>,
}

impl Row {
    /// The filter states of the language: those of its documents.
    fn states(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for f in &self.files {
            for s in f.counts.states() {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }
}

fn state_of(d: &Diagnostic) -> Option<State> {
    match (d.rule, d.message) {
        (Rule::Stale, "stale-added") => Some(State::Added),
        (Rule::Stale, "stale-removed") => Some(State::Removed),
        (Rule::Stale, "stale-renumbered" | "stale-moved") => Some(State::Moved),
        (Rule::Stale, _) => Some(State::Stale),
        (Rule::Untranslated, _) => Some(State::Untranslated),
        _ => None,
    }
}

/// One translation's row: its counts, findings and units, as `check` found them.
fn file_row(report: &Report, f: &FileReport, catalog: &Catalog, options: &Options) -> FileRow {
    let master = report.masters.get(f.master);
    let total = master.map_or(0, |m| m.units);
    let ds = &f.comparison.diagnostics;
    let mut counts = Counts { total, ..Counts::default() };
    let mut units = Vec::new();
    let mut findings = Vec::new();
    let line_text = |line: usize| {
        (!f.file.text().is_empty() && line >= 1 && line <= f.file.line_count())
            .then(|| f.file.line_text(line).trim().to_owned())
    };
    for d in ds {
        match state_of(d) {
            Some(state) => {
                match state {
                    State::Stale => counts.stale += 1,
                    State::Added => counts.added += 1,
                    State::Removed => counts.removed += 1,
                    State::Moved => counts.moved += 1,
                    State::Untranslated => counts.untranslated += 1,
                }
                let text = d.drift.as_ref().map(|x| match state {
                    State::Removed => x.source_before.clone(),
                    _ => x.source_after.clone(),
                });
                units.push(UnitRow {
                    state,
                    unit: d.unit.clone(),
                    label: d.label.as_ref().map(|l| catalog.label(l)),
                    line: d.start.line,
                    source_line: d.source.as_ref().map(|s| s.line),
                    text: text.filter(|t| !t.is_empty()),
                    diff: if state == State::Stale {
                        d.drift.as_ref().map(|x| x.diff.clone()).unwrap_or_default()
                    } else {
                        Vec::new()
                    },
                    translated: if state == State::Added { None } else { line_text(d.start.line) },
                });
            }
            None if d.rule == Rule::Unsynced => {}
            None => {
                if d.severity == Severity::Error {
                    counts.errors += 1;
                }
                findings.push(Finding {
                    rule: d.rule.name(),
                    severity: d.severity.as_str(),
                    line: d.start.line,
                    column: d.start.column,
                    message: super::message(catalog, d),
                });
            }
        }
    }
    // Findings counted but not kept are errors too, when their rule is.
    for (rule, severity, n) in f.omitted() {
        if severity == Severity::Error && !matches!(rule, Rule::Stale | Rule::Unsynced | Rule::Untranslated) {
            counts.errors += n;
        }
    }
    let unsynced = ds.iter().any(|d| d.rule == Rule::Unsynced);
    let synced = f.record.is_some() && !unsynced;
    counts.up_to_date = if synced {
        f.paired.saturating_sub(counts.stale + counts.removed + counts.moved + counts.untranslated)
    } else {
        0
    };
    let version = f.record.clone();
    let date = version.as_ref().and_then(|v| options.dates.get(v).cloned());
    FileRow {
        file: f.file.path().display().to_string(),
        master: master.map(|m| m.file.path().display().to_string()).unwrap_or_default(),
        counts,
        synced,
        version,
        date,
        findings,
        units,
        path: f.file.path().to_path_buf(),
    }
}

/// Computes the rows of a report: one per language, with one row per document.
pub fn rows(report: &Report, catalog: &Catalog, options: &Options) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for f in &report.files {
        let file = file_row(report, f, catalog, options);
        let lang = f.lang.clone().unwrap_or_else(|| "?".into());
        let i = match rows.iter().position(|r| r.lang == lang) {
            Some(i) => i,
            None => {
                rows.push(Row {
                    lang,
                    documents: 0,
                    counts: Counts::default(),
                    synced_documents: 0,
                    version: file.version.clone(),
                    date: file.date.clone(),
                    files: Vec::new(),
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[i];
        row.documents += 1;
        row.counts.add(&file.counts);
        row.synced_documents += usize::from(file.synced);
        if row.version != file.version {
            row.version = None;
        }
        if row.date != file.date {
            row.date = None;
        }
        row.files.push(file);
    }
    for row in &mut rows {
        if row.version.is_none() {
            row.date = None;
        }
    }
    rows.sort_by(|a, b| a.lang.cmp(&b.lang));
    rows
}

/// The master versions that the translations record: those whose dates are worth looking up.
pub fn recorded_versions(report: &Report) -> std::collections::HashSet<&str> {
    report.files.iter().filter_map(|f| f.record.as_deref()).collect()
}

fn master_line(report: &Report, catalog: &Catalog) -> String {
    match report.masters.as_slice() {
        [m] => catalog.format(
            "status-master",
            &[("path", super::path(m.file.path()).into()), ("version", m.version.as_str().into())],
        ),
        many => catalog.format("status-documents", &[("count", many.len().into())]),
    }
}

/// The column titles of the text and Markdown tables.
fn headers(catalog: &Catalog) -> [String; 8] {
    [
        "status-language",
        "status-structure",
        "status-up-to-date",
        "status-stale",
        "status-added",
        "status-removed",
        "status-untranslated",
        "status-version",
    ]
    .map(|id| catalog.format(id, &[]))
}

fn structure(catalog: &Catalog, errors: usize) -> String {
    if errors == 0 {
        catalog.format("status-ok", &[])
    } else {
        catalog.format("status-broken", &[("errors", errors.into())])
    }
}

/// A version with its day: `99d82df619cb5ed7 (2025-11-28)`.
fn version_text(version: &str, date: Option<&str>) -> String {
    match date {
        Some(d) => format!("{version} ({d})"),
        None => version.to_owned(),
    }
}

/// What a language's "synced to" cell says: its version, or how many of its documents are
/// synced when they record different versions.
fn row_synced(catalog: &Catalog, r: &Row) -> Option<String> {
    match &r.version {
        Some(v) => Some(version_text(v, r.date.as_deref())),
        None if r.synced_documents > 0 => Some(catalog.format(
            "status-synced-documents",
            &[("synced", r.synced_documents.into()), ("count", r.documents.into())],
        )),
        None => None,
    }
}

fn file_synced(f: &FileRow) -> Option<String> {
    f.version.as_deref().map(|v| version_text(v, f.date.as_deref()))
}

/// The cells of a table row, unescaped.
fn cells(catalog: &Catalog, first: String, c: &Counts, synced: Option<String>) -> Vec<String> {
    vec![
        first,
        structure(catalog, c.errors),
        format!("{}/{} ({}%)", c.up_to_date, c.total, c.percent()),
        c.stale.to_string(),
        c.added.to_string(),
        c.removed.to_string(),
        c.untranslated.to_string(),
        synced.unwrap_or_else(|| catalog.format("status-never", &[])),
    ]
}

/// Whether the report has more than one master document: then each language has a row per
/// document.
fn per_document(report: &Report) -> bool {
    report.masters.len() > 1
}

/// The lines of a file's work, unescaped: `LINE: text` for each finding and unit.
fn work_lines(catalog: &Catalog, f: &FileRow) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for d in &f.findings {
        let level = catalog.format(if d.severity == "error" { "severity-error" } else { "severity-warning" }, &[]);
        out.push((d.line, format!("{level}[{}]: {}", d.rule, d.message)));
    }
    for u in &f.units {
        let args =
            [("label", u.label.clone().unwrap_or_default().into()), ("id", u.unit.clone().unwrap_or_default().into())];
        out.push((u.line, catalog.format(u.state.item_id(), &args)));
    }
    out.sort_by_key(|(line, _)| *line);
    out
}

/// A plain-text table, then the work left in each file.
pub fn human(report: &Report, catalog: &Catalog, options: &Options) -> String {
    let rows = rows(report, catalog, options);
    let mut out = master_line(report, catalog);
    out.push_str("\n\n");
    let headers = headers(catalog);
    let mut table: Vec<Vec<String>> = vec![headers.to_vec()];
    for r in &rows {
        table.push(cells(catalog, sanitize_line(&r.lang), &r.counts, row_synced(catalog, r)));
        if per_document(report) {
            for f in &r.files {
                table.push(cells(catalog, format!("  {}", super::path(&f.path)), &f.counts, file_synced(f)));
            }
        }
    }
    let widths: Vec<usize> =
        (0..headers.len()).map(|c| table.iter().map(|row| row[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &table {
        let cells: Vec<String> =
            row.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    // The work left, file by file: `path:line: what`.
    let mut first = true;
    for f in rows.iter().flat_map(|r| &r.files) {
        let lines = work_lines(catalog, f);
        if lines.is_empty() {
            continue;
        }
        if std::mem::take(&mut first) {
            out.push('\n');
        }
        let path = super::path(&f.path);
        for (line, text) in lines {
            let _ = writeln!(out, "{path}:{line}: {}", sanitize_line(&text));
        }
    }
    if !report.project.is_empty() {
        out.push('\n');
    }
    // Findings about the project itself: missing and orphan translations, file names.
    for d in &report.project {
        let level =
            catalog.format(if d.severity == Severity::Error { "severity-error" } else { "severity-warning" }, &[]);
        let path = super::path(&d.file);
        let _ = writeln!(out, "{level}[{}]: {path}: {}", d.rule.name(), super::message(catalog, d));
    }
    out
}

/// The rows as JSON (`"version": 1`; the fields are described in the README).
pub fn json(report: &Report, catalog: &Catalog, options: &Options) -> String {
    let rows = rows(report, catalog, options);
    let value = serde_json::json!({
        "version": 1,
        "source": report.source(),
        "source_version": report.masters.first().map(|m| m.version.as_str()),
        "documents": report.masters.len(),
        "languages": rows,
        "findings": report.project.iter().map(|d| serde_json::json!({
            "rule": d.rule.name(),
            "severity": d.severity.as_str(),
            "file": d.file.display().to_string(),
            "message": super::message(catalog, d),
        })).collect::<Vec<_>>(),
    });
    let mut s = super::json::to_string_pretty(&value);
    s.push('\n');
    s
}

/// A Markdown table, then the work left in each file.
pub fn markdown(report: &Report, catalog: &Catalog, options: &Options) -> String {
    let rows = rows(report, catalog, options);
    let mut out = format!("## {}\n\n", markdown_escape(&catalog.format("status-title", &[])));
    let headers: Vec<String> = headers(catalog).iter().map(|h| markdown_escape(h)).collect();
    let _ = writeln!(out, "| {} |\n|---|---|---:|---:|---:|---:|---:|---|", headers.join(" | "));
    let line = |out: &mut String, cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| markdown_escape(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    };
    for r in &rows {
        line(&mut out, cells(catalog, r.lang.clone(), &r.counts, row_synced(catalog, r)));
        if per_document(report) {
            for f in &r.files {
                line(&mut out, cells(catalog, format!("↳ {}", f.file), &f.counts, file_synced(f)));
            }
        }
    }
    for f in rows.iter().flat_map(|r| &r.files) {
        let lines = work_lines(catalog, f);
        if lines.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", markdown_escape(&f.file));
        for (line, text) in lines {
            let place = match options.url(&f.path, line) {
                Some(url) => format!("[{}:{line}](<{}>)", markdown_escape(&f.file), url.replace(['<', '>', ' '], "")),
                None => format!("{}:{line}", markdown_escape(&f.file)),
            };
            let _ = writeln!(out, "- {place}: {}", markdown_escape(&text));
        }
    }
    out
}

/// Escapes text for HTML content and attributes.
///
/// ```
/// assert_eq!(charte::report::html_escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
/// ```
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in sanitize(s).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markers of a word diff inside Markdown text, from the Unicode private use area: they go
/// through pulldown-cmark as text and become `<del>` and `<ins>` once it has parsed the rest.
const DEL_OPEN: char = '\u{e000}';
const DEL_CLOSE: char = '\u{e001}';
const INS_OPEN: char = '\u{e002}';
const INS_CLOSE: char = '\u{e003}';
/// Put before the text so that nothing at its start reads as a block (`# `, `- `, `1. `, an
/// indented code block or HTML): a unit's text is inline Markdown.
const START: char = '\u{e004}';

/// Inline Markdown as HTML: strong, emphasis, code and strike-through rendered, a link shown
/// as its text (no address from a document goes into the page), an image as its text, HTML
/// shown as text. With diff markers ([`DEL_OPEN`]…), deleted and inserted words are `<del>`
/// and `<ins>`, closed and reopened around the other tags so that the page stays well nested.
fn inline_html(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let text: String =
        std::iter::once(START).chain(markdown.chars().map(|c| if c == '\n' { ' ' } else { c })).collect();
    let mut out = String::new();
    // The diff tag open now, if any.
    let mut open: Option<&'static str> = None;
    let write_text = |out: &mut String, open: &mut Option<&'static str>, t: &str| {
        let mut run = String::new();
        for c in t.chars() {
            let change = match c {
                DEL_OPEN => Some((true, "del")),
                DEL_CLOSE => Some((false, "del")),
                INS_OPEN => Some((true, "ins")),
                INS_CLOSE => Some((false, "ins")),
                START => {
                    continue;
                }
                _ => None,
            };
            match change {
                Some((opening, tag)) => {
                    out.push_str(&html_escape(&run));
                    run.clear();
                    match (opening, *open) {
                        (true, None) => {
                            let _ = write!(out, "<{tag}>");
                            *open = Some(tag);
                        }
                        (false, Some(o)) if o == tag => {
                            let _ = write!(out, "</{tag}>");
                            *open = None;
                        }
                        _ => {}
                    }
                }
                None => run.push(c),
            }
        }
        out.push_str(&html_escape(&run));
    };
    // A tag of the document, with the diff tag closed around it.
    let tag = |out: &mut String, open: Option<&'static str>, html: &str| {
        if let Some(o) = open {
            let _ = write!(out, "</{o}>");
        }
        out.push_str(html);
        if let Some(o) = open {
            let _ = write!(out, "<{o}>");
        }
    };
    for event in Parser::new_ext(&text, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Strong) => tag(&mut out, open, "<strong>"),
            Event::End(TagEnd::Strong) => tag(&mut out, open, "</strong>"),
            Event::Start(Tag::Emphasis) => tag(&mut out, open, "<em>"),
            Event::End(TagEnd::Emphasis) => tag(&mut out, open, "</em>"),
            Event::Start(Tag::Strikethrough) => tag(&mut out, open, "<s>"),
            Event::End(TagEnd::Strikethrough) => tag(&mut out, open, "</s>"),
            Event::Start(Tag::Link { .. }) => tag(&mut out, open, "<span class=\"link\">"),
            Event::End(TagEnd::Link) => tag(&mut out, open, "</span>"),
            Event::Code(t) => {
                tag(&mut out, open, "<code>");
                write_text(&mut out, &mut open, &t);
                tag(&mut out, open, "</code>");
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                write_text(&mut out, &mut open, &t);
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::FootnoteReference(t) => write_text(&mut out, &mut open, &format!("[^{t}]")),
            Event::TaskListMarker(done) => out.push_str(if done { "[x] " } else { "[ ] " }),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) | Event::Start(_) | Event::End(_) => {}
            Event::Rule => {}
        }
    }
    if let Some(o) = open {
        let _ = write!(out, "</{o}>");
    }
    out
}

/// Document text made safe to carry diff markers: the markers' own characters are replaced.
fn unmarked(text: &str) -> String {
    text.chars().map(|c| if ('\u{e000}'..='\u{e004}').contains(&c) { '\u{fffd}' } else { c }).collect()
}

/// A word diff of Markdown text as HTML, its inline Markdown rendered. A deletion followed by
/// an insertion keeps a space between them, as the words had.
fn diff_html(ops: &[DiffOp]) -> String {
    let mut text = String::new();
    for (i, op) in ops.iter().enumerate() {
        match op {
            DiffOp::Equal(t) => text.push_str(&unmarked(t)),
            DiffOp::Delete(t) => {
                text.push(DEL_OPEN);
                text.push_str(&unmarked(t));
                text.push(DEL_CLOSE);
                if matches!(ops.get(i + 1), Some(DiffOp::Insert(_))) && !t.ends_with(char::is_whitespace) {
                    text.push(' ');
                }
            }
            DiffOp::Insert(t) => {
                text.push(INS_OPEN);
                text.push_str(&unmarked(t));
                text.push(INS_CLOSE);
            }
        }
    }
    inline_html(&text)
}

/// A Markdown text of a document as HTML ([`inline_html`]).
fn markdown_html(text: &str) -> String {
    inline_html(&unmarked(text))
}

/// The filter tokens of a language (`l0`, `l1`…): classes and ids carry no document text.
fn lang_token(rows: &[Row], lang: &str) -> String {
    format!("l{}", rows.iter().position(|r| r.lang == lang).unwrap_or(0))
}

/// The states the page filters on, with their labels.
const FILTER_STATES: [(&str, &str); 7] = [
    ("errors", "status-state-errors"),
    ("stale", "status-stale"),
    ("added", "status-added"),
    ("removed", "status-removed"),
    ("moved", "status-moved"),
    ("untranslated", "status-untranslated"),
    ("done", "status-up-to-date"),
];

/// The style of the page, with one rule per filter: a checked radio button hides what does
/// not match it (no script).
fn style(rows: &[Row]) -> String {
    let mut css = String::from(
        "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:64rem;padding:0 1rem;color:#1a1a1a;background:#fff}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
tr.doc td{font-size:.9rem;background:#f7f7f7}
tr.doc td:first-child{padding-left:1.5rem;overflow-wrap:anywhere}
.bar{background:#e6e6e6;border-radius:3px;height:.8rem;min-width:6rem;overflow:hidden}
.bar span{display:block;height:100%;background:#1b7837}
.ok{color:#1b7837} .broken{color:#b2182b;font-weight:bold}
del{background:#fde0dd;color:#8c1d18;text-decoration:line-through}
ins{background:#d9f0d3;color:#14532d;text-decoration:underline}
.link{text-decoration:underline dotted}
.wrap{overflow-x:auto}
.diff,.text{overflow-wrap:anywhere;line-height:1.6}
.stale{color:#8c510a;font-weight:bold}
.where{overflow-wrap:anywhere}
.rule{font-family:ui-monospace,monospace}
q{font-style:italic;overflow-wrap:anywhere}
.filter{position:absolute;opacity:0;width:1px;height:1px;margin:0}
nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:1rem 0}
nav p{margin:0;display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
nav label{border:1px solid #888;border-radius:1rem;padding:.1rem .6rem;cursor:pointer}
@media (max-width:40rem){th,td{padding:.3rem .2rem;font-size:.85rem} .bar{min-width:3rem}}
",
    );
    let mut checked = vec!["#fl-all".to_owned(), "#fs-all".to_owned()];
    for (i, _) in rows.iter().enumerate() {
        checked.push(format!("#fl-l{i}"));
        let _ = writeln!(css, "#fl-l{i}:checked~main .lf:not(.l{i}){{display:none}}");
    }
    for (state, _) in FILTER_STATES {
        checked.push(format!("#fs-{state}"));
        let _ = writeln!(css, "#fs-{state}:checked~main .sf:not(.s-{state}){{display:none}}");
    }
    for id in &checked {
        let _ = writeln!(
            css,
            "{id}:checked~nav label[for=\"{}\"]{{background:#1a1a1a;color:#fff}} {id}:focus-visible~nav label[for=\"{}\"]{{outline:2px solid #1b63c6}}",
            &id[1..],
            &id[1..]
        );
    }
    css
}

/// A place in a translation, linked when a line address is configured.
fn place_html(options: &Options, path: &Path, line: usize) -> String {
    let text = html_escape(&format!("{}:{line}", super::path(path)));
    match options.url(path, line) {
        Some(url) => format!("<a class=\"where\" href=\"{}\">{text}</a>", html_escape(&url)),
        None => format!("<span class=\"where\">{text}</span>"),
    }
}

/// A self-contained HTML page: no script, no external asset.
pub fn html(report: &Report, catalog: &Catalog, options: &Options, generated: &str) -> String {
    let rows = rows(report, catalog, options);
    let e = html_escape;
    let t = |id: &str| e(&catalog.format(id, &[]));
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<title>{title}</title>
<style>
{style}</style>
</head>
<body>
<h1>{title}</h1>
<p>{master}</p>
<p><time>{generated}</time></p>
"#,
        lang = e(catalog.tag()),
        title = t("status-title"),
        style = style(&rows),
        master = e(&master_line(report, catalog)),
        generated = e(&catalog.format("status-generated", &[("time", generated.into())])),
    );
    // The filters: radio buttons before the navigation and the content they filter.
    let _ = writeln!(out, r#"<input class="filter" type="radio" name="fl" id="fl-all" checked>"#);
    for i in 0..rows.len() {
        let _ = writeln!(out, r#"<input class="filter" type="radio" name="fl" id="fl-l{i}">"#);
    }
    let _ = writeln!(out, r#"<input class="filter" type="radio" name="fs" id="fs-all" checked>"#);
    for (state, _) in FILTER_STATES {
        let _ = writeln!(out, r#"<input class="filter" type="radio" name="fs" id="fs-{state}">"#);
    }
    let _ = write!(
        out,
        r#"<nav id="filters"><p><span>{}</span> <label for="fl-all">{}</label>"#,
        t("status-language"),
        t("status-filter-all")
    );
    for (i, r) in rows.iter().enumerate() {
        let _ = write!(out, r#" <label for="fl-l{i}">{}</label>"#, e(&r.lang));
    }
    let _ = write!(
        out,
        r#"</p><p><span>{}</span> <label for="fs-all">{}</label>"#,
        t("status-filter-state"),
        t("status-filter-all")
    );
    for (state, id) in FILTER_STATES {
        let _ = write!(out, r#" <label for="fs-{state}">{}</label>"#, t(id));
    }
    out.push_str("</p></nav>\n<main>\n");
    let _ = write!(
        out,
        r#"<div class="wrap"><table id="languages">
<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>
<tbody>
"#,
        t("status-language"),
        t("status-structure"),
        t("status-progress"),
        t("status-up-to-date"),
        t("status-stale"),
        t("status-added"),
        t("status-removed"),
        t("status-untranslated"),
        t("status-version"),
    );
    let cells = |c: &Counts, synced: Option<String>| {
        let class = if c.errors == 0 { "ok" } else { "broken" };
        let p = c.percent();
        format!(
            r#"<td class="{class}">{structure}</td><td><div class="bar" role="progressbar" aria-valuenow="{p}" aria-valuemin="0" aria-valuemax="100"><span style="width:{p}%"></span></div>{p}%</td><td>{up}/{total}</td><td{stale_class}>{stale}</td><td>{added}</td><td>{removed}</td><td>{untr}</td><td>{ver}</td>"#,
            structure = e(&structure(catalog, c.errors)),
            up = c.up_to_date,
            total = c.total,
            stale_class = if c.stale > 0 { " class=\"stale\"" } else { "" },
            stale = if c.stale > 0 { format!("⚠ {}", c.stale) } else { "0".to_owned() },
            added = c.added,
            removed = c.removed,
            untr = c.untranslated,
            ver = e(&synced.unwrap_or_else(|| catalog.format("status-never", &[]))),
        )
    };
    let classes = |lang: &str, states: &[&str]| {
        let states: Vec<String> = states.iter().map(|s| format!("s-{s}")).collect();
        format!("lf {} sf {}", lang_token(&rows, lang), states.join(" "))
    };
    for r in &rows {
        let _ = writeln!(
            out,
            r#"<tr data-lang="{lang}" class="{classes}"><td>{lang}</td>{cells}</tr>"#,
            lang = e(&r.lang),
            classes = classes(&r.lang, &r.states()),
            cells = cells(&r.counts, row_synced(catalog, r)),
        );
        if per_document(report) {
            for f in &r.files {
                let _ = writeln!(
                    out,
                    r#"<tr class="doc {classes}" data-file="{file}"><td>{file}</td>{cells}</tr>"#,
                    classes = classes(&r.lang, &f.counts.states()),
                    file = e(&super::path(&f.path)),
                    cells = cells(&f.counts, file_synced(f)),
                );
            }
        }
    }
    out.push_str("</tbody>\n</table></div>\n");
    // Errors and warnings, file by file, each at its line.
    let with_findings: Vec<(&Row, &FileRow)> =
        rows.iter().flat_map(|r| r.files.iter().map(move |f| (r, f))).filter(|(_, f)| !f.findings.is_empty()).collect();
    if !with_findings.is_empty() {
        let _ = writeln!(out, "<section id=\"findings\" class=\"sf s-errors\">\n<h2>{}</h2>", t("status-errors"));
        for (r, f) in with_findings {
            let _ = writeln!(
                out,
                "<div class=\"lf {}\">\n<h3>{}</h3>\n<ul>",
                lang_token(&rows, &r.lang),
                e(&super::path(&f.path))
            );
            for d in &f.findings {
                let level =
                    catalog.format(if d.severity == "error" { "severity-error" } else { "severity-warning" }, &[]);
                let _ = writeln!(
                    out,
                    "<li>{} <span class=\"rule\">{}[{}]</span>: {}</li>",
                    place_html(options, &f.path, d.line),
                    e(&level),
                    e(d.rule),
                    e(&d.message)
                );
            }
            out.push_str("</ul>\n</div>\n");
        }
        out.push_str("</section>\n");
    }
    // Units with work left: one entry per master unit and change, with the languages it
    // concerns and where in each.
    struct Group<'a> {
        unit: &'a UnitRow,
        at: Vec<(&'a Row, &'a FileRow, &'a UnitRow)>,
    }
    for state in State::ALL {
        let mut groups: Vec<Group<'_>> = Vec::new();
        for r in &rows {
            for f in &r.files {
                for u in f.units.iter().filter(|u| u.state == state) {
                    let same = |g: &&mut Group<'_>| {
                        g.unit.unit == u.unit
                            && g.unit.diff == u.diff
                            && g.unit.text == u.text
                            && g.at[0].1.master == f.master
                    };
                    match groups.iter_mut().find(|g| same(g)) {
                        Some(g) => g.at.push((r, f, u)),
                        None => groups.push(Group { unit: u, at: vec![(r, f, u)] }),
                    }
                }
            }
        }
        if groups.is_empty() && state != State::Stale {
            continue;
        }
        let _ = writeln!(
            out,
            "<section id=\"{name}\" class=\"sf s-{name}\">\n<h2>{}</h2>",
            t(state.section_id()),
            name = state.name()
        );
        if groups.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", t("status-no-stale"));
        }
        for g in &groups {
            let mut langs: Vec<String> = Vec::new();
            for (r, _, _) in &g.at {
                let token = lang_token(&rows, &r.lang);
                if !langs.contains(&token) {
                    langs.push(token);
                }
            }
            let names: Vec<&str> = g.at.iter().map(|(r, _, _)| r.lang.as_str()).fold(Vec::new(), |mut v, l| {
                if !v.contains(&l) {
                    v.push(l);
                }
                v
            });
            let _ = writeln!(
                out,
                "<article class=\"lf {}\">\n<h3>{} <small>({})</small> — {}</h3>",
                langs.join(" "),
                e(&sanitize_line(g.unit.label.as_deref().unwrap_or_default())),
                e(&sanitize_line(g.unit.unit.as_deref().unwrap_or_default())),
                e(&names.join(", "))
            );
            match state {
                State::Stale if !g.unit.diff.is_empty() => {
                    let _ = writeln!(out, "<p class=\"diff\">{}</p>", diff_html(&g.unit.diff));
                }
                State::Removed => {
                    if let Some(text) = &g.unit.text {
                        let _ = writeln!(out, "<p class=\"text\"><del>{}</del></p>", markdown_html(text));
                    }
                }
                _ => {
                    if let Some(text) = &g.unit.text {
                        let _ = writeln!(out, "<p class=\"text\">{}</p>", markdown_html(text));
                    }
                }
            }
            out.push_str("<ul>\n");
            for (r, f, u) in &g.at {
                let quoted = match &u.translated {
                    Some(t) if !t.is_empty() => format!(" <q>{}</q>", markdown_html(&sanitize_line(t))),
                    _ => String::new(),
                };
                let _ = writeln!(
                    out,
                    "<li class=\"lf {}\">{}{quoted}</li>",
                    lang_token(&rows, &r.lang),
                    place_html(options, &f.path, u.line)
                );
            }
            out.push_str("</ul>\n</article>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The current UTC time as `YYYY-MM-DD HH:MM UTC` (or `SOURCE_DATE_EPOCH` when given).
pub fn now_utc(epoch: Option<u64>) -> String {
    let secs = epoch.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
    });
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::{diff_html, markdown_html};
    use crate::diagnostic::DiffOp;

    #[test]
    fn inline_markdown_is_rendered_and_document_html_escaped() {
        assert_eq!(
            markdown_html("un **deux** _trois_ `q<r`"),
            "un <strong>deux</strong> <em>trois</em> <code>q&lt;r</code>"
        );
        assert_eq!(markdown_html("[texte](javascript:alert(1))"), "<span class=\"link\">texte</span>");
        assert_eq!(markdown_html("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
        // The start of a unit's text is never a block: no heading, list or code block.
        assert_eq!(markdown_html("# pas un titre"), "# pas un titre");
        assert_eq!(markdown_html("1. pas une liste"), "1. pas une liste");
        assert_eq!(markdown_html("    pas du code"), "    pas du code");
        // The markers' own characters in a document are not markers.
        assert_eq!(markdown_html("a\u{e000}b"), "a\u{fffd}b");
    }

    #[test]
    fn diffs_keep_their_spaces_and_nest_with_the_markdown() {
        let ops = [
            DiffOp::Equal("n’attendons ".into()),
            DiffOp::Delete("pas".into()),
            DiffOp::Insert("jamais".into()),
            DiffOp::Equal(" la".into()),
        ];
        assert_eq!(diff_html(&ops), "n’attendons <del>pas</del> <ins>jamais</ins> la");
        // A change across the end of a strong span: the diff tag is closed around it.
        let ops = [DiffOp::Equal("**un ".into()), DiffOp::Insert("deux** trois".into())];
        assert_eq!(diff_html(&ops), "<strong>un <ins>deux</ins></strong><ins> trois</ins>");
    }

    #[test]
    fn civil_time() {
        assert_eq!(super::now_utc(Some(0)), "1970-01-01 00:00 UTC");
        assert_eq!(super::now_utc(Some(1_764_331_200)), "2025-11-28 12:00 UTC");
    }
}
