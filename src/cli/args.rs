//! The clap definition: names here are a contract (see the README).

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Keeps the translations of a Markdown master document faithful to it.
#[derive(Debug, Parser)]
#[command(name = "charte", version, about, propagate_version = true)]
pub(crate) struct Args {
    /// Language of the messages (otherwise CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "TAG")]
    pub(crate) lang: Option<String>,
    /// When to colour the output; NO_COLOR always turns colour off.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Checks translations against the master: structure, numbering, emphasis, drift.
    Check(CheckArgs),
    /// Prints the structure of a document.
    Parse {
        /// The document (default: the master).
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Outline)]
        format: ParseFormat,
    },
    /// Lists the rules, or documents one.
    Rules {
        /// A rule name.
        name: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Translation files to check (default: every translation of the project).
    pub(crate) files: Vec<PathBuf>,
    /// The master document.
    #[arg(long, value_name = "FILE")]
    pub(crate) source: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Makes a rule an error (`warnings`: every warning).
    #[arg(long, value_name = "RULE")]
    pub(crate) deny: Vec<String>,
    /// Makes a rule a warning.
    #[arg(long, value_name = "RULE")]
    pub(crate) warn: Vec<String>,
    /// Turns a rule off.
    #[arg(long, value_name = "RULE")]
    pub(crate) allow: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
    Github,
    Sarif,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ParseFormat {
    Outline,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output.
    pub(crate) fn enabled(self) -> bool {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return false;
        }
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                matches!(anstream::AutoStream::choice(&std::io::stdout()), anstream::ColorChoice::AlwaysAnsi | anstream::ColorChoice::Always)
            }
        }
    }
}
