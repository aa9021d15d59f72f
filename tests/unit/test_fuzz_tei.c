/* test_fuzz_tei.c: replays the TEI fuzz seeds and every input the TEI
 * fuzzer ever crashed on (tests/fuzz/regress-tei) through its checks. */
#include "../fuzz/fuzz_tei.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/seeds-tei", fuzz_tei_one);
	replay_dir("tests/fuzz/regress-tei", fuzz_tei_one);
	return test_done();
}
