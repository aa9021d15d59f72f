/* docs.c: the documents: the list's window of rows, opening one, the
 * order and the filter, and the jump list of places. */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

#define JUMPS 100

static void row_free(struct app_row *r)
{
	free(r->date);
	free(r->who);
	free(r->title);
}

void app_rows_clear(struct app *a)
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

const struct app_row *app_row_held(const struct app *a, int64_t i)
{
	if (i < 0 || i >= a->count || i < a->rows_off || i >= a->rows_off + (int64_t)a->nrows)
		return NULL;
	return &a->rows[i - a->rows_off];
}

static void fetch_free(struct fetch *f)
{
	for (size_t k = 0; k < f->n; k++)
		row_free(&f->rows[k]);
	free(f->rows);
	*f = (struct fetch){ 0 };
}

/* Rows [off, off + n) of the list appended to f: 0, or -1 (said). */
static int fetch_rows(struct app *a, int64_t off, int64_t n, struct fetch *f)
{
	char *cause = NULL;
	if (n <= 0)
		return 0;
	if (store_list_brief(a->store, a->order, a->filter, (size_t)off, (size_t)n, fetch_row, f, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	return 0;
}

const struct app_row *app_row(struct app *a, int64_t i)
{
	if (i < 0 || i >= a->count)
		return NULL;
	if (i >= a->rows_off && i < a->rows_off + (int64_t)a->nrows)
		return &a->rows[i - a->rows_off];
	/* Only the window around i is fetched: never the whole list. With
	 * none held (the first frame, a new order or filter) the screen
	 * from i: the rest of a window is for moving, which may not come. */
	int64_t n = window_rows(a), off = i - n / 3;
	if (a->nrows == 0) {
		n /= 3;
		off = i;
	}
	if (off < 0)
		off = 0;
	/* The rows of the new window already held are kept, and only those
	 * around them read: a step of a screen reads the screen it brings,
	 * not three. */
	int64_t held_lo = a->rows_off, held_hi = a->rows_off + (int64_t)a->nrows;
	int64_t keep_lo = off > held_lo ? off : held_lo, keep_hi = off + n < held_hi ? off + n : held_hi;
	if (keep_lo >= keep_hi)
		keep_lo = keep_hi = off; /* nothing to keep */
	struct fetch f = { 0 };
	a->fetches++;
	int rc = fetch_rows(a, off, keep_lo - off, &f);
	if (rc == 0 && (int64_t)f.n != keep_lo - off)
		rc = 1; /* the library shrank under us: nothing kept lines up */
	if (rc == 0 && keep_hi > keep_lo) {
		size_t k = (size_t)(keep_lo - held_lo), m = (size_t)(keep_hi - keep_lo);
		if (f.n + m > f.cap) {
			f.cap = f.n + m + (size_t)(off + n - keep_hi);
			f.rows = xreallocarray(f.rows, f.cap, sizeof *f.rows);
		}
		memcpy(f.rows + f.n, a->rows + k, m * sizeof *f.rows);
		f.n += m;
		/* moved, not copied: the held rows left behind are freed */
		for (size_t q = 0; q < a->nrows; q++)
			if (q < k || q >= k + m)
				row_free(&a->rows[q]);
		free(a->rows);
		a->rows = NULL;
		a->nrows = 0;
	}
	if (rc == 0)
		rc = fetch_rows(a, keep_hi, off + n - keep_hi, &f);
	if (rc != 0) {
		fetch_free(&f);
		if (rc < 0)
			return NULL;
		app_rows_clear(a);
		if (fetch_rows(a, off, n, &f) != 0) {
			fetch_free(&f);
			return NULL;
		}
	}
	app_rows_clear(a);
	a->rows = f.rows;
	a->nrows = f.n;
	a->rows_off = off;
	if (i >= off + (int64_t)f.n)
		return NULL; /* the library shrank under us */
	return &a->rows[i - off];
}

/* Rows fetched at a time while the reader is idle: a key that comes
 * waits for eight rows at most. */
#define AHEAD_ROWS 8

/* Frees the held rows outside [lo, hi). */
static void rows_trim(struct app *a, int64_t lo, int64_t hi)
{
	int64_t held_lo = a->rows_off, held_hi = a->rows_off + (int64_t)a->nrows;
	int64_t keep_lo = held_lo > lo ? held_lo : lo, keep_hi = held_hi < hi ? held_hi : hi;
	if (keep_lo >= keep_hi || (keep_lo == held_lo && keep_hi == held_hi))
		return;
	for (int64_t i = held_lo; i < held_hi; i++)
		if (i < keep_lo || i >= keep_hi)
			row_free(&a->rows[i - held_lo]);
	memmove(a->rows, a->rows + (keep_lo - held_lo), (size_t)(keep_hi - keep_lo) * sizeof *a->rows);
	a->rows_off = keep_lo;
	a->nrows = (size_t)(keep_hi - keep_lo);
}

static int ignore_ref(const struct store_ref *r, void *arg)
{
	(void)r;
	(void)arg;
	return 0;
}

static int ignore_annotation(const struct store_annotation *n, void *arg)
{
	(void)n;
	(void)arg;
	return 0;
}

/* Reads what opening document id reads (its text, references both ways,
 * annotations) and drops it: the library's pages are then at hand. */
static void doc_touch(struct app *a, int64_t id)
{
	struct store_doc *sd = NULL;
	char *cause = NULL;
	if (store_doc_get(a->store, id, &sd, &cause) == 0)
		store_doc_free(sd);
	free(cause);
	cause = NULL;
	store_refs(a->store, id, 1, ignore_ref, NULL, &cause);
	free(cause);
	cause = NULL;
	store_refs(a->store, id, -1, ignore_ref, NULL, &cause);
	free(cause);
	cause = NULL;
	store_annotations(a->store, id, NULL, NULL, STORE_BY_DOCUMENT, ignore_annotation, NULL, &cause);
	free(cause);
}

/* The list's last screen and the document G opens, read ahead once for
 * each count of the list (and dropped): 1 when they were read. */
static int end_ahead(struct app *a, int64_t h)
{
	if ((a->warm_end == a->count && a->warm_order == a->order) || a->rows_off + (int64_t)a->nrows >= a->count)
		return 0;
	a->warm_end = a->count;
	a->warm_order = a->order;
	struct fetch f = { 0 };
	char *cause = NULL;
	int64_t off = a->count - h > 0 ? a->count - h : 0;
	if (store_list_brief(a->store, a->order, a->filter, (size_t)off, (size_t)(a->count - off), fetch_row, &f,
			     &cause) == 0 &&
	    f.n > 0)
		doc_touch(a, f.rows[f.n - 1].id);
	free(cause);
	fetch_free(&f);
	return 1;
}

/* The documents a page down and a page up would open, read ahead once
 * each, then the list's end: 1 when one was read. */
static int docs_ahead(struct app *a, int64_t h)
{
	for (int k = 0; k < 2; k++) {
		int64_t i = a->sel + (k == 0 ? h - 1 : -(h - 1));
		i = i < 0 ? 0 : i >= a->count ? a->count - 1 : i;
		const struct app_row *r = app_row_held(a, i);
		if (r == NULL || r->id == a->warm[k] || (a->doc && r->id == a->doc->id))
			continue;
		a->warm[k] = r->id;
		doc_touch(a, r->id);
		return 1;
	}
	return end_ahead(a, h);
}

int app_rows_ahead(struct app *a)
{
	/* A filtered list reads from its start to an offset: in pieces, each
	 * would read it again. */
	if (a->listview != LIST_DOCUMENTS || a->nrows == 0 || a->count == 0 || (a->filter && *a->filter))
		return 0;
	int64_t h = app_list_height(a);
	if (h < 1)
		return 0;
	/* a page either way of the screen */
	int64_t lo = a->top - h > 0 ? a->top - h : 0, hi = a->top + 2 * h < a->count ? a->top + 2 * h : a->count;
	int64_t held_lo = a->rows_off, held_hi = a->rows_off + (int64_t)a->nrows;
	int64_t shown_hi = a->top + h < a->count ? a->top + h : a->count;
	if (held_lo > a->top || held_hi < shown_hi)
		return 0; /* only a window that holds the screen grows */
	int64_t off, n;
	if (held_hi < hi) {
		off = held_hi;
		n = hi - held_hi < AHEAD_ROWS ? hi - held_hi : AHEAD_ROWS;
	} else if (held_lo > lo) {
		n = held_lo - lo < AHEAD_ROWS ? held_lo - lo : AHEAD_ROWS;
		off = held_lo - n;
	} else {
		return docs_ahead(a, h);
	}
	/* Quietly: a read that fails now is tried again, and said, when a
	 * key needs the row. */
	struct fetch f = { 0 };
	char *cause = NULL;
	if (store_list_brief(a->store, a->order, a->filter, (size_t)off, (size_t)n, fetch_row, &f, &cause) != 0 ||
	    (int64_t)f.n != n) {
		free(cause);
		fetch_free(&f);
		return 0;
	}
	a->rows = xreallocarray(a->rows, a->nrows + f.n, sizeof *a->rows);
	if (off < held_lo) {
		memmove(a->rows + f.n, a->rows, a->nrows * sizeof *a->rows);
		memcpy(a->rows, f.rows, f.n * sizeof *a->rows);
		a->rows_off = off;
	} else {
		memcpy(a->rows + a->nrows, f.rows, f.n * sizeof *a->rows);
	}
	a->nrows += f.n;
	free(f.rows); /* the rows moved */
	/* what paging left behind goes */
	rows_trim(a, lo - h, hi + h);
	return 1;
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
	a->count_capped = 0;
	app_rows_clear(a);
	app_welcome_sync(a);
	return 0;
}

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

void app_close_doc(struct app *a)
{
	app_save_pos(a);
	app_layouts_free(a); /* before the body they read */
	store_doc_free(a->doc);
	a->doc = NULL;
	a->nhits = 0;
	a->hit = SIZE_MAX;
	app_refs_clear(a);
	app_annots_clear(a);
	app_selecting(a, 0);
	a->selection.mouse = 0;
	app_welcome_sync(a);
}

/* Finds the row of document id in the list (a scan when filtered). */
static int64_t find_row(struct app *a, int64_t id)
{
	/* The selected row if it is held: fetching rows around it to look
	 * (sixty at the start, at row 0) cost more than asking the order. */
	const struct app_row *r = app_row_held(a, a->sel);
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

void app_sync_selection(struct app *a)
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
	app_close_doc(a);
	a->doc = sd;
	a->pos = sd->read_pos <= sd->doc->body_len ? sd->read_pos : sd->doc->body_len;
	a->saved_pos = a->pos;
	a->head_skip = 0;
	a->read = 0;
	a->side_top = 0;
	if (side)
		app_fit_panes(a); /* the sidebar has something to show now */
	app_relayout(a);
	if (a->search)
		app_search_set(a, a->search);
	app_refs_load(a, 0);
	app_annots_load(a);
	app_sync_selection(a);
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

void app_list_move(struct app *a, long n)
{
	if (a->count == 0)
		return;
	if (a->sel + n >= a->count - 1)
		app_count_settle(a); /* toward the end of a first count */
	int64_t old = a->sel;
	a->sel += n;
	app_list_clamp(a);
	const struct app_row *r = app_row(a, a->sel);
	if (r && (old != a->sel || a->doc == NULL || a->doc->id != r->id))
		app_open(a, r->id);
}

void app_list_page(struct app *a, long dir)
{
	int64_t h = app_list_height(a);
	app_list_move(a, dir * (h > 1 ? h - 1 : 1));
}

void app_list_first(struct app *a)
{
	app_list_move(a, -(long)a->sel);
}

void app_list_last(struct app *a)
{
	app_count_settle(a);
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
	app_rows_clear(a);
	a->sel = 0;
	app_sync_selection(a);
	app_message(a, "sorted by %s", names[a->order]);
}

static int set_filter(struct app *a, const char *filter, int typing)
{
	const char *f = filter && *filter ? filter : NULL;
	char *cause = NULL;
	int64_t n = store_count_filtered_upto(a->store, f, a->count_first + 1, &cause);
	if (n < 0) {
		app_error_cause(a, cause);
		return -1;
	}
	free(a->filter);
	a->filter = f ? xstrdup(f) : NULL;
	a->count = n;
	a->count_capped = n > a->count_first;
	app_rows_clear(a);
	a->sel = 0;
	a->top = 0;
	if (a->doc && !typing) {
		/* The open document keeps the selection: looked up in the
		 * filter's order when it is counted, else on the first screen. */
		int64_t i = -1;
		if (!a->count_capped)
			i = find_row(a, a->doc->id);
		for (int64_t k = 0; a->count_capped && i < 0 && k < app_list_height(a) && k < a->count; k++) {
			const struct app_row *r = app_row(a, k);
			if (r && r->id == a->doc->id)
				i = k;
		}
		if (i >= 0)
			a->sel = i;
	}
	app_list_clamp(a);
	return 0;
}

int app_count_settle(struct app *a)
{
	if (!a->count_capped)
		return 0;
	char *cause = NULL;
	int64_t n = store_count_filtered(a->store, a->filter, &cause);
	if (n < 0) {
		app_error_cause(a, cause);
		return 0;
	}
	a->count_capped = 0;
	if (n == a->count)
		return 0;
	a->count = n;
	/* "more than 1000 ... match" said, the number now */
	if (a->filter && a->message && strncmp(a->message, "more than ", 10) == 0)
		app_message(a, "%lld of %lld documents match", (long long)a->count, (long long)a->total);
	return 1;
}

int app_set_filter(struct app *a, const char *filter)
{
	return set_filter(a, filter, 0);
}

int app_try_filter(struct app *a, const char *filter)
{
	return set_filter(a, filter, 1);
}

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

/* The empty library's welcome is an overlay while there is nothing to read. */
void app_welcome_sync(struct app *a)
{
	mode_show(a, "welcome", a->doc == NULL && a->total == 0 && a->filter == NULL);
}
