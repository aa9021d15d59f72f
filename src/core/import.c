/* import.c: walks paths, validates and normalises each file, hands it to
 * the importer for its format (importer.h: this file knows none), and
 * stores each file in one transaction. */
#include "dossier/import.h"

#include <dirent.h>
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/brackets.h"
#include "dossier/edition.h"
#include "dossier/refs.h"
#include "dossier/resolve.h"
#include "dossier/store_tokens.h"
#include "dossier/text.h"

/* How many files, or bytes, go into one transaction of an import: each
 * commit writes a full-text segment that later merges rewrite, so fewer,
 * larger batches write less (1024 letters are about 5 MB). */
#define IMPORT_BATCH_FILES 1024
#define IMPORT_BATCH_BYTES ((uint64_t)16 << 20)
/* Batches between waits for the checkpoints to catch up (the log is
 * then at most this many batches long). */
#define IMPORT_LOG_BATCHES 4

/* A file this large is freed as soon as it is stored (smaller ones by
 * the preparing thread, off the storing one). */
#define IMPORT_FREE_NOW_BYTES ((size_t)1 << 20)

/* Files larger than this are refused rather than read into memory (an
 * import holds a file about twice at its peak: 430 MB for 200 MB). */
#define IMPORT_MAX_BYTES ((uint64_t)256 << 20)

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
	struct doc_tokens *toks; /* doc's words for the full-text index, or NULL */
};

/* State while one file's documents are emitted. */
struct file_ctx {
	struct store *store;
	const char *path;
	const char *format;
	struct import_result *r;
	int changed;            /* any document new or updated */
	char *volume;           /* an edition's volume id, from its documents */
	struct prepared *pre;   /* the file parsed ahead, or NULL */
	const struct import_sink *sink;
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

/* An edition's data from its header, kept with its volume. */
static int put_edition(struct store *s, const struct importer *imp, const char *volume, const char *text,
		       size_t len, char **cause)
{
	struct edition *e = NULL;
	if (imp->edition(text, len, &e, cause) != 0)
		return -1;
	int rc = e ? store_put_edition(s, volume, e, cause) : 0;
	edition_free(e);
	return rc;
}

struct ref_ctx {
	struct file_ctx *fc;
	const struct doc *d;
	int64_t id;
	int failed;
	char **cause;
};

/* A reference found in a document's text, its footnotes or its summary,
 * with its phrase on one line. */
typedef void (*doc_ref_fn)(const struct ref_found *r, char *phrase, void *arg);

/* The footnotes' definitions printed in a body ("[3] Not printed." at a
 * line's start, brackets.c's): their references are the editor's, read
 * where they are printed. */
struct defs {
	struct brackets_def *v;
	size_t n;
};

struct doc_refs_ctx {
	const struct doc *d;
	const char *text;       /* where the phrase was found */
	size_t start, end;      /* the span it gets in the body */
	int editor;             /* the editor's words, not the writer's */
	struct defs defs;       /* footnotes printed in the body */
	doc_ref_fn fn;
	void *arg;
};

static void defs_find(const struct doc *d, struct defs *df)
{
	memset(df, 0, sizeof *df);
	for (size_t i = 0; i < d->nnotes; i++)
		if (d->notes[i].kind == NOTE_FOOTNOTE) {
			df->v = brackets_defs(d->body, d->body_len, &df->n);
			return;
		}
}

/* Whether byte pos is on a definition (they are in order). */
static int defs_holds(const struct defs *df, size_t pos)
{
	size_t lo = 0, hi = df->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (df->v[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < df->n && df->v[lo].start <= pos;
}

/* Whether a footnote's text is printed as a definition. */
static int defs_print(const struct defs *df, const char *body, const char *text)
{
	size_t n = text ? strlen(text) : 0;
	for (size_t i = 0; n && i < df->n; i++)
		if (df->v[i].end - df->v[i].text == n && memcmp(body + df->v[i].text, text, n) == 0)
			return 1;
	return 0;
}

static void doc_ref_found(const struct ref_found *found, void *arg)
{
	struct doc_refs_ctx *c = arg;
	struct ref_found r = *found;
	/* A footnote's definition printed in the text: the editor's words,
	 * where they are printed. */
	if (!c->editor && c->text == c->d->body && defs_holds(&c->defs, r.start))
		r.by_editor = 1;
	char *phrase = xstrndup(c->text + r.start, r.end - r.start);
	for (char *p = phrase; *p; p++)
		if (*p == '\n')
			*p = ' ';
	if (c->editor) {
		/* An edition that links the words itself ("See <ref>Document
		 * 40</ref>") has said where they go. */
		for (size_t k = 0; k < c->d->nrefs; k++) {
			const char *linked = c->d->refs[k].phrase;
			if (linked && *linked && (strstr(phrase, linked) || strstr(linked, phrase))) {
				free(phrase);
				return;
			}
		}
		/* Its place in the text is the note's marker. */
		r.start = c->start;
		r.end = c->end;
		r.by_editor = 1;
	}
	c->fn(&r, phrase, c->arg);
}

/* The references of a document: in its text, and in the editor's words
 * around it, an edition's footnotes and an archive's summary, which cite
 * as the text does ("See telegram 402, March 3, p. 211", "Shtykov's
 * telegram of January 19"). The editor writes after the letter and of
 * later papers too: a day without its year is of the letter's year,
 * before or after it. None of the document's own numbers is a
 * reference. */
static void doc_refs(const struct doc *d, doc_ref_fn fn, void *arg)
{
	const char **own = xreallocarray(NULL, d->numbers.n + 1, sizeof *own);
	size_t nown = 0;
	if (d->number)
		own[nown++] = d->number;
	for (size_t i = 0; i < d->numbers.n; i++)
		own[nown++] = d->numbers.v[i];
	struct doc_refs_ctx c = { .d = d, .text = d->body ? d->body : "", .fn = fn, .arg = arg };
	defs_find(d, &c.defs);
	refs_detect_own(c.text, d->body_len, d->date, own, nown, doc_ref_found, &c);
	char year[5] = "";
	if (d->date && strlen(d->date) >= 4)
		snprintf(year, sizeof year, "%.4s", d->date);
	c.editor = 1;
	for (size_t i = 0; i < d->nnotes; i++) {
		if (d->notes[i].kind != NOTE_FOOTNOTE && d->notes[i].kind != NOTE_EDITOR)
			continue;
		/* read where the text prints it, as the editor's */
		if (d->notes[i].kind == NOTE_FOOTNOTE && defs_print(&c.defs, d->body, d->notes[i].text))
			continue;
		c.text = d->notes[i].text ? d->notes[i].text : "";
		c.start = d->notes[i].start;
		c.end = d->notes[i].end;
		refs_detect_note(c.text, strlen(c.text), year[0] ? year : NULL, own, nown, doc_ref_found, &c);
	}
	if (d->summary) {
		c.text = d->summary;
		c.start = c.end = 0;
		refs_detect_own(c.text, strlen(c.text), year[0] ? year : NULL, own, nown, doc_ref_found, &c);
	}
	free(own);
	free(c.defs.v);
}

static void add_ref(const struct ref_found *r, char *phrase, void *arg)
{
	struct ref_ctx *rc = arg;
	if (!rc->failed && store_add_ref(rc->fc->store, rc->id, r, phrase, rc->cause) != 0)
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
	doc_refs(d, add_ref, &rc);
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
	if (what != STORE_PUT_UNCHANGED && fc->pre && fc->pre->doc == d) {
		store_tokens_give(fc->store, id, fc->pre->toks);
		fc->pre->toks = NULL;
	}
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

static void phase(const struct import_sink *sink, const char *what)
{
	if (sink && sink->phase)
		sink->phase(what, sink->arg);
}

static void warn(const struct import_sink *sink, const char *path, const char *msg)
{
	if (sink && sink->warn)
		sink->warn(path, msg, sink->arg);
}

static void format_warn(const char *msg, void *arg)
{
	struct file_ctx *fc = arg;
	warn(fc->sink, fc->path, msg);
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

static void keep_ref(const struct ref_found *r, char *phrase, void *arg)
{
	struct prepared *p = arg;
	if (p->nrefs == p->refcap) {
		p->refcap = p->refcap ? p->refcap * 2 : 16;
		p->refs = xreallocarray(p->refs, p->refcap, sizeof *p->refs);
	}
	p->refs[p->nrefs++] = (struct found_ref){ *r, phrase };
}

/* Validates, normalises and (a format of one document a file) parses
 * data, which it takes (and frees as soon as it has read it: a large file
 * is in memory at most twice); takes nothing from the library, so it may
 * run on another thread. */
/* Reads file data (taking it) into p; with tk, on a thread of its own,
 * also tokenizes the document for the full-text index. */
static void prepare(struct prepared *p, const char *path, char *data, size_t len, struct store_tokenizer *tk)
{
	memset(p, 0, sizeof *p);
	p->len = len;
	if (len == 0) {
		free(data);
		p->cause = xstrdup("empty file; nothing to import");
		return;
	}
	if (text_is_binary(data, len)) {
		p->cause = xasprintf("binary file (NUL byte at offset %zu); not imported",
				     (size_t)((const char *)memchr(data, '\0', len) - data));
		free(data);
		return;
	}
	p->text = text_normalise_take(data, len, &p->tlen, &p->rep);
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
	p->hash = hash_fnv1a64(p->text, p->tlen);
	if (p->imp->parse_one_take) {
		/* The text becomes the document: it is not kept beside it. */
		char *text = p->text;
		p->text = NULL;
		p->doc = p->imp->parse_one_take(path, text, p->tlen, &p->cause);
	} else {
		p->doc = p->imp->parse_one(path, p->text, p->tlen, &p->cause);
	}
	if (p->doc == NULL) {
		if (p->cause == NULL)
			p->cause = xasprintf("not a %s document", p->imp->name);
		return;
	}
	doc_refs(p->doc, keep_ref, p);
	store_doc_ready(p->doc);
	/* A large file's tokens would sit beside its text until the batch
	 * commits: it is tokenized by FTS5 then, as it comes. */
	if (tk && len < IMPORT_FREE_NOW_BYTES)
		p->toks = store_tokenize_doc(tk, p->doc);
}

static void prepared_free(struct prepared *p)
{
	free(p->cause);
	free(p->text);
	doc_free(p->doc);
	for (size_t i = 0; i < p->nrefs; i++)
		free(p->refs[i].phrase);
	free(p->refs);
	doc_tokens_free(p->toks);
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
	struct file_ctx fc = { s, path, p->imp->name, r, 0, NULL, p, sink };
	r->status = IMPORT_UNCHANGED;
	if (store_unit_begin(s, cause) != 0) {
		r->status = IMPORT_FAILED;
		return IMPORT_FAILED;
	}
	int ok;
	if (p->doc)
		ok = emit_doc(p->doc, NULL, p->hash, &fc, cause) == 0;
	else
		ok = p->imp->parse(path, p->text, p->tlen, emit_doc, format_warn, &fc, cause) == 0;
	if (ok && p->imp->glossary && fc.volume)
		ok = put_glossary(s, p->imp, fc.volume, p->text, p->tlen, cause) == 0;
	if (ok && p->imp->edition && fc.volume)
		ok = put_edition(s, p->imp, fc.volume, p->text, p->tlen, cause) == 0;
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
	char *copy = xmalloc(len + 1);
	if (len)
		memcpy(copy, data, len);
	prepare(&p, path, copy, len, NULL);
	enum import_status st = store_prepared(s, path, &p, sink, r, cause);
	prepared_free(&p);
	return st;
}

/* A file found by the walk, in 8 bytes: a million of them are kept
 * while an import runs. Its path is its folder's and its name, made
 * again when it is needed (walk_path); its folder is that of the run of
 * files it is in, and the few files with a problem have it beside. */
struct found {
	uint32_t name;          /* its place in walk.chunks (walk_name_at) */
	uint32_t size;          /* bytes (a file is at most IMPORT_MAX_BYTES) */
};

/* Files from first on were found in folder dir (in walk.dirs; 0: none,
 * the name is the path). */
struct found_run {
	size_t first;
	uint32_t dir;
};

/* A problem found with file i while walking. */
struct found_error {
	size_t file;
	char *message;
};

struct walk {
	struct found *v;
	size_t n, cap;
	uint64_t bytes;
	struct found_run *runs;
	size_t nruns, runs_cap;
	struct found_error *errors; /* by file */
	size_t nerrors, errors_cap;
	struct strv dirs;       /* folders walked, after "" */
	/* The files' names (and paths named alone), each ended by NUL, in
	 * the order of the files, in chunks: those of the files stored go
	 * (walk_forget), and a million names are not all held to the end. */
	char **chunks;
	size_t nchunks, used;   /* chunks, bytes used in the last */
	size_t forgotten;       /* chunks freed, from the first */
	struct { dev_t dev; ino_t ino; } *seen;  /* directories entered */
	size_t nseen;
	size_t dropped;         /* files past 4 GiB of names, left out */
};

/* A name's place is 32 bits: its chunk, and its offset in the chunk. A
 * walk keeps 4 GiB of names at most (some 100 million files; an import
 * of more is refused beyond them). */
#define NAME_CHUNK_BITS 20
#define NAME_CHUNK ((size_t)1 << NAME_CHUNK_BITS)
#define NAME_CHUNKS_MAX (((size_t)1 << (32 - NAME_CHUNK_BITS)) - 1)
#define WALK_FULL UINT32_MAX

static uint32_t walk_name(struct walk *w, const char *name)
{
	size_t n = strlen(name) + 1;
	if (n > NAME_CHUNK || w->dirs.n >= UINT32_MAX - 1)
		return WALK_FULL;
	if (w->nchunks == 0 || w->used + n > NAME_CHUNK) {
		if (w->nchunks == NAME_CHUNKS_MAX)
			return WALK_FULL;
		w->chunks = xreallocarray(w->chunks, w->nchunks + 1, sizeof *w->chunks);
		w->chunks[w->nchunks++] = xmalloc(NAME_CHUNK);
		w->used = 0;
	}
	uint32_t at = (uint32_t)((w->nchunks - 1) << NAME_CHUNK_BITS | w->used);
	memcpy(w->chunks[w->nchunks - 1] + w->used, name, n);
	w->used += n;
	return at;
}

static const char *walk_name_at(const struct walk *w, uint32_t at)
{
	return w->chunks[at >> NAME_CHUNK_BITS] + (at & (NAME_CHUNK - 1));
}

/* The files before file i are stored: the chunks holding only their
 * names go (the thread preparing files is past them). */
static void walk_forget(struct walk *w, size_t i)
{
	size_t c = i < w->n ? w->v[i].name >> NAME_CHUNK_BITS : w->nchunks;
	for (; w->forgotten < c; w->forgotten++) {
		free(w->chunks[w->forgotten]);
		w->chunks[w->forgotten] = NULL;
	}
}

static void walk_found(struct walk *w, uint32_t dir, uint32_t name, uint64_t size, char *error)
{
	if (name == WALK_FULL) {
		w->dropped++;
		free(error);
		return;
	}
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 64;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	if (w->nruns == 0 || w->runs[w->nruns - 1].dir != dir) {
		if (w->nruns == w->runs_cap) {
			w->runs_cap = w->runs_cap ? w->runs_cap * 2 : 16;
			w->runs = xreallocarray(w->runs, w->runs_cap, sizeof *w->runs);
		}
		w->runs[w->nruns++] = (struct found_run){ w->n, dir };
	}
	if (error) {
		if (w->nerrors == w->errors_cap) {
			w->errors_cap = w->errors_cap ? w->errors_cap * 2 : 16;
			w->errors = xreallocarray(w->errors, w->errors_cap, sizeof *w->errors);
		}
		w->errors[w->nerrors++] = (struct found_error){ w->n, error };
	}
	w->v[w->n++] = (struct found){ name, (uint32_t)size };
	w->bytes += size;
}

/* A path named alone (or that could not be walked). */
static void walk_add(struct walk *w, const char *path, uint64_t size, char *error)
{
	walk_found(w, 0, walk_name(w, path), size, error);
}

/* The folder of file i (its run's). */
static uint32_t walk_dir(const struct walk *w, size_t i)
{
	size_t lo = 0, hi = w->nruns;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->runs[mid].first <= i)
			lo = mid;
		else
			hi = mid;
	}
	return w->nruns ? w->runs[lo].dir : 0;
}

/* The path of file i; the caller frees it. */
static char *walk_path(const struct walk *w, size_t i)
{
	const char *name = walk_name_at(w, w->v[i].name);
	uint32_t d = walk_dir(w, i);
	if (d == 0)
		return xstrdup(name);
	const char *dir = w->dirs.v[d];
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* The problem found with file i while walking, or NULL (taken from the
 * walk: the caller frees it). */
static char *walk_error(struct walk *w, size_t i)
{
	size_t lo = 0, hi = w->nerrors;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->errors[mid].file < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == w->nerrors || w->errors[lo].file != i)
		return NULL;
	char *e = w->errors[lo].message;
	w->errors[lo].message = NULL;
	return e;
}

static void walk_free(struct walk *w)
{
	free(w->v);
	free(w->runs);
	free(w->seen);
	strv_free(&w->dirs);
	walk_forget(w, w->n);
	free(w->chunks);
	for (size_t i = 0; i < w->nerrors; i++)
		free(w->errors[i].message);
	free(w->errors);
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

/* qsort has no context argument: the names of the folder being sorted
 * (the walk runs before the second thread starts). */
static const char *sorting_names;

static int cmp_name(const void *a, const void *b)
{
	return strcmp(sorting_names + *(const uint32_t *)a, sorting_names + *(const uint32_t *)b);
}

static void walk_entry(struct walk *w, const char *path, const struct stat *stp, int explicit);

static void walk_path_named(struct walk *w, const char *path, int explicit)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		walk_add(w, path, 0, xasprintf("%s", strerror(errno)));
		return;
	}
	walk_entry(w, path, &st, explicit);
}

/* Adds the file at path, or walks the folder, whose stat is *stp. A file
 * found in folder dir (not 0) is recorded by its name there. */
static void walk_file(struct walk *w, uint32_t dir, uint32_t name, const char *path, const struct stat *st)
{
	if (dir == 0)
		name = walk_name(w, path);
	if ((uint64_t)st->st_size > IMPORT_MAX_BYTES)
		walk_found(w, dir, name, 0,
			   xasprintf("file too large (%llu MiB; dossier imports files of at most %llu MiB): split it, "
				     "or import its parts",
				     (unsigned long long)st->st_size >> 20, (unsigned long long)IMPORT_MAX_BYTES >> 20));
	else
		walk_found(w, dir, name, (uint64_t)st->st_size, NULL);
}

static void walk_entry(struct walk *w, const char *path, const struct stat *stp, int explicit)
{
	struct stat st = *stp;
	if (S_ISREG(st.st_mode)) {
		walk_file(w, 0, 0, path, &st);
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
	/* The folder's names are read and sorted apart; a file's goes to the
	 * walk's names when it is kept, in the order of the files. */
	if (w->dirs.n == 0)
		strv_push(&w->dirs, "");
	strv_push(&w->dirs, path);
	uint32_t here = (uint32_t)(w->dirs.n - 1);
	struct buf here_names;
	buf_init(&here_names);
	uint32_t *names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dir)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0 || de->d_name[0] == '.')
			continue;
		size_t len = strlen(de->d_name) + 1;
		if (here_names.len + len > UINT32_MAX) {
			w->dropped++; /* past 4 GiB of names in one folder */
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = (uint32_t)here_names.len;
		buf_add(&here_names, de->d_name, len);
	}
	closedir(dir);
	/* Sorted, so an import is the same whatever the file system's order. */
	sorting_names = here_names.data;
	qsort(names, n, sizeof *names, cmp_name);
	sorting_names = NULL;
	size_t plen = strlen(path);
	for (size_t i = 0; i < n; i++) {
		const char *name = here_names.data + names[i];
		char *child = xasprintf("%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", name);
		struct stat cst;
		if (stat(child, &cst) != 0) {
			if (wanted_in_folder(name))
				walk_found(w, here, walk_name(w, name), 0, xasprintf("%s", strerror(errno)));
		} else if (S_ISDIR(cst.st_mode)) {
			walk_entry(w, child, &cst, 0);
		} else if (wanted_in_folder(name)) {
			if (S_ISREG(cst.st_mode))
				walk_file(w, here, walk_name(w, name), child, &cst);
		}
		free(child);
	}
	free(names);
	buf_free(&here_names);
}

/* Files are prepared (read, normalised, parsed, tokenized) by a second
 * thread ahead of the one storing them: parsing and storing each take a
 * good part of an import, and they share nothing but the queue. The
 * queue is deep enough for the preparing thread to go on while a batch
 * commits (its full-text indexing is a third of the storing thread's
 * time): with eight places it waited through every commit. */
#define PIPE_SLOTS 512
/* ...and no more bytes ahead than this (but always the next file), so a
 * folder of large files does not sit in memory hundreds at a time. */
#define PIPE_AHEAD_BYTES ((uint64_t)12 << 20)

struct pipeline {
	struct walk *w;
	struct store_tokenizer *tk; /* the thread's, or NULL */
	struct prepared *slot;      /* PIPE_SLOTS of them, a ring */
	size_t prepared, stored;    /* files prepared, files stored (taken and done) */
	uint64_t ahead;             /* bytes of files prepared or being, not yet stored */
	int threaded;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

/* Reads and prepares file i into p. */
static void prepare_file(struct walk *w, size_t i, struct prepared *p, struct store_tokenizer *tk)
{
	char *data = NULL, *cause = walk_error(w, i), *path = walk_path(w, i);
	size_t len = 0;
	if (cause == NULL && file_read_all(path, &data, &len, &cause) == 0) {
		prepare(p, path, data, len, tk); /* takes data */
		free(path);
		return;
	}
	free(path);
	memset(p, 0, sizeof *p);
	p->cause = cause;
}

static void *pipe_run(void *arg)
{
	struct pipeline *pl = arg;
	size_t freed = 0;
	for (size_t i = 0; i < pl->w->n; i++) {
		pthread_mutex_lock(&pl->mu);
		while (i - pl->stored >= PIPE_SLOTS || (i > pl->stored && pl->ahead + pl->w->v[i].size > PIPE_AHEAD_BYTES))
			pthread_cond_wait(&pl->cv, &pl->mu);
		pl->ahead += pl->w->v[i].size;
		size_t stored = pl->stored;
		pthread_mutex_unlock(&pl->mu);
		/* The files stored since are freed now, off the storing thread
		 * (not when their places come round again). */
		for (; freed < stored; freed++)
			prepared_free(&pl->slot[freed % PIPE_SLOTS]);
		prepared_free(&pl->slot[i % PIPE_SLOTS]);
		prepare_file(pl->w, i, &pl->slot[i % PIPE_SLOTS], pl->tk);
		pthread_mutex_lock(&pl->mu);
		pl->prepared = i + 1;
		pthread_cond_broadcast(&pl->cv);
		pthread_mutex_unlock(&pl->mu);
	}
	return NULL;
}

static void pipe_start(struct pipeline *pl, struct walk *w, struct store *s)
{
	memset(pl, 0, sizeof *pl);
	pl->w = w;
	pl->slot = xcalloc(PIPE_SLOTS, sizeof *pl->slot);
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->cv, NULL);
	/* The thread also tokenizes for the full-text index, a good part of
	 * the storing thread's work otherwise. */
	if (w->n > 1)
		pl->tk = store_tokenizer_create(s);
	/* Without a thread, each file is prepared when its turn comes. */
	pl->threaded = w->n > 1 && pthread_create(&pl->thread, NULL, pipe_run, pl) == 0;
	if (!pl->threaded) {
		store_tokenizer_free(pl->tk);
		pl->tk = NULL;
	}
}

/* Waits for file i (the next to store) and returns it prepared. */
static struct prepared *pipe_take(struct pipeline *pl, size_t i)
{
	struct prepared *p = &pl->slot[i % PIPE_SLOTS];
	if (!pl->threaded) {
		prepared_free(p);
		prepare_file(pl->w, i, p, NULL);
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
	free(pl->slot);
	store_tokenizer_free(pl->tk);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
}

/* The files of the batch being stored: they are reported when it
 * commits, so no file is said to be imported that a kill or a failed
 * commit then loses. */
struct batch {
	struct import_result *r;
	size_t n, cap;
	uint64_t bytes;
};

static void batch_add(struct batch *b, const struct import_result *r)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->r = xreallocarray(b->r, b->cap, sizeof *b->r);
	}
	b->r[b->n++] = *r;
	b->bytes += r->bytes;
}

/* Commits the batch (if it is a transaction: without one each file was
 * committed alone) and reports its files; if the commit fails, each of
 * them as failed. */
static void batch_end(struct store *s, struct batch *b, const struct import_sink *sink, struct import_totals *t)
{
	char *bc = NULL;
	if (store_in_transaction(s) && store_commit(s, &bc) != 0) {
		store_rollback(s);
		for (size_t i = 0; i < b->n; i++) {
			if (b->r[i].status == IMPORT_FAILED)
				continue;
			free((char *)b->r[i].message);
			b->r[i].message = xasprintf("not stored: %s", bc);
			b->r[i].status = IMPORT_FAILED;
			b->r[i].docs = b->r[i].notes = 0;
			memset(&b->r[i].annotations, 0, sizeof b->r[i].annotations);
		}
		free(bc);
	}
	for (size_t i = 0; i < b->n; i++) {
		const struct import_result *r = &b->r[i];
		t->files[r->status]++;
		t->docs += r->docs;
		t->notes += r->notes;
		t->notes_moved.kept += r->annotations.kept;
		t->notes_moved.moved += r->annotations.moved;
		t->notes_moved.fuzzy += r->annotations.fuzzy;
		t->notes_moved.orphaned += r->annotations.orphaned;
		t->bytes += r->bytes;
		if (sink && sink->file)
			sink->file(r, sink->arg);
		free((char *)r->message);
		free((char *)r->path);
	}
	b->n = 0;
	b->bytes = 0;
}

int import_paths(struct store *s, char *const *paths, size_t npaths, const struct import_sink *sink,
		 struct import_totals *totals)
{
	memset(totals, 0, sizeof *totals);
	struct walk w = { 0 };
	for (size_t i = 0; i < npaths; i++)
		walk_path_named(&w, paths[i], 1);
	if (w.dropped) {
		char *m = xasprintf("%zu files left out: more than 4 GiB of file names in one import; import the "
				    "folders one at a time", w.dropped);
		warn(sink, "import", m);
		free(m);
		totals->files[IMPORT_FAILED] += w.dropped;
	}
	if (sink && sink->start)
		sink->start(w.n, w.bytes, sink->arg);
	/* Files are committed in batches (each file a savepoint of its own,
	 * so a failing one leaves nothing): one commit per file would make
	 * the full-text index flush its segments for every letter. */
	struct batch b = { 0 };
	struct pipeline pl;
	/* The rank index follows what the import indexes (store_rank.c). */
	char *rc_cause = NULL;
	/* What resolution will need to know of the names this import changes. */
	if (store_changes_follow(s, &rc_cause) != 0) {
		warn(sink, "references", rc_cause);
		free(rc_cause);
		rc_cause = NULL;
	}
	if (store_rank_begin(s, &rc_cause) != 0) {
		warn(sink, "search ranking", rc_cause);
		free(rc_cause);
	}
	pipe_start(&pl, &w, s);
	store_cache_set(s, STORE_CACHE_BATCHES);
	store_checkpoints_behind(s, 1);
	size_t batches = 0;
	for (size_t i = 0; i < w.n; i++) {
		if (b.n == 0) {
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
		char *path = walk_path(&w, i);
		struct import_result r = { .path = path, .status = IMPORT_FAILED };
		char *cause = NULL;
		struct prepared *p = pipe_take(&pl, i);
		store_prepared(s, path, p, sink, &r, &cause);
		/* A large file's text and document go now, not after the
		 * batch's commit (where the full-text index reads it again). */
		if (p->len >= IMPORT_FREE_NOW_BYTES)
			prepared_free(p);
		pipe_done(&pl);
		walk_forget(&w, i + 1);
		r.message = cause;
		batch_add(&b, &r);  /* the batch owns the path and the message */
		if (b.n >= IMPORT_BATCH_FILES || b.bytes >= IMPORT_BATCH_BYTES || i + 1 == w.n)
			batch_end(s, &b, sink, totals);
	}
	pipe_stop(&pl);
	free(b.r);
	walk_free(&w);
	phase(sink, "ranking for search");
	if (store_rank_end(s, 1, &rc_cause) != 0) {
		warn(sink, "search ranking", rc_cause);
		free(rc_cause);
	}
	/* What follows reads the library once, in order: the cache that held
	 * the batches' pages goes, before the memory freed goes back. */
	store_cache_set(s, STORE_CACHE_PASS);
#ifdef __GLIBC__
	/* What the parsing thread's arena freed goes back to the system
	 * before resolution reads its index: kept, it was half of the
	 * import's peak (100 MB at 100,000 letters). */
	malloc_trim(0);
#endif
	/* New documents may be what older ones refer to, and the other way
	 * round: resolve what is pending across the whole library. */
	char *cause = NULL;
	/* Each person's number of documents, for the people view. */
	if (totals->docs)
		phase(sink, "counting each person's documents");
	if (totals->docs && store_people_recount(s, &cause) != 0) {
		warn(sink, "people", cause);
		free(cause);
		cause = NULL;
	}
	phase(sink, "resolving references across the library");
	if (resolve_pending(s, &totals->refs, &cause) != 0) {
		warn(sink, "references", cause);
		free(cause);
		cause = NULL;
	}
	/* The lists' places of the new documents (the reader counts nothing):
	 * a pass in order too, with the small cache. */
	if (totals->docs)
		phase(sink, "ordering the lists");
	if (totals->docs && store_order_build(s, &cause) != 0) {
		warn(sink, "lists", cause);
		free(cause);
	}
	store_cache_set(s, STORE_CACHE_WRITER);
	store_checkpoints_behind(s, 0);
	return totals->files[IMPORT_FAILED] ? 1 : 0;
}
