/* keys.h: the keymap. Every key the reader knows is a binding of a key
 * name to a named action in a context (a mode of the reader); dispatch
 * goes through it, the help screen is generated from it, and the config
 * file binds and unbinds keys by the same names and checks.
 *
 * Key names: a character as itself ("j", "G", "?", "é"), "Space", "C-d"
 * (control), "Up", "Down", "Left", "Right", "PageUp",
 * "PageDown", "Home", "End", "Insert", "Delete", "Backspace", "Enter",
 * "Escape", "Tab", "BackTab", "F1".."F12". */
#ifndef DOSSIER_KEYS_H
#define DOSSIER_KEYS_H

#include <stddef.h>

#include "dossier/app.h"

/* A named action: what a key can be bound to. Each mode of the reader
 * offers its own (src/reader/mode.h). */
struct key_action {
	const char *name;       /* "scroll-down" */
	void (*fn)(struct app *a, long arg);
	long arg;
	const char *help;       /* one line for the help screen */
};

struct keymap;

/* A keymap with the default bindings of every mode, each checked as a
 * config's bind line is; NULL with *cause if one fails (a bug of a
 * mode's table). */
struct keymap *keymap_create(char **cause);
void keymap_free(struct keymap *km);

/* The canonical name of a key as a user may write it ("ctrl-d", "^D",
 * "pgdn", "space"...); NULL if it is not a key. Caller frees. */
char *keys_canonical(const char *name);
/* The action of that name, or NULL. */
const struct key_action *keys_action(const char *name);
/* Every action once, by index; NULL past the last. */
const struct key_action *keys_action_nth(size_t i);

/* Contexts are the modes' names: global, list, reading, sidebar, select,
 * editor, ask, people, results, annotations, marks, chooser, prompt,
 * form, help, welcome, mark, yank. */

/* Binds key to action in context ctx (NULL: every context that offers
 * it). An action of the context's parent (global) can be bound there
 * too. Returns 0, or -1 with *cause. */
int keymap_bind(struct keymap *km, const char *ctx, const char *key, const char *action, char **cause);
int keymap_unbind(struct keymap *km, const char *ctx, const char *key, char **cause);
/* The action bound to key in context ctx itself, or NULL. */
const struct key_action *keymap_lookup(const struct keymap *km, const char *ctx, const char *key);
/* The keys bound to action in ctx, joined by spaces ("j Down"), into
 * out; returns the number. */
size_t keymap_keys_for(const struct keymap *km, const char *ctx, const char *action, char *out, size_t n);

/* Handles one key by name: the top mode's binding, else its parent's,
 * else the mode's input (a prompt types it). Returns 1 if it did
 * something, 0 if the key is not bound where it was pressed (a message
 * says so where it should). */
int keys_handle(const struct keymap *km, struct app *a, const char *key);
/* The name of the mode keys go to now ("reading", "prompt"...). */
const char *app_mode_name(const struct app *a);

/* The help screen: lines of text, a heading when key is NULL. */
struct help_line {
	char *key;
	char *text;
};
/* Builds the help from the table; returns the number of lines. */
size_t keys_help(const struct keymap *km, struct help_line **out);
void keys_help_free(struct help_line *lines, size_t n);

#endif
