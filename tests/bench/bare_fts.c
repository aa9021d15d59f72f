/* bare_fts.c: the floor that `dossier import` is measured against.
 *
 *   bare_fts DIR DB
 *
 * Reads every *.txt file directly in DIR (name order) and inserts each whole
 * file into a bare FTS5 table, in one transaction, with the PRAGMAs the
 * library uses (journal_mode=WAL, synchronous=NORMAL):
 *
 *   CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')
 *
 * DB (and its -wal/-shm) is deleted first. The clock runs from listing DIR
 * to closing the database (which checkpoints the WAL), as an import's
 * process does. Prints one line:
 *
 *   bare_fts5 <bytes> <seconds>
 *
 * No parsing, no metadata, no second copy of the body: whatever the
 * product does on top of this is its cost. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_txt_suffix(const char *s)
{
	size_t n = strlen(s);
	return n > 4 && !strcmp(s + n - 4, ".txt");
}

static int exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "bare_fts: %s: %s\n", sql, msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* Reads path into *buf (grown as needed); returns the length or -1. */
static long read_file(const char *path, char **buf, size_t *cap)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t len = 0;
	for (;;) {
		if (len == *cap) {
			size_t ncap = *cap ? *cap * 2 : 65536;
			char *p = realloc(*buf, ncap);
			if (!p) {
				fclose(f);
				return -1;
			}
			*buf = p;
			*cap = ncap;
		}
		size_t n = fread(*buf + len, 1, *cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	return bad ? -1 : (long)len;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: bare_fts DIR DB\n");
		return 2;
	}
	const char *dir = argv[1], *dbpath = argv[2];
	size_t dl = strlen(dbpath) + 8;
	char *side = malloc(dl);
	if (!side)
		return 1;
	unlink(dbpath);
	snprintf(side, dl, "%s-wal", dbpath);
	unlink(side);
	snprintf(side, dl, "%s-shm", dbpath);
	unlink(side);
	free(side);

	double t0 = now();
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "bare_fts: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	char **names = NULL;
	size_t n = 0, ncap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!has_txt_suffix(e->d_name))
			continue;
		if (n == ncap) {
			ncap = ncap ? ncap * 2 : 1024;
			char **p = realloc(names, ncap * sizeof(*names));
			if (!p)
				return 1;
			names = p;
		}
		names[n] = strdup(e->d_name);
		if (!names[n])
			return 1;
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);

	sqlite3 *db;
	if (sqlite3_open(dbpath, &db) != SQLITE_OK) {
		fprintf(stderr, "bare_fts: %s: %s\n", dbpath, sqlite3_errmsg(db));
		return 1;
	}
	if (exec(db, "PRAGMA journal_mode=WAL") || exec(db, "PRAGMA synchronous=NORMAL") ||
	    exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')") ||
	    exec(db, "BEGIN"))
		return 1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (?1)", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "bare_fts: prepare: %s\n", sqlite3_errmsg(db));
		return 1;
	}
	char *buf = NULL, *path = NULL;
	size_t cap = 0, pcap = 0;
	unsigned long long bytes = 0;
	for (size_t i = 0; i < n; i++) {
		size_t need = strlen(dir) + strlen(names[i]) + 2;
		if (need > pcap) {
			pcap = need * 2;
			char *p = realloc(path, pcap);
			if (!p)
				return 1;
			path = p;
		}
		snprintf(path, pcap, "%s/%s", dir, names[i]);
		long len = read_file(path, &buf, &cap);
		if (len < 0) {
			fprintf(stderr, "bare_fts: %s: cannot read\n", path);
			return 1;
		}
		sqlite3_bind_text(st, 1, buf, (int)len, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE) {
			fprintf(stderr, "bare_fts: insert %s: %s\n", path, sqlite3_errmsg(db));
			return 1;
		}
		sqlite3_reset(st);
		bytes += (unsigned long long)len;
		free(names[i]);
	}
	sqlite3_finalize(st);
	if (exec(db, "COMMIT"))
		return 1;
	if (sqlite3_close(db) != SQLITE_OK) {
		fprintf(stderr, "bare_fts: close failed\n");
		return 1;
	}
	double secs = now() - t0;
	printf("bare_fts5 %llu %.3f\n", bytes, secs);
	free(names);
	free(buf);
	free(path);
	return 0;
}
