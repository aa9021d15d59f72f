/* list.c: the document list, the list pane's first view: move, open,
 * filter as you type. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

static void do_filter(struct app *a, long arg)
{
	(void)arg;
	app_prompt_begin(a, PROMPT_FILTER);
}

static void do_clear_filter(struct app *a, long arg)
{
	(void)arg;
	if (a->filter && app_set_filter(a, NULL) == 0)
		app_message(a, "filter cleared");
}

static void do_list_move(struct app *a, long arg)
{
	app_list_move(a, arg);
}

static void do_list_page(struct app *a, long arg)
{
	app_list_page(a, (int)arg);
}

static void do_list_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_list_first(a);
	else
		app_list_last(a);
}

static void do_list_open(struct app *a, long arg)
{
	(void)arg;
	app_list_open(a);
}

static const struct key_action act_list_down = { "list-down", do_list_move, 1, "next document in the list" };

static const struct key_action act_list_up = { "list-up", do_list_move, -1, "previous document in the list" };

static const struct key_action act_list_page_down = { "list-page-down", do_list_page, 1, "a page down the list" };

static const struct key_action act_list_page_up = { "list-page-up", do_list_page, -1, "a page up the list" };

static const struct key_action act_list_first = { "list-first", do_list_ends, -1, "first document" };

static const struct key_action act_list_last = { "list-last", do_list_ends, 1, "last document" };

static const struct key_action act_list_open = { "list-open", do_list_open, 0, "read the selected document" };

static const struct key_action act_filter = { "filter", do_filter, 0, "filter the list (words in title, people, text)" };

static const struct key_action act_clear_filter = { "clear-filter", do_clear_filter, 0, "show every document again" };

static const struct key_action *const list_actions[] = {
	&act_list_down,
	&act_list_up,
	&act_list_page_down,
	&act_list_page_up,
	&act_list_first,
	&act_list_last,
	&act_list_open,
	&act_filter,
	&act_clear_filter,
	NULL,
};

static const struct mode_key list_keys[] = {
	{ "j Down", "list-down" },
	{ "k Up", "list-up" },
	{ "PageDown C-f C-d Space", "list-page-down" },
	{ "PageUp C-b C-u b", "list-page-up" },
	{ "g Home", "list-first" },
	{ "G End", "list-last" },
	{ "Enter", "list-open" },
	{ "/", "filter" },
	{ "Escape", "clear-filter" },
	{ NULL, NULL },
};

const struct mode mode_list = {
	.name = "list",
	.title = "Document list (left)",
	.parent = "global",
	.actions = list_actions,
	.keys = list_keys,
};
