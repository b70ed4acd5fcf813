# Messaggi di charte, in italiano.
# Ogni altra lingua ha esattamente gli stessi identificatori, attributi e variabili della lingua sorgente (inglese).

## Gravità e riepilogo

severity-error = errore
severity-warning = avviso
summary-clean = { $files ->
    [one] { $files } file controllato: nessun problema rilevato.
   *[other] { $files } file controllati: nessun problema rilevato.
}
summary-problems = { $errors ->
    [one] { $errors } errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] { $warnings } avviso
   *[other] { $warnings } avvisi
} in { $files ->
    [one] { $files } file
   *[other] { $files } file
}.
summary-silenced = { $count ->
    [one] { $count } segnalazione ignorata tramite commenti charte-ignore.
   *[other] { $count } segnalazioni ignorate tramite commenti charte-ignore.
}
summary-skipped = { $count ->
    [one] 1 file non corrisponde a nessuna disposizione del progetto e non è stato controllato: { $files }
   *[other] { $count } file non corrispondono a nessuna disposizione del progetto e non sono stati controllati: { $files }
}
note-master = originale: { $location }
note-unit = unità: { $label }
note-master-before = originale precedente: { $text }
note-master-after = originale attuale: { $text }
note-fix = correzione disponibile: `charte check --fix`
note-fix-unsafe = correzione disponibile, da rivedere: `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 segnalazione si può correggere con `charte check --fix`.
   *[other] { $count } segnalazioni si possono correggere con `charte check --fix`.
}
summary-fixable-unsafe = { $count ->
    [one] 1 segnalazione si può correggere con `charte check --unsafe-fixes` (da rivedere).
   *[other] { $count } segnalazioni si possono correggere con `charte check --unsafe-fixes` (da rivedere).
}
fix-would = { $count ->
    [one] Verrebbe corretta 1 segnalazione
   *[other] Verrebbero corrette { $count } segnalazioni
} in { $files ->
    [one] 1 file.
   *[other] { $files } file.
}
fix-done = { $count ->
    [one] 1 segnalazione corretta
   *[other] { $count } segnalazioni corrette
} in { $files ->
    [one] 1 file.
   *[other] { $files } file.
}
fix-left = { $count ->
    [one] 1 correzione si sovrappone a un’altra: resta per la prossima esecuzione.
   *[other] { $count } correzioni si sovrappongono ad altre: restano per la prossima esecuzione.
}
fix-not-written = { $path }: non scritto: { $reason }
fix-synced = { $lang }: tutte le unità obsolete riportate; sincronizzato con la versione { $version } dell’originale
note-changes = modifiche: { $diff }
more-findings = { $count ->
    [one] e { $count } altra segnalazione { $rule } in { $file }
   *[other] e altre { $count } segnalazioni { $rule } in { $file }
}
snippet-continues = prosegue fino alla riga { $line }
untranslated-units = { $count ->
    [one] { $count } unità da tradurre, identica all'originale: { $units }
   *[other] { $count } unità da tradurre, identiche all'originale: { $units }
}
note-to-translate = `charte check --verbose` mostra ogni unità al suo posto
summary-language = { $lang }: { $errors ->
    [one] { $errors } errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] { $warnings } avviso
   *[other] { $warnings } avvisi
}
summary-language-details = { $lang }: { $errors ->
    [one] { $errors } errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] { $warnings } avviso
   *[other] { $warnings } avvisi
} ({ $details })
summary-stale = { $count ->
    [one] { $count } unità da aggiornare
   *[other] { $count } unità da aggiornare
}
summary-missing = { $count ->
    [one] { $count } unità aggiunta all'originale
   *[other] { $count } unità aggiunte all'originale
}
summary-to-translate = { $count ->
    [one] { $count } unità da tradurre
   *[other] { $count } unità da tradurre
}
summary-unsynced = { $count ->
    [one] { $count } file senza dati di sincronizzazione
   *[other] { $count } file senza dati di sincronizzazione
}
summary-missing-documents = { $count ->
    [one] { $count } documento mancante
   *[other] { $count } documenti mancanti
}
summary-next-fix = prossimo passo: correggi gli errori qui sopra, poi esegui di nuovo `charte check`
summary-next-stale = prossimo passo: `charte diff { $lang }` mostra cosa è cambiato nell'originale; riporta le modifiche, poi esegui `charte sync { $lang }`
summary-next-unsynced = prossimo passo: rivedi la traduzione, poi esegui `charte sync { $lang }`
summary-next-init = prossimo passo: `charte init { $lang }` crea i documenti mancanti a partire dall'originale
summary-next-translate = prossimo passo: traduci queste unità, poi esegui di nuovo `charte check`

## Unità

label-key = chiave «{ $key }» dell'intestazione
label-heading = titolo della sezione { $section } «{ $title }»
label-paragraph = { $section ->
    [0] paragrafo { $index } prima del primo titolo
   *[other] paragrafo { $index } della sezione { $section }
}
label-value = valore { $number }
label-item = elemento { $path }
label-cell = cella di tabella { $path }
label-version = riga della versione
label-unnamed = unità

## Tipi di blocco

kind = { $kind ->
    [paragraph] { $count ->
        [one] un paragrafo
       *[other] { $count } paragrafi
    }
    [ordered-list] { $count ->
        [one] un elenco numerato
       *[other] { $count } elenchi numerati
    }
    [bullet-list] { $count ->
        [one] un elenco puntato
       *[other] { $count } elenchi puntati
    }
    [quote] { $count ->
        [one] una citazione
       *[other] { $count } citazioni
    }
    [code] { $count ->
        [one] un blocco di codice
       *[other] { $count } blocchi di codice
    }
    [table] { $count ->
        [one] una tabella
       *[other] { $count } tabelle
    }
    [html] { $count ->
        [one] un blocco HTML
       *[other] { $count } blocchi HTML
    }
   *[rule] { $count ->
        [one] una linea orizzontale
       *[other] { $count } linee orizzontali
    }
}

## Diagnostica

front-matter-missing = la traduzione non ha un'intestazione; l'originale inizia con un'intestazione
front-matter-unterminated = l'intestazione non è chiusa: aggiungi una riga `---` dopo di essa
front-matter-invalid = l'intestazione non è YAML valido: { $error }
front-matter-no-colon = questa riga dell'intestazione non è una coppia `chiave: valore`: scrivi la chiave, i due punti e uno spazio, poi il valore
front-matter-tab = questa riga dell'intestazione è rientrata con una tabulazione: YAML ammette solo spazi
front-matter-not-mapping = l'intestazione deve associare chiavi a valori, non essere un valore di tipo { $kind }
front-matter-missing-key = nell'intestazione manca la chiave «{ $key }» dell'originale
front-matter-empty-key = la chiave «{ $key }» dell'intestazione è vuota
front-matter-type = la chiave «{ $key }» dell'intestazione è di tipo { $found }, mentre nell'originale è di tipo { $expected }
front-matter-slug = «{ $value }» non è uno slug URL: usa lettere minuscole, cifre e trattini
heading-missing = qui manca il titolo di livello { $level } «{ $title }» dell'originale
heading-extra = questo titolo di livello { $level } non è presente nell'originale
heading-unspaced = `{ $marks }` deve essere seguito da uno spazio per fare un titolo: scrivi `{ $marks } ` e poi il titolo
heading-level = questo titolo è di livello { $level }; quello dell'originale è di livello { $expected }
block-missing = qui l'originale contiene { $expected } che la traduzione non ha
block-extra = { $found } che l'originale non ha
block-kind = qui l'originale contiene { $expected }; la traduzione contiene { $found }
block-merged = { $expected } dell'originale (righe { $first } e { $second }) sembrano fusi qui: separali con una riga vuota
block-split = { $expected } dell'originale sembra diviso in due qui (la seconda parte è alla riga { $line }): togli la riga vuota tra le due parti
table-cells = numero di celle: { $found } in questa tabella, { $expected } in quella dell'originale
value-missing = manca il valore { $number } dell'originale: l'elenco ha { $count } valori, l'originale { $expected }
value-missing-run = mancano qui i valori { $numbers } dell'originale: l'elenco ha { $count } valori, l'originale { $expected }; una riga vuota o un segno dentro un valore chiude l'elenco
value-merged = i valori { $number } e { $next } dell'originale sembrano fusi in questo valore: inizia il valore { $next } su una riga a sé
value-cut = questo testo è fuori dalla lista: una riga vuota taglia in due il valore { $number } (riga { $line }); togli la riga vuota o rientra questo testo sotto il valore
value-cut-values = questo testo è fuori dalla lista: una riga vuota taglia in due il valore { $number } (riga { $line }), e i valori successivi sono diventati righe di questo testo; togli la riga vuota o rientra questo testo sotto il valore
swapped-values = i testi dei valori { $number } e { $other } (riga { $line }) sembrano scambiati: ciascuno somiglia all'altro valore dell'originale (enfasi, link, codice, numeri e lunghezza)
value-extra = il valore { $number } non è presente nell'originale: l'elenco ha { $count } valori, l'originale { $expected }
item-missing = manca un elemento dell'originale: l'elenco ha { $count } elementi, l'originale { $expected }
item-missing-run = mancano qui elementi dell'originale: l'elenco ha { $count } elementi, l'originale { $expected }; una riga vuota o un segno dentro un elemento chiude l'elenco
item-extra = questo elemento non è presente nell'originale: l'elenco ha { $count } elementi, l'originale { $expected }
value-numbering = questo valore ha il numero { $found }; nell'originale ha il numero { $expected }
value-numbering-start = l'elenco inizia da { $found }; quello dell'originale inizia da { $expected }
value-numbering-duplicate = il numero { $found } è usato due volte
value-numbering-order = il valore { $found } viene dopo il valore { $previous }
strong-count = { $found ->
    [one] { $found } passaggio in grassetto
   *[other] { $found } passaggi in grassetto
}, mentre l'originale ne ha { $expected }
emphasis-count = { $found ->
    [one] { $found } passaggio in corsivo
   *[other] { $found } passaggi in corsivo
}, mentre l'originale ne ha { $expected }
unclosed-emphasis = `{ $delimiter }` non viene chiuso: la formattazione resta visibile come testo letterale
link-missing = manca il link a { $url } presente nell'originale
link-extra = questo link a { $url } non è presente nell'originale
code-missing = manca il codice inline `{ $code }` presente nell'originale
code-extra = il codice inline `{ $code }` non è presente nell'originale
empty-unit = questa unità è vuota; quella dell'originale contiene testo
empty-file = il file è vuoto; l'originale contiene testo
invalid-input-utf8 = il file non è in UTF-8 valido (primo byte non valido alla posizione { $offset })
invalid-input-binary = il file è binario, non testo
invalid-input-unreadable = impossibile leggere il file: { $error }
number-missing = «{ $number }», presente nell'originale, non compare nella traduzione
number-missing-forms = «{ $number }», presente nell'originale, non compare nella traduzione in nessuna delle forme della sua lingua: { $forms }
untranslated = questa unità è identica all'originale: è stata tradotta?
glossary-rendering = «{ $term }», presente nell'originale, non è tradotto come indica il glossario: «{ $expected }»
glossary-kept = «{ $term }» si scrive così in tutte le lingue (glossario), e la traduzione non lo contiene
stale = l'originale è cambiato dall'ultima sincronizzazione di questa traduzione: aggiorna questa unità, poi esegui `charte sync { $lang }`, oppure scrivi `{ $record }` nell'intestazione
stale-added = l'originale ha aggiunto questa unità dall'ultima sincronizzazione di questa traduzione: traducila dopo questa riga, poi esegui `charte sync { $lang }`
stale-removed = l'originale ha rimosso questa unità dall'ultima sincronizzazione di questa traduzione: eliminala, poi esegui `charte sync { $lang }`
stale-renumbered = l'originale numera ora questo valore { $number } (era { $old }), il testo è invariato: rinumeralo, poi esegui `charte sync { $lang }`
stale-moved = l'originale ha spostato questa unità (era { $was }), il testo è invariato: spostala, poi esegui `charte sync { $lang }`
unsynced = la traduzione non ha dati di sincronizzazione: rivedila, poi esegui `charte sync { $lang }`, oppure aggiungi `{ $record }` all'intestazione
unsynced-snapshot-missing = la versione { $version } dell'originale con cui è stata sincronizzata questa traduzione non si trova in { $path }: rivedi la traduzione, poi esegui `charte sync { $lang }` (oppure scrivi `{ $record }` nell'intestazione quando tutta la traduzione segue l'originale)
unsynced-snapshot-corrupt = l'istantanea { $path } non corrisponde al suo hash: rivedi la traduzione, poi esegui `charte sync { $lang }` (oppure scrivi `{ $record }` nell'intestazione quando tutta la traduzione segue l'originale)
missing-translation = { $path } non ha una traduzione per la lingua { $lang }
orphan-translation = traduzione ({ $lang }) il cui originale { $master } non esiste: eliminarla o spostarla dove si trova ora l'originale
language-tag = il nome di file «{ $name }» non è un tag di lingua canonico
language-tag-suggest = il nome di file «{ $name }» non è un tag di lingua canonico: forse intendevi «{ $canonical }»?
ftl-missing = manca il messaggio «{ $id }» della lingua sorgente
ftl-obsolete = il messaggio «{ $id }» non esiste nella lingua sorgente
ftl-variables = il messaggio «{ $id }» usa { $found }, mentre la lingua sorgente usa { $expected }
ftl-syntax = errore di sintassi Fluent: { $error }
invalid-input-outside = { $path } porta fuori dal progetto: non è stato letto
invalid-input-not-regular = { $path } non è un file normale (una cartella, una pipe o un dispositivo): non è stato letto
invalid-input-too-large = il file supera il limite di { $limit } byte (`max-file-size` in charte.toml): non è stato letto
unsynced-snapshot-refused = l'istantanea { $path } non è un file normale dentro il progetto, o è troppo grande: non è stata letta; esegui `charte sync { $lang }` dopo averla riparata

## Regole

rules-header = Regole ({ $count }):
rules-default = predefinito: { $severity }
rules-what = Cosa controlla
rules-why = Perché
rules-example = Esempio
rules-master = Originale:
rules-fail = Errato:
rules-pass = Corretto:
rules-config = Configurazione (`charte.toml`):
rules-fix = correzione: { $fix }
fix-safe = sicura
fix-unsafe = non sicura
fix-none = nessuna

rule-front-matter = L'intestazione manca, non è chiusa o non è valida, non ha una chiave dell'originale, ne ha una vuota o di un altro tipo, oppure ha uno slug che non è uno slug URL.
    .why = I siti ricavano titoli, descrizioni e indirizzi dall'intestazione: una chiave mancante o errata rompe la pagina.
rule-heading-structure = Titoli mancanti, in più, fuori ordine o di un livello diverso da quello dell'originale.
    .why = Le sezioni e le loro ancore devono corrispondere in tutte le lingue, altrimenti link e navigazione non funzionano più.
rule-block-structure = I blocchi di una sezione differiscono per tipo o numero: un elenco è diventato una serie di paragrafi, un paragrafo è stato diviso o unito a un altro.
    .why = Ogni blocco dell'originale è un'unità di senso; la traduzione deve mantenerli separati e nello stesso ordine.
rule-value-count = Un elenco numerato ha più o meno elementi di quello dell'originale.
    .why = I valori sono numerati e citati per numero: toglierne o aggiungerne uno sposta tutti i riferimenti.
rule-value-numbering = I numeri degli elementi, così come sono scritti, differiscono da quelli dell'originale: un numero saltato, duplicato o scambiato, oppure un inizio diverso.
    .why = I lettori citano «il valore 3» in ogni lingua; deve essere lo stesso valore.
rule-swapped-values = Due valori i cui testi sembrano scambiati, numeri invariati: ciascuno corrisponde nettamente meglio all'altro valore dell'originale (enfasi, link, codice, numeri, lunghezza).
    .why = «Il valore 3» deve dire ciò che dice il valore 3 in ogni lingua; uno scambio supera ogni conteggio.
rule-strong-count = Un'unità ha un numero di passaggi in grassetto (strong) diverso da quello dell'unità corrispondente dell'originale.
    .why = Il grassetto indica ciò che l'originale mette in risalto; una traduzione deve mettere in risalto le stesse cose.
rule-emphasis-count = Un'unità ha un numero di passaggi in corsivo (enfasi) diverso da quello dell'unità corrispondente dell'originale.
    .why = Il corsivo ha un significato (un titolo, la riga della versione); perderlo cambia il testo.
rule-unclosed-emphasis = Delimitatori di enfasi (`**`, `__`, `*`, `_`) rimasti come testo letterale perché non vengono chiusi.
    .why = Un `**` non chiuso appare come asterischi nella pagina ed è la traccia di un grassetto rotto.
rule-link-mismatch = I link differiscono per numero o destinazione da quelli dell'unità dell'originale.
    .why = Un link rimosso o modificato porta i lettori altrove, o da nessuna parte.
rule-code-mismatch = Il codice inline differisce da quello dell'unità dell'originale.
    .why = Codice, comandi e nomi tra apici inversi non si traducono.
rule-empty-unit = Un'unità tradotta non contiene testo.
    .why = Un valore o un paragrafo vuoto lascia un buco nella pagina pubblicata.
rule-invalid-input = Il file non può essere letto come testo UTF-8: non è in UTF-8, è illeggibile o è binario.
    .why = In un file che non si può leggere non si può controllare nient'altro.
rule-stale = L'unità dell'originale è cambiata dall'ultima sincronizzazione della traduzione.
    .why = La traduzione dice ciò che l'originale diceva prima; la modifica va riportata nella traduzione.
rule-unsynced = La traduzione non ha dati di sincronizzazione, oppure questi rimandano a una versione dell'originale che non si trova.
    .why = Senza di essi nessuno può sapere quali modifiche dell'originale mancano nella traduzione.
rule-number-mismatch = Un numero o una data dell'unità dell'originale manca nell'unità tradotta.
    .why = Numeri e date sono fatti: devono sopravvivere alla traduzione.
rule-untranslated = Un'unità identica all'unità corrispondente dell'originale (uno slug e le unità composte solo da numeri, URL, codice o termini del glossario mantenuti invariati non vengono segnalati).
    .why = Un testo rimasto nella lingua dell'originale è di solito lavoro dimenticato.
rule-glossary = A un termine del glossario presente nell'unità dell'originale manca la traduzione approvata nell'unità tradotta, oppure un termine che resta invariato in tutte le lingue è stato modificato (`[glossary]` di `charte.toml`).
    .why = I termini chiave si leggono allo stesso modo da una pagina all'altra solo se ogni traduttore scrive la traduzione approvata; un nome come quello dell'associazione non si traduce mai.
rule-missing-translation = Un documento dell'originale non ha una traduzione in una delle lingue del progetto.
    .why = Una pagina che esiste in una sola lingua è una lacuna nel sito.
rule-orphan-translation = Una traduzione il cui documento originale non esiste.
    .why = Quando l'originale elimina o rinomina una pagina, le sue traduzioni restano senza controllo e continuano a essere pubblicate.
rule-language-tag = Un nome di file che non è un tag di lingua canonico.
    .why = I tag vengono confrontati in modo esatto: `EN.md` o `pt_BR.md` non verrebbero riconosciuti, e tirare a indovinare farebbe controllare il file sbagliato.
rule-ftl-missing = Un messaggio o un attributo dei file Fluent della lingua sorgente manca nella traduzione.
    .why = Per quel testo il programma ripiega sulla lingua sorgente.
rule-ftl-obsolete = Un messaggio che esiste solo nel file Fluent tradotto.
    .why = I messaggi inutilizzati danno lavoro inutile ai traduttori e nascondono quelli rinominati.
rule-ftl-variables = Un messaggio Fluent usa variabili o riferimenti a messaggi diversi da quelli della lingua sorgente.
    .why = Una variabile mancante fa perdere un'informazione; una sconosciuta viene stampata come errore.
rule-ftl-syntax = Sintassi Fluent che il parser non è riuscito a leggere.
    .why = Il messaggio che contiene l'errore viene scartato in fase di esecuzione.

## Stato e differenze

status-title = Stato delle traduzioni
status-documents = { $count } documenti originali
status-generated = Generato il { $time }
status-master = Originale: { $path } (versione { $version })
status-language = Lingua
status-file = File
status-structure = Struttura
status-up-to-date = Aggiornate
status-stale = Da aggiornare
status-untranslated = Non tradotte
status-progress = Avanzamento
status-version = Versione sincronizzata
status-ok = ✓ OK
status-broken = ✗ { $errors ->
    [one] { $errors } errore
   *[other] { $errors } errori
}
status-never = mai
status-stale-units = Unità da aggiornare
status-no-stale = Nessuna unità da aggiornare.
status-added = Aggiunte
status-removed = Rimosse
status-moved = Spostate
status-synced-documents = { $synced }/{ $count } sincronizzati
status-unit-stale = da aggiornare: { $label } ({ $id }) è cambiata nell'originale; aggiornala
status-unit-added = aggiunta all'originale: { $label } ({ $id }); traducila dopo questa riga
status-unit-removed = rimossa dall'originale: { $label } ({ $id }); elimina questa unità
status-unit-moved = rinumerata o spostata nell'originale: { $label } ({ $id }); il testo non è cambiato
status-unit-untranslated = non tradotta: { $label } ({ $id })
status-errors = Errori e avvisi
status-added-units = Aggiunte all'originale: da tradurre
status-removed-units = Rimosse dall'originale: da eliminare
status-moved-units = Rinumerate o spostate nell'originale
status-untranslated-units = Unità non tradotte
status-filter-state = Stato
status-filter-all = Tutte
status-state-errors = Errori
diff-none = Nell'originale non è cambiato nulla dall'ultima sincronizzazione di { $lang }.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }): aggiunta
diff-removed = { $label } ({ $id }): rimossa
diff-renumbered = { $label } ({ $id }): rinumerata, era { $old }, testo invariato
diff-moved = { $label } ({ $id }): spostata, era { $old }, testo invariato


## Struttura (charte parse)

outline-front-matter = intestazione (riga { $line })
outline-preamble = prima del primo titolo
outline-line = riga { $line }
outline-list = { $ordered ->
    [yes] elenco numerato
   *[no] elenco puntato
}, { $count ->
    [one] { $count } voce
   *[other] { $count } voci
} (riga { $line })
outline-quote = citazione (riga { $line })
outline-strong = grassetto { $count }
outline-emphasis = corsivo { $count }
outline-links = link { $count }
outline-code = codice { $count }
outline-problem = { $rule } alla riga { $line }: { $message }

## Sincronizzazione e inizializzazione

sync-done = { $lang }: sincronizzata con la versione { $version } dell'originale
sync-refused = { $lang } ha { $errors ->
    [one] { $errors } errore strutturale
   *[other] { $errors } errori strutturali
}: correggi la struttura o usa --force
sync-rubber-stamp = { $lang }: contrassegnata come aggiornata senza alcuna modifica alla traduzione: { $units }
sync-unchanged = { $lang }: non sincronizzato: l'originale ha cambiato queste unità e la loro traduzione non è cambiata dall'ultima sincronizzazione: { $units }; riporta la modifica, oppure esegui sync con --accept-unchanged se non richiede cambiamenti in questa lingua
sync-nothing-written = Non è stato scritto nulla.
sync-untracked = File creati che git non segue ancora; includili nel commit con la traduzione: git add { $files }
init-done = creato { $path } a partire dall'originale; `charte check` elenca le unità da tradurre
init-exists = { $path } esiste già; non è stato sovrascritto

## Errori di esecuzione

error-prefix = errore
error-master-missing = impossibile leggere l'originale { $path }: { $error }
error-read = impossibile leggere { $path }: { $error }
error-write = impossibile scrivere { $path }: { $error }
error-not-a-file = { $path } non è un file
error-unknown-rule = regola sconosciuta «{ $name }»; `charte rules` elenca quelle disponibili
error-unknown-language = nessuna traduzione «{ $lang }» in questo progetto
error-invalid-language = «{ $lang }» non è un tag di lingua
error-no-languages = indica una lingua o usa --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = errore di git: { $error }
error-symlink = { $path } è un collegamento simbolico; charte non scrive attraverso i collegamenti
error-no-master = nessun documento originale trovato: le disposizioni { $layouts } lo attendono in { $expected }; controllare `master` e `documents` in charte.toml
error-empty-language = la lingua { $lang } non ha alcun file: atteso in { $expected }; controllare `languages` e `documents` in charte.toml
error-master-language = { $lang } è la lingua dell'originale: indicare la lingua di una traduzione
error-not-canonical = «{ $lang }» non è scritto come tag di lingua canonico: usare «{ $canonical }»
error-unknown-unit = l'originale non ha l'unità «{ $unit }»; le sue unità: { $units }
error-record-unterminated = { $path }:{ $line }:{ $column }: all'intestazione manca il `---` di chiusura; chiudila e sincronizza di nuovo
error-record-invalid = { $path }:{ $line }:{ $column }: l'intestazione non è YAML valido ({ $error }); correggila e sincronizza di nuovo
error-record-not-mapping = { $path }:{ $line }:{ $column }: { $kind ->
    [flow] l'intestazione è una mappa in linea `{"{"} … {"}"}` senza un record di sincronizzazione che charte possa sostituire: scrivi `source_version: 0` nella mappa (un valore semplice o tra virgolette, senza alias né sequenze di escape), poi sincronizza di nuovo
    [sequence] l'intestazione è un elenco, non righe `chiave: valore`; il record di sincronizzazione `source_version: VERSION` richiede una riga propria
   *[other] l'intestazione è un valore singolo, non righe `chiave: valore`; il record di sincronizzazione `source_version: VERSION` richiede una riga propria
}
error-record-form = { $path }:{ $line }:{ $column }: scrivi il record di sincronizzazione su una riga propria, come `source_version: VERSION` all'inizio della riga (senza rientro, `?`, ancora, tag, blocco o valore sulla riga seguente), poi sincronizza di nuovo
error-record-no-place = { $path }:{ $line }:{ $column }: nessun posto sicuro per il record di sincronizzazione in questa intestazione; aggiungi la riga `source_version: 0` prima del `---` di chiusura, poi sincronizza di nuovo
error-changed = { $path } è cambiato durante la sincronizzazione; non è stato scritto nulla: sincronizza di nuovo
note-word = nota
error-outside-root = { $path } è fuori dal progetto { $root }: charte legge e scrive solo al suo interno
error-too-large = { $path } supera il limite di { $limit } byte (`max-file-size` in charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: «{ $value }» non è un percorso dentro il progetto: scrivi un percorso relativo senza `..`
error-config-size = { $path }:{ $line }:{ $column }: «{ $value }» non è una dimensione di file: scrivi un numero di byte o, per esempio, "64 MiB"
error-revision = «{ $rev }» non è una revisione: una revisione non può iniziare con «-»
error-line-url = «{ $value }» non è un indirizzo di riga: usa un indirizzo http:// o https:// con {"{"}path{"}"} e {"{"}line{"}"}
error-git-empty = git non ha restituito nulla per { $path } a { $rev }: il controllo delle modifiche non può essere eseguito
error-output = impossibile scrivere l'output: { $error }
stale-lockfile = l'originale è cambiato dall'ultima sincronizzazione di questa traduzione: aggiorna questa unità, poi esegui `charte sync { $lang }`, oppure scrivi la riga `{ $record }` in { $lockfile }
unsynced-lockfile = la traduzione non ha dati di sincronizzazione: rivedila, poi esegui `charte sync { $lang }`, oppure aggiungi la riga `{ $record }` a { $lockfile }
unsynced-snapshot-missing-lockfile = la versione { $version } dell'originale con cui è stata sincronizzata questa traduzione non si trova in { $path }: rivedi la traduzione, poi esegui `charte sync { $lang }` (oppure scrivi la riga `{ $record }` in { $lockfile } quando tutta la traduzione segue l'originale)
unsynced-snapshot-corrupt-lockfile = l'istantanea { $path } non corrisponde al suo hash: rivedi la traduzione, poi esegui `charte sync { $lang }` (oppure scrivi la riga `{ $record }` in { $lockfile } quando tutta la traduzione segue l'originale)
error-lock-line = { $path }:{ $line }:{ $column }: non è un dato di sincronizzazione: scrivi `PERCORSO VERSIONE` (con uno spazio in mezzo), oppure inizia un commento con `#`
error-lock-version = { $path }:{ $line }:{ $column }: non è una versione dell'originale: scrivi le sue 16 cifre esadecimali minuscole
error-lock-escape = { $path }:{ $line }:{ $column }: il percorso non è codificato come lo scrive charte: scrivi gli spazi, `#`, `\` e i caratteri di controllo come `\xHH`, e nient'altro
error-lock-duplicate = { $path }:{ $line }:{ $column }: questa traduzione ha già un dato di sincronizzazione in una riga precedente: tienine uno solo

# Convenzioni del progetto (issue #14)
severity-off = disattivata
ordinal-list = «{ $number }.» all'inizio di questo elemento lo trasforma in un elenco numerato annidato nell'elemento, che resta vuoto: scrivi «{ $number }\.» per mantenere il numero come testo
line-count = questo blocco ha { $found } righe; quello dell'originale ne ha { $expected }
rule-line-count = Un blocco (un paragrafo, le righe di una citazione, un blocco di codice) ha un numero di righe diverso da quello dell'originale. Disattivata se non attivata.
    .why = Alcuni progetti danno un ruolo a ogni riga, come le righe di descrizione di una pagina di comando: una riga aggiunta o tolta cambia ciò che dice la pagina.
error-no-translations = nessuna traduzione trovata: le disposizioni { $layouts } non corrispondono a nessun file; controllare `documents` e `masters` in charte.toml
end-punctuation = questa unità finisce con «{ $found }»; quella dell'originale con «{ $expected }»
end-punctuation-missing = questa unità finisce senza punteggiatura; quella dell'originale finisce con «{ $expected }»
rule-end-punctuation = Un'unità finisce con una punteggiatura diversa dalla sua unità dell'originale, che finisce con `.`, `?`, `!`, `:` o `…`. I segni a larghezza piena (`？`), il `¿…?` spagnolo, lo spazio francese prima di `?`, `!`, `:` e le virgolette o l'enfasi di chiusura dopo il segno contano come lo stesso; `...` vale `…`; un'unità che finisce con codice, un URL o un numero è saltata.
    .why = Un punto perso segnala spesso una frase troncata, e i due punti annunciano ciò che segue: una traduzione che finisce diversamente ha forse perso la sua fine.
sentence-count = questa unità ha { $found } frasi; quella dell'originale ne ha { $expected }: ne manca una parte?
rule-sentence-count = Un'unità dell'originale di 3 frasi o più ne ha almeno 2 in meno nella traduzione. Un punto dopo un'abbreviazione (`Dr.`, `z. B.`, `e.g.`), una lettera sola o un numero (`3.5`, `3. Oktober`), o seguito da una parola minuscola, non chiude una frase.
    .why = I traduttori uniscono o dividono le frasi, una alla volta; due frasi in meno sono il segno più economico di un'omissione.
length-ratio = questa unità è lunga il { $percent } % del suo originale, mentre le unità di questo documento lo sono di solito il { $usual } %: ne manca una parte, o è stato aggiunto qualcosa?
rule-length-ratio = Un'unità (il cui originale ha 40 caratteri o più) è più di 2,5 volte più lunga o più corta, rispetto al suo originale, del rapporto abituale del documento: la mediana sulle sue unità di 40 caratteri o più. Un documento con meno di 8 unità simili non è controllato.
    .why = Ogni lingua ha la sua lunghezza abituale; un'unità molto lontana da essa ha spesso perso una proposizione, o ne contiene una due volte.
repeated-word = «{ $word } { $word }»: questa parola è scritta due volte
rule-repeated-word = Una parola scritta due volte di seguito nella traduzione, senza distinguere maiuscole e minuscole, dove l'originale non la ripete. Le coppie che la grammatica ammette (tedesco «die die», «das das», olandese «dat dat», francese «nous nous», «vous vous», inglese «had had», «that that») e i numeri sono accettati.
    .why = Un errore di battitura che il lettore nota subito e che i correttori ortografici spesso lasciano passare.
