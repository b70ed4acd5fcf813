//! The messages of `charte`, in the reader's language.
//!
//! Fluent resources for every locale are embedded in the binary. A [`Catalog`] is built for
//! one negotiated language only, with English behind it for any message a locale lacks. It is
//! `Send + Sync`: one catalogue serves every thread that renders findings.

use crate::diagnostic::{Arg, Diagnostic};
use crate::model::Label;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The embedded locales: tag and Fluent source. English is first: it is the source locale.
pub const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/charte.ftl")),
    ("fr", include_str!("../locales/fr/charte.ftl")),
    ("de", include_str!("../locales/de/charte.ftl")),
    ("es", include_str!("../locales/es/charte.ftl")),
    ("it", include_str!("../locales/it/charte.ftl")),
    ("nl", include_str!("../locales/nl/charte.ftl")),
];

/// The command line's texts (help, headings, argument errors) for each locale of [`LOCALES`],
/// in the same order: a [`Catalog`] holds both resources.
pub const CLI_LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/cli.ftl")),
    ("fr", include_str!("../locales/fr/cli.ftl")),
    ("de", include_str!("../locales/de/cli.ftl")),
    ("es", include_str!("../locales/es/cli.ftl")),
    ("it", include_str!("../locales/it/cli.ftl")),
    ("nl", include_str!("../locales/nl/cli.ftl")),
];

/// Picks the locale for a requested language tag (`fr-CA` gets `fr`; unknown tags get `en`).
///
/// ```
/// use charte::i18n::negotiate;
/// assert_eq!(negotiate(Some("fr-CA")), "fr");
/// assert_eq!(negotiate(Some("pt-BR")), "en");
/// assert_eq!(negotiate(Some("not a tag")), "en");
/// ```
pub fn negotiate(requested: Option<&str>) -> &'static str {
    let Some(requested) = requested.and_then(|r| r.parse::<LanguageIdentifier>().ok()) else {
        return LOCALES[0].0;
    };
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|(t, _)| t.parse().ok()).collect();
    let default: LanguageIdentifier = LOCALES[0].0.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let tag = chosen.first().map(|l| l.to_string()).unwrap_or_default();
    LOCALES.iter().map(|(t, _)| *t).find(|t| *t == tag).unwrap_or(LOCALES[0].0)
}

/// Turns a POSIX locale (`fr_FR.UTF-8`, `de_DE@euro`) into a language tag; `None` for `C`,
/// `POSIX`, empty or invalid values.
///
/// ```
/// use charte::i18n::posix_to_tag;
/// assert_eq!(posix_to_tag("fr_FR.UTF-8").as_deref(), Some("fr-FR"));
/// assert_eq!(posix_to_tag("C.UTF-8"), None);
/// ```
pub fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    let tag = base.replace('_', "-");
    tag.parse::<LanguageIdentifier>().ok().map(|l| l.to_string())
}

/// The language asked for: `--lang`, then `CHARTE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`.
/// The first non-empty value decides; `env` reads a variable.
pub fn requested_language(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Option<String> {
    if let Some(flag) = flag.filter(|f| !f.trim().is_empty()) {
        return Some(flag.to_owned());
    }
    if let Some(v) = env("CHARTE_LANG").filter(|v| !v.trim().is_empty()) {
        return posix_to_tag(&v);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.trim().is_empty()))
        .and_then(|v| posix_to_tag(&v))
}

/// Formatted messages in one language, shareable between threads.
pub struct Catalog {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// English, built on first need only: start-up parses one locale.
    fallback: std::sync::OnceLock<Option<FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("tag", &self.tag).finish()
    }
}

/// The bundle of one locale: its messages and its command-line texts.
fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    bundle.set_use_isolating(false);
    for locales in [LOCALES, CLI_LOCALES] {
        let source = locales.iter().find(|(t, _)| *t == tag).map_or("", |(_, s)| *s);
        // The embedded resources are tested to parse; a broken one still yields its good entries.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Catalog {
    /// The catalogue of an available locale (see [`negotiate`]).
    ///
    /// ```
    /// use charte::i18n::Catalog;
    /// let fr = Catalog::new("fr");
    /// assert_eq!(fr.tag(), "fr");
    /// assert_eq!(Catalog::new("xx").tag(), "en");
    /// ```
    pub fn new(tag: &str) -> Self {
        let tag = LOCALES.iter().map(|(t, _)| *t).find(|t| *t == tag).unwrap_or(LOCALES[0].0);
        Self { tag, bundle: bundle(tag), fallback: std::sync::OnceLock::new() }
    }

    /// The locale's tag.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Whether this locale (or English behind it) has a message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback().is_some_and(|b| b.has_message(id))
    }

    /// English, behind another locale (built on first need).
    fn fallback(&self) -> Option<&FluentBundle<FluentResource>> {
        self.fallback.get_or_init(|| (self.tag != LOCALES[0].0).then(|| bundle(LOCALES[0].0))).as_ref()
    }

    /// Formats a message (or `message.attribute`); an unknown id gives the id itself.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        self.format_with(id, &fargs).0
    }

    /// Formats a message and returns the Fluent errors too (for tests).
    pub fn format_checked(&self, id: &str, args: &[(&str, Arg)]) -> (String, usize) {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        self.format_with(id, &fargs)
    }

    fn format_with(&self, id: &str, args: &FluentArgs<'_>) -> (String, usize) {
        let (name, attr) = match id.split_once('.') {
            Some((n, a)) => (n, Some(a)),
            None => (id, None),
        };
        let primary = self.bundle.get_message(name).is_some().then_some(&self.bundle);
        for bundle in primary.into_iter().chain(primary.is_none().then(|| self.fallback()).flatten()) {
            let Some(message) = bundle.get_message(name) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
                return (text, errors.len());
            }
        }
        (id.to_owned(), 1)
    }

    /// A diagnostic's message, with block kinds worded in this language.
    pub fn message(&self, d: &Diagnostic) -> String {
        let mut args: Vec<(&str, Arg)> = Vec::with_capacity(d.args.len());
        for (name, value) in &d.args {
            let value = match (*name, value) {
                ("expected" | "found", Arg::Str(kind)) if d.rule == crate::Rule::BlockStructure => {
                    let count = d.get(&format!("{name}_count")).cloned().unwrap_or(Arg::Num(1));
                    Arg::Str(self.format("kind", &[("kind", Arg::Str(kind.clone())), ("count", count)]))
                }
                _ => value.clone(),
            };
            args.push((name, value));
        }
        self.format(d.message, &args)
    }

    /// A unit's label.
    pub fn label(&self, label: &Label) -> String {
        match label {
            Label::Key { key } => self.format("label-key", &[("key", key.as_str().into())]),
            Label::Heading { section, title } => {
                self.format("label-heading", &[("section", (*section).into()), ("title", title.as_str().into())])
            }
            Label::Paragraph { section, index } => {
                self.format("label-paragraph", &[("section", (*section).into()), ("index", (*index).into())])
            }
            Label::Value { number } => self.format("label-value", &[("number", (*number).into())]),
            Label::Item { path } => self.format("label-item", &[("path", path.as_str().into())]),
            Label::Cell { path } => self.format("label-cell", &[("path", path.as_str().into())]),
            Label::Version => self.format("label-version", &[]),
            Label::Unnamed => self.format("label-unnamed", &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(requested_language(Some("de"), env(&[("LANG", "fr_FR.UTF-8")])).as_deref(), Some("de"));
        assert_eq!(requested_language(None, env(&[("LANG", "fr_FR.UTF-8")])).as_deref(), Some("fr-FR"));
        assert_eq!(requested_language(None, env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])), None);
        assert_eq!(requested_language(None, env(&[("LC_ALL", ""), ("LANG", "de_DE")])).as_deref(), Some("de-DE"));
        assert_eq!(requested_language(None, env(&[("CHARTE_LANG", "it")])).as_deref(), Some("it"));
        assert_eq!(negotiate(Some("fr-FR")), "fr");
        assert_eq!(negotiate(None), "en");
    }

    #[test]
    fn plurals_and_no_isolation_marks() {
        let en = Catalog::new("en");
        let one = en
            .format("summary-problems", &[("errors", Arg::Num(1)), ("warnings", Arg::Num(2)), ("files", Arg::Num(1))]);
        assert_eq!(one, "1 error, 2 warnings in 1 file.");
        let fr = Catalog::new("fr");
        let s = fr
            .format("summary-problems", &[("errors", Arg::Num(2)), ("warnings", Arg::Num(0)), ("files", Arg::Num(3))]);
        assert!(s.contains("2 erreurs"), "{s}");
        assert!(!s.contains('\u{2068}'));
    }

    #[test]
    fn every_label_is_worded_in_every_locale() {
        let labels = [
            Label::Key { key: "title".into() },
            Label::Heading { section: 2, title: "Valeurs".into() },
            Label::Paragraph { section: 1, index: 3 },
            Label::Value { number: 4 },
            Label::Item { path: "section.1.list.1.item.2".into() },
            Label::Cell { path: "section.1.table.1.row.1.cell.1".into() },
            Label::Version,
            Label::Unnamed,
        ];
        for (tag, _) in LOCALES {
            let catalog = Catalog::new(tag);
            let worded: Vec<String> = labels.iter().map(|l| catalog.label(l)).collect();
            assert!(worded.iter().all(|w| !w.is_empty() && !w.starts_with("label-")), "{tag}: {worded:?}");
            assert_ne!(worded[6], worded[7], "{tag}");
        }
    }
}
