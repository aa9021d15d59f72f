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
#include <stdio.h>

#include "dossier/store.h"
#include "dossier/util.h"

/* A document d's parties in one role, as "name\x1eoffice" joined by \x1f. */
#define DOC_PARTIES(role)                                                                           \
	"(SELECT group_concat(x, char(31)) FROM (SELECT p.name || char(30) || coalesce(pa.office, '') AS x " \
	"  FROM party pa JOIN person p ON p.id = pa.person_id "                                      \
	"  WHERE pa.doc_id = d.id AND pa.role = '" role "' ORDER BY pa.seq))"

/* The columns every listing selects, in the order docs_row reads them. */
#define DOC_COLUMNS                                                                                 \
	"d.id, (SELECT path FROM source_path WHERE doc_id = d.id ORDER BY rowid LIMIT 1), "          \
	"d.title, d.date, d.date_text, d.kind, d.number, d.summary, d.source, d.language, "        \
	"d.translator, d.record_id, d.url, " DOC_PARTIES("from") ", " DOC_PARTIES("to") ", "        \
	"coalesce((SELECT pos FROM reading WHERE doc_id = d.id), 0), d.volume_id, d.doc_n, (SELECT title FROM volume WHERE id = d.volume_id), d.sources, d.place"
#define DOC_NCOLUMNS 21
/* The same columns for a list pane: its file's path only without a
 * title, and NULL for what a list does not show (the sources' JSON, read
 * for every row, was most of a list's time). */
#define DOC_BRIEF_COLUMNS                                                                           \
	"d.id, CASE WHEN d.title = '' THEN (SELECT path FROM source_path WHERE doc_id = d.id "      \
	"ORDER BY rowid LIMIT 1) END, d.title, d.date, NULL, d.kind, NULL, NULL, NULL, NULL, NULL, NULL, NULL, " \
	DOC_PARTIES("from") ", " DOC_PARTIES("to") ", "                                             \
	"coalesce((SELECT pos FROM reading WHERE doc_id = d.id), 0), NULL, NULL, NULL, NULL, NULL"

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
	ST_ALIAS_CLAIMABLE,
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
	ST_ORDER_ROW,
	ST_LIST_DOC,
	ST_LIST_BRIEF,
	ST_RANK_GET,
	ST_RANK_PUT,
	ST_RANK_DELETE,
	ST_RANK_FILL,
	ST_RANK_COUNT,
	ST_FTS_TOTALS,
	ST_RANK_VALID,
	ST_DOC_TEXT,
	ST_DOC_HEADING,
	ST_DATA_VERSION,
	/* kept with the SQL their callers give (sql_stmt_kept) */
	ST_REFS_OUT,
	ST_REFS_IN,
	ST_NOTES_FIRST,
	ST_NOTES_LAST = ST_NOTES_FIRST + 5, /* an order of three, one document or all */
	ST_COUNT_MAX
};


/* How long a statement waits for another connection's lock. */
#define STORE_BUSY_MS 5000

#define TRACE_SLOTS 16
/* store_order.c: entries in a row of the lists' order, rows kept read. */
#define ORDER_CHUNK 1024
#define ORDER_CACHE 4

struct order_row {
	int64_t key;
	size_t len;             /* bytes; 0: no such row, or out of date */
	unsigned char data[ORDER_CHUNK * 4];
};

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
	char *bm25_idfs;        /* the running search's phrase weights (rank_phrase_idfs), or NULL */
	int32_t *doclen;        /* documents' lengths in tokens by id (see doclen_get) */
	size_t ndoclen;
	int64_t doclen_key[2];  /* data_version and total changes they were read at */
	int few_matches;        /* below this many matches, filters are tested per match */
	int64_t person_walked;  /* a person: of this many documents is tested per document
				 * in a list's first screens (store_search_person_walked) */
	int64_t words_probed;   /* words of this many matches are probed per document in a
				 * list's first screens (-1: by the library's size) */
	int snippets;           /* dossier_snippet is registered on this connection */
	int text_snippets;      /* and dossier_text_snippet */
	double search_limit;    /* seconds a search may take (SEARCH_SECONDS) */
	double search_start;    /* when the running search started (monotonic), or 0 */
	struct checkpointer *ckpt; /* checkpoints behind the writer (an import), or NULL */
	sqlite3_stmt *stmts[ST_COUNT_MAX];
	struct order_row order_cache[ORDER_CACHE]; /* rows of the lists' order read last */
	int order_cache_n;
	unsigned order_next;    /* the cached row to replace next */
	int64_t order_key[2];   /* data_version and total changes they were read at */
	struct rank_session *rank; /* an import's or a correction's, or NULL */
	struct rank_wrap *rank_wrap; /* the tokenizer that feeds it, or NULL */
	struct tokens_ahead *ahead; /* documents' tokens made ahead (store_tokens.c), or NULL */
	int rank_invalid;       /* this transaction said the rank index is out of date */
	int rank_off;           /* searches score every match (store_rank_off) */
	size_t rank_keep;       /* documents a term's list keeps */
	int64_t rank_min_df, rank_track; /* a term's documents for a list; for a session to follow it */
	int64_t rank_served;    /* searches the lists ranked (for tests) */
	FILE *trace;            /* DOSSIER_TRACE's file, or NULL */
	int trace_misses;       /* cache misses when the last statement ended */
	void *trace_stmt[TRACE_SLOTS]; /* statements running, and when they began */
	double trace_t0[TRACE_SLOTS];
};

/* ---- store_snippet.c ---- */

/* Registers dossier_snippet(fts, open, close, ellipsis, ntokens) with
 * FTS5: snippet() in bounded time. 1 if it is. */
int snippet_register(struct store *s, fts5_api *api);
/* Registers dossier_text_snippet(), the snippet of a document read by id
 * (a search ranked from the lists): 1, or 0. */
int snippet_text_register(struct store *s);

/* ---- store_order.c ---- */

/* A document's place in order (-1: not listed), and the document at a
 * place: 1 with the answer, 0 when the arrays are out of date (the
 * caller counts with SQL) or the place is beyond them, -1 on error. */
int order_place_of(struct store *s, enum store_order order, int64_t id, int64_t *place);
int order_id_at(struct store *s, enum store_order order, int64_t place, int64_t *id);
/* 1 if the arrays are up to date. */
int order_fresh(struct store *s);

/* ---- store_tokens.c ---- */

/* Document id is the one FTS5 indexes next: its tokens given ahead, if
 * any, are replayed for the texts they were made from. */
void tokens_indexing(struct store *s, int64_t id);
/* If the document being indexed has tokens made ahead for text, hands
 * them to xToken (*rc: its result) and returns 1; else 0. */
int tokens_replay(struct store *s, const char *text, int n, void *ctx,
		  int (*xToken)(void *, int, const char *, int, int, int), int *rc);
/* Drops the tokens given (the transaction committed or rolled back);
 * frees what is kept for them. */
void tokens_drop(struct store *s);
void tokens_free(struct store *s);
/* For tests: the fields replayed since the store opened. */
int64_t tokens_replayed(struct store *s);

/* ---- store_rank.c ---- */

/* Registers the tokenizer that feeds the rank index (over unicode61). */
void rank_wrap_tokenizer(struct store *s, fts5_api *api);
/* A session follows every write to the full-text index and brings the
 * rank index up to date at rank_end (ok: else it is left out of date).
 * may_rebuild: an index out of date is built again from every document
 * at the end (an import); otherwise no session begins. */
int rank_begin(struct store *s, int may_rebuild, char **cause);
int rank_end(struct store *s, int ok, char **cause);
/* Writes document id to the full-text index (deleting: takes its text
 * out), and the pending documents at a commit, through the session. */
int rank_fts_write(struct store *s, int64_t id, int deleting, char **cause);
/* Counts document id's words out of the session before a statement
 * takes it out of the index with others (alias_claims). */
int rank_count_out(struct store *s, int64_t id, char **cause);
int rank_index_pending(struct store *s, char **cause);
/* A search's top limit documents from the lists, best first: 1 with
 * them, 0 when the lists cannot rank this query or cannot prove the
 * top (FTS5 then scores every match), -1 on error. */
struct rank_hit {
	int64_t id;
	double r;               /* dossier_bm25's rank: lower is better */
};
/* Which of n documents pass a search's filters (from:, person:, date:
 * ...): ok[i] set to 1 for each that does; 0, or -1 on error. */
typedef int (*rank_pass_fn)(void *arg, const uint32_t *docs, size_t n, unsigned char *ok);
/* names: the phrases, ORed, are one person's names, weighed as one term
 * (its count the sum of theirs, its idf the lowest of theirs). pass, if
 * not NULL, keeps the candidates its filters pass: a document left out
 * of the lists is bounded as before, passing or not. */
int rank_top(struct store *s, const char *fts, int names, size_t limit, rank_pass_fn pass, void *pass_arg,
	     struct rank_hit **out, size_t *n);
/* The phrases of a search the lists can rank (quoted words and phrases
 * joined by AND, or by OR): their tokens appended to toks phrase after
 * phrase, and each phrase's count of them in *lens (freed by the
 * caller); the number of phrases, 0 for another query. */
size_t rank_query_phrases(struct store *s, const char *fts, struct strv *toks, size_t **lens);
/* Tokenizes text as the full-text index does, handing cb each token and
 * its byte offsets: SQLITE_OK, or an error (no tokenizer). */
int rank_tokenize(struct store *s, const char *text, int len, void *arg,
		  int (*cb)(void *, int, const char *, int, int, int));
/* The weights of an FTS5 expression's phrases for dossier_bm25: for each,
 * in order, a number for a phrase of several words (the sum of its words'
 * idf), "-" for another; or "names IDF" for one person's names. NULL
 * when there is nothing to give. */
char *rank_phrase_idfs(struct store *s, const char *fts, int names);
/* About how many documents an FTS5 expression of words joined by AND
 * matches, from the lists' counts (each word's share of the documents,
 * multiplied): no index is read. -1 when the lists cannot say (another
 * expression, a phrase, a word too rare to be listed, lists out of date). */
int64_t rank_matches_guess(struct store *s, const char *fts);
/* Whether phrase a's tokens occur together in phrase b's (every match of
 * b is then one of a). */
int rank_phrase_within(struct store *s, const char *a, const char *b);
/* For tests: 1 makes every search score every match. */
void store_rank_off(struct store *s, int off);
/* The sizes above, as they are outside tests. */
void rank_defaults(struct store *s);
/* Transactions and units of work, for the session. */
void rank_rollback(struct store *s);
void rank_committed(struct store *s);
void rank_unit_begin(struct store *s);
void rank_unit_undone(struct store *s);

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
/* A statement kept for id, prepared once from sql (always the same for
 * id): a document opened reads its references and notes again, and
 * compiling their queries was a fifth of the reader's instructions. When
 * the kept one is still stepping (a caller's callback reading again), a
 * statement of one use. sql_rows_release ends either's row loop as
 * sql_rows_done does. */
sqlite3_stmt *sql_stmt_kept(struct store *s, enum stmt_id id, const char *sql, const char *what, char **cause);
int sql_rows_release(struct store *s, enum stmt_id id, sqlite3_stmt *st, int rc, int stop, const char *what,
		     char **cause);
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
/* A person: filter's person of n documents or more is tested document by
 * document in a list's first screens (tests take either way). */
void store_search_person_walked(struct store *s, int64_t n);
/* Words of n matches or more (as the rank index guesses them) are probed
 * document by document in a list's first screens (0: always; -1, the
 * default: from sqrt(24000 x the documents) on). The results are the
 * same. */
void store_search_words_probed(struct store *s, int64_t n);

/* ---- store_clock.c ---- */

/* For tests: the seconds a search may take (default SEARCH_SECONDS). */
void store_search_time_limit(struct store *s, double seconds);
/* 1 if the running search has had its time: its work stops (the
 * snippet's reading of a long text asks this as it goes). */
int search_overdue(const struct store *s);
/* Starts and stops the clock of a search on the connection (a progress
 * handler stops its statements when the time is up). */
void search_clock_start(struct store *s);
void search_clock_stop(struct store *s);
/* While a result is with the caller (printed, drawn) the clock stands:
 * pause returns when, resume takes it. */
double search_clock_pause(void);
void search_clock_resume(struct store *s, double paused);
/* The message of a search that failed on rc: its time was up, or else. */
char *search_clock_cause(struct store *s, int rc, const char *what);

/* ---- store_docs.c ---- */

/* A document (no body) of a listing's row, as DOC_COLUMNS selects it. */
struct store_doc *docs_new(void);
void docs_row(sqlite3_stmt *st, struct store_doc *sd);
/* Calls fn for each row of a listing. */
int docs_list_rows(struct store *s, sqlite3_stmt *st, store_doc_fn fn, void *arg, char **cause);
/* The ORDER BY of an order. */
const char *docs_order_sql(enum store_order order);
/* store_list, with DOC_BRIEF_COLUMNS if brief. */
int docs_list(struct store *s, enum store_order order, size_t offset, size_t limit, int brief, store_doc_fn fn,
	      void *arg, char **cause);

/* ---- store_people.c ---- */

/* Adds delta to the number of documents of each person of a document's
 * parties: -1 before they change, 1 after. */
int people_count_doc(struct store *s, int64_t doc, int delta, char **cause);

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
