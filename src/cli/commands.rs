//! The commands: each reads, calls the library, and renders.

use super::args::{CheckArgs, Command, Format, ParseFormat, StatusFormat};
use super::{Args, Outcome, Output, Result};
use charte::Error;
use charte::config::Config;
use charte::diagnostic::{Level, Overrides, Rule};
use charte::i18n::Catalog;
use charte::project::{self, DriftBase, Master, Project};
use charte::report::{self, Style};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub(crate) fn dispatch(args: &Args, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let config = || match &args.config {
        Some(path) => Config::load(path),
        None => Config::discover(Path::new(".")),
    };
    match &args.command {
        // Fixes (`--fix`, `--unsafe-fixes`, `--diff`): src/cli/fix.rs.
        Command::Check(c) if c.fixing() => super::fix::check(config()?, c, catalog, color, out),
        Command::Check(c) => check(config()?, c, catalog, color, out),
        Command::Parse { file, format } => parse(config()?, file.as_deref(), *format, catalog, out),
        Command::Rules { name } => rules(name.as_deref(), catalog, out),
        Command::Sync { languages, all, force, accept_unchanged } => {
            let flags = SyncFlags { all: *all, force: *force, accept_unchanged: *accept_unchanged };
            sync(config()?, languages, flags, catalog, out)
        }
        Command::Init { language } => init(config()?, language, catalog, out),
        Command::Status { format, line_url } => status(config()?, *format, line_url.as_deref(), catalog, out),
        Command::Diff { language, unit } => diff(config()?, language, unit.as_deref(), catalog, color, out),
        Command::Completions { shell } => {
            out.print(&super::generate::completions(*shell));
            Ok(Outcome::Clean)
        }
        Command::Man => {
            out.print(&super::generate::man());
            Ok(Outcome::Clean)
        }
    }
}

/// The configuration's levels, then the command line's on top.
fn overrides(config: &Config, c: &CheckArgs) -> Result<Overrides> {
    let mut o = config.overrides.clone();
    for (names, level) in [(&c.allow, Level::Allow), (&c.warn, Level::Warn), (&c.deny, Level::Deny)] {
        for name in names {
            if level == Level::Deny && name == "warnings" {
                o.deny_warnings();
                continue;
            }
            let rule = Rule::from_name(name).ok_or_else(|| Error::UnknownRule(name.clone()))?;
            o.set(rule, level);
        }
    }
    Ok(o)
}

/// The default master of a project: its first document.
fn default_master(project: &Project) -> PathBuf {
    project.documents.first().map(|d| d.master.clone()).unwrap_or_else(|| {
        let layout = project.config.documents.first().map_or("charter/{lang}.md", String::as_str);
        project.config.root.join(layout.replace("{lang}", &project.config.master))
    })
}

fn check(config: Config, c: &CheckArgs, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let report = check_report(config, c)?;
    let outcome = render_check(&report, c, catalog, color, out);
    // As for the jobs: the operating system takes the memory back at once.
    std::mem::forget(report);
    Ok(outcome)
}

/// The report of `check`, not rendered.
pub(super) fn check_report(config: Config, c: &CheckArgs) -> Result<project::Report> {
    let overrides = overrides(&config, c)?;
    let root = config.containment()?;
    let base = c.base.clone().map_or(DriftBase::Recorded, DriftBase::Git);
    let options = check_options(&config, &root)?;
    let mut plan = Project::plan(config, &c.files, c.source.as_deref(), &overrides)?;
    // The one place where the check report is made, before it is rendered (or fixed).
    let report = plan.check(&root, &overrides, &base, &options)?;
    // The process ends once the report is out: freeing every path one by one would only
    // delay the exit.
    std::mem::forget(plan);
    Ok(report)
}

/// How `check`, `status` and `diff` read the sync records: from the lockfile when the
/// configuration keeps them there.
pub(super) fn check_options(config: &Config, root: &charte::containment::Root) -> Result<project::CheckOptions> {
    let lockfile = match charte::sync::Options::from_config(config).lockfile {
        Some(dir) => Some(charte::lockfile::Lockfile::load(root, &dir)?),
        None => None,
    };
    Ok(project::CheckOptions { lockfile })
}

pub(super) fn render_check(
    report: &project::Report,
    c: &CheckArgs,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Outcome {
    match c.format {
        Format::Human => {
            let style = if color { Style::Color } else { Style::Plain };
            out.print(&report::human(report, catalog, report::HumanOptions { style, verbose: c.verbose }));
        }
        // Every finding, written as it is worded: no copy of the whole report in memory.
        Format::Json => out.write_with(|w| report::write_json(w, report, catalog)),
        Format::Github => out.print(&report::github(report, catalog)),
        Format::Sarif => out.print(&report::sarif(report, catalog)),
        Format::Markdown => out.print(&report::markdown(report, catalog)),
    }
    if report.counts().0 > 0 { Outcome::Findings } else { Outcome::Clean }
}

fn parse(
    config: Config,
    file: Option<&Path>,
    format: ParseFormat,
    catalog: &Catalog,
    out: &mut Output,
) -> Result<Outcome> {
    let root = config.containment()?;
    let path = match file {
        Some(f) => f.to_path_buf(),
        None => default_master(&Project::discover(config)?),
    };
    let (source, _) = project::read_in(&root, &path)?;
    let parsed = charte::parse(&source);
    match format {
        ParseFormat::Json => out.print(&report::model_json(&source, &parsed)),
        ParseFormat::Outline => out.print(&report::outline(&source, &parsed, catalog)),
    }
    Ok(Outcome::Clean)
}

fn rules(name: Option<&str>, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    match name {
        None => out.print(&report::rules_list(catalog)),
        Some(name) => {
            let rule = Rule::from_name(name).ok_or_else(|| Error::UnknownRule(name.to_owned()))?;
            out.print(&report::rule_doc(rule, catalog));
        }
    }
    Ok(Outcome::Clean)
}

/// The languages named (validated), or all of the project's.
fn languages(project: &Project, langs: &[String], all: bool) -> Result<Vec<String>> {
    let known = project.languages();
    if all {
        return Ok(known);
    }
    if langs.is_empty() {
        return Err(Error::NoLanguages);
    }
    for lang in langs {
        valid_tag(lang, &project.config.master)?;
        if !known.contains(lang) {
            return Err(Error::UnknownLanguage(lang.clone()));
        }
    }
    Ok(langs.to_vec())
}

/// Checks a language named on the command line: a canonical tag (`pt_BR` is told to write
/// `pt-BR`), not the master's language.
fn valid_tag(lang: &str, master: &str) -> Result<()> {
    match charte::lang::canonical_tag(lang) {
        Ok(()) if lang == master => Err(Error::MasterLanguage(lang.to_owned())),
        Ok(()) => Ok(()),
        Err(Some(canonical)) => Err(Error::NotCanonical { lang: lang.to_owned(), canonical }),
        Err(None) => Err(Error::InvalidLanguage(lang.to_owned())),
    }
}

/// Masters read once and kept by path, through the project root.
struct Masters(HashMap<PathBuf, Master>, charte::containment::Root);

impl Masters {
    fn new(project: &Project) -> Result<Self> {
        Ok(Self(HashMap::new(), project.config.containment()?))
    }

    /// Reads and parses the masters not read yet, in parallel; the first failure in the
    /// order given is the error.
    fn load_all<'p>(&mut self, paths: impl IntoIterator<Item = &'p Path>) -> Result<()> {
        use rayon::prelude::*;
        let mut seen = std::collections::HashSet::new();
        let todo: Vec<&Path> = paths.into_iter().filter(|p| !self.0.contains_key(*p) && seen.insert(*p)).collect();
        let root = &self.1;
        let loaded: Vec<_> = todo.par_iter().map(|p| project::load_master_in(root, p)).collect();
        for (path, result) in todo.into_iter().zip(loaded) {
            let (file, parsed) = result?;
            self.0.insert(path.to_path_buf(), Master { file, parsed });
        }
        Ok(())
    }

    fn get(&mut self, path: &Path) -> Result<&Master> {
        if !self.0.contains_key(path) {
            let (file, parsed) = project::load_master_in(&self.1, path)?;
            self.0.insert(path.to_path_buf(), Master { file, parsed });
        }
        Ok(&self.0[path])
    }
}

fn sync(config: Config, langs: &[String], flags: SyncFlags, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    let project = Project::discover(config)?;
    project.ensure_found()?;
    let mut masters = Masters::new(&project)?;
    let mut jobs = Vec::new();
    for lang in languages(&project, langs, flags.all)? {
        for (master_path, t) in project.translations(&lang) {
            jobs.push((master_path, lang.clone(), t.path));
        }
    }
    masters.load_all(jobs.iter().map(|(m, _, _)| m.as_path()))?;
    let root = masters.1.clone();
    let requests: Vec<charte::sync::Request<'_>> = jobs
        .iter()
        .map(|(master, lang, path)| charte::sync::Request { master: &masters.0[master], lang, path })
        .collect();
    // Everything is planned before anything is written: a failure writes nothing.
    let options = charte::sync::Options::from_config(&project.config);
    let (outcomes, plan) = charte::sync::plan_with(&root, &requests, flags.force, &options)?;
    // A stale unit whose translation did not change since the last sync would be marked up
    // to date by a rubber stamp: the whole run is refused unless the user says the master's
    // change needs no translation.
    let unchanged: Vec<(&Path, &[String])> = jobs
        .iter()
        .zip(&outcomes)
        .filter_map(|((_, _, path), o)| match o {
            charte::sync::SyncOutcome::Synced { rubber_stamped, .. } if !rubber_stamped.is_empty() => {
                Some((path.as_path(), rubber_stamped.as_slice()))
            }
            _ => None,
        })
        .collect();
    if !unchanged.is_empty() && !flags.accept_unchanged {
        out.print(&report::commands::sync_unchanged(&unchanged, catalog));
        return Ok(Outcome::Findings);
    }
    edit_before_commit(&plan);
    let written: Vec<PathBuf> = plan.paths().map(Path::to_path_buf).collect();
    plan.commit(&root)?;
    out.print(&report::commands::sync_outcomes(jobs.iter().map(|(_, _, path)| path.as_path()).zip(&outcomes), catalog));
    let refused = outcomes.iter().any(|o| matches!(o, charte::sync::SyncOutcome::Refused { .. }));
    let outcome = if refused { Outcome::Findings } else { Outcome::Clean };
    print_untracked(&root, &written, catalog, out);
    Ok(outcome)
}

/// What `sync` may do beyond the default.
#[derive(Debug, Clone, Copy)]
struct SyncFlags {
    all: bool,
    force: bool,
    accept_unchanged: bool,
}

/// Names the files a command wrote that git does not track yet, with the command that adds
/// them: a volunteer who commits with `git commit -am` would leave them behind.
fn print_untracked(root: &charte::containment::Root, written: &[PathBuf], catalog: &Catalog, out: &mut Output) {
    out.print(&report::commands::untracked(&charte::git::untracked(root, written), catalog));
}

/// A test seam, in debug builds only: `CHARTE_TEST_EDIT_BEFORE_COMMIT=TEXT` appends TEXT to
/// every translation a sync is about to replace, between planning and writing, as a user
/// editing at that moment would.
fn edit_before_commit(plan: &charte::sync::Plan) {
    #[cfg(debug_assertions)]
    if let Some(extra) = std::env::var_os("CHARTE_TEST_EDIT_BEFORE_COMMIT") {
        use std::io::Write;
        for path in plan.replaced() {
            if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(path) {
                let _ = f.write_all(extra.as_encoded_bytes());
            }
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = plan;
}

fn init(config: Config, lang: &str, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    valid_tag(lang, &config.master)?;
    let project = Project::discover(config)?;
    project.ensure_master()?;
    let mut masters = Masters::new(&project)?;
    let root = masters.1.clone();
    // Every document is planned, then all are created together, or none.
    let options = charte::sync::Options::from_config(&project.config);
    let mut plan = charte::sync::Plan::default();
    let mut created = Vec::new();
    for set in &project.documents {
        let Some(path) = project.translation_path(&set.master, lang) else { continue };
        let master = masters.get(&set.master)?;
        let planned = charte::sync::plan_init_into(&mut plan, &root, master, lang, &path, &options)?;
        created.push((path, planned));
    }
    let written: Vec<PathBuf> = plan.paths().map(Path::to_path_buf).collect();
    plan.commit(&root)?;
    out.print(&report::commands::init_outcomes(&created, catalog));
    let outcome = if created.iter().all(|(_, new)| *new) { Outcome::Clean } else { Outcome::Findings };
    print_untracked(&root, &written, catalog, out);
    Ok(outcome)
}

fn project_report(config: Config) -> Result<project::Report> {
    let overrides = config.overrides.clone();
    let root = config.containment()?;
    let options = check_options(&config, &root)?;
    let mut plan = Project::plan(config, &[], None, &overrides)?;
    // The status report is about the documents only.
    plan.fluent = None;
    plan.check(&root, &overrides, &DriftBase::Recorded, &options)
}

fn status(
    config: Config,
    format: StatusFormat,
    line_url: Option<&str>,
    catalog: &Catalog,
    out: &mut Output,
) -> Result<Outcome> {
    // The command line's pattern over the configuration's.
    if let Some(url) = line_url.filter(|u| !charte::config::is_line_url(u)) {
        return Err(Error::LineUrl(url.to_owned()));
    }
    let line_url = line_url.map(str::to_owned).or_else(|| config.status.line_url.clone());
    let root = config.root.clone();
    let report = project_report(config)?;
    let masters: Vec<&Path> = report.masters.iter().map(|m| m.file.path()).collect();
    let dates = charte::drift::version_dates(&masters, &report::status::recorded_versions(&report));
    let options = report::status::Options { dates, line_url, root };
    let text = match format {
        StatusFormat::Human => report::status::human(&report, catalog, &options),
        StatusFormat::Json => report::status::json(&report, catalog, &options),
        StatusFormat::Markdown => report::status::markdown(&report, catalog, &options),
        StatusFormat::Html => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.parse().ok());
            report::status::html(&report, catalog, &options, &report::status::now_utc(epoch))
        }
    };
    out.print(&text);
    Ok(Outcome::Clean)
}

fn diff(
    config: Config,
    lang: &str,
    unit: Option<&str>,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Result<Outcome> {
    let project = Project::discover(config)?;
    project.ensure_found()?;
    languages(&project, &[lang.to_owned()], false)?;
    let mut masters = Masters::new(&project)?;
    let root = masters.1.clone();
    let lockfile = check_options(&project.config, &root)?.lockfile;
    let mut outcome = Outcome::Clean;
    let translations = project.translations(lang);
    if let Some(unit) = unit {
        // A unit that no master of the language has is a typo, not "nothing changed".
        let mut ids: Vec<String> = Vec::new();
        for (master_path, _) in &translations {
            let master = masters.get(master_path)?;
            if master.parsed.document.units.iter().any(|u| u.id == unit) {
                ids.clear();
                break;
            }
            for u in &master.parsed.document.units {
                if !ids.contains(&u.id) {
                    ids.push(u.id.clone());
                }
            }
        }
        if !ids.is_empty() {
            return Err(Error::UnknownUnit { unit: unit.to_owned(), units: ids.join(", ") });
        }
    }
    for (master_path, t) in translations {
        let master = masters.get(&master_path)?;
        let (file, _) = project::read_in(&root, &t.path)?;
        let parsed = charte::parse(&file);
        let mut history = charte::drift::History::in_root(&master.file, root.clone());
        let synced = match &lockfile {
            Some(lock) => {
                let at = file.line_span(1);
                history.synced_to(&file, lock.get(&t.path).map(|v| (v.to_owned(), at)), at, lang)
            }
            None => history.synced(&file, &parsed.document, lang),
        };
        let version = match synced {
            Ok(version) => version,
            Err(d) => {
                // A snapshot that is a FIFO or a link out of the project stops the run.
                if let Some(e) = history.take_error() {
                    return Err(e);
                }
                out.print(&report::commands::diff_unsynced(&t.path, &d, catalog));
                outcome = Outcome::Findings;
                continue;
            }
        };
        out.print(&report::commands::diff_changes(&t.path, version, &master.parsed.document, unit, catalog, color));
    }
    Ok(outcome)
}
