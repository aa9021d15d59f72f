/* import_xml.c: XML that no format of the table reads. It sits below the
 * XML formats (CMIF, TEI, Omeka XML) and above text, which takes
 * anything: a .xml file, or a file that declares itself XML, is refused
 * with the name of its root element rather than imported as a text
 * titled "<?xml". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/importer.h"
#include "dossier/util.h"
#include "dossier/xmlsniff.h"

/* Past the white space at p. */
static const char *skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
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
	char *root = xmlsniff_root_name(text, len);
	if (root)
		*cause = xasprintf("XML of an unknown kind (its root element is <%s>; dossier reads TEI, CMIF and Omeka XML): not imported",
				   root);
	else
		*cause = xstrdup("XML of an unknown kind (no root element found; dossier reads TEI, CMIF and Omeka XML): not imported");
	free(root);
	return NULL;
}

const struct importer importer_xml_unknown = {
	.name = "xml",
	.accepts = xml_accepts,
	.parse_one = xml_parse_one,
};
