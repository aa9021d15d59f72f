/* test_import_tei.c: the TEI importer on a real FRUS volume (138
 * documents) and on small files made for one construct each: tables,
 * lists, quotes, opener and closer, lists of persons and terms, malformed
 * XML, external entities (XXE) and the billion laughs. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/import.h"
#include "dossier/import_tei.h"
#include "dossier/store.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "test.h"

#define VOLUME "assets/editions/frus1894Nicaragua.xml"

/* The documents of one parse, copied out of the emit callback. */
struct got {
	struct doc **docs;
	char **keys;
	uint64_t *hashes;
	size_t n;
	int fail_at;            /* emit fails at this document (1-based), 0 never */
};

static struct doc *doc_copy(const struct doc *d)
{
	struct doc *c = doc_create();
	doc_set(&c->title, d->title);
	doc_set(&c->date, d->date);
	doc_set(&c->date_text, d->date_text);
	doc_set(&c->kind, d->kind);
	doc_set(&c->number, d->number);
	doc_set(&c->source, d->source);
	doc_set(&c->volume_id, d->volume_id);
	doc_set(&c->volume_title, d->volume_title);
	doc_set(&c->doc_n, d->doc_n);
	doc_set(&c->xml_id, d->xml_id);
	doc_set(&c->place, d->place);
	for (size_t i = 0; i < d->from.n; i++)
		strv_push(&c->from, d->from.v[i]);
	for (size_t i = 0; i < d->to.n; i++)
		strv_push(&c->to, d->to.v[i]);
	c->body = xstrndup(d->body, d->body_len);
	c->body_len = d->body_len;
	for (size_t i = 0; i < d->nnotes; i++)
		doc_add_note(c, d->notes[i].start, d->notes[i].end, d->notes[i].kind, d->notes[i].text);
	for (size_t i = 0; i < d->nrefs; i++)
		doc_add_ref(c, d->refs[i].start, d->refs[i].end, d->refs[i].phrase, d->refs[i].target);
	for (size_t i = 0; i < d->npages; i++)
		doc_add_page(c, d->pages[i].offset, d->pages[i].n);
	for (size_t i = 0; i < d->naliases; i++)
		doc_add_alias(c, d->aliases[i].name, d->aliases[i].canonical);
	return c;
}

static int collect(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	struct got *g = arg;
	if (g->fail_at && (size_t)g->fail_at == g->n + 1) {
		*cause = xstrdup("the store said no");
		return -1;
	}
	g->docs = xreallocarray(g->docs, g->n + 1, sizeof *g->docs);
	g->keys = xreallocarray(g->keys, g->n + 1, sizeof *g->keys);
	g->hashes = xreallocarray(g->hashes, g->n + 1, sizeof *g->hashes);
	g->docs[g->n] = doc_copy(d);
	g->keys[g->n] = key ? xstrdup(key) : NULL;
	g->hashes[g->n] = hash;
	g->n++;
	return 0;
}

static void got_free(struct got *g)
{
	for (size_t i = 0; i < g->n; i++) {
		doc_free(g->docs[i]);
		free(g->keys[i]);
	}
	free(g->docs);
	free(g->keys);
	free(g->hashes);
	memset(g, 0, sizeof *g);
}

static const struct doc *by_key(const struct got *g, const char *key)
{
	for (size_t i = 0; i < g->n; i++)
		if (g->keys[i] && strcmp(g->keys[i], key) == 0)
			return g->docs[i];
	return NULL;
}

/* Parses a string as the driver would (after normalisation). */
static int parse_str(const char *xml, struct got *g, char **cause)
{
	size_t len;
	struct text_report rep;
	char *text = text_normalise(xml, strlen(xml), &len, &rep);
	memset(g, 0, sizeof *g);
	*cause = NULL;
	int rc = import_tei_parse("test.xml", text, len, collect, g, cause);
	free(text);
	return rc;
}

static int contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static char *span(const struct doc *d, size_t start, size_t end)
{
	return xstrndup(d->body + start, end - start);
}

/* Spans inside the body, markers on brackets, pages in order. */
static int spans_ok(const struct doc *d)
{
	for (size_t i = 0; i < d->nnotes; i++) {
		const struct doc_note *n = &d->notes[i];
		if (n->start >= n->end || n->end > d->body_len || d->body[n->start] != '[' || d->body[n->end - 1] != ']')
			return 0;
	}
	for (size_t i = 0; i < d->nrefs; i++)
		if (d->refs[i].start >= d->refs[i].end || d->refs[i].end > d->body_len)
			return 0;
	for (size_t i = 0; i < d->npages; i++)
		if (d->pages[i].offset > d->body_len || (i && d->pages[i].offset <= d->pages[i - 1].offset))
			return 0;
	return 1;
}

static const char *note_text(const struct doc *d, size_t i)
{
	return i < d->nnotes ? d->notes[i].text : NULL;
}

static void test_volume(void)
{
	char *data, *cause = NULL;
	size_t len, tlen;
	CHECK(file_read_all(VOLUME, &data, &len, &cause) == 0);
	if (cause) {
		printf("# %s\n", cause);
		free(cause);
		return;
	}
	struct text_report rep;
	char *text = text_normalise(data, len, &tlen, &rep);
	free(data);
	CHECK(import_tei_accepts(VOLUME, text, tlen));
	const struct importer *imp = importer_find(VOLUME, text, tlen);
	CHECK_STR(imp->name, "tei");

	struct got g = { 0 };
	CHECK_INT(import_tei_parse(VOLUME, text, tlen, collect, &g, &cause), 0);
	CHECK(cause == NULL);
	CHECK_INT(g.n, 138);
	if (g.n != 138) {
		got_free(&g);
		free(text);
		return;
	}
	/* Every document: key = xml:id = "d" + n, the volume, sound spans. */
	int keys = 1, vol = 1, spans = 1, pages = 1, markup = 1, dated = 0, parties = 1;
	size_t footnotes = 0, elisions = 0, doc_refs = 0, all_refs = 0;
	for (size_t i = 0; i < g.n; i++) {
		const struct doc *d = g.docs[i];
		char want[32];
		snprintf(want, sizeof want, "d%zu", i + 1);
		keys &= g.keys[i] && strcmp(g.keys[i], want) == 0 && d->xml_id && strcmp(d->xml_id, want) == 0 &&
			d->doc_n && strcmp(d->doc_n, want + 1) == 0;
		vol &= d->volume_id && strcmp(d->volume_id, "frus1894Nicaragua") == 0 && d->volume_title &&
		       strcmp(d->volume_title,
			      "Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)") == 0;
		spans &= spans_ok(d);
		pages &= d->npages > 0 && d->pages[0].offset == 0;
		markup &= strchr(d->body, '<') == NULL && strchr(d->body, '\t') == NULL && strstr(d->body, "  \n") == NULL &&
			  strstr(d->body, "\n\n\n") == NULL && d->body_len == strlen(d->body);
		dated += d->date != NULL;
		parties &= d->from.n == 1 && d->to.n == 1;
		for (size_t k = 0; k < d->nnotes; k++) {
			footnotes += d->notes[k].kind == NOTE_FOOTNOTE;
			elisions += d->notes[k].kind == NOTE_ELISION;
		}
		for (size_t k = 0; k < d->nrefs; k++) {
			all_refs++;
			doc_refs += str_has_prefix(d->refs[k].target, "frus1894Nicaragua#d");
		}
		for (size_t k = 0; k < i; k++)
			if (g.hashes[k] == g.hashes[i])
				keys = 0;
	}
	CHECK(keys);
	CHECK(vol);
	CHECK(spans);
	CHECK(pages);
	CHECK(markup);
	CHECK_INT(dated, 137); /* No. 27's dateline gives only the day it was received */
	CHECK(parties);
	CHECK_INT(footnotes, 26);
	CHECK_INT(elisions, 4); /* the fifth gap is a footnote's whole text */
	CHECK_INT(doc_refs, 18);
	CHECK_INT(all_refs, 20);

	/* No. 1: a telegram. */
	const struct doc *d = by_key(&g, "d1");
	CHECK_STR(d->title, "No. 1. Mr. Seat to Mr. Gresham.");
	CHECK_STR(d->date, "1894-01-25");
	CHECK_STR(d->date_text, "January 25, 1894");
	CHECK_STR(d->place, "Bluefields, Nicaragua");
	CHECK_STR(d->source, "[Telegram.]");
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->number, "1");
	CHECK_STR(d->from.v[0], "Seat");
	CHECK_STR(d->to.v[0], "Gresham");
	CHECK_STR(d->pages[0].n, "9");
	CHECK_STR(d->body, "Bluefields, Nicaragua, January 25, 1894.\n\n"
			   "Honduras invading at Cape Gracias. Lives and millions property American citizens "
			   "unprotected. Appeal for man-of-war to Blueflelds Mosquito Reservation, at once.\n\n"
			   "Seat, Consular Agent,\n(and fifty citizens of the United States).");

	/* No. 2: a footnote whose ref points at No. 1; an inclosure on page 10. */
	d = by_key(&g, "d2");
	CHECK_STR(d->date, "1894-02-01");
	CHECK_STR(d->place, "Department of State, Washington");
	CHECK_STR(d->kind, "letter");
	CHECK(d->source == NULL);
	CHECK_INT(d->nnotes, 1);
	CHECK_INT(d->nrefs, 1);
	if (d->nnotes == 1 && d->nrefs == 1) {
		char *m = span(d, d->notes[0].start, d->notes[0].end);
		CHECK_STR(m, "[1]");
		free(m);
		CHECK_INT(d->notes[0].kind, NOTE_FOOTNOTE);
		CHECK_STR(d->notes[0].text, "No. 1.");
		CHECK_STR(d->refs[0].target, "frus1894Nicaragua#d1");
		CHECK_STR(d->refs[0].phrase, "No. 1");
		CHECK_INT(d->refs[0].start, d->notes[0].start);
		CHECK_INT(d->refs[0].end, d->notes[0].end);
	}
	CHECK(contains(d->body, "a copy of a telegram[1] from our consular agent"));
	CHECK(contains(d->body, "I am, etc.,\n\nW. Q. Gresham.\n\n[Inclosure in No. 2.]\n\nMr. Herbert to Mr. Gresham.\n\n"
				"Navy Department,\nWashington, January 27, 1894.\n\n"));
	CHECK_INT(d->npages, 2);
	if (d->npages == 2) {
		CHECK_STR(d->pages[1].n, "10");
		CHECK(str_has_prefix(d->body + d->pages[1].offset, "[Inclosure in No. 2.]"));
	}

	/* No. 3: received date kept in the body; three pages. */
	d = by_key(&g, "d3");
	CHECK_STR(d->place, "Legation of the United States, Managua, Nicaragua");
	CHECK(str_has_prefix(d->body, "Legation of the United States,\nManagua, Nicaragua, February 9, 1894. (Received March 5.)\n\n"));
	CHECK_INT(d->npages, 3);
	CHECK(contains(d->body, "Received January 24, 1894, forwarded to the United States legation, at Managua, "
				"January 28, per dispatch No. 19.\n\nA. C. Braida,\nUnited States Consul."));

	/* No. 10: a bulleted list; a signature of three names. */
	d = by_key(&g, "d10");
	CHECK(contains(d->body, "latest occurrences in Bluefields.\n\n  \u2022 First. On the 3d of March"));
	CHECK(contains(d->body, "residents of Bluefields.\n    The agreement also provided"));
	CHECK(contains(d->body, "Britannic Majesty’s Government.\n\nC. A. Lacayo.\nH. Howe.\nH. F. Bingham.\n\n"
				"Correct translation:\nS. C. Braida,\nUnited States Consul."));

	/* No. 16: a ref to a page of another volume, over its own words. */
	d = by_key(&g, "d16");
	int found = 0;
	for (size_t i = 0; d && i < d->nrefs; i++)
		if (strcmp(d->refs[i].target, "frus1888p1#pg_759") == 0) {
			char *s = span(d, d->refs[i].start, d->refs[i].end);
			CHECK_STR(s, "page 759 of the Foreign Relations volume for 1888");
			CHECK_STR(d->refs[i].phrase, s);
			free(s);
			found = 1;
		}
	CHECK(found);
	CHECK_STR(note_text(d, 0), "See No. 15.");

	/* No. 27: no date in its dateline. */
	d = by_key(&g, "d27");
	CHECK(d->date == NULL);
	CHECK_STR(d->place, "Legation of the United States, Managua");
	CHECK_INT(d->npages, 2);
	if (d->npages == 2)
		CHECK(str_has_prefix(d->body + d->pages[1].offset, "away and disarmed them."));

	/* No. 38: numbered paragraphs (labels), gaps, a footnote holding a gap. */
	d = by_key(&g, "d38");
	CHECK(contains(d->body, "the following report:\n\n  2. On the evening of February 27"));
	CHECK(contains(d->body, "The commissioner was asked by Mr. Hatch [...] to police the town"));
	CHECK_STR(d->place, "Navy Department, Washington, D. C.");
	size_t gaps = 0;
	for (size_t i = 0; i < d->nnotes; i++)
		if (d->notes[i].kind == NOTE_ELISION) {
			gaps++;
			if (gaps == 1)
				CHECK_STR(d->notes[i].text, "gap in the text (10 words)");
		}
	CHECK_INT(gaps, 3);

	/* No. 61: a footnote inside an inclosure's source line. */
	d = by_key(&g, "d61");
	CHECK(contains(d->body, "[Inclosure 2 in No. 61.[*]—Translation.]"));
	CHECK_STR(note_text(d, 0), "See inclosure in No. 73.");

	/* No. 83: five footnotes with the same number. */
	d = by_key(&g, "d83");
	CHECK_INT(d->nnotes, 5);
	for (size_t i = 0; i < d->nnotes; i++)
		CHECK_STR(d->notes[i].text, "Members of old government.");

	/* No. 135: footnotes marked *, †, ‡ point at Nos. 131-133. */
	d = by_key(&g, "d135");
	CHECK_INT(d->nnotes, 3);
	CHECK_INT(d->nrefs, 3);
	if (d->nnotes == 3 && d->nrefs == 3) {
		static const char *const marks[] = { "[*]", "[\u2020]", "[\u2021]" };
		static const char *const targets[] = { "frus1894Nicaragua#d131", "frus1894Nicaragua#d132",
							"frus1894Nicaragua#d133" };
		for (size_t i = 0; i < 3; i++) {
			char *m = span(d, d->notes[i].start, d->notes[i].end);
			CHECK_STR(m, marks[i]);
			free(m);
			CHECK_STR(d->refs[i].target, targets[i]);
		}
	}
	CHECK(contains(d->body, "received from you on the 17th instant,[*] and also"));

	/* The last document and its parties (a "Dr." the head marks). */
	d = by_key(&g, "d138");
	CHECK_STR(d->date, "1894-12-31");
	CHECK_STR(d->from.v[0], "Gresham");
	CHECK_STR(d->to.v[0], "Guzman");
	CHECK_STR(d->pages[0].n, "207");

	/* Parsing again gives the same hashes. */
	struct got g2 = { 0 };
	CHECK_INT(import_tei_parse(VOLUME, text, tlen, collect, &g2, &cause), 0);
	int same = g2.n == g.n;
	for (size_t i = 0; same && i < g.n; i++)
		same = g.hashes[i] == g2.hashes[i];
	CHECK(same);
	got_free(&g2);

	/* A failing emit stops the parse with the emitter's cause. */
	g2.fail_at = 3;
	CHECK_INT(import_tei_parse(VOLUME, text, tlen, collect, &g2, &cause), -1);
	CHECK_STR(cause, "the store said no");
	CHECK_INT(g2.n, 2);
	free(cause);
	cause = NULL;
	got_free(&g2);

	/* The volume has no lists of persons or terms. */
	struct doc_gloss *gl;
	size_t ngl;
	CHECK_INT(import_tei_glossary(text, tlen, &gl, &ngl, &cause), 0);
	CHECK_INT(ngl, 0);
	import_tei_glossary_free(gl, ngl);

	/* Throughput: the whole volume parsed 20 times in process (3 under
	 * AddressSanitizer, where the figure means little). */
#ifdef __SANITIZE_ADDRESS__
	const int reps = 3;
#else
	const int reps = 20;
#endif
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int ok = 1;
	for (int i = 0; i < reps && ok; i++) {
		struct got gt = { 0 };
		ok = import_tei_parse(VOLUME, text, tlen, collect, &gt, &cause) == 0 && gt.n == 138;
		got_free(&gt);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(ok);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("# TEI import: %.1f MB/s (%zu bytes x %d in %.3f s, documents copied out)\n",
	       reps * (double)tlen / secs / 1e6, tlen, reps, secs);

	got_free(&g);
	free(text);
}

/* The volume through the driver into a library: stored, then unchanged. */
static void test_store(void)
{
	char dir[] = "/tmp/dossier-tei-XXXXXX";
	if (mkdtemp(dir) == NULL) {
		CHECK(!"mkdtemp");
		return;
	}
	char *path = xasprintf("%s/lib.db", dir), *data, *cause = NULL;
	size_t len;
	struct store *s = NULL;
	CHECK(store_open(path, 0, &s, &cause) == 0);
	CHECK(file_read_all(VOLUME, &data, &len, &cause) == 0);
	if (s && cause == NULL) {
		struct import_result r;
		enum import_status st = import_buffer(s, VOLUME, data, len, NULL, &r, &cause);
		CHECK_INT(st, IMPORT_NEW);
		if (cause)
			printf("# %s\n", cause);
		free(cause);
		cause = NULL;
		CHECK_INT(r.docs, 138);
		CHECK_INT(r.notes, 30);
		st = import_buffer(s, VOLUME, data, len, NULL, &r, &cause);
		CHECK_INT(st, IMPORT_UNCHANGED);
		free(cause);
		cause = NULL;
		free(data);
	}
	free(cause);
	store_free(s);
	const char *const files[] = { "lib.db", "lib.db-wal", "lib.db-shm" };
	for (size_t i = 0; i < 3; i++) {
		char *f = xasprintf("%s/%s", dir, files[i]);
		unlink(f);
		free(f);
	}
	rmdir(dir);
	free(path);
}

#define TEI_OPEN "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"vol1\">"

static void test_constructs(void)
{
	const char *xml =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" TEI_OPEN
		"<teiHeader><fileDesc><titleStmt><title type=\"complete\">Volume One</title></titleStmt></fileDesc></teiHeader>\n"
		"<text><body><pb n=\"7\"/>\n"
		"<div type=\"document\" xml:id=\"d5\" n=\"5\">\n"
		"  <head>No. 5.<lb/><hi rend=\"italic\">Mr. <persName type=\"from\">Uhl</persName> to\n"
		"      Mr. <persName type=\"to\">Baker</persName>.</hi></head>\n"
		"  <note rend=\"inline\" type=\"source\">[Instruction.]</note>\n"
		"  <opener><dateline><placeName>Department of State,<lb/>Washington</placeName>,\n"
		"     <date when=\"1894-05-14\">May 14, 1894</date>.</dateline>\n"
		"     <salute>Sir:</salute></opener>\n"
		"  <p>The figures\n      are:</p>\n"
		"  <table><row><cell>Port</cell><cell>Ships</cell></row>\n"
		"    <row><cell>Bluefields</cell><cell>3</cell></row><row><cell>Greytown</cell><cell/></row></table>\n"
		"  <list><item>one</item><item>two <hi rend=\"smallcaps\">words</hi></item></list>\n"
		"  <list><label>(a)</label><item>first</item><label>(b)</label><item>second</item></list>\n"
		"  <p>He wrote: <quote rend=\"blockquote\"><p>Come at once.</p></quote></p>\n"
		"  <p>She said <quote>no</quote> twice.<note n=\"1\" xml:id=\"d5fn1\">See <ref target=\"#d3\">No. 3</ref>"
		" and <ref target=\"#pg_12\">page 12</ref>.</note></p>\n"
		"  <pb n=\"8\"/>\n"
		"  <p><unknownThing>Kept</unknownThing> as text; <ref target=\"#d4 #d6\">Nos. 4 and 6</ref>.</p>\n"
		"  <closer>I am, etc.,<lb/><signed><hi rend=\"smallcaps\">Edwin F. Uhl</hi>,<lb/>Acting Secretary.</signed></closer>\n"
		"  <postscript><p>P. S.—Copy sent.</p></postscript>\n"
		"</div></body></text></TEI>\n";
	struct got g;
	char *cause;
	CHECK_INT(parse_str(xml, &g, &cause), 0);
	CHECK_INT(g.n, 1);
	if (g.n != 1) {
		free(cause);
		got_free(&g);
		return;
	}
	const struct doc *d = g.docs[0];
	CHECK_STR(g.keys[0], "d5");
	CHECK_STR(d->volume_id, "vol1");
	CHECK_STR(d->volume_title, "Volume One");
	CHECK_STR(d->title, "No. 5. Mr. Uhl to Mr. Baker.");
	CHECK_STR(d->kind, "instruction");
	CHECK_STR(d->number, "5");
	CHECK_STR(d->date, "1894-05-14");
	CHECK_STR(d->place, "Department of State, Washington");
	CHECK_STR(d->body, "Department of State,\nWashington, May 14, 1894.\nSir:\n\n"
			   "The figures are:\n\n"
			   "Port | Ships\nBluefields | 3\nGreytown | \n\n"
			   "  \u2022 one\n  \u2022 two words\n\n"
			   "  (a) first\n  (b) second\n\n"
			   "He wrote:\n\nCome at once.\n\n"
			   "She said no twice.[1]\n\n"
			   "Kept as text; Nos. 4 and 6.\n\n"
			   "I am, etc.,\nEdwin F. Uhl,\nActing Secretary.\n\n"
			   "P. S.—Copy sent.");
	CHECK_INT(d->npages, 2);
	if (d->npages == 2) {
		CHECK_STR(d->pages[0].n, "7");
		CHECK_INT(d->pages[0].offset, 0);
		CHECK_STR(d->pages[1].n, "8");
		CHECK(str_has_prefix(d->body + d->pages[1].offset, "Kept as text"));
	}
	CHECK_INT(d->nnotes, 1);
	CHECK_STR(note_text(d, 0), "See No. 3 and page 12.");
	CHECK_INT(d->nrefs, 4);
	if (d->nrefs == 4) {
		CHECK_STR(d->refs[0].target, "vol1#d3");
		CHECK_STR(d->refs[1].target, "vol1#pg_12");
		CHECK_STR(d->refs[1].phrase, "page 12");
		CHECK_INT(d->refs[1].start, d->notes[0].start);
		CHECK_STR(d->refs[2].target, "vol1#d4");
		CHECK_STR(d->refs[3].target, "vol1#d6");
		char *s = span(d, d->refs[3].start, d->refs[3].end);
		CHECK_STR(s, "Nos. 4 and 6");
		free(s);
	}
	CHECK(spans_ok(d));
	got_free(&g);
}

/* A modern volume: persons list, corresp, a "Source:" footnote on the
 * head, dates from notBefore/notAfter and from frus:doc-dateTime-min. */
static void test_persons(void)
{
	const char *xml =
		TEI_OPEN "<teiHeader><fileDesc><titleStmt><title type=\"main\">Vietnam</title></titleStmt>"
		"<publicationStmt><idno type=\"frus\">frus1961-63v01</idno></publicationStmt></fileDesc></teiHeader>"
		"<text><body>"
		"<div type=\"document\" xml:id=\"d1\" n=\"1\">"
		"<head>Letter From Secretary of State <persName corresp=\"#p_RD1\">Rusk</persName> to Ambassador "
		"<persName corresp=\"#p_NFE1\">Nolting</persName><note n=\"1\" xml:id=\"d1fn1\">Source: Department of "
		"State, Central Files, 751K.00/1-461. Secret. No. 4711.</note><note n=\"2\">Drafted by <ref "
		"target=\"https://history.state.gov/historicaldocuments/frus1961-63v02/d7\">Wood</ref>.</note></head>"
		"<dateline>Washington, <date notBefore=\"1961-01-05\" notAfter=\"1961-01-09\">January 5-9, 1961</date>"
		"</dateline>"
		"<p>Tell <persName corresp=\"#p_NFE1\">Fritz</persName> that ARVN is ready.</p></div>"
		"<div type=\"document\" xml:id=\"d2\" n=\"2\" frus:doc-dateTime-min=\"1961-02-01T09:00:00-05:00\" "
		"frus:doc-dateTime-max=\"1961-02-01T10:00:00-05:00\"><head>Telegram From the Embassy in Vietnam to the "
		"Department of State</head><p>Text.</p></div>"
		"<div type=\"document\" xml:id=\"d3\" n=\"3\"><head>Mr. <persName type=\"from\" corresp=\"#p_RD1\">Rusk"
		"</persName> to Mr. <persName type=\"to\">Nolting</persName>.</head><p>Hi.</p></div>"
		"<div type=\"document\" xml:id=\"d4\" n=\"4\"><head>4. Paper Prepared by the Country Team<note n=\"1\" "
		"xml:id=\"d4fn1\" type=\"source\">Source: Department of State, Central Files, 751K.5-<gloss "
		"target=\"#t_MSP1\">MSP</gloss>/1-461. Secret. Transmitted as enclosure 1 to despatch 276.</note></head>"
		"<dateline><hi rend=\"italic\"><placeName>Saigon</placeName>, [<date when=\"1961-01-04\">January 4, "
		"1961</date>.]</hi></dateline><p>The plan.<note n=\"2\" xml:id=\"d4fn2\">See <ref target=\"#d4fn1\">"
		"footnote 1</ref> above.</note></p>"
		"<frus:attachment><head>Attachment<note n=\"3\" type=\"source\">Secret.</note></head><p>Annex.</p>"
		"</frus:attachment></div>"
		"</body><back><div type=\"section\" xml:id=\"persons\">"
		"<list type=\"names\"><head>Persons</head>"
		"<item><hi rend=\"strong\"><persName xml:id=\"p_RD1\">Rusk, Dean</persName></hi>, Secretary of State</item>"
		"<item><hi rend=\"strong\"><persName xml:id=\"p_NFE1\">Nolting, Frederick E., Jr.</persName></hi>, "
		"Ambassador to Vietnam</item></list>"
		"<list type=\"terms\"><item xml:id=\"t_ARVN1\"><term>ARVN</term>, Army of the Republic of Vietnam</item>"
		"<item><term xml:id=\"t_MAAG1\">MAAG</term><gloss>Military Assistance Advisory Group</gloss></item></list>"
		"</div></back></text></TEI>";
	struct got g;
	char *cause;
	CHECK_INT(parse_str(xml, &g, &cause), 0);
	CHECK_INT(g.n, 4);
	if (g.n == 4) {
		const struct doc *d = g.docs[0];
		CHECK_STR(d->volume_id, "vol1"); /* TEI/@xml:id before idno */
		CHECK_STR(d->volume_title, "Vietnam");
		CHECK_STR(d->title, "Letter From Secretary of State Rusk to Ambassador Nolting");
		CHECK_STR(d->source, "Department of State, Central Files, 751K.00/1-461. Secret. No. 4711.");
		CHECK_STR(d->number, "4711");
		CHECK_STR(d->kind, "letter");
		CHECK_STR(d->date, "1961-01");
		CHECK_STR(d->date_text, "January 5-9, 1961");
		CHECK_STR(d->place, "Washington");
		CHECK_INT(d->from.n, 1);
		CHECK_INT(d->to.n, 1);
		if (d->from.n && d->to.n) {
			CHECK_STR(d->from.v[0], "Rusk, Dean");
			CHECK_STR(d->to.v[0], "Nolting, Frederick E., Jr.");
		}
		/* the head's other footnote opens the body */
		CHECK(str_has_prefix(d->body, "[2]\n\nWashington, January 5-9, 1961\n\nTell Fritz that"));
		CHECK_INT(d->nnotes, 1);
		CHECK_STR(note_text(d, 0), "Drafted by Wood.");
		CHECK_INT(d->nrefs, 1);
		if (d->nrefs)
			CHECK_STR(d->refs[0].target, "frus1961-63v02#d7");
		int fritz = 0, rusk = 0;
		for (size_t i = 0; i < d->naliases; i++) {
			fritz |= strcmp(d->aliases[i].name, "Fritz") == 0 &&
				 strcmp(d->aliases[i].canonical, "Nolting, Frederick E., Jr.") == 0;
			rusk |= strcmp(d->aliases[i].name, "Rusk") == 0 && strcmp(d->aliases[i].canonical, "Rusk, Dean") == 0;
		}
		CHECK(fritz);
		CHECK(rusk);
		CHECK(spans_ok(d));

		d = g.docs[1];
		CHECK_STR(d->date, "1961-02-01");
		CHECK_STR(d->kind, "telegram");
		CHECK_STR(d->from.n ? d->from.v[0] : NULL, "Embassy in Vietnam");
		CHECK_STR(d->to.n ? d->to.v[0] : NULL, "Department of State");

		d = g.docs[2];
		CHECK_STR(d->from.n ? d->from.v[0] : NULL, "Rusk, Dean");
		CHECK_STR(d->to.n ? d->to.v[0] : NULL, "Nolting");

		/* a source note in the head (modern FRUS): the source, no marker */
		d = g.docs[3];
		CHECK_STR(d->title, "4. Paper Prepared by the Country Team");
		CHECK_STR(d->source, "Department of State, Central Files, 751K.5-MSP/1-461. Secret. Transmitted as "
				     "enclosure 1 to despatch 276.");
		CHECK_STR(d->kind, "paper");
		CHECK(d->number == NULL);
		CHECK_STR(d->date, "1961-01-04");
		CHECK_STR(d->place, "Saigon");
		CHECK_STR(d->body, "Saigon, [January 4, 1961.]\n\nThe plan.[2]\n\nAttachment[3]\n\nAnnex.");
		CHECK_INT(d->nnotes, 2);
		CHECK_STR(note_text(d, 1), "Secret.");
		CHECK_STR(d->nrefs ? d->refs[0].target : NULL, "vol1#d4fn1");
	}
	free(cause);
	got_free(&g);

	struct doc_gloss *gl;
	size_t n;
	size_t len;
	struct text_report rep;
	char *text = text_normalise(xml, strlen(xml), &len, &rep);
	CHECK_INT(import_tei_glossary(text, len, &gl, &n, &cause), 0);
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(gl[0].id, "p_RD1");
		CHECK_STR(gl[0].kind, "person");
		CHECK_STR(gl[0].term, "Rusk, Dean");
		CHECK_STR(gl[0].gloss, "Secretary of State");
		CHECK_STR(gl[1].term, "Nolting, Frederick E., Jr.");
		CHECK_STR(gl[1].gloss, "Ambassador to Vietnam");
		CHECK_STR(gl[2].id, "t_ARVN1");
		CHECK_STR(gl[2].kind, "term");
		CHECK_STR(gl[2].term, "ARVN");
		CHECK_STR(gl[2].gloss, "Army of the Republic of Vietnam");
		CHECK_STR(gl[3].id, "t_MAAG1");
		CHECK_STR(gl[3].gloss, "Military Assistance Advisory Group");
	}
	import_tei_glossary_free(gl, n);
	free(text);
}

static void test_bad_input(void)
{
	struct got g;
	char *cause;

	/* Malformed: the line and column of the error. */
	CHECK_INT(parse_str(TEI_OPEN "\n<text><body>\n<div type=\"document\" xml:id=\"d1\"><head>A</head>"
			    "<p>one <hi>two</p></div>\n</body></text></TEI>\n", &g, &cause), -1);
	CHECK(str_has_prefix(cause, "line 3, column "));
	CHECK(contains(cause, "mismatch"));
	printf("# %s\n", cause ? cause : "(null)");
	free(cause);
	got_free(&g);

	/* An error after the last document (the root never closed). */
	CHECK_INT(parse_str(TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><head>A</head><p>one</p></div>\n"
			    "</body></text>\n", &g, &cause), -1);
	CHECK(str_has_prefix(cause, "line "));
	free(cause);
	got_free(&g);

	/* Garbage after the root. */
	CHECK_INT(parse_str(TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><p>x</p></div></body></text>"
			    "</TEI>trailing<junk>", &g, &cause), -1);
	CHECK(str_has_prefix(cause, "line 1, column "));
	free(cause);
	got_free(&g);

	/* An undeclared entity. */
	CHECK_INT(parse_str(TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><p>&nbsp;</p></div></body>"
			    "</text></TEI>", &g, &cause), -1);
	CHECK(contains(cause, "nbsp"));
	free(cause);
	got_free(&g);

	/* An empty TEI: nothing to import, said so. */
	CHECK_INT(parse_str("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", &g, &cause), -1);
	CHECK(contains(cause, "no documents"));
	CHECK_INT(g.n, 0);
	free(cause);
	got_free(&g);

	/* XXE: an external entity, a parameter entity, an external DTD and
	 * XInclude are never read. */
	const char *xxe =
		"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n <!ENTITY x SYSTEM \"file:///etc/passwd\">\n"
		" <!ENTITY % p SYSTEM \"file:///etc/passwd\">\n %p;\n]>\n" TEI_OPEN
		"<text><body><div type=\"document\" xml:id=\"d1\"><head>Secret &x;</head><p>Here: &x; <xi:include "
		"xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>end.</p></div>"
		"</body></text></TEI>";
	int rc = parse_str(xxe, &g, &cause);
	int leaked = 0;
	for (size_t i = 0; i < g.n; i++)
		leaked |= contains(g.docs[i]->body, "root:") || contains(g.docs[i]->title, "root:");
	CHECK(!leaked);
	CHECK(rc == -1 || (g.n == 1 && contains(g.docs[0]->body, "Here: &x; end.")));
	free(cause);
	got_free(&g);
	CHECK_INT(parse_str("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"file:///etc/passwd\">\n" TEI_OPEN
			    "<text><body><div type=\"document\" xml:id=\"d1\"><p>x</p></div></body></text></TEI>", &g,
			    &cause), 0);
	CHECK(g.n == 1 && !contains(g.docs[0]->body, "root:"));
	free(cause);
	got_free(&g);

	/* The billion laughs: refused, nothing expanded. */
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n <!ENTITY lol0 \"lol\">\n");
	for (int i = 1; i <= 9; i++) {
		buf_printf(&b, " <!ENTITY lol%d \"", i);
		for (int k = 0; k < 10; k++)
			buf_printf(&b, "&lol%d;", i - 1);
		buf_adds(&b, "\">\n");
	}
	buf_adds(&b, "]>\n" TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><head>Laughs</head><p>&lol9;"
		     "</p></div></body></text></TEI>");
	clock_t c0 = clock();
	rc = parse_str(b.data, &g, &cause);
	double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
	size_t biggest = 0;
	for (size_t i = 0; i < g.n; i++)
		if (g.docs[i]->body_len > biggest)
			biggest = g.docs[i]->body_len;
	CHECK(rc == -1 || biggest < ((size_t)2 << 20));
	CHECK(secs < 5);
	printf("# billion laughs: rc %d, %s\n", rc, cause ? cause : "");
	free(cause);
	got_free(&g);
	buf_free(&b);

	/* Entities past the budget refuse the file: never imported with
	 * the rest of them left as "&a;". */
	buf_init(&b);
	buf_adds(&b, "<!DOCTYPE TEI [<!ENTITY a \"");
	for (int i = 0; i < 1000; i++)
		buf_addc(&b, 'x');
	buf_adds(&b, "\">]>" TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><p>");
	for (int i = 0; i < 50000; i++)
		buf_adds(&b, "&a;");
	buf_adds(&b, "</p></div></body></text></TEI>");
	CHECK_INT(parse_str(b.data, &g, &cause), -1);
	CHECK_INT(g.n, 0);
	CHECK(contains(cause, "entity &a;") && contains(cause, "1024 KiB") && contains(cause, "refused"));
	free(cause);
	got_free(&g);
	buf_free(&b);

	/* XML that is not TEI is refused as such, not read as text. */
	static const char *const unknown[][3] = {
		{ "notes.xml", "<?xml version=\"1.0\"?>\n<!-- x -->\n<html><body>Hi</body></html>", "<html>" },
		{ "data.txt", "  <?xml version=\"1.0\"?><!DOCTYPE r [<!ELEMENT r ANY>]><r/>", "<r>" },
		{ "EMPTY.XML", "just words", "no root element" },
	};
	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		const struct importer *imp = importer_find(unknown[i][0], unknown[i][1], strlen(unknown[i][1]));
		CHECK_STR(imp->name, "xml");
		cause = NULL;
		CHECK(imp->parse_one && imp->parse_one(unknown[i][0], unknown[i][1], strlen(unknown[i][1]), &cause) == NULL);
		CHECK(contains(cause, "XML of an unknown kind") && contains(cause, unknown[i][2]));
		free(cause);
	}
	CHECK_STR(importer_find("a.txt", "words <?xml", 11)->name, "text");
	CHECK_STR(importer_find("a.xml", TEI_OPEN "</TEI>", strlen(TEI_OPEN "</TEI>"))->name, "tei");

	/* A small internal entity is written out. */
	CHECK_INT(parse_str("<!DOCTYPE TEI [<!ENTITY mdash \"&#8212;\"><!ENTITY us \"the <hi>United</hi> States\">]>"
			    TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><p>a&mdash;b, &us;.</p></div>"
			    "</body></text></TEI>", &g, &cause), 0);
	CHECK_STR(g.n ? g.docs[0]->body : NULL, "a\u2014b, the United States.");
	free(cause);
	got_free(&g);

	/* The text arrives in UTF-8 whatever the declaration says. */
	CHECK_INT(parse_str("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" TEI_OPEN "<text><body><div "
			    "type=\"document\" xml:id=\"d1\"><p>caf\u00e9 \u4e2d, a<lb break=\"no\"/>b<lb/>c</p></div>"
			    "</body></text></TEI>", &g, &cause), 0);
	CHECK_STR(g.n ? g.docs[0]->body : NULL, "caf\u00e9 \u4e2d, ab\nc");
	free(cause);
	got_free(&g);

	/* Character references cannot bring controls or unnormalised text. */
	CHECK_INT(parse_str(TEI_OPEN "<text><body><div type=\"document\" xml:id=\"d1\"><p>a&#x85;b&#x9f;c&#x7f;d "
			    "e&#x301;&#x2028;f</p></div></body></text></TEI>", &g, &cause), 0);
	CHECK_STR(g.n ? g.docs[0]->body : NULL, "a b c d \u00e9 f");
	free(cause);
	got_free(&g);
}

/* A TEI letter without document divisions: one document from <text>,
 * its parties, place and date from correspDesc. */
static void test_letter(void)
{
	const char *xml =
		"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Letter to "
		"Humboldt</title></titleStmt></fileDesc><profileDesc><correspDesc>"
		"<correspAction type=\"sent\"><persName>Thomas Jefferson</persName><placeName>Washington</placeName>"
		"<date when=\"1804-05-28\">28 May 1804</date></correspAction>"
		"<correspAction type=\"received\"><persName>Alexander von Humboldt</persName></correspAction>"
		"</correspDesc></profileDesc></teiHeader>"
		"<text><body><opener><salute>Dear Sir,</salute></opener><p>I received your letter.</p>"
		"<closer><signed>Th. Jefferson</signed></closer></body></text></TEI>";
	struct got g;
	char *cause;
	CHECK_INT(parse_str(xml, &g, &cause), 0);
	CHECK_INT(g.n, 1);
	if (g.n == 1) {
		const struct doc *d = g.docs[0];
		CHECK(g.keys[0] == NULL);
		CHECK_STR(d->title, "Letter to Humboldt");
		CHECK_STR(d->volume_id, "test");
		CHECK_STR(d->date, "1804-05-28");
		CHECK_STR(d->place, "Washington");
		CHECK_STR(d->from.n ? d->from.v[0] : NULL, "Thomas Jefferson");
		CHECK_STR(d->to.n ? d->to.v[0] : NULL, "Alexander von Humboldt");
		CHECK_STR(d->body, "Dear Sir,\n\nI received your letter.\n\nTh. Jefferson");
	}
	free(cause);
	got_free(&g);
}

static void test_accepts(void)
{
	static const char tei[] = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>";
	CHECK(import_tei_accepts("a.txt", tei, strlen(tei)));
	const char *s = "<?xml version=\"1.0\"?>\n<!-- FRUS -->\n<?xml-model href=\"x.rng\"?>\n"
			"<!DOCTYPE TEI [<!ENTITY a \"b>\">]>\n<TEI>";
	CHECK(import_tei_accepts(NULL, s, strlen(s)));
	s = "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\">";
	CHECK(import_tei_accepts(NULL, s, strlen(s)));
	s = "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">";
	CHECK(import_tei_accepts(NULL, s, strlen(s)));
	s = "<?xml version=\"1.0\"?><rss><item>About <TEI> files</item></rss>";
	CHECK(!import_tei_accepts("feed.txt", s, strlen(s)));
	CHECK(import_tei_accepts("feed.xml", s, strlen(s)));
	s = "<?xml version=\"1.0\"?><html><body>TEIxml</body></html>";
	CHECK(!import_tei_accepts("page.xml", s, strlen(s)));
	s = "The TEI guidelines say <TEIHeader> is wrong.";
	CHECK(!import_tei_accepts("notes.txt", s, strlen(s)));
	s = "<TEIxyz>";
	CHECK(!import_tei_accepts(NULL, s, strlen(s)));
	CHECK(!import_tei_accepts(NULL, "", 0));
	CHECK(!import_tei_accepts(NULL, "<?xml", 5));
	CHECK_STR(importer_find("a.txt", tei, strlen(tei))->name, "tei");
	CHECK_STR(importer_find("a.txt", "Dear Sir,", 9)->name, "text");
}

int main(void)
{
	test_volume();
	test_store();
	test_constructs();
	test_persons();
	test_bad_input();
	test_letter();
	test_accepts();
	return test_done();
}
