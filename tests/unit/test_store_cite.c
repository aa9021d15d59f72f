/* test_store_cite.c: what the library keeps for citing: persons' authority
 * ids (from CMIF and TEI; a name met again under its id is the same
 * person; a merge keeps them), an edition's data from its TEI header, a
 * calendar letter's places and EDTF date, calendar entries stored without
 * text and found by their metadata; and a document cited from all of it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/export.h"
#include "dossier/import.h"
#include "dossier/store.h"
#include "fixture.h"
#include "test.h"

#define CMIF_HEAD                                                                                             \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>"   \
	"<fileDesc><titleStmt><title>Letters</title></titleStmt><publicationStmt><publisher>P</publisher>"    \
	"</publicationStmt><sourceDesc><bibl type=\"print\" xml:id=\"ed1\">Briefe, hg. von A. B., Basel "      \
	"2001</bibl></sourceDesc></fileDesc><profileDesc>\n"
#define CMIF_TAIL "</profileDesc></teiHeader><text><body><p/></body></text></TEI>\n"

static const char cmif[] = CMIF_HEAD
	"<correspDesc key=\"12\" ref=\"https://example.org/l1\" source=\"#ed1\">"
	"<correspAction type=\"sent\"><persName ref=\"http://d-nb.info/gnd/118814044\">Gänsbacher, Johann</persName>"
	"<placeName ref=\"http://www.geonames.org/2761369\">Wien</placeName>"
	"<date notBefore=\"1810-07-11\" notAfter=\"1810-07-18\"/></correspAction>"
	"<correspAction type=\"received\"><persName ref=\"http://d-nb.info/gnd/118629662 "
	"https://www.wikidata.org/entity/Q154812\">Weber, Carl Maria von</persName>"
	"<placeName ref=\"http://www.geonames.org/2873891\">Mannheim</placeName></correspAction></correspDesc>\n"
	"<correspDesc key=\"13\" ref=\"https://example.org/l2\" source=\"#ed1\">"
	"<correspAction type=\"sent\"><persName ref=\"http://d-nb.info/gnd/118629662\">Carl Maria von Weber</persName>"
	"<date when=\"1811-02-03\"/></correspAction>"
	"<correspAction type=\"received\"><persName ref=\"http://d-nb.info/gnd/118814044\">Johann Gänsbacher"
	"</persName></correspAction></correspDesc>\n" CMIF_TAIL;

/* A TEI letter: its parties' @ref in the header. */
static const char tei_letter[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>"
	"<fileDesc><titleStmt><title>A letter</title><editor role=\"primary\">Ann Editor</editor></titleStmt>"
	"<publicationStmt><publisher>Press</publisher><pubPlace>Basel</pubPlace><date>2001</date></publicationStmt>"
	"<sourceDesc><p/></sourceDesc></fileDesc><profileDesc><correspDesc><correspAction type=\"sent\">"
	"<persName ref=\"https://viaf.org/viaf/12345\">Anna Sender</persName><date when=\"1901-03-04\"/>"
	"</correspAction><correspAction type=\"received\"><persName>Bob Reader</persName></correspAction>"
	"</correspDesc></profileDesc></teiHeader><text><body><div><p>Greetings.</p></div></body></text></TEI>\n";

/* An edition's document whose sender is named through the list of
 * persons (in the front matter), whose entry has the @ref. */
static const char tei_volume[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
	"xml:id=\"vol1\"><teiHeader><fileDesc><titleStmt><title>Papers</title></titleStmt><publicationStmt>"
	"<p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><front>"
	"<div xml:id=\"persons\"><list type=\"persons\"><item><persName xml:id=\"p_GWQ1\" "
	"ref=\"http://www.wikidata.org/entity/Q1\">Gresham, Walter Q.</persName>, Secretary of State</item>"
	"</list></div></front><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>Mr. <persName "
	"type=\"from\" corresp=\"#p_GWQ1\">Gresham</persName> to Mr. <persName type=\"to\">Baker</persName>"
	"</head><p>Sir.</p></div></body></text></TEI>\n";

static int64_t import_text(struct store *s, const char *path, const char *text)
{
	struct import_result r;
	char *cause = NULL;
	enum import_status st = import_buffer(s, path, text, strlen(text), NULL, &r, &cause);
	if (st == IMPORT_FAILED) {
		printf("# %s: %s\n", path, cause ? cause : "failed");
		free(cause);
		return 0;
	}
	return r.first_id;
}

static int count_hits(const struct store_hit *h, void *arg)
{
	(void)h;
	(*(int *)arg)++;
	return 0;
}

static void test_cmif(struct store *s)
{
	int64_t first = import_text(s, "letters.xml", cmif);
	CHECK(first > 0);
	struct store_doc *sd = NULL;
	char *cause = NULL;
	CHECK(store_doc_get(s, first, &sd, &cause) == 0);
	/* a calendar entry: no text, and none made up */
	CHECK(sd && sd->doc->body_len == 0 && sd->doc->title && *sd->doc->title == '\0');
	CHECK_STR(sd ? sd->doc->date : NULL, "1810-07");
	store_doc_free(sd);

	/* one person under two names, found by the GND id */
	int64_t a = store_person_id(s, "Gänsbacher, Johann"), b = store_person_id(s, "Johann Gänsbacher");
	CHECK(a != 0 && a == b);
	CHECK(store_person_id(s, "Carl Maria von Weber") == store_person_id(s, "Weber, Carl Maria von"));
	struct strv uris;
	strv_init(&uris);
	CHECK(store_person_uris(s, store_person_id(s, "Carl Maria von Weber"), &uris, &cause) == 0);
	CHECK_INT(uris.n, 2);
	CHECK(uris.n == 2 && strcmp(uris.v[1], "https://www.wikidata.org/entity/Q154812") == 0);
	strv_free(&uris);

	/* cited with what CMIF said: the range, the places, the ids */
	struct cite *c = NULL;
	CHECK(store_cite(s, first, &c, &cause) == 0);
	if (c) {
		CHECK_STR(c->id, "https://example.org/l1");
		CHECK_STR(c->date, "1810-07-11/1810-07-18");
		CHECK_STR(c->place_ref, "http://www.geonames.org/2761369");
		CHECK_STR(c->place_to, "Mannheim");
		CHECK_STR(c->from.v[0].ref, "http://d-nb.info/gnd/118814044");
		CHECK_STR(c->to.v[0].ref, "http://d-nb.info/gnd/118629662 https://www.wikidata.org/entity/Q154812");
		CHECK_STR(c->doc_n, "12");
		CHECK_STR(c->note, NULL); /* the edition is not said twice */
		char *note = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
		CHECK_STR(note, "Johann Gänsbacher to Carl Maria von Weber, letter, Wien, July 11–18, 1810, in Briefe, "
				"hg. von A. B., Basel 2001, doc. 12, https://example.org/l1.");
		free(note);
		/* written back as CMIF: the received place and the ids are there */
		char *xml = export_string(EXPORT_CMIF, &c, 1, NULL, &cause);
		CHECK(xml && strstr(xml, "notBefore=\"1810-07-11\"") && strstr(xml, ">Mannheim</placeName>") &&
		      strstr(xml, "ref=\"http://d-nb.info/gnd/118814044\""));
		free(xml);
	}
	cite_free(c);

	/* the reader's date wins over the imported range */
	CHECK(store_correct(s, first, "date", "1811", &cause) == 0);
	CHECK(store_cite(s, first, &c, &cause) == 0);
	CHECK_STR(c ? c->date : NULL, "1811");
	cite_free(c);

	/* found by its metadata, though it has no text */
	int n = 0;
	CHECK(store_search(s, "Gänsbacher", 10, "[", "]", count_hits, &n, &cause) == 0);
	CHECK_INT(n, 2);
	n = 0;
	CHECK(store_search(s, "Mannheim", 10, "[", "]", count_hits, &n, &cause) == 0);
	CHECK_INT(n, 1);
	CHECK_INT(store_count_filtered(s, "from:\"Carl Maria von Weber\"", &cause), 1);

	/* merged persons keep their ids */
	int64_t w = store_person_id(s, "Carl Maria von Weber");
	CHECK(store_person_merge(s, w, a, &cause) == 0);
	strv_init(&uris);
	CHECK(store_person_uris(s, a, &uris, &cause) == 0);
	CHECK_INT(uris.n, 3);
	strv_free(&uris);

	/* no such document */
	CHECK_INT(store_cite(s, 99999, &c, &cause), 1);
	CHECK(c == NULL);
}

static void test_tei(struct store *s)
{
	char *cause = NULL;
	int64_t id = import_text(s, "letter.xml", tei_letter);
	CHECK(id > 0);
	struct strv uris;
	strv_init(&uris);
	CHECK(store_person_uris(s, store_person_id(s, "Anna Sender"), &uris, &cause) == 0);
	CHECK(uris.n == 1 && strcmp(uris.v[0], "https://viaf.org/viaf/12345") == 0);
	strv_free(&uris);
	CHECK(store_person_id(s, "Bob Reader") != 0);
	strv_init(&uris);
	CHECK(store_person_uris(s, store_person_id(s, "Bob Reader"), &uris, &cause) == 0);
	CHECK_INT(uris.n, 0); /* none given: none made up */
	strv_free(&uris);
	/* the list of persons' id, through the name's corresp */
	CHECK(import_text(s, "vol1.xml", tei_volume) > 0);
	strv_init(&uris);
	CHECK(store_person_uris(s, store_person_id(s, "Gresham, Walter Q."), &uris, &cause) == 0);
	CHECK(uris.n == 1 && strcmp(uris.v[0], "http://www.wikidata.org/entity/Q1") == 0);
	strv_free(&uris);
	/* the header's imprint and editor */
	struct cite *c = NULL;
	CHECK(store_cite(s, id, &c, &cause) == 0);
	if (c) {
		CHECK_STR(c->publisher, "Press");
		CHECK_STR(c->pub_place, "Basel");
		CHECK_STR(c->pub_year, "2001");
		CHECK(c->editors.n == 1 && strcmp(c->editors.v[0], "Ann Editor") == 0);
		CHECK_STR(c->from.v[0].ref, "https://viaf.org/viaf/12345");
	}
	cite_free(c);

	/* a FRUS volume: its header names the publisher and the year */
	char *paths[] = { "assets/editions/frus1894Nicaragua.xml" };
	struct import_totals t;
	CHECK(import_paths(s, paths, 1, NULL, &t) == 0);
	struct edition *e = NULL;
	CHECK(store_edition(s, "frus1894Nicaragua", &e, &cause) == 0 && e);
	if (e) {
		CHECK_STR(e->publisher, "United States Government Printing Office");
		CHECK_STR(e->pub_place, "Washington");
		CHECK_STR(e->pub_year, "1895");
	}
	edition_free(e);
	e = NULL;
	CHECK(store_edition(s, "no-such-volume", &e, &cause) == 0 && e == NULL);
}

int main(void)
{
	char path[] = "/tmp/dossier-store-cite-XXXXXX";
	struct store *s = fixture_library(path, 0);
	CHECK(s != NULL);
	if (s) {
		test_cmif(s);
		test_tei(s);
		store_free(s);
	}
	fixture_remove(path);
	return test_done();
}
