/* notesbench.c: exporting 10,000 annotations. notesbench TEXT_DIR puts a
 * document made of the corpus's texts into a temporary library, adds
 * 10,000 annotations on it, and prints "export_FORMAT_ms N" for each
 * format (best of three). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/anchor.h"
#include "dossier/notes.h"
#include "dossier/store.h"

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	char path[] = "/tmp/dossier-notesbench-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	remove(path);
	struct store *s;
	char *cause = NULL;
	if (store_open(path, 0, &s, &cause) != 0) {
		fprintf(stderr, "notesbench: %s\n", cause);
		return 1;
	}
	/* A plain body of numbered sentences: every passage is different. */
	struct buf b;
	buf_init(&b);
	for (int i = 0; b.len < (1u << 20); i++)
		buf_printf(&b, "Sentence %d of the telegram, about the situation at the front. ", i);
	struct doc *d = doc_create();
	doc_set(&d->title, "A long telegram");
	d->body = buf_detach(&b);
	d->body_len = strlen(d->body);
	int64_t doc;
	enum store_put what;
	if (store_begin(s, &cause) != 0 || store_put_doc(s, "big.txt", "text", d, 1, &doc, &what, &cause) != 0) {
		fprintf(stderr, "notesbench: %s\n", cause);
		return 1;
	}
	srand(1);
	for (int i = 0; i < 10000; i++) {
		size_t start = (size_t)rand() % (d->body_len - 300), end = start + 10 + (size_t)rand() % 190;
		struct anchor an;
		anchor_make(d->body, d->body_len, start, end, &an);
		char text[64];
		snprintf(text, sizeof text, "note %d, on \"this\", with a comma", i);
		struct store_annotation a = { .doc_id = doc, .start = an.start, .end = an.end, .quote = an.quote,
					      .prefix = an.prefix, .suffix = an.suffix, .text = text,
					      .tags = i % 3 ? "cable" : "cable question" };
		int64_t id;
		int added;
		if (store_annotation_add(s, &a, &id, &added, &cause) != 0) {
			fprintf(stderr, "notesbench: %s\n", cause);
			return 1;
		}
		anchor_clear(&an);
	}
	if (store_commit(s, &cause) != 0)
		return 1;
	static const char *const names[] = { "md", "json", "csv" };
	for (int f = 0; f < 3; f++) {
		double best = 1e9;
		for (int r = 0; r < 3; r++) {
			FILE *out = fopen("/dev/null", "w");
			double t0 = now_ms();
			if (notes_export(s, 0, (enum notes_format)f, out, &cause) != 0) {
				fprintf(stderr, "notesbench: %s\n", cause);
				return 1;
			}
			double t = now_ms() - t0;
			fclose(out);
			best = t < best ? t : best;
		}
		printf("export_%s_ms %.1f\n", names[f], best);
	}
	doc_free(d);
	store_free(s);
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	remove(path);
	remove(wal);
	remove(shm);
	free(wal);
	free(shm);
	return 0;
}
