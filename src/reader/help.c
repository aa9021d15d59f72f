/* help.c: the help screen, an overlay made from the keymap. */
#include <stdlib.h>
#include <string.h>

#include "dossier/keys.h"
#include "dossier/util.h"
#include "mode.h"

void app_help_toggle(struct app *a)
{
	a->help.open = !a->help.open;
	mode_show(a, "help", a->help.open);
	a->help.top = 0;
}

void app_help_scroll(struct app *a, long n)
{
	long long v = (long long)a->help.top + n;
	long long max = (long long)a->help.lines - (a->h > 2 ? a->h - 2 : 1);
	if (v > max)
		v = max;
	a->help.top = v < 0 ? 0 : (size_t)v;
}

static void do_help(struct app *a, long arg)
{
	(void)arg;
	app_help_toggle(a);
}

static void do_help_page(struct app *a, long arg)
{
	long h = a->h > 4 ? a->h - 3 : 1;
	if (arg == 0)
		a->help.top = 0;
	else if (arg > 1)
		app_help_scroll(a, (long)a->help.lines);
	else
		app_help_scroll(a, arg * h);
}

const struct key_action act_help = { "help", do_help, 0, "show or hide this help" };

static const struct key_action act_help_down = { "help-down", app_help_scroll, 1, "scroll down" };

static const struct key_action act_help_up = { "help-up", app_help_scroll, -1, "scroll up" };

static const struct key_action act_help_page_down = { "help-page-down", do_help_page, 1, "a page down" };

static const struct key_action act_help_page_up = { "help-page-up", do_help_page, -1, "a page up" };

static const struct key_action act_help_top = { "help-top", do_help_page, 0, "to the top" };

static const struct key_action act_help_bottom = { "help-bottom", do_help_page, 2, "to the bottom" };

static const struct key_action act_help_close = { "help-close", do_help, 0, "close the help" };

static const struct key_action *const help_actions[] = {
	&act_help,
	&act_help_down,
	&act_help_up,
	&act_help_page_down,
	&act_help_page_up,
	&act_help_top,
	&act_help_bottom,
	&act_help_close,
	NULL,
};

static const struct mode_key help_keys[] = {
	{ "j Down", "help-down" },
	{ "k Up", "help-up" },
	{ "Space PageDown C-f C-d", "help-page-down" },
	{ "b PageUp C-b C-u", "help-page-up" },
	{ "g Home", "help-top" },
	{ "G End", "help-bottom" },
	{ "q Escape ? F1", "help-close" },
	{ NULL, NULL },
};

/* The help's top stays within its lines (app_fit made them). */
static void help_fit(struct app *a)
{
	if (!a->help.open)
		return;
	a->help.lines = a->help.n + 2;
	size_t rows = (size_t)app_help_rows(a);
	size_t max = a->help.lines > rows ? a->help.lines - rows : 0;
	if (a->help.top > max)
		a->help.top = max;
}

const struct mode mode_help = {
	.name = "help",
	.title = "This help",
	.actions = help_actions,
	.keys = help_keys,
	.fit = help_fit,
	.input = mode_ignore,
};
