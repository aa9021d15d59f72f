/* readerbench.c: the reader's work without a terminal, on a 1 MiB
 * document: readerbench TEXT_DIR prints
 *   layout_ms  (a 1 MiB document laid out again at a new width)
 *   scroll_us  (one line down: the action and drawing the whole screen)
 * as "NAME VALUE" lines. The document is made of the texts in TEXT_DIR,
 * so it reads like the corpus. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/app.h"
#include "dossier/keys.h"
#include "dossier/view.h"
#include "state.h"
#include "dossier/store.h"

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* About 1 MiB of the corpus's texts, one after another. */
static char *mib_of_text(const char *dir, size_t *len)
{
	struct buf b;
	buf_init(&b);
	DIR *d = opendir(dir);
	struct dirent *de;
	while (d && b.len < (1u << 20) && (de = readdir(d)) != NULL) {
		if (!str_has_suffix(de->d_name, ".txt"))
			continue;
		char *p = xasprintf("%s/%s", dir, de->d_name), *data, *cause = NULL;
		size_t n;
		if (file_read_all(p, &data, &n, &cause) == 0) {
			buf_add(&b, data, n < (1u << 20) - b.len ? n : (1u << 20) - b.len);
			buf_adds(&b, "\n\n");
			free(data);
		}
		free(cause);
		free(p);
	}
	if (d)
		closedir(d);
	*len = b.len;
	return buf_detach(&b);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: readerbench TEXT_DIR\n", stderr);
		return 2;
	}
	layout_keep_memory(); /* as the reader does */
	char path[] = "/tmp/dossier-readerbench-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	remove(path);
	size_t len;
	char *text = mib_of_text(argv[1], &len);
	struct store *s;
	char *cause = NULL;
	if (store_open(path, 0, &s, &cause) != 0) {
		fprintf(stderr, "readerbench: %s\n", cause);
		return 1;
	}
	/* The text as one body (an importer would cut the footers out). */
	struct doc *d = doc_create();
	doc_set(&d->title, "One mebibyte");
	d->body = text;
	d->body_len = len;
	int64_t id;
	enum store_put what;
	if (store_begin(s, &cause) != 0 || store_put_doc(s, "big.txt", "text", d, 1, &id, &what, &cause) != 0 ||
	    store_commit(s, &cause) != 0) {
		fprintf(stderr, "readerbench: %s\n", cause);
		return 1;
	}
	d->body = NULL;
	doc_free(d);
	struct app_opts opts = { 0 };
	opts.show_list = opts.show_side = 1;
	struct app *a = app_create(s, &opts, &cause);
	if (a == NULL || app_open(a, id) != 0) {
		fprintf(stderr, "readerbench: cannot open the document\n");
		return 1;
	}
	struct keymap *km = keymap_create(&cause);
	struct grid g = { 0 };
	grid_resize(&g, 160, 48);
	int cx, cy;
	app_resize(a, 160, 48);
	app_fit(a, km);
	view_draw(a, &g, &cx, &cy);

	/* A new width: the whole document laid out again, as a resize does
	 * with the reader at its end (a long body is laid out in parts as
	 * they are read: its last line asks for all of them; without it the
	 * figure was the parts' table alone, 0.0 ms). Best of five widths. */
	double best = 1e9;
	for (int i = 0; i < 5; i++) {
		double t0 = now_ms();
		struct layout *l = layout_create(a->doc->doc->body, a->doc->doc->body_len, a->doc->doc->notes,
						 a->doc->doc->nnotes, 70 - i, LAYOUT_INLINE);
		(void)layout_line_of(l, a->doc->doc->body_len - 1);
		double t = now_ms() - t0;
		layout_free(l);
		best = t < best ? t : best;
	}
	printf("bytes %zu\nlines %zu\nlayout_ms %.2f\n", a->doc->doc->body_len, app_text_lines(a), best);

	/* One line down, drawn: the median of 2000 steps. */
	app_resize(a, 160, 48);
	enum { STEPS = 2000 };
	static double steps[STEPS];
	for (int i = 0; i < STEPS; i++) {
		double t0 = now_ms();
		app_scroll_lines(a, 1);
		app_fit(a, km);
		view_draw(a, &g, &cx, &cy);
		steps[i] = now_ms() - t0;
	}
	for (int i = 1; i < STEPS; i++)
		for (int j = i; j > 0 && steps[j - 1] > steps[j]; j--) {
			double t = steps[j];
			steps[j] = steps[j - 1];
			steps[j - 1] = t;
		}
	printf("scroll_us %.1f\nscroll_p95_us %.1f\n", steps[STEPS / 2] * 1e3, steps[STEPS * 95 / 100] * 1e3);
	grid_free(&g);
	keymap_free(km);
	app_free(a);
	store_free(s);
	free(text);
	free(cause);
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	remove(path);
	remove(wal);
	remove(shm);
	free(wal);
	free(shm);
	return 0;
}
