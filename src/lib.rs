//! `charte` keeps the translations of a Markdown master document faithful to it.
//!
//! The library does what the `charte` command does, without printing: it reads a master and
//! its translations, checks that each keeps the master's structure, reports which units
//! changed in the master since a translation was synced, and renders the findings for people
//! or machines. Data flows one way:
//!
//! ```text
//! text -> SourceFile -> parse -> Document -> check / drift -> Vec<Diagnostic> -> report
//! ```
//!
//! - [`SourceFile`]: a file's path and text, with its line index;
//! - [`parse()`]: the model of a Markdown document ([`Document`]), with the problems found;
//! - [`project`]: a project's documents ([`project::Project`], found by the layouts of
//!   [`layout`]), the plan of a check run ([`project::Project::plan`]), and checking one
//!   translation, from its file ([`project::check_translation`]) or from its text
//!   ([`project::check_source`]);
//! - [`drift`]: sync records, snapshots of the master, stale units and word diffs;
//! - [`Diagnostic`]: one finding, as data (a rule, a Fluent message id and its arguments, a
//!   place); its words come from a [`i18n::Catalog`] at render time;
//! - [`report`]: human, JSON, GitHub, SARIF and Markdown renderers, and the status report;
//! - [`Error`]: an operational failure (a file that cannot be read, a bad configuration),
//!   as opposed to a finding.
//!
//! # Embedding: checking an editor's buffer
//!
//! An editor checks the translation being edited, unsaved, against the master; nothing but
//! the master needs to be on disk, and not even that when its text is at hand. Each finding
//! has a rule, a position and a message in the user's language:
//!
//! ```
//! use charte::i18n::Catalog;
//! use charte::project::{DriftSource, Master, check_source};
//! use charte::{SourceFile, report};
//!
//! let master = Master::from_source(SourceFile::new(
//!     "charter/fr.md",
//!     "# Charte\n\n## Valeurs\n\n1. La **rigueur** avant tout.\n",
//! ));
//! // The buffer: its path names it in the findings; it need not exist.
//! let buffer = SourceFile::new(
//!     "charter/de.md",
//!     "# Charta\n\n### Werte\n\n1. Die Strenge vor allem.\n",
//! );
//! // No drift check here; `DriftSource::recorded(&master)` reads the translation's sync
//! // record and the master's snapshot, `DriftSource::since(text, &master)` takes an earlier
//! // master's text.
//! let checked = check_source(&master, buffer, Some("de"), &mut DriftSource::none(), &Default::default());
//!
//! let catalog = Catalog::new("en");
//! for finding in &checked.comparison.diagnostics {
//!     // charter/de.md:3:1: this heading is level 3; the master's is level 2 [heading-structure]
//!     println!(
//!         "{}:{}:{}: {} [{}]",
//!         finding.file.display(),
//!         finding.start.line,
//!         finding.start.column,
//!         report::message(&catalog, finding),
//!         finding.rule.name(),
//!     );
//! }
//! let rules: Vec<&str> = checked.comparison.diagnostics.iter().map(|d| d.rule.name()).collect();
//! assert_eq!(rules, ["heading-structure", "strong-count"]);
//! ```
//!
//! A whole project is planned and checked as `charte check` does it: [`config::Config`],
//! then [`project::Project::plan`], then [`project::Plan::check`], and a renderer of
//! [`report`].
//!
//! # Stability
//!
//! The public API, semver-stable from 1.0 on, is what the crate root re-exports
//! ([`Diagnostic`], [`Rule`], [`Severity`], [`Level`], [`Overrides`], [`Error`],
//! [`SourceFile`], [`Span`], [`Document`], [`parse()`]) and the modules [`project`],
//! [`config`], [`lang`], [`drift`], [`i18n`] and [`report`] as documented. Before 1.0, minor
//! versions may change them, and say so in the changelog. Enums marked `#[non_exhaustive]`
//! ([`Error`] among them) may gain variants in any version. Not covered: the wording of
//! messages (the Fluent files), the fields of the model ([`model`]), which grow with the
//! parser, items hidden from this documentation, and the modules the rules are made of
//! ([`check`], [`qa`], [`glossary`], [`numbers`]), which the command uses and tests rely on.
//! The JSON and SARIF outputs follow their own documented schemas (README.md).
#![warn(clippy::print_stdout, clippy::print_stderr)]

mod align;
pub mod changes;
pub mod check;
pub mod config;
pub mod containment;
pub mod diagnostic;
pub mod drift;
mod error;
pub mod finding;
pub mod fix;
mod front_matter;
pub mod ftl;
pub mod git;
pub mod glossary;
pub mod i18n;
pub mod lang;
pub mod layout;
pub mod lockfile;
pub mod model;
pub mod numbers;
pub mod parse;
pub mod project;
pub mod qa;
pub mod report;
pub(crate) mod rules;
pub mod source;
pub mod sync;

pub use diagnostic::{Diagnostic, Level, Overrides, Rule, Severity};
pub use error::Error;
pub use model::Document;
pub use parse::{ParseOptions, Parsed, parse, parse_with};
pub use source::{SourceFile, Span};
