# Berichten van charte, in het Nederlands.
# Elke andere taal heeft precies dezelfde id's, attributen en variabelen als de brontaal (Engels).

## Ernst en samenvatting

severity-error = fout
severity-warning = waarschuwing
summary-clean = { $files ->
    [one] { $files } bestand gecontroleerd: geen problemen gevonden.
   *[other] { $files } bestanden gecontroleerd: geen problemen gevonden.
}
summary-problems = { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
} in { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}.
summary-silenced = { $count ->
    [one] { $count } melding onderdrukt door charte-ignore-commentaar.
   *[other] { $count } meldingen onderdrukt door charte-ignore-commentaar.
}
summary-skipped = { $count ->
    [one] 1 bestand past bij geen enkele indeling van het project en is niet gecontroleerd: { $files }
   *[other] { $count } bestanden passen bij geen enkele indeling van het project en zijn niet gecontroleerd: { $files }
}
note-master = origineel: { $location }
note-unit = eenheid: { $label }
note-master-before = origineel voorheen: { $text }
note-master-after = origineel nu: { $text }
note-fix = correctie beschikbaar: `charte check --fix`
note-fix-unsafe = correctie beschikbaar, na te kijken: `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 melding is te corrigeren met `charte check --fix`.
   *[other] { $count } meldingen zijn te corrigeren met `charte check --fix`.
}
summary-fixable-unsafe = { $count ->
    [one] 1 melding is te corrigeren met `charte check --unsafe-fixes` (na te kijken).
   *[other] { $count } meldingen zijn te corrigeren met `charte check --unsafe-fixes` (na te kijken).
}
fix-would = { $count ->
    [one] 1 melding zou gecorrigeerd worden
   *[other] { $count } meldingen zouden gecorrigeerd worden
} in { $files ->
    [one] 1 bestand.
   *[other] { $files } bestanden.
}
fix-done = { $count ->
    [one] 1 melding gecorrigeerd
   *[other] { $count } meldingen gecorrigeerd
} in { $files ->
    [one] 1 bestand.
   *[other] { $files } bestanden.
}
fix-left = { $count ->
    [one] 1 correctie overlapt met een andere: ze blijft voor de volgende run.
   *[other] { $count } correcties overlappen met andere: ze blijven voor de volgende run.
}
fix-not-written = { $path }: niet geschreven: { $reason }
fix-synced = { $lang }: alle verouderde eenheden overgenomen; gesynchroniseerd met versie { $version } van het origineel
note-changes = wijzigingen: { $diff }
more-findings = { $count ->
    [one] en nog { $count } { $rule }-melding in { $file }
   *[other] en nog { $count } { $rule }-meldingen in { $file }
}
snippet-continues = loopt door tot regel { $line }
untranslated-units = { $count ->
    [one] { $count } eenheid om te vertalen, identiek aan het origineel: { $units }
   *[other] { $count } eenheden om te vertalen, identiek aan het origineel: { $units }
}
note-to-translate = `charte check --verbose` toont elke eenheid op haar plaats
summary-language = { $lang }: { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
summary-language-details = { $lang }: { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
} ({ $details })
summary-stale = { $count ->
    [one] { $count } verouderde eenheid
   *[other] { $count } verouderde eenheden
}
summary-missing = { $count ->
    [one] { $count } aan het origineel toegevoegde eenheid
   *[other] { $count } aan het origineel toegevoegde eenheden
}
summary-to-translate = { $count ->
    [one] { $count } eenheid om te vertalen
   *[other] { $count } eenheden om te vertalen
}
summary-unsynced = { $count ->
    [one] { $count } bestand zonder synchronisatiegegevens
   *[other] { $count } bestanden zonder synchronisatiegegevens
}
summary-missing-documents = { $count ->
    [one] { $count } ontbrekend document
   *[other] { $count } ontbrekende documenten
}
summary-next-fix = volgende stap: los de fouten hierboven op en voer daarna `charte check` opnieuw uit
summary-next-stale = volgende stap: `charte diff { $lang }` toont wat er in het origineel is gewijzigd; neem de wijzigingen over en voer daarna `charte sync { $lang }` uit
summary-next-unsynced = volgende stap: controleer de vertaling en voer daarna `charte sync { $lang }` uit
summary-next-init = volgende stap: `charte init { $lang }` maakt de ontbrekende documenten aan op basis van het origineel
summary-next-translate = volgende stap: vertaal deze eenheden en voer daarna `charte check` opnieuw uit

## Eenheden

label-key = sleutel ‘{ $key }’ van het metadatablok
label-heading = kop van sectie { $section } ‘{ $title }’
label-paragraph = { $section ->
    [0] alinea { $index } vóór de eerste kop
   *[other] alinea { $index } van sectie { $section }
}
label-value = waarde { $number }
label-item = item { $path }
label-cell = tabelcel { $path }
label-version = versieregel
label-unnamed = eenheid

## Soorten blokken

kind = { $kind ->
    [paragraph] { $count ->
        [one] een alinea
       *[other] { $count } alinea's
    }
    [ordered-list] { $count ->
        [one] een genummerde lijst
       *[other] { $count } genummerde lijsten
    }
    [bullet-list] { $count ->
        [one] een lijst met opsommingstekens
       *[other] { $count } lijsten met opsommingstekens
    }
    [quote] { $count ->
        [one] een blokcitaat
       *[other] { $count } blokcitaten
    }
    [code] { $count ->
        [one] een codeblok
       *[other] { $count } codeblokken
    }
    [table] { $count ->
        [one] een tabel
       *[other] { $count } tabellen
    }
    [html] { $count ->
        [one] een HTML-blok
       *[other] { $count } HTML-blokken
    }
   *[rule] { $count ->
        [one] een horizontale lijn
       *[other] { $count } horizontale lijnen
    }
}

## Meldingen

front-matter-missing = de vertaling heeft geen metadatablok; het origineel begint wel met een metadatablok
front-matter-unterminated = het metadatablok is niet afgesloten: voeg na het blok een regel `---` toe
front-matter-invalid = het metadatablok is geen geldige YAML: { $error }
front-matter-no-colon = deze regel van het metadatablok is geen paar `sleutel: waarde`: schrijf de sleutel, een dubbele punt en een spatie, en dan de waarde
front-matter-tab = deze regel van het metadatablok is ingesprongen met een tab: YAML staat alleen spaties toe
front-matter-not-mapping = het metadatablok moet sleutels aan waarden koppelen en geen waarde van het type { $kind } zijn
front-matter-missing-key = in het metadatablok ontbreekt de sleutel ‘{ $key }’ van het origineel
front-matter-empty-key = de sleutel ‘{ $key }’ in het metadatablok is leeg
front-matter-type = de sleutel ‘{ $key }’ in het metadatablok is van het type { $found }, terwijl die in het origineel van het type { $expected } is
front-matter-slug = ‘{ $value }’ is geen URL-slug: gebruik kleine letters, cijfers en koppeltekens
heading-missing = de kop van niveau { $level } ‘{ $title }’ uit het origineel ontbreekt hier
heading-extra = deze kop van niveau { $level } staat niet in het origineel
heading-unspaced = na `{ $marks }` moet een spatie staan om een kop te maken: schrijf `{ $marks } ` en dan de titel
heading-level = deze kop heeft niveau { $level }; die in het origineel heeft niveau { $expected }
block-missing = het origineel heeft hier { $expected }, de vertaling niet
block-extra = { $found } zonder tegenhanger in het origineel
block-kind = het origineel heeft hier { $expected }; de vertaling heeft { $found }
block-merged = { $expected } van het origineel (regels { $first } en { $second }) lijken hier samengevoegd: scheid ze met een lege regel
block-split = { $expected } van het origineel lijkt hier in tweeën gesplitst (het tweede deel staat op regel { $line }): verwijder de lege regel ertussen
table-cells = aantal cellen: { $found } in deze tabel, { $expected } in die van het origineel
value-missing = waarde { $number } van het origineel ontbreekt: de lijst heeft { $count } waarden, het origineel { $expected }
value-missing-run = de waarden { $numbers } van het origineel ontbreken hier: de lijst heeft { $count } waarden, het origineel { $expected }; een lege regel of een teken in een waarde beëindigt de lijst
value-merged = de waarden { $number } en { $next } van het origineel lijken in deze waarde samengevoegd: begin waarde { $next } op een eigen regel
value-cut = deze tekst staat buiten de lijst: een lege regel knipt waarde { $number } (regel { $line }) in tweeën; verwijder de lege regel of laat deze tekst onder de waarde inspringen
value-cut-values = deze tekst staat buiten de lijst: een lege regel knipt waarde { $number } (regel { $line }) in tweeën, en de waarden erna zijn regels van deze tekst geworden; verwijder de lege regel of laat deze tekst onder de waarde inspringen
swapped-values = de teksten van waarden { $number } en { $other } (regel { $line }) lijken verwisseld: elk lijkt op de andere waarde van het origineel (nadruk, links, code, getallen en lengte)
value-extra = waarde { $number } staat niet in het origineel: de lijst heeft { $count } waarden, het origineel { $expected }
item-missing = er ontbreekt een item van het origineel: de lijst heeft { $count } items, het origineel { $expected }
item-missing-run = hier ontbreken items van het origineel: de lijst heeft { $count } items, het origineel { $expected }; een lege regel of een teken in een item beëindigt de lijst
item-extra = dit item staat niet in het origineel: de lijst heeft { $count } items, het origineel { $expected }
value-numbering = deze waarde heeft nummer { $found }; in het origineel heeft ze nummer { $expected }
value-numbering-start = de lijst begint bij { $found }; die in het origineel begint bij { $expected }
value-numbering-duplicate = het nummer { $found } wordt twee keer gebruikt
value-numbering-order = waarde { $found } komt na waarde { $previous }
strong-count = { $found ->
    [one] { $found } vetgedrukte passage
   *[other] { $found } vetgedrukte passages
}, terwijl het origineel er { $expected } heeft
emphasis-count = { $found ->
    [one] { $found } cursieve passage
   *[other] { $found } cursieve passages
}, terwijl het origineel er { $expected } heeft
unclosed-emphasis = `{ $delimiter }` wordt niet afgesloten: de opmaak blijft als letterlijke tekst staan
link-missing = de link naar { $url } uit het origineel ontbreekt
link-extra = deze link naar { $url } staat niet in het origineel
code-missing = de inline code `{ $code }` uit het origineel ontbreekt
code-extra = de inline code `{ $code }` staat niet in het origineel
empty-unit = deze eenheid is leeg; die in het origineel bevat tekst
empty-file = het bestand is leeg; het origineel bevat tekst
invalid-input-utf8 = het bestand is geen geldige UTF-8 (eerste ongeldige byte op positie { $offset })
invalid-input-binary = het bestand is binair, geen tekst
invalid-input-unreadable = het bestand kan niet worden gelezen: { $error }
number-missing = ‘{ $number }’ uit het origineel komt niet voor in de vertaling
number-missing-forms = ‘{ $number }’ uit het origineel komt in de vertaling in geen enkele schrijfwijze van haar taal voor: { $forms }
untranslated = deze eenheid is identiek aan het origineel: is ze wel vertaald?
glossary-rendering = ‘{ $term }’ uit het origineel is niet vertaald zoals de woordenlijst voorschrijft: ‘{ $expected }’
glossary-kept = ‘{ $term }’ blijft in elke taal ongewijzigd (woordenlijst), maar ontbreekt in de vertaling
stale = het origineel is gewijzigd sinds deze vertaling voor het laatst is gesynchroniseerd: werk deze eenheid bij en voer daarna `charte sync { $lang }` uit, of zet `{ $record }` in het metadatablok
stale-added = het origineel heeft deze eenheid toegevoegd sinds deze vertaling voor het laatst is gesynchroniseerd: vertaal haar na deze regel en voer daarna `charte sync { $lang }` uit
stale-removed = het origineel heeft deze eenheid verwijderd sinds deze vertaling voor het laatst is gesynchroniseerd: verwijder haar en voer daarna `charte sync { $lang }` uit
stale-renumbered = het origineel nummert deze waarde nu { $number } (was { $old }), de tekst is ongewijzigd: hernummer haar en voer daarna `charte sync { $lang }` uit
stale-moved = het origineel heeft deze eenheid verplaatst (was { $was }), de tekst is ongewijzigd: verplaats haar en voer daarna `charte sync { $lang }` uit
unsynced = de vertaling heeft geen synchronisatiegegevens: controleer de vertaling en voer daarna `charte sync { $lang }` uit, of voeg `{ $record }` toe aan het metadatablok
unsynced-snapshot-missing = versie { $version } van het origineel, waarmee deze vertaling is gesynchroniseerd, staat niet in { $path }: controleer de vertaling en voer daarna `charte sync { $lang }` uit (of zet `{ $record }` in het metadatablok zodra de hele vertaling het origineel volgt)
unsynced-snapshot-corrupt = de snapshot { $path } komt niet overeen met de hash: controleer de vertaling en voer daarna `charte sync { $lang }` uit (of zet `{ $record }` in het metadatablok zodra de hele vertaling het origineel volgt)
missing-translation = { $path } heeft geen vertaling in de taal { $lang }
orphan-translation = vertaling ({ $lang }) waarvan het origineel { $master } niet bestaat: verwijder ze, of verplaats ze naar waar het origineel nu staat
language-tag = de bestandsnaam ‘{ $name }’ is geen canonieke taalcode
language-tag-suggest = de bestandsnaam ‘{ $name }’ is geen canonieke taalcode: bedoel je ‘{ $canonical }’?
ftl-missing = het bericht ‘{ $id }’ uit de brontaal ontbreekt
ftl-obsolete = het bericht ‘{ $id }’ bestaat niet in de brontaal
ftl-variables = het bericht ‘{ $id }’ gebruikt { $found }, terwijl de brontaal { $expected } gebruikt
ftl-syntax = Fluent-syntaxisfout: { $error }
invalid-input-outside = { $path } leidt buiten het project: het is niet gelezen
invalid-input-not-regular = { $path } is geen gewoon bestand (een map, een pipe of een apparaat): het is niet gelezen
invalid-input-too-large = het bestand is groter dan de limiet van { $limit } bytes (`max-file-size` in charte.toml): het is niet gelezen
unsynced-snapshot-refused = de snapshot { $path } is geen gewoon bestand binnen het project, of is te groot: hij is niet gelezen; voer `charte sync { $lang }` uit zodra hij hersteld is

## Regels

rules-header = Regels ({ $count }):
rules-default = standaard: { $severity }
rules-what = Wat wordt gecontroleerd
rules-why = Waarom
rules-example = Voorbeeld
rules-master = Origineel:
rules-fail = Onjuist:
rules-pass = Juist:
rules-config = Configuratie (`charte.toml`):
rules-fix = correctie: { $fix }
fix-safe = veilig
fix-unsafe = onveilig
fix-none = geen

rule-front-matter = Het metadatablok ontbreekt, is niet afgesloten of is ongeldig, mist een sleutel van het origineel, heeft een lege sleutel of een sleutel van een ander type, of heeft een slug die geen URL-slug is.
    .why = Websites halen titels, beschrijvingen en adressen uit het metadatablok: een ontbrekende of defecte sleutel maakt de pagina kapot.
rule-heading-structure = Koppen ontbreken, zijn overbodig, staan in de verkeerde volgorde of hebben een ander niveau dan in het origineel.
    .why = Secties en hun ankers moeten in alle talen overeenkomen, anders werken links en navigatie niet meer.
rule-block-structure = De blokken van een sectie verschillen in soort of aantal: een lijst is alinea's geworden, een alinea is gesplitst of samengevoegd.
    .why = Elk blok van het origineel is een betekeniseenheid; de vertaling moet de blokken gescheiden en in dezelfde volgorde houden.
rule-value-count = Een genummerde lijst heeft meer of minder items dan die in het origineel.
    .why = De waarden zijn genummerd en worden met hun nummer aangehaald: één ontbrekende of extra waarde verschuift alle verwijzingen.
rule-value-numbering = De geschreven nummers van de items wijken af van die in het origineel: een overgeslagen, dubbel of verwisseld nummer, of een ander beginnummer.
    .why = Lezers verwijzen in elke taal naar ‘waarde 3’; dat moet dezelfde waarde zijn.
rule-swapped-values = Twee waarden waarvan de teksten verwisseld lijken, met dezelfde nummers: elk past duidelijk beter bij de andere waarde van het origineel (nadruk, links, code, getallen, lengte).
    .why = „Waarde 3” moet in elke taal zeggen wat waarde 3 zegt; een verwisseling doorstaat elke telling.
rule-strong-count = Een eenheid heeft een ander aantal vetgedrukte passages (strong) dan de bijbehorende eenheid in het origineel.
    .why = Vet markeert wat het origineel benadrukt; een vertaling moet dezelfde dingen benadrukken.
rule-emphasis-count = Een eenheid heeft een ander aantal cursieve passages (nadruk) dan de bijbehorende eenheid in het origineel.
    .why = Cursief draagt betekenis (een titel, de versieregel); wie het weglaat, verandert de tekst.
rule-unclosed-emphasis = Nadruktekens (`**`, `__`, `*`, `_`) die als letterlijke tekst blijven staan omdat ze niet worden afgesloten.
    .why = Een niet-afgesloten `**` verschijnt als sterretjes op de pagina en verraadt een kapotte vetgedrukte passage.
rule-link-mismatch = Links wijken in aantal of doel af van die van de eenheid in het origineel.
    .why = Een weggelaten of gewijzigde link stuurt lezers ergens anders heen, of nergens heen.
rule-code-mismatch = Inline code wijkt af van die van de eenheid in het origineel.
    .why = Code, opdrachten en namen tussen backticks worden niet vertaald.
rule-empty-unit = Een vertaalde eenheid bevat geen tekst.
    .why = Een lege waarde of alinea laat een gat achter op de gepubliceerde pagina.
rule-invalid-input = Het bestand kan niet als UTF-8-tekst worden gelezen: het is geen UTF-8, onleesbaar of binair.
    .why = In een bestand dat niet kan worden gelezen, valt verder niets te controleren.
rule-stale = De eenheid in het origineel is gewijzigd sinds de vertaling voor het laatst is gesynchroniseerd.
    .why = De vertaling zegt wat het origineel vroeger zei; de wijziging moet worden overgenomen.
rule-unsynced = De vertaling heeft geen synchronisatiegegevens, of die verwijzen naar een versie van het origineel die niet te vinden is.
    .why = Zonder die gegevens kan niemand zien welke wijzigingen van het origineel in de vertaling ontbreken.
rule-number-mismatch = Een getal of datum uit de eenheid in het origineel ontbreekt in de vertaalde eenheid.
    .why = Getallen en datums zijn feiten: ze moeten de vertaling overleven.
rule-untranslated = Een eenheid die identiek is aan de bijbehorende eenheid in het origineel (een slug en eenheden met alleen getallen, URL's, code of ongewijzigde termen uit de woordenlijst worden niet gemeld).
    .why = Tekst die in de taal van het origineel is blijven staan, is meestal vergeten werk.
rule-glossary = Een term uit de woordenlijst in de eenheid van het origineel mist de goedgekeurde vertaling in de vertaalde eenheid, of een term die in elke taal ongewijzigd blijft, is veranderd (`[glossary]` in `charte.toml`).
    .why = Kernbegrippen lezen alleen van pagina tot pagina hetzelfde als elke vertaler de goedgekeurde vertaling schrijft; een naam zoals die van de vereniging wordt nooit vertaald.
rule-missing-translation = Een document van het origineel heeft geen vertaling in een van de talen van het project.
    .why = Een pagina die maar in één taal bestaat, is een gat in de website.
rule-orphan-translation = Een vertaling waarvan het originele document niet bestaat.
    .why = Als het origineel een pagina verwijdert of hernoemt, blijven de vertalingen ongecontroleerd achter en worden ze nog steeds gepubliceerd.
rule-language-tag = Een bestandsnaam die geen canonieke taalcode is.
    .why = Taalcodes worden exact vergeleken: `EN.md` of `pt_BR.md` zou niet worden herkend, en gokken zou het verkeerde bestand laten controleren.
rule-ftl-missing = Een bericht of attribuut uit de Fluent-bestanden van de brontaal ontbreekt in de vertaling.
    .why = Het programma valt voor die tekst terug op de brontaal.
rule-ftl-obsolete = Een bericht dat alleen in het vertaalde Fluent-bestand bestaat.
    .why = Dode berichten bezorgen vertalers onnodig werk en verbergen hernoemde berichten.
rule-ftl-variables = Een Fluent-bericht gebruikt andere variabelen of berichtverwijzingen dan de brontaal.
    .why = Een ontbrekende variabele laat informatie weg; een onbekende wordt als fout weergegeven.
rule-ftl-syntax = Fluent-syntaxis die de parser niet kon lezen.
    .why = Het bericht met de fout wordt tijdens het uitvoeren weggelaten.

## Status en verschillen

status-title = Vertaalstatus
status-documents = { $count } originele documenten
status-generated = Gegenereerd op { $time }
status-master = Origineel: { $path } (versie { $version })
status-language = Taal
status-file = Bestand
status-structure = Structuur
status-up-to-date = Bijgewerkt
status-stale = Verouderd
status-untranslated = Onvertaald
status-progress = Voortgang
status-version = Gesynchroniseerde versie
status-ok = ✓ OK
status-broken = ✗ { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}
status-never = nooit
status-stale-units = Verouderde eenheden
status-no-stale = Geen verouderde eenheden.
status-added = Toegevoegd
status-removed = Verwijderd
status-moved = Verplaatst
status-synced-documents = { $synced }/{ $count } gesynchroniseerd
status-unit-stale = verouderd: { $label } ({ $id }) is in het origineel gewijzigd; werk de eenheid bij
status-unit-added = toegevoegd aan het origineel: { $label } ({ $id }); vertaal haar na deze regel
status-unit-removed = verwijderd uit het origineel: { $label } ({ $id }); verwijder deze eenheid
status-unit-moved = hernummerd of verplaatst in het origineel: { $label } ({ $id }); de tekst is ongewijzigd
status-unit-untranslated = onvertaald: { $label } ({ $id })
status-errors = Fouten en waarschuwingen
status-added-units = Toegevoegd aan het origineel: te vertalen
status-removed-units = Verwijderd uit het origineel: te verwijderen
status-moved-units = Hernummerd of verplaatst in het origineel
status-untranslated-units = Onvertaalde eenheden
status-filter-state = Status
status-filter-all = Alle
status-state-errors = Fouten
diff-none = Er is niets gewijzigd in het origineel sinds { $lang } voor het laatst is gesynchroniseerd.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }): toegevoegd
diff-removed = { $label } ({ $id }): verwijderd
diff-renumbered = { $label } ({ $id }): hernummerd, was { $old }, tekst ongewijzigd
diff-moved = { $label } ({ $id }): verplaatst, was { $old }, tekst ongewijzigd


## Overzicht (charte parse)

outline-front-matter = metadatablok (regel { $line })
outline-preamble = vóór de eerste kop
outline-line = regel { $line }
outline-list = { $ordered ->
    [yes] genummerde lijst
   *[no] lijst met opsommingstekens
}, { $count ->
    [one] { $count } item
   *[other] { $count } items
} (regel { $line })
outline-quote = blokcitaat (regel { $line })
outline-strong = vet { $count }
outline-emphasis = cursief { $count }
outline-links = links { $count }
outline-code = code { $count }
outline-problem = { $rule } op regel { $line }: { $message }

## Synchroniseren en initialiseren

sync-done = { $lang }: gesynchroniseerd met versie { $version } van het origineel
sync-refused = { $lang } heeft { $errors ->
    [one] { $errors } structuurfout
   *[other] { $errors } structuurfouten
}: herstel de structuur of gebruik --force
sync-rubber-stamp = { $lang }: gemarkeerd als bijgewerkt zonder enige wijziging in de vertaling: { $units }
sync-unchanged = { $lang }: niet gesynchroniseerd: het origineel heeft deze eenheden gewijzigd en hun vertaling is sinds de laatste synchronisatie niet gewijzigd: { $units }; neem de wijziging over, of voer sync uit met --accept-unchanged als ze in deze taal geen wijziging vraagt
sync-nothing-written = Er is niets geschreven.
sync-untracked = Aangemaakte bestanden die git nog niet volgt; commit ze samen met de vertaling: git add { $files }
init-done = { $path } aangemaakt op basis van het origineel; `charte check` toont de eenheden die nog vertaald moeten worden
init-exists = { $path } bestaat al; niet overschreven

## Uitvoeringsfouten

error-prefix = fout
error-master-missing = het origineel { $path } kan niet worden gelezen: { $error }
error-read = kan { $path } niet lezen: { $error }
error-write = kan { $path } niet schrijven: { $error }
error-not-a-file = { $path } is geen bestand
error-unknown-rule = onbekende regel ‘{ $name }’; `charte rules` geeft een overzicht van de regels
error-unknown-language = geen vertaling ‘{ $lang }’ in dit project
error-invalid-language = ‘{ $lang }’ is geen taalcode
error-no-languages = geef een taal op of gebruik --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = git is mislukt: { $error }
error-symlink = { $path } is een symbolische koppeling; charte schrijft niet via koppelingen
error-no-master = geen origineel document gevonden: de indelingen { $layouts } verwachten het in { $expected }; controleer `master` en `documents` in charte.toml
error-empty-language = de taal { $lang } heeft geen enkel bestand: verwacht in { $expected }; controleer `languages` en `documents` in charte.toml
error-master-language = { $lang } is de taal van het origineel: noem de taal van een vertaling
error-not-canonical = “{ $lang }” is niet geschreven als canonieke taaltag: gebruik “{ $canonical }”
error-unknown-unit = het origineel heeft geen eenheid “{ $unit }”; zijn eenheden: { $units }
error-record-unterminated = { $path }:{ $line }:{ $column }: de front matter mist de afsluitende `---`; sluit hem af en synchroniseer opnieuw
error-record-invalid = { $path }:{ $line }:{ $column }: de front matter is geen geldige YAML ({ $error }); herstel hem en synchroniseer opnieuw
error-record-not-mapping = { $path }:{ $line }:{ $column }: { $kind ->
    [flow] de front matter is een inline mapping `{"{"} … {"}"}` zonder synchronisatieregel die charte kan vervangen: schrijf `source_version: 0` in de mapping (een gewone waarde of een tussen aanhalingstekens, zonder alias of escape) en synchroniseer opnieuw
    [sequence] de front matter is een lijst, geen regels `sleutel: waarde`; de synchronisatieregel `source_version: VERSION` heeft een eigen regel nodig
   *[other] de front matter is een losse waarde, geen regels `sleutel: waarde`; de synchronisatieregel `source_version: VERSION` heeft een eigen regel nodig
}
error-record-form = { $path }:{ $line }:{ $column }: schrijf de synchronisatieregel op een eigen regel, als `source_version: VERSION` aan het begin van de regel (zonder inspringing, `?`, anker, tag, blokscalar of waarde op de volgende regel), en synchroniseer opnieuw
error-record-no-place = { $path }:{ $line }:{ $column }: geen zekere plaats voor de synchronisatieregel in deze front matter; voeg de regel `source_version: 0` toe vóór de afsluitende `---` en synchroniseer opnieuw
error-changed = { $path } is gewijzigd tijdens het synchroniseren; er is niets geschreven: synchroniseer opnieuw
note-word = opmerking
error-outside-root = { $path } ligt buiten het project { $root }: charte leest en schrijft alleen daarbinnen
error-too-large = { $path } is groter dan de limiet van { $limit } bytes (`max-file-size` in charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: ‘{ $value }’ is geen pad binnen het project: schrijf een relatief pad zonder `..`
error-config-size = { $path }:{ $line }:{ $column }: ‘{ $value }’ is geen bestandsgrootte: schrijf een aantal bytes of bijvoorbeeld "64 MiB"
error-revision = ‘{ $rev }’ is geen revisie: een revisie kan niet met ‘-’ beginnen
error-line-url = ‘{ $value }’ is geen regeladres: gebruik een http://- of https://-adres met {"{"}path{"}"} en {"{"}line{"}"}
error-git-empty = git gaf niets voor { $path } bij { $rev }: de controle op wijzigingen kan niet worden uitgevoerd
error-output = kan de uitvoer niet schrijven: { $error }
stale-lockfile = het origineel is gewijzigd sinds deze vertaling voor het laatst is gesynchroniseerd: werk deze eenheid bij en voer daarna `charte sync { $lang }` uit, of zet de regel `{ $record }` in { $lockfile }
unsynced-lockfile = de vertaling heeft geen synchronisatiegegevens: controleer de vertaling en voer daarna `charte sync { $lang }` uit, of voeg de regel `{ $record }` toe aan { $lockfile }
unsynced-snapshot-missing-lockfile = versie { $version } van het origineel, waarmee deze vertaling is gesynchroniseerd, staat niet in { $path }: controleer de vertaling en voer daarna `charte sync { $lang }` uit (of zet de regel `{ $record }` in { $lockfile } zodra de hele vertaling het origineel volgt)
unsynced-snapshot-corrupt-lockfile = de snapshot { $path } komt niet overeen met de hash: controleer de vertaling en voer daarna `charte sync { $lang }` uit (of zet de regel `{ $record }` in { $lockfile } zodra de hele vertaling het origineel volgt)
error-lock-line = { $path }:{ $line }:{ $column }: geen synchronisatiegegeven: schrijf `PAD VERSIE` (met één spatie ertussen), of begin een opmerking met `#`
error-lock-version = { $path }:{ $line }:{ $column }: geen versie van het origineel: schrijf de 16 hexadecimale cijfers in kleine letters
error-lock-escape = { $path }:{ $line }:{ $column }: het pad is niet gecodeerd zoals charte het schrijft: schrijf spaties, `#`, `\` en stuurtekens als `\xHH`, en niets anders
error-lock-duplicate = { $path }:{ $line }:{ $column }: deze vertaling heeft al een synchronisatiegegeven op een eerdere regel: houd er één

# Projectconventies (issue #14)
severity-off = uit
ordinal-list = ‘{ $number }.’ aan het begin van dit item maakt er een genummerde lijst in het item van, en het item zelf blijft leeg: schrijf ‘{ $number }\.’ om het getal als tekst te houden
line-count = dit blok heeft { $found } regels; dat van het origineel { $expected }
rule-line-count = Een blok (een alinea, de regels van een citaat, een codeblok) heeft een ander aantal regels dan het blok van het origineel. Uit tenzij ingeschakeld.
    .why = Sommige projecten geven elke regel een rol, zoals de beschrijvingsregels van een opdrachtpagina: een toegevoegde of weggelaten regel verandert wat de pagina zegt.
error-no-translations = geen vertaling gevonden: de indelingen { $layouts } passen bij geen enkel bestand; controleer `documents` en `masters` in charte.toml
end-punctuation = deze eenheid eindigt op “{ $found }”; die van het origineel op “{ $expected }”
end-punctuation-missing = deze eenheid eindigt zonder leesteken; die van het origineel eindigt op “{ $expected }”
rule-end-punctuation = Een eenheid eindigt op een ander leesteken dan haar eenheid in het origineel, die op `.`, `?`, `!`, `:` of `…` eindigt. Tekens van volle breedte (`？`), het Spaanse `¿…?`, de Franse spatie vóór `?`, `!`, `:` en sluitende aanhalingstekens of nadruk na het teken gelden als hetzelfde; `...` is `…`; een eenheid die op code, een URL of een getal eindigt, wordt overgeslagen.
    .why = Een verloren punt wijst vaak op een afgebroken zin, en een dubbele punt kondigt aan wat volgt: een vertaling die anders eindigt, is misschien haar einde kwijt.
sentence-count = deze eenheid heeft { $found } zinnen; die van het origineel { $expected }: ontbreekt er een deel?
rule-sentence-count = Een eenheid van het origineel met 3 zinnen of meer heeft er in de vertaling minstens 2 minder. Een punt na een afkorting (`Dr.`, `z. B.`, `e.g.`), een losse letter of een getal (`3.5`, `3. Oktober`), of gevolgd door een woord met een kleine letter, beëindigt geen zin.
    .why = Vertalers voegen zinnen samen of splitsen ze, één tegelijk; twee zinnen minder is het goedkoopste teken van een weglating.
length-ratio = deze eenheid is { $percent } % zo lang als haar origineel, terwijl de eenheden van dit document gewoonlijk { $usual } % zijn: ontbreekt er een deel, of is er iets toegevoegd?
rule-length-ratio = Een eenheid (waarvan het origineel 40 tekens of meer heeft) is, ten opzichte van haar origineel, meer dan 2,5 keer langer of korter dan de gebruikelijke verhouding van het document: de mediaan over zijn eenheden van 40 tekens of meer. Een document met minder dan 8 zulke eenheden wordt niet gecontroleerd.
    .why = Elke taal heeft haar gebruikelijke lengte; een eenheid die daar ver van afwijkt, is vaak een bijzin kwijt of bevat er een twee keer.
repeated-word = “{ $word } { $word }”: dit woord staat er twee keer
rule-repeated-word = Een woord dat in de vertaling twee keer na elkaar staat, hoofdletters niet meegerekend, waar het origineel het niet herhaalt. Paren die de grammatica toestaat (Duits “die die”, “das das”, Nederlands “dat dat”, Frans “nous nous”, “vous vous”, Engels “had had”, “that that”) en getallen worden aanvaard.
    .why = Een tikfout die lezers meteen zien en die spellingcontroles vaak missen.
