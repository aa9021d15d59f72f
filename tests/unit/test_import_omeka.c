/* test_import_omeka.c: Omeka's XML of items: recognised apart from other
 * XML, each item a document whose text is read as a page is and whose
 * Dublin Core gives title, date and the parties, summary, source and
 * language the text leaves unsaid; a container of items, a file cut
 * short (read as far as it goes, with a warning) and hostile input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/import_omeka.h"
#include "test.h"

struct got {
	struct doc *docs[8];
	char *keys[8];
	size_t n;
	char *warning;
};

static int take(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	(void)hash;
	(void)cause;
	struct got *g = arg;
	if (g->n < 8) {
		/* the document is the importer's: keep what the checks read */
		struct doc *c = doc_create();
		doc_set(&c->title, d->title);
		doc_set(&c->date, d->date);
		doc_set(&c->summary, d->summary);
		doc_set(&c->source, d->source);
		doc_set(&c->language, d->language);
		doc_set(&c->url, d->url);
		doc_set(&c->body, d->body);
		for (size_t i = 0; i < d->from.n; i++)
			doc_add_party(c, 'f', d->from.v[i], NULL);
		for (size_t i = 0; i < d->to.n; i++)
			doc_add_party(c, 't', d->to.v[i], NULL);
		g->keys[g->n] = xstrdup(key ? key : "");
		g->docs[g->n++] = c;
	}
	return 0;
}

static void warned(const char *message, void *arg)
{
	struct got *g = arg;
	free(g->warning);
	g->warning = xstrdup(message);
}

static int parse(const char *text, size_t len, struct got *g, char **cause)
{
	memset(g, 0, sizeof *g);
	*cause = NULL;
	return import_omeka_parse("t.xml", text, len, take, warned, g, cause);
}

static void got_free(struct got *g)
{
	for (size_t i = 0; i < g->n; i++) {
		doc_free(g->docs[i]);
		free(g->keys[i]);
	}
	free(g->warning);
}

static void test_item(void)
{
	char *text = NULL, *cause = NULL;
	size_t len = 0;
	CHECK(file_read_all("tests/omeka/item-letter.xml", &text, &len, &cause) == 0);
	CHECK(import_omeka_accepts("item.xml", text, len));
	struct got g;
	CHECK_INT(parse(text, len, &g, &cause), 0);
	CHECK_INT(g.n, 1);
	if (g.n == 1) {
		struct doc *d = g.docs[0];
		CHECK_STR(g.keys[0], "item:4521");
		/* the item's title, not its file's name nor its collection's */
		CHECK_STR(d->title, "Letter from Hume Wrong to Lester B. Pearson on the note of 1 March");
		CHECK_STR(d->date, "1951-03-03");
		CHECK_STR(d->summary, "Wrong forwards the note Pearson asked for & comments on it.");
		CHECK_STR(d->source, "Library and Archives Canada, RG 25, vol. 4755, file 50069-A-40");
		CHECK_STR(d->language, "English");
		CHECK_STR(d->url, "https://archive.example.org/items/show/4521");
		/* the text read as a page: its salutation names the recipient */
		CHECK_INT(d->to.n, 1);
		CHECK(d->body && strstr(d->body, "I have your telegram No. 412 of March 1") != NULL);
		CHECK(d->body && strstr(d->body, "scan-0042.pdf") == NULL);
		CHECK(d->from.n >= 1);
	}
	CHECK(g.warning == NULL);
	got_free(&g);
	free(text);
}

#define ITEM(id, title, date)                                                                                   \
	"<item itemId=\"" id "\"><elementSetContainer><elementSet><name>Dublin Core</name><elementContainer>"      \
	"<element><name>Title</name><elementTextContainer><elementText><text>" title "</text></elementText>"       \
	"</elementTextContainer></element><element><name>Date</name><elementTextContainer><elementText><text>" date \
	"</text></elementText></elementTextContainer></element></elementContainer></elementSet>"                   \
	"</elementSetContainer></item>"

static void test_container(void)
{
	const char *xml = "<?xml version=\"1.0\"?>\n<itemContainer xmlns=\"http://omeka.org/schemas/omeka-xml/v5\">"
		ITEM("1", "Note verbale", "June 2, 1952") ITEM("2", "Aide-m\xc3\xa9moire", "1952") "</itemContainer>\n";
	char *cause;
	struct got g;
	CHECK(import_omeka_accepts("x.xml", xml, strlen(xml)));
	CHECK_INT(parse(xml, strlen(xml), &g, &cause), 0);
	CHECK_INT(g.n, 2);
	if (g.n == 2) {
		CHECK_STR(g.keys[0], "item:1");
		CHECK_STR(g.docs[0]->title, "Note verbale");
		CHECK_STR(g.docs[0]->date, "1952-06-02");
		CHECK_STR(g.keys[1], "item:2");
		CHECK_STR(g.docs[1]->date, "1952");
		/* a catalogue entry without its text */
		CHECK(g.docs[1]->body == NULL || g.docs[1]->body[0] == '\0');
	}
	got_free(&g);
}

static void test_damaged_and_hostile(void)
{
	char *text = NULL, *cause = NULL;
	size_t len = 0;
	CHECK(file_read_all("tests/omeka/item-letter.xml", &text, &len, &cause) == 0);
	/* cut short inside the OCR: what it holds is read, and said */
	const char *cut = strstr(text, "and I enclose");
	struct got g;
	CHECK(cut != NULL);
	if (cut) {
		CHECK_INT(parse(text, (size_t)(cut - text), &g, &cause), 0);
		CHECK_INT(g.n, 1);
		CHECK(g.n == 1 && g.docs[0]->body && strstr(g.docs[0]->body, "I have your telegram No. 412") != NULL);
		CHECK(g.warning != NULL && strstr(g.warning, "damaged") != NULL);
		got_free(&g);
	}
	/* cut anywhere: an item, or a message; never a crash (ASan) */
	int sane = 1;
	for (size_t at = 0; at < len; at += 7) {
		int rc = parse(text, at, &g, &cause);
		sane &= (rc == 0 && g.n == 1) || (rc == -1 && cause != NULL && g.n == 0);
		got_free(&g);
		free(cause);
	}
	CHECK(sane);
	free(text);
	/* entities are refused whole */
	const char *bomb = "<?xml version=\"1.0\"?><!DOCTYPE item [<!ENTITY a \"aaaaaaaaaa\">]>"
			   "<item xmlns=\"http://omeka.org/schemas/omeka-xml/v5\" itemId=\"1\">&a;</item>";
	CHECK(import_omeka_accepts("x.xml", bomb, strlen(bomb)));
	CHECK_INT(parse(bomb, strlen(bomb), &g, &cause), -1);
	CHECK(cause && strstr(cause, "entities") != NULL);
	CHECK_INT(g.n, 0);
	got_free(&g);
	free(cause);
	/* a container without items */
	const char *empty = "<itemContainer xmlns=\"http://omeka.org/schemas/omeka-xml/v5\"/>";
	CHECK_INT(parse(empty, strlen(empty), &g, &cause), -1);
	CHECK(cause && strstr(cause, "no items") != NULL);
	got_free(&g);
	free(cause);
	/* other XML is not Omeka's */
	const char *tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><item/></TEI>";
	CHECK(!import_omeka_accepts("x.xml", tei, strlen(tei)));
	const char *item = "<item><name>x</name></item>";
	CHECK(!import_omeka_accepts("x.xml", item, strlen(item)));
}

int main(void)
{
	test_item();
	test_container();
	test_damaged_and_hostile();
	return test_done();
}
