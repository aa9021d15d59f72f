/* config.h: the reader's settings, from $XDG_CONFIG_HOME/dossier/config
 * (else ~/.config/dossier/config). One setting a line, # comments:
 *
 *   bind [CONTEXT] KEY ACTION     bind a key (see the help screen, ?)
 *   unbind [CONTEXT] KEY
 *   color.STYLE = FG [BG] [ATTR...]   colours: default, black, red, green,
 *                                 yellow, blue, magenta, cyan, white,
 *                                 bright-*, or 0-255; ATTR: bold, dim,
 *                                 underline, reverse, italic
 *   mono.STYLE = ATTR...          how STYLE looks without colour
 *   footnotes = on|off            brackets as numbered notes at start
 *   sort = date|title|import
 *   list = on|off, sidebar = on|off
 *   measure = N                   widest text column (0: the pane's width)
 *   mouse = on|off
 *   hyperlinks = on|off           URLs in the sidebar as OSC 8 links
 *   cite-style = chicago-note|chicago-bib|frus   what y c copies
 *
 * Without colour (NO_COLOR set, or a monochrome terminal) the mono
 * attributes are used. */
#ifndef DOSSIER_CONFIG_H
#define DOSSIER_CONFIG_H

#include "dossier/cite.h"
#include "dossier/layout.h"
#include "dossier/store.h"
#include "dossier/util.h"

struct keymap;

/* What is drawn: every style the reader uses. */
enum ui_style {
	UI_NORMAL,
	UI_TITLE,               /* a pane's title */
	UI_TITLE_FOCUS,         /* the focused pane's title */
	UI_BORDER,              /* rules and separators */
	UI_STATUS,              /* the status line */
	UI_MESSAGE,
	UI_ERROR,
	UI_PROMPT,
	UI_SELECTED,            /* the list's selection, list focused */
	UI_SELECTED_DIM,        /* the list's selection, list not focused */
	UI_DATE,
	UI_DIM,                 /* undated, secondary text */
	UI_HEADING,             /* the document's title */
	UI_META,                /* the document's date, kind, people */
	UI_BRACKET,             /* an editorial bracket inline */
	UI_MARKER,              /* a footnote marker */
	UI_CONTROL,             /* a control character's placeholder */
	UI_HIT,                 /* a search hit */
	UI_HIT_CURRENT,
	UI_LABEL,               /* sidebar field names */
	UI_SECTION,             /* sidebar section rules */
	UI_KEY,                 /* keys on the help screen */
	UI_REF,                 /* a reference resolved to a document */
	UI_REF_UNRESOLVED,      /* a reference without a target */
	UI_REF_MANUAL,          /* a reference linked by the reader */
	UI_REF_CURRENT,         /* the reference under the cursor */
	UI_ANNOT,               /* a passage the reader annotated */
	UI_ANNOT_CURRENT,       /* the annotation under the cursor */
	UI_SELECTION,           /* the passage being selected */
	UI_NOTE,                /* the reader's notes in the sidebar */
	UI_LINK,                /* a URL in the sidebar */
	UI_COUNT
};

enum {
	UI_BOLD = 1,
	UI_UNDERLINE = 2,
	UI_REVERSE = 4,
	UI_DIM_ATTR = 8,
	UI_ITALIC = 16,
};

struct ui_color {
	short fg, bg;           /* -1: the terminal's default; 0-255 */
	unsigned attrs;
};

struct config {
	struct ui_color color[UI_COUNT];
	unsigned mono[UI_COUNT];
	int mouse;
	enum layout_mode mode;
	enum store_order order;
	int measure;
	int show_list, show_side;
	int hyperlinks;         /* OSC 8 links in the sidebar */
	enum cite_style cite_style;
};

const char *ui_style_name(enum ui_style s);
void config_defaults(struct config *c);
/* The config file's path. Caller frees. */
char *config_path(void);
/* Applies one line. Returns 0, or -1 with *cause. */
int config_line(struct config *c, struct keymap *km, const char *line, char **cause);
/* Reads a config file (a missing one is no error). Each bad line adds
 * "PATH:N: why" to errors and is skipped. Returns the number of errors. */
int config_load(struct config *c, struct keymap *km, const char *path, struct strv *errors);

#endif
