//! The lines that `sync`, `init` and `diff` print, worded like a check report: from the
//! library's results and the [`Catalog`], text taken from documents made safe for a terminal.
//! Each function returns the whole text, every line ended; none prints.

use super::{colored_diff, diff_text, message, path as shown, sanitize_line};
use crate::changes::Change;
use crate::diagnostic::{Diagnostic, DiffOp};
use crate::drift::{Baseline, unit_text};
use crate::i18n::Catalog;
use crate::model::Document;
use crate::sync::SyncOutcome;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The refusal of a sync that would mark stale units up to date although their translation
/// did not change: each translation with its units, then "nothing written".
pub fn sync_unchanged(unchanged: &[(&Path, &[String])], catalog: &Catalog) -> String {
    let mut out = String::new();
    for (path, units) in unchanged {
        let args = [("lang", shown(path).into()), ("units", units.join(", ").into())];
        let _ = writeln!(out, "{}", catalog.format("sync-unchanged", &args));
    }
    let _ = writeln!(out, "{}", catalog.format("sync-nothing-written", &[]));
    out
}

/// What a sync did to each translation: its record written (with the units marked up to date
/// without a change), or refused with its first ten errors.
pub fn sync_outcomes<'a>(outcomes: impl IntoIterator<Item = (&'a Path, &'a SyncOutcome)>, catalog: &Catalog) -> String {
    let mut out = String::new();
    for (path, outcome) in outcomes {
        let path = shown(path);
        match outcome {
            SyncOutcome::Synced { version, rubber_stamped } => {
                let args = [("lang", path.as_str().into()), ("version", version.as_str().into())];
                let _ = writeln!(out, "{}", catalog.format("sync-done", &args));
                if !rubber_stamped.is_empty() {
                    let args = [("lang", path.as_str().into()), ("units", rubber_stamped.join(", ").into())];
                    let _ = writeln!(out, "{}", catalog.format("sync-rubber-stamp", &args));
                }
            }
            SyncOutcome::Refused { errors } => {
                let args = [("lang", path.as_str().into()), ("errors", errors.len().into())];
                let _ = writeln!(out, "{}", catalog.format("sync-refused", &args));
                for d in errors.iter().take(10) {
                    let _ = writeln!(
                        out,
                        "  {}:{}: [{}] {}",
                        shown(&d.file),
                        d.start.line,
                        d.rule.name(),
                        message(catalog, d)
                    );
                }
            }
        }
    }
    out
}

/// What `init` did to each translation: created, or already there (`true`: created).
pub fn init_outcomes(created: &[(PathBuf, bool)], catalog: &Catalog) -> String {
    let mut out = String::new();
    for (path, new) in created {
        let id = if *new { "init-done" } else { "init-exists" };
        let _ = writeln!(out, "{}", catalog.format(id, &[("path", shown(path).into())]));
    }
    out
}

/// The files a command wrote that git does not track yet, with the command that adds them
/// (nothing when there are none): a volunteer who commits with `git commit -am` would leave
/// them behind.
pub fn untracked(files: &[PathBuf], catalog: &Catalog) -> String {
    if files.is_empty() {
        return String::new();
    }
    let files: Vec<String> = files.iter().map(|p| shown(p)).collect();
    format!("{}\n", catalog.format("sync-untracked", &[("files", files.join(" ").into())]))
}

/// A translation whose version cannot be known (the `unsynced` finding), for `diff`.
pub fn diff_unsynced(path: &Path, finding: &Diagnostic, catalog: &Catalog) -> String {
    format!("{}: {}\n", shown(path), message(catalog, finding))
}

/// Every change of the master since the version a translation follows, in the master's
/// order: edited units with their word diff (coloured with `color`), added and removed ones
/// with their text, renumbered and moved ones with what they were; only the unit `unit` when
/// one is named. "Nothing changed" when no change is shown.
pub fn diff_changes(
    path: &Path,
    since: &Baseline,
    now: &Document,
    unit: Option<&str>,
    catalog: &Catalog,
    color: bool,
) -> String {
    let old = &since.parsed.document;
    let mut out = String::new();
    for change in since.changes() {
        let (u, id, before, diff) = match *change {
            Change::Edited { old: o, new: n } => {
                (&now.units[n], "diff-unit", None, crate::drift::drift(&old.units[o], &now.units[n]).diff)
            }
            Change::Added { new: n } => {
                (&now.units[n], "diff-added", None, vec![DiffOp::Insert(unit_text(&now.units[n]))])
            }
            Change::Removed { old: o } => {
                (&old.units[o], "diff-removed", None, vec![DiffOp::Delete(unit_text(&old.units[o]))])
            }
            Change::Renumbered { old: o, new: n } => {
                (&now.units[n], "diff-renumbered", Some(&old.units[o]), Vec::new())
            }
            Change::Moved { old: o, new: n } => (&now.units[n], "diff-moved", Some(&old.units[o]), Vec::new()),
        };
        // `--unit` names a unit of the master now, or one it removed.
        if unit.is_some_and(|f| f != u.id) {
            continue;
        }
        let mut args = vec![("label", catalog.label(&u.label).into()), ("id", u.id.as_str().into())];
        if let Some(was) = before {
            args.push(("old", catalog.label(&was.label).into()));
        }
        let label = sanitize_line(&catalog.format(id, &args));
        if diff.is_empty() {
            let _ = write!(out, "{}: {label}\n\n", shown(path));
        } else {
            let text = if color { colored_diff(&diff) } else { diff_text(&diff) };
            let _ = write!(out, "{}: {label}\n  {text}\n\n", shown(path));
        }
    }
    if out.is_empty() {
        let _ = writeln!(out, "{}", catalog.format("diff-none", &[("lang", shown(path).into())]));
    }
    out
}
