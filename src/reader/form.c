/* form.c: the correction form of a document's title, date, sender and
 * recipient. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

const char *const app_form_labels[FORM_FIELDS] = { "Title", "Date", "From", "To" };

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
		app_line_set(&a->form.fields[f], v);
		free(v);
	}
	a->form.open = 1;
	mode_push(a, "form");
	a->form.field = FORM_TITLE;
}

void app_form_move(struct app *a, int dir)
{
	int f = (int)a->form.field + dir;
	a->form.field = (enum app_form_field)(f < 0 ? FORM_FIELDS - 1 : f >= FORM_FIELDS ? 0 : f);
}

int app_form_save(struct app *a)
{
	static const char *const names[FORM_FIELDS] = { "title", "date", "from", "to" };
	if (a->doc == NULL)
		return -1;
	char *date = xstrdup(a->form.fields[FORM_DATE].text.data ? a->form.fields[FORM_DATE].text.data : "");
	str_trim(date);
	int ok = app_date_ok(date);
	free(date);
	if (!ok) {
		a->form.field = FORM_DATE;
		app_error(a, "a date is YYYY, YYYY-MM or YYYY-MM-DD (or empty for undated)");
		return -1;
	}
	int changed = 0;
	for (int f = 0; f < FORM_FIELDS; f++) {
		char *old = field_value(a, (enum app_form_field)f);
		char *v = xstrdup(a->form.fields[f].text.data ? a->form.fields[f].text.data : "");
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
	a->form.open = 0;
	mode_pop(a, "form");
	if (changed == 0) {
		app_message(a, "nothing changed");
		return 0;
	}
	/* Show it at once: the document, its header and its place in the list. */
	size_t pos = a->pos, skip = a->head_skip;
	int64_t id = a->doc->id;
	app_save_pos(a);
	app_layouts_free(a); /* before the body they read */
	store_doc_free(a->doc);
	a->doc = NULL;
	app_rows_clear(a);
	if (app_open(a, id) == 0) {
		a->pos = pos;
		a->head_skip = skip;
	}
	app_message(a, "saved %d correction%s", changed, changed == 1 ? "" : "s");
	return 0;
}

void app_form_cancel(struct app *a)
{
	a->form.open = 0;
	mode_pop(a, "form");
	app_message(a, "not saved");
}

static void do_edit(struct app *a, long arg)
{
	(void)arg;
	app_form_begin(a);
}

static void do_form(struct app *a, long arg)
{
	if (arg == 0)
		app_form_save(a);
	else if (arg == 2)
		app_form_cancel(a);
	else
		app_form_move(a, arg == 1 ? 1 : -1);
}

const struct key_action act_correct = { "correct", do_edit, 0, "correct the title, date, sender, recipient" };

static const struct key_action act_form_save = { "form-save", do_form, 0, "save the corrections" };

static const struct key_action act_form_cancel = { "form-cancel", do_form, 2, "close without saving" };

static const struct key_action act_form_next = { "form-next", do_form, 1, "next field" };

static const struct key_action act_form_previous = { "form-previous", do_form, -1, "previous field" };

static const struct key_action *const form_actions[] = {
	&act_form_save,
	&act_form_cancel,
	&act_form_next,
	&act_form_previous,
	&act_backspace,
	&act_delete,
	&act_cursor_left,
	&act_cursor_right,
	&act_line_start,
	&act_line_end,
	&act_kill_line,
	&act_kill_word,
	NULL,
};

static const struct mode_key form_keys[] = {
	{ "Enter C-s", "form-save" },
	{ "Escape C-g", "form-cancel" },
	{ "Down", "form-next" },
	{ "Up BackTab", "form-previous" },
	{ "Backspace C-h", "backspace" },
	{ "Delete C-d", "delete" },
	{ "Left C-b", "cursor-left" },
	{ "Right C-f", "cursor-right" },
	{ "Home C-a", "line-start" },
	{ "End C-e", "line-end" },
	{ "C-u", "kill-line" },
	{ "C-w", "kill-word" },
	{ NULL, NULL },
};

static void form_free(struct app *a)
{
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_free(&a->form.fields[f].text);
}

const struct mode mode_form = {
	.name = "form",
	.title = "Correction form (e; names are separated by ;)",
	.actions = form_actions,
	.keys = form_keys,
	.free = form_free,
	.input = mode_typed,
};
