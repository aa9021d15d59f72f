/* store_snippet.c: dossier_snippet(), the search's snippets, in bounded
 * time. FTS5's snippet() scores every window of every hit in the whole
 * text: a letter in which a common word recurs took minutes (2 MB, 90,000
 * hits of "army": 26 s; 8 MB: 6 min). This one reads a bounded window:
 * the column with the most of the query's phrases among its first hits,
 * the window there that holds the most of them, and the text only as far
 * as that window's last word. */
#include "store_priv.h"

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

static void dossier_snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
			    sqlite3_value **val)
{
	const char *open = nval > 0 ? (const char *)sqlite3_value_text(val[0]) : NULL;
	const char *close = nval > 1 ? (const char *)sqlite3_value_text(val[1]) : NULL;
	const char *dots = nval > 2 ? (const char *)sqlite3_value_text(val[2]) : NULL;
	int ntokens = nval > 3 ? sqlite3_value_int(val[3]) : 16;
	open = open ? open : "";
	close = close ? close : "";
	dots = dots ? dots : "";
	if (ntokens < 1 || ntokens > 64)
		ntokens = 16;
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
	int lo = 0, best = 0;
	for (int i = 0; i < n && hits[i].first < SNIP_FAR; i++) {
		int d = snip_distinct(hits, n, i, hits[i].first + ntokens, nphrase);
		if (d > best) {
			best = d;
			/* a few words before the first hit, for its context */
			lo = hits[i].first > 3 ? hits[i].first - 3 : 0;
		}
	}
	const char *text = NULL;
	int len = 0;
	if (rc == SQLITE_OK)
		rc = api->xColumnText(fts, col, &text, &len);
	struct snip_tokens t = { api->xUserData(fts), lo, lo + ntokens - 1, 0, NULL, NULL, 0 };
	t.start = xcalloc((size_t)ntokens, sizeof *t.start);
	t.end = xcalloc((size_t)ntokens, sizeof *t.end);
	if (rc == SQLITE_OK && text) {
		rc = api->xTokenize(fts, text, len, &t, snip_token);
		if (rc == SQLITE_DONE)
			rc = SQLITE_OK;
	}
	if (rc != SQLITE_OK) {
		free(t.start);
		free(t.end);
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	struct buf b;
	buf_init(&b);
	int last = t.next - 1; /* the window's last token read */
	if (lo > 0 && last >= lo)
		buf_adds(&b, dots);
	int at = last >= lo && lo > 0 ? t.start[0] : 0;
	int until = -1; /* a highlight is open up to this token: a phrase is marked whole, as snippet() does */
	for (int k = lo; k <= last; k++) {
		int s = t.start[k - lo], e = t.end[k - lo], inside = until >= k;
		/* a hit that starts here (or covers the window's first word)
		 * opens a highlight; one that overlaps an open one extends it */
		for (int h = 0; h < n; h++)
			if (hits[h].first <= k && hits[h].last > until && hits[h].last >= k &&
			    (inside || hits[h].first == k || k == lo))
				until = hits[h].last;
		buf_add(&b, text + at, (size_t)(s - at));
		if (!inside && until >= k)
			buf_adds(&b, open);
		buf_add(&b, text + s, (size_t)(e - s));
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
	sqlite3_result_text(ctx, buf_detach(&b), -1, free);
}

int snippet_register(struct store *s, fts5_api *api)
{
	return api->xCreateFunction(api, "dossier_snippet", s, dossier_snippet, NULL) == SQLITE_OK;
}
