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
#include "store_rank_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the wrapped tokenizer ------------------------------------------- */


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
	int ahead;              /* made with store_tokens.c's arguments: may replay its tokens */
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
	t->ahead = argc == 2 && strcmp(argv[0], "remove_diacritics") == 0 && strcmp(argv[1], "2") == 0;
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

void rank_count_text(struct store *s, Fts5Tokenizer *tok, const char *text, int n)
{
	struct tok_ctx c = { NULL, NULL, s };
	s->rank_wrap->base.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, text, n, count_token);
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
	if (!(flags & FTS5_TOKENIZE_DOCUMENT))
		return t->w->base.xTokenize(t->inner, ctx, flags, text, n, xToken);
	/* The session counts the document's tokens on their way to FTS5. */
	struct tok_ctx c = { ctx, xToken, s };
	int following = s->rank != NULL && s->rank->doc != 0, rc;
	void *to = following ? (void *)&c : ctx;
	int (*cb)(void *, int, const char *, int, int, int) = following ? pass_token : xToken;
	if (t->ahead && tokens_replay(s, text, n, to, cb, &rc))
		return rc;
	return t->w->base.xTokenize(t->inner, to, flags, text, n, cb);
}

/* Query tokens, for the words of a search. */
static int keep_word(void *p, int flags, const char *tok, int n, int start, int end)
{
	(void)start;
	(void)end;
	if (!(flags & FTS5_TOKEN_COLOCATED))
		strv_push_owned(p, xstrndup(tok, (size_t)n));
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

/* The connection's one tokenizer for counting a document's words (made
 * on first use, freed with the wrapper). */
Fts5Tokenizer *rank_doc_tokenizer(struct store *s)
{
	struct rank_wrap *w = s->rank_wrap;
	if (w != NULL && w->doc_tok == NULL) {
		const char *args[] = { "remove_diacritics", "2" };
		if (w->base.xCreate(w->base_ctx, args, 2, &w->doc_tok) != SQLITE_OK)
			w->doc_tok = NULL;
	}
	return w ? w->doc_tok : NULL;
}

int rank_tokenize(struct store *s, const char *text, int len, void *arg,
		  int (*cb)(void *, int, const char *, int, int, int))
{
	Fts5Tokenizer *t = rank_doc_tokenizer(s);
	if (t == NULL)
		return SQLITE_ERROR;
	return s->rank_wrap->base.xTokenize(t, arg, FTS5_TOKENIZE_DOCUMENT, text, len, cb);
}

/* The tokens of a query's word or phrase, appended to out: their
 * number, or -1 (no tokenizer). */
int rank_text_tokens(struct store *s, const char *text, size_t n, struct strv *out)
{
	struct rank_wrap *w = s->rank_wrap;
	const char *args[] = { "remove_diacritics", "2" };
	Fts5Tokenizer *t;
	if (w == NULL || w->base.xCreate(w->base_ctx, args, 2, &t) != SQLITE_OK)
		return -1;
	size_t before = out->n;
	w->base.xTokenize(t, out, FTS5_TOKENIZE_QUERY, text, (int)n, keep_word);
	w->base.xDelete(t);
	return (int)(out->n - before);
}

/* Whether the tokens of phrase a occur, in order and together, among
 * those of phrase b: then every match of b is one of a. */
int rank_phrase_within(struct store *s, const char *a, const char *b)
{
	struct strv ta, tb;
	strv_init(&ta);
	strv_init(&tb);
	int within = 0;
	if (rank_text_tokens(s, a, strlen(a), &ta) > 0 && rank_text_tokens(s, b, strlen(b), &tb) >= (int)ta.n)
		for (size_t i = 0; !within && i + ta.n <= tb.n; i++) {
			size_t j = 0;
			while (j < ta.n && strcmp(ta.v[j], tb.v[i + j]) == 0)
				j++;
			within = j == ta.n;
		}
	strv_free(&ta);
	strv_free(&tb);
	return within;
}

/* ---- BM25's weight of a term in a document ---------------------------- */

double rank_weight(double tf, double len, double avgdl)
{
	return tf / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len / avgdl));
}

/* A floor at avgdl a0 holds at a1 once loosened: a document's weight can
 * rise with the mean length by at most this much (the length term of
 * its denominator shrinks by a0 / a1 at most). */
double rank_floor_at(double floor, double a0, double a1)
{
	double c = a0 < a1 ? a0 / a1 : 1.0;
	if (floor <= 0)
		return 0;
	return floor / (floor + c * (1 - floor));
}

/* ---- a session's terms ----------------------------------------------- */

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
	x->h = hash_words64(t, n);
	*term_slot(r, x->h, t, n) = x;
	r->t_n++;
	return x;
}

/* A count's first slot, by its key (the table keeps only the key). */
static size_t count_slot(uint32_t key, size_t mask)
{
	return (size_t)(key * 2654435761u) & mask;
}

static void counts_rehash(struct rank_session *r, size_t cap)
{
	uint32_t *k = r->cnt_key, *v = r->cnt_val, *d = r->cnt_doc;
	size_t n = r->c_cap;
	r->c_cap = cap;
	r->cnt_key = xcalloc(cap, sizeof *r->cnt_key);
	r->cnt_val = xcalloc(cap, sizeof *r->cnt_val);
	r->cnt_doc = xcalloc(cap, sizeof *r->cnt_doc);
	r->c_n = 0;
	for (size_t i = 0; i < n; i++) {
		if (k[i] == 0)
			continue;
		size_t j = count_slot(k[i], cap - 1);
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

/* Forgets the terms seen once, in place: a copy of the table beside it
 * was the import's largest allocation (48 MB at a million letters). */
static void counts_prune(struct rank_session *r)
{
	size_t m = 0;
	for (size_t i = 0; i < r->c_cap; i++)
		m += r->cnt_key[i] != 0 && r->cnt_val[i] > 1;
	uint32_t *keep = xcalloc(3 * (m ? m : 1), sizeof *keep);
	size_t j = 0;
	for (size_t i = 0; i < r->c_cap; i++)
		if (r->cnt_key[i] != 0 && r->cnt_val[i] > 1) {
			keep[3 * j] = r->cnt_key[i];
			keep[3 * j + 1] = r->cnt_val[i];
			keep[3 * j + 2] = r->cnt_doc[i];
			j++;
		}
	memset(r->cnt_key, 0, r->c_cap * sizeof *r->cnt_key);
	r->c_n = 0;
	for (j = 0; j < m; j++) {
		size_t i = count_slot(keep[3 * j], r->c_cap - 1);
		while (r->cnt_key[i])
			i = (i + 1) & (r->c_cap - 1);
		r->cnt_key[i] = keep[3 * j];
		r->cnt_val[i] = keep[3 * j + 1];
		r->cnt_doc[i] = keep[3 * j + 2];
		r->c_n++;
	}
	free(keep);
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
			counts_prune(r);
		if (2 * (r->c_n + 1) > r->c_cap)
			counts_rehash(r, r->c_cap ? r->c_cap * 2 : 4096);
	}
	uint32_t key = (uint32_t)(h >> 32) | 1;
	/* placed by its key, as a rehash places it again */
	size_t mask = r->c_cap - 1, i = count_slot(key, mask);
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
	return rank_weight(e->tf, e->len, t->avgdl);
}

/* The heap's order: lighter first; of equal weight, the later document
 * (a search ranks the earlier first). */
int rank_lighter(const struct rank_term *t, const struct rank_entry *a, const struct rank_entry *b)
{
	/* tfa / (tfa + c(a)) < tfb / (tfb + c(b)), c(x) = k1 (1 - b + b len / avgdl),
	 * is tfa c(b) < tfb c(a): two products, not two divisions (the
	 * comparison was a twentieth of an import). */
	double ca = t->avgdl * (1 - BM25_B) + BM25_B * a->len, cb = t->avgdl * (1 - BM25_B) + BM25_B * b->len;
	double x = a->tf * cb, y = b->tf * ca;
	return x < y || (x == y && a->doc > b->doc);
}

static void heap_down(struct rank_term *t, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < t->n && rank_lighter(t, &t->v[l], &t->v[m]))
			m = l;
		if (r < t->n && rank_lighter(t, &t->v[r], &t->v[m]))
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
	while (i > 0 && rank_lighter(t, &t->v[i], &t->v[(i - 1) / 2])) {
		struct rank_entry x = t->v[i];
		t->v[i] = t->v[(i - 1) / 2];
		t->v[(i - 1) / 2] = x;
		i = (i - 1) / 2;
	}
}

/* Offers a document: kept if it is among the heaviest, else (or the one
 * it pushes out) raises the floor. */
void rank_heap_offer(struct rank_term *t, size_t keep, const struct rank_entry *e)
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
	if (w < t->lightest || !rank_lighter(t, &t->v[0], e)) {
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

/* Sorts the entries heaviest first, at the term's avgdl (which may have
 * moved since they were heaped): heaped again, then the lightest taken
 * to the end one by one. Insertion was 65,000 comparisons a list, and
 * an import writes every list its documents touch. */
void rank_heap_sort(struct rank_term *t)
{
	size_t n = t->n;
	for (size_t i = n / 2; i-- > 0;)
		heap_down(t, i);
	while (t->n > 1) {
		struct rank_entry x = t->v[0];
		t->v[0] = t->v[--t->n];
		t->v[t->n] = x;
		heap_down(t, 0);
	}
	t->n = n;
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

void rank_put_le(unsigned char *p, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

uint64_t rank_get_le(const unsigned char *p, int bytes)
{
	uint64_t v = 0;
	for (int i = 0; i < bytes; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

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
			struct rank_entry e = { (uint32_t)rank_get_le(p + i * ENTRY_BYTES, 4),
						(uint16_t)rank_get_le(p + i * ENTRY_BYTES + 4, 2),
						(uint16_t)rank_get_le(p + i * ENTRY_BYTES + 6, 2) };
			rank_heap_offer(t, s->rank_keep, &e);
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
	uint64_t h = hash_words64(tok, (size_t)n);
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
	/* Followed from this document on; from the next new one when this
	 * is one indexed again: the documents of ids up to the highest are
	 * all in the index, read back at the end (term_fill). */
	x = term_add(r, tok, (size_t)n);
	x->start = r->doc > r->max_doc ? r->doc : r->max_doc + 1;
	x->dirty = 1; /* its list is written at the end, even of none after */
	x->loaded = 1;
	x->avgdl = r->rows > 0 && r->tokens > 0 ? r->tokens / r->rows : 100;
	touch(r, x);
}

/* The document's terms, followed: its count and weight for each. */
int rank_doc_end(struct store *s)
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
			rank_heap_offer(x, s->rank_keep, &e);
		}
	}
	r->n_touched = 0;
	if (!r->deleting) {
		if (doc > r->max_doc)
			r->max_doc = doc;
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

/* The highest document id of the library, or 0. */
static int64_t stat_max_id(struct store *s)
{
	char *cause = NULL;
	int64_t v = sql_query_int(s, "SELECT coalesce(max(id), 0) + 0 * ?1 FROM document", NULL, 0,
				  "reading the rank index", &cause);
	free(cause);
	return v;
}

/* The index's number of rows and of tokens, from FTS5's own record. */
int rank_fts_totals(struct store *s, double *rows, double *tokens)
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
	rank_fts_totals(s, &r->rows, &r->tokens);
	int64_t top = stat_max_id(s);
	r->max_doc = top > 0 && top <= UINT32_MAX ? (uint32_t)top : 0;
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

void rank_session_free(struct rank_session *r)
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

int rank_set_valid(struct store *s, int valid, char **cause)
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
		return rank_set_valid(s, 0, cause);
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
	return rank_doc_end(s);
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

/* Counts document id's words out of the session, before a statement
 * takes it out of the index in bulk (alias_claims): the session is told
 * of each document as one written through it would be, and the index's
 * own statement runs unfollowed. */
int rank_count_out(struct store *s, int64_t id, char **cause)
{
	if (s->rank == NULL || s->rank->rebuild)
		return 0;
	Fts5Tokenizer *tok = rank_doc_tokenizer(s);
	sqlite3_stmt *st = sql_stmt(s, ST_DOC_TEXT, cause);
	if (st == NULL)
		return -1;
	if (tok == NULL) {
		*cause = xstrdup("keeping the rank index: no tokenizer");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && fts_write_begin(s, id, 1, cause) == 0) {
		for (int col = 0; col < 4; col++) {
			const char *text = (const char *)sqlite3_column_text(st, col);
			if (text)
				rank_count_text(s, tok, text, sqlite3_column_bytes(st, col));
		}
		rc = fts_write_end(s, 1) == 0 ? SQLITE_DONE : SQLITE_ERROR;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "keeping the rank index");
		return -1;
	}
	return 0;
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
		tokens_indexing(s, id);
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
	tokens_drop(s);
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

