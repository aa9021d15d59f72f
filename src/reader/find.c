/* find.c: words found in a body as a reader types them (case and
 * diacritics ignored), the search in the open document and its hits. */
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "dossier/query.h"
#include "dossier/util.h"
#include "mode.h"

/* A character folded for matching: lower case, diacritics dropped. */
static ucs4_t fold(ucs4_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	for (int i = 0; i < 4 && uc_canonical_decomposition(c, d) > 0; i++)
		c = d[0];
	return uc_tolower(c);
}

static int is_mark(ucs4_t c)
{
	return c >= 0x300 && uc_combining_class(c) != 0;
}

int app_word_char(ucs4_t c)
{
	return uc_is_alnum(c) || is_mark(c);
}

static int is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == 0xa0;
}

/* The query as folded characters, 0 standing for any run of white space. */
static ucs4_t *query_fold(const char *q, size_t *n)
{
	size_t len = strlen(q), k = 0;
	ucs4_t *out = xcalloc(len + 1, sizeof *out);
	const uint8_t *p = (const uint8_t *)q, *end = p + len;
	while (p < end) {
		ucs4_t c;
		p += u8_mbtouc(&c, p, (size_t)(end - p));
		if (is_mark(c))
			continue;
		if (is_space(c)) {
			if (k > 0 && out[k - 1] != 0)
				out[k++] = 0;
			continue;
		}
		out[k++] = fold(c);
	}
	while (k > 0 && out[k - 1] == 0)
		k--;
	*n = k;
	return out;
}

/* The end of a match of q at body offset i, or 0 if none there. */
static size_t match_at(const uint8_t *s, size_t len, size_t i, const ucs4_t *q, size_t nq)
{
	size_t j = i;
	for (size_t k = 0; k < nq; k++) {
		ucs4_t c;
		if (j >= len)
			return 0;
		int cl = u8_mbtouc(&c, s + j, len - j);
		if (q[k] == 0) {
			if (!is_space(c))
				return 0;
			while (j < len && (cl = u8_mbtouc(&c, s + j, len - j)) > 0 && is_space(c))
				j += (size_t)cl;
			continue;
		}
		if (fold(c) != q[k])
			return 0;
		j += (size_t)cl;
		/* Marks on the body's letter do not count. */
		while (j < len && (cl = u8_mbtouc(&c, s + j, len - j)) > 0 && is_mark(c))
			j += (size_t)cl;
	}
	return j;
}

size_t app_search_set(struct app *a, const char *query)
{
	char *copy = query && *query ? xstrdup(query) : NULL; /* query may be a->search */
	free(a->search);
	a->search = copy;
	a->nhits = 0;
	a->hit = SIZE_MAX;
	if (a->search == NULL || a->doc == NULL)
		return 0;
	size_t nq;
	ucs4_t *q = query_fold(a->search, &nq);
	const uint8_t *s = (const uint8_t *)a->doc->doc->body;
	size_t len = a->doc->doc->body_len, cap = 0;
	if (nq > 0 && s) {
		for (size_t i = 0; i < len;) {
			ucs4_t c;
			int cl = u8_mbtouc(&c, s + i, len - i);
			size_t end;
			if (!is_mark(c) && fold(c) == q[0] && (end = match_at(s, len, i, q, nq)) > i) {
				if (a->nhits == cap) {
					cap = cap ? cap * 2 : 64;
					a->hits = xreallocarray(a->hits, cap, sizeof *a->hits);
				}
				a->hits[a->nhits++] = (struct layout_span){ i, end };
				i = end;
				continue;
			}
			i += (size_t)cl;
		}
	}
	free(q);
	return a->nhits;
}

/* Makes hit h current and brings it into view. */
void app_goto_hit(struct app *a, size_t h)
{
	a->hit = h;
	app_reveal(a, a->hits[h].start);
}

/* The first hit at or after body offset from, wrapping; sets *wrapped. */
size_t app_hit_from(const struct app *a, size_t from, int *wrapped)
{
	for (size_t i = 0; i < a->nhits; i++)
		if (a->hits[i].start >= from) {
			*wrapped = 0;
			return i;
		}
	*wrapped = 1;
	return 0;
}

void app_search_next(struct app *a, long dir)
{
	if (a->search == NULL) {
		app_error(a, "no search yet (/ searches)");
		return;
	}
	if (a->nhits == 0) {
		app_error(a, "not found: %s", a->search);
		return;
	}
	size_t top = app_view_top(a), vs, ve;
	app_view_bytes(a, &vs, &ve);
	int visible = a->hit < a->nhits && a->hits[a->hit].start >= vs && a->hits[a->hit].start < ve;
	int wrapped = 0;
	size_t next;
	if (dir > 0) {
		if (visible) {
			wrapped = a->hit + 1 >= a->nhits;
			next = wrapped ? 0 : a->hit + 1;
		} else {
			next = app_hit_from(a, top <= a->nhead ? 0 : a->pos, &wrapped);
		}
	} else {
		size_t ref = visible ? a->hits[a->hit].start : (top <= a->nhead ? 0 : a->pos);
		next = SIZE_MAX;
		for (size_t i = a->nhits; i-- > 0;)
			if (a->hits[i].start < ref) {
				next = i;
				break;
			}
		if (next == SIZE_MAX) {
			next = a->nhits - 1;
			wrapped = 1;
		}
	}
	app_goto_hit(a, next);
	if (wrapped)
		app_message(a, dir > 0 ? "search wrapped to the top" : "search wrapped to the bottom");
	else
		app_message(a, "%zu of %zu: %s", next + 1, a->nhits, a->search);
}

/* The first whole-word match of term (folded) in s from 0; prefix: the
 * end need not be a word's. */
static int find_term(const uint8_t *s, size_t len, const char *term, int prefix, size_t *ms, size_t *me)
{
	size_t nq;
	ucs4_t *q = query_fold(term, &nq);
	int found = -1;
	if (nq == 0) {
		free(q);
		return -1;
	}
	ucs4_t prev = ' ';
	for (size_t i = 0; i < len;) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, s + i, len - i);
		size_t end;
		if (!app_word_char(prev) && !is_mark(c) && fold(c) == q[0] && (end = match_at(s, len, i, q, nq)) > i) {
			ucs4_t after = ' ';
			if (end < len)
				u8_mbtouc(&after, s + end, len - end);
			if (prefix || !app_word_char(after)) {
				*ms = i;
				*me = end;
				found = 0;
				break;
			}
		}
		if (!is_mark(c))
			prev = c;
		i += (size_t)cl;
	}
	free(q);
	return found;
}

int app_first_hit(const char *body, size_t len, const char *query, size_t *start, size_t *end)
{
	if (body == NULL || query == NULL)
		return -1;
	struct query q;
	char *cause = NULL;
	if (query_parse(query, &q, &cause) != 0) {
		free(cause);
		return -1;
	}
	if (q.words == NULL) {
		query_free(&q);
		return -1;
	}
	/* The terms: phrases and words, not the operators, nor what NOT
	 * excludes. */
	struct strv terms, plain;
	strv_init(&terms);
	strv_init(&plain);
	int prefixes[64] = { 0 }, negate = 0;
	for (const char *p = q.words; *p && terms.n < 64;) {
		if (*p == ' ' || *p == '\t' || *p == '(' || *p == ')') {
			p++;
			continue;
		}
		const char *w = p;
		size_t n;
		int quoted = *p == '"';
		if (quoted) {
			const char *close = strchr(p + 1, '"');
			w = p + 1;
			n = close ? (size_t)(close - w) : strlen(w);
			p = close ? close + 1 : w + n;
		} else {
			while (*p && *p != ' ' && *p != '\t' && *p != '(' && *p != ')' && *p != '"')
				p++;
			n = (size_t)(p - w);
		}
		int prefix = 0;
		if (!quoted && n > 1 && w[n - 1] == '*') {
			prefix = 1;
			n--;
		} else if (quoted && *p == '*') {
			prefix = 1;
			p++;
		}
		if (!quoted && ((n == 3 && (strncmp(w, "AND", 3) == 0)) || (n == 2 && strncmp(w, "OR", 2) == 0)))
			continue;
		if (!quoted && n == 3 && strncmp(w, "NOT", 3) == 0) {
			negate = 1;
			continue;
		}
		if (negate || n == 0) {
			negate = 0;
			continue;
		}
		prefixes[terms.n] = prefix;
		strv_push_owned(&terms, xstrndup(w, n));
		if (!quoted && !prefix)
			strv_push_owned(&plain, xstrndup(w, n));
	}
	query_free(&q);
	const uint8_t *s = (const uint8_t *)body;
	int found = -1;
	/* Words typed side by side are most likely a phrase in the text. */
	if (plain.n > 1) {
		struct buf b;
		buf_init(&b);
		for (size_t i = 0; i < plain.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", plain.v[i]);
		found = find_term(s, len, b.data, 0, start, end);
		buf_free(&b);
	}
	/* Else the earliest of the terms. */
	size_t best = SIZE_MAX;
	for (size_t k = 0; found != 0 && k < terms.n; k++) {
		size_t ms, me;
		if (find_term(s, len, terms.v[k], prefixes[k], &ms, &me) == 0 && ms < best) {
			best = ms;
			*start = ms;
			*end = me;
		}
	}
	if (best != SIZE_MAX)
		found = 0;
	strv_free(&terms);
	strv_free(&plain);
	return found;
}

/* Widens [*s, *e) to whole words: "Chinese comr" is "Chinese comrades". */
void app_word_bounds(const char *body, size_t len, size_t *s, size_t *e)
{
	const uint8_t *b = (const uint8_t *)body;
	while (*s > 0) {
		ucs4_t c;
		const uint8_t *p = u8_prev(&c, b + *s, b);
		if (p == NULL)
			break;
		if (!app_word_char(c))
			break;
		*s = (size_t)(p - b);
	}
	while (*e < len) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, b + *e, len - *e);
		if (!app_word_char(c))
			break;
		*e += (size_t)cl;
	}
}

/* The word at off, else the next one, else the one before. */
void app_word_at(const char *b, size_t len, size_t off, size_t *s, size_t *e)
{
	const uint8_t *u = (const uint8_t *)b;
	size_t i = off < len ? off : len;
	while (i < len) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, u + i, len - i);
		if (app_word_char(c))
			break;
		i += (size_t)cl;
	}
	if (i == len) {
		/* No word after: the last one before. */
		i = off < len ? off : len;
		while (i > 0) {
			ucs4_t c;
			const uint8_t *p = u8_prev(&c, u + i, u);
			if (p == NULL)
				break;
			if (app_word_char(c))
				break;
			i = (size_t)(p - u);
		}
		if (i == 0) {
			*s = 0;
			*e = len;
			return;
		}
		i = (size_t)(u8_prev(&(ucs4_t){ 0 }, u + i, u) - u);
	}
	*s = *e = i;
	app_word_bounds(b, len, s, e);
	if (*e == *s && *e < len)
		*e += (size_t)u8_mblen(u + *e, len - *e);
}

/* The paragraph (between blank lines) holding off. */
void app_para_at(const char *b, size_t len, size_t off, size_t *s, size_t *e)
{
	if (off > len)
		off = len;
	size_t i = off;
	while (i > 0 && !(b[i - 1] == '\n' && i >= 2 && b[i - 2] == '\n'))
		i--;
	while (i < len && (b[i] == '\n' || b[i] == ' '))
		i++;
	size_t j = i > off ? i : off;
	while (j < len && !(b[j] == '\n' && j + 1 < len && b[j + 1] == '\n'))
		j++;
	while (j > i && (b[j - 1] == '\n' || b[j - 1] == ' '))
		j--;
	*s = i;
	*e = j;
}

/* Back to where the reader was when the prompt opened. */
static void restore_pos(struct app *a)
{
	a->pos = a->prompt.pos;
	a->head_skip = a->prompt.head_skip;
}

void app_search_typed(struct app *a, const char *t)
{
	restore_pos(a);
	if (app_search_set(a, t) == 0) {
		if (*t)
			app_error(a, "not found: %s", t);
		else
			app_message(a, " ");
		return;
	}
	int wrapped;
	size_t h = app_hit_from(a, app_view_top(a) <= a->nhead ? 0 : a->pos, &wrapped);
	app_goto_hit(a, h);
	if (wrapped)
		app_message(a, "search wrapped to the top");
	else
		app_message(a, "%zu of %zu", h + 1, a->nhits);
}

void app_search_restore(struct app *a)
{
	app_search_set(a, a->prompt.saved);
	restore_pos(a);
}
