/* store.h: the library, one SQLite file. Opens with WAL, foreign keys and
 * a busy timeout, migrates by PRAGMA user_version, and hands out plain
 * structs (never a statement). Listing is paged by SQL, so a library of
 * 100,000 documents opens as fast as one of five. */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/doc.h"

struct store;

enum store_flags {
	STORE_READONLY = 1,     /* open for reading only; never migrates */
	STORE_EXISTING = 2,     /* the library must be there: none is made */
};

/* The schema version this build writes. */
int store_schema_version(void);

/* Opens (creating and migrating if needed) the library at path. On error
 * returns -1 and sets *cause to a message the user can act on. */
int store_open(const char *path, int flags, struct store **out, char **cause);
void store_free(struct store *s);
/* 1 if the library could only be opened read-only. */
int store_readonly(const struct store *s);
/* 1 if the file at the library's path is no longer the one opened (it was
 * deleted, or replaced by another): what is written now goes nowhere a
 * later dossier will read. */
int store_replaced(const struct store *s);
/* on: checkpoints run behind the writer on a thread of their own (see
 * checkpoint.h), for the many commits of an import; 0: the writer
 * checkpoints again. Without effect on a read-only library. */
void store_checkpoints_behind(struct store *s, int on);
/* The page cache's size for what comes: a writer's (16 MB, as opened);
 * an import's batches (8 MB: the documents go in at the end of their
 * tables, and their full-text segments are written whole, so a larger
 * cache saved no time and held 8 MB more); a pass that reads the
 * library once in order and writes as it goes (4 MB: reference
 * resolution, the lists' orders). Without effect on a read-only one.
 * A command that reads a few scattered pages once and ends (a search
 * as a process): 512 KB, read or write, its pages' memory used again
 * rather than grown (at a million documents a search for a name read
 * 2,189 pages, and their first touches of a 16 MB cache cost more than
 * the reads: 98 ms, 35 ms with this one). */
enum store_cache { STORE_CACHE_WRITER, STORE_CACHE_BATCHES, STORE_CACHE_PASS, STORE_CACHE_ONCE };
void store_cache_set(struct store *s, enum store_cache size);
/* Waits for the checkpoints behind the writer to copy all it committed,
 * so that the next transaction starts the log over (see checkpoint.h). */
void store_checkpoints_catch_up(struct store *s);

int store_begin(struct store *s, char **cause);
/* A transaction for a writer that names only documents and persons it
 * has written or read in the same transaction, and deletes neither (the
 * importer through store_put_doc and store_add_ref; reference resolution
 * through store_ref_resolved): foreign keys are not checked row by row,
 * a lookup for each of a million rows. Ended by store_commit or
 * store_rollback, which turn them back on. */
int store_begin_bulk(struct store *s, char **cause);
int store_commit(struct store *s, char **cause);
void store_rollback(struct store *s);
/* 1 inside a transaction. */
int store_in_transaction(struct store *s);

/* A unit of work inside or outside a transaction: a savepoint inside one,
 * a transaction of its own otherwise. unit_end commits (ok) or undoes
 * everything since unit_begin. */
int store_unit_begin(struct store *s, char **cause);
int store_unit_end(struct store *s, int ok, char **cause);

/* The default library path: $DOSSIER_DB, else $XDG_DATA_HOME/dossier/
 * library.db, else ~/.local/share/dossier/library.db. Caller frees. */
char *store_default_path(void);
/* Creates the directories above path. */
int store_make_parent(const char *path, char **cause);


/* A number that changes when another connection (another dossier) has
 * committed since this one last looked: the reader's cue to reload. */
int64_t store_data_version(struct store *s);

/* Pages of the library this connection has read from the file so far
 * (SQLite's cache misses): what a step costs in reads, for the bench. */
int64_t store_pages_read(struct store *s);

/* The parts of the library, one header each (all of them come with
 * store.h): documents, search, people, citing, references, annotations and
 * marks. Every function that can fail returns 0, or -1 with *cause, a
 * message the user can act on (the caller frees it), unless its comment
 * says otherwise. */
#include "dossier/store_cite.h"
#include "dossier/store_docs.h"
#include "dossier/store_notes.h"
#include "dossier/store_people.h"
#include "dossier/store_refs.h"
#include "dossier/store_search.h"

#endif
