/* store_clock.c: the search's clock. A search (its statements, FTS5's
 * reads of its index, the snippets' reading of long texts) has
 * SEARCH_SECONDS; then its work stops and the user is told why. */
#include <sqlite3.h>
#include <time.h>

#include "store_priv.h"

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int search_overdue(const struct store *s)
{
	return s->search_start > 0 && now_s() - s->search_start > s->search_limit;
}

/* SQLite asks this every few thousand steps of every statement of the
 * connection, FTS5's own reads of its index included. */
static int search_progress(void *arg)
{
	return search_overdue(arg);
}

void search_clock_start(struct store *s)
{
	s->search_start = now_s();
	sqlite3_progress_handler(s->db, 1000, search_progress, s);
}

void search_clock_stop(struct store *s)
{
	sqlite3_progress_handler(s->db, 0, NULL, NULL);
	s->search_start = 0;
}

/* While a result is with the caller (printed, drawn) the clock stands. */
double search_clock_pause(void)
{
	return now_s();
}

void search_clock_resume(struct store *s, double paused)
{
	s->search_start += now_s() - paused;
}

/* The message of a search that failed on rc: its time was up, or else. */
char *search_clock_cause(struct store *s, int rc, const char *what)
{
	if ((rc & 0xff) == SQLITE_INTERRUPT || search_overdue(s))
		return xasprintf("the search was stopped after %.0f s (it would take longer): look for rarer words or "
				 "a phrase, or narrow it with from:, to:, date:", s->search_limit);
	return sql_cause(s, what);
}

void store_search_time_limit(struct store *s, double seconds)
{
	s->search_limit = seconds;
}
