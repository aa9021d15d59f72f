/* test_app_notes.c: annotations in the reader, without a terminal: the
 * selection, the note editor, highlights, the cursor on annotations,
 * edit, delete and undo, tags, the annotations view, marks, the mouse,
 * and a second connection writing to the same library. Driven through
 * the key table as a user would, against a real library file. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/app.h"
#include "dossier/app_notes.h"
#include "dossier/keys.h"
#include "dossier/notes.h"
#include "dossier/store.h"
#include "dossier/util.h"
#include "fixture.h"
#include "state.h"

/* The buffer app_line_marks fills, kept as the view keeps one. */
static struct app_marks mb;
#include "test.h"

static char db[] = "/tmp/dossier-test-app-notes-XXXXXX";

static const char *const BODY1 =
	"Comrade Shtykov,\n\n"
	"We have received your cable of 30 September. The Korean comrades ask for help with the "
	"crossing of the parallel, and Zh\u014du \u0112nl\u00e1i will come to Moscow.\n\n"
	"Second paragraph: the question of the air force is to be settled at once, "
	"and the answer sent by ciphered telegram.\n\n"
	"FENG XI";

static const char *const BODY2 = "To Comrade Stalin.\n\nA short reply about the air force.\n";

static void keys(const struct keymap *km, struct app *a, const char *seq)
{
	/* Keys separated by spaces, as tmux send-keys takes them. */
	char *s = xstrdup(seq);
	for (char *k = strtok(s, " "); k; k = strtok(NULL, " "))
		keys_handle(km, a, k);
	free(s);
}

static void type(const struct keymap *km, struct app *a, const char *text)
{
	for (const char *p = text; *p; p++) {
		char k[2] = { *p, '\0' };
		keys_handle(km, a, *p == ' ' ? "Space" : k);
	}
}

struct count {
	size_t n;
	char text[256], tags[64], quote[256], uuid[40];
	size_t start, end;
};

static int count_cb(const struct store_annotation *sa, void *arg)
{
	struct count *c = arg;
	c->n++;
	snprintf(c->text, sizeof c->text, "%s", sa->text);
	snprintf(c->tags, sizeof c->tags, "%s", sa->tags);
	snprintf(c->quote, sizeof c->quote, "%s", sa->quote);
	snprintf(c->uuid, sizeof c->uuid, "%s", sa->uuid);
	c->start = sa->start;
	c->end = sa->end;
	return 0;
}

static struct count stored(struct store *s, int64_t doc)
{
	struct count c = { 0 };
	char *cause = NULL;
	if (store_annotations(s, doc, NULL, NULL, STORE_BY_DOCUMENT, count_cb, &c, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	return c;
}

static int has_style(struct app *a, size_t off, enum layout_style st)
{
	const struct layout_mark *m;
	size_t n = app_line_marks(a, layout_line_of(a->body, off), &mb, &m);
	for (size_t i = 0; i < n; i++)
		if (m[i].start <= off && off < m[i].end && m[i].style == st)
			return 1;
	return 0;
}

static size_t at(const char *needle)
{
	return (size_t)(strstr(BODY1, needle) - BODY1);
}

static void test_select_and_annotate(const struct keymap *km, struct app *a, struct store *s, int64_t d1)
{
	CHECK_INT(app_open(a, d1), 0);
	/* v selects the first word on screen; w extends by words. */
	keys(km, a, "v");
	CHECK_STR(app_mode_name(a), "select");
	size_t ss = 0, se = 0;
	CHECK_INT(app_select_range(a, &ss, &se), 0);
	CHECK_INT(ss, 0);
	CHECK_INT(se, strlen("Comrade"));
	keys(km, a, "w");
	app_select_range(a, &ss, &se);
	CHECK_INT(se, strlen("Comrade Shtykov"));
	CHECK(has_style(a, 3, LS_SELECTION));
	keys(km, a, "b");
	app_select_range(a, &ss, &se);
	CHECK_INT(se, strlen("Comrade"));
	/* Down a line lands in the next paragraph's text, not the blank. */
	keys(km, a, "j");
	app_select_range(a, &ss, &se);
	CHECK(se > at("We have"));
	keys(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_INT(app_select_range(a, &ss, &se), -1);

	/* The selection from the mouse: press on a word, drag to another. */
	app_select_mouse(a, MOUSE_CLICK, at("received"));
	CHECK(!a->selection.on);
	app_select_mouse(a, MOUSE_DRAG, at("received") + 2);
	CHECK(!a->selection.on); /* still the same word */
	app_select_mouse(a, MOUSE_DRAG, at("cable") + 1);
	app_select_mouse(a, MOUSE_RELEASE, at("cable") + 1);
	CHECK(a->selection.on);
	app_select_range(a, &ss, &se);
	CHECK_INT(ss, at("received"));
	CHECK_INT(se, at("cable") + strlen("cable"));

	/* Annotate it: the editor opens, typing goes into the note. */
	keys(km, a, "a");
	CHECK_STR(app_mode_name(a), "editor");
	type(km, a, "Which cable?");
	keys(km, a, "Enter");
	type(km, a, "Ask the archive");
	CHECK_STR(a->editor.line.text.data, "Which cable?\nAsk the archive");
	/* Up keeps the column; C-k joins; C-u kills to the line's start. */
	keys(km, a, "Up");
	CHECK_INT(a->editor.line.cursor, strlen("Which cable?"));
	keys(km, a, "C-a");
	CHECK_INT(a->editor.line.cursor, 0);
	keys(km, a, "Down End");
	CHECK_INT(a->editor.line.cursor, a->editor.line.text.len);
	keys(km, a, "C-u");
	CHECK_STR(a->editor.line.text.data, "Which cable?\n");
	type(km, a, "Ask the archive");
	/* Nothing is in the library before C-s; after it, all of it is. */
	CHECK_INT(stored(s, d1).n, 0);
	keys(km, a, "C-s");
	CHECK_STR(app_mode_name(a), "reading");
	struct count c = stored(s, d1);
	CHECK_INT(c.n, 1);
	CHECK_STR(c.text, "Which cable?\nAsk the archive");
	CHECK_STR(c.quote, "received your cable");
	CHECK_INT(c.start, at("received"));
	CHECK(a->message && strstr(a->message, "saved"));
	CHECK_INT(a->nannots, 1);
	CHECK(has_style(a, at("your"), LS_ANNOT_CURRENT));

	/* A: a note on the paragraph at the cursor (the annotation's). */
	keys(km, a, "A");
	CHECK_STR(app_mode_name(a), "editor");
	CHECK_INT(a->editor.start, at("We have"));
	CHECK_INT(a->editor.end, at(" will come to Moscow.") + strlen(" will come to Moscow."));
	type(km, a, "Zhou");
	keys(km, a, "C-s");
	CHECK_INT(stored(s, d1).n, 2);

	/* An empty note is not saved, and says so. */
	keys(km, a, "v a C-s");
	CHECK_STR(app_mode_name(a), "editor");
	CHECK(a->message_error);
	keys(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_INT(stored(s, d1).n, 2);
}

static void test_unsaved(const struct keymap *km, struct app *a, struct store *s, int64_t d1)
{
	/* Escape with a note typed asks; Escape again goes on writing; d
	 * discards; s saves. */
	keys(km, a, "v a");
	type(km, a, "half a thought");
	keys(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "ask");
	CHECK(a->message && strstr(a->message, "not saved"));
	keys(km, a, "q"); /* not an answer: nothing happens */
	CHECK_STR(app_mode_name(a), "ask");
	keys(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "editor");
	CHECK_STR(a->editor.line.text.data, "half a thought");
	keys(km, a, "Escape d");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_INT(stored(s, d1).n, 2);
	keys(km, a, "v a");
	type(km, a, "kept");
	keys(km, a, "Escape s");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_INT(stored(s, d1).n, 3);
	/* Quitting (a signal) with a note open keeps it as a draft. */
	keys(km, a, "v w a");
	type(km, a, "rescued");
	CHECK_INT(app_note_rescue(a), 1);
	CHECK_INT(stored(s, d1).n, 4);
	CHECK(!a->editor.open);
	struct count c = { 0 };
	char *cause = NULL;
	store_annotations(s, d1, "draft", NULL, STORE_NEWEST, count_cb, &c, &cause);
	CHECK_INT(c.n, 1);
	CHECK_STR(c.text, "rescued");
	/* $VISUAL's text comes back and is saved; a failure keeps the note. */
	keys(km, a, "v a");
	type(km, a, "x");
	keys(km, a, "C-o");
	CHECK(a->editor.external);
	app_note_external_done(a, NULL, "the editor (nano) failed");
	CHECK(a->editor.open && a->message_error);
	CHECK_STR(a->editor.line.text.data, "x");
	app_note_external_done(a, "from the editor\n", NULL);
	CHECK(!a->editor.open);
	CHECK_INT(stored(s, d1).n, 5);
	/* A paste is text: in at once, cleaned (an ESC in it closes
	 * nothing); a newline in a prompt's paste is a space; nothing open,
	 * nothing takes it. */
	app_paste(a, "x", 1);
	CHECK(a->message && strstr(a->message, "nothing here takes it"));
	keys(km, a, "v a");
	const char *paste = "pasted \x1bq and \x1b[2Jmore\r\nline two";
	app_paste(a, paste, strlen(paste));
	CHECK_STR(app_mode_name(a), "editor");
	CHECK_STR(a->editor.line.text.data, "pasted  and more\nline two");
	CHECK(a->message && strstr(a->message, "escape sequences and control characters removed"));
	/* A note is bounded: a paste or a key that would pass it is refused. */
	char *big = xmalloc(NOTES_MAX_BYTES + 1);
	memset(big, 'a', NOTES_MAX_BYTES);
	big[NOTES_MAX_BYTES] = '\0';
	app_paste(a, big, NOTES_MAX_BYTES);
	CHECK(a->message_error && strstr(a->message, "a note holds at most 100000 bytes"));
	CHECK_STR(a->editor.line.text.data, "pasted  and more\nline two");
	app_line_set(&a->editor.line, big + 1);
	type(km, a, "z");
	CHECK_INT(a->editor.line.text.len, NOTES_MAX_BYTES);
	type(km, a, "z");
	CHECK(a->message_error && strstr(a->message, "this one is full"));
	keys(km, a, "Enter");
	CHECK(a->message_error && strstr(a->message, "this one is full"));
	CHECK_INT(a->editor.line.text.len, NOTES_MAX_BYTES);
	free(big);
	keys(km, a, "Escape d");
	keys(km, a, "/");
	app_paste(a, "Mao\nZedong", 10);
	CHECK_STR(a->prompt.line.text.data, "Mao Zedong");
	keys(km, a, "Escape");
}

static void test_cursor_edit_delete(const struct keymap *km, struct app *a, struct store *s, int64_t d1)
{
	app_open(a, d1);
	app_top(a);
	a->annot = SIZE_MAX;
	/* ) goes through them in the text's order and wraps. */
	keys(km, a, ")");
	CHECK(app_current_annot(a) != NULL);
	size_t first = a->annot;
	size_t seen = 1;
	for (int i = 0; i < 10; i++) {
		keys(km, a, ")");
		if (a->annot == first)
			break;
		seen++;
	}
	CHECK_INT(seen, a->nannots);
	CHECK(a->message && strstr(a->message, "wrapped"));
	keys(km, a, "(");
	CHECK(a->annot != first);
	keys(km, a, ")");
	CHECK_INT(a->annot, first);

	/* E edits its note in place. */
	int64_t id = a->annots[a->annot].id;
	keys(km, a, "E");
	CHECK_STR(app_mode_name(a), "editor");
	CHECK_STR(a->editor.line.text.data, a->annots[a->annot].text);
	keys(km, a, "End");
	type(km, a, " (edited)");
	keys(km, a, "C-s");
	CHECK(strstr(a->annots[a->annot].text, "(edited)") != NULL);
	CHECK_INT(a->annots[a->annot].id, id);

	/* T tags it. */
	keys(km, a, "T");
	CHECK_INT(a->prompt.id, PROMPT_TAGS);
	type(km, a, "#korea, 1950 cable");
	keys(km, a, "Enter");
	CHECK_STR(a->annots[a->annot].tags, "korea 1950 cable");

	/* D deletes; u brings it back whole (same identity, tags, text). */
	size_t before = stored(s, d1).n;
	struct count one = { 0 };
	char *cause = NULL;
	store_annotations(s, d1, "korea", NULL, STORE_NEWEST, count_cb, &one, &cause);
	keys(km, a, "D");
	CHECK_INT(stored(s, d1).n, before - 1);
	CHECK(a->message && strstr(a->message, "u brings it back"));
	keys(km, a, "u");
	CHECK_INT(stored(s, d1).n, before);
	struct count back = { 0 };
	store_annotations(s, d1, "korea", NULL, STORE_NEWEST, count_cb, &back, &cause);
	CHECK_INT(back.n, 1);
	CHECK_STR(back.uuid, one.uuid);
	CHECK_STR(back.text, one.text);
	CHECK_INT(back.start, one.start);
	keys(km, a, "u");
	CHECK(a->message && strstr(a->message, "no deleted"));
	CHECK_INT(stored(s, d1).n, before);
}

static void test_view(const struct keymap *km, struct app *a, struct store *s, int64_t d1, int64_t d2)
{
	/* A note on the other document, then the view of them all. */
	app_open(a, d2);
	keys(km, a, "A");
	type(km, a, "reply note");
	keys(km, a, "C-s");
	app_open(a, d1);
	keys(km, a, "@");
	CHECK_STR(app_mode_name(a), "annotations");
	size_t all = a->notes.n;
	CHECK_INT(all, stored(s, d1).n + stored(s, 0).n - stored(s, d1).n);
	/* Newest first: the reply's note is on top. */
	CHECK_STR(a->notes.v[0].text, "reply note");
	/* Its document's title and date are read for the rows on screen,
	 * before the frame, not for every note in the library. */
	CHECK(a->notes.v[0].doc_title == NULL);
	app_fit(a, km);
	CHECK_STR(a->notes.v[0].doc_title, "Reply");
	CHECK_STR(a->notes.v[0].doc_date, "1950-10-08");
	CHECK_STR(a->notes.v[all - 1].doc_title, "Ciphered telegram");
	keys(km, a, "s");
	CHECK(a->notes.order == 1);
	keys(km, a, "s");
	/* Filter by tag, then by words. */
	keys(km, a, "/");
	type(km, a, "tag:korea");
	CHECK_INT(a->notes.n, 1);
	keys(km, a, "Enter");
	CHECK_STR(app_mode_name(a), "annotations");
	CHECK_STR(a->notes.v[0].tags, "korea 1950 cable");
	keys(km, a, "/ C-u");
	type(km, a, "reply");
	keys(km, a, "Enter");
	CHECK_INT(a->notes.n, 1);
	/* Enter opens the document at the passage. */
	keys(km, a, "Enter");
	CHECK_INT(a->doc->id, d2);
	CHECK_STR(app_mode_name(a), "reading");
	CHECK(app_current_annot(a) != NULL);
	/* Back with the jump list. */
	keys(km, a, "Backspace");
	CHECK_INT(a->doc->id, d1);
	/* The filter is kept; Escape in the prompt restores it. */
	keys(km, a, "@");
	CHECK_STR(a->notes.filter, "reply");
	keys(km, a, "/ C-u Enter");
	CHECK_INT(a->notes.n, all);
	/* D and u work from the view too. */
	keys(km, a, "G D");
	CHECK_INT(a->notes.n, all - 1);
	keys(km, a, "u");
	CHECK_INT(a->notes.n, all);
	keys(km, a, "@");
	CHECK_STR(app_mode_name(a), "list");

	/* The library search finds words of a note; the result opens at the
	 * annotation that has them. */
	CHECK_INT(app_library_search(a, "archive"), 0);
	CHECK_INT(a->results.n, 1);
	CHECK_INT(app_result_open(a), 0);
	CHECK(a->message && strstr(a->message, "in your note"));
	CHECK(app_current_annot(a) != NULL && strstr(app_current_annot(a)->text, "archive"));
	app_view_close(a);
}

static void test_marks(const struct keymap *km, struct app *a, int64_t d1, int64_t d2)
{
	app_resize(a, 120, 8); /* a screen smaller than the letter */
	app_open(a, d1);
	app_top(a);
	app_scroll_lines(a, 8); /* past the header, into the text */
	size_t pos = a->pos;
	CHECK(pos > 0);
	keys(km, a, "m k");
	CHECK(a->message && strstr(a->message, "mark k set"));
	app_open(a, d2);
	keys(km, a, "' k");
	CHECK_INT(a->doc->id, d1);
	CHECK_INT(a->pos, pos);
	/* An unknown mark and a bad letter say so. */
	keys(km, a, "' q");
	CHECK(a->message_error && strstr(a->message, "no mark q"));
	keys(km, a, "m 1");
	CHECK(a->message_error && strstr(a->message, "letter"));
	/* Back to the other document by the jump list, then the marks view. */
	keys(km, a, "Backspace");
	CHECK_INT(a->doc->id, d2);
	keys(km, a, "M");
	CHECK_STR(app_mode_name(a), "marks");
	CHECK_INT(a->marks.n, 1);
	CHECK(a->marks.v[0].letter == 'k');
	keys(km, a, "Enter");
	CHECK_INT(a->doc->id, d1);
	keys(km, a, "M D");
	CHECK_INT(a->marks.n, 0);
	keys(km, a, "Escape");
	app_resize(a, 120, 30);
}

static void test_two_readers(struct app *a, int64_t d1)
{
	/* Another dossier (another connection) annotates: the reader sees
	 * it on its next poll, and nothing of its own is lost. */
	struct store *other;
	char *cause = NULL;
	if (!CHECK_INT(store_open(db, 0, &other, &cause), 0))
		return;
	app_open(a, d1);
	size_t mine = a->nannots;
	CHECK_INT(app_poll(a), 0);
	int64_t id;
	CHECK_INT(notes_add(other, d1, "air force", "from the other window", NULL, &id, &cause), 0);
	CHECK_INT(app_poll(a), 1);
	CHECK_INT(a->nannots, mine + 1);
	CHECK_INT(app_poll(a), 0);
	store_free(other);
}

static void test_reattach(const struct keymap *km, struct app *a, struct store *s, int64_t d1)
{
	/* An orphan (its passage lost in a change) is found in the view and
	 * placed again by hand on a selection. */
	int64_t id;
	char *cause = NULL;
	CHECK_INT(notes_add(s, d1, "Second paragraph", "lost and found", NULL, &id, &cause), 0);
	CHECK_INT(store_annotation_move(s, id, 3, 9, NULL, NULL, NULL, 1, &cause), 0);
	app_open(a, d1);
	CHECK(!has_style(a, 4, LS_ANNOT));
	keys(km, a, "@ / C-u");
	type(km, a, "lost");
	keys(km, a, "Enter");
	CHECK_INT(a->notes.n, 1);
	CHECK(a->notes.v[0].orphaned);
	keys(km, a, "Enter");
	CHECK(a->message && strstr(a->message, "orphaned"));
	CHECK_INT(a->reattach, id);
	keys(km, a, "v w R");
	CHECK(a->message && strstr(a->message, "re-attached"));
	struct count c = { 0 };
	store_annotations(s, d1, NULL, "lost", STORE_NEWEST, count_cb, &c, &cause);
	CHECK_INT(c.n, 1);
	CHECK_STR(c.quote, "Comrade Shtykov");
	CHECK(has_style(a, 3, LS_ANNOT_CURRENT));
	/* R without an orphan says so. */
	keys(km, a, "v R");
	CHECK(a->message && strstr(a->message, "no orphaned"));
	keys(km, a, "Escape @ / C-u Enter Escape");
}

/* Another program holds the library's write lock past the busy
 * timeout: the note is not saved, says why, and stays in the editor to
 * be saved once the lock is gone. */
static void test_locked(const struct keymap *km, struct app *a, struct store *s, int64_t d1)
{
	sqlite3 *other;
	if (!CHECK(sqlite3_open(db, &other) == SQLITE_OK))
		return;
	app_view_close(a);
	app_open(a, d1);
	app_focus(a, PANE_READ);
	size_t before = stored(s, d1).n;
	keys(km, a, "v a");
	CHECK_STR(app_mode_name(a), "editor");
	type(km, a, "written while locked");
	CHECK(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
	keys(km, a, "C-s");
	CHECK(a->editor.open);
	CHECK(a->message_error && strstr(a->message, "not saved") && strstr(a->message, "locked"));
	printf("# %s\n", a->message);
	CHECK_STR(a->editor.line.text.data, "written while locked");
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	keys(km, a, "C-s");
	CHECK(!a->editor.open);
	CHECK_INT(stored(s, d1).n, before + 1);
}

/* A reader of 100 x 30 on library s, open on doc, with its keymap. */
static struct app *reader_on(struct store *s, int64_t doc, struct keymap **km)
{
	char *cause = NULL;
	const char *const dirs[] = { NULL };
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, dirs };
	struct app *a = app_create(s, &o, &cause);
	*km = keymap_create(&cause);
	app_resize(a, 100, 30);
	app_open(a, doc);
	return a;
}

static void test_readonly(int64_t d1)
{
	struct store *ro;
	char *cause = NULL;
	if (!CHECK_INT(store_open(db, STORE_READONLY, &ro, &cause), 0))
		return;
	struct keymap *km;
	struct app *a = reader_on(ro, d1, &km);
	keys(km, a, "v a");
	CHECK_STR(app_mode_name(a), "select");
	CHECK(a->message_error && strstr(a->message, "read-only"));
	keys(km, a, "Escape");
	/* A mark is a mark, not an annotation. */
	keys(km, a, "m q");
	CHECK(a->message_error && strstr(a->message, "read-only library: marks cannot be saved"));
	keymap_free(km);
	app_free(a);
	store_free(ro);
}

/* The library deleted, or replaced by another file, under the reader:
 * noticed, said, and the note kept in the editor (it once said "saved"
 * of a note that went into the deleted file). */
static void test_replaced(void)
{
	for (int replace = 0; replace < 2; replace++) {
		char path[] = "/tmp/dossier-test-replaced-XXXXXX";
		struct store *s = fixture_library(path, 0);
		if (!CHECK(s != NULL))
			return;
		int64_t d = fixture_put(s, "/x/one.txt", "Ciphered telegram", "1950-10-01", BODY1, NULL);
		struct keymap *km;
		struct app *a = reader_on(s, d, &km);
		keys(km, a, "v a");
		type(km, a, "written as the file went");
		CHECK_INT(app_poll(a), 0);
		char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
		if (replace) {
			/* another library moved into its place */
			char other[] = "/tmp/dossier-test-replaced-XXXXXX";
			struct store *o2 = fixture_library(other, 0);
			store_free(o2);
			CHECK_INT(rename(other, path), 0);
		} else {
			unlink(path);
		}
		keys(km, a, "C-s");
		CHECK(a->editor.open);
		CHECK(a->message_error && strstr(a->message, "deleted or replaced") && strstr(a->message, "still here"));
		CHECK_STR(a->editor.line.text.data, "written as the file went");
		CHECK_INT(app_poll(a), 1);
		CHECK(a->message_error && strstr(a->message, "deleted or replaced"));
		keys(km, a, "Escape d");
		keys(km, a, "m q");
		CHECK(a->message_error && strstr(a->message, "deleted or replaced"));
		keymap_free(km);
		app_free(a);
		store_free(s);
		unlink(path);
		unlink(wal);
		unlink(shm);
		free(wal);
		free(shm);
	}
}

int main(void)
{
	struct store *s = fixture_library(db, 0);
	char *cause = NULL;
	if (!CHECK(s != NULL))
		return 1;
	int64_t d1 = fixture_put(s, "/x/one.txt", "Ciphered telegram", "1950-10-01", BODY1, NULL);
	int64_t d2 = fixture_put(s, "/x/two.txt", "Reply", "1950-10-08", BODY2, NULL);
	const char *const dirs[] = { NULL };
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, dirs };
	struct app *a = app_create(s, &o, &cause);
	struct keymap *km = keymap_create(&cause);
	app_resize(a, 120, 30);
	test_select_and_annotate(km, a, s, d1);
	test_unsaved(km, a, s, d1);
	test_cursor_edit_delete(km, a, s, d1);
	test_view(km, a, s, d1, d2);
	test_marks(km, a, d1, d2);
	test_two_readers(a, d1);
	test_reattach(km, a, s, d1);
	test_locked(km, a, s, d1);
	keymap_free(km);
	app_free(a);
	test_readonly(d1);
	test_replaced();
	store_free(s);
	fixture_remove(db);
	free(mb.v);
	return test_done();
}
