//! What the checks translators know from pofilter, Weblate and Okapi measure in a unit: its end
//! punctuation, its number of sentences, its length against the document's usual ratio, and
//! the words it writes twice. The rules themselves (`end-punctuation`, `sentence-count`,
//! `length-ratio`, `repeated-word`) are in `src/rules/quality.rs`.
//!
//! They look at one aligned pair of units at a time, in any language: what differs from one
//! language to another (a full-width `？`, a French space before `:`, a Spanish `¿`) is
//! normalised away rather than configured. Every check is a warning: each is a hint that part
//! of a unit was lost, never proof. What they measure of a master unit is measured once per
//! run ([`Measures`]) and shared by all its translations.

use std::borrow::Cow;

use crate::model::{Document, Unit};
use crate::source::{SourceFile, Span};

/// Master units with at least this many sentences are compared by `sentence-count`.
pub const SENTENCES_FROM: usize = 3;

/// A translation may have one sentence fewer than its master: two sentences joined by a
/// semicolon are a translator's choice. `sentence-count` reports fewer than this many less.
pub const SENTENCES_SLACK: usize = 1;

/// Master units of at least this many characters are measured by `length-ratio`.
pub const RATIO_MIN_CHARS: usize = 40;

/// How many measured pairs a comparison needs before `length-ratio` has a usual ratio.
pub const RATIO_MIN_UNITS: usize = 8;

/// How far from the usual ratio a unit is an outlier: beyond this factor either way.
pub const RATIO_FACTOR: f64 = 2.5;

/// Word pairs that are grammatical in some language: German "die die", "das das", "der der"
/// (an article then a relative pronoun), Dutch "dat dat", French "nous nous", "vous vous"
/// (reflexive verbs), English "had had", "that that". A pair is accepted in every language: a
/// translation is in one language, and these words are not words of the others.
/// Reduplications that mean "again and again" are grammatical too: Turkish "tekrar tekrar",
/// Tamil "மீண்டும் மீண்டும்", Hindi "बार बार" (the ones found in tldr-pages' translations).
pub const REPEATS_ALLOWED: &[&str] =
    &["die", "das", "der", "dat", "nous", "vous", "had", "that", "tekrar", "மீண்டும்", "बार"];

/// What the checks measure of a master unit: measured once per master document and shared by
/// every translation checked against it.
#[derive(Debug, Clone)]
pub struct Measures {
    /// How the unit ends.
    end: End,
    /// Its sentences, when it has at least [`SENTENCES_FROM`] (else 0).
    sentences: usize,
    /// Its length as `length-ratio` counts it, when it has at least [`RATIO_MIN_CHARS`].
    length: Option<usize>,
}

impl Measures {
    fn of(file: &SourceFile, unit: &Unit, front_matter: bool) -> Self {
        // Three sentences need two marks: `.`, `!`, `?`, or the first byte of a mark of another
        // script (more bytes than marks pass, which only costs a count).
        let mark = |b: &u8| matches!(b, b'.' | b'!' | b'?' | 0xD8 | 0xE0 | 0xE2 | 0xE3 | 0xEF);
        let marks = unit.inline.text.bytes().filter(mark).take(SENTENCES_FROM - 1).count();
        let sentences = if marks + 1 >= SENTENCES_FROM {
            let src = &file.text()[unit.span.range()];
            Some(sentences(&prose(src, unit.span.start, unit), false)).filter(|&n| n >= SENTENCES_FROM).unwrap_or(0)
        } else {
            0
        };
        // A unit's prose is hardly longer than its text (a list marker, an entity): a short
        // text is not measured.
        let length = if unit.inline.text.len() + 8 >= RATIO_MIN_CHARS {
            Some(length(file, unit)).filter(|&l| l >= RATIO_MIN_CHARS)
        } else {
            None
        };
        Self { end: end_mark(file.text(), unit, front_matter), sentences, length }
    }
}

/// The measures of every unit of `master` (read from `master_file`), taken on first use and
/// kept with the document.
pub(crate) fn measures<'d>(master_file: &SourceFile, master: &'d Document) -> &'d [Measures] {
    master
        .measures
        .get_or_init(|| master.units.iter().map(|u| Measures::of(master_file, u, in_front_matter(master, u))).collect())
}

impl Measures {
    /// How the master unit ends.
    pub(crate) fn end(&self) -> End {
        self.end
    }

    /// Its sentences, when it has at least [`SENTENCES_FROM`] (else 0).
    pub(crate) fn sentences(&self) -> usize {
        self.sentences
    }
}

/// The sentences of a translated unit when they are fewer than `expected` by more than
/// [`SENTENCES_SLACK`]: counted generously ([`sentences`] with line breaks), and only when the
/// unit marks sentence ends at all (a language that marks none, Thai, has no sentences to
/// count).
pub(crate) fn fewer_sentences(file: &SourceFile, unit: &Unit, expected: usize) -> Option<usize> {
    let prose = prose(&file.text()[unit.span.range()], unit.span.start, unit);
    let found = sentences(&prose, true);
    (found + SENTENCES_SLACK < expected && prose.contains(SENTENCE_MARKS)).then_some(found)
}

/// How a unit of `file` ends.
pub(crate) fn unit_end(file: &SourceFile, doc: &Document, unit: &Unit) -> End {
    end_mark(file.text(), unit, in_front_matter(doc, unit))
}

/// Whether a unit is a value of the document's front matter.
fn in_front_matter(doc: &Document, unit: &Unit) -> bool {
    doc.front_matter.as_ref().is_some_and(|fm| fm.span.contains(unit.span))
}

/// Whether a pair's lengths are an outlier against the usual ratio: the pair's ratio and the
/// usual one as percentages, when it is.
pub(crate) fn length_outlier(usual: f64, (m, t): (usize, usize)) -> Option<(usize, usize)> {
    #[allow(clippy::cast_precision_loss)]
    let ratio = t as f64 / m as f64;
    (ratio > usual * RATIO_FACTOR || ratio < usual / RATIO_FACTOR).then(|| (percent(ratio), percent(usual)))
}

/// The words a translated unit writes twice in a row that its master unit does not, with their
/// byte range in `file`. A cheap pass over the unit's text looks first: most units have none.
pub(crate) fn new_repeats(
    master_file: &SourceFile,
    master: &Unit,
    file: &SourceFile,
    unit: &Unit,
) -> Vec<(String, Span)> {
    if !may_repeat(&unit.inline.text) {
        return Vec::new();
    }
    let repeated = repeated_words(&prose(&file.text()[unit.span.range()], unit.span.start, unit));
    if repeated.is_empty() {
        return Vec::new();
    }
    let in_master = repeated_words(&prose(&master_file.text()[master.span.range()], master.span.start, master));
    repeated
        .into_iter()
        .filter(|(word, _)| {
            let lower = word.to_lowercase();
            !in_master.iter().any(|(w, _)| w.to_lowercase() == lower)
        })
        .map(|(word, at)| (word, Span::new(unit.span.start + at.start, unit.span.start + at.end)))
        .collect()
}

/// The marks that may end a sentence.
const SENTENCE_MARKS: &[char] = &['.', '!', '?', '…', '。', '！', '？', '｡', '؟', '।'];

/// Whether a unit's text has two neighbouring words that are the same, punctuation around
/// them ignored: what [`repeated_words`] then looks at in the source.
fn may_repeat(text: &str) -> bool {
    // Words end at an ASCII space or mark (but `'`, `-`, `_`, `[`, `]`, which may be part of a
    // word); no byte of a longer UTF-8 sequence is ASCII, so none ends a word. The ends among
    // 16 bytes are found at once, a bit each; each word is then trimmed to its letters. Two
    // words apart by a space of another script (no-break) are not looked at.
    let bytes = text.as_bytes();
    let mut prev = "";
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let (chunk, n) = chunk_at(bytes, at);
        let mut ends = bits(number(flags(&chunk, word_end))) & (u16::MAX >> (CHUNK - n));
        while ends != 0 {
            let end = at + ends.trailing_zeros() as usize;
            ends &= ends - 1;
            if end > start && repeats(text, start..end, &mut prev) {
                return true;
            }
            start = end + 1;
        }
        at += CHUNK;
    }
    bytes.len() > start && repeats(text, start..bytes.len(), &mut prev)
}

/// Whether the word at `range` of `text`, trimmed to its letters, is the same as `prev`, the
/// word before; it becomes `prev` unless nothing is left of it.
#[inline(always)]
fn repeats<'t>(text: &'t str, range: std::ops::Range<usize>, prev: &mut &'t str) -> bool {
    let Some(word) = text.get(range) else { return false };
    let bytes = word.as_bytes();
    // A word that starts and ends with an ASCII letter or digit, or a Latin-1 letter (`é`,
    // two bytes from 0xC3, but `×` and `÷`), has nothing to trim.
    let latin = |lead: u8, next: u8| lead == 0xC3 && next != 0x97 && next != 0xB7;
    let first = match bytes {
        [b, rest @ ..] => b.is_ascii_alphanumeric() || rest.first().is_some_and(|&n| latin(*b, n)),
        [] => false,
    };
    let last = match bytes {
        [.., p, b] => b.is_ascii_alphanumeric() || latin(*p, *b),
        [b] => b.is_ascii_alphanumeric(),
        [] => false,
    };
    let word = if first && last { word } else { word.trim_matches(|c: char| !letter(c)) };
    // Words of other lengths differ (case mappings that change a word's length, such as the
    // Kelvin sign's, are left out).
    if word.is_empty() {
        return false;
    }
    let repeated = prev.len() == word.len() && same(prev, word);
    *prev = word;
    repeated
}

/// The ASCII bytes that end a word for [`may_repeat`]: all but letters, digits, `'`, `-`, `_`,
/// `[` and `]`; no other byte does. Comparisons rather than a table, so that 16 bytes are
/// looked at together.
#[inline(always)]
fn word_end(b: u8) -> bool {
    let letter = (b | 0x20).wrapping_sub(b'a') < 26;
    let digit = b.wrapping_sub(b'0') < 10;
    let joiner = (b == b'\'') | (b == b'-') | (b == b'_') | (b == b'[') | (b == b']');
    (b < 0x80) & !(letter | digit | joiner)
}

/// How many bytes the scans look at together.
const CHUNK: usize = 16;

/// The [`CHUNK`] bytes of `bytes` from `at`, or its last ones followed by spaces; and how many
/// are the text's.
#[inline(always)]
fn chunk_at(bytes: &[u8], at: usize) -> ([u8; CHUNK], usize) {
    if let Some(Ok(chunk)) = bytes.get(at..at + CHUNK).map(<[u8; CHUNK]>::try_from) {
        return (chunk, CHUNK);
    }
    let part = bytes.get(at..).unwrap_or_default();
    let mut chunk = [b' '; CHUNK];
    for (c, &b) in chunk.iter_mut().zip(part) {
        *c = b;
    }
    (chunk, part.len().min(CHUNK))
}

/// Whether `test` holds for each byte of a chunk, as 0 or 1: written so that the compiler
/// tests the 16 bytes together.
#[inline(always)]
fn flags(chunk: &[u8; CHUNK], test: impl Fn(u8) -> bool) -> [u8; CHUNK] {
    let mut out = [0; CHUNK];
    for (o, &b) in out.iter_mut().zip(chunk) {
        *o = u8::from(test(b));
    }
    out
}

/// Flags as the bytes of a number, the first byte lowest.
#[inline(always)]
fn number(flags: [u8; CHUNK]) -> u128 {
    u128::from_le_bytes(flags)
}

/// Whether any flag is set.
#[inline(always)]
fn any(flags: &[u8; CHUNK]) -> bool {
    flags.iter().fold(0, |a, &f| a | f) != 0
}

/// The flags as the bits of a number, the first byte's lowest: a multiplication gathers
/// eight flags into one byte.
#[inline(always)]
fn bits(flags: u128) -> u16 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    #[allow(clippy::cast_possible_truncation)]
    let (low, high) = (flags as u64, (flags >> 64) as u64);
    ((low.wrapping_mul(GATHER) >> 56) | ((high.wrapping_mul(GATHER) >> 56) << 8)) as u16
}

/// What a byte is to [`length`]: the first byte of a letter or mark ([`WORD`]), an ASCII
/// space or Markdown marker ([`SEPARATOR`]), a byte inside a longer character ([`INSIDE`]),
/// or the first byte of a character that may be a space (U+0085, U+00A0, U+1680, U+2000 to
/// U+205F, U+3000) or U+FFFC ([`MAY_BE_SPACE`], see [`space`]).
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

fn percent(ratio: f64) -> usize {
    // A ratio is positive and small: the cast cannot truncate anything that matters.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let p = (ratio * 100.0).round().max(0.0) as usize;
    p
}

/// A unit's length for `length-ratio`: the characters of its prose, spaces collapsed, inline
/// code and link targets left out. Code and URLs are the same in every language: counted, they
/// would pull a command line's ratio towards 1 in a language whose prose is three times
/// shorter (Chinese, Korean).
fn length(file: &SourceFile, unit: &Unit) -> usize {
    let src = &file.text()[unit.span.range()];
    // The prose's pieces are counted where they are, a cut between two being a separator
    // (U+FFFC is one): the prose is not built.
    let (mut chars, mut words) = (0, 0);
    if unit.inline.code.is_empty() && unit.inline.links.is_empty() {
        count_length(src, &mut chars, &mut words);
    } else {
        for piece in pieces(src, unit.span.start, unit) {
            count_length(&src[piece], &mut chars, &mut words);
        }
    }
    (chars + words).saturating_sub(1)
}

/// Adds the characters of `text` that are not separators, and its words, to `chars` and
/// `words`; the text follows a separator (or nothing). Sixteen bytes are classified at once:
/// a byte inside a longer character counts nothing and belongs to the character it is in,
/// and only the first bytes of the characters that may be spaces (U+0085, U+00A0, U+1680,
/// U+2000 to U+205F, U+3000) or U+FFFC are compared with those characters' bytes.
fn count_length(text: &str, chars: &mut usize, words: &mut usize) {
    let bytes = text.as_bytes();
    // 1 when the last byte looked at is a separator or inside one.
    let mut after = 1;
    // Characters and word starts counted at each of the 16 places of a chunk, added up every
    // 255 chunks (before a count of a place could overflow) and at the end.
    let (mut counted, mut started) = ([0u8; CHUNK], [0u8; CHUNK]);
    let add = |places: &mut [u8; CHUNK], to: &mut usize| {
        *to += places.iter().map(|&p| usize::from(p)).sum::<usize>();
        *places = [0; CHUNK];
    };
    let whole = bytes.len() - bytes.len() % CHUNK;
    let mut at = 0;
    while at < whole {
        let mut chunk = [0; CHUNK];
        chunk.copy_from_slice(&bytes[at..at + CHUNK]);
        let mut sep = flags(&chunk, separator);
        let inside = flags(&chunk, |b| b & 0xC0 == 0x80);
        let may_space = flags(&chunk, may_be_space);
        if any(&may_space) {
            // The character and the bytes inside it are a separator.
            for k in (0..CHUNK).filter(|&k| may_space[k] != 0) {
                let len = space(&bytes[at + k..]);
                sep.iter_mut().skip(k).take(len).for_each(|s| *s = 1);
            }
        }
        if after != 0 && inside[0] != 0 {
            // Bytes inside a space begun in the chunk before are part of that space. (Those
            // of another character are not separators, which they are not in `sep` either.)
            sep.iter_mut().zip(&inside).take_while(|(_, i)| **i != 0).for_each(|(s, _)| *s = 1);
        }
        let mut before = [0; CHUNK];
        before[0] = after;
        before[1..].copy_from_slice(&sep[..CHUNK - 1]);
        for k in 0..CHUNK {
            // A character counts unless it is a separator, and starts a word after one.
            let character = (sep[k] | inside[k]) ^ 1;
            counted[k] += character;
            started[k] += character & before[k];
        }
        after = sep[CHUNK - 1];
        at += CHUNK;
        if (at / CHUNK).is_multiple_of(255) {
            add(&mut counted, chars);
            add(&mut started, words);
        }
    }
    add(&mut counted, chars);
    add(&mut started, words);
    // The last bytes one by one.
    let mut after_space = after != 0;
    for (i, &b) in bytes.iter().enumerate().skip(whole) {
        let (separator, inside) = match LENGTH_CLASS[usize::from(b)] {
            MAY_BE_SPACE => (space(&bytes[i..]) > 0, false),
            class => (class == SEPARATOR, class == INSIDE),
        };
        // A byte inside a character changes nothing; a character counts unless it is a
        // separator, and starts a word after one.
        let counted = !separator && !inside;
        *chars += usize::from(counted);
        *words += usize::from(counted && after_space);
        after_space = separator || (inside && after_space);
    }
}

/// An ASCII space or Markdown marker, [`SEPARATOR`] in [`LENGTH_CLASS`]: comparisons rather
/// than the table, so that 16 bytes are looked at together.
#[inline(always)]
fn separator(b: u8) -> bool {
    (b == b' ')
        | (b == b'\t')
        | (b == b'\n')
        | (b == 0x0C)
        | (b == b'\r')
        | (b == b'>')
        | (b == b'*')
        | (b == b'_')
        | (b == b'`')
}

/// The first byte of a character that may be a space, [`MAY_BE_SPACE`] in [`LENGTH_CLASS`].
#[inline(always)]
fn may_be_space(b: u8) -> bool {
    (b == 0xC2) | (b == 0xE1) | (b == 0xE2) | (b == 0xE3) | (b == 0xEF)
}

/// The length of the space character (White_Space, as `char::is_whitespace` has it) or the
/// U+FFFC at the start of `bytes`, 0 when it starts with another character: read from the
/// bytes, without decoding.
fn space(bytes: &[u8]) -> usize {
    match bytes {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..]
        | [0xEF, 0xBF, 0xBC, ..] => 3,
        _ => 0,
    }
}

/// The document's usual length ratio, translation over master: the median over the aligned
/// pairs whose master unit has at least [`RATIO_MIN_CHARS`] characters; `None` with fewer than
/// [`RATIO_MIN_UNITS`] such pairs.
pub fn usual_ratio(
    master_file: &SourceFile,
    master: &Document,
    file: &SourceFile,
    translation: &Document,
    pairs: &[(usize, usize)],
) -> (Option<f64>, Vec<Option<(usize, usize)>>) {
    let measured = measures(master_file, master);
    let master_length = |m: usize| measured.get(m).and_then(|x| x.length);
    if pairs.iter().filter(|&&(m, _)| master_length(m).is_some()).count() < RATIO_MIN_UNITS {
        return (None, Vec::new());
    }
    // The lengths of each pair, measured once: `check` compares them with the ratio.
    let lengths: Vec<Option<(usize, usize)>> =
        pairs.iter().map(|&(m, t)| Some((master_length(m)?, length(file, translation.units.get(t)?)))).collect();
    #[allow(clippy::cast_precision_loss)]
    let mut ratios: Vec<f64> = lengths.iter().flatten().map(|&(m, t)| t as f64 / m as f64).collect();
    if ratios.len() < RATIO_MIN_UNITS {
        return (None, lengths);
    }
    // The median by selection: the middle ratio, and for an even count the greatest below it.
    let (mid, even) = (ratios.len() / 2, ratios.len().is_multiple_of(2));
    let (below, &mut upper, _) = ratios.select_nth_unstable_by(mid, f64::total_cmp);
    let median = if even {
        let lower = below.iter().copied().max_by(f64::total_cmp).unwrap_or(upper);
        f64::midpoint(lower, upper)
    } else {
        upper
    };
    ((median > 0.0).then_some(median), lengths)
}

/// How a unit ends, for `end-punctuation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// With this mark, normalised: `.`, `?`, `!`, `:`, `;`, `…` or `,`.
    Mark(char),
    /// With a letter or another character: no end punctuation.
    None,
    /// With code, a URL or a number: its last character says nothing of punctuation.
    Opaque,
}

/// The end punctuation of a unit as a mark every language shares: full-width and other
/// scripts' marks become their ASCII counterpart (`？` is `?`, `。` is `.`, `؟` is `?`), `...`
/// is `…`. Closing quotes, brackets and emphasis markers after the mark are skipped (`« … ».`
/// and `**x.**` both end with `.`), and so is any spacing before it (French `texte :`).
///
/// ```
/// use charte::qa::{end_of, End};
/// assert_eq!(end_of("« Bonjour ! »"), End::Mark('!'));
/// assert_eq!(end_of("**Voilà.**"), End::Mark('.'));
/// assert_eq!(end_of("你好吗？"), End::Mark('?'));
/// assert_eq!(end_of("Wait..."), End::Mark('…'));
/// assert_eq!(end_of("Version 2"), End::Opaque);
/// assert_eq!(end_of("Nos valeurs"), End::None);
/// ```
pub fn end_of(text: &str) -> End {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || closer(c));
    classify(trimmed)
}

fn classify(trimmed: &str) -> End {
    let Some(last) = trimmed.chars().next_back() else { return End::None };
    if last.is_numeric() {
        return End::Opaque;
    }
    if trimmed.ends_with("...") {
        return End::Mark('…');
    }
    match normalise(last) {
        Some(mark) => End::Mark(mark),
        None => End::None,
    }
}

/// A punctuation mark of any script as its ASCII counterpart (`…` stays `…`).
///
/// ```
/// use charte::qa::normalise;
/// assert_eq!(normalise('？'), Some('?'));
/// assert_eq!(normalise('。'), Some('.'));
/// assert_eq!(normalise('a'), None);
/// ```
pub fn normalise(c: char) -> Option<char> {
    Some(match c {
        '.' | '。' | '．' | '｡' | '।' | '۔' => '.',
        '?' | '？' | '؟' => '?',
        '!' | '！' => '!',
        ':' | '：' => ':',
        ';' | '；' | '؛' => ';',
        '…' | '⋯' => '…',
        ',' | '，' | '、' | '،' => ',',
        _ => return None,
    })
}

/// Closing quotes, brackets and emphasis markers, which may follow a sentence's mark.
fn closer(c: char) -> bool {
    matches!(
        c,
        '*' | '_'
            | '"'
            | '\''
            | '»'
            | '«'
            | '”'
            | '“'
            | '’'
            | '‘'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '）'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '】'
            | '\u{a0}'
            | '\u{202f}'
    )
}

/// How a unit ends, looking at its source: a code span, an autolink or a number at the end
/// make it [`End::Opaque`]; a link's text counts, not its target.
fn end_mark(text: &str, unit: &Unit, front_matter: bool) -> End {
    // A front-matter value written with escapes (`"… \"Pause IA.\""`) ends as YAML reads it.
    if front_matter && text[unit.span.range()].contains('\\') {
        let value = unit.inline.text.trim_end_matches(|c: char| c.is_whitespace() || closer(c));
        return if value.is_empty() { End::None } else { classify(value) };
    }
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
        let has = |w: &str, what: &[u8]| w.as_bytes().windows(what.len()).any(|x| x == what);
        let bare_url = |w: &str| has(w, b"://") && !has(w, b"](");
        if trimmed.ends_with('>') || trimmed.rsplit(char::is_whitespace).next().is_some_and(bare_url) {
            return End::Opaque;
        }
        return classify(trimmed);
    }
}

/// A unit's source with its code spans and link targets cut out: what sentences and words are
/// counted in. Each cut becomes U+FFFC, which is neither a word nor a space, so that words
/// on either side of code are not neighbours.
fn prose<'s>(src: &'s str, offset: usize, unit: &Unit) -> Cow<'s, str> {
    if unit.inline.code.is_empty() && unit.inline.links.is_empty() {
        return Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    for (k, piece) in pieces(src, offset, unit).into_iter().enumerate() {
        if k > 0 {
            out.push('\u{fffc}');
        }
        out.push_str(&src[piece]);
    }
    Cow::Owned(out)
}

/// The pieces of `src` (at `offset` in its file) that [`prose`] keeps, in order: one U+FFFC
/// stands between two.
fn pieces(src: &str, offset: usize, unit: &Unit) -> Vec<std::ops::Range<usize>> {
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
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut at = 0;
    for (a, b) in cuts {
        if a >= at && src.is_char_boundary(a) && src.is_char_boundary(b) {
            out.push(at..a);
            at = b;
        }
    }
    out.push(at.min(src.len())..src.len());
    out
}

/// Abbreviations that end with a dot inside a sentence, in the languages of the charter and
/// English (compared without letter case): titles, "for example", "and so on", "number".
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "cf", "no", "nr", "nos", "art", "al", "p", "pp", "ca", "bzw",
    "usw", "evtl", "ggf", "vgl", "sog", "inkl", "mme", "mlle", "mm", "env", "sr", "sra", "srta", "dra", "ej", "pág",
    "ecc", "sig", "dhr", "mevr", "bijv", "blz", "enz", "nl", "resp", "approx", "incl", "fig", "vol", "ed", "jr",
];

/// How many sentences a text has. A sentence ends with `.`, `!`, `?` or `…` (or their
/// full-width forms), closing quotes and brackets after it, then a space and a word that does
/// not start with a lowercase letter, or the end of the text. Not an end: a dot inside a word
/// or number (`3.5`, `e.g.` up to its last dot, `www.x.org`), after a number (German `3.
/// Oktober`), after a single letter (`z. B.`, `J. Doe`) or after a known abbreviation (`Dr.`,
/// `etc.`, `bzw.`). Full-width marks (`。！？`) end a sentence without a space.
///
///
/// With `lines`, a line break ends a sentence too: the count of a translation is generous,
/// so that lines that each say one thing without a full stop (a command page's description in
/// Korean) are not taken for a sentence left out.
///
/// ```
/// use charte::qa::sentences;
/// assert_eq!(sentences("One. Two! Three?", false), 3);
/// assert_eq!(sentences("Dr. Who paid 3.5 euros, z. B. for tea, e.g. green.", false), 1);
/// assert_eq!(sentences("一。二。三。", false), 3);
/// assert_eq!(sentences("One\nTwo", false), 1);
/// assert_eq!(sentences("One\nTwo", true), 2);
/// assert_eq!(sentences("", false), 0);
/// ```
pub fn sentences(text: &str, lines: bool) -> usize {
    let mut count = 0;
    let mut content = false;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        if !content {
            // Before a sentence's first letter or digit, marks and line breaks end nothing:
            // only that letter is looked for.
            let b = bytes[pos];
            if b < 0x80 {
                content = b.is_ascii_alphanumeric();
                pos += 1;
            } else {
                let Some(c) = text[pos..].chars().next() else { break };
                content = c.is_alphanumeric();
                pos += c.len_utf8();
            }
            continue;
        }
        // In a sentence, only its possible ends matter: the next mark, or the first byte of
        // one (more bytes than marks stop here, which only costs a look).
        pos = next_end(bytes, pos, lines);
        let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else { break };
        let after = pos + c.len_utf8();
        if c == '\n' {
            count += 1;
            content = false;
            pos = after;
            continue;
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
        if ends {
            count += 1;
            content = false;
        }
        pos = after + run;
    }
    count + usize::from(content)
}

/// Where the next byte from `from` is that may end a sentence: `.`, `!`, `?`, a line break
/// with `lines`, or the first byte of a mark of another script (`…`, `。`, `！`, `？`, `｡`,
/// `؟`, `।`); the text's length when there is none. Sixteen bytes are looked at together.
fn next_end(bytes: &[u8], from: usize, lines: bool) -> usize {
    let line = if lines { b'\n' } else { b'.' };
    let end = |b: u8| {
        (b == b'.')
            | (b == b'!')
            | (b == b'?')
            | (b == line)
            | (b == 0xD8)
            | (b == 0xE0)
            | (b == 0xE2)
            | (b == 0xE3)
            | (b == 0xEF)
    };
    let mut at = from;
    while at < bytes.len() {
        let (chunk, n) = chunk_at(bytes, at);
        let found = number(flags(&chunk, end));
        if found != 0 {
            let k = (found.trailing_zeros() / 8) as usize;
            return if k < n { at + k } else { bytes.len() };
        }
        at += CHUNK;
    }
    bytes.len()
}

/// Whether the word before a dot is one that takes an abbreviation's dot: a known
/// abbreviation, a single letter, a number, or a word with dots inside (`e.g`, `i.e`).
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || closer(c)).next().unwrap_or_default();
    if word.is_empty() {
        return false;
    }
    if word.contains('.') || word.chars().all(|c| c.is_numeric()) || word.chars().count() == 1 {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// The words written twice in a row, separated by spaces only, case ignored, with their
/// position in `text` (the second one's); numbers and the pairs of [`REPEATS_ALLOWED`] are
/// not reported. Emphasis markers between the two words do not separate them.
///
/// ```
/// use charte::qa::repeated_words;
/// let found: Vec<_> = repeated_words("the The cat, cat and die die Katze").into_iter().map(|w| w.0).collect();
/// assert_eq!(found, ["The"]);
/// ```
pub fn repeated_words(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Apostrophes, hyphens and underscores between two letters join a word (`l'été`,
    // `anak-anak`, `pt_PT`).
    let part = |k: usize| {
        let c = chars[k].1;
        letter(c)
            || (matches!(c, '\'' | '’' | '-' | '_' | '[' | ']')
                && k > 0
                && letter(chars[k - 1].1)
                && chars.get(k + 1).is_some_and(|n| letter(n.1)))
    };
    let mut out = Vec::new();
    let mut prev: Option<&str> = None;
    let mut only_space = false;
    let mut k = 0;
    while k < chars.len() {
        if !part(k) {
            let c = chars[k].1;
            if !(c.is_whitespace() || c == '*' || c == '_') {
                only_space = false;
            }
            k += 1;
            continue;
        }
        let start = chars[k].0;
        while k < chars.len() && part(k) {
            k += 1;
        }
        let end = chars.get(k).map_or(text.len(), |c| c.0);
        let word = &text[start..end];
        if let Some(p) = prev.filter(|_| only_space)
            && same(p, word)
            && word.chars().any(char::is_alphabetic)
            && !REPEATS_ALLOWED.iter().any(|a| same(a, word))
        {
            out.push((word.to_owned(), start..end));
        }
        prev = Some(word);
        only_space = true;
    }
    out
}

/// A character of a word: a letter, a digit, or a combining mark (the vowel signs and
/// viramas of Indic scripts are marks, not letters: `কম্প্রেশন` is one word).
fn letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Latin-1 (`é`, a no-break space, `«`) and general punctuation (`’`, `…`, a narrow
    // no-break space) answered without Unicode's tables, which are slow to search.
    if c < '\u{100}' {
        return matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼'..='¾' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ');
    }
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return matches!(c, '\u{200c}' | '\u{200d}');
    }
    c.is_alphanumeric() || combining(c)
}

/// Combining marks of the scripts in use: diacritics, Indic, Thai, Arabic and Hebrew signs.
fn combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957
        | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3
        | 0x0A01..=0x0A03 | 0x0A3C..=0x0A51 | 0x0A81..=0x0A83 | 0x0ABC..=0x0ACD
        | 0x0B01..=0x0B03 | 0x0B3C..=0x0B57 | 0x0B82 | 0x0BBE..=0x0BCD | 0x0C00..=0x0C04
        | 0x0C3E..=0x0C56 | 0x0C81..=0x0C83 | 0x0CBC..=0x0CD6 | 0x0D00..=0x0D03
        | 0x0D3B..=0x0D57 | 0x0D81..=0x0DDF | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECD | 0x0F18..=0x0F19 | 0x0F35..=0x0F39
        | 0x0F71..=0x0F84 | 0x102B..=0x103E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn same(a: &str, b: &str) -> bool {
    // Two words starting with different ASCII characters differ (their lowercase forms do).
    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().first())
        && x.is_ascii()
        && y.is_ascii()
        && !x.eq_ignore_ascii_case(&y)
    {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod old;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_marks_are_normalised_across_scripts() {
        for (text, end) in [
            ("Qui sommes-nous ?", End::Mark('?')),
            ("Qui sommes-nous\u{202f}?", End::Mark('?')),
            ("¿Quiénes somos?", End::Mark('?')),
            ("¡Hola!", End::Mark('!')),
            ("« Nous sommes pacifistes ».", End::Mark('.')),
            ("„Wir sind Pazifisten.“", End::Mark('.')),
            ("**Nous.**", End::Mark('.')),
            ("Voilà…", End::Mark('…')),
            ("Voilà...", End::Mark('…')),
            ("这是什么？", End::Mark('?')),
            ("这是。", End::Mark('.')),
            ("ما هذا؟", End::Mark('?')),
            ("Exemple :", End::Mark(':')),
            ("Exemple：", End::Mark(':')),
            ("Page 12", End::Opaque),
            ("Valeurs", End::None),
            ("", End::None),
        ] {
            assert_eq!(end_of(text), end, "{text}");
        }
        assert_eq!(normalise(';'), Some(';'));
        assert_eq!(normalise('؟'), Some('?'));
    }

    #[test]
    fn letters_of_latin_1_and_punctuation_are_those_of_the_unicode_tables() {
        for c in '\u{80}'..='\u{206f}' {
            assert_eq!(letter(c), c.is_alphanumeric() || combining(c), "{c:?}");
        }
    }

    #[test]
    fn byte_classes_compared_are_those_of_the_tables() {
        for b in 0..=u8::MAX {
            let class = LENGTH_CLASS[usize::from(b)];
            assert_eq!(separator(b), class == SEPARATOR, "{b:#x}");
            assert_eq!(may_be_space(b), class == MAY_BE_SPACE, "{b:#x}");
            let word_byte = b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'_' | b'[' | b']');
            assert_eq!(word_end(b), b.is_ascii() && !word_byte, "{b:#x}");
        }
    }

    #[test]
    fn spaces_are_read_from_their_bytes_as_char_is_whitespace_has_them() {
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let expected = if c.is_whitespace() || c == '\u{fffc}' { c.len_utf8() } else { 0 };
            assert_eq!(space(bytes), expected, "{c:?}");
            // Only the first bytes looked up as may-be-space start a space.
            assert!(expected == 0 || LENGTH_CLASS[usize::from(bytes[0])] == MAY_BE_SPACE, "{c:?}");
        }
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations_or_decimals() {
        for (text, n) in [
            ("One sentence.", 1),
            ("One. Two.", 2),
            ("One.Two.", 1),
            ("Version 3.5 is out. It is good.", 2),
            ("Siehe z. B. den 3. Oktober. Dann geht es weiter.", 2),
            ("Use e.g. tea, i.e. a drink. Then rest.", 2),
            ("Dr. Smith came. Mr. Jones too! Did Prof. X? Yes.", 4),
            ("Nous sommes pacifistes ! Nous refusons la guerre. Toujours ?", 3),
            ("« Citation. » Et puis ceci.", 2),
            ("¿Qué? ¡Nada! Bien.", 3),
            ("lowercase after a dot. does not split", 1),
            ("Sans point final", 1),
            ("Un. Deux. Trois. ", 3),
            ("一。二！三？", 3),
            ("...", 0),
        ] {
            assert_eq!(sentences(text, false), n, "{text}");
        }
    }

    #[test]
    fn repeated_words_ignore_allowed_pairs_numbers_and_punctuation() {
        let words = |t: &str| repeated_words(t).into_iter().map(|w| w.0).collect::<Vec<_>>();
        assert_eq!(words("the the"), ["the"]);
        assert_eq!(words("que que"), ["que"]);
        assert_eq!(words("Die die Katze"), Vec::<String>::new());
        assert_eq!(words("nous nous battons, vous vous taisez"), Vec::<String>::new());
        assert_eq!(words("he had had enough, and that that is"), Vec::<String>::new());
        assert_eq!(words("dat dat klopt"), Vec::<String>::new());
        assert_eq!(words("1 1 2"), Vec::<String>::new());
        assert_eq!(words("oui, oui"), Vec::<String>::new());
        assert_eq!(words("very **very** good"), ["very"]);
        assert_eq!(words("Élan élan"), ["élan"]);
        assert_eq!(words("a \u{fffc} a"), Vec::<String>::new());
        assert_eq!(words("anak-anak"), Vec::<String>::new());
        assert_eq!(words("[pt_PT] [pt_PT]"), Vec::<String>::new());
        assert_eq!(words("_so_ so"), ["so"]);
        assert_eq!(words("le[r] e e[x]ecutar"), Vec::<String>::new());
        assert_eq!(words("(কম কম্প্রেশন)"), Vec::<String>::new());
        assert_eq!(words("Bir şeyi tekrar tekrar yazdır"), Vec::<String>::new());
        let found = repeated_words("x der Der");
        assert_eq!(found, Vec::<(String, std::ops::Range<usize>)>::new());
        for text in ["the the", "(the the)", "a/the the", "_so_ so", "oui, oui", "e[x]ecute e[x]ecute"] {
            assert!(may_repeat(text), "{text}");
        }
        assert!(!may_repeat("le[r] e e[x]ecutar, the cat"));
        let found = repeated_words("go to to it");
        assert_eq!(found, [("to".to_owned(), 6..8)]);
    }
}
