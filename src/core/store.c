/* store.c: the library in one SQLite file: opening (PRAGMAs, read-only
 * fallbacks, migrations), closing, checkpoints, and where it lives. */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* The page cache of a writer (negative: KiB); the other sizes are
 * store_cache_set's. */
#define CACHE_KIB "-16384"
#include <unistd.h>

#include "dossier/checkpoint.h"

/* A checkpoint every 32 MiB of log rather than every 4: the pages an
 * import touches at every commit (index roots, the full-text index's
 * structure) are copied back less often. */
#define WAL_AUTOCHECKPOINT "4096"

/* DOSSIER_TRACE=FILE: each statement run, with its time and the pages it
 * read (cache misses), appended to FILE: where a start-up or a search
 * spends its time and its reads, without a profiler. */
static double trace_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int trace_stmt(unsigned what, void *arg, void *p, void *x)
{
	(void)x;
	struct store *s = arg;
	/* SQLite's own timing is in whole milliseconds: each statement's
	 * start is kept here (statements nest: FTS5 runs its own). */
	int slot = -1;
	for (int i = 0; i < TRACE_SLOTS; i++)
		if (s->trace_stmt[i] == p || (slot < 0 && s->trace_stmt[i] == NULL))
			slot = i;
	if (what == SQLITE_TRACE_STMT) {
		if (slot >= 0 && s->trace_stmt[slot] == NULL) {
			s->trace_stmt[slot] = p;
			s->trace_t0[slot] = trace_now();
		}
		return 0;
	}
	double ms = -1;
	if (slot >= 0 && s->trace_stmt[slot] == p) {
		ms = trace_now() - s->trace_t0[slot];
		s->trace_stmt[slot] = NULL;
	}
	int cur = 0, hi = 0;
	sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_MISS, &cur, &hi, 0);
	const char *sql = sqlite3_sql(p);
	fprintf(s->trace, "%9.3f ms %6d pages  %.200s\n", ms, cur - s->trace_misses, sql ? sql : "?");
	fflush(s->trace);
	s->trace_misses = cur;
	return 0;
}

static void trace_start(struct store *s)
{
	const char *path = getenv("DOSSIER_TRACE");
	if (s->trace == NULL && path && *path && (s->trace = fopen(path, "a")) != NULL)
		fprintf(s->trace, "-- %s\n", s->path);
	if (s->trace)
		sqlite3_trace_v2(s->db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, trace_stmt, s);
}

/* WAL mode. Turning a new library to it needs the file to itself, and
 * SQLite answers "busy" at once, without waiting, while a second dossier
 * opening the same new library holds a read lock (waiting could deadlock
 * them): so it is asked again in short waits, as long as a lock is waited
 * for anywhere else. */
static int wal_mode(struct store *s, char **cause)
{
	int rc = SQLITE_BUSY;
	for (int waited = 0; waited <= STORE_BUSY_MS; waited += 20) {
		rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			break;
		struct timespec pause = { 0, 20 * 1000 * 1000 };
		nanosleep(&pause, NULL);
	}
	if (rc != SQLITE_OK) {
		*cause = sql_cause(s, "setting WAL mode");
		return -1;
	}
	return 0;
}

/* readonly: 0 read-write, 1 read-only, 2 read-only and immutable (a WAL
 * library in a folder we cannot write: SQLite cannot make its -shm file,
 * so it must be told no one else is writing). */
static int open_db(struct store *s, int readonly, char **cause)
{
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	char *uri = NULL;
	if (readonly == 2) {
		struct buf b;
		buf_init(&b);
		buf_adds(&b, "file:");
		for (const char *p = s->path; *p; p++) {
			if (*p == '%' || *p == '?' || *p == '#')
				buf_printf(&b, "%%%02X", (unsigned char)*p);
			else
				buf_addc(&b, *p);
		}
		buf_adds(&b, "?immutable=1");
		uri = buf_detach(&b);
		flags |= SQLITE_OPEN_URI;
	}
	/* A connection is only ever used by the thread that opened it (the
	 * import's second thread never touches the library): no locking per
	 * call, and no global lock per allocation for statistics no one reads. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); /* refused, harmlessly, once SQLite is initialised */
	flags |= SQLITE_OPEN_NOMUTEX;
	int orc = sqlite3_open_v2(uri ? uri : s->path, &s->db, flags, NULL);
	free(uri);
	if (orc != SQLITE_OK) {
		*cause = s->db ? sql_cause(s, "opening") : xasprintf("%s: cannot open", s->path);
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	s->readonly = readonly;
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	trace_start(s);
	search_register(s);
	sqlite3_extended_result_codes(s->db, 1);
	/* Reading the schema version is the first real access: a file that
	 * is not a database fails here. */
	int v;
	if (sql_user_version(s, &v, cause) != 0)
		return -1;
	if (!readonly) {
		/* Only a new library takes it (before WAL mode writes the
		 * header): most letters then fit in their row, without
		 * overflow pages, and an import writes half the pages. */
		if (sql_exec(s, "PRAGMA page_size = 8192", "setting the page size", cause) != 0)
			return -1;
		if (wal_mode(s, cause) != 0)
			return -1;
		if (sql_exec(s, "PRAGMA synchronous = NORMAL", "setting synchronous mode", cause) != 0)
			return -1;
		/* Savepoints keep their undo pages in memory, not in a file,
		 * and a batch of files fits in the page cache. */
		if (sql_exec(s, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = " CACHE_KIB, "setting the cache", cause) != 0)
			return -1;
		if (sql_exec(s, "PRAGMA wal_autocheckpoint = " WAL_AUTOCHECKPOINT, "setting the checkpoint interval",
			 cause) != 0)
			return -1;
	}
	if (sql_exec(s, "PRAGMA foreign_keys = ON", "enabling foreign keys", cause) != 0)
		return -1;
	/* Documents imported since references were last resolved, and
	 * documents whose index entry is written when the transaction ends. */
	return sql_exec(s, "CREATE TEMP TABLE IF NOT EXISTS changed_doc(id INTEGER PRIMARY KEY);"
		       "CREATE TEMP TABLE IF NOT EXISTS fts_pending(id INTEGER PRIMARY KEY);",
		    "preparing the session", cause);
}

int store_open(const char *path, int flags, struct store **out, char **cause)
{
	struct store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	*out = NULL;
	int readonly = (flags & STORE_READONLY) != 0;
	struct stat st;
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*cause = xasprintf("%s: is a directory, not a library file", path);
			goto fail;
		}
		/* A library we may not write is still readable. */
		if (!readonly && access(path, W_OK) != 0)
			readonly = 1;
	} else if (readonly || (flags & STORE_EXISTING)) {
		*cause = xasprintf("%s: no library here (import documents first)", path);
		goto fail;
	}
	if (open_db(s, readonly, cause) != 0) {
		int code = s->db ? sqlite3_extended_errcode(s->db) & 0xff : 0;
		if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN)
			goto fail;
		/* The folder may be read-only (no room for the WAL's files):
		 * read, and if even that needs the -shm file, read it as
		 * immutable. */
		for (int mode = readonly ? 2 : 1; mode <= 2; mode++) {
			free(*cause);
			*cause = NULL;
			sqlite3_close(s->db);
			s->db = NULL;
			if (open_db(s, mode, cause) == 0)
				break;
			if (mode == 2)
				goto fail;
		}
	}
	if (store_migrate(s, cause) != 0)
		goto fail;
	if (stat(path, &st) == 0) {
		s->dev = st.st_dev;
		s->ino = st.st_ino;
	}
	*out = s;
	return 0;
fail:
	store_free(s);
	return -1;
}

void store_free(struct store *s)
{
	if (s == NULL)
		return;
	store_checkpoints_behind(s, 0);
	for (int i = 0; i < ST_COUNT_MAX; i++)
		sqlite3_finalize(s->stmts[i]);
	sqlite3_close(s->db);
	tokens_free(s);
	if (s->trace)
		fclose(s->trace);
	free(s->doclen);
	free(s->path);
	free(s);
}

void store_checkpoints_behind(struct store *s, int on)
{
	if (!on) {
		if (s->ckpt) {
			checkpointer_stop(s->ckpt);
			s->ckpt = NULL;
			sqlite3_exec(s->db, "PRAGMA wal_autocheckpoint = " WAL_AUTOCHECKPOINT, NULL, NULL, NULL);
		}
		return;
	}
	if (s->readonly || s->ckpt)
		return;
	if ((s->ckpt = checkpointer_start(s->path)) != NULL)
		sqlite3_exec(s->db, "PRAGMA wal_autocheckpoint = 0", NULL, NULL, NULL);
}

void store_cache_set(struct store *s, enum store_cache size)
{
	static const char *const pragma[] = {
		[STORE_CACHE_WRITER] = "PRAGMA cache_size = " CACHE_KIB,
		[STORE_CACHE_BATCHES] = "PRAGMA cache_size = -8192",
		[STORE_CACHE_PASS] = "PRAGMA cache_size = -4096",
		[STORE_CACHE_ONCE] = "PRAGMA cache_size = -512",
	};
	if (!s->readonly || size == STORE_CACHE_ONCE)
		sqlite3_exec(s->db, pragma[size], NULL, NULL, NULL);
}

void store_checkpoints_catch_up(struct store *s)
{
	checkpointer_wait(s->ckpt);
}

int64_t store_pages_read(struct store *s)
{
	int cur = 0, hi = 0;
	sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_MISS, &cur, &hi, 0);
	return cur;
}

int store_readonly(const struct store *s)
{
	return s->readonly;
}

int store_replaced(const struct store *s)
{
	if (s->dev == 0 && s->ino == 0)
		return 0;
	struct stat st;
	return stat(s->path, &st) != 0 || st.st_dev != s->dev || st.st_ino != s->ino;
}

char *store_default_path(void)
{
	const char *env = getenv("DOSSIER_DB");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/dossier/library.db", xdg);
	const char *home = getenv("HOME");
	return xasprintf("%s/.local/share/dossier/library.db", home && *home ? home : ".");
}

int store_make_parent(const char *path, char **cause)
{
	char *p = xstrdup(path);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			*cause = xasprintf("%s: cannot create directory: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*q = '/';
	}
	free(p);
	return 0;
}
