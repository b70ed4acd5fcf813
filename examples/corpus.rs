//! Generates a benchmark corpus in the directory-per-language layout:
//!
//! - `OUT_DIR/docs/fr/**/*.md`: N master documents derived from `charter/fr.md`, their
//!   paragraphs and values picked, duplicated, shuffled and lengthened from the seed, spread
//!   over a few subdirectories;
//! - `OUT_DIR/docs/<lang>/**/*.md`: the same documents in K languages, same structure, each
//!   unit marked with its language so that no unit is identical to the master's;
//! - `OUT_DIR/charte.toml`: `master = "fr"`, `documents = ["docs/{lang}/**/*.md"]`.
//!
//! Every translation is synced (its `source_version` record and the master's snapshot in
//! `.charte/sources/` are written here, as `charte sync` would). Then about 5% of the masters
//! are edited (one word of one value), which makes that unit stale in all their translations,
//! and about 1% of the translations get a structural error (a `**` pair removed, or a value
//! deleted). The same arguments always give the same bytes.
//!
//! `cargo run --release --example corpus -- OUT_DIR [--docs N] [--langs K] [--seed S]`

use charte::drift::{self, Store};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGS: &[&str] =
    &["en", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "ro", "hu", "el", "bg", "sk", "sl", "hr", "lt"];

/// Where the documents go, under `docs/<lang>/`.
const DIRS: &[&str] =
    &["", "charte", "guides", "guides/avance", "reference", "reference/outils", "blog/2024", "blog/2025"];

/// Words inserted to vary the text.
const WORDS: &[&str] = &[
    "ensemble",
    "clairement",
    "toujours",
    "vraiment",
    "collectivement",
    "prudemment",
    "ouvertement",
    "durablement",
    "patiemment",
    "résolument",
    "calmement",
    "activement",
    "aujourd’hui",
    "localement",
];

#[path = "support/mod.rs"]
mod support;
use support::{Rng, write};

struct Options {
    out: PathBuf,
    docs: usize,
    langs: usize,
    seed: u64,
}

const USAGE: &str = "usage: corpus OUT_DIR [--docs N] [--langs K] [--seed S]";

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options { out: PathBuf::new(), docs: 1000, langs: 10, seed: 1 };
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--docs" => o.docs = value("--docs")?.parse().map_err(|e| format!("--docs: {e}"))?,
            "--langs" => o.langs = value("--langs")?.parse().map_err(|e| format!("--langs: {e}"))?,
            "--seed" => o.seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "-h" | "--help" => return Err(USAGE.into()),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}\n{USAGE}")),
            _ if o.out.as_os_str().is_empty() => o.out = PathBuf::from(a),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    if o.out.as_os_str().is_empty() {
        return Err(USAGE.into());
    }
    if o.langs > LANGS.len() {
        return Err(format!("--langs: at most {}", LANGS.len()));
    }
    Ok(o)
}

/// The pieces of the charter that documents are made of.
struct Charter {
    /// The front matter lines between the `---` fences.
    front: Vec<String>,
    /// Paragraphs of the first section.
    paragraphs: Vec<String>,
    /// The line that introduces the values.
    intro: String,
    /// The values' text, without their numbers.
    values: Vec<String>,
}

impl Charter {
    fn read(text: &str) -> Result<Self, String> {
        let text = text.replace("\r\n", "\n");
        let rest = text.strip_prefix("---\n").ok_or("charter: no front matter")?;
        let (front, body) = rest.split_once("\n---\n").ok_or("charter: unterminated front matter")?;
        let front = front.lines().map(str::to_owned).collect();
        let (mut paragraphs, mut values, mut intro) = (Vec::new(), Vec::new(), String::new());
        let mut section = 0;
        for block in body.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
            if block.starts_with("## ") {
                section += 1;
            } else if block.starts_with('_') {
                // The version line, written anew.
            } else if block.as_bytes()[0].is_ascii_digit() {
                for line in block.lines() {
                    let text = line.split_once(". ").map_or(line, |(_, t)| t);
                    values.push(text.to_owned());
                }
            } else if section == 1 {
                paragraphs.push(block.replace('\n', " "));
            } else {
                intro = block.replace('\n', " ");
            }
        }
        if paragraphs.is_empty() || values.is_empty() {
            return Err("charter: no paragraphs or no values".into());
        }
        Ok(Self { front, paragraphs, intro, values })
    }
}

/// A text with `n` words of [`WORDS`] inserted between its words (markers stay whole).
fn lengthen(text: &str, n: usize, rng: &mut Rng) -> String {
    let mut words: Vec<&str> = text.split(' ').collect();
    for _ in 0..n {
        let at = 1 + rng.below(words.len());
        words.insert(at, *rng.pick(WORDS));
    }
    words.join(" ")
}

/// A master document: the charter's pieces picked, duplicated, shuffled and lengthened.
fn master(c: &Charter, rng: &mut Rng, index: usize) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("---\n");
    for line in &c.front {
        match line.split_once(": ") {
            Some(("title", v)) => writeln!(out, "title: {v} {index}"),
            Some(("slug", v)) => writeln!(out, "slug: {v}-{index}"),
            _ => writeln!(out, "{line}"),
        }
        .expect("write to a String");
    }
    out.push_str("---\n\n## La mission\n\n");
    for _ in 0..1 + rng.below(5) {
        let p = rng.pick(&c.paragraphs);
        let extra = rng.below(4);
        // Now and then a long paragraph: the same text twice.
        let p = if rng.chance(150) { format!("{p} {p}") } else { p.clone() };
        out.push_str(&lengthen(&p, extra, rng));
        out.push_str("\n\n");
    }
    out.push_str("## Nos valeurs\n\n");
    out.push_str(&c.intro);
    out.push_str("\n\n");
    for n in 1..=3 + rng.below(12) {
        let v = rng.pick(&c.values);
        let extra = rng.below(3);
        writeln!(out, "{n}. {}", lengthen(v, extra, rng)).expect("write to a String");
    }
    if rng.chance(400) {
        // A section with a link, inline code and a bulleted list.
        out.push_str("\n## Nous rejoindre\n\n");
        out.push_str("Écrivez-nous sur [le site](https://pauseia.fr/contact) ou lancez `charte check` ");
        out.push_str(&format!("avant la réunion {index}.\n\n"));
        for _ in 0..2 + rng.below(3) {
            let p = rng.pick(&c.paragraphs);
            let words: Vec<&str> = p.split(' ').filter(|w| !w.contains('*')).take(6 + rng.below(8)).collect();
            writeln!(out, "- {}", words.join(" ")).expect("write to a String");
        }
    }
    writeln!(out, "\n_Version du {:02}/{:02}/2024_", 1 + index % 28, 1 + index % 12).expect("write to a String");
    out
}

/// Whether a line is an item of the ordered list: its number and the offset of its text.
fn value_line(line: &str) -> Option<(usize, usize)> {
    let (n, _) = line.split_once(". ")?;
    let number = n.parse().ok()?;
    Some((number, n.len() + 2))
}

/// A translation with the master's structure, every unit marked with its language, and the
/// sync record written into its front matter.
fn translate(master: &str, lang: &str, version: &str) -> String {
    let mut out = String::with_capacity(master.len() + 400);
    let mut fences = 0;
    for line in master.lines() {
        if line == "---" && fences < 2 {
            fences += 1;
            if fences == 2 {
                writeln!(out, "{}: {version}", drift::RECORD_KEY).expect("write to a String");
            }
            out.push_str(line);
        } else if fences == 1 {
            match line.split_once(": ") {
                Some(("slug", v)) => write!(out, "slug: {v}-{lang}"),
                // The mark goes first: a translated description ends as the master's does.
                Some((k, v)) => write!(out, "{k}: ({lang}) {v}"),
                None => write!(out, "{line}"),
            }
            .expect("write to a String");
        } else if let Some(rest) = line.strip_prefix("## ") {
            write!(out, "## {rest} ({lang})").expect("write to a String");
        } else if let Some(rest) = line.strip_prefix("- ") {
            write!(out, "- ({lang}) {rest}").expect("write to a String");
        } else if let Some(rest) = line.strip_prefix('_') {
            write!(out, "_({lang}) {rest}").expect("write to a String");
        } else if let Some((_, at)) = value_line(line) {
            write!(out, "{}({lang}) {}", &line[..at], &line[at..]).expect("write to a String");
        } else if !line.is_empty() {
            write!(out, "({lang}) {line}").expect("write to a String");
        }
        out.push('\n');
    }
    out
}

/// A structural error: the first `**` pair of the body removed, or one value deleted.
fn break_translation(t: &str, rng: &mut Rng) -> String {
    let body = t.find("\n---\n").map_or(0, |i| i + 5);
    if rng.below(2) == 0 && t[body..].contains("**") {
        let (head, tail) = t.split_at(body);
        return format!("{head}{}", tail.replacen("**", "", 2));
    }
    let values: Vec<usize> = t.lines().enumerate().filter(|(_, l)| value_line(l).is_some()).map(|(i, _)| i).collect();
    let gone = *rng.pick(&values);
    t.lines().enumerate().filter(|&(i, _)| i != gone).fold(String::with_capacity(t.len()), |mut s, (_, l)| {
        s.push_str(l);
        s.push('\n');
        s
    })
}

/// The master after a later edit: one word of one value replaced.
fn edit_master(text: &str, rng: &mut Rng) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let values: Vec<usize> =
        lines.iter().enumerate().filter(|(_, l)| value_line(l).is_some()).map(|(i, _)| i).collect();
    let target = *rng.pick(&values);
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in lines.iter().enumerate() {
        if i == target {
            let (_, at) = value_line(line).expect("a value line");
            let mut words: Vec<&str> = line[at..].split(' ').collect();
            // A plain word (no markers, no punctuation) becomes another one.
            let plain: Vec<usize> = (0..words.len())
                .filter(|&w| !words[w].is_empty() && words[w].chars().all(char::is_alphabetic))
                .collect();
            let replacement = if plain.is_empty() {
                words.push("désormais");
                None
            } else {
                Some(*rng.pick(&plain))
            };
            if let Some(w) = replacement {
                words[w] = if words[w] == "désormais" { "dorénavant" } else { "désormais" };
            }
            write!(out, "{}{}", &line[..at], words.join(" ")).expect("write to a String");
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if o.out.join("docs").exists() {
        return Err(format!("{} exists: remove it first", o.out.join("docs").display()).into());
    }
    let charter_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("charter/fr.md");
    let charter = Charter::read(&std::fs::read_to_string(charter_path)?)?;
    let mut rng = Rng::new(o.seed);
    let langs = &LANGS[..o.langs];
    let (mut files, mut bytes, mut stale, mut broken) = (0usize, 0usize, 0usize, 0usize);
    let config = "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n";
    write(&o.out.join("charte.toml"), config)?;
    files += 1;
    bytes += config.len();
    for i in 0..o.docs {
        let dir = DIRS[i % DIRS.len()];
        let rel = if dir.is_empty() { format!("doc{i:05}.md") } else { format!("{dir}/doc{i:05}.md") };
        let text = master(&charter, &mut rng, i);
        let master_path = o.out.join("docs/fr").join(&rel);
        // The sync: the record in each translation and the snapshot of the master version.
        let version = drift::version(&text);
        let snapshot = drift::normalize(&text);
        write(&Store::for_master(&master_path).snapshot_path(&version), &snapshot)?;
        bytes += snapshot.len();
        files += 1;
        for lang in langs {
            let mut t = translate(&text, lang, &version);
            if rng.chance(10) {
                t = break_translation(&t, &mut rng);
                broken += 1;
            }
            bytes += t.len();
            files += 1;
            write(&o.out.join("docs").join(lang).join(&rel), &t)?;
        }
        // After the sync, some masters change: one unit is stale in each of their translations.
        let text = if rng.chance(50) {
            stale += 1;
            edit_master(&text, &mut rng)
        } else {
            text
        };
        bytes += text.len();
        files += 1;
        write(&master_path, &text)?;
    }
    println!(
        "{files} files written ({} masters, {} translations, {} snapshots, charte.toml), {bytes} bytes ({:.1} MB) \
         in {}; {stale} masters edited after sync, {broken} translations broken",
        o.docs,
        o.docs * langs.len(),
        o.docs,
        bytes as f64 / 1e6,
        o.out.display(),
    );
    Ok(())
}
