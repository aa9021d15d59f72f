/* footmarks.h: the footnotes of a page whose text lost their superscripts
 * (its notes listed at the end, their numbers glued to the words they
 * follow), written as the bracketed markers brackets.c reads. */
#ifndef DOSSIER_FOOTMARKS_H
#define DOSSIER_FOOTMARKS_H

#include "dossier/doc.h"

/* Rewrites d's body: "State of Texas3" -> "State of Texas[3]" and the
 * list's "  3. Not printed." -> "[3] Not printed.", when the body ends
 * with notes numbered 1 to N and all but one of them (a heading's source
 * note) are marked, in order, in its text. Otherwise leaves it. */
void footmarks_bracket(struct doc *d);

#endif
