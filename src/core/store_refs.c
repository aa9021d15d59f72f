/* store_refs.c: references between documents: detected ones, what
 * resolution found, the reader's own links and choices, and the keys
 * resolution reads. */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/refs.h"

int store_add_ref(struct store *s, int64_t doc_id, const struct ref_found *r, const char *phrase, char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, doc_id == s->new_doc ? ST_ADD_REF_NEW : ST_ADD_REF, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)r->start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)r->end);
	sqlite3_bind_text(st, 4, phrase, -1, SQLITE_STATIC);
	sql_bind_text(st, 5, r->kind);
	sql_bind_text(st, 6, r->date);
	sql_bind_text(st, 7, r->number);
	sqlite3_bind_text(st, 8, ref_party_name(r->party), -1, SQLITE_STATIC);
	sql_bind_text(st, 9, r->person);
	sqlite3_bind_int(st, 11, r->year_inferred);
	sql_bind_text(st, 12, r->to_person);
	sqlite3_bind_int(st, 13, r->by_editor != 0);
	/* "Document 123", "p. 211": the paper of the citing volume it names. */
	char key[48];
	if (r->doc_n)
		snprintf(key, sizeof key, "#d%d", r->doc_n);
	else if (r->page[0])
		snprintf(key, sizeof key, "#pg_%s", r->page);
	if (r->doc_n || r->page[0])
		sqlite3_bind_text(st, 10, key, -1, SQLITE_TRANSIENT);
	return sql_step_done(s, st, "adding a reference", cause);
}

#define REF_COLUMNS                                                                                       \
	"r.id, r.doc_id, r.span_start, r.span_end, r.phrase, r.kind, r.date, r.number, r.person, r.party, " \
	"r.target_key, r.target_id, r.score, r.candidates, r.origin, d.title, t.title, r.year_inferred, "    \
	"d.date, t.date, (SELECT path FROM source_path WHERE doc_id = d.id ORDER BY rowid LIMIT 1), "        \
	"(SELECT path FROM source_path WHERE doc_id = t.id ORDER BY rowid LIMIT 1), r.to_person, "           \
	"r.by_editor "                                                                                        \
	"FROM ref r JOIN document d ON d.id = r.doc_id LEFT JOIN document t ON t.id = r.target_id "

/* The rows of st, a statement kept for kept (ST_COUNT_MAX: of one use). */
static int ref_rows(struct store *s, sqlite3_stmt *st, enum stmt_id kept, store_ref_fn fn, void *arg, char **cause)
{
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_ref r = {
			.id = sqlite3_column_int64(st, 0),
			.doc_id = sqlite3_column_int64(st, 1),
			.start = (size_t)sqlite3_column_int64(st, 2),
			.end = (size_t)sqlite3_column_int64(st, 3),
			.phrase = sql_col_str(st, 4),
			.kind = sql_col_str(st, 5),
			.date = sql_col_str(st, 6),
			.number = sql_col_str(st, 7),
			.person = sql_col_str(st, 8),
			.party = sql_col_str(st, 9),
			.target_key = sql_col_str(st, 10),
			.target = sqlite3_column_int64(st, 11),
			.score = sqlite3_column_double(st, 12),
			.candidates = sql_col_str(st, 13),
			.origin = sql_col_str(st, 14),
			.doc_title = sql_col_str(st, 15),
			.target_title = sql_col_str(st, 16),
			.year_inferred = sqlite3_column_int(st, 17),
			.doc_date = sql_col_str(st, 18),
			.target_date = sql_col_str(st, 19),
			.doc_path = sql_col_str(st, 20),
			.target_path = sql_col_str(st, 21),
			.to_person = sql_col_str(st, 22),
			.by_editor = sqlite3_column_int(st, 23),
		};
		stop = fn(&r, arg);
	}
	if (kept != ST_COUNT_MAX)
		return sql_rows_release(s, kept, st, rc, stop, "reading references", cause);
	return sql_rows_done(s, st, rc, stop, "reading references", cause);
}

int store_refs(struct store *s, int64_t doc_id, int dir, store_ref_fn fn, void *arg, char **cause)
{
	const char *sql = doc_id == 0 ? "SELECT " REF_COLUMNS "WHERE ?1 = ?1 ORDER BY r.doc_id, r.span_start"
			  : dir >= 0  ? "SELECT " REF_COLUMNS "WHERE r.doc_id = ?1 ORDER BY r.span_start"
				      : "SELECT " REF_COLUMNS "WHERE r.target_id = ?1 AND r.origin <> 'dismissed' "
					"ORDER BY d.sort_date, d.id, r.span_start";
	/* A document's, either way, at every document the reader opens. */
	enum stmt_id kept = doc_id == 0 ? ST_COUNT_MAX : dir >= 0 ? ST_REFS_OUT : ST_REFS_IN;
	sqlite3_stmt *st = kept != ST_COUNT_MAX ? sql_stmt_kept(s, kept, sql, "reading references", cause)
						: sql_prepare_read(s, sql, "reading references", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc_id);
	return ref_rows(s, st, kept, fn, arg, cause);
}

int store_refs_pending(struct store *s, int64_t after, size_t limit, unsigned what, store_ref_fn fn, void *arg,
		       char **cause)
{
	/* No titles: a join into the documents' rows for each of 650,000
	 * references would read the library from disk at random. The "+"
	 * keeps SQLite walking the table in id order: with the indexes it
	 * would collect and sort every remaining reference for each page. */
	static const char *const sql =
		"SELECT r.id, r.doc_id, r.span_start, r.span_end, r.phrase, r.kind, r.date, r.number, r.person, "
		"r.party, r.target_key, r.target_id, r.score, r.candidates, r.origin, NULL, NULL, r.year_inferred, "
		"NULL, NULL, NULL, NULL, r.to_person, r.by_editor "
		"FROM ref r WHERE r.id > ?1 AND r.origin = 'auto' AND (?4 OR +r.target_id IS NULL "
		"OR +r.doc_id IN (SELECT id FROM temp.changed_doc)) AND (?3 = 0 OR (r.number IS NULL AND "
		"r.target_key IS NULL AND r.kind IS NOT NULL AND length(r.date) = 10)) ORDER BY r.id LIMIT ?2";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "reading references");
		return -1;
	}
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	sqlite3_bind_int(st, 3, (what & STORE_REFS_TEACHING) != 0);
	sqlite3_bind_int(st, 4, (what & STORE_REFS_EVERY) != 0);
	return ref_rows(s, st, ST_COUNT_MAX, fn, arg, cause);
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
	sql_bind_text(st, 2, f->number);
	for (int i = 0; i < 3; i++)
		sql_bind_text(st, 3 + i, f->days[i]);
	sql_bind_text(st, 6, f->month);
	sql_bind_text(st, 7, f->volume_id);
}

/* Prepares the whole-library or the filtered form of a query. */
static sqlite3_stmt *prepare_filtered(struct store *s, const char *all, const char *filtered,
				      const struct store_key_filter *f, const char *what, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, f ? filtered : all, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, what);
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
		size_t nfrom = parse_ids(sql_col_str(st, 7), &from), nto = parse_ids(sql_col_str(st, 8), &to);
		struct store_doc_key k = { sqlite3_column_int64(st, 0), sql_col_str(st, 1), sql_col_str(st, 2), sql_col_str(st, 3),
					   sql_col_str(st, 4), sql_col_str(st, 5), sql_col_str(st, 6), from, to, nfrom, nto };
		stop = fn(&k, arg);
		free(from);
		free(to);
	}
	return sql_rows_done(s, st, rc, stop, "reading documents", cause);
}

int store_ref_kinds(struct store *s, const struct store_key_filter *filter, int manual_only, store_ref_kind_fn fn,
		    void *arg, char **cause)
{
	/* Bare documents are few; each is looked up in the references' target
	 * index. Dismissed references say nothing; a reader's link does. */
#define KIND_SELECT(nokind, origin)                                                              \
	"SELECT r.target_id, r.kind FROM document d JOIN ref r ON r.target_id = d.id "           \
	"WHERE " nokind " AND r.kind IS NOT NULL AND " origin
	/* Filtered, the filter's indexes find the few documents ("+": not
	 * every bare one of the library through the index of kinds). */
	sqlite3_stmt *st =
		manual_only ? prepare_filtered(s, KIND_SELECT("d.kind IS NULL", "r.origin = 'manual'"),
					       KIND_SELECT("+d.kind IS NULL", "r.origin = 'manual'") " AND " KEY_FILTER,
					       filter, "reading references", cause)
			    : prepare_filtered(s, KIND_SELECT("d.kind IS NULL", "r.origin <> 'dismissed'"),
					       KIND_SELECT("+d.kind IS NULL", "r.origin <> 'dismissed'") " AND " KEY_FILTER,
					       filter, "reading references", cause);
#undef KIND_SELECT
	if (st == NULL)
		return -1;
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(sqlite3_column_int64(st, 0), sql_col_str(st, 1), arg);
	return sql_rows_done(s, st, rc, stop, "reading references", cause);
}

int store_ref_resolved(struct store *s, int64_t ref_id, int64_t target, double score, const char *candidates,
		       char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, ST_REF_RESOLVED, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (target)
		sqlite3_bind_int64(st, 2, target);
	sqlite3_bind_double(st, 3, score);
	sqlite3_bind_text(st, 4, candidates ? candidates : "", -1, SQLITE_TRANSIENT);
	return sql_step_done(s, st, "resolving a reference", cause);
}

int store_changed_docs(struct store *s, store_id_fn fn, void *arg, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT id FROM temp.changed_doc ORDER BY id", -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "reading the documents imported");
		return -1;
	}
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(sqlite3_column_int64(st, 0), arg);
	return sql_rows_done(s, st, rc, stop, "reading the documents imported", cause);
}

int store_changes_follow(struct store *s, char **cause)
{
	/* Temporary: they follow this connection's writes only. */
	return sql_exec(s, "CREATE TEMP TABLE IF NOT EXISTS changed_name(name TEXT PRIMARY KEY COLLATE NOCASE);"
		       "CREATE TEMP TRIGGER IF NOT EXISTS alias_added AFTER INSERT ON main.alias BEGIN "
		       "INSERT OR IGNORE INTO changed_name VALUES (new.name); END;"
		       "CREATE TEMP TRIGGER IF NOT EXISTS alias_moved AFTER UPDATE ON main.alias BEGIN "
		       "INSERT OR IGNORE INTO changed_name VALUES (old.name), (new.name); END;"
		       "CREATE TEMP TRIGGER IF NOT EXISTS alias_dropped AFTER DELETE ON main.alias BEGIN "
		       "INSERT OR IGNORE INTO changed_name VALUES (old.name); END;"
		       /* A document whose parties were joined to another
			* person is changed too: its day is resolved again. */
		       "CREATE TEMP TRIGGER IF NOT EXISTS party_joined AFTER UPDATE OF person_id ON main.party BEGIN "
		       "INSERT OR IGNORE INTO changed_doc VALUES (new.doc_id); END;",
		    "following the names imported", cause);
}

int store_changed_names(struct store *s, store_name_fn fn, void *arg, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT name FROM temp.changed_name ORDER BY name", -1, &st, NULL) != SQLITE_OK)
		return 1; /* not followed (see store_changes_follow) */
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(sql_col_str(st, 0), arg);
	return sql_rows_done(s, st, rc, stop, "reading the names imported", cause);
}

int store_refs_settled(struct store *s, char **cause)
{
	if (sql_exec(s, "DELETE FROM temp.changed_doc", "settling references", cause) != 0)
		return -1;
	/* Not there when no import followed the names. */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "DELETE FROM temp.changed_name", -1, &st, NULL) != SQLITE_OK)
		return 0;
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "settling references");
		return -1;
	}
	return 0;
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
		*cause = sql_cause(s, "linking");
		return -1;
	}
	sqlite3_bind_int64(st, 1, ref_id);
	if (target)
		sqlite3_bind_int64(st, 2, target);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || sqlite3_changes(s->db) != 1) {
		*cause = rc != SQLITE_DONE ? sql_cause(s, "linking") : xasprintf("no reference %lld", (long long)ref_id);
		return -1;
	}
	return 0;
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
		*cause = sql_cause(s, "linking");
		return -1;
	}
	sqlite3_bind_int64(st, 1, doc_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
	sqlite3_bind_int64(st, 4, target);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "linking");
		return -1;
	}
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no passage %zu-%zu in document %lld", start, end, (long long)doc_id);
		return -1;
	}
	return sqlite3_last_insert_rowid(s->db);
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
	sqlite3_stmt *st = sql_prepare(s, del, "unlinking", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (sql_finish(s, st, "unlinking", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 1) {
		*removed = 1;
		return 0;
	}
	if ((st = sql_prepare(s, reset, "unlinking", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ref_id);
	if (sql_finish(s, st, "unlinking", cause) != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1) {
		*cause = xasprintf("no reference %lld", (long long)ref_id);
		return -1;
	}
	return 0;
}
