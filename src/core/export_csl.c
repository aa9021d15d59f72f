/* export_csl.c: CSL-JSON, the citation processors' input (Zotero,
 * pandoc, citeproc-js), an array written one item at a time. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "export_priv.h"

/* jansson's json_string, by another name: json.c (our streaming writer)
 * defines a json_string of its own, which the static library would link
 * in its place. */
static json_t *jstr(const char *s)
{
	return json_stringn(s, strlen(s));
}

/* Sets key to a cleaned copy of s; nothing when s is empty. */
static void set_str(json_t *o, const char *key, const char *s)
{
	char *c = cite_clean(s);
	if (c)
		json_object_set_new(o, key, jstr(c));
	free(c);
}

static json_t *name_obj(const char *name)
{
	char *fam, *giv;
	json_t *o = json_object();
	if (cite_name_split(name, &fam, &giv)) {
		json_object_set_new(o, "family", jstr(fam));
		json_object_set_new(o, "given", jstr(giv));
		free(fam);
		free(giv);
		return o;
	}
	char *c = cite_clean(name);
	/* one word is a family name ("Stalin"); more, kept whole, a literal */
	json_object_set_new(o, strchr(c, ' ') ? "literal" : "family", jstr(c));
	free(c);
	return o;
}

static void set_names(json_t *o, const char *key, char *const *names, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		char *c = cite_clean(names[i]);
		if (c)
			json_array_append_new(a, name_obj(c));
		free(c);
	}
	if (json_array_size(a))
		json_object_set_new(o, key, a);
	else
		json_decref(a);
}

static void set_people(json_t *o, const char *key, const struct cite_people *p)
{
	char **v = export_names(p);
	set_names(o, key, v, p->n);
	free(v);
}

static json_t *date_parts(int y, int m, int d)
{
	json_t *a = json_array();
	json_array_append_new(a, json_integer(y));
	if (m)
		json_array_append_new(a, json_integer(m));
	if (m && d)
		json_array_append_new(a, json_integer(d));
	return a;
}

/* issued at its precision: date-parts (two for a range); an uncertain or
 * approximate date is "circa"; anything but a plain date also carries its
 * EDTF in "raw", and an open range its words in "literal" (date-parts
 * alone would say "July 18, 1810" for "not after July 18, 1810"). */
static void set_issued(json_t *o, const char *edtf)
{
	struct cite_date v;
	if (cite_date_parse(edtf, &v) != 0)
		return;
	json_t *issued = json_object(), *parts = json_array();
	json_array_append_new(parts, date_parts(v.y1, v.m1, v.d1));
	if (v.range)
		json_array_append_new(parts, date_parts(v.y2, v.m2, v.d2));
	json_object_set_new(issued, "date-parts", parts);
	if (v.uncertain || v.approximate)
		json_object_set_new(issued, "circa", json_true());
	if (v.range || v.open_start || v.open_end || v.uncertain || v.approximate)
		json_object_set_new(issued, "raw", jstr(edtf));
	if (v.open_start || v.open_end) {
		char *w = cite_date_words(edtf);
		json_object_set_new(issued, "literal", jstr(w));
		free(w);
	}
	json_object_set_new(o, "issued", issued);
}

static void csl_begin(struct exporter *e)
{
	fputs("[", e->f);
}

static int csl_add(struct exporter *e, const struct cite *c, char **cause)
{
	(void)cause;
	json_t *o = json_object();
	char *id = cite_clean(c->id);
	if (id == NULL)
		id = xasprintf("item-%zu", e->n + 1);
	json_object_set_new(o, "id", jstr(id));
	free(id);
	json_object_set_new(o, "type", jstr(export_is_letter(c) ? "personal_communication" : "manuscript"));
	set_str(o, "title", c->title);
	set_people(o, "author", &c->from);
	set_people(o, "recipient", &c->to);
	if (c->translator)
		set_names(o, "translator", (char *const *)&c->translator, 1);
	set_issued(o, c->date);
	set_str(o, "genre", c->kind);
	set_str(o, "archive", c->archive);
	set_str(o, "archive_location", c->archive_location);
	set_str(o, "archive-place", c->archive_place);
	if (export_has_edition(c)) {
		set_str(o, "container-title", c->series ? c->series : c->volume_title);
		char *vol = export_volume(c);
		set_str(o, "volume", vol);
		free(vol);
		if (c->series)
			set_str(o, "volume-title", c->volume_title);
		set_names(o, "editor", c->editors.v, c->editors.n);
		set_names(o, "collection-editor", c->series_editors.v, c->series_editors.n);
		set_str(o, "publisher", c->publisher);
		set_str(o, "publisher-place", c->pub_place);
	}
	set_str(o, "number", export_number(c));
	set_str(o, "language", c->language);
	set_str(o, "URL", c->url);
	set_str(o, "note", c->note);
	fputs(e->n ? ",\n  " : "\n  ", e->f);
	int rc = json_dumpf(o, e->f, JSON_PRESERVE_ORDER | JSON_INDENT(0) | JSON_COMPACT);
	json_decref(o);
	if (rc != 0) {
		*cause = xstrdup("cannot write a CSL-JSON item");
		return -1;
	}
	return 0;
}

static int csl_finish(struct exporter *e, char **cause)
{
	(void)cause;
	fputs(e->n ? "\n]\n" : "]\n", e->f);
	return 0;
}

const struct export_ops export_csl_ops = { csl_begin, csl_add, csl_finish, NULL };
