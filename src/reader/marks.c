/* marks.c: marks (m and a letter sets one, ' and the letter goes there)
 * and their view in the list pane (M). */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

void app_mark_pending(struct app *a, enum app_pending p)
{
	if (p == PENDING_MARK_SET && a->doc == NULL)
		return;
	a->marks.pending = p;
	mode_push(a, "mark");
	app_message(a, p == PENDING_MARK_SET ? "mark: a letter names this place" : "go to mark: which letter? (M lists them)");
}

static int is_letter(const char *key)
{
	return key[0] && !key[1] && ((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z'));
}

struct mark_find {
	char letter;
	struct store_mark m;
	char *title;
	int found;
};

static int mark_find_cb(const struct store_mark *m, void *arg)
{
	struct mark_find *f = arg;
	if (m->letter != f->letter)
		return 0;
	f->m = *m;
	f->title = xstrdup(m->doc_title && *m->doc_title ? m->doc_title : "(untitled)");
	f->found = 1;
	return 1;
}

int app_mark_key(struct app *a, const char *key)
{
	enum app_pending p = a->marks.pending;
	a->marks.pending = PENDING_NONE;
	mode_pop(a, "mark");
	if (strcmp(key, "Escape") == 0 || strcmp(key, "C-g") == 0) {
		app_message(a, " ");
		return 0;
	}
	if (!is_letter(key)) {
		app_error(a, "a mark is a letter, a-z or A-Z (not %s)", key);
		return -1;
	}
	char *cause = NULL;
	if (p == PENDING_MARK_SET) {
		if (app_refuse_readonly(a, "marks cannot be saved (open it writable)"))
			return -1;
		if (store_mark_set(a->store, key[0], a->doc->id, a->pos, &cause) != 0) {
			app_error_cause(a, cause);
			return -1;
		}
		a->data_version = store_data_version(a->store);
		app_message(a, "mark %c set here ('%c returns)", key[0], key[0]);
		return 0;
	}
	struct mark_find f = { key[0], { 0 }, NULL, 0 };
	if (store_marks(a->store, mark_find_cb, &f, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	if (!f.found) {
		app_error(a, "no mark %c (m%c sets it)", key[0], key[0]);
		return -1;
	}
	int rc = app_jump(a, f.m.doc_id, f.m.pos, 0);
	if (rc == 0) {
		/* Exactly where it was: its line at the top. */
		size_t len = a->doc->doc->body_len;
		a->pos = f.m.pos < len ? f.m.pos : len;
		a->head_skip = a->pos ? a->nhead : 0;
		app_focus(a, PANE_READ);
		app_message(a, "mark %c: %s", key[0], f.title);
	}
	free(f.title);
	return rc;
}

void app_mark_rows_free(struct app *a)
{
	for (size_t i = 0; i < a->marks.n; i++) {
		free(a->marks.v[i].title);
		free(a->marks.v[i].date);
	}
	free(a->marks.v);
	a->marks.v = NULL;
	a->marks.n = 0;
}

struct mark_load {
	struct app_mark_row *v;
	size_t n, cap;
};

static int mark_row_cb(const struct store_mark *m, void *arg)
{
	struct mark_load *l = arg;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct app_mark_row){ m->letter, m->doc_id, m->pos,
					      xstrdup(m->doc_title && *m->doc_title ? m->doc_title : "(untitled)"),
					      m->doc_date && *m->doc_date ? xstrdup(m->doc_date) : NULL };
	return 0;
}

int app_marks_load(struct app *a)
{
	struct mark_load l = { NULL, 0, 0 };
	char *cause = NULL;
	if (store_marks(a->store, mark_row_cb, &l, &cause) != 0) {
		for (size_t i = 0; i < l.n; i++) {
			free(l.v[i].title);
			free(l.v[i].date);
		}
		free(l.v);
		app_error_cause(a, cause);
		return -1;
	}
	app_mark_rows_free(a);
	a->marks.v = l.v;
	a->marks.n = l.n;
	app_view_move(a, 0);
	return 0;
}

void app_marks_toggle(struct app *a)
{
	if (a->listview == LIST_MARKS && a->focus == PANE_LIST) {
		app_view_close(a);
		return;
	}
	if (app_marks_load(a) != 0 || app_view_show(a, LIST_MARKS) != 0)
		return;
	if (a->marks.n)
		app_message(a, "%zu mark%s \u00b7 Enter goes there \u00b7 D removes one", a->marks.n,
			    a->marks.n == 1 ? "" : "s");
	else
		app_message(a, "no marks yet (m and a letter sets one where you read)");
}

int app_marks_open(struct app *a)
{
	if (a->marks.sel < 0 || (size_t)a->marks.sel >= a->marks.n)
		return -1;
	char l[2] = { a->marks.v[a->marks.sel].letter, '\0' };
	a->marks.pending = PENDING_MARK_GO;
	return app_mark_key(a, l);
}

int app_marks_delete(struct app *a)
{
	if (a->marks.sel < 0 || (size_t)a->marks.sel >= a->marks.n || app_refuse_readonly(a, "marks cannot be changed (open it writable)"))
		return -1;
	char letter = a->marks.v[a->marks.sel].letter, *cause = NULL;
	if (store_mark_delete(a->store, letter, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	app_marks_load(a);
	app_message(a, "mark %c removed", letter);
	return 0;
}

static void do_marks(struct app *a, long arg)
{
	(void)arg;
	app_marks_toggle(a);
}

static void do_mark_pending(struct app *a, long arg)
{
	app_mark_pending(a, (enum app_pending)arg);
}

static void do_marks_open(struct app *a, long arg)
{
	(void)arg;
	app_marks_open(a);
}

static void do_marks_delete(struct app *a, long arg)
{
	(void)arg;
	app_marks_delete(a);
}

const struct key_action act_marks = { "marks", do_marks, 0, "the marks: bookmarked places (M again: back)" };

const struct key_action act_set_mark = { "set-mark", do_mark_pending, PENDING_MARK_SET, "m and a letter: mark this place" };

const struct key_action act_goto_mark = { "goto-mark", do_mark_pending, PENDING_MARK_GO, "' and a letter: back to that mark, in any document" };

static const struct key_action act_mark_open = { "mark-open", do_marks_open, 0, "go to the marked place" };

static const struct key_action act_mark_delete = { "mark-delete", do_marks_delete, 0, "remove the mark" };

static const struct key_action *const marks_actions[] = {
	&act_marks,
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_mark_open,
	&act_mark_delete,
	&act_close_view,
	NULL,
};

static const struct mode_key marks_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "mark-open" },
	{ "D", "mark-delete" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

static void marks_refresh(struct app *a)
{
	app_marks_load(a);
}

const struct mode mode_marks = {
	.name = "marks",
	.title = "Marks (M, in the list pane)",
	.parent = "global",
	.actions = marks_actions,
	.keys = marks_keys,
	.refresh = marks_refresh,
	.free = app_mark_rows_free,
};

/* m and ': the next key is a mark's letter, whatever it is. */
static int mark_input(struct app *a, const char *key)
{
	free(a->message);
	a->message = NULL;
	app_mark_key(a, key);
	return 1;
}

/* m and ': an overlay that takes the next key, whatever it is. */
const struct mode mode_mark = {
	.name = "mark",
	.title = "A mark's letter (after m or ')",
	.actions = (const struct key_action *const[]){ NULL },
	.keys = (const struct mode_key[]){ { NULL, NULL } },
	.input = mark_input,
};
