/* global.c: the keys that work anywhere but in an overlay. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

static int first_id_cb(const struct store_doc *sd, void *arg)
{
	*(int64_t *)arg = sd->id;
	return 1;
}

int app_goto_date(struct app *a, const char *text)
{
	char *t = xstrdup(text ? text : "");
	str_trim(t);
	char iso[11];
	if (app_parse_date(t, iso) != 0) {
		app_error(a, "not a date: \u201c%s\u201d (1950, 1950-10, 1950-10-08 or 8 October 1950)", t);
		free(t);
		return -1;
	}
	free(t);
	app_listview_set(a, LIST_DOCUMENTS);
	int resorted = a->order != STORE_BY_DATE;
	if (resorted) {
		a->order = STORE_BY_DATE;
		app_rows_clear(a);
	}
	char *cause = NULL;
	app_count_settle(a); /* a place past the first count is one */
	int64_t i = store_index_of_date(a->store, iso, &cause), idx = i;
	if (i >= 0 && a->filter) {
		/* Its place within the filter: the filtered documents before the
		 * first document of the library on or after the date. */
		int64_t first = 0;
		if (store_list(a->store, STORE_BY_DATE, (size_t)i, 1, first_id_cb, &first, &cause) != 0)
			idx = -1;
		else
			idx = first ? store_index_of_filtered(a->store, STORE_BY_DATE, a->filter, first, &cause) : a->count;
	}
	if (idx < 0) {
		app_error_cause(a, cause);
		return -1;
	}
	const struct app_row *r = idx < a->count ? app_row(a, idx) : NULL;
	if (r == NULL || r->date == NULL) {
		if (resorted)
			app_sync_selection(a);
		app_error(a, "no dated document on or after %s%s", iso, a->filter ? " in this filter" : "");
		return -1;
	}
	a->sel = idx;
	app_list_clamp(a);
	int64_t id = r->id;
	char *date = xstrdup(r->date);
	if (app_jump(a, id, SIZE_MAX, 0) == 0)
		app_message(a, "%s: the first on or after %s%s \u00b7 Backspace returns", date, iso,
			    resorted ? " (sorted by date)" : "");
	free(date);
	return 0;
}

int app_next_between(struct app *a, int dir)
{
	if (a->doc == NULL)
		return -1;
	const struct doc *d = a->doc->doc;
	if (d->from.n == 0 || d->to.n == 0) {
		app_message(a, "this document has no %s: no correspondence to follow", d->from.n ? "recipient" : "sender");
		return -1;
	}
	char *pair = xasprintf("%s and %s", d->from.v[0], d->to.v[0]);
	int64_t id = 0;
	char *cause = NULL;
	int rc = store_neighbour_between(a->store, a->doc->id, dir, &id, &cause);
	if (rc < 0) {
		app_error_cause(a, cause);
	} else if (rc == 1) {
		app_message(a, "no %s letter between %s", dir > 0 ? "later" : "earlier", pair);
	} else if ((rc = app_jump(a, id, SIZE_MAX, 0)) == 0) {
		const char *date = a->doc->doc->date;
		app_message(a, "%s letter between %s%s%s", dir > 0 ? "next" : "previous", pair, date ? ": " : "",
			    date ? date : "");
	}
	free(pair);
	return rc == 0 ? 0 : -1;
}

static void do_quit(struct app *a, long arg)
{
	(void)arg;
	a->quit = 1;
}

static void do_redraw(struct app *a, long arg)
{
	(void)arg;
	a->redraw = 1;
	/* Another dossier may have written meanwhile: read again once the
	 * key is done (keys_handle). */
	a->stale = 1;
}

static void do_focus(struct app *a, long arg)
{
	if (arg < 0)
		app_focus_left(a);
	else if (arg > 0)
		app_focus_right(a);
}

static void do_toggle_pane(struct app *a, long arg)
{
	app_toggle_pane(a, (enum app_pane)arg);
}

static void do_footnotes(struct app *a, long arg)
{
	(void)arg;
	app_toggle_footnotes(a);
}

static void do_next_doc(struct app *a, long arg)
{
	app_next_doc(a, (int)arg);
}

static void do_sort(struct app *a, long arg)
{
	(void)arg;
	app_sort_cycle(a);
}

static void do_jump(struct app *a, long arg)
{
	if (arg < 0)
		app_back(a);
	else
		app_forward(a);
}

static void do_between(struct app *a, long arg)
{
	app_next_between(a, (int)arg);
}

/* ---- t: the prompt for a date ---- */

static void date_opened(struct app *a)
{
	app_message(a, "1950, 1950-10, 1950-10-08 or 8 October 1950");
}

static void date_accept(struct app *a, const char *t)
{
	app_goto_date(a, t);
}

const struct prompt_kind prompt_date = {
	.id = PROMPT_DATE,
	.label = "go to date: ",
	.opened = date_opened,
	.accept = date_accept,
};

static void date_ask(struct app *a, long arg)
{
	(void)arg;
	prompt_open(a, &prompt_date);
}

const struct key_action act_quit = { "quit", do_quit, 0, "quit (the reading position is kept)" };

static const struct key_action act_focus_left = { "focus-left", do_focus, -1, "focus the pane to the left" };

static const struct key_action act_focus_right = { "focus-right", do_focus, 1, "focus the pane to the right" };

static const struct key_action act_toggle_list = { "toggle-list", do_toggle_pane, PANE_LIST, "show or hide the document list" };

static const struct key_action act_toggle_sidebar = { "toggle-sidebar", do_toggle_pane, PANE_SIDE, "show or hide the sidebar" };

static const struct key_action act_next_document = { "next-document", do_next_doc, 1, "next document in the list (by date unless sorted)" };

static const struct key_action act_previous_document = { "previous-document", do_next_doc, -1, "previous document" };

static const struct key_action act_toggle_footnotes = { "toggle-footnotes", do_footnotes, 0, "editorial brackets inline or as numbered notes" };

static const struct key_action act_sort = { "sort", do_sort, 0, "sort the list by date, title or import order" };

static const struct key_action act_search_next = { "search-next", app_search_next, 1, "next search hit" };

static const struct key_action act_search_previous = { "search-previous", app_search_next, -1, "previous search hit" };

static const struct key_action act_next_reference = { "next-reference", app_ref_next, 1, "next reference in the text (to another letter)" };

static const struct key_action act_previous_reference = { "previous-reference", app_ref_next, -1, "previous reference in the text" };

static const struct key_action act_back = { "back", do_jump, -1, "back to where you jumped from, the same place" };

static const struct key_action act_forward = { "forward", do_jump, 1, "forward again (not C-i: a terminal sends Tab)" };

static const struct key_action act_next_in_correspondence = { "next-in-correspondence", do_between, 1, "next letter between the same two people" };

static const struct key_action act_previous_in_correspondence = { "previous-in-correspondence", do_between, -1, "previous letter between the same two people" };

static const struct key_action act_goto_date = { "goto-date", date_ask, 0, "go to the first document on or after a date" };

const struct key_action act_redraw = { "redraw", do_redraw, 0, "redraw the screen" };

static const struct key_action *const global_actions[] = {
	&act_help,
	&act_quit,
	&act_focus_left,
	&act_focus_right,
	&act_toggle_list,
	&act_toggle_sidebar,
	&act_next_document,
	&act_previous_document,
	&act_toggle_footnotes,
	&act_sort,
	&act_correct,
	&act_search_next,
	&act_search_previous,
	&act_next_reference,
	&act_previous_reference,
	&act_back,
	&act_forward,
	&act_next_in_correspondence,
	&act_previous_in_correspondence,
	&act_goto_date,
	&act_search_library,
	&act_people,
	&act_redraw,
	&act_annotations,
	&act_marks,
	&act_set_mark,
	&act_goto_mark,
	&act_yank,
	&act_open_url,
	NULL,
};

static const struct mode_key global_keys[] = {
	{ "? F1", "help" },
	{ "q", "quit" },
	{ "h Left", "focus-left" },
	{ "l Right", "focus-right" },
	{ "F2 1", "toggle-list" },
	{ "F3 3", "toggle-sidebar" },
	{ "] J", "next-document" },
	{ "[ K", "previous-document" },
	{ "f", "toggle-footnotes" },
	{ "s", "sort" },
	{ "e", "correct" },
	{ "n", "search-next" },
	{ "N", "search-previous" },
	{ "C-l", "redraw" },
	{ "Tab", "next-reference" },
	{ "BackTab", "previous-reference" },
	{ "Backspace C-o H", "back" },
	{ "C-n L", "forward" },
	{ "}", "next-in-correspondence" },
	{ "{", "previous-in-correspondence" },
	{ "t", "goto-date" },
	{ "S", "search-library" },
	{ "p", "people" },
	{ "@", "annotations" },
	{ "M", "marks" },
	{ "m", "set-mark" },
	{ "'", "goto-mark" },
	{ "y", "yank" },
	{ "o", "open-url" },
	{ NULL, NULL },
};

const struct mode mode_global = {
	.name = "global",
	.title = "Anywhere",
	.actions = global_actions,
	.keys = global_keys,
};
