//! `charte status`: per language, whether the structure holds and how much is up to date.

use super::{markdown_escape, sanitize, sanitize_line};
use crate::diagnostic::{DiffOp, Rule, Severity};
use crate::i18n::Catalog;
use crate::project::Report;
use serde::Serialize;
use std::fmt::Write;

/// One language's state.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Language tag.
    pub lang: String,
    /// Documents translated in this language.
    pub documents: usize,
    /// Structural errors (drift findings excluded).
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
    /// Recorded master version, if any.
    pub version: Option<String>,
    /// Stale units: (label, id, word diff).
    #[serde(skip)]
    pub stale_units: Vec<(String, String, Vec<DiffOp>)>,
}

/// Computes the rows of a report: one per language, summed over its documents.
pub fn rows(report: &Report, catalog: &Catalog) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for f in &report.files {
        let total = report.masters.get(f.master).map_or(0, |m| m.units);
        let ds = &f.comparison.diagnostics;
        let count = |r: Rule| ds.iter().filter(|d| d.rule == r).count();
        let errors = ds
            .iter()
            .filter(|d| d.severity == Severity::Error && !matches!(d.rule, Rule::Stale | Rule::Unsynced))
            .count();
        let message = |ids: &[&str]| ds.iter().filter(|d| d.rule == Rule::Stale && ids.contains(&d.message)).count();
        let added = message(&["stale-added"]);
        let removed = message(&["stale-removed"]);
        let moved = message(&["stale-renumbered", "stale-moved"]);
        let stale = count(Rule::Stale) - added - removed - moved;
        let untranslated = count(Rule::Untranslated);
        let version = f.record.clone();
        let synced = version.is_some() && count(Rule::Unsynced) == 0;
        let up_to_date = if synced { f.paired.saturating_sub(stale + removed + moved + untranslated) } else { 0 };
        let stale_units = ds
            .iter()
            .filter_map(|d| {
                let drift = d.drift.as_ref()?;
                let label = d.label.as_ref().map(|l| catalog.label(l)).unwrap_or_default();
                Some((label, d.unit.clone().unwrap_or_default(), drift.diff.clone()))
            })
            .collect::<Vec<_>>();
        let lang = f.lang.clone().unwrap_or_else(|| "?".into());
        match rows.iter_mut().find(|r| r.lang == lang) {
            Some(row) => {
                row.documents += 1;
                row.errors += errors;
                row.total += total;
                row.up_to_date += up_to_date;
                row.stale += stale;
                row.added += added;
                row.removed += removed;
                row.moved += moved;
                row.untranslated += untranslated;
                if row.version != version {
                    row.version = None;
                }
                row.stale_units.extend(stale_units);
            }
            None => rows.push(Row {
                lang,
                documents: 1,
                errors,
                total,
                up_to_date,
                stale,
                added,
                removed,
                moved,
                untranslated,
                version,
                stale_units,
            }),
        }
    }
    rows.sort_by(|a, b| a.lang.cmp(&b.lang));
    rows
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
fn headers(catalog: &Catalog) -> [String; 6] {
    [
        "status-language",
        "status-structure",
        "status-up-to-date",
        "status-stale",
        "status-untranslated",
        "status-version",
    ]
    .map(|id| catalog.format(id, &[]))
}

fn percent(row: &Row) -> usize {
    (row.up_to_date * 100).checked_div(row.total).unwrap_or(0)
}

fn structure(catalog: &Catalog, row: &Row) -> String {
    if row.errors == 0 {
        catalog.format("status-ok", &[])
    } else {
        catalog.format("status-broken", &[("errors", row.errors.into())])
    }
}

/// A plain-text table.
pub fn human(report: &Report, catalog: &Catalog) -> String {
    let rows = rows(report, catalog);
    let mut out = master_line(report, catalog);
    out.push_str("\n\n");
    let headers = headers(catalog);
    let mut table: Vec<Vec<String>> = vec![headers.to_vec()];
    for r in &rows {
        table.push(vec![
            sanitize_line(&r.lang),
            structure(catalog, r),
            format!("{}/{} ({}%)", r.up_to_date, r.total, percent(r)),
            r.stale.to_string(),
            r.untranslated.to_string(),
            r.version.clone().map_or_else(|| catalog.format("status-never", &[]), |v| sanitize_line(&v)),
        ]);
    }
    let widths: Vec<usize> =
        (0..headers.len()).map(|c| table.iter().map(|row| row[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &table {
        let cells: Vec<String> =
            row.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
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

/// The rows as JSON (`"version": 1`).
pub fn json(report: &Report, catalog: &Catalog) -> String {
    let rows = rows(report, catalog);
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

/// A Markdown table.
pub fn markdown(report: &Report, catalog: &Catalog) -> String {
    let rows = rows(report, catalog);
    let mut out = format!("## {}\n\n", markdown_escape(&catalog.format("status-title", &[])));
    let headers: Vec<String> = headers(catalog).iter().map(|h| markdown_escape(h)).collect();
    let _ = writeln!(out, "| {} |\n|---|---|---:|---:|---:|---|", headers.join(" | "));
    for r in &rows {
        let _ = writeln!(
            out,
            "| {} | {} | {}/{} ({}%) | {} | {} | {} |",
            markdown_escape(&r.lang),
            markdown_escape(&structure(catalog, r)),
            r.up_to_date,
            r.total,
            percent(r),
            r.stale,
            r.untranslated,
            r.version.as_deref().map_or_else(|| catalog.format("status-never", &[]), markdown_escape),
        );
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

/// A self-contained HTML page: no script, no external asset.
pub fn html(report: &Report, catalog: &Catalog, generated: &str) -> String {
    let rows = rows(report, catalog);
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
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}}
table{{border-collapse:collapse;width:100%}}
th,td{{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}}
.bar{{background:#e6e6e6;border-radius:3px;height:.8rem;min-width:6rem;overflow:hidden}}
.bar span{{display:block;height:100%;background:#1b7837}}
.ok{{color:#1b7837}} .broken{{color:#b2182b;font-weight:bold}}
del{{background:#fde0dd;color:#8c1d18;text-decoration:line-through}}
ins{{background:#d9f0d3;color:#14532d;text-decoration:underline}}
.wrap{{overflow-x:auto}}
.diff{{overflow-wrap:anywhere;line-height:1.6}}
.stale{{color:#8c510a;font-weight:bold}}
@media (max-width:40rem){{th,td{{padding:.3rem .2rem;font-size:.9rem}} .bar{{min-width:3rem}}}}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{master}</p>
<p><time>{generated}</time></p>
<div class="wrap"><table id="languages">
<thead><tr><th>{h_lang}</th><th>{h_struct}</th><th>{h_progress}</th><th>{h_up}</th><th>{h_stale}</th><th>{h_untr}</th><th>{h_ver}</th></tr></thead>
<tbody>
"#,
        lang = e(catalog.tag()),
        title = t("status-title"),
        master = e(&master_line(report, catalog)),
        generated = e(&catalog.format("status-generated", &[("time", generated.into())])),
        h_lang = t("status-language"),
        h_struct = t("status-structure"),
        h_progress = t("status-progress"),
        h_up = t("status-up-to-date"),
        h_stale = t("status-stale"),
        h_untr = t("status-untranslated"),
        h_ver = t("status-version"),
    );
    for r in &rows {
        let class = if r.errors == 0 { "ok" } else { "broken" };
        let p = percent(r);
        let _ = writeln!(
            out,
            r#"<tr data-lang="{lang}"><td>{lang}</td><td class="{class}">{structure}</td><td><div class="bar" role="progressbar" aria-valuenow="{p}" aria-valuemin="0" aria-valuemax="100"><span style="width:{p}%"></span></div>{p}%</td><td>{up}/{total}</td><td{stale_class}>{stale}</td><td>{untr}</td><td>{ver}</td></tr>"#,
            lang = e(&r.lang),
            structure = e(&structure(catalog, r)),
            up = r.up_to_date,
            total = r.total,
            stale_class = if r.stale > 0 { " class=\"stale\"" } else { "" },
            stale = if r.stale > 0 { format!("⚠ {}", r.stale) } else { "0".to_owned() },
            untr = r.untranslated,
            ver = r.version.as_deref().map_or_else(|| t("status-never"), e),
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
    let _ = writeln!(out, "<h2>{}</h2>", t("status-stale-units"));
    // One entry per changed master unit, with the languages it makes stale.
    let mut groups: Vec<(&str, &str, &[DiffOp], Vec<&str>)> = Vec::new();
    for r in &rows {
        for (label, id, diff) in &r.stale_units {
            match groups.iter_mut().find(|g| g.1 == id && g.2 == diff.as_slice()) {
                Some(g) => g.3.push(&r.lang),
                None => groups.push((label, id, diff, vec![&r.lang])),
            }
        }
    }
    let any = !groups.is_empty();
    for (label, id, diff, langs) in groups {
        let _ = write!(
            out,
            "<h3>{} <small>({})</small> — {}</h3>\n<p class=\"diff\">",
            e(label),
            e(id),
            e(&langs.join(", "))
        );
        for op in diff {
            match op {
                DiffOp::Equal(s) => out.push_str(&e(s)),
                DiffOp::Delete(s) => {
                    let _ = write!(out, "<del>{}</del>", e(s));
                }
                DiffOp::Insert(s) => {
                    let _ = write!(out, "<ins>{}</ins>", e(s));
                }
            }
        }
        out.push_str("</p>\n");
    }
    if !any {
        let _ = writeln!(out, "<p>{}</p>", t("status-no-stale"));
    }
    out.push_str("</body>\n</html>\n");
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
    #[test]
    fn civil_time() {
        assert_eq!(super::now_utc(Some(0)), "1970-01-01 00:00 UTC");
        assert_eq!(super::now_utc(Some(1_764_331_200)), "2025-11-28 12:00 UTC");
    }
}
