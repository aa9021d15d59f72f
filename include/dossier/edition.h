/* edition.h: an edition's bibliographic data as its TEI header gives it:
 * the series, the volume, its editors and its imprint. Citations of the
 * edition's documents name them (cite.h); nothing is guessed where the
 * header is silent.
 *
 * FRUS headers (history.state.gov's TEI) read:
 *   titleStmt/title type="complete"         the volume's full title
 *                   type="series"           "Foreign Relations of the United States"
 *                   type="sub-series"       "1969–1976" (also "subseries")
 *                   type="volume-number"    "Volume XXI" (also "volumenumber")
 *                   type="volume"           "Chile, 1969–1973"
 *   titleStmt/editor role="primary"         the volume's editors
 *                    role="general"         the series' general editor
 *   publicationStmt/publisher, pubPlace, date, idno type="frus" */
#ifndef DOSSIER_EDITION_H
#define DOSSIER_EDITION_H

#include <stddef.h>

#include "dossier/cite.h"
#include "dossier/util.h"

struct edition {
	char *id;               /* idno type="frus", else TEI/@xml:id */
	char *title;            /* the complete title */
	char *series;           /* "Foreign Relations of the United States" */
	char *subseries;        /* "1969–1976" */
	char *volume;           /* "XXI" (without "Volume") */
	char *volume_title;     /* "Chile, 1969–1973" */
	struct strv editors;    /* the volume's */
	struct strv general_editors;
	char *publisher, *pub_place, *pub_year;
};

/* Reads the TEI header of text (the rest is not parsed). Returns 0 with
 * *out (free with edition_free), or -1 with *cause (the caller frees):
 * malformed XML, or no teiHeader. */
int edition_read_tei(const char *text, size_t len, struct edition **out, char **cause);
void edition_free(struct edition *e);

/* Sets the citation's edition fields: series (with its subseries:
 * "Foreign Relations of the United States, 1969–1976"), volume, volume
 * title (from the complete title when the header has no volume title),
 * editors, general editors, publisher, place and year, edition_key.
 * Fields the edition lacks are left as they were. */
void edition_to_cite(const struct edition *e, struct cite *c);

#endif
