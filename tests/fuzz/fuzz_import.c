/* fuzz_import.c: libFuzzer target for input normalisation and the text
 * importer. Checks the invariants the rest of dossier relies on: the body
 * is valid UTF-8 without control characters, and every note's span lies
 * within the body on a bracket. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/import_text.h"
#include "dossier/text.h"

int fuzz_import_one(const uint8_t *data, size_t size);

int fuzz_import_one(const uint8_t *data, size_t size)
{
	struct text_report rep;
	size_t len;
	char *text = text_normalise((const char *)data, size, &len, &rep);
	if (u8_check((const uint8_t *)text, len) != NULL)
		abort();
	struct doc *d = import_text_parse(text, len, "fuzz.txt");
	if (d->body_len != strlen(d->body))
		abort();
	if (u8_check((const uint8_t *)d->body, d->body_len) != NULL)
		abort();
	for (size_t i = 0; i < d->body_len; i++) {
		unsigned char c = (unsigned char)d->body[i];
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			abort();
	}
	for (size_t i = 0; i < d->nnotes; i++) {
		const struct doc_note *n = &d->notes[i];
		if (n->start >= n->end || n->end > d->body_len || d->body[n->start] != '[' ||
		    d->body[n->end - 1] != ']')
			abort();
	}
	doc_free(d);
	free(text);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import_one(data, size);
}
#endif
