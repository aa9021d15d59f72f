/* test_query.c: user words to FTS5 expressions, and malformed queries. */
#include <stdlib.h>

#include "dossier/query.h"
#include "dossier/util.h"
#include "test.h"

static void ok(const char *in, const char *want)
{
	char *cause = NULL;
	char *q = query_to_fts(in, &cause);
	CHECK_STR(q, want);
	free(q);
	free(cause);
}

static void bad(const char *in, const char *why)
{
	char *cause = NULL;
	char *q = query_to_fts(in, &cause);
	CHECK(q == NULL);
	CHECK(cause && strstr(cause, why));
	free(q);
	free(cause);
}

static void filters(void)
{
	struct query q;
	char *cause = NULL;
	CHECK(query_parse("from:Stalin to:\"Kim Il Sung\" person:Mao kind:telegram lang:Russian date:1950-10..1950-12 "
			  "big \"war now\"",
			  &q, &cause) == 0);
	CHECK_STR(q.words, "big \"war now\"");
	CHECK_STR(q.from.n ? q.from.v[0] : NULL, "Stalin");
	CHECK_STR(q.to.n ? q.to.v[0] : NULL, "Kim Il Sung");
	CHECK_STR(q.person.n ? q.person.v[0] : NULL, "Mao");
	CHECK_STR(q.kind, "telegram");
	CHECK_STR(q.lang, "Russian");
	CHECK_STR(q.date_lo, "1950-10");
	CHECK_STR(q.date_hi, "1950-12");
	query_free(&q);
	CHECK(query_parse("date:1950", &q, &cause) == 0);
	CHECK_STR(q.date_lo, "1950");
	CHECK_STR(q.date_hi, "1950");
	CHECK(q.words == NULL);
	query_free(&q);
	CHECK(query_parse("date:..1950-06", &q, &cause) == 0);
	CHECK(q.date_lo == NULL);
	CHECK_STR(q.date_hi, "1950-06");
	query_free(&q);
	CHECK(query_parse("date:1950-13", &q, &cause) != 0);
	CHECK(cause && strstr(cause, "date:1950-13"));
	free(cause);
	cause = NULL;
	CHECK(query_parse("from:", &q, &cause) != 0);
	CHECK(cause && strstr(cause, "needs a value"));
	free(cause);
	cause = NULL;
	/* a date's example is a date, not a name */
	CHECK(query_parse("date:", &q, &cause) != 0);
	CHECK(cause && strstr(cause, "(date:1950") && !strstr(cause, "NAME"));
	free(cause);
	cause = NULL;
	CHECK(query_parse("to:\"Kim", &q, &cause) != 0);
	CHECK(cause && strstr(cause, "not closed"));
	free(cause);
	cause = NULL;
	CHECK(query_parse("volume:frus1894Nicaragua", &q, &cause) == 0);
	CHECK_STR(q.volume, "frus1894Nicaragua");
	query_free(&q);
	/* Not a filter key: an ordinary word. */
	CHECK(query_parse("note:this", &q, &cause) == 0);
	CHECK_STR(q.words, "note:this");
	query_free(&q);
}

int main(void)
{
	filters();
	ok("Kim Il Sung", " \"Kim\" \"Il\" \"Sung\"");
	ok("Kim's 38th", " \"Kim's\" \"38th\"");
	ok("\"big war\"", " \"big war\"");
	ok("tele*", " \"tele\"*");
	ok("Mao OR Stalin", " \"Mao\" OR \"Stalin\"");
	ok("(Mao OR Stalin) NOT Kim", " (  \"Mao\" OR \"Stalin\" )  NOT \"Kim\"");
	bad("say \"\"\"", "quote");
	bad("\"unbalanced", "quote");
	bad("(Mao", "'('");
	bad("Mao)", "')'");
	bad("AND Mao", "both sides");
	bad("Mao OR", "ends with an operator");
	bad("   ", "empty query");
	bad("", "empty query");
	/* NEAR keeps its meaning; a group beside a word is joined by AND
	 * (FTS5 refuses the two side by side), and what FTS5 would refuse
	 * is said here in words, not in FTS5's. */
	ok("NEAR(army letter)", " NEAR( \"army\" \"letter\")");
	ok("NEAR(Stalin \"Kim Il Sung\", 20) war", " NEAR( \"Stalin\" \"Kim Il Sung\", 20) \"war\"");
	ok("Stalin (Mao OR Kim)", " \"Stalin\" AND (  \"Mao\" OR \"Kim\" ) ");
	ok("(Mao OR Kim) Stalin", " (  \"Mao\" OR \"Kim\" )  AND \"Stalin\"");
	ok("Near East", " \"Near\" \"East\"");
	bad("NEAR(army)", "NEAR(...) takes two or more");
	bad("NEAR(a b, x)", "NEAR(...) takes two or more");
	bad("NEAR(a OR b)", "NEAR(...) takes two or more");
	bad("NEAR(a b", "NEAR(...) takes two or more");
	bad("()", "'()' holds no words");
	bad("(Mao OR) Kim", "before ')'");
	/* Bounded: a query too long or with too many words is refused. */
	struct buf big;
	buf_init(&big);
	for (int i = 0; i < 41; i++)
		buf_printf(&big, "%sw%d", i ? " OR " : "", i);
	bad(big.data, "too many words (more than 40)");
	buf_truncate(&big, 0);
	for (int i = 0; i < 1001; i++)
		buf_addc(&big, 'a');
	bad(big.data, "too long (1001 bytes; a search takes at most 1000)");
	struct query q;
	char *cause = NULL;
	CHECK(query_parse(big.data, &q, &cause) == -1 && cause && strstr(cause, "too long"));
	free(cause);
	buf_free(&big);
	return test_done();
}
