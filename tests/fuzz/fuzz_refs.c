/* fuzz_refs.c: libFuzzer target for reference detection (refs.c, date.c)
 * on normalised text, as the importer hands it over. Checks that every
 * reference lies within the body, on character boundaries, with a date
 * that is ISO at some precision, and that reading the addressee back from
 * each phrase stays within its buffer. The first line of the input, if it
 * looks like a date, is the citing document's date. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/refs.h"
#include "dossier/text.h"

int fuzz_refs_one(const uint8_t *data, size_t size);

struct fuzz_refs {
	const char *body;
	size_t len;
	const char *ctx;
};

static int iso_ok(const char *d)
{
	size_t n = strlen(d);
	/* "--08-20": a day whose year the letter does not give */
	if (n == 7 && d[0] == '-' && d[1] == '-' && d[4] == '-')
		return d[2] >= '0' && d[2] <= '1' && d[3] >= '0' && d[3] <= '9' && d[5] >= '0' && d[5] <= '3' &&
		       d[6] >= '0' && d[6] <= '9';
	if (n != 0 && n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
			return 0;
	return 1;
}

static void check_ref(const struct ref_found *r, void *arg)
{
	const struct fuzz_refs *f = arg;
	if (r->start >= r->end || r->end > f->len)
		abort();
	/* Whole characters: the phrase is valid UTF-8 on its own. */
	if (u8_check((const uint8_t *)f->body + r->start, r->end - r->start) != NULL)
		abort();
	if (!iso_ok(r->date) || memchr(r->number, '\0', sizeof r->number) == NULL ||
	    memchr(r->person, '\0', sizeof r->person) == NULL || memchr(r->to_person, '\0', sizeof r->to_person) == NULL ||
	    memchr(r->page, '\0', sizeof r->page) == NULL)
		abort();
	char to[64];
	refs_phrase_to_person(f->body + r->start, r->end - r->start, f->ctx, to, sizeof to);
	if (memchr(to, '\0', sizeof to) == NULL)
		abort();
}

int fuzz_refs_one(const uint8_t *data, size_t size)
{
	struct text_report rep;
	size_t len;
	char *text = text_normalise((const char *)data, size, &len, &rep);
	char ctx[11] = "";
	if (len >= 10 && iso_ok((char[11]){ text[0], text[1], text[2], text[3], text[4], text[5], text[6], text[7],
					   text[8], text[9], '\0' }))
		memcpy(ctx, text, 10);
	struct fuzz_refs f = { text, len, ctx[0] ? ctx : NULL };
	refs_detect(text, len, f.ctx, "75352", check_ref, &f);
	free(text);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_refs_one(data, size);
}
#endif
