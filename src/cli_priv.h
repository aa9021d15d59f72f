/* cli_priv.h: what the command files share (src/cli*.c, no one else):
 * each command's run function, and the output helpers of cli_out.c. */
#ifndef DOSSIER_CLI_PRIV_H
#define DOSSIER_CLI_PRIV_H

#include <stdio.h>

#include "dossier/cli.h"
#include "dossier/jsonout.h"
#include "dossier/store.h"

/* A listing's output: JSON objects in an array, or lines. */
struct list_out {
	struct jsonout j;
	int json;
};

/* ---- the commands ---- */

int cmd_import(const struct cli_ctx *ctx, struct cli_args *a);  /* cli_import.c */
int cmd_list(const struct cli_ctx *ctx, struct cli_args *a);    /* cli_docs.c */
int cmd_show(const struct cli_ctx *ctx, struct cli_args *a);
int cmd_search(const struct cli_ctx *ctx, struct cli_args *a);
int cmd_people(const struct cli_ctx *ctx, struct cli_args *a);
int cmd_refs(const struct cli_ctx *ctx, struct cli_args *a);
int cmd_notes(const struct cli_ctx *ctx, struct cli_args *a);   /* cli_notes.c */
int cmd_cite(const struct cli_ctx *ctx, struct cli_args *a);    /* cli_cite.c */
int cmd_export(const struct cli_ctx *ctx, struct cli_args *a);

/* ---- cli_out.c ---- */

/* Prints text from the library, never a raw control character. */
void cli_put_safe(FILE *f, const char *s);
/* "dossier: MESSAGE" on stderr. */
void cli_err(const char *msg);
/* Names separated by ", ". */
void cli_put_names(FILE *f, const struct strv *v);
/* Opens the library (creating its folders unless flags has STORE_READONLY
 * or STORE_EXISTING: every command but import passes STORE_EXISTING, so a
 * mistyped --db is said, not made empty); NULL after saying why. */
struct store *cli_open_store(const struct cli_ctx *ctx, int flags);
/* A document id; -1 after saying it is not one. */
int cli_parse_id(const char *s, int64_t *id);

#endif
