/* test_fuzz_regress.c: replays the fuzz seeds and every input the fuzzer
 * ever crashed on (tests/fuzz/regress) through the importer's checks. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "../fuzz/fuzz_import.c"
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
			/* fuzz_import_one aborts on a broken invariant. */
			CHECK(fuzz_import_one((const uint8_t *)data, len) == 0);
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
	replay_dir("tests/fuzz/regress");
	replay_dir("tests/fuzz/seeds");
	replay_dir("assets/sample");
	return test_done();
}
