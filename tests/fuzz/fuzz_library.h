/* fuzz_library.h: what the targets that run on a library share: one in
 * memory, opened once, and documents put into it (abort on failure: a
 * target's own setup must not fail). */
#ifndef DOSSIER_FUZZ_LIBRARY_H
#define DOSSIER_FUZZ_LIBRARY_H

#include <stdlib.h>

#include "dossier/store.h"

/* The library a target opened, closed at exit: valgrind sees no leak. */
static struct store *fuzz_library_kept;

static void fuzz_library_close(void)
{
	store_free(fuzz_library_kept);
	fuzz_library_kept = NULL;
}

/* A new library in memory (one a target), closed when the program ends. */
static inline struct store *fuzz_library_open(void)
{
	struct store *s;
	char *cause = NULL;
	if (store_open(":memory:", 0, &s, &cause) != 0)
		abort();
	if (fuzz_library_kept == NULL)
		atexit(fuzz_library_close);
	else
		store_free(fuzz_library_kept);
	fuzz_library_kept = s;
	return s;
}

/* Puts d at path in its own transaction, hashing its body, and frees d. */
static inline void fuzz_library_put(struct store *s, const char *path, struct doc *d)
{
	char *cause = NULL;
	int64_t id;
	enum store_put what;
	if (store_begin(s, &cause) != 0 ||
	    store_put_doc(s, path, "text", d, hash_fnv1a64(d->body, d->body_len), &id, &what, &cause) != 0 ||
	    store_commit(s, &cause) != 0)
		abort();
	doc_free(d);
}

#endif
