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

/* Adds w[0..n) as an FTS5 string: a word keeps a trailing * as a prefix;
 * a phrase's words are taken as they are (its prefix * comes after its
 * closing quote: "a b"*, and a * inside made two). */
static void add_word(struct buf *b, const char *w, size_t n, int phrase)
{
	int prefix = !phrase && n > 1 && w[n - 1] == '*';
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

/* 0 if the query is short enough to answer at once, else -1 with *cause. */
static int check_length(const char *input, char **cause)
{
	size_t n = strlen(input);
	if (n <= QUERY_MAX_BYTES)
		return 0;
	*cause = xasprintf("the query is too long (%zu bytes; a search takes at most %d): search for its rarest words",
			   n, QUERY_MAX_BYTES);
	return -1;
}

/* Reads NEAR(word "a phrase" ..., N) at p (just past "NEAR") into b as
 * FTS5's NEAR group; returns the end, or NULL with *cause. */
static const char *near_group(const char *p, struct buf *b, int *terms, char **cause)
{
	static const char usage[] = "malformed query: NEAR(...) takes two or more words or phrases and an "
				    "optional distance, as NEAR(Stalin Mao) or NEAR(Stalin \"Kim Il Sung\", 20)";
	int phrases = 0;
	buf_adds(b, " NEAR(");
	p++;
	for (;;) {
		while (is_space(*p))
			p++;
		if (*p == ')' || *p == ',' || *p == '\0')
			break;
		const char *w = p;
		size_t n;
		int quoted = *p == '"';
		if (quoted) {
			const char *end = strchr(p + 1, '"');
			if (end == NULL)
				break;
			w = p + 1;
			n = (size_t)(end - w);
			p = end + 1;
		} else {
			while (*p && !is_space(*p) && *p != ')' && *p != ',' && *p != '"' && *p != '(')
				p++;
			n = (size_t)(p - w);
			if (*p == '(' || is_operator(w, n))
				break;
		}
		buf_addc(b, ' ');
		add_word(b, w, n, quoted);
		if (*p == '*')
			buf_addc(b, *p++);
		phrases++;
	}
	if (*p == ',') {
		p++;
		while (is_space(*p))
			p++;
		const char *d = p;
		while (*p >= '0' && *p <= '9' && p - d < 6)
			p++;
		if (p == d)
			goto fail;
		buf_printf(b, ", %.*s", (int)(p - d), d);
		while (is_space(*p))
			p++;
	}
	if (*p != ')' || phrases < 2)
		goto fail;
	buf_addc(b, ')');
	*terms += phrases;
	return p + 1;
fail:
	*cause = xstrdup(usage);
	return NULL;
}

char *query_to_fts(const char *input, char **cause)
{
	if (check_length(input, cause) != 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	/* What came last: nothing (or a '('), an operand (a word, a phrase,
	 * a NEAR group, a ')'), or an operator. FTS5 joins two operands
	 * without an operator only when neither is a group in parentheses:
	 * there the AND is written out. */
	enum { NONE, OPERAND, OPERATOR } last = NONE;
	int depth = 0, terms = 0, group = 0;   /* group: the last operand was a ')' */
	const char *p = input;
	while (*p) {
		if (is_space(*p)) {
			p++;
			continue;
		}
		if (*p == '(') {
			if (last == OPERAND)
				buf_adds(&b, " AND");
			depth++;
			buf_adds(&b, " ( ");
			p++;
			last = NONE;
			continue;
		}
		if (*p == ')') {
			if (--depth < 0) {
				*cause = xstrdup("malformed query: a ')' without its '('");
				goto fail;
			}
			if (last != OPERAND) {
				*cause = xstrdup(last == NONE ? "malformed query: '()' holds no words"
							      : "malformed query: an operator (AND, OR, NOT) before ')'");
				goto fail;
			}
			buf_adds(&b, " ) ");
			p++;
			group = 1;
			continue;
		}
		const char *w = p;
		size_t n;
		int phrase = *p == '"';
		if (phrase) {
			const char *end = strchr(p + 1, '"');
			if (end == NULL) {
				*cause = xstrdup("malformed query: a phrase's closing quote (\") is missing");
				goto fail;
			}
			w = p + 1;
			n = (size_t)(end - w);
			p = end + 1;
		} else {
			while (*p && !is_space(*p) && *p != '(' && *p != ')' && *p != '"')
				p++;
			n = (size_t)(p - w);
			if (is_operator(w, n)) {
				if (last != OPERAND) {
					*cause = xasprintf("malformed query: '%.*s' needs words on both sides", (int)n, w);
					goto fail;
				}
				buf_printf(&b, " %.*s", (int)n, w);
				last = OPERATOR;
				group = 0;
				continue;
			}
		}
		if (last == OPERAND && group)
			buf_adds(&b, " AND");
		if (!phrase && n == 4 && memcmp(w, "NEAR", 4) == 0 && *p == '(') {
			if ((p = near_group(p, &b, &terms, cause)) == NULL)
				goto fail;
		} else {
			buf_addc(&b, ' ');
			add_word(&b, w, n, phrase);
			if (phrase && *p == '*')
				buf_addc(&b, *p++);
			terms++;
		}
		last = OPERAND;
		group = 0;
		if (terms > QUERY_MAX_TERMS) {
			*cause = xasprintf("the query has too many words (more than %d): search for the rarest of them, "
					   "or narrow it with from:, to:, date:", QUERY_MAX_TERMS);
			goto fail;
		}
	}
	if (depth != 0) {
		*cause = xstrdup("malformed query: a '(' without its ')'");
		goto fail;
	}
	if (terms == 0) {
		*cause = xstrdup("empty query: type the words to look for");
		goto fail;
	}
	if (last == OPERATOR) {
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
		/* an example of the key's own values: a date is no name */
		const char *example = strcmp(key, "date") == 0 ? "1950, 1950-10 or 1950..1952"
				      : strcmp(key, "kind") == 0 ? "telegram"
				      : strcmp(key, "lang") == 0 ? "rus"
								  : "NAME";
		*cause = xasprintf("malformed query: %s: needs a value (%s:%s)", key, key, example);
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
	if (check_length(input, cause) != 0)
		return -1;
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
