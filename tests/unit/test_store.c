/* test_store.c: the library file: migrations, identity on re-import,
 * corrections, ordering, search, people, and bad databases. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/import.h"
#include "dossier/schema.h"
#include "dossier/store.h"
#include "store_priv.h" /* store_search_few_matches: both plans of a filtered search */
#include "test.h"

static char dir[] = "/tmp/dossier-test-store-XXXXXX";

static char *tmp(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static struct doc *make_doc(const char *title, const char *date, const char *body)
{
	struct doc *d = doc_create();
	doc_set(&d->title, title);
	doc_set(&d->date, date);
	d->body = xstrdup(body);
	d->body_len = strlen(body);
	return d;
}

static int64_t put(struct store *s, const char *path, const struct doc *d, enum store_put *what)
{
	char *cause = NULL;
	int64_t id = 0;
	CHECK(store_begin(s, &cause) == 0);
	int rc = store_put_doc(s, path, "text", d, hash_fnv1a64(d->body, d->body_len), &id, what, &cause);
	CHECK(rc == 0);
	if (rc == 0)
		CHECK(store_commit(s, &cause) == 0);
	else
		store_rollback(s);
	free(cause);
	return id;
}

struct collect {
	struct strv titles;
	struct strv ids;
};

static int collect_doc(const struct store_doc *sd, void *arg)
{
	struct collect *c = arg;
	strv_push(&c->titles, sd->doc->title);
	return 0;
}

struct stop_after {
	struct store *s;
	size_t after, seen;
};

/* Writes each row's reading place, and stops after so many. */
static int stop_after_row(const struct store_doc *sd, void *arg)
{
	struct stop_after *x = arg;
	char *cause = NULL;
	CHECK(store_set_read_pos(x->s, sd->id, 7, &cause) == 0);
	free(cause);
	return ++x->seen == x->after;
}

static int collect_hit(const struct store_hit *h, void *arg)
{
	struct collect *c = arg;
	strv_push(&c->titles, h->sd->doc->title);
	strv_push(&c->ids, h->snippet);
	return 0;
}

/* Notes whether each hit is handed out inside a transaction, and stops
 * after so many when stop is set. */
struct in_txn {
	struct store *s;
	int outside, seen, stop;
};

static int hit_in_txn(const struct store_hit *h, void *arg)
{
	(void)h;
	struct in_txn *x = arg;
	x->outside += sqlite3_get_autocommit(x->s->db) != 0;
	return ++x->seen == x->stop;
}

static int collect_person(const struct store_person *p, void *arg)
{
	struct collect *c = arg;
	struct buf b;
	buf_init(&b);
	buf_printf(&b, "%s:%lld", p->name, (long long)p->docs);
	for (size_t i = 0; i < p->aliases->n; i++)
		buf_printf(&b, ",%s", p->aliases->v[i]);
	strv_push_owned(&c->titles, buf_detach(&b));
	return 0;
}

static void test_identity(void)
{
	char *path = tmp("lib.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	enum store_put what;
	struct doc *a = make_doc("A letter", "1950-10-01", "Comrade Kim Il Sung! The text.");
	doc_add_note(a, 0, 7, NOTE_SUPPLIED, "x");
	strv_push(&a->from, "Stalin");
	strv_push(&a->to, "Kim Il Sung");
	doc_add_alias(a, "Feng Xi", "Stalin");
	int64_t id = put(s, "/x/a.txt", a, &what);
	CHECK_INT(what, STORE_PUT_NEW);
	CHECK_INT(put(s, "/x/a.txt", a, &what), id);
	CHECK_INT(what, STORE_PUT_UNCHANGED);
	/* Same text from another path: the same document. */
	CHECK_INT(put(s, "/y/copy.txt", a, &what), id);
	CHECK_INT(what, STORE_PUT_UNCHANGED);

	/* The reader corrects the title; a changed file keeps its id and
	 * the correction. */
	CHECK(store_correct(s, id, "title", "Stalin to Kim, 1 October", &cause) == 0);
	CHECK(store_set_read_pos(s, id, 12, &cause) == 0);
	struct doc *b = make_doc("A letter", "1950-10-01", "Comrade Kim Il Sung! The corrected text.");
	strv_push(&b->from, "Feng Xi");
	CHECK_INT(put(s, "/x/a.txt", b, &what), id);
	CHECK_INT(what, STORE_PUT_UPDATED);
	struct store_doc *sd = NULL;
	CHECK(store_doc_get(s, id, &sd, &cause) == 0);
	CHECK_STR(sd->doc->title, "Stalin to Kim, 1 October");
	CHECK_STR(sd->doc->body, "Comrade Kim Il Sung! The corrected text.");
	CHECK_INT(sd->read_pos, 12);
	CHECK_INT(sd->doc->nnotes, 0);
	/* Feng Xi was learned as Stalin's alias: the sender is Stalin. */
	CHECK_INT(sd->doc->from.n, 1);
	CHECK_STR(sd->doc->from.n ? sd->doc->from.v[0] : NULL, "Stalin");
	CHECK_STR(sd->path, "/x/a.txt");
	store_doc_free(sd);
	CHECK_INT(store_count(s, &cause), 1);
	CHECK_INT(store_last_read(s), id);

	/* Corrections of date and parties. */
	CHECK(store_correct(s, id, "date", "1950-10-02", &cause) == 0);
	CHECK(store_correct(s, id, "to", "Kim Il Sung; Pak Heon-yeong", &cause) == 0);
	CHECK(store_correct(s, id, "body", "x", &cause) != 0);
	CHECK(cause && strstr(cause, "cannot be corrected"));
	free(cause);
	cause = NULL;
	CHECK(store_doc_get(s, id, &sd, &cause) == 0);
	CHECK_STR(sd->doc->date, "1950-10-02");
	CHECK_INT(sd->doc->to.n, 2);
	store_doc_free(sd);
	CHECK_INT(store_doc_get(s, 999, &sd, &cause), 1);

	struct collect c = { 0 };
	CHECK(store_people(s, NULL, 0, collect_person, &c, &cause) == 0);
	CHECK(strv_contains(&c.titles, "Stalin:1,Feng Xi"));
	CHECK(strv_contains(&c.titles, "Pak Heon-yeong:1"));
	strv_free(&c.titles);
	/* Found by any of their names, case and diacritics ignored; limited. */
	struct collect f = { 0 };
	CHECK(store_people(s, "  FENG xi ", 0, collect_person, &f, &cause) == 0);
	CHECK_INT(f.titles.n, 1);
	CHECK(strv_contains(&f.titles, "Stalin:1,Feng Xi"));
	strv_free(&f.titles);
	struct collect h = { 0 };
	CHECK(store_people(s, "he\u014Fn", 0, collect_person, &h, &cause) == 0);
	CHECK(strv_contains(&h.titles, "Pak Heon-yeong:1"));
	strv_free(&h.titles);
	struct collect one = { 0 };
	CHECK(store_people(s, NULL, 1, collect_person, &one, &cause) == 0);
	CHECK_INT(one.titles.n, 1);
	strv_free(&one.titles);
	CHECK(store_people_count(s) >= 3);
	doc_free(a);
	doc_free(b);
	store_free(s);
	free(path);
}

/* "name:docs" of every person, as the people view lists them, and as
 * counting each one's parties says. */
static void people_counts(struct store *s, struct collect *kept, struct collect *counted)
{
	char *cause = NULL;
	CHECK(store_people_brief(s, NULL, 0, collect_person, kept, &cause) == 0);
	sqlite3_stmt *st;
	CHECK(sqlite3_prepare_v2(s->db,
				 "SELECT p.name || ':' || (SELECT count(DISTINCT doc_id) FROM party WHERE person_id = p.id) "
				 "|| coalesce((SELECT ',' || group_concat(name, ',') FROM alias WHERE person_id = p.id "
				 "AND name <> p.name), '') FROM person p ORDER BY p.name COLLATE NOCASE",
				 -1, &st, NULL) == SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		strv_push(&counted->titles, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	free(cause);
}

static int people_same(struct store *s)
{
	struct collect kept = { 0 }, counted = { 0 };
	people_counts(s, &kept, &counted);
	int same = kept.titles.n == counted.titles.n && kept.titles.n > 0;
	for (size_t i = 0; same && i < kept.titles.n; i++)
		same = strcmp(kept.titles.v[i], counted.titles.v[i]) == 0;
	for (size_t i = 0; !same && i < kept.titles.n; i++)
		printf("# %s / %s\n", kept.titles.v[i], i < counted.titles.n ? counted.titles.v[i] : "-");
	strv_free(&kept.titles);
	strv_free(&counted.titles);
	return same;
}

/* Each person's number of documents is kept (person.docs): counted when
 * it is not known to be exact, exact again after an import, and kept so
 * through merges, splits and corrections of a letter's parties. */
static void test_people_counts(void)
{
	char *path = tmp("counts.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	static const char *const names[] = { "Stalin", "Shtykov", "Mao Zedong", "Kim Il Sung", "Feng Xi" };
	enum store_put what;
	int64_t first = 0;
	for (int i = 0; i < 30; i++) {
		char *body = xasprintf("letter %d", i);
		struct doc *d = make_doc("A letter", "1950-10-01", body);
		strv_push(&d->from, names[i % 5]);
		strv_push(&d->to, names[(i + 1 + i / 5) % 5]);
		if (i % 4 == 0)
			strv_push(&d->to, names[i % 5]); /* to oneself too: one document */
		char *p = xasprintf("/counts/%d.txt", i);
		int64_t id = put(s, p, d, &what);
		if (i == 0)
			first = id;
		free(p);
		free(body);
		doc_free(d);
	}
	/* Put without an import: counted as they are read. */
	CHECK(people_same(s));
	CHECK(store_people_recount(s, &cause) == 0);
	CHECK(people_same(s));
	int64_t mao = store_person_id(s, "Mao Zedong"), feng = store_person_id(s, "Feng Xi");
	CHECK(store_person_merge(s, feng, mao, &cause) == 0);
	CHECK(people_same(s));
	int64_t split;
	CHECK(store_person_split(s, "Feng Xi", &split, &cause) == 0);
	CHECK(people_same(s));
	CHECK(store_correct(s, first, "to", "Stalin; Zhou Enlai", &cause) == 0);
	CHECK(people_same(s));
	CHECK(store_correct(s, first, "from", "", &cause) == 0);
	CHECK(people_same(s));
	store_free(s);
	free(cause);
	free(path);
}

static void test_order_and_search(void)
{
	char *path = tmp("order.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	const char *docs[][3] = {
		{ "undated", NULL, "a pamphlet about reunification" },
		{ "full", "1950-10-01", "the big war [k bol'shoi voine] and Zhōu Ēnlái" },
		{ "year", "1950", "a year only" },
		{ "month", "1950-10", "a month only" },
		{ "early", "1949-06-30", "telegram of June" },
	};
	int64_t ids[5];
	enum store_put what;
	for (int i = 0; i < 5; i++) {
		struct doc *d = make_doc(docs[i][0], docs[i][1], docs[i][2]);
		char *p = xasprintf("/d/%d.txt", i);
		ids[i] = put(s, p, d, &what);
		free(p);
		doc_free(d);
	}
	struct collect c = { 0 };
	CHECK(store_list(s, STORE_BY_DATE, 0, 0, collect_doc, &c, &cause) == 0);
	CHECK_INT(c.titles.n, 5);
	if (c.titles.n == 5) {
		CHECK_STR(c.titles.v[0], "early");
		CHECK_STR(c.titles.v[1], "year");
		CHECK_STR(c.titles.v[2], "month");
		CHECK_STR(c.titles.v[3], "full");
		CHECK_STR(c.titles.v[4], "undated");
	}
	strv_free(&c.titles);
	/* Paging is by SQL. */
	CHECK(store_list(s, STORE_BY_DATE, 3, 1, collect_doc, &c, &cause) == 0);
	CHECK_INT(c.titles.n, 1);
	CHECK_STR(c.titles.n ? c.titles.v[0] : NULL, "full");
	strv_free(&c.titles);
	CHECK_INT(store_index_of(s, STORE_BY_DATE, ids[1], &cause), 3);
	int64_t next = 0;
	CHECK_INT(store_neighbour(s, STORE_BY_DATE, ids[1], 1, &next, &cause), 0);
	CHECK_INT(next, ids[0]);
	CHECK_INT(store_neighbour(s, STORE_BY_DATE, ids[0], 1, &next, &cause), 1);
	CHECK_INT(store_neighbour(s, STORE_BY_DATE, ids[4], -1, &next, &cause), 1);
	CHECK(store_list(s, STORE_BY_TITLE, 0, 0, collect_doc, &c, &cause) == 0);
	CHECK_STR(c.titles.n ? c.titles.v[0] : NULL, "early");
	strv_free(&c.titles);

	/* Search ignores diacritics and case, ranks, and marks snippets. */
	CHECK(store_search(s, "zhou enlai", 10, "<", ">", collect_hit, &c, &cause) == 0);
	CHECK_INT(c.titles.n, 1);
	CHECK(c.ids.n && strstr(c.ids.v[0], "<Zhōu> <Ēnlái>"));
	strv_free(&c.titles);
	strv_free(&c.ids);
	CHECK(store_search(s, "bol'shoi", 10, "", "", collect_hit, &c, &cause) == 0);
	CHECK_INT(c.titles.n, 1);
	strv_free(&c.titles);
	strv_free(&c.ids);
	CHECK(store_search(s, "\"unclosed", 10, "", "", collect_hit, &c, &cause) != 0);
	CHECK(cause && strstr(cause, "malformed query"));
	free(cause);
	cause = NULL;
	CHECK(sqlite3_get_autocommit(s->db));
	/* A search reads one snapshot: every hit is handed out inside its
	 * transaction, and none is left open, whether it ends, is stopped
	 * by its caller, or fails (above). */
	struct in_txn tx = { s, 0, 0, 0 };
	CHECK(store_search(s, "only", 10, "", "", hit_in_txn, &tx, &cause) == 0);
	CHECK_INT(tx.seen, 2);
	CHECK_INT(tx.outside, 0);
	CHECK(sqlite3_get_autocommit(s->db));
	tx = (struct in_txn){ s, 0, 0, 1 };
	store_search(s, "only", 10, "", "", hit_in_txn, &tx, &cause);
	free(cause);
	cause = NULL;
	CHECK_INT(tx.seen, 1);
	CHECK(sqlite3_get_autocommit(s->db));
	CHECK_INT(store_count_filtered(s, "only", &cause), 2);
	CHECK(store_list_filtered(s, STORE_BY_DATE, "only", 0, 0, collect_doc, &c, &cause) == 0);
	CHECK_INT(c.titles.n, 2);
	CHECK_STR(c.titles.n ? c.titles.v[0] : NULL, "year");
	strv_free(&c.titles);
	/* A screen of the list is read in one transaction, then handed
	 * out: the caller may stop, or write, with each row. */
	CHECK(store_order_build(s, &cause) == 0);
	struct stop_after st2 = { s, 2, 0 };
	CHECK(store_list(s, STORE_BY_DATE, 0, 5, stop_after_row, &st2, &cause) == 0);
	CHECK_INT(st2.seen, 2);
	CHECK(sqlite3_get_autocommit(s->db));
	store_free(s);
	free(path);
}

struct ids_seen {
	int64_t *v;
	size_t n;
};

static int see_id(const struct store_doc *sd, void *arg)
{
	struct ids_seen *x = arg;
	x->v = xreallocarray(x->v, x->n + 1, sizeof *x->v);
	x->v[x->n++] = sd->id;
	return 0;
}

/* Each order's ids, every id's place and the places of a few dates, as
 * the library answers now. */
struct order_answers {
	struct ids_seen list[3], window[3];
	int64_t place[3][1200];
	int64_t date[4];
};

static void order_answers(struct store *s, int64_t n, struct order_answers *o)
{
	char *cause = NULL;
	memset(o, 0, sizeof *o);
	static const char *const dates[] = { "1950", "1950-10", "1951-03-04", "2000" };
	for (int k = 0; k < 3; k++) {
		CHECK(store_list(s, (enum store_order)k, 0, 0, see_id, &o->list[k], &cause) == 0);
		CHECK(store_list_brief(s, (enum store_order)k, NULL, 1020, 10, see_id, &o->window[k], &cause) == 0);
		for (int64_t id = 1; id <= n && id < 1200; id++)
			o->place[k][id] = store_index_of(s, (enum store_order)k, id, &cause);
	}
	for (int k = 0; k < 4; k++)
		o->date[k] = store_index_of_date(s, dates[k], &cause);
	free(cause);
}

static int order_same(const struct order_answers *a, const struct order_answers *b, int64_t n)
{
	for (int k = 0; k < 3; k++) {
		if (a->list[k].n != b->list[k].n || a->window[k].n != b->window[k].n)
			return 0;
		for (size_t i = 0; i < a->list[k].n; i++)
			if (a->list[k].v[i] != b->list[k].v[i])
				return 0;
		for (size_t i = 0; i < a->window[k].n; i++)
			if (a->window[k].v[i] != b->window[k].v[i])
				return 0;
		for (int64_t id = 1; id <= n && id < 1200; id++)
			if (a->place[k][id] != b->place[k][id])
				return 0;
	}
	return memcmp(a->date, b->date, sizeof a->date) == 0;
}

static void order_answers_free(struct order_answers *o)
{
	for (int k = 0; k < 3; k++) {
		free(o->list[k].v);
		free(o->window[k].v);
	}
}

/* The lists' orders kept as arrays (store_order.c) answer as counting
 * does, across rows of 1024 entries; out of date after a change, they
 * are not used until built again. */
static void test_order_arrays(void)
{
	char *path = tmp("arrays.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	enum { N = 1100 };
	static const char *const titles[] = { "Telegram", "letter", "Report", "answer", "" };
	CHECK(store_begin(s, &cause) == 0);
	for (int i = 0; i < N; i++) {
		char *date = i % 9 == 0 ? NULL : i % 7 == 0 ? xasprintf("%d", 1949 + i % 3)
							     : xasprintf("%d-%02d-%02d", 1949 + i % 3, 1 + i % 12, 1 + i % 5);
		char *title = xasprintf("%s %d", titles[i % 5], (i * 37) % 11);
		char *body = xasprintf("text %d", i);
		struct doc *d = make_doc(i % 5 == 4 ? "" : title, date, body);
		char *p = xasprintf("/arrays/%d.txt", i);
		int64_t id;
		enum store_put what;
		CHECK(store_put_doc(s, p, "text", d, hash_fnv1a64(body, strlen(body)), &id, &what, &cause) == 0);
		free(p);
		free(date);
		free(title);
		free(body);
		doc_free(d);
	}
	CHECK(store_commit(s, &cause) == 0);
	CHECK(!order_fresh(s));
	struct order_answers counted, kept;
	order_answers(s, N, &counted);
	CHECK_INT(counted.list[0].n, N);
	CHECK_INT(counted.window[0].n, 10);
	CHECK(store_order_build(s, &cause) == 0);
	CHECK(order_fresh(s));
	order_answers(s, N, &kept);
	CHECK(order_same(&counted, &kept, N));
	order_answers_free(&counted);
	order_answers_free(&kept);

	/* A new document: out of date, and counted again. */
	struct doc *d = make_doc("Aardvark", "1950-10-01", "a late arrival");
	enum store_put what;
	int64_t late = put(s, "/arrays/late.txt", d, &what);
	doc_free(d);
	CHECK(!order_fresh(s));
	CHECK_INT(store_index_of(s, STORE_BY_TITLE, late, &cause), N / 5); /* after the untitled */
	CHECK_INT(store_count(s, &cause), N + 1);
	/* A correction builds them again, with the document in its new place. */
	CHECK(store_correct(s, late, "title", "Zz last", &cause) == 0);
	CHECK(order_fresh(s));
	CHECK_INT(store_index_of(s, STORE_BY_TITLE, late, &cause), N);
	order_answers(s, N + 1, &kept);
	CHECK(store_correct(s, late, "date", "1952", &cause) == 0);
	CHECK(order_fresh(s));
	/* Changing a party does not move it. */
	CHECK(store_correct(s, late, "from", "Stalin", &cause) == 0);
	CHECK(order_fresh(s));
	order_answers_free(&kept);
	store_free(s);

	/* Read-only, up to date: the arrays serve. */
	CHECK(store_open(path, STORE_READONLY, &s, &cause) == 0);
	CHECK(order_fresh(s));
	CHECK_INT(store_index_of(s, STORE_BY_TITLE, late, &cause), N);
	store_free(s);

	/* A library of schema 10, from before the arrays, gets them when
	 * it is migrated. */
	char *old = tmp("schema10.db");
	sqlite3 *db;
	sqlite3_open(old, &db);
	for (int v = 0; v < 10; v++)
		CHECK(sqlite3_exec(db, schema_migration(v), NULL, NULL, NULL) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "INSERT INTO document(hash, format, title, sort_date, body) VALUES "
			       "('a', 'text', 'b', '1950', 'x'), ('b', 'text', 'a', '1949', 'y');"
			       "PRAGMA user_version = 10",
			   NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	CHECK(store_open(old, 0, &s, &cause) == 0);
	if (s) {
		CHECK(order_fresh(s));
		CHECK_INT(store_index_of(s, STORE_BY_DATE, 1, &cause), 1);
		CHECK_INT(store_index_of(s, STORE_BY_TITLE, 1, &cause), 1);
		store_free(s);
	}
	free(old);
	free(cause);
	free(path);
}

static void test_bad_databases(void)
{
	char *cause = NULL;
	struct store *s = NULL;

	/* A file that is not a database. */
	char *junk = tmp("junk.db");
	FILE *f = fopen(junk, "w");
	fputs("this is not a database, just some text that is long enough to have a header...........", f);
	fclose(f);
	CHECK(store_open(junk, 0, &s, &cause) != 0);
	CHECK(cause && strstr(cause, "not a dossier library"));
	free(cause);
	cause = NULL;

	/* A newer schema is refused, not damaged. */
	char *newer = tmp("newer.db");
	sqlite3 *db;
	sqlite3_open(newer, &db);
	sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL);
	sqlite3_close(db);
	CHECK(store_open(newer, 0, &s, &cause) != 0);
	CHECK(cause && strstr(cause, "newer dossier"));
	free(cause);
	cause = NULL;

	/* Read-only: readable, not writable. */
	char *ro = tmp("ro.db");
	CHECK(store_open(ro, 0, &s, &cause) == 0);
	CHECK_INT(store_schema_version(), 16);
	struct doc *d = make_doc("t", NULL, "body");
	enum store_put what;
	put(s, "/p", d, &what);
	store_free(s);
	chmod(ro, 0444);
	if (geteuid() != 0) {
		CHECK(store_open(ro, 0, &s, &cause) == 0);
		CHECK(s && store_readonly(s));
		CHECK(s && store_count(s, &cause) == 1);
		CHECK(s && store_begin(s, &cause) != 0);
		CHECK(cause && strstr(cause, "read-only"));
		store_free(s);
		free(cause);
		cause = NULL;
	}
	CHECK(store_open(ro, STORE_READONLY, &s, &cause) == 0);
	CHECK(s && store_count(s, &cause) == 1);
	CHECK(s && store_begin(s, &cause) != 0);
	/* A search as a process takes its small cache on a read-only
	 * library too (the others are a writer's). */
	if (s) {
		store_cache_set(s, STORE_CACHE_ONCE);
		CHECK_INT(sql_query_int(s, "PRAGMA cache_size", NULL, 0, "", &cause), -512);
	}
	store_free(s);
	free(cause);
	cause = NULL;

	/* Locked: another connection holds the write lock. */
	char *locked = tmp("locked.db");
	CHECK(store_open(locked, 0, &s, &cause) == 0);
	store_free(s);
	sqlite3_open(locked, &db);
	sqlite3_exec(db, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	CHECK(store_open(locked, 0, &s, &cause) == 0);
	sqlite3_busy_timeout(db, 0);
	if (s) {
		/* A short wait: the message must say "locked". */
		CHECK(store_begin(s, &cause) != 0);
		CHECK(cause && strstr(cause, "locked"));
		store_free(s);
	} else {
		CHECK(cause && strstr(cause, "locked"));
	}
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	free(cause);
	cause = NULL;

	/* Missing file, read-only: a clear message. */
	char *missing = tmp("missing.db");
	CHECK(store_open(missing, STORE_READONLY, &s, &cause) != 0);
	CHECK(cause && strstr(cause, "no library"));
	free(cause);
	doc_free(d);
	free(junk);
	free(newer);
	free(ro);
	free(locked);
	free(missing);
}

/* Version 4 to 5 rebuilds party and ref with their constraints as
 * comparisons: rows, ids and indexes are kept, and bad values are still
 * refused. */
static void test_migration_checks(void)
{
	char *path = tmp("v4.db"), *cause = NULL;
	sqlite3 *db;
	sqlite3_open(path, &db);
	for (int v = 0; v < 4; v++)
		CHECK(sqlite3_exec(db, schema_migration(v), NULL, NULL, NULL) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "INSERT INTO document(id, hash, format, body, read_pos, read_at) "
			       "  VALUES (7, 'h', 'text', 'b', 1, '2026-01-02T03:04:05.000');"
			       "INSERT INTO person(id, name) VALUES (3, 'Kim');"
			       "INSERT INTO party(doc_id, role, seq, person_id, printed) VALUES (7, 'to', 0, 3, 'K.');"
			       "INSERT INTO ref(id, doc_id, span_start, span_end, phrase, target_id, origin, target_key, "
			       "  party, year_inferred) VALUES (42, 7, 1, 5, 'your letter', 7, 'manual', 'v#d1', 'yours', 1);"
			       "PRAGMA user_version = 4;", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	store_free(s);
	sqlite3_open(path, &db);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT (SELECT role || printed || person_id FROM party WHERE doc_id = 7), "
			       "(SELECT target_id || origin || target_key || party || year_inferred FROM ref WHERE id = 42), "
			       "(SELECT count(*) FROM sqlite_schema WHERE name IN ('party_person', 'ref_doc', 'ref_target'))",
			   -1, &st, NULL);
	CHECK(sqlite3_step(st) == SQLITE_ROW);
	CHECK_STR((const char *)sqlite3_column_text(st, 0), "toK.3");
	CHECK_STR((const char *)sqlite3_column_text(st, 1), "7manualv#d1yours1");
	CHECK_INT(sqlite3_column_int(st, 2), 3);
	sqlite3_finalize(st);
	CHECK(sqlite3_exec(db, "INSERT INTO party(doc_id, role, seq, person_id) VALUES (7, 'cc', 1, 3)", NULL, NULL,
			   NULL) != SQLITE_OK);
	CHECK(sqlite3_exec(db, "UPDATE ref SET origin = 'guessed' WHERE id = 42", NULL, NULL, NULL) != SQLITE_OK);
	CHECK(sqlite3_exec(db, "INSERT INTO party(doc_id, role, seq, person_id) VALUES (7, 'mentioned', 1, 3);"
			       "UPDATE ref SET origin = 'dismissed' WHERE id = 42", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	/* 12 -> 13: the reading position moved to a table of its own */
	CHECK(store_open(path, 0, &s, &cause) == 0);
	struct store_doc *sd = NULL;
	CHECK(store_doc_get(s, 7, &sd, &cause) == 0);
	CHECK_INT(sd ? sd->read_pos : 0, 1);
	store_doc_free(sd);
	CHECK_INT(store_last_read(s), 7);
	store_free(s);
	free(path);
}

/* Saving the reading position writes no document: the row holds the
 * body, and SQLite writes a row whole (a letter of 200 MB was read and
 * written again each time a reader closed it). */
static void test_read_pos(void)
{
	char *path = tmp("pos.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	enum store_put what;
	struct doc *d = make_doc("A letter", "1950-10-01", "Comrade Kim Il Sung! The text.");
	int64_t id = put(s, "/x/a.txt", d, &what);
	struct doc *e = make_doc("Another", "1950-10-02", "Another text.");
	int64_t other = put(s, "/x/b.txt", e, &what);
	doc_free(d);
	doc_free(e);
	store_free(s);
	sqlite3 *db;
	sqlite3_open(path, &db);
	CHECK(sqlite3_exec(db, "CREATE TABLE touched(n INTEGER);"
			       "CREATE TRIGGER document_touched AFTER UPDATE ON document "
			       "BEGIN INSERT INTO touched VALUES (1); END;",
			   NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	CHECK(store_open(path, 0, &s, &cause) == 0);
	CHECK(store_set_read_pos(s, id, 9, &cause) == 0);
	CHECK(store_set_read_pos(s, other, 3, &cause) == 0);
	usleep(5000); /* the times are to the millisecond */
	CHECK(store_set_read_pos(s, id, 12, &cause) == 0);
	CHECK(store_set_read_pos(s, 999, 1, &cause) == 0); /* no such document: nothing */
	struct store_doc *sd = NULL;
	CHECK(store_doc_get(s, id, &sd, &cause) == 0);
	CHECK_INT(sd ? sd->read_pos : 0, 12);
	store_doc_free(sd);
	CHECK_INT(store_last_read(s), id);
	store_free(s);
	sqlite3_open(path, &db);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT count(*) FROM touched", -1, &st, NULL);
	CHECK(sqlite3_step(st) == SQLITE_ROW);
	CHECK_INT(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(path);
}

static void test_migration(void)
{
	char *path = tmp("mig.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	store_free(s);
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_INT(sqlite3_column_int(st, 0), store_schema_version());
	sqlite3_finalize(st);
	sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_STR((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	/* 5 -> 6: the indexes search filters list documents from. */
	sqlite3_prepare_v2(db, "SELECT (SELECT group_concat(name) FROM pragma_index_info('party_person')), "
			       "(SELECT count(*) FROM sqlite_schema WHERE name IN ('document_kind', 'document_language'))",
			   -1, &st, NULL);
	sqlite3_step(st);
	CHECK_STR((const char *)sqlite3_column_text(st, 0), "person_id,role,doc_id");
	CHECK_INT(sqlite3_column_int(st, 1), 2);
	sqlite3_finalize(st);
	/* 7 -> 8: the NULLs of a reference's target and a document's volume
	 * are not indexed, and backlinks still read the index. */
	sqlite3_prepare_v2(db, "SELECT (SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND "
			       "name IN ('ref_target', 'document_by_volume') AND sql LIKE '%WHERE%NOT NULL%' ORDER BY name)), "
			       "(SELECT count(*) FROM sqlite_schema WHERE name = 'ref_target_key')",
			   -1, &st, NULL);
	sqlite3_step(st);
	CHECK_STR((const char *)sqlite3_column_text(st, 0), "document_by_volume,ref_target");
	CHECK_INT(sqlite3_column_int(st, 1), 0);
	sqlite3_finalize(st);
	sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN SELECT id FROM ref WHERE target_id = 5", -1, &st, NULL);
	CHECK(sqlite3_step(st) == SQLITE_ROW && strstr((const char *)sqlite3_column_text(st, 3), "ref_target"));
	sqlite3_finalize(st);
	/* 8 -> 9: the full-text index merges eight segments at a time. */
	sqlite3_prepare_v2(db, "SELECT v FROM document_fts_config WHERE k = 'automerge'", -1, &st, NULL);
	CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 8);
	sqlite3_finalize(st);
	sqlite3_close(db);
	/* Opening again does not migrate twice. */
	CHECK(store_open(path, 0, &s, &cause) == 0);
	store_free(s);
	free(path);

	/* A library at version 1, with a document in it, is upgraded in place. */
	path = tmp("v1.db");
	sqlite3_open(path, &db);
	CHECK(sqlite3_exec(db, schema_migration(0), NULL, NULL, NULL) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "INSERT INTO document(hash, format, title, body) VALUES ('h', 'text', 'old', 'kept');"
			       "PRAGMA user_version = 1;", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	CHECK(store_open(path, 0, &s, &cause) == 0);
	struct store_doc *sd = NULL;
	CHECK(s && store_count(s, &cause) == 1);
	CHECK(s && store_doc_get(s, 1, &sd, &cause) == 0);
	CHECK_STR(sd ? sd->doc->body : NULL, "kept");
	store_doc_free(sd);
	store_free(s);
	sqlite3_open(path, &db);
	sqlite3_prepare_v2(db, "SELECT count(*) FROM pragma_table_info('document') WHERE name = 'volume_id'", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_INT(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(path);
	test_migration_checks();
	test_read_pos();
}

static void test_default_path(void)
{
	setenv("DOSSIER_DB", "/tmp/a.db", 1);
	char *p = store_default_path();
	CHECK_STR(p, "/tmp/a.db");
	free(p);
	unsetenv("DOSSIER_DB");
	setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
	p = store_default_path();
	CHECK_STR(p, "/tmp/xdg/dossier/library.db");
	free(p);
	unsetenv("XDG_DATA_HOME");
	setenv("HOME", "/home/h", 1);
	p = store_default_path();
	CHECK_STR(p, "/home/h/.local/share/dossier/library.db");
	free(p);
	char *deep = tmp("a/b/c/lib.db"), *cause = NULL;
	CHECK(store_make_parent(deep, &cause) == 0);
	char *parent = tmp("a/b/c");
	struct stat st;
	CHECK(stat(parent, &st) == 0 && S_ISDIR(st.st_mode));
	free(deep);
	free(parent);
}

static struct doc *letter(const char *date, const char *from, const char *to, const char *body)
{
	struct doc *d = make_doc(body, date, body);
	strv_push(&d->from, from);
	strv_push(&d->to, to);
	return d;
}

static void test_people_and_time(void)
{
	char *path = tmp("people.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	struct doc *docs[] = {
		letter("1950-09-30", "Shtykov", "Stalin", "a report from Pyongyang"),
		letter("1950-10-01", "Stalin", "Shtykov", "a telegram to Pyongyang"),
		letter("1950-10-02", "Mao Zedong", "Stalin", "a telegram from Beijing"),
		letter("1950-10-08", "Stalin", "Kim Il Sung", "a letter to Pyongyang"),
		letter("1950-11-02", "Shtykov", "Stalin", "another report from Pyongyang"),
	};
	int64_t id[5];
	enum store_put what;
	/* A run of capitals took in a word before the name; the shorter
	 * name, learned later, prunes it, and is not learned twice. */
	doc_add_alias(docs[0], "Zakharov Shtraus", "Shtykov");
	doc_add_alias(docs[2], "Dantri Shtraus", "Shtykov");
	doc_add_alias(docs[1], "Feng Xi", "Stalin");
	doc_add_alias(docs[4], "Shtraus", "Shtykov");
	for (int i = 0; i < 5; i++) {
		char *p = xasprintf("/p/%d.txt", i);
		id[i] = put(s, p, docs[i], &what);
		free(p);
		doc_free(docs[i]);
	}
	CHECK_INT(store_person_id(s, "Zakharov Shtraus"), 0);
	CHECK_INT(store_person_id(s, "Dantri Shtraus"), 0);
	CHECK(store_person_id(s, "Shtraus") != 0);
	/* Filters in the list: a person by any of their names, dates. */
	CHECK_INT(store_count_filtered(s, "person:\"Feng Xi\"", &cause), 5);
	CHECK_INT(store_count_filtered(s, "from:Shtraus", &cause), 2);
	CHECK_INT(store_count_filtered(s, "to:Stalin date:1950-10", &cause), 1);
	CHECK_INT(store_count_filtered(s, "Pyongyang from:Stalin", &cause), 2);
	CHECK_INT(store_index_of_filtered(s, STORE_BY_DATE, "from:Stalin", id[3], &cause), 1);
	CHECK_INT(store_index_of_date(s, "1950-10", &cause), 1);
	CHECK_INT(store_index_of_date(s, "1950-11", &cause), 4);
	/* The correspondence of Stalin and Shtykov, either way round. */
	int64_t next = 0;
	CHECK_INT(store_neighbour_between(s, id[0], 1, &next, &cause), 0);
	CHECK_INT(next, id[1]);
	CHECK_INT(store_neighbour_between(s, id[1], 1, &next, &cause), 0);
	CHECK_INT(next, id[4]);
	CHECK_INT(store_neighbour_between(s, id[4], 1, &next, &cause), 1);
	CHECK_INT(store_neighbour_between(s, id[4], -1, &next, &cause), 0);
	CHECK_INT(next, id[1]);
	/* Merge: Mao into Stalin (a mistake, but a test), then split. */
	int64_t mao = store_person_id(s, "Mao Zedong"), stalin = store_person_id(s, "Feng Xi");
	CHECK(mao && stalin && mao != stalin);
	CHECK(store_person_merge(s, mao, stalin, &cause) == 0);
	CHECK_INT(store_person_id(s, "Mao Zedong"), stalin);
	CHECK_INT(store_count_filtered(s, "from:Stalin", &cause), 3);
	int64_t again = 0;
	CHECK(store_person_split(s, "Mao Zedong", &again, &cause) == 0);
	CHECK(again != 0 && again != stalin);
	CHECK_INT(store_count_filtered(s, "from:\"Mao Zedong\"", &cause), 1);
	CHECK_INT(store_count_filtered(s, "from:Stalin", &cause), 2);
	CHECK(store_person_split(s, "Nobody", &again, &cause) != 0);
	CHECK(cause && strstr(cause, "no person"));
	free(cause);
	store_free(s);
	free(path);
}

/* A filtered search lists each filter's documents once when its words
 * match many (filter_sets); with few, it tests each match. Both plans
 * must find the same documents in the same order: the threshold is
 * lowered to 0 to take the lists on a small library. */
static void search_all(struct store *s, const char *query, struct collect *c)
{
	char *cause = NULL;
	CHECK(store_search(s, query, 0, "<", ">", collect_hit, c, &cause) == 0);
	if (cause)
		printf("# %s: %s\n", query, cause);
	free(cause);
}

static void test_search_plans(void)
{
	char *path = tmp("plans.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	static const char *const names[] = { "Stalin", "Shtykov", "Mao Zedong", "Kim Il Sung" };
	static const char *const kinds[] = { "telegram", "ciphered telegram", "letter", "report", NULL };
	static const char *const langs[] = { "Russian", "Russian (translation)", NULL };
	enum store_put what;
	for (int i = 0; i < 60; i++) {
		char *date = xasprintf("%d-%02d-%02d", 1949 + i % 4, 1 + i % 12, 1 + i % 28);
		char *body = xasprintf("Letter %d from Pyongyang%s%s", i, i % 3 ? " about the cipher" : "",
				       i % 5 == 1 ? " (Roshchin Yudin)" : "");
		struct doc *d = letter(date, names[i % 4], names[(i + 1 + i / 4) % 4], body);
		doc_set(&d->kind, kinds[i % 5]);
		doc_set(&d->language, langs[i % 3]);
		if (i % 7 == 0) {
			doc_set(&d->volume_id, "frusKorea");
			doc_set(&d->volume_title, "Korea, 1950");
		}
		if (i % 5 == 1)
			doc_add_alias(d, "Roshchin Yudin", "Shtykov");
		if (i % 11 == 3)
			doc_add_alias(d, "St Shtykovich", "Stalin");
		char *p = xasprintf("/plans/%d.txt", i);
		put(s, p, d, &what);
		free(p);
		free(date);
		free(body);
		doc_free(d);
	}
	/* Undated papers, which no date: filter keeps. */
	for (int i = 0; i < 3; i++) {
		struct doc *d = make_doc("An undated note", NULL, "An undated note on the harvest");
		char *p = xasprintf("/plans/undated-%d.txt", i);
		put(s, p, d, &what);
		free(p);
		doc_free(d);
	}
	static const char *const queries[] = {
		"Pyongyang from:Stalin", "Pyongyang to:\"Kim Il Sung\"", "Pyongyang kind:telegram",
		"Pyongyang kind:cipher", "Pyongyang lang:rus", "Pyongyang date:1950", "Pyongyang date:1950..1951-06",
		"Pyongyang date:..1950", "Pyongyang date:1951..", "Pyongyang person:Shtykov", "Pyongyang person:Yudin",
		"Pyongyang person:St_lin", "Pyongyang person:Shtykov person:Stalin", "cipher volume:Korea",
		"cipher from:Stalin kind:telegram date:1949..1951", "cipher from:Nobody", "cipher person:Nobody",
		"cipher to:Shtykov lang:Russian", "Pyongyang OR cipher kind:report lang:rus person:\"Mao Zedong\"",
		"Pyongyang from:Stalin from:Shtykov", "Pyongyang kind:nothing", "Pyongyang", "cipher",
		"cipher Pyongyang",
	};
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		struct collect joined = { 0 }, listed = { 0 };
		store_search_few_matches(s, 4000);
		search_all(s, queries[i], &joined);
		store_search_few_matches(s, 0);
		search_all(s, queries[i], &listed);
		int same = joined.titles.n == listed.titles.n;
		for (size_t k = 0; same && k < joined.titles.n; k++)
			same = strcmp(joined.titles.v[k], listed.titles.v[k]) == 0 &&
			       strcmp(joined.ids.v[k], listed.ids.v[k]) == 0;
		if (!same)
			printf("# %s: %zu joined, %zu listed\n", queries[i], joined.titles.n, listed.titles.n);
		CHECK(same);
		strv_free(&joined.titles);
		strv_free(&joined.ids);
		strv_free(&listed.titles);
		strv_free(&listed.ids);
	}
	/* The reader's filtered list: the same documents in date order
	 * whether the matches are looked up or walked in the list's order,
	 * as many as counted; a date filter keeps only dated documents. */
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		struct collect looked = { 0 }, walked = { 0 };
		char *why = NULL;
		store_search_few_matches(s, 4000);
		CHECK(store_list_filtered(s, STORE_BY_DATE, queries[i], 0, 0, collect_doc, &looked, &why) == 0);
		int64_t n = store_count_filtered(s, queries[i], &why);
		store_search_few_matches(s, 0);
		store_search_person_walked(s, 0);
		store_search_words_probed(s, i % 2 ? 0 : INT64_MAX); /* the words probed, or listed */
		CHECK(store_list_filtered(s, STORE_BY_DATE, queries[i], 0, 20, collect_doc, &walked, &why) == 0);
		CHECK(store_list_filtered(s, STORE_BY_DATE, queries[i], 20, 0, collect_doc, &walked, &why) == 0);
		CHECK_INT(store_count_filtered_upto(s, queries[i], 100000, &why), n);
		store_search_person_walked(s, INT64_MAX);
		store_search_words_probed(s, -1);
		int same = looked.titles.n == walked.titles.n && (int64_t)looked.titles.n == n &&
			   n == store_count_filtered(s, queries[i], &why);
		for (size_t k = 0; same && k < looked.titles.n; k++)
			same = strcmp(looked.titles.v[k], walked.titles.v[k]) == 0;
		if (!same)
			printf("# list %s: %zu looked up, %zu walked, %lld counted\n", queries[i], looked.titles.n,
			       walked.titles.n, (long long)n);
		CHECK(same);
		strv_free(&looked.titles);
		strv_free(&walked.titles);
		free(why);
	}
	static const struct {
		const char *filter, *sql;
	} dated[] = {
		{ "date:1950", "SELECT count(*) FROM document WHERE date >= '1950' AND date < '1950~'" },
		{ "date:..1950-06", "SELECT count(*) FROM document WHERE date < '1950-06~'" },
		{ "date:1951..", "SELECT count(*) FROM document WHERE date >= '1951'" },
		{ "note date:1951..", "SELECT 0" },
	};
	for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++) {
		sqlite3_stmt *st;
		int64_t want = -1;
		if (sqlite3_prepare_v2(s->db, dated[i].sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
			want = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		char *why = NULL;
		CHECK(want > 0 || strstr(dated[i].filter, "note"));
		CHECK_INT(store_count_filtered(s, dated[i].filter, &why), want);
		free(why);
	}
	/* The plans are not both empty: every kind of filter finds something
	 * through the lists, a person: name the library does not know by its
	 * documents' names. */
	store_search_few_matches(s, 0);
	static const struct {
		const char *query;
		size_t n;
	} found[] = {
		{ "Pyongyang from:Stalin", 15 }, { "Pyongyang kind:telegram", 24 }, { "Pyongyang lang:rus", 40 },
		{ "Pyongyang person:Yudin", 12 }, { "Pyongyang person:Stalin", 0 }, { "cipher volume:Korea", 0 },
		{ "Pyongyang date:1950", 15 }, { "cipher from:Nobody", 0 },
	};
	for (size_t i = 0; i < sizeof found / sizeof found[0]; i++) {
		struct collect c = { 0 };
		search_all(s, found[i].query, &c);
		if (found[i].n)
			CHECK_INT(c.titles.n, found[i].n);
		else if (strstr(found[i].query, "Nobody"))
			CHECK_INT(c.titles.n, 0);
		else
			CHECK(c.titles.n > 0);
		strv_free(&c.titles);
		strv_free(&c.ids);
	}
	/* LIKE's wildcards are letters in a filter's value, in both plans:
	 * person:% once matched every document. */
	static const char *const wild[] = { "Pyongyang person:%", "Pyongyang person:_", "Pyongyang person:St%",
					    "Pyongyang kind:%", "Pyongyang lang:_%", "cipher volume:%",
					    "person:%", "kind:_" };
	for (int few = 0; few < 2; few++)
		for (size_t i = 0; i < sizeof wild / sizeof wild[0]; i++) {
			struct collect c = { 0 };
			store_search_few_matches(s, few ? 4000 : 0);
			search_all(s, wild[i], &c);
			if (c.titles.n)
				printf("# %s: %zu documents\n", wild[i], c.titles.n);
			CHECK_INT(c.titles.n, 0);
			strv_free(&c.titles);
			strv_free(&c.ids);
		}
	CHECK_INT(store_count_filtered(s, "person:%", &cause), 0);
	store_free(s);
	free(path);
}

struct notes_seen {
	struct strv v;
};

struct bare_seen {
	int n, headed;          /* notes, and those with a document's title or date */
};

static int see_bare(const struct store_annotation *a, void *arg)
{
	struct bare_seen *b = arg;
	b->n++;
	b->headed += a->doc_title != NULL || a->doc_date != NULL || a->doc_source != NULL;
	return 0;
}

static int see_note(const struct store_annotation *a, void *arg)
{
	struct notes_seen *n = arg;
	strv_push_owned(&n->v, xasprintf("%s|%s|%s|%d", a->quote, a->text, a->tags, a->orphaned));
	return 0;
}

static void test_annotations(void)
{
	char *path = tmp("notes.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	enum store_put what;
	struct doc *d = make_doc("t", "1950-10-01", "We have received your cable of 30 September.");
	int64_t doc = put(s, "/n/a.txt", d, &what), id, id2;
	int added;
	struct store_annotation a = { .doc_id = doc, .start = 8, .end = 16, .quote = "received", .text = "when?",
				      .tags = "timing cables", .uuid = "0f8fad5b-d9cb-469f-a165-70867728950e" };
	CHECK(store_annotation_add(s, &a, &id, &added, &cause) == 0 && added);
	CHECK(store_annotation_add(s, &a, &id2, &added, &cause) == 0 && !added && id2 == id);
	a.uuid = NULL;
	a.quote = "cable";
	a.text = "which cable?";
	a.tags = "";
	CHECK(store_annotation_add(s, &a, &id2, &added, &cause) == 0 && added && id2 != id);
	struct notes_seen n = { 0 };
	CHECK(store_annotations(s, doc, "cables", NULL, STORE_BY_DOCUMENT, see_note, &n, &cause) == 0);
	CHECK_INT(n.v.n, 1);
	strv_free(&n.v);
	CHECK(store_annotations(s, 0, NULL, "which", STORE_NEWEST, see_note, &n, &cause) == 0);
	CHECK_INT(n.v.n, 1);
	CHECK_STR(n.v.n ? n.v.v[0] : NULL, "cable|which cable?||0");
	strv_free(&n.v);
	/* Bare: the same notes, without their documents' headings, which
	 * store_doc_heading reads one at a time. */
	struct bare_seen bs = { 0, 0 };
	CHECK(store_annotations(s, 0, NULL, NULL, STORE_NEWEST_BARE, see_bare, &bs, &cause) == 0);
	CHECK_INT(bs.n, 2);
	CHECK_INT(bs.headed, 0);
	char *title = NULL, *date = NULL;
	CHECK_INT(store_doc_heading(s, doc, &title, &date, &cause), 0);
	CHECK(title && *title);
	free(title);
	free(date);
	CHECK_INT(store_doc_heading(s, doc + 1000, &title, &date, &cause), 1);
	CHECK(title == NULL && date == NULL);
	CHECK(store_annotation_update(s, id2, "the cable of 30 September", "cables", &cause) == 0);
	CHECK(store_annotation_move(s, id2, 0, 0, NULL, NULL, NULL, 1, &cause) == 0);
	CHECK(store_annotations(s, 0, "cables", NULL, STORE_BY_DOCUMENT, see_note, &n, &cause) == 0);
	CHECK_INT(n.v.n, 2);
	CHECK(strv_contains(&n.v, "cable|the cable of 30 September|cables|1"));
	strv_free(&n.v);
	CHECK(store_annotation_delete(s, id, &cause) == 0);
	CHECK(store_annotation_delete(s, id, &cause) != 0);
	CHECK(cause && strstr(cause, "no note"));
	free(cause);
	cause = NULL;
	char *h = NULL;
	int64_t found = -1;
	CHECK(store_doc_hash(s, doc, &h, &cause) == 0 && h);
	CHECK(h && store_doc_find(s, h, NULL, &found, &cause) == 0 && found == doc);
	CHECK(store_doc_find(s, "nope", "/n/a.txt", &found, &cause) == 0 && found == doc);
	CHECK(store_doc_find(s, "nope", NULL, &found, &cause) == 0 && found == 0);
	free(h);
	CHECK(store_doc_hash(s, 999999, &h, &cause) == 0 && h == NULL);
	doc_free(d);
	store_free(s);
	free(path);
}

/* Checkpoints behind the writer: 160 KiB of commits are far from the
 * writer's own checkpoint interval (32 MiB), yet once the checkpoints have
 * caught up the library file holds them, and everything is there once it
 * is closed. */
/* Where each field came from, and the offices parties are named by, are
 * kept with the document and read back with it. */
static void test_sources_and_offices(void)
{
	char *path = tmp("sources.db");
	struct store *s;
	char *cause = NULL;
	if (!CHECK(store_open(path, 0, &s, &cause) == 0))
		return;
	struct doc *d = make_doc("The Ambassador in the Soviet Union (Kennan) to the Department of State", "1952-05-22",
				 "1861. I wish to invite attention.");
	doc_add_party(d, 'f', "Kennan", "Ambassador in the Soviet Union");
	doc_add_party(d, 't', "Department of State", NULL);
	doc_set_source(d, "date", "dateline", "Moscow, May 22, 1952\xe2\x80\x94" "6 p. m.");
	doc_set_source(d, "from", "heading", NULL);
	/* One citation line gives three fields: stored once, read three times. */
	static const char cit[] = "\"Telegram No. 1861, Kennan to the Department\", May 22, 1952, FRUS";
	doc_set_source(d, "number", "citation", cit);
	doc_set_source(d, "kind", "citation", cit);
	doc_set_source(d, "to", "citation", cit);
	enum store_put what;
	int64_t id = put(s, "/k", d, &what);
	char *stored = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT sources FROM document WHERE id = ?1", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW)
			stored = xstrdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	const char *first = stored ? strstr(stored, "Telegram No. 1861") : NULL;
	CHECK(first != NULL && strstr(first + 1, "Telegram No. 1861") == NULL);
	free(stored);
	struct store_doc *sd = NULL;
	CHECK(store_doc_get(s, id, &sd, &cause) == 0);
	if (sd != NULL) {
		CHECK_INT(sd->doc->from.n, 1);
		CHECK_STR(sd->doc->from_office.n ? sd->doc->from_office.v[0] : NULL, "Ambassador in the Soviet Union");
		CHECK_STR(sd->doc->to_office.n ? sd->doc->to_office.v[0] : NULL, "");
		const struct doc_source *src = doc_source_of(sd->doc, "date");
		CHECK_STR(src ? src->source : NULL, "dateline");
		CHECK_STR(src ? src->evidence : NULL, "Moscow, May 22, 1952\xe2\x80\x94" "6 p. m.");
		src = doc_source_of(sd->doc, "from");
		CHECK(src != NULL && src->evidence == NULL);
		static const char *const shared[] = { "kind", "number", "to" };
		for (size_t i = 0; i < 3; i++) {
			src = doc_source_of(sd->doc, shared[i]);
			CHECK_STR(src ? src->source : NULL, "citation");
			CHECK_STR(src ? src->evidence : NULL, cit);
		}
		CHECK(doc_source_of(sd->doc, "title") == NULL);
	}
	store_doc_free(sd);
	doc_free(d);
	store_free(s);
	free(path);
}

static void test_checkpoints_behind(void)
{
	char *path = tmp("ckpt.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	struct stat st0, st1;
	CHECK(stat(path, &st0) == 0);
	store_checkpoints_behind(s, 1);
	char body[4096];
	memset(body, 'a', sizeof body - 1);
	body[sizeof body - 1] = '\0';
	for (int i = 0; i < 40; i++) {
		body[i] = 'b'; /* forty texts, forty documents */
		struct doc *d = make_doc("A letter", "1950-10-01", body);
		char *p = xasprintf("/ckpt/%d", i);
		enum store_put what;
		put(s, p, d, &what);
		free(p);
		doc_free(d);
	}
	/* The copy is another thread's: catching up waits for all of it. */
	store_checkpoints_catch_up(s);
	CHECK(stat(path, &st1) == 0 && st1.st_size > st0.st_size + 40 * 4096);
	store_checkpoints_behind(s, 0);
	store_free(s);
	CHECK(store_open(path, 0, &s, &cause) == 0);
	CHECK(s && store_count(s, &cause) == 40);
	store_free(s);
	free(path);
}

/* Searches are bounded: a letter in which a word recurs 30,000 times
 * is answered at once, its snippet a few words around the first hits
 * (FTS5's snippet() took seconds: it scores every window of every hit),
 * and a search that would outlast its time stops with a message. */
static void test_search_bounds(void)
{
	char *path = tmp("bounds.db"), *cause = NULL;
	struct store *s;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	struct buf body;
	buf_init(&body);
	buf_adds(&body, "To Comrade Stalin.\n\n");
	for (int i = 0; i < 30000; i++)
		buf_adds(&body, i % 10 ? "the army marched on and " : "the army marched on.\n");
	buf_adds(&body, "The end.");
	enum store_put what;
	struct doc *d = make_doc("A long report", "1950-10-01", body.data);
	put(s, "/bounds/long.txt", d, &what);
	doc_free(d);
	int64_t id;
	int stored = store_begin(s, &cause) == 0;
	for (int i = 0; stored && i < 400; i++) {
		char *b = xasprintf("Letter %d: the weather and the harvest.", i), *p = xasprintf("/bounds/%d.txt", i);
		d = make_doc(b, "1950-10-02", b);
		stored = store_put_doc(s, p, "text", d, hash_fnv1a64(b, strlen(b)), &id, &what, &cause) == 0;
		doc_free(d);
		free(b);
		free(p);
	}
	CHECK(stored && store_commit(s, &cause) == 0);
	struct collect c = { 0 };
	clock_t c0 = clock();
	CHECK(store_search(s, "army", 1, "<", ">", collect_hit, &c, &cause) == 0);
	double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
	printf("# a word 30,000 times in one letter: %.3f s\n", secs);
	CHECK(secs < 1.0);
	CHECK_STR(c.ids.n ? c.ids.v[0] : NULL, "…Comrade Stalin.\n\nthe <army> marched on.\nthe <army> marched on and "
					       "the <army> marched on and…");
	strv_free(&c.titles);
	strv_free(&c.ids);
	/* A phrase is marked whole; a window starts a few words before its
	 * first hit. */
	CHECK(store_search(s, "\"army marched\" end", 1, "<", ">", collect_hit, &c, &cause) == 0);
	CHECK_STR(c.ids.n ? c.ids.v[0] : NULL, "…Comrade Stalin.\n\nthe <army marched> on.\nthe <army marched> on and "
					       "the <army marched> on and…");
	strv_free(&c.titles);
	strv_free(&c.ids);
	/* Out of time: stopped, and said so. */
	store_search_time_limit(s, 0);
	CHECK(store_search(s, "the OR harvest", 0, "<", ">", collect_hit, &c, &cause) == -1);
	CHECK(cause && strstr(cause, "the search was stopped after 0 s"));
	free(cause);
	cause = NULL;
	/* (a filter's count: words alone are counted in the index, at once) */
	CHECK_INT(store_count_filtered(s, "the OR harvest person:e", &cause), -1);
	CHECK(cause && strstr(cause, "the search was stopped"));
	free(cause);
	cause = NULL;
	strv_free(&c.titles);
	strv_free(&c.ids);
	/* a limit the search does not reach, even under valgrind on a busy
	 * machine (1 s was reached there) */
	store_search_time_limit(s, 60.0);
	CHECK(store_search(s, "the OR harvest", 0, "<", ">", collect_hit, &c, &cause) == 0);
	free(cause);
	cause = NULL;
	CHECK_INT(c.titles.n, 401);
	strv_free(&c.titles);
	strv_free(&c.ids);
	buf_free(&body);
	store_free(s);
	free(path);
}

int main(void)
{
	if (mkdtemp(dir) == NULL)
		return 1;
	test_search_bounds();
	test_annotations();
	test_people_and_time();
	test_search_plans();
	test_identity();
	test_order_and_search();
	test_order_arrays();
	test_people_counts();
	test_bad_databases();
	test_migration();
	test_default_path();
	test_checkpoints_behind();
	test_sources_and_offices();
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return test_done();
}
