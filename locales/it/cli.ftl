# La riga di comando di charte, in italiano: testi di aiuto, titoli ed errori negli argomenti.

## Titoli e opzioni predefinite

cli-usage = Uso:
cli-commands = Comandi
cli-arguments = Argomenti
cli-options = Opzioni
cli-help = Mostra l’aiuto
cli-version = Mostra la versione
cli-default = predefinito: { $value }
cli-more = Per saperne di più, provare «{ $help }».

## Il programma e le sue opzioni

cli-about = Mantiene le traduzioni di un documento Markdown fedeli all’originale.
cli-arg-lang = Lingua dei messaggi (altrimenti CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = Il file di configurazione (predefinito: charte.toml qui o in una cartella superiore).
cli-arg-color = Quando colorare l’output; NO_COLOR disattiva sempre il colore.

## Comandi

cli-check = Controlla le traduzioni rispetto all’originale: struttura, numerazione, enfasi, scostamenti.
cli-check-files = File di traduzione da controllare (predefinito: tutte le traduzioni del progetto).
cli-check-source = Il documento originale.
cli-check-format = Formato di output.
cli-check-deny = Rende una regola un errore («warnings»: tutti gli avvisi).
cli-check-warn = Rende una regola un avviso.
cli-check-allow = Disattiva una regola.
cli-check-base = Segnala le unità che le modifiche all’originale da questa revisione git rendono obsolete.
cli-check-verbose = Mostra ogni segnalazione per intero: il testo dell’originale prima e dopo la modifica per un’unità obsoleta, e ogni unità da tradurre a sé.
cli-check-fix = Applica le correzioni sicure, poi segnala ciò che resta.
cli-check-unsafe-fixes = Applica anche le correzioni non sicure (implica --fix).
cli-check-diff = Mostra le correzioni come diff unificato senza scriverle; esce con 1 se ce ne sono.
cli-parse = Mostra la struttura di un documento.
cli-parse-file = Il documento (predefinito: l’originale).
cli-parse-format = Formato di output.
cli-rules = Elenca le regole o ne documenta una.
cli-rules-name = Il nome di una regola.
cli-sync = Registra che le traduzioni seguono l’originale attuale.
cli-sync-languages = Lingue da sincronizzare.
cli-sync-all = Sincronizza tutte le traduzioni.
cli-sync-force = Sincronizza anche una traduzione con errori di struttura.
cli-sync-accept-unchanged = Segna come aggiornate unità obsolete la cui traduzione non è cambiata dall’ultima sincronizzazione (una modifica dell’originale che non richiede nulla in questa lingua).
cli-init = Crea una traduzione dall’originale e la sincronizza.
cli-init-language = La nuova lingua.
cli-status = Mostra, per lingua, quanta parte della traduzione è aggiornata.
cli-status-format = Formato di output.
cli-status-line-url = L'indirizzo di una riga, con {"{"}path{"}"} e {"{"}line{"}"} (invece di `[status] line-url`): i rapporti HTML e Markdown vi collegano ogni problema.
cli-diff = Mostra cosa è cambiato nell’originale dall’ultima sincronizzazione di una lingua.
cli-diff-language = La lingua della traduzione (un tag come de o pt-BR; --lang sceglie la lingua dei messaggi).
cli-diff-unit = Solo questa unità.
cli-completions = Stampa i completamenti per una shell.
cli-completions-shell = La shell.
cli-man = Stampa la pagina di manuale (roff).
cli-help-command = Mostra questo messaggio o l’aiuto del comando indicato.
cli-help-command-subcommand = Il comando da spiegare.

## Errori negli argomenti

cli-error-unknown-argument = argomento inatteso «{ $arg }»
cli-error-unknown-command = comando sconosciuto «{ $arg }»
cli-error-invalid-value = valore «{ $value }» non valido per { $arg }
cli-error-missing = manca un argomento obbligatorio: { $args }
cli-error-conflict = { $arg } non si può usare con { $other }
cli-error-missing-value = { $arg } richiede un valore
cli-error-other = argomenti non validi: { $error }
cli-tip-similar = suggerimento: ne esiste uno simile: «{ $suggestion }»
cli-tip-possible = valori possibili: { $values }
cli-tip-lang-option = suggerimento: --lang sceglie la lingua dei messaggi; indicare la lingua della traduzione senza questa opzione: «{ $example }»
