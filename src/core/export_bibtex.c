/* export_bibtex.c: BibLaTeX entries. Every value is braced twice so no
 * style recases a proper noun, and escaped so no character of a document
 * is read as TeX. */
#include <stdlib.h>
#include <string.h>

#include "export_priv.h"

/* s with TeX's special characters escaped. */
static void put_tex(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\\': buf_adds(b, "\\textbackslash{}"); break;
		case '^': buf_adds(b, "\\textasciicircum{}"); break;
		case '~': buf_adds(b, "\\textasciitilde{}"); break;
		case '{': case '}': case '%': case '&': case '$': case '#': case '_':
			buf_addc(b, '\\');
			buf_addc(b, *s);
			break;
		default: buf_addc(b, *s);
		}
	}
}

/* "  field = {{value}},\n" (braced twice: kept as written), or with
 * one pair of braces for a field no style recases (pandoc would print the
 * inner pair of a type); nothing for an empty value. */
static void field_braced(FILE *f, const char *name, const char *value, int twice)
{
	char *c = cite_clean(value);
	if (c == NULL)
		return;
	struct buf b;
	buf_init(&b);
	put_tex(&b, c);
	fprintf(f, twice ? "  %s = {{%s}},\n" : "  %s = {%s},\n", name, b.data);
	buf_free(&b);
	free(c);
}

static void field(FILE *f, const char *name, const char *value)
{
	field_braced(f, name, value, 1);
}

/* A name list: "Family, Given" or a name kept whole in braces, joined by
 * "and". */
static void put_name(struct buf *b, const char *name)
{
	char *fam, *giv;
	if (b->len)
		buf_adds(b, " and ");
	if (cite_name_split(name, &fam, &giv)) {
		buf_addc(b, '{');
		put_tex(b, fam);
		buf_adds(b, "}, ");
		put_tex(b, giv);
		free(fam);
		free(giv);
	} else {
		char *c = cite_clean(name);
		buf_addc(b, '{');
		put_tex(b, c);
		buf_addc(b, '}');
		free(c);
	}
}

static void names_field(FILE *f, const char *name, char *const *names, size_t n)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		char *c = cite_clean(names[i]);
		if (c)
			put_name(&b, c);
		free(c);
	}
	if (b.len)
		fprintf(f, "  %s = {%s},\n", name, b.data);
	buf_free(&b);
}

static void people_field(FILE *f, const char *name, const struct cite_people *p)
{
	char **v = export_names(p);
	names_field(f, name, v, p->n);
	free(v);
}

/* "Kissinger to Nixon", "Stalin to Shtykov and Zakharov". */
static char *letter_title(const struct cite *c)
{
	struct buf b;
	buf_init(&b);
	const struct cite_people *sides[2] = { &c->from, &c->to };
	for (int s = 0; s < 2; s++) {
		const struct cite_people *p = sides[s];
		if (s == 1)
			buf_adds(&b, b.len ? " to " : "To ");
		size_t k = 0;
		for (size_t i = 0; i < p->n; i++) {
			char *n = cite_name_natural(p->v[i].name);
			if (n == NULL)
				continue;
			if (k++)
				buf_adds(&b, i + 1 == p->n ? (p->n > 2 ? ", and " : " and ") : ", ");
			buf_adds(&b, n);
			free(n);
		}
	}
	return buf_detach(&b);
}

/* A URL verbatim, as BibLaTeX reads it, with what would break the field
 * (braces, backslashes, spaces) percent-encoded. */
static void url_field(FILE *f, const char *url)
{
	char *c = cite_clean(url);
	if (c == NULL)
		return;
	struct buf b;
	buf_init(&b);
	for (const char *p = c; *p; p++) {
		if (*p == '{' || *p == '}' || *p == '\\' || *p == ' ')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	}
	fprintf(f, "  url = {%s},\n", b.data);
	buf_free(&b);
	free(c);
}

static int bibtex_add(struct exporter *e, const struct cite *c, char **cause)
{
	(void)cause;
	FILE *f = e->f;
	int letter = export_is_letter(c);
	char *key = export_bibtex_key(c);
	/* two documents of one key in a file: the later ones get a letter */
	if (export_key_seen(e, key)) {
		char *k2 = NULL;
		for (int i = 0; i < 26 * 26; i++) {
			free(k2);
			k2 = xasprintf("%s%c%c", key, 'a' + i / 26, 'a' + i % 26);
			if (!export_key_seen(e, k2))
				break;
		}
		free(key);
		key = k2;
	}
	fprintf(f, "%s@%s{%s,\n", e->n ? "\n" : "", letter ? "letter" : "misc", key);
	free(key);
	people_field(f, "author", &c->from);
	if (letter) {
		char *t = letter_title(c);
		field(f, "title", t);
		free(t);
		field(f, "titleaddon", c->title);
	} else {
		field(f, "title", c->title);
	}
	field_braced(f, "type", c->kind, 0);
	struct cite_date d;
	if (cite_date_parse(c->date, &d) == 0) {
		/* EDTF as BibLaTeX reads it; "%" (uncertain and approximate)
		 * would begin a comment: "?" */
		char *date = xstrdup(c->date);
		for (char *p = date; *p; p++)
			if (*p == '%')
				*p = '?';
		fprintf(f, "  date = {%s},\n", date);
		free(date);
	}
	if (export_has_edition(c)) {
		/* location is where the volume was printed: the letter's own
		 * place has no field of its own here */
		field(f, "location", c->pub_place);
		field(f, "booktitle", c->series ? c->series : c->volume_title);
		if (c->series)
			field(f, "booktitleaddon", c->volume_title);
		char *vol = export_volume(c);
		field(f, "volume", vol);
		free(vol);
		names_field(f, "editor", c->editors.v, c->editors.n);
		field(f, "publisher", c->publisher);
	} else {
		field(f, "location", c->place);
	}
	field(f, "number", export_number(c));
	if (c->translator)
		names_field(f, "translator", (char *const *)&c->translator, 1);
	/* BibLaTeX's library: "a library name and a call number" */
	struct buf lib;
	buf_init(&lib);
	const char *where[] = { c->archive, c->archive_location, c->archive_place };
	for (int i = 0; i < 3; i++) {
		char *w = cite_clean(where[i]);
		if (w)
			buf_printf(&lib, "%s%s", lib.len ? ", " : "", w);
		free(w);
	}
	if (lib.len)
		field(f, "library", lib.data);
	buf_free(&lib);
	field(f, "language", c->language);
	url_field(f, c->url);
	field(f, "note", c->note);
	fputs("}\n", f);
	return 0;
}

const struct export_ops export_bibtex_ops = { NULL, bibtex_add, NULL, NULL };
