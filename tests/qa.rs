//! The checks translators know (issue #16): `end-punctuation`, `sentence-count`,
//! `length-ratio` and `repeated-word`, through the binary, on the cases each language brings.

mod common;

use common::{charte, charter_copy, check_json, findings};

/// The rules and lines of `charte check` on `translation` against `master`.
fn check(master: &str, translation: &str) -> Vec<(String, u64)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("master.md"), master).unwrap();
    std::fs::write(dir.path().join("t.md"), translation).unwrap();
    let (code, json) = check_json(dir.path(), &["--source", "master.md", "--allow", "unsynced", "t.md"]);
    assert_eq!(code, 0, "{json}");
    findings(&json).into_iter().map(|(rule, _, line)| (rule, line)).collect()
}

fn rules(master: &str, translation: &str) -> Vec<String> {
    check(master, translation).into_iter().map(|f| f.0).collect()
}

const NONE: &[&str] = &[];

#[test]
fn end_punctuation_is_the_same_mark_in_every_script_and_spacing() {
    let master = "## Qui sommes-nous ?\n\nNous sommes **pacifistes.**\n\nVoici « la rigueur ».\n\nAttendez...\n";
    for translation in [
        "## Who are we?\n\nWe are **pacifists.**\n\nHere is “rigour.”\n\nWait…\n",
        "## ¿Quiénes somos?\n\nSomos **pacifistas**.\n\nAquí está «el rigor».\n\nEspere...\n",
        "## 我们是谁？\n\n我们是**和平主义者。**\n\n这是「严谨」。\n\n请稍候……\n",
        "## Qui êtes-vous\u{202f}?\n\nVous êtes des **pacifistes**\u{a0}.\n\nVoilà « votre rigueur ».\n\nPatientez…\n",
    ] {
        assert_eq!(rules(master, translation), NONE, "{translation}");
    }
    let found = check(master, "## Who are we\n\nWe are **pacifists!**\n\nHere is “rigour.”\n\nWait…\n");
    assert_eq!(found, [("end-punctuation".to_owned(), 1), ("end-punctuation".to_owned(), 3)]);
}

/// A front-matter value ends as YAML reads it: an escaped quote (`\"`) closes a quotation, it
/// is not the value's last character.
#[test]
fn front_matter_values_end_as_yaml_reads_them() {
    let master = "---\ntitle: Charte\ndescription: \"Notre charte « Pause IA. »\"\n---\n\nTexte.\n";
    let fine = "---\ntitle: Charter\ndescription: \"Our charter \\\"Pause IA.\\\"\"\n---\n\nText.\n";
    assert_eq!(rules(master, fine), NONE, "{fine}");
    let single = "---\ntitle: Charter\ndescription: 'Our charter ''Pause IA.'''\n---\n\nText.\n";
    assert_eq!(rules(master, single), NONE, "{single}");
    let lost = "---\ntitle: Charter\ndescription: \"Our charter \\\"Pause IA\\\"\"\n---\n\nText.\n";
    assert_eq!(check(master, lost), [("end-punctuation".to_owned(), 3)], "{lost}");
}

#[test]
fn units_ending_with_code_a_url_or_a_number_have_no_end_punctuation() {
    let master =
        "Lancez `ls -l.`\n\nVoir <https://example.org/a.>\n\nLa page 12\n\nVoir [le site](https://example.org).\n";
    let translation =
        "Run `ls -l.` now.\n\nSee <https://example.org/a.> today!\n\nPage 12.\n\nSee [the site](https://example.org)\n";
    // Only the last unit, whose link text is prose, lost its full stop.
    assert_eq!(check(master, translation), [("end-punctuation".to_owned(), 7)]);
}

#[test]
fn fewer_sentences_are_found_past_abbreviations_and_decimals() {
    let master = "Nous sommes pacifistes. Nous refusons la violence. Nous cherchons la paix.\n";
    let kept =
        "Wir sind z. B. Pazifisten, Dr. Meier auch. Wir lehnen 3.5 Formen der Gewalt ab. Wir suchen den Frieden.\n";
    assert_eq!(rules(master, kept), NONE);
    let joined = "Wir sind Pazifisten; wir lehnen Gewalt ab. Wir suchen den Frieden.\n";
    assert_eq!(rules(master, joined), NONE);
    let cut = "Wir sind z. B. Pazifisten, Dr. Meier auch, und lehnen 3.5 Formen der Gewalt ab.\n";
    assert_eq!(rules(master, cut), ["sentence-count"]);
    // Units of fewer than three sentences are not compared.
    assert_eq!(rules("Une phrase. Deux phrases.\n", "One sentence and two.\n"), NONE);
}

#[test]
fn length_ratio_is_learned_from_the_document_and_needs_enough_units() {
    let master = (1..=8)
        .map(|i| format!("{i}. Nous avons une valeur numéro {i} que nous tenons pour essentielle.\n"))
        .collect::<String>();
    let long = |i: usize| format!("{i}. Wir haben einen Wert mit der Nummer {i}, den wir für wesentlich halten.\n");
    let translation = (1..=8).map(long).collect::<String>();
    assert_eq!(rules(&master, &translation), NONE);
    let cut = translation.replace(&long(4), "4. Wir haben Wert 4.\n");
    assert_eq!(check(&master, &cut), [("length-ratio".to_owned(), 4)]);
    let doubled = translation.replace(&long(4), &format!("{} {}", long(4).trim(), &long(4)[3..].repeat(2)));
    assert_eq!(check(&master, &doubled), [("length-ratio".to_owned(), 4)]);
    // Seven units give no usual ratio: nothing is measured.
    let seven = |t: &str| t.lines().take(7).map(|l| format!("{l}\n")).collect::<String>();
    assert_eq!(rules(&seven(&master), &seven(&cut)), NONE);
}

#[test]
fn repeated_words_outside_grammar_code_and_the_masters_own() {
    let master = "Nous nous battons pour la paix.\n";
    assert_eq!(rules(master, "We fight for the the peace.\n"), ["repeated-word"]);
    assert_eq!(rules(master, "We fight for The the peace.\n"), ["repeated-word"]);
    assert_eq!(rules(master, "Luchamos por la paz que que queremos.\n"), ["repeated-word"]);
    for fine in [
        "Wir kämpfen für die Kinder, die die Zukunft sind.\n",
        "Wij weten dat dat klopt.\n",
        "He had had enough of war.\n",
        "We fight, fight for peace.\n",
    ] {
        assert_eq!(rules(master, fine), NONE, "{fine}");
    }
    assert_eq!(rules("Nous luttons pour `the` paix.\n", "We fight for `the` the peace.\n"), NONE);
    // A repetition the master has is the translator's to keep.
    assert_eq!(rules("Le groupe Duran Duran joue.\n", "The band Duran Duran plays.\n"), NONE);
}

#[test]
fn the_charter_is_clean_and_a_cut_value_is_seen() {
    let dir = charter_copy();
    let (code, json) = check_json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(findings(&json), []);
    let en = dir.path().join("charter/en.md");
    let text = std::fs::read_to_string(&en).unwrap();
    // Value 5 loses its second sentence; value 3 its last two.
    let cut = text
        .replace(
            " In its communications, Pause IA draws on reliable sources of information and takes care to represent the facts faithfully.",
            "",
        )
        .replace(
            " The purpose of our discussions is to **maximise our effectiveness** by quickly turning ideas into concrete action. We do not wait for perfection before acting.",
            " **maximise our effectiveness**",
        );
    std::fs::write(&en, cut).unwrap();
    let (_, json) = check_json(dir.path(), &[]);
    let found = findings(&json);
    assert!(found.contains(&("length-ratio".to_owned(), "en.md".to_owned(), 24)), "{found:?}");
    assert!(found.contains(&("sentence-count".to_owned(), "en.md".to_owned(), 22)), "{found:?}");
    assert!(found.iter().all(|f| f.1 == "en.md"), "{found:?}");
}

#[test]
fn rules_can_be_turned_off_in_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("charte.toml"), "[rules]\nrepeated-word = \"off\"\nunsynced = \"off\"\n").unwrap();
    std::fs::create_dir(d.join("charter")).unwrap();
    std::fs::write(d.join("charter/fr.md"), "Nous luttons pour la paix.\n").unwrap();
    std::fs::write(d.join("charter/en.md"), "We fight for the the peace\n").unwrap();
    let (_, json) = check_json(d, &[]);
    let found: Vec<_> = findings(&json).into_iter().map(|f| f.0).collect();
    assert_eq!(found, ["end-punctuation"]);
    let out = charte(d).args(["rules", "length-ratio"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2.5") && text.contains('8'), "{text}");
}

#[test]
fn command_pages_ending_with_colons_and_code_are_clean() {
    let master = "# tar\n\n> Archiving utility.\n> More information: <https://example.org/tar>.\n\n- Create an archive from files:\n\n`tar cf {{path/to/target.tar}} {{path/to/file1 path/to/file2 ...}}`\n\n- Extract an archive in the current directory:\n\n`tar xf {{path/to/source.tar}}`\n";
    let de = "# tar\n\n> Archivierungswerkzeug.\n> Weitere Informationen: <https://example.org/tar>.\n\n- Erstelle ein Archiv aus Dateien:\n\n`tar cf {{path/to/target.tar}} {{path/to/file1 path/to/file2 ...}}`\n\n- Entpacke ein Archiv im aktuellen Verzeichnis:\n\n`tar xf {{path/to/source.tar}}`\n";
    assert_eq!(rules(master, de), NONE);
    let dropped = de.replace("Verzeichnis:", "Verzeichnis");
    assert_eq!(check(master, &dropped), [("end-punctuation".to_owned(), 10)]);
}
