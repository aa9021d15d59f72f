/* test_export.c: CSL-JSON, RIS, BibLaTeX and CMIF, read back with our
 * own parsers and with the real tools: pandoc --citeproc with the
 * Chicago CSL style renders the CSL-JSON and the BibLaTeX and agrees with
 * our Chicago note on sender, recipient, date and title; bibutils'
 * ris2xml reads the RIS; xmllint validates the CMIF against the CMIF
 * schema. The tools are test dependencies (tools/deps.sh test): a
 * missing one fails here, it does not skip. */
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unicase.h>
#include <unictype.h>
#include <unistd.h>
#include <unistr.h>

#include "cite_fixture.h"
#include "dossier/export.h"
#include "test.h"

#define CSL_STYLE "/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl"
#define CMIF_SCHEMA "tests/cmif/cmi-customization.rng"

static char tmpdir[64];

static char *export(enum export_format fmt, struct cite *const *v, size_t n)
{
	struct export_opts o = { "Test letters", "A. Tester", "dossier tests", "https://example.org/cmif.xml",
				 "2024-01-02T03:04:05Z", 0 };
	char *cause = NULL;
	char *s = export_string(fmt, v, n, &o, &cause);
	if (s == NULL)
		printf("# export: %s\n", cause);
	free(cause);
	return s;
}

static char *write_tmp(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	return path;
}

/* Runs a shell command; its standard output, and its status in *status. */
static char *run(const char *cmd, int *status)
{
	FILE *p = popen(cmd, "r");
	struct buf b;
	buf_init(&b);
	char chunk[4096];
	size_t n;
	while (p && (n = fread(chunk, 1, sizeof chunk, p)) > 0)
		buf_add(&b, chunk, n);
	int st = p ? pclose(p) : -1;
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_detach(&b);
}

/* Letters and digits only, lowercase: what two renderings of a name, a
 * title or a date must share whatever their quotes, case and spacing. */
static char *fold(const char *s)
{
	struct buf b;
	buf_init(&b);
	const uint8_t *p = (const uint8_t *)(s ? s : ""), *end = p + strlen((const char *)p);
	while (p < end) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, p, (size_t)(end - p));
		if (uc_is_alpha(uc) || uc_is_digit(uc)) {
			uint8_t enc[6];
			int m = u8_uctomb(enc, uc_tolower(uc), sizeof enc);
			buf_add(&b, enc, (size_t)(m > 0 ? m : 0));
		}
		p += n > 0 ? n : 1;
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_detach(&b);
}

static int contains_folded(const char *hay, const char *needle)
{
	char *h = fold(hay), *n = fold(needle);
	int r = strstr(h, n) != NULL;
	if (!r)
		printf("#   \"%s\" is not in \"%s\"\n", needle, hay);
	free(h);
	free(n);
	return r;
}

/* ------------------------------------------------------------- csl-json */

static void test_csl(void)
{
	struct cite *v[] = { kissinger(), telegram(), pamphlet(), calendar() };
	char *s = export(EXPORT_CSL_JSON, v, 4);
	json_error_t err;
	json_t *a = json_loads(s, 0, &err);
	CHECK(json_is_array(a) && json_array_size(a) == 4);
	json_t *k = json_array_get(a, 0), *t = json_array_get(a, 1), *p = json_array_get(a, 2), *c = json_array_get(a, 3);
	CHECK_STR(json_string_value(json_object_get(k, "type")), "personal_communication");
	CHECK_STR(json_string_value(json_object_get(p, "type")), "manuscript");
	CHECK_STR(json_string_value(json_object_get(k, "id")), "frus1969-76v21#d190");
	json_t *author = json_array_get(json_object_get(k, "author"), 0);
	CHECK_STR(json_string_value(json_object_get(author, "family")), "Kissinger");
	CHECK_STR(json_string_value(json_object_get(author, "given")), "Henry");
	json_t *rec = json_array_get(json_object_get(k, "recipient"), 0);
	CHECK_STR(json_string_value(json_object_get(rec, "family")), "Nixon");
	CHECK_STR(json_string_value(json_object_get(k, "genre")), "Memorandum");
	CHECK_STR(json_string_value(json_object_get(k, "container-title")), "Foreign Relations of the United States, 1969–1976");
	CHECK_STR(json_string_value(json_object_get(k, "volume")), "21");
	CHECK_STR(json_string_value(json_object_get(k, "number")), "190");
	CHECK_STR(json_string_value(json_object_get(k, "publisher")), "Government Printing Office");
	CHECK(json_array_size(json_object_get(k, "editor")) == 2);
	json_t *dp = json_array_get(json_object_get(json_object_get(k, "issued"), "date-parts"), 0);
	CHECK(json_array_size(dp) == 3 && json_integer_value(json_array_get(dp, 2)) == 18);
	CHECK_STR(json_string_value(json_object_get(t, "archive")), "History and Public Policy Program Digital Archive");
	CHECK_STR(json_string_value(json_object_get(t, "archive_location")), "APRF, f. 45, op. 1, d. 347, ll. 65-67");
	CHECK_STR(json_string_value(json_object_get(t, "number")), "75352");
	CHECK_STR(json_string_value(json_object_get(json_array_get(json_object_get(t, "author"), 0), "family")), "Stalin");
	CHECK_STR(json_string_value(json_object_get(json_array_get(json_object_get(p, "author"), 0), "literal")), "Kim Il Sung");
	/* a range: two date-parts, and its EDTF */
	json_t *issued = json_object_get(c, "issued");
	CHECK(json_array_size(json_object_get(issued, "date-parts")) == 2);
	CHECK_STR(json_string_value(json_object_get(issued, "raw")), "1810-07-11/1810-07-18");
	CHECK(json_object_get(c, "title") == NULL); /* none, none invented */
	json_decref(a);
	free(s);
	/* an empty export is an empty array */
	s = export(EXPORT_CSL_JSON, NULL, 0);
	a = json_loads(s, 0, &err);
	CHECK(json_is_array(a) && json_array_size(a) == 0);
	json_decref(a);
	free(s);
	for (size_t i = 0; i < 4; i++)
		cite_free(v[i]);
}

/* ------------------------------------------------------------------ ris */

static void test_ris(void)
{
	struct cite *v[] = { kissinger(), pamphlet(), telegram() };
	char *s = export(EXPORT_RIS, v, 3);
	CHECK(str_has_prefix(s, "TY  - PCOMM\r\n"));
	CHECK(strstr(s, "TY  - MANSCPT\r\n") != NULL);
	CHECK(strstr(s, "AU  - Kissinger, Henry\r\n") != NULL);
	CHECK(strstr(s, "A2  - Nixon, Richard\r\n") != NULL);
	CHECK(strstr(s, "DA  - 1970/12/18/\r\n") != NULL);
	CHECK(strstr(s, "DB  - History and Public Policy Program Digital Archive\r\n") != NULL);
	CHECK(strstr(s, "AN  - APRF, f. 45, op. 1, d. 347, ll. 65-67\r\n") != NULL);
	CHECK(strstr(s, "AU  - Kim Il Sung\r\n") != NULL);
	CHECK(strstr(s, "T2  - Foreign Relations of the United States, 1969–1976\r\n") != NULL);
	CHECK(strstr(s, "M1  - 190\r\n") != NULL);
	int ers = 0;
	for (const char *p = s; (p = strstr(p, "ER  - \r\n")) != NULL; p++)
		ers++;
	CHECK_INT(ers, 3);
	free(s);
	for (size_t i = 0; i < 3; i++)
		cite_free(v[i]);
}

/* --------------------------------------------------------------- bibtex */

static void test_bibtex(void)
{
	struct cite *v[] = { kissinger(), pamphlet(), telegram(), telegram() };
	char *s = export(EXPORT_BIBTEX, v, 4);
	char *k1 = export_bibtex_key(v[0]), *k2 = export_bibtex_key(v[0]);
	CHECK_STR(k1, k2); /* stable */
	CHECK(str_has_prefix(k1, "kissinger1970-"));
	char *want = xasprintf("@letter{%s,\n", k1);
	CHECK(strstr(s, want) != NULL);
	free(want);
	free(k1);
	free(k2);
	k1 = export_bibtex_key(v[1]);
	CHECK(str_has_prefix(k1, "kim1972-"));
	want = xasprintf("@misc{%s,\n", k1);
	CHECK(strstr(s, want) != NULL);
	free(want);
	free(k1);
	/* the same document twice in a file: two keys */
	k1 = export_bibtex_key(v[2]);
	want = xasprintf("@letter{%s,\n", k1);
	char *again = xasprintf("@letter{%saa,\n", k1);
	CHECK(strstr(s, want) != NULL && strstr(s, again) != NULL);
	free(want);
	free(again);
	free(k1);
	CHECK(strstr(s, "  author = {{Kissinger}, Henry},\n") != NULL);
	CHECK(strstr(s, "  title = {{Henry Kissinger to Richard Nixon}},\n") != NULL);
	CHECK(strstr(s, "  date = {1970-12-18},\n") != NULL);
	CHECK(strstr(s, "  author = {{Kim Il Sung}},\n") != NULL);
	CHECK(strstr(s, "  type = {pamphlet},\n") != NULL);
	CHECK(strstr(s, "  title = {{Stalin to Shtykov and Zakharov}},\n") != NULL);
	free(s);
	for (size_t i = 0; i < 4; i++)
		cite_free(v[i]);
}

/* ----------------------------------------------------------------- cmif */

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

static char *prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = n ? xmlGetProp(n, (const xmlChar *)name) : NULL;
	char *s = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static void check_prop(xmlNodePtr n, const char *name, const char *want)
{
	char *got = prop(n, name);
	CHECK_STR(got, want);
	free(got);
}

static void test_cmif(void)
{
	struct cite *v[] = { calendar(), kissinger(), telegram() };
	char *s = export(EXPORT_CMIF, v, 3);
	xmlDocPtr doc = xmlReadMemory(s, (int)strlen(s), NULL, "UTF-8", XML_PARSE_NONET);
	CHECK(doc != NULL);
	xmlNodePtr tei = xmlDocGetRootElement(doc);
	CHECK(tei && strcmp((const char *)tei->name, "TEI") == 0 && tei->ns &&
	      strcmp((const char *)tei->ns->href, "http://www.tei-c.org/ns/1.0") == 0);
	xmlNodePtr header = child(tei, "teiHeader");
	xmlNodePtr profile = child(header, "profileDesc");
	xmlNodePtr cd = child(profile, "correspDesc");
	check_prop(cd, "ref", "https://www.weber-gesamtausgabe.de/A044980");
	/* the imported edition's UUID is kept */
	check_prop(cd, "source", "#f5055f00-9182-4728-8f81-a0cf016b616b");
	xmlNodePtr sent = child(cd, "correspAction");
	check_prop(sent, "type", "sent");
	check_prop(child(sent, "persName"), "ref", "http://d-nb.info/gnd/118814044");
	xmlNodePtr date = child(sent, "date");
	check_prop(date, "notBefore", "1810-07-11");
	check_prop(date, "notAfter", "1810-07-18");
	xmlNodePtr rec = sent->next;
	while (rec && rec->type != XML_ELEMENT_NODE)
		rec = rec->next;
	check_prop(rec, "type", "received");
	check_prop(child(rec, "placeName"), "ref", "http://www.geonames.org/2873891");
	/* the FRUS memorandum: @key its number, its bibl the volume */
	xmlNodePtr cd2 = cd->next;
	while (cd2 && cd2->type != XML_ELEMENT_NODE)
		cd2 = cd2->next;
	check_prop(cd2, "key", "190");
	check_prop(child(child(cd2, "correspAction"), "date"), "when", "1970-12-18");
	int bibls = 0;
	for (xmlNodePtr b = child(child(child(header, "fileDesc"), "sourceDesc"), "bibl"); b; b = b->next)
		bibls += b->type == XML_ELEMENT_NODE;
	CHECK_INT(bibls, 3);
	xmlFreeDoc(doc);
	/* the same letters, the same file */
	char *s2 = export(EXPORT_CMIF, v, 3);
	CHECK_STR(s2, s);
	free(s2);
	free(s);
	for (size_t i = 0; i < 3; i++)
		cite_free(v[i]);
}

/* ---------------------------------------------------------- hostile input */

static void test_hostile(void)
{
	struct cite *v[] = { hostile() };
	for (int fmt = 0; fmt < EXPORT_FORMAT_COUNT; fmt++) {
		char *s = export(fmt, v, 1);
		int clean = s != NULL;
		for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
			if ((*p < 0x20 && *p != '\n' && *p != '\r') || *p == 0x7f)
				clean = 0;
		CHECK(clean);
		if (fmt == EXPORT_CSL_JSON) {
			json_error_t err;
			json_t *a = json_loads(s, 0, &err);
			CHECK(json_is_array(a));
			json_decref(a);
		} else if (fmt == EXPORT_CMIF) {
			xmlDocPtr doc = xmlReadMemory(s, (int)strlen(s), NULL, "UTF-8", XML_PARSE_NONET);
			CHECK(doc != NULL);
			CHECK(strstr(s, "<evil/>") == NULL);
			xmlFreeDoc(doc);
		} else if (fmt == EXPORT_BIBTEX) {
			CHECK(strstr(s, "\\{red\\}") != NULL && strstr(s, "50\\%") != NULL &&
			      strstr(s, "\\textbackslash{}end") != NULL);
			/* braces balance: nothing a title holds closes the entry */
			int depth = 0, ok = 1;
			for (const char *p = s; *p; p++) {
				if (*p == '\\' && (p[1] == '{' || p[1] == '}'))
					p++;
				else if (*p == '{')
					depth++;
				else if (*p == '}' && --depth < 0)
					ok = 0;
			}
			CHECK(ok && depth == 0);
			CHECK(strstr(s, "url = {https://example.org/a%20b%7D%7B%5Cx}") != NULL);
		}
		free(s);
	}
	cite_free(v[0]);
}

/* ------------------------------------------------------------ real tools */

/* The notes pandoc prints for each item, "[N] ..." one a line. */
/* pandoc reads a .json bibliography as CSL-JSON, a .bib one as BibLaTeX. */
static char **pandoc_notes(const char *bib, struct cite *const *v, size_t n, char *const *keys)
{
	struct buf md;
	buf_init(&md);
	for (size_t i = 0; i < n; i++)
		buf_printf(&md, "Document %zu.[@{%s}]\n\n", i + 1, keys[i]);
	char *mdpath = write_tmp("doc.md", md.data);
	buf_free(&md);
	char *cmd = xasprintf("pandoc --citeproc --bibliography=%s --csl=%s -t plain --wrap=none %s 2>&1", bib, CSL_STYLE,
			      mdpath);
	int st;
	char *out = run(cmd, &st);
	CHECK_INT(st, 0);
	char **notes = xcalloc(n + 1, sizeof *notes);
	for (size_t i = 0; i < n; i++) {
		char *tag = xasprintf("\n[%zu] ", i + 1);
		char *p = strstr(out, tag);
		if (p) {
			p += strlen(tag);
			notes[i] = xstrndup(p, strcspn(p, "\n"));
		} else {
			notes[i] = xstrdup("");
			printf("# pandoc printed no note %zu:\n# %s\n", i + 1, out);
		}
		free(tag);
	}
	(void)v;
	free(out);
	free(cmd);
	free(mdpath);
	return notes;
}

/* pandoc's Chicago note and ours name the same sender, recipient, date
 * and title. */
static void check_agree(const struct cite *c, const char *theirs, int title_in_ours)
{
	char *ours = cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT);
	printf("# ours:   %s\n# pandoc: %s\n", ours, theirs);
	for (size_t i = 0; i < c->from.n; i++) {
		CHECK(contains_folded(ours, c->from.v[i].name));
		CHECK(contains_folded(theirs, c->from.v[i].name));
	}
	for (size_t i = 0; i < c->to.n; i++) {
		CHECK(contains_folded(ours, c->to.v[i].name));
		CHECK(contains_folded(theirs, c->to.v[i].name));
	}
	char *date = cite_date_words(c->date);
	CHECK(contains_folded(ours, date));
	CHECK(contains_folded(theirs, date));
	free(date);
	if (c->title) {
		CHECK(contains_folded(theirs, c->title));
		if (title_in_ours)
			CHECK(contains_folded(ours, c->title));
	}
	free(ours);
}

static void test_pandoc(void)
{
	struct cite *v[] = { kissinger(), telegram(), pamphlet() };
	size_t n = 3;
	int title_in_ours[] = { 0, 0, 1 }; /* a letter is cited by its correspondents */
	/* CSL-JSON */
	char *s = export(EXPORT_CSL_JSON, v, n);
	char *path = write_tmp("items.json", s);
	char *keys[3];
	for (size_t i = 0; i < n; i++)
		keys[i] = v[i]->id;
	char **notes = pandoc_notes(path, v, n, keys);
	for (size_t i = 0; i < n; i++) {
		check_agree(v[i], notes[i], title_in_ours[i]);
		free(notes[i]);
	}
	free(notes);
	free(path);
	free(s);
	/* BibLaTeX */
	s = export(EXPORT_BIBTEX, v, n);
	path = write_tmp("items.bib", s);
	for (size_t i = 0; i < n; i++)
		keys[i] = export_bibtex_key(v[i]);
	notes = pandoc_notes(path, v, n, keys);
	for (size_t i = 0; i < n; i++) {
		check_agree(v[i], notes[i], title_in_ours[i]);
		free(notes[i]);
		free(keys[i]);
	}
	free(notes);
	free(path);
	free(s);
	for (size_t i = 0; i < n; i++)
		cite_free(v[i]);
}

static void test_ris2xml(void)
{
	struct cite *v[] = { kissinger(), telegram(), pamphlet() };
	char *s = export(EXPORT_RIS, v, 3);
	char *path = write_tmp("items.ris", s);
	char *cmd = xasprintf("ris2xml %s 2>%s/ris.err", path, tmpdir);
	int st;
	char *mods = run(cmd, &st);
	CHECK_INT(st, 0);
	xmlDocPtr doc = xmlReadMemory(mods, (int)strlen(mods), NULL, "UTF-8", XML_PARSE_NONET);
	CHECK(doc != NULL);
	int records = 0;
	for (xmlNodePtr m = doc ? xmlDocGetRootElement(doc)->children : NULL; m; m = m->next)
		records += m->type == XML_ELEMENT_NODE && strcmp((const char *)m->name, "mods") == 0;
	CHECK_INT(records, 3);
	/* names, title, date and archive came through */
	CHECK(strstr(mods, "<namePart type=\"family\">Kissinger</namePart>") != NULL);
	CHECK(strstr(mods, "<namePart type=\"family\">Nixon</namePart>") != NULL);
	CHECK(strstr(mods, "<title>190. Memorandum From the President&apos;s Assistant") != NULL);
	CHECK(strstr(mods, "<dateIssued>1970-12-18</dateIssued>") != NULL);
	/* A2 is the recipient: MARC's addressee */
	CHECK(strstr(mods, "<namePart>Shtykov</namePart>\n        <role>\n            <roleTerm "
			   "authority=\"marcrelator\" type=\"text\">addressee</roleTerm>") != NULL);
	xmlFreeDoc(doc);
	free(mods);
	free(cmd);
	free(path);
	free(s);
	for (size_t i = 0; i < 3; i++)
		cite_free(v[i]);
}

static void check_valid_cmif(const char *name, struct cite *const *v, size_t n)
{
	char *s = export(EXPORT_CMIF, v, n);
	char *path = write_tmp(name, s);
	char *cmd = xasprintf("xmllint --noout --relaxng %s %s 2>&1", CMIF_SCHEMA, path);
	int st;
	char *out = run(cmd, &st);
	CHECK_INT(st, 0);
	if (st != 0)
		printf("# %s", out);
	free(out);
	free(cmd);
	free(path);
	free(s);
}

static void test_xmllint(void)
{
	struct cite *v[] = { kissinger(), telegram(), pamphlet(), calendar(), hostile() };
	check_valid_cmif("letters.xml", v, 5);
	check_valid_cmif("none.xml", v, 0);
	/* and the schema is strict: a correspAction of another type fails */
	char *s = export(EXPORT_CMIF, v, 1);
	char *bad = xstrdup(s);
	char *p = strstr(bad, "type=\"sent\"");
	if (p)
		memcpy(p, "type=\"sant\"", 11);
	char *path = write_tmp("bad.xml", bad);
	char *cmd = xasprintf("xmllint --noout --relaxng %s %s 2>/dev/null", CMIF_SCHEMA, path);
	int st;
	char *out = run(cmd, &st);
	CHECK(st != 0);
	free(out);
	free(cmd);
	free(path);
	free(bad);
	free(s);
	for (size_t i = 0; i < 5; i++)
		cite_free(v[i]);
}

int main(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/dossier-export-XXXXXX");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_csl();
	test_ris();
	test_bibtex();
	test_cmif();
	test_hostile();
	test_pandoc();
	test_ris2xml();
	test_xmllint();
	char *rm = xasprintf("rm -rf %s", tmpdir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(rm);
	return test_done();
}
