/* import_cmif.h: the importer for CMIF, the Correspondence Metadata
 * Interchange Format: a TEI file whose header lists letters as
 * correspDesc elements (sender, addressee, places, dates, the letter's
 * URL) with the editions they come from. Each letter becomes a calendar
 * entry: a document without text.
 *
 * Recognised by its TEI root (namespace http://www.tei-c.org/ns/1.0) and
 * its correspDescs: one with @source="#..." (the bibl it comes from), or
 * two or more, or a header bibl of CMIF's type="print"/"online" with an
 * xml:id. A TEI edition of one letter (one correspDesc and its text) is
 * not CMIF and goes to the TEI importer.
 *
 * Read in one streaming pass (libxml2's xmlTextReader, each correspDesc
 * expanded on its own): nothing outside the file is read (NONET, no DTD
 * loaded), and a file that declares entities is refused whole, before it
 * is parsed. The whole file is read before the first letter is emitted:
 * a malformed or hostile file imports nothing. Files that do not quite
 * validate are read all the same (an attribute the schema lacks, a date
 * out of place in the header); an element that CMIF does not know inside
 * a correspDesc is skipped and named in a warning. */
#ifndef DOSSIER_IMPORT_CMIF_H
#define DOSSIER_IMPORT_CMIF_H

#include <stddef.h>

#include "dossier/cite.h"
#include "dossier/doc.h"
#include "dossier/import.h"

struct cmif_person {
	char *name;             /* as the file gives it: "Weber, Carl Maria von" */
	char *ref;              /* authority URIs (GND, VIAF, Wikidata...), or NULL */
	int org;                /* an orgName */
};

struct cmif_action {
	struct cmif_person *persons;
	size_t npersons;
	char *place, *place_ref;
	char *date;             /* EDTF (cite.h): "1853-01-11", "1810-07-11/1810-07-18",
				 * "../1810-07-18", "1810-07-18?" (cert="low") */
	char *date_text;        /* the date as the file prints it: "11. Januar 1853" */
};

struct cmif_letter {
	char *url;              /* correspDesc/@ref */
	char *key;              /* correspDesc/@key: its number in a printed edition */
	char *source;           /* the bibl's xml:id (correspDesc/@source without "#") */
	char *edition;          /* that bibl's text */
	int online;             /* bibl type="online" */
	struct cmif_action sent, received;
	int line;               /* of the correspDesc in the file */
};

struct cmif_file {
	char *title;            /* titleStmt/title */
	char *publisher;
	char *url;              /* publicationStmt/idno type="url" */
	struct cmif_letter *letters;
	size_t nletters;
	struct strv warnings;   /* "line 12: <note> in correspAction is not CMIF: skipped (3 times)" */
};

/* Its entry in the table of formats is importer_cmif (importer.h), before
 * the TEI importer's, which would take a CMIF file for an edition. */

/* 1 if the text is a CMIF file (see above). */
int import_cmif_accepts(const char *path, const char *text, size_t len);

/* Reads a whole CMIF file. Returns 0 with *out (free with
 * import_cmif_free), or -1 with *cause (the caller frees): malformed XML
 * ("line L, column C: ..."), declared entities, no letters. */
int import_cmif_read(const char *text, size_t len, struct cmif_file **out, char **cause);
void import_cmif_free(struct cmif_file *f);

/* A letter as a document without text: kind "letter"; no title (a
 * letter has none, and none is made up); date ISO at the precision its
 * range shares (1810-07-11/1810-07-18 -> 1810-07), date_edtf the EDTF
 * date where that says less, date_text as printed or in words; from and
 * to with the persons' authority URIs; place (the sender's), place_to,
 * their URIs; url; the edition as the volume (volume_id the bibl's
 * xml:id, volume_title its text, doc_n the letter's @key); an empty body.
 * The caller frees. */
struct doc *import_cmif_doc(const struct cmif_letter *l);

/* A letter described for citing and exporting, with what struct doc
 * cannot hold: the persons' and places' authority URIs, the place it was
 * received, its date as EDTF. id is its URL, else "SOURCE#KEY". */
struct cite *import_cmif_cite(const struct cmif_letter *l);

/* The importer's parse: reads the whole file, tells its warnings (warn
 * may be NULL), then emits each letter as import_cmif_doc makes it, keyed
 * by its URL (else its @key, else its line). */
int import_cmif_parse(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warn,
		      void *arg, char **cause);

#endif
