/* body.h: a document's text from the lines that remain of a page. */
#ifndef DOSSIER_BODY_H
#define DOSSIER_BODY_H

#include "dossier/doc.h"
#include "dossier/lines.h"

/* Sets d's body from the lines of l not dropped; markdown: undo Markdown
 * escapes ("\[") and strong emphasis. */
void body_build(const struct lines *l, int markdown, struct doc *d);

#endif
