/* welcome.c: the empty library's screen, which offers the sample. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/import.h"
#include "dossier/util.h"
#include "mode.h"

int app_import_sample(struct app *a)
{
	if (a->readonly) {
		app_error(a, "read-only library: cannot import");
		return -1;
	}
	const char *dir = NULL;
	for (const char *const *d = a->opts.sample_dirs; d && *d; d++) {
		struct stat st;
		if (**d && stat(*d, &st) == 0 && S_ISDIR(st.st_mode)) {
			dir = *d;
			break;
		}
	}
	if (dir == NULL) {
		app_error(a, "no sample found (set DOSSIER_SAMPLE to its folder)");
		return -1;
	}
	char *paths[] = { (char *)dir };
	struct import_totals t;
	int rc = import_paths(a->store, paths, 1, NULL, &t);
	if (app_refresh_counts(a) != 0)
		return -1;
	if (a->doc == NULL)
		app_open(a, 0);
	if (rc != 0)
		app_error(a, "imported %zu documents from %s; %zu files failed", t.docs, dir, t.files[IMPORT_FAILED]);
	else
		app_message(a, "imported %zu documents from %s", t.docs, dir);
	return rc ? -1 : 0;
}

static void do_import_sample(struct app *a, long arg)
{
	(void)arg;
	app_import_sample(a);
}

static const struct key_action act_import_sample = { "import-sample", do_import_sample, 0, "import the bundled sample documents" };

static const struct key_action *const welcome_actions[] = {
	&act_help,
	&act_quit,
	&act_redraw,
	&act_import_sample,
	NULL,
};

static const struct mode_key welcome_keys[] = {
	{ "i", "import-sample" },
	{ "q", "quit" },
	{ "? F1", "help" },
	{ NULL, NULL },
};

const struct mode mode_welcome = {
	.name = "welcome",
	.title = "Empty library",
	.parent = "global",
	.actions = welcome_actions,
	.keys = welcome_keys,
	.input = mode_ignore,
};
