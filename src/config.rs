//! `charte.toml`: the master language, the document layouts, rule severities, ignored paths
//! and the Fluent locales to check. Found in the working directory or its parents.

use crate::Error;
use crate::diagnostic::{Level, Overrides, Rule};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The configuration file name.
pub const FILE_NAME: &str = "charte.toml";

/// A parsed configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The directory paths are relative to (the configuration's directory).
    pub root: PathBuf,
    /// The master's language.
    pub master: String,
    /// The languages to check; `None` to discover them from the layouts.
    pub languages: Option<Vec<String>>,
    /// Document layouts, each with a `{lang}` placeholder.
    pub documents: Vec<String>,
    /// Rule levels.
    pub overrides: Overrides,
    /// Glob patterns of paths to ignore, relative to the root.
    pub ignore: Vec<String>,
    /// The Fluent locales to check.
    pub fluent: Option<Fluent>,
    /// The largest file read, in bytes (`max-file-size`; default
    /// [`crate::containment::DEFAULT_MAX_FILE_SIZE`]).
    pub max_file_size: u64,
    /// Whether the configuration comes from a file, whose directory is then the project root
    /// (otherwise the repository root or the working directory is).
    pub from_file: bool,
    /// The masters' own layouts (`masters`), one per entry of `documents`, when the master is
    /// not the master language's instance of its layout (`pages/**/*.md` beside
    /// `pages.{lang}/**/*.md`); empty otherwise.
    pub masters: Vec<String>,
    /// Names of language directories or files that are not canonical tags (`[aliases]`,
    /// `pt_BR = "pt-BR"`), each with its tag.
    pub aliases: std::collections::BTreeMap<String, String>,
    /// Where sync records are kept and whether snapshots are written (`[sync]`).
    pub sync: Sync,
    /// How `status` links findings to their lines (`[status]`).
    pub status: Status,
    /// The glossary file named by `[glossary] file`, relative to the root: [`Config::load`]
    /// reads it into the conventions' glossary ([`Config::parse`] reads no file).
    pub glossary_file: Option<PathBuf>,
}

/// The `[status]` section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// The address of a line of a file, with `{path}` (the file's path from the project root,
    /// `/`-separated) and `{line}`: `https://github.com/o/r/blob/main/{path}#L{line}`
    /// (`line-url`). Findings of the status page link there; none when `None`.
    pub line_url: Option<String>,
}

/// Where a translation's sync record is kept (`[sync] records`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Records {
    /// A `source_version:` line in the translation's front matter (`"front-matter"`).
    #[default]
    FrontMatter,
    /// One line per translation in [`crate::lockfile::FILE_NAME`] at the project root
    /// (`"lockfile"`): the translations' bytes are never touched.
    Lockfile,
}

/// The `[sync]` section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sync {
    /// Where the records are kept (`records`, default `"front-matter"`).
    pub records: Records,
    /// Whether `sync` and `init` write master snapshots to `.charte/sources/` (`snapshots`,
    /// default `true`); without them drift is explained from the master's git history.
    pub snapshots: bool,
}

impl Default for Sync {
    fn default() -> Self {
        Self { records: Records::FrontMatter, snapshots: true }
    }
}

/// A Fluent locales layout.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fluent {
    /// The source locale.
    pub source: String,
    /// A path with `{lang}`: `locales/{lang}/app.ftl`.
    pub pattern: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    master: Option<String>,
    languages: Option<Vec<String>>,
    documents: Option<Vec<toml::Spanned<String>>>,
    #[serde(default)]
    rules: std::collections::BTreeMap<String, toml::Spanned<toml::Value>>,
    #[serde(default)]
    ignore: Vec<toml::Spanned<String>>,
    fluent: Option<RawFluent>,
    #[serde(rename = "max-file-size")]
    max_file_size: Option<toml::Spanned<toml::Value>>,
    masters: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
    #[serde(default)]
    aliases: std::collections::BTreeMap<String, toml::Spanned<String>>,
    sync: Option<RawSync>,
    code: Option<RawCode>,
    status: Option<RawStatus>,
    glossary: Option<crate::glossary::RawSection>,
    numbers: Option<RawNumbers>,
}

/// `[numbers]`: how `number-mismatch` reads values.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    dates: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    #[serde(rename = "line-url")]
    line_url: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSync {
    records: Option<toml::Spanned<String>>,
    snapshots: Option<bool>,
}

/// `[code]`: how inline code is compared.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    #[serde(default)]
    placeholders: Vec<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFluent {
    source: toml::Spanned<String>,
    pattern: toml::Spanned<String>,
}

/// Whether a pattern can be `[status] line-url`: an address a browser follows as a page
/// (`http://` or `https://`, never `javascript:` or `data:`) with `{path}`.
///
/// ```
/// use charte::config::is_line_url;
/// assert!(is_line_url("https://github.com/o/r/blob/main/{path}#L{line}"));
/// assert!(!is_line_url("javascript:alert(1)//{path}"));
/// assert!(!is_line_url("https://example.org/"));
/// ```
pub fn is_line_url(value: &str) -> bool {
    (value.starts_with("https://") || value.starts_with("http://")) && value.contains("{path}")
}

/// Reads a size: a number of bytes, or a number and a unit (`B`, `KiB`, `MiB`, `GiB`, or the
/// decimal `kB`, `MB`, `GB`). Zero is no size.
///
/// ```
/// use charte::config::parse_size;
/// assert_eq!(parse_size("64 MiB"), Some(64 * 1024 * 1024));
/// assert_eq!(parse_size("1000"), Some(1000));
/// assert_eq!(parse_size("2kB"), Some(2000));
/// assert_eq!(parse_size("0"), None);
/// assert_eq!(parse_size("lots"), None);
/// ```
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let number: u64 = text[..digits].parse().ok()?;
    let unit: u64 = match text[digits..].trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        "kB" | "KB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        _ => return None,
    };
    number.checked_mul(unit).filter(|&n| n > 0)
}

impl Default for Config {
    fn default() -> Self {
        let master = "fr";
        let mut overrides = Overrides::default();
        overrides.set_conventions(crate::check::Conventions {
            master_language: Some(master.into()),
            ..crate::check::Conventions::default()
        });
        Self {
            root: PathBuf::new(),
            master: master.into(),
            languages: None,
            documents: vec!["charter/{lang}.md".into()],
            overrides,
            ignore: Vec::new(),
            fluent: None,
            max_file_size: crate::containment::DEFAULT_MAX_FILE_SIZE,
            from_file: false,
            masters: Vec::new(),
            aliases: std::collections::BTreeMap::new(),
            sync: Sync::default(),
            status: Status::default(),
            glossary_file: None,
        }
    }
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let file = crate::SourceFile::new("", text);
    let p = file.position(offset);
    (p.line, p.column)
}

impl Config {
    /// Parses a configuration; `path` names it in errors and its directory is the root.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] with the line and column of an unknown key, a bad value, or a layout
    /// without `{lang}`.
    ///
    /// ```
    /// use charte::config::Config;
    /// let c = Config::parse("x/charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n").unwrap();
    /// assert_eq!(c.documents, ["docs/{lang}/**/*.md"]);
    /// let err = Config::parse("charte.toml", "masterr = \"fr\"\n").unwrap_err();
    /// assert!(err.to_string().starts_with("charte.toml:1:1:"), "{err}");
    /// ```
    pub fn parse(path: impl AsRef<Path>, text: &str) -> Result<Config, Error> {
        let path = path.as_ref();
        let fail = |offset: usize, message: String| {
            let (line, column) = position(text, offset);
            Error::Config { path: path.to_owned(), line, column, message }
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            fail(offset, e.message().to_owned())
        })?;
        let find = |needle: &str| text.find(needle).unwrap_or(0);
        // Every path of the configuration stays inside the project.
        let contained = |value: &toml::Spanned<String>| {
            if crate::containment::is_contained(value.get_ref()) {
                return Ok(());
            }
            let (line, column) = position(text, value.span().start);
            Err(Error::ConfigPath { path: path.to_owned(), line, column, value: value.get_ref().clone() })
        };
        let mut config = Config { root: path.parent().map(Path::to_path_buf).unwrap_or_default(), ..Config::default() };
        if let Some(master) = raw.master {
            crate::lang::canonical_tag(&master)
                .map_err(|_| fail(find(&master), format!("\"{master}\" is not a canonical language tag")))?;
            config.master = master;
        }
        if let Some(langs) = raw.languages {
            for l in &langs {
                crate::lang::canonical_tag(l)
                    .map_err(|_| fail(find(&format!("\"{l}\"")), format!("\"{l}\" is not a canonical language tag")))?;
            }
            config.languages = Some(langs);
        }
        if let Some(docs) = raw.documents {
            if docs.is_empty() {
                return Err(fail(find("documents"), "`documents` is empty".into()));
            }
            for d in &docs {
                if d.get_ref().matches("{lang}").count() != 1 {
                    return Err(fail(
                        d.span().start,
                        format!("the layout \"{}\" needs exactly one {{lang}}", d.get_ref()),
                    ));
                }
                contained(d)?;
            }
            config.documents = docs.into_iter().map(toml::Spanned::into_inner).collect();
        }
        let mut conventions =
            crate::check::Conventions { master_language: Some(config.master.clone()), ..Default::default() };
        if let Some(dates) = raw.numbers.and_then(|n| n.dates) {
            conventions.dates = match dates.get_ref().as_str() {
                "locale" => crate::numbers::Dates::Locale,
                "exact" => crate::numbers::Dates::Exact,
                other => {
                    return Err(fail(
                        dates.span().start,
                        format!("\"{other}\" is not a way to compare dates: use \"locale\" or \"exact\""),
                    ));
                }
            };
        }
        for (name, value) in &raw.rules {
            let rule = Rule::from_name(name).ok_or_else(|| fail(find(name), format!("unknown rule \"{name}\"")))?;
            // `rule = "warning"`, or a table: `[rules.rule]` with `level` and the rule's options.
            let (level, offset) = match value.get_ref() {
                toml::Value::Table(table) => {
                    // Tables carry no spans: options are found after the table's header.
                    let header = text.find(&format!("rules.{name}")).unwrap_or(0);
                    let locate = |key: &str, value: bool| {
                        let after = text[header..].find(&format!("\n{key}")).map_or(header, |i| header + i + 1);
                        if !value {
                            return after;
                        }
                        let line_end = text[after..].find('\n').map_or(text.len(), |i| after + i);
                        let eq = text[after..line_end].find('=').map_or(after, |i| after + i + 1);
                        eq + text[eq..line_end].len() - text[eq..line_end].trim_start().len()
                    };
                    for (key, v) in table {
                        let bad =
                            |what: &str| fail(locate(key, true), format!("{what} for `{key}` of rule \"{name}\""));
                        match (rule, key.as_str()) {
                            (_, "level") => {}
                            (Rule::EmphasisCount, "extra") => {
                                conventions.allow_extra_emphasis = match v.as_str() {
                                    Some("allow") => true,
                                    Some("report") => false,
                                    _ => return Err(bad("write \"allow\" or \"report\"")),
                                };
                            }
                            (Rule::NumberMismatch, "in") => {
                                conventions.numbers_in_code_only = match v.as_str() {
                                    Some("code") => true,
                                    Some("text") => false,
                                    _ => return Err(bad("write \"code\" or \"text\"")),
                                };
                            }
                            (Rule::CodeMismatch, "words") => {
                                conventions.translatable_words = match v.as_str() {
                                    Some("translatable") => true,
                                    Some("code") => false,
                                    _ => return Err(bad("write \"translatable\" or \"code\"")),
                                };
                            }
                            (Rule::Untranslated, "keys") => {
                                let keys =
                                    v.as_array().map(|a| a.iter().map(|k| k.as_str().map(str::to_owned)).collect());
                                conventions.identifier_keys =
                                    keys.flatten().ok_or_else(|| bad("write a list of front-matter keys"))?;
                            }
                            _ => {
                                return Err(fail(
                                    locate(key, false),
                                    format!("unknown option `{key}` of rule \"{name}\""),
                                ));
                            }
                        }
                    }
                    match table.get("level") {
                        Some(v) => (v.as_str().unwrap_or_default().to_owned(), locate("level", true)),
                        None => continue,
                    }
                }
                toml::Value::String(level) => (level.clone(), value.span().start),
                _ => (String::new(), value.span().start),
            };
            let level = match level.as_str() {
                "error" | "deny" => Level::Deny,
                "warning" | "warn" => Level::Warn,
                "off" | "allow" => Level::Allow,
                other => return Err(fail(offset, format!("\"{other}\" is not a severity: use error, warning or off"))),
            };
            config.overrides.set(rule, level);
        }
        if let Some(code) = raw.code {
            for p in &code.placeholders {
                let regex = regex_lite::Regex::new(p.get_ref())
                    .map_err(|e| fail(p.span().start, format!("\"{}\" is not a pattern: {e}", p.get_ref())))?;
                conventions.placeholders.push(regex);
            }
        }
        if let Some(glossary) = raw.glossary {
            match glossary.file.clone() {
                Some(file) => {
                    if let Some(at) = glossary.has_terms() {
                        return Err(fail(at, "with `file`, the glossary's terms belong in that file".into()));
                    }
                    contained(&file)?;
                    config.glossary_file = Some(PathBuf::from(file.into_inner()));
                }
                None => {
                    conventions.glossary =
                        glossary.into_glossary().map_err(|(offset, message)| fail(offset, message))?;
                }
            }
        }
        config.overrides.set_conventions(conventions);
        for g in &raw.ignore {
            contained(g)?;
        }
        config.ignore = raw.ignore.into_iter().map(toml::Spanned::into_inner).collect();
        if let Some(f) = raw.fluent {
            let pattern = f.pattern.get_ref();
            if pattern.matches("{lang}").count() != 1 {
                return Err(fail(
                    f.pattern.span().start,
                    format!("the layout \"{pattern}\" needs exactly one {{lang}}"),
                ));
            }
            contained(&f.pattern)?;
            // The source locale names a directory or a file: a language tag, never a path.
            if crate::lang::canonical_tag(f.source.get_ref()).is_err() {
                contained(&f.source)?;
                if f.source.get_ref().contains('/') {
                    let (line, column) = position(text, f.source.span().start);
                    let value = f.source.get_ref().clone();
                    return Err(Error::ConfigPath { path: path.to_owned(), line, column, value });
                }
            }
            config.fluent = Some(Fluent { source: f.source.into_inner(), pattern: f.pattern.into_inner() });
        }
        if let Some(size) = raw.max_file_size {
            let bytes = match size.get_ref() {
                toml::Value::Integer(n) => u64::try_from(*n).ok().filter(|&n| n > 0),
                toml::Value::String(s) => parse_size(s),
                _ => None,
            };
            let value = match size.get_ref() {
                toml::Value::String(s) => s.clone(),
                _ => text.get(size.span()).unwrap_or_default().to_owned(),
            };
            let (line, column) = position(text, size.span().start);
            config.max_file_size =
                bytes.ok_or_else(|| Error::ConfigSize { path: path.to_owned(), line, column, value })?;
        }
        site_layouts(&mut config, raw.masters, raw.aliases, text, path)?;
        if let Some(sync) = raw.sync {
            if let Some(records) = sync.records {
                config.sync.records = match records.get_ref().as_str() {
                    "front-matter" => Records::FrontMatter,
                    "lockfile" => Records::Lockfile,
                    other => {
                        return Err(fail(
                            records.span().start,
                            format!(
                                "\"{other}\" is not a place for sync records: use \"front-matter\" or \"lockfile\""
                            ),
                        ));
                    }
                };
            }
            if let Some(snapshots) = sync.snapshots {
                config.sync.snapshots = snapshots;
            }
        }
        if let Some(url) = raw.status.and_then(|s| s.line_url) {
            let value = url.get_ref();
            if !is_line_url(value) {
                return Err(fail(
                    url.span().start,
                    format!("\"{value}\" is not a line address: use https://… with {{path}} and {{line}}"),
                ));
            }
            config.status.line_url = Some(url.into_inner());
        }
        Ok(config)
    }

    /// Finds `charte.toml` in `dir` or its parents and parses it; the defaults when none, rooted
    /// at the repository's root when `dir` is inside one.
    ///
    /// # Errors
    ///
    /// When a found file cannot be read or parsed.
    pub fn discover(dir: &Path) -> Result<Config, Error> {
        let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        for (up, ancestor) in absolute.ancestors().enumerate() {
            // Whatever its type: a directory or a FIFO named so is an error, never ignored.
            if std::fs::symlink_metadata(ancestor.join(FILE_NAME)).is_ok() {
                // Paths stay relative to the working directory, as the user typed them.
                let root: PathBuf = std::iter::repeat_n("..", up).collect();
                let mut config = Config::load(&root.join(FILE_NAME))?;
                config.root = root;
                return Ok(config);
            }
        }
        // No configuration: the default layout is relative to the repository's root (the
        // nearest `.git` upwards), whatever subdirectory charte runs in.
        match absolute.ancestors().position(|a| std::fs::symlink_metadata(a.join(".git")).is_ok()) {
            Some(up) => Ok(Config { root: std::iter::repeat_n("..", up).collect(), ..Config::default() }),
            None => Ok(Config::default()),
        }
    }

    /// Reads and parses a configuration file. Its directory is the project root: the file must
    /// be a regular file whose real path is in that directory, within the default size cap.
    ///
    /// # Errors
    ///
    /// When it cannot be read ([`Error::NotAFile`] for a FIFO, a device or a directory,
    /// [`Error::OutsideRoot`] for a link out of its directory) or parsed.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let dir = path.parent().unwrap_or(Path::new(""));
        let bytes = crate::containment::Root::new(dir)?.read_required(path)?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Read {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
        })?;
        let mut config = Config::parse(path, &text)?;
        if config.root.as_os_str().is_empty() {
            config.root = PathBuf::new();
        }
        if let Some(file) = &config.glossary_file {
            let file = dir.join(file);
            let bytes = crate::containment::Root::new(dir)?.read_required(&file)?;
            let text = String::from_utf8(bytes).map_err(|e| Error::Read {
                path: file.clone(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
            })?;
            let mut conventions = config.overrides.conventions().clone();
            conventions.glossary = crate::glossary::parse_file(&file, &text)?;
            config.overrides.set_conventions(conventions);
        }
        config.from_file = true;
        Ok(config)
    }

    /// The project root and size cap every read and write is held to: the configuration's
    /// directory, or without a configuration file the repository root (a `.git` entry
    /// upwards) or else the working directory.
    ///
    /// # Errors
    ///
    /// When that directory cannot be resolved.
    pub fn containment(&self) -> Result<crate::containment::Root, Error> {
        let root = if self.from_file {
            crate::containment::Root::new(&self.root)?
        } else {
            crate::containment::Root::discover(&self.root)?
        };
        Ok(root.with_max_file_size(self.max_file_size))
    }

    /// Whether a path (relative to the root) is ignored.
    pub fn ignored(&self, path: &Path) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        self.ignore.iter().any(|g| glob_match(g, &rel))
    }
}

/// Reads `masters` and `[aliases]`: each master layout fits its `documents` layout, each alias
/// names a canonical tag.
fn site_layouts(
    config: &mut Config,
    masters: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
    aliases: std::collections::BTreeMap<String, toml::Spanned<String>>,
    text: &str,
    path: &Path,
) -> Result<(), Error> {
    let fail = |offset: usize, message: String| {
        let (line, column) = position(text, offset);
        Error::Config { path: path.to_owned(), line, column, message }
    };
    if let Some(masters) = masters {
        let start = masters.span().start;
        let masters = masters.into_inner();
        if masters.len() != config.documents.len() {
            let n = config.documents.len();
            return Err(fail(start, format!("`masters` needs one layout per layout of `documents` ({n})")));
        }
        for (m, d) in masters.iter().zip(&config.documents) {
            let value = m.get_ref();
            let at = m.span().start;
            if value.contains("{lang}") {
                return Err(fail(
                    at,
                    format!("the master layout \"{value}\" names no language: write it without {{lang}}"),
                ));
            }
            if !crate::containment::is_contained(value) {
                let (line, column) = position(text, at);
                return Err(Error::ConfigPath { path: path.to_owned(), line, column, value: value.clone() });
            }
            // The part of the layout after the language's directory: the same glob for the
            // master, or none (a file per language) and then the master is one file.
            let rest = d.split_once("{lang}").map(|(_, after)| after.split_once('/').map_or("", |(_, r)| r));
            let rest = rest.unwrap_or_default();
            let fits = if rest.contains(['*', '?']) {
                let base =
                    if value == rest { Some("") } else { value.strip_suffix(rest).and_then(|b| b.strip_suffix('/')) };
                base.is_some_and(|b| !b.contains(['*', '?']))
            } else {
                !value.contains(['*', '?']) && !value.is_empty()
            };
            if !fits {
                let want =
                    if rest.contains(['*', '?']) { format!("end with \"/{rest}\"") } else { "name one file".into() };
                return Err(fail(at, format!("the master layout \"{value}\" must {want}, as the layout \"{d}\" does")));
            }
            // The masters' tree must not hold the languages' directories: their documents
            // would be taken for masters, and their directories for languages.
            if rest.contains(['*', '?']) {
                let base = value.strip_suffix(rest).unwrap_or_default().trim_end_matches('/');
                let parent =
                    d.split_once("{lang}").map_or("", |(before, _)| before.rsplit_once('/').map_or("", |(p, _)| p));
                if base.is_empty() || parent == base || parent.starts_with(&format!("{base}/")) {
                    let message = format!(
                        "the master layout \"{value}\" holds the translations of \"{d}\": give the masters a directory of their own"
                    );
                    return Err(fail(at, message));
                }
            }
        }
        config.masters = masters.into_iter().map(toml::Spanned::into_inner).collect();
    }
    for (name, tag) in aliases {
        let find = |needle: &str| text.find(needle).unwrap_or(0);
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(fail(find(&name), format!("the alias \"{name}\" is not a file or directory name")));
        }
        if let Err(canonical) = crate::lang::canonical_tag(tag.get_ref()) {
            let hint = canonical.map(|c| format!(": write \"{c}\"")).unwrap_or_default();
            return Err(fail(tag.span().start, format!("\"{}\" is not a canonical language tag{hint}", tag.get_ref())));
        }
        config.aliases.insert(name, tag.into_inner());
    }
    Ok(())
}

impl Config {
    /// The language tag of a directory or file name of a layout: its alias (`[aliases]`, letter
    /// case ignored), the name itself when it is a canonical tag, or the canonical tag that it
    /// spells in other letter case (`pt-br` is `pt-BR`). `None` for anything else (`pt_BR`
    /// without an alias).
    ///
    /// ```
    /// use charte::config::Config;
    /// let c = Config::parse("charte.toml", "[aliases]\npt_BR = \"pt-BR\"\n").unwrap();
    /// assert_eq!(c.language_of("pt_BR").as_deref(), Some("pt-BR"));
    /// assert_eq!(c.language_of("PT_br").as_deref(), Some("pt-BR"));
    /// assert_eq!(c.language_of("pt-br").as_deref(), Some("pt-BR"));
    /// assert_eq!(c.language_of("de").as_deref(), Some("de"));
    /// assert_eq!(c.language_of("zh_TW"), None);
    /// ```
    pub fn language_of(&self, name: &str) -> Option<String> {
        if let Some(tag) = self.aliases.get(name) {
            return Some(tag.clone());
        }
        if let Some((_, tag)) = self.aliases.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)) {
            return Some(tag.clone());
        }
        match crate::lang::canonical_tag(name) {
            Ok(()) => Some(name.to_owned()),
            Err(Some(canonical)) if canonical.eq_ignore_ascii_case(name) => Some(canonical),
            Err(_) => None,
        }
    }

    /// The name a language's directory or file gets when it has none yet: its alias, else the
    /// tag itself.
    ///
    /// ```
    /// use charte::config::Config;
    /// let c = Config::parse("charte.toml", "[aliases]\npt_BR = \"pt-BR\"\n").unwrap();
    /// assert_eq!(c.name_of("pt-BR"), "pt_BR");
    /// assert_eq!(c.name_of("de"), "de");
    /// ```
    pub fn name_of(&self, tag: &str) -> String {
        self.aliases.iter().find(|(_, t)| *t == tag).map_or_else(|| tag.to_owned(), |(name, _)| name.clone())
    }
}

/// Matches a path against a glob: `*` within a segment, `**` across segments, `?` one
/// character.
///
/// ```
/// use charte::config::glob_match;
/// assert!(glob_match("docs/**/*.md", "docs/a/b/c.md"));
/// assert!(glob_match("docs/**/*.md", "docs/c.md"));
/// assert!(!glob_match("docs/*.md", "docs/a/c.md"));
/// ```
pub fn glob_match(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let s: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != ".").collect();
    // Dynamic programming over segments, so `**` cannot blow up.
    let mut reach = vec![false; s.len() + 1];
    reach[0] = true;
    for seg in &p {
        let mut next = vec![false; s.len() + 1];
        if *seg == "**" {
            let mut any = false;
            for i in 0..=s.len() {
                any |= reach[i];
                next[i] = any;
            }
        } else {
            for i in 0..s.len() {
                if reach[i] && segment_match(seg.as_bytes(), s[i].as_bytes()) {
                    next[i + 1] = true;
                }
            }
        }
        reach = next;
    }
    reach[s.len()]
}

fn segment_match(p: &[u8], s: &[u8]) -> bool {
    // Iterative wildcard matching with backtracking to the last `*`.
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_located() {
        let cases = [
            ("unknown = 1\n", 1, "unknown"),
            ("documents = [\"docs/x.md\"]\n", 1, "{lang}"),
            ("[rules]\nstale = \"loud\"\n", 2, "severity"),
            ("[rules]\nnope = \"off\"\n", 2, "unknown rule"),
            ("master = \"FR\"\n", 1, "canonical"),
            ("master = [\n", 1, ""),
            ("[status]\nline-urls = \"x\"\n", 2, "line-urls"),
            ("[status]\nline-url = \"javascript:alert(1)//{path}\"\n", 2, "line address"),
            ("[status]\nline-url = \"https://example.org/\"\n", 2, "{path}"),
        ];
        for (text, line, needle) in cases {
            match Config::parse("c.toml", text) {
                Err(Error::Config { line: l, message, .. }) => {
                    assert_eq!(l, line, "{text}: {message}");
                    assert!(message.contains(needle), "{text}: {message}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn rules_set_levels() {
        let c = Config::parse("c.toml", "[rules]\nuntranslated = \"error\"\nstale = \"off\"\n").unwrap();
        assert_eq!(c.overrides.severity(Rule::Untranslated), Some(crate::Severity::Error));
        assert_eq!(c.overrides.severity(Rule::Stale), None);
    }

    #[test]
    fn globs() {
        assert!(glob_match("**", "a/b"));
        assert!(glob_match("a/*/c.md", "a/x/c.md"));
        assert!(glob_match("*.md", "x.md"));
        assert!(!glob_match("*.md", "x.txt"));
        assert!(glob_match("docs/*/drafts/**", "docs/de/drafts/a/b.md"));
    }
}
