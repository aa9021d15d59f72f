/* store_priv.h: what the parts of the store share and no one else sees:
 * the connection's struct, the statement cache's ids, and the steps of
 * running SQL. Every function that can fail returns 0, or -1 with *cause
 * (a message the user can act on, the caller frees it), unless it says
 * otherwise. Only src/core/store*.c (and the store's own test) include it. */
#ifndef DOSSIER_STORE_PRIV_H
#define DOSSIER_STORE_PRIV_H

#include <sqlite3.h>
#include <sys/types.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/store.h"
#include "dossier/util.h"

/* The columns every listing selects, in the order docs_row reads them. */
#define DOC_COLUMNS                                                                                 \
	"d.id, (SELECT path FROM source_path WHERE doc_id = d.id ORDER BY rowid LIMIT 1), "          \
	"d.title, d.date, d.date_text, d.kind, d.number, d.summary, d.source, d.language, "        \
	"d.translator, d.record_id, d.url, "                                                       \
	"(SELECT group_concat(x, char(31)) FROM (SELECT p.name || char(30) || coalesce(pa.office, '') AS x " \
	"  FROM party pa JOIN person p ON p.id = pa.person_id "                                      \
	"  WHERE pa.doc_id = d.id AND pa.role = 'from' ORDER BY pa.seq)), "                           \
	"(SELECT group_concat(x, char(31)) FROM (SELECT p.name || char(30) || coalesce(pa.office, '') AS x " \
	"  FROM party pa JOIN person p ON p.id = pa.person_id "                                      \
	"  WHERE pa.doc_id = d.id AND pa.role = 'to' ORDER BY pa.seq)), "                           \
	"coalesce((SELECT pos FROM reading WHERE doc_id = d.id), 0), d.volume_id, d.doc_n, "        \
	"(SELECT title FROM volume WHERE id = d.volume_id), d.sources, d.place"
#define DOC_NCOLUMNS 21

enum stmt_id {
	ST_BY_HASH,
	ST_BY_PATH,
	ST_ADD_PATH,
	ST_INSERT_DOC,
	ST_UPDATE_DOC,
	ST_FTS_INSERT,
	ST_FTS_DELETE,
	ST_DEL_NOTES,
	ST_DEL_PARTIES,
	ST_INSERT_NOTE,
	ST_INSERT_PARTY,
	ST_ALIAS_GET,
	ST_ALIAS_ENDING,
	ST_PERSON_INSERT,
	ST_ALIAS_INSERT,
	ST_ALIAS_PRUNE,
	ST_ADD_REF,
	ST_ADD_REF_NEW,
	ST_REF_RESOLVED,
	ST_PRINTED_PRUNE,
	ST_CORRECTIONS,
	ST_GET_DOC,
	ST_GET_NOTES,
	ST_COUNT,
	ST_DEL_PAGES,
	ST_INSERT_PAGE,
	ST_DEL_AUTO_REFS,
	ST_INSERT_REF,
	ST_PUT_VOLUME,
	ST_CHANGED,
	ST_FTS_LATER,
	ST_SAVEPOINT,
	ST_RELEASE,
	ST_ROLLBACK_TO,
	ST_COUNT_MAX
};


/* How long a statement waits for another connection's lock. */
#define STORE_BUSY_MS 5000

struct store {
	sqlite3 *db;
	char *path;
	dev_t dev;              /* the file opened (0, 0: not known) */
	ino_t ino;
	int readonly;
	int unit_nested;        /* the open unit of work is a savepoint */
	int fk_off;             /* foreign keys are off for an import's transaction */
	int64_t new_doc;        /* the document store_put_doc last added new, or 0 */
	int ranked;             /* dossier_bm25 is registered on this connection */
	int32_t *doclen;        /* documents' lengths in tokens by id (see doclen_get) */
	size_t ndoclen;
	int64_t doclen_key[2];  /* data_version and total changes they were read at */
	int few_matches;        /* below this many matches, filters are tested per match */
	int snippets;           /* dossier_snippet is registered on this connection */
	double search_limit;    /* seconds a search may take (SEARCH_SECONDS) */
	double search_start;    /* when the running search started (monotonic), or 0 */
	struct checkpointer *ckpt; /* checkpoints behind the writer (an import), or NULL */
	sqlite3_stmt *stmts[ST_COUNT_MAX];
};

/* ---- store_snippet.c ---- */

/* Registers dossier_snippet(fts, open, close, ellipsis, ntokens) with
 * FTS5: snippet() in bounded time. 1 if it is. */
int snippet_register(struct store *s, fts5_api *api);

/* ---- store_sql.c ---- */

/* A message for the connection's last error while doing what. */
char *sql_cause(struct store *s, const char *what);
/* The cached statement id, reset and unbound; NULL with *cause. */
sqlite3_stmt *sql_stmt(struct store *s, enum stmt_id id, char **cause);
/* A statement of one use that writes (refused on a read-only library;
 * finalize it with sql_finish), or that only reads. */
sqlite3_stmt *sql_prepare(struct store *s, const char *sql, const char *what, char **cause);
sqlite3_stmt *sql_prepare_read(struct store *s, const char *sql, const char *what, char **cause);
/* Steps a statement of one use to its end and finalizes it. */
int sql_finish(struct store *s, sqlite3_stmt *st, const char *what, char **cause);
int sql_exec(struct store *s, const char *sql, const char *what, char **cause);
/* Steps a statement to SQLITE_DONE. */
int sql_step_done(struct store *s, sqlite3_stmt *st, const char *what, char **cause);
/* Runs a cached statement without parameters, or with one id. */
int sql_run_stmt(struct store *s, enum stmt_id sid, const char *what, char **cause);
int sql_run_id(struct store *s, enum stmt_id sid, int64_t id, const char *what, char **cause);
/* Ends a row loop: finalizes, and says why if it stopped on an error
 * (rc not SQLITE_DONE) rather than at the end or at the callback's
 * request (stop). */
int sql_rows_done(struct store *s, sqlite3_stmt *st, int rc, int stop, const char *what, char **cause);
/* The id a cached statement finds for key: 1 with *out, 0 when there is
 * none, -1 with *cause. */
int sql_lookup_id(struct store *s, enum stmt_id id, const char *key, int64_t *out, char **cause);
/* The one integer a query returns (text and a bound as ?1 and ?2), or -1
 * with *cause. */
int64_t sql_query_int(struct store *s, const char *sql, const char *text, int64_t a, const char *what,
		      char **cause);
int sql_user_version(struct store *s, int *v, char **cause);
/* Binds text, or NULL for NULL / for "" (sql_bind_kept keeps "" as ""). */
void sql_bind_text(sqlite3_stmt *st, int i, const char *v);
void sql_bind_kept(sqlite3_stmt *st, int i, const char *v);
/* v with LIKE's wildcards (% and _) and its escape (\) escaped, for a
 * pattern written with ESCAPE '\': a person:% is a name with a percent
 * sign, not every document. Allocated. */
char *sql_like_escape(const char *v);
/* Binds v so escaped (NULL stays NULL). */
void sql_bind_like(sqlite3_stmt *st, int i, const char *v);
/* A column as text owned by the statement, or a copy (NULL stays NULL). */
const char *sql_col_str(sqlite3_stmt *st, int i);
char *sql_col_text(sqlite3_stmt *st, int i);
/* Names joined by char(31) into v. */
void sql_split_names(struct strv *v, const unsigned char *joined);
/* "name\x1eoffice\x1f..." (DOC_COLUMNS' parties) into names and offices
 * ("" for none); offices may be NULL. */
void sql_split_parties(struct strv *v, struct strv *offices, const unsigned char *joined);

/* ---- store_migrate.c ---- */

/* Brings the library to this build's schema (refusing a newer one). */
int store_migrate(struct store *s, char **cause);

/* ---- store_search.c ---- */

/* Registers the SQL functions search needs on a new connection. */
void search_register(struct store *s);
/* For tests: below n matches of its words (default 4000), a filtered
 * search tests each match's document; from n on it lists each filter's
 * documents once (n = 0: always). The results are the same. */
void store_search_few_matches(struct store *s, int n);
/* For tests: the seconds a search may take (default SEARCH_SECONDS). */
void store_search_time_limit(struct store *s, double seconds);
/* 1 if the running search has had its time: its work stops (the
 * snippet's reading of a long text asks this as it goes). */
int search_overdue(const struct store *s);

/* ---- store_docs.c ---- */

/* A document (no body) of a listing's row, as DOC_COLUMNS selects it. */
struct store_doc *docs_new(void);
void docs_row(sqlite3_stmt *st, struct store_doc *sd);
/* Calls fn for each row of a listing. */
int docs_list_rows(struct store *s, sqlite3_stmt *st, store_doc_fn fn, void *arg, char **cause);
/* The ORDER BY of an order. */
const char *docs_order_sql(enum store_order order);

/* ---- store_people.c ---- */

/* The aliases a document taught (a bracket's name for a person). */
int people_put_aliases(struct store *s, const struct doc *d, char **cause);
/* The parties of document id in a role ("from", "to"). */
int people_put_parties(struct store *s, int64_t id, const char *role, const struct strv *names,
		       const struct strv *offices, const struct doc *d, char **cause);
/* Fills d's sources from their stored JSON. */
void sources_read(struct doc *d, const char *text);

/* ---- store_authority.c ---- */

/* Before the parties: a name not known yet whose authority URI is a
 * known person's becomes that person's name. */
int authority_link_names(struct store *s, const struct doc *d, char **cause);
/* After them: the URIs kept on the persons, a calendar letter's places
 * and EDTF date (written when it has them or replaces a document). */
int authority_put(struct store *s, int64_t id, const struct doc *d, int updated, char **cause);

#endif
