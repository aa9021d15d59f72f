/* replay.h: runs every file of a folder through a fuzz target's checks
 * (which abort on a broken invariant): for the fuzzers' seeds and for
 * every input they ever crashed on. */
#ifndef DOSSIER_REPLAY_H
#define DOSSIER_REPLAY_H

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "dossier/util.h"
#include "test.h"

static inline void replay_dir(const char *dir, int (*one)(const uint8_t *, size_t))
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
		struct stat st;
		size_t len;
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
			free(path);
			continue;
		}
		if (file_read_all(path, &data, &len, &cause) == 0) {
			CHECK(one((const uint8_t *)data, len) == 0);
			free(data);
		} else {
			CHECK(cause == NULL);
			free(cause);
		}
		free(path);
	}
	closedir(d);
}

#endif
