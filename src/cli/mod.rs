//! Command-line arguments and commands.

mod args;
mod commands;
mod generate;

pub(crate) use args::Args;
use charte::i18n::{Catalog, negotiate, requested_language};
use charte::project::Error;
use clap::Parser;
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
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let requested = requested_language(args.lang.as_deref(), |k| std::env::var(k).ok());
    let catalog = Catalog::new(negotiate(requested.as_deref()));
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
