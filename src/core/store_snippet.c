/* store_snippet.c: dossier_snippet(), the search's snippets, in bounded
 * time. FTS5's snippet() scores every window of every hit in the whole
 * text: a letter in which a common word recurs took minutes (2 MB, 90,000
 * hits of "army": 26 s; 8 MB: 6 min). This one reads a bounded window:
 * the column with the most of the query's phrases among its first hits,
 * the window there that holds the most of them, and the text only as far
 * as that window's last word. */
#include "store_priv.h"

#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Hits looked at to choose the column and the window: a text where a
 * word recurs 100,000 times costs what one with 64 hits costs. */
#define SNIP_HITS 64
/* Text after the last word of a snippet that ends its column. */
#define SNIP_TAIL 64
/* Words read at most to reach the window (a tenth of a second; 6 MB of
 * letters): a hit further in a longer text is not shown, the start of the
 * text is (the reader opens the document at the hit). */
#define SNIP_FAR 1000000

/* A hit: the phrase, and its first and last token. */
struct snip_hit {
	int phrase, first, last;
};

/* The tokens [lo, hi] of a text, as byte ranges, read by xTokenize. */
struct snip_tokens {
	const struct store *s;  /* whose search's time is watched */
	int lo, hi, next;       /* next: the index of the token to come */
	int *start, *end;       /* of tokens lo..hi */
	int more;               /* a token after hi exists */
};

static int snip_token(void *arg, int flags, const char *tok, int ntok, int start, int end)
{
	(void)tok;
	(void)ntok;
	struct snip_tokens *t = arg;
	if (flags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	if (t->next > t->hi) {
		t->more = 1;
		return SQLITE_DONE; /* the rest of the text is not read */
	}
	if ((t->next & 4095) == 4095 && search_overdue(t->s))
		return SQLITE_INTERRUPT; /* a long way into a long text */
	if (t->next >= t->lo) {
		t->start[t->next - t->lo] = start;
		t->end[t->next - t->lo] = end;
	}
	t->next++;
	return SQLITE_OK;
}

/* How many of the phrases have a hit among hits[i..] that starts before
 * token limit. */
static int snip_distinct(const struct snip_hit *hits, int n, int i, int limit, int nphrase)
{
	unsigned char seen[64] = { 0 };
	int distinct = 0;
	for (; i < n && hits[i].first < limit; i++) {
		int p = hits[i].phrase;
		if (p < nphrase && p < 64 && !seen[p]) {
			seen[p] = 1;
			distinct++;
		}
	}
	return distinct;
}

/* The column to show: the most phrases among its first hits; on a tie,
 * the text, then the summary, then the title, then the people. */
static int snip_column(const Fts5ExtensionApi *api, Fts5Context *fts, int ninst, int nphrase)
{
	static const int prefer[] = { 3, 2, 0, 1 };
	int ncol = api->xColumnCount(fts), best = -1, best_score = 0;
	for (size_t k = 0; k < sizeof prefer / sizeof prefer[0]; k++) {
		int col = prefer[k];
		if (col >= ncol)
			continue;
		unsigned char seen[64] = { 0 };
		int score = 0, looked = 0;
		for (int i = 0; i < ninst && looked < SNIP_HITS; i++) {
			int ip, ic, io;
			if (api->xInst(fts, i, &ip, &ic, &io) != SQLITE_OK)
				break;
			if (ic != col)
				continue;
			looked++;
			if (ip < nphrase && ip < 64 && !seen[ip]) {
				seen[ip] = 1;
				score++;
			}
		}
		if (score > best_score) {
			best = col;
			best_score = score;
		}
	}
	return best;
}

/* How a column's text is cut into tokens: through FTS5's API inside a
 * query, or by the tokenizer the index uses. */
struct snip_source {
	const Fts5ExtensionApi *api;
	Fts5Context *fts;
	struct store *s;
};

static int snip_tokenize(const struct snip_source *src, const char *text, int len, void *arg,
			 int (*cb)(void *, int, const char *, int, int, int))
{
	if (src->api)
		return src->api->xTokenize(src->fts, text, len, arg, cb);
	return rank_tokenize(src->s, text, len, arg, cb);
}

/* The snippet of a column's text around its first hits (in order, the
 * chosen column's): the window of ntokens that holds the most phrases,
 * each hit marked whole. NULL with *rc set on an error. */
static char *snip_show(const struct snip_source *src, struct store *s, const char *text, int len,
		       const struct snip_hit *hits, int n, int nphrase, const char *open, const char *close,
		       const char *dots, int ntokens, int *rc)
{
	int lo = 0, best = 0;
	for (int i = 0; i < n && hits[i].first < SNIP_FAR; i++) {
		int d = snip_distinct(hits, n, i, hits[i].first + ntokens, nphrase);
		if (d > best) {
			best = d;
			/* a few words before the first hit, for its context */
			lo = hits[i].first > 3 ? hits[i].first - 3 : 0;
		}
	}
	struct snip_tokens t = { s, lo, lo + ntokens - 1, 0, NULL, NULL, 0 };
	t.start = xcalloc((size_t)ntokens, sizeof *t.start);
	t.end = xcalloc((size_t)ntokens, sizeof *t.end);
	*rc = SQLITE_OK;
	if (text) {
		*rc = snip_tokenize(src, text, len, &t, snip_token);
		if (*rc == SQLITE_DONE)
			*rc = SQLITE_OK;
	}
	if (*rc != SQLITE_OK) {
		free(t.start);
		free(t.end);
		return NULL;
	}
	struct buf b;
	buf_init(&b);
	int last = t.next - 1; /* the window's last token read */
	if (lo > 0 && last >= lo)
		buf_adds(&b, dots);
	int at = last >= lo && lo > 0 ? t.start[0] : 0;
	int until = -1; /* a highlight is open up to this token: a phrase is marked whole, as snippet() does */
	for (int k = lo; k <= last; k++) {
		int st = t.start[k - lo], e = t.end[k - lo], inside = until >= k;
		/* a hit that starts here (or covers the window's first word)
		 * opens a highlight; one that overlaps an open one extends it */
		for (int h = 0; h < n; h++)
			if (hits[h].first <= k && hits[h].last > until && hits[h].last >= k &&
			    (inside || hits[h].first == k || k == lo))
				until = hits[h].last;
		buf_add(&b, text + at, (size_t)(st - at));
		if (!inside && until >= k)
			buf_adds(&b, open);
		buf_add(&b, text + st, (size_t)(e - st));
		if (until == k || (until >= k && k == last))
			buf_adds(&b, close);
		at = e;
	}
	if (t.more) {
		buf_adds(&b, dots);
	} else if (text && at < len) {
		/* the column's end: its last punctuation, within reason */
		int tail = len - at < SNIP_TAIL ? len - at : SNIP_TAIL;
		while (tail > 0 && at + tail < len && ((unsigned char)text[at + tail] & 0xc0) == 0x80)
			tail--; /* not in the middle of a character */
		buf_add(&b, text + at, (size_t)tail);
	}
	free(t.start);
	free(t.end);
	return buf_detach(&b);
}

/* The marks and size of a snippet from its SQL arguments. */
static void snip_args(sqlite3_value **val, int nval, const char **open, const char **close, const char **dots,
		      int *ntokens)
{
	*open = nval > 0 ? (const char *)sqlite3_value_text(val[0]) : NULL;
	*close = nval > 1 ? (const char *)sqlite3_value_text(val[1]) : NULL;
	*dots = nval > 2 ? (const char *)sqlite3_value_text(val[2]) : NULL;
	*ntokens = nval > 3 ? sqlite3_value_int(val[3]) : 16;
	*open = *open ? *open : "";
	*close = *close ? *close : "";
	*dots = *dots ? *dots : "";
	if (*ntokens < 1 || *ntokens > 64)
		*ntokens = 16;
}

static void dossier_snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
			    sqlite3_value **val)
{
	const char *open, *close, *dots;
	int ntokens;
	snip_args(val, nval, &open, &close, &dots, &ntokens);
	int ninst = 0, nphrase = api->xPhraseCount(fts);
	int rc = api->xInstCount(fts, &ninst);
	int col = rc == SQLITE_OK ? snip_column(api, fts, ninst, nphrase) : -1;
	/* The column's first hits, and the window holding most phrases. */
	struct snip_hit hits[SNIP_HITS];
	int n = 0;
	for (int i = 0; rc == SQLITE_OK && col >= 0 && i < ninst && n < SNIP_HITS; i++) {
		int ip, ic, io;
		rc = api->xInst(fts, i, &ip, &ic, &io);
		if (rc == SQLITE_OK && ic == col)
			hits[n++] = (struct snip_hit){ ip, io, io + api->xPhraseSize(fts, ip) - 1 };
	}
	if (col < 0)
		col = api->xColumnCount(fts) > 3 ? 3 : 0; /* no hit to show: the start of the text */
	const char *text = NULL;
	int len = 0;
	if (rc == SQLITE_OK)
		rc = api->xColumnText(fts, col, &text, &len);
	struct snip_source src = { api, fts, api->xUserData(fts) };
	char *out = rc == SQLITE_OK ? snip_show(&src, src.s, text, len, hits, n, nphrase, open, close, dots,
						ntokens, &rc)
				    : NULL;
	if (out == NULL) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	sqlite3_result_text(ctx, out, -1, free);
}

/* ---- the same from a document's text, without the index -------------- */

/* One column's hits of the phrases, found token by token: the first
 * SNIP_HITS (the text is read no further). */
struct text_hits {
	const struct strv *toks;        /* the phrases' tokens, phrase after phrase */
	const size_t *lens, *first;     /* each phrase's count of tokens, and its first in toks */
	size_t nph;
	uint64_t *state;                /* per phrase: its tokens matched so far, as bits */
	int next;                       /* the index of the token to come */
	struct snip_hit *hits;
	int n;
};

static int text_token(void *arg, int flags, const char *tok, int ntok, int start, int end)
{
	(void)start;
	(void)end;
	struct text_hits *h = arg;
	if (flags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	for (size_t p = 0; p < h->nph; p++) {
		uint64_t bits = 0;
		for (size_t j = 0; j < h->lens[p]; j++) {
			const char *w = h->toks->v[h->first[p] + j];
			if (strncmp(w, tok, (size_t)ntok) == 0 && w[ntok] == '\0')
				bits |= (uint64_t)1 << j;
		}
		h->state[p] = ((h->state[p] << 1) | 1) & bits;
		if ((h->state[p] >> (h->lens[p] - 1)) & 1 && h->n < SNIP_HITS)
			h->hits[h->n++] = (struct snip_hit){ (int)p, h->next - (int)h->lens[p] + 1, h->next };
	}
	h->next++;
	return h->n == SNIP_HITS ? SQLITE_DONE : SQLITE_OK;
}

/* dossier_text_snippet(fts, open, close, dots, ntokens, title, people,
 * summary, body): dossier_snippet() for a search ranked from the lists
 * (store_rank_top.c), whose documents are read by id: their phrases are
 * found in the text rather than asked of FTS5, which would load the
 * words' whole lists of positions for each (14 ms for a screen of
 * "units" at 100,000 letters). */
static void text_snippet(sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	struct store *s = sqlite3_user_data(ctx);
	const char *open, *close, *dots;
	int ntokens;
	snip_args(val + 1, 4, &open, &close, &dots, &ntokens);
	const char *fts = (const char *)sqlite3_value_text(val[0]);
	struct strv toks;
	strv_init(&toks);
	size_t *lens = NULL;
	size_t nph = fts ? rank_query_phrases(s, fts, &toks, &lens) : 0;
	size_t *first = xcalloc(nph ? nph : 1, sizeof *first);
	for (size_t p = 1; p < nph; p++)
		first[p] = first[p - 1] + lens[p - 1];
	uint64_t *state = xcalloc(nph ? nph : 1, sizeof *state);
	/* The column with the most phrases among its first hits; on a tie,
	 * the text, then the summary, then the title, then the people (as
	 * snip_column). */
	static const int prefer[] = { 3, 2, 0, 1 };
	struct snip_hit col_hits[4][SNIP_HITS];
	int col_n[4] = { 0 }, best = -1, best_score = 0, rc = SQLITE_OK;
	for (size_t k = 0; k < 4 && rc == SQLITE_OK; k++) {
		int col = prefer[k];
		if (5 + col >= nval)
			continue;
		const char *text = (const char *)sqlite3_value_text(val[5 + col]);
		if (text == NULL || nph == 0)
			continue;
		memset(state, 0, nph * sizeof *state);
		struct text_hits h = { &toks, lens, first, nph, state, 0, col_hits[col], 0 };
		rc = rank_tokenize(s, text, sqlite3_value_bytes(val[5 + col]), &h, text_token);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		col_n[col] = h.n;
		int score = snip_distinct(h.hits, h.n, 0, INT_MAX, (int)nph);
		if (score > best_score) {
			best = col;
			best_score = score;
		}
	}
	strv_free(&toks);
	free(lens);
	free(first);
	free(state);
	int col = best >= 0 ? best : 3; /* no hit to show: the start of the text */
	const char *text = 5 + col < nval ? (const char *)sqlite3_value_text(val[5 + col]) : NULL;
	int len = text ? sqlite3_value_bytes(val[5 + col]) : 0;
	struct snip_source src = { NULL, NULL, s };
	char *out = rc == SQLITE_OK ? snip_show(&src, s, text, len, col_hits[col], best >= 0 ? col_n[col] : 0,
						(int)nph, open, close, dots, ntokens, &rc)
				    : NULL;
	if (out == NULL) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	sqlite3_result_text(ctx, out, -1, free);
}

int snippet_text_register(struct store *s)
{
	return sqlite3_create_function(s->db, "dossier_text_snippet", 9, SQLITE_UTF8, s, text_snippet, NULL,
				       NULL) == SQLITE_OK;
}

int snippet_register(struct store *s, fts5_api *api)
{
	return api->xCreateFunction(api, "dossier_snippet", s, dossier_snippet, NULL) == SQLITE_OK;
}
