/* test_yank.c: the reader's y (copy to the clipboard) and o (open the
 * URL) through its keys, without a terminal: what the state hands the
 * terminal (an OSC 52 sequence of the right text, a URL), the messages,
 * the refusals; the sidebar's URL as a link in the grid; the config's
 * hyperlinks and cite-style lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/app.h"
#include "dossier/config.h"
#include "dossier/grid.h"
#include "dossier/keys.h"
#include "dossier/refs.h"
#include "dossier/store.h"
#include "dossier/view.h"
#include "fixture.h"
#include "state.h"
#include "test.h"

/* The text an OSC 52 sequence carries (decoded), or NULL. */
static char *clipboard_text(const char *seq)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	if (seq == NULL || strncmp(seq, "\033]52;c;", 7) != 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	unsigned v = 0;
	int bits = 0;
	for (const char *p = seq + 7; *p && *p != '\a' && *p != '\033'; p++) {
		const char *at = strchr(b64, *p);
		if (*p == '=' || at == NULL)
			continue;
		v = (v << 6) | (unsigned)(at - b64);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_addc(&b, (char)((v >> bits) & 0xff));
		}
	}
	buf_addc(&b, '\0');
	return buf_detach(&b);
}

static char *take(struct app *a)
{
	size_t len;
	char *seq = app_take_clipboard(a, &len);
	char *text = clipboard_text(seq);
	free(seq);
	return text;
}

/* The reader on document id, and its keymap; 0, or -1 (said). */
static int reader_open(struct store *s, int64_t id, struct app **a, struct keymap **km)
{
	char *cause = NULL;
	static const char *const dirs[] = { NULL };
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, dirs };
	*a = app_create(s, &o, &cause);
	*km = keymap_create(&cause);
	free(cause);
	if (!CHECK(*a != NULL && *km != NULL))
		return -1;
	app_open(*a, id);
	app_resize(*a, 140, 40);
	return 0;
}

/* The grid the view draws for the state now (the caller frees it). */
static struct grid drawn(struct app *a, const struct keymap *km)
{
	struct grid g = { 0 };
	int cx, cy;
	app_fit(a, km);
	view_draw(a, &g, &cx, &cy);
	return g;
}

static void test_keys_and_state(struct store *s, int64_t id)
{
	char *cause = NULL;
	struct app *a;
	struct keymap *km;
	if (reader_open(s, id, &a, &km) != 0)
		goto out;

	/* y c: the citation, as dossier cite makes it */
	CHECK_INT(keys_handle(km, a, "y"), 1);
	CHECK_STR(app_mode_name(a), "yank");
	keys_handle(km, a, "c");
	CHECK_STR(app_mode_name(a), "reading");
	char *text = take(a);
	struct cite *c = NULL;
	CHECK(store_cite(s, id, &c, &cause) == 0);
	char *want = c ? cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT) : NULL;
	CHECK_STR(text, want);
	CHECK(a->message && strstr(a->message, "copied the citation"));
	free(text);
	free(want);
	/* taken once */
	size_t len;
	char *again = app_take_clipboard(a, &len);
	CHECK(again == NULL && len == 0);

	/* the configured style */
	app_set_cite_style(a, CITE_CHICAGO_BIB);
	keys_handle(km, a, "y");
	keys_handle(km, a, "c");
	text = take(a);
	want = c ? cite_format(c, CITE_CHICAGO_BIB, CITE_TEXT) : NULL;
	CHECK_STR(text, want);
	free(text);
	free(want);
	app_set_cite_style(a, CITE_CHICAGO_NOTE);

	/* y u: the URL */
	keys_handle(km, a, "y");
	keys_handle(km, a, "u");
	text = take(a);
	CHECK_STR(text, "https://example.org/letters/1");
	free(text);

	/* y y without a selection: said, nothing copied */
	keys_handle(km, a, "y");
	keys_handle(km, a, "y");
	CHECK(a->message_error && strstr(a->message, "no passage selected"));
	text = take(a);
	CHECK(text == NULL);
	/* with one: the passage quoted, then the citation */
	keys_handle(km, a, "v");
	keys_handle(km, a, "w");
	keys_handle(km, a, "y");
	keys_handle(km, a, "y");
	text = take(a);
	CHECK(text && strncmp(text, "\u201cWe have", strlen("\u201cWe have")) == 0);
	want = c ? cite_format(c, CITE_CHICAGO_NOTE, CITE_TEXT) : NULL;
	CHECK(text && want && strstr(text, "\u201d\n") && strcmp(strchr(text, '\n') + 1, want) == 0);
	free(text);
	free(want);
	keys_handle(km, a, "Escape");

	/* y r: no reference under the cursor yet */
	a->ref = SIZE_MAX;
	keys_handle(km, a, "y");
	keys_handle(km, a, "r");
	CHECK(a->message_error && strstr(a->message, "no reference under the cursor"));
	/* the next one: its phrase */
	keys_handle(km, a, "Tab");
	keys_handle(km, a, "y");
	keys_handle(km, a, "r");
	text = take(a);
	CHECK(text && strncmp(text, "\u201cyour cable of 30 September", strlen("\u201cyour cable of 30 September")) == 0);
	free(text);

	/* another letter: said, the mode left */
	keys_handle(km, a, "y");
	keys_handle(km, a, "z");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK(a->message_error && strstr(a->message, "not z"));
	CHECK(take(a) == NULL);
	keys_handle(km, a, "y");
	keys_handle(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "reading");

	/* o: the URL for the terminal to open */
	keys_handle(km, a, "o");
	char *url = app_take_open(a);
	CHECK_STR(url, "https://example.org/letters/1");
	free(url);
	CHECK(app_take_open(a) == NULL);

	/* the sidebar's URL is a link in the grid, on every line it takes */
	struct grid g = drawn(a, km);
	CHECK(g.nlinks >= 1);
	int linked = g.nlinks > 0;
	for (size_t i = 0; i < g.nlinks; i++)
		linked &= strcmp(g.links[i].url, "https://example.org/letters/1") == 0 && g.links[i].w > 0 &&
			  g.links[i].x >= a->pane[PANE_SIDE].x;
	CHECK(linked);
	grid_free(&g);
	cite_free(c);
out:
	keymap_free(km);
	app_free(a);
	free(cause);
}

/* A document whose URL is no web address: not opened, not linked. */
static void test_bad_url(struct store *s, int64_t id)
{
	struct app *a;
	struct keymap *km;
	if (reader_open(s, id, &a, &km) == 0) {
		keys_handle(km, a, "o");
		CHECK(a->message_error && strstr(a->message, "not a web address"));
		CHECK(app_take_open(a) == NULL);
		struct grid g = drawn(a, km);
		CHECK_INT(g.nlinks, 0);
		grid_free(&g);
	}
	keymap_free(km);
	app_free(a);
}

static void test_config(void)
{
	struct config c;
	config_defaults(&c);
	char *cause = NULL;
	struct keymap *km = keymap_create(&cause);
	CHECK(c.hyperlinks == 1 && c.cite_style == CITE_CHICAGO_NOTE);
	CHECK(config_line(&c, km, "hyperlinks = off", &cause) == 0 && c.hyperlinks == 0);
	CHECK(config_line(&c, km, "cite-style = frus", &cause) == 0 && c.cite_style == CITE_FRUS);
	CHECK(config_line(&c, km, "cite-style = apa", &cause) != 0 && cause && strstr(cause, "chicago-note"));
	free(cause);
	cause = NULL;
	CHECK(config_line(&c, km, "hyperlinks = maybe", &cause) != 0 && cause && strstr(cause, "on or off"));
	free(cause);
	cause = NULL;
	CHECK(config_line(&c, km, "color.link = red", &cause) == 0);
	CHECK(config_line(&c, km, "bind yank c yank-url", &cause) == 0);
	keymap_free(km);
}

struct put_ctx {
	struct store *s;
	int64_t id;
	const char *body;
};

static void add_ref(const struct ref_found *r, void *arg)
{
	struct put_ctx *p = arg;
	char *phrase = xstrndup(p->body + r->start, r->end - r->start), *cause = NULL;
	if (store_add_ref(p->s, p->id, r, phrase, &cause) != 0)
		printf("# %s\n", cause);
	free(cause);
	free(phrase);
}

/* A letter with its URL and its references, as an importer leaves it. */
static int64_t put_letter(struct store *s, const char *path, const char *title, const char *url)
{
	struct doc *d = doc_create();
	doc_set(&d->title, title);
	doc_set(&d->date, "1950-10-01");
	doc_set(&d->url, url);
	d->body = xstrdup("We have received your cable of 30 September and 1 October.\n");
	d->body_len = strlen(d->body);
	strv_push(&d->from, "Stalin");
	strv_push(&d->to, "Shtykov");
	int64_t id = 0;
	enum store_put what;
	char *cause = NULL;
	if (store_begin(s, &cause) != 0 ||
	    store_put_doc(s, path, "text", d, hash_fnv1a64(path, strlen(path)), &id, &what, &cause) != 0) {
		printf("# %s\n", cause);
	} else {
		struct put_ctx p = { s, id, d->body };
		refs_detect(d->body, d->body_len, d->date, NULL, add_ref, &p);
		if (store_commit(s, &cause) != 0)
			printf("# %s\n", cause);
	}
	free(cause);
	doc_free(d);
	return id;
}

int main(void)
{
	char path[] = "/tmp/dossier-test-yank-XXXXXX";
	struct store *s = fixture_library(path, 0);
	if (!CHECK(s != NULL))
		return test_done();
	test_config();
	test_keys_and_state(s, put_letter(s, "/letters/1.txt", "A telegram", "https://example.org/letters/1"));
	test_bad_url(s, put_letter(s, "/letters/2.txt", "A bad URL", "javascript:alert(1)"));
	store_free(s);
	fixture_remove(path);
	return test_done();
}
