# The command line of charte, in English: help texts, headings and argument errors.
# Every other locale has exactly these ids and variables.

## Headings and built-in options

cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-help = Print help
cli-version = Print version
cli-default = default: { $value }
cli-more = For more information, try “{ $help }”.

## The program and its options

cli-about = Keeps the translations of a Markdown master document faithful to it.
cli-arg-lang = Language of the messages (otherwise CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = The configuration file (default: charte.toml here or in a parent directory).
cli-arg-color = When to colour the output; NO_COLOR always turns colour off.

## Commands

cli-check = Checks translations against the master: structure, numbering, emphasis, drift.
cli-check-files = Translation files to check (default: every translation of the project).
cli-check-source = The master document.
cli-check-format = Output format.
cli-check-deny = Makes a rule an error (“warnings”: every warning).
cli-check-warn = Makes a rule a warning.
cli-check-allow = Turns a rule off.
cli-check-base = Reports the units that changes to the master since this git revision make stale.
cli-check-verbose = Shows every finding in full: a stale unit’s master text before and after the change, and each unit to translate on its own.
cli-check-fix = Applies the safe fixes, then reports what is left.
cli-check-unsafe-fixes = Applies the unsafe fixes too (implies --fix).
cli-check-diff = Prints the fixes as a unified diff without writing them; exits with 1 when there are some.
cli-parse = Prints the structure of a document.
cli-parse-file = The document (default: the master).
cli-parse-format = Output format.
cli-rules = Lists the rules, or documents one.
cli-rules-name = A rule name.
cli-sync = Records that translations follow the current master.
cli-sync-languages = Languages to sync.
cli-sync-all = Syncs every translation.
cli-sync-force = Syncs even a translation with structural errors.
cli-sync-accept-unchanged = Marks stale units up to date although their translation did not change since the last sync (a master change that needs no change in this language).
cli-init = Creates a translation from the master and syncs it.
cli-init-language = The new language.
cli-status = Shows, per language, how much of the translation is up to date.
cli-status-format = Output format.
cli-status-line-url = The address of a line, with {"{"}path{"}"} and {"{"}line{"}"} (instead of `[status] line-url`): the HTML and Markdown reports link each finding there.
cli-diff = Shows what changed in the master since a language was synced.
cli-diff-language = The language of the translation (a tag such as de or pt-BR; --lang sets the language of the messages).
cli-diff-unit = Only this unit.
cli-completions = Prints shell completions.
cli-completions-shell = The shell.
cli-man = Prints the man page (roff).
cli-help-command = Prints this message or the help of the given command.
cli-help-command-subcommand = The command to explain.

## Argument errors

cli-error-unknown-argument = unexpected argument “{ $arg }”
cli-error-unknown-command = unknown command “{ $arg }”
cli-error-invalid-value = invalid value “{ $value }” for { $arg }
cli-error-missing = missing required argument: { $args }
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-missing-value = { $arg } needs a value
cli-error-other = invalid arguments: { $error }
cli-tip-similar = tip: a similar one exists: “{ $suggestion }”
cli-tip-possible = possible values: { $values }
cli-tip-lang-option = tip: --lang sets the language of the messages; name the translation’s language without it: “{ $example }”
