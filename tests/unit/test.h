/* test.h: a small TAP-style harness. Each CHECK prints one "ok" or
 * "not ok" line; tests/run tallies them over the whole suite. */
#ifndef DOSSIER_TEST_H
#define DOSSIER_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failed_;
static int test_count_;

#define CHECK(cond) test_check_((cond) != 0, #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) test_check_str_((got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(got, want) test_check_int_((long long)(got), (long long)(want), #got, __FILE__, __LINE__)

static inline int test_check_(int ok, const char *what, const char *file, int line)
{
	test_count_++;
	printf("%s %d - %s:%d: %s\n", ok ? "ok" : "not ok", test_count_, file, line, what);
	if (!ok)
		test_failed_++;
	return ok;
}

static inline int test_check_str_(const char *got, const char *want, const char *what,
				  const char *file, int line)
{
	int ok = (got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0);
	test_check_(ok, what, file, line);
	if (!ok)
		printf("#   got:  %s%s%s\n#   want: %s%s%s\n", got ? "\"" : "", got ? got : "NULL",
		       got ? "\"" : "", want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
	return ok;
}

static inline int test_check_int_(long long got, long long want, const char *what,
				  const char *file, int line)
{
	int ok = got == want;
	test_check_(ok, what, file, line);
	if (!ok)
		printf("#   got:  %lld\n#   want: %lld\n", got, want);
	return ok;
}

/* Returns the exit status for main. */
static inline int test_done(void)
{
	return test_failed_ ? 1 : 0;
}

#endif
