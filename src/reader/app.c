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

#include "dossier/date.h"
#include "dossier/import.h"
#include "dossier/query.h"
#include "dossier/resolve.h"
#include "dossier/text.h"
#include "dossier/app_notes.h"
#include "mode.h"
#include "state.h"

#define READ_MIN 40             /* the reading pane keeps this many columns */

const char *const app_form_labels[FORM_FIELDS] = { "Title", "Date", "From", "To" };

static void rows_clear(struct app *a);
static void sync_selection(struct app *a);
static void relayout(struct app *a);
static void refs_load(struct app *a, int64_t keep);
static void refs_clear(struct app *a);
static void choices_clear(struct app *a);
static void people_clear(struct app *a);
static void results_clear(struct app *a);
static void link_reset(struct app *a);
static int ref_automatic(struct app *a, int64_t id);
static void view_clamp(struct app *a);

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
int app_quitting(const struct app *a)
{
	return a->quit;
}

int app_take_redraw(struct app *a)
{
	int r = a->redraw;
	a->redraw = 0;
	return r;
}

const char *app_message_text(const struct app *a)
{
	return a->message ? a->message : "";
}

int app_note_open(const struct app *a)
{
	return a->editing;
}

const char *app_note_text(const struct app *a)
{
	return a->note.text.data ? a->note.text.data : "";
}

int app_wants_external(const struct app *a)
{
	return a->note_external;
}

void app_error_cause(struct app *a, char *cause)
{
	app_error(a, "%s", cause ? cause : "unknown error");
	free(cause);
}

/* ---- documents as the list shows them ---- */

char *app_title(const char *title, const char *path, int64_t id)
{
	if (title && *title)
		return xstrdup(title);
	if (path && *path) {
		const char *slash = strrchr(path, '/');
		return xstrdup(slash ? slash + 1 : path);
	}
	return xasprintf("document %lld", (long long)id);
}

char *app_doc_title(const struct store_doc *sd)
{
	return app_title(sd->doc->title, sd->path, sd->id);
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
		app_error_cause(a, cause);
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

void app_list_clamp(struct app *a)
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

int app_refresh_counts(struct app *a)
{
	char *cause = NULL;
	int64_t total = store_count(a->store, &cause);
	if (total < 0) {
		app_error_cause(a, cause);
		return -1;
	}
	a->total = total;
	/* Counting 100,000 rows is most of the start-up: once is enough. */
	int64_t n = a->filter && *a->filter ? store_count_filtered(a->store, a->filter, &cause) : total;
	if (n < 0) {
		app_error_cause(a, cause);
		return -1;
	}
	a->count = n;
	rows_clear(a);
	app_welcome_sync(a);
	return 0;
}

/* The empty library's welcome is an overlay while there is nothing to read. */
void app_welcome_sync(struct app *a)
{
	mode_show(a, &mode_welcome, a->doc == NULL && a->total == 0 && a->filter == NULL);
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

void app_selecting(struct app *a, int on)
{
	a->selecting = on;
	mode_pane(a, PANE_READ, on ? &mode_select : &mode_read);
}

void app_ask_set(struct app *a, enum app_ask ask)
{
	a->ask = ask;
	mode_show(a, &mode_ask, ask != ASK_NONE);
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
	fit_panes(a);
	relayout(a);
	app_list_clamp(a);
	if (a->listview != LIST_DOCUMENTS)
		view_clamp(a);
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

/* ---- scrolling ---- */

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

int app_word_char(ucs4_t c)
{
	return uc_is_alnum(c) || is_mark(c);
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
	char *copy = query && *query ? xstrdup(query) : NULL; /* query may be a->search */
	free(a->search);
	a->search = copy;
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
	app_reveal(a, a->hits[h].start);
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
	size_t top = app_view_top(a), h = app_view_h(a);
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
		app_error_cause(a, cause);
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
	refs_clear(a);
	app_annots_clear(a);
	app_selecting(a, 0);
	a->sel_mouse = 0;
	app_welcome_sync(a);
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
	/* Its place in the filtered order, if the filter lets it through:
	 * the row there is the document. */
	char *cause = NULL;
	int64_t i = store_index_of_filtered(a->store, a->order, a->filter, id, &cause);
	free(cause);
	if (i >= 0 && i < a->count) {
		r = app_row(a, i);
		if (r && r->id == id)
			return i;
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
	app_list_clamp(a);
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
		app_error_cause(a, cause);
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
	refs_load(a, 0);
	app_annots_load(a);
	sync_selection(a);
	app_welcome_sync(a);
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
			app_error_cause(a, cause);
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
	app_list_clamp(a);
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
		app_error_cause(a, cause);
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
	app_list_clamp(a);
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
		fit_panes(a);
		relayout(a);
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

void app_line_cut(struct app_line *l, size_t from, size_t to)
{
	memmove(l->text.data + from, l->text.data + to, l->text.len - to + 1);
	l->text.len -= to - from;
	l->cursor = from;
}

void app_line_backspace(struct app_line *l)
{
	if (l->cursor > 0)
		app_line_cut(l, char_before(l->text.data, l->cursor), l->cursor);
}

void app_line_delete(struct app_line *l)
{
	if (l->cursor < l->text.len) {
		size_t c = l->cursor;
		app_line_cut(l, c, char_after(l->text.data, l->text.len, c));
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
	app_line_cut(l, 0, l->cursor);
}

void app_line_kill_word(struct app_line *l)
{
	size_t i = l->cursor;
	while (i > 0 && l->text.data[i - 1] == ' ')
		i--;
	while (i > 0 && l->text.data[i - 1] != ' ')
		i--;
	app_line_cut(l, i, l->cursor);
}

struct app_line *app_editing(struct app *a)
{
	if (a->prompt != PROMPT_NONE)
		return &a->line;
	if (a->form)
		return &a->fields[a->field];
	if (a->editing && a->ask == ASK_NONE && !a->note_external)
		return &a->note;
	return NULL;
}

/* ---- prompts ---- */

void app_prompt_begin(struct app *a, enum app_prompt kind)
{
	if ((kind == PROMPT_SEARCH || kind == PROMPT_QUOTE || kind == PROMPT_TARGET) && a->doc == NULL)
		return;
	if ((kind == PROMPT_MERGE || kind == PROMPT_SPLIT) && app_person_selected(a) == NULL)
		return;
	if ((kind == PROMPT_MERGE || kind == PROMPT_SPLIT) && a->readonly) {
		app_error(a, "read-only library: people cannot be %s", kind == PROMPT_MERGE ? "merged" : "split");
		return;
	}
	a->prompt = kind;
	mode_push(a, &mode_prompt);
	app_line_set(&a->line, "");
	a->prompt_pos = a->pos;
	a->prompt_head_skip = a->head_skip;
	free(a->prompt_saved);
	const char *old = kind == PROMPT_SEARCH || kind == PROMPT_QUOTE ? a->search
			  : kind == PROMPT_FILTER			 ? a->filter
			  : kind == PROMPT_PEOPLE			 ? a->pfind
			  : kind == PROMPT_NOTES			 ? a->nfilter
									 : NULL;
	a->prompt_saved = old ? xstrdup(old) : NULL;
	/* What is being edited starts as it is. */
	if ((kind == PROMPT_FILTER || kind == PROMPT_PEOPLE || kind == PROMPT_NOTES) && old)
		app_line_set(&a->line, old);
	if (kind == PROMPT_LIBRARY && a->rquery)
		app_line_set(&a->line, a->rquery);
	if (kind == PROMPT_TARGET)
		app_message(a, "a document id, a date (1950-10-08) or words and filters (from:Stalin)");
	else if (kind == PROMPT_DATE)
		app_message(a, "1950, 1950-10, 1950-10-08 or 8 October 1950");
	else if (kind == PROMPT_LIBRARY)
		app_message(a, "words, \"a phrase\", from: to: person: date: kind: lang:");
}

char *app_prompt_label(const struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	switch (a->prompt) {
	case PROMPT_SEARCH:
		return xstrdup("/");
	case PROMPT_FILTER:
		return xstrdup("filter: ");
	case PROMPT_DATE:
		return xstrdup("go to date: ");
	case PROMPT_LIBRARY:
		return xstrdup("search the library: ");
	case PROMPT_QUOTE:
		return xstrdup("link the words: ");
	case PROMPT_TARGET: {
		char *q = layout_fit(a->link_phrase ? a->link_phrase : "", 24);
		char *l = xasprintf("link \u201c%s\u201d to: ", q);
		free(q);
		return l;
	}
	case PROMPT_MERGE:
		return xasprintf("merge %s into: ", p ? p->name : "?");
	case PROMPT_SPLIT:
		return p && p->aliases ? xasprintf("split which name off %s (%s): ", p->name, p->aliases)
				       : xasprintf("split which name off %s: ", p ? p->name : "?");
	case PROMPT_PEOPLE:
		return xstrdup("find a person: ");
	case PROMPT_TAGS:
		return xstrdup("tags: ");
	case PROMPT_NOTES:
		return xstrdup("annotations with: ");
	default:
		return xstrdup("");
	}
}

/* Widens [*s, *e) to whole words: "Chinese comr" is "Chinese comrades". */
void app_word_bounds(const char *body, size_t len, size_t *s, size_t *e)
{
	const uint8_t *b = (const uint8_t *)body;
	while (*s > 0) {
		ucs4_t c;
		const uint8_t *p = u8_prev(&c, b + *s, b);
		if (p == NULL)
			break;
		if (!app_word_char(c))
			break;
		*s = (size_t)(p - b);
	}
	while (*e < len) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, b + *e, len - *e);
		if (!app_word_char(c))
			break;
		*e += (size_t)cl;
	}
}

static void prompt_restore_pos(struct app *a)
{
	a->pos = a->prompt_pos;
	a->head_skip = a->prompt_head_skip;
}

void app_prompt_changed(struct app *a)
{
	const char *t = a->line.text.data ? a->line.text.data : "";
	if (a->prompt == PROMPT_SEARCH || a->prompt == PROMPT_QUOTE) {
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
	} else if (a->prompt == PROMPT_PEOPLE) {
		app_people_find(a, t);
		app_message(a, "%zu of %zu", a->npshown, a->npeople);
	} else if (a->prompt == PROMPT_NOTES) {
		char *saved = a->message;
		a->message = NULL;
		if (app_notes_filter(a, t) == 0)
			app_message(a, "%zu annotation%s", a->nnotes, a->nnotes == 1 ? "" : "s");
		else
			app_message(a, " ");
		free(saved);
	}
}

void app_prompt_accept(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	mode_pop(a, &mode_prompt);
	char *t = xstrdup(a->line.text.data ? a->line.text.data : "");
	switch (kind) {
	case PROMPT_SEARCH:
		if (*t == '\0' && a->prompt_saved) {
			/* An empty search repeats the last one. */
			app_search_set(a, a->prompt_saved);
			app_search_next(a, 1);
		} else if (*t && a->nhits == 0) {
			app_error(a, "not found: %s", t);
		}
		a->read = 1;
		break;
	case PROMPT_FILTER:
		if (app_set_filter(a, t) == 0) {
			if (a->filter)
				app_message(a, "%lld of %lld documents match", (long long)a->count, (long long)a->total);
			else
				app_message(a, "filter cleared");
		}
		break;
	case PROMPT_QUOTE:
		if (*t == '\0' || a->nhits == 0 || a->hit >= a->nhits) {
			app_search_set(a, a->prompt_saved);
			if (*t)
				app_error(a, "not found: %s", t);
			else
				app_message(a, "not linked");
			break;
		} else {
			/* The highlighted words are the passage; the search that
			 * was there before comes back. */
			size_t ps = a->hits[a->hit].start, pe = a->hits[a->hit].end;
			app_word_bounds(a->doc->doc->body, a->doc->doc->body_len, &ps, &pe);
			char *phrase = xstrndup(a->doc->doc->body + ps, pe - ps);
			app_search_set(a, a->prompt_saved);
			app_link_set(a, 0, ps, pe, phrase);
			free(phrase);
			app_prompt_begin(a, PROMPT_TARGET);
		}
		break;
	case PROMPT_TARGET:
		app_link_target(a, t);
		break;
	case PROMPT_DATE:
		app_goto_date(a, t);
		break;
	case PROMPT_LIBRARY:
		app_library_search(a, t);
		break;
	case PROMPT_MERGE:
		app_people_merge(a, t);
		break;
	case PROMPT_SPLIT:
		app_people_split(a, t);
		break;
	case PROMPT_PEOPLE:
		app_people_find(a, t);
		app_message(a, "%zu of %zu people", a->npshown, a->npeople);
		break;
	case PROMPT_TAGS:
		app_annot_set_tags(a, t);
		break;
	case PROMPT_NOTES:
		if (app_notes_filter(a, t) == 0)
			app_message(a, "%zu annotation%s%s", a->nnotes, a->nnotes == 1 ? "" : "s",
				    a->nfilter ? " match" : "");
		break;
	default:
		break;
	}
	free(t);
}

void app_prompt_cancel(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	mode_pop(a, &mode_prompt);
	if (kind == PROMPT_SEARCH || kind == PROMPT_QUOTE) {
		app_search_set(a, a->prompt_saved);
		prompt_restore_pos(a);
	} else if (kind == PROMPT_FILTER) {
		app_set_filter(a, a->prompt_saved);
	} else if (kind == PROMPT_PEOPLE) {
		app_people_find(a, a->prompt_saved);
	} else if (kind == PROMPT_NOTES) {
		app_notes_filter(a, a->prompt_saved);
	} else if (kind == PROMPT_TAGS) {
		a->tag_id = 0;
	}
	if (kind == PROMPT_QUOTE || kind == PROMPT_TARGET)
		link_reset(a);
	app_message(a, kind == PROMPT_QUOTE || kind == PROMPT_TARGET ? "not linked" : " ");
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
	mode_push(a, &mode_form);
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
			app_error_cause(a, cause);
			return -1;
		}
		free(v);
		changed += !same;
	}
	a->form = 0;
	mode_pop(a, &mode_form);
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
	mode_pop(a, &mode_form);
	app_message(a, "not saved");
}

/* ---- help ---- */

void app_help_toggle(struct app *a)
{
	a->help = !a->help;
	mode_show(a, &mode_help, a->help);
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
	if (app_refresh_counts(a) != 0)
		return -1;
	if (a->doc == NULL)
		app_open(a, 0);
	if (rc != 0)
		app_error(a, "imported %zu documents from %s; %zu files failed", t.docs, dir, t.files[IMPORT_FAILED]);
	else
		app_message(a, "imported %zu documents from %s", t.docs, dir);
	return rc ? -1 : 0;
}

/* ---- references of the open document ---- */

static void ref_free(struct app_ref *r)
{
	free(r->phrase);
	free(r->target_title);
	free(r->target_date);
	free(r->cands);
}

static void backlink_free(struct app_backlink *b)
{
	free(b->phrase);
	free(b->title);
	free(b->date);
}

static void refs_clear(struct app *a)
{
	for (size_t i = 0; i < a->nrefs; i++)
		ref_free(&a->refs[i]);
	free(a->refs);
	a->refs = NULL;
	a->nrefs = 0;
	a->ref = SIZE_MAX;
	for (size_t i = 0; i < a->nbacklinks; i++)
		backlink_free(&a->backlinks[i]);
	free(a->backlinks);
	a->backlinks = NULL;
	a->nbacklinks = 0;
	a->side_sel = SIZE_MAX;
}

/* The references being read into the app. */
struct ref_load {
	struct app *a;
	size_t refs_cap, back_cap;
};

/* Parses "12 34" (or "12,34") into ids, leaving out skip. */
static size_t parse_cands(const char *s, int64_t skip, int64_t **out)
{
	size_t n = 0;
	*out = NULL;
	for (const char *p = s; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p) {
			p++;
			continue;
		}
		p = end;
		if (v <= 0 || v == skip)
			continue;
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = v;
	}
	return n;
}

static int ref_out_cb(const struct store_ref *r, void *arg)
{
	struct ref_load *l = arg;
	struct app *a = l->a;
	if (r->start >= r->end || r->end > a->doc->doc->body_len)
		return 0; /* a span the text no longer has */
	if (a->nrefs == l->refs_cap) {
		l->refs_cap = l->refs_cap ? l->refs_cap * 2 : 16;
		a->refs = xreallocarray(a->refs, l->refs_cap, sizeof *a->refs);
	}
	struct app_ref *x = &a->refs[a->nrefs++];
	memset(x, 0, sizeof *x);
	x->id = r->id;
	x->start = r->start;
	x->end = r->end;
	x->phrase = xstrdup(r->phrase ? r->phrase : "");
	x->target = r->target;
	int dismissed = r->origin && strcmp(r->origin, "dismissed") == 0;
	int manual = r->origin && strcmp(r->origin, "manual") == 0;
	x->state = dismissed ? APP_REF_DISMISSED
		   : r->target ? (manual ? APP_REF_MANUAL : APP_REF_RESOLVED)
			       : APP_REF_UNRESOLVED;
	if (x->target) {
		x->target_title = app_title(r->target_title, r->target_path, r->target);
		x->target_date = r->target_date && *r->target_date ? xstrdup(r->target_date) : NULL;
	}
	x->ncands = parse_cands(r->candidates, r->target, &x->cands);
	return 0;
}

static int ref_in_cb(const struct store_ref *r, void *arg)
{
	struct ref_load *l = arg;
	struct app *a = l->a;
	if (a->nbacklinks == l->back_cap) {
		l->back_cap = l->back_cap ? l->back_cap * 2 : 16;
		a->backlinks = xreallocarray(a->backlinks, l->back_cap, sizeof *a->backlinks);
	}
	struct app_backlink *b = &a->backlinks[a->nbacklinks++];
	memset(b, 0, sizeof *b);
	b->ref_id = r->id;
	b->doc = r->doc_id;
	b->start = r->start;
	b->end = r->end;
	b->phrase = xstrdup(r->phrase ? r->phrase : "");
	b->title = app_title(r->doc_title, r->doc_path, r->doc_id);
	b->date = r->doc_date && *r->doc_date ? xstrdup(r->doc_date) : NULL;
	return 0;
}

/* Reads the references out of and into the open document; the cursor
 * stays on reference keep (an id) if it is still there. */
static void refs_load(struct app *a, int64_t keep)
{
	refs_clear(a);
	if (a->doc == NULL)
		return;
	struct ref_load l = { a, 0, 0 };
	char *cause = NULL;
	if (store_refs(a->store, a->doc->id, 1, ref_out_cb, &l, &cause) != 0 ||
	    store_refs(a->store, a->doc->id, -1, ref_in_cb, &l, &cause) != 0)
		app_error_cause(a, cause);
	for (size_t i = 0; keep && i < a->nrefs; i++)
		if (a->refs[i].id == keep)
			a->ref = i;
}

static int ref_visible(const struct app *a, size_t i)
{
	size_t line = a->nhead + layout_line_of(a->body, a->refs[i].start), top = app_view_top(a);
	return line >= top && line < top + app_view_h(a);
}

const struct app_ref *app_current_ref(const struct app *a)
{
	if (a->doc == NULL || a->ref >= a->nrefs)
		return NULL;
	if (a->focus == PANE_SIDE && a->side_sel == a->ref)
		return &a->refs[a->ref];
	return ref_visible(a, a->ref) ? &a->refs[a->ref] : NULL;
}

static enum layout_style ref_style(const struct app_ref *r)
{
	return r->state == APP_REF_MANUAL ? LS_REF_MANUAL : r->state == APP_REF_RESOLVED ? LS_REF : LS_REF_UNRESOLVED;
}

static void mark_push(struct app *a, size_t *n, size_t start, size_t end, enum layout_style st)
{
	if (*n == a->marks_cap) {
		a->marks_cap = a->marks_cap ? a->marks_cap * 2 : 32;
		a->marks = xreallocarray(a->marks, a->marks_cap, sizeof *a->marks);
	}
	a->marks[(*n)++] = (struct layout_mark){ start, end, st };
}

/* The first hit that ends after off (hits are sorted and apart). */
static size_t hit_after(const struct app *a, size_t off)
{
	size_t lo = 0, hi = a->nhits;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->hits[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* What a line's marks are made from: spans of the body with a style,
 * the higher priority drawn over the lower. */
struct span_in {
	size_t start, end;
	enum layout_style style;
	int prio;
};

#define SPANS_MAX 256

static void span_add(struct span_in *v, size_t *n, size_t ls, size_t le, size_t s, size_t e, enum layout_style st,
		     int prio)
{
	if (s < ls)
		s = ls;
	if (e > le)
		e = le;
	if (s < e && *n < SPANS_MAX)
		v[(*n)++] = (struct span_in){ s, e, st, prio };
}

static int cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return a < b ? -1 : a > b;
}

size_t app_line_marks(struct app *a, size_t line, const struct layout_mark **out)
{
	size_t n = 0;
	*out = a->marks;
	if (a->doc == NULL || a->body == NULL)
		return 0;
	size_t ls, le;
	layout_line_range(a->body, line, &ls, &le);
	/* Annotations under references under search hits under the
	 * selection. */
	struct span_in in[SPANS_MAX];
	size_t nin = 0;
	/* Annotations are by start: those past the line end the loop. */
	for (size_t i = 0; i < a->nannots && a->annots[i].start < le; i++)
		if (!a->annots[i].orphaned && a->annots[i].end > ls)
			span_add(in, &nin, ls, le, a->annots[i].start, a->annots[i].end,
				 i == a->annot ? LS_ANNOT_CURRENT : LS_ANNOT, i == a->annot ? 2 : 1);
	for (size_t i = 0; i < a->nrefs && a->refs[i].start < le; i++) {
		const struct app_ref *r = &a->refs[i];
		if (r->state != APP_REF_DISMISSED && r->end > ls)
			span_add(in, &nin, ls, le, r->start, r->end, i == a->ref ? LS_REF_CURRENT : ref_style(r),
				 i == a->ref ? 4 : 3);
	}
	for (size_t h = hit_after(a, ls); h < a->nhits && a->hits[h].start < le; h++)
		span_add(in, &nin, ls, le, a->hits[h].start, a->hits[h].end, h == a->hit ? LS_HIT_CURRENT : LS_HIT,
			 h == a->hit ? 6 : 5);
	size_t ss, se;
	if (app_select_range(a, &ss, &se) == 0)
		span_add(in, &nin, ls, le, ss, se, LS_SELECTION, 7);
	if (nin == 0)
		return 0;
	/* Cut at every edge; each piece takes the style on top. */
	size_t edge[2 * SPANS_MAX], ne = 0;
	for (size_t i = 0; i < nin; i++) {
		edge[ne++] = in[i].start;
		edge[ne++] = in[i].end;
	}
	qsort(edge, ne, sizeof edge[0], cmp_size);
	for (size_t k = 0; k + 1 < ne; k++) {
		size_t s = edge[k], e = edge[k + 1];
		if (s == e)
			continue;
		int best = -1;
		for (size_t i = 0; i < nin; i++)
			if (in[i].start <= s && in[i].end >= e && (best < 0 || in[i].prio > in[best].prio))
				best = (int)i;
		if (best < 0)
			continue;
		if (n && a->marks[n - 1].end == s && a->marks[n - 1].style == in[best].style)
			a->marks[n - 1].end = e;
		else
			mark_push(a, &n, s, e, in[best].style);
	}
	*out = a->marks;
	return n;
}

/* "“your cable of 30 September” → Telegram No. 1021" for messages. */
static void describe_ref(struct app *a, const struct app_ref *r, const char *prefix)
{
	switch (r->state) {
	case APP_REF_DISMISSED:
		app_message(a, "%s\u201c%s\u201d: dismissed (c links it again)", prefix, r->phrase);
		break;
	case APP_REF_UNRESOLVED:
		if (r->ncands)
			app_message(a, "%s\u201c%s\u201d: unresolved, %zu candidates (Enter chooses)", prefix, r->phrase,
				    r->ncands);
		else
			app_message(a, "%s\u201c%s\u201d: unresolved (c links it, x dismisses it)", prefix, r->phrase);
		break;
	default:
		app_message(a, "%s\u201c%s\u201d \u2192 %s%s%s (Enter follows)", prefix, r->phrase,
			    r->target_date ? r->target_date : "", r->target_date ? " " : "", r->target_title);
		break;
	}
}

void app_ref_next(struct app *a, int dir)
{
	if (a->doc == NULL)
		return;
	size_t live = 0;
	for (size_t i = 0; i < a->nrefs; i++)
		live += a->refs[i].state != APP_REF_DISMISSED;
	if (live == 0) {
		app_message(a, "no references in this document");
		return;
	}
	size_t n = a->nrefs, next = SIZE_MAX;
	int wrapped = 0;
	if (a->ref < n && ref_visible(a, a->ref)) {
		for (size_t k = 1; k <= n; k++) {
			size_t i = dir > 0 ? (a->ref + k) % n : (a->ref + n - k) % n;
			if (a->refs[i].state == APP_REF_DISMISSED)
				continue;
			wrapped = dir > 0 ? i <= a->ref : i >= a->ref;
			next = i;
			break;
		}
	} else {
		/* From the screen: the first one on it or below, or the last
		 * one on it or above. */
		size_t top = app_view_top(a), h = app_view_h(a);
		for (size_t k = 0; k < n; k++) {
			size_t i = dir > 0 ? k : n - 1 - k;
			if (a->refs[i].state == APP_REF_DISMISSED)
				continue;
			size_t line = a->nhead + layout_line_of(a->body, a->refs[i].start);
			if (dir > 0 ? line >= top : line < top + h) {
				next = i;
				break;
			}
		}
		if (next == SIZE_MAX) {
			wrapped = 1;
			for (size_t k = 0; k < n && next == SIZE_MAX; k++) {
				size_t i = dir > 0 ? k : n - 1 - k;
				if (a->refs[i].state != APP_REF_DISMISSED)
					next = i;
			}
		}
	}
	a->ref = next;
	a->side_sel = next; /* the sidebar's selection goes with it */
	app_reveal(a, a->refs[next].start);
	size_t ord = 0;
	for (size_t i = 0; i <= next; i++)
		ord += a->refs[i].state != APP_REF_DISMISSED;
	char *prefix = wrapped ? xasprintf("(wrapped) %zu/%zu ", ord, live) : xasprintf("%zu/%zu ", ord, live);
	describe_ref(a, &a->refs[next], prefix);
	free(prefix);
}

/* ---- the chooser ---- */

static void choices_clear(struct app *a)
{
	for (size_t i = 0; i < a->nchoices; i++) {
		free(a->choices[i].date);
		free(a->choices[i].title);
	}
	free(a->choices);
	a->choices = NULL;
	a->nchoices = a->choice = a->choice_top = 0;
	free(a->choose_title);
	a->choose_title = NULL;
	a->choosing = 0;
	mode_pop(a, &mode_chooser);
}

static void choice_add(struct app *a, int64_t id, const char *date, const char *title, int linked)
{
	a->choices = xreallocarray(a->choices, a->nchoices + 1, sizeof *a->choices);
	a->choices[a->nchoices++] =
		(struct app_choice){ id, date ? xstrdup(date) : NULL, xstrdup(title ? title : ""), linked };
}

/* Adds document id, with its date and title, to the chooser. */
static void choice_add_doc(struct app *a, int64_t id, int linked)
{
	struct store_doc *sd = NULL;
	char *cause = NULL;
	if (store_doc_get(a->store, id, &sd, &cause) != 0) {
		free(cause);
		return; /* gone from the library since */
	}
	char *t = app_doc_title(sd);
	choice_add(a, id, sd->doc->date && *sd->doc->date ? sd->doc->date : NULL, t, linked);
	free(t);
	store_doc_free(sd);
}

static void choose_open(struct app *a, enum app_choose what, char *title)
{
	a->choosing = 1;
	mode_push(a, &mode_chooser);
	a->choose = what;
	free(a->choose_title);
	a->choose_title = title;
	a->choice = 0;
	a->choice_top = 0;
}

void app_choose_move(struct app *a, long n)
{
	if (!a->choosing || a->nchoices == 0)
		return;
	long long c = (long long)a->choice + n;
	a->choice = c < 0 ? 0 : c >= (long long)a->nchoices ? a->nchoices - 1 : (size_t)c;
}

void app_choose_cancel(struct app *a)
{
	choices_clear(a);
	link_reset(a);
	app_message(a, " ");
}

static void link_reset(struct app *a)
{
	a->link_ref = 0;
	a->link_start = a->link_end = 0;
	free(a->link_phrase);
	a->link_phrase = NULL;
}

/* Makes the link to a reference (or a passage) begin. */
void app_link_set(struct app *a, int64_t ref, size_t start, size_t end, const char *phrase)
{
	link_reset(a);
	a->link_ref = ref;
	a->link_start = start;
	a->link_end = end;
	a->link_phrase = xstrdup(phrase);
}

static int refuse_readonly(struct app *a)
{
	if (!a->readonly)
		return 0;
	app_error(a, "read-only library: links cannot be saved");
	return 1;
}

int app_choose_pick(struct app *a, int link)
{
	if (!a->choosing || a->nchoices == 0)
		return -1;
	enum app_choose what = a->choose;
	int64_t id = a->choices[a->choice].id;
	choices_clear(a);
	if (id == 0) {
		/* "another document...": ask for it. */
		if (refuse_readonly(a))
			return -1;
		app_prompt_begin(a, PROMPT_TARGET);
		return 0;
	}
	if (id == CHOICE_AUTOMATIC) {
		int64_t ref = a->link_ref;
		link_reset(a);
		return ref_automatic(a, ref);
	}
	if (what == CHOOSE_LINK || link) {
		if (app_link_to(a, id) != 0)
			return -1;
		if (what == CHOOSE_LINK)
			return 0;
	}
	link_reset(a);
	return app_jump(a, id, 0, 0);
}

/* ---- following, changing, dismissing, linking ---- */

int app_ref_follow(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, a->nrefs ? "no reference selected on screen: Tab selects the next"
					: "no references in this document");
		return -1;
	}
	if (r->state == APP_REF_DISMISSED) {
		app_message(a, "\u201c%s\u201d was dismissed (c links it again)", r->phrase);
		return -1;
	}
	if (r->target) {
		char *title = xstrdup(r->target_title);
		size_t others = r->ncands;
		int rc = app_jump(a, r->target, 0, 0);
		if (rc == 0) {
			if (others)
				app_message(a, "\u2192 %s (%zu other candidate%s: Backspace, then c) \u00b7 Backspace returns",
					    title, others, others == 1 ? "" : "s");
			else
				app_message(a, "\u2192 %s \u00b7 Backspace returns", title);
		}
		free(title);
		return rc;
	}
	if (r->ncands == 0) {
		app_error(a, "\u201c%s\u201d is unresolved: no document matches (c links it, x dismisses it)", r->phrase);
		return -1;
	}
	app_link_set(a, r->id, r->start, r->end, r->phrase);
	char *title = xasprintf("Which \u201c%s\u201d?", r->phrase);
	choices_clear(a);
	for (size_t i = 0; i < r->ncands; i++)
		choice_add_doc(a, r->cands[i], 0);
	if (a->nchoices == 0) {
		free(title);
		app_error(a, "its candidates are no longer in the library");
		return -1;
	}
	choose_open(a, CHOOSE_FOLLOW, title);
	return 0;
}

/* Takes the reader's choice on reference id back, and resolves again. */
static int ref_automatic(struct app *a, int64_t id)
{
	if (refuse_readonly(a))
		return -1;
	char *cause = NULL;
	int removed;
	struct resolve_stats st;
	/* That reference alone: every pending one of a large library would
	 * take seconds on a keystroke. */
	if (store_ref_automatic(a->store, id, &removed, &cause) != 0 ||
	    (!removed && resolve_ref(a->store, a->doc->id, id, &st, &cause) != 0)) {
		app_error_cause(a, cause);
		return -1;
	}
	refs_load(a, id);
	if (removed) {
		app_message(a, "your link is removed");
		return 0;
	}
	const struct app_ref *r = a->ref < a->nrefs && a->refs[a->ref].id == id ? &a->refs[a->ref] : NULL;
	if (r)
		describe_ref(a, r, "automatic again: ");
	return 0;
}

void app_ref_change(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one (a links words by hand)");
		return;
	}
	if (refuse_readonly(a))
		return;
	app_link_set(a, r->id, r->start, r->end, r->phrase);
	if (r->target == 0 && r->ncands == 0 && r->state != APP_REF_DISMISSED) {
		app_prompt_begin(a, PROMPT_TARGET);
		return;
	}
	char *title = xasprintf("Link \u201c%s\u201d to", r->phrase);
	choices_clear(a);
	if (r->target)
		choice_add_doc(a, r->target, 1);
	for (size_t i = 0; i < r->ncands; i++)
		choice_add_doc(a, r->cands[i], 0);
	choice_add(a, 0, NULL, "another document: an id, a date or words\u2026", 0);
	if (r->state == APP_REF_MANUAL || r->state == APP_REF_DISMISSED)
		choice_add(a, CHOICE_AUTOMATIC, NULL, "automatic: let dossier decide again", 0);
	choose_open(a, CHOOSE_LINK, title);
}

int app_ref_automatic(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one");
		return -1;
	}
	if (r->state != APP_REF_MANUAL && r->state != APP_REF_DISMISSED) {
		app_message(a, "\u201c%s\u201d is resolved automatically already", r->phrase);
		return -1;
	}
	return ref_automatic(a, r->id);
}

int app_ref_dismiss(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one");
		return -1;
	}
	if (refuse_readonly(a))
		return -1;
	int64_t id = r->id;
	char *phrase = xstrdup(r->phrase);
	char *cause = NULL;
	if (store_ref_choose(a->store, id, 0, &cause) != 0) {
		app_error_cause(a, cause);
		free(phrase);
		return -1;
	}
	refs_load(a, id);
	app_message(a, "\u201c%s\u201d dismissed: not a reference (c links it again)", phrase);
	free(phrase);
	return 0;
}

void app_link_begin(struct app *a)
{
	if (a->doc == NULL || refuse_readonly(a))
		return;
	app_prompt_begin(a, PROMPT_QUOTE);
	app_message(a, "type words on the page; Enter takes the highlighted ones");
}

int app_link_to(struct app *a, int64_t target)
{
	if (a->doc == NULL || refuse_readonly(a))
		return -1;
	if (target == a->doc->id) {
		app_error(a, "a document cannot refer to itself");
		return -1;
	}
	char *cause = NULL;
	int64_t keep = a->link_ref;
	if (a->link_ref) {
		if (store_ref_choose(a->store, a->link_ref, target, &cause) != 0) {
			app_error_cause(a, cause);
			return -1;
		}
	} else {
		if (a->link_end <= a->link_start) {
			app_error(a, "no passage to link");
			return -1;
		}
		keep = store_ref_add_manual(a->store, a->doc->id, a->link_start, a->link_end, target, &cause);
		if (keep < 0) {
			app_error_cause(a, cause);
			return -1;
		}
	}
	refs_load(a, keep);
	const struct app_ref *r = a->ref < a->nrefs ? &a->refs[a->ref] : NULL;
	if (r)
		app_message(a, "linked \u201c%s\u201d \u2192 %s", r->phrase, r->target_title ? r->target_title : "?");
	else
		app_message(a, "linked");
	link_reset(a);
	return 0;
}

static int all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* A date as a reader types it, to ISO at its precision; -1 if it is not
 * one. */
static int date_ok(const char *s);

static int parse_date(const char *text, char iso[11])
{
	struct date_val v;
	size_t len = strlen(text);
	if (len && date_ok(text)) {
		memcpy(iso, text, len + 1);
		return 0;
	}
	if (len && date_parse(text, len, 0, &v) == len) {
		date_iso(&v, iso);
		return iso[0] ? 0 : -1;
	}
	return -1;
}

static int choice_doc_cb(const struct store_doc *sd, void *arg)
{
	struct app *a = arg;
	if (a->doc && sd->id == a->doc->id)
		return 0;
	char *t = app_doc_title(sd);
	choice_add(a, sd->id, sd->doc->date && *sd->doc->date ? sd->doc->date : NULL, t, 0);
	free(t);
	return 0;
}

#define LINK_CHOICES 50

int app_link_target(struct app *a, const char *text)
{
	if (a->doc == NULL || refuse_readonly(a))
		return -1;
	char *t = xstrdup(text ? text : "");
	str_trim(t);
	if (*t == '\0') {
		free(t);
		app_message(a, "not linked");
		link_reset(a);
		return -1;
	}
	if (all_digits(t)) {
		int64_t id = strtoll(t, NULL, 10);
		free(t);
		struct store_doc *sd = NULL;
		char *cause = NULL;
		int rc = store_doc_get(a->store, id, &sd, &cause);
		store_doc_free(sd);
		if (rc != 0) {
			free(cause);
			app_error(a, "no document %lld in the library", (long long)id);
			return -1;
		}
		return app_link_to(a, id);
	}
	char iso[11];
	char *filter = parse_date(t, iso) == 0 ? xasprintf("date:%s", iso) : xstrdup(t);
	choices_clear(a);
	char *cause = NULL;
	int rc = store_list_filtered(a->store, STORE_BY_DATE, filter, 0, LINK_CHOICES, choice_doc_cb, a, &cause);
	if (rc != 0) {
		choices_clear(a);
		app_error_cause(a, cause);
		free(filter);
		free(t);
		return -1;
	}
	if (a->nchoices == 0) {
		app_error(a, "no other document matches \u201c%s\u201d", t);
		free(filter);
		free(t);
		return -1;
	}
	size_t n = a->nchoices;
	choice_add(a, 0, NULL, "another document: an id, a date or words\u2026", 0);
	choose_open(a, CHOOSE_LINK, xasprintf("Link \u201c%s\u201d to", a->link_phrase ? a->link_phrase : ""));
	app_message(a, "%zu%s document%s match %s \u00b7 Enter links", n, n >= LINK_CHOICES ? " or more" : "",
		    n == 1 ? "" : "s", filter);
	free(filter);
	free(t);
	return 0;
}

/* ---- the jump list ---- */

#define JUMPS 100

static void place_here(const struct app *a, struct app_place *p)
{
	p->doc = a->doc->id;
	p->pos = a->pos;
	p->head_skip = a->head_skip;
	p->ref = a->ref < a->nrefs ? a->refs[a->ref].id : 0;
}

static void place_push(struct app_place **v, size_t *n, const struct app_place *p)
{
	if (*v == NULL)
		*v = xcalloc(JUMPS, sizeof **v);
	if (*n == JUMPS) {
		memmove(*v, *v + 1, (JUMPS - 1) * sizeof **v);
		(*n)--;
	}
	(*v)[(*n)++] = *p;
}

/* Opens p->doc if it is not open. */
static int open_if_needed(struct app *a, int64_t doc)
{
	if (a->doc && a->doc->id == doc)
		return 0;
	a->read = 1; /* leaving by a jump counts as having read it */
	return app_open(a, doc);
}

/* Goes back to a place exactly. */
static int place_go(struct app *a, const struct app_place *p)
{
	if (open_if_needed(a, p->doc) != 0)
		return -1;
	a->pos = p->pos <= a->doc->doc->body_len ? p->pos : a->doc->doc->body_len;
	a->head_skip = p->head_skip;
	a->ref = SIZE_MAX;
	for (size_t i = 0; p->ref && i < a->nrefs; i++)
		if (a->refs[i].id == p->ref)
			a->ref = i;
	a->read = 1;
	return 0;
}

int app_jump(struct app *a, int64_t doc, size_t at, int64_t ref)
{
	struct app_place here;
	int have = a->doc != NULL;
	if (have)
		place_here(a, &here);
	if (open_if_needed(a, doc) != 0)
		return -1;
	if (at != SIZE_MAX) {
		a->pos = 0;
		a->head_skip = 0;
		if (at > 0)
			app_reveal(a, at <= a->doc->doc->body_len ? at : a->doc->doc->body_len);
	}
	a->ref = SIZE_MAX;
	for (size_t i = 0; ref && i < a->nrefs; i++)
		if (a->refs[i].id == ref)
			a->ref = i;
	a->read = 1;
	if (have && !(here.doc == doc && here.pos == a->pos && here.head_skip == a->head_skip)) {
		place_push(&a->back, &a->nback, &here);
		a->nfwd = 0;
	}
	return 0;
}

static int jump_step(struct app *a, int dir)
{
	struct app_place **from = dir < 0 ? &a->back : &a->fwd, **to = dir < 0 ? &a->fwd : &a->back;
	size_t *nfrom = dir < 0 ? &a->nback : &a->nfwd, *nto = dir < 0 ? &a->nfwd : &a->nback;
	if (a->doc == NULL)
		return -1;
	if (*nfrom == 0) {
		app_message(a, dir < 0 ? "nowhere to go back to (Enter on a reference jumps)"
				       : "nowhere to go forward to");
		return -1;
	}
	struct app_place here, p = (*from)[--*nfrom];
	place_here(a, &here);
	a->read = 1;
	if (place_go(a, &p) != 0)
		return -1; /* the document is gone: that place is dropped */
	place_push(to, nto, &here);
	char *t = app_doc_title(a->doc);
	app_message(a, "%s to %s (%zu back, %zu forward)", dir < 0 ? "back" : "forward", t, a->nback, a->nfwd);
	free(t);
	return 0;
}

int app_back(struct app *a)
{
	return jump_step(a, -1);
}

int app_forward(struct app *a)
{
	return jump_step(a, 1);
}

/* ---- the sidebar's references ---- */

size_t app_side_entries(const struct app *a)
{
	return a->doc ? a->nrefs + a->nbacklinks : 0;
}

void app_side_select(struct app *a, long dir)
{
	size_t n = app_side_entries(a);
	if (n == 0) {
		app_side_scroll(a, dir);
		return;
	}
	if (a->side_sel >= n) {
		a->side_sel = dir > 0 ? 0 : n - 1;
	} else {
		long long v = (long long)a->side_sel + dir;
		a->side_sel = v < 0 ? 0 : v >= (long long)n ? n - 1 : (size_t)v;
	}
	if (a->side_sel < a->nrefs) {
		/* The reference cursor goes with it, and the text shows it. */
		a->ref = a->side_sel;
		app_reveal(a, a->refs[a->ref].start);
		describe_ref(a, &a->refs[a->ref], "");
	} else {
		const struct app_backlink *b = &a->backlinks[a->side_sel - a->nrefs];
		app_message(a, "cited by %s%s%s: \u201c%s\u201d (Enter opens it there)", b->date ? b->date : "",
			    b->date ? " " : "", b->title, b->phrase);
	}
}

void app_side_open(struct app *a)
{
	size_t n = app_side_entries(a);
	if (a->side_sel >= n) {
		app_message(a, n ? "j and k select a reference, Enter opens it" : "no references to or from this document");
		return;
	}
	if (a->side_sel < a->nrefs) {
		a->ref = a->side_sel;
		app_reveal(a, a->refs[a->ref].start);
		app_focus(a, PANE_READ);
		app_ref_follow(a);
		return;
	}
	const struct app_backlink *b = &a->backlinks[a->side_sel - a->nrefs];
	int64_t doc = b->doc, ref = b->ref_id;
	size_t at = b->start;
	char *t = xstrdup(b->title);
	if (app_jump(a, doc, at, ref) == 0) {
		app_focus(a, PANE_READ);
		app_message(a, "%s, where it cites this \u00b7 Backspace returns", t);
	}
	free(t);
}

/* ---- the list pane's views: people, search results ---- */

static void people_clear(struct app *a)
{
	for (size_t i = 0; i < a->npeople; i++) {
		free(a->people[i].name);
		free(a->people[i].aliases);
		free(a->people[i].fold);
	}
	free(a->people);
	free(a->pshown);
	a->people = NULL;
	a->pshown = NULL;
	a->npeople = a->npshown = 0;
	a->people_loaded = 0;
}

struct people_load {
	struct app *a;
	size_t cap;
};

static int person_cb(const struct store_person *p, void *arg)
{
	struct people_load *l = arg;
	struct app *a = l->a;
	if (a->npeople == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		a->people = xreallocarray(a->people, l->cap, sizeof *a->people);
	}
	struct app_person *x = &a->people[a->npeople++];
	x->id = p->id;
	x->name = xstrdup(p->name ? p->name : "");
	x->docs = p->docs;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; p->aliases && i < p->aliases->n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", p->aliases->v[i]);
	x->aliases = b.len ? buf_detach(&b) : NULL;
	buf_free(&b);
	char *all = xasprintf("%s, %s", x->name, x->aliases ? x->aliases : "");
	x->fold = text_fold(all);
	free(all);
	return 0;
}

/* People read at most at once: a library of tens of thousands of names
 * is searched in the library, not in memory. */
#define PEOPLE_MAX 1000

static int people_fetch(struct app *a, const char *find)
{
	people_clear(a);
	struct people_load l = { a, 0 };
	char *cause = NULL;
	if (store_people(a->store, find, PEOPLE_MAX, person_cb, &l, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	a->people_loaded = 1;
	a->people_partial = a->people_total > (int64_t)a->npeople || a->npeople >= PEOPLE_MAX;
	return 0;
}

/* Which people the finder lets through, keeping the selection on the
 * same person if it can. */
static void people_refind(struct app *a, int64_t keep)
{
	if (a->people_partial && people_fetch(a, a->pfind) != 0)
		people_clear(a);
	free(a->pshown);
	a->pshown = xcalloc(a->npeople ? a->npeople : 1, sizeof *a->pshown);
	a->npshown = 0;
	char *f = a->pfind && *a->pfind ? text_fold(a->pfind) : NULL;
	if (f)
		str_trim(f);
	for (size_t i = 0; i < a->npeople; i++)
		if (f == NULL || *f == '\0' || strstr(a->people[i].fold, f))
			a->pshown[a->npshown++] = i;
	free(f);
	a->psel = 0;
	for (size_t i = 0; keep && i < a->npshown; i++)
		if (a->people[a->pshown[i]].id == keep)
			a->psel = (int64_t)i;
	a->ptop = 0;
}

int app_people_load(struct app *a)
{
	const struct app_person *cur = app_person_selected(a);
	int64_t keep = cur ? cur->id : 0;
	/* Read from the library: all of them if they are not too many (the
	 * count once, not at every key the finder gets). */
	a->people_total = store_people_count(a->store);
	a->people_partial = 1;
	people_refind(a, keep);
	return a->people_loaded ? 0 : -1;
}

const struct app_person *app_person_selected(const struct app *a)
{
	if (a->psel < 0 || (size_t)a->psel >= a->npshown)
		return NULL;
	return &a->people[a->pshown[a->psel]];
}

void app_people_find(struct app *a, const char *text)
{
	const struct app_person *cur = app_person_selected(a);
	int64_t keep = cur ? cur->id : 0;
	free(a->pfind);
	a->pfind = text && *text ? xstrdup(text) : NULL;
	people_refind(a, keep);
}

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

void app_people_toggle(struct app *a)
{
	if (a->listview == LIST_PEOPLE) {
		app_view_close(a);
		return;
	}
	if (!a->people_loaded && app_people_load(a) != 0)
		return;
	if (app_view_show(a, LIST_PEOPLE) != 0)
		return;
	app_message(a, "%zu people \u00b7 Enter: their documents \u00b7 m merges \u00b7 u splits a name off \u00b7 / finds",
		    a->npeople);
}

void app_view_close(struct app *a)
{
	if (a->listview == LIST_DOCUMENTS)
		return;
	app_listview_set(a, LIST_DOCUMENTS);
	app_list_clamp(a);
	app_message(a, "the document list");
}

void app_people_open(struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return;
	/* The filter's syntax has no escape for a quote inside quotes. */
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "person:\"");
	for (const char *c = p->name; *c; c++)
		if (*c != '"')
			buf_addc(&b, *c);
	buf_addc(&b, '"');
	int rc = app_set_filter(a, b.data);
	buf_free(&b);
	if (rc != 0)
		return;
	app_listview_set(a, LIST_DOCUMENTS);
	app_focus(a, PANE_LIST);
	app_list_move(a, 0); /* the reading pane shows the selection */
	app_message(a, "%lld documents of %s \u00b7 Esc shows all, p the people again", (long long)a->count, p->name);
}

/* The person a name stands for: as the library knows it, else a name or
 * alias of the loaded people that folds to the same. */
static int64_t person_named(struct app *a, const char *name, const char **canonical)
{
	int64_t id = store_person_id(a->store, name);
	char *f = text_fold(name);
	str_trim(f);
	for (size_t i = 0; i < a->npeople; i++) {
		struct app_person *p = &a->people[i];
		if (id && p->id == id) {
			*canonical = p->name;
			break;
		}
		if (id == 0) {
			char *n = text_fold(p->name);
			int same = strcmp(n, f) == 0;
			free(n);
			if (same) {
				id = p->id;
				*canonical = p->name;
				break;
			}
		}
	}
	free(f);
	return id;
}

/* After a merge or a split: the people read again, person id selected,
 * the counts (a filter by person may let other documents through). */
static void people_changed(struct app *a, int64_t id)
{
	a->psel = -1;
	app_people_load(a);
	for (size_t i = 0; i < a->npshown; i++)
		if (a->people[a->pshown[i]].id == id)
			a->psel = (int64_t)i;
	if (a->psel < 0)
		a->psel = 0;
	app_refresh_counts(a);
}

int app_people_merge(struct app *a, const char *into)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return -1;
	if (a->readonly) {
		app_error(a, "read-only library: people cannot be merged");
		return -1;
	}
	char *name = xstrdup(into ? into : "");
	str_trim(name);
	const char *canon = name;
	int64_t to = *name ? person_named(a, name, &canon) : 0;
	if (to == 0) {
		app_error(a, "no person is known as \u201c%s\u201d", name);
		free(name);
		return -1;
	}
	if (to == p->id) {
		app_error(a, "%s and \u201c%s\u201d are the same person already", p->name, name);
		free(name);
		return -1;
	}
	char *from = xstrdup(p->name), *target = xstrdup(canon);
	char *cause = NULL;
	int rc = store_person_merge(a->store, p->id, to, &cause);
	if (rc != 0) {
		app_error_cause(a, cause);
	} else {
		people_changed(a, to);
		app_message(a, "%s merged into %s", from, target);
	}
	free(from);
	free(target);
	free(name);
	return rc;
}

int app_people_split(struct app *a, const char *text)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return -1;
	if (a->readonly) {
		app_error(a, "read-only library: people cannot be split");
		return -1;
	}
	char *name = xstrdup(text ? text : "");
	str_trim(name);
	/* The alias as the library spells it. */
	char *exact = NULL, *f = text_fold(name);
	if (p->aliases) {
		char *list = xstrdup(p->aliases);
		for (char *t = strtok(list, ","); t && !exact; t = strtok(NULL, ",")) {
			while (*t == ' ')
				t++;
			char *tf = text_fold(t);
			if (strcmp(tf, f) == 0)
				exact = xstrdup(t);
			free(tf);
		}
		free(list);
	}
	free(f);
	if (exact == NULL) {
		if (p->aliases)
			app_error(a, "\u201c%s\u201d is not another name of %s (%s)", name, p->name, p->aliases);
		else
			app_error(a, "%s has no other name to split off", p->name);
		free(name);
		return -1;
	}
	char *cause = NULL;
	int64_t nid = 0;
	int rc = store_person_split(a->store, exact, &nid, &cause);
	if (rc != 0) {
		app_error_cause(a, cause);
	} else {
		people_changed(a, nid);
		app_message(a, "\u201c%s\u201d is a person of their own now", exact);
	}
	free(exact);
	free(name);
	return rc;
}

static void results_clear(struct app *a)
{
	for (size_t i = 0; i < a->nresults; i++) {
		free(a->results[i].date);
		free(a->results[i].title);
		free(a->results[i].who);
		free(a->results[i].snippet);
	}
	free(a->results);
	a->results = NULL;
	a->nresults = 0;
	a->rsel = a->rtop = 0;
}

struct result_load {
	struct app_result *v;
	size_t n, cap;
};

static int result_cb(const struct store_hit *h, void *arg)
{
	struct result_load *l = arg;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	struct app_result *r = &l->v[l->n++];
	r->id = h->sd->id;
	r->date = h->sd->doc->date && *h->sd->doc->date ? xstrdup(h->sd->doc->date) : NULL;
	r->title = app_doc_title(h->sd);
	r->who = app_doc_people(h->sd->doc);
	r->snippet = str_one_line(h->snippet ? h->snippet : "");
	return 0;
}

#define RESULTS_MAX 500

int app_library_search(struct app *a, const char *query)
{
	char *q = xstrdup(query ? query : "");
	str_trim(q);
	if (*q == '\0') {
		free(q);
		app_message(a, "no search");
		return -1;
	}
	struct result_load l = { NULL, 0, 0 };
	char *cause = NULL;
	if (store_search(a->store, q, RESULTS_MAX, APP_HIT_OPEN, APP_HIT_CLOSE, result_cb, &l, &cause) != 0) {
		for (size_t i = 0; i < l.n; i++) {
			free(l.v[i].date);
			free(l.v[i].title);
			free(l.v[i].who);
			free(l.v[i].snippet);
		}
		free(l.v);
		free(q);
		app_error_cause(a, cause);
		return -1;
	}
	results_clear(a);
	a->results = l.v;
	a->nresults = l.n;
	free(a->rquery);
	a->rquery = q;
	if (app_view_show(a, LIST_RESULTS) != 0)
		return -1;
	if (l.n == 0)
		app_message(a, "no documents match \u201c%s\u201d", q);
	else
		app_message(a, "%zu%s document%s match \u00b7 Enter opens one at its first hit \u00b7 Esc: the list",
			    l.n, l.n >= RESULTS_MAX ? " or more" : "", l.n == 1 ? "" : "s");
	return 0;
}

/* The first of the open document's annotations whose note has the
 * query's words: under the cursor and in view. */
static int annot_hit(struct app *a, const char *query)
{
	for (size_t i = 0; i < a->nannots; i++) {
		size_t s, e;
		const char *t = a->annots[i].text;
		if (!a->annots[i].orphaned && app_first_hit(t, strlen(t), query, &s, &e) == 0) {
			a->annot = i;
			a->pos = 0;
			a->head_skip = 0;
			app_reveal(a, a->annots[i].start);
			return 1;
		}
	}
	return 0;
}

int app_result_open(struct app *a)
{
	if (a->rsel < 0 || (size_t)a->rsel >= a->nresults)
		return -1;
	int64_t id = a->results[a->rsel].id;
	if (app_jump(a, id, 0, 0) != 0)
		return -1;
	size_t s, e;
	const struct doc *d = a->doc->doc;
	if (a->rquery && app_first_hit(d->body, d->body_len, a->rquery, &s, &e) == 0) {
		/* The hit's words become the document's search: highlighted, and
		 * n goes on to the next. */
		char *word = xstrndup(d->body + s, e - s);
		app_search_set(a, word);
		free(word);
		a->hit = SIZE_MAX;
		for (size_t i = 0; i < a->nhits; i++)
			if (a->hits[i].start >= s) {
				a->hit = i;
				break;
			}
		a->pos = 0;
		a->head_skip = 0;
		app_reveal(a, s);
		app_focus(a, PANE_READ);
		app_message(a, "at the first hit (n: the next) \u00b7 Backspace returns");
	} else if (a->rquery && annot_hit(a, a->rquery)) {
		app_focus(a, PANE_READ);
		app_message(a, "the words are in your note: %s \u00b7 Backspace returns", a->annots[a->annot].text);
	} else {
		app_focus(a, PANE_READ);
		app_message(a, "the words are in its title, people or summary \u00b7 Backspace returns");
	}
	return 0;
}

int app_view_row_height(const struct app *a)
{
	return a->listview == LIST_RESULTS || a->listview == LIST_NOTES ? 2 : 1;
}

/* Entries of the view in the pane, and its selection and top. */
static int64_t view_count(const struct app *a)
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

static int64_t *view_sel(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->psel
	       : a->listview == LIST_NOTES ? &a->nsel
	       : a->listview == LIST_MARKS ? &a->msel
					   : &a->rsel;
}

static int64_t *view_top(struct app *a)
{
	return a->listview == LIST_PEOPLE ? &a->ptop
	       : a->listview == LIST_NOTES ? &a->ntop
	       : a->listview == LIST_MARKS ? &a->mtop
					   : &a->rtop;
}

static int64_t view_rows(const struct app *a)
{
	int64_t h = list_height(a) / app_view_row_height(a);
	return h < 1 ? 1 : h;
}

static void view_clamp(struct app *a)
{
	int64_t *sel = view_sel(a), *top = view_top(a);
	int64_t n = view_count(a), h = view_rows(a);
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
	*view_sel(a) += n;
	view_clamp(a);
}

void app_view_page(struct app *a, int dir)
{
	int64_t h = view_rows(a);
	app_view_move(a, dir * (h > 1 ? h - 1 : 1));
}

void app_view_ends(struct app *a, int dir)
{
	app_view_move(a, dir < 0 ? -(long)view_count(a) : (long)view_count(a));
}

/* ---- time ---- */

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
	if (parse_date(t, iso) != 0) {
		app_error(a, "not a date: \u201c%s\u201d (1950, 1950-10, 1950-10-08 or 8 October 1950)", t);
		free(t);
		return -1;
	}
	free(t);
	app_listview_set(a, LIST_DOCUMENTS);
	int resorted = a->order != STORE_BY_DATE;
	if (resorted) {
		a->order = STORE_BY_DATE;
		rows_clear(a);
	}
	char *cause = NULL;
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
			sync_selection(a);
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

/* ---- the first hit of a search's words ---- */


/* The first whole-word match of term (folded) in s from 0; prefix: the
 * end need not be a word's. */
static int find_term(const uint8_t *s, size_t len, const char *term, int prefix, size_t *ms, size_t *me)
{
	size_t nq;
	ucs4_t *q = query_fold(term, &nq);
	int found = -1;
	if (nq == 0) {
		free(q);
		return -1;
	}
	ucs4_t prev = ' ';
	for (size_t i = 0; i < len;) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, s + i, len - i);
		size_t end;
		if (!app_word_char(prev) && !is_mark(c) && fold(c) == q[0] && (end = match_at(s, len, i, q, nq)) > i) {
			ucs4_t after = ' ';
			if (end < len)
				u8_mbtouc(&after, s + end, len - end);
			if (prefix || !app_word_char(after)) {
				*ms = i;
				*me = end;
				found = 0;
				break;
			}
		}
		if (!is_mark(c))
			prev = c;
		i += (size_t)cl;
	}
	free(q);
	return found;
}

int app_first_hit(const char *body, size_t len, const char *query, size_t *start, size_t *end)
{
	if (body == NULL || query == NULL)
		return -1;
	struct query q;
	char *cause = NULL;
	if (query_parse(query, &q, &cause) != 0) {
		free(cause);
		return -1;
	}
	if (q.words == NULL) {
		query_free(&q);
		return -1;
	}
	/* The terms: phrases and words, not the operators, nor what NOT
	 * excludes. */
	struct strv terms, plain;
	strv_init(&terms);
	strv_init(&plain);
	int prefixes[64] = { 0 }, negate = 0;
	for (const char *p = q.words; *p && terms.n < 64;) {
		if (*p == ' ' || *p == '\t' || *p == '(' || *p == ')') {
			p++;
			continue;
		}
		const char *w = p;
		size_t n;
		int quoted = *p == '"';
		if (quoted) {
			const char *close = strchr(p + 1, '"');
			w = p + 1;
			n = close ? (size_t)(close - w) : strlen(w);
			p = close ? close + 1 : w + n;
		} else {
			while (*p && *p != ' ' && *p != '\t' && *p != '(' && *p != ')' && *p != '"')
				p++;
			n = (size_t)(p - w);
		}
		int prefix = 0;
		if (!quoted && n > 1 && w[n - 1] == '*') {
			prefix = 1;
			n--;
		} else if (quoted && *p == '*') {
			prefix = 1;
			p++;
		}
		if (!quoted && ((n == 3 && (strncmp(w, "AND", 3) == 0)) || (n == 2 && strncmp(w, "OR", 2) == 0)))
			continue;
		if (!quoted && n == 3 && strncmp(w, "NOT", 3) == 0) {
			negate = 1;
			continue;
		}
		if (negate || n == 0) {
			negate = 0;
			continue;
		}
		prefixes[terms.n] = prefix;
		strv_push_owned(&terms, xstrndup(w, n));
		if (!quoted && !prefix)
			strv_push_owned(&plain, xstrndup(w, n));
	}
	query_free(&q);
	const uint8_t *s = (const uint8_t *)body;
	int found = -1;
	/* Words typed side by side are most likely a phrase in the text. */
	if (plain.n > 1) {
		struct buf b;
		buf_init(&b);
		for (size_t i = 0; i < plain.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", plain.v[i]);
		found = find_term(s, len, b.data, 0, start, end);
		buf_free(&b);
	}
	/* Else the earliest of the terms. */
	size_t best = SIZE_MAX;
	for (size_t k = 0; found != 0 && k < terms.n; k++) {
		size_t ms, me;
		if (find_term(s, len, terms.v[k], prefixes[k], &ms, &me) == 0 && ms < best) {
			best = ms;
			*start = ms;
			*end = me;
		}
	}
	if (best != SIZE_MAX)
		found = 0;
	strv_free(&terms);
	strv_free(&plain);
	return found;
}

/* ---- other readers of the library ---- */

void app_refresh(struct app *a)
{
	a->data_version = store_data_version(a->store);
	app_refresh_counts(a);
	if (a->doc) {
		refs_load(a, a->ref < a->nrefs ? a->refs[a->ref].id : 0);
		app_annots_load(a);
	}
	if (a->listview == LIST_NOTES)
		app_notes_load(a);
	else if (a->listview == LIST_MARKS)
		app_marks_load(a);
	else if (a->listview == LIST_PEOPLE)
		app_people_load(a);
}

int app_poll(struct app *a)
{
	int64_t v = store_data_version(a->store);
	if (v == a->data_version)
		return 0;
	app_refresh(a);
	return 1;
}

/* ---- mouse ---- */

static int inside(const struct app_rect *r, int x, int y, int title)
{
	return x >= r->x && x < r->x + r->w && y >= r->y - title && y < r->y + r->h;
}

void app_mouse(struct app *a, int x, int y, enum app_mouse what)
{
	if (a->choosing || a->form || a->editing || a->prompt != PROMPT_NONE)
		return; /* the keys decide what happens to them */
	if (what == MOUSE_DRAG || what == MOUSE_RELEASE) {
		app_select_mouse(a, what, app_offset_at(a, x, y));
		return;
	}
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
			if (p == PANE_LIST && y >= r->y && a->listview != LIST_DOCUMENTS) {
				int64_t *sel = view_sel(a), *top = view_top(a);
				int64_t row = *top + (y - r->y) / app_view_row_height(a);
				if (row < view_count(a)) {
					*sel = row;
					view_clamp(a);
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
			int64_t *top = view_top(a), *sel = view_sel(a);
			int64_t max = view_count(a) - view_rows(a);
			*top += step;
			if (*top > max)
				*top = max;
			if (*top < 0)
				*top = 0;
			if (*sel < *top)
				*sel = *top;
			if (*sel >= *top + view_rows(a))
				*sel = *top + view_rows(a) - 1;
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
	size_t top = app_view_top(a), h = app_view_h(a), n = 0;
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
	a->ref = SIZE_MAX;
	a->side_sel = SIZE_MAX;
	a->doc_index = -1;
	a->annot = SIZE_MAX;
	a->data_version = store_data_version(s);
	mode_pane(a, PANE_LIST, &mode_list);
	mode_pane(a, PANE_READ, &mode_read);
	mode_pane(a, PANE_SIDE, &mode_side);
	buf_init(&a->line.text);
	buf_init(&a->note.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_init(&a->fields[f].text);
	app_resize(a, 80, 24);
	if (app_refresh_counts(a) != 0) {
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
	app_notes_free(a);
	rows_clear(a);
	choices_clear(a);
	link_reset(a);
	people_clear(a);
	results_clear(a);
	free(a->marks);
	free(a->back);
	free(a->fwd);
	free(a->pfind);
	free(a->rquery);
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
