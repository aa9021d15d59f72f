/* cite_fixture.h: documents described for citing, shared by the tests of
 * citations and exports: a FRUS memorandum (the Chicago Manual's FAQ
 * example) and a Wilson Center telegram. */
#ifndef DOSSIER_CITE_FIXTURE_H
#define DOSSIER_CITE_FIXTURE_H

#include "dossier/cite.h"

#define FRUS_URL "https://history.state.gov/historicaldocuments/frus1969-76v21/d190"

/* The Chicago Manual's FAQ example: Kissinger to Nixon in FRUS. */
static inline struct cite *kissinger(void)
{
	struct cite *c = cite_create();
	c->id = xstrdup("frus1969-76v21#d190");
	c->title = xstrdup("190. Memorandum From the President's Assistant for National Security Affairs "
			   "(Kissinger) to President Nixon");
	c->kind = xstrdup("Memorandum");
	c->date = xstrdup("1970-12-18");
	cite_add_person(&c->from, "Henry Kissinger", NULL);
	cite_add_person(&c->to, "Richard Nixon", NULL);
	c->place = xstrdup("Washington");
	c->series = xstrdup("Foreign Relations of the United States, 1969–1976");
	c->volume = xstrdup("XXI");
	c->volume_title = xstrdup("Chile, 1969–1973");
	strv_push(&c->editors, "James McElveen");
	strv_push(&c->editors, "James Siekmeier");
	c->pub_place = xstrdup("Washington, DC");
	c->publisher = xstrdup("Government Printing Office");
	c->pub_year = xstrdup("2014");
	c->doc_n = xstrdup("190");
	c->url = xstrdup(FRUS_URL);
	return c;
}

/* A Wilson Center document: the archive citation as its page gives it. */
static inline struct cite *telegram(void)
{
	struct cite *c = cite_create();
	c->id = xstrdup("dossier:4");
	c->title = xstrdup("Ciphered Telegram No. 75352, Feng Xi [Stalin] to Shtraus [Shtykov] and Mayveyev [Zakharov]");
	c->kind = xstrdup("telegram");
	c->number = xstrdup("75352");
	c->date = xstrdup("1950-10-01");
	cite_add_person(&c->from, "Stalin", NULL);
	cite_add_person(&c->to, "Shtykov", NULL);
	cite_add_person(&c->to, "Zakharov", NULL);
	c->archive = xstrdup("History and Public Policy Program Digital Archive");
	c->archive_location = xstrdup("APRF, f. 45, op. 1, d. 347, ll. 65-67");
	c->translator = xstrdup("Vladislav Zubok");
	c->url = xstrdup("https://digitalarchive.wilsoncenter.org/document/117312");
	return c;
}

/* A work with an author and a title, no recipient: not a letter. */
static inline struct cite *pamphlet(void)
{
	struct cite *c = cite_create();
	c->id = xstrdup("dossier:5");
	c->title = xstrdup("Korea Must Be Reunified");
	c->kind = xstrdup("pamphlet");
	c->date = xstrdup("1972");
	cite_add_person(&c->from, "Kim Il Sung", NULL);
	c->archive = xstrdup("Mississippi State University Mitchell Memorial Library");
	c->archive_location = xstrdup("DS917 .K56 1972");
	return c;
}

/* A calendar entry as CMIF gives it: authority ids, places, a date known
 * to a week, no title. */
static inline struct cite *calendar(void)
{
	struct cite *c = cite_create();
	c->id = xstrdup("https://www.weber-gesamtausgabe.de/A044980");
	c->kind = xstrdup("letter");
	c->date = xstrdup("1810-07-11/1810-07-18");
	cite_add_person(&c->from, "Gänsbacher, Johann", "http://d-nb.info/gnd/118814044");
	cite_add_person(&c->to, "Weber, Carl Maria von", "http://d-nb.info/gnd/118629662");
	c->place_to = xstrdup("Mannheim");
	c->place_to_ref = xstrdup("http://www.geonames.org/2873891");
	c->url = xstrdup("https://www.weber-gesamtausgabe.de/A044980");
	c->series = xstrdup("Carl-Maria-von-Weber-Gesamtausgabe. Digitale Edition");
	c->edition_key = xstrdup("f5055f00-9182-4728-8f81-a0cf016b616b");
	return c;
}

/* Every field a trap: controls, escapes, markup and TeX characters. */
static inline struct cite *hostile(void)
{
	struct cite *c = cite_create();
	c->id = xstrdup("evil\"id\x01");
	c->title = xstrdup("A \x1b[31m{red}\x07 & <b>50%</b> $x_1^2$ #1 ~ \\end \"q\"");
	c->kind = xstrdup("tele\x1b]52;c;AAAA\x07gram");
	c->date = xstrdup("1850%");
	cite_add_person(&c->from, "O'Brien & Sons, Ltd.", "http://viaf.org/viaf/1 http://d-nb.info/gnd/2");
	cite_add_person(&c->to, "Smith and \x1b[2JJones", NULL);
	c->place = xstrdup("Wien</placeName><evil/>");
	c->url = xstrdup("https://example.org/a b}{\\x");
	c->note = xstrdup("line one\nline two\r\n\tend");
	return c;
}

#endif
