/* grid.c: the cell grid. */
#include "dossier/grid.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "dossier/osc.h"
#include "dossier/util.h"

void grid_resize(struct grid *g, int w, int h)
{
	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	if (g->cells && g->w == w && g->h == h)
		return;
	free(g->cells);
	g->w = w;
	g->h = h;
	g->cells = xcalloc((size_t)w * (size_t)h, sizeof *g->cells);
	grid_clear(g, 0);
}

static void links_clear(struct grid *g)
{
	for (size_t i = 0; i < g->nlinks; i++)
		free(g->links[i].url);
	free(g->links);
	g->links = NULL;
	g->nlinks = 0;
}

void grid_link(struct grid *g, int x, int y, int w, const char *url)
{
	if (x < 0) {
		w += x;
		x = 0;
	}
	if (x + w > g->w)
		w = g->w - x;
	if (y < 0 || y >= g->h || w <= 0 || url == NULL || !osc_url_ok(url))
		return;
	g->links = xreallocarray(g->links, g->nlinks + 1, sizeof *g->links);
	g->links[g->nlinks++] = (struct grid_link){ x, y, w, xstrdup(url) };
}

void grid_free(struct grid *g)
{
	links_clear(g);
	free(g->cells);
	g->cells = NULL;
	g->w = g->h = 0;
}

struct cell *grid_at(struct grid *g, int x, int y)
{
	if (x < 0 || y < 0 || x >= g->w || y >= g->h)
		return NULL;
	return &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
}

static void blank(struct cell *c, int style)
{
	memset(c, 0, sizeof *c);
	c->ch[0] = ' ';
	c->n = 1;
	c->width = 1;
	c->style = (unsigned char)style;
}

void grid_clear(struct grid *g, int style)
{
	links_clear(g);
	for (size_t i = 0; i < (size_t)g->w * (size_t)g->h; i++)
		blank(&g->cells[i], style);
}

/* Before (x, y) is overwritten: a wide character it is half of goes. */
static void unshare(struct grid *g, int x, int y)
{
	struct cell *c = grid_at(g, x, y);
	if (c == NULL)
		return;
	if (c->width == 0) {
		struct cell *lead = grid_at(g, x - 1, y);
		if (lead)
			blank(lead, lead->style);
	} else if (c->width == 2) {
		struct cell *right = grid_at(g, x + 1, y);
		if (right)
			blank(right, c->style);
	}
}

static void put_cell(struct grid *g, int x, int y, uint32_t ch, int width, int style)
{
	unshare(g, x, y);
	if (width == 2)
		unshare(g, x + 1, y);
	struct cell *c = grid_at(g, x, y), *r = width == 2 ? grid_at(g, x + 1, y) : NULL;
	if (c == NULL || (width == 2 && r == NULL))
		return;
	blank(c, style);
	c->ch[0] = ch;
	c->width = (unsigned char)width;
	if (r) {
		blank(r, style);
		r->width = 0;
	}
}

void grid_fill(struct grid *g, int x, int y, int w, int h, uint32_t ch, int style)
{
	for (int j = y; j < y + h; j++)
		for (int i = x; i < x + w; i++)
			if (grid_at(g, i, j))
				put_cell(g, i, j, ch, 1, style);
}

int grid_put(struct grid *g, int x, int y, int xmax, const char *s, size_t len, int style)
{
	if (xmax > g->w)
		xmax = g->w;
	if (y < 0 || y >= g->h || s == NULL)
		return x;
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	int lastx = -1;
	while (p < end && x < xmax) {
		ucs4_t uc;
		p += u8_mbtouc(&uc, p, (size_t)(end - p));
		int w = uc_width(uc, "UTF-8");
		/* The layout made controls visible already; this is the last guard. */
		if (uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0) || w < 0) {
			uc = '?';
			w = 1;
		}
		if (w == 0) {
			struct cell *c = lastx >= 0 ? grid_at(g, lastx, y) : NULL;
			if (c && c->n < GRID_CHARS)
				c->ch[c->n++] = uc;
			continue;
		}
		if (x < 0) {
			x += w;
			continue;
		}
		if (x + w > xmax) {
			/* Half a wide character does not fit: pad. */
			put_cell(g, x, y, ' ', 1, style);
			x++;
			break;
		}
		put_cell(g, x, y, uc, w, style);
		lastx = x;
		x += w;
	}
	return x;
}

int grid_puts(struct grid *g, int x, int y, int xmax, const char *s, int style)
{
	return s ? grid_put(g, x, y, xmax, s, strlen(s), style) : x;
}

void grid_style(struct grid *g, int x, int y, int w, int style)
{
	for (int i = x; i < x + w; i++) {
		struct cell *c = grid_at(g, i, y);
		if (c)
			c->style = (unsigned char)style;
	}
}
