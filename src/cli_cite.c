/* cli_cite.c: the commands that hand documents on: cite (a citation per
 * document, in a Chicago style or as FRUS asks) and export (CSL-JSON,
 * RIS, BibLaTeX for reference managers; CMIF for editions of letters). */
#include "cli_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/export.h"

static int cite_style(const char *name, enum cite_style *out)
{
	int st = name ? cite_style_from_name(name) : CITE_CHICAGO_NOTE;
	if (st < 0) {
		fputs("dossier cite: --style takes chicago-note, chicago-bib or frus, not '", stderr);
		cli_put_safe(stderr, name);
		fputs("'\n", stderr);
		return -1;
	}
	*out = (enum cite_style)st;
	return 0;
}

int cmd_cite(const struct cli_ctx *ctx, struct cli_args *a)
{
	enum cite_style style;
	if (cite_style(a->style, &style) != 0)
		return 2;
	int64_t *ids = xcalloc((size_t)a->npos, sizeof *ids);
	for (int i = 0; i < a->npos; i++) {
		if (cli_parse_id(a->pos[i], &ids[i]) != 0) {
			free(ids);
			return 2;
		}
	}
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL) {
		free(ids);
		return 1;
	}
	struct jsonout j;
	jsonout_init(&j, stdout);
	if (a->json)
		jsonout_array_begin(&j);
	int status = 0;
	for (int i = 0; i < a->npos; i++) {
		struct cite *c = NULL;
		char *cause = NULL;
		int rc = store_cite(s, ids[i], &c, &cause);
		if (rc != 0) {
			if (rc == 1)
				fprintf(stderr, "dossier: no document %lld in %s (see dossier list)\n", (long long)ids[i],
					ctx->db_path);
			else
				cli_err(cause);
			free(cause);
			status = 1;
			continue;
		}
		char *text = cite_format(c, style, CITE_TEXT);
		if (a->json) {
			jsonout_object_begin(&j);
			jsonout_key(&j, "id");
			jsonout_int(&j, ids[i]);
			jsonout_key(&j, "style");
			jsonout_string(&j, cite_style_name(style));
			jsonout_key(&j, "citation");
			jsonout_string(&j, text);
			/* the same with the titles in italics, for pasting into Markdown and HTML */
			char *md = cite_format(c, style, CITE_MARKDOWN), *html = cite_format(c, style, CITE_HTML);
			jsonout_key(&j, "markdown");
			jsonout_string(&j, md);
			jsonout_key(&j, "html");
			jsonout_string(&j, html);
			free(md);
			free(html);
			jsonout_object_end(&j);
		} else {
			cli_put_safe(stdout, text);
			fputc('\n', stdout);
		}
		free(text);
		cite_free(c);
	}
	if (a->json)
		jsonout_array_end(&j);
	free(ids);
	store_free(s);
	return status;
}

/* ---- export ---- */

struct ids {
	int64_t *v;
	size_t n, cap;
};

static void ids_add(struct ids *ids, int64_t id)
{
	for (size_t i = 0; i < ids->n; i++)
		if (ids->v[i] == id)
			return;
	if (ids->n == ids->cap) {
		ids->cap = ids->cap ? ids->cap * 2 : 64;
		ids->v = xreallocarray(ids->v, ids->cap, sizeof *ids->v);
	}
	ids->v[ids->n++] = id;
}

static int id_row(const struct store_doc *sd, void *arg)
{
	ids_add(arg, sd->id);
	return 0;
}

/* The documents an export names: the ids given, then the query's, each
 * once; neither: every document, by date. */
static int export_ids(struct store *s, struct cli_args *a, struct ids *ids)
{
	for (int i = 0; i < a->npos; i++) {
		int64_t id;
		if (cli_parse_id(a->pos[i], &id) != 0)
			return 2;
		struct store_doc *sd = NULL;
		char *cause = NULL;
		int rc = store_doc_get(s, id, &sd, &cause);
		store_doc_free(sd);
		if (rc != 0) {
			if (rc == 1)
				fprintf(stderr, "dossier: no document %lld in the library (see dossier list)\n", (long long)id);
			else
				cli_err(cause);
			free(cause);
			return 1;
		}
		ids_add(ids, id);
	}
	if (a->query || a->npos == 0) {
		char *cause = NULL;
		if (store_list_filtered(s, STORE_BY_DATE, a->query, 0, 0, id_row, ids, &cause) != 0) {
			cli_err(cause);
			free(cause);
			return 1;
		}
	}
	return 0;
}

/* Writes every document to f. 0, or 1 after saying why. */
static int export_to(struct store *s, const struct ids *ids, enum export_format fmt, FILE *f)
{
	struct exporter *e = export_create(f, fmt, NULL);
	char *cause = NULL;
	int rc = 0;
	for (size_t i = 0; i < ids->n && rc == 0; i++) {
		struct cite *c = NULL;
		rc = store_cite(s, ids->v[i], &c, &cause) == 0 ? export_add(e, c, &cause) : -1;
		cite_free(c);
	}
	if (rc == 0)
		rc = export_finish(e, &cause);
	export_free(e);
	if (rc != 0) {
		cli_err(cause ? cause : "the export failed");
		free(cause);
		return 1;
	}
	return 0;
}

int cmd_export(const struct cli_ctx *ctx, struct cli_args *a)
{
	if (a->format == NULL) {
		fputs("dossier export: --format is needed: csl-json, ris, bibtex or cmif\n", stderr);
		return 2;
	}
	int fmt = export_format_from_name(a->format);
	if (fmt < 0) {
		fputs("dossier export: --format takes csl-json, ris, bibtex or cmif, not '", stderr);
		cli_put_safe(stderr, a->format);
		fputs("'\n", stderr);
		return 2;
	}
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL)
		return 1;
	struct ids ids = { NULL, 0, 0 };
	int rc = export_ids(s, a, &ids);
	if (rc == 0 && ids.n == 0) {
		fputs(a->query ? "dossier: no documents match; nothing exported\n"
			       : "dossier: the library has no documents; nothing exported\n",
		      stderr);
		rc = 1;
	}
	if (rc == 0 && a->output) {
		/* written aside and renamed: a failed export leaves no half file */
		char *tmp = xasprintf("%s.tmp-%ld", a->output, (long)getpid());
		FILE *f = fopen(tmp, "w");
		if (f == NULL) {
			fprintf(stderr, "dossier: cannot write %s: %s\n", a->output, strerror(errno));
			rc = 1;
		} else {
			rc = export_to(s, &ids, (enum export_format)fmt, f);
			if (fclose(f) != 0 && rc == 0) {
				fprintf(stderr, "dossier: cannot write %s: %s\n", a->output, strerror(errno));
				rc = 1;
			}
			if (rc == 0 && rename(tmp, a->output) != 0) {
				fprintf(stderr, "dossier: cannot write %s: %s\n", a->output, strerror(errno));
				rc = 1;
			}
			if (rc != 0)
				unlink(tmp);
		}
		free(tmp);
		if (rc == 0)
			fprintf(stderr, "exported %zu document%s to %s\n", ids.n, ids.n == 1 ? "" : "s", a->output);
	} else if (rc == 0) {
		rc = export_to(s, &ids, (enum export_format)fmt, stdout);
	}
	free(ids.v);
	store_free(s);
	return rc;
}
