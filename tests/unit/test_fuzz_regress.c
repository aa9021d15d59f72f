/* test_fuzz_regress.c: replays the fuzz seeds and every input the fuzzer
 * ever crashed on (tests/fuzz/regress) through the importer's checks. */
#include "../fuzz/fuzz_import.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/regress", fuzz_import_one);
	replay_dir("tests/fuzz/seeds", fuzz_import_one);
	replay_dir("assets/sample", fuzz_import_one);
	return test_done();
}
