/* people.c: the people view of the list pane: persons, their names and
 * counts, found as you type, merged and split. */
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "mode.h"

/* People read at most at once: a library of tens of thousands of names
 * is searched in the library, not in memory. */
#define PEOPLE_MAX 1000

void app_people_clear(struct app *a)
{
	for (size_t i = 0; i < a->people.n; i++) {
		free(a->people.v[i].name);
		free(a->people.v[i].aliases);
		free(a->people.v[i].fold);
	}
	free(a->people.v);
	free(a->people.shown);
	a->people.v = NULL;
	a->people.shown = NULL;
	a->people.n = a->people.nshown = 0;
	a->people.loaded = 0;
}

struct people_load {
	struct app *a;
	size_t cap;
};

static int person_cb(const struct store_person *p, void *arg)
{
	struct people_load *l = arg;
	struct app *a = l->a;
	if (a->people.n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		a->people.v = xreallocarray(a->people.v, l->cap, sizeof *a->people.v);
	}
	struct app_person *x = &a->people.v[a->people.n++];
	x->id = p->id;
	x->name = xstrdup(p->name ? p->name : "");
	x->docs = p->docs;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; p->aliases && i < p->aliases->n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", p->aliases->v[i]);
	/* the offices they were named by, and who held an office named
	 * alone: found by the list's filter as names are */
	for (size_t i = 0; p->offices && i < p->offices->n; i++)
		buf_printf(&b, "%s%s", b.len ? "; " : "", p->offices->v[i]);
	for (size_t i = 0; p->held_by && i < p->held_by->n; i++)
		buf_printf(&b, "%s%s%s", b.len ? (i ? ", " : "; ") : "", i ? "" : "held by ", p->held_by->v[i]);
	x->aliases = b.len ? buf_detach(&b) : NULL;
	buf_free(&b);
	x->fold = NULL; /* folded when the finder first asks (person_fold) */
	return 0;
}

/* A person's name and aliases folded, for the finder: made when first
 * asked, not for a thousand people at every opening of the view. */
static const char *person_fold(struct app_person *x)
{
	if (x->fold == NULL) {
		char *all = xasprintf("%s, %s", x->name, x->aliases ? x->aliases : "");
		x->fold = text_fold(all);
		free(all);
	}
	return x->fold;
}

static int people_fetch(struct app *a, const char *find)
{
	app_people_clear(a);
	struct people_load l = { a, 0 };
	char *cause = NULL;
	if (store_people_brief(a->store, find, PEOPLE_MAX, person_cb, &l, &cause) != 0) {
		app_error_cause(a, cause);
		return -1;
	}
	a->people.loaded = 1;
	a->people.partial = a->people.total > (int64_t)a->people.n || a->people.n >= PEOPLE_MAX;
	return 0;
}

/* Which people the finder lets through, keeping the selection on the
 * same person if it can. */
static void people_refind(struct app *a, int64_t keep)
{
	if (a->people.partial && people_fetch(a, a->people.find) != 0)
		app_people_clear(a);
	free(a->people.shown);
	a->people.shown = xcalloc(a->people.n ? a->people.n : 1, sizeof *a->people.shown);
	a->people.nshown = 0;
	char *f = a->people.find && *a->people.find ? text_fold(a->people.find) : NULL;
	if (f)
		str_trim(f);
	for (size_t i = 0; i < a->people.n; i++)
		if (f == NULL || *f == '\0' || strstr(person_fold(&a->people.v[i]), f))
			a->people.shown[a->people.nshown++] = i;
	free(f);
	a->people.sel = 0;
	for (size_t i = 0; keep && i < a->people.nshown; i++)
		if (a->people.v[a->people.shown[i]].id == keep)
			a->people.sel = (int64_t)i;
	a->people.top = 0;
}

int app_people_load(struct app *a)
{
	const struct app_person *cur = app_person_selected(a);
	int64_t keep = cur ? cur->id : 0;
	/* Read from the library: all of them if they are not too many (the
	 * count once, not at every key the finder gets). */
	a->people.total = store_people_count(a->store);
	a->people.partial = 1;
	people_refind(a, keep);
	return a->people.loaded ? 0 : -1;
}

const struct app_person *app_person_selected(const struct app *a)
{
	if (a->people.sel < 0 || (size_t)a->people.sel >= a->people.nshown)
		return NULL;
	return &a->people.v[a->people.shown[a->people.sel]];
}

void app_people_find(struct app *a, const char *text)
{
	const struct app_person *cur = app_person_selected(a);
	int64_t keep = cur ? cur->id : 0;
	free(a->people.find);
	a->people.find = text && *text ? xstrdup(text) : NULL;
	people_refind(a, keep);
}

void app_people_toggle(struct app *a)
{
	if (a->listview == LIST_PEOPLE) {
		app_view_close(a);
		return;
	}
	if (!a->people.loaded && app_people_load(a) != 0)
		return;
	if (app_view_show(a, LIST_PEOPLE) != 0)
		return;
	app_message(a, "%zu people \u00b7 Enter: their documents \u00b7 m merges \u00b7 u splits a name off \u00b7 / finds",
		    a->people.n);
}

void app_people_open(struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return;
	/* The filter's syntax has no escape for a quote inside quotes. */
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "person:\"");
	for (const char *c = p->name; *c; c++)
		if (*c != '"')
			buf_addc(&b, *c);
	buf_addc(&b, '"');
	int rc = app_set_filter(a, b.data);
	buf_free(&b);
	if (rc != 0)
		return;
	app_listview_set(a, LIST_DOCUMENTS);
	app_focus(a, PANE_LIST);
	app_list_move(a, 0); /* the reading pane shows the selection */
	app_message(a, "%s%lld documents of %s \u00b7 Esc shows all, p the people again",
		    a->count_capped ? "more than " : "", (long long)(a->count_capped ? a->count_first : a->count),
		    p->name);
}

/* The person a name stands for: as the library knows it, else a name or
 * alias of the loaded people that folds to the same. */
static int64_t person_named(struct app *a, const char *name, const char **canonical)
{
	int64_t id = store_person_id(a->store, name);
	char *f = text_fold(name);
	str_trim(f);
	for (size_t i = 0; i < a->people.n; i++) {
		struct app_person *p = &a->people.v[i];
		if (id && p->id == id) {
			*canonical = p->name;
			break;
		}
		if (id == 0) {
			char *n = text_fold(p->name);
			int same = strcmp(n, f) == 0;
			free(n);
			if (same) {
				id = p->id;
				*canonical = p->name;
				break;
			}
		}
	}
	free(f);
	return id;
}

/* After a merge or a split: the people read again, person id selected,
 * the counts (a filter by person may let other documents through). */
static void people_changed(struct app *a, int64_t id)
{
	a->people.sel = -1;
	app_people_load(a);
	for (size_t i = 0; i < a->people.nshown; i++)
		if (a->people.v[a->people.shown[i]].id == id)
			a->people.sel = (int64_t)i;
	if (a->people.sel < 0)
		a->people.sel = 0;
	app_refresh_counts(a);
}

int app_people_merge(struct app *a, const char *into)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return -1;
	if (a->readonly) {
		app_error(a, "read-only library: people cannot be merged");
		return -1;
	}
	char *name = xstrdup(into ? into : "");
	str_trim(name);
	const char *canon = name;
	int64_t to = *name ? person_named(a, name, &canon) : 0;
	if (to == 0) {
		app_error(a, "no person is known as \u201c%s\u201d", name);
		free(name);
		return -1;
	}
	if (to == p->id) {
		app_error(a, "%s and \u201c%s\u201d are the same person already", p->name, name);
		free(name);
		return -1;
	}
	char *from = xstrdup(p->name), *target = xstrdup(canon);
	char *cause = NULL;
	int rc = store_person_merge(a->store, p->id, to, &cause);
	if (rc != 0) {
		app_error_cause(a, cause);
	} else {
		people_changed(a, to);
		app_message(a, "%s merged into %s", from, target);
	}
	free(from);
	free(target);
	free(name);
	return rc;
}

int app_people_split(struct app *a, const char *text)
{
	const struct app_person *p = app_person_selected(a);
	if (p == NULL)
		return -1;
	if (a->readonly) {
		app_error(a, "read-only library: people cannot be split");
		return -1;
	}
	char *name = xstrdup(text ? text : "");
	str_trim(name);
	/* The alias as the library spells it. */
	char *exact = NULL, *f = text_fold(name);
	if (p->aliases) {
		char *list = xstrdup(p->aliases);
		for (char *t = strtok(list, ","); t && !exact; t = strtok(NULL, ",")) {
			while (*t == ' ')
				t++;
			char *tf = text_fold(t);
			if (strcmp(tf, f) == 0)
				exact = xstrdup(t);
			free(tf);
		}
		free(list);
	}
	free(f);
	if (exact == NULL) {
		if (p->aliases)
			app_error(a, "\u201c%s\u201d is not another name of %s (%s)", name, p->name, p->aliases);
		else
			app_error(a, "%s has no other name to split off", p->name);
		free(name);
		return -1;
	}
	char *cause = NULL;
	int64_t nid = 0;
	int rc = store_person_split(a->store, exact, &nid, &cause);
	if (rc != 0) {
		app_error_cause(a, cause);
	} else {
		people_changed(a, nid);
		app_message(a, "\u201c%s\u201d is a person of their own now", exact);
	}
	free(exact);
	free(name);
	return rc;
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

/* ---- the prompts: merge into whom, split which name, find ---- */

static int person_change(struct app *a, const char *done)
{
	if (app_person_selected(a) == NULL)
		return -1;
	if (a->readonly) {
		app_error(a, "read-only library: people cannot be %s", done);
		return -1;
	}
	return 0;
}

static int merge_may_open(struct app *a)
{
	return person_change(a, "merged");
}

static int split_may_open(struct app *a)
{
	return person_change(a, "split");
}

static char *merge_label(const struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	return xasprintf("merge %s into: ", p ? p->name : "?");
}

static char *split_label(const struct app *a)
{
	const struct app_person *p = app_person_selected(a);
	return p && p->aliases ? xasprintf("split which name off %s (%s): ", p->name, p->aliases)
			       : xasprintf("split which name off %s: ", p ? p->name : "?");
}

static void merge_accept(struct app *a, const char *t)
{
	app_people_merge(a, t);
}

static void split_accept(struct app *a, const char *t)
{
	app_people_split(a, t);
}

const struct prompt_kind prompt_merge = {
	.id = PROMPT_MERGE,
	.label_of = merge_label,
	.may_open = merge_may_open,
	.accept = merge_accept,
};

const struct prompt_kind prompt_split = {
	.id = PROMPT_SPLIT,
	.label_of = split_label,
	.may_open = split_may_open,
	.accept = split_accept,
};

static void find_opened(struct app *a)
{
	prompt_edit(a, a->people.find);
}

static void find_changed(struct app *a, const char *t)
{
	app_people_find(a, t);
	app_message(a, "%zu of %zu", a->people.nshown, a->people.n);
}

static void find_accept(struct app *a, const char *t)
{
	app_people_find(a, t);
	app_message(a, "%zu of %zu people", a->people.nshown, a->people.n);
}

static void find_cancel(struct app *a)
{
	app_people_find(a, a->prompt.saved);
	app_message(a, " ");
}

const struct prompt_kind prompt_people = {
	.id = PROMPT_PEOPLE,
	.label = "find a person: ",
	.opened = find_opened,
	.changed = find_changed,
	.accept = find_accept,
	.cancel = find_cancel,
};

/* m, u, /: the prompt of that kind. */
static void person_ask(struct app *a, long arg)
{
	static const struct prompt_kind *const kinds[] = { &prompt_merge, &prompt_split, &prompt_people };
	prompt_open(a, kinds[arg]);
}

const struct key_action act_people = { "people", do_people, 0, "people: names, aliases and counts (p again: back)" };

static const struct key_action act_person_documents = { "person-documents", do_people_open, 0, "the list of this person's documents" };

static const struct key_action act_person_merge = { "person-merge", person_ask, 0, "merge this person into another (asks for the name)" };

static const struct key_action act_person_split = { "person-split", person_ask, 1, "split one of their names off as a person of its own" };

static const struct key_action act_person_find = { "person-find", person_ask, 2, "find people by name as you type" };

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

static void people_refresh(struct app *a)
{
	app_people_load(a);
}

static void people_free(struct app *a)
{
	app_people_clear(a);
	free(a->people.find);
	a->people.find = NULL;
}

const struct mode mode_people = {
	.name = "people",
	.title = "People (p, in the list pane)",
	.parent = "global",
	.actions = people_actions,
	.keys = people_keys,
	.refresh = people_refresh,
	.free = people_free,
};
