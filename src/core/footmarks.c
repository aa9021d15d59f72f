/* footmarks.c: a page's footnotes as its text lost them. A web page of
 * an edition prints its notes at the end as a numbered list ("  3.
 * Document 134.") and their markers as superscripts, which the page's
 * text keeps as digits glued to what they follow: "Department of State1",
 * "Embtel 993.2 I had", "contained Deptel 5103 with" (telegram 510, note
 * 3). Found in order, 1, 2, 3..., the markers are written as the
 * bracketed markers an archive's export uses ("Deptel 510[3]") and the
 * list's items as their definitions ("[3] Document 134."), so that
 * brackets.c makes them footnotes and no note's number is read as part
 * of a telegram's. */
#include "dossier/footmarks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#include "dossier/slice.h"
#include "dossier/util.h"

/* Notes a page may have at most (more is a numbered list, not notes). */
#define NOTES_MAX 200

/* Where the notes' list begins: the body's last lines, each "N. text"
 * (indented or not), numbered 1 to *count without a gap. items[k - 1] is
 * the start of item k's line; *indented: each is indented, as a web
 * page's list of notes is given as text. 0 if the body does not end so. */
static int list_find(const char *s, size_t n, size_t *items, size_t *count, int *indented)
{
	size_t end = n, k = 0, expect = 0;
	*indented = 1;
	while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == ' '))
		end--;
	while (end > 0) {
		size_t b = end;
		while (b > 0 && s[b - 1] != '\n')
			b--;
		size_t i = b;
		while (i < end && s[i] == ' ')
			i++;
		if (i == b)
			*indented = 0;
		int v = 0;
		size_t d = sl_digits(s + i, end - i, 3, &v);
		if (d == 0 || i + d + 1 >= end || s[i + d] != '.' || s[i + d + 1] != ' ' || v < 1)
			break;
		if (expect == 0) {
			if (v > NOTES_MAX)
				return 0;
			expect = (size_t)v;
			*count = expect;
		}
		if ((size_t)v != expect)
			return 0;
		items[--expect] = b;
		k++;
		if (expect == 0)
			break;
		end = b > 0 ? b - 1 : 0;
	}
	return k > 0 && expect == 0;
}

/* The arrow a web page of FRUS ends each note with, back to its marker. */
#define BACK_ARROW "\xe2\x86\xa9"

/* Where the notes' list begins when the page gives its notes as bullets
 * ("- Source: Department of State, ...↩"), numbered by their order: the
 * body's last lines, each "- text" and each but the last (a page's text
 * may be cut short) ending with the arrow back to its marker. items[k -
 * 1] is the start of item k's line. 0 if the body does not end so. */
static int bullets_find(const char *s, size_t n, size_t *items, size_t *count)
{
	size_t end = n, k = 0, arrows = 0, lines[NOTES_MAX];
	while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == ' '))
		end--;
	while (end > 0 && k < NOTES_MAX) {
		size_t b = end;
		while (b > 0 && s[b - 1] != '\n')
			b--;
		if (end - b < 3 || s[b] != '-' || s[b + 1] != ' ')
			break;
		int arrow = end - b >= 3 && memcmp(s + end - 3, BACK_ARROW, 3) == 0;
		if (!arrow && k > 0)
			break; /* only the last may lack its arrow */
		arrows += arrow;
		lines[k++] = b;
		end = b > 0 ? b - 1 : 0;
	}
	if (k == 0 || arrows == 0 || k == NOTES_MAX)
		return 0;
	for (size_t i = 0; i < k; i++)
		items[i] = lines[k - 1 - i];
	*count = k;
	return 1;
}

/* Where item a's text starts: after "N." or "- ". */
static size_t item_text(const char *s, size_t a, size_t e)
{
	while (a < e && s[a] == ' ')
		a++;
	if (a + 1 < e && s[a] == '-' && s[a + 1] == ' ')
		return a + 1;
	const char *dot = memchr(s + a, '.', e - a);
	return dot ? (size_t)(dot - s) + 1 : a;
}

/* The character before byte i of s, and whether it is a letter. */
static int letter_before(const char *s, size_t i)
{
	size_t l;
	return i > 0 && uc_is_alpha(ch_before(s, i, &l));
}

/* A marker may close a quotation or a parenthesis. */
static int closer_before(const char *s, size_t i)
{
	static const char *const closers[] = { "\xe2\x80\x9d", "\xe2\x80\x99", "\"", ")", "]", NULL };
	for (size_t k = 0; closers[k]; k++) {
		size_t l = strlen(closers[k]);
		if (i >= l && memcmp(s + i - l, closers[k], l) == 0)
			return 1;
	}
	return 0;
}

/* What follows a marker: the end of the text, a space, a line's end, or
 * the punctuation of the sentence it sits in. */
static int marker_end(const char *s, size_t n, size_t e)
{
	return e >= n || strchr(" \n.,;:)", s[e]) != NULL;
}

/* A year, which a note's number glued to another would look like: up
 * to latest (the document's own year; "2032" in a paper of 1964 is
 * telegram 203 and note 2). */
static int year_like(const char *s, size_t b, size_t e, int latest)
{
	if (e - b != 4)
		return 0;
	int y = 0;
	sl_digits(s + b, 4, 4, &y);
	return y >= 1700 && y <= latest;
}

enum strength { NONE, WEAK, STRONG };

/* How surely the digits of a note's number at [i, i + len) are its
 * marker: glued to a word, a closing quote, or a sentence's stop and
 * followed by a new sentence ("Embtel 993.2 I had") is sure; glued to a
 * number ("Deptel 5103") is only possible, and never in a year. */
static enum strength marker_at(const char *s, size_t n, size_t i, size_t len, int latest)
{
	size_t e = i + len;
	if (i == 0 || !marker_end(s, n, e))
		return NONE;
	if (letter_before(s, i) || closer_before(s, i))
		return STRONG;
	char c = s[i - 1];
	if ((c == '.' || c == ',' || c == ';' || c == ':') && i >= 2 && s[i - 2] != ' ' && s[i - 2] != '\n') {
		/* "993.2 I had", not "3.2 percent" */
		size_t j = e;
		while (j < n && s[j] == ' ')
			j++;
		size_t l;
		return j >= n || s[j] == '\n' || uc_is_upper(ch_at(s + j, n - j, &l)) ? STRONG : NONE;
	}
	/* "Embtel 2582 2 to assist": a marker a space apart from a
	 * paper's number, before a word in lower case */
	if (c == ' ' && i >= 4 && s[i - 2] >= '0' && s[i - 2] <= '9' && s[i - 3] >= '0' && s[i - 3] <= '9' &&
	    s[i - 4] >= '0' && s[i - 4] <= '9' && e + 1 < n && s[e] == ' ' && s[e + 1] >= 'a' && s[e + 1] <= 'z')
		return STRONG;
	if (c >= '0' && c <= '9') {
		size_t b = i;
		while (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9')
			b--;
		/* a number left of at least two digits, not a year, inside
		 * a sentence (a telegram's own number opens its line: "2582.
		 * Have now had") */
		if (i - b >= 2 && !year_like(s, b, e, latest) && b > 0 && s[b - 1] == ' ' && !letter_before(s, b))
			return WEAK;
	}
	return NONE;
}

/* The first place in [from, to) where note k's marker is, of strength
 * at least min, or SIZE_MAX. */
static size_t marker_find(const char *s, size_t n, size_t from, size_t to, unsigned k, enum strength min, int latest)
{
	char digits[8];
	int len = snprintf(digits, sizeof digits, "%u", k);
	for (size_t i = from; i + (size_t)len <= to;) {
		size_t off = sl_find(sl_of(s + i, to - i), digits);
		if (off == SIZE_MAX)
			return SIZE_MAX;
		size_t at = i + off;
		/* not the end of a longer number: "12" is no marker 2 */
		if (at + (size_t)len >= n || s[at + (size_t)len] < '0' || s[at + (size_t)len] > '9')
			if (marker_at(s, n, at, (size_t)len, latest) >= min)
				return at;
		i = at + 1;
	}
	return SIZE_MAX;
}

/* Whether the item at line a is a source note ("1. Source: Department
 * of State, Central Files, ..."). */
static int source_note(const char *s, size_t a)
{
	while (s[a] == ' ')
		a++;
	if (s[a] == '-')
		return strncmp(s + a, "- Source:", 9) == 0;
	while (s[a] >= '0' && s[a] <= '9')
		a++;
	return strncmp(s + a, ". Source:", 9) == 0;
}

/* Finds the markers of notes first..count in [0, text_end), in order,
 * into marks (SIZE_MAX for one not found; items, when given, skip the
 * source note). A marker glued to a number counts only where no sure one
 * comes before the next note's sure marker. Returns how many notes were
 * found in order (a note missing its marker ends the run: what follows
 * is no note's), and the sure and unsure counts; -1 when a listed note
 * lacks its marker. Years run up to latest. */
static long marks_find(const char *s, size_t n, size_t text_end, const size_t *items, size_t first, size_t count,
		       int latest, size_t *marks, size_t *sure, size_t *unsure)
{
	size_t pos = 0;
	for (size_t k = first; k <= count; k++) {
		marks[k - 1] = SIZE_MAX;
		/* An edition's source note is marked on the heading. */
		if (items && source_note(s, items[k - 1]))
			continue;
		size_t next = k < count ? marker_find(s, n, pos, text_end, (unsigned)k + 1, STRONG, latest) : SIZE_MAX;
		size_t limit = next == SIZE_MAX ? text_end : next;
		size_t at = marker_find(s, n, pos, limit, (unsigned)k, STRONG, latest);
		if (at != SIZE_MAX) {
			(*sure)++;
		} else if ((at = marker_find(s, n, pos, limit, (unsigned)k, WEAK, latest)) != SIZE_MAX) {
			(*unsure)++;
		} else if (!items) {
			return (long)k - 1; /* the run of markers ends */
		} else if (k > 1) {
			return -1; /* a note without its marker: these are numbered points */
		} else {
			continue; /* the first note may be the heading's ("State1") */
		}
		marks[k - 1] = at;
		pos = at + 1;
	}
	return (long)count;
}

void footmarks_bracket(struct doc *d)
{
	const char *s = d->body;
	size_t n = d->body_len, items[NOTES_MAX], count = 0;
	int indented = 1, listed = 1;
	if (s == NULL || n == 0)
		return;
	if (!(list_find(s, n, items, &count, &indented) && count >= 2)) {
		indented = 1; /* a web page's list, as an indented one is */
		if (!bullets_find(s, n, items, &count)) {
			/* No list (the page cut short before it): the heading's
			 * marker 1 says the text's markers go on from 2. */
			if (!d->heading_marked)
				return;
			listed = 0;
			count = NOTES_MAX;
		}
	}
	size_t text_end = listed ? items[0] : n, marks[NOTES_MAX], sure = 0, unsure = 0;
	if (!listed)
		marks[0] = SIZE_MAX;
	int latest = d->date && strlen(d->date) >= 4 ? atoi(d->date) : 2099;
	long found = marks_find(s, n, text_end, listed ? items : NULL, listed ? 1 : 2, count, latest, marks, &sure,
				&unsure);
	if (found < 0)
		return;
	count = (size_t)found;
	/* Markers glued to numbers only beside sure ones, or under a list
	 * indented as a page's notes are (a letter's numbered points at its
	 * end are not); with no list, only beside a sure one. */
	if (sure + unsure == 0 || (!indented && (sure == 0 || unsure > sure)) || (!listed && sure == 0))
		return;
	struct buf b;
	buf_init(&b);
	buf_reserve(&b, n + 4 * count);
	size_t i = 0;
	for (size_t k = 1; k <= count; k++) {
		if (marks[k - 1] == SIZE_MAX)
			continue;
		buf_add(&b, s + i, marks[k - 1] - i);
		buf_printf(&b, "[%zu]", k);
		i = marks[k - 1] + (size_t)snprintf(NULL, 0, "%zu", k);
	}
	buf_add(&b, s + i, text_end - i);
	for (size_t k = 1; listed && k <= count; k++) {
		size_t e = k < count ? items[k] : n, a = item_text(s, items[k - 1], e), t = e;
		/* the arrow back is the page's, not the note's */
		while (t > a && (s[t - 1] == '\n' || s[t - 1] == ' '))
			t--;
		if (t - a >= 3 && memcmp(s + t - 3, BACK_ARROW, 3) == 0) {
			buf_printf(&b, "[%zu]", k);
			buf_add(&b, s + a, t - 3 - a);
			buf_add(&b, s + t, e - t);
			continue;
		}
		buf_printf(&b, "[%zu]", k);
		buf_add(&b, s + a, e - a);
	}
	free(d->body);
	d->body_len = b.len;
	d->body = buf_detach(&b);
}
