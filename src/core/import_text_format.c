/* import_text_format.c: the plain-text and Markdown importer's entry in
 * the table of formats (importer.h). Its parser is import_text.c. */
#include "dossier/import_text.h"
#include "dossier/importer.h"

static int text_accepts(const char *path, const char *text, size_t len)
{
	(void)path;
	(void)text;
	(void)len;
	return 1; /* the fallback: anything that is text */
}

static struct doc *text_parse_one(const char *path, const char *text, size_t len, char **cause)
{
	(void)cause; /* text of any layout is a document */
	return import_text_parse(text, len, path);
}

static struct doc *text_parse_one_take(const char *path, char *text, size_t len, char **cause)
{
	(void)cause;
	return import_text_parse_take(text, len, path);
}

const struct importer importer_text = {
	.name = "text",
	.accepts = text_accepts,
	.parse_one = text_parse_one,
	.parse_one_take = text_parse_one_take,
};
