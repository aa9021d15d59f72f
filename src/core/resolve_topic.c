/* resolve_topic.c: what a reference says its paper is about ("my
 * telegram about the anti-American campaign (May 22)") decides between
 * papers of one day that nothing else tells apart: the one whose text
 * holds more of the subject's words. */
#include "resolve_topic.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/slice.h"
#include "dossier/store_docs.h"

/* Words of a subject, at most, and how much of a paper's text is read. */
#define TOPIC_WORDS 8
#define TOPIC_TEXT (64 * 1024)

/* Words too common to tell papers apart. */
static const char *const common[] = { "present", "recent", "current", "question", "matter", "situation", "these",
				      "those", "their", "there", "which", "with", "from", "that", "this", "have",
				      "about", "into", "upon", "other", "some", "such", "same", NULL };

/* The subject's words after "about", "regarding", "concerning" or "on
 * the subject of" in phrase: letters (and hyphens), four or more, not
 * common. Returns how many, into w (each a slice of phrase). */
static size_t topic_words(const char *phrase, struct slice *w, size_t max)
{
	static const char *const leads[] = { " about ", " regarding ", " concerning ", " on the subject of ", NULL };
	struct slice p = sl_cstr(phrase);
	size_t at = SIZE_MAX;
	for (size_t k = 0; leads[k] && at == SIZE_MAX; k++) {
		size_t f = sl_find(p, leads[k]);
		if (f != SIZE_MAX)
			at = f + strlen(leads[k]);
	}
	if (at == SIZE_MAX)
		return 0;
	size_t n = 0;
	for (size_t i = at; i < p.n && p.p[i] != '(' && n < max;) {
		size_t e = i;
		while (e < p.n && (isalpha((unsigned char)p.p[e]) || p.p[e] == '-'))
			e++;
		if (e - i >= 4) {
			int skip = 0;
			for (size_t c = 0; common[c]; c++)
				skip |= e - i == strlen(common[c]) && strncasecmp(p.p + i, common[c], e - i) == 0;
			if (!skip)
				w[n++] = sl_of(p.p + i, e - i);
		}
		i = e > i ? e : i + 1;
	}
	return n;
}

/* How many of the words paper id's title and text hold (case blind). */
static size_t held(struct store *s, int64_t id, const struct slice *w, size_t nw)
{
	struct store_doc *sd = NULL;
	char *cause = NULL;
	if (store_doc_get(s, id, &sd, &cause) != 0) {
		free(cause);
		return 0;
	}
	struct slice text[2] = { sl_cstr(sd->doc->title ? sd->doc->title : ""),
				 sl_of(sd->doc->body ? sd->doc->body : "",
				       sd->doc->body_len < TOPIC_TEXT ? sd->doc->body_len : TOPIC_TEXT) };
	size_t count = 0;
	for (size_t k = 0; k < nw; k++) {
		int found = 0;
		for (size_t t = 0; t < 2 && !found; t++)
			for (size_t i = 0; !found && w[k].n <= text[t].n && i <= text[t].n - w[k].n; i++)
				found = strncasecmp(text[t].p + i, w[k].p, w[k].n) == 0;
		count += found;
	}
	store_doc_free(sd);
	return count;
}

int64_t resolve_topic_pick(struct store *s, const char *phrase, const int64_t *ids, size_t n)
{
	struct slice w[TOPIC_WORDS];
	size_t nw = phrase ? topic_words(phrase, w, TOPIC_WORDS) : 0;
	if (nw < 2 || n < 2)
		return 0;
	int64_t best = 0;
	size_t most = 0, second = 0;
	for (size_t i = 0; i < n; i++) {
		size_t h = held(s, ids[i], w, nw);
		if (h > most) {
			second = most;
			most = h;
			best = ids[i];
		} else if (h > second) {
			second = h;
		}
	}
	/* at least two of the words, half of them, and more than any other */
	return most >= 2 && most * 2 >= nw && most > second ? best : 0;
}
