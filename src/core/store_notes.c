/* store_notes.c: the reader's own annotations, anchored to passages, and
 * marks (a letter for a place). */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/query.h"

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

int store_annotation_add(struct store *s, const struct store_annotation *a, int64_t *id, int *added,
			 char **cause)
{
	char uuid[37];
	if (a->uuid && *a->uuid)
		snprintf(uuid, sizeof uuid, "%s", a->uuid);
	else
		make_uuid(uuid);
	*added = 0;
	int64_t known = sql_query_int(s, "SELECT id FROM annotation WHERE uuid = ?1", uuid, 0, "finding a note", cause);
	if (known > 0) {
		*id = known;
		return 0;
	}
	sqlite3_stmt *st = sql_prepare(s,
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
	sql_bind_text(st, 11, a->created);
	sql_bind_text(st, 12, a->updated);
	if (sql_finish(s, st, "annotating", cause) != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(s->db);
	*added = 1;
	return 0;
}

int store_annotation_update(struct store *s, int64_t id, const char *text, const char *tags, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s,
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
	if (sql_finish(s, st, "editing a note", cause) != 0)
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
	sqlite3_stmt *st = sql_prepare(s,
				   "UPDATE annotation SET span_start = ?2, span_end = ?3, quote = coalesce(?4, quote), "
				   "prefix = coalesce(?5, prefix), suffix = coalesce(?6, suffix), orphaned = ?7 "
				   "WHERE id = ?1",
				   "moving a note", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
	sql_bind_text(st, 4, quote);
	sql_bind_text(st, 5, prefix);
	sql_bind_text(st, 6, suffix);
	sqlite3_bind_int(st, 7, orphaned);
	return sql_finish(s, st, "moving a note", cause);
}

int store_annotation_delete(struct store *s, int64_t id, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "DELETE FROM annotation WHERE id = ?1", "deleting a note", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sql_finish(s, st, "deleting a note", cause) != 0)
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
		       "a.uuid, a.created, a.updated, a.orphaned, ");
	buf_adds(&sql, order == STORE_NEWEST_BARE ? "NULL, NULL, NULL FROM annotation a WHERE "
						  : "d.title, d.date, d.source "
						    "FROM annotation a JOIN document d ON d.id = a.doc_id WHERE ");
	/* One document's notes are found by its index; an OR with the case
	 * of all of them made SQLite walk every document for the order. */
	buf_adds(&sql, doc ? "a.doc_id = ?1 " : "?1 = 0 ");
	buf_adds(&sql, "AND (?2 IS NULL OR ' ' || a.tags || ' ' LIKE '% ' || ?2 || ' %' ESCAPE '\\') "
		       "AND (?3 IS NULL OR a.id IN (SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?3))");
	buf_adds(&sql, order == STORE_BY_DOCUMENT ? " ORDER BY d.sort_date, d.id, a.span_start, a.id"
						  : " ORDER BY a.created DESC, a.id DESC");
	/* One of six queries, each kept: a document's notes are read at
	 * every document the reader opens. */
	_Static_assert(ST_NOTES_LAST - ST_NOTES_FIRST + 1 == 2 * (STORE_NEWEST_BARE + 1),
		       "a kept query for each order, of one document or of all");
	enum stmt_id kept = (enum stmt_id)(ST_NOTES_FIRST + 2 * (int)order + (doc != 0));
	sqlite3_stmt *st = sql_stmt_kept(s, kept, sql.data, "reading notes", cause);
	buf_free(&sql);
	if (st == NULL) {
		free(fts);
		return -1;
	}
	sqlite3_bind_int64(st, 1, doc);
	sql_bind_like(st, 2, tag && *tag ? tag : NULL);
	sql_bind_text(st, 3, fts);
	free(fts);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_annotation a = {
			.id = sqlite3_column_int64(st, 0),
			.doc_id = sqlite3_column_int64(st, 1),
			.start = (size_t)sqlite3_column_int64(st, 2),
			.end = (size_t)sqlite3_column_int64(st, 3),
			.quote = sql_col_str(st, 4),
			.prefix = sql_col_str(st, 5),
			.suffix = sql_col_str(st, 6),
			.text = sql_col_str(st, 7),
			.tags = sql_col_str(st, 8),
			.uuid = sql_col_str(st, 9),
			.created = sql_col_str(st, 10),
			.updated = sql_col_str(st, 11),
			.orphaned = sqlite3_column_int(st, 12),
			.doc_title = sql_col_str(st, 13),
			.doc_date = sql_col_str(st, 14),
			.doc_source = sql_col_str(st, 15),
		};
		stop = fn(&a, arg);
	}
	return sql_rows_release(s, kept, st, rc, stop, "reading notes", cause);
}

/* ---- marks: m + letter remembers a place, ' + letter returns ---- */

int store_mark_set(struct store *s, char letter, int64_t doc, size_t pos, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "INSERT OR REPLACE INTO mark(letter, doc_id, pos) VALUES (?1, ?2, ?3)",
				   "setting a mark", cause);
	if (st == NULL)
		return -1;
	char l[2] = { letter, '\0' };
	sqlite3_bind_text(st, 1, l, 1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, doc);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)pos);
	return sql_finish(s, st, "setting a mark", cause);
}

int store_mark_delete(struct store *s, char letter, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "DELETE FROM mark WHERE letter = ?1", "removing a mark", cause);
	if (st == NULL)
		return -1;
	char l[2] = { letter, '\0' };
	sqlite3_bind_text(st, 1, l, 1, SQLITE_TRANSIENT);
	return sql_finish(s, st, "removing a mark", cause);
}

int store_marks(struct store *s, store_mark_fn fn, void *arg, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT m.letter, m.doc_id, m.pos, d.title, d.date, "
			       "(SELECT path FROM source_path p WHERE p.doc_id = d.id LIMIT 1) FROM mark m "
			       "JOIN document d ON d.id = m.doc_id ORDER BY m.letter",
			       -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "reading marks");
		return -1;
	}
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *l = sql_col_str(st, 0);
		struct store_mark m = {
			.letter = l ? l[0] : '?',
			.doc_id = sqlite3_column_int64(st, 1),
			.pos = (size_t)sqlite3_column_int64(st, 2),
			.doc_title = sql_col_str(st, 3),
			.doc_date = sql_col_str(st, 4),
			.doc_path = sql_col_str(st, 5),
		};
		stop = fn(&m, arg);
	}
	return sql_rows_done(s, st, rc, stop, "reading marks", cause);
}
