/* fixture.h: what the reader's tests share: a document of their own put
 * into a library (so a test does not depend on what the importer makes
 * of the sample). */
#ifndef DOSSIER_TEST_FIXTURE_H
#define DOSSIER_TEST_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "dossier/import.h"
#include "dossier/store.h"
#include "dossier/util.h"

/* Puts a document from Roshchin to Shtykov, with an alias note on each
 * of brackets (NULL-ended, or NULL) found in body. */
static inline int64_t fixture_put(struct store *s, const char *path, const char *title, const char *date, const char *body,
		   const char *const *brackets)
{
	struct doc *d = doc_create();
	doc_set(&d->title, title);
	doc_set(&d->date, date);
	d->body = xstrdup(body);
	d->body_len = strlen(body);
	strv_push(&d->from, "Roshchin");
	strv_push(&d->to, "Shtykov");
	for (const char *const *b = brackets; b && *b; b++) {
		const char *at = strstr(body, *b);
		if (at)
			doc_add_note(d, (size_t)(at - body), (size_t)(at - body) + strlen(*b), NOTE_ALIAS, *b);
	}
	char *cause = NULL;
	int64_t id = 0;
	enum store_put what;
	if (store_begin(s, &cause) != 0 ||
	    store_put_doc(s, path, "text", d, hash_fnv1a64(body, strlen(body)), &id, &what, &cause) != 0 ||
	    store_commit(s, &cause) != 0) {
		printf("# put %s: %s\n", path, cause);
		free(cause);
	}
	doc_free(d);
	return id;
}

/* Opens a new library at path (a mkstemp template, filled in) with the
 * bundled sample imported (sample 0: empty). NULL if it cannot. */
static inline struct store *fixture_library(char *path, int sample)
{
	int fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	close(fd);
	unlink(path);
	struct store *s;
	char *cause = NULL;
	if (store_open(path, 0, &s, &cause) != 0) {
		printf("# %s: %s\n", path, cause);
		free(cause);
		return NULL;
	}
	char *paths[] = { "assets/sample" };
	struct import_totals t;
	if (sample && (import_paths(s, paths, 1, NULL, &t) != 0 || t.docs != 5)) {
		printf("# the sample did not import\n");
		store_free(s);
		return NULL;
	}
	return s;
}

/* Removes a test library and the files SQLite keeps beside it. */
static inline void fixture_remove(const char *path)
{
	unlink(path);
	char *side = xasprintf("%s-wal", path);
	unlink(side);
	free(side);
	side = xasprintf("%s-shm", path);
	unlink(side);
	free(side);
}

#endif
