/* app.h: the reader's state and the actions on it, with no terminal.
 *
 * The TUI turns keys into these actions (through the key table) and
 * has the state drawn; tests drive the same actions against a real
 * library. The state is an opaque handle: only the reader's own files
 * (src/reader) see its fields. Positions in a document are byte offsets
 * in its body, so they survive a resize and are what the library
 * remembers. */
#ifndef DOSSIER_APP_H
#define DOSSIER_APP_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/cite.h"
#include "dossier/layout.h"
#include "dossier/store.h"
#include "dossier/util.h"

struct keymap;

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

/* A line being edited (a prompt, a form field, a note). */
struct app_line {
	struct buf text;
	size_t cursor;          /* byte offset in text */
	size_t max;             /* the most bytes it may grow to (0: no bound) */
};

enum app_prompt {
	PROMPT_NONE,
	PROMPT_SEARCH,          /* / in the reading pane: incremental */
	PROMPT_FILTER,          /* / in the list: filters as you type */
	PROMPT_DATE,            /* t: go to a date */
	PROMPT_LIBRARY,         /* S: search the library */
	PROMPT_QUOTE,           /* a: the words to link (incremental, as /) */
	PROMPT_TARGET,          /* where a link goes: an id, a date or words */
	PROMPT_MERGE,           /* people: merge into whom */
	PROMPT_SPLIT,           /* people: which name to split off */
	PROMPT_PEOPLE,          /* people: find by name as you type */
	PROMPT_TAGS,            /* T: the tags of an annotation */
	PROMPT_NOTES,           /* annotations view: filter as you type */
};

/* A reference of the open document, as the reading pane marks it. */
enum app_ref_state {
	APP_REF_RESOLVED,       /* pointed at a document by resolution */
	APP_REF_UNRESOLVED,     /* no target (maybe candidates) */
	APP_REF_MANUAL,         /* linked by the reader */
	APP_REF_DISMISSED,      /* the reader said it is no reference */
};

struct app_ref {
	int64_t id;
	size_t start, end;      /* the phrase, bytes of the body */
	char *phrase;
	int64_t target;         /* 0: none */
	char *target_title;     /* NULL without a target */
	char *target_date;      /* ISO, or NULL */
	int64_t *cands;         /* other possible targets */
	size_t ncands;
	enum app_ref_state state;
};

/* A document that cites the open one. */
struct app_backlink {
	int64_t ref_id, doc;
	size_t start, end;      /* the citing phrase, bytes of that document */
	char *phrase, *title, *date;
};

/* A place the jump list returns to: exactly what was on screen. */
struct app_place {
	int64_t doc;
	size_t pos, head_skip;  /* as in struct app */
	int64_t ref;            /* the reference under the cursor, or 0 */
};

/* What the list pane shows. */
enum app_listview {
	LIST_DOCUMENTS,
	LIST_PEOPLE,            /* p: persons, their names and counts */
	LIST_RESULTS,           /* S: a library search's results */
	LIST_NOTES,             /* @: every annotation of the library */
	LIST_MARKS,             /* M: the marks (bookmarked places) */
};

/* One of the reader's annotations of the open document. */
struct app_annot {
	int64_t id;
	size_t start, end;      /* the passage, bytes of the body */
	char *quote, *text, *tags;
	int orphaned;
};

/* A row of the annotations view: an annotation anywhere in the library. */
struct app_note_row {
	int64_t id, doc;
	size_t start, end;
	char *quote, *text, *tags, *created;
	char *doc_title, *doc_date;
	int orphaned;
};

/* A row of the marks view. */
struct app_mark_row {
	char letter;
	int64_t doc;
	size_t pos;
	char *title, *date;
};

/* The last annotation deleted, kept whole so u can bring it back. */
struct app_deleted {
	int valid;
	int64_t doc;
	size_t start, end;
	char *quote, *prefix, *suffix, *text, *tags, *uuid, *created;
};

/* A question on the message line that waits for its answer. */
enum app_ask {
	ASK_NONE,
	ASK_UNSAVED,            /* the note being written is not saved */
};

/* A key that waits for the next one (a mark's letter). */
enum app_pending {
	PENDING_NONE,
	PENDING_MARK_SET,       /* m */
	PENDING_MARK_GO,        /* ' */
};

struct app_person {
	int64_t id;
	char *name;
	char *aliases;          /* "Feng Xi, Filippov", or NULL */
	int64_t docs;
	char *fold;             /* name and aliases folded, for finding */
};

struct app_result {
	int64_t id;
	char *date, *title, *who;
	char *snippet;          /* the hits between APP_HIT_OPEN and APP_HIT_CLOSE */
};

/* The markers of hits in a result's snippet: control characters, so they
 * can never come from a document (import removes those); the view turns
 * them into a style and never draws them. */
#define APP_HIT_OPEN "\x01"
#define APP_HIT_CLOSE "\x02"

/* The chooser: a small list over the panes. */
enum app_choose {
	CHOOSE_FOLLOW,          /* Enter opens the chosen document */
	CHOOSE_LINK,            /* Enter links the reference (or passage) to it */
};

struct app_choice {
	int64_t id;             /* 0: "another document...", which prompts */
	char *date, *title;
	int linked;             /* the reference's target now */
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

/* The reader's state: private to the reader (src/reader); the drawing
 * reads it through view_draw, a terminal through the functions below. */
struct app;

/* The labels of the form's fields, "Title", "Date", "From", "To". */
extern const char *const app_form_labels[FORM_FIELDS];

/* Creates the reader's state over an open library (the store stays the
 * caller's). Returns NULL with *cause if the library cannot be read. */
struct app *app_create(struct store *s, const struct app_opts *opts, char **cause);
/* Saves the reading position and frees. */
void app_free(struct app *a);

/* What a terminal asks of the state between frames. */
int app_quitting(const struct app *a);
/* 1 once after a key asked for the whole screen to be repainted. */
int app_take_redraw(struct app *a);
/* The message line's text ("" when there is none). */
const char *app_message_text(const struct app *a);
/* The note editor is open; its text; it asks for $VISUAL. */
int app_note_open(const struct app *a);
const char *app_note_text(const struct app *a);
int app_wants_external(const struct app *a);
/* What y and o asked of the terminal, each taken once (the caller frees;
 * NULL when nothing): the OSC 52 sequence that puts the copied text on
 * the clipboard (write it only to a terminal), the URL to open. */
char *app_take_clipboard(struct app *a, size_t *len);
char *app_take_open(struct app *a);
/* The style y c copies citations in (the config's cite-style). */
void app_set_cite_style(struct app *a, enum cite_style style);

/* Before a frame: each mode fits its scroll offsets to the screen (the
 * sidebar's, the help's, the chooser's) and the list fetches the rows on
 * screen, so that drawing (view_draw) only reads. km is the keymap the
 * help is made from. */
void app_fit(struct app *a, const struct keymap *km);

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
void app_search_next(struct app *a, long dir);

/* Documents. */
int app_next_doc(struct app *a, int dir);     /* in the list's order */
void app_list_move(struct app *a, long n);    /* moves the selection and opens it */
void app_list_page(struct app *a, long dir);
void app_list_first(struct app *a);
void app_list_last(struct app *a);
void app_list_open(struct app *a);            /* Enter: read the selected one */
void app_sort_cycle(struct app *a);
/* Filters the list (NULL or "": all). Returns 0, or -1 for a malformed
 * filter (message set, list unchanged). */
int app_set_filter(struct app *a, const char *filter);
/* A filter's documents are counted up to APP_FILTER_FIRST + 1 at once,
 * the rest when the reader is idle or a move needs the end: a common
 * word's count is most of a filter's time. */
#define APP_FILTER_FIRST 1000
/* The same for a filter being typed: the selection at the top. Each key
 * must answer at once, whatever the words match. */
int app_try_filter(struct app *a, const char *filter);
/* Counts the rest of a filter's documents, if a first count left any: 1
 * when the count changed. */
int app_count_settle(struct app *a);
/* The row of the list window at index i, fetching it if need be; NULL
 * past the end. */
const struct app_row *app_row(struct app *a, int64_t i);
/* The row at index i if the window holds it (app_fit fetches the rows
 * on screen); NULL otherwise. */
const struct app_row *app_row_held(const struct app *a, int64_t i);
/* While the reader waits for a key: fetches a few more of the rows a
 * page up or down would show, so that the step finds them held (in a
 * large library each row not yet read is a read from the disk), then
 * reads the two documents those steps would open, and drops them (their
 * pages are then at hand). 1 when it read something (call again while no
 * key comes), 0 when nothing more is wanted. Nothing on screen changes. */
int app_rows_ahead(struct app *a);

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

/* Line editing shared by the prompt and the form. Inserting refuses text
 * that would make the line pass its max (-1; 0 when inserted). */
int app_line_insert(struct app_line *l, const char *s);
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
/* A paste (the terminal's bracketed paste): text, not keys. Goes into
 * the note or the line being edited at once, cleaned as any text from
 * outside (escape sequences and controls removed; on one line, newlines
 * become spaces); elsewhere, the message says nothing takes it. */
void app_paste(struct app *a, const char *text, size_t len);

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

/* ---- references, the jump list, people, time, library search ---- */

/* A buffer the caller keeps for app_line_marks (free(v) when done). */
struct app_marks {
	struct layout_mark *v;
	size_t cap;
};
/* The marks of body line `line` (references, hits over them), sorted and
 * not overlapping, for layout_line_marked; *out points into buf and
 * stays valid until the next call with it. Returns the number. */
size_t app_line_marks(const struct app *a, size_t line, struct app_marks *buf, const struct layout_mark **out);
/* The reference under the cursor, if it is on screen (or chosen in the
 * focused sidebar); NULL otherwise. */
const struct app_ref *app_current_ref(const struct app *a);
/* Tab / BackTab: the next (dir > 0) or previous reference, from the one
 * under the cursor if it is on screen, else from the screen; wraps. */
void app_ref_next(struct app *a, long dir);
/* Enter: follows the current reference to its target, or opens the
 * chooser over its candidates. Returns 0, or -1 with a message. */
int app_ref_follow(struct app *a);
/* c: the chooser of targets for the current reference (its candidates,
 * and "another document..." which prompts), or the prompt directly. */
void app_ref_change(struct app *a);
/* x: the current reference is no reference (store_ref_choose(ref, 0)). */
int app_ref_dismiss(struct app *a);
/* X: the reader's choice on the current reference is taken back: it is
 * resolved automatically again (a passage linked by hand is unlinked).
 * The chooser of c offers the same. */
int app_ref_automatic(struct app *a);
/* The chooser's entry for "automatic again". */
#define CHOICE_AUTOMATIC (-1)
/* a: link a passage by hand: prompts for its words (found as you type,
 * as /), then for the target. */
void app_link_begin(struct app *a);
/* Where the link being made goes: a document id, a date ("1950-10-08",
 * "8 October 1950") or words and filters (the search syntax). An id
 * links at once; otherwise the documents that match are offered in the
 * chooser. */
int app_link_target(struct app *a, const char *text);
/* Makes the link being made point at target. */
int app_link_to(struct app *a, int64_t target);

/* The chooser. */
void app_choose_move(struct app *a, long n);
/* Enter (link 0) or c (link 1: link the reference to the choice, then
 * open it). */
int app_choose_pick(struct app *a, int link);
void app_choose_cancel(struct app *a);

/* The jump list. app_jump opens doc (pushing where we are), revealing
 * byte at (0: the top; SIZE_MAX: where it was last read) with the cursor
 * on reference ref (0: none). */
int app_jump(struct app *a, int64_t doc, size_t at, int64_t ref);
int app_back(struct app *a);
int app_forward(struct app *a);

/* The sidebar's entries: the references out, then the backlinks. */
size_t app_side_entries(const struct app *a);
/* j/k in the focused sidebar: selects an entry (an out reference also
 * takes the reference cursor); scrolls when there are none. */
void app_side_select(struct app *a, long dir);
/* Enter in the sidebar: follows a reference; opens a backlink's document
 * at the citing phrase. */
void app_side_open(struct app *a);

/* The list pane's views. */
void app_people_toggle(struct app *a);        /* p */
int app_people_load(struct app *a);
void app_people_find(struct app *a, const char *text);
/* Enter on a person: the document list filtered to their documents. */
void app_people_open(struct app *a);
int app_people_merge(struct app *a, const char *into);
int app_people_split(struct app *a, const char *name);
/* The selected person, or NULL. */
const struct app_person *app_person_selected(const struct app *a);
/* Searches the library (store_search: ranked, with snippets, filters);
 * the results replace the list. -1 with a message for a bad query. */
int app_library_search(struct app *a, const char *query);
/* Enter on a result: opens it at the first hit of the query's words. */
int app_result_open(struct app *a);
/* Back to the document list. */
void app_view_close(struct app *a);
/* Moves the selection of the people or results view. */
void app_view_move(struct app *a, long n);
void app_view_page(struct app *a, long dir);
void app_view_ends(struct app *a, long dir);
/* Rows of the pane one entry of the view takes. */
int app_view_row_height(const struct app *a);

/* t: the first document on or after a date ("1950", "1950-10",
 * "1950-10-08", "8 October 1950"), in date order and within the filter;
 * selected and opened. */
int app_goto_date(struct app *a, const char *text);
/* } / {: the next or previous letter between the same two parties. */
int app_next_between(struct app *a, int dir);

/* The first place in body where the words of a search query occur (case
 * and diacritics ignored, whole words unless a prefix*; a phrase of all
 * the words first, else the earliest word). 0 with [*start, *end), or -1. */
int app_first_hit(const char *body, size_t len, const char *query, size_t *start, size_t *end);

/* The prompt's label ("date: "). Caller frees. */
char *app_prompt_label(const struct app *a);

/* Rereads what another dossier may have changed: counts, the open
 * document's references, backlinks and annotations, the list pane's
 * views. C-l does it, and app_poll when the library changed. */
void app_refresh(struct app *a);
/* 1 (after a refresh) if another connection committed since the last
 * look. Cheap: one pragma. */
int app_poll(struct app *a);

/* Mouse: a click or the wheel at a cell. */
enum app_mouse_event {
	MOUSE_CLICK,            /* the button went down */
	MOUSE_DRAG,             /* moved with the button down */
	MOUSE_RELEASE,
	MOUSE_WHEEL_UP,
	MOUSE_WHEEL_DOWN,
};
void app_mouse(struct app *a, int x, int y, enum app_mouse_event what);

/* A note to show in the sidebar beside the line it belongs to. */
struct app_note_at {
	size_t note;            /* index in a->doc->doc->notes */
	int row;                /* row of its line in the reading pane */
};
/* The notes on the visible lines, in order; returns the number (at most
 * max). */
size_t app_visible_notes(const struct app *a, struct app_note_at *out, size_t max);

/* The title to show for a document: its title, else its file's name,
 * else "document N". Caller frees. */
char *app_title(const char *title, const char *path, int64_t id);
char *app_doc_title(const struct store_doc *sd);
/* "Feng Xi → Shtykov, Zakharov", or NULL when neither is known. */
char *app_doc_people(const struct doc *d);

#endif
