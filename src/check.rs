//! Comparing a translation with its master.
//!
//! The walk aligns the two trees (front matter by key, sections by heading shape, blocks by
//! kind, values by their written number) and reports what does not line up. Aligned units are
//! then compared one by one: emphasis, links, code, numbers, emptiness. The pairs are returned
//! too, so that drift can follow a master unit to its translation.

use crate::align::{Shape, Step};
use crate::diagnostic::{Diagnostic, Rule};
use crate::finding::Finding;
use crate::model::{Block, BlockKind, Document, FrontMatter, Heading, Item, List, Value};
use crate::parse::Parsed;
use crate::rules::has_digit;
use crate::source::{SourceFile, Span};
use similar::{Algorithm, DiffTag, capture_diff_slices, capture_diff_slices_by_key};
use std::ops::Range;

/// The result of comparing one translation with its master.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Findings, in file order, silenced ones removed.
    pub diagnostics: Vec<Diagnostic>,
    /// Aligned units: (index in the master's units, index in the translation's units).
    pub pairs: Vec<(usize, usize)>,
    /// How many findings `charte-ignore` comments silenced.
    pub silenced: usize,
    /// Findings past [`KEPT_PER_RULE`] of one rule: counted, not kept.
    pub omitted: Vec<(Rule, usize)>,
}

/// Findings kept per file and rule. Past this many a comparison only counts them, so that a
/// file with a million broken headings needs memory for a thousand findings, not a million;
/// renderers say how many more there are.
pub const KEPT_PER_RULE: usize = 1000;

/// The findings of one comparison as the walk makes them: silenced ones counted and dropped,
/// at most [`KEPT_PER_RULE`] of each rule kept.
struct Findings<'a> {
    doc: &'a Document,
    list: Vec<Diagnostic>,
    counts: Vec<(Rule, usize)>,
    silenced: usize,
}

impl Findings<'_> {
    fn push(&mut self, d: Diagnostic) {
        if suppressed(self.doc, &d) {
            self.silenced += 1;
            return;
        }
        let i = match self.counts.iter().position(|(r, _)| *r == d.rule) {
            Some(i) => i,
            None => {
                self.counts.push((d.rule, 0));
                self.counts.len() - 1
            }
        };
        self.counts[i].1 += 1;
        if self.counts[i].1 <= KEPT_PER_RULE {
            self.list.push(d);
        }
    }
}

/// A project's conventions, from `charte.toml`: what the rules take as written by design.
///
/// The default is no convention: every rule as documented.
#[derive(Debug, Clone, Default)]
pub struct Conventions {
    /// Patterns masked in inline code before `code-mismatch` compares it (`[code]
    /// placeholders`): each match becomes one placeholder token, so `{{path/to/file}}` and
    /// `{{pfad/zu/datei}}` compare equal.
    pub placeholders: Vec<regex_lite::Regex>,
    /// Front-matter keys whose values are identifiers, identical in every language and never
    /// reported by `untranslated` (`[rules.untranslated] keys`).
    pub identifier_keys: Vec<String>,
    /// Whether emphasis spans the translation adds are accepted: `emphasis-count` then only
    /// reports spans missing from the translation (`[rules.emphasis-count] extra = "allow"`).
    pub allow_extra_emphasis: bool,
    /// Whether `number-mismatch` compares only the numbers in inline code, for projects whose
    /// translators write the numbers of prose as words or in their own digits
    /// (`[rules.number-mismatch] in = "code"`; the default, `"text"`, compares all).
    pub numbers_in_code_only: bool,
    /// Whether a code span of prose that is one word of letters (`stdin`, `printer_name`) may be
    /// translated, dropped or added: `code-mismatch` then compares options, paths, commands
    /// and the code of commands only (`[rules.code-mismatch] words = "translatable"`).
    pub translatable_words: bool,
    /// The project's glossary (`[glossary]`), in the language of the translation compared.
    pub glossary: crate::glossary::Glossary,
    /// The master's language, in which `number-mismatch` reads the master's numbers and dates
    /// (`03/04/2024` is 3 April in French); `None` compares them as written.
    pub master_language: Option<String>,
    /// How `number-mismatch` compares dates (`[numbers] dates`).
    pub dates: crate::numbers::Dates,
    /// Rules not computed at all: those the project turns off, as [`crate::Overrides`] keeps
    /// them. Only the rules of an aligned pair of units are skipped (from `strong-count` to
    /// the QA rules); structural findings are always made, since drift reads them, and
    /// dropped with the others by [`crate::Overrides::apply`].
    pub skip: Vec<Rule>,
}

impl Conventions {
    /// Inline code with every placeholder match replaced by one token.
    ///
    /// ```
    /// use charte::check::Conventions;
    /// let c = Conventions { placeholders: vec![regex_lite::Regex::new(r"\{\{.*?\}\}").unwrap()], ..Conventions::default() };
    /// assert_eq!(c.mask("tar cf {{a.tar}} {{b c}}"), c.mask("tar cf {{x.tar}} {{y}}"));
    /// assert_ne!(c.mask("tar cf {{a}}"), c.mask("tar xf {{a}}"));
    /// ```
    pub fn mask<'a>(&self, code: &'a str) -> std::borrow::Cow<'a, str> {
        let mut out = std::borrow::Cow::Borrowed(code);
        for p in &self.placeholders {
            // The usual pattern, text between two delimiters (`\{\{.*?\}\}`), is matched by
            // searching for the delimiters: the same matches, without running the regex.
            let masked = with_delimiters(p, |d| match d {
                Some((open, close)) => mask_delimited(&out, open, close),
                None => match p.replace_all(&out, PLACEHOLDER) {
                    std::borrow::Cow::Owned(masked) => Some(masked),
                    std::borrow::Cow::Borrowed(_) => None,
                },
            });
            if let Some(masked) = masked {
                out = std::borrow::Cow::Owned(masked);
            }
        }
        out
    }
}

impl Conventions {
    /// Inline code as `code-mismatch` compares it: placeholders masked, and spacing kept only
    /// between two letters or digits (`| awk '{ print $4 }'` is `|awk '{print $4}'`; `tar cf`
    /// is not `tarcf`).
    ///
    /// ```
    /// use charte::check::Conventions;
    /// let c = Conventions::default();
    /// assert_eq!(c.code_key("ps | awk '{ print $4 }'"), c.code_key("ps |awk '{print  $4}'"));
    /// assert_ne!(c.code_key("tar cf"), c.code_key("tarcf"));
    /// ```
    pub fn code_key(&self, code: &str) -> String {
        // One pass: spacing kept only between two letters or digits, and each placeholder
        // takes in the dots, quotes, `$` and `*` around it (`.{{txt}}` is `{{.txt}}`, `${{var}}`
        // is `{{$var}}`); placeholders side by side are one (`{{arg1}} {{arg2}}`).
        let glue = |c: char| matches!(c, '.' | '$' | '\'' | '"' | '*');
        let alnum = |c: char| if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() };
        let masked = self.mask(code.trim());
        let mut out = String::with_capacity(masked.len());
        let (mut space, mut after_placeholder) = (false, false);
        for ch in masked.chars() {
            if if ch.is_ascii() { matches!(ch, '\t'..='\r' | ' ') } else { ch.is_whitespace() } {
                space = true;
                continue;
            }
            if ch == PLACEHOLDER_CHAR {
                while out.ends_with(glue) {
                    out.pop();
                }
                if !out.ends_with(PLACEHOLDER_CHAR) {
                    out.push(ch);
                }
                (space, after_placeholder) = (false, true);
                continue;
            }
            if after_placeholder && glue(ch) {
                space = false;
                continue;
            }
            if space && alnum(ch) && out.chars().next_back().is_some_and(alnum) {
                out.push(' ');
            }
            (space, after_placeholder) = (false, false);
            out.push(ch);
        }
        out
    }
}

/// The token a placeholder becomes.
const PLACEHOLDER: &str = "\u{fffc}";
const PLACEHOLDER_CHAR: char = '\u{fffc}';

/// The delimiters of a pattern written `OPEN.*?CLOSE`, each a non-empty run of literal
/// characters (punctuation escaped with `\`): `None` for any other pattern.
fn delimiters(pattern: &str) -> Option<(String, String)> {
    let (open, close) = pattern.split_once(".*?")?;
    let literal = |part: &str| -> Option<String> {
        let mut out = String::new();
        let mut chars = part.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some(e) if e.is_ascii_punctuation() => out.push(e),
                    _ => return None,
                },
                c if !matches!(c, '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '^' | '$') => {
                    out.push(c);
                }
                _ => return None,
            }
        }
        (!out.is_empty()).then_some(out)
    };
    Some((literal(open)?, literal(close)?))
}

/// Calls `f` with the [`delimiters`] of a placeholder pattern, worked out once per thread and
/// pattern: code is masked for every unit compared, with the same few patterns. Each entry
/// holds a clone of its regex, which keeps the pattern's text where it is: its address then
/// names the pattern.
fn with_delimiters<R>(p: &regex_lite::Regex, f: impl FnOnce(Option<(&str, &str)>) -> R) -> R {
    type Cache = Vec<(regex_lite::Regex, Option<(String, String)>)>;
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CACHE.with_borrow_mut(|cache| {
        let i = match cache.iter().position(|(r, _)| std::ptr::eq(r.as_str(), p.as_str())) {
            Some(i) => i,
            None => {
                if cache.len() >= 16 {
                    cache.remove(0);
                }
                cache.push((p.clone(), delimiters(p.as_str())));
                cache.len() - 1
            }
        };
        f(cache[i].1.as_ref().map(|(open, close)| (open.as_str(), close.as_str())))
    })
}

/// The first `needle` in `haystack` at or after `from`: a search for its first byte, then a
/// comparison (code spans are short; a substring searcher costs more to set up than to run).
fn find_from(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let mut at = from;
    let next = |rest: &[u8]| {
        if rest.len() < 64 { rest.iter().position(|&b| b == first) } else { memchr::memchr(first, rest) }
    };
    while let Some(i) = next(h.get(at..)?) {
        let i = at + i;
        // Byte by byte: the delimiters are a few bytes, too short for a call to `memcmp`.
        if h.len() - i >= n.len() && h[i..].iter().zip(n).all(|(a, b)| a == b) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// Replaces each `OPEN…CLOSE` (the shortest, on one line: what `OPEN.*?CLOSE` matches) with
/// [`PLACEHOLDER`]; `None` when nothing matched.
fn mask_delimited(text: &str, open: &str, close: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let (mut copied, mut from) = (0, 0);
    while let Some(i) = find_from(text, open, from) {
        let body = i + open.len();
        // The first closing delimiter, if no line ends before its end: looking for the end of
        // the line first would scan the rest of the text at every opening.
        let closing =
            find_from(text, close, body).filter(|&j| !text.as_bytes()[body..j + close.len()].contains(&b'\n'));
        match closing {
            Some(j) => {
                let end = j + close.len();
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..i]);
                o.push_str(PLACEHOLDER);
                copied = end;
                from = end;
            }
            // No match starts here: the next one may start inside this opening.
            None => from = i + text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    let mut o = out?;
    o.push_str(&text[copied..]);
    Some(o)
}

/// Front-matter keys that belong to `charte` itself and are not compared with the master.
pub const RESERVED_KEYS: &[&str] = &["source_version"];

/// Compares `translation` with `master`.
///
/// The translation's own parse problems (front matter, encoding) are included.
///
/// # Examples
///
/// ```
/// use charte::{check::compare, parse, Rule, SourceFile};
/// let fr = SourceFile::new("fr.md", "## Valeurs\n\n1. **Un** deux\n2. trois\n");
/// let en = SourceFile::new("en.md", "## Values\n\n1. One two\n2. three\n");
/// let result = compare(&fr, &parse(&fr), &en, &parse(&en));
/// assert_eq!(result.diagnostics.len(), 1);
/// assert_eq!(result.diagnostics[0].rule, Rule::StrongCount);
/// assert_eq!(result.diagnostics[0].start.line, 3);
/// ```
pub fn compare(master_file: &SourceFile, master: &Parsed, file: &SourceFile, translation: &Parsed) -> Comparison {
    compare_with(master_file, master, file, translation, &Conventions::default())
}

/// Compares `translation` with `master` following a project's conventions.
///
/// ```
/// use charte::check::{compare_with, Conventions};
/// use charte::{parse, Rule, SourceFile};
/// let en = SourceFile::new("en.md", "- Show *all* files:\n");
/// let de = SourceFile::new("de.md", "- Zeige *alle* Dateien im *Ordner*:\n");
/// let c = Conventions { allow_extra_emphasis: true, ..Conventions::default() };
/// assert!(compare_with(&en, &parse(&en), &de, &parse(&de), &c).diagnostics.is_empty());
/// ```
pub fn compare_with(
    master_file: &SourceFile,
    master: &Parsed,
    file: &SourceFile,
    translation: &Parsed,
    conventions: &Conventions,
) -> Comparison {
    compare_in(master_file, master, file, translation, conventions, None)
}

/// Compares `translation`, written in the language `lang`, with `master`: `number-mismatch`
/// then accepts the master's numbers and dates in any form of that language's locale
/// (`10/10/2024` of a French master written `10. Oktober 2024` in German). Without a language,
/// or in a locale ICU4X does not know, numbers are compared as written.
///
/// ```
/// use charte::check::{compare_in, Conventions};
/// use charte::{parse, SourceFile};
/// let fr = SourceFile::new("fr.md", "_Version du 10/10/2024_\n");
/// let de = SourceFile::new("de.md", "_Fassung vom 10. Oktober 2024_\n");
/// let c = Conventions { master_language: Some("fr".into()), ..Conventions::default() };
/// assert!(compare_in(&fr, &parse(&fr), &de, &parse(&de), &c, Some("de")).diagnostics.is_empty());
/// assert_eq!(compare_in(&fr, &parse(&fr), &de, &parse(&de), &c, None).diagnostics.len(), 1);
/// ```
pub fn compare_in(
    master_file: &SourceFile,
    master: &Parsed,
    file: &SourceFile,
    translation: &Parsed,
    conventions: &Conventions,
    lang: Option<&str>,
) -> Comparison {
    let mut out = Findings { doc: &translation.document, list: Vec::new(), counts: Vec::new(), silenced: 0 };
    for d in &translation.diagnostics {
        out.push(d.clone());
    }
    let mut walk = Walk {
        mf: master_file,
        m: &master.document,
        tf: file,
        t: &translation.document,
        out,
        pairs: Vec::new(),
        conventions,
        cx: crate::rules::Context::new(master_file, &master.document, file, &translation.document, conventions, lang),
        mtotal: None,
        ttotal: None,
    };
    let fm_broken = translation.diagnostics.iter().any(|d| d.rule == Rule::FrontMatter);
    walk.front_matter(fm_broken);
    walk.sections();
    let pairs = std::mem::take(&mut walk.pairs);
    // The usual ratio and the lengths of the pairs serve `length-ratio` alone.
    let (usual, lengths) = if walk.cx.wants(Rule::LengthRatio) {
        crate::qa::usual_ratio(walk.mf, walk.m, walk.tf, walk.t, &pairs)
    } else {
        (None, Vec::new())
    };
    walk.cx.usual_ratio = usual;
    let mut found = Vec::new();
    for (k, &(m, t)) in pairs.iter().enumerate() {
        let pair = crate::rules::Pair::new(&walk.cx, m, t, lengths.get(k).copied().flatten());
        walk.cx.compare(&pair, &mut found);
        for d in found.drain(..) {
            walk.out.push(d);
        }
    }
    let Findings { mut list, counts, silenced, .. } = walk.out;
    sort(&mut list);
    let omitted = counts.into_iter().filter(|(_, n)| *n > KEPT_PER_RULE).map(|(r, n)| (r, n - KEPT_PER_RULE)).collect();
    Comparison { diagnostics: list, pairs, silenced, omitted }
}

/// Sorts findings by file order, then rule.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.span.start, d.rule, d.span.end));
}

fn suppressed(doc: &Document, d: &Diagnostic) -> bool {
    doc.suppressions.iter().any(|s| {
        s.block.contains(d.span)
            && !s.block.range().is_empty()
            && (s.rules.is_empty() || s.rules.iter().any(|r| r == d.rule.name()))
    })
}

struct Walk<'a> {
    mf: &'a SourceFile,
    m: &'a Document,
    tf: &'a SourceFile,
    t: &'a Document,
    out: Findings<'a>,
    pairs: Vec<(usize, usize)>,
    conventions: &'a Conventions,
    /// What the rules of aligned units share, their caches included (the alignment uses the
    /// code keys too).
    cx: crate::rules::Context<'a>,
    /// The length of the text of the master's units and of the translation's, for shapes.
    mtotal: Option<usize>,
    ttotal: Option<usize>,
}

/// What a token holds that translations keep, for aligning on content: the code keys of a
/// paragraph, or the masked text of a code block.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Content<'k> {
    Keys(&'k [String]),
    Code(std::borrow::Cow<'k, str>),
}

impl Content<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Content::Keys(keys) => keys.is_empty(),
            Content::Code(code) => code.is_empty(),
        }
    }
}

/// A heading or a block, in document order: what section alignment works on.
enum Tok<'a> {
    Heading(&'a Heading),
    Block(&'a Block),
    /// A one-line paragraph written like a heading without its space (`##Title`, level 2):
    /// it aligns with a heading of that level, so that one missing space is one finding.
    Unspaced(&'a Block, u8),
    /// A numbered list cut by a blank line inside a value: the list, the text that the blank
    /// line left outside it, and the list that goes on numbering after it (none when the
    /// values after it became lines of that text: a list that does not start at 1 cannot
    /// interrupt a paragraph).
    CutList(&'a Block, &'a Block, Option<&'a Block>),
}

impl<'a> Tok<'a> {
    fn key(&self) -> (u8, &'static str) {
        match self {
            Tok::Heading(h) => (h.level, "heading"),
            Tok::Block(b) => (0, b.kind.name()),
            Tok::Unspaced(_, level) => (*level, "heading"),
            Tok::CutList(b, ..) => (0, b.kind.name()),
        }
    }

    fn span(&self) -> Span {
        match self {
            Tok::Heading(h) => h.span,
            Tok::Block(b) | Tok::Unspaced(b, _) => b.span,
            Tok::CutList(a, text, b) => Span::new(a.span.start, b.unwrap_or(text).span.end),
        }
    }

    fn into_block(self) -> Option<&'a Block> {
        match self {
            Tok::Block(b) | Tok::Unspaced(b, _) | Tok::CutList(b, ..) => Some(b),
            Tok::Heading(_) => None,
        }
    }

    fn block(&self) -> Option<&Block> {
        match self {
            Tok::Block(b) | Tok::Unspaced(b, _) | Tok::CutList(b, ..) => Some(b),
            Tok::Heading(_) => None,
        }
    }
}

fn tokens(doc: &Document) -> Vec<Tok<'_>> {
    let tok = |b| match unspaced_level(doc, b) {
        Some(level) => Tok::Unspaced(b, level),
        None => Tok::Block(b),
    };
    let mut out: Vec<Tok<'_>> = doc.preamble.iter().map(tok).collect();
    for s in &doc.sections {
        out.push(Tok::Heading(&s.heading));
        out.extend(s.blocks.iter().map(tok));
    }
    out
}

/// The level of a one-line paragraph that starts with 1 to 6 `#` and a letter: a heading
/// written without the space after its marks.
fn unspaced_level(doc: &Document, block: &Block) -> Option<u8> {
    let BlockKind::Paragraph { unit } = block.kind else { return None };
    let text = doc.units[unit].inline.text.trim();
    let marks = text.bytes().take_while(|&b| b == b'#').count();
    let rest = &text[marks..];
    ((1..=6).contains(&marks) && rest.chars().next().is_some_and(char::is_alphabetic) && !rest.contains('\n'))
        .then_some(marks as u8)
}

/// Whether a numbered list and the paragraph after it are a value cut in two by a blank line:
/// the paragraph is followed by a list that goes on with the next number (`rest`), or holds
/// that number at the start of one of its lines (a list that does not start at 1 cannot
/// interrupt a paragraph, so the values after the cut became its lines).
fn cut_list(file: &SourceFile, list: &Tok<'_>, text: &Tok<'_>, rest: Option<&Tok<'_>>) -> bool {
    let (Tok::Block(list), Tok::Block(text)) = (list, text) else { return false };
    let (BlockKind::List(first), BlockKind::Paragraph { .. }) = (&list.kind, &text.kind) else { return false };
    let Some(next) = first.items.last().and_then(|i| i.written).filter(|_| first.ordered).map(|n| n + 1) else {
        return false;
    };
    if let Some(rest) = rest {
        let Tok::Block(Block { kind: BlockKind::List(rest), .. }) = rest else { return false };
        return rest.ordered && rest.items.first().and_then(|i| i.written) == Some(next);
    }
    let marker = next.to_string();
    file.text()[text.span.range()].lines().skip(1).any(|line| {
        let line = line.trim_start_matches(' ');
        line.strip_prefix(marker.as_str())
            .and_then(|r| r.strip_prefix(['.', ')']))
            .is_some_and(|r| r.starts_with([' ', '\t']))
    })
}

/// Replaces each value cut by a blank line (see [`cut_list`]) with one token.
fn join_cut_lists(file: &SourceFile, toks: &mut Vec<Tok<'_>>) {
    let mut k = 0;
    while k + 1 < toks.len() {
        let rest = toks.get(k + 2).filter(|r| cut_list(file, &toks[k], &toks[k + 1], Some(r))).is_some();
        if rest || cut_list(file, &toks[k], &toks[k + 1], None) {
            let b = if rest { toks.remove(k + 2).into_block() } else { None };
            let text = toks.remove(k + 1).into_block();
            if let (Some(text), Tok::Block(a)) = (text, &toks[k]) {
                toks[k] = Tok::CutList(a, text, b);
            }
        }
        k += 1;
    }
}

fn is_paragraph(tok: &Tok<'_>) -> bool {
    matches!(tok, Tok::Block(Block { kind: BlockKind::Paragraph { .. }, .. }))
}

/// The stretch of diff ops at the start of `ops` that pairs runs of paragraphs of different
/// lengths: how many ops it spans, and the master and translated tokens it covers. `None`
/// when the first op does not start such a stretch.
fn paragraph_stretch(
    ops: &[(DiffTag, Range<usize>, Range<usize>)],
    m: &[Tok<'_>],
    t: &[Tok<'_>],
) -> Option<(usize, Range<usize>, Range<usize>)> {
    let mut end = 0;
    let mut uneven = false;
    for (tag, old, new) in ops {
        let all = m[old.clone()].iter().all(is_paragraph) && t[new.clone()].iter().all(is_paragraph);
        if *tag == DiffTag::Replace || !all {
            break;
        }
        uneven |= *tag != DiffTag::Equal;
        end += 1;
    }
    // An even stretch pairs in order; one that ends in a partly paragraph op keeps the diff.
    if !uneven || end == 0 {
        return None;
    }
    let (_, first_old, first_new) = &ops[0];
    let (_, last_old, last_new) = &ops[end - 1];
    Some((end, first_old.start..last_old.end, first_new.start..last_new.end))
}

/// The shape of what is not a paragraph, and of what no distance is asked of.
const EMPTY_SHAPE: Shape = Shape { counts: [0; 6], stray: 0, sentences: 0, share: 0.0 };

/// The values whose texts were exchanged ([`Walk::swaps`]), as pairs of indices in the order
/// found: the best gain first, each value in one swap at most. `mc` and `tc` are the master's
/// and the translation's [`Walk::span_shape`]s; `full` gives the full shapes of a value.
///
/// A crossed pairing that does not fit on the spans and lengths alone cannot fit on the whole
/// shape either (its distance only adds numbers and sentences): the texts are scanned for
/// the full shapes only for the values of a pairing that may fit, in a faithful translation
/// none or few of them.
fn swap_pairs(mc: &[Shape], tc: &[Shape], mut full: impl FnMut(usize) -> (Shape, Shape)) -> Vec<(usize, usize)> {
    let n = mc.len();
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for x in 0..n {
        for y in x + 1..n {
            // A count that differs costs a whole unit of distance, more than a fit allows.
            if mc[x].count_distance(tc[y]) + mc[y].count_distance(tc[x]) == 0
                && mc[x].distance(tc[y]) + mc[y].distance(tc[x]) <= SWAP_FIT
            {
                candidates.push((x, y));
            }
        }
    }
    let mut shapes: Vec<Option<(Shape, Shape)>> = vec![None; n];
    for &(x, y) in &candidates {
        for i in [x, y] {
            if shapes[i].is_none() {
                shapes[i] = Some(full(i));
            }
        }
    }
    let shape = |i: usize| shapes[i].unwrap_or((EMPTY_SHAPE, EMPTY_SHAPE));
    let mut used = vec![false; n];
    let mut out = Vec::new();
    loop {
        let mut best: Option<(f32, usize, usize)> = None;
        for &(x, y) in candidates.iter().filter(|&&(x, y)| !used[x] && !used[y]) {
            let ((mx, tx), (my, ty)) = (shape(x), shape(y));
            let straight = mx.distance(tx) + my.distance(ty);
            let crossed = mx.distance(ty) + my.distance(tx);
            let gain = straight - crossed;
            if crossed <= SWAP_FIT && gain >= SWAP_GAIN && best.is_none_or(|b| gain > b.0) {
                best = Some((gain, x, y));
            }
        }
        let Some((_, x, y)) = best else { return out };
        (used[x], used[y]) = (true, true);
        out.push((x, y));
    }
}

/// Past this many values in a list, swaps are not looked for (the search is quadratic).
const MAX_SWAP_ITEMS: usize = 64;
/// A swap is reported when the crossed pairing fits this well at most ([`Shape::distance`],
/// summed over the two values: 0.6 is two values within 35 % of the length expected and with
/// the same counts)...
const SWAP_FIT: f32 = 0.6;
// The swap search rules out a pairing whose counts differ before measuring lengths.
const _: () = assert!(SWAP_FIT < 1.0);
/// ... and is this much better than the straight one: together, more than twice the length
/// expected or a span counted wrong.
const SWAP_GAIN: f32 = 1.0;

/// How much better a last value must fit with the paragraph after it to be taken as cut.
const CUT_GAIN: f32 = 0.5;

/// How much better a value must fit the master's value and the missing one after it than its
/// own alone to be taken as the two merged (a tenth of a unit of distance is a length 10 %
/// off: translations vary that much, a merged value much more).
const MERGE_GAIN: f32 = 0.15;

/// A shape that aligns list items: the counts of their inline structures.
fn item_shape(doc: &Document, item: &Item) -> (usize, usize, usize, usize, usize) {
    let i = &doc.units[item.unit].inline;
    (i.strong.len(), i.emphasis.len(), i.links.len(), i.code.len(), item.blocks.len())
}

impl<'a> Walk<'a> {
    /// A finding located at `span` of the translation.
    fn diag(&self, finding: Finding, span: Span) -> Diagnostic {
        finding.at(self.tf, span)
    }

    fn with_unit(&self, d: Diagnostic, m_unit: usize) -> Diagnostic {
        let u = &self.m.units[m_unit];
        d.unit(u).source(self.mf, u.span)
    }

    /// The first line of a span, for findings about a whole block.
    fn first_line(&self, span: Span) -> Span {
        let line = self.tf.position(span.start).line;
        let l = self.tf.line_span(line);
        Span::new(span.start.max(l.start), l.end.max(span.start))
    }

    fn end_of_file(&self) -> Span {
        let last = self.tf.line_count().max(1);
        self.tf.line_span(last)
    }

    fn front_matter(&mut self, broken: bool) {
        let Some(mfm) = &self.m.front_matter else {
            return;
        };
        let Some(tfm) = &self.t.front_matter else {
            let d = self.diag(Finding::FrontMatterMissing {}, self.tf.line_span(1));
            self.out.push(d.source(self.mf, self.mf.line_span(1)));
            return;
        };
        if broken {
            return;
        }
        for me in &mfm.entries {
            if RESERVED_KEYS.contains(&me.key.as_str()) {
                continue;
            }
            let Some(te) = tfm.entries.iter().find(|e| e.key == me.key) else {
                let d = self
                    .diag(Finding::FrontMatterMissingKey { key: me.key.clone() }, self.closing_line(tfm))
                    .source(self.mf, Span::new(me.key_span.start, me.value_span.end));
                self.out.push(Self::key_unit(d, &me.key));
                continue;
            };
            let span = Span::new(te.key_span.start, te.value_span.end.max(te.key_span.end));
            let source = Span::new(me.key_span.start, me.value_span.end);
            if te.value.is_empty() && !me.value.is_empty() {
                let d = self.diag(Finding::FrontMatterEmptyKey { key: me.key.clone() }, span);
                self.out.push(Self::key_unit(d.source(self.mf, source), &me.key));
                continue;
            }
            if te.value.kind() != me.value.kind() && !me.value.is_empty() {
                let finding =
                    Finding::FrontMatterType { key: me.key.clone(), expected: me.value.kind(), found: te.value.kind() };
                let d = self.diag(finding, span);
                self.out.push(Self::key_unit(d.source(self.mf, source), &me.key));
                continue;
            }
            if me.key == "slug"
                && let Value::String(slug) = &te.value
                && !is_slug(slug)
            {
                let d = self.diag(Finding::FrontMatterSlug { value: slug.clone() }, te.value_span);
                self.out.push(Self::key_unit(d.source(self.mf, source), &me.key));
            }
            if let (Some(mu), Some(tu)) = (me.unit, te.unit) {
                self.pairs.push((mu, tu));
            }
        }
    }

    /// Names a front-matter key as the unit of a finding.
    fn key_unit(d: Diagnostic, key: &str) -> Diagnostic {
        let mut d = d;
        d.unit = Some(key.to_owned());
        d.label = Some(crate::model::Label::Key { key: key.to_owned() });
        d
    }

    fn closing_line(&self, fm: &FrontMatter) -> Span {
        let last = self.tf.position(fm.span.end.saturating_sub(1)).line;
        self.tf.line_span(last)
    }

    fn sections(&mut self) {
        let (m, t) = (self.m, self.t);
        let mt = tokens(m);
        let mut tt = tokens(t);
        if !mt.windows(2).any(|w| cut_list(self.mf, &w[0], &w[1], None)) {
            join_cut_lists(self.tf, &mut tt);
            self.join_cut_ends(&mt, &mut tt);
        }
        self.tokens(&mt, &tt, None);
    }

    /// A last value cut in two by a blank line leaves its end as one more paragraph after the
    /// list. Lists are matched in order (when both sides have as many), and the paragraph is
    /// taken as the end of the value when the list is followed by one paragraph more than the
    /// master's and the value with it fits the master's value clearly better than without.
    fn join_cut_ends<'t>(&mut self, mt: &[Tok<'_>], tt: &mut Vec<Tok<'t>>) {
        let lists = |toks: &[Tok<'_>]| -> Vec<usize> {
            let ordered =
                |tok: &Tok<'_>| matches!(tok, Tok::Block(Block { kind: BlockKind::List(l), .. }) if l.ordered);
            toks.iter().enumerate().filter(|(_, tok)| ordered(tok)).map(|(i, _)| i).collect()
        };
        let (ml, tl) = (lists(mt), lists(tt));
        if ml.len() != tl.len() {
            return;
        }
        let run = |toks: &[Tok<'_>], i: usize| toks[i + 1..].iter().take_while(|x| is_paragraph(x)).count();
        let last = |tok: &Tok<'_>| match tok.block().map(|b| &b.kind) {
            Some(BlockKind::List(l)) => l.items.last().map(|i| i.unit),
            _ => None,
        };
        for (&i, &j) in ml.iter().zip(&tl).rev() {
            let (Some(mu), Some(tu)) = (last(&mt[i]), last(&tt[j])) else { continue };
            let Some(Block { kind: BlockKind::Paragraph { unit: pu }, .. }) = tt.get(j + 1).and_then(Tok::block) else {
                continue;
            };
            if run(tt, j) != run(mt, i) + 1 {
                continue;
            }
            let (m, t, p) = (self.unit_shape(mu, true), self.unit_shape(tu, false), self.unit_shape(*pu, false));
            if m.distance(t.plus(p)) + CUT_GAIN < m.distance(t) {
                let text = tt.remove(j + 1).into_block();
                if let (Some(text), Tok::Block(a)) = (text, &tt[j]) {
                    tt[j] = Tok::CutList(a, text, None);
                }
            }
        }
    }

    /// Aligns two sequences of headings and blocks and compares what lines up.
    /// Where something missing at the end goes: the line of `after`, or the end of the file.
    /// Computed only when a finding needs it: most translations need no position at all.
    fn fallback_span(&self, after: Option<usize>) -> Span {
        after.map_or_else(|| self.end_of_file(), |at| self.first_line(Span::point(at)))
    }

    fn tokens(&mut self, m: &[Tok<'_>], t: &[Tok<'_>], fallback: Option<usize>) {
        let same_shape = m.len() == t.len() && m.iter().zip(t).all(|(a, b)| a.key() == b.key());
        // The code keys of the paragraphs, made once per comparison, then borrowed.
        for (toks, master) in [(m, true), (t, false)] {
            for tok in toks {
                if let Tok::Block(Block { kind: BlockKind::Paragraph { unit }, .. }) = tok {
                    self.code_keys(master, *unit);
                }
            }
        }
        let (ops, anchors) = {
            let mk: Vec<_> = m.iter().map(|x| self.content_key(x, true)).collect();
            let tk: Vec<_> = t.iter().map(|x| self.content_key(x, false)).collect();
            let ops = (!mk.iter().chain(&tk).all(|k| k.2.is_empty()) && (!same_shape || mk != tk))
                .then(|| similar::capture_diff_slices(Algorithm::Myers, &mk, &tk));
            (ops, mk.iter().map(|k| !k.2.is_empty()).collect::<Vec<bool>>())
        };
        // The same shape on both sides pairs block by block, unless the content says that
        // blocks moved: an example added and another left out keep the shape, and would
        // compare every example between them with its neighbour's master.
        let moved = |ops: &[similar::DiffOp]| {
            ops.iter().any(|op| {
                let (tag, old, new) = op.as_tag_tuple();
                tag == DiffTag::Equal && old.start != new.start && old.clone().any(|i| anchors[i])
            })
        };
        if same_shape && !ops.as_deref().is_some_and(moved) {
            for (a, b) in m.iter().zip(t) {
                self.token_pair(a, b);
            }
            return;
        }
        // Blocks were added or left out. A diff by kind alone cannot tell which of several
        // alike blocks is missing, and pairs the rest off by one: align on content first, the
        // code of each block (placeholders masked), which translations keep. Where content
        // differs too, the diff by kind decides within that stretch.
        let Some(ops) = ops else {
            return self.tokens_by_kind(m, t, None, fallback);
        };
        // Only blocks with code anchor the alignment: blocks without (lists of descriptions)
        // all have the same key, and the diff would pair them at random. Between two anchors,
        // the diff by kind decides.
        let (mut m_from, mut t_from) = (0, 0);
        for op in ops {
            let (tag, old, new) = op.as_tag_tuple();
            if tag != DiffTag::Equal {
                continue;
            }
            for (a, b) in old.zip(new) {
                if !anchors[a] {
                    continue;
                }
                // The translated token after this stretch locates what is missing at its end.
                self.tokens_by_kind(&m[m_from..a], &t[t_from..b], Some(&t[b]), fallback);
                self.token_pair(&m[a], &t[b]);
                (m_from, t_from) = (a + 1, b + 1);
            }
        }
        self.tokens_by_kind(&m[m_from..], &t[t_from..], None, fallback);
    }

    /// The key of a token for aligning on content: its kind, and the code it holds
    /// (placeholders masked), empty for blocks without code. A paragraph's code keys must
    /// have been made ([`Walk::code_keys`]).
    fn content_key<'k>(&'k self, tok: &Tok<'k>, master: bool) -> (u8, &'static str, Content<'k>) {
        let (level, kind) = tok.key();
        let code = match tok {
            Tok::Block(Block { kind: BlockKind::Paragraph { unit }, .. }) => {
                Content::Keys(self.cx.made_code_keys(master, *unit))
            }
            Tok::Block(Block { kind: BlockKind::Code { text, .. }, .. }) => {
                Content::Code(self.conventions.mask(text.trim()))
            }
            _ => Content::Keys(&[]),
        };
        (level, kind, code)
    }

    /// The code keys ([`Conventions::code_key`]) of a unit's inline code, made once per
    /// comparison: alignment and the unit's comparison both need them.
    fn code_keys(&mut self, master: bool, unit: usize) -> &[String] {
        self.cx.code_keys(master, unit)
    }

    /// Aligns tokens by kind alone; what is missing at the end of `t` is located at `after`
    /// (the token that follows `t`), else at the fallback.
    fn tokens_by_kind(&mut self, m: &[Tok<'_>], t: &[Tok<'_>], after: Option<&Tok<'_>>, fallback: Option<usize>) {
        if m.is_empty() && t.is_empty() {
            return;
        }
        // One side the beginning of the other, kind by kind: the pages agree up to where the
        // shorter one stops (a translation written before the master's last examples).
        let n = m.len().min(t.len());
        // Unless the pages end in paragraphs: which of those is extra is for their shapes.
        let paragraphs = n > 0
            && is_paragraph(&m[n - 1])
            && (m.get(n).is_some_and(is_paragraph) || t.get(n).is_some_and(is_paragraph));
        if !paragraphs && m[..n].iter().zip(&t[..n]).all(|(a, b)| a.key() == b.key()) {
            for (a, b) in m[..n].iter().zip(&t[..n]) {
                self.token_pair(a, b);
            }
            let at = after.map_or_else(|| self.fallback_span(fallback), |tok| self.first_line(tok.span()));
            for a in &m[n..] {
                self.missing(a, at);
            }
            for b in &t[n..] {
                self.extra(b);
            }
            return;
        }
        // Equal stretches one token at a time, so that a run of paragraphs can start inside one.
        let mut ops: Vec<(DiffTag, Range<usize>, Range<usize>)> = Vec::new();
        for op in capture_diff_slices_by_key(Algorithm::Myers, m, t, Tok::key) {
            match op.as_tag_tuple() {
                (DiffTag::Equal, old, new) => {
                    ops.extend(old.zip(new).map(|(a, b)| (DiffTag::Equal, a..a + 1, b..b + 1)));
                }
                tuple => ops.push(tuple),
            }
        }
        let mut k = 0;
        while k < ops.len() {
            // A stretch of paragraphs where some were added or left out: which ones, and
            // whether two were merged or one split, is for their shapes to tell.
            if let Some((end, ms, ts)) = paragraph_stretch(&ops[k..], m, t) {
                let next = t.get(ts.end).or(after);
                self.paragraphs(&m[ms], &t[ts], next, fallback);
                k += end;
                continue;
            }
            let (tag, old, new) = ops[k].clone();
            k += 1;
            // Where something missing should be: the next translated token, or the end.
            let next = t.get(new.start).or(after);
            let at = |this: &Self| next.map_or_else(|| this.fallback_span(fallback), |tok| this.first_line(tok.span()));
            match tag {
                DiffTag::Equal => {
                    for (a, b) in old.zip(new) {
                        self.token_pair(&m[a], &t[b]);
                    }
                }
                DiffTag::Delete => {
                    let at = at(self);
                    for a in old {
                        self.missing(&m[a], at);
                    }
                }
                DiffTag::Insert => {
                    for b in new {
                        self.extra(&t[b]);
                    }
                }
                DiffTag::Replace => self.replaced(&m[old], &t[new]),
            }
        }
    }

    /// Aligns a run of master paragraphs with a run of translated paragraphs of another
    /// length by their shapes ([`crate::align`]); what is missing at the end is located at
    /// `after`, else at the fallback.
    fn paragraphs(&mut self, m: &[Tok<'_>], t: &[Tok<'_>], after: Option<&Tok<'_>>, fallback: Option<usize>) {
        let ms: Vec<_> = m.iter().map(|x| self.shape(x, true)).collect();
        let ts: Vec<_> = t.iter().map(|x| self.shape(x, false)).collect();
        let steps = crate::align::align(&ms, &ts, true);
        for (k, step) in steps.iter().enumerate() {
            match *step {
                Step::Pair(a, b) => self.token_pair(&m[a], &t[b]),
                Step::Extra(b) => self.extra(&t[b]),
                Step::Missing(a) => {
                    // Located at the next translated paragraph, or what follows the run.
                    let next = steps[k..].iter().find_map(|s| match *s {
                        Step::Pair(_, b) | Step::Extra(b) | Step::Merged(_, b) | Step::Split(_, b) => Some(&t[b]),
                        Step::Missing(_) => None,
                    });
                    let at = match next.or(after) {
                        Some(tok) => self.first_line(tok.span()),
                        None => self.fallback_span(fallback),
                    };
                    self.missing(&m[a], at);
                }
                Step::Merged(a, b) => {
                    let line = |tok: &Tok<'_>| self.mf.position(tok.span().start).line;
                    let finding = Finding::BlockMerged {
                        expected: "paragraph",
                        expected_count: 2,
                        first: line(&m[a]),
                        second: line(&m[a + 1]),
                    };
                    let d = self.diag(finding, self.first_line(t[b].span()));
                    let span = Span::new(m[a].span().start, m[a + 1].span().end);
                    self.out.push(d.source(self.mf, span));
                }
                Step::Split(a, b) => {
                    let line = self.tf.position(t[b + 1].span().start).line;
                    let d =
                        self.diag(Finding::BlockSplit { expected: "paragraph", line }, self.first_line(t[b].span()));
                    let d = self.block_source(d, m[a].block().expect("a paragraph"));
                    self.out.push(d);
                }
            }
        }
    }

    /// The shape of a paragraph: what a translation keeps of it.
    fn shape(&mut self, tok: &Tok<'_>, master: bool) -> Shape {
        match tok.block() {
            Some(Block { kind: BlockKind::Paragraph { unit }, .. }) => self.unit_shape(*unit, master),
            _ => EMPTY_SHAPE,
        }
    }

    /// The shape of a unit ([`Shape`]).
    fn unit_shape(&mut self, unit: usize, master: bool) -> Shape {
        let mut shape = self.span_shape(unit, master);
        let n = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
        // A master unit's are counted once per run, whatever the number of translations.
        let counts =
            |text: &str| (if has_digit(text) { numbers(text).len() } else { 0 }, crate::align::sentences(text));
        let (numbers, sentences) = if master {
            self.m.shape_counts.get_or_init(|| self.m.units.iter().map(|u| counts(&u.inline.text)).collect())[unit]
        } else {
            counts(&self.t.units[unit].inline.text)
        };
        (shape.counts[4], shape.sentences) = (n(numbers), n(sentences));
        shape
    }

    /// The part of a unit's [`Shape`] that needs no scan of its text: its spans and its share
    /// of the text, no numbers and no sentences. Its distance to another is at most theirs.
    fn span_shape(&mut self, unit: usize, master: bool) -> Shape {
        let doc = if master { self.m } else { self.t };
        let total = if master { &mut self.mtotal } else { &mut self.ttotal };
        let total = *total.get_or_insert_with(|| doc.units.iter().map(|u| u.inline.text.len()).sum::<usize>().max(1));
        let i = &doc.units[unit].inline;
        let n = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
        Shape {
            counts: [n(i.strong.len()), n(i.emphasis.len()), n(i.links.len()), n(i.code.len()), 0, 0],
            stray: n(i.stray_delimiters.len()),
            sentences: 0,
            share: i.text.len() as f32 / total as f32,
        }
    }

    fn token_pair(&mut self, a: &Tok<'_>, b: &Tok<'_>) {
        match (a, b) {
            (Tok::Heading(mh), Tok::Heading(th)) => {
                if mh.level != th.level {
                    let finding = Finding::HeadingLevel { level: th.level as usize, expected: mh.level as usize };
                    let d = self.diag(finding, th.span);
                    self.out.push(self.with_unit(d, mh.unit));
                }
                self.pairs.push((mh.unit, th.unit));
            }
            (Tok::Heading(mh), Tok::Unspaced(tb, level)) => {
                let marks = "#".repeat(usize::from(*level));
                let d = self.diag(Finding::HeadingUnspaced { marks }, self.first_line(tb.span));
                self.out.push(self.with_unit(d, mh.unit));
            }
            (Tok::Block(mb) | Tok::Unspaced(mb, _), Tok::Block(tb) | Tok::Unspaced(tb, _)) => self.block(mb, tb),
            (Tok::Block(mb), Tok::CutList(a, text, b)) => self.cut_list(mb, a, text, *b),
            _ => {}
        }
    }

    fn missing(&mut self, tok: &Tok<'_>, at: Span) {
        match tok {
            Tok::Heading(h) => {
                let title = self.m.units[h.unit].inline.text.trim().to_owned();
                let d = self.diag(Finding::HeadingMissing { level: h.level as usize, title }, at);
                self.out.push(self.with_unit(d, h.unit));
            }
            Tok::Block(b) | Tok::Unspaced(b, _) | Tok::CutList(b, ..) => {
                let d = self.diag(Finding::BlockMissing { expected: b.kind.name() }, at);
                self.out.push(self.block_source(d, b));
            }
        }
    }

    fn extra(&mut self, tok: &Tok<'_>) {
        let d = match tok {
            Tok::Heading(h) => self.diag(Finding::HeadingExtra { level: h.level as usize }, h.span),
            Tok::Block(b) | Tok::Unspaced(b, _) | Tok::CutList(b, ..) => {
                self.diag(Finding::BlockExtra { found: b.kind.name() }, self.first_line(b.span))
            }
        };
        self.out.push(d);
    }

    fn replaced(&mut self, m: &[Tok<'_>], t: &[Tok<'_>]) {
        let mh: Vec<_> = m.iter().filter(|x| matches!(x, Tok::Heading(_))).collect();
        let th: Vec<_> = t.iter().filter(|x| matches!(x, Tok::Heading(_))).collect();
        let at = self.first_line(t[0].span());
        for (k, a) in mh.iter().enumerate() {
            match th.get(k) {
                Some(b) => self.token_pair(a, b),
                None => self.missing(a, at),
            }
        }
        for b in th.iter().skip(mh.len()) {
            self.extra(b);
        }
        let mb: Vec<&Block> = m.iter().filter_map(Tok::block).collect();
        let tb: Vec<&Block> = t.iter().filter_map(Tok::block).collect();
        if mb.len() == tb.len() {
            for (a, b) in mb.iter().zip(&tb) {
                if a.kind.name() == b.kind.name() {
                    self.block(a, b);
                } else {
                    self.kind_changed(&[a], &[b]);
                }
            }
        } else if mb.is_empty() {
            tb.iter().for_each(|b| self.extra(&Tok::Block(b)));
        } else if tb.is_empty() {
            mb.iter().for_each(|b| self.missing(&Tok::Block(b), at));
        } else {
            self.kind_changed(&mb, &tb);
        }
    }

    fn kind_changed(&mut self, m: &[&Block], t: &[&Block]) {
        let span = Span::new(t[0].span.start, t[t.len() - 1].span.end);
        let finding = Finding::BlockKind {
            expected: m[0].kind.name(),
            expected_count: m.len(),
            found: t[0].kind.name(),
            found_count: t.len(),
        };
        let d = self.diag(finding, self.first_line(span));
        self.out.push(self.block_source(d, m[0]));
    }

    fn blocks(&mut self, m: &[Block], t: &[Block], fallback: Option<usize>) {
        let mt: Vec<_> = m.iter().map(Tok::Block).collect();
        let tt: Vec<_> = t.iter().map(Tok::Block).collect();
        self.tokens(&mt, &tt, fallback);
    }

    fn block_source(&self, d: Diagnostic, block: &Block) -> Diagnostic {
        d.source(self.mf, self.mf.lines_of(Span::point(block.span.start)))
    }

    fn block(&mut self, m: &Block, t: &Block) {
        match (&m.kind, &t.kind) {
            (BlockKind::Paragraph { unit: a }, BlockKind::Paragraph { unit: b }) => {
                self.pairs.push((*a, *b));
                let lines = |f: &SourceFile, span: Span| f.lines_between(span.start, span.end.max(span.start + 1) - 1);
                let (mspan, tspan) = (self.m.units[*a].span, self.t.units[*b].span);
                self.line_count(m, lines(self.mf, mspan), lines(self.tf, tspan), t.span);
            }
            (BlockKind::Code { text: a, .. }, BlockKind::Code { text: b, .. }) => {
                self.line_count(m, a.lines().count(), b.lines().count(), t.span);
            }
            (BlockKind::List(a), BlockKind::List(b)) => self.list(m, a, t, b),
            (BlockKind::Quote { blocks: a }, BlockKind::Quote { blocks: b }) => {
                self.blocks(a, b, Some(t.span.end));
            }
            (BlockKind::Table { cells: a }, BlockKind::Table { cells: b }) => {
                if a.len() == b.len() {
                    self.pairs.extend(a.iter().copied().zip(b.iter().copied()));
                } else {
                    let finding = Finding::TableCells { found: b.len(), expected: a.len() };
                    let d = self.diag(finding, self.first_line(t.span));
                    self.out.push(self.block_source(d, m));
                }
            }
            _ => {}
        }
    }

    /// A master list against a translated one cut by a blank line: one finding at the text
    /// left outside, then the values on both sides of the cut compared, the cut one left out
    /// (it holds half its text), and those that became text too.
    fn cut_list(&mut self, mblock: &Block, a: &Block, text: &Block, rest: Option<&Block>) {
        let (BlockKind::List(ml), BlockKind::List(first)) = (&mblock.kind, &a.kind) else { return };
        let Some(cut) = first.items.last() else { return };
        let number = cut.written.unwrap_or_default();
        let after = ml.items.iter().any(|i| i.written > Some(number));
        let line = self.tf.position(cut.span.start).line;
        let finding = if rest.is_some() || !after {
            Finding::ValueCut { number, line }
        } else {
            Finding::ValueCutValues { number, line }
        };
        let d = self.diag(finding, self.first_line(text.span));
        self.out.push(self.with_unit(self.block_source(d, mblock), ml.items.first().map_or(0, |i| i.unit)));
        let rest = match rest.map(|b| &b.kind) {
            Some(BlockKind::List(rest)) => Some(rest),
            _ => None,
        };
        let kept = |i: &&Item| i.written != Some(number) && (rest.is_some() || i.written < Some(number));
        let master =
            List { ordered: ml.ordered, start: ml.start, items: ml.items.iter().filter(kept).cloned().collect() };
        let items = first.items[..first.items.len() - 1].iter().chain(rest.iter().flat_map(|r| &r.items)).cloned();
        let translation = List { ordered: first.ordered, start: first.start, items: items.collect() };
        self.list(mblock, &master, a, &translation);
    }

    fn line_count(&mut self, m: &Block, expected: usize, found: usize, at: Span) {
        if expected != found {
            let d = self.diag(Finding::LineCount { found, expected }, self.first_line(at));
            self.out.push(self.block_source(d, m));
        }
    }

    fn list(&mut self, mblock: &Block, m: &List, tblock: &Block, t: &List) {
        let mn: Vec<u64> = m.items.iter().enumerate().map(|(i, it)| it.written.unwrap_or(i as u64 + 1)).collect();
        let tn: Vec<u64> = t.items.iter().enumerate().map(|(i, it)| it.written.unwrap_or(i as u64 + 1)).collect();
        let contiguous = |v: &[u64]| v.windows(2).all(|w| w[1] == w[0] + 1);
        // Pairs of (master item, translated item) and the unmatched ones; for a master item
        // with no counterpart, the translated item nearest to where it should be.
        let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
        let mut hints: Vec<(usize, usize)> = Vec::new();
        let renumbered = mn.len() != tn.len() && contiguous(&mn) && contiguous(&tn) && mn.first() == tn.first();
        let increasing = |v: &[u64]| v.windows(2).all(|w| w[1] > w[0]);
        let clean_subset = increasing(&tn) && tn.iter().all(|n| mn.contains(n));
        let clean_superset = increasing(&tn) && mn.iter().all(|n| tn.contains(n));
        let by_number =
            if mn.len() == tn.len() { same_set(&mn, &tn) || mn == tn } else { clean_subset || clean_superset };
        if !m.ordered || renumbered || !by_number {
            // Align by shape: an item deleted and the rest renumbered, or a merge.
            let ms: Vec<_> = m.items.iter().map(|i| item_shape(self.m, i)).collect();
            let ts: Vec<_> = t.items.iter().map(|i| item_shape(self.t, i)).collect();
            if ms.len() == ts.len() {
                pairs.extend((0..ms.len()).map(|i| (Some(i), Some(i))));
            } else {
                for op in capture_diff_slices(Algorithm::Myers, &ms, &ts) {
                    let (tag, old, new) = op.as_tag_tuple();
                    // A merge points at the merged item; a deletion at the item after it.
                    let hint = if tag == DiffTag::Replace { new.end.checked_sub(1) } else { Some(new.start) };
                    let common = old.len().min(new.len());
                    for (a, b) in old.clone().zip(new.clone()) {
                        pairs.push((Some(a), Some(b)));
                    }
                    let (old, new) = (old.start + common..old.end, new.start + common..new.end);
                    for a in old {
                        pairs.push((Some(a), None));
                        if let Some(h) = hint.filter(|h| *h < ts.len()) {
                            hints.push((a, h));
                        }
                    }
                    pairs.extend(new.map(|b| (None, Some(b))));
                }
            }
        } else {
            // Values are keyed by their written number.
            let mut used = vec![false; tn.len()];
            for (a, n) in mn.iter().enumerate() {
                let b = tn.iter().enumerate().position(|(j, x)| x == n && !used[j]);
                if let Some(b) = b {
                    used[b] = true;
                }
                pairs.push((Some(a), b));
            }
            for (b, u) in used.iter().enumerate() {
                if !u {
                    pairs.push((None, Some(b)));
                }
            }
        }
        if m.ordered {
            self.merged_values(m, t, &mn, &mut pairs);
        }
        // Count: the missing and extra items.
        if mn.len() != tn.len() || pairs.iter().any(|p| p.0.is_none() || p.1.is_none()) {
            // Items missing at the same place are one finding: one cut in the list (a blank
            // line inside an item ends it) leaves all the items after it missing.
            let mut run: Vec<(usize, Span)> = Vec::new();
            for p in &pairs {
                match *p {
                    (Some(a), None) => {
                        // Where the number would be: at the first item written with a larger
                        // number, or the item the alignment found, or the end of the list.
                        let b = hints
                            .iter()
                            .find(|h| h.0 == a)
                            .map(|h| h.1)
                            .or_else(|| tn.iter().position(|&x| x > mn[a]))
                            .or(t.items.len().checked_sub(1));
                        let at = b.map_or_else(|| self.first_line(tblock.span), |b| self.first_line(t.items[b].span));
                        run.push((a, at));
                    }
                    (None, Some(b)) => {
                        let it = &t.items[b];
                        let (count, expected) = (tn.len(), mn.len());
                        let finding = if m.ordered {
                            Finding::ValueExtra { number: tn[b], count, expected }
                        } else {
                            Finding::ItemExtra { count, expected }
                        };
                        let d = self.diag(finding, it.span);
                        self.out.push(d.source(self.mf, mblock.span));
                    }
                    _ => {}
                }
            }
            let mut k = 0;
            while k < run.len() {
                let at = run[k].1;
                let n = run[k..].iter().take_while(|r| r.1 == at).count();
                let first = run[k].0;
                let (count, expected) = (tn.len(), mn.len());
                let finding = match (n == 1, m.ordered) {
                    (true, true) => Finding::ValueMissing { number: mn[first], count, expected },
                    (true, false) => Finding::ItemMissing { count, expected },
                    (false, true) => {
                        let numbers: Vec<String> = run[k..k + n].iter().map(|r| mn[r.0].to_string()).collect();
                        Finding::ValueMissingRun { numbers: numbers.join(", "), count, expected }
                    }
                    (false, false) => Finding::ItemMissingRun { count, expected },
                };
                let d = self.diag(finding, at);
                self.out.push(self.with_unit(d, m.items[first].unit));
                k += n;
            }
        }
        if m.ordered {
            self.numbering(m, t, &mn, &tn, &pairs);
            self.swaps(m, t, &mut pairs);
        }
        for (a, b) in pairs {
            if let (Some(a), Some(b)) = (a, b) {
                let (mi, ti) = (&m.items[a], &t.items[b]);
                if let Some(number) = self.translated_ordinal(mi, ti) {
                    // `- 10. Spalte` reads as a list in a list: say so, once.
                    let at = self.first_line(ti.span);
                    let d = self.diag(Finding::OrdinalList { number }, at);
                    self.out.push(self.with_unit(d, mi.unit));
                    self.blocks(&mi.blocks, &ti.blocks[1..], Some(ti.span.end));
                    continue;
                }
                self.pairs.push((mi.unit, ti.unit));
                self.blocks(&mi.blocks, &ti.blocks, Some(ti.span.end));
            }
        }
    }

    /// A value missing after a translated value that holds its text too: one finding at the
    /// merged value, which is then not compared (it holds two values' spans); the missing
    /// value is not reported again.
    fn merged_values(&mut self, m: &List, t: &List, mn: &[u64], pairs: &mut Vec<(Option<usize>, Option<usize>)>) {
        let mut k = 1;
        while k < pairs.len() {
            let (Some(a), None) = pairs[k] else {
                k += 1;
                continue;
            };
            let Some(p) = pairs.iter().position(|p| p.0 == a.checked_sub(1) && p.1.is_some()) else {
                k += 1;
                continue;
            };
            let b = pairs[p].1.unwrap_or_default();
            let (first, second) = (self.unit_shape(m.items[a - 1].unit, true), self.unit_shape(m.items[a].unit, true));
            let translated = self.unit_shape(t.items[b].unit, false);
            if first.plus(second).distance(translated) + MERGE_GAIN >= first.distance(translated) {
                k += 1;
                continue;
            }
            let finding = Finding::ValueMerged { number: mn[a - 1], next: mn[a] };
            let d = self.diag(finding, self.first_line(t.items[b].span));
            self.out.push(self.with_unit(d, m.items[a].unit));
            // Neither compared nor missing.
            pairs[p].1 = None;
            pairs[p].0 = None;
            pairs.remove(k);
        }
    }

    /// Values whose texts were exchanged, numbers kept: each value's shape (its emphasis,
    /// links, code, numbers, and its share of the text) fits the other master value clearly
    /// better than its own. One finding per swap, at the first of the two; the values are then
    /// compared with the master values they hold. Two values alike in shape and length are
    /// not told apart.
    fn swaps(&mut self, m: &List, t: &List, pairs: &mut [(Option<usize>, Option<usize>)]) {
        let both: Vec<(usize, usize, usize)> =
            pairs.iter().enumerate().filter_map(|(k, p)| Some((k, p.0?, p.1?))).collect();
        if both.len() < 2 || both.len() > MAX_SWAP_ITEMS {
            return;
        }
        let mc: Vec<Shape> = both.iter().map(|&(_, a, _)| self.span_shape(m.items[a].unit, true)).collect();
        let tc: Vec<Shape> = both.iter().map(|&(_, _, b)| self.span_shape(t.items[b].unit, false)).collect();
        let found = swap_pairs(&mc, &tc, |i| {
            let (_, a, b) = both[i];
            (self.unit_shape(m.items[a].unit, true), self.unit_shape(t.items[b].unit, false))
        });
        for (x, y) in found {
            let ((kx, ax, bx), (ky, _, by)) = (both[x], both[y]);
            let number = |i: &Item| i.written.or(i.rendered).unwrap_or_default();
            let finding = Finding::SwappedValues {
                number: number(&t.items[bx]),
                other: number(&t.items[by]),
                line: self.tf.position(t.items[by].span.start).line,
            };
            let d = self.diag(finding, self.first_line(t.items[bx].span));
            self.out.push(self.with_unit(d, m.items[ax].unit));
            pairs[kx].1 = Some(by);
            pairs[ky].1 = Some(bx);
        }
    }

    /// The number of a translated item that opens with an ordinal (`- 10. Spalte`), which
    /// Markdown reads as an ordered list nested in the item, leaving the item empty; `None`
    /// when the master's item has text and no such list of its own.
    fn translated_ordinal(&self, mi: &Item, ti: &Item) -> Option<u64> {
        let first = ti.blocks.first()?;
        let BlockKind::List(list) = &first.kind else {
            return None;
        };
        let item = list.items.first()?;
        let same_line = self.tf.position(item.marker.start).line == self.tf.position(ti.marker.start).line;
        let empty = self.t.units[ti.unit].inline.text.trim().is_empty();
        let master_has_text = !self.m.units[mi.unit].inline.text.trim().is_empty();
        let master_nested = mi.blocks.first().is_some_and(|b| matches!(&b.kind, BlockKind::List(l) if l.ordered));
        (list.ordered && same_line && empty && master_has_text && !master_nested).then_some(item.written?)
    }

    fn numbering(&mut self, m: &List, t: &List, mn: &[u64], tn: &[u64], pairs: &[(Option<usize>, Option<usize>)]) {
        if mn.len() == tn.len() {
            let offsets: Vec<i128> = mn.iter().zip(tn).map(|(a, b)| *b as i128 - *a as i128).collect();
            if offsets.len() > 1 && offsets.iter().all(|o| *o == offsets[0] && *o != 0) {
                let d = self.diag(Finding::ValueNumberingStart { found: tn[0], expected: mn[0] }, t.items[0].marker);
                self.out.push(self.with_unit(d, m.items[0].unit));
                return;
            }
            for (i, (a, b)) in mn.iter().zip(tn).enumerate() {
                if a != b {
                    let d = self.diag(Finding::ValueNumbering { found: *b, expected: *a }, t.items[i].marker);
                    self.out.push(self.with_unit(d, m.items[i].unit));
                }
            }
            return;
        }
        let mut seen = std::collections::HashSet::new();
        let mut prev: Option<u64> = None;
        // The master number of each translated value, as the alignment paired them.
        let master_number = |b: usize| pairs.iter().find(|p| p.1 == Some(b)).and_then(|p| p.0).map(|a| mn[a]);
        for (i, n) in tn.iter().enumerate() {
            let d = if !seen.insert(*n) {
                // A number written twice: the value that the alignment pairs with another
                // master number is the one renumbered by mistake, be it the first or this one.
                let first = tn.iter().position(|x| x == n).unwrap_or(i);
                let wrong = [first, i].into_iter().find(|&b| master_number(b).is_some_and(|x| x != *n));
                Some(match wrong {
                    Some(b) => {
                        let expected = master_number(b).unwrap_or_default();
                        self.diag(Finding::ValueNumbering { found: *n, expected }, t.items[b].marker)
                    }
                    None => self.diag(Finding::ValueNumberingDuplicate { found: *n }, t.items[i].marker),
                })
            } else if prev.is_some_and(|p| *n < p) {
                let previous = prev.unwrap_or_default();
                Some(self.diag(Finding::ValueNumberingOrder { found: *n, previous }, t.items[i].marker))
            } else {
                None
            };
            if let Some(d) = d {
                self.out.push(d);
            }
            prev = Some(*n);
        }
    }
}

fn same_set(a: &[u64], b: &[u64]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// Whether a string is a URL slug: lowercase letters and digits in words joined by `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Numbers and dates in a text: runs of digits joined by `/ . : , -` between digits, not glued
/// to a preceding letter (`v2` is a name, not a number).
///
/// ```
/// assert_eq!(charte::check::numbers("Version du 10/10/2024, 3 fois, v2"), ["10/10/2024", "3"]);
/// ```
pub fn numbers(text: &str) -> Vec<&str> {
    crate::rules::numbers_in(text, false, false)
}

/// Whether two texts have the same words, whatever the spacing.
pub fn same_words(a: &str, b: &str) -> bool {
    // Text left as the master's (a line of code, a name) is compared at once.
    if a == b {
        return true;
    }
    // The bytes both texts start with, up to their last ASCII space, hold the same words: the
    // comparison starts after them (a command whose last argument was translated).
    let same = common_prefix(a.as_bytes(), b.as_bytes());
    let from = a.as_bytes()[..same].iter().rposition(|&c| matches!(c, b'\t'..=b'\r' | b' ')).map_or(0, |i| i + 1);
    let (a, b) = (&a[from..], &b[from..]);
    match same_words_ascii(a.as_bytes(), b.as_bytes()) {
        Some(same) => same,
        None => a.split_whitespace().eq(b.split_whitespace()),
    }
}

/// How many bytes two slices start with alike, compared eight at a time.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 8 <= n && a[i..i + 8] == b[i..i + 8] {
        i += 8;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// [`same_words`] byte by byte, spaces being ASCII ones: `None` when a byte that may begin a
/// non-ASCII space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) is met before the answer.
/// Most pairs differ in their first word and are told apart without decoding characters.
fn same_words_ascii(a: &[u8], b: &[u8]) -> Option<bool> {
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let odd = |c: u8| matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3);
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && space(a[i]) {
            i += 1;
        }
        while j < b.len() && space(b[j]) {
            j += 1;
        }
        match (i < a.len(), j < b.len()) {
            (false, false) => return Some(true),
            (true, false) => return (!a[i..].iter().copied().any(odd)).then_some(false),
            (false, true) => return (!b[j..].iter().copied().any(odd)).then_some(false),
            (true, true) => {}
        }
        loop {
            let (x, y) = (a.get(i).copied(), b.get(j).copied());
            if x.is_some_and(odd) || y.is_some_and(odd) {
                return None;
            }
            let (end_x, end_y) = (x.is_none_or(space), y.is_none_or(space));
            if end_x && end_y {
                break;
            }
            if end_x != end_y || x != y {
                return Some(false);
            }
            i += 1;
            j += 1;
        }
    }
}

/// Whether a text has words to translate: some word of two letters or more, once URLs and
/// numbers are set aside. A capitalised word is a word ("Accueil"): names that every language
/// writes the same belong in the glossary's `keep`.
pub(crate) fn has_prose(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| !w.contains("://") && !w.starts_with("www."))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .any(|w| w.chars().nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;
    use crate::rules::{has_digit, master_numbers};

    /// The search for swaps as it was before [`swap_pairs`] looked at span shapes first: every
    /// value's full shape, every pairing.
    fn swaps_of_full_shapes(ms: &[Shape], ts: &[Shape]) -> Vec<(usize, usize)> {
        let mut used = vec![false; ms.len()];
        let mut out = Vec::new();
        loop {
            let mut best: Option<(f32, usize, usize)> = None;
            for x in (0..ms.len()).filter(|&x| !used[x]) {
                for y in (x + 1..ms.len()).filter(|&y| !used[y]) {
                    let straight = ms[x].distance(ts[x]) + ms[y].distance(ts[y]);
                    let crossed = ms[x].distance(ts[y]) + ms[y].distance(ts[x]);
                    let gain = straight - crossed;
                    if crossed <= SWAP_FIT && gain >= SWAP_GAIN && best.is_none_or(|b| gain > b.0) {
                        best = Some((gain, x, y));
                    }
                }
            }
            let Some((_, x, y)) = best else { return out };
            (used[x], used[y]) = (true, true);
            out.push((x, y));
        }
    }

    fn shape_strategy() -> impl proptest::strategy::Strategy<Value = Shape> {
        use proptest::prelude::*;
        (prop::array::uniform6(0u16..3), 0u16..2, 0u16..4, 1u32..400).prop_map(|(mut counts, stray, sentences, len)| {
            counts[5] = 0;
            Shape { counts, stray, sentences, share: len as f32 / 2000.0 }
        })
    }

    proptest::proptest! {
        /// `same_words` is the word-by-word comparison, for texts alike or nearly so.
        #[test]
        fn same_words_is_a_comparison_of_words(
            a in "[ab é\t\u{a0}\u{3000}\n.-]{0,24}",
            edit in proptest::option::of((0usize..24, "[ab é\u{a0}]{0,2}", 0usize..3)),
        ) {
            let b = match edit {
                Some((at, insert, cut)) => {
                    let mut at = at.min(a.len());
                    while !a.is_char_boundary(at) { at -= 1; }
                    let mut end = (at + cut).min(a.len());
                    while !a.is_char_boundary(end) { end += 1; }
                    format!("{}{insert}{}", &a[..at], &a[end..])
                }
                None => a.clone(),
            };
            proptest::prop_assert_eq!(same_words(&a, &b), a.split_whitespace().eq(b.split_whitespace()));
        }

        #[test]
        fn swaps_found_from_span_shapes_first_are_those_of_the_full_search(
            master in proptest::collection::vec(shape_strategy(), 2..10),
            exchanges in proptest::collection::vec((0usize..10, 0usize..10), 0..4),
            noise in proptest::collection::vec((0u16..2, 0u16..2, 0u16..2, 0u8..5), 10),
        ) {
            // The translated values: the master's, some exchanged, some with a number or a
            // sentence more, a span less or up to 40 % longer (what a span shape does not see,
            // and what it does).
            let n = master.len();
            let mut ts = master.clone();
            for (a, b) in exchanges {
                ts.swap(a % n, b % n);
            }
            for (t, (numbers, sentences, strong, longer)) in ts.iter_mut().zip(noise) {
                t.share *= 1.0 + f32::from(longer) / 10.0;
                t.counts[4] += numbers;
                t.sentences += sentences;
                t.counts[0] = t.counts[0].saturating_sub(strong);
            }
            let span = |s: &Shape| {
                let mut c = *s;
                (c.counts[4], c.sentences) = (0, 0);
                c
            };
            let (mc, tc): (Vec<Shape>, Vec<Shape>) = (master.iter().map(span).collect(), ts.iter().map(span).collect());
            let mut asked = 0;
            let lazy = swap_pairs(&mc, &tc, |i| {
                asked += 1;
                (master[i], ts[i])
            });
            proptest::prop_assert_eq!(lazy, swaps_of_full_shapes(&master, &ts));
            proptest::prop_assert!(asked <= n);
        }
    }

    #[test]
    fn delimited_placeholders_mask_as_the_regex_does() {
        let patterns = [r"\{\{.*?\}\}", r"<.*?>", r"\[\[.*?\]\]", r"%.*?%"];
        let texts = [
            "tar cf {{a.tar}} {{b c}}",
            "{{{a}}}",
            "{{a}",
            "{{a\n}} {{b}}",
            "x {{é}} y {{}} z",
            "<a> <b <c>>",
            "[[x]] [[y",
            "%PATH% %x",
            "",
            "{{ {{a}} }}",
        ];
        for p in patterns {
            let re = regex_lite::Regex::new(p).unwrap();
            let (open, close) = delimiters(p).unwrap();
            for t in texts {
                let expected = re.replace_all(t, PLACEHOLDER).into_owned();
                let got = mask_delimited(t, &open, &close).unwrap_or_else(|| t.to_owned());
                assert_eq!(got, expected, "{p} on {t:?}");
            }
        }
        assert_eq!(delimiters(r"\{\{.+?\}\}"), None);
        assert_eq!(delimiters(r"a.*?b|c"), None);
    }

    #[test]
    fn masks_follow_each_conventions_own_patterns() {
        let text = "a {{b}} <c> [[d]] e";
        for _ in 0..3 {
            for p in [r"\{\{.*?\}\}", r"<.*?>", r"\[\[.*?\]\]", r"[a-z]"] {
                let re = regex_lite::Regex::new(p).unwrap();
                let expected = re.replace_all(text, PLACEHOLDER).into_owned();
                let c = Conventions { placeholders: vec![re], ..Conventions::default() };
                assert_eq!(c.mask(text), expected, "{p}");
            }
        }
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(numbers("Version du 10/10/2024, 3 fois, v2"), ["10/10/2024", "3"]);
        assert_eq!(numbers("1.5 et 2024."), ["1.5", "2024"]);
        // The master's groups after a no-break space make one number; a plain space two.
        assert_eq!(master_numbers("1\u{202f}000,5 et 80 443"), ["1\u{202f}000,5", "80", "443"]);
        assert_eq!(master_numbers("1\u{a0}00 et 1\u{a0}0000"), ["1", "00", "1", "0000"]);
        assert_eq!(numbers("1\u{202f}000,5"), ["1", "000,5"]);
    }

    #[test]
    fn words() {
        assert!(same_words("a  b\nc", " a b c "));
        // A common start cut at a space, not inside a word.
        assert!(!same_words("tar cf {{a}}", "tar cf {{b}}"));
        assert!(!same_words("tar cfa", "tar cf a"));
        assert!(same_words("tar cf  a", "tar cf a"));
        assert!(same_words("Été\u{a0}b c", "Été\u{a0}b  c"));
        assert!(!same_words("ab cdefghijkl x", "ab cdefghijkl y"));
        assert!(same_words("", " \n"));
        assert!(!same_words("a b", "x b"));
        assert!(!same_words("a b", "a c"));
        // Non-breaking spaces separate words too; accented first letters are compared in full.
        assert!(same_words("\u{a0}Été b", "Été\u{a0}b"));
        assert!(!same_words("Été", "Ete"));
        assert!(!same_words("a", ""));
        assert!(same_words("\u{b}a", "a"));
    }

    #[test]
    fn digits() {
        assert!(!has_digit(""));
        assert!(!has_digit(&"word ".repeat(40)));
        assert!(has_digit(&("word ".repeat(40) + "7")));
        assert!(has_digit("٣ 3"));
        assert!(!has_digit("٣"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("charte-des-valeurs"));
        assert!(is_slug("werte-2"));
        assert!(!is_slug("Charte"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("éé"));
        assert!(!is_slug("-a"));
        assert!(!is_slug("a-"));
        assert!(!is_slug("-"));
        assert!(!is_slug(""));
    }

    #[test]
    fn prose() {
        assert!(has_prose("Nous sommes"));
        assert!(has_prose("Accueil"));
        assert!(has_prose("Pause IA"));
        assert!(!has_prose("https://pauseia.fr 2024"));
        assert!(!has_prose("T 10/10/2024"));
    }

    fn run(m: &str, t: &str) -> Vec<(Rule, usize)> {
        let mf = SourceFile::new("fr.md", m);
        let tf = SourceFile::new("en.md", t);
        compare(&mf, &parse(&mf), &tf, &parse(&tf)).diagnostics.iter().map(|d| (d.rule, d.start.line)).collect()
    }

    const M: &str = "## Valeurs\n\n1. **un** a\n2. **deux** b\n3. **trois** **x** c\n4. quatre d\n";

    #[test]
    fn deleted_value_is_located_where_it_was() {
        let t = "## Values\n\n1. **one** a\n2. **two** b\n4. four d\n";
        assert_eq!(run(M, t), [(Rule::ValueCount, 5)]);
    }

    #[test]
    fn merged_values_are_located_at_the_merge() {
        let t = "## Values\n\n1. **one** a\n2. **two** b **three** **x** c\n3. four d\n";
        // One finding: the merged value is not compared with value 2 (it holds 2 and 3).
        assert_eq!(run(M, t), [(Rule::ValueCount, 4)]);
        let mf = SourceFile::new("fr.md", M);
        let tf = SourceFile::new("en.md", t);
        let d = &compare(&mf, &parse(&mf), &tf, &parse(&tf)).diagnostics[0];
        assert_eq!(d.message, "value-merged");
    }

    #[test]
    fn swapped_numbers() {
        let t = "## Values\n\n1. **one** a\n3. **three** **x** c\n2. **two** b\n4. four d\n";
        assert_eq!(run(M, t), [(Rule::ValueNumbering, 4), (Rule::ValueNumbering, 5)]);
    }

    #[test]
    fn missing_heading_is_located_at_its_blocks() {
        let m = "## A\n\npara a\n\n## B\n\npara b\n";
        let t = "para a en\n\n## B en\n\npara b en\n";
        assert_eq!(run(m, t), [(Rule::HeadingStructure, 1)]);
    }

    #[test]
    fn relevelled_heading() {
        let m = "## A\n\npara a\n\n## B\n\npara b\n";
        let t = "## A en\n\npara a en\n\n### B en\n\npara b en\n";
        assert_eq!(run(m, t), [(Rule::HeadingStructure, 5)]);
    }

    #[test]
    fn list_made_paragraphs() {
        let m = "## A\n\n1. a\n2. b\n";
        let t = "## A en\n\na en\n\nb en\n";
        assert_eq!(run(m, t), [(Rule::BlockStructure, 3)]);
    }
}
