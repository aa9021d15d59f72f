/* test_tokens.c: words tokenized ahead (store_tokens.c) index a document
 * exactly as FTS5's own tokenizing does. Two libraries take the same
 * documents, one with their tokens made ahead on another thread and one
 * without: their full-text indexes hold the same terms at the same
 * places, and their rank lists are the same. Tokens given for another
 * text (a document whose text is not the one tokenized) are not used. */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/store.h"
#include "dossier/store_tokens.h"
#include "store_priv.h"
#include "test.h"

static char dir[] = "/tmp/dossier-test-tokens-XXXXXX";

/* Titles, summaries and bodies in several scripts and cases: ASCII words
 * replay from the text, the others from their bytes. */
static const char *const titles[] = {
	"Ciphered Telegram No. 4581, Zhou Enlai to Cde. Filippov [Stalin]",
	"Записка Громыко в ЦК КПСС", "Lettre de Pékin à Hanoï", "", "ÆSIR ÜBER Straße Ærø",
	"MEMORANDUM FOR THE PRESIDENT", "毛泽东致斯大林电报", "x",
};
static const char *const summaries[] = {
	NULL, "A short summary, with \"quotes\" and résumé.", "", "Ünïcödé ﬁ ligature and İstanbul",
};

/* Documents 2k and 2k + 1 have bodies of the same length that differ in
 * their last words. */
static char *body(int i)
{
	struct buf b;
	buf_init(&b);
	for (int k = 0; k < 40 + i / 2 * 7; k++)
		buf_printf(&b, "%s%s ", titles[(k + i / 2) % 8], k % 5 == 0 ? ".\n\n" : ",");
	buf_adds(&b, "a_very_long_token_");
	for (int k = 0; k < i / 2 * 20; k++)
		buf_adds(&b, i % 2 ? "ABCdéf" : "XYZdéf");
	return buf_detach(&b);
}

#define NDOCS 24

static struct doc *make_doc(int i)
{
	struct doc *d = doc_create();
	doc_set(&d->title, titles[i % 8]);
	if (summaries[i % 4])
		doc_set(&d->summary, summaries[i % 4]);
	d->body = body(i);
	d->body_len = strlen(d->body);
	return d;
}

struct ahead {
	struct store_tokenizer *tk;
	struct doc **d;
	struct doc_tokens **k;
};

/* Tokenized on a thread of its own, as the import does. */
static void *tokenize_all(void *arg)
{
	struct ahead *a = arg;
	for (int i = 0; i < NDOCS; i++)
		a->k[i] = store_tokenize_doc(a->tk, a->d[i]);
	return NULL;
}

/* Stores the documents; ahead: with tokens made ahead (swap: each
 * document given the next one's, made from another text). */
static struct store *library(const char *name, int ahead, int swap)
{
	char *path = xasprintf("%s/%s.db", dir, name), *cause = NULL;
	struct store *s = NULL;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	free(path);
	if (s == NULL)
		return NULL;
	/* lists small enough for a few documents to have them */
	s->rank_keep = 4;
	s->rank_min_df = 3;
	s->rank_track = 2;
	struct doc *d[NDOCS];
	struct doc_tokens *k[NDOCS] = { 0 };
	for (int i = 0; i < NDOCS; i++)
		d[i] = make_doc(i);
	if (ahead) {
		struct ahead a = { store_tokenizer_create(s), d, k };
		CHECK(a.tk != NULL);
		pthread_t th;
		CHECK(pthread_create(&th, NULL, tokenize_all, &a) == 0);
		pthread_join(th, NULL);
		store_tokenizer_free(a.tk);
	}
	CHECK(store_rank_begin(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	for (int i = 0; i < NDOCS; i++) {
		char *p = xasprintf("/t/%d.txt", i);
		int64_t id = 0;
		enum store_put what;
		CHECK(store_put_doc(s, p, "text", d[i], hash_fnv1a64(d[i]->body, d[i]->body_len), &id, &what, &cause) ==
		      0);
		free(p);
		if (ahead) {
			int j = swap ? i ^ 1 : i;
			store_tokens_give(s, id, k[j]);
			k[j] = NULL;
		}
	}
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_rank_end(s, 1, &cause) == 0);
	free(cause);
	for (int i = 0; i < NDOCS; i++) {
		doc_tokens_free(k[i]);
		doc_free(d[i]);
	}
	return s;
}

/* A library's index, one line per token: term, document, column, place. */
static char *index_of(struct store *s)
{
	struct buf b;
	buf_init(&b);
	sqlite3_stmt *st;
	CHECK(sqlite3_exec(s->db, "CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, document_fts, instance)",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK(sqlite3_prepare_v2(s->db, "SELECT term, doc, col, offset FROM temp.vi ORDER BY 1, 2, 3, 4", -1, &st,
				 NULL) == SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "%s %lld %s %lld\n", (const char *)sqlite3_column_text(st, 0),
			   (long long)sqlite3_column_int64(st, 1), (const char *)sqlite3_column_text(st, 2),
			   (long long)sqlite3_column_int64(st, 3));
	sqlite3_finalize(st);
	CHECK(sqlite3_prepare_v2(s->db, "SELECT term, df, floor, hex(data) FROM term_rank ORDER BY term", -1, &st,
				 NULL) == SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "rank %s %lld %.9g %s\n", (const char *)sqlite3_column_text(st, 0),
			   (long long)sqlite3_column_int64(st, 1), sqlite3_column_double(st, 2),
			   (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	return buf_detach(&b);
}

int main(void)
{
	if (mkdtemp(dir) == NULL)
		return 1;
	struct store *plain = library("plain", 0, 0);
	struct store *ahead = library("ahead", 1, 0);
	struct store *swapped = library("swapped", 1, 1);
	if (plain == NULL || ahead == NULL || swapped == NULL)
		return 1;
	char *want = index_of(plain), *got = index_of(ahead), *swap = index_of(swapped);
	CHECK(strlen(want) > 10000);
	CHECK(strstr(want, "rank comrade ") != NULL || strstr(want, "rank telegram ") != NULL);
	CHECK(strstr(want, "пекин") == NULL && strstr(want, "pekin ") != NULL); /* unicode61's folding */
	/* every field of every document replayed (titles, bodies, and the
	 * summaries there are) */
	CHECK_INT(tokens_replayed(plain), 0);
	CHECK(tokens_replayed(ahead) >= 2 * NDOCS + NDOCS / 2);
	CHECK(strcmp(got, want) == 0);
	/* another text's tokens: the bodies, of the same length, are
	 * tokenized by FTS5 (only an equal text replays) */
	CHECK(tokens_replayed(swapped) < tokens_replayed(ahead) - NDOCS / 2);
	CHECK(strcmp(swap, want) == 0);
	free(want);
	free(got);
	free(swap);
	store_free(plain);
	store_free(ahead);
	store_free(swapped);
	char *rm = xasprintf("rm -rf %s", dir);
	if (system(rm) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	free(rm);
	return test_failed_ ? 1 : 0;
}
