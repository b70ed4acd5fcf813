//! The library as an editor or another tool embeds it: a check run planned from a
//! configuration (`Project::plan`), and a translation checked from its text, unsaved.

use charte::SourceFile;
use charte::config::Config;
use charte::containment::Root;
use charte::diagnostic::Overrides;
use charte::project::{DriftSource, Master, Project, check_source, check_translation};
use std::path::{Path, PathBuf};

const FR: &str = "# Charte\n\nUn **mot** fort.\n\n## Valeurs\n\n1. La rigueur.\n2. La clarté.\n";
const DE: &str = "# Charta\n\nEin **Wort** stark.\n\n## Werte\n\n1. Die Strenge.\n2. Die Klarheit.\n";

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn rules(report: &charte::project::FileReport) -> Vec<&'static str> {
    report.comparison.diagnostics.iter().map(|d| d.rule.name()).collect()
}

/// A project with a master, a German translation, a Fluent layout, and a configuration.
fn project() -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "charte.toml",
        "[rules]\nunsynced = \"off\"\n[fluent]\nsource = \"en\"\npattern = \"locales/{lang}/app.ftl\"\n",
    );
    write(d, "charter/fr.md", FR);
    write(d, "charter/de.md", DE);
    write(d, "notes.md", "Not a translation.\n");
    write(d, "locales/en/app.ftl", "hello = Hello\n");
    write(d, "locales/de/app.ftl", "hello = Hallo\n");
    write(d, "locales/it/app.ftl", "hello = Ciao\n");
    let config = Config::load(&d.join("charte.toml")).unwrap();
    (dir, config)
}

fn names(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| p.strip_prefix(p.ancestors().nth(2).unwrap()).unwrap().display().to_string()).collect()
}

#[test]
fn a_whole_project_is_planned_with_its_fluent_resources() {
    let (_dir, config) = project();
    let plan = Project::plan(config, &[], None, &Overrides::default()).unwrap();
    assert_eq!(plan.jobs.len(), 1);
    assert!(plan.jobs[0].master.ends_with("charter/fr.md"));
    let langs: Vec<_> = plan.jobs[0].translations.iter().map(|(l, _)| l.clone().unwrap()).collect();
    assert_eq!(langs, ["de"]);
    assert!(plan.skipped.is_empty());
    let (source, translations) = plan.fluent.expect("the [fluent] layout");
    assert!(source.ends_with("locales/en/app.ftl"), "{}", source.display());
    assert_eq!(names(&translations), ["de/app.ftl", "it/app.ftl"]);
}

#[test]
fn files_named_are_planned_alone_and_the_others_skipped() {
    let (dir, config) = project();
    let d = dir.path();
    let files = [d.join("notes.md"), d.join("charter/de.md")];
    let plan = Project::plan(config, &files, None, &Overrides::default()).unwrap();
    assert_eq!(plan.jobs.len(), 1);
    assert_eq!(plan.jobs[0].translations.len(), 1);
    assert_eq!(plan.jobs[0].translations[0].0.as_deref(), Some("de"));
    assert_eq!(plan.skipped, [d.join("notes.md")]);
    assert!(plan.fluent.is_none(), "files named: only those");
}

#[test]
fn fluent_files_named_plan_a_fluent_check_only() {
    let (dir, config) = project();
    let d = dir.path();
    let files = [d.join("locales/de/app.ftl")];
    let plan = Project::plan(config, &files, None, &Overrides::default()).unwrap();
    assert!(plan.jobs.is_empty());
    let (source, translations) = plan.fluent.unwrap();
    assert!(source.ends_with("locales/en/app.ftl"), "{}", source.display());
    assert_eq!(translations, files);
}

#[test]
fn a_project_without_a_master_is_an_error_when_planned() {
    let (dir, _) = project();
    let d = dir.path();
    std::fs::remove_file(d.join("charter/fr.md")).unwrap();
    let config = Config::load(&d.join("charte.toml")).unwrap();
    let err = Project::plan(config, &[], None, &Overrides::default()).unwrap_err();
    assert!(matches!(err, charte::Error::NoMaster { .. }), "{err}");
}

#[test]
fn an_unsaved_buffer_is_checked_without_a_file_on_disk() {
    let master = Master::from_source(SourceFile::new("charter/fr.md", FR));
    // No such file: the buffer's text is all there is.
    let buffer = SourceFile::new("charter/nowhere/de.md", DE.replace("**Wort**", "Wort"));
    let report = check_source(&master, buffer, Some("de"), &mut DriftSource::none(), &Default::default());
    assert_eq!(rules(&report), ["strong-count"]);
    let d = &report.comparison.diagnostics[0];
    assert_eq!((d.file.as_path(), d.start.line), (Path::new("charter/nowhere/de.md"), 3));
}

#[test]
fn an_unsaved_buffer_is_stale_against_an_earlier_master_given_as_text() {
    let earlier = SourceFile::new("fr.md@synced", FR);
    let master = Master::from_source(SourceFile::new("fr.md", FR.replace("La clarté.", "La clarté des choix.")));
    let buffer = SourceFile::new("de.md", DE);
    let mut drift = DriftSource::since(earlier, &master);
    let report = check_source(&master, buffer, Some("de"), &mut drift, &Default::default());
    assert_eq!(rules(&report), ["stale"]);
    assert_eq!(report.comparison.diagnostics[0].start.line, 8);
    // Against the master it was translated from, nothing is stale.
    let master = Master::from_source(SourceFile::new("fr.md", FR));
    let mut drift = DriftSource::since(SourceFile::new("fr.md@synced", FR), &master);
    let report = check_source(&master, SourceFile::new("de.md", DE), Some("de"), &mut drift, &Default::default());
    assert_eq!(rules(&report), Vec::<&str>::new());
}

#[test]
fn checking_a_file_on_disk_is_checking_its_text() {
    let (dir, _) = project();
    let d = dir.path();
    write(d, "charter/de.md", &DE.replace("## Werte", "### Werte"));
    let root = Root::new(d).unwrap();
    let master = Master::from_source(SourceFile::new(d.join("charter/fr.md"), FR));
    let path = d.join("charter/de.md");
    let on_disk = check_translation(&root, &master, Some("de"), &path, &mut DriftSource::none(), &Default::default());
    let text = SourceFile::new(&path, std::fs::read_to_string(&path).unwrap());
    let in_memory = check_source(&master, text, Some("de"), &mut DriftSource::none(), &Default::default());
    assert!(!on_disk.comparison.diagnostics.is_empty());
    let found = |r: &charte::project::FileReport| -> Vec<_> {
        r.comparison.diagnostics.iter().map(|d| (d.rule, d.message, d.start, d.end)).collect()
    };
    assert_eq!(found(&on_disk), found(&in_memory));
}

/// A master compared under two sets of conventions (an editor switching projects, a tool
/// trying both): what is made of the master once per run never crosses from one to the other.
#[test]
fn one_master_compared_under_two_conventions_keeps_each_ones_answer() {
    use charte::check::{Conventions, compare_in};
    let fr = SourceFile::new("fr.md", "Copiez `cp {{source}} {{cible}}` le 10/10/2024.\n");
    let de = SourceFile::new("de.md", "Kopieren Sie `cp {{quelle}} {{ziel}}` am 10/10/2024.\n");
    let (master, translation) = (charte::parse(&fr), charte::parse(&de));
    let masked =
        Conventions { placeholders: vec![regex_lite::Regex::new(r"\{\{.*?\}\}").unwrap()], ..Conventions::default() };
    let plain = Conventions::default();
    let code_findings = |c: &Conventions| {
        let found = compare_in(&fr, &master, &de, &translation, c, Some("de")).diagnostics;
        found.iter().filter(|d| d.rule.name() == "code-mismatch").count()
    };
    // Masked first, which fills what is kept of the master; then plain, then masked again.
    assert_eq!(code_findings(&masked), 0);
    assert_eq!(code_findings(&plain), 2, "one code span missing, one extra");
    assert_eq!(code_findings(&masked), 0);
}
