/* view.h: draws the reader's state into a cell grid (grid.h), which a
 * terminal copies to the screen. It only reads the state: app_fit comes
 * first. No curses here. */
#ifndef DOSSIER_VIEW_H
#define DOSSIER_VIEW_H

#include <stddef.h>

#include "dossier/app.h"
#include "dossier/grid.h"

/* Draws everything; sets *cx, *cy to where the cursor belongs (a prompt
 * or form being edited), or to -1. */
void view_draw(const struct app *a, struct grid *g, int *cx, int *cy);

/* Where the focused sidebar's scrolling stops: within what it shows, on
 * the entry selected (the sidebar's fit). */
size_t view_side_top(const struct app *a);

#endif
