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

int store_schema_version(void)
{
	return schema_version();
}

int store_migrate(struct store *s, char **cause)
{
	int v;
	if (sql_user_version(s, &v, cause) != 0)
		return -1;
	if (v > schema_version()) {
		*cause = xasprintf("%s: written by a newer dossier (schema %d; this one knows %d); "
				   "upgrade dossier", s->path, v, schema_version());
		return -1;
	}
	if (v == schema_version())
		return 0;
	if (s->readonly) {
		*cause = xasprintf("%s: needs upgrading from schema %d to %d, which needs write access",
				   s->path, v, schema_version());
		return -1;
	}
	for (; v < schema_version(); v++) {
		if (sql_exec(s, "BEGIN IMMEDIATE", "starting a migration", cause) != 0)
			return -1;
		char *pragma = xasprintf("PRAGMA user_version = %d", v + 1);
		int rc = sqlite3_exec(s->db, schema_migration(v), NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(s->db, pragma, NULL, NULL, NULL);
		free(pragma);
		if (rc != SQLITE_OK) {
			*cause = sql_cause(s, "migrating the library");
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		if (sql_exec(s, "COMMIT", "committing a migration", cause) != 0)
			return -1;
	}
	/* A library from before the lists' orders were kept gets them. */
	return store_order_build(s, cause);
}
