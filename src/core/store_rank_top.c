/* store_rank_top.c: a search's top documents from the rank lists,
 * answered only when no document left out could enter it (see
 * store_rank.c). */
#include "store_rank_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ranking a search from the lists --------------------------------- */

/* Counting some phrases in one document, by tokenizing its text as FTS5
 * did: a tenth of the cost of asking FTS5, whose answer for one row
 * seeks through every segment of each word. A phrase's tokens are
 * indexes into the words; its matches are followed as bits (shift-and):
 * bit j set when the last j + 1 tokens were its first j + 1. */
struct doc_count {
	char *const *words;
	size_t n;
	const struct rank_phrase *ph;
	size_t nph;
	uint64_t *state;        /* nph: a phrase's partial matches */
	uint32_t *tf;           /* nph */
	uint32_t len;
};

/* At most this many distinct words, and tokens in a phrase (the bits of
 * a uint64_t). */
#define RANK_WORDS_MAX 64

struct rank_phrase {
	size_t tok[RANK_WORDS_MAX]; /* the words it is made of, in order */
	size_t n;
	double idf, up;         /* up: the most a document left out of every list scores */
};

static void count_token(struct doc_count *c, const char *tok, size_t len)
{
	c->len++;
	uint64_t hit = 0;
	for (size_t w = 0; w < c->n; w++)
		if (c->words[w][0] == tok[0] && strncmp(c->words[w], tok, len) == 0 && c->words[w][len] == '\0')
			hit |= (uint64_t)1 << w;
	for (size_t p = 0; p < c->nph; p++) {
		const struct rank_phrase *ph = &c->ph[p];
		uint64_t bits = 0;
		for (size_t j = 0; hit && j < ph->n; j++)
			bits |= ((hit >> ph->tok[j]) & 1) << j;
		c->state[p] = ((c->state[p] << 1) | 1) & bits;
		if ((c->state[p] >> (ph->n - 1)) & 1)
			c->tf[p]++;
	}
}

static int count_words(void *p, int flags, const char *tok, int n, int start, int end)
{
	(void)start;
	(void)end;
	if (!(flags & FTS5_TOKEN_COLOCATED))
		count_token(p, tok, (size_t)n);
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
	if (len >= sizeof tok) {
		count_token(c, "", 0); /* longer than every word asked for (doc_counts checks) */
		return;
	}
	for (size_t k = 0; k < len; k++)
		tok[k] = t[k] >= 'A' && t[k] <= 'Z' ? (char)(t[k] - 'A' + 'a') : t[k];
	tok[len] = '\0';
	count_token(c, tok, len);
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

/* The counts of c's phrases in document doc, and its length: 1, 0 when
 * there is no such document, -1. */
static int doc_counts(struct store *s, uint32_t doc, struct doc_count *c)
{
	struct rank_wrap *w = s->rank_wrap;
	if (rank_doc_tokenizer(s) == NULL)
		return -1;
	sqlite3_stmt *st = sql_stmt(s, ST_DOC_TEXT, NULL);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	memset(c->tf, 0, c->nph * sizeof *c->tf);
	c->len = 0;
	int long_word = 0;
	for (size_t i = 0; i < c->n; i++)
		long_word |= strlen(c->words[i]) >= 64;
	for (int col = 0; col < 4; col++) {
		const char *text = (const char *)sqlite3_column_text(st, col);
		int bytes = sqlite3_column_bytes(st, col);
		if (text == NULL)
			continue;
		memset(c->state, 0, c->nph * sizeof *c->state); /* no phrase spans two columns */
		if (long_word)
			w->base.xTokenize(w->doc_tok, c, FTS5_TOKENIZE_DOCUMENT, text, bytes, count_words);
		else
			count_text(c, w, text, (size_t)bytes);
	}
	sqlite3_reset(st);
	return 1;
}

/* A word of the query: its list (or, rare, all its documents). */
struct rank_word {
	char *term;
	int64_t df;
	double a0, floor;       /* the list's mean length and floor; -1: listed whole */
	double idf;
	double bound;           /* the most rank_weight() a document left out of the list has */
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

/* The next phrase of an FTS5 expression as query_to_fts writes them
 * (each word or phrase in double quotes, "" for a quote), its text into
 * b: 1 (*prefix when a '*' follows it), 0 at the end. *p moves past it. */
static int fts_next_phrase(const char **p, struct buf *b, int *prefix)
{
	const char *q = strchr(*p, '"');
	if (q == NULL)
		return 0;
	b->len = 0;
	for (q++; *q && !(*q == '"' && q[1] != '"'); q++) {
		if (*q == '"')
			q++;
		buf_addc(b, *q);
	}
	buf_addc(b, '\0');
	b->len--;
	if (*q == '"')
		q++;
	*prefix = *q == '*';
	*p = q;
	return 1;
}

/* Parses the FTS5 expression of a search into its phrases and their
 * distinct words, if it is one the lists can rank: quoted words and
 * phrases, all joined by AND (or nothing) or all by OR. 1, 0 (another
 * query). */
static int query_phrases(struct store *s, const char *fts, struct strv *words, struct rank_phrase **out,
			 size_t *nout, int *or)
{
	int and = 0, ok = 1;
	*or = 0;
	*out = NULL;
	*nout = 0;
	struct buf b;
	buf_init(&b);
	struct strv toks;
	strv_init(&toks);
	const char *p = fts;
	while (ok && *p) {
		if (*p == ' ') {
			p++;
			continue;
		}
		if (strncmp(p, "AND ", 4) == 0) {
			and = 1;
			p += 3;
			continue;
		}
		if (strncmp(p, "OR ", 3) == 0) {
			*or = 1;
			p += 2;
			continue;
		}
		int prefix;
		if (*p != '"' || !fts_next_phrase(&p, &b, &prefix) || prefix) {
			ok = 0; /* NOT, parentheses, NEAR, a prefix */
			break;
		}
		toks.n = 0;
		int n = rank_text_tokens(s, b.data ? b.data : "", b.len, &toks);
		if (n <= 0 || n > RANK_WORDS_MAX) {
			ok = 0;
			break;
		}
		struct rank_phrase ph = { .n = (size_t)n };
		for (size_t i = 0; ok && i < toks.n; i++) {
			size_t k = 0;
			while (k < words->n && strcmp(words->v[k], toks.v[i]) != 0)
				k++;
			if (k == words->n) {
				if (words->n == RANK_WORDS_MAX)
					ok = 0;
				else
					strv_push(words, toks.v[i]);
			}
			ph.tok[i] = k;
		}
		for (size_t i = 0; i < toks.n; i++)
			free(toks.v[i]);
		toks.n = 0;
		if (ok) {
			*out = xreallocarray(*out, *nout + 1, sizeof **out);
			(*out)[(*nout)++] = ph;
		}
	}
	strv_free(&toks);
	buf_free(&b);
	return ok && *nout > 0 && !(and && *or);
}

size_t rank_query_phrases(struct store *s, const char *fts, struct strv *toks, size_t **lens)
{
	struct strv words;
	strv_init(&words);
	struct rank_phrase *ph = NULL;
	size_t nph = 0;
	int or;
	*lens = NULL;
	if (query_phrases(s, fts, &words, &ph, &nph, &or) != 1)
		nph = 0;
	if (nph > 0)
		*lens = xcalloc(nph, sizeof **lens);
	for (size_t p = 0; p < nph; p++) {
		for (size_t j = 0; j < ph[p].n; j++)
			strv_push(toks, words.v[ph[p].tok[j]]);
		(*lens)[p] = ph[p].n;
	}
	strv_free(&words);
	free(ph);
	return nph;
}

static double idf_of(double rows, double df)
{
	double idf = log((rows - df + 0.5) / (df + 0.5));
	/* as FTS5's bm25(); a count above the rows (lists of an older
	 * library, counted twice) is a word in every document, not NaN */
	return idf > 0.0 ? idf : 1e-6;
}

/* ---- phrase weights ---------------------------------------------------- */

/* A phrase of several tokens weighs the sum of its tokens' idf, as
 * Lucene weighs one: the lists know it without finding the phrase's
 * every match (bm25() counts them: a name in most letters costs the
 * search a pass over them all). */

/* A token's documents: from its list while the lists are up to date,
 * else counted. 0, -1. */
static int token_df(struct store *s, const char *tok, int lists, int64_t *df)
{
	sqlite3_stmt *st;
	if (lists) {
		if ((st = sql_stmt(s, ST_RANK_GET, NULL)) == NULL)
			return -1;
		sqlite3_bind_text(st, 1, tok, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			*df = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (rc == SQLITE_ROW)
			return 0;
		if (rc != SQLITE_DONE)
			return -1;
	}
	if ((st = sql_stmt(s, ST_RANK_COUNT, NULL)) == NULL)
		return -1;
	struct buf q;
	buf_init(&q);
	buf_addc(&q, '"');
	for (const char *c = tok; *c; c++)
		buf_adds(&q, *c == '"' ? "\"\"" : (char[]){ *c, '\0' });
	buf_addc(&q, '"');
	sqlite3_bind_text(st, 1, q.data, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, INT64_MAX);
	buf_free(&q);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*df = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

char *rank_phrase_idfs(struct store *s, const char *fts, int names)
{
	if (s->rank_wrap == NULL || fts == NULL)
		return NULL;
	double rows, tokens;
	if (rank_fts_totals(s, &rows, &tokens) != 0 || rows <= 0)
		return NULL;
	int lists = 0;
	if (!s->rank_off) {
		sqlite3_stmt *vst = sql_stmt(s, ST_RANK_VALID, NULL);
		if (vst == NULL)
			return NULL;
		lists = sqlite3_step(vst) == SQLITE_ROW && sqlite3_column_int(vst, 0) == 1;
		sqlite3_reset(vst);
	}
	struct buf out, b;
	buf_init(&out);
	buf_init(&b);
	struct strv toks;
	strv_init(&toks);
	int prefix, several = 0, failed = 0;
	double least = -1; /* names: the lowest phrase idf */
	for (const char *p = fts; !failed && fts_next_phrase(&p, &b, &prefix);) {
		strv_free(&toks);
		strv_init(&toks);
		int n = prefix ? 0 : rank_text_tokens(s, b.data ? b.data : "", b.len, &toks);
		double idf = 0;
		if (names && n <= 0)
			failed = 1;
		for (int i = 0; (n > 1 || names) && i < n; i++) {
			int64_t df;
			if (token_df(s, toks.v[i], lists, &df) != 0) {
				failed = 1;
				break;
			}
			idf += idf_of(rows, (double)df);
		}
		several |= n > 1;
		if (least < 0 || idf < least)
			least = idf;
		if (n > 1)
			buf_printf(&out, "%s%.17g", out.len ? " " : "", idf);
		else
			buf_printf(&out, "%s-", out.len ? " " : "");
	}
	strv_free(&toks);
	buf_free(&b);
	if (failed || (!several && !names) || (names && least <= 0)) {
		buf_free(&out);
		return NULL;
	}
	if (names) {
		buf_free(&out);
		return xasprintf("names %.17g", least);
	}
	return buf_detach(&out);
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

/* Candidate x's best possible score over the phrases, from the counts
 * its lists give (tf: one a word, -1 unknown); its score too when that
 * is exact. A phrase of several words is never exact: its count is
 * bounded by its rarest word's. */
static void cand_bound(struct rank_cand *x, const double *tf, const struct rank_word *w,
		       const struct rank_phrase *ph, size_t nph, int or, double avgdl)
{
	double up = 0, sc = 0;
	int exact = !x->capped, absent = 0;
	for (size_t p = 0; p < nph; p++) {
		double most = 1.0, known = -1;
		int gone = 0, unknown = 0;
		for (size_t j = 0; j < ph[p].n; j++) {
			size_t t = ph[p].tok[j];
			if (tf[t] >= 0) {
				double wt = rank_weight(tf[t], x->len, avgdl);
				most = wt < most ? wt : most;
				known = tf[t];
			} else if (w[t].bound > 0) {
				most = w[t].bound < most ? w[t].bound : most;
				unknown = 1;
			} else {
				gone = 1; /* listed whole, and not there */
			}
		}
		if (gone) {
			absent = 1;
			continue;
		}
		if (ph[p].n == 1 && !unknown) {
			double b = bm25_term(ph[p].idf, known, x->len, avgdl);
			up += b;
			sc += b;
			continue;
		}
		up += ph[p].idf * (BM25_K1 + 1.0) * most;
		exact = 0;
	}
	if (absent && !or) {
		x->upper = -1;
		return;
	}
	x->upper = up;
	x->score = sc;
	x->exact = exact;
}

/* The most a count can be in a document of length len that a list with
 * this bound (rank_weight()'s most) left out. */
static double tf_most(double bound, double len, double avgdl)
{
	return bound >= 1.0 ? HUGE_VAL : bound * BM25_K1 * (1 - BM25_B + BM25_B * len / avgdl) / (1.0 - bound);
}

/* cand_bound for one person's names, weighed as one term of count the
 * sum of theirs: each name's count known, bounded by its words' lists,
 * or none. */
static void cand_bound_names(struct rank_cand *x, const double *tf, const struct rank_word *w,
			     const struct rank_phrase *ph, size_t nph, double idf, double avgdl)
{
	double known = 0, most = 0;
	int exact = !x->capped;
	for (size_t p = 0; p < nph; p++) {
		double m = HUGE_VAL;
		int unknown = 0;
		for (size_t j = 0; j < ph[p].n; j++) {
			size_t t = ph[p].tok[j];
			double f = tf[t] >= 0 ? tf[t] : w[t].bound > 0 ? tf_most(w[t].bound, x->len, avgdl) : 0;
			unknown |= tf[t] < 0 && w[t].bound > 0;
			m = f < m ? f : m;
		}
		if (ph[p].n == 1 && !unknown)
			known += m;
		else
			exact = 0;
		most += m;
	}
	x->upper = most == HUGE_VAL ? HUGE_VAL : bm25_term(idf, most, x->len, avgdl);
	x->score = bm25_term(idf, known, x->len, avgdl);
	x->exact = exact;
}

static void top_offer(struct rank_hit *top, size_t *ntop, size_t limit, struct rank_hit h)
{
	if (*ntop < limit) {
		top[(*ntop)++] = h;
		for (size_t i = *ntop - 1; i > 0 && better(&top[(i - 1) / 2], &top[i]); i = (i - 1) / 2) {
			struct rank_hit t = top[i];
			top[i] = top[(i - 1) / 2];
			top[(i - 1) / 2] = t;
		}
	} else if (better(&h, &top[0])) {
		top[0] = h;
		for (size_t i = 0;;) {
			size_t l = 2 * i + 1, r = l + 1, m = i;
			if (l < *ntop && better(&top[m], &top[l]))
				m = l;
			if (r < *ntop && better(&top[m], &top[r]))
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

int64_t rank_matches_guess(struct store *s, const char *fts)
{
	if (s->rank_off || s->rank_wrap == NULL)
		return -1;
	sqlite3_stmt *vst = sql_stmt(s, ST_RANK_VALID, NULL);
	if (vst == NULL)
		return -1;
	int valid = sqlite3_step(vst) == SQLITE_ROW && sqlite3_column_int(vst, 0) == 1;
	sqlite3_reset(vst);
	struct strv terms;
	strv_init(&terms);
	struct rank_phrase *ph = NULL;
	size_t nph = 0;
	int or;
	double rows, tokens, share = 1.0;
	int ok = valid && query_phrases(s, fts, &terms, &ph, &nph, &or) == 1 && !or && terms.n == nph &&
		 rank_fts_totals(s, &rows, &tokens) == 0 && rows > 0;
	for (size_t i = 0; ok && i < terms.n; i++) {
		sqlite3_stmt *st = sql_stmt(s, ST_RANK_GET, NULL);
		if (st == NULL) {
			ok = 0;
			break;
		}
		sqlite3_bind_text(st, 1, terms.v[i], -1, SQLITE_STATIC);
		ok = sqlite3_step(st) == SQLITE_ROW;
		if (ok)
			share *= (double)sqlite3_column_int64(st, 0) / rows;
		sqlite3_reset(st);
	}
	strv_free(&terms);
	free(ph);
	return ok ? (int64_t)(share * rows) : -1;
}

int rank_top(struct store *s, const char *fts, int names, size_t limit, rank_pass_fn pass, void *pass_arg,
	     struct rank_hit **out, size_t *nout)
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
	struct rank_phrase *ph = NULL;
	size_t nph = 0;
	int or, ret = 0;
	if (query_phrases(s, fts, &terms, &ph, &nph, &or) != 1) {
		strv_free(&terms);
		free(ph);
		return 0;
	}
	double rows, tokens;
	if (rank_fts_totals(s, &rows, &tokens) != 0 || rows <= 0 || tokens <= 0) {
		strv_free(&terms);
		free(ph);
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
			if (s->trace)
				fprintf(s->trace, "rank index: '%s' has no list\n", w[i].term);
			ret = rc;
			goto out;
		}
		w[i].idf = idf_of(rows, (double)w[i].df);
		w[i].bound = w[i].floor < 0 ? 0 : rank_floor_at(w[i].floor, w[i].a0, avgdl);
	}
	for (size_t p = 0; p < nph; p++) {
		double most = 1.0;
		ph[p].idf = 0;
		for (size_t j = 0; j < ph[p].n; j++) {
			const struct rank_word *x = &w[ph[p].tok[j]];
			ph[p].idf += x->idf;
			most = x->bound < most ? x->bound : most;
		}
		if (ph[p].n == 1)
			ph[p].idf = w[ph[p].tok[0]].idf; /* the same double as bm25()'s */
		ph[p].up = ph[p].idf * (BM25_K1 + 1.0) * most;
		outside += ph[p].up;
	}
	/* One person's names: one term, of the lowest idf; a document left
	 * out of every list counts each name at most as its lists allow,
	 * sum / (sum + K) at most (g = weight / (1 - weight) per name). */
	names = names && (or || nph == 1);
	double idf_names = HUGE_VAL;
	if (names) {
		double g = 0;
		for (size_t p = 0; p < nph; p++) {
			idf_names = ph[p].idf < idf_names ? ph[p].idf : idf_names;
			double m = HUGE_VAL;
			for (size_t j = 0; j < ph[p].n; j++) {
				double b = w[ph[p].tok[j]].bound;
				double gj = b >= 1.0 ? HUGE_VAL : b / (1.0 - b);
				m = gj < m ? gj : m;
			}
			g += m;
		}
		outside = g == HUGE_VAL ? HUGE_VAL : idf_names * (BM25_K1 + 1.0) * g / (g + 1.0);
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
	/* Each candidate's best possible score; exact when every phrase's
	 * count is known (or, unknown, cannot be there). */
	for (size_t k = 0; k < ncand; k++)
		if (names)
			cand_bound_names(&c[k], tf + k * nw, w, ph, nph, idf_names, avgdl);
		else
			cand_bound(&c[k], tf + k * nw, w, ph, nph, or, avgdl);
	qsort(c, ncand, sizeof *c, cmp_upper);
	/* No top of limit can pass the best left out: FTS5 ranks, at once. */
	if (outside > 0 && (ncand < limit || c[limit - 1].upper * (1.0 + RANK_TIE) <= outside)) {
		if (s->trace)
			fprintf(s->trace, "rank index: %zu candidates, none of a top of %zu above the best left out %g\n",
				ncand, limit, outside);
		goto out;
	}
	/* The top, in a min-heap of the worst kept first. */
	struct rank_hit *top = xcalloc(limit, sizeof *top);
	size_t ntop = 0, looked = 0;
	uint32_t *counts = xcalloc(nph, sizeof *counts);
	uint64_t *state = xcalloc(nph, sizeof *state);
	struct doc_count dc = { terms.v, nw, ph, nph, state, counts, 0 };
	/* The filters' verdicts, asked for the candidates in turn, a batch at
	 * a time (one statement each: a filter's list is read once a batch,
	 * not once a candidate), the batches growing: most searches stop
	 * within the first. */
	unsigned char *passed = pass ? xcalloc(ncand, 1) : NULL;
	size_t judged = 0, batch = limit * 4 > 64 ? limit * 4 : 64;
	for (size_t k = 0; k < ncand; k++) {
		struct rank_cand *x = &c[k];
		if (x->upper < 0)
			continue;
		if (ntop == limit && -x->upper > top[0].r)
			break; /* the rest cannot enter */
		/* Nor can they lift the last kept above the best left out:
		 * no proof to come, and no more to count or filter. */
		if (outside > 0 && x->upper * (1.0 + RANK_TIE) <= outside &&
		    (ntop < limit || -top[0].r * (1.0 + RANK_TIE) <= outside)) {
			if (s->trace)
				fprintf(s->trace, "rank index: %zu of %zu candidates, %zu kept: no proof to come\n", k,
					ncand, ntop);
			goto done;
		}
		if (passed && k >= judged) {
			size_t m = ncand - k < batch ? ncand - k : batch;
			uint32_t *docs = xcalloc(m, sizeof *docs);
			for (size_t i = 0; i < m; i++)
				docs[i] = c[k + i].doc;
			int prc = pass(pass_arg, docs, m, passed + k);
			free(docs);
			if (prc != 0) {
				ret = -1;
				goto done;
			}
			judged = k + m;
			batch *= 2;
		}
		if (passed && !passed[k])
			continue; /* filtered out: neither kept nor a bound */
		double score = x->score;
		if (!x->exact) {
			/* Counted in the document's own text. */
			if (++looked > RANK_LOOKS) {
				if (s->trace)
					fprintf(s->trace, "rank index: %zu counted in their text, and no proof yet\n",
						looked - 1);
				ret = 0;
				goto done;
			}
			int rc = doc_counts(s, x->doc, &dc);
			if (rc < 0) {
				ret = -1;
				goto done;
			}
			/* A match holds every phrase (AND), or one (OR). */
			int match = rc == 1 && !or;
			for (size_t p = 0; rc == 1 && p < nph; p++)
				match = or ? match || counts[p] > 0 : match && counts[p] > 0;
			if (!match)
				continue;
			score = 0;
			double all = 0;
			for (size_t p = 0; p < nph; p++) {
				score += bm25_term(ph[p].idf, (double)counts[p], (double)dc.len, avgdl);
				all += counts[p];
			}
			if (names)
				score = bm25_term(idf_names, all, (double)dc.len, avgdl);
		}
		top_offer(top, &ntop, limit, (struct rank_hit){ x->doc, -1.0 * score });
	}
	/* Proven when no document left out can reach the last kept (or
	 * nothing was left out), or pass it by no more than a tie
	 * (RANK_TIE): a word in most documents weighs so little that the
	 * bounds of its lists come within a hair of their tops, and proving
	 * more would score every match. */
	if (s->trace)
		fprintf(s->trace, "rank index: %zu phrases of %zu words, %zu candidates, %zu counted in their text, "
				  "%zu kept of %zu, last kept %g, best left out %g\n",
			nph, nw, ncand, looked, ntop, limit, ntop ? -top[0].r : 0.0, outside);
	if ((ntop == limit && -top[0].r * (1.0 + RANK_TIE) > outside) || outside == 0) {
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
	free(passed);
	free(top);
	free(counts);
	free(state);
out:
	free(c);
	free(tf);
	free(slot);
	free(slot_doc);
	words_free(w, nw);
	strv_free(&terms);
	free(ph);
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
