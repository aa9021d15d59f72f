/* app_notes.h: the reader's own annotations in the reader, with no
 * terminal: selecting a passage, writing a note on it (in the editor
 * inside dossier or in $VISUAL), the highlights and the cursor on them,
 * editing, deleting with undo, tags, the view of every annotation, and
 * marks (m + letter, ' + letter). The state lives in struct app.
 *
 * Nothing is said to be saved before it is committed: every change goes
 * straight to the library, one statement in autocommit. */
#ifndef DOSSIER_APP_NOTES_H
#define DOSSIER_APP_NOTES_H

#include <stddef.h>

#include "dossier/app.h"

/* (Re)reads the annotations of the open document, keeping the cursor on
 * the same one where it still exists. */
void app_annots_load(struct app *a);
void app_annots_clear(struct app *a);
/* The annotation under the cursor, if it is on screen; NULL otherwise. */
const struct app_annot *app_current_annot(const struct app *a);
/* ) / (: the next (dir > 0) or previous annotation, from the one under
 * the cursor if it is on screen, else from the screen; wraps. */
void app_annot_next(struct app *a, long dir);

/* Where the reader's cursor is: the selection's head, else the
 * annotation, reference or hit under the cursor when on screen, else the
 * first words on screen. A byte offset into the body. */
size_t app_cursor(const struct app *a);
/* The body's byte at a cell of the screen, or SIZE_MAX if the cell shows
 * no body text. */
size_t app_offset_at(const struct app *a, int x, int y);
/* The annotations whose passages are on the visible lines (orphans are
 * not), each at the row where it starts (or the top row); returns the
 * number. .note is an index in a->annots. */
size_t app_visible_annots(const struct app *a, struct app_note_at *out, size_t max);

/* ---- the selection ---- */

enum app_select_move {
	SELECT_WORD_NEXT,
	SELECT_WORD_PREV,
	SELECT_LINE_DOWN,
	SELECT_LINE_UP,
	SELECT_PARA_NEXT,       /* to the end of the paragraph, then the next */
	SELECT_PARA_PREV,
};

/* v (lines 0): selects the word at the cursor; V (lines 1): its line. */
void app_select_begin(struct app *a, long lines);
/* Starts a selection at byte off (the mouse). */
void app_select_at(struct app *a, size_t off, int lines);
/* Moves the head to the word (line) at byte off (a drag). */
void app_select_extend(struct app *a, size_t off);
/* The mouse in the reading pane at byte off (SIZE_MAX: no text there):
 * a press notes the word, a drag to another word selects. */
void app_select_mouse(struct app *a, enum app_mouse_event what, size_t off);
void app_select_move(struct app *a, enum app_select_move m);
/* o: the other end moves now. */
void app_select_swap(struct app *a);
void app_select_cancel(struct app *a);
/* The passage selected, [*s, *e); -1 if nothing is. */
int app_select_range(const struct app *a, size_t *s, size_t *e);
/* Enter / a (external 0) or E (external 1): a note on the selection. */
void app_select_annotate(struct app *a, long external);
/* L: links the selection to a document (asks which). */
void app_select_link(struct app *a);
/* R: re-attaches an orphaned annotation of the document (the one opened
 * from the annotations view, else the first) to the selection. */
int app_select_reattach(struct app *a);
/* A: a note on the paragraph at the cursor. */
void app_annotate_paragraph(struct app *a, long external);

/* ---- the note editor ---- */

/* E: edits the note of the annotation under the cursor. */
void app_note_edit(struct app *a, long external);
/* Saves the note being written (an empty one is refused); 0, or -1 with
 * a message. The screen says "saved" only after the commit. */
int app_note_save(struct app *a);
/* Escape: closes the editor, asking first if the text changed. */
void app_note_cancel(struct app *a);
/* The answer to "not saved": 1 save, 0 discard, -1 go on writing. */
void app_note_answer(struct app *a, long answer);
/* What $VISUAL left (NULL with error set if it failed): saved when not
 * empty, else the editor inside dossier stays open. */
void app_note_external_done(struct app *a, const char *text, const char *error);
/* The reader is being closed (SIGTERM, SIGHUP) with a note being
 * written: it is kept as an annotation tagged "draft". 1 if one was. */
int app_note_rescue(struct app *a);

/* Editing keys of the note (the rest are the prompt's). */
void app_note_newline(struct app *a);
void app_note_home(struct app *a);            /* start of the line */
void app_note_end(struct app *a);             /* end of the line */
void app_note_vertical(struct app *a, int dir);/* up or down a line */
void app_note_kill_end(struct app *a);        /* to the end of the line */
void app_note_kill_start(struct app *a);      /* to the start of the line */

/* ---- changing annotations ---- */

/* D: deletes the annotation under the cursor (or selected in the
 * annotations view); u brings the last one deleted back. */
int app_annot_delete(struct app *a);
int app_annot_undo(struct app *a);
/* T: asks for the tags of the annotation under the cursor. */
void app_annot_tags_begin(struct app *a);
/* Sets them (words separated by spaces or commas; a leading # is
 * dropped). */
int app_annot_set_tags(struct app *a, const char *text);

/* ---- the annotations view ---- */

/* @: every annotation of the library in the list pane (@ again: back). */
void app_notes_toggle(struct app *a);
int app_notes_load(struct app *a);
/* Filters the view: words of the note and the quote, and tag:NAME. */
int app_notes_filter(struct app *a, const char *text);
/* s in the view: newest first, or by the documents' dates. */
void app_notes_order(struct app *a);
/* Enter: opens the document at the passage. */
int app_notes_open(struct app *a);

/* ---- marks ---- */

/* m / ': the next key is a mark's letter. */
void app_mark_pending(struct app *a, enum app_pending p);
/* The letter came: sets the mark here, or goes to it. */
int app_mark_key(struct app *a, const char *key);
/* (Re)reads the marks view. */
int app_marks_load(struct app *a);
/* M: the marks (bookmarked documents) in the list pane. */
void app_marks_toggle(struct app *a);
int app_marks_open(struct app *a);            /* Enter in the view */
/* D in the marks view: removes the mark. */
int app_marks_delete(struct app *a);

#endif
