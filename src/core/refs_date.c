/* refs_date.c: the dates of references ("of March 2", "of the 7th
 * instant", "yesterday", "of 5.VIII.51", a weekday in the citing letter's
 * week), with the times, pages and numbers that follow a date. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* "yesterday" and "today" (or "this date", "this afternoon", "last
 * night") in a letter of a known day: the day before it, or that day. Returns the length, or 0. */
static size_t day_named_at(const struct date_val *ctx, const char *s, size_t len, struct date_val *v)
{
	static const struct {
		const char *word;
		int back;
	} words[] = { { "yesterday", 1 },     { "today", 0 },        { "this date", 0 },  { "this morning", 0 },
		      { "this afternoon", 0 }, { "this evening", 0 }, { "tonight", 0 },    { "last night", 1 } };
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (ctx->d == 0)
		return 0;
	for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
		size_t n = strlen(words[w].word);
		if (n > len || strncasecmp(s, words[w].word, n) != 0 || (n < len && isalpha((unsigned char)s[n])))
			continue;
		*v = (struct date_val){ ctx->y, ctx->m, ctx->d, 0 };
		if (words[w].back && --v->d == 0) {
			if (--v->m == 0) {
				v->m = 12;
				v->y--;
			}
			v->d = mdays[v->m - 1] + (v->m == 2 && leap(v->y));
		}
		return n;
	}
	return 0;
}

/* Day d of ctx's month, or (back) of the month before, into *v: 0, or -1
 * when that month has no such day ("31 ultimo" of a month of 30 days). */
static int day_in_month(const struct date_val *ctx, int d, int back, struct date_val *v)
{
	*v = (struct date_val){ ctx->y, ctx->m, d, 0 };
	if (back && --v->m == 0) {
		v->m = 12;
		v->y--;
	}
	char dmy[16];
	struct date_val chk;
	int dn = snprintf(dmy, sizeof dmy, "%d.%d.%04d", v->d, v->m, v->y);
	return dn > 0 && date_parse(dmy, (size_t)dn, 0, &chk) == (size_t)dn ? 0 : -1;
}

/* "the 10th instant", "the 30th ultimo", "10 of this month": a day of
 * the citing letter's month or of the month before; "yesterday",
 * "today". Returns the length, or 0. */
size_t refs_day_of_month_at(const struct scan *sc, const char *s, size_t len, struct date_val *v)
{
	struct date_val ctx;
	if (date_from_iso(sc->rel, &ctx) != 0 || ctx.m == 0)
		return 0;
	size_t named = day_named_at(&ctx, s, len, v);
	if (named)
		return named;
	/* "10 of this month", "the 3rd of last month": the article may go */
	int the = len >= 4 && strncasecmp(s, "the ", 4) == 0;
	size_t i = the ? 4 : 0;
	int d = 0;
	while (i < len && isdigit((unsigned char)s[i]) && d < 100)
		d = d * 10 + (s[i++] - '0');
	if (d < 1 || d > 31 || i + 2 > len)
		return 0;
	if (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 || strncasecmp(s + i, "rd", 2) == 0 ||
	    strncasecmp(s + i, "th", 2) == 0)
		i += 2;
	else if (s[i] == 'd' && (i + 1 == len || !isalpha((unsigned char)s[i + 1])))
		i++; /* "the 2d instant", "the 23d ultimo": the old spelling */
	if (i < len && s[i] == ',')
		i++;
	while (i < len && s[i] == ' ')
		i++;
	static const char *const months[] = { "of this month", "of the current month", "of last month",
					      "of the previous month" };
	for (size_t w = 0; w < 4; w++) {
		size_t n = strlen(months[w]);
		if (i + n <= len && strncasecmp(s + i, months[w], n) == 0 &&
		    (i + n == len || !isalpha((unsigned char)s[i + n])))
			return day_in_month(&ctx, d, w >= 2, v) == 0 ? i + n : 0;
	}
	if (!the)
		return 0;
	static const char *const words[] = { "instant", "inst.", "ultimo", "ult." };
	for (size_t w = 0; w < 4; w++) {
		size_t n = strlen(words[w]);
		if (i + n > len || strncasecmp(s + i, words[w], n) != 0 ||
		    (i + n < len && isalpha((unsigned char)s[i + n])))
			continue;
		return day_in_month(&ctx, d, w >= 2, v) == 0 ? i + n : 0;
	}
	/* "your letter of the 26th": the latest such day on or before the
	 * letter, this month's or the month before's. Not "the 7th Army",
	 * "the 4th of April", "the 20th century" (a word after it that
	 * counts something else). */
	static const char *const counted[] = { "century", "centuries", "anniversary", "parallel", "congress", "plenum",
					       "session", "army", "division", "regiment", "corps", "floor", "time",
					       "round", "day", "year", "meeting", "birthday", "of", NULL };
	size_t k = i;
	while (k > 4 && (s[k - 1] == ' ' || s[k - 1] == ','))
		k--;
	if (k == 4 || !(strncasecmp(s + k - 2, "th", 2) == 0 || strncasecmp(s + k - 2, "st", 2) == 0 ||
			strncasecmp(s + k - 2, "nd", 2) == 0 || strncasecmp(s + k - 2, "rd", 2) == 0))
		return 0;
	if (i < len && isupper((unsigned char)s[i]))
		return 0;
	for (size_t c = 0; counted[c] != NULL && i < len; c++) {
		size_t n = strlen(counted[c]);
		if (i + n <= len && strncasecmp(s + i, counted[c], n) == 0 && (i + n == len || !isalpha((unsigned char)s[i + n])))
			return 0;
	}
	return day_in_month(&ctx, d, d > ctx.d, v) == 0 ? k : 0;
}

/* "4th", "7th", "2d" alone, as telegrams write a day: the latest such
 * day on or before the citing letter (this month's, else the month
 * before). Not "4th Army" or "the 8th instant" (day_of_month_at's).
 * Returns the length, or 0. */
size_t refs_ordinal_day_at(const struct scan *sc, const char *s, size_t len, struct date_val *v)
{
	struct date_val ctx;
	if (date_from_iso(sc->rel, &ctx) != 0 || ctx.d == 0)
		return 0;
	size_t i = 0;
	int d = 0;
	while (i < len && i < 2 && isdigit((unsigned char)s[i]))
		d = d * 10 + (s[i++] - '0');
	if (d < 1 || d > 31 || i + 1 > len)
		return 0;
	static const char *const suffixes[] = { "st", "nd", "rd", "th", "d" };
	size_t k;
	for (k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
		if (i + strlen(suffixes[k]) <= len && strncasecmp(s + i, suffixes[k], strlen(suffixes[k])) == 0)
			break;
	if (k == sizeof suffixes / sizeof suffixes[0])
		return 0;
	i += strlen(suffixes[k]);
	if (i < len && refs_is_word_byte((unsigned char)s[i]))
		return 0;
	/* "7th Army", "4th of April": the word after says it is no day of
	 * this month. */
	if (i + 1 < len && s[i] == ' ' && (isupper((unsigned char)s[i + 1]) || refs_starts(s, len, i + 1, "of ") ||
					   refs_starts(s, len, i + 1, "inst") || refs_starts(s, len, i + 1, "ult")))
		return 0;
	return day_in_month(&ctx, d, d > ctx.d, v) == 0 ? i : 0;
}

/* Russian letters print their capitals in two bytes: "В" (D0 92) is
 * "в" (D0 B2). Lowers the Cyrillic capitals of s (n bytes) into out
 * (outsz bytes); returns 0 if it does not fit. */
int refs_ru_lower(const char *s, size_t n, char *out, size_t outsz)
{
	if (n >= outsz)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = (char)c;
		if (c == 0xd0 && i + 1 < n) {
			unsigned char d = (unsigned char)s[i + 1];
			if (d >= 0x90 && d <= 0x9f) {
				out[i + 1] = (char)(d + 0x20);
			} else if (d >= 0xa0 && d <= 0xaf) {
				out[i] = (char)0xd1;
				out[i + 1] = (char)(d - 0x20);
			} else if (d == 0x81) {
				out[i] = (char)0xd1; /* Ё */
				out[i + 1] = (char)0x91;
			} else {
				out[i + 1] = (char)d;
			}
			i++;
		}
	}
	out[n] = '\0';
	return 1;
}

/* The end of the word of non-ASCII letters (Cyrillic) at i. */
size_t refs_ru_word_end(const char *s, size_t len, size_t i)
{
	while (i < len && (unsigned char)s[i] >= 0x80 && strncmp(s + i, "\xe2\x84\x96", 3) != 0)
		i++;
	return i;
}

/* A date at i (date.c reads English and Russian), and "the 15th of
 * August", as a diplomat writes the day first. Returns its length. */
static size_t date_at_plain(const struct scan *sc, size_t i, struct date_val *v);

size_t refs_unbracket(const char *s, size_t from, size_t to, char *buf, size_t *at, size_t cap, int *brackets)
{
	size_t n = 0;
	*brackets = 0;
	for (size_t k = from; k < to && n + 1 < cap && s[k] != '\n'; k++) {
		if (s[k] == '[' || s[k] == ']' || s[k] == '(' || s[k] == ')') {
			(*brackets)++;
			continue;
		}
		at[n] = k;
		buf[n++] = s[k];
	}
	buf[n] = '\0';
	return n;
}

/* "the 15th [of November]", "August (1955)": an editor's or a writer's
 * bracket inside a date. The date read with the brackets left out; its
 * length in s, or 0. */
static size_t date_bracketed(const struct scan *sc, size_t i, struct date_val *v)
{
	const char *s = sc->s;
	size_t len = sc->len, at[48], k;
	char buf[48];
	int brackets;
	/* only inside the date: a bracket opening it is another's */
	if (i >= len || strchr("[]()", s[i]) != NULL)
		return 0;
	size_t n = refs_unbracket(s, i, len < i + 40 ? len : i + 40, buf, at, sizeof buf, &brackets);
	if (brackets == 0 || n == 0)
		return 0;
	struct scan t = *sc;
	t.s = buf;
	t.len = n;
	size_t got = date_at_plain(&t, 0, v);
	if (got == 0 || got > n)
		return 0;
	/* a closing bracket right after the date belongs to it */
	size_t end = at[got - 1] + 1;
	if (end < len && (s[end] == ']' || s[end] == ')'))
		end++;
	/* the brackets must be inside what was read */
	size_t inside = 0;
	for (k = i; k < end; k++)
		inside += s[k] == '[' || s[k] == '(';
	return inside ? end - i : 0;
}

size_t refs_date_at(const struct scan *sc, size_t i, struct date_val *v)
{
	size_t n = date_at_plain(sc, i, v);
	return n ? n : date_bracketed(sc, i, v);
}

static size_t date_at_plain(const struct scan *sc, size_t i, struct date_val *v)
{
	const char *s = sc->s;
	size_t len = sc->len, n = date_parse(s + i, len - i, sc->year, v), mn;
	/* "note of May 1040": no year of these papers, but May 10 and a
	 * note's number glued to it (read below) */
	if (n > 0 && v->y > 0 && v->y < 1700)
		n = 0;
	if (n == 0 && refs_starts(s, len, i, "the ") && i + 4 < len && isdigit((unsigned char)s[i + 4]) &&
	    (n = date_parse(s + i + 4, len - i - 4, sc->year, v)) != 0)
		n += 4;
	/* "13.10.50", "05.01.07": a year of two digits is of the letter's
	 * century, the latest on or before it (date.c reads 19xx). */
	const char *yy = s + i + n;
	if (n >= 5 && sc->year_known && isdigit((unsigned char)yy[-1]) && isdigit((unsigned char)yy[-2]) &&
	    (yy[-3] == '.' || yy[-3] == '/' || yy[-3] == '-') && v->y >= 1900 && v->y < 2000) {
		int y = sc->year - sc->year % 100 + v->y % 100;
		v->y = y > sc->year ? y - 100 : y;
	}
	/* "the 22d of September", "23d July": the old spelling of "22nd". */
	size_t t = i + (refs_starts(s, len, i, "the ") ? 4 : 0), dn = t;
	while (n == 0 && dn < len && dn < t + 2 && isdigit((unsigned char)s[dn]))
		dn++;
	if (n == 0 && dn > t && dn + 1 < len && s[dn] == 'd' && s[dn + 1] == ' ') {
		char buf[48];
		size_t rest = len - dn - 1 < 24 ? len - dn - 1 : 24;
		int bn = snprintf(buf, sizeof buf, "%.*snd%.*s", (int)(dn - t), s + t, (int)rest, s + dn + 1);
		size_t got = bn > 0 ? date_parse(buf, (size_t)bn, sc->year, v) : 0;
		if (got > dn - t + 2)
			return got - 1 + (t - i);
	}
	/* "September [Page 1390] 10": a page of the edition turns inside the
	 * date; the marker is no part of it. */
	if (n == 0 && date_month_name(s + i, len - i, &mn) && mn < 16 && refs_starts(s, len, i + mn, " [Page ")) {
		const char *close = memchr(s + i + mn, ']', len - i - mn < 20 ? len - i - mn : 20);
		size_t d = close ? (size_t)(close - s) + 1 : 0, e;
		if (close && d + 1 < len && s[d] == ' ' && isdigit((unsigned char)s[d + 1])) {
			for (e = d + 1; e < len && e < d + 3 && isdigit((unsigned char)s[e]);)
				e++;
			char buf[32];
			int bn = snprintf(buf, sizeof buf, "%.*s %.*s", (int)mn, s + i, (int)(e - d - 1), s + d + 1);
			if (bn > 0 && (size_t)bn < sizeof buf && date_parse(buf, (size_t)bn, sc->year, v) == (size_t)bn)
				return e - i;
		}
	}
	/* "June 172", "14 November81": a web page of FRUS glues the
	 * footnote's number to the day (June 17, note 2) or the month. The
	 * day is the one or two digits that make a day of the month; one or
	 * two more are the note's. */
	if (n == 0 && isdigit((unsigned char)s[i])) {
		size_t d = i;
		while (d < len && d < i + 2 && isdigit((unsigned char)s[d]))
			d++;
		size_t m = refs_skip_sp(s, len, d), e;
		if (m > d && date_month_name(s + m, len - m, &mn) && m + mn + 1 < len &&
		    isdigit((unsigned char)s[m + mn]) && (e = m + mn) &&
		    (date_parse(s + i, m + mn - i, sc->year, v) == m + mn - i)) {
			while (e < len && e < m + mn + 2 && isdigit((unsigned char)s[e]))
				e++;
			if (e == len || !isdigit((unsigned char)s[e]))
				return e - i;
		}
	}
	if (n == 0 && date_month_name(s + i, len - i, &mn) && mn < 16) {
		size_t d = refs_skip_sp(s, len, i + mn + (i + mn < len && s[i + mn] == '.')), e = d;
		while (e < len && isdigit((unsigned char)s[e]))
			e++;
		for (size_t keep = 2; keep >= 1; keep--) {
			char buf[32];
			if (e - d < keep + 1 || e - d > keep + 2)
				continue;
			int bn = snprintf(buf, sizeof buf, "%.*s", (int)(d + keep - i), s + i);
			if (bn > 0 && (size_t)bn < sizeof buf && date_parse(buf, (size_t)bn, sc->year, v) == (size_t)bn)
				return e - i;
		}
	}
	return n;
}

/* "4:15 3 March": the hour a telegram was sent, written before its day
 * (date.c reads "0230 12 May" whole). Returns where the day starts, or i
 * when no day follows the hour. */
static size_t time_before_date(const struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, j = i + date_time_len(s + i, len - i);
	if (j == i || !isdigit((unsigned char)s[i]))
		return i;
	if (j < len && s[j] == ',')
		j++;
	size_t k = refs_skip_sp(s, len, j);
	struct date_val v;
	return k > j && refs_date_at(sc, k, &v) ? k : i;
}

/* ", 7 p.m.", ", 5 p. m.", " at 4:15 p. m.", ", noon": the hour a
 * telegram was sent, printed after its day (FRUS). Returns its end, or
 * i. */
size_t refs_time_after_date(const char *s, size_t len, size_t i)
{
	size_t j = i;
	if (j < len && s[j] == ',')
		j++;
	j = refs_skip_sp(s, len, j);
	if (refs_starts(s, len, j, "at "))
		j = refs_skip_sp(s, len, j + 3);
	size_t t = date_time_len(s + j, len - j);
	return t ? j + t : i;
}

/* "p. 211", "pp. 211-213", "p. 22n": a page of the volume at i (a FRUS
 * note prints the page where a paper of the volume stands). Writes the
 * first page into out; returns the end, or 0. */
size_t refs_page_at(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	size_t j = i;
	if (j > 0 && refs_is_word_byte((unsigned char)s[j - 1]))
		return 0;
	if (refs_starts(s, len, j, "pp. "))
		j += 4;
	else if (refs_starts(s, len, j, "p. "))
		j += 3;
	else
		return 0;
	size_t d = j;
	while (j < len && isdigit((unsigned char)s[j]) && j - d < 6)
		j++;
	if (j == d || (j < len && isalnum((unsigned char)s[j]) && s[j] != 'n'))
		return 0;
	snprintf(out, outsz, "%.*s", (int)(j - d), s + d);
	if (j < len && s[j] == 'n')
		j++; /* "p. 22n": its footnote */
	if (j + 1 < len && (s[j] == '-' || s[j] == '/') && isdigit((unsigned char)s[j + 1]))
		for (j++; j < len && isdigit((unsigned char)s[j]);)
			j++;
	else if (refs_starts(s, len, j, "\xe2\x80\x93") && j + 3 < len && isdigit((unsigned char)s[j + 3]))
		for (j += 3; j < len && isdigit((unsigned char)s[j]);)
			j++;
	return j;
}

/* ", to Paris", " from Moscow": where a telegram went or came from,
 * after its number or day (FRUS notes). Returns its end, or i. */

/* After a reference at i, what a FRUS note adds: the direction (", to
 * Paris", " from Moscow") and the page the paper is printed on (", p.
 * 211"). Sets r->page and returns the end, or i when no page follows. */
size_t refs_direction_after(const char *s, size_t len, size_t i)
{
	size_t k = i;
	if (k < len && s[k] == ',')
		k++;
	k = refs_skip_sp(s, len, k);
	if (refs_starts(s, len, k, "to ") || refs_starts(s, len, k, "from ")) {
		size_t w = k + (s[k] == 't' ? 3 : 5);
		size_t mn;
		if (w < len && isupper((unsigned char)s[w]) && !date_month_name(s + w, len - w, &mn)) {
			/* "from Moscow October 30": the place ends at the month. */
			while (w < len && (isalpha((unsigned char)s[w]) ||
					   (s[w] == ' ' && w + 1 < len && isupper((unsigned char)s[w + 1]) &&
					    !date_month_name(s + w + 1, len - w - 1, &mn))))
				w++;
			return w;
		}
	}
	return i;
}

size_t refs_page_after(const char *s, size_t len, size_t i, struct ref_found *r)
{
	size_t j = refs_direction_after(s, len, i), k;
	k = j;
	if (k < len && s[k] == ',')
		k++;
	k = refs_skip_sp(s, len, k);
	size_t e = refs_page_at(s, len, k, r->page, sizeof r->page);
	return e ? e : i;
}

/* "of December 11, No. 556", "of September 7 (No. 39)": the number a
 * diplomat gives after the day. At i, the day's end; sets r->number and
 * returns the end, or i. */
static size_t number_after_date(const char *s, size_t len, size_t i, struct ref_found *r)
{
	size_t q = i;
	int paren = 0;
	if (q < len && s[q] == ',')
		q++;
	q = refs_skip_sp(s, len, q);
	if (q < len && s[q] == '(') {
		paren = 1;
		q++;
	}
	size_t m = refs_number_marker(s, len, q), t;
	if (m == 0 || refs_plural_marker(s, len, q) || s[q] == '#' || (q == i && !paren))
		return i;
	m = refs_skip_sp(s, len, m);
	if ((t = refs_number_token(s, len, m, r->number, sizeof r->number)) == 0)
		return i;
	return m + t + (paren && m + t < len && s[m + t] == ')');
}

/* Dates after "of"/"dated"/"from" at i: one reference per date ("the
 * cable of 30 September and 1 October" is two). Returns the end of the
 * last date, or 0. */
size_t refs_dates_after(struct scan *sc, struct ref_found *base, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, end = 0;
	struct date_val prev = { 0 };
	for (int k = 0; k < 6; k++) {
		i = refs_skip_sp(s, len, i);
		if (k == 0)
			i = time_before_date(sc, i);
		struct date_val v;
		size_t n = refs_date_at(sc, i, &v);
		/* "of May 12 and 24": a day alone after a month and day is
		 * of the same month. */
		if (n == 0 && k > 0 && prev.d && i < len && isdigit((unsigned char)s[i])) {
			size_t e = i;
			int d = 0;
			while (e < len && e < i + 2 && isdigit((unsigned char)s[e]))
				d = d * 10 + (s[e++] - '0');
			char dmy[16];
			struct date_val chk;
			int dn = snprintf(dmy, sizeof dmy, "%d.%d.%04d", d, prev.m, prev.y);
			if ((e == len || !isalnum((unsigned char)s[e])) && dn > 0 &&
			    date_parse(dmy, (size_t)dn, 0, &chk) == (size_t)dn) {
				v = prev;
				v.d = d;
				n = e - i;
			}
		}
		if (n == 0 && k > 0) {
			/* "30 September and 1 October": a day before a month
			 * that comes later in the phrase. */
			break;
		}
		/* "my messages of 26 and 27 October 1962": the first day takes
		 * the month and year of the second. */
		size_t dd = i, and_at;
		while (dd < len && dd < i + 2 && isdigit((unsigned char)s[dd]))
			dd++;
		struct date_val later;
		size_t ln;
		if (n == 0 && k == 0 && dd > i && refs_starts(s, len, dd, " and ") &&
		    isdigit((unsigned char)s[and_at = dd + 5]) && (ln = refs_date_at(sc, and_at, &later)) != 0 && later.d &&
		    date_valid(later.y, later.m, refs_atoi_safe(s + i))) {
			struct ref_found first = *base;
			struct date_val v1 = later;
			v1.d = refs_atoi_safe(s + i);
			first.end = dd;
			refs_put_date(sc, v1, &first);
			refs_emit(sc, &first);
			struct ref_found second = *base;
			second.start = and_at;
			second.end = and_at + ln;
			refs_put_date(sc, later, &second);
			refs_emit(sc, &second);
			return second.end;
		}
		if (n == 0 && ((n = refs_day_of_month_at(sc, s + i, len - i, &v)) != 0 ||
			       (n = refs_ordinal_day_at(sc, s + i, len - i, &v)) != 0)) {
			struct ref_found r = *base;
			r.end = i + n;
			refs_put_relative(sc, &v, &r);
			refs_emit(sc, &r);
			return i + n;
		}
		if (n == 0) {
			if (i + 9 <= len && strncasecmp(s + i, "this year", 9) == 0 && sc->year_known) {
				struct ref_found r = *base;
				r.end = i + 9;
				snprintf(r.date, sizeof r.date, "%04d", sc->year);
				refs_emit(sc, &r);
				return i + 9;
			}
			/* "30 September and 1 October 1950": the first date
			 * lacks a year the second gives. */
			return end;
		}
		struct ref_found r = *base;
		if (k > 0)
			r.start = i;
		r.end = refs_page_after(s, len, refs_time_after_date(s, len, i + n), &r);
		if (k == 0 && !r.number[0])
			r.end = number_after_date(s, len, r.end, &r);
		refs_put_date(sc, v, &r);
		refs_emit(sc, &r);
		prev = v;
		end = r.end;
		i = refs_skip_sp(s, len, end);
		if (i + 4 <= len && strncmp(s + i, "and ", 4) == 0)
			i += 4;
		else if (i < len && s[i] == ',')
			i++;
		else
			break;
	}
	return end;
}

/* "9/21": a cable's day after its number ("SANTIAGO 4465, 9/21"), month
 * first, of the citing letter's year (or the year before). Not "9/21/73"
 * (a date of its own) nor a fraction in a sum. Returns its length. */
size_t refs_month_day_at(const char *s, size_t len, size_t i, struct date_val *v)
{
	size_t e = i;
	int m = 0, d = 0;
	while (e < len && e - i < 2 && isdigit((unsigned char)s[e]))
		m = m * 10 + (s[e++] - '0');
	if (e == i || e >= len || s[e] != '/')
		return 0;
	size_t b = ++e;
	while (e < len && e - b < 2 && isdigit((unsigned char)s[e]))
		d = d * 10 + (s[e++] - '0');
	if (e == b || m < 1 || m > 12 || d < 1 || d > 31 || (e < len && (isalnum((unsigned char)s[e]) || s[e] == '/')) ||
	    refs_starts(s, len, e, " of "))
		return 0;
	*v = (struct date_val){ .m = m, .d = d, .inferred = 1 };
	return e - i;
}
