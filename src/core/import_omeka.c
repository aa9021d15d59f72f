/* import_omeka.c: items of an Omeka site as its XML gives them
 * (items/show/N?output=omeka-xml, or a browse page's itemContainer;
 * schemas v4 and v5). Omeka is what many archives publish their papers
 * with: each item carries Dublin Core (Title, Creator, Date, Description,
 * Source...), an item type's elements and its files' texts (the PDF Text
 * plugin's OCR, a transcription). The texts are read as a page is
 * (import_text.c: the paper's own header, notes, references), and the
 * catalogue's Dublin Core says the title and the date, and the parties,
 * summary, source and language the text leaves unsaid.
 *
 * A damaged file (cut short, a stray byte) is read as far as it goes, with
 * a warning: what it holds is not lost. */
#include "dossier/import_omeka.h"

#include "xml.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/cite.h"
#include "dossier/date.h"
#include "dossier/import_text.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "dossier/xmlsniff.h"

#define OMEKA_NS "omeka.org/schemas/omeka-xml"
/* Bump when what an item becomes changes: a re-import updates it. */
#define OMEKA_HASH_SALT "dossier-omeka-1"
/* Nothing outside the file, no entity substituted; a damaged file is read
 * as far as it goes (its errors are counted, not printed). */
#define OMEKA_PARSE (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_RECOVER | XML_PARSE_NOERROR | \
		     XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC)
/* The file is read whole into a tree: an export of a whole site is cut
 * into pages of items by Omeka itself. */
#define OMEKA_MAX_BYTES ((size_t)64 << 20)

int import_omeka_accepts(const char *path, const char *text, size_t len)
{
	(void)path;
	return xmlsniff_root_is(text, len, "item", OMEKA_NS) || xmlsniff_root_is(text, len, "itemContainer", OMEKA_NS);
}

/* What an item says, by the names Omeka gives its elements. */
struct item {
	char *id, *uri;
	char *title, *date, *creator, *recipient, *description, *source, *publisher, *identifier, *language;
	struct buf text;        /* its texts, one after another */
	int in_files;           /* reading its files: their texts only (a file's Title is its name) */
};

static int named(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (named(c, name))
			return c;
	return NULL;
}

static char *content(xmlNodePtr n)
{
	xmlChar *t = n ? xmlNodeGetContent(n) : NULL;
	char *s = t ? xstrdup((const char *)t) : NULL;
	xmlFree(t);
	return s;
}

/* An element's texts (an element may have several: two creators), joined
 * by sep. */
static char *element_texts(xmlNodePtr el, const char *sep)
{
	struct buf b;
	buf_init(&b);
	for (xmlNodePtr et = child(child(el, "elementTextContainer"), "elementText"); et; et = et->next) {
		if (!named(et, "elementText"))
			continue;
		char *t = content(child(et, "text"));
		const char *v = t ? str_trim(t) : NULL;
		if (v && *v) {
			if (b.len)
				buf_adds(&b, sep);
			buf_adds(&b, v);
		}
		free(t);
	}
	return b.len ? buf_detach(&b) : (buf_free(&b), NULL);
}

/* Keeps the first value of a field, on one line, without the control
 * characters XML's references can write ("&#x9B;"). */
static void keep(char **field, char *v)
{
	if (v) {
		char *one = cite_clean(v);
		free(v);
		v = one;
	}
	if (*field == NULL)
		*field = v;
	else
		free(v);
}

/* One element of the item, its files or its type ("Dublin Core" Title,
 * "PDF Text" Text, the item type's Text or Transcription). */
static void item_element(struct item *it, xmlNodePtr el)
{
	char *name = content(child(el, "name"));
	if (name == NULL)
		return;
	if (strcasecmp(name, "Text") == 0 || strcasecmp(name, "Transcription") == 0 ||
	    strcasecmp(name, "Email Body") == 0) {
		char *v = element_texts(el, "\n\n");
		if (v) {
			if (it->text.len)
				buf_adds(&it->text, "\n\n");
			buf_adds(&it->text, v);
		}
		free(v);
	} else if (it->in_files) {
		/* a file's own metadata: not the paper's */
	} else if (strcasecmp(name, "Title") == 0) {
		keep(&it->title, element_texts(el, " "));
	} else if (strcasecmp(name, "Date") == 0) {
		keep(&it->date, element_texts(el, "; "));
	} else if (strcasecmp(name, "Creator") == 0 || strcasecmp(name, "From") == 0) {
		keep(&it->creator, element_texts(el, "; "));
	} else if (strcasecmp(name, "Recipient") == 0 || strcasecmp(name, "To") == 0) {
		keep(&it->recipient, element_texts(el, "; "));
	} else if (strcasecmp(name, "Description") == 0 || strcasecmp(name, "Abstract") == 0) {
		keep(&it->description, element_texts(el, " "));
	} else if (strcasecmp(name, "Source") == 0) {
		keep(&it->source, element_texts(el, "; "));
	} else if (strcasecmp(name, "Publisher") == 0) {
		keep(&it->publisher, element_texts(el, "; "));
	} else if (strcasecmp(name, "Identifier") == 0) {
		keep(&it->identifier, element_texts(el, "; "));
	} else if (strcasecmp(name, "Language") == 0) {
		keep(&it->language, element_texts(el, ", "));
	}
	free(name);
}

/* Every element under n, in document order, but not a collection's (its
 * own title and description) nor its tags. */
static void item_walk(struct item *it, xmlNodePtr n)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (named(c, "element"))
			item_element(it, c);
		else if (!named(c, "tagContainer") && !named(c, "collection"))
			item_walk(it, c);
	}
}

/* The item's own metadata and type first, then its files' texts (a
 * file's "Title" is its name; the item's is the paper's). Omeka writes
 * the files first. */
static void item_read(struct item *it, xmlNodePtr item)
{
	for (int files = 0; files < 2; files++) {
		it->in_files = files;
		for (xmlNodePtr c = item->children; c; c = c->next) {
			if (c->type != XML_ELEMENT_NODE || named(c, "fileContainer") != files)
				continue;
			if (named(c, "element"))
				item_element(it, c);
			else if (!named(c, "tagContainer") && !named(c, "collection"))
				item_walk(it, c);
		}
	}
}

static void item_free(struct item *it)
{
	char **f[] = { &it->id, &it->uri, &it->title, &it->date, &it->creator, &it->recipient, &it->description,
		       &it->source, &it->publisher, &it->identifier, &it->language };
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		free(*f[i]);
	buf_free(&it->text);
}

/* The item's page on the site: its uri without the XML output asked. */
static char *item_url(const char *uri)
{
	if (uri == NULL)
		return NULL;
	char *u = xstrdup(uri);
	char *q = strstr(u, "?output=");
	if (q == NULL)
		q = strstr(u, "&output=");
	if (q)
		*q = '\0';
	return u;
}

/* The catalogue's date, when it is one ("1951-04-04", "April 4, 1951",
 * "1951"): ISO at its precision into iso. */
static int catalogue_date(const char *s, char iso[11])
{
	struct date_val v;
	size_t n = strlen(s);
	if (date_parse(s, n, 0, &v) == n || (n == 4 && date_parse_year(s, n, &v) == n)) {
		date_iso(&v, iso);
		return iso[0] != '\0';
	}
	return 0;
}

/* Splits "A; B" into parties of role, unless the text named some. */
static void parties(struct doc *d, char role, const char *list)
{
	struct strv *have = role == 'f' ? &d->from : &d->to;
	if (list == NULL || have->n > 0)
		return;
	char *copy = xstrdup(list);
	for (char *save = NULL, *p = strtok_r(copy, ";", &save); p; p = strtok_r(NULL, ";", &save)) {
		const char *name = str_trim(p);
		if (*name)
			doc_add_party(d, role, name, NULL);
	}
	free(copy);
	doc_set_source(d, role == 'f' ? "from" : "to", "Omeka Dublin Core", list);
}

/* The document an item becomes. */
static struct doc *item_doc(struct item *it, const char *path)
{
	struct doc *d;
	if (it->text.len > 0) {
		size_t n;
		struct text_report rep;
		char *clean = text_normalise(it->text.data, it->text.len, &n, &rep);
		d = import_text_parse_take(clean, n, path);
	} else {
		d = doc_create(); /* a catalogue entry without its text */
	}
	if (it->title) {
		doc_set(&d->title, it->title);
		doc_set_source(d, "title", "Omeka Dublin Core", it->title);
	}
	char iso[11];
	/* the catalogue's day, unless the text says the same more exactly */
	if (it->date && catalogue_date(it->date, iso) &&
	    !(d->date && strlen(d->date) > strlen(iso) && strncmp(d->date, iso, strlen(iso)) == 0)) {
		doc_set(&d->date, iso);
		doc_set(&d->date_text, it->date);
		doc_set_source(d, "date", "Omeka Dublin Core", it->date);
	}
	parties(d, 'f', it->creator);
	parties(d, 't', it->recipient);
	if (it->description && d->summary == NULL)
		doc_set(&d->summary, it->description);
	if (d->source == NULL)
		doc_set(&d->source, it->source ? it->source : it->publisher);
	if (d->record_id == NULL)
		doc_set(&d->record_id, it->identifier);
	if (d->language == NULL)
		doc_set(&d->language, it->language);
	char *url = item_url(it->uri);
	if (url) {
		doc_set(&d->url, url);
		free(url);
	}
	return d;
}

static uint64_t item_hash(const struct item *it)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, OMEKA_HASH_SALT);
	const char *f[] = { it->id, it->uri, it->title, it->date, it->creator, it->recipient, it->description,
			    it->source, it->publisher, it->identifier, it->language };
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		buf_printf(&b, "\x1f%s", f[i] ? f[i] : "");
	buf_adds(&b, "\x1e");
	if (it->text.len)
		buf_add(&b, it->text.data, it->text.len);
	uint64_t h = hash_fnv1a64(b.data, b.len);
	buf_free(&b);
	return h;
}

static char *attr(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? cite_clean((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

int import_omeka_parse(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warned,
		       void *arg, char **cause)
{
	if (len > OMEKA_MAX_BYTES) {
		*cause = xasprintf("an Omeka XML file of more than %zu MiB: export its items in smaller pages",
				   OMEKA_MAX_BYTES >> 20);
		return -1;
	}
	if (xmlsniff_declares_entities(text, len)) {
		*cause = xstrdup("the file declares entities (<!ENTITY ...>): Omeka's XML has none, and dossier reads none");
		return -1;
	}
	if (xml_open(cause) < 0)
		return -1;
	xmlParserCtxtPtr ctx = xmlNewParserCtxt();
	if (ctx == NULL) {
		*cause = xstrdup("cannot start the XML reader");
		return -1;
	}
	xmlDocPtr x = xmlCtxtReadMemory(ctx, text, (int)len, NULL, "UTF-8", OMEKA_PARSE);
	/* recovered from: the line of the last error, or -1 */
	int damaged = 0;
	if (xmlCtxtGetLastError(ctx) != NULL)
		damaged = xmlCtxtGetLastError(ctx)->line > 0 ? xmlCtxtGetLastError(ctx)->line : -1;
	xmlFreeParserCtxt(ctx);
	xmlNodePtr root = x ? xmlDocGetRootElement(x) : NULL;
	if (root == NULL) {
		xmlFreeDoc(x);
		*cause = xstrdup("malformed XML: no item could be read");
		return -1;
	}
	int rc = 0;
	size_t items = 0;
	for (xmlNodePtr n = named(root, "item") ? root : root->children; n && rc == 0;
	     n = n == root ? NULL : n->next) {
		if (!named(n, "item"))
			continue;
		struct item it;
		memset(&it, 0, sizeof it);
		buf_init(&it.text);
		it.id = attr(n, "itemId");
		it.uri = attr(n, "uri");
		item_read(&it, n);
		struct doc *d = item_doc(&it, path);
		char *key = xasprintf("item:%s", it.id ? it.id : "");
		rc = emit(d, key, item_hash(&it), arg, cause);
		free(key);
		doc_free(d);
		item_free(&it);
		items++;
	}
	xmlFreeDoc(x);
	if (rc == 0 && items == 0) {
		*cause = xstrdup("no items: the file has no <item>");
		return -1;
	}
	if (rc == 0 && damaged && warned) {
		char *m = damaged > 0 ? xasprintf("the XML is damaged at line %d (cut short?): imported what it holds", damaged)
				      : xstrdup("the XML is damaged (cut short?): imported what it holds");
		warned(m, arg);
		free(m);
	}
	return rc;
}

const struct importer importer_omeka = {
	.name = "omeka",
	.accepts = import_omeka_accepts,
	.parse = import_omeka_parse,
};
