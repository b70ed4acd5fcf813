# Messages de charte, en français.
# Toute autre langue a exactement les mêmes identifiants, attributs et variables que la langue source (anglais).

## Gravités et bilan

severity-error = erreur
severity-warning = avertissement
summary-clean = { $files ->
    [one] { $files } fichier vérifié : aucun problème trouvé.
   *[other] { $files } fichiers vérifiés : aucun problème trouvé.
}
summary-problems = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}.
summary-silenced = { $count ->
    [one] { $count } signalement masqué par des commentaires charte-ignore.
   *[other] { $count } signalements masqués par des commentaires charte-ignore.
}
summary-skipped = { $count ->
    [one] 1 fichier ne correspond à aucune disposition du projet et n'a pas été vérifié : { $files }
   *[other] { $count } fichiers ne correspondent à aucune disposition du projet et n'ont pas été vérifiés : { $files }
}
note-master = original : { $location }
note-unit = unité : { $label }
note-master-before = original avant : { $text }
note-master-after = original actuel : { $text }
note-fix = correction disponible : `charte check --fix`
note-fix-unsafe = correction disponible, à relire : `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 signalement peut être corrigé par `charte check --fix`.
   *[other] { $count } signalements peuvent être corrigés par `charte check --fix`.
}
summary-fixable-unsafe = { $count ->
    [one] 1 signalement peut être corrigé par `charte check --unsafe-fixes` (à relire).
   *[other] { $count } signalements peuvent être corrigés par `charte check --unsafe-fixes` (à relire).
}
fix-would = { $count ->
    [one] 1 signalement serait corrigé
   *[other] { $count } signalements seraient corrigés
} dans { $files ->
    [one] 1 fichier.
   *[other] { $files } fichiers.
}
fix-done = { $count ->
    [one] 1 signalement corrigé
   *[other] { $count } signalements corrigés
} dans { $files ->
    [one] 1 fichier.
   *[other] { $files } fichiers.
}
fix-left = { $count ->
    [one] 1 correction en chevauche une autre : elle attend la prochaine exécution.
   *[other] { $count } corrections en chevauchent d’autres : elles attendent la prochaine exécution.
}
fix-not-written = { $path } : non écrit : { $reason }
fix-synced = { $lang } : toutes les unités obsolètes reportées ; synchronisé sur la version { $version } de l’original
note-changes = modifications : { $diff }
more-findings = { $count ->
    [one] et { $count } autre signalement { $rule } dans { $file }
   *[other] et { $count } autres signalements { $rule } dans { $file }
}
snippet-continues = se poursuit jusqu'à la ligne { $line }
untranslated-units = { $count ->
    [one] { $count } unité à traduire, identique à l'original : { $units }
   *[other] { $count } unités à traduire, identiques à l'original : { $units }
}
note-to-translate = `charte check --verbose` montre chaque unité à sa place
summary-language = { $lang } : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
summary-language-details = { $lang } : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} ({ $details })
summary-stale = { $count ->
    [one] { $count } unité périmée
   *[other] { $count } unités périmées
}
summary-missing = { $count ->
    [one] { $count } unité ajoutée à l'original
   *[other] { $count } unités ajoutées à l'original
}
summary-to-translate = { $count ->
    [one] { $count } unité à traduire
   *[other] { $count } unités à traduire
}
summary-unsynced = { $count ->
    [one] { $count } fichier sans enregistrement de synchronisation
   *[other] { $count } fichiers sans enregistrement de synchronisation
}
summary-missing-documents = { $count ->
    [one] { $count } document manquant
   *[other] { $count } documents manquants
}
summary-next-fix = prochaine étape : corrigez les erreurs ci-dessus, puis relancez `charte check`
summary-next-stale = prochaine étape : `charte diff { $lang }` montre ce qui a changé dans l'original ; reportez ces modifications, puis exécutez `charte sync { $lang }`
summary-next-unsynced = prochaine étape : relisez la traduction, puis exécutez `charte sync { $lang }`
summary-next-init = prochaine étape : `charte init { $lang }` crée les documents manquants à partir de l'original
summary-next-translate = prochaine étape : traduisez ces unités, puis relancez `charte check`

## Unités

label-key = clé « { $key } » de l'en-tête
label-heading = titre de la section { $section } « { $title } »
label-paragraph = { $section ->
    [0] paragraphe { $index } avant le premier titre
   *[other] paragraphe { $index } de la section { $section }
}
label-value = valeur { $number }
label-item = élément { $path }
label-cell = cellule de tableau { $path }
label-version = ligne de version
label-unnamed = unité

## Types de bloc

kind = { $kind ->
    [paragraph] { $count ->
        [one] un paragraphe
       *[other] { $count } paragraphes
    }
    [ordered-list] { $count ->
        [one] une liste numérotée
       *[other] { $count } listes numérotées
    }
    [bullet-list] { $count ->
        [one] une liste à puces
       *[other] { $count } listes à puces
    }
    [quote] { $count ->
        [one] une citation
       *[other] { $count } citations
    }
    [code] { $count ->
        [one] un bloc de code
       *[other] { $count } blocs de code
    }
    [table] { $count ->
        [one] un tableau
       *[other] { $count } tableaux
    }
    [html] { $count ->
        [one] un bloc HTML
       *[other] { $count } blocs HTML
    }
   *[rule] { $count ->
        [one] une ligne horizontale
       *[other] { $count } lignes horizontales
    }
}

## Diagnostics

front-matter-missing = la traduction n'a pas d'en-tête ; l'original commence par un en-tête
front-matter-unterminated = l'en-tête n'est pas fermé : ajoutez une ligne `---` à sa suite
front-matter-invalid = l'en-tête n'est pas du YAML valide : { $error }
front-matter-no-colon = cette ligne de l'en-tête n'est pas une paire `clé: valeur` : écrivez la clé, un deux-points et une espace, puis la valeur
front-matter-tab = cette ligne de l'en-tête est indentée avec une tabulation : YAML n'accepte que des espaces
front-matter-not-mapping = l'en-tête doit associer des clés à des valeurs, et non être une valeur de type { $kind }
front-matter-missing-key = il manque à l'en-tête la clé « { $key } » de l'original
front-matter-empty-key = la clé « { $key } » de l'en-tête est vide
front-matter-type = la clé « { $key } » de l'en-tête est de type { $found } alors que celle de l'original est de type { $expected }
front-matter-slug = « { $value } » n'est pas un slug d'URL : utilisez des minuscules, des chiffres et des traits d'union
heading-missing = le titre de niveau { $level } « { $title } » de l'original manque ici
heading-extra = ce titre de niveau { $level } ne figure pas dans l'original
heading-unspaced = `{ $marks }` doit être suivi d'une espace pour faire un titre : écrivez `{ $marks } ` puis le titre
heading-level = ce titre est de niveau { $level } ; celui de l'original est de niveau { $expected }
block-missing = l'original contient ici { $expected } que la traduction n'a pas
block-extra = { $found } que l'original n'a pas
block-kind = l'original contient ici { $expected } ; la traduction contient { $found }
block-merged = { $expected } de l'original (lignes { $first } et { $second }) semblent fusionnés ici : séparez-les par une ligne vide
block-split = { $expected } de l'original semble coupé en deux ici (sa seconde partie est ligne { $line }) : supprimez la ligne vide qui les sépare
table-cells = nombre de cellules : { $found } dans ce tableau, { $expected } dans celui de l'original
value-missing = la valeur { $number } de l'original manque : la liste compte { $count } valeurs, celle de l'original { $expected }
value-missing-run = les valeurs { $numbers } de l'original manquent ici : la liste compte { $count } valeurs, celle de l'original { $expected } ; une ligne vide ou une marque dans une valeur termine la liste
value-merged = les valeurs { $number } et { $next } de l'original semblent fusionnées dans cette valeur : commencez la valeur { $next } sur une ligne à part
value-cut = ce texte est hors de la liste : une ligne vide coupe la valeur { $number } (ligne { $line }) en deux ; supprimez la ligne vide, ou indentez ce texte sous la valeur
value-cut-values = ce texte est hors de la liste : une ligne vide coupe la valeur { $number } (ligne { $line }) en deux, et les valeurs suivantes sont devenues des lignes de ce texte ; supprimez la ligne vide, ou indentez ce texte sous la valeur
swapped-values = les textes des valeurs { $number } et { $other } (ligne { $line }) semblent intervertis : chacun ressemble à l'autre valeur de l'original (emphase, liens, code, nombres et longueur)
value-extra = la valeur { $number } ne figure pas dans l'original : la liste compte { $count } valeurs, celle de l'original { $expected }
item-missing = il manque un élément de l'original : la liste compte { $count } éléments, celle de l'original { $expected }
item-missing-run = il manque ici des éléments de l'original : la liste compte { $count } éléments, celle de l'original { $expected } ; une ligne vide ou une marque dans un élément termine la liste
item-extra = cet élément ne figure pas dans l'original : la liste compte { $count } éléments, celle de l'original { $expected }
value-numbering = cette valeur porte le numéro { $found } ; dans l'original, elle porte le numéro { $expected }
value-numbering-start = la liste commence à { $found } ; celle de l'original commence à { $expected }
value-numbering-duplicate = le numéro { $found } est utilisé deux fois
value-numbering-order = la valeur { $found } vient après la valeur { $previous }
strong-count = { $found ->
    [one] { $found } passage en gras
   *[other] { $found } passages en gras
} alors que l'original en a { $expected }
emphasis-count = { $found ->
    [one] { $found } passage en italique
   *[other] { $found } passages en italique
} alors que l'original en a { $expected }
unclosed-emphasis = `{ $delimiter }` n'est pas refermé : la mise en forme reste affichée comme du texte brut
link-missing = le lien de l'original vers { $url } est absent
link-extra = ce lien vers { $url } ne figure pas dans l'original
code-missing = le code en ligne `{ $code }` de l'original est absent
code-extra = le code en ligne `{ $code }` ne figure pas dans l'original
empty-unit = cette unité est vide ; celle de l'original contient du texte
empty-file = le fichier est vide ; l'original contient du texte
invalid-input-utf8 = le fichier n'est pas en UTF-8 valide (premier octet invalide à la position { $offset })
invalid-input-binary = le fichier est binaire, ce n'est pas du texte
invalid-input-unreadable = impossible de lire le fichier : { $error }
number-missing = « { $number } », présent dans l'original, n'apparaît pas dans la traduction
number-missing-forms = « { $number } », présent dans l'original, n'apparaît dans la traduction sous aucune des formes de sa langue : { $forms }
untranslated = cette unité est identique à l'original : est-elle bien traduite ?
glossary-rendering = « { $term } », présent dans l'original, n'est pas traduit comme le veut le glossaire : « { $expected } »
glossary-kept = « { $term } » s'écrit tel quel dans toutes les langues (glossaire), et la traduction ne l'a pas
stale = l'original a changé depuis la dernière synchronisation de cette traduction : mettez cette unité à jour, puis exécutez `charte sync { $lang }`, ou écrivez `{ $record }` dans l'en-tête
stale-added = l'original a ajouté cette unité depuis la dernière synchronisation de cette traduction : traduisez-la après cette ligne, puis exécutez `charte sync { $lang }`
stale-removed = l'original a supprimé cette unité depuis la dernière synchronisation de cette traduction : supprimez-la, puis exécutez `charte sync { $lang }`
stale-renumbered = l'original numérote désormais cette valeur { $number } (elle était { $old }), son texte est inchangé : renumérotez-la, puis exécutez `charte sync { $lang }`
stale-moved = l'original a déplacé cette unité (elle était { $was }), son texte est inchangé : déplacez-la, puis exécutez `charte sync { $lang }`
unsynced = la traduction n'a aucun enregistrement de synchronisation : relisez-la, puis exécutez `charte sync { $lang }`, ou ajoutez `{ $record }` à l'en-tête
unsynced-snapshot-missing = la version { $version } de l'original, avec laquelle cette traduction a été synchronisée, ne se trouve pas dans { $path } : relisez la traduction, puis exécutez `charte sync { $lang }` (ou écrivez `{ $record }` dans l'en-tête une fois toute la traduction à jour)
unsynced-snapshot-corrupt = l'instantané { $path } ne correspond pas à son empreinte : relisez la traduction, puis exécutez `charte sync { $lang }` (ou écrivez `{ $record }` dans l'en-tête une fois toute la traduction à jour)
missing-translation = { $path } n'a pas de traduction pour la langue { $lang }
orphan-translation = traduction { $lang } dont l'original { $master } n'existe pas : supprimez-la, ou déplacez-la là où se trouve désormais l'original
language-tag = le nom de fichier « { $name } » n'est pas une étiquette de langue canonique
language-tag-suggest = le nom de fichier « { $name } » n'est pas une étiquette de langue canonique : vouliez-vous dire « { $canonical } » ?
ftl-missing = le message « { $id } » de la langue source est absent
ftl-obsolete = le message « { $id } » n'existe pas dans la langue source
ftl-variables = le message « { $id } » utilise { $found } alors que la source utilise { $expected }
ftl-syntax = erreur de syntaxe Fluent : { $error }
invalid-input-outside = { $path } mène hors du projet : le fichier n'a pas été lu
invalid-input-not-regular = { $path } n'est pas un fichier ordinaire (un répertoire, un tube ou un périphérique) : il n'a pas été lu
invalid-input-too-large = le fichier dépasse la limite de { $limit } octets (`max-file-size` dans charte.toml) : il n'a pas été lu
unsynced-snapshot-refused = l'instantané { $path } n'est pas un fichier ordinaire du projet, ou il est trop gros : il n'a pas été lu ; exécutez `charte sync { $lang }` une fois réparé

## Règles

rules-header = Règles ({ $count }) :
rules-default = par défaut : { $severity }
rules-what = Ce qui est vérifié
rules-why = Pourquoi
rules-example = Exemple
rules-master = Original :
rules-fail = Incorrect :
rules-pass = Correct :
rules-config = Configuration (`charte.toml`) :
rules-fix = correction : { $fix }
fix-safe = sûre
fix-unsafe = à relire
fix-none = aucune

rule-front-matter = L'en-tête est absent, non fermé ou invalide, il lui manque une clé de l'original, une de ses clés est vide ou d'un autre type, ou son slug n'est pas un slug d'URL.
    .why = Les sites construisent titres, descriptions et adresses à partir de l'en-tête : une clé absente ou défectueuse casse la page.
rule-heading-structure = Des titres sont absents, en trop, dans le désordre, ou d'un autre niveau que dans l'original.
    .why = Les sections et leurs ancres doivent correspondre d'une langue à l'autre, sinon les liens et la navigation ne fonctionnent plus.
rule-block-structure = Les blocs d'une section diffèrent par leur type ou leur nombre : une liste est devenue des paragraphes, un paragraphe a été scindé ou fusionné.
    .why = Chaque bloc de l'original est une unité de sens ; la traduction doit les garder séparés et dans le même ordre.
rule-value-count = Une liste numérotée a plus ou moins d'éléments que celle de l'original.
    .why = Les valeurs sont numérotées et citées par leur numéro : en retirer ou en ajouter une décale toutes les références.
rule-value-numbering = Les numéros écrits des éléments diffèrent de ceux de l'original : numéro sauté, en double, inversé, ou autre numéro de départ.
    .why = Les lecteurs citent « la valeur 3 » dans toutes les langues ; ce doit être la même valeur.
rule-swapped-values = Deux valeurs dont les textes semblent intervertis, numéros gardés : chacune correspond nettement mieux à l'autre valeur de l'original (emphase, liens, code, nombres, longueur).
    .why = « La valeur 3 » doit dire ce que dit la valeur 3 dans toutes les langues ; une inversion passe tous les comptes.
rule-strong-count = Une unité n'a pas le même nombre de passages en gras (strong) que l'unité correspondante de l'original.
    .why = Le gras marque ce sur quoi l'original insiste ; une traduction doit insister sur les mêmes choses.
rule-emphasis-count = Une unité n'a pas le même nombre de passages en italique (emphase) que l'unité correspondante de l'original.
    .why = L'italique porte du sens (un titre, la ligne de version) ; le perdre modifie le texte.
rule-unclosed-emphasis = Des délimiteurs d'emphase (`**`, `__`, `*`, `_`) restent affichés comme du texte brut parce qu'ils ne sont pas refermés.
    .why = Un `**` non refermé apparaît sous forme d'astérisques sur la page et trahit un passage en gras cassé.
rule-link-mismatch = Les liens diffèrent en nombre ou en cible de ceux de l'unité de l'original.
    .why = Un lien supprimé ou modifié envoie les lecteurs ailleurs, ou nulle part.
rule-code-mismatch = Le code en ligne diffère de celui de l'unité de l'original.
    .why = Le code, les commandes et les noms entre accents graves ne se traduisent pas.
rule-empty-unit = Une unité traduite ne contient aucun texte.
    .why = Une valeur ou un paragraphe vide laisse un trou dans la page publiée.
rule-invalid-input = Le fichier ne peut pas être lu comme du texte UTF-8 : il n'est pas en UTF-8, il est illisible ou binaire.
    .why = Rien d'autre ne peut être vérifié dans un fichier illisible.
rule-stale = L'unité de l'original a changé depuis la dernière synchronisation de la traduction.
    .why = La traduction dit ce que disait l'original auparavant ; la modification doit y être reportée.
rule-unsynced = La traduction n'a aucun enregistrement de synchronisation, ou celui-ci renvoie à une version de l'original introuvable.
    .why = Sans lui, personne ne peut savoir quelles modifications de l'original manquent à la traduction.
rule-number-mismatch = Un nombre ou une date de l'unité de l'original manque dans l'unité traduite.
    .why = Les nombres et les dates sont des faits : ils doivent survivre à la traduction.
rule-untranslated = Une unité est identique à celle de l'original (un slug, et les unités composées uniquement de nombres, d'URL, de code ou de termes du glossaire gardés tels quels, ne sont pas signalés).
    .why = Un texte resté dans la langue de l'original est le plus souvent un oubli.
rule-glossary = Un terme du glossaire présent dans l'unité de l'original n'a pas sa traduction approuvée dans l'unité traduite, ou un terme gardé tel quel dans toutes les langues a été modifié (`[glossary]` de `charte.toml`).
    .why = Les termes clés ne se lisent de la même façon d'une page à l'autre que si chaque traducteur écrit la traduction approuvée ; un nom comme celui de l'association ne se traduit jamais.
rule-missing-translation = Un document de l'original n'a pas de traduction dans l'une des langues du projet.
    .why = Une page qui n'existe que dans une seule langue laisse un vide dans le site.
rule-orphan-translation = Une traduction dont le document original n'existe pas.
    .why = Quand l'original supprime ou renomme une page, ses traductions restent, ne sont plus vérifiées et sont toujours publiées.
rule-language-tag = Un nom de fichier n'est pas une étiquette de langue canonique.
    .why = Les étiquettes sont comparées à l'identique : `EN.md` ou `pt_BR.md` ne seraient pas reconnus, et deviner ferait vérifier le mauvais fichier.
rule-ftl-missing = Un message ou un attribut des fichiers Fluent de la langue source est absent de la traduction.
    .why = Le programme se rabat alors sur la langue source pour ce texte.
rule-ftl-obsolete = Un message n'existe que dans le fichier Fluent traduit.
    .why = Les messages morts donnent du travail inutile aux traducteurs et masquent ceux qui ont été renommés.
rule-ftl-variables = Un message Fluent utilise d'autres variables ou références de message que la source.
    .why = Une variable manquante fait perdre une information ; une variable inconnue s'affiche comme une erreur.
rule-ftl-syntax = De la syntaxe Fluent que l'analyseur n'a pas pu lire.
    .why = Le message en erreur est ignoré à l'exécution.

## État et différences

status-title = État des traductions
status-documents = { $count } documents originaux
status-generated = Généré le { $time }
status-master = Original : { $path } (version { $version })
status-language = Langue
status-file = Fichier
status-structure = Structure
status-up-to-date = À jour
status-stale = Périmées
status-untranslated = Non traduites
status-progress = Progression
status-version = Version synchronisée
status-ok = ✓ OK
status-broken = ✗ { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}
status-never = jamais
status-stale-units = Unités périmées
status-no-stale = Aucune unité périmée.
status-added = Ajoutées
status-removed = Supprimées
status-moved = Déplacées
status-synced-documents = { $synced }/{ $count } synchronisés
status-unit-stale = périmée : { $label } ({ $id }) a changé dans l'original ; mettez-la à jour
status-unit-added = ajoutée à l'original : { $label } ({ $id }) ; traduisez-la après cette ligne
status-unit-removed = supprimée de l'original : { $label } ({ $id }) ; supprimez cette unité
status-unit-moved = renumérotée ou déplacée dans l'original : { $label } ({ $id }) ; son texte n'a pas changé
status-unit-untranslated = non traduite : { $label } ({ $id })
status-errors = Erreurs et avertissements
status-added-units = Ajoutées à l'original : à traduire
status-removed-units = Supprimées de l'original : à supprimer
status-moved-units = Renumérotées ou déplacées dans l'original
status-untranslated-units = Unités non traduites
status-filter-state = État
status-filter-all = Toutes
status-state-errors = Erreurs
diff-none = Rien n'a changé dans l'original depuis la synchronisation de { $lang }.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }) : ajoutée
diff-removed = { $label } ({ $id }) : supprimée
diff-renumbered = { $label } ({ $id }) : renumérotée, était { $old }, texte inchangé
diff-moved = { $label } ({ $id }) : déplacée, était { $old }, texte inchangé


## Plan (charte parse)

outline-front-matter = en-tête (ligne { $line })
outline-preamble = avant le premier titre
outline-line = ligne { $line }
outline-list = { $ordered ->
    [yes] liste numérotée
   *[no] liste à puces
}, { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} (ligne { $line })
outline-quote = citation (ligne { $line })
outline-strong = gras { $count }
outline-emphasis = italique { $count }
outline-links = liens { $count }
outline-code = code { $count }
outline-problem = { $rule } à la ligne { $line } : { $message }

## Synchronisation et initialisation

sync-done = { $lang } : synchronisée avec la version { $version } de l'original
sync-refused = { $lang } a { $errors ->
    [one] { $errors } erreur de structure
   *[other] { $errors } erreurs de structure
} : corrigez la structure ou utilisez --force
sync-rubber-stamp = { $lang } : marquée comme à jour sans aucune modification de la traduction : { $units }
sync-unchanged = { $lang } : non synchronisé : l'original a changé ces unités et leur traduction n'a pas changé depuis la dernière synchronisation : { $units } ; reportez la modification, ou lancez sync avec --accept-unchanged si elle ne demande aucun changement dans cette langue
sync-nothing-written = Rien n'a été écrit.
sync-untracked = Fichiers créés que git ne suit pas encore ; validez-les avec la traduction : git add { $files }
init-done = { $path } créé à partir de l'original ; `charte check` liste les unités à traduire
init-exists = { $path } existe déjà ; il n'a pas été écrasé

## Erreurs d'exécution

error-prefix = erreur
error-master-missing = impossible de lire l'original { $path } : { $error }
error-read = impossible de lire { $path } : { $error }
error-write = impossible d'écrire { $path } : { $error }
error-not-a-file = { $path } n'est pas un fichier
error-unknown-rule = règle inconnue « { $name } » ; `charte rules` en donne la liste
error-unknown-language = aucune traduction « { $lang } » dans ce projet
error-invalid-language = « { $lang } » n'est pas une étiquette de langue
error-no-languages = indiquez une langue ou utilisez --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = échec de git : { $error }
error-symlink = { $path } est un lien symbolique ; charte n'écrit pas à travers les liens
error-no-master = aucun document original trouvé : les dispositions { $layouts } l'attendent dans { $expected } ; vérifiez `master` et `documents` dans charte.toml
error-empty-language = la langue { $lang } n'a aucun fichier : attendu dans { $expected } ; vérifiez `languages` et `documents` dans charte.toml
error-master-language = { $lang } est la langue de l'original : nommez la langue d'une traduction
error-not-canonical = « { $lang } » n'est pas écrit comme une étiquette de langue canonique : utilisez « { $canonical } »
error-unknown-unit = l'original n'a pas d'unité « { $unit } » ; ses unités : { $units }
error-record-unterminated = { $path }:{ $line }:{ $column } : l'en-tête n'a pas de `---` de fermeture ; fermez-le, puis synchronisez à nouveau
error-record-invalid = { $path }:{ $line }:{ $column } : l'en-tête n'est pas du YAML valide ({ $error }) ; corrigez-le, puis synchronisez à nouveau
error-record-not-mapping = { $path }:{ $line }:{ $column } : { $kind ->
    [flow] l'en-tête est un tableau associatif en ligne `{"{"} … {"}"}` sans enregistrement de synchronisation que charte puisse remplacer : écrivez `source_version: 0` dans le tableau (une valeur simple ou entre guillemets, sans alias ni échappement), puis synchronisez à nouveau
    [sequence] l'en-tête est une liste, et non des lignes `clé: valeur` ; l'enregistrement de synchronisation `source_version: VERSION` doit avoir sa propre ligne
   *[other] l'en-tête est une valeur seule, et non des lignes `clé: valeur` ; l'enregistrement de synchronisation `source_version: VERSION` doit avoir sa propre ligne
}
error-record-form = { $path }:{ $line }:{ $column } : écrivez l'enregistrement de synchronisation sur une ligne à part, sous la forme `source_version: VERSION` en début de ligne (sans retrait, `?`, ancre, étiquette, bloc ni valeur à la ligne suivante), puis synchronisez à nouveau
error-record-no-place = { $path }:{ $line }:{ $column } : aucune place sûre pour l'enregistrement de synchronisation dans cet en-tête ; ajoutez la ligne `source_version: 0` avant le `---` de fermeture, puis synchronisez à nouveau
error-changed = { $path } a été modifié pendant la synchronisation ; rien n'a été écrit : synchronisez à nouveau
note-word = note
error-outside-root = { $path } est hors du projet { $root } : charte ne lit et n'écrit qu'à l'intérieur
error-too-large = { $path } dépasse la limite de { $limit } octets (`max-file-size` dans charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: « { $value } » n'est pas un chemin dans le projet : écrivez un chemin relatif sans `..`
error-config-size = { $path }:{ $line }:{ $column }: « { $value } » n'est pas une taille de fichier : écrivez un nombre d'octets, ou par exemple "64 MiB"
error-revision = « { $rev } » n'est pas une révision : une révision ne peut pas commencer par « - »
error-line-url = « { $value } » n'est pas une adresse de ligne : utilisez une adresse http:// ou https:// avec {"{"}path{"}"} et {"{"}line{"}"}
error-git-empty = git n'a rien donné pour { $path } à { $rev } : la vérification de dérive ne peut pas se faire
error-output = impossible d'écrire la sortie : { $error }
stale-lockfile = l'original a changé depuis la dernière synchronisation de cette traduction : mettez cette unité à jour, puis exécutez `charte sync { $lang }`, ou écrivez la ligne `{ $record }` dans { $lockfile }
unsynced-lockfile = la traduction n'a aucun enregistrement de synchronisation : relisez-la, puis exécutez `charte sync { $lang }`, ou ajoutez la ligne `{ $record }` à { $lockfile }
unsynced-snapshot-missing-lockfile = la version { $version } de l'original, avec laquelle cette traduction a été synchronisée, ne se trouve pas dans { $path } : relisez la traduction, puis exécutez `charte sync { $lang }` (ou écrivez la ligne `{ $record }` dans { $lockfile } une fois toute la traduction à jour)
unsynced-snapshot-corrupt-lockfile = l'instantané { $path } ne correspond pas à son empreinte : relisez la traduction, puis exécutez `charte sync { $lang }` (ou écrivez la ligne `{ $record }` dans { $lockfile } une fois toute la traduction à jour)
error-lock-line = { $path }:{ $line }:{ $column } : ce n'est pas un enregistrement de synchronisation : écrivez `CHEMIN VERSION` (une espace entre les deux), ou commencez un commentaire par `#`
error-lock-version = { $path }:{ $line }:{ $column } : ce n'est pas une version de l'original : écrivez ses 16 chiffres hexadécimaux en minuscules
error-lock-escape = { $path }:{ $line }:{ $column } : le chemin n'est pas échappé comme charte l'écrit : écrivez une espace, `#`, `\` et les caractères de contrôle sous la forme `\xHH`, et rien d'autre
error-lock-duplicate = { $path }:{ $line }:{ $column } : cette traduction a déjà un enregistrement sur une ligne précédente : gardez-en un seul

# Conventions du projet (ticket #14)
severity-off = désactivée
ordinal-list = « { $number }. » au début de cet élément en fait une liste numérotée imbriquée dans l'élément, qui reste vide : écrivez « { $number }\. » pour garder le nombre comme texte
line-count = ce bloc a { $found } lignes ; celui de l'original en a { $expected }
rule-line-count = Un bloc (un paragraphe, les lignes d'une citation, un bloc de code) n'a pas le même nombre de lignes que celui de l'original. Désactivée sauf si on l'active.
    .why = Certains projets donnent un rôle à chaque ligne, comme les lignes de description d'une page de commande : une ligne ajoutée ou retirée change ce que dit la page.
error-no-translations = aucune traduction trouvée : les dispositions { $layouts } ne correspondent à aucun fichier ; vérifiez `documents` et `masters` dans charte.toml
end-punctuation = cette unité finit par « { $found } » ; celle de l'original par « { $expected } »
end-punctuation-missing = cette unité finit sans ponctuation ; celle de l'original finit par « { $expected } »
rule-end-punctuation = Une unité finit par une autre ponctuation que son unité de l'original, qui finit par `.`, `?`, `!`, `:` ou `…`. Les signes pleine chasse (`？`), le `¿…?` espagnol, l'espace française avant `?`, `!`, `:` et les guillemets ou l'emphase fermants après le signe comptent comme le même ; `...` vaut `…` ; une unité qui finit par du code, une URL ou un nombre est ignorée.
    .why = Un point perdu signale souvent une phrase coupée, et un deux-points annonce la suite : une traduction qui finit autrement a peut-être perdu sa fin.
sentence-count = cette unité a { $found } phrases ; celle de l'original en a { $expected } : en manque-t-il une partie ?
rule-sentence-count = Une unité de l'original de 3 phrases ou plus en a au moins 2 de moins dans la traduction. Un point après une abréviation (`Dr.`, `z. B.`, `e.g.`), une lettre seule ou un nombre (`3.5`, `3. Oktober`), ou suivi d'un mot en minuscules, ne finit pas de phrase.
    .why = Les traducteurs joignent ou coupent des phrases, une à la fois ; deux phrases de moins sont le signe le moins coûteux d'un oubli.
length-ratio = cette unité fait { $percent } % de la longueur de son original, quand les unités de ce document en font d'ordinaire { $usual } % : en manque-t-il une partie, ou en a-t-on ajouté ?
rule-length-ratio = Une unité (dont l'original a 40 caractères ou plus) est plus de 2,5 fois plus longue ou plus courte, par rapport à son original, que le rapport habituel du document : la médiane sur ses unités de 40 caractères ou plus. Un document de moins de 8 telles unités n'est pas vérifié.
    .why = Chaque langue a sa longueur habituelle ; une unité qui s'en écarte beaucoup a souvent perdu une proposition, ou en contient une deux fois.
repeated-word = « { $word } { $word } » : ce mot est écrit deux fois
rule-repeated-word = Un mot écrit deux fois de suite dans la traduction, sans tenir compte de la casse, là où l'original ne le répète pas. Les paires que la grammaire permet (allemand « die die », « das das », néerlandais « dat dat », français « nous nous », « vous vous », anglais « had had », « that that ») et les nombres sont acceptés.
    .why = Une faute de frappe que le lecteur remarque aussitôt et que les correcteurs orthographiques laissent souvent passer.
