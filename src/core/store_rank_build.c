/* store_rank_build.c: the rank lists written at the end of a session
 * (an import, a correction): the terms it followed, with the documents
 * before it read back from the full-text index, or every list built again
 * from every document when they were out of date (see store_rank.c). */
#include "store_rank_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The weights of the documents below start holding a term, read back
 * from the index: df, and the heaviest kept. */
static int term_fill(struct store *s, struct rank_term *t)
{
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_FILL, NULL);
	if (st == NULL)
		return -1;
	char *q = xasprintf("\"%s\"", t->term);
	sqlite3_bind_text(st, 1, q, -1, free);
	sqlite3_bind_int64(st, 2, t->start);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t v = sqlite3_column_int64(st, 1);
		uint64_t tf = (uint64_t)v >> 32, len = (uint64_t)v & 0xffffffffu;
		struct rank_entry e = { (uint32_t)sqlite3_column_int64(st, 0), (uint16_t)(tf > 65535 ? 65535 : tf),
					(uint16_t)(len > 65535 ? 65535 : len) };
		t->df++;
		rank_heap_offer(t, s->rank_keep, &e);
	}
	sqlite3_reset(st);
	t->start = 0;
	return rc == SQLITE_DONE ? 0 : -1;
}

/* How many documents below start hold a term, or -1. */
static int64_t gap_count(struct store *s, struct rank_term *t)
{
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_COUNT, NULL);
	if (st == NULL)
		return -1;
	char *q = xasprintf("\"%s\"", t->term);
	sqlite3_bind_text(st, 1, q, -1, free);
	sqlite3_bind_int64(st, 2, t->start);
	int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

/* Writes a term's list (or deletes it, now too rare), at avgdl a1. */
static int term_store(struct store *s, struct rank_term *t, double a1)
{
	if (t->df < s->rank_min_df) {
		if (!t->stored)
			return 0;
		sqlite3_stmt *st = sql_stmt(s, ST_RANK_DELETE, NULL);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, t->term, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	/* Ranked again at the library's mean length, the floor loosened to
	 * hold there too. */
	double floor = rank_floor_at(t->floor, t->avgdl, a1);
	t->floor = floor > t->floor ? floor : t->floor;
	t->avgdl = a1;
	rank_heap_sort(t);
	unsigned char *blob = xcalloc(t->n ? t->n : 1, ENTRY_BYTES);
	for (size_t i = 0; i < t->n; i++) {
		rank_put_le(blob + i * ENTRY_BYTES, t->v[i].doc, 4);
		rank_put_le(blob + i * ENTRY_BYTES + 4, t->v[i].tf, 2);
		rank_put_le(blob + i * ENTRY_BYTES + 6, t->v[i].len, 2);
	}
	sqlite3_stmt *st = sql_stmt(s, ST_RANK_PUT, NULL);
	if (st == NULL) {
		free(blob);
		return -1;
	}
	sqlite3_bind_text(st, 1, t->term, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, t->df);
	sqlite3_bind_double(st, 3, t->avgdl);
	sqlite3_bind_double(st, 4, t->floor);
	sqlite3_bind_blob(st, 5, blob, (int)(t->n * ENTRY_BYTES), free);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Rebuilding: every document's text goes through the tokenizer. */
static int rebuild_all(struct store *s, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT id, title, people, summary, body FROM document ORDER BY id", -1, &st,
			       NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "building the rank index");
		return -1;
	}
	struct rank_wrap *w = s->rank_wrap;
	const char *args[] = { "remove_diacritics", "2" };
	Fts5Tokenizer *tok;
	if (w->base.xCreate(w->base_ctx, args, 2, &tok) != SQLITE_OK) {
		sqlite3_finalize(st);
		*cause = xstrdup("building the rank index: no tokenizer");
		return -1;
	}
	struct rank_session *r = s->rank;
	r->rows = r->tokens = 0;
	int rc = 0;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		if (id <= 0 || id > UINT32_MAX) {
			r->spoiled = 1;
			break;
		}
		r->doc = (uint32_t)id;
		r->deleting = 0;
		r->doc_len = 0;
		for (int col = 1; col <= 4; col++) {
			const char *text = (const char *)sqlite3_column_text(st, col);
			if (text)
				rank_count_text(s, tok, text, sqlite3_column_bytes(st, col));
		}
		rc = rank_doc_end(s);
	}
	w->base.xDelete(tok);
	sqlite3_finalize(st);
	if (rc != 0)
		*cause = sql_cause(s, "building the rank index");
	return rc;
}

int rank_end(struct store *s, int ok, char **cause)
{
	struct rank_session *r = s->rank;
	if (r == NULL)
		return 0;
	s->rank = NULL;
	int rc = 0;
	if (!ok || r->spoiled) {
		rc = rank_set_valid(s, 0, cause);
		rank_session_free(r);
		return rc;
	}
	if (store_unit_begin(s, cause) != 0) {
		rank_session_free(r);
		return -1;
	}
	s->rank = r;
	if (r->rebuild) {
		rc = sql_exec(s, "DELETE FROM term_rank", "building the rank index", cause);
		if (rc == 0)
			rc = rebuild_all(s, cause);
	}
	s->rank = NULL;
	double rows, tokens;
	if (rc == 0)
		rc = rank_fts_totals(s, &rows, &tokens);
	double a1 = rows > 0 && tokens > 0 ? tokens / rows : 1;
	for (size_t i = 0; rc == 0 && i < r->t_cap; i++) {
		struct rank_term *t = r->terms[i];
		if (t == NULL || !t->dirty)
			continue;
		if (t->start > 0 && t->df < s->rank_min_df) {
			/* Followed late and still short: the documents before
			 * are counted first, and read only if it may be kept. */
			int64_t before = gap_count(s, t);
			if (before < 0)
				rc = -1;
			else if (t->df + before < s->rank_min_df && !t->stored)
				continue;
		}
		if (rc == 0 && t->start > 0 && term_fill(s, t) != 0)
			rc = -1;
		else if (rc == 0 && term_store(s, t, a1) != 0)
			rc = -1;
		if (rc != 0)
			*cause = sql_cause(s, "keeping the rank index");
	}
	if (rc == 0)
		rc = rank_set_valid(s, !r->spoiled, cause);
	rank_session_free(r);
	if (rc != 0) {
		store_unit_end(s, 0, NULL);
		return -1;
	}
	return store_unit_end(s, 1, cause);
}

int store_rank_begin(struct store *s, char **cause)
{
	return rank_begin(s, 1, cause);
}

int store_rank_end(struct store *s, int ok, char **cause)
{
	return rank_end(s, ok, cause);
}

