//! Command-line arguments and commands.

mod args;
mod commands;
mod generate;
mod help;

pub(crate) use args::Args;
use charte::i18n::{Catalog, negotiate, requested_language};
use charte::project::Error;
use clap::FromArgMatches;
use clap::error::ErrorKind;
use std::io::Write;
use std::process::ExitCode;

/// What a command ends with.
pub(crate) enum Outcome {
    /// Exit 0.
    Clean,
    /// Exit 1: findings at error severity, or a refused write.
    Findings,
}

/// Runs the program.
pub(crate) fn run() -> ExitCode {
    // The language is chosen first, so that help and argument errors speak it too.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let requested = requested_language(help::lang_flag(&raw).as_deref(), |k| std::env::var(k).ok());
    let catalog = Catalog::new(negotiate(requested.as_deref()));
    let parsed = help::command(&catalog).try_get_matches_from(&raw).and_then(|m| Args::from_arg_matches(&m));
    let args = match parsed {
        Ok(a) => a,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = e.print();
                    ExitCode::SUCCESS
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    ExitCode::from(2)
                }
                _ => {
                    let _ = std::io::stderr().write_all(help::error_text(&e, &raw, &catalog).as_bytes());
                    ExitCode::from(2)
                }
            };
        }
    };
    let color = args.color.enabled();
    let mut out = Output { buf: String::new() };
    let result = commands::dispatch(&args, &catalog, color, &mut out);
    let code = match result {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Findings) => 1,
        Err(err) => {
            out.flush();
            let (id, fargs) = err.message();
            let prefix = catalog.format("error-prefix", &[]);
            let text = charte::report::sanitize(&catalog.format(id, &fargs));
            let _ = writeln!(std::io::stderr(), "charte: {prefix}: {text}");
            return ExitCode::from(2);
        }
    };
    out.flush();
    ExitCode::from(code)
}

/// Standard output, written once at the end; a closed pipe ends the program quietly.
pub(crate) struct Output {
    buf: String,
}

impl Output {
    pub(crate) fn print(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    fn flush(&mut self) {
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout.write_all(self.buf.as_bytes()).and_then(|()| stdout.flush())
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            let _ = writeln!(std::io::stderr(), "charte: {e}");
        }
        self.buf.clear();
    }
}

/// Errors of the command line itself.
pub(crate) type Result<T> = std::result::Result<T, Error>;
