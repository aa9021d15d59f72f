/* edition.c: the TEI header's bibliographic data, read with libxml2's
 * streaming reader until the header ends. */
#include "dossier/edition.h"

#include "xml.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* As the TEI importer reads: nothing outside the file, no entity
 * substituted. */
#define EDITION_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC)

#if LIBXML_VERSION >= 21200
typedef const xmlError *edition_error_ptr;
#else
typedef xmlErrorPtr edition_error_ptr;
#endif

/* The first error, as "line L, column C: message". */
static void on_error(void *arg, edition_error_ptr err)
{
	char **error = arg;
	if (err == NULL || err->level < XML_ERR_ERROR || *error || err->domain == XML_FROM_VALID ||
	    err->domain == XML_FROM_DTD)
		return;
	char *msg = cite_clean(err->message);
	*error = xasprintf("line %d, column %d: %s", err->line, err->int2, msg ? msg : "malformed XML");
	free(msg);
}

static char *prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? cite_clean((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static int prop_is(xmlNodePtr n, const char *name, const char *a)
{
	char *v = prop(n, name);
	int r = v && strcmp(v, a) == 0;
	free(v);
	return r;
}

static char *text_of(xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *s = v ? cite_clean((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static int parent_is(xmlNodePtr n, const char *name)
{
	return n->parent && n->parent->type == XML_ELEMENT_NODE && strcmp((const char *)n->parent->name, name) == 0;
}

/* Keeps the first non-empty value. */
static void keep(char **field, char *value)
{
	if (*field == NULL)
		*field = value;
	else
		free(value);
}

static void read_title(struct edition *e, xmlNodePtr n)
{
	char *t = text_of(n), *type = prop(n, "type");
	char **field = NULL;
	if (type == NULL || strcmp(type, "complete") == 0)
		field = &e->title;
	else if (strcmp(type, "series") == 0)
		field = &e->series;
	else if (strcmp(type, "sub-series") == 0 || strcmp(type, "subseries") == 0)
		field = &e->subseries;
	else if (strcmp(type, "volume-number") == 0 || strcmp(type, "volumenumber") == 0)
		field = &e->volume;
	else if (strcmp(type, "volume") == 0)
		field = &e->volume_title;
	if (field == &e->volume && t && str_has_prefix(t, "Volume ")) {
		char *v = xstrdup(t + 7);
		free(t);
		t = v;
	}
	if (field && t)
		keep(field, t);
	else
		free(t);
	free(type);
}

int edition_read_tei(const char *text, size_t len, struct edition **out, char **cause)
{
	*out = NULL;
	if (len > INT_MAX) {
		*cause = xstrdup("file too large for the XML reader");
		return -1;
	}
	if (xml_open(cause) < 0)
		return -1;
	xmlTextReaderPtr r = xmlReaderForMemory(text, (int)len, NULL, "UTF-8", EDITION_PARSE_OPTIONS);
	if (r == NULL) {
		*cause = xstrdup("cannot start the XML reader");
		return -1;
	}
	char *error = NULL;
	xmlTextReaderSetStructuredErrorHandler(r, on_error, &error);
	struct edition *e = xcalloc(1, sizeof *e);
	strv_init(&e->editors);
	strv_init(&e->general_editors);
	int ret = 1, header = 0, done = 0;
	while (!done && error == NULL && (ret = xmlTextReaderRead(r)) == 1) {
		int type = xmlTextReaderNodeType(r);
		xmlNodePtr n = xmlTextReaderCurrentNode(r);
		if (n == NULL || n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (type == XML_READER_TYPE_END_ELEMENT) {
			done = strcmp(name, "teiHeader") == 0;
			continue;
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		if (strcmp(name, "TEI") == 0) {
			xmlChar *id = xmlGetNsProp(n, (const xmlChar *)"id", XML_XML_NAMESPACE);
			if (id)
				keep(&e->id, cite_clean((const char *)id));
			xmlFree(id);
			continue;
		}
		if (strcmp(name, "teiHeader") == 0) {
			header = 1;
			continue;
		}
		if (!header)
			continue;
		xmlNodePtr x;
		if (strcmp(name, "title") == 0 && parent_is(n, "titleStmt") && (x = xmlTextReaderExpand(r))) {
			read_title(e, x);
		} else if (strcmp(name, "editor") == 0 && parent_is(n, "titleStmt") && (x = xmlTextReaderExpand(r))) {
			char *ed = text_of(x);
			if (ed)
				strv_push_owned(prop_is(x, "role", "general") ? &e->general_editors : &e->editors, ed);
		} else if (parent_is(n, "publicationStmt") && (x = xmlTextReaderExpand(r))) {
			if (strcmp(name, "publisher") == 0)
				keep(&e->publisher, text_of(x));
			else if (strcmp(name, "pubPlace") == 0)
				keep(&e->pub_place, text_of(x));
			else if (strcmp(name, "date") == 0)
				keep(&e->pub_year, text_of(x));
			else if (strcmp(name, "idno") == 0 && prop_is(x, "type", "frus")) {
				/* the volume's own identifier comes before the file's */
				char *id = text_of(x);
				if (id) {
					free(e->id);
					e->id = id;
				}
			}
		}
	}
	if (!done || error) {
		if (error)
			*cause = error;
		else
			*cause = ret < 0 ? xasprintf("line %d, column %d: malformed XML", xmlTextReaderGetParserLineNumber(r),
						     xmlTextReaderGetParserColumnNumber(r))
					 : xstrdup("no TEI header");
		xmlFreeTextReader(r);
		edition_free(e);
		return -1;
	}
	xmlFreeTextReader(r);
	*out = e;
	return 0;
}

void edition_free(struct edition *e)
{
	if (e == NULL)
		return;
	free(e->id);
	free(e->title);
	free(e->series);
	free(e->subseries);
	free(e->volume);
	free(e->volume_title);
	strv_free(&e->editors);
	strv_free(&e->general_editors);
	free(e->publisher);
	free(e->pub_place);
	free(e->pub_year);
	free(e);
}

static void set(char **field, const char *value)
{
	if (value)
		doc_set(field, value);
}

void edition_to_cite(const struct edition *e, struct cite *c)
{
	if (e->series) {
		/* "Foreign Relations of the United States, 1894" holds its years */
		char *series = e->subseries ? xasprintf("%s, %s", e->series, e->subseries) : xstrdup(e->series);
		free(c->series);
		c->series = series;
	}
	set(&c->volume, e->volume);
	if (e->volume_title) {
		set(&c->volume_title, e->volume_title);
	} else if (e->title && c->series && str_has_prefix(e->title, c->series) &&
		   str_has_prefix(e->title + strlen(c->series), ", ")) {
		/* the complete title after the series: "Nicaragua (Mosquito Territory)" */
		set(&c->volume_title, e->title + strlen(c->series) + 2);
	} else if (e->title && !c->series) {
		set(&c->volume_title, e->title);
	}
	if (e->editors.n) {
		strv_free(&c->editors);
		strv_init(&c->editors);
		for (size_t i = 0; i < e->editors.n; i++)
			strv_push(&c->editors, e->editors.v[i]);
	}
	if (e->general_editors.n) {
		strv_free(&c->series_editors);
		strv_init(&c->series_editors);
		for (size_t i = 0; i < e->general_editors.n; i++)
			strv_push(&c->series_editors, e->general_editors.v[i]);
	}
	set(&c->publisher, e->publisher);
	set(&c->pub_place, e->pub_place);
	set(&c->pub_year, e->pub_year);
	set(&c->edition_key, e->id);
}
