//! The scans of [`super`] as they were before they looked at 16 bytes at a time, kept as the
//! oracle of the property tests below: on any text and any unit, the new scans measure what
//! these did, so that `check` reports the same findings, byte for byte.

use proptest::prelude::*;

use super::End;
use super::{RATIO_MIN_CHARS, RATIO_MIN_UNITS, abbreviation, classify, closer, letter, same};
use crate::model::{Document, Unit};
use crate::source::SourceFile;

fn length(file: &SourceFile, unit: &Unit) -> usize {
    let src = &file.text()[unit.span.range()];
    // Words and their characters, one space between words, in one pass over the bytes: an
    // ASCII byte is looked up, a byte inside a longer character skipped, and only the first
    // bytes of the characters that may be spaces (U+0085, U+00A0, U+1680, U+2000 to U+205F,
    // U+3000) or U+FFFC decode their character. The prose is cut out only when there is code
    // or a link to leave out.
    let count = |text: &str| {
        let (mut chars, mut words, mut after_space) = (0usize, 0usize, true);
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Eight ASCII bytes at a time: none inside a character, none to decode.
            if let Some(block) = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok())
                && u64::from_ne_bytes(block) & 0x8080_8080_8080_8080 == 0
            {
                for b in block {
                    let separator = LENGTH_CLASS[usize::from(b)] == SEPARATOR;
                    chars += usize::from(!separator);
                    words += usize::from(!separator && after_space);
                    after_space = separator;
                }
                i += 8;
                continue;
            }
            let (separator, inside) = match LENGTH_CLASS[usize::from(bytes[i])] {
                MAY_BE_SPACE => (text[i..].chars().next().is_some_and(|c| c.is_whitespace() || c == '\u{fffc}'), false),
                class => (class == SEPARATOR, class == INSIDE),
            };
            // A byte inside a character changes nothing; a character counts unless it is a
            // separator, and starts a word after one.
            let counted = !separator && !inside;
            chars += usize::from(counted);
            words += usize::from(counted && after_space);
            after_space = separator || (inside && after_space);
            i += 1;
        }
        (chars + words).saturating_sub(1)
    };
    if unit.inline.code.is_empty() && unit.inline.links.is_empty() {
        count(src)
    } else {
        count(&prose(src, unit.span.start, unit))
    }
}

fn may_repeat(text: &str) -> bool {
    // Words end at an ASCII space or mark (but `'`, `-`, `_`, `[`, `]`, which may be part of a
    // word): one table look-up per byte, since no byte of a longer UTF-8 sequence is ASCII. A
    // word is then trimmed to its letters. Two words apart by a space of another script
    // (no-break) are not looked at.
    let bytes = text.as_bytes();
    let mut prev = "";
    let mut start = 0;
    for end in 0..=bytes.len() {
        if end < bytes.len() && !WORD_END[usize::from(bytes[end])] {
            continue;
        }
        if end > start {
            let word = &text[start..end];
            let alnum = |b: u8| b.is_ascii_alphanumeric();
            let word = if alnum(bytes[start]) && alnum(bytes[end - 1]) {
                word
            } else {
                word.trim_matches(|c: char| !letter(c))
            };
            // Words of other lengths differ (case mappings that change a word's length, such
            // as the Kelvin sign's, are left out).
            if !word.is_empty() {
                if prev.len() == word.len() && same(prev, word) {
                    return true;
                }
                prev = word;
            }
        }
        start = end + 1;
    }
    false
}

const WORD_END: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = !(c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-' | b'_' | b'[' | b']'));
        b += 1;
    }
    table
};

const LENGTH_CLASS: [u8; 256] = {
    let mut table = [WORD; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            0..0x80 if c.is_ascii_whitespace() || matches!(c, b'>' | b'*' | b'_' | b'`') => SEPARATOR,
            0x80..0xC0 => INSIDE,
            0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => MAY_BE_SPACE,
            _ => WORD,
        };
        b += 1;
    }
    table
};
const WORD: u8 = 0;
const SEPARATOR: u8 = 1;
const INSIDE: u8 = 2;
const MAY_BE_SPACE: u8 = 3;

fn end_mark(text: &str, unit: &Unit) -> End {
    let mut end = unit.span.end;
    let start = unit.span.start;
    loop {
        let src = &text[start..end];
        let trimmed = src.trim_end_matches(|c: char| c.is_whitespace() || closer(c));
        let at = start + trimmed.len();
        if at <= start {
            return End::None;
        }
        // The last character inside code, or a link's target: code says nothing; a link's
        // text does.
        if unit.inline.code.iter().any(|c| c.span.start < at && at <= c.span.end) {
            return End::Opaque;
        }
        // An inline link `[text](url)` ends with `)`, which is a closer: look at its text.
        if let Some(link) =
            unit.inline.links.iter().find(|l| l.span.start < at && at <= l.span.end && l.span.end <= end)
        {
            let body = &text[link.span.range()];
            if body.starts_with('<') || !body.starts_with(['[', '!']) {
                return End::Opaque;
            }
            match body.rfind("](") {
                Some(i) if link.span.start + i < end => {
                    end = link.span.start + i;
                    continue;
                }
                _ => return End::Opaque,
            }
        }
        // Raw HTML, or a bare URL (a link's target, `[text](https://…)`, is not the end).
        let bare_url = |w: &str| w.contains("://") && !w.contains("](");
        if trimmed.ends_with('>') || trimmed.rsplit(char::is_whitespace).next().is_some_and(bare_url) {
            return End::Opaque;
        }
        return classify(trimmed);
    }
}

fn prose(src: &str, offset: usize, unit: &Unit) -> String {
    let mut out = String::with_capacity(src.len());
    let mut cuts: Vec<(usize, usize)> = unit
        .inline
        .code
        .iter()
        .map(|c| (c.span.start, c.span.end))
        .chain(unit.inline.links.iter().map(|l| {
            let body = &src
                [l.span.start.saturating_sub(offset).min(src.len())..l.span.end.saturating_sub(offset).min(src.len())];
            match body.rfind("](") {
                Some(i) if body.starts_with(['[', '!']) => (l.span.start + i + 1, l.span.end),
                _ => (l.span.start, l.span.end),
            }
        }))
        .map(|(a, b)| (a.saturating_sub(offset).min(src.len()), b.saturating_sub(offset).min(src.len())))
        .collect();
    cuts.sort_unstable();
    let mut at = 0;
    for (a, b) in cuts {
        if a >= at && src.is_char_boundary(a) && src.is_char_boundary(b) {
            out.push_str(&src[at..a]);
            out.push('\u{fffc}');
            at = b;
        }
    }
    out.push_str(&src[at.min(src.len())..]);
    out
}

pub(super) fn sentences(text: &str, lines: bool) -> usize {
    let mut count = 0;
    let mut content = false;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        // ASCII bytes are looked at as bytes; a character of another script is decoded.
        let b = bytes[pos];
        let c = if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                content = true;
                pos += 1;
                continue;
            }
            char::from(b)
        } else {
            let Some(c) = text[pos..].chars().next() else { break };
            c
        };
        let after = pos + c.len_utf8();
        if c.is_alphanumeric() {
            content = true;
        }
        if lines && c == '\n' && content {
            count += 1;
            content = false;
        }
        let full_width = matches!(c, '。' | '！' | '？' | '｡');
        if !(full_width || matches!(c, '.' | '!' | '?' | '…' | '؟' | '।')) {
            pos = after;
            continue;
        }
        // The run of marks and closers that ends here.
        let run = text[after..]
            .chars()
            .take_while(|&d| matches!(d, '.' | '!' | '?' | '…' | '。' | '！' | '？') || closer(d))
            .map(char::len_utf8)
            .sum::<usize>();
        let rest = &text[after + run..];
        let next_space = rest.chars().next().is_none_or(char::is_whitespace);
        let ends = if full_width {
            true
        } else if !next_space {
            false
        } else {
            // The next letter, past spaces, opening quotes and emphasis markers.
            let next_word = rest.chars().find(|c| c.is_alphanumeric());
            let lowercase_next = next_word.is_some_and(char::is_lowercase);
            !lowercase_next && (c != '.' || !abbreviation(&text[..pos]))
        };
        if ends && content {
            count += 1;
            content = false;
        }
        pos = after + run;
    }
    count + usize::from(content)
}

/// `usual_ratio` as it was: every length measured by the old [`length`], ratios sorted.
fn usual_ratio(
    master_file: &SourceFile,
    master: &Document,
    file: &SourceFile,
    translation: &Document,
    pairs: &[(usize, usize)],
) -> (Option<f64>, Vec<Option<(usize, usize)>>) {
    let master_length = |m: usize| {
        let unit = master.units.get(m)?;
        (unit.inline.text.len() + 8 >= RATIO_MIN_CHARS)
            .then(|| length(master_file, unit))
            .filter(|&l| l >= RATIO_MIN_CHARS)
    };
    if pairs.iter().filter(|&&(m, _)| master_length(m).is_some()).count() < RATIO_MIN_UNITS {
        return (None, Vec::new());
    }
    let lengths: Vec<Option<(usize, usize)>> =
        pairs.iter().map(|&(m, t)| Some((master_length(m)?, length(file, translation.units.get(t)?)))).collect();
    #[allow(clippy::cast_precision_loss)]
    let mut ratios: Vec<f64> = lengths.iter().flatten().map(|&(m, t)| t as f64 / m as f64).collect();
    if ratios.len() < RATIO_MIN_UNITS {
        return (None, lengths);
    }
    ratios.sort_by(f64::total_cmp);
    let mid = ratios.len() / 2;
    let median = if ratios.len().is_multiple_of(2) { f64::midpoint(ratios[mid - 1], ratios[mid]) } else { ratios[mid] };
    ((median > 0.0).then_some(median), lengths)
}

/// The pieces texts are drawn from: ASCII, accented Latin (composed and not), apostrophes,
/// the spaces of other scripts, U+FFFC, the sentence marks of every script, CJK, emoji,
/// line breaks, Markdown markers, digits, decimals, abbreviations, repeated words, URLs, and
/// characters whose lowercase form is longer or ASCII (`İ`, the Kelvin sign).
const PIECES: &[&str] = &[
    "a",
    "b",
    "Z",
    "the",
    "The",
    "cat",
    "die",
    "nous",
    "é",
    "É",
    "e\u{301}",
    "ß",
    "İ",
    "i",
    "\u{212a}",
    "k",
    "K",
    "’",
    "'",
    "\u{a0}",
    "\u{202f}",
    "\u{3000}",
    "\u{2003}",
    "\u{85}",
    "\u{1680}",
    "\u{fffc}",
    "…",
    "...",
    "。",
    "！",
    "？",
    "｡",
    "؟",
    "।",
    "¿",
    "中",
    "文",
    "한",
    "😀",
    "\r",
    "\n",
    "\r\n",
    " ",
    " ",
    " ",
    "\t",
    "*",
    "_",
    "**",
    ">",
    "`",
    "-",
    "[",
    "]",
    "(",
    ")",
    "«",
    "»",
    "\"",
    "“",
    "”",
    "」",
    "0",
    "7",
    "١",
    "Ⅻ",
    ".",
    ". ",
    "!",
    "?",
    ":",
    "；",
    "：",
    ",",
    "3.5",
    "e.g.",
    "Dr.",
    "z. B.",
    "etc.",
    "www.x.org",
    "https://x.org/a.",
    "](",
    "://",
    "்",
    "मी",
    "बार",
    "tekrar",
    "க",
    "ா",
    "\u{200d}",
];

/// A text drawn from [`PIECES`].
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

/// Inline Markdown around the pieces: code spans, links, autolinks and images among them.
fn inline() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        6 => text(),
        1 => text().prop_map(|t| format!("`{}`", t.replace('`', ""))),
        1 => (text(), text()).prop_map(|(t, u)| format!("[{}](https://x.org/{})", t.replace(['[', ']'], ""), u.len())),
        1 => Just("<https://example.org/a.>".to_owned()),
        1 => Just("![alt.](i.png)".to_owned()),
        1 => text().prop_map(|t| format!("**{t}**")),
    ];
    prop::collection::vec(part, 1..6).prop_map(|p| p.concat())
}

/// A document of units: paragraphs, headings and list items of inline Markdown, some long
/// enough for `length-ratio`.
fn document() -> impl Strategy<Value = String> {
    let unit = prop_oneof![
        4 => inline(),
        1 => inline().prop_map(|t| format!("## {t}")),
        1 => inline().prop_map(|t| format!("- {t}")),
        2 => (inline(), inline(), inline()).prop_map(|(a, b, c)| format!("{a} Nous sommes pacifistes. {b}\n{c}")),
    ];
    prop::collection::vec(unit, 0..14).prop_map(|units| units.join("\n\n") + "\n")
}

fn parsed(text: &str) -> (SourceFile, Document) {
    let file = SourceFile::new("t.md", text);
    let document = crate::parse::parse(&file).document;
    (file, document)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sentences_are_counted_as_before(text in text()) {
        prop_assert_eq!(super::sentences(&text, false), sentences(&text, false));
        prop_assert_eq!(super::sentences(&text, true), sentences(&text, true));
    }

    #[test]
    fn repeats_are_suspected_as_before(text in text()) {
        prop_assert_eq!(super::may_repeat(&text), may_repeat(&text));
    }

    #[test]
    fn units_are_measured_as_before(text in document()) {
        let (file, document) = parsed(&text);
        for unit in &document.units {
            let src = &file.text()[unit.span.range()];
            prop_assert_eq!(super::length(&file, unit), length(&file, unit), "{:?}", src);
            prop_assert_eq!(&*super::prose(src, unit.span.start, unit), prose(src, unit.span.start, unit));
            prop_assert_eq!(super::end_mark(file.text(), unit, false), end_mark(file.text(), unit), "{:?}", src);
            prop_assert_eq!(super::may_repeat(&unit.inline.text), may_repeat(&unit.inline.text));
        }
    }

    #[test]
    fn the_usual_ratio_is_the_one_before(master in document(), translation in document()) {
        let (mf, m) = parsed(&master);
        let (tf, t) = parsed(&translation);
        let pairs: Vec<(usize, usize)> = (0..m.units.len().min(t.units.len())).map(|k| (k, k)).collect();
        let new = super::usual_ratio(&mf, &m, &tf, &t, &pairs);
        let old = usual_ratio(&mf, &m, &tf, &t, &pairs);
        prop_assert_eq!(new.0.map(f64::to_bits), old.0.map(f64::to_bits));
        prop_assert_eq!(new.1, old.1);
    }

    #[test]
    fn the_usual_ratio_of_long_units_is_the_one_before(
        lengths in prop::collection::vec((40usize..200, 0usize..600), 8..30),
    ) {
        // Units of chosen lengths, so that the median is always taken, of odd and even counts.
        let doc = |pick: fn(&(usize, usize)) -> usize| {
            lengths.iter().map(|l| "mot ".repeat(pick(l) / 4 + 1)).collect::<Vec<_>>().join("\n\n") + "\n"
        };
        let (mf, m) = parsed(&doc(|l| l.0));
        let (tf, t) = parsed(&doc(|l| l.1));
        let pairs: Vec<(usize, usize)> = (0..lengths.len()).map(|k| (k, k)).collect();
        let new = super::usual_ratio(&mf, &m, &tf, &t, &pairs);
        let old = usual_ratio(&mf, &m, &tf, &t, &pairs);
        prop_assert!(old.0.is_some());
        prop_assert_eq!(new.0.map(f64::to_bits), old.0.map(f64::to_bits));
        prop_assert_eq!(new.1, old.1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn long_units_are_measured_as_before(pieces in prop::collection::vec(prop::sample::select(PIECES), 6000..9000)) {
        // One paragraph of several kilobytes without code or links, counted in one piece: counts
        // kept by place over hundreds of chunks.
        let text = format!("a {}\n", pieces.concat().replace(['\n', '\r', '`', '[', '<'], " "));
        let (file, document) = parsed(&text);
        for unit in &document.units {
            prop_assert_eq!(super::length(&file, unit), length(&file, unit));
        }
    }
}
