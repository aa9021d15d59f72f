/* import_tei.c: TEI editions (FRUS volumes) read with libxml2's streaming
 * reader. The reader walks the file; a <div type="document"> (and a list
 * of persons or terms) is expanded on its own, read from the small tree,
 * emitted, and skipped, so libxml2 frees it as the walk moves on. Each
 * document is read in two passes over its children: metadata (head,
 * source note, dateline) first, then the body, which is written by a
 * small text layout engine (struct out) that collapses the white space of
 * pretty-printed XML and lays out blocks, lines, lists and tables. */
#include "dossier/import_tei.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unistr.h>

#define FRUS_NS "http://history.state.gov/frus/ns/1.0"

/* Mixed into every document's hash: bump it when what a document becomes
 * changes, so a re-import updates documents whose XML did not change. */
#define TEI_HASH_SALT "dossier-tei-1"

/* Never NOENT (entity substitution), DTDLOAD, DTDATTR, DTDVALID or
 * XINCLUDE: nothing outside the file is read and libxml2 substitutes no
 * entity (render() writes out internal ones, within a budget). The text
 * is UTF-8 already (the driver normalised it), so the declaration's
 * encoding="..." is ignored (IGNORE_ENC) and UTF-8 forced. */
#define TEI_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC)

/* Bytes that internal entities may add to one document. */
#define TEI_ENTITY_BUDGET ((size_t)1 << 20)

#if LIBXML_VERSION >= 21200
typedef const xmlError *tei_error_ptr;
#else
typedef xmlErrorPtr tei_error_ptr;
#endif

/* ---------------------------------------------------------------- strings */

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int name_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* An attribute's value as written: entity references inside it are kept
 * as "&name;" rather than expanded (xmlGetProp would expand them). */
static char *attr_in(xmlNodePtr n, const char *name, const char *ns)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (strcmp((const char *)a->name, name) != 0)
			continue;
		if (ns ? (a->ns == NULL || a->ns->href == NULL || strcmp((const char *)a->ns->href, ns) != 0)
		       : a->ns != NULL)
			continue;
		struct buf b;
		buf_init(&b);
		for (xmlNodePtr c = a->children; c; c = c->next) {
			if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
				buf_adds(&b, (const char *)c->content);
			else if (c->type == XML_ENTITY_REF_NODE)
				buf_printf(&b, "&%s;", (const char *)c->name);
		}
		return buf_detach(&b);
	}
	return NULL;
}

static char *attr(xmlNodePtr n, const char *name)
{
	return attr_in(n, name, NULL);
}


/* 1 if the attribute's value equals value (ASCII case ignored). */
static int attr_is(xmlNodePtr n, const char *name, const char *value)
{
	char *v = attr(n, name);
	int eq = v && strcasecmp(v, value) == 0;
	free(v);
	return eq;
}

/* 1 if the attribute's value contains word (case ignored). */
static int attr_has(xmlNodePtr n, const char *name, const char *word)
{
	char *v = attr(n, name);
	int has = 0;
	if (v) {
		for (char *p = v; *p && !has; p++)
			has = strncasecmp(p, word, strlen(word)) == 0;
		free(v);
	}
	return has;
}

/* Removes leading white space and trailing white space and punctuation
 * from chars (a set), in place. */
static char *trim_set(char *s, const char *chars)
{
	size_t n = strlen(s), i = 0;
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	while (n > i && (is_space((unsigned char)s[n - 1]) || (chars && strchr(chars, s[n - 1]))))
		n--;
	memmove(s, s + i, n - i);
	s[n - i] = '\0';
	return s;
}

/* Frees s and returns NULL if it is empty. */
static char *nonempty(char *s)
{
	if (s && *s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* memmem, which C11 and POSIX 2008 lack. */
static const char *mem_find(const char *h, size_t hn, const char *s, size_t sn)
{
	if (sn == 0 || hn < sn)
		return sn == 0 ? h : NULL;
	for (const char *p = h, *end = h + hn - sn + 1; (p = memchr(p, s[0], (size_t)(end - p))) != NULL; p++)
		if (memcmp(p, s, sn) == 0)
			return p;
	return NULL;
}

static int has_prefix_ci(const char *s, const char *p)
{
	return strncasecmp(s, p, strlen(p)) == 0;
}

/* --------------------------------------------------------------- glossary */

struct gloss_tab {
	struct doc_gloss *v;
	size_t n, cap;
	const struct doc_gloss **order; /* entries sorted by id, for lookups */
	size_t norder;                  /* entries when order was built (v may have moved since) */
};

static void gloss_push(struct gloss_tab *g, const char *id, const char *kind, const char *term, const char *gloss)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 32;
		g->v = xreallocarray(g->v, g->cap, sizeof *g->v);
	}
	g->v[g->n++] = (struct doc_gloss){ xstrdup(id), xstrdup(kind), xstrdup(term), xstrdup(gloss) };
}

static void gloss_entries_free(struct doc_gloss *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].kind);
		free(v[i].term);
		free(v[i].gloss);
	}
	free(v);
}

static int cmp_gloss(const void *a, const void *b)
{
	const struct doc_gloss *x = *(const struct doc_gloss *const *)a, *y = *(const struct doc_gloss *const *)b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x < y ? -1 : x > y);
}

/* The name the list of persons gives for id ("p_GWQ1" or "#p_GWQ1"). */
static const char *gloss_person(struct gloss_tab *g, const char *id)
{
	if (*id == '#')
		id++;
	if (g->n == 0)
		return NULL;
	if (g->norder != g->n) {
		g->order = xreallocarray(g->order, g->n, sizeof *g->order);
		for (size_t i = 0; i < g->n; i++)
			g->order[i] = &g->v[i];
		qsort(g->order, g->n, sizeof *g->order, cmp_gloss);
		g->norder = g->n;
	}
	size_t lo = 0, hi = g->n;
	while (lo < hi) { /* the first entry whose id is not below id */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(g->order[mid]->id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < g->n && strcmp(g->order[lo]->id, id) == 0; lo++)
		if (strcmp(g->order[lo]->kind, "person") == 0)
			return g->order[lo]->term;
	return NULL;
}

/* ------------------------------------------------------------ the reader */

/* A footnote found where the body has no place for its marker (in the
 * head or the source note): its marker opens the body. */
struct pending {
	char *marker;
	struct doc *notes;      /* the footnote, notes and refs inside it */
};

struct tei {
	const char *path;
	char *volume_id;        /* TEI/@xml:id */
	char *idno;             /* idno type="frus" */
	char *volume_title;
	int title_complete;     /* volume_title is title type="complete" */
	char *page;             /* the page in force: the last pb read */
	struct gloss_tab gloss;
	int gloss_done;         /* the glossary was read by a first pass */
	int nfc;                /* the text has character references: normalise text */
	size_t ent_left;        /* bytes internal entities may still add to the document */
	int ent_depth;
	char *error;            /* the first XML error, formatted */
	/* the document being read */
	struct doc *d;
	unsigned nfoot;
	struct pending *pend;
	size_t npend;
	/* header metadata of a TEI letter (correspDesc), for <text> documents */
	struct strv sent_by, sent_to;
	char *sent_place, *sent_date, *sent_date_text;
};

/* ------------------------------------------------------------ text layout */

enum out_kind {
	OUT_BODY,               /* the document's body: notes, refs, pages anchor here */
	OUT_META,               /* head or source note: footnotes wait for the body */
	OUT_NOTE,               /* a footnote's text */
	OUT_TEMP                /* a place, date, label, glossary entry: text only */
};

/* A name (persName, gloss, ...) met while writing, for the parties. */
struct named {
	size_t start, end;
	int role;               /* 0 none, 1 from, 2 to */
	char *canonical;        /* from the list of persons, or NULL */
};

struct out {
	struct buf b;
	enum out_kind kind;
	int brk;                /* pending break: 1 new line, 2 blank line */
	int space;              /* pending space */
	int fresh;              /* a list item's bullet was just written */
	int indent;             /* columns before continuation lines */
	int flat;               /* breaks become spaces (titles, places, cells) */
	int compact;            /* paragraph breaks become line breaks */
	int plain;              /* list items without bullets (signatures) */
	int lists;              /* list nesting */
	xmlNodePtr skip;        /* a node not to write */
	struct doc *scratch;    /* OUT_NOTE: notes and refs inside the note */
	int collect;            /* record names */
	struct named *names;
	size_t nnames;
};

static void out_init(struct out *o, enum out_kind kind)
{
	memset(o, 0, sizeof *o);
	buf_init(&o->b);
	o->kind = kind;
}

static void out_free(struct out *o)
{
	buf_free(&o->b);
	for (size_t i = 0; i < o->nnames; i++)
		free(o->names[i].canonical);
	free(o->names);
	doc_free(o->scratch);
}

static void out_break(struct out *o, int level)
{
	if (o->flat) {
		o->space = 1;
		return;
	}
	if (o->fresh)
		return;
	if (o->compact && level > 1)
		level = 1;
	if (level > o->brk)
		o->brk = level;
	o->space = 0;
}

static size_t trailing_newlines(const struct buf *b)
{
	size_t k = 0;
	while (k < b->len && k < 2 && b->data[b->len - 1 - k] == '\n')
		k++;
	return k;
}

/* Writes what is pending (a break with its indentation, or a space)
 * before content; nothing at the start. */
static void out_flush(struct out *o)
{
	if (o->b.len == 0) {
		o->brk = o->space = 0;
		return;
	}
	if (o->brk) {
		for (size_t k = trailing_newlines(&o->b); k < (size_t)o->brk; k++)
			buf_addc(&o->b, '\n');
		for (int i = 0; i < o->indent; i++)
			buf_addc(&o->b, ' ');
	} else if (o->space) {
		char last = o->b.data[o->b.len - 1];
		if (last != ' ' && last != '\n')
			buf_addc(&o->b, ' ');
	}
	o->brk = o->space = 0;
}

/* Starts a new line without indentation (for a bullet or a row). */
static void out_line_start(struct out *o)
{
	if (o->b.len) {
		size_t want = o->brk > 1 ? 2 : 1;
		for (size_t k = trailing_newlines(&o->b); k < want; k++)
			buf_addc(&o->b, '\n');
	}
	o->brk = o->space = 0;
}

/* Writes content that has no white space of its own. */
static void out_put(struct out *o, const char *s, size_t n)
{
	out_flush(o);
	buf_add(&o->b, s, n);
	o->fresh = 0;
}

/* Writes a marker and returns its span. */
static void out_span(struct out *o, const char *s, size_t *start, size_t *end)
{
	out_flush(o);
	*start = o->b.len;
	buf_adds(&o->b, s);
	*end = o->b.len;
	o->fresh = 0;
}

/* Length of a separator at s[i]: white space, a control character (C0,
 * DEL, C1) or a line or paragraph separator; 0 for anything else. */
static size_t sep_len(const unsigned char *s, size_t i, size_t n)
{
	unsigned char c = s[i];
	if (c <= 0x20 || c == 0x7f)
		return 1;
	if (c == 0xc2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f)
		return 2;
	if (c == 0xe2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 || s[i + 2] == 0xa9))
		return 3;
	return 0;
}

/* Writes text, collapsing every run of separators to one space. */
static void out_text(struct out *o, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	while (i < n) {
		size_t k = sep_len(s, i, n);
		if (k) {
			o->space = 1;
			i += k;
			continue;
		}
		size_t j = i + 1;
		while (j < n && sep_len(s, j, n) == 0)
			j++;
		out_put(o, text + i, j - i);
		i = j;
	}
}

/* Text of a node of the tree, in NFC when the file has character
 * references (which can spell decomposed characters). */
static void out_node_text(struct tei *t, struct out *o, const char *s)
{
	size_t n = strlen(s);
	if (t->nfc) {
		int ascii = 1;
		for (size_t i = 0; i < n && ascii; i++)
			ascii = (unsigned char)s[i] < 0x80;
		if (!ascii) {
			size_t rn = 0;
			uint8_t *r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &rn);
			if (r) {
				out_text(o, (const char *)r, rn);
				free(r);
				return;
			}
		}
	}
	out_text(o, s, n);
}

/* The out's text with its ends trimmed; the out is emptied. */
static char *out_take(struct out *o)
{
	char *s = buf_detach(&o->b);
	return trim_set(s, NULL);
}

/* Where a span written since `from` really starts: after the break or
 * space written before its first character. */
static size_t span_start(const struct out *o, size_t from)
{
	while (from < o->b.len && (o->b.data[from] == ' ' || o->b.data[from] == '\n'))
		from++;
	return from;
}

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

static void render(struct tei *t, struct out *o, xmlNodePtr n);

static void render_children(struct tei *t, struct out *o, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		render(t, o, c);
}

/* A node's text on one line, white space collapsed. */
static char *flat_text(struct tei *t, xmlNodePtr n, xmlNodePtr skip)
{
	struct out o;
	out_init(&o, OUT_TEMP);
	o.flat = 1;
	o.skip = skip;
	if (n->type == XML_ELEMENT_NODE)
		render_children(t, &o, n);
	else
		render(t, &o, n);
	char *s = out_take(&o);
	out_free(&o);
	return s;
}

/* An attribute's value cleaned like text: NFC, no controls, white space
 * collapsed; NULL when empty. */
static char *attr_clean(struct tei *t, xmlNodePtr n, const char *name, const char *ns)
{
	char *v = attr_in(n, name, ns);
	if (v == NULL)
		return NULL;
	struct out o;
	out_init(&o, OUT_TEMP);
	out_node_text(t, &o, v);
	free(v);
	char *s = out_take(&o);
	out_free(&o);
	return nonempty(s);
}

static char *attr_text(struct tei *t, xmlNodePtr n, const char *name)
{
	return attr_clean(t, n, name, NULL);
}

static char *xml_id(struct tei *t, xmlNodePtr n)
{
	return attr_clean(t, n, "id", (const char *)XML_XML_NAMESPACE);
}

static void move_notes(struct doc *dst, struct doc *src, size_t start, size_t end)
{
	for (size_t i = 0; i < src->nnotes; i++)
		doc_add_note(dst, start, end, src->notes[i].kind, src->notes[i].text);
	for (size_t i = 0; i < src->nrefs; i++)
		doc_add_ref(dst, start, end, src->refs[i].phrase, src->refs[i].target);
	doc_free(src);
}

/* Adds to the document's source note ("Source: " dropped). */
static void add_source(struct doc *d, char *s)
{
	if (str_has_prefix(s, "Source:")) {
		memmove(s, s + 7, strlen(s + 7) + 1);
		trim_set(s, NULL);
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
	if (attr_is(n, "type", "source")) {
		if (o->kind == OUT_META) {
			add_source(t->d, flat_text(t, n, NULL));
			return;
		}
		char *num = attr(n, "n");
		free(num);
		if (num == NULL) {
			out_break(o, 2);
			render_children(t, o, n);
			out_break(o, 2);
			return;
		}
	}
	t->nfoot++;
	char *num = attr_text(t, n, "n");
	char *marker = num ? xasprintf("[%s]", num) : xasprintf("[%u]", t->nfoot);
	free(num);
	struct out no;
	out_init(&no, OUT_NOTE);
	no.scratch = doc_create();
	doc_add_note(no.scratch, 0, 0, NOTE_FOOTNOTE, "");
	render_children(t, &no, n);
	struct doc *sc = no.scratch;
	no.scratch = NULL;
	free(sc->notes[0].text);
	sc->notes[0].text = out_take(&no);
	out_free(&no);
	size_t start, end;
	switch (o->kind) {
	case OUT_BODY:
		out_span(o, marker, &start, &end);
		move_notes(t->d, sc, start, end);
		break;
	case OUT_NOTE:
		out_put(o, marker, strlen(marker));
		move_notes(o->scratch, sc, 0, 0);
		break;
	case OUT_META:
		if (str_has_prefix(sc->notes[0].text, "Source:") && t->d->source == NULL) {
			/* the head's first footnote is the source note */
			add_source(t->d, xstrdup(sc->notes[0].text));
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

static const char *volume_of(struct tei *t);

/* ref/@target over the ref's text (several targets: one ref each). */
static void render_ref(struct tei *t, struct out *o, xmlNodePtr n)
{
	size_t from = o->b.len;
	render_children(t, o, n);
	if (o->kind != OUT_BODY && o->kind != OUT_NOTE)
		return;
	char *target = attr_text(t, n, "target");
	if (target == NULL)
		return;
	size_t start = span_start(o, from), end = o->b.len;
	if (end > start) {
		char *phrase = xstrndup(o->b.data + start, end - start);
		for (char *p = target; *p;) {
			while (*p && is_space((unsigned char)*p))
				p++;
			char *q = p;
			while (*q && !is_space((unsigned char)*q))
				q++;
			if (q > p) {
				char *norm = target_norm(volume_of(t), p, (size_t)(q - p));
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
	char *num = attr_text(t, n, "n");
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
		out_put(o, "[...]", 5);
		return;
	}
	size_t start, end;
	out_span(o, "[...]", &start, &end);
	char *reason = attr_text(t, n, "reason"), *qty = attr_text(t, n, "quantity"), *unit = attr_text(t, n, "unit");
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
	render_children(t, o, n);
	if (o->kind == OUT_TEMP)
		return;
	size_t start = span_start(o, from), end = o->b.len;
	if (end <= start)
		return;
	const char *canonical = NULL;
	char *corresp = attr(n, "corresp");
	if (corresp) {
		char *p = corresp;
		while (*p && is_space((unsigned char)*p))
			p++;
		p[strcspn(p, " \t\n\r")] = '\0';
		canonical = gloss_person(&t->gloss, p);
		free(corresp);
	}
	if (canonical) {
		char *printed = xstrndup(o->b.data + start, end - start);
		for (char *p = printed; *p; p++)
			if (*p == '\n')
				*p = ' ';
		if (strcmp(printed, canonical) != 0)
			doc_add_alias(t->d, printed, canonical);
		free(printed);
	}
	if (o->collect) {
		int role = attr_is(n, "type", "from") ? 1 : attr_is(n, "type", "to") ? 2 : 0;
		if (role == 0 && (name_is(n, "gloss") || canonical == NULL))
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
	render_children(t, o, label);
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
		render_children(t, o, n);
		o->space = 1;
		return;
	}
	o->fresh = 0;
	out_break(o, 1);
	out_line_start(o);
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
	render_children(t, o, n);
	o->compact--;
	o->indent = saved;
	o->fresh = 0;
	out_break(o, 1);
}

static void render_list(struct tei *t, struct out *o, xmlNodePtr n)
{
	int level = n->parent && (name_is(n->parent, "p") || name_is(n->parent, "item")) ? 1 : 2;
	int ordered = attr_has(n, "type", "order") || attr_has(n, "rend", "number") ||
		      attr_has(n, "rend", "decimal") || attr_has(n, "rend", "order");
	out_break(o, level);
	o->lists++;
	xmlNodePtr label = NULL;
	unsigned num = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (name_is(c, "label")) {
			if (label) {
				out_break(o, 1);
				render_label(t, o, label);
			}
			label = c;
		} else if (name_is(c, "item")) {
			render_item(t, o, c, label, ordered ? ++num : 0);
			label = NULL;
		} else {
			render(t, o, c);
		}
	}
	if (label) {
		out_break(o, 1);
		render_label(t, o, label);
	}
	o->lists--;
	out_break(o, level);
}

/* A row: its cells on one line, joined by " | ". */
static void render_row(struct tei *t, struct out *o, xmlNodePtr n)
{
	o->fresh = 0;
	out_break(o, 1);
	int first = 1;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (!name_is(c, "cell")) {
			render(t, o, c);
			continue;
		}
		if (!first) {
			out_flush(o);
			buf_adds(&o->b, " | ");
			o->space = 0;
		} else if (!o->flat) {
			out_line_start(o);
		}
		first = 0;
		int flat = o->flat;
		o->flat = 1;
		render_children(t, o, c);
		o->flat = flat;
	}
	out_break(o, 1);
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
			if (name_is(c, prefer[i])) {
				render(t, o, c);
				return;
			}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			render(t, o, c);
			return;
		}
}

static void render(struct tei *t, struct out *o, xmlNodePtr n)
{
	if (n == o->skip)
		return;
	switch (n->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		if (n->content)
			out_node_text(t, o, (const char *)n->content);
		return;
	case XML_ENTITY_REF_NODE: {
		/* An internal entity (declared in the file) is written out while
		 * the document's budget lasts; anything else (external, unknown,
		 * over budget) stays the text "&name;". libxml2 has already
		 * refused exponential entities (billion laughs) when parsing. */
		xmlEntityPtr ent = n->doc ? xmlGetDocEntity(n->doc, n->name) : NULL;
		if (ent && ent->etype == XML_INTERNAL_GENERAL_ENTITY && ent->children && t->ent_depth < 8 &&
		    t->ent_left > 0) {
			size_t before = o->b.len;
			t->ent_depth++;
			for (xmlNodePtr c = ent->children; c; c = c->next)
				render(t, o, c);
			t->ent_depth--;
			size_t grew = o->b.len > before ? o->b.len - before : 0;
			t->ent_left = grew >= t->ent_left ? 0 : t->ent_left - grew;
			return;
		}
		char *s = xasprintf("&%s;", (const char *)n->name);
		out_text(o, s, strlen(s));
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
		render_children(t, o, n);
		break;
	case TAG_BLOCK:
		out_break(o, 2);
		render_children(t, o, n);
		out_break(o, 2);
		break;
	case TAG_COMPACT:
		out_break(o, 2);
		o->compact++;
		render_children(t, o, n);
		o->compact--;
		out_break(o, 2);
		break;
	case TAG_LINE:
		out_break(o, 1);
		o->plain++;
		render_children(t, o, n);
		o->plain--;
		break;
	case TAG_LINE2:
		out_break(o, 1);
		render_children(t, o, n);
		out_break(o, 1);
		break;
	case TAG_LB:
		if (!attr_is(n, "break", "no")) /* break="no": a word goes on */
			out_break(o, 1);
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
		out_break(o, 2);
		render_children(t, o, n);
		out_break(o, 2);
		break;
	case TAG_ROW:
		render_row(t, o, n);
		break;
	case TAG_CELL: {
		int flat = o->flat;
		o->flat = 1;
		o->space = 1;
		render_children(t, o, n);
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
		if (attr_has(n, "rend", "block") || has_block_child(n)) {
			out_break(o, 2);
			render_children(t, o, n);
			out_break(o, 2);
		} else {
			render_children(t, o, n);
		}
		break;
	case TAG_CHOICE:
		render_choice(t, o, n);
		break;
	}
}

/* ---------------------------------------------------------------- metadata */

static const char *volume_of(struct tei *t)
{
	if (t->volume_id)
		return t->volume_id;
	if (t->idno)
		return t->idno;
	if (t->path && *t->path) {
		const char *base = strrchr(t->path, '/');
		base = base ? base + 1 : t->path;
		size_t n = strlen(base);
		if (n > 4 && strcasecmp(base + n - 4, ".xml") == 0)
			n -= 4;
		if (n > 0) {
			t->volume_id = xstrndup(base, n);
			return t->volume_id;
		}
	}
	return "tei";
}

/* The ISO date at the front of s ("1894-01-25T10:00" -> "1894-01-25"),
 * at its precision, or NULL. */
static char *iso_prefix(const char *s)
{
	if (s == NULL)
		return NULL;
	while (is_space((unsigned char)*s))
		s++;
	size_t n = 0;
	while (n < 4 && is_digit((unsigned char)s[n]))
		n++;
	if (n != 4 || is_digit((unsigned char)s[4]))
		return NULL;
	if (s[4] == '-' && is_digit((unsigned char)s[5]) && is_digit((unsigned char)s[6]) && !is_digit((unsigned char)s[7])) {
		int m = (s[5] - '0') * 10 + (s[6] - '0');
		if (m >= 1 && m <= 12) {
			n = 7;
			if (s[7] == '-' && is_digit((unsigned char)s[8]) && is_digit((unsigned char)s[9]) &&
			    !is_digit((unsigned char)s[10])) {
				int dd = (s[8] - '0') * 10 + (s[9] - '0');
				if (dd >= 1 && dd <= 31)
					n = 10;
			}
		}
	}
	return xstrndup(s, n);
}

/* A date from a range: what both ends share ("1894-03-01".."1894-03-31"
 * -> "1894-03"), else the start. */
static char *iso_range(const char *from, const char *to)
{
	char *a = iso_prefix(from), *b = iso_prefix(to);
	if (a == NULL || b == NULL) {
		free(a);
		return b;
	}
	size_t n = 0;
	static const size_t cuts[] = { 10, 7, 4 };
	for (size_t i = 0; i < 3 && n == 0; i++)
		if (strlen(a) >= cuts[i] && strlen(b) >= cuts[i] && strncmp(a, b, cuts[i]) == 0)
			n = cuts[i];
	if (n == 0)
		n = 4;
	a[n] = '\0';
	free(b);
	return a;
}

static char *date_of(xmlNodePtr date)
{
	char *when = attr(date, "when"), *iso = iso_prefix(when);
	free(when);
	if (iso)
		return iso;
	static const char *const pairs[][2] = { { "notBefore", "notAfter" }, { "from", "to" } };
	for (size_t i = 0; i < 2 && iso == NULL; i++) {
		char *a = attr(date, pairs[i][0]), *b = attr(date, pairs[i][1]);
		iso = iso_range(a, b);
		free(a);
		free(b);
	}
	return iso;
}

static xmlNodePtr find_desc(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || name_is(c, "note"))
			continue;
		if (name_is(c, name))
			return c;
		xmlNodePtr f = find_desc(c, name);
		if (f)
			return f;
	}
	return NULL;
}

static int holds(xmlNodePtr n, xmlNodePtr inner)
{
	for (xmlNodePtr p = inner->parent; p; p = p->parent)
		if (p == n)
			return 1;
	return 0;
}

/* Writes n's content up to stop (a descendant). */
static void render_until(struct tei *t, struct out *o, xmlNodePtr n, xmlNodePtr stop)
{
	for (xmlNodePtr c = n->children; c && c != stop; c = c->next) {
		if (c->type == XML_ELEMENT_NODE && holds(c, stop)) {
			render_until(t, o, c, stop);
			return;
		}
		render(t, o, c);
	}
}

/* A place as printed, without the punctuation around it. */
static char *place_trim(char *p)
{
	for (;;) {
		trim_set(p, ",;:-");
		size_t n = strlen(p);
		if (n >= 3 && strcmp(p + n - 3, "\u2014") == 0)
			p[n - 3] = '\0';
		else
			return nonempty(p);
	}
}

static void read_dateline(struct tei *t, xmlNodePtr dl)
{
	struct doc *d = t->d;
	xmlNodePtr date = find_desc(dl, "date");
	if (date) {
		free(d->date);
		d->date = date_of(date);
		free(d->date_text);
		d->date_text = nonempty(flat_text(t, date, NULL));
	}
	xmlNodePtr place = find_desc(dl, "placeName");
	char *p = NULL;
	if (place) {
		p = flat_text(t, place, NULL);
	} else {
		struct out o;
		out_init(&o, OUT_TEMP);
		o.flat = 1;
		if (date)
			render_until(t, &o, dl, date);
		else
			render_children(t, &o, dl);
		p = out_take(&o);
		out_free(&o);
		p[strcspn(p, "(")] = '\0';
	}
	free(d->place);
	d->place = place_trim(p);
}

/* "No. 123" in s -> "123", or NULL. */
static char *number_in(const char *s)
{
	for (const char *p = s; s && (p = strstr(p, "No.")) != NULL; p += 3) {
		if (p > s && is_alpha((unsigned char)p[-1]))
			continue;
		const char *q = p + 3;
		while (*q == ' ')
			q++;
		if (!is_digit((unsigned char)*q))
			continue;
		const char *e = q;
		while (*e && (is_digit((unsigned char)*e) || is_alpha((unsigned char)*e) || *e == '/' || *e == '-'))
			e++;
		while (e > q && e[-1] == '-')
			e--;
		return xstrndup(q, (size_t)(e - q));
	}
	return NULL;
}

/* The kind a head or source note names, earliest word first. */
static const char *kind_in(const char *s)
{
	static const struct {
		const char *word, *kind;
	} words[] = {
		{ "telegram", "telegram" },
		{ "cablegram", "telegram" },
		{ "telegraphic", "telegram" },
		{ "airgram", "airgram" },
		{ "memorandum", "memorandum" },
		{ "despatch", "despatch" },
		{ "dispatch", "despatch" },
		{ "instruction", "instruction" },
		{ "letter", "letter" },
		{ "editorial note", "editorial note" },
		{ "minutes", "minutes" },
		{ "paper", "paper" },
		{ "report", "report" },
		{ "message", "message" },
		{ "note", "note" },
	};
	if (s == NULL)
		return NULL;
	for (const char *p = s; *p; p++) {
		if (p > s && is_alpha((unsigned char)p[-1]))
			continue;
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
			size_t n = strlen(words[i].word);
			if (strncasecmp(p, words[i].word, n) == 0 && !is_alpha((unsigned char)p[n]))
				return words[i].kind;
		}
	}
	return NULL;
}

/* A party as printed: honorifics and edge punctuation off. */
static char *party_clean(const char *s, size_t n)
{
	char *p = xstrndup(s, n);
	for (char *c = p; *c; c++)
		if (*c == '\n')
			*c = ' ';
	trim_set(p, ",.;:");
	static const char *const drop[] = { "Mr. ", "Mrs. ", "Messrs. ", "Mr ", "Mrs ", "the " };
	for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
		if (has_prefix_ci(p, drop[i]) && (i == 5 || strncmp(p, drop[i], strlen(drop[i])) == 0)) {
			memmove(p, p + strlen(drop[i]), strlen(p + strlen(drop[i])) + 1);
			break;
		}
	return nonempty(trim_set(p, ",.;:"));
}

static void add_party(struct strv *v, char *name)
{
	if (name && !strv_contains(v, name))
		strv_push_owned(v, name);
	else
		free(name);
}

/* Parties from the head's pattern "[No. 1.] [Kind] [From] A to B", each
 * side given by the resolved persons written in it, or by its text. */
static void parties_from_pattern(struct doc *d, const struct out *o)
{
	const char *s = o->b.data;
	if (s == NULL)
		return;
	size_t len = o->b.len, fs = 0;
	if (strncmp(s, "No.", 3) == 0) {
		fs = 3;
		while (fs < len && s[fs] == ' ')
			fs++;
		while (fs < len && s[fs] != ' ')
			fs++;
	}
	const char *from = strstr(s + fs, "From ");
	if (from && (from == s || !is_alpha((unsigned char)from[-1])))
		fs = (size_t)(from - s) + 5;
	const char *to = strstr(s + fs, " to ");
	if (to == NULL)
		return;
	size_t ts = (size_t)(to - s), ws = ts + 4;
	while (fs < ts && s[fs] == ' ')
		fs++;
	if (ts - fs > 100 || len - ws > 100 || ts == fs || len == ws)
		return;
	struct {
		size_t a, b;
		struct strv *v;
	} sides[] = { { fs, ts, &d->from }, { ws, len, &d->to } };
	for (size_t k = 0; k < 2; k++) {
		size_t found = 0;
		for (size_t i = 0; i < o->nnames; i++)
			if (o->names[i].start >= sides[k].a && o->names[i].end <= sides[k].b && o->names[i].canonical) {
				add_party(sides[k].v, xstrdup(o->names[i].canonical));
				found++;
			}
		if (found == 0)
			add_party(sides[k].v, party_clean(s + sides[k].a, sides[k].b - sides[k].a));
	}
}

static void read_head(struct tei *t, xmlNodePtr head)
{
	struct doc *d = t->d;
	struct out o;
	out_init(&o, OUT_META);
	o.flat = 1;
	o.collect = 1;
	render_children(t, &o, head);
	int typed = 0;
	for (size_t i = 0; i < o.nnames; i++) {
		const struct named *nm = &o.names[i];
		if (nm->role == 0)
			continue;
		typed = 1;
		char *name = nm->canonical ? xstrdup(nm->canonical) : party_clean(o.b.data + nm->start, nm->end - nm->start);
		add_party(nm->role == 1 ? &d->from : &d->to, name);
	}
	if (!typed)
		parties_from_pattern(d, &o);
	d->title = nonempty(out_take(&o));
	out_free(&o);
}

static void read_source(struct tei *t, xmlNodePtr note)
{
	struct out o;
	out_init(&o, OUT_META);
	o.flat = 1;
	render_children(t, &o, note);
	add_source(t->d, out_take(&o));
	out_free(&o);
}

static void fnv_more(uint64_t *h, const void *p, size_t n)
{
	const unsigned char *c = p;
	for (size_t i = 0; i < n; i++) {
		*h ^= c[i];
		*h *= 0x100000001b3ULL;
	}
}

/* The hash of the document's XML as libxml2 writes it back, with what
 * else shapes the document (volume, first page, importer version). */
static uint64_t doc_hash(struct tei *t, xmlNodePtr n, const char *first_page)
{
	uint64_t h;
	xmlBufferPtr xb = xmlBufferCreate();
	if (xb && xmlNodeDump(xb, n->doc, n, 0, 0) >= 0) {
		h = hash_fnv1a64(xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	} else {
		h = hash_fnv1a64(t->d->body, t->d->body_len);
		fnv_more(&h, t->d->title ? t->d->title : "", t->d->title ? strlen(t->d->title) : 0);
	}
	if (xb)
		xmlBufferFree(xb);
	const char *extra[] = { TEI_HASH_SALT, volume_of(t), t->volume_title, first_page };
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) {
		fnv_more(&h, "", 1);
		if (extra[i])
			fnv_more(&h, extra[i], strlen(extra[i]));
	}
	return h;
}

/* Pages start at the first character after their pb; a page with no
 * text (at the very end) belongs to the next document. */
static void fix_pages(struct doc *d)
{
	size_t k = 0;
	for (size_t i = 0; i < d->npages; i++) {
		struct doc_page p = d->pages[i];
		while (p.offset < d->body_len && (d->body[p.offset] == ' ' || d->body[p.offset] == '\n'))
			p.offset++;
		if (p.offset > d->body_len)
			p.offset = d->body_len;
		if (k > 0 && d->pages[k - 1].offset == p.offset) {
			free(d->pages[k - 1].n);
			d->pages[k - 1] = p;
			continue;
		}
		if (p.offset == d->body_len && d->body_len > 0 && k > 0) {
			free(p.n);
			continue;
		}
		d->pages[k++] = p;
	}
	d->npages = k;
}

/* Keeps every span inside the body (trailing white space was cut) and
 * drops any left empty. */
static void clamp_spans(struct doc *d)
{
	size_t k = 0;
	for (size_t i = 0; i < d->nnotes; i++) {
		struct doc_note n = d->notes[i];
		if (n.end > d->body_len)
			n.end = d->body_len;
		if (n.start >= n.end) {
			free(n.text);
			continue;
		}
		d->notes[k++] = n;
	}
	d->nnotes = k;
	k = 0;
	for (size_t i = 0; i < d->nrefs; i++) {
		struct doc_ref r = d->refs[i];
		if (r.end > d->body_len)
			r.end = d->body_len;
		if (r.start >= r.end) {
			free(r.phrase);
			free(r.target);
			continue;
		}
		d->refs[k++] = r;
	}
	d->nrefs = k;
}

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
	d->volume_id = xstrdup(volume_of(t));
	doc_set(&d->volume_title, t->volume_title);
	d->xml_id = xml_id(t, div);
	d->doc_n = attr_text(t, div, "n");

	/* metadata: the head, the source note, the first dateline */
	xmlNodePtr head = NULL, dateline = NULL;
	for (xmlNodePtr c = div->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (head == NULL && name_is(c, "head")) {
			head = c;
			read_head(t, c);
		} else if (name_is(c, "note") && attr_is(c, "type", "source")) {
			read_source(t, c);
		} else if (dateline == NULL && name_is(c, "dateline")) {
			dateline = c;
		} else if (dateline == NULL && name_is(c, "opener")) {
			dateline = find_desc(c, "dateline");
		}
	}
	if (run->texts) {
		if (d->title == NULL)
			doc_set(&d->title, t->volume_title);
		for (size_t i = 0; i < t->sent_by.n; i++)
			add_party(&d->from, xstrdup(t->sent_by.v[i]));
		for (size_t i = 0; i < t->sent_to.n; i++)
			add_party(&d->to, xstrdup(t->sent_to.v[i]));
		doc_set(&d->place, t->sent_place);
		doc_set(&d->date, t->sent_date);
		doc_set(&d->date_text, t->sent_date_text);
		if (dateline == NULL && d->date == NULL)
			dateline = find_desc(div, "dateline");
	}
	if (dateline && d->date == NULL) {
		char *place = d->place;
		d->place = NULL;
		read_dateline(t, dateline);
		if (place) {
			free(d->place);
			d->place = place;
		}
	}
	if (d->date == NULL) {
		char *a = attr_in(div, "doc-dateTime-min", FRUS_NS), *b = attr_in(div, "doc-dateTime-max", FRUS_NS);
		d->date = iso_range(a, b ? b : a);
		free(a);
		free(b);
	}
	/* a printed "[Telegram.]" says what the document is; a modern
	 * source note names other papers ("transmitted in despatch 276") */
	const char *kind = d->source && d->source[0] == '[' ? kind_in(d->source) : NULL;
	if (kind == NULL)
		kind = kind_in(d->title);
	if (kind == NULL && (d->from.n || d->to.n))
		kind = "letter";
	doc_set(&d->kind, kind);
	d->number = number_in(d->title);
	if (d->number == NULL)
		d->number = number_in(d->source);

	/* the body */
	struct out o;
	out_init(&o, OUT_BODY);
	char *first_page = t->page ? xstrdup(t->page) : NULL;
	if (first_page)
		doc_add_page(d, 0, first_page);
	for (size_t i = 0; i < t->npend; i++) {
		size_t start, end;
		out_span(&o, t->pend[i].marker, &start, &end);
		move_notes(d, t->pend[i].notes, start, end);
		free(t->pend[i].marker);
	}
	t->npend = 0;
	out_break(&o, 2);
	for (xmlNodePtr c = div->children; c; c = c->next) {
		if (c == head || (name_is(c, "note") && attr_is(c, "type", "source")))
			continue;
		render(t, &o, c);
	}
	while (o.b.len && (o.b.data[o.b.len - 1] == ' ' || o.b.data[o.b.len - 1] == '\n'))
		buf_truncate(&o.b, o.b.len - 1);
	d->body_len = o.b.len;
	d->body = buf_detach(&o.b);
	out_free(&o);
	clamp_spans(d);
	fix_pages(d);

	uint64_t hash = doc_hash(t, div, first_page);
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
static void read_glossary(struct tei *t, xmlNodePtr list, const char *kind)
{
	static const char *const keys[] = { "persName", "term", "orgName", "name" };
	for (xmlNodePtr item = list->children; item; item = item->next) {
		if (name_is(item, "list")) {
			read_glossary(t, item, kind);
			continue;
		}
		if (!name_is(item, "item"))
			continue;
		xmlNodePtr key = NULL;
		for (size_t i = 0; i < sizeof keys / sizeof keys[0] && key == NULL; i++)
			key = find_desc(item, keys[i]);
		char *id = xml_id(t, item);
		if (id == NULL && key)
			id = xml_id(t, key);
		char *term = NULL, *gloss = NULL;
		xmlNodePtr g = find_desc(item, "gloss");
		if (key) {
			term = flat_text(t, key, NULL);
			gloss = g ? flat_text(t, g, NULL) : flat_text(t, item, key);
		} else {
			char *all = flat_text(t, item, g);
			char *comma = strstr(all, ", ");
			if (comma) {
				*comma = '\0';
				gloss = xstrdup(comma + 2);
			}
			term = all;
			if (g) {
				free(gloss);
				gloss = flat_text(t, g, NULL);
			}
		}
		if (gloss == NULL)
			gloss = xstrdup("");
		/* the rest of "Acheson, Dean, Secretary of State" after the name */
		size_t skip = strspn(gloss, ",;:. ");
		memmove(gloss, gloss + skip, strlen(gloss + skip) + 1);
		trim_set(gloss, NULL);
		if (*term)
			gloss_push(&t->gloss, id ? id : term, kind, term, gloss);
		free(id);
		free(term);
		free(gloss);
	}
}

/* "person" or "term" for a list of persons or terms (list type="persons"
 * or "names", "terms" or "abbreviations", or any list in a division whose
 * xml:id is "persons" or "terms", as modern FRUS volumes have them). */
static const char *glossary_kind(struct tei *t, xmlNodePtr list)
{
	if (attr_is(list, "type", "persons") || attr_is(list, "type", "names"))
		return "person";
	if (attr_is(list, "type", "terms") || attr_is(list, "type", "abbreviations"))
		return "term";
	for (xmlNodePtr p = list->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (!name_is(p, "div"))
			continue;
		char *id = xml_id(t, p);
		const char *kind = id && strcmp(id, "persons") == 0 ? "person" : id && strcmp(id, "terms") == 0 ? "term" : NULL;
		free(id);
		if (kind)
			return kind;
	}
	return NULL;
}

/* correspDesc of a TEI letter: who sent it where and when, to whom. */
static void read_corresp_action(struct tei *t, xmlNodePtr a)
{
	int sent = attr_is(a, "type", "sent"), received = attr_is(a, "type", "received");
	if (!sent && !received)
		return;
	for (xmlNodePtr c = a->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(c, "persName") || name_is(c, "orgName") || name_is(c, "name")) {
			char *name = nonempty(flat_text(t, c, NULL));
			add_party(sent ? &t->sent_by : &t->sent_to, name);
		} else if (sent && name_is(c, "placeName") && t->sent_place == NULL) {
			t->sent_place = nonempty(flat_text(t, c, NULL));
		} else if (sent && name_is(c, "date") && t->sent_date == NULL && t->sent_date_text == NULL) {
			t->sent_date = date_of(c);
			t->sent_date_text = nonempty(flat_text(t, c, NULL));
		}
	}
}

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
	out_init(&o, OUT_TEMP);
	out_text(&o, m, strlen(m));
	char *msg = out_take(&o);
	out_free(&o);
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
	gloss_entries_free(t->gloss.v, t->gloss.n);
	free(t->gloss.order);
	free(t->error);
	for (size_t i = 0; i < t->npend; i++) {
		free(t->pend[i].marker);
		doc_free(t->pend[i].notes);
	}
	free(t->pend);
	strv_free(&t->sent_by);
	strv_free(&t->sent_to);
	free(t->sent_place);
	free(t->sent_date);
	free(t->sent_date_text);
}

static void tei_init(struct tei *t, const char *path, const char *text, size_t len)
{
	memset(t, 0, sizeof *t);
	t->path = path;
	t->nfc = mem_find(text, len, "&#", 2) != NULL;
	t->ent_left = TEI_ENTITY_BUDGET;
	strv_init(&t->sent_by);
	strv_init(&t->sent_to);
}

/* One streaming pass over the file. */
static int tei_pass(struct tei *t, const char *text, size_t len, struct run *run, char **cause)
{
	if (len > INT_MAX) {
		*cause = xstrdup("file too large for the XML reader");
		return -1;
	}
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
		if (type == XML_READER_TYPE_END_ELEMENT && cur && name_is(cur, "teiHeader"))
			in_header = 0;
		if (type != XML_READER_TYPE_ELEMENT || cur == NULL) {
			ret = xmlTextReaderRead(r);
			continue;
		}
		const char *name = (const char *)cur->name, *kind;
		int skip = 0;
		xmlNodePtr node;
		if (strcmp(name, "TEI") == 0) {
			char *id = xml_id(t, cur);
			if (id) {
				free(t->volume_id);
				t->volume_id = id;
			}
		} else if (strcmp(name, "teiHeader") == 0) {
			in_header = !xmlTextReaderIsEmptyElement(r);
		} else if (in_header && strcmp(name, "title") == 0) {
			int complete = attr_is(cur, "type", "complete");
			int titlestmt = cur->parent && name_is(cur->parent, "titleStmt") &&
				   (t->volume_title == NULL || attr_is(cur, "type", "main"));
			if ((complete || titlestmt) && !t->title_complete) {
				if ((node = xmlTextReaderExpand(r)) != NULL) {
					char *s = nonempty(flat_text(t, node, NULL));
					if (s) {
						free(t->volume_title);
						t->volume_title = s;
						t->title_complete = complete;
					}
				}
				skip = 1;
			}
		} else if (in_header && strcmp(name, "idno") == 0 && t->idno == NULL && attr_is(cur, "type", "frus")) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				t->idno = nonempty(flat_text(t, node, NULL));
			skip = 1;
		} else if (in_header && strcmp(name, "correspAction") == 0) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				read_corresp_action(t, node);
			skip = 1;
		} else if (strcmp(name, "pb") == 0) {
			char *n = attr_text(t, cur, "n");
			if (n) {
				free(t->page);
				t->page = n;
			}
		} else if (strcmp(name, "div") == 0 && !run->texts && attr_is(cur, "type", "document")) {
			if (run->docs && (node = xmlTextReaderExpand(r)) != NULL && t->error == NULL)
				rc = read_document(t, run, node, cause);
			skip = 1;
		} else if (strcmp(name, "list") == 0 && !t->gloss_done && (kind = glossary_kind(t, cur)) != NULL) {
			if ((node = xmlTextReaderExpand(r)) != NULL)
				read_glossary(t, node, kind);
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
	const char *persons = mem_find(text, len, "\"persons\"", 9);
	const char *first = mem_find(text, len, "\"document\"", 10);
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
	gloss_entries_free(g, n);
}

/* ----------------------------------------------------------------- accepts */

static const char *find_str(const char *p, const char *end, const char *s)
{
	return mem_find(p, (size_t)(end - p), s, strlen(s));
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
	while (q < end && (is_alpha((unsigned char)*q) || is_digit((unsigned char)*q) || *q == '_' || *q == '-' || *q == '.'))
		q++;
	if (q < end && *q == ':')
		p = q + 1;
	static const char *const names[] = { "TEI", "teiCorpus" };
	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(names[i]);
		if ((size_t)(end - p) > n && memcmp(p, names[i], n) == 0 &&
		    (is_space((unsigned char)p[n]) || p[n] == '>' || p[n] == '/' || p[n] == '['))
			return 1;
	}
	return 0;
}

int import_tei_accepts(const char *path, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	for (;;) {
		while (p < end && is_space((unsigned char)*p))
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
			while (q < end && is_space((unsigned char)*q))
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
			if (q + 4 < end && (is_space((unsigned char)q[4]) || q[4] == '>' || q[4] == '/'))
				return 1;
	return 0;
}

const struct importer importer_tei = {
	.name = "tei",
	.accepts = import_tei_accepts,
	.parse = import_tei_parse,
	.glossary = import_tei_glossary,
	.glossary_free = import_tei_glossary_free,
};
