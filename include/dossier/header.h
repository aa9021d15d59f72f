/* header.h: the header reader of the text importer. It reads a page as
 * a careful archivist would, by evidence rather than by layout: every line
 * gets a role (furniture, label, date, citation, title, heading, memorandum
 * header, salutation, signature...), readers propose each field from the
 * lines they know with a source and a weight, and each field takes the
 * best-supported value. What was read from the archive's apparatus leaves
 * the body; the document's own header lines stay in it. */
#ifndef DOSSIER_HEADER_H
#define DOSSIER_HEADER_H

#include "dossier/doc.h"
#include "dossier/lines.h"

/* Reads the header of the page in L into d: title, date, kind, number,
 * parties with their offices, summary, source, language, translator,
 * record id, URL and place, each with its source (doc_source_of). Lines
 * of apparatus are dropped from L (which may be rebuilt: a page that ran
 * its labels into one line is split first). *markdown is set for a
 * Markdown export, whose escapes the body undoes. */
void header_read(struct doc *d, struct lines *L, int *markdown);

/* After the body is built: a title made from the kind and parties, or the
 * first sentence, when the page gave none. */
void header_finish(struct doc *d, const char *path);

#endif
