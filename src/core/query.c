/* query.c: user search words to an FTS5 expression. */
#include "dossier/query.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/date.h"
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

static const char *const filter_keys[] = { "from", "to", "person", "kind", "date", "lang", "volume" };

/* Reads a filter's value at p (quoted or up to white space); returns the
 * end, or NULL for an unclosed quote. */
static const char *filter_value(const char *p, char **out)
{
	if (*p == '"') {
		const char *end = strchr(p + 1, '"');
		if (end == NULL)
			return NULL;
		*out = xstrndup(p + 1, (size_t)(end - p - 1));
		return end + 1;
	}
	const char *e = p;
	while (*e && !is_space(*e))
		e++;
	*out = xstrndup(p, (size_t)(e - p));
	return e;
}

static int valid_iso(const char *v)
{
	struct date_val d;
	size_t n = strlen(v);
	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(v[i] >= '0' && v[i] <= '9') && !(v[i] == '-' && (i == 4 || i == 7)))
			return 0;
	return date_from_iso(v, &d) == 0 && (n < 7 || (d.m >= 1 && d.m <= 12)) && (n < 10 || (d.d >= 1 && d.d <= 31));
}

static int set_filter(struct query *q, const char *key, char *value, char **cause)
{
	if (*value == '\0') {
		*cause = xasprintf("malformed query: %s: needs a value (%s:NAME)", key, key);
		free(value);
		return -1;
	}
	if (strcmp(key, "from") == 0)
		strv_push_owned(&q->from, value);
	else if (strcmp(key, "to") == 0)
		strv_push_owned(&q->to, value);
	else if (strcmp(key, "person") == 0)
		strv_push_owned(&q->person, value);
	else if (strcmp(key, "kind") == 0) {
		free(q->kind);
		q->kind = value;
	} else if (strcmp(key, "lang") == 0) {
		free(q->lang);
		q->lang = value;
	} else if (strcmp(key, "volume") == 0) {
		free(q->volume);
		q->volume = value;
	} else {
		char *dots = strstr(value, "..");
		char *lo = dots ? xstrndup(value, (size_t)(dots - value)) : xstrdup(value);
		char *hi = xstrdup(dots ? dots + 2 : value);
		if ((*lo && !valid_iso(lo)) || (*hi && !valid_iso(hi)) || (!*lo && !*hi)) {
			*cause = xasprintf("malformed query: date:%s: use date:1950, date:1950-10, date:1950-10-01 "
					   "or a range date:1950-10..1950-12", value);
			free(lo);
			free(hi);
			free(value);
			return -1;
		}
		free(q->date_lo);
		free(q->date_hi);
		q->date_lo = *lo ? lo : (free(lo), NULL);
		q->date_hi = *hi ? hi : (free(hi), NULL);
		free(value);
	}
	return 0;
}

int query_has_filters(const struct query *q)
{
	return q->from.n || q->to.n || q->person.n || q->kind || q->lang || q->volume || q->date_lo || q->date_hi;
}

int query_parse(const char *input, struct query *q, char **cause)
{
	memset(q, 0, sizeof *q);
	strv_init(&q->from);
	strv_init(&q->to);
	strv_init(&q->person);
	struct buf words;
	buf_init(&words);
	const char *p = input;
	while (*p) {
		if (is_space(*p)) {
			p++;
			continue;
		}
		const char *key = NULL;
		for (size_t k = 0; k < sizeof filter_keys / sizeof filter_keys[0]; k++) {
			size_t n = strlen(filter_keys[k]);
			if (strncmp(p, filter_keys[k], n) == 0 && p[n] == ':')
				key = filter_keys[k];
		}
		if (key) {
			char *value;
			const char *e = filter_value(p + strlen(key) + 1, &value);
			if (e == NULL) {
				*cause = xasprintf("malformed query: %s: a quote (\") is not closed", key);
				goto fail;
			}
			if (set_filter(q, key, value, cause) != 0)
				goto fail;
			p = e;
			continue;
		}
		/* A word or a quoted phrase goes to full-text search as typed. */
		const char *w = p;
		if (*p == '"') {
			const char *end = strchr(p + 1, '"');
			p = end ? end + 1 : p + strlen(p);
		} else {
			while (*p && !is_space(*p))
				p++;
		}
		buf_printf(&words, "%s%.*s", words.len ? " " : "", (int)(p - w), w);
	}
	if (words.len)
		q->words = buf_detach(&words);
	else
		buf_free(&words);
	if (!q->words && !query_has_filters(q)) {
		*cause = xstrdup("empty query: type the words to look for");
		query_free(q);
		return -1;
	}
	return 0;
fail:
	buf_free(&words);
	query_free(q);
	return -1;
}

void query_free(struct query *q)
{
	free(q->words);
	strv_free(&q->from);
	strv_free(&q->to);
	strv_free(&q->person);
	free(q->kind);
	free(q->lang);
	free(q->volume);
	free(q->date_lo);
	free(q->date_hi);
	memset(q, 0, sizeof *q);
}
