/* notes.h: the reader's annotations as a whole: adding one by its quote,
 * re-attaching them when a document's text changes, and taking them out
 * of and into dossier (Markdown, W3C Web Annotation JSON, CSV). */
#ifndef DOSSIER_NOTES_H
#define DOSSIER_NOTES_H

#include <stdint.h>
#include <stdio.h>

#include "dossier/store.h"
#include "dossier/util.h"

/* Annotates the first occurrence of quote in document doc. tags: words
 * separated by spaces, or NULL. -1 with *cause if the quote is not in it. */
int notes_add(struct store *s, int64_t doc, const char *quote, const char *text, const char *tags, int64_t *id,
	      char **cause);

/* Re-attaches annotation id by hand to the passage [start, end) of its
 * document's body (the passage becomes its quote; it is no longer an
 * orphan). */
int notes_attach_at(struct store *s, int64_t id, int64_t doc, const char *body, size_t len, size_t start,
		    size_t end, char **cause);
/* The same, to the first occurrence of quote in its document. */
int notes_attach(struct store *s, int64_t id, const char *quote, char **cause);

/* What re-attaching a document's annotations did. */
struct notes_reanchor {
	size_t kept, moved, fuzzy, orphaned;
};

/* Re-attaches the annotations of doc to its new body (after a re-import
 * changed it). Nothing is dropped: what cannot be placed is an orphan. */
int notes_reanchor(struct store *s, int64_t doc, const char *body, size_t len, struct notes_reanchor *out,
		   char **cause);

/* The tags of an annotation one by one, appended to out: stored they are
 * separated by spaces; typed, by spaces, commas or semicolons, and a
 * leading # is dropped ("#war, Korea" is war and Korea). */
void notes_tags_split(const char *tags, struct strv *out);

/* The most a note holds: a long note still fits the reader's editor and
 * every screen that shows it. */
#define NOTES_MAX_BYTES 100000
/* 0 if text fits in a note, else -1 with *cause saying the limit. */
int notes_check_size(const char *text, char **cause);

enum notes_format { NOTES_MD, NOTES_JSON, NOTES_CSV };
/* "md", "json", "csv"; -1 if none. */
int notes_format_from_name(const char *name);

/* Writes the annotations (of doc, or all for 0) to f. */
int notes_export(struct store *s, int64_t doc, enum notes_format fmt, FILE *f, char **cause);

/* Reads a JSON export into the library: each annotation goes to the
 * document with the same text (by content hash), else the same path; one
 * already here (same id) is not added again. */
int notes_import(struct store *s, const char *path, size_t *added, size_t *known, size_t *failed, char **cause);
/* The same from JSON in memory; name stands for the file in messages. */
int notes_import_buffer(struct store *s, const char *name, const char *data, size_t len, size_t *added,
			size_t *known, size_t *failed, char **cause);

#endif
