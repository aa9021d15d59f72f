/* view.h: draws the reader's state into a cell grid. No curses here. */
#ifndef DOSSIER_VIEW_H
#define DOSSIER_VIEW_H

#include "dossier/app.h"
#include "dossier/keys.h"
#include "dossier/grid.h"

/* Draws everything; sets *cx, *cy to where the cursor belongs (a prompt
 * or form being edited), or to -1. */
void view_draw(struct app *a, const struct keymap *km, struct grid *g, int *cx, int *cy);

#endif
