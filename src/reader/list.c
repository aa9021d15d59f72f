/* list.c: the document list, the list pane's first view: move, open,
 * filter as you type. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

static void do_filter(struct app *a, long arg)
{
	(void)arg;
	prompt_open(a, &prompt_filter);
}

static void do_clear_filter(struct app *a, long arg)
{
	(void)arg;
	if (a->filter && app_set_filter(a, NULL) == 0)
		app_message(a, "filter cleared");
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

/* ---- the prompt of / ---- */

/* What is being edited starts as it is. */
static void filter_opened(struct app *a)
{
	prompt_edit(a, a->filter);
}

static void filter_changed(struct app *a, const char *t)
{
	/* While typing, a half-written query is no error yet. */
	char *saved = a->message;
	a->message = NULL;
	if (app_try_filter(a, t) != 0)
		app_message(a, " ");
	else if (a->count_capped)
		app_message(a, "more than %lld of %lld documents", (long long)a->count_first, (long long)a->total);
	else
		app_message(a, "%lld of %lld documents", (long long)a->count, (long long)a->total);
	free(saved);
}

static void filter_accept(struct app *a, const char *t)
{
	if (app_set_filter(a, t) == 0) {
		if (a->filter && a->count_capped)
			app_message(a, "more than %lld of %lld documents match", (long long)a->count_first, (long long)a->total);
		else if (a->filter)
			app_message(a, "%lld of %lld documents match", (long long)a->count, (long long)a->total);
		else
			app_message(a, "filter cleared");
	}
}

static void filter_cancel(struct app *a)
{
	app_set_filter(a, a->prompt.saved);
	app_message(a, " ");
}

const struct prompt_kind prompt_filter = {
	.id = PROMPT_FILTER,
	.label = "filter: ",
	.opened = filter_opened,
	.changed = filter_changed,
	.accept = filter_accept,
	.cancel = filter_cancel,
};

static const struct key_action act_list_down = { "list-down", app_list_move, 1, "next document in the list" };

static const struct key_action act_list_up = { "list-up", app_list_move, -1, "previous document in the list" };

static const struct key_action act_list_page_down = { "list-page-down", app_list_page, 1, "a page down the list" };

static const struct key_action act_list_page_up = { "list-page-up", app_list_page, -1, "a page up the list" };

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

/* The rows on screen are fetched before a frame, not while it is drawn. */
static void list_fit(struct app *a)
{
	for (int i = 0; i < a->pane[PANE_LIST].h; i++)
		if (app_row(a, a->top + i) == NULL)
			break;
}

const struct mode mode_list = {
	.name = "list",
	.title = "Document list (left)",
	.parent = "global",
	.actions = list_actions,
	.keys = list_keys,
	.fit = list_fit,
};
