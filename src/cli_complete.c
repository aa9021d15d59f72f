/* cli_complete.c: shell completions for bash and zsh, written from the
 * command table (cli.c), so a new command or option completes without
 * anyone editing a script. `make install` installs both. */
#include <stdio.h>
#include <string.h>

#include "dossier/cli.h"

/* A value that names a file ("PATH", "FILE") completes to files. */
static int is_file_arg(const char *arg)
{
	return arg && (strcmp(arg, "PATH") == 0 || strcmp(arg, "FILE") == 0);
}

static void bash_words(FILE *f, const struct cli_opt *const *opts)
{
	for (const struct cli_opt *const *o = opts; *o; o++)
		fprintf(f, " --%s", (*o)->name);
}

/* The case arms for an option's value: its words, files, or nothing. */
static void bash_values(FILE *f, const struct cli_opt *const *opts, const char *indent)
{
	for (const struct cli_opt *const *o = opts; *o; o++) {
		if ((*o)->arg == NULL)
			continue;
		if ((*o)->key < 256)
			fprintf(f, "%s-%c|--%s)", indent, (*o)->key, (*o)->name);
		else
			fprintf(f, "%s--%s)", indent, (*o)->name);
		if ((*o)->values)
			fprintf(f, " COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")) ;;\n", (*o)->values);
		else if (is_file_arg((*o)->arg))
			fputs(" COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n", f);
		else
			fputs(" ;;\n", f);
	}
}

/* The options of a command that take a value, as a case pattern. */
static void bash_takes_value(FILE *f, const struct cli_opt *const *opts)
{
	int any = 0;
	for (const struct cli_opt *const *o = opts; *o; o++) {
		if ((*o)->arg == NULL)
			continue;
		if ((*o)->key < 256)
			fprintf(f, "%s-%c", any++ ? "|" : "", (*o)->key);
		fprintf(f, "%s--%s", any++ ? "|" : "", (*o)->name);
	}
	if (!any)
		fputs("--", f); /* a pattern that never matches an option with a value */
}

static void bash(FILE *f)
{
	fputs("# bash completion for dossier, written from its command table by\n"
	      "# `dossier --completion bash` (make install puts it where bash finds it).\n"
	      "_dossier()\n{\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "\tlocal i=1 cmd=\n"
	      "\tCOMPREPLY=()\n"
	      "\twhile [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n"
	      "\t\tcase ${COMP_WORDS[i]} in\n\t\t",
	      f);
	bash_takes_value(f, cli_global_opts);
	fputs(") i=$((i + 1)) ;;\n"
	      "\t\t-*) ;;\n"
	      "\t\t*) cmd=${COMP_WORDS[i]}; break ;;\n"
	      "\t\tesac\n"
	      "\t\ti=$((i + 1))\n"
	      "\tdone\n"
	      "\tif [ -z \"$cmd\" ]; then\n"
	      "\t\tcase $prev in\n",
	      f);
	bash_values(f, cli_global_opts, "\t\t");
	fputs("\t\t*)\n\t\t\tcase $cur in\n\t\t\t-*) COMPREPLY=($(compgen -W \"", f);
	bash_words(f, cli_global_opts);
	fputs("\" -- \"$cur\")) ;;\n\t\t\t*) COMPREPLY=($(compgen -W \"", f);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(f, " %s", c->name);
	fputs("\" -- \"$cur\")) ;;\n\t\t\tesac ;;\n\t\tesac\n\t\treturn\n\tfi\n"
	      "\t# The arguments before the cursor that are not options or their values.\n"
	      "\tlocal npos=0 j=$((i + 1))\n"
	      "\twhile [ \"$j\" -lt \"$COMP_CWORD\" ]; do\n"
	      "\t\tcase $cmd:${COMP_WORDS[j]} in\n",
	      f);
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		int any = 0;
		for (const struct cli_opt *const *o = c->opts; *o; o++)
			if ((*o)->arg) {
				if ((*o)->key < 256)
					fprintf(f, "%s%s:-%c", any++ ? "|" : "\t\t", c->name, (*o)->key);
				fprintf(f, "%s%s:--%s", any++ ? "|" : "\t\t", c->name, (*o)->name);
			}
		if (any)
			fputs(") j=$((j + 1)) ;;\n", f);
	}
	fputs("\t\t*:-*) ;;\n"
	      "\t\t*) npos=$((npos + 1)) ;;\n"
	      "\t\tesac\n"
	      "\t\tj=$((j + 1))\n"
	      "\tdone\n"
	      "\tcase $cmd in\n",
	      f);
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		fprintf(f, "\t%s)\n\t\tcase $prev in\n", c->name);
		bash_values(f, c->opts, "\t\t");
		fputs("\t\t*)\n\t\t\tcase $cur in\n\t\t\t-*) COMPREPLY=($(compgen -W \"", f);
		bash_words(f, c->opts);
		fputs(" --help\" -- \"$cur\")) ;;\n", f);
		if (c->complete && strcmp(c->complete, "@files") == 0)
			fputs("\t\t\t*) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n", f);
		else if (c->complete)
			fprintf(f, "\t\t\t*) [ \"$npos\" -eq 0 ] && COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")) ;;\n",
				c->complete);
		fputs("\t\t\tesac ;;\n\t\tesac ;;\n", f);
	}
	fputs("\tesac\n}\ncomplete -F _dossier dossier\n", f);
}

/* Text for a zsh spec inside single quotes: ' closes the quote, and
 * [ ] : are the spec's own. */
static void zsh_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else if (*s == '[' || *s == ']' || *s == ':')
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
}

static void zsh_opt(FILE *f, const struct cli_opt *o, const char *indent)
{
	const char *excl = o->key == 'h' || o->key == CLI_OPT_VERSION || o->key == CLI_OPT_COMPLETION ? "(- *)" : "";
	for (int form = o->key < 256 ? 0 : 1; form < 2; form++) {
		fprintf(f, "%s'%s", indent, excl);
		if (form == 0)
			fprintf(f, "-%c%s[", o->key, o->arg ? "+" : "");
		else
			fprintf(f, "--%s%s[", o->name, o->arg ? "=" : "");
		zsh_text(f, o->help);
		fputc(']', f);
		if (o->arg) {
			fprintf(f, ":%s:", o->arg);
			if (o->values)
				fprintf(f, "(%s)", o->values);
			else if (is_file_arg(o->arg))
				fputs("_files", f);
			else
				fputs(" ", f);
		}
		fputs("' \\\n", f);
	}
}

static void zsh(FILE *f)
{
	fputs("#compdef dossier\n"
	      "# zsh completion for dossier, written from its command table by\n"
	      "# `dossier --completion zsh` (make install puts it where zsh finds it).\n"
	      "_dossier() {\n"
	      "\tlocal curcontext=$curcontext state line\n"
	      "\tlocal -a commands\n"
	      "\tcommands=(\n",
	      f);
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		fprintf(f, "\t\t'%s:", c->name);
		zsh_text(f, c->help);
		fputs("'\n", f);
	}
	fputs("\t)\n\t_arguments -C \\\n", f);
	for (const struct cli_opt *const *o = cli_global_opts; *o; o++)
		zsh_opt(f, *o, "\t\t");
	fputs("\t\t'1:command:->command' \\\n"
	      "\t\t'*::argument:->argument'\n"
	      "\tcase $state in\n"
	      "\tcommand) _describe -t commands command commands ;;\n"
	      "\targument)\n"
	      "\t\tcase $words[1] in\n",
	      f);
	static const struct cli_opt help = { "help", 'h', NULL, NULL, "this text" };
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		fprintf(f, "\t\t%s)\n\t\t\t_arguments \\\n", c->name);
		for (const struct cli_opt *const *o = c->opts; *o; o++)
			zsh_opt(f, *o, "\t\t\t\t");
		zsh_opt(f, &help, "\t\t\t\t");
		if (c->complete && strcmp(c->complete, "@files") == 0)
			fputs("\t\t\t\t'*:path:_files'", f);
		else if (c->complete)
			fprintf(f, "\t\t\t\t'1:subcommand:(%s)' \\\n\t\t\t\t'*:argument: '", c->complete);
		else
			fputs("\t\t\t\t'*:argument: '", f);
		fputs(" ;;\n", f);
	}
	fputs("\t\tesac ;;\n\tesac\n}\n_dossier \"$@\"\n", f);
}

int cli_complete(const char *shell, FILE *f)
{
	if (strcmp(shell, "bash") == 0)
		bash(f);
	else if (strcmp(shell, "zsh") == 0)
		zsh(f);
	else
		return -1;
	return 0;
}
