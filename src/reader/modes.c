/* modes.c: the registry of the reader's modes, in the help's order, and
 * what goes through it. A new mode is a file of its own and one line
 * here. */
#include <string.h>

#include "dossier/app_notes.h"
#include "mode.h"

const struct mode *const modes[] = {
	&mode_global,
	&mode_list,
	&mode_read,
	&mode_select,
	&mode_editor,
	&mode_ask,
	&mode_side,
	&mode_people,
	&mode_results,
	&mode_annotations,
	&mode_marks,
	&mode_chooser,
	&mode_prompt,
	&mode_form,
	&mode_help,
	&mode_welcome,
	&mode_mark,
	&mode_yank,
	NULL,
};

const struct mode *mode_named(const char *name)
{
	for (const struct mode *const *m = modes; *m; m++)
		if (strcmp((*m)->name, name) == 0)
			return *m;
	return NULL;
}

void app_refresh(struct app *a)
{
	a->data_version = store_data_version(a->store);
	app_refresh_counts(a);
	if (a->doc) {
		app_refs_load(a, a->ref < a->nrefs ? a->refs[a->ref].id : 0);
		app_annots_load(a);
	}
	/* The list pane's view reads again what it shows. */
	const struct mode *m = mode_named(a->pane_mode[PANE_LIST]);
	if (m && m->refresh)
		m->refresh(a);
}

/* What an idle moment lays out of a long document (a tenth of a second). */
#define IDLE_LAYOUT_BYTES ((size_t)4 << 20)

int app_poll(struct app *a)
{
	/* A library deleted or replaced under the reader is said at once,
	 * once, not only when a write is refused. */
	if (!a->replaced && store_replaced(a->store)) {
		a->replaced = 1;
		app_error(a, "the library was deleted or replaced since the reader opened it: nothing written now "
			     "would be kept (quit and open it again)");
		return 1;
	}
	/* Idle: the rest of a filter's documents are counted (not while
	 * its words are being typed: a key would wait on it). */
	if (a->count_capped && a->prompt.id == PROMPT_NONE) {
		app_count_settle(a);
		return 1;
	}
	int64_t v = store_data_version(a->store);
	if (v == a->data_version) {
		/* Idle: a long document is laid out ahead, a few MB at a time
		 * (its length in lines, and so G and the percentage, become
		 * exact). */
		return a->body && layout_advance(a->body, IDLE_LAYOUT_BYTES);
	}
	app_refresh(a);
	return 1;
}
