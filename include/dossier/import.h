/* import.h: bringing files into the library. One interface, several
 * formats (importer.h): each turns a file's normalised text into
 * documents, and this module walks paths, validates input, and stores
 * each file in one transaction, reporting to a sink. */
#ifndef DOSSIER_IMPORT_H
#define DOSSIER_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/doc.h"
#include "dossier/importer.h"
#include "dossier/notes.h"
#include "dossier/resolve.h"
#include "dossier/store.h"

enum import_status {
	IMPORT_NEW,
	IMPORT_UNCHANGED,
	IMPORT_UPDATED,
	IMPORT_FAILED,
	IMPORT_STATUS_COUNT
};

const char *import_status_name(enum import_status st);

/* One file's outcome. */
struct import_result {
	const char *path;
	enum import_status status;
	size_t docs;            /* documents in the file */
	int64_t first_id;       /* id of its first document */
	size_t notes;           /* editorial notes found */
	struct notes_reanchor annotations; /* of its documents that changed */
	size_t bytes;
	const char *message;    /* why it failed, or NULL */
};

struct import_sink {
	/* Called before anything is imported, with what the walk found. */
	void (*start)(size_t files, uint64_t bytes, void *arg);
	/* Called after each file. */
	void (*file)(const struct import_result *r, void *arg);
	/* A problem that did not stop the file (invalid UTF-8, controls). */
	void (*warn)(const char *path, const char *message, void *arg);
	void *arg;
	/* After the files, each step across the whole library as it begins
	 * ("resolving references"): at a million letters they take minutes.
	 * May be NULL. */
	void (*phase)(const char *what, void *arg);
};

struct import_totals {
	size_t files[IMPORT_STATUS_COUNT];
	size_t docs;
	size_t notes;
	uint64_t bytes;
	struct resolve_stats refs;  /* the resolution that ends an import */
	struct notes_reanchor notes_moved; /* annotations of changed documents */
};

/* Imports files and folders (recursed; symlink loops survived; in a
 * folder only .txt, .md, .markdown, .text and .xml files are read).
 * Returns 0 if every file imported or was unchanged, 1 if any failed. */
int import_paths(struct store *s, char *const *paths, size_t npaths, const struct import_sink *sink,
		 struct import_totals *totals);

/* Imports one in-memory file (already read) as path: for tests and fuzzing. */
enum import_status import_buffer(struct store *s, const char *path, const char *data, size_t len,
				 const struct import_sink *sink, struct import_result *r, char **cause);

#endif
