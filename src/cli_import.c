/* cli_import.c: dossier import: a line per file (on a terminal, a
 * progress line and only the files that need attention), then a summary. */
#include "cli_priv.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/import.h"

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
		cli_put_safe(f, r->path);
		if (r->status == IMPORT_FAILED) {
			fputs(": ", f);
			cli_put_safe(f, r->message);
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
	cli_put_safe(stderr, path);
	fputs(": ", stderr);
	cli_put_safe(stderr, message);
	fputc('\n', stderr);
}

/* On a terminal, the step across the library that is running, in place
 * of the progress line (a log gets the summary only). */
static void on_phase(const char *what, void *arg)
{
	struct progress *p = arg;
	if (!p->tty)
		return;
	progress_clear(p);
	fprintf(stderr, "%zu/%zu files; %s ...", p->done, p->files, what);
	fflush(stderr);
	p->drawn = 1;
}

int cmd_import(const struct cli_ctx *ctx, struct cli_args *a)
{
	struct store *s = cli_open_store(ctx, 0);
	if (s == NULL)
		return 1;
	if (store_readonly(s)) {
		fprintf(stderr, "dossier: %s: the library is read-only; importing needs write access\n", ctx->db_path);
		store_free(s);
		return 1;
	}
	struct progress p = { .tty = isatty(STDERR_FILENO) };
	struct import_sink sink = { on_start, on_file, on_warn, &p, on_phase };
	struct import_totals t;
	int rc = import_paths(s, a->pos, (size_t)a->npos, &sink, &t);
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
	return rc;
}
