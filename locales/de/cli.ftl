# Die Befehlszeile von charte, auf Deutsch: Hilfetexte, Überschriften und Argumentfehler.

## Überschriften und eingebaute Optionen

cli-usage = Aufruf:
cli-commands = Befehle
cli-arguments = Argumente
cli-options = Optionen
cli-help = Hilfe anzeigen
cli-version = Version anzeigen
cli-default = Standard: { $value }
cli-more = Mehr dazu mit „{ $help }“.

## Das Programm und seine Optionen

cli-about = Hält die Übersetzungen eines Markdown-Dokuments getreu am Original.
cli-arg-lang = Sprache der Meldungen (sonst CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = Die Konfigurationsdatei (Standard: charte.toml hier oder in einem übergeordneten Verzeichnis).
cli-arg-color = Wann die Ausgabe farbig ist; NO_COLOR schaltet Farbe immer ab.

## Befehle

cli-check = Prüft Übersetzungen gegen das Original: Struktur, Nummerierung, Hervorhebung, Abweichungen.
cli-check-files = Zu prüfende Übersetzungsdateien (Standard: alle Übersetzungen des Projekts).
cli-check-source = Das Originaldokument.
cli-check-format = Ausgabeformat.
cli-check-deny = Macht eine Regel zum Fehler („warnings“: alle Warnungen).
cli-check-warn = Macht eine Regel zur Warnung.
cli-check-allow = Schaltet eine Regel ab.
cli-check-base = Meldet die Einheiten, die Änderungen am Original seit dieser Git-Revision veralten lassen.
cli-check-verbose = Zeigt jeden Befund vollständig: bei einer veralteten Einheit den Text des Originals vor und nach der Änderung, und jede zu übersetzende Einheit einzeln.
cli-check-fix = Wendet die sicheren Korrekturen an und meldet dann, was bleibt.
cli-check-unsafe-fixes = Wendet auch die unsicheren Korrekturen an (schließt --fix ein).
cli-check-diff = Zeigt die Korrekturen als Unified Diff, ohne sie zu schreiben; endet mit 1, wenn es welche gibt.
cli-parse = Zeigt die Struktur eines Dokuments.
cli-parse-file = Das Dokument (Standard: das Original).
cli-parse-format = Ausgabeformat.
cli-rules = Listet die Regeln auf oder erklärt eine.
cli-rules-name = Ein Regelname.
cli-sync = Vermerkt, dass Übersetzungen dem aktuellen Original folgen.
cli-sync-languages = Zu synchronisierende Sprachen.
cli-sync-all = Synchronisiert alle Übersetzungen.
cli-sync-force = Synchronisiert auch eine Übersetzung mit Strukturfehlern.
cli-sync-accept-unchanged = Markiert veraltete Einheiten als aktuell, obwohl sich ihre Übersetzung seit der letzten Synchronisierung nicht geändert hat (eine Änderung des Originals, die in dieser Sprache nichts verlangt).
cli-init = Legt eine Übersetzung aus dem Original an und synchronisiert sie.
cli-init-language = Die neue Sprache.
cli-status = Zeigt je Sprache, wie viel der Übersetzung aktuell ist.
cli-status-format = Ausgabeformat.
cli-status-line-url = Die Adresse einer Zeile, mit {"{"}path{"}"} und {"{"}line{"}"} (statt `[status] line-url`): Die HTML- und Markdown-Berichte verlinken jeden Befund dorthin.
cli-diff = Zeigt, was sich im Original seit der letzten Synchronisierung einer Sprache geändert hat.
cli-diff-language = Die Sprache der Übersetzung (ein Tag wie de oder pt-BR; --lang wählt die Sprache der Meldungen).
cli-diff-unit = Nur diese Einheit.
cli-completions = Gibt Shell-Vervollständigungen aus.
cli-completions-shell = Die Shell.
cli-man = Gibt die Handbuchseite aus (roff).
cli-help-command = Zeigt diese Hilfe oder die Hilfe des angegebenen Befehls.
cli-help-command-subcommand = Der zu erklärende Befehl.

## Argumentfehler

cli-error-unknown-argument = unerwartetes Argument „{ $arg }“
cli-error-unknown-command = unbekannter Befehl „{ $arg }“
cli-error-invalid-value = ungültiger Wert „{ $value }“ für { $arg }
cli-error-missing = fehlendes Pflichtargument: { $args }
cli-error-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden
cli-error-missing-value = { $arg } braucht einen Wert
cli-error-other = ungültige Argumente: { $error }
cli-tip-similar = Tipp: Es gibt ein ähnliches: „{ $suggestion }“
cli-tip-possible = mögliche Werte: { $values }
cli-tip-lang-option = Tipp: --lang wählt die Sprache der Meldungen; nennen Sie die Sprache der Übersetzung ohne diese Option: „{ $example }“
