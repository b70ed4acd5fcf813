//! The `charte` command line: parses arguments, picks the language and the output format,
//! calls the library, prints, and exits with 0 (clean), 1 (errors found) or 2 (failure).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
