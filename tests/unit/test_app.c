/* test_app.c: the reader's actions on its state, against a real library
 * in a temporary file with the sample imported, without a terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/app.h"
#include "dossier/import.h"
#include "dossier/store.h"
#include "dossier/util.h"
#include "fixture.h"
#include "state.h"

/* The buffer app_line_marks fills, kept as the view keeps one. */
static struct app_marks mb;
#include "test.h"

static char db[] = "/tmp/dossier-test-app-XXXXXX";

static const char *const no_dirs[] = { NULL };

static struct app_opts opts(void)
{
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, no_dirs };
	return o;
}

static struct buf long_text(int paragraphs)
{
	struct buf b;
	buf_init(&b);
	for (int p = 0; p < paragraphs; p++) {
		buf_printf(&b, "Paragraph %d. We have received your cable of 30 September and 1 October. These cables "
			       "show that cde. KIM IL SUNG and other comrades pose before you a set of questions. ",
			   p + 1);
		if (p == 7)
			buf_adds(&b, "Zho\u0304u E\u0304nla\u0300i and Zh\u014du \u0112nl\u00e1i met Feng Xi [Stalin]. ");
		buf_adds(&b, "\n\n");
	}
	return b;
}

static int64_t first_by_date(struct store *s);

static int first_cb(const struct store_doc *sd, void *arg)
{
	*(int64_t *)arg = sd->id;
	return 1;
}

static int64_t first_by_date(struct store *s)
{
	int64_t id = 0;
	char *cause = NULL;
	store_list(s, STORE_BY_DATE, 0, 1, first_cb, &id, &cause);
	free(cause);
	return id;
}

struct ids {
	int64_t v[64];
	size_t n;
};

static int ids_cb(const struct store_doc *sd, void *arg)
{
	struct ids *ids = arg;
	if (ids->n < 64)
		ids->v[ids->n++] = sd->id;
	return 0;
}

static void test_open_and_scroll(struct app *a, int64_t long_id)
{
	CHECK_INT(app_open(a, long_id), 0);
	CHECK(a->doc && a->doc->id == long_id);
	app_resize(a, 80, 24);
	size_t n = app_text_lines(a), h = (size_t)a->pane[PANE_READ].h;
	CHECK(n > h);
	app_top(a);
	CHECK_INT(app_view_top(a), 0);
	app_scroll_lines(a, -5);
	CHECK_INT(app_view_top(a), 0);
	app_scroll_lines(a, 3);
	CHECK_INT(app_view_top(a), 3);
	app_page(a, 1);
	CHECK_INT(app_view_top(a), 3 + h - 2);
	app_half_page(a, -1);
	CHECK_INT(app_view_top(a), 3 + h - 2 - h / 2);
	app_bottom(a);
	CHECK_INT(app_view_top(a), n - h);
	CHECK_INT(app_percent(a), 100);
	app_scroll_lines(a, 100);
	CHECK_INT(app_view_top(a), n - h);
	app_top(a);
	CHECK(app_percent(a) < 100);
	CHECK_INT(a->pos, 0);
}

static void test_resize_keeps_position(struct app *a)
{
	app_resize(a, 80, 24);
	app_top(a);
	app_scroll_lines(a, 30);
	size_t pos = a->pos, top = app_view_top(a);
	CHECK(pos > 0);
	int sizes[][2] = { { 200, 60 }, { 40, 12 }, { 1, 1 }, { 2, 3 }, { 17, 5 }, { 80, 24 } };
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		app_resize(a, sizes[i][0], sizes[i][1]);
		CHECK_INT(a->pos, pos);
		/* The line at the top holds the position (unless the end of
		 * the text is reached first). */
		size_t s, e, top_now = app_view_top(a);
		CHECK(top_now >= a->nhead && top_now < app_text_lines(a));
		layout_line_range(a->body, top_now - a->nhead, &s, &e);
		if (top_now + (size_t)a->pane[PANE_READ].h < app_text_lines(a))
			CHECK(s <= pos && pos < e);
		CHECK(a->pane[PANE_READ].w >= 1 && a->pane[PANE_READ].h >= 1);
	}
	CHECK_INT(app_view_top(a), top);
	/* Panes fold on a narrow screen: the sidebar first, then the list. */
	app_resize(a, 200, 60);
	CHECK(a->shown[PANE_LIST] && a->shown[PANE_SIDE]);
	app_resize(a, 80, 24);
	CHECK(a->shown[PANE_LIST] && !a->shown[PANE_SIDE]);
	app_resize(a, 50, 24);
	CHECK(!a->shown[PANE_LIST] && !a->shown[PANE_SIDE]);
	app_resize(a, 1, 1);
	CHECK(!a->shown[PANE_LIST] && !a->shown[PANE_SIDE]);
	CHECK_INT(a->status_y, -1);
	/* Asking for the sidebar at 80 columns folds the list instead. */
	app_resize(a, 80, 24);
	app_toggle_pane(a, PANE_SIDE);
	CHECK(!a->shown[PANE_LIST] && a->shown[PANE_SIDE]);
	app_focus_left(a);
	app_focus_left(a);
	CHECK_INT(a->focus, PANE_LIST);
	CHECK(a->shown[PANE_LIST] && !a->shown[PANE_SIDE]);
	app_focus(a, PANE_READ);
	app_resize(a, 80, 24);
	CHECK_INT(app_view_top(a), top);
}

static void test_search(struct app *a)
{
	app_resize(a, 80, 24);
	app_top(a);
	size_t n = app_search_set(a, "kim il sung");
	CHECK_INT(n, 40);
	const char *body = a->doc->doc->body;
	CHECK(strncmp(body + a->hits[0].start, "KIM IL SUNG", 11) == 0);
	/* Diacritics and decomposed marks are ignored, both ways. */
	CHECK_INT(app_search_set(a, "zhou enlai"), 2);
	CHECK_INT(app_search_set(a, "Zh\u014du"), 2);
	CHECK(strncmp(body + a->hits[0].start, "Zho\u0304u", strlen("Zho\u0304u")) == 0);
	CHECK_INT(a->hits[0].end - a->hits[0].start, strlen("Zho\u0304u"));
	/* A space matches a line break too. */
	CHECK_INT(app_search_set(a, "questions. paragraph 2."), 1);

	app_search_set(a, "paragraph 3");
	CHECK_INT(a->nhits, 11); /* 3 and 30 to 39 */
	app_search_set(a, "Paragraph 1.");
	CHECK_INT(a->nhits, 1);
	app_search_next(a, 1);
	CHECK_INT(a->hit, 0);
	app_search_next(a, 1);
	CHECK(a->message && strstr(a->message, "wrapped"));

	app_search_set(a, "cable");
	size_t hits = a->nhits;
	CHECK_INT(hits, 80); /* "cable" and "cables" */
	app_top(a);
	for (size_t i = 0; i < hits; i++)
		app_search_next(a, 1);
	CHECK_INT(a->hit, hits - 1);
	/* The current hit is on screen. */
	size_t line = a->nhead + layout_line_of(a->body, a->hits[a->hit].start);
	CHECK(line >= app_view_top(a) && line < app_view_top(a) + (size_t)a->pane[PANE_READ].h);
	free(a->message);
	a->message = NULL;
	app_search_next(a, 1);
	CHECK_INT(a->hit, 0);
	CHECK(a->message && strstr(a->message, "wrapped"));
	app_search_next(a, -1);
	CHECK_INT(a->hit, hits - 1);
	CHECK(a->message && strstr(a->message, "wrapped"));
	app_search_next(a, -1);
	CHECK_INT(a->hit, hits - 2);

	CHECK_INT(app_search_set(a, "zzqqxx"), 0);
	app_search_next(a, 1);
	CHECK_STR(a->message, "not found: zzqqxx");

	/* Incremental: typing moves to the first hit after where it began;
	 * Escape goes back. */
	app_top(a);
	app_scroll_lines(a, 10);
	size_t pos = a->pos;
	app_prompt_begin(a, PROMPT_SEARCH);
	app_line_insert(&a->prompt.line, "para");
	app_prompt_changed(a);
	CHECK(a->nhits > 0);
	CHECK(a->hits[a->hit].start >= pos);
	app_line_insert(&a->prompt.line, "graph 39");
	app_prompt_changed(a);
	CHECK_INT(a->nhits, 1);
	CHECK(a->pos != pos);
	app_prompt_cancel(a);
	CHECK_INT(a->pos, pos);
	CHECK_STR(a->search, "zzqqxx");
	app_prompt_begin(a, PROMPT_SEARCH);
	app_line_insert(&a->prompt.line, "nothing like this");
	app_prompt_changed(a);
	CHECK_STR(a->message, "not found: nothing like this");
	app_prompt_accept(a);
	CHECK_INT(a->prompt.id, PROMPT_NONE);
	app_search_set(a, NULL);
}

static void test_footnotes(struct app *a, int64_t notes_id)
{
	app_open(a, notes_id);
	app_resize(a, 100, 30);
	CHECK_INT(a->doc->doc->nnotes, 2);
	char *t = layout_line_text(a->body, 0);
	CHECK(strstr(t, "SHTRAUS [pseudonym for Shtykov]") != NULL);
	free(t);
	struct app_note_at at[8];
	size_t n = app_visible_notes(a, at, 8);
	CHECK_INT(n, 2);
	CHECK_INT(at[0].row, (int)a->nhead);
	app_toggle_footnotes(a);
	CHECK_INT(a->mode, LAYOUT_FOOTNOTES);
	CHECK_INT(layout_mode(a->body), LAYOUT_FOOTNOTES);
	t = layout_line_text(a->body, 0);
	CHECK_STR(t, "SHTRAUS\u00b9, MAYVEYEV\u00b2");
	free(t);
	app_toggle_footnotes(a);
	CHECK_INT(layout_mode(a->body), LAYOUT_INLINE);
	app_toggle_footnotes(a);
	CHECK_INT(layout_mode(a->body), LAYOUT_FOOTNOTES);
	app_toggle_footnotes(a);
}

static void test_next_doc(struct app *a, struct store *s)
{
	struct ids ids = { { 0 }, 0 };
	char *cause = NULL;
	store_list(s, STORE_BY_DATE, 0, 0, ids_cb, &ids, &cause);
	CHECK(ids.n >= 7);
	app_open(a, ids.v[0]);
	CHECK_INT(a->sel, 0);
	CHECK_INT(a->doc_index, 0);
	int ok = 1;
	for (size_t i = 1; i < ids.n; i++) {
		if (app_next_doc(a, 1) != 0 || a->doc->id != ids.v[i] || a->sel != (int64_t)i)
			ok = 0;
	}
	CHECK(ok);
	CHECK_INT(app_next_doc(a, 1), -1);
	CHECK_STR(a->message, "this is the last document");
	CHECK_INT(app_next_doc(a, -1), 0);
	CHECK_INT(a->doc->id, ids.v[ids.n - 2]);
	/* Undated documents come last in date order. */
	const struct app_row *last = app_row(a, (int64_t)ids.n - 1);
	CHECK(last && last->date == NULL);
	const struct app_row *first = app_row(a, 0);
	CHECK(first && first->date != NULL);
}

static void test_reading_position(struct app *a, struct store *s, int64_t long_id, int64_t other)
{
	app_open(a, long_id);
	app_resize(a, 80, 24);
	app_top(a);
	app_scroll_lines(a, 25);
	size_t pos = a->pos;
	app_open(a, other);
	struct store_doc *sd = NULL;
	char *cause = NULL;
	CHECK_INT(store_doc_get(s, long_id, &sd, &cause), 0);
	CHECK_INT(sd ? sd->read_pos : 0, pos);
	store_doc_free(sd);
	app_open(a, long_id);
	CHECK_INT(a->pos, pos);
	CHECK_INT(app_view_top(a), a->nhead + layout_line_of(a->body, pos));
	a->read = 1;
	app_save_pos(a);
	CHECK_INT(store_last_read(s), long_id);
}

static void test_list(struct store *s)
{
	/* Enough documents for the window to page. */
	char *cause = NULL;
	CHECK_INT(store_begin(s, &cause), 0);
	for (int i = 0; i < 400; i++) {
		struct doc *d = doc_create();
		char title[64], date[16], path[64], body[128];
		snprintf(title, sizeof title, "Generated letter %03d", i);
		snprintf(date, sizeof date, "1960-%02d-%02d", i % 12 + 1, i % 28 + 1);
		snprintf(path, sizeof path, "gen/%03d.txt", i);
		snprintf(body, sizeof body, "Body of generated letter %d.", i);
		doc_set(&d->title, title);
		doc_set(&d->date, date);
		d->body = xstrdup(body);
		d->body_len = strlen(body);
		int64_t id;
		enum store_put what;
		store_put_doc(s, path, "text", d, hash_fnv1a64(body, strlen(body)), &id, &what, &cause);
		doc_free(d);
	}
	CHECK_INT(store_commit(s, &cause), 0);

	struct app_opts o = opts();
	struct app *b = app_create(s, &o, &cause);
	CHECK(b != NULL);
	if (b == NULL)
		return;
	app_resize(b, 80, 24);
	CHECK(b->total >= 407);
	CHECK_INT(app_open(b, 0), 0);
	size_t window = (size_t)(b->pane[PANE_LIST].h < 16 ? 16 : b->pane[PANE_LIST].h) * 3;
	int bounded = 1;
	for (int i = 0; i < 300; i++) {
		app_list_move(b, 1);
		if (b->nrows > window || b->sel < b->rows_off || b->sel >= b->rows_off + (int64_t)b->nrows)
			bounded = 0;
	}
	CHECK(bounded);
	CHECK_INT(b->sel, 300);
	CHECK(b->sel >= b->top && b->sel < b->top + b->pane[PANE_LIST].h);
	CHECK(b->fetches < 20);
	app_list_last(b);
	CHECK_INT(b->sel, b->count - 1);
	CHECK(b->nrows <= window);
	app_list_page(b, -1);
	CHECK_INT(b->sel, b->count - 1 - (b->pane[PANE_LIST].h - 1));
	app_list_first(b);
	CHECK_INT(b->sel, 0);
	CHECK_INT(b->doc->id, first_by_date(s));
	/* A reader opening on a document far down the list reads the rows
	 * around it once (its first frame), not the top's as well. */
	const struct app_row *last = app_row(b, b->count - 1);
	struct app *c = last ? app_create(s, &o, &cause) : NULL;
	CHECK(c != NULL);
	if (c) {
		app_resize(c, 80, 24);
		CHECK_INT(app_open(c, last->id), 0);
		CHECK_INT(c->sel, c->count - 1);
		CHECK(app_row(c, c->top) != NULL);
		CHECK_INT(c->fetches, 1);
		/* a screen of them: the window for moving comes with moving */
		CHECK(c->nrows <= window / 3);
		app_free(c);
	}
	/* Paging keeps the rows it holds and reads the others: each held
	 * row is the one a reader fetching afresh finds at its place. */
	struct app *d = app_create(s, &o, &cause);
	CHECK(d != NULL);
	if (d) {
		app_resize(d, 80, 24);
		app_list_first(b);
		int right = 1;
		for (int k = 0; k < 30; k++) {
			app_list_page(b, k < 20 ? 1 : -1);
			CHECK(app_row(b, b->top) != NULL);
			for (size_t q = 0; q < b->nrows; q++) {
				const struct app_row *r = app_row(d, b->rows_off + (int64_t)q);
				if (r == NULL || r->id != b->rows[q].id || strcmp(r->title, b->rows[q].title) != 0)
					right = 0;
			}
		}
		CHECK(right);
		app_free(d);
	}
	/* While no key comes, the rows a page either way would show are
	 * read ahead, a few at a time: a page down then reads nothing, and
	 * what is held stays bounded, in order, and true. */
	struct app *e = app_create(s, &o, &cause);
	d = app_create(s, &o, &cause);
	CHECK(e != NULL && d != NULL);
	if (e && d) {
		app_resize(e, 80, 24);
		app_resize(d, 80, 24);
		CHECK_INT(app_open(e, 0), 0);
		CHECK(app_row(e, e->top) != NULL);
		int64_t h = app_list_height(e);
		int calls = 0, right = 1, ahead_only = 1;
		for (int k = 0; k < 12; k++) {
			while (app_rows_ahead(e) && calls < 1000)
				calls++;
			/* a page down and a page up of the screen, held */
			if (!app_row_held(e, e->top + 2 * h - 1 < e->count ? e->top + 2 * h - 1 : e->count - 1) ||
			    (e->top >= h && !app_row_held(e, e->top - h)))
				ahead_only = 0;
			size_t before = e->fetches;
			app_list_page(e, k < 8 ? 1 : -1);
			if (e->fetches != before || e->nrows > (size_t)(5 * h))
				ahead_only = 0;
			for (size_t q = 0; q < e->nrows; q++) {
				const struct app_row *x = app_row(d, e->rows_off + (int64_t)q);
				if (x == NULL || x->id != e->rows[q].id || strcmp(x->title, e->rows[q].title) != 0)
					right = 0;
			}
		}
		CHECK(calls > 12);
		CHECK(ahead_only);
		CHECK(right);
		/* it ends: then nothing more is wanted, and the loop waits for
		 * a key */
		int more = 0;
		while (app_rows_ahead(e) && more < 1000)
			more++;
		CHECK(more <= 2 * h / 8 + 2);
		CHECK_INT(app_rows_ahead(e), 0);
		/* and the documents a page down and up would open were read */
		const struct app_row *next = app_row_held(e, e->sel + h - 1);
		CHECK(next && e->warm[0] == next->id);
	}
	app_free(d);
	app_free(e);

	/* Sorting by title: the selection stays on the document. */
	int64_t id = b->doc->id;
	app_sort_cycle(b);
	CHECK_INT(b->order, STORE_BY_TITLE);
	const struct app_row *r = app_row(b, b->sel);
	CHECK(r && r->id == id);
	app_sort_cycle(b);
	app_sort_cycle(b);
	CHECK_INT(b->order, STORE_BY_DATE);

	/* Filter: counts, selection, a malformed one. */
	CHECK_INT(app_set_filter(b, "generated letter 042"), 0);
	CHECK(b->count >= 1 && b->count < 50);
	r = app_row(b, 0);
	CHECK(r && strstr(r->title, "042") != NULL);
	CHECK_INT(app_set_filter(b, "\"unbalanced"), -1);
	CHECK(b->message_error);
	CHECK(b->count >= 1 && b->count < 50);
	app_list_open(b);
	CHECK_INT(b->focus, PANE_READ);
	CHECK(b->doc && strstr(b->doc->doc->title, "042"));
	app_next_doc(b, 1);
	CHECK_INT(app_set_filter(b, ""), 0);
	CHECK_INT(b->count, b->total);

	/* A filter being typed is counted no further than asked, and its
	 * list starts at the top; Enter counts it all. */
	char *why = NULL;
	int64_t all = store_count_filtered(b->store, "generated", &why);
	CHECK(all > 5);
	CHECK_INT(store_count_filtered_upto(b->store, "generated", 5, &why), 5);
	CHECK_INT(store_count_filtered_upto(b->store, "generated", all + 10, &why), all);
	CHECK_INT(store_count_filtered_upto(b->store, "person:nobody", 5, &why), 0);
	CHECK_INT(store_count_filtered_upto(b->store, NULL, 5, &why), 5);
	CHECK_INT(store_count_filtered_upto(b->store, "\"unbalanced", 5, &why), -1);
	free(why);
	CHECK_INT(app_try_filter(b, "generated"), 0);
	CHECK_INT(b->count, all < APP_FILTER_FIRST + 1 ? all : APP_FILTER_FIRST + 1);
	CHECK_INT(b->sel, 0);
	/* Past the first count, the rest is counted when idle, or when a
	 * move needs the end (G, a page toward it). */
	b->count_first = 3;
	CHECK_INT(app_set_filter(b, "generated"), 0);
	CHECK_INT(b->count, 4);
	CHECK(b->count_capped);
	app_message(b, "more than 3 of %lld documents match", (long long)b->total);
	CHECK_INT(app_count_settle(b), 1);
	CHECK_INT(b->count, all);
	CHECK(!b->count_capped);
	char *said = xasprintf("%lld of %lld documents match", (long long)all, (long long)b->total);
	CHECK_STR(b->message, said); /* the number, once counted */
	free(said);
	CHECK_INT(app_set_filter(b, "generated"), 0);
	CHECK(b->count_capped);
	app_poll(b);
	CHECK_INT(b->count, all);
	CHECK_INT(app_set_filter(b, "generated"), 0);
	app_list_last(b);
	CHECK_INT(b->count, all);
	CHECK_INT(b->sel, all - 1);
	CHECK_INT(app_set_filter(b, "generated"), 0);
	app_list_move(b, 2);
	CHECK(b->count_capped);
	app_list_move(b, 1);
	CHECK(!b->count_capped);
	CHECK_INT(b->sel, 3);
	b->count_first = APP_FILTER_FIRST;
	CHECK_INT(app_set_filter(b, ""), 0);
	CHECK_INT(b->count, b->total);

	/* A click on a row opens it; the wheel scrolls the reading pane. */
	app_resize(b, 80, 24);
	app_list_first(b);
	app_mouse(b, 3, b->pane[PANE_LIST].y + 2, MOUSE_CLICK);
	CHECK_INT(b->sel, 2);
	CHECK_INT(b->focus, PANE_LIST);
	r = app_row(b, 2);
	CHECK(r && b->doc && b->doc->id == r->id);
	app_mouse(b, b->pane[PANE_READ].x + 2, b->pane[PANE_READ].y, MOUSE_CLICK);
	CHECK_INT(b->focus, PANE_READ);
	app_free(b);
}

static void test_form(struct app *a, struct store *s, int64_t id)
{
	app_open(a, id);
	app_form_begin(a);
	CHECK(a->form.open);
	CHECK_STR(a->form.fields[FORM_FROM].text.data, "Roshchin");
	app_line_set(&a->form.fields[FORM_DATE], "1950-13-01");
	CHECK_INT(app_form_save(a), -1);
	CHECK(a->form.open);
	CHECK_INT(a->form.field, FORM_DATE);
	app_line_set(&a->form.fields[FORM_DATE], "1950-10");
	app_line_set(&a->form.fields[FORM_TITLE], "Corrected title");
	app_line_set(&a->form.fields[FORM_TO], "Shtykov; Zakharov");
	CHECK_INT(app_form_save(a), 0);
	CHECK(!a->form.open);
	CHECK_STR(a->doc->doc->title, "Corrected title");
	CHECK_STR(a->doc->doc->date, "1950-10");
	CHECK_INT(a->doc->doc->to.n, 2);
	struct store_doc *sd = NULL;
	char *cause = NULL;
	store_doc_get(s, id, &sd, &cause);
	CHECK(sd && strcmp(sd->doc->title, "Corrected title") == 0);
	store_doc_free(sd);
	/* Line editing. */
	struct app_line l = { { 0 }, 0, 0 };
	buf_init(&l.text);
	app_line_set(&l, "Zh\u014du Enlai");
	app_line_backspace(&l);
	CHECK_STR(l.text.data, "Zh\u014du Enla");
	app_line_home(&l);
	app_line_right(&l);
	app_line_right(&l);
	app_line_right(&l);
	app_line_backspace(&l);
	CHECK_STR(l.text.data, "Zhu Enla");
	app_line_end(&l);
	app_line_kill_word(&l);
	CHECK_STR(l.text.data, "Zhu ");
	app_line_kill(&l);
	CHECK_STR(l.text.data, "");
	buf_free(&l.text);
}

static void test_empty_library(void)
{
	char path[] = "/tmp/dossier-test-empty-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	unlink(path);
	struct store *s;
	char *cause = NULL;
	if (!CHECK_INT(store_open(path, 0, &s, &cause), 0))
		return;
	const char *const dirs[] = { "/nonexistent/sample", "assets/sample", NULL };
	struct app_opts o = opts();
	o.sample_dirs = dirs;
	struct app *a = app_create(s, &o, &cause);
	CHECK(a != NULL);
	CHECK_INT(app_open(a, 0), 0);
	CHECK(a->doc == NULL);
	CHECK_INT(a->total, 0);
	app_resize(a, 1, 1);
	app_scroll_lines(a, 5);
	app_next_doc(a, 1);
	app_toggle_footnotes(a);
	app_list_move(a, 3);
	CHECK(a->doc == NULL);
	CHECK_INT(app_import_sample(a), 0);
	CHECK_INT(a->total, 5);
	CHECK(a->doc != NULL);
	CHECK(a->message && strstr(a->message, "imported 5 documents"));
	app_free(a);
	store_free(s);
	fixture_remove(path);
}

/* ---- references, the jump list, people, time, library search ---- */

/* The letters of tests/tui/letters, which cite each other. */
struct letters {
	int64_t a, b, c, d, e, f, g;
};

struct by_date {
	int64_t id[16];
	char *number[16];
	size_t n;
};

static int by_date_cb(const struct store_doc *sd, void *arg)
{
	struct by_date *l = arg;
	if (l->n < 16) {
		l->id[l->n] = sd->id;
		l->number[l->n++] = sd->doc->number ? xstrdup(sd->doc->number) : NULL;
	}
	return 0;
}

static int find_letters(struct store *s, struct letters *L)
{
	struct by_date l = { { 0 }, { 0 }, 0 };
	char *cause = NULL;
	store_list(s, STORE_BY_DATE, 0, 0, by_date_cb, &l, &cause);
	free(cause);
	int ok = l.n == 7;
	if (ok) {
		/* By date: b and c (both 30 September), a, d, e, f, g. */
		int b_first = l.number[0] && strcmp(l.number[0], "1021") == 0;
		L->b = l.id[b_first ? 0 : 1];
		L->c = l.id[b_first ? 1 : 0];
		L->a = l.id[2];
		L->d = l.id[3];
		L->e = l.id[4];
		L->f = l.id[5];
		L->g = l.id[6];
	}
	for (size_t i = 0; i < l.n; i++)
		free(l.number[i]);
	return ok ? 0 : -1;
}

static size_t ref_index(const struct app *a, const char *phrase)
{
	for (size_t i = 0; i < a->nrefs; i++)
		if (strcmp(a->refs[i].phrase, phrase) == 0)
			return i;
	return SIZE_MAX;
}

static int ref_on_screen(const struct app *a, size_t i)
{
	size_t line = a->nhead + layout_line_of(a->body, a->refs[i].start), top = app_view_top(a);
	return line >= top && line < top + (size_t)a->pane[PANE_READ].h;
}

static void test_ref_cursor(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->e), 0);
	app_resize(a, 80, 24);
	app_top(a);
	CHECK_INT(a->nrefs, 2);
	size_t r0 = ref_index(a, "your letter of 8 October"), r1 = ref_index(a, "your Ciphered Telegram No. 75352");
	CHECK(r0 < a->nrefs && r1 < a->nrefs);
	if (r0 >= a->nrefs || r1 >= a->nrefs)
		return;
	CHECK_INT(a->refs[r0].target, L->d);
	CHECK_INT(a->refs[r0].state, APP_REF_RESOLVED);
	CHECK_STR(a->refs[r0].target_date, "1950-10-08");
	CHECK_INT(a->refs[r1].target, L->a);
	CHECK_INT(a->nbacklinks, 1);
	CHECK_INT(a->nbacklinks ? a->backlinks[0].doc : 0, L->g);
	CHECK_STR(a->nbacklinks ? a->backlinks[0].date : NULL, "1950-10-20");
	CHECK_INT(a->ref, SIZE_MAX);
	CHECK(app_current_ref(a) == NULL);

	/* The phrase is marked in its style, with no cursor yet. */
	size_t line = layout_line_of(a->body, a->refs[r0].start);
	const struct layout_mark *m;
	size_t n = app_line_marks(a, line, &mb, &m);
	CHECK(n >= 1);
	CHECK(n >= 1 && m[0].start == a->refs[r0].start && m[0].style == LS_REF);

	/* Tab, Tab, Tab wraps; BackTab goes back. */
	app_ref_next(a, 1);
	CHECK_INT(a->ref, r0);
	CHECK(a->message && strstr(a->message, "your letter of 8 October"));
	CHECK(app_current_ref(a) == &a->refs[r0]);
	n = app_line_marks(a, line, &mb, &m);
	CHECK(n >= 1 && m[0].style == LS_REF_CURRENT);
	app_ref_next(a, 1);
	CHECK_INT(a->ref, r1);
	app_ref_next(a, 1);
	CHECK_INT(a->ref, r0);
	CHECK(a->message && strstr(a->message, "wrapped"));
	app_ref_next(a, -1);
	CHECK_INT(a->ref, r1);

	/* A search hit over a reference is drawn over it: the marks stay
	 * sorted and apart. */
	app_search_set(a, "Telegram");
	line = layout_line_of(a->body, a->refs[r1].start + strlen("your Ciphered "));
	n = app_line_marks(a, line, &mb, &m);
	int sorted = 1, hit = 0;
	for (size_t i = 0; i < n; i++) {
		if (i && m[i].start < m[i - 1].end)
			sorted = 0;
		if (m[i].style == LS_HIT || m[i].style == LS_HIT_CURRENT)
			hit = 1;
	}
	/* The hit, and the rest of the reference after it (the marks keep to
	 * the line). */
	size_t ls, le;
	layout_line_range(a->body, line, &ls, &le);
	int inside = 1, ref_after = 0;
	for (size_t i = 0; i < n; i++) {
		inside &= m[i].start >= ls && m[i].end <= le;
		ref_after |= i && (m[i].style == LS_REF || m[i].style == LS_REF_CURRENT) &&
			     (m[i - 1].style == LS_HIT || m[i - 1].style == LS_HIT_CURRENT);
	}
	CHECK(sorted && hit && inside && ref_after && n >= 2);
	app_search_set(a, NULL);
}

static void test_follow_and_back(struct app *a, const struct letters *L)
{
	/* In the long letter, the reference is in the middle. */
	CHECK_INT(app_open(a, L->g), 0);
	app_resize(a, 80, 24);
	app_top(a);
	app_scroll_lines(a, 3);
	app_ref_next(a, 1);
	size_t r = ref_index(a, "your letter of 12 October");
	CHECK_INT(a->ref, r);
	if (r == SIZE_MAX)
		return;
	CHECK(ref_on_screen(a, r));
	CHECK(a->pos > 0);
	size_t pos = a->pos, skip = a->head_skip;
	int64_t ref_id = a->refs[r].id;
	size_t nback = a->nback;

	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(a->pos, 0); /* a letter followed opens at its top */
	CHECK_INT(a->nback, nback + 1);
	CHECK_INT(a->nfwd, 0);
	/* On to the letter it cites, and the telegram that one cites. */
	app_ref_next(a, 1);
	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(a->doc->id, L->d);
	app_ref_next(a, 1);
	CHECK_STR(a->ref < a->nrefs ? a->refs[a->ref].phrase : NULL, "my telegram of 1 October");
	app_scroll_lines(a, 1);
	size_t d_pos = a->pos, d_skip = a->head_skip;
	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(a->doc->id, L->a);

	/* Back, back, back: each place exactly, the cursor on its reference. */
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->d);
	CHECK_INT(a->pos, d_pos);
	CHECK_INT(a->head_skip, d_skip);
	CHECK_STR(a->ref < a->nrefs ? a->refs[a->ref].phrase : NULL, "my telegram of 1 October");
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->g);
	CHECK_INT(a->pos, pos);
	CHECK_INT(a->head_skip, skip);
	CHECK(a->ref < a->nrefs && a->refs[a->ref].id == ref_id);
	CHECK(app_current_ref(a) != NULL);
	CHECK_INT(a->nfwd, 3);
	/* The place left by the jump was saved in the library too. */
	struct store_doc *sd = NULL;
	char *cause = NULL;
	store_doc_get(a->store, L->g, &sd, &cause);
	CHECK_INT(sd ? sd->read_pos : 0, pos);
	store_doc_free(sd);

	/* Forward again, then a new jump forgets what was ahead. */
	CHECK_INT(app_forward(a), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(a->pos, 0);
	CHECK_INT(app_forward(a), 0);
	CHECK_INT(a->doc->id, L->d);
	CHECK_INT(a->pos, d_pos);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->g);
	CHECK_INT(a->nfwd, 3);
	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(a->nfwd, 0);
	CHECK_INT(app_forward(a), -1);
	CHECK(a->message && strstr(a->message, "nowhere to go forward"));
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->g);

	/* Nothing selected on screen: Enter says so. */
	app_bottom(a);
	CHECK(app_current_ref(a) == NULL);
	CHECK_INT(app_ref_follow(a), -1);
	CHECK(a->message && strstr(a->message, "Tab"));
	/* Tab from the screen: none below, so it wraps to the first. */
	app_ref_next(a, 1);
	CHECK_INT(a->ref, r);
	CHECK(ref_on_screen(a, r));
}

static void test_chooser(struct app *a, struct store *s, const struct letters *L)
{
	CHECK_INT(app_open(a, L->f), 0);
	app_resize(a, 80, 24);
	app_top(a);
	size_t r = ref_index(a, "The telegram of 30 September");
	CHECK(r < a->nrefs);
	if (r >= a->nrefs)
		return;
	CHECK_INT(a->refs[r].state, APP_REF_UNRESOLVED);
	CHECK_INT(a->refs[r].ncands, 2);
	int64_t ref_id = a->refs[r].id;
	while (a->ref != r)
		app_ref_next(a, 1);
	/* Enter: a chooser of its candidates, with their dates and titles. */
	CHECK_INT(app_ref_follow(a), 0);
	CHECK(a->chooser.open);
	CHECK_INT(a->chooser.what, CHOOSE_FOLLOW);
	CHECK_INT(a->chooser.n, 2);
	int has_b = 0, has_c = 0;
	for (size_t i = 0; i < a->chooser.n; i++) {
		has_b |= a->chooser.v[i].id == L->b;
		has_c |= a->chooser.v[i].id == L->c;
		CHECK_STR(a->chooser.v[i].date, "1950-09-30");
	}
	CHECK(has_b && has_c);
	app_choose_move(a, 5);
	CHECK_INT(a->chooser.sel, 1);
	app_choose_move(a, -5);
	CHECK_INT(a->chooser.sel, 0);
	int64_t first = a->chooser.v[0].id;
	CHECK_INT(app_choose_pick(a, 0), 0);
	CHECK(!a->chooser.open);
	CHECK_INT(a->doc->id, first);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->f);
	/* Following did not link it. */
	CHECK_INT(a->refs[r].state, APP_REF_UNRESOLVED);
	CHECK_INT(a->ref, r);
	/* Escape closes the chooser and changes nothing. */
	app_ref_follow(a);
	app_choose_cancel(a);
	CHECK(!a->chooser.open);
	CHECK_INT(a->doc->id, L->f);
	/* c in the chooser links it for good, and opens it. */
	app_ref_follow(a);
	size_t ci = a->chooser.v[0].id == L->c ? 0 : 1;
	app_choose_move(a, (long)ci);
	CHECK_INT(app_choose_pick(a, 1), 0);
	CHECK_INT(a->doc->id, L->c);
	CHECK_INT(a->nbacklinks, 1);
	CHECK_INT(app_back(a), 0);
	r = ref_index(a, "The telegram of 30 September");
	CHECK(r < a->nrefs && a->refs[r].id == ref_id);
	CHECK(r < a->nrefs && a->refs[r].state == APP_REF_MANUAL && a->refs[r].target == L->c);
	(void)s;
}

static void test_change_dismiss_link(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->f), 0);
	app_resize(a, 80, 24);
	app_top(a);
	size_t r = ref_index(a, "the letter of 5 October");
	CHECK(r < a->nrefs);
	if (r >= a->nrefs)
		return;
	while (a->ref != r)
		app_ref_next(a, 1);
	/* Unresolved without candidates: Enter says so, c asks where to. */
	CHECK_INT(app_ref_follow(a), -1);
	CHECK(a->message_error && strstr(a->message, "unresolved"));
	app_ref_change(a);
	CHECK_INT(a->prompt.id, PROMPT_TARGET);
	char *label = app_prompt_label(a);
	CHECK(strstr(label, "the letter of 5 October") != NULL);
	free(label);
	a->prompt.id = PROMPT_NONE;
	/* A date offers that day's documents; Enter links the choice. */
	CHECK_INT(app_link_target(a, "8 October 1950"), 0);
	CHECK(a->chooser.open && a->chooser.what == CHOOSE_LINK);
	CHECK_INT(a->chooser.n, 2);
	CHECK_INT(a->chooser.v[0].id, L->d);
	CHECK_INT(a->chooser.v[1].id, 0); /* another document... */
	CHECK_INT(app_choose_pick(a, 0), 0);
	CHECK_INT(a->doc->id, L->f);
	CHECK(a->ref < a->nrefs && a->refs[a->ref].target == L->d && a->refs[a->ref].state == APP_REF_MANUAL);
	CHECK(a->message && strstr(a->message, "linked"));
	/* c again: the target now first, marked, then "another document". */
	app_ref_change(a);
	CHECK(a->chooser.open);
	CHECK(a->chooser.n == 3 && a->chooser.v[0].id == L->d && a->chooser.v[0].linked);
	CHECK(a->chooser.n == 3 && a->chooser.v[2].id == CHOICE_AUTOMATIC); /* a link of yours */
	app_choose_move(a, 1);
	CHECK_INT(app_choose_pick(a, 0), 0);
	CHECK_INT(a->prompt.id, PROMPT_TARGET);
	a->prompt.id = PROMPT_NONE;
	/* An id links at once. */
	char id[32];
	snprintf(id, sizeof id, "%lld", (long long)L->b);
	CHECK_INT(app_link_target(a, id), 0);
	CHECK(a->ref < a->nrefs && a->refs[a->ref].target == L->b);
	/* Words that match nothing, a malformed filter, a missing id. */
	app_ref_change(a);
	app_choose_cancel(a);
	CHECK_INT(app_link_target(a, "zzqqxx"), -1);
	CHECK(a->message_error && !a->chooser.open);
	CHECK_INT(app_link_target(a, "\"unbalanced"), -1);
	CHECK(a->message_error && !a->chooser.open);
	CHECK_INT(app_link_target(a, "99999"), -1);
	CHECK(a->message_error);
	/* Words and filters find the documents to choose from. */
	CHECK_INT(app_link_target(a, "from:\"Mao Zedong\""), 0);
	CHECK(a->chooser.open && a->chooser.n == 2 && a->chooser.v[0].id == L->c);
	app_choose_cancel(a);

	/* Dismissed: no longer marked, and Tab passes it by. */
	CHECK_INT(app_ref_dismiss(a), 0);
	CHECK_INT(a->refs[r].state, APP_REF_DISMISSED);
	size_t line = layout_line_of(a->body, a->refs[r].start);
	const struct layout_mark *m;
	size_t n = app_line_marks(a, line, &mb, &m);
	int marked = 0;
	for (size_t i = 0; i < n; i++)
		marked |= m[i].start == a->refs[r].start;
	CHECK(!marked);
	int visits = 0;
	for (int i = 0; i < 4; i++) {
		app_ref_next(a, 1);
		visits += a->ref == r;
	}
	CHECK_INT(visits, 0);

	/* A passage linked by hand: its words found as you type, widened to
	 * whole words, then the target. */
	CHECK_INT(app_open(a, L->g), 0);
	app_top(a);
	app_link_begin(a);
	CHECK_INT(a->prompt.id, PROMPT_QUOTE);
	app_line_set(&a->prompt.line, "share your vie");
	app_prompt_changed(a);
	CHECK_INT(a->nhits, 1);
	app_prompt_accept(a);
	CHECK_INT(a->prompt.id, PROMPT_TARGET);
	CHECK_STR(a->link_phrase, "share your view");
	CHECK_INT(a->nhits, 0); /* the search that was there before */
	a->prompt.id = PROMPT_NONE;
	snprintf(id, sizeof id, "%lld", (long long)L->f);
	size_t before = a->nrefs;
	CHECK_INT(app_link_target(a, id), 0);
	CHECK_INT(a->nrefs, before + 1);
	CHECK(a->ref < a->nrefs && strcmp(a->refs[a->ref].phrase, "share your view") == 0);
	CHECK(a->ref < a->nrefs && a->refs[a->ref].state == APP_REF_MANUAL && a->refs[a->ref].target == L->f);
	/* And f is cited by g now. */
	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(a->doc->id, L->f);
	int cited = 0;
	for (size_t i = 0; i < a->nbacklinks; i++)
		cited |= a->backlinks[i].doc == L->g && strcmp(a->backlinks[i].phrase, "share your view") == 0;
	CHECK(cited);
	/* Cancelled: nothing linked. */
	app_link_begin(a);
	app_line_set(&a->prompt.line, "nothing");
	app_prompt_changed(a);
	app_prompt_cancel(a);
	CHECK_INT(a->prompt.id, PROMPT_NONE);
	CHECK_INT(a->link_end, 0);
	CHECK_INT(app_link_to(a, a->doc->id), -1); /* nor to itself */
}

static void test_sidebar_refs(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->a), 0);
	app_resize(a, 160, 40);
	CHECK(a->shown[PANE_SIDE]);
	CHECK_INT(a->nrefs, 1);
	CHECK_INT(a->nbacklinks, 2);
	CHECK_INT(app_side_entries(a), 3);
	app_focus(a, PANE_SIDE);
	app_side_select(a, 1);
	CHECK_INT(a->side_sel, 0);
	CHECK_INT(a->ref, 0); /* the reference cursor goes with it */
	app_side_select(a, 1);
	app_side_select(a, 1);
	app_side_select(a, 1);
	CHECK_INT(a->side_sel, 2);
	const struct app_backlink *b = &a->backlinks[1];
	int64_t citing = b->doc, ref = b->ref_id;
	app_side_open(a);
	CHECK_INT(a->doc->id, citing);
	CHECK_INT(a->focus, PANE_READ);
	CHECK(a->ref < a->nrefs && a->refs[a->ref].id == ref);
	CHECK(a->ref < a->nrefs && ref_on_screen(a, a->ref));
	CHECK(app_current_ref(a) != NULL);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->a);
	/* An out reference followed from the sidebar. */
	app_focus(a, PANE_SIDE);
	app_side_select(a, -1);
	app_side_select(a, -5);
	CHECK_INT(a->side_sel, 0);
	app_side_open(a);
	CHECK_INT(a->doc->id, L->b);
	app_back(a);
	app_resize(a, 80, 24);
}

static void test_people(struct app *a, struct store *s, const struct letters *L)
{
	CHECK_INT(app_open(a, L->e), 0);
	app_resize(a, 80, 24);
	app_people_toggle(a);
	CHECK_INT(a->listview, LIST_PEOPLE);
	CHECK_INT(a->focus, PANE_LIST);
	CHECK_INT(a->people.n, 6);
	/* Their names are folded for the finder when it is first used, not
	 * at every opening of the view. */
	int folded = 0;
	for (size_t i = 0; i < a->people.n; i++)
		folded += a->people.v[i].fold != NULL;
	CHECK_INT(folded, 0);
	/* Finding, by any of their names, diacritics and case aside. */
	app_people_find(a, "feng");
	CHECK_INT(a->people.nshown, 1);
	const struct app_person *p = app_person_selected(a);
	CHECK_STR(p ? p->name : NULL, "Stalin");
	CHECK_STR(p ? p->aliases : NULL, "Feng Xi");
	CHECK_INT(p ? p->docs : 0, 5);
	app_people_find(a, NULL);
	CHECK_INT(a->people.nshown, 6);
	CHECK_STR(app_person_selected(a)->name, "Stalin"); /* the selection stays on them */
	app_view_ends(a, -1);
	CHECK_STR(app_person_selected(a)->name, "Filippov");
	app_view_move(a, 1);
	CHECK_STR(app_person_selected(a)->name, "Kim Il Sung");

	/* Enter: their documents. */
	app_people_open(a);
	CHECK_INT(a->listview, LIST_DOCUMENTS);
	CHECK_STR(a->filter, "person:\"Kim Il Sung\"");
	CHECK_INT(a->count, 4);
	const struct app_row *row = app_row(a, a->sel);
	CHECK(row && a->doc && row->id == a->doc->id);
	CHECK_INT(app_set_filter(a, NULL), 0);

	/* Merge Filippov into Stalin, then split Feng Xi off. */
	app_people_toggle(a);
	app_view_ends(a, -1);
	CHECK_INT(app_people_merge(a, "nobody at all"), -1);
	CHECK(a->message_error);
	CHECK_INT(app_people_merge(a, "Filippov"), -1);
	CHECK_INT(app_people_merge(a, "STALIN"), 0);
	CHECK_INT(a->people.n, 5);
	p = app_person_selected(a);
	CHECK_STR(p ? p->name : NULL, "Stalin");
	CHECK_INT(p ? p->docs : 0, 6);
	CHECK(p && p->aliases && strstr(p->aliases, "Filippov"));
	CHECK_INT(app_people_split(a, "Kim"), -1);
	CHECK(a->message_error);
	CHECK_INT(app_people_split(a, "feng xi"), 0);
	p = app_person_selected(a);
	CHECK_STR(p ? p->name : NULL, "Feng Xi");
	CHECK_INT(a->people.n, 6);
	CHECK(store_person_id(s, "Feng Xi") != store_person_id(s, "Stalin"));
	/* Back as they were, through the prompt. */
	app_prompt_begin(a, PROMPT_MERGE);
	app_line_set(&a->prompt.line, "Stalin");
	app_prompt_accept(a);
	CHECK(store_person_id(s, "Feng Xi") == store_person_id(s, "Stalin"));
	/* The finder as a prompt; Escape puts it back. */
	app_prompt_begin(a, PROMPT_PEOPLE);
	app_line_set(&a->prompt.line, "zhou");
	app_prompt_changed(a);
	CHECK_INT(a->people.nshown, 1);
	app_prompt_cancel(a);
	CHECK_INT(a->people.nshown, a->people.n);
	app_people_toggle(a);
	CHECK_INT(a->listview, LIST_DOCUMENTS);
}

static void test_time(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->e), 0);
	/* ] and [ go in date order. */
	CHECK_INT(app_open(a, L->c), 0);
	app_next_doc(a, 1);
	CHECK_INT(a->doc->id, L->a);
	app_next_doc(a, 1);
	CHECK_INT(a->doc->id, L->d);
	app_next_doc(a, -1);
	CHECK_INT(a->doc->id, L->a);

	CHECK_INT(app_goto_date(a, "1950-10"), 0);
	CHECK_INT(a->doc->id, L->a);
	CHECK_INT(a->sel, 2);
	CHECK_INT(app_goto_date(a, "9 October 1950"), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(a->sel, 4);
	CHECK_INT(app_goto_date(a, "1950"), 0);
	CHECK_INT(a->sel, 0);
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(app_goto_date(a, "1999"), -1);
	CHECK(a->message_error);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(app_goto_date(a, "1950-13"), -1);
	CHECK_INT(app_goto_date(a, "soon"), -1);
	/* Within a filter, and from a list sorted by title. */
	CHECK_INT(app_set_filter(a, "person:\"Kim Il Sung\""), 0);
	app_sort_cycle(a);
	CHECK_INT(app_goto_date(a, "1950-10-13"), 0);
	CHECK_INT(a->order, STORE_BY_DATE);
	CHECK_INT(a->doc->id, L->f);
	const struct app_row *row = app_row(a, a->sel);
	CHECK(row && row->id == L->f);
	CHECK_INT(app_set_filter(a, NULL), 0);

	/* The same correspondence: Kim Il Sung and Stalin, either way. */
	CHECK_INT(app_open(a, L->e), 0);
	CHECK_INT(app_next_between(a, 1), 0);
	CHECK_INT(a->doc->id, L->f);
	CHECK_INT(app_next_between(a, -1), 0);
	CHECK_INT(a->doc->id, L->e);
	CHECK_INT(app_next_between(a, -1), 0);
	CHECK_INT(a->doc->id, L->d);
	CHECK_INT(app_next_between(a, -1), -1);
	CHECK(a->message && strstr(a->message, "no earlier letter"));
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->e);
}

static void test_library_search(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->e), 0);
	app_resize(a, 80, 24);
	CHECK_INT(app_library_search(a, "volunteers"), 0);
	CHECK_INT(a->listview, LIST_RESULTS);
	CHECK_INT(a->focus, PANE_LIST);
	CHECK_INT(a->results.n, 2);
	size_t gi = SIZE_MAX;
	for (size_t i = 0; i < a->results.n; i++) {
		if (a->results.v[i].id == L->g)
			gi = i;
		CHECK(strstr(a->results.v[i].snippet, APP_HIT_OPEN "volunteers" APP_HIT_CLOSE) != NULL);
		CHECK(strchr(a->results.v[i].snippet, '\n') == NULL);
	}
	CHECK(gi != SIZE_MAX);
	app_view_ends(a, -1);
	app_view_move(a, (long)gi);
	CHECK_INT(a->results.sel, gi);
	CHECK_INT(app_result_open(a), 0);
	CHECK_INT(a->doc->id, L->g);
	CHECK_INT(a->focus, PANE_READ);
	CHECK(a->hit < a->nhits);
	if (a->hit < a->nhits) {
		CHECK(strncmp(a->doc->doc->body + a->hits[a->hit].start, "volunteers", 10) == 0);
		size_t line = a->nhead + layout_line_of(a->body, a->hits[a->hit].start), top = app_view_top(a);
		CHECK(line >= top && line < top + (size_t)a->pane[PANE_READ].h);
		CHECK(top > 0);
	}
	CHECK_INT(a->listview, LIST_RESULTS); /* the results stay, to try another */
	CHECK_INT(app_back(a), 0);
	CHECK_INT(a->doc->id, L->e);
	/* Filters work; a bad query is a message and keeps the results. */
	CHECK_INT(app_library_search(a, "telegram from:Stalin date:1950-10"), 0);
	CHECK_INT(a->results.n, 2);
	int stalins = 0;
	for (size_t i = 0; i < a->results.n; i++)
		stalins += a->results.v[i].id == L->a || a->results.v[i].id == L->d;
	CHECK_INT(stalins, 2);
	CHECK_INT(app_library_search(a, "\"unbalanced"), -1);
	CHECK(a->message_error && strstr(a->message, "malformed"));
	CHECK_INT(a->results.n, 2);
	CHECK_INT(app_library_search(a, "date:1950-13"), -1);
	CHECK_INT(app_library_search(a, "zzqqxx"), 0);
	CHECK_INT(a->results.n, 0);
	app_view_close(a);
	CHECK_INT(a->listview, LIST_DOCUMENTS);
	app_prompt_begin(a, PROMPT_LIBRARY);
	CHECK_STR(a->prompt.line.text.data, "zzqqxx");
	app_prompt_cancel(a);
}

static void test_first_hit(void)
{
	const char *body = "Zho\u0304u E\u0304nla\u0300i met Kim Il Sung in Pyongyang; kimchi. Il Sung left.";
	size_t len = strlen(body), s = 0, e = 0;
	CHECK_INT(app_first_hit(body, len, "zhou", &s, &e), 0);
	CHECK_INT(s, 0);
	CHECK_INT(e, strlen("Zho\u0304u"));
	CHECK_INT(app_first_hit(body, len, "sung kim", &s, &e), 0);
	CHECK(strncmp(body + s, "Kim", 3) == 0); /* the earliest word */
	CHECK_INT(app_first_hit(body, len, "il sung", &s, &e), 0);
	CHECK(strncmp(body + s, "Il Sung in", 10) == 0); /* as a phrase */
	CHECK_INT(e - s, 7);
	CHECK_INT(app_first_hit(body, len, "pyong", &s, &e), -1); /* whole words */
	CHECK_INT(app_first_hit(body, len, "pyong*", &s, &e), 0);
	CHECK(strncmp(body + s, "Pyong", 5) == 0);
	CHECK_INT(app_first_hit(body, len, "kimchi", &s, &e), 0);
	CHECK(strncmp(body + s, "kimchi", 6) == 0);
	CHECK_INT(app_first_hit(body, len, "left NOT kim", &s, &e), 0);
	CHECK(strncmp(body + s, "left", 4) == 0);
	CHECK_INT(app_first_hit(body, len, "\"sung left\"", &s, &e), 0);
	CHECK_INT(app_first_hit(body, len, "from:Stalin", &s, &e), -1);
	CHECK_INT(app_first_hit(body, len, "(enlai OR zzz) date:1950", &s, &e), 0);
	CHECK(strncmp(body + s, "E\u0304nla\u0300i", strlen("E\u0304nla\u0300i")) == 0);
}

static void test_readonly(const char *path, const struct letters *L)
{
	struct store *s;
	char *cause = NULL;
	if (!CHECK_INT(store_open(path, STORE_READONLY, &s, &cause), 0)) {
		free(cause);
		return;
	}
	struct app_opts o = opts();
	struct app *a = app_create(s, &o, &cause);
	CHECK(a != NULL && a->readonly);
	if (a == NULL) {
		store_free(s);
		return;
	}
	app_resize(a, 80, 24);
	CHECK_INT(app_open(a, L->e), 0);
	app_ref_next(a, 1);
	CHECK(app_current_ref(a) != NULL);
	CHECK_INT(app_ref_dismiss(a), -1);
	CHECK(a->message_error && strstr(a->message, "read-only"));
	app_ref_change(a);
	CHECK(!a->chooser.open && a->prompt.id == PROMPT_NONE);
	CHECK(a->message_error && strstr(a->message, "read-only"));
	app_link_begin(a);
	CHECK_INT(a->prompt.id, PROMPT_NONE);
	/* Reading and following still work. */
	CHECK_INT(app_ref_follow(a), 0);
	CHECK_INT(app_back(a), 0);
	app_people_toggle(a);
	CHECK_INT(app_people_merge(a, "Stalin"), -1);
	CHECK(a->message_error && strstr(a->message, "read-only"));
	CHECK_INT(app_people_split(a, "Feng Xi"), -1);
	app_view_close(a);
	CHECK_INT(app_library_search(a, "telegram"), 0);
	app_free(a);
	store_free(s);
}

/* X (or "automatic" in the chooser): a reader's choice taken back. */
static void test_automatic(struct app *a, const struct letters *L)
{
	CHECK_INT(app_open(a, L->f), 0);
	app_top(a);
	size_t r = ref_index(a, "the letter of 5 October");
	if (!CHECK(r < a->nrefs))
		return;
	/* Dismissed before (test_change_dismiss_link): the chooser offers
	 * automatic, which brings the reference back unresolved. */
	a->ref = r;
	CHECK_INT(a->refs[r].state, APP_REF_DISMISSED);
	app_ref_change(a);
	CHECK(a->chooser.open && a->chooser.n > 0 && a->chooser.v[a->chooser.n - 1].id == CHOICE_AUTOMATIC);
	app_choose_move(a, (long)a->chooser.n);
	CHECK_INT(app_choose_pick(a, 0), 0);
	r = ref_index(a, "the letter of 5 October");
	CHECK(r < a->nrefs && a->refs[r].state == APP_REF_UNRESOLVED);
	CHECK(a->message && strstr(a->message, "automatic again"));
	/* Already automatic: X says so. */
	a->ref = r;
	CHECK_INT(app_ref_automatic(a), -1);
	/* A passage linked by hand (test_change_dismiss_link) is unlinked. */
	CHECK_INT(app_open(a, L->g), 0);
	app_top(a);
	size_t m = ref_index(a, "share your view");
	if (!CHECK(m < a->nrefs))
		return;
	for (int i = 0; i < 10 && a->ref != m; i++)
		app_ref_next(a, 1);
	size_t before = a->nrefs;
	CHECK_INT(app_ref_automatic(a), 0);
	CHECK_INT(a->nrefs, before - 1);
	CHECK(ref_index(a, "share your view") >= a->nrefs);
	CHECK(a->message && strstr(a->message, "removed"));
}

/* A library of more people than the view reads at once: the finder asks
 * the library. */
static void test_many_people(void)
{
	char path[] = "/tmp/dossier-test-people-XXXXXX";
	struct store *s = fixture_library(path, 0);
	if (!CHECK(s != NULL))
		return;
	char *cause = NULL;
	CHECK(store_begin(s, &cause) == 0);
	for (int i = 0; i < 1105; i++) {
		struct doc *d = doc_create();
		char *name = xasprintf("Correspondent %04d", i), *body = xasprintf("Letter %d.", i);
		doc_set(&d->title, body);
		d->body = body;
		d->body_len = strlen(body);
		strv_push(&d->from, i == 1104 ? "Zh\u014du \u0112nl\u00e1i" : name);
		strv_push(&d->to, "Mao Zedong");
		int64_t id;
		enum store_put what;
		char *p = xasprintf("/x/%d.txt", i);
		if (store_put_doc(s, p, "text", d, hash_fnv1a64(body, strlen(body)), &id, &what, &cause) != 0)
			break;
		free(p);
		free(name);
		doc_free(d);
	}
	CHECK(store_commit(s, &cause) == 0);
	struct app_opts o = opts();
	struct app *a = app_create(s, &o, &cause);
	app_resize(a, 120, 30);
	app_open(a, 0);
	app_people_toggle(a);
	CHECK_INT(a->listview, LIST_PEOPLE);
	CHECK(a->people.partial);
	CHECK_INT(a->people.n, 1000);
	CHECK_INT(a->people.total, 1106);
	/* One not among the first thousand is found by the library. */
	app_people_find(a, "zhou");
	CHECK_INT(a->people.nshown, 1);
	CHECK(a->people.nshown == 1 && strncmp(a->people.v[a->people.shown[0]].name, "Zh", 2) == 0);
	app_people_find(a, "Correspondent 110");
	CHECK_INT(a->people.nshown, 4);
	app_people_find(a, NULL);
	CHECK_INT(a->people.n, 1000);
	app_free(a);
	store_free(s);
	fixture_remove(path);
}

static void test_references(void)
{
	char path[] = "/tmp/dossier-test-refs-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return;
	close(fd);
	unlink(path);
	struct store *s;
	char *cause = NULL;
	if (!CHECK_INT(store_open(path, 0, &s, &cause), 0)) {
		free(cause);
		return;
	}
	char *paths[] = { "tests/tui/letters" };
	struct import_totals t;
	CHECK_INT(import_paths(s, paths, 1, NULL, &t), 0);
	struct letters L;
	if (!CHECK_INT(find_letters(s, &L), 0)) {
		store_free(s);
		return;
	}
	struct app_opts o = opts();
	struct app *a = app_create(s, &o, &cause);
	if (CHECK(a != NULL)) {
		test_ref_cursor(a, &L);
		test_follow_and_back(a, &L);
		test_chooser(a, s, &L);
		test_change_dismiss_link(a, &L);
		test_sidebar_refs(a, &L);
		test_people(a, s, &L);
		test_time(a, &L);
		test_library_search(a, &L);
		test_automatic(a, &L);
		app_free(a);
	}
	store_free(s);
	test_readonly(path, &L);
	test_first_hit();
	test_many_people();
	fixture_remove(path);
}

int main(void)
{
	struct store *s = fixture_library(db, 1);
	char *cause = NULL;
	if (!CHECK(s != NULL))
		return test_done();
	struct buf body = long_text(40);
	int64_t long_id = fixture_put(s, "test/long.txt", "A long letter", "1950-06-25", body.data, NULL);
	buf_free(&body);
	const char *const brackets[] = { "[pseudonym for Shtykov]", "[pseudonym for Zakharov]", NULL };
	int64_t notes_id = fixture_put(s, "test/notes.txt", "Telegram with notes", "1950-10-02",
			       "SHTRAUS [pseudonym for Shtykov], MAYVEYEV [pseudonym for Zakharov]\n\nWe have received.",
			       brackets);
	CHECK(long_id > 0 && notes_id > 0);

	struct app_opts o = opts();
	struct app *a = app_create(s, &o, &cause);
	if (!CHECK(a != NULL))
		return test_done();
	CHECK_INT(a->total, 7);
	CHECK_INT(app_open(a, 0), 0);
	CHECK_INT(a->doc ? a->doc->id : 0, first_by_date(s));
	CHECK_INT(app_open(a, 99999), -1);
	CHECK(a->message_error);

	test_open_and_scroll(a, long_id);
	test_resize_keeps_position(a);
	test_search(a);
	test_footnotes(a, notes_id);
	test_next_doc(a, s);
	test_reading_position(a, s, long_id, notes_id);
	test_form(a, s, notes_id);
	app_free(a);
	test_list(s);
	store_free(s);
	fixture_remove(db);
	test_empty_library();
	test_references();
	free(mb.v);
	return test_done();
}
