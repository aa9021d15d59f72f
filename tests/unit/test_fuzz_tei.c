/* test_fuzz_tei.c: replays the TEI fuzz seeds and every input the TEI
 * fuzzer ever crashed on (tests/fuzz/regress-tei) through its checks. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "../fuzz/fuzz_tei.c"
#include "dossier/util.h"
#include "test.h"

static void replay_dir(const char *dir)
{
	DIR *d = opendir(dir);
	CHECK(d != NULL);
	if (d == NULL)
		return;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		char *path = xasprintf("%s/%s", dir, de->d_name), *data, *cause = NULL;
		size_t len;
		if (file_read_all(path, &data, &len, &cause) == 0) {
			/* fuzz_tei_one aborts on a broken invariant. */
			CHECK(fuzz_tei_one((const uint8_t *)data, len) == 0);
			free(data);
		} else {
			CHECK(cause == NULL);
			free(cause);
		}
		free(path);
	}
	closedir(d);
}

int main(void)
{
	replay_dir("tests/fuzz/seeds-tei");
	replay_dir("tests/fuzz/regress-tei");
	return test_done();
}
