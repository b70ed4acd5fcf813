//! Properties: parsing never panics, a document checked against itself is clean, and any
//! single structural mutation of a real translation is caught on the right line.

mod common;

use charte::check::compare;
use charte::model::Label;
use charte::{ParseOptions, Rule, Severity, SourceFile, parse, parse_with};
use common::{LANGS, root};
use proptest::prelude::*;

fn markdownish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "**",
        "__",
        "*",
        "_",
        "`",
        "[",
        "](",
        ")",
        "\n",
        "\r\n",
        "\n\n",
        "1. ",
        "3) ",
        "- ",
        "> ",
        "## ",
        "---\n",
        "title: x\n",
        "<!-- charte-ignore -->\n",
        "10/10/2024",
        "é",
        "\u{feff}",
        " ",
        "word",
        "|",
        "```\n",
        "\t",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parsing_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse(&SourceFile::new("x.md", text));
    }

    #[test]
    fn parsing_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let file = SourceFile::from_bytes("x.md", bytes);
        let parsed = parse(&file);
        for d in &parsed.diagnostics {
            prop_assert!(d.start.line >= 1 && d.start.line <= file.line_count().max(1));
        }
    }

    #[test]
    fn markdown_like_text_never_panics_and_is_clean_against_itself(text in markdownish(), other in markdownish()) {
        let a = SourceFile::new("a.md", text);
        let b = SourceFile::new("b.md", other);
        let (pa, pb) = (parse(&a), parse(&b));
        let _ = compare(&a, &pa, &b, &pb);
        let same = compare(&a, &pa, &a, &pa);
        let unexpected: Vec<_> = same
            .diagnostics
            .iter()
            .filter(|d| d.rule != Rule::Untranslated && d.rule != Rule::FrontMatter && d.rule != Rule::InvalidInput)
            .collect();
        prop_assert!(unexpected.is_empty(), "{:?}", unexpected);
    }

    #[test]
    fn same_words_agrees_with_splitting_on_whitespace(a in "[ \t\n\u{b}\u{a0}\u{2009}\u{3000}’aAé1.]{0,12}", b in "[ \t\n\u{b}\u{a0}\u{2009}\u{3000}’aAé1.]{0,12}") {
        let naive = a.split_whitespace().eq(b.split_whitespace());
        prop_assert_eq!(charte::check::same_words(&a, &b), naive);
        prop_assert!(charte::check::same_words(&a, &a));
    }

    #[test]
    fn the_translation_parse_finds_what_the_full_parse_finds(text in markdownish(), other in markdownish()) {
        let a = SourceFile::new("a.md", text);
        let b = SourceFile::new("b.md", other);
        let pa = parse(&a);
        let full = compare(&a, &pa, &b, &parse(&b));
        let lean = compare(&a, &pa, &b, &parse_with(&b, ParseOptions::TRANSLATION));
        let key = |c: &charte::check::Comparison| -> Vec<(Rule, usize, usize, &str, String)> {
            c.diagnostics.iter().map(|d| (d.rule, d.span.start, d.span.end, d.message, format!("{:?}", d.args))).collect()
        };
        prop_assert_eq!(key(&full), key(&lean));
        prop_assert_eq!((full.pairs, full.silenced), (lean.pairs, lean.silenced));
    }

    #[test]
    fn renumbering_any_value_is_caught_on_its_line(lang in prop::sample::select(LANGS.to_vec()), value in 1u64..=8, to in 0u64..100) {
        prop_assume!(to != value);
        let (master, mp) = load("fr");
        let (file, parsed) = load(lang);
        let item = items(&parsed).into_iter().find(|(n, _)| *n == value).unwrap().1;
        let mut text = file.text().to_owned();
        text.replace_range(item.marker.range(), &format!("{to}."));
        let line = file.position(item.marker.start).line;
        let errors = errors_on(&master, &mp, &text);
        prop_assert!(errors.iter().any(|(_, l)| *l == line), "{lang} value {value} -> {to}: {errors:?}");
    }
}

fn load(lang: &str) -> (SourceFile, charte::Parsed) {
    let text = std::fs::read_to_string(root().join(format!("charter/{lang}.md"))).unwrap();
    let file = SourceFile::new(format!("charter/{lang}.md"), text);
    let parsed = parse(&file);
    (file, parsed)
}

fn items(parsed: &charte::Parsed) -> Vec<(u64, charte::model::Item)> {
    let mut out = Vec::new();
    for s in &parsed.document.sections {
        for b in &s.blocks {
            if let charte::model::BlockKind::List(l) = &b.kind {
                out.extend(l.items.iter().map(|i| (i.written.unwrap_or(0), i.clone())));
            }
        }
    }
    out
}

/// Errors (rule, line) of a mutated translation.
fn errors_on(master: &SourceFile, mp: &charte::Parsed, text: &str) -> Vec<(Rule, usize)> {
    let file = SourceFile::new("t.md", text);
    compare(master, mp, &file, &parse(&file))
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.rule, d.start.line))
        .collect()
}

#[test]
fn unmodified_translations_have_no_error() {
    let (master, mp) = load("fr");
    for lang in LANGS {
        let (file, _) = load(lang);
        assert_eq!(errors_on(&master, &mp, file.text()), [], "{lang}");
    }
}

#[test]
fn removing_any_strong_or_emphasis_span_is_caught_on_its_line() {
    let (master, mp) = load("fr");
    let mut tried = 0;
    for lang in LANGS {
        let (file, parsed) = load(lang);
        for unit in &parsed.document.units {
            let spans = unit.inline.strong.iter().map(|s| (*s, 2)).chain(unit.inline.emphasis.iter().map(|s| (*s, 1)));
            for (span, width) in spans {
                let text = file.text();
                let mutated = format!(
                    "{}{}{}",
                    &text[..span.start],
                    &text[span.start + width..span.end - width],
                    &text[span.end..]
                );
                let line = file.position(span.start).line;
                let errors = errors_on(&master, &mp, &mutated);
                assert!(errors.iter().any(|(_, l)| *l == line), "{lang} {}: {errors:?}", unit.id);
                tried += 1;
            }
        }
    }
    assert_eq!(tried, LANGS.len() * 19);
}

#[test]
fn deleting_any_value_is_caught_where_it_was() {
    let (master, mp) = load("fr");
    for lang in LANGS {
        let (file, parsed) = load(lang);
        let items = items(&parsed);
        for (k, (number, item)) in items.iter().enumerate() {
            let lines = file.lines_of(item.span);
            let text = file.text();
            let end = (lines.end + 1).min(text.len());
            let mutated = format!("{}{}", &text[..lines.start], &text[end..]);
            let where_it_was = file.position(item.span.start).line;
            // The last value leaves no line behind it: the finding is on the value before.
            let expected = if k + 1 == items.len() { where_it_was - 1 } else { where_it_was };
            let errors = errors_on(&master, &mp, &mutated);
            assert!(
                errors.iter().any(|(r, l)| *r == Rule::ValueCount && *l == expected),
                "{lang} value {number}: {errors:?}"
            );
        }
    }
}

#[test]
fn labels_name_values_by_their_number() {
    let (_, parsed) = load("de");
    let labels: Vec<_> =
        parsed.document.units.iter().filter(|u| matches!(u.label, Label::Value { .. })).map(|u| u.id.clone()).collect();
    assert_eq!(labels, (1..=8).map(|n| format!("value.{n}")).collect::<Vec<_>>());
}
