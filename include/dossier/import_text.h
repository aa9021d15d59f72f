/* import_text.h: the importer for plain-text and Markdown archive exports
 * (web exports with "Skip to content" and a rights footer, Markdown-ish
 * exports with **Label:** blocks, bare letters). */
#ifndef DOSSIER_IMPORT_TEXT_H
#define DOSSIER_IMPORT_TEXT_H

#include <stddef.h>

#include "dossier/doc.h"

/* Parses text already normalised by text_normalise() (NFC UTF-8, LF, no
 * controls) into a new document: metadata fields moved out of the body,
 * web boilerplate removed, page-break hyphenation rejoined, blank-line runs
 * collapsed, and every editorial bracket recorded as a note whose span is
 * the bracket in the returned body. Never fails: text of an unknown layout
 * becomes a document whose body is the text. path (may be NULL) is only a
 * hint for the title. The caller frees the result with doc_free(). */
struct doc *import_text_parse(const char *text, size_t len, const char *path);
/* The same, taking text (len + 1 bytes allocated, freed here): a large
 * file is in memory as its text or its body, not as both and a copy. */
struct doc *import_text_parse_take(char *text, size_t len, const char *path);

#endif
