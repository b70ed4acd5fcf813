//! Source text and positions.
//!
//! A [`SourceFile`] owns the text of one document with its path and a line index, so that every
//! byte offset found by the parser can be turned into a 1-based line and column, counted in
//! characters (what charte prints), UTF-16 code units (what an editor's language server speaks)
//! or UTF-8 bytes, and back. Bytes that are
//! not valid UTF-8 are replaced one for one by U+001A (SUBSTITUTE), which keeps every byte offset
//! of the file valid, and the first bad offset is kept so that it can be reported.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// A byte range into a [`SourceFile`]'s text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end { Self { start, end } } else { Self { start: end, end: start } }
    }

    /// An empty span at `at`.
    pub fn point(at: usize) -> Self {
        Self { start: at, end: at }
    }

    /// The span as a range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A 1-based line and column. The column counts Unicode scalar values unless said otherwise
/// ([`SourceFile::position_in`] counts UTF-16 units or bytes on request).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters (or in the [`Column`] unit asked for).
    pub column: usize,
}

/// What a column counts (see [`SourceFile::position_in`] and [`SourceFile::offset_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Unicode scalar values: charte's own output (human, JSON, SARIF, GitHub).
    Char,
    /// UTF-16 code units, as the Language Server Protocol counts by default: a character
    /// outside the Basic Multilingual Plane (an emoji, `𝄞`) counts two.
    Utf16,
    /// UTF-8 bytes.
    Utf8,
}

/// Line endings found in a file, so that writers can keep them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnding {
    /// `\n`
    Lf,
    /// `\r\n`
    CrLf,
}

impl LineEnding {
    /// The characters of this line ending.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
        }
    }
}

/// The text of one document, with its path and a line index.
///
/// # Examples
///
/// ```
/// use charte::SourceFile;
/// let file = SourceFile::new("fr.md", "---\ntitle: Charte\n---\n");
/// assert_eq!(file.position(4).line, 2);
/// assert_eq!(file.line_text(2), "title: Charte");
/// ```
#[derive(Debug, Clone)]
pub struct SourceFile {
    path: PathBuf,
    text: String,
    bom: bool,
    /// Built on first use: most files checked have no finding and need no positions.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// Characters and UTF-16 units before each [`CHECKPOINT`]-byte block, built on first need
    /// for a position far into a long line: columns there cost a block, not the whole line.
    checkpoints: std::sync::OnceLock<Vec<Units>>,
    invalid_utf8: Option<usize>,
}

/// The block size of [`SourceFile`]'s character checkpoints.
const CHECKPOINT: usize = 4096;

/// Characters that start in `bytes` (UTF-8: every byte that is not a continuation byte).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Characters of four bytes that start in `bytes`: each is two UTF-16 units (a surrogate pair).
fn astral_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b >= 0xF0).count()
}

/// Characters and UTF-16 units counted over some text.
#[derive(Debug, Clone, Copy, Default)]
struct Units {
    chars: usize,
    utf16: usize,
}

impl Units {
    fn of(bytes: &[u8]) -> Self {
        let chars = chars_in(bytes);
        Units { chars, utf16: chars + astral_in(bytes) }
    }

    fn get(self, column: Column, bytes: usize) -> usize {
        match column {
            Column::Char => self.chars,
            Column::Utf16 => self.utf16,
            Column::Utf8 => bytes,
        }
    }
}

const BOM: &str = "\u{feff}";

impl SourceFile {
    /// A file from text. A leading byte order mark is removed from the text and remembered.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        let bom = text.starts_with(BOM);
        if bom {
            text.drain(..BOM.len());
        }
        Self {
            path: path.into(),
            text,
            bom,
            line_starts: std::sync::OnceLock::new(),
            checkpoints: std::sync::OnceLock::new(),
            invalid_utf8: None,
        }
    }

    /// A file from raw bytes. Bytes that are not UTF-8 become U+001A one for one, so offsets
    /// stay those of the file (less a BOM); [`SourceFile::invalid_utf8`] gives the first one.
    ///
    /// ```
    /// use charte::SourceFile;
    /// let file = SourceFile::from_bytes("de.md", b"ab\xffc".to_vec());
    /// assert_eq!(file.invalid_utf8(), Some(2));
    /// assert_eq!(file.text(), "ab\u{1a}c");
    /// ```
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Self {
        match String::from_utf8(bytes) {
            Ok(text) => Self::new(path, text),
            Err(err) => {
                let bytes = err.into_bytes();
                let bom = bytes.starts_with(BOM.as_bytes());
                let body = if bom { &bytes[BOM.len()..] } else { &bytes[..] };
                let (text, first) = substitute_invalid(body);
                let mut file = Self::new(path, text);
                file.bom = bom;
                file.invalid_utf8 = first.map(|at| at + if bom { BOM.len() } else { 0 });
                file
            }
        }
    }

    /// The path the file was read from (or named by).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The text, without a BOM.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the file started with a UTF-8 byte order mark.
    pub fn has_bom(&self) -> bool {
        self.bom
    }

    /// Byte offset in the file (BOM included) of the first byte that is not UTF-8.
    pub fn invalid_utf8(&self) -> Option<usize> {
        self.invalid_utf8
    }

    /// The line ending used by most lines (LF when there are none).
    pub fn line_ending(&self) -> LineEnding {
        let crlf = self.text.matches("\r\n").count();
        let lf = self.text.matches('\n').count();
        if crlf * 2 > lf { LineEnding::CrLf } else { LineEnding::Lf }
    }

    fn starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| line_starts(&self.text))
    }

    /// Number of lines (a final line ending does not start a new line).
    pub fn line_count(&self) -> usize {
        let starts = self.starts();
        let n = starts.len();
        if n > 1 && starts[n - 1] == self.text.len() { n - 1 } else { n }
    }

    /// 0-based index of the line holding `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.starts().binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The 1-based line and column of a byte offset (clamped to the text), the column in
    /// characters.
    pub fn position(&self, offset: usize) -> Position {
        self.position_in(offset, Column::Char)
    }

    /// The 1-based line and column of a byte offset, the column counted in `column`'s units
    /// from the line's start. An offset past the text is its end; one inside a character is
    /// that character's start.
    ///
    /// ```
    /// use charte::SourceFile;
    /// use charte::source::{Column, Position};
    /// let file = SourceFile::new("de.md", "# Ziel\r\n😀 Frieden\n");
    /// let at = file.text().find("Frieden").unwrap();
    /// assert_eq!(file.position_in(at, Column::Char), Position { line: 2, column: 3 });
    /// assert_eq!(file.position_in(at, Column::Utf16), Position { line: 2, column: 4 });
    /// assert_eq!(file.position_in(at, Column::Utf8), Position { line: 2, column: 6 });
    /// ```
    pub fn position_in(&self, offset: usize, column: Column) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let index = self.line_index(offset);
        let start = self.starts()[index];
        let units = if offset - start <= 2 * CHECKPOINT || column == Column::Utf8 {
            Units::of(&self.text.as_bytes()[start..offset]).get(column, offset - start)
        } else {
            // Far into a long line (thousands of findings on one line must stay linear).
            self.units_before(offset).get(column, offset) - self.units_before(start).get(column, start)
        };
        Position { line: index + 1, column: units + 1 }
    }

    /// The byte offset of a 1-based line and column counted in `column`'s units: the inverse
    /// of [`SourceFile::position_in`] for every offset that is not inside a line ending.
    /// Out-of-range positions are clamped rather than refused, as editors expect: line and
    /// column 0 read as 1, a line past the last is the end of the text, a column past the end
    /// of its line is the end of the line's text (before its line ending), and a column inside
    /// a character (the second unit of a surrogate pair, a byte inside a UTF-8 sequence) is
    /// that character's start.
    ///
    /// ```
    /// use charte::SourceFile;
    /// use charte::source::{Column, Position};
    /// let file = SourceFile::new("de.md", "😀 Frieden\r\nx");
    /// assert_eq!(file.offset_at(Position { line: 1, column: 4 }, Column::Utf16), 5);
    /// // Inside the surrogate pair of 😀: its start.
    /// assert_eq!(file.offset_at(Position { line: 1, column: 2 }, Column::Utf16), 0);
    /// // Past the end of the line: before its CRLF.
    /// assert_eq!(file.offset_at(Position { line: 1, column: 80 }, Column::Utf16), 12);
    /// ```
    pub fn offset_at(&self, position: Position, column: Column) -> usize {
        let span = self.line_span(position.line.max(1));
        let wanted = position.column.saturating_sub(1);
        if column == Column::Utf8 {
            let mut at = span.start.saturating_add(wanted).min(span.end);
            while !self.text.is_char_boundary(at) {
                at -= 1;
            }
            return at;
        }
        let mut at = span.start;
        let mut seen = 0;
        if span.end - span.start > 2 * CHECKPOINT {
            // A long line: start from the last checkpoint block before the position.
            let base = self.units_before(span.start).get(column, span.start);
            let checkpoints = self.checkpoints();
            let first = span.start / CHECKPOINT + 1;
            let last = span.end / CHECKPOINT;
            let block = (first..=last).take_while(|&b| checkpoints[b].get(column, 0) - base <= wanted).last();
            if let Some(block) = block {
                // The character that straddles the block's start is counted before it.
                at = block * CHECKPOINT;
                while !self.text.is_char_boundary(at) {
                    at += 1;
                }
                seen = self.units_before(at).get(column, at) - base;
            }
        }
        for (i, c) in self.text[at..span.end].char_indices() {
            let width = if column == Column::Utf16 { c.len_utf16() } else { 1 };
            if seen + width > wanted {
                return at + i;
            }
            seen += width;
        }
        span.end
    }

    fn checkpoints(&self) -> &[Units] {
        self.checkpoints.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut total = Units::default();
            let mut out = Vec::with_capacity(bytes.len() / CHECKPOINT + 2);
            for block in bytes.chunks(CHECKPOINT) {
                out.push(total);
                let units = Units::of(block);
                total = Units { chars: total.chars + units.chars, utf16: total.utf16 + units.utf16 };
            }
            // The end, for an offset at the text's length on a block boundary.
            out.push(total);
            out
        })
    }

    /// Characters and UTF-16 units in the text before a byte offset.
    fn units_before(&self, offset: usize) -> Units {
        let block = offset / CHECKPOINT;
        let before = self.checkpoints().get(block).copied().unwrap_or_default();
        let rest = Units::of(&self.text.as_bytes()[block * CHECKPOINT..offset]);
        Units { chars: before.chars + rest.chars, utf16: before.utf16 + rest.utf16 }
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts().get(line.saturating_sub(1)).copied().unwrap_or(self.text.len())
    }

    /// The byte span of a 1-based line, without its line ending.
    pub fn line_span(&self, line: usize) -> Span {
        let start = self.line_start(line);
        let next = self.starts().get(line).copied().unwrap_or(self.text.len());
        let line_text = &self.text[start..next];
        let trimmed = line_text.trim_end_matches(['\n', '\r']);
        Span::new(start, start + trimmed.len())
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        &self.text[self.line_span(line).range()]
    }

    /// How many lines the text from `start` to `end` touches: the difference of their
    /// [`SourceFile::position`] lines plus one, counted without the line index.
    pub fn lines_between(&self, start: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        let (start, end) = (start.min(bytes.len()), end.min(bytes.len()));
        let within = bytes.get(start..end).unwrap_or_default();
        // A paragraph mostly has one line or few: the line breaks are looked for, not each byte.
        let breaks = memchr::memchr2_iter(b'\n', b'\r', within)
            .filter(|&i| within[i] == b'\n' || bytes.get(start + i + 1) != Some(&b'\n'));
        breaks.count() + 1
    }

    /// The span of the whole lines that `span` touches.
    pub fn lines_of(&self, span: Span) -> Span {
        let first = self.position(span.start).line;
        let last = self.position(span.end.saturating_sub(1).max(span.start)).line;
        Span::new(self.line_start(first), self.line_span(last).end)
    }
}

/// Offsets where lines start: after `\n`, after `\r\n`, and after a lone `\r`.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(bytes.len() / 40 + 2);
    starts.push(0);
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
            starts.push(i + 1);
        }
    }
    starts
}

fn substitute_invalid(mut bytes: &[u8]) -> (String, Option<usize>) {
    let mut out = String::with_capacity(bytes.len());
    let mut first = None;
    let mut consumed = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(valid) => {
                out.push_str(valid);
                return (out, first);
            }
            Err(err) => {
                let good = err.valid_up_to();
                // The prefix was just validated, so this cannot fail.
                out.push_str(std::str::from_utf8(&bytes[..good]).unwrap_or_default());
                let bad = err.error_len().unwrap_or(bytes.len() - good);
                first.get_or_insert(consumed + good);
                for _ in 0..bad {
                    out.push('\u{1a}');
                }
                consumed += good + bad;
                bytes = &bytes[good + bad..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_between_counts_as_positions_do() {
        for text in ["", "a", "a\nb\r\nc\rd\n", "é\r\n\r\nü\n\n", "\r\r\n\n", "x\u{2028}y\nz"] {
            let file = SourceFile::new("t.md", text);
            for start in 0..=text.len() + 1 {
                for end in 0..=text.len() + 1 {
                    let expected = file.position(end).line.saturating_sub(file.position(start).line) + 1;
                    assert_eq!(file.lines_between(start, end), expected, "{text:?} {start}..{end}");
                }
            }
        }
    }

    #[test]
    fn positions_count_characters_and_lines() {
        let f = SourceFile::new("x.md", "é1\r\nab\rc\n");
        assert_eq!(f.position(0), Position { line: 1, column: 1 });
        assert_eq!(f.position(2), Position { line: 1, column: 2 });
        assert_eq!(f.position(5), Position { line: 2, column: 1 });
        assert_eq!(f.position(8), Position { line: 3, column: 1 });
        assert_eq!(f.line_text(1), "é1");
        assert_eq!(f.line_text(2), "ab");
        assert_eq!(f.line_count(), 3);
    }

    #[test]
    fn bom_is_removed_and_remembered() {
        let f = SourceFile::from_bytes("x.md", b"\xef\xbb\xbfab".to_vec());
        assert!(f.has_bom());
        assert_eq!(f.text(), "ab");
        assert_eq!(f.invalid_utf8(), None);
    }

    #[test]
    fn invalid_bytes_keep_offsets() {
        let f = SourceFile::from_bytes("x.md", b"\xef\xbb\xbfa\xff\xfeb\xc3".to_vec());
        assert_eq!(f.invalid_utf8(), Some(4));
        assert_eq!(f.text(), "a\u{1a}\u{1a}b\u{1a}");
    }

    #[test]
    fn line_ending_majority() {
        assert_eq!(SourceFile::new("x", "a\r\nb\r\nc\n").line_ending(), LineEnding::CrLf);
        assert_eq!(SourceFile::new("x", "a\nb").line_ending(), LineEnding::Lf);
    }

    #[test]
    fn columns_far_into_long_lines_count_characters() {
        // Long lines of mixed widths, with offsets on and around the checkpoint blocks.
        let unit = "aé€😀 ";
        for (prefix, repeat) in [("", 3000), ("x\n", 2049), ("é\r\n", 4096)] {
            let text = format!("{prefix}{}", unit.repeat(repeat));
            let f = SourceFile::new("x", text.clone());
            let start = prefix.len();
            let mut offsets: Vec<usize> = (start..text.len()).step_by(997).collect();
            offsets.extend([start, text.len(), 4096, 8192, 8193, text.len() - 1]);
            for offset in offsets {
                let mut at = offset.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let expected = text[start.min(at)..at].chars().count() + 1;
                assert_eq!(f.position(offset).column, expected, "{prefix:?} at {offset}");
            }
        }
    }
}
