/* store_migrate.c: versioned migrations by PRAGMA user_version; the SQL
 * of each step is in schema.c. */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/schema.h"

/* Waits of 100 ms for the write lock before a migration gives up: a
 * minute, another dossier's migrations being quick. */
#define MIGRATE_WAIT_TRIES 600

int store_schema_version(void)
{
	return schema_version();
}

/* 0 if a library of schema v can be used or upgraded by this dossier. */
static int check_version(struct store *s, int v, char **cause)
{
	if (v > schema_version()) {
		*cause = xasprintf("%s: written by a newer dossier (schema %d; this one knows %d); "
				   "upgrade dossier", s->path, v, schema_version());
		return -1;
	}
	if (v < schema_version() && s->readonly) {
		*cause = xasprintf("%s: needs upgrading from schema %d to %d, which needs write access",
				   s->path, v, schema_version());
		return -1;
	}
	return 0;
}

/* Takes the write lock for a migration: 1 when taken, 0 when another
 * dossier has meanwhile brought the library to *v = the current schema
 * (a second import of a new library need not wait for the first one's
 * whole batch, only for its migrations), -1 with *cause. */
static int migrate_lock(struct store *s, int *v, char **cause)
{
	/* In short waits, the version read again between them. */
	sqlite3_busy_timeout(s->db, 100);
	int rc = SQLITE_BUSY;
	for (int tries = 0; tries < MIGRATE_WAIT_TRIES; tries++) {
		rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if ((rc & 0xff) != SQLITE_BUSY)
			break;
		if (sql_user_version(s, v, cause) != 0) {
			rc = -1;
			break;
		}
		if (*v >= schema_version())
			break;
	}
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	if (rc == SQLITE_OK)
		return 1;
	if (rc == -1)
		return -1;
	if ((rc & 0xff) == SQLITE_BUSY && *v >= schema_version())
		return check_version(s, *v, cause) == 0 ? 0 : -1;
	*cause = sql_cause(s, "starting a migration");
	return -1;
}

int store_migrate(struct store *s, char **cause)
{
	int v;
	if (sql_user_version(s, &v, cause) != 0 || check_version(s, v, cause) != 0)
		return -1;
	int ran = 0;
	while (v < schema_version()) {
		/* The version is read again under the write lock: another
		 * dossier opening the same new library (two imports at once)
		 * may have run this step between the read above and now. */
		int locked = migrate_lock(s, &v, cause);
		if (locked <= 0)
			return locked;
		int rc = sql_user_version(s, &v, cause) == 0 && check_version(s, v, cause) == 0 ? SQLITE_OK : SQLITE_ERROR;
		if (rc == SQLITE_OK && v < schema_version()) {
			char *pragma = xasprintf("PRAGMA user_version = %d", v + 1);
			rc = sqlite3_exec(s->db, schema_migration(v), NULL, NULL, NULL);
			if (rc == SQLITE_OK)
				rc = sqlite3_exec(s->db, pragma, NULL, NULL, NULL);
			free(pragma);
			if (rc != SQLITE_OK)
				*cause = sql_cause(s, "migrating the library");
			v++;
			ran = 1;
		}
		if (rc != SQLITE_OK) {
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		if (sql_exec(s, "COMMIT", "committing a migration", cause) != 0)
			return -1;
	}
	/* A library this dossier migrated gets the lists' orders (one from
	 * before they were kept has none). */
	return ran ? store_order_build(s, cause) : 0;
}
