/* keys.c: key names, the keymap (the default bindings of every mode and
 * the config's bind lines, through the same checks), dispatch of a key to
 * the top mode and its parents, and the help screen, all from the modes'
 * tables (as tmux's command table). */
#include "dossier/keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "dossier/util.h"
#include "mode.h"

/* A key bound to an action in a mode. */
struct key_binding {
	char *key;
	const struct key_action *action;
	const struct mode *mode;
};

struct keymap {
	struct key_binding *v;
	size_t n, cap;
};

/* 1 if mode m offers action k itself. */
static int offers(const struct mode *m, const struct key_action *k)
{
	for (const struct key_action *const *p = m->actions; p && *p; p++)
		if (*p == k)
			return 1;
	return 0;
}

const struct key_action *keys_action_nth(size_t i)
{
	size_t n = 0;
	for (const struct mode *const *m = modes; *m; m++)
		for (const struct key_action *const *p = (*m)->actions; *p; p++) {
			/* Counted where it is first offered. */
			const struct mode *const *f = modes;
			while (!offers(*f, *p))
				f++;
			if (f == m && n++ == i)
				return *p;
		}
	return NULL;
}

const struct key_action *keys_action(const char *name)
{
	for (const struct mode *const *m = modes; *m; m++)
		for (const struct key_action *const *p = (*m)->actions; *p; p++)
			if (strcmp((*p)->name, name) == 0)
				return *p;
	return NULL;
}

static const char *const named_keys[] = {
	"Space", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Insert",
	"Delete", "Backspace", "Enter", "Escape", "Tab", "BackTab", NULL,
};

/* Other spellings a config may use. */
static const struct {
	const char *alias, *name;
} key_aliases[] = {
	{ "pgup", "PageUp" },     { "pgdn", "PageDown" }, { "pagedn", "PageDown" }, { "esc", "Escape" },
	{ "return", "Enter" },    { "ret", "Enter" },     { "del", "Delete" },      { "bs", "Backspace" },
	{ "ins", "Insert" },      { "s-tab", "BackTab" }, { "btab", "BackTab" },    { "spc", "Space" },
};

char *keys_canonical(const char *name)
{
	size_t len = strlen(name);
	if (len == 0)
		return NULL;
	/* One character stands for itself. */
	ucs4_t uc;
	int cl = u8_mbtouc(&uc, (const uint8_t *)name, len);
	if ((size_t)cl == len && uc > 0x20 && uc != 0x7f && uc != 0xfffd)
		return xstrdup(name);
	if (strcmp(name, " ") == 0)
		return xstrdup("Space");
	for (const char *const *k = named_keys; *k; k++)
		if (strcasecmp(name, *k) == 0)
			return xstrdup(*k);
	for (size_t i = 0; i < sizeof key_aliases / sizeof key_aliases[0]; i++)
		if (strcasecmp(name, key_aliases[i].alias) == 0)
			return xstrdup(key_aliases[i].name);
	if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3) {
		int n = atoi(name + 1);
		if (n >= 1 && n <= 12 && name[1] >= '1' && name[1] <= '9')
			return xasprintf("F%d", n);
	}
	/* C-x, ctrl-x, ^X */
	const char *c = NULL;
	if (len == 2 && name[0] == '^')
		c = name + 1;
	else if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-')
		c = name + 2;
	else if (len == 6 && strncasecmp(name, "ctrl-", 5) == 0)
		c = name + 5;
	if (c) {
		char ch = *c >= 'A' && *c <= 'Z' ? (char)(*c + 32) : *c;
		if (ch >= 'a' && ch <= 'z')
			return xasprintf("C-%c", ch);
		return NULL;
	}
	if (len >= 3 && (name[0] == 'M' || name[0] == 'm') && name[1] == '-') {
		char *rest = keys_canonical(name + 2);
		if (rest == NULL)
			return NULL;
		char *r = xasprintf("M-%s", rest);
		free(rest);
		return r;
	}
	return NULL;
}

static void bind_one(struct keymap *km, const struct mode *m, const char *key, const struct key_action *act)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].mode == m && strcmp(km->v[i].key, key) == 0) {
			km->v[i].action = act;
			return;
		}
	if (km->n == km->cap) {
		km->cap = km->cap ? km->cap * 2 : 128;
		km->v = xreallocarray(km->v, km->cap, sizeof *km->v);
	}
	km->v[km->n++] = (struct key_binding){ xstrdup(key), act, m };
}

static int bind_action(struct keymap *km, const char *ctx, const char *key, const struct key_action *act,
		       char **cause);

/* The actions by name, each where it is first offered (as keys_action
 * finds it). */
struct action_name {
	const char *name;
	const struct key_action *act;
	size_t order;
};

static int action_name_cmp(const void *x, const void *y)
{
	const struct action_name *a = x, *b = y;
	int c = strcmp(a->name, b->name);
	return c ? c : (a->order > b->order) - (a->order < b->order);
}

static struct action_name *actions_by_name(size_t *n)
{
	size_t cap = 0;
	for (const struct mode *const *m = modes; *m; m++)
		for (const struct key_action *const *p = (*m)->actions; *p; p++)
			cap++;
	struct action_name *v = xreallocarray(NULL, cap ? cap : 1, sizeof *v);
	*n = 0;
	for (const struct mode *const *m = modes; *m; m++)
		for (const struct key_action *const *p = (*m)->actions; *p; p++, (*n)++)
			v[*n] = (struct action_name){ (*p)->name, *p, *n };
	qsort(v, *n, sizeof *v, action_name_cmp);
	return v;
}

static const struct key_action *action_find(const struct action_name *v, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(v[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(v[lo].name, name) == 0 ? v[lo].act : NULL;
}

/* The defaults go through the config's own checks: a default naming no
 * action, no key, or an action that does not work in its mode is
 * refused here, not found missing by a reader. Their actions are found
 * by name in a sorted table: some three hundred bindings, each looked
 * for in every mode's list, were a tenth of the way to the first frame. */
struct keymap *keymap_create(char **cause)
{
	struct keymap *km = xcalloc(1, sizeof *km);
	size_t nact;
	struct action_name *byname = actions_by_name(&nact);
	int rc = 0;
	for (const struct mode *const *m = modes; *m && rc == 0; m++)
		for (const struct mode_key *d = (*m)->keys; d->keys && rc == 0; d++) {
			const struct key_action *act = action_find(byname, nact, d->action);
			char *keys = xstrdup(d->keys), *why = act ? NULL : xstrdup("no such action");
			rc = act ? 0 : -1;
			if (rc != 0)
				*cause = xasprintf("default binding %s %s %s: %s", (*m)->name, d->keys, d->action, why);
			for (char *k = strtok(keys, " "); k && rc == 0; k = strtok(NULL, " "))
				if ((rc = bind_action(km, (*m)->name, k, act, &why)) != 0)
					*cause = xasprintf("default binding %s %s %s: %s", (*m)->name, k, d->action, why);
			free(why);
			free(keys);
		}
	free(byname);
	if (rc != 0) {
		keymap_free(km);
		return NULL;
	}
	return km;
}

void keymap_free(struct keymap *km)
{
	if (km == NULL)
		return;
	for (size_t i = 0; i < km->n; i++)
		free(km->v[i].key);
	free(km->v);
	free(km);
}

/* The mode's parent, by name (so that no mode file needs another). */
static const struct mode *parent_of(const struct mode *m)
{
	return m->parent ? mode_named(m->parent) : NULL;
}

/* Mode m offers action k, itself or through its parents. */
static int reaches(const struct mode *m, const struct key_action *k)
{
	for (; m; m = parent_of(m))
		if (offers(m, k))
			return 1;
	return 0;
}

static char *mode_names(void)
{
	struct buf b;
	buf_init(&b);
	for (const struct mode *const *m = modes; *m; m++)
		buf_printf(&b, "%s%s", m == modes ? "" : ", ", (*m)->name);
	return buf_detach(&b);
}

int keymap_bind(struct keymap *km, const char *ctx, const char *key, const char *action, char **cause)
{
	const struct key_action *act = keys_action(action);
	if (act == NULL) {
		*cause = xasprintf("no action '%s' (the help screen, ?, names them)", action);
		return -1;
	}
	return bind_action(km, ctx, key, act, cause);
}

/* keymap_bind, the action found (not NULL). */
static int bind_action(struct keymap *km, const char *ctx, const char *key, const struct key_action *act,
		       char **cause)
{
	char *k = keys_canonical(key);
	if (k == NULL) {
		*cause = xasprintf("'%s' is not a key name", key);
		return -1;
	}
	if (ctx) {
		const struct mode *m = mode_named(ctx);
		if (m == NULL) {
			char *names = mode_names();
			*cause = xasprintf("no context '%s' (%s)", ctx, names);
			free(names);
			free(k);
			return -1;
		}
		if (!reaches(m, act)) {
			*cause = xasprintf("'%s' does not work in the %s context", act->name, ctx);
			free(k);
			return -1;
		}
		bind_one(km, m, k, act);
	} else {
		for (const struct mode *const *m = modes; *m; m++)
			if (offers(*m, act))
				bind_one(km, *m, k, act);
	}
	free(k);
	return 0;
}

int keymap_unbind(struct keymap *km, const char *ctx, const char *key, char **cause)
{
	char *k = keys_canonical(key);
	if (k == NULL) {
		*cause = xasprintf("'%s' is not a key name", key);
		return -1;
	}
	const struct mode *m = ctx ? mode_named(ctx) : NULL;
	if (ctx && m == NULL) {
		*cause = xasprintf("no context '%s'", ctx);
		free(k);
		return -1;
	}
	size_t j = 0;
	for (size_t i = 0; i < km->n; i++) {
		if (strcmp(km->v[i].key, k) == 0 && (m == NULL || km->v[i].mode == m)) {
			free(km->v[i].key);
			continue;
		}
		km->v[j++] = km->v[i];
	}
	km->n = j;
	free(k);
	return 0;
}

static const struct key_action *bound(const struct keymap *km, const struct mode *m, const char *key)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].mode == m && strcmp(km->v[i].key, key) == 0)
			return km->v[i].action;
	return NULL;
}

const struct key_action *keymap_lookup(const struct keymap *km, const char *ctx, const char *key)
{
	const struct mode *m = mode_named(ctx);
	return m ? bound(km, m, key) : NULL;
}

static size_t keys_for(const struct keymap *km, const struct mode *m, const struct key_action *k, char *out, size_t n)
{
	size_t count = 0;
	if (n)
		out[0] = '\0';
	for (size_t i = 0; i < km->n; i++) {
		if (km->v[i].mode != m || km->v[i].action != k)
			continue;
		size_t used = strlen(out);
		snprintf(out + used, n - used, "%s%s", count ? " " : "", km->v[i].key);
		count++;
	}
	return count;
}

size_t keymap_keys_for(const struct keymap *km, const char *ctx, const char *action, char *out, size_t n)
{
	const struct mode *m = mode_named(ctx);
	const struct key_action *k = keys_action(action);
	if (m == NULL || k == NULL) {
		if (n)
			out[0] = '\0';
		return 0;
	}
	return keys_for(km, m, k, out, n);
}

const char *app_mode_name(const struct app *a)
{
	return mode_top(a);
}

int keys_handle(const struct keymap *km, struct app *a, const char *key)
{
	const struct mode *top = mode_named(mode_top(a));
	const struct key_action *act = NULL;
	for (const struct mode *m = top; m && act == NULL; m = parent_of(m))
		act = bound(km, m, key);
	if (act) {
		/* A message lasts until the next key. */
		if (!top->keeps_message) {
			free(a->message);
			a->message = NULL;
		}
		act->fn(a, act->arg);
		if (a->stale) {
			a->stale = 0;
			app_refresh(a);
		}
		return 1;
	}
	if (top->input)
		return top->input(a, key);
	app_message(a, "%s: not bound here (? lists the keys)", key);
	return 0;
}

static void help_push(struct help_line **v, size_t *n, size_t *cap, const char *key, const char *text)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[(*n)++] = (struct help_line){ key ? xstrdup(key) : NULL, xstrdup(text) };
}

/* The help lines of mode m: the actions it or a parent offers that are
 * bound in m itself, its own first. */
static void help_mode(const struct keymap *km, const struct mode *m, struct help_line **v, size_t *n, size_t *cap)
{
	int heading = 0;
	for (const struct mode *o = m; o; o = parent_of(o))
		for (const struct key_action *const *p = o->actions; *p; p++) {
			char keys[256];
			if ((o != m && offers(m, *p)) || keys_for(km, m, *p, keys, sizeof keys) == 0)
				continue;
			if (!heading) {
				if (*n)
					help_push(v, n, cap, NULL, "");
				help_push(v, n, cap, NULL, m->title);
				heading = 1;
			}
			help_push(v, n, cap, keys, (*p)->help);
		}
}

size_t keys_help(const struct keymap *km, struct help_line **out)
{
	struct help_line *v = NULL;
	size_t n = 0, cap = 0;
	for (const struct mode *const *m = modes; *m; m++)
		help_mode(km, *m, &v, &n, &cap);
	help_push(&v, &n, &cap, NULL, "");
	help_push(&v, &n, &cap, NULL, "Mouse");
	help_push(&v, &n, &cap, "wheel", "scroll the pane under the pointer");
	help_push(&v, &n, &cap, "click", "focus a pane; in the list, open a document");
	help_push(&v, &n, &cap, "drag", "in the text: select a passage (then a annotates it)");
	*out = v;
	return n;
}

void keys_help_free(struct help_line *lines, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(lines[i].key);
		free(lines[i].text);
	}
	free(lines);
}
