/* lines.h: a text as an array of lines over a private copy of it, each
 * line marked when it is taken out of the body (as metadata, furniture
 * or apparatus). The text importer's readers look at lines; the body is
 * assembled from the lines that remain. */
#ifndef DOSSIER_LINES_H
#define DOSSIER_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/slice.h"

struct line {
	size_t off, len;        /* into lines.text, without the '\n' */
	int drop;               /* taken out of the body */
};

struct lines {
	char *text;             /* private copy, NUL bytes removed */
	size_t len;
	struct line *v;
	size_t n;
};

/* Splits text at '\n' into l (a copy; NUL bytes are dropped so that the
 * body is a C string whose strlen is its length). */
void lines_init(struct lines *l, const char *text, size_t len);
/* The same, taking text (len + 1 bytes allocated; the caller no longer
 * frees it): a large file is not copied. */
void lines_take(struct lines *l, char *text, size_t len);
void lines_free(struct lines *l);

/* Marks lines [i, j) as out of the body. */
void lines_drop(struct lines *l, size_t i, size_t j);

/* The paragraph's lines [i, j), trimmed and joined by single spaces
 * (Markdown hard breaks "to  \nShtraus" read as one line). The caller
 * frees. */
char *para_join(const struct lines *l, size_t i, size_t j);

static inline struct slice line_raw(const struct lines *l, size_t i)
{
	return sl_of(l->text + l->v[i].off, l->v[i].len);
}

static inline struct slice line_text(const struct lines *l, size_t i)
{
	return sl_trim(line_raw(l, i));
}

/* A line that still belongs to the body and has text on it. */
static inline int line_usable(const struct lines *l, size_t i)
{
	return !l->v[i].drop && line_text(l, i).n > 0;
}

/* The first usable line at or after i, or l->n. */
static inline size_t line_next(const struct lines *l, size_t i)
{
	while (i < l->n && !line_usable(l, i))
		i++;
	return i;
}

/* The last usable line before i, or SIZE_MAX. */
static inline size_t line_prev(const struct lines *l, size_t i)
{
	while (i-- > 0)
		if (line_usable(l, i))
			return i;
	return SIZE_MAX;
}

/* End (exclusive) of the paragraph starting at line i. */
static inline size_t para_end(const struct lines *l, size_t i)
{
	while (i < l->n && line_usable(l, i))
		i++;
	return i;
}

#endif
