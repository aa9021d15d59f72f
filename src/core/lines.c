/* lines.c: a text as an array of lines (see lines.h). */
#include "dossier/lines.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"

void lines_init(struct lines *l, const char *text, size_t len)
{
	memset(l, 0, sizeof *l);
	l->text = xmalloc(len + 1);
	size_t n = 0, nl = 1;
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\0')
			continue;
		if (text[i] == '\n')
			nl++;
		l->text[n++] = text[i];
	}
	l->text[n] = '\0';
	l->len = n;
	l->v = xcalloc(nl, sizeof *l->v);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || l->text[i] == '\n') {
			l->v[l->n++] = (struct line){ start, i - start, 0 };
			start = i + 1;
		}
	}
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
