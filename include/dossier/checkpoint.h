/* checkpoint.h: copying the write-ahead log back into the library on a
 * thread of its own, while one connection writes (an import). */
#ifndef DOSSIER_CHECKPOINT_H
#define DOSSIER_CHECKPOINT_H

struct checkpointer;

/* Opens a second connection to the library at path and waits for pokes.
 * NULL when it cannot (the writer then checkpoints as it always does). */
struct checkpointer *checkpointer_start(const char *path);
/* A transaction was committed: there is log to copy back. */
void checkpointer_poke(struct checkpointer *c);
/* Waits until every commit told of is copied back: a writer that then
 * begins finds the log copied whole and starts it over (NULL: nothing). */
void checkpointer_wait(struct checkpointer *c);
/* Waits for the copy under way, if any, and closes (NULL: nothing). */
void checkpointer_stop(struct checkpointer *c);

#endif
