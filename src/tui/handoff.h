/* handoff.h: what the reader hands on beyond its screen, part of the
 * curses backend: the copied text to the terminal's clipboard (OSC 52),
 * the sidebar's URLs as hyperlinks (OSC 8), a URL to a browser. */
#ifndef DOSSIER_TUI_HANDOFF_H
#define DOSSIER_TUI_HANDOFF_H

#include <stddef.h>

#include "dossier/grid.h"

/* Writes an OSC 52 sequence (osc_clipboard's) to the terminal, only if
 * standard output is one. 0, or -1 with *err. */
int handoff_clipboard(const char *seq, size_t len, char **err);

/* Writes the grid's links (OSC 8) over the cells the screen shows now,
 * in the rendition sgr ("\033[0;4;34m"), between a save and a restore of
 * the cursor and its rendition (DECSC, DECRC), so that curses finds the
 * terminal as it left it. Call after refresh(); a terminal without OSC 8
 * ignores the links. */
void handoff_links(const struct grid *g, const char *sgr);

/* The SGR sequence of a style as curses draws it: its attributes, and
 * its colours (fg, bg: -1 the terminal's default, 0-255) when colour is
 * on. The caller frees. */
char *handoff_sgr(unsigned attrs, int colour, short fg, short bg);

/* Opens url with $BROWSER (its first command; %s in it stands for the
 * URL, else the URL follows it), else xdg-open, detached from the
 * terminal. The URL is an argument, never shell text. 0, or -1 with *err
 * (the caller frees). */
int handoff_open(const char *url, char **err);

#endif
