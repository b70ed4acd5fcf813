//! `charte.toml`: the master language, the document layouts, rule severities, ignored paths
//! and the Fluent locales to check. Found in the working directory or its parents.

use crate::diagnostic::{Level, Overrides, Rule};
use crate::project::Error;
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
    documents: Option<Vec<String>>,
    #[serde(default)]
    rules: std::collections::BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    ignore: Vec<String>,
    fluent: Option<Fluent>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            root: PathBuf::new(),
            master: "fr".into(),
            languages: None,
            documents: vec!["charter/{lang}.md".into()],
            overrides: Overrides::default(),
            ignore: Vec::new(),
            fluent: None,
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
        let mut config = Config { root: path.parent().map(Path::to_path_buf).unwrap_or_default(), ..Config::default() };
        if let Some(master) = raw.master {
            crate::project::canonical_tag(&master)
                .map_err(|_| fail(find(&master), format!("\"{master}\" is not a canonical language tag")))?;
            config.master = master;
        }
        if let Some(langs) = raw.languages {
            for l in &langs {
                crate::project::canonical_tag(l)
                    .map_err(|_| fail(find(&format!("\"{l}\"")), format!("\"{l}\" is not a canonical language tag")))?;
            }
            config.languages = Some(langs);
        }
        if let Some(docs) = raw.documents {
            if docs.is_empty() {
                return Err(fail(find("documents"), "`documents` is empty".into()));
            }
            for d in &docs {
                if d.matches("{lang}").count() != 1 {
                    return Err(fail(
                        find(&format!("\"{d}\"")),
                        format!("the layout \"{d}\" needs exactly one {{lang}}"),
                    ));
                }
            }
            config.documents = docs;
        }
        for (name, level) in &raw.rules {
            let offset = level.span().start;
            let rule = Rule::from_name(name).ok_or_else(|| fail(find(name), format!("unknown rule \"{name}\"")))?;
            let level = match level.get_ref().as_str() {
                "error" => Level::Deny,
                "warning" => Level::Warn,
                "off" => Level::Allow,
                other => return Err(fail(offset, format!("\"{other}\" is not a severity: use error, warning or off"))),
            };
            config.overrides.set(rule, level);
        }
        config.ignore = raw.ignore;
        if let Some(f) = raw.fluent {
            if f.pattern.matches("{lang}").count() != 1 {
                return Err(fail(find(&f.pattern), format!("the layout \"{}\" needs exactly one {{lang}}", f.pattern)));
            }
            config.fluent = Some(f);
        }
        Ok(config)
    }

    /// Finds `charte.toml` in `dir` or its parents and parses it; the defaults when none.
    ///
    /// # Errors
    ///
    /// When a found file cannot be read or parsed.
    pub fn discover(dir: &Path) -> Result<Config, Error> {
        let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        for (up, ancestor) in absolute.ancestors().enumerate() {
            if ancestor.join(FILE_NAME).is_file() {
                // Paths stay relative to the working directory, as the user typed them.
                let root: PathBuf = std::iter::repeat_n("..", up).collect();
                let mut config = Config::load(&root.join(FILE_NAME))?;
                config.root = root;
                return Ok(config);
            }
        }
        Ok(Config::default())
    }

    /// Reads and parses a configuration file.
    ///
    /// # Errors
    ///
    /// When it cannot be read or parsed.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
        let mut config = Config::parse(path, &text)?;
        if config.root.as_os_str().is_empty() {
            config.root = PathBuf::new();
        }
        Ok(config)
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
