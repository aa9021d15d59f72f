/* test_refs.c: reference phrases in the forms the archives use. */
#include <stdio.h>
#include <string.h>

#include "dossier/refs.h"
#include "dossier/util.h"
#include "test.h"

struct got {
	struct strv v;
	const char *body;
};

static void collect(const struct ref_found *r, void *arg)
{
	struct got *g = arg;
	strv_push_owned(&g->v, xasprintf("%.*s|%s|%s|%s|%s|%s", (int)(r->end - r->start), g->body + r->start,
					 r->kind ? r->kind : "", r->date, r->number, r->person, ref_party_name(r->party)));
}

/* Expects exactly the references in want (NULL-ended). */
static void expect(const char *body, const char *ctx, const char *own, const char *const *want)
{
	struct got g = { .body = body };
	strv_init(&g.v);
	refs_detect(body, strlen(body), ctx, own, collect, &g);
	size_t n = 0;
	while (want[n])
		n++;
	if (!CHECK_INT(g.v.n, n))
		for (size_t i = 0; i < g.v.n; i++)
			printf("#   found: %s\n", g.v.v[i]);
	for (size_t i = 0; i < n && i < g.v.n; i++)
		CHECK_STR(g.v.v[i], want[i]);
	strv_free(&g.v);
}

#define E(body, year, own, ...) expect(body, year, own, (const char *const[]){ __VA_ARGS__, NULL })
#define NONE(body) expect(body, "1950", NULL, (const char *const[]){ NULL })

int main(void)
{
	E("I received your telegram of 13 June.", "1951", NULL, "your telegram of 13 June|telegram|1951-06-13|||yours");
	E("in my letter of October 1 I wrote", "1950", NULL, "my letter of October 1|letter|1950-10-01|||mine");
	E("We have received your cable of 30 September and 1 October. These", "1950", NULL,
	  "your cable of 30 September|cable|1950-09-30|||yours", "1 October|cable|1950-10-01|||yours");
	E("according to the directive dated 13.10.50 the", "1950", NULL,
	  "the directive dated 13.10.50|directive|1950-10-13|||any");
	E("your order of 29.8.50", "1950", NULL, "your order of 29.8.50|order|1950-08-29|||yours");
	E("the telegram of 10/14/50", "1950", NULL, "the telegram of 10/14/50|telegram|1950-10-14|||any");
	E("my letter of 24.III.50", "1950", NULL, "my letter of 24.III.50|letter|1950-03-24|||mine");
	E("your cable of 13/5-50", "1950", NULL, "your cable of 13/5-50|cable|1950-05-13|||yours");
	E("the report of this year", "1950", NULL, "the report of this year|report|1950|||any");
	E("See Ciphered Telegram No. 75352, sent", "1950", NULL,
	  "Ciphered Telegram No. 75352|telegram||75352||any");
	E("CIPHERED TELEGRAM # 75352\n1 October 1950", "1950", "75352", NULL);
	E("Reply to # 600428/sh of", "1950", NULL, "# 600428/sh|||600428/sh||any");
	E("in telegram Nº 2390 we", "1950", NULL, "telegram Nº 2390|telegram||2390||any");
	E("answering your no. 4676 of", "1950", NULL, "your no. 4676|||4676||yours");
	E("To No. 483/sh. The", "1950", NULL, "To No. 483/sh|||483/sh||any");
	E("the telegrams Nos. 408-410 show", "1950", NULL, "the telegrams Nos. 408-410|telegram||408||any");
	E("the answer to the letter of cde. KIM IL SUNG.", "1950", NULL,
	  "the letter of cde. KIM IL SUNG|letter|||KIM IL SUNG|any");
	/* A name ends with its sentence; initials do not end it. */
	E("We have received a reply telegram from Comrade Mao Zedong. We ask you to receive it", "1951", NULL,
	  "a reply telegram from Comrade Mao Zedong|telegram|||Mao Zedong|any");
	E("the letter of cde. Stalin, I.V. was read", "1951", NULL, "the letter of cde. Stalin|letter|||Stalin|any");
	E("the letter of Comrade I.V. Stalin was read", "1951", NULL,
	  "the letter of Comrade I.V. Stalin|letter|||I.V. Stalin|any");
	E("as stated in Document 123, the", "1894", NULL, "Document 123|document||123||any");
	E("my telegram of January 5 and the directive dated 05.01.49", "1949", NULL,
	  "my telegram of January 5|telegram|1949-01-05|||mine",
	  "the directive dated 05.01.49|directive|1949-01-05|||any");
	/* A day without its year is the latest on or before the letter. */
	E("your telegram of 28 December", "1951-01-03", NULL, "your telegram of 28 December|telegram|1950-12-28|||yours");
	E("your telegram of 2 January", "1951-01-03", NULL, "your telegram of 2 January|telegram|1951-01-02|||yours");
	/* Not references. */
	NONE("The letter was delivered on time.");
	NONE("No. 3 on the agenda");
	NONE("a note of caution");
	NONE("the order of the day");
	NONE("");
	NONE("#");
	NONE("telegram of 31 February");
	CHECK(refs_kind_compatible("telegram", "cable"));
	CHECK(refs_kind_compatible("ciphered telegram", "telegram"));
	CHECK(!refs_kind_compatible("letter", "directive"));
	/* One kind under two names: the writer's "my memorandum" is the
	 * edition's "Memorandum of Conversation"; a cable is a telegram's
	 * kin, not its name. */
	CHECK(refs_kind_same("telegram", "ciphered telegram"));
	CHECK(refs_kind_same("memorandum", "record of conversation"));
	CHECK(refs_kind_same("letter", "letter"));
	CHECK(!refs_kind_same("cable", "telegram"));
	CHECK(!refs_kind_same("memorandum", "report"));
	CHECK(!refs_kind_same(NULL, "letter"));
	return test_done();
}
