/* cli_notes.c: dossier notes: the reader's annotations listed, added,
 * re-attached, exported and imported. */
#include "cli_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/notes.h"

static int note_row(const struct store_annotation *a, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		struct jsonout *j = &o->j;
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, a->id);
		jsonout_key(j, "doc");
		jsonout_int(j, a->doc_id);
		jsonout_key(j, "start");
		jsonout_int(j, (int64_t)a->start);
		jsonout_key(j, "end");
		jsonout_int(j, (int64_t)a->end);
		jsonout_key(j, "quote");
		jsonout_string(j, a->quote);
		jsonout_key(j, "text");
		jsonout_string(j, a->text);
		jsonout_key(j, "tags");
		struct strv tags;
		strv_init(&tags);
		notes_tags_split(a->tags, &tags);
		jsonout_strv(j, &tags);
		strv_free(&tags);
		jsonout_key(j, "orphaned");
		jsonout_bool(j, a->orphaned);
		jsonout_key(j, "created");
		jsonout_string(j, a->created);
		jsonout_key(j, "updated");
		jsonout_string(j, a->updated);
		jsonout_object_end(j);
	} else {
		printf("%5lld  doc %lld%s  ", (long long)a->id, (long long)a->doc_id, a->orphaned ? " (orphaned)" : "");
		char *q = xstrdup(a->quote ? a->quote : "");
		for (char *p = q; *p; p++)
			if (*p == '\n')
				*p = ' ';
		fputs("\"", stdout);
		cli_put_safe(stdout, q);
		fputs("\"  ", stdout);
		free(q);
		cli_put_safe(stdout, a->text);
		if (a->tags && *a->tags) {
			fputs("  #", stdout);
			cli_put_safe(stdout, a->tags);
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

static int notes_run(struct store *s, const struct cli_args *o)
{
	char *cause = NULL;
	int rc = 0;
	const char *sub = o->npos ? o->pos[0] : "list";
	if (strcmp(sub, "list") == 0) {
		struct list_out out = { .json = o->json };
		jsonout_init(&out.j, stdout);
		if (o->json)
			jsonout_array_begin(&out.j);
		rc = store_annotations(s, o->doc, o->tag, o->words, STORE_NEWEST, note_row, &out, &cause);
		if (o->json)
			jsonout_array_end(&out.j);
	} else if (strcmp(sub, "add") == 0) {
		int64_t doc, id;
		if (o->npos != 2 || cli_parse_id(o->pos[1], &doc) != 0 || !o->quote || !o->text) {
			return CLI_USAGE;
		}
		rc = notes_add(s, doc, o->quote, o->text, o->tags.len ? o->tags.data : NULL, &id, &cause);
		if (rc == 0)
			printf("note %lld added to document %lld\n", (long long)id, (long long)doc);
	} else if (strcmp(sub, "attach") == 0) {
		int64_t id;
		if (o->npos != 2 || cli_parse_id(o->pos[1], &id) != 0 || !o->quote) {
			return CLI_USAGE;
		}
		rc = notes_attach(s, id, o->quote, &cause);
		if (rc == 0) {
			printf("note %lld attached to \"", (long long)id);
			cli_put_safe(stdout, o->quote);
			fputs("\"\n", stdout);
		}
	} else if (strcmp(sub, "export") == 0) {
		int fmt = notes_format_from_name(o->format ? o->format : "md");
		if (fmt < 0) {
			fprintf(stderr, "dossier notes export: --format takes md, json or csv, not '%s'\n", o->format);
			return 2;
		}
		FILE *f = o->output ? fopen(o->output, "w") : stdout;
		if (f == NULL) {
			fprintf(stderr, "dossier: %s: %s\n", o->output, strerror(errno));
			return 1;
		}
		rc = notes_export(s, o->doc, (enum notes_format)fmt, f, &cause);
		if (o->output && fclose(f) != 0 && rc == 0) {
			cause = xasprintf("%s: %s", o->output, strerror(errno));
			rc = -1;
		}
	} else if (strcmp(sub, "import") == 0) {
		if (o->npos != 2) {
			return CLI_USAGE;
		}
		size_t added, known, failed;
		rc = notes_import(s, o->pos[1], &added, &known, &failed, &cause);
		if (rc == 0) {
			printf("%zu notes added, %zu already here, %zu not imported\n", added, known, failed);
			rc = failed ? 1 : 0;
		}
	} else {
		return CLI_USAGE;
	}
	if (rc < 0) {
		cli_err(cause);
		free(cause);
		return 1;
	}
	return rc;
}

int cmd_notes(const struct cli_ctx *ctx, struct cli_args *a)
{
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	int rc = s ? notes_run(s, a) : 1;
	store_free(s);
	return rc;
}
