/* actions.c: the actions of every mode, their default keys and the
 * modes themselves, while the modes move to files of their own. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"


static void do_quit(struct app *a, long arg)
{
	(void)arg;
	a->quit = 1;
}

static void do_help(struct app *a, long arg)
{
	(void)arg;
	app_help_toggle(a);
}

static void do_help_scroll(struct app *a, long arg)
{
	app_help_scroll(a, arg);
}

static void do_help_page(struct app *a, long arg)
{
	long h = a->h > 4 ? a->h - 3 : 1;
	if (arg == 0)
		a->help_top = 0;
	else if (arg > 1)
		app_help_scroll(a, (long)a->help_lines);
	else
		app_help_scroll(a, arg * h);
}

static void do_redraw(struct app *a, long arg)
{
	(void)arg;
	a->redraw = 1;
	/* Another dossier may have written meanwhile. */
	app_refresh(a);
}

static void do_focus(struct app *a, long arg)
{
	if (arg < 0)
		app_focus_left(a);
	else if (arg > 0)
		app_focus_right(a);
}

static void do_toggle_pane(struct app *a, long arg)
{
	app_toggle_pane(a, (enum app_pane)arg);
}

static void do_footnotes(struct app *a, long arg)
{
	(void)arg;
	app_toggle_footnotes(a);
}

static void do_next_doc(struct app *a, long arg)
{
	app_next_doc(a, (int)arg);
}

static void do_sort(struct app *a, long arg)
{
	(void)arg;
	app_sort_cycle(a);
}

static void do_edit(struct app *a, long arg)
{
	(void)arg;
	app_form_begin(a);
}

static void do_scroll(struct app *a, long arg)
{
	app_scroll_lines(a, arg);
	a->read = 1;
}

static void do_page(struct app *a, long arg)
{
	app_page(a, (int)arg);
	a->read = 1;
}

static void do_half(struct app *a, long arg)
{
	app_half_page(a, (int)arg);
	a->read = 1;
}

static void do_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_top(a);
	else
		app_bottom(a);
	a->read = 1;
}

static void do_search(struct app *a, long arg)
{
	(void)arg;
	app_prompt_begin(a, PROMPT_SEARCH);
}

static void do_search_next(struct app *a, long arg)
{
	app_search_next(a, (int)arg);
}

static void do_clear_search(struct app *a, long arg)
{
	(void)arg;
	if (a->search) {
		app_search_set(a, NULL);
		app_message(a, "search cleared");
	}
}

static void do_filter(struct app *a, long arg)
{
	(void)arg;
	app_prompt_begin(a, PROMPT_FILTER);
}

static void do_clear_filter(struct app *a, long arg)
{
	(void)arg;
	if (a->filter && app_set_filter(a, NULL) == 0)
		app_message(a, "filter cleared");
}

static void do_list_move(struct app *a, long arg)
{
	app_list_move(a, arg);
}

static void do_list_page(struct app *a, long arg)
{
	app_list_page(a, (int)arg);
}

static void do_list_ends(struct app *a, long arg)
{
	if (arg < 0)
		app_list_first(a);
	else
		app_list_last(a);
}

static void do_list_open(struct app *a, long arg)
{
	(void)arg;
	app_list_open(a);
}

static void do_side_scroll(struct app *a, long arg)
{
	app_side_scroll(a, arg);
}

static void do_ref_next(struct app *a, long arg)
{
	app_ref_next(a, (int)arg);
}

static void do_ref_follow(struct app *a, long arg)
{
	(void)arg;
	app_ref_follow(a);
}

static void do_ref_change(struct app *a, long arg)
{
	(void)arg;
	app_ref_change(a);
}

static void do_ref_dismiss(struct app *a, long arg)
{
	(void)arg;
	app_ref_dismiss(a);
}

static void do_ref_automatic(struct app *a, long arg)
{
	(void)arg;
	app_ref_automatic(a);
}

static void do_link(struct app *a, long arg)
{
	(void)arg;
	app_link_begin(a);
}

static void do_jump(struct app *a, long arg)
{
	if (arg < 0)
		app_back(a);
	else
		app_forward(a);
}

static void do_side_select(struct app *a, long arg)
{
	app_side_select(a, arg);
}

static void do_side_page(struct app *a, long arg)
{
	long h = a->pane[PANE_SIDE].h > 3 ? a->pane[PANE_SIDE].h - 2 : 1;
	app_side_scroll(a, arg * h);
}

static void do_side_open(struct app *a, long arg)
{
	(void)arg;
	app_side_open(a);
}

static void do_choose_move(struct app *a, long arg)
{
	app_choose_move(a, arg);
}

static void do_choose(struct app *a, long arg)
{
	if (arg < 0)
		app_choose_cancel(a);
	else
		app_choose_pick(a, (int)arg);
}

static void do_people(struct app *a, long arg)
{
	(void)arg;
	app_people_toggle(a);
}

static void do_people_open(struct app *a, long arg)
{
	(void)arg;
	app_people_open(a);
}

static void do_prompt_for(struct app *a, long arg)
{
	app_prompt_begin(a, (enum app_prompt)arg);
}

static void do_view_move(struct app *a, long arg)
{
	app_view_move(a, arg);
}

static void do_view_page(struct app *a, long arg)
{
	app_view_page(a, (int)arg);
}

static void do_view_ends(struct app *a, long arg)
{
	app_view_ends(a, (int)arg);
}

static void do_view_close(struct app *a, long arg)
{
	(void)arg;
	app_view_close(a);
}

static void do_result_open(struct app *a, long arg)
{
	(void)arg;
	app_result_open(a);
}

static void do_between(struct app *a, long arg)
{
	app_next_between(a, (int)arg);
}

static void do_import_sample(struct app *a, long arg)
{
	(void)arg;
	app_import_sample(a);
}

/* ---- annotations, the selection, the note editor, marks ---- */

static void do_select(struct app *a, long arg)
{
	app_select_begin(a, (int)arg);
}

static void do_select_move(struct app *a, long arg)
{
	app_select_move(a, (enum app_select_move)arg);
}

static void do_select_swap(struct app *a, long arg)
{
	(void)arg;
	app_select_swap(a);
}

static void do_select_cancel(struct app *a, long arg)
{
	(void)arg;
	app_select_cancel(a);
}

static void do_select_annotate(struct app *a, long arg)
{
	app_select_annotate(a, (int)arg);
}

static void do_select_link(struct app *a, long arg)
{
	(void)arg;
	app_select_link(a);
}

static void do_select_reattach(struct app *a, long arg)
{
	(void)arg;
	app_select_reattach(a);
}

static void do_annotate_paragraph(struct app *a, long arg)
{
	app_annotate_paragraph(a, (int)arg);
}

static void do_annot_next(struct app *a, long arg)
{
	app_annot_next(a, (int)arg);
}

static void do_annot_edit(struct app *a, long arg)
{
	app_note_edit(a, (int)arg);
}

static void do_annot_delete(struct app *a, long arg)
{
	(void)arg;
	app_annot_delete(a);
}

static void do_annot_undo(struct app *a, long arg)
{
	(void)arg;
	app_annot_undo(a);
}

static void do_annot_tags(struct app *a, long arg)
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

static void do_note(struct app *a, long arg)
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

static void do_ask(struct app *a, long arg)
{
	app_note_answer(a, (int)arg);
}

static void do_notes(struct app *a, long arg)
{
	(void)arg;
	app_notes_toggle(a);
}

static void do_notes_open(struct app *a, long arg)
{
	(void)arg;
	app_notes_open(a);
}

static void do_notes_order(struct app *a, long arg)
{
	(void)arg;
	app_notes_order(a);
}

static void do_marks(struct app *a, long arg)
{
	(void)arg;
	app_marks_toggle(a);
}

static void do_mark_pending(struct app *a, long arg)
{
	app_mark_pending(a, (enum app_pending)arg);
}

static void do_marks_open(struct app *a, long arg)
{
	(void)arg;
	app_marks_open(a);
}

static void do_marks_delete(struct app *a, long arg)
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

static void do_line(struct app *a, long arg)
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

static void do_prompt(struct app *a, long arg)
{
	if (arg > 0)
		app_prompt_accept(a);
	else
		app_prompt_cancel(a);
}

static void do_form(struct app *a, long arg)
{
	if (arg == 0)
		app_form_save(a);
	else if (arg == 2)
		app_form_cancel(a);
	else
		app_form_move(a, arg == 1 ? 1 : -1);
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

/* The prompt, the form and the note editor type what is not bound. */
static int typed_input(struct app *a, const char *key)
{
	const char *t = typed(key);
	if (t == NULL) {
		app_message(a, "%s: not bound here (? lists the keys)", key);
		return 0;
	}
	app_line_insert(app_editing(a), t);
	if (a->prompt != PROMPT_NONE)
		app_prompt_changed(a);
	return 1;
}

static int ignore_input(struct app *a, const char *key)
{
	(void)a;
	(void)key;
	return 0;
}

static int ask_input(struct app *a, const char *key)
{
	(void)key;
	app_message(a, "this note is not saved \u00b7 s: save it \u00b7 d: discard it \u00b7 Esc: go on writing");
	return 0;
}

/* m and ': the next key is a mark's letter, whatever it is. */
static int mark_input(struct app *a, const char *key)
{
	free(a->message);
	a->message = NULL;
	app_mark_key(a, key);
	return 1;
}

const struct mode mode_mark = { .input = mark_input };

static const struct key_action act_help = { "help", do_help, 0, "show or hide this help" };
static const struct key_action act_quit = { "quit", do_quit, 0, "quit (the reading position is kept)" };
static const struct key_action act_focus_left = { "focus-left", do_focus, -1, "focus the pane to the left" };
static const struct key_action act_focus_right = { "focus-right", do_focus, 1, "focus the pane to the right" };
static const struct key_action act_toggle_list = { "toggle-list", do_toggle_pane, PANE_LIST, "show or hide the document list" };
static const struct key_action act_toggle_sidebar = { "toggle-sidebar", do_toggle_pane, PANE_SIDE, "show or hide the sidebar" };
static const struct key_action act_next_document = { "next-document", do_next_doc, 1, "next document in the list (by date unless sorted)" };
static const struct key_action act_previous_document = { "previous-document", do_next_doc, -1, "previous document" };
static const struct key_action act_toggle_footnotes = { "toggle-footnotes", do_footnotes, 0, "editorial brackets inline or as numbered notes" };
static const struct key_action act_sort = { "sort", do_sort, 0, "sort the list by date, title or import order" };
static const struct key_action act_correct = { "correct", do_edit, 0, "correct the title, date, sender, recipient" };
static const struct key_action act_search_next = { "search-next", do_search_next, 1, "next search hit" };
static const struct key_action act_search_previous = { "search-previous", do_search_next, -1, "previous search hit" };
static const struct key_action act_next_reference = { "next-reference", do_ref_next, 1, "next reference in the text (to another letter)" };
static const struct key_action act_previous_reference = { "previous-reference", do_ref_next, -1, "previous reference in the text" };
static const struct key_action act_back = { "back", do_jump, -1, "back to where you jumped from, the same place" };
static const struct key_action act_forward = { "forward", do_jump, 1, "forward again (not C-i: a terminal sends Tab)" };
static const struct key_action act_next_in_correspondence = { "next-in-correspondence", do_between, 1, "next letter between the same two people" };
static const struct key_action act_previous_in_correspondence = { "previous-in-correspondence", do_between, -1, "previous letter between the same two people" };
static const struct key_action act_goto_date = { "goto-date", do_prompt_for, PROMPT_DATE, "go to the first document on or after a date" };
static const struct key_action act_search_library = { "search-library", do_prompt_for, PROMPT_LIBRARY, "search the library; from: to: person: date: kind:" };
static const struct key_action act_people = { "people", do_people, 0, "people: names, aliases and counts (p again: back)" };
static const struct key_action act_redraw = { "redraw", do_redraw, 0, "redraw the screen" };
static const struct key_action act_import_sample = { "import-sample", do_import_sample, 0, "import the bundled sample documents" };
static const struct key_action act_annotations = { "annotations", do_notes, 0, "every annotation in the library (@ again: back)" };
static const struct key_action act_marks = { "marks", do_marks, 0, "the marks: bookmarked places (M again: back)" };
static const struct key_action act_set_mark = { "set-mark", do_mark_pending, PENDING_MARK_SET, "m and a letter: mark this place" };
static const struct key_action act_goto_mark = { "goto-mark", do_mark_pending, PENDING_MARK_GO, "' and a letter: back to that mark, in any document" };
static const struct key_action act_list_down = { "list-down", do_list_move, 1, "next document in the list" };
static const struct key_action act_list_up = { "list-up", do_list_move, -1, "previous document in the list" };
static const struct key_action act_list_page_down = { "list-page-down", do_list_page, 1, "a page down the list" };
static const struct key_action act_list_page_up = { "list-page-up", do_list_page, -1, "a page up the list" };
static const struct key_action act_list_first = { "list-first", do_list_ends, -1, "first document" };
static const struct key_action act_list_last = { "list-last", do_list_ends, 1, "last document" };
static const struct key_action act_list_open = { "list-open", do_list_open, 0, "read the selected document" };
static const struct key_action act_filter = { "filter", do_filter, 0, "filter the list (words in title, people, text)" };
static const struct key_action act_clear_filter = { "clear-filter", do_clear_filter, 0, "show every document again" };
static const struct key_action act_scroll_down = { "scroll-down", do_scroll, 1, "scroll down a line" };
static const struct key_action act_scroll_up = { "scroll-up", do_scroll, -1, "scroll up a line" };
static const struct key_action act_page_down = { "page-down", do_page, 1, "scroll down a page" };
static const struct key_action act_page_up = { "page-up", do_page, -1, "scroll up a page" };
static const struct key_action act_half_page_down = { "half-page-down", do_half, 1, "scroll down half a page" };
static const struct key_action act_half_page_up = { "half-page-up", do_half, -1, "scroll up half a page" };
static const struct key_action act_top = { "top", do_ends, -1, "go to the top" };
static const struct key_action act_bottom = { "bottom", do_ends, 1, "go to the bottom" };
static const struct key_action act_search = { "search", do_search, 0, "search in the document (as you type)" };
static const struct key_action act_clear_search = { "clear-search", do_clear_search, 0, "clear the search highlights" };
static const struct key_action act_follow_reference = { "follow-reference", do_ref_follow, 0, "follow the reference (or choose among candidates)" };
static const struct key_action act_change_reference = { "change-reference", do_ref_change, 0, "change where the reference goes" };
static const struct key_action act_dismiss_reference = { "dismiss-reference", do_ref_dismiss, 0, "dismiss the reference: it is none" };
static const struct key_action act_automatic_reference = { "automatic-reference", do_ref_automatic, 0, "take your link or dismissal back: automatic again" };
static const struct key_action act_link_passage = { "link-passage", do_link, 0, "link words of the text to a document by hand" };
static const struct key_action act_select = { "select", do_select, 0, "select words from the cursor (then annotate or link them)" };
static const struct key_action act_select_lines = { "select-lines", do_select, 1, "select whole lines from the cursor" };
static const struct key_action act_annotate_paragraph = { "annotate-paragraph", do_annotate_paragraph, 0, "write a note on the paragraph at the cursor" };
static const struct key_action act_next_annotation = { "next-annotation", do_annot_next, 1, "next of your annotations in the document" };
static const struct key_action act_previous_annotation = { "previous-annotation", do_annot_next, -1, "previous annotation" };
static const struct key_action act_edit_annotation = { "edit-annotation", do_annot_edit, 0, "edit the note of the annotation at the cursor" };
static const struct key_action act_edit_annotation_external = { "edit-annotation-external", do_annot_edit, 1, "edit it in $VISUAL or $EDITOR" };
static const struct key_action act_delete_annotation = { "delete-annotation", do_annot_delete, 0, "delete the annotation (u brings it back)" };
static const struct key_action act_undo_delete = { "undo-delete", do_annot_undo, 0, "bring back the annotation deleted last" };
static const struct key_action act_tag_annotation = { "tag-annotation", do_annot_tags, 0, "set the annotation's tags" };
static const struct key_action act_select_word_next = { "select-word-next", do_select_move, SELECT_WORD_NEXT, "extend to the next word" };
static const struct key_action act_select_word_previous = { "select-word-previous", do_select_move, SELECT_WORD_PREV, "back a word" };
static const struct key_action act_select_line_down = { "select-line-down", do_select_move, SELECT_LINE_DOWN, "down a line" };
static const struct key_action act_select_line_up = { "select-line-up", do_select_move, SELECT_LINE_UP, "up a line" };
static const struct key_action act_select_paragraph_next = { "select-paragraph-next", do_select_move, SELECT_PARA_NEXT, "to the end of the paragraph" };
static const struct key_action act_select_paragraph_previous = { "select-paragraph-previous", do_select_move, SELECT_PARA_PREV, "to the start of the paragraph" };
static const struct key_action act_select_swap = { "select-swap", do_select_swap, 0, "move the other end" };
static const struct key_action act_select_annotate = { "select-annotate", do_select_annotate, 0, "write a note on the selection" };
static const struct key_action act_select_annotate_external = { "select-annotate-external", do_select_annotate, 1, "write the note in $VISUAL or $EDITOR" };
static const struct key_action act_select_link = { "select-link", do_select_link, 0, "link the selection to a document" };
static const struct key_action act_select_reattach = { "select-reattach", do_select_reattach, 0, "re-attach an orphaned annotation here" };
static const struct key_action act_select_cancel = { "select-cancel", do_select_cancel, 0, "stop selecting" };
static const struct key_action act_note_save = { "note-save", do_note, NOTE_SAVE, "save the note (committed before it says so)" };
static const struct key_action act_note_close = { "note-close", do_note, NOTE_CLOSE, "close (asks first if the note is not saved)" };
static const struct key_action act_note_external = { "note-external", do_note, NOTE_EXTERNAL, "go on in $VISUAL or $EDITOR" };
static const struct key_action act_note_newline = { "note-newline", do_note, NOTE_NEWLINE, "a new line" };
static const struct key_action act_note_up = { "note-up", do_note, NOTE_UP, "cursor up a line" };
static const struct key_action act_note_down = { "note-down", do_note, NOTE_DOWN, "cursor down a line" };
static const struct key_action act_note_line_start = { "note-line-start", do_note, NOTE_HOME, "start of the line" };
static const struct key_action act_note_line_end = { "note-line-end", do_note, NOTE_END, "end of the line" };
static const struct key_action act_note_kill_end = { "note-kill-end", do_note, NOTE_KILL_END, "delete to the end of the line" };
static const struct key_action act_note_kill_start = { "note-kill-start", do_note, NOTE_KILL_START, "delete to the start of the line" };
static const struct key_action act_ask_save = { "ask-save", do_ask, 1, "save the note" };
static const struct key_action act_ask_discard = { "ask-discard", do_ask, 0, "discard the note" };
static const struct key_action act_ask_back = { "ask-back", do_ask, -1, "go on writing" };
static const struct key_action act_sidebar_next = { "sidebar-next", do_side_select, 1, "next reference or citing document" };
static const struct key_action act_sidebar_previous = { "sidebar-previous", do_side_select, -1, "previous reference or citing document" };
static const struct key_action act_sidebar_open = { "sidebar-open", do_side_open, 0, "follow it, or open the citing letter where it cites" };
static const struct key_action act_sidebar_down = { "sidebar-down", do_side_scroll, 1, "scroll the sidebar down" };
static const struct key_action act_sidebar_up = { "sidebar-up", do_side_scroll, -1, "scroll the sidebar up" };
static const struct key_action act_sidebar_page_down = { "sidebar-page-down", do_side_page, 1, "scroll the sidebar a page down" };
static const struct key_action act_sidebar_page_up = { "sidebar-page-up", do_side_page, -1, "scroll the sidebar a page up" };
static const struct key_action act_row_down = { "row-down", do_view_move, 1, "next row" };
static const struct key_action act_row_up = { "row-up", do_view_move, -1, "previous row" };
static const struct key_action act_row_page_down = { "row-page-down", do_view_page, 1, "a page down" };
static const struct key_action act_row_page_up = { "row-page-up", do_view_page, -1, "a page up" };
static const struct key_action act_row_first = { "row-first", do_view_ends, -1, "first row" };
static const struct key_action act_row_last = { "row-last", do_view_ends, 1, "last row" };
static const struct key_action act_person_documents = { "person-documents", do_people_open, 0, "the list of this person's documents" };
static const struct key_action act_person_merge = { "person-merge", do_prompt_for, PROMPT_MERGE, "merge this person into another (asks for the name)" };
static const struct key_action act_person_split = { "person-split", do_prompt_for, PROMPT_SPLIT, "split one of their names off as a person of its own" };
static const struct key_action act_person_find = { "person-find", do_prompt_for, PROMPT_PEOPLE, "find people by name as you type" };
static const struct key_action act_result_open = { "result-open", do_result_open, 0, "open the document at its first hit" };
static const struct key_action act_annotation_open = { "annotation-open", do_notes_open, 0, "open the document at the annotated passage" };
static const struct key_action act_annotations_filter = { "annotations-filter", do_prompt_for, PROMPT_NOTES, "filter by words and tag:NAME as you type" };
static const struct key_action act_annotations_order = { "annotations-order", do_notes_order, 0, "newest first, or by the documents' dates" };
static const struct key_action act_mark_open = { "mark-open", do_marks_open, 0, "go to the marked place" };
static const struct key_action act_mark_delete = { "mark-delete", do_marks_delete, 0, "remove the mark" };
static const struct key_action act_close_view = { "close-view", do_view_close, 0, "back to the document list" };
static const struct key_action act_choose_down = { "choose-down", do_choose_move, 1, "next choice" };
static const struct key_action act_choose_up = { "choose-up", do_choose_move, -1, "previous choice" };
static const struct key_action act_choose = { "choose", do_choose, 0, "open it (following) or link to it (choosing a target)" };
static const struct key_action act_choose_link = { "choose-link", do_choose, 1, "link the reference to it for good, and open it" };
static const struct key_action act_choose_cancel = { "choose-cancel", do_choose, -1, "close the chooser" };
static const struct key_action act_accept = { "accept", do_prompt, 1, "accept (search, filter, go, link) and close the prompt" };
static const struct key_action act_cancel = { "cancel", do_prompt, 0, "cancel: back to where you were" };
static const struct key_action act_form_save = { "form-save", do_form, 0, "save the corrections" };
static const struct key_action act_form_cancel = { "form-cancel", do_form, 2, "close without saving" };
static const struct key_action act_form_next = { "form-next", do_form, 1, "next field" };
static const struct key_action act_form_previous = { "form-previous", do_form, -1, "previous field" };
static const struct key_action act_backspace = { "backspace", do_line, LINE_BACKSPACE, "delete the character before the cursor" };
static const struct key_action act_delete = { "delete", do_line, LINE_DELETE, "delete the character under the cursor" };
static const struct key_action act_cursor_left = { "cursor-left", do_line, LINE_LEFT, "cursor left" };
static const struct key_action act_cursor_right = { "cursor-right", do_line, LINE_RIGHT, "cursor right" };
static const struct key_action act_line_start = { "line-start", do_line, LINE_HOME, "cursor to the start" };
static const struct key_action act_line_end = { "line-end", do_line, LINE_END, "cursor to the end" };
static const struct key_action act_kill_line = { "kill-line", do_line, LINE_KILL, "delete to the start" };
static const struct key_action act_kill_word = { "kill-word", do_line, LINE_KILL_WORD, "delete the word before the cursor" };
static const struct key_action act_help_down = { "help-down", do_help_scroll, 1, "scroll down" };
static const struct key_action act_help_up = { "help-up", do_help_scroll, -1, "scroll up" };
static const struct key_action act_help_page_down = { "help-page-down", do_help_page, 1, "a page down" };
static const struct key_action act_help_page_up = { "help-page-up", do_help_page, -1, "a page up" };
static const struct key_action act_help_top = { "help-top", do_help_page, 0, "to the top" };
static const struct key_action act_help_bottom = { "help-bottom", do_help_page, 2, "to the bottom" };
static const struct key_action act_help_close = { "help-close", do_help, 0, "close the help" };

static const struct key_action *const global_actions[] = {
	&act_help,
	&act_quit,
	&act_focus_left,
	&act_focus_right,
	&act_toggle_list,
	&act_toggle_sidebar,
	&act_next_document,
	&act_previous_document,
	&act_toggle_footnotes,
	&act_sort,
	&act_correct,
	&act_search_next,
	&act_search_previous,
	&act_next_reference,
	&act_previous_reference,
	&act_back,
	&act_forward,
	&act_next_in_correspondence,
	&act_previous_in_correspondence,
	&act_goto_date,
	&act_search_library,
	&act_people,
	&act_redraw,
	&act_annotations,
	&act_marks,
	&act_set_mark,
	&act_goto_mark,
	NULL,
};

static const struct mode_key global_keys[] = {
	{ "? F1", "help" },
	{ "q", "quit" },
	{ "h Left", "focus-left" },
	{ "l Right", "focus-right" },
	{ "F2 1", "toggle-list" },
	{ "F3 3", "toggle-sidebar" },
	{ "] J", "next-document" },
	{ "[ K", "previous-document" },
	{ "f", "toggle-footnotes" },
	{ "s", "sort" },
	{ "e", "correct" },
	{ "n", "search-next" },
	{ "N", "search-previous" },
	{ "C-l", "redraw" },
	{ "Tab", "next-reference" },
	{ "BackTab", "previous-reference" },
	{ "Backspace C-o H", "back" },
	{ "C-n L", "forward" },
	{ "}", "next-in-correspondence" },
	{ "{", "previous-in-correspondence" },
	{ "t", "goto-date" },
	{ "S", "search-library" },
	{ "p", "people" },
	{ "@", "annotations" },
	{ "M", "marks" },
	{ "m", "set-mark" },
	{ "'", "goto-mark" },
	{ NULL, NULL },
};

const struct mode mode_global = {
	.name = "global",
	.title = "Anywhere",
	.actions = global_actions,
	.keys = global_keys,
};

static const struct key_action *const list_actions[] = {
	&act_list_down,
	&act_list_up,
	&act_list_page_down,
	&act_list_page_up,
	&act_list_first,
	&act_list_last,
	&act_list_open,
	&act_filter,
	&act_clear_filter,
	NULL,
};

static const struct mode_key list_keys[] = {
	{ "j Down", "list-down" },
	{ "k Up", "list-up" },
	{ "PageDown C-f C-d Space", "list-page-down" },
	{ "PageUp C-b C-u b", "list-page-up" },
	{ "g Home", "list-first" },
	{ "G End", "list-last" },
	{ "Enter", "list-open" },
	{ "/", "filter" },
	{ "Escape", "clear-filter" },
	{ NULL, NULL },
};

const struct mode mode_list = {
	.name = "list",
	.title = "Document list (left)",
	.parent = "global",
	.actions = list_actions,
	.keys = list_keys,
};

static const struct key_action *const read_actions[] = {
	&act_scroll_down,
	&act_scroll_up,
	&act_page_down,
	&act_page_up,
	&act_half_page_down,
	&act_half_page_up,
	&act_top,
	&act_bottom,
	&act_search,
	&act_clear_search,
	&act_follow_reference,
	&act_change_reference,
	&act_dismiss_reference,
	&act_automatic_reference,
	&act_link_passage,
	&act_select,
	&act_select_lines,
	&act_annotate_paragraph,
	&act_next_annotation,
	&act_previous_annotation,
	&act_edit_annotation,
	&act_edit_annotation_external,
	&act_delete_annotation,
	&act_undo_delete,
	&act_tag_annotation,
	NULL,
};

static const struct mode_key read_keys[] = {
	{ "j Down C-e", "scroll-down" },
	{ "k Up C-y", "scroll-up" },
	{ "Space PageDown C-f", "page-down" },
	{ "b PageUp C-b", "page-up" },
	{ "C-d", "half-page-down" },
	{ "C-u", "half-page-up" },
	{ "g Home", "top" },
	{ "G End", "bottom" },
	{ "/", "search" },
	{ "Escape", "clear-search" },
	{ "Enter", "follow-reference" },
	{ "c", "change-reference" },
	{ "x", "dismiss-reference" },
	{ "X", "automatic-reference" },
	{ "a", "link-passage" },
	{ "v", "select" },
	{ "V", "select-lines" },
	{ "A", "annotate-paragraph" },
	{ ")", "next-annotation" },
	{ "(", "previous-annotation" },
	{ "E", "edit-annotation" },
	{ "D", "delete-annotation" },
	{ "u", "undo-delete" },
	{ "T", "tag-annotation" },
	{ "C-x", "edit-annotation-external" },
	{ NULL, NULL },
};

const struct mode mode_read = {
	.name = "reading",
	.title = "Reading pane (centre)",
	.parent = "global",
	.actions = read_actions,
	.keys = read_keys,
};

static const struct key_action *const select_actions[] = {
	&act_select_word_next,
	&act_select_word_previous,
	&act_select_line_down,
	&act_select_line_up,
	&act_select_paragraph_next,
	&act_select_paragraph_previous,
	&act_select_swap,
	&act_select_annotate,
	&act_select_annotate_external,
	&act_select_link,
	&act_select_reattach,
	&act_select_cancel,
	NULL,
};

static const struct mode_key select_keys[] = {
	{ "w l Right", "select-word-next" },
	{ "b h Left", "select-word-previous" },
	{ "j Down", "select-line-down" },
	{ "k Up", "select-line-up" },
	{ "}", "select-paragraph-next" },
	{ "{", "select-paragraph-previous" },
	{ "o", "select-swap" },
	{ "Enter a", "select-annotate" },
	{ "E", "select-annotate-external" },
	{ "L", "select-link" },
	{ "R", "select-reattach" },
	{ "Escape C-g v V", "select-cancel" },
	{ NULL, NULL },
};

const struct mode mode_select = {
	.name = "select",
	.title = "Selecting a passage (v, V, or drag with the mouse)",
	.parent = "global",
	.actions = select_actions,
	.keys = select_keys,
};

static const struct key_action *const editor_actions[] = {
	&act_note_save,
	&act_note_close,
	&act_note_external,
	&act_note_newline,
	&act_note_up,
	&act_note_down,
	&act_note_line_start,
	&act_note_line_end,
	&act_note_kill_end,
	&act_note_kill_start,
	&act_backspace,
	&act_delete,
	&act_cursor_left,
	&act_cursor_right,
	&act_kill_word,
	NULL,
};

static const struct mode_key editor_keys[] = {
	{ "C-s", "note-save" },
	{ "Escape C-g", "note-close" },
	{ "C-o", "note-external" },
	{ "Enter", "note-newline" },
	{ "Up C-p", "note-up" },
	{ "Down C-n", "note-down" },
	{ "Home C-a", "note-line-start" },
	{ "End C-e", "note-line-end" },
	{ "C-k", "note-kill-end" },
	{ "C-u", "note-kill-start" },
	{ "Backspace C-h", "backspace" },
	{ "Delete C-d", "delete" },
	{ "Left C-b", "cursor-left" },
	{ "Right C-f", "cursor-right" },
	{ "C-w", "kill-word" },
	{ NULL, NULL },
};

const struct mode mode_editor = {
	.name = "editor",
	.title = "Writing a note (any other character is typed)",
	.actions = editor_actions,
	.keys = editor_keys,
	.input = typed_input,
};

static const struct key_action *const ask_actions[] = {
	&act_ask_save,
	&act_ask_discard,
	&act_ask_back,
	NULL,
};

static const struct mode_key ask_keys[] = {
	{ "s y", "ask-save" },
	{ "d n", "ask-discard" },
	{ "Escape C-g", "ask-back" },
	{ NULL, NULL },
};

const struct mode mode_ask = {
	.name = "ask",
	.title = "Closing a note that is not saved",
	.actions = ask_actions,
	.keys = ask_keys,
	.input = ask_input,
};

static const struct key_action *const side_actions[] = {
	&act_search,
	&act_change_reference,
	&act_dismiss_reference,
	&act_automatic_reference,
	&act_sidebar_next,
	&act_sidebar_previous,
	&act_sidebar_open,
	&act_sidebar_down,
	&act_sidebar_up,
	&act_sidebar_page_down,
	&act_sidebar_page_up,
	NULL,
};

static const struct mode_key side_keys[] = {
	{ "j Down", "sidebar-next" },
	{ "k Up", "sidebar-previous" },
	{ "Enter", "sidebar-open" },
	{ "C-e", "sidebar-down" },
	{ "C-y", "sidebar-up" },
	{ "Space PageDown C-f", "sidebar-page-down" },
	{ "b PageUp C-b", "sidebar-page-up" },
	{ "c", "change-reference" },
	{ "x", "dismiss-reference" },
	{ "X", "automatic-reference" },
	{ "/", "search" },
	{ NULL, NULL },
};

const struct mode mode_side = {
	.name = "sidebar",
	.title = "Sidebar (right)",
	.parent = "global",
	.actions = side_actions,
	.keys = side_keys,
};

static const struct key_action *const people_actions[] = {
	&act_people,
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_person_documents,
	&act_person_merge,
	&act_person_split,
	&act_person_find,
	&act_close_view,
	NULL,
};

static const struct mode_key people_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "PageDown C-f C-d Space", "row-page-down" },
	{ "PageUp C-b C-u b", "row-page-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "person-documents" },
	{ "m", "person-merge" },
	{ "u", "person-split" },
	{ "/", "person-find" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

const struct mode mode_people = {
	.name = "people",
	.title = "People (p, in the list pane)",
	.parent = "global",
	.actions = people_actions,
	.keys = people_keys,
};

static const struct key_action *const results_actions[] = {
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_result_open,
	&act_close_view,
	NULL,
};

static const struct mode_key results_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "PageDown C-f C-d Space", "row-page-down" },
	{ "PageUp C-b C-u b", "row-page-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "result-open" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

const struct mode mode_results = {
	.name = "results",
	.title = "Library search results (S, in the list pane)",
	.parent = "global",
	.actions = results_actions,
	.keys = results_keys,
};

static const struct key_action *const annotations_actions[] = {
	&act_annotations,
	&act_delete_annotation,
	&act_undo_delete,
	&act_tag_annotation,
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_annotation_open,
	&act_annotations_filter,
	&act_annotations_order,
	&act_close_view,
	NULL,
};

static const struct mode_key annotations_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "PageDown C-f C-d Space", "row-page-down" },
	{ "PageUp C-b C-u b", "row-page-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "annotation-open" },
	{ "/", "annotations-filter" },
	{ "s", "annotations-order" },
	{ "D", "delete-annotation" },
	{ "u", "undo-delete" },
	{ "T", "tag-annotation" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

const struct mode mode_annotations = {
	.name = "annotations",
	.title = "Annotations (@, in the list pane)",
	.parent = "global",
	.actions = annotations_actions,
	.keys = annotations_keys,
};

static const struct key_action *const marks_actions[] = {
	&act_marks,
	&act_row_down,
	&act_row_up,
	&act_row_page_down,
	&act_row_page_up,
	&act_row_first,
	&act_row_last,
	&act_mark_open,
	&act_mark_delete,
	&act_close_view,
	NULL,
};

static const struct mode_key marks_keys[] = {
	{ "j Down", "row-down" },
	{ "k Up", "row-up" },
	{ "g Home", "row-first" },
	{ "G End", "row-last" },
	{ "Enter", "mark-open" },
	{ "D", "mark-delete" },
	{ "Escape", "close-view" },
	{ NULL, NULL },
};

const struct mode mode_marks = {
	.name = "marks",
	.title = "Marks (M, in the list pane)",
	.parent = "global",
	.actions = marks_actions,
	.keys = marks_keys,
};

static const struct key_action *const chooser_actions[] = {
	&act_choose_down,
	&act_choose_up,
	&act_choose,
	&act_choose_link,
	&act_choose_cancel,
	NULL,
};

static const struct mode_key chooser_keys[] = {
	{ "j Down C-n", "choose-down" },
	{ "k Up C-p", "choose-up" },
	{ "Enter", "choose" },
	{ "c", "choose-link" },
	{ "Escape C-g q", "choose-cancel" },
	{ NULL, NULL },
};

const struct mode mode_chooser = {
	.name = "chooser",
	.title = "Chooser (which document a reference means)",
	.actions = chooser_actions,
	.keys = chooser_keys,
	.input = ignore_input,
};

static const struct key_action *const prompt_actions[] = {
	&act_accept,
	&act_cancel,
	&act_backspace,
	&act_delete,
	&act_cursor_left,
	&act_cursor_right,
	&act_line_start,
	&act_line_end,
	&act_kill_line,
	&act_kill_word,
	NULL,
};

static const struct mode_key prompt_keys[] = {
	{ "Enter", "accept" },
	{ "Escape C-g", "cancel" },
	{ "Backspace C-h", "backspace" },
	{ "Delete C-d", "delete" },
	{ "Left C-b", "cursor-left" },
	{ "Right C-f", "cursor-right" },
	{ "Home C-a", "line-start" },
	{ "End C-e", "line-end" },
	{ "C-u", "kill-line" },
	{ "C-w", "kill-word" },
	{ NULL, NULL },
};

const struct mode mode_prompt = {
	.name = "prompt",
	.title = "Prompts: search, filter, date, links, people (any other character is typed)",
	.actions = prompt_actions,
	.keys = prompt_keys,
	.input = typed_input,
	.keeps_message = 1,
};

static const struct key_action *const form_actions[] = {
	&act_form_save,
	&act_form_cancel,
	&act_form_next,
	&act_form_previous,
	&act_backspace,
	&act_delete,
	&act_cursor_left,
	&act_cursor_right,
	&act_line_start,
	&act_line_end,
	&act_kill_line,
	&act_kill_word,
	NULL,
};

static const struct mode_key form_keys[] = {
	{ "Enter C-s", "form-save" },
	{ "Escape C-g", "form-cancel" },
	{ "Down", "form-next" },
	{ "Up BackTab", "form-previous" },
	{ "Backspace C-h", "backspace" },
	{ "Delete C-d", "delete" },
	{ "Left C-b", "cursor-left" },
	{ "Right C-f", "cursor-right" },
	{ "Home C-a", "line-start" },
	{ "End C-e", "line-end" },
	{ "C-u", "kill-line" },
	{ "C-w", "kill-word" },
	{ NULL, NULL },
};

const struct mode mode_form = {
	.name = "form",
	.title = "Correction form (e; names are separated by ;)",
	.actions = form_actions,
	.keys = form_keys,
	.input = typed_input,
};

static const struct key_action *const help_actions[] = {
	&act_help,
	&act_help_down,
	&act_help_up,
	&act_help_page_down,
	&act_help_page_up,
	&act_help_top,
	&act_help_bottom,
	&act_help_close,
	NULL,
};

static const struct mode_key help_keys[] = {
	{ "j Down", "help-down" },
	{ "k Up", "help-up" },
	{ "Space PageDown C-f C-d", "help-page-down" },
	{ "b PageUp C-b C-u", "help-page-up" },
	{ "g Home", "help-top" },
	{ "G End", "help-bottom" },
	{ "q Escape ? F1", "help-close" },
	{ NULL, NULL },
};

const struct mode mode_help = {
	.name = "help",
	.title = "This help",
	.actions = help_actions,
	.keys = help_keys,
	.input = ignore_input,
};

static const struct key_action *const welcome_actions[] = {
	&act_help,
	&act_quit,
	&act_redraw,
	&act_import_sample,
	NULL,
};

static const struct mode_key welcome_keys[] = {
	{ "i", "import-sample" },
	{ "q", "quit" },
	{ "? F1", "help" },
	{ NULL, NULL },
};

const struct mode mode_welcome = {
	.name = "welcome",
	.title = "Empty library",
	.parent = "global",
	.actions = welcome_actions,
	.keys = welcome_keys,
	.input = ignore_input,
};
