/* chooser.c: the chooser, a small list over the panes of the documents a
 * reference may mean. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

void app_choices_clear(struct app *a)
{
	for (size_t i = 0; i < a->chooser.n; i++) {
		free(a->chooser.v[i].date);
		free(a->chooser.v[i].title);
	}
	free(a->chooser.v);
	a->chooser.v = NULL;
	a->chooser.n = a->chooser.sel = a->chooser.top = 0;
	free(a->chooser.title);
	a->chooser.title = NULL;
	a->chooser.open = 0;
	mode_pop(a, "chooser");
}

void app_choice_add(struct app *a, int64_t id, const char *date, const char *title, int linked)
{
	a->chooser.v = xreallocarray(a->chooser.v, a->chooser.n + 1, sizeof *a->chooser.v);
	a->chooser.v[a->chooser.n++] =
		(struct app_choice){ id, date ? xstrdup(date) : NULL, xstrdup(title ? title : ""), linked };
}

/* Adds document id, with its date and title, to the chooser. */
void app_choice_add_doc(struct app *a, int64_t id, int linked)
{
	struct store_doc *sd = NULL;
	char *cause = NULL;
	if (store_doc_get(a->store, id, &sd, &cause) != 0) {
		free(cause);
		return; /* gone from the library since */
	}
	char *t = app_doc_title(sd);
	app_choice_add(a, id, sd->doc->date && *sd->doc->date ? sd->doc->date : NULL, t, linked);
	free(t);
	store_doc_free(sd);
}

void app_choose_open(struct app *a, enum app_choose what, char *title, int (*pick)(struct app *a, int link),
		     void (*cancel)(struct app *a))
{
	a->chooser.pick = pick;
	a->chooser.cancel = cancel;
	a->chooser.open = 1;
	mode_push(a, "chooser");
	a->chooser.what = what;
	free(a->chooser.title);
	a->chooser.title = title;
	a->chooser.sel = 0;
	a->chooser.top = 0;
}

void app_choose_move(struct app *a, long n)
{
	if (!a->chooser.open || a->chooser.n == 0)
		return;
	long long c = (long long)a->chooser.sel + n;
	a->chooser.sel = c < 0 ? 0 : c >= (long long)a->chooser.n ? a->chooser.n - 1 : (size_t)c;
}

void app_choose_cancel(struct app *a)
{
	void (*cancel)(struct app *) = a->chooser.cancel;
	app_choices_clear(a);
	if (cancel)
		cancel(a);
	app_message(a, " ");
}

static void do_choose(struct app *a, long arg)
{
	if (arg < 0)
		app_choose_cancel(a);
	else
		app_choose_pick(a, (int)arg);
}

static const struct key_action act_choose_down = { "choose-down", app_choose_move, 1, "next choice" };

static const struct key_action act_choose_up = { "choose-up", app_choose_move, -1, "previous choice" };

static const struct key_action act_choose = { "choose", do_choose, 0, "open it (following) or link to it (choosing a target)" };

static const struct key_action act_choose_link = { "choose-link", do_choose, 1, "link the reference to it for good, and open it" };

static const struct key_action act_choose_cancel = { "choose-cancel", do_choose, -1, "close the chooser" };

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

/* The choice stays among the rows shown. */
static void chooser_fit(struct app *a)
{
	struct app_rect box;
	int inner = a->chooser.open ? app_chooser_box(a, &box) : -1;
	if (inner < 0)
		return;
	if (a->chooser.sel < a->chooser.top)
		a->chooser.top = a->chooser.sel;
	if (inner > 0 && a->chooser.sel >= a->chooser.top + (size_t)inner)
		a->chooser.top = a->chooser.sel - (size_t)inner + 1;
}


const struct mode mode_chooser = {
	.name = "chooser",
	.title = "Chooser (which document a reference means)",
	.actions = chooser_actions,
	.keys = chooser_keys,
	.free = app_choices_clear,
	.fit = chooser_fit,
	.input = mode_ignore,
};

int app_choose_pick(struct app *a, int link)
{
	if (!a->chooser.open || a->chooser.n == 0 || a->chooser.pick == NULL)
		return -1;
	return a->chooser.pick(a, link);
}
