/* fuzz_notes.c: libFuzzer target for `notes import` (notes.c, jansson):
 * the input is someone else's annotation export, read into a small
 * library of its own. Checks that what is stored of it is safe to show
 * and to re-attach: every note's text, quote and tags valid UTF-8 with no
 * control character but tab and newline (no escape, no C1), no note
 * larger than NOTES_MAX_BYTES, and every placed note's span within its
 * document. The notes are removed again after each input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/notes.h"
#include "dossier/store.h"
#include "fuzz_library.h"
#include "store_priv.h" /* the library's connection, to clear the notes */

int fuzz_notes_one(const uint8_t *data, size_t size);

/* The document the seeds' notes are on (its hash is in their target). */
#define FUZZ_NOTES_BODY                                                                                          \
	"To Comrade Stalin, I.V.\n\nWe have received your cable of 30 September. The guerilla warfare in the "     \
	"south must begin at once.\n\nKim Il Sung\n\n12 October 1950"

static void check_text(const char *s, size_t max)
{
	if (s == NULL)
		return;
	size_t n = strlen(s);
	if (n > max || u8_check((const uint8_t *)s, n) != NULL)
		abort();
	for (const uint8_t *p = (const uint8_t *)s; *p;) {
		ucs4_t c;
		p += u8_mbtouc(&c, p, (size_t)((const uint8_t *)s + n - p));
		if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
			abort();
	}
}

static int check_note(const struct store_annotation *a, void *arg)
{
	(void)arg;
	check_text(a->text, NOTES_MAX_BYTES);
	check_text(a->quote, (size_t)-1);
	check_text(a->tags, (size_t)-1);
	if (a->start > a->end || (!a->orphaned && a->end > strlen(FUZZ_NOTES_BODY)))
		abort();
	return 0;
}

static struct store *library(void)
{
	static struct store *s;
	if (s)
		return s;
	s = fuzz_library_open();
	struct doc *d = doc_create();
	doc_set(&d->title, "Letter from Kim Il Sung to Stalin");
	doc_set(&d->date, "1950-10-12");
	d->body = xstrdup(FUZZ_NOTES_BODY);
	d->body_len = strlen(d->body);
	fuzz_library_put(s, "/fuzz/letter.txt", d);
	return s;
}

int fuzz_notes_one(const uint8_t *data, size_t size)
{
	struct store *s = library();
	size_t added, known, failed;
	char *cause = NULL;
	if (notes_import_buffer(s, "fuzz.json", (const char *)data, size, &added, &known, &failed, &cause) != 0 &&
	    cause == NULL)
		abort();
	free(cause);
	cause = NULL;
	if (store_annotations(s, 0, NULL, NULL, STORE_NEWEST, check_note, NULL, &cause) != 0)
		abort();
	/* the notes go, so that each input meets the same library */
	if (sqlite3_exec(s->db, "DELETE FROM annotation", NULL, NULL, NULL) != SQLITE_OK)
		abort();
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_notes_one(data, size);
}
#endif
