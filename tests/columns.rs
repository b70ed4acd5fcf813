//! Columns for editors: a byte offset of a [`SourceFile`] as a line and a column counted in
//! characters, UTF-16 code units (what the Language Server Protocol speaks) or UTF-8 bytes,
//! and back, on random text with CRLF, lone CR, a BOM and characters outside the BMP.

use charte::SourceFile;
use charte::source::{Column, Position};
use proptest::prelude::*;

/// Text of one- to four-byte characters, astral ones (two UTF-16 units) among them, and every
/// line ending; sometimes with a BOM, sometimes with a line long enough to cross the
/// checkpoints of long lines.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec!["a", " ", "é", "€", "😀", "𝄞", "\n", "\r\n", "\r", "\u{2028}", "ab"]);
    (any::<bool>(), prop::collection::vec(pieces, 0..80), 0usize..3).prop_map(|(bom, pieces, long)| {
        let mut text = if bom { "\u{feff}".to_owned() } else { String::new() };
        for piece in pieces {
            text.push_str(piece);
        }
        if long > 0 {
            // A line of about 10 KB of mixed widths, ending with the random pieces again.
            let tail = text.trim_start_matches('\u{feff}').to_owned();
            text.push_str(&"aé€😀".repeat(1000 * long));
            text.push_str(&tail);
        }
        text
    })
}

/// The units `column` counts in `s`.
fn width(s: &str, column: Column) -> usize {
    match column {
        Column::Char => s.chars().count(),
        Column::Utf16 => s.encode_utf16().count(),
        Column::Utf8 => s.len(),
    }
}

const COLUMNS: [Column; 3] = [Column::Char, Column::Utf16, Column::Utf8];

/// Offsets worth trying: every character boundary of a short text, a sample of a long one.
fn boundaries(text: &str) -> Vec<usize> {
    let step = if text.len() > 2000 { 61 } else { 1 };
    let mut out: Vec<usize> = (0..=text.len()).step_by(step).filter(|&o| text.is_char_boundary(o)).collect();
    out.push(text.len());
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_column_counts_its_units_from_the_line_start(text in text()) {
        let file = SourceFile::new("x.md", text.clone());
        let text = file.text();
        // Widths from the line start, carried from one offset to the next on the same line.
        let mut last: Option<(usize, usize, [usize; 3])> = None;
        for offset in boundaries(text) {
            let at = file.position(offset);
            let start = file.line_start(at.line);
            let widths = match last {
                Some((s, o, w)) if s == start => {
                    let step = COLUMNS.map(|c| width(&text[o..offset], c));
                    vec![w[0] + step[0], w[1] + step[1], w[2] + step[2]]
                },
                _ => COLUMNS.map(|c| width(&text[start..offset], c)).to_vec(),
            };
            for (column, expected) in COLUMNS.into_iter().zip(&widths) {
                let p = file.position_in(offset, column);
                prop_assert_eq!(p.line, at.line);
                prop_assert_eq!(p.column, expected + 1, "{:?} at {}", column, offset);
            }
            prop_assert_eq!(file.position_in(offset, Column::Char), at);
            last = Some((start, offset, [widths[0], widths[1], widths[2]]));
        }
    }

    #[test]
    fn an_offset_comes_back_from_its_line_and_column(text in text()) {
        let file = SourceFile::new("x.md", text);
        for offset in boundaries(file.text()) {
            for column in COLUMNS {
                let p = file.position_in(offset, column);
                // An offset inside a line ending comes back as the end of the line's text.
                let expected = offset.min(file.line_span(p.line).end);
                prop_assert_eq!(file.offset_at(p, column), expected, "{:?} at {}: {:?}", column, offset, p);
            }
        }
    }

    #[test]
    fn a_line_and_column_anywhere_clamps_to_the_nearest_boundary_before(
        text in text(),
        line in 0usize..12,
        col in 0usize..60,
    ) {
        let file = SourceFile::new("x.md", text);
        let text = file.text();
        for column in COLUMNS {
            let got = file.offset_at(Position { line, column: col }, column);
            prop_assert!(text.is_char_boundary(got));
            // Line 0 and column 0 read as 1; past the last line is the end of the text.
            // Past the last line, the span is empty at the end of the text.
            let line = line.max(1);
            let span = file.line_span(line);
            // The last boundary of the line whose units before it are no more than asked.
            let want = col.max(1) - 1;
            let mut expected = span.start;
            let mut seen = 0;
            for (i, c) in text[span.range()].char_indices() {
                seen += width(&text[span.start + i..span.start + i + c.len_utf8()], column);
                if seen > want {
                    break;
                }
                expected = span.start + i + c.len_utf8();
            }
            prop_assert_eq!(got, expected, "{:?} line {} column {}", column, line, col);
        }
    }
}

#[test]
fn inside_a_surrogate_pair_is_the_start_of_its_character() {
    let file = SourceFile::new("x.md", "a😀b\r\nz");
    // 😀 is UTF-16 columns 2 and 3: column 3 is its second unit.
    assert_eq!(file.offset_at(Position { line: 1, column: 2 }, Column::Utf16), 1);
    assert_eq!(file.offset_at(Position { line: 1, column: 3 }, Column::Utf16), 1);
    assert_eq!(file.offset_at(Position { line: 1, column: 4 }, Column::Utf16), 5);
    assert_eq!(file.position_in(5, Column::Utf16), Position { line: 1, column: 4 });
    assert_eq!(file.position_in(5, Column::Char), Position { line: 1, column: 3 });
    assert_eq!(file.position_in(5, Column::Utf8), Position { line: 1, column: 6 });
    // Past the end of the line: the end of its text, before the CRLF.
    assert_eq!(file.offset_at(Position { line: 1, column: 99 }, Column::Utf16), 6);
    assert_eq!(file.offset_at(Position { line: 2, column: 1 }, Column::Utf16), 8);
    assert_eq!(file.offset_at(Position { line: 9, column: 1 }, Column::Utf16), 9);
}

#[test]
fn a_bom_is_not_a_column() {
    let file = SourceFile::from_bytes("x.md", "\u{feff}😀x".as_bytes().to_vec());
    assert_eq!(file.position_in(4, Column::Utf16), Position { line: 1, column: 3 });
    assert_eq!(file.offset_at(Position { line: 1, column: 3 }, Column::Utf16), 4);
}
