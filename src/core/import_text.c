/* import_text.c: the importer for plain-text and Markdown exports of
 * archival documents.
 *
 * Three layouts are common (DESIGN.md, "Who uses it"):
 *  - web exports: "Skip to content", a date line, a title line, the body,
 *    a one-paragraph archive summary, "Document Information" with the
 *    archive citation, a rights statement and labelled fields ("Original
 *    Uploaded Date", "Record ID", ...);
 *  - Markdown exports: a bold date and a bold title, then **Label:**
 *    blocks (Citation, Summary, Credits, Original Language, Contents);
 *  - bare letters and telegrams whose only metadata is in the text: a
 *    telegram header, a salutation, a signature and a date line (with
 *    the sender's number by it);
 *  - editions of diplomatic papers as text: a heading "No. 31.] Mr. A to
 *    Mr. B." or a file code over "The Secretary of State to ...", an
 *    editor's "[Telegram.]", a dateline "Legation ..., / Place, date.
 *    (Received ...)" and a signature at the end.
 * Any text may mix them, so each rule looks for its own evidence rather
 * than trusting one layout decision.
 *
 * The parser works on the lines of a private copy of the text (lines.h).
 * The header reader (header.h) reads the metadata by evidence and takes the
 * archive's apparatus out; the body is assembled from the lines that
 * remain (body.c). Editorial brackets
 * are classified last, on the final body, so every note's span is exact
 * (brackets.c).
 *
 * Titles are kept as printed, brackets included ("Ciphered Telegram No.
 * 75352, Feng Xi [Stalin] to ..."): it is the archive's own title, and the
 * aliases it resolves are recorded as aliases and in from/to anyway. */
#include "dossier/import_text.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/body.h"
#include "dossier/footmarks.h"
#include "dossier/brackets.h"
#include "dossier/header.h"
#include "dossier/lines.h"
#include "dossier/util.h"

/* "[Page 412]" in an edition's page text marks where its printed page
 * begins: a page break of the document, not an editor's note. */
static void pages_mark(struct doc *d)
{
	size_t kept = 0;
	for (size_t i = 0; i < d->nnotes; i++) {
		struct doc_note *n = &d->notes[i];
		const char *t = n->text;
		if (strncmp(t, "Page ", 5) == 0 && t[5] != '\0' && strlen(t) < 16 && strspn(t + 5, "0123456789IVXLCM[]") == strlen(t + 5)) {
			char *num = xstrdup(t + 5);
			size_t k = 0;
			for (size_t j = 0; num[j]; j++)
				if (num[j] != '[' && num[j] != ']')
					num[k++] = num[j];
			num[k] = '\0';
			doc_add_page(d, n->start, num);
			free(num);
			free(n->text);
			continue;
		}
		d->notes[kept++] = *n;
	}
	d->nnotes = kept;
	/* the "[XIV]" inside "[Page [XIV]]" goes with its page */
	kept = 0;
	for (size_t i = 0; i < d->nnotes; i++) {
		int inside = 0;
		for (size_t p = 0; p < d->npages && !inside; p++)
			inside = d->notes[i].start > d->pages[p].offset && d->notes[i].start < d->pages[p].offset + 16 &&
				 strncmp(d->body + d->pages[p].offset, "[Page ", 6) == 0;
		if (inside)
			free(d->notes[i].text);
		else
			d->notes[kept++] = d->notes[i];
	}
	d->nnotes = kept;
}

struct doc *import_text_parse(const char *text, size_t len, const char *path)
{
	char *copy = xmalloc((text ? len : 0) + 1);
	if (text && len)
		memcpy(copy, text, len);
	return import_text_parse_take(copy, text ? len : 0, path);
}

struct doc *import_text_parse_take(char *text, size_t len, const char *path)
{
	struct lines L;
	lines_take(&L, text, len);
	struct doc *d = doc_create();
	int markdown = 0;
	header_read(d, &L, &markdown);
	body_build(&L, markdown, d);
	footmarks_bracket(d);
	brackets_scan(d);
	pages_mark(d);
	header_finish(d, path);
	lines_free(&L);
	return d;
}
