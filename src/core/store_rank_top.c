/* store_rank_top.c: a search's top documents from the rank lists,
 * answered only when no document left out could enter it (see
 * store_rank.c). */
#include "store_rank_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ranking a search from the lists --------------------------------- */

/* Counting some words in one document, by tokenizing its text as FTS5
 * did: a tenth of the cost of asking FTS5, whose answer for one row
 * seeks through every segment of each word. */
struct doc_count {
	char *const *words;
	size_t n;
	uint32_t *tf;
	uint32_t len;
};

static int count_words(void *p, int flags, const char *tok, int n, int start, int end)
{
	(void)start;
	(void)end;
	struct doc_count *c = p;
	if (flags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	c->len++;
	for (size_t i = 0; i < c->n; i++)
		if (strncmp(c->words[i], tok, (size_t)n) == 0 && c->words[i][n] == '\0')
			c->tf[i]++;
	return SQLITE_OK;
}

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Counts a token that is ASCII letters and digits, folded as unicode61
 * folds them. */
static void count_ascii_token(struct doc_count *c, const char *t, size_t len)
{
	char tok[64];
	c->len++;
	if (len >= sizeof tok)
		return; /* longer than every word asked for (doc_counts checks) */
	for (size_t k = 0; k < len; k++)
		tok[k] = t[k] >= 'A' && t[k] <= 'Z' ? (char)(t[k] - 'A' + 'a') : t[k];
	for (size_t w = 0; w < c->n; w++)
		if (c->words[w][0] == tok[0] && strncmp(c->words[w], tok, len) == 0 && c->words[w][len] == '\0')
			c->tf[w]++;
}

/* count_words over a text, the tokenizer asked only about its runs that
 * hold other than ASCII: no token spans an ASCII character that is not a
 * letter or a digit (unicode61 separates on them all: its token
 * characters are L* N* Co), and a run of ASCII letters and digits is one
 * token, in lower case. */
static void count_text(struct doc_count *c, struct rank_wrap *w, const char *text, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)text[i];
		if (ch < 0x80 && !ascii_alnum(ch)) {
			i++;
			continue;
		}
		size_t start = i;
		int other = 0;
		while (i < n && ((unsigned char)text[i] >= 0x80 || ascii_alnum((unsigned char)text[i]))) {
			other |= (unsigned char)text[i] >= 0x80;
			i++;
		}
		if (other)
			w->base.xTokenize(w->doc_tok, c, FTS5_TOKENIZE_DOCUMENT, text + start, (int)(i - start),
					  count_words);
		else
			count_ascii_token(c, text + start, i - start);
	}
}

/* The counts of words in document doc, and its length: 1, 0 when there
 * is no such document, -1. */
static int doc_counts(struct store *s, uint32_t doc, char *const *words, size_t n, uint32_t *tf, uint32_t *len)
{
	struct rank_wrap *w = s->rank_wrap;
	if (w->doc_tok == NULL) {
		const char *args[] = { "remove_diacritics", "2" };
		if (w->base.xCreate(w->base_ctx, args, 2, &w->doc_tok) != SQLITE_OK) {
			w->doc_tok = NULL;
			return -1;
		}
	}
	sqlite3_stmt *st = sql_stmt(s, ST_DOC_TEXT, NULL);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	struct doc_count c = { words, n, tf, 0 };
	memset(tf, 0, n * sizeof *tf);
	int long_word = 0;
	for (size_t i = 0; i < n; i++)
		long_word |= strlen(words[i]) >= 64;
	for (int col = 0; col < 4; col++) {
		const char *text = (const char *)sqlite3_column_text(st, col);
		int bytes = sqlite3_column_bytes(st, col);
		if (text == NULL)
			continue;
		if (long_word)
			w->base.xTokenize(w->doc_tok, &c, FTS5_TOKENIZE_DOCUMENT, text, bytes, count_words);
		else
			count_text(&c, w, text, (size_t)bytes);
	}
	sqlite3_reset(st);
	*len = c.len;
	return 1;
}

/* A word of the query: its list (or, rare, all its documents). */
struct rank_word {
	char *term;
	int64_t df;
	double a0, floor;       /* the list's mean length and floor; -1: listed whole */
	double idf, up;         /* up: the most a document left out of the list scores */
	struct rank_entry *v;
	uint32_t *vlen;         /* the lengths, when listed whole (not capped) */
	size_t n;
};

struct rank_cand {
	uint32_t doc;
	uint32_t len;
	int capped;             /* len is the cap (65535), not the length */
	double upper, score;
	int exact;
};

/* Parses the FTS5 expression of a search into its words, if it is one
 * the lists can rank: quoted words of one token each, all joined by AND
 * (or nothing) or all by OR. 1, 0 (another query), -1 (out of memory). */
static int query_words(struct store *s, const char *fts, struct strv *words, int *or)
{
	int and = 0;
	*or = 0;
	const char *p = fts;
	while (*p) {
		if (*p == ' ') {
			p++;
			continue;
		}
		if (*p == '"') {
			struct buf w;
			buf_init(&w);
			for (p++; *p && !(*p == '"' && p[1] != '"'); p++) {
				if (*p == '"')
					p++;
				buf_addc(&w, *p);
			}
			if (*p != '"' || p[1] == '*') {
				buf_free(&w);
				return 0;
			}
			p++;
			char *t = rank_word_token(s, w.data ? w.data : "", w.len);
			buf_free(&w);
			if (t == NULL)
				return 0; /* a phrase, or no word at all */
			strv_push_owned(words, t);
			continue;
		}
		if (strncmp(p, "AND ", 4) == 0) {
			and = 1;
			p += 3;
		} else if (strncmp(p, "OR ", 3) == 0) {
			*or = 1;
			p += 2;
		} else {
			return 0; /* NOT, parentheses */
		}
	}
	return words->n > 0 && !(and && *or);
}

static double bm25_term(double idf, double tf, double len, double avgdl)
{
	/* dossier_bm25's expression, term for term, for the same doubles */
	return idf * (tf * (BM25_K1 + 1.0)) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len / avgdl));
}

static void words_free(struct rank_word *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(w[i].v);
		free(w[i].vlen);
	}
	free(w);
}

/* Reads word w's list; a word without one is listed whole from the
 * index if it is rare and the words are ORed. 1, 0 (too common to list
 * whole, or rare in an AND: FTS5 ranks it), -1. */
static int word_load(struct store *s, struct rank_word *w, double rows, int or)
{
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_GET, NULL);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, w->term, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		w->df = sqlite3_column_int64(st, 0);
		double a0 = sqlite3_column_double(st, 1), fl = sqlite3_column_double(st, 2);
		const unsigned char *p = sqlite3_column_blob(st, 3);
		w->n = (size_t)sqlite3_column_bytes(st, 3) / ENTRY_BYTES;
		w->v = xcalloc(w->n ? w->n : 1, sizeof *w->v);
		for (size_t i = 0; i < w->n; i++)
			w->v[i] = (struct rank_entry){ (uint32_t)rank_get_le(p + i * ENTRY_BYTES, 4),
						       (uint16_t)rank_get_le(p + i * ENTRY_BYTES + 4, 2),
						       (uint16_t)rank_get_le(p + i * ENTRY_BYTES + 6, 2) };
		w->a0 = a0;
		w->floor = fl;
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	/* Rare, in an AND: FTS5 finds its few matches faster (reading them
	 * all here first, then giving up, cost a search twice over). */
	if (!or)
		return 0;
	/* Rare: every document that holds it, with its exact tf and length. */
	if ((st = sql_stmt(s, ST_RANK_FILL, NULL)) == NULL)
		return -1;
	char *q = xasprintf("\"%s\"", w->term);
	sqlite3_bind_text(st, 1, q, -1, free);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)rows + INT32_MAX);
	size_t cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((int64_t)w->n == s->rank_min_df + s->rank_track) {
			rc = SQLITE_DONE + 1000;
			break;
		}
		if (w->n == cap) {
			cap = cap ? cap * 2 : 64;
			w->v = xreallocarray(w->v, cap, sizeof *w->v);
			w->vlen = xreallocarray(w->vlen, cap, sizeof *w->vlen);
		}
		int64_t v = sqlite3_column_int64(st, 1);
		uint64_t tf = (uint64_t)v >> 32;
		w->v[w->n] = (struct rank_entry){ (uint32_t)sqlite3_column_int64(st, 0), (uint16_t)(tf > 65535 ? 65535 : tf),
						  0 };
		w->vlen[w->n++] = (uint32_t)v;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE + 1000)
		return 0;
	if (rc != SQLITE_DONE)
		return -1;
	w->df = (int64_t)w->n;
	w->floor = -1; /* listed whole: nothing left out */
	return 1;
}

static int cmp_upper(const void *a, const void *b)
{
	const struct rank_cand *x = a, *y = b;
	return x->upper > y->upper ? -1 : x->upper < y->upper ? 1 : (x->doc > y->doc) - (x->doc < y->doc);
}

/* A better hit: a higher score, or the same and an earlier document. */
static int better(const struct rank_hit *a, const struct rank_hit *b)
{
	return a->r < b->r || (a->r == b->r && a->id < b->id);
}

int rank_top(struct store *s, const char *fts, size_t limit, struct rank_hit **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (s->rank_off || s->rank_wrap == NULL || limit == 0)
		return 0;
	sqlite3_stmt *vst = sql_stmt(s, ST_RANK_VALID, NULL);
	if (vst == NULL)
		return -1;
	int valid = sqlite3_step(vst) == SQLITE_ROW && sqlite3_column_int(vst, 0) == 1;
	sqlite3_reset(vst);
	if (!valid)
		return 0;
	struct strv terms;
	strv_init(&terms);
	int or, ret = 0;
	if (query_words(s, fts, &terms, &or) != 1) {
		strv_free(&terms);
		return 0;
	}
	double rows, tokens;
	if (rank_fts_totals(s, &rows, &tokens) != 0 || rows <= 0 || tokens <= 0) {
		strv_free(&terms);
		return 0;
	}
	double avgdl = tokens / rows;
	size_t nw = terms.n;
	struct rank_word *w = xcalloc(nw, sizeof *w);
	double outside = 0;
	size_t ncand = 0, capc = 0;
	struct rank_cand *c = NULL;
	uint32_t *slot = NULL; /* candidate index + 1, by doc, open addressing */
	uint32_t *slot_doc = NULL;
	size_t nslot = 0;
	double *tf = NULL;      /* ncand x nw: tf, or -1 unknown */
	for (size_t i = 0; i < nw; i++) {
		w[i].term = terms.v[i];
		int rc = word_load(s, &w[i], rows, or);
		if (rc <= 0) {
			ret = rc;
			goto out;
		}
		int whole = w[i].floor < 0;
		double idf = log((rows - (double)w[i].df + 0.5) / ((double)w[i].df + 0.5));
		w[i].idf = idf <= 0.0 ? 1e-6 : idf;
		w[i].up = whole ? 0 : w[i].idf * (BM25_K1 + 1.0) * rank_floor_at(w[i].floor, w[i].a0, avgdl);
		outside += w[i].up;
	}
	/* The candidates: every document of a list. */
	for (size_t i = 0; i < nw; i++)
		ncand += w[i].n;
	nslot = 16;
	while (nslot < 2 * ncand)
		nslot *= 2;
	slot = xcalloc(nslot, sizeof *slot);
	slot_doc = xcalloc(nslot, sizeof *slot_doc);
	capc = ncand ? ncand : 1;
	c = xcalloc(capc, sizeof *c);
	tf = xcalloc(capc * nw, sizeof *tf);
	ncand = 0;
	for (size_t i = 0; i < nw; i++) {
		for (size_t k = 0; k < w[i].n; k++) {
			uint32_t doc = w[i].v[k].doc;
			size_t h = (size_t)(doc * 2654435761u) & (nslot - 1);
			while (slot[h] && slot_doc[h] != doc)
				h = (h + 1) & (nslot - 1);
			if (slot[h] == 0) {
				slot[h] = (uint32_t)++ncand;
				slot_doc[h] = doc;
				c[ncand - 1].doc = doc;
				for (size_t j = 0; j < nw; j++)
					tf[(ncand - 1) * nw + j] = -1;
			}
			struct rank_cand *x = &c[slot[h] - 1];
			x->len = w[i].vlen ? w[i].vlen[k] : w[i].v[k].len;
			/* A length at the cap is longer: a bound, then looked up. */
			x->capped = !w[i].vlen && x->len == 65535;
			tf[(size_t)(slot[h] - 1) * nw + i] = w[i].v[k].tf;
		}
	}
	/* Each candidate's best possible score; exact when every word's
	 * count is known (or, unknown, cannot be there). */
	for (size_t k = 0; k < ncand; k++) {
		struct rank_cand *x = &c[k];
		double up = 0, sc = 0;
		int exact = !x->capped, absent = 0;
		for (size_t i = 0; i < nw; i++) {
			double f = tf[k * nw + i];
			if (f >= 0) {
				double b = bm25_term(w[i].idf, f, x->len, avgdl);
				up += b;
				sc += b;
			} else if (w[i].up > 0) {
				up += w[i].up;
				exact = 0;
			} else {
				absent = 1; /* listed whole, and not there */
			}
		}
		if (absent && !or) {
			x->upper = -1;
			continue;
		}
		x->upper = up;
		x->score = sc;
		x->exact = exact;
	}
	qsort(c, ncand, sizeof *c, cmp_upper);
	/* The top, in a min-heap of the worst kept first. */
	struct rank_hit *top = xcalloc(limit, sizeof *top);
	size_t ntop = 0, looked = 0;
	uint32_t *counts = xcalloc(nw, sizeof *counts);
	for (size_t k = 0; k < ncand; k++) {
		struct rank_cand *x = &c[k];
		if (x->upper < 0)
			continue;
		if (ntop == limit && -x->upper > top[0].r)
			break; /* the rest cannot enter */
		double score = x->score;
		if (!x->exact) {
			/* Counted in the document's own text. */
			if (++looked > RANK_LOOKS) {
				ret = 0;
				goto done;
			}
			uint32_t len;
			int rc = doc_counts(s, x->doc, terms.v, nw, counts, &len);
			if (rc < 0) {
				ret = -1;
				goto done;
			}
			/* A match holds every word (AND), or one (OR). */
			int match = rc == 1 && !or;
			for (size_t i = 0; rc == 1 && i < nw; i++)
				match = or ? match || counts[i] > 0 : match && counts[i] > 0;
			if (!match)
				continue;
			score = 0;
			for (size_t i = 0; i < nw; i++)
				score += bm25_term(w[i].idf, (double)counts[i], (double)len, avgdl);
		}
		struct rank_hit h = { x->doc, -1.0 * score };
		if (ntop < limit) {
			top[ntop++] = h;
			for (size_t i = ntop - 1; i > 0 && better(&top[(i - 1) / 2], &top[i]); i = (i - 1) / 2) {
				struct rank_hit t = top[i];
				top[i] = top[(i - 1) / 2];
				top[(i - 1) / 2] = t;
			}
		} else if (better(&h, &top[0])) {
			top[0] = h;
			for (size_t i = 0;;) {
				size_t l = 2 * i + 1, r = l + 1, m = i;
				if (l < ntop && better(&top[m], &top[l]))
					m = l;
				if (r < ntop && better(&top[m], &top[r]))
					m = r;
				if (m == i)
					break;
				struct rank_hit t = top[i];
				top[i] = top[m];
				top[m] = t;
				i = m;
			}
		}
	}
	/* Proven when no document left out can reach the last kept (or
	 * nothing was left out). */
	if (s->trace)
		fprintf(s->trace, "rank index: %zu words, %zu candidates, %zu counted in their text, last kept %g, "
				  "best left out %g\n",
			nw, ncand, looked, ntop ? -top[0].r : 0.0, outside);
	if ((ntop == limit && -top[0].r > outside) || outside == 0) {
		for (size_t i = 1; i < ntop; i++)
			for (size_t j = i; j > 0 && better(&top[j], &top[j - 1]); j--) {
				struct rank_hit t = top[j];
				top[j] = top[j - 1];
				top[j - 1] = t;
			}
		*out = top;
		*nout = ntop;
		top = NULL;
		ret = 1;
		s->rank_served++;
	}
done:
	free(top);
	free(counts);
out:
	free(c);
	free(tf);
	free(slot);
	free(slot_doc);
	words_free(w, nw);
	strv_free(&terms);
	return ret;
}

void store_rank_off(struct store *s, int off)
{
	s->rank_off = off;
}

void rank_defaults(struct store *s)
{
	s->rank_keep = RANK_KEEP;
	s->rank_min_df = RANK_MIN_DF;
	s->rank_track = RANK_TRACK;
}
