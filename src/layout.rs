//! Where a project's documents are: the master of each document and its translations, from
//! the layouts of the configuration (`charter/{lang}.md`, `docs/{lang}/**/*.md`).

use crate::Error;
use crate::config::{Config, glob_match};
use crate::containment::Root;
use crate::diagnostic::{Diagnostic, Rule};
use crate::finding::Finding;
use crate::lang::canonical_tag;
use crate::project::{DocumentSet, Job, Project, Translation};
use std::path::{Path, PathBuf};

/// One language's translations, in the masters' order: (index of the master, the translation,
/// whether it exists). Ignored ones are left out, and so are absent ones unless they are kept.
type Column = Vec<(usize, Translation, bool)>;

/// What discovery finds of one language: its column, and (orphans, absent translations that
/// stand for those not kept, see [`Project::absent`]).
type Listed = (Column, (Vec<Translation>, Vec<Translation>));

/// A layout split around `{lang}`: `parent/<prefix>{lang}<suffix>/rest`.
struct Pattern {
    parent: PathBuf,
    prefix: String,
    suffix: String,
    rest: String,
    /// The master's own layout (`masters`): for glob layouts the directory its documents are
    /// under, else its file; `None` when the master is the master language's instance.
    master: Option<PathBuf>,
}

/// What a walk found at an entry (links inside the root are followed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
    /// A link whose real path leaves the root: never followed.
    Outside,
    /// Anything else: a FIFO, a device, a dangling link, a link back up the tree.
    Other,
}

/// The entries under a language's directory, from one listing per directory.
struct Listing {
    entries: std::collections::HashSet<String>,
    /// Directories (relative, `""` for the language's own) linked out of the root: what is
    /// under them cannot be listed, only asked for.
    opaque: Vec<String>,
}

impl Listing {
    /// Whether a relative path is there: from the listing, or asked for under a directory that
    /// could not be listed.
    fn has(&self, rel: &str, path: &Path) -> bool {
        self.entries.contains(rel)
            || (self
                .opaque
                .iter()
                .any(|o| o.is_empty() || rel.strip_prefix(o.as_str()).is_some_and(|r| r.starts_with('/')))
                && std::fs::symlink_metadata(path).is_ok())
    }
}

/// Whether a file name is hidden: it starts with a dot, except a page named only with dots
/// (`..md`, tldr's page for `.`).
fn hidden_file(name: &str) -> bool {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let only_dots = !stem.is_empty() && stem.bytes().all(|b| b == b'.');
    name.starts_with('.') && !only_dots
}

/// The languages of a layout's parent directory.
struct Languages {
    /// (tag, name on disk) of each language, sorted by tag.
    found: Vec<(String, String)>,
    /// The name of the master language's entry, when one is there.
    master: Option<String>,
}

impl Pattern {
    fn new(root: &Path, pattern: &str, master: Option<&str>) -> Self {
        let (before, after) = pattern.split_once("{lang}").unwrap_or((pattern, ""));
        let (parent, prefix) = before.rsplit_once('/').unwrap_or(("", before));
        let (suffix, rest) = after.split_once('/').unwrap_or((after, ""));
        let glob = rest.contains(['*', '?']);
        let master = master.map(|m| {
            let base = if !glob {
                m
            } else if m == rest {
                ""
            } else {
                m.strip_suffix(rest).and_then(|b| b.strip_suffix('/')).unwrap_or(m)
            };
            join(root, base)
        });
        Self { parent: join(root, parent), prefix: prefix.into(), suffix: suffix.into(), rest: rest.into(), master }
    }

    /// The patterns of a configuration, each with its master layout.
    fn all(config: &Config) -> impl Iterator<Item = Pattern> + '_ {
        config
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| Pattern::new(&config.root, d, config.masters.get(i).map(String::as_str)))
    }

    fn is_glob(&self) -> bool {
        self.rest.contains(['*', '?'])
    }

    /// A language's entry, by its name on disk.
    fn lang_entry(&self, name: &str) -> PathBuf {
        join(&self.parent, &format!("{}{name}{}", self.prefix, self.suffix))
    }

    /// The path of one document in a language, by its name on disk (`rel` for glob layouts).
    fn path(&self, name: &str, rel: &str) -> PathBuf {
        let base = self.lang_entry(name);
        match (self.is_glob(), self.rest.is_empty()) {
            (true, _) => join(&base, rel),
            (false, true) => base,
            (false, false) => join(&base, &self.rest),
        }
    }

    /// Where the master's documents are (glob layouts) or its file.
    fn master_base(&self, name: &str) -> PathBuf {
        self.master.clone().unwrap_or_else(|| self.lang_entry(name))
    }

    /// The path of one master document.
    fn master_path(&self, name: &str, rel: &str) -> PathBuf {
        match &self.master {
            Some(base) if self.is_glob() => join(base, rel),
            Some(file) => file.clone(),
            None => self.path(name, rel),
        }
    }

    /// The languages present: entries of the parent named `<prefix>{lang}<suffix>` (links to
    /// directories inside the root count as directories), each with its tag (see
    /// [`Config::language_of`]). The master language's entry, and a link to the master's
    /// directory whatever its name, are the master's, never a translation.
    fn languages(
        &self,
        root: &Root,
        config: &Config,
        master: &str,
        bad: &mut Vec<(PathBuf, String, Option<String>)>,
    ) -> Languages {
        let mut out = Languages { found: Vec::new(), master: None };
        if !root.contains(&self.parent) {
            return out;
        }
        let Ok(entries) = std::fs::read_dir(dir_or_dot(&self.parent)) else { return out };
        let want_dir = !self.rest.is_empty();
        let mut master_real: Option<Option<PathBuf>> = None;
        // (tag, whether the name is the tag itself, name)
        let mut candidates: Vec<(String, bool, String)> = Vec::new();
        let mut masters: Vec<(bool, String)> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let Some(lang) = name.strip_prefix(self.prefix.as_str()).and_then(|n| n.strip_suffix(self.suffix.as_str()))
            else {
                continue;
            };
            if lang.is_empty() || lang.starts_with('.') {
                continue;
            }
            let path = join(&self.parent, name);
            // The master's own directory or file, whatever its name (`charter/source.md`).
            if self.master.as_ref() == Some(&path) {
                continue;
            }
            let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
            let is_dir = match entry.file_type() {
                Ok(t) if t.is_symlink() => root.contains(&path) && std::fs::metadata(&path).is_ok_and(|m| m.is_dir()),
                Ok(t) => t.is_dir(),
                Err(_) => false,
            };
            if is_dir != want_dir {
                continue;
            }
            if linked && self.master.is_some() {
                let real = master_real.get_or_insert_with(|| {
                    std::fs::canonicalize(dir_or_dot(self.master.as_deref().unwrap_or(Path::new("")))).ok()
                });
                if real.is_some() && std::fs::canonicalize(&path).ok() == *real {
                    continue;
                }
            }
            match config.language_of(lang) {
                Some(tag) if tag == master => masters.push((tag != lang, lang.to_owned())),
                Some(tag) => {
                    let exact = tag == lang;
                    candidates.push((tag, !exact, lang.to_owned()));
                }
                None => {
                    let canonical = canonical_tag(lang).err().flatten();
                    if canonical.as_deref() != Some(master) {
                        bad.push((join(&self.parent, name), lang.to_owned(), canonical));
                    }
                }
            }
        }
        masters.sort();
        out.master = masters.into_iter().next().map(|(_, name)| name);
        // One entry per language: its exact tag first, then an alias, then another case; the
        // others are names to fix.
        candidates.sort();
        for (tag, _, name) in candidates {
            if out.found.last().is_some_and(|(t, _)| *t == tag) {
                let path = join(&self.parent, &format!("{}{name}{}", self.prefix, self.suffix));
                bad.push((path, name, Some(tag)));
            } else {
                out.found.push((tag, name));
            }
        }
        out
    }

    /// The name of the master language's entry and the (tag, name on disk) of each language
    /// of the layout: those configured, else those found. Names that are not tags go into
    /// `bad` (only when the languages are discovered), languages found under another name
    /// than their tag into `names`.
    fn layout_languages(
        &self,
        root: &Root,
        config: &Config,
        bad: &mut Vec<(PathBuf, String, Option<String>)>,
        names: &mut std::collections::BTreeMap<String, String>,
    ) -> (String, Vec<(String, String)>) {
        let mut unused = Vec::new();
        let bad = if config.languages.is_some() { &mut unused } else { bad };
        let found = self.languages(root, config, &config.master, bad);
        let master_name = found.master.clone().unwrap_or_else(|| config.name_of(&config.master));
        if master_name != config.master {
            names.insert(config.master.clone(), master_name.clone());
        }
        let langs: Vec<(String, String)> = match &config.languages {
            Some(l) => l
                .iter()
                .filter(|l| **l != config.master)
                .map(|l| {
                    let name = found.found.iter().find(|(t, _)| t == l).map(|(_, n)| n.clone());
                    (l.clone(), name.unwrap_or_else(|| config.name_of(l)))
                })
                .collect(),
            None => found.found,
        };
        for (tag, name) in &langs {
            if tag != name {
                names.insert(tag.clone(), name.clone());
            }
        }
        (master_name, langs)
    }

    /// Whether the layout has at least one master document, as discovery would find it:
    /// the walk stops at the first.
    fn any_master(&self, root: &Root, config: &Config, master_name: &str) -> bool {
        if !self.is_glob() {
            let master = self.master_path(master_name, "");
            return std::fs::symlink_metadata(&master).is_ok() && !config.ignored(&master);
        }
        self.any_document(root, &self.master_base(master_name), |rel| self.master_path(master_name, rel), config)
    }

    /// Whether a language has at least one document of the layout that is not ignored (a
    /// translation, or an orphan): the walk stops at the first.
    fn any_translation(&self, root: &Root, config: &Config, master_name: &str, name: &str) -> bool {
        if !self.is_glob() {
            let path = self.path(name, "");
            return self.any_master(root, config, master_name)
                && std::fs::symlink_metadata(&path).is_ok()
                && !config.ignored(&path);
        }
        self.any_document(root, &self.lang_entry(name), |rel| self.path(name, rel), config)
    }

    /// Whether a glob layout has a document file under `base` whose path (`path_of` its
    /// relative path) is not ignored.
    fn any_document(&self, root: &Root, base: &Path, path_of: impl Fn(&str) -> PathBuf, config: &Config) -> bool {
        let mut found = false;
        walk_until(root, base, |name, rel, kind| match kind {
            Kind::Dir if !name.starts_with('.') => Step::Enter,
            Kind::File if !hidden_file(name) && glob_match(&self.rest, &rel) && !config.ignored(&path_of(&rel)) => {
                found = true;
                Step::Stop
            }
            _ => Step::Pass,
        });
        found
    }

    /// Relative paths of the master's documents under `base`, for glob layouts.
    fn documents(&self, root: &Root, base: &Path) -> Vec<String> {
        if !self.is_glob() {
            return vec![String::new()];
        }
        let mut out = Vec::new();
        walk(root, base, |name, rel, kind| match kind {
            Kind::Dir => !name.starts_with('.'),
            Kind::File => {
                if !hidden_file(name) && glob_match(&self.rest, &rel) {
                    out.push(rel);
                }
                false
            }
            Kind::Outside | Kind::Other => false,
        });
        out.sort();
        out
    }

    /// Whether a relative path under a language's entry is a document of this layout.
    fn is_document(&self, rel: &str) -> bool {
        let (dirs, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        self.is_glob()
            && glob_match(&self.rest, rel)
            && !hidden_file(name)
            && !dirs.split('/').any(|s| s.starts_with('.'))
    }

    /// For glob layouts, the relative paths of every entry under a language's directory, found
    /// by reading each directory once rather than asking for every translation in turn. Links
    /// are followed while their real path stays inside the root.
    fn present(&self, root: &Root, name: &str) -> Option<Listing> {
        if !self.is_glob() {
            return None;
        }
        let base = self.lang_entry(name);
        let mut out = Listing { entries: std::collections::HashSet::new(), opaque: Vec::new() };
        if !root.contains(&base) {
            out.opaque.push(String::new());
            return Some(out);
        }
        walk(root, &base, |name, rel, kind| {
            let enter = kind == Kind::Dir && !name.starts_with('.');
            if kind == Kind::Outside {
                out.opaque.push(rel.clone());
            }
            out.entries.insert(rel);
            enter
        });
        Some(out)
    }

    /// The master document of a path under the master's own layout (`masters`).
    fn locate_master(&self, path: &str) -> Option<String> {
        let base = self.master.as_ref()?.to_string_lossy().replace('\\', "/");
        if !self.is_glob() {
            return (path == base).then(String::new);
        }
        let rel = if base.is_empty() { path } else { path.strip_prefix(&*base)?.strip_prefix('/')? };
        glob_match(&self.rest, rel).then(|| rel.to_owned())
    }

    /// The name of the language's entry and the relative document of a path that fits this
    /// layout.
    fn locate(&self, path: &str) -> Option<(String, String)> {
        let parent = self.parent.to_string_lossy().replace('\\', "/");
        let rest = if parent.is_empty() { path } else { path.strip_prefix(&*parent)?.strip_prefix('/')? };
        let (entry, tail) = rest.split_once('/').unwrap_or((rest, ""));
        let lang = entry.strip_prefix(self.prefix.as_str())?.strip_suffix(self.suffix.as_str())?;
        if lang.is_empty() {
            return None;
        }
        let rel = match (self.is_glob(), self.rest.is_empty()) {
            (true, _) => glob_match(&self.rest, tail).then(|| tail.to_owned())?,
            (false, true) => tail.is_empty().then(String::new)?,
            (false, false) => (tail == self.rest).then(String::new)?,
        };
        Some((lang.to_owned(), rel))
    }
}

/// Walks a directory tree. `visit` gets each entry's name, its path relative to `base` (with
/// `/`) and its kind, and says whether to enter it (a directory). A link is followed only when
/// its real path stays inside the root, and never back into a directory the walk is already
/// in. Unreadable directories and names that are not UTF-8 are skipped, and so is a `base`
/// whose real path (it may be a link) leaves the root.
fn walk(root: &Root, base: &Path, mut visit: impl FnMut(&str, String, Kind) -> bool) {
    walk_until(root, base, |name, rel, kind| if visit(name, rel, kind) { Step::Enter } else { Step::Pass });
}

/// What a walk does after an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Enter it (a directory).
    Enter,
    /// Go on to the next entry.
    Pass,
    /// Stop the walk.
    Stop,
}

/// [`walk`], stopped as soon as `visit` says so: no further directory is read.
fn walk_until(root: &Root, base: &Path, mut visit: impl FnMut(&str, String, Kind) -> Step) {
    if !root.contains(base) {
        return;
    }
    let base_real = std::fs::canonicalize(dir_or_dot(base)).ok();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![(dir_or_dot(base), String::new())];
    while let Some((dir, rel)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let path = if rel.is_empty() { name.to_owned() } else { format!("{rel}/{name}") };
            let kind = match entry.file_type() {
                Ok(t) if t.is_dir() => Kind::Dir,
                Ok(t) if t.is_file() => Kind::File,
                Ok(t) if t.is_symlink() => linked(root, &entry.path(), base_real.as_deref(), &mut seen),
                _ => Kind::Other,
            };
            let inside = (kind == Kind::Dir).then(|| path.clone());
            match visit(name, path, kind) {
                Step::Enter => {
                    if let Some(inside) = inside {
                        stack.push((entry.path(), inside));
                    }
                }
                Step::Pass => {}
                Step::Stop => return,
            }
        }
    }
}

/// What a link met in a walk is: its real path is resolved once.
fn linked(root: &Root, path: &Path, base: Option<&Path>, seen: &mut std::collections::HashSet<PathBuf>) -> Kind {
    let Ok(real) = std::fs::canonicalize(path) else { return Kind::Other };
    if !real.starts_with(root.dir()) {
        return Kind::Outside;
    }
    match std::fs::metadata(&real) {
        Ok(m) if m.is_file() => Kind::File,
        // A link up the tree, or to a directory already entered through a link, would loop.
        Ok(m) if m.is_dir() && !base.is_some_and(|b| b.starts_with(&real)) && seen.insert(real) => Kind::Dir,
        _ => Kind::Other,
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

/// The Fluent resources of the configuration's `[fluent]` layout (`locales/{lang}/charte.ftl`):
/// the source resource (the first of the source language's, for a glob layout) and the
/// translations of it found on disk, in the order of their tags. The layout's languages are
/// those on disk (`languages` is about the documents); `ignore` and `[aliases]` apply. `None`
/// without a `[fluent]` table or a source resource.
pub fn fluent_resources(config: &Config) -> Option<(PathBuf, Vec<PathBuf>)> {
    let fluent = config.fluent.as_ref()?;
    let root = config.containment().ok()?;
    let pattern = Pattern::new(&config.root, &fluent.pattern, None);
    let found = pattern.languages(&root, config, &fluent.source, &mut Vec::new());
    let source_name = found.master.unwrap_or_else(|| config.name_of(&fluent.source));
    let (rel, source) = pattern.documents(&root, &pattern.master_base(&source_name)).into_iter().find_map(|rel| {
        let source = pattern.master_path(&source_name, &rel);
        let exists = pattern.is_glob() || std::fs::symlink_metadata(&source).is_ok();
        (exists && !config.ignored(&source)).then_some((rel, source))
    })?;
    let translations = found
        .found
        .iter()
        .map(|(_, name)| pattern.path(name, &rel))
        .filter(|path| !config.ignored(path) && std::fs::symlink_metadata(path).is_ok())
        .collect();
    Some((source, translations))
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
        Self::discover_keeping(config, true)
    }

    /// [`Project::discover`], listing the translations expected but absent
    /// ([`DocumentSet::missing`]) only when `missing` is true: only `missing-translation`
    /// findings need them, and a site translated in part can miss hundreds of thousands.
    ///
    /// # Errors
    ///
    /// As [`Project::discover`].
    pub fn discover_keeping(config: Config, missing: bool) -> Result<Project, Error> {
        let root = config.containment()?;
        let owners: Vec<Pattern> = Pattern::all(&config).filter(|p| p.master.is_some()).collect();
        let mut absent = Vec::new();
        let mut documents = Vec::new();
        let mut bad_names = Vec::new();
        let mut orphans = Vec::new();
        let mut names = std::collections::BTreeMap::new();
        for pattern in Pattern::all(&config) {
            let (master_name, langs) = pattern.layout_languages(&root, &config, &mut bad_names, &mut names);
            let mut masters = Vec::new();
            let mut rels = Vec::new();
            for rel in pattern.documents(&root, &pattern.master_base(&master_name)) {
                let master = pattern.master_path(&master_name, &rel);
                // A file-per-language layout names its master: it is found only if it exists.
                let absent = !pattern.is_glob() && std::fs::symlink_metadata(&master).is_err();
                if !absent && !config.ignored(&master) {
                    masters.push(master);
                    rels.push(rel);
                }
            }
            // Each language is listed and matched with the masters' documents on its own
            // thread: one listing per directory instead of a `stat` per translation.
            let known: std::collections::HashSet<&str> = rels.iter().map(String::as_str).collect();
            let columns: Vec<Listed> = {
                use rayon::prelude::*;
                langs
                    .par_iter()
                    .map(|(lang, name)| {
                        let present = pattern.present(&root, name);
                        // Layouts not yet seen to locate an absent translation that is not kept.
                        let mut unseen: Vec<&Pattern> = if missing { Vec::new() } else { owners.iter().collect() };
                        let mut witnesses = Vec::new();
                        let mut column: Column = Vec::new();
                        // Whether a listing says at once that a translation is absent, no path needed.
                        let listed_absent = |rel: &str| {
                            config.ignore.is_empty()
                                && present.as_ref().is_some_and(|l| l.opaque.is_empty() && !l.entries.contains(rel))
                        };
                        for (i, rel) in rels.iter().enumerate() {
                            if !missing && unseen.is_empty() && listed_absent(rel) {
                                continue;
                            }
                            let path = pattern.path(name, rel);
                            if config.ignored(&path) {
                                continue;
                            }
                            let found = match &present {
                                Some(listing) => listing.has(rel, &path),
                                None => std::fs::symlink_metadata(&path).is_ok(),
                            };
                            if found || missing {
                                column.push((i, Translation { lang: lang.clone(), path }, found));
                            } else if !unseen.is_empty() {
                                let wanted = normalise(&path);
                                let before = unseen.len();
                                unseen.retain(|p| p.locate(&wanted).is_none());
                                if unseen.len() < before {
                                    witnesses.push(Translation { lang: lang.clone(), path });
                                }
                            }
                        }
                        // Documents of the language that the master does not have.
                        let mut orphans: Vec<Translation> = present
                            .iter()
                            .flat_map(|l| l.entries.iter())
                            .filter(|rel| !known.contains(rel.as_str()) && pattern.is_document(rel))
                            .map(|rel| Translation { lang: lang.clone(), path: pattern.path(name, rel) })
                            .filter(|t| !config.ignored(&t.path) && t.path.is_file())
                            .collect();
                        orphans.sort_by(|a, b| a.path.cmp(&b.path));
                        (column, (orphans, witnesses))
                    })
                    .collect()
            };
            let (columns, lost): (Vec<_>, Vec<_>) = columns.into_iter().unzip();
            for (lost, witnesses) in lost {
                orphans.extend(lost);
                absent.extend(witnesses);
            }
            let mut columns: Vec<_> = columns.into_iter().map(|c| c.into_iter().peekable()).collect();
            for (i, master) in masters.into_iter().enumerate() {
                let mut set = DocumentSet { master, translations: Vec::new(), missing: Vec::new() };
                for column in &mut columns {
                    if let Some((_, t, found)) = column.next_if(|(at, _, _)| *at == i) {
                        if found { set.translations.push(t) } else { set.missing.push(t) }
                    }
                }
                documents.push(set);
            }
        }
        bad_names.sort();
        bad_names.dedup();
        Ok(Project { config, documents, bad_names, orphans, names, absent })
    }

    /// The part of the project that files named on the command line need: the languages of
    /// each layout, and only the masters these files are or belong to, each with its
    /// translations, in the order of [`Project::discover`]. No tree is walked, so the cost is
    /// that of the files given however large the site; orphans and names that are not tags are
    /// not looked for (see [`Project::ensure_found_files`] for the checks of
    /// [`Project::ensure_found`]).
    ///
    /// # Errors
    ///
    /// When the project root cannot be resolved.
    pub fn discover_files(config: Config, files: &[PathBuf]) -> Result<Project, Error> {
        let root = config.containment()?;
        let mut project = Project {
            config,
            documents: Vec::new(),
            bad_names: Vec::new(),
            orphans: Vec::new(),
            names: std::collections::BTreeMap::new(),
            absent: Vec::new(),
        };
        let patterns: Vec<Pattern> = Pattern::all(&project.config).collect();
        let mut layouts = Vec::new();
        for pattern in &patterns {
            let (mut bad, names) = (Vec::new(), &mut project.names);
            layouts.push(pattern.layout_languages(&root, &project.config, &mut bad, names));
        }
        // (layout, relative document) of each master wanted, sorted as discovery lists them.
        let wanted: std::collections::BTreeSet<(usize, String)> = files
            .iter()
            .filter_map(|f| project.resolve(f))
            .filter_map(|path| project.place(&path).map(|(i, _, rel, _)| (i, rel)))
            .collect();
        let config = &project.config;
        for (i, rel) in wanted {
            let (pattern, (master_name, langs)) = (&patterns[i], &layouts[i]);
            let master = pattern.master_path(master_name, &rel);
            // As the walk of the masters' tree finds it: a document file inside the root.
            let found = if pattern.is_glob() {
                pattern.is_document(&rel)
                    && root.contains(&master)
                    && std::fs::metadata(&master).is_ok_and(|m| m.is_file())
            } else {
                std::fs::symlink_metadata(&master).is_ok()
            };
            if !found || config.ignored(&master) {
                continue;
            }
            let mut set = DocumentSet { master, translations: Vec::new(), missing: Vec::new() };
            for (lang, name) in langs {
                let path = pattern.path(name, &rel);
                if config.ignored(&path) {
                    continue;
                }
                let exists = std::fs::symlink_metadata(&path).is_ok();
                let t = Translation { lang: lang.clone(), path };
                if exists { set.translations.push(t) } else { set.missing.push(t) }
            }
            project.documents.push(set);
        }
        Ok(project)
    }

    /// The checks of [`Project::ensure_found`] for a project found by
    /// [`Project::discover_files`], on disk: a master document in some layout, a translation in
    /// each layout with its own master layout, a file in each configured language. Each walk
    /// stops at the first document.
    ///
    /// # Errors
    ///
    /// As [`Project::ensure_found`].
    pub fn ensure_found_files(&self) -> Result<(), Error> {
        let root = self.config.containment()?;
        let config = &self.config;
        let mut scratch = std::collections::BTreeMap::new();
        let layouts: Vec<_> = Pattern::all(config)
            .map(|p| {
                let (master_name, langs) = p.layout_languages(&root, config, &mut Vec::new(), &mut scratch);
                (p, master_name, langs)
            })
            .collect();
        let masters: Vec<bool> = layouts.iter().map(|(p, m, _)| p.any_master(&root, config, m)).collect();
        if !masters.contains(&true) {
            let layouts = config.documents.join(", ");
            return Err(Error::NoMaster { layouts, expected: self.expected(&config.master) });
        }
        // With masters, every language of the layout has a translation found or missing.
        let empty: Vec<&str> = layouts
            .iter()
            .zip(&masters)
            .zip(&config.documents)
            .filter(|(((p, m, langs), has_master), _)| {
                p.master.is_some()
                    && (langs.is_empty()
                        || (!**has_master && !langs.iter().any(|(_, n)| p.any_translation(&root, config, m, n))))
            })
            .map(|(_, d)| d.as_str())
            .collect();
        if !empty.is_empty() {
            return Err(Error::NoTranslations { layouts: empty.join(", ") });
        }
        for lang in config.languages.iter().flatten().filter(|l| **l != config.master) {
            let any = layouts.iter().any(|(p, m, langs)| {
                langs.iter().filter(|(t, _)| t == lang).any(|(_, n)| p.any_translation(&root, config, m, n))
            });
            if !any {
                return Err(Error::EmptyLanguage { lang: lang.clone(), expected: self.expected(lang) });
            }
        }
        Ok(())
    }

    /// The name on disk of a language's directory or file.
    fn name_of(&self, lang: &str) -> String {
        self.names.get(lang).cloned().unwrap_or_else(|| self.config.name_of(lang))
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
    /// As [`Project::ensure_master`], [`Error::NoTranslations`] when a layout with its own
    /// master layout (`masters`) finds no translation at all, or [`Error::EmptyLanguage`] naming
    /// the language and where its files were expected.
    pub fn ensure_found(&self) -> Result<(), Error> {
        self.ensure_master()?;
        // A layout whose masters are elsewhere can find masters and no translation at all (a
        // typo in `documents`): that is a configuration that matches nothing, not a clean run.
        let empty: Vec<&str> = Pattern::all(&self.config)
            .zip(&self.config.documents)
            .filter(|(p, _)| p.master.is_some())
            .filter(|(p, _)| {
                let paths = self.documents.iter().flat_map(|d| d.translations.iter().chain(&d.missing));
                !paths.chain(&self.orphans).chain(&self.absent).any(|t| p.locate(&normalise(&t.path)).is_some())
            })
            .map(|(_, d)| d.as_str())
            .collect();
        if !empty.is_empty() {
            return Err(Error::NoTranslations { layouts: empty.join(", ") });
        }
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
        let name = self.name_of(lang);
        let entries: Vec<String> = Pattern::all(&self.config)
            .map(|pattern| {
                let entry = match &pattern.master {
                    Some(master) if lang == self.config.master => master.display().to_string(),
                    _ => pattern.lang_entry(&name).display().to_string(),
                };
                let own = pattern.master.is_some() && lang == self.config.master && !pattern.is_glob();
                if pattern.rest.is_empty() || own { entry } else { format!("{entry}/{}", pattern.rest) }
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
    ///
    /// The language is the tag of the path's directory or file name ([`Config::language_of`]),
    /// or that name as it is when it is no tag.
    pub fn locate(&self, path: &Path) -> Option<(PathBuf, String)> {
        let master = self.name_of(&self.config.master);
        let (_, pattern, rel, lang) = self.place(path)?;
        Some((pattern.master_path(&master, &rel), lang))
    }

    /// The layout (its index and pattern) of a path, its relative document and its language.
    fn place(&self, path: &Path) -> Option<(usize, Pattern, String, String)> {
        let wanted = normalise(path);
        for (i, pattern) in Pattern::all(&self.config).enumerate() {
            if let Some(rel) = pattern.locate_master(&wanted) {
                return Some((i, pattern, rel, self.config.master.clone()));
            }
            if let Some((name, rel)) = pattern.locate(&wanted) {
                let lang = self.config.language_of(&name).unwrap_or(name);
                return Some((i, pattern, rel, lang));
            }
        }
        None
    }

    /// Where the translation of `master` into `lang` goes: under the name the language has on
    /// disk, else its alias, else its tag.
    pub fn translation_path(&self, master: &Path, lang: &str) -> Option<PathBuf> {
        let wanted = normalise(master);
        let name = self.name_of(lang);
        Pattern::all(&self.config).find_map(|pattern| {
            if let Some(rel) = pattern.locate_master(&wanted) {
                return Some(pattern.path(&name, &rel));
            }
            let (l, rel) = pattern.locate(&wanted)?;
            (self.config.language_of(&l).as_deref() == Some(self.config.master.as_str()))
                .then(|| pattern.path(&name, &rel))
        })
    }

    /// The finding for a translation whose master does not exist.
    pub fn orphan(&self, t: &Translation) -> Diagnostic {
        let master = self.locate(&t.path).map(|(master, _)| master).unwrap_or_default();
        Finding::OrphanTranslation { master: master.display().to_string(), lang: t.lang.clone() }.about(&t.path)
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
        self.findings(|_| true)
    }

    /// [`Project::diagnostics`] at the levels of `overrides`: the findings of a rule turned off
    /// are not even made (a large site may miss hundreds of thousands of pages).
    pub fn diagnostics_with(&self, overrides: &crate::diagnostic::Overrides) -> Vec<Diagnostic> {
        let mut out = self.findings(|rule| overrides.severity(rule).is_some());
        overrides.apply(&mut out);
        out
    }

    fn findings(&self, wanted: impl Fn(Rule) -> bool) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if wanted(Rule::LanguageTag) {
            out.extend(crate::project::bad_name_diagnostics(&self.bad_names));
        }
        if wanted(Rule::OrphanTranslation) {
            out.extend(self.orphans.iter().map(|t| self.orphan(t)));
        }
        if !wanted(Rule::MissingTranslation) {
            return out;
        }
        for d in &self.documents {
            for t in &d.missing {
                let missing =
                    Finding::MissingTranslation { path: d.master.display().to_string(), lang: t.lang.clone() };
                out.push(missing.about(&t.path));
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
        let p = Pattern::new(Path::new(""), "docs/{lang}/**/*.md", None);
        assert_eq!(p.path("de", "a/b.md"), PathBuf::from("docs/de/a/b.md"));
        assert_eq!(p.locate("docs/de/a/b.md"), Some(("de".into(), "a/b.md".into())));
        let p = Pattern::new(Path::new(""), "charter/{lang}.md", None);
        assert_eq!(p.path("de", ""), PathBuf::from("charter/de.md"));
        assert_eq!(p.locate("charter/de.md"), Some(("de".into(), String::new())));
        assert_eq!(p.locate("other/de.md"), None);
        let p = Pattern::new(Path::new("site"), "{lang}/index.md", None);
        assert_eq!(p.path("nl", ""), PathBuf::from("site/nl/index.md"));
        assert_eq!(p.locate("site/nl/index.md"), Some(("nl".into(), String::new())));
    }

    #[test]
    fn masters_of_their_own_map_to_the_same_relative_path() {
        let p = Pattern::new(Path::new(""), "pages.{lang}/**/*.md", Some("pages/**/*.md"));
        assert_eq!(p.master_path("en", "common/tar.md"), PathBuf::from("pages/common/tar.md"));
        assert_eq!(p.path("pt_BR", "common/tar.md"), PathBuf::from("pages.pt_BR/common/tar.md"));
        assert_eq!(p.locate_master("pages/common/tar.md"), Some("common/tar.md".into()));
        assert_eq!(p.locate_master("pages.de/common/tar.md"), None);
        assert_eq!(p.locate("pages.de/common/tar.md"), Some(("de".into(), "common/tar.md".into())));
        assert_eq!(p.locate("pages/common/tar.md"), None);
        let p = Pattern::new(Path::new("x"), "charter/{lang}.md", Some("charter/source.md"));
        assert_eq!(p.master_path("fr", ""), PathBuf::from("x/charter/source.md"));
        assert_eq!(p.locate_master("x/charter/source.md"), Some(String::new()));
    }

    #[test]
    fn hidden_files_but_pages_named_with_dots() {
        for name in ["..md", "...md", "!.md", "$.md", "tar.md"] {
            assert!(!hidden_file(name), "{name}");
        }
        for name in [".md", ".draft.md", "._tar.md", ".hidden"] {
            assert!(hidden_file(name), "{name}");
        }
    }
}
