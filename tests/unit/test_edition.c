/* test_edition.c: an edition's series, volume, editors and imprint read
 * from its TEI header, and the citations of its documents that name
 * them: the FRUS volume of the sample, and a header as history.state.gov
 * writes them for the volume of the Chicago Manual's FAQ example. */
#include <stdlib.h>
#include <string.h>

#include "dossier/edition.h"
#include "test.h"

#define V21                                                                                                         \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                                              \
	"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"frus1969-76v21\"><teiHeader><fileDesc><titleStmt>\n"    \
	"<title type=\"complete\">Foreign Relations of the United States, 1969–1976, Volume XXI, Chile, "           \
	"1969–1973</title>\n<title type=\"series\">Foreign Relations of the United States</title>\n"                \
	"<title type=\"sub-series\">1969–1976</title>\n<title type=\"volume-number\">Volume XXI</title>\n"           \
	"<title type=\"volume\">Chile, 1969–1973</title>\n<editor role=\"primary\">James McElveen</editor>\n"        \
	"<editor role=\"primary\">James Siekmeier</editor>\n<editor role=\"general\">Adam Howard</editor>\n"         \
	"</titleStmt><publicationStmt><publisher>Government Printing Office</publisher>"                            \
	"<pubPlace>Washington, DC</pubPlace><date>2014</date><idno type=\"frus\">frus1969-76v21</idno>"             \
	"</publicationStmt></fileDesc></teiHeader>\n<text><body><div type=\"document\" xml:id=\"d190\"/>"

static void test_v21(void)
{
	struct edition *e = NULL;
	char *cause = NULL;
	/* the file is cut after its header: only the header is read */
	CHECK(edition_read_tei(V21, strlen(V21), &e, &cause) == 0);
	if (e == NULL) {
		printf("# %s\n", cause);
		free(cause);
		return;
	}
	CHECK_STR(e->id, "frus1969-76v21");
	CHECK_STR(e->series, "Foreign Relations of the United States");
	CHECK_STR(e->subseries, "1969–1976");
	CHECK_STR(e->volume, "XXI");
	CHECK_STR(e->volume_title, "Chile, 1969–1973");
	CHECK_INT(e->editors.n, 2);
	CHECK_INT(e->general_editors.n, 1);
	CHECK_STR(e->pub_year, "2014");
	struct cite *c = cite_create();
	cite_add_person(&c->from, "Henry Kissinger", NULL);
	cite_add_person(&c->to, "Richard Nixon", NULL);
	c->kind = xstrdup("memorandum");
	c->place = xstrdup("Washington");
	c->date = xstrdup("1970-12-18");
	c->doc_n = xstrdup("190");
	c->url = xstrdup("https://history.state.gov/historicaldocuments/frus1969-76v21/d190");
	edition_to_cite(e, c);
	char *s = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	/* word for word the Chicago Manual's FAQ */
	CHECK_STR(s, "Henry Kissinger to Richard Nixon, memorandum, Washington, December 18, 1970, in Foreign "
		     "Relations of the United States, 1969–1976, ed. Adam Howard, vol. 21, Chile, 1969–1973, ed. James "
		     "McElveen and James Siekmeier (Washington, DC: Government Printing Office, 2014), doc. 190, "
		     "https://history.state.gov/historicaldocuments/frus1969-76v21/d190.");
	free(s);
	s = cite_format(c, CITE_FRUS, CITE_TEXT);
	CHECK_STR(s, "Henry Kissinger to Richard Nixon, memorandum, Washington, December 18, 1970, Foreign Relations "
		     "of the United States, 1969–1976, Volume XXI, Chile, 1969–1973, eds. James McElveen and James "
		     "Siekmeier (Washington, DC: Government Printing Office, 2014), Document 190, "
		     "https://history.state.gov/historicaldocuments/frus1969-76v21/d190.");
	free(s);
	cite_free(c);
	edition_free(e);
}

static void test_sample(void)
{
	char *text = NULL, *cause = NULL;
	size_t len = 0;
	CHECK(file_read_all("assets/editions/frus1894Nicaragua.xml", &text, &len, &cause) == 0);
	struct edition *e = NULL;
	CHECK(text && edition_read_tei(text, len, &e, &cause) == 0);
	free(text);
	if (e == NULL)
		return;
	CHECK_STR(e->id, "frus1894Nicaragua");
	CHECK_STR(e->series, "Foreign Relations of the United States, 1894");
	CHECK_STR(e->subseries, NULL);     /* empty in the header: absent */
	CHECK_STR(e->volume, NULL);
	CHECK_INT(e->editors.n, 0);
	struct cite *c = cite_create();
	cite_add_person(&c->from, "Gresham", NULL);
	cite_add_person(&c->to, "Baker", NULL);
	c->date = xstrdup("1894-02-01");
	c->doc_n = xstrdup("2");
	edition_to_cite(e, c);
	CHECK_STR(c->volume_title, "Nicaragua (Mosquito Territory)");
	char *s = cite_format(c, CITE_CHICAGO_NOTE, CITE_MARKDOWN);
	CHECK_STR(s, "Gresham to Baker, February 1, 1894, in *Foreign Relations of the United States, 1894*, "
		     "*Nicaragua (Mosquito Territory)* (Washington: United States Government Printing Office, 1895), "
		     "doc. 2.");
	free(s);
	cite_free(c);
	edition_free(e);
}

static void test_bad(void)
{
	struct edition *e = NULL;
	char *cause = NULL;
	const char *cut = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T";
	CHECK(edition_read_tei(cut, strlen(cut), &e, &cause) == -1 && e == NULL);
	CHECK(cause && strstr(cause, "line 1") != NULL);
	free(cause);
	cause = NULL;
	const char *none = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>";
	CHECK(edition_read_tei(none, strlen(none), &e, &cause) == -1);
	CHECK_STR(cause, "no TEI header");
	free(cause);
}

int main(void)
{
	test_v21();
	test_sample();
	test_bad();
	return test_done();
}
