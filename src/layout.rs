//! Where a project's documents are: the master of each document and its translations, from
//! the layouts of the configuration (`charter/{lang}.md`, `docs/{lang}/**/*.md`).

use crate::config::{Config, glob_match};
use crate::containment::Root;
use crate::diagnostic::{Diagnostic, Rule};
use crate::project::{Error, Job, canonical_tag};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};

/// A translation of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// Its language tag.
    pub lang: String,
    /// Its path.
    pub path: PathBuf,
}

/// A master document and its translations.
#[derive(Debug, Clone)]
pub struct DocumentSet {
    /// The master.
    pub master: PathBuf,
    /// Translations on disk, sorted by language.
    pub translations: Vec<Translation>,
    /// Translations expected but absent.
    pub missing: Vec<Translation>,
}

/// The documents of a project.
#[derive(Debug, Clone)]
pub struct Project {
    /// The configuration.
    pub config: Config,
    /// Every master document with its translations.
    pub documents: Vec<DocumentSet>,
    /// Files or directories that fit a layout but whose name is not a canonical tag:
    /// (path, name, canonical spelling when there is one).
    pub bad_names: Vec<(PathBuf, String, Option<String>)>,
    /// Translations whose master does not exist (a document the master removed or renamed).
    pub orphans: Vec<Translation>,
}

/// One language's translation of each master document, in the masters' order: `None` when
/// ignored, else the translation and whether it exists.
type Column = Vec<Option<(Translation, bool)>>;

/// A layout split around `{lang}`: `parent/<prefix>{lang}<suffix>/rest`.
struct Pattern {
    parent: PathBuf,
    prefix: String,
    suffix: String,
    rest: String,
}

impl Pattern {
    fn new(root: &Path, pattern: &str) -> Self {
        let (before, after) = pattern.split_once("{lang}").unwrap_or((pattern, ""));
        let (parent, prefix) = before.rsplit_once('/').unwrap_or(("", before));
        let (suffix, rest) = after.split_once('/').unwrap_or((after, ""));
        Self { parent: join(root, parent), prefix: prefix.into(), suffix: suffix.into(), rest: rest.into() }
    }

    fn is_glob(&self) -> bool {
        self.rest.contains(['*', '?'])
    }

    fn lang_entry(&self, lang: &str) -> PathBuf {
        join(&self.parent, &format!("{}{lang}{}", self.prefix, self.suffix))
    }

    /// The path of one document in a language (`rel` for glob layouts).
    fn path(&self, lang: &str, rel: &str) -> PathBuf {
        let base = self.lang_entry(lang);
        match (self.is_glob(), self.rest.is_empty()) {
            (true, _) => join(&base, rel),
            (false, true) => base,
            (false, false) => join(&base, &self.rest),
        }
    }

    /// The languages present: entries of the parent named `<prefix>{lang}<suffix>`.
    fn languages(&self, root: &Root, master: &str, bad: &mut Vec<(PathBuf, String, Option<String>)>) -> Vec<String> {
        if !root.contains(&self.parent) {
            return Vec::new();
        }
        let Ok(entries) = std::fs::read_dir(dir_or_dot(&self.parent)) else { return Vec::new() };
        let want_dir = !self.rest.is_empty();
        let mut langs = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let Some(lang) = name.strip_prefix(self.prefix.as_str()).and_then(|n| n.strip_suffix(self.suffix.as_str()))
            else {
                continue;
            };
            if lang.is_empty() || lang.starts_with('.') || lang == master {
                continue;
            }
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir != want_dir {
                continue;
            }
            match canonical_tag(lang) {
                Ok(()) => langs.push(lang.to_owned()),
                Err(canonical) => {
                    if canonical.as_deref() != Some(master) {
                        bad.push((join(&self.parent, name), lang.to_owned(), canonical));
                    }
                }
            }
        }
        langs.sort();
        langs
    }

    /// Relative paths of the master's documents, for glob layouts.
    fn documents(&self, root: &Root, master: &str) -> Vec<String> {
        if !self.is_glob() {
            return vec![String::new()];
        }
        let mut out = Vec::new();
        walk(root, &self.lang_entry(master), |name, rel, kind| {
            if name.starts_with('.') {
                return false;
            }
            let Some(kind) = kind else { return false };
            if kind.is_file() && glob_match(&self.rest, &rel) {
                out.push(rel);
            }
            kind.is_dir()
        });
        out.sort();
        out
    }

    /// Whether a relative path under a language's entry is a document of this layout.
    fn is_document(&self, rel: &str) -> bool {
        self.is_glob() && glob_match(&self.rest, rel) && !rel.split('/').any(|s| s.starts_with('.'))
    }

    /// For glob layouts, the relative paths of every entry under a language's directory, found
    /// by reading each directory once rather than asking for every translation in turn.
    /// Symbolic links are listed, not followed.
    fn present(&self, root: &Root, lang: &str) -> Option<std::collections::HashSet<String>> {
        if !self.is_glob() {
            return None;
        }
        let mut out = std::collections::HashSet::new();
        walk(root, &self.lang_entry(lang), |_, rel, kind| {
            out.insert(rel);
            kind.is_some_and(|k| k.is_dir())
        });
        Some(out)
    }

    /// The language and relative document of a path that fits this layout.
    fn locate(&self, path: &str) -> Option<(String, String)> {
        let parent = self.parent.to_string_lossy().replace('\\', "/");
        let rest = if parent.is_empty() { path } else { path.strip_prefix(&*parent)?.strip_prefix('/')? };
        let (entry, tail) = rest.split_once('/').unwrap_or((rest, ""));
        let lang = entry.strip_prefix(self.prefix.as_str())?.strip_suffix(self.suffix.as_str())?;
        let rel = match (self.is_glob(), self.rest.is_empty()) {
            (true, _) => glob_match(&self.rest, tail).then(|| tail.to_owned())?,
            (false, true) => tail.is_empty().then(String::new)?,
            (false, false) => (tail == self.rest).then(String::new)?,
        };
        Some((lang.to_owned(), rel))
    }
}

/// Walks a directory tree without following symbolic links. `visit` gets each entry's name,
/// its path relative to `base` (with `/`) and its type (`None` when it cannot be had), and says
/// whether to enter it. Unreadable directories and names that are not UTF-8 are skipped, and
/// so is a `base` whose real path (it may be a link) leaves the root.
fn walk(root: &Root, base: &Path, mut visit: impl FnMut(&str, String, Option<std::fs::FileType>) -> bool) {
    if !root.contains(base) {
        return;
    }
    let mut stack = vec![(dir_or_dot(base), String::new())];
    while let Some((dir, rel)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let path = if rel.is_empty() { name.to_owned() } else { format!("{rel}/{name}") };
            let kind = entry.file_type().ok();
            let inside = kind.is_some_and(|k| k.is_dir()).then(|| path.clone());
            if visit(name, path, kind)
                && let Some(inside) = inside
            {
                stack.push((entry.path(), inside));
            }
        }
    }
}

fn dir_or_dot(p: &Path) -> PathBuf {
    if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() }
}

/// Joins without introducing `./` for an empty base.
fn join(base: &Path, rel: &str) -> PathBuf {
    if rel.is_empty() {
        base.to_path_buf()
    } else if base.as_os_str().is_empty() {
        PathBuf::from(rel)
    } else {
        base.join(rel)
    }
}

/// `a/./b/../c` as `a/c`, without asking the file system (an absolute path stays absolute).
fn lexical_normal(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn normalise(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_owned()
}

impl Project {
    /// Finds the documents of the configuration's layouts on disk. Directories whose real
    /// path leaves the project root (see [`Config::containment`]) are not listed: a language
    /// directory linked out of the project yields no document.
    ///
    /// # Errors
    ///
    /// When the project root cannot be resolved.
    pub fn discover(config: Config) -> Result<Project, Error> {
        let root = config.containment()?;
        let mut documents = Vec::new();
        let mut bad_names = Vec::new();
        let mut orphans = Vec::new();
        for layout in &config.documents {
            let pattern = Pattern::new(&config.root, layout);
            let langs = match &config.languages {
                Some(l) => l.iter().filter(|l| **l != config.master).cloned().collect(),
                None => pattern.languages(&root, &config.master, &mut bad_names),
            };
            let mut masters = Vec::new();
            let mut rels = Vec::new();
            for rel in pattern.documents(&root, &config.master) {
                let master = pattern.path(&config.master, &rel);
                // A file-per-language layout names its master: it is found only if it exists.
                let absent = !pattern.is_glob() && std::fs::symlink_metadata(&master).is_err();
                if !absent && !config.ignored(&master) {
                    masters.push(master);
                    rels.push(rel);
                }
            }
            // Each language is listed and matched with the masters' documents on its own
            // thread: one directory walk per language instead of a `stat` per translation.
            let known: std::collections::HashSet<&str> = rels.iter().map(String::as_str).collect();
            let columns: Vec<(Column, Vec<Translation>)> = {
                use rayon::prelude::*;
                langs
                    .par_iter()
                    .map(|lang| {
                        let present = pattern.present(&root, lang);
                        let column = rels
                            .iter()
                            .map(|rel| {
                                let path = pattern.path(lang, rel);
                                if config.ignored(&path) {
                                    return None;
                                }
                                // Not listed can still mean reachable (through a linked
                                // directory): ask.
                                let listed = present.as_ref().is_some_and(|p| p.contains(rel));
                                let found = listed || std::fs::symlink_metadata(&path).is_ok();
                                Some((Translation { lang: lang.clone(), path }, found))
                            })
                            .collect();
                        // Documents of the language that the master does not have.
                        let mut orphans: Vec<Translation> = present
                            .iter()
                            .flatten()
                            .filter(|rel| !known.contains(rel.as_str()) && pattern.is_document(rel))
                            .map(|rel| Translation { lang: lang.clone(), path: pattern.path(lang, rel) })
                            .filter(|t| !config.ignored(&t.path) && t.path.is_file())
                            .collect();
                        orphans.sort_by(|a, b| a.path.cmp(&b.path));
                        (column, orphans)
                    })
                    .collect()
            };
            let (columns, lost): (Vec<_>, Vec<_>) = columns.into_iter().unzip();
            orphans.extend(lost.into_iter().flatten());
            let mut columns: Vec<_> = columns.into_iter().map(Vec::into_iter).collect();
            for master in masters {
                let mut set = DocumentSet { master, translations: Vec::new(), missing: Vec::new() };
                for (t, found) in columns.iter_mut().filter_map(|c| c.next().flatten()) {
                    if found { set.translations.push(t) } else { set.missing.push(t) }
                }
                documents.push(set);
            }
        }
        bad_names.sort();
        bad_names.dedup();
        Ok(Project { config, documents, bad_names, orphans })
    }

    /// Checks that the layouts find at least one master document.
    ///
    /// # Errors
    ///
    /// [`Error::NoMaster`] naming the layouts and where the master was expected.
    pub fn ensure_master(&self) -> Result<(), Error> {
        if self.documents.is_empty() {
            let layouts = self.config.documents.join(", ");
            return Err(Error::NoMaster { layouts, expected: self.expected(&self.config.master) });
        }
        Ok(())
    }

    /// Checks that there is a master document and at least one file for each configured
    /// language (a mistyped tag in `languages` would otherwise pass unnoticed).
    ///
    /// # Errors
    ///
    /// As [`Project::ensure_master`], or [`Error::EmptyLanguage`] naming the language and
    /// where its files were expected.
    pub fn ensure_found(&self) -> Result<(), Error> {
        self.ensure_master()?;
        for lang in self.config.languages.iter().flatten().filter(|l| **l != self.config.master) {
            let any = self.documents.iter().any(|d| d.translations.iter().any(|t| t.lang == *lang))
                || self.orphans.iter().any(|t| t.lang == *lang);
            if !any {
                return Err(Error::EmptyLanguage { lang: lang.clone(), expected: self.expected(lang) });
            }
        }
        Ok(())
    }

    /// Where the files of a language are looked for, layout by layout.
    fn expected(&self, lang: &str) -> String {
        let entries: Vec<String> = self
            .config
            .documents
            .iter()
            .map(|l| {
                let pattern = Pattern::new(&self.config.root, l);
                let entry = pattern.lang_entry(lang).display().to_string();
                if pattern.rest.is_empty() { entry } else { format!("{entry}/{}", pattern.rest) }
            })
            .collect();
        entries.join(", ")
    }

    /// The path under which discovery knows a file given on the command line (relative to the
    /// working directory, from any directory, absolute, or through `..`), when it lies under
    /// the project root.
    pub fn resolve(&self, path: &Path) -> Option<PathBuf> {
        let root = &self.config.root;
        let lexical = |p: &Path| std::path::absolute(p).ok().map(|p| lexical_normal(&p));
        if let (Some(root_abs), Some(abs)) = (lexical(root), lexical(path))
            && let Ok(rel) = abs.strip_prefix(&root_abs)
        {
            return Some(join(root, &normalise(rel)));
        }
        // Through a linked directory: compare real paths (the file itself may be missing).
        let real_root = std::fs::canonicalize(dir_or_dot(root)).ok()?;
        let name = path.file_name()?;
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let real = std::fs::canonicalize(parent).ok()?.join(name);
        let rel = real.strip_prefix(&real_root).ok()?;
        Some(join(root, &normalise(rel)))
    }

    /// The check jobs: every master with the translations on disk (the paths are moved, not
    /// copied).
    pub fn into_jobs(self) -> Vec<Job> {
        self.documents
            .into_iter()
            .map(|d| Job {
                master: d.master,
                translations: d.translations.into_iter().map(|t| (Some(t.lang), t.path)).collect(),
            })
            .collect()
    }

    /// The master and language of a translation path, from the layouts.
    pub fn locate(&self, path: &Path) -> Option<(PathBuf, String)> {
        let wanted = normalise(path);
        for layout in &self.config.documents {
            let pattern = Pattern::new(&self.config.root, layout);
            if let Some((lang, rel)) = pattern.locate(&wanted) {
                return Some((pattern.path(&self.config.master, &rel), lang));
            }
        }
        None
    }

    /// Where the translation of `master` into `lang` goes.
    pub fn translation_path(&self, master: &Path, lang: &str) -> Option<PathBuf> {
        let wanted = normalise(master);
        self.config.documents.iter().find_map(|layout| {
            let pattern = Pattern::new(&self.config.root, layout);
            let (l, rel) = pattern.locate(&wanted)?;
            (l == self.config.master).then(|| pattern.path(lang, &rel))
        })
    }

    /// The finding for a translation whose master does not exist.
    pub fn orphan(&self, t: &Translation) -> Diagnostic {
        let file = SourceFile::new(&t.path, "");
        let master = self.locate(&t.path).map(|(master, _)| master).unwrap_or_default();
        Diagnostic::new(Rule::OrphanTranslation, "orphan-translation", &file, Span::point(0))
            .arg("master", master.display().to_string())
            .arg("lang", t.lang.as_str())
    }

    /// The translations of a language, document by document: (master, path).
    pub fn translations(&self, lang: &str) -> Vec<(PathBuf, Translation)> {
        self.documents
            .iter()
            .flat_map(|d| d.translations.iter().filter(|t| t.lang == lang).map(|t| (d.master.clone(), t.clone())))
            .collect()
    }

    /// Every language with a translation.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> =
            self.documents.iter().flat_map(|d| d.translations.iter().map(|t| t.lang.clone())).collect();
        langs.sort();
        langs.dedup();
        langs
    }

    /// Findings about the project's files: missing translations, orphans, names that are not
    /// tags.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = crate::project::bad_name_diagnostics(&self.bad_names);
        out.extend(self.orphans.iter().map(|t| self.orphan(t)));
        for d in &self.documents {
            for t in &d.missing {
                let file = SourceFile::new(&t.path, "");
                out.push(
                    Diagnostic::new(Rule::MissingTranslation, "missing-translation", &file, Span::point(0))
                        .arg("path", d.master.display().to_string())
                        .arg("lang", t.lang.as_str()),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_split_around_the_language() {
        let p = Pattern::new(Path::new(""), "docs/{lang}/**/*.md");
        assert_eq!(p.path("de", "a/b.md"), PathBuf::from("docs/de/a/b.md"));
        assert_eq!(p.locate("docs/de/a/b.md"), Some(("de".into(), "a/b.md".into())));
        let p = Pattern::new(Path::new(""), "charter/{lang}.md");
        assert_eq!(p.path("de", ""), PathBuf::from("charter/de.md"));
        assert_eq!(p.locate("charter/de.md"), Some(("de".into(), String::new())));
        assert_eq!(p.locate("other/de.md"), None);
        let p = Pattern::new(Path::new("site"), "{lang}/index.md");
        assert_eq!(p.path("nl", ""), PathBuf::from("site/nl/index.md"));
        assert_eq!(p.locate("site/nl/index.md"), Some(("nl".into(), String::new())));
    }
}
