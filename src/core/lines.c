/* lines.c: a text as an array of lines (see lines.h). */
#include "dossier/lines.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"

void lines_take(struct lines *l, char *text, size_t len)
{
	memset(l, 0, sizeof *l);
	/* NUL bytes dropped in place (the text only shrinks), by memchr and
	 * memmove rather than a loop over bytes: this runs over every byte
	 * of every file an import reads */
	size_t n = 0;
	for (const char *p = text, *end = text + len; p < end;) {
		const char *z = memchr(p, '\0', (size_t)(end - p));
		size_t run = z ? (size_t)(z - p) : (size_t)(end - p);
		memmove(text + n, p, run);
		n += run;
		p += run + (z != NULL);
	}
	text[n] = '\0';
	l->text = text;
	l->len = n;
	size_t nl = 1;
	for (const char *p = l->text; (p = memchr(p, '\n', (size_t)(l->text + n - p))) != NULL; p++)
		nl++;
	l->v = xcalloc(nl, sizeof *l->v);
	size_t start = 0;
	for (const char *p = l->text;;) {
		const char *e = memchr(p, '\n', (size_t)(l->text + n - p));
		size_t at = e ? (size_t)(e - l->text) : n;
		l->v[l->n++] = (struct line){ start, at - start, 0 };
		if (e == NULL)
			break;
		start = at + 1;
		p = e + 1;
	}
}

void lines_init(struct lines *l, const char *text, size_t len)
{
	char *copy = xmalloc(len + 1);
	memcpy(copy, text, len);
	lines_take(l, copy, len);
}

void lines_free(struct lines *l)
{
	free(l->text);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void lines_drop(struct lines *l, size_t i, size_t j)
{
	for (; i < j && i < l->n; i++)
		l->v[i].drop = 1;
}

char *para_join(const struct lines *l, size_t i, size_t j)
{
	struct buf b;
	buf_init(&b);
	for (; i < j; i++) {
		struct slice t = line_text(l, i);
		if (b.len)
			buf_addc(&b, ' ');
		buf_add(&b, t.p, t.n);
	}
	return buf_detach(&b);
}
