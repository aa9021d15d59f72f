/* tui.c: until the reader lands, "dossier" lists the library. */
#include "dossier/tui.h"

#include <stdio.h>
#include <stdlib.h>

#include "dossier/cli.h"

int tui_run(const char *db_path, int64_t id)
{
	(void)id;
	struct cli_ctx ctx = { db_path };
	char *argv[] = { "list", NULL };
	return cli_find("list")->run(&ctx, 1, argv);
}
