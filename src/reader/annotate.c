/* annotate.c: the reader's annotations of the open document: to the
 * next, delete and undo, tags. */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/notes.h"
#include "dossier/util.h"
#include "mode.h"

/* "“the quote”: the note" for the message line, on one line. */
void app_describe_annot(struct app *a, const struct app_annot *an, const char *prefix)
{
	char *q = layout_fit(an->quote, 40), *t = layout_fit(an->text, 200);
	app_message(a, "%s\u201c%s\u201d: %s%s%s%s", prefix, q, t, *an->tags ? " [" : "", an->tags,
		    *an->tags ? "]" : "");
	free(q);
	free(t);
}

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

static void do_annot_next(struct app *a, long arg)
{
	app_annot_next(a, (int)arg);
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

const struct key_action act_next_annotation = { "next-annotation", do_annot_next, 1, "next of your annotations in the document" };

const struct key_action act_previous_annotation = { "previous-annotation", do_annot_next, -1, "previous annotation" };

const struct key_action act_delete_annotation = { "delete-annotation", do_annot_delete, 0, "delete the annotation (u brings it back)" };

const struct key_action act_undo_delete = { "undo-delete", do_annot_undo, 0, "bring back the annotation deleted last" };

const struct key_action act_tag_annotation = { "tag-annotation", do_annot_tags, 0, "set the annotation's tags" };
