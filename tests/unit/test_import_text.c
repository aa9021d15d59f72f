/* test_import_text.c: the plain-text and Markdown importer, on the five
 * sample documents (read from assets/sample/, run from the tree's top)
 * and on small inputs made for each rule, good and bad. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/doc.h"
#include "dossier/import_text.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "test.h"

/* Reads a sample, normalises it as the importer's caller does, parses it. */
static struct doc *parse_file(const char *path)
{
	char *raw, *cause;
	size_t len, n;
	struct text_report rep;
	if (file_read_all(path, &raw, &len, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
		return NULL;
	}
	char *t = text_normalise(raw, len, &n, &rep);
	struct doc *d = import_text_parse(t, n, path);
	free(t);
	free(raw);
	return d;
}

static struct doc *parse_str(const char *s)
{
	size_t n;
	struct text_report rep;
	char *t = text_normalise(s, strlen(s), &n, &rep);
	struct doc *d = import_text_parse(t, n, NULL);
	free(t);
	return d;
}

/* The first note of this kind and text, or NULL. */
static const struct doc_note *note_find(const struct doc *d, enum note_kind kind, const char *text)
{
	for (size_t i = 0; i < d->nnotes; i++)
		if (d->notes[i].kind == kind && strcmp(d->notes[i].text, text) == 0)
			return &d->notes[i];
	return NULL;
}

/* The note whose text is this, whatever its kind. */
static const struct doc_note *note_text(const struct doc *d, const char *text)
{
	for (size_t i = 0; i < d->nnotes; i++)
		if (strcmp(d->notes[i].text, text) == 0)
			return &d->notes[i];
	return NULL;
}

static size_t notes_of(const struct doc *d, enum note_kind kind)
{
	size_t n = 0;
	for (size_t i = 0; i < d->nnotes; i++)
		n += d->notes[i].kind == kind;
	return n;
}

static const char *alias_of(const struct doc *d, const char *name)
{
	for (size_t i = 0; i < d->naliases; i++)
		if (strcmp(d->aliases[i].name, name) == 0)
			return d->aliases[i].canonical;
	return NULL;
}

static int contains(const char *s, const char *sub)
{
	return s != NULL && strstr(s, sub) != NULL;
}

static int starts(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The list as "a|b|c", for one comparison. */
static char *joined(const struct strv *v)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			buf_addc(&b, '|');
		buf_adds(&b, v->v[i]);
	}
	return buf_detach(&b);
}

static void check_list(const struct strv *v, const char *want, int line)
{
	char *got = joined(v);
	test_check_str_(got, want, "parties", __FILE__, line);
	free(got);
}
#define CHECK_LIST(v, want) check_list((v), (want), __LINE__)

/* What holds for every document: a body that is a C string of body_len
 * bytes, no run of blank lines, no white space at either end, no line
 * with trailing blanks, and notes whose spans are brackets of the body
 * (text the bracket's inside, except footnotes, whose text is their
 * definition). Returns 1 if all hold. */
static int doc_sane(const struct doc *d)
{
	if (d == NULL || d->body == NULL || strlen(d->body) != d->body_len)
		return 0;
	const char *b = d->body;
	size_t n = d->body_len;
	if (strstr(b, "\n\n\n") != NULL || strstr(b, " \n") != NULL || strstr(b, "\t\n") != NULL)
		return 0;
	if (n > 0 && (b[0] == ' ' || b[0] == '\n' || b[n - 1] == ' ' || b[n - 1] == '\n'))
		return 0;
	for (size_t i = 0; i < d->nnotes; i++) {
		const struct doc_note *x = &d->notes[i];
		if (x->start >= x->end || x->end > n || b[x->start] != '[' || b[x->end - 1] != ']')
			return 0;
		if ((unsigned)x->kind >= NOTE_KIND_COUNT || x->text == NULL)
			return 0;
		if (x->kind != NOTE_FOOTNOTE &&
		    (strlen(x->text) != x->end - x->start - 2 ||
		     memcmp(x->text, b + x->start + 1, x->end - x->start - 2) != 0))
			return 0;
	}
	return 1;
}

/* ---- the five samples ---- */

static void test_seed_003(void)
{
	struct doc *d = parse_file("assets/sample/003_d64e5ba7c195adc0.txt");
	if (!CHECK(d != NULL))
		return;
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "Ciphered Telegram No. 75352, Feng Xi [Stalin] to Shtraus [Shtykov] and Mayveyev [Zakharov]");
	CHECK_STR(d->date, "1950-10-01");
	CHECK_STR(d->date_text, "October 1, 1950");
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->number, "75352");
	CHECK_LIST(&d->from, "Stalin");
	CHECK_LIST(&d->to, "Shtykov|Zakharov");
	CHECK_STR(d->language, "Russian");
	CHECK_STR(d->translator, "Vladislav Zubok");
	CHECK(starts(d->summary, "Stalin cables his chief political"));
	CHECK(contains(d->source, "Archive of the President of the Russian Federation (APRF)"));
	CHECK(!contains(d->source, "Translated by"));
	CHECK(!contains(d->source, "Wilson Center"));
	CHECK_STR(d->url, "https://digitalarchive.umd.edu/document/117312");
	CHECK(starts(d->body, "[...]\n\nTo be returned after 6 days\nTop Secret"));
	CHECK(!contains(d->body, "**"));
	CHECK(!contains(d->body, "Citation:"));
	CHECK(!contains(d->body, "Leon Levy"));
	CHECK(!contains(d->body, "Translation - English"));
	CHECK(!contains(d->body, "Stalin cables"));
	CHECK(contains(d->body, "Voted FOR:\nCde. Beria\nBulganin"));
	CHECK(note_find(d, NOTE_ALIAS, "Stalin") != NULL);
	CHECK(note_find(d, NOTE_ALIAS, "STALIN") != NULL);
	CHECK(note_find(d, NOTE_ALIAS, "pseudonym for Soviet Amb. Shtykov") != NULL);
	CHECK(note_find(d, NOTE_ALIAS, "pseudonym for M.V. Zakharov, Stalin's personal military envoy") != NULL);
	CHECK(note_find(d, NOTE_UNCERTAIN, "agreed upon?") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL, "Handwritten across the document") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "kommunikatsii") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "perestroiki") != NULL);
	CHECK(note_find(d, NOTE_ELISION, "...") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "authorities") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "to North Korea") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "am") != NULL);
	CHECK(note_find(d, NOTE_TRANSLIT, "Pak Hon Yong") != NULL);
	CHECK_STR(alias_of(d, "Feng Xi"), "Stalin");
	CHECK_STR(alias_of(d, "Shtraus"), "Shtykov");
	CHECK_STR(alias_of(d, "Mayveyev"), "Zakharov");
	CHECK_STR(alias_of(d, "Pak Hon Yong"), "Pak Heon-yeong");
	CHECK(alias_of(d, "I") == NULL);
	doc_free(d);
}

static void test_seed_002(void)
{
	struct doc *d = parse_file("assets/sample/002_856403addf2b6c02.txt");
	if (!CHECK(d != NULL))
		return;
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtytkov)");
	CHECK_STR(d->kind, "letter");
	CHECK_STR(d->date, "1950-10-08");
	CHECK_STR(d->date_text, "October 8, 1950");
	CHECK_LIST(&d->from, "Stalin");
	CHECK_LIST(&d->to, "Kim Il Sung");
	CHECK_STR(d->source, "Archive of the President, Russian Federation (APRF), f. 45, op. 1, d. 347, listy 65-67.");
	CHECK(starts(d->summary, "Stalin sends Kim a copy of his October 1950 letter"));
	CHECK(starts(d->body, "Comrade Kim Il Sung!\n\nMy reply"));
	CHECK(!contains(d->body, "Skip to content"));
	CHECK(!contains(d->body, "History and Public Policy Program"));
	CHECK(!contains(d->body, "Record ID"));
	CHECK(!contains(d->body, "Document Information"));
	CHECK(!contains(d->body, "Original Uploaded Date"));
	CHECK(!contains(d->body, "Stalin sends Kim"));
	CHECK(!contains(d->body, "Letter from Feng Xi"));
	CHECK(!contains(d->body, "October 8, 1950"));
	CHECK(note_text(d, "email\xc2\xa0protected") == NULL);
	CHECK(note_find(d, NOTE_SIC, "sic- October") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "nedovol'stvo") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "k bol'shoi voine") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL,
			"Handwritten: This letter was delivered to Comrade Bulganin on October 7, 1950 at 22:15 pm.") != NULL);
	/* Jiang Jieshi and Chiang Kai-shek share the family name's sound */
	CHECK(note_find(d, NOTE_TRANSLIT, "Chiang Kai-shek") != NULL);
	CHECK_STR(alias_of(d, "Chiang Kai-shek"), "Jiang Jieshi");
	CHECK(note_find(d, NOTE_SUPPLIED, "the possibility") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "considerations of") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "letter") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "he said") != NULL);
	CHECK_STR(alias_of(d, "Feng Xi"), "Stalin");
	doc_free(d);
}

static void test_seed_001(void)
{
	struct doc *d = parse_file("assets/sample/001_cb9d3477502a48b6.txt");
	if (!CHECK(d != NULL))
		return;
	CHECK(doc_sane(d));
	CHECK_STR(d->date, "1951-06-14");
	CHECK_STR(d->date_text, "14 June 1951");
	CHECK_STR(d->kind, "letter");
	CHECK_LIST(&d->from, "Gao Gang|Kim Il Sung");
	CHECK_LIST(&d->to, "Stalin");
	CHECK_STR(d->title, "Letter from Gao Gang and Kim Il Sung to Stalin");
	CHECK(contains(d->body, "Mao Zedong"));
	CHECK(contains(d->body, "13.6.51"));
	CHECK(starts(d->body, "To Comrade Stalin, I.V.\n\nWe have received"));
	CHECK(note_find(d, NOTE_PHYSICAL, "attached handwritten letter") != NULL);
	CHECK(note_find(d, NOTE_ALIAS, "Stalin") != NULL);
	CHECK_STR(alias_of(d, "Filippov"), "Stalin");
	CHECK(note_find(d, NOTE_SUPPLIED, "State Department official envoy George F.") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "to serve") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "should not") != NULL);
	CHECK(d->summary == NULL);
	doc_free(d);
}

static void test_seed_004(void)
{
	struct doc *d = parse_file("assets/sample/004_51aad63ed3bf43a3.txt");
	if (!CHECK(d != NULL))
		return;
	CHECK(doc_sane(d));
	CHECK(d->date == NULL);
	CHECK(d->date_text == NULL);
	CHECK_STR(d->kind, "pamphlet");
	CHECK_LIST(&d->from, "Kim Il Sung");
	CHECK_STR(d->title, "Korea Must Be Reunified: A Call for Friendship between the Peoples of the "
			    "United States and the Democratic Peoples Republic of Korea");
	CHECK(contains(d->body, "desirous of national reunification"));
	CHECK(contains(d->body, "our own raw materials and technology"));
	CHECK(contains(d->body, "The U.S. government mouths"));
	CHECK(contains(d->body, "by the Korean people themselves without any foreign interference"));
	CHECK(!contains(d->body, "na-\n"));
	/* no line ends in letter + "-" before a blank line */
	int broken = 0;
	for (const char *p = d->body; (p = strstr(p, "-\n\n")) != NULL; p++)
		broken |= p > d->body && p[-1] >= 'a' && p[-1] <= 'z';
	CHECK(!broken);
	/* hyphens within a line stay */
	CHECK(contains(d->body, "nation-splitting"));
	CHECK(contains(d->body, "Statement was- announced"));
	CHECK(contains(d->body, "The Executive Board of AKFIC; Korea Focus Editorial Board"));
	CHECK_INT(notes_of(d, NOTE_SIC), 2);
	CHECK(starts(d->summary, "Kim Il Sung praises the work of AKFIC"));
	/* "[in the United States]" is in the summary, which is not body:
	 * it is no note (a note's span is in the body) */
	CHECK(contains(d->summary, "[in the United States]"));
	CHECK(note_text(d, "in the United States") == NULL);
	CHECK_STR(d->source, "Mississippi State University Mitchell Memorial Library, DS917 .K56 1972. "
			     "Obtained by Brandon Gauthier.");
	CHECK(!contains(d->body, "Skip to content"));
	CHECK(!contains(d->body, "Korea Must Be Reunified"));
	CHECK(!contains(d->body, "by Kim Il Sung"));
	CHECK(!contains(d->body, "Kim Il Sung praises"));
	CHECK(!contains(d->body, "Document Information"));
	CHECK(contains(d->body, "July 4, 1972"));
	doc_free(d);
}

static void test_seed_000(void)
{
	struct doc *d = parse_file("assets/sample/000_16f88f4a263c234e.txt");
	if (!CHECK(d != NULL))
		return;
	CHECK(doc_sane(d));
	CHECK(d->date == NULL);
	CHECK_STR(d->title, "I report about the frame of mind expressed by Kim Il Sung during a luncheon at\xe2\x80\xa6");
	CHECK(text_width(d->title, strlen(d->title)) <= 80);
	CHECK(starts(d->summary, "Shtykov reports a meeting with Kim Il Sung"));
	CHECK(!contains(d->body, "Shtykov reports"));
	CHECK(!contains(d->body, "\xc2\xa0"));
	CHECK_LIST(&d->from, "Shtykov");
	CHECK(note_find(d, NOTE_TRANSLIT, "Pak Hon Yong") != NULL);
	CHECK(note_find(d, NOTE_TRANSLIT, "Kim Tu Phong") != NULL);
	CHECK(note_find(d, NOTE_TRANSLIT, "Pak Jung Jo") != NULL);
	CHECK(note_find(d, NOTE_TRANSLIT, "Ri Ju Yon") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "of Korea from Japanese rule") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "Kim Il Sung") != NULL);
	CHECK(note_find(d, NOTE_ELISION, "...") != NULL);
	CHECK_STR(alias_of(d, "Kim Tu Phong"), "Kim Du-bong");
	CHECK_STR(alias_of(d, "Ri Ju Yon"), "Ri Ju-yeon");
	CHECK(starts(d->body, "[...]\n\nStrictly secret.\n\nI report"));
	CHECK(contains(d->body, "nurturing his idea about an attack."));
	doc_free(d);
}

/* ---- layouts ---- */

static void test_markdown_telegram(void)
{
	struct doc *d = parse_str(
		"**June 5, 1950**\n\n"
		"**Telegram No. 1234, Roshchin to Zhou Enlai**\n\n"
		"**Citation:**\n\n"
		"\"Telegram No. 1234, Roshchin to Zhou Enlai\", June 5, 1950, Wilson Center Digital Archive, "
		"AVPRF, f. 059a, op. 5, d. 3. Translated by Gary M. Goldberg. "
		"<https://digitalarchive.wilsoncenter.org/document/1234>\n\n"
		"**Summary:**\n\nRoshchin informs Zhou Enlai of the Soviet position on the talks.\n\n"
		"**Original Language:**\n\nRussian\n\n"
		"**Contents:**\n\nTranslation - English\n\n"
		"Text with **bold** words  \nand a hard break [sic].\n\n\n\nEnd \\[escaped\\].\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->date, "1950-06-05");
	CHECK_STR(d->date_text, "June 5, 1950");
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->number, "1234");
	CHECK_LIST(&d->from, "Roshchin");
	CHECK_LIST(&d->to, "Zhou Enlai");
	CHECK_STR(d->source, "AVPRF, f. 059a, op. 5, d. 3.");
	CHECK_STR(d->translator, "Gary M. Goldberg");
	CHECK_STR(d->url, "https://digitalarchive.wilsoncenter.org/document/1234");
	CHECK_STR(d->language, "Russian");
	CHECK_STR(d->summary, "Roshchin informs Zhou Enlai of the Soviet position on the talks.");
	CHECK_STR(d->body, "Text with bold words\nand a hard break [sic].\n\nEnd [escaped].");
	CHECK(note_find(d, NOTE_SIC, "sic") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "escaped") != NULL);
	doc_free(d);

	/* the title from the citation when there is no bold title; the
	 * number after "#" */
	d = parse_str("**Citation:**\n\n\"Cable # 600428/sh, Chinese Embassy in Pyongyang to the Foreign "
		      "Ministry\", March 1953, Wilson Center Digital Archive, PRC FMA 106-00012-01.\n\nBody.\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "Cable # 600428/sh, Chinese Embassy in Pyongyang to the Foreign Ministry");
	CHECK_STR(d->number, "600428/sh");
	CHECK_STR(d->kind, "cable");
	CHECK_STR(d->date, "1953-03");
	CHECK_STR(d->date_text, "March 1953");
	CHECK_LIST(&d->from, "Chinese Embassy in Pyongyang");
	CHECK_LIST(&d->to, "the Foreign Ministry");
	CHECK_STR(d->source, "PRC FMA 106-00012-01.");
	CHECK_STR(d->body, "Body.");
	doc_free(d);
}

static void test_web_export(void)
{
	struct doc *d = parse_str(
		"Skip to content\n\n"
		"March 5, 1953\n\n"
		"Record of Conversation between Chairman Mao Zedong and Kim Il Sung\n\n\n"
		"Mao said the war would go on.\n\n\n"
		"Kim said that the army is ready.\n\n\n"
		"Mao Zedong and Kim Il Sung discuss the course of the war and the armistice talks.\n\n\n"
		"Document Information\n\n\n"
		"\"Record of Conversation between Mao Zedong and Kim Il Sung\", March 5, 1953, History and Public "
		"Policy Program Digital Archive, Central Archives. Translated by Shen Zhihua "
		"https://digitalarchive.wilsoncenter.org/document/114\n\n\n"
		"The History and Public Policy Program welcomes reuse of Digital Archive materials.\n\n"
		"To enquire about this document's rights status, contact us at [email\xc2\xa0protected].\n\n"
		"Original Uploaded Date\n\n2011-11-24\n\n"
		"Associated People & Organizations\n\nMao, Zedong, 1893-1976\n\nKim, Il Sung, 1912-1994\n\n"
		"Original Language\n\nChinese\n\n"
		"Record ID\n\n\n114213\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "Record of Conversation between Chairman Mao Zedong and Kim Il Sung");
	CHECK_STR(d->kind, "record of conversation");
	CHECK_STR(d->date, "1953-03-05");
	CHECK_LIST(&d->from, "Mao Zedong");
	CHECK_LIST(&d->to, "Kim Il Sung");
	CHECK_STR(d->record_id, "114213");
	CHECK_STR(d->language, "Chinese");
	CHECK_STR(d->translator, "Shen Zhihua");
	CHECK_STR(d->url, "https://digitalarchive.wilsoncenter.org/document/114");
	CHECK_STR(d->source, "Central Archives.");
	CHECK(starts(d->summary, "Mao Zedong and Kim Il Sung discuss"));
	CHECK_STR(d->body, "Mao said the war would go on.\n\nKim said that the army is ready.");
	CHECK_INT(d->nnotes, 0);
	doc_free(d);

	/* a footer without "Document Information"; a last paragraph that is
	 * not of the summary's shape stays body */
	d = parse_str("Skip to content\n\nTelegram from Soviet Amb. Shtykov to Vyshinsky\n\nText of the telegram.\n\n"
		      "I ask for instructions.\n\nRecord ID\n\n5551\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->record_id, "5551");
	CHECK(d->summary == NULL);
	CHECK_LIST(&d->from, "Shtykov");
	CHECK_LIST(&d->to, "Vyshinsky");
	CHECK_STR(d->body, "Text of the telegram.\n\nI ask for instructions.");
	doc_free(d);
}

static void test_bare_letter(void)
{
	struct doc *d = parse_str("Dear Comrade Mao Zedong,\n\nWe agree with your proposal.\n\n"
				  "With comradely greetings,\n\nI. Stalin\n\n12.III.1950\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->kind, "letter");
	CHECK_LIST(&d->to, "Mao Zedong");
	CHECK_LIST(&d->from, "Stalin");
	CHECK_STR(d->date, "1950-03-12");
	CHECK_STR(d->date_text, "12.III.1950");
	CHECK_STR(d->title, "Letter from Stalin to Mao Zedong");
	CHECK(starts(d->body, "Dear Comrade Mao Zedong,"));
	doc_free(d);

	/* a telegram header gives kind and number; a signature with its
	 * pseudonym resolved; "To Pyongyang" names no one */
	d = parse_str("Top Secret\n\nCIPHERED TELEGRAM # 600428/sh\n\nTo Pyongyang\n\n"
		      "Visit Kim Il Sung at once.\n\nFENG XI [STALIN]\n\n2 October 1950\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->number, "600428/sh");
	CHECK_STR(d->date, "1950-10-02");
	CHECK_LIST(&d->from, "Stalin");
	CHECK(d->to.n == 0);
	CHECK_STR(alias_of(d, "Feng Xi"), "Stalin");
	CHECK(note_find(d, NOTE_ALIAS, "STALIN") != NULL);
	CHECK_STR(d->title, "Telegram No. 600428/sh from Stalin");
	doc_free(d);

	/* salutations with several recipients; a path as the last resort
	 * for a title */
	d = parse_str("To Comrades Gao Gang and Kim Il Sung:\n\nReceived.\n");
	CHECK_LIST(&d->to, "Gao Gang|Kim Il Sung");
	doc_free(d);
	/* a bold salutation is no title */
	d = parse_str("**Dear Comrade Mao Zedong,**\n\nWe agree.\n\nRespectfully,\n\nKim Il Sung\n");
	CHECK_LIST(&d->to, "Mao Zedong");
	CHECK_LIST(&d->from, "Kim Il Sung");
	CHECK_STR(d->title, "Letter from Kim Il Sung to Mao Zedong");
	CHECK_STR(d->body, "Dear Comrade Mao Zedong,\n\nWe agree.\n\nRespectfully,\n\nKim Il Sung");
	doc_free(d);
	d = import_text_parse("", 0, "/x/letters/kim-1950.txt");
	CHECK_STR(d->title, "kim-1950");
	doc_free(d);
}

/* A bare telegram's own number stands alone by its date line; its
 * signature is in capitals. */
static void test_numbered_telegram(void)
{
	struct doc *d = parse_str("To Comrade Molotov.\n\nThe delegation leaves Prague on 4 May.\n\n"
				  "BELOV\n\nNo. 112/b\n\n3 May 1951\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->number, "112/b");
	CHECK_LIST(&d->from, "Belov");
	CHECK_LIST(&d->to, "Molotov");
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->date, "1951-05-03");
	CHECK_STR(d->title, "Telegram No. 112/b from Belov to Molotov");
	doc_free(d);

	/* the number heading the telegram, after the numero sign as
	 * typefaces print it ("Nº", "N°", "#") */
	static const char *const signs[] = { "N\xc2\xba 811", "N\xc2\xb0 811", "# 811", "\xe2\x84\x96 811" };
	for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++) {
		char *t = xasprintf("From PRAGUE\n%s\n2 June 1952\nTo ZORIN.\n\nThe talks went well.\n\nSILIN\n", signs[i]);
		d = parse_str(t);
		CHECK_STR(d->number, "811");
		CHECK_STR(d->date, "1952-06-02");
		CHECK_LIST(&d->to, "Zorin");
		doc_free(d);
		free(t);
	}
	d = parse_str("**Ciphered Telegram N\xc2\xba 5127, Zorin to Molotov**\n\nText.\n");
	CHECK_STR(d->number, "5127");
	CHECK_STR(d->kind, "telegram");
	CHECK_LIST(&d->from, "Zorin");
	CHECK_LIST(&d->to, "Molotov");
	doc_free(d);

	/* a body sentence, the number answered, or a number away from the
	 * date is no document number */
	d = parse_str("To Comrade Molotov.\n\nNo. 3 of the regiment has reached the line.\n\n4 May 1951\n");
	CHECK(d->number == NULL);
	doc_free(d);
	d = parse_str("To No. 8511.\n\n4 May 1951\n\nYour telegram was received.\n\nBELOV\n");
	CHECK(d->number == NULL);
	doc_free(d);
	d = parse_str("To Comrade Molotov.\n\nNo. 17\n\nThe regiment has reached the line.\n\nBELOV\n\n4 May 1951\n");
	CHECK(d->number == NULL);
	CHECK_LIST(&d->from, "Belov");
	doc_free(d);

	/* signed in capitals without a number, or numbered but signed by
	 * hand: no telegram by that alone */
	d = parse_str("To MOLOTOV\n\nThe delegation leaves Prague on 4 May.\n\nBELOV\n\n3 May 1951\n");
	CHECK(d->kind == NULL);
	CHECK_LIST(&d->from, "Belov");
	doc_free(d);
	d = parse_str("To MOLOTOV\n\nThe delegation leaves Prague on 4 May.\n\nJan Belov\n\nNo. 112\n\n3 May 1951\n");
	CHECK(d->kind == NULL);
	CHECK_STR(d->number, "112");
	CHECK_LIST(&d->from, "Jan Belov");
	doc_free(d);
	/* signed by hand, or in capitals after a closing formula: a letter */
	d = parse_str("To Comrade Molotov.\n\nWe thank you.\n\nJan Silin\n\n4 May 1951\n");
	CHECK_STR(d->kind, "letter");
	CHECK_LIST(&d->from, "Jan Silin");
	doc_free(d);
	d = parse_str("Dear Comrade Molotov,\n\nWe thank you.\n\nWith fraternal greetings,\n\nJAN SILIN\n\n4 May 1951\n");
	CHECK_STR(d->kind, "letter");
	CHECK_LIST(&d->from, "Jan Silin");
	doc_free(d);
	/* a marking before the date line is no signature */
	d = parse_str("The talks went well.\n\nTOP SECRET   PRIORITY\n\nPRAGUE, June 2, 1952\n");
	CHECK(d->from.n == 0);
	CHECK(d->kind == NULL);
	CHECK_STR(d->date, "1952-06-02");
	doc_free(d);
}

/* Editions of diplomatic papers head each document "No. 118.] Mr. A to
 * Mr. B." (the despatch's or instruction's own number), or put a file
 * code over "The Ambassador in X (Name) to the Secretary of State". */
static void test_edition_headings(void)
{
	struct doc *d = parse_str("No. 118.] Mr. Denby to Mr. Olney.\n\nLegation of the United States,\n"
				  "Peking, July 9, 1896. (Received August 17.)\n\n"
				  "Sir: I have the honor to report that the viceroy received me.\n\nI have, etc.,\n\n"
				  "Charles Denby.\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "Mr. Denby to Mr. Olney");
	CHECK_STR(d->number, "118");
	CHECK_STR(d->kind, "despatch");
	CHECK_LIST(&d->from, "Denby");
	CHECK_LIST(&d->to, "Olney");
	CHECK_STR(d->date, "1896-07-09");
	CHECK(starts(d->body, "Legation of the United States,\nPeking"));
	doc_free(d);

	/* from the department: an instruction */
	d = parse_str("No. 64.] Mr. Olney to Mr. Denby.\n\nDepartment of State,\nWashington, September 2, 1896.\n\n"
		      "Sir: Your No. 118 has been received.\n\nI am, etc.,\n\nRichard Olney.\n");
	CHECK_STR(d->kind, "instruction");
	CHECK_STR(d->number, "64");
	CHECK_LIST(&d->from, "Olney");
	CHECK_LIST(&d->to, "Denby");
	CHECK_STR(d->date, "1896-09-02");
	doc_free(d);

	/* the editor's "[Telegram.]"; unnumbered, with a legation: a note */
	d = parse_str("Mr. Denby to Mr. Olney.\n\n[Telegram.]\n\nPeking, August 1, 1896.\n\n"
		      "Riots at Chengtu. Missionaries safe.\n\nDenby.\n");
	CHECK_STR(d->kind, "telegram");
	CHECK(d->number == NULL);
	CHECK_LIST(&d->from, "Denby");
	CHECK_LIST(&d->to, "Olney");
	doc_free(d);
	d = parse_str("Mr. Yang Yu to Mr. Olney.\n\nChinese Legation,\nWashington, May 4, 1896.\n\n"
		      "Sir: I have the honor to inclose a copy of the edict.\n\nAccept, etc.,\n\nYang Yu.\n");
	CHECK_STR(d->kind, "note");
	CHECK(d->number == NULL);
	CHECK_LIST(&d->from, "Yang Yu");
	CHECK_LIST(&d->to, "Olney");
	doc_free(d);

	/* a file code and a telegram's number opening its text; an office
	 * with its holder in parentheses is that person, no alias of it */
	d = parse_str("795.00/6\xe2\x80\x93" "2550: Telegram\n\n"
		      "The Ambassador in Korea (Muccio) to the Secretary of State\n\nSECRET   NIACT\n\n"
		      "SEOUL, June 25, 1950\xe2\x80\x94" "10 a.m.\n\n"
		      "925. Northern forces crossed the parallel at dawn along the whole front.\n\n"
		      "Further details follow.\n\nMUCCIO\n");
	CHECK(doc_sane(d));
	CHECK_STR(d->title, "The Ambassador in Korea (Muccio) to the Secretary of State");
	CHECK_STR(d->kind, "telegram");
	CHECK_STR(d->number, "925");
	CHECK_STR(d->source, "795.00/6\xe2\x80\x93" "2550");
	CHECK_STR(d->date, "1950-06-25");
	CHECK_LIST(&d->from, "Muccio");
	CHECK_LIST(&d->to, "the Secretary of State");
	CHECK(alias_of(d, "the Ambassador in Korea") == NULL);
	CHECK(starts(d->body, "SECRET"));
	doc_free(d);
	/* a holder named after his office's country is no alias of the
	 * country; a pseudonym before its person is */
	d = parse_str("Cable from the Chinese Embassy in Pakistan\n\nOctober 20, 1962\n\n"
		      "The President of Pakistan [Ayub Khan] will announce the position. Comrade Filippov [Stalin] "
		      "agreed.\n");
	CHECK(alias_of(d, "Pakistan") == NULL);
	CHECK_STR(alias_of(d, "Filippov"), "Stalin");
	CHECK_LIST(&d->from, "the Chinese Embassy in Pakistan");
	doc_free(d);
	/* an office heading the sender gives way to the signature; numbered
	 * paragraphs are no telegram number */
	d = parse_str("611.93/1\xe2\x80\x93" "550: Telegram\n\nThe Secretary of State to the Embassy in India\n\n"
		      "WASHINGTON, January 5, 1950\xe2\x80\x94" "6 p.m.\n\n1. Inform the Foreign Office of our view.\n\n"
		      "2. Report its answer.\n\nACHESON\n");
	CHECK_LIST(&d->from, "Acheson");
	CHECK_LIST(&d->to, "the Embassy in India");
	CHECK(d->number == NULL);
	doc_free(d);

	/* a first line that is no heading; a body's "No. 3 of" is no number;
	 * a bracket with a kind word later in it names no kind */
	d = parse_str("Kim Il Sung to visit Moscow in May.\n\nThe talks will follow.\n");
	CHECK(d->from.n == 0 && d->to.n == 0);
	doc_free(d);
	d = parse_str("No. 3 of the regiment to the front.\n\nThe talks will follow.\n");
	CHECK(d->number == NULL);
	CHECK(d->from.n == 0 && d->to.n == 0);
	doc_free(d);
	d = parse_str("The talks will follow.\n\n[attached handwritten letter]\n\nMore text.\n");
	CHECK(d->kind == NULL);
	doc_free(d);
}

/* Who a letter is addressed to: a name with its patronymic, a message to
 * one person meant for another, an inside address and a salutation. */
static void test_addressees(void)
{
	/* a first name and patronymic after the comma are one person */
	struct doc *d = parse_str("To Comrade Molotov, Vyacheslav Mikhailovich\n\nDear Vyacheslav Mikhailovich!\n\n"
				  "We thank you.\n\nWith respect,\n\nKim Tu-bong\n\n3 April 1951\n");
	CHECK_LIST(&d->to, "Molotov");
	CHECK_LIST(&d->from, "Kim Tu-bong");
	doc_free(d);
	d = parse_str("To Comrade Furtseva, Ekaterina Alekseevna.\n\nText.\n");
	CHECK_LIST(&d->to, "Furtseva");
	doc_free(d);
	/* names after commas that are not given names are several people */
	d = parse_str("To Comrades Molotov, Bulganin and Malenkov:\n\nText.\n");
	CHECK_LIST(&d->to, "Molotov|Bulganin|Malenkov");
	doc_free(d);

	/* "to X for Y": addressed to X; never one person "X for Y" */
	d = parse_str("**Ciphered Telegram No. 5521 from Gromyko to Razuvaev for Pak Heon-yeong**\n\nText.\n");
	CHECK_LIST(&d->from, "Gromyko");
	CHECK_LIST(&d->to, "Razuvaev");
	CHECK_STR(d->number, "5521");
	doc_free(d);
	/* "for" inside the name of a body stays */
	d = parse_str("**Letter from Kim Il Sung to the People's Commissariat for Defence**\n\nText.\n");
	CHECK_LIST(&d->to, "the People's Commissariat for Defence");
	doc_free(d);

	/* the inside address's full name wins over the salutation's first
	 * name, whether it follows the form of address or shares its line */
	d = parse_str("Moscow, March 2, 1951\n\nDear Chip:\n\nThe weather is cold.\n\nSincerely yours,\n\n"
		      "George F. Kennan\n\nThe Honorable\nCharles E. Bohlen,\nDepartment of State,\nWashington.\n");
	CHECK_LIST(&d->to, "Charles E. Bohlen");
	CHECK_LIST(&d->from, "George F. Kennan");
	CHECK_STR(d->kind, "letter");
	doc_free(d);
	d = parse_str("His Excellency Dr. Syngman Rhee,\nPresident of the Republic of Korea.\n\nDear Mr. President:\n\n"
		      "Text.\n\nSincerely yours,\n\nJohn J. Muccio\n");
	CHECK_LIST(&d->to, "Syngman Rhee");
	doc_free(d);
	/* a salutation alone: a first name is what the text gives; "Dear
	 * Sir" names nobody, "Dear Mr. President" the office (no person) */
	d = parse_str("Dear Chip:\n\nThe weather is cold.\n\nSincerely yours,\n\nGeorge F. Kennan\n");
	CHECK_LIST(&d->to, "Chip");
	doc_free(d);
	d = parse_str("Dear Sir:\n\nThe weather is cold.\n\nSincerely yours,\n\nGeorge F. Kennan\n");
	CHECK(d->to.n == 0);
	doc_free(d);
	d = parse_str("Dear Mr. President:\n\nThe weather is cold.\n\nSincerely yours,\n\nGeorge F. Kennan\n");
	CHECK_LIST(&d->to, "President");
	doc_free(d);
}

/* ---- dates ---- */

/* The date a bare document gets from its one date line. */
static void check_date(const char *line, const char *iso, int at)
{
	char *s = xasprintf("Some text of the letter.\n\n%s\n", line);
	struct doc *d = parse_str(s);
	test_check_str_(d->date, iso, line, __FILE__, at);
	if (iso != NULL)
		test_check_str_(d->date_text, line, "date_text", __FILE__, at);
	doc_free(d);
	free(s);
}
#define CHECK_DATE(line, iso) check_date((line), (iso), __LINE__)

static void test_dates(void)
{
	CHECK_DATE("October 1, 1950", "1950-10-01");
	CHECK_DATE("June 13, 1951", "1951-06-13");
	CHECK_DATE("13 June 1951", "1951-06-13");
	CHECK_DATE("13.06.1951", "1951-06-13");
	CHECK_DATE("13.6.51", "1951-06-13");
	CHECK_DATE("12.III.1950", "1950-03-12");
	CHECK_DATE("October 1950", "1950-10");
	CHECK_DATE("Sept. 3, 1950", "1950-09-03");
	CHECK_DATE("1. Oct. 1950", "1950-10-01");
	CHECK_DATE("1950-10-01", "1950-10-01");
	CHECK_DATE("29.02.1952", "1952-02-29");
	/* impossible dates, and a lone year in a bare text (page furniture) */
	CHECK_DATE("31 June 1951", NULL);
	CHECK_DATE("29.02.1951", NULL);
	CHECK_DATE("32.01.1950", NULL);
	CHECK_DATE("1950", NULL);
	CHECK_DATE("Octobre 1, 1950", NULL);
	CHECK_DATE("October 1, 19500", NULL);

	/* a place before the date; a bold header of a year's precision */
	struct doc *d = parse_str("Text.\n\nMoscow, 14 June 1951\n");
	CHECK_STR(d->date, "1951-06-14");
	CHECK_STR(d->date_text, "14 June 1951");
	doc_free(d);
	d = parse_str("**1950**\n\n**Note on the Korean question**\n\nText.\n");
	CHECK_STR(d->date, "1950");
	CHECK_STR(d->kind, "note");
	CHECK_STR(d->title, "Note on the Korean question");
	CHECK_STR(d->body, "Text.");
	doc_free(d);
	/* dates inside sentences are no document date */
	d = parse_str("On October 1, 1950 we met.\n");
	CHECK(d->date == NULL);
	doc_free(d);
}

/* The date of "place, date" with what despatches and telegrams print
 * after it: a time of dispatch, the editor's date of receipt. */
static void check_dateline(const char *text, const char *iso, const char *printed, int at)
{
	struct doc *d = parse_str(text);
	test_check_str_(d->date, iso, "date", __FILE__, at);
	test_check_str_(d->date_text, printed, "date_text", __FILE__, at);
	doc_free(d);
}
#define CHECK_DATELINE(text, iso, printed) check_dateline((text), (iso), (printed), __LINE__)

static void test_datelines(void)
{
	/* the receipt in parentheses is not the document's date */
	CHECK_DATELINE("Embassy of the United States,\nLisbon, November 3, 1897. (Received November 21.)\n\n"
		       "Sir: I have the honor to report.\n",
		       "1897-11-03", "November 3, 1897");
	/* a place of several parts */
	CHECK_DATELINE("Valparaiso, Chile, Province of Valparaiso, April 2, 1891. (Received May 9.)\n\nSir.\n",
		       "1891-04-02", "April 2, 1891");
	/* times of dispatch */
	CHECK_DATELINE("LONDON, February 9, 1948\xe2\x80\x94" "11 a.m.\n\nText.\n", "1948-02-09", "February 9, 1948");
	CHECK_DATELINE("PARIS, June 2, 1949\xe2\x80\x94noon.\n\nText.\n", "1949-06-02", "June 2, 1949");
	CHECK_DATELINE("Text of the report.\n\nKRAVCHENKO\n\n7 March 1952, 23:40\n", "1952-03-07", "7 March 1952");
	CHECK_DATELINE("Text.\n\n12.IV.51 at 4.15 hours\n", "1951-04-12", "12.IV.51");
	CHECK_DATELINE("Text.\n\n12.IV.51 at\xc2\xa0" "22:10\n", "1951-04-12", "12.IV.51");
	/* a receipt alone is no date line; nor is a date followed by a bare
	 * number or a word */
	CHECK_DATELINE("Text of the note.\n\n(Received November 21, 1897.)\n", NULL, NULL);
	CHECK_DATELINE("Text.\n\n3 March 1952, 17\n", NULL, NULL);
	CHECK_DATELINE("Text.\n\nOctober 14, 1950\xe2\x80\x94Moscow\n", NULL, NULL);
	CHECK_DATELINE("Text.\n\nMarch 8, 1894 (Received March 26.) and more\n", NULL, NULL);
}

/* ---- brackets ---- */

static void test_brackets(void)
{
	struct doc *d = parse_str(
		"Mao Zedong [Mao Tse-tung] met Zhou Enlai [Chou En-lai] and FILIPPOV [Stalin].\n"
		"Then Kim [Kim Il Sung] spoke; he [Kim Il Sung] said the roads [dorogi] and the "
		"economy [khozyaistvo] of the state [gosudarstvo] and the report [qingbao] were bad.\n"
		"[Translator's note: the text is damaged.] [Ed.: see below] [TN: unclear word]\n"
		"[illegible] [unclear] [stamp: Secret] [signature] [seal] [Handwritten: Agreed]\n"
		"[\xe2\x80\xa6] [. . .] [...] [sic!] [Sic] [sick people] [in the United States]\n"
		"[email protected] [at] [dot] [ ] [x] [link](http://example.org) ![img](a.png) [1] [22]\n"
		"A \"Bear\" [Beria] came. The word [\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb4\xd0\xb0] "
		"and [d\xc3\xac" "f\xc4\x81" "ng] and a [don't] and [it's].\n"
		"Nested [note with [sic] inside] here. Spanning [a\n\nb] and open [x and ]\n\n[22] The footnote.\n");
	CHECK(doc_sane(d));
	CHECK(note_find(d, NOTE_TRANSLIT, "Mao Tse-tung") != NULL);
	CHECK(note_find(d, NOTE_TRANSLIT, "Chou En-lai") != NULL);
	CHECK(note_find(d, NOTE_ALIAS, "Stalin") != NULL);
	CHECK_STR(alias_of(d, "Filippov"), "Stalin");
	CHECK_STR(alias_of(d, "Mao Tse-tung"), "Mao Zedong");
	CHECK_STR(alias_of(d, "Chou En-lai"), "Zhou Enlai");
	CHECK_INT(notes_of(d, NOTE_SUPPLIED) >= 2, 1);
	CHECK(note_find(d, NOTE_SUPPLIED, "Kim Il Sung") != NULL);
	CHECK(alias_of(d, "Kim") == NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "dorogi") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "khozyaistvo") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "gosudarstvo") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "qingbao") != NULL);
	CHECK(note_find(d, NOTE_EDITOR, "Translator's note: the text is damaged.") != NULL);
	CHECK(note_find(d, NOTE_EDITOR, "Ed.: see below") != NULL);
	CHECK(note_find(d, NOTE_EDITOR, "TN: unclear word") != NULL);
	CHECK(note_find(d, NOTE_UNCERTAIN, "illegible") != NULL);
	CHECK(note_find(d, NOTE_UNCERTAIN, "unclear") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL, "stamp: Secret") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL, "signature") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL, "seal") != NULL);
	CHECK(note_find(d, NOTE_PHYSICAL, "Handwritten: Agreed") != NULL);
	CHECK(note_find(d, NOTE_ELISION, "\xe2\x80\xa6") != NULL);
	CHECK(note_find(d, NOTE_ELISION, ". . .") != NULL);
	CHECK(note_find(d, NOTE_ELISION, "...") != NULL);
	CHECK(note_find(d, NOTE_SIC, "sic!") != NULL);
	CHECK(note_find(d, NOTE_SIC, "Sic") != NULL);
	CHECK(note_find(d, NOTE_SIC, "sick people") == NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "in the United States") != NULL);
	CHECK(note_text(d, "email protected") == NULL);
	CHECK(note_text(d, "at") == NULL);
	CHECK(note_text(d, "dot") == NULL);
	CHECK(note_text(d, " ") == NULL);
	CHECK(note_text(d, "x") == NULL);
	CHECK(note_text(d, "link") == NULL);
	CHECK(note_text(d, "img") == NULL);
	CHECK(note_text(d, "1") == NULL);
	CHECK(note_find(d, NOTE_FOOTNOTE, "The footnote.") != NULL);
	CHECK_INT(notes_of(d, NOTE_FOOTNOTE), 1);
	CHECK(note_find(d, NOTE_ALIAS, "Beria") != NULL);
	CHECK_STR(alias_of(d, "Bear"), "Beria");
	CHECK(note_find(d, NOTE_ORIGINAL, "\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb4\xd0\xb0") != NULL);
	CHECK(note_find(d, NOTE_ORIGINAL, "d\xc3\xac" "f\xc4\x81" "ng") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "don't") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "it's") != NULL);
	CHECK(note_find(d, NOTE_SUPPLIED, "note with [sic] inside") != NULL);
	CHECK_INT(notes_of(d, NOTE_SIC), 3);
	CHECK(note_text(d, "a\n\nb") == NULL);
	/* an unmatched "[" is skipped, its "]" closes the inner one */
	CHECK(note_find(d, NOTE_SUPPLIED, "x and ") != NULL);
	/* notes are in body order */
	int ordered = 1;
	for (size_t i = 1; i < d->nnotes; i++)
		ordered &= d->notes[i - 1].start <= d->notes[i].start;
	CHECK(ordered);
	doc_free(d);

	/* the pseudonym of a printed name, and a name's case */
	d = parse_str("We met SHTRAUS [pseudonym for Soviet Amb. Shtykov] and PAK HEON-YEONG [Pak Hon Yong].\n");
	CHECK(doc_sane(d));
	CHECK_STR(alias_of(d, "Shtraus"), "Shtykov");
	CHECK_STR(alias_of(d, "Pak Hon Yong"), "Pak Heon-yeong");
	doc_free(d);
}

/* ---- body repairs ---- */

static void test_body(void)
{
	struct doc *d = parse_str("The na-\n\n\n\ntional policy.\n\nA well-\nknown fact and a co-\n\n"
				  "Operation.\n\nKim Il Sung;\n\nnext clause;\n\n\nmeasures:\n\na) increase output,\n\n"
				  "b) cut costs\n\nthe Korean people\n\n\n\nthemselves. \t\n\n\n   \n\nEnd.   ");
	CHECK(doc_sane(d));
	CHECK_STR(d->body, "The national policy.\n\nA well-\nknown fact and a co-\n\nOperation.\n\nKim Il Sung;\n\n"
			   "next clause;\n\nmeasures:\n\na) increase output,\n\nb) cut costs the Korean people "
			   "themselves.\n\nEnd.");
	doc_free(d);

	/* unpaired "**" is text; a paragraph's pairs go */
	d = parse_str("a **b** c ** d\n\n**e**\n\n** lone");
	CHECK(doc_sane(d));
	CHECK_STR(d->body, "a b c ** d\n\ne\n\n** lone");
	doc_free(d);
}

/* ---- bad inputs ---- */

static void test_bad_inputs(void)
{
	static const char *const inputs[] = {
		"", "[", "]", "]]][[[", "**", "****", "** **", "\n\n\n", "   \n \t \n\xc2\xa0\n", "[...", "[[[]",
		"[]", "-", "a-\n\n", "Skip to content", "Document Information", "Record ID", "**Citation:**",
		"**Citation:**\n\n\"", "**Summary:**\n\n**Contents:**", "\"\",", "To Comrade ", "Comrade !",
		"With communist greetings!\n\n", "With communist greetings!\n\n[x]", "by ", "# ", "#",
		"\\", "\\[", "[1]", "\n[1]", "[1] x\n[1]", "Stalin [", "\"I\" [", "\"[x]", "[\"]",
		"**October 1, 1950**", "Skip to content\n\nOctober 1, 1950", "Letter from to", "Telegram No.",
		"Telegram No. ,", "Ciphered Telegram No. 1, A to", "(", "[(]", "Feng Xi (", "Feng Xi [Stalin",
		"Mao [ [ [ ] ] ]", "\xe2\x80\x9c[x]\xe2\x80\x9d", "x\xcc\x84[y]",
		NULL
	};
	int sane = 1;
	for (size_t i = 0; inputs[i] != NULL; i++) {
		struct doc *d = parse_str(inputs[i]);
		if (!doc_sane(d)) {
			printf("# not sane: \"%s\"\n", inputs[i]);
			sane = 0;
		}
		doc_free(d);
	}
	CHECK(sane);

	struct doc *d = import_text_parse("", 0, NULL);
	CHECK_STR(d->body, "");
	CHECK_INT(d->body_len, 0);
	CHECK_INT(d->nnotes, 0);
	doc_free(d);
	d = import_text_parse(NULL, 0, NULL);
	CHECK_INT(d->body_len, 0);
	doc_free(d);

	/* bytes the normaliser would have removed: a NUL does not cut the body */
	d = import_text_parse("ab\0cd [sic]", 11, NULL);
	CHECK(doc_sane(d));
	CHECK_STR(d->body, "abcd [sic]");
	doc_free(d);
	/* invalid UTF-8 straight in */
	d = import_text_parse("\xff\xfe[\xc3]\xe2\x80", 7, NULL);
	CHECK(doc_sane(d));
	doc_free(d);

	/* a 1 MB single line, of words and of brackets */
	size_t big = 1 << 20;
	char *s = xmalloc(big + 1);
	for (size_t i = 0; i < big; i++)
		s[i] = "Kim [Stalin] na- **x ["[i % 22];
	s[big] = '\0';
	d = import_text_parse(s, big, NULL);
	CHECK(doc_sane(d));
	CHECK(d->title != NULL && text_width(d->title, strlen(d->title)) <= 80);
	doc_free(d);
	memset(s, '[', big);
	d = import_text_parse(s, big, NULL);
	CHECK(doc_sane(d) && d->nnotes == 0);
	doc_free(d);
	for (size_t i = 0; i < big; i++)
		s[i] = i % 2 ? ']' : '[';
	d = import_text_parse(s, big, NULL);
	CHECK(doc_sane(d) && d->nnotes == 0);
	doc_free(d);
	for (size_t i = 0; i < big; i++)
		s[i] = "[1] x\n"[i % 6];
	d = import_text_parse(s, big, NULL);
	CHECK(doc_sane(d));
	doc_free(d);
	memset(s, '\n', big);
	d = import_text_parse(s, big, NULL);
	CHECK(doc_sane(d) && d->body_len == 0);
	doc_free(d);
	free(s);
}

/* Random texts built from the pieces the parser reacts to: every result
 * must be sane (and ASan must stay quiet). */
static void test_random(void)
{
	static const char *const pieces[] = {
		"[", "]", "**", "\n", "\n\n", " ", "\xc2\xa0", "Comrade ", "Stalin", "FENG XI", "-",
		"na-", "tional", "Document Information", "Skip to content", "October 1, 1950",
		"**Citation:**", "\"", "(", ")", "sic", "...", "To Comrade ", "With communist greetings!",
		"Record ID", "12.III.1950", "pseudonym for ", "Handwritten", "?", "Kim Il Sung", " to ",
		" and ", "Letter from ", "Telegram No. 5", ",", "I.V.", "\"I\"", "[1] ", "**Summary:**",
		"Stalin sends Kim a copy of the letter to Mao Zedong today.", "\\", "#", "\xe2\x80\xa6",
		"by ", "25 cents", "Published by", "<https://x.org/1>", "Translated by X", ":",
	};
	size_t npieces = sizeof pieces / sizeof pieces[0];
	uint32_t seed = 12345;
	int sane = 1;
	for (int round = 0; round < 3000; round++) {
		struct buf b;
		buf_init(&b);
		seed = seed * 1103515245u + 12345u;
		int n = (int)(seed >> 16) % 40;
		for (int k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			buf_adds(&b, pieces[(seed >> 16) % npieces]);
		}
		struct doc *d = import_text_parse(b.data ? b.data : "", b.len, NULL);
		if (!doc_sane(d)) {
			printf("# not sane: \"%s\"\n", b.data ? b.data : "");
			sane = 0;
		}
		doc_free(d);
		buf_free(&b);
	}
	CHECK(sane);
}

/* A web page of an edition: its notes listed at the end, their markers
 * glued to what they follow ("State1", "993.2 I", "Deptel 5103"). */
static void test_footmarks(void)
{
	struct doc *d = parse_str(
		"146. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
		"1005. Personal for the Secretary. Embtel 993.2 I had occasion to act on instructions "
		"contained Deptel 5103 with Zhukov. In 1953 the growth was 3.2 percent.\n\n"
		"Bohlen\n"
		"  1. Source: Department of State, Central Files, 611.00/10\xe2\x80\x93" "3056. Top Secret.\n"
		"  2. In telegram 993 from Moscow October 30, Bohlen reported.\n"
		"  3. Document 134.\n");
	CHECK(d->body && strstr(d->body, "Embtel 993.[2] I had") != NULL);
	CHECK(d->body && strstr(d->body, "Deptel 510[3] with") != NULL);
	CHECK(d->body && strstr(d->body, "In 1953 the growth was 3.2 percent") != NULL);
	CHECK(d->body && strstr(d->body, "\n[3] Document 134.") != NULL);
	CHECK(note_find(d, NOTE_FOOTNOTE, "Document 134.") != NULL);
	CHECK(note_find(d, NOTE_FOOTNOTE, "In telegram 993 from Moscow October 30, Bohlen reported.") != NULL);
	doc_free(d);

	/* A letter's numbered points at its end are not notes: the body
	 * stays as written. */
	const char *points = "Dear Sir,\n\nWe met on 12 May 1952 and agree on the following points.2\n\n"
			     "1. The talks go on.\n2. The army stays.\n3. Nothing is said of 1953.\n";
	d = parse_str(points);
	CHECK(d->body && strstr(d->body, "points.2") != NULL && strstr(d->body, "\n1. The talks go on.") != NULL);
	doc_free(d);

	/* Numbers that end in the points' numbers are no markers under a
	 * list that is not indented as a page's notes are. */
	d = parse_str("Dear Sir,\n\nYour telegram 5102 came and then 7453 followed.\n\n"
		      "1. Point one.\n2. Point two.\n3. Point three.\n");
	CHECK(d->body && strstr(d->body, "telegram 5102 came and then 7453 followed") != NULL);
	doc_free(d);

	/* Notes given as bullets, each ending with the arrow back to its
	 * marker (the last cut short by the page's end): numbered by their
	 * order. A telegram's own number opening its line hosts no marker. */
	d = parse_str("45. Telegram From the Embassy in Poland to the Department of State1\n"
		      "2552. Have studied the paper named in Embtel 24012 and find it thin.\n"
		      "- Source: Department of State, Central Files, 748.00/5\xe2\x80\x93" "1756. Secret.\xe2\x86\xa9\n"
		      "- In telegram 2401, May 14, the Embassy reported that a copy had been loa");
	CHECK(d->body && strstr(d->body, "Embtel 2401[2] and") != NULL);
	CHECK(d->body && strstr(d->body, "2552. Have studied") != NULL && strstr(d->body, "255[2]") == NULL);
	CHECK(note_find(d, NOTE_FOOTNOTE, "In telegram 2401, May 14, the Embassy reported that a copy had been loa") != NULL);
	CHECK(d->body && strstr(d->body, "\xe2\x86\xa9") == NULL);
	doc_free(d);
	/* No list at all (the page cut short): the heading's marker 1 says
	 * the text's markers go on from 2, when a sure one is among them. */
	d = parse_str("334. Telegram From the Department of State to the Embassy in Laos1\n\n"
		      "567. Points raised at a meeting today2 for your comment. Embtel 7123 took the right line. "
		      "Consider whether the last paragraph is desirable.4\n\nWe gather from your reports");
	CHECK(d->body && strstr(d->body, "today[2] for") != NULL);
	CHECK(d->body && strstr(d->body, "Embtel 712[3] took") != NULL);
	CHECK(d->body && strstr(d->body, "desirable.[4]") != NULL);
	doc_free(d);
	/* A marker a space apart from the number it follows. */
	d = parse_str("46. Telegram From the Department of State to the Embassy in Laos1\n\n"
		      "1300. Please spell out the errors mentioned Embtel 2582 2 to assist us.\n\nWe gather");
	CHECK(d->body && strstr(d->body, "Embtel 2582 [2] to") != NULL);
	doc_free(d);
	/* ... and with no sure marker, numbers stay whole. */
	d = parse_str("334. Telegram From the Department of State to the Embassy in Laos1\n\n"
		      "567. Embtel 7122 took the right line.\n\nWe gather from your reports");
	CHECK(d->body && strstr(d->body, "Embtel 7122 took") != NULL);
	doc_free(d);
	/* Dashed lines that are no notes (no arrow) stay as they are. */
	d = parse_str("Dear Sir,\n\nThe items are 2512 and 77.\n- wheat\n- rye2\n");
	CHECK(d->body && strstr(d->body, "2512 and") != NULL && strstr(d->body, "- rye2") != NULL);
	doc_free(d);

	/* Notes numbered afresh on the page while the text keeps the
	 * chapter's numbers ("7 p.m.58"): no marker is made up ("641" is no
	 * "64" and note 1). */
	d = parse_str("676. My telegram No. 641, September 28, 7 p.m.58 Without any further word.59 Done.\n\n"
		      "  1. Not printed.\n  2. Several attempts had been made.\n");
	CHECK(d->body && strstr(d->body, "No. 641, September 28") != NULL);
	CHECK(d->body && strstr(d->body, "[1]") == NULL);
	doc_free(d);
}

int main(void)
{
	test_seed_003();
	test_seed_002();
	test_seed_001();
	test_seed_004();
	test_seed_000();
	test_markdown_telegram();
	test_web_export();
	test_bare_letter();
	test_numbered_telegram();
	test_edition_headings();
	test_addressees();
	test_dates();
	test_datelines();
	test_brackets();
	test_footmarks();
	test_body();
	test_bad_inputs();
	test_random();
	{
		/* A telegram addressed in capitals names its recipient; a
		 * capitalised instruction does not. */
		const char *t = "To PAK HEON-YEONG\n\nWe have received your cable.\n\nSTALIN\n\n3 January 1949\n";
		size_t n;
		struct text_report rep;
		char *norm = text_normalise(t, strlen(t), &n, &rep);
		struct doc *d = import_text_parse(norm, n, "bare.txt");
		CHECK_INT(d->to.n, 1);
		CHECK_STR(d->to.n ? d->to.v[0] : NULL, "Pak Heon-yeong");
		doc_free(d);
		free(norm);
		t = "To BE RETURNED after 6 days\n\nTop Secret\n";
		norm = text_normalise(t, strlen(t), &n, &rep);
		d = import_text_parse(norm, n, "bare.txt");
		CHECK_INT(d->to.n, 0);
		doc_free(d);
		free(norm);
	}
	return test_done();
}
