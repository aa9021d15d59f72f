/* test_fuzz_refs.c: replays the reference detector's fuzz seeds and every
 * input the fuzzer ever crashed on (tests/fuzz/regress-refs), and the
 * sample's letters, through the detector's checks. */
#include "../fuzz/fuzz_refs.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/regress-refs", fuzz_refs_one);
	replay_dir("tests/fuzz/seeds-refs", fuzz_refs_one);
	replay_dir("assets/sample", fuzz_refs_one);
	return test_done();
}
