/* store_cite.c: the persons' authority ids, the editions' data, a
 * calendar letter's places and EDTF date, and a document described for
 * citing from all the library knows of it. */
#include "store_priv.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/store_cite.h"

/* ------------------------------------------------------------ importing */

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

/* ------------------------------------------------------------- editions */

static char *joined(const struct strv *v)
{
	if (v->n == 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < v->n; i++)
		buf_printf(&b, "%s%s", i ? "\x1f" : "", v->v[i]);
	return buf_detach(&b);
}

int store_put_edition(struct store *s, const char *volume, const struct edition *e, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s,
				       "INSERT OR REPLACE INTO edition(volume_id, title, series, subseries, volume, "
				       "volume_title, editors, general_editors, publisher, pub_place, pub_year) "
				       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
				       "recording an edition", cause);
	if (st == NULL)
		return -1;
	char *eds = joined(&e->editors), *general = joined(&e->general_editors);
	const char *text[] = { volume, e->title, e->series, e->subseries, e->volume, e->volume_title, eds, general,
			       e->publisher, e->pub_place, e->pub_year };
	for (int i = 0; i < (int)(sizeof text / sizeof text[0]); i++)
		sql_bind_text(st, i + 1, text[i]);
	int rc = sql_finish(s, st, "recording an edition", cause);
	free(eds);
	free(general);
	return rc;
}

int store_edition(struct store *s, const char *volume, struct edition **out, char **cause)
{
	*out = NULL;
	sqlite3_stmt *st = sql_prepare_read(s,
					    "SELECT title, series, subseries, volume, volume_title, editors, "
					    "general_editors, publisher, pub_place, pub_year, volume_id "
					    "FROM edition WHERE volume_id = ?1",
					    "reading an edition", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, volume, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		struct edition *e = xcalloc(1, sizeof *e);
		strv_init(&e->editors);
		strv_init(&e->general_editors);
		e->title = sql_col_text(st, 0);
		e->series = sql_col_text(st, 1);
		e->subseries = sql_col_text(st, 2);
		e->volume = sql_col_text(st, 3);
		e->volume_title = sql_col_text(st, 4);
		sql_split_names(&e->editors, sqlite3_column_text(st, 5));
		sql_split_names(&e->general_editors, sqlite3_column_text(st, 6));
		e->publisher = sql_col_text(st, 7);
		e->pub_place = sql_col_text(st, 8);
		e->pub_year = sql_col_text(st, 9);
		e->id = sql_col_text(st, 10);
		*out = e;
		rc = SQLITE_DONE;
	}
	return sql_rows_done(s, st, rc, 0, "reading an edition", cause);
}

/* -------------------------------------------------------------- persons */

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

/* The parties of a role with the URIs of each person ("" for none), in
 * the order the document's from and to have them. */
static int party_uris(struct store *s, int64_t id, const char *role, struct cite_people *p, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s,
					    "SELECT (SELECT group_concat(uri, ' ') FROM (SELECT uri FROM person_ref "
					    "  WHERE person_id = pa.person_id ORDER BY rowid)) "
					    "FROM party pa WHERE pa.doc_id = ?1 AND pa.role = ?2 ORDER BY pa.seq",
					    "reading authority ids", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	int rc;
	for (size_t i = 0; (rc = sqlite3_step(st)) == SQLITE_ROW; i++) {
		const char *uris = (const char *)sqlite3_column_text(st, 0);
		if (i < p->n && uris && *uris)
			p->v[i].ref = xstrdup(uris);
	}
	return sql_rows_done(s, st, rc, 0, "reading authority ids", cause);
}

/* A calendar letter's places and EDTF date. */
static int calendar_fields(struct store *s, int64_t id, struct cite *c, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s,
					    "SELECT place_ref, place_to, place_to_ref, date_edtf FROM document "
					    "WHERE id = ?1",
					    "reading places", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		char **fields[] = { &c->place_ref, &c->place_to, &c->place_to_ref };
		for (int i = 0; i < 3; i++)
			if (sqlite3_column_type(st, i) != SQLITE_NULL)
				doc_set(fields[i], (const char *)sqlite3_column_text(st, i));
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			doc_set(&c->date, (const char *)sqlite3_column_text(st, 3));
		rc = SQLITE_DONE;
	}
	return sql_rows_done(s, st, rc, 0, "reading places", cause);
}

int store_cite(struct store *s, int64_t id, struct cite **out, char **cause)
{
	*out = NULL;
	struct store_doc *sd;
	int rc = store_doc_get(s, id, &sd, cause);
	if (rc != 0)
		return rc;
	struct cite *c = cite_from_doc(sd->doc, NULL);
	if (c->id == NULL)
		c->id = xasprintf("dossier:%lld", (long long)id);
	/* a date the reader corrected is theirs: the EDTF date is the
	 * imported one's, and goes only where the date is still that */
	char *date = c->date ? xstrdup(c->date) : NULL;
	rc = party_uris(s, id, "from", &c->from, cause) != 0 || party_uris(s, id, "to", &c->to, cause) != 0 ||
			     calendar_fields(s, id, c, cause) != 0
		     ? -1
		     : 0;
	if (rc == 0 && c->date && date && strncmp(c->date, date, strlen(date)) != 0)
		doc_set(&c->date, date);
	free(date);
	struct edition *e = NULL;
	if (rc == 0 && sd->doc->volume_id && (rc = store_edition(s, sd->doc->volume_id, &e, cause)) == 0 && e)
		edition_to_cite(e, c);
	edition_free(e);
	store_doc_free(sd);
	if (rc != 0) {
		cite_free(c);
		return -1;
	}
	*out = c;
	return 0;
}
