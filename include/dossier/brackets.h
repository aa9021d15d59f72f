/* brackets.h: editorial brackets of a body as classified notes. */
#ifndef DOSSIER_BRACKETS_H
#define DOSSIER_BRACKETS_H

#include "dossier/doc.h"

/* Finds the editorial brackets of d's body and replaces d's notes with
 * them, in order, each a byte span of the body with its kind and text;
 * records the aliases the brackets resolve ("Feng Xi [Stalin]"). */
void brackets_scan(struct doc *d);

#endif
