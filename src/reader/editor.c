/* editor.c: the note editor (a new annotation, or one changed), and the
 * question when a note that is not saved would be lost. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/anchor.h"
#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

static void editor_open(struct app *a, int64_t id, size_t start, size_t end, const char *text, int external)
{
	a->editor.open = 1;
	mode_push(a, "editor");
	app_ask_set(a, ASK_NONE);
	a->editor.id = id;
	a->editor.start = start;
	a->editor.end = end;
	app_line_set(&a->editor.line, text);
	/* A note is bounded (a note of 50 MB made every key take seconds);
	 * one larger from before can still be cut down. */
	a->editor.line.max = NOTES_MAX_BYTES;
	free(a->editor.orig);
	a->editor.orig = xstrdup(text);
	a->editor.external = external;
	app_message(a, "C-s saves \u00b7 Esc closes \u00b7 C-o: in $VISUAL \u00b7 Enter: a new line");
}

static void editor_close(struct app *a)
{
	a->editor.open = 0;
	mode_pop(a, "editor");
	app_ask_set(a, ASK_NONE);
	a->editor.external = 0;
	a->editor.id = 0;
	app_line_set(&a->editor.line, "");
	free(a->editor.orig);
	a->editor.orig = NULL;
	buf_free(&a->editor.line.text);
}

void app_annotate(struct app *a, size_t s, size_t e, int external)
{
	if (app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return;
	if (s >= e) {
		app_message(a, "nothing to annotate here");
		return;
	}
	app_selecting(a, 0);
	a->selection.mouse = 0;
	editor_open(a, 0, s, e, "", external);
}

void app_annotate_paragraph(struct app *a, long external)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	size_t s, e;
	app_para_at(a->doc->doc->body, a->doc->doc->body_len, app_cursor(a), &s, &e);
	app_annotate(a, s, e, external);
}

void app_note_edit(struct app *a, long external)
{
	const struct app_annot *an = app_current_annot(a);
	if (an == NULL) {
		app_message(a, "no annotation here: ) and ( move between them");
		return;
	}
	if (app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return;
	editor_open(a, an->id, an->start, an->end, an->text, external);
}

int app_note_save(struct app *a)
{
	if (!a->editor.open)
		return -1;
	char *text = xstrdup(a->editor.line.text.data ? a->editor.line.text.data : "");
	str_trim(text);
	if (*text == '\0') {
		free(text);
		app_ask_set(a, ASK_NONE);
		app_error(a, "an empty note is not saved (Esc closes the editor)");
		return -1;
	}
	char *cause = NULL;
	if (app_refuse_readonly(a, "the note is not saved, it is still here (C-o takes it to $VISUAL, to keep it)")) {
		free(text);
		app_ask_set(a, ASK_NONE);
		return -1;
	}
	if (notes_check_size(text, &cause) != 0) {
		free(text);
		app_ask_set(a, ASK_NONE);
		app_error(a, "not saved: %s (shorten it: it is still here)", cause);
		free(cause);
		return -1;
	}
	int64_t id = a->editor.id;
	if (id) {
		if (store_annotation_update(a->store, id, text, NULL, &cause) != 0) {
			free(text);
			app_ask_set(a, ASK_NONE);
			app_error(a, "not saved: %s", cause);
			free(cause);
			return -1;
		}
	} else {
		const struct doc *d = a->doc->doc;
		struct anchor an;
		anchor_make(d->body, d->body_len, a->editor.start, a->editor.end, &an);
		struct store_annotation sa = { 0 };
		sa.doc_id = a->doc->id;
		sa.start = an.start;
		sa.end = an.end;
		sa.quote = an.quote;
		sa.prefix = an.prefix;
		sa.suffix = an.suffix;
		sa.text = text;
		int added;
		int rc = store_annotation_add(a->store, &sa, &id, &added, &cause);
		anchor_clear(&an);
		if (rc != 0) {
			free(text);
			app_ask_set(a, ASK_NONE);
			app_error(a, "not saved: %s", cause);
			free(cause);
			return -1;
		}
	}
	free(text);
	int was_new = a->editor.id == 0;
	editor_close(a);
	app_annots_load(a);
	for (size_t i = 0; i < a->nannots; i++)
		if (a->annots[i].id == id)
			a->annot = i;
	a->data_version = store_data_version(a->store);
	app_message(a, was_new ? "annotation saved (T tags it, ) goes to the next)" : "annotation saved");
	return 0;
}

static int note_changed(const struct app *a)
{
	const char *t = a->editor.line.text.data ? a->editor.line.text.data : "";
	return strcmp(t, a->editor.orig ? a->editor.orig : "") != 0;
}

void app_note_cancel(struct app *a)
{
	if (!a->editor.open)
		return;
	if (note_changed(a)) {
		app_ask_set(a, ASK_UNSAVED);
		app_message(a, "this note is not saved \u00b7 s: save it \u00b7 d: discard it \u00b7 Esc: go on writing");
		return;
	}
	editor_close(a);
	app_message(a, "no change");
}

void app_note_answer(struct app *a, long answer)
{
	if (a->editor.ask != ASK_UNSAVED)
		return;
	app_ask_set(a, ASK_NONE);
	if (answer > 0) {
		app_note_save(a);
	} else if (answer == 0) {
		editor_close(a);
		app_message(a, "note discarded");
	} else {
		app_message(a, "C-s saves \u00b7 Esc closes");
	}
}

void app_note_external_done(struct app *a, const char *text, const char *error)
{
	a->editor.external = 0;
	if (!a->editor.open)
		return;
	if (text == NULL) {
		app_error(a, "%s (the note is still here: C-s saves it)", error ? error : "the editor failed");
		return;
	}
	app_line_set(&a->editor.line, text);
	/* An editor leaves a newline at the end of the file. */
	while (a->editor.line.text.len && (a->editor.line.text.data[a->editor.line.text.len - 1] == '\n'))
		buf_truncate(&a->editor.line.text, a->editor.line.text.len - 1);
	a->editor.line.cursor = a->editor.line.text.len;
	char *t = xstrdup(a->editor.line.text.data ? a->editor.line.text.data : "");
	str_trim(t);
	int empty = *t == '\0';
	free(t);
	if (empty) {
		app_message(a, "the editor left an empty note: nothing saved (Esc closes)");
		return;
	}
	app_note_save(a);
}

int app_note_rescue(struct app *a)
{
	if (!a->editor.open || !note_changed(a))
		return 0;
	int is_new = a->editor.id == 0;
	if (app_note_save(a) != 0)
		return 0;
	/* A new note saved this way is marked as unfinished. */
	if (is_new && a->annot < a->nannots) {
		char *cause = NULL;
		if (store_annotation_update(a->store, a->annots[a->annot].id, NULL, "draft", &cause) != 0)
			free(cause);
	}
	return 1;
}

/* Editing keys that know about lines. */
static size_t line_start(const struct app_line *l, size_t i)
{
	while (i > 0 && l->text.data[i - 1] != '\n')
		i--;
	return i;
}

static size_t line_end(const struct app_line *l, size_t i)
{
	while (i < l->text.len && l->text.data[i] != '\n')
		i++;
	return i;
}

void app_note_newline(struct app *a)
{
	if (app_line_insert(&a->editor.line, "\n") != 0)
		app_error(a, "a note holds at most %d bytes: this one is full", NOTES_MAX_BYTES);
}

void app_note_home(struct app *a)
{
	a->editor.line.cursor = line_start(&a->editor.line, a->editor.line.cursor);
}

void app_note_end(struct app *a)
{
	a->editor.line.cursor = line_end(&a->editor.line, a->editor.line.cursor);
}

void app_note_vertical(struct app *a, int dir)
{
	struct app_line *l = &a->editor.line;
	size_t ls = line_start(l, l->cursor);
	int col = layout_text_width(l->text.data + ls, l->cursor - ls);
	size_t to;
	if (dir < 0) {
		if (ls == 0)
			return;
		to = line_start(l, ls - 1);
	} else {
		size_t le = line_end(l, l->cursor);
		if (le >= l->text.len)
			return;
		to = le + 1;
	}
	/* The same column on that line, or its end. */
	size_t end = line_end(l, to), i = to;
	while (i < end) {
		int cl = u8_mblen((const uint8_t *)l->text.data + i, end - i);
		if (cl < 1)
			cl = 1;
		if (layout_text_width(l->text.data + to, i + (size_t)cl - to) > col)
			break;
		i += (size_t)cl;
	}
	l->cursor = i;
}

void app_note_kill_end(struct app *a)
{
	struct app_line *l = &a->editor.line;
	size_t e = line_end(l, l->cursor);
	/* At the end of a line, C-k joins the next one. */
	app_line_cut(l, l->cursor, e == l->cursor && e < l->text.len ? e + 1 : e);
}

void app_note_kill_start(struct app *a)
{
	struct app_line *l = &a->editor.line;
	size_t c = l->cursor;
	app_line_cut(l, line_start(l, c), c);
}

void app_ask_set(struct app *a, enum app_ask ask)
{
	a->editor.ask = ask;
	mode_show(a, "ask", ask != ASK_NONE);
}

enum note_op {
	NOTE_SAVE,
	NOTE_CLOSE,
	NOTE_EXTERNAL,
	NOTE_NEWLINE,
	NOTE_UP,
	NOTE_DOWN,
	NOTE_HOME,
	NOTE_END,
	NOTE_KILL_END,
	NOTE_KILL_START,
};

static void do_note(struct app *a, long arg)
{
	switch ((enum note_op)arg) {
	case NOTE_SAVE:
		app_note_save(a);
		break;
	case NOTE_CLOSE:
		app_note_cancel(a);
		break;
	case NOTE_EXTERNAL:
		a->editor.external = 1;
		break;
	case NOTE_NEWLINE:
		app_note_newline(a);
		break;
	case NOTE_UP:
	case NOTE_DOWN:
		app_note_vertical(a, arg == NOTE_UP ? -1 : 1);
		break;
	case NOTE_HOME:
		app_note_home(a);
		break;
	case NOTE_END:
		app_note_end(a);
		break;
	case NOTE_KILL_END:
		app_note_kill_end(a);
		break;
	case NOTE_KILL_START:
		app_note_kill_start(a);
		break;
	}
}

static int ask_input(struct app *a, const char *key)
{
	(void)key;
	app_message(a, "this note is not saved \u00b7 s: save it \u00b7 d: discard it \u00b7 Esc: go on writing");
	return 0;
}

const struct key_action act_annotate_paragraph = { "annotate-paragraph", app_annotate_paragraph, 0, "write a note on the paragraph at the cursor" };

const struct key_action act_edit_annotation = { "edit-annotation", app_note_edit, 0, "edit the note of the annotation at the cursor" };

const struct key_action act_edit_annotation_external = { "edit-annotation-external", app_note_edit, 1, "edit it in $VISUAL or $EDITOR" };

static const struct key_action act_note_save = { "note-save", do_note, NOTE_SAVE, "save the note (committed before it says so)" };

static const struct key_action act_note_close = { "note-close", do_note, NOTE_CLOSE, "close (asks first if the note is not saved)" };

static const struct key_action act_note_external = { "note-external", do_note, NOTE_EXTERNAL, "go on in $VISUAL or $EDITOR" };

static const struct key_action act_note_newline = { "note-newline", do_note, NOTE_NEWLINE, "a new line" };

static const struct key_action act_note_up = { "note-up", do_note, NOTE_UP, "cursor up a line" };

static const struct key_action act_note_down = { "note-down", do_note, NOTE_DOWN, "cursor down a line" };

static const struct key_action act_note_line_start = { "note-line-start", do_note, NOTE_HOME, "start of the line" };

static const struct key_action act_note_line_end = { "note-line-end", do_note, NOTE_END, "end of the line" };

static const struct key_action act_note_kill_end = { "note-kill-end", do_note, NOTE_KILL_END, "delete to the end of the line" };

static const struct key_action act_note_kill_start = { "note-kill-start", do_note, NOTE_KILL_START, "delete to the start of the line" };

static const struct key_action act_ask_save = { "ask-save", app_note_answer, 1, "save the note" };

static const struct key_action act_ask_discard = { "ask-discard", app_note_answer, 0, "discard the note" };

static const struct key_action act_ask_back = { "ask-back", app_note_answer, -1, "go on writing" };

static const struct key_action *const editor_actions[] = {
	&act_note_save,
	&act_note_close,
	&act_note_external,
	&act_note_newline,
	&act_note_up,
	&act_note_down,
	&act_note_line_start,
	&act_note_line_end,
	&act_note_kill_end,
	&act_note_kill_start,
	&act_backspace,
	&act_delete,
	&act_cursor_left,
	&act_cursor_right,
	&act_kill_word,
	NULL,
};

static const struct mode_key editor_keys[] = {
	{ "C-s", "note-save" },
	{ "Escape C-g", "note-close" },
	{ "C-o", "note-external" },
	{ "Enter", "note-newline" },
	{ "Up C-p", "note-up" },
	{ "Down C-n", "note-down" },
	{ "Home C-a", "note-line-start" },
	{ "End C-e", "note-line-end" },
	{ "C-k", "note-kill-end" },
	{ "C-u", "note-kill-start" },
	{ "Backspace C-h", "backspace" },
	{ "Delete C-d", "delete" },
	{ "Left C-b", "cursor-left" },
	{ "Right C-f", "cursor-right" },
	{ "C-w", "kill-word" },
	{ NULL, NULL },
};

static void editor_free(struct app *a)
{
	free(a->editor.orig);
	a->editor.orig = NULL;
	buf_free(&a->editor.line.text);
}

const struct mode mode_editor = {
	.name = "editor",
	.title = "Writing a note (any other character is typed)",
	.actions = editor_actions,
	.keys = editor_keys,
	.free = editor_free,
	.input = mode_typed,
};

static const struct key_action *const ask_actions[] = {
	&act_ask_save,
	&act_ask_discard,
	&act_ask_back,
	NULL,
};

static const struct mode_key ask_keys[] = {
	{ "s y", "ask-save" },
	{ "d n", "ask-discard" },
	{ "Escape C-g", "ask-back" },
	{ NULL, NULL },
};

const struct mode mode_ask = {
	.name = "ask",
	.title = "Closing a note that is not saved",
	.actions = ask_actions,
	.keys = ask_keys,
	.input = ask_input,
};
