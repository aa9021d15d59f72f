/* store_refs.h: references between documents as the library keeps them:
 * detected, resolved, chosen or linked by the reader. */
#ifndef DOSSIER_STORE_REFS_H
#define DOSSIER_STORE_REFS_H

#include <stddef.h>
#include <stdint.h>


struct store;

struct ref_found;

/* A reference as the library keeps it. */
struct store_ref {
	int64_t id, doc_id;
	size_t start, end;      /* the phrase's byte range in the citing body */
	const char *phrase;
	const char *kind, *date, *number, *person, *party;  /* what was parsed; NULL if absent */
	const char *to_person;  /* the addressee named ("to cde. Y"), or NULL */
	int by_editor;          /* in an edition's footnote or an editor's summary */
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
 * when filter is not NULL); with manual_only, only the reader's links. */
typedef int (*store_ref_kind_fn)(int64_t target, const char *kind, void *arg);
int store_ref_kinds(struct store *s, const struct store_key_filter *filter, int manual_only, store_ref_kind_fn fn,
		    void *arg, char **cause);

/* What store_refs_pending reads. */
#define STORE_REFS_TEACHING 1u  /* only those that name a kind and a day and no number */
#define STORE_REFS_EVERY 2u     /* every automatic reference, not only the pending */
/* The references resolution should look at again: unresolved automatic
 * ones, and every automatic one of a document imported since the last
 * resolution (or with STORE_REFS_EVERY, all automatic ones); those with
 * an id above after, at most limit, by id. */
int store_refs_pending(struct store *s, int64_t after, size_t limit, unsigned what, store_ref_fn fn, void *arg,
		       char **cause);
/* The documents imported or changed since the last resolution, by id. */
typedef int (*store_id_fn)(int64_t id, void *arg);
int store_changed_docs(struct store *s, store_id_fn fn, void *arg, char **cause);
/* From now on, the names of persons added, changed or dropped (and the
 * documents whose parties were joined to another person) are kept for
 * the next resolution. */
int store_changes_follow(struct store *s, char **cause);
/* The names of persons added, changed or dropped since the last
 * resolution (a name a reference gives may stand for someone else now);
 * 1 when they were not followed. */
typedef int (*store_name_fn)(const char *name, void *arg);
int store_changed_names(struct store *s, store_name_fn fn, void *arg, char **cause);
/* Records what resolution found for an automatic reference. */
int store_ref_resolved(struct store *s, int64_t ref_id, int64_t target, double score, const char *candidates,
		       char **cause);
/* Forgets which documents and names changed since the last resolution. */
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

#endif
