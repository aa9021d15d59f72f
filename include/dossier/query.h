/* query.h: turns what a user types into a search box into an FTS5 query.
 * Plain words are quoted (so "Kim's" or "38th" never trip the FTS5
 * grammar); quoted phrases, AND/OR/NOT, parentheses and a trailing * for a
 * prefix keep their FTS5 meaning. */
#ifndef DOSSIER_QUERY_H
#define DOSSIER_QUERY_H

/* Returns the FTS5 expression, or NULL with *cause (unbalanced quotes or
 * parentheses, an operator with nothing to join, an empty query). */
char *query_to_fts(const char *input, char **cause);

#endif
