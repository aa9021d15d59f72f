/* test_query.c: user words to FTS5 expressions, and malformed queries. */
#include <stdlib.h>

#include "dossier/query.h"
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

int main(void)
{
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
	return test_done();
}
