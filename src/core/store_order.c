/* store_order.c: the lists' orders kept in the library as arrays: for
 * each order (date, title, import), the documents' ids by place and their
 * places by id, in rows of ORDER_CHUNK entries. A document's place in a
 * list, and the documents at a place, are then a row's lookup each,
 * whatever the library's size: counting the documents before one read
 * up to a million index entries, and OFFSET stepped over as many.
 *
 * Triggers count every change to the documents' order in stats
 * ('order_changes'); the arrays hold the count they were built at
 * ('order_built'), and arrays of another count are not used (the SQL
 * that counts is). An import and a correction build them again. */
#include "store_priv.h"

#include <stdlib.h>
#include <string.h>

/* Entries a row: ORDER_CHUNK (store_priv.h), 4 KiB, within one page. */
#define ORDERS 3

/* Which array a row belongs to: ids by place, or places by id. */
enum order_kind {
	ORDER_IDS,
	ORDER_PLACES,
};

static int64_t row_key(enum order_kind kind, enum store_order order, int64_t chunk)
{
	return ((int64_t)(kind * ORDERS + (int)order) << 32) | chunk;
}

static const char *const order_select[ORDERS] = {
	[STORE_BY_DATE] = "SELECT id FROM document ORDER BY sort_date, id",
	[STORE_BY_TITLE] = "SELECT id FROM document ORDER BY title COLLATE NOCASE, id",
	[STORE_BY_IMPORT] = "SELECT id FROM document ORDER BY id",
};

static void put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Writes an array of n entries as rows of kind and order. */
static int put_array(struct store *s, sqlite3_stmt *ins, enum order_kind kind, enum store_order order,
		     const uint32_t *v, size_t n, char **cause)
{
	unsigned char buf[ORDER_CHUNK * 4];
	for (size_t at = 0; at < n; at += ORDER_CHUNK) {
		size_t k = n - at < ORDER_CHUNK ? n - at : ORDER_CHUNK;
		for (size_t i = 0; i < k; i++)
			put_u32(buf + 4 * i, v[at + i]);
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, row_key(kind, order, (int64_t)(at / ORDER_CHUNK)));
		sqlite3_bind_blob(ins, 2, buf, (int)(k * 4), SQLITE_TRANSIENT);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			*cause = sql_cause(s, "keeping the lists' order");
			return -1;
		}
	}
	return 0;
}

/* The ids of one order, and the place of each id (UINT32_MAX: none). */
static int build_one(struct store *s, sqlite3_stmt *ins, enum store_order order, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, order_select[order], -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "keeping the lists' order");
		return -1;
	}
	uint32_t *ids = NULL, *places = NULL;
	size_t n = 0, cap = 0, nplaces = 0;
	int rc, ok = 1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		if (id < 0 || id >= UINT32_MAX) {
			ok = 0; /* not kept: the SQL that counts serves */
			break;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			ids = xreallocarray(ids, cap, sizeof *ids);
		}
		if ((size_t)id >= nplaces) {
			size_t m = nplaces ? nplaces : 4096;
			while (m <= (size_t)id)
				m *= 2;
			places = xreallocarray(places, m, sizeof *places);
			memset(places + nplaces, 0xff, (m - nplaces) * sizeof *places);
			nplaces = m;
		}
		places[id] = (uint32_t)n;
		ids[n++] = (uint32_t)id;
	}
	sqlite3_finalize(st);
	int ret = 0;
	if (ok && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = sql_cause(s, "keeping the lists' order");
		ret = -1;
	} else if (ok) {
		/* places only as far as the largest id */
		size_t np = 0;
		for (size_t i = 0; i < n; i++)
			if (ids[i] + 1 > np)
				np = ids[i] + 1;
		ret = put_array(s, ins, ORDER_IDS, order, ids, n, cause) != 0 ||
				      put_array(s, ins, ORDER_PLACES, order, places, np, cause) != 0
			      ? -1
			      : 1;
	}
	free(ids);
	free(places);
	return ret;
}

int store_order_build(struct store *s, char **cause)
{
	if (s->readonly)
		return 0;
	if (store_unit_begin(s, cause) != 0)
		return -1;
	sqlite3_stmt *ins = NULL;
	int ok = sql_exec(s, "DELETE FROM doc_order", "keeping the lists' order", cause) == 0 &&
		 sqlite3_prepare_v2(s->db, "INSERT INTO doc_order(id, data) VALUES (?1, ?2)", -1, &ins, NULL) == SQLITE_OK;
	if (!ok && *cause == NULL)
		*cause = sql_cause(s, "keeping the lists' order");
	int kept = 1;
	for (int o = 0; ok && o < ORDERS; o++) {
		int rc = build_one(s, ins, (enum store_order)o, cause);
		if (rc < 0)
			ok = 0;
		else if (rc == 0)
			kept = 0;
	}
	sqlite3_finalize(ins);
	/* Arrays that could not be kept (an id beyond 32 bits) are left
	 * out of date: the lists count with SQL. */
	if (ok)
		ok = sql_exec(s,
			      kept ? "UPDATE stats SET value = (SELECT value FROM stats WHERE key = 'order_changes') "
				     "WHERE key = 'order_built'"
				   : "UPDATE stats SET value = -1 WHERE key = 'order_built'",
			      "keeping the lists' order", cause) == 0;
	if (!ok) {
		store_unit_end(s, 0, NULL);
		return -1;
	}
	s->order_cache_n = 0;
	return store_unit_end(s, 1, cause);
}

/* The cached rows are those of the library as this connection last saw
 * it: another connection's commit moves data_version, this one's total
 * changes. */
static void cache_check(struct store *s)
{
	int64_t key[2] = { store_data_version(s), sqlite3_total_changes64(s->db) };
	if (key[0] != s->order_key[0] || key[1] != s->order_key[1]) {
		s->order_cache_n = 0;
		s->order_key[0] = key[0];
		s->order_key[1] = key[1];
	}
}

/* The row of key, if the arrays are up to date: 1 with *data and *len
 * (4 bytes an entry, valid until the next call), 0 when they are not (or
 * there is no such row), -1 on error. */
static int get_row(struct store *s, int64_t key, const unsigned char **data, size_t *len)
{
	cache_check(s);
	for (int i = 0; i < s->order_cache_n; i++) {
		if (s->order_cache[i].key == key) {
			*data = s->order_cache[i].data;
			*len = s->order_cache[i].len;
			return s->order_cache[i].len > 0;
		}
	}
	sqlite3_stmt *st = sql_stmt(s, ST_ORDER_ROW, NULL);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, key);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		sqlite3_reset(st);
		return -1;
	}
	/* The oldest of the cached rows makes room. */
	int slot = s->order_cache_n < ORDER_CACHE ? s->order_cache_n++ : (int)(s->order_next++ % ORDER_CACHE);
	struct order_row *r = &s->order_cache[slot];
	r->key = key;
	r->len = 0;
	if (rc == SQLITE_ROW) {
		int n = sqlite3_column_bytes(st, 0);
		const void *p = sqlite3_column_blob(st, 0);
		if (n > 0 && n <= (int)sizeof r->data && n % 4 == 0) {
			memcpy(r->data, p, (size_t)n);
			r->len = (size_t)n;
		}
	}
	sqlite3_reset(st);
	*data = r->data;
	*len = r->len;
	return r->len > 0;
}

/* Entry i of an array: 1 with *out, 0 when the arrays are out of date or
 * i is beyond them, -1 on error. */
static int entry(struct store *s, enum order_kind kind, enum store_order order, int64_t i, uint32_t *out)
{
	if (i < 0 || order < 0 || order >= ORDERS)
		return 0;
	const unsigned char *p;
	size_t len;
	int rc = get_row(s, row_key(kind, order, i / ORDER_CHUNK), &p, &len);
	if (rc <= 0)
		return rc;
	size_t k = (size_t)(i % ORDER_CHUNK);
	if (4 * k >= len)
		return 0;
	*out = get_u32(p + 4 * k);
	return 1;
}

int order_place_of(struct store *s, enum store_order order, int64_t id, int64_t *place)
{
	uint32_t v;
	int rc = entry(s, ORDER_PLACES, order, id, &v);
	if (rc == 1)
		*place = v == UINT32_MAX ? -1 : (int64_t)v;
	return rc;
}

int order_id_at(struct store *s, enum store_order order, int64_t place, int64_t *id)
{
	uint32_t v;
	int rc = entry(s, ORDER_IDS, order, place, &v);
	if (rc == 1)
		*id = v;
	return rc;
}

int order_fresh(struct store *s)
{
	int64_t id;
	return order_id_at(s, STORE_BY_IMPORT, 0, &id) == 1;
}
