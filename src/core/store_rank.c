/* store_rank.c: a rank index beside the full-text index, so that a
 * search for a common word does not score every document holding it.
 *
 * For each term held by at least RANK_MIN_DF documents, the table
 * term_rank keeps the term's number of documents (df) and the
 * RANK_KEEP documents where it weighs most in BM25: those with the
 * highest g = tf / (tf + k1 (1 - b + b len / avgdl)), with their tf and
 * length, and a floor no document left out exceeds. A search whose words
 * all have one (or are rare enough to be listed whole) scores only these
 * candidates, and answers only when it can prove that no document left
 * out would have entered its top (rank_top); otherwise FTS5 scores every
 * match, as before.
 *
 * The terms and their counts come from FTS5's own tokenizer as it
 * indexes each document: "unicode61" is registered again on the
 * connection as a wrapper that hands the tokens it makes to a session
 * (an import, a correction) and otherwise passes everything through. The
 * library's file stays a plain FTS5 table that any SQLite reads. A
 * session follows every term with a list, and starts following any other
 * once this session has seen it in RANK_TRACK documents; the documents
 * before (fewer than RANK_TRACK of its own, or fewer than RANK_MIN_DF
 * of the library's) are read back from the index when the session ends.
 *
 * stats 'rank_valid' is 1 while the lists match the index. A write to
 * the index outside a session (or a session that failed) sets it to 0:
 * searches then score every match, and the next import builds the lists
 * again from every document. */
#include "store_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The defaults of struct store's rank_keep, rank_min_df, rank_track. */
#define RANK_KEEP 512
#define RANK_MIN_DF 4096
#define RANK_TRACK 256
/* A session counts the terms it does not follow in one document of this
 * many (the others' tokens cost a lookup in a small table). */
#define RANK_SAMPLE 8
/* Documents a search counts its words in before it lets FTS5 rank. */
#define RANK_LOOKS 1000
#define BM25_K1 1.2
#define BM25_B 0.75
/* The counts of terms not yet followed are pruned of those seen once
 * when they hold this many (16 MiB). */
#define COUNT_SLOTS_MAX (1u << 21)

struct rank_entry {
	uint32_t doc;
	uint16_t tf, len;       /* len in tokens, at most 65535 */
};

/* A term followed: its documents' count since start (those below are
 * read back from the index at the end), and a min-heap of its
 * RANK_KEEP heaviest documents by weight at avgdl. */
struct rank_term {
	char *term;
	size_t len;
	uint64_t h;
	int64_t df;
	uint32_t start;
	int stored;             /* has a row in term_rank */
	int loaded;             /* its row's list is read */
	int dirty;
	double avgdl, floor;
	double lightest;        /* the weight of the heap's root, once it is full */
	struct rank_entry *v;
	size_t n;
	uint32_t cur, cur_tf;   /* the document being tokenized, if it holds the term, and its count */
};

struct rank_session {
	int spoiled;            /* a write it could not follow: lists left out of date */
	int rebuild;            /* the lists were out of date when it began */
	int unit_writes;        /* writes to the index in the current unit of work */
	uint32_t doc;           /* the document being tokenized, or 0 */
	int deleting;
	/* the terms followed that the document holds */
	struct rank_term **touched;
	size_t n_touched, cap_touched;
	uint32_t doc_len;
	/* terms followed, by hash */
	struct rank_term **terms;
	size_t t_cap, t_n;
	/* counts of the others in one document of RANK_SAMPLE, by a 32-bit
	 * print of their hash, with the last document counted */
	uint32_t *cnt_key, *cnt_val, *cnt_doc;
	size_t c_cap, c_n;
	/* the library's size, for a new term's reference length */
	double rows, tokens;
};

/* ---- the wrapped tokenizer ------------------------------------------- */

struct rank_wrap {
	struct store *s;
	void *base_ctx;
	fts5_tokenizer base;
	Fts5Tokenizer *doc_tok; /* one for counting a document's words, or NULL */
};

/* Frees the wrapper when the connection closes. */
static void wrap_free(void *p)
{
	struct rank_wrap *w = p;
	if (w->doc_tok)
		w->base.xDelete(w->doc_tok);
	free(w);
}

struct rank_tok {
	Fts5Tokenizer *inner;
	struct rank_wrap *w;
};

struct tok_ctx {
	void *ctx;
	int (*xToken)(void *, int, const char *, int, int, int);
	struct store *s;
};

static void doc_token(struct store *s, const char *t, int n);

static int wrap_create(void *p, const char **argv, int argc, Fts5Tokenizer **out)
{
	struct rank_wrap *w = p;
	struct rank_tok *t = calloc(1, sizeof *t);
	if (t == NULL)
		return SQLITE_NOMEM;
	t->w = w;
	int rc = w->base.xCreate(w->base_ctx, argv, argc, &t->inner);
	if (rc != SQLITE_OK) {
		free(t);
		return rc;
	}
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

static void wrap_delete(Fts5Tokenizer *p)
{
	struct rank_tok *t = (struct rank_tok *)p;
	t->w->base.xDelete(t->inner);
	free(t);
}

static int count_token(void *p, int flags, const char *tok, int n, int start, int end)
{
	(void)start;
	(void)end;
	struct tok_ctx *c = p;
	if (!(flags & FTS5_TOKEN_COLOCATED))
		doc_token(c->s, tok, n);
	return SQLITE_OK;
}

static int pass_token(void *p, int flags, const char *tok, int n, int start, int end)
{
	struct tok_ctx *c = p;
	if (!(flags & FTS5_TOKEN_COLOCATED))
		doc_token(c->s, tok, n);
	return c->xToken(c->ctx, flags, tok, n, start, end);
}

static int wrap_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
			 int (*xToken)(void *, int, const char *, int, int, int))
{
	struct rank_tok *t = (struct rank_tok *)p;
	struct store *s = t->w->s;
	if (!(flags & FTS5_TOKENIZE_DOCUMENT) || s->rank == NULL || s->rank->doc == 0)
		return t->w->base.xTokenize(t->inner, ctx, flags, text, n, xToken);
	struct tok_ctx c = { ctx, xToken, s };
	return t->w->base.xTokenize(t->inner, &c, flags, text, n, pass_token);
}

/* Query tokens, for the words of a search. */
struct words {
	char *tok[2];
	int n;
};

static int keep_word(void *p, int flags, const char *tok, int n, int start, int end)
{
	(void)start;
	(void)end;
	struct words *w = p;
	if (flags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	if (w->n < 2)
		w->tok[w->n] = xstrndup(tok, (size_t)n);
	w->n++;
	return SQLITE_OK;
}

void rank_wrap_tokenizer(struct store *s, fts5_api *api)
{
	struct rank_wrap *w = xcalloc(1, sizeof *w);
	w->s = s;
	if (api->xFindTokenizer(api, "unicode61", &w->base_ctx, &w->base) != SQLITE_OK) {
		free(w);
		return;
	}
	fts5_tokenizer mine = { wrap_create, wrap_delete, wrap_tokenize };
	/* The newest of two tokenizers of one name is the one FTS5 finds. */
	if (api->xCreateTokenizer(api, "unicode61", w, &mine, wrap_free) != SQLITE_OK) {
		free(w);
		return;
	}
	s->rank_wrap = w;
}

/* The one token a query's word makes, or NULL (none, or a phrase). */
static char *word_token(struct store *s, const char *word, size_t n)
{
	struct rank_wrap *w = s->rank_wrap;
	const char *args[] = { "remove_diacritics", "2" };
	Fts5Tokenizer *t;
	if (w == NULL || w->base.xCreate(w->base_ctx, args, 2, &t) != SQLITE_OK)
		return NULL;
	struct words x = { { NULL, NULL }, 0 };
	w->base.xTokenize(t, &x, FTS5_TOKENIZE_QUERY, word, (int)n, keep_word);
	w->base.xDelete(t);
	if (x.n != 1) {
		free(x.tok[0]);
		free(x.tok[1]);
		return NULL;
	}
	return x.tok[0];
}

/* ---- BM25's weight of a term in a document ---------------------------- */

static double weight(double tf, double len, double avgdl)
{
	return tf / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len / avgdl));
}

/* A floor at avgdl a0 holds at a1 once loosened: a document's weight can
 * rise with the mean length by at most this much (the length term of
 * its denominator shrinks by a0 / a1 at most). */
static double floor_at(double floor, double a0, double a1)
{
	double c = a0 < a1 ? a0 / a1 : 1.0;
	if (floor <= 0)
		return 0;
	return floor / (floor + c * (1 - floor));
}

/* ---- a session's terms ----------------------------------------------- */

/* A hash of a token, eight bytes at a time (most tokens are one load). */
static uint64_t hash_bytes(const char *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
		h ^= h >> 31;
		p += 8;
		n -= 8;
	}
	if (n) {
		uint64_t w = 0;
		memcpy(&w, p, n);
		h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
	}
	h ^= h >> 29;
	h *= 0x94d049bb133111ebULL;
	return h ^ (h >> 32);
}

static struct rank_term **term_slot(struct rank_session *r, uint64_t h, const char *t, size_t n)
{
	size_t mask = r->t_cap - 1, i = (size_t)h & mask;
	while (r->terms[i] &&
	       !(r->terms[i]->h == h && r->terms[i]->len == n && memcmp(r->terms[i]->term, t, n) == 0))
		i = (i + 1) & mask;
	return &r->terms[i];
}

static void terms_grow(struct rank_session *r)
{
	struct rank_term **old = r->terms;
	size_t n = r->t_cap;
	r->t_cap = n ? n * 2 : 1024;
	r->terms = xcalloc(r->t_cap, sizeof *r->terms);
	for (size_t i = 0; i < n; i++)
		if (old[i])
			*term_slot(r, old[i]->h, old[i]->term, old[i]->len) = old[i];
	free(old);
}

static struct rank_term *term_find(struct rank_session *r, uint64_t h, const char *t, size_t n)
{
	if (r->t_cap == 0)
		return NULL;
	return *term_slot(r, h, t, n);
}

static struct rank_term *term_add(struct rank_session *r, const char *t, size_t n)
{
	if (4 * (r->t_n + 1) > 3 * r->t_cap)
		terms_grow(r);
	struct rank_term *x = xcalloc(1, sizeof *x);
	x->term = xstrndup(t, n);
	x->len = n;
	x->h = hash_bytes(t, n);
	*term_slot(r, x->h, t, n) = x;
	r->t_n++;
	return x;
}

static void counts_rehash(struct rank_session *r, size_t cap, int drop_ones)
{
	uint32_t *k = r->cnt_key, *v = r->cnt_val, *d = r->cnt_doc;
	size_t n = r->c_cap;
	r->c_cap = cap;
	r->cnt_key = xcalloc(cap, sizeof *r->cnt_key);
	r->cnt_val = xcalloc(cap, sizeof *r->cnt_val);
	r->cnt_doc = xcalloc(cap, sizeof *r->cnt_doc);
	r->c_n = 0;
	for (size_t i = 0; i < n; i++) {
		if (k[i] == 0 || (drop_ones && v[i] <= 1))
			continue;
		size_t j = k[i] & (cap - 1);
		while (r->cnt_key[j])
			j = (j + 1) & (cap - 1);
		r->cnt_key[j] = k[i];
		r->cnt_val[j] = v[i];
		r->cnt_doc[j] = d[i];
		r->c_n++;
	}
	free(k);
	free(v);
	free(d);
}

/* Counts document doc for a term not followed (once a document);
 * returns its count. */
static uint32_t count_add(struct rank_session *r, uint64_t h, uint32_t doc)
{
	if (2 * (r->c_n + 1) > r->c_cap) {
		/* At its largest, the table forgets the terms seen once: a
		 * term seen again later is followed later, and its earlier
		 * documents are read back from the index. */
		if (r->c_cap >= COUNT_SLOTS_MAX)
			counts_rehash(r, r->c_cap, 1);
		if (2 * (r->c_n + 1) > r->c_cap)
			counts_rehash(r, r->c_cap ? r->c_cap * 2 : 4096, 0);
	}
	uint32_t key = (uint32_t)(h >> 32) | 1;
	size_t mask = r->c_cap - 1, i = (size_t)h & mask;
	while (r->cnt_key[i] && r->cnt_key[i] != key)
		i = (i + 1) & mask;
	if (r->cnt_key[i] == 0) {
		r->cnt_key[i] = key;
		r->c_n++;
	} else if (r->cnt_doc[i] == doc) {
		return r->cnt_val[i];
	}
	r->cnt_doc[i] = doc;
	return ++r->cnt_val[i];
}

/* ---- a term's list --------------------------------------------------- */

static double entry_weight(const struct rank_term *t, const struct rank_entry *e)
{
	return weight(e->tf, e->len, t->avgdl);
}

/* The heap's order: lighter first; of equal weight, the later document
 * (a search ranks the earlier first). */
static int lighter(const struct rank_term *t, const struct rank_entry *a, const struct rank_entry *b)
{
	double wa = entry_weight(t, a), wb = entry_weight(t, b);
	return wa < wb || (wa == wb && a->doc > b->doc);
}

static void heap_down(struct rank_term *t, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < t->n && lighter(t, &t->v[l], &t->v[m]))
			m = l;
		if (r < t->n && lighter(t, &t->v[r], &t->v[m]))
			m = r;
		if (m == i)
			return;
		struct rank_entry x = t->v[i];
		t->v[i] = t->v[m];
		t->v[m] = x;
		i = m;
	}
}

static void heap_up(struct rank_term *t, size_t i)
{
	while (i > 0 && lighter(t, &t->v[i], &t->v[(i - 1) / 2])) {
		struct rank_entry x = t->v[i];
		t->v[i] = t->v[(i - 1) / 2];
		t->v[(i - 1) / 2] = x;
		i = (i - 1) / 2;
	}
}

/* Offers a document: kept if it is among the heaviest, else (or the one
 * it pushes out) raises the floor. */
static void heap_offer(struct rank_term *t, size_t keep, const struct rank_entry *e)
{
	if (t->v == NULL)
		t->v = xcalloc(keep, sizeof *t->v);
	if (t->n < keep) {
		t->v[t->n++] = *e;
		heap_up(t, t->n - 1);
		if (t->n == keep)
			t->lightest = entry_weight(t, &t->v[0]);
		return;
	}
	/* Most documents of a common word weigh less than the lightest kept:
	 * one weight tells. */
	double w = entry_weight(t, e);
	if (w < t->lightest || !lighter(t, &t->v[0], e)) {
		if (w > t->floor)
			t->floor = w;
		return;
	}
	if (t->lightest > t->floor)
		t->floor = t->lightest;
	t->v[0] = *e;
	heap_down(t, 0);
	t->lightest = entry_weight(t, &t->v[0]);
}

static void heap_remove(struct rank_term *t, uint32_t doc)
{
	for (size_t i = 0; i < t->n; i++) {
		if (t->v[i].doc != doc)
			continue;
		t->v[i] = t->v[--t->n];
		if (i < t->n) {
			heap_down(t, i);
			heap_up(t, i);
		}
		/* Not full: every offer is taken until it is again. */
		t->lightest = 0;
		return;
	}
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
	uint64_t v = 0;
	for (int i = 0; i < bytes; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

#define ENTRY_BYTES 8

/* Reads a stored list into t (kept, with its floor and reference length). */
static int term_load(struct store *s, struct rank_term *t)
{
	t->loaded = 1;
	if (!t->stored)
		return 0;
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_GET, NULL);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, t->term, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t->df += sqlite3_column_int64(st, 0);
		t->avgdl = sqlite3_column_double(st, 1);
		t->floor = sqlite3_column_double(st, 2);
		const unsigned char *p = sqlite3_column_blob(st, 3);
		size_t n = (size_t)sqlite3_column_bytes(st, 3) / ENTRY_BYTES;
		for (size_t i = 0; i < n && i < s->rank_keep; i++) {
			struct rank_entry e = { (uint32_t)get_le(p + i * ENTRY_BYTES, 4),
						(uint16_t)get_le(p + i * ENTRY_BYTES + 4, 2),
						(uint16_t)get_le(p + i * ENTRY_BYTES + 6, 2) };
			heap_offer(t, s->rank_keep, &e);
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* ---- tokens of the document being indexed ---------------------------- */

static void touch(struct rank_session *r, struct rank_term *x)
{
	if (x->cur == r->doc) {
		x->cur_tf++;
		return;
	}
	x->cur = r->doc;
	x->cur_tf = 1;
	if (r->n_touched == r->cap_touched) {
		r->cap_touched = r->cap_touched ? r->cap_touched * 2 : 256;
		r->touched = xreallocarray(r->touched, r->cap_touched, sizeof *r->touched);
	}
	r->touched[r->n_touched++] = x;
}

/* A token of the document being indexed: counted for its term if the
 * term is followed, else (in one document of RANK_SAMPLE) counted
 * towards following it. */
static void doc_token(struct store *s, const char *tok, int n)
{
	struct rank_session *r = s->rank;
	r->doc_len++;
	uint64_t h = hash_bytes(tok, (size_t)n);
	struct rank_term *x = term_find(r, h, tok, (size_t)n);
	if (x) {
		touch(r, x);
		return;
	}
	if (r->deleting || r->doc % RANK_SAMPLE != 0)
		return;
	int64_t want = s->rank_track / RANK_SAMPLE;
	if ((int64_t)count_add(r, h, r->doc) < (want > 1 ? want : 1))
		return;
	/* Followed from this document on. */
	x = term_add(r, tok, (size_t)n);
	x->start = r->doc;
	x->loaded = 1;
	x->avgdl = r->rows > 0 && r->tokens > 0 ? r->tokens / r->rows : 100;
	touch(r, x);
}

/* The document's terms, followed: its count and weight for each. */
static int doc_end(struct store *s)
{
	struct rank_session *r = s->rank;
	uint32_t doc = r->doc, len = r->doc_len;
	int rc = 0;
	for (size_t i = 0; i < r->n_touched; i++) {
		struct rank_term *x = r->touched[i];
		uint32_t tf = x->cur_tf;
		x->cur = 0;
		if (doc < x->start || rc != 0)
			continue;
		if (!x->loaded && term_load(s, x) != 0) {
			rc = -1;
			continue;
		}
		x->dirty = 1;
		if (r->deleting) {
			x->df--;
			heap_remove(x, doc);
		} else {
			x->df++;
			struct rank_entry e = { doc, (uint16_t)(tf > 65535 ? 65535 : tf),
						(uint16_t)(len > 65535 ? 65535 : len) };
			heap_offer(x, s->rank_keep, &e);
		}
	}
	r->n_touched = 0;
	if (!r->deleting) {
		r->rows++;
		r->tokens += len;
	} else {
		r->rows--;
		r->tokens -= len;
	}
	r->doc = 0;
	return rc;
}

/* ---- sessions -------------------------------------------------------- */

static int64_t stat_value(struct store *s, const char *key)
{
	char *cause = NULL;
	int64_t v = sql_query_int(s, "SELECT coalesce((SELECT value FROM stats WHERE key = ?1), 0)", key, 0,
				  "reading the rank index", &cause);
	free(cause);
	return v;
}

/* The index's number of rows and of tokens, from FTS5's own record. */
static int fts_totals(struct store *s, double *rows, double *tokens)
{
	*rows = *tokens = 0;
	sqlite3_stmt *st = sql_stmt(s, ST_FTS_TOTALS, NULL);
	if (st == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *p = sqlite3_column_blob(st, 0);
		int n = sqlite3_column_bytes(st, 0), i = 0, col = 0;
		while (i < n) {
			/* SQLite's varints, as FTS5 writes them */
			uint64_t v = 0;
			int k = 0;
			for (; k < 8 && i < n; k++) {
				v = (v << 7) | (p[i] & 0x7f);
				if (!(p[i++] & 0x80))
					break;
			}
			if (k == 8 && i < n)
				v = (v << 8) | p[i++];
			if (col++ == 0)
				*rows = (double)v;
			else
				*tokens += (double)v;
		}
	}
	sqlite3_reset(st);
	return 0;
}

int rank_begin(struct store *s, int may_rebuild, char **cause)
{
	if (s->rank || s->rank_wrap == NULL || s->readonly)
		return 0;
	int rebuild = stat_value(s, "rank_valid") != 1;
	if (rebuild && !may_rebuild)
		return 0; /* out of date, and left so */
	struct rank_session *r = xcalloc(1, sizeof *r);
	r->rebuild = rebuild;
	fts_totals(s, &r->rows, &r->tokens);
	s->rank = r;
	if (r->rebuild)
		return 0;
	/* Every stored term is followed from the first document. */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT term FROM term_rank", -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "reading the rank index");
		return -1;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		struct rank_term *x = term_add(r, t, (size_t)sqlite3_column_bytes(st, 0));
		x->stored = 1;
	}
	sqlite3_finalize(st);
	return 0;
}

static void session_free(struct rank_session *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->t_cap; i++) {
		if (r->terms[i] == NULL)
			continue;
		free(r->terms[i]->term);
		free(r->terms[i]->v);
		free(r->terms[i]);
	}
	free(r->terms);
	free(r->cnt_key);
	free(r->cnt_val);
	free(r->cnt_doc);
	free(r->touched);
	free(r);
}

static int set_valid(struct store *s, int valid, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "INSERT INTO stats(key, value) VALUES ('rank_valid', ?1) "
					  "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
				       "keeping the rank index", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, valid);
	return sql_finish(s, st, "keeping the rank index", cause);
}

/* Before a write to the full-text index: the session follows document
 * id (deleting: its old text), or, without one, the lists are out of
 * date from now on. */
static int fts_write_begin(struct store *s, int64_t id, int deleting, char **cause)
{
	if (s->rank == NULL) {
		if (s->rank_wrap == NULL || s->readonly || s->rank_invalid)
			return 0;
		s->rank_invalid = 1;
		return set_valid(s, 0, cause);
	}
	/* Lists out of date are built again at the end, from every document. */
	if (s->rank->rebuild)
		return 0;
	s->rank->unit_writes++;
	if (id <= 0 || id > UINT32_MAX) {
		s->rank->spoiled = 1;
		return 0;
	}
	s->rank->doc = (uint32_t)id;
	s->rank->deleting = deleting;
	s->rank->doc_len = 0;
	return 0;
}

static int fts_write_end(struct store *s, int ok)
{
	if (s->rank == NULL || s->rank->doc == 0)
		return 0;
	if (!ok) {
		s->rank->spoiled = 1;
		for (size_t i = 0; i < s->rank->n_touched; i++)
			s->rank->touched[i]->cur = 0;
		s->rank->n_touched = 0;
		s->rank->doc = 0;
		return 0;
	}
	return doc_end(s);
}

int rank_fts_write(struct store *s, int64_t id, int deleting, char **cause)
{
	if (fts_write_begin(s, id, deleting, cause) != 0)
		return -1;
	int rc = sql_run_id(s, deleting ? ST_FTS_DELETE : ST_FTS_INSERT, id, "updating the index", cause);
	if (fts_write_end(s, rc == 0) != 0 && rc == 0) {
		*cause = sql_cause(s, "keeping the rank index");
		rc = -1;
	}
	return rc;
}

/* Tells the session that the tokens that follow are document id's,
 * closing the document before. */
static void rank_next_doc(struct store *s, int64_t id)
{
	if (s->rank == NULL || s->rank->rebuild)
		return;
	/* A document before with no token: the rows were not indexed one
	 * by one as read, and the counts cannot be trusted. */
	if (s->rank->doc && s->rank->doc_len == 0)
		s->rank->spoiled = 1;
	if (fts_write_end(s, 1) != 0)
		s->rank->spoiled = 1;
	fts_write_begin(s, id, 0, NULL);
}

/* Indexes the documents put since the transaction began, all at once
 * (FTS5 flushes its pending terms at every savepoint: indexing inside each
 * file's savepoint would write a tiny segment per letter). Each row read
 * is handed to the index as it is, bound, not copied: INSERT ... SELECT
 * copied every value once more, 200 MB more at the peak of importing a
 * letter of 200 MB. The session learns each document's id before its
 * tokens. */
int rank_index_pending(struct store *s, char **cause)
{
	sqlite3_stmt *rd = NULL, *wr = NULL;
	int following = s->rank != NULL && !s->rank->rebuild;
	int64_t written = 0;
	int rc = sqlite3_prepare_v2(s->db, "SELECT id, title, people, summary, body FROM document "
				    "WHERE id IN (SELECT id FROM temp.fts_pending)", -1, &rd, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(s->db, "INSERT INTO document_fts(rowid, title, people, summary, body) "
					"VALUES (?1, ?2, ?3, ?4, ?5)", -1, &wr, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(rd)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(rd, 0);
		rank_next_doc(s, id);
		sqlite3_bind_int64(wr, 1, id);
		/* bound as C strings (length -1: a text has no NUL): bound with
		 * their lengths, FTS5 asking for a C string made a copy */
		for (int i = 1; i < 5; i++)
			sqlite3_bind_text(wr, i + 1, (const char *)sqlite3_column_text(rd, i), -1, SQLITE_STATIC);
		rc = sqlite3_step(wr);
		sqlite3_reset(wr);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		written++;
	}
	if (rc == SQLITE_DONE)
		rc = SQLITE_OK;
	if (rc != SQLITE_OK)
		*cause = sql_cause(s, "indexing documents");
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	if (following) {
		if (fts_write_end(s, rc == SQLITE_OK) != 0 && rc == SQLITE_OK) {
			*cause = sql_cause(s, "keeping the rank index");
			rc = SQLITE_ERROR;
		}
	} else if (rc == SQLITE_OK && written > 0 && fts_write_begin(s, 0, 0, cause) != 0) {
		return -1; /* no session: the rank index is now out of date */
	}
	if (rc != SQLITE_OK)
		return -1;
	return sql_exec(s, "DELETE FROM temp.fts_pending", "indexing documents", cause);
}

void rank_rollback(struct store *s)
{
	if (s->rank)
		s->rank->spoiled = 1;
	s->rank_invalid = 0;
}

void rank_unit_begin(struct store *s)
{
	if (s->rank)
		s->rank->unit_writes = 0;
}

void rank_unit_undone(struct store *s)
{
	/* What the session counted of the unit is not in the index. */
	if (s->rank && s->rank->unit_writes)
		s->rank->spoiled = 1;
}

void rank_committed(struct store *s)
{
	s->rank_invalid = 0;
}

/* The weights of the documents below start holding a term, read back
 * from the index: df, and the heaviest kept. */
static int term_fill(struct store *s, struct rank_term *t)
{
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_FILL, NULL);
	if (st == NULL)
		return -1;
	char *q = xasprintf("\"%s\"", t->term);
	sqlite3_bind_text(st, 1, q, -1, free);
	sqlite3_bind_int64(st, 2, t->start);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t v = sqlite3_column_int64(st, 1);
		uint64_t tf = (uint64_t)v >> 32, len = (uint64_t)v & 0xffffffffu;
		struct rank_entry e = { (uint32_t)sqlite3_column_int64(st, 0), (uint16_t)(tf > 65535 ? 65535 : tf),
					(uint16_t)(len > 65535 ? 65535 : len) };
		t->df++;
		heap_offer(t, s->rank_keep, &e);
	}
	sqlite3_reset(st);
	t->start = 0;
	return rc == SQLITE_DONE ? 0 : -1;
}

/* How many documents below start hold a term, or -1. */
static int64_t gap_count(struct store *s, struct rank_term *t)
{
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_COUNT, NULL);
	if (st == NULL)
		return -1;
	char *q = xasprintf("\"%s\"", t->term);
	sqlite3_bind_text(st, 1, q, -1, free);
	sqlite3_bind_int64(st, 2, t->start);
	int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

static int cmp_heavier(const void *a, const void *b, void *t)
{
	return lighter(t, b, a) ? -1 : lighter(t, a, b) ? 1 : 0;
}

/* qsort with the term as context, by hand: insertion into place is
 * enough for RANK_KEEP entries. */
static void sort_heavier(struct rank_term *t)
{
	for (size_t i = 1; i < t->n; i++)
		for (size_t j = i; j > 0 && cmp_heavier(&t->v[j - 1], &t->v[j], t) > 0; j--) {
			struct rank_entry x = t->v[j];
			t->v[j] = t->v[j - 1];
			t->v[j - 1] = x;
		}
}

/* Writes a term's list (or deletes it, now too rare), at avgdl a1. */
static int term_store(struct store *s, struct rank_term *t, double a1)
{
	if (t->df < s->rank_min_df) {
		if (!t->stored)
			return 0;
		sqlite3_stmt *st = sql_stmt(s, ST_RANK_DELETE, NULL);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, t->term, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	/* Ranked again at the library's mean length, the floor loosened to
	 * hold there too. */
	double floor = floor_at(t->floor, t->avgdl, a1);
	t->floor = floor > t->floor ? floor : t->floor;
	t->avgdl = a1;
	sort_heavier(t);
	unsigned char *blob = xcalloc(t->n ? t->n : 1, ENTRY_BYTES);
	for (size_t i = 0; i < t->n; i++) {
		put_le(blob + i * ENTRY_BYTES, t->v[i].doc, 4);
		put_le(blob + i * ENTRY_BYTES + 4, t->v[i].tf, 2);
		put_le(blob + i * ENTRY_BYTES + 6, t->v[i].len, 2);
	}
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_PUT, NULL);
	if (st == NULL) {
		free(blob);
		return -1;
	}
	sqlite3_bind_text(st, 1, t->term, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, t->df);
	sqlite3_bind_double(st, 3, t->avgdl);
	sqlite3_bind_double(st, 4, t->floor);
	sqlite3_bind_blob(st, 5, blob, (int)(t->n * ENTRY_BYTES), free);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Rebuilding: every document's text goes through the tokenizer. */
static int rebuild_all(struct store *s, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT id, title, people, summary, body FROM document ORDER BY id", -1, &st,
			       NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "building the rank index");
		return -1;
	}
	struct rank_wrap *w = s->rank_wrap;
	const char *args[] = { "remove_diacritics", "2" };
	Fts5Tokenizer *tok;
	if (w->base.xCreate(w->base_ctx, args, 2, &tok) != SQLITE_OK) {
		sqlite3_finalize(st);
		*cause = xstrdup("building the rank index: no tokenizer");
		return -1;
	}
	struct rank_session *r = s->rank;
	r->rows = r->tokens = 0;
	int rc = 0;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		if (id <= 0 || id > UINT32_MAX) {
			r->spoiled = 1;
			break;
		}
		r->doc = (uint32_t)id;
		r->deleting = 0;
		r->doc_len = 0;
		struct tok_ctx c = { NULL, NULL, s };
		for (int col = 1; col <= 4; col++) {
			const char *text = (const char *)sqlite3_column_text(st, col);
			if (text)
				w->base.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, text, sqlite3_column_bytes(st, col),
						  count_token);
		}
		rc = doc_end(s);
	}
	w->base.xDelete(tok);
	sqlite3_finalize(st);
	if (rc != 0)
		*cause = sql_cause(s, "building the rank index");
	return rc;
}

int rank_end(struct store *s, int ok, char **cause)
{
	struct rank_session *r = s->rank;
	if (r == NULL)
		return 0;
	s->rank = NULL;
	int rc = 0;
	if (!ok || r->spoiled) {
		rc = set_valid(s, 0, cause);
		session_free(r);
		return rc;
	}
	if (store_unit_begin(s, cause) != 0) {
		session_free(r);
		return -1;
	}
	s->rank = r;
	if (r->rebuild) {
		rc = sql_exec(s, "DELETE FROM term_rank", "building the rank index", cause);
		if (rc == 0)
			rc = rebuild_all(s, cause);
	}
	s->rank = NULL;
	double rows, tokens;
	if (rc == 0)
		rc = fts_totals(s, &rows, &tokens);
	double a1 = rows > 0 && tokens > 0 ? tokens / rows : 1;
	for (size_t i = 0; rc == 0 && i < r->t_cap; i++) {
		struct rank_term *t = r->terms[i];
		if (t == NULL || !t->dirty)
			continue;
		if (t->start > 0 && t->df < s->rank_min_df) {
			/* Followed late and still short: the documents before
			 * are counted first, and read only if it may be kept. */
			int64_t before = gap_count(s, t);
			if (before < 0)
				rc = -1;
			else if (t->df + before < s->rank_min_df && !t->stored)
				continue;
		}
		if (rc == 0 && t->start > 0 && term_fill(s, t) != 0)
			rc = -1;
		else if (rc == 0 && term_store(s, t, a1) != 0)
			rc = -1;
		if (rc != 0)
			*cause = sql_cause(s, "keeping the rank index");
	}
	if (rc == 0)
		rc = set_valid(s, !r->spoiled, cause);
	session_free(r);
	if (rc != 0) {
		store_unit_end(s, 0, NULL);
		return -1;
	}
	return store_unit_end(s, 1, cause);
}

int store_rank_begin(struct store *s, char **cause)
{
	return rank_begin(s, 1, cause);
}

int store_rank_end(struct store *s, int ok, char **cause)
{
	return rank_end(s, ok, cause);
}

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
			char *t = word_token(s, w.data ? w.data : "", w.len);
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
 * index if it is rare. 1, 0 (too common to list whole), -1. */
static int word_load(struct store *s, struct rank_word *w, double rows)
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
			w->v[i] = (struct rank_entry){ (uint32_t)get_le(p + i * ENTRY_BYTES, 4),
						       (uint16_t)get_le(p + i * ENTRY_BYTES + 4, 2),
						       (uint16_t)get_le(p + i * ENTRY_BYTES + 6, 2) };
		w->a0 = a0;
		w->floor = fl;
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
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
	if (fts_totals(s, &rows, &tokens) != 0 || rows <= 0 || tokens <= 0) {
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
		int rc = word_load(s, &w[i], rows);
		if (rc <= 0) {
			ret = rc;
			goto out;
		}
		int whole = w[i].floor < 0;
		/* AND with a rare word: FTS5 finds its few matches faster. */
		if (whole && !or)
			goto out;
		double idf = log((rows - (double)w[i].df + 0.5) / ((double)w[i].df + 0.5));
		w[i].idf = idf <= 0.0 ? 1e-6 : idf;
		w[i].up = whole ? 0 : w[i].idf * (BM25_K1 + 1.0) * floor_at(w[i].floor, w[i].a0, avgdl);
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
