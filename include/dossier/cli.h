/* cli.h: the scriptable commands, one table entry each (as tmux's
 * cmd_entry): name, the options it takes, usage, one line of help, and
 * the function that runs it. Options are parsed by getopt_long from the
 * same table, so `--`, `--opt=value` and `-o FILE` behave as in any Unix
 * tool; `dossier COMMAND --help` and the shell completions (cli_complete)
 * are generated from it too. A command returns the process's exit
 * status; errors go to stderr as one line each. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "dossier/util.h"

struct cli_ctx {
	const char *db_path;    /* the library file */
};

/* An option a command may take. */
struct cli_opt {
	const char *name;       /* the long name, without "--" */
	int key;                /* its short letter, or a value above 255 */
	const char *arg;        /* the value's name ("N", "FILE"), or NULL for a flag */
	const char *values;     /* the words the value may be, by spaces, or NULL */
	const char *help;       /* one line */
};

/* What the options and arguments said, for any command. */
struct cli_args {
	int json;
	int why;                /* show --why: where each field came from */
	const char *sort;
	long limit;
	int64_t doc;
	const char *quote, *text, *format, *output, *tag, *words;
	const char *style;      /* cite --style */
	const char *query;      /* export --query */
	struct buf tags;        /* every --tag, separated by spaces */
	char **pos;             /* the arguments that are not options */
	int npos;
};

/* A run function returns this for "wrong arguments": the usage is
 * printed and the process exits 2. */
#define CLI_USAGE (-2)

struct cli_command {
	const char *name;
	const char *usage;      /* after the name; forms on lines of their own */
	const char *help;       /* one line */
	const struct cli_opt *const *opts;  /* NULL-ended; --help is implied */
	int min_args, max_args; /* positional arguments (max -1: any number) */
	/* What a positional argument completes to: "@files", or words. */
	const char *complete;
	/* Its positional arguments are words (a query): a word that starts
	 * with '-' and names no option is one of them ("-Stalin"). */
	int words;
	int (*run)(const struct cli_ctx *ctx, struct cli_args *a);
};

/* The command table, ended by an entry with a NULL name. */
extern const struct cli_command cli_commands[];
/* The options before a command (--db...), NULL-ended. */
extern const struct cli_opt *const cli_global_opts[];
/* Keys of the global options that have no short letter. */
enum { CLI_OPT_DB = 300, CLI_OPT_VERSION, CLI_OPT_COMPLETION };

const struct cli_command *cli_find(const char *name);

/* Parses argv (argv[0] the command's name) by the command's table entry
 * and runs it: the exit status (2 for a usage error). */
int cli_run(const struct cli_command *c, const struct cli_ctx *ctx, int argc, char **argv);

/* The command's usage lines ("usage: dossier NAME ..."). */
void cli_usage(const struct cli_command *c, FILE *f);

/* The completion script for shell ("bash" or "zsh") to f; -1 for
 * another shell. Generated from the table (cli_complete.c). */
int cli_complete(const char *shell, FILE *f);

#endif
