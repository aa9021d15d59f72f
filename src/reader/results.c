/* results.c: a library search's results in the list pane. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

#define RESULTS_MAX 500

void app_results_clear(struct app *a)
{
	for (size_t i = 0; i < a->results.n; i++) {
		free(a->results.v[i].date);
		free(a->results.v[i].title);
		free(a->results.v[i].who);
		free(a->results.v[i].snippet);
	}
	free(a->results.v);
	a->results.v = NULL;
	a->results.n = 0;
	a->results.sel = a->results.top = 0;
}

struct result_load {
	struct app_result *v;
	size_t n, cap;
};

static int result_cb(const struct store_hit *h, void *arg)
{
	struct result_load *l = arg;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	struct app_result *r = &l->v[l->n++];
	r->id = h->sd->id;
	r->date = h->sd->doc->date && *h->sd->doc->date ? xstrdup(h->sd->doc->date) : NULL;
	r->title = app_doc_title(h->sd);
	r->who = app_doc_people(h->sd->doc);
	r->snippet = str_one_line(h->snippet ? h->snippet : "");
	return 0;
}

int app_library_search(struct app *a, const char *query)
{
	char *q = xstrdup(query ? query : "");
	str_trim(q);
	if (*q == '\0') {
		free(q);
		app_message(a, "no search");
		return -1;
	}
	struct result_load l = { NULL, 0, 0 };
	char *cause = NULL;
	if (store_search(a->store, q, RESULTS_MAX, APP_HIT_OPEN, APP_HIT_CLOSE, result_cb, &l, &cause) != 0) {
		for (size_t i = 0; i < l.n; i++) {
			free(l.v[i].date);
			free(l.v[i].title);
			free(l.v[i].who);
			free(l.v[i].snippet);
		}
		free(l.v);
		free(q);
		app_error_cause(a, cause);
		return -1;
	}
	app_results_clear(a);
	a->results.v = l.v;
	a->results.n = l.n;
	free(a->results.query);
	a->results.query = q;
	if (app_view_show(a, LIST_RESULTS) != 0)
		return -1;
	if (l.n == 0)
		app_message(a, "no documents match \u201c%s\u201d", q);
	else
		app_message(a, "%zu%s document%s match \u00b7 Enter opens one at its first hit \u00b7 Esc: the list",
			    l.n, l.n >= RESULTS_MAX ? " or more" : "", l.n == 1 ? "" : "s");
	return 0;
}

/* The first of the open document's annotations whose note has the
 * query's words: under the cursor and in view. */
static int annot_hit(struct app *a, const char *query)
{
	for (size_t i = 0; i < a->nannots; i++) {
		size_t s, e;
		const char *t = a->annots[i].text;
		if (!a->annots[i].orphaned && app_first_hit(t, strlen(t), query, &s, &e) == 0) {
			a->annot = i;
			a->pos = 0;
			a->head_skip = 0;
			app_reveal(a, a->annots[i].start);
			return 1;
		}
	}
	return 0;
}

int app_result_open(struct app *a)
{
	if (a->results.sel < 0 || (size_t)a->results.sel >= a->results.n)
		return -1;
	int64_t id = a->results.v[a->results.sel].id;
	if (app_jump(a, id, 0, 0) != 0)
		return -1;
	size_t s, e;
	const struct doc *d = a->doc->doc;
	if (a->results.query && app_first_hit(d->body, d->body_len, a->results.query, &s, &e) == 0) {
		/* The hit's words become the document's search: highlighted, and
		 * n goes on to the next. */
		char *word = xstrndup(d->body + s, e - s);
		app_search_set(a, word);
		free(word);
		a->hit = SIZE_MAX;
		for (size_t i = 0; i < a->nhits; i++)
			if (a->hits[i].start >= s) {
				a->hit = i;
				break;
			}
		a->pos = 0;
		a->head_skip = 0;
		app_reveal(a, s);
		app_focus(a, PANE_READ);
		app_message(a, "at the first hit (n: the next) \u00b7 Backspace returns");
	} else if (a->results.query && annot_hit(a, a->results.query)) {
		app_focus(a, PANE_READ);
		app_message(a, "the words are in your note: %s \u00b7 Backspace returns", a->annots[a->annot].text);
	} else {
		app_focus(a, PANE_READ);
		app_message(a, "the words are in its title, people or summary \u00b7 Backspace returns");
	}
	return 0;
}

static void do_result_open(struct app *a, long arg)
{
	(void)arg;
	app_result_open(a);
}

/* ---- S: the prompt for a library search ---- */

static void library_opened(struct app *a)
{
	if (a->results.query)
		app_line_set(&a->prompt.line, a->results.query);
	app_message(a, "words, \"a phrase\", from: to: person: date: kind: lang:");
}

static void library_accept(struct app *a, const char *t)
{
	app_library_search(a, t);
}

const struct prompt_kind prompt_library = {
	.id = PROMPT_LIBRARY,
	.label = "search the library: ",
	.opened = library_opened,
	.accept = library_accept,
};

static void library_ask(struct app *a, long arg)
{
	(void)arg;
	prompt_open(a, &prompt_library);
}

const struct key_action act_search_library = { "search-library", library_ask, 0, "search the library; from: to: person: date: kind:" };

static const struct key_action act_result_open = { "result-open", do_result_open, 0, "open the document at its first hit" };

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

static void results_free(struct app *a)
{
	app_results_clear(a);
	free(a->results.query);
	a->results.query = NULL;
}

const struct mode mode_results = {
	.name = "results",
	.title = "Library search results (S, in the list pane)",
	.parent = "global",
	.actions = results_actions,
	.keys = results_keys,
	.free = results_free,
};
