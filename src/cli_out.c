/* cli_out.c: what the commands share to read their arguments and print:
 * nothing from the library reaches the terminal raw. */
#include "cli_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"

/* Prints text from the library, never a raw control character. */
void cli_put_safe(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	char *safe = text_terminal_safe(s);
	fputs(safe, f);
	free(safe);
}

void cli_err(const char *msg)
{
	fputs("dossier: ", stderr);
	cli_put_safe(stderr, msg);
	fputc('\n', stderr);
}

void cli_put_names(FILE *f, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			fputs(", ", f);
		cli_put_safe(f, v->v[i]);
	}
}

struct store *cli_open_store(const struct cli_ctx *ctx, int flags)
{
	char *cause = NULL;
	struct store *s;
	if (!(flags & (STORE_READONLY | STORE_EXISTING)) && store_make_parent(ctx->db_path, &cause) != 0) {
		cli_err(cause);
		free(cause);
		return NULL;
	}
	if (store_open(ctx->db_path, flags, &s, &cause) != 0) {
		cli_err(cause);
		free(cause);
		return NULL;
	}
	return s;
}

int cli_parse_id(const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (*s == '\0' || *end || errno || v <= 0) {
		fprintf(stderr, "dossier: '%s' is not a document id (see dossier list)\n", s);
		return -1;
	}
	*id = v;
	return 0;
}
