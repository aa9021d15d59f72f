/* app_priv.h: what app.c shares with the other files of the reader's
 * state (app_notes.c), and no one else. */
#ifndef DOSSIER_APP_PRIV_H
#define DOSSIER_APP_PRIV_H

#include <unistr.h>

#include "dossier/app.h"

/* Scrolls so that body byte off is in view, a third down the pane. */
void app_reveal(struct app *a, size_t off);
/* Display lines of the reading pane. */
size_t app_view_h(const struct app *a);
/* Shows an allocated cause as an error and frees it. */
void app_error_cause(struct app *a, char *cause);
/* Shows view v in the list pane, focused; -1 if there is no room. */
int app_view_show(struct app *a, enum app_listview v);
/* Makes the link to a reference (ref) or a passage begin. */
void app_link_set(struct app *a, int64_t ref, size_t start, size_t end, const char *phrase);
/* Counts the documents again; -1 with a message. */
int app_refresh_counts(struct app *a);
void app_list_clamp(struct app *a);
/* Removes bytes [from, to) of a line being edited; the cursor goes to from. */
void app_line_cut(struct app_line *l, size_t from, size_t to);
/* A letter, digit or combining mark: what words are made of. */
int app_word_char(ucs4_t c);
/* Widens [*s, *e) of body to whole words. */
void app_word_bounds(const char *body, size_t len, size_t *s, size_t *e);

/* Frees what app_notes.c keeps in the app (app_free calls it). */
void app_notes_free(struct app *a);

#endif
