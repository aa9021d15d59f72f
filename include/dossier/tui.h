/* tui.h: the full-screen reader. The only module that includes curses. */
#ifndef DOSSIER_TUI_H
#define DOSSIER_TUI_H

#include <stdint.h>

/* Opens the reader on the library at db_path, at document id (0: the
 * last one read, or the first). Returns the process exit status. */
int tui_run(const char *db_path, int64_t id);

#endif
