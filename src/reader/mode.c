/* mode.c: the stack of modes in the reader's state. */
#include "mode.h"

#include <string.h>

const struct mode *mode_top(const struct app *a)
{
	if (a->noverlay)
		return a->overlay[a->noverlay - 1];
	return a->pane_mode[a->focus];
}

int mode_open(const struct app *a, const struct mode *m)
{
	for (size_t i = 0; i < a->noverlay; i++)
		if (a->overlay[i] == m)
			return 1;
	return 0;
}

void mode_pop(struct app *a, const struct mode *m)
{
	size_t j = 0;
	for (size_t i = 0; i < a->noverlay; i++)
		if (a->overlay[i] != m)
			a->overlay[j++] = a->overlay[i];
	a->noverlay = j;
}

void mode_push(struct app *a, const struct mode *m)
{
	mode_pop(a, m);
	/* Every overlay at once is fewer than the room. */
	if (a->noverlay < sizeof a->overlay / sizeof a->overlay[0])
		a->overlay[a->noverlay++] = m;
}

void mode_show(struct app *a, const struct mode *m, int on)
{
	if (!on)
		mode_pop(a, m);
	else if (!mode_open(a, m))
		mode_push(a, m);
}

int mode_ignore(struct app *a, const char *key)
{
	(void)a;
	(void)key;
	return 0;
}

void mode_pane(struct app *a, enum app_pane p, const struct mode *m)
{
	a->pane_mode[p] = m;
}
