/* prompt.c: the prompt line: a search, a filter, a date, a link's
 * target, a person, tags, typed as the reader goes. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

void app_prompt_begin(struct app *a, enum app_prompt kind)
{
	if ((kind == PROMPT_SEARCH || kind == PROMPT_QUOTE || kind == PROMPT_TARGET) && a->doc == NULL)
		return;
	if ((kind == PROMPT_MERGE || kind == PROMPT_SPLIT) && app_person_selected(a) == NULL)
		return;
	if ((kind == PROMPT_MERGE || kind == PROMPT_SPLIT) && a->readonly) {
		app_error(a, "read-only library: people cannot be %s", kind == PROMPT_MERGE ? "merged" : "split");
		return;
	}
	a->prompt = kind;
	mode_push(a, &mode_prompt);
	app_line_set(&a->line, "");
	a->prompt_pos = a->pos;
	a->prompt_head_skip = a->head_skip;
	free(a->prompt_saved);
	const char *old = kind == PROMPT_SEARCH || kind == PROMPT_QUOTE ? a->search
			  : kind == PROMPT_FILTER			 ? a->filter
			  : kind == PROMPT_PEOPLE			 ? a->pfind
			  : kind == PROMPT_NOTES			 ? a->nfilter
									 : NULL;
	a->prompt_saved = old ? xstrdup(old) : NULL;
	/* What is being edited starts as it is. */
	if ((kind == PROMPT_FILTER || kind == PROMPT_PEOPLE || kind == PROMPT_NOTES) && old)
		app_line_set(&a->line, old);
	if (kind == PROMPT_LIBRARY && a->rquery)
		app_line_set(&a->line, a->rquery);
	if (kind == PROMPT_TARGET)
		app_message(a, "a document id, a date (1950-10-08) or words and filters (from:Stalin)");
	else if (kind == PROMPT_DATE)
		app_message(a, "1950, 1950-10, 1950-10-08 or 8 October 1950");
	else if (kind == PROMPT_LIBRARY)
		app_message(a, "words, \"a phrase\", from: to: person: date: kind: lang:");
}

char *app_prompt_label(const struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	switch (a->prompt) {
	case PROMPT_SEARCH:
		return xstrdup("/");
	case PROMPT_FILTER:
		return xstrdup("filter: ");
	case PROMPT_DATE:
		return xstrdup("go to date: ");
	case PROMPT_LIBRARY:
		return xstrdup("search the library: ");
	case PROMPT_QUOTE:
		return xstrdup("link the words: ");
	case PROMPT_TARGET: {
		char *q = layout_fit(a->link_phrase ? a->link_phrase : "", 24);
		char *l = xasprintf("link \u201c%s\u201d to: ", q);
		free(q);
		return l;
	}
	case PROMPT_MERGE:
		return xasprintf("merge %s into: ", p ? p->name : "?");
	case PROMPT_SPLIT:
		return p && p->aliases ? xasprintf("split which name off %s (%s): ", p->name, p->aliases)
				       : xasprintf("split which name off %s: ", p ? p->name : "?");
	case PROMPT_PEOPLE:
		return xstrdup("find a person: ");
	case PROMPT_TAGS:
		return xstrdup("tags: ");
	case PROMPT_NOTES:
		return xstrdup("annotations with: ");
	default:
		return xstrdup("");
	}
}

static void prompt_restore_pos(struct app *a)
{
	a->pos = a->prompt_pos;
	a->head_skip = a->prompt_head_skip;
}

void app_prompt_changed(struct app *a)
{
	const char *t = a->line.text.data ? a->line.text.data : "";
	if (a->prompt == PROMPT_SEARCH || a->prompt == PROMPT_QUOTE) {
		prompt_restore_pos(a);
		if (app_search_set(a, t) == 0) {
			if (*t)
				app_error(a, "not found: %s", t);
			else
				app_message(a, " ");
			return;
		}
		int wrapped;
		size_t h = app_hit_from(a, app_view_top(a) <= a->nhead ? 0 : a->pos, &wrapped);
		app_goto_hit(a, h);
		if (wrapped)
			app_message(a, "search wrapped to the top");
		else
			app_message(a, "%zu of %zu", h + 1, a->nhits);
	} else if (a->prompt == PROMPT_FILTER) {
		/* While typing, a half-written query is no error yet. */
		char *saved = a->message;
		a->message = NULL;
		if (app_set_filter(a, t) == 0)
			app_message(a, "%lld of %lld documents", (long long)a->count, (long long)a->total);
		else
			app_message(a, " ");
		free(saved);
	} else if (a->prompt == PROMPT_PEOPLE) {
		app_people_find(a, t);
		app_message(a, "%zu of %zu", a->npshown, a->npeople);
	} else if (a->prompt == PROMPT_NOTES) {
		char *saved = a->message;
		a->message = NULL;
		if (app_notes_filter(a, t) == 0)
			app_message(a, "%zu annotation%s", a->nnotes, a->nnotes == 1 ? "" : "s");
		else
			app_message(a, " ");
		free(saved);
	}
}

void app_prompt_accept(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	mode_pop(a, &mode_prompt);
	char *t = xstrdup(a->line.text.data ? a->line.text.data : "");
	switch (kind) {
	case PROMPT_SEARCH:
		if (*t == '\0' && a->prompt_saved) {
			/* An empty search repeats the last one. */
			app_search_set(a, a->prompt_saved);
			app_search_next(a, 1);
		} else if (*t && a->nhits == 0) {
			app_error(a, "not found: %s", t);
		}
		a->read = 1;
		break;
	case PROMPT_FILTER:
		if (app_set_filter(a, t) == 0) {
			if (a->filter)
				app_message(a, "%lld of %lld documents match", (long long)a->count, (long long)a->total);
			else
				app_message(a, "filter cleared");
		}
		break;
	case PROMPT_QUOTE:
		if (*t == '\0' || a->nhits == 0 || a->hit >= a->nhits) {
			app_search_set(a, a->prompt_saved);
			if (*t)
				app_error(a, "not found: %s", t);
			else
				app_message(a, "not linked");
			break;
		} else {
			/* The highlighted words are the passage; the search that
			 * was there before comes back. */
			size_t ps = a->hits[a->hit].start, pe = a->hits[a->hit].end;
			app_word_bounds(a->doc->doc->body, a->doc->doc->body_len, &ps, &pe);
			char *phrase = xstrndup(a->doc->doc->body + ps, pe - ps);
			app_search_set(a, a->prompt_saved);
			app_link_set(a, 0, ps, pe, phrase);
			free(phrase);
			app_prompt_begin(a, PROMPT_TARGET);
		}
		break;
	case PROMPT_TARGET:
		app_link_target(a, t);
		break;
	case PROMPT_DATE:
		app_goto_date(a, t);
		break;
	case PROMPT_LIBRARY:
		app_library_search(a, t);
		break;
	case PROMPT_MERGE:
		app_people_merge(a, t);
		break;
	case PROMPT_SPLIT:
		app_people_split(a, t);
		break;
	case PROMPT_PEOPLE:
		app_people_find(a, t);
		app_message(a, "%zu of %zu people", a->npshown, a->npeople);
		break;
	case PROMPT_TAGS:
		app_annot_set_tags(a, t);
		break;
	case PROMPT_NOTES:
		if (app_notes_filter(a, t) == 0)
			app_message(a, "%zu annotation%s%s", a->nnotes, a->nnotes == 1 ? "" : "s",
				    a->nfilter ? " match" : "");
		break;
	default:
		break;
	}
	free(t);
}

void app_prompt_cancel(struct app *a)
{
	enum app_prompt kind = a->prompt;
	a->prompt = PROMPT_NONE;
	mode_pop(a, &mode_prompt);
	if (kind == PROMPT_SEARCH || kind == PROMPT_QUOTE) {
		app_search_set(a, a->prompt_saved);
		prompt_restore_pos(a);
	} else if (kind == PROMPT_FILTER) {
		app_set_filter(a, a->prompt_saved);
	} else if (kind == PROMPT_PEOPLE) {
		app_people_find(a, a->prompt_saved);
	} else if (kind == PROMPT_NOTES) {
		app_notes_filter(a, a->prompt_saved);
	} else if (kind == PROMPT_TAGS) {
		a->tag_id = 0;
	}
	if (kind == PROMPT_QUOTE || kind == PROMPT_TARGET)
		app_link_reset(a);
	app_message(a, kind == PROMPT_QUOTE || kind == PROMPT_TARGET ? "not linked" : " ");
}

void app_prompt_for(struct app *a, long arg)
{
	app_prompt_begin(a, (enum app_prompt)arg);
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
int mode_typed(struct app *a, const char *key)
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

static const struct key_action act_accept = { "accept", do_prompt, 1, "accept (search, filter, go, link) and close the prompt" };

static const struct key_action act_cancel = { "cancel", do_prompt, 0, "cancel: back to where you were" };

const struct key_action act_backspace = { "backspace", do_line, LINE_BACKSPACE, "delete the character before the cursor" };

const struct key_action act_delete = { "delete", do_line, LINE_DELETE, "delete the character under the cursor" };

const struct key_action act_cursor_left = { "cursor-left", do_line, LINE_LEFT, "cursor left" };

const struct key_action act_cursor_right = { "cursor-right", do_line, LINE_RIGHT, "cursor right" };

const struct key_action act_line_start = { "line-start", do_line, LINE_HOME, "cursor to the start" };

const struct key_action act_line_end = { "line-end", do_line, LINE_END, "cursor to the end" };

const struct key_action act_kill_line = { "kill-line", do_line, LINE_KILL, "delete to the start" };

const struct key_action act_kill_word = { "kill-word", do_line, LINE_KILL_WORD, "delete the word before the cursor" };

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
	.input = mode_typed,
	.keeps_message = 1,
};
