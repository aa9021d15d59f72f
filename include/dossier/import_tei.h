/* import_tei.h: the importer for TEI XML editions, chiefly the volumes of
 * Foreign Relations of the United States (FRUS). A volume is read in one
 * streaming pass (libxml2's xmlTextReader); each <div type="document"> is
 * expanded on its own, turned into a struct doc and emitted with its
 * xml:id as key, so memory stays bounded by the largest document.
 *
 * What a document becomes (see import_tei.c for the details):
 *   title       the head's text (footnotes in the head are not title text)
 *   from, to    persName/gloss/orgName with @type="from"/"to" in the head,
 *               else the head's pattern "Mr. A to Mr. B" / "From A to B";
 *               persName/@corresp resolved through the list of persons
 *   date        dateline date/@when (or @notBefore/@notAfter) at its
 *               precision; date_text the date as printed; place the
 *               dateline's placeName (or its text before the date)
 *   source      note type="source" beside or in the head (or a head
 *               footnote "Source: ..."); kind from a bracketed source
 *               ("[Telegram.]") or the head's first kind word ("Telegram
 *               From ...", "Memorandum ..."), else "letter" when it has
 *               parties; number from "No. 123" in the head or source
 *   body        readable text: paragraphs apart by a blank line, opener,
 *               closer, signed, dateline, postscript on their own lines,
 *               lists as "  • item" or "  1. item", tables as rows of
 *               cells joined by " | ", no markup characters
 *   notes       each footnote leaves a marker "[n]" in the body; the note
 *               (NOTE_FOOTNOTE) spans the marker. A <gap/> is "[...]" with
 *               a NOTE_ELISION
 *   refs        ref/@target over the ref's text; refs inside a footnote
 *               span the footnote's marker. Targets are normalised so they
 *               are unique across volumes: "#d15" -> "VOLUME#d15",
 *               "#pg_5" -> "VOLUME#pg_5", "frus1889#pg_469" unchanged,
 *               https://history.state.gov/historicaldocuments/VOL/ID ->
 *               "VOL#ID"
 *   pages       every pb inside the document, plus the page in force when
 *               the document begins (at offset 0)
 *
 * External entities, external DTDs and XInclude are never loaded
 * (XML_PARSE_NONET; no NOENT, DTDLOAD, DTDATTR, XINCLUDE). An internal
 * entity (declared in the file's own DTD subset) is written out, up to
 * 1 MiB per document; any other entity reference stays the text "&name;".
 * libxml2 refuses exponential entities (billion laughs) as malformed. */
#ifndef DOSSIER_IMPORT_TEI_H
#define DOSSIER_IMPORT_TEI_H

#include <stddef.h>

#include "dossier/doc.h"
#include "dossier/edition.h"
#include "dossier/importer.h"

/* Its entry in the table of formats is importer_tei (importer.h). */

/* 1 if the text is a TEI document: after an optional XML declaration,
 * comments, processing instructions and DOCTYPE, the root element is TEI
 * (or teiCorpus); or the path ends in ".xml" and the text has a <TEI
 * element. */
int import_tei_accepts(const char *path, const char *text, size_t len);

/* Parses normalised text (UTF-8, NFC, LF), emitting one document per
 * <div type="document"> with its xml:id as key (or, for a TEI file without
 * such divisions, one document for each <text>). Returns 0, or -1 with
 * *cause ("line L, column C: message" for malformed XML; the caller frees
 * it). path may be NULL; it names the volume when the file does not. */
int import_tei_parse(const char *path, const char *text, size_t len, import_emit_fn emit, void *arg,
		     char **cause);

/* The entries of the file's lists of persons (list type="persons" or
 * "names", or any list in div xml:id="persons") and of terms (type "terms"
 * or "abbreviations", or in div xml:id="terms"), in document order: kind "person" or "term",
 * id the xml:id (or the term when there is none), term the name as listed
 * ("Gresham, Walter Q."), gloss the rest of the entry ("Secretary of
 * State"). Returns 0 with *out (caller frees with import_tei_glossary_free)
 * and *n, or -1 with *cause. */
int import_tei_glossary(const char *text, size_t len, struct doc_gloss **out, size_t *n, char **cause);
void import_tei_glossary_free(struct doc_gloss *g, size_t n);

/* The edition the file's TEI header describes (edition.h): 0 with *out,
 * NULL when the header says nothing of it or there is none. */
int import_tei_edition(const char *text, size_t len, struct edition **out, char **cause);

#endif
