/* export.h: documents handed on to reference managers (CSL-JSON, RIS,
 * BibLaTeX) and to editions of letters (CMIF), written from struct cite
 * (cite.h) one document at a time.
 *
 * What each format gets (a field the document lacks is left out):
 *   csl-json  a JSON array of CSL items. A letter (a document with a
 *             recipient) is "personal_communication", anything else
 *             "manuscript", as Zotero maps its letter and manuscript.
 *             author, recipient, translator, editor (the volume's),
 *             collection-editor (the series'), issued at its precision
 *             (date-parts; "circa" and EDTF in "raw" for an uncertain or
 *             approximate date or a range), genre (the kind), title,
 *             archive, archive_location, archive-place, URL, note,
 *             language; for an edition container-title (the series),
 *             volume, volume-title, number (the document's number in it),
 *             publisher, publisher-place.
 *   ris       TY  - PCOMM for a letter, MANSCPT otherwise (as Zotero
 *             exports them); AU sender, A2 recipient, A3 series editor,
 *             A4 translator, ED editor, TI, DA (YYYY/MM/DD/), PY, M3
 *             kind, DB archive, AN archive location, CY place of
 *             publication, PB, T2 series, T3 volume title, VL, M1 the
 *             document's number in its edition, LA, UR, N1 note, ER.
 *             Lines end CRLF.
 *   bibtex    BibLaTeX: @letter for a letter, whose title is "Sender to
 *             Recipient" (as biblatex-chicago has it; the document's own
 *             title in titleaddon), @misc otherwise with its kind in type.
 *             date in BibLaTeX's EDTF, names as "Family, Given" or braced
 *             whole ({Kim Il Sung}), every value braced so no style
 *             recases it. Keys are "family" + year + "-" + six hex digits
 *             of the document's id: the same on every run.
 *   cmif      a TEI file of the Correspondence Metadata Interchange Format
 *             (CMIF 1.0): one correspDesc per document (@ref its URL, @key
 *             its number in its edition, @source the bibl it comes from),
 *             correspAction "sent" and "received" with persName (@ref the
 *             authority URI; "Unknown" where nobody is known, as CMIF asks),
 *             placeName and date (@when, or @notBefore/@notAfter); one bibl
 *             per edition or archive in the header, its xml:id a UUID
 *             derived from its text (stable across runs). */
#ifndef DOSSIER_EXPORT_H
#define DOSSIER_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "dossier/cite.h"

enum export_format { EXPORT_CSL_JSON, EXPORT_RIS, EXPORT_BIBTEX, EXPORT_CMIF, EXPORT_FORMAT_COUNT };

/* What a CMIF file says about itself (its teiHeader). Every field may be
 * NULL: the title then names dossier, the date is now. */
struct export_opts {
	const char *title;      /* titleStmt/title */
	const char *editor;     /* titleStmt/editor: who answers for the file */
	const char *publisher;  /* publicationStmt/publisher */
	const char *url;        /* publicationStmt/idno type="url": where the file lives */
	const char *date;       /* publicationStmt/date/@when (xsd:dateTime) */
	int cc0;                /* licence CC0 1.0 instead of CC BY 4.0 */
};

struct exporter;

/* "csl-json", "ris", "bibtex", "cmif"; the format for a name or -1. */
const char *export_format_name(enum export_format fmt);
int export_format_from_name(const char *name);

/* Writes to f (which stays the caller's). opts may be NULL. */
struct exporter *export_create(FILE *f, enum export_format fmt, const struct export_opts *opts);
/* Adds a document. Returns 0, or -1 with *cause (the caller frees). */
int export_add(struct exporter *e, const struct cite *c, char **cause);
/* Ends the file and flushes it. Returns 0, or -1 with *cause (a write
 * error). CMIF is written here whole: its header names the editions. */
int export_finish(struct exporter *e, char **cause);
void export_free(struct exporter *e);

/* The whole file for n documents, as a string (the caller frees), or NULL
 * with *cause. */
char *export_string(enum export_format fmt, struct cite *const *v, size_t n, const struct export_opts *opts,
		    char **cause);

/* The stable BibLaTeX key of a document ("kissinger1970-3fa9c2"), as
 * export_add writes it when no other document of the file has it. */
char *export_bibtex_key(const struct cite *c);

#endif
