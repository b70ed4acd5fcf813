//! Generates a synthetic site in the shape of tldr-pages, to test and benchmark `charte` on
//! a large project with its own conventions (no page of tldr-pages is used):
//!
//! - `OUT_DIR/pages/<platform>/<command>.md`: N English master pages, each a `# command`
//!   title, a `> ` description of one to three lines (the last one `More information: <URL>.`),
//!   then three to eight examples: a `- description:` item and a `` `command {{placeholder}}` ``
//!   line. Some names are dotted (`..md`, `!.md`);
//! - `OUT_DIR/pages.en -> pages`: the symbolic link tldr keeps for the master language;
//! - `OUT_DIR/pages.<lang>/…`: translations in K languages (`pt_BR` and `zh_TW` are spelled
//!   as tldr spells them), each language covering a share of the pages (45 % for the first,
//!   10 % less for each next one), with tldr's conventions: placeholders translated
//!   (`{{path/to/file}}` becomes `{{pfad/zu/datei}}`), titles and commands identical to the
//!   master, gender stars (`Nutzer*innen`), `*.ext` globs and italicised foreign terms in the
//!   text;
//! - about 1 % of the translations carry a real mistake: an example left out, a command
//!   option changed, a link changed, a description line dropped.
//!
//! Page text is about 380 bytes per page, as on tldr-pages. The same arguments always give
//! the same bytes.
//!
//! `cargo run --release --example tldr_site -- OUT_DIR [--pages N] [--langs K] [--seed S]`

use std::fmt::Write as _;
use std::path::Path;

/// Language directory suffixes, in decreasing coverage (as tldr spells them).
const LANGS: &[&str] = &[
    "de", "fr", "es", "it", "pt_BR", "zh", "ko", "ja", "nl", "pl", "ru", "tr", "id", "sv", "da", "fi", "cs", "ta",
    "uk", "hi", "ar", "fa", "bn", "th", "zh_TW", "pt_PT", "no", "nb", "ro", "bg", "bs", "ca", "el", "lo", "ml", "ne",
    "sr", "uz", "hu", "sk",
];

const PLATFORMS: &[(&str, u64)] = &[
    ("common", 55),
    ("linux", 25),
    ("osx", 6),
    ("windows", 6),
    ("android", 2),
    ("freebsd", 2),
    ("sunos", 2),
    ("openbsd", 2),
];

const VERBS: &[&str] = &["List", "Show", "Create", "Delete", "Copy", "Move", "Print", "Start", "Stop", "Update"];
const OBJECTS: &[&str] =
    &["files", "the status", "a new archive", "all processes", "the configuration", "a remote branch", "the log"];
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("path/to/file", "pfad/zu/datei"),
    ("path/to/directory", "pfad/zu/verzeichnis"),
    ("name", "name_x"),
    ("url", "url_x"),
    ("user", "benutzer"),
    ("[-v|--verbose]", "[-v|--verbose]"),
    ("1..10", "1..10"),
];

#[path = "support/mod.rs"]
mod support;
use support::{Rng, write};

/// One example of a page: its description and its command's parts.
struct Example {
    verb: &'static str,
    object: &'static str,
    option: String,
    placeholders: Vec<usize>,
}

struct Page {
    platform: &'static str,
    name: String,
    description: Vec<String>,
    url: String,
    examples: Vec<Example>,
}

fn platform(rng: &mut Rng) -> &'static str {
    let mut n = rng.below_u64(100);
    for (name, share) in PLATFORMS {
        if n < *share {
            return name;
        }
        n -= share;
    }
    "common"
}

fn page(rng: &mut Rng, i: usize) -> Page {
    let name = match i {
        0 => ".".to_owned(),
        1 => "!".to_owned(),
        _ => format!("cmd{i:05}{}", if rng.below_u64(5) == 0 { "-sub" } else { "" }),
    };
    let lines = 1 + rng.below_u64(2) as usize;
    let description =
        (0..lines).map(|k| format!("{} {} for {name}, part {k}.", rng.pick(VERBS), rng.pick(OBJECTS))).collect();
    let examples = (0..3 + rng.below_u64(6))
        .map(|_| Example {
            verb: VERBS[rng.below_u64(VERBS.len() as u64) as usize],
            object: OBJECTS[rng.below_u64(OBJECTS.len() as u64) as usize],
            option: format!("-{}", (b'a' + rng.below_u64(26) as u8) as char),
            placeholders: (0..1 + rng.below_u64(3))
                .map(|_| rng.below_u64(PLACEHOLDERS.len() as u64) as usize)
                .collect(),
        })
        .collect();
    Page { platform: platform(rng), url: format!("https://example.org/tools/{name}"), name, description, examples }
}

/// A page's text in a language (`None` for the master), with one mistake when `mistake`.
fn render(page: &Page, lang: Option<&str>, rng: &mut Rng, mistake: Option<u64>) -> String {
    let mark = |s: &str| match lang {
        None => s.to_owned(),
        Some(l) => format!("{s} [{l}]"),
    };
    let mut out = String::with_capacity(512);
    let _ = writeln!(out, "# {}\n", page.name);
    for (k, line) in page.description.iter().enumerate() {
        if mistake == Some(0) && k == 0 && page.description.len() > 1 {
            continue; // a description line dropped
        }
        let mut line = mark(line);
        if let Some(l) = lang {
            // Conventions of the translations: gender stars, globs, italic foreign terms.
            match rng.below_u64(12) {
                0 if l == "de" => line.push_str(" Für Nutzer*innen."),
                1 => line.push_str(" Siehe *.conf."),
                2 => line.push_str(" Ein *daemon*."),
                _ => {}
            }
        }
        let _ = writeln!(out, "> {line}");
    }
    let url = if mistake == Some(1) { format!("{}-old", page.url) } else { page.url.clone() };
    let _ = writeln!(out, "> {}: <{url}>.", mark("More information"));
    for (k, e) in page.examples.iter().enumerate() {
        if mistake == Some(2) && k == 1 {
            continue; // an example left out
        }
        let _ = writeln!(out, "\n- {}:\n", mark(&format!("{} {} with {}", e.verb, e.object, e.option)));
        let option = if mistake == Some(3) && k == 0 { "--changed" } else { e.option.as_str() };
        let mut command = format!("`{} {option}", page.name);
        for &p in &e.placeholders {
            let (en, tr) = PLACEHOLDERS[p];
            let _ = write!(command, " {{{{{}}}}}", if lang.is_some() { tr } else { en });
        }
        command.push('`');
        let _ = writeln!(out, "{command}");
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().ok_or("usage: tldr_site OUT_DIR [--pages N] [--langs K] [--seed S]")?;
    let (mut pages, mut langs, mut seed) = (7500usize, 40usize, 7u64);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--pages" => pages = value.parse()?,
            "--langs" => langs = value.parse::<usize>()?.min(LANGS.len()),
            "--seed" => seed = value.parse()?,
            _ => return Err(format!("unknown argument {flag}").into()),
        }
    }
    let out = Path::new(&out);
    let mut rng = Rng::new(seed);
    let site: Vec<Page> = (0..pages).map(|i| page(&mut rng, i)).collect();
    let (mut masters, mut translations, mut bytes) = (0usize, 0usize, 0usize);
    for p in &site {
        let text = render(p, None, &mut rng, None);
        bytes += text.len();
        write(&out.join("pages").join(p.platform).join(format!("{}.md", p.name)), &text)?;
        masters += 1;
    }
    #[cfg(unix)]
    {
        let link = out.join("pages.en");
        if std::fs::symlink_metadata(&link).is_err() {
            std::os::unix::fs::symlink("pages", &link)?;
        }
    }
    for (l, lang) in LANGS.iter().take(langs).enumerate() {
        // Coverage 45 % for the first language, 10 % less for each next one: about 31 000
        // translations for 7 500 pages in 40 languages, as on tldr-pages.
        let coverage = (450.0 * 0.9f64.powi(l as i32)) as u64;
        for p in &site {
            if rng.below_u64(1000) >= coverage {
                continue;
            }
            let mistake = (rng.below_u64(100) == 0).then(|| rng.below_u64(4));
            let text = render(p, Some(lang), &mut rng, mistake);
            bytes += text.len();
            write(&out.join(format!("pages.{lang}")).join(p.platform).join(format!("{}.md", p.name)), &text)?;
            translations += 1;
        }
    }
    println!("{masters} masters, {translations} translations, {bytes} bytes of text in {}", out.display());
    Ok(())
}
