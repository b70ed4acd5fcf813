//! The commands: each reads, calls the library, and renders.

use super::args::{CheckArgs, Command, Format, ParseFormat, StatusFormat};
use super::{Args, Outcome, Output, Result};
use charte::config::Config;
use charte::diagnostic::{Level, Overrides, Rule};
use charte::i18n::Catalog;
use charte::layout::Project;
use charte::project::{self, DriftBase, Error, Job, Master};
use charte::report::{self, Style};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub(crate) fn dispatch(args: &Args, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let config = || match &args.config {
        Some(path) => Config::load(path),
        None => Config::discover(Path::new(".")),
    };
    match &args.command {
        Command::Check(c) => check(config()?, c, catalog, color, out),
        Command::Parse { file, format } => parse(config()?, file.as_deref(), *format, catalog, out),
        Command::Rules { name } => rules(name.as_deref(), catalog, out),
        Command::Sync { languages, all, force } => sync(config()?, languages, *all, *force, catalog, out),
        Command::Init { language } => init(config()?, language, catalog, out),
        Command::Status { format } => status(config()?, *format, catalog, out),
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

/// The language of a translation file, from its stem when that is a canonical tag.
fn lang_of(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    project::canonical_tag(stem).ok().map(|()| stem.to_owned())
}

fn is_ftl(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "ftl")
}

/// Whether two paths name the same file (`./a` and `a` do).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// The default master of a project: its first document.
fn default_master(project: &Project) -> PathBuf {
    project.documents.first().map(|d| d.master.clone()).unwrap_or_else(|| {
        let layout = project.config.documents.first().map_or("charter/{lang}.md", String::as_str);
        project.config.root.join(layout.replace("{lang}", &project.config.master))
    })
}

/// The configured Fluent locales: (source, translations).
fn fluent_files(config: &Config) -> Option<(PathBuf, Vec<PathBuf>)> {
    let f = config.fluent.as_ref()?;
    let layout = Config {
        master: f.source.clone(),
        documents: vec![f.pattern.clone()],
        languages: None,
        ignore: config.ignore.clone(),
        ..config.clone()
    };
    let project = Project::discover(layout).ok()?;
    let set = project.documents.into_iter().next()?;
    Some((set.master, set.translations.into_iter().map(|t| t.path).collect()))
}

fn check(config: Config, c: &CheckArgs, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let overrides = overrides(&config, c)?;
    if c.source.as_deref().is_some_and(is_ftl) || (!c.files.is_empty() && c.files.iter().all(|p| is_ftl(p))) {
        let (default_source, _) =
            fluent_files(&config).unwrap_or_else(|| (PathBuf::from("locales/en/charte.ftl"), Vec::new()));
        let source = c.source.clone().unwrap_or(default_source);
        let report = project::check_fluent(&source, &c.files, &overrides)?;
        return Ok(render_check(&report, c.format, catalog, color, out));
    }
    let base = c.base.clone().map_or(DriftBase::Recorded, DriftBase::Git);
    let fluent = c.files.is_empty().then(|| fluent_files(&config)).flatten();
    let project = Project::discover(config)?;
    let mut report = if c.files.is_empty() {
        let mut found = project.diagnostics();
        let jobs = match &c.source {
            Some(source) => vec![Job {
                master: source.clone(),
                translations: project.into_jobs().into_iter().flat_map(|j| j.translations).collect(),
            }],
            None => project.into_jobs(),
        };
        let mut report = project::check(&jobs, &overrides, &base)?;
        // The process ends once the report is out: freeing every path one by one would only
        // delay the exit.
        std::mem::forget(jobs);
        overrides.apply(&mut found);
        report.project.extend(found);
        report
    } else {
        // Group the files by master, keeping their order. A master among the files stands for
        // all its translations: a change to it can make any of them stale.
        let mut jobs: Vec<Job> = Vec::new();
        let mut files: Vec<PathBuf> = Vec::new();
        for file in &c.files {
            match project.documents.iter().find(|d| same_file(&d.master, file)) {
                Some(set) => files.extend(set.translations.iter().map(|t| t.path.clone())),
                None => files.push(file.clone()),
            }
        }
        let mut seen = std::collections::HashSet::new();
        files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
        for file in &files {
            let (master, lang) = match (&c.source, project.locate(file)) {
                (Some(source), located) => (source.clone(), located.map(|l| l.1).or_else(|| lang_of(file))),
                (None, Some((master, lang))) => (master, Some(lang)),
                (None, None) => (default_master(&project), lang_of(file)),
            };
            match jobs.iter_mut().find(|j| j.master == master) {
                Some(j) => j.translations.push((lang, file.clone())),
                None => jobs.push(Job { master, translations: vec![(lang, file.clone())] }),
            }
        }
        project::check(&jobs, &overrides, &base)?
    };
    if let Some((source, files)) = fluent {
        report.merge(project::check_fluent(&source, &files, &overrides)?);
    }
    let outcome = render_check(&report, c.format, catalog, color, out);
    // As for the jobs: the operating system takes the memory back at once.
    std::mem::forget(report);
    Ok(outcome)
}

fn render_check(report: &project::Report, format: Format, catalog: &Catalog, color: bool, out: &mut Output) -> Outcome {
    let text = match format {
        Format::Human => report::human(report, catalog, if color { Style::Color } else { Style::Plain }),
        Format::Json => report::json(report, catalog),
        Format::Github => report::github(report, catalog),
        Format::Sarif => report::sarif(report, catalog),
        Format::Markdown => report::markdown(report, catalog),
    };
    out.print(&text);
    if report.counts().0 > 0 { Outcome::Findings } else { Outcome::Clean }
}

fn parse(
    config: Config,
    file: Option<&Path>,
    format: ParseFormat,
    catalog: &Catalog,
    out: &mut Output,
) -> Result<Outcome> {
    let path = match file {
        Some(f) => f.to_path_buf(),
        None => default_master(&Project::discover(config)?),
    };
    let (source, _) = project::read(&path)?;
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
        project::canonical_tag(lang).map_err(|_| Error::InvalidLanguage(lang.clone()))?;
        if !known.contains(lang) {
            return Err(Error::UnknownLanguage(lang.clone()));
        }
    }
    Ok(langs.to_vec())
}

/// Masters read once and kept by path.
#[derive(Default)]
struct Masters(HashMap<PathBuf, Master>);

impl Masters {
    fn get(&mut self, path: &Path) -> Result<&Master> {
        if !self.0.contains_key(path) {
            let (file, parsed) = project::load_master(path)?;
            self.0.insert(path.to_path_buf(), Master { file, parsed });
        }
        Ok(&self.0[path])
    }
}

fn sync(
    config: Config,
    langs: &[String],
    all: bool,
    force: bool,
    catalog: &Catalog,
    out: &mut Output,
) -> Result<Outcome> {
    let project = Project::discover(config)?;
    let mut masters = Masters::default();
    let mut jobs = Vec::new();
    for lang in languages(&project, langs, all)? {
        for (master_path, t) in project.translations(&lang) {
            masters.get(&master_path)?;
            jobs.push((master_path, lang.clone(), t.path));
        }
    }
    let requests: Vec<charte::sync::Request<'_>> = jobs
        .iter()
        .map(|(master, lang, path)| charte::sync::Request { master: &masters.0[master], lang, path })
        .collect();
    // Everything is planned before anything is written: a failure writes nothing.
    let (outcomes, plan) = charte::sync::plan(&requests, force)?;
    edit_before_commit(&plan);
    plan.commit()?;
    let mut outcome = Outcome::Clean;
    for ((_, _, path), result) in jobs.iter().zip(outcomes) {
        let path = path.display().to_string();
        match result {
            charte::sync::SyncOutcome::Synced { version, rubber_stamped } => {
                let done = catalog.format("sync-done", &[("lang", path.as_str().into()), ("version", version.into())]);
                out.print(&format!("{}\n", report::sanitize(&done)));
                if !rubber_stamped.is_empty() {
                    let units = rubber_stamped.join(", ");
                    let warn =
                        catalog.format("sync-rubber-stamp", &[("lang", path.as_str().into()), ("units", units.into())]);
                    out.print(&format!("{}\n", report::sanitize(&warn)));
                }
            }
            charte::sync::SyncOutcome::Refused { errors } => {
                let refused =
                    catalog.format("sync-refused", &[("lang", path.as_str().into()), ("errors", errors.len().into())]);
                out.print(&format!("{}\n", report::sanitize(&refused)));
                for d in errors.iter().take(10) {
                    let line = format!(
                        "  {}:{}: [{}] {}\n",
                        d.file.display(),
                        d.start.line,
                        d.rule.name(),
                        report::message(catalog, d)
                    );
                    out.print(&report::sanitize(&line));
                }
                outcome = Outcome::Findings;
            }
        }
    }
    Ok(outcome)
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
    project::canonical_tag(lang).map_err(|_| Error::InvalidLanguage(lang.to_owned()))?;
    if lang == config.master {
        return Err(Error::InvalidLanguage(lang.to_owned()));
    }
    let project = Project::discover(config)?;
    let mut masters = Masters::default();
    // Every document is planned, then all are created together, or none.
    let mut plan = charte::sync::Plan::default();
    let mut created = Vec::new();
    for set in &project.documents {
        let Some(path) = project.translation_path(&set.master, lang) else { continue };
        let master = masters.get(&set.master)?;
        let planned = charte::sync::plan_init(master, lang, &path)?;
        created.push((path, planned.is_some()));
        plan.extend(planned.unwrap_or_default());
    }
    plan.commit()?;
    let mut outcome = Outcome::Clean;
    for (path, new) in created {
        let shown = path.display().to_string();
        if new {
            out.print(&format!("{}\n", catalog.format("init-done", &[("path", shown.into())])));
        } else {
            out.print(&format!("{}\n", catalog.format("init-exists", &[("path", shown.into())])));
            outcome = Outcome::Findings;
        }
    }
    Ok(outcome)
}

fn project_report(config: Config) -> Result<project::Report> {
    let overrides = config.overrides.clone();
    let project = Project::discover(config)?;
    project::check(&project.into_jobs(), &overrides, &DriftBase::Recorded)
}

fn status(config: Config, format: StatusFormat, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    let report = project_report(config)?;
    let text = match format {
        StatusFormat::Human => report::status::human(&report, catalog),
        StatusFormat::Json => report::status::json(&report, catalog),
        StatusFormat::Markdown => report::status::markdown(&report, catalog),
        StatusFormat::Html => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.parse().ok());
            report::status::html(&report, catalog, &report::status::now_utc(epoch))
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
    languages(&project, &[lang.to_owned()], false)?;
    let mut masters = Masters::default();
    let mut outcome = Outcome::Clean;
    for (master_path, t) in project.translations(lang) {
        let master = masters.get(&master_path)?;
        let (file, _) = project::read(&t.path)?;
        let parsed = charte::parse(&file);
        let mut history = charte::drift::History::new(&master.file);
        let old = match history.synced(&file, &parsed.document, lang) {
            Ok(version) => &version.parsed,
            Err(d) => {
                out.print(&format!(
                    "{}: {}\n",
                    report::sanitize(&t.path.display().to_string()),
                    report::message(catalog, &d)
                ));
                outcome = Outcome::Findings;
                continue;
            }
        };
        let mut any = false;
        for (o, n) in charte::drift::changed_units(&old.document, &master.parsed.document) {
            let mu = &master.parsed.document.units[n];
            if unit.is_some_and(|u| u != mu.id) {
                continue;
            }
            any = true;
            let d = charte::drift::drift(&old.document.units[o], mu);
            let label = catalog
                .format("diff-unit", &[("label", catalog.label(&mu.label).into()), ("id", mu.id.as_str().into())]);
            let text = if color { report::colored_diff(&d.diff) } else { report::diff_text(&d.diff) };
            out.print(&format!(
                "{}: {}\n  {}\n\n",
                report::sanitize(&t.path.display().to_string()),
                report::sanitize(&label),
                text
            ));
        }
        if !any {
            out.print(&format!("{}\n", catalog.format("diff-none", &[("lang", t.path.display().to_string().into())])));
        }
    }
    Ok(outcome)
}
