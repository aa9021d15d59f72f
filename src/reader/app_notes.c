/* app_notes.c: the reader's annotations in the reader (see app_notes.h).
 * Positions are byte offsets into the open document's body, as
 * everywhere in the reader; every change is committed before the message
 * line says so. */
#include "dossier/app_notes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/anchor.h"
#include "dossier/notes.h"
#include "mode.h"
#include "state.h"

#define NOTES_MAX 5000          /* rows of the annotations view */

/* ---- the annotations of the open document ---- */

static void annot_free(struct app_annot *an)
{
	free(an->quote);
	free(an->text);
	free(an->tags);
}

void app_annots_clear(struct app *a)
{
	for (size_t i = 0; i < a->nannots; i++)
		annot_free(&a->annots[i]);
	free(a->annots);
	a->annots = NULL;
	a->nannots = 0;
	a->annot = SIZE_MAX;
}

struct annot_load {
	struct app_annot *v;
	size_t n, cap, len;
};

static int annot_cb(const struct store_annotation *sa, void *arg)
{
	struct annot_load *l = arg;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	size_t s = sa->start < l->len ? sa->start : l->len, e = sa->end < l->len ? sa->end : l->len;
	l->v[l->n++] = (struct app_annot){ sa->id,
					   s,
					   e < s ? s : e,
					   xstrdup(sa->quote ? sa->quote : ""),
					   xstrdup(sa->text ? sa->text : ""),
					   xstrdup(sa->tags ? sa->tags : ""),
					   sa->orphaned };
	return 0;
}

void app_annots_load(struct app *a)
{
	int64_t keep = a->annot < a->nannots ? a->annots[a->annot].id : 0;
	app_annots_clear(a);
	if (a->doc == NULL)
		return;
	struct annot_load l = { NULL, 0, 0, a->doc->doc->body_len };
	char *cause = NULL;
	if (store_annotations(a->store, a->doc->id, NULL, NULL, STORE_BY_DOCUMENT, annot_cb, &l, &cause) != 0)
		app_error_cause(a, cause);
	a->annots = l.v;
	a->nannots = l.n;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].id == keep)
			a->annot = i;
}

static int line_visible(const struct app *a, size_t off)
{
	size_t line = a->nhead + layout_line_of(a->body, off), top = app_view_top(a);
	return line >= top && line < top + app_view_h(a);
}

const struct app_annot *app_current_annot(const struct app *a)
{
	if (a->doc == NULL || a->body == NULL || a->annot >= a->nannots)
		return NULL;
	const struct app_annot *an = &a->annots[a->annot];
	return an->orphaned || !line_visible(a, an->start) ? NULL : an;
}

/* "“the quote”: the note" for the message line, on one line. */
static void describe_annot(struct app *a, const struct app_annot *an, const char *prefix)
{
	char *q = layout_fit(an->quote, 40), *t = layout_fit(an->text, 200);
	app_message(a, "%s\u201c%s\u201d: %s%s%s%s", prefix, q, t, *an->tags ? " [" : "", an->tags,
		    *an->tags ? "]" : "");
	free(q);
	free(t);
}

static size_t first_visible(const struct app *a);

void app_annot_next(struct app *a, int dir)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	size_t placed = 0;
	for (size_t i = 0; i < a->nannots; i++)
		placed += !a->annots[i].orphaned;
	if (placed == 0) {
		app_message(a, a->nannots ? "its annotations are orphaned (@ lists them)"
					  : "no annotations in this document (v selects, A annotates the paragraph)");
		return;
	}
	size_t from = app_current_annot(a) ? a->annots[a->annot].start : first_visible(a);
	size_t cur = app_current_annot(a) ? a->annot : SIZE_MAX;
	size_t pick = SIZE_MAX;
	int wrapped = 0;
	if (dir > 0) {
		for (size_t i = 0; i < a->nannots && pick == SIZE_MAX; i++)
			if (!a->annots[i].orphaned && i != cur &&
			    (a->annots[i].start > from || (a->annots[i].start == from && (cur == SIZE_MAX || i > cur))))
				pick = i;
		for (size_t i = 0; i < a->nannots && pick == SIZE_MAX; i++)
			if (!a->annots[i].orphaned) {
				pick = i;
				wrapped = 1;
			}
	} else {
		for (size_t i = a->nannots; i-- > 0 && pick == SIZE_MAX;)
			if (!a->annots[i].orphaned && i != cur &&
			    (a->annots[i].start < from || (a->annots[i].start == from && i < cur)))
				pick = i;
		for (size_t i = a->nannots; i-- > 0 && pick == SIZE_MAX;)
			if (!a->annots[i].orphaned) {
				pick = i;
				wrapped = 1;
			}
	}
	a->annot = pick;
	app_reveal(a, a->annots[pick].start);
	a->read = 1;
	describe_annot(a, &a->annots[pick], wrapped ? "(wrapped) " : "");
}

/* ---- where the cursor is ---- */

/* The first byte of text on screen (past white space). */
static size_t first_visible(const struct app *a)
{
	size_t top = app_view_top(a), s, e;
	size_t line = top < a->nhead ? 0 : top - a->nhead;
	layout_line_range(a->body, line, &s, &e);
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	while (s < len && (b[s] == ' ' || b[s] == '\n' || b[s] == '\t'))
		s++;
	return s < len ? s : (len ? len - 1 : 0);
}

size_t app_cursor(const struct app *a)
{
	if (a->doc == NULL || a->body == NULL)
		return 0;
	if (a->selecting)
		return a->sel_hs;
	const struct app_annot *an = app_current_annot(a);
	if (an)
		return an->start;
	const struct app_ref *r = app_current_ref(a);
	if (r)
		return r->start;
	if (a->hit < a->nhits && line_visible(a, a->hits[a->hit].start))
		return a->hits[a->hit].start;
	return first_visible(a);
}

/* The column of byte off on its line, as drawn. */
static int column_of(const struct app *a, size_t line, size_t off)
{
	const struct layout_run *runs;
	size_t n = layout_line_runs(a->body, line, &runs);
	for (size_t k = 0; k < n; k++) {
		if (off >= runs[k].end)
			continue;
		if (off <= runs[k].start || runs[k].len != runs[k].end - runs[k].start)
			return runs[k].col;
		return runs[k].col + layout_text_width(a->doc->doc->body + runs[k].start, off - runs[k].start);
	}
	return layout_line_width(a->body, line);
}

/* The byte of body line `line` drawn at column col (the last one when
 * the line is shorter). */
static size_t offset_at_col(const struct app *a, size_t line, int col)
{
	const struct layout_run *runs;
	size_t n = layout_line_runs(a->body, line, &runs);
	size_t ls, le;
	layout_line_range(a->body, line, &ls, &le);
	const char *b = a->doc->doc->body;
	for (size_t k = 0; k < n; k++) {
		const struct layout_run *r = &runs[k];
		if (col >= r->col + r->width)
			continue;
		if (col < r->col || r->len != r->end - r->start)
			return r->start;
		/* Text as it is in the body: walk it to the column. */
		size_t i = r->start;
		int c = r->col;
		while (i < r->end) {
			ucs4_t uc;
			int cl = u8_mbtouc(&uc, (const uint8_t *)b + i, r->end - i);
			int w = layout_text_width(b + i, (size_t)cl);
			if (col < c + w)
				return i;
			c += w;
			i += (size_t)cl;
		}
		return r->end;
	}
	/* Past the text: the line's last character (not its newline). */
	while (le > ls && (b[le - 1] == '\n' || b[le - 1] == ' '))
		le--;
	return le > ls ? le - 1 : ls;
}

size_t app_offset_at(const struct app *a, int x, int y)
{
	const struct app_rect *r = &a->pane[PANE_READ];
	if (a->doc == NULL || a->body == NULL || !a->shown[PANE_READ] || x < r->x || x >= r->x + r->w || y < r->y ||
	    y >= r->y + r->h)
		return SIZE_MAX;
	size_t line = app_view_top(a) + (size_t)(y - r->y);
	if (line < a->nhead)
		return SIZE_MAX;
	line -= a->nhead;
	if (line >= layout_nlines(a->body))
		return SIZE_MAX;
	return offset_at_col(a, line, x < a->text_x ? 0 : x - a->text_x);
}

/* ---- words, lines and paragraphs of the body ---- */

/* The word at off, else the next one, else the one before. */
static void word_at(const char *b, size_t len, size_t off, size_t *s, size_t *e)
{
	const uint8_t *u = (const uint8_t *)b;
	size_t i = off < len ? off : len;
	while (i < len) {
		ucs4_t c;
		int cl = u8_mbtouc(&c, u + i, len - i);
		if (app_word_char(c))
			break;
		i += (size_t)cl;
	}
	if (i == len) {
		/* No word after: the last one before. */
		i = off < len ? off : len;
		while (i > 0) {
			ucs4_t c;
			const uint8_t *p = u8_prev(&c, u + i, u);
			if (p == NULL)
				break;
			if (app_word_char(c))
				break;
			i = (size_t)(p - u);
		}
		if (i == 0) {
			*s = 0;
			*e = len;
			return;
		}
		i = (size_t)(u8_prev(&(ucs4_t){ 0 }, u + i, u) - u);
	}
	*s = *e = i;
	app_word_bounds(b, len, s, e);
	if (*e == *s && *e < len)
		*e += (size_t)u8_mblen(u + *e, len - *e);
}

/* The display line of byte off, as a byte range. */
static void line_at(const struct app *a, size_t off, size_t *s, size_t *e)
{
	layout_line_range(a->body, layout_line_of(a->body, off), s, e);
	const char *b = a->doc->doc->body;
	while (*e > *s && (b[*e - 1] == '\n' || b[*e - 1] == ' '))
		(*e)--;
}

/* The paragraph (between blank lines) holding off. */
static void para_at(const char *b, size_t len, size_t off, size_t *s, size_t *e)
{
	if (off > len)
		off = len;
	size_t i = off;
	while (i > 0 && !(b[i - 1] == '\n' && i >= 2 && b[i - 2] == '\n'))
		i--;
	while (i < len && (b[i] == '\n' || b[i] == ' '))
		i++;
	size_t j = i > off ? i : off;
	while (j < len && !(b[j] == '\n' && j + 1 < len && b[j + 1] == '\n'))
		j++;
	while (j > i && (b[j - 1] == '\n' || b[j - 1] == ' '))
		j--;
	*s = i;
	*e = j;
}

/* ---- the selection ---- */

static void select_show(struct app *a)
{
	app_reveal(a, a->sel_hs);
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
	if (a->sel_lines)
		line_at(a, off, &a->sel_hs, &a->sel_he);
	else
		word_at(b, len, off, &a->sel_hs, &a->sel_he);
}

void app_select_at(struct app *a, size_t off, int lines)
{
	if (a->doc == NULL || a->body == NULL || a->doc->doc->body_len == 0)
		return;
	app_selecting(a, 1);
	a->sel_lines = lines;
	head_set(a, off);
	a->sel_as = a->sel_hs;
	a->sel_ae = a->sel_he;
}

void app_select_begin(struct app *a, int lines)
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
	if (!a->selecting || off == SIZE_MAX)
		return;
	head_set(a, off);
	select_show(a);
}

void app_select_move(struct app *a, enum app_select_move m)
{
	if (!a->selecting)
		return;
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	size_t line = layout_line_of(a->body, a->sel_hs), s, e;
	switch (m) {
	case SELECT_WORD_NEXT:
		if (a->sel_lines) {
			app_select_move(a, SELECT_LINE_DOWN);
			return;
		}
		if (a->sel_he < len) {
			word_at(b, len, a->sel_he, &s, &e);
			if (s >= a->sel_he) {
				a->sel_hs = s;
				a->sel_he = e;
			}
		}
		break;
	case SELECT_WORD_PREV:
		if (a->sel_lines) {
			app_select_move(a, SELECT_LINE_UP);
			return;
		}
		if (a->sel_hs > 0) {
			size_t i = a->sel_hs;
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
				a->sel_hs = s;
				a->sel_he = e > s ? e : s + 1;
			}
		}
		break;
	case SELECT_LINE_DOWN:
	case SELECT_LINE_UP: {
		if ((m == SELECT_LINE_UP && line == 0) ||
		    (m == SELECT_LINE_DOWN && line + 1 >= layout_nlines(a->body)))
			break;
		int col = column_of(a, line, a->sel_hs);
		size_t to = m == SELECT_LINE_DOWN ? line + 1 : line - 1;
		/* Blank lines between paragraphs are passed over. */
		while (layout_line_width(a->body, to) == 0 && to > 0 && to + 1 < layout_nlines(a->body))
			to = m == SELECT_LINE_DOWN ? to + 1 : to - 1;
		head_set(a, offset_at_col(a, to, col));
		break;
	}
	case SELECT_PARA_NEXT:
		para_at(b, len, a->sel_he, &s, &e);
		if (a->sel_he >= e && e < len) {
			size_t ns, ne;
			para_at(b, len, e + 1, &ns, &ne);
			e = ne;
		}
		head_set(a, e > 0 ? e - 1 : 0);
		break;
	case SELECT_PARA_PREV:
		para_at(b, len, a->sel_hs, &s, &e);
		if (a->sel_hs <= s && s > 0) {
			size_t i = s;
			while (i > 0 && (b[i - 1] == '\n' || b[i - 1] == ' '))
				i--;
			para_at(b, len, i ? i - 1 : 0, &s, &e);
		}
		head_set(a, s);
		break;
	}
	select_show(a);
}

void app_select_swap(struct app *a)
{
	if (!a->selecting)
		return;
	size_t s = a->sel_as, e = a->sel_ae;
	a->sel_as = a->sel_hs;
	a->sel_ae = a->sel_he;
	a->sel_hs = s;
	a->sel_he = e;
	select_show(a);
}

void app_select_cancel(struct app *a)
{
	if (!a->selecting)
		return;
	app_selecting(a, 0);
	a->sel_mouse = 0;
	app_message(a, "selection cancelled");
}

int app_select_range(const struct app *a, size_t *s, size_t *e)
{
	if (!a->selecting || a->doc == NULL)
		return -1;
	*s = a->sel_as < a->sel_hs ? a->sel_as : a->sel_hs;
	*e = a->sel_ae > a->sel_he ? a->sel_ae : a->sel_he;
	size_t len = a->doc->doc->body_len;
	if (*e > len)
		*e = len;
	if (*s > *e)
		*s = *e;
	return 0;
}

/* ---- the note editor ---- */

static int refuse_readonly(struct app *a)
{
	if (!a->readonly)
		return 0;
	app_error(a, "read-only library: annotations cannot be saved (open it writable)");
	return 1;
}

static void editor_open(struct app *a, int64_t id, size_t start, size_t end, const char *text, int external)
{
	a->editing = 1;
	mode_push(a, &mode_editor);
	app_ask_set(a, ASK_NONE);
	a->note_id = id;
	a->note_start = start;
	a->note_end = end;
	app_line_set(&a->note, text);
	free(a->note_orig);
	a->note_orig = xstrdup(text);
	a->note_external = external;
	app_message(a, "C-s saves \u00b7 Esc closes \u00b7 C-o: in $VISUAL \u00b7 Enter: a new line");
}

static void editor_close(struct app *a)
{
	a->editing = 0;
	mode_pop(a, &mode_editor);
	app_ask_set(a, ASK_NONE);
	a->note_external = 0;
	a->note_id = 0;
	app_line_set(&a->note, "");
	free(a->note_orig);
	a->note_orig = NULL;
	buf_free(&a->note.text);
}

static void annotate(struct app *a, size_t s, size_t e, int external)
{
	if (refuse_readonly(a))
		return;
	if (s >= e) {
		app_message(a, "nothing to annotate here");
		return;
	}
	app_selecting(a, 0);
	a->sel_mouse = 0;
	editor_open(a, 0, s, e, "", external);
}

void app_select_annotate(struct app *a, int external)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0)
		return;
	annotate(a, s, e, external);
}

void app_select_link(struct app *a)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0 || refuse_readonly(a))
		return;
	char *phrase = xstrndup(a->doc->doc->body + s, e - s);
	app_selecting(a, 0);
	app_link_set(a, 0, s, e, phrase);
	free(phrase);
	app_prompt_begin(a, PROMPT_TARGET);
}

int app_select_reattach(struct app *a)
{
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0 || refuse_readonly(a))
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

void app_annotate_paragraph(struct app *a, int external)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	size_t s, e;
	para_at(a->doc->doc->body, a->doc->doc->body_len, app_cursor(a), &s, &e);
	annotate(a, s, e, external);
}

void app_note_edit(struct app *a, int external)
{
	const struct app_annot *an = app_current_annot(a);
	if (an == NULL) {
		app_message(a, "no annotation here: ) and ( move between them");
		return;
	}
	if (refuse_readonly(a))
		return;
	editor_open(a, an->id, an->start, an->end, an->text, external);
}

int app_note_save(struct app *a)
{
	if (!a->editing)
		return -1;
	char *text = xstrdup(a->note.text.data ? a->note.text.data : "");
	str_trim(text);
	if (*text == '\0') {
		free(text);
		app_ask_set(a, ASK_NONE);
		app_error(a, "an empty note is not saved (Esc closes the editor)");
		return -1;
	}
	char *cause = NULL;
	int64_t id = a->note_id;
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
		anchor_make(d->body, d->body_len, a->note_start, a->note_end, &an);
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
	int was_new = a->note_id == 0;
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
	const char *t = a->note.text.data ? a->note.text.data : "";
	return strcmp(t, a->note_orig ? a->note_orig : "") != 0;
}

void app_note_cancel(struct app *a)
{
	if (!a->editing)
		return;
	if (note_changed(a)) {
		app_ask_set(a, ASK_UNSAVED);
		app_message(a, "this note is not saved \u00b7 s: save it \u00b7 d: discard it \u00b7 Esc: go on writing");
		return;
	}
	editor_close(a);
	app_message(a, "no change");
}

void app_note_answer(struct app *a, int answer)
{
	if (a->ask != ASK_UNSAVED)
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
	a->note_external = 0;
	if (!a->editing)
		return;
	if (text == NULL) {
		app_error(a, "%s (the note is still here: C-s saves it)", error ? error : "the editor failed");
		return;
	}
	app_line_set(&a->note, text);
	/* An editor leaves a newline at the end of the file. */
	while (a->note.text.len && (a->note.text.data[a->note.text.len - 1] == '\n'))
		buf_truncate(&a->note.text, a->note.text.len - 1);
	a->note.cursor = a->note.text.len;
	char *t = xstrdup(a->note.text.data ? a->note.text.data : "");
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
	if (!a->editing || !note_changed(a))
		return 0;
	int is_new = a->note_id == 0;
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
	app_line_insert(&a->note, "\n");
}

void app_note_home(struct app *a)
{
	a->note.cursor = line_start(&a->note, a->note.cursor);
}

void app_note_end(struct app *a)
{
	a->note.cursor = line_end(&a->note, a->note.cursor);
}

void app_note_vertical(struct app *a, int dir)
{
	struct app_line *l = &a->note;
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
	struct app_line *l = &a->note;
	size_t e = line_end(l, l->cursor);
	/* At the end of a line, C-k joins the next one. */
	app_line_cut(l, l->cursor, e == l->cursor && e < l->text.len ? e + 1 : e);
}

void app_note_kill_start(struct app *a)
{
	struct app_line *l = &a->note;
	size_t c = l->cursor;
	app_line_cut(l, line_start(l, c), c);
}

/* ---- changing annotations ---- */

static void deleted_clear(struct app_deleted *d)
{
	free(d->quote);
	free(d->prefix);
	free(d->suffix);
	free(d->text);
	free(d->tags);
	free(d->uuid);
	free(d->created);
	memset(d, 0, sizeof *d);
}

static int keep_deleted(const struct store_annotation *sa, void *arg)
{
	struct app_deleted *d = arg;
	deleted_clear(d);
	*d = (struct app_deleted){ 1,
				   sa->doc_id,
				   sa->start,
				   sa->end,
				   xstrdup(sa->quote ? sa->quote : ""),
				   xstrdup(sa->prefix ? sa->prefix : ""),
				   xstrdup(sa->suffix ? sa->suffix : ""),
				   xstrdup(sa->text ? sa->text : ""),
				   xstrdup(sa->tags ? sa->tags : ""),
				   xstrdup(sa->uuid ? sa->uuid : ""),
				   xstrdup(sa->created ? sa->created : "") };
	return 1;
}

struct find_one {
	int64_t id;
	struct app_deleted *out;
};

static int find_one_cb(const struct store_annotation *sa, void *arg)
{
	struct find_one *f = arg;
	return sa->id == f->id ? keep_deleted(sa, f->out) : 0;
}

/* The annotation D and T act on: the one selected in the annotations
 * view when it has focus, else the one under the cursor. */
static int64_t target_annot(struct app *a, int64_t *doc)
{
	if (a->focus == PANE_LIST && a->listview == LIST_NOTES) {
		if (a->nsel < 0 || (size_t)a->nsel >= a->nnotes)
			return 0;
		*doc = a->notes[a->nsel].doc;
		return a->notes[a->nsel].id;
	}
	const struct app_annot *an = app_current_annot(a);
	if (an == NULL)
		return 0;
	*doc = a->doc->id;
	return an->id;
}

int app_annot_delete(struct app *a)
{
	int64_t doc = 0, id = target_annot(a, &doc);
	if (id == 0) {
		app_message(a, "no annotation here: ) and ( move between them");
		return -1;
	}
	if (refuse_readonly(a))
		return -1;
	struct app_deleted d = { 0 };
	struct find_one f = { id, &d };
	char *cause = NULL;
	if (store_annotations(a->store, doc, NULL, NULL, STORE_BY_DOCUMENT, find_one_cb, &f, &cause) != 0 ||
	    store_annotation_delete(a->store, id, &cause) != 0) {
		deleted_clear(&d);
		app_error_cause(a, cause);
		return -1;
	}
	deleted_clear(&a->deleted);
	a->deleted = d;
	app_annots_load(a);
	if (a->listview == LIST_NOTES)
		app_notes_load(a);
	a->data_version = store_data_version(a->store);
	app_message(a, "annotation deleted (u brings it back)");
	return 0;
}

int app_annot_undo(struct app *a)
{
	struct app_deleted *d = &a->deleted;
	if (!d->valid) {
		app_message(a, "no deleted annotation to bring back");
		return -1;
	}
	if (refuse_readonly(a))
		return -1;
	struct store_annotation sa = { 0 };
	sa.doc_id = d->doc;
	sa.start = d->start;
	sa.end = d->end;
	sa.quote = d->quote;
	sa.prefix = d->prefix;
	sa.suffix = d->suffix;
	sa.text = d->text;
	sa.tags = d->tags;
	sa.uuid = d->uuid;
	sa.created = d->created;
	int64_t id;
	int added;
	char *cause = NULL;
	if (store_annotation_add(a->store, &sa, &id, &added, &cause) != 0) {
		app_error(a, "not restored: %s", cause);
		free(cause);
		return -1;
	}
	/* A document re-imported meanwhile: its notes are placed again. */
	if (a->doc && a->doc->id == d->doc) {
		struct notes_reanchor r;
		notes_reanchor(a->store, d->doc, a->doc->doc->body, a->doc->doc->body_len, &r, &cause);
		free(cause);
		cause = NULL;
	}
	deleted_clear(d);
	app_annots_load(a);
	for (size_t i = 0; i < a->nannots; i++)
		if (a->annots[i].id == id) {
			a->annot = i;
			app_reveal(a, a->annots[i].start);
		}
	if (a->listview == LIST_NOTES)
		app_notes_load(a);
	a->data_version = store_data_version(a->store);
	app_message(a, "annotation restored");
	return 0;
}

void app_annot_tags_begin(struct app *a)
{
	int64_t doc = 0, id = target_annot(a, &doc);
	if (id == 0) {
		app_message(a, "no annotation here: ) and ( move between them");
		return;
	}
	if (refuse_readonly(a))
		return;
	const char *tags = NULL;
	if (a->focus == PANE_LIST && a->listview == LIST_NOTES)
		tags = a->notes[a->nsel].tags;
	else
		tags = a->annots[a->annot].tags;
	app_prompt_begin(a, PROMPT_TAGS);
	app_line_set(&a->line, tags ? tags : "");
	a->tag_id = id;
	app_message(a, "tags, separated by spaces (empty: none)");
}

/* "#war, Korea  1950" -> "war Korea 1950". */
static char *tags_clean(const char *text)
{
	struct strv v;
	strv_init(&v);
	notes_tags_split(text, &v);
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "");
	for (size_t i = 0; i < v.n; i++)
		buf_printf(&b, "%s%s", i ? " " : "", v.v[i]);
	strv_free(&v);
	return buf_detach(&b);
}

int app_annot_set_tags(struct app *a, const char *text)
{
	int64_t id = a->tag_id;
	a->tag_id = 0;
	if (id == 0 || refuse_readonly(a))
		return -1;
	char *tags = tags_clean(text ? text : ""), *cause = NULL;
	if (store_annotation_update(a->store, id, NULL, tags, &cause) != 0) {
		free(tags);
		app_error(a, "tags not saved: %s", cause);
		free(cause);
		return -1;
	}
	app_annots_load(a);
	if (a->listview == LIST_NOTES)
		app_notes_load(a);
	a->data_version = store_data_version(a->store);
	app_message(a, *tags ? "tagged: %s" : "tags removed%s", tags);
	free(tags);
	return 0;
}

/* ---- the annotations view ---- */

static void note_rows_free(struct app_note_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].quote);
		free(v[i].text);
		free(v[i].tags);
		free(v[i].created);
		free(v[i].doc_title);
		free(v[i].doc_date);
	}
	free(v);
}

struct note_load {
	struct app_note_row *v;
	size_t n, cap;
};

static int note_row_cb(const struct store_annotation *sa, void *arg)
{
	struct note_load *l = arg;
	if (l->n >= NOTES_MAX)
		return 1;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct app_note_row){
		sa->id,
		sa->doc_id,
		sa->start,
		sa->end,
		xstrdup(sa->quote ? sa->quote : ""),
		xstrdup(sa->text ? sa->text : ""),
		xstrdup(sa->tags ? sa->tags : ""),
		xstrdup(sa->created ? sa->created : ""),
		xstrdup(sa->doc_title && *sa->doc_title ? sa->doc_title : "(untitled)"),
		sa->doc_date && *sa->doc_date ? xstrdup(sa->doc_date) : NULL,
		sa->orphaned,
	};
	return 0;
}

/* Splits the view's filter into a tag (tag:NAME or #NAME) and words. */
static void filter_split(const char *f, char **tag, char **words)
{
	struct buf w;
	buf_init(&w);
	buf_adds(&w, "");
	*tag = NULL;
	const char *p = f ? f : "";
	while (*p) {
		p += strspn(p, " ");
		size_t n = strcspn(p, " ");
		if (n == 0)
			break;
		if (*tag == NULL && n > 4 && strncmp(p, "tag:", 4) == 0)
			*tag = xstrndup(p + 4, n - 4);
		else if (*tag == NULL && n > 1 && *p == '#')
			*tag = xstrndup(p + 1, n - 1);
		else {
			if (w.len)
				buf_addc(&w, ' ');
			buf_add(&w, p, n);
		}
		p += n;
	}
	*words = buf_detach(&w);
}

static int notes_query(struct app *a, const char *filter)
{
	char *tag, *words, *cause = NULL;
	filter_split(filter, &tag, &words);
	struct note_load l = { NULL, 0, 0 };
	int rc = store_annotations(a->store, 0, tag, *words ? words : NULL, a->norder ? STORE_BY_DOCUMENT : STORE_NEWEST,
				   note_row_cb, &l, &cause);
	free(tag);
	free(words);
	if (rc != 0) {
		note_rows_free(l.v, l.n);
		app_error_cause(a, cause);
		return -1;
	}
	int64_t keep = a->nsel >= 0 && (size_t)a->nsel < a->nnotes ? a->notes[a->nsel].id : 0;
	note_rows_free(a->notes, a->nnotes);
	a->notes = l.v;
	a->nnotes = l.n;
	a->nsel = 0;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].id == keep)
			a->nsel = (int64_t)i;
	app_view_move(a, 0);
	return 0;
}

int app_notes_load(struct app *a)
{
	return notes_query(a, a->nfilter);
}

void app_notes_toggle(struct app *a)
{
	/* @ closes the view it is in; from elsewhere it comes back to it. */
	if (a->listview == LIST_NOTES && a->focus == PANE_LIST) {
		app_view_close(a);
		return;
	}
	if (app_notes_load(a) != 0 || app_view_show(a, LIST_NOTES) != 0)
		return;
	app_message(a, "%zu annotation%s \u00b7 Enter opens \u00b7 / filters (tag:NAME) \u00b7 s sorts \u00b7 D deletes",
		    a->nnotes, a->nnotes == 1 ? "" : "s");
}

int app_notes_filter(struct app *a, const char *text)
{
	char *old = a->nfilter;
	a->nfilter = text && *text ? xstrdup(text) : NULL;
	if (notes_query(a, a->nfilter) != 0) {
		free(a->nfilter);
		a->nfilter = old;
		return -1;
	}
	free(old);
	return 0;
}

void app_notes_order(struct app *a)
{
	a->norder = !a->norder;
	if (app_notes_load(a) == 0)
		app_message(a, a->norder ? "by the documents' dates" : "newest first");
}

int app_notes_open(struct app *a)
{
	if (a->nsel < 0 || (size_t)a->nsel >= a->nnotes)
		return -1;
	const struct app_note_row *r = &a->notes[a->nsel];
	int64_t id = r->id;
	int orphaned = r->orphaned;
	if (app_jump(a, r->doc, r->start, 0) != 0)
		return -1;
	for (size_t i = 0; i < a->nannots; i++)
		if (a->annots[i].id == id)
			a->annot = i;
	app_focus(a, PANE_READ);
	if (orphaned) {
		a->reattach = id;
		app_message(a, "orphaned: its passage was not found after a change \u00b7 select it (v) and press R");
	}
	else if (a->annot < a->nannots)
		describe_annot(a, &a->annots[a->annot], "");
	return 0;
}

/* ---- marks ---- */

void app_mark_pending(struct app *a, enum app_pending p)
{
	if (p == PENDING_MARK_SET && a->doc == NULL)
		return;
	a->pending = p;
	mode_push(a, &mode_mark);
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
	enum app_pending p = a->pending;
	a->pending = PENDING_NONE;
	mode_pop(a, &mode_mark);
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
		if (refuse_readonly(a))
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

static void mark_rows_free(struct app *a)
{
	for (size_t i = 0; i < a->nmarkv; i++) {
		free(a->markv[i].title);
		free(a->markv[i].date);
	}
	free(a->markv);
	a->markv = NULL;
	a->nmarkv = 0;
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
	mark_rows_free(a);
	a->markv = l.v;
	a->nmarkv = l.n;
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
	if (a->nmarkv)
		app_message(a, "%zu mark%s \u00b7 Enter goes there \u00b7 D removes one", a->nmarkv,
			    a->nmarkv == 1 ? "" : "s");
	else
		app_message(a, "no marks yet (m and a letter sets one where you read)");
}

int app_marks_open(struct app *a)
{
	if (a->msel < 0 || (size_t)a->msel >= a->nmarkv)
		return -1;
	char l[2] = { a->markv[a->msel].letter, '\0' };
	a->pending = PENDING_MARK_GO;
	return app_mark_key(a, l);
}

int app_marks_delete(struct app *a)
{
	if (a->msel < 0 || (size_t)a->msel >= a->nmarkv || refuse_readonly(a))
		return -1;
	char letter = a->markv[a->msel].letter, *cause = NULL;
	if (store_mark_delete(a->store, letter, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	app_marks_load(a);
	app_message(a, "mark %c removed", letter);
	return 0;
}

void app_notes_free(struct app *a)
{
	note_rows_free(a->notes, a->nnotes);
	a->notes = NULL;
	a->nnotes = 0;
	mark_rows_free(a);
	deleted_clear(&a->deleted);
	free(a->nfilter);
	a->nfilter = NULL;
	free(a->note_orig);
	a->note_orig = NULL;
	buf_free(&a->note.text);
}

void app_select_mouse(struct app *a, enum app_mouse what, size_t off)
{
	if (a->doc == NULL || a->body == NULL)
		return;
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	switch (what) {
	case MOUSE_CLICK:
		/* A press only notes where: a drag makes it a selection. */
		if (a->selecting)
			app_select_cancel(a);
		a->sel_mouse = off != SIZE_MAX;
		if (a->sel_mouse) {
			a->sel_lines = 0;
			word_at(b, len, off, &a->sel_as, &a->sel_ae);
		}
		break;
	case MOUSE_DRAG:
		if (!a->sel_mouse || off == SIZE_MAX)
			return;
		if (!a->selecting) {
			size_t s, e;
			word_at(b, len, off, &s, &e);
			if (s == a->sel_as)
				return;
			app_selecting(a, 1);
		}
		app_select_extend(a, off);
		break;
	case MOUSE_RELEASE:
		if (a->sel_mouse && off != SIZE_MAX && !a->selecting) {
			size_t s, e;
			word_at(b, len, off, &s, &e);
			if (s != a->sel_as) {
				app_selecting(a, 1);
				app_select_extend(a, off);
			}
		}
		a->sel_mouse = 0;
		break;
	default:
		break;
	}
}

size_t app_visible_annots(const struct app *a, struct app_note_at *out, size_t max)
{
	if (a->doc == NULL || a->body == NULL)
		return 0;
	size_t top = app_view_top(a), h = app_view_h(a), n = 0;
	for (size_t i = 0; i < a->nannots && n < max; i++) {
		if (a->annots[i].orphaned)
			continue;
		size_t line = a->nhead + layout_line_of(a->body, a->annots[i].start);
		size_t last = a->nhead + layout_line_of(a->body, a->annots[i].end ? a->annots[i].end - 1 : 0);
		/* A passage begun above the screen shows at its top. */
		if (line < top && last >= top)
			line = top;
		if (line >= top && line < top + h)
			out[n++] = (struct app_note_at){ i, (int)(line - top) };
	}
	return n;
}
