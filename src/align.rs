//! Aligning a run of alike blocks (paragraphs, list items) by their shape, so that a mistake
//! is reported where it was made.
//!
//! Between two paragraphs that line up, a diff by kind alone cannot tell which of several
//! paragraphs is missing, nor that two were merged or one split: it pairs the rest off by one,
//! and every later paragraph reports a count that is not its own. The shape of a unit is what
//! survives translation: its emphasis, links, code and numbers, and its length relative to its
//! document. A small dynamic programme finds the cheapest explanation of a run, where each
//! master unit is paired, missing, merged with its neighbour into one translated unit, or split
//! in two.

/// What survives translation in a unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Shape {
    /// Strong, emphasis, links, code, numbers (and nested blocks, for list items).
    pub counts: [u16; 6],
    /// Emphasis delimiters left unclosed: a unit cut inside a bold span leaves one in each
    /// part, which make one span again when the parts are put together.
    pub stray: u16,
    /// Sentences: a full stop, a question or an exclamation mark before a space or the end.
    /// Translations mostly keep them; a weaker signal than the spans (half a span each).
    pub sentences: u16,
    /// Its length as a share of its document's text.
    pub share: f32,
}

impl Shape {
    /// The shape of two units written as one.
    pub(crate) fn plus(self, other: Shape) -> Shape {
        let mut counts = self.counts;
        for (c, o) in counts.iter_mut().zip(other.counts) {
            *c = c.saturating_add(o);
        }
        let closed = self.stray.min(other.stray);
        counts[0] = counts[0].saturating_add(closed);
        Shape {
            counts,
            stray: self.stray + other.stray - 2 * closed,
            sentences: self.sentences.saturating_add(other.sentences),
            share: self.share + other.share,
        }
    }

    /// The part of [`Shape::distance`] that counts: one per count that differs by one. Whole,
    /// and no larger than the distance: it rules pairs out before any logarithm is taken.
    pub(crate) fn count_distance(self, other: Shape) -> u32 {
        self.counts.iter().zip(other.counts).map(|(a, b)| u32::from(a.abs_diff(b))).sum::<u32>()
            + u32::from(self.stray.abs_diff(other.stray))
    }

    /// How far apart two shapes are: one per count that differs by one, and the log of the
    /// ratio of their shares (a unit twice as long costs 0.7).
    pub(crate) fn distance(self, other: Shape) -> f32 {
        let counts = self.count_distance(other);
        let ratio = (self.share.max(1e-5) / other.share.max(1e-5)).ln().abs();
        counts as f32 + 0.5 * f32::from(self.sentences.abs_diff(other.sentences)) + ratio
    }
}

/// The sentences of a text ([`Shape::sentences`]).
pub(crate) fn sentences(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Without the first byte of a full-width mark, only `.`, `!` and `?` end sentences: they
    // are looked for, not each byte.
    if memchr::memchr2(0xE3, 0xEF, bytes).is_none() {
        return memchr::memchr3_iter(b'.', b'!', b'?', bytes)
            .filter(|&i| text[i + 1..].chars().next().is_none_or(char::is_whitespace))
            .count();
    }
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // `.`, `!`, `?`, and the last byte of `。` (E3 80 82), `！` (EF BC 81), `？` (EF BC 9F).
        let mark = match b {
            b'.' | b'!' | b'?' => true,
            0x82 => i >= 2 && bytes[i - 2] == 0xE3 && bytes[i - 1] == 0x80,
            0x81 | 0x9F => i >= 2 && bytes[i - 2] == 0xEF && bytes[i - 1] == 0xBC,
            _ => false,
        };
        if mark && text[i + 1..].chars().next().is_none_or(char::is_whitespace) {
            n += 1;
        }
    }
    n
}

/// One step of an alignment of master units `m` with translated units `t` (indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// `m` and `t` are the same unit.
    Pair(usize, usize),
    /// `m` has no counterpart.
    Missing(usize),
    /// `t` has no counterpart.
    Extra(usize),
    /// `m` and `m + 1` are written as one unit `t`.
    Merged(usize, usize),
    /// `m` is written as two units, `t` and `t + 1`.
    Split(usize, usize),
}

/// The cost of a unit with no counterpart: a pair must be worse than that to be refused.
const MISSING: f32 = 2.0;
/// The cost of a merge or a split on top of the distance of the shapes: lower than a missing
/// unit and a pair that fits badly, higher than a missing unit whose neighbours fit.
const JOINED: f32 = 1.5;
/// Past this many cells, the table is not worth it: align in order, the rest missing or extra.
const MAX_CELLS: usize = 1 << 20;

/// The cheapest alignment of `m` with `t`; merges and splits only when `joins`.
pub(crate) fn align(m: &[Shape], t: &[Shape], joins: bool) -> Vec<Step> {
    let (n, k) = (m.len(), t.len());
    if (n + 1).saturating_mul(k + 1) > MAX_CELLS {
        let common = n.min(k);
        let mut out: Vec<Step> = (0..common).map(|i| Step::Pair(i, i)).collect();
        out.extend((common..n).map(Step::Missing));
        out.extend((common..k).map(Step::Extra));
        return out;
    }
    // cost[i][j]: the cheapest alignment of m[i..] with t[j..]; filled from the end so that
    // ties go to the earliest pairing when read from the start.
    let w = k + 1;
    let mut cost = vec![f32::INFINITY; (n + 1) * w];
    let mut step = vec![0u8; (n + 1) * w];
    cost[n * w + k] = 0.0;
    for i in (0..=n).rev() {
        for j in (0..=k).rev() {
            if i == n && j == k {
                continue;
            }
            let mut best = (f32::INFINITY, 0u8);
            let mut consider = |c: f32, s: u8| {
                if c < best.0 {
                    best = (c, s);
                }
            };
            if i < n && j < k {
                consider(m[i].distance(t[j]) + cost[(i + 1) * w + j + 1], 1);
            }
            if joins && i + 1 < n && j < k {
                consider(JOINED + m[i].plus(m[i + 1]).distance(t[j]) + cost[(i + 2) * w + j + 1], 4);
            }
            if joins && i < n && j + 1 < k {
                consider(JOINED + m[i].distance(t[j].plus(t[j + 1])) + cost[(i + 1) * w + j + 2], 5);
            }
            if i < n {
                consider(MISSING + cost[(i + 1) * w + j], 2);
            }
            if j < k {
                consider(MISSING + cost[i * w + j + 1], 3);
            }
            cost[i * w + j] = best.0;
            step[i * w + j] = best.1;
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(k));
    while i < n || j < k {
        match step[i * w + j] {
            1 => {
                out.push(Step::Pair(i, j));
                (i, j) = (i + 1, j + 1);
            }
            2 => {
                out.push(Step::Missing(i));
                i += 1;
            }
            3 => {
                out.push(Step::Extra(j));
                j += 1;
            }
            4 => {
                out.push(Step::Merged(i, j));
                (i, j) = (i + 2, j + 1);
            }
            _ => {
                out.push(Step::Split(i, j));
                (i, j) = (i + 1, j + 2);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(strong: u16, share: f32) -> Shape {
        Shape { counts: [strong, 0, 0, 0, 0, 0], stray: 0, sentences: 1, share }
    }

    #[test]
    fn a_missing_unit_is_found_by_its_shape() {
        let m = [shape(1, 0.1), shape(0, 0.1), shape(2, 0.1)];
        let t = [shape(0, 0.1), shape(2, 0.1)];
        assert_eq!(align(&m, &t, true), [Step::Missing(0), Step::Pair(1, 0), Step::Pair(2, 1)]);
    }

    #[test]
    fn merges_and_splits() {
        let m = [shape(1, 0.1), shape(0, 0.1), shape(2, 0.1)];
        let merged = [shape(1, 0.1), shape(2, 0.2)];
        assert_eq!(align(&m, &merged, true), [Step::Pair(0, 0), Step::Merged(1, 1)]);
        let split = [shape(1, 0.1), shape(0, 0.05), shape(0, 0.05), shape(2, 0.1)];
        assert_eq!(align(&m, &split, true), [Step::Pair(0, 0), Step::Split(1, 1), Step::Pair(2, 3)]);
        assert!(!align(&m, &split, false).iter().any(|s| matches!(s, Step::Split(..))));
        // Cut inside its bold span: each part has an unclosed delimiter, and no span.
        let cut = Shape { stray: 1, ..shape(0, 0.05) };
        assert_eq!(align(&m, &[shape(1, 0.1), shape(0, 0.1), cut, cut], true)[2], Step::Split(2, 2));
    }

    #[test]
    fn same_shapes_pair_in_order() {
        let m = [shape(0, 0.1), shape(0, 0.1)];
        assert_eq!(align(&m, &m, true), [Step::Pair(0, 0), Step::Pair(1, 1)]);
        assert_eq!(align(&m, &[], true), [Step::Missing(0), Step::Missing(1)]);
    }
}
