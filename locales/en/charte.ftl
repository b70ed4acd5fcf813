# Messages of charte, in English: the source locale.
# Every other locale has exactly these ids, attributes and variables.

## Severities and summary

severity-error = error
severity-warning = warning
summary-clean = { $files ->
    [one] Checked 1 file: no problem found.
   *[other] Checked { $files } files: no problem found.
}
summary-problems = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} in { $files ->
    [one] 1 file
   *[other] { $files } files
}.
summary-silenced = { $count ->
    [one] 1 finding silenced by charte-ignore comments.
   *[other] { $count } findings silenced by charte-ignore comments.
}
summary-skipped = { $count ->
    [one] 1 file matches no layout of the project and was not checked: { $files }
   *[other] { $count } files match no layout of the project and were not checked: { $files }
}
note-master = master: { $location }
note-unit = unit: { $label }
note-master-before = master before: { $text }
note-master-after = master now: { $text }
note-fix = fix available: `charte check --fix`
note-fix-unsafe = fix available, to review: `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 finding can be fixed with `charte check --fix`.
   *[other] { $count } findings can be fixed with `charte check --fix`.
}
summary-fixable-unsafe = { $count ->
    [one] 1 finding can be fixed with `charte check --unsafe-fixes` (to review).
   *[other] { $count } findings can be fixed with `charte check --unsafe-fixes` (to review).
}
fix-would = { $count ->
    [one] Would fix 1 finding
   *[other] Would fix { $count } findings
} in { $files ->
    [one] 1 file.
   *[other] { $files } files.
}
fix-done = { $count ->
    [one] Fixed 1 finding
   *[other] Fixed { $count } findings
} in { $files ->
    [one] 1 file.
   *[other] { $files } files.
}
fix-left = { $count ->
    [one] 1 fix overlaps another: it is left for the next run.
   *[other] { $count } fixes overlap others: they are left for the next run.
}
fix-not-written = { $path }: not written: { $reason }
fix-synced = { $lang }: every stale unit carried over; synced to master version { $version }
note-changes = changes: { $diff }
more-findings = { $count ->
    [one] and { $count } more { $rule } finding in { $file }
   *[other] and { $count } more { $rule } findings in { $file }
}
snippet-continues = continues to line { $line }
untranslated-units = { $count ->
    [one] { $count } unit to translate, identical to the master: { $units }
   *[other] { $count } units to translate, identical to the master: { $units }
}
note-to-translate = `charte check --verbose` shows each unit where it is
summary-language = { $lang }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
summary-language-details = { $lang }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} ({ $details })
summary-stale = { $count ->
    [one] { $count } stale unit
   *[other] { $count } stale units
}
summary-missing = { $count ->
    [one] { $count } unit added to the master
   *[other] { $count } units added to the master
}
summary-to-translate = { $count ->
    [one] { $count } unit to translate
   *[other] { $count } units to translate
}
summary-unsynced = { $count ->
    [one] { $count } file without a sync record
   *[other] { $count } files without a sync record
}
summary-missing-documents = { $count ->
    [one] { $count } document missing
   *[other] { $count } documents missing
}
summary-next-fix = next: fix the errors above, then run `charte check` again
summary-next-stale = next: `charte diff { $lang }` shows what changed in the master; carry the changes over, then run `charte sync { $lang }`
summary-next-unsynced = next: review the translation, then run `charte sync { $lang }`
summary-next-init = next: `charte init { $lang }` creates the missing documents from the master
summary-next-translate = next: translate these units, then run `charte check` again

## Units

label-key = front matter “{ $key }”
label-heading = heading of section { $section } “{ $title }”
label-paragraph = { $section ->
    [0] paragraph { $index } before the first heading
   *[other] paragraph { $index } of section { $section }
}
label-value = value { $number }
label-item = item { $path }
label-cell = table cell { $path }
label-version = version line
label-unnamed = unit

## Kinds of block

kind = { $kind ->
    [paragraph] { $count ->
        [one] a paragraph
       *[other] { $count } paragraphs
    }
    [ordered-list] { $count ->
        [one] a numbered list
       *[other] { $count } numbered lists
    }
    [bullet-list] { $count ->
        [one] a bulleted list
       *[other] { $count } bulleted lists
    }
    [quote] { $count ->
        [one] a block quote
       *[other] { $count } block quotes
    }
    [code] { $count ->
        [one] a code block
       *[other] { $count } code blocks
    }
    [table] { $count ->
        [one] a table
       *[other] { $count } tables
    }
    [html] { $count ->
        [one] an HTML block
       *[other] { $count } HTML blocks
    }
   *[rule] { $count ->
        [one] a horizontal rule
       *[other] { $count } horizontal rules
    }
}

## Diagnostics

front-matter-missing = the translation has no front matter; the master starts with one
front-matter-unterminated = the front matter is not closed: add a line `---` after it
front-matter-invalid = the front matter is not valid YAML: { $error }
front-matter-no-colon = this line of the front matter is not a `key: value` pair: write the key, a colon and a space, then the value
front-matter-tab = this line of the front matter is indented with a tab: YAML allows only spaces
front-matter-not-mapping = the front matter must be a mapping of keys to values, not a { $kind }
front-matter-missing-key = the front matter lacks the key “{ $key }” of the master
front-matter-empty-key = the front matter key “{ $key }” is empty
front-matter-type = the front matter key “{ $key }” is a { $found } where the master has a { $expected }
front-matter-slug = “{ $value }” is not a URL slug: use lowercase letters, digits and hyphens
heading-missing = the master's level { $level } heading “{ $title }” is missing here
heading-extra = this level { $level } heading is not in the master
heading-unspaced = `{ $marks }` needs a space after it to make a heading: write `{ $marks } ` and the title
heading-level = this heading is level { $level }; the master's is level { $expected }
block-missing = the master has { $expected } here that the translation lacks
block-extra = { $found } that the master does not have
block-kind = the master has { $expected } here; the translation has { $found }
block-merged = { $expected } of the master (lines { $first } and { $second }) appear merged here: put a blank line between them
block-split = { $expected } of the master appears split in two here (its second part at line { $line }): remove the blank line between them
table-cells = this table has { $found } cells; the master's has { $expected }
value-missing = value { $number } of the master is missing: the list has { $count } values, the master { $expected }
value-missing-run = values { $numbers } of the master are missing here: the list has { $count } values, the master { $expected }; a blank line or a marker inside a value ends the list
value-merged = values { $number } and { $next } of the master appear merged in this value: start value { $next } on a line of its own
value-cut = this text is outside the list: a blank line cuts value { $number } (line { $line }) in two; remove the blank line, or indent this text under the value
value-cut-values = this text is outside the list: a blank line cuts value { $number } (line { $line }) in two, and the values after it became lines of this text; remove the blank line, or indent this text under the value
swapped-values = the texts of values { $number } and { $other } (line { $line }) appear exchanged: each reads like the other value of the master (its emphasis, links, code, numbers and length)
value-extra = value { $number } is not in the master: the list has { $count } values, the master { $expected }
item-missing = an item of the master is missing: the list has { $count } items, the master { $expected }
item-missing-run = items of the master are missing here: the list has { $count } items, the master { $expected }; a blank line or a marker inside an item ends the list
item-extra = this item is not in the master: the list has { $count } items, the master { $expected }
value-numbering = this value is numbered { $found }; the master numbers it { $expected }
value-numbering-start = the list starts at { $found }; the master's starts at { $expected }
value-numbering-duplicate = the number { $found } is used twice
value-numbering-order = value { $found } comes after value { $previous }
strong-count = { $found ->
    [one] 1 strong span
   *[other] { $found } strong spans
} where the master has { $expected }
emphasis-count = { $found ->
    [one] 1 emphasis span
   *[other] { $found } emphasis spans
} where the master has { $expected }
unclosed-emphasis = `{ $delimiter }` does not close: the emphasis is left as literal text
link-missing = the link to { $url } of the master is missing
link-extra = this link to { $url } is not in the master
code-missing = the inline code `{ $code }` of the master is missing
code-extra = the inline code `{ $code }` is not in the master
empty-unit = this unit is empty; the master's has text
empty-file = the file is empty; the master has text
invalid-input-utf8 = the file is not valid UTF-8 (first bad byte at offset { $offset })
invalid-input-binary = the file is binary, not text
invalid-input-unreadable = the file cannot be read: { $error }
number-missing = “{ $number }” of the master does not appear in the translation
number-missing-forms = “{ $number }” of the master does not appear in the translation in any form of its language: { $forms }
untranslated = this unit is identical to the master: is it translated?
glossary-rendering = “{ $term }” of the master is not rendered as the glossary says: “{ $expected }”
glossary-kept = “{ $term }” stays as written in every language (glossary), and the translation does not have it
stale = the master changed since this translation was synced: update this unit, then run `charte sync { $lang }`, or set `{ $record }` in the front matter
stale-added = the master added this unit since this translation was synced: translate it after this line, then run `charte sync { $lang }`
stale-removed = the master removed this unit since this translation was synced: delete it, then run `charte sync { $lang }`
stale-renumbered = the master numbers this value { $number } now (it was { $old }), its text unchanged: renumber it, then run `charte sync { $lang }`
stale-moved = the master moved this unit (it was { $was }), its text unchanged: move it, then run `charte sync { $lang }`
unsynced = the translation has no sync record: review it, then run `charte sync { $lang }`, or add `{ $record }` to the front matter
unsynced-snapshot-missing = the master version { $version } this translation was synced to is not in { $path }: review the translation, then run `charte sync { $lang }` (or set `{ $record }` in the front matter once the whole translation follows the master)
unsynced-snapshot-corrupt = the snapshot { $path } does not match its hash: review the translation, then run `charte sync { $lang }` (or set `{ $record }` in the front matter once the whole translation follows the master)
missing-translation = { $path } has no translation in { $lang }
orphan-translation = { $lang } translation whose master { $master } does not exist: delete it, or move it where the master now is
language-tag = the file name “{ $name }” is not a canonical language tag
language-tag-suggest = the file name “{ $name }” is not a canonical language tag: did you mean “{ $canonical }”?
ftl-missing = the message “{ $id }” of the source locale is missing
ftl-obsolete = the message “{ $id }” is not in the source locale
ftl-variables = the message “{ $id }” uses { $found } where the source uses { $expected }
ftl-syntax = Fluent syntax error: { $error }
invalid-input-outside = { $path } leads outside the project: it was not read
invalid-input-not-regular = { $path } is not a regular file (a directory, a pipe or a device): it was not read
invalid-input-too-large = the file is larger than the limit of { $limit } bytes (`max-file-size` in charte.toml): it was not read
unsynced-snapshot-refused = the snapshot { $path } is not a regular file inside the project, or is too large: it was not read; run `charte sync { $lang }` once it is repaired

## Rules

rules-header = Rules ({ $count }):
rules-default = default: { $severity }
rules-what = What it checks
rules-why = Why
rules-example = Example
rules-master = Master:
rules-fail = Fails:
rules-pass = Passes:
rules-config = Configuration (`charte.toml`):
rules-fix = fix: { $fix }
fix-safe = safe
fix-unsafe = unsafe
fix-none = none

rule-front-matter = The front matter is missing, unterminated or invalid, lacks a key of the master, has one empty or of another type, or has a slug that is not a URL slug.
    .why = Sites build titles, descriptions and addresses from the front matter: a missing or broken key breaks the page.
rule-heading-structure = Headings are missing, extra, out of order, or at another level than the master's.
    .why = Sections and their anchors must match across languages, or links and navigation break.
rule-block-structure = A section's blocks differ in kind or count: a list became paragraphs, a paragraph was split or merged.
    .why = Each block of the master is a unit of meaning; the translation must keep them apart and in order.
rule-value-count = An ordered list has more or fewer items than the master's.
    .why = The values are numbered and cited by number: one missing or added shifts every reference.
rule-value-numbering = Item numbers as written differ from the master's: a skip, a duplicate, a swap, another start.
    .why = Readers cite “value 3” in every language; it must be the same value.
rule-swapped-values = Two values whose texts appear exchanged, numbers kept: each fits the other master value clearly better (emphasis, links, code, numbers, length).
    .why = “Value 3” must say what value 3 says in every language; a swap passes every count.
rule-strong-count = A unit has another number of strong (bold) spans than its master unit.
    .why = Bold marks what the master stresses; a translation must stress the same things.
rule-emphasis-count = A unit has another number of emphasis (italic) spans than its master unit.
    .why = Italics carry meaning (a title, the version line); losing them changes the text.
rule-unclosed-emphasis = Emphasis delimiters (`**`, `__`, `*`, `_`) left as literal text because they do not close.
    .why = An unclosed `**` shows as asterisks on the page and is the trace of a broken bold span.
rule-link-mismatch = Links differ in number or target from the master unit's.
    .why = A dropped or changed link sends readers elsewhere or nowhere.
rule-code-mismatch = Inline code differs from the master unit's.
    .why = Code, commands and names in backticks are not translated.
rule-empty-unit = A translated unit has no text.
    .why = An empty value or paragraph publishes a hole.
rule-invalid-input = The file cannot be read as UTF-8 text: not UTF-8, unreadable, binary.
    .why = Nothing else can be checked in a file that cannot be read.
rule-stale = The master unit changed since the translation was last synced.
    .why = The translation says what the master used to say; the change must be carried over.
rule-unsynced = The translation has no sync record, or its record points to a master version that cannot be found.
    .why = Without it, nobody can tell which changes of the master the translation lacks.
rule-number-mismatch = A number or date of the master unit is missing from the translated unit.
    .why = Numbers and dates are facts: they must survive translation.
rule-untranslated = A unit identical to its master unit (a slug, and units made only of numbers, URLs, code or glossary terms kept as written, are not reported).
    .why = Text left in the master's language is usually forgotten work.
rule-glossary = A glossary term of the master unit lacks its approved rendering in the translated unit, or a term kept in every language was altered (`[glossary]` of `charte.toml`).
    .why = Key terms read the same from page to page only when every translator writes the approved rendering; a name such as the organisation's is never translated.
rule-missing-translation = A document of the master has no translation in a language of the project.
    .why = A page that exists in one language only is a gap in the site.
rule-orphan-translation = A translation whose master document does not exist.
    .why = When the master removes or renames a page, its translations stay behind unchecked and are still published.
rule-language-tag = A file name that is not a canonical language tag.
    .why = Tags are compared exactly: `EN.md` or `pt_BR.md` would not be recognised, and guessing would check the wrong file.
rule-ftl-missing = A message or attribute of the source Fluent locale is absent from the translation.
    .why = The program falls back to the source language for that text.
rule-ftl-obsolete = A message that exists only in the translated Fluent file.
    .why = Dead messages are work for translators and hide renamed ones.
rule-ftl-variables = A Fluent message uses other variables or message references than the source.
    .why = A missing variable loses information; an unknown one prints as an error.
rule-ftl-syntax = Fluent syntax that the parser could not read.
    .why = The message in error is dropped at run time.

## Status and diff

status-title = Translation status
status-documents = { $count } master documents
status-generated = Generated { $time }
status-master = Master: { $path } (version { $version })
status-language = Language
status-file = File
status-structure = Structure
status-up-to-date = Up to date
status-stale = Stale
status-untranslated = Untranslated
status-progress = Progress
status-version = Synced to
status-ok = ✓ ok
status-broken = ✗ { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}
status-never = never
status-stale-units = Stale units
status-no-stale = No stale unit.
status-added = Added
status-removed = Removed
status-moved = Moved
status-synced-documents = { $synced }/{ $count } synced
status-unit-stale = stale: { $label } ({ $id }) changed in the master; update it
status-unit-added = added to the master: { $label } ({ $id }); translate it after this line
status-unit-removed = removed from the master: { $label } ({ $id }); delete this unit
status-unit-moved = renumbered or moved in the master: { $label } ({ $id }); its text is unchanged
status-unit-untranslated = untranslated: { $label } ({ $id })
status-errors = Errors and warnings
status-added-units = Added to the master: to translate
status-removed-units = Removed from the master: to delete
status-moved-units = Renumbered or moved in the master
status-untranslated-units = Untranslated units
status-filter-state = State
status-filter-all = All
status-state-errors = Errors
diff-none = Nothing changed in the master since { $lang } was synced.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }): added
diff-removed = { $label } ({ $id }): removed
diff-renumbered = { $label } ({ $id }): renumbered, was { $old }, text unchanged
diff-moved = { $label } ({ $id }): moved, was { $old }, text unchanged


## Outline (charte parse)

outline-front-matter = front matter (line { $line })
outline-preamble = before the first heading
outline-line = line { $line }
outline-list = { $ordered ->
    [yes] numbered list
   *[no] bulleted list
}, { $count ->
    [one] { $count } item
   *[other] { $count } items
} (line { $line })
outline-quote = block quote (line { $line })
outline-strong = strong { $count }
outline-emphasis = emphasis { $count }
outline-links = links { $count }
outline-code = code { $count }
outline-problem = { $rule } at line { $line }: { $message }

## Sync and init

sync-done = { $lang }: synced to master version { $version }
sync-refused = { $lang } has { $errors ->
    [one] 1 structural error
   *[other] { $errors } structural errors
}: fix them or use --force
sync-rubber-stamp = { $lang }: marked as up to date without a change to the translation: { $units }
sync-unchanged = { $lang }: not synced: the master changed these units and their translation did not change since the last sync: { $units }; carry the change over, or run sync with --accept-unchanged if it needs no change in this language
sync-nothing-written = Nothing was written.
sync-untracked = Created files that git does not track yet; commit them with the translation: git add { $files }
init-done = Created { $path } from the master; `charte check` lists the units to translate
init-exists = { $path } already exists; not overwritten

## Operational errors

error-prefix = error
error-master-missing = the master { $path } cannot be read: { $error }
error-read = cannot read { $path }: { $error }
error-write = cannot write { $path }: { $error }
error-not-a-file = { $path } is not a file
error-unknown-rule = unknown rule “{ $name }”; `charte rules` lists them
error-unknown-language = no translation “{ $lang }” in this project
error-invalid-language = “{ $lang }” is not a language tag
error-no-languages = name a language or use --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = git failed: { $error }
error-symlink = { $path } is a symbolic link; charte does not write through links
error-no-master = no master document found: the layouts { $layouts } expect it in { $expected }; check `master` and `documents` in charte.toml
error-empty-language = the language { $lang } has no file: expected in { $expected }; check `languages` and `documents` in charte.toml
error-master-language = { $lang } is the master's language: name the language of a translation
error-not-canonical = “{ $lang }” is not written as a canonical language tag: use “{ $canonical }”
error-unknown-unit = the master has no unit “{ $unit }”; its units: { $units }
error-record-unterminated = { $path }:{ $line }:{ $column }: the front matter has no closing `---`; close it, then sync again
error-record-invalid = { $path }:{ $line }:{ $column }: the front matter is not valid YAML ({ $error }); fix it, then sync again
error-record-not-mapping = { $path }:{ $line }:{ $column }: { $kind ->
    [flow] the front matter is a flow mapping `{"{"} … {"}"}` without a sync record charte can replace: write `source_version: 0` in the mapping (a plain or quoted value, without alias or escape), then sync again
    [sequence] the front matter is a list, not `key: value` lines; the sync record `source_version: VERSION` needs a line of its own
   *[other] the front matter is a single value, not `key: value` lines; the sync record `source_version: VERSION` needs a line of its own
}
error-record-form = { $path }:{ $line }:{ $column }: write the sync record on a line of its own, as `source_version: VERSION` at the start of the line (no indentation, `?`, anchor, tag, block scalar or value on the next line), then sync again
error-record-no-place = { $path }:{ $line }:{ $column }: no certain place for the sync record in this front matter; add the line `source_version: 0` before the closing `---`, then sync again
error-changed = { $path } changed while it was being synced; nothing was written: sync again
note-word = note
error-outside-root = { $path } is outside the project { $root }: charte reads and writes only inside it
error-too-large = { $path } is larger than the limit of { $limit } bytes (`max-file-size` in charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: “{ $value }” is not a path inside the project: write a relative path without `..`
error-config-size = { $path }:{ $line }:{ $column }: “{ $value }” is not a file size: write a number of bytes, or for example "64 MiB"
error-revision = “{ $rev }” is not a revision: a revision cannot start with “-”
error-line-url = “{ $value }” is not a line address: use an http:// or https:// address with {"{"}path{"}"} and {"{"}line{"}"}
error-git-empty = git gave nothing for { $path } at { $rev }: the drift check cannot run
error-output = cannot write the output: { $error }
stale-lockfile = the master changed since this translation was synced: update this unit, then run `charte sync { $lang }`, or set the line `{ $record }` in { $lockfile }
unsynced-lockfile = the translation has no sync record: review it, then run `charte sync { $lang }`, or add the line `{ $record }` to { $lockfile }
unsynced-snapshot-missing-lockfile = the master version { $version } this translation was synced to is not in { $path }: review the translation, then run `charte sync { $lang }` (or set the line `{ $record }` in { $lockfile } once the whole translation follows the master)
unsynced-snapshot-corrupt-lockfile = the snapshot { $path } does not match its hash: review the translation, then run `charte sync { $lang }` (or set the line `{ $record }` in { $lockfile } once the whole translation follows the master)
error-lock-line = { $path }:{ $line }:{ $column }: not a sync record: write `PATH VERSION` (one space between them), or start a comment with `#`
error-lock-version = { $path }:{ $line }:{ $column }: not a master version: write its 16 lowercase hex digits
error-lock-escape = { $path }:{ $line }:{ $column }: the path is not escaped as charte writes it: write a space, `#`, `\` and control characters as `\xHH`, and nothing else
error-lock-duplicate = { $path }:{ $line }:{ $column }: this translation has a sync record on an earlier line already: keep one of them

# Project conventions (issue #14)
severity-off = off
ordinal-list = “{ $number }.” at the start of this item makes it a numbered list nested in the item, which is left empty: write “{ $number }\.” to keep the number as text
line-count = this block has { $found } lines; the master's has { $expected }
rule-line-count = A block (a paragraph, a quote's lines, a code block) has another number of lines than its master block. Off unless enabled.
    .why = Some projects give each line a role, like the description lines of a command page: a line added or dropped changes what the page says.
error-no-translations = no translation found: the layouts { $layouts } match no file; check `documents` and `masters` in charte.toml
end-punctuation = this unit ends with “{ $found }”; the master's ends with “{ $expected }”
end-punctuation-missing = this unit ends without punctuation; the master's ends with “{ $expected }”
rule-end-punctuation = A unit ends with other punctuation than its master unit, which ends with `.`, `?`, `!`, `:` or `…`. Full-width marks (`？`), Spanish `¿…?`, French spacing before `?`, `!`, `:` and closing quotes or emphasis after the mark count as the same; `...` is `…`; a unit that ends with code, a URL or a number is skipped.
    .why = A missing full stop often marks a sentence cut short, and a colon announces what follows: a translation that ends otherwise may have lost its end.
sentence-count = this unit has { $found } sentences; the master's has { $expected }: is part of it left out?
rule-sentence-count = A master unit of 3 sentences or more has at least 2 fewer in the translation. A dot after an abbreviation (`Dr.`, `z. B.`, `e.g.`), a single letter or a number (`3.5`, `3. Oktober`), or followed by a lowercase word ends no sentence.
    .why = Translators join or split sentences, one at a time; two sentences fewer is the cheap sign of an omission.
length-ratio = this unit is { $percent } % as long as its master, where this document's units are usually { $usual } %: is part of it left out, or added?
rule-length-ratio = A unit (its master 40 characters or more) is over 2.5 times longer or shorter, against its master, than the document's usual ratio: the median over its units of 40 characters or more. A document with fewer than 8 such units is not checked.
    .why = Each language has its usual length; a unit far from it has often lost a clause, or holds one twice.
repeated-word = “{ $word } { $word }”: this word is written twice
rule-repeated-word = A word written twice in a row in the translation, letter case ignored, where the master does not repeat it. Pairs that grammar allows (German “die die”, “das das”, Dutch “dat dat”, French “nous nous”, “vous vous”, English “had had”, “that that”) and numbers are accepted.
    .why = A typing slip that readers notice at once and spell checkers often miss.
