/* fuzz_query.c: libFuzzer target for the search's query parser (query.c)
 * and what the store makes of a query (store_search.c, store_snippet.c):
 * the input is a search as typed, run on a small library of its own.
 * Checks that a search never hands FTS5 an expression it cannot parse
 * (every refusal is in dossier's words, never FTS5's), that the list
 * filter of the same words says the same, and that snippets are whole
 * UTF-8 characters with their marks paired. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/query.h"
#include "dossier/store.h"
#include "fuzz_library.h"

int fuzz_query_one(const uint8_t *data, size_t size);

/* A refusal must be one of dossier's own messages (they quote the query,
 * so only their openings are looked at): never FTS5's or SQLite's. */
static void check_cause(const char *cause)
{
	static const char *const ours[] = { "malformed query: ", "empty query", "the query is too long",
					    "the query has too many words", "the search was stopped" };
	if (cause == NULL || strncmp(cause, "malformed query: fts5", 21) == 0)
		abort();
	for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
		if (strncmp(cause, ours[i], strlen(ours[i])) == 0)
			return;
	abort();
}

static int check_hit(const struct store_hit *h, void *arg)
{
	(void)arg;
	const char *s = h->snippet ? h->snippet : "";
	if (u8_check((const uint8_t *)s, strlen(s)) != NULL)
		abort();
	int open = 0;
	for (const char *p = s; *p; p++) {
		if (*p == '\x01')
			open++;
		else if (*p == '\x02' && --open < 0)
			abort();
		if (open > 1)
			abort();
	}
	if (open != 0)
		abort();
	return 0;
}

/* A small library of its own: parties, an office, a volume, a long
 * letter in which a word recurs. */
static struct store *library(void)
{
	static struct store *s;
	if (s)
		return s;
	s = fuzz_library_open();
	static const char *const bodies[] = {
		"To Comrade Stalin, I.V.\n\nWe have received your cable of 30 September. The army is ready. Zhōu Ēnlái "
		"agrees; the Chinese volunteers will cross the river.",
		"Comrade Kim Il Sung!\n\nMy reply has been delayed because of my consultations with the Chinese "
		"comrades. [pseudonym for Stalin] Feng Xi",
		"The Secretary of State to the Ambassador in the Soviet Union (Kennan).\n\nWashington, March 14, 1952.\n\n"
		"50% of the telegrams; a_b and 100% \"quoted\" words.",
	};
	static const char *const from[] = { "Kim Il Sung", "Stalin", "The Secretary of State" };
	static const char *const to[] = { "Stalin", "Kim Il Sung", "Kennan" };
	for (size_t i = 0; i < 4; i++) {
		struct doc *d = doc_create();
		struct buf b;
		buf_init(&b);
		if (i < 3) {
			buf_adds(&b, bodies[i]);
		} else {
			for (int k = 0; k < 3000; k++)
				buf_adds(&b, k % 7 ? "the army marched on and " : "the army marched on.\n");
		}
		d->body_len = b.len;
		d->body = buf_detach(&b);
		char *title = xasprintf("Letter %zu", i), *path = xasprintf("/fuzz/%zu.txt", i);
		doc_set(&d->title, title);
		doc_set(&d->date, i == 2 ? "1952-03-14" : "1950-10-01");
		doc_set(&d->kind, i == 2 ? "telegram" : "letter");
		doc_set(&d->language, "Russian");
		if (i == 2) {
			doc_set(&d->volume_id, "frus1952v04");
			doc_set(&d->volume_title, "Foreign Relations, 1952, Volume IV");
		}
		strv_push(&d->from, from[i % 3]);
		strv_push(&d->to, to[i % 3]);
		fuzz_library_put(s, path, d);
		free(path);
		free(title);
	}
	return s;
}

int fuzz_query_one(const uint8_t *data, size_t size)
{
	struct store *s = library();
	char *q = xstrndup((const char *)data, size);
	char *cause = NULL;
	char *fts = query_to_fts(q, &cause);
	if (fts == NULL)
		check_cause(cause);
	free(fts);
	free(cause);
	cause = NULL;
	if (store_search(s, q, 10, "\x01", "\x02", check_hit, NULL, &cause) != 0)
		check_cause(cause);
	free(cause);
	cause = NULL;
	if (store_count_filtered(s, q, &cause) < 0)
		check_cause(cause);
	free(cause);
	free(q);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_query_one(data, size);
}
#endif
