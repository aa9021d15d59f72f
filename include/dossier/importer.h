/* importer.h: the one interface between the import driver (import.h) and
 * the formats, in the spirit of ncdu's dir_output: the driver walks,
 * validates, normalises and stores, and knows no format; a format turns
 * normalised text into documents, and knows no driver and no library.
 * Each format is one struct importer, defined by its module and listed
 * once in the table of importer.c: a new format is a module and a line
 * there. */
#ifndef DOSSIER_IMPORTER_H
#define DOSSIER_IMPORTER_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/doc.h"

struct edition;

/* A format hands each document it parses to this, with a key that tells
 * documents of one file apart (NULL for a one-document file) and a hash
 * of the document's source text. Returns 0, or -1 with *cause. */
typedef int (*import_emit_fn)(const struct doc *d, const char *key, uint64_t hash, void *arg,
			      char **cause);
/* A problem a format met that did not stop the file (something skipped),
 * told to the user with the file's name. */
typedef void (*import_warn_fn)(const char *message, void *arg);

struct importer {
	const char *name;       /* "text", "tei": each document's stored format */
	/* 1 if this format reads the file (by its name and first bytes). */
	int (*accepts)(const char *path, const char *text, size_t len);
	/* A format of one document a file sets this: the document (the
	 * caller frees it), or NULL with *cause. The driver calls it ahead,
	 * on the thread that prepares the next files, and hashes the text. */
	struct doc *(*parse_one)(const char *path, const char *text, size_t len, char **cause);
	/* Optional, for a format of one document a file: as parse_one, but
	 * taking the text (len + 1 bytes, NUL-terminated; the format frees
	 * it as soon as it can), so a large file is not held twice. */
	struct doc *(*parse_one_take)(const char *path, char *text, size_t len, char **cause);
	/* A format of many documents a file sets this instead: each document
	 * is emitted as it is read, so memory stays one document's. */
	int (*parse)(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warn,
		     void *arg, char **cause);
	/* Optional: the file's lists of persons and terms (an edition's),
	 * kept with the volume its documents named. */
	int (*glossary)(const char *text, size_t len, struct doc_gloss **out, size_t *n, char **cause);
	void (*glossary_free)(struct doc_gloss *g, size_t n);
	/* Optional: the file's edition (series, volume, editors, imprint:
	 * edition.h), kept with the volume its documents named. 0 with *out
	 * (NULL when the file says nothing of it), or -1 with *cause. */
	int (*edition)(const char *text, size_t len, struct edition **out, char **cause);
};

/* The formats, each defined by its module. */
extern const struct importer importer_cmif;     /* import_cmif.c */
extern const struct importer importer_tei;      /* import_tei.c */
extern const struct importer importer_omeka;    /* import_omeka.c */
extern const struct importer importer_xml_unknown; /* import_xml.c: refuses XML no format reads */
extern const struct importer importer_text;     /* import_text_format.c */

/* The format of a file: the first in the table whose accepts() says yes;
 * text, last, takes anything. */
const struct importer *importer_find(const char *path, const char *text, size_t len);

#endif
