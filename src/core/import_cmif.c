/* import_cmif.c: CMIF files read with libxml2's streaming reader. The
 * header's bibls and each correspDesc are expanded on their own, read
 * from the small tree and skipped, so memory stays bounded by one letter
 * and the list of letters read. */
#include "dossier/import_cmif.h"

#include <ctype.h>
#include "xml.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/xmlsniff.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

/* Mixed into every letter's hash: bump it when what a letter becomes
 * changes, so that a re-import updates letters whose XML did not. */
#define CMIF_HASH_SALT "dossier-cmif-1"

/* Nothing outside the file (NONET, no DTDLOAD or XINCLUDE), no entity
 * substituted (no NOENT); the driver has made the text UTF-8. */
#define CMIF_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC)

#if LIBXML_VERSION >= 21200
typedef const xmlError *cmif_error_ptr;
#else
typedef xmlErrorPtr cmif_error_ptr;
#endif

/* ------------------------------------------------------------- recognise */

static const char *find(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; n <= len && p <= hay + len - n; p++) {
		p = memchr(p, needle[0], (size_t)(hay + len - n - p) + 1);
		if (p == NULL)
			return NULL;
		if (memcmp(p, needle, n) == 0)
			return p;
	}
	return NULL;
}

int import_cmif_accepts(const char *path, const char *text, size_t len)
{
	(void)path;
	size_t tl = 0;
	const char *root = xmlsniff_root(text, len, &tl);
	if (root == NULL)
		return 0;
	/* <TEI xmlns="http://www.tei-c.org/ns/1.0"> (or a prefix:TEI) */
	const char *name = root + 1, *colon = memchr(name, ':', tl), *sp = name;
	while (sp < root + tl && !isspace((unsigned char)*sp) && *sp != '>' && *sp != '/')
		sp++;
	if (colon && colon < sp)
		name = colon + 1;
	if (sp - name != 3 || memcmp(name, "TEI", 3) != 0 || find(root, tl, TEI_NS) == NULL)
		return 0;
	const char *end = text + len, *p = root;
	int count = 0;
	while ((p = find(p, (size_t)(end - p), "<correspDesc")) != NULL) {
		p += 12;
		if (*p != ' ' && *p != '>' && *p != '\n' && *p != '\t' && *p != '/')
			continue;
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (gt && find(p, (size_t)(gt - p), "source=\"#"))
			return 1;
		if (++count >= 2)
			return 1;
	}
	/* no letters yet: CMIF's bibl (type print or online, with an xml:id) */
	for (p = root; (p = find(p, (size_t)(end - p), "<bibl")) != NULL; p += 5) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (gt == NULL)
			break;
		size_t n = (size_t)(gt - p);
		if (find(p, n, "xml:id=") && (find(p, n, "type=\"online\"") || find(p, n, "type=\"print\"")))
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ read */

struct warning {
	char *what;
	int line, count;
};

struct reader {
	struct cmif_file *f;
	size_t cap;
	struct {
		char *id, *text;
		int online;
	} *bibls;
	size_t nbibls;
	struct warning *warn;
	size_t nwarn;
	char *error;
};

static int name_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 &&
	       (n->ns == NULL || strcmp((const char *)n->ns->href, TEI_NS) == 0);
}

static char *prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? cite_clean((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static char *text_of(xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *s = v ? cite_clean((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

/* Counts a problem that does not stop the file; the same one again is
 * counted, not repeated. fmt has one %s for arg, or none if arg is NULL. */
/* A bibl's text: a ref (the edition's URL) or a line break is a word of
 * its own ("Die Korrespondenz<ref>https://...</ref>" is two). */
static void spaced_text(xmlNodePtr n, struct buf *b)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			buf_adds(b, (const char *)c->content);
		} else if (c->type == XML_ELEMENT_NODE) {
			int apart = name_is(c, "ref") || name_is(c, "ptr") || name_is(c, "lb");
			if (apart)
				buf_addc(b, ' ');
			spaced_text(c, b);
			if (apart)
				buf_addc(b, ' ');
		}
	}
}

static char *bibl_text(xmlNodePtr n)
{
	struct buf b;
	buf_init(&b);
	spaced_text(n, &b);
	char *s = cite_clean(b.data);
	buf_free(&b);
	return s;
}

static void warn(struct reader *r, xmlNodePtr n, const char *fmt, const char *arg)
{
	char *what = arg ? xasprintf(fmt, arg) : xstrdup(fmt);
	for (size_t i = 0; i < r->nwarn; i++) {
		if (strcmp(r->warn[i].what, what) == 0) {
			r->warn[i].count++;
			free(what);
			return;
		}
	}
	r->warn = xreallocarray(r->warn, r->nwarn + 1, sizeof *r->warn);
	r->warn[r->nwarn++] = (struct warning){ what, (int)xmlGetLineNo(n), 1 };
}

/* An element's name for a message: "<tei:foo>" keeps a foreign prefix. */
static char *element_name(xmlNodePtr n)
{
	char *raw = n->ns && n->ns->prefix ? xasprintf("%s:%s", n->ns->prefix, n->name) : xstrdup((const char *)n->name);
	char *s = cite_clean(raw);
	free(raw);
	return s ? s : xstrdup("?");
}

/* YYYY, YYYY-MM or YYYY-MM-DD (a time after it is dropped); NULL if not. */
static char *iso_date(const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = 0;
	while (s[n] && s[n] != 'T')
		n++;
	char *d = xstrndup(s, n);
	struct cite_date v;
	if (cite_date_parse(d, &v) != 0 || v.range || v.open_start || v.open_end || v.uncertain || v.approximate) {
		free(d);
		return NULL;
	}
	return d;
}

/* A date's attributes as EDTF: @when; @from or @notBefore and @to or
 * @notAfter as a range, or an open one; cert="low" as uncertain. */
static void read_date(struct reader *r, xmlNodePtr n, struct cmif_action *a)
{
	static const char *const attrs[] = { "when", "from", "notBefore", "to", "notAfter" };
	char *v[5] = { NULL };
	for (int i = 0; i < 5; i++) {
		char *raw = prop(n, attrs[i]);
		if (raw == NULL)
			continue;
		v[i] = iso_date(raw);
		if (v[i] == NULL) {
			char *what = xasprintf("date %s=\"%%s\" is not YYYY, YYYY-MM or YYYY-MM-DD: left out", attrs[i]);
			warn(r, n, what, raw);
			free(what);
		}
		free(raw);
	}
	const char *start = v[1] ? v[1] : v[2], *end = v[3] ? v[3] : v[4];
	char *cert = prop(n, "cert");
	const char *q = cert && strcmp(cert, "low") == 0 ? "?" : "";
	if (v[0])
		a->date = xasprintf("%s%s", v[0], q);
	else if (start && end)
		a->date = xasprintf("%s%s/%s%s", start, q, end, q);
	else if (start)
		a->date = xasprintf("%s%s/..", start, q);
	else if (end)
		a->date = xasprintf("../%s%s", end, q);
	free(cert);
	for (int i = 0; i < 5; i++)
		free(v[i]);
	a->date_text = text_of(n);
}

static void add_person(struct cmif_action *a, char *name, char *ref, int org)
{
	a->persons = xreallocarray(a->persons, a->npersons + 1, sizeof *a->persons);
	a->persons[a->npersons++] = (struct cmif_person){ name, ref, org };
}

static void read_action(struct reader *r, xmlNodePtr n, struct cmif_action *a)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		int org = name_is(c, "orgName");
		if (name_is(c, "persName") || org) {
			char *name = text_of(c);
			/* CMIF writes "Unknown" for a party nobody knows: no person */
			if (name == NULL || strcasecmp(name, "Unknown") == 0) {
				free(name);
				continue;
			}
			add_person(a, name, prop(c, "ref"), org);
		} else if (name_is(c, "placeName")) {
			if (a->place == NULL) {
				a->place = text_of(c);
				a->place_ref = prop(c, "ref");
			}
		} else if (name_is(c, "date")) {
			if (a->date == NULL && a->date_text == NULL)
				read_date(r, c, a);
		} else if (!name_is(c, "note")) {
			char *el = element_name(c);
			warn(r, c, "<%s> in correspAction is not CMIF: skipped", el);
			free(el);
		}
	}
}

static void action_free(struct cmif_action *a)
{
	for (size_t i = 0; i < a->npersons; i++) {
		free(a->persons[i].name);
		free(a->persons[i].ref);
	}
	free(a->persons);
	free(a->place);
	free(a->place_ref);
	free(a->date);
	free(a->date_text);
}

static void letter_free(struct cmif_letter *l)
{
	free(l->url);
	free(l->key);
	free(l->source);
	free(l->edition);
	action_free(&l->sent);
	action_free(&l->received);
}

static void read_letter(struct reader *r, xmlNodePtr n)
{
	struct cmif_letter l;
	memset(&l, 0, sizeof l);
	l.line = (int)xmlGetLineNo(n);
	l.url = prop(n, "ref");
	l.key = prop(n, "key");
	char *src = prop(n, "source");
	if (src)
		l.source = xstrdup(src[0] == '#' ? src + 1 : src);
	free(src);
	int sent = 0, received = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(c, "correspAction")) {
			char *type = prop(c, "type");
			if (type && strcmp(type, "sent") == 0 && !sent++) {
				read_action(r, c, &l.sent);
			} else if (type && strcmp(type, "received") == 0 && !received++) {
				read_action(r, c, &l.received);
			} else {
				warn(r, c, "correspAction type=\"%s\" is not CMIF's first sent or received: skipped",
				     type ? type : "");
			}
			free(type);
		} else if (!name_is(c, "note") && !name_is(c, "correspContext")) {
			char *el = element_name(c);
			warn(r, c, "<%s> in correspDesc is not CMIF: skipped", el);
			free(el);
		}
	}
	if (!sent && !received) {
		warn(r, n, "a correspDesc without correspAction: skipped", NULL);
		letter_free(&l);
		return;
	}
	struct cmif_file *f = r->f;
	if (f->nletters == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		f->letters = xreallocarray(f->letters, r->cap, sizeof *f->letters);
	}
	f->letters[f->nletters++] = l;
}

static void read_bibl(struct reader *r, xmlNodePtr n)
{
	xmlChar *id = xmlGetNsProp(n, (const xmlChar *)"id", XML_XML_NAMESPACE);
	char *type = prop(n, "type");
	r->bibls = xreallocarray(r->bibls, r->nbibls + 1, sizeof *r->bibls);
	r->bibls[r->nbibls].id = id ? cite_clean((const char *)id) : NULL;
	r->bibls[r->nbibls].text = bibl_text(n);
	r->bibls[r->nbibls].online = type && strcmp(type, "online") == 0;
	r->nbibls++;
	xmlFree(id);
	free(type);
}

static void on_error(void *arg, cmif_error_ptr e)
{
	struct reader *r = arg;
	if (e == NULL || e->level < XML_ERR_ERROR || r->error)
		return;
	if (e->domain == XML_FROM_VALID || e->domain == XML_FROM_DTD)
		return; /* validity (no DTD is read): not a malformed file */
	/* libxml2 quotes the input in some messages: one clean line */
	char *msg = cite_clean(e->message);
	r->error = xasprintf("line %d, column %d: %s", e->line, e->int2, msg ? msg : "malformed XML");
	free(msg);
}

int import_cmif_read(const char *text, size_t len, struct cmif_file **out, char **cause)
{
	*out = NULL;
	if (len > INT_MAX) {
		*cause = xstrdup("file too large for the XML reader");
		return -1;
	}
	if (xmlsniff_declares_entities(text, len)) {
		*cause = xstrdup("the file declares entities (<!ENTITY ...>): a CMIF file needs none, and dossier reads none");
		return -1;
	}
	if (xml_open(cause) < 0)
		return -1;
	xmlTextReaderPtr xr = xmlReaderForMemory(text, (int)len, NULL, "UTF-8", CMIF_PARSE_OPTIONS);
	if (xr == NULL) {
		*cause = xstrdup("cannot start the XML reader");
		return -1;
	}
	struct reader r;
	memset(&r, 0, sizeof r);
	r.f = xcalloc(1, sizeof *r.f);
	strv_init(&r.f->warnings);
	xmlTextReaderSetStructuredErrorHandler(xr, on_error, &r);
	int ret = xmlTextReaderRead(xr);
	while (ret == 1 && r.error == NULL) {
		int type = xmlTextReaderNodeType(xr);
		xmlNodePtr cur = xmlTextReaderCurrentNode(xr), node;
		int skip = 0;
		if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			r.error = xasprintf("line %d: an entity reference: dossier reads no entities",
					    xmlTextReaderGetParserLineNumber(xr));
			break;
		}
		if (type == XML_READER_TYPE_ELEMENT && cur) {
			xmlNodePtr parent = cur->parent;
			if (name_is(cur, "correspDesc")) {
				if ((node = xmlTextReaderExpand(xr)) != NULL && r.error == NULL)
					read_letter(&r, node);
				skip = 1;
			} else if (name_is(cur, "bibl") && name_is(parent, "sourceDesc")) {
				if ((node = xmlTextReaderExpand(xr)) != NULL)
					read_bibl(&r, node);
				skip = 1;
			} else if (name_is(cur, "title") && name_is(parent, "titleStmt") && r.f->title == NULL) {
				if ((node = xmlTextReaderExpand(xr)) != NULL)
					r.f->title = text_of(node);
				skip = 1;
			} else if (name_is(cur, "publisher") && name_is(parent, "publicationStmt") && !r.f->publisher) {
				if ((node = xmlTextReaderExpand(xr)) != NULL)
					r.f->publisher = text_of(node);
				skip = 1;
			} else if (name_is(cur, "idno") && name_is(parent, "publicationStmt") && !r.f->url) {
				char *t = prop(cur, "type");
				if (t && strcasecmp(t, "url") == 0 && (node = xmlTextReaderExpand(xr)) != NULL)
					r.f->url = text_of(node);
				free(t);
				skip = 1;
			} else if (name_is(cur, "text")) {
				skip = 1; /* the body says nothing of the letters */
			}
		}
		ret = skip ? xmlTextReaderNext(xr) : xmlTextReaderRead(xr);
	}
	if (r.error == NULL && ret < 0)
		r.error = xasprintf("line %d, column %d: malformed XML", xmlTextReaderGetParserLineNumber(xr),
				    xmlTextReaderGetParserColumnNumber(xr));
	xmlFreeTextReader(xr);
	struct cmif_file *f = r.f;
	/* each letter's edition, from the header's bibls */
	for (size_t i = 0; i < f->nletters && r.error == NULL; i++) {
		struct cmif_letter *l = &f->letters[i];
		for (size_t b = 0; b < r.nbibls; b++) {
			if (l->source && r.bibls[b].id && strcmp(l->source, r.bibls[b].id) == 0) {
				l->edition = r.bibls[b].text ? xstrdup(r.bibls[b].text) : NULL;
				l->online = r.bibls[b].online;
				break;
			}
		}
	}
	for (size_t i = 0; i < r.nwarn; i++) {
		if (r.warn[i].count > 1)
			strv_push_owned(&f->warnings, xasprintf("line %d: %s (%d times)", r.warn[i].line,
								r.warn[i].what, r.warn[i].count));
		else
			strv_push_owned(&f->warnings, xasprintf("line %d: %s", r.warn[i].line, r.warn[i].what));
		free(r.warn[i].what);
	}
	free(r.warn);
	for (size_t b = 0; b < r.nbibls; b++) {
		free(r.bibls[b].id);
		free(r.bibls[b].text);
	}
	free(r.bibls);
	if (r.error == NULL && f->nletters == 0)
		r.error = xstrdup(f->warnings.n ? "no letters: no correspDesc has a correspAction"
						: "no letters: the file has no correspDesc");
	if (r.error) {
		*cause = r.error;
		import_cmif_free(f);
		return -1;
	}
	*out = f;
	return 0;
}

void import_cmif_free(struct cmif_file *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->nletters; i++)
		letter_free(&f->letters[i]);
	free(f->letters);
	free(f->title);
	free(f->publisher);
	free(f->url);
	strv_free(&f->warnings);
	free(f);
}

/* -------------------------------------------------------------- convert */

/* The ISO date at the precision both ends of a range share. */
static char *shared_iso(const char *edtf)
{
	struct cite_date v;
	if (edtf == NULL || cite_date_parse(edtf, &v) != 0 || v.open_start || v.open_end)
		return NULL;
	int y = v.y1, m = v.m1, d = v.d1;
	if (v.range) {
		if (v.y1 != v.y2)
			return NULL;
		if (v.m1 != v.m2)
			m = d = 0;
		else if (v.d1 != v.d2)
			d = 0;
	}
	if (m && d)
		return xasprintf("%04d-%02d-%02d", y, m, d);
	if (m)
		return xasprintf("%04d-%02d", y, m);
	return xasprintf("%04d", y);
}

struct doc *import_cmif_doc(const struct cmif_letter *l)
{
	struct doc *d = doc_create();
	doc_set(&d->kind, "letter");
	char *iso = shared_iso(l->sent.date);
	d->date = iso;
	if (l->sent.date_text)
		doc_set(&d->date_text, l->sent.date_text);
	else
		d->date_text = cite_date_words(l->sent.date);
	/* the date as EDTF where the ISO date says less (a range, "not
	 * after", uncertain) */
	if (l->sent.date && (iso == NULL || strcmp(iso, l->sent.date) != 0))
		doc_set(&d->date_edtf, l->sent.date);
	const struct cmif_action *acts[2] = { &l->sent, &l->received };
	for (int a = 0; a < 2; a++) {
		for (size_t i = 0; i < acts[a]->npersons; i++) {
			const struct cmif_person *p = &acts[a]->persons[i];
			strv_push(a == 0 ? &d->from : &d->to, p->name);
			doc_add_authority(d, p->name, p->ref);
		}
	}
	doc_set(&d->place, l->sent.place);
	doc_set(&d->place_ref, l->sent.place_ref);
	doc_set(&d->place_to, l->received.place);
	doc_set(&d->place_to_ref, l->received.place_ref);
	doc_set(&d->url, l->url);
	if (l->source || l->edition) {
		doc_set(&d->volume_id, l->source);
		doc_set(&d->volume_title, l->edition);
		doc_set(&d->doc_n, l->key);
	}
	d->body = xstrdup("");
	d->body_len = 0;
	return d;
}

struct cite *import_cmif_cite(const struct cmif_letter *l)
{
	struct cite *c = cite_create();
	if (l->url)
		c->id = xstrdup(l->url);
	else if (l->key)
		c->id = xasprintf("%s#%s", l->source ? l->source : "cmif", l->key);
	doc_set(&c->kind, "letter");
	doc_set(&c->date, l->sent.date);
	for (size_t i = 0; i < l->sent.npersons; i++)
		cite_add_person(&c->from, l->sent.persons[i].name, l->sent.persons[i].ref);
	for (size_t i = 0; i < l->received.npersons; i++)
		cite_add_person(&c->to, l->received.persons[i].name, l->received.persons[i].ref);
	doc_set(&c->place, l->sent.place);
	doc_set(&c->place_ref, l->sent.place_ref);
	doc_set(&c->place_to, l->received.place);
	doc_set(&c->place_to_ref, l->received.place_ref);
	doc_set(&c->url, l->url);
	doc_set(&c->series, l->edition);
	doc_set(&c->edition_key, l->source);
	if (l->edition)
		doc_set(&c->doc_n, l->key);
	return c;
}

/* ------------------------------------------------------------- importer */

/* A letter's identity: its URL, else its @key, else its place in the
 * file; the hash covers what the letter becomes, not how it was written. */
static uint64_t letter_hash(const struct cmif_letter *l)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, CMIF_HASH_SALT);
	const struct cmif_action *acts[2] = { &l->sent, &l->received };
	const char *fields[] = { l->url, l->key, l->source, l->edition };
	for (size_t i = 0; i < 4; i++)
		buf_printf(&b, "\x1f%s", fields[i] ? fields[i] : "");
	for (int a = 0; a < 2; a++) {
		for (size_t i = 0; i < acts[a]->npersons; i++)
			buf_printf(&b, "\x1e%s\x1f%s", acts[a]->persons[i].name,
				   acts[a]->persons[i].ref ? acts[a]->persons[i].ref : "");
		const char *more[] = { acts[a]->place, acts[a]->place_ref, acts[a]->date, acts[a]->date_text };
		for (size_t i = 0; i < 4; i++)
			buf_printf(&b, "\x1f%s", more[i] ? more[i] : "");
	}
	uint64_t h = hash_fnv1a64(b.data, b.len);
	buf_free(&b);
	return h;
}

int import_cmif_parse(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warned,
		      void *arg, char **cause)
{
	(void)path;
	struct cmif_file *f;
	if (import_cmif_read(text, len, &f, cause) != 0)
		return -1;
	for (size_t i = 0; warned && i < f->warnings.n; i++)
		warned(f->warnings.v[i], arg);
	int rc = 0;
	for (size_t i = 0; i < f->nletters && rc == 0; i++) {
		const struct cmif_letter *l = &f->letters[i];
		char *key = l->url ? xstrdup(l->url) : l->key ? xasprintf("key:%s", l->key) : xasprintf("line:%d", l->line);
		struct doc *d = import_cmif_doc(l);
		rc = emit(d, key, letter_hash(l), arg, cause);
		doc_free(d);
		free(key);
	}
	import_cmif_free(f);
	return rc;
}

const struct importer importer_cmif = {
	.name = "cmif",
	.accepts = import_cmif_accepts,
	.parse = import_cmif_parse,
};
