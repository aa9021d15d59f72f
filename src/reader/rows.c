/* rows.c: what the list pane's views (people, results, annotations,
 * marks) share: showing one, moving its selection, closing it. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

/* Shows view v in the list pane, focused; 0, or -1 if the screen has no
 * room for the list (a message says so). */
int app_view_show(struct app *a, enum app_listview v)
{
	enum app_listview old = a->listview;
	app_listview_set(a, v);
	app_focus(a, PANE_LIST);
	if (a->focus == PANE_LIST)
		return 0;
	app_listview_set(a, old);
	return -1;
}

void app_view_close(struct app *a)
{
	if (a->listview == LIST_DOCUMENTS)
		return;
	app_listview_set(a, LIST_DOCUMENTS);
	app_list_clamp(a);
	app_message(a, "the document list");
}

void app_view_move(struct app *a, long n)
{
	if (a->listview == LIST_DOCUMENTS) {
		app_list_move(a, n);
		return;
	}
	*app_rows_sel(a) += n;
	app_view_clamp(a);
}

void app_view_page(struct app *a, long dir)
{
	int64_t h = app_rows_shown(a);
	app_view_move(a, dir * (h > 1 ? h - 1 : 1));
}

void app_view_ends(struct app *a, long dir)
{
	app_view_move(a, dir < 0 ? -(long)app_rows_count(a) : (long)app_rows_count(a));
}

/* The mode of each view of the list pane. */
static const char *const list_modes[] = {
	[LIST_DOCUMENTS] = "list", [LIST_PEOPLE] = "people", [LIST_RESULTS] = "results",
	[LIST_NOTES] = "annotations", [LIST_MARKS] = "marks",
};

void app_listview_set(struct app *a, enum app_listview v)
{
	a->listview = v;
	mode_pane(a, PANE_LIST, list_modes[v]);
}

static void do_view_close(struct app *a, long arg)
{
	(void)arg;
	app_view_close(a);
}

const struct key_action act_row_down = { "row-down", app_view_move, 1, "next row" };

const struct key_action act_row_up = { "row-up", app_view_move, -1, "previous row" };

const struct key_action act_row_page_down = { "row-page-down", app_view_page, 1, "a page down" };

const struct key_action act_row_page_up = { "row-page-up", app_view_page, -1, "a page up" };

const struct key_action act_row_first = { "row-first", app_view_ends, -1, "first row" };

const struct key_action act_row_last = { "row-last", app_view_ends, 1, "last row" };

const struct key_action act_close_view = { "close-view", do_view_close, 0, "back to the document list" };
