/* fuzz_omeka.c: libFuzzer target for the Omeka XML importer. The input
 * goes through normalisation as the driver does, then accepts() and the
 * reader. Checks: a failure says why and emits nothing; every item emitted
 * has a key "item:..." and a document whose strings are valid UTF-8
 * without control characters (the body may hold newlines and tabs) and
 * whose date, if any, is ISO at a precision. A broken invariant aborts.
 *
 *   clang -DFUZZ_LIBFUZZER -fsanitize=fuzzer,address,undefined ... \
 *     tests/fuzz/fuzz_omeka.c src/core/{import_omeka,xmlsniff,import_text,header*,...}.c \
 *     -lxml2 -lunistring */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/date.h"
#include "dossier/import_omeka.h"
#include "dossier/text.h"

int fuzz_omeka_one(const uint8_t *data, size_t size);

/* Valid UTF-8 without C0 or C1 controls but a tab (a field the text's
 * header gives may hold one, as the text importer keeps it); lines:
 * newlines allowed too. */
static void check_str(const char *s, int lines)
{
	if (s == NULL)
		return;
	size_t n = strlen(s);
	if (u8_check((const uint8_t *)s, n) != NULL)
		abort();
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && !(lines && c == '\n')) || c == 0x7f)
			abort();
		if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
			abort();
	}
}

static int check_emit(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	(void)hash, (void)cause;
	(*(size_t *)arg)++;
	if (key == NULL || strncmp(key, "item:", 5) != 0)
		abort();
	check_str(key, 0);
	const char *one_line[] = { d->title, d->summary, d->source, d->language, d->url, d->record_id, d->date_text };
	for (size_t i = 0; i < sizeof one_line / sizeof one_line[0]; i++)
		check_str(one_line[i], 0);
	for (size_t i = 0; i < d->from.n; i++)
		check_str(d->from.v[i], 0);
	for (size_t i = 0; i < d->to.n; i++)
		check_str(d->to.v[i], 0);
	check_str(d->body, 1);
	struct date_val v;
	if (d->date && date_from_iso(d->date, &v) != 0)
		abort();
	return 0;
}

int fuzz_omeka_one(const uint8_t *data, size_t size)
{
	struct text_report rep;
	size_t len;
	char *text = text_normalise((const char *)data, size, &len, &rep);
	(void)import_omeka_accepts("fuzz.xml", text, len);
	size_t emitted = 0;
	char *cause = NULL;
	if (import_omeka_parse("fuzz.xml", text, len, check_emit, NULL, &emitted, &cause) != 0) {
		if (cause == NULL || emitted != 0)
			abort(); /* a failure says why, and emits nothing */
		check_str(cause, 0);
		free(cause);
	} else if (emitted == 0) {
		abort(); /* success is at least one item */
	}
	free(text);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_omeka_one(data, size);
}
#endif
