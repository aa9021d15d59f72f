/* page.c: the screen's panes and the reading pane's text: geometry,
 * layout, scrolling, focus. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

#define READ_MIN 40             /* the reading pane keeps this many columns */

static int clampi(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

void app_fit_panes(struct app *a)
{
	int w = a->w, h = a->h;
	/* Rows: pane titles, content, status line, message line, dropped in
	 * reverse order of need on a short screen. */
	a->title_row = h >= 3;
	a->status_y = h >= 2 ? (h >= 4 ? h - 2 : h - 1) : -1;
	a->message_y = h >= 4 ? h - 1 : -1;
	int top = a->title_row, ch = h - a->title_row - (a->status_y >= 0) - (a->message_y >= 0);
	if (ch < 1)
		ch = 1;
	int lw = clampi(w * 3 / 10, 22, 44), sw = clampi(w / 4, 24, 48);
	a->shown[PANE_READ] = 1;
	a->shown[PANE_LIST] = a->want[PANE_LIST];
	a->shown[PANE_SIDE] = a->want[PANE_SIDE] && a->doc != NULL;
	/* The side pane turned on last folds last. */
	enum app_pane first = a->prefer == PANE_SIDE ? PANE_LIST : PANE_SIDE;
	enum app_pane second = first == PANE_SIDE ? PANE_LIST : PANE_SIDE;
	for (;;) {
		int need = READ_MIN + (a->shown[PANE_LIST] ? lw + 1 : 0) + (a->shown[PANE_SIDE] ? sw + 1 : 0);
		if (need <= w)
			break;
		if (a->shown[first])
			a->shown[first] = 0;
		else if (a->shown[second])
			a->shown[second] = 0;
		else
			break;
	}
	int x = 0;
	memset(a->pane, 0, sizeof a->pane);
	if (a->shown[PANE_LIST]) {
		a->pane[PANE_LIST] = (struct app_rect){ 0, top, lw, ch };
		x = lw + 1;
	}
	int rw = w - x - (a->shown[PANE_SIDE] ? sw + 1 : 0);
	a->pane[PANE_READ] = (struct app_rect){ x, top, rw < 1 ? 1 : rw, ch };
	if (a->shown[PANE_SIDE])
		a->pane[PANE_SIDE] = (struct app_rect){ w - sw, top, sw, ch };
	if (!a->shown[a->focus])
		a->focus = PANE_READ;
}

/* The width the body is laid out for, and where it starts. */
static int body_width(const struct app *a, int *x)
{
	const struct app_rect *r = &a->pane[PANE_READ];
	int margin = r->w >= 20 ? 1 : 0;
	int w = r->w - 2 * margin;
	if (a->opts.measure > 0 && w > a->opts.measure)
		w = a->opts.measure;
	if (x)
		*x = r->x + margin;
	return w < 1 ? 1 : w;
}

void app_resize(struct app *a, int w, int h)
{
	a->w = w < 1 ? 1 : w;
	a->h = h < 1 ? 1 : h;
	app_fit_panes(a);
	app_relayout(a);
	app_list_clamp(a);
	if (a->listview != LIST_DOCUMENTS)
		app_view_clamp(a);
}

void app_layouts_free(struct app *a)
{
	layout_free(a->body);
	layout_free(a->cache[0]);
	layout_free(a->cache[1]);
	layout_free(a->head);
	a->body = a->cache[0] = a->cache[1] = a->head = NULL;
	a->nhead = 0;
}

static char *header_text(const struct app *a, size_t *title_len)
{
	const struct doc *d = a->doc->doc;
	struct buf b;
	buf_init(&b);
	char *t = app_doc_title(a->doc);
	buf_adds(&b, t);
	free(t);
	*title_len = b.len;
	buf_addc(&b, '\n');
	const char *date = d->date_text && *d->date_text ? d->date_text : d->date;
	buf_adds(&b, date && *date ? date : "undated");
	if (d->kind && *d->kind) {
		buf_printf(&b, " \u00b7 %c%s", d->kind[0] >= 'a' && d->kind[0] <= 'z' ? d->kind[0] - 32 : d->kind[0],
			   d->kind + 1);
		if (d->number && *d->number)
			buf_printf(&b, " No. %s", d->number);
	} else if (d->number && *d->number) {
		buf_printf(&b, " \u00b7 No. %s", d->number);
	}
	char *who = app_doc_people(d);
	if (who) {
		buf_printf(&b, "\n%s", who);
		free(who);
	}
	/* a calendar entry (CMIF): what the library has is the metadata */
	if (d->body_len == 0)
		buf_printf(&b, "\nNo text in this library%s%s", d->url ? " \u00b7 the letter is at " : "",
			   d->url ? d->url : "");
	return buf_detach(&b);
}

void app_relayout(struct app *a)
{
	if (a->doc == NULL)
		return;
	int x, w = body_width(a, &x);
	const struct doc *d = a->doc->doc;
	if (a->body == NULL || layout_width(a->body) != w || layout_mode(a->body) != a->mode) {
		struct layout *keep = NULL;
		/* Toggling footnotes back and forth costs nothing. */
		for (int i = 0; i < 2; i++) {
			if (a->cache[i] && layout_width(a->cache[i]) == w && layout_mode(a->cache[i]) == a->mode) {
				keep = a->cache[i];
				a->cache[i] = NULL;
			}
		}
		if (a->body && layout_width(a->body) == w) {
			layout_free(a->cache[0]);
			a->cache[0] = a->body;
		} else {
			layout_free(a->body);
		}
		a->body = keep ? keep : layout_create(d->body, d->body_len, d->notes, d->nnotes, w, a->mode);
		for (int i = 0; i < 2; i++)
			if (a->cache[i] && layout_width(a->cache[i]) != w) {
				layout_free(a->cache[i]);
				a->cache[i] = NULL;
			}
	}
	if (a->head == NULL || layout_width(a->head) != w) {
		layout_free(a->head);
		size_t tl;
		char *h = header_text(a, &tl);
		a->head = layout_create(h, strlen(h), NULL, 0, w, LAYOUT_INLINE);
		free(h);
		a->nhead = layout_nlines(a->head) + 1;
		a->head_title_len = tl;
	}
	a->text_w = w;
	a->text_x = x;
}

void app_view_bytes(const struct app *a, size_t *s, size_t *e)
{
	*s = *e = 0;
	if (a->doc == NULL || a->body == NULL)
		return;
	size_t top = app_view_top(a), h = app_view_h(a), other;
	if (top + h <= a->nhead)
		return; /* the header fills the pane */
	layout_line_range(a->body, top > a->nhead ? top - a->nhead : 0, s, &other);
	layout_line_range(a->body, top + h - 1 - a->nhead, &other, e);
	/* the end of the body (an anchor there) is on its last line */
	if (*e >= a->doc->doc->body_len)
		*e = SIZE_MAX;
}

size_t app_text_lines(const struct app *a)
{
	return a->doc ? a->nhead + layout_nlines(a->body) : 0;
}

size_t app_view_h(const struct app *a)
{
	return a->pane[PANE_READ].h > 0 ? (size_t)a->pane[PANE_READ].h : 1;
}

static size_t max_top(const struct app *a)
{
	size_t n = app_text_lines(a), h = app_view_h(a);
	return n > h ? n - h : 0;
}

size_t app_view_top(const struct app *a)
{
	if (a->doc == NULL)
		return 0;
	size_t v = a->pos == 0 ? (a->head_skip < a->nhead ? a->head_skip : a->nhead)
			       : a->nhead + layout_line_of(a->body, a->pos);
	size_t m = max_top(a);
	return v < m ? v : m;
}

static void set_top(struct app *a, long long v)
{
	if (a->doc == NULL)
		return;
	long long m = (long long)max_top(a);
	if (v > m)
		v = m;
	if (v < 0)
		v = 0;
	if ((size_t)v < a->nhead) {
		a->pos = 0;
		a->head_skip = (size_t)v;
	} else {
		size_t end;
		layout_line_range(a->body, (size_t)v - a->nhead, &a->pos, &end);
		a->head_skip = a->nhead;
	}
}

void app_scroll_lines(struct app *a, long n)
{
	set_top(a, (long long)app_view_top(a) + n);
}

void app_page(struct app *a, int dir)
{
	long h = (long)app_view_h(a);
	app_scroll_lines(a, dir * (h > 3 ? h - 2 : 1));
}

void app_half_page(struct app *a, int dir)
{
	long h = (long)app_view_h(a);
	app_scroll_lines(a, dir * (h > 1 ? h / 2 : 1));
}

void app_top(struct app *a)
{
	set_top(a, 0);
}

void app_bottom(struct app *a)
{
	/* The length of a long document in lines is estimated until all of
	 * it is laid out: the end needs the true one. */
	if (a->body)
		layout_advance(a->body, SIZE_MAX);
	set_top(a, (long long)max_top(a));
}

int app_percent(const struct app *a)
{
	size_t n = app_text_lines(a), h = app_view_h(a);
	if (n <= h)
		return 100;
	return (int)((app_view_top(a) + h) * 100 / n);
}

/* Scrolls so that body byte off is in view, a third down the pane. */
void app_reveal(struct app *a, size_t off)
{
	size_t line = a->nhead + layout_line_of(a->body, off), top = app_view_top(a), h = app_view_h(a);
	if (line >= top && line < top + h)
		return;
	set_top(a, (long long)line - (long long)(h / 3));
}

void app_toggle_footnotes(struct app *a)
{
	a->mode = a->mode == LAYOUT_INLINE ? LAYOUT_FOOTNOTES : LAYOUT_INLINE;
	app_relayout(a);
	app_message(a, a->mode == LAYOUT_FOOTNOTES ? "editorial brackets as numbered notes"
						   : "editorial brackets inline");
}

/* Makes a side pane shown if it can be: wanted and given priority, so
 * that the other one folds first on a narrow screen. */
static int unfold(struct app *a, enum app_pane p)
{
	a->want[p] = 1;
	a->prefer = p;
	app_fit_panes(a);
	app_relayout(a);
	app_list_clamp(a);
	return a->shown[p];
}

void app_focus(struct app *a, enum app_pane p)
{
	if (!a->shown[p] && !unfold(a, p)) {
		app_message(a, "no room for the %s at this width", p == PANE_LIST ? "list" : "sidebar");
		return;
	}
	if (p == PANE_READ && a->doc)
		a->read = 1;
	if (p != PANE_SIDE)
		a->side_top = 0;
	a->focus = p;
}

void app_focus_left(struct app *a)
{
	if (a->focus == PANE_SIDE)
		app_focus(a, PANE_READ);
	else if (a->focus == PANE_READ)
		app_focus(a, PANE_LIST);
}

void app_focus_right(struct app *a)
{
	if (a->focus == PANE_LIST)
		app_focus(a, PANE_READ);
	else if (a->focus == PANE_READ)
		app_focus(a, PANE_SIDE);
}

void app_toggle_pane(struct app *a, enum app_pane p)
{
	if (p == PANE_READ)
		return;
	const char *name = p == PANE_LIST ? "list" : "sidebar";
	if (a->shown[p]) {
		a->want[p] = 0;
		app_fit_panes(a);
		app_relayout(a);
		app_list_clamp(a);
		app_message(a, "%s hidden", name);
	} else if (unfold(a, p)) {
		app_message(a, "%s shown", name);
	} else {
		app_message(a, "no room for the %s at this width", name);
	}
}

void app_side_scroll(struct app *a, long n)
{
	long long v = (long long)a->side_top + n;
	a->side_top = v < 0 ? 0 : (size_t)v; /* the view clamps the bottom */
}

int64_t app_list_height(const struct app *a)
{
	int h = a->shown[PANE_LIST] ? a->pane[PANE_LIST].h : a->h - 3;
	return h < 1 ? 1 : h;
}

void app_list_clamp(struct app *a)
{
	int64_t h = app_list_height(a);
	if (a->sel >= a->count)
		a->sel = a->count - 1;
	if (a->sel < 0)
		a->sel = 0;
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + h)
		a->top = a->sel - h + 1;
	if (a->top > a->count - h)
		a->top = a->count - h;
	if (a->top < 0)
		a->top = 0;
}

/* Entries of the view in the pane, and its selection and top. */
int64_t app_rows_count(const struct app *a)
{
	switch (a->listview) {
	case LIST_PEOPLE:
		return (int64_t)a->people.nshown;
	case LIST_NOTES:
		return (int64_t)a->notes.n;
	case LIST_MARKS:
		return (int64_t)a->marks.n;
	default:
		return (int64_t)a->results.n;
	}
}

int64_t *app_rows_sel(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->people.sel
	       : a->listview == LIST_NOTES ? &a->notes.sel
	       : a->listview == LIST_MARKS ? &a->marks.sel
					   : &a->results.sel;
}

int64_t *app_rows_top(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->people.top
	       : a->listview == LIST_NOTES ? &a->notes.top
	       : a->listview == LIST_MARKS ? &a->marks.top
					   : &a->results.top;
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

int app_help_rows(const struct app *a)
{
	int rows = a->h - (a->status_y >= 0 ? 1 : 0) - (a->message_y >= 0 ? 1 : 0);
	return rows < 1 ? 1 : rows;
}

int app_chooser_box(const struct app *a, struct app_rect *box)
{
	int rows = a->status_y >= 0 ? a->status_y : a->h;
	int w = a->w >= 74 ? 70 : a->w - 2, h = (int)a->chooser.n + 3;
	if (w < 10)
		w = a->w;
	if (h > rows)
		h = rows;
	if (h < 1 || w < 1)
		return -1;
	int x = (a->w - w) / 2, y = (rows - h) / 2;
	*box = (struct app_rect){ x < 0 ? 0 : x, y < 0 ? 0 : y, w, h };
	int inner = h - 3 > 0 ? h - 3 : 0; /* title, hint, bottom rule */
	if (inner < 1 && h >= 2)
		inner = 1;
	return inner;
}

int app_view_row_height(const struct app *a)
{
	return a->listview == LIST_RESULTS || a->listview == LIST_NOTES ? 2 : 1;
}
