//! The commands: each reads, calls the library, and renders.

use super::args::{CheckArgs, Command, Format, ParseFormat};
use super::{Args, Outcome, Output, Result};
use charte::diagnostic::{Level, Overrides, Rule};
use charte::i18n::Catalog;
use charte::project::{self, Error, Layout};
use charte::report::{self, Style};
use std::path::{Path, PathBuf};

pub(crate) fn dispatch(args: &Args, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    match &args.command {
        Command::Check(c) => check(c, catalog, color, out),
        Command::Parse { file, format } => parse(file.as_deref(), *format, out),
        Command::Rules { name } => rules(name.as_deref(), catalog, out),
    }
}

fn overrides(c: &CheckArgs) -> Result<Overrides> {
    let mut o = Overrides::default();
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

fn check(c: &CheckArgs, catalog: &Catalog, color: bool, out: &mut Output) -> Result<Outcome> {
    let overrides = overrides(c)?;
    let layout = Layout::default();
    let mut project_diags = Vec::new();
    let (master, translations): (PathBuf, Vec<(Option<String>, PathBuf)>) = if c.files.is_empty() {
        let found = layout.discover()?;
        project_diags = project::bad_name_diagnostics(&found);
        let master = c.source.clone().unwrap_or(found.master);
        (master, found.translations.into_iter().map(|t| (Some(t.lang), t.path)).collect())
    } else {
        let master = c.source.clone().unwrap_or_else(|| layout.path(&layout.master_lang));
        (master, c.files.iter().map(|p| (lang_of(p), p.clone())).collect())
    };
    let mut report = project::check(&master, &translations, &overrides)?;
    overrides.apply(&mut project_diags);
    report.project.extend(project_diags);
    let text = match c.format {
        Format::Human => report::human(&report, catalog, if color { Style::Color } else { Style::Plain }),
        Format::Json => report::json(&report, catalog),
        Format::Github => report::github(&report, catalog),
        Format::Sarif => report::sarif(&report, catalog),
        Format::Markdown => report::markdown(&report, catalog),
    };
    out.print(&text);
    Ok(if report.counts().0 > 0 { Outcome::Findings } else { Outcome::Clean })
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
