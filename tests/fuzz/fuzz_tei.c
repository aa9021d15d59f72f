/* fuzz_tei.c: libFuzzer target for the TEI importer. The input goes
 * through normalisation as the driver does, then accepts(), the parser and
 * the glossary reader. Checks the invariants the rest of dossier relies
 * on: every document's body is valid UTF-8 without control characters
 * (C0 but newline, DEL, C1), its length is body_len, every note, ref and
 * page lies within it, footnote and gap markers are brackets, dates are
 * ISO at a precision, and metadata strings are clean as well. A broken
 * invariant aborts.
 *
 *   clang -DFUZZ_LIBFUZZER -fsanitize=fuzzer,address,undefined ... \
 *     tests/fuzz/fuzz_tei.c src/core/{import_tei,doc,util,text}.c -lxml2 -lunistring */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/import_tei.h"
#include "dossier/text.h"

int fuzz_tei_one(const uint8_t *data, size_t size);

static void check_str(const char *s)
{
	if (s == NULL)
		return;
	size_t n = strlen(s);
	if (u8_check((const uint8_t *)s, n) != NULL)
		abort();
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n') || c == 0x7f)
			abort();
		if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
			abort();
	}
}

static void check_date(const char *s)
{
	if (s == NULL)
		return;
	size_t n = strlen(s);
	if (n != 4 && n != 7 && n != 10)
		abort();
	for (size_t i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			abort();
}

static int check_doc(const struct doc *d, const char *key, uint64_t hash, void *arg, char **cause)
{
	(void)hash;
	(void)cause;
	(*(size_t *)arg)++;
	if (d->body == NULL || d->body_len != strlen(d->body))
		abort();
	check_str(d->body);
	/* no blank line before the text, no white space after it */
	if (d->body_len && (d->body[0] == '\n' || d->body[d->body_len - 1] == '\n' || d->body[d->body_len - 1] == ' '))
		abort();
	const char *fields[] = { key, d->title, d->date_text, d->kind, d->number, d->source, d->volume_id,
				 d->volume_title, d->doc_n, d->xml_id, d->place };
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		check_str(fields[i]);
	check_date(d->date);
	if (d->volume_id == NULL || *d->volume_id == '\0')
		abort();
	for (size_t i = 0; i < d->from.n; i++)
		check_str(d->from.v[i]);
	for (size_t i = 0; i < d->to.n; i++)
		check_str(d->to.v[i]);
	for (size_t i = 0; i < d->nnotes; i++) {
		const struct doc_note *n = &d->notes[i];
		if (n->start >= n->end || n->end > d->body_len || d->body[n->start] != '[' || d->body[n->end - 1] != ']')
			abort();
		if (n->kind != NOTE_FOOTNOTE && n->kind != NOTE_ELISION)
			abort();
		check_str(n->text);
	}
	for (size_t i = 0; i < d->nrefs; i++) {
		const struct doc_ref *r = &d->refs[i];
		if (r->start >= r->end || r->end > d->body_len || r->phrase == NULL || r->target == NULL)
			abort();
		check_str(r->phrase);
		check_str(r->target);
	}
	for (size_t i = 0; i < d->npages; i++) {
		if (d->pages[i].offset > d->body_len || (i && d->pages[i].offset <= d->pages[i - 1].offset))
			abort();
		check_str(d->pages[i].n);
	}
	for (size_t i = 0; i < d->naliases; i++) {
		check_str(d->aliases[i].name);
		check_str(d->aliases[i].canonical);
	}
	return 0;
}

int fuzz_tei_one(const uint8_t *data, size_t size)
{
	struct text_report rep;
	size_t len;
	char *text = text_normalise((const char *)data, size, &len, &rep);
	(void)import_tei_accepts("fuzz.xml", text, len);
	(void)import_tei_accepts(NULL, text, len);
	size_t docs = 0;
	char *cause = NULL;
	int rc = import_tei_parse("fuzz.xml", text, len, check_doc, &docs, &cause);
	if (rc != 0 && cause == NULL)
		abort(); /* a failure always says why */
	if (rc == 0 && docs == 0)
		abort(); /* success means documents */
	check_str(cause);
	free(cause);
	cause = NULL;
	struct doc_gloss *g = NULL;
	size_t n = 0;
	if (import_tei_glossary(text, len, &g, &n, &cause) == 0) {
		for (size_t i = 0; i < n; i++) {
			if (g[i].id == NULL || g[i].term == NULL || g[i].gloss == NULL || *g[i].term == '\0')
				abort();
			if (strcmp(g[i].kind, "person") != 0 && strcmp(g[i].kind, "term") != 0)
				abort();
			check_str(g[i].id);
			check_str(g[i].term);
			check_str(g[i].gloss);
		}
		import_tei_glossary_free(g, n);
	} else if (cause == NULL) {
		abort();
	}
	free(cause);
	free(text);
	return 0;
}

#ifdef FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tei_one(data, size);
}
#endif
