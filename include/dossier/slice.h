/* slice.h: borrowed byte ranges of UTF-8 text and the small tests the
 * text importer's modules make on them (characters, tokens, case). Static
 * inline: they run for every byte of every imported file, and a call
 * across modules for each would cost a tenth of an import. */
#ifndef DOSSIER_SLICE_H
#define DOSSIER_SLICE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistr.h>
#include <unictype.h>
#include <unitypes.h>

#include "dossier/util.h"

/* A borrowed byte range: most of the work is looking at parts of lines
 * without copying them. */
struct slice {
	const char *p;
	size_t n;
};

static inline struct slice sl_of(const char *p, size_t n)
{
	return (struct slice){ p, n };
}

static inline struct slice sl_cstr(const char *s)
{
	return sl_of(s, strlen(s));
}

static inline char *sl_dup(struct slice s)
{
	return xstrndup(s.p, s.n);
}

static inline struct slice sl_from(struct slice s, size_t k)
{
	return k >= s.n ? sl_of(s.p + s.n, 0) : sl_of(s.p + k, s.n - k);
}

/* Decodes the character at p; invalid bytes count as one U+FFFD so that
 * every scan advances even on input that skipped normalisation. */
static inline ucs4_t ch_at(const char *p, size_t n, size_t *len)
{
	ucs4_t uc;
	if (n == 0) {
		*len = 0;
		return 0;
	}
	int l = u8_mbtouc(&uc, (const uint8_t *)p, n);
	*len = l > 0 ? (size_t)l : 1;
	return uc;
}

/* The character ending just before s[pos]; *len is 0 at the start. */
static inline ucs4_t ch_before(const char *s, size_t pos, size_t *len)
{
	ucs4_t uc;
	if (pos == 0) {
		*len = 0;
		return 0;
	}
	const uint8_t *q = u8_prev(&uc, (const uint8_t *)s + pos, (const uint8_t *)s);
	if (q == NULL) {
		*len = 1;
		return 0xfffd;
	}
	*len = (size_t)((const uint8_t *)s + pos - q);
	return uc;
}

/* White space as web pages leave it: ASCII blanks, no-break and
 * typographic spaces, zero-width space and a stray BOM. */
static inline int ch_is_ws(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
	       (c >= 0x2000 && c <= 0x200b) || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/* White space within a line. */
static inline int ch_is_blank(ucs4_t c)
{
	return c != '\n' && ch_is_ws(c);
}

static inline int ch_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int ch_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int ch_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The trims and case tests look at an ASCII byte directly and decode
 * only what is not: they run for every line of every imported file. */
static inline struct slice sl_ltrim(struct slice s)
{
	size_t l;
	while (s.n > 0) {
		unsigned char c = (unsigned char)s.p[0];
		if (c < 0x80) {
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
				break;
			s = sl_from(s, 1);
		} else if (ch_is_ws(ch_at(s.p, s.n, &l))) {
			s = sl_from(s, l);
		} else {
			break;
		}
	}
	return s;
}

static inline struct slice sl_rtrim(struct slice s)
{
	size_t l;
	while (s.n > 0) {
		unsigned char c = (unsigned char)s.p[s.n - 1];
		if (c < 0x80) {
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
				break;
			s.n--;
		} else if (ch_is_ws(ch_before(s.p, s.n, &l))) {
			s.n -= l;
		} else {
			break;
		}
	}
	return s;
}

static inline struct slice sl_trim(struct slice s)
{
	return sl_rtrim(sl_ltrim(s));
}

/* ASCII case-insensitive comparisons: labels and keywords are English. */
static inline int sl_ieq(struct slice s, const char *lit)
{
	/* No strlen: the word lists are walked for every line. */
	size_t i = 0;
	for (; i < s.n; i++)
		if (lit[i] == '\0' || ch_lower((unsigned char)s.p[i]) != ch_lower((unsigned char)lit[i]))
			return 0;
	return lit[i] == '\0';
}

static inline int sl_istarts(struct slice s, const char *lit)
{
	for (size_t i = 0; lit[i] != '\0'; i++)
		if (i >= s.n || ch_lower((unsigned char)s.p[i]) != ch_lower((unsigned char)lit[i]))
			return 0;
	return 1;
}

static inline int sl_iends(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n >= n && sl_ieq(sl_of(s.p + s.n - n, n), lit);
}

/* Index of lit in s (case-sensitive), or SIZE_MAX. */
static inline size_t sl_find(struct slice s, const char *lit)
{
	/* memchr to the first letter, not a memcmp at every place: the
	 * header reader asks this of every long line */
	size_t n = strlen(lit);
	if (n == 0)
		return 0;
	for (size_t i = 0; n <= s.n && i <= s.n - n;) {
		const char *c = memchr(s.p + i, lit[0], s.n - n - i + 1);
		if (c == NULL)
			break;
		i = (size_t)(c - s.p);
		if (memcmp(c + 1, lit + 1, n - 1) == 0)
			return i;
		i++;
	}
	return SIZE_MAX;
}

/* The next white-space separated token from *pos, or an empty slice. */
static inline struct slice tok_next(struct slice s, size_t *pos)
{
	size_t i = *pos, l;
	while (i < s.n && ch_is_ws(ch_at(s.p + i, s.n - i, &l)))
		i += l;
	size_t start = i;
	while (i < s.n && !ch_is_ws(ch_at(s.p + i, s.n - i, &l)))
		i += l;
	*pos = i;
	return sl_of(s.p + start, i - start);
}

/* Splits s into at most max tokens; returns how many there are in all,
 * so a caller can tell a long text from a short one. */
static inline size_t tok_split(struct slice s, struct slice *tok, size_t max)
{
	size_t pos = 0, n = 0;
	for (;;) {
		struct slice t = tok_next(s, &pos);
		if (t.n == 0)
			return n;
		if (n < max)
			tok[n] = t;
		n++;
		if (n > max)
			return n;
	}
}

/* A token without the punctuation that ends a clause. */
static inline struct slice tok_bare(struct slice t)
{
	while (t.n > 0 && strchr(",;:!?.\"'", t.p[t.n - 1]) != NULL)
		t.n--;
	return t;
}

static inline int tok_is_upper(struct slice t)
{
	size_t l;
	if (t.n > 0 && (unsigned char)t.p[0] < 0x80)
		return t.p[0] >= 'A' && t.p[0] <= 'Z';
	return t.n > 0 && uc_is_upper(ch_at(t.p, t.n, &l));
}

static inline int tok_is_lower(struct slice t)
{
	size_t l;
	if (t.n > 0 && (unsigned char)t.p[0] < 0x80)
		return t.p[0] >= 'a' && t.p[0] <= 'z';
	return t.n > 0 && uc_is_lower(ch_at(t.p, t.n, &l));
}

/* Counts the upper- and lower-case letters and digits of s. */
static inline void sl_letters(struct slice s, size_t *upper, size_t *lower, size_t *digits)
{
	*upper = *lower = *digits = 0;
	for (size_t i = 0, l; i < s.n; i += l) {
		ucs4_t c = ch_at(s.p + i, s.n - i, &l);
		if (uc_is_upper(c))
			(*upper)++;
		else if (uc_is_lower(c))
			(*lower)++;
		else if (c < 128 && ch_is_digit((int)c))
			(*digits)++;
	}
}

/* "I.", "I.V.", "M.V.": initials, which a canonical name drops. */
static inline int tok_is_initials(struct slice t)
{
	size_t i = 0, groups = 0;
	while (i < t.n) {
		size_t l;
		if (!uc_is_upper(ch_at(t.p + i, t.n - i, &l)))
			return 0;
		i += l;
		if (i < t.n && t.p[i] == '.')
			i++;
		else if (i < t.n)
			return 0;
		groups++;
	}
	return groups > 0 && t.n > 0 && (t.p[t.n - 1] == '.' || groups > 1);
}

static inline int tok_in(struct slice w, const char *const *list)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (sl_ieq(w, list[i]))
			return 1;
	return 0;
}


/* Index of the first lit in s outside brackets and parentheses. */
static inline size_t sl_find_top(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	int depth = 0;
	for (size_t i = 0; i < s.n; i++) {
		char c = s.p[i];
		if (c == '(' || c == '[')
			depth++;
		else if ((c == ')' || c == ']') && depth > 0)
			depth--;
		else if (depth == 0 && i + n <= s.n && memcmp(s.p + i, lit, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* Reads 1..max ASCII digits into *v; 0 when there are none or more. */
static inline size_t sl_digits(const char *p, size_t n, size_t max, int *v)
{
	size_t i = 0;
	int x = 0;
	while (i < n && ch_is_digit((unsigned char)p[i])) {
		if (i == max)
			return 0;
		x = x * 10 + (p[i] - '0');
		i++;
	}
	*v = x;
	return i;
}

/* sl_find_top, ASCII case-insensitive: titles printed in capitals say
 * " TO " and " FROM ". */
static inline size_t sl_ifind_top(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	int depth = 0, first = ch_lower((unsigned char)lit[0]);
	for (size_t i = 0; i < s.n; i++) {
		char c = s.p[i];
		if (c == '(' || c == '[')
			depth++;
		else if ((c == ')' || c == ']') && depth > 0)
			depth--;
		else if (depth == 0 && ch_lower((unsigned char)c) == first && i + n <= s.n &&
			 sl_ieq(sl_of(s.p + i, n), lit))
			return i;
	}
	return SIZE_MAX;
}

static inline int sl_eq_slice(struct slice a, struct slice b)
{
	return a.n == b.n && memcmp(a.p, b.p, a.n) == 0;
}

#endif
