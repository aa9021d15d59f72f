/* store_txn.c: transactions, bulk transactions with foreign keys off, and
 * units of work (a savepoint inside a transaction). */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/checkpoint.h"

int store_begin(struct store *s, char **cause)
{
	if (s->readonly) {
		*cause = xasprintf("%s: the library is read-only; importing needs write access", s->path);
		return -1;
	}
	return sql_exec(s, "BEGIN IMMEDIATE", "starting a transaction", cause);
}

/* Foreign keys back on once the import's transaction has ended (the
 * pragma does nothing inside one). */
static void fk_restore(struct store *s)
{
	if (s->fk_off && sqlite3_get_autocommit(s->db)) {
		sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
		s->fk_off = 0;
	}
}

int store_begin_bulk(struct store *s, char **cause)
{
	if (s->readonly || store_in_transaction(s))
		return store_begin(s, cause);
	/* Checking each note's, party's and reference's document and person
	 * is a lookup per row (an update of a reference's target costs six
	 * times as much with it); the callers write only ids they have just
	 * inserted or read in this transaction, and delete no document or
	 * person, so no row can dangle or need a cascade. */
	if (sql_exec(s, "PRAGMA foreign_keys = OFF", "starting a transaction", cause) != 0)
		return -1;
	s->fk_off = 1;
	if (store_begin(s, cause) != 0) {
		fk_restore(s);
		return -1;
	}
	return 0;
}

/* The documents put since the transaction began are indexed all at
 * once (rank_index_pending): FTS5 flushes its pending terms at every
 * savepoint, so indexing inside each file's savepoint would write a tiny
 * segment per letter. */
int store_commit(struct store *s, char **cause)
{
	if (rank_index_pending(s, cause) != 0)
		return -1;
	int rc = sql_exec(s, "COMMIT", "saving", cause);
	fk_restore(s);
	if (rc == 0)
		rank_committed(s);
	if (rc == 0)
		checkpointer_poke(s->ckpt);
	return rc;
}

void store_rollback(struct store *s)
{
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	rank_rollback(s);
	tokens_drop(s);
	fk_restore(s);
}

int store_in_transaction(struct store *s)
{
	return !sqlite3_get_autocommit(s->db);
}

int store_unit_begin(struct store *s, char **cause)
{
	rank_unit_begin(s);
	s->unit_nested = store_in_transaction(s);
	if (!s->unit_nested)
		return store_begin(s, cause);
	return sql_run_stmt(s, ST_SAVEPOINT, "starting a unit of work", cause);
}

int store_unit_end(struct store *s, int ok, char **cause)
{
	if (ok)
		return s->unit_nested ? sql_run_stmt(s, ST_RELEASE, "saving", cause) : store_commit(s, cause);
	rank_unit_undone(s);
	if (s->unit_nested) {
		sql_run_stmt(s, ST_ROLLBACK_TO, "undoing a unit of work", NULL);
		sql_run_stmt(s, ST_RELEASE, "undoing a unit of work", NULL);
	} else {
		store_rollback(s);
	}
	return 0;
}
