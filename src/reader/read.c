/* read.c: the reading pane: scroll the text, search in it; the keys of
 * references, the selection and annotations are offered here too. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

static void do_scroll(struct app *a, long arg)
{
	app_scroll_lines(a, arg);
	a->read = 1;
}

static void do_page(struct app *a, long arg)
{
	app_page(a, (int)arg);
	a->read = 1;
}

static void do_half(struct app *a, long arg)
{
	app_half_page(a, (int)arg);
	a->read = 1;
}

static void do_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_top(a);
	else
		app_bottom(a);
	a->read = 1;
}

static void do_search(struct app *a, long arg)
{
	(void)arg;
	prompt_open(a, &prompt_search);
}

static void do_clear_search(struct app *a, long arg)
{
	(void)arg;
	if (a->search) {
		app_search_set(a, NULL);
		app_message(a, "search cleared");
	}
}

/* ---- the prompt of / ---- */

static void search_opened(struct app *a)
{
	a->prompt.saved = a->search ? xstrdup(a->search) : NULL;
}

static void search_accept(struct app *a, const char *t)
{
	if (*t == '\0' && a->prompt.saved) {
		/* An empty search repeats the last one. */
		app_search_set(a, a->prompt.saved);
		app_search_next(a, 1);
	} else if (*t && a->nhits == 0) {
		app_error(a, "not found: %s", t);
	}
	a->read = 1;
}

static void search_cancel(struct app *a)
{
	app_search_restore(a);
	app_message(a, " ");
}

const struct prompt_kind prompt_search = {
	.id = PROMPT_SEARCH,
	.label = "/",
	.needs_doc = 1,
	.opened = search_opened,
	.changed = app_search_typed,
	.accept = search_accept,
	.cancel = search_cancel,
};

static const struct key_action act_scroll_down = { "scroll-down", do_scroll, 1, "scroll down a line" };

static const struct key_action act_scroll_up = { "scroll-up", do_scroll, -1, "scroll up a line" };

static const struct key_action act_page_down = { "page-down", do_page, 1, "scroll down a page" };

static const struct key_action act_page_up = { "page-up", do_page, -1, "scroll up a page" };

static const struct key_action act_half_page_down = { "half-page-down", do_half, 1, "scroll down half a page" };

static const struct key_action act_half_page_up = { "half-page-up", do_half, -1, "scroll up half a page" };

static const struct key_action act_top = { "top", do_ends, -1, "go to the top" };

static const struct key_action act_bottom = { "bottom", do_ends, 1, "go to the bottom" };

const struct key_action act_search = { "search", do_search, 0, "search in the document (as you type)" };

static const struct key_action act_clear_search = { "clear-search", do_clear_search, 0, "clear the search highlights" };

static const struct key_action *const read_actions[] = {
	&act_scroll_down,
	&act_scroll_up,
	&act_page_down,
	&act_page_up,
	&act_half_page_down,
	&act_half_page_up,
	&act_top,
	&act_bottom,
	&act_search,
	&act_clear_search,
	&act_follow_reference,
	&act_change_reference,
	&act_dismiss_reference,
	&act_automatic_reference,
	&act_link_passage,
	&act_select,
	&act_select_lines,
	&act_annotate_paragraph,
	&act_next_annotation,
	&act_previous_annotation,
	&act_edit_annotation,
	&act_edit_annotation_external,
	&act_delete_annotation,
	&act_undo_delete,
	&act_tag_annotation,
	NULL,
};

static const struct mode_key read_keys[] = {
	{ "j Down C-e", "scroll-down" },
	{ "k Up C-y", "scroll-up" },
	{ "Space PageDown C-f", "page-down" },
	{ "b PageUp C-b", "page-up" },
	{ "C-d", "half-page-down" },
	{ "C-u", "half-page-up" },
	{ "g Home", "top" },
	{ "G End", "bottom" },
	{ "/", "search" },
	{ "Escape", "clear-search" },
	{ "Enter", "follow-reference" },
	{ "c", "change-reference" },
	{ "x", "dismiss-reference" },
	{ "X", "automatic-reference" },
	{ "a", "link-passage" },
	{ "v", "select" },
	{ "V", "select-lines" },
	{ "A", "annotate-paragraph" },
	{ ")", "next-annotation" },
	{ "(", "previous-annotation" },
	{ "E", "edit-annotation" },
	{ "D", "delete-annotation" },
	{ "u", "undo-delete" },
	{ "T", "tag-annotation" },
	{ "C-x", "edit-annotation-external" },
	{ NULL, NULL },
};

const struct mode mode_read = {
	.name = "reading",
	.title = "Reading pane (centre)",
	.parent = "global",
	.actions = read_actions,
	.keys = read_keys,
};
