//! From a [`SourceFile`] to a [`Document`].
//!
//! One pass over pulldown-cmark's offset iterator builds the tree with an explicit stack (no
//! recursion, so deep nesting cannot overflow the stack; containers nested deeper than
//! [`MAX_DEPTH`] are flattened into their parent). A second pass names the units. Problems
//! become diagnostics; parsing never stops early.

use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::front_matter;
use crate::model::{
    Block, BlockKind, Code, Document, Heading, Inline, Item, Label, Link, List, Section, Suppression, Unit, Value,
};
use crate::source::{SourceFile, Span};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

/// Containers nested deeper than this are merged into their parent.
pub const MAX_DEPTH: usize = 48;

/// A parsed document and the problems found while parsing it.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The model.
    pub document: Document,
    /// Problems of the file itself: front matter, encoding.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a document.
///
/// # Examples
///
/// ```
/// use charte::{parse, SourceFile};
/// let file = SourceFile::new("fr.md", "---\ntitle: T\n---\n\n## A\n\n1. **un**\n2. deux\n");
/// let parsed = parse(&file);
/// assert!(parsed.diagnostics.is_empty());
/// let doc = &parsed.document;
/// assert_eq!(doc.sections.len(), 1);
/// let value = doc.units.iter().find(|u| u.id == "value.1").unwrap();
/// assert_eq!(value.inline.strong.len(), 1);
/// ```
pub fn parse(file: &SourceFile) -> Parsed {
    parse_with(file, ParseOptions::default())
}

/// What a parse builds beyond the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Build each unit's canonical form ([`Inline::canonical`]), which drift compares. A
    /// translation being checked does not need it.
    pub canonical: bool,
    /// Give every unit its id and label ([`Unit::id`], [`Unit::label`]). Findings name the
    /// master's units, so a translation being checked does not need its own names: without
    /// them, ids are empty and labels are placeholders.
    pub names: bool,
}

impl ParseOptions {
    /// What `check` needs of a translation: the structure and the inline content, no canonical
    /// forms and no unit names.
    pub const TRANSLATION: Self = Self { canonical: false, names: false };
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self { canonical: true, names: true }
    }
}

/// Parses a document with options.
pub fn parse_with(file: &SourceFile, options: ParseOptions) -> Parsed {
    let mut diagnostics = Vec::new();
    if let Some(offset) = file.invalid_utf8() {
        let at = offset.saturating_sub(if file.has_bom() { 3 } else { 0 });
        diagnostics.push(Finding::InvalidInputUtf8 { offset }.at(file, Span::new(at, at + 1)));
    }
    let text = file.text();
    let mut document = Document::default();
    let mut body_start = 0;
    if let Some(split) = front_matter::split(text) {
        document.front_matter = Some(front_matter::read(file, split, &mut diagnostics));
        body_start = split.block.end;
    }
    Builder::new(text, body_start, options.canonical).run(&mut document);
    join_lists_split_by_comments(&mut document, text);
    name_units(&mut document, text, options);
    place_suppressions(&mut document);
    Parsed { document, diagnostics }
}

/// Collects the inline content of one unit.
#[derive(Default)]
struct InlineBuilder {
    /// Whether to build the canonical form.
    canonical: bool,
    inline: Inline,
    start: Option<usize>,
    end: usize,
    pending_space: bool,
    links: Vec<(String, bool)>,
}

impl InlineBuilder {
    /// A builder for a unit whose source is about `len` bytes long.
    fn new(len: usize, canonical: bool) -> Self {
        let mut b = Self { canonical, ..Self::default() };
        b.inline.text.reserve(len);
        if canonical {
            b.inline.canonical.reserve(len);
        }
        b
    }

    fn touch(&mut self, range: &std::ops::Range<usize>) {
        if self.start.is_none() {
            self.start = Some(range.start);
        }
        self.end = self.end.max(range.end);
    }

    fn push_canonical(&mut self, s: &str) {
        if !self.canonical {
            return;
        }
        // Copies runs of non-blank text as slices; any run of blanks becomes one space. Bytes
        // are scanned directly: only a few lead bytes can start a non-ASCII blank.
        let bytes = s.as_bytes();
        let mut run: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let blank_len = match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => 1,
                0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                    let c = s[i..].chars().next().unwrap_or_default();
                    if c.is_whitespace() { c.len_utf8() } else { 0 }
                }
                _ => 0,
            };
            if blank_len > 0 {
                if let Some(start) = run.take() {
                    self.push_word(&s[start..i]);
                }
                self.pending_space = true;
                i += blank_len;
            } else {
                if run.is_none() {
                    run = Some(i);
                }
                i += 1;
            }
        }
        if let Some(start) = run {
            self.push_word(&s[start..]);
        }
    }

    fn push_word(&mut self, word: &str) {
        let out = &mut self.inline.canonical;
        if self.pending_space && !out.is_empty() {
            out.push(' ');
        }
        self.pending_space = false;
        out.push_str(word);
    }

    fn marker(&mut self, s: &str) {
        if !self.canonical {
            return;
        }
        if self.pending_space && !self.inline.canonical.is_empty() {
            self.inline.canonical.push(' ');
        }
        self.pending_space = false;
        self.inline.canonical.push_str(s);
    }

    fn event(&mut self, event: &Event<'_>, range: &std::ops::Range<usize>, source: &str) {
        match event {
            Event::Text(t) => {
                self.touch(range);
                self.inline.text.push_str(t);
                self.push_canonical(t);
                stray_delimiters(source, range.clone(), &mut self.inline.stray_delimiters);
            }
            Event::Code(c) => {
                self.touch(range);
                self.inline.text.push_str(c);
                self.inline.code.push(Code { text: c.as_ref().to_owned(), span: range.clone().into() });
                self.marker("`");
                if self.canonical {
                    self.inline.canonical.push_str(c);
                    self.inline.canonical.push('`');
                }
            }
            Event::InlineMath(c) | Event::DisplayMath(c) | Event::InlineHtml(c) | Event::Html(c) => {
                self.touch(range);
                self.inline.text.push_str(c);
                self.push_canonical(c);
            }
            Event::SoftBreak | Event::HardBreak => {
                self.inline.text.push(' ');
                self.pending_space = true;
            }
            Event::Start(Tag::Strong) => {
                self.touch(range);
                self.inline.strong.push(range.clone().into());
                self.marker("**");
            }
            Event::End(TagEnd::Strong) => self.marker("**"),
            Event::Start(Tag::Emphasis) => {
                self.touch(range);
                self.inline.emphasis.push(range.clone().into());
                self.marker("*");
            }
            Event::End(TagEnd::Emphasis) => self.marker("*"),
            Event::Start(Tag::Strikethrough) | Event::End(TagEnd::Strikethrough) => self.marker("~~"),
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                self.touch(range);
                let image = matches!(event, Event::Start(Tag::Image { .. }));
                self.inline.links.push(Link { url: dest_url.as_ref().to_owned(), image, span: range.clone().into() });
                self.links.push((dest_url.as_ref().to_owned(), image));
                self.marker(if image { "![" } else { "[" });
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                let (url, _) = self.links.pop().unwrap_or_default();
                if self.canonical {
                    self.inline.canonical.push_str("](");
                    self.inline.canonical.push_str(&url);
                    self.inline.canonical.push(')');
                }
            }
            _ => {}
        }
    }

    fn finish(mut self, fallback: Span) -> (Inline, Span) {
        let span = match self.start {
            Some(start) => Span::new(start, self.end),
            None => fallback,
        };
        let canonical = self.inline.canonical.trim().to_owned();
        self.inline.canonical = canonical;
        (self.inline, span)
    }
}

/// Finds runs of `*` or `_` in literal text that look like the edge of an emphasis.
fn stray_delimiters(source: &str, range: std::ops::Range<usize>, out: &mut Vec<Span>) {
    let bytes = source.as_bytes();
    let Some(slice) = bytes.get(range.clone()) else {
        return;
    };
    let mut i = 0;
    while let Some(found) = memchr::memchr2(b'*', b'_', &slice[i..]) {
        i += found;
        let c = slice[i];
        let start = i;
        while i < slice.len() && slice[i] == c {
            i += 1;
        }
        // pulldown-cmark may split a run over several text events: take the whole run.
        let mut abs_start = range.start + start;
        let mut abs_end = range.start + i;
        while abs_start > 0 && bytes[abs_start - 1] == c {
            abs_start -= 1;
        }
        while abs_end < bytes.len() && bytes[abs_end] == c {
            abs_end += 1;
        }
        if out.last().is_some_and(|s| s.start == abs_start) {
            continue;
        }
        if abs_start > 0 && bytes[abs_start - 1] == b'\\' {
            continue;
        }
        if could_be_emphasis(source, abs_start, abs_end) {
            out.push(Span::new(abs_start, abs_end));
        }
    }
}

/// Whether a delimiter run left as text was meant as emphasis: by CommonMark's flanking rules
/// it could open emphasis before a word (`**word`) or close it (`word**`, `word.**`), and it is
/// no part of a literal token: not within a word (`Betreuer*innen`, `snake_case`), not an
/// opener before punctuation (`*.ext`), not in a token with another such run
/// (`_xmpp-server._tcp`).
fn could_be_emphasis(source: &str, start: usize, end: usize) -> bool {
    let (Some(head), Some(tail)) = (source.get(..start), source.get(end..)) else {
        return false;
    };
    let before = head.chars().next_back();
    let after = tail.chars().next();
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace()));
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // CommonMark: left-flanking can open, right-flanking can close.
    let left = !space(after) && (!punct(after) || space(before) || punct(before));
    let right = !space(before) && (!punct(before) || space(after) || punct(after));
    let delimiter = source.as_bytes().get(start).copied().unwrap_or(b'*');
    let underscore = delimiter == b'_';
    let (open, close) =
        if underscore { (left && (!right || punct(before)), right && (!left || punct(after))) } else { (left, right) };
    if word(before) && word(after) {
        return false;
    }
    // An opener needs a letter right inside it (`**word`, `**"word`), after a blank or an
    // opening bracket or quote: other punctuation makes a token (`*.ext`, `._tcp`, `_3`). A
    // closer follows a word or the end of a sentence (`word**`, `word.**`) and precedes a
    // blank or closing punctuation: `(* `, `http-*'`, `bv*+ba` are text.
    let opening = |c: Option<char>| matches!(c, Some('(' | '[' | '"' | '\'' | '«' | '“' | '‘' | '„'));
    let closing = |c: Option<char>| {
        matches!(c, Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '»' | '”' | '’'))
    };
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let opener = open && (letter(after) || opening(after)) && (space(before) || opening(before));
    let closer = close && (word(before) || closing(before)) && (space(after) || closing(after));
    if !(opener || closer) {
        return false;
    }
    // The whitespace-delimited token: another run of the same delimiter inside it makes it an
    // identifier or a path.
    let token_start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let token_end = tail.find(char::is_whitespace).map_or(source.len(), |i| end + i);
    // A path or a file name (`"*book.pdf"`, `dir/*`) is no emphasis either.
    let token = source.get(token_start..token_end).unwrap_or_default();
    let path = token.contains('/')
        || token
            .as_bytes()
            .windows(3)
            .any(|w| w[1] == b'.' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
    if path {
        return false;
    }
    let inside = |range: std::ops::Range<usize>| source.as_bytes().get(range).is_some_and(|b| b.contains(&delimiter));
    !(inside(token_start..start) || inside(end..token_end))
}

/// What the builder is inside of. Frames are few (bounded by [`MAX_DEPTH`]), so the size of
/// the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
enum Frame {
    Quote {
        blocks: Vec<Block>,
        start: usize,
    },
    List {
        list: List,
        start: usize,
    },
    Item {
        item: Item,
        inline: InlineBuilder,
        blocks: Vec<Block>,
    },
    Table {
        cells: Vec<usize>,
        start: usize,
    },
    /// A container past [`MAX_DEPTH`]: its content goes to the parent.
    Flattened,
}

/// What inline content is being collected for.
enum Capture {
    None,
    Paragraph {
        builder: InlineBuilder,
        start: usize,
    },
    Heading {
        builder: InlineBuilder,
        level: u8,
        start: usize,
    },
    Cell {
        builder: InlineBuilder,
        start: usize,
    },
    /// A paragraph inside a list item: its text joins the item's.
    ItemParagraph,
    Code {
        info: String,
        text: String,
        start: usize,
    },
    Html {
        text: String,
        start: usize,
    },
}

struct Builder<'a> {
    text: &'a str,
    body_start: usize,
    stack: Vec<Frame>,
    preamble: Vec<Block>,
    sections: Vec<Section>,
    units: Vec<Unit>,
    capture: Capture,
    comments: Vec<(Vec<String>, Span)>,
    /// Indices in `stack` of the frames that are not flattened.
    real: Vec<usize>,
    canonical: bool,
}

fn placeholder_unit(inline: Inline, span: Span) -> Unit {
    Unit { id: String::new(), label: Label::Unnamed, span, inline }
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, body_start: usize, canonical: bool) -> Self {
        Self {
            text,
            body_start,
            stack: Vec::new(),
            preamble: Vec::new(),
            sections: Vec::new(),
            // About one unit per 150 bytes in prose documents: reserving saves the moves of
            // growing a vector of large elements.
            units: Vec::with_capacity((text.len().saturating_sub(body_start) / 150 + 4).min(4096)),
            capture: Capture::None,
            comments: Vec::new(),
            real: Vec::new(),
            canonical,
        }
    }

    fn add_unit(&mut self, inline: Inline, span: Span) -> usize {
        self.units.push(placeholder_unit(inline, span));
        self.units.len() - 1
    }

    /// The innermost frame that is not flattened.
    fn innermost(&mut self) -> Option<&mut Frame> {
        let i = *self.real.last()?;
        self.stack.get_mut(i)
    }

    fn push_frame(&mut self, frame: Frame) {
        if !matches!(frame, Frame::Flattened) {
            self.real.push(self.stack.len());
        }
        self.stack.push(frame);
    }

    fn pop_frame(&mut self) -> Option<Frame> {
        let frame = self.stack.pop()?;
        if self.real.last() == Some(&self.stack.len()) {
            self.real.pop();
        }
        Some(frame)
    }

    /// Adds a finished block to the innermost container.
    fn push_block(&mut self, block: Block) {
        for &i in self.real.iter().rev() {
            if let Frame::Quote { blocks, .. } | Frame::Item { blocks, .. } = &mut self.stack[i] {
                blocks.push(block);
                return;
            }
        }
        match self.sections.last_mut() {
            Some(section) => section.blocks.push(block),
            None => self.preamble.push(block),
        }
    }

    fn innermost_item(&mut self) -> Option<&mut InlineBuilder> {
        match self.innermost() {
            Some(Frame::Item { inline, .. }) => Some(inline),
            _ => None,
        }
    }

    fn depth(&self) -> usize {
        self.real.len()
    }

    fn run(mut self, document: &mut Document) {
        let body = &self.text[self.body_start..];
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let offset = self.body_start;
        for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
            let range = range.start + offset..range.end + offset;
            self.event(event, range);
        }
        while let Some(frame) = self.pop_frame() {
            self.close(frame, self.text.len());
        }
        document.preamble = std::mem::take(&mut self.preamble);
        document.sections = std::mem::take(&mut self.sections);
        document.units = std::mem::take(&mut self.units);
        document.suppressions = self
            .comments
            .into_iter()
            .map(|(rules, comment)| Suppression { rules, comment, block: Span::point(comment.end) })
            .collect();
    }

    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        let text = self.text;
        match &event {
            Event::Start(Tag::Paragraph) => {
                self.capture = if self.innermost_item().is_some() {
                    Capture::ItemParagraph
                } else {
                    Capture::Paragraph { builder: InlineBuilder::new(range.len(), self.canonical), start: range.start }
                };
            }
            Event::End(TagEnd::Paragraph) => match std::mem::replace(&mut self.capture, Capture::None) {
                Capture::Paragraph { builder, start } => {
                    let span = Span::new(start, range.end);
                    let (inline, _) = builder.finish(span);
                    let unit = self.add_unit(inline, trim_span(text, span));
                    self.push_block(Block { kind: BlockKind::Paragraph { unit }, span: trim_span(text, span) });
                }
                Capture::ItemParagraph => {
                    if let Some(item) = self.innermost_item() {
                        item.pending_space = true;
                        item.inline.text.push(' ');
                    }
                }
                _ => {}
            },
            Event::Start(Tag::Heading { level, .. }) => {
                self.capture = Capture::Heading {
                    builder: InlineBuilder::new(range.len(), self.canonical),
                    level: *level as u8,
                    start: range.start,
                };
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Capture::Heading { builder, level, start } = std::mem::replace(&mut self.capture, Capture::None)
                {
                    let span = trim_span(text, Span::new(start, range.end));
                    let (inline, _) = builder.finish(span);
                    let unit = self.add_unit(inline, span);
                    if self.stack.is_empty() {
                        self.sections.push(Section { heading: Heading { level, unit, span }, blocks: Vec::new() });
                    } else {
                        self.push_block(Block { kind: BlockKind::Paragraph { unit }, span });
                    }
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                let frame = if self.depth() >= MAX_DEPTH {
                    Frame::Flattened
                } else {
                    Frame::Quote { blocks: Vec::new(), start: range.start }
                };
                self.push_frame(frame);
            }
            Event::Start(Tag::List(start)) => {
                let frame = if self.depth() >= MAX_DEPTH {
                    Frame::Flattened
                } else {
                    Frame::List {
                        list: List { ordered: start.is_some(), start: *start, items: Vec::new() },
                        start: range.start,
                    }
                };
                self.push_frame(frame);
            }
            Event::Start(Tag::Item) => {
                let depth = self.depth();
                let frame = match self.stack.last() {
                    Some(Frame::List { list, .. }) if depth < MAX_DEPTH => {
                        let (marker, written) = item_marker(text, range.start);
                        let rendered = list.start.map(|s| s.saturating_add(list.items.len() as u64));
                        Frame::Item {
                            item: Item {
                                written: if list.ordered { written } else { None },
                                rendered,
                                marker,
                                unit: 0,
                                blocks: Vec::new(),
                                span: trim_span(text, range.clone().into()),
                            },
                            inline: InlineBuilder::new(range.len(), self.canonical),
                            blocks: Vec::new(),
                        }
                    }
                    _ => Frame::Flattened,
                };
                self.push_frame(frame);
            }
            Event::Start(Tag::Table(_)) => {
                self.push_frame(Frame::Table { cells: Vec::new(), start: range.start });
            }
            Event::Start(Tag::TableCell) => {
                self.capture =
                    Capture::Cell { builder: InlineBuilder::new(range.len(), self.canonical), start: range.start };
            }
            Event::End(TagEnd::TableCell) => {
                if let Capture::Cell { builder, start } = std::mem::replace(&mut self.capture, Capture::None) {
                    let span = trim_span(text, Span::new(start, range.end));
                    let (inline, _) = builder.finish(span);
                    let unit = self.add_unit(inline, span);
                    if let Some(Frame::Table { cells, .. }) = self.stack.last_mut() {
                        cells.push(unit);
                    }
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.as_ref().to_owned(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.capture = Capture::Code { info, text: String::new(), start: range.start };
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Capture::Code { info, text: code, start } = std::mem::replace(&mut self.capture, Capture::None) {
                    let span = trim_span(text, Span::new(start, range.end));
                    self.push_block(Block { kind: BlockKind::Code { info, text: code }, span });
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                self.capture = Capture::Html { text: String::new(), start: range.start };
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Capture::Html { text: html, start } = std::mem::replace(&mut self.capture, Capture::None) {
                    let span = trim_span(text, Span::new(start, range.end));
                    match comment_only(&html) {
                        Some(comment) => {
                            if let Some(rules) = ignore_rules(comment) {
                                self.comments.push((rules, span));
                            }
                        }
                        None => self.push_block(Block { kind: BlockKind::Html { text: html }, span }),
                    }
                }
            }
            Event::Rule => self.push_block(Block { kind: BlockKind::Rule, span: trim_span(text, range.into()) }),
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::Table) => {
                if let Some(frame) = self.pop_frame() {
                    self.close(frame, range.end);
                }
            }
            _ => self.inline(&event, &range),
        }
    }

    fn inline(&mut self, event: &Event<'_>, range: &std::ops::Range<usize>) {
        let text = self.text;
        match &mut self.capture {
            Capture::Paragraph { builder, .. } | Capture::Heading { builder, .. } | Capture::Cell { builder, .. } => {
                builder.event(event, range, text);
            }
            Capture::Code { text: code, .. } => {
                if let Event::Text(t) = event {
                    code.push_str(t);
                }
            }
            Capture::Html { text: html, .. } => {
                if let Event::Html(t) | Event::Text(t) = event {
                    html.push_str(t);
                }
            }
            Capture::ItemParagraph | Capture::None => {
                if let Some(item) = self.innermost_item() {
                    item.event(event, range, text);
                }
            }
        }
    }

    fn close(&mut self, frame: Frame, end: usize) {
        let text = self.text;
        match frame {
            Frame::Quote { blocks, start } => {
                self.push_block(Block {
                    kind: BlockKind::Quote { blocks },
                    span: trim_span(text, Span::new(start, end)),
                });
            }
            Frame::List { list, start } => {
                self.push_block(Block { kind: BlockKind::List(list), span: trim_span(text, Span::new(start, end)) });
            }
            Frame::Item { mut item, inline, blocks } => {
                let fallback = Span::point(item.marker.end);
                let (inline, span) = inline.finish(fallback);
                let span = Span::new(item.marker.start, span.end.max(item.marker.end));
                item.unit = self.add_unit(inline, span);
                item.blocks = blocks;
                if let Some(Frame::List { list, .. }) = self.stack.last_mut() {
                    list.items.push(item);
                }
            }
            Frame::Table { cells, start } => {
                self.push_block(Block {
                    kind: BlockKind::Table { cells },
                    span: trim_span(text, Span::new(start, end)),
                });
            }
            Frame::Flattened => {}
        }
    }
}

/// The span without trailing line endings and blanks.
fn trim_span(text: &str, span: Span) -> Span {
    let end = span.end.min(text.len());
    let start = span.start.min(end);
    let slice = &text[start..end];
    Span::new(start, start + slice.trim_end().len())
}

/// The marker of the item starting at `at` and the number written in it.
fn item_marker(text: &str, at: usize) -> (Span, Option<u64>) {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    let digits_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - digits_start < 9 {
        i += 1;
    }
    if i > digits_start && i < bytes.len() && (bytes[i] == b'.' || bytes[i] == b')') {
        let number = text[digits_start..i].parse().ok();
        return (Span::new(digits_start, i + 1), number);
    }
    let end = (digits_start + 1).min(text.len());
    let end = if text.is_char_boundary(end) { end } else { digits_start };
    (Span::new(digits_start, end), None)
}

/// The inside of an HTML block made only of one comment.
fn comment_only(html: &str) -> Option<&str> {
    let t = html.trim();
    let inner = t.strip_prefix("<!--")?.strip_suffix("-->")?;
    (!inner.contains("-->")).then_some(inner)
}

/// The rules named by a `charte-ignore` comment.
fn ignore_rules(comment: &str) -> Option<Vec<String>> {
    let rest = comment.trim().strip_prefix("charte-ignore")?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some(rest.split_whitespace().map(str::to_owned).collect())
}

/// Makes the units of the front matter's string values, and gives every unit its id and label
/// when `options.names` is on.
fn name_units(doc: &mut Document, text: &str, options: ParseOptions) {
    let mut namer = Namer { ids: HashMap::new(), names: Vec::new() };
    if let Some(fm) = &mut doc.front_matter {
        for entry in &mut fm.entries {
            // A value the YAML reader could not place (an empty span for some text) has no
            // unit: rules would compare text that is not there.
            if let Value::String(s) = &entry.value
                && (!entry.value_span.range().is_empty() || s.is_empty())
            {
                let mut inline = Inline { text: s.clone(), ..Inline::default() };
                if options.canonical {
                    inline.canonical = s.split_whitespace().collect::<Vec<_>>().join(" ");
                }
                let (id, label) = if options.names {
                    (entry.key.clone(), Label::Key { key: entry.key.clone() })
                } else {
                    (String::new(), Label::Unnamed)
                };
                doc.units.push(Unit { id, label, span: entry.value_span, inline });
                entry.unit = Some(doc.units.len() - 1);
            }
        }
    }
    if !options.names {
        return;
    }
    let top_ordered: usize = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .chain(&doc.preamble)
        .filter(|b| matches!(&b.kind, BlockKind::List(l) if l.ordered))
        .count();
    let version = version_unit(doc, text);
    namer.blocks(&doc.preamble, "preamble", 0, top_ordered == 1, version);
    for (i, section) in doc.sections.iter().enumerate() {
        let s = i + 1;
        let prefix = format!("section.{s}");
        let h = &section.heading;
        let title = doc.units[h.unit].inline.text.trim().to_owned();
        namer.name(h.unit, prefix.clone(), Label::Heading { section: s, title });
        namer.blocks(&section.blocks, &prefix, s, top_ordered == 1, version);
    }
    for (unit, id, label) in namer.names {
        if let Some(u) = doc.units.get_mut(unit) {
            u.id = id;
            u.label = label;
        }
    }
}

/// Joins two lists of the same kind that only `charte-ignore` comments separate: CommonMark
/// ends a list at an HTML comment, but a comment put before an item is meant for that item,
/// not to split the document's list in two.
fn join_lists_split_by_comments(doc: &mut Document, text: &str) {
    if doc.suppressions.is_empty() {
        return;
    }
    let comments: Vec<Span> = doc.suppressions.iter().map(|s| s.comment).collect();
    join_lists(&mut doc.preamble, text, &comments);
    for section in &mut doc.sections {
        join_lists(&mut section.blocks, text, &comments);
    }
}

fn join_lists(blocks: &mut Vec<Block>, text: &str, comments: &[Span]) {
    let mut i = 0;
    while i + 1 < blocks.len() {
        let joins = match (&blocks[i].kind, &blocks[i + 1].kind) {
            (BlockKind::List(a), BlockKind::List(b)) => {
                a.ordered == b.ordered && only_comments(text, blocks[i].span.end, blocks[i + 1].span.start, comments)
            }
            _ => false,
        };
        if !joins {
            i += 1;
            continue;
        }
        let next = blocks.remove(i + 1);
        let end = next.span.end;
        if let (BlockKind::List(list), BlockKind::List(more)) = (&mut blocks[i].kind, next.kind) {
            for mut item in more.items {
                if list.ordered {
                    item.rendered = Some(list.start.unwrap_or(1) + list.items.len() as u64);
                }
                list.items.push(item);
            }
        }
        blocks[i].span = Span::new(blocks[i].span.start, end);
    }
}

/// Whether the text between two blocks is one or more of the `comments` and blank space.
fn only_comments(text: &str, from: usize, to: usize, comments: &[Span]) -> bool {
    let mut at = from;
    for c in comments.iter().filter(|c| c.start >= from && c.end <= to) {
        if !text.get(at..c.start).is_some_and(|t| t.trim().is_empty()) {
            return false;
        }
        at = c.end;
    }
    at > from && text.get(at..to).is_some_and(|t| t.trim().is_empty())
}

/// Gives every `charte-ignore` comment the block that follows it.
fn place_suppressions(doc: &mut Document) {
    if doc.suppressions.is_empty() {
        return;
    }
    let mut starts = Vec::new();
    block_spans(&doc.preamble, &mut starts);
    for section in &doc.sections {
        block_spans(&section.blocks, &mut starts);
    }
    starts.sort_unstable_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    for sup in &mut doc.suppressions {
        let i = starts.partition_point(|b| b.start < sup.comment.end);
        if let Some(b) = starts.get(i) {
            sup.block = *b;
        }
    }
}

/// The spans of blocks and list items, nested ones included: what a suppression can cover.
fn block_spans(blocks: &[Block], out: &mut Vec<Span>) {
    for block in blocks {
        out.push(block.span);
        match &block.kind {
            BlockKind::List(list) => {
                for item in &list.items {
                    out.push(item.span);
                    block_spans(&item.blocks, out);
                }
            }
            BlockKind::Quote { blocks } => block_spans(blocks, out),
            _ => {}
        }
    }
}

/// The unit of the last paragraph when it is wholly one emphasis span: the version line.
fn version_unit(doc: &Document, text: &str) -> Option<usize> {
    let blocks = doc.sections.last().map_or(&doc.preamble, |s| &s.blocks);
    let block = blocks.last()?;
    let BlockKind::Paragraph { unit } = block.kind else {
        return None;
    };
    let inline = &doc.units[unit].inline;
    if inline.emphasis.len() != 1 || !inline.strong.is_empty() {
        return None;
    }
    let span = inline.emphasis[0];
    (text[block.span.range()].trim() == text[span.range()].trim()).then_some(unit)
}

struct Namer {
    ids: HashMap<String, usize>,
    names: Vec<(usize, String, Label)>,
}

impl Namer {
    /// Names a unit whose id is unique by construction (keys, headings, positions).
    fn name(&mut self, unit: usize, id: String, label: Label) {
        self.names.push((unit, id, label));
    }

    /// Names a list item: written numbers can repeat, so a repeated id gets `~2`, `~3`.
    fn name_item(&mut self, unit: usize, id: String, label: Label) {
        let seen = self.ids.entry(id.clone()).or_insert(0);
        *seen += 1;
        let id = if *seen > 1 { format!("{id}~{seen}") } else { id };
        self.names.push((unit, id, label));
    }

    fn blocks(&mut self, blocks: &[Block], prefix: &str, section: usize, values: bool, version: Option<usize>) {
        // Counters per kind of block: paragraph, list, quote, table, others.
        let mut counts: Vec<(&'static str, usize)> = Vec::with_capacity(4);
        for block in blocks {
            let kind = match &block.kind {
                BlockKind::List(_) => "list",
                BlockKind::Paragraph { .. } => "paragraph",
                other => other.name(),
            };
            let n = match counts.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    counts.push((kind, 1));
                    1
                }
            };
            match &block.kind {
                BlockKind::Paragraph { unit } => {
                    if Some(*unit) == version {
                        self.name(*unit, "version".to_owned(), Label::Version);
                    } else {
                        let label = if prefix.starts_with("section.") || prefix == "preamble" {
                            Label::Paragraph { section, index: n }
                        } else {
                            Label::Item { path: format!("{prefix}.paragraph.{n}") }
                        };
                        self.name(*unit, format!("{prefix}.paragraph.{n}"), label);
                    }
                }
                BlockKind::List(list) => {
                    let path = format!("{prefix}.list.{n}");
                    for (i, item) in list.items.iter().enumerate() {
                        let number = item.written.unwrap_or(i as u64 + 1);
                        let (id, label) = if values && list.ordered {
                            (format!("value.{number}"), Label::Value { number })
                        } else {
                            let id = format!("{path}.item.{number}");
                            (id.clone(), Label::Item { path: id })
                        };
                        // Items numbered by their place are unique; written numbers can repeat.
                        if item.written.is_some() {
                            self.name_item(item.unit, id.clone(), label);
                        } else {
                            self.name(item.unit, id.clone(), label);
                        }
                        self.blocks(&item.blocks, &id, section, false, None);
                    }
                }
                BlockKind::Quote { blocks } => {
                    self.blocks(blocks, &format!("{prefix}.quote.{n}"), section, false, None);
                }
                BlockKind::Table { cells } => {
                    for (i, cell) in cells.iter().enumerate() {
                        let id = format!("{prefix}.table.{n}.cell.{}", i + 1);
                        self.name(*cell, id.clone(), Label::Cell { path: id });
                    }
                }
                BlockKind::Code { .. } | BlockKind::Html { .. } | BlockKind::Rule => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Rule;

    fn doc(text: &str) -> Document {
        parse(&SourceFile::new("t.md", text)).document
    }

    fn unit<'d>(d: &'d Document, id: &str) -> &'d Unit {
        d.units
            .iter()
            .find(|u| u.id == id)
            .unwrap_or_else(|| panic!("no unit {id} in {:?}", d.units.iter().map(|u| &u.id).collect::<Vec<_>>()))
    }

    #[test]
    fn strong_and_emphasis_whichever_marker() {
        let d = doc("a **b** __c__ *d* _e_\n");
        let u = unit(&d, "preamble.paragraph.1");
        assert_eq!(u.inline.strong.len(), 2);
        assert_eq!(u.inline.emphasis.len(), 2);
        assert_eq!(u.inline.canonical, "a **b** **c** *d* *e*");
    }

    #[test]
    fn written_numbers_are_kept() {
        let d = doc("1. a\n3. b\n2) c\n");
        // `2)` starts another list, so there are two ordered lists and no values.
        assert!(d.units.iter().any(|u| u.id == "preamble.list.1.item.3"));
        let d = doc("## S\n\n1. a\n3. b\n2. c\n");
        let BlockKind::List(list) = &d.sections[0].blocks[0].kind else { panic!() };
        let written: Vec<_> = list.items.iter().map(|i| i.written).collect();
        let rendered: Vec<_> = list.items.iter().map(|i| i.rendered).collect();
        assert_eq!(written, [Some(1), Some(3), Some(2)]);
        assert_eq!(rendered, [Some(1), Some(2), Some(3)]);
        assert_eq!(unit(&d, "value.3").inline.text, "b");
    }

    #[test]
    fn links_code_and_stray_delimiters() {
        let d = doc("see [x](https://a.b) and `c` then **open and word__ snake_case\n");
        let u = unit(&d, "preamble.paragraph.1");
        assert_eq!(u.inline.links[0].url, "https://a.b");
        assert_eq!(u.inline.code[0].text, "c");
        assert_eq!(u.inline.stray_delimiters.len(), 2, "{:?}", u.inline.stray_delimiters);
    }

    #[test]
    fn literal_delimiters_are_not_stray() {
        let stray = |text: &str| unit(&doc(&format!("{text}\n")), "preamble.paragraph.1").inline.stray_delimiters.len();
        for text in [
            "Betreuer*innen",
            "alle *.ext Dateien",
            "_xmpp-server._tcp",
            "snake_case",
            "a * b",
            "2*3",
            "(* heißt alles)",
            "'http-*' Skripte",
            "\"*book.pdf\"",
            "\"bv*+ba/b\"",
            "[_]",
            "archivos ._* nativos",
            "[5 _3/]",
        ] {
            assert_eq!(stray(text), 0, "{text}");
        }
        for text in ["**offen", "offen**", "am Ende.** Weiter", "(*offen", "_offen"] {
            assert_eq!(stray(text), 1, "{text}");
        }
    }

    #[test]
    fn hard_wrapped_and_lazy_lines_are_one_unit() {
        let d = doc("## V\n\n1. un **deux**\n   trois\n2. quatre\ncinq\n");
        assert_eq!(unit(&d, "value.1").inline.canonical, "un **deux** trois");
        assert_eq!(unit(&d, "value.2").inline.canonical, "quatre cinq");
    }

    #[test]
    fn nested_lists_and_quotes() {
        let d = doc("- a\n  - b\n  - c\n- d\n\n> q **s**\n>\n> r\n");
        assert_eq!(unit(&d, "preamble.list.1.item.1").inline.text.trim(), "a");
        assert_eq!(unit(&d, "preamble.list.1.item.1.list.1.item.2").inline.text.trim(), "c");
        assert_eq!(unit(&d, "preamble.quote.1.paragraph.1").inline.strong.len(), 1);
        assert_eq!(unit(&d, "preamble.quote.1.paragraph.2").inline.text, "r");
    }

    #[test]
    fn crlf_and_bom_positions() {
        let file = SourceFile::from_bytes(
            "t.md",
            b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n\r\n## A\r\n\r\n1. **x**\r\n".to_vec(),
        );
        let p = parse(&file);
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        let v = unit(&p.document, "value.1");
        assert_eq!(file.position(v.span.start).line, 7);
        assert_eq!(file.position(v.inline.strong[0].start).column, 4);
        assert_eq!(unit(&p.document, "title").inline.text, "T");
    }

    #[test]
    fn version_line_and_suppressions() {
        let d = doc("## A\n\n<!-- charte-ignore strong-count -->\npara\n\n_Version du 10/10/2024_\n");
        assert_eq!(unit(&d, "version").label, Label::Version);
        assert_eq!(d.suppressions.len(), 1);
        assert_eq!(d.suppressions[0].rules, ["strong-count"]);
        assert_eq!(d.sections[0].blocks.len(), 2, "the comment is not a block");
        assert_eq!(d.suppressions[0].block, d.sections[0].blocks[0].span);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let text = ">".repeat(50_000) + " x\n";
        let d = doc(&text);
        assert!(d.units.iter().any(|u| u.inline.text == "x"));
        let text = "- ".repeat(20_000) + "x\n";
        let _ = doc(&text);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let p = parse(&SourceFile::from_bytes("t.md", b"ab\n\xffcd\n".to_vec()));
        assert_eq!(p.diagnostics.len(), 1);
        assert_eq!(p.diagnostics[0].rule, Rule::InvalidInput);
        assert_eq!(p.diagnostics[0].start.line, 2);
    }
}
