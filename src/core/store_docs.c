/* store_docs.c: documents: putting an imported one (identity by content,
 * then path), reading one back, listing and counting in an order,
 * neighbours, reading positions, the reader's corrections, editions. */
#include "store_priv.h"

#include <jansson.h>

#include "dossier/jsonout.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/text.h"

static int put_notes(struct store *s, int64_t id, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->nnotes; i++) {
		sqlite3_stmt *st = sql_stmt(s, ST_INSERT_NOTE, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->notes[i].start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)d->notes[i].end);
		sqlite3_bind_text(st, 4, note_kind_name(d->notes[i].kind), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, d->notes[i].text, -1, SQLITE_STATIC);
		if (sql_step_done(s, st, "adding a note", cause) != 0)
			return -1;
	}
	return 0;
}

/* Pages, explicit references and the volume of an edition's document. */
static int put_edition(struct store *s, int64_t id, const struct doc *d, char **cause)
{
	sqlite3_stmt *st;
	if (sql_run_id(s, ST_DEL_PAGES, id, "updating pages", cause) != 0 ||
	    sql_run_id(s, ST_DEL_AUTO_REFS, id, "updating references", cause) != 0)
		return -1;
	for (size_t i = 0; i < d->npages; i++) {
		if ((st = sql_stmt(s, ST_INSERT_PAGE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->pages[i].offset);
		sqlite3_bind_text(st, 3, d->pages[i].n, -1, SQLITE_TRANSIENT);
		if (sql_step_done(s, st, "adding a page", cause) != 0)
			return -1;
	}
	for (size_t i = 0; i < d->nrefs; i++) {
		if ((st = sql_stmt(s, ST_INSERT_REF, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)d->refs[i].start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)d->refs[i].end);
		sqlite3_bind_text(st, 4, d->refs[i].phrase, -1, SQLITE_TRANSIENT);
		sqlite3_bind_null(st, 5);
		sqlite3_bind_null(st, 6);
		sqlite3_bind_null(st, 7);
		sql_bind_text(st, 8, d->refs[i].target);
		if (sql_step_done(s, st, "adding a reference", cause) != 0)
			return -1;
	}
	if (d->volume_id) {
		if ((st = sql_stmt(s, ST_PUT_VOLUME, cause)) == NULL)
			return -1;
		sqlite3_bind_text(st, 1, d->volume_id, -1, SQLITE_TRANSIENT);
		sql_bind_text(st, 2, d->volume_title);
		if (sql_step_done(s, st, "recording a volume", cause) != 0)
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
	/* a calendar entry (no text) is found by all its metadata has: the
	 * places it was written and received at too */
	const char *places[] = { d->place, d->place_to };
	for (size_t i = 0; d->body_len == 0 && i < 2; i++)
		if (places[i] && *places[i])
			buf_printf(&b, "%s%s", b.len ? "; " : "", places[i]);
	return buf_detach(&b);
}

/* A document's sources as stored: {"field": ["source", "evidence"]}; an
 * evidence another field gave before is ["source", null, "that field"]
 * (a citation line is the evidence of five fields: stored five times it
 * was a fifth of a letter's row). The caller frees; NULL when there are
 * none. */
static int cmp_source(const void *a, const void *b)
{
	const struct doc_source *x = *(const struct doc_source *const *)a, *y = *(const struct doc_source *const *)b;
	int c = strcmp(x->field, y->field);
	/* the same field twice: the later one is written */
	return c ? c : (x > y) - (x < y);
}

static char *sources_json(const struct doc *d)
{
	if (d->nsources == 0)
		return NULL;
	/* Written by hand, sorted by field: jansson's objects cost a tenth
	 * of storing a letter. */
	const struct doc_source **v = xcalloc(d->nsources, sizeof *v);
	for (size_t i = 0; i < d->nsources; i++)
		v[i] = &d->sources[i];
	qsort(v, d->nsources, sizeof *v, cmp_source);
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (f == NULL) {
		free(v);
		return NULL;
	}
	struct jsonout j;
	jsonout_init(&j, f);
	jsonout_object_begin(&j);
	for (size_t i = 0; i < d->nsources; i++) {
		if (i + 1 < d->nsources && strcmp(v[i]->field, v[i + 1]->field) == 0)
			continue;
		jsonout_key(&j, v[i]->field);
		jsonout_array_begin(&j);
		jsonout_string(&j, v[i]->source);
		const char *same = NULL;
		for (size_t k = 0; same == NULL && v[i]->evidence && k < i; k++)
			if ((k + 1 >= d->nsources || strcmp(v[k]->field, v[k + 1]->field) != 0) && v[k]->evidence &&
			    strcmp(v[k]->evidence, v[i]->evidence) == 0)
				same = v[k]->field;
		jsonout_string(&j, same ? NULL : v[i]->evidence); /* null without */
		if (same)
			jsonout_string(&j, same);
		jsonout_array_end(&j);
	}
	jsonout_object_end(&j);
	free(v);
	if (fclose(f) != 0) {
		free(out);
		return NULL;
	}
	if (len > 0 && out[len - 1] == '\n')
		out[len - 1] = '\0'; /* jsonout ends a document with a line */
	return out;
}

/* Fills d's sources from their stored JSON; what does not parse is left
 * out (a source is an explanation, never a reason to fail a read). */
void sources_read(struct doc *d, const char *text)
{
	if (text == NULL)
		return;
	json_t *o = json_loads(text, 0, NULL);
	const char *field;
	json_t *a;
	json_object_foreach(o, field, a)
	{
		const char *src = json_string_value(json_array_get(a, 0));
		const char *ev = json_string_value(json_array_get(a, 1));
		const char *same = json_string_value(json_array_get(a, 2));
		if (ev == NULL && same != NULL)
			ev = json_string_value(json_array_get(json_object_get(o, same), 1));
		if (src != NULL)
			doc_set_source(d, field, src, ev);
	}
	json_decref(o);
}

void store_doc_ready(struct doc *d)
{
	if (d->people_text == NULL)
		d->people_text = people_text(d);
	if (d->sources_json == NULL)
		d->sources_json = sources_json(d);
}

/* The document's fields, bound without a copy: d and people outlive the step. */
static void bind_doc(sqlite3_stmt *st, const char *hash, const char *format, const struct doc *d,
		     const char *people, const char *sources)
{
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, format, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d->title ? d->title : "", -1, SQLITE_STATIC);
	sql_bind_kept(st, 4, d->date);
	sql_bind_kept(st, 5, d->date_text);
	sqlite3_bind_text(st, 6, d->date && *d->date ? d->date : "~", -1, SQLITE_STATIC);
	sql_bind_kept(st, 7, d->kind);
	sql_bind_kept(st, 8, d->number);
	sql_bind_kept(st, 9, d->summary);
	sql_bind_kept(st, 10, d->source);
	sql_bind_kept(st, 11, d->language);
	sql_bind_kept(st, 12, d->translator);
	sql_bind_kept(st, 13, d->record_id);
	sql_bind_kept(st, 14, d->url);
	sqlite3_bind_text(st, 15, people, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, d->body ? d->body : "", (int)d->body_len, SQLITE_STATIC);
	sql_bind_kept(st, 17, d->volume_id);
	sql_bind_kept(st, 18, d->doc_n);
	sql_bind_kept(st, 19, d->xml_id);
	sql_bind_kept(st, 20, d->place);
	sql_bind_kept(st, 21, sources);
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
		*cause = sql_cause(s, "applying corrections");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "applying corrections");
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
	int rc = sql_lookup_id(s, ST_BY_HASH, hex, id, cause);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		/* Same text, maybe from another path: the same document. */
		*what = STORE_PUT_UNCHANGED;
		sqlite3_stmt *st = sql_stmt(s, ST_ADD_PATH, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *id);
		return sql_step_done(s, st, "recording a path", cause);
	}
	rc = sql_lookup_id(s, ST_BY_PATH, path, id, cause);
	if (rc < 0)
		return -1;
	/* made ahead (store_doc_ready), or now */
	char *people = d->people_text ? NULL : people_text(d);
	char *sources = d->sources_json ? NULL : sources_json(d);
	const char *people_v = people ? people : d->people_text, *sources_v = sources ? sources : d->sources_json;
	sqlite3_stmt *st;
	if (rc == 1) {
		*what = STORE_PUT_UPDATED;
		if (rank_fts_write(s, *id, 1, cause) != 0 ||
		    sql_run_id(s, ST_DEL_NOTES, *id, "updating notes", cause) != 0 ||
		    sql_run_id(s, ST_DEL_PARTIES, *id, "updating parties", cause) != 0 ||
		    (st = sql_stmt(s, ST_UPDATE_DOC, cause)) == NULL)
			goto fail;
		bind_doc(st, hex, format, d, people_v, sources_v);
		sqlite3_bind_int64(st, 22, *id);
		if (sql_step_done(s, st, "updating a document", cause) != 0 ||
		    reapply_corrections(s, *id, cause) != 0)
			goto fail;
	} else {
		*what = STORE_PUT_NEW;
		if ((st = sql_stmt(s, ST_INSERT_DOC, cause)) == NULL)
			goto fail;
		bind_doc(st, hex, format, d, people_v, sources_v);
		if (sql_step_done(s, st, "adding a document", cause) != 0)
			goto fail;
		*id = sqlite3_last_insert_rowid(s->db);
		s->new_doc = *id;
		if ((st = sql_stmt(s, ST_ADD_PATH, cause)) == NULL)
			goto fail;
		sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *id);
		if (sql_step_done(s, st, "recording a path", cause) != 0)
			goto fail;
	}
	free(people);
	people = NULL;
	free(sources);
	sources = NULL;
	if (sql_run_id(s, ST_CHANGED, *id, "recording a change", cause) != 0)
		return -1;
	if (authority_link_names(s, d, cause) != 0 || people_put_aliases(s, d, cause) != 0 ||
	    people_put_parties(s, *id, "from", &d->from, &d->from_office, d, cause) != 0 ||
	    people_put_parties(s, *id, "to", &d->to, &d->to_office, d, cause) != 0 || put_notes(s, *id, d, cause) != 0 ||
	    put_edition(s, *id, d, cause) != 0 || authority_put(s, *id, d, *what == STORE_PUT_UPDATED, cause) != 0 ||
	    sql_run_id(s, ST_FTS_LATER, *id, "indexing a document", cause) != 0)
		return -1;
	return 0;
fail:
	free(people);
	free(sources);
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

/* Reads the DOC_COLUMNS of a row into sd (which it fills in place). */
void docs_row(sqlite3_stmt *st, struct store_doc *sd)
{
	struct doc *d = sd->doc;
	sd->id = sqlite3_column_int64(st, 0);
	sd->path = sql_col_text(st, 1);
	d->title = sql_col_text(st, 2);
	d->date = sql_col_text(st, 3);
	d->date_text = sql_col_text(st, 4);
	d->kind = sql_col_text(st, 5);
	d->number = sql_col_text(st, 6);
	d->summary = sql_col_text(st, 7);
	d->source = sql_col_text(st, 8);
	d->language = sql_col_text(st, 9);
	d->translator = sql_col_text(st, 10);
	d->record_id = sql_col_text(st, 11);
	d->url = sql_col_text(st, 12);
	sql_split_parties(&d->from, &d->from_office, sqlite3_column_text(st, 13));
	sql_split_parties(&d->to, &d->to_office, sqlite3_column_text(st, 14));
	sd->read_pos = (size_t)sqlite3_column_int64(st, 15);
	d->volume_id = sql_col_text(st, 16);
	d->doc_n = sql_col_text(st, 17);
	d->volume_title = sql_col_text(st, 18);
	sources_read(d, (const char *)sqlite3_column_text(st, 19));
	d->place = sql_col_text(st, 20);
}

struct store_doc *docs_new(void)
{
	struct store_doc *sd = xcalloc(1, sizeof *sd);
	sd->doc = doc_create();
	return sd;
}

/* The body of document id into d, through SQLite's blob I/O: a step
 * would first gather it in a buffer of SQLite's and then be copied, twice
 * the memory and the time for a letter of 200 MB, whose first screen
 * waits for it. */
static int body_read(struct store *s, int64_t id, struct doc *d)
{
	sqlite3_blob *blob;
	if (sqlite3_blob_open(s->db, "main", "document", "body", id, 0, &blob) != SQLITE_OK)
		return -1;
	size_t n = (size_t)sqlite3_blob_bytes(blob);
	char *body = xmalloc(n + 1);
	int rc = sqlite3_blob_read(blob, body, (int)n, 0);
	sqlite3_blob_close(blob);
	if (rc != SQLITE_OK) {
		free(body);
		return -1;
	}
	body[n] = '\0';
	d->body = body;
	d->body_len = n;
	return 0;
}

int store_doc_get(struct store *s, int64_t id, struct store_doc **out, char **cause)
{
	*out = NULL;
	sqlite3_stmt *st = sql_stmt(s, ST_GET_DOC, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return 1;
		*cause = sql_cause(s, "reading a document");
		return -1;
	}
	struct store_doc *sd = docs_new();
	docs_row(st, sd);
	const char *type = (const char *)sqlite3_column_text(st, DOC_NCOLUMNS);
	int has_body = type && (strcmp(type, "text") == 0 || strcmp(type, "blob") == 0);
	/* Read while the row's statement holds the read transaction, so the
	 * body is the row's. */
	rc = has_body ? body_read(s, id, sd->doc) : 0;
	sqlite3_reset(st);
	if (rc != 0) {
		*cause = sql_cause(s, "reading a document's text");
		goto fail;
	}
	if (!has_body)
		sd->doc->body = xstrdup("");

	if ((st = sql_stmt(s, ST_GET_NOTES, cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int kind = note_kind_from_name((const char *)sqlite3_column_text(st, 2));
		doc_add_note(sd->doc, (size_t)sqlite3_column_int64(st, 0), (size_t)sqlite3_column_int64(st, 1),
			     kind < 0 ? NOTE_EDITOR : (enum note_kind)kind, (const char *)sqlite3_column_text(st, 3));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "reading notes");
		goto fail;
	}
	*out = sd;
	return 0;
fail:
	store_doc_free(sd);
	return -1;
}

const char *docs_order_sql(enum store_order order)
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

/* A screen's rows are read in one read transaction, then handed out: a
 * transaction a row took its locks again for each (a fifth of a
 * PageDown's time, at 40 rows a screen). Longer listings go row by row. */
#define LIST_BATCH 512

/* store_list through the arrays of the lists' order: 1 when they are up
 * to date (and fn was called for each row), 0 when they are not. */
static int list_by_place(struct store *s, enum store_order order, size_t offset, size_t limit, int brief,
			 store_doc_fn fn, void *arg, char **cause)
{
	if (!order_fresh(s))
		return 0;
	int batch = limit > 0 && limit <= LIST_BATCH && sqlite3_get_autocommit(s->db);
	struct store_doc *held[LIST_BATCH];
	size_t nheld = 0;
	if (batch && sql_exec(s, "BEGIN", "listing documents", cause) != 0)
		return -1;
	int ret = 1;
	for (size_t i = 0; limit == 0 || i < limit; i++) {
		int64_t id;
		int rc = order_id_at(s, order, (int64_t)(offset + i), &id);
		if (rc < 0) {
			*cause = sql_cause(s, "listing documents");
			ret = -1;
			break;
		}
		if (rc == 0)
			break; /* the end of the list */
		sqlite3_stmt *st = sql_stmt(s, brief ? ST_LIST_BRIEF : ST_LIST_DOC, cause);
		if (st == NULL) {
			ret = -1;
			break;
		}
		sqlite3_bind_int64(st, 1, id);
		if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
			sqlite3_reset(st);
			if (rc == SQLITE_DONE)
				continue;
			*cause = sql_cause(s, "listing documents");
			ret = -1;
			break;
		}
		struct store_doc *sd = docs_new();
		docs_row(st, sd);
		sqlite3_reset(st);
		if (batch) {
			held[nheld++] = sd;
			continue;
		}
		int stop = fn(sd, arg);
		store_doc_free(sd);
		if (stop)
			break;
	}
	if (batch && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL); /* it only read */
	for (size_t i = 0; i < nheld; i++) {
		if (ret == 1 && fn(held[i], arg))
			ret = 2;
		store_doc_free(held[i]);
	}
	return ret == 2 ? 1 : ret;
}

int docs_list(struct store *s, enum store_order order, size_t offset, size_t limit, int brief, store_doc_fn fn,
	      void *arg, char **cause)
{
	int by_place = list_by_place(s, order, offset, limit, brief, fn, arg, cause);
	if (by_place != 0)
		return by_place < 0 ? -1 : 0;
	char *sql = xasprintf("SELECT %s FROM document d%s LIMIT ?1 OFFSET ?2", brief ? DOC_BRIEF_COLUMNS : DOC_COLUMNS,
			      docs_order_sql(order));
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	free(sql);
	if (rc != SQLITE_OK) {
		*cause = sql_cause(s, "listing documents");
		return -1;
	}
	sqlite3_bind_int64(st, 1, limit ? (sqlite3_int64)limit : -1);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)offset);
	return docs_list_rows(s, st, fn, arg, cause);
}

int store_list(struct store *s, enum store_order order, size_t offset, size_t limit, store_doc_fn fn,
	       void *arg, char **cause)
{
	return docs_list(s, order, offset, limit, 0, fn, arg, cause);
}

int64_t store_count(struct store *s, char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, ST_COUNT, cause);
	if (st == NULL)
		return -1;
	int64_t n = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		*cause = sql_cause(s, "counting documents");
	sqlite3_reset(st);
	return n;
}

/* Runs a listing query whose ?1..?n are bound by the caller: shared by the
 * filtered and unfiltered listings. */
int docs_list_rows(struct store *s, sqlite3_stmt *st, store_doc_fn fn, void *arg, char **cause)
{
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_doc *sd = docs_new();
		docs_row(st, sd);
		stop = fn(sd, arg);
		store_doc_free(sd);
	}
	if (!stop && rc != SQLITE_DONE) {
		const char *msg = sqlite3_errmsg(s->db);
		*cause = strstr(msg, "fts5") ? xasprintf("malformed filter: %s", msg) : sql_cause(s, "listing documents");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

int64_t store_index_of_date(struct store *s, const char *iso, char **cause)
{
	if (order_fresh(s)) {
		int64_t id = sql_query_int(s, "SELECT coalesce((SELECT id FROM document WHERE sort_date >= ?1 "
					  "ORDER BY sort_date, id LIMIT 1), 0)",
					  iso, 0, "finding a date", cause);
		if (id < 0)
			return -1;
		if (id == 0)
			return store_count(s, cause);
		int64_t place;
		if (order_place_of(s, STORE_BY_DATE, id, &place) == 1)
			return place;
	}
	return sql_query_int(s, "SELECT count(*) FROM document WHERE sort_date < ?1", iso, 0, "finding a date", cause);
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
	int64_t v = sql_query_int(s, dir > 0 ? next : prev, NULL, id, "moving in a correspondence", &c);
	if (c) {
		*cause = c;
		return -1;
	}
	if (v < 0)
		return 1;
	*out = v;
	return 0;
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
	int64_t place;
	if (order_place_of(s, order, id, &place) == 1 && place >= 0)
		return place;
	return sql_query_int(s, sql[order], NULL, id, "finding a document", cause);
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
	int64_t v = sql_query_int(s, dir > 0 ? next[order] : prev[order], NULL, id, "moving between documents", &c);
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
			       /* a table of its own: a document's row holds its body, which an
				* update of the row would write again, all of it */
			       "INSERT INTO reading(doc_id, pos, at) "
			       "SELECT id, ?2, strftime('%Y-%m-%dT%H:%M:%f','now') FROM document WHERE id = ?1 "
			       "ON CONFLICT(doc_id) DO UPDATE SET pos = excluded.pos, at = excluded.at",
			       -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "saving the reading position");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)pos);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "saving the reading position");
		return -1;
	}
	return 0;
}

int64_t store_last_read(struct store *s)
{
	char *cause = NULL;
	int64_t id = sql_query_int(s, "SELECT doc_id FROM reading WHERE ?1 = ?1 ORDER BY at DESC LIMIT 1",
			       NULL, 0, "finding the last document read", &cause);
	free(cause);
	return id < 0 ? 0 : id;
}

/* Replaces the parties of a role with the names in value (";"-separated). */
static int correct_parties(struct store *s, int64_t id, const char *role, const char *value, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "DELETE FROM party WHERE doc_id = ?1 AND role = ?2", -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "correcting parties");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "correcting parties");
		return -1;
	}
	struct strv names;
	strv_init(&names);
	char *copy = xstrdup(value ? value : "");
	for (char *tok = strtok(copy, ";"); tok; tok = strtok(NULL, ";"))
		if (*str_trim(tok))
			strv_push(&names, tok);
	free(copy);
	rc = people_put_parties(s, id, role, &names, NULL, NULL, cause);
	strv_free(&names);
	return rc;
}

/* Recomputes the document's people column and re-indexes it. */
static int refresh_people(struct store *s, int64_t id, char **cause)
{
	static const char *const sql =
		"UPDATE document SET people = coalesce((SELECT group_concat(p.name, '; ') FROM party pa "
		"JOIN person p ON p.id = pa.person_id WHERE pa.doc_id = ?1), '') WHERE id = ?1";
	if (rank_fts_write(s, id, 1, cause) != 0)
		return -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "correcting");
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "correcting");
		return -1;
	}
	return rank_fts_write(s, id, 0, cause);
}

/* The correction's writes, inside its transaction. */
static int correct(struct store *s, int64_t id, const char *field, const char *value, int is_party, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s,
				       "INSERT INTO correction(doc_id, field, value) VALUES (?1, ?2, ?3) "
				       "ON CONFLICT(doc_id, field) DO UPDATE SET value = excluded.value, "
				       "updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
				       "saving a correction", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, field, -1, SQLITE_TRANSIENT);
	sql_bind_text(st, 3, value);
	if (sql_finish(s, st, "saving a correction", cause) != 0)
		return -1;
	if (is_party)
		return people_count_doc(s, id, -1, cause) != 0 || correct_parties(s, id, field, value, cause) != 0 ||
				       people_count_doc(s, id, 1, cause) != 0 || refresh_people(s, id, cause) != 0
			       ? -1
			       : 0;
	return rank_fts_write(s, id, 1, cause) != 0 || reapply_corrections(s, id, cause) != 0 ||
			       rank_fts_write(s, id, 0, cause) != 0
		       ? -1
		       : 0;
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
	/* The rank index follows the text indexed again. */
	if (rank_begin(s, 0, cause) != 0 || correct(s, id, field, value, is_party, cause) != 0 ||
	    rank_end(s, 1, cause) != 0 || store_commit(s, cause) != 0) {
		rank_end(s, 0, NULL);
		store_rollback(s);
		return -1;
	}
	/* A title or a date moves the document in its lists. */
	return is_party ? 0 : store_order_build(s, cause);
}

int store_page_doc(struct store *s, const char *volume, const char *n, int64_t *id, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s,
				       "SELECT p.doc_id FROM page p JOIN document d ON d.id = p.doc_id "
				       "WHERE p.n = ?2 AND (?1 IS NULL OR d.volume_id = ?1) ORDER BY p.pos, p.doc_id LIMIT 1",
				       "finding a page", cause);
	*id = 0;
	if (st == NULL)
		return -1;
	sql_bind_text(st, 1, volume);
	sqlite3_bind_text(st, 2, n, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	return sql_rows_done(s, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, 0, "finding a page", cause);
}

int store_doc_hash(struct store *s, int64_t id, char **hash, char **cause)
{
	sqlite3_stmt *st = sql_prepare_read(s, "SELECT hash FROM document WHERE id = ?1", "reading a document's hash", cause);
	*hash = NULL;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*hash = sql_col_text(st, 0);
	return sql_rows_done(s, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, 0, "reading a document's hash", cause);
}

int store_doc_heading(struct store *s, int64_t id, char **title, char **date, char **cause)
{
	*title = *date = NULL;
	sqlite3_stmt *st = sql_stmt(s, ST_DOC_HEADING, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*title = sql_col_text(st, 0);
		*date = sql_col_text(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = sql_cause(s, "reading a document's title");
		return -1;
	}
	return rc == SQLITE_ROW ? 0 : 1;
}

int store_doc_find(struct store *s, const char *hash, const char *path, int64_t *id, char **cause)
{
	*id = 0;
	int rc = hash ? sql_lookup_id(s, ST_BY_HASH, hash, id, cause) : 0;
	if (rc == 0 && path)
		rc = sql_lookup_id(s, ST_BY_PATH, path, id, cause);
	if (rc <= 0)
		*id = 0;
	return rc < 0 ? -1 : 0;
}

int store_put_gloss(struct store *s, const char *volume, const struct doc_gloss *g, size_t n, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "DELETE FROM gloss WHERE volume_id = ?1", "recording a glossary", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, volume, -1, SQLITE_TRANSIENT);
	if (sql_finish(s, st, "recording a glossary", cause) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (g[i].id == NULL || g[i].term == NULL)
			continue;
		st = sql_prepare(s,
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
		if (sql_finish(s, st, "recording a glossary", cause) != 0)
			return -1;
	}
	return 0;
}
