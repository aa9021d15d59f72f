/* store_cite.h: what the library keeps for citing and exporting: the
 * persons' authority ids (GND, VIAF, Wikidata URIs) and a calendar
 * letter's places and EDTF date (store_authority.c, written as documents
 * are put), the editions' bibliographic data from their TEI headers; and
 * a document described for citing (cite.h) from all of it (store_cite.c). */
#ifndef DOSSIER_STORE_CITE_H
#define DOSSIER_STORE_CITE_H

#include <stdint.h>

#include "dossier/cite.h"
#include "dossier/edition.h"
#include "dossier/util.h"

struct store;

/* Records an edition's data under volume (the id its documents name),
 * replacing what was recorded for it. */
int store_put_edition(struct store *s, const char *volume, const struct edition *e, char **cause);
/* The edition recorded for volume: 0 with *out (NULL when there is none;
 * free with edition_free), or -1 with *cause. */
int store_edition(struct store *s, const char *volume, struct edition **out, char **cause);

/* The authority URIs kept for person id, added to out in the order they
 * were learnt. */
int store_person_uris(struct store *s, int64_t person, struct strv *out, char **cause);

/* Document id described for citing: what it was imported with and the
 * reader's corrections, its parties' authority URIs, its edition's data
 * (series, volume, editors, imprint) and a calendar letter's places and
 * date. Its id is its URL, else VOLUME#XMLID, else "dossier:ID". Returns
 * 0 with *out (free with cite_free), 1 when there is no such document,
 * or -1 with *cause. */
int store_cite(struct store *s, int64_t id, struct cite **out, char **cause);

#endif
