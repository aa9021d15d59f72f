/* importer.c: the table of formats. */
#include "dossier/importer.h"

/* Tried in order; the last accepts anything. The formats of XML come
 * before importer_xml_unknown, which refuses the XML none of them read. */
static const struct importer *const importers[] = {
	&importer_cmif, /* before TEI, which would take its letters for an edition */
	&importer_tei,
	&importer_omeka,
	&importer_xml_unknown,
	&importer_text,
};

const struct importer *importer_find(const char *path, const char *text, size_t len)
{
	for (size_t i = 0; i < sizeof importers / sizeof importers[0]; i++)
		if (importers[i]->accepts(path, text, len))
			return importers[i];
	return importers[sizeof importers / sizeof importers[0] - 1];
}
