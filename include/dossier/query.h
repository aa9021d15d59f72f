/* query.h: turns what a user types into a search box into an FTS5 query.
 * Plain words are quoted (so "Kim's" or "38th" never trip the FTS5
 * grammar); quoted phrases, AND/OR/NOT, NEAR(...), parentheses and a
 * trailing * for a prefix keep their FTS5 meaning. Whatever it returns,
 * FTS5 parses (tests/fuzz/fuzz_query.c holds it to that). */
#ifndef DOSSIER_QUERY_H
#define DOSSIER_QUERY_H

#include "dossier/util.h"

/* A search as typed: words, and filters (from:, to:, person:, kind:,
 * date:1950-10, date:1950-10..1950-12, lang:, volume:). Values may be quoted:
 * from:"Kim Il Sung". */
struct query {
	char *words;            /* what is left for full-text search, or NULL */
	struct strv from, to, person;
	char *kind, *lang;
	char *volume;           /* an edition's volume: id or words of its title */
	char *date_lo, *date_hi; /* an inclusive range of ISO dates at any precision, or NULL */
};

/* Splits input into words and filters; -1 with *cause for a malformed
 * filter (an unknown date, an empty value) or an empty query. */
int query_parse(const char *input, struct query *q, char **cause);
void query_free(struct query *q);

/* Whether the query has any filter besides its words. */
int query_has_filters(const struct query *q);

/* Bounds that keep every search quick: a query of 100 KB took minutes,
 * and each word is a pass over the index (2,000 ORs took 5.6 s). */
#define QUERY_MAX_BYTES 1000
#define QUERY_MAX_TERMS 40

/* Returns the FTS5 expression, or NULL with *cause (unbalanced quotes or
 * parentheses, an operator with nothing to join, an empty query, one too
 * long or with too many words). NEAR(a b) and NEAR(a b, N) keep their
 * FTS5 meaning; two operands side by side are joined by AND. */
char *query_to_fts(const char *input, char **cause);

#endif
