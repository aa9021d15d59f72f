/* import_tei_text.c: what the TEI importer's parts share below them: string
 * and attribute helpers, the table of listed persons, and the small text
 * layout engine (struct out) that collapses the white space of
 * pretty-printed XML and lays out blocks, lines, lists and tables. */
#include "import_tei_priv.h"

/* ---------------------------------------------------------------- strings */

int tei_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int tei_is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int tei_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

int tei_name_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* An attribute's value as written: entity references inside it are kept
 * as "&name;" rather than expanded (xmlGetProp would expand them). */
char *tei_attr_in(xmlNodePtr n, const char *name, const char *ns)
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

char *tei_attr(xmlNodePtr n, const char *name)
{
	return tei_attr_in(n, name, NULL);
}

/* 1 if the attribute's value equals value (ASCII case ignored). */
int tei_attr_is(xmlNodePtr n, const char *name, const char *value)
{
	char *v = tei_attr(n, name);
	int eq = v && strcasecmp(v, value) == 0;
	free(v);
	return eq;
}

/* 1 if the attribute's value contains word (case ignored). */
int tei_attr_has(xmlNodePtr n, const char *name, const char *word)
{
	char *v = tei_attr(n, name);
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
char *tei_trim_set(char *s, const char *chars)
{
	size_t n = strlen(s), i = 0;
	while (i < n && tei_is_space((unsigned char)s[i]))
		i++;
	while (n > i && (tei_is_space((unsigned char)s[n - 1]) || (chars && strchr(chars, s[n - 1]))))
		n--;
	memmove(s, s + i, n - i);
	s[n - i] = '\0';
	return s;
}

/* Frees s and returns NULL if it is empty. */
char *tei_nonempty(char *s)
{
	if (s && *s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* memmem, which C11 and POSIX 2008 lack. */
const char *tei_mem_find(const char *h, size_t hn, const char *s, size_t sn)
{
	if (sn == 0 || hn < sn)
		return sn == 0 ? h : NULL;
	for (const char *p = h, *end = h + hn - sn + 1; (p = memchr(p, s[0], (size_t)(end - p))) != NULL; p++)
		if (memcmp(p, s, sn) == 0)
			return p;
	return NULL;
}

int tei_has_prefix_ci(const char *s, const char *p)
{
	return strncasecmp(s, p, strlen(p)) == 0;
}

/* --------------------------------------------------------------- glossary */

void tei_gloss_push(struct gloss_tab *g, const char *id, const char *kind, const char *term, const char *gloss,
		    const char *ref)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 32;
		g->v = xreallocarray(g->v, g->cap, sizeof *g->v);
	}
	g->v[g->n++] = (struct doc_gloss){ xstrdup(id), xstrdup(kind), xstrdup(term), xstrdup(gloss),
					   ref ? xstrdup(ref) : NULL };
}

void tei_gloss_entries_free(struct doc_gloss *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].kind);
		free(v[i].term);
		free(v[i].gloss);
		free(v[i].ref);
	}
	free(v);
}

static int cmp_gloss(const void *a, const void *b)
{
	const struct doc_gloss *x = *(const struct doc_gloss *const *)a, *y = *(const struct doc_gloss *const *)b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x < y ? -1 : x > y);
}

/* The entry of the list of persons for id ("p_GWQ1" or "#p_GWQ1"). */
const struct doc_gloss *tei_gloss_person(struct gloss_tab *g, const char *id)
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
			return g->order[lo];
	return NULL;
}

/* ------------------------------------------------------------ the reader */

/* ------------------------------------------------------------ text layout */

void tei_out_init(struct out *o, enum out_kind kind)
{
	memset(o, 0, sizeof *o);
	buf_init(&o->b);
	o->kind = kind;
}

void tei_out_free(struct out *o)
{
	buf_free(&o->b);
	for (size_t i = 0; i < o->nnames; i++)
		free(o->names[i].canonical);
	free(o->names);
	doc_free(o->scratch);
}

void tei_out_break(struct out *o, int level)
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
void tei_out_flush(struct out *o)
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
void tei_out_line_start(struct out *o)
{
	if (o->b.len) {
		size_t want = o->brk > 1 ? 2 : 1;
		for (size_t k = trailing_newlines(&o->b); k < want; k++)
			buf_addc(&o->b, '\n');
	}
	o->brk = o->space = 0;
}

/* Writes content that has no white space of its own. */
void tei_out_put(struct out *o, const char *s, size_t n)
{
	tei_out_flush(o);
	buf_add(&o->b, s, n);
	o->fresh = 0;
}

/* Writes a marker and returns its span. */
void tei_out_span(struct out *o, const char *s, size_t *start, size_t *end)
{
	tei_out_flush(o);
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
void tei_out_text(struct out *o, const char *text, size_t n)
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
		tei_out_put(o, text + i, j - i);
		i = j;
	}
}

/* Text of a node of the tree, in NFC when the file has character
 * references (which can spell decomposed characters). */
void tei_out_node_text(struct tei *t, struct out *o, const char *s)
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
				tei_out_text(o, (const char *)r, rn);
				free(r);
				return;
			}
		}
	}
	tei_out_text(o, s, n);
}

/* The out's text with its ends trimmed; the out is emptied. */
char *tei_out_take(struct out *o)
{
	char *s = buf_detach(&o->b);
	return tei_trim_set(s, NULL);
}

/* Where a span written since `from` really starts: after the break or
 * space written before its first character. */
size_t tei_span_start(const struct out *o, size_t from)
{
	while (from < o->b.len && (o->b.data[from] == ' ' || o->b.data[from] == '\n'))
		from++;
	return from;
}

const char *tei_volume_of(struct tei *t)
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
