/* prompt.c: the prompt line: a search, a filter, a date, a link's
 * target, a person, tags, typed as the reader goes. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

int prompt_open(struct app *a, const struct prompt_kind *k)
{
	if ((k->needs_doc && a->doc == NULL) || (k->may_open && k->may_open(a) != 0))
		return -1;
	a->prompt.id = k->id;
	a->prompt.kind = k;
	mode_push(a, "prompt");
	app_line_set(&a->prompt.line, "");
	a->prompt.pos = a->pos;
	a->prompt.head_skip = a->head_skip;
	free(a->prompt.saved);
	a->prompt.saved = NULL;
	if (k->opened)
		k->opened(a);
	return 0;
}

void prompt_edit(struct app *a, const char *old)
{
	a->prompt.saved = old ? xstrdup(old) : NULL;
	if (old)
		app_line_set(&a->prompt.line, old);
}

/* Closes the prompt; returns its kind. */
static const struct prompt_kind *prompt_close(struct app *a)
{
	const struct prompt_kind *k = a->prompt.kind;
	a->prompt.id = PROMPT_NONE;
	a->prompt.kind = NULL;
	mode_pop(a, "prompt");
	return k;
}

char *app_prompt_label(const struct app *a)
{
	const struct prompt_kind *k = a->prompt.kind;
	if (k == NULL)
		return xstrdup("");
	return k->label_of ? k->label_of(a) : xstrdup(k->label);
}

void app_prompt_changed(struct app *a)
{
	if (a->prompt.kind && a->prompt.kind->changed)
		a->prompt.kind->changed(a, a->prompt.line.text.data ? a->prompt.line.text.data : "");
}

void app_prompt_accept(struct app *a)
{
	const struct prompt_kind *k = prompt_close(a);
	char *t = xstrdup(a->prompt.line.text.data ? a->prompt.line.text.data : "");
	if (k)
		k->accept(a, t);
	free(t);
}

void app_prompt_cancel(struct app *a)
{
	const struct prompt_kind *k = prompt_close(a);
	if (k && k->cancel)
		k->cancel(a);
	else
		app_message(a, " ");
}

enum line_op {
	LINE_BACKSPACE,
	LINE_DELETE,
	LINE_LEFT,
	LINE_RIGHT,
	LINE_HOME,
	LINE_END,
	LINE_KILL,
	LINE_KILL_WORD,
};

static void do_line(struct app *a, long arg)
{
	struct app_line *l = app_editing(a);
	if (l == NULL)
		return;
	size_t len = l->text.len;
	switch ((enum line_op)arg) {
	case LINE_BACKSPACE:
		/* Backspace on an empty prompt closes it, as in less and vi. */
		if (len == 0 && a->prompt.id != PROMPT_NONE) {
			app_prompt_cancel(a);
			return;
		}
		app_line_backspace(l);
		break;
	case LINE_DELETE:
		app_line_delete(l);
		break;
	case LINE_LEFT:
		app_line_left(l);
		break;
	case LINE_RIGHT:
		app_line_right(l);
		break;
	case LINE_HOME:
		app_line_home(l);
		break;
	case LINE_END:
		app_line_end(l);
		break;
	case LINE_KILL:
		app_line_kill(l);
		break;
	case LINE_KILL_WORD:
		app_line_kill_word(l);
		break;
	}
	if (a->prompt.id != PROMPT_NONE && l->text.len != len)
		app_prompt_changed(a);
}

static void do_prompt(struct app *a, long arg)
{
	if (arg > 0)
		app_prompt_accept(a);
	else
		app_prompt_cancel(a);
}

/* A key that types a character: one character, or Space. */
static const char *typed(const char *key)
{
	if (strcmp(key, "Space") == 0)
		return " ";
	ucs4_t uc;
	size_t len = strlen(key);
	int cl = u8_mbtouc(&uc, (const uint8_t *)key, len);
	return len && (size_t)cl == len && uc >= 0x20 && uc != 0x7f && !(uc >= 0x80 && uc < 0xa0) ? key : NULL;
}

/* The prompt, the form and the note editor type what is not bound. */
int mode_typed(struct app *a, const char *key)
{
	const char *t = typed(key);
	if (t == NULL) {
		app_message(a, "%s: not bound here (? lists the keys)", key);
		return 0;
	}
	if (app_line_insert(app_editing(a), t) != 0) {
		app_error(a, "a note holds at most %d bytes: this one is full", NOTES_MAX_BYTES);
		return 0;
	}
	if (a->prompt.id != PROMPT_NONE)
		app_prompt_changed(a);
	return 1;
}

static const struct key_action act_accept = { "accept", do_prompt, 1, "accept (search, filter, go, link) and close the prompt" };

static const struct key_action act_cancel = { "cancel", do_prompt, 0, "cancel: back to where you were" };

const struct key_action act_backspace = { "backspace", do_line, LINE_BACKSPACE, "delete the character before the cursor" };

const struct key_action act_delete = { "delete", do_line, LINE_DELETE, "delete the character under the cursor" };

const struct key_action act_cursor_left = { "cursor-left", do_line, LINE_LEFT, "cursor left" };

const struct key_action act_cursor_right = { "cursor-right", do_line, LINE_RIGHT, "cursor right" };

const struct key_action act_line_start = { "line-start", do_line, LINE_HOME, "cursor to the start" };

const struct key_action act_line_end = { "line-end", do_line, LINE_END, "cursor to the end" };

const struct key_action act_kill_line = { "kill-line", do_line, LINE_KILL, "delete to the start" };

const struct key_action act_kill_word = { "kill-word", do_line, LINE_KILL_WORD, "delete the word before the cursor" };

static const struct key_action *const prompt_actions[] = {
	&act_accept,
	&act_cancel,
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

static const struct mode_key prompt_keys[] = {
	{ "Enter", "accept" },
	{ "Escape C-g", "cancel" },
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

static void prompt_free(struct app *a)
{
	free(a->prompt.saved);
	a->prompt.saved = NULL;
	buf_free(&a->prompt.line.text);
}

const struct mode mode_prompt = {
	.name = "prompt",
	.title = "Prompts: search, filter, date, links, people (any other character is typed)",
	.actions = prompt_actions,
	.keys = prompt_keys,
	.free = prompt_free,
	.input = mode_typed,
	.keeps_message = 1,
};
