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
#include "test.h"

static char db[] = "/tmp/dossier-test-app-XXXXXX";

static const char *const no_dirs[] = { NULL };

static struct app_opts opts(void)
{
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, no_dirs };
	return o;
}

/* A document of our own, with notes, so the test does not depend on
 * what the importer makes of the sample. */
static int64_t put(struct store *s, const char *path, const char *title, const char *date, const char *body,
		   const char *const *brackets)
{
	struct doc *d = doc_create();
	doc_set(&d->title, title);
	doc_set(&d->date, date);
	d->body = xstrdup(body);
	d->body_len = strlen(body);
	strv_push(&d->from, "Roshchin");
	strv_push(&d->to, "Shtykov");
	for (const char *const *b = brackets; b && *b; b++) {
		const char *at = strstr(body, *b);
		if (at)
			doc_add_note(d, (size_t)(at - body), (size_t)(at - body) + strlen(*b), NOTE_ALIAS, *b);
	}
	char *cause = NULL;
	int64_t id = 0;
	enum store_put what;
	if (store_begin(s, &cause) != 0 ||
	    store_put_doc(s, path, "text", d, hash_fnv1a64(body, strlen(body)), &id, &what, &cause) != 0 ||
	    store_commit(s, &cause) != 0) {
		printf("# put %s: %s\n", path, cause);
		free(cause);
	}
	doc_free(d);
	return id;
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
	app_line_insert(&a->line, "para");
	app_prompt_changed(a);
	CHECK(a->nhits > 0);
	CHECK(a->hits[a->hit].start >= pos);
	app_line_insert(&a->line, "graph 39");
	app_prompt_changed(a);
	CHECK_INT(a->nhits, 1);
	CHECK(a->pos != pos);
	app_prompt_cancel(a);
	CHECK_INT(a->pos, pos);
	CHECK_STR(a->search, "zzqqxx");
	app_prompt_begin(a, PROMPT_SEARCH);
	app_line_insert(&a->line, "nothing like this");
	app_prompt_changed(a);
	CHECK_STR(a->message, "not found: nothing like this");
	app_prompt_accept(a);
	CHECK_INT(a->prompt, PROMPT_NONE);
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
	CHECK(a->form);
	CHECK_STR(a->fields[FORM_FROM].text.data, "Roshchin");
	app_line_set(&a->fields[FORM_DATE], "1950-13-01");
	CHECK_INT(app_form_save(a), -1);
	CHECK(a->form);
	CHECK_INT(a->field, FORM_DATE);
	app_line_set(&a->fields[FORM_DATE], "1950-10");
	app_line_set(&a->fields[FORM_TITLE], "Corrected title");
	app_line_set(&a->fields[FORM_TO], "Shtykov; Zakharov");
	CHECK_INT(app_form_save(a), 0);
	CHECK(!a->form);
	CHECK_STR(a->doc->doc->title, "Corrected title");
	CHECK_STR(a->doc->doc->date, "1950-10");
	CHECK_INT(a->doc->doc->to.n, 2);
	struct store_doc *sd = NULL;
	char *cause = NULL;
	store_doc_get(s, id, &sd, &cause);
	CHECK(sd && strcmp(sd->doc->title, "Corrected title") == 0);
	store_doc_free(sd);
	/* Line editing. */
	struct app_line l = { { 0 }, 0 };
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
	unlink(path);
	char wal[64];
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
}

int main(void)
{
	int fd = mkstemp(db);
	if (fd < 0)
		return 1;
	close(fd);
	unlink(db);
	struct store *s;
	char *cause = NULL;
	if (!CHECK_INT(store_open(db, 0, &s, &cause), 0)) {
		printf("# %s\n", cause);
		return test_done();
	}
	char *paths[] = { "assets/sample" };
	struct import_totals t;
	CHECK_INT(import_paths(s, paths, 1, NULL, &t), 0);
	CHECK_INT(t.docs, 5);
	struct buf body = long_text(40);
	int64_t long_id = put(s, "test/long.txt", "A long letter", "1950-06-25", body.data, NULL);
	buf_free(&body);
	const char *const brackets[] = { "[pseudonym for Shtykov]", "[pseudonym for Zakharov]", NULL };
	int64_t notes_id = put(s, "test/notes.txt", "Telegram with notes", "1950-10-02",
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
	unlink(db);
	char aux[64];
	snprintf(aux, sizeof aux, "%s-wal", db);
	unlink(aux);
	snprintf(aux, sizeof aux, "%s-shm", db);
	unlink(aux);
	test_empty_library();
	return test_done();
}
