/* annotations.c: the reader's annotations: those of the open document
 * (to the next, delete and undo, tags) and every annotation of the
 * library in the list pane (@). */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

#define NOTES_MAX 5000          /* rows of the annotations view */

/* ---- the annotations of the open document ---- */

/* "“the quote”: the note" for the message line, on one line. */
void app_describe_annot(struct app *a, const struct app_annot *an, const char *prefix)
{
	char *q = layout_fit(an->quote, 40), *t = layout_fit(an->text, 200);
	app_message(a, "%s\u201c%s\u201d: %s%s%s%s", prefix, q, t, *an->tags ? " [" : "", an->tags,
		    *an->tags ? "]" : "");
	free(q);
	free(t);
}

void app_annot_next(struct app *a, long dir)
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
	size_t from = app_current_annot(a) ? a->annots[a->annot].start : app_first_visible(a);
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
	app_describe_annot(a, &a->annots[pick], wrapped ? "(wrapped) " : "");
}

void app_deleted_clear(struct app_deleted *d)
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
	app_deleted_clear(d);
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
		if (a->notes.sel < 0 || (size_t)a->notes.sel >= a->notes.n)
			return 0;
		*doc = a->notes.v[a->notes.sel].doc;
		return a->notes.v[a->notes.sel].id;
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
	if (app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return -1;
	struct app_deleted d = { 0 };
	struct find_one f = { id, &d };
	char *cause = NULL;
	if (store_annotations(a->store, doc, NULL, NULL, STORE_BY_DOCUMENT, find_one_cb, &f, &cause) != 0 ||
	    store_annotation_delete(a->store, id, &cause) != 0) {
		app_deleted_clear(&d);
		app_error_cause(a, cause);
		return -1;
	}
	app_deleted_clear(&a->deleted);
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
	if (app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
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
	app_deleted_clear(d);
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
	if (app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
		return;
	const char *tags = NULL;
	if (a->focus == PANE_LIST && a->listview == LIST_NOTES)
		tags = a->notes.v[a->notes.sel].tags;
	else
		tags = a->annots[a->annot].tags;
	prompt_open(a, &prompt_tags);
	app_line_set(&a->prompt.line, tags ? tags : "");
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
	if (id == 0 || app_refuse_readonly(a, "annotations cannot be saved (open it writable)"))
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

static void do_annot_delete(struct app *a, long arg)
{
	(void)arg;
	app_annot_delete(a);
}

static void do_annot_undo(struct app *a, long arg)
{
	(void)arg;
	app_annot_undo(a);
}

static void do_annot_tags(struct app *a, long arg)
{
	(void)arg;
	app_annot_tags_begin(a);
}

/* ---- /: the prompt that filters the view ---- */

static void notes_opened(struct app *a)
{
	prompt_edit(a, a->notes.filter);
}

static void notes_changed(struct app *a, const char *t)
{
	char *saved = a->message;
	a->message = NULL;
	if (app_notes_filter(a, t) == 0)
		app_message(a, "%zu annotation%s", a->notes.n, a->notes.n == 1 ? "" : "s");
	else
		app_message(a, " ");
	free(saved);
}

static void notes_accept(struct app *a, const char *t)
{
	if (app_notes_filter(a, t) == 0)
		app_message(a, "%zu annotation%s%s", a->notes.n, a->notes.n == 1 ? "" : "s", a->notes.filter ? " match" : "");
}

static void notes_cancel(struct app *a)
{
	app_notes_filter(a, a->prompt.saved);
	app_message(a, " ");
}

const struct prompt_kind prompt_notes = {
	.id = PROMPT_NOTES,
	.label = "annotations with: ",
	.opened = notes_opened,
	.changed = notes_changed,
	.accept = notes_accept,
	.cancel = notes_cancel,
};

static void notes_ask(struct app *a, long arg)
{
	(void)arg;
	prompt_open(a, &prompt_notes);
}

const struct key_action act_next_annotation = { "next-annotation", app_annot_next, 1, "next of your annotations in the document" };

const struct key_action act_previous_annotation = { "previous-annotation", app_annot_next, -1, "previous annotation" };

const struct key_action act_delete_annotation = { "delete-annotation", do_annot_delete, 0, "delete the annotation (u brings it back)" };

const struct key_action act_undo_delete = { "undo-delete", do_annot_undo, 0, "bring back the annotation deleted last" };

const struct key_action act_tag_annotation = { "tag-annotation", do_annot_tags, 0, "set the annotation's tags" };

/* ---- T: the prompt for tags ---- */

static void tags_accept(struct app *a, const char *t)
{
	app_annot_set_tags(a, t);
}

static void tags_cancel(struct app *a)
{
	a->tag_id = 0;
	app_message(a, " ");
}

const struct prompt_kind prompt_tags = {
	.id = PROMPT_TAGS,
	.label = "tags: ",
	.accept = tags_accept,
	.cancel = tags_cancel,
};

/* ---- the annotations view ---- */

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
		/* NULL: read when the row is on screen (notes_fit) */
		sa->doc_title ? xstrdup(*sa->doc_title ? sa->doc_title : "(untitled)") : NULL,
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
	/* Newest first, the documents' titles are read for the rows shown:
	 * a thousand notes are not a thousand documents read. By date, the
	 * documents' dates give the order. */
	int rc = store_annotations(a->store, 0, tag, *words ? words : NULL,
				   a->notes.order ? STORE_BY_DOCUMENT : STORE_NEWEST_BARE, note_row_cb, &l, &cause);
	free(tag);
	free(words);
	if (rc != 0) {
		app_note_rows_free(l.v, l.n);
		app_error_cause(a, cause);
		return -1;
	}
	int64_t keep = a->notes.sel >= 0 && (size_t)a->notes.sel < a->notes.n ? a->notes.v[a->notes.sel].id : 0;
	app_note_rows_free(a->notes.v, a->notes.n);
	a->notes.v = l.v;
	a->notes.n = l.n;
	a->notes.sel = 0;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].id == keep)
			a->notes.sel = (int64_t)i;
	app_view_move(a, 0);
	return 0;
}

int app_notes_load(struct app *a)
{
	return notes_query(a, a->notes.filter);
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
		    a->notes.n, a->notes.n == 1 ? "" : "s");
}

int app_notes_filter(struct app *a, const char *text)
{
	char *old = a->notes.filter;
	a->notes.filter = text && *text ? xstrdup(text) : NULL;
	if (notes_query(a, a->notes.filter) != 0) {
		free(a->notes.filter);
		a->notes.filter = old;
		return -1;
	}
	free(old);
	return 0;
}

void app_notes_order(struct app *a)
{
	a->notes.order = !a->notes.order;
	if (app_notes_load(a) == 0)
		app_message(a, a->notes.order ? "by the documents' dates" : "newest first");
}

int app_notes_open(struct app *a)
{
	if (a->notes.sel < 0 || (size_t)a->notes.sel >= a->notes.n)
		return -1;
	const struct app_note_row *r = &a->notes.v[a->notes.sel];
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

static const struct key_action act_annotations_filter = { "annotations-filter", notes_ask, 0, "filter by words and tag:NAME as you type" };

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

static void notes_refresh(struct app *a)
{
	app_notes_load(a);
}

static void notes_free(struct app *a)
{
	app_note_rows_free(a->notes.v, a->notes.n);
	a->notes.v = NULL;
	a->notes.n = 0;
	app_deleted_clear(&a->deleted);
	free(a->notes.filter);
	a->notes.filter = NULL;
}

/* The titles and dates of the documents of the rows on screen, before a
 * frame (two screen rows a note). */
static void notes_fit(struct app *a)
{
	int64_t last = a->notes.top + a->pane[PANE_LIST].h / 2 + 1;
	for (int64_t i = a->notes.top < 0 ? 0 : a->notes.top; i <= last && (size_t)i < a->notes.n; i++) {
		struct app_note_row *r = &a->notes.v[i];
		if (r->doc_title)
			continue;
		char *title = NULL, *date = NULL, *cause = NULL;
		if (store_doc_heading(a->store, r->doc, &title, &date, &cause) < 0) {
			app_error_cause(a, cause);
			title = xstrdup("(unreadable)");
		}
		if (title == NULL || *title == '\0') {
			free(title);
			title = xstrdup("(untitled)");
		}
		if (date && *date == '\0') {
			free(date);
			date = NULL;
		}
		r->doc_title = title;
		free(r->doc_date);
		r->doc_date = date;
	}
}

const struct mode mode_annotations = {
	.name = "annotations",
	.title = "Annotations (@, in the list pane)",
	.parent = "global",
	.actions = annotations_actions,
	.keys = annotations_keys,
	.refresh = notes_refresh,
	.fit = notes_fit,
	.free = notes_free,
};
