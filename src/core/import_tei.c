/* import_tei.c: TEI editions (FRUS volumes) read with libxml2's streaming
 * reader. The reader walks the file; a <div type="document"> (and a list
 * of persons or terms) is expanded on its own, read from the small tree,
 * emitted, and skipped, so libxml2 frees it as the walk moves on. Each
 * document is read in two passes over its children: metadata (head,
 * source note, dateline) first, then the body, which is written by a
 * small text layout engine (struct out) that collapses the white space of
 * pretty-printed XML and lays out blocks, lines, lists and tables. */
#include "import_tei_priv.h"

struct run {
	int docs;               /* read documents (else only the glossary) */
	int texts;              /* a file without document divisions: each <text> */
	import_emit_fn emit;
	void *arg;
	size_t emitted;
	struct strv keys;
};

/* Reads one document (a div, or a <text>) and emits it. */
static int read_document(struct tei *t, struct run *run, xmlNodePtr div, char **cause)
{
	struct doc *d = doc_create();
	t->d = d;
	t->nfoot = 0;
	t->ent_left = TEI_ENTITY_BUDGET;
	d->volume_id = xstrdup(tei_volume_of(t));
	doc_set(&d->volume_title, t->volume_title);
	d->xml_id = tei_xml_id(t, div);
	d->doc_n = tei_attr_text(t, div, "n");

	/* metadata: the head, the source note, the first dateline */
	xmlNodePtr head = NULL, dateline = NULL;
	for (xmlNodePtr c = div->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (head == NULL && tei_name_is(c, "head")) {
			head = c;
			tei_read_head(t, c);
		} else if (tei_name_is(c, "note") && tei_attr_is(c, "type", "source")) {
			tei_read_source(t, c);
		} else if (dateline == NULL && tei_name_is(c, "dateline")) {
			dateline = c;
		} else if (dateline == NULL && tei_name_is(c, "opener")) {
			dateline = tei_find_desc(c, "dateline");
		}
	}
	/* where each field came from, for show --why */
	if (d->title != NULL)
		doc_set_source(d, "title", "TEI head", d->title);
	if (run->texts) {
		if (d->title == NULL) {
			doc_set(&d->title, t->volume_title);
			doc_set_source(d, "title", "TEI volume title", d->title);
		}
		if (t->sent_by.n)
			doc_set_source(d, "from", "TEI correspAction sent", NULL);
		if (t->sent_to.n)
			doc_set_source(d, "to", "TEI correspAction received", NULL);
		if (t->sent_date)
			doc_set_source(d, "date", "TEI correspAction date", t->sent_date_text);
		for (size_t i = 0; i < t->sent_by.n; i++)
			tei_add_party(&d->from, xstrdup(t->sent_by.v[i]));
		for (size_t i = 0; i < t->sent_to.n; i++)
			tei_add_party(&d->to, xstrdup(t->sent_to.v[i]));
		for (size_t i = 0; i < t->sent_names.n; i++)
			doc_add_authority(d, t->sent_names.v[i], t->sent_uris.v[i]);
		doc_set(&d->place, t->sent_place);
		doc_set(&d->date, t->sent_date);
		doc_set(&d->date_text, t->sent_date_text);
		if (dateline == NULL && d->date == NULL)
			dateline = tei_find_desc(div, "dateline");
	}
	if (dateline && d->date == NULL) {
		char *place = d->place;
		d->place = NULL;
		tei_read_dateline(t, dateline);
		if (d->date)
			doc_set_source(d, "date", "TEI dateline", d->date_text);
		if (place) {
			free(d->place);
			d->place = place;
		}
	}
	if (d->date == NULL) {
		char *a = tei_attr_in(div, "doc-dateTime-min", FRUS_NS), *b = tei_attr_in(div, "doc-dateTime-max", FRUS_NS);
		d->date = tei_iso_range(a, b ? b : a);
		if (d->date)
			doc_set_source(d, "date", "FRUS doc-dateTime attributes", NULL);
		free(a);
		free(b);
	}
	/* a printed "[Telegram.]" says what the document is; a modern
	 * source note names other papers ("transmitted in despatch 276") */
	const char *kind = d->source && d->source[0] == '[' ? tei_kind_in(d->source) : NULL;
	if (kind == NULL)
		kind = tei_kind_in(d->title);
	if (kind == NULL && (d->from.n || d->to.n))
		kind = "letter";
	doc_set(&d->kind, kind);
	if (kind != NULL)
		doc_set_source(d, "kind", d->source && d->source[0] == '[' && tei_kind_in(d->source) ? "TEI source note"
				      : tei_kind_in(d->title) ? "TEI head" : "parties, no kind printed", NULL);
	d->number = tei_number_in(d->title);
	if (d->number != NULL)
		doc_set_source(d, "number", "TEI head", d->title);
	if (d->number == NULL && (d->number = tei_number_in(d->source)) != NULL)
		doc_set_source(d, "number", "TEI source note", d->source);
	if (d->from.n && doc_source_of(d, "from") == NULL)
		doc_set_source(d, "from", "TEI head", d->title);
	if (d->to.n && doc_source_of(d, "to") == NULL)
		doc_set_source(d, "to", "TEI head", d->title);
	if (d->place && doc_source_of(d, "place") == NULL)
		doc_set_source(d, "place", "TEI dateline", NULL);

	/* the body */
	struct out o;
	tei_out_init(&o, OUT_BODY);
	char *first_page = t->page ? xstrdup(t->page) : NULL;
	if (first_page)
		doc_add_page(d, 0, first_page);
	for (size_t i = 0; i < t->npend; i++) {
		size_t start, end;
		tei_out_span(&o, t->pend[i].marker, &start, &end);
		tei_move_notes(d, t->pend[i].notes, start, end);
		free(t->pend[i].marker);
	}
	t->npend = 0;
	tei_out_break(&o, 2);
	for (xmlNodePtr c = div->children; c; c = c->next) {
		if (c == head || (tei_name_is(c, "note") && tei_attr_is(c, "type", "source")))
			continue;
		tei_render(t, &o, c);
	}
	while (o.b.len && (o.b.data[o.b.len - 1] == ' ' || o.b.data[o.b.len - 1] == '\n'))
		buf_truncate(&o.b, o.b.len - 1);
	d->body_len = o.b.len;
	d->body = buf_detach(&o.b);
	tei_out_free(&o);
	tei_clamp_spans(d);
	tei_fix_pages(d);

	uint64_t hash = tei_doc_hash(t, div, first_page);
	free(first_page);
	char *key = d->xml_id ? xstrdup(d->xml_id) : d->doc_n ? xasprintf("n%s", d->doc_n) : NULL;
	if (key == NULL && run->emitted > 0)
		key = xasprintf("text%zu", run->emitted + 1);
	if (key && strv_contains(&run->keys, key)) {
		char *k2 = xasprintf("%s~%zu", key, run->emitted + 1);
		free(key);
		key = k2;
	}
	int rc = 0;
	if (t->error == NULL) {
		rc = run->emit(d, key, hash, run->arg, cause);
		run->emitted++;
		if (key)
			strv_push(&run->keys, key);
	}
	free(key);
	doc_free(d);
	t->d = NULL;
	return rc;
}

/* The entries of a list of persons or terms. */

static void on_error(void *arg, tei_error_ptr e)
{
	struct tei *t = arg;
	if (e == NULL || e->level < XML_ERR_ERROR || t->error)
		return;
	if (e->domain == XML_FROM_VALID || e->domain == XML_FROM_DTD)
		return; /* validity (no DTD is read): not a malformed file */
	/* libxml2 quotes the input in some messages, cut anywhere: keep one
	 * line of valid UTF-8 */
	const char *m = e->message ? e->message : "malformed XML";
	struct out o;
	tei_out_init(&o, OUT_TEMP);
	tei_out_text(&o, m, strlen(m));
	char *msg = tei_out_take(&o);
	tei_out_free(&o);
	const uint8_t *bad = u8_check((const uint8_t *)msg, strlen(msg));
	if (bad)
		msg[bad - (const uint8_t *)msg] = '\0';
	t->error = xasprintf("line %d, column %d: %s", e->line, e->int2, *msg ? msg : "malformed XML");
	free(msg);
}

static void tei_free(struct tei *t)
{
	free(t->volume_id);
	free(t->idno);
	free(t->volume_title);
	free(t->page);
	tei_gloss_entries_free(t->gloss.v, t->gloss.n);
	free(t->gloss.order);
	free(t->error);
	for (size_t i = 0; i < t->npend; i++) {
		free(t->pend[i].marker);
		doc_free(t->pend[i].notes);
	}
	free(t->pend);
	strv_free(&t->sent_by);
	strv_free(&t->sent_to);
	strv_free(&t->sent_names);
	strv_free(&t->sent_uris);
	free(t->sent_place);
	free(t->sent_date);
	free(t->sent_date_text);
}

static void tei_init(struct tei *t, const char *path, const char *text, size_t len)
{
	memset(t, 0, sizeof *t);
	t->path = path;
	t->nfc = tei_mem_find(text, len, "&#", 2) != NULL;
	t->ent_left = TEI_ENTITY_BUDGET;
	strv_init(&t->sent_by);
	strv_init(&t->sent_to);
	strv_init(&t->sent_names);
	strv_init(&t->sent_uris);
}

/* One streaming pass over the file. */
static int tei_pass(struct tei *t, const char *text, size_t len, struct run *run, char **cause)
{
	if (len > INT_MAX) {
		*cause = xstrdup("file too large for the XML reader");
		return -1;
	}
	if (xml_open(cause) < 0)
		return -1;
	xmlTextReaderPtr r = xmlReaderForMemory(text, (int)len, NULL, "UTF-8", TEI_PARSE_OPTIONS);
	if (r == NULL) {
		*cause = xstrdup("cannot start the XML reader");
		return -1;
	}
	xmlTextReaderSetStructuredErrorHandler(r, on_error, t);
	int in_header = 0, rc = 0, ret = xmlTextReaderRead(r);
	while (ret == 1 && rc == 0 && t->error == NULL) {
		int type = xmlTextReaderNodeType(r);
		xmlNodePtr cur = xmlTextReaderCurrentNode(r);
		if (type == XML_READER_TYPE_END_ELEMENT && cur && tei_name_is(cur, "teiHeader"))
			in_header = 0;
		if (type != XML_READER_TYPE_ELEMENT || cur == NULL) {
			ret = xmlTextReaderRead(r);
			continue;
		}
		const char *name = (const char *)cur->name, *kind;
		int skip = 0;
		xmlNodePtr node;
		if (strcmp(name, "TEI") == 0) {
			char *id = tei_xml_id(t, cur);
			if (id) {
				free(t->volume_id);
				t->volume_id = id;
			}
		} else if (strcmp(name, "teiHeader") == 0) {
			in_header = !xmlTextReaderIsEmptyElement(r);
		} else if (in_header && strcmp(name, "title") == 0) {
			int complete = tei_attr_is(cur, "type", "complete");
			int titlestmt = cur->parent && tei_name_is(cur->parent, "titleStmt") &&
				   (t->volume_title == NULL || tei_attr_is(cur, "type", "main"));
			if ((complete || titlestmt) && !t->title_complete) {
				if ((node = xmlTextReaderExpand(r)) != NULL) {
					char *s = tei_nonempty(tei_flat_text(t, node, NULL));
					if (s) {
						free(t->volume_title);
						t->volume_title = s;
						t->title_complete = complete;
					}
				}
				skip = 1;
			}
		} else if (in_header && strcmp(name, "idno") == 0 && t->idno == NULL && tei_attr_is(cur, "type", "frus")) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				t->idno = tei_nonempty(tei_flat_text(t, node, NULL));
			skip = 1;
		} else if (in_header && strcmp(name, "correspAction") == 0) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				tei_read_corresp_action(t, node);
			skip = 1;
		} else if (strcmp(name, "pb") == 0) {
			char *n = tei_attr_text(t, cur, "n");
			if (n) {
				free(t->page);
				t->page = n;
			}
		} else if (strcmp(name, "div") == 0 && !run->texts && tei_attr_is(cur, "type", "document")) {
			if (run->docs && (node = xmlTextReaderExpand(r)) != NULL && t->error == NULL)
				rc = read_document(t, run, node, cause);
			skip = 1;
		} else if (strcmp(name, "list") == 0 && !t->gloss_done && (kind = tei_glossary_kind(t, cur)) != NULL) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				tei_read_glossary(t, node, kind);
			skip = 1;
		} else if (strcmp(name, "text") == 0 && run->texts && run->docs) {
			if ((node = xmlTextReaderExpand(r)) != NULL && t->error == NULL)
				rc = read_document(t, run, node, cause);
			skip = 1;
		}
		ret = skip ? xmlTextReaderNext(r) : xmlTextReaderRead(r);
	}
	if (rc == 0 && (ret < 0 || t->error)) {
		rc = -1;
		if (t->error) {
			*cause = t->error;
			t->error = NULL;
		} else {
			*cause = xasprintf("line %d, column %d: malformed XML", xmlTextReaderGetParserLineNumber(r),
					   xmlTextReaderGetParserColumnNumber(r));
		}
	}
	xmlFreeTextReader(r);
	return rc;
}

int import_tei_parse(const char *path, const char *text, size_t len, import_emit_fn emit, void *arg,
		     char **cause)
{
	struct tei t;
	tei_init(&t, path, text, len);
	struct run run = { 1, 0, emit, arg, 0, { NULL, 0, 0 } };
	int rc = 0;
	/* names resolve through the list of persons: read it first when it
	 * comes after the first document (FRUS puts it in the front matter) */
	const char *persons = tei_mem_find(text, len, "\"persons\"", 9);
	const char *first = tei_mem_find(text, len, "\"document\"", 10);
	if (persons && first && persons > first) {
		struct run g = { 0, 0, emit, arg, 0, { NULL, 0, 0 } };
		rc = tei_pass(&t, text, len, &g, cause);
		t.gloss_done = 1;
	}
	if (rc == 0) {
		free(t.page);
		t.page = NULL;
		rc = tei_pass(&t, text, len, &run, cause);
		t.gloss_done = 1;
	}
	if (rc == 0 && run.emitted == 0) {
		/* no document divisions: each <text> is a document */
		free(t.page);
		t.page = NULL;
		run.texts = 1;
		rc = tei_pass(&t, text, len, &run, cause);
		if (rc == 0 && run.emitted == 0) {
			*cause = xstrdup("no documents in this TEI file (no <div type=\"document\"> and no <text>)");
			rc = -1;
		}
	}
	strv_free(&run.keys);
	tei_free(&t);
	return rc;
}

int import_tei_glossary(const char *text, size_t len, struct doc_gloss **out, size_t *n, char **cause)
{
	struct tei t;
	tei_init(&t, NULL, text, len);
	struct run run = { 0, 0, NULL, NULL, 0, { NULL, 0, 0 } };
	*out = NULL;
	*n = 0;
	int rc = tei_pass(&t, text, len, &run, cause);
	if (rc == 0) {
		*out = t.gloss.v;
		*n = t.gloss.n;
		t.gloss.v = NULL;
		t.gloss.n = 0;
	}
	strv_free(&run.keys);
	tei_free(&t);
	return rc;
}

void import_tei_glossary_free(struct doc_gloss *g, size_t n)
{
	tei_gloss_entries_free(g, n);
}

int import_tei_edition(const char *text, size_t len, struct edition **out, char **cause)
{
	char *why = NULL;
	/* a file without a header has no edition to tell of: not an error */
	if (edition_read_tei(text, len, out, &why) != 0) {
		free(why);
		*out = NULL;
		return 0;
	}
	const struct edition *e = *out;
	if (!e->title && !e->series && !e->volume_title && !e->editors.n && !e->publisher && !e->pub_year) {
		edition_free(*out);
		*out = NULL;
	}
	(void)cause;
	return 0;
}

/* ----------------------------------------------------------------- accepts */

static const char *find_str(const char *p, const char *end, const char *s)
{
	return tei_mem_find(p, (size_t)(end - p), s, strlen(s));
}

static int starts(const char *p, const char *end, const char *s)
{
	size_t n = strlen(s);
	return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

static int tei_name_at(const char *p, const char *end)
{
	/* an optional prefix ("tei:"), then TEI or teiCorpus, then a delimiter */
	const char *q = p;
	while (q < end && (tei_is_alpha((unsigned char)*q) || tei_is_digit((unsigned char)*q) || *q == '_' || *q == '-' || *q == '.'))
		q++;
	if (q < end && *q == ':')
		p = q + 1;
	static const char *const names[] = { "TEI", "teiCorpus" };
	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(names[i]);
		if ((size_t)(end - p) > n && memcmp(p, names[i], n) == 0 &&
		    (tei_is_space((unsigned char)p[n]) || p[n] == '>' || p[n] == '/' || p[n] == '['))
			return 1;
	}
	return 0;
}

int import_tei_accepts(const char *path, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	for (;;) {
		while (p < end && tei_is_space((unsigned char)*p))
			p++;
		if (starts(p, end, "\xef\xbb\xbf")) {
			p += 3;
		} else if (starts(p, end, "<?")) {
			const char *q = find_str(p, end, "?>");
			if (q == NULL)
				break;
			p = q + 2;
		} else if (starts(p, end, "<!--")) {
			const char *q = find_str(p + 4, end, "-->");
			if (q == NULL)
				break;
			p = q + 3;
		} else if (starts(p, end, "<!DOCTYPE")) {
			const char *q = p + 9;
			while (q < end && tei_is_space((unsigned char)*q))
				q++;
			if (tei_name_at(q, end))
				return 1;
			int depth = 0;
			char quote = 0;
			for (; q < end; q++) {
				if (quote) {
					if (*q == quote)
						quote = 0;
				} else if (*q == '"' || *q == '\'') {
					quote = *q;
				} else if (*q == '[') {
					depth++;
				} else if (*q == ']') {
					depth--;
				} else if (*q == '>' && depth <= 0) {
					break;
				}
			}
			if (q >= end)
				break;
			p = q + 1;
		} else {
			if (p < end && *p == '<' && tei_name_at(p + 1, end))
				return 1;
			break;
		}
	}
	if (path && str_has_suffix(path, ".xml"))
		for (const char *q = text; (q = find_str(q, end, "<TEI")) != NULL; q += 4)
			if (q + 4 < end && (tei_is_space((unsigned char)q[4]) || q[4] == '>' || q[4] == '/'))
				return 1;
	return 0;
}

static int parse(const char *path, const char *text, size_t len, import_emit_fn emit, import_warn_fn warn,
		 void *arg, char **cause)
{
	(void)warn;
	return import_tei_parse(path, text, len, emit, arg, cause);
}

const struct importer importer_tei = {
	.name = "tei",
	.accepts = import_tei_accepts,
	.parse = parse,
	.glossary = import_tei_glossary,
	.glossary_free = import_tei_glossary_free,
	.edition = import_tei_edition,
};

