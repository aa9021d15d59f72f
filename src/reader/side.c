/* side.c: the sidebar: its entries (the references, then the backlinks)
 * and the keys when it has focus. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "dossier/view.h"
#include "mode.h"

size_t app_side_entries(const struct app *a)
{
	return a->doc ? a->nrefs + a->nbacklinks : 0;
}

void app_side_select(struct app *a, long dir)
{
	size_t n = app_side_entries(a);
	if (n == 0) {
		app_side_scroll(a, dir);
		return;
	}
	if (a->side_sel >= n) {
		a->side_sel = dir > 0 ? 0 : n - 1;
	} else {
		long long v = (long long)a->side_sel + dir;
		a->side_sel = v < 0 ? 0 : v >= (long long)n ? n - 1 : (size_t)v;
	}
	if (a->side_sel < a->nrefs) {
		/* The reference cursor goes with it, and the text shows it. */
		a->ref = a->side_sel;
		app_reveal(a, a->refs[a->ref].start);
		app_describe_ref(a, &a->refs[a->ref], "");
	} else {
		const struct app_backlink *b = &a->backlinks[a->side_sel - a->nrefs];
		app_message(a, "cited by %s%s%s: \u201c%s\u201d (Enter opens it there)", b->date ? b->date : "",
			    b->date ? " " : "", b->title, b->phrase);
	}
}

void app_side_open(struct app *a)
{
	size_t n = app_side_entries(a);
	if (a->side_sel >= n) {
		app_message(a, n ? "j and k select a reference, Enter opens it" : "no references to or from this document");
		return;
	}
	if (a->side_sel < a->nrefs) {
		a->ref = a->side_sel;
		app_reveal(a, a->refs[a->ref].start);
		app_focus(a, PANE_READ);
		app_ref_follow(a);
		return;
	}
	const struct app_backlink *b = &a->backlinks[a->side_sel - a->nrefs];
	int64_t doc = b->doc, ref = b->ref_id;
	size_t at = b->start;
	char *t = xstrdup(b->title);
	if (app_jump(a, doc, at, ref) == 0) {
		app_focus(a, PANE_READ);
		app_message(a, "%s, where it cites this \u00b7 Backspace returns", t);
	}
	free(t);
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

static const struct key_action act_sidebar_next = { "sidebar-next", app_side_select, 1, "next reference or citing document" };

static const struct key_action act_sidebar_previous = { "sidebar-previous", app_side_select, -1, "previous reference or citing document" };

static const struct key_action act_sidebar_open = { "sidebar-open", do_side_open, 0, "follow it, or open the citing letter where it cites" };

static const struct key_action act_sidebar_down = { "sidebar-down", app_side_scroll, 1, "scroll the sidebar down" };

static const struct key_action act_sidebar_up = { "sidebar-up", app_side_scroll, -1, "scroll the sidebar up" };

static const struct key_action act_sidebar_page_down = { "sidebar-page-down", do_side_page, 1, "scroll the sidebar a page down" };

static const struct key_action act_sidebar_page_up = { "sidebar-page-up", do_side_page, -1, "scroll the sidebar a page up" };

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

static void side_fit(struct app *a)
{
	a->side_top = view_side_top(a);
}

const struct mode mode_side = {
	.name = "sidebar",
	.title = "Sidebar (right)",
	.parent = "global",
	.actions = side_actions,
	.keys = side_keys,
	.fit = side_fit,
};
