/* store_docs.h: documents in the library: putting an imported one, reading
 * one back (plain structs, never a statement), listing in an order,
 * neighbours, reading positions and the reader's corrections. */
#ifndef DOSSIER_STORE_DOCS_H
#define DOSSIER_STORE_DOCS_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/doc.h"

struct store;

/* What putting a document did. */
enum store_put {
	STORE_PUT_NEW,
	STORE_PUT_UNCHANGED,
	STORE_PUT_UPDATED,
};

/* Stores d, imported from path, with content hash. Identity: the same
 * content (hash) is the same document, whatever its path; otherwise the
 * same path is the same document, updated in place (same id, reader's
 * corrections kept). Call inside store_begin/commit. */
int store_put_doc(struct store *s, const char *path, const char *format, const struct doc *d,
		  uint64_t hash, int64_t *id, enum store_put *what, char **cause);

/* Makes what store_put_doc writes beside d's fields (its parties' names
 * as searched, its sources as JSON) ahead, into d: the import's
 * preparing thread calls it, so the storing thread does not. d must not
 * change after. Needs no library. */
void store_doc_ready(struct doc *d);

/* A document as the library shows it: imported fields with the reader's
 * corrections applied. body is NULL in listings. */
struct store_doc {
	int64_t id;
	char *path;
	struct doc *doc;
	size_t read_pos;        /* reading position, a byte offset in body */
};

void store_doc_free(struct store_doc *sd);

/* Loads one document with body and notes. Returns 0, 1 if there is no
 * such document, or -1 with *cause. */
int store_doc_get(struct store *s, int64_t id, struct store_doc **out, char **cause);
/* A document's title and date (each NULL when it has none), no more of
 * its row: for a list that shows its rows one screen at a time. Returns
 * 0, 1 if there is no such document, or -1 with *cause. */
int store_doc_heading(struct store *s, int64_t id, char **title, char **date, char **cause);

enum store_order {
	STORE_BY_DATE,          /* undated last; partial dates before full ones */
	STORE_BY_TITLE,
	STORE_BY_IMPORT,
};

/* Calls fn for each document (no body) in order, from offset, at most
 * limit (0: all). A non-zero return from fn stops. */
typedef int (*store_doc_fn)(const struct store_doc *sd, void *arg);
int store_list(struct store *s, enum store_order order, size_t offset, size_t limit,
	       store_doc_fn fn, void *arg, char **cause);
/* Builds again the lists' orders kept in the library (after an import;
 * a correction does it itself), so that a place in a list is found
 * without counting. Without effect on a read-only library. */
int store_order_build(struct store *s, char **cause);

/* Number of documents, or -1. */
int64_t store_count(struct store *s, char **cause);

/* The 0-based place of document id in order (for moving a list's
 * selection to it), or -1. */
int64_t store_index_of(struct store *s, enum store_order order, int64_t id, char **cause);
/* The place in date order of the first document on or after an ISO date
 * at any precision ("1950-10"): where a jump to that date lands. */
int64_t store_index_of_date(struct store *s, const char *iso, char **cause);
/* The next (dir > 0) or previous document of the same correspondence:
 * the same two parties, either way round. 0, 1 at the end, or -1. */
int store_neighbour_between(struct store *s, int64_t id, int dir, int64_t *out, char **cause);

/* The document after (dir > 0) or before (dir < 0) id in order. Returns
 * 0 with *out set, 1 at the end of the library, -1 on error. */
int store_neighbour(struct store *s, enum store_order order, int64_t id, int dir, int64_t *out, char **cause);

/* Remembers the reading position of a document (a byte offset in its
 * body, so it survives a resize or another terminal). */
int store_set_read_pos(struct store *s, int64_t id, size_t pos, char **cause);

/* The document read last (highest updated reading position), or 0. */
int64_t store_last_read(struct store *s);

/* A reader's correction of a field: "title", "date" (ISO at its
 * precision, or "" for undated), "from" or "to" (names separated by ";").
 * Kept apart from what was imported, applied at once and again after
 * every re-import. */
int store_correct(struct store *s, int64_t id, const char *field, const char *value, char **cause);

/* Records an edition's list of persons and terms (replacing the
 * volume's earlier list). */
int store_put_gloss(struct store *s, const char *volume, const struct doc_gloss *g, size_t n, char **cause);

/* The content hash of a document: *hash (hex; the caller frees it), NULL
 * when there is no such document. */
int store_doc_hash(struct store *s, int64_t id, char **hash, char **cause);
/* *id: the document with this content hash, else imported from this path
 * (either may be NULL), else 0. */
int store_doc_find(struct store *s, const char *hash, const char *path, int64_t *id, char **cause);
/* *id: the document of volume that holds page n (volume NULL: any), or 0. */
int store_page_doc(struct store *s, const char *volume, const char *n, int64_t *id, char **cause);

#endif
