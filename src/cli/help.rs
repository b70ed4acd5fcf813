//! The command line in the reader's language: the clap definition's help texts, headings and
//! argument errors are replaced by the catalogue's (`locales/*/cli.ftl`).
//!
//! The language is chosen before the arguments are parsed (from `--lang`, found by a first look
//! at the raw arguments, then `CHARTE_LANG` and the `LC_*` variables), so that `--help` and a
//! mistyped option already speak it. Each command's text is `cli-<command>`, each argument's
//! `cli-<command>-<argument>`, and arguments shared by every command `cli-arg-<argument>`.

use super::Args;
use charte::i18n::Catalog;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory};
use std::ffi::OsString;

/// The `--lang` value among raw arguments (`--lang X` or `--lang=X`), before `--`.
pub(crate) fn lang_flag(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(arg) = it.next() {
        let arg = arg.to_str()?;
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return it.next().and_then(|v| v.to_str()).map(str::to_owned);
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_owned());
        }
    }
    None
}

/// The clap command with every text taken from the catalogue.
pub(crate) fn command(catalog: &Catalog) -> Command {
    let mut cmd = Args::command();
    // Building adds the generated `--help`, `--version` and `help` command, worded here too.
    cmd.build();
    localize(cmd, None, catalog)
}

/// The message id of a command (`None` is the program itself).
fn command_id(name: Option<&str>) -> String {
    match name {
        None => "cli-about".to_owned(),
        Some("help") => "cli-help-command".to_owned(),
        Some(n) => format!("cli-{n}"),
    }
}

/// The message id of an argument of a command, if the catalogue has one.
fn argument_id(command: Option<&str>, arg: &str, catalog: &Catalog) -> Option<String> {
    match arg {
        "help" => return Some("cli-help".to_owned()),
        "version" => return Some("cli-version".to_owned()),
        _ => {}
    }
    // Message ids are kebab-case: `accept_unchanged` is `accept-unchanged`.
    let arg = arg.replace('_', "-");
    let own = match command {
        Some(c) => format!("{}-{arg}", command_id(Some(c))),
        None => format!("cli-arg-{arg}"),
    };
    [own, format!("cli-arg-{arg}")].into_iter().find(|id| catalog.has(id))
}

fn localize(mut cmd: Command, name: Option<&str>, catalog: &Catalog) -> Command {
    let text = |id: &str| catalog.format(id, &[]);
    let (options, arguments) = (text("cli-options"), text("cli-arguments"));
    cmd = cmd.about(text(&command_id(name))).subcommand_help_heading(text("cli-commands")).help_template(format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text("cli-usage")
    ));
    let args: Vec<(String, bool, Vec<String>)> = cmd
        .get_arguments()
        .map(|a| {
            // Defaults and possible values are worded here rather than by clap, in English.
            let mut notes = Vec::new();
            let values: Vec<String> =
                a.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_owned()).collect();
            let defaults: Vec<String> =
                a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            if !defaults.is_empty() && a.get_action().takes_values() {
                notes.push(catalog.format("cli-default", &[("value", defaults.join(", ").into())]));
            }
            if !values.is_empty() && a.get_id() != "shell" {
                notes.push(catalog.format("cli-tip-possible", &[("values", values.join(", ").into())]));
            }
            (a.get_id().to_string(), a.is_positional(), notes)
        })
        .collect();
    for (arg, positional, notes) in args {
        let mut help = argument_id(name, &arg, catalog).map(|id| text(&id)).unwrap_or_default();
        if !notes.is_empty() {
            help = format!("{help} [{}]", notes.join("; "));
        }
        let heading = if positional { arguments.clone() } else { options.clone() };
        cmd = cmd
            .mut_arg(arg, |a| a.help_heading(heading).help(help).hide_default_value(true).hide_possible_values(true));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(sub.clone(), |s| localize(s, Some(&sub), catalog));
    }
    cmd
}

/// An argument error in the catalogue's words, with clap's usage line and a pointer to help.
pub(crate) fn error_text(err: &clap::Error, raw: &[OsString], catalog: &Catalog) -> String {
    let get = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let f = |id: &str, args: &[(&str, charte::diagnostic::Arg)]| catalog.format(id, args);
    let headline = match err.kind() {
        ErrorKind::UnknownArgument => f("cli-error-unknown-argument", &[("arg", arg.as_str().into())]),
        ErrorKind::InvalidSubcommand => {
            let sub = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            f("cli-error-unknown-command", &[("arg", sub.into())])
        }
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_some_and(|v| v.is_empty()) => {
            f("cli-error-missing-value", &[("arg", arg.as_str().into())])
        }
        ErrorKind::InvalidValue => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            f("cli-error-invalid-value", &[("value", value.into()), ("arg", arg.as_str().into())])
        }
        ErrorKind::MissingRequiredArgument => f("cli-error-missing", &[("args", arg.as_str().into())]),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            f("cli-error-conflict", &[("arg", arg.as_str().into()), ("other", other.into())])
        }
        _ => {
            // Kinds without a message of their own keep clap's words for the details.
            let plain = err.render().to_string();
            let first = plain.lines().next().unwrap_or_default();
            let detail = first.strip_prefix("error: ").unwrap_or(first).to_owned();
            f("cli-error-other", &[("error", detail.into())])
        }
    };
    let mut tips = Vec::new();
    if let Some(s) = get(ContextKind::SuggestedArg).or_else(|| get(ContextKind::SuggestedSubcommand)) {
        tips.push(f("cli-tip-similar", &[("suggestion", s.into())]));
    }
    if let Some(v) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        tips.push(f("cli-tip-possible", &[("values", v.into())]));
    }
    if err.kind() == ErrorKind::MissingRequiredArgument
        && let Some(example) = lang_mistaken_for_argument(raw)
    {
        tips.push(f("cli-tip-lang-option", &[("example", example.into())]));
    }
    let usage = get(ContextKind::Usage).unwrap_or_default();
    let usage = usage.trim();
    let prefix = catalog.format("error-prefix", &[]);
    let mut out = format!("charte: {prefix}: {headline}\n");
    for tip in tips {
        out.push_str(&format!("\n  {tip}\n"));
    }
    if !usage.is_empty() {
        // clap's usage line starts with its English heading: put ours in its place.
        let line = usage.split_once(' ').map_or(usage, |(_, rest)| rest);
        out.push_str(&format!("\n{} {line}\n", catalog.format("cli-usage", &[])));
    }
    out.push_str(&format!("\n{}\n", f("cli-more", &[("help", "--help".into())])));
    out
}

/// `charte diff --lang de`: the user meant the translation's language, not the messages'.
/// Returns the command they meant.
fn lang_mistaken_for_argument(raw: &[OsString]) -> Option<String> {
    let words: Vec<&str> = raw.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let command = words.iter().find(|w| ["diff", "sync", "init"].contains(w))?;
    let value = lang_flag(raw)?;
    Some(format!("charte {command} {value}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use charte::i18n::LOCALES;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_flag_is_found_before_parsing() {
        assert_eq!(lang_flag(&os(&["charte", "--lang", "de", "check"])).as_deref(), Some("de"));
        assert_eq!(lang_flag(&os(&["charte", "check", "--lang=fr"])).as_deref(), Some("fr"));
        assert_eq!(lang_flag(&os(&["charte", "check", "--", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&os(&["charte", "check"])), None);
    }

    /// Every command and argument of the definition has a text in every locale, with no
    /// Fluent error, and no text is left in English where the locale is not.
    #[test]
    fn every_command_and_argument_is_worded_in_every_locale() {
        fn visit(cmd: &Command, name: Option<&str>, catalog: &Catalog, missing: &mut Vec<String>) {
            let id = command_id(name);
            if !catalog.has(&id) {
                missing.push(id);
            }
            for a in cmd.get_arguments() {
                if argument_id(name, a.get_id().as_str(), catalog).is_none() {
                    missing.push(format!("{}: {}", command_id(name), a.get_id()));
                }
            }
            for s in cmd.get_subcommands() {
                visit(s, Some(s.get_name()), catalog, missing);
            }
        }
        let english = command(&Catalog::new("en"));
        for (tag, _) in LOCALES {
            let catalog = Catalog::new(tag);
            let mut missing = Vec::new();
            visit(&command(&catalog), None, &catalog, &mut missing);
            assert!(missing.is_empty(), "{tag}: {missing:?}");
            if *tag != "en" {
                let cmd = command(&catalog);
                assert_ne!(cmd.get_about().map(ToString::to_string), english.get_about().map(ToString::to_string));
            }
        }
    }
}
