/* query.c: user search words to an FTS5 expression. */
#include "dossier/query.h"

#include <string.h>

#include "dossier/util.h"

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static int is_operator(const char *w, size_t n)
{
	return (n == 3 && (memcmp(w, "AND", 3) == 0 || memcmp(w, "NOT", 3) == 0)) ||
	       (n == 2 && memcmp(w, "OR", 2) == 0);
}

/* Adds word w[0..n) as an FTS5 string, keeping a trailing * as a prefix. */
static void add_word(struct buf *b, const char *w, size_t n)
{
	int prefix = n > 1 && w[n - 1] == '*';
	if (prefix)
		n--;
	buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (w[i] == '"')
			buf_addc(b, '"');
		buf_addc(b, w[i]);
	}
	buf_addc(b, '"');
	if (prefix)
		buf_addc(b, '*');
}

char *query_to_fts(const char *input, char **cause)
{
	struct buf b;
	buf_init(&b);
	int depth = 0, terms = 0, need_term = 0;
	const char *p = input;
	while (*p) {
		if (is_space(*p)) {
			p++;
			continue;
		}
		if (*p == '(' || *p == ')') {
			depth += *p == '(' ? 1 : -1;
			if (depth < 0) {
				*cause = xstrdup("malformed query: a ')' without its '('");
				goto fail;
			}
			buf_printf(&b, " %c ", *p++);
			continue;
		}
		if (*p == '"') {
			const char *end = strchr(p + 1, '"');
			if (end == NULL) {
				*cause = xstrdup("malformed query: a phrase's closing quote (\") is missing");
				goto fail;
			}
			buf_addc(&b, ' ');
			add_word(&b, p + 1, (size_t)(end - p - 1));
			p = end + 1;
			if (*p == '*')
				buf_addc(&b, *p++);
			terms++;
			need_term = 0;
			continue;
		}
		const char *w = p;
		while (*p && !is_space(*p) && *p != '(' && *p != ')' && *p != '"')
			p++;
		size_t n = (size_t)(p - w);
		if (is_operator(w, n)) {
			if (terms == 0 || need_term) {
				*cause = xasprintf("malformed query: '%.*s' needs words on both sides", (int)n, w);
				goto fail;
			}
			buf_printf(&b, " %.*s", (int)n, w);
			need_term = 1;
			continue;
		}
		buf_addc(&b, ' ');
		add_word(&b, w, n);
		terms++;
		need_term = 0;
	}
	if (depth != 0) {
		*cause = xstrdup("malformed query: a '(' without its ')'");
		goto fail;
	}
	if (terms == 0) {
		*cause = xstrdup("empty query: type the words to look for");
		goto fail;
	}
	if (need_term) {
		*cause = xstrdup("malformed query: it ends with an operator (AND, OR, NOT)");
		goto fail;
	}
	return buf_detach(&b);
fail:
	buf_free(&b);
	return NULL;
}
