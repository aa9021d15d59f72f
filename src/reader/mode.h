/* mode.h: the reader's modes, private to the reader (src/reader).
 *
 * A mode is what keys mean now: the focused pane's view (documents,
 * people, the text, the selection...) or an overlay opened on it (a
 * prompt, the form, help, the chooser, the note editor...). Each is one
 * file with its state, its actions and its default keys, and one line in
 * the registry (modes.c). The state keeps a stack: the focused pane's mode
 * under the overlays opened since, the last on top. A key goes to the top
 * mode; one it does not bind is looked up in its parent (by name, so no
 * mode file needs another), and one bound nowhere goes to its input (the
 * prompt types it). */
#ifndef DOSSIER_READER_MODE_H
#define DOSSIER_READER_MODE_H

#include "dossier/keys.h"
#include "state.h"

/* A default binding: keys separated by spaces, an action's name. */
struct mode_key {
	const char *keys;
	const char *action;
};

struct mode {
	const char *name;       /* the config's context: "reading" */
	const char *title;      /* the help's heading */
	const char *parent;     /* where an unbound key is looked up, or NULL */
	/* What can be bound here, in the help's order, NULL-ended; an
	 * action of the parent can be bound here too. */
	const struct key_action *const *actions;
	/* The default bindings, ended by a NULL keys; they go through the
	 * same checks as a config's bind lines. */
	const struct mode_key *keys;
	/* A key bound nowhere on the chain: 1 if it was used (typed into a
	 * line); 0 if not (it says why when it should). NULL: "not bound". */
	int (*input)(struct app *a, const char *key);
	/* Before a frame: scroll offsets fitted to the geometry, so that the
	 * drawing only reads. */
	void (*fit)(struct app *a);
	/* Another dossier wrote to the library (C-l, or app_poll). */
	void (*refresh)(struct app *a);
	/* The reader closes: frees what the mode keeps in the state. */
	void (*free)(struct app *a);
	int keeps_message;      /* a key here does not clear the message */
};

/* A kind of prompt: the mode that opens it says what it is and what
 * its text does, so the prompt needs no mode of its own kinds. */
struct prompt_kind {
	enum app_prompt id;
	const char *label;                              /* "filter: ", or */
	char *(*label_of)(const struct app *a);         /* one made now; caller frees */
	int needs_doc;                                  /* opens on an open document only */
	int (*may_open)(struct app *a);                 /* NULL or 0: opens; -1: not here */
	/* Just opened: what Escape brings back (a->prompt.saved), what the
	 * line starts with, a hint on the message line. */
	void (*opened)(struct app *a);
	void (*changed)(struct app *a, const char *text); /* as the reader types */
	void (*accept)(struct app *a, const char *text);
	void (*cancel)(struct app *a);                  /* NULL: the message is blanked */
};

/* Opens the prompt of kind k; -1 if it may not open here. */
int prompt_open(struct app *a, const struct prompt_kind *k);
/* For an opened hook: the line starts as old (a filter being edited),
 * which Escape brings back. */
void prompt_edit(struct app *a, const char *old);

/* The kinds, each defined by the mode that opens it. */
extern const struct prompt_kind prompt_search, prompt_filter, prompt_date, prompt_library, prompt_quote,
	prompt_target, prompt_merge, prompt_split, prompt_people, prompt_tags, prompt_notes;

/* The modes. */
extern const struct mode mode_global;
extern const struct mode mode_list;
extern const struct mode mode_read;
extern const struct mode mode_select;
extern const struct mode mode_editor;
extern const struct mode mode_ask;
extern const struct mode mode_side;
extern const struct mode mode_people;
extern const struct mode mode_results;
extern const struct mode mode_annotations;
extern const struct mode mode_marks;
extern const struct mode mode_chooser;
extern const struct mode mode_prompt;
extern const struct mode mode_form;
extern const struct mode mode_help;
extern const struct mode mode_welcome;
extern const struct mode mode_mark;
extern const struct mode mode_yank;

/* The registry: every mode with a name, in the help's order, NULL-ended. */
extern const struct mode *const modes[];
/* The registered mode of that name, or NULL. */
const struct mode *mode_named(const char *name);

/* The name of the mode keys go to now: the top overlay, else the
 * focused pane's. */
const char *mode_top(const struct app *a);
/* Opens overlay `name` on top (moved there if it was open already). */
void mode_push(struct app *a, const char *name);
/* Closes an overlay wherever it is in the stack (none: nothing). */
void mode_pop(struct app *a, const char *name);
/* Opens or closes an overlay to match `on`. */
void mode_show(struct app *a, const char *name, int on);
/* The mode of pane p (its view, or the selection in the text). */
void mode_pane(struct app *a, enum app_pane p, const char *name);
/* An input that lets every unbound key go, silently (help, chooser). */
int mode_ignore(struct app *a, const char *key);
/* The input of modes that edit a line: a character is typed. */
int mode_typed(struct app *a, const char *key);
/* 1 if overlay `name` is open. */
int mode_open(const struct app *a, const char *name);

/* BEGIN shared actions: offered by more than one mode, defined once. */
/* annotations.c */
extern const struct key_action act_annotations, act_delete_annotation, act_next_annotation, act_previous_annotation, act_tag_annotation, act_undo_delete;
/* editor.c */
extern const struct key_action act_annotate_paragraph, act_edit_annotation, act_edit_annotation_external;
/* form.c */
extern const struct key_action act_correct;
/* global.c */
extern const struct key_action act_quit, act_redraw;
/* help.c */
extern const struct key_action act_help;
/* links.c */
extern const struct key_action act_automatic_reference, act_change_reference, act_dismiss_reference, act_follow_reference, act_link_passage;
/* marks.c */
extern const struct key_action act_goto_mark, act_marks, act_set_mark;
/* people.c */
extern const struct key_action act_people;
/* prompt.c */
extern const struct key_action act_backspace, act_cursor_left, act_cursor_right, act_delete, act_kill_line, act_kill_word, act_line_end, act_line_start;
/* read.c */
extern const struct key_action act_search;
/* results.c */
extern const struct key_action act_search_library;
/* rows.c */
extern const struct key_action act_close_view, act_row_down, act_row_first, act_row_last, act_row_page_down, act_row_page_up, act_row_up;
/* select.c */
extern const struct key_action act_select, act_select_lines;
/* END shared actions */

/* yank.c: y (copy) and o (open the URL), offered by global. */
extern const struct key_action act_yank, act_open_url;

#endif
