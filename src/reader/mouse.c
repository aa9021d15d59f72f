/* mouse.c: a click, a drag or the wheel at a cell of the screen. */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

static int inside(const struct app_rect *r, int x, int y, int title)
{
	return x >= r->x && x < r->x + r->w && y >= r->y - title && y < r->y + r->h;
}

void app_mouse(struct app *a, int x, int y, enum app_mouse_event what)
{
	if (a->chooser.open || a->form.open || a->editor.open || a->prompt.id != PROMPT_NONE)
		return; /* the keys decide what happens to them */
	if (what == MOUSE_DRAG || what == MOUSE_RELEASE) {
		app_select_mouse(a, what, app_offset_at(a, x, y));
		return;
	}
	if (a->help.open) {
		if (what != MOUSE_CLICK)
			app_help_scroll(a, what == MOUSE_WHEEL_UP ? -3 : 3);
		return;
	}
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct app_rect *r = &a->pane[p];
		if (!a->shown[p] || !inside(r, x, y, a->title_row))
			continue;
		int step = what == MOUSE_WHEEL_UP ? -3 : 3;
		if (what == MOUSE_CLICK) {
			app_focus(a, (enum app_pane)p);
			if (p == PANE_LIST && y >= r->y && a->listview != LIST_DOCUMENTS) {
				int64_t *sel = app_rows_sel(a), *top = app_rows_top(a);
				int64_t row = *top + (y - r->y) / app_view_row_height(a);
				if (row < app_rows_count(a)) {
					*sel = row;
					app_view_clamp(a);
				}
			} else if (p == PANE_LIST && y >= r->y) {
				int64_t row = a->top + (y - r->y);
				if (row < a->count) {
					a->sel = row;
					app_list_clamp(a);
					const struct app_row *ar = app_row(a, a->sel);
					if (ar && (a->doc == NULL || ar->id != a->doc->id))
						app_open(a, ar->id);
				}
			} else if (p == PANE_READ) {
				app_select_mouse(a, MOUSE_CLICK, app_offset_at(a, x, y));
			}
		} else if (p == PANE_LIST && a->listview != LIST_DOCUMENTS) {
			int64_t *top = app_rows_top(a), *sel = app_rows_sel(a);
			int64_t max = app_rows_count(a) - app_rows_shown(a);
			*top += step;
			if (*top > max)
				*top = max;
			if (*top < 0)
				*top = 0;
			if (*sel < *top)
				*sel = *top;
			if (*sel >= *top + app_rows_shown(a))
				*sel = *top + app_rows_shown(a) - 1;
		} else if (p == PANE_LIST) {
			if (a->top + step + app_list_height(a) >= a->count)
				app_count_settle(a);
			a->top += step;
			if (a->top > a->count - app_list_height(a))
				a->top = a->count - app_list_height(a);
			if (a->top < 0)
				a->top = 0;
			/* The selection stays on screen, as in a pager. */
			if (a->sel < a->top || a->sel >= a->top + app_list_height(a)) {
				a->sel = a->sel < a->top ? a->top : a->top + app_list_height(a) - 1;
				const struct app_row *ar = app_row(a, a->sel);
				if (ar && (a->doc == NULL || ar->id != a->doc->id))
					app_open(a, ar->id);
			}
		} else if (p == PANE_READ) {
			app_scroll_lines(a, step);
		} else {
			app_side_scroll(a, step);
		}
		return;
	}
}
