/* store.c: the library in one SQLite file. Statements are prepared once
 * and cached by an enum; callers see plain structs. */
#include "dossier/store.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dossier/checkpoint.h"
#include "dossier/query.h"
#include "dossier/refs.h"
#include "dossier/schema.h"
#include "dossier/text.h"

/* The columns every listing selects, in the order row_to_doc reads them. */
#define DOC_COLUMNS                                                                                 \
	"d.id, (SELECT path FROM source_path WHERE doc_id = d.id ORDER BY rowid LIMIT 1), "          \
	"d.title, d.date, d.date_text, d.kind, d.number, d.summary, d.source, d.language, "        \
	"d.translator, d.record_id, d.url, "                                                       \
	"(SELECT group_concat(p.name, char(31)) FROM party pa JOIN person p ON p.id = pa.person_id " \
	"  WHERE pa.doc_id = d.id AND pa.role = 'from'), "                                          \
	"(SELECT group_concat(p.name, char(31)) FROM party pa JOIN person p ON p.id = pa.person_id " \
	"  WHERE pa.doc_id = d.id AND pa.role = 'to'), d.read_pos, d.volume_id, d.doc_n, "               \
	"(SELECT title FROM volume WHERE id = d.volume_id)"
#define DOC_NCOLUMNS 19

enum stmt_id {
	ST_BY_HASH,
	ST_BY_PATH,
	ST_ADD_PATH,
	ST_INSERT_DOC,
	ST_UPDATE_DOC,
	ST_FTS_INSERT,
	ST_FTS_DELETE,
	ST_DEL_NOTES,
	ST_DEL_PARTIES,
	ST_INSERT_NOTE,
	ST_INSERT_PARTY,
	ST_ALIAS_GET,
	ST_ALIAS_ENDING,
	ST_PERSON_INSERT,
	ST_ALIAS_INSERT,
	ST_ALIAS_PRUNE,
	ST_ADD_REF,
	ST_ADD_REF_NEW,
	ST_REF_RESOLVED,
	ST_PRINTED_PRUNE,
	ST_CORRECTIONS,
	ST_GET_DOC,
	ST_GET_NOTES,
	ST_COUNT,
	ST_DEL_PAGES,
	ST_INSERT_PAGE,
	ST_DEL_AUTO_REFS,
	ST_INSERT_REF,
	ST_PUT_VOLUME,
	ST_CHANGED,
	ST_FTS_LATER,
	ST_SAVEPOINT,
	ST_RELEASE,
	ST_ROLLBACK_TO,
	ST_COUNT_MAX
};

static const char *const stmt_sql[ST_COUNT_MAX] = {
	[ST_BY_HASH] = "SELECT id FROM document WHERE hash = ?1",
	[ST_BY_PATH] = "SELECT doc_id FROM source_path WHERE path = ?1",
	[ST_ADD_PATH] = "INSERT INTO source_path(path, doc_id) VALUES (?1, ?2) "
			"ON CONFLICT(path) DO UPDATE SET doc_id = excluded.doc_id",
	[ST_INSERT_DOC] = "INSERT INTO document(hash, format, title, date, date_text, sort_date, "
			  "kind, number, summary, source, language, translator, record_id, url, "
			  "people, body, volume_id, doc_n, xml_id, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
			  "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
	[ST_UPDATE_DOC] = "UPDATE document SET hash = ?1, format = ?2, title = ?3, date = ?4, "
			  "date_text = ?5, sort_date = ?6, kind = ?7, number = ?8, summary = ?9, "
			  "source = ?10, language = ?11, translator = ?12, record_id = ?13, url = ?14, "
			  "people = ?15, body = ?16, volume_id = ?17, doc_n = ?18, xml_id = ?19, place = ?20, "
			  "read_pos = min(read_pos, length(CAST(?16 AS BLOB))), "
			  "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?21",
	[ST_FTS_INSERT] = "INSERT INTO document_fts(rowid, title, people, summary, body) "
			  "SELECT id, title, people, summary, body FROM document WHERE id = ?1",
	[ST_FTS_DELETE] = "INSERT INTO document_fts(document_fts, rowid, title, people, summary, body) "
			  "SELECT 'delete', id, title, people, summary, body FROM document WHERE id = ?1",
	[ST_DEL_NOTES] = "DELETE FROM note WHERE doc_id = ?1",
	[ST_DEL_PARTIES] = "DELETE FROM party WHERE doc_id = ?1",
	[ST_INSERT_NOTE] = "INSERT INTO note(doc_id, span_start, span_end, kind, text) "
			   "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_INSERT_PARTY] = "INSERT OR IGNORE INTO party(doc_id, role, seq, person_id, printed) "
			    "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_ALIAS_GET] = "SELECT person_id FROM alias WHERE name = ?1",
	[ST_ALIAS_ENDING] = "SELECT person_id, name FROM alias "
			    "WHERE substr(name, -length(?1) - 1) = ' ' || ?1 COLLATE NOCASE",
	[ST_PERSON_INSERT] = "INSERT INTO person(name) VALUES (?1) "
			     "ON CONFLICT(name) DO UPDATE SET name = name RETURNING id",
	[ST_ALIAS_INSERT] = "INSERT OR IGNORE INTO alias(name, person_id) VALUES (?1, ?2)",
	[ST_ADD_REF] = "INSERT INTO ref(doc_id, span_start, span_end, phrase, kind, date, number, party, person, "
		       "target_key, year_inferred, to_person) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 "
		       "WHERE NOT EXISTS "
		       "(SELECT 1 FROM ref WHERE doc_id = ?1 AND span_start = ?2 AND span_end = ?3 AND origin <> 'auto')",
	/* A document put new in this transaction has no reader's links to
	 * keep: a plain insert, without the check or a statement journal. */
	[ST_ADD_REF_NEW] = "INSERT INTO ref(doc_id, span_start, span_end, phrase, kind, date, number, party, person, "
			   "target_key, year_inferred, to_person) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[ST_REF_RESOLVED] = "UPDATE ref SET target_id = ?2, score = ?3, candidates = ?4 WHERE id = ?1 AND origin = 'auto'",
	[ST_ALIAS_PRUNE] = "DELETE FROM alias WHERE person_id = ?1 AND origin = 'auto' AND name LIKE '% ' || ?2 "
			   "AND name NOT IN (SELECT name FROM person)",
	[ST_PRINTED_PRUNE] = "UPDATE party SET printed = ?2 WHERE person_id = ?1 AND printed LIKE '% ' || ?2",
	[ST_CORRECTIONS] = "SELECT field, value FROM correction WHERE doc_id = ?1",
	[ST_GET_DOC] = "SELECT " DOC_COLUMNS ", d.body FROM document d WHERE d.id = ?1",
	[ST_GET_NOTES] = "SELECT span_start, span_end, kind, text FROM note WHERE doc_id = ?1 "
			 "ORDER BY span_start, id",
	[ST_COUNT] = "SELECT value FROM stats WHERE key = 'documents'",
	[ST_DEL_PAGES] = "DELETE FROM page WHERE doc_id = ?1",
	[ST_INSERT_PAGE] = "INSERT OR IGNORE INTO page(doc_id, pos, n) VALUES (?1, ?2, ?3)",
	/* A reader's manual links and dismissals survive re-import. */
	[ST_DEL_AUTO_REFS] = "DELETE FROM ref WHERE doc_id = ?1 AND origin = 'auto'",
	[ST_INSERT_REF] = "INSERT INTO ref(doc_id, span_start, span_end, phrase, kind, date, number, target_id, "
			  "score, candidates, origin, target_key) "
			  "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, 0, '', 'auto', ?8 "
			  "WHERE NOT EXISTS (SELECT 1 FROM ref WHERE doc_id = ?1 AND span_start = ?2 "
			  "AND span_end = ?3 AND origin <> 'auto')",
	[ST_CHANGED] = "INSERT OR IGNORE INTO temp.changed_doc(id) VALUES (?1)",
	[ST_FTS_LATER] = "INSERT OR IGNORE INTO temp.fts_pending(id) VALUES (?1)",
	/* A file's unit of work inside an import's batch: prepared once,
	 * not parsed again for each of 100,000 files. */
	[ST_SAVEPOINT] = "SAVEPOINT unit",
	[ST_RELEASE] = "RELEASE unit",
	[ST_ROLLBACK_TO] = "ROLLBACK TO unit",
	[ST_PUT_VOLUME] = "INSERT INTO volume(id, title) VALUES (?1, coalesce(?2, '')) "
			  "ON CONFLICT(id) DO UPDATE SET title = coalesce(?2, title)",
};


struct store {
	sqlite3 *db;
	char *path;
	int readonly;
	int unit_nested;        /* the open unit of work is a savepoint */
	int fk_off;             /* foreign keys are off for an import's transaction */
	int64_t new_doc;        /* the document store_put_doc last added new, or 0 */
	int ranked;             /* dossier_bm25 is registered on this connection */
	int32_t *doclen;        /* documents' lengths in tokens by id (see doclen_get) */
	size_t ndoclen;
	int64_t doclen_key[2];  /* data_version and total changes they were read at */
	int few_matches;        /* below this many matches, filters are tested per match */
	struct checkpointer *ckpt; /* checkpoints behind the writer (an import), or NULL */
	sqlite3_stmt *stmts[ST_COUNT_MAX];
};

/* A checkpoint every 32 MiB of log rather than every 4: the pages an
 * import touches at every commit (index roots, the full-text index's
 * structure) are copied back less often. */
#define WAL_AUTOCHECKPOINT "4096"

/* Below this many matches of the words, testing each match's document
 * costs less than listing a filter's documents (28,000 telegrams). */
#define FEW_MATCHES 4000

static char *db_cause(struct store *s, const char *what)
{
	int code = sqlite3_extended_errcode(s->db);
	switch (code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return xasprintf("%s: the library is locked by another process; try again when it is done",
				 s->path);
	case SQLITE_READONLY:
		return xasprintf("%s: the library is read-only; %s needs write access", s->path, what);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		return xasprintf("%s: not a dossier library, or damaged (%s); restore it from a backup "
				 "or point --db at another file", s->path, sqlite3_errmsg(s->db));
	case SQLITE_FULL:
		return xasprintf("%s: the disk is full", s->path);
	default:
		return xasprintf("%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
	}
}

/* Ends a row loop: finalizes, and says why if it stopped on an error
 * rather than at the end or at the callback's request. */
static int rows_done(struct store *s, sqlite3_stmt *st, int rc, int stop, const char *what, char **cause)
{
	int failed = !stop && rc != SQLITE_DONE;
	if (failed)
		*cause = db_cause(s, what);
	sqlite3_finalize(st);
	return failed ? -1 : 0;
}

static sqlite3_stmt *stmt(struct store *s, enum stmt_id id, char **cause)
{
	if (s->stmts[id] == NULL &&
	    sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s->stmts[id], NULL) != SQLITE_OK) {
		*cause = db_cause(s, "preparing a query");
		return NULL;
	}
	sqlite3_reset(s->stmts[id]);
	sqlite3_clear_bindings(s->stmts[id]);
	return s->stmts[id];
}

static int exec(struct store *s, const char *sql, const char *what, char **cause)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		*cause = db_cause(s, what);
		return -1;
	}
	return 0;
}

int store_schema_version(void)
{
	return schema_version();
}

static int user_version(struct store *s, int *v, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "reading the schema version");
		return -1;
	}
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*cause = db_cause(s, "reading the schema version");
		sqlite3_finalize(st);
		return -1;
	}
	*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return 0;
}

static int migrate(struct store *s, char **cause)
{
	int v;
	if (user_version(s, &v, cause) != 0)
		return -1;
	if (v > schema_version()) {
		*cause = xasprintf("%s: written by a newer dossier (schema %d; this one knows %d); "
				   "upgrade dossier", s->path, v, schema_version());
		return -1;
	}
	if (v == schema_version())
		return 0;
	if (s->readonly) {
		*cause = xasprintf("%s: needs upgrading from schema %d to %d, which needs write access",
				   s->path, v, schema_version());
		return -1;
	}
	for (; v < schema_version(); v++) {
		if (exec(s, "BEGIN IMMEDIATE", "starting a migration", cause) != 0)
			return -1;
		char *pragma = xasprintf("PRAGMA user_version = %d", v + 1);
		int rc = sqlite3_exec(s->db, schema_migration(v), NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(s->db, pragma, NULL, NULL, NULL);
		free(pragma);
		if (rc != SQLITE_OK) {
			*cause = db_cause(s, "migrating the library");
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		if (exec(s, "COMMIT", "committing a migration", cause) != 0)
			return -1;
	}
	return 0;
}

/* Ranking. FTS5's bm25() reads each matching row's length from the
 * index's docsize table, one B-tree lookup per row: for a word found in
 * most of 100,000 letters that is most of a search's time. dossier_bm25()
 * is the same formula over the same statistics, with the lengths read
 * once into memory (they are read again when the library changed). */

#define BM25_K1 1.2
#define BM25_B 0.75
/* Below this many matches the per-row lookups cost less than reading
 * every document's length. */
#define DOCLEN_MIN_HITS 2000

struct bm25_data {
	int nphrase;
	double avgdl;
	double *idf, *freq;
};

static void bm25_data_free(void *p)
{
	struct bm25_data *d = p;
	free(d->idf);
	free(d->freq);
	free(d);
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *arg)
{
	(void)api;
	(void)fts;
	(*(sqlite3_int64 *)arg)++;
	return SQLITE_OK;
}

/* The lengths of all documents (the sum of a docsize record's varints). */
static void doclen_load(struct store *s)
{
	free(s->doclen);
	s->doclen = NULL;
	s->ndoclen = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT id, sz FROM document_fts_docsize ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return;
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		const unsigned char *p = sqlite3_column_blob(st, 1);
		int n = sqlite3_column_bytes(st, 1);
		if (id < 0 || id > INT32_MAX)
			continue;
		if ((size_t)id >= cap) {
			size_t ncap = cap ? cap * 2 : 4096;
			while (ncap <= (size_t)id)
				ncap *= 2;
			s->doclen = xreallocarray(s->doclen, ncap, sizeof *s->doclen);
			for (size_t i = cap; i < ncap; i++)
				s->doclen[i] = -1;
			cap = ncap;
		}
		int64_t total = 0, v = 0;
		for (int i = 0; i < n; i++) {
			v = (v << 7) | (p[i] & 0x7f);
			if (!(p[i] & 0x80)) {
				total += v;
				v = 0;
			}
		}
		s->doclen[id] = total > INT32_MAX ? INT32_MAX : (int32_t)total;
		if ((size_t)id >= s->ndoclen)
			s->ndoclen = (size_t)id + 1;
	}
	sqlite3_finalize(st);
}

/* Makes the cached lengths current: a commit by another connection moves
 * data_version, one by this connection total_changes. */
static void doclen_refresh(struct store *s)
{
	int64_t key[2] = { store_data_version(s), sqlite3_total_changes64(s->db) };
	if (s->doclen && key[0] == s->doclen_key[0] && key[1] == s->doclen_key[1])
		return;
	doclen_load(s);
	s->doclen_key[0] = key[0];
	s->doclen_key[1] = key[1];
}

/* The query's statistics, computed at its first row as bm25() does. */
static struct bm25_data *bm25_data(struct store *s, const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
	struct bm25_data *d = api->xGetAuxdata(fts, 0);
	if (d != NULL)
		return d;
	d = xcalloc(1, sizeof *d);
	d->nphrase = api->xPhraseCount(fts);
	d->idf = xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->freq = xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
	sqlite3_int64 nrow = 0, ntok = 0, most = 0;
	*rc = api->xRowCount(fts, &nrow);
	if (*rc == SQLITE_OK)
		*rc = api->xColumnTotalSize(fts, -1, &ntok);
	d->avgdl = nrow > 0 ? (double)ntok / (double)nrow : 1.0;
	for (int i = 0; *rc == SQLITE_OK && i < d->nphrase; i++) {
		sqlite3_int64 hits = 0;
		*rc = api->xQueryPhrase(fts, i, &hits, count_row);
		double idf = log(((double)nrow - (double)hits + 0.5) / ((double)hits + 0.5));
		d->idf[i] = idf <= 0.0 ? 1e-6 : idf;
		if (hits > most)
			most = hits;
	}
	if (*rc == SQLITE_OK && most >= DOCLEN_MIN_HITS)
		doclen_refresh(s);
	if (*rc == SQLITE_OK)
		*rc = api->xSetAuxdata(fts, d, bm25_data_free);
	else
		bm25_data_free(d);
	return *rc == SQLITE_OK ? d : NULL;
}

static void dossier_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
			 sqlite3_value **val)
{
	(void)nval;
	(void)val;
	struct store *s = api->xUserData(fts);
	int rc = SQLITE_OK, ninst = 0;
	struct bm25_data *d = bm25_data(s, api, fts, &rc);
	if (d != NULL) {
		memset(d->freq, 0, (size_t)d->nphrase * sizeof *d->freq);
		rc = api->xInstCount(fts, &ninst);
	}
	for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
		int ip, ic, io;
		rc = api->xInst(fts, i, &ip, &ic, &io);
		if (rc == SQLITE_OK)
			d->freq[ip] += 1.0;
	}
	sqlite3_int64 id = api->xRowid(fts);
	int len = -1;
	if (rc == SQLITE_OK && s->doclen && id >= 0 && (size_t)id < s->ndoclen)
		len = s->doclen[id];
	if (rc == SQLITE_OK && len < 0)
		rc = api->xColumnSize(fts, -1, &len);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	double score = 0;
	for (int i = 0; i < d->nphrase; i++)
		score += d->idf[i] * (d->freq[i] * (BM25_K1 + 1.0)) /
			 (d->freq[i] + BM25_K1 * (1 - BM25_B + BM25_B * (double)len / d->avgdl));
	sqlite3_result_double(ctx, -1.0 * score);
}

/* dossier_fold(text): case and diacritics folded as the reader folds
 * them (text_fold), so finding "zhou" finds Zhōu Ēnlái. */
static void sql_fold(sqlite3_context *ctx, int n, sqlite3_value **v)
{
	(void)n;
	const char *t = (const char *)sqlite3_value_text(v[0]);
	if (t == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	sqlite3_result_text(ctx, text_fold(t), -1, free);
}

static void fold_register(struct store *s)
{
	sqlite3_create_function(s->db, "dossier_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_fold, NULL,
				NULL);
}

/* A set of documents by id, as bits (ids are rowids, dense from 1): a
 * filter's documents listed once, each match of the words then tested
 * in it by dossier_in(set, id), a bound pointer. SQLite's IN list is a
 * temporary B-tree: building one of 28,000 telegrams and looking 40,000
 * matches up in it cost as much as the search. */
struct idset {
	uint64_t *w;
	size_t nw;
};

#define IDSET_PTR "dossier_idset"

static void idset_init(struct idset *set, int64_t max_id)
{
	set->nw = max_id > 0 ? (size_t)max_id / 64 + 1 : 1;
	set->w = xcalloc(set->nw, sizeof *set->w);
}

static void idset_free(struct idset *set)
{
	free(set->w);
	set->w = NULL;
	set->nw = 0;
}

static int idset_has(const struct idset *set, int64_t id)
{
	return id >= 0 && (size_t)id / 64 < set->nw && (set->w[id / 64] >> (id % 64) & 1);
}

static void idset_put(struct idset *set, int64_t id)
{
	if (id >= 0 && (size_t)id / 64 < set->nw)
		set->w[id / 64] |= (uint64_t)1 << (id % 64);
}

/* set &= other */
static void idset_and(struct idset *set, const struct idset *other)
{
	for (size_t i = 0; i < set->nw; i++)
		set->w[i] &= i < other->nw ? other->w[i] : 0;
}

static void sql_idset_in(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const struct idset *set = sqlite3_value_pointer(argv[0], IDSET_PTR);
	sqlite3_result_int(ctx, set != NULL && idset_has(set, sqlite3_value_int64(argv[1])));
}

static void idset_register(struct store *s)
{
	sqlite3_create_function(s->db, "dossier_in", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, sql_idset_in, NULL,
				NULL);
}

/* Registers dossier_bm25 with FTS5; without it searches use rank. */
static void rank_register(struct store *s)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	s->ranked = api != NULL && api->iVersion >= 2 &&
		    api->xCreateFunction(api, "dossier_bm25", s, dossier_bm25, NULL) == SQLITE_OK;
}

/* readonly: 0 read-write, 1 read-only, 2 read-only and immutable (a WAL
 * library in a folder we cannot write: SQLite cannot make its -shm file,
 * so it must be told no one else is writing). */
static int open_db(struct store *s, int readonly, char **cause)
{
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	char *uri = NULL;
	if (readonly == 2) {
		struct buf b;
		buf_init(&b);
		buf_adds(&b, "file:");
		for (const char *p = s->path; *p; p++) {
			if (*p == '%' || *p == '?' || *p == '#')
				buf_printf(&b, "%%%02X", (unsigned char)*p);
			else
				buf_addc(&b, *p);
		}
		buf_adds(&b, "?immutable=1");
		uri = buf_detach(&b);
		flags |= SQLITE_OPEN_URI;
	}
	/* A connection is only ever used by the thread that opened it (the
	 * import's second thread never touches the library): no locking per
	 * call, and no global lock per allocation for statistics no one reads. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); /* refused, harmlessly, once SQLite is initialised */
	flags |= SQLITE_OPEN_NOMUTEX;
	int orc = sqlite3_open_v2(uri ? uri : s->path, &s->db, flags, NULL);
	free(uri);
	if (orc != SQLITE_OK) {
		*cause = s->db ? db_cause(s, "opening") : xasprintf("%s: cannot open", s->path);
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	s->readonly = readonly;
	sqlite3_busy_timeout(s->db, 5000);
	rank_register(s);
	fold_register(s);
	idset_register(s);
	sqlite3_extended_result_codes(s->db, 1);
	/* Reading the schema version is the first real access: a file that
	 * is not a database fails here. */
	int v;
	if (user_version(s, &v, cause) != 0)
		return -1;
	if (!readonly) {
		/* Only a new library takes it (before WAL mode writes the
		 * header): most letters then fit in their row, without
		 * overflow pages, and an import writes half the pages. */
		if (exec(s, "PRAGMA page_size = 8192", "setting the page size", cause) != 0)
			return -1;
		if (exec(s, "PRAGMA journal_mode = WAL", "setting WAL mode", cause) != 0)
			return -1;
		if (exec(s, "PRAGMA synchronous = NORMAL", "setting synchronous mode", cause) != 0)
			return -1;
		/* Savepoints keep their undo pages in memory, not in a file,
		 * and a batch of files fits in the page cache. */
		if (exec(s, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384", "setting the cache", cause) != 0)
			return -1;
		if (exec(s, "PRAGMA wal_autocheckpoint = " WAL_AUTOCHECKPOINT, "setting the checkpoint interval",
			 cause) != 0)
			return -1;
	}
	if (exec(s, "PRAGMA foreign_keys = ON", "enabling foreign keys", cause) != 0)
		return -1;
	/* Documents imported since references were last resolved, and
	 * documents whose index entry is written when the transaction ends. */
	return exec(s, "CREATE TEMP TABLE IF NOT EXISTS changed_doc(id INTEGER PRIMARY KEY);"
		       "CREATE TEMP TABLE IF NOT EXISTS fts_pending(id INTEGER PRIMARY KEY);",
		    "preparing the session", cause);
}

int store_open(const char *path, int flags, struct store **out, char **cause)
{
	struct store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->few_matches = FEW_MATCHES;
	*out = NULL;
	int readonly = (flags & STORE_READONLY) != 0;
	struct stat st;
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*cause = xasprintf("%s: is a directory, not a library file", path);
			goto fail;
		}
		/* A library we may not write is still readable. */
		if (!readonly && access(path, W_OK) != 0)
			readonly = 1;
	} else if (readonly) {
		*cause = xasprintf("%s: no library here (import documents first)", path);
		goto fail;
	}
	if (open_db(s, readonly, cause) != 0) {
		int code = s->db ? sqlite3_extended_errcode(s->db) & 0xff : 0;
		if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN)
			goto fail;
		/* The folder may be read-only (no room for the WAL's files):
		 * read, and if even that needs the -shm file, read it as
		 * immutable. */
		for (int mode = readonly ? 2 : 1; mode <= 2; mode++) {
			free(*cause);
			*cause = NULL;
			sqlite3_close(s->db);
			s->db = NULL;
			if (open_db(s, mode, cause) == 0)
				break;
			if (mode == 2)
				goto fail;
		}
	}
	if (migrate(s, cause) != 0)
		goto fail;
	*out = s;
	return 0;
fail:
	store_free(s);
	return -1;
}

void store_free(struct store *s)
{
	if (s == NULL)
		return;
	store_checkpoints_behind(s, 0);
	for (int i = 0; i < ST_COUNT_MAX; i++)
		sqlite3_finalize(s->stmts[i]);
	sqlite3_close(s->db);
	free(s->doclen);
	free(s->path);
	free(s);
}

void store_checkpoints_behind(struct store *s, int on)
{
	if (!on) {
		if (s->ckpt) {
			checkpointer_stop(s->ckpt);
			s->ckpt = NULL;
			sqlite3_exec(s->db, "PRAGMA wal_autocheckpoint = " WAL_AUTOCHECKPOINT, NULL, NULL, NULL);
		}
		return;
	}
	if (s->readonly || s->ckpt)
		return;
	if ((s->ckpt = checkpointer_start(s->path)) != NULL)
		sqlite3_exec(s->db, "PRAGMA wal_autocheckpoint = 0", NULL, NULL, NULL);
}

void store_checkpoints_catch_up(struct store *s)
{
	checkpointer_wait(s->ckpt);
}

int store_readonly(const struct store *s)
{
	return s->readonly;
}

int store_begin(struct store *s, char **cause)
{
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; importing needs write access", s->path);
		return -1;
	}
	return exec(s, "BEGIN IMMEDIATE", "starting a transaction", cause);
}

/* Foreign keys back on once the import's transaction has ended (the
 * pragma does nothing inside one). */
static void fk_restore(struct store *s)
{
	if (s->fk_off && sqlite3_get_autocommit(s->db)) {
		sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
		s->fk_off = 0;
	}
}

int store_begin_bulk(struct store *s, char **cause)
{
	if (s->readonly || store_in_transaction(s))
		return store_begin(s, cause);
	/* Checking each note's, party's and reference's document and person
	 * is a lookup per row (an update of a reference's target costs six
	 * times as much with it); the callers write only ids they have just
	 * inserted or read in this transaction, and delete no document or
	 * person, so no row can dangle or need a cascade. */
	if (exec(s, "PRAGMA foreign_keys = OFF", "starting a transaction", cause) != 0)
		return -1;
	s->fk_off = 1;
	if (store_begin(s, cause) != 0) {
		fk_restore(s);
		return -1;
	}
	return 0;
}

/* Indexes the documents put since the transaction began, all at once:
 * FTS5 flushes its pending terms at every savepoint, so indexing inside
 * each file's savepoint would write a tiny segment per letter. */
static int index_pending(struct store *s, char **cause)
{
	return exec(s,
		    "INSERT INTO document_fts(rowid, title, people, summary, body) "
		    "SELECT id, title, people, summary, body FROM document WHERE id IN (SELECT id FROM temp.fts_pending);"
		    "DELETE FROM temp.fts_pending;",
		    "indexing documents", cause);
}

int store_commit(struct store *s, char **cause)
{
	if (index_pending(s, cause) != 0)
		return -1;
	int rc = exec(s, "COMMIT", "saving", cause);
	fk_restore(s);
	if (rc == 0)
		checkpointer_poke(s->ckpt);
	return rc;
}

void store_rollback(struct store *s)
{
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	fk_restore(s);
}

int store_in_transaction(struct store *s)
{
	return !sqlite3_get_autocommit(s->db);
}

/* bind_text for a value that outlives the statement's step (no copy). */
static void bind_kept(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static int step_done(struct store *s, sqlite3_stmt *st, const char *what, char **cause);

/* Runs a cached statement that takes no parameters and returns no rows. */
static int run_stmt(struct store *s, enum stmt_id sid, const char *what, char **cause)
{
	char *ignored = NULL;
	sqlite3_stmt *st = stmt(s, sid, cause ? cause : &ignored);
	int rc = st ? step_done(s, st, what, cause ? cause : &ignored) : -1;
	free(ignored);
	return rc;
}

int store_unit_begin(struct store *s, char **cause)
{
	s->unit_nested = store_in_transaction(s);
	if (!s->unit_nested)
		return store_begin(s, cause);
	return run_stmt(s, ST_SAVEPOINT, "starting a unit of work", cause);
}

int store_unit_end(struct store *s, int ok, char **cause)
{
	if (ok)
		return s->unit_nested ? run_stmt(s, ST_RELEASE, "saving", cause) : store_commit(s, cause);
	if (s->unit_nested) {
		run_stmt(s, ST_ROLLBACK_TO, "undoing a unit of work", NULL);
		run_stmt(s, ST_RELEASE, "undoing a unit of work", NULL);
	} else {
		store_rollback(s);
	}
	return 0;
}

char *store_default_path(void)
{
	const char *env = getenv("DOSSIER_DB");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/dossier/library.db", xdg);
	const char *home = getenv("HOME");
	return xasprintf("%s/.local/share/dossier/library.db", home && *home ? home : ".");
}

int store_make_parent(const char *path, char **cause)
{
	char *p = xstrdup(path);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			*cause = xasprintf("%s: cannot create directory: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*q = '/';
	}
	free(p);
	return 0;
}

/* Binds a string, or NULL for a NULL or empty one. */
static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static int step_done(struct store *s, sqlite3_stmt *st, const char *what, char **cause)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = db_cause(s, what);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

/* Looks up an id with a one-text-parameter query: 1 found, 0 not, -1 error. */
static int lookup_id(struct store *s, enum stmt_id id, const char *key, int64_t *out, char **cause)
{
	sqlite3_stmt *st = stmt(s, id, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "looking up");
		return -1;
	}
	return 0;
}

/* 1 if the words of name before its last (prefix_len bytes) are
 * forenames or initials, not a name the library knows: "Shtykov
 * Bulganin" under a letter is two signatures, "Kim Il Sung Bulganin" too. */
static int forenames_only(struct store *s, const char *name, size_t prefix_len, char **cause)
{
	char *prefix = xstrndup(name, prefix_len);
	char *space = strchr(prefix, ' ');
	int64_t known;
	int rc = lookup_id(s, ST_ALIAS_GET, prefix, &known, cause);
	if (rc == 0 && space) {
		*space = '\0';
		rc = lookup_id(s, ST_ALIAS_GET, prefix, &known, cause);
	}
	free(prefix);
	return rc < 0 ? -1 : !rc;
}

/* A surname alone and the same with forenames or initials ("Kirk" and
 * "Alan G. Kirk", "Shtykov" and "T. F. Shtykov", whichever comes first)
 * are one person, when only one person has a name that fits: 1 and *pid,
 * 0 when none or several do. A surname is capitalised and longer than an
 * initial; names written surname first ("Kim Il Sung") end in no one's
 * surname, and a surname alone that begins them is not matched. */
static int person_by_surname(struct store *s, const char *name, int64_t *pid, char **cause)
{
	const char *last = strrchr(name, ' ');
	const char *surname = last ? last + 1 : name;
	if (strlen(surname) < 3 || !(*surname >= 'A' && *surname <= 'Z') || strchr(name, ',') ||
	    surname[strlen(surname) - 1] == '.')
		return 0;
	int rc;
	if (last) {
		if ((rc = forenames_only(s, name, (size_t)(last - name), cause)) <= 0)
			return rc;
		return lookup_id(s, ST_ALIAS_GET, surname, pid, cause);
	}
	sqlite3_stmt *st = stmt(s, ST_ALIAS_ENDING, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int n = 0;
	int64_t found = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *full = (const char *)sqlite3_column_text(st, 1);
		int64_t id = sqlite3_column_int64(st, 0);
		int fo = forenames_only(s, full, strlen(full) - strlen(name) - 1, cause);
		if (fo < 0) {
			sqlite3_reset(st);
			return -1;
		}
		if (fo && id != found) {
			found = id;
			n++;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "looking up a name");
		return -1;
	}
	*pid = found;
	return n == 1;
}

/* The person a name stands for, created if it is new. A party's name
 * (a heading's, a signature's) may be a known surname with forenames;
 * a name read from a bracket's surroundings is too loose for that ("Are
 * [Shtykov]" is no forename). */
static int person_for(struct store *s, const char *name, int party, int64_t *pid, char **cause)
{
	int rc = lookup_id(s, ST_ALIAS_GET, name, pid, cause);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	sqlite3_stmt *st;
	if (party && (rc = person_by_surname(s, name, pid, cause)) != 0) {
		if (rc < 0 || (st = stmt(s, ST_ALIAS_INSERT, cause)) == NULL)
			return -1;
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *pid);
		return step_done(s, st, "adding a name", cause);
	}
	st = stmt(s, ST_PERSON_INSERT, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) != SQLITE_ROW) {
		*cause = db_cause(s, "adding a person");
		sqlite3_reset(st);
		return -1;
	}
	*pid = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if ((st = stmt(s, ST_ALIAS_INSERT, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, *pid);
	return step_done(s, st, "adding a name", cause);
}

/* 1 if a shorter ending of name ("Shtraus" of "Dantri Shtraus") is
 * already a name of person pid: the longer run of capitals before a
 * bracket took in a word that is not part of the name. */
static int known_ending(struct store *s, const char *name, int64_t pid, char **cause)
{
	for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' ')) {
		int64_t known;
		int rc = lookup_id(s, ST_ALIAS_GET, p + 1, &known, cause);
		if (rc < 0)
			return -1;
		if (rc == 1 && known == pid)
			return 1;
	}
	return 0;
}

static int put_aliases(struct store *s, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->naliases; i++) {
		int64_t pid, known;
		if (person_for(s, d->aliases[i].canonical, 0, &pid, cause) != 0)
			return -1;
		int rc = lookup_id(s, ST_ALIAS_GET, d->aliases[i].name, &known, cause);
		if (rc < 0)
			return -1;
		if (rc == 1)
			continue; /* a name keeps the person it was first given (or a manual one) */
		if ((rc = known_ending(s, d->aliases[i].name, pid, cause)) != 0) {
			if (rc < 0)
				return -1;
			continue;
		}
		sqlite3_stmt *st = stmt(s, ST_ALIAS_INSERT, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, pid);
		if (step_done(s, st, "adding an alias", cause) != 0)
			return -1;
		/* Longer names learned before that end in this one were runs
		 * of capitals that took in a word too many. */
		if ((st = stmt(s, ST_ALIAS_PRUNE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_text(st, 2, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		if (step_done(s, st, "tidying names", cause) != 0 || (st = stmt(s, ST_PRINTED_PRUNE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_text(st, 2, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		if (step_done(s, st, "tidying names", cause) != 0)
			return -1;
	}
	return 0;
}

/* The name a document prints for a party: the alias it gave, if any. */
static const char *printed_name(const struct doc *d, const char *canonical)
{
	for (size_t i = 0; d && i < d->naliases; i++)
		if (strcmp(d->aliases[i].canonical, canonical) == 0)
			return d->aliases[i].name;
	return canonical;
}

static int put_parties(struct store *s, int64_t id, const char *role, const struct strv *names,
		       const struct doc *d, char **cause)
{
	for (size_t i = 0; i < names->n; i++) {
		int64_t pid;
		if (person_for(s, names->v[i], 1, &pid, cause) != 0)
			return -1;
		sqlite3_stmt *st = stmt(s, ST_INSERT_PARTY, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
		sqlite3_bind_int64(st, 4, pid);
		sqlite3_bind_text(st, 5, printed_name(d, names->v[i]), -1, SQLITE_STATIC);
		if (step_done(s, st, "adding a party", cause) != 0)
			return -1;
	}
	return 0;
}

static int put_notes(struct store *s, int64_t id, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->nnotes; i++) {
		sqlite3_stmt *st = stmt(s, ST_INSERT_NOTE, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->notes[i].start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)d->notes[i].end);
		sqlite3_bind_text(st, 4, note_kind_name(d->notes[i].kind), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, d->notes[i].text, -1, SQLITE_STATIC);
		if (step_done(s, st, "adding a note", cause) != 0)
			return -1;
	}
	return 0;
}

static int run_id(struct store *s, enum stmt_id sid, int64_t id, const char *what, char **cause)
{
	sqlite3_stmt *st = stmt(s, sid, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return step_done(s, st, what, cause);
}

/* Pages, explicit references and the volume of an edition's document. */
static int put_edition(struct store *s, int64_t id, const struct doc *d, char **cause)
{
	sqlite3_stmt *st;
	if (run_id(s, ST_DEL_PAGES, id, "updating pages", cause) != 0 ||
	    run_id(s, ST_DEL_AUTO_REFS, id, "updating references", cause) != 0)
		return -1;
	for (size_t i = 0; i < d->npages; i++) {
		if ((st = stmt(s, ST_INSERT_PAGE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->pages[i].offset);
		sqlite3_bind_text(st, 3, d->pages[i].n, -1, SQLITE_TRANSIENT);
		if (step_done(s, st, "adding a page", cause) != 0)
			return -1;
	}
	for (size_t i = 0; i < d->nrefs; i++) {
		if ((st = stmt(s, ST_INSERT_REF, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->refs[i].start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)d->refs[i].end);
		sqlite3_bind_text(st, 4, d->refs[i].phrase, -1, SQLITE_TRANSIENT);
		sqlite3_bind_null(st, 5);
		sqlite3_bind_null(st, 6);
		sqlite3_bind_null(st, 7);
		bind_text(st, 8, d->refs[i].target);
		if (step_done(s, st, "adding a reference", cause) != 0)
			return -1;
	}
	if (d->volume_id) {
		if ((st = stmt(s, ST_PUT_VOLUME, cause)) == NULL)
			return -1;
		sqlite3_bind_text(st, 1, d->volume_id, -1, SQLITE_TRANSIENT);
		bind_text(st, 2, d->volume_title);
		if (step_done(s, st, "recording a volume", cause) != 0)
			return -1;
	}
	return 0;
}

static char *people_text(const struct doc *d)
{
	struct buf b;
	buf_init(&b);
	const struct strv *lists[] = { &d->from, &d->to };
	for (size_t l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->n; i++)
			buf_printf(&b, "%s%s", b.len ? "; " : "", lists[l]->v[i]);
	for (size_t i = 0; i < d->naliases; i++)
		buf_printf(&b, "%s%s", b.len ? "; " : "", d->aliases[i].name);
	return buf_detach(&b);
}

/* The document's fields, bound without a copy: d and people outlive the step. */
static void bind_doc(sqlite3_stmt *st, const char *hash, const char *format, const struct doc *d,
		     const char *people)
{
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, format, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d->title ? d->title : "", -1, SQLITE_STATIC);
	bind_kept(st, 4, d->date);
	bind_kept(st, 5, d->date_text);
	sqlite3_bind_text(st, 6, d->date && *d->date ? d->date : "~", -1, SQLITE_STATIC);
	bind_kept(st, 7, d->kind);
	bind_kept(st, 8, d->number);
	bind_kept(st, 9, d->summary);
	bind_kept(st, 10, d->source);
	bind_kept(st, 11, d->language);
	bind_kept(st, 12, d->translator);
	bind_kept(st, 13, d->record_id);
	bind_kept(st, 14, d->url);
	sqlite3_bind_text(st, 15, people, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, d->body ? d->body : "", (int)d->body_len, SQLITE_STATIC);
	bind_kept(st, 17, d->volume_id);
	bind_kept(st, 18, d->doc_n);
	bind_kept(st, 19, d->xml_id);
	bind_kept(st, 20, d->place);
}


/* Applies the reader's corrections again after an import overwrote the
 * imported fields. Only fields the reader can correct are touched. */
static int reapply_corrections(struct store *s, int64_t id, char **cause)
{
	static const char *const sql =
		"UPDATE document SET "
		"title = coalesce((SELECT value FROM correction WHERE doc_id = ?1 AND field = 'title'), title), "
		"date = CASE WHEN EXISTS (SELECT 1 FROM correction WHERE doc_id = ?1 AND field = 'date') "
		"  THEN (SELECT value FROM correction WHERE doc_id = ?1 AND field = 'date') ELSE date END, "
		"sort_date = CASE WHEN EXISTS (SELECT 1 FROM correction WHERE doc_id = ?1 AND field = 'date') "
		"  THEN coalesce((SELECT value FROM correction WHERE doc_id = ?1 AND field = 'date'), '~') "
		"  ELSE sort_date END "
		"WHERE id = ?1 AND EXISTS (SELECT 1 FROM correction WHERE doc_id = ?1)";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "applying corrections");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "applying corrections");
		return -1;
	}
	return 0;
}

int store_put_doc(struct store *s, const char *path, const char *format, const struct doc *d,
		  uint64_t hash, int64_t *id, enum store_put *what, char **cause)
{
	char hex[17];
	snprintf(hex, sizeof hex, "%016" PRIx64, hash);
	s->new_doc = 0;
	int rc = lookup_id(s, ST_BY_HASH, hex, id, cause);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		/* Same text, maybe from another path: the same document. */
		*what = STORE_PUT_UNCHANGED;
		sqlite3_stmt *st = stmt(s, ST_ADD_PATH, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *id);
		return step_done(s, st, "recording a path", cause);
	}
	rc = lookup_id(s, ST_BY_PATH, path, id, cause);
	if (rc < 0)
		return -1;
	char *people = people_text(d);
	sqlite3_stmt *st;
	if (rc == 1) {
		*what = STORE_PUT_UPDATED;
		if (run_id(s, ST_FTS_DELETE, *id, "updating the index", cause) != 0 ||
		    run_id(s, ST_DEL_NOTES, *id, "updating notes", cause) != 0 ||
		    run_id(s, ST_DEL_PARTIES, *id, "updating parties", cause) != 0 ||
		    (st = stmt(s, ST_UPDATE_DOC, cause)) == NULL)
			goto fail;
		bind_doc(st, hex, format, d, people);
		sqlite3_bind_int64(st, 21, *id);
		if (step_done(s, st, "updating a document", cause) != 0 ||
		    reapply_corrections(s, *id, cause) != 0)
			goto fail;
	} else {
		*what = STORE_PUT_NEW;
		if ((st = stmt(s, ST_INSERT_DOC, cause)) == NULL)
			goto fail;
		bind_doc(st, hex, format, d, people);
		if (step_done(s, st, "adding a document", cause) != 0)
			goto fail;
		*id = sqlite3_last_insert_rowid(s->db);
		s->new_doc = *id;
		if ((st = stmt(s, ST_ADD_PATH, cause)) == NULL)
			goto fail;
		sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *id);
		if (step_done(s, st, "recording a path", cause) != 0)
			goto fail;
	}
	free(people);
	people = NULL;
	if (run_id(s, ST_CHANGED, *id, "recording a change", cause) != 0)
		return -1;
	if (put_aliases(s, d, cause) != 0 || put_parties(s, *id, "from", &d->from, d, cause) != 0 ||
	    put_parties(s, *id, "to", &d->to, d, cause) != 0 || put_notes(s, *id, d, cause) != 0 ||
	    put_edition(s, *id, d, cause) != 0 || run_id(s, ST_FTS_LATER, *id, "indexing a document", cause) != 0)
		return -1;
	return 0;
fail:
	free(people);
	return -1;
}

void store_doc_free(struct store_doc *sd)
{
	if (sd == NULL)
		return;
	free(sd->path);
	doc_free(sd->doc);
	free(sd);
}

static const char *col_str(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static void split_names(struct strv *v, const unsigned char *joined)
{
	if (joined == NULL)
		return;
	const char *p = (const char *)joined;
	for (;;) {
		const char *sep = strchr(p, '\x1f');
		if (sep == NULL) {
			strv_push(v, p);
			return;
		}
		strv_push_owned(v, xstrndup(p, (size_t)(sep - p)));
		p = sep + 1;
	}
}

/* Reads the DOC_COLUMNS of a row into sd (which it fills in place). */
static void row_to_doc(sqlite3_stmt *st, struct store_doc *sd)
{
	struct doc *d = sd->doc;
	sd->id = sqlite3_column_int64(st, 0);
	sd->path = col_text(st, 1);
	d->title = col_text(st, 2);
	d->date = col_text(st, 3);
	d->date_text = col_text(st, 4);
	d->kind = col_text(st, 5);
	d->number = col_text(st, 6);
	d->summary = col_text(st, 7);
	d->source = col_text(st, 8);
	d->language = col_text(st, 9);
	d->translator = col_text(st, 10);
	d->record_id = col_text(st, 11);
	d->url = col_text(st, 12);
	split_names(&d->from, sqlite3_column_text(st, 13));
	split_names(&d->to, sqlite3_column_text(st, 14));
	sd->read_pos = (size_t)sqlite3_column_int64(st, 15);
	d->volume_id = col_text(st, 16);
	d->doc_n = col_text(st, 17);
	d->volume_title = col_text(st, 18);
}

static struct store_doc *store_doc_new(void)
{
	struct store_doc *sd = xcalloc(1, sizeof *sd);
	sd->doc = doc_create();
	return sd;
}

int store_doc_get(struct store *s, int64_t id, struct store_doc **out, char **cause)
{
	*out = NULL;
	sqlite3_stmt *st = stmt(s, ST_GET_DOC, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return 1;
		*cause = db_cause(s, "reading a document");
		return -1;
	}
	struct store_doc *sd = store_doc_new();
	row_to_doc(st, sd);
	sd->doc->body_len = (size_t)sqlite3_column_bytes(st, DOC_NCOLUMNS);
	sd->doc->body = xstrndup((const char *)sqlite3_column_text(st, DOC_NCOLUMNS), sd->doc->body_len);
	sqlite3_reset(st);

	if ((st = stmt(s, ST_GET_NOTES, cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int kind = note_kind_from_name((const char *)sqlite3_column_text(st, 2));
		doc_add_note(sd->doc, (size_t)sqlite3_column_int64(st, 0), (size_t)sqlite3_column_int64(st, 1),
			     kind < 0 ? NOTE_EDITOR : (enum note_kind)kind, (const char *)sqlite3_column_text(st, 3));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "reading notes");
		goto fail;
	}
	*out = sd;
	return 0;
fail:
	store_doc_free(sd);
	return -1;
}

static const char *order_sql(enum store_order order)
{
	switch (order) {
	case STORE_BY_TITLE:
		return " ORDER BY d.title COLLATE NOCASE, d.id";
	case STORE_BY_IMPORT:
		return " ORDER BY d.id";
	case STORE_BY_DATE:
	default:
		return " ORDER BY d.sort_date, d.id";
	}
}

static int list_rows(struct store *s, sqlite3_stmt *st, store_doc_fn fn, void *arg, char **cause);
static char *search_fts(struct store *s, const char *words, char **cause);
static void add_filters(struct buf *sql, const struct query *q);
static int bind_filters(sqlite3_stmt *st, int i, const struct query *q);
static int64_t query_int(struct store *s, const char *sql, const char *text, int64_t a, const char *what,
			 char **cause);

int store_list(struct store *s, enum store_order order, size_t offset, size_t limit, store_doc_fn fn,
	       void *arg, char **cause)
{
	char *sql = xasprintf("SELECT " DOC_COLUMNS " FROM document d%s LIMIT ?1 OFFSET ?2", order_sql(order));
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	free(sql);
	if (rc != SQLITE_OK) {
		*cause = db_cause(s, "listing documents");
		return -1;
	}
	sqlite3_bind_int64(st, 1, limit ? (sqlite3_int64)limit : -1);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)offset);
	return list_rows(s, st, fn, arg, cause);
}

int64_t store_count(struct store *s, char **cause)
{
	sqlite3_stmt *st = stmt(s, ST_COUNT, cause);
	if (st == NULL)
		return -1;
	int64_t n = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		*cause = db_cause(s, "counting documents");
	sqlite3_reset(st);
	return n;
}

/* The FTS5 expression for the words of a query: a person's name (any of
 * them) also finds the person's other names. */
static char *search_fts(struct store *s, const char *words, char **cause)
{
	char *bare = xstrdup(words);
	size_t n = strlen(bare);
	if (n >= 2 && bare[0] == '"' && bare[n - 1] == '"') {
		memmove(bare, bare + 1, n - 2);
		bare[n - 2] = '\0';
	}
	int64_t pid = strchr(bare, '"') ? 0 : store_person_id(s, bare);
	free(bare);
	if (pid == 0)
		return query_to_fts(words, cause);
	sqlite3_stmt *st;
	/* The person's shortest names: a name with hundreds of variants
	 * would make every search an OR of hundreds of phrases. */
	if (sqlite3_prepare_v2(s->db, "SELECT name FROM alias WHERE person_id = ?1 ORDER BY length(name) LIMIT 12",
			       -1, &st, NULL) != SQLITE_OK)
		return query_to_fts(words, cause);
	sqlite3_bind_int64(st, 1, pid);
	struct buf b;
	buf_init(&b);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct buf name;
		buf_init(&name);
		buf_adds(&name, "\"");
		for (const char *p = col_str(st, 0); *p; p++) {
			if (*p == '"')
				buf_addc(&name, '"');
			buf_addc(&name, *p);
		}
		buf_adds(&name, "\"");
		buf_printf(&b, "%s%s", b.len ? " OR " : "", name.data);
		buf_free(&name);
	}
	sqlite3_finalize(st);
	if (b.len == 0) {
		buf_free(&b);
		return query_to_fts(words, cause);
	}
	return buf_detach(&b);
}

/* Appends the SQL of a query's filters, tested on a document d; their
 * values are bound from parameter first on, in the order bind_filters
 * binds them. */
static void add_filters(struct buf *sql, const struct query *q)
{
	/* IN rather than a correlated EXISTS: the party's documents are
	 * listed once (from party_person alone), not looked up again for
	 * every match of the words; the + keeps the list from driving the
	 * full-text scan. */
	static const char *const role_sql =
		" AND +d.id IN (SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = pa.person_id "
		"WHERE pa.role = '%s' AND a.name = ?)";
	for (size_t i = 0; i < q->from.n; i++)
		buf_printf(sql, role_sql, "from");
	for (size_t i = 0; i < q->to.n; i++)
		buf_printf(sql, role_sql, "to");
	for (size_t i = 0; i < q->person.n; i++)
		buf_adds(sql, " AND (+d.id IN (SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = pa.person_id "
			      "WHERE a.name = ?) OR d.people LIKE '%' || ? || '%')");
	if (q->kind)
		buf_adds(sql, " AND d.kind LIKE '%' || ? || '%'");
	if (q->lang)
		buf_adds(sql, " AND d.language LIKE ? || '%'");
	if (q->volume)
		buf_adds(sql, " AND (d.volume_id = ? OR d.volume_id IN (SELECT id FROM volume WHERE title LIKE '%' || ? || '%'))");
	if (q->date_lo)
		buf_adds(sql, " AND d.date >= ?");
	if (q->date_hi)
		buf_adds(sql, " AND d.date < ? || '~'");
}

static int bind_filters(sqlite3_stmt *st, int i, const struct query *q)
{
	for (size_t k = 0; k < q->from.n; k++)
		sqlite3_bind_text(st, i++, q->from.v[k], -1, SQLITE_TRANSIENT);
	for (size_t k = 0; k < q->to.n; k++)
		sqlite3_bind_text(st, i++, q->to.v[k], -1, SQLITE_TRANSIENT);
	for (size_t k = 0; k < q->person.n; k++) {
		sqlite3_bind_text(st, i++, q->person.v[k], -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, i++, q->person.v[k], -1, SQLITE_TRANSIENT);
	}
	if (q->kind)
		sqlite3_bind_text(st, i++, q->kind, -1, SQLITE_TRANSIENT);
	if (q->lang)
		sqlite3_bind_text(st, i++, q->lang, -1, SQLITE_TRANSIENT);
	if (q->volume) {
		sqlite3_bind_text(st, i++, q->volume, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, i++, q->volume, -1, SQLITE_TRANSIENT);
	}
	if (q->date_lo)
		sqlite3_bind_text(st, i++, q->date_lo, -1, SQLITE_TRANSIENT);
	if (q->date_hi)
		sqlite3_bind_text(st, i++, q->date_hi, -1, SQLITE_TRANSIENT);
	return i;
}

/* 1 if the words match fewer than s->few_matches documents (counting
 * reads only the index: a millisecond for 60,000 matches). */
static int few_matches(struct store *s, const char *fts)
{
	if (s->few_matches <= 0)
		return 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM (SELECT 1 FROM document_fts WHERE document_fts MATCH ?1 "
			       "LIMIT ?2)", -1, &st, NULL) != SQLITE_OK)
		return 1;
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, s->few_matches);
	int few = sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) < s->few_matches;
	sqlite3_finalize(st);
	return few;
}

/* Adds to set the documents sql lists (their ids in its first column;
 * a and b, if not NULL, bound to ?1 and ?2). */
static int idset_fill(struct store *s, struct idset *set, const char *sql, const char *a, const char *b)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (a)
		sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		idset_put(set, sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Narrows set (all documents while *first) to the documents sql lists. */
static int idset_narrow(struct store *s, struct idset *set, int *first, int64_t max_id, const char *sql,
			const char *a, const char *b)
{
	if (*first) {
		*first = 0;
		return idset_fill(s, set, sql, a, b);
	}
	struct idset more;
	idset_init(&more, max_id);
	int rc = idset_fill(s, &more, sql, a, b);
	idset_and(set, &more);
	idset_free(&more);
	return rc;
}

/* The documents of a kind: or lang: filter, whose test is the value's
 * alone. Its distinct values are found by a seek each in the column's
 * index, tested, and each matching value's documents read as a range. */
#define DISTINCT_VALUES(col, test)                                                                          \
	"WITH RECURSIVE v(x) AS (SELECT min(" col ") FROM document UNION ALL "                               \
	"SELECT (SELECT min(" col ") FROM document WHERE " col " > v.x) FROM v WHERE v.x IS NOT NULL) "       \
	"SELECT d.id FROM v CROSS JOIN document d ON d." col " = v.x WHERE v.x " test

/* The documents that pass q's filters other than person:, in all (q has
 * none: *none is set); the documents of each person: name's parties in
 * people[i]. The same tests as add_filters, each filter's documents
 * listed from an index. */
static int filter_sets(struct store *s, const struct query *q, struct idset *all, int *none, struct idset *people)
{
	int64_t max_id = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT max(id) FROM document", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		max_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	static const char *const role_sql =
		"SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = pa.person_id WHERE pa.role = ?2 AND a.name = ?1";
	int first = 1, rc = 0;
	idset_init(all, max_id);
	for (size_t i = 0; rc == 0 && i < q->from.n; i++)
		rc = idset_narrow(s, all, &first, max_id, role_sql, q->from.v[i], "from");
	for (size_t i = 0; rc == 0 && i < q->to.n; i++)
		rc = idset_narrow(s, all, &first, max_id, role_sql, q->to.v[i], "to");
	if (rc == 0 && q->kind)
		rc = idset_narrow(s, all, &first, max_id, DISTINCT_VALUES("kind", "LIKE '%' || ?1 || '%'"), q->kind, NULL);
	if (rc == 0 && q->lang)
		rc = idset_narrow(s, all, &first, max_id, DISTINCT_VALUES("language", "LIKE ?1 || '%'"), q->lang, NULL);
	if (rc == 0 && q->volume)
		rc = idset_narrow(s, all, &first, max_id, "SELECT d.id FROM document d WHERE d.volume_id = ?1 OR d.volume_id IN "
					      "(SELECT id FROM volume WHERE title LIKE '%' || ?1 || '%')", q->volume, NULL);
	if (rc == 0 && (q->date_lo || q->date_hi)) {
		const char *sql = !q->date_hi ? "SELECT id FROM document WHERE date >= ?1"
				  : !q->date_lo ? "SELECT id FROM document WHERE date < ?1 || '~'"
						: "SELECT id FROM document WHERE date >= ?1 AND date < ?2 || '~'";
		rc = idset_narrow(s, all, &first, max_id, sql, q->date_lo ? q->date_lo : q->date_hi,
				  q->date_lo ? q->date_hi : NULL);
	}
	*none = first;
	for (size_t i = 0; i < q->person.n; i++) {
		idset_init(&people[i], max_id);
		if (rc == 0)
			rc = idset_fill(s, &people[i], "SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = "
						       "pa.person_id WHERE a.name = ?1", q->person.v[i], NULL);
	}
	return rc;
}

/* add_filters for filter_sets' sets: each match is looked up in them,
 * by id, without its document; a person: name not among a match's
 * parties is looked for in its names (people) through document_filter. */
static void add_filter_sets(struct buf *sql, const struct query *q, int none)
{
	if (!none)
		buf_adds(sql, " AND dossier_in(?, f.rowid)");
	for (size_t i = 0; i < q->person.n; i++)
		buf_adds(sql, " AND (dossier_in(?, f.rowid) OR (SELECT pd.people FROM document pd INDEXED BY "
			      "document_filter WHERE pd.id = f.rowid) LIKE '%' || ? || '%')");
}

static int bind_filter_sets(sqlite3_stmt *st, int i, const struct query *q, struct idset *all, int none,
			    struct idset *people)
{
	if (!none)
		sqlite3_bind_pointer(st, i++, all, IDSET_PTR, NULL);
	for (size_t k = 0; k < q->person.n; k++) {
		sqlite3_bind_pointer(st, i++, &people[k], IDSET_PTR, NULL);
		sqlite3_bind_text(st, i++, q->person.v[k], -1, SQLITE_TRANSIENT);
	}
	return i;
}

static void free_sets(struct idset *sets, size_t npeople)
{
	if (sets == NULL)
		return;
	for (size_t i = 0; i <= npeople; i++)
		idset_free(&sets[i]);
	free(sets);
}

void store_search_few_matches(struct store *s, int n)
{
	s->few_matches = n;
}

int store_search(struct store *s, const char *query, size_t limit, const char *mark_open,
		 const char *mark_close, store_hit_fn fn, void *arg, char **cause)
{
	struct query q;
	if (query_parse(query, &q, cause) != 0)
		return -1;
	char *fts = NULL;
	if (q.words && (fts = search_fts(s, q.words, cause)) == NULL) {
		query_free(&q);
		return -1;
	}
	struct buf sql;
	buf_init(&sql);
	struct idset *sets = NULL; /* filter_sets: all, then each person: name's */
	int none = 1;
	sqlite3_stmt *st;
	if (fts) {
		/* The ranking reads only the index (and the filters' columns);
		 * the listing's columns and the snippet are then computed for
		 * the rows shown, not for every match of a common word. ?3 and
		 * ?4 come first in the text, so the filters' parameters are
		 * numbered from 5 on. */
		buf_adds(&sql, "SELECT " DOC_COLUMNS ", top.r, snippet(document_fts, -1, ?3, ?4, '…', 16) "
			       "FROM (SELECT f.rowid AS id, ");
		buf_adds(&sql, s->ranked ? "dossier_bm25(document_fts)" : "f.rank");
		buf_adds(&sql, " AS r FROM document_fts f");
		/* Few matches: each is joined to its document and tested.
		 * Many: each filter's documents are listed once as a set. */
		int joined = query_has_filters(&q) && few_matches(s, fts);
		if (query_has_filters(&q) && !joined) {
			sets = xcalloc(q.person.n + 1, sizeof *sets);
			if (filter_sets(s, &q, &sets[0], &none, sets + 1) != 0) {
				*cause = db_cause(s, "searching");
				goto fail;
			}
		}
		if (joined)
			buf_adds(&sql, " JOIN document d INDEXED BY document_filter ON d.id = f.rowid");
		buf_adds(&sql, " WHERE document_fts MATCH ?1");
		if (joined)
			add_filters(&sql, &q);
		else if (sets)
			add_filter_sets(&sql, &q, none);
		buf_adds(&sql, " ORDER BY r LIMIT ?2) AS top CROSS JOIN document_fts ON document_fts.rowid = top.id "
			       "CROSS JOIN document d ON d.id = top.id WHERE document_fts MATCH ?1");
	} else {
		buf_adds(&sql, "SELECT " DOC_COLUMNS ", 0, substr(coalesce(d.summary, d.body), 1, 160) "
			       "FROM document d WHERE ?1 IS NULL AND ?3 IS NOT NULL AND ?4 IS NOT NULL");
		add_filters(&sql, &q);
	}
	if (fts) {
		/* The reader's own annotations are searched too; a document
		 * whose notes match comes first, with the note as snippet. */
		buf_adds(&sql, " UNION ALL SELECT " DOC_COLUMNS ", -1e9 + a.id * 1e-9, 'note: ' || a.body "
			       "FROM annotation a JOIN document d ON d.id = a.doc_id WHERE a.id IN "
			       "(SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?1)");
		add_filters(&sql, &q);
	}
	buf_adds(&sql, fts ? " ORDER BY 20 LIMIT ?2" : " ORDER BY d.sort_date, d.id LIMIT ?2");
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "searching");
		goto fail;
	}
	buf_free(&sql);
	if (fts)
		sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	sqlite3_bind_text(st, 3, mark_open ? mark_open : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, mark_close ? mark_close : "", -1, SQLITE_TRANSIENT);
	int next = sets ? bind_filter_sets(st, 5, &q, &sets[0], none, sets + 1) : bind_filters(st, 5, &q);
	if (fts)
		bind_filters(st, next, &q);
	free(fts);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_doc *sd = store_doc_new();
		row_to_doc(st, sd);
		struct store_hit hit = { sd, sqlite3_column_double(st, DOC_NCOLUMNS),
					 (const char *)sqlite3_column_text(st, DOC_NCOLUMNS + 1) };
		stop = fn(&hit, arg);
		store_doc_free(sd);
	}
	int failed = !stop && rc != SQLITE_DONE;
	if (failed) {
		const char *msg = sqlite3_errmsg(s->db);
		if (strstr(msg, "fts5") || strstr(msg, "syntax"))
			*cause = xasprintf("malformed query: %s", msg);
		else
			*cause = db_cause(s, "searching");
	}
	sqlite3_finalize(st);
	free_sets(sets, q.person.n);
	query_free(&q);
	return failed ? -1 : 0;
fail:
	free(fts);
	buf_free(&sql);
	free_sets(sets, q.person.n);
	query_free(&q);
	return -1;
}

int64_t store_people_count(struct store *s)
{
	char *cause = NULL;
	int64_t n = query_int(s, "SELECT count(*) FROM person", NULL, 0, "counting people", &cause);
	free(cause);
	return n;
}

int store_people(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg, char **cause)
{
	static const char *const sql =
		"SELECT p.id, p.name, "
		"(SELECT count(DISTINCT doc_id) FROM party WHERE person_id = p.id), "
		"(SELECT group_concat(name, char(31)) FROM alias WHERE person_id = p.id AND name <> p.name) "
		"FROM person p WHERE ?1 IS NULL OR instr(dossier_fold(p.name), ?1) > 0 "
		"OR EXISTS (SELECT 1 FROM alias a WHERE a.person_id = p.id AND instr(dossier_fold(a.name), ?1) > 0) "
		"ORDER BY p.name COLLATE NOCASE LIMIT ?2";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "listing people");
		return -1;
	}
	char *f = find ? text_fold(find) : NULL;
	if (f)
		str_trim(f);
	if (f && *f)
		sqlite3_bind_text(st, 1, f, -1, SQLITE_TRANSIENT);
	free(f);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct strv aliases;
		strv_init(&aliases);
		split_names(&aliases, sqlite3_column_text(st, 3));
		struct store_person p = { sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
					  &aliases, sqlite3_column_int64(st, 2) };
		stop = fn(&p, arg);
		strv_free(&aliases);
	}
	return rows_done(s, st, rc, stop, "listing people", cause);
}

/* Runs a listing query whose ?1..?n are bound by the caller: shared by the
 * filtered and unfiltered listings. */
static int list_rows(struct store *s, sqlite3_stmt *st, store_doc_fn fn, void *arg, char **cause)
{
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_doc *sd = store_doc_new();
		row_to_doc(st, sd);
		stop = fn(sd, arg);
		store_doc_free(sd);
	}
	if (!stop && rc != SQLITE_DONE) {
		const char *msg = sqlite3_errmsg(s->db);
		*cause = strstr(msg, "fts5") ? xasprintf("malformed filter: %s", msg) : db_cause(s, "listing documents");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

/* The WHERE clause of a filtered listing ("d.id IN (fts) AND filters")
 * into sql, and the FTS expression into *fts (NULL if no words). */
static int filter_sql(struct store *s, const char *filter, struct query *q, char **fts, struct buf *sql,
		      char **cause)
{
	*fts = NULL;
	if (query_parse(filter, q, cause) != 0)
		return -1;
	if (q->words && (*fts = search_fts(s, q->words, cause)) == NULL) {
		query_free(q);
		return -1;
	}
	buf_adds(sql, *fts ? " WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?3)"
			   : " WHERE ?3 IS NULL");
	add_filters(sql, q);
	return 0;
}

int store_list_filtered(struct store *s, enum store_order order, const char *filter, size_t offset,
			size_t limit, store_doc_fn fn, void *arg, char **cause)
{
	if (filter == NULL || *filter == '\0')
		return store_list(s, order, offset, limit, fn, arg, cause);
	struct query q;
	char *fts;
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT " DOC_COLUMNS " FROM document d");
	if (filter_sql(s, filter, &q, &fts, &sql, cause) != 0) {
		buf_free(&sql);
		return -1;
	}
	buf_printf(&sql, "%s LIMIT ?1 OFFSET ?2", order_sql(order));
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK) {
		*cause = db_cause(s, "listing documents");
		free(fts);
		query_free(&q);
		return -1;
	}
	sqlite3_bind_int64(st, 1, limit ? (sqlite3_int64)limit : -1);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)offset);
	if (fts)
		sqlite3_bind_text(st, 3, fts, -1, SQLITE_TRANSIENT);
	bind_filters(st, 4, &q);
	free(fts);
	query_free(&q);
	return list_rows(s, st, fn, arg, cause);
}

/* Counts what a filter keeps: all of the library, or those before key
 * (sort key and id) in order. */
static int64_t count_filtered(struct store *s, const char *filter, enum store_order order, int64_t before_id,
			      char **cause)
{
	static const char *const before[] = {
		[STORE_BY_DATE] = " AND (d.sort_date < k.sort_date OR (d.sort_date = k.sort_date AND d.id < k.id))",
		[STORE_BY_TITLE] = " AND (d.title < k.title COLLATE NOCASE OR "
				   "(d.title = k.title COLLATE NOCASE AND d.id < k.id))",
		[STORE_BY_IMPORT] = " AND d.id < k.id",
	};
	struct query q;
	char *fts = NULL;
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT count(*) FROM document d");
	if (before_id)
		buf_adds(&sql, ", (SELECT sort_date, title, id FROM document WHERE id = ?1) k");
	else
		buf_adds(&sql, ", (SELECT ?1) k");
	if (filter && *filter) {
		if (filter_sql(s, filter, &q, &fts, &sql, cause) != 0) {
			buf_free(&sql);
			return -1;
		}
	} else {
		memset(&q, 0, sizeof q);
		strv_init(&q.from);
		strv_init(&q.to);
		strv_init(&q.person);
		buf_adds(&sql, " WHERE ?3 IS NULL");
	}
	if (before_id)
		buf_adds(&sql, before[order]);
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "counting documents");
	} else {
		sqlite3_bind_int64(st, 1, before_id);
		if (fts)
			sqlite3_bind_text(st, 3, fts, -1, SQLITE_TRANSIENT);
		bind_filters(st, 4, &q);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		else {
			const char *msg = sqlite3_errmsg(s->db);
			*cause = strstr(msg, "fts5") ? xasprintf("malformed filter: %s", msg)
						     : db_cause(s, "counting documents");
		}
		sqlite3_finalize(st);
	}
	buf_free(&sql);
	free(fts);
	query_free(&q);
	return n;
}

int64_t store_count_filtered(struct store *s, const char *filter, char **cause)
{
	if (filter == NULL || *filter == '\0')
		return store_count(s, cause);
	return count_filtered(s, filter, STORE_BY_DATE, 0, cause);
}

int64_t store_index_of_filtered(struct store *s, enum store_order order, const char *filter, int64_t id,
				char **cause)
{
	return count_filtered(s, filter, order, id, cause);
}

int64_t store_index_of_date(struct store *s, const char *iso, char **cause)
{
	return query_int(s, "SELECT count(*) FROM document WHERE sort_date < ?1", iso, 0, "finding a date", cause);
}

int store_neighbour_between(struct store *s, int64_t id, int dir, int64_t *out, char **cause)
{
	/* The same two parties, in either direction: the correspondence. */
	static const char *const next =
		"WITH me AS (SELECT sort_date, id FROM document WHERE id = ?1), "
		"pair AS (SELECT DISTINCT person_id FROM party WHERE doc_id = ?1 AND role IN ('from', 'to')) "
		"SELECT d.id FROM document d, me WHERE d.id <> me.id AND "
		"(d.sort_date > me.sort_date OR (d.sort_date = me.sort_date AND d.id > me.id)) AND "
		"(SELECT count(DISTINCT person_id) FROM party WHERE doc_id = d.id AND role IN ('from', 'to') "
		"AND person_id IN pair) >= min(2, (SELECT count(*) FROM pair)) "
		"ORDER BY d.sort_date, d.id LIMIT 1";
	static const char *const prev =
		"WITH me AS (SELECT sort_date, id FROM document WHERE id = ?1), "
		"pair AS (SELECT DISTINCT person_id FROM party WHERE doc_id = ?1 AND role IN ('from', 'to')) "
		"SELECT d.id FROM document d, me WHERE d.id <> me.id AND "
		"(d.sort_date < me.sort_date OR (d.sort_date = me.sort_date AND d.id < me.id)) AND "
		"(SELECT count(DISTINCT person_id) FROM party WHERE doc_id = d.id AND role IN ('from', 'to') "
		"AND person_id IN pair) >= min(2, (SELECT count(*) FROM pair)) "
		"ORDER BY d.sort_date DESC, d.id DESC LIMIT 1";
	char *c = NULL;
	int64_t v = query_int(s, dir > 0 ? next : prev, NULL, id, "moving in a correspondence", &c);
	if (c) {
		*cause = c;
		return -1;
	}
	if (v < 0)
		return 1;
	*out = v;
	return 0;
}

int store_person_merge(struct store *s, int64_t from, int64_t into, char **cause)
{
	if (from == into) {
		*cause = xstrdup("a person cannot be merged into themselves");
		return -1;
	}
	if (store_begin(s, cause) != 0)
		return -1;
	sqlite3_stmt *st;
	static const char *const steps[] = {
		"UPDATE OR IGNORE party SET person_id = ?2 WHERE person_id = ?1",
		"DELETE FROM party WHERE person_id = ?1",
		"UPDATE alias SET person_id = ?2, origin = 'manual' WHERE person_id = ?1",
		"DELETE FROM person WHERE id = ?1",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) != SQLITE_OK) {
			*cause = db_cause(s, "merging persons");
			store_rollback(s);
			return -1;
		}
		sqlite3_bind_int64(st, 1, from);
		sqlite3_bind_int64(st, 2, into);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			*cause = db_cause(s, "merging persons");
			store_rollback(s);
			return -1;
		}
	}
	return store_commit(s, cause);
}

int store_person_split(struct store *s, const char *name, int64_t *new_id, char **cause)
{
	int64_t old = store_person_id(s, name);
	if (old == 0) {
		*cause = xasprintf("no person is known as '%s' (see dossier people)", name);
		return -1;
	}
	if (store_begin(s, cause) != 0)
		return -1;
	/* The name becomes a person of its own, and takes the documents
	 * that print that name for the party. */
	static const char *const steps[] = {
		"INSERT INTO person(name) VALUES (?1)",
		"UPDATE alias SET person_id = last_insert_rowid(), origin = 'manual' WHERE name = ?1",
		"UPDATE party SET person_id = (SELECT person_id FROM alias WHERE name = ?1) "
		"WHERE person_id = ?2 AND printed = ?1 COLLATE NOCASE",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) != SQLITE_OK) {
			*cause = db_cause(s, "splitting a person");
			store_rollback(s);
			return -1;
		}
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		if (sqlite3_bind_parameter_count(st) >= 2)
			sqlite3_bind_int64(st, 2, old);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			*cause = (rc & 0xff) == SQLITE_CONSTRAINT
					 ? xasprintf("'%s' is already a person of their own", name)
					 : db_cause(s, "splitting a person");
			store_rollback(s);
			return -1;
		}
	}
	*new_id = store_person_id(s, name);
	return store_commit(s, cause);
}

/* Runs a query that yields one integer; -1 with *cause on error. */
static int64_t query_int(struct store *s, const char *sql, const char *text, int64_t a, const char *what,
			 char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, what);
		return -1;
	}
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 1, a);
	int64_t v = -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE) {
		const char *msg = sqlite3_errmsg(s->db);
		*cause = strstr(msg, "fts5") ? xasprintf("malformed filter: %s", msg) : db_cause(s, what);
	}
	sqlite3_finalize(st);
	return v;
}


int64_t store_index_of(struct store *s, enum store_order order, int64_t id, char **cause)
{
	static const char *const sql[] = {
		[STORE_BY_DATE] = "SELECT count(*) FROM document d, (SELECT sort_date, id FROM document WHERE id = ?1) k "
				  "WHERE d.sort_date < k.sort_date OR (d.sort_date = k.sort_date AND d.id < k.id)",
		[STORE_BY_TITLE] = "SELECT count(*) FROM document d, (SELECT title, id FROM document WHERE id = ?1) k "
				   "WHERE d.title < k.title COLLATE NOCASE OR "
				   "(d.title = k.title COLLATE NOCASE AND d.id < k.id)",
		[STORE_BY_IMPORT] = "SELECT count(*) FROM document WHERE id < ?1",
	};
	return query_int(s, sql[order], NULL, id, "finding a document", cause);
}

int store_neighbour(struct store *s, enum store_order order, int64_t id, int dir, int64_t *out, char **cause)
{
	static const char *const next[] = {
		[STORE_BY_DATE] = "SELECT d.id FROM document d, (SELECT sort_date, id FROM document WHERE id = ?1) k "
				  "WHERE d.sort_date > k.sort_date OR (d.sort_date = k.sort_date AND d.id > k.id) "
				  "ORDER BY d.sort_date, d.id LIMIT 1",
		[STORE_BY_TITLE] = "SELECT d.id FROM document d, (SELECT title, id FROM document WHERE id = ?1) k "
				   "WHERE d.title > k.title COLLATE NOCASE OR "
				   "(d.title = k.title COLLATE NOCASE AND d.id > k.id) "
				   "ORDER BY d.title COLLATE NOCASE, d.id LIMIT 1",
		[STORE_BY_IMPORT] = "SELECT id FROM document WHERE id > ?1 ORDER BY id LIMIT 1",
	};
	static const char *const prev[] = {
		[STORE_BY_DATE] = "SELECT d.id FROM document d, (SELECT sort_date, id FROM document WHERE id = ?1) k "
				  "WHERE d.sort_date < k.sort_date OR (d.sort_date = k.sort_date AND d.id < k.id) "
				  "ORDER BY d.sort_date DESC, d.id DESC LIMIT 1",
		[STORE_BY_TITLE] = "SELECT d.id FROM document d, (SELECT title, id FROM document WHERE id = ?1) k "
				   "WHERE d.title < k.title COLLATE NOCASE OR "
				   "(d.title = k.title COLLATE NOCASE AND d.id < k.id) "
				   "ORDER BY d.title COLLATE NOCASE DESC, d.id DESC LIMIT 1",
		[STORE_BY_IMPORT] = "SELECT id FROM document WHERE id < ?1 ORDER BY id DESC LIMIT 1",
	};
	char *c = NULL;
	int64_t v = query_int(s, dir > 0 ? next[order] : prev[order], NULL, id, "moving between documents", &c);
	if (c) {
		*cause = c;
		return -1;
	}
	if (v < 0)
		return 1;
	*out = v;
	return 0;
}

int store_set_read_pos(struct store *s, int64_t id, size_t pos, char **cause)
{
	if (s->readonly)
		return 0; /* a read-only library is still readable; positions are not kept */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "UPDATE document SET read_pos = ?2, read_at = strftime('%Y-%m-%dT%H:%M:%f','now') "
			       "WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "saving the reading position");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)pos);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "saving the reading position");
		return -1;
	}
	return 0;
}

int64_t store_last_read(struct store *s)
{
	char *cause = NULL;
	int64_t id = query_int(s, "SELECT id FROM document WHERE read_at IS NOT NULL AND ?1 = ?1 "
				  "ORDER BY read_at DESC LIMIT 1",
			       NULL, 0, "finding the last document read", &cause);
	free(cause);
	return id < 0 ? 0 : id;
}

/* Replaces the parties of a role with the names in value (";"-separated). */
static int correct_parties(struct store *s, int64_t id, const char *role, const char *value, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "DELETE FROM party WHERE doc_id = ?1 AND role = ?2", -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "correcting parties");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "correcting parties");
		return -1;
	}
	struct strv names;
	strv_init(&names);
	char *copy = xstrdup(value ? value : "");
	for (char *tok = strtok(copy, ";"); tok; tok = strtok(NULL, ";"))
		if (*str_trim(tok))
			strv_push(&names, tok);
	free(copy);
	rc = put_parties(s, id, role, &names, NULL, cause);
	strv_free(&names);
	return rc;
}

/* Recomputes the document's people column and re-indexes it. */
static int refresh_people(struct store *s, int64_t id, char **cause)
{
	static const char *const sql =
		"UPDATE document SET people = coalesce((SELECT group_concat(p.name, '; ') FROM party pa "
		"JOIN person p ON p.id = pa.person_id WHERE pa.doc_id = ?1), '') WHERE id = ?1";
	if (run_id(s, ST_FTS_DELETE, id, "updating the index", cause) != 0)
		return -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "correcting");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "correcting");
		return -1;
	}
	return run_id(s, ST_FTS_INSERT, id, "updating the index", cause);
}

int store_correct(struct store *s, int64_t id, const char *field, const char *value, char **cause)
{
	int is_party = strcmp(field, "from") == 0 || strcmp(field, "to") == 0;
	if (!is_party && strcmp(field, "title") != 0 && strcmp(field, "date") != 0) {
		*cause = xasprintf("'%s' cannot be corrected (title, date, from, to can)", field);
		return -1;
	}
	if (store_begin(s, cause) != 0)
		return -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO correction(doc_id, field, value) VALUES (?1, ?2, ?3) "
			       "ON CONFLICT(doc_id, field) DO UPDATE SET value = excluded.value, "
			       "updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
			       -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "saving a correction");
		store_rollback(s);
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, field, -1, SQLITE_TRANSIENT);
	bind_text(st, 3, value);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "saving a correction");
		store_rollback(s);
		return -1;
	}
	if (is_party ? correct_parties(s, id, field, value, cause) != 0
		     : (run_id(s, ST_FTS_DELETE, id, "updating the index", cause) != 0 ||
			reapply_corrections(s, id, cause) != 0 ||
			run_id(s, ST_FTS_INSERT, id, "updating the index", cause) != 0)) {
		store_rollback(s);
		return -1;
	}
	if ((is_party && refresh_people(s, id, cause) != 0) || store_commit(s, cause) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int store_add_ref(struct store *s, int64_t doc_id, const struct ref_found *r, const char *phrase, char **cause)
{
	sqlite3_stmt *st = stmt(s, doc_id == s->new_doc ? ST_ADD_REF_NEW : ST_ADD_REF, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)r->start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)r->end);
	sqlite3_bind_text(st, 4, phrase, -1, SQLITE_STATIC);
	bind_text(st, 5, r->kind);
	bind_text(st, 6, r->date);
	bind_text(st, 7, r->number);
	sqlite3_bind_text(st, 8, ref_party_name(r->party), -1, SQLITE_STATIC);
	bind_text(st, 9, r->person);
	sqlite3_bind_int(st, 11, r->year_inferred);
	bind_text(st, 12, r->to_person);
	if (r->doc_n) {
		char key[48];
		snprintf(key, sizeof key, "#d%d", r->doc_n);
		sqlite3_bind_text(st, 10, key, -1, SQLITE_TRANSIENT);
	}
	return step_done(s, st, "adding a reference", cause);
}

#define REF_COLUMNS                                                                                       \
	"r.id, r.doc_id, r.span_start, r.span_end, r.phrase, r.kind, r.date, r.number, r.person, r.party, " \
	"r.target_key, r.target_id, r.score, r.candidates, r.origin, d.title, t.title, r.year_inferred, "    \
	"d.date, t.date, (SELECT path FROM source_path WHERE doc_id = d.id ORDER BY rowid LIMIT 1), "        \
	"(SELECT path FROM source_path WHERE doc_id = t.id ORDER BY rowid LIMIT 1), r.to_person "            \
	"FROM ref r JOIN document d ON d.id = r.doc_id LEFT JOIN document t ON t.id = r.target_id "


static int ref_rows(struct store *s, sqlite3_stmt *st, store_ref_fn fn, void *arg, char **cause)
{
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_ref r = {
			.id = sqlite3_column_int64(st, 0),
			.doc_id = sqlite3_column_int64(st, 1),
			.start = (size_t)sqlite3_column_int64(st, 2),
			.end = (size_t)sqlite3_column_int64(st, 3),
			.phrase = col_str(st, 4),
			.kind = col_str(st, 5),
			.date = col_str(st, 6),
			.number = col_str(st, 7),
			.person = col_str(st, 8),
			.party = col_str(st, 9),
			.target_key = col_str(st, 10),
			.target = sqlite3_column_int64(st, 11),
			.score = sqlite3_column_double(st, 12),
			.candidates = col_str(st, 13),
			.origin = col_str(st, 14),
			.doc_title = col_str(st, 15),
			.target_title = col_str(st, 16),
			.year_inferred = sqlite3_column_int(st, 17),
			.doc_date = col_str(st, 18),
			.target_date = col_str(st, 19),
			.doc_path = col_str(st, 20),
			.target_path = col_str(st, 21),
			.to_person = col_str(st, 22),
		};
		stop = fn(&r, arg);
	}
	return rows_done(s, st, rc, stop, "reading references", cause);
}

int store_refs(struct store *s, int64_t doc_id, int dir, store_ref_fn fn, void *arg, char **cause)
{
	const char *sql = doc_id == 0 ? "SELECT " REF_COLUMNS "WHERE ?1 = ?1 ORDER BY r.doc_id, r.span_start"
			  : dir >= 0  ? "SELECT " REF_COLUMNS "WHERE r.doc_id = ?1 ORDER BY r.span_start"
				      : "SELECT " REF_COLUMNS "WHERE r.target_id = ?1 AND r.origin <> 'dismissed' "
					"ORDER BY d.sort_date, d.id, r.span_start";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "reading references");
		return -1;
	}
	sqlite3_bind_int64(st, 1, doc_id);
	return ref_rows(s, st, fn, arg, cause);
}

int store_refs_pending(struct store *s, int64_t after, size_t limit, int dated_kinds, store_ref_fn fn, void *arg,
		       char **cause)
{
	/* No titles: a join into the documents' rows for each of 650,000
	 * references would read the library from disk at random. The "+"
	 * keeps SQLite walking the table in id order: with the indexes it
	 * would collect and sort every remaining reference for each page. */
	static const char *const sql =
		"SELECT r.id, r.doc_id, r.span_start, r.span_end, r.phrase, r.kind, r.date, r.number, r.person, "
		"r.party, r.target_key, r.target_id, r.score, r.candidates, r.origin, NULL, NULL, r.year_inferred, "
		"NULL, NULL, NULL, NULL, r.to_person "
		"FROM ref r WHERE r.id > ?1 AND r.origin = 'auto' AND (+r.target_id IS NULL "
		"OR +r.doc_id IN (SELECT id FROM temp.changed_doc)) AND (?3 = 0 OR (r.number IS NULL AND "
		"r.target_key IS NULL AND r.kind IS NOT NULL AND length(r.date) = 10)) ORDER BY r.id LIMIT ?2";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "reading references");
		return -1;
	}
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	sqlite3_bind_int(st, 3, dated_kinds);
	return ref_rows(s, st, fn, arg, cause);
}

/* Splits a comma-separated list of ids. */
static size_t parse_ids(const char *csv, int64_t **out)
{
	size_t n = 0;
	*out = NULL;
	for (const char *p = csv; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p)
			break;
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = v;
		p = *end == ',' ? end + 1 : end;
	}
	return n;
}

/* The documents of a filter (see store_key_filter), as a condition on d,
 * each term one an index answers; and its parameters, from ?1. A number
 * takes in its series' ("408" finds "408/sh"); with no volume named, the
 * citing document's own is (a TEI "#d15"). */
#define KEY_FILTER                                                                                 \
	"(d.id = ?1 OR d.number = ?2 OR (d.number >= ?2 || '/' AND d.number < ?2 || '0') OR d.date IN (?3, ?4, ?5) OR (d.date >= ?6 AND d.date < ?6 || '~') " \
	"OR d.volume_id = coalesce(?7, (SELECT volume_id FROM document WHERE id = ?1)))"

static void bind_key_filter(sqlite3_stmt *st, const struct store_key_filter *f)
{
	sqlite3_bind_int64(st, 1, f->doc_id);
	bind_text(st, 2, f->number);
	for (int i = 0; i < 3; i++)
		bind_text(st, 3 + i, f->days[i]);
	bind_text(st, 6, f->month);
	bind_text(st, 7, f->volume_id);
}

/* Prepares the whole-library or the filtered form of a query. */
static sqlite3_stmt *prepare_filtered(struct store *s, const char *all, const char *filtered,
				      const struct store_key_filter *f, const char *what, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, f ? filtered : all, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, what);
		return NULL;
	}
	if (f)
		bind_key_filter(st, f);
	return st;
}

int store_doc_keys(struct store *s, const struct store_key_filter *filter, store_key_fn fn, void *arg,
		   char **cause)
{
#define KEY_SELECT                                                                          \
	"SELECT d.id, d.date, d.kind, d.number, d.volume_id, d.xml_id, d.doc_n, "             \
	"(SELECT group_concat(person_id) FROM party WHERE doc_id = d.id AND role = 'from'), " \
	"(SELECT group_concat(person_id) FROM party WHERE doc_id = d.id AND role = 'to') "    \
	"FROM document d"
	sqlite3_stmt *st = prepare_filtered(s, KEY_SELECT, KEY_SELECT " WHERE " KEY_FILTER, filter,
					    "reading documents", cause);
#undef KEY_SELECT
	if (st == NULL)
		return -1;
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t *from, *to;
		size_t nfrom = parse_ids(col_str(st, 7), &from), nto = parse_ids(col_str(st, 8), &to);
		struct store_doc_key k = { sqlite3_column_int64(st, 0), col_str(st, 1), col_str(st, 2), col_str(st, 3),
					   col_str(st, 4), col_str(st, 5), col_str(st, 6), from, to, nfrom, nto };
		stop = fn(&k, arg);
		free(from);
		free(to);
	}
	return rows_done(s, st, rc, stop, "reading documents", cause);
}

int store_ref_kinds(struct store *s, const struct store_key_filter *filter, store_ref_kind_fn fn, void *arg,
		    char **cause)
{
	/* Bare documents are few; each is looked up in the references' target
	 * index. Dismissed references say nothing; a reader's link does. */
#define KIND_SELECT(nokind)                                                                      \
	"SELECT r.target_id, r.kind FROM document d JOIN ref r ON r.target_id = d.id "           \
	"WHERE " nokind " AND r.kind IS NOT NULL AND r.origin <> 'dismissed'"
	/* Filtered, the filter's indexes find the few documents ("+": not
	 * every bare one of the library through the index of kinds). */
	sqlite3_stmt *st = prepare_filtered(s, KIND_SELECT("d.kind IS NULL"),
					    KIND_SELECT("+d.kind IS NULL") " AND " KEY_FILTER, filter,
					    "reading references", cause);
#undef KIND_SELECT
	if (st == NULL)
		return -1;
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(sqlite3_column_int64(st, 0), col_str(st, 1), arg);
	return rows_done(s, st, rc, stop, "reading references", cause);
}

int store_ref_resolved(struct store *s, int64_t ref_id, int64_t target, double score, const char *candidates,
		       char **cause)
{
	sqlite3_stmt *st = stmt(s, ST_REF_RESOLVED, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (target)
		sqlite3_bind_int64(st, 2, target);
	sqlite3_bind_double(st, 3, score);
	sqlite3_bind_text(st, 4, candidates ? candidates : "", -1, SQLITE_TRANSIENT);
	return step_done(s, st, "resolving a reference", cause);
}

int store_refs_settled(struct store *s, char **cause)
{
	return exec(s, "DELETE FROM temp.changed_doc", "settling references", cause);
}

int store_ref_choose(struct store *s, int64_t ref_id, int64_t target, char **cause)
{
	static const char *const sql =
		"UPDATE ref SET target_id = ?2, origin = CASE WHEN ?2 IS NULL THEN 'dismissed' ELSE 'manual' END, "
		"score = 1 WHERE id = ?1";
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; linking needs write access", s->path);
		return -1;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "linking");
		return -1;
	}
	sqlite3_bind_int64(st, 1, ref_id);
	if (target)
		sqlite3_bind_int64(st, 2, target);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || sqlite3_changes(s->db) != 1) {
		*cause = rc != SQLITE_DONE ? db_cause(s, "linking") : xasprintf("no reference %lld", (long long)ref_id);
		return -1;
	}
	return 0;
}

int64_t store_person_id_loose(struct store *s, const char *name)
{
	int64_t id = store_person_id(s, name);
	/* A word of three letters at least: "Li" or "Kim" alone names no one
	 * in particular (and more than one matches anyway). */
	if (id || name == NULL || strlen(name) < 3 || strchr(name, '%') || strchr(name, '_'))
		return id;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT DISTINCT person_id FROM alias WHERE name LIKE ?1 || ' %' "
			       "OR name LIKE '% ' || ?1 OR name LIKE '% ' || ?1 || ' %' LIMIT 2",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		n++;
	}
	sqlite3_finalize(st);
	return n == 1 ? id : 0;
}

int64_t store_person_id(struct store *s, const char *name)
{
	int64_t id = 0;
	char *cause = NULL;
	if (lookup_id(s, ST_ALIAS_GET, name, &id, &cause) != 1)
		id = 0;
	free(cause);
	return id;
}

int64_t store_page_doc(struct store *s, const char *volume, const char *n)
{
	static const char *const sql =
		"SELECT p.doc_id FROM page p JOIN document d ON d.id = p.doc_id "
		"WHERE p.n = ?2 AND (?1 IS NULL OR d.volume_id = ?1) ORDER BY p.pos, p.doc_id LIMIT 1";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	bind_text(st, 1, volume);
	sqlite3_bind_text(st, 2, n, -1, SQLITE_TRANSIENT);
	int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return id;
}

int64_t store_ref_add_manual(struct store *s, int64_t doc_id, size_t start, size_t end, int64_t target,
			     char **cause)
{
	static const char *const sql =
		"INSERT INTO ref(doc_id, span_start, span_end, phrase, target_id, score, origin) "
		"SELECT ?1, ?2, ?3, substr(CAST(body AS BLOB), ?2 + 1, ?3 - ?2), ?4, 1, 'manual' "
		"FROM document WHERE id = ?1 AND ?3 > ?2 AND ?3 <= length(CAST(body AS BLOB))";
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; linking needs write access", s->path);
		return -1;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "linking");
		return -1;
	}
	sqlite3_bind_int64(st, 1, doc_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
	sqlite3_bind_int64(st, 4, target);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_cause(s, "linking");
		return -1;
	}
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no passage %zu-%zu in document %lld", start, end, (long long)doc_id);
		return -1;
	}
	return sqlite3_last_insert_rowid(s->db);
}

/* A version 4 UUID from /dev/urandom (or the clock, if that fails). */
static void make_uuid(char out[37])
{
	unsigned char b[16];
	FILE *f = fopen("/dev/urandom", "rb");
	size_t n = f ? fread(b, 1, sizeof b, f) : 0;
	if (f)
		fclose(f);
	if (n != sizeof b) {
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		uint64_t h = hash_fnv1a64(&t, sizeof t) ^ (uint64_t)getpid();
		memcpy(b, &h, 8);
		h = hash_fnv1a64(&h, 8);
		memcpy(b + 8, &h, 8);
	}
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2],
		 b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* Runs a prepared one-shot statement to completion. */
static int finish(struct store *s, sqlite3_stmt *st, const char *what, char **cause)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = db_cause(s, what);
		return -1;
	}
	return 0;
}

static sqlite3_stmt *prepare(struct store *s, const char *sql, const char *what, char **cause)
{
	sqlite3_stmt *st;
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; %s needs write access", s->path, what);
		return NULL;
	}
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, what);
		return NULL;
	}
	return st;
}

int store_ref_automatic(struct store *s, int64_t ref_id, int *removed, char **cause)
{
	/* Detection leaves something parsed; a link made by hand has none. */
	static const char *const del =
		"DELETE FROM ref WHERE id = ?1 AND origin = 'manual' AND kind IS NULL AND date IS NULL "
		"AND number IS NULL AND target_key IS NULL AND person IS NULL";
	static const char *const reset =
		"UPDATE ref SET origin = 'auto', target_id = NULL, score = 0, candidates = '' WHERE id = ?1";
	*removed = 0;
	sqlite3_stmt *st = prepare(s, del, "unlinking", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (finish(s, st, "unlinking", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 1) {
		*removed = 1;
		return 0;
	}
	if ((st = prepare(s, reset, "unlinking", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (finish(s, st, "unlinking", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no reference %lld", (long long)ref_id);
		return -1;
	}
	return 0;
}

int store_annotation_add(struct store *s, const struct store_annotation *a, int64_t *id, int *added,
			 char **cause)
{
	char uuid[37];
	if (a->uuid && *a->uuid)
		snprintf(uuid, sizeof uuid, "%s", a->uuid);
	else
		make_uuid(uuid);
	*added = 0;
	int64_t known = query_int(s, "SELECT id FROM annotation WHERE uuid = ?1", uuid, 0, "finding a note", cause);
	if (known > 0) {
		*id = known;
		return 0;
	}
	sqlite3_stmt *st = prepare(s,
				   "INSERT INTO annotation(doc_id, span_start, span_end, quote, prefix, suffix, body, tags, "
				   "orphaned, uuid, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
				   "coalesce(?11, strftime('%Y-%m-%dT%H:%M:%SZ','now')), "
				   "coalesce(?12, ?11, strftime('%Y-%m-%dT%H:%M:%SZ','now')))",
				   "annotating", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, a->doc_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)a->start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)a->end);
	sqlite3_bind_text(st, 4, a->quote ? a->quote : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, a->prefix ? a->prefix : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, a->suffix ? a->suffix : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, a->text ? a->text : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, a->tags ? a->tags : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 9, a->orphaned);
	sqlite3_bind_text(st, 10, uuid, -1, SQLITE_TRANSIENT);
	bind_text(st, 11, a->created);
	bind_text(st, 12, a->updated);
	if (finish(s, st, "annotating", cause) != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(s->db);
	*added = 1;
	return 0;
}

int store_annotation_update(struct store *s, int64_t id, const char *text, const char *tags, char **cause)
{
	sqlite3_stmt *st = prepare(s,
				   "UPDATE annotation SET body = coalesce(?2, body), tags = coalesce(?3, tags), "
				   "updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1",
				   "editing a note", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (text)
		sqlite3_bind_text(st, 2, text, -1, SQLITE_TRANSIENT);
	if (tags)
		sqlite3_bind_text(st, 3, tags, -1, SQLITE_TRANSIENT);
	if (finish(s, st, "editing a note", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no note %lld (see dossier notes)", (long long)id);
		return -1;
	}
	return 0;
}

int store_annotation_move(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			  const char *prefix, const char *suffix, int orphaned, char **cause)
{
	sqlite3_stmt *st = prepare(s,
				   "UPDATE annotation SET span_start = ?2, span_end = ?3, quote = coalesce(?4, quote), "
				   "prefix = coalesce(?5, prefix), suffix = coalesce(?6, suffix), orphaned = ?7 "
				   "WHERE id = ?1",
				   "moving a note", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
	bind_text(st, 4, quote);
	bind_text(st, 5, prefix);
	bind_text(st, 6, suffix);
	sqlite3_bind_int(st, 7, orphaned);
	return finish(s, st, "moving a note", cause);
}

int store_annotation_delete(struct store *s, int64_t id, char **cause)
{
	sqlite3_stmt *st = prepare(s, "DELETE FROM annotation WHERE id = ?1", "deleting a note", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (finish(s, st, "deleting a note", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no note %lld (see dossier notes)", (long long)id);
		return -1;
	}
	return 0;
}

int store_annotations(struct store *s, int64_t doc, const char *tag, const char *words,
		      enum store_annotation_order order, store_annotation_fn fn, void *arg, char **cause)
{
	char *fts = NULL;
	if (words && *words && (fts = query_to_fts(words, cause)) == NULL)
		return -1;
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT a.id, a.doc_id, a.span_start, a.span_end, a.quote, a.prefix, a.suffix, a.body, a.tags, "
		       "a.uuid, a.created, a.updated, a.orphaned, d.title, d.date, d.source "
		       "FROM annotation a JOIN document d ON d.id = a.doc_id WHERE (?1 = 0 OR a.doc_id = ?1) "
		       "AND (?2 IS NULL OR ' ' || a.tags || ' ' LIKE '% ' || ?2 || ' %') "
		       "AND (?3 IS NULL OR a.id IN (SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?3))");
	buf_adds(&sql, order == STORE_BY_DOCUMENT ? " ORDER BY d.sort_date, d.id, a.span_start, a.id"
						  : " ORDER BY a.created DESC, a.id DESC");
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "reading notes");
		buf_free(&sql);
		free(fts);
		return -1;
	}
	buf_free(&sql);
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, tag);
	bind_text(st, 3, fts);
	free(fts);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_annotation a = {
			.id = sqlite3_column_int64(st, 0),
			.doc_id = sqlite3_column_int64(st, 1),
			.start = (size_t)sqlite3_column_int64(st, 2),
			.end = (size_t)sqlite3_column_int64(st, 3),
			.quote = col_str(st, 4),
			.prefix = col_str(st, 5),
			.suffix = col_str(st, 6),
			.text = col_str(st, 7),
			.tags = col_str(st, 8),
			.uuid = col_str(st, 9),
			.created = col_str(st, 10),
			.updated = col_str(st, 11),
			.orphaned = sqlite3_column_int(st, 12),
			.doc_title = col_str(st, 13),
			.doc_date = col_str(st, 14),
			.doc_source = col_str(st, 15),
		};
		stop = fn(&a, arg);
	}
	return rows_done(s, st, rc, stop, "reading notes", cause);
}

char *store_doc_hash(struct store *s, int64_t id)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT hash FROM document WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	char *h = sqlite3_step(st) == SQLITE_ROW ? col_text(st, 0) : NULL;
	sqlite3_finalize(st);
	return h;
}

int64_t store_doc_find(struct store *s, const char *hash, const char *path)
{
	int64_t id = 0;
	char *cause = NULL;
	if ((hash == NULL || lookup_id(s, ST_BY_HASH, hash, &id, &cause) != 1) &&
	    (path == NULL || lookup_id(s, ST_BY_PATH, path, &id, &cause) != 1))
		id = 0;
	free(cause);
	return id;
}

int store_put_gloss(struct store *s, const char *volume, const struct doc_gloss *g, size_t n, char **cause)
{
	sqlite3_stmt *st = prepare(s, "DELETE FROM gloss WHERE volume_id = ?1", "recording a glossary", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, volume, -1, SQLITE_TRANSIENT);
	if (finish(s, st, "recording a glossary", cause) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (g[i].id == NULL || g[i].term == NULL)
			continue;
		st = prepare(s,
			     "INSERT OR REPLACE INTO gloss(volume_id, xml_id, kind, term, gloss) VALUES (?1, ?2, ?3, ?4, ?5)",
			     "recording a glossary", cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, volume, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, g[i].id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, g[i].kind && strcmp(g[i].kind, "term") == 0 ? "term" : "person", -1,
				  SQLITE_STATIC);
		sqlite3_bind_text(st, 4, g[i].term, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, g[i].gloss ? g[i].gloss : "", -1, SQLITE_TRANSIENT);
		if (finish(s, st, "recording a glossary", cause) != 0)
			return -1;
	}
	return 0;
}

/* ---- marks: m + letter remembers a place, ' + letter returns ---- */

int store_mark_set(struct store *s, char letter, int64_t doc, size_t pos, char **cause)
{
	sqlite3_stmt *st = prepare(s, "INSERT OR REPLACE INTO mark(letter, doc_id, pos) VALUES (?1, ?2, ?3)",
				   "setting a mark", cause);
	if (st == NULL)
		return -1;
	char l[2] = { letter, '\0' };
	sqlite3_bind_text(st, 1, l, 1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, doc);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)pos);
	return finish(s, st, "setting a mark", cause);
}

int store_mark_delete(struct store *s, char letter, char **cause)
{
	sqlite3_stmt *st = prepare(s, "DELETE FROM mark WHERE letter = ?1", "removing a mark", cause);
	if (st == NULL)
		return -1;
	char l[2] = { letter, '\0' };
	sqlite3_bind_text(st, 1, l, 1, SQLITE_TRANSIENT);
	return finish(s, st, "removing a mark", cause);
}

int store_marks(struct store *s, store_mark_fn fn, void *arg, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT m.letter, m.doc_id, m.pos, d.title, d.date, "
			       "(SELECT path FROM source_path p WHERE p.doc_id = d.id LIMIT 1) FROM mark m "
			       "JOIN document d ON d.id = m.doc_id ORDER BY m.letter",
			       -1, &st, NULL) != SQLITE_OK) {
		*cause = db_cause(s, "reading marks");
		return -1;
	}
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *l = col_str(st, 0);
		struct store_mark m = {
			.letter = l ? l[0] : '?',
			.doc_id = sqlite3_column_int64(st, 1),
			.pos = (size_t)sqlite3_column_int64(st, 2),
			.doc_title = col_str(st, 3),
			.doc_date = col_str(st, 4),
			.doc_path = col_str(st, 5),
		};
		stop = fn(&m, arg);
	}
	return rows_done(s, st, rc, stop, "reading marks", cause);
}

int64_t store_data_version(struct store *s)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}
