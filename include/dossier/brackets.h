/* brackets.h: editorial brackets of a body as classified notes. */
#ifndef DOSSIER_BRACKETS_H
#define DOSSIER_BRACKETS_H

#include "dossier/doc.h"

/* Finds the editorial brackets of d's body and replaces d's notes with
 * them, in order, each a byte span of the body with its kind and text;
 * records the aliases the brackets resolve ("Feng Xi [Stalin]"). */
void brackets_scan(struct doc *d);

/* A footnote's definition as a body prints it, "[3] Not printed." at a
 * line's start: the line's start, and its text's span (trimmed). */
struct brackets_def {
	size_t start, text, end;
};

/* The definitions of body (len bytes), in order; *n of them. The caller
 * frees the array (NULL when there are none). */
struct brackets_def *brackets_defs(const char *body, size_t len, size_t *n);

#endif
