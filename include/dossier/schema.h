/* schema.h: versioned migrations of the library (PRAGMA user_version). */
#ifndef DOSSIER_SCHEMA_H
#define DOSSIER_SCHEMA_H

/* The version a fully migrated library has. */
int schema_version(void);
/* The SQL that migrates a library at version from to from + 1, or NULL. */
const char *schema_migration(int from);

#endif
