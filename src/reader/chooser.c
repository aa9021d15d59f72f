/* chooser.c: the chooser, a small list over the panes of the documents a
 * reference may mean. */
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

void app_choices_clear(struct app *a)
{
	for (size_t i = 0; i < a->nchoices; i++) {
		free(a->choices[i].date);
		free(a->choices[i].title);
	}
	free(a->choices);
	a->choices = NULL;
	a->nchoices = a->choice = a->choice_top = 0;
	free(a->choose_title);
	a->choose_title = NULL;
	a->choosing = 0;
	mode_pop(a, "chooser");
}

void app_choice_add(struct app *a, int64_t id, const char *date, const char *title, int linked)
{
	a->choices = xreallocarray(a->choices, a->nchoices + 1, sizeof *a->choices);
	a->choices[a->nchoices++] =
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
	a->choose_pick = pick;
	a->choose_cancel = cancel;
	a->choosing = 1;
	mode_push(a, "chooser");
	a->choose = what;
	free(a->choose_title);
	a->choose_title = title;
	a->choice = 0;
	a->choice_top = 0;
}

void app_choose_move(struct app *a, long n)
{
	if (!a->choosing || a->nchoices == 0)
		return;
	long long c = (long long)a->choice + n;
	a->choice = c < 0 ? 0 : c >= (long long)a->nchoices ? a->nchoices - 1 : (size_t)c;
}

void app_choose_cancel(struct app *a)
{
	void (*cancel)(struct app *) = a->choose_cancel;
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
	int inner = a->choosing ? app_chooser_box(a, &box) : -1;
	if (inner < 0)
		return;
	if (a->choice < a->choice_top)
		a->choice_top = a->choice;
	if (inner > 0 && a->choice >= a->choice_top + (size_t)inner)
		a->choice_top = a->choice - (size_t)inner + 1;
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
	if (!a->choosing || a->nchoices == 0 || a->choose_pick == NULL)
		return -1;
	return a->choose_pick(a, link);
}
