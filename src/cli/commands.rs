//! The commands: each reads, calls the library, and renders.

use super::args::{CheckArgs, Command, Format, ParseFormat, StatusFormat};
use super::{Args, Outcome, Output, Result};
use charte::diagnostic::{Level, Overrides, Rule};
use charte::i18n::Catalog;
use charte::project::{self, DriftBase, Error, Layout};
use charte::report::{self, Style};
use std::path::{Path, PathBuf};

pub(crate) fn dispatch(
    args: &Args,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Result<Outcome> {
    match &args.command {
        Command::Check(c) => check(c, catalog, color, out),
        Command::Parse { file, format } => parse(file.as_deref(), *format, out),
        Command::Rules { name } => rules(name.as_deref(), catalog, out),
        Command::Sync { langs, all, force } => sync(langs, *all, *force, catalog, out),
        Command::Init { lang } => init(lang, catalog, out),
        Command::Status { format } => status(*format, catalog, out),
        Command::Diff { lang, unit } => diff(lang, unit.as_deref(), catalog, color, out),
    }
}

fn overrides(c: &CheckArgs) -> Result<Overrides> {
    let mut o = Overrides::default();
    for (names, level) in [
        (&c.allow, Level::Allow),
        (&c.warn, Level::Warn),
        (&c.deny, Level::Deny),
    ] {
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

fn check(c: &CheckArgs, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let overrides = overrides(c)?;
    if c.source.as_deref().is_some_and(is_ftl)
        || (!c.files.is_empty() && c.files.iter().all(|p| is_ftl(p)))
    {
        let source = c
            .source
            .clone()
            .unwrap_or_else(|| PathBuf::from("locales/en/charte.ftl"));
        let report = project::check_fluent(&source, &c.files, &overrides)?;
        return Ok(render_check(&report, c.format, catalog, color, out));
    }
    let layout = Layout::default();
    let mut project_diags = Vec::new();
    let (master, translations): (PathBuf, Vec<(Option<String>, PathBuf)>) = if c.files.is_empty() {
        let found = layout.discover()?;
        project_diags = project::bad_name_diagnostics(&found);
        let master = c.source.clone().unwrap_or(found.master);
        (
            master,
            found
                .translations
                .into_iter()
                .map(|t| (Some(t.lang), t.path))
                .collect(),
        )
    } else {
        let master = c
            .source
            .clone()
            .unwrap_or_else(|| layout.path(&layout.master_lang));
        (
            master,
            c.files.iter().map(|p| (lang_of(p), p.clone())).collect(),
        )
    };
    let base = match &c.base {
        Some(rev) => DriftBase::Master(Box::new(project::master_at(&master, rev)?)),
        None => DriftBase::Recorded,
    };
    let mut report = project::check(&master, &translations, &overrides, &base)?;
    overrides.apply(&mut project_diags);
    report.project.extend(project_diags);
    Ok(render_check(&report, c.format, catalog, color, out))
}

fn render_check(
    report: &project::Report,
    format: Format,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Outcome {
    let text = match format {
        Format::Human => report::human(
            &report,
            catalog,
            if color { Style::Color } else { Style::Plain },
        ),
        Format::Json => report::json(&report, catalog),
        Format::Github => report::github(&report, catalog),
        Format::Sarif => report::sarif(&report, catalog),
        Format::Markdown => report::markdown(&report, catalog),
    };
    out.print(&text);
    if report.counts().0 > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

fn parse(file: Option<&Path>, format: ParseFormat, out: &mut Output) -> Result<Outcome> {
    let path = file.map_or_else(|| Layout::default().path("fr"), Path::to_path_buf);
    let (source, _) = project::read(&path)?;
    let parsed = charte::parse(&source);
    match format {
        ParseFormat::Json => out.print(&charte::report::model_json(&source, &parsed)),
        ParseFormat::Outline => out.print(&charte::report::outline(&source, &parsed)),
    }
    Ok(Outcome::Clean)
}

fn rules(name: Option<&str>, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    match name {
        None => out.print(&charte::report::rules_list(catalog)),
        Some(name) => {
            let rule = Rule::from_name(name).ok_or_else(|| Error::UnknownRule(name.to_owned()))?;
            out.print(&charte::report::rule_doc(rule, catalog));
        }
    }
    Ok(Outcome::Clean)
}

/// The languages named, each checked to be a translation of the project.
fn languages(layout: &Layout, langs: &[String], all: bool) -> Result<Vec<project::Translation>> {
    let found = layout.discover()?;
    if all {
        return Ok(found.translations);
    }
    if langs.is_empty() {
        return Err(Error::NoLanguages);
    }
    langs
        .iter()
        .map(|lang| {
            project::canonical_tag(lang).map_err(|_| Error::InvalidLanguage(lang.clone()))?;
            found
                .translations
                .iter()
                .find(|t| t.lang == *lang)
                .cloned()
                .ok_or_else(|| Error::UnknownLanguage(lang.clone()))
        })
        .collect()
}

fn sync(
    langs: &[String],
    all: bool,
    force: bool,
    catalog: &Catalog,
    out: &mut Output,
) -> Result<Outcome> {
    let layout = Layout::default();
    let targets = languages(&layout, langs, all)?;
    let (master_file, master) = project::load_master(&layout.path(&layout.master_lang))?;
    let mut outcome = Outcome::Clean;
    for t in targets {
        match charte::sync::sync(&master_file, &master, &t.lang, &t.path, force)? {
            charte::sync::SyncOutcome::Synced {
                version,
                rubber_stamped,
            } => {
                out.print(&catalog.format(
                    "sync-done",
                    &[
                        ("lang", t.lang.as_str().into()),
                        ("version", version.into()),
                    ],
                ));
                out.print("\n");
                if !rubber_stamped.is_empty() {
                    out.print(&catalog.format(
                        "sync-rubber-stamp",
                        &[
                            ("lang", t.lang.as_str().into()),
                            ("units", rubber_stamped.join(", ").into()),
                        ],
                    ));
                    out.print("\n");
                }
            }
            charte::sync::SyncOutcome::Refused { errors } => {
                out.print(&catalog.format(
                    "sync-refused",
                    &[
                        ("lang", t.lang.as_str().into()),
                        ("errors", errors.len().into()),
                    ],
                ));
                out.print("\n");
                for d in errors.iter().take(10) {
                    out.print(&format!(
                        "  {}:{}: [{}] {}\n",
                        d.file.display(),
                        d.start.line,
                        d.rule.name(),
                        report::message(catalog, d)
                    ));
                }
                outcome = Outcome::Findings;
            }
        }
    }
    Ok(outcome)
}

fn init(lang: &str, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    let layout = Layout::default();
    project::canonical_tag(lang).map_err(|_| Error::InvalidLanguage(lang.to_owned()))?;
    if lang == layout.master_lang {
        return Err(Error::InvalidLanguage(lang.to_owned()));
    }
    let (master_file, master) = project::load_master(&layout.path(&layout.master_lang))?;
    let path = layout.path(lang);
    let shown = path.display().to_string();
    if charte::sync::init(&master_file, &master, lang, &path)? {
        out.print(&catalog.format("init-done", &[("path", shown.into())]));
        out.print("\n");
        Ok(Outcome::Clean)
    } else {
        out.print(&catalog.format("init-exists", &[("path", shown.into())]));
        out.print("\n");
        Ok(Outcome::Findings)
    }
}

fn project_report() -> Result<project::Report> {
    let layout = Layout::default();
    let found = layout.discover()?;
    let translations: Vec<_> = found
        .translations
        .into_iter()
        .map(|t| (Some(t.lang), t.path))
        .collect();
    project::check(
        &found.master,
        &translations,
        &Overrides::default(),
        &DriftBase::Recorded,
    )
}

fn status(format: StatusFormat, catalog: &Catalog, out: &mut Output) -> Result<Outcome> {
    let report = project_report()?;
    let text = match format {
        StatusFormat::Human => report::status::human(&report, catalog),
        StatusFormat::Json => report::status::json(&report, catalog),
        StatusFormat::Markdown => report::status::markdown(&report, catalog),
        StatusFormat::Html => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|v| v.parse().ok());
            report::status::html(&report, catalog, &report::status::now_utc(epoch))
        }
    };
    out.print(&text);
    Ok(Outcome::Clean)
}

fn diff(
    lang: &str,
    unit: Option<&str>,
    catalog: &Catalog,
    color: bool,
    out: &mut Output,
) -> Result<Outcome> {
    let layout = Layout::default();
    let target = languages(&layout, &[lang.to_owned()], false)?.remove(0);
    let (master_file, master) = project::load_master(&layout.path(&layout.master_lang))?;
    let (file, _) = project::read(&target.path)?;
    let parsed = charte::parse(&file);
    let store = charte::drift::Store::for_master(master_file.path());
    let old = match charte::drift::synced_master(&store, &file, &parsed.document, lang) {
        Ok(old) => old,
        Err(d) => {
            out.print(&format!("{}\n", report::message(catalog, &d)));
            return Ok(Outcome::Findings);
        }
    };
    let mut any = false;
    for (o, n) in charte::drift::changed_units(&old.document, &master.document) {
        let mu = &master.document.units[n];
        if unit.is_some_and(|u| u != mu.id) {
            continue;
        }
        any = true;
        let d = charte::drift::drift(&old.document.units[o], mu);
        let label = catalog.format(
            "diff-unit",
            &[
                ("label", catalog.label(&mu.label).into()),
                ("id", mu.id.as_str().into()),
            ],
        );
        let text = if color {
            report::colored_diff(&d.diff)
        } else {
            report::diff_text(&d.diff)
        };
        out.print(&format!("{}\n  {}\n\n", report::sanitize(&label), text));
    }
    if !any {
        out.print(&catalog.format("diff-none", &[("lang", lang.into())]));
        out.print("\n");
    }
    Ok(Outcome::Clean)
}
