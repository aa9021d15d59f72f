/* keys.h: the key table. Every key the reader knows is a binding of a
 * key name to a named action in a context; dispatch goes through the
 * table, the help screen is generated from it, and the config file can
 * bind and unbind keys by the same names.
 *
 * Key names: a character as itself ("j", "G", "?", "é"), "Space", "C-d"
 * (control), "Up", "Down", "Left", "Right", "PageUp",
 * "PageDown", "Home", "End", "Insert", "Delete", "Backspace", "Enter",
 * "Escape", "Tab", "BackTab", "F1".."F12". */
#ifndef DOSSIER_KEYS_H
#define DOSSIER_KEYS_H

#include <stddef.h>

#include "dossier/app.h"

enum key_ctx {
	CTX_GLOBAL,             /* anywhere but in a prompt, form or help */
	CTX_LIST,               /* the list has focus */
	CTX_READ,               /* the reading pane has focus */
	CTX_SIDE,               /* the sidebar has focus */
	CTX_PROMPT,             /* typing a search or a filter */
	CTX_FORM,               /* the correction form */
	CTX_HELP,               /* the help screen */
	CTX_WELCOME,            /* the library is empty */
	CTX_PEOPLE,             /* the list pane shows people (p), focused */
	CTX_RESULTS,            /* the list pane shows search results (S), focused */
	CTX_CHOOSER,            /* choosing a document for a reference */
	CTX_SELECT,             /* selecting a passage (v, V, the mouse) */
	CTX_EDITOR,             /* writing a note */
	CTX_ASK,                /* a question waits for its answer */
	CTX_NOTES,              /* the list pane shows every annotation (@), focused */
	CTX_MARKS,              /* the list pane shows the marks (M), focused */
	CTX_COUNT
};

#define CTX_BIT(c) (1u << (c))

/* A named action: what a key can be bound to. */
struct key_action {
	const char *name;       /* "scroll-down" */
	void (*fn)(struct app *a, long arg);
	long arg;
	const char *help;       /* one line for the help screen */
	unsigned contexts;      /* CTX_BIT()s where it may be bound */
};

/* A key bound to an action in a context. */
struct key_binding {
	char *key;
	const struct key_action *action;
	enum key_ctx ctx;
};

struct keymap;

/* Every action, ended by one with a NULL name. */
extern const struct key_action key_actions[];

/* A keymap with the default bindings, each checked as a config's bind
 * line is; NULL with *cause if one fails (a bug of the table). */
struct keymap *keymap_create(char **cause);
void keymap_free(struct keymap *km);

const char *keys_ctx_name(enum key_ctx c);
/* The canonical name of a key as a user may write it ("ctrl-d", "^D",
 * "pgdn", "space"...); NULL if it is not a key. Caller frees. */
char *keys_canonical(const char *name);
const struct key_action *keys_action(const char *name);

/* Binds key to action in context ctx (NULL: every context the action
 * belongs to). Returns 0, or -1 with *cause. */
int keymap_bind(struct keymap *km, const char *ctx, const char *key, const char *action, char **cause);
int keymap_unbind(struct keymap *km, const char *ctx, const char *key, char **cause);
/* The action bound to key in ctx, or NULL. */
const struct key_action *keymap_lookup(const struct keymap *km, enum key_ctx ctx, const char *key);
/* The keys bound to action in ctx, joined by spaces ("j Down"), into
 * out; returns the number. */
size_t keymap_keys_for(const struct keymap *km, enum key_ctx ctx, const char *action, char *out, size_t n);

/* The context keys go to in the app's state now. */
enum key_ctx keys_context(const struct app *a);
/* Handles one key by name. Returns 1 if it did something, 0 if the key
 * is not bound where it was pressed (a message says so). */
int keys_handle(const struct keymap *km, struct app *a, const char *key);

/* The help screen: lines of text, a heading when key is NULL. */
struct help_line {
	char *key;
	char *text;
};
/* Builds the help from the table; returns the number of lines. */
size_t keys_help(const struct keymap *km, struct help_line **out);
void keys_help_free(struct help_line *lines, size_t n);

#endif
