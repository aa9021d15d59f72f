/* main.c: global options (getopt_long over the table's global options,
 * stopping at the command's name) and dispatch to a command from the
 * table (cli.c). */
#include <getopt.h>
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
		fprintf(f, "  %-8s %s\n", c->name, c->help);
	fputs("\n"
	      "options:\n",
	      f);
	for (const struct cli_opt *const *o = cli_global_opts; *o; o++) {
		char label[32];
		snprintf(label, sizeof label, "--%s%s%s", (*o)->name, (*o)->arg ? " " : "", (*o)->arg ? (*o)->arg : "");
		fprintf(f, "  %-20s %s\n", label, (*o)->help);
	}
	fputs("\n"
	      "dossier COMMAND --help shows a command's arguments and options.\n"
	      "See dossier(1) for the reader's keys.\n",
	      f);
}

int main(int argc, char **argv)
{
	struct option longs[8];
	size_t n = 0;
	for (const struct cli_opt *const *o = cli_global_opts; *o && n + 1 < sizeof longs / sizeof longs[0]; o++)
		longs[n++] = (struct option){ (*o)->name, (*o)->arg ? required_argument : no_argument, NULL, (*o)->key };
	longs[n] = (struct option){ NULL, 0, NULL, 0 };
	struct cli_ctx ctx = { NULL };
	char *db_default = NULL;
	int key;
	opterr = 0;
	/* "+": the options end at the command's name, whose own follow it. */
	while ((key = getopt_long(argc, argv, "+:h", longs, NULL)) != -1) {
		switch (key) {
		case 'h':
			usage(stdout);
			return 0;
		case CLI_OPT_VERSION:
			printf("dossier %s\n", DOSSIER_VERSION);
			return 0;
		case CLI_OPT_COMPLETION:
			if (cli_complete(optarg, stdout) != 0) {
				fprintf(stderr, "dossier: --completion takes bash or zsh, not '%s'\n", optarg);
				return 2;
			}
			return 0;
		case CLI_OPT_DB:
			if (*optarg == '\0') {
				fputs("dossier: --db needs a path\n", stderr);
				return 2;
			}
			ctx.db_path = optarg;
			break;
		case ':':
			fprintf(stderr, "dossier: %s needs a %s\n", argv[optind - 1],
				strncmp(argv[optind - 1], "--db", 4) == 0 ? "path" : "value");
			return 2;
		default:
			fprintf(stderr, "dossier: unknown option '%s' (see dossier --help)\n", argv[optind - 1]);
			return 2;
		}
	}
	int i = optind;
	if (ctx.db_path == NULL)
		ctx.db_path = db_default = store_default_path();
	const char *name = i < argc ? argv[i] : "read";
	const struct cli_command *c = cli_find(name);
	int rc;
	if (c == NULL) {
		fprintf(stderr, "dossier: unknown command '%s' (see dossier --help)\n", name);
		rc = 2;
	} else {
		char *none[] = { (char *)"read", NULL };
		rc = i < argc ? cli_run(c, &ctx, argc - i, argv + i) : cli_run(c, &ctx, 1, none);
	}
	free(db_default);
	return rc;
}
