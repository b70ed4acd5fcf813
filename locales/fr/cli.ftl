# La ligne de commande de charte, en français : aides, titres et erreurs d’arguments.

## Titres et options intégrées

cli-usage = Utilisation :
cli-commands = Commandes{"\u00A0"}
cli-arguments = Arguments{"\u00A0"}
cli-options = Options{"\u00A0"}
cli-help = Affiche l’aide
cli-version = Affiche la version
cli-default = par défaut : { $value }
cli-more = Pour en savoir plus, essayez « { $help } ».

## Le programme et ses options

cli-about = Garde les traductions d’un document Markdown fidèles à l’original.
cli-arg-lang = Langue des messages (sinon CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = Le fichier de configuration (par défaut : charte.toml ici ou dans un répertoire parent).
cli-arg-color = Quand colorer la sortie ; NO_COLOR désactive toujours la couleur.

## Commandes

cli-check = Vérifie les traductions par rapport à l’original : structure, numérotation, emphase, dérive.
cli-check-files = Fichiers de traduction à vérifier (par défaut : toutes les traductions du projet).
cli-check-source = Le document original.
cli-check-format = Format de sortie.
cli-check-deny = Fait d’une règle une erreur (« warnings » : tous les avertissements).
cli-check-warn = Fait d’une règle un avertissement.
cli-check-allow = Désactive une règle.
cli-check-base = Signale les unités que les modifications de l’original depuis cette révision git rendent obsolètes.
cli-check-verbose = Montre chaque signalement en entier : le texte de l’original avant et après la modification pour une unité obsolète, et chaque unité à traduire séparément.
cli-check-fix = Applique les corrections sûres, puis signale ce qui reste.
cli-check-unsafe-fixes = Applique aussi les corrections non sûres (implique --fix).
cli-check-diff = Affiche les corrections en diff unifié sans les écrire ; sort avec 1 s’il y en a.
cli-parse = Affiche la structure d’un document.
cli-parse-file = Le document (par défaut : l’original).
cli-parse-format = Format de sortie.
cli-rules = Liste les règles, ou en documente une.
cli-rules-name = Un nom de règle.
cli-sync = Enregistre que des traductions suivent l’original actuel.
cli-sync-languages = Langues à synchroniser.
cli-sync-all = Synchronise toutes les traductions.
cli-sync-force = Synchronise même une traduction qui a des erreurs de structure.
cli-sync-accept-unchanged = Marque à jour des unités obsolètes dont la traduction n’a pas changé depuis la dernière synchronisation (une modification de l’original qui ne demande rien dans cette langue).
cli-init = Crée une traduction à partir de l’original et la synchronise.
cli-init-language = La nouvelle langue.
cli-status = Montre, par langue, quelle part de la traduction est à jour.
cli-status-format = Format de sortie.
cli-status-line-url = L'adresse d'une ligne, avec {"{"}path{"}"} et {"{"}line{"}"} (au lieu de `[status] line-url`) : les rapports HTML et Markdown y lient chaque problème.
cli-diff = Montre ce qui a changé dans l’original depuis la dernière synchronisation d’une langue.
cli-diff-language = La langue de la traduction (une étiquette comme de ou pt-BR ; --lang choisit la langue des messages).
cli-diff-unit = Seulement cette unité.
cli-completions = Affiche les complétions pour un shell.
cli-completions-shell = Le shell.
cli-man = Affiche la page de manuel (roff).
cli-help-command = Affiche ce message ou l’aide de la commande donnée.
cli-help-command-subcommand = La commande à expliquer.

## Erreurs d’arguments

cli-error-unknown-argument = argument inattendu « { $arg } »
cli-error-unknown-command = commande inconnue « { $arg } »
cli-error-invalid-value = valeur « { $value } » invalide pour { $arg }
cli-error-missing = argument obligatoire manquant : { $args }
cli-error-conflict = { $arg } ne peut pas être utilisé avec { $other }
cli-error-missing-value = { $arg } attend une valeur
cli-error-other = arguments invalides : { $error }
cli-tip-similar = astuce : il en existe un semblable : « { $suggestion } »
cli-tip-possible = valeurs possibles : { $values }
cli-tip-lang-option = astuce : --lang choisit la langue des messages ; nommez la langue de la traduction sans cette option : « { $example } »
