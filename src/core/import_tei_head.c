/* import_tei_head.c: a document's header: title, parties, date and place,
 * source, kind and number, its content hash and page fixes; and the
 * edition's lists of persons and terms. */
#include "import_tei_priv.h"

/* ---------------------------------------------------------------- metadata */

/* The ISO date at the front of s ("1894-01-25T10:00" -> "1894-01-25"),
 * at its precision, or NULL. */
static char *iso_prefix(const char *s)
{
	if (s == NULL)
		return NULL;
	while (tei_is_space((unsigned char)*s))
		s++;
	size_t n = 0;
	while (n < 4 && tei_is_digit((unsigned char)s[n]))
		n++;
	if (n != 4 || tei_is_digit((unsigned char)s[4]))
		return NULL;
	if (s[4] == '-' && tei_is_digit((unsigned char)s[5]) && tei_is_digit((unsigned char)s[6]) && !tei_is_digit((unsigned char)s[7])) {
		int m = (s[5] - '0') * 10 + (s[6] - '0');
		if (m >= 1 && m <= 12) {
			n = 7;
			if (s[7] == '-' && tei_is_digit((unsigned char)s[8]) && tei_is_digit((unsigned char)s[9]) &&
			    !tei_is_digit((unsigned char)s[10])) {
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
char *tei_iso_range(const char *from, const char *to)
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
	char *when = tei_attr(date, "when"), *iso = iso_prefix(when);
	free(when);
	if (iso)
		return iso;
	static const char *const pairs[][2] = { { "notBefore", "notAfter" }, { "from", "to" } };
	for (size_t i = 0; i < 2 && iso == NULL; i++) {
		char *a = tei_attr(date, pairs[i][0]), *b = tei_attr(date, pairs[i][1]);
		iso = tei_iso_range(a, b);
		free(a);
		free(b);
	}
	return iso;
}

xmlNodePtr tei_find_desc(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || tei_name_is(c, "note"))
			continue;
		if (tei_name_is(c, name))
			return c;
		xmlNodePtr f = tei_find_desc(c, name);
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
		tei_render(t, o, c);
	}
}

/* A place as printed, without the punctuation around it. */
static char *place_trim(char *p)
{
	for (;;) {
		tei_trim_set(p, ",;:-");
		size_t n = strlen(p);
		if (n >= 3 && strcmp(p + n - 3, "\u2014") == 0)
			p[n - 3] = '\0';
		else
			return tei_nonempty(p);
	}
}

void tei_read_dateline(struct tei *t, xmlNodePtr dl)
{
	struct doc *d = t->d;
	xmlNodePtr date = tei_find_desc(dl, "date");
	if (date) {
		free(d->date);
		d->date = date_of(date);
		free(d->date_text);
		d->date_text = tei_nonempty(tei_flat_text(t, date, NULL));
	}
	xmlNodePtr place = tei_find_desc(dl, "placeName");
	char *p = NULL;
	if (place) {
		p = tei_flat_text(t, place, NULL);
	} else {
		struct out o;
		tei_out_init(&o, OUT_TEMP);
		o.flat = 1;
		if (date)
			render_until(t, &o, dl, date);
		else
			tei_render_children(t, &o, dl);
		p = tei_out_take(&o);
		tei_out_free(&o);
		p[strcspn(p, "(")] = '\0';
	}
	free(d->place);
	d->place = place_trim(p);
}

/* "No. 123" in s -> "123", or NULL. */
char *tei_number_in(const char *s)
{
	for (const char *p = s; s && (p = strstr(p, "No.")) != NULL; p += 3) {
		if (p > s && tei_is_alpha((unsigned char)p[-1]))
			continue;
		const char *q = p + 3;
		while (*q == ' ')
			q++;
		if (!tei_is_digit((unsigned char)*q))
			continue;
		const char *e = q;
		while (*e && (tei_is_digit((unsigned char)*e) || tei_is_alpha((unsigned char)*e) || *e == '/' || *e == '-'))
			e++;
		while (e > q && e[-1] == '-')
			e--;
		return xstrndup(q, (size_t)(e - q));
	}
	return NULL;
}

/* The kind a head or source note names, earliest word first. */
const char *tei_kind_in(const char *s)
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
		if (p > s && tei_is_alpha((unsigned char)p[-1]))
			continue;
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
			size_t n = strlen(words[i].word);
			if (strncasecmp(p, words[i].word, n) == 0 && !tei_is_alpha((unsigned char)p[n]))
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
	tei_trim_set(p, ",.;:");
	static const char *const drop[] = { "Mr. ", "Mrs. ", "Messrs. ", "Mr ", "Mrs ", "the " };
	for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
		if (tei_has_prefix_ci(p, drop[i]) && (i == 5 || strncmp(p, drop[i], strlen(drop[i])) == 0)) {
			memmove(p, p + strlen(drop[i]), strlen(p + strlen(drop[i])) + 1);
			break;
		}
	return tei_nonempty(tei_trim_set(p, ",.;:"));
}

void tei_add_party(struct strv *v, char *name)
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
	if (from && (from == s || !tei_is_alpha((unsigned char)from[-1])))
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
				tei_add_party(sides[k].v, xstrdup(o->names[i].canonical));
				found++;
			}
		if (found == 0)
			tei_add_party(sides[k].v, party_clean(s + sides[k].a, sides[k].b - sides[k].a));
	}
}

void tei_read_head(struct tei *t, xmlNodePtr head)
{
	struct doc *d = t->d;
	struct out o;
	tei_out_init(&o, OUT_META);
	o.flat = 1;
	o.collect = 1;
	tei_render_children(t, &o, head);
	int typed = 0;
	for (size_t i = 0; i < o.nnames; i++) {
		const struct named *nm = &o.names[i];
		if (nm->role == 0)
			continue;
		typed = 1;
		char *name = nm->canonical ? xstrdup(nm->canonical) : party_clean(o.b.data + nm->start, nm->end - nm->start);
		tei_add_party(nm->role == 1 ? &d->from : &d->to, name);
	}
	if (!typed)
		parties_from_pattern(d, &o);
	d->title = tei_nonempty(tei_out_take(&o));
	tei_out_free(&o);
}

void tei_read_source(struct tei *t, xmlNodePtr note)
{
	struct out o;
	tei_out_init(&o, OUT_META);
	o.flat = 1;
	tei_render_children(t, &o, note);
	tei_add_source(t->d, tei_out_take(&o));
	tei_out_free(&o);
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
uint64_t tei_doc_hash(struct tei *t, xmlNodePtr n, const char *first_page)
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
	const char *extra[] = { TEI_HASH_SALT, tei_volume_of(t), t->volume_title, first_page };
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) {
		fnv_more(&h, "", 1);
		if (extra[i])
			fnv_more(&h, extra[i], strlen(extra[i]));
	}
	return h;
}

/* Pages start at the first character after their pb; a page with no
 * text (at the very end) belongs to the next document. */
void tei_fix_pages(struct doc *d)
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
void tei_clamp_spans(struct doc *d)
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

void tei_read_glossary(struct tei *t, xmlNodePtr list, const char *kind)
{
	static const char *const keys[] = { "persName", "term", "orgName", "name" };
	for (xmlNodePtr item = list->children; item; item = item->next) {
		if (tei_name_is(item, "list")) {
			tei_read_glossary(t, item, kind);
			continue;
		}
		if (!tei_name_is(item, "item"))
			continue;
		xmlNodePtr key = NULL;
		for (size_t i = 0; i < sizeof keys / sizeof keys[0] && key == NULL; i++)
			key = tei_find_desc(item, keys[i]);
		char *id = tei_xml_id(t, item);
		if (id == NULL && key)
			id = tei_xml_id(t, key);
		char *term = NULL, *gloss = NULL;
		xmlNodePtr g = tei_find_desc(item, "gloss");
		if (key) {
			term = tei_flat_text(t, key, NULL);
			gloss = g ? tei_flat_text(t, g, NULL) : tei_flat_text(t, item, key);
		} else {
			char *all = tei_flat_text(t, item, g);
			char *comma = strstr(all, ", ");
			if (comma) {
				*comma = '\0';
				gloss = xstrdup(comma + 2);
			}
			term = all;
			if (g) {
				free(gloss);
				gloss = tei_flat_text(t, g, NULL);
			}
		}
		if (gloss == NULL)
			gloss = xstrdup("");
		/* the rest of "Acheson, Dean, Secretary of State" after the name */
		size_t skip = strspn(gloss, ",;:. ");
		memmove(gloss, gloss + skip, strlen(gloss + skip) + 1);
		tei_trim_set(gloss, NULL);
		char *ref = key ? tei_attr(key, "ref") : NULL;
		if (ref == NULL)
			ref = tei_attr(item, "ref");
		if (*term)
			tei_gloss_push(&t->gloss, id ? id : term, kind, term, gloss, ref);
		free(ref);
		free(id);
		free(term);
		free(gloss);
	}
}

/* "person" or "term" for a list of persons or terms (list type="persons"
 * or "names", "terms" or "abbreviations", or any list in a division whose
 * xml:id is "persons" or "terms", as modern FRUS volumes have them). */
const char *tei_glossary_kind(struct tei *t, xmlNodePtr list)
{
	if (tei_attr_is(list, "type", "persons") || tei_attr_is(list, "type", "names"))
		return "person";
	if (tei_attr_is(list, "type", "terms") || tei_attr_is(list, "type", "abbreviations"))
		return "term";
	for (xmlNodePtr p = list->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (!tei_name_is(p, "div"))
			continue;
		char *id = tei_xml_id(t, p);
		const char *kind = id && strcmp(id, "persons") == 0 ? "person" : id && strcmp(id, "terms") == 0 ? "term" : NULL;
		free(id);
		if (kind)
			return kind;
	}
	return NULL;
}

/* correspDesc of a TEI letter: who sent it where and when, to whom. */
void tei_read_corresp_action(struct tei *t, xmlNodePtr a)
{
	int sent = tei_attr_is(a, "type", "sent"), received = tei_attr_is(a, "type", "received");
	if (!sent && !received)
		return;
	for (xmlNodePtr c = a->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (tei_name_is(c, "persName") || tei_name_is(c, "orgName") || tei_name_is(c, "name")) {
			char *name = tei_nonempty(tei_flat_text(t, c, NULL)), *ref = tei_attr(c, "ref");
			if (name && ref) {
				strv_push(&t->sent_names, name);
				strv_push(&t->sent_uris, ref);
			}
			free(ref);
			tei_add_party(sent ? &t->sent_by : &t->sent_to, name);
		} else if (sent && tei_name_is(c, "placeName") && t->sent_place == NULL) {
			t->sent_place = tei_nonempty(tei_flat_text(t, c, NULL));
		} else if (sent && tei_name_is(c, "date") && t->sent_date == NULL && t->sent_date_text == NULL) {
			t->sent_date = date_of(c);
			t->sent_date_text = tei_nonempty(tei_flat_text(t, c, NULL));
		}
	}
}

