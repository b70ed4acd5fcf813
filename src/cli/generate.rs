//! Shell completions and the man page, generated from the clap definition.

use charte::i18n::Catalog;

/// The definition with the English texts of the catalogue, as `--help` shows them.
fn english() -> clap::Command {
    super::help::command(&Catalog::new("en"))
}

/// Completions for a shell.
pub(crate) fn completions(shell: clap_complete::Shell) -> String {
    let mut cmd = english();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "charte", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// One roff man page for the program and all its commands: each command is a subsection with
/// its synopsis and options, so the page names no `charte-check(1)` page that is not installed.
pub(crate) fn man() -> String {
    let cmd = english();
    let mut buf = Vec::new();
    let page = clap_mangen::Man::new(cmd.clone());
    // Rendering into a Vec cannot fail.
    let _ = page.render_title(&mut buf);
    let _ = page.render_name_section(&mut buf);
    let _ = page.render_synopsis_section(&mut buf);
    let _ = page.render_description_section(&mut buf);
    let _ = page.render_options_section(&mut buf);
    buf.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("charte {}", sub.get_name());
        buf.extend_from_slice(format!(".SS \"{name}\"\n").as_bytes());
        if let Some(about) = sub.get_about() {
            buf.extend_from_slice(format!("{}\n.PP\n", roff_escape(&about.to_string())).as_bytes());
        }
        let sub_page = clap_mangen::Man::new(sub.clone().bin_name(name));
        for render in [clap_mangen::Man::render_synopsis_section, clap_mangen::Man::render_options_section] {
            let mut section = Vec::new();
            let _ = render(&sub_page, &mut section);
            // Drop the section's own `.SH` heading (and the string definitions before it, which
            // the page's title already made): it is a part of this subsection.
            let text = String::from_utf8_lossy(&section);
            for line in
                text.lines().filter(|l| !l.starts_with(".SH ") && !l.starts_with(".ie ") && !l.starts_with(".el "))
            {
                buf.extend_from_slice(line.as_bytes());
                buf.push(b'\n');
            }
            buf.extend_from_slice(b".PP\n");
        }
    }
    let _ = page.render_version_section(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Escapes text for a roff line: backslashes, and a leading dot or quote.
fn roff_escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}
