/* checkpoint.c: a checkpoint copies the pages a commit wrote to the log
 * back into the library file and syncs it: a tenth of a large import's
 * time when the writer does it between its commits. A second connection
 * does it on another core instead. PASSIVE checkpoints take no lock the
 * writer waits for; they copy what is committed and leave the rest to
 * the next poke. The log starts over only when a writer begins with all
 * of it copied, which a writer that never waits never does: it waits
 * (checkpointer_wait) every few commits, or the log grows to the size of
 * the import. */
#include "dossier/checkpoint.h"

#include <pthread.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "dossier/util.h"

struct checkpointer {
	sqlite3 *db;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	unsigned pokes, done;   /* commits told of, and seen */
	int busy;               /* a checkpoint is running */
	int stop;
};

static void *run(void *arg)
{
	struct checkpointer *c = arg;
	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (!c->stop && c->done == c->pokes)
			pthread_cond_wait(&c->cv, &c->mu);
		if (c->stop)
			break;
		c->done = c->pokes;
		c->busy = 1;
		pthread_mutex_unlock(&c->mu);
		/* Busy (another checkpoint running) is no error: the next
		 * poke copies what this one left. */
		sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&c->mu);
		c->busy = 0;
		pthread_cond_broadcast(&c->cv);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

struct checkpointer *checkpointer_start(const char *path)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	/* This connection only checkpoints: closing it must not checkpoint
	 * or delete the log under the writer. */
	sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	sqlite3_busy_timeout(db, 1000);
	/* A connection knows the library is in WAL mode once it has read
	 * it; until then a checkpoint does nothing. */
	if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	struct checkpointer *c = xcalloc(1, sizeof *c);
	c->db = db;
	pthread_mutex_init(&c->mu, NULL);
	pthread_cond_init(&c->cv, NULL);
	if (pthread_create(&c->thread, NULL, run, c) != 0) {
		pthread_mutex_destroy(&c->mu);
		pthread_cond_destroy(&c->cv);
		sqlite3_close(db);
		free(c);
		return NULL;
	}
	return c;
}

void checkpointer_poke(struct checkpointer *c)
{
	if (c == NULL)
		return;
	pthread_mutex_lock(&c->mu);
	c->pokes++;
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->mu);
}

void checkpointer_wait(struct checkpointer *c)
{
	if (c == NULL)
		return;
	pthread_mutex_lock(&c->mu);
	while (!c->stop && (c->busy || c->done != c->pokes))
		pthread_cond_wait(&c->cv, &c->mu);
	pthread_mutex_unlock(&c->mu);
}

void checkpointer_stop(struct checkpointer *c)
{
	if (c == NULL)
		return;
	pthread_mutex_lock(&c->mu);
	c->stop = 1;
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->mu);
	pthread_join(c->thread, NULL);
	pthread_mutex_destroy(&c->mu);
	pthread_cond_destroy(&c->cv);
	sqlite3_close(c->db);
	free(c);
}
