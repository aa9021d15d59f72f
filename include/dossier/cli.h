/* cli.h: the scriptable commands (import, list, show, search, people).
 * Each takes its own arguments after the command name and returns the
 * process exit status; errors go to stderr as one line each. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

struct cli_ctx {
	const char *db_path;    /* the library file */
};

struct cli_command {
	const char *name;
	const char *args;       /* usage after the name */
	const char *help;       /* one line */
	int (*run)(const struct cli_ctx *ctx, int argc, char **argv);
};

/* The command table, ended by an entry with a NULL name. */
extern const struct cli_command cli_commands[];

const struct cli_command *cli_find(const char *name);

#endif
