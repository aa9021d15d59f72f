/* annotations.c: every annotation of the library in the list pane (@). */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

#define NOTES_MAX 5000          /* rows of the annotations view */

void app_note_rows_free(struct app_note_row *v, size_t n)
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
		app_note_rows_free(l.v, l.n);
		app_error_cause(a, cause);
		return -1;
	}
	int64_t keep = a->nsel >= 0 && (size_t)a->nsel < a->nnotes ? a->notes[a->nsel].id : 0;
	app_note_rows_free(a->notes, a->nnotes);
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
		app_describe_annot(a, &a->annots[a->annot], "");
	return 0;
}

static void do_notes(struct app *a, long arg)
{
	(void)arg;
	app_notes_toggle(a);
}

static void do_notes_open(struct app *a, long arg)
{
	(void)arg;
	app_notes_open(a);
}

static void do_notes_order(struct app *a, long arg)
{
	(void)arg;
	app_notes_order(a);
}

const struct key_action act_annotations = { "annotations", do_notes, 0, "every annotation in the library (@ again: back)" };

static const struct key_action act_annotation_open = { "annotation-open", do_notes_open, 0, "open the document at the annotated passage" };

static const struct key_action act_annotations_filter = { "annotations-filter", app_prompt_for, PROMPT_NOTES, "filter by words and tag:NAME as you type" };

static const struct key_action act_annotations_order = { "annotations-order", do_notes_order, 0, "newest first, or by the documents' dates" };

static const struct key_action *const annotations_actions[] = {
	&act_annotations,
	&act_delete_annotation,
	&act_undo_delete,
	&act_tag_annotation,
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_annotation_open,
	&act_annotations_filter,
	&act_annotations_order,
	&act_close_view,
	NULL,
};

static const struct mode_key annotations_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "PageDown C-f C-d Space", "row-page-down" },
	{ "PageUp C-b C-u b", "row-page-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "annotation-open" },
	{ "/", "annotations-filter" },
	{ "s", "annotations-order" },
	{ "D", "delete-annotation" },
	{ "u", "undo-delete" },
	{ "T", "tag-annotation" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

const struct mode mode_annotations = {
	.name = "annotations",
	.title = "Annotations (@, in the list pane)",
	.parent = "global",
	.actions = annotations_actions,
	.keys = annotations_keys,
};
