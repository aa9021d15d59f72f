/* export_cmif.c: CMIF, the TEI subset in which editions of letters share
 * their letters' metadata (correspSearch). The letters are written as
 * they come into a buffer; the file is written at the end, when the
 * header can name every edition they came from. */
#include "xml.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_priv.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

struct bibl {
	char *id;               /* a UUID, as CMIF asks */
	char *text;
	int online;
};

struct cmif {
	xmlBufferPtr body;
	xmlTextWriterPtr w;
	struct bibl *bibls;
	size_t nbibls;
	int failed;
	char *why;              /* why it failed, when it says more than that */
};

#define X(s) ((const xmlChar *)(s))

/* A UUID of version 8 (a vendor's own) from a text, so a bibl keeps its
 * xml:id across runs. Its first digit is a letter: an xml:id must not
 * begin with a digit. */
static char *uuid_of(const char *text)
{
	uint64_t a = hash_fnv1a64(text, strlen(text));
	char *salted = xasprintf("cmif:%s", text);
	uint64_t b = hash_fnv1a64(salted, strlen(salted));
	free(salted);
	unsigned char u[16];
	for (int i = 0; i < 8; i++) {
		u[i] = (unsigned char)(a >> (56 - 8 * i));
		u[8 + i] = (unsigned char)(b >> (56 - 8 * i));
	}
	u[0] = (unsigned char)(((10 + (u[0] >> 4) % 6) << 4) | (u[0] & 0x0f));
	u[6] = (unsigned char)(0x80 | (u[6] & 0x0f));
	u[8] = (unsigned char)(0x80 | (u[8] & 0x3f));
	return xasprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0], u[1], u[2],
			 u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]);
}

/* A UUID as an xml:id takes it: lowercase hex in 8-4-4-4-12, a letter first. */
static int is_uuid_id(const char *s)
{
	if (s == NULL || strlen(s) != 36 || !(s[0] >= 'a' && s[0] <= 'f'))
		return 0;
	for (int i = 0; i < 36; i++) {
		int dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? s[i] != '-' : !((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	}
	return 1;
}

/* A URI as anyURI with no white space takes it ("\S+"). */
static char *uri(const char *s)
{
	char *c = cite_clean(s);
	if (c == NULL)
		return NULL;
	struct buf b;
	buf_init(&b);
	for (const char *p = c; *p; p++) {
		if (*p == ' ')
			buf_adds(&b, "%20");
		else
			buf_addc(&b, *p);
	}
	free(c);
	return buf_detach(&b);
}

/* An element with text and @ref (a list of URIs, as CMIF's names take). */
static void text_element(struct cmif *x, xmlTextWriterPtr w, const char *name, const char *ref, const char *text)
{
	char *t = cite_clean(text), *r = cite_clean(ref);
	if (xmlTextWriterStartElement(w, X(name)) < 0)
		x->failed = 1;
	if (r)
		xmlTextWriterWriteAttribute(w, X("ref"), X(r));
	if (t)
		xmlTextWriterWriteString(w, X(t));
	xmlTextWriterEndElement(w);
	free(t);
	free(r);
}

static void ymd(char *out, size_t n, int y, int m, int d)
{
	if (m && d)
		snprintf(out, n, "%04d-%02d-%02d", y, m, d);
	else if (m)
		snprintf(out, n, "%04d-%02d", y, m);
	else
		snprintf(out, n, "%04d", y);
}

/* date at its precision: @when, or @notBefore/@notAfter for a range or
 * an open end; an uncertain date says so in words. */
static void date_element(xmlTextWriterPtr w, const char *edtf)
{
	struct cite_date v;
	if (cite_date_parse(edtf, &v) != 0)
		return;
	char a[16], b[16];
	ymd(a, sizeof a, v.y1, v.m1, v.d1);
	ymd(b, sizeof b, v.y2, v.m2, v.d2);
	xmlTextWriterStartElement(w, X("date"));
	if (v.range) {
		xmlTextWriterWriteAttribute(w, X("notBefore"), X(a));
		xmlTextWriterWriteAttribute(w, X("notAfter"), X(b));
	} else if (v.open_start) {
		xmlTextWriterWriteAttribute(w, X("notAfter"), X(a));
	} else if (v.open_end) {
		xmlTextWriterWriteAttribute(w, X("notBefore"), X(a));
	} else {
		xmlTextWriterWriteAttribute(w, X("when"), X(a));
	}
	if (v.uncertain || v.approximate) {
		char *words = cite_date_words(edtf);
		xmlTextWriterWriteString(w, X(words));
		free(words);
	}
	xmlTextWriterEndElement(w);
}

static void action(struct cmif *x, const char *type, const struct cite_people *p, const char *place,
		   const char *place_ref, const char *date)
{
	xmlTextWriterPtr w = x->w;
	xmlTextWriterStartElement(w, X("correspAction"));
	xmlTextWriterWriteAttribute(w, X("type"), X(type));
	size_t named = 0;
	for (size_t i = 0; i < p->n; i++) {
		char *n = cite_clean(p->v[i].name);
		if (n)
			text_element(x, w, "persName", p->v[i].ref, n), named++;
		free(n);
	}
	/* CMIF: a sender or addressee nobody knows is "Unknown" */
	if (named == 0)
		text_element(x, w, "persName", NULL, "Unknown");
	char *pl = cite_clean(place);
	if (pl)
		text_element(x, w, "placeName", place_ref, pl);
	free(pl);
	if (date)
		date_element(w, date);
	xmlTextWriterEndElement(w);
}

/* The bibl a letter comes from, added to the header's list if new. */
static const char *bibl_for(struct exporter *e, struct cmif *x, const struct cite *c)
{
	char *text = export_source_line(c);
	if (text == NULL)
		text = xstrdup(e->title ? e->title : "Letters exported from dossier");
	char *id = is_uuid_id(c->edition_key) ? xstrdup(c->edition_key) : uuid_of(text);
	for (size_t i = 0; i < x->nbibls; i++) {
		if (strcmp(x->bibls[i].id, id) == 0) {
			free(text);
			free(id);
			return x->bibls[i].id;
		}
	}
	x->bibls = xreallocarray(x->bibls, x->nbibls + 1, sizeof *x->bibls);
	x->bibls[x->nbibls] = (struct bibl){ id, text, c->url != NULL };
	return x->bibls[x->nbibls++].id;
}

static void cmif_begin(struct exporter *e)
{
	struct cmif *x = xcalloc(1, sizeof *x);
	e->priv = x;
	if (xml_open(&x->why) < 0) {
		x->failed = 1;
		return;
	}
	x->body = xmlBufferCreate();
	x->w = x->body ? xmlNewTextWriterMemory(x->body, 0) : NULL;
	if (x->w) {
		xmlTextWriterSetIndent(x->w, 1);
		xmlTextWriterSetIndentString(x->w, X("  "));
	} else {
		x->failed = 1;
	}
	e->priv = x;
}

static int cmif_add(struct exporter *e, const struct cite *c, char **cause)
{
	struct cmif *x = e->priv;
	if (x->failed) {
		*cause = xstrdup(x->why ? x->why : "cannot write CMIF: the XML writer failed");
		return -1;
	}
	const char *source = bibl_for(e, x, c);
	xmlTextWriterPtr w = x->w;
	xmlTextWriterStartElement(w, X("correspDesc"));
	char *ref = uri(c->url);
	if (ref)
		xmlTextWriterWriteAttribute(w, X("ref"), X(ref));
	free(ref);
	char *key = export_has_edition(c) ? cite_clean(c->doc_n) : NULL;
	if (key)
		xmlTextWriterWriteAttribute(w, X("key"), X(key));
	free(key);
	char *src = xasprintf("#%s", source);
	xmlTextWriterWriteAttribute(w, X("source"), X(src));
	free(src);
	action(x, "sent", &c->from, c->place, c->place_ref, c->date);
	action(x, "received", &c->to, c->place_to, c->place_to_ref, NULL);
	if (xmlTextWriterEndElement(w) < 0)
		x->failed = 1;
	return 0;
}

static int cmif_finish(struct exporter *e, char **cause)
{
	struct cmif *x = e->priv;
	if (x->failed || xmlTextWriterFlush(x->w) < 0) {
		*cause = xstrdup(x->why ? x->why : "cannot write CMIF: the XML writer failed");
		return -1;
	}
	/* no letters: the header still names where they would come from */
	if (x->nbibls == 0) {
		struct cite *none = cite_create();
		bibl_for(e, x, none);
		cite_free(none);
	}
	xmlOutputBufferPtr out = xmlOutputBufferCreateFile(e->f, NULL);
	xmlTextWriterPtr w = out ? xmlNewTextWriter(out) : NULL;
	if (w == NULL) {
		*cause = xstrdup("cannot write CMIF: no XML writer");
		return -1;
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, X("  "));
	xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
	xmlTextWriterStartElementNS(w, NULL, X("TEI"), X(TEI_NS));
	xmlTextWriterStartElement(w, X("teiHeader"));
	xmlTextWriterStartElement(w, X("fileDesc"));
	xmlTextWriterStartElement(w, X("titleStmt"));
	text_element(x, w, "title", NULL, e->title ? e->title : "Letters exported from dossier");
	text_element(x, w, "editor", NULL, e->editor);
	xmlTextWriterEndElement(w);
	xmlTextWriterStartElement(w, X("publicationStmt"));
	text_element(x, w, "publisher", NULL, e->publisher);
	/* the file's own URL; when it has none, a URN that names it */
	char *idno = uri(e->url);
	if (idno == NULL) {
		struct buf all;
		buf_init(&all);
		for (size_t i = 0; i < x->nbibls; i++)
			buf_adds(&all, x->bibls[i].text);
		char *u = uuid_of(all.data ? all.data : "");
		idno = xasprintf("urn:uuid:%s", u);
		free(u);
		buf_free(&all);
	}
	xmlTextWriterStartElement(w, X("idno"));
	xmlTextWriterWriteAttribute(w, X("type"), X("url"));
	xmlTextWriterWriteString(w, X(idno));
	xmlTextWriterEndElement(w);
	free(idno);
	char now[32];
	if (e->date) {
		snprintf(now, sizeof now, "%s", e->date);
	} else {
		time_t t = time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	xmlTextWriterStartElement(w, X("date"));
	xmlTextWriterWriteAttribute(w, X("when"), X(now));
	xmlTextWriterEndElement(w);
	xmlTextWriterStartElement(w, X("availability"));
	xmlTextWriterStartElement(w, X("licence"));
	if (e->cc0) {
		xmlTextWriterWriteAttribute(w, X("target"), X("https://creativecommons.org/publicdomain/zero/1.0/"));
		xmlTextWriterWriteString(w, X("This file is licensed under the terms of the Creative Commons License CC0 1.0"));
	} else {
		xmlTextWriterWriteAttribute(w, X("target"), X("https://creativecommons.org/licenses/by/4.0/"));
		xmlTextWriterWriteString(w, X("This file is licensed under the terms of the Creative Commons License CC-BY 4.0"));
	}
	xmlTextWriterEndElement(w); /* licence */
	xmlTextWriterEndElement(w); /* availability */
	xmlTextWriterEndElement(w); /* publicationStmt */
	xmlTextWriterStartElement(w, X("sourceDesc"));
	for (size_t i = 0; i < x->nbibls; i++) {
		xmlTextWriterStartElement(w, X("bibl"));
		xmlTextWriterWriteAttribute(w, X("type"), X(x->bibls[i].online ? "online" : "print"));
		xmlTextWriterWriteAttribute(w, X("xml:id"), X(x->bibls[i].id));
		xmlTextWriterWriteString(w, X(x->bibls[i].text));
		xmlTextWriterEndElement(w);
	}
	xmlTextWriterEndElement(w); /* sourceDesc */
	xmlTextWriterEndElement(w); /* fileDesc */
	xmlTextWriterStartElement(w, X("profileDesc"));
	/* the letters, indented to their depth in the file */
	const char *body = (const char *)xmlBufferContent(x->body);
	while (body && *body) {
		size_t n = strcspn(body, "\n");
		struct buf line;
		buf_init(&line);
		buf_adds(&line, "\n      ");
		buf_add(&line, body, n);
		xmlTextWriterWriteRaw(w, X(line.data));
		buf_free(&line);
		body += n + (body[n] == '\n');
	}
	if (xmlBufferLength(x->body) > 0)
		xmlTextWriterWriteRaw(w, X("\n    "));
	xmlTextWriterEndElement(w); /* profileDesc */
	xmlTextWriterEndElement(w); /* teiHeader */
	xmlTextWriterStartElement(w, X("text"));
	xmlTextWriterStartElement(w, X("body"));
	xmlTextWriterStartElement(w, X("p"));
	xmlTextWriterEndElement(w);
	xmlTextWriterEndElement(w);
	xmlTextWriterEndElement(w);
	int rc = xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w); /* flushes and frees the output buffer, not the FILE */
	if (rc < 0 || x->failed) {
		*cause = xstrdup("cannot write CMIF: the XML writer failed");
		return -1;
	}
	return 0;
}

static void cmif_free(struct exporter *e)
{
	struct cmif *x = e->priv;
	if (x == NULL)
		return;
	if (x->w)
		xmlFreeTextWriter(x->w);
	if (x->body)
		xmlBufferFree(x->body);
	for (size_t i = 0; i < x->nbibls; i++) {
		free(x->bibls[i].id);
		free(x->bibls[i].text);
	}
	free(x->bibls);
	free(x->why);
	free(x);
}

const struct export_ops export_cmif_ops = { cmif_begin, cmif_add, cmif_finish, cmif_free };
