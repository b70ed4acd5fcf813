//! The document model: what a Markdown document with front matter is made of.
//!
//! Plain data with no logic of its own. Every node keeps the byte [`Span`] it came from; the
//! translatable pieces are [`Unit`]s, listed flat in [`Document::units`] and referenced by index
//! from the tree, so rules can walk the structure and look at the text separately. A document
//! also keeps what the checks measure of its units the first time they need it, so that a
//! master checked against many translations is measured once.

use crate::source::Span;
use serde::Serialize;

/// A parsed document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// The YAML front matter, when the document starts with one.
    pub front_matter: Option<FrontMatter>,
    /// Blocks before the first heading.
    pub preamble: Vec<Block>,
    /// Sections, one per heading, in order.
    pub sections: Vec<Section>,
    /// Every translatable unit, in document order.
    pub units: Vec<Unit>,
    /// `<!-- charte-ignore RULE -->` comments and the block each applies to.
    pub suppressions: Vec<Suppression>,
    /// What the translation checks measure of each unit as a master unit (end punctuation,
    /// sentences, length), filled on first use and shared by every translation checked
    /// against this document.
    #[serde(skip)]
    pub(crate) measures: std::sync::OnceLock<Vec<crate::qa::Measures>>,
    /// The numbers and the sentence marks of each unit's text, as the alignment's shape of a
    /// unit counts them: filled on first use, like `measures`.
    #[serde(skip)]
    pub(crate) shape_counts: std::sync::OnceLock<Vec<(usize, usize)>>,
    /// What the unit rules compare of each unit as a master unit (code keys, the text whose
    /// numbers are compared), with the conventions they were made under: filled on first use
    /// and shared, like `measures`, by every translation compared under the same conventions.
    #[serde(skip)]
    pub(crate) keys: std::sync::OnceLock<crate::rules::MasterKeys>,
}

/// The front matter block.
#[derive(Debug, Clone, Serialize)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing line.
    pub span: Span,
    /// The YAML between the delimiters.
    pub body: Span,
    /// Whether the closing delimiter was found.
    pub terminated: bool,
    /// Top-level keys in order.
    pub entries: Vec<FrontMatterEntry>,
}

/// One top-level key of the front matter.
#[derive(Debug, Clone, Serialize)]
pub struct FrontMatterEntry {
    /// The key.
    pub key: String,
    /// Where the key is written.
    pub key_span: Span,
    /// The value.
    pub value: Value,
    /// Where the value is written (may be empty for an empty value).
    pub value_span: Span,
    /// The value as written on its line, without surrounding quotes: what a scalar means
    /// before YAML typing (`0673` stays `0673`).
    pub raw: String,
    /// The unit of a string value, as an index into [`Document::units`].
    pub unit: Option<usize>,
}

/// A YAML value, reduced to what the checks need.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Value {
    /// A string (or a scalar read as one).
    String(String),
    /// A number, as written.
    Number(String),
    /// A boolean.
    Bool(bool),
    /// `null`, `~` or nothing.
    Null,
    /// A sequence, with its length.
    Sequence(usize),
    /// A mapping, with its number of keys.
    Mapping(usize),
}

impl Value {
    /// The type name used in messages: `string`, `number`, `bool`, `null`, `sequence`, `mapping`.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "bool",
            Value::Null => "null",
            Value::Sequence(_) => "sequence",
            Value::Mapping(_) => "mapping",
        }
    }

    /// Whether the value holds nothing: null, an empty or blank string, an empty collection.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::String(s) => s.trim().is_empty(),
            Value::Null => true,
            Value::Sequence(n) | Value::Mapping(n) => *n == 0,
            Value::Number(_) | Value::Bool(_) => false,
        }
    }
}

/// A heading and the blocks under it, up to the next heading.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The heading.
    pub heading: Heading,
    /// The blocks under the heading.
    pub blocks: Vec<Block>,
}

/// A heading.
#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's unit.
    pub unit: usize,
    /// The whole heading.
    pub span: Span,
}

/// A block of the body.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Where it is.
    pub span: Span,
}

/// The kinds of block.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum BlockKind {
    /// A paragraph, with its unit.
    Paragraph {
        /// Index into [`Document::units`].
        unit: usize,
    },
    /// A list.
    List(List),
    /// A block quote and its blocks.
    Quote {
        /// The quoted blocks.
        blocks: Vec<Block>,
    },
    /// A fenced or indented code block.
    Code {
        /// The info string (language), if any.
        info: String,
        /// The code.
        text: String,
    },
    /// A table, with one unit per cell.
    Table {
        /// Indices into [`Document::units`], row by row.
        cells: Vec<usize>,
    },
    /// Raw HTML.
    Html {
        /// The HTML.
        text: String,
    },
    /// A thematic break (`---`).
    Rule,
}

impl BlockKind {
    /// A short stable name of the kind: `paragraph`, `ordered-list`, `bullet-list`, `quote`,
    /// `code`, `table`, `html`, `rule`.
    pub fn name(&self) -> &'static str {
        match self {
            BlockKind::Paragraph { .. } => "paragraph",
            BlockKind::List(l) if l.ordered => "ordered-list",
            BlockKind::List(_) => "bullet-list",
            BlockKind::Quote { .. } => "quote",
            BlockKind::Code { .. } => "code",
            BlockKind::Table { .. } => "table",
            BlockKind::Html { .. } => "html",
            BlockKind::Rule => "rule",
        }
    }
}

/// A list.
#[derive(Debug, Clone, Serialize)]
pub struct List {
    /// Numbered (`1.`) or bulleted (`-`).
    pub ordered: bool,
    /// The start number of an ordered list.
    pub start: Option<u64>,
    /// Its items.
    pub items: Vec<Item>,
}

/// A list item.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The number written in the source (`3` for `3.` or `3)`), for ordered lists.
    pub written: Option<u64>,
    /// The number a renderer shows (start + position), for ordered lists.
    pub rendered: Option<u64>,
    /// Where the marker (`3.`, `-`) is.
    pub marker: Span,
    /// The item's own text.
    pub unit: usize,
    /// Nested blocks (lists, quotes, code) of the item.
    pub blocks: Vec<Block>,
    /// The whole item.
    pub span: Span,
}

/// A translatable piece of text: a front-matter value, a heading, a paragraph, a list item.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    /// Stable readable id: `title`, `section.2`, `section.2.paragraph.1`, `value.3`, `version`.
    pub id: String,
    /// What the unit is, for people.
    pub label: Label,
    /// Where the unit is.
    pub span: Span,
    /// Its inline content.
    pub inline: Inline,
}

/// How a unit is named to a person; rendered by the message catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Label {
    /// A front-matter key.
    Key {
        /// The key.
        key: String,
    },
    /// The heading of a section.
    Heading {
        /// 1-based section number.
        section: usize,
        /// The heading text.
        title: String,
    },
    /// A paragraph of a section (section 0 is before the first heading).
    Paragraph {
        /// 1-based section number, 0 before the first heading.
        section: usize,
        /// 1-based paragraph number in the section.
        index: usize,
    },
    /// A numbered value (an item of the document's ordered list).
    Value {
        /// Its number as written.
        number: u64,
    },
    /// Any other list item.
    Item {
        /// The item's path id.
        path: String,
    },
    /// A table cell.
    Cell {
        /// The cell's path id.
        path: String,
    },
    /// The italic version line that ends the document.
    Version,
    /// A unit without a name: the parser names units in a second pass, which a translation
    /// skips (its findings are named after the master's units, see `ParseOptions::names`).
    Unnamed,
}

/// The inline content of a unit.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Inline {
    /// The text a reader sees, whitespace as written (soft breaks become a space).
    pub text: String,
    /// `**x**` / `__x__` spans.
    pub strong: Vec<Span>,
    /// `*x*` / `_x_` spans.
    pub emphasis: Vec<Span>,
    /// Links and images.
    pub links: Vec<Link>,
    /// Inline code spans.
    pub code: Vec<Code>,
    /// Delimiter runs (`**`, `_`) left as literal text: emphasis that did not close.
    pub stray_delimiters: Vec<Span>,
    /// A canonical form of the content: whitespace collapsed, one marker per kind of emphasis.
    /// Two units that differ only by reflowing or by `*`/`_` markers have the same canonical
    /// form; drift compares it.
    pub canonical: String,
}

/// A link or an image.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// The destination.
    pub url: String,
    /// Whether it is an image.
    pub image: bool,
    /// Where it is.
    pub span: Span,
}

/// An inline code span.
#[derive(Debug, Clone, Serialize)]
pub struct Code {
    /// The code.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A `<!-- charte-ignore RULE... -->` comment and the block it covers.
#[derive(Debug, Clone, Serialize)]
pub struct Suppression {
    /// Rule names listed in the comment.
    pub rules: Vec<String>,
    /// The comment.
    pub comment: Span,
    /// The block that follows it (empty when no block follows).
    pub block: Span,
}
