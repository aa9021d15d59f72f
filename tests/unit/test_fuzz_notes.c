/* test_fuzz_notes.c: replays the annotation import's fuzz seeds and every
 * input the fuzzer ever crashed on (tests/fuzz/regress-notes) through its
 * checks. */
#include "../fuzz/fuzz_notes.c"
#include "replay.h"

int main(void)
{
	replay_dir("tests/fuzz/regress-notes", fuzz_notes_one);
	replay_dir("tests/fuzz/seeds-notes", fuzz_notes_one);
	return test_done();
}
