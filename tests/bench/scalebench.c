/* scalebench.c: the reader's steps on a large library, without a
 * terminal, as the keys reach it (keys_handle on the default keymap):
 *
 *   scalebench DB [read-mid] [annotate:N] [STEPS...]
 *
 * read-mid and annotate:N prepare the library before the reader opens:
 * the document half-way down the list (by date) becomes the one read
 * last, where the reader opens; N annotations are spread over the
 * library, unless it has that many.
 * prints one line per step: "NAME MS PAGES" (milliseconds, and the
 * library's pages read: SQLite's cache misses on the connection), and for
 * the steps repeated many times (page) the median, p99 and worst. Steps:
 *
 *   open            the way to the first frame: open the library, the
 *                   reader's state, the document read last, a frame drawn
 *   page            PageDown in the list from the top to the bottom, a
 *                   frame drawn after each (BENCH_PAGES caps the steps),
 *                   and between them what the reader does while it waits
 *                   for a key (app_rows_ahead, untimed)
 *   end             G in the list (from the top), drawn
 *   filter:F        / in the list with the filter F, Enter, drawn
 *   people          p: the people view, drawn
 *   notes           @: the annotations view, drawn
 *   search:Q        S with the query Q, Enter, drawn
 *   backlinks       the documents citing 200 documents spread over the
 *                   library (the sidebar's Cited by, read at each open)
 *
 * The terminal's own part (curses, tmux) is not here: the first frame
 * in tmux is measured by run.sh beside less. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/app.h"
#include "dossier/keys.h"
#include "dossier/view.h"
#include "state.h"
#include "dossier/store.h"

#define W 120
#define H 40

/* Time on the CPU, not the clock: the machine is shared, and a step
 * waiting for the processor is not a step that does more. (Reads of
 * the library come from the page cache: they are CPU time too.) */
static double now_ms(void)
{
	struct timespec t;
	clock_gettime(getenv("BENCH_WALL") ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static struct store *s;
static struct app *a;
static struct keymap *km;
static struct grid g;

static void frame(void)
{
	int cx, cy;
	app_fit(a, km);
	view_draw(a, &g, &cx, &cy);
}

static void key(const char *k)
{
	keys_handle(km, a, k);
}

static void type(const char *text)
{
	char k[2] = { 0, 0 };
	for (const char *p = text; *p; p++) {
		if (*p == ' ') {
			key("Space");
			continue;
		}
		k[0] = *p;
		key(k);
	}
}

static int cmp_double(const void *x, const void *y)
{
	double a1 = *(const double *)x, b1 = *(const double *)y;
	return a1 < b1 ? -1 : a1 > b1;
}

/* NAME MS PAGES, the name without spaces (a filter's are '+'). */
static void report(const char *name, double ms, int64_t pages)
{
	for (const char *p = name; *p; p++)
		putchar(*p == ' ' ? '+' : *p);
	printf(" %.3f %lld\n", ms, (long long)pages);
	fflush(stdout);
}

/* The list pane focused, at its top, with no filter or view. */
static void list_home(void)
{
	if (a->listview != LIST_DOCUMENTS)
		key("Escape");
	while (a->focus != PANE_LIST)
		key("h");
	key("g");
	frame();
	/* a person looks at the screen before the next key */
	while (app_rows_ahead(a))
		;
}

static int count_ref(const struct store_ref *r, void *arg)
{
	(void)r;
	(*(size_t *)arg)++;
	return 0;
}

static int first_id(const struct store_doc *sd, void *arg)
{
	*(int64_t *)arg = sd->id;
	return 1;
}

/* The document half-way down the list becomes the one read last. */
static int read_mid(const char *db)
{
	struct store *st;
	char *cause = NULL;
	if (store_open(db, 0, &st, &cause) != 0) {
		fprintf(stderr, "scalebench: %s\n", cause);
		return -1;
	}
	int64_t n = store_count(st, &cause), id = 0;
	int rc = store_list(st, STORE_BY_DATE, (size_t)(n / 2), 1, first_id, &id, &cause);
	if (rc == 0 && id)
		rc = store_set_read_pos(st, id, 0, &cause);
	if (rc != 0)
		fprintf(stderr, "scalebench: %s\n", cause);
	store_free(st);
	free(cause);
	return rc;
}

static int count_note(const struct store_annotation *note, void *arg)
{
	(void)note;
	(*(int64_t *)arg)++;
	return 0;
}

/* n annotations spread over the library (on each document's first
 * words), unless it has that many. */
static int annotate(const char *db, int n)
{
	struct store *st;
	char *cause = NULL;
	if (store_open(db, 0, &st, &cause) != 0) {
		fprintf(stderr, "scalebench: %s\n", cause);
		return -1;
	}
	int64_t have = 0, total = store_count(st, &cause);
	store_annotations(st, 0, NULL, NULL, STORE_NEWEST, count_note, &have, &cause);
	int rc = 0;
	for (int64_t k = have; rc == 0 && k < n && total > 0; k++) {
		int64_t id = 1 + k * total / n;
		struct store_doc *sd;
		if (store_doc_get(st, id, &sd, &cause) != 0)
			continue;
		size_t len = sd->doc->body_len < 40 ? sd->doc->body_len : 40;
		char *quote = xstrndup(sd->doc->body, len);
		char *text = xasprintf("note %lld on this passage", (long long)k);
		struct store_annotation an = { 0 };
		an.doc_id = id;
		an.end = len;
		an.quote = quote;
		an.prefix = an.suffix = "";
		an.text = text;
		an.tags = "bench";
		int64_t note;
		int added;
		rc = len ? store_annotation_add(st, &an, &note, &added, &cause) : 0;
		free(quote);
		free(text);
		store_doc_free(sd);
	}
	if (rc != 0)
		fprintf(stderr, "scalebench: %s\n", cause);
	store_free(st);
	free(cause);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: scalebench DB [open|page|end|filter:F|people|notes|search:Q|backlinks]...\n", stderr);
		return 2;
	}
	layout_keep_memory();
	char *cause = NULL;
	const char *const no_dirs[] = { NULL };
	int first = 2;
	for (; first < argc; first++) {
		if (strcmp(argv[first], "read-mid") == 0) {
			if (read_mid(argv[1]) != 0)
				return 1;
		} else if (strncmp(argv[first], "annotate:", 9) == 0) {
			if (annotate(argv[1], atoi(argv[first] + 9)) != 0)
				return 1;
		} else {
			break;
		}
	}
	double t0 = now_ms();
	if (store_open(argv[1], 0, &s, &cause) != 0) {
		fprintf(stderr, "scalebench: %s\n", cause);
		return 1;
	}
	km = keymap_create(&cause);
	struct app_opts opts = { 0 };
	opts.show_list = opts.show_side = 1;
	opts.sample_dirs = no_dirs;
	a = app_create(s, &opts, &cause);
	if (km == NULL || a == NULL || app_open(a, 0) != 0) {
		fprintf(stderr, "scalebench: cannot open the reader\n");
		return 1;
	}
	grid_resize(&g, W, H);
	app_resize(a, W, H);
	frame();
	report("open", now_ms() - t0, store_pages_read(s));
	for (int i = first; i < argc; i++) {
		const char *step = argv[i];
		if (strcmp(step, "open") == 0)
			continue;
		if (strcmp(step, "page") == 0) {
			list_home();
			long cap = getenv("BENCH_PAGES") ? atol(getenv("BENCH_PAGES")) : 0;
			size_t n = 0, cap_n = 1024;
			double *v = malloc(cap_n * sizeof *v), worst_at = 0;
			int64_t pages = 0, worst_pages = 0;
			while (a->sel + 1 < a->count && (cap <= 0 || (long)n < cap)) {
				int64_t p0 = store_pages_read(s);
				double t1 = now_ms();
				key("PageDown");
				frame();
				double ms = now_ms() - t1;
				int64_t dp = store_pages_read(s) - p0;
				pages += dp;
				if (n == cap_n)
					v = realloc(v, (cap_n *= 2) * sizeof *v);
				if (n == 0 || ms > worst_at) {
					worst_at = ms;
					worst_pages = dp;
				}
				v[n++] = ms;
				/* the reader's wait for the next key: it reads the
				 * rows a page either way would show (untimed, as a
				 * person reading the screen does not see it) */
				while (app_rows_ahead(a))
					;
			}
			qsort(v, n, sizeof *v, cmp_double);
			printf("page_steps %zu\npage_p50 %.3f\npage_p99 %.3f\npage_worst %.3f %lld\npage_pages %.1f\n", n,
			       n ? v[n / 2] : 0, n ? v[n * 99 / 100] : 0, n ? v[n - 1] : 0, (long long)worst_pages,
			       n ? (double)pages / (double)n : 0);
			free(v);
			continue;
		}
		if (strcmp(step, "end") == 0) {
			list_home();
			int64_t p0 = store_pages_read(s);
			double t1 = now_ms();
			key("G");
			frame();
			report("end", now_ms() - t1, store_pages_read(s) - p0);
			continue;
		}
		if (strncmp(step, "filter:", 7) == 0) {
			/* Every key and its frame, as typed: the whole, and the
			 * slowest key (what a person waits for once). */
			list_home();
			int64_t p0 = store_pages_read(s);
			double t1 = now_ms(), worst = 0, enter;
			key("/");
			frame();
			char k[2] = { 0, 0 };
			for (const char *p = step + 7; *p; p++) {
				double t = now_ms();
				k[0] = *p;
				key(*p == ' ' ? "Space" : k);
				frame();
				t = now_ms() - t;
				worst = t > worst ? t : worst;
			}
			enter = now_ms();
			key("Enter");
			frame();
			enter = now_ms() - enter;
			char name[300];
			snprintf(name, sizeof name, "filter(%s)", step + 7);
			report(name, now_ms() - t1, store_pages_read(s) - p0);
			printf("filter_key %.3f\nfilter_enter %.3f\n", worst > enter ? worst : enter, enter);
			key("Escape");
			continue;
		}
		if (strcmp(step, "people") == 0 || strcmp(step, "notes") == 0) {
			list_home();
			int64_t p0 = store_pages_read(s);
			double t1 = now_ms();
			key(strcmp(step, "people") == 0 ? "p" : "@");
			frame();
			report(step, now_ms() - t1, store_pages_read(s) - p0);
			key("Escape");
			continue;
		}
		if (strncmp(step, "search:", 7) == 0) {
			list_home();
			int64_t p0 = store_pages_read(s);
			double t1 = now_ms();
			key("S");
			type(step + 7);
			key("Enter");
			frame();
			char name[300];
			snprintf(name, sizeof name, "search(%s)", step + 7);
			report(name, now_ms() - t1, store_pages_read(s) - p0);
			key("Escape");
			continue;
		}
		if (strcmp(step, "backlinks") == 0) {
			int64_t total = store_count(s, &cause);
			double worst = 0;
			for (int k = 0; k < 200 && total > 0; k++) {
				int64_t id = 1 + (int64_t)k * total / 200;
				size_t found = 0;
				double t1 = now_ms();
				store_refs(s, id, -1, count_ref, &found, &cause);
				double ms = now_ms() - t1;
				worst = ms > worst ? ms : worst;
			}
			printf("backlinks_worst %.3f\n", worst);
			continue;
		}
		fprintf(stderr, "scalebench: no step '%s'\n", step);
		return 2;
	}
	grid_free(&g);
	keymap_free(km);
	app_free(a);
	store_free(s);
	return 0;
}
