# La línea de órdenes de charte, en español: ayudas, títulos y errores de argumentos.

## Títulos y opciones incorporadas

cli-usage = Uso:
cli-commands = Órdenes
cli-arguments = Argumentos
cli-options = Opciones
cli-help = Muestra la ayuda
cli-version = Muestra la versión
cli-default = por defecto: { $value }
cli-more = Para más información, pruebe «{ $help }».

## El programa y sus opciones

cli-about = Mantiene las traducciones de un documento Markdown fieles al original.
cli-arg-lang = Idioma de los mensajes (si no, CHARTE_LANG, LC_ALL, LC_MESSAGES, LANG).
cli-arg-config = El archivo de configuración (por defecto: charte.toml aquí o en un directorio superior).
cli-arg-color = Cuándo colorear la salida; NO_COLOR siempre desactiva el color.

## Órdenes

cli-check = Comprueba las traducciones frente al original: estructura, numeración, énfasis, desfase.
cli-check-files = Archivos de traducción que comprobar (por defecto: todas las traducciones del proyecto).
cli-check-source = El documento original.
cli-check-format = Formato de salida.
cli-check-deny = Convierte una regla en error («warnings»: todas las advertencias).
cli-check-warn = Convierte una regla en advertencia.
cli-check-allow = Desactiva una regla.
cli-check-base = Señala las unidades que los cambios del original desde esta revisión de git dejan desfasadas.
cli-check-verbose = Muestra cada hallazgo completo: el texto del original antes y después del cambio para una unidad desfasada, y cada unidad por traducir por separado.
cli-check-fix = Aplica las correcciones seguras y luego señala lo que queda.
cli-check-unsafe-fixes = Aplica también las correcciones no seguras (implica --fix).
cli-check-diff = Muestra las correcciones como diff unificado sin escribirlas; sale con 1 si hay alguna.
cli-parse = Muestra la estructura de un documento.
cli-parse-file = El documento (por defecto: el original).
cli-parse-format = Formato de salida.
cli-rules = Enumera las reglas o documenta una.
cli-rules-name = Un nombre de regla.
cli-sync = Registra que las traducciones siguen al original actual.
cli-sync-languages = Idiomas que sincronizar.
cli-sync-all = Sincroniza todas las traducciones.
cli-sync-force = Sincroniza incluso una traducción con errores de estructura.
cli-sync-accept-unchanged = Marca como al día unidades desfasadas cuya traducción no ha cambiado desde la última sincronización (un cambio del original que no requiere nada en este idioma).
cli-init = Crea una traducción a partir del original y la sincroniza.
cli-init-language = El nuevo idioma.
cli-status = Muestra, por idioma, qué parte de la traducción está al día.
cli-status-format = Formato de salida.
cli-status-line-url = La dirección de una línea, con {"{"}path{"}"} y {"{"}line{"}"} (en lugar de `[status] line-url`): los informes HTML y Markdown enlazan allí cada problema.
cli-diff = Muestra lo que cambió en el original desde la última sincronización de un idioma.
cli-diff-language = El idioma de la traducción (una etiqueta como de o pt-BR; --lang elige el idioma de los mensajes).
cli-diff-unit = Solo esta unidad.
cli-completions = Muestra los completados para un shell.
cli-completions-shell = El shell.
cli-man = Muestra la página de manual (roff).
cli-help-command = Muestra este mensaje o la ayuda de la orden indicada.
cli-help-command-subcommand = La orden que explicar.

## Errores de argumentos

cli-error-unknown-argument = argumento inesperado «{ $arg }»
cli-error-unknown-command = orden desconocida «{ $arg }»
cli-error-invalid-value = valor «{ $value }» no válido para { $arg }
cli-error-missing = falta un argumento obligatorio: { $args }
cli-error-conflict = { $arg } no se puede usar con { $other }
cli-error-missing-value = { $arg } necesita un valor
cli-error-other = argumentos no válidos: { $error }
cli-tip-similar = consejo: existe uno parecido: «{ $suggestion }»
cli-tip-possible = valores posibles: { $values }
cli-tip-lang-option = consejo: --lang elige el idioma de los mensajes; indique el idioma de la traducción sin esa opción: «{ $example }»
