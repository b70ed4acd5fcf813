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
    /// The configuration file (default: charte.toml here or in a parent directory).
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
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
    /// Records that translations follow the current master.
    Sync {
        /// Languages to sync.
        #[arg(value_name = "LANG", required_unless_present = "all", conflicts_with = "all")]
        languages: Vec<String>,
        /// Syncs every translation.
        #[arg(long)]
        all: bool,
        /// Syncs even a translation with structural errors.
        #[arg(long)]
        force: bool,
        /// Marks stale units up to date although their translation did not change since the
        /// last sync (a master change that needs no change in this language).
        #[arg(long)]
        accept_unchanged: bool,
    },
    /// Creates a translation from the master and syncs it.
    Init {
        /// The new language.
        #[arg(value_name = "LANG")]
        language: String,
    },
    /// Shows, per language, how much of the translation is up to date.
    Status {
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
        format: StatusFormat,
        /// The address of a line, with {path} and {line} (instead of `[status] line-url`).
        #[arg(long, value_name = "PATTERN")]
        line_url: Option<String>,
    },
    /// Shows what changed in the master since a language was synced.
    Diff {
        /// The language.
        #[arg(value_name = "LANG")]
        language: String,
        /// Only this unit.
        #[arg(long, value_name = "ID")]
        unit: Option<String>,
    },
    /// Prints shell completions.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Prints the man page (roff).
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusFormat {
    Human,
    Json,
    Markdown,
    Html,
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
    /// Reports the units that changes to the master since this git revision make stale.
    #[arg(long, value_name = "GIT_REV")]
    pub(crate) base: Option<String>,
    /// Shows every finding in full: a stale unit's master text before and after the change,
    /// and each unit to translate on its own.
    #[arg(long, short)]
    pub(crate) verbose: bool,
    /// Applies the safe fixes, then reports what is left.
    #[arg(long)]
    pub(crate) fix: bool,
    /// Applies the unsafe fixes too (implies --fix).
    #[arg(long)]
    pub(crate) unsafe_fixes: bool,
    /// Prints the fixes as a unified diff without writing them; exits with 1 when there are some.
    #[arg(long)]
    pub(crate) diff: bool,
}

impl CheckArgs {
    /// Whether fixes are applied or shown.
    pub(crate) fn fixing(&self) -> bool {
        self.fix || self.unsafe_fixes || self.diff
    }
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
                matches!(
                    anstream::AutoStream::choice(&std::io::stdout()),
                    anstream::ColorChoice::AlwaysAnsi | anstream::ColorChoice::Always
                )
            }
        }
    }
}
