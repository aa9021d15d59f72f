/* app.c: the reader's state as a whole: created over a library, freed,
 * refreshed when another dossier wrote, and what a terminal asks of it
 * between frames. No terminal here; the modes (mode.h) do the rest. */
#include "dossier/app.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/keys.h"
#include "dossier/util.h"
#include "mode.h"

/* The kinds of prompt by their number, for app_prompt_begin. */
static const struct prompt_kind *const prompt_kinds[] = {
	[PROMPT_SEARCH] = &prompt_search, [PROMPT_FILTER] = &prompt_filter, [PROMPT_DATE] = &prompt_date,
	[PROMPT_LIBRARY] = &prompt_library, [PROMPT_QUOTE] = &prompt_quote, [PROMPT_TARGET] = &prompt_target,
	[PROMPT_MERGE] = &prompt_merge, [PROMPT_SPLIT] = &prompt_split, [PROMPT_PEOPLE] = &prompt_people,
	[PROMPT_TAGS] = &prompt_tags, [PROMPT_NOTES] = &prompt_notes,
};

void app_prompt_begin(struct app *a, enum app_prompt kind)
{
	if (kind > PROMPT_NONE && kind <= PROMPT_NOTES)
		prompt_open(a, prompt_kinds[kind]);
}

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
	return a->editor.open;
}

const char *app_note_text(const struct app *a)
{
	return a->editor.line.text.data ? a->editor.line.text.data : "";
}

int app_wants_external(const struct app *a)
{
	return a->editor.external;
}



struct app *app_create(struct store *s, const struct app_opts *opts, char **cause)
{
	struct app *a = xcalloc(1, sizeof *a);
	a->store = s;
	a->readonly = store_readonly(s);
	a->opts = *opts;
	a->mode = opts->mode;
	a->order = opts->order;
	a->count_first = APP_FILTER_FIRST;
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
	mode_pane(a, PANE_LIST, "list");
	mode_pane(a, PANE_READ, "reading");
	mode_pane(a, PANE_SIDE, "sidebar");
	buf_init(&a->prompt.line.text);
	buf_init(&a->editor.line.text);
	for (int f = 0; f < FORM_FIELDS; f++)
		buf_init(&a->form.fields[f].text);
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
	/* Each mode frees what it keeps. */
	for (const struct mode *const *m = modes; *m; m++)
		if ((*m)->free)
			(*m)->free(a);
	app_rows_clear(a);
	app_link_reset(a);
	free(a->back);
	free(a->fwd);
	free(a->filter);
	free(a->search);
	free(a->hits);
	free(a->message);
	keys_help_free(a->help.text, a->help.n);
	free(a);
}

static void fit(struct app *a, const char *name)
{
	const struct mode *m = mode_named(name);
	if (m && m->fit)
		m->fit(a);
}

void app_fit(struct app *a, const struct keymap *km)
{
	/* The help is made from the keymap the keys go through. */
	keys_help_free(a->help.text, a->help.n);
	a->help.text = NULL;
	a->help.n = a->help.open ? keys_help(km, &a->help.text) : 0;
	/* The help covers every pane. */
	if (!a->help.open) {
		for (int p = 0; p < PANE_COUNT; p++)
			if (a->shown[p])
				fit(a, a->pane_mode[p]);
	}
	for (size_t i = 0; i < a->noverlay; i++)
		fit(a, a->overlay[i]);
}

