/* import.c: walks paths, validates and normalises each file, hands it to
 * the importer for its format (importer.h: this file knows none), and
 * stores each file in one transaction. */
#include "dossier/import.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/refs.h"
#include "dossier/resolve.h"
#include "dossier/text.h"

/* How many files, or bytes, go into one transaction of an import: each
 * commit writes a full-text segment that later merges rewrite, so fewer,
 * larger batches write less (1024 letters are about 5 MB). */
#define IMPORT_BATCH_FILES 1024
#define IMPORT_BATCH_BYTES ((uint64_t)16 << 20)
/* Batches between waits for the checkpoints to catch up (the log is
 * then at most this many batches long). */
#define IMPORT_LOG_BATCHES 4

/* Files larger than this are refused rather than read into memory. */
#define IMPORT_MAX_BYTES ((uint64_t)512 << 20)

const char *import_status_name(enum import_status st)
{
	static const char *const names[IMPORT_STATUS_COUNT] = { "imported", "unchanged", "updated", "failed" };
	return (unsigned)st < IMPORT_STATUS_COUNT ? names[st] : "failed";
}

/* A reference found ahead, with its phrase as stored. */
struct found_ref {
	struct ref_found r;
	char *phrase;
};

/* A file made ready for the store: validated, normalised and, for a
 * format of one document a file, parsed with its references found. None of it needs the
 * library, so a second thread does it for the next files while the
 * first one stores. */
struct prepared {
	size_t len;             /* bytes read */
	char *cause;            /* why it is not imported, or NULL */
	char *text;             /* normalised */
	size_t tlen;
	struct text_report rep;
	const struct importer *imp;
	struct doc *doc;        /* the document parsed ahead (parse_one), or NULL */
	uint64_t hash;
	struct found_ref *refs;
	size_t nrefs, refcap;
};

/* State while one file's documents are emitted. */
struct file_ctx {
	struct store *store;
	const char *path;
	const char *format;
	struct import_result *r;
	int changed;            /* any document new or updated */
	char *volume;           /* an edition's volume id, from its documents */
	const struct prepared *pre; /* the file parsed ahead, or NULL */
};

/* An edition's list of persons and terms, kept with its volume. */
static int put_glossary(struct store *s, const struct importer *imp, const char *volume, const char *text,
			size_t len, char **cause)
{
	struct doc_gloss *g = NULL;
	size_t n = 0;
	if (imp->glossary(text, len, &g, &n, cause) != 0)
		return -1;
	int rc = store_put_gloss(s, volume, g, n, cause);
	imp->glossary_free(g, n);
	return rc;
}

struct ref_ctx {
	struct file_ctx *fc;
	const struct doc *d;
	int64_t id;
	int failed;
	char **cause;
};

/* A reference's phrase on one line. */
static char *ref_phrase(const struct doc *d, const struct ref_found *r)
{
	char *phrase = xstrndup(d->body + r->start, r->end - r->start);
	for (char *p = phrase; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return phrase;
}

static void add_ref(const struct ref_found *r, void *arg)
{
	struct ref_ctx *rc = arg;
	if (rc->failed)
		return;
	char *phrase = ref_phrase(rc->d, r);
	if (store_add_ref(rc->fc->store, rc->id, r, phrase, rc->cause) != 0)
		rc->failed = 1;
	free(phrase);
}

/* Finds the references of a new or changed document in its text. */
static int detect_refs(struct file_ctx *fc, const struct doc *d, int64_t id, char **cause)
{
	if (fc->pre && fc->pre->doc == d) {
		for (size_t i = 0; i < fc->pre->nrefs; i++)
			if (store_add_ref(fc->store, id, &fc->pre->refs[i].r, fc->pre->refs[i].phrase, cause) != 0)
				return -1;
		return 0;
	}
	struct ref_ctx rc = { fc, d, id, 0, cause };
	refs_detect(d->body ? d->body : "", d->body_len, d->date, d->number, add_ref, &rc);
	return rc.failed ? -1 : 0;
}

static int emit_doc(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	struct file_ctx *fc = arg;
	char *path = key ? xasprintf("%s#%s", fc->path, key) : xstrdup(fc->path);
	int64_t id;
	enum store_put what;
	int rc = store_put_doc(fc->store, path, fc->format, d, hash, &id, &what, cause);
	free(path);
	if (rc != 0)
		return -1;
	if (what != STORE_PUT_UNCHANGED && detect_refs(fc, d, id, cause) != 0)
		return -1;
	if (what == STORE_PUT_UPDATED) {
		/* The text changed: the reader's annotations follow it. */
		struct notes_reanchor ra;
		if (notes_reanchor(fc->store, id, d->body ? d->body : "", d->body_len, &ra, cause) != 0)
			return -1;
		fc->r->annotations.kept += ra.kept;
		fc->r->annotations.moved += ra.moved;
		fc->r->annotations.fuzzy += ra.fuzzy;
		fc->r->annotations.orphaned += ra.orphaned;
	}
	if (fc->r->docs++ == 0)
		fc->r->first_id = id;
	if (fc->volume == NULL && d->volume_id)
		fc->volume = xstrdup(d->volume_id);
	fc->r->notes += d->nnotes;
	if (what == STORE_PUT_NEW && fc->r->status != IMPORT_UPDATED)
		fc->r->status = IMPORT_NEW;
	else if (what == STORE_PUT_UPDATED)
		fc->r->status = IMPORT_UPDATED;
	return 0;
}

static void warn(const struct import_sink *sink, const char *path, const char *msg)
{
	if (sink && sink->warn)
		sink->warn(path, msg, sink->arg);
}

/* Tells the user what normalisation removed or replaced. */
static void report_normalised(const struct import_sink *sink, const char *path, const struct text_report *rep)
{
	char *msg;
	if (rep->invalid) {
		msg = xasprintf("invalid UTF-8 at byte %zu (%zu sequence%s replaced by U+FFFD)", rep->first_invalid,
				rep->invalid, rep->invalid == 1 ? "" : "s");
		warn(sink, path, msg);
		free(msg);
	}
	if (rep->escapes || rep->controls) {
		msg = xasprintf("removed %zu terminal escape sequence%s and %zu control character%s", rep->escapes,
				rep->escapes == 1 ? "" : "s", rep->controls, rep->controls == 1 ? "" : "s");
		warn(sink, path, msg);
		free(msg);
	}
}

static void keep_ref(const struct ref_found *r, void *arg)
{
	struct prepared *p = arg;
	if (p->nrefs == p->refcap) {
		p->refcap = p->refcap ? p->refcap * 2 : 16;
		p->refs = xreallocarray(p->refs, p->refcap, sizeof *p->refs);
	}
	p->refs[p->nrefs++] = (struct found_ref){ *r, ref_phrase(p->doc, r) };
}

/* Validates, normalises and (a format of one document a file) parses
 * data; takes nothing from the library, so it may run on another thread. */
static void prepare(struct prepared *p, const char *path, const char *data, size_t len)
{
	memset(p, 0, sizeof *p);
	p->len = len;
	if (len == 0) {
		p->cause = xstrdup("empty file; nothing to import");
		return;
	}
	if (text_is_binary(data, len)) {
		p->cause = xasprintf("binary file (NUL byte at offset %zu); not imported",
				     (size_t)((const char *)memchr(data, '\0', len) - data));
		return;
	}
	p->text = text_normalise(data, len, &p->tlen, &p->rep);
	size_t visible = 0;
	for (size_t i = 0; i < p->tlen; i++)
		if (p->text[i] != ' ' && p->text[i] != '\n' && p->text[i] != '\t')
			visible++;
	if (visible == 0) {
		free(p->text);
		p->text = NULL;
		p->cause = xstrdup("no text in this file (only white space or control characters); nothing to import");
		return;
	}
	p->imp = importer_find(path, p->text, p->tlen);
	if (p->imp->parse_one == NULL)
		return;
	p->doc = p->imp->parse_one(path, p->text, p->tlen, &p->cause);
	if (p->doc == NULL) {
		if (p->cause == NULL)
			p->cause = xasprintf("not a %s document", p->imp->name);
		return;
	}
	p->hash = hash_fnv1a64(p->text, p->tlen);
	refs_detect(p->doc->body ? p->doc->body : "", p->doc->body_len, p->doc->date, p->doc->number, keep_ref, p);
}

static void prepared_free(struct prepared *p)
{
	free(p->cause);
	free(p->text);
	doc_free(p->doc);
	for (size_t i = 0; i < p->nrefs; i++)
		free(p->refs[i].phrase);
	free(p->refs);
	memset(p, 0, sizeof *p);
}

/* Stores a prepared file, in a unit of work of its own. */
static enum import_status store_prepared(struct store *s, const char *path, struct prepared *p,
					 const struct import_sink *sink, struct import_result *r, char **cause)
{
	memset(r, 0, sizeof *r);
	r->path = path;
	r->bytes = p->len;
	r->status = IMPORT_FAILED;
	if (p->cause) {
		*cause = p->cause;
		p->cause = NULL;
		return IMPORT_FAILED;
	}
	report_normalised(sink, path, &p->rep);
	struct file_ctx fc = { s, path, p->imp->name, r, 0, NULL, p };
	r->status = IMPORT_UNCHANGED;
	if (store_unit_begin(s, cause) != 0) {
		r->status = IMPORT_FAILED;
		return IMPORT_FAILED;
	}
	int ok;
	if (p->doc)
		ok = emit_doc(p->doc, NULL, p->hash, &fc, cause) == 0;
	else
		ok = p->imp->parse(path, p->text, p->tlen, emit_doc, &fc, cause) == 0;
	if (ok && p->imp->glossary && fc.volume)
		ok = put_glossary(s, p->imp, fc.volume, p->text, p->tlen, cause) == 0;
	if (store_unit_end(s, ok, ok ? cause : NULL) != 0 || !ok) {
		/* Nothing of a failed file is left half-imported. */
		if (ok)
			store_unit_end(s, 0, NULL);
		free(fc.volume);
		r->status = IMPORT_FAILED;
		return IMPORT_FAILED;
	}
	free(fc.volume);
	return r->status;
}

enum import_status import_buffer(struct store *s, const char *path, const char *data, size_t len,
				 const struct import_sink *sink, struct import_result *r, char **cause)
{
	struct prepared p;
	prepare(&p, path, data, len);
	enum import_status st = store_prepared(s, path, &p, sink, r, cause);
	prepared_free(&p);
	return st;
}

/* A file found by the walk. */
struct found {
	char *path;
	uint64_t size;
	char *error;            /* a problem found while walking */
};

struct walk {
	struct found *v;
	size_t n, cap;
	uint64_t bytes;
	struct { dev_t dev; ino_t ino; } *seen;  /* directories entered */
	size_t nseen;
};

static void walk_add(struct walk *w, const char *path, uint64_t size, char *error)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 64;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	w->v[w->n++] = (struct found){ xstrdup(path), size, error };
	w->bytes += size;
}

static int wanted_in_folder(const char *name)
{
	static const char *const exts[] = { ".txt", ".md", ".markdown", ".text", ".xml" };
	if (name[0] == '.')
		return 0;
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (str_has_suffix(name, exts[i]))
			return 1;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_entry(struct walk *w, const char *path, const struct stat *stp, int explicit);

static void walk_path(struct walk *w, const char *path, int explicit)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		walk_add(w, path, 0, xasprintf("%s", strerror(errno)));
		return;
	}
	walk_entry(w, path, &st, explicit);
}

/* Adds the file at path, or walks the folder, whose stat is *stp. */
static void walk_entry(struct walk *w, const char *path, const struct stat *stp, int explicit)
{
	struct stat st = *stp;
	if (S_ISREG(st.st_mode)) {
		if ((uint64_t)st.st_size > IMPORT_MAX_BYTES)
			walk_add(w, path, 0, xasprintf("file too large (%llu MiB; at most %llu MiB)",
						       (unsigned long long)st.st_size >> 20,
						       (unsigned long long)IMPORT_MAX_BYTES >> 20));
		else
			walk_add(w, path, (uint64_t)st.st_size, NULL);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (explicit)
			walk_add(w, path, 0, xstrdup("not a regular file or folder"));
		return;
	}
	for (size_t i = 0; i < w->nseen; i++)
		if (w->seen[i].dev == st.st_dev && w->seen[i].ino == st.st_ino)
			return; /* a symlink loop, or a folder named twice */
	w->seen = xreallocarray(w->seen, w->nseen + 1, sizeof *w->seen);
	w->seen[w->nseen].dev = st.st_dev;
	w->seen[w->nseen++].ino = st.st_ino;
	DIR *dir = opendir(path);
	if (dir == NULL) {
		walk_add(w, path, 0, xasprintf("cannot read folder: %s", strerror(errno)));
		return;
	}
	struct strv names;
	strv_init(&names);
	struct dirent *de;
	while ((de = readdir(dir)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0 && de->d_name[0] != '.')
			strv_push(&names, de->d_name);
	closedir(dir);
	/* Sorted, so an import is the same whatever the file system's order. */
	qsort(names.v, names.n, sizeof *names.v, cmp_str);
	size_t plen = strlen(path);
	for (size_t i = 0; i < names.n; i++) {
		char *child = xasprintf("%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names.v[i]);
		struct stat cst;
		if (stat(child, &cst) != 0) {
			if (wanted_in_folder(names.v[i]))
				walk_add(w, child, 0, xasprintf("%s", strerror(errno)));
		} else if (S_ISDIR(cst.st_mode) || wanted_in_folder(names.v[i])) {
			walk_entry(w, child, &cst, 0);
		}
		free(child);
	}
	strv_free(&names);
}

/* Files are prepared (read, normalised, parsed) by a second thread a few
 * files ahead of the one storing them: parsing and storing each take a
 * good part of an import, and they share nothing but the queue. */
#define PIPE_SLOTS 8
/* ...and no more bytes ahead than this (but always the next file), so a
 * folder of large files does not sit in memory eight at a time. */
#define PIPE_AHEAD_BYTES ((uint64_t)32 << 20)

struct pipeline {
	struct walk *w;
	struct prepared slot[PIPE_SLOTS];
	size_t prepared, stored;    /* files prepared, files stored (taken and done) */
	uint64_t ahead;             /* bytes of files prepared or being, not yet stored */
	int threaded;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

/* Reads and prepares file i into p. */
static void prepare_file(struct walk *w, size_t i, struct prepared *p)
{
	char *data = NULL, *cause = w->v[i].error;
	size_t len = 0;
	w->v[i].error = NULL;
	if (cause == NULL && file_read_all(w->v[i].path, &data, &len, &cause) == 0) {
		prepare(p, w->v[i].path, data, len);
		free(data);
		return;
	}
	memset(p, 0, sizeof *p);
	p->cause = cause;
}

static void *pipe_run(void *arg)
{
	struct pipeline *pl = arg;
	for (size_t i = 0; i < pl->w->n; i++) {
		pthread_mutex_lock(&pl->mu);
		while (i - pl->stored >= PIPE_SLOTS || (i > pl->stored && pl->ahead + pl->w->v[i].size > PIPE_AHEAD_BYTES))
			pthread_cond_wait(&pl->cv, &pl->mu);
		pl->ahead += pl->w->v[i].size;
		pthread_mutex_unlock(&pl->mu);
		/* The slot's last file is stored: freed here, off the storing thread. */
		prepared_free(&pl->slot[i % PIPE_SLOTS]);
		prepare_file(pl->w, i, &pl->slot[i % PIPE_SLOTS]);
		pthread_mutex_lock(&pl->mu);
		pl->prepared = i + 1;
		pthread_cond_broadcast(&pl->cv);
		pthread_mutex_unlock(&pl->mu);
	}
	return NULL;
}

static void pipe_start(struct pipeline *pl, struct walk *w)
{
	memset(pl, 0, sizeof *pl);
	pl->w = w;
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->cv, NULL);
	/* Without a thread, each file is prepared when its turn comes. */
	pl->threaded = w->n > 1 && pthread_create(&pl->thread, NULL, pipe_run, pl) == 0;
}

/* Waits for file i (the next to store) and returns it prepared. */
static struct prepared *pipe_take(struct pipeline *pl, size_t i)
{
	struct prepared *p = &pl->slot[i % PIPE_SLOTS];
	if (!pl->threaded) {
		prepared_free(p);
		prepare_file(pl->w, i, p);
		return p;
	}
	pthread_mutex_lock(&pl->mu);
	while (pl->prepared <= i)
		pthread_cond_wait(&pl->cv, &pl->mu);
	pthread_mutex_unlock(&pl->mu);
	return p;
}

/* Gives the slot of the file just stored back (the preparing thread frees it). */
static void pipe_done(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	if (pl->threaded)
		pl->ahead -= pl->w->v[pl->stored].size;
	pl->stored++;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
}

static void pipe_stop(struct pipeline *pl)
{
	if (pl->threaded)
		pthread_join(pl->thread, NULL);
	for (size_t i = 0; i < PIPE_SLOTS; i++)
		prepared_free(&pl->slot[i]);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
}

int import_paths(struct store *s, char *const *paths, size_t npaths, const struct import_sink *sink,
		 struct import_totals *totals)
{
	memset(totals, 0, sizeof *totals);
	struct walk w = { 0 };
	for (size_t i = 0; i < npaths; i++)
		walk_path(&w, paths[i], 1);
	if (sink && sink->start)
		sink->start(w.n, w.bytes, sink->arg);
	/* Files are committed in batches (each file a savepoint of its own,
	 * so a failing one leaves nothing): one commit per file would make
	 * the full-text index flush its segments for every letter. */
	uint64_t batch_bytes = 0;
	size_t batch_files = 0;
	struct pipeline pl;
	/* The rank index follows what the import indexes (store_rank.c). */
	char *rc_cause = NULL;
	if (store_rank_begin(s, &rc_cause) != 0) {
		warn(sink, "search ranking", rc_cause);
		free(rc_cause);
	}
	pipe_start(&pl, &w);
	store_checkpoints_behind(s, 1);
	size_t batches = 0;
	for (size_t i = 0; i < w.n; i++) {
		if (batch_files == 0) {
			char *bc = NULL;
			/* Every few batches the log is copied back whole
			 * before the next begins, which starts it over: it
			 * stays a few batches long, not the import's size. */
			if (batches++ % IMPORT_LOG_BATCHES == 0)
				store_checkpoints_catch_up(s);
			/* Without the batch's transaction (the library is
			 * locked), each file tries its own and says how it
			 * went: a warning here would say "locked" of a file
			 * that then imports. */
			store_begin_bulk(s, &bc);
			free(bc);
		}
		struct import_result r = { .path = w.v[i].path, .status = IMPORT_FAILED };
		char *cause = NULL;
		struct prepared *p = pipe_take(&pl, i);
		store_prepared(s, w.v[i].path, p, sink, &r, &cause);
		pipe_done(&pl);
		r.message = cause;
		totals->files[r.status]++;
		totals->docs += r.docs;
		totals->notes += r.notes;
		totals->notes_moved.kept += r.annotations.kept;
		totals->notes_moved.moved += r.annotations.moved;
		totals->notes_moved.fuzzy += r.annotations.fuzzy;
		totals->notes_moved.orphaned += r.annotations.orphaned;
		totals->bytes += r.bytes;
		batch_bytes += r.bytes;
		if (++batch_files >= IMPORT_BATCH_FILES || batch_bytes >= IMPORT_BATCH_BYTES || i + 1 == w.n) {
			char *bc = NULL;
			if (store_in_transaction(s) && store_commit(s, &bc) != 0) {
				/* The batch is lost: say so for each of its files. */
				warn(sink, "import", bc);
				store_rollback(s);
				totals->files[IMPORT_FAILED] += batch_files;
				free(bc);
			}
			batch_files = 0;
			batch_bytes = 0;
		}
		if (sink && sink->file)
			sink->file(&r, sink->arg);
		free(cause);
		free(w.v[i].path);
	}
	pipe_stop(&pl);
	free(w.v);
	free(w.seen);
	if (store_rank_end(s, 1, &rc_cause) != 0) {
		warn(sink, "search ranking", rc_cause);
		free(rc_cause);
	}
	/* New documents may be what older ones refer to, and the other way
	 * round: resolve what is pending across the whole library. */
	char *cause = NULL;
	/* Each person's number of documents, for the people view. */
	if (totals->docs && store_people_recount(s, &cause) != 0) {
		warn(sink, "people", cause);
		free(cause);
		cause = NULL;
	}
	if (resolve_pending(s, &totals->refs, &cause) != 0) {
		warn(sink, "references", cause);
		free(cause);
		cause = NULL;
	}
	/* The lists' places of the new documents (the reader counts nothing). */
	if (totals->docs && store_order_build(s, &cause) != 0) {
		warn(sink, "lists", cause);
		free(cause);
	}
	store_checkpoints_behind(s, 0);
	return totals->files[IMPORT_FAILED] ? 1 : 0;
}
