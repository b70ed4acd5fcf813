# Meldungen von charte, auf Deutsch.
# Jede andere Sprache hat genau dieselben IDs, Attribute und Variablen wie die Quellsprache (Englisch).

## Schweregrade und Zusammenfassung

severity-error = Fehler
severity-warning = Warnung
summary-clean = { $files ->
    [one] { $files } Datei geprüft: keine Probleme gefunden.
   *[other] { $files } Dateien geprüft: keine Probleme gefunden.
}
summary-problems = { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
} in { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}.
summary-silenced = { $count ->
    [one] { $count } Befund durch charte-ignore-Kommentare unterdrückt.
   *[other] { $count } Befunde durch charte-ignore-Kommentare unterdrückt.
}
summary-skipped = { $count ->
    [one] 1 Datei passt zu keinem Layout des Projekts und wurde nicht geprüft: { $files }
   *[other] { $count } Dateien passen zu keinem Layout des Projekts und wurden nicht geprüft: { $files }
}
note-master = Original: { $location }
note-unit = Einheit: { $label }
note-master-before = Original vorher: { $text }
note-master-after = Original jetzt: { $text }
note-fix = Korrektur verfügbar: `charte check --fix`
note-fix-unsafe = Korrektur verfügbar, zu prüfen: `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 Befund lässt sich mit `charte check --fix` korrigieren.
   *[other] { $count } Befunde lassen sich mit `charte check --fix` korrigieren.
}
summary-fixable-unsafe = { $count ->
    [one] 1 Befund lässt sich mit `charte check --unsafe-fixes` korrigieren (zu prüfen).
   *[other] { $count } Befunde lassen sich mit `charte check --unsafe-fixes` korrigieren (zu prüfen).
}
fix-would = { $count ->
    [one] 1 Befund würde korrigiert
   *[other] { $count } Befunde würden korrigiert
} in { $files ->
    [one] 1 Datei.
   *[other] { $files } Dateien.
}
fix-done = { $count ->
    [one] 1 Befund korrigiert
   *[other] { $count } Befunde korrigiert
} in { $files ->
    [one] 1 Datei.
   *[other] { $files } Dateien.
}
fix-left = { $count ->
    [one] 1 Korrektur überschneidet sich mit einer anderen: sie bleibt für den nächsten Lauf.
   *[other] { $count } Korrekturen überschneiden sich mit anderen: sie bleiben für den nächsten Lauf.
}
fix-not-written = { $path }: nicht geschrieben: { $reason }
fix-synced = { $lang }: alle veralteten Einheiten übernommen; auf die Version { $version } des Originals synchronisiert
note-changes = Änderungen: { $diff }
more-findings = { $count ->
    [one] und { $count } weiterer { $rule }-Befund in { $file }
   *[other] und { $count } weitere { $rule }-Befunde in { $file }
}
snippet-continues = geht bis Zeile { $line } weiter
untranslated-units = { $count ->
    [one] { $count } zu übersetzende Einheit, mit dem Original identisch: { $units }
   *[other] { $count } zu übersetzende Einheiten, mit dem Original identisch: { $units }
}
note-to-translate = `charte check --verbose` zeigt jede Einheit an ihrer Stelle
summary-language = { $lang }: { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
summary-language-details = { $lang }: { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
} ({ $details })
summary-stale = { $count ->
    [one] { $count } veraltete Einheit
   *[other] { $count } veraltete Einheiten
}
summary-missing = { $count ->
    [one] { $count } im Original hinzugefügte Einheit
   *[other] { $count } im Original hinzugefügte Einheiten
}
summary-to-translate = { $count ->
    [one] { $count } zu übersetzende Einheit
   *[other] { $count } zu übersetzende Einheiten
}
summary-unsynced = { $count ->
    [one] { $count } Datei ohne Synchronisierungsvermerk
   *[other] { $count } Dateien ohne Synchronisierungsvermerk
}
summary-missing-documents = { $count ->
    [one] { $count } fehlendes Dokument
   *[other] { $count } fehlende Dokumente
}
summary-next-fix = nächster Schritt: Beheben Sie die Fehler oben und führen Sie dann `charte check` erneut aus
summary-next-stale = nächster Schritt: `charte diff { $lang }` zeigt, was sich im Original geändert hat; übernehmen Sie die Änderungen und führen Sie dann `charte sync { $lang }` aus
summary-next-unsynced = nächster Schritt: Prüfen Sie die Übersetzung und führen Sie dann `charte sync { $lang }` aus
summary-next-init = nächster Schritt: `charte init { $lang }` erstellt die fehlenden Dokumente aus dem Original
summary-next-translate = nächster Schritt: Übersetzen Sie diese Einheiten und führen Sie dann `charte check` erneut aus

## Einheiten

label-key = Schlüssel „{ $key }“ im Kopfbereich
label-heading = Überschrift von Abschnitt { $section } „{ $title }“
label-paragraph = { $section ->
    [0] Absatz { $index } vor der ersten Überschrift
   *[other] Absatz { $index } in Abschnitt { $section }
}
label-value = Wert { $number }
label-item = Listeneintrag { $path }
label-cell = Tabellenzelle { $path }
label-version = Versionszeile
label-unnamed = Einheit

## Blockarten

kind = { $kind ->
    [paragraph] { $count ->
        [one] einen Absatz
       *[other] { $count } Absätze
    }
    [ordered-list] { $count ->
        [one] eine nummerierte Liste
       *[other] { $count } nummerierte Listen
    }
    [bullet-list] { $count ->
        [one] eine Aufzählungsliste
       *[other] { $count } Aufzählungslisten
    }
    [quote] { $count ->
        [one] ein Blockzitat
       *[other] { $count } Blockzitate
    }
    [code] { $count ->
        [one] einen Codeblock
       *[other] { $count } Codeblöcke
    }
    [table] { $count ->
        [one] eine Tabelle
       *[other] { $count } Tabellen
    }
    [html] { $count ->
        [one] einen HTML-Block
       *[other] { $count } HTML-Blöcke
    }
   *[rule] { $count ->
        [one] eine horizontale Linie
       *[other] { $count } horizontale Linien
    }
}

## Diagnosen

front-matter-missing = die Übersetzung hat keinen Kopfbereich; das Original beginnt mit einem
front-matter-unterminated = der Kopfbereich ist nicht abgeschlossen: Fügen Sie danach eine Zeile `---` ein
front-matter-invalid = der Kopfbereich ist kein gültiges YAML: { $error }
front-matter-no-colon = diese Zeile des Kopfbereichs ist kein Paar `Schlüssel: Wert`: Schreiben Sie den Schlüssel, einen Doppelpunkt und ein Leerzeichen, dann den Wert
front-matter-tab = diese Zeile des Kopfbereichs ist mit einem Tabulator eingerückt: YAML erlaubt nur Leerzeichen
front-matter-not-mapping = der Kopfbereich muss Schlüsseln Werte zuordnen und darf kein Wert vom Typ { $kind } sein
front-matter-missing-key = im Kopfbereich fehlt der Schlüssel „{ $key }“ des Originals
front-matter-empty-key = der Schlüssel „{ $key }“ im Kopfbereich ist leer
front-matter-type = der Schlüssel „{ $key }“ im Kopfbereich ist vom Typ { $found }, im Original aber vom Typ { $expected }
front-matter-slug = „{ $value }“ ist kein URL-Slug: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche
heading-missing = die Überschrift der Ebene { $level } „{ $title }“ aus dem Original fehlt hier
heading-extra = diese Überschrift der Ebene { $level } ist im Original nicht vorhanden
heading-unspaced = nach `{ $marks }` fehlt ein Leerzeichen, sonst ist es keine Überschrift: schreiben Sie `{ $marks } ` und dann den Titel
heading-level = diese Überschrift hat Ebene { $level }; die des Originals hat Ebene { $expected }
block-missing = das Original enthält hier { $expected }, die Übersetzung nicht
block-extra = die Übersetzung enthält hier { $found }, das Original nicht
block-kind = das Original enthält hier { $expected }; die Übersetzung enthält { $found }
block-merged = { $expected } des Originals (Zeilen { $first } und { $second }) scheinen hier zusammengeführt: trennen Sie sie durch eine Leerzeile
block-split = { $expected } des Originals scheint hier zweigeteilt (der zweite Teil steht in Zeile { $line }): entfernen Sie die Leerzeile dazwischen
table-cells = diese Tabelle hat { $found } Zellen; die des Originals hat { $expected }
value-missing = Wert { $number } des Originals fehlt: Die Liste hat { $count } Werte, die des Originals { $expected }
value-missing-run = die Werte { $numbers } des Originals fehlen hier: Die Liste hat { $count } Werte, die des Originals { $expected }; eine Leerzeile oder ein Zeichen in einem Wert beendet die Liste
value-merged = die Werte { $number } und { $next } des Originals scheinen in diesem Wert zusammengeführt: beginnen Sie Wert { $next } in einer eigenen Zeile
value-cut = dieser Text steht außerhalb der Liste: eine Leerzeile teilt Wert { $number } (Zeile { $line }) in zwei; entfernen Sie die Leerzeile oder rücken Sie den Text unter dem Wert ein
value-cut-values = dieser Text steht außerhalb der Liste: eine Leerzeile teilt Wert { $number } (Zeile { $line }) in zwei, und die folgenden Werte sind zu Zeilen dieses Textes geworden; entfernen Sie die Leerzeile oder rücken Sie den Text unter dem Wert ein
swapped-values = die Texte der Werte { $number } und { $other } (Zeile { $line }) scheinen vertauscht: jeder gleicht dem anderen Wert des Originals (Hervorhebungen, Links, Code, Zahlen und Länge)
value-extra = Wert { $number } ist im Original nicht vorhanden: Die Liste hat { $count } Werte, die des Originals { $expected }
item-missing = ein Listeneintrag des Originals fehlt: Die Liste hat { $count } Einträge, die des Originals { $expected }
item-missing-run = hier fehlen Einträge des Originals: Die Liste hat { $count } Einträge, die des Originals { $expected }; eine Leerzeile oder ein Zeichen in einem Eintrag beendet die Liste
item-extra = dieser Listeneintrag ist im Original nicht vorhanden: Die Liste hat { $count } Einträge, die des Originals { $expected }
value-numbering = dieser Wert hat die Nummer { $found }; im Original hat er die Nummer { $expected }
value-numbering-start = die Liste beginnt bei { $found }; die des Originals beginnt bei { $expected }
value-numbering-duplicate = die Nummer { $found } wird zweimal verwendet
value-numbering-order = Wert { $found } steht nach Wert { $previous }
strong-count = { $found ->
    [one] { $found } fett formatierte Passage
   *[other] { $found } fett formatierte Passagen
}, im Original { $expected }
emphasis-count = { $found ->
    [one] { $found } kursiv formatierte Passage
   *[other] { $found } kursiv formatierte Passagen
}, im Original { $expected }
unclosed-emphasis = `{ $delimiter }` wird nicht geschlossen: Die Formatierung bleibt als normaler Text stehen
link-missing = der Link des Originals auf { $url } fehlt
link-extra = dieser Link auf { $url } ist im Original nicht vorhanden
code-missing = der Inline-Code `{ $code }` des Originals fehlt
code-extra = der Inline-Code `{ $code }` ist im Original nicht vorhanden
empty-unit = diese Einheit ist leer; die des Originals enthält Text
empty-file = die Datei ist leer; das Original enthält Text
invalid-input-utf8 = die Datei ist kein gültiges UTF-8 (erstes ungültiges Byte an Position { $offset })
invalid-input-binary = die Datei ist eine Binärdatei, keine Textdatei
invalid-input-unreadable = die Datei kann nicht gelesen werden: { $error }
number-missing = „{ $number }“ aus dem Original kommt in der Übersetzung nicht vor
number-missing-forms = „{ $number }“ aus dem Original kommt in der Übersetzung in keiner Schreibweise ihrer Sprache vor: { $forms }
untranslated = diese Einheit ist mit dem Original identisch: Ist sie übersetzt?
glossary-rendering = „{ $term }“ aus dem Original ist nicht so übersetzt, wie es das Glossar vorgibt: „{ $expected }“
glossary-kept = „{ $term }“ bleibt in allen Sprachen unverändert (Glossar), fehlt aber in der Übersetzung
stale = das Original wurde seit der letzten Synchronisierung dieser Übersetzung geändert: Aktualisieren Sie diese Einheit und führen Sie dann `charte sync { $lang }` aus, oder setzen Sie `{ $record }` im Kopfbereich
stale-added = das Original hat diese Einheit seit der letzten Synchronisierung dieser Übersetzung hinzugefügt: Übersetzen Sie sie nach dieser Zeile und führen Sie dann `charte sync { $lang }` aus
stale-removed = das Original hat diese Einheit seit der letzten Synchronisierung dieser Übersetzung entfernt: Löschen Sie sie und führen Sie dann `charte sync { $lang }` aus
stale-renumbered = das Original nummeriert diesen Wert jetzt { $number } (vorher { $old }), sein Text ist unverändert: Nummerieren Sie ihn um und führen Sie dann `charte sync { $lang }` aus
stale-moved = das Original hat diese Einheit verschoben (vorher { $was }), ihr Text ist unverändert: Verschieben Sie sie und führen Sie dann `charte sync { $lang }` aus
unsynced = die Übersetzung hat keinen Synchronisierungsvermerk: Prüfen Sie sie und führen Sie dann `charte sync { $lang }` aus, oder fügen Sie `{ $record }` dem Kopfbereich hinzu
unsynced-snapshot-missing = die Version { $version } des Originals, mit der diese Übersetzung synchronisiert wurde, ist in { $path } nicht vorhanden: Prüfen Sie die Übersetzung und führen Sie dann `charte sync { $lang }` aus (oder setzen Sie `{ $record }` im Kopfbereich, sobald die ganze Übersetzung dem Original folgt)
unsynced-snapshot-corrupt = der Snapshot { $path } stimmt nicht mit seinem Hashwert überein: Prüfen Sie die Übersetzung und führen Sie dann `charte sync { $lang }` aus (oder setzen Sie `{ $record }` im Kopfbereich, sobald die ganze Übersetzung dem Original folgt)
missing-translation = { $path } hat keine Übersetzung in der Sprache { $lang }
orphan-translation = Übersetzung ({ $lang }), deren Original { $master } nicht existiert: löschen oder dorthin verschieben, wo das Original jetzt liegt
language-tag = der Dateiname „{ $name }“ ist keine kanonische Sprachkennung
language-tag-suggest = der Dateiname „{ $name }“ ist keine kanonische Sprachkennung: Meinten Sie „{ $canonical }“?
ftl-missing = die Nachricht „{ $id }“ der Quellsprache fehlt
ftl-obsolete = die Nachricht „{ $id }“ ist in der Quellsprache nicht vorhanden
ftl-variables = die Nachricht „{ $id }“ verwendet { $found }, die Quellsprache dagegen { $expected }
ftl-syntax = Fluent-Syntaxfehler: { $error }
invalid-input-outside = { $path } führt aus dem Projekt hinaus: die Datei wurde nicht gelesen
invalid-input-not-regular = { $path } ist keine reguläre Datei (ein Verzeichnis, eine Pipe oder ein Gerät): sie wurde nicht gelesen
invalid-input-too-large = die Datei ist größer als die Grenze von { $limit } Bytes (`max-file-size` in charte.toml): sie wurde nicht gelesen
unsynced-snapshot-refused = der Snapshot { $path } ist keine reguläre Datei im Projekt oder zu groß: er wurde nicht gelesen; führen Sie nach der Reparatur `charte sync { $lang }` aus

## Regeln

rules-header = Regeln ({ $count }):
rules-default = Standard: { $severity }
rules-what = Was geprüft wird
rules-why = Warum
rules-example = Beispiel
rules-master = Original:
rules-fail = Fehlerhaft:
rules-pass = Korrekt:
rules-config = Konfiguration (`charte.toml`):
rules-fix = Korrektur: { $fix }
fix-safe = sicher
fix-unsafe = unsicher
fix-none = keine

rule-front-matter = Der Kopfbereich fehlt, ist nicht abgeschlossen oder ungültig, ihm fehlt ein Schlüssel des Originals, ein Schlüssel ist leer oder hat einen anderen Typ, oder der Slug ist kein URL-Slug.
    .why = Websites erzeugen Titel, Beschreibungen und Adressen aus dem Kopfbereich: Ein fehlender oder fehlerhafter Schlüssel macht die Seite unbrauchbar.
rule-heading-structure = Überschriften fehlen, sind überzählig, stehen in falscher Reihenfolge oder auf einer anderen Ebene als im Original.
    .why = Abschnitte und ihre Anker müssen in allen Sprachen übereinstimmen, sonst funktionieren Links und Navigation nicht mehr.
rule-block-structure = Die Blöcke eines Abschnitts unterscheiden sich in Art oder Anzahl: Aus einer Liste wurden Absätze, ein Absatz wurde geteilt oder mit einem anderen zusammengeführt.
    .why = Jeder Block des Originals ist eine Sinneinheit; die Übersetzung muss die Blöcke getrennt und in derselben Reihenfolge beibehalten.
rule-value-count = Eine nummerierte Liste hat mehr oder weniger Einträge als die des Originals.
    .why = Die Werte sind nummeriert und werden über ihre Nummer zitiert: Fehlt einer oder kommt einer hinzu, verschieben sich alle Verweise.
rule-value-numbering = Die ausgeschriebenen Nummern der Einträge weichen vom Original ab: eine übersprungene, doppelte oder vertauschte Nummer oder ein anderer Startwert.
    .why = In jeder Sprache wird „Wert 3“ zitiert; es muss derselbe Wert sein.
rule-swapped-values = Zwei Werte, deren Texte vertauscht scheinen, bei gleichen Nummern: jeder passt deutlich besser zum anderen Wert des Originals (Hervorhebungen, Links, Code, Zahlen, Länge).
    .why = „Wert 3“ muss in jeder Sprache sagen, was Wert 3 sagt; eine Vertauschung besteht jede Zählung.
rule-strong-count = Eine Einheit enthält eine andere Anzahl fett formatierter Passagen (strong) als die entsprechende Einheit des Originals.
    .why = Fettdruck markiert, was das Original betont; eine Übersetzung muss dasselbe betonen.
rule-emphasis-count = Eine Einheit enthält eine andere Anzahl kursiv formatierter Passagen (emphasis) als die entsprechende Einheit des Originals.
    .why = Kursivschrift trägt Bedeutung (ein Titel, die Versionszeile); geht sie verloren, ändert sich der Text.
rule-unclosed-emphasis = Hervorhebungszeichen (`**`, `__`, `*`, `_`), die als normaler Text stehen bleiben, weil sie nicht geschlossen werden.
    .why = Ein nicht geschlossenes `**` erscheint auf der Seite als Sternchen und ist das Überbleibsel einer defekten Fettformatierung.
rule-link-mismatch = Links weichen in Anzahl oder Ziel von denen der entsprechenden Einheit des Originals ab.
    .why = Ein entfernter oder geänderter Link führt die Lesenden an einen anderen Ort oder ins Leere.
rule-code-mismatch = Inline-Code weicht von dem der entsprechenden Einheit des Originals ab.
    .why = Code, Befehle und Namen in Backticks werden nicht übersetzt.
rule-empty-unit = Eine übersetzte Einheit enthält keinen Text.
    .why = Ein leerer Wert oder Absatz hinterlässt eine Lücke in der veröffentlichten Seite.
rule-invalid-input = Die Datei kann nicht als UTF-8-Text gelesen werden: kein UTF-8, nicht lesbar, binär.
    .why = In einer Datei, die nicht gelesen werden kann, lässt sich nichts anderes prüfen.
rule-stale = Die Einheit des Originals wurde seit der letzten Synchronisierung der Übersetzung geändert.
    .why = Die Übersetzung gibt wieder, was früher im Original stand; die Änderung muss übernommen werden.
rule-unsynced = Die Übersetzung hat keinen Synchronisierungsvermerk, oder ihr Vermerk verweist auf eine Version des Originals, die nicht gefunden werden kann.
    .why = Ohne diesen Vermerk kann niemand feststellen, welche Änderungen des Originals in der Übersetzung fehlen.
rule-number-mismatch = Eine Zahl oder ein Datum aus der Einheit des Originals fehlt in der übersetzten Einheit.
    .why = Zahlen und Daten sind Fakten: Sie müssen die Übersetzung unverändert überstehen.
rule-untranslated = Eine Einheit ist mit der entsprechenden Einheit des Originals identisch (ein Slug sowie Einheiten, die nur aus Zahlen, URLs, Code oder unverändert bleibenden Glossarbegriffen bestehen, werden nicht gemeldet).
    .why = Text, der in der Sprache des Originals stehen geblieben ist, wurde meist vergessen.
rule-glossary = Ein Glossarbegriff der Einheit des Originals fehlt in der übersetzten Einheit in seiner vorgegebenen Übersetzung, oder ein Begriff, der in allen Sprachen unverändert bleibt, wurde verändert (`[glossary]` in `charte.toml`).
    .why = Schlüsselbegriffe lesen sich nur dann von Seite zu Seite gleich, wenn alle Übersetzenden die vorgegebene Übersetzung schreiben; ein Name wie der des Vereins wird nie übersetzt.
rule-missing-translation = Ein Dokument des Originals hat in einer Sprache des Projekts keine Übersetzung.
    .why = Eine Seite, die es nur in einer Sprache gibt, ist eine Lücke in der Website.
rule-orphan-translation = Eine Übersetzung, deren Originaldokument nicht existiert.
    .why = Wenn das Original eine Seite löscht oder umbenennt, bleiben ihre Übersetzungen ungeprüft zurück und werden weiter veröffentlicht.
rule-language-tag = Ein Dateiname ist keine kanonische Sprachkennung.
    .why = Sprachkennungen werden exakt verglichen: `EN.md` oder `pt_BR.md` würden nicht erkannt, und durch Raten würde die falsche Datei geprüft.
rule-ftl-missing = Eine Nachricht oder ein Attribut der Fluent-Quellsprache fehlt in der Übersetzung.
    .why = Das Programm greift für diesen Text auf die Quellsprache zurück.
rule-ftl-obsolete = Eine Nachricht existiert nur in der übersetzten Fluent-Datei.
    .why = Verwaiste Nachrichten verursachen unnötige Übersetzungsarbeit und verdecken umbenannte Nachrichten.
rule-ftl-variables = Eine Fluent-Nachricht verwendet andere Variablen oder Nachrichtenverweise als die Quellsprache.
    .why = Durch eine fehlende Variable geht Information verloren; eine unbekannte wird als Fehler ausgegeben.
rule-ftl-syntax = Fluent-Syntax, die der Parser nicht lesen konnte.
    .why = Die fehlerhafte Nachricht wird zur Laufzeit verworfen.

## Status und Unterschiede

status-title = Übersetzungsstatus
status-documents = { $count } Originaldokumente
status-generated = Erstellt am { $time }
status-master = Original: { $path } (Version { $version })
status-language = Sprache
status-file = Datei
status-structure = Struktur
status-up-to-date = Aktuell
status-stale = Veraltet
status-untranslated = Nicht übersetzt
status-progress = Fortschritt
status-version = Synchronisiert mit
status-ok = ✓ OK
status-broken = ✗ { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}
status-never = nie
status-stale-units = Veraltete Einheiten
status-no-stale = Keine veralteten Einheiten.
status-added = Hinzugefügt
status-removed = Entfernt
status-moved = Verschoben
status-synced-documents = { $synced }/{ $count } synchronisiert
status-unit-stale = veraltet: { $label } ({ $id }) wurde im Original geändert; aktualisieren Sie die Einheit
status-unit-added = im Original hinzugefügt: { $label } ({ $id }); nach dieser Zeile übersetzen
status-unit-removed = im Original entfernt: { $label } ({ $id }); diese Einheit löschen
status-unit-moved = im Original neu nummeriert oder verschoben: { $label } ({ $id }); der Text ist unverändert
status-unit-untranslated = nicht übersetzt: { $label } ({ $id })
status-errors = Fehler und Warnungen
status-added-units = Im Original hinzugefügt: zu übersetzen
status-removed-units = Im Original entfernt: zu löschen
status-moved-units = Im Original neu nummeriert oder verschoben
status-untranslated-units = Nicht übersetzte Einheiten
status-filter-state = Zustand
status-filter-all = Alle
status-state-errors = Fehler
diff-none = Im Original hat sich seit der Synchronisierung von { $lang } nichts geändert.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }): hinzugefügt
diff-removed = { $label } ({ $id }): entfernt
diff-renumbered = { $label } ({ $id }): umnummeriert, vorher { $old }, Text unverändert
diff-moved = { $label } ({ $id }): verschoben, vorher { $old }, Text unverändert


## Gliederung (charte parse)

outline-front-matter = Kopfbereich (Zeile { $line })
outline-preamble = vor der ersten Überschrift
outline-line = Zeile { $line }
outline-list = { $ordered ->
    [yes] nummerierte Liste
   *[no] Aufzählungsliste
}, { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} (Zeile { $line })
outline-quote = Blockzitat (Zeile { $line })
outline-strong = fett { $count }
outline-emphasis = kursiv { $count }
outline-links = Links { $count }
outline-code = Code { $count }
outline-problem = { $rule } in Zeile { $line }: { $message }

## Synchronisierung und Initialisierung

sync-done = { $lang }: mit Version { $version } des Originals synchronisiert
sync-refused = { $lang } hat { $errors ->
    [one] { $errors } Strukturfehler
   *[other] { $errors } Strukturfehler
}: Korrigieren Sie die Struktur oder verwenden Sie --force
sync-rubber-stamp = { $lang }: als aktuell markiert, ohne dass die Übersetzung geändert wurde: { $units }
sync-unchanged = { $lang }: nicht synchronisiert: das Original hat diese Einheiten geändert, ihre Übersetzung hat sich seit der letzten Synchronisierung nicht geändert: { $units }; übertragen Sie die Änderung, oder führen Sie sync mit --accept-unchanged aus, wenn sie in dieser Sprache keine Änderung braucht
sync-nothing-written = Es wurde nichts geschrieben.
sync-untracked = Neu angelegte Dateien, die git noch nicht verfolgt; committen Sie sie mit der Übersetzung: git add { $files }
init-done = { $path } aus dem Original erstellt; `charte check` listet die zu übersetzenden Einheiten auf
init-exists = { $path } existiert bereits; nicht überschrieben

## Betriebsfehler

error-prefix = Fehler
error-master-missing = das Original { $path } kann nicht gelesen werden: { $error }
error-read = { $path } kann nicht gelesen werden: { $error }
error-write = { $path } kann nicht geschrieben werden: { $error }
error-not-a-file = { $path } ist keine Datei
error-unknown-rule = unbekannte Regel „{ $name }“; `charte rules` listet alle Regeln auf
error-unknown-language = keine Übersetzung „{ $lang }“ in diesem Projekt
error-invalid-language = „{ $lang }“ ist keine Sprachkennung
error-no-languages = geben Sie eine Sprache an oder verwenden Sie --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = git ist fehlgeschlagen: { $error }
error-symlink = { $path } ist ein symbolischer Link; charte schreibt nicht über Links
error-no-master = kein Originaldokument gefunden: die Layouts { $layouts } erwarten es in { $expected }; prüfen Sie `master` und `documents` in charte.toml
error-empty-language = die Sprache { $lang } hat keine Datei: erwartet in { $expected }; prüfen Sie `languages` und `documents` in charte.toml
error-master-language = { $lang } ist die Sprache des Originals: nennen Sie die Sprache einer Übersetzung
error-not-canonical = „{ $lang }“ ist kein kanonisch geschriebenes Sprach-Tag: verwenden Sie „{ $canonical }“
error-unknown-unit = das Original hat keine Einheit „{ $unit }“; seine Einheiten: { $units }
error-record-unterminated = { $path }:{ $line }:{ $column }: dem Front Matter fehlt das schließende `---`; schließen Sie es und synchronisieren Sie erneut
error-record-invalid = { $path }:{ $line }:{ $column }: das Front Matter ist kein gültiges YAML ({ $error }); korrigieren Sie es und synchronisieren Sie erneut
error-record-not-mapping = { $path }:{ $line }:{ $column }: { $kind ->
    [flow] das Front Matter ist eine Inline-Zuordnung `{"{"} … {"}"}` ohne Sync-Eintrag, den charte ersetzen kann: schreiben Sie `source_version: 0` in die Zuordnung (einen einfachen oder zitierten Wert, ohne Alias oder Escape-Sequenz) und synchronisieren Sie erneut
    [sequence] das Front Matter ist eine Liste, keine Zeilen `Schlüssel: Wert`; der Sync-Eintrag `source_version: VERSION` braucht eine eigene Zeile
   *[other] das Front Matter ist ein einzelner Wert, keine Zeilen `Schlüssel: Wert`; der Sync-Eintrag `source_version: VERSION` braucht eine eigene Zeile
}
error-record-form = { $path }:{ $line }:{ $column }: schreiben Sie den Sync-Eintrag in eine eigene Zeile, als `source_version: VERSION` am Zeilenanfang (ohne Einrückung, `?`, Anker, Tag, Blockskalar oder Wert in der nächsten Zeile), und synchronisieren Sie erneut
error-record-no-place = { $path }:{ $line }:{ $column }: kein sicherer Platz für den Sync-Eintrag in diesem Front Matter; fügen Sie die Zeile `source_version: 0` vor dem schließenden `---` ein und synchronisieren Sie erneut
error-changed = { $path } wurde während der Synchronisierung geändert; nichts wurde geschrieben: synchronisieren Sie erneut
note-word = Hinweis
error-outside-root = { $path } liegt außerhalb des Projekts { $root }: charte liest und schreibt nur darin
error-too-large = { $path } ist größer als die Grenze von { $limit } Bytes (`max-file-size` in charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: „{ $value }“ ist kein Pfad innerhalb des Projekts: Schreiben Sie einen relativen Pfad ohne `..`
error-config-size = { $path }:{ $line }:{ $column }: „{ $value }“ ist keine Dateigröße: Schreiben Sie eine Anzahl Bytes oder zum Beispiel "64 MiB"
error-revision = „{ $rev }“ ist keine Revision: Eine Revision darf nicht mit „-“ beginnen
error-line-url = „{ $value }“ ist keine Zeilenadresse: Verwenden Sie eine http://- oder https://-Adresse mit {"{"}path{"}"} und {"{"}line{"}"}
error-git-empty = git hat für { $path } bei { $rev } nichts geliefert: Die Drift-Prüfung kann nicht laufen
error-output = die Ausgabe kann nicht geschrieben werden: { $error }
stale-lockfile = das Original wurde seit der letzten Synchronisierung dieser Übersetzung geändert: Aktualisieren Sie diese Einheit und führen Sie dann `charte sync { $lang }` aus, oder setzen Sie die Zeile `{ $record }` in { $lockfile }
unsynced-lockfile = die Übersetzung hat keinen Synchronisierungsvermerk: Prüfen Sie sie und führen Sie dann `charte sync { $lang }` aus, oder fügen Sie die Zeile `{ $record }` zu { $lockfile } hinzu
unsynced-snapshot-missing-lockfile = die Version { $version } des Originals, mit der diese Übersetzung synchronisiert wurde, ist in { $path } nicht vorhanden: Prüfen Sie die Übersetzung und führen Sie dann `charte sync { $lang }` aus (oder setzen Sie die Zeile `{ $record }` in { $lockfile }, sobald die ganze Übersetzung dem Original folgt)
unsynced-snapshot-corrupt-lockfile = der Snapshot { $path } stimmt nicht mit seinem Hashwert überein: Prüfen Sie die Übersetzung und führen Sie dann `charte sync { $lang }` aus (oder setzen Sie die Zeile `{ $record }` in { $lockfile }, sobald die ganze Übersetzung dem Original folgt)
error-lock-line = { $path }:{ $line }:{ $column }: kein Synchronisierungsvermerk: Schreiben Sie `PFAD VERSION` (ein Leerzeichen dazwischen) oder beginnen Sie einen Kommentar mit `#`
error-lock-version = { $path }:{ $line }:{ $column }: keine Version des Originals: Schreiben Sie ihre 16 Hexadezimalziffern in Kleinbuchstaben
error-lock-escape = { $path }:{ $line }:{ $column }: der Pfad ist nicht so maskiert, wie charte ihn schreibt: Schreiben Sie Leerzeichen, `#`, `\` und Steuerzeichen als `\xHH`, und nichts sonst
error-lock-duplicate = { $path }:{ $line }:{ $column }: diese Übersetzung hat bereits einen Synchronisierungsvermerk in einer früheren Zeile: Behalten Sie nur einen

# Projektkonventionen (Issue #14)
severity-off = aus
ordinal-list = „{ $number }.“ am Anfang dieses Eintrags macht daraus eine im Eintrag verschachtelte nummerierte Liste, der Eintrag selbst bleibt leer: schreibe „{ $number }\.“, damit die Zahl Text bleibt
line-count = dieser Block hat { $found } Zeilen, der des Originals { $expected }
rule-line-count = Ein Block (ein Absatz, die Zeilen eines Zitats, ein Codeblock) hat eine andere Zeilenzahl als der Block des Originals. Aus, solange nicht eingeschaltet.
    .why = Manche Projekte geben jeder Zeile eine Rolle, etwa den Beschreibungszeilen einer Befehlsseite: eine hinzugefügte oder fehlende Zeile ändert, was die Seite sagt.
error-no-translations = keine Übersetzung gefunden: die Layouts { $layouts } passen auf keine Datei; prüfen Sie `documents` und `masters` in charte.toml
end-punctuation = diese Einheit endet mit „{ $found }“, die des Originals mit „{ $expected }“
end-punctuation-missing = diese Einheit endet ohne Satzzeichen; die des Originals endet mit „{ $expected }“
rule-end-punctuation = Eine Einheit endet mit einem anderen Satzzeichen als ihre Einheit im Original, die mit `.`, `?`, `!`, `:` oder `…` endet. Vollbreite Zeichen (`？`), das spanische `¿…?`, das französische Leerzeichen vor `?`, `!`, `:` und schließende Anführungszeichen oder Hervorhebungen nach dem Zeichen gelten als dasselbe; `...` ist `…`; eine Einheit, die mit Code, einer URL oder einer Zahl endet, wird übersprungen.
    .why = Ein fehlender Punkt zeigt oft einen abgebrochenen Satz an, und ein Doppelpunkt kündigt das Folgende an: Eine Übersetzung, die anders endet, hat vielleicht ihr Ende verloren.
sentence-count = diese Einheit hat { $found } Sätze, die des Originals { $expected }: fehlt ein Teil?
rule-sentence-count = Eine Einheit des Originals mit 3 oder mehr Sätzen hat in der Übersetzung mindestens 2 weniger. Ein Punkt nach einer Abkürzung (`Dr.`, `z. B.`, `e.g.`), einem einzelnen Buchstaben oder einer Zahl (`3.5`, `3. Oktober`) oder vor einem kleingeschriebenen Wort beendet keinen Satz.
    .why = Übersetzer verbinden oder teilen Sätze, einen nach dem anderen; zwei Sätze weniger sind das billigste Zeichen einer Auslassung.
length-ratio = diese Einheit ist { $percent } % so lang wie ihr Original, während die Einheiten dieses Dokuments gewöhnlich { $usual } % sind: fehlt ein Teil, oder wurde etwas hinzugefügt?
rule-length-ratio = Eine Einheit (deren Original 40 Zeichen oder mehr hat) ist im Verhältnis zu ihrem Original mehr als 2,5-mal länger oder kürzer als das übliche Verhältnis des Dokuments: der Median über seine Einheiten mit 40 Zeichen oder mehr. Ein Dokument mit weniger als 8 solchen Einheiten wird nicht geprüft.
    .why = Jede Sprache hat ihre übliche Länge; eine Einheit, die weit davon abweicht, hat oft einen Satzteil verloren oder enthält einen doppelt.
repeated-word = „{ $word } { $word }“: dieses Wort steht zweimal da
rule-repeated-word = Ein Wort, das in der Übersetzung zweimal hintereinander steht (ohne Beachtung der Groß- und Kleinschreibung), wo das Original es nicht wiederholt. Paare, die die Grammatik erlaubt (deutsch „die die“, „das das“, niederländisch „dat dat“, französisch „nous nous“, „vous vous“, englisch „had had“, „that that“), und Zahlen werden akzeptiert.
    .why = Ein Tippfehler, der Lesern sofort auffällt und den Rechtschreibprüfungen oft übersehen.
