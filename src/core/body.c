/* body.c: a document's text assembled from the lines the header reader
 * left: trailing white space trimmed, page-break damage repaired ("na-"
 * and "tional" across a break), one blank line between paragraphs,
 * Markdown emphasis and escapes undone. */
#include "dossier/body.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#include "dossier/util.h"

/* Appends a body line; Markdown backslash escapes ("\[") are undone. */
static void body_add_line(int markdown, struct buf *b, struct slice t)
{
	if (!markdown) {
		buf_add(b, t.p, t.n);
		return;
	}
	for (size_t i = 0; i < t.n; i++) {
		if (t.p[i] == '\\' && i + 1 < t.n && strchr("\\`*_{}[]()#+-.!<>", t.p[i + 1]) != NULL)
			i++;
		buf_addc(b, t.p[i]);
	}
}

/* "a)", "b.", "(c)", "iv)": a list item, which may start in lower case. */
static int list_marker(struct slice t)
{
	size_t pos = 0;
	struct slice w = tok_next(t, &pos);
	if (w.n >= 2 && w.p[0] == '(')
		w = sl_from(w, 1);
	if (w.n < 2 || w.n > 5 || strchr(").", w.p[w.n - 1]) == NULL)
		return 0;
	for (size_t i = 0; i + 1 < w.n; i++)
		if (!ch_is_alpha((unsigned char)w.p[i]))
			return 0;
	return 1;
}

/* Repairs a page break between the text so far and the next line, which
 * starts with a lower-case letter and so continues a sentence: a word
 * hyphenated across the break ("na-" + "tional") is rejoined, and a
 * sentence cut after a word or a comma ("the Korean people" +
 * "themselves") is joined by a space. A semicolon or a colon may end a
 * clause set as its own paragraph, and list items ("b) to reduce") may
 * start in lower case: those stay paragraphs. Returns 0 for a paragraph
 * break. Hyphens inside a line are never touched. */
static int page_join(struct buf *b, struct slice t)
{
	size_t l1, l2, l3;
	if (b->len == 0 || !uc_is_lower(ch_at(t.p, t.n, &l2)) || list_marker(t))
		return 0;
	ucs4_t last = ch_before(b->data, b->len, &l1);
	if (last == '-' || last == 0xad || last == 0x2010) {
		if (!uc_is_alpha(ch_before(b->data, b->len - l1, &l3)))
			return 0;
		buf_truncate(b, b->len - l1);
		return 1;
	}
	if (uc_is_alpha(last) || last == ',') {
		buf_addc(b, ' ');
		return 1;
	}
	return 0;
}

/* Assembles the remaining lines: trailing white space trimmed, page
 * breaks repaired, paragraphs separated by one blank line. */
static void body_assemble(const struct lines *l, int markdown, struct buf *b)
{
	int gap = 0, cut = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (l->v[i].drop) {
			cut = 1;
			continue;
		}
		struct slice t = sl_rtrim(line_raw(l, i));
		if (sl_ltrim(t).n == 0) {
			gap = 1;
			continue;
		}
		if (b->len == 0) {
			body_add_line(markdown, b, sl_ltrim(t));
		} else if (!gap && !cut) {
			buf_addc(b, '\n');
			body_add_line(markdown, b, t);
		} else if (!cut && page_join(b, t)) {
			body_add_line(markdown, b, t);
		} else {
			buf_add(b, "\n\n", 2);
			body_add_line(markdown, b, t);
		}
		gap = cut = 0;
	}
}

/* The first "cc" in [p, end), or NULL: memchr finds the candidates. */
static const char *find_double(const char *p, const char *end, char c)
{
	while (p + 1 < end && (p = memchr(p, c, (size_t)(end - p - 1))) != NULL) {
		if (p[1] == c)
			return p;
		p++;
	}
	return NULL;
}

/* Removes Markdown strong emphasis: "**" markers paired within a
 * paragraph; an unpaired one is text and stays. In place (the text only
 * shrinks: a large letter is not copied), in runs, not byte by byte;
 * returns the new length. */
static size_t emphasis_strip(char *s, size_t n)
{
	const char *p = s, *end = s + n;
	char *w = s;
	while (p < end) {
		const char *e = find_double(p, end, '\n');
		if (e == NULL)
			e = end;
		size_t count = 0;
		for (const char *q = p; (q = find_double(q, e, '*')) != NULL; q += 2)
			count++;
		for (size_t skip = count - count % 2; skip > 0; skip--) {
			const char *q = find_double(p, e, '*');
			memmove(w, p, (size_t)(q - p));
			w += q - p;
			p = q + 2;
		}
		memmove(w, p, (size_t)(e - p));
		w += e - p;
		if (e == end)
			break;
		memmove(w, "\n\n", 2);
		w += 2;
		p = e + 2;
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* Final tidying: lines' trailing white space trimmed, one blank line
 * between paragraphs, none at either end. In place, as above: what is
 * written never passes what is still to be read (a separator written
 * stands for at least as many newlines read). */
static size_t body_tidy(char *s, size_t n)
{
	size_t w = 0;
	int gap = 0;
	for (size_t p = 0; p < n;) {
		size_t e = p;
		while (e < n && s[e] != '\n')
			e++;
		struct slice t = sl_rtrim(sl_of(s + p, e - p));
		if (sl_ltrim(t).n == 0) {
			gap = w > 0;
		} else {
			if (w == 0)
				t = sl_ltrim(t);
			else {
				memmove(s + w, gap ? "\n\n" : "\n", gap ? 2 : 1);
				w += gap ? 2 : 1;
			}
			memmove(s + w, t.p, t.n);
			w += t.n;
			gap = 0;
		}
		p = e + 1;
	}
	s[w] = '\0';
	return w;
}

void body_build(const struct lines *l, int markdown, struct doc *d)
{
	struct buf raw;
	buf_init(&raw);
	body_assemble(l, markdown, &raw);
	buf_reserve(&raw, 0); /* "" when no line remains */
	raw.len = emphasis_strip(raw.data, raw.len);
	raw.len = body_tidy(raw.data, raw.len);
	free(d->body);
	d->body_len = raw.len;
	d->body = buf_detach(&raw);
}
