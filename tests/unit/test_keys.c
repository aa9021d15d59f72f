/* test_keys.c: key names, the key table and dispatch through it, the
 * help generated from it, and the config file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/app.h"
#include "dossier/config.h"
#include "dossier/import.h"
#include "dossier/keys.h"
#include "dossier/util.h"
#include "fixture.h"
#include "state.h"
#include "test.h"

static void check_canon(const char *in, const char *want)
{
	char *got = keys_canonical(in);
	CHECK_STR(got, want);
	free(got);
}

static void test_names(void)
{
	check_canon("j", "j");
	check_canon("G", "G");
	check_canon("\u00e9", "\u00e9");
	check_canon(" ", "Space");
	check_canon("space", "Space");
	check_canon("ctrl-d", "C-d");
	check_canon("C-D", "C-d");
	check_canon("^U", "C-u");
	check_canon("pgdn", "PageDown");
	check_canon("PAGEUP", "PageUp");
	check_canon("esc", "Escape");
	check_canon("f1", "F1");
	check_canon("F12", "F12");
	check_canon("M-x", "M-x");
	check_canon("F13", NULL);
	check_canon("C-1", NULL);
	check_canon("nonsense", NULL);
	check_canon("", NULL);
}

static void test_table(void)
{
	/* Every default binding names an action that exists, in a context
	 * where it works: the defaults go through the config's checks, and
	 * a bad one is refused with its name. Every action has help text. */
	char *why = NULL;
	struct keymap *km = keymap_create(&why);
	if (!CHECK(km != NULL))
		printf("# %s\n", why);
	free(why);
	if (km == NULL)
		return;
	int ok = 1;
	const struct key_action *k;
	for (size_t i = 0; (k = keys_action_nth(i)) != NULL; i++)
		if (k->help == NULL || k->fn == NULL || keys_action(k->name) != k)
			ok = 0;
	CHECK(ok);
	CHECK(keymap_lookup(km, "global", "q") == keys_action("quit"));
	CHECK(keymap_lookup(km, "reading", "j") == keys_action("scroll-down"));
	CHECK(keymap_lookup(km, "list", "j") == keys_action("list-down"));
	CHECK(keymap_lookup(km, "reading", "C-d") == keys_action("half-page-down"));
	CHECK(keymap_lookup(km, "global", "F1") == keys_action("help"));
	/* Tab goes from reference to reference; Enter follows; back and
	 * forward have keys of their own (C-i is Tab to a terminal). */
	CHECK(keymap_lookup(km, "global", "Tab") == keys_action("next-reference"));
	CHECK(keymap_lookup(km, "global", "BackTab") == keys_action("previous-reference"));
	CHECK(keymap_lookup(km, "reading", "Enter") == keys_action("follow-reference"));
	CHECK(keymap_lookup(km, "global", "Backspace") == keys_action("back"));
	CHECK(keymap_lookup(km, "global", "C-o") == keys_action("back"));
	CHECK(keymap_lookup(km, "global", "C-n") == keys_action("forward"));
	CHECK(keymap_lookup(km, "global", "C-i") == NULL);
	CHECK(keymap_lookup(km, "sidebar", "Enter") == keys_action("sidebar-open"));
	CHECK(keymap_lookup(km, "people", "Enter") == keys_action("person-documents"));
	CHECK(keymap_lookup(km, "results", "Enter") == keys_action("result-open"));
	CHECK(keymap_lookup(km, "chooser", "Escape") == keys_action("choose-cancel"));
	/* No key is bound twice in one context, nor a global key shadowed
	 * by accident where it matters (t, p, S, {, } work everywhere). */
	const char *const everywhere[] = { "t", "p", "S", "{", "}", "Tab", "Backspace", NULL };
	int shadowed = 0;
	for (const char *const *e = everywhere; *e; e++)
		for (const char *const *c = (const char *const[]){ "list", "reading", "sidebar", NULL }; *c; c++)
			if (keymap_lookup(km, *c, *e))
				shadowed = 1;
	CHECK(!shadowed);

	char keys[128];
	CHECK_INT(keymap_keys_for(km, "reading", "scroll-down", keys, sizeof keys), 3);
	CHECK_STR(keys, "j Down C-e");

	char *cause = NULL;
	CHECK_INT(keymap_bind(km, NULL, "ctrl-n", "scroll-down", &cause), 0);
	CHECK(keymap_lookup(km, "reading", "C-n") == keys_action("scroll-down"));
	CHECK_INT(keymap_bind(km, "list", "x", "list-down", &cause), 0);
	CHECK(keymap_lookup(km, "list", "x") == keys_action("list-down"));
	CHECK_INT(keymap_bind(km, "list", "y", "scroll-down", &cause), -1);
	CHECK(cause && strstr(cause, "does not work in the list"));
	free(cause);
	cause = NULL;
	CHECK_INT(keymap_bind(km, NULL, "j", "fly-away", &cause), -1);
	CHECK(cause && strstr(cause, "no action 'fly-away'"));
	free(cause);
	cause = NULL;
	CHECK_INT(keymap_bind(km, NULL, "shift-j", "quit", &cause), -1);
	free(cause);
	cause = NULL;
	CHECK_INT(keymap_unbind(km, "reading", "j", &cause), 0);
	CHECK(keymap_lookup(km, "reading", "j") == NULL);
	CHECK(keymap_lookup(km, "list", "j") != NULL);

	/* The help lists every bound action with its keys, by context; an
	 * action bound to no key is not listed. */
	CHECK_INT(keymap_unbind(km, NULL, "C-l", &cause), 0);
	struct help_line *lines;
	size_t n = keys_help(km, &lines);
	int has_quit = 0, has_ctrl_n = 0, has_heading = 0, has_unbound = 0;
	for (size_t i = 0; i < n; i++) {
		if (lines[i].key && strcmp(lines[i].key, "q") == 0 && strstr(lines[i].text, "quit"))
			has_quit = 1;
		if (lines[i].key && strstr(lines[i].key, "C-n"))
			has_ctrl_n = 1;
		if (lines[i].key == NULL && strstr(lines[i].text, "Reading pane"))
			has_heading = 1;
		if (strcmp(lines[i].text, "redraw the screen") == 0)
			has_unbound = 1;
	}
	CHECK(has_quit && has_ctrl_n && has_heading && !has_unbound);
	int listed = 0, actions = 0;
	for (size_t j = 0; (k = keys_action_nth(j)) != NULL; j++) {
		actions++;
		for (size_t i = 0; i < n; i++)
			if (lines[i].key && strcmp(lines[i].text, k->help) == 0) {
				listed++;
				break;
			}
	}
	CHECK_INT(listed, actions - 1);
	keys_help_free(lines, n);
	keymap_free(km);
}

static void test_dispatch(void)
{
	char db[] = "/tmp/dossier-test-keys-XXXXXX";
	struct store *s = fixture_library(db, 1);
	char *cause = NULL;
	if (!CHECK(s != NULL))
		return;
	const char *const dirs[] = { NULL };
	struct app_opts o = { LAYOUT_INLINE, STORE_BY_DATE, 0, 1, 1, dirs };
	struct app *a = app_create(s, &o, &cause);
	struct keymap *km = keymap_create(&cause);
	if (!CHECK(a != NULL && km != NULL))
		goto out;
	app_open(a, 0);
	app_resize(a, 100, 30);
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_INT(keys_handle(km, a, "j"), 1);
	CHECK_INT(app_view_top(a), 1);
	keys_handle(km, a, "Space");
	CHECK_INT(app_view_top(a), 1 + (size_t)a->pane[PANE_READ].h - 2);
	keys_handle(km, a, "g");
	CHECK_INT(app_view_top(a), 0);
	keys_handle(km, a, "f");
	CHECK_INT(a->mode, LAYOUT_FOOTNOTES);
	keys_handle(km, a, "f");
	CHECK_INT(a->mode, LAYOUT_INLINE);
	/* An unbound key says so, and does nothing else. */
	CHECK_INT(keys_handle(km, a, "z"), 0);
	CHECK(a->message && strstr(a->message, "not bound"));
	/* The list pane's views have contexts of their own; global keys
	 * still work there. */
	keys_handle(km, a, "p");
	CHECK_STR(app_mode_name(a), "people");
	CHECK_INT(keys_handle(km, a, "j"), 1);
	CHECK_INT(a->people.sel, 1);
	keys_handle(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "list");
	keys_handle(km, a, "S");
	CHECK_STR(app_mode_name(a), "prompt");
	CHECK_INT(a->prompt.id, PROMPT_LIBRARY);
	keys_handle(km, a, "k");
	keys_handle(km, a, "i");
	keys_handle(km, a, "m");
	keys_handle(km, a, "Enter");
	CHECK_STR(app_mode_name(a), "results");
	CHECK(a->results.n > 0);
	keys_handle(km, a, "Escape");
	CHECK_STR(app_mode_name(a), "list");
	keys_handle(km, a, "t");
	CHECK_INT(a->prompt.id, PROMPT_DATE);
	keys_handle(km, a, "Escape");
	keys_handle(km, a, "l");
	CHECK_STR(app_mode_name(a), "reading");

	/* Search typed key by key through the prompt context. */
	keys_handle(km, a, "/");
	CHECK_STR(app_mode_name(a), "prompt");
	keys_handle(km, a, "k");
	keys_handle(km, a, "o");
	keys_handle(km, a, "r");
	keys_handle(km, a, "X");
	CHECK_STR(a->prompt.line.text.data, "korX");
	CHECK_INT(a->nhits, 0);
	keys_handle(km, a, "Backspace");
	CHECK(a->nhits > 0);
	size_t hits = a->nhits;
	keys_handle(km, a, "Enter");
	CHECK_STR(app_mode_name(a), "reading");
	CHECK_STR(a->search, "kor");
	keys_handle(km, a, "n");
	keys_handle(km, a, "N");
	CHECK_INT(a->nhits, hits);
	keys_handle(km, a, "Escape");
	CHECK(a->search == NULL);
	/* Backspace on an empty prompt closes it. */
	keys_handle(km, a, "/");
	keys_handle(km, a, "Backspace");
	CHECK_INT(a->prompt.id, PROMPT_NONE);

	/* Focus and the list's keys. */
	keys_handle(km, a, "h");
	CHECK_STR(app_mode_name(a), "list");
	int64_t first = a->doc->id;
	keys_handle(km, a, "j");
	CHECK_INT(a->sel, 1);
	CHECK(a->doc->id != first);
	keys_handle(km, a, "k");
	CHECK_INT(a->doc->id, first);
	keys_handle(km, a, "]");
	CHECK_INT(a->sel, 1);
	keys_handle(km, a, "Enter");
	CHECK_STR(app_mode_name(a), "reading");
	keys_handle(km, a, "?");
	CHECK_STR(app_mode_name(a), "help");
	a->help.lines = 100;
	keys_handle(km, a, "j");
	CHECK_INT(a->help.top, 1);
	keys_handle(km, a, "q");
	CHECK(!a->help.open && !a->quit);
	keys_handle(km, a, "e");
	CHECK_STR(app_mode_name(a), "form");
	keys_handle(km, a, "Down");
	CHECK_INT(a->form.field, FORM_DATE);
	keys_handle(km, a, "Escape");
	CHECK(!a->form.open);
	keys_handle(km, a, "q");
	CHECK(a->quit);

out:
	free(cause);
	app_free(a);
	keymap_free(km);
	store_free(s);
	fixture_remove(db);
}

static void test_config(void)
{
	struct config c;
	config_defaults(&c);
	char *cause = NULL;
	struct keymap *km = keymap_create(&cause);
	if (!CHECK(km != NULL)) {
		free(cause);
		return;
	}
	CHECK_INT(config_line(&c, km, "# a comment", &cause), 0);
	CHECK_INT(config_line(&c, km, "   ", &cause), 0);
	CHECK_INT(config_line(&c, km, "color.bracket = red on blue bold", &cause), 0);
	CHECK_INT(c.color[UI_BRACKET].fg, 1);
	CHECK_INT(c.color[UI_BRACKET].bg, 4);
	CHECK_INT(c.color[UI_BRACKET].attrs, UI_BOLD);
	CHECK_INT(config_line(&c, km, "colour.hit = 208 default", &cause), 0);
	CHECK_INT(c.color[UI_HIT].fg, 208);
	CHECK_INT(c.color[UI_HIT].bg, -1);
	CHECK_INT(config_line(&c, km, "color.marker = bright-yellow", &cause), 0);
	CHECK_INT(c.color[UI_MARKER].fg, 11);
	CHECK_INT(config_line(&c, km, "mono.bracket = underline bold", &cause), 0);
	CHECK_INT(c.mono[UI_BRACKET], UI_UNDERLINE | UI_BOLD);
	CHECK_INT(config_line(&c, km, "footnotes = on", &cause), 0);
	CHECK_INT(c.mode, LAYOUT_FOOTNOTES);
	CHECK_INT(config_line(&c, km, "sort = title", &cause), 0);
	CHECK_INT(c.order, STORE_BY_TITLE);
	CHECK_INT(config_line(&c, km, "measure = 72", &cause), 0);
	CHECK_INT(c.measure, 72);
	CHECK_INT(config_line(&c, km, "sidebar = off", &cause), 0);
	CHECK_INT(c.show_side, 0);
	CHECK_INT(config_line(&c, km, "mouse = no", &cause), 0);
	CHECK_INT(c.mouse, 0);
	CHECK_INT(config_line(&c, km, "bind C-n scroll-down", &cause), 0);
	CHECK(keymap_lookup(km, "reading", "C-n") == keys_action("scroll-down"));
	CHECK_INT(config_line(&c, km, "bind # help", &cause), 0);
	CHECK(keymap_lookup(km, "global", "#") == keys_action("help"));
	CHECK_INT(config_line(&c, km, "unbind list j", &cause), 0);
	CHECK(keymap_lookup(km, "list", "j") == NULL);

	const char *bad[] = { "color.nosuch = red", "color.hit = purple", "mouse = maybe", "sort = size",
			      "measure = wide", "bind j", "frobnicate = 1", "no equals sign here" };
	int all_failed = 1;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cause = NULL;
		if (config_line(&c, km, bad[i], &cause) != -1 || cause == NULL)
			all_failed = 0;
		free(cause);
	}
	CHECK(all_failed);

	/* A file: bad lines are reported with their number and skipped. */
	char path[] = "/tmp/dossier-test-config-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs("# dossier\nbind x quit\nnonsense\ncolor.date = green\n", f);
	fclose(f);
	config_defaults(&c);
	struct strv errors;
	strv_init(&errors);
	CHECK_INT(config_load(&c, km, path, &errors), 1);
	CHECK_INT(errors.n, 1);
	CHECK(errors.n && strstr(errors.v[0], ":3: ") != NULL);
	CHECK_INT(c.color[UI_DATE].fg, 2);
	CHECK(keymap_lookup(km, "global", "x") == keys_action("quit"));
	strv_free(&errors);
	unlink(path);
	CHECK_INT(config_load(&c, km, "/nonexistent/dossier/config", &errors), 0);

	setenv("XDG_CONFIG_HOME", "/tmp/xdg", 1);
	char *p = config_path();
	CHECK_STR(p, "/tmp/xdg/dossier/config");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", "/home/reader", 1);
	p = config_path();
	CHECK_STR(p, "/home/reader/.config/dossier/config");
	free(p);
	keymap_free(km);
}

int main(void)
{
	test_names();
	test_table();
	test_dispatch();
	test_config();
	return test_done();
}
