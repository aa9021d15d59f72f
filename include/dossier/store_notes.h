/* store_notes.h: the reader's annotations (anchored to passages) and marks. */
#ifndef DOSSIER_STORE_NOTES_H
#define DOSSIER_STORE_NOTES_H

#include <stddef.h>
#include <stdint.h>


struct store;

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

enum store_annotation_order {
	STORE_NEWEST,
	STORE_BY_DOCUMENT,
	/* newest first, without the documents' title, date and source
	 * (NULL): for a list that reads them for the rows it shows
	 * (store_doc_heading), not for every note */
	STORE_NEWEST_BARE,
};

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

#endif
