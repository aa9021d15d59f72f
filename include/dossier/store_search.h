/* store_search.h: full-text search (FTS5, BM25) and the listings filtered
 * by the same query language. */
#ifndef DOSSIER_STORE_SEARCH_H
#define DOSSIER_STORE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/store_docs.h"

struct store;

/* The same, restricted to documents matching filter: words over title,
 * people, summary and text, and the filters of store_search (from:, to:,
 * person:, kind:, date:, lang:); NULL or "" is every document.
 * store_count_filtered returns -1 with *cause for a malformed filter. */
int store_list_filtered(struct store *s, enum store_order order, const char *filter, size_t offset,
			size_t limit, store_doc_fn fn, void *arg, char **cause);
int64_t store_count_filtered(struct store *s, const char *filter, char **cause);
/* The same, counting no further than most: as you type, "more than
 * 1,000" is known at once where the count of a common word is not. */
int64_t store_count_filtered_upto(struct store *s, const char *filter, int64_t most, char **cause);
/* store_list_filtered for a list pane: each document's id, path (only
 * when it has no title), title, date, kind, from and to; the other
 * fields NULL. */
int store_list_brief(struct store *s, enum store_order order, const char *filter, size_t offset, size_t limit,
		     store_doc_fn fn, void *arg, char **cause);

/* The same within a filter (the query syntax of store_search). */
int64_t store_index_of_filtered(struct store *s, enum store_order order, const char *filter, int64_t id,
				char **cause);

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
 * malformed one is reported as a message, not a crash. The search reads
 * one snapshot of the library, in a read transaction of its own (when
 * none is open), that fn's calls are part of: fn keeps or prints what
 * it is handed, and writes nothing. No transaction is left open. */
int store_search(struct store *s, const char *query, size_t limit, const char *mark_open,
		 const char *mark_close, store_hit_fn fn, void *arg, char **cause);

/* An import keeps the rank index of common words (store_rank.c) as it
 * indexes: begin before its first document, end after its last (ok 0:
 * leave the index out of date, so that searches score every match). An
 * index out of date is built again at the end, from every document. */
int store_rank_begin(struct store *s, char **cause);
int store_rank_end(struct store *s, int ok, char **cause);

#endif
