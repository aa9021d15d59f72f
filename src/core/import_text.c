/* import_text.c: plain-text and Markdown archive exports (placeholder
 * body-only parser until the full one lands). */
#include "dossier/import_text.h"

#include <string.h>

struct doc *import_text_parse(const char *text, size_t len, const char *path)
{
	(void)path;
	struct doc *d = doc_create();
	d->body = xstrndup(text, len);
	d->body_len = len;
	return d;
}
