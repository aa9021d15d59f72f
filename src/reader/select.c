/* select.c: selecting a passage of the text (v, V, a drag): an anchor
 * and a head, each a word or a display line; the head moves. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

static void select_show(struct app *a)
{
	app_reveal(a, a->selection.hs);
	size_t s = 0, e = 0;
	app_select_range(a, &s, &e);
	char *q = xstrndup(a->doc->doc->body + s, e - s);
	char *fit = layout_fit(q, 30);
	app_message(a, "\u201c%s\u201d (%zu bytes) \u00b7 a: annotate \u00b7 E: in $VISUAL \u00b7 L: link \u00b7 Esc", fit,
		    e - s);
	free(fit);
	free(q);
}

static void head_set(struct app *a, size_t off)
{
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	if (a->selection.lines)
		app_line_at(a, off, &a->selection.hs, &a->selection.he);
	else
		app_word_at(b, len, off, &a->selection.hs, &a->selection.he);
}

void app_select_at(struct app *a, size_t off, int lines)
{
	if (a->doc == NULL || a->body == NULL || a->doc->doc->body_len == 0)
		return;
	app_selecting(a, 1);
	a->selection.lines = lines;
	head_set(a, off);
	a->selection.as = a->selection.hs;
	a->selection.ae = a->selection.he;
}

void app_select_begin(struct app *a, long lines)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	if (a->doc->doc->body_len == 0) {
		app_message(a, "this document has no text to select");
		return;
	}
	app_focus(a, PANE_READ);
	app_select_at(a, app_cursor(a), lines);
	select_show(a);
}

void app_select_extend(struct app *a, size_t off)
{
	if (!a->selection.on || off == SIZE_MAX)
		return;
	head_set(a, off);
	select_show(a);
}

void app_select_move(struct app *a, enum app_select_move m)
{
	if (!a->selection.on)
		return;
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	size_t line = layout_line_of(a->body, a->selection.hs), s, e;
	switch (m) {
	case SELECT_WORD_NEXT:
		if (a->selection.lines) {
			app_select_move(a, SELECT_LINE_DOWN);
			return;
		}
		if (a->selection.he < len) {
			app_word_at(b, len, a->selection.he, &s, &e);
			if (s >= a->selection.he) {
				a->selection.hs = s;
				a->selection.he = e;
			}
		}
		break;
	case SELECT_WORD_PREV:
		if (a->selection.lines) {
			app_select_move(a, SELECT_LINE_UP);
			return;
		}
		if (a->selection.hs > 0) {
			size_t i = a->selection.hs;
			const uint8_t *u = (const uint8_t *)b;
			ucs4_t c;
			/* Back over what is not a word, then onto the word. */
			while (i > 0) {
				const uint8_t *p = u8_prev(&c, u + i, u);
				if (p == NULL || app_word_char(c))
					break;
				i = (size_t)(p - u);
			}
			if (i > 0) {
				s = e = (size_t)(u8_prev(&c, u + i, u) - u);
				app_word_bounds(b, len, &s, &e);
				a->selection.hs = s;
				a->selection.he = e > s ? e : s + 1;
			}
		}
		break;
	case SELECT_LINE_DOWN:
	case SELECT_LINE_UP: {
		if ((m == SELECT_LINE_UP && line == 0) ||
		    (m == SELECT_LINE_DOWN && line + 1 >= layout_nlines(a->body)))
			break;
		int col = app_column_of(a, line, a->selection.hs);
		size_t to = m == SELECT_LINE_DOWN ? line + 1 : line - 1;
		/* Blank lines between paragraphs are passed over. */
		while (layout_line_width(a->body, to) == 0 && to > 0 && to + 1 < layout_nlines(a->body))
			to = m == SELECT_LINE_DOWN ? to + 1 : to - 1;
		head_set(a, app_offset_at_col(a, to, col));
		break;
	}
	case SELECT_PARA_NEXT:
		app_para_at(b, len, a->selection.he, &s, &e);
		if (a->selection.he >= e && e < len) {
			size_t ns, ne;
			app_para_at(b, len, e + 1, &ns, &ne);
			e = ne;
		}
		head_set(a, e > 0 ? e - 1 : 0);
		break;
	case SELECT_PARA_PREV:
		app_para_at(b, len, a->selection.hs, &s, &e);
		if (a->selection.hs <= s && s > 0) {
			size_t i = s;
			while (i > 0 && (b[i - 1] == '\n' || b[i - 1] == ' '))
				i--;
			app_para_at(b, len, i ? i - 1 : 0, &s, &e);
		}
		head_set(a, s);
		break;
	}
	select_show(a);
}

void app_select_swap(struct app *a)
{
	if (!a->selection.on)
		return;
	size_t s = a->selection.as, e = a->selection.ae;
	a->selection.as = a->selection.hs;
	a->selection.ae = a->selection.he;
	a->selection.hs = s;
	a->selection.he = e;
	select_show(a);
}

void app_select_cancel(struct app *a)
{
	if (!a->selection.on)
		return;
	app_selecting(a, 0);
	a->selection.mouse = 0;
	app_message(a, "selection cancelled");
}

void app_select_annotate(struct app *a, long external)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0)
		return;
	app_annotate(a, s, e, external);
}

void app_select_link(struct app *a)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0 || app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return;
	char *phrase = xstrndup(a->doc->doc->body + s, e - s);
	app_selecting(a, 0);
	app_link_set(a, 0, s, e, phrase);
	free(phrase);
	prompt_open(a, &prompt_target);
}

int app_select_reattach(struct app *a)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0 || app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return -1;
	size_t pick = SIZE_MAX;
	for (size_t i = 0; i < a->nannots; i++)
		if (a->annots[i].orphaned && (pick == SIZE_MAX || a->annots[i].id == a->reattach))
			pick = i;
	if (pick == SIZE_MAX) {
		app_message(a, "no orphaned annotation in this document to re-attach");
		return -1;
	}
	int64_t id = a->annots[pick].id;
	char *cause = NULL;
	const struct doc *d = a->doc->doc;
	if (notes_attach_at(a->store, id, a->doc->id, d->body, d->body_len, s, e, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	app_selecting(a, 0);
	a->reattach = 0;
	app_annots_load(a);
	for (size_t i = 0; i < a->nannots; i++)
		if (a->annots[i].id == id)
			a->annot = i;
	a->data_version = store_data_version(a->store);
	app_message(a, "re-attached here: %s", a->annot < a->nannots ? a->annots[a->annot].text : "");
	return 0;
}

void app_select_mouse(struct app *a, enum app_mouse_event what, size_t off)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	switch (what) {
	case MOUSE_CLICK:
		/* A press only notes where: a drag makes it a selection. */
		if (a->selection.on)
			app_select_cancel(a);
		a->selection.mouse = off != SIZE_MAX;
		if (a->selection.mouse) {
			a->selection.lines = 0;
			app_word_at(b, len, off, &a->selection.as, &a->selection.ae);
		}
		break;
	case MOUSE_DRAG:
		if (!a->selection.mouse || off == SIZE_MAX)
			return;
		if (!a->selection.on) {
			size_t s, e;
			app_word_at(b, len, off, &s, &e);
			if (s == a->selection.as)
				return;
			app_selecting(a, 1);
		}
		app_select_extend(a, off);
		break;
	case MOUSE_RELEASE:
		if (a->selection.mouse && off != SIZE_MAX && !a->selection.on) {
			size_t s, e;
			app_word_at(b, len, off, &s, &e);
			if (s != a->selection.as) {
				app_selecting(a, 1);
				app_select_extend(a, off);
			}
		}
		a->selection.mouse = 0;
		break;
	default:
		break;
	}
}

static void do_select_move(struct app *a, long arg)
{
	app_select_move(a, (enum app_select_move)arg);
}

static void do_select_swap(struct app *a, long arg)
{
	(void)arg;
	app_select_swap(a);
}

static void do_select_cancel(struct app *a, long arg)
{
	(void)arg;
	app_select_cancel(a);
}

static void do_select_link(struct app *a, long arg)
{
	(void)arg;
	app_select_link(a);
}

static void do_select_reattach(struct app *a, long arg)
{
	(void)arg;
	app_select_reattach(a);
}

const struct key_action act_select = { "select", app_select_begin, 0, "select words from the cursor (then annotate or link them)" };

const struct key_action act_select_lines = { "select-lines", app_select_begin, 1, "select whole lines from the cursor" };

static const struct key_action act_select_word_next = { "select-word-next", do_select_move, SELECT_WORD_NEXT, "extend to the next word" };

static const struct key_action act_select_word_previous = { "select-word-previous", do_select_move, SELECT_WORD_PREV, "back a word" };

static const struct key_action act_select_line_down = { "select-line-down", do_select_move, SELECT_LINE_DOWN, "down a line" };

static const struct key_action act_select_line_up = { "select-line-up", do_select_move, SELECT_LINE_UP, "up a line" };

static const struct key_action act_select_paragraph_next = { "select-paragraph-next", do_select_move, SELECT_PARA_NEXT, "to the end of the paragraph" };

static const struct key_action act_select_paragraph_previous = { "select-paragraph-previous", do_select_move, SELECT_PARA_PREV, "to the start of the paragraph" };

static const struct key_action act_select_swap = { "select-swap", do_select_swap, 0, "move the other end" };

static const struct key_action act_select_annotate = { "select-annotate", app_select_annotate, 0, "write a note on the selection" };

static const struct key_action act_select_annotate_external = { "select-annotate-external", app_select_annotate, 1, "write the note in $VISUAL or $EDITOR" };

static const struct key_action act_select_link = { "select-link", do_select_link, 0, "link the selection to a document" };

static const struct key_action act_select_reattach = { "select-reattach", do_select_reattach, 0, "re-attach an orphaned annotation here" };

static const struct key_action act_select_cancel = { "select-cancel", do_select_cancel, 0, "stop selecting" };

static const struct key_action *const select_actions[] = {
	&act_select_word_next,
	&act_select_word_previous,
	&act_select_line_down,
	&act_select_line_up,
	&act_select_paragraph_next,
	&act_select_paragraph_previous,
	&act_select_swap,
	&act_select_annotate,
	&act_select_annotate_external,
	&act_select_link,
	&act_select_reattach,
	&act_select_cancel,
	NULL,
};

static const struct mode_key select_keys[] = {
	{ "w l Right", "select-word-next" },
	{ "b h Left", "select-word-previous" },
	{ "j Down", "select-line-down" },
	{ "k Up", "select-line-up" },
	{ "}", "select-paragraph-next" },
	{ "{", "select-paragraph-previous" },
	{ "o", "select-swap" },
	{ "Enter a", "select-annotate" },
	{ "E", "select-annotate-external" },
	{ "L", "select-link" },
	{ "R", "select-reattach" },
	{ "Escape C-g v V", "select-cancel" },
	{ NULL, NULL },
};

const struct mode mode_select = {
	.name = "select",
	.title = "Selecting a passage (v, V, or drag with the mouse)",
	.parent = "global",
	.actions = select_actions,
	.keys = select_keys,
};
