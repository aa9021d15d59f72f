/* test_import_cmif.c: CMIF files: recognised apart from TEI editions,
 * read whole (the real Thun-Hohenstein file, the format's examples),
 * turned into calendar entries and citations with their authority ids,
 * written back as CMIF that validates; bad input (malformed, hostile,
 * no letters, unknown elements) is a clear message and nothing emitted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "dossier/export.h"
#include "dossier/import_cmif.h"
#include "test.h"

#define DIR "tests/cmif/"

static char *slurp(const char *path, size_t *len)
{
	char *data = NULL, *cause = NULL;
	if (file_read_all(path, &data, len, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
		*len = 0;
		return xstrdup("");
	}
	return data;
}

static struct cmif_file *read_str(const char *text, char **cause)
{
	struct cmif_file *f = NULL;
	*cause = NULL;
	if (import_cmif_read(text, strlen(text), &f, cause) != 0)
		return NULL;
	return f;
}

#define HEAD                                                                                                      \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>" \
	"<fileDesc><titleStmt><title>T</title><editor/></titleStmt><publicationStmt><publisher>P</publisher>"  \
	"<idno type=\"url\">https://example.org/c.xml</idno></publicationStmt><sourceDesc><bibl type=\"print\" " \
	"xml:id=\"e21a8353-5089-441f-a5b2-acd347f1f2aa\">An Edition. Basel 2001.</bibl></sourceDesc></fileDesc>\n" \
	"<profileDesc>\n"
#define TAIL "</profileDesc></teiHeader><text><body><p/></body></text></TEI>\n"
#define LETTER(body) "<correspDesc key=\"7\" source=\"#e21a8353-5089-441f-a5b2-acd347f1f2aa\">" body "</correspDesc>\n"
#define SENT "<correspAction type=\"sent\"><persName>A</persName></correspAction>"

static void test_accepts(void)
{
	size_t len;
	char *s = slurp(DIR "thun-hohenstein-cmif.xml", &len);
	CHECK(import_cmif_accepts("x.xml", s, len));
	free(s);
	s = slurp(DIR "example01_basic.xml", &len);
	CHECK(import_cmif_accepts("x.xml", s, len));
	free(s);
	s = slurp("assets/editions/frus1894Nicaragua.xml", &len);
	CHECK(len > 0 && !import_cmif_accepts("x.xml", s, len));
	free(s);
	/* a TEI edition of one letter: its correspDesc and its text */
	CHECK(!import_cmif_accepts("l.xml",
				   "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><profileDesc><correspDesc>"
				   "<correspAction type=\"sent\"><persName>A</persName></correspAction></correspDesc>"
				   "</profileDesc></teiHeader><text><body><p>Dear B,</p></body></text></TEI>",
				   216));
	/* no letters yet, but CMIF's header: recognised, so it is told so */
	const char *none = HEAD TAIL;
	CHECK(import_cmif_accepts("n.xml", none, strlen(none)));
	/* another namespace, or no XML */
	const char *other = "<TEI xmlns=\"urn:other\"><correspDesc source=\"#a\"/></TEI>";
	CHECK(!import_cmif_accepts("o.xml", other, strlen(other)));
	CHECK(!import_cmif_accepts("t.txt", "To Comrade Stalin", 17));
}

static void test_thun(void)
{
	size_t len;
	char *s = slurp(DIR "thun-hohenstein-cmif.xml", &len);
	struct cmif_file *f = NULL;
	char *cause = NULL;
	CHECK(import_cmif_read(s, len, &f, &cause) == 0);
	if (f == NULL) {
		printf("# %s\n", cause);
		free(cause);
		free(s);
		return;
	}
	CHECK_INT(f->nletters, 413);
	CHECK_INT(f->warnings.n, 0);
	CHECK(f->title && strstr(f->title, "Thun-Hohenstein") != NULL);
	CHECK_STR(f->url, "https://thun-korrespondenz.acdh.oeaw.ac.at/cmif.xml");
	const struct cmif_letter *l = &f->letters[1];
	CHECK_STR(l->url, "https://thun-korrespondenz.acdh.oeaw.ac.at/thun-an-bach-1853-01-11-ca939.html");
	CHECK_STR(l->sent.persons[0].name, "Leo (Leopold) Thun-Hohenstein");
	CHECK_STR(l->sent.persons[0].ref, "https://d-nb.info/gnd/118757393");
	CHECK_STR(l->sent.place, "Wien");
	CHECK_STR(l->sent.place_ref, "https://www.geonames.org/2761369");
	CHECK_STR(l->sent.date, "1853-01-11");
	CHECK_STR(l->sent.date_text, "11. Januar 1853");
	CHECK_STR(l->received.persons[0].name, "Alexander Bach");
	CHECK_STR(l->source, "dd8c20cc-31b0-11ed-baad-f50cc1e65a15");
	CHECK(l->edition && str_has_prefix(l->edition, "Die Korrespondenz von Leo von Thun-Hohenstein"));
	CHECK(l->online);
	/* the first letter has no date: none is invented */
	CHECK_STR(f->letters[0].sent.date, NULL);
	size_t dated = 0, gnd = 0;
	for (size_t i = 0; i < f->nletters; i++) {
		dated += f->letters[i].sent.date != NULL;
		for (size_t p = 0; p < f->letters[i].received.npersons; p++)
			gnd += f->letters[i].received.persons[p].ref != NULL;
	}
	CHECK(dated > 350 && dated < 413);
	CHECK(gnd > 400);

	/* as a calendar entry */
	struct doc *d = import_cmif_doc(l);
	CHECK_STR(d->kind, "letter");
	CHECK_STR(d->date, "1853-01-11");
	CHECK_STR(d->date_text, "11. Januar 1853");
	CHECK_STR(d->from.v[0], "Leo (Leopold) Thun-Hohenstein");
	CHECK_STR(d->to.v[0], "Alexander Bach");
	CHECK_STR(d->place, "Wien");
	CHECK_STR(d->url, l->url);
	CHECK_STR(d->title, NULL);
	CHECK(d->body && d->body_len == 0);
	doc_free(d);

	/* cited: the persons' authority ids come along; written back as CMIF
	 * that validates against the schema, and read again the same */
	struct cite **v = xcalloc(f->nletters, sizeof *v);
	for (size_t i = 0; i < f->nletters; i++)
		v[i] = import_cmif_cite(&f->letters[i]);
	CHECK_STR(v[1]->from.v[0].ref, "https://d-nb.info/gnd/118757393");
	char *c = cite_format(v[1], CITE_CHICAGO_NOTE, CITE_TEXT);
	CHECK_STR(c, "Leo (Leopold) Thun-Hohenstein to Alexander Bach, letter, Wien, January 11, 1853, in Die "
		     "Korrespondenz von Leo von Thun-Hohenstein https://thun-korrespondenz.acdh.oeaw.ac.at, "
		     "https://thun-korrespondenz.acdh.oeaw.ac.at/thun-an-bach-1853-01-11-ca939.html.");
	free(c);
	struct export_opts o = { "Thun again", NULL, NULL, NULL, "2024-01-01T00:00:00Z", 0 };
	char *xml = export_string(EXPORT_CMIF, v, f->nletters, &o, &cause);
	CHECK(xml != NULL);
	FILE *out = fopen("/tmp/dossier-thun-again.xml", "w");
	if (out && xml) {
		fputs(xml, out);
		fclose(out);
	}
	int st = system("xmllint --noout --relaxng " DIR "cmi-customization.rng /tmp/dossier-thun-again.xml 2>/dev/null");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	remove("/tmp/dossier-thun-again.xml");
	struct cmif_file *g = NULL;
	CHECK(xml && import_cmif_read(xml, strlen(xml), &g, &cause) == 0);
	if (g) {
		CHECK_INT(g->nletters, 413);
		int same = 1;
		for (size_t i = 0; i < g->nletters && i < f->nletters; i++) {
			const struct cmif_letter *a = &f->letters[i], *b = &g->letters[i];
			same &= (a->url == NULL) == (b->url == NULL) && (!a->url || strcmp(a->url, b->url) == 0);
			same &= (a->sent.date == NULL) == (b->sent.date == NULL) &&
				(!a->sent.date || strcmp(a->sent.date, b->sent.date) == 0);
			same &= a->sent.npersons == b->sent.npersons && a->received.npersons == b->received.npersons;
			for (size_t p = 0; same && p < a->sent.npersons; p++)
				same &= strcmp(a->sent.persons[p].name, b->sent.persons[p].name) == 0 &&
					(a->sent.persons[p].ref == NULL) == (b->sent.persons[p].ref == NULL);
			same &= (a->source == NULL) == (b->source == NULL) && (!a->source || strcmp(a->source, b->source) == 0);
		}
		CHECK(same);
		import_cmif_free(g);
	}
	free(xml);
	for (size_t i = 0; i < f->nletters; i++)
		cite_free(v[i]);
	free(v);
	import_cmif_free(f);
	free(s);
}

static void test_examples(void)
{
	size_t len;
	char *s = slurp(DIR "example01_basic.xml", &len), *cause = NULL;
	struct cmif_file *f = NULL;
	CHECK(import_cmif_read(s, len, &f, &cause) == 0);
	free(s);
	if (f == NULL)
		return;
	CHECK_INT(f->nletters, 3);
	/* notBefore and notAfter: a range; the entry's date is what both share */
	CHECK_STR(f->letters[0].sent.date, "1810-07-11/1810-07-18");
	CHECK_STR(f->letters[0].received.place, "Mannheim");
	CHECK_STR(f->letters[0].received.place_ref, "http://www.geonames.org/2873891");
	struct doc *d = import_cmif_doc(&f->letters[0]);
	CHECK_STR(d->date, "1810-07");
	CHECK_STR(d->date_text, "July 11–18, 1810");
	doc_free(d);
	/* a person with no authority id */
	CHECK_STR(f->letters[2].received.persons[0].name, "Pastenaci, E.");
	CHECK_STR(f->letters[2].received.persons[0].ref, NULL);
	import_cmif_free(f);

	s = slurp(DIR "example02_cmi-with-printed-edition.xml", &len);
	CHECK(import_cmif_read(s, len, &f, &cause) == 0);
	free(s);
	if (f == NULL)
		return;
	const struct cmif_letter *l = &f->letters[0];
	CHECK_STR(l->key, "631");
	CHECK(!l->online && l->edition && str_has_prefix(l->edition, "Samuel Thomas Soemmerring. Briefwechsel"));
	CHECK_STR(l->received.persons[0].ref, "http://viaf.org/viaf/59894734/");
	d = import_cmif_doc(l);
	CHECK_STR(d->doc_n, "631");
	CHECK_STR(d->volume_id, "e21a8353-5089-441f-a5b2-acd347f1f2aa");
	doc_free(d);
	struct cite *c = import_cmif_cite(l);
	CHECK_STR(c->id, "e21a8353-5089-441f-a5b2-acd347f1f2aa#631");
	cite_free(c);
	import_cmif_free(f);
}

static void test_dates(void)
{
	char *cause;
	struct cmif_file *f = read_str(
		HEAD LETTER("<correspAction type=\"sent\"><persName>A</persName><date notAfter=\"1850-03\"/></correspAction>")
		LETTER("<correspAction type=\"sent\"><persName>A</persName><date from=\"1850\" cert=\"low\"/></correspAction>")
		LETTER("<correspAction type=\"sent\"><persName>A</persName><date when=\"1850-02-30T10:00:00\"/></correspAction>")
		LETTER("<correspAction type=\"sent\"><persName>A</persName><date when=\"March 1850\">March 1850</date></correspAction>")
		TAIL, &cause);
	CHECK(f != NULL);
	if (f == NULL)
		return;
	CHECK_STR(f->letters[0].sent.date, "../1850-03");
	CHECK_STR(f->letters[1].sent.date, "1850?/..");
	CHECK_STR(f->letters[2].sent.date, "1850-02-30");
	/* a date that is none: left out, kept as printed, and said */
	CHECK_STR(f->letters[3].sent.date, NULL);
	CHECK_STR(f->letters[3].sent.date_text, "March 1850");
	CHECK_INT(f->warnings.n, 1);
	CHECK(f->warnings.n && strstr(f->warnings.v[0], "date when=\"March 1850\" is not YYYY") != NULL);
	import_cmif_free(f);
}

static void check_fails(const char *what, const char *text, const char *want)
{
	char *cause = NULL;
	struct cmif_file *f = read_str(text, &cause);
	CHECK(f == NULL);
	int ok = cause && strstr(cause, want) != NULL;
	printf("# %s: %s\n", what, cause ? cause : "(no message)");
	CHECK(ok);
	free(cause);
	import_cmif_free(f);
}

static int emits;
static int count_emit(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	(void)d, (void)key, (void)hash, (void)arg, (void)cause;
	emits++;
	return 0;
}

static void test_bad(void)
{
	check_fails("no letters", HEAD TAIL, "no letters: the file has no correspDesc");
	check_fails("no actions", HEAD LETTER("<note>lost</note>") TAIL, "no letters: no correspDesc has a correspAction");
	check_fails("malformed", HEAD LETTER(SENT) "<correspDesc>" TAIL, "line ");
	check_fails("not XML", "\x01\x02 nothing", "line 1");
	check_fails("external entity",
		    "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
		    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><profileDesc>"
		    "<correspDesc source=\"#a\"><correspAction type=\"sent\"><persName>&x;</persName>"
		    "</correspAction></correspDesc></profileDesc></teiHeader></TEI>",
		    "declares entities");
	check_fails("billion laughs",
		    "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
		    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
		    "declares entities");
	check_fails("an undeclared entity", HEAD LETTER("<correspAction type=\"sent\"><persName>&nbsp;</persName></correspAction>") TAIL,
		    "line ");
	/* nothing is emitted from a file that fails late */
	emits = 0;
	const char *late = HEAD LETTER(SENT) LETTER(SENT) "<correspDesc source=\"#x\"><oops></correspDesc>" TAIL;
	char *cause = NULL;
	CHECK(import_cmif_parse("late.xml", late, strlen(late), count_emit, NULL, NULL, &cause) == -1);
	CHECK_INT(emits, 0);
	free(cause);
	/* and everything from a good one */
	const char *good = HEAD LETTER(SENT) LETTER(SENT) TAIL;
	CHECK(import_cmif_parse("good.xml", good, strlen(good), count_emit, NULL, NULL, &cause) == 0);
	CHECK_INT(emits, 2);
}

static void test_unknown(void)
{
	char *cause;
	struct cmif_file *f = read_str(
		HEAD LETTER("<correspAction type=\"sent\"><persName ref=\"https://d-nb.info/gnd/1\">A</persName>"
			    "<address>Wien</address><note>n</note></correspAction>"
			    "<correspAction type=\"received\"><persName>Unknown</persName><foo:bar xmlns:foo=\"urn:f\"/>"
			    "</correspAction><correspAction type=\"forwarded\"><persName>C</persName></correspAction>"
			    "<listBibl/>")
		LETTER("<correspAction type=\"sent\"><persName>\xc2\x85" "B\xc2\x9b</persName><address/></correspAction>")
		TAIL, &cause);
	CHECK(f != NULL);
	if (f == NULL)
		return;
	CHECK_INT(f->nletters, 2);
	/* the letter is read; what CMIF does not know is named, with its line */
	CHECK_STR(f->letters[0].sent.persons[0].ref, "https://d-nb.info/gnd/1");
	CHECK_INT(f->letters[0].received.npersons, 0); /* "Unknown" is nobody */
	CHECK_INT(f->warnings.n, 4);
	struct buf all;
	buf_init(&all);
	for (size_t i = 0; i < f->warnings.n; i++) {
		printf("# %s\n", f->warnings.v[i]);
		buf_printf(&all, "%s\n", f->warnings.v[i]);
	}
	CHECK(strstr(all.data, "line 4: <address> in correspAction is not CMIF: skipped (2 times)") != NULL);
	CHECK(strstr(all.data, "<foo:bar> in correspAction is not CMIF") != NULL);
	CHECK(strstr(all.data, "correspAction type=\"forwarded\"") != NULL);
	CHECK(strstr(all.data, "<listBibl> in correspDesc is not CMIF") != NULL);
	buf_free(&all);
	/* C1 controls (legal in XML 1.0) never reach a name */
	CHECK_STR(f->letters[1].sent.persons[0].name, "B");
	import_cmif_free(f);
}

int main(void)
{
	test_accepts();
	test_thun();
	test_examples();
	test_dates();
	test_bad();
	test_unknown();
	return test_done();
}
