/* import_tei_body.c: a document's body: each TEI element rendered into the
 * text layout (paragraphs, lists, tables, names), footnotes as notes with
 * markers, references with their targets, page breaks, gaps. */
#include "import_tei_priv.h"

/* --------------------------------------------------------------- elements */

enum tag {
	TAG_INLINE,
	TAG_BLOCK,              /* a paragraph */
	TAG_COMPACT,            /* a paragraph whose parts are lines (opener, closer) */
	TAG_LINE,               /* begins a line (signed, salute) */
	TAG_LINE2,              /* is a line (addrLine, l) */
	TAG_LB,
	TAG_PB,
	TAG_NOTE,
	TAG_REF,
	TAG_LIST,
	TAG_ITEM,
	TAG_TABLE,
	TAG_ROW,
	TAG_CELL,
	TAG_GAP,
	TAG_SKIP,
	TAG_NAME,
	TAG_QUOTE,
	TAG_CHOICE
};

/* Sorted by name (strcmp) for bsearch. */
static const struct tag_rule {
	const char *name;
	enum tag tag;
} tag_rules[] = {
	{ "ab", TAG_BLOCK },
	{ "addrLine", TAG_LINE2 },
	{ "address", TAG_COMPACT },
	{ "argument", TAG_BLOCK },
	{ "attachment", TAG_BLOCK },
	{ "back", TAG_BLOCK },
	{ "body", TAG_BLOCK },
	{ "byline", TAG_BLOCK },
	{ "castList", TAG_BLOCK },
	{ "cell", TAG_CELL },
	{ "choice", TAG_CHOICE },
	{ "closer", TAG_COMPACT },
	{ "dateline", TAG_BLOCK },
	{ "div", TAG_BLOCK },
	{ "div1", TAG_BLOCK },
	{ "div2", TAG_BLOCK },
	{ "div3", TAG_BLOCK },
	{ "div4", TAG_BLOCK },
	{ "div5", TAG_BLOCK },
	{ "div6", TAG_BLOCK },
	{ "div7", TAG_BLOCK },
	{ "docAuthor", TAG_BLOCK },
	{ "docDate", TAG_BLOCK },
	{ "docImprint", TAG_BLOCK },
	{ "docTitle", TAG_BLOCK },
	{ "epigraph", TAG_BLOCK },
	{ "figDesc", TAG_BLOCK },
	{ "figure", TAG_BLOCK },
	{ "floatingText", TAG_BLOCK },
	{ "front", TAG_BLOCK },
	{ "fw", TAG_SKIP },
	{ "gap", TAG_GAP },
	{ "gloss", TAG_NAME },
	{ "graphic", TAG_SKIP },
	{ "group", TAG_BLOCK },
	{ "head", TAG_BLOCK },
	{ "item", TAG_ITEM },
	{ "l", TAG_LINE2 },
	{ "lb", TAG_LB },
	{ "lg", TAG_BLOCK },
	{ "list", TAG_LIST },
	{ "listBibl", TAG_BLOCK },
	{ "media", TAG_SKIP },
	{ "name", TAG_NAME },
	{ "note", TAG_NOTE },
	{ "opener", TAG_COMPACT },
	{ "orgName", TAG_NAME },
	{ "p", TAG_BLOCK },
	{ "pb", TAG_PB },
	{ "persName", TAG_NAME },
	{ "postscript", TAG_BLOCK },
	{ "ptr", TAG_REF },
	{ "quote", TAG_QUOTE },
	{ "ref", TAG_REF },
	{ "row", TAG_ROW },
	{ "rs", TAG_NAME },
	{ "salute", TAG_LINE },
	{ "signed", TAG_LINE },
	{ "sp", TAG_BLOCK },
	{ "speaker", TAG_LINE },
	{ "table", TAG_TABLE },
	{ "text", TAG_BLOCK },
	{ "titlePage", TAG_BLOCK },
	{ "titlePart", TAG_BLOCK },
	{ "trailer", TAG_BLOCK },
};

static int cmp_rule(const void *key, const void *rule)
{
	return strcmp(key, ((const struct tag_rule *)rule)->name);
}

static enum tag tag_of(xmlNodePtr n)
{
	const struct tag_rule *r = bsearch(n->name, tag_rules, sizeof tag_rules / sizeof tag_rules[0],
					   sizeof tag_rules[0], cmp_rule);
	return r ? r->tag : TAG_INLINE;
}

void tei_render_children(struct tei *t, struct out *o, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		tei_render(t, o, c);
}

/* A node's text on one line, white space collapsed. */
char *tei_flat_text(struct tei *t, xmlNodePtr n, xmlNodePtr skip)
{
	struct out o;
	tei_out_init(&o, OUT_TEMP);
	o.flat = 1;
	o.skip = skip;
	if (n->type == XML_ELEMENT_NODE)
		tei_render_children(t, &o, n);
	else
		tei_render(t, &o, n);
	char *s = tei_out_take(&o);
	tei_out_free(&o);
	return s;
}

/* An attribute's value cleaned like text: NFC, no controls, white space
 * collapsed; NULL when empty. */
static char *attr_clean(struct tei *t, xmlNodePtr n, const char *name, const char *ns)
{
	char *v = tei_attr_in(n, name, ns);
	if (v == NULL)
		return NULL;
	struct out o;
	tei_out_init(&o, OUT_TEMP);
	tei_out_node_text(t, &o, v);
	free(v);
	char *s = tei_out_take(&o);
	tei_out_free(&o);
	return tei_nonempty(s);
}

char *tei_attr_text(struct tei *t, xmlNodePtr n, const char *name)
{
	return attr_clean(t, n, name, NULL);
}

char *tei_xml_id(struct tei *t, xmlNodePtr n)
{
	return attr_clean(t, n, "id", (const char *)XML_XML_NAMESPACE);
}

void tei_move_notes(struct doc *dst, struct doc *src, size_t start, size_t end)
{
	for (size_t i = 0; i < src->nnotes; i++)
		doc_add_note(dst, start, end, src->notes[i].kind, src->notes[i].text);
	for (size_t i = 0; i < src->nrefs; i++)
		doc_add_ref(dst, start, end, src->refs[i].phrase, src->refs[i].target);
	doc_free(src);
}

/* Adds to the document's source note ("Source: " dropped). */
void tei_add_source(struct doc *d, char *s)
{
	if (str_has_prefix(s, "Source:")) {
		memmove(s, s + 7, strlen(s + 7) + 1);
		tei_trim_set(s, NULL);
	}
	if (*s == '\0') {
		free(s);
		return;
	}
	if (d->source) {
		char *both = xasprintf("%s %s", d->source, s);
		free(s);
		s = both;
	}
	free(d->source);
	d->source = s;
}

/* A footnote: its text goes to a note, a marker "[n]" to where it stands.
 * A source note is the document's source when it stands in the head (as
 * in modern FRUS, "Source: Department of State, Central Files, ..."), a
 * footnote when numbered, else printed text (as in the 1894 volume's
 * "[Inclosure 2 in No. 12.]"). */
static void render_note(struct tei *t, struct out *o, xmlNodePtr n)
{
	if (o->kind == OUT_TEMP)
		return; /* not part of a place, a date or a label */
	if (tei_attr_is(n, "type", "source")) {
		if (o->kind == OUT_META) {
			tei_add_source(t->d, tei_flat_text(t, n, NULL));
			return;
		}
		char *num = tei_attr(n, "n");
		free(num);
		if (num == NULL) {
			tei_out_break(o, 2);
			tei_render_children(t, o, n);
			tei_out_break(o, 2);
			return;
		}
	}
	t->nfoot++;
	char *num = tei_attr_text(t, n, "n");
	char *marker = num ? xasprintf("[%s]", num) : xasprintf("[%u]", t->nfoot);
	free(num);
	struct out no;
	tei_out_init(&no, OUT_NOTE);
	no.scratch = doc_create();
	doc_add_note(no.scratch, 0, 0, NOTE_FOOTNOTE, "");
	tei_render_children(t, &no, n);
	struct doc *sc = no.scratch;
	no.scratch = NULL;
	free(sc->notes[0].text);
	sc->notes[0].text = tei_out_take(&no);
	tei_out_free(&no);
	size_t start, end;
	switch (o->kind) {
	case OUT_BODY:
		tei_out_span(o, marker, &start, &end);
		tei_move_notes(t->d, sc, start, end);
		break;
	case OUT_NOTE:
		tei_out_put(o, marker, strlen(marker));
		tei_move_notes(o->scratch, sc, 0, 0);
		break;
	case OUT_META:
		if (str_has_prefix(sc->notes[0].text, "Source:") && t->d->source == NULL) {
			/* the head's first footnote is the source note */
			tei_add_source(t->d, xstrdup(sc->notes[0].text));
			doc_free(sc);
			break;
		}
		t->pend = xreallocarray(t->pend, t->npend + 1, sizeof *t->pend);
		t->pend[t->npend++] = (struct pending){ marker, sc };
		marker = NULL;
		break;
	case OUT_TEMP:
		doc_free(sc);
		break;
	}
	free(marker);
}

/* "#d15" -> "VOL#d15"; history.state.gov addresses -> "VOL#ID"; others kept. */
static char *target_norm(const char *vol, const char *tok, size_t n)
{
	if (n > 0 && tok[0] == '#')
		return xasprintf("%s%.*s", vol, (int)n, tok);
	static const char *const sites[] = { "https://history.state.gov/historicaldocuments/",
					     "http://history.state.gov/historicaldocuments/" };
	for (size_t i = 0; i < 2; i++) {
		size_t sl = strlen(sites[i]);
		if (n > sl && strncmp(tok, sites[i], sl) == 0) {
			const char *p = tok + sl, *end = tok + n;
			const char *slash = memchr(p, '/', (size_t)(end - p));
			if (slash == NULL)
				return xstrndup(p, (size_t)(end - p));
			const char *id = slash + 1, *idend = id;
			while (idend < end && *idend != '/' && *idend != '?' && *idend != '#')
				idend++;
			if (idend == id)
				return xstrndup(p, (size_t)(slash - p));
			return xasprintf("%.*s#%.*s", (int)(slash - p), p, (int)(idend - id), id);
		}
	}
	return xstrndup(tok, n);
}

/* ref/@target over the ref's text (several targets: one ref each). */
static void render_ref(struct tei *t, struct out *o, xmlNodePtr n)
{
	size_t from = o->b.len;
	tei_render_children(t, o, n);
	if (o->kind != OUT_BODY && o->kind != OUT_NOTE)
		return;
	char *target = tei_attr_text(t, n, "target");
	if (target == NULL)
		return;
	size_t start = tei_span_start(o, from), end = o->b.len;
	if (end > start) {
		char *phrase = xstrndup(o->b.data + start, end - start);
		for (char *p = target; *p;) {
			while (*p && tei_is_space((unsigned char)*p))
				p++;
			char *q = p;
			while (*q && !tei_is_space((unsigned char)*q))
				q++;
			if (q > p) {
				char *norm = target_norm(tei_volume_of(t), p, (size_t)(q - p));
				if (o->kind == OUT_BODY)
					doc_add_ref(t->d, start, end, phrase, norm);
				else
					doc_add_ref(o->scratch, 0, 0, phrase, norm);
				free(norm);
			}
			p = q;
		}
		free(phrase);
	}
	free(target);
}

static void add_page(struct doc *d, size_t offset, const char *n)
{
	if (d->npages && d->pages[d->npages - 1].offset == offset) {
		doc_set(&d->pages[d->npages - 1].n, n); /* nothing printed on the page before */
		return;
	}
	doc_add_page(d, offset, n);
}

static void render_pb(struct tei *t, struct out *o, xmlNodePtr n)
{
	if (o->kind != OUT_BODY && o->kind != OUT_META)
		return; /* a page break inside a footnote does not move the text */
	char *num = tei_attr_text(t, n, "n");
	if (num == NULL)
		return;
	if (o->kind == OUT_BODY)
		add_page(t->d, o->b.len, num);
	free(t->page);
	t->page = num;
}

static void render_gap(struct tei *t, struct out *o, xmlNodePtr n)
{
	if (o->kind != OUT_BODY) {
		tei_out_put(o, "[...]", 5);
		return;
	}
	size_t start, end;
	tei_out_span(o, "[...]", &start, &end);
	char *reason = tei_attr_text(t, n, "reason"), *qty = tei_attr_text(t, n, "quantity"), *unit = tei_attr_text(t, n, "unit");
	struct buf b;
	buf_init(&b);
	buf_adds(&b, reason ? reason : "gap in the text");
	if (qty)
		buf_printf(&b, " (%s%s%s)", qty, unit ? " " : "", unit ? unit : "");
	doc_add_note(t->d, start, end, NOTE_ELISION, b.data);
	buf_free(&b);
	free(reason);
	free(qty);
	free(unit);
}

/* persName, gloss, orgName, name, rs: the text, an alias when the list of
 * persons names the person otherwise, and a party when typed from/to. */
static void render_name(struct tei *t, struct out *o, xmlNodePtr n)
{
	size_t from = o->b.len;
	tei_render_children(t, o, n);
	if (o->kind == OUT_TEMP)
		return;
	size_t start = tei_span_start(o, from), end = o->b.len;
	if (end <= start)
		return;
	const char *canonical = NULL;
	const struct doc_gloss *listed = NULL;
	char *corresp = tei_attr(n, "corresp");
	if (corresp) {
		char *p = corresp;
		while (*p && tei_is_space((unsigned char)*p))
			p++;
		p[strcspn(p, " \t\n\r")] = '\0';
		listed = tei_gloss_person(&t->gloss, p);
		canonical = listed ? listed->term : NULL;
		free(corresp);
	}
	/* the person's authority ids: the name's own @ref, else the list's */
	char *ref = tei_attr(n, "ref");
	const char *uris = ref ? ref : listed ? listed->ref : NULL;
	if (canonical || uris) {
		char *printed = xstrndup(o->b.data + start, end - start);
		for (char *p = printed; *p; p++)
			if (*p == '\n')
				*p = ' ';
		if (canonical && strcmp(printed, canonical) != 0)
			doc_add_alias(t->d, printed, canonical);
		doc_add_authority(t->d, canonical ? canonical : printed, uris);
		free(printed);
	}
	free(ref);
	if (o->collect) {
		int role = tei_attr_is(n, "type", "from") ? 1 : tei_attr_is(n, "type", "to") ? 2 : 0;
		if (role == 0 && (tei_name_is(n, "gloss") || canonical == NULL))
			return; /* untyped: only resolved persons help find parties */
		o->names = xreallocarray(o->names, o->nnames + 1, sizeof *o->names);
		o->names[o->nnames++] = (struct named){ start, end, role, canonical ? xstrdup(canonical) : NULL };
	}
}

static size_t columns(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Columns from the start of the out's last line to its end. */
static int line_columns(const struct out *o)
{
	size_t i = o->b.len;
	while (i > 0 && o->b.data[i - 1] != '\n')
		i--;
	return o->b.data ? (int)columns(o->b.data + i) : 0;
}

/* Writes a label (an element, so notes and refs in it are kept) inline. */
static void render_label(struct tei *t, struct out *o, xmlNodePtr label)
{
	int flat = o->flat;
	o->flat = 1;
	tei_render_children(t, o, label);
	o->flat = flat;
}

/* One list item: "  • text", "  1. text" (a numbered list), "  (a) text"
 * (a label), or the bare text in a signature; continuation lines are
 * indented under the text. */
static void render_item(struct tei *t, struct out *o, xmlNodePtr n, xmlNodePtr label, unsigned num)
{
	if (o->flat) {
		o->space = 1;
		if (label)
			render_label(t, o, label);
		o->space = 1;
		tei_render_children(t, o, n);
		o->space = 1;
		return;
	}
	o->fresh = 0;
	tei_out_break(o, 1);
	tei_out_line_start(o);
	if (!o->plain)
		for (int i = 0; i < (o->lists > 0 ? o->lists : 1); i++)
			buf_adds(&o->b, "  ");
	size_t before = o->b.len;
	if (label)
		render_label(t, o, label);
	if (o->b.len > before)
		buf_addc(&o->b, ' ');
	else if (!o->plain && num)
		buf_printf(&o->b, "%u. ", num);
	else if (!o->plain)
		buf_adds(&o->b, "\u2022 ");
	o->space = 0;
	int saved = o->indent;
	o->indent = line_columns(o);
	o->fresh = 1;
	o->compact++;
	tei_render_children(t, o, n);
	o->compact--;
	o->indent = saved;
	o->fresh = 0;
	tei_out_break(o, 1);
}

static void render_list(struct tei *t, struct out *o, xmlNodePtr n)
{
	int level = n->parent && (tei_name_is(n->parent, "p") || tei_name_is(n->parent, "item")) ? 1 : 2;
	int ordered = tei_attr_has(n, "type", "order") || tei_attr_has(n, "rend", "number") ||
		      tei_attr_has(n, "rend", "decimal") || tei_attr_has(n, "rend", "order");
	tei_out_break(o, level);
	o->lists++;
	xmlNodePtr label = NULL;
	unsigned num = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (tei_name_is(c, "label")) {
			if (label) {
				tei_out_break(o, 1);
				render_label(t, o, label);
			}
			label = c;
		} else if (tei_name_is(c, "item")) {
			render_item(t, o, c, label, ordered ? ++num : 0);
			label = NULL;
		} else {
			tei_render(t, o, c);
		}
	}
	if (label) {
		tei_out_break(o, 1);
		render_label(t, o, label);
	}
	o->lists--;
	tei_out_break(o, level);
}

/* A row: its cells on one line, joined by " | ". */
static void render_row(struct tei *t, struct out *o, xmlNodePtr n)
{
	o->fresh = 0;
	tei_out_break(o, 1);
	int first = 1;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (!tei_name_is(c, "cell")) {
			tei_render(t, o, c);
			continue;
		}
		if (!first) {
			tei_out_flush(o);
			buf_adds(&o->b, " | ");
			o->space = 0;
		} else if (!o->flat) {
			tei_out_line_start(o);
		}
		first = 0;
		int flat = o->flat;
		o->flat = 1;
		tei_render_children(t, o, c);
		o->flat = flat;
	}
	tei_out_break(o, 1);
}

static int has_block_child(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			enum tag g = tag_of(c);
			if (g == TAG_BLOCK || g == TAG_LIST || g == TAG_TABLE || g == TAG_LINE2 || g == TAG_COMPACT)
				return 1;
		}
	return 0;
}

static void render_choice(struct tei *t, struct out *o, xmlNodePtr n)
{
	static const char *const prefer[] = { "corr", "reg", "expan" };
	for (size_t i = 0; i < 3; i++)
		for (xmlNodePtr c = n->children; c; c = c->next)
			if (tei_name_is(c, prefer[i])) {
				tei_render(t, o, c);
				return;
			}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			tei_render(t, o, c);
			return;
		}
}

void tei_render(struct tei *t, struct out *o, xmlNodePtr n)
{
	if (n == o->skip)
		return;
	switch (n->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		if (n->content)
			tei_out_node_text(t, o, (const char *)n->content);
		return;
	case XML_ENTITY_REF_NODE: {
		/* An internal entity (declared in the file) is written out while
		 * the document's budget lasts; past it (or nested too deep) the
		 * file is refused, not imported with its entities cut short.
		 * Anything else (external, unknown) stays the text "&name;".
		 * libxml2 has already refused exponential entities (billion
		 * laughs) when parsing. */
		xmlEntityPtr ent = n->doc ? xmlGetDocEntity(n->doc, n->name) : NULL;
		if (ent && ent->etype == XML_INTERNAL_GENERAL_ENTITY && ent->children &&
		    (t->ent_depth >= 8 || t->ent_left == 0)) {
			if (t->error == NULL)
				t->error = xasprintf("line %ld: the entity &%s; would write more than %zu KiB of "
						     "entities into one document (or nest them more than 8 deep): "
						     "refused, not cut short", xmlGetLineNo(n), (const char *)n->name,
						     TEI_ENTITY_BUDGET >> 10);
			return;
		}
		if (ent && ent->etype == XML_INTERNAL_GENERAL_ENTITY && ent->children) {
			size_t before = o->b.len;
			t->ent_depth++;
			for (xmlNodePtr c = ent->children; c; c = c->next)
				tei_render(t, o, c);
			t->ent_depth--;
			size_t grew = o->b.len > before ? o->b.len - before : 0;
			t->ent_left = grew >= t->ent_left ? 0 : t->ent_left - grew;
			return;
		}
		char *s = xasprintf("&%s;", (const char *)n->name);
		tei_out_text(o, s, strlen(s));
		free(s);
		return;
	}
	case XML_ELEMENT_NODE:
		break;
	default:
		return; /* comments, processing instructions */
	}
	switch (tag_of(n)) {
	case TAG_INLINE:
		tei_render_children(t, o, n);
		break;
	case TAG_BLOCK:
		tei_out_break(o, 2);
		tei_render_children(t, o, n);
		tei_out_break(o, 2);
		break;
	case TAG_COMPACT:
		tei_out_break(o, 2);
		o->compact++;
		tei_render_children(t, o, n);
		o->compact--;
		tei_out_break(o, 2);
		break;
	case TAG_LINE:
		tei_out_break(o, 1);
		o->plain++;
		tei_render_children(t, o, n);
		o->plain--;
		break;
	case TAG_LINE2:
		tei_out_break(o, 1);
		tei_render_children(t, o, n);
		tei_out_break(o, 1);
		break;
	case TAG_LB:
		if (!tei_attr_is(n, "break", "no")) /* break="no": a word goes on */
			tei_out_break(o, 1);
		break;
	case TAG_PB:
		render_pb(t, o, n);
		break;
	case TAG_NOTE:
		render_note(t, o, n);
		break;
	case TAG_REF:
		render_ref(t, o, n);
		break;
	case TAG_LIST:
		render_list(t, o, n);
		break;
	case TAG_ITEM:
		render_item(t, o, n, NULL, 0);
		break;
	case TAG_TABLE:
		tei_out_break(o, 2);
		tei_render_children(t, o, n);
		tei_out_break(o, 2);
		break;
	case TAG_ROW:
		render_row(t, o, n);
		break;
	case TAG_CELL: {
		int flat = o->flat;
		o->flat = 1;
		o->space = 1;
		tei_render_children(t, o, n);
		o->flat = flat;
		o->space = 1;
		break;
	}
	case TAG_GAP:
		render_gap(t, o, n);
		break;
	case TAG_SKIP:
		break;
	case TAG_NAME:
		render_name(t, o, n);
		break;
	case TAG_QUOTE:
		if (tei_attr_has(n, "rend", "block") || has_block_child(n)) {
			tei_out_break(o, 2);
			tei_render_children(t, o, n);
			tei_out_break(o, 2);
		} else {
			tei_render_children(t, o, n);
		}
		break;
	case TAG_CHOICE:
		render_choice(t, o, n);
		break;
	}
}

