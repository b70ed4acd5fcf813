//! Shell completions and the man page, generated from the clap definition.

use super::Args;
use clap::CommandFactory;

/// Completions for a shell.
pub(crate) fn completions(shell: clap_complete::Shell) -> String {
    let mut cmd = Args::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "charte", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// A roff man page.
pub(crate) fn man() -> String {
    let cmd = Args::command();
    let mut buf = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = clap_mangen::Man::new(cmd).render(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
