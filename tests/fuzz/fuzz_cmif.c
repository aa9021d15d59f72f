/* fuzz_cmif.c: libFuzzer target for the CMIF importer. The input goes
 * through normalisation as the driver does, then accepts() and the
 * reader. Checks: a failure always says why and emits nothing; every
 * string read is valid UTF-8 without control characters; every date is
 * EDTF that cite.h reads, every document's date ISO at a precision, its
 * body empty; the letters' citations are clean in every style; and the
 * letters written back as CMIF read again as as many letters. A broken
 * invariant aborts.
 *
 *   clang -DFUZZ_LIBFUZZER -fsanitize=fuzzer,address,undefined ... \
 *     tests/fuzz/fuzz_cmif.c src/core/{import_cmif,cite,export*,doc,util,text}.c \
 *     -lxml2 -ljansson -lunistring */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/export.h"
#include "dossier/import_cmif.h"
#include "dossier/text.h"

int fuzz_cmif_one(const uint8_t *data, size_t size);

static void check_str(const char *s)
{
	if (s == NULL)
		return;
	size_t n = strlen(s);
	if (u8_check((const uint8_t *)s, n) != NULL)
		abort();
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			abort();
		if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
			abort();
	}
}

static void check_action(const struct cmif_action *a)
{
	for (size_t i = 0; i < a->npersons; i++) {
		if (a->persons[i].name == NULL || *a->persons[i].name == '\0')
			abort();
		check_str(a->persons[i].name);
		check_str(a->persons[i].ref);
	}
	check_str(a->place);
	check_str(a->place_ref);
	check_str(a->date_text);
	struct cite_date v;
	if (a->date && cite_date_parse(a->date, &v) != 0)
		abort();
}

static int check_emit(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	(void)hash, (void)cause;
	(*(size_t *)arg)++;
	if (d->body == NULL || d->body_len != 0 || key == NULL)
		abort();
	check_str(key);
	struct cite_date v;
	if (d->date && (cite_date_parse(d->date, &v) != 0 || v.range || v.open_start || v.open_end || v.uncertain))
		abort();
	return 0;
}

int fuzz_cmif_one(const uint8_t *data, size_t size)
{
	struct text_report rep;
	size_t len;
	char *text = text_normalise((const char *)data, size, &len, &rep);
	(void)import_cmif_accepts("fuzz.xml", text, len);
	struct cmif_file *f = NULL;
	char *cause = NULL;
	if (import_cmif_read(text, len, &f, &cause) != 0) {
		if (cause == NULL || f != NULL)
			abort(); /* a failure says why, and leaves nothing */
		check_str(cause);
		free(cause);
		cause = NULL;
		size_t emitted = 0;
		if (import_cmif_parse("fuzz.xml", text, len, check_emit, NULL, &emitted, &cause) == 0 || emitted != 0)
			abort();
		free(cause);
		free(text);
		return 0;
	}
	if (f->nletters == 0)
		abort();
	struct cite **v = calloc(f->nletters, sizeof *v);
	for (size_t i = 0; i < f->nletters; i++) {
		check_action(&f->letters[i].sent);
		check_action(&f->letters[i].received);
		check_str(f->letters[i].url);
		check_str(f->letters[i].edition);
		v[i] = import_cmif_cite(&f->letters[i]);
		for (int st = 0; st < CITE_STYLE_COUNT; st++) {
			char *c = cite_format(v[i], st, CITE_MARKDOWN);
			check_str(c);
			free(c);
		}
	}
	for (size_t i = 0; i < f->warnings.n; i++)
		check_str(f->warnings.v[i]);
	size_t emitted = 0;
	if (import_cmif_parse("fuzz.xml", text, len, check_emit, NULL, &emitted, &cause) != 0 || emitted != f->nletters)
		abort();
	/* written back, read again: as many letters */
	char *xml = export_string(EXPORT_CMIF, v, f->nletters, NULL, &cause);
	if (xml == NULL)
		abort();
	struct cmif_file *g = NULL;
	if (import_cmif_read(xml, strlen(xml), &g, &cause) != 0 || g->nletters != f->nletters)
		abort();
	import_cmif_free(g);
	free(xml);
	for (size_t i = 0; i < f->nletters; i++)
		cite_free(v[i]);
	free(v);
	import_cmif_free(f);
	free(text);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_cmif_one(data, size);
}
#endif
