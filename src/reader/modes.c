/* modes.c: the registry of the reader's modes, in the help's order.
 * A new mode is a file of its own and one line here. */
#include <string.h>

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
	NULL,
};

const struct mode *mode_named(const char *name)
{
	for (const struct mode *const *m = modes; *m; m++)
		if (strcmp((*m)->name, name) == 0)
			return *m;
	return NULL;
}
