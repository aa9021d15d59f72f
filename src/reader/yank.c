/* yank.c: y and a letter copy to the terminal's clipboard (OSC 52): c the
 * document's citation, y the selected passage quoted with its citation,
 * u the source URL, r the reference under the cursor with its target's
 * citation; o opens the source URL in a browser. The state only holds
 * what the terminal should do (the sequence to write, the URL to open):
 * the terminal does it, and only when it is one. */
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/osc.h"
#include "dossier/util.h"
#include "mode.h"

void app_set_cite_style(struct app *a, enum cite_style style)
{
	a->yank.style = style;
}

char *app_take_clipboard(struct app *a, size_t *len)
{
	char *s = a->yank.clipboard;
	*len = s ? strlen(s) : 0;
	a->yank.clipboard = NULL;
	return s;
}

char *app_take_open(struct app *a)
{
	char *s = a->yank.open;
	a->yank.open = NULL;
	return s;
}

static void yank_free(struct app *a)
{
	free(a->yank.clipboard);
	free(a->yank.open);
	a->yank.clipboard = a->yank.open = NULL;
}

static void yank_begin(struct app *a, long arg)
{
	(void)arg;
	if (a->doc == NULL) {
		app_message(a, "no document open: nothing to copy");
		return;
	}
	mode_push(a, "yank");
	app_message(a, "copy: c citation \u00b7 y passage \u00b7 u URL \u00b7 r reference");
}

/* Puts text on the clipboard; what it was is said on the message line,
 * its first line cut short. */
static void copy(struct app *a, const char *what, const char *text)
{
	char *cause = NULL;
	char *seq = osc_clipboard(text, strlen(text), &cause);
	if (seq == NULL) {
		app_error_cause(a, cause);
		return;
	}
	free(a->yank.clipboard);
	a->yank.clipboard = seq;
	char *first = xstrndup(text, strcspn(text, "\n"));
	char *shown = layout_fit(first, 48);
	app_message(a, "copied %s: %s", what, shown);
	free(shown);
	free(first);
}

static struct cite *cite_of(struct app *a, int64_t id)
{
	struct cite *c = NULL;
	char *cause = NULL;
	int rc = store_cite(a->store, id, &c, &cause);
	if (rc < 0)
		app_error_cause(a, cause);
	else if (rc == 1)
		app_error(a, "document %lld is no longer in the library", (long long)id);
	return c;
}

static void yank_citation(struct app *a, long arg)
{
	(void)arg;
	mode_pop(a, "yank");
	struct cite *c = cite_of(a, a->doc->id);
	if (c == NULL)
		return;
	char *text = cite_format(c, a->yank.style, CITE_TEXT);
	copy(a, "the citation", text);
	free(text);
	cite_free(c);
}

static void yank_quotation(struct app *a, long arg)
{
	(void)arg;
	mode_pop(a, "yank");
	size_t s, e;
	if (app_select_range(a, &s, &e) != 0) {
		app_error(a, "no passage selected: v selects words, V lines (then y y)");
		return;
	}
	struct cite *c = cite_of(a, a->doc->id);
	if (c == NULL)
		return;
	char *passage = xstrndup(a->doc->doc->body + s, e - s);
	char *text = cite_quotation(passage, c, a->yank.style, CITE_TEXT);
	copy(a, "the passage and its citation", text);
	free(text);
	free(passage);
	cite_free(c);
}

static void yank_url(struct app *a, long arg)
{
	(void)arg;
	mode_pop(a, "yank");
	char *url = cite_clean(a->doc->doc->url);
	if (url == NULL)
		app_error(a, "this document has no source URL");
	else
		copy(a, "the URL", url);
	free(url);
}

static void yank_reference(struct app *a, long arg)
{
	(void)arg;
	mode_pop(a, "yank");
	if (a->ref >= a->nrefs) {
		app_error(a, "no reference under the cursor (Tab goes to the next)");
		return;
	}
	const struct app_ref *r = &a->refs[a->ref];
	struct cite *target = r->target ? cite_of(a, r->target) : NULL;
	if (r->target && target == NULL)
		return;
	char *text = cite_reference(r->phrase, target, a->yank.style, CITE_TEXT);
	copy(a, target ? "the reference and its target" : "the reference (it has no target)", text);
	free(text);
	cite_free(target);
}

static void yank_cancel(struct app *a, long arg)
{
	(void)arg;
	mode_pop(a, "yank");
	app_message(a, " ");
}

/* A key that is none of the letters: said, and the copy given up. */
static int yank_input(struct app *a, const char *key)
{
	mode_pop(a, "yank");
	app_error(a, "y then c (citation), y (passage), u (URL) or r (reference), not %s", key);
	return 1;
}

static void open_url(struct app *a, long arg)
{
	(void)arg;
	if (a->doc == NULL || a->doc->doc->url == NULL) {
		app_error(a, "this document has no source URL to open");
		return;
	}
	const char *url = a->doc->doc->url;
	if (!osc_url_ok(url)) {
		app_error(a, "not a web address dossier opens (http, https, ftp, mailto or file)");
		return;
	}
	free(a->yank.open);
	a->yank.open = xstrdup(url);
	app_message(a, "opening %s", url);
}

const struct key_action act_yank = { "yank", yank_begin, 0,
				     "y and a letter: copy (c citation, y passage, u URL, r reference)" };

const struct key_action act_open_url = { "open-url", open_url, 0,
					 "open the document's source URL ($BROWSER, else xdg-open)" };

static const struct key_action act_yank_citation = { "yank-citation", yank_citation, 0,
						     "copy the document's citation" };

static const struct key_action act_yank_quotation = { "yank-quotation", yank_quotation, 0,
						      "copy the selected passage, quoted, and its citation" };

static const struct key_action act_yank_url = { "yank-url", yank_url, 0, "copy the source URL" };

static const struct key_action act_yank_reference = { "yank-reference", yank_reference, 0,
						      "copy the reference under the cursor and its target's citation" };

static const struct key_action act_yank_cancel = { "yank-cancel", yank_cancel, 0, "copy nothing" };

static const struct key_action *const yank_actions[] = {
	&act_yank_citation, &act_yank_quotation, &act_yank_url, &act_yank_reference, &act_yank_cancel, NULL,
};

static const struct mode_key yank_keys[] = {
	{ "c", "yank-citation" },
	{ "y", "yank-quotation" },
	{ "u", "yank-url" },
	{ "r", "yank-reference" },
	{ "Escape C-g", "yank-cancel" },
	{ NULL, NULL },
};

/* After y: an overlay that takes the letter. */
const struct mode mode_yank = {
	.name = "yank",
	.title = "Copy to the clipboard (after y)",
	.actions = yank_actions,
	.keys = yank_keys,
	.input = yank_input,
	.free = yank_free,
	.keeps_message = 1,
};
