//! charte side by side with pofilter (translate-toolkit): the same pairs of units, deliberately
//! broken or not, go to both tools, and for each pofilter check that applies to prose the charte
//! rule that covers it must agree on the broken pairs. pofilter is skipped, with a notice, when
//! it is not installed outside CI (`.ci/run` installs it in CI).
//!
//! Each pair is checked by charte as the last paragraph of a document of eight ordinary
//! paragraphs, so that `length-ratio` has a usual ratio to measure it against; pofilter sees
//! the pair alone, as one PO entry.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

/// A pair: its name, pofilter's check, charte's rule, master, translation, whether it is broken.
struct Pair {
    name: &'static str,
    check: &'static str,
    rule: &'static str,
    master: String,
    translation: String,
    broken: bool,
}

fn pair(name: &'static str, check: &'static str, rule: &'static str, m: &str, t: &str, broken: bool) -> Pair {
    Pair { name, check, rule, master: m.to_owned(), translation: t.to_owned(), broken }
}

/// Ordinary paragraphs that neither tool reports: the document around each pair.
const FRAME: &[(&str, &str)] = &[
    (
        "Nous croyons en une amélioration continue de nos actions.",
        "We believe in continuous improvement of our actions.",
    ),
    ("Nous agissons avec rigueur et avec une grande honnêteté.", "We act with rigour and with great honesty."),
    (
        "Chacun a sa place dans nos activités, quel que soit son parcours.",
        "Everyone has a place in our activities, whatever their background.",
    ),
    ("Nous prônons la transparence et la liberté de penser.", "We champion transparency and freedom of thought."),
    (
        "Nous favorisons une ouverture d'esprit et une écoute mutuelle.",
        "We foster open-mindedness and attentive listening.",
    ),
    (
        "Aucune politique partisane n'influence nos actions communes.",
        "No partisan agenda influences our shared actions.",
    ),
    ("Nous tenons à des sources d'information fiables.", "We hold on to reliable sources of information."),
    (
        "Nous refusons de recourir à la violence, sous toutes ses formes.",
        "We refuse to resort to violence, in any of its forms.",
    ),
];

/// The line of the pair in each document: after the frame's paragraphs and their blank lines.
const PAIR_LINE: u64 = 17;

fn pairs() -> Vec<Pair> {
    let long = "We always act together, as a team, ".repeat(12) + "whatever happens.";
    vec![
        pair(
            "endpunc-broken",
            "endpunc",
            "end-punctuation",
            "Nous sommes une association pacifiste et non violente.",
            "We are a pacifist and non-violent association",
            true,
        ),
        pair(
            "endpunc-clean",
            "endpunc",
            "end-punctuation",
            "Nous sommes une association pacifiste et non violente.",
            "We are a pacifist and non-violent association.",
            false,
        ),
        pair(
            "doublewords-broken",
            "doublewords",
            "repeated-word",
            "Nous sommes une association ouverte à tous les publics.",
            "We are an association open to all all audiences.",
            true,
        ),
        pair(
            "doublewords-clean",
            "doublewords",
            "repeated-word",
            "Nous sommes une association ouverte à tous les publics.",
            "We are an association open to all audiences.",
            false,
        ),
        pair("long-broken", "long", "length-ratio", "Nous agissons toujours ensemble, en équipe.", &long, true),
        pair(
            "short-broken",
            "short",
            "length-ratio",
            "Nous mesurons l'importance capitale de notre mission, que nous prenons avec sérieux et responsabilité, chaque jour de l'année.",
            "We care.",
            true,
        ),
        pair(
            "short-clean",
            "short",
            "length-ratio",
            "Nous mesurons l'importance capitale de notre mission, que nous prenons avec sérieux et responsabilité, chaque jour de l'année.",
            "We recognise the paramount importance of our mission, which we take seriously and responsibly, every day of the year.",
            false,
        ),
        pair(
            "sentencecount-broken",
            "sentencecount",
            "sentence-count",
            "Nous sommes pacifistes. Nous refusons la violence. Nous cherchons la paix.",
            "We are pacifists, we refuse violence.",
            true,
        ),
        pair(
            "sentencecount-clean",
            "sentencecount",
            "sentence-count",
            "Nous sommes pacifistes. Nous refusons la violence. Nous cherchons la paix.",
            "We are pacifists. We refuse violence. We seek peace.",
            false,
        ),
        pair("numbers-broken", "numbers", "number-mismatch", "Version du 10/10/2024.", "Version of 11/10/2024.", true),
        pair("numbers-clean", "numbers", "number-mismatch", "Version du 10/10/2024.", "Version of 10/10/2024.", false),
        pair(
            "urls-broken",
            "urls",
            "link-mismatch",
            "Voir <https://pauseia.fr/charte> pour en savoir plus.",
            "See <https://example.org/charter> to learn more.",
            true,
        ),
        pair(
            "urls-clean",
            "urls",
            "link-mismatch",
            "Voir <https://pauseia.fr/charte> pour en savoir plus.",
            "See <https://pauseia.fr/charte> to learn more.",
            false,
        ),
        pair(
            "unchanged-broken",
            "unchanged",
            "untranslated",
            "Pause IA est une association inclusive et ouverte.",
            "Pause IA est une association inclusive et ouverte.",
            true,
        ),
        pair(
            "unchanged-clean",
            "unchanged",
            "untranslated",
            "Pause IA est une association inclusive et ouverte.",
            "Pause IA is an inclusive and open association.",
            false,
        ),
    ]
}

/// Pairs the tools judge differently by design: charte's verdict is asserted, pofilter's is
/// shown. French spacing before `?` is the same end punctuation; a unit that lost two thirds of
/// its text is far from the document's usual ratio, though not ten times shorter as pofilter's
/// fixed `short` ratio wants.
fn differences() -> Vec<Pair> {
    vec![
        pair(
            "short-two-thirds-dropped",
            "short",
            "length-ratio",
            "Nous mesurons l'importance capitale de notre mission, que nous prenons avec sérieux et responsabilité, chaque jour de l'année.",
            "We recognise our mission every day.",
            true,
        ),
        pair(
            "endpunc-french-spacing",
            "endpunc",
            "end-punctuation",
            "Qui sommes-nous vraiment, au fond, aujourd'hui ?",
            "Who are we really, deep down, today?",
            false,
        ),
    ]
}

/// The rules charte reports on the pair's line.
fn charte_rules(p: &Pair) -> BTreeSet<String> {
    let dir = tempfile::tempdir().unwrap();
    let doc = |master: bool, last: &str| {
        FRAME.iter().map(|f| format!("{}\n\n", if master { f.0 } else { f.1 })).collect::<String>() + last + "\n"
    };
    std::fs::write(dir.path().join("master.md"), doc(true, &p.master)).unwrap();
    std::fs::write(dir.path().join("t.md"), doc(false, &p.translation)).unwrap();
    let (_, json) = common::check_json(dir.path(), &["--source", "master.md", "--allow", "unsynced", "t.md"]);
    let found = common::findings(&json);
    assert!(found.iter().all(|f| f.2 == PAIR_LINE), "{}: the frame is reported: {found:?}", p.name);
    found.into_iter().map(|f| f.0).collect()
}

fn po_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// (pair name, pofilter check) of each failure pofilter reports, or `None` without pofilter.
fn pofilter(pairs: &[Pair]) -> Option<BTreeSet<(String, String)>> {
    if Command::new("pofilter").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "CI needs pofilter (.ci/run installs translate-toolkit)");
        println!("pofilter is not installed (python3 -m pip install translate-toolkit): comparison skipped");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut po =
        String::from("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: en\\n\"\n");
    for p in pairs {
        po += &format!(
            "\nmsgctxt {}\nmsgid {}\nmsgstr {}\n",
            po_string(p.name),
            po_string(&p.master),
            po_string(&p.translation)
        );
    }
    let (input, output) = (dir.path().join("in.po"), dir.path().join("out.po"));
    std::fs::write(&input, po).unwrap();
    let checks: BTreeSet<&str> = pairs.iter().map(|p| p.check).collect();
    let mut cmd = Command::new("pofilter");
    for c in &checks {
        cmd.args(["-t", c]);
    }
    let out = cmd.arg("-i").arg(&input).arg("-o").arg(&output).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&output).unwrap_or_default();
    let mut failures = BTreeSet::new();
    for entry in text.split("\n\n") {
        let Some(name) = entry.lines().find_map(|l| l.strip_prefix("msgctxt \"")).map(|n| n.trim_end_matches('"'))
        else {
            continue;
        };
        for line in entry.lines() {
            if let Some(check) = line.strip_prefix("# (pofilter) ").and_then(|l| l.split(':').next()) {
                failures.insert((name.to_owned(), check.to_owned()));
            }
        }
    }
    Some(failures)
}

#[test]
fn charte_and_pofilter_agree_on_broken_pairs() {
    let all: Vec<Pair> = pairs().into_iter().chain(differences()).collect();
    let po = pofilter(&all);
    let mut table = String::from("pair | pofilter | charte\n");
    for p in &all {
        let rules = charte_rules(p);
        let charte = rules.contains(p.rule);
        let known = differences().iter().any(|d| d.name == p.name);
        assert_eq!(charte, p.broken, "{}: charte's {} gives {rules:?}", p.name, p.rule);
        let Some(po) = &po else { continue };
        let pofilter = po.contains(&(p.name.to_owned(), p.check.to_owned()));
        table += &format!("{} | {}: {pofilter} | {}: {charte}\n", p.name, p.check, p.rule);
        if !known {
            assert_eq!(pofilter, p.broken, "{}: pofilter's {} disagrees", p.name, p.check);
        }
    }
    println!("{table}");
}
