/* import_omeka.h: Omeka's XML of items (import_omeka.c), a format of the
 * table (importer.h). */
#ifndef DOSSIER_IMPORT_OMEKA_H
#define DOSSIER_IMPORT_OMEKA_H

#include <stddef.h>

#include "dossier/importer.h"

/* Whether the file is Omeka XML: an <item> or an <itemContainer> in its
 * namespace. */
int import_omeka_accepts(const char *path, const char *text, size_t len);
/* Emits each item as a document (key "item:ID"); a damaged file is read as
 * far as it goes, with a warning. -1 with *cause when nothing can be. */
int import_omeka_parse(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warn,
		       void *arg, char **cause);

#endif
