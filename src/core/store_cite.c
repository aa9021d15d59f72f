/* store_cite.c: the editions' data, and a document described for citing
 * from all the library knows of it (its persons' authority ids and a
 * calendar letter's places are kept by store_authority.c). */
#include "store_priv.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/store_cite.h"

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

/* -------------------------------------------------------------- citing */

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
