/* xmlsniff.h: what an XML file is, read from its first bytes without a
 * parser: the root element's start tag after the prolog (the declaration,
 * comments, processing instructions, a DOCTYPE with its internal subset).
 * The XML formats' accepts() decide by it. */
#ifndef DOSSIER_XMLSNIFF_H
#define DOSSIER_XMLSNIFF_H

#include <stddef.h>

/* The root element's start tag ('<' up to, not including, its '>'; its
 * length in *taglen), or NULL if the prolog does not end in one. */
const char *xmlsniff_root(const char *text, size_t len, size_t *taglen);
/* The root element's name as written ("tei:TEI", "item"); the caller
 * frees. NULL if there is none. */
char *xmlsniff_root_name(const char *text, size_t len);
/* Whether the root element's local name (without a prefix) is name and
 * its start tag contains ns (a namespace URI, or part of one). */
int xmlsniff_root_is(const char *text, size_t len, const char *name, const char *ns);
/* Whether the prolog declares entities (<!ENTITY ...>): how a hostile
 * file reads other files or grows a billion times. The formats that need
 * none refuse such a file whole. */
int xmlsniff_declares_entities(const char *text, size_t len);

#endif
