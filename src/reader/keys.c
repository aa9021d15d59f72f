/* keys.c: the action table, the default bindings, dispatch and the help
 * screen, all from the same tables (as tmux's command table). */
#include "dossier/keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "state.h"

/* ---- actions: thin wrappers from (app, arg) to the app's verbs ---- */

static void act_quit(struct app *a, long arg)
{
	(void)arg;
	a->quit = 1;
}

static void act_help(struct app *a, long arg)
{
	(void)arg;
	app_help_toggle(a);
}

static void act_help_scroll(struct app *a, long arg)
{
	app_help_scroll(a, arg);
}

static void act_help_page(struct app *a, long arg)
{
	long h = a->h > 4 ? a->h - 3 : 1;
	if (arg == 0)
		a->help_top = 0;
	else if (arg > 1)
		app_help_scroll(a, (long)a->help_lines);
	else
		app_help_scroll(a, arg * h);
}

static void act_redraw(struct app *a, long arg)
{
	(void)arg;
	a->redraw = 1;
	/* Another dossier may have written meanwhile. */
	app_refresh(a);
}

static void act_focus(struct app *a, long arg)
{
	if (arg < 0)
		app_focus_left(a);
	else if (arg > 0)
		app_focus_right(a);
}

static void act_toggle_pane(struct app *a, long arg)
{
	app_toggle_pane(a, (enum app_pane)arg);
}

static void act_footnotes(struct app *a, long arg)
{
	(void)arg;
	app_toggle_footnotes(a);
}

static void act_next_doc(struct app *a, long arg)
{
	app_next_doc(a, (int)arg);
}

static void act_sort(struct app *a, long arg)
{
	(void)arg;
	app_sort_cycle(a);
}

static void act_edit(struct app *a, long arg)
{
	(void)arg;
	app_form_begin(a);
}

static void act_scroll(struct app *a, long arg)
{
	app_scroll_lines(a, arg);
	a->read = 1;
}

static void act_page(struct app *a, long arg)
{
	app_page(a, (int)arg);
	a->read = 1;
}

static void act_half(struct app *a, long arg)
{
	app_half_page(a, (int)arg);
	a->read = 1;
}

static void act_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_top(a);
	else
		app_bottom(a);
	a->read = 1;
}

static void act_search(struct app *a, long arg)
{
	(void)arg;
	app_prompt_begin(a, PROMPT_SEARCH);
}

static void act_search_next(struct app *a, long arg)
{
	app_search_next(a, (int)arg);
}

static void act_clear_search(struct app *a, long arg)
{
	(void)arg;
	if (a->search) {
		app_search_set(a, NULL);
		app_message(a, "search cleared");
	}
}

static void act_filter(struct app *a, long arg)
{
	(void)arg;
	app_prompt_begin(a, PROMPT_FILTER);
}

static void act_clear_filter(struct app *a, long arg)
{
	(void)arg;
	if (a->filter && app_set_filter(a, NULL) == 0)
		app_message(a, "filter cleared");
}

static void act_list_move(struct app *a, long arg)
{
	app_list_move(a, arg);
}

static void act_list_page(struct app *a, long arg)
{
	app_list_page(a, (int)arg);
}

static void act_list_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_list_first(a);
	else
		app_list_last(a);
}

static void act_list_open(struct app *a, long arg)
{
	(void)arg;
	app_list_open(a);
}

static void act_side_scroll(struct app *a, long arg)
{
	app_side_scroll(a, arg);
}

static void act_ref_next(struct app *a, long arg)
{
	app_ref_next(a, (int)arg);
}

static void act_ref_follow(struct app *a, long arg)
{
	(void)arg;
	app_ref_follow(a);
}

static void act_ref_change(struct app *a, long arg)
{
	(void)arg;
	app_ref_change(a);
}

static void act_ref_dismiss(struct app *a, long arg)
{
	(void)arg;
	app_ref_dismiss(a);
}

static void act_ref_automatic(struct app *a, long arg)
{
	(void)arg;
	app_ref_automatic(a);
}

static void act_link(struct app *a, long arg)
{
	(void)arg;
	app_link_begin(a);
}

static void act_jump(struct app *a, long arg)
{
	if (arg < 0)
		app_back(a);
	else
		app_forward(a);
}

static void act_side_select(struct app *a, long arg)
{
	app_side_select(a, arg);
}

static void act_side_page(struct app *a, long arg)
{
	long h = a->pane[PANE_SIDE].h > 3 ? a->pane[PANE_SIDE].h - 2 : 1;
	app_side_scroll(a, arg * h);
}

static void act_side_open(struct app *a, long arg)
{
	(void)arg;
	app_side_open(a);
}

static void act_choose_move(struct app *a, long arg)
{
	app_choose_move(a, arg);
}

static void act_choose(struct app *a, long arg)
{
	if (arg < 0)
		app_choose_cancel(a);
	else
		app_choose_pick(a, (int)arg);
}

static void act_people(struct app *a, long arg)
{
	(void)arg;
	app_people_toggle(a);
}

static void act_people_open(struct app *a, long arg)
{
	(void)arg;
	app_people_open(a);
}

static void act_prompt_for(struct app *a, long arg)
{
	app_prompt_begin(a, (enum app_prompt)arg);
}

static void act_view_move(struct app *a, long arg)
{
	app_view_move(a, arg);
}

static void act_view_page(struct app *a, long arg)
{
	app_view_page(a, (int)arg);
}

static void act_view_ends(struct app *a, long arg)
{
	app_view_ends(a, (int)arg);
}

static void act_view_close(struct app *a, long arg)
{
	(void)arg;
	app_view_close(a);
}

static void act_result_open(struct app *a, long arg)
{
	(void)arg;
	app_result_open(a);
}

static void act_between(struct app *a, long arg)
{
	app_next_between(a, (int)arg);
}

static void act_import_sample(struct app *a, long arg)
{
	(void)arg;
	app_import_sample(a);
}

/* ---- annotations, the selection, the note editor, marks ---- */

static void act_select(struct app *a, long arg)
{
	app_select_begin(a, (int)arg);
}

static void act_select_move(struct app *a, long arg)
{
	app_select_move(a, (enum app_select_move)arg);
}

static void act_select_swap(struct app *a, long arg)
{
	(void)arg;
	app_select_swap(a);
}

static void act_select_cancel(struct app *a, long arg)
{
	(void)arg;
	app_select_cancel(a);
}

static void act_select_annotate(struct app *a, long arg)
{
	app_select_annotate(a, (int)arg);
}

static void act_select_link(struct app *a, long arg)
{
	(void)arg;
	app_select_link(a);
}

static void act_select_reattach(struct app *a, long arg)
{
	(void)arg;
	app_select_reattach(a);
}

static void act_annotate_paragraph(struct app *a, long arg)
{
	app_annotate_paragraph(a, (int)arg);
}

static void act_annot_next(struct app *a, long arg)
{
	app_annot_next(a, (int)arg);
}

static void act_annot_edit(struct app *a, long arg)
{
	app_note_edit(a, (int)arg);
}

static void act_annot_delete(struct app *a, long arg)
{
	(void)arg;
	app_annot_delete(a);
}

static void act_annot_undo(struct app *a, long arg)
{
	(void)arg;
	app_annot_undo(a);
}

static void act_annot_tags(struct app *a, long arg)
{
	(void)arg;
	app_annot_tags_begin(a);
}

enum note_op {
	NOTE_SAVE,
	NOTE_CLOSE,
	NOTE_EXTERNAL,
	NOTE_NEWLINE,
	NOTE_UP,
	NOTE_DOWN,
	NOTE_HOME,
	NOTE_END,
	NOTE_KILL_END,
	NOTE_KILL_START,
};

static void act_note(struct app *a, long arg)
{
	switch ((enum note_op)arg) {
	case NOTE_SAVE:
		app_note_save(a);
		break;
	case NOTE_CLOSE:
		app_note_cancel(a);
		break;
	case NOTE_EXTERNAL:
		a->note_external = 1;
		break;
	case NOTE_NEWLINE:
		app_note_newline(a);
		break;
	case NOTE_UP:
	case NOTE_DOWN:
		app_note_vertical(a, arg == NOTE_UP ? -1 : 1);
		break;
	case NOTE_HOME:
		app_note_home(a);
		break;
	case NOTE_END:
		app_note_end(a);
		break;
	case NOTE_KILL_END:
		app_note_kill_end(a);
		break;
	case NOTE_KILL_START:
		app_note_kill_start(a);
		break;
	}
}

static void act_ask(struct app *a, long arg)
{
	app_note_answer(a, (int)arg);
}

static void act_notes(struct app *a, long arg)
{
	(void)arg;
	app_notes_toggle(a);
}

static void act_notes_open(struct app *a, long arg)
{
	(void)arg;
	app_notes_open(a);
}

static void act_notes_order(struct app *a, long arg)
{
	(void)arg;
	app_notes_order(a);
}

static void act_marks(struct app *a, long arg)
{
	(void)arg;
	app_marks_toggle(a);
}

static void act_mark_pending(struct app *a, long arg)
{
	app_mark_pending(a, (enum app_pending)arg);
}

static void act_marks_open(struct app *a, long arg)
{
	(void)arg;
	app_marks_open(a);
}

static void act_marks_delete(struct app *a, long arg)
{
	(void)arg;
	app_marks_delete(a);
}

enum line_op {
	LINE_BACKSPACE,
	LINE_DELETE,
	LINE_LEFT,
	LINE_RIGHT,
	LINE_HOME,
	LINE_END,
	LINE_KILL,
	LINE_KILL_WORD,
};

static void act_line(struct app *a, long arg)
{
	struct app_line *l = app_editing(a);
	if (l == NULL)
		return;
	size_t len = l->text.len;
	switch ((enum line_op)arg) {
	case LINE_BACKSPACE:
		/* Backspace on an empty prompt closes it, as in less and vi. */
		if (len == 0 && a->prompt != PROMPT_NONE) {
			app_prompt_cancel(a);
			return;
		}
		app_line_backspace(l);
		break;
	case LINE_DELETE:
		app_line_delete(l);
		break;
	case LINE_LEFT:
		app_line_left(l);
		break;
	case LINE_RIGHT:
		app_line_right(l);
		break;
	case LINE_HOME:
		app_line_home(l);
		break;
	case LINE_END:
		app_line_end(l);
		break;
	case LINE_KILL:
		app_line_kill(l);
		break;
	case LINE_KILL_WORD:
		app_line_kill_word(l);
		break;
	}
	if (a->prompt != PROMPT_NONE && l->text.len != len)
		app_prompt_changed(a);
}

static void act_prompt(struct app *a, long arg)
{
	if (arg > 0)
		app_prompt_accept(a);
	else
		app_prompt_cancel(a);
}

static void act_form(struct app *a, long arg)
{
	if (arg == 0)
		app_form_save(a);
	else if (arg == 2)
		app_form_cancel(a);
	else
		app_form_move(a, arg == 1 ? 1 : -1);
}

#define G CTX_BIT(CTX_GLOBAL)
#define L CTX_BIT(CTX_LIST)
#define R CTX_BIT(CTX_READ)
#define S CTX_BIT(CTX_SIDE)
#define P CTX_BIT(CTX_PROMPT)
#define F CTX_BIT(CTX_FORM)
#define H CTX_BIT(CTX_HELP)
#define W CTX_BIT(CTX_WELCOME)
#define PE CTX_BIT(CTX_PEOPLE)
#define RS CTX_BIT(CTX_RESULTS)
#define CH CTX_BIT(CTX_CHOOSER)
#define SE CTX_BIT(CTX_SELECT)
#define ED CTX_BIT(CTX_EDITOR)
#define AS CTX_BIT(CTX_ASK)
#define NO CTX_BIT(CTX_NOTES)
#define MK CTX_BIT(CTX_MARKS)

/* The order here is the order of the help screen. */
const struct key_action key_actions[] = {
	{ "help", act_help, 0, "show or hide this help", G | H | W },
	{ "quit", act_quit, 0, "quit (the reading position is kept)", G | W },
	{ "focus-left", act_focus, -1, "focus the pane to the left", G },
	{ "focus-right", act_focus, 1, "focus the pane to the right", G },
	{ "toggle-list", act_toggle_pane, PANE_LIST, "show or hide the document list", G },
	{ "toggle-sidebar", act_toggle_pane, PANE_SIDE, "show or hide the sidebar", G },
	{ "next-document", act_next_doc, 1, "next document in the list (by date unless sorted)", G },
	{ "previous-document", act_next_doc, -1, "previous document", G },
	{ "toggle-footnotes", act_footnotes, 0, "editorial brackets inline or as numbered notes", G },
	{ "sort", act_sort, 0, "sort the list by date, title or import order", G },
	{ "correct", act_edit, 0, "correct the title, date, sender, recipient", G },
	{ "search-next", act_search_next, 1, "next search hit", G },
	{ "search-previous", act_search_next, -1, "previous search hit", G },
	{ "next-reference", act_ref_next, 1, "next reference in the text (to another letter)", G },
	{ "previous-reference", act_ref_next, -1, "previous reference in the text", G },
	{ "back", act_jump, -1, "back to where you jumped from, the same place", G },
	{ "forward", act_jump, 1, "forward again (not C-i: a terminal sends Tab)", G },
	{ "next-in-correspondence", act_between, 1, "next letter between the same two people", G },
	{ "previous-in-correspondence", act_between, -1, "previous letter between the same two people", G },
	{ "goto-date", act_prompt_for, PROMPT_DATE, "go to the first document on or after a date", G },
	{ "search-library", act_prompt_for, PROMPT_LIBRARY, "search the library; from: to: person: date: kind:", G },
	{ "people", act_people, 0, "people: names, aliases and counts (p again: back)", G | PE },
	{ "redraw", act_redraw, 0, "redraw the screen", G | W },
	{ "import-sample", act_import_sample, 0, "import the bundled sample documents", W },
	{ "annotations", act_notes, 0, "every annotation in the library (@ again: back)", G | NO },
	{ "marks", act_marks, 0, "the marks: bookmarked places (M again: back)", G | MK },
	{ "set-mark", act_mark_pending, PENDING_MARK_SET, "m and a letter: mark this place", G },
	{ "goto-mark", act_mark_pending, PENDING_MARK_GO, "' and a letter: back to that mark, in any document", G },

	{ "list-down", act_list_move, 1, "next document in the list", L },
	{ "list-up", act_list_move, -1, "previous document in the list", L },
	{ "list-page-down", act_list_page, 1, "a page down the list", L },
	{ "list-page-up", act_list_page, -1, "a page up the list", L },
	{ "list-first", act_list_ends, -1, "first document", L },
	{ "list-last", act_list_ends, 1, "last document", L },
	{ "list-open", act_list_open, 0, "read the selected document", L },
	{ "filter", act_filter, 0, "filter the list (words in title, people, text)", L },
	{ "clear-filter", act_clear_filter, 0, "show every document again", L },

	{ "scroll-down", act_scroll, 1, "scroll down a line", R },
	{ "scroll-up", act_scroll, -1, "scroll up a line", R },
	{ "page-down", act_page, 1, "scroll down a page", R },
	{ "page-up", act_page, -1, "scroll up a page", R },
	{ "half-page-down", act_half, 1, "scroll down half a page", R },
	{ "half-page-up", act_half, -1, "scroll up half a page", R },
	{ "top", act_ends, -1, "go to the top", R },
	{ "bottom", act_ends, 1, "go to the bottom", R },
	{ "search", act_search, 0, "search in the document (as you type)", R | S },
	{ "clear-search", act_clear_search, 0, "clear the search highlights", R },
	{ "follow-reference", act_ref_follow, 0, "follow the reference (or choose among candidates)", R },
	{ "change-reference", act_ref_change, 0, "change where the reference goes", R | S },
	{ "dismiss-reference", act_ref_dismiss, 0, "dismiss the reference: it is none", R | S },
	{ "automatic-reference", act_ref_automatic, 0, "take your link or dismissal back: automatic again", R | S },
	{ "link-passage", act_link, 0, "link words of the text to a document by hand", R },
	{ "select", act_select, 0, "select words from the cursor (then annotate or link them)", R },
	{ "select-lines", act_select, 1, "select whole lines from the cursor", R },
	{ "annotate-paragraph", act_annotate_paragraph, 0, "write a note on the paragraph at the cursor", R },
	{ "next-annotation", act_annot_next, 1, "next of your annotations in the document", R },
	{ "previous-annotation", act_annot_next, -1, "previous annotation", R },
	{ "edit-annotation", act_annot_edit, 0, "edit the note of the annotation at the cursor", R },
	{ "edit-annotation-external", act_annot_edit, 1, "edit it in $VISUAL or $EDITOR", R },
	{ "delete-annotation", act_annot_delete, 0, "delete the annotation (u brings it back)", R | NO },
	{ "undo-delete", act_annot_undo, 0, "bring back the annotation deleted last", R | NO },
	{ "tag-annotation", act_annot_tags, 0, "set the annotation's tags", R | NO },

	{ "select-word-next", act_select_move, SELECT_WORD_NEXT, "extend to the next word", SE },
	{ "select-word-previous", act_select_move, SELECT_WORD_PREV, "back a word", SE },
	{ "select-line-down", act_select_move, SELECT_LINE_DOWN, "down a line", SE },
	{ "select-line-up", act_select_move, SELECT_LINE_UP, "up a line", SE },
	{ "select-paragraph-next", act_select_move, SELECT_PARA_NEXT, "to the end of the paragraph", SE },
	{ "select-paragraph-previous", act_select_move, SELECT_PARA_PREV, "to the start of the paragraph", SE },
	{ "select-swap", act_select_swap, 0, "move the other end", SE },
	{ "select-annotate", act_select_annotate, 0, "write a note on the selection", SE },
	{ "select-annotate-external", act_select_annotate, 1, "write the note in $VISUAL or $EDITOR", SE },
	{ "select-link", act_select_link, 0, "link the selection to a document", SE },
	{ "select-reattach", act_select_reattach, 0, "re-attach an orphaned annotation here", SE },
	{ "select-cancel", act_select_cancel, 0, "stop selecting", SE },

	{ "note-save", act_note, NOTE_SAVE, "save the note (committed before it says so)", ED },
	{ "note-close", act_note, NOTE_CLOSE, "close (asks first if the note is not saved)", ED },
	{ "note-external", act_note, NOTE_EXTERNAL, "go on in $VISUAL or $EDITOR", ED },
	{ "note-newline", act_note, NOTE_NEWLINE, "a new line", ED },
	{ "note-up", act_note, NOTE_UP, "cursor up a line", ED },
	{ "note-down", act_note, NOTE_DOWN, "cursor down a line", ED },
	{ "note-line-start", act_note, NOTE_HOME, "start of the line", ED },
	{ "note-line-end", act_note, NOTE_END, "end of the line", ED },
	{ "note-kill-end", act_note, NOTE_KILL_END, "delete to the end of the line", ED },
	{ "note-kill-start", act_note, NOTE_KILL_START, "delete to the start of the line", ED },
	{ "ask-save", act_ask, 1, "save the note", AS },
	{ "ask-discard", act_ask, 0, "discard the note", AS },
	{ "ask-back", act_ask, -1, "go on writing", AS },

	{ "sidebar-next", act_side_select, 1, "next reference or citing document", S },
	{ "sidebar-previous", act_side_select, -1, "previous reference or citing document", S },
	{ "sidebar-open", act_side_open, 0, "follow it, or open the citing letter where it cites", S },
	{ "sidebar-down", act_side_scroll, 1, "scroll the sidebar down", S },
	{ "sidebar-up", act_side_scroll, -1, "scroll the sidebar up", S },
	{ "sidebar-page-down", act_side_page, 1, "scroll the sidebar a page down", S },
	{ "sidebar-page-up", act_side_page, -1, "scroll the sidebar a page up", S },

	{ "row-down", act_view_move, 1, "next row", PE | RS | NO | MK },
	{ "row-up", act_view_move, -1, "previous row", PE | RS | NO | MK },
	{ "row-page-down", act_view_page, 1, "a page down", PE | RS | NO | MK },
	{ "row-page-up", act_view_page, -1, "a page up", PE | RS | NO | MK },
	{ "row-first", act_view_ends, -1, "first row", PE | RS | NO | MK },
	{ "row-last", act_view_ends, 1, "last row", PE | RS | NO | MK },
	{ "person-documents", act_people_open, 0, "the list of this person's documents", PE },
	{ "person-merge", act_prompt_for, PROMPT_MERGE, "merge this person into another (asks for the name)", PE },
	{ "person-split", act_prompt_for, PROMPT_SPLIT, "split one of their names off as a person of its own", PE },
	{ "person-find", act_prompt_for, PROMPT_PEOPLE, "find people by name as you type", PE },
	{ "result-open", act_result_open, 0, "open the document at its first hit", RS },
	{ "annotation-open", act_notes_open, 0, "open the document at the annotated passage", NO },
	{ "annotations-filter", act_prompt_for, PROMPT_NOTES, "filter by words and tag:NAME as you type", NO },
	{ "annotations-order", act_notes_order, 0, "newest first, or by the documents' dates", NO },
	{ "mark-open", act_marks_open, 0, "go to the marked place", MK },
	{ "mark-delete", act_marks_delete, 0, "remove the mark", MK },
	{ "close-view", act_view_close, 0, "back to the document list", PE | RS | NO | MK },

	{ "choose-down", act_choose_move, 1, "next choice", CH },
	{ "choose-up", act_choose_move, -1, "previous choice", CH },
	{ "choose", act_choose, 0, "open it (following) or link to it (choosing a target)", CH },
	{ "choose-link", act_choose, 1, "link the reference to it for good, and open it", CH },
	{ "choose-cancel", act_choose, -1, "close the chooser", CH },

	{ "accept", act_prompt, 1, "accept (search, filter, go, link) and close the prompt", P },
	{ "cancel", act_prompt, 0, "cancel: back to where you were", P },
	{ "form-save", act_form, 0, "save the corrections", F },
	{ "form-cancel", act_form, 2, "close without saving", F },
	{ "form-next", act_form, 1, "next field", F },
	{ "form-previous", act_form, -1, "previous field", F },
	{ "backspace", act_line, LINE_BACKSPACE, "delete the character before the cursor", P | F | ED },
	{ "delete", act_line, LINE_DELETE, "delete the character under the cursor", P | F | ED },
	{ "cursor-left", act_line, LINE_LEFT, "cursor left", P | F | ED },
	{ "cursor-right", act_line, LINE_RIGHT, "cursor right", P | F | ED },
	{ "line-start", act_line, LINE_HOME, "cursor to the start", P | F },
	{ "line-end", act_line, LINE_END, "cursor to the end", P | F },
	{ "kill-line", act_line, LINE_KILL, "delete to the start", P | F },
	{ "kill-word", act_line, LINE_KILL_WORD, "delete the word before the cursor", P | F | ED },

	{ "help-down", act_help_scroll, 1, "scroll down", H },
	{ "help-up", act_help_scroll, -1, "scroll up", H },
	{ "help-page-down", act_help_page, 1, "a page down", H },
	{ "help-page-up", act_help_page, -1, "a page up", H },
	{ "help-top", act_help_page, 0, "to the top", H },
	{ "help-bottom", act_help_page, 2, "to the bottom", H },
	{ "help-close", act_help, 0, "close the help", H },
	{ NULL, NULL, 0, NULL, 0 },
};

struct key_default {
	enum key_ctx ctx;
	const char *keys;       /* space-separated */
	const char *action;
};

/* Tab is Ctrl-I to a terminal: with Tab on references, forward in the
 * jump list needs a key of its own (C-n, L). */
static const struct key_default defaults[] = {
	{ CTX_GLOBAL, "? F1", "help" },
	{ CTX_GLOBAL, "q", "quit" },
	{ CTX_GLOBAL, "h Left", "focus-left" },
	{ CTX_GLOBAL, "l Right", "focus-right" },
	{ CTX_GLOBAL, "F2 1", "toggle-list" },
	{ CTX_GLOBAL, "F3 3", "toggle-sidebar" },
	{ CTX_GLOBAL, "] J", "next-document" },
	{ CTX_GLOBAL, "[ K", "previous-document" },
	{ CTX_GLOBAL, "f", "toggle-footnotes" },
	{ CTX_GLOBAL, "s", "sort" },
	{ CTX_GLOBAL, "e", "correct" },
	{ CTX_GLOBAL, "n", "search-next" },
	{ CTX_GLOBAL, "N", "search-previous" },
	{ CTX_GLOBAL, "C-l", "redraw" },
	{ CTX_GLOBAL, "Tab", "next-reference" },
	{ CTX_GLOBAL, "BackTab", "previous-reference" },
	{ CTX_GLOBAL, "Backspace C-o H", "back" },
	{ CTX_GLOBAL, "C-n L", "forward" },
	{ CTX_GLOBAL, "}", "next-in-correspondence" },
	{ CTX_GLOBAL, "{", "previous-in-correspondence" },
	{ CTX_GLOBAL, "t", "goto-date" },
	{ CTX_GLOBAL, "S", "search-library" },
	{ CTX_GLOBAL, "p", "people" },
	{ CTX_GLOBAL, "@", "annotations" },
	{ CTX_GLOBAL, "M", "marks" },
	{ CTX_GLOBAL, "m", "set-mark" },
	{ CTX_GLOBAL, "'", "goto-mark" },

	{ CTX_WELCOME, "i", "import-sample" },
	{ CTX_WELCOME, "q", "quit" },
	{ CTX_WELCOME, "? F1", "help" },

	{ CTX_LIST, "j Down", "list-down" },
	{ CTX_LIST, "k Up", "list-up" },
	{ CTX_LIST, "PageDown C-f C-d Space", "list-page-down" },
	{ CTX_LIST, "PageUp C-b C-u b", "list-page-up" },
	{ CTX_LIST, "g Home", "list-first" },
	{ CTX_LIST, "G End", "list-last" },
	{ CTX_LIST, "Enter", "list-open" },
	{ CTX_LIST, "/", "filter" },
	{ CTX_LIST, "Escape", "clear-filter" },

	{ CTX_READ, "j Down C-e", "scroll-down" },
	{ CTX_READ, "k Up C-y", "scroll-up" },
	{ CTX_READ, "Space PageDown C-f", "page-down" },
	{ CTX_READ, "b PageUp C-b", "page-up" },
	{ CTX_READ, "C-d", "half-page-down" },
	{ CTX_READ, "C-u", "half-page-up" },
	{ CTX_READ, "g Home", "top" },
	{ CTX_READ, "G End", "bottom" },
	{ CTX_READ, "/", "search" },
	{ CTX_READ, "Escape", "clear-search" },
	{ CTX_READ, "Enter", "follow-reference" },
	{ CTX_READ, "c", "change-reference" },
	{ CTX_READ, "x", "dismiss-reference" },
	{ CTX_READ, "X", "automatic-reference" },
	{ CTX_READ, "a", "link-passage" },
	{ CTX_READ, "v", "select" },
	{ CTX_READ, "V", "select-lines" },
	{ CTX_READ, "A", "annotate-paragraph" },
	{ CTX_READ, ")", "next-annotation" },
	{ CTX_READ, "(", "previous-annotation" },
	{ CTX_READ, "E", "edit-annotation" },
	{ CTX_READ, "D", "delete-annotation" },
	{ CTX_READ, "u", "undo-delete" },
	{ CTX_READ, "T", "tag-annotation" },
	{ CTX_READ, "C-x", "edit-annotation-external" },

	{ CTX_SELECT, "w l Right", "select-word-next" },
	{ CTX_SELECT, "b h Left", "select-word-previous" },
	{ CTX_SELECT, "j Down", "select-line-down" },
	{ CTX_SELECT, "k Up", "select-line-up" },
	{ CTX_SELECT, "}", "select-paragraph-next" },
	{ CTX_SELECT, "{", "select-paragraph-previous" },
	{ CTX_SELECT, "o", "select-swap" },
	{ CTX_SELECT, "Enter a", "select-annotate" },
	{ CTX_SELECT, "E", "select-annotate-external" },
	{ CTX_SELECT, "L", "select-link" },
	{ CTX_SELECT, "R", "select-reattach" },
	{ CTX_SELECT, "Escape C-g v V", "select-cancel" },

	{ CTX_EDITOR, "C-s", "note-save" },
	{ CTX_EDITOR, "Escape C-g", "note-close" },
	{ CTX_EDITOR, "C-o", "note-external" },
	{ CTX_EDITOR, "Enter", "note-newline" },
	{ CTX_EDITOR, "Up C-p", "note-up" },
	{ CTX_EDITOR, "Down C-n", "note-down" },
	{ CTX_EDITOR, "Home C-a", "note-line-start" },
	{ CTX_EDITOR, "End C-e", "note-line-end" },
	{ CTX_EDITOR, "C-k", "note-kill-end" },
	{ CTX_EDITOR, "C-u", "note-kill-start" },
	{ CTX_EDITOR, "Backspace C-h", "backspace" },
	{ CTX_EDITOR, "Delete C-d", "delete" },
	{ CTX_EDITOR, "Left C-b", "cursor-left" },
	{ CTX_EDITOR, "Right C-f", "cursor-right" },
	{ CTX_EDITOR, "C-w", "kill-word" },
	{ CTX_ASK, "s y", "ask-save" },
	{ CTX_ASK, "d n", "ask-discard" },
	{ CTX_ASK, "Escape C-g", "ask-back" },

	{ CTX_SIDE, "j Down", "sidebar-next" },
	{ CTX_SIDE, "k Up", "sidebar-previous" },
	{ CTX_SIDE, "Enter", "sidebar-open" },
	{ CTX_SIDE, "C-e", "sidebar-down" },
	{ CTX_SIDE, "C-y", "sidebar-up" },
	{ CTX_SIDE, "Space PageDown C-f", "sidebar-page-down" },
	{ CTX_SIDE, "b PageUp C-b", "sidebar-page-up" },
	{ CTX_SIDE, "c", "change-reference" },
	{ CTX_SIDE, "x", "dismiss-reference" },
	{ CTX_SIDE, "X", "automatic-reference" },
	{ CTX_SIDE, "/", "search" },

	{ CTX_PEOPLE, "j Down", "row-down" },
	{ CTX_PEOPLE, "k Up", "row-up" },
	{ CTX_PEOPLE, "PageDown C-f C-d Space", "row-page-down" },
	{ CTX_PEOPLE, "PageUp C-b C-u b", "row-page-up" },
	{ CTX_PEOPLE, "g Home", "row-first" },
	{ CTX_PEOPLE, "G End", "row-last" },
	{ CTX_PEOPLE, "Enter", "person-documents" },
	{ CTX_PEOPLE, "m", "person-merge" },
	{ CTX_PEOPLE, "u", "person-split" },
	{ CTX_PEOPLE, "/", "person-find" },
	{ CTX_PEOPLE, "Escape", "close-view" },
	{ CTX_RESULTS, "j Down", "row-down" },
	{ CTX_RESULTS, "k Up", "row-up" },
	{ CTX_RESULTS, "PageDown C-f C-d Space", "row-page-down" },
	{ CTX_RESULTS, "PageUp C-b C-u b", "row-page-up" },
	{ CTX_RESULTS, "g Home", "row-first" },
	{ CTX_RESULTS, "G End", "row-last" },
	{ CTX_RESULTS, "Enter", "result-open" },
	{ CTX_RESULTS, "Escape", "close-view" },
	{ CTX_NOTES, "j Down", "row-down" },
	{ CTX_NOTES, "k Up", "row-up" },
	{ CTX_NOTES, "PageDown C-f C-d Space", "row-page-down" },
	{ CTX_NOTES, "PageUp C-b C-u b", "row-page-up" },
	{ CTX_NOTES, "g Home", "row-first" },
	{ CTX_NOTES, "G End", "row-last" },
	{ CTX_NOTES, "Enter", "annotation-open" },
	{ CTX_NOTES, "/", "annotations-filter" },
	{ CTX_NOTES, "s", "annotations-order" },
	{ CTX_NOTES, "D", "delete-annotation" },
	{ CTX_NOTES, "u", "undo-delete" },
	{ CTX_NOTES, "T", "tag-annotation" },
	{ CTX_NOTES, "Escape", "close-view" },
	{ CTX_MARKS, "j Down", "row-down" },
	{ CTX_MARKS, "k Up", "row-up" },
	{ CTX_MARKS, "g Home", "row-first" },
	{ CTX_MARKS, "G End", "row-last" },
	{ CTX_MARKS, "Enter", "mark-open" },
	{ CTX_MARKS, "D", "mark-delete" },
	{ CTX_MARKS, "Escape", "close-view" },

	{ CTX_CHOOSER, "j Down C-n", "choose-down" },
	{ CTX_CHOOSER, "k Up C-p", "choose-up" },
	{ CTX_CHOOSER, "Enter", "choose" },
	{ CTX_CHOOSER, "c", "choose-link" },
	{ CTX_CHOOSER, "Escape C-g q", "choose-cancel" },

	{ CTX_PROMPT, "Enter", "accept" },
	{ CTX_PROMPT, "Escape C-g", "cancel" },
	{ CTX_FORM, "Enter C-s", "form-save" },
	{ CTX_FORM, "Escape C-g", "form-cancel" },
	{ CTX_FORM, "Down", "form-next" },
	{ CTX_FORM, "Up BackTab", "form-previous" },
	{ CTX_PROMPT, "Backspace C-h", "backspace" },
	{ CTX_PROMPT, "Delete C-d", "delete" },
	{ CTX_PROMPT, "Left C-b", "cursor-left" },
	{ CTX_PROMPT, "Right C-f", "cursor-right" },
	{ CTX_PROMPT, "Home C-a", "line-start" },
	{ CTX_PROMPT, "End C-e", "line-end" },
	{ CTX_PROMPT, "C-u", "kill-line" },
	{ CTX_PROMPT, "C-w", "kill-word" },
	{ CTX_FORM, "Backspace C-h", "backspace" },
	{ CTX_FORM, "Delete C-d", "delete" },
	{ CTX_FORM, "Left C-b", "cursor-left" },
	{ CTX_FORM, "Right C-f", "cursor-right" },
	{ CTX_FORM, "Home C-a", "line-start" },
	{ CTX_FORM, "End C-e", "line-end" },
	{ CTX_FORM, "C-u", "kill-line" },
	{ CTX_FORM, "C-w", "kill-word" },

	{ CTX_HELP, "j Down", "help-down" },
	{ CTX_HELP, "k Up", "help-up" },
	{ CTX_HELP, "Space PageDown C-f C-d", "help-page-down" },
	{ CTX_HELP, "b PageUp C-b C-u", "help-page-up" },
	{ CTX_HELP, "g Home", "help-top" },
	{ CTX_HELP, "G End", "help-bottom" },
	{ CTX_HELP, "q Escape ? F1", "help-close" },
};

static const char *const ctx_names[CTX_COUNT] = {
	[CTX_GLOBAL] = "global", [CTX_LIST] = "list",   [CTX_READ] = "reading", [CTX_SIDE] = "sidebar",
	[CTX_PROMPT] = "prompt", [CTX_FORM] = "form",   [CTX_HELP] = "help",    [CTX_WELCOME] = "welcome",
	[CTX_PEOPLE] = "people", [CTX_RESULTS] = "results", [CTX_CHOOSER] = "chooser",
	[CTX_SELECT] = "select", [CTX_EDITOR] = "editor", [CTX_ASK] = "ask",
	[CTX_NOTES] = "annotations", [CTX_MARKS] = "marks",
};

static const char *const ctx_titles[CTX_COUNT] = {
	[CTX_GLOBAL] = "Anywhere",
	[CTX_LIST] = "Document list (left)",
	[CTX_READ] = "Reading pane (centre)",
	[CTX_SIDE] = "Sidebar (right)",
	[CTX_PROMPT] = "Prompts: search, filter, date, links, people (any other character is typed)",
	[CTX_FORM] = "Correction form (e; names are separated by ;)",
	[CTX_HELP] = "This help",
	[CTX_WELCOME] = "Empty library",
	[CTX_PEOPLE] = "People (p, in the list pane)",
	[CTX_RESULTS] = "Library search results (S, in the list pane)",
	[CTX_CHOOSER] = "Chooser (which document a reference means)",
	[CTX_SELECT] = "Selecting a passage (v, V, or drag with the mouse)",
	[CTX_EDITOR] = "Writing a note (any other character is typed)",
	[CTX_ASK] = "Closing a note that is not saved",
	[CTX_NOTES] = "Annotations (@, in the list pane)",
	[CTX_MARKS] = "Marks (M, in the list pane)",
};

struct keymap {
	struct key_binding *v;
	size_t n, cap;
};

const char *keys_ctx_name(enum key_ctx c)
{
	return c < CTX_COUNT ? ctx_names[c] : "?";
}

const struct key_action *keys_action(const char *name)
{
	for (const struct key_action *k = key_actions; k->name; k++)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

static const char *const named_keys[] = {
	"Space", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Insert",
	"Delete", "Backspace", "Enter", "Escape", "Tab", "BackTab", NULL,
};

/* Other spellings a config may use. */
static const struct {
	const char *alias, *name;
} key_aliases[] = {
	{ "pgup", "PageUp" },     { "pgdn", "PageDown" }, { "pagedn", "PageDown" }, { "esc", "Escape" },
	{ "return", "Enter" },    { "ret", "Enter" },     { "del", "Delete" },      { "bs", "Backspace" },
	{ "ins", "Insert" },      { "s-tab", "BackTab" }, { "btab", "BackTab" },    { "spc", "Space" },
};

char *keys_canonical(const char *name)
{
	size_t len = strlen(name);
	if (len == 0)
		return NULL;
	/* One character stands for itself. */
	ucs4_t uc;
	int cl = u8_mbtouc(&uc, (const uint8_t *)name, len);
	if ((size_t)cl == len && uc > 0x20 && uc != 0x7f && uc != 0xfffd)
		return xstrdup(name);
	if (strcmp(name, " ") == 0)
		return xstrdup("Space");
	for (const char *const *k = named_keys; *k; k++)
		if (strcasecmp(name, *k) == 0)
			return xstrdup(*k);
	for (size_t i = 0; i < sizeof key_aliases / sizeof key_aliases[0]; i++)
		if (strcasecmp(name, key_aliases[i].alias) == 0)
			return xstrdup(key_aliases[i].name);
	if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3) {
		int n = atoi(name + 1);
		if (n >= 1 && n <= 12 && name[1] >= '1' && name[1] <= '9')
			return xasprintf("F%d", n);
	}
	/* C-x, ctrl-x, ^X */
	const char *c = NULL;
	if (len == 2 && name[0] == '^')
		c = name + 1;
	else if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-')
		c = name + 2;
	else if (len == 6 && strncasecmp(name, "ctrl-", 5) == 0)
		c = name + 5;
	if (c) {
		char ch = *c >= 'A' && *c <= 'Z' ? (char)(*c + 32) : *c;
		if (ch >= 'a' && ch <= 'z')
			return xasprintf("C-%c", ch);
		return NULL;
	}
	if (len >= 3 && (name[0] == 'M' || name[0] == 'm') && name[1] == '-') {
		char *rest = keys_canonical(name + 2);
		if (rest == NULL)
			return NULL;
		char *r = xasprintf("M-%s", rest);
		free(rest);
		return r;
	}
	return NULL;
}

static void bind_one(struct keymap *km, enum key_ctx ctx, const char *key, const struct key_action *act)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].ctx == ctx && strcmp(km->v[i].key, key) == 0) {
			km->v[i].action = act;
			return;
		}
	if (km->n == km->cap) {
		km->cap = km->cap ? km->cap * 2 : 128;
		km->v = xreallocarray(km->v, km->cap, sizeof *km->v);
	}
	km->v[km->n++] = (struct key_binding){ xstrdup(key), act, ctx };
}

/* The defaults go through keymap_bind, the config's own checks: a default
 * naming no action, no key, or an action that does not work in its
 * context is refused here, not found missing by a reader. */
struct keymap *keymap_create(char **cause)
{
	struct keymap *km = xcalloc(1, sizeof *km);
	for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
		char *keys = xstrdup(defaults[i].keys), *why = NULL;
		int rc = 0;
		for (char *k = strtok(keys, " "); k && rc == 0; k = strtok(NULL, " "))
			if ((rc = keymap_bind(km, ctx_names[defaults[i].ctx], k, defaults[i].action, &why)) != 0)
				*cause = xasprintf("default binding %s %s %s: %s", ctx_names[defaults[i].ctx], k,
						   defaults[i].action, why);
		free(why);
		free(keys);
		if (rc != 0) {
			keymap_free(km);
			return NULL;
		}
	}
	return km;
}

void keymap_free(struct keymap *km)
{
	if (km == NULL)
		return;
	for (size_t i = 0; i < km->n; i++)
		free(km->v[i].key);
	free(km->v);
	free(km);
}

static int ctx_from_name(const char *name, enum key_ctx *out)
{
	for (int c = 0; c < CTX_COUNT; c++)
		if (strcmp(ctx_names[c], name) == 0) {
			*out = (enum key_ctx)c;
			return 0;
		}
	return -1;
}

int keymap_bind(struct keymap *km, const char *ctx, const char *key, const char *action, char **cause)
{
	const struct key_action *act = keys_action(action);
	if (act == NULL) {
		*cause = xasprintf("no action '%s' (the help screen, ?, names them)", action);
		return -1;
	}
	char *k = keys_canonical(key);
	if (k == NULL) {
		*cause = xasprintf("'%s' is not a key name", key);
		return -1;
	}
	if (ctx) {
		enum key_ctx c;
		if (ctx_from_name(ctx, &c) != 0) {
			*cause = xasprintf("no context '%s' (global, list, reading, sidebar, people, results, chooser, "
					   "select, editor, ask, annotations, marks, prompt, form, help, welcome)",
					   ctx);
			free(k);
			return -1;
		}
		if (!(act->contexts & CTX_BIT(c))) {
			*cause = xasprintf("'%s' does not work in the %s context", action, ctx);
			free(k);
			return -1;
		}
		bind_one(km, c, k, act);
	} else {
		for (int c = 0; c < CTX_COUNT; c++)
			if (act->contexts & CTX_BIT(c))
				bind_one(km, (enum key_ctx)c, k, act);
	}
	free(k);
	return 0;
}

int keymap_unbind(struct keymap *km, const char *ctx, const char *key, char **cause)
{
	char *k = keys_canonical(key);
	if (k == NULL) {
		*cause = xasprintf("'%s' is not a key name", key);
		return -1;
	}
	enum key_ctx c = CTX_GLOBAL;
	if (ctx && ctx_from_name(ctx, &c) != 0) {
		*cause = xasprintf("no context '%s'", ctx);
		free(k);
		return -1;
	}
	size_t j = 0;
	for (size_t i = 0; i < km->n; i++) {
		if (strcmp(km->v[i].key, k) == 0 && (ctx == NULL || km->v[i].ctx == c)) {
			free(km->v[i].key);
			continue;
		}
		km->v[j++] = km->v[i];
	}
	km->n = j;
	free(k);
	return 0;
}

const struct key_action *keymap_lookup(const struct keymap *km, enum key_ctx ctx, const char *key)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].ctx == ctx && strcmp(km->v[i].key, key) == 0)
			return km->v[i].action;
	return NULL;
}

size_t keymap_keys_for(const struct keymap *km, enum key_ctx ctx, const char *action, char *out, size_t n)
{
	size_t count = 0;
	if (n)
		out[0] = '\0';
	for (size_t i = 0; i < km->n; i++) {
		if (km->v[i].ctx != ctx || strcmp(km->v[i].action->name, action) != 0)
			continue;
		size_t used = strlen(out);
		snprintf(out + used, n - used, "%s%s", count ? " " : "", km->v[i].key);
		count++;
	}
	return count;
}

enum key_ctx keys_context(const struct app *a)
{
	if (a->help)
		return CTX_HELP;
	if (a->editing && a->ask != ASK_NONE)
		return CTX_ASK;
	if (a->prompt != PROMPT_NONE)
		return CTX_PROMPT;
	if (a->editing)
		return CTX_EDITOR;
	if (a->form)
		return CTX_FORM;
	if (a->choosing)
		return CTX_CHOOSER;
	if (a->doc == NULL && a->total == 0 && a->filter == NULL)
		return CTX_WELCOME;
	if (a->focus == PANE_LIST)
		return a->listview == LIST_PEOPLE    ? CTX_PEOPLE
		       : a->listview == LIST_RESULTS ? CTX_RESULTS
		       : a->listview == LIST_NOTES   ? CTX_NOTES
		       : a->listview == LIST_MARKS   ? CTX_MARKS
						     : CTX_LIST;
	if (a->focus == PANE_SIDE)
		return CTX_SIDE;
	return a->selecting ? CTX_SELECT : CTX_READ;
}

/* A key that types a character: one character, or Space. */
static const char *typed(const char *key)
{
	if (strcmp(key, "Space") == 0)
		return " ";
	ucs4_t uc;
	size_t len = strlen(key);
	int cl = u8_mbtouc(&uc, (const uint8_t *)key, len);
	return len && (size_t)cl == len && uc >= 0x20 && uc != 0x7f && !(uc >= 0x80 && uc < 0xa0) ? key : NULL;
}

int keys_handle(const struct keymap *km, struct app *a, const char *key)
{
	enum key_ctx ctx = keys_context(a);
	/* m and ' wait for a letter. */
	if (a->pending != PENDING_NONE && ctx != CTX_HELP && ctx != CTX_PROMPT && ctx != CTX_EDITOR) {
		free(a->message);
		a->message = NULL;
		app_mark_key(a, key);
		return 1;
	}
	const struct key_action *act = keymap_lookup(km, ctx, key);
	if (act == NULL && ctx != CTX_PROMPT && ctx != CTX_FORM && ctx != CTX_HELP && ctx != CTX_CHOOSER &&
	    ctx != CTX_EDITOR && ctx != CTX_ASK)
		act = keymap_lookup(km, CTX_GLOBAL, key);
	if (act == NULL && ctx == CTX_WELCOME)
		return 0;
	if (act) {
		/* A message lasts until the next key. */
		if (ctx != CTX_PROMPT) {
			free(a->message);
			a->message = NULL;
		}
		act->fn(a, act->arg);
		return 1;
	}
	const char *t = typed(key);
	if ((ctx == CTX_PROMPT || ctx == CTX_FORM || ctx == CTX_EDITOR) && t) {
		app_line_insert(app_editing(a), t);
		if (ctx == CTX_PROMPT)
			app_prompt_changed(a);
		return 1;
	}
	if (ctx == CTX_HELP || ctx == CTX_CHOOSER)
		return 0;
	if (ctx == CTX_ASK) {
		app_message(a, "this note is not saved \u00b7 s: save it \u00b7 d: discard it \u00b7 Esc: go on writing");
		return 0;
	}
	app_message(a, "%s: not bound here (? lists the keys)", key);
	return 0;
}

static void help_push(struct help_line **v, size_t *n, size_t *cap, const char *key, const char *text)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[(*n)++] = (struct help_line){ key ? xstrdup(key) : NULL, xstrdup(text) };
}

size_t keys_help(const struct keymap *km, struct help_line **out)
{
	static const enum key_ctx order[] = { CTX_GLOBAL,  CTX_LIST,   CTX_READ,   CTX_SELECT, CTX_EDITOR, CTX_ASK,
					      CTX_SIDE,    CTX_PEOPLE, CTX_RESULTS, CTX_NOTES, CTX_MARKS,  CTX_CHOOSER,
					      CTX_PROMPT,  CTX_FORM,   CTX_HELP,    CTX_WELCOME };
	struct help_line *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t o = 0; o < sizeof order / sizeof order[0]; o++) {
		enum key_ctx c = order[o];
		int heading = 0;
		for (const struct key_action *k = key_actions; k->name; k++) {
			char keys[256];
			if (keymap_keys_for(km, c, k->name, keys, sizeof keys) == 0)
				continue;
			if (!heading) {
				if (n)
					help_push(&v, &n, &cap, NULL, "");
				help_push(&v, &n, &cap, NULL, ctx_titles[c]);
				heading = 1;
			}
			help_push(&v, &n, &cap, keys, k->help);
		}
	}
	help_push(&v, &n, &cap, NULL, "");
	help_push(&v, &n, &cap, NULL, "Mouse");
	help_push(&v, &n, &cap, "wheel", "scroll the pane under the pointer");
	help_push(&v, &n, &cap, "click", "focus a pane; in the list, open a document");
	help_push(&v, &n, &cap, "drag", "in the text: select a passage (then a annotates it)");
	*out = v;
	return n;
}

void keys_help_free(struct help_line *lines, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(lines[i].key);
		free(lines[i].text);
	}
	free(lines);
}
