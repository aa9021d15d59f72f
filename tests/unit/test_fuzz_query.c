/* test_fuzz_query.c: replays the query parser's fuzz seeds and every
 * input the fuzzer ever crashed on (tests/fuzz/regress-query) through the
 * search's checks. */
#include "../fuzz/fuzz_query.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/regress-query", fuzz_query_one);
	replay_dir("tests/fuzz/seeds-query", fuzz_query_one);
	return test_done();
}
