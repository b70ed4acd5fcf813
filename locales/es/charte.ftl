# Mensajes de charte, en español.
# Todos los demás idiomas tienen exactamente los mismos identificadores, atributos y variables que el idioma de origen (inglés).

## Niveles de gravedad y resumen

severity-error = error
severity-warning = advertencia
summary-clean = { $files ->
    [one] { $files } archivo comprobado: no se ha encontrado ningún problema.
   *[other] { $files } archivos comprobados: no se ha encontrado ningún problema.
}
summary-problems = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
} en { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}.
summary-silenced = { $count ->
    [one] { $count } aviso silenciado mediante comentarios charte-ignore.
   *[other] { $count } avisos silenciados mediante comentarios charte-ignore.
}
summary-skipped = { $count ->
    [one] 1 archivo no corresponde a ninguna disposición del proyecto y no se ha comprobado: { $files }
   *[other] { $count } archivos no corresponden a ninguna disposición del proyecto y no se han comprobado: { $files }
}
note-master = original: { $location }
note-unit = unidad: { $label }
note-master-before = original antes: { $text }
note-master-after = original ahora: { $text }
note-fix = corrección disponible: `charte check --fix`
note-fix-unsafe = corrección disponible, por revisar: `charte check --unsafe-fixes`
summary-fixable = { $count ->
    [one] 1 hallazgo se puede corregir con `charte check --fix`.
   *[other] { $count } hallazgos se pueden corregir con `charte check --fix`.
}
summary-fixable-unsafe = { $count ->
    [one] 1 hallazgo se puede corregir con `charte check --unsafe-fixes` (por revisar).
   *[other] { $count } hallazgos se pueden corregir con `charte check --unsafe-fixes` (por revisar).
}
fix-would = { $count ->
    [one] Se corregiría 1 hallazgo
   *[other] Se corregirían { $count } hallazgos
} en { $files ->
    [one] 1 archivo.
   *[other] { $files } archivos.
}
fix-done = { $count ->
    [one] 1 hallazgo corregido
   *[other] { $count } hallazgos corregidos
} en { $files ->
    [one] 1 archivo.
   *[other] { $files } archivos.
}
fix-left = { $count ->
    [one] 1 corrección se solapa con otra: queda para la próxima ejecución.
   *[other] { $count } correcciones se solapan con otras: quedan para la próxima ejecución.
}
fix-not-written = { $path }: no escrito: { $reason }
fix-synced = { $lang }: todas las unidades desfasadas trasladadas; sincronizado con la versión { $version } del original
note-changes = cambios: { $diff }
more-findings = { $count ->
    [one] y { $count } aviso { $rule } más en { $file }
   *[other] y { $count } avisos { $rule } más en { $file }
}
snippet-continues = continúa hasta la línea { $line }
untranslated-units = { $count ->
    [one] { $count } unidad por traducir, idéntica al original: { $units }
   *[other] { $count } unidades por traducir, idénticas al original: { $units }
}
note-to-translate = `charte check --verbose` muestra cada unidad en su lugar
summary-language = { $lang }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
summary-language-details = { $lang }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
} ({ $details })
summary-stale = { $count ->
    [one] { $count } unidad desactualizada
   *[other] { $count } unidades desactualizadas
}
summary-missing = { $count ->
    [one] { $count } unidad añadida al original
   *[other] { $count } unidades añadidas al original
}
summary-to-translate = { $count ->
    [one] { $count } unidad por traducir
   *[other] { $count } unidades por traducir
}
summary-unsynced = { $count ->
    [one] { $count } archivo sin registro de sincronización
   *[other] { $count } archivos sin registro de sincronización
}
summary-missing-documents = { $count ->
    [one] { $count } documento que falta
   *[other] { $count } documentos que faltan
}
summary-next-fix = siguiente paso: corrija los errores indicados arriba y después vuelva a ejecutar `charte check`
summary-next-stale = siguiente paso: `charte diff { $lang }` muestra lo que ha cambiado en el original; traslade los cambios y después ejecute `charte sync { $lang }`
summary-next-unsynced = siguiente paso: revise la traducción y después ejecute `charte sync { $lang }`
summary-next-init = siguiente paso: `charte init { $lang }` crea los documentos que faltan a partir del original
summary-next-translate = siguiente paso: traduzca estas unidades y después vuelva a ejecutar `charte check`

## Unidades

label-key = clave «{ $key }» de la cabecera
label-heading = título de la sección { $section } «{ $title }»
label-paragraph = { $section ->
    [0] párrafo { $index } antes del primer título
   *[other] párrafo { $index } de la sección { $section }
}
label-value = valor { $number }
label-item = elemento { $path }
label-cell = celda de tabla { $path }
label-version = línea de versión
label-unnamed = unidad

## Tipos de bloque

kind = { $kind ->
    [paragraph] { $count ->
        [one] un párrafo
       *[other] { $count } párrafos
    }
    [ordered-list] { $count ->
        [one] una lista numerada
       *[other] { $count } listas numeradas
    }
    [bullet-list] { $count ->
        [one] una lista con viñetas
       *[other] { $count } listas con viñetas
    }
    [quote] { $count ->
        [one] una cita en bloque
       *[other] { $count } citas en bloque
    }
    [code] { $count ->
        [one] un bloque de código
       *[other] { $count } bloques de código
    }
    [table] { $count ->
        [one] una tabla
       *[other] { $count } tablas
    }
    [html] { $count ->
        [one] un bloque HTML
       *[other] { $count } bloques HTML
    }
   *[rule] { $count ->
        [one] una línea horizontal
       *[other] { $count } líneas horizontales
    }
}

## Diagnósticos

front-matter-missing = la traducción no tiene cabecera; el original empieza con una
front-matter-unterminated = la cabecera no está cerrada: añada una línea `---` después de ella
front-matter-invalid = la cabecera no es YAML válido: { $error }
front-matter-no-colon = esta línea de la cabecera no es un par `clave: valor`: escriba la clave, dos puntos y un espacio, y después el valor
front-matter-tab = esta línea de la cabecera está sangrada con un tabulador: YAML solo admite espacios
front-matter-not-mapping = la cabecera debe asociar claves a valores, no ser un valor de tipo { $kind }
front-matter-missing-key = a la cabecera le falta la clave «{ $key }» del original
front-matter-empty-key = la clave «{ $key }» de la cabecera está vacía
front-matter-type = la clave «{ $key }» de la cabecera es de tipo { $found }, mientras que en el original es de tipo { $expected }
front-matter-slug = «{ $value }» no es un slug de URL: use letras minúsculas, dígitos y guiones
heading-missing = falta aquí el título de nivel { $level } «{ $title }» del original
heading-extra = este título de nivel { $level } no está en el original
heading-unspaced = `{ $marks }` necesita un espacio detrás para ser un título: escriba `{ $marks } ` y después el título
heading-level = este título es de nivel { $level }; el del original es de nivel { $expected }
block-missing = el original contiene aquí { $expected } que la traducción no tiene
block-extra = { $found } que el original no tiene
block-kind = el original contiene aquí { $expected }; la traducción contiene { $found }
block-merged = { $expected } del original (líneas { $first } y { $second }) parecen fusionados aquí: sepárelos con una línea en blanco
block-split = { $expected } del original parece dividido en dos aquí (su segunda parte está en la línea { $line }): quite la línea en blanco entre ellas
table-cells = esta tabla tiene { $found } celdas; la del original tiene { $expected }
value-missing = falta el valor { $number } del original: la lista tiene { $count } valores y la del original, { $expected }
value-missing-run = faltan aquí los valores { $numbers } del original: la lista tiene { $count } valores y la del original, { $expected }; una línea vacía o una marca dentro de un valor termina la lista
value-merged = los valores { $number } y { $next } del original parecen fusionados en este valor: empiece el valor { $next } en una línea propia
value-cut = este texto queda fuera de la lista: una línea en blanco corta el valor { $number } (línea { $line }) en dos; quite la línea en blanco o sangre este texto bajo el valor
value-cut-values = este texto queda fuera de la lista: una línea en blanco corta el valor { $number } (línea { $line }) en dos, y los valores siguientes se han vuelto líneas de este texto; quite la línea en blanco o sangre este texto bajo el valor
swapped-values = los textos de los valores { $number } y { $other } (línea { $line }) parecen intercambiados: cada uno se parece al otro valor del original (énfasis, enlaces, código, números y longitud)
value-extra = el valor { $number } no está en el original: la lista tiene { $count } valores y la del original, { $expected }
item-missing = falta un elemento del original: la lista tiene { $count } elementos y la del original, { $expected }
item-missing-run = faltan aquí elementos del original: la lista tiene { $count } elementos y la del original, { $expected }; una línea vacía o una marca dentro de un elemento termina la lista
item-extra = este elemento no está en el original: la lista tiene { $count } elementos y la del original, { $expected }
value-numbering = este valor lleva el número { $found }; en el original lleva el número { $expected }
value-numbering-start = la lista empieza en { $found }; la del original empieza en { $expected }
value-numbering-duplicate = el número { $found } se usa dos veces
value-numbering-order = el valor { $found } va después del valor { $previous }
strong-count = { $found ->
    [one] { $found } fragmento en negrita
   *[other] { $found } fragmentos en negrita
}, mientras que el original tiene { $expected }
emphasis-count = { $found ->
    [one] { $found } fragmento en cursiva
   *[other] { $found } fragmentos en cursiva
}, mientras que el original tiene { $expected }
unclosed-emphasis = `{ $delimiter }` no se cierra: el formato queda como texto literal
link-missing = falta el enlace del original a { $url }
link-extra = este enlace a { $url } no está en el original
code-missing = falta el código en línea `{ $code }` del original
code-extra = el código en línea `{ $code }` no está en el original
empty-unit = esta unidad está vacía; la del original tiene texto
empty-file = el archivo está vacío; el original tiene texto
invalid-input-utf8 = el archivo no es UTF-8 válido (primer byte no válido en la posición { $offset })
invalid-input-binary = el archivo es binario, no de texto
invalid-input-unreadable = no se puede leer el archivo: { $error }
number-missing = «{ $number }», presente en el original, no aparece en la traducción
number-missing-forms = «{ $number }», presente en el original, no aparece en la traducción en ninguna de las formas de su idioma: { $forms }
untranslated = esta unidad es idéntica al original: ¿está traducida?
glossary-rendering = «{ $term }», presente en el original, no está traducido como indica el glosario: «{ $expected }»
glossary-kept = «{ $term }» se escribe igual en todos los idiomas (glosario), y la traducción no lo contiene
stale = el original ha cambiado desde la última sincronización de esta traducción: actualice esta unidad y después ejecute `charte sync { $lang }`, o escriba `{ $record }` en la cabecera
stale-added = el original ha añadido esta unidad desde la última sincronización de esta traducción: tradúzcala después de esta línea y después ejecute `charte sync { $lang }`
stale-removed = el original ha eliminado esta unidad desde la última sincronización de esta traducción: bórrela y después ejecute `charte sync { $lang }`
stale-renumbered = el original numera ahora este valor { $number } (era { $old }), su texto no ha cambiado: renumérelo y después ejecute `charte sync { $lang }`
stale-moved = el original ha movido esta unidad (era { $was }), su texto no ha cambiado: muévala y después ejecute `charte sync { $lang }`
unsynced = la traducción no tiene registro de sincronización: revísela y después ejecute `charte sync { $lang }`, o añada `{ $record }` a la cabecera
unsynced-snapshot-missing = la versión { $version } del original con la que se sincronizó esta traducción no está en { $path }: revise la traducción y después ejecute `charte sync { $lang }` (o escriba `{ $record }` en la cabecera cuando toda la traducción siga al original)
unsynced-snapshot-corrupt = la instantánea { $path } no coincide con su hash: revise la traducción y después ejecute `charte sync { $lang }` (o escriba `{ $record }` en la cabecera cuando toda la traducción siga al original)
missing-translation = { $path } no tiene traducción al idioma { $lang }
orphan-translation = traducción ({ $lang }) cuyo original { $master } no existe: bórrela o muévala adonde esté ahora el original
language-tag = el nombre de archivo «{ $name }» no es una etiqueta de idioma canónica
language-tag-suggest = el nombre de archivo «{ $name }» no es una etiqueta de idioma canónica: ¿quiso decir «{ $canonical }»?
ftl-missing = falta el mensaje «{ $id }» del idioma de origen
ftl-obsolete = el mensaje «{ $id }» no existe en el idioma de origen
ftl-variables = el mensaje «{ $id }» usa { $found }, mientras que el idioma de origen usa { $expected }
ftl-syntax = error de sintaxis de Fluent: { $error }
invalid-input-outside = { $path } lleva fuera del proyecto: no se ha leído
invalid-input-not-regular = { $path } no es un archivo normal (un directorio, una tubería o un dispositivo): no se ha leído
invalid-input-too-large = el archivo supera el límite de { $limit } bytes (`max-file-size` en charte.toml): no se ha leído
unsynced-snapshot-refused = la instantánea { $path } no es un archivo normal dentro del proyecto, o es demasiado grande: no se ha leído; ejecute `charte sync { $lang }` cuando esté reparada

## Reglas

rules-header = Reglas ({ $count }):
rules-default = por defecto: { $severity }
rules-what = Qué se comprueba
rules-why = Por qué
rules-example = Ejemplo
rules-master = Original:
rules-fail = Incorrecto:
rules-pass = Correcto:
rules-config = Configuración (`charte.toml`):
rules-fix = corrección: { $fix }
fix-safe = segura
fix-unsafe = no segura
fix-none = ninguna

rule-front-matter = La cabecera falta, no está cerrada o no es válida, le falta una clave del original, tiene una clave vacía o de otro tipo, o su slug no es un slug de URL.
    .why = Los sitios construyen títulos, descripciones y direcciones a partir de la cabecera: una clave ausente o defectuosa estropea la página.
rule-heading-structure = Hay títulos que faltan, que sobran, que están fuera de orden o que tienen un nivel distinto del original.
    .why = Las secciones y sus anclas deben coincidir entre idiomas; de lo contrario, los enlaces y la navegación dejan de funcionar.
rule-block-structure = Los bloques de una sección difieren en tipo o en número: una lista se ha convertido en párrafos, o un párrafo se ha dividido o fusionado.
    .why = Cada bloque del original es una unidad de sentido; la traducción debe mantenerlos separados y en el mismo orden.
rule-value-count = Una lista numerada tiene más o menos elementos que la del original.
    .why = Los valores están numerados y se citan por su número: si falta o sobra uno, se desplazan todas las referencias.
rule-value-numbering = Los números escritos de los elementos difieren de los del original: un número omitido, duplicado o intercambiado, u otro número inicial.
    .why = Los lectores citan «el valor 3» en todos los idiomas; debe ser el mismo valor.
rule-swapped-values = Dos valores cuyos textos parecen intercambiados, con los números intactos: cada uno encaja claramente mejor con el otro valor del original (énfasis, enlaces, código, números, longitud).
    .why = «El valor 3» debe decir lo que dice el valor 3 en todos los idiomas; un intercambio pasa todos los recuentos.
rule-strong-count = Una unidad tiene un número de fragmentos en negrita (strong) distinto del de su unidad del original.
    .why = La negrita marca lo que el original destaca; una traducción debe destacar lo mismo.
rule-emphasis-count = Una unidad tiene un número de fragmentos en cursiva (emphasis) distinto del de su unidad del original.
    .why = La cursiva aporta significado (un título, la línea de versión); perderla cambia el texto.
rule-unclosed-emphasis = Delimitadores de énfasis (`**`, `__`, `*`, `_`) que quedan como texto literal porque no se cierran.
    .why = Un `**` sin cerrar aparece como asteriscos en la página y delata un fragmento en negrita roto.
rule-link-mismatch = Los enlaces difieren en número o en destino de los de la unidad del original.
    .why = Un enlace eliminado o modificado lleva a los lectores a otro sitio o a ninguna parte.
rule-code-mismatch = El código en línea difiere del de la unidad del original.
    .why = El código, los comandos y los nombres entre comillas invertidas no se traducen.
rule-empty-unit = Una unidad traducida no tiene texto.
    .why = Un valor o un párrafo vacío deja un hueco en la página publicada.
rule-invalid-input = El archivo no se puede leer como texto UTF-8: no es UTF-8, no se puede leer o es binario.
    .why = En un archivo que no se puede leer no se puede comprobar nada más.
rule-stale = La unidad del original ha cambiado desde la última sincronización de la traducción.
    .why = La traducción dice lo que el original decía antes; hay que trasladar el cambio.
rule-unsynced = La traducción no tiene registro de sincronización, o su registro apunta a una versión del original que no se encuentra.
    .why = Sin él, nadie puede saber qué cambios del original le faltan a la traducción.
rule-number-mismatch = Falta en la unidad traducida un número o una fecha de la unidad del original.
    .why = Los números y las fechas son hechos: deben sobrevivir a la traducción.
rule-untranslated = Una unidad es idéntica a su unidad del original (no se señalan un slug ni las unidades formadas solo por números, URL, código o términos del glosario que se mantienen tal cual).
    .why = Un texto que sigue en el idioma del original suele ser un olvido.
rule-glossary = A un término del glosario presente en la unidad del original le falta su traducción aprobada en la unidad traducida, o se ha alterado un término que se mantiene igual en todos los idiomas (`[glossary]` de `charte.toml`).
    .why = Los términos clave solo se leen igual de una página a otra si cada traductor escribe la traducción aprobada; un nombre como el de la asociación nunca se traduce.
rule-missing-translation = Un documento del original no tiene traducción en uno de los idiomas del proyecto.
    .why = Una página que solo existe en un idioma es un hueco en el sitio.
rule-orphan-translation = Una traducción cuyo documento original no existe.
    .why = Cuando el original borra o renombra una página, sus traducciones se quedan sin comprobar y se siguen publicando.
rule-language-tag = Un nombre de archivo no es una etiqueta de idioma canónica.
    .why = Las etiquetas se comparan de forma exacta: `EN.md` o `pt_BR.md` no se reconocerían, y adivinar llevaría a comprobar el archivo equivocado.
rule-ftl-missing = Falta en la traducción un mensaje o un atributo del idioma de origen de Fluent.
    .why = El programa recurre al idioma de origen para ese texto.
rule-ftl-obsolete = Un mensaje solo existe en el archivo Fluent traducido.
    .why = Los mensajes obsoletos dan trabajo inútil a los traductores y ocultan los que se han renombrado.
rule-ftl-variables = Un mensaje de Fluent usa variables o referencias a mensajes distintas de las del idioma de origen.
    .why = Una variable que falta hace perder información; una desconocida se muestra como un error.
rule-ftl-syntax = Sintaxis de Fluent que el analizador no ha podido leer.
    .why = El mensaje erróneo se descarta en tiempo de ejecución.

## Estado y diferencias

status-title = Estado de las traducciones
status-documents = { $count } documentos originales
status-generated = Generado el { $time }
status-master = Original: { $path } (versión { $version })
status-language = Idioma
status-file = Archivo
status-structure = Estructura
status-up-to-date = Actualizadas
status-stale = Desactualizadas
status-untranslated = Sin traducir
status-progress = Progreso
status-version = Sincronizado con
status-ok = ✓ OK
status-broken = ✗ { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}
status-never = nunca
status-stale-units = Unidades desactualizadas
status-no-stale = Ninguna unidad desactualizada.
status-added = Añadidas
status-removed = Eliminadas
status-moved = Movidas
status-synced-documents = { $synced }/{ $count } sincronizados
status-unit-stale = desactualizada: { $label } ({ $id }) cambió en el original; actualícela
status-unit-added = añadida al original: { $label } ({ $id }); tradúzcala después de esta línea
status-unit-removed = eliminada del original: { $label } ({ $id }); borre esta unidad
status-unit-moved = renumerada o movida en el original: { $label } ({ $id }); su texto no ha cambiado
status-unit-untranslated = sin traducir: { $label } ({ $id })
status-errors = Errores y advertencias
status-added-units = Añadidas al original: por traducir
status-removed-units = Eliminadas del original: por borrar
status-moved-units = Renumeradas o movidas en el original
status-untranslated-units = Unidades sin traducir
status-filter-state = Estado
status-filter-all = Todas
status-state-errors = Errores
diff-none = Nada ha cambiado en el original desde que se sincronizó { $lang }.
diff-unit = { $label } ({ $id })
diff-added = { $label } ({ $id }): añadida
diff-removed = { $label } ({ $id }): eliminada
diff-renumbered = { $label } ({ $id }): renumerada, era { $old }, texto sin cambios
diff-moved = { $label } ({ $id }): movida, era { $old }, texto sin cambios


## Esquema (charte parse)

outline-front-matter = cabecera (línea { $line })
outline-preamble = antes del primer título
outline-line = línea { $line }
outline-list = { $ordered ->
    [yes] lista numerada
   *[no] lista con viñetas
}, { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
} (línea { $line })
outline-quote = cita (línea { $line })
outline-strong = negrita { $count }
outline-emphasis = cursiva { $count }
outline-links = enlaces { $count }
outline-code = código { $count }
outline-problem = { $rule } en la línea { $line }: { $message }

## Sincronización e inicialización

sync-done = { $lang }: se ha sincronizado con la versión { $version } del original
sync-refused = { $lang } tiene { $errors ->
    [one] { $errors } error estructural
   *[other] { $errors } errores estructurales
}: corrija la estructura o use --force
sync-rubber-stamp = { $lang }: se ha marcado como al día sin ningún cambio en la traducción: { $units }
sync-unchanged = { $lang }: no sincronizado: el original cambió estas unidades y su traducción no ha cambiado desde la última sincronización: { $units }; traslade el cambio, o ejecute sync con --accept-unchanged si no requiere ningún cambio en este idioma
sync-nothing-written = No se ha escrito nada.
sync-untracked = Archivos creados que git aún no sigue; inclúyalos en el commit con la traducción: git add { $files }
init-done = se ha creado { $path } a partir del original; `charte check` muestra las unidades que hay que traducir
init-exists = { $path } ya existe; no se ha sobrescrito

## Errores de ejecución

error-prefix = error
error-master-missing = no se puede leer el original { $path }: { $error }
error-read = no se puede leer { $path }: { $error }
error-write = no se puede escribir { $path }: { $error }
error-not-a-file = { $path } no es un archivo
error-unknown-rule = regla desconocida «{ $name }»; `charte rules` muestra la lista
error-unknown-language = no hay ninguna traducción «{ $lang }» en este proyecto
error-invalid-language = «{ $lang }» no es una etiqueta de idioma
error-no-languages = indique un idioma o use --all
error-config = { $path }:{ $line }:{ $column }: { $error }
error-git = git ha fallado: { $error }
error-symlink = { $path } es un enlace simbólico; charte no escribe a través de enlaces
error-no-master = no se encontró ningún documento original: las disposiciones { $layouts } lo esperan en { $expected }; revise `master` y `documents` en charte.toml
error-empty-language = el idioma { $lang } no tiene ningún archivo: se esperaba en { $expected }; revise `languages` y `documents` en charte.toml
error-master-language = { $lang } es el idioma del original: indique el idioma de una traducción
error-not-canonical = «{ $lang }» no está escrito como etiqueta de idioma canónica: use «{ $canonical }»
error-unknown-unit = el original no tiene la unidad «{ $unit }»; sus unidades: { $units }
error-record-unterminated = { $path }:{ $line }:{ $column }: al encabezado le falta el `---` de cierre; ciérrelo y vuelva a sincronizar
error-record-invalid = { $path }:{ $line }:{ $column }: el encabezado no es YAML válido ({ $error }); corríjalo y vuelva a sincronizar
error-record-not-mapping = { $path }:{ $line }:{ $column }: { $kind ->
    [flow] el encabezado es un mapa en línea `{"{"} … {"}"}` sin un registro de sincronización que charte pueda reemplazar: escriba `source_version: 0` en el mapa (un valor simple o entre comillas, sin alias ni secuencias de escape) y vuelva a sincronizar
    [sequence] el encabezado es una lista, no líneas `clave: valor`; el registro de sincronización `source_version: VERSION` necesita su propia línea
   *[other] el encabezado es un valor suelto, no líneas `clave: valor`; el registro de sincronización `source_version: VERSION` necesita su propia línea
}
error-record-form = { $path }:{ $line }:{ $column }: escriba el registro de sincronización en una línea propia, como `source_version: VERSION` al comienzo de la línea (sin sangría, `?`, ancla, etiqueta, bloque ni valor en la línea siguiente) y vuelva a sincronizar
error-record-no-place = { $path }:{ $line }:{ $column }: no hay un lugar seguro para el registro de sincronización en este encabezado; añada la línea `source_version: 0` antes del `---` de cierre y vuelva a sincronizar
error-changed = { $path } cambió durante la sincronización; no se escribió nada: vuelva a sincronizar
note-word = nota
error-outside-root = { $path } está fuera del proyecto { $root }: charte solo lee y escribe dentro de él
error-too-large = { $path } supera el límite de { $limit } bytes (`max-file-size` en charte.toml)
error-config-path = { $path }:{ $line }:{ $column }: «{ $value }» no es una ruta dentro del proyecto: escriba una ruta relativa sin `..`
error-config-size = { $path }:{ $line }:{ $column }: «{ $value }» no es un tamaño de archivo: escriba un número de bytes o, por ejemplo, "64 MiB"
error-revision = «{ $rev }» no es una revisión: una revisión no puede empezar por «-»
error-line-url = «{ $value }» no es una dirección de línea: use una dirección http:// o https:// con {"{"}path{"}"} y {"{"}line{"}"}
error-git-empty = git no ha dado nada para { $path } en { $rev }: la comprobación de cambios no puede hacerse
error-output = no se puede escribir la salida: { $error }
stale-lockfile = el original ha cambiado desde la última sincronización de esta traducción: actualice esta unidad y después ejecute `charte sync { $lang }`, o escriba la línea `{ $record }` en { $lockfile }
unsynced-lockfile = la traducción no tiene registro de sincronización: revísela y después ejecute `charte sync { $lang }`, o añada la línea `{ $record }` a { $lockfile }
unsynced-snapshot-missing-lockfile = la versión { $version } del original con la que se sincronizó esta traducción no está en { $path }: revise la traducción y después ejecute `charte sync { $lang }` (o escriba la línea `{ $record }` en { $lockfile } cuando toda la traducción siga al original)
unsynced-snapshot-corrupt-lockfile = la instantánea { $path } no coincide con su hash: revise la traducción y después ejecute `charte sync { $lang }` (o escriba la línea `{ $record }` en { $lockfile } cuando toda la traducción siga al original)
error-lock-line = { $path }:{ $line }:{ $column }: no es un registro de sincronización: escriba `RUTA VERSIÓN` (con un espacio entre ambas), o empiece un comentario con `#`
error-lock-version = { $path }:{ $line }:{ $column }: no es una versión del original: escriba sus 16 dígitos hexadecimales en minúsculas
error-lock-escape = { $path }:{ $line }:{ $column }: la ruta no está escapada como la escribe charte: escriba los espacios, `#`, `\` y los caracteres de control como `\xHH`, y nada más
error-lock-duplicate = { $path }:{ $line }:{ $column }: esta traducción ya tiene un registro en una línea anterior: conserve solo uno

# Convenciones del proyecto (issue #14)
severity-off = desactivada
ordinal-list = «{ $number }.» al principio de este elemento lo convierte en una lista numerada anidada en el elemento, que queda vacío: escribe «{ $number }\.» para mantener el número como texto
line-count = este bloque tiene { $found } líneas; el del original tiene { $expected }
rule-line-count = Un bloque (un párrafo, las líneas de una cita, un bloque de código) tiene otro número de líneas que el del original. Desactivada salvo que se active.
    .why = Algunos proyectos dan un papel a cada línea, como las líneas de descripción de una página de comando: una línea añadida o quitada cambia lo que dice la página.
error-no-translations = no se encontró ninguna traducción: las disposiciones { $layouts } no corresponden a ningún archivo; revise `documents` y `masters` en charte.toml
end-punctuation = esta unidad termina con «{ $found }»; la del original, con «{ $expected }»
end-punctuation-missing = esta unidad termina sin puntuación; la del original termina con «{ $expected }»
rule-end-punctuation = Una unidad termina con otra puntuación que su unidad del original, que termina con `.`, `?`, `!`, `:` o `…`. Los signos de ancho completo (`？`), el `¿…?` español, el espacio francés antes de `?`, `!`, `:` y las comillas o el énfasis de cierre tras el signo cuentan como lo mismo; `...` es `…`; una unidad que termina con código, una URL o un número se omite.
    .why = Un punto perdido suele señalar una frase cortada, y los dos puntos anuncian lo que sigue: una traducción que termina de otro modo quizá haya perdido su final.
sentence-count = esta unidad tiene { $found } frases; la del original tiene { $expected }: ¿falta una parte?
rule-sentence-count = Una unidad del original de 3 frases o más tiene al menos 2 menos en la traducción. Un punto tras una abreviatura (`Dr.`, `z. B.`, `e.g.`), una letra sola o un número (`3.5`, `3. Oktober`), o seguido de una palabra en minúscula, no termina una frase.
    .why = Los traductores unen o parten frases, de una en una; dos frases menos son la señal más barata de una omisión.
length-ratio = esta unidad mide el { $percent } % de su original, cuando las unidades de este documento suelen medir el { $usual } %: ¿falta una parte, o se ha añadido algo?
rule-length-ratio = Una unidad (cuyo original tiene 40 caracteres o más) es más de 2,5 veces más larga o más corta, respecto a su original, que la proporción habitual del documento: la mediana de sus unidades de 40 caracteres o más. Un documento con menos de 8 de esas unidades no se comprueba.
    .why = Cada idioma tiene su longitud habitual; una unidad muy alejada de ella a menudo ha perdido una oración, o contiene una dos veces.
repeated-word = «{ $word } { $word }»: esta palabra está escrita dos veces
rule-repeated-word = Una palabra escrita dos veces seguidas en la traducción, sin distinguir mayúsculas, donde el original no la repite. Se aceptan los pares que la gramática permite (alemán «die die», «das das», neerlandés «dat dat», francés «nous nous», «vous vous», inglés «had had», «that that») y los números.
    .why = Un error de tecleo que el lector ve enseguida y que los correctores ortográficos suelen pasar por alto.
