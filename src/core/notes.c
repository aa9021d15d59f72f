/* notes.c: annotations added by quote, re-attached after changes, and
 * exported and imported. The JSON follows the W3C Web Annotation data
 * model (TextQuoteSelector and TextPositionSelector): read with jansson,
 * written with jsonout (streamed: 10,000 notes in milliseconds). The
 * export also writes Markdown grouped by document, and CSV. */
#include "dossier/notes.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/anchor.h"
#include "dossier/jsonout.h"
#include "dossier/text.h"

/* A note's text as stored: escapes and control characters removed
 * (tab and newline kept), NFC, as an imported document's. Allocated. */
static char *note_clean(const char *s)
{
	struct text_report rep;
	size_t n;
	return text_normalise(s ? s : "", s ? strlen(s) : 0, &n, &rep);
}

int notes_check_size(const char *text, char **cause)
{
	size_t n = text ? strlen(text) : 0;
	if (n <= NOTES_MAX_BYTES)
		return 0;
	*cause = xasprintf("a note holds at most %d bytes (about %d words); this one has %zu", NOTES_MAX_BYTES,
			   NOTES_MAX_BYTES / 7, n);
	return -1;
}

int notes_add(struct store *s, int64_t doc, const char *quote, const char *text, const char *tags, int64_t *id,
	      char **cause)
{
	struct store_doc *sd;
	int rc = store_doc_get(s, doc, &sd, cause);
	if (rc != 0) {
		if (rc == 1)
			*cause = xasprintf("no document %lld (see dossier list)", (long long)doc);
		return -1;
	}
	size_t start, end;
	if (quote == NULL || *quote == '\0' ||
	    anchor_find_quote(sd->doc->body, sd->doc->body_len, quote, &start, &end) != 0) {
		*cause = xasprintf("the quote is not in document %lld: \"%s\"", (long long)doc, quote ? quote : "");
		store_doc_free(sd);
		return -1;
	}
	if (notes_check_size(text, cause) != 0) {
		store_doc_free(sd);
		return -1;
	}
	struct anchor an;
	anchor_make(sd->doc->body, sd->doc->body_len, start, end, &an);
	char *ctext = note_clean(text), *ctags = tags ? note_clean(tags) : NULL;
	struct store_annotation a = { .doc_id = doc, .start = an.start, .end = an.end, .quote = an.quote,
				      .prefix = an.prefix, .suffix = an.suffix, .text = ctext, .tags = ctags };
	int added;
	rc = store_annotation_add(s, &a, id, &added, cause);
	free(ctext);
	free(ctags);
	anchor_clear(&an);
	store_doc_free(sd);
	return rc;
}

void notes_tags_split(const char *tags, struct strv *out)
{
	const char *p = tags ? tags : "";
	for (;;) {
		p += strspn(p, " ,;\t#");
		size_t n = strcspn(p, " ,;\t");
		if (n == 0)
			return;
		strv_push_owned(out, xstrndup(p, n));
		p += n;
	}
}

int notes_attach_at(struct store *s, int64_t id, int64_t doc, const char *body, size_t len, size_t start,
		    size_t end, char **cause)
{
	(void)doc;
	if (start >= end || end > len) {
		*cause = xstrdup("an empty passage cannot hold a note");
		return -1;
	}
	struct anchor an;
	anchor_make(body, len, start, end, &an);
	int rc = store_annotation_move(s, id, an.start, an.end, an.quote, an.prefix, an.suffix, 0, cause);
	anchor_clear(&an);
	return rc;
}

struct find_doc {
	int64_t id, doc;
};

static int find_doc_cb(const struct store_annotation *a, void *arg)
{
	struct find_doc *f = arg;
	if (a->id != f->id)
		return 0;
	f->doc = a->doc_id;
	return 1;
}

int notes_attach(struct store *s, int64_t id, const char *quote, char **cause)
{
	struct find_doc f = { id, 0 };
	if (store_annotations(s, 0, NULL, NULL, STORE_NEWEST, find_doc_cb, &f, cause) != 0)
		return -1;
	if (f.doc == 0) {
		*cause = xasprintf("no note %lld (see dossier notes)", (long long)id);
		return -1;
	}
	struct store_doc *sd;
	int rc = store_doc_get(s, f.doc, &sd, cause);
	if (rc != 0) {
		if (rc == 1)
			*cause = xasprintf("no document %lld", (long long)f.doc);
		return -1;
	}
	size_t start, end;
	if (quote == NULL || anchor_find_quote(sd->doc->body, sd->doc->body_len, quote, &start, &end) != 0) {
		*cause = xasprintf("the quote is not in document %lld: \"%s\"", (long long)f.doc, quote ? quote : "");
		store_doc_free(sd);
		return -1;
	}
	rc = notes_attach_at(s, id, f.doc, sd->doc->body, sd->doc->body_len, start, end, cause);
	store_doc_free(sd);
	return rc;
}

struct reanchor_ctx {
	const char *body;
	size_t len;
	struct store_annotation *v;
	size_t n;
};

/* Copies what re-attaching needs; the store's strings live only for the
 * callback. */
static int keep_annotation(const struct store_annotation *a, void *arg)
{
	struct reanchor_ctx *c = arg;
	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	c->v[c->n++] = (struct store_annotation){ .id = a->id, .start = a->start, .end = a->end,
						  .quote = xstrdup(a->quote), .prefix = xstrdup(a->prefix),
						  .suffix = xstrdup(a->suffix), .orphaned = a->orphaned };
	return 0;
}

int notes_reanchor(struct store *s, int64_t doc, const char *body, size_t len, struct notes_reanchor *out,
		   char **cause)
{
	memset(out, 0, sizeof *out);
	struct reanchor_ctx c = { body, len, NULL, 0 };
	int rc = store_annotations(s, doc, NULL, NULL, STORE_BY_DOCUMENT, keep_annotation, &c, cause);
	for (size_t i = 0; rc == 0 && i < c.n; i++) {
		struct store_annotation *a = &c.v[i];
		struct anchor an = { a->start, a->end, (char *)a->quote, (char *)a->prefix, (char *)a->suffix };
		size_t start, end;
		double score;
		enum anchor_outcome o = anchor_locate(&an, body, len, &start, &end, &score);
		switch (o) {
		case ANCHOR_KEPT:
			out->kept++;
			break;
		case ANCHOR_MOVED:
			out->moved++;
			break;
		case ANCHOR_FUZZY:
			out->fuzzy++;
			break;
		default:
			out->orphaned++;
		}
		if (o == ANCHOR_ORPHANED) {
			/* The note and its quote stay; only the flag says it
			 * needs the reader's hand. */
			rc = a->orphaned ? 0 : store_annotation_move(s, a->id, a->start, a->end, NULL, NULL, NULL, 1, cause);
		} else if (o != ANCHOR_KEPT || a->orphaned) {
			/* A fuzzy match keeps the words the reader quoted: the
			 * new text is shown, the old quote remembered. */
			struct anchor na;
			anchor_make(body, len, start, end, &na);
			rc = store_annotation_move(s, a->id, start, end, o == ANCHOR_FUZZY ? NULL : na.quote, na.prefix,
						   na.suffix, 0, cause);
			anchor_clear(&na);
		}
	}
	for (size_t i = 0; i < c.n; i++) {
		free((char *)c.v[i].quote);
		free((char *)c.v[i].prefix);
		free((char *)c.v[i].suffix);
	}
	free(c.v);
	return rc;
}

int notes_format_from_name(const char *name)
{
	if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
		return NOTES_MD;
	if (strcmp(name, "json") == 0)
		return NOTES_JSON;
	if (strcmp(name, "csv") == 0)
		return NOTES_CSV;
	return -1;
}

/* The parts of one W3C annotation that dossier keeps. */
static int import_one(struct store *s, json_t *item, char **cause)
{
	const char *uuid = NULL, *created = NULL, *modified = NULL, *source = NULL, *exact = NULL, *prefix = "",
		   *suffix = "";
	json_t *body = NULL, *target = NULL;
	json_int_t start = -1, end = -1;
	json_error_t jerr;
	if (json_unpack_ex(item, &jerr, 0, "{s?s, s?s, s?s, s?o, s:o}", "id", &uuid, "created", &created, "modified",
			   &modified, "body", &body, "target", &target) != 0) {
		*cause = xasprintf("an annotation without a target: %s", jerr.text);
		return -1;
	}
	json_unpack(target, "{s?s}", "source", &source);
	size_t i;
	json_t *sel;
	json_array_foreach(json_object_get(target, "selector"), i, sel)
	{
		const char *type = json_string_value(json_object_get(sel, "type"));
		if (type && strcmp(type, "TextQuoteSelector") == 0)
			json_unpack(sel, "{s:s, s?s, s?s}", "exact", &exact, "prefix", &prefix, "suffix", &suffix);
		else if (type && strcmp(type, "TextPositionSelector") == 0)
			json_unpack(sel, "{s:I, s:I}", "start", &start, "end", &end);
	}
	if (exact == NULL) {
		*cause = xstrdup("an annotation without a TextQuoteSelector");
		return -1;
	}
	const char *hash = source && strncmp(source, "urn:dossier:text:", 17) == 0 ? source + 17 : NULL;
	int64_t doc;
	if (store_doc_find(s, hash, NULL, &doc, cause) != 0)
		return -1;
	if (doc == 0) {
		*cause = xasprintf("its document is not in this library (import the document first): \"%.60s\"", exact);
		return -1;
	}
	struct buf text, tags;
	buf_init(&text);
	buf_init(&tags);
	json_t *b;
	json_array_foreach(body, i, b)
	{
		const char *v = json_string_value(json_object_get(b, "value"));
		const char *purpose = json_string_value(json_object_get(b, "purpose"));
		if (v == NULL)
			continue;
		if (purpose && strcmp(purpose, "tagging") == 0)
			buf_printf(&tags, "%s%s", tags.len ? " " : "", v);
		else
			buf_printf(&text, "%s%s", text.len ? "\n\n" : "", v);
	}
	if (json_is_string(body))
		buf_adds(&text, json_string_value(body));
	/* Someone else's file: its text is cleaned as an imported
	 * document's (no escape reaches a terminal from it), and bounded. */
	char *ctext = note_clean(text.data), *ctags = note_clean(tags.data), *cexact = note_clean(exact);
	char *cprefix = note_clean(prefix), *csuffix = note_clean(suffix);
	/* The position is kept only if the quote is still there; otherwise
	 * the quote is looked for, and an orphan kept if it is gone. */
	struct store_doc *sd = NULL;
	int rc = notes_check_size(ctext, cause);
	if (rc == 0)
		rc = store_doc_get(s, doc, &sd, cause);
	if (rc == 0) {
		/* A position that is not a passage of this text (one half
		 * missing, backwards, past its end) is no position: the quote
		 * alone places the note, and an orphan keeps [0, 0). */
		if (start < 0 || end < start || (json_int_t)sd->doc->body_len < end)
			start = end = 0;
		struct anchor an = { (size_t)start, (size_t)end, cexact, cprefix, csuffix };
		size_t ns, ne;
		double score;
		enum anchor_outcome o = anchor_locate(&an, sd->doc->body, sd->doc->body_len, &ns, &ne, &score);
		struct store_annotation a = { .doc_id = doc, .start = o == ANCHOR_ORPHANED ? an.start : ns,
					      .end = o == ANCHOR_ORPHANED ? an.end : ne, .quote = cexact, .prefix = cprefix,
					      .suffix = csuffix, .text = ctext, .tags = ctags, .orphaned = o == ANCHOR_ORPHANED,
					      .created = created, .updated = modified };
		if (uuid && strncmp(uuid, "urn:uuid:", 9) == 0)
			a.uuid = uuid + 9;
		int64_t id;
		int added;
		rc = store_annotation_add(s, &a, &id, &added, cause);
		if (rc == 0)
			rc = added ? 0 : 1;
	}
	store_doc_free(sd);
	free(ctext);
	free(ctags);
	free(cexact);
	free(cprefix);
	free(csuffix);
	buf_free(&text);
	buf_free(&tags);
	return rc;
}

/* Imports the annotations of a parsed export (root, which it takes);
 * name says where they came from in messages. */
static int import_root(struct store *s, const char *name, json_t *root, size_t *added, size_t *known,
		       size_t *failed, char **cause)
{
	/* A collection (as exported), a page, or a bare list. */
	json_t *items = root;
	if (json_is_object(root)) {
		json_t *first = json_object_get(root, "first");
		items = json_object_get(first ? first : root, "items");
		if (items == NULL && json_object_get(root, "target"))
			items = root;
	}
	if (!json_is_array(items) && !json_is_object(items)) {
		*cause = xasprintf("%s: not an annotation export (no items)", name);
		json_decref(root);
		return -1;
	}
	if (store_begin(s, cause) != 0) {
		json_decref(root);
		return -1;
	}
	size_t i, n = json_is_array(items) ? json_array_size(items) : 1;
	for (i = 0; i < n; i++) {
		char *why = NULL;
		int rc = import_one(s, json_is_array(items) ? json_array_get(items, i) : items, &why);
		if (rc == 0)
			(*added)++;
		else if (rc == 1)
			(*known)++;
		else {
			(*failed)++;
			fprintf(stderr, "dossier: %s: annotation %zu: %s\n", name, i + 1, why ? why : "not imported");
		}
		free(why);
	}
	json_decref(root);
	if (store_commit(s, cause) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

/* The message for JSON jansson could not read. */
static char *json_cause(const char *name, const json_error_t *jerr)
{
	if (jerr->line > 0)
		return xasprintf("%s: line %d, column %d: %s", name, jerr->line, jerr->column, jerr->text);
	return xasprintf("%s: %s", name, jerr->text);
}

int notes_import(struct store *s, const char *path, size_t *added, size_t *known, size_t *failed, char **cause)
{
	*added = *known = *failed = 0;
	json_error_t jerr;
	/* Opened here, so a file that is not there (or is a folder) is
	 * said so, not "line -1, column -1". */
	FILE *f = fopen(path, "rb");
	struct stat st;
	if (f == NULL || fstat(fileno(f), &st) != 0 || S_ISDIR(st.st_mode)) {
		*cause = xasprintf("%s: %s", path, f ? "is a folder, not an annotation export" : strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	json_t *root = json_loadf(f, JSON_REJECT_DUPLICATES, &jerr);
	fclose(f);
	if (root == NULL) {
		*cause = json_cause(path, &jerr);
		return -1;
	}
	return import_root(s, path, root, added, known, failed, cause);
}

int notes_import_buffer(struct store *s, const char *name, const char *data, size_t len, size_t *added,
			size_t *known, size_t *failed, char **cause)
{
	*added = *known = *failed = 0;
	json_error_t jerr;
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		*cause = json_cause(name, &jerr);
		return -1;
	}
	return import_root(s, name, root, added, known, failed, cause);
}

/* ---- export: Markdown, W3C Web Annotation JSON, CSV ---- */

struct export_ctx {
	struct store *s;
	FILE *f;
	enum notes_format fmt;
	int64_t last_doc;
	struct jsonout j;          /* the JSON export, streamed */
	size_t n;
	int64_t hash_doc;       /* the document whose hash is in hash */
	char *hash;
};

/* Writes a CSV field (text_csv_cell: quoted, no control, no formula). */
static void csv_field(FILE *f, const char *v, int last)
{
	char *cell = text_csv_cell(v);
	fputs(cell, f);
	free(cell);
	fputc(last ? '\n' : ',', f);
}

/* Writes library text into Markdown, no control character raw: the
 * export is read on terminals (cat, less -R) as often as in editors. */
static void md_put(FILE *f, const char *s)
{
	char *safe = text_terminal_safe(s ? s : "");
	fputs(safe, f);
	free(safe);
}

/* Quotes a passage for Markdown: each line behind "> ". */
static void md_quote(FILE *f, const char *q)
{
	char *safe = text_terminal_safe(q ? q : "");
	fputs("> ", f);
	for (const char *p = safe; *p; p++) {
		fputc(*p, f);
		if (*p == '\n' && p[1])
			fputs("> ", f);
	}
	fputc('\n', f);
	free(safe);
}

/* One annotation in the W3C Web Annotation data model, streamed. */
static void w3c_annotation(struct export_ctx *c, const struct store_annotation *a)
{
	if (c->hash_doc != a->doc_id) {
		/* Notes come grouped by document: one look-up each. */
		free(c->hash);
		char *cause = NULL;
		/* Without its hash an annotation still names its document's path. */
		if (store_doc_hash(c->s, a->doc_id, &c->hash, &cause) != 0)
			free(cause);
		c->hash_doc = a->doc_id;
	}
	struct jsonout *j = &c->j;
	char buf[96];
	jsonout_object_begin(j);
	jsonout_key(j, "@context");
	jsonout_string(j, "http://www.w3.org/ns/anno.jsonld");
	snprintf(buf, sizeof buf, "urn:uuid:%s", a->uuid ? a->uuid : "");
	jsonout_key(j, "id");
	jsonout_string(j, buf);
	jsonout_key(j, "type");
	jsonout_string(j, "Annotation");
	jsonout_key(j, "created");
	jsonout_string(j, a->created);
	jsonout_key(j, "modified");
	jsonout_string(j, a->updated);
	jsonout_key(j, "body");
	jsonout_array_begin(j);
	jsonout_object_begin(j);
	jsonout_key(j, "type");
	jsonout_string(j, "TextualBody");
	jsonout_key(j, "value");
	jsonout_string(j, a->text);
	jsonout_key(j, "format");
	jsonout_string(j, "text/plain");
	jsonout_key(j, "purpose");
	jsonout_string(j, "commenting");
	jsonout_object_end(j);
	struct strv tags;
	strv_init(&tags);
	notes_tags_split(a->tags, &tags);
	for (size_t i = 0; i < tags.n; i++) {
		jsonout_object_begin(j);
		jsonout_key(j, "type");
		jsonout_string(j, "TextualBody");
		jsonout_key(j, "value");
		jsonout_string(j, tags.v[i]);
		jsonout_key(j, "purpose");
		jsonout_string(j, "tagging");
		jsonout_object_end(j);
	}
	strv_free(&tags);
	jsonout_array_end(j);
	jsonout_key(j, "target");
	jsonout_object_begin(j);
	snprintf(buf, sizeof buf, "urn:dossier:text:%s", c->hash ? c->hash : "");
	jsonout_key(j, "source");
	jsonout_string(j, buf);
	jsonout_key(j, "dossier:document");
	jsonout_object_begin(j);
	jsonout_key(j, "id");
	jsonout_int(j, a->doc_id);
	jsonout_key(j, "title");
	jsonout_string(j, a->doc_title);
	jsonout_key(j, "date");
	jsonout_string(j, a->doc_date);
	jsonout_object_end(j);
	jsonout_key(j, "selector");
	jsonout_array_begin(j);
	jsonout_object_begin(j);
	jsonout_key(j, "type");
	jsonout_string(j, "TextQuoteSelector");
	jsonout_key(j, "exact");
	jsonout_string(j, a->quote);
	jsonout_key(j, "prefix");
	jsonout_string(j, a->prefix);
	jsonout_key(j, "suffix");
	jsonout_string(j, a->suffix);
	jsonout_object_end(j);
	jsonout_object_begin(j);
	jsonout_key(j, "type");
	jsonout_string(j, "TextPositionSelector");
	jsonout_key(j, "start");
	jsonout_int(j, (int64_t)a->start);
	jsonout_key(j, "end");
	jsonout_int(j, (int64_t)a->end);
	jsonout_object_end(j);
	jsonout_array_end(j);
	jsonout_object_end(j);
	jsonout_key(j, "dossier:orphaned");
	jsonout_bool(j, a->orphaned);
	jsonout_object_end(j);
}

static int export_one(const struct store_annotation *a, void *arg)
{
	struct export_ctx *c = arg;
	c->n++;
	switch (c->fmt) {
	case NOTES_CSV:
		if (c->n == 1)
			fputs("id,doc,date,title,start,end,quote,note,tags,orphaned,created,updated\n", c->f);
		fprintf(c->f, "%lld,%lld,", (long long)a->id, (long long)a->doc_id);
		csv_field(c->f, a->doc_date, 0);
		csv_field(c->f, a->doc_title, 0);
		fprintf(c->f, "%zu,%zu,", a->start, a->end);
		csv_field(c->f, a->quote, 0);
		csv_field(c->f, a->text, 0);
		csv_field(c->f, a->tags, 0);
		fprintf(c->f, "%d,", a->orphaned);
		csv_field(c->f, a->created, 0);
		csv_field(c->f, a->updated, 1);
		break;
	case NOTES_MD:
		if (a->doc_id != c->last_doc) {
			fputs(c->n > 1 ? "\n## " : "## ", c->f);
			md_put(c->f, a->doc_date);
			fputs(a->doc_date ? " — " : "", c->f);
			md_put(c->f, a->doc_title);
			fputs("\n\n", c->f);
			if (a->doc_source) {
				fputc('*', c->f);
				md_put(c->f, a->doc_source);
				fputs("*\n\n", c->f);
			}
			c->last_doc = a->doc_id;
		}
		md_quote(c->f, a->quote);
		fputc('\n', c->f);
		md_put(c->f, a->text);
		fputc('\n', c->f);
		if (a->tags && *a->tags) {
			fputs("\nTags: ", c->f);
			md_put(c->f, a->tags);
			fputc('\n', c->f);
		}
		if (a->orphaned)
			fputs("\n(orphaned: the passage is no longer in the text)\n", c->f);
		fputc('\n', c->f);
		break;
	case NOTES_JSON:
		w3c_annotation(c, a);
		break;
	}
	return ferror(c->f) ? 1 : 0;
}

int notes_export(struct store *s, int64_t doc, enum notes_format fmt, FILE *f, char **cause)
{
	struct export_ctx c = { .s = s, .f = f, .fmt = fmt };
	if (fmt == NOTES_MD)
		fputs("# Annotations\n\n", f);
	if (fmt == NOTES_JSON) {
		/* A collection of one page; the total is the page's length. */
		jsonout_init(&c.j, f);
		jsonout_object_begin(&c.j);
		jsonout_key(&c.j, "@context");
		jsonout_string(&c.j, "http://www.w3.org/ns/anno.jsonld");
		jsonout_key(&c.j, "type");
		jsonout_string(&c.j, "AnnotationCollection");
		jsonout_key(&c.j, "first");
		jsonout_object_begin(&c.j);
		jsonout_key(&c.j, "type");
		jsonout_string(&c.j, "AnnotationPage");
		jsonout_key(&c.j, "items");
		jsonout_array_begin(&c.j);
	}
	int rc = store_annotations(s, doc, NULL, NULL, STORE_BY_DOCUMENT, export_one, &c, cause);
	if (fmt == NOTES_JSON) {
		jsonout_array_end(&c.j);
		jsonout_object_end(&c.j);
		jsonout_key(&c.j, "total");
		jsonout_int(&c.j, (int64_t)c.n);
		jsonout_object_end(&c.j);
	}
	free(c.hash);
	if (rc == 0 && (fflush(f) != 0 || ferror(f))) {
		*cause = xstrdup("could not write the notes (disk full?)");
		return -1;
	}
	return rc;
}

