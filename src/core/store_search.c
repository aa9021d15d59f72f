/* store_search.c: full-text search and the filtered listings: FTS5 with
 * dossier_bm25 ranking, the filters of the query language, and the SQL
 * functions they need (fold, dossier_in). */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/query.h"
#include "dossier/text.h"

/* Below this many matches of the words, testing each match's document
 * costs less than listing a filter's documents (28,000 telegrams). */
#define FEW_MATCHES 4000
/* A search answers within this, or stops and says so: whatever the
 * library and the query, no one waits on it (the time the caller takes
 * with each result is not counted). */
#define SEARCH_SECONDS 1.0

/* Ranking. FTS5's bm25() reads each matching row's length from the
 * index's docsize table, one B-tree lookup per row: for a word found in
 * most of 100,000 letters that is most of a search's time. dossier_bm25()
 * is the same formula over the same statistics, with the lengths read
 * once into memory (they are read again when the library changed). */

#define BM25_K1 1.2
#define BM25_B 0.75
/* Below this many matches, or a quarter of the library, the per-row
 * lookups cost less than reading every document's length: a search as a
 * process for a word of 2,905 letters in 100,000 ran 86 M instructions
 * with every length read, 11 M without. */
#define DOCLEN_MIN_HITS 2000
#define DOCLEN_MIN_SHARE 4

struct bm25_data {
	int nphrase;
	int names;              /* the phrases are one person's names: one term */
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
	/* The weights of phrases of several words, given by the search
	 * (rank_phrase_idfs: "-" for one counted here), if they fit. */
	double *given = xcalloc((size_t)d->nphrase + 1, sizeof *given);
	int ngiven = 0;
	const char *p = s->bm25_idfs;
	if (p && strncmp(p, "names ", 6) == 0) {
		/* one weight for them all */
		double idf = strtod(p + 6, NULL);
		d->names = idf > 0;
		for (int i = 0; d->names && i < d->nphrase; i++)
			d->idf[i] = idf;
		p = NULL;
	}
	for (; !d->names && p && *p && ngiven <= d->nphrase;) {
		char *end;
		given[ngiven < d->nphrase ? ngiven : d->nphrase] = *p == '-' ? -1 : strtod(p, &end);
		p = *p == '-' ? p + 1 : end;
		ngiven++;
		while (*p == ' ')
			p++;
	}
	for (int i = 0; *rc == SQLITE_OK && !d->names && i < d->nphrase; i++) {
		if (ngiven == d->nphrase && given[i] > 0) {
			d->idf[i] = given[i];
			continue;
		}
		sqlite3_int64 hits = 0;
		*rc = api->xQueryPhrase(fts, i, &hits, count_row);
		double idf = log(((double)nrow - (double)hits + 0.5) / ((double)hits + 0.5));
		d->idf[i] = idf <= 0.0 ? 1e-6 : idf;
		if (hits > most)
			most = hits;
	}
	free(given);
	if (*rc == SQLITE_OK && most >= DOCLEN_MIN_HITS && most * DOCLEN_MIN_SHARE >= nrow)
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
	if (d->names && d->nphrase > 0) {
		double f = 0;
		for (int i = 0; i < d->nphrase; i++)
			f += d->freq[i];
		score = d->idf[0] * (f * (BM25_K1 + 1.0)) / (f + BM25_K1 * (1 - BM25_B + BM25_B * (double)len / d->avgdl));
	}
	for (int i = 0; !d->names && i < d->nphrase; i++)
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

/* dossier_tf(document_fts): the first phrase's count in the row, times
 * 2^32, plus the row's length in tokens (for the rank index). */
static void dossier_tf(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
		       sqlite3_value **val)
{
	(void)nval;
	(void)val;
	int ninst = 0, len = 0, tf = 0;
	int rc = api->xInstCount(fts, &ninst);
	for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
		int ip, ic, io;
		rc = api->xInst(fts, i, &ip, &ic, &io);
		tf += rc == SQLITE_OK && ip == 0;
	}
	if (rc == SQLITE_OK)
		rc = api->xColumnSize(fts, -1, &len);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	sqlite3_result_int64(ctx, (sqlite3_int64)tf << 32 | (uint32_t)len);
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
	s->snippets = api != NULL && api->iVersion >= 2 && snippet_register(s, api);
	if (s->ranked && api->xCreateFunction(api, "dossier_tf", s, dossier_tf, NULL) == SQLITE_OK)
		rank_wrap_tokenizer(s, api);
	s->text_snippets = s->rank_wrap != NULL && snippet_text_register(s);
}


/* The FTS5 expression for the words of a query: a person's name (any of
 * them) also finds the person's other names. */
static char *search_fts(struct store *s, const char *words, int *is_names, char **cause)
{
	if (is_names)
		*is_names = 0;
	char *bare = xstrdup(words);
	size_t n = strlen(bare);
	if (n >= 2 && bare[0] == '"' && bare[n - 1] == '"') {
		memmove(bare, bare + 1, n - 2);
		bare[n - 2] = '\0';
	}
	int64_t pid = strchr(bare, '"') ? 0 : store_person_id(s, bare);
	free(bare);
	sqlite3_stmt *st;
	/* A name left in the index of a person who is party to no document
	 * (a header misread, since corrected) widens nothing: "leadership"
	 * stays a word. */
	if (pid != 0 &&
	    sqlite3_prepare_v2(s->db, "SELECT 1 FROM party WHERE person_id = ?1 LIMIT 1", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, pid);
		if (sqlite3_step(st) != SQLITE_ROW)
			pid = 0;
		sqlite3_finalize(st);
	}
	if (pid == 0)
		return query_to_fts(words, cause);
	/* The person's shortest names: a name with hundreds of variants
	 * would make every search an OR of hundreds of phrases. */
	if (sqlite3_prepare_v2(s->db, "SELECT name FROM alias WHERE person_id = ?1 ORDER BY length(name) LIMIT 12",
			       -1, &st, NULL) != SQLITE_OK)
		return query_to_fts(words, cause);
	sqlite3_bind_int64(st, 1, pid);
	struct strv names;
	strv_init(&names);
	while (sqlite3_step(st) == SQLITE_ROW)
		strv_push(&names, sql_col_str(st, 0));
	sqlite3_finalize(st);
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < names.n; i++) {
		/* A name that holds a shorter one ("Stalin Kim Il Sung", an
		 * alias of lists run together) finds nothing more, and would
		 * count its matches twice. */
		int redundant = 0;
		for (size_t k = 0; !redundant && k < names.n; k++)
			redundant = k != i && rank_phrase_within(s, names.v[k], names.v[i]) &&
				    (k < i || !rank_phrase_within(s, names.v[i], names.v[k]));
		if (redundant)
			continue;
		struct buf name;
		buf_init(&name);
		buf_adds(&name, "\"");
		for (const char *p = names.v[i]; *p; p++) {
			if (*p == '"')
				buf_addc(&name, '"');
			buf_addc(&name, *p);
		}
		buf_adds(&name, "\"");
		buf_printf(&b, "%s%s", b.len ? " OR " : "", name.data);
		buf_free(&name);
	}
	strv_free(&names);
	if (b.len == 0) {
		buf_free(&b);
		return query_to_fts(words, cause);
	}
	if (is_names)
		*is_names = 1;
	return buf_detach(&b);
}

/* The documents of a person by name (one bound parameter, here ?1): those
 * they are a party of, and those whose party is an office they held (a
 * heading's "The Secretary of State") dated while they held it, as the
 * documents that name them with that office show ("The Secretary of
 * State (Acheson)" of 1949 and of 1952). */
#define PERSON_PARTY_DOCS(P) "SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = pa.person_id WHERE a.name = " P
#define PERSON_OFFICE_DOCS(P)                                                                                 \
	"SELECT po.doc_id FROM (SELECT h.office AS office, min(hd.date) AS lo, max(hd.date) AS hi "            \
	"  FROM party h JOIN alias ha ON ha.person_id = h.person_id JOIN document hd ON hd.id = h.doc_id "     \
	"  WHERE ha.name = " P " AND h.office IS NOT NULL AND hd.date IS NOT NULL GROUP BY h.office) held "    \
	"JOIN person op ON op.name = held.office OR op.name = 'the ' || held.office "                           \
	"JOIN party po ON po.person_id = op.id JOIN document od ON od.id = po.doc_id "                         \
	"WHERE od.date BETWEEN held.lo AND held.hi || '~'"
#define PERSON_DOCS(P) PERSON_PARTY_DOCS(P) " UNION " PERSON_OFFICE_DOCS(P)

/* A person of this many documents or more is tested document by document
 * in a list's first screens (their thousands of documents are not listed
 * first to find forty). */
#define PERSON_WALKED 4000

/* The persons of q's person: filters that are parties of many documents,
 * as bits (the first 32). */
static unsigned long persons_common(struct store *s, const struct query *q)
{
	unsigned long bits = 0;
	for (size_t i = 0; i < q->person.n && i < 32; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(p.docs), 0) FROM alias a "
					      "JOIN person p ON p.id = a.person_id WHERE a.name = ?1",
				       -1, &st, NULL) != SQLITE_OK)
			return bits;
		sqlite3_bind_text(st, 1, q->person.v[i], -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) >= s->person_walked)
			bits |= 1ul << i;
		sqlite3_finalize(st);
	}
	return bits;
}

/* Appends the SQL of a query's filters, tested on a document d; their
 * values are bound from parameter first on, in the order bind_filters
 * binds them. */
static void filters_sql(struct buf *sql, const struct query *q, unsigned long walked, int each);

static void add_filters(struct buf *sql, const struct query *q)
{
	filters_sql(sql, q, 0, 0);
}

/* add_filters, the person: filters of the bits in walked tested on d
 * itself (its parties, by its id) rather than in their documents listed. */
static void add_filters_walked(struct buf *sql, const struct query *q, unsigned long walked)
{
	filters_sql(sql, q, walked, 0);
}

/* add_filters, every filter tested on d itself: for a few documents
 * named by id, where a party's list of letters would cost more than
 * they do. */
static void add_filters_each(struct buf *sql, const struct query *q)
{
	filters_sql(sql, q, ~0ul, 1);
}

static void filters_sql(struct buf *sql, const struct query *q, unsigned long walked, int each)
{
	/* IN rather than a correlated EXISTS: the party's documents are
	 * listed once (from party_person alone), not looked up again for
	 * every match of the words; the + keeps the list from driving the
	 * full-text scan. */
	static const char *const role_sql =
		" AND +d.id IN (SELECT pa.doc_id FROM party pa JOIN alias a ON a.person_id = pa.person_id "
		"WHERE pa.role = '%s' AND a.name = ?)";
	static const char *const role_each_sql =
		" AND EXISTS (SELECT 1 FROM party pa JOIN alias a ON a.person_id = pa.person_id "
		"WHERE pa.doc_id = d.id AND pa.role = '%s' AND a.name = ?)";
	for (size_t i = 0; i < q->from.n; i++)
		buf_printf(sql, each ? role_each_sql : role_sql, "from");
	for (size_t i = 0; i < q->to.n; i++)
		buf_printf(sql, each ? role_each_sql : role_sql, "to");
	for (size_t i = 0; i < q->person.n; i++)
		if (i < 32 && (walked >> i) & 1)
			/* Their names through document_filter too: the
			 * documents walked in date or title order would
			 * each be read for its names (2,000 pages for a
			 * year's letters at 100,000). */
			buf_adds(sql, " AND (EXISTS (SELECT 1 FROM party pa WHERE pa.doc_id = d.id AND "
				      "pa.person_id IN (SELECT person_id FROM alias WHERE name = ?)) OR +d.id IN "
				      "(" PERSON_OFFICE_DOCS("?") ") OR (SELECT pd.people FROM document pd INDEXED BY "
				      "document_filter WHERE pd.id = d.id) LIKE '%' || ? || '%' ESCAPE '\\')");
		else
			buf_adds(sql, " AND (+d.id IN (" PERSON_DOCS("?") ") OR d.people LIKE '%' || ? || '%' ESCAPE '\\')");
	if (q->kind)
		buf_adds(sql, " AND d.kind LIKE '%' || ? || '%' ESCAPE '\\'");
	if (q->lang)
		buf_adds(sql, " AND d.language LIKE ? || '%' ESCAPE '\\'");
	if (q->volume)
		buf_adds(sql, " AND (d.volume_id = ? OR d.volume_id IN (SELECT id FROM volume WHERE title LIKE '%' || ? || '%' "
			      "ESCAPE '\\'))");
	/* On sort_date alone, which is the date when there is one ('~' when
	 * none, '' when a correction emptied it): a listing in date order
	 * then walks the range in its index, not the whole library, and
	 * reads no letter to see its date (2,000 pages read for a year's
	 * letters at 100,000). */
	if (q->date_lo)
		buf_adds(sql, " AND d.sort_date >= ? AND d.sort_date < '~'");
	if (q->date_hi)
		buf_adds(sql, " AND d.sort_date > '' AND d.sort_date < ? || '~'");
}

static int bind_filters(sqlite3_stmt *st, int i, const struct query *q)
{
	for (size_t k = 0; k < q->from.n; k++)
		sqlite3_bind_text(st, i++, q->from.v[k], -1, SQLITE_TRANSIENT);
	for (size_t k = 0; k < q->to.n; k++)
		sqlite3_bind_text(st, i++, q->to.v[k], -1, SQLITE_TRANSIENT);
	for (size_t k = 0; k < q->person.n; k++) {
		/* PERSON_DOCS names the person twice, then the names' LIKE */
		for (int n = 0; n < 2; n++)
			sqlite3_bind_text(st, i++, q->person.v[k], -1, SQLITE_TRANSIENT);
		sql_bind_like(st, i++, q->person.v[k]);
	}
	if (q->kind)
		sql_bind_like(st, i++, q->kind);
	if (q->lang)
		sql_bind_like(st, i++, q->lang);
	if (q->volume) {
		sqlite3_bind_text(st, i++, q->volume, -1, SQLITE_TRANSIENT);
		sql_bind_like(st, i++, q->volume);
	}
	if (q->date_lo)
		sqlite3_bind_text(st, i++, q->date_lo, -1, SQLITE_TRANSIENT);
	if (q->date_hi)
		sqlite3_bind_text(st, i++, q->date_hi, -1, SQLITE_TRANSIENT);
	return i;
}

/* The words' matches, counted up to n (counting reads only the index: a
 * millisecond for 60,000 matches); 0 if they cannot be counted. */
static int64_t matches_upto(struct store *s, const char *fts, int64_t n)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM (SELECT 1 FROM document_fts WHERE document_fts MATCH ?1 "
			       "LIMIT ?2)", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, n);
	int64_t c = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return c;
}

/* 1 if the words match fewer than s->few_matches documents. */
static int few_matches(struct store *s, const char *fts)
{
	return s->few_matches > 0 && matches_upto(s, fts, s->few_matches) < s->few_matches;
}

/* 1 if a list's screen is found faster by testing each document in the
 * list's order in the words' matches (a seek in FTS5's index, ~150 us with
 * the row) than by listing the matches first (~0.25 us each): listing
 * costs the M matches, a walk about 40 N / M documents for the screen a
 * list reads first out of N; they meet near M = sqrt(24000 N), 155,000
 * at a million documents. The matches are guessed from the rank index's
 * counts, not counted (counting that far is itself 15 ms at a million). */
static int words_probed(struct store *s, const char *fts)
{
	int64_t m = s->words_probed;
	if (m == 0)
		return 1;
	int64_t guess = rank_matches_guess(s, fts);
	if (guess < 0)
		return 0;
	if (m < 0) {
		char *cause = NULL;
		int64_t total = store_count(s, &cause);
		free(cause);
		m = (int64_t)sqrt(24000.0 * (double)(total > 0 ? total : 0));
	}
	return guess >= m;
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
	char *like[3] = { q->kind ? sql_like_escape(q->kind) : NULL, q->lang ? sql_like_escape(q->lang) : NULL,
			  q->volume ? sql_like_escape(q->volume) : NULL };
	idset_init(all, max_id);
	for (size_t i = 0; rc == 0 && i < q->from.n; i++)
		rc = idset_narrow(s, all, &first, max_id, role_sql, q->from.v[i], "from");
	for (size_t i = 0; rc == 0 && i < q->to.n; i++)
		rc = idset_narrow(s, all, &first, max_id, role_sql, q->to.v[i], "to");
	if (rc == 0 && q->kind)
		rc = idset_narrow(s, all, &first, max_id, DISTINCT_VALUES("kind", "LIKE '%' || ?1 || '%' ESCAPE '\\'"),
				  like[0], NULL);
	if (rc == 0 && q->lang)
		rc = idset_narrow(s, all, &first, max_id, DISTINCT_VALUES("language", "LIKE ?1 || '%' ESCAPE '\\'"),
				  like[1], NULL);
	if (rc == 0 && q->volume)
		rc = idset_narrow(s, all, &first, max_id, "SELECT d.id FROM document d WHERE d.volume_id = ?1 OR d.volume_id IN "
					      "(SELECT id FROM volume WHERE title LIKE '%' || ?2 || '%' ESCAPE '\\')", q->volume,
				  like[2]);
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
			rc = idset_fill(s, &people[i], PERSON_DOCS("?1"), q->person.v[i], NULL);
	}
	for (int i = 0; i < 3; i++)
		free(like[i]);
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
			      "document_filter WHERE pd.id = f.rowid) LIKE '%' || ? || '%' ESCAPE '\\')");
}

static int bind_filter_sets(sqlite3_stmt *st, int i, const struct query *q, struct idset *all, int none,
			    struct idset *people)
{
	if (!none)
		sqlite3_bind_pointer(st, i++, all, IDSET_PTR, NULL);
	for (size_t k = 0; k < q->person.n; k++) {
		sqlite3_bind_pointer(st, i++, &people[k], IDSET_PTR, NULL);
		sql_bind_like(st, i++, q->person.v[k]);
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

void store_search_person_walked(struct store *s, int64_t n)
{
	s->person_walked = n;
}

void store_search_words_probed(struct store *s, int64_t n)
{
	s->words_probed = n;
}

/* rank_top's pass: the candidates that a query's filters keep, all in
 * one statement. */
struct filters_ctx {
	struct store *s;
	const struct query *q;
};

static int filters_pass(void *arg, const uint32_t *docs, size_t n, unsigned char *ok)
{
	const struct filters_ctx *c = arg;
	struct store *s = c->s;
	const struct query *q = c->q;
	struct buf ids, sql;
	buf_init(&ids);
	buf_init(&sql);
	buf_addc(&ids, '[');
	for (size_t i = 0; i < n; i++)
		buf_printf(&ids, "%s%lu", i ? "," : "", (unsigned long)docs[i]);
	buf_addc(&ids, ']');
	buf_adds(&sql, "SELECT j.key FROM json_each(?1) AS j CROSS JOIN document d ON d.id = j.value WHERE 1");
	add_filters_each(&sql, q);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK) {
		buf_free(&ids);
		return -1;
	}
	sqlite3_bind_text(st, 1, ids.data, (int)ids.len, SQLITE_STATIC);
	bind_filters(st, 2, q);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t k = sqlite3_column_int64(st, 0);
		if (k >= 0 && (size_t)k < n)
			ok[k] = 1;
	}
	sqlite3_finalize(st);
	buf_free(&ids);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int search_run(struct store *s, const char *query, size_t limit, const char *mark_open,
		      const char *mark_close, store_hit_fn fn, void *arg, char **cause)
{
	struct query q;
	if (query_parse(query, &q, cause) != 0)
		return -1;
	char *fts = NULL;
	int names = 0; /* the words are a person's, fts their names ORed */
	if (q.words && (fts = search_fts(s, q.words, &names, cause)) == NULL) {
		query_free(&q);
		return -1;
	}
	struct buf sql;
	buf_init(&sql);
	struct idset *sets = NULL; /* filter_sets: all, then each person: name's */
	int none = 1;
	sqlite3_stmt *st;
	/* Common words are ranked from the rank index when it can prove its
	 * top (store_rank.c), rather than by scoring every match. */
	char *ranked = NULL;
	if (fts) {
		struct rank_hit *hits;
		size_t nhits;
		struct filters_ctx fc = { s, &q };
		int rc = rank_top(s, fts, names, limit, query_has_filters(&q) ? filters_pass : NULL, &fc, &hits, &nhits);
		if (rc < 0) {
			*cause = sql_cause(s, "searching");
			goto fail;
		}
		if (rc == 1) {
			struct buf j;
			buf_init(&j);
			buf_addc(&j, '[');
			for (size_t i = 0; i < nhits; i++)
				buf_printf(&j, "%s[%lld,%.17g]", i ? "," : "", (long long)hits[i].id, hits[i].r);
			buf_addc(&j, ']');
			ranked = buf_detach(&j);
			free(hits);
		}
	}
	int ranked_rows = ranked != NULL;
	if (ranked && s->text_snippets) {
		/* The documents by id, their snippets found in their text: no
		 * word's positions are read from the index. */
		buf_adds(&sql, "SELECT " DOC_COLUMNS ", top.r, "
			       "dossier_text_snippet(?1, ?3, ?4, '…', 16, d.title, d.people, d.summary, d.body) "
			       "FROM (SELECT j.value ->> 0 AS id, j.value ->> 1 AS r FROM json_each(?5) AS j) AS top "
			       "CROSS JOIN document d ON d.id = top.id");
	} else if (ranked) {
		buf_adds(&sql, "SELECT " DOC_COLUMNS ", top.r, snippet(document_fts, -1, ?3, ?4, '…', 16) "
			       "FROM (SELECT j.value ->> 0 AS id, j.value ->> 1 AS r FROM json_each(?5) AS j) AS top "
			       "CROSS JOIN document_fts ON document_fts.rowid = top.id "
			       "CROSS JOIN document d ON d.id = top.id WHERE document_fts MATCH ?1");
	} else if (fts) {
		/* The ranking reads only the index (and the filters' columns);
		 * the listing's columns and the snippet are then computed for
		 * the rows shown, not for every match of a common word. ?3 and
		 * ?4 come first in the text, so the filters' parameters are
		 * numbered from 5 on. */
		buf_adds(&sql, s->snippets ? "SELECT " DOC_COLUMNS ", top.r, dossier_snippet(document_fts, ?3, ?4, '…', 16) "
					   : "SELECT " DOC_COLUMNS ", top.r, snippet(document_fts, -1, ?3, ?4, '…', 16) ");
		buf_adds(&sql, "FROM (SELECT f.rowid AS id, ");
		buf_adds(&sql, s->ranked ? "dossier_bm25(document_fts)" : "f.rank");
		buf_adds(&sql, " AS r FROM document_fts f");
		/* Few matches: each is joined to its document and tested.
		 * Many: each filter's documents are listed once as a set. */
		int joined = query_has_filters(&q) && few_matches(s, fts);
		if (query_has_filters(&q) && !joined) {
			sets = xcalloc(q.person.n + 1, sizeof *sets);
			if (filter_sets(s, &q, &sets[0], &none, sets + 1) != 0) {
				*cause = search_clock_cause(s, sqlite3_extended_errcode(s->db), "searching");
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
		buf_adds(&sql, " ORDER BY r, f.rowid LIMIT ?2) AS top CROSS JOIN document_fts ON document_fts.rowid = top.id "
			       "CROSS JOIN document d ON d.id = top.id WHERE document_fts MATCH ?1");
	} else {
		buf_adds(&sql, "SELECT " DOC_COLUMNS ", 0, substr(coalesce(d.summary, d.body), 1, 160) "
			       "FROM document d WHERE ?1 IS NULL AND ?3 IS NOT NULL AND ?4 IS NOT NULL");
		add_filters(&sql, &q);
	}
	if (fts && !query_has_filters(&q)) {
		/* The reader's own annotations are searched too; a document
		 * whose notes match comes first, with the note as snippet, in
		 * the notes' order: only the first ?2 can be shown, and only
		 * theirs are read (every matching note's document row and
		 * parties were 1,290 pages of a search for "comrade") */
		buf_adds(&sql, " UNION ALL SELECT " DOC_COLUMNS ", -1e9 + a.id * 1e-9, 'note: ' || a.body "
			       "FROM (SELECT id, doc_id, body FROM annotation WHERE id IN "
			       "(SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?1) ORDER BY id LIMIT ?2) AS a "
			       "JOIN document d ON d.id = a.doc_id");
	} else if (fts) {
		/* ... and with filters, those of the documents they keep */
		buf_adds(&sql, " UNION ALL SELECT " DOC_COLUMNS ", -1e9 + a.id * 1e-9, 'note: ' || a.body "
			       "FROM annotation a JOIN document d ON d.id = a.doc_id WHERE a.id IN "
			       "(SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?1)");
		add_filters(&sql, &q);
	}
	/* By the rank column (after DOC_COLUMNS), then the document. */
	if (fts)
		buf_printf(&sql, " ORDER BY %d, 1 LIMIT ?2", DOC_NCOLUMNS + 1);
	else
		buf_adds(&sql, " ORDER BY d.sort_date, d.id LIMIT ?2");
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "searching");
		goto fail;
	}
	buf_free(&sql);
	if (fts)
		sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
	/* Read by dossier_bm25 at the first row. */
	s->bm25_idfs = fts && !ranked_rows ? rank_phrase_idfs(s, fts, names) : NULL;
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	sqlite3_bind_text(st, 3, mark_open ? mark_open : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, mark_close ? mark_close : "", -1, SQLITE_TRANSIENT);
	int next = ranked ? 5 : sets ? bind_filter_sets(st, 5, &q, &sets[0], none, sets + 1) : bind_filters(st, 5, &q);
	if (ranked) {
		sqlite3_bind_text(st, 5, ranked, -1, free);
		ranked = NULL;
		next = 6;
	}
	if (fts)
		bind_filters(st, next, &q);
	free(fts);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_doc *sd = docs_new();
		docs_row(st, sd);
		struct store_hit hit = { sd, sqlite3_column_double(st, DOC_NCOLUMNS),
					 (const char *)sqlite3_column_text(st, DOC_NCOLUMNS + 1) };
		double paused = search_clock_pause();
		stop = fn(&hit, arg);
		search_clock_resume(s, paused);
		store_doc_free(sd);
	}
	int failed = !stop && rc != SQLITE_DONE;
	if (failed) {
		const char *msg = sqlite3_errmsg(s->db);
		if ((strstr(msg, "fts5") || strstr(msg, "syntax")) && !search_overdue(s))
			*cause = xasprintf("malformed query: %s", msg);
		else
			*cause = search_clock_cause(s, rc, "searching");
	}
	sqlite3_finalize(st);
	free(s->bm25_idfs);
	s->bm25_idfs = NULL;
	free_sets(sets, q.person.n);
	query_free(&q);
	return failed ? -1 : 0;
fail:
	free(ranked);
	free(fts);
	buf_free(&sql);
	free_sets(sets, q.person.n);
	query_free(&q);
	return -1;
}

int store_search(struct store *s, const char *query, size_t limit, const char *mark_open,
		 const char *mark_close, store_hit_fn fn, void *arg, char **cause)
{
	/* One read transaction for the whole search: a statement outside one
	 * takes and drops the library's lock (two fcntl calls) and checks
	 * the WAL again, and a search that counts its candidates in their
	 * texts runs a statement for each (2,520 fcntl calls for "Shtykov"
	 * at a million documents). */
	int own = sqlite3_get_autocommit(s->db) && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
	search_clock_start(s);
	int rc = search_run(s, query, limit, mark_open, mark_close, fn, arg, cause);
	search_clock_stop(s);
	if (own && !sqlite3_get_autocommit(s->db) && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* The WHERE clause of a filtered listing ("d.id IN (fts) AND filters")
 * into sql, and the FTS expression into *fts (NULL if no words). */
static int filter_sql(struct store *s, const char *filter, struct query *q, char **fts, struct buf *sql, int first,
		      char **cause)
{
	*fts = NULL;
	if (query_parse(filter, q, cause) != 0)
		return -1;
	if (q->words && (*fts = search_fts(s, q->words, NULL, cause)) == NULL) {
		query_free(q);
		return -1;
	}
	/* Few matches: each is looked up (the rows, then sorted). Many:
	 * the listing's order is walked and each document tested in the
	 * matches, listed once (the + keeps them from driving): the first
	 * screen of a common word read 15,000 letters to sort them. */
	if (*fts && first && words_probed(s, *fts))
		/* so many that a screen is soon found: probed, not listed
		 * (at a million documents, "comrade" listed its 980,000
		 * matches at every key, 370 ms) */
		buf_adds(sql, " WHERE EXISTS (SELECT 1 FROM document_fts WHERE document_fts MATCH ?3 AND rowid = d.id)");
	else if (*fts)
		buf_adds(sql, few_matches(s, *fts) ? " WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?3)"
						   : " WHERE +d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?3)");
	else
		buf_adds(sql, " WHERE ?3 IS NULL");
	/* first: a screen, or a count that stops early; a whole count
	 * lists each person's documents once. */
	add_filters_walked(sql, q, first ? persons_common(s, q) : 0);
	return 0;
}

static int list_filtered(struct store *s, enum store_order order, const char *filter, size_t offset, size_t limit,
			 int brief, store_doc_fn fn, void *arg, char **cause)
{
	if (filter == NULL || *filter == '\0')
		return docs_list(s, order, offset, limit, brief, fn, arg, cause);
	struct query q;
	char *fts;
	struct buf sql;
	buf_init(&sql);
	buf_printf(&sql, "SELECT %s FROM document d", brief ? DOC_BRIEF_COLUMNS : DOC_COLUMNS);
	if (filter_sql(s, filter, &q, &fts, &sql, limit > 0, cause) != 0) {
		buf_free(&sql);
		return -1;
	}
	buf_printf(&sql, "%s LIMIT ?1 OFFSET ?2", docs_order_sql(order));
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK) {
		*cause = sql_cause(s, "listing documents");
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
	search_clock_start(s);
	rc = docs_list_rows(s, st, fn, arg, cause);
	if (rc != 0 && search_overdue(s)) {
		free(*cause);
		*cause = search_clock_cause(s, SQLITE_INTERRUPT, "listing documents");
	}
	search_clock_stop(s);
	return rc;
}

int store_list_filtered(struct store *s, enum store_order order, const char *filter, size_t offset,
			size_t limit, store_doc_fn fn, void *arg, char **cause)
{
	return list_filtered(s, order, filter, offset, limit, 0, fn, arg, cause);
}

int store_list_brief(struct store *s, enum store_order order, const char *filter, size_t offset, size_t limit,
		     store_doc_fn fn, void *arg, char **cause)
{
	return list_filtered(s, order, filter, offset, limit, 1, fn, arg, cause);
}

/* Counts what a filter keeps: all of the library, or those before key
 * (sort key and id) in order. */
static int64_t count_filtered(struct store *s, const char *filter, enum store_order order, int64_t before_id,
			      int64_t most, char **cause)
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
	/* Capped: the rows are counted as they come, up to ?2. */
	buf_adds(&sql, most > 0 ? "SELECT count(*) FROM (SELECT 1 FROM document d" : "SELECT count(*) FROM document d");
	if (before_id)
		buf_adds(&sql, ", (SELECT sort_date, title, id FROM document WHERE id = ?1) k");
	else
		buf_adds(&sql, ", (SELECT ?1) k");
	if (filter && *filter) {
		if (filter_sql(s, filter, &q, &fts, &sql, most > 0, cause) != 0) {
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
	if (fts && !before_id && !query_has_filters(&q)) {
		/* Words alone: the index's rows are the documents, counted
		 * without a document read (or the matches listed first). */
		buf_truncate(&sql, 0);
		buf_adds(&sql, most > 0 ? "SELECT count(*) FROM (SELECT 1 FROM document_fts WHERE document_fts MATCH ?3"
					: "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?3");
	}
	if (most > 0)
		buf_adds(&sql, " LIMIT ?2)");
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "counting documents");
	} else {
		sqlite3_bind_int64(st, 1, before_id);
		if (most > 0)
			sqlite3_bind_int64(st, 2, most);
		if (fts)
			sqlite3_bind_text(st, 3, fts, -1, SQLITE_TRANSIENT);
		bind_filters(st, 4, &q);
		search_clock_start(s);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		else {
			const char *msg = sqlite3_errmsg(s->db);
			*cause = strstr(msg, "fts5") && !search_overdue(s) ? xasprintf("malformed filter: %s", msg)
									   : search_clock_cause(s, rc, "counting documents");
		}
		search_clock_stop(s);
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
	return count_filtered(s, filter, STORE_BY_DATE, 0, 0, cause);
}

int64_t store_count_filtered_upto(struct store *s, const char *filter, int64_t most, char **cause)
{
	if (filter == NULL || *filter == '\0') {
		int64_t n = store_count(s, cause);
		return n > most && most > 0 ? most : n;
	}
	return count_filtered(s, filter, STORE_BY_DATE, 0, most, cause);
}

int64_t store_index_of_filtered(struct store *s, enum store_order order, const char *filter, int64_t id,
				char **cause)
{
	return count_filtered(s, filter, order, id, 0, cause);
}

void search_register(struct store *s)
{
	rank_defaults(s);
	s->few_matches = FEW_MATCHES;
	s->person_walked = PERSON_WALKED;
	s->words_probed = -1;
	s->search_limit = SEARCH_SECONDS;
	rank_register(s);
	fold_register(s);
	idset_register(s);
}
