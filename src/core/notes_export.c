/* notes_export.c: annotations out of dossier: Markdown grouped by
 * document for reading, W3C Web Annotation JSON (streamed: 10,000 notes
 * in milliseconds), and CSV. (Apart from notes.c because jansson, which
 * reads the JSON there, claims the names of json.h's writer.) */
#include <stdlib.h>
#include <string.h>

#include "dossier/json.h"
#include "dossier/notes.h"

struct export_ctx {
	struct store *s;
	FILE *f;
	enum notes_format fmt;
	int64_t last_doc;
	struct json j;          /* the JSON export, streamed */
	size_t n;
	int64_t hash_doc;       /* the document whose hash is in hash */
	char *hash;
};

/* Writes a CSV field, quoted when it needs to be (RFC 4180). */
static void csv_field(FILE *f, const char *v, int last)
{
	v = v ? v : "";
	if (strpbrk(v, ",\"\n\r")) {
		fputc('"', f);
		for (; *v; v++) {
			if (*v == '"')
				fputc('"', f);
			fputc(*v, f);
		}
		fputc('"', f);
	} else {
		fputs(v, f);
	}
	fputc(last ? '\n' : ',', f);
}

/* Quotes a passage for Markdown: each line behind "> ". */
static void md_quote(FILE *f, const char *q)
{
	fputs("> ", f);
	for (; *q; q++) {
		fputc(*q, f);
		if (*q == '\n' && q[1])
			fputs("> ", f);
	}
	fputc('\n', f);
}

/* One annotation in the W3C Web Annotation data model, streamed. */
static void w3c_annotation(struct export_ctx *c, const struct store_annotation *a)
{
	if (c->hash_doc != a->doc_id) {
		/* Notes come grouped by document: one look-up each. */
		free(c->hash);
		c->hash = store_doc_hash(c->s, a->doc_id);
		c->hash_doc = a->doc_id;
	}
	struct json *j = &c->j;
	char buf[96];
	json_object_begin(j);
	json_key(j, "@context");
	json_string(j, "http://www.w3.org/ns/anno.jsonld");
	snprintf(buf, sizeof buf, "urn:uuid:%s", a->uuid ? a->uuid : "");
	json_key(j, "id");
	json_string(j, buf);
	json_key(j, "type");
	json_string(j, "Annotation");
	json_key(j, "created");
	json_string(j, a->created);
	json_key(j, "modified");
	json_string(j, a->updated);
	json_key(j, "body");
	json_array_begin(j);
	json_object_begin(j);
	json_key(j, "type");
	json_string(j, "TextualBody");
	json_key(j, "value");
	json_string(j, a->text);
	json_key(j, "format");
	json_string(j, "text/plain");
	json_key(j, "purpose");
	json_string(j, "commenting");
	json_object_end(j);
	struct strv tags;
	strv_init(&tags);
	notes_tags_split(a->tags, &tags);
	for (size_t i = 0; i < tags.n; i++) {
		json_object_begin(j);
		json_key(j, "type");
		json_string(j, "TextualBody");
		json_key(j, "value");
		json_string(j, tags.v[i]);
		json_key(j, "purpose");
		json_string(j, "tagging");
		json_object_end(j);
	}
	strv_free(&tags);
	json_array_end(j);
	json_key(j, "target");
	json_object_begin(j);
	snprintf(buf, sizeof buf, "urn:dossier:text:%s", c->hash ? c->hash : "");
	json_key(j, "source");
	json_string(j, buf);
	json_key(j, "dossier:document");
	json_object_begin(j);
	json_key(j, "id");
	json_int(j, a->doc_id);
	json_key(j, "title");
	json_string(j, a->doc_title);
	json_key(j, "date");
	json_string(j, a->doc_date);
	json_object_end(j);
	json_key(j, "selector");
	json_array_begin(j);
	json_object_begin(j);
	json_key(j, "type");
	json_string(j, "TextQuoteSelector");
	json_key(j, "exact");
	json_string(j, a->quote);
	json_key(j, "prefix");
	json_string(j, a->prefix);
	json_key(j, "suffix");
	json_string(j, a->suffix);
	json_object_end(j);
	json_object_begin(j);
	json_key(j, "type");
	json_string(j, "TextPositionSelector");
	json_key(j, "start");
	json_int(j, (int64_t)a->start);
	json_key(j, "end");
	json_int(j, (int64_t)a->end);
	json_object_end(j);
	json_array_end(j);
	json_object_end(j);
	json_key(j, "dossier:orphaned");
	json_bool(j, a->orphaned);
	json_object_end(j);
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
			fprintf(c->f, "%s## %s%s%s\n\n", c->n > 1 ? "\n" : "", a->doc_date ? a->doc_date : "",
				a->doc_date ? " — " : "", a->doc_title ? a->doc_title : "");
			if (a->doc_source)
				fprintf(c->f, "*%s*\n\n", a->doc_source);
			c->last_doc = a->doc_id;
		}
		md_quote(c->f, a->quote);
		fprintf(c->f, "\n%s\n", a->text);
		if (a->tags && *a->tags)
			fprintf(c->f, "\nTags: %s\n", a->tags);
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
		json_init(&c.j, f);
		json_object_begin(&c.j);
		json_key(&c.j, "@context");
		json_string(&c.j, "http://www.w3.org/ns/anno.jsonld");
		json_key(&c.j, "type");
		json_string(&c.j, "AnnotationCollection");
		json_key(&c.j, "first");
		json_object_begin(&c.j);
		json_key(&c.j, "type");
		json_string(&c.j, "AnnotationPage");
		json_key(&c.j, "items");
		json_array_begin(&c.j);
	}
	int rc = store_annotations(s, doc, NULL, NULL, STORE_BY_DOCUMENT, export_one, &c, cause);
	if (fmt == NOTES_JSON) {
		json_array_end(&c.j);
		json_object_end(&c.j);
		json_key(&c.j, "total");
		json_int(&c.j, (int64_t)c.n);
		json_object_end(&c.j);
	}
	free(c.hash);
	if (rc == 0 && (fflush(f) != 0 || ferror(f))) {
		*cause = xstrdup("could not write the notes (disk full?)");
		return -1;
	}
	return rc;
}

