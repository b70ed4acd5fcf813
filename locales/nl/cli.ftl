# De opdrachtregel van charte, in het Nederlands: helpteksten, kopjes en argumentfouten.

## Kopjes en ingebouwde opties

cli-usage = Gebruik:
cli-commands = Opdrachten
cli-arguments = Argumenten
cli-options = Opties
cli-help = Toont de hulp
cli-version = Toont de versie
cli-default = standaard: { $value }
cli-more = Probeer “{ $help }” voor meer informatie.

## Het programma en zijn opties

cli-about = Houdt de vertalingen van een Markdown-document trouw aan het origineel.
cli-arg-lang = Taal van de meldingen (anders CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = Het configuratiebestand (standaard: charte.toml hier of in een bovenliggende map).
cli-arg-color = Wanneer de uitvoer kleur krijgt; NO_COLOR zet kleur altijd uit.

## Opdrachten

cli-check = Controleert vertalingen tegen het origineel: structuur, nummering, nadruk, afwijkingen.
cli-check-files = Te controleren vertaalbestanden (standaard: alle vertalingen van het project).
cli-check-source = Het originele document.
cli-check-format = Uitvoerformaat.
cli-check-deny = Maakt van een regel een fout (“warnings”: alle waarschuwingen).
cli-check-warn = Maakt van een regel een waarschuwing.
cli-check-allow = Zet een regel uit.
cli-check-base = Meldt de eenheden die door wijzigingen in het origineel sinds deze git-revisie verouderd zijn.
cli-check-verbose = Toont elke melding volledig: bij een verouderde eenheid de tekst van het origineel vóór en na de wijziging, en elke te vertalen eenheid afzonderlijk.
cli-check-fix = Past de veilige correcties toe en meldt daarna wat overblijft.
cli-check-unsafe-fixes = Past ook de onveilige correcties toe (impliceert --fix).
cli-check-diff = Toont de correcties als unified diff zonder ze te schrijven; eindigt met 1 als er zijn.
cli-parse = Toont de structuur van een document.
cli-parse-file = Het document (standaard: het origineel).
cli-parse-format = Uitvoerformaat.
cli-rules = Somt de regels op, of documenteert er één.
cli-rules-name = De naam van een regel.
cli-sync = Legt vast dat vertalingen het huidige origineel volgen.
cli-sync-languages = Te synchroniseren talen.
cli-sync-all = Synchroniseert alle vertalingen.
cli-sync-force = Synchroniseert ook een vertaling met structuurfouten.
cli-sync-accept-unchanged = Markeert verouderde eenheden als bijgewerkt hoewel hun vertaling sinds de laatste synchronisatie niet gewijzigd is (een wijziging van het origineel die in deze taal niets vraagt).
cli-init = Maakt een vertaling van het origineel en synchroniseert die.
cli-init-language = De nieuwe taal.
cli-status = Toont per taal hoeveel van de vertaling bijgewerkt is.
cli-status-format = Uitvoerformaat.
cli-status-line-url = Het adres van een regel, met {"{"}path{"}"} en {"{"}line{"}"} (in plaats van `[status] line-url`): de HTML- en Markdown-rapporten linken elke bevinding daarheen.
cli-diff = Toont wat er in het origineel veranderd is sinds een taal gesynchroniseerd werd.
cli-diff-language = De taal van de vertaling (een tag zoals de of pt-BR; --lang kiest de taal van de meldingen).
cli-diff-unit = Alleen deze eenheid.
cli-completions = Geeft shell-aanvullingen uit.
cli-completions-shell = De shell.
cli-man = Geeft de handleidingpagina uit (roff).
cli-help-command = Toont deze hulp of de hulp van de gegeven opdracht.
cli-help-command-subcommand = De uit te leggen opdracht.

## Argumentfouten

cli-error-unknown-argument = onverwacht argument “{ $arg }”
cli-error-unknown-command = onbekende opdracht “{ $arg }”
cli-error-invalid-value = ongeldige waarde “{ $value }” voor { $arg }
cli-error-missing = verplicht argument ontbreekt: { $args }
cli-error-conflict = { $arg } kan niet samen met { $other } gebruikt worden
cli-error-missing-value = { $arg } heeft een waarde nodig
cli-error-other = ongeldige argumenten: { $error }
cli-tip-similar = tip: er bestaat een gelijkaardige: “{ $suggestion }”
cli-tip-possible = mogelijke waarden: { $values }
cli-tip-lang-option = tip: --lang kiest de taal van de meldingen; noem de taal van de vertaling zonder die optie: “{ $example }”
