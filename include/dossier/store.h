/* store.h: the library, one SQLite file. Opens with WAL, foreign keys and
 * a busy timeout, migrates by PRAGMA user_version, and hands out plain
 * structs (never a statement). Listing is paged by SQL, so a library of
 * 100,000 documents opens as fast as one of five. */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/doc.h"

struct store;

enum store_flags {
	STORE_READONLY = 1,     /* open for reading only; never migrates */
};

/* The schema version this build writes. */
int store_schema_version(void);

/* Opens (creating and migrating if needed) the library at path. On error
 * returns -1 and sets *cause to a message the user can act on. */
int store_open(const char *path, int flags, struct store **out, char **cause);
void store_free(struct store *s);
/* 1 if the library could only be opened read-only. */
int store_readonly(const struct store *s);
/* on: checkpoints run behind the writer on a thread of their own (see
 * checkpoint.h), for the many commits of an import; 0: the writer
 * checkpoints again. Without effect on a read-only library. */
void store_checkpoints_behind(struct store *s, int on);
/* Waits for the checkpoints behind the writer to copy all it committed,
 * so that the next transaction starts the log over (see checkpoint.h). */
void store_checkpoints_catch_up(struct store *s);

int store_begin(struct store *s, char **cause);
/* A transaction for a writer that names only documents and persons it
 * has written or read in the same transaction, and deletes neither (the
 * importer through store_put_doc and store_add_ref; reference resolution
 * through store_ref_resolved): foreign keys are not checked row by row,
 * a lookup for each of a million rows. Ended by store_commit or
 * store_rollback, which turn them back on. */
int store_begin_bulk(struct store *s, char **cause);
int store_commit(struct store *s, char **cause);
void store_rollback(struct store *s);
/* 1 inside a transaction. */
int store_in_transaction(struct store *s);

/* A unit of work inside or outside a transaction: a savepoint inside one,
 * a transaction of its own otherwise. unit_end commits (ok) or undoes
 * everything since unit_begin. */
int store_unit_begin(struct store *s, char **cause);
int store_unit_end(struct store *s, int ok, char **cause);

/* The default library path: $DOSSIER_DB, else $XDG_DATA_HOME/dossier/
 * library.db, else ~/.local/share/dossier/library.db. Caller frees. */
char *store_default_path(void);
/* Creates the directories above path. */
int store_make_parent(const char *path, char **cause);

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
/* Number of documents, or -1. */
int64_t store_count(struct store *s, char **cause);

/* The same, restricted to documents matching filter: words over title,
 * people, summary and text, and the filters of store_search (from:, to:,
 * person:, kind:, date:, lang:); NULL or "" is every document.
 * store_count_filtered returns -1 with *cause for a malformed filter. */
int store_list_filtered(struct store *s, enum store_order order, const char *filter, size_t offset,
			size_t limit, store_doc_fn fn, void *arg, char **cause);
int64_t store_count_filtered(struct store *s, const char *filter, char **cause);

/* The 0-based place of document id in order (for moving a list's
 * selection to it), or -1. */
int64_t store_index_of(struct store *s, enum store_order order, int64_t id, char **cause);
/* The same within a filter (the query syntax of store_search). */
int64_t store_index_of_filtered(struct store *s, enum store_order order, const char *filter, int64_t id,
				char **cause);
/* The place in date order of the first document on or after an ISO date
 * at any precision ("1950-10"): where a jump to that date lands. */
int64_t store_index_of_date(struct store *s, const char *iso, char **cause);
/* The next (dir > 0) or previous document of the same correspondence:
 * the same two parties, either way round. 0, 1 at the end, or -1. */
int store_neighbour_between(struct store *s, int64_t id, int dir, int64_t *out, char **cause);

/* Merges person from into person into (names and documents). */
int store_person_merge(struct store *s, int64_t from, int64_t into, char **cause);
/* Makes name (an alias) a person of its own; the parties that documents
 * print under that name go with it. */
int store_person_split(struct store *s, const char *name, int64_t *new_id, char **cause);

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

/* A full-text hit: the document (no body), BM25 rank, and a snippet with
 * the matches between the markers given to store_search. */
struct store_hit {
	const struct store_doc *sd;
	double rank;
	const char *snippet;
};
typedef int (*store_hit_fn)(const struct store_hit *hit, void *arg);
/* Searches title, people, summary and body (FTS5, diacritics and case
 * ignored). query is the user's words; FTS5 syntax is allowed, and a
 * malformed one is reported as a message, not a crash. */
int store_search(struct store *s, const char *query, size_t limit, const char *mark_open,
		 const char *mark_close, store_hit_fn fn, void *arg, char **cause);
/* For tests: below n matches of its words (default 4000), a filtered
 * search tests each match's document; from n on it lists each filter's
 * documents once (n = 0: always). The results are the same. */
void store_search_few_matches(struct store *s, int n);

/* A person with every name they are known by. */
struct store_person {
	int64_t id;
	const char *name;
	const struct strv *aliases;
	int64_t docs;           /* documents they send, receive or appear in */
};
typedef int (*store_person_fn)(const struct store_person *p, void *arg);
/* Persons by name: those with a name or alias holding find (case and
 * diacritics ignored; NULL or "": all), at most limit (0: no limit). */
int store_people(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg, char **cause);
/* How many persons the library knows, or -1. */
int64_t store_people_count(struct store *s);

/* ---- references ---- */

struct ref_found;

/* A reference as the library keeps it. */
struct store_ref {
	int64_t id, doc_id;
	size_t start, end;      /* the phrase's byte range in the citing body */
	const char *phrase;
	const char *kind, *date, *number, *person, *party;  /* what was parsed; NULL if absent */
	const char *to_person;  /* the addressee named ("to cde. Y"), or NULL */
	const char *target_key; /* an explicit target ("vol#d15", "vol#pg_12") or NULL */
	int year_inferred;      /* the date's year was not printed */
	int64_t target;         /* the document it points to, or 0 */
	double score;
	const char *candidates; /* other possible targets: ids separated by spaces */
	const char *origin;     /* "auto", "manual" or "dismissed" */
	const char *doc_title;  /* the citing document's title */
	const char *target_title;
	const char *doc_date, *target_date;  /* ISO at their precision, or NULL */
	const char *doc_path, *target_path;  /* a file each came from, or NULL */
};
typedef int (*store_ref_fn)(const struct store_ref *r, void *arg);

/* Adds a detected reference to document doc_id. */
int store_add_ref(struct store *s, int64_t doc_id, const struct ref_found *r, const char *phrase, char **cause);
/* The references of a document (out), the references to it (in, its
 * backlinks), or every reference in the library (doc_id 0, dir 0). */
int store_refs(struct store *s, int64_t doc_id, int dir, store_ref_fn fn, void *arg, char **cause);

/* What resolution needs to know of every document, read in one pass. */
struct store_doc_key {
	int64_t id;
	const char *date, *kind, *number, *volume_id, *xml_id, *doc_n;
	const int64_t *from, *to;      /* person ids */
	size_t nfrom, nto;
};
typedef int (*store_key_fn)(const struct store_doc_key *k, void *arg);
/* The documents one reference can mean, for resolving it alone: the
 * citing one, those of its number, of its days (a date without its year
 * is tried in earlier years too), of its month, of its volume (or the
 * citing one's). A field left NULL (or 0) names nothing. */
struct store_key_filter {
	int64_t doc_id;
	const char *number;
	const char *days[3];            /* YYYY-MM-DD */
	const char *month;              /* YYYY-MM */
	const char *volume_id;
};
/* Every document's keys, or (filter not NULL) those of the filter's. */
int store_doc_keys(struct store *s, const struct store_key_filter *filter, store_key_fn fn, void *arg,
		   char **cause);
/* What the references already pointing at a document of no kind (a bare
 * letter) call it: fn(target, kind) for each (of the filter's documents,
 * when filter is not NULL). */
typedef int (*store_ref_kind_fn)(int64_t target, const char *kind, void *arg);
int store_ref_kinds(struct store *s, const struct store_key_filter *filter, store_ref_kind_fn fn, void *arg,
		    char **cause);

/* The references resolution should look at again: unresolved automatic
 * ones, and every automatic one of a document imported since the last
 * resolution; those with an id above after, at most limit, by id. With
 * dated_kinds, only those that name a kind and a day and no number. */
int store_refs_pending(struct store *s, int64_t after, size_t limit, int dated_kinds, store_ref_fn fn, void *arg,
		       char **cause);
/* Records what resolution found for an automatic reference. */
int store_ref_resolved(struct store *s, int64_t ref_id, int64_t target, double score, const char *candidates,
		       char **cause);
/* Forgets which documents were imported since the last resolution. */
int store_refs_settled(struct store *s, char **cause);
/* A reader's choice: link ref_id to target (0 dismisses it). Kept across
 * re-import and re-resolution. */
int store_ref_choose(struct store *s, int64_t ref_id, int64_t target, char **cause);
/* Takes a reader's choice back: a detected reference is automatic again
 * (unresolved until resolution runs); a passage the reader linked, with
 * nothing detected in it, is removed (*removed 1). */
int store_ref_automatic(struct store *s, int64_t ref_id, int *removed, char **cause);

/* A reader's own link: the passage [start, end) of doc_id points to
 * target. Returns the reference's id, or -1 with *cause. */
int64_t store_ref_add_manual(struct store *s, int64_t doc_id, size_t start, size_t end, int64_t target,
			     char **cause);

/* Records an edition's list of persons and terms (replacing the
 * volume's earlier list). */
int store_put_gloss(struct store *s, const char *volume, const struct doc_gloss *g, size_t n, char **cause);

/* The content hash of a document (hex; caller frees), or NULL. */
char *store_doc_hash(struct store *s, int64_t id);
/* The document with this content hash, else imported from this path (either
 * may be NULL), or 0. */
int64_t store_doc_find(struct store *s, const char *hash, const char *path);

/* ---- annotations: the reader's own notes, anchored to passages ---- */

struct store_annotation {
	int64_t id, doc_id;
	size_t start, end;      /* the passage, byte offsets into the body */
	const char *quote, *prefix, *suffix;
	const char *text;       /* the note */
	const char *tags;       /* separated by spaces */
	const char *uuid;       /* identity across libraries */
	const char *created, *updated;  /* ISO 8601, UTC */
	int orphaned;           /* could not be re-attached after a change */
	const char *doc_title, *doc_date, *doc_source;
};
typedef int (*store_annotation_fn)(const struct store_annotation *a, void *arg);

enum store_annotation_order { STORE_NEWEST, STORE_BY_DOCUMENT };

/* Adds an annotation (uuid NULL: a new one is made; created/updated NULL:
 * now). An annotation whose uuid is already in the library is left as it
 * is (*id set to it, *added 0). */
int store_annotation_add(struct store *s, const struct store_annotation *a, int64_t *id, int *added,
			 char **cause);
int store_annotation_update(struct store *s, int64_t id, const char *text, const char *tags, char **cause);
/* Moves an annotation's anchor (re-attached or re-attached by hand). */
int store_annotation_move(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			  const char *prefix, const char *suffix, int orphaned, char **cause);
int store_annotation_delete(struct store *s, int64_t id, char **cause);
/* Annotations of a document (doc 0: all), filtered by tag and by words
 * (NULL: none), in order. */
int store_annotations(struct store *s, int64_t doc, const char *tag, const char *words,
		      enum store_annotation_order order, store_annotation_fn fn, void *arg, char **cause);

/* ---- marks: places the reader named with a letter ---- */

struct store_mark {
	char letter;
	int64_t doc_id;
	size_t pos;             /* byte offset into the body */
	const char *doc_title, *doc_date, *doc_path;
};
typedef int (*store_mark_fn)(const struct store_mark *m, void *arg);

/* Sets mark letter (one replaces the other) at pos of doc. */
int store_mark_set(struct store *s, char letter, int64_t doc, size_t pos, char **cause);
int store_mark_delete(struct store *s, char letter, char **cause);
/* Every mark, by letter. */
int store_marks(struct store *s, store_mark_fn fn, void *arg, char **cause);

/* A number that changes when another connection (another dossier) has
 * committed since this one last looked: the reader's cue to reload. */
int64_t store_data_version(struct store *s);

/* The person a name (or alias) stands for, or 0. */
int64_t store_person_id(struct store *s, const char *name);
/* The same, or else the one person who has it as a whole word of a name
 * ("Mao" for Mao Zedong, "Gresham" for Walter Q. Gresham); 0 when no one
 * or more than one does. */
int64_t store_person_id_loose(struct store *s, const char *name);
/* The document of volume that holds page n (volume NULL: any), or 0. */
int64_t store_page_doc(struct store *s, const char *volume, const char *n);

#endif
