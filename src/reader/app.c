/* app.c: the reader's state as a whole: created over a library, freed,
 * refreshed when another dossier wrote, and what a terminal asks of it
 * between frames. No terminal here; the modes (mode.h) do the rest. */
#include "dossier/app.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

int app_quitting(const struct app *a)
{
	return a->quit;
}

int app_take_redraw(struct app *a)
{
	int r = a->redraw;
	a->redraw = 0;
	return r;
}

const char *app_message_text(const struct app *a)
{
	return a->message ? a->message : "";
}

int app_note_open(const struct app *a)
{
	return a->editing;
}

const char *app_note_text(const struct app *a)
{
	return a->note.text.data ? a->note.text.data : "";
}

int app_wants_external(const struct app *a)
{
	return a->note_external;
}

void app_refresh(struct app *a)
{
	a->data_version = store_data_version(a->store);
	app_refresh_counts(a);
	if (a->doc) {
		app_refs_load(a, a->ref < a->nrefs ? a->refs[a->ref].id : 0);
		app_annots_load(a);
	}
	if (a->listview == LIST_NOTES)
		app_notes_load(a);
	else if (a->listview == LIST_MARKS)
		app_marks_load(a);
	else if (a->listview == LIST_PEOPLE)
		app_people_load(a);
}

int app_poll(struct app *a)
{
	int64_t v = store_data_version(a->store);
	if (v == a->data_version)
		return 0;
	app_refresh(a);
	return 1;
}

struct app *app_create(struct store *s, const struct app_opts *opts, char **cause)
{
	struct app *a = xcalloc(1, sizeof *a);
	a->store = s;
	a->readonly = store_readonly(s);
	a->opts = *opts;
	a->mode = opts->mode;
	a->order = opts->order;
	a->want[PANE_LIST] = opts->show_list;
	a->want[PANE_READ] = 1;
	a->want[PANE_SIDE] = opts->show_side;
	a->prefer = PANE_LIST;
	a->focus = PANE_READ;
	a->hit = SIZE_MAX;
	a->ref = SIZE_MAX;
	a->side_sel = SIZE_MAX;
	a->doc_index = -1;
	a->annot = SIZE_MAX;
	a->data_version = store_data_version(s);
	mode_pane(a, PANE_LIST, &mode_list);
	mode_pane(a, PANE_READ, &mode_read);
	mode_pane(a, PANE_SIDE, &mode_side);
	buf_init(&a->line.text);
	buf_init(&a->note.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_init(&a->fields[f].text);
	app_resize(a, 80, 24);
	if (app_refresh_counts(a) != 0) {
		*cause = xstrdup(a->message ? a->message : "cannot read the library");
		app_free(a);
		return NULL;
	}
	return a;
}

void app_free(struct app *a)
{
	if (a == NULL)
		return;
	app_close_doc(a);
	app_notes_free(a);
	app_rows_clear(a);
	app_choices_clear(a);
	app_link_reset(a);
	app_people_clear(a);
	app_results_clear(a);
	free(a->marks);
	free(a->back);
	free(a->fwd);
	free(a->pfind);
	free(a->rquery);
	free(a->filter);
	free(a->search);
	free(a->hits);
	free(a->prompt_saved);
	free(a->message);
	buf_free(&a->line.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_free(&a->fields[f].text);
	free(a);
}

void app_notes_free(struct app *a)
{
	app_note_rows_free(a->notes, a->nnotes);
	a->notes = NULL;
	a->nnotes = 0;
	app_mark_rows_free(a);
	app_deleted_clear(&a->deleted);
	free(a->nfilter);
	a->nfilter = NULL;
	free(a->note_orig);
	a->note_orig = NULL;
	buf_free(&a->note.text);
}
