//! Command-line arguments and commands.

mod args;
mod commands;
mod fix;
mod generate;
mod help;

pub(crate) use args::Args;
use charte::Error;
use charte::diagnostic::Arg;
use charte::i18n::{Catalog, negotiate, requested_language};
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
    let mut out = Output::new();
    let result = commands::dispatch(&args, &catalog, color, &mut out);
    let code = match result {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Findings) => 1,
        Err(err) => {
            // What was printed before the failure still goes out; the failure decides the status.
            let _ = out.finish();
            let (id, fargs) = err.message();
            fail(&catalog, id, fargs);
            return ExitCode::from(2);
        }
    };
    match out.finish() {
        Ok(()) => ExitCode::from(code),
        // The reader is gone (`charte check | head -1`): nothing to say, and nobody to say it to.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(code),
        Err(e) => {
            fail(&catalog, "error-output", vec![("error", e.to_string().into())]);
            ExitCode::from(2)
        }
    }
}

/// Prints an operational failure on standard error, its arguments (paths) on one line each.
fn fail(catalog: &Catalog, id: &str, args: Vec<(&'static str, Arg)>) {
    let args: Vec<(&str, Arg)> = args
        .into_iter()
        .map(|(name, value)| match value {
            Arg::Str(s) => (name, Arg::Str(charte::report::sanitize_line(&s))),
            other => (name, other),
        })
        .collect();
    let prefix = catalog.format("error-prefix", &[]);
    let text = charte::report::sanitize(&catalog.format(id, &args));
    let _ = writeln!(std::io::stderr(), "charte: {prefix}: {text}");
}

/// Standard output, buffered and written as it comes; the first write error is kept, later
/// output dropped, and [`Output::finish`] returns it.
pub(crate) struct Output {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    error: Option<std::io::Error>,
}

impl Output {
    fn new() -> Self {
        Self { out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock()), error: None }
    }

    pub(crate) fn print(&mut self, s: &str) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(s.as_bytes())
        {
            self.error = Some(e);
        }
    }

    /// Lets `write` write to standard output directly (a big report need not be a string first).
    pub(crate) fn write_with(&mut self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
        if self.error.is_none()
            && let Err(e) = write(&mut self.out)
        {
            self.error = Some(e);
        }
    }

    /// Flushes, and returns the first write error.
    fn finish(&mut self) -> std::io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.out.flush()
    }
}

/// Errors of the command line itself.
pub(crate) type Result<T> = std::result::Result<T, Error>;
