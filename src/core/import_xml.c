/* import_xml.c: XML that no format of the table reads. It sits below the
 * XML formats (TEI, and CMIF when it comes) and above text, which takes
 * anything: a .xml file, or a file that declares itself XML, is refused
 * with the name of its root element rather than imported as a text
 * titled "<?xml". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/importer.h"
#include "dossier/util.h"

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Past the white space at p. */
static const char *skip_space(const char *p, const char *end)
{
	while (p < end && is_space(*p))
		p++;
	return p;
}

/* The end of the markup that opens at p (<?...?>, <!--...-->, <!DOCTYPE
 * with its internal subset), or NULL if it is not closed. */
static const char *skip_markup(const char *p, const char *end)
{
	const char *close = p[1] == '?' ? "?>" : (end - p >= 4 && memcmp(p, "<!--", 4) == 0) ? "-->" : NULL;
	if (close) {
		for (const char *q = p + 2; q + strlen(close) <= end; q++)
			if (memcmp(q, close, strlen(close)) == 0)
				return q + strlen(close);
		return NULL;
	}
	int depth = 0;
	for (const char *q = p + 2; q < end; q++) {
		if (*q == '[')
			depth++;
		else if (*q == ']')
			depth--;
		else if (*q == '>' && depth <= 0)
			return q + 1;
	}
	return NULL;
}

/* The root element's name, or NULL if the prolog does not end in one. */
static char *root_name(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	for (;;) {
		p = skip_space(p, end);
		if (end - p < 2 || *p != '<')
			return NULL;
		if (p[1] != '?' && p[1] != '!')
			break;
		if ((p = skip_markup(p, end)) == NULL)
			return NULL;
	}
	const char *n = ++p;
	while (p < end && !is_space(*p) && *p != '>' && *p != '/' && p - n < 40)
		p++;
	return p > n ? xstrndup(n, (size_t)(p - n)) : NULL;
}

static int xml_accepts(const char *path, const char *text, size_t len)
{
	size_t n = path ? strlen(path) : 0;
	if (n >= 4 && strcasecmp(path + n - 4, ".xml") == 0)
		return 1;
	const char *p = skip_space(text, text + len);
	return text + len - p >= 5 && memcmp(p, "<?xml", 5) == 0;
}

static struct doc *xml_parse_one(const char *path, const char *text, size_t len, char **cause)
{
	(void)path;
	char *root = root_name(text, len);
	if (root)
		*cause = xasprintf("XML of an unknown kind (its root element is <%s>; dossier reads TEI and CMIF): not imported",
				   root);
	else
		*cause = xstrdup("XML of an unknown kind (no root element found; dossier reads TEI and CMIF): not imported");
	free(root);
	return NULL;
}

const struct importer importer_xml_unknown = {
	.name = "xml",
	.accepts = xml_accepts,
	.parse_one = xml_parse_one,
};
