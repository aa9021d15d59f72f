/* grid.h: an in-memory grid of cells the view draws into and the curses
 * backend copies to the terminal (as vis does). Every write is clipped to
 * the grid and to a right margin, wide characters never straddle it, and
 * no control character can be stored: whatever the view does, nothing
 * outside the screen or raw reaches the terminal. No curses here. */
#ifndef DOSSIER_GRID_H
#define DOSSIER_GRID_H

#include <stddef.h>
#include <stdint.h>

#define GRID_CHARS 5            /* a character and its combining marks */

struct cell {
	uint32_t ch[GRID_CHARS];
	unsigned char n;        /* code points in ch */
	unsigned char width;    /* 1 or 2; 0 for the right half of a wide one */
	unsigned char style;
};

/* Cells that are a hyperlink to url (OSC 8): the backend writes them
 * so, when the config lets it. */
struct grid_link {
	int x, y, w;
	char *url;
};

struct grid {
	int w, h;
	struct cell *cells;
	struct grid_link *links;
	size_t nlinks;
};

void grid_resize(struct grid *g, int w, int h);
void grid_free(struct grid *g);
/* Blanks the whole grid in style. */
void grid_clear(struct grid *g, int style);
void grid_fill(struct grid *g, int x, int y, int w, int h, uint32_t ch, int style);
/* Writes len bytes of UTF-8 at (x, y), stopping before column xmax.
 * Returns the column after the text. */
int grid_put(struct grid *g, int x, int y, int xmax, const char *s, size_t len, int style);
int grid_puts(struct grid *g, int x, int y, int xmax, const char *s, int style);
/* Restyles w cells from (x, y). */
void grid_style(struct grid *g, int x, int y, int w, int style);
struct cell *grid_at(struct grid *g, int x, int y);
/* Makes w cells from (x, y) a link to url (clipped to the grid; a URL
 * with a control character or a space is no link). */
void grid_link(struct grid *g, int x, int y, int w, const char *url);

#endif
