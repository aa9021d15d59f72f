/* cli.c: the scriptable commands. Human output is plain text with any
 * stray control character made visible; --json output is stable. */
#include "dossier/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/import.h"
#include "dossier/jsonout.h"
#include "dossier/notes.h"
#include "dossier/store.h"
#include "dossier/text.h"
#include "dossier/tui.h"
#include "dossier/util.h"

/* Prints text from the library, never a raw control character. */
static void put_safe(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	char *safe = text_terminal_safe(s);
	fputs(safe, f);
	free(safe);
}

static void err(const char *msg)
{
	fputs("dossier: ", stderr);
	put_safe(stderr, msg);
	fputc('\n', stderr);
}

/* Flags shared by the commands: --json and positional arguments. */
struct args {
	int json;
	const char *sort;
	long limit;
	char **pos;
	int npos;
};

/* Parses argv after the command name; unknown flags are an error. */
static int parse_args(int argc, char **argv, struct args *a, const char *allowed)
{
	memset(a, 0, sizeof *a);
	a->pos = xcalloc((size_t)argc + 1, sizeof *a->pos);
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		if (strcmp(o, "--") == 0) {
			while (++i < argc)
				a->pos[a->npos++] = argv[i];
			break;
		}
		if (o[0] != '-' || o[1] == '\0') {
			a->pos[a->npos++] = argv[i];
			continue;
		}
		if (strcmp(o, "--json") == 0 && strchr(allowed, 'j')) {
			a->json = 1;
		} else if (strcmp(o, "--sort") == 0 && strchr(allowed, 's') && i + 1 < argc) {
			a->sort = argv[++i];
		} else if (strcmp(o, "--limit") == 0 && strchr(allowed, 'l') && i + 1 < argc) {
			char *end;
			a->limit = strtol(argv[++i], &end, 10);
			if (*end || a->limit < 0) {
				fprintf(stderr, "dossier: --limit needs a number, not '%s'\n", argv[i]);
				return -1;
			}
		} else {
			fprintf(stderr, "dossier %s: unknown option '%s' (see dossier --help)\n", argv[0], o);
			return -1;
		}
	}
	return 0;
}

static void args_free(struct args *a)
{
	free(a->pos);
}

static struct store *open_store(const struct cli_ctx *ctx, int flags)
{
	char *cause = NULL;
	struct store *s;
	if (!(flags & STORE_READONLY) && store_make_parent(ctx->db_path, &cause) != 0) {
		err(cause);
		free(cause);
		return NULL;
	}
	if (store_open(ctx->db_path, flags, &s, &cause) != 0) {
		err(cause);
		free(cause);
		return NULL;
	}
	return s;
}

/* ---- import ---- */

struct progress {
	int tty;                /* stderr is a terminal: draw a progress line */
	size_t files, done;
	uint64_t bytes, done_bytes;
	struct timespec start, last;
	struct timespec flushed;    /* when stdout was last flushed */
	int drawn;
};

static double since(const struct timespec *a)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - a->tv_sec) + (double)(now.tv_nsec - a->tv_nsec) / 1e9;
}

static void progress_clear(struct progress *p)
{
	if (p->tty && p->drawn) {
		fputs("\r\033[K", stderr);
		p->drawn = 0;
	}
}

static void progress_draw(struct progress *p, int force)
{
	if (!p->tty || (!force && since(&p->last) < 0.1))
		return;
	clock_gettime(CLOCK_MONOTONIC, &p->last);
	double t = since(&p->start);
	double mb = (double)p->done_bytes / 1e6, rate = t > 0 ? mb / t : 0;
	double left = rate > 0 ? ((double)(p->bytes - p->done_bytes) / 1e6) / rate : 0;
	fprintf(stderr, "\r\033[K%zu/%zu files  %.1f/%.1f MB  %.1f MB/s  %d:%02d left", p->done, p->files, mb,
		(double)p->bytes / 1e6, rate, (int)left / 60, (int)left % 60);
	p->drawn = 1;
}

static void on_start(size_t files, uint64_t bytes, void *arg)
{
	struct progress *p = arg;
	p->files = files;
	p->bytes = bytes;
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	p->last = p->start;
	p->flushed = p->start;
}

/* The files' lines reach a pipe or a log a few times a second, not with
 * a write for each of 100,000 files; before anything goes to stderr, so
 * the two streams keep their order. */
static void flush_lines(struct progress *p, int now)
{
	if (!now && since(&p->flushed) < 0.2)
		return;
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &p->flushed);
}

static void on_file(const struct import_result *r, void *arg)
{
	struct progress *p = arg;
	p->done++;
	p->done_bytes += r->bytes;
	/* On a terminal only what needs attention gets a line of its own. */
	if (!p->tty || r->status == IMPORT_FAILED || r->status == IMPORT_UPDATED) {
		progress_clear(p);
		FILE *f = r->status == IMPORT_FAILED ? stderr : stdout;
		if (f == stderr)
			flush_lines(p, 1);
		fprintf(f, "%-9s ", import_status_name(r->status));
		put_safe(f, r->path);
		if (r->status == IMPORT_FAILED) {
			fputs(": ", f);
			put_safe(f, r->message);
		} else {
			fprintf(f, "  (id %lld", (long long)r->first_id);
			if (r->docs > 1)
				fprintf(f, ", %zu documents", r->docs);
			fprintf(f, ", %zu notes)", r->notes);
		}
		fputc('\n', f);
		if (f == stderr)
			fflush(f);
		else
			flush_lines(p, 0);
	}
	progress_draw(p, 0);
}

static void on_warn(const char *path, const char *message, void *arg)
{
	progress_clear(arg);
	flush_lines(arg, 1);
	fputs("warning   ", stderr);
	put_safe(stderr, path);
	fputs(": ", stderr);
	put_safe(stderr, message);
	fputc('\n', stderr);
}

static int cmd_import(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	if (parse_args(argc, argv, &a, "") != 0 || a.npos == 0) {
		if (a.npos == 0)
			fputs("usage: dossier import PATH...   (files or folders)\n", stderr);
		args_free(&a);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		args_free(&a);
		return 1;
	}
	if (store_readonly(s)) {
		fprintf(stderr, "dossier: %s: the library is read-only; importing needs write access\n", ctx->db_path);
		store_free(s);
		args_free(&a);
		return 1;
	}
	struct progress p = { .tty = isatty(STDERR_FILENO) };
	struct import_sink sink = { on_start, on_file, on_warn, &p };
	struct import_totals t;
	int rc = import_paths(s, a.pos, (size_t)a.npos, &sink, &t);
	progress_clear(&p);
	double secs = since(&p.start);
	printf("%zu imported, %zu updated, %zu unchanged, %zu failed; %zu documents, %zu notes, %.1f MB in %.2f s\n",
	       t.files[IMPORT_NEW], t.files[IMPORT_UPDATED], t.files[IMPORT_UNCHANGED], t.files[IMPORT_FAILED], t.docs,
	       t.notes, (double)t.bytes / 1e6, secs);
	if (t.refs.looked)
		printf("references: %zu looked at, %zu resolved in %.2f s\n", t.refs.looked, t.refs.resolved,
		       t.refs.seconds);
	const struct notes_reanchor *na = &t.notes_moved;
	if (na->kept + na->moved + na->fuzzy + na->orphaned)
		printf("annotations of changed documents: %zu kept, %zu moved, %zu re-attached approximately, "
		       "%zu orphaned (kept; see dossier notes)\n",
		       na->kept, na->moved, na->fuzzy, na->orphaned);
	store_free(s);
	args_free(&a);
	return rc;
}

/* ---- list, show, search, people ---- */

static void json_doc_fields(struct jsonout *j, const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	jsonout_key(j, "id");
	jsonout_int(j, sd->id);
	jsonout_key(j, "title");
	jsonout_string(j, d->title);
	jsonout_key(j, "date");
	jsonout_string(j, d->date);
	jsonout_key(j, "date_text");
	jsonout_string(j, d->date_text);
	jsonout_key(j, "kind");
	jsonout_string(j, d->kind);
	jsonout_key(j, "number");
	jsonout_string(j, d->number);
	jsonout_key(j, "from");
	jsonout_strv(j, &d->from);
	jsonout_key(j, "to");
	jsonout_strv(j, &d->to);
	jsonout_key(j, "summary");
	jsonout_string(j, d->summary);
	jsonout_key(j, "source");
	jsonout_string(j, d->source);
	jsonout_key(j, "language");
	jsonout_string(j, d->language);
	jsonout_key(j, "translator");
	jsonout_string(j, d->translator);
	jsonout_key(j, "record_id");
	jsonout_string(j, d->record_id);
	jsonout_key(j, "url");
	jsonout_string(j, d->url);
	jsonout_key(j, "path");
	jsonout_string(j, sd->path);
	if (d->volume_id) {
		jsonout_key(j, "volume");
		jsonout_string(j, d->volume_id);
		jsonout_key(j, "volume_title");
		jsonout_string(j, d->volume_title);
		jsonout_key(j, "doc_n");
		jsonout_string(j, d->doc_n);
	}
}

static void put_names(FILE *f, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			fputs(", ", f);
		put_safe(f, v->v[i]);
	}
}

/* One line: id, date, from -> to, title. */
static void put_doc_line(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	printf("%6lld  %-10s  ", (long long)sd->id, d->date ? d->date : "undated");
	if (d->from.n || d->to.n) {
		put_names(stdout, &d->from);
		if (d->to.n) {
			fputs(" → ", stdout);
			put_names(stdout, &d->to);
		}
		fputs(": ", stdout);
	}
	put_safe(stdout, d->title);
	fputc('\n', stdout);
}

struct list_out {
	struct jsonout j;
	int json;
};

static int list_row(const struct store_doc *sd, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		jsonout_object_begin(&o->j);
		json_doc_fields(&o->j, sd);
		jsonout_object_end(&o->j);
	} else {
		put_doc_line(sd);
	}
	return ferror(stdout) ? 1 : 0; /* a closed pipe stops the listing */
}

static int parse_order(const char *sort, enum store_order *order)
{
	if (sort == NULL || strcmp(sort, "date") == 0)
		*order = STORE_BY_DATE;
	else if (strcmp(sort, "title") == 0)
		*order = STORE_BY_TITLE;
	else if (strcmp(sort, "import") == 0)
		*order = STORE_BY_IMPORT;
	else {
		fprintf(stderr, "dossier list: --sort takes date, title or import, not '%s'\n", sort);
		return -1;
	}
	return 0;
}

static int cmd_list(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	enum store_order order;
	if (parse_args(argc, argv, &a, "jsl") != 0 || parse_order(a.sort, &order) != 0 || a.npos) {
		if (a.npos)
			fputs("usage: dossier list [--json] [--sort date|title|import] [--limit N]\n", stderr);
		args_free(&a);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		args_free(&a);
		return 1;
	}
	struct list_out o = { .json = a.json };
	jsonout_init(&o.j, stdout);
	if (a.json)
		jsonout_array_begin(&o.j);
	char *cause = NULL;
	int rc = store_list(s, order, 0, (size_t)a.limit, list_row, &o, &cause);
	if (a.json)
		jsonout_array_end(&o.j);
	if (rc != 0) {
		err(cause);
		free(cause);
	}
	store_free(s);
	args_free(&a);
	return rc ? 1 : 0;
}

static int parse_id(const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (*s == '\0' || *end || errno || v <= 0) {
		fprintf(stderr, "dossier: '%s' is not a document id (see dossier list)\n", s);
		return -1;
	}
	*id = v;
	return 0;
}

static void show_text(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	struct {
		const char *label, *value;
	} fields[] = {
		{ "Title", d->title }, { "Date", d->date_text ? d->date_text : d->date }, { "Kind", d->kind },
		{ "Number", d->number }, { "Language", d->language }, { "Translator", d->translator },
		{ "Source", d->source }, { "URL", d->url }, { "Record", d->record_id }, { "Summary", d->summary },
		{ "Path", sd->path },
	};
	printf("%-11s %lld\n", "Id", (long long)sd->id);
	char *edition = doc_edition_label(d);
	if (edition) {
		printf("%-11s ", "Edition");
		put_safe(stdout, edition);
		fputc('\n', stdout);
		free(edition);
	}
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (fields[i].value == NULL)
			continue;
		printf("%-11s ", fields[i].label);
		put_safe(stdout, fields[i].value);
		fputc('\n', stdout);
		if (i == 1) {
			if (d->from.n) {
				printf("%-11s ", "From");
				put_names(stdout, &d->from);
				fputc('\n', stdout);
			}
			if (d->to.n) {
				printf("%-11s ", "To");
				put_names(stdout, &d->to);
				fputc('\n', stdout);
			}
		}
	}
	fputs("\n", stdout);
	put_safe(stdout, d->body);
	fputs("\n", stdout);
	if (d->nnotes) {
		printf("\nEditorial notes (%zu)\n", d->nnotes);
		for (size_t i = 0; i < d->nnotes; i++) {
			printf("  %3zu  %-15s ", i + 1, note_kind_name(d->notes[i].kind));
			put_safe(stdout, d->notes[i].text);
			fputc('\n', stdout);
		}
	}
}

static void show_json(const struct store_doc *sd)
{
	struct jsonout j;
	jsonout_init(&j, stdout);
	jsonout_object_begin(&j);
	json_doc_fields(&j, sd);
	jsonout_key(&j, "body");
	jsonout_string(&j, sd->doc->body);
	jsonout_key(&j, "notes");
	jsonout_array_begin(&j);
	for (size_t i = 0; i < sd->doc->nnotes; i++) {
		const struct doc_note *n = &sd->doc->notes[i];
		jsonout_object_begin(&j);
		jsonout_key(&j, "start");
		jsonout_int(&j, (int64_t)n->start);
		jsonout_key(&j, "end");
		jsonout_int(&j, (int64_t)n->end);
		jsonout_key(&j, "kind");
		jsonout_string(&j, note_kind_name(n->kind));
		jsonout_key(&j, "text");
		jsonout_string(&j, n->text);
		jsonout_object_end(&j);
	}
	jsonout_array_end(&j);
	jsonout_object_end(&j);
}

static int cmd_show(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	int64_t id;
	if (parse_args(argc, argv, &a, "j") != 0 || a.npos != 1 || parse_id(a.pos[0], &id) != 0) {
		if (a.npos != 1)
			fputs("usage: dossier show ID [--json]\n", stderr);
		args_free(&a);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		args_free(&a);
		return 1;
	}
	struct store_doc *sd;
	char *cause = NULL;
	int rc = store_doc_get(s, id, &sd, &cause);
	if (rc == 1)
		fprintf(stderr, "dossier: no document %lld in %s (see dossier list)\n", (long long)id, ctx->db_path);
	else if (rc < 0)
		err(cause);
	else if (a.json)
		show_json(sd);
	else
		show_text(sd);
	free(cause);
	store_doc_free(sd);
	store_free(s);
	args_free(&a);
	return rc ? 1 : 0;
}

struct search_out {
	struct jsonout j;
	int json;
	size_t n;
};

static int search_row(const struct store_hit *h, void *arg)
{
	struct search_out *o = arg;
	o->n++;
	if (o->json) {
		jsonout_object_begin(&o->j);
		json_doc_fields(&o->j, h->sd);
		jsonout_key(&o->j, "rank");
		jsonout_double(&o->j, h->rank);
		jsonout_key(&o->j, "snippet");
		jsonout_string(&o->j, h->snippet);
		jsonout_object_end(&o->j);
	} else {
		put_doc_line(h->sd);
		fputs("        ", stdout);
		/* Snippets span lines of the body: keep each hit on one line. */
		char *snip = xstrdup(h->snippet ? h->snippet : "");
		for (char *p = snip; *p; p++)
			if (*p == '\n')
				*p = ' ';
		put_safe(stdout, snip);
		free(snip);
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

static int cmd_search(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	if (parse_args(argc, argv, &a, "jl") != 0 || a.npos == 0) {
		if (a.npos == 0)
			fputs("usage: dossier search QUERY... [--json] [--limit N]\n", stderr);
		args_free(&a);
		return 2;
	}
	struct buf q;
	buf_init(&q);
	for (int i = 0; i < a.npos; i++)
		buf_printf(&q, "%s%s", i ? " " : "", a.pos[i]);
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		buf_free(&q);
		args_free(&a);
		return 1;
	}
	struct search_out o = { .json = a.json };
	jsonout_init(&o.j, stdout);
	if (a.json)
		jsonout_array_begin(&o.j);
	char *cause = NULL;
	int tty = isatty(STDOUT_FILENO);
	int rc = store_search(s, q.data, a.limit ? (size_t)a.limit : 20, a.json ? "[" : tty ? "\033[1m" : "[",
			      a.json ? "]" : tty ? "\033[0m" : "]", search_row, &o, &cause);
	if (a.json)
		jsonout_array_end(&o.j);
	if (rc != 0) {
		err(cause);
		free(cause);
	} else if (!a.json && o.n == 0) {
		fputs("no documents match\n", stderr);
	}
	buf_free(&q);
	store_free(s);
	args_free(&a);
	return rc ? 1 : 0;
}

static int people_row(const struct store_person *p, void *arg)
{
	struct jsonout *j = arg;
	if (j) {
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, p->id);
		jsonout_key(j, "name");
		jsonout_string(j, p->name);
		jsonout_key(j, "aliases");
		jsonout_strv(j, p->aliases);
		jsonout_key(j, "documents");
		jsonout_int(j, p->docs);
		jsonout_object_end(j);
	} else {
		printf("%5lld  ", (long long)p->docs);
		put_safe(stdout, p->name);
		if (p->aliases->n) {
			fputs("  (also ", stdout);
			put_names(stdout, p->aliases);
			fputc(')', stdout);
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

static int cmd_people(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	if (parse_args(argc, argv, &a, "j") != 0 || a.npos) {
		if (a.npos)
			fputs("usage: dossier people [--json]\n", stderr);
		args_free(&a);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		args_free(&a);
		return 1;
	}
	struct jsonout j;
	jsonout_init(&j, stdout);
	if (a.json)
		jsonout_array_begin(&j);
	char *cause = NULL;
	int rc = store_people(s, NULL, 0, people_row, a.json ? &j : NULL, &cause);
	if (a.json)
		jsonout_array_end(&j);
	if (rc != 0) {
		err(cause);
		free(cause);
	}
	store_free(s);
	args_free(&a);
	return rc ? 1 : 0;
}

/* ---- refs ---- */

static void json_ids(struct jsonout *j, const char *ids)
{
	jsonout_array_begin(j);
	for (const char *p = ids; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p)
			break;
		jsonout_int(j, v);
		p = end;
	}
	jsonout_array_end(j);
}

static int ref_row(const struct store_ref *r, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		struct jsonout *j = &o->j;
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, r->id);
		jsonout_key(j, "doc");
		jsonout_int(j, r->doc_id);
		jsonout_key(j, "start");
		jsonout_int(j, (int64_t)r->start);
		jsonout_key(j, "end");
		jsonout_int(j, (int64_t)r->end);
		jsonout_key(j, "phrase");
		jsonout_string(j, r->phrase);
		jsonout_key(j, "kind");
		jsonout_string(j, r->kind);
		jsonout_key(j, "date");
		jsonout_string(j, r->date);
		jsonout_key(j, "number");
		jsonout_string(j, r->number);
		jsonout_key(j, "party");
		jsonout_string(j, r->party);
		jsonout_key(j, "person");
		jsonout_string(j, r->person);
		jsonout_key(j, "to");
		jsonout_string(j, r->to_person);
		jsonout_key(j, "target");
		if (r->target)
			jsonout_int(j, r->target);
		else
			jsonout_string(j, NULL);
		jsonout_key(j, "score");
		jsonout_double(j, r->score);
		jsonout_key(j, "candidates");
		json_ids(j, r->candidates);
		jsonout_key(j, "origin");
		jsonout_string(j, r->origin);
		jsonout_object_end(j);
	} else {
		printf("%6lld  ", (long long)r->doc_id);
		put_safe(stdout, r->phrase);
		if (r->target) {
			printf("  → %lld ", (long long)r->target);
			put_safe(stdout, r->target_title);
			printf(" (%.2f%s)", r->score, strcmp(r->origin, "manual") == 0 ? ", by hand" : "");
		} else if (strcmp(r->origin, "dismissed") == 0) {
			fputs("  (dismissed)", stdout);
		} else {
			fputs("  → unresolved", stdout);
			if (r->candidates && *r->candidates)
				printf(" (candidates %s)", r->candidates);
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

static int cmd_refs(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct args a;
	int64_t id = 0;
	if (parse_args(argc, argv, &a, "j") != 0 || a.npos > 1 || (a.npos == 1 && parse_id(a.pos[0], &id) != 0)) {
		if (a.npos > 1)
			fputs("usage: dossier refs [ID] [--json]\n", stderr);
		args_free(&a);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	if (s == NULL) {
		args_free(&a);
		return 1;
	}
	struct list_out o = { .json = a.json };
	jsonout_init(&o.j, stdout);
	char *cause = NULL;
	int rc;
	if (id == 0) {
		if (a.json)
			jsonout_array_begin(&o.j);
		rc = store_refs(s, 0, 0, ref_row, &o, &cause);
		if (a.json)
			jsonout_array_end(&o.j);
	} else if (a.json) {
		jsonout_object_begin(&o.j);
		jsonout_key(&o.j, "out");
		jsonout_array_begin(&o.j);
		rc = store_refs(s, id, 1, ref_row, &o, &cause);
		jsonout_array_end(&o.j);
		jsonout_key(&o.j, "in");
		jsonout_array_begin(&o.j);
		if (rc == 0)
			rc = store_refs(s, id, -1, ref_row, &o, &cause);
		jsonout_array_end(&o.j);
		jsonout_object_end(&o.j);
	} else {
		puts("References out:");
		rc = store_refs(s, id, 1, ref_row, &o, &cause);
		puts("Cited by:");
		if (rc == 0)
			rc = store_refs(s, id, -1, ref_row, &o, &cause);
	}
	if (rc != 0) {
		err(cause);
		free(cause);
	}
	store_free(s);
	args_free(&a);
	return rc ? 1 : 0;
}

/* ---- notes: the reader's annotations ---- */

static int note_row(const struct store_annotation *a, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		struct jsonout *j = &o->j;
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, a->id);
		jsonout_key(j, "doc");
		jsonout_int(j, a->doc_id);
		jsonout_key(j, "start");
		jsonout_int(j, (int64_t)a->start);
		jsonout_key(j, "end");
		jsonout_int(j, (int64_t)a->end);
		jsonout_key(j, "quote");
		jsonout_string(j, a->quote);
		jsonout_key(j, "text");
		jsonout_string(j, a->text);
		jsonout_key(j, "tags");
		struct strv tags;
		strv_init(&tags);
		notes_tags_split(a->tags, &tags);
		jsonout_strv(j, &tags);
		strv_free(&tags);
		jsonout_key(j, "orphaned");
		jsonout_bool(j, a->orphaned);
		jsonout_key(j, "created");
		jsonout_string(j, a->created);
		jsonout_key(j, "updated");
		jsonout_string(j, a->updated);
		jsonout_object_end(j);
	} else {
		printf("%5lld  doc %lld%s  ", (long long)a->id, (long long)a->doc_id, a->orphaned ? " (orphaned)" : "");
		char *q = xstrdup(a->quote ? a->quote : "");
		for (char *p = q; *p; p++)
			if (*p == '\n')
				*p = ' ';
		fputs("\"", stdout);
		put_safe(stdout, q);
		fputs("\"  ", stdout);
		free(q);
		put_safe(stdout, a->text);
		if (a->tags && *a->tags) {
			fputs("  #", stdout);
			put_safe(stdout, a->tags);
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

/* Options of the notes subcommands, read in any order. */
struct notes_opts {
	int json;
	int64_t doc;
	const char *quote, *text, *format, *out, *tag, *words;
	struct buf tags;
	char **pos;
	int npos;
};

static int notes_opts_parse(int argc, char **argv, struct notes_opts *o)
{
	memset(o, 0, sizeof *o);
	buf_init(&o->tags);
	o->pos = xcalloc((size_t)argc + 1, sizeof *o->pos);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (strcmp(a, "--json") == 0) {
			o->json = 1;
			continue;
		}
		if (a[0] != '-' || a[1] == '\0') {
			o->pos[o->npos++] = argv[i];
			continue;
		}
		if (v == NULL) {
			fprintf(stderr, "dossier notes: %s needs a value\n", a);
			return -1;
		}
		i++;
		if (strcmp(a, "--doc") == 0) {
			if (parse_id(v, &o->doc) != 0)
				return -1;
		} else if (strcmp(a, "--quote") == 0) {
			o->quote = v;
		} else if (strcmp(a, "--text") == 0) {
			o->text = v;
		} else if (strcmp(a, "--tag") == 0) {
			buf_printf(&o->tags, "%s%s", o->tags.len ? " " : "", v);
			o->tag = v;
		} else if (strcmp(a, "--format") == 0) {
			o->format = v;
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			o->out = v;
		} else if (strcmp(a, "--search") == 0) {
			o->words = v;
		} else {
			fprintf(stderr, "dossier notes: unknown option '%s' (see dossier --help)\n", a);
			return -1;
		}
	}
	return 0;
}

static void notes_opts_free(struct notes_opts *o)
{
	buf_free(&o->tags);
	free(o->pos);
}

static const char *const notes_usage =
	"usage: dossier notes [--json] [--doc ID] [--tag TAG] [--search WORDS]\n"
	"       dossier notes add ID --quote TEXT --text NOTE [--tag TAG]...\n"
	"       dossier notes attach NOTE --quote TEXT\n"
	"       dossier notes export --format md|json|csv [-o FILE] [--doc ID]\n"
	"       dossier notes import FILE\n";

static int notes_run(struct store *s, struct notes_opts *o)
{
	char *cause = NULL;
	int rc = 0;
	const char *sub = o->npos ? o->pos[0] : "list";
	if (strcmp(sub, "list") == 0) {
		struct list_out out = { .json = o->json };
		jsonout_init(&out.j, stdout);
		if (o->json)
			jsonout_array_begin(&out.j);
		rc = store_annotations(s, o->doc, o->tag, o->words, STORE_NEWEST, note_row, &out, &cause);
		if (o->json)
			jsonout_array_end(&out.j);
	} else if (strcmp(sub, "add") == 0) {
		int64_t doc, id;
		if (o->npos != 2 || parse_id(o->pos[1], &doc) != 0 || !o->quote || !o->text) {
			fputs(notes_usage, stderr);
			return 2;
		}
		rc = notes_add(s, doc, o->quote, o->text, o->tags.len ? o->tags.data : NULL, &id, &cause);
		if (rc == 0)
			printf("note %lld added to document %lld\n", (long long)id, (long long)doc);
	} else if (strcmp(sub, "attach") == 0) {
		int64_t id;
		if (o->npos != 2 || parse_id(o->pos[1], &id) != 0 || !o->quote) {
			fputs(notes_usage, stderr);
			return 2;
		}
		rc = notes_attach(s, id, o->quote, &cause);
		if (rc == 0)
			printf("note %lld attached to \"%s\"\n", (long long)id, o->quote);
	} else if (strcmp(sub, "export") == 0) {
		int fmt = notes_format_from_name(o->format ? o->format : "md");
		if (fmt < 0) {
			fprintf(stderr, "dossier notes export: --format takes md, json or csv, not '%s'\n", o->format);
			return 2;
		}
		FILE *f = o->out ? fopen(o->out, "w") : stdout;
		if (f == NULL) {
			fprintf(stderr, "dossier: %s: %s\n", o->out, strerror(errno));
			return 1;
		}
		rc = notes_export(s, o->doc, (enum notes_format)fmt, f, &cause);
		if (o->out && fclose(f) != 0 && rc == 0) {
			cause = xasprintf("%s: %s", o->out, strerror(errno));
			rc = -1;
		}
	} else if (strcmp(sub, "import") == 0) {
		if (o->npos != 2) {
			fputs(notes_usage, stderr);
			return 2;
		}
		size_t added, known, failed;
		rc = notes_import(s, o->pos[1], &added, &known, &failed, &cause);
		if (rc == 0) {
			printf("%zu notes added, %zu already here, %zu not imported\n", added, known, failed);
			rc = failed ? 1 : 0;
		}
	} else {
		fputs(notes_usage, stderr);
		return 2;
	}
	if (rc < 0) {
		err(cause);
		free(cause);
		return 1;
	}
	return rc;
}

static int cmd_notes(const struct cli_ctx *ctx, int argc, char **argv)
{
	struct notes_opts o;
	if (notes_opts_parse(argc, argv, &o) != 0) {
		notes_opts_free(&o);
		return 2;
	}
	struct store *s = open_store(ctx, 0);
	int rc = s ? notes_run(s, &o) : 1;
	store_free(s);
	notes_opts_free(&o);
	return rc;
}

/* ---- the reader ---- */

static int cmd_read(const struct cli_ctx *ctx, int argc, char **argv)
{
	int64_t id = 0;
	if (argc > 2 || (argc == 2 && parse_id(argv[1], &id) != 0)) {
		fputs("usage: dossier open ID\n", stderr);
		return 2;
	}
	return tui_run(ctx->db_path, id);
}

const struct cli_command cli_commands[] = {
	{ "import", "PATH...", "import files and folders (text, Markdown)", cmd_import },
	{ "list", "[--json] [--sort KEY]", "list documents, by date", cmd_list },
	{ "show", "ID [--json]", "a document's metadata, text and notes", cmd_show },
	{ "search", "QUERY [--json]", "full-text search, ranked, with snippets", cmd_search },
	{ "people", "[--json]", "persons with their aliases and counts", cmd_people },
	{ "refs", "[ID] [--json]", "references out of and into a document (all without ID)", cmd_refs },
	{ "notes", "[add|export|import|attach]", "your annotations: list, add, export, import, re-attach", cmd_notes },
	{ "open", "ID", "open the reader on one document", cmd_read },
	{ "read", "", "open the reader (the default)", cmd_read },
	{ NULL, NULL, NULL, NULL },
};

const struct cli_command *cli_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}
