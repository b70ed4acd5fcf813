//! `charte` keeps the translations of a Markdown master document faithful to it.
#![warn(clippy::print_stdout, clippy::print_stderr)]

mod align;
pub mod changes;
pub mod check;
pub mod config;
pub mod containment;
pub mod diagnostic;
pub mod drift;
pub mod finding;
mod front_matter;
pub mod ftl;
pub mod glossary;
pub mod i18n;
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
pub use model::Document;
pub use parse::{ParseOptions, Parsed, parse, parse_with};
pub use source::{SourceFile, Span};
