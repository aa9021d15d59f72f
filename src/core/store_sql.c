/* store_sql.c: what every part of the store shares: the prepared-statement
 * cache (one enum, prepared once a connection) and the small steps of
 * running SQL, each returning 0 / -1 with a message the user can act on. */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const stmt_sql[ST_COUNT_MAX] = {
	[ST_BY_HASH] = "SELECT id FROM document WHERE hash = ?1",
	[ST_BY_PATH] = "SELECT doc_id FROM source_path WHERE path = ?1",
	[ST_ADD_PATH] = "INSERT INTO source_path(path, doc_id) VALUES (?1, ?2) "
			"ON CONFLICT(path) DO UPDATE SET doc_id = excluded.doc_id",
	[ST_INSERT_DOC] = "INSERT INTO document(hash, format, title, date, date_text, sort_date, "
			  "kind, number, summary, source, language, translator, record_id, url, "
			  "people, body, volume_id, doc_n, xml_id, place, sources) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
			  "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
	[ST_UPDATE_DOC] = "UPDATE document SET hash = ?1, format = ?2, title = ?3, date = ?4, "
			  "date_text = ?5, sort_date = ?6, kind = ?7, number = ?8, summary = ?9, "
			  "source = ?10, language = ?11, translator = ?12, record_id = ?13, url = ?14, "
			  "people = ?15, body = ?16, volume_id = ?17, doc_n = ?18, xml_id = ?19, place = ?20, "
			  "sources = ?21, "
			  "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?22",
	[ST_FTS_INSERT] = "INSERT INTO document_fts(rowid, title, people, summary, body) "
			  "SELECT id, title, people, summary, body FROM document WHERE id = ?1",
	[ST_FTS_DELETE] = "INSERT INTO document_fts(document_fts, rowid, title, people, summary, body) "
			  "SELECT 'delete', id, title, people, summary, body FROM document WHERE id = ?1",
	[ST_DEL_NOTES] = "DELETE FROM note WHERE doc_id = ?1",
	[ST_DEL_PARTIES] = "DELETE FROM party WHERE doc_id = ?1",
	[ST_INSERT_NOTE] = "INSERT INTO note(doc_id, span_start, span_end, kind, text) "
			   "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_INSERT_PARTY] = "INSERT OR IGNORE INTO party(doc_id, role, seq, person_id, printed, office) "
			    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_ALIAS_GET] = "SELECT person_id FROM alias WHERE name = ?1",
	[ST_ALIAS_CLAIMABLE] = "SELECT 1 FROM person p WHERE p.id = ?1 AND p.name = ?2 AND NOT EXISTS (SELECT 1 FROM alias a "
			       "WHERE a.person_id = ?1 AND (a.name <> p.name OR a.origin <> 'auto'))",
	[ST_ALIAS_ENDING] = "SELECT person_id, name FROM alias "
			    "WHERE substr(name, -length(?1) - 1) = ' ' || ?1 COLLATE NOCASE",
	[ST_PERSON_INSERT] = "INSERT INTO person(name) VALUES (?1) "
			     "ON CONFLICT(name) DO UPDATE SET name = name RETURNING id",
	[ST_ALIAS_INSERT] = "INSERT OR IGNORE INTO alias(name, person_id) VALUES (?1, ?2)",
	[ST_ADD_REF] = "INSERT INTO ref(doc_id, span_start, span_end, phrase, kind, date, number, party, person, "
		       "target_key, year_inferred, to_person, by_editor) "
		       "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13 "
		       "WHERE NOT EXISTS "
		       "(SELECT 1 FROM ref WHERE doc_id = ?1 AND span_start = ?2 AND span_end = ?3 AND origin <> 'auto')",
	/* A document put new in this transaction has no reader's links to
	 * keep: a plain insert, without the check or a statement journal. */
	[ST_ADD_REF_NEW] = "INSERT INTO ref(doc_id, span_start, span_end, phrase, kind, date, number, party, person, "
			   "target_key, year_inferred, to_person, by_editor) "
			   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[ST_REF_RESOLVED] = "UPDATE ref SET target_id = ?2, score = ?3, candidates = ?4 WHERE id = ?1 AND origin = 'auto'",
	[ST_ALIAS_PRUNE] = "DELETE FROM alias WHERE person_id = ?1 AND origin = 'auto' AND name LIKE '% ' || ?2 "
			   "AND name NOT IN (SELECT name FROM person)",
	[ST_PRINTED_PRUNE] = "UPDATE party SET printed = ?2 WHERE person_id = ?1 AND printed LIKE '% ' || ?2",
	[ST_CORRECTIONS] = "SELECT field, value FROM correction WHERE doc_id = ?1",
	/* typeof() reads no more than the row's header: the body itself is
	 * read by store_doc_get straight into its buffer */
	[ST_GET_DOC] = "SELECT " DOC_COLUMNS ", typeof(d.body) FROM document d WHERE d.id = ?1",
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
	/* The arrays of store_order.c, if they are up to date. */
	[ST_ORDER_ROW] = "SELECT data FROM doc_order WHERE id = ?1 AND "
			 "(SELECT value FROM stats WHERE key = 'order_built') = "
			 "(SELECT value FROM stats WHERE key = 'order_changes')",
	[ST_LIST_DOC] = "SELECT " DOC_COLUMNS " FROM document d WHERE d.id = ?1",
	[ST_LIST_BRIEF] = "SELECT " DOC_BRIEF_COLUMNS " FROM document d WHERE d.id = ?1",
	[ST_DOC_HEADING] = "SELECT title, date FROM document WHERE id = ?1",
	/* asked before every cached read (store_order.c): kept prepared */
	[ST_DATA_VERSION] = "PRAGMA data_version",
	[ST_RANK_GET] = "SELECT df, avgdl, floor, data FROM term_rank WHERE term = ?1",
	[ST_RANK_PUT] = "INSERT INTO term_rank(term, df, avgdl, floor, data) VALUES (?1, ?2, ?3, ?4, ?5) "
			"ON CONFLICT(term) DO UPDATE SET df = excluded.df, avgdl = excluded.avgdl, "
			"floor = excluded.floor, data = excluded.data",
	[ST_RANK_COUNT] = "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?1 AND rowid < ?2",
	[ST_RANK_DELETE] = "DELETE FROM term_rank WHERE term = ?1",
	[ST_RANK_FILL] = "SELECT rowid, dossier_tf(document_fts) FROM document_fts "
			 "WHERE document_fts MATCH ?1 AND rowid < ?2",
	/* FTS5's record of its rows and tokens per column */
	[ST_FTS_TOTALS] = "SELECT block FROM document_fts_data WHERE id = 1",
	[ST_RANK_VALID] = "SELECT value FROM stats WHERE key = 'rank_valid'",
	[ST_DOC_TEXT] = "SELECT title, people, summary, body FROM document WHERE id = ?1",
	[ST_PUT_VOLUME] = "INSERT INTO volume(id, title) VALUES (?1, coalesce(?2, '')) "
			  "ON CONFLICT(id) DO UPDATE SET title = coalesce(?2, title)",
};

char *sql_cause(struct store *s, const char *what)
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
int sql_rows_done(struct store *s, sqlite3_stmt *st, int rc, int stop, const char *what, char **cause)
{
	int failed = !stop && rc != SQLITE_DONE;
	if (failed)
		*cause = sql_cause(s, what);
	sqlite3_finalize(st);
	return failed ? -1 : 0;
}

sqlite3_stmt *sql_stmt(struct store *s, enum stmt_id id, char **cause)
{
	if (s->stmts[id] == NULL &&
	    sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s->stmts[id], NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "preparing a query");
		return NULL;
	}
	sqlite3_reset(s->stmts[id]);
	sqlite3_clear_bindings(s->stmts[id]);
	return s->stmts[id];
}

sqlite3_stmt *sql_stmt_kept(struct store *s, enum stmt_id id, const char *sql, const char *what, char **cause)
{
	sqlite3_stmt *st = s->stmts[id];
	if (st && !sqlite3_stmt_busy(st))
		return st; /* reset when its rows were read */
	if (st == NULL && sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->stmts[id], NULL) == SQLITE_OK)
		return s->stmts[id];
	/* In use: one of its own (or, failing the one kept, one more try). */
	st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

int sql_rows_release(struct store *s, enum stmt_id id, sqlite3_stmt *st, int rc, int stop, const char *what,
		     char **cause)
{
	if (st != s->stmts[id])
		return sql_rows_done(s, st, rc, stop, what, cause);
	int failed = !stop && rc != SQLITE_DONE;
	if (failed)
		*cause = sql_cause(s, what);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return failed ? -1 : 0;
}

int sql_exec(struct store *s, const char *sql, const char *what, char **cause)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
		return -1;
	}
	return 0;
}

/* bind_text for a value that outlives the statement's step (no copy). */
void sql_bind_kept(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Runs a cached statement that takes no parameters and returns no rows. */
int sql_run_stmt(struct store *s, enum stmt_id sid, const char *what, char **cause)
{
	char *ignored = NULL;
	sqlite3_stmt *st = sql_stmt(s, sid, cause ? cause : &ignored);
	int rc = st ? sql_step_done(s, st, what, cause ? cause : &ignored) : -1;
	free(ignored);
	return rc;
}

/* Binds a string, or NULL for a NULL or empty one. */
void sql_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

int sql_step_done(struct store *s, sqlite3_stmt *st, const char *what, char **cause)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = sql_cause(s, what);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

/* Looks up an id with a one-text-parameter query: 1 found, 0 not, -1 error. */
int sql_lookup_id(struct store *s, enum stmt_id id, const char *key, int64_t *out, char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, id, cause);
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
		*cause = sql_cause(s, "looking up");
		return -1;
	}
	return 0;
}

int sql_run_id(struct store *s, enum stmt_id sid, int64_t id, const char *what, char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, sid, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return sql_step_done(s, st, what, cause);
}

const char *sql_col_str(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

char *sql_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

void sql_split_names(struct strv *v, const unsigned char *joined)
{
	sql_split_parties(v, NULL, joined);
}

void sql_split_parties(struct strv *v, struct strv *offices, const unsigned char *joined)
{
	if (joined == NULL)
		return;
	const char *p = (const char *)joined;
	for (;;) {
		const char *sep = strchr(p, '\x1f');
		size_t n = sep ? (size_t)(sep - p) : strlen(p);
		const char *rs = memchr(p, '\x1e', n);
		strv_push_owned(v, xstrndup(p, rs ? (size_t)(rs - p) : n));
		if (offices != NULL)
			strv_push_owned(offices, rs ? xstrndup(rs + 1, n - (size_t)(rs + 1 - p)) : xstrdup(""));
		if (sep == NULL)
			return;
		p = sep + 1;
	}
}

/* Runs a query that yields one integer; -1 with *cause on error. */
int64_t sql_query_int(struct store *s, const char *sql, const char *text, int64_t a, const char *what,
			 char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
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
		*cause = strstr(msg, "fts5") ? xasprintf("malformed filter: %s", msg) : sql_cause(s, what);
	}
	sqlite3_finalize(st);
	return v;
}

/* Runs a prepared one-shot statement to completion. */
int sql_finish(struct store *s, sqlite3_stmt *st, const char *what, char **cause)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = sql_cause(s, what);
		return -1;
	}
	return 0;
}

sqlite3_stmt *sql_prepare(struct store *s, const char *sql, const char *what, char **cause)
{
	sqlite3_stmt *st;
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; %s needs write access", s->path, what);
		return NULL;
	}
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
		return NULL;
	}
	return st;
}

sqlite3_stmt *sql_prepare_read(struct store *s, const char *sql, const char *what, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
		return NULL;
	}
	return st;
}

int64_t store_data_version(struct store *s)
{
	char *cause = NULL;
	sqlite3_stmt *st = sql_stmt(s, ST_DATA_VERSION, &cause);
	if (st == NULL) {
		free(cause);
		return -1;
	}
	int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return v;
}

int sql_user_version(struct store *s, int *v, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "reading the schema version");
		return -1;
	}
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*cause = sql_cause(s, "reading the schema version");
		sqlite3_finalize(st);
		return -1;
	}
	*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return 0;
}

char *sql_like_escape(const char *v)
{
	struct buf b;
	buf_init(&b);
	for (; *v; v++) {
		if (*v == '%' || *v == '_' || *v == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *v);
	}
	return buf_detach(&b);
}

void sql_bind_like(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, sql_like_escape(v), -1, free);
}
