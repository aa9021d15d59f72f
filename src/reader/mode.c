/* mode.c: the stack of modes in the reader's state. Modes are named
 * here, not pointed at: a mode file opens and closes itself by name, so
 * no mode file needs another, and only the registry (modes.c) knows them
 * all. */
#include "mode.h"

#include <string.h>

const char *mode_top(const struct app *a)
{
	if (a->noverlay)
		return a->overlay[a->noverlay - 1];
	return a->pane_mode[a->focus];
}

int mode_open(const struct app *a, const char *name)
{
	for (size_t i = 0; i < a->noverlay; i++)
		if (strcmp(a->overlay[i], name) == 0)
			return 1;
	return 0;
}

void mode_pop(struct app *a, const char *name)
{
	size_t j = 0;
	for (size_t i = 0; i < a->noverlay; i++)
		if (strcmp(a->overlay[i], name) != 0)
			a->overlay[j++] = a->overlay[i];
	a->noverlay = j;
}

void mode_push(struct app *a, const char *name)
{
	mode_pop(a, name);
	/* Every overlay at once is fewer than the room. */
	if (a->noverlay < sizeof a->overlay / sizeof a->overlay[0])
		a->overlay[a->noverlay++] = name;
}

void mode_show(struct app *a, const char *name, int on)
{
	if (!on)
		mode_pop(a, name);
	else if (!mode_open(a, name))
		mode_push(a, name);
}

void mode_pane(struct app *a, enum app_pane p, const char *name)
{
	a->pane_mode[p] = name;
}

int mode_ignore(struct app *a, const char *key)
{
	(void)a;
	(void)key;
	return 0;
}
