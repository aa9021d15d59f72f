/* store_authority.c: what an import keeps for citing beside a document:
 * the persons' authority ids (a name met under a known id is that
 * person) and a calendar letter's places and EDTF date. Called by
 * store_docs.c when it puts a document; calls only store_sql.c. */
#include "store_priv.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/store_cite.h"

/* The person a URI names, or 0; -1 with *cause. */
static int person_of_uri(struct store *s, const char *uri, int64_t *pid, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s, "SELECT person_id FROM person_ref WHERE uri = ?1",
					    "looking up an authority id", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	*pid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	return sql_rows_done(s, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, 0, "looking up an authority id", cause);
}

int authority_link_names(struct store *s, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->nauthorities; i++) {
		const struct doc_authority *au = &d->authorities[i];
		int64_t known, pid;
		int rc = sql_lookup_id(s, ST_ALIAS_GET, au->name, &known, cause);
		if (rc < 0)
			return -1;
		if (rc == 1)
			continue; /* the name has its person: the URI goes to them after */
		if (person_of_uri(s, au->uri, &pid, cause) != 0)
			return -1;
		if (pid == 0)
			continue;
		/* "Thun-Hohenstein, Leo von" under the GND id of "Leo
		 * Thun-Hohenstein": one person, a name more */
		sqlite3_stmt *st = sql_stmt(s, ST_ALIAS_INSERT, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, au->name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, pid);
		if (sql_step_done(s, st, "adding a name", cause) != 0)
			return -1;
	}
	return 0;
}

/* The URIs go to the persons their names stand for; a URI already kept
 * for someone else stays theirs (no two persons are merged behind the
 * reader's back). */
static int put_uris(struct store *s, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->nauthorities; i++) {
		int64_t pid;
		int rc = sql_lookup_id(s, ST_ALIAS_GET, d->authorities[i].name, &pid, cause);
		if (rc < 0)
			return -1;
		if (rc == 0)
			continue; /* a name mentioned, not a person of the library */
		sqlite3_stmt *st = sql_prepare(s, "INSERT OR IGNORE INTO person_ref(uri, person_id) VALUES (?1, ?2)",
					       "keeping an authority id", cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, d->authorities[i].uri, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, pid);
		if (sql_finish(s, st, "keeping an authority id", cause) != 0)
			return -1;
	}
	return 0;
}

int authority_put(struct store *s, int64_t id, const struct doc *d, int updated, char **cause)
{
	if (put_uris(s, d, cause) != 0)
		return -1;
	/* a text's document has none of these: no statement for it, unless
	 * it replaces a letter that had them */
	if (!updated && !d->place_ref && !d->place_to && !d->place_to_ref && !d->date_edtf)
		return 0;
	sqlite3_stmt *st = sql_prepare(s,
				       "UPDATE document SET place_ref = ?2, place_to = ?3, place_to_ref = ?4, "
				       "date_edtf = ?5 WHERE id = ?1",
				       "recording places", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sql_bind_text(st, 2, d->place_ref);
	sql_bind_text(st, 3, d->place_to);
	sql_bind_text(st, 4, d->place_to_ref);
	sql_bind_text(st, 5, d->date_edtf);
	return sql_finish(s, st, "recording places", cause);
}

/* -------------------------------------------------------------- reading */

int store_person_uris(struct store *s, int64_t person, struct strv *out, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s, "SELECT uri FROM person_ref WHERE person_id = ?1 ORDER BY rowid",
					    "reading authority ids", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, person);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		strv_push(out, (const char *)sqlite3_column_text(st, 0));
	return sql_rows_done(s, st, rc, 0, "reading authority ids", cause);
}

