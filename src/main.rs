//! The `charte` command line: parses arguments, picks the language and the output format,
//! calls the library, prints, and exits with 0 (clean), 1 (errors found) or 2 (failure).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}

/// Checking a site makes many small short-lived allocations on every thread (one model per
/// translation); mimalloc serves them about a sixth faster than the system allocator
/// (`bench/run.sh`). The library itself does not choose an allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
