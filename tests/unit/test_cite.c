/* test_cite.c: Chicago notes and bibliography entries, FRUS citations,
 * dates at their precision, names, and nothing invented or let through. */
#include <stdlib.h>
#include <string.h>

#include "cite_fixture.h"
#include "dossier/cite.h"
#include "test.h"

static void check_style(const struct cite *c, enum cite_style st, enum cite_markup m, const char *want)
{
	char *got = cite_format(c, st, m);
	CHECK_STR(got, want);
	free(got);
}

static void test_frus(void)
{
	struct cite *c = kissinger();
	/* the form, italics as Markdown */
	check_style(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN,
		    "Henry Kissinger to Richard Nixon, memorandum, Washington, December 18, 1970, in *Foreign "
		    "Relations of the United States, 1969–1976*, vol. 21, *Chile, 1969–1973*, ed. James "
		    "McElveen and James Siekmeier (Washington, DC: Government Printing Office, 2014), doc. 190, " FRUS_URL ".");
	/* with the general editor, exactly as the Chicago Manual's FAQ prints it */
	strv_push(&c->series_editors, "Adam Howard");
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT,
		    "Henry Kissinger to Richard Nixon, memorandum, Washington, December 18, 1970, in Foreign "
		    "Relations of the United States, 1969–1976, ed. Adam Howard, vol. 21, Chile, 1969–1973, ed. "
		    "James McElveen and James Siekmeier (Washington, DC: Government Printing Office, 2014), doc. "
		    "190, " FRUS_URL ".");
	check_style(c, CITE_CHICAGO_NOTE, CITE_HTML,
		    "Henry Kissinger to Richard Nixon, memorandum, Washington, December 18, 1970, in <i>Foreign "
		    "Relations of the United States, 1969–1976</i>, ed. Adam Howard, vol. 21, <i>Chile, "
		    "1969–1973</i>, ed. James McElveen and James Siekmeier (Washington, DC: Government Printing "
		    "Office, 2014), doc. 190, " FRUS_URL ".");
	/* history.state.gov: no general editor, Volume in roman, Document N */
	check_style(c, CITE_FRUS, CITE_TEXT,
		    "“Memorandum From the President's Assistant for National Security Affairs (Kissinger) to "
		    "President Nixon,” Washington, December 18, 1970, Foreign Relations of the United States, "
		    "1969–1976, Volume XXI, Chile, 1969–1973, eds. James McElveen and James Siekmeier (Washington, "
		    "DC: Government Printing Office, 2014), Document 190, " FRUS_URL ".");
	check_style(c, CITE_CHICAGO_BIB, CITE_MARKDOWN,
		    "Kissinger, Henry. Memorandum to Richard Nixon, Washington, December 18, 1970. In *Foreign "
		    "Relations of the United States, 1969–1976*, edited by Adam Howard, vol. 21, *Chile, "
		    "1969–1973*, edited by James McElveen and James Siekmeier, doc. 190. Washington, DC: "
		    "Government Printing Office, 2014. " FRUS_URL ".");
	cite_free(c);
}

static void test_archive(void)
{
	struct cite *c = telegram();
	check_style(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN,
		    "Stalin to Shtykov and Zakharov, telegram no. 75352, October 1, 1950, History and Public "
		    "Policy Program Digital Archive, APRF, f. 45, op. 1, d. 347, ll. 65-67, trans. Vladislav "
		    "Zubok, https://digitalarchive.wilsoncenter.org/document/117312.");
	check_style(c, CITE_CHICAGO_BIB, CITE_MARKDOWN,
		    "Stalin. Telegram no. 75352 to Shtykov and Zakharov, October 1, 1950. History and Public "
		    "Policy Program Digital Archive, APRF, f. 45, op. 1, d. 347, ll. 65-67. Translated by "
		    "Vladislav Zubok. https://digitalarchive.wilsoncenter.org/document/117312.");
	/* frus style for a document of no edition is the Chicago note */
	char *a = cite_format(c, CITE_FRUS, CITE_TEXT), *b = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK_STR(a, b);
	free(a);
	free(b);
	/* a kind is a common noun; an acronym stays */
	free(c->kind);
	c->kind = xstrdup("Ciphered Telegram");
	char *k = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK(str_has_prefix(k, "Stalin to Shtykov and Zakharov, ciphered telegram no. 75352,"));
	free(k);
	free(c->kind);
	c->kind = xstrdup("NSC Memorandum");
	k = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK(str_has_prefix(k, "Stalin to Shtykov and Zakharov, NSC memorandum no. 75352,"));
	free(k);
	free(c->kind);
	c->kind = xstrdup("telegram");
	/* three recipients, Chicago's serial comma */
	cite_add_person(&c->to, "Kim Il Sung", NULL);
	char *s = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK(str_has_prefix(s, "Stalin to Shtykov, Zakharov, and Kim Il Sung, telegram"));
	free(s);
	cite_free(c);
}

/* Fields the library lacks are left out, never invented. */
static void test_missing(void)
{
	struct cite *c = cite_create();
	cite_add_person(&c->from, "Shtykov", NULL);
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT, "Shtykov.");
	check_style(c, CITE_CHICAGO_BIB, CITE_TEXT, "Shtykov.");
	c->date = xstrdup("1950-01");
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT, "Shtykov, January 1950.");
	/* an author's work that is not a letter keeps its title */
	c->title = xstrdup("Korea Must Be Reunified.");
	c->kind = xstrdup("pamphlet");
	check_style(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN, "Shtykov, “Korea Must Be Reunified,” pamphlet, January 1950.");
	check_style(c, CITE_CHICAGO_BIB, CITE_TEXT, "Shtykov. “Korea Must Be Reunified.” Pamphlet, January 1950.");
	cite_free(c);

	/* no sender: the title leads */
	c = cite_create();
	c->title = xstrdup("Ciphered telegram");
	cite_add_person(&c->to, "Kim Il Sung", NULL);
	c->date = xstrdup("1950");
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT, "“Ciphered telegram,” to Kim Il Sung, 1950.");
	check_style(c, CITE_CHICAGO_BIB, CITE_TEXT, "“Ciphered telegram.” To Kim Il Sung, 1950.");
	cite_free(c);

	/* nothing at all: an empty citation, not "n.d." or "Anonymous" */
	c = cite_create();
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT, "");
	check_style(c, CITE_CHICAGO_BIB, CITE_TEXT, "");
	cite_free(c);
}

/* Nothing a document holds reaches the output as a control character. */
static void test_hostile(void)
{
	struct cite *c = cite_create();
	cite_add_person(&c->from, "Sta\x1b[31mlin\x07", NULL);
	cite_add_person(&c->to, "Kim\r\nIl\tSung\xc2\x9b", NULL);
	c->kind = xstrdup("tele\x1b]52;c;AAAA\x07gram");
	c->url = xstrdup("https://example.org/\x1b[2J");
	c->archive = xstrdup("\xff\xfe bad");
	for (int st = 0; st < CITE_STYLE_COUNT; st++)
		for (int m = CITE_TEXT; m <= CITE_HTML; m++) {
			char *s = cite_format(c, st, m);
			int clean = 1;
			for (const unsigned char *p = (const unsigned char *)s; *p; p++)
				if (*p < 0x20 || *p == 0x7f || (p[0] == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0))
					clean = 0;
			CHECK(clean);
			free(s);
		}
	char *s = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK_STR(s, "Sta[31mlin to Kim Il Sung, tele]52;c;AAAAgram, \xef\xbf\xbd\xef\xbf\xbd bad, https://example.org/[2J.");
	free(s);
	cite_free(c);
	/* Markdown and HTML escape what they would read as markup */
	c = cite_create();
	c->title = xstrdup("A *bold* <b>claim</b> & more");
	s = cite_format(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN);
	CHECK_STR(s, "“A \\*bold\\* <b>claim</b> & more.”");
	free(s);
	s = cite_format(c, CITE_CHICAGO_NOTE, CITE_HTML);
	CHECK_STR(s, "“A *bold* &lt;b&gt;claim&lt;/b&gt; &amp; more.”");
	free(s);
	cite_free(c);
}

static void check_date(const char *edtf, const char *want)
{
	char *got = cite_date_words(edtf);
	CHECK_STR(got, want);
	free(got);
}

static void test_dates(void)
{
	check_date("1970-12-18", "December 18, 1970");
	check_date("1970-12", "December 1970");
	check_date("1970", "1970");
	check_date("1850?", "1850?");
	check_date("1850-03~", "ca. March 1850");
	check_date("1810-07-11/1810-07-18", "July 11–18, 1810");
	check_date("1810-07-11/1810-08-02", "July 11–August 2, 1810");
	check_date("1810-07/1810-08", "July–August 1810");
	check_date("1810-12-30/1811-01-02", "December 30, 1810–January 2, 1811");
	check_date("1810/1812", "1810–1812");
	check_date("../1810-07-18", "not after July 18, 1810");
	check_date("/1810-07-18", "not after July 18, 1810");
	check_date("1810-07-11/..", "not before July 11, 1810");
	check_date(NULL, NULL);
	check_date("", NULL);
	check_date("October 1950", NULL);
	check_date("1950-13", NULL);
	check_date("1950-10-01x", NULL);
	check_date("../..", NULL);
	struct cite_date v;
	CHECK(cite_date_parse("1810-07-11/1810-07-18", &v) == 0 && v.range && v.y2 == 1810 && v.d2 == 18);
	CHECK(cite_date_parse("../1810", &v) == 0 && v.open_start && v.y1 == 1810 && !v.range);
}

static void check_split(const char *name, const char *family, const char *given)
{
	char *f, *g;
	int r = cite_name_split(name, &f, &g);
	CHECK_INT(r, family != NULL);
	CHECK_STR(f, family);
	CHECK_STR(g, given);
	free(f);
	free(g);
}

static void test_names(void)
{
	check_split("Henry Kissinger", "Kissinger", "Henry");
	check_split("Gresham, Walter Q.", "Gresham", "Walter Q.");
	check_split("Stalin", NULL, NULL);
	check_split("Kim Il Sung", NULL, NULL);
	check_split("Gao Gang", NULL, NULL);
	check_split("Pak Heon-yeong", NULL, NULL);
	check_split("Charles de Gaulle", "de Gaulle", "Charles");
	check_split("De Soto", NULL, NULL);
	check_split("Leo (Leopold) Thun-Hohenstein", "Thun-Hohenstein", "Leo (Leopold)");
	check_split("Carl Maria von Weber", "von Weber", "Carl Maria");
	check_split("  ", NULL, NULL);
	check_split("Martin Luther King, Jr.", "King", "Martin Luther, Jr.");
	check_split("King, Martin Luther, Jr.", "King", "Martin Luther, Jr.");
	check_split("O'Brien & Sons, Ltd.", NULL, NULL);
	char *s = cite_name_natural("Weber, Carl Maria von");
	CHECK_STR(s, "Carl Maria von Weber");
	free(s);
	s = cite_name_natural("King, Martin Luther, Jr.");
	CHECK_STR(s, "Martin Luther King, Jr.");
	free(s);
	s = cite_name_natural("Kim Il Sung");
	CHECK_STR(s, "Kim Il Sung");
	free(s);
	/* a CMIF name, inverted at the source, is cited in its natural order */
	struct cite *c = cite_create();
	cite_add_person(&c->from, "Gänsbacher, Johann", NULL);
	cite_add_person(&c->to, "Weber, Carl Maria von", NULL);
	c->date = xstrdup("1810-07-11/1810-07-18");
	check_style(c, CITE_CHICAGO_NOTE, CITE_TEXT, "Johann Gänsbacher to Carl Maria von Weber, July 11–18, 1810.");
	check_style(c, CITE_CHICAGO_BIB, CITE_TEXT, "Gänsbacher, Johann. To Carl Maria von Weber, July 11–18, 1810.");
	cite_free(c);
}

static void test_volumes(void)
{
	char *s;
	CHECK_STR(s = cite_volume_arabic("XXI"), "21");
	free(s);
	CHECK_STR(s = cite_volume_arabic("XIX, Part 1"), "19, Part 1");
	free(s);
	CHECK_STR(s = cite_volume_roman("21"), "XXI");
	free(s);
	CHECK_STR(s = cite_volume_roman("XXI"), "XXI");
	free(s);
	CHECK_STR(s = cite_volume_arabic("IIII"), NULL);
	free(s);
	CHECK_STR(s = cite_volume_arabic("Nicaragua"), NULL);
	free(s);
}

static void test_from_doc(void)
{
	struct doc *d = doc_create();
	doc_set(&d->title, "Ciphered Telegram No. 75352");
	doc_set(&d->source, "History and Public Policy Program Digital Archive, APRF, f. 45, op. 1, d. 347, ll. 65-67.");
	doc_set(&d->url, "https://digitalarchive.wilsoncenter.org/document/117312");
	strv_push(&d->from, "Stalin");
	struct cite *c = cite_from_doc(d, "dossier:4");
	CHECK_STR(c->id, "dossier:4");
	CHECK_STR(c->archive, "History and Public Policy Program Digital Archive");
	CHECK_STR(c->archive_location, "APRF, f. 45, op. 1, d. 347, ll. 65-67");
	CHECK_STR(c->from.v[0].name, "Stalin");
	cite_free(c);
	doc_set(&d->source, "Archive of the President, Russian Federation (APRF), f. 45, op. 1, d. 347, listy 65-67.");
	c = cite_from_doc(d, NULL);
	CHECK_STR(c->id, "https://digitalarchive.wilsoncenter.org/document/117312");
	CHECK_STR(c->archive, "Archive of the President, Russian Federation (APRF)");
	CHECK_STR(c->archive_location, "f. 45, op. 1, d. 347, listy 65-67");
	cite_free(c);
	doc_set(&d->source, "Obtained by a historian");
	c = cite_from_doc(d, NULL);
	CHECK_STR(c->archive, "Obtained by a historian");
	CHECK_STR(c->archive_location, NULL);
	cite_free(c);
	doc_free(d);

	/* an edition's document */
	d = doc_create();
	doc_set(&d->title, "No. 2. Mr. Gresham to Mr. Baker.");
	doc_set(&d->number, "2");
	doc_set(&d->doc_n, "2");
	doc_set(&d->volume_id, "frus1894Nicaragua");
	doc_set(&d->xml_id, "d2");
	doc_set(&d->volume_title, "Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)");
	doc_set(&d->source, "[Telegram.]");
	doc_set(&d->date, "1894-02-01");
	strv_push(&d->from, "Gresham");
	strv_push(&d->to, "Baker");
	c = cite_from_doc(d, NULL);
	CHECK_STR(c->id, "frus1894Nicaragua#d2");
	CHECK_STR(c->series, "Foreign Relations of the United States, 1894");
	CHECK_STR(c->volume_title, "Nicaragua (Mosquito Territory)");
	CHECK_STR(c->number, NULL);
	CHECK_STR(c->note, NULL);
	char *s = cite_format(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN);
	CHECK_STR(s, "Gresham to Baker, February 1, 1894, in *Foreign Relations of the United States, 1894*, "
		     "*Nicaragua (Mosquito Territory)*, doc. 2.");
	free(s);
	s = cite_format(c, CITE_FRUS, CITE_TEXT);
	CHECK_STR(s, "“Mr. Gresham to Mr. Baker,” February 1, 1894, Foreign Relations of the United States, 1894, "
		     "Nicaragua (Mosquito Territory), Document 2.");
	free(s);
	cite_free(c);
	doc_set(&d->volume_title, "Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972");
	c = cite_from_doc(d, NULL);
	CHECK_STR(c->series, "Foreign Relations of the United States, 1969–1976");
	CHECK_STR(c->volume, "XIX, Part 1");
	CHECK_STR(c->volume_title, "Korea, 1969–1972");
	cite_free(c);
	doc_free(d);
}

static void test_quotation(void)
{
	struct cite *c = telegram();
	char *s = cite_quotation("We have received\n your \"cable\" of\t30 September\x1b[2J.", c, CITE_CHICAGO_NOTE,
				 CITE_TEXT);
	CHECK_STR(s, "“We have received your 'cable' of 30 September[2J.”\nStalin to Shtykov and Zakharov, telegram no. "
		     "75352, October 1, 1950, History and Public Policy Program Digital Archive, APRF, f. 45, op. 1, d. "
		     "347, ll. 65-67, trans. Vladislav Zubok, https://digitalarchive.wilsoncenter.org/document/117312.");
	free(s);
	s = cite_reference("your “cable” of 30 September", c, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK(str_has_prefix(s, "“your ‘cable’ of 30 September”: Stalin to Shtykov and Zakharov, telegram"));
	free(s);
	s = cite_reference("the letter of cde. KIM IL SUNG", NULL, CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK_STR(s, "“the letter of cde. KIM IL SUNG”");
	free(s);
	cite_free(c);
}

int main(void)
{
	test_quotation();
	test_frus();
	test_archive();
	test_missing();
	test_hostile();
	test_dates();
	test_names();
	test_volumes();
	test_from_doc();
	CHECK_INT(cite_style_from_name("chicago-bib"), CITE_CHICAGO_BIB);
	CHECK_INT(cite_style_from_name("apa"), -1);
	CHECK_STR(cite_style_name(CITE_FRUS), "frus");
	return test_done();
}
