/* app.c: the reader's state and actions. No terminal here: the TUI reads
 * this state to draw it, the tests drive it directly. */
#include "dossier/app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "dossier/import.h"

#define READ_MIN 40             /* the reading pane keeps this many columns */

const char *const app_form_labels[FORM_FIELDS] = { "Title", "Date", "From", "To" };

static void rows_clear(struct app *a);
static void sync_selection(struct app *a);
static void relayout(struct app *a);

/* ---- messages ---- */

static void set_message(struct app *a, int error, const char *fmt, va_list ap)
{
	free(a->message);
	a->message = xvasprintf(fmt, ap);
	a->message_error = error;
}

void app_message(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, 0, fmt, ap);
	va_end(ap);
}

void app_error(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, 1, fmt, ap);
	va_end(ap);
}

/* Shows an allocated cause as an error and frees it. */
static void error_cause(struct app *a, char *cause)
{
	app_error(a, "%s", cause ? cause : "unknown error");
	free(cause);
}

/* ---- documents as the list shows them ---- */

char *app_doc_title(const struct store_doc *sd)
{
	const char *t = sd->doc->title;
	if (t && *t)
		return xstrdup(t);
	if (sd->path && *sd->path) {
		const char *slash = strrchr(sd->path, '/');
		return xstrdup(slash ? slash + 1 : sd->path);
	}
	return xasprintf("document %lld", (long long)sd->id);
}

static void join_names(struct buf *b, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		buf_printf(b, "%s%s", i ? ", " : "", v->v[i]);
}

char *app_doc_people(const struct doc *d)
{
	if (d->from.n == 0 && d->to.n == 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	/* A sender alone is just named; a recipient alone gets the arrow. */
	join_names(&b, &d->from);
	if (d->to.n) {
		buf_adds(&b, d->from.n ? " \u2192 " : "\u2192 ");
		join_names(&b, &d->to);
	}
	return buf_detach(&b);
}

static void row_free(struct app_row *r)
{
	free(r->date);
	free(r->who);
	free(r->title);
}

static void rows_clear(struct app *a)
{
	for (size_t i = 0; i < a->nrows; i++)
		row_free(&a->rows[i]);
	free(a->rows);
	a->rows = NULL;
	a->nrows = 0;
	a->rows_off = 0;
}

struct fetch {
	struct app_row *rows;
	size_t n, cap;
};

static int fetch_row(const struct store_doc *sd, void *arg)
{
	struct fetch *f = arg;
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->rows = xreallocarray(f->rows, f->cap, sizeof *f->rows);
	}
	struct app_row *r = &f->rows[f->n++];
	r->id = sd->id;
	r->date = sd->doc->date && *sd->doc->date ? xstrdup(sd->doc->date) : NULL;
	r->who = app_doc_people(sd->doc);
	r->title = app_doc_title(sd);
	return 0;
}

/* Rows one list window holds: three screens, so paging stays local. */
static int64_t window_rows(const struct app *a)
{
	int h = a->pane[PANE_LIST].h > 0 ? a->pane[PANE_LIST].h : a->h;
	return (h < 16 ? 16 : h) * 3;
}

const struct app_row *app_row(struct app *a, int64_t i)
{
	if (i < 0 || i >= a->count)
		return NULL;
	if (i >= a->rows_off && i < a->rows_off + (int64_t)a->nrows)
		return &a->rows[i - a->rows_off];
	/* Only the window around i is fetched: never the whole list. */
	int64_t n = window_rows(a), off = i - n / 3;
	if (off < 0)
		off = 0;
	struct fetch f = { 0 };
	char *cause = NULL;
	a->fetches++;
	if (store_list_filtered(a->store, a->order, a->filter, (size_t)off, (size_t)n, fetch_row, &f, &cause) != 0) {
		error_cause(a, cause);
		for (size_t k = 0; k < f.n; k++)
			row_free(&f.rows[k]);
		free(f.rows);
		return NULL;
	}
	rows_clear(a);
	a->rows = f.rows;
	a->nrows = f.n;
	a->rows_off = off;
	if (i >= off + (int64_t)f.n)
		return NULL; /* the library shrank under us */
	return &a->rows[i - off];
}

static int64_t list_height(const struct app *a)
{
	int h = a->shown[PANE_LIST] ? a->pane[PANE_LIST].h : a->h - 3;
	return h < 1 ? 1 : h;
}

static void list_clamp(struct app *a)
{
	int64_t h = list_height(a);
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

static int refresh_counts(struct app *a)
{
	char *cause = NULL;
	int64_t total = store_count(a->store, &cause);
	if (total < 0) {
		error_cause(a, cause);
		return -1;
	}
	a->total = total;
	int64_t n = store_count_filtered(a->store, a->filter, &cause);
	if (n < 0) {
		error_cause(a, cause);
		return -1;
	}
	a->count = n;
	rows_clear(a);
	return 0;
}

/* ---- geometry ---- */

static int clampi(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void fit_panes(struct app *a)
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
static int text_width(const struct app *a, int *x)
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
	fit_panes(a);
	relayout(a);
	list_clamp(a);
}

/* ---- layout of the document ---- */

static void free_layouts(struct app *a)
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
	return buf_detach(&b);
}

static void relayout(struct app *a)
{
	if (a->doc == NULL)
		return;
	int x, w = text_width(a, &x);
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

/* ---- scrolling ---- */

size_t app_text_lines(const struct app *a)
{
	return a->doc ? a->nhead + layout_nlines(a->body) : 0;
}

static size_t view_h(const struct app *a)
{
	return a->pane[PANE_READ].h > 0 ? (size_t)a->pane[PANE_READ].h : 1;
}

static size_t max_top(const struct app *a)
{
	size_t n = app_text_lines(a), h = view_h(a);
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
	long h = (long)view_h(a);
	app_scroll_lines(a, dir * (h > 3 ? h - 2 : 1));
}

void app_half_page(struct app *a, int dir)
{
	long h = (long)view_h(a);
	app_scroll_lines(a, dir * (h > 1 ? h / 2 : 1));
}

void app_top(struct app *a)
{
	set_top(a, 0);
}

void app_bottom(struct app *a)
{
	set_top(a, (long long)max_top(a));
}

int app_percent(const struct app *a)
{
	size_t n = app_text_lines(a), h = view_h(a);
	if (n <= h)
		return 100;
	return (int)((app_view_top(a) + h) * 100 / n);
}

/* Scrolls so that body byte off is in view, a third down the pane. */
static void reveal(struct app *a, size_t off)
{
	size_t line = a->nhead + layout_line_of(a->body, off), top = app_view_top(a), h = view_h(a);
	if (line >= top && line < top + h)
		return;
	set_top(a, (long long)line - (long long)(h / 3));
}

void app_toggle_footnotes(struct app *a)
{
	a->mode = a->mode == LAYOUT_INLINE ? LAYOUT_FOOTNOTES : LAYOUT_INLINE;
	relayout(a);
	app_message(a, a->mode == LAYOUT_FOOTNOTES ? "editorial brackets as numbered notes"
						   : "editorial brackets inline");
}

/* ---- search ---- */

/* A character folded for matching: lower case, diacritics dropped. */
static ucs4_t fold(ucs4_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	for (int i = 0; i < 4 && uc_canonical_decomposition(c, d) > 0; i++)
		c = d[0];
	return uc_tolower(c);
}

static int is_mark(ucs4_t c)
{
	return c >= 0x300 && uc_combining_class(c) != 0;
}

static int is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == 0xa0;
}

/* The query as folded characters, 0 standing for any run of white space. */
static ucs4_t *query_fold(const char *q, size_t *n)
{
	size_t len = strlen(q), k = 0;
	ucs4_t *out = xcalloc(len + 1, sizeof *out);
	const uint8_t *p = (const uint8_t *)q, *end = p + len;
	while (p < end) {
		ucs4_t c;
		p += u8_mbtouc(&c, p, (size_t)(end - p));
		if (is_mark(c))
			continue;
		if (is_space(c)) {
			if (k > 0 && out[k - 1] != 0)
				out[k++] = 0;
			continue;
		}
		out[k++] = fold(c);
	}
	while (k > 0 && out[k - 1] == 0)
		k--;
	*n = k;
	return out;
}

/* The end of a match of q at body offset i, or 0 if none there. */
static size_t match_at(const uint8_t *s, size_t len, size_t i, const ucs4_t *q, size_t nq)
{
	size_t j = i;
	for (size_t k = 0; k < nq; k++) {
		ucs4_t c;
		if (j >= len)
			return 0;
		int cl = u8_mbtouc(&c, s + j, len - j);
		if (q[k] == 0) {
			if (!is_space(c))
				return 0;
			while (j < len && (cl = u8_mbtouc(&c, s + j, len - j)) > 0 && is_space(c))
				j += (size_t)cl;
			continue;
		}
		if (fold(c) != q[k])
			return 0;
		j += (size_t)cl;
		/* Marks on the body's letter do not count. */
		while (j < len && (cl = u8_mbtouc(&c, s + j, len - j)) > 0 && is_mark(c))
			j += (size_t)cl;
	}
	return j;
}

size_t app_search_set(struct app *a, const char *query)
{
	free(a->search);
	a->search = query && *query ? xstrdup(query) : NULL;
	a->nhits = 0;
	a->hit = SIZE_MAX;
	if (a->search == NULL || a->doc == NULL)
		return 0;
	size_t nq;
	ucs4_t *q = query_fold(a->search, &nq);
	const uint8_t *s = (const uint8_t *)a->doc->doc->body;
	size_t len = a->doc->doc->body_len, cap = 0;
	if (nq > 0 && s) {
		for (size_t i = 0; i < len;) {
			ucs4_t c;
			int cl = u8_mbtouc(&c, s + i, len - i);
			size_t end;
			if (!is_mark(c) && fold(c) == q[0] && (end = match_at(s, len, i, q, nq)) > i) {
				if (a->nhits == cap) {
					cap = cap ? cap * 2 : 64;
					a->hits = xreallocarray(a->hits, cap, sizeof *a->hits);
				}
				a->hits[a->nhits++] = (struct layout_span){ i, end };
				i = end;
				continue;
			}
			i += (size_t)cl;
		}
	}
	free(q);
	return a->nhits;
}

/* Makes hit h current and brings it into view. */
static void goto_hit(struct app *a, size_t h)
{
	a->hit = h;
	reveal(a, a->hits[h].start);
}

/* The first hit at or after body offset from, wrapping; sets *wrapped. */
static size_t hit_from(const struct app *a, size_t from, int *wrapped)
{
	for (size_t i = 0; i < a->nhits; i++)
		if (a->hits[i].start >= from) {
			*wrapped = 0;
			return i;
		}
	*wrapped = 1;
	return 0;
}

void app_search_next(struct app *a, int dir)
{
	if (a->search == NULL) {
		app_error(a, "no search yet (/ searches)");
		return;
	}
	if (a->nhits == 0) {
		app_error(a, "not found: %s", a->search);
		return;
	}
	size_t top = app_view_top(a), h = view_h(a);
	int visible = 0;
	if (a->hit < a->nhits) {
		size_t line = a->nhead + layout_line_of(a->body, a->hits[a->hit].start);
		visible = line >= top && line < top + h;
	}
	int wrapped = 0;
	size_t next;
	if (dir > 0) {
		if (visible) {
			wrapped = a->hit + 1 >= a->nhits;
			next = wrapped ? 0 : a->hit + 1;
		} else {
			next = hit_from(a, top <= a->nhead ? 0 : a->pos, &wrapped);
		}
	} else {
		size_t ref = visible ? a->hits[a->hit].start : (top <= a->nhead ? 0 : a->pos);
		next = SIZE_MAX;
		for (size_t i = a->nhits; i-- > 0;)
			if (a->hits[i].start < ref) {
				next = i;
				break;
			}
		if (next == SIZE_MAX) {
			next = a->nhits - 1;
			wrapped = 1;
		}
	}
	goto_hit(a, next);
	if (wrapped)
		app_message(a, dir > 0 ? "search wrapped to the top" : "search wrapped to the bottom");
	else
		app_message(a, "%zu of %zu: %s", next + 1, a->nhits, a->search);
}

/* ---- opening documents ---- */

void app_save_pos(struct app *a)
{
	if (a->doc == NULL || a->readonly)
		return;
	if (a->pos == a->saved_pos && !a->read)
		return;
	char *cause = NULL;
	if (store_set_read_pos(a->store, a->doc->id, a->pos, &cause) != 0) {
		error_cause(a, cause);
		return;
	}
	a->saved_pos = a->pos;
	a->read = 0;
}

static void close_doc(struct app *a)
{
	app_save_pos(a);
	store_doc_free(a->doc);
	a->doc = NULL;
	free_layouts(a);
	a->nhits = 0;
	a->hit = SIZE_MAX;
}

/* Finds the row of document id in the list (a scan when filtered). */
static int64_t find_row(struct app *a, int64_t id)
{
	const struct app_row *r = app_row(a, a->sel);
	if (r && r->id == id)
		return a->sel;
	if (a->filter == NULL) {
		char *cause = NULL;
		int64_t i = store_index_of(a->store, a->order, id, &cause);
		free(cause);
		return i;
	}
	/* The store cannot tell a document's place in a filtered list yet:
	 * look in the window at hand and in the first one, no further (a
	 * broad filter over 100,000 documents costs a fetch per window). */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < a->nrows; k++)
			if (a->rows[k].id == id)
				return a->rows_off + (int64_t)k;
		if (pass == 0 && (a->rows_off != 0 || a->nrows == 0) && app_row(a, 0) == NULL)
			break;
	}
	return -1;
}

static void sync_selection(struct app *a)
{
	if (a->doc == NULL)
		return;
	int64_t i = find_row(a, a->doc->id);
	if (i >= 0)
		a->sel = i;
	char *cause = NULL;
	a->doc_index = a->filter == NULL && i >= 0 ? i : store_index_of(a->store, a->order, a->doc->id, &cause);
	free(cause);
	list_clamp(a);
}

int app_open(struct app *a, int64_t id)
{
	if (id == 0)
		id = store_last_read(a->store);
	if (id == 0) {
		const struct app_row *r = app_row(a, 0);
		if (r == NULL)
			return 0; /* an empty library: the welcome screen */
		id = r->id;
	}
	struct store_doc *sd;
	char *cause = NULL;
	int rc = store_doc_get(a->store, id, &sd, &cause);
	if (rc == 1) {
		app_error(a, "no document %lld in the library", (long long)id);
		return -1;
	}
	if (rc < 0) {
		error_cause(a, cause);
		return -1;
	}
	int side = a->doc == NULL;
	close_doc(a);
	a->doc = sd;
	a->pos = sd->read_pos <= sd->doc->body_len ? sd->read_pos : sd->doc->body_len;
	a->saved_pos = a->pos;
	a->head_skip = 0;
	a->read = 0;
	a->side_top = 0;
	if (side)
		fit_panes(a); /* the sidebar has something to show now */
	relayout(a);
	if (a->search)
		app_search_set(a, a->search);
	sync_selection(a);
	return 0;
}

int app_next_doc(struct app *a, int dir)
{
	if (a->doc == NULL)
		return -1;
	int64_t target = 0;
	const struct app_row *cur = app_row(a, a->sel);
	if (cur && cur->id == a->doc->id) {
		/* Follows the list as it is: its order and its filter. */
		const struct app_row *r = app_row(a, a->sel + dir);
		if (r)
			target = r->id;
	} else {
		char *cause = NULL;
		int rc = store_neighbour(a->store, a->order, a->doc->id, dir, &target, &cause);
		if (rc < 0) {
			error_cause(a, cause);
			return -1;
		}
		if (rc == 1)
			target = 0;
	}
	if (target == 0) {
		app_message(a, dir > 0 ? "this is the last document" : "this is the first document");
		return -1;
	}
	a->read = 1; /* leaving it by reading on counts as having read it */
	return app_open(a, target);
}

/* ---- the list ---- */

void app_list_move(struct app *a, long n)
{
	if (a->count == 0)
		return;
	int64_t old = a->sel;
	a->sel += n;
	list_clamp(a);
	const struct app_row *r = app_row(a, a->sel);
	if (r && (old != a->sel || a->doc == NULL || a->doc->id != r->id))
		app_open(a, r->id);
}

void app_list_page(struct app *a, int dir)
{
	int64_t h = list_height(a);
	app_list_move(a, dir * (h > 1 ? h - 1 : 1));
}

void app_list_first(struct app *a)
{
	app_list_move(a, -(long)a->sel);
}

void app_list_last(struct app *a)
{
	app_list_move(a, (long)(a->count - 1 - a->sel));
}

void app_list_open(struct app *a)
{
	const struct app_row *r = app_row(a, a->sel);
	if (r && (a->doc == NULL || a->doc->id != r->id))
		app_open(a, r->id);
	app_focus(a, PANE_READ);
}

void app_sort_cycle(struct app *a)
{
	static const char *const names[] = { "date", "title", "import order" };
	a->order = a->order == STORE_BY_DATE ? STORE_BY_TITLE : a->order == STORE_BY_TITLE ? STORE_BY_IMPORT : STORE_BY_DATE;
	rows_clear(a);
	a->sel = 0;
	sync_selection(a);
	app_message(a, "sorted by %s", names[a->order]);
}

int app_set_filter(struct app *a, const char *filter)
{
	const char *f = filter && *filter ? filter : NULL;
	char *cause = NULL;
	int64_t n = store_count_filtered(a->store, f, &cause);
	if (n < 0) {
		error_cause(a, cause);
		return -1;
	}
	free(a->filter);
	a->filter = f ? xstrdup(f) : NULL;
	a->count = n;
	rows_clear(a);
	a->sel = 0;
	a->top = 0;
	if (a->doc) {
		int64_t i = find_row(a, a->doc->id);
		if (i >= 0)
			a->sel = i;
	}
	list_clamp(a);
	return 0;
}

/* ---- panes ---- */

/* Makes a side pane shown if it can be: wanted and given priority, so
 * that the other one folds first on a narrow screen. */
static int unfold(struct app *a, enum app_pane p)
{
	a->want[p] = 1;
	a->prefer = p;
	fit_panes(a);
	relayout(a);
	list_clamp(a);
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
		fit_panes(a);
		relayout(a);
		list_clamp(a);
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

/* ---- line editing ---- */

void app_line_set(struct app_line *l, const char *s)
{
	buf_truncate(&l->text, 0);
	if (l->text.data == NULL)
		buf_reserve(&l->text, 16);
	buf_adds(&l->text, s ? s : "");
	l->cursor = l->text.len;
}

void app_line_insert(struct app_line *l, const char *s)
{
	size_t n = strlen(s);
	buf_reserve(&l->text, n);
	memmove(l->text.data + l->cursor + n, l->text.data + l->cursor, l->text.len - l->cursor + 1);
	memcpy(l->text.data + l->cursor, s, n);
	l->text.len += n;
	l->cursor += n;
}

/* The start of the character before byte i. */
static size_t char_before(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	return i;
}

static size_t char_after(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return len;
	i++;
	while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	return i;
}

static void line_cut(struct app_line *l, size_t from, size_t to)
{
	memmove(l->text.data + from, l->text.data + to, l->text.len - to + 1);
	l->text.len -= to - from;
	l->cursor = from;
}

void app_line_backspace(struct app_line *l)
{
	if (l->cursor > 0)
		line_cut(l, char_before(l->text.data, l->cursor), l->cursor);
}

void app_line_delete(struct app_line *l)
{
	if (l->cursor < l->text.len) {
		size_t c = l->cursor;
		line_cut(l, c, char_after(l->text.data, l->text.len, c));
	}
}

void app_line_left(struct app_line *l)
{
	if (l->cursor > 0)
		l->cursor = char_before(l->text.data, l->cursor);
}

void app_line_right(struct app_line *l)
{
	l->cursor = char_after(l->text.data, l->text.len, l->cursor);
}

void app_line_home(struct app_line *l)
{
	l->cursor = 0;
}

void app_line_end(struct app_line *l)
{
	l->cursor = l->text.len;
}

void app_line_kill(struct app_line *l)
{
	line_cut(l, 0, l->cursor);
}

void app_line_kill_word(struct app_line *l)
{
	size_t i = l->cursor;
	while (i > 0 && l->text.data[i - 1] == ' ')
		i--;
	while (i > 0 && l->text.data[i - 1] != ' ')
		i--;
	line_cut(l, i, l->cursor);
}

struct app_line *app_editing(struct app *a)
{
	if (a->prompt != PROMPT_NONE)
		return &a->line;
	if (a->form)
		return &a->fields[a->field];
	return NULL;
}

/* ---- prompts ---- */

void app_prompt_begin(struct app *a, enum app_prompt kind)
{
	if (kind == PROMPT_SEARCH && a->doc == NULL)
		return;
	a->prompt = kind;
	app_line_set(&a->line, "");
	a->prompt_pos = a->pos;
	a->prompt_head_skip = a->head_skip;
	free(a->prompt_saved);
	const char *old = kind == PROMPT_SEARCH ? a->search : a->filter;
	a->prompt_saved = old ? xstrdup(old) : NULL;
	if (kind == PROMPT_FILTER && a->filter)
		app_line_set(&a->line, a->filter);
}

static void prompt_restore_pos(struct app *a)
{
	a->pos = a->prompt_pos;
	a->head_skip = a->prompt_head_skip;
}

void app_prompt_changed(struct app *a)
{
	const char *t = a->line.text.data ? a->line.text.data : "";
	if (a->prompt == PROMPT_SEARCH) {
		prompt_restore_pos(a);
		if (app_search_set(a, t) == 0) {
			if (*t)
				app_error(a, "not found: %s", t);
			else
				app_message(a, " ");
			return;
		}
		int wrapped;
		size_t h = hit_from(a, app_view_top(a) <= a->nhead ? 0 : a->pos, &wrapped);
		goto_hit(a, h);
		if (wrapped)
			app_message(a, "search wrapped to the top");
		else
			app_message(a, "%zu of %zu", h + 1, a->nhits);
	} else if (a->prompt == PROMPT_FILTER) {
		/* While typing, a half-written query is no error yet. */
		char *saved = a->message;
		a->message = NULL;
		if (app_set_filter(a, t) == 0)
			app_message(a, "%lld of %lld documents", (long long)a->count, (long long)a->total);
		else
			app_message(a, " ");
		free(saved);
	}
}

void app_prompt_accept(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	const char *t = a->line.text.data ? a->line.text.data : "";
	if (kind == PROMPT_SEARCH) {
		if (*t == '\0' && a->prompt_saved) {
			/* An empty search repeats the last one. */
			app_search_set(a, a->prompt_saved);
			app_search_next(a, 1);
		} else if (*t && a->nhits == 0) {
			app_error(a, "not found: %s", t);
		}
		a->read = 1;
	} else if (kind == PROMPT_FILTER) {
		if (app_set_filter(a, t) == 0) {
			if (a->filter)
				app_message(a, "%lld of %lld documents match", (long long)a->count, (long long)a->total);
			else
				app_message(a, "filter cleared");
		}
	}
}

void app_prompt_cancel(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	if (kind == PROMPT_SEARCH) {
		app_search_set(a, a->prompt_saved);
		prompt_restore_pos(a);
	} else if (kind == PROMPT_FILTER) {
		app_set_filter(a, a->prompt_saved);
	}
	app_message(a, " ");
}

/* ---- the correction form ---- */

static void names_joined(struct buf *b, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		buf_printf(b, "%s%s", i ? "; " : "", v->v[i]);
}

/* The current value of field f, as the form edits it. Caller frees. */
static char *field_value(const struct app *a, enum app_form_field f)
{
	const struct doc *d = a->doc->doc;
	struct buf b;
	buf_init(&b);
	switch (f) {
	case FORM_TITLE:
		buf_adds(&b, d->title ? d->title : "");
		break;
	case FORM_DATE:
		buf_adds(&b, d->date ? d->date : "");
		break;
	case FORM_FROM:
		names_joined(&b, &d->from);
		break;
	case FORM_TO:
		names_joined(&b, &d->to);
		break;
	default:
		break;
	}
	return buf_detach(&b);
}

void app_form_begin(struct app *a)
{
	if (a->doc == NULL)
		return;
	if (a->readonly) {
		app_error(a, "read-only library: corrections cannot be saved");
		return;
	}
	for (int f = 0; f < FORM_FIELDS; f++) {
		char *v = field_value(a, (enum app_form_field)f);
		app_line_set(&a->fields[f], v);
		free(v);
	}
	a->form = 1;
	a->field = FORM_TITLE;
}

void app_form_move(struct app *a, int dir)
{
	int f = (int)a->field + dir;
	a->field = (enum app_form_field)(f < 0 ? FORM_FIELDS - 1 : f >= FORM_FIELDS ? 0 : f);
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* "", YYYY, YYYY-MM or YYYY-MM-DD with a month and day that exist. */
static int date_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0)
		return 1;
	if (!(n == 4 || n == 7 || n == 10) || !digits(s, 4))
		return 0;
	if (n >= 7 && (s[4] != '-' || !digits(s + 5, 2) || atoi(s + 5) < 1 || atoi(s + 5) > 12))
		return 0;
	if (n == 10 && (s[7] != '-' || !digits(s + 8, 2) || atoi(s + 8) < 1 || atoi(s + 8) > 31))
		return 0;
	return 1;
}

int app_form_save(struct app *a)
{
	static const char *const names[FORM_FIELDS] = { "title", "date", "from", "to" };
	if (a->doc == NULL)
		return -1;
	char *date = xstrdup(a->fields[FORM_DATE].text.data ? a->fields[FORM_DATE].text.data : "");
	str_trim(date);
	int ok = date_ok(date);
	free(date);
	if (!ok) {
		a->field = FORM_DATE;
		app_error(a, "a date is YYYY, YYYY-MM or YYYY-MM-DD (or empty for undated)");
		return -1;
	}
	int changed = 0;
	for (int f = 0; f < FORM_FIELDS; f++) {
		char *old = field_value(a, (enum app_form_field)f);
		char *v = xstrdup(a->fields[f].text.data ? a->fields[f].text.data : "");
		str_trim(v);
		int same = strcmp(old, v) == 0;
		free(old);
		char *cause = NULL;
		if (!same && store_correct(a->store, a->doc->id, names[f], v, &cause) != 0) {
			free(v);
			error_cause(a, cause);
			return -1;
		}
		free(v);
		changed += !same;
	}
	a->form = 0;
	if (changed == 0) {
		app_message(a, "nothing changed");
		return 0;
	}
	/* Show it at once: the document, its header and its place in the list. */
	size_t pos = a->pos, skip = a->head_skip;
	int64_t id = a->doc->id;
	app_save_pos(a);
	store_doc_free(a->doc);
	a->doc = NULL;
	free_layouts(a);
	rows_clear(a);
	if (app_open(a, id) == 0) {
		a->pos = pos;
		a->head_skip = skip;
	}
	app_message(a, "saved %d correction%s", changed, changed == 1 ? "" : "s");
	return 0;
}

void app_form_cancel(struct app *a)
{
	a->form = 0;
	app_message(a, "not saved");
}

/* ---- help ---- */

void app_help_toggle(struct app *a)
{
	a->help = !a->help;
	a->help_top = 0;
}

void app_help_scroll(struct app *a, long n)
{
	long long v = (long long)a->help_top + n;
	long long max = (long long)a->help_lines - (a->h > 2 ? a->h - 2 : 1);
	if (v > max)
		v = max;
	a->help_top = v < 0 ? 0 : (size_t)v;
}

/* ---- import of the sample ---- */

int app_import_sample(struct app *a)
{
	if (a->readonly) {
		app_error(a, "read-only library: cannot import");
		return -1;
	}
	const char *dir = NULL;
	for (const char *const *d = a->opts.sample_dirs; d && *d; d++) {
		struct stat st;
		if (**d && stat(*d, &st) == 0 && S_ISDIR(st.st_mode)) {
			dir = *d;
			break;
		}
	}
	if (dir == NULL) {
		app_error(a, "no sample found (set DOSSIER_SAMPLE to its folder)");
		return -1;
	}
	char *paths[] = { (char *)dir };
	struct import_totals t;
	int rc = import_paths(a->store, paths, 1, NULL, &t);
	if (refresh_counts(a) != 0)
		return -1;
	if (a->doc == NULL)
		app_open(a, 0);
	if (rc != 0)
		app_error(a, "imported %zu documents from %s; %zu files failed", t.docs, dir, t.files[IMPORT_FAILED]);
	else
		app_message(a, "imported %zu documents from %s", t.docs, dir);
	return rc ? -1 : 0;
}

/* ---- mouse ---- */

static int inside(const struct app_rect *r, int x, int y, int title)
{
	return x >= r->x && x < r->x + r->w && y >= r->y - title && y < r->y + r->h;
}

void app_mouse(struct app *a, int x, int y, enum app_mouse what)
{
	if (a->help) {
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
			if (p == PANE_LIST && y >= r->y) {
				int64_t row = a->top + (y - r->y);
				if (row < a->count) {
					a->sel = row;
					list_clamp(a);
					const struct app_row *ar = app_row(a, a->sel);
					if (ar && (a->doc == NULL || ar->id != a->doc->id))
						app_open(a, ar->id);
				}
			}
		} else if (p == PANE_LIST) {
			a->top += step;
			if (a->top > a->count - list_height(a))
				a->top = a->count - list_height(a);
			if (a->top < 0)
				a->top = 0;
			/* The selection stays on screen, as in a pager. */
			if (a->sel < a->top || a->sel >= a->top + list_height(a)) {
				a->sel = a->sel < a->top ? a->top : a->top + list_height(a) - 1;
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

/* ---- the sidebar's notes ---- */

size_t app_visible_notes(const struct app *a, struct app_note_at *out, size_t max)
{
	if (a->doc == NULL)
		return 0;
	const struct doc *d = a->doc->doc;
	size_t top = app_view_top(a), h = view_h(a), n = 0;
	for (size_t i = 0; i < d->nnotes && n < max; i++) {
		if (d->notes[i].start > d->body_len)
			continue;
		size_t line = a->nhead + layout_line_of(a->body, d->notes[i].start);
		if (line >= top && line < top + h)
			out[n++] = (struct app_note_at){ i, (int)(line - top) };
	}
	return n;
}

/* ---- life ---- */

struct app *app_create(struct store *s, const struct app_opts *opts, char **cause)
{
	struct app *a = xcalloc(1, sizeof *a);
	a->store = s;
	a->readonly = store_readonly(s);
	a->opts = *opts;
	a->mode = opts->mode;
	a->order = opts->order;
	a->want[PANE_LIST] = opts->show_list;
	a->want[PANE_READ] = 1;
	a->want[PANE_SIDE] = opts->show_side;
	a->prefer = PANE_LIST;
	a->focus = PANE_READ;
	a->hit = SIZE_MAX;
	a->doc_index = -1;
	buf_init(&a->line.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_init(&a->fields[f].text);
	app_resize(a, 80, 24);
	if (refresh_counts(a) != 0) {
		*cause = xstrdup(a->message ? a->message : "cannot read the library");
		app_free(a);
		return NULL;
	}
	return a;
}

void app_free(struct app *a)
{
	if (a == NULL)
		return;
	close_doc(a);
	rows_clear(a);
	free(a->filter);
	free(a->search);
	free(a->hits);
	free(a->prompt_saved);
	free(a->message);
	buf_free(&a->line.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_free(&a->fields[f].text);
	free(a);
}
