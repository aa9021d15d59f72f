/* store_rank_priv.h: what the rank index's files share (store_rank.c:
 * the tokenizer it wraps and the session that follows an import's
 * writes; store_rank_build.c: the lists written at a session's end;
 * store_rank_top.c: a search answered from them), and no one else. */
#ifndef DOSSIER_STORE_RANK_PRIV_H
#define DOSSIER_STORE_RANK_PRIV_H

#include "store_priv.h"

/* The defaults of struct store's rank_keep, rank_min_df, rank_track. */
#define RANK_KEEP 512
#define RANK_MIN_DF 4096
#define RANK_TRACK 256
/* A session counts the terms it does not follow in one document of this
 * many (the others' tokens cost a lookup in a small table). */
#define RANK_SAMPLE 8
/* Documents a search counts its words in before it lets FTS5 rank. */
#define RANK_LOOKS 2000
/* Scores within one part in a thousand are a tie: a document left out
 * that could pass the last one shown by less is not looked for (the
 * search shows a top as good as the exact one to that precision). */
#define RANK_TIE 1e-3
#define BM25_K1 1.2
#define BM25_B 0.75
/* The counts of terms not yet followed are pruned of those seen once
 * when they hold this many (16 MiB). */
#define COUNT_SLOTS_MAX (1u << 21)

/* A list's entry as stored: doc u32, tf u16, length u16, little-endian. */
#define ENTRY_BYTES 8

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
	/* the highest document indexed, by this session or before it: a
	 * term followed from a document indexed again (a lower id) is
	 * followed from the next new one, the lower read back at the end */
	uint32_t max_doc;
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

struct rank_wrap {
	struct store *s;
	void *base_ctx;
	fts5_tokenizer base;
	Fts5Tokenizer *doc_tok; /* one for counting a document's words, or NULL */
};

/* Tokenizes a document's text with tok (the wrapped tokenizer's base) for
 * the session's document, as FTS5 would index it. */
void rank_count_text(struct store *s, Fts5Tokenizer *tok, const char *text, int n);
/* The tokenizer the lists count a document's words with, made once per
 * connection (freed with it), or NULL. */
Fts5Tokenizer *rank_doc_tokenizer(struct store *s);
/* BM25's weight of a term in a document, without its idf and k1 + 1:
 * tf / (tf + k1 (1 - b + b len / avgdl)). */
double rank_weight(double tf, double len, double avgdl);
/* A floor at avgdl a0, loosened to hold at avgdl a1. */
double rank_floor_at(double floor, double a0, double a1);
/* The full-text index's rows and tokens (for avgdl). */
int rank_fts_totals(struct store *s, double *rows, double *tokens);
/* Little-endian integers of a list's rows. */
uint64_t rank_get_le(const unsigned char *p, int bytes);
/* The tokens of a query's word or phrase, appended to out: their
 * number, or -1 (no tokenizer). */
int rank_text_tokens(struct store *s, const char *text, size_t n, struct strv *out);
/* Ends the document being tokenized: its count and weight for each of
 * its terms followed. */
int rank_doc_end(struct store *s);
/* Offers a document to a term's heap of its keep heaviest (else it, or
 * the one it pushes out, raises the floor). */
void rank_heap_offer(struct rank_term *t, size_t keep, const struct rank_entry *e);
/* Sorts a term's entries heaviest first (they are no heap after). */
void rank_heap_sort(struct rank_term *t);
/* The heap's order: lighter first; of equal weight, the later document. */
int rank_lighter(const struct rank_term *t, const struct rank_entry *a, const struct rank_entry *b);
void rank_put_le(unsigned char *p, uint64_t v, int bytes);
/* Frees a session. */
void rank_session_free(struct rank_session *r);
/* Sets stats 'rank_valid'. */
int rank_set_valid(struct store *s, int valid, char **cause);

#endif
