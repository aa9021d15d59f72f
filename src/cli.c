/* cli.c: the command table, and the one parser every command's options go
 * through (getopt_long, built from the table), with --help from the same
 * entry. The commands themselves are in cli_import.c, cli_docs.c,
 * cli_cite.c and cli_notes.c; the shell completions in cli_complete.c. */
#include "cli_priv.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/tui.h"

/* Option keys without a short letter. */
enum {
	OPT_JSON = 256,
	OPT_SORT,
	OPT_LIMIT,
	OPT_DOC,
	OPT_QUOTE,
	OPT_TEXT,
	OPT_FORMAT,
	OPT_TAG,
	OPT_SEARCH,
	OPT_WHY,
	OPT_STYLE,
	OPT_QUERY,
};

static const struct cli_opt opt_json = { "json", OPT_JSON, NULL, NULL, "JSON output" };
static const struct cli_opt opt_sort = { "sort", OPT_SORT, "KEY", "date title import",
					 "the order: date (the default), title or import" };
static const struct cli_opt opt_limit = { "limit", OPT_LIMIT, "N", NULL, "at most N" };
static const struct cli_opt opt_doc = { "doc", OPT_DOC, "ID", NULL, "only the notes of document ID" };
static const struct cli_opt opt_quote = { "quote", OPT_QUOTE, "TEXT", NULL, "the passage, as the document has it" };
static const struct cli_opt opt_text = { "text", OPT_TEXT, "NOTE", NULL, "the note" };
static const struct cli_opt opt_tag = { "tag", OPT_TAG, "TAG", NULL, "a tag (add: again for more; list: only those)" };
static const struct cli_opt opt_search = { "search", OPT_SEARCH, "WORDS", NULL, "only notes with these words" };
static const struct cli_opt opt_format = { "format", OPT_FORMAT, "FORMAT", "md json csv",
					   "export as md (the default), json (W3C Web Annotation) or csv" };
static const struct cli_opt opt_output = { "output", 'o', "FILE", NULL, "export to FILE, not standard output" };
static const struct cli_opt opt_style = { "style", OPT_STYLE, "STYLE", "chicago-note chicago-bib frus",
					  "chicago-note (the default), chicago-bib, or frus (as history.state.gov asks)" };
static const struct cli_opt opt_export_format = { "format", OPT_FORMAT, "FORMAT", "csl-json ris bibtex cmif",
						  "csl-json, ris or bibtex (Zotero and the like), or cmif (letters)" };
static const struct cli_opt opt_query = { "query", OPT_QUERY, "QUERY", NULL,
					  "the documents a search finds (words and filters, as dossier search)" };
static const struct cli_opt opt_help = { "help", 'h', NULL, NULL, "this text" };
static const struct cli_opt opt_why = { "why", OPT_WHY, NULL, NULL,
					"where each field came from: its source and the line it was read from" };

static const struct cli_opt opt_db = { "db", CLI_OPT_DB, "PATH", NULL,
				       "the library file (default $DOSSIER_DB, else "
				       "$XDG_DATA_HOME/dossier/library.db)" };
static const struct cli_opt opt_version = { "version", CLI_OPT_VERSION, NULL, NULL, "the version" };
static const struct cli_opt opt_completion = { "completion", CLI_OPT_COMPLETION, "SHELL", "bash zsh",
					       "the completion script for bash or zsh" };

const struct cli_opt *const cli_global_opts[] = { &opt_db, &opt_help, &opt_version, &opt_completion, NULL };

static const struct cli_opt *const opts_none[] = { NULL };
static const struct cli_opt *const opts_json[] = { &opt_json, NULL };
static const struct cli_opt *const opts_list[] = { &opt_json, &opt_sort, &opt_limit, NULL };
static const struct cli_opt *const opts_show[] = { &opt_json, &opt_why, NULL };
static const struct cli_opt *const opts_search[] = { &opt_json, &opt_limit, NULL };
static const struct cli_opt *const opts_cite[] = { &opt_style, &opt_json, NULL };
static const struct cli_opt *const opts_export[] = { &opt_export_format, &opt_query, &opt_output, NULL };
static const struct cli_opt *const opts_notes[] = { &opt_json,  &opt_doc,    &opt_tag,    &opt_search,
						    &opt_quote, &opt_text,   &opt_format, &opt_output, NULL };

static int cmd_read(const struct cli_ctx *ctx, struct cli_args *a)
{
	int64_t id = 0;
	if (a->npos == 1 && cli_parse_id(a->pos[0], &id) != 0)
		return CLI_USAGE;
	return tui_run(ctx->db_path, id);
}

const struct cli_command cli_commands[] = {
	{ "import", "PATH...", "import files and folders (text, Markdown, TEI XML, CMIF)", opts_none, 1, -1, "@files", 0,
	  cmd_import },
	{ "list", "[--json] [--sort date|title|import] [--limit N]", "list documents, by date", opts_list, 0, 0, NULL, 0,
	  cmd_list },
	{ "show", "ID [--json] [--why]", "a document's metadata, text and notes", opts_show, 1, 1, NULL, 0, cmd_show },
	{ "search", "QUERY... [--json] [--limit N]", "full-text search, ranked, with snippets", opts_search, 1, -1,
	  NULL, 1, cmd_search },
	{ "people", "[--json]", "persons with their aliases and counts", opts_json, 0, 0, NULL, 0, cmd_people },
	{ "refs", "[ID] [--json]", "references out of and into a document (all without ID)", opts_json, 0, 1, NULL, 0,
	  cmd_refs },
	{ "cite", "ID... [--style chicago-note|chicago-bib|frus] [--json]",
	  "each document's citation (Chicago note or bibliography, or FRUS)", opts_cite, 1, -1, NULL, 0, cmd_cite },
	{ "export", "--format csl-json|ris|bibtex|cmif [--query QUERY] [-o FILE] [ID...]",
	  "documents for Zotero (CSL-JSON, RIS, BibLaTeX) or as CMIF (all without ID or query)", opts_export, 0, -1,
	  NULL, 0, cmd_export },
	{ "notes",
	  "[--json] [--doc ID] [--tag TAG] [--search WORDS]\n"
	  "add ID --quote TEXT --text NOTE [--tag TAG]...\n"
	  "attach NOTE --quote TEXT\n"
	  "export --format md|json|csv [-o FILE] [--doc ID]\n"
	  "import FILE",
	  "your annotations: list, add, export, import, re-attach", opts_notes, 0, 2, "list add attach export import", 0,
	  cmd_notes },
	{ "open", "ID", "open the reader on one document", opts_none, 0, 1, NULL, 0, cmd_read },
	{ "read", "", "open the reader (the default)", opts_none, 0, 1, NULL, 0, cmd_read },
	{ NULL, NULL, NULL, NULL, 0, 0, NULL, 0, NULL },
};

const struct cli_command *cli_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

void cli_usage(const struct cli_command *c, FILE *f)
{
	const char *p = c->usage;
	int first = 1;
	do {
		const char *nl = strchr(p, '\n');
		int n = nl ? (int)(nl - p) : (int)strlen(p);
		fprintf(f, "%s dossier %s%s%.*s\n", first ? "usage:" : "      ", c->name, n ? " " : "", n, p);
		first = 0;
		p = nl ? nl + 1 : NULL;
	} while (p);
}

/* "--name ARG" or "-o, --name ARG", as --help lists it. */
static void opt_label(const struct cli_opt *o, char *out, size_t n)
{
	if (o->key < 256)
		snprintf(out, n, "-%c, --%s%s%s", o->key, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
	else
		snprintf(out, n, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
}

static void help(const struct cli_command *c)
{
	cli_usage(c, stdout);
	printf("\n%c%s.\n\noptions:\n", toupper((unsigned char)c->help[0]), c->help + 1);
	char label[64];
	for (const struct cli_opt *const *o = c->opts; *o; o++) {
		opt_label(*o, label, sizeof label);
		printf("  %-20s %s\n", label, (*o)->help);
	}
	opt_label(&opt_help, label, sizeof label);
	printf("  %-20s %s\n", label, opt_help.help);
}

/* The getopt_long tables of a command's options (and --help). */
struct getopt_tables {
	struct option longs[16];
	char shorts[40];
};

static void tables_make(const struct cli_opt *const *opts, struct getopt_tables *t)
{
	size_t n = 0, ns = 0;
	t->shorts[ns++] = ':'; /* a missing value is ':', not '?' */
	for (; *opts && n + 1 < sizeof t->longs / sizeof t->longs[0]; opts++, n++) {
		t->longs[n] = (struct option){ (*opts)->name, (*opts)->arg ? required_argument : no_argument, NULL,
					       (*opts)->key };
		if ((*opts)->key < 256 && ns + 3 < sizeof t->shorts) {
			t->shorts[ns++] = (char)(*opts)->key;
			if ((*opts)->arg)
				t->shorts[ns++] = ':';
		}
	}
	t->longs[n] = (struct option){ NULL, 0, NULL, 0 };
	t->shorts[ns] = '\0';
}

/* The option named by an argv word ("--sort", "--sort=x", "--so", "-o"),
 * as getopt_long would take it (a long name may be shortened while it is
 * unambiguous), or NULL. */
static const struct cli_opt *opt_named(const struct cli_opt *const *opts, const char *word)
{
	if (word[1] != '-') {
		for (const struct cli_opt *const *o = opts; *o; o++)
			if ((*o)->key == (unsigned char)word[1])
				return *o;
		return NULL;
	}
	const char *name = word + 2;
	size_t len = strcspn(name, "=");
	const struct cli_opt *found = NULL;
	for (const struct cli_opt *const *o = opts; *o; o++) {
		if (strncmp((*o)->name, name, len) != 0)
			continue;
		if (strlen((*o)->name) == len)
			return *o;
		if (found)
			return NULL; /* ambiguous */
		found = *o;
	}
	return found;
}

/* Says which word is no option of the command, before getopt_long sees it
 * (which would name only its first letter), or, for a command of words,
 * takes such a word ("-Stalin") for one of them: it is hidden from
 * getopt_long as the same word without its '-' (words_back puts it
 * back). 0, or -1 after saying so. */
static int check_words(const struct cli_command *c, const struct cli_opt *const *opts, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *w = argv[i];
		if (strcmp(w, "--") == 0)
			break;
		if (w[0] != '-' || w[1] == '\0')
			continue;
		const struct cli_opt *o = opt_named(opts, w);
		/* A short option's value may follow in the same word ("-oFILE"). */
		if (o && w[1] != '-' && w[2] != '\0' && o->arg == NULL)
			o = NULL;
		if (o == NULL && c->words && w[1] != '-') {
			argv[i]++;
			continue;
		}
		if (o == NULL) {
			fprintf(stderr, "dossier %s: unknown option '%s' (see dossier %s --help", c->name, w, c->name);
			if (c->max_args != 0)
				fprintf(stderr, "; an argument that starts with '-' goes after '--': dossier %s -- %s", c->name,
					w);
			fputs(")\n", stderr);
			return -1;
		}
		if (o->arg && (w[1] == '-' ? strchr(w, '=') == NULL : w[2] == '\0'))
			i++; /* its value is the next word, whatever it looks like */
	}
	return 0;
}

/* Takes one option's value into a. 0, or -1 after saying why. */
static int take(const struct cli_command *c, int key, const char *v, struct cli_args *a)
{
	char *end;
	switch (key) {
	case OPT_WHY:
		a->why = 1;
		break;
	case OPT_JSON:
		a->json = 1;
		break;
	case OPT_SORT:
		a->sort = v;
		break;
	case OPT_LIMIT:
		errno = 0;
		a->limit = strtol(v, &end, 10);
		if (*v == '\0' || *end || errno || a->limit < 0) {
			fprintf(stderr, "dossier: --limit needs a number, not '%s'\n", v);
			return -1;
		}
		break;
	case OPT_DOC:
		return cli_parse_id(v, &a->doc);
	case OPT_QUOTE:
		a->quote = v;
		break;
	case OPT_TEXT:
		a->text = v;
		break;
	case OPT_TAG:
		buf_printf(&a->tags, "%s%s", a->tags.len ? " " : "", v);
		a->tag = v;
		break;
	case OPT_SEARCH:
		a->words = v;
		break;
	case OPT_FORMAT:
		a->format = v;
		break;
	case OPT_STYLE:
		a->style = v;
		break;
	case OPT_QUERY:
		a->query = v;
		break;
	case 'o':
		a->output = v;
		break;
	default:
		fprintf(stderr, "dossier %s: unknown option (see dossier %s --help)\n", c->name, c->name);
		return -1;
	}
	return 0;
}

/* The word p of argv as the user wrote it: with the '-' that check_words
 * hid from getopt_long. */
static char *words_back(char *p, char *const *hidden, int argc)
{
	for (int i = 1; i < argc; i++)
		if (hidden[i] != NULL && hidden[i] + 1 == p)
			return hidden[i];
	return p;
}

int cli_run(const struct cli_command *c, const struct cli_ctx *ctx, int argc, char **argv)
{
	const struct cli_opt *opts[16];
	size_t n = 0;
	for (const struct cli_opt *const *o = c->opts; *o && n + 2 < sizeof opts / sizeof opts[0]; o++)
		opts[n++] = *o;
	opts[n++] = &opt_help;
	opts[n] = NULL;
	/* getopt_long reorders argv: the words check_words hides are found
	 * by where they point */
	char **hidden = xcalloc((size_t)argc + 1, sizeof *hidden);
	memcpy(hidden, argv, (size_t)argc * sizeof *argv);
	if (check_words(c, opts, argc, argv) != 0) {
		free(hidden);
		return 2;
	}
	for (int i = 0; i < argc; i++)
		if (hidden[i] == argv[i])
			hidden[i] = NULL;
	struct getopt_tables t;
	tables_make(opts, &t);
	struct cli_args a = { 0 };
	buf_init(&a.tags);
	a.pos = xcalloc((size_t)argc + 1, sizeof *a.pos);
	int rc = 0, key;
	opterr = 0;
	optind = 0; /* glibc: start over, as for a new argv */
	while (rc == 0 && (key = getopt_long(argc, argv, t.shorts, t.longs, NULL)) != -1) {
		if (key == 'h') {
			help(c);
			rc = -1;
		} else if (key == ':') {
			const char *w = argv[optind - 1];
			fprintf(stderr, "dossier %s: %s needs a value (see dossier %s --help)\n", c->name, w, c->name);
			rc = 2;
		} else if (key == '?') {
			fprintf(stderr, "dossier %s: unknown option '%s' (see dossier %s --help)\n", c->name,
				argv[optind - 1], c->name);
			rc = 2;
		} else if (take(c, key, optarg, &a) != 0) {
			rc = 2;
		}
	}
	if (rc == 0) {
		/* getopt_long moved the arguments that are not options last. */
		for (int i = optind; i < argc; i++)
			a.pos[a.npos++] = words_back(argv[i], hidden, argc);
		if (a.npos < c->min_args || (c->max_args >= 0 && a.npos > c->max_args))
			rc = CLI_USAGE;
		else
			rc = c->run(ctx, &a);
	} else if (rc < 0) {
		rc = 0; /* --help */
	}
	if (rc == CLI_USAGE) {
		cli_usage(c, stderr);
		rc = 2;
	}
	buf_free(&a.tags);
	free(a.pos);
	free(hidden);
	return rc;
}
