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

int app_view_row_height(const struct app *a)
{
	return a->listview == LIST_RESULTS || a->listview == LIST_NOTES ? 2 : 1;
}

/* Entries of the view in the pane, and its selection and top. */
int64_t app_rows_count(const struct app *a)
{
	switch (a->listview) {
	case LIST_PEOPLE:
		return (int64_t)a->npshown;
	case LIST_NOTES:
		return (int64_t)a->nnotes;
	case LIST_MARKS:
		return (int64_t)a->nmarkv;
	default:
		return (int64_t)a->nresults;
	}
}

int64_t *app_rows_sel(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->psel
	       : a->listview == LIST_NOTES ? &a->nsel
	       : a->listview == LIST_MARKS ? &a->msel
					   : &a->rsel;
}

int64_t *app_rows_top(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->ptop
	       : a->listview == LIST_NOTES ? &a->ntop
	       : a->listview == LIST_MARKS ? &a->mtop
					   : &a->rtop;
}

int64_t app_rows_shown(const struct app *a)
{
	int64_t h = app_list_height(a) / app_view_row_height(a);
	return h < 1 ? 1 : h;
}

void app_view_clamp(struct app *a)
{
	int64_t *sel = app_rows_sel(a), *top = app_rows_top(a);
	int64_t n = app_rows_count(a), h = app_rows_shown(a);
	if (*sel >= n)
		*sel = n - 1;
	if (*sel < 0)
		*sel = 0;
	if (*sel < *top)
		*top = *sel;
	if (*sel >= *top + h)
		*top = *sel - h + 1;
	if (*top > n - h)
		*top = n - h;
	if (*top < 0)
		*top = 0;
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

void app_view_page(struct app *a, int dir)
{
	int64_t h = app_rows_shown(a);
	app_view_move(a, dir * (h > 1 ? h - 1 : 1));
}

void app_view_ends(struct app *a, int dir)
{
	app_view_move(a, dir < 0 ? -(long)app_rows_count(a) : (long)app_rows_count(a));
}

static const struct mode *const list_modes[] = {
	[LIST_DOCUMENTS] = &mode_list, [LIST_PEOPLE] = &mode_people, [LIST_RESULTS] = &mode_results,
	[LIST_NOTES] = &mode_annotations, [LIST_MARKS] = &mode_marks,
};

void app_listview_set(struct app *a, enum app_listview v)
{
	a->listview = v;
	mode_pane(a, PANE_LIST, list_modes[v]);
}

static void do_view_move(struct app *a, long arg)
{
	app_view_move(a, arg);
}

static void do_view_page(struct app *a, long arg)
{
	app_view_page(a, (int)arg);
}

static void do_view_ends(struct app *a, long arg)
{
	app_view_ends(a, (int)arg);
}

static void do_view_close(struct app *a, long arg)
{
	(void)arg;
	app_view_close(a);
}

const struct key_action act_row_down = { "row-down", do_view_move, 1, "next row" };

const struct key_action act_row_up = { "row-up", do_view_move, -1, "previous row" };

const struct key_action act_row_page_down = { "row-page-down", do_view_page, 1, "a page down" };

const struct key_action act_row_page_up = { "row-page-up", do_view_page, -1, "a page up" };

const struct key_action act_row_first = { "row-first", do_view_ends, -1, "first row" };

const struct key_action act_row_last = { "row-last", do_view_ends, 1, "last row" };

const struct key_action act_close_view = { "close-view", do_view_close, 0, "back to the document list" };
