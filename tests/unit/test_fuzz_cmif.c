/* test_fuzz_cmif.c: replays the CMIF fuzz seeds and every input the CMIF
 * fuzzer ever crashed on (tests/fuzz/regress-cmif) through its checks. */
#include "../fuzz/fuzz_cmif.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/seeds-cmif", fuzz_cmif_one);
	replay_dir("tests/fuzz/regress-cmif", fuzz_cmif_one);
	return test_done();
}
