/* app.h: the reader's state and the actions on it, with no terminal.
 *
 * The TUI turns keys into these actions (through the key table) and draws
 * the state; tests drive the same actions against a real library. The
 * struct is public so the drawing code can read it; only app_* functions
 * change it. Positions in a document are byte offsets in its body, so
 * they survive a resize and are what the library remembers. */
#ifndef DOSSIER_APP_H
#define DOSSIER_APP_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/layout.h"
#include "dossier/store.h"
#include "dossier/util.h"

enum app_pane {
	PANE_LIST,
	PANE_READ,
	PANE_SIDE,
	PANE_COUNT
};

/* A rectangle of the screen, in cells. */
struct app_rect {
	int x, y, w, h;
};

/* One document of the list's window. */
struct app_row {
	int64_t id;
	char *date;             /* ISO at its precision, or NULL */
	char *who;              /* "From → To", or NULL */
	char *title;            /* the title, else the file's name */
};

/* A line being edited (a prompt, a form field). */
struct app_line {
	struct buf text;
	size_t cursor;          /* byte offset in text */
};

enum app_prompt {
	PROMPT_NONE,
	PROMPT_SEARCH,          /* / in the reading pane: incremental */
	PROMPT_FILTER,          /* / in the list: filters as you type */
};

enum app_form_field {
	FORM_TITLE,
	FORM_DATE,
	FORM_FROM,
	FORM_TO,
	FORM_FIELDS
};

/* Options the reader starts with (from the config file). */
struct app_opts {
	enum layout_mode mode;
	enum store_order order;
	int measure;            /* widest text column (0: the pane's width) */
	int show_list, show_side;
	const char *const *sample_dirs; /* where to look for the sample, NULL-ended */
};

struct app {
	struct store *store;
	int readonly;
	int quit;
	int redraw;             /* the terminal should repaint everything */
	int w, h;               /* the screen */
	struct app_opts opts;

	/* Panes: wanted by the user, then fitted to the width. */
	int want[PANE_COUNT];
	int shown[PANE_COUNT];
	enum app_pane prefer;   /* the side pane turned on last keeps its place */
	enum app_pane focus;
	struct app_rect pane[PANE_COUNT]; /* content, below the title row */
	int title_row;          /* 1 if pane titles have a row */
	int status_y, message_y;/* -1 if there is no room */

	/* The list: a window of rows fetched from the store. */
	enum store_order order;
	char *filter;           /* NULL: every document */
	int64_t total;          /* documents in the library */
	int64_t count;          /* documents the filter lets through */
	int64_t sel, top;       /* selected row, first visible row */
	struct app_row *rows;   /* rows [rows_off, rows_off + nrows) */
	size_t nrows;
	int64_t rows_off;
	size_t fetches;         /* store queries made for the window */

	/* The document read. */
	struct store_doc *doc;  /* NULL: none (empty library) */
	int64_t doc_index;      /* its place in the list order, or -1 */
	enum layout_mode mode;
	struct layout *body;    /* laid out for the reading pane */
	struct layout *cache[2];/* the other mode at the same width */
	struct layout *head;    /* the header: title, date, kind, people */
	size_t nhead;           /* header lines, with the blank one after */
	size_t head_title_len;  /* bytes of the header that are the title */
	int text_x, text_w;     /* where the text starts, its width */
	size_t pos;             /* reading position: byte offset in the body */
	size_t head_skip;       /* header lines scrolled past while pos is 0 */
	size_t saved_pos;       /* the position the library has */
	int read;               /* the reading pane had it in focus */

	/* Search in the document. */
	char *search;
	struct layout_span *hits;
	size_t nhits;
	size_t hit;             /* the current hit, or SIZE_MAX */

	/* The sidebar, scrolled when it has focus. */
	size_t side_top;

	/* The prompt line and its state before it opened (for Escape). */
	enum app_prompt prompt;
	struct app_line line;
	size_t prompt_pos, prompt_head_skip;
	char *prompt_saved;

	/* The correction form. */
	int form;
	enum app_form_field field;
	struct app_line fields[FORM_FIELDS];

	/* Help screen. */
	int help;
	size_t help_top;
	size_t help_lines;      /* set by whoever builds the help's text */

	char *message;
	int message_error;
};

/* The labels of the form's fields, "Title", "Date", "From", "To". */
extern const char *const app_form_labels[FORM_FIELDS];

/* Creates the reader's state over an open library (the store stays the
 * caller's). Returns NULL with *cause if the library cannot be read. */
struct app *app_create(struct store *s, const struct app_opts *opts, char **cause);
/* Saves the reading position and frees. */
void app_free(struct app *a);

/* Sets the screen size; panes fold to fit, the text is laid out again
 * and the reading position kept. Any size, down to 1x1. */
void app_resize(struct app *a, int w, int h);

/* Opens document id (saving the position in the one left), at its
 * remembered position. id 0: the last one read, else the first. Returns 0,
 * or -1 with a message set. */
int app_open(struct app *a, int64_t id);
/* Remembers the reading position in the library (if it changed). */
void app_save_pos(struct app *a);

/* Messages on the bottom line. */
void app_message(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_error(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reading pane. Lines are display lines; the header scrolls with them. */
size_t app_text_lines(const struct app *a);   /* header + body lines */
size_t app_view_top(const struct app *a);     /* first display line shown */
void app_scroll_lines(struct app *a, long n);
void app_page(struct app *a, int dir);        /* a screen, less two lines */
void app_half_page(struct app *a, int dir);
void app_top(struct app *a);
void app_bottom(struct app *a);
/* How far through the document the bottom of the pane is, 0-100. */
int app_percent(const struct app *a);
void app_toggle_footnotes(struct app *a);

/* Search: sets the query and finds every hit (case and diacritics
 * ignored; a space matches any run of white space). Returns the number. */
size_t app_search_set(struct app *a, const char *query);
/* Moves to the next (dir > 0) or previous hit from the position,
 * wrapping around with a message. */
void app_search_next(struct app *a, int dir);

/* Documents. */
int app_next_doc(struct app *a, int dir);     /* in the list's order */
void app_list_move(struct app *a, long n);    /* moves the selection and opens it */
void app_list_page(struct app *a, int dir);
void app_list_first(struct app *a);
void app_list_last(struct app *a);
void app_list_open(struct app *a);            /* Enter: read the selected one */
void app_sort_cycle(struct app *a);
/* Filters the list (NULL or "": all). Returns 0, or -1 for a malformed
 * filter (message set, list unchanged). */
int app_set_filter(struct app *a, const char *filter);
/* The row of the list window at index i, fetching it if need be; NULL
 * past the end. */
const struct app_row *app_row(struct app *a, int64_t i);

/* Panes. */
void app_focus(struct app *a, enum app_pane p);
void app_focus_left(struct app *a);
void app_focus_right(struct app *a);
void app_toggle_pane(struct app *a, enum app_pane p);
void app_side_scroll(struct app *a, long n);

/* Prompts: opens the prompt of that kind (search or filter). */
void app_prompt_begin(struct app *a, enum app_prompt kind);
/* The text changed: searches or filters as you type. */
void app_prompt_changed(struct app *a);
void app_prompt_accept(struct app *a);
void app_prompt_cancel(struct app *a);

/* Line editing shared by the prompt and the form. */
void app_line_insert(struct app_line *l, const char *s);
void app_line_backspace(struct app_line *l);
void app_line_delete(struct app_line *l);
void app_line_left(struct app_line *l);
void app_line_right(struct app_line *l);
void app_line_home(struct app_line *l);
void app_line_end(struct app_line *l);
void app_line_kill(struct app_line *l);       /* to the start */
void app_line_kill_word(struct app_line *l);
void app_line_set(struct app_line *l, const char *s);
/* The line being edited now (prompt or form field), or NULL. */
struct app_line *app_editing(struct app *a);

/* The correction form for title, date, from, to. */
void app_form_begin(struct app *a);
void app_form_move(struct app *a, int dir);
/* Saves the fields that changed; returns 0, or -1 with a message. */
int app_form_save(struct app *a);
void app_form_cancel(struct app *a);

/* Help screen. */
void app_help_toggle(struct app *a);
void app_help_scroll(struct app *a, long n);

/* Imports the bundled sample into an empty library. */
int app_import_sample(struct app *a);

/* Mouse: a click or the wheel at a cell. */
enum app_mouse {
	MOUSE_CLICK,
	MOUSE_WHEEL_UP,
	MOUSE_WHEEL_DOWN,
};
void app_mouse(struct app *a, int x, int y, enum app_mouse what);

/* A note to show in the sidebar beside the line it belongs to. */
struct app_note_at {
	size_t note;            /* index in a->doc->doc->notes */
	int row;                /* row of its line in the reading pane */
};
/* The notes on the visible lines, in order; returns the number (at most
 * max). */
size_t app_visible_notes(const struct app *a, struct app_note_at *out, size_t max);

/* The title to show for a document: its title, else its file's name. */
char *app_doc_title(const struct store_doc *sd);
/* "Feng Xi → Shtykov, Zakharov", or NULL when neither is known. */
char *app_doc_people(const struct doc *d);

#endif
