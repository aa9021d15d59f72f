/* state.h: the reader's state, private to the reader's files
 * (src/reader) and their tests; everyone else holds an opaque
 * struct app. Only the reader's functions change it; drawing reads it
 * const. */
#ifndef DOSSIER_READER_STATE_H
#define DOSSIER_READER_STATE_H

#include <unistr.h>

#include "dossier/app.h"
#include "dossier/cite.h"

struct prompt_kind;


/* ---- each mode's own state: the mode's file changes it, the view reads it ---- */

/* people.c: persons, their names and counts. */
struct people_state {
	struct app_person *v;
	size_t n;
	size_t *shown;          /* the people the finder lets through */
	size_t nshown;
	int loaded;
	int64_t total;          /* persons in the library; more than loaded: */
	int partial;            /* the finder asks the library, not the list */
	char *find;
	int64_t sel, top;
};

/* results.c: a library search's results. */
struct results_state {
	struct app_result *v;
	size_t n;
	int64_t sel, top;
	char *query;
};

/* annotations.c: the view of every annotation. */
struct notes_state {
	struct app_note_row *v;
	size_t n;
	int64_t sel, top;
	char *filter;           /* words, and tag:NAME */
	int order;              /* 0: newest first, 1: by document date */
};

/* marks.c: the marks view, and a mark's letter waited for. */
struct marks_state {
	struct app_mark_row *v;
	size_t n;
	int64_t sel, top;
	enum app_pending pending;
};

/* chooser.c: a small list over the panes; pick and cancel are the
 * opener's (links.c). */
struct chooser_state {
	int open;
	enum app_choose what;
	char *title;
	struct app_choice *v;
	size_t n, sel, top;
	int (*pick)(struct app *a, int link);
	void (*cancel)(struct app *a);
};

/* prompt.c: the prompt line, its kind, and the state before it opened
 * (for Escape). */
struct prompt_state {
	enum app_prompt id;     /* PROMPT_NONE: closed */
	const struct prompt_kind *kind;
	struct app_line line;
	size_t pos, head_skip;
	char *saved;
};

/* form.c: the correction form. */
struct form_state {
	int open;
	enum app_form_field field;
	struct app_line fields[FORM_FIELDS];
};

/* select.c: the selection (v, V, a drag): an anchor range and a head
 * range (a word each, or a display line each with V); the head moves. */
struct select_state {
	int on, lines;
	int mouse;              /* a button is down in the reading pane */
	size_t as, ae, hs, he;
};

/* editor.c: the note editor: a new annotation of [start, end), or
 * annotation id being changed; the question when it would be lost. */
struct editor_state {
	int open;
	struct app_line line;
	char *orig;             /* the text it opened with */
	int64_t id;
	size_t start, end;
	int external;           /* the terminal should run $VISUAL on it */
	enum app_ask ask;
};

/* help.c: the help screen; its lines are made by app_fit. */
struct help_state {
	int open;
	size_t top;
	size_t lines;           /* the help's text and the two lines above it */
	struct help_line *text;
	size_t n;
};

/* yank.c: what y and o ask the terminal to do (taken once), and the
 * citation style y c copies in. */
struct yank_state {
	char *clipboard;        /* an OSC 52 sequence to write */
	char *open;             /* a URL to open in a browser */
	enum cite_style style;
};

struct app {
	struct store *store;
	int readonly;
	int replaced;           /* the library was deleted or replaced under it (said once) */
	int quit;
	int redraw;             /* the terminal should repaint everything */
	int stale;              /* a key asked to read the library again */
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
	int count_capped;       /* count is a first count, count_first + 1: more may
				 * pass; the rest is counted when idle or needed */
	int64_t count_first;    /* APP_FILTER_FIRST (a test lowers it) */
	int64_t sel, top;       /* selected row, first visible row */
	struct app_row *rows;   /* rows [rows_off, rows_off + nrows) */
	size_t nrows;
	int64_t rows_off;
	size_t fetches;         /* store queries made for the window */
	int64_t warm[2];        /* the documents a page down and up open, read ahead */
	int64_t warm_end;       /* the list's count when its last screen was read ahead, */
	enum store_order warm_order; /* and its order */

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

	/* The sidebar, scrolled when it has focus; side_sel is the entry of
	 * its references selected (refs, then backlinks), or SIZE_MAX. */
	size_t side_top;
	size_t side_sel;

	/* The references of the document, by start, and the cursor on them
	 * (an index, or SIZE_MAX); the documents that cite it. */
	struct app_ref *refs;
	size_t nrefs, ref;
	struct app_backlink *backlinks;
	size_t nbacklinks;

	/* The jump list: places to go back and forward to. */
	struct app_place *back, *fwd;
	size_t nback, nfwd;

	/* The link being made: to an existing reference (link_ref), else to
	 * the passage [link_start, link_end) (links.c). */
	int64_t link_ref;
	size_t link_start, link_end;
	char *link_phrase;

	/* The list pane's view. */
	enum app_listview listview;

	/* Each mode's own state, in the mode's file's terms. */
	struct people_state people;
	struct results_state results;
	struct notes_state notes;
	struct marks_state marks;
	struct chooser_state chooser;
	struct prompt_state prompt;
	struct form_state form;
	struct select_state selection;
	struct editor_state editor;
	struct help_state help;
	struct yank_state yank;

	/* The reader's annotations of the open document, by start, and the
	 * one under the cursor (an index, or SIZE_MAX). */
	struct app_annot *annots;
	size_t nannots, annot;
	struct app_deleted deleted; /* the last one deleted, for u */
	int64_t reattach;       /* the orphan R re-attaches (0: the document's first) */
	int64_t tag_id;         /* the annotation the tags prompt is for */
	int64_t data_version;   /* the library's, when last read */

	char *message;
	int message_error;

	/* The modes keys go to (mode.h): the focused pane's, under the
	 * overlays opened on it, the last on top. */
	const char *pane_mode[PANE_COUNT];
	const char *overlay[16];
	size_t noverlay;
};

/* ---- what the reader's files share, and no one else ---- */

/* The modes follow the state: the list pane's view, the selection in
 * the text, the question on the message line, the empty library. */
void app_listview_set(struct app *a, enum app_listview v);
void app_selecting(struct app *a, int on);
void app_ask_set(struct app *a, enum app_ask ask);
void app_welcome_sync(struct app *a);
/* YYYY, YYYY-MM or YYYY-MM-DD. */
int app_date_ok(const char *s);
/* The list's window of rows, the layouts: dropped to be made again. */
void app_rows_clear(struct app *a);
void app_layouts_free(struct app *a);

/* Scrolls so that body byte off is in view, a third down the pane. */
void app_reveal(struct app *a, size_t off);
/* Display lines of the reading pane. */
size_t app_view_h(const struct app *a);
/* The bytes of the body on screen, [*s, *e) (*e is SIZE_MAX when the end
 * is on screen): what is on screen is found by its bytes, not by laying
 * out the whole of a long document to number the lines of what is not. */
void app_view_bytes(const struct app *a, size_t *s, size_t *e);
/* Shows an allocated cause as an error and frees it. */
void app_error_cause(struct app *a, char *cause);
/* Shows view v in the list pane, focused; -1 if there is no room. */
int app_view_show(struct app *a, enum app_listview v);
/* Makes the link to a reference (ref) or a passage begin. */
void app_link_set(struct app *a, int64_t ref, size_t start, size_t end, const char *phrase);
/* Counts the documents again; -1 with a message. */
int app_refresh_counts(struct app *a);
void app_list_clamp(struct app *a);
/* Removes bytes [from, to) of a line being edited; the cursor goes to from. */
void app_line_cut(struct app_line *l, size_t from, size_t to);
/* A letter, digit or combining mark: what words are made of. */
int app_word_char(ucs4_t c);
/* Widens [*s, *e) of body to whole words. */
void app_word_bounds(const char *body, size_t len, size_t *s, size_t *e);


/* ---- functions of one file that others use ---- */
/* The rows of the help screen. */
int app_help_rows(const struct app *a);
/* Where the chooser is drawn; returns the rows of its choices, or -1
 * when there is no room for it. */
int app_chooser_box(const struct app *a, struct app_rect *box);
/* The search (or the words to link) as the reader types them: found from
 * where the prompt opened. */
void app_search_typed(struct app *a, const char *text);
/* Escape: the search and the place from before the prompt. */
void app_search_restore(struct app *a);
/* 1 (with the error said) if the library is read-only, or was deleted
 * or replaced since the reader opened it: what cannot be done is `what`. */
int app_refuse_readonly(struct app *a, const char *what);
void app_deleted_clear(struct app_deleted *d);
/* "“the quote”: the note" for the message line, on one line. */
void app_describe_annot(struct app *a, const struct app_annot *an, const char *prefix);
void app_note_rows_free(struct app_note_row *v, size_t n);
void app_choice_add(struct app *a, int64_t id, const char *date, const char *title, int linked);
/* Adds document id, with its date and title, to the chooser. */
void app_choice_add_doc(struct app *a, int64_t id, int linked);
void app_choices_clear(struct app *a);
/* Opens the chooser; pick answers Enter and c, cancel Escape. */
void app_choose_open(struct app *a, enum app_choose what, char *title, int (*pick)(struct app *a, int link),
		     void (*cancel)(struct app *a));
void app_close_doc(struct app *a);
int64_t app_list_height(const struct app *a);
void app_sync_selection(struct app *a);
void app_annotate(struct app *a, size_t s, size_t e, int external);
/* Makes hit h current and brings it into view. */
void app_goto_hit(struct app *a, size_t h);
/* The first hit at or after body offset from, wrapping; sets *wrapped. */
size_t app_hit_from(const struct app *a, size_t from, int *wrapped);
int app_digits(const char *s, size_t n);
/* "“your cable of 30 September” → Telegram No. 1021" for messages. */
void app_describe_ref(struct app *a, const struct app_ref *r, const char *prefix);
void app_link_reset(struct app *a);
int app_parse_date(const char *text, char iso[11]);
/* Takes the reader's choice on reference id back, and resolves again. */
int app_ref_reset(struct app *a, int64_t id);
void app_mark_rows_free(struct app *a);
void app_fit_panes(struct app *a);
void app_relayout(struct app *a);
void app_people_clear(struct app *a);
void app_results_clear(struct app *a);
void app_view_clamp(struct app *a);
/* Entries of the view in the pane, and its selection and top. */
int64_t app_rows_count(const struct app *a);
int64_t app_rows_shown(const struct app *a);
int64_t *app_rows_sel(struct app *a);
int64_t *app_rows_top(struct app *a);
/* The paragraph (between blank lines) holding off. */
void app_para_at(const char *b, size_t len, size_t off, size_t *s, size_t *e);
/* The word at off, else the next one, else the one before. */
void app_word_at(const char *b, size_t len, size_t off, size_t *s, size_t *e);
/* The display line of byte off, as a byte range. */
void app_line_at(const struct app *a, size_t off, size_t *s, size_t *e);
/* The column of byte off on its line, as drawn. */
int app_column_of(const struct app *a, size_t line, size_t off);
/* The byte of body line `line` drawn at column col (the last one when
 * the line is shorter). */
size_t app_offset_at_col(const struct app *a, size_t line, int col);
/* The first byte of text on screen (past white space). */
size_t app_first_visible(const struct app *a);
int app_ref_visible(const struct app *a, size_t i);
void app_refs_clear(struct app *a);
/* Reads the references out of and into the open document; the cursor
 * stays on reference keep (an id) if it is still there. */
void app_refs_load(struct app *a, int64_t keep);

#endif
