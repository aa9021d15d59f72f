/* searchlat.c: library search latency inside one process, as the reader
 * sees it (no process start-up): searchlat DB QUERIES_FILE [RUNS] prints,
 * for each query, one line per timed run: "MS HITS QUERY". One warm-up
 * run per query is not printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/store.h"

static int count_hit(const struct store_hit *h, void *arg)
{
	(void)h;
	(*(size_t *)arg)++;
	return 0;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int count_ref(const struct store_ref *r, void *arg)
{
	(void)r;
	(*(size_t *)arg)++;
	return 0;
}

/* searchlat DB --backlinks N: the backlinks of N documents spread over
 * the library, one line each: "MS COUNT". */
static int backlinks(struct store *s, int n)
{
	char *cause = NULL;
	int64_t total = store_count(s, &cause);
	for (int i = 0; i < n && total > 0; i++) {
		int64_t id = 1 + (int64_t)i * total / n;
		size_t found = 0;
		double t0 = now_ms();
		if (store_refs(s, id, -1, count_ref, &found, &cause) != 0) {
			fprintf(stderr, "searchlat: %s\n", cause);
			return 1;
		}
		printf("%.3f %zu\n", now_ms() - t0, found);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: searchlat DB QUERIES_FILE [RUNS]\n", stderr);
		return 2;
	}
	int runs = argc > 3 ? atoi(argv[3]) : 5;
	struct store *s;
	char *cause = NULL;
	if (store_open(argv[1], STORE_READONLY, &s, &cause) != 0) {
		fprintf(stderr, "searchlat: %s\n", cause);
		return 1;
	}
	if (strcmp(argv[2], "--backlinks") == 0) {
		int rc = backlinks(s, argc > 3 ? atoi(argv[3]) : 200);
		store_free(s);
		return rc;
	}
	FILE *f = fopen(argv[2], "r");
	if (f == NULL) {
		perror(argv[2]);
		store_free(s);
		return 1;
	}
	char line[512];
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '\0')
			continue;
		for (int r = -1; r < runs; r++) {
			size_t hits = 0;
			double t0 = now_ms();
			if (store_search(s, line, 20, "[", "]", count_hit, &hits, &cause) != 0) {
				fprintf(stderr, "searchlat: %s: %s\n", line, cause);
				free(cause);
				cause = NULL;
			}
			if (r >= 0)
				printf("%.3f %zu %s\n", now_ms() - t0, hits, line);
		}
	}
	fclose(f);
	store_free(s);
	return 0;
}
