//! `charte check` as a translator meets it: each broken translation gets the right rule on the
//! right line with the right exit status, and harmless variations stay clean.

mod common;

use common::{charte, charter_copy, check_json, findings};
use std::path::Path;

/// Writes a mutated copy of `charter/es.md` and checks it alone.
fn check_mutation(dir: &Path, name: &str, text: &[u8]) -> (i32, Vec<(String, String, u64)>) {
    let path = dir.join("charter").join(name);
    std::fs::write(&path, text).unwrap();
    let (code, json) = check_json(dir, &[&format!("charter/{name}"), "--allow", "unsynced"]);
    (code, findings(&json))
}

fn spanish(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("charter/es.md")).unwrap()
}

/// The 1-based line of the first line starting with `prefix`.
fn line_of(text: &str, prefix: &str) -> u64 {
    text.lines().position(|l| l.starts_with(prefix)).unwrap() as u64 + 1
}

fn expect(dir: &Path, case: &str, text: &str, rule: &str, line: u64, code: i32) {
    let (got_code, got) = check_mutation(dir, &format!("{case}.md"), text.as_bytes());
    assert!(got.iter().any(|(r, _, l)| r == rule && *l == line), "{case}: expected {rule} on line {line}, got {got:?}");
    assert_eq!(got_code, code, "{case}: {got:?}");
}

#[test]
fn broken_translations_get_the_right_rule_on_the_right_line() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let v3 = line_of(&es, "3. ");
    let v4 = line_of(&es, "4. ");
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let value4 = es.lines().find(|l| l.starts_with("4. ")).unwrap().to_owned();

    // A value's bold removed, or one added.
    let unbold3 = value3.replacen("**", "", 2);
    expect(d, "bold-removed", &es.replace(&value3, &unbold3), "strong-count", v3, 1);
    expect(d, "bold-added", &es.replace(&value3, &format!("{value3} **más**")), "strong-count", v3, 1);
    // A value deleted: reported where it was.
    expect(d, "value-deleted", &es.replace(&format!("{value3}\n"), ""), "value-count", v3, 1);
    // A value added.
    let added = es.replace(&format!("{value4}\n"), &format!("{value4}\n5. Otro valor.\n"));
    expect(d, "value-added", &added, "value-count", v4 + 1, 1);
    let appended = es.replacen(
        es.lines().find(|l| l.starts_with("8. ")).unwrap(),
        &format!("{}\n9. Otro valor.", es.lines().find(|l| l.starts_with("8. ")).unwrap()),
        1,
    );
    expect(d, "value-appended", &appended, "value-count", line_of(&es, "8. ") + 1, 1);
    // Two values merged.
    let merged = es.replace(&format!("{value3}\n{value4}"), &format!("{value3} {}", &value4[3..]));
    let merged =
        merged.replace("\n5. ", "\n4. ").replace("\n6. ", "\n5. ").replace("\n7. ", "\n6. ").replace("\n8. ", "\n7. ");
    expect(d, "value-merged", &merged, "value-count", v3, 1);
    // A value renumbered, two values swapped.
    expect(d, "value-renumbered", &es.replace("\n4. ", "\n5. "), "value-numbering", v4, 1);
    let swapped = es.replace(&format!("{value3}\n{value4}"), &format!("{value4}\n{value3}"));
    expect(d, "values-swapped", &swapped, "value-numbering", v3, 1);
    // A heading removed, added, re-levelled.
    let h2 = line_of(&es, "## ");
    let heading = es.lines().find(|l| l.starts_with("## ")).unwrap().to_owned();
    expect(d, "heading-removed", &es.replace(&format!("{heading}\n\n"), ""), "heading-structure", h2, 1);
    expect(
        d,
        "heading-added",
        &es.replace(&format!("{value4}\n"), &format!("{value4}\n\n## Extra\n\n")),
        "heading-structure",
        v4 + 2,
        1,
    );
    expect(d, "heading-relevelled", &es.replacen("## ", "### ", 1), "heading-structure", h2, 1);
    // An unclosed `**`.
    let unclosed = value3.replacen("**", "", 1);
    expect(d, "unclosed", &es.replace(&value3, &unclosed), "unclosed-emphasis", v3, 1);
    // The italic version line made plain.
    let version_line = line_of(&es, "_");
    let version = es.lines().find(|l| l.starts_with('_')).unwrap().to_owned();
    expect(d, "version-plain", &es.replace(&version, version.trim_matches('_')), "emphasis-count", version_line, 1);
    // `*x*` where `**x**` was.
    let single = value3.replacen("**", "*", 2);
    expect(d, "single-star", &es.replace(&value3, &single), "strong-count", v3, 1);
    // A front-matter key removed or emptied.
    let description = es.lines().find(|l| l.starts_with("description:")).unwrap().to_owned();
    let closing = es.lines().skip(1).position(|l| l == "---").unwrap() as u64 + 1;
    expect(d, "key-removed", &es.replace(&format!("{description}\n"), ""), "front-matter", closing, 1);
    expect(d, "key-emptied", &es.replace(&description, "description:"), "front-matter", 3, 1);
    // A paragraph left in French: a warning, exit 0.
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let fr_para = fr.lines().find(|l| l.starts_with("Nous sommes docteurs")).unwrap();
    let es_para_line = line_of(&es, "Somos");
    let es_para = es.lines().nth(es_para_line as usize - 1).unwrap();
    expect(d, "left-in-french", &es.replace(es_para, fr_para), "untranslated", es_para_line, 0);
    // The date changed: a warning.
    expect(d, "date-changed", &es.replace("10/10/2024", "11/10/2024"), "number-mismatch", version_line, 0);
    // A link or code span added.
    expect(
        d,
        "link-added",
        &es.replace(&value3, &format!("{value3} [x](https://example.org)")),
        "link-mismatch",
        v3,
        1,
    );
    expect(d, "code-added", &es.replace(&value3, &format!("{value3} `x`")), "code-mismatch", v3, 1);
    // An empty value.
    expect(d, "empty-value", &es.replace(&value3, "3. "), "empty-unit", v3, 1);
    // Unterminated front matter.
    let unterminated = es.replacen("---\n\n", "\n", 1);
    expect(d, "unterminated", &unterminated, "front-matter", 1, 1);
}

#[test]
fn unreadable_translations_are_diagnostics_and_others_are_still_checked() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/empty.md"), "").unwrap();
    std::fs::write(d.join("charter/binary.md"), b"\x00\x01\x02PNG").unwrap();
    let mut bad = es.clone().into_bytes();
    let offset = es.find("Pause IA").unwrap() + 2;
    bad[offset] = 0xff;
    std::fs::write(d.join("charter/bad.md"), &bad).unwrap();
    let (code, json) = check_json(d, &["charter/empty.md", "charter/binary.md", "charter/bad.md", "charter/es.md"]);
    assert_eq!(code, 1);
    let f = findings(&json);
    assert!(f.iter().any(|(r, file, l)| r == "empty-unit" && file == "empty.md" && *l == 1), "{f:?}");
    assert_eq!(f.iter().filter(|(_, file, _)| file == "empty.md").count(), 1, "one finding for an empty file: {f:?}");
    assert!(f.iter().any(|(r, file, _)| r == "invalid-input" && file == "binary.md"), "{f:?}");
    let utf8 = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "invalid-input" && x["file"] == "charter/bad.md")
        .unwrap();
    assert!(utf8["message"].as_str().unwrap().contains(&format!("offset {offset}")), "{utf8}");
    assert!(!f.iter().any(|(_, file, _)| file == "es.md"), "es.md is clean: {f:?}");
    assert_eq!(json["summary"]["files"], 4);
}

#[test]
fn harmless_variations_stay_clean() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let words: Vec<&str> = value3.split(' ').collect();
    let wrapped = format!("{}\n   {}", words[..6].join(" "), words[6..].join(" "));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("crlf", es.replace('\n', "\r\n").into_bytes()),
        ("bom", [b"\xef\xbb\xbf".as_slice(), es.as_bytes()].concat()),
        ("underscores", es.replace("**", "__").into_bytes()),
        ("star-italic", {
            let version = es.lines().find(|l| l.starts_with('_')).unwrap();
            es.replace(version, &format!("*{}*", version.trim_matches('_'))).into_bytes()
        }),
        ("wrapped", es.replace(&value3, &wrapped).into_bytes()),
        ("no-final-newline", es.trim_end().as_bytes().to_vec()),
    ];
    for (name, text) in cases {
        let (code, got) = check_mutation(d, &format!("{name}.md"), &text);
        assert_eq!((code, got.clone()), (0, vec![]), "{name}");
    }
}

#[test]
fn exit_status_two_for_operational_failures() {
    let dir = charter_copy();
    let d = dir.path();
    let out = charte(d).args(["check", "--source", "missing.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.md"));
    let out = charte(d).args(["check", "--deny", "no-such-rule"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = charte(d).args(["check", "--format", "yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = charte(d).args(["check", "--source", "charter"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn severity_overrides() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/es.md"), es.replace("10/10/2024", "11/10/2024")).unwrap();
    let (code, _) = check_json(d, &["charter/es.md"]);
    assert_eq!(code, 0);
    let (code, json) = check_json(d, &["charter/es.md", "--deny", "warnings"]);
    assert_eq!(code, 1);
    assert_eq!(json["diagnostics"][0]["severity"], "error");
    let (code, _) = check_json(d, &["charter/es.md", "--deny", "number-mismatch"]);
    assert_eq!(code, 1);
    let (code, json) = check_json(d, &["charter/es.md", "--allow", "number-mismatch"]);
    assert_eq!((code, json["summary"]["warnings"].as_u64()), (0, Some(0)));
}

#[test]
fn ignore_comment_silences_a_rule_for_one_block() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let para = es.lines().find(|l| l.starts_with("Somos")).unwrap().to_owned();
    let text = es
        // The strong span goes before the full stop, which end-punctuation would miss.
        .replace(&para, &format!("<!-- charte-ignore strong-count -->\n{} **x**.", para.trim_end_matches('.')))
        .replace(&value3, &value3.replacen("**", "", 2));
    std::fs::write(d.join("charter/es.md"), text).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    let f = findings(&json);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "strong-count");
    assert_eq!(json["summary"]["silenced"], 1);
    assert_eq!(code, 1);
}

#[test]
fn a_rule_turned_off_is_not_computed_and_leaves_nothing_to_silence() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let para = es.lines().find(|l| l.starts_with("Somos")).unwrap().to_owned();
    let text =
        es.replace(&para, &format!("<!-- charte-ignore strong-count -->\n{} **x**.", para.trim_end_matches('.')));
    std::fs::write(d.join("charter/es.md"), text).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    assert_eq!((code, json["summary"]["silenced"].as_u64()), (0, Some(1)), "{json}");
    // Turned off, strong-count does not run: the comment has no finding to silence.
    let (code, json) = check_json(d, &["charter/es.md", "--allow", "strong-count"]);
    assert_eq!((code, json["summary"]["silenced"].as_u64()), (0, Some(0)), "{json}");
    assert_eq!(findings(&json), []);
}

#[test]
fn compare_skips_the_unit_rules_the_conventions_turn_off() {
    use charte::check::{Conventions, compare_with};
    use charte::{Level, Overrides, Rule, SourceFile, parse};
    let fr = SourceFile::new("fr.md", "## Valeurs\n\n1. **Un** deux, 3 fois\n2. Trois\n");
    let en = SourceFile::new("en.md", "## Values\n\n1. One two, three times\n2. Trois\n");
    let rules = |c: &Conventions| -> Vec<Rule> {
        compare_with(&fr, &parse(&fr), &en, &parse(&en), c).diagnostics.iter().map(|d| d.rule).collect()
    };
    assert_eq!(rules(&Conventions::default()), [Rule::StrongCount, Rule::NumberMismatch, Rule::Untranslated]);
    let mut overrides = Overrides::default();
    overrides.set(Rule::StrongCount, Level::Allow);
    overrides.set(Rule::Untranslated, Level::Allow);
    assert_eq!(rules(overrides.conventions()), [Rule::NumberMismatch]);
    // Rules off by default are skipped until a level turns them on; later levels win.
    assert!(overrides.conventions().skip.contains(&Rule::LineCount));
    overrides.set(Rule::StrongCount, Level::Deny);
    assert_eq!(rules(overrides.conventions()), [Rule::StrongCount, Rule::NumberMismatch]);
}

#[test]
fn an_ignore_comment_between_two_values_applies_to_the_next_one_and_keeps_the_list() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    // Value 5 loses its bold on purpose; the comment sits between values 4 and 5, where
    // CommonMark ends the list and starts another.
    let value5 = es.lines().find(|l| l.starts_with("5. ")).unwrap().to_owned();
    let text = es.replace(&value5, &format!("<!-- charte-ignore strong-count -->\n{}", value5.replacen("**", "", 2)));
    std::fs::write(d.join("charter/es.md"), &text).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    assert_eq!((code, findings(&json)), (0, vec![]), "{json}");
    assert_eq!(json["summary"]["silenced"], 1);
    // The comment silences only that value: value 6 without bold is still reported, once.
    let value6 = text.lines().find(|l| l.starts_with("6. ")).unwrap().to_owned();
    std::fs::write(d.join("charter/es.md"), text.replace(&value6, &value6.replacen("**", "", 2))).unwrap();
    let (code, json) = check_json(d, &["charter/es.md"]);
    let f = findings(&json);
    assert_eq!(code, 1);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "strong-count");
}

#[test]
fn a_heading_without_its_space_is_one_finding_with_the_fix() {
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/de.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("## Unsere Werte", "##Unsere Werte", 1)).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    let f = findings(&json);
    assert_eq!(f, [("heading-structure".to_owned(), "de.md".to_owned(), 16)], "{json}");
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.contains("`##`") && message.contains("space"), "{message}");
}

#[test]
fn a_value_cut_by_a_blank_line_is_one_finding_at_the_cut() {
    let dir = charter_copy();
    let d = dir.path();
    let path = d.join("charter/de.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // A blank line in the middle of value 3 ends the list there: values 4 to 8 are read as
    // the rest of a paragraph. One finding, at that text, naming value 3 and its line.
    let value3 = text.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let cut = value3.find(". ").map(|i| i + 2).unwrap() + value3[4..].find(' ').unwrap() + 1;
    let split = format!("{}\n\n{}", &value3[..cut], &value3[cut..]);
    std::fs::write(&path, text.replacen(&value3, &split, 1)).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    let counts: Vec<&serde_json::Value> =
        json["diagnostics"].as_array().unwrap().iter().filter(|x| x["rule"] == "value-count").collect();
    assert_eq!(counts.len(), 1, "{json}");
    let message = counts[0]["message"].as_str().unwrap();
    let line = text.lines().position(|l| l == value3).unwrap() + 1;
    assert!(message.contains("value 3") && message.contains(&format!("line {line}")), "{message}");
    assert!(message.contains("values after it"), "{message}");
    assert_eq!(counts[0]["line"], line + 2, "{json}");
    let errors = json["diagnostics"].as_array().unwrap().iter().filter(|x| x["severity"] == "error").count();
    assert_eq!(errors, 1, "{json}");
}

#[test]
fn json_schema_fields() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/es.md"), es.replacen("**", "", 2)).unwrap();
    let (_, json) = check_json(d, &["charter/es.md"]);
    assert_eq!(json["version"], 1);
    assert_eq!(json["source"], "charter/fr.md");
    let diag = json["diagnostics"].as_array().unwrap().iter().find(|x| x["rule"] == "strong-count").unwrap();
    for key in [
        "rule",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "unit",
        "message",
        "source_file",
        "source_line",
    ] {
        assert!(diag.get(key).is_some(), "{key} missing in {diag}");
    }
    assert_eq!(diag["source_file"], "charter/fr.md");
    assert_eq!(json["summary"]["errors"], 1);
}

#[test]
fn github_annotations_cannot_be_injected() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let evil = format!("{value3} [x](https://a.b/%0A::set-env%20name=X::y)\n::error file=x::pwned");
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &evil)).unwrap();
    let out = charte(d).args(["check", "charter/es.md", "--format", "github"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let (_, json) = check_json(d, &["charter/es.md"]);
    assert_eq!(text.lines().count(), json["diagnostics"].as_array().unwrap().len(), "{text}");
    for line in text.lines() {
        assert!(line.starts_with("::error file=") || line.starts_with("::warning file="), "{line}");
        let (properties, _) = line[2..].split_once("::").unwrap();
        assert!(
            !properties.contains(':') || properties.starts_with("error") || properties.starts_with("warning"),
            "{line}"
        );
    }
    assert!(text.contains("%250A"), "{text}");
}

#[test]
fn human_output_has_no_raw_escape_sequences_and_no_colour_when_asked() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    let value3 = es.lines().find(|l| l.starts_with("3. ")).unwrap().to_owned();
    let evil = value3.replacen("**", "", 2).replace("Pause", "Pa\u{1b}[2Juse\u{202e}");
    std::fs::write(d.join("charter/es.md"), es.replace(&value3, &evil)).unwrap();
    for args in [&["--color", "always"][..], &["--color", "never"][..]] {
        let out = charte(d).env_remove("NO_COLOR").args(["check", "charter/es.md"]).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains("\u{1b}[2J") && !text.contains('\u{202e}'), "{text:?}");
        assert_eq!(text.contains('\u{1b}'), args[1] == "always", "{args:?}");
    }
    let out = charte(d).env("NO_COLOR", "1").args(["check", "charter/es.md", "--color", "always"]).output().unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn markdown_and_sarif_outputs() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/es.md"), es.replacen("**", "", 2).replace("Pause IA", "Pause | `IA`")).unwrap();
    let out = charte(d).args(["check", "--format", "markdown"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let header_cells = text.lines().find(|l| l.starts_with('|')).unwrap().matches('|').count();
    for line in text.lines().filter(|l| l.starts_with("| ")) {
        assert_eq!(line.matches('|').count() - line.matches("\\|").count(), header_cells, "{line}");
    }
    assert!(text.contains("| ✗ es |"), "{text}");
    let out = charte(d).args(["check", "--format", "sarif"]).output().unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(result["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn file_names_that_are_not_canonical_tags_are_reported() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/EN.md"), &es).unwrap();
    std::fs::write(d.join("charter/pt_BR.md"), &es).unwrap();
    let (_, json) = check_json(d, &[]);
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "language-tag")
        .map(|x| x["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 2, "{json}");
    assert!(messages.iter().any(|m| m.contains("“pt-BR”")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("“en”")), "{messages:?}");
}

#[test]
fn sarif_validates_against_the_sarif_models() {
    // sarif-pydantic's models follow the SARIF 2.1.0 schema; .ci/run installs it.
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    std::fs::write(d.join("charter/es.md"), es.replacen("**", "", 2).replace("10/10/2024", "1/1/2000")).unwrap();
    let out = charte(d).args(["check", "--format", "sarif"]).output().unwrap();
    let Some(results) = common::sarif_pydantic(&out.stdout, "len(log.runs[0].results)") else { return };
    assert_eq!(results, "2");
}

/// The error findings of a check: (rule, message, line).
fn errors(json: &serde_json::Value) -> Vec<(String, String, u64)> {
    let list = json["diagnostics"].as_array().unwrap();
    list.iter()
        .filter(|x| x["severity"] == "error")
        .map(|x| {
            (
                x["rule"].as_str().unwrap().to_owned(),
                x["message"].as_str().unwrap().to_owned(),
                x["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn two_paragraphs_merged_are_one_finding_at_the_merge() {
    let dir = charter_copy();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    // Paragraphs 1 and 2 of the mission written as one.
    let first = text.lines().find(|l| l.starts_with("Vorrangiges Ziel")).unwrap();
    let merged = text.replacen(&format!("{first}\n\n"), &format!("{first} "), 1);
    std::fs::write(d.join("charter/de.md"), &merged).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    let errors = errors(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (rule, message, line) = &errors[0];
    assert_eq!((rule.as_str(), *line), ("block-structure", line_of(&merged, "Vorrangiges Ziel")));
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let lines = (line_of(&fr, "La priorité de Pause IA"), line_of(&fr, "Nous sommes"));
    assert!(
        message.contains(&format!("2 paragraphs of the master (lines {} and {}) appear merged", lines.0, lines.1)),
        "{message}"
    );
}

#[test]
fn a_paragraph_split_in_two_is_one_finding_at_the_split() {
    let dir = charter_copy();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    // The third paragraph of the mission cut inside its first bold span.
    let split = text.replacen("**überragenden Bedeutung", "**überragenden\n\nBedeutung", 1);
    std::fs::write(d.join("charter/de.md"), &split).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!(code, 1);
    let errors = errors(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (rule, message, line) = &errors[0];
    assert_eq!((rule.as_str(), *line), ("block-structure", line_of(&split, "Wir sind uns der")));
    let second = line_of(&split, "Bedeutung unserer Mission");
    assert!(message.contains(&format!("split in two here (its second part at line {second})")), "{message}");
}

#[test]
fn a_paragraph_left_out_is_found_by_its_shape() {
    let dir = charter_copy();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    // The first paragraph of the mission deleted: the others keep their own findings (none).
    let first = text.lines().find(|l| l.starts_with("Vorrangiges Ziel")).unwrap();
    let deleted = text.replacen(&format!("{first}\n\n"), "", 1);
    std::fs::write(d.join("charter/de.md"), &deleted).unwrap();
    let (_, json) = check_json(d, &["charter/de.md"]);
    let errors = errors(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (rule, message, line) = &errors[0];
    assert_eq!((rule.as_str(), *line), ("block-structure", line_of(&deleted, "Wir sind Promovierte")));
    assert!(message.contains("the master has a paragraph here"), "{message}");
}

#[test]
fn values_whose_texts_were_exchanged_are_one_warning() {
    let dir = charter_copy();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    // Values 2 and 7 exchanged, numbers kept: 2 has one bold span, 7 three.
    let two = text.lines().find(|l| l.starts_with("2. ")).unwrap();
    let seven = text.lines().find(|l| l.starts_with("7. ")).unwrap();
    let swapped =
        text.replacen(two, &format!("2. {}", &seven[3..]), 1).replacen(seven, &format!("7. {}", &two[3..]), 1);
    std::fs::write(d.join("charter/de.md"), &swapped).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    let f = findings(&json);
    let line = line_of(&swapped, "2. ");
    assert_eq!(f, [("swapped-values".to_owned(), "de.md".to_owned(), line)], "{json}");
    assert_eq!(code, 0, "a warning");
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    let other = line_of(&swapped, "7. ");
    assert!(message.contains(&format!("values 2 and 7 (line {other}) appear exchanged")), "{message}");
}

#[test]
fn values_alike_in_shape_and_length_are_not_told_apart() {
    // What the swap detector cannot see: values 2 and 5 both hold one bold span and two
    // sentences. The test documents the limit; a finding here would be a guess.
    let dir = charter_copy();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    let two = text.lines().find(|l| l.starts_with("2. ")).unwrap();
    let five = text.lines().find(|l| l.starts_with("5. ")).unwrap();
    let swapped = text.replacen(two, &format!("2. {}", &five[3..]), 1).replacen(five, &format!("5. {}", &two[3..]), 1);
    std::fs::write(d.join("charter/de.md"), &swapped).unwrap();
    let (code, json) = check_json(d, &["charter/de.md"]);
    assert_eq!((code, findings(&json)), (0, vec![]), "{json}");
}

#[test]
fn a_value_renumbered_and_another_deleted_are_found_where_they_were_made() {
    let dir = charter_copy();
    let d = dir.path();
    let es = spanish(d);
    // Value 4 written as 5, value 6 deleted: the number 5 twice, and a value missing.
    let text: String = es
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("6. "))
        .map(|l| if let Some(rest) = l.strip_prefix("4. ") { format!("5. {rest}") } else { l.to_owned() })
        .collect();
    std::fs::write(d.join("charter/es.md"), &text).unwrap();
    let (_, json) = check_json(d, &["charter/es.md"]);
    let errors = errors(&json);
    let renumbered = line_of(&es, "4. ");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!((errors[0].0.as_str(), errors[0].2), ("value-numbering", renumbered), "{errors:?}");
    assert!(errors[0].1.contains("numbered 5; the master numbers it 4"), "{errors:?}");
    // Where value 6 was: the line of value 7 now.
    assert_eq!((errors[1].0.as_str(), errors[1].2), ("value-count", line_of(&text, "7. ")), "{errors:?}");
}
