/* test_rank.c: the rank index (store_rank.c) on a small library with its
 * sizes made small (lists of 8, a list from 30 documents, a term followed
 * after 5): every list holds its term's document count and a floor that
 * no document left out exceeds; a search ranked from the lists finds the
 * same documents, in the same order, as FTS5 scoring every match; and
 * the lists follow updates, corrections, writes outside an import and
 * imports that fail. */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/store.h"
#include "store_priv.h"
#include "test.h"

static char dir[] = "/tmp/dossier-test-rank-XXXXXX";

/* A word of a small vocabulary, the first ones far commoner. */
static const char *const vocab[] = { "comrade", "korea", "army", "telegram", "ciphered", "question", "war",
				     "soviet", "chinese", "people", "forces", "leadership", "units", "warm",
				     "zhou", "pyongyang", "moscow", "reply", "answer", "letter" };
#define NV (sizeof vocab / sizeof vocab[0])

static unsigned seed = 1;

static unsigned rnd(void)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 16) & 0x7fff;
}

static const char *word(void)
{
	/* Zipf-like: index k with weight about 1 / (k + 1). */
	unsigned r = rnd() % 1000;
	size_t k = 0;
	unsigned acc = 0;
	while (k + 1 < NV && (acc += 1000 / (unsigned)(k + 2) / 3 + 5) < r)
		k++;
	return vocab[k];
}

static char *text(int words)
{
	struct buf b;
	buf_init(&b);
	for (int i = 0; i < words; i++)
		buf_printf(&b, "%s%s", i ? " " : "", word());
	/* A name of three words in a third of them, now and then misspelt. */
	for (unsigned k = rnd() % 3 == 0 ? 1 + rnd() % 3 : 0; k > 0; k--)
		buf_adds(&b, " kim il sung");
	if (rnd() % 37 == 0)
		buf_adds(&b, " kim ii sung");
	/* A rare word now and then, and one that becomes common late. */
	if (rnd() % 7 == 0)
		buf_printf(&b, " rare%u", rnd() % 50);
	return buf_detach(&b);
}

static int64_t put(struct store *s, int i, int version)
{
	char *cause = NULL, *path = xasprintf("/rank/%d.txt", i);
	char *body = text(5 + (int)(rnd() % 60));
	if (version > 0 || i > 150) {
		char *more = xasprintf("%s late%s", body, i % 2 ? " late" : "");
		free(body);
		body = more;
	}
	struct doc *d = doc_create();
	char *title = xasprintf("%s %s", word(), word());
	doc_set(&d->title, title);
	/* a filter that keeps two in three (kind: is no indexed column) */
	doc_set(&d->kind, i % 3 ? "letter" : "telegram");
	d->body = body;
	d->body_len = strlen(body);
	int64_t id = 0;
	enum store_put what;
	CHECK(store_put_doc(s, path, "text", d, hash_fnv1a64(body, strlen(body)) + (uint64_t)version, &id, &what,
			    &cause) == 0);
	free(cause);
	free(title);
	free(path);
	doc_free(d);
	return id;
}

/* Stores d (its body set) at path, and frees both. */
static void put_doc(struct store *s, char *path, struct doc *d)
{
	char *cause = NULL;
	int64_t id = 0;
	enum store_put what;
	d->body_len = strlen(d->body);
	CHECK(store_put_doc(s, path, "text", d, hash_fnv1a64(d->body, d->body_len), &id, &what, &cause) == 0);
	free(cause);
	free(path);
	doc_free(d);
}

/* A letter from party; with an alias, its bracket names the party as
 * another ("Feng Xi [Stalin]"). */
static void put_named(struct store *s, int i, const char *party, const char *alias, const char *canonical)
{
	struct doc *d = doc_create();
	d->body = text(20 + (int)(rnd() % 40));
	doc_set(&d->title, "letter");
	doc_add_party(d, 'f', party, NULL);
	if (alias)
		doc_add_alias(d, alias, canonical);
	put_doc(s, xasprintf("/rank/named-%d.txt", i), d);
}

/* A letter of the import's words with word added when with is set. */
static void put_with(struct store *s, int i, const char *word, int with)
{
	struct doc *d = doc_create();
	char *t = text(10 + (int)(rnd() % 20));
	d->body = with ? xasprintf("%s %s", t, word) : xstrdup(t);
	free(t);
	doc_set(&d->title, "note");
	put_doc(s, xasprintf("/rank/with-%d.txt", i), d);
}

/* An import of documents from..to (the same paths again: updated). */
static void import(struct store *s, int from, int to, int version)
{
	char *cause = NULL;
	CHECK(store_rank_begin(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	for (int i = from; i < to; i++) {
		put(s, i, version);
		if (i % 40 == 39) {
			CHECK(store_commit(s, &cause) == 0);
			CHECK(store_begin(s, &cause) == 0);
		}
	}
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_rank_end(s, 1, &cause) == 0);
	free(cause);
}

static int64_t stat(struct store *s, const char *key)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM stats WHERE key = ?1", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return v;
}

/* Every term of at least rank_min_df documents has a list with its count;
 * each listed document's tf is right; no document left out weighs more
 * than the floor; the list holds the heaviest. */
static int lists_hold(struct store *s)
{
	int ok = 1;
	sqlite3_stmt *terms, *docs;
	CHECK(sqlite3_exec(s->db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, document_fts, row)",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK(sqlite3_prepare_v2(s->db,
				 "SELECT v.term, v.doc, r.df, r.avgdl, r.floor, r.data FROM temp.v v LEFT JOIN term_rank r "
				 "ON r.term = v.term WHERE v.doc >= ?1 OR r.term IS NOT NULL",
				 -1, &terms, NULL) == SQLITE_OK);
	sqlite3_bind_int64(terms, 1, s->rank_min_df);
	CHECK(sqlite3_prepare_v2(s->db,
				 "SELECT rowid, dossier_tf(document_fts) FROM document_fts WHERE document_fts MATCH ?1",
				 -1, &docs, NULL) == SQLITE_OK);
	int nterms = 0;
	while (sqlite3_step(terms) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(terms, 0);
		int64_t df = sqlite3_column_int64(terms, 1);
		nterms++;
		if (sqlite3_column_type(terms, 2) == SQLITE_NULL || sqlite3_column_int64(terms, 2) != df) {
			printf("# %s: %lld documents, list says %lld\n", t, (long long)df,
			       (long long)sqlite3_column_int64(terms, 2));
			ok = 0;
			continue;
		}
		double a0 = sqlite3_column_double(terms, 3), floor = sqlite3_column_double(terms, 4);
		const unsigned char *p = sqlite3_column_blob(terms, 5);
		int n = sqlite3_column_bytes(terms, 5) / 8;
		double lightest = 1e9;
		/* Stored heaviest first (of equal weight, the earlier document):
		 * the same list whatever order its documents came in. */
		for (int i = 1; i < n; i++) {
			const unsigned char *x = p + 8 * (i - 1), *y = p + 8 * i;
			double cx = 1.2 * (1 - 0.75 + 0.75 * (x[6] + 256 * x[7]) / a0);
			double cy = 1.2 * (1 - 0.75 + 0.75 * (y[6] + 256 * y[7]) / a0);
			double tx = x[4] + 256 * x[5], ty = y[4] + 256 * y[5];
			uint32_t dx = (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
			uint32_t dy = (uint32_t)y[0] | (uint32_t)y[1] << 8 | (uint32_t)y[2] << 16 | (uint32_t)y[3] << 24;
			if (tx * cy < ty * cx || (tx * cy == ty * cx && dx > dy)) {
				printf("# %s: its list is not heaviest first at %d\n", t, i);
				ok = 0;
				break;
			}
		}
		char *q = xasprintf("\"%s\"", t);
		sqlite3_bind_text(docs, 1, q, -1, free);
		while (sqlite3_step(docs) == SQLITE_ROW) {
			int64_t doc = sqlite3_column_int64(docs, 0), v = sqlite3_column_int64(docs, 1);
			double tf = (double)(v >> 32), len = (double)(v & 0xffffffff);
			double w = tf / (tf + 1.2 * (1 - 0.75 + 0.75 * len / a0));
			int listed = 0;
			for (int i = 0; i < n; i++) {
				uint32_t d = (uint32_t)p[8 * i] | (uint32_t)p[8 * i + 1] << 8 | (uint32_t)p[8 * i + 2] << 16 |
					     (uint32_t)p[8 * i + 3] << 24;
				if (d != doc)
					continue;
				listed = 1;
				if (p[8 * i + 4] + 256 * p[8 * i + 5] != tf) {
					printf("# %s: document %lld has tf %.0f, listed %d\n", t, (long long)doc, tf,
					       p[8 * i + 4] + 256 * p[8 * i + 5]);
					ok = 0;
				}
				if (w < lightest)
					lightest = w;
			}
			if (!listed && w > floor + 1e-12) {
				printf("# %s: document %lld weighs %g, above the floor %g\n", t, (long long)doc, w, floor);
				ok = 0;
			}
		}
		sqlite3_reset(docs);
		if (n > 0 && lightest + 1e-12 < floor && (size_t)n < s->rank_keep) {
			printf("# %s: a short list under its floor\n", t);
			ok = 0;
		}
	}
	sqlite3_finalize(terms);
	sqlite3_finalize(docs);
	return ok && nterms > 0;
}

struct hits {
	struct strv v;
};

static int hit(const struct store_hit *h, void *arg)
{
	struct hits *x = arg;
	/* the snippet too: found in the text when ranked from the lists,
	 * from FTS5's positions otherwise, the same */
	strv_push_owned(&x->v, xasprintf("%lld %.9g %s", (long long)h->sd->id, h->rank, h->snippet ? h->snippet : "-"));
	return 0;
}

/* The same query ranked from the lists and by FTS5: the same documents,
 * the same order. Returns 1 if the lists ranked it. */
static int same_search(struct store *s, const char *query, size_t limit)
{
	struct hits fast = { 0 }, full = { 0 };
	char *cause = NULL;
	int64_t served = s->rank_served;
	store_rank_off(s, 0);
	CHECK(store_search(s, query, limit, "<", ">", hit, &fast, &cause) == 0);
	int ranked = s->rank_served > served;
	store_rank_off(s, 1);
	CHECK(store_search(s, query, limit, "<", ">", hit, &full, &cause) == 0);
	store_rank_off(s, 0);
	int same = fast.v.n == full.v.n;
	for (size_t i = 0; same && i < fast.v.n; i++)
		same = strcmp(fast.v.v[i], full.v.v[i]) == 0;
	if (!same) {
		printf("# '%s' limit %zu: ranked %d\n", query, limit, ranked);
		for (size_t i = 0; i < fast.v.n || i < full.v.n; i++)
			printf("#   %s | %s\n", i < fast.v.n ? fast.v.v[i] : "-", i < full.v.n ? full.v.v[i] : "-");
	}
	CHECK(same);
	strv_free(&fast.v);
	strv_free(&full.v);
	free(cause);
	return ranked;
}

static int searches_agree(struct store *s)
{
	static const char *const queries[] = {
		"comrade", "korea", "army", "telegram", "ciphered telegram", "comrade korea", "comrade AND army",
		"comrade OR korea", "korea OR army OR war", "late", "comrade late", "late OR rare3", "rare3",
		"rare3 OR rare4 OR comrade", "\"comrade korea\"", "comr*", "comrade NOT korea", "pyongyang",
		"letter OR answer", "zhou moscow",
		/* phrases: weighed by their words' idf, counted in the text */
		"\"korea army\" OR \"comrade war\"", "\"comrade comrade\"", "\"comrade korea\" army",
		"\"rare3 comrade\" OR korea", "\"comrade rare3\"", "\"army comrade\" OR army",
		"\"comrade korea army\" OR \"korea comrade\"", "\"kim il sung\"", "\"il sung\" OR korea",
		"\"kim ii sung\"", "\"sung kim\"",
		/* filtered: the lists' candidates that pass, when they prove a top */
		"comrade kind:letter", "army kind:telegram", "korea OR army kind:letter", "\"kim il sung\" kind:letter",
		"comrade kind:nothing",
	};
	int ranked = 0;
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++)
		for (size_t limit = 1; limit <= 25; limit += limit < 7 ? 2 : 9)
			ranked += same_search(s, queries[i], limit);
	printf("# %d searches ranked from the lists\n", ranked);
	return ranked;
}

int main(void)
{
	if (mkdtemp(dir) == NULL)
		return 1;
	char *path = xasprintf("%s/rank.db", dir), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	s->rank_keep = 8;
	s->rank_min_df = 30;
	s->rank_track = 5;
	CHECK_INT(stat(s, "rank_valid"), 1);

	/* Two imports: the second's new terms are followed late and read
	 * back from the index for the first's documents. */
	import(s, 0, 150, 0);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));
	import(s, 150, 300, 0);
	CHECK(lists_hold(s));
	CHECK(searches_agree(s) > 20);
	/* A top that only the tie proves (the best left out could pass the
	 * last kept by less than RANK_TIE): ranked from the lists, and the
	 * same as FTS5's. */
	CHECK_INT(same_search(s, "army", 7), 1);
	/* A filter that keeps most candidates: ranked from those it keeps. */
	CHECK_INT(same_search(s, "comrade kind:letter", 3), 1);
	CHECK_INT(same_search(s, "army kind:telegram", 1), 1);
	/* The matches of words joined by AND are guessed from the lists'
	 * counts (a word's exactly); the lists say nothing of an OR. */
	sqlite3_stmt *cst;
	int64_t comrades = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM document_fts WHERE document_fts MATCH 'comrade'", -1, &cst,
			       NULL) == SQLITE_OK && sqlite3_step(cst) == SQLITE_ROW)
		comrades = sqlite3_column_int64(cst, 0);
	sqlite3_finalize(cst);
	int64_t guess = rank_matches_guess(s, "\"comrade\"");
	CHECK(comrades > 0 && guess >= comrades - comrades / 50 && guess <= comrades + comrades / 50);
	CHECK(rank_matches_guess(s, "\"comrade\" \"army\"") <= guess);
	CHECK_INT(rank_matches_guess(s, "\"comrade\" OR \"army\""), -1);
	/* A phrase whose words go together is ranked from the lists too,
	 * weighed by its words' idf and counted in the text. */
	CHECK_INT(same_search(s, "\"kim il sung\"", 5), 1);
	CHECK_INT(same_search(s, "\"kim il sung\" OR \"kim ii sung\"", 5), 1);
	/* A person's names are one term (their counts summed, the lowest
	 * idf); a name holding another is left out ("Stalin Kim Il Sung"). */
	CHECK(sqlite3_exec(s->db,
			   "INSERT INTO person(id, name) VALUES (900, 'Kim Il Sung'), (901, 'Zhou');"
			   "INSERT INTO alias(name, person_id) VALUES ('Kim Il Sung', 900), ('Kim II Sung', 900),"
			   " ('Stalin Kim Il Sung', 900), ('zhou', 901), ('moscow', 901), ('pyongyang reply', 901),"
			   " ('Zhou Moscow', 901);"
			   "INSERT INTO party(doc_id, role, seq, person_id) SELECT min(id), 'mentioned', 900, 900 FROM document;"
			   "INSERT INTO party(doc_id, role, seq, person_id) SELECT min(id), 'mentioned', 901, 901 FROM document;",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK_INT(same_search(s, "Kim Il Sung", 5), 1);
	CHECK_INT(same_search(s, "Kim II Sung", 3), 1);
	same_search(s, "zhou", 5);
	same_search(s, "Zhou Moscow", 3);
	/* A name of a person who is party to no document (a header misread
	 * and corrected since) leaves a search for it a search for the word. */
	struct hits word = { 0 }, named = { 0 };
	CHECK(store_search(s, "army", 10, "", "", hit, &word, &cause) == 0);
	CHECK(sqlite3_exec(s->db,
			   "INSERT INTO person(id, name) VALUES (902, 'Soviet Soviet');"
			   "INSERT INTO alias(name, person_id) VALUES ('army', 902), ('Soviet Soviet', 902);",
			   NULL, NULL, NULL) == SQLITE_OK);
	CHECK(store_search(s, "army", 10, "", "", hit, &named, &cause) == 0);
	CHECK_INT(named.v.n, word.v.n);
	for (size_t i = 0; i < word.v.n && i < named.v.n; i++)
		CHECK_STR(named.v.v[i], word.v.v[i]);
	strv_free(&word.v);
	strv_free(&named.v);

	/* Documents imported again with other text keep their ids. */
	import(s, 100, 200, 1);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));
	searches_agree(s);

	/* A name claimed by a later letter's bracket: the letters of the
	 * name's person are indexed again under the other's, each counted
	 * out of the lists before it is counted in. */
	CHECK(store_rank_begin(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	for (int i = 0; i < 40; i++)
		put_named(s, 600 + i, "Feng Xi", NULL, NULL);
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	put_named(s, 640, "Feng Xi", "Feng Xi", "Stalin");
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_rank_end(s, 1, &cause) == 0);
	CHECK_INT(sql_query_int(s, "SELECT count(*) FROM person WHERE name = ?1", "Feng Xi", 0, "", &cause), 0);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));
	searches_agree(s);

	/* A word no session has followed yet (in 36 letters, none of them
	 * one a session counts words in), met first in a document indexed
	 * again, of a lower id than theirs: followed from the next new
	 * document, the 36 read back from the index. */
	int64_t next = sql_query_int(s, "SELECT max(id) + 1 + 0 * ?1 FROM document", NULL, 0, "", &cause);
	CHECK(store_rank_begin(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	for (int k = 0, made = 0; made < 36; k++) {
		put_with(s, k, "zebra", (next + k) % 8 != 0);
		made += (next + k) % 8 != 0;
	}
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_rank_end(s, 1, &cause) == 0);
	CHECK(store_correct(s, 8, "title", "zebra zebra", &cause) == 0);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));

	/* A correction of a title indexes the document again. */
	CHECK(store_correct(s, 5, "title", "comrade comrade comrade war", &cause) == 0);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));
	searches_agree(s);

	/* A write outside an import: out of date, and FTS5 ranks. */
	CHECK(store_begin(s, &cause) == 0);
	put(s, 400, 0);
	CHECK(store_commit(s, &cause) == 0);
	CHECK_INT(stat(s, "rank_valid"), 0);
	CHECK_INT(searches_agree(s), 0);
	/* The next import builds the lists again, from every document. */
	import(s, 300, 320, 0);
	CHECK_INT(stat(s, "rank_valid"), 1);
	CHECK(lists_hold(s));
	CHECK(searches_agree(s) > 20);

	/* An import whose batch is undone leaves the lists out of date. */
	CHECK(store_rank_begin(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	put(s, 500, 0);
	CHECK(store_commit(s, &cause) == 0);
	CHECK(store_begin(s, &cause) == 0);
	put(s, 501, 0);
	store_rollback(s);
	CHECK(store_rank_end(s, 1, &cause) == 0);
	CHECK_INT(stat(s, "rank_valid"), 0);
	store_free(s);

	/* The real sizes, on a library opened again. */
	CHECK(store_open(path, 0, &s, &cause) == 0);
	CHECK(s && s->rank_min_df == 4096);
	store_free(s);
	free(cause);
	free(path);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return test_done();
}
