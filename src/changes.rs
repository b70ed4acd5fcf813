//! What changed between two versions of a master, unit by unit, aligned by content.
//!
//! Units are matched on what they say, not on their ids: a value deleted in the middle of the
//! list leaves the values after it unchanged (only renumbered), a paragraph inserted before
//! another does not make that one new. Front-matter keys are matched by key.
//!
//! 1. The units outside the front matter are diffed as a sequence of (kind, canonical text)
//!    with the patience algorithm: equal runs are unchanged (a value whose number changed is
//!    renumbered).
//! 2. A unit left over on one side whose text is found among the left-overs of the other side
//!    has moved.
//! 3. Within each stretch the diff could not match, left-overs of the same kind are paired as
//!    edited: in order when both sides have as many of that kind, else each new unit with the
//!    most similar old one (at least half of their words in common). The rest is added or
//!    removed.

use crate::model::{Document, Label, Unit};
use similar::{Algorithm, DiffTag};
use std::collections::HashMap;

/// One change of a unit between an old and a new version of a master. Indices are into the
/// documents' `units`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The unit's text changed.
    Edited {
        /// The unit in the old version.
        old: usize,
        /// The unit in the new version.
        new: usize,
    },
    /// The new version has a unit the old one has nowhere.
    Added {
        /// The unit in the new version.
        new: usize,
    },
    /// The old version had a unit the new one has nowhere.
    Removed {
        /// The unit in the old version.
        old: usize,
    },
    /// A numbered value kept its text under another number.
    Renumbered {
        /// The unit in the old version.
        old: usize,
        /// The unit in the new version.
        new: usize,
    },
    /// A unit kept its text in another place of the document.
    Moved {
        /// The unit in the old version.
        old: usize,
        /// The unit in the new version.
        new: usize,
    },
}

/// The kind of a unit for matching: units of different kinds never match.
fn kind(unit: &Unit) -> (u8, &str) {
    match &unit.label {
        Label::Key { key } => (0, key),
        Label::Heading { .. } => (1, ""),
        Label::Paragraph { .. } => (2, ""),
        Label::Value { .. } => (3, ""),
        Label::Item { .. } => (4, ""),
        Label::Cell { .. } => (5, ""),
        Label::Version => (6, ""),
        Label::Unnamed => (7, ""),
    }
}

fn number(unit: &Unit) -> Option<u64> {
    match unit.label {
        Label::Value { number } => Some(number),
        _ => None,
    }
}

/// The changes from `old` to `new`, in the new document's order (removed units where they
/// were). Both must be parsed with canonical forms ([`crate::parse()`]).
///
/// ```
/// use charte::changes::{changes, Change};
/// use charte::{parse, SourceFile};
/// let old = parse(&SourceFile::new("a", "1. **Un** a\n2. **Deux** b\n3. **Trois** c\n")).document;
/// let new = parse(&SourceFile::new("b", "1. **Un** a\n2. **Trois** c\n")).document;
/// let found = changes(&old, &new);
/// assert!(found.contains(&Change::Removed { old: 1 }));
/// assert!(found.contains(&Change::Renumbered { old: 2, new: 1 }));
/// assert_eq!(found.len(), 2);
/// ```
pub fn changes(old: &Document, new: &Document) -> Vec<Change> {
    align(old, new).0
}

/// The changes from `old` to `new` ([`changes`]), and for each unit of `old` the unit of `new`
/// it became (unchanged, edited, renumbered or moved), `None` when removed.
pub fn align(old: &Document, new: &Document) -> (Vec<Change>, Vec<Option<usize>>) {
    let mut map = vec![None; old.units.len()];
    let mut out = Vec::new();
    // Front matter: by key.
    for (n, nu) in new.units.iter().enumerate().filter(|(_, u)| matches!(u.label, Label::Key { .. })) {
        match old.units.iter().position(|ou| ou.label == nu.label) {
            Some(o) if old.units[o].inline.canonical != nu.inline.canonical => {
                out.push(Change::Edited { old: o, new: n })
            }
            Some(o) => map[o] = Some(n),
            None => out.push(Change::Added { new: n }),
        }
    }
    for (o, ou) in old.units.iter().enumerate().filter(|(_, u)| matches!(u.label, Label::Key { .. })) {
        if !new.units.iter().any(|nu| nu.label == ou.label) {
            out.push(Change::Removed { old: o });
        }
    }
    let body = |d: &Document| -> Vec<usize> {
        (0..d.units.len()).filter(|&i| !matches!(d.units[i].label, Label::Key { .. })).collect()
    };
    let (ob, nb) = (body(old), body(new));
    fn key(d: &Document, i: usize) -> ((u8, &str), &str) {
        (kind(&d.units[i]), d.units[i].inline.canonical.as_str())
    }
    let ok: Vec<_> = ob.iter().map(|&i| key(old, i)).collect();
    let nk: Vec<_> = nb.iter().map(|&i| key(new, i)).collect();
    // Stretches the diff left unmatched: (old units, new units).
    let mut stretches: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for op in similar::capture_diff_slices(Algorithm::Patience, &ok, &nk) {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for (a, b) in o.zip(n) {
                let (a, b) = (ob[a], nb[b]);
                map[a] = Some(b);
                if number(&old.units[a]) != number(&new.units[b]) {
                    out.push(Change::Renumbered { old: a, new: b });
                }
            }
        } else {
            stretches.push((o.map(|i| ob[i]).collect(), n.map(|i| nb[i]).collect()));
        }
    }
    // Moved: the same text in two different stretches (or out of order in one).
    let mut taken_old = vec![false; old.units.len()];
    let mut taken_new = vec![false; new.units.len()];
    let left: Vec<usize> = stretches.iter().flat_map(|s| s.0.iter().copied()).collect();
    let mut by_text: HashMap<((u8, &str), &str), Vec<usize>> = HashMap::new();
    for &o in left.iter().rev() {
        by_text.entry(key(old, o)).or_default().push(o);
    }
    for (os, ns) in &stretches {
        for &n in ns {
            let Some(o) = by_text.get_mut(&key(new, n)).and_then(Vec::pop) else { continue };
            taken_old[o] = true;
            taken_new[n] = true;
            map[o] = Some(n);
            if !os.contains(&o) {
                out.push(Change::Moved { old: o, new: n });
            } else if number(&old.units[o]) != number(&new.units[n]) {
                out.push(Change::Renumbered { old: o, new: n });
            }
        }
    }
    // Edited, added, removed: within each stretch.
    for (os, ns) in &stretches {
        let os: Vec<usize> = os.iter().copied().filter(|&o| !taken_old[o]).collect();
        let ns: Vec<usize> = ns.iter().copied().filter(|&n| !taken_new[n]).collect();
        pair_stretch(old, new, &os, &ns, &mut taken_old, &mut out);
        for &n in &ns {
            if !out.iter().any(|c| matches!(c, Change::Edited { new, .. } if *new == n)) {
                out.push(Change::Added { new: n });
            }
        }
        for &o in &os {
            if !taken_old[o] {
                out.push(Change::Removed { old: o });
            }
        }
    }
    let at = |c: &Change| match *c {
        Change::Edited { new, .. }
        | Change::Added { new }
        | Change::Renumbered { new, .. }
        | Change::Moved { new, .. } => (new, 1),
        // A removed unit sorts just before the new unit that follows where it was.
        Change::Removed { old: o } => {
            let after = old.units[..o].iter().rev().find_map(|u| new.units.iter().position(|nu| nu.id == u.id));
            (after.map_or(0, |a| a + 1), 0)
        }
    };
    out.sort_by_key(at);
    for c in &out {
        if let Change::Edited { old: o, new: n } = *c {
            map[o] = Some(n);
        }
    }
    (out, map)
}

/// Pairs the units of one unmatched stretch as edited, kind by kind.
fn pair_stretch(
    old: &Document,
    new: &Document,
    os: &[usize],
    ns: &[usize],
    taken_old: &mut [bool],
    out: &mut Vec<Change>,
) {
    let mut kinds: Vec<(u8, &str)> = ns.iter().map(|&n| kind(&new.units[n])).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for k in kinds {
        let o_k: Vec<usize> = os.iter().copied().filter(|&o| kind(&old.units[o]) == k).collect();
        let n_k: Vec<usize> = ns.iter().copied().filter(|&n| kind(&new.units[n]) == k).collect();
        if o_k.len() == n_k.len() {
            for (&o, &n) in o_k.iter().zip(&n_k) {
                taken_old[o] = true;
                out.push(Change::Edited { old: o, new: n });
            }
            continue;
        }
        for &n in &n_k {
            let best = o_k
                .iter()
                .copied()
                .filter(|&o| !taken_old[o])
                .map(|o| (o, similarity(&old.units[o].inline.canonical, &new.units[n].inline.canonical)))
                .filter(|&(_, r)| r >= 0.5)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((o, _)) = best {
                taken_old[o] = true;
                out.push(Change::Edited { old: o, new: n });
            }
        }
    }
}

/// How much two texts have in common, word by word: 0 to 1.
fn similarity(a: &str, b: &str) -> f32 {
    similar::TextDiff::configure().algorithm(Algorithm::Myers).diff_unicode_words(a, b).ratio()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ParseOptions, SourceFile, parse_with};

    #[test]
    fn the_version_line_and_unnamed_units_are_told_apart() {
        let text = "# Charte\n\nUn paragraphe.\n\n_Version 1.0_\n";
        let named = parse_with(&SourceFile::new("fr.md", text), ParseOptions::default()).document;
        let labels: Vec<&Label> = named.units.iter().map(|u| &u.label).collect();
        assert_eq!(labels.last(), Some(&&Label::Version), "{labels:?}");
        assert!(!labels.contains(&&Label::Unnamed), "{labels:?}");
        // A translation is parsed without names: none of its units is taken for a version line.
        let unnamed = parse_with(&SourceFile::new("de.md", text), ParseOptions::TRANSLATION).document;
        assert!(unnamed.units.iter().all(|u| u.label == Label::Unnamed && u.id.is_empty()));
        assert_ne!(kind(&named.units[named.units.len() - 1]), kind(&unnamed.units[0]));
    }
}
