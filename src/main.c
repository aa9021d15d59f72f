/* main.c: global options and dispatch to a command from the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cli.h"
#include "dossier/store.h"
#include "dossier/util.h"

static void usage(FILE *f)
{
	fputs("usage: dossier [--db PATH] [COMMAND [ARGS]]\n"
	      "\n"
	      "A terminal reader for archival correspondence. With no command, opens the reader.\n"
	      "\n"
	      "commands:\n",
	      f);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(f, "  %-8s %-26s %s\n", c->name, c->args, c->help);
	fputs("\n"
	      "options:\n"
	      "  --db PATH     the library file (default $DOSSIER_DB, else\n"
	      "                $XDG_DATA_HOME/dossier/library.db)\n"
	      "  --help        this text\n"
	      "  --version     the version\n"
	      "\n"
	      "See dossier(1) for the reader's keys.\n",
	      f);
}

int main(int argc, char **argv)
{
	struct cli_ctx ctx = { NULL };
	char *db_default = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("dossier %s\n", DOSSIER_VERSION);
			return 0;
		}
		if (strcmp(argv[i], "--db") == 0 || str_has_prefix(argv[i], "--db=")) {
			const char *v = argv[i][4] == '=' ? argv[i] + 5 : (i + 1 < argc ? argv[++i] : NULL);
			if (v == NULL || *v == '\0') {
				fputs("dossier: --db needs a path\n", stderr);
				return 2;
			}
			ctx.db_path = v;
			continue;
		}
		fprintf(stderr, "dossier: unknown option '%s' (see dossier --help)\n", argv[i]);
		return 2;
	}
	if (ctx.db_path == NULL)
		ctx.db_path = db_default = store_default_path();
	const char *name = i < argc ? argv[i] : "read";
	const struct cli_command *c = cli_find(name);
	int rc;
	if (c == NULL) {
		fprintf(stderr, "dossier: unknown command '%s' (see dossier --help)\n", name);
		rc = 2;
	} else {
		rc = c->run(&ctx, i < argc ? argc - i : 0, i < argc ? argv + i : NULL);
	}
	free(db_default);
	return rc;
}
