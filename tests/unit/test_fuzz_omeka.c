/* test_fuzz_omeka.c: replays the Omeka XML fuzz seeds and every input the
 * fuzzer ever crashed on (tests/fuzz/regress-omeka) through its checks. */
#include "../fuzz/fuzz_omeka.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/seeds-omeka", fuzz_omeka_one);
	replay_dir("tests/fuzz/regress-omeka", fuzz_omeka_one);
	return test_done();
}
