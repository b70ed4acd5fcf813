//! `charte check --fix`, `--unsafe-fixes` and `--diff`: the check runs, the fixes its findings
//! carry ([`charte::fix`]) are applied file by file, written as `sync` writes (atomic, byte
//! order mark and line endings kept, no write through a symbolic link or out of the project),
//! and the files are checked again for the report. With `--diff` nothing is written: the
//! fixes are printed as a unified diff, and the exit status is 1 when there are some.
//!
//! What the fixes did is said on standard error, so that a JSON or SARIF report on standard
//! output stays one document.

use super::args::CheckArgs;
use super::commands::{check_report, render_check};
use super::{Outcome, Output, Result};
use charte::config::Config;
use charte::diagnostic::{Applicability, Rule};
use charte::i18n::Catalog;
use charte::project::{self, Error, FileReport, Report};
use charte::report;
use std::io::Write;
use std::path::PathBuf;

/// One file's fixes, applied in memory.
struct Fixed<'a> {
    file: &'a FileReport,
    text: String,
    applied: usize,
    left: usize,
    /// Every stale finding of the file was carried over, and nothing else is out of date.
    carried: bool,
}

/// The fixes of every file of a report that `wanted` allows, applied in memory.
fn fixed(report: &Report, wanted: Applicability) -> Vec<Fixed<'_>> {
    let mut out = Vec::new();
    for f in &report.files {
        let fixes: Vec<(usize, &charte::diagnostic::Fix)> = f
            .comparison
            .diagnostics
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.fix.as_ref().filter(|x| x.applicability <= wanted).map(|x| (i, x)))
            .collect();
        if fixes.is_empty() || f.file.text().is_empty() {
            continue;
        }
        let refs: Vec<&charte::diagnostic::Fix> = fixes.iter().map(|(_, x)| *x).collect();
        let (text, applied) = charte::fix::apply(f.file.text(), &refs);
        let done: Vec<usize> = fixes.iter().zip(&applied).filter(|(_, a)| **a).map(|((i, _), _)| *i).collect();
        let diagnostics = &f.comparison.diagnostics;
        let stale_omitted = f.comparison.omitted.iter().any(|(r, n)| *r == Rule::Stale && *n > 0);
        let carried = !stale_omitted
            && diagnostics.iter().any(|d| d.rule == Rule::Stale)
            && diagnostics.iter().enumerate().all(|(i, d)| match d.rule {
                Rule::Stale => done.contains(&i),
                Rule::Unsynced => false,
                _ => true,
            });
        if text != f.file.text() {
            out.push(Fixed { file: f, text, applied: done.len(), left: fixes.len() - done.len(), carried });
        }
    }
    out
}

fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{}", report::sanitize(line));
}

pub(super) fn check(
    config: Config,
    c: &CheckArgs,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Result<Outcome> {
    let wanted = if c.unsafe_fixes { Applicability::Unsafe } else { Applicability::Safe };
    let root = config.containment()?;
    let root_dir = std::fs::canonicalize(&config.root).ok();
    let sync_options = charte::sync::Options::from_config(&config);
    let first = check_report(config.clone(), c)?;
    let files = fixed(&first, wanted);
    let count: usize = files.iter().map(|f| f.applied).sum();
    if c.diff {
        for f in &files {
            // Named from the project's root, as `git diff` names files: `git apply` takes the
            // diff from anywhere in the repository, `patch -p1` from the root.
            let path = f.file.file.path();
            let inside = root_dir
                .as_ref()
                .and_then(|root| std::fs::canonicalize(path).ok()?.strip_prefix(root).ok().map(report::path));
            let path = inside.unwrap_or_else(|| report::path(path));
            out.print(&charte::fix::unified_diff(&path, f.file.file.text(), &f.text));
        }
        if count > 0 {
            say(&catalog.format("fix-would", &[("count", count.into()), ("files", files.len().into())]));
        }
        return Ok(if files.is_empty() { Outcome::Clean } else { Outcome::Findings });
    }
    // Every file is planned, then all are written together, or none; a file that cannot be
    // written safely (a symbolic link, not a regular file) is left as it is.
    let mut plan = charte::sync::Plan::default();
    let mut written = Vec::new();
    let mut refused = false;
    for f in &files {
        match plan.replace_text(&f.file.file, &f.text) {
            Ok(()) => written.push(f),
            Err(e @ (Error::Symlink { .. } | Error::NotAFile { .. })) => {
                let (id, args) = e.message();
                let reason = catalog.format(id, &args);
                say(&catalog.format(
                    "fix-not-written",
                    &[("path", report::path(f.file.file.path()).into()), ("reason", reason.into())],
                ));
                refused = true;
            }
            Err(e) => return Err(e),
        }
    }
    plan.commit(&root)?;
    let applied: usize = written.iter().map(|f| f.applied).sum();
    let left: usize = written.iter().map(|f| f.left).sum();
    if applied > 0 {
        say(&catalog.format("fix-done", &[("count", applied.into()), ("files", written.len().into())]));
    }
    if left > 0 {
        say(&catalog.format("fix-left", &[("count", left.into())]));
    }
    // A file whose every stale unit was carried over follows the current master: it is synced,
    // as `charte sync` would (and not when something else keeps the sync from being written).
    let carried: Vec<(PathBuf, String, PathBuf)> = written
        .iter()
        .filter(|f| f.carried)
        .filter_map(|f| {
            let master = first.masters.get(f.file.master)?.file.path().to_owned();
            Some((master, f.file.lang.clone()?, f.file.file.path().to_owned()))
        })
        .collect();
    for (master_path, lang, path) in carried {
        let (file, parsed) = project::load_master_in(&root, &master_path)?;
        let master = project::Master { file, parsed };
        let request = charte::sync::Request { master: &master, lang: &lang, path: &path };
        let (outcomes, plan) = charte::sync::plan_with(&root, &[request], false, &sync_options)?;
        if let Some(charte::sync::SyncOutcome::Synced { version, rubber_stamped }) = outcomes.first()
            && rubber_stamped.is_empty()
        {
            let version = version.clone();
            plan.commit(&root)?;
            say(&catalog.format("fix-synced", &[("lang", report::path(&path).into()), ("version", version.into())]));
        }
    }
    let again = check_report(config, c)?;
    let outcome = render_check(&again, c, catalog, color, out);
    Ok(if refused { Outcome::Findings } else { outcome })
}
