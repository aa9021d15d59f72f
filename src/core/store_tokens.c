/* store_tokens.c: a document's words tokenized ahead, on the thread that
 * parses it, and handed to FTS5 when the document is indexed.
 *
 * A field's tokens are kept compact, two or three bytes a word: for each
 * token its gap from the last one's end and its length in the text, and
 * its bytes only when they are not the text's own bytes in ASCII lower
 * case (a folded accent, a letter outside ASCII). A token's bytes are
 * made again from the text when it is replayed, so the text must be the
 * one tokenized: a field is replayed only for a text of the same length
 * and hash. */
#include "dossier/store_tokens.h"

#include "store_priv.h"
#include "store_rank_priv.h"

#include <stdlib.h>
#include <string.h>

/* The fields FTS5 indexes that the document gives (the fourth, people,
 * is made by the store and tokenized there). */
enum { TK_TITLE, TK_SUMMARY, TK_BODY, TK_FIELDS };

struct field_tokens {
	int n;                  /* the text's bytes; -1: not tokenized */
	uint64_t hash;
	size_t off, len;        /* its tokens in doc_tokens.data */
};

struct doc_tokens {
	struct field_tokens f[TK_FIELDS];
	struct buf data;
};

struct store_tokenizer {
	fts5_tokenizer base;
	Fts5Tokenizer *tok;
};

/* The documents given in this transaction (store_priv.h's tokens_ahead). */
struct tokens_ahead {
	int64_t *id;
	struct doc_tokens **k;
	size_t n, cap;
	struct doc_tokens *cur; /* the document being indexed, or NULL */
	char *scratch;          /* a token's bytes, made again */
	size_t scap;
	int64_t replayed;       /* fields replayed (for tests) */
};

/* At p, which has room for five bytes; returns the end. */
static unsigned char *put_varint(unsigned char *p, uint32_t v)
{
	while (v > 0x7f) {
		*p++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*p++ = (unsigned char)v;
	return p;
}

static int get_varint(const unsigned char **p, const unsigned char *end, uint32_t *v)
{
	uint32_t x = 0;
	for (int shift = 0; shift < 35 && *p < end; shift += 7) {
		unsigned char c = *(*p)++;
		x |= (uint32_t)(c & 0x7f) << shift;
		if (!(c & 0x80)) {
			*v = x;
			return 0;
		}
	}
	return -1;
}

/* ---- made on the parsing thread -------------------------------------- */

struct store_tokenizer *store_tokenizer_create(struct store *s)
{
	if (s->rank_wrap == NULL)
		return NULL;
	struct store_tokenizer *t = xcalloc(1, sizeof *t);
	t->base = s->rank_wrap->base;
	const char *args[] = { "remove_diacritics", "2" }; /* schema.c's document_fts */
	if (t->base.xCreate(s->rank_wrap->base_ctx, args, 2, &t->tok) != SQLITE_OK) {
		free(t);
		return NULL;
	}
	return t;
}

void store_tokenizer_free(struct store_tokenizer *t)
{
	if (t == NULL)
		return;
	t->base.xDelete(t->tok);
	free(t);
}

struct encoding {
	struct buf *b;
	const char *text;
	int last;               /* the last token's end */
};

/* Whether tok is the text's bytes in ASCII lower case. */
static int plain_token(const char *src, const char *tok, int n)
{
	for (int i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];
		if (c >= 0x80 || (char)(c >= 'A' && c <= 'Z' ? c + 32 : c) != tok[i])
			return 0;
	}
	return 1;
}

static int encode_token(void *p, int flags, const char *tok, int n, int start, int end)
{
	struct encoding *e = p;
	/* unicode61 gives neither; anything else is tokenized as before */
	if (flags != 0 || start < e->last || end < start || n < 0)
		return SQLITE_ERROR;
	int plain = n == end - start && plain_token(e->text + start, tok, n);
	struct buf *b = e->b;
	/* three varints and the token's bytes at most */
	if (b->len + 16 + (size_t)n >= b->cap)
		buf_reserve(b, 16 + (size_t)n);
	unsigned char *w = (unsigned char *)b->data + b->len;
	w = put_varint(w, (uint32_t)(start - e->last));
	w = put_varint(w, (uint32_t)(end - start) << 1 | (plain ? 0 : 1));
	if (!plain) {
		w = put_varint(w, (uint32_t)n);
		memcpy(w, tok, (size_t)n);
		w += n;
	}
	*w = '\0';
	b->len = (size_t)(w - (unsigned char *)b->data);
	e->last = end;
	return SQLITE_OK;
}

static void tokenize_field(struct store_tokenizer *t, struct doc_tokens *k, int f, const char *text, size_t n)
{
	struct field_tokens *ft = &k->f[f];
	ft->n = -1;
	if (n > INT32_MAX / 2)
		return;
	ft->off = k->data.len;
	buf_reserve(&k->data, n / 2 + 16); /* about what a text in English takes */
	struct encoding e = { &k->data, text, 0 };
	if (t->base.xTokenize(t->tok, &e, FTS5_TOKENIZE_DOCUMENT, text, (int)n, encode_token) != SQLITE_OK) {
		k->data.len = ft->off;
		return;
	}
	ft->len = k->data.len - ft->off;
	ft->n = (int)n;
	ft->hash = hash_words64(text, n);
}

struct doc_tokens *store_tokenize_doc(struct store_tokenizer *t, const struct doc *d)
{
	if (t == NULL || d == NULL)
		return NULL;
	struct doc_tokens *k = xcalloc(1, sizeof *k);
	const char *title = d->title ? d->title : "";
	tokenize_field(t, k, TK_TITLE, title, strlen(title));
	if (d->summary)
		tokenize_field(t, k, TK_SUMMARY, d->summary, strlen(d->summary));
	else
		k->f[TK_SUMMARY].n = -1;
	if (d->body)
		tokenize_field(t, k, TK_BODY, d->body, d->body_len);
	else
		k->f[TK_BODY].n = -1;
	return k;
}

void doc_tokens_free(struct doc_tokens *k)
{
	if (k == NULL)
		return;
	buf_free(&k->data);
	free(k);
}

/* ---- used on the store's thread -------------------------------------- */

void store_tokens_give(struct store *s, int64_t id, struct doc_tokens *k)
{
	if (k == NULL)
		return;
	struct tokens_ahead *a = s->ahead;
	if (a == NULL)
		a = s->ahead = xcalloc(1, sizeof *a);
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 256;
		a->id = xreallocarray(a->id, a->cap, sizeof *a->id);
		a->k = xreallocarray(a->k, a->cap, sizeof *a->k);
	}
	a->id[a->n] = id;
	a->k[a->n++] = k;
}

void tokens_indexing(struct store *s, int64_t id)
{
	struct tokens_ahead *a = s->ahead;
	if (a == NULL)
		return;
	a->cur = NULL;
	/* the last given wins: a document stored twice in one transaction */
	for (size_t i = a->n; i-- > 0;)
		if (a->id[i] == id) {
			a->cur = a->k[i];
			return;
		}
}

int64_t tokens_replayed(struct store *s)
{
	return s->ahead ? s->ahead->replayed : 0;
}

void tokens_drop(struct store *s)
{
	struct tokens_ahead *a = s->ahead;
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++)
		doc_tokens_free(a->k[i]);
	a->n = 0;
	a->cur = NULL;
}

void tokens_free(struct store *s)
{
	struct tokens_ahead *a = s->ahead;
	if (a == NULL)
		return;
	tokens_drop(s);
	free(a->id);
	free(a->k);
	free(a->scratch);
	free(a);
	s->ahead = NULL;
}

static int replay(struct tokens_ahead *a, const unsigned char *p, const unsigned char *end, const char *text,
		  int n, void *ctx, int (*xToken)(void *, int, const char *, int, int, int))
{
	uint32_t last = 0;
	while (p < end) {
		uint32_t gap, v, tn;
		if (get_varint(&p, end, &gap) != 0 || get_varint(&p, end, &v) != 0)
			return SQLITE_CORRUPT;
		uint32_t start = last + gap, src = v >> 1;
		if (start < last || start > (uint32_t)n || src > (uint32_t)n - start)
			return SQLITE_CORRUPT;
		const char *tok;
		if (v & 1) {
			if (get_varint(&p, end, &tn) != 0 || tn > (size_t)(end - p))
				return SQLITE_CORRUPT;
			tok = (const char *)p;
			p += tn;
		} else {
			if (src > a->scap) {
				a->scap = src * 2;
				free(a->scratch);
				a->scratch = xmalloc(a->scap);
			}
			for (uint32_t i = 0; i < src; i++) {
				char c = text[start + i];
				a->scratch[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			}
			tok = a->scratch;
			tn = src;
		}
		int rc = xToken(ctx, 0, tok, (int)tn, (int)start, (int)(start + src));
		if (rc != SQLITE_OK)
			return rc;
		last = start + src;
	}
	return SQLITE_OK;
}

int tokens_replay(struct store *s, const char *text, int n, void *ctx,
		  int (*xToken)(void *, int, const char *, int, int, int), int *rc)
{
	struct tokens_ahead *a = s->ahead;
	if (a == NULL || a->cur == NULL || n < 0)
		return 0;
	struct doc_tokens *k = a->cur;
	uint64_t h = 0;
	int hashed = 0;
	for (int f = 0; f < TK_FIELDS; f++) {
		const struct field_tokens *ft = &k->f[f];
		if (ft->n != n)
			continue;
		if (!hashed) {
			h = hash_words64(text, (size_t)n);
			hashed = 1;
		}
		if (ft->hash != h)
			continue;
		*rc = SQLITE_OK;
		a->replayed++;
		if (ft->len == 0)
			return 1;
		const unsigned char *p = (const unsigned char *)k->data.data + ft->off;
		*rc = replay(a, p, p + ft->len, text, n, ctx, xToken);
		return 1;
	}
	return 0;
}
