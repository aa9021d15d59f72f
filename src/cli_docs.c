/* cli_docs.c: the commands that read documents: list, show, search,
 * people and refs. Human output is plain text with any stray control
 * character made visible; --json output is stable. */
#include "cli_priv.h"

#include "dossier/layout.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void json_doc_fields(struct jsonout *j, const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	jsonout_key(j, "id");
	jsonout_int(j, sd->id);
	jsonout_key(j, "title");
	jsonout_string(j, d->title);
	jsonout_key(j, "date");
	jsonout_string(j, d->date);
	jsonout_key(j, "date_text");
	jsonout_string(j, d->date_text);
	jsonout_key(j, "kind");
	jsonout_string(j, d->kind);
	jsonout_key(j, "number");
	jsonout_string(j, d->number);
	jsonout_key(j, "from");
	jsonout_strv(j, &d->from);
	jsonout_key(j, "to");
	jsonout_strv(j, &d->to);
	/* the office each party is named by, "" for none */
	jsonout_key(j, "from_office");
	jsonout_strv(j, &d->from_office);
	jsonout_key(j, "to_office");
	jsonout_strv(j, &d->to_office);
	jsonout_key(j, "place");
	jsonout_string(j, d->place);
	jsonout_key(j, "summary");
	jsonout_string(j, d->summary);
	jsonout_key(j, "source");
	jsonout_string(j, d->source);
	jsonout_key(j, "language");
	jsonout_string(j, d->language);
	jsonout_key(j, "translator");
	jsonout_string(j, d->translator);
	jsonout_key(j, "record_id");
	jsonout_string(j, d->record_id);
	jsonout_key(j, "url");
	jsonout_string(j, d->url);
	jsonout_key(j, "path");
	jsonout_string(j, sd->path);
	jsonout_key(j, "sources");
	jsonout_object_begin(j);
	for (size_t i = 0; i < d->nsources; i++) {
		jsonout_key(j, d->sources[i].field);
		jsonout_string(j, d->sources[i].source);
	}
	jsonout_object_end(j);
	if (d->volume_id) {
		jsonout_key(j, "volume");
		jsonout_string(j, d->volume_id);
		jsonout_key(j, "volume_title");
		jsonout_string(j, d->volume_title);
		jsonout_key(j, "doc_n");
		jsonout_string(j, d->doc_n);
	}
}

/* One line: id, date, from -> to, title. */
static void put_doc_line(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	printf("%6lld  %-10s  ", (long long)sd->id, d->date ? d->date : "undated");
	if (d->from.n || d->to.n) {
		cli_put_names(stdout, &d->from);
		if (d->to.n) {
			fputs(" → ", stdout);
			cli_put_names(stdout, &d->to);
		}
		if (d->title && *d->title)
			fputs(": ", stdout);
	}
	cli_put_safe(stdout, d->title);
	fputc('\n', stdout);
}

static int list_row(const struct store_doc *sd, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		jsonout_object_begin(&o->j);
		json_doc_fields(&o->j, sd);
		jsonout_object_end(&o->j);
	} else {
		put_doc_line(sd);
	}
	return ferror(stdout) ? 1 : 0; /* a closed pipe stops the listing */
}

static int parse_order(const char *sort, enum store_order *order)
{
	if (sort == NULL || strcmp(sort, "date") == 0)
		*order = STORE_BY_DATE;
	else if (strcmp(sort, "title") == 0)
		*order = STORE_BY_TITLE;
	else if (strcmp(sort, "import") == 0)
		*order = STORE_BY_IMPORT;
	else {
		fprintf(stderr, "dossier list: --sort takes date, title or import, not '%s'\n", sort);
		return -1;
	}
	return 0;
}

int cmd_list(const struct cli_ctx *ctx, struct cli_args *a)
{
	enum store_order order;
	if (parse_order(a->sort, &order) != 0)
		return 2;
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL)
		return 1;
	struct list_out o = { .json = a->json };
	jsonout_init(&o.j, stdout);
	if (a->json)
		jsonout_array_begin(&o.j);
	char *cause = NULL;
	int rc = store_list(s, order, 0, (size_t)a->limit, list_row, &o, &cause);
	if (a->json)
		jsonout_array_end(&o.j);
	if (rc != 0) {
		cli_err(cause);
		free(cause);
	}
	store_free(s);
	return rc ? 1 : 0;
}

static void show_text(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	struct {
		const char *label, *value;
	} fields[] = {
		{ "Title", d->title }, { "Date", d->date_text ? d->date_text : d->date }, { "Kind", d->kind },
		{ "Number", d->number }, { "Language", d->language }, { "Translator", d->translator },
		{ "Source", d->source }, { "URL", d->url }, { "Record", d->record_id }, { "Summary", d->summary },
		{ "Path", sd->path },
	};
	printf("%-11s %lld\n", "Id", (long long)sd->id);
	char *edition = doc_edition_label(d);
	if (edition) {
		printf("%-11s ", "Edition");
		cli_put_safe(stdout, edition);
		fputc('\n', stdout);
		free(edition);
	}
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (fields[i].value == NULL || (i == 0 && *fields[i].value == '\0'))
			continue;
		printf("%-11s ", fields[i].label);
		cli_put_safe(stdout, fields[i].value);
		fputc('\n', stdout);
		if (i == 1) {
			if (d->from.n) {
				printf("%-11s ", "From");
				cli_put_names(stdout, &d->from);
				fputc('\n', stdout);
			}
			if (d->to.n) {
				printf("%-11s ", "To");
				cli_put_names(stdout, &d->to);
				fputc('\n', stdout);
			}
		}
	}
	fputs("\n", stdout);
	if (d->body_len == 0) {
		/* a calendar entry (CMIF): the letter's metadata, its text elsewhere */
		fputs("No text in this library", stdout);
		if (d->url) {
			fputs(": the letter is at ", stdout);
			cli_put_safe(stdout, d->url);
		}
		fputs(".\n", stdout);
	} else {
		cli_put_safe(stdout, d->body);
		fputs("\n", stdout);
	}
	if (d->nnotes) {
		printf("\nEditorial notes (%zu)\n", d->nnotes);
		for (size_t i = 0; i < d->nnotes; i++) {
			printf("  %3zu  %-15s ", i + 1, note_kind_name(d->notes[i].kind));
			cli_put_safe(stdout, d->notes[i].text);
			fputc('\n', stdout);
		}
	}
}

/* show --why: each field, its value, where it came from and the line
 * that was the evidence. */
static void show_why(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	printf("%-11s %lld\n", "Id", (long long)sd->id);
	if (d->nsources == 0) {
		puts("No sources are recorded for this document (imported before dossier kept them: "
		     "import it again to record them).");
		return;
	}
	static const char *const order[] = { "title", "date", "kind", "number", "from", "to", "place", "summary",
					     "source", "language", "translator", "record_id", "url", NULL };
	for (size_t k = 0; order[k] != NULL; k++) {
		const struct doc_source *src = doc_source_of(d, order[k]);
		if (src == NULL)
			continue;
		printf("%-11s ", order[k]);
		if (strcmp(order[k], "from") == 0 || strcmp(order[k], "to") == 0) {
			cli_put_names(stdout, order[k][0] == 'f' ? &d->from : &d->to);
		} else {
			const char *v = strcmp(order[k], "title") == 0	    ? d->title
					: strcmp(order[k], "date") == 0	    ? d->date
					: strcmp(order[k], "kind") == 0	    ? d->kind
					: strcmp(order[k], "number") == 0   ? d->number
					: strcmp(order[k], "place") == 0    ? d->place
					: strcmp(order[k], "summary") == 0  ? d->summary
					: strcmp(order[k], "source") == 0   ? d->source
					: strcmp(order[k], "language") == 0 ? d->language
					: strcmp(order[k], "translator") == 0 ? d->translator
					: strcmp(order[k], "record_id") == 0 ? d->record_id
									     : d->url;
			/* a long value is cut: the evidence says the rest */
			char cut[72];
			snprintf(cut, sizeof cut, "%s", v ? v : "");
			if (v && strlen(v) >= sizeof cut)
				memcpy(cut + sizeof cut - 4, "...", 4);
			cli_put_safe(stdout, cut);
		}
		printf("\n%-11s   from the ", "");
		cli_put_safe(stdout, src->source);
		if (src->evidence && *src->evidence) {
			char ev[100];
			snprintf(ev, sizeof ev, "%s", src->evidence);
			if (strlen(src->evidence) >= sizeof ev)
				memcpy(ev + sizeof ev - 4, "...", 4);
			fputs(": ", stdout);
			cli_put_safe(stdout, ev);
		}
		fputc('\n', stdout);
	}
}

static void show_json(const struct store_doc *sd)
{
	struct jsonout j;
	jsonout_init(&j, stdout);
	jsonout_object_begin(&j);
	json_doc_fields(&j, sd);
	jsonout_key(&j, "evidence");
	jsonout_object_begin(&j);
	for (size_t i = 0; i < sd->doc->nsources; i++) {
		jsonout_key(&j, sd->doc->sources[i].field);
		jsonout_string(&j, sd->doc->sources[i].evidence);
	}
	jsonout_object_end(&j);
	jsonout_key(&j, "body");
	jsonout_string(&j, sd->doc->body);
	jsonout_key(&j, "has_text"); /* false: a calendar entry, its text elsewhere (url) */
	jsonout_bool(&j, sd->doc->body_len > 0);
	jsonout_key(&j, "notes");
	jsonout_array_begin(&j);
	for (size_t i = 0; i < sd->doc->nnotes; i++) {
		const struct doc_note *n = &sd->doc->notes[i];
		jsonout_object_begin(&j);
		jsonout_key(&j, "start");
		jsonout_int(&j, (int64_t)n->start);
		jsonout_key(&j, "end");
		jsonout_int(&j, (int64_t)n->end);
		jsonout_key(&j, "kind");
		jsonout_string(&j, note_kind_name(n->kind));
		jsonout_key(&j, "text");
		jsonout_string(&j, n->text);
		jsonout_object_end(&j);
	}
	jsonout_array_end(&j);
	jsonout_object_end(&j);
}

int cmd_show(const struct cli_ctx *ctx, struct cli_args *a)
{
	int64_t id;
	if (cli_parse_id(a->pos[0], &id) != 0)
		return 2;
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL)
		return 1;
	struct store_doc *sd;
	char *cause = NULL;
	int rc = store_doc_get(s, id, &sd, &cause);
	if (rc == 1)
		fprintf(stderr, "dossier: no document %lld in %s (see dossier list)\n", (long long)id, ctx->db_path);
	else if (rc < 0)
		cli_err(cause);
	else if (a->json)
		show_json(sd);
	else if (a->why)
		show_why(sd);
	else
		show_text(sd);
	free(cause);
	store_doc_free(sd);
	store_free(s);
	return rc ? 1 : 0;
}

struct search_out {
	struct jsonout j;
	int json;
	size_t n;
};

static int search_row(const struct store_hit *h, void *arg)
{
	struct search_out *o = arg;
	o->n++;
	if (o->json) {
		jsonout_object_begin(&o->j);
		json_doc_fields(&o->j, h->sd);
		jsonout_key(&o->j, "rank");
		jsonout_double(&o->j, h->rank);
		jsonout_key(&o->j, "snippet");
		jsonout_string(&o->j, h->snippet);
		jsonout_object_end(&o->j);
	} else {
		put_doc_line(h->sd);
		fputs("        ", stdout);
		/* Snippets span lines of the body: keep each hit on one line. */
		char *snip = xstrdup(h->snippet ? h->snippet : "");
		for (char *p = snip; *p; p++)
			if (*p == '\n')
				*p = ' ';
		cli_put_safe(stdout, snip);
		free(snip);
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

int cmd_search(const struct cli_ctx *ctx, struct cli_args *a)
{
	struct buf q;
	buf_init(&q);
	for (int i = 0; i < a->npos; i++)
		buf_printf(&q, "%s%s", i ? " " : "", a->pos[i]);
	/* what a search reads (the library's pages, the results' rows and
	 * their snippets) goes into a heap made at once: a page of it at a
	 * time was 700 of the 880 faults of a search for "comrade"; 1 MB
	 * holds them with the page cache of STORE_CACHE_ONCE (4 MB made as
	 * few faults, and cost its making) */
	layout_keep_memory();
	heap_warm((size_t)1 << 20);
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL) {
		buf_free(&q);
		return 1;
	}
	store_cache_set(s, STORE_CACHE_ONCE);
	struct search_out o = { .json = a->json };
	jsonout_init(&o.j, stdout);
	if (a->json)
		jsonout_array_begin(&o.j);
	char *cause = NULL;
	int tty = isatty(STDOUT_FILENO);
	int rc = store_search(s, q.data, a->limit ? (size_t)a->limit : 20, a->json ? "[" : tty ? "\033[1m" : "[",
			      a->json ? "]" : tty ? "\033[0m" : "]", search_row, &o, &cause);
	if (a->json)
		jsonout_array_end(&o.j);
	if (rc != 0) {
		cli_err(cause);
		free(cause);
	} else if (!a->json && o.n == 0) {
		fputs("no documents match\n", stderr);
	}
	buf_free(&q);
	store_free(s);
	return rc ? 1 : 0;
}

static int people_row(const struct store_person *p, void *arg)
{
	struct jsonout *j = arg;
	if (j) {
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, p->id);
		jsonout_key(j, "name");
		jsonout_string(j, p->name);
		jsonout_key(j, "aliases");
		jsonout_strv(j, p->aliases);
		jsonout_key(j, "documents");
		jsonout_int(j, p->docs);
		jsonout_key(j, "offices");
		jsonout_strv(j, p->offices);
		jsonout_key(j, "held_by");
		jsonout_strv(j, p->held_by);
		jsonout_key(j, "authority");
		jsonout_strv(j, p->uris);
		jsonout_object_end(j);
	} else {
		printf("%5lld  ", (long long)p->docs);
		cli_put_safe(stdout, p->name);
		if (p->aliases->n) {
			fputs("  (also ", stdout);
			cli_put_names(stdout, p->aliases);
			fputc(')', stdout);
		}
		if (p->offices->n) {
			fputs("; ", stdout);
			cli_put_names(stdout, p->offices);
		}
		if (p->held_by->n) {
			fputs("; held by ", stdout);
			cli_put_names(stdout, p->held_by);
		}
		if (p->uris->n) {
			fputs("; ", stdout);
			cli_put_names(stdout, p->uris);
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

int cmd_people(const struct cli_ctx *ctx, struct cli_args *a)
{
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL)
		return 1;
	struct jsonout j;
	jsonout_init(&j, stdout);
	if (a->json)
		jsonout_array_begin(&j);
	char *cause = NULL;
	int rc = store_people(s, NULL, 0, people_row, a->json ? &j : NULL, &cause);
	if (a->json)
		jsonout_array_end(&j);
	if (rc != 0) {
		cli_err(cause);
		free(cause);
	}
	store_free(s);
	return rc ? 1 : 0;
}

/* ---- refs ---- */

static void json_ids(struct jsonout *j, const char *ids)
{
	jsonout_array_begin(j);
	for (const char *p = ids; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p)
			break;
		jsonout_int(j, v);
		p = end;
	}
	jsonout_array_end(j);
}

static int ref_row(const struct store_ref *r, void *arg)
{
	struct list_out *o = arg;
	if (o->json) {
		struct jsonout *j = &o->j;
		jsonout_object_begin(j);
		jsonout_key(j, "id");
		jsonout_int(j, r->id);
		jsonout_key(j, "doc");
		jsonout_int(j, r->doc_id);
		jsonout_key(j, "start");
		jsonout_int(j, (int64_t)r->start);
		jsonout_key(j, "end");
		jsonout_int(j, (int64_t)r->end);
		jsonout_key(j, "phrase");
		jsonout_string(j, r->phrase);
		jsonout_key(j, "kind");
		jsonout_string(j, r->kind);
		jsonout_key(j, "date");
		jsonout_string(j, r->date);
		jsonout_key(j, "number");
		jsonout_string(j, r->number);
		jsonout_key(j, "party");
		jsonout_string(j, r->party);
		jsonout_key(j, "person");
		jsonout_string(j, r->person);
		jsonout_key(j, "to");
		jsonout_string(j, r->to_person);
		jsonout_key(j, "target");
		if (r->target)
			jsonout_int(j, r->target);
		else
			jsonout_string(j, NULL);
		jsonout_key(j, "score");
		jsonout_double(j, r->score);
		jsonout_key(j, "candidates");
		json_ids(j, r->candidates);
		jsonout_key(j, "origin");
		jsonout_string(j, r->origin);
		jsonout_key(j, "by");
		jsonout_string(j, r->by_editor ? "editor" : "writer");
		jsonout_object_end(j);
	} else {
		printf("%6lld  ", (long long)r->doc_id);
		cli_put_safe(stdout, r->phrase);
		if (r->by_editor)
			fputs("  [editor]", stdout);
		if (r->target) {
			printf("  → %lld ", (long long)r->target);
			cli_put_safe(stdout, r->target_title);
			printf(" (%.2f%s)", r->score, strcmp(r->origin, "manual") == 0 ? ", by hand" : "");
		} else if (strcmp(r->origin, "dismissed") == 0) {
			fputs("  (dismissed)", stdout);
		} else {
			fputs("  → unresolved", stdout);
			if (r->candidates && *r->candidates) {
				fputs(" (candidates ", stdout);
				cli_put_safe(stdout, r->candidates);
				fputc(')', stdout);
			}
		}
		fputc('\n', stdout);
	}
	return ferror(stdout) ? 1 : 0;
}

int cmd_refs(const struct cli_ctx *ctx, struct cli_args *a)
{
	int64_t id = 0;
	if (a->npos == 1 && cli_parse_id(a->pos[0], &id) != 0)
		return 2;
	struct store *s = cli_open_store(ctx, STORE_EXISTING);
	if (s == NULL)
		return 1;
	struct list_out o = { .json = a->json };
	jsonout_init(&o.j, stdout);
	char *cause = NULL;
	int rc;
	if (id == 0) {
		if (a->json)
			jsonout_array_begin(&o.j);
		rc = store_refs(s, 0, 0, ref_row, &o, &cause);
		if (a->json)
			jsonout_array_end(&o.j);
	} else if (a->json) {
		jsonout_object_begin(&o.j);
		jsonout_key(&o.j, "out");
		jsonout_array_begin(&o.j);
		rc = store_refs(s, id, 1, ref_row, &o, &cause);
		jsonout_array_end(&o.j);
		jsonout_key(&o.j, "in");
		jsonout_array_begin(&o.j);
		if (rc == 0)
			rc = store_refs(s, id, -1, ref_row, &o, &cause);
		jsonout_array_end(&o.j);
		jsonout_object_end(&o.j);
	} else {
		puts("References out:");
		rc = store_refs(s, id, 1, ref_row, &o, &cause);
		puts("Cited by:");
		if (rc == 0)
			rc = store_refs(s, id, -1, ref_row, &o, &cause);
	}
	if (rc != 0) {
		cli_err(cause);
		free(cause);
	}
	store_free(s);
	return rc ? 1 : 0;
}
