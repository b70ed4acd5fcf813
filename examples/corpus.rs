//! Generates a benchmark corpus: N master documents and K languages in the
//! directory-per-language layout, derived from the charter, synced, with some stale units and
//! some structural errors, plus its `charte.toml`.
//!
//! `cargo run --release --example corpus -- OUT_DIR [--docs N] [--langs K] [--seed S]`

use charte::drift::{self, Store};
use std::path::{Path, PathBuf};

const LANGS: &[&str] = &["en", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "ro", "hu", "el", "bg"];
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
];

/// A small deterministic generator (xorshift64*), so that corpora are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Options {
    out: PathBuf,
    docs: usize,
    langs: usize,
    seed: u64,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options { out: PathBuf::new(), docs: 1000, langs: 10, seed: 1 };
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--docs" => o.docs = value("--docs")?.parse().map_err(|e| format!("--docs: {e}"))?,
            "--langs" => o.langs = value("--langs")?.parse().map_err(|e| format!("--langs: {e}"))?,
            "--seed" => o.seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            _ if o.out.as_os_str().is_empty() => o.out = PathBuf::from(a),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    if o.out.as_os_str().is_empty() {
        return Err("usage: corpus OUT_DIR [--docs N] [--langs K] [--seed S]".into());
    }
    if o.langs > LANGS.len() {
        return Err(format!("at most {} languages", LANGS.len()));
    }
    Ok(o)
}

/// A master document: the charter with its paragraphs and values varied.
fn master(charter: &str, rng: &mut Rng, index: usize) -> String {
    let (front, body) = charter.split_at(charter.find("## ").unwrap_or(0));
    let mut out = front.replace("title: Charte des valeurs", &format!("title: Charte des valeurs {index}"));
    let values: Vec<&str> = body.lines().filter(|l| l.len() > 3 && l.as_bytes()[0].is_ascii_digit()).collect();
    let paragraphs: Vec<&str> = body.lines().filter(|l| l.starts_with("La ") || l.starts_with("Nous ")).collect();
    out.push_str("## La mission\n\n");
    for _ in 0..1 + rng.below(4) {
        let p = paragraphs[rng.below(paragraphs.len())];
        out.push_str(&format!("{p} {}\n\n", WORDS[rng.below(WORDS.len())]));
    }
    out.push_str("## Nos valeurs\n\nNous avons établi une hiérarchie de nos valeurs :\n\n");
    for n in 1..=4 + rng.below(9) {
        let v = values[rng.below(values.len())];
        let text = &v[v.find(". ").map_or(0, |i| i + 2)..];
        let extra = (0..rng.below(3)).map(|_| WORDS[rng.below(WORDS.len())]).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("{n}. {text} {extra}\n"));
    }
    out.push_str("\n_Version du 10/10/2024_\n");
    out
}

/// A translation keeping the structure: every unit marked with the language.
fn translate(master: &str, lang: &str, version: &str) -> String {
    let mut out = String::with_capacity(master.len() + 200);
    let mut in_front = false;
    for (i, line) in master.lines().enumerate() {
        let translated = if line == "---" {
            if i == 0 {
                in_front = true;
            } else if in_front {
                in_front = false;
                out.push_str(&format!("source_version: {version}\n"));
            }
            line.to_owned()
        } else if in_front {
            match line.split_once(": ") {
                Some(("slug", v)) => format!("slug: {v}-{lang}"),
                Some((k, v)) => format!("{k}: {v} ({lang})"),
                None => line.to_owned(),
            }
        } else if let Some(rest) = line.strip_prefix("## ") {
            format!("## {rest} ({lang})")
        } else if let Some(rest) = line.strip_prefix('_') {
            format!("_({lang}) {rest}")
        } else if let Some(i) = line.find(". ").filter(|i| line[..*i].bytes().all(|b| b.is_ascii_digit()) && *i > 0) {
            format!("{}({lang}) {}", &line[..i + 2], &line[i + 2..])
        } else if line.is_empty() {
            String::new()
        } else {
            format!("({lang}) {line}")
        };
        out.push_str(&translated);
        out.push('\n');
    }
    out
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let o = options()?;
    let charter = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("charter/fr.md"))?;
    let mut rng = Rng(o.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let (mut files, mut bytes, mut stale, mut broken) = (0usize, 0usize, 0usize, 0usize);
    write(&o.out.join("charte.toml"), "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n")?;
    for i in 0..o.docs {
        let rel = format!("part{:02}/doc{i:05}.md", i % 20);
        let text = master(&charter, &mut rng, i);
        let master_path = o.out.join("docs/fr").join(&rel);
        let version = drift::version(&text);
        let snapshot = Store::for_master(&master_path).snapshot_path(&version);
        write(&snapshot, &drift::normalize(&text))?;
        for lang in &LANGS[..o.langs] {
            let mut t = translate(&text, lang, &version);
            // About 1% of translations lose a bold span: a structural error.
            if rng.below(100) == 0 {
                t = t.replacen("**", "", 2);
                broken += 1;
            }
            bytes += t.len();
            files += 1;
            write(&o.out.join("docs").join(lang).join(&rel), &t)?;
        }
        // About 5% of masters change after the sync: their translations have a stale unit.
        let text = if rng.below(20) == 0 {
            stale += 1;
            text.replacen("1. ", "1. Désormais, ", 1)
        } else {
            text
        };
        bytes += text.len();
        files += 1;
        write(&master_path, &text)?;
    }
    println!(
        "{files} files, {:.1} MB in {}: {} documents x {} languages, {stale} edited masters, {broken} broken translations",
        bytes as f64 / 1e6,
        o.out.display(),
        o.docs,
        o.langs
    );
    Ok(())
}
