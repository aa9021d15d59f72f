/* date.c: archive date forms to ISO at their precision. Every part of
 * dossier that reads a date (the importers' header reader, references,
 * the reader's prompts) reads it here, so a form learned once is known
 * everywhere and the rules of the calendar are kept in one place. */
#include "dossier/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>
#include <unistr.h>

static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
				      "august", "september", "october", "november", "december" };

/* Russian month names in the genitive, as a date prints them ("5 августа
 * 1962"), lower case; the nominative is never a day's month. */
static const char *const months_ru[] = {
	"\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8f",                         /* января */
	"\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f",                 /* февраля */
	"\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0",                                 /* марта */
	"\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8f",                         /* апреля */
	"\xd0\xbc\xd0\xb0\xd1\x8f",                                                 /* мая */
	"\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f",                                         /* июня */
	"\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f",                                         /* июля */
	"\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0",                 /* августа */
	"\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f",         /* сентября */
	"\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f",                 /* октября */
	"\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f",                         /* ноября */
	"\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f",                 /* декабря */
};

/* Month names where they are not the English ones: German ("8. Juli
 * 1989", "3. Oktober 1990": a German archive's pages and the papers of
 * the GDR print them), Czech and Polish in the nominative and the
 * genitive ("26. srpen 1968", "26 sierpnia 1968": the Central European
 * archives'); of two forms that begin alike, the longer first. */
static const struct {
	const char *name;
	int m;
} months_other[] = {
	{ "januar", 1 }, { "februar", 2 }, { "m\xc3\xa4rz", 3 }, { "maerz", 3 }, { "mai", 5 },
	{ "juni", 6 },   { "juli", 7 },    { "oktober", 10 },     { "dezember", 12 },
	{ "leden", 1 }, { "ledna", 1 }, { "\xc3\xbanor", 2 }, { "\xc3\xbanora", 2 }, { "b\xc5\x99\x65zen", 3 },
	{ "b\xc5\x99\x65zna", 3 }, { "duben", 4 }, { "dubna", 4 }, { "kv\xc4\x9bten", 5 }, { "kv\xc4\x9btna", 5 },
	{ "\xc4\x8d\x65rvenec", 7 }, { "\xc4\x8d\x65rvence", 7 }, { "\xc4\x8d\x65rven", 6 }, { "\xc4\x8d\x65rvna", 6 },
	{ "srpen", 8 }, { "srpna", 8 }, { "z\xc3\xa1\xc5\x99\xc3\xad", 9 }, { "\xc5\x99\xc3\xadjen", 10 },
	{ "\xc5\x99\xc3\xadjna", 10 }, { "listopadu", 11 }, { "listopada", 11 }, { "listopad", 11 },
	{ "prosinec", 12 }, { "prosince", 12 },
	{ "stycze\xc5\x84", 1 }, { "stycznia", 1 }, { "luty", 2 }, { "lutego", 2 }, { "marzec", 3 }, { "marca", 3 },
	{ "kwiecie\xc5\x84", 4 }, { "kwietnia", 4 }, { "maja", 5 }, { "maj", 5 }, { "czerwiec", 6 }, { "czerwca", 6 },
	{ "lipiec", 7 }, { "lipca", 7 }, { "sierpie\xc5\x84", 8 }, { "sierpnia", 8 }, { "wrzesie\xc5\x84", 9 },
	{ "wrze\xc5\x9bnia", 9 }, { "pa\xc5\xba\x64ziernik", 10 }, { "pa\xc5\xba\x64ziernika", 10 },
	{ "grudzie\xc5\x84", 12 }, { "grudnia", 12 },
};

static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
					"saturday", "sunday", NULL };

int date_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1000 || y > 2999 || m < 0 || m > 12 || d < 0 || (m == 0 && d != 0))
		return 0;
	if (d == 0)
		return 1;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

/* Russian capitals fold to lower case by one step of the code point:
 * А-П (D0 90-9F) to а-п (D0 B0-BF), Р-Я (D0 A0-AF) to р-я (D1 80-8F). */
static int ru_lower_eq(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	if (len < n)
		return 0;
	for (size_t i = 0; i + 1 < n; i += 2) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		if (a == 0xd0 && b >= 0x90 && b <= 0x9f)
			b = (unsigned char)(b + 0x20);
		else if (a == 0xd0 && b >= 0xa0 && b <= 0xaf)
			a = 0xd1, b = (unsigned char)(b - 0x20);
		if (a != (unsigned char)lit[i] || b != (unsigned char)lit[i + 1])
			return 0;
	}
	/* the word ends there: no Cyrillic letter follows */
	return n == len || ((unsigned char)s[n] != 0xd0 && (unsigned char)s[n] != 0xd1);
}

int date_month_name(const char *s, size_t len, size_t *n)
{
	if (len >= 2 && ((unsigned char)s[0] == 0xd0 || (unsigned char)s[0] == 0xd1)) {
		for (int m = 0; m < 12; m++) {
			if (ru_lower_eq(s, len, months_ru[m])) {
				*n = strlen(months_ru[m]);
				return m + 1;
			}
		}
		return 0;
	}
	size_t w = 0;
	while (w < len && isalpha((unsigned char)s[w]))
		w++;
	/* the reference scan asks this of every word: most open with
	 * another letter than these months do (č, ú, ř, ä begin with the
	 * bytes 0xc3 to 0xc5) */
	char c0 = len ? (char)(s[0] | 0x20) : 0;
	unsigned char b0 = len ? (unsigned char)s[0] : 0;
	if ((c0 != 0 && strchr("jfmodlbkszpgwc", c0) != NULL) || (b0 >= 0xc3 && b0 <= 0xc5)) {
		for (size_t k = 0; k < sizeof months_other / sizeof months_other[0]; k++) {
			/* the first byte first: most words are no month's */
			unsigned char f = (unsigned char)months_other[k].name[0];
			if (f < 0x80 ? (char)(f | 0x20) != c0 : f != b0)
				continue;
			size_t dn = strlen(months_other[k].name);
			/* the whole word: no letter, ASCII or not, after it
			 * ("März" ends where its letters do) */
			if (dn <= len && strncasecmp(s, months_other[k].name, dn) == 0 &&
			    (dn == len || (!isalpha((unsigned char)s[dn]) && (unsigned char)s[dn] < 0x80))) {
				*n = dn;
				return months_other[k].m;
			}
		}
	}
	if (w < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (c0 != months[m][0])
			continue;
		size_t full = strlen(months[m]);
		if (w == full && strncasecmp(s, months[m], w) == 0) {
			*n = w;
			return m + 1;
		}
		/* "Oct.", "Sept." */
		if ((w == 3 || (w == 4 && m == 8)) && strncasecmp(s, months[m], w) == 0) {
			*n = w < len && s[w] == '.' ? w + 1 : w;
			return m + 1;
		}
		/* "Novr", "Septr", "Jany", "Augt": the eighteenth century's
		 * abbreviations, the month's first letters and its last */
		if (w >= 4 && w - 1 < full && strncasecmp(s, months[m], w - 1) == 0 &&
		    (s[w - 1] | 0x20) == months[m][full - 1]) {
			*n = w < len && s[w] == '.' ? w + 1 : w;
			return m + 1;
		}
	}
	return 0;
}

static int roman_month(const char *s, size_t len, size_t *n)
{
	static const char *const r[] = { "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I" };
	static const int v[] = { 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
	for (int i = 0; i < 12; i++) {
		size_t l = strlen(r[i]);
		if (l <= len && memcmp(s, r[i], l) == 0 && (l == len || !isalpha((unsigned char)s[l]))) {
			*n = l;
			return v[i];
		}
	}
	return 0;
}

/* Reads 1 to max digits; returns the count read, 0 when there are none
 * or more than max (a longer figure is not this form). */
static size_t digits(const char *s, size_t len, size_t max, int *v)
{
	size_t i = 0;
	*v = 0;
	while (i < len && i < max && isdigit((unsigned char)s[i]))
		*v = *v * 10 + (s[i++] - '0');
	if (i < len && isdigit((unsigned char)s[i]))
		return 0;
	return i;
}

/* Blanks inside a date: spaces, tabs and no-break spaces. */
static size_t sp(const char *s, size_t len, size_t i)
{
	for (;;) {
		if (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 1 < len && (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa0)
			i += 2;
		else
			return i;
	}
}

static size_t ordinal(const char *s, size_t len, size_t i)
{
	if (i + 1 < len && (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
			    strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0) &&
	    (i + 2 == len || !isalpha((unsigned char)s[i + 2])))
		return i + 2;
	return i;
}

/* "3–4" in "November 3–4, 1956", "3-4 November 1956": past the range's
 * last day (a hyphen or an en dash, a later day), or i. The paper is of
 * the first day. */
static size_t range_end(const char *s, size_t len, size_t i, int first)
{
	size_t j = i;
	if (j < len && s[j] == '-')
		j++;
	else if (j + 2 < len && (unsigned char)s[j] == 0xe2 && (unsigned char)s[j + 1] == 0x80 &&
		 (unsigned char)s[j + 2] == 0x93)
		j += 3;
	else
		return i;
	int last;
	size_t dn = digits(s + j, len - j, 2, &last);
	if (dn == 0 || last <= first || last > 31)
		return i;
	return ordinal(s, len, j + dn);
}

/* "[,] YYYY" after a month or a day: the bytes it takes, 0 if none. */
static size_t year_after(const char *s, size_t len, size_t i, int *y)
{
	size_t j = i;
	/* "November 18, 1788", and "Nov. 18. 1788" as clerks wrote it */
	if (j + 1 < len && (s[j] == ',' || (s[j] == '.' && s[j + 1] == ' ')))
		j++;
	j = sp(s, len, j);
	size_t yn = digits(s + j, len - j, 4, y);
	return yn == 4 ? j + yn - i : 0;
}

/* "13 June 1951", "13 June", "1st of June", "1. Oct. 1950", "14 MAR 52". */
static size_t day_month(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	int d, y;
	size_t i = digits(s, len, 2, &d), n;
	if (i == 0 || d < 1)
		return 0;
	i = ordinal(s, len, i);
	i = range_end(s, len, i, d);
	if (i < len && s[i] == '.')
		i++;
	size_t j = sp(s, len, i);
	if (j == i && s[i - 1] != '.')
		return 0;
	i = j;
	if (i + 3 < len && strncasecmp(s + i, "of ", 3) == 0)
		i += 3;
	int m = date_month_name(s + i, len - i, &n);
	if (!m)
		return 0;
	int capitals = isupper((unsigned char)s[i]) && n >= 3 && isupper((unsigned char)s[i + 1]);
	i += n;
	size_t yn = year_after(s, len, i, &y);
	if (yn && date_valid(y, m, d)) {
		*out = (struct date_val){ y, m, d, 0 };
		return i + yn;
	}
	/* "141530Z MAR 52", "14 MAR 52": telegraphic dates give the year in
	 * two digits after a month in capitals */
	if (capitals) {
		size_t k = sp(s, len, i);
		if (k > i && digits(s + k, len - k, 2, &y) == 2 && date_valid(1900 + y, m, d)) {
			*out = (struct date_val){ 1900 + y, m, d, 0 };
			return k + 2;
		}
	}
	/* "5 августа 1962 г." and "5 августа 1962 года" */
	if (ctx_year && date_valid(ctx_year, m, d)) {
		*out = (struct date_val){ ctx_year, m, d, 1 };
		return i;
	}
	return 0;
}

/* "June 13, 1951", "June 13", "October 1950", "Nov. 6". */
static size_t month_day(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	size_t n;
	int m = date_month_name(s, len, &n), d, y;
	if (!m)
		return 0;
	size_t i = sp(s, len, n);
	size_t yn = year_after(s, len, n, &y);
	if (yn) {
		if (!date_valid(y, m, 0))
			return 0;
		*out = (struct date_val){ y, m, 0, 0 };
		return n + yn;
	}
	size_t dn = digits(s + i, len - i, 2, &d);
	if (dn == 0 || i == n)
		return 0;
	i = ordinal(s, len, i + dn);
	/* a range of days, when its year follows */
	size_t r = range_end(s, len, i, d);
	if (r > i && year_after(s, len, r, &y))
		i = r;
	yn = year_after(s, len, i, &y);
	if (yn && date_valid(y, m, d)) {
		*out = (struct date_val){ y, m, d, 0 };
		return i + yn;
	}
	if (ctx_year && date_valid(ctx_year, m, d)) {
		*out = (struct date_val){ ctx_year, m, d, 1 };
		return i;
	}
	return 0;
}

/* "13.10.50", "13.06.1951", "24.III.50", "10/14/50" (US), "13/5-50". */
static size_t numeric(const char *s, size_t len, struct date_val *out)
{
	int a, b, y;
	size_t i = digits(s, len, 2, &a);
	if (i == 0 || i >= len || (s[i] != '.' && s[i] != '/' && s[i] != ' ' && s[i] != '-'))
		return 0;
	char sep1 = s[i++];
	size_t n = 0;
	/* "24.III.50", "25/X/1962", "12 XII 1970" with its year whole, and
	 * "14-VI-1951" (a hyphen only around a roman month: "3-4 November"
	 * is a range of days) */
	int roman = roman_month(s + i, len - i, &n);
	if (roman) {
		b = roman;
	} else if (sep1 == ' ' || sep1 == '-' || (n = digits(s + i, len - i, 2, &b)) == 0) {
		return 0;
	}
	i += n;
	if (i >= len || (s[i] != sep1 && !(sep1 == '/' && s[i] == '-')))
		return 0;
	char sep2 = s[i++];
	size_t yn = digits(s + i, len - i, 4, &y);
	if ((yn != 2 && yn != 4) || (sep1 == ' ' && yn != 4))
		return 0;
	y = yn == 2 ? 1900 + y : y;
	i += yn;
	if (i + 1 < len && s[i] == '.' && isdigit((unsigned char)s[i + 1]))
		return 0; /* a version number or a longer figure */
	int d = a, m = b;
	/* 10/14/50 and 6/25/50 are American: month first */
	if (sep1 == '/' && sep2 == '/' && !date_valid(y, m, d) && date_valid(y, a, b)) {
		m = a;
		d = b;
	}
	if (m == 0 || d == 0 || !date_valid(y, m, d))
		return 0;
	*out = (struct date_val){ y, m, d, 0 };
	return i;
}

/* "1950-10-01", "1950-10". */
static size_t iso(const char *s, size_t len, struct date_val *out)
{
	int y, m, d;
	/* "1950-10-01", and "1962/10/24" as archives' catalogues print it */
	if (digits(s, len, 4, &y) != 4 || len < 7 || (s[4] != '-' && s[4] != '/') ||
	    digits(s + 5, len - 5, 2, &m) != 2)
		return 0;
	if (len >= 10 && s[7] == s[4] && digits(s + 8, len - 8, 2, &d) == 2) {
		if (!date_valid(y, m, d) || m == 0 || d == 0)
			return 0;
		*out = (struct date_val){ y, m, d, 0 };
		return 10;
	}
	if (!date_valid(y, m, 0) || m == 0 || s[4] == '/')
		return 0;
	*out = (struct date_val){ y, m, 0, 0 };
	return 7;
}

/* A weekday before a date ("Wednesday, October 24, 1962"): its length
 * with the comma and blanks after it, or 0. */
static size_t weekday(const char *s, size_t len)
{
	for (size_t k = 0; weekdays[k] != NULL; k++) {
		size_t w = strlen(weekdays[k]);
		if (len > w && strncasecmp(s, weekdays[k], w) == 0 && !isalpha((unsigned char)s[w])) {
			size_t i = w;
			if (s[i] == ',')
				i++;
			return sp(s, len, i) > i ? sp(s, len, i) : 0;
		}
	}
	return 0;
}

size_t date_weekday(const char *s, size_t len)
{
	return weekday(s, len);
}

/* A time written before the day, as military and telegraphic usage does:
 * "0230 12 May", "2300 hours 4 June", "141530Z MAR 52" (day, hours,
 * minutes and the zone, then month and year). Returns the length up to
 * the day, or 0; *day_in is set when the day is the group's first two
 * digits. */
static size_t time_first(const char *s, size_t len, int *day_in)
{
	int v;
	size_t n = digits(s, len, 6, &v);
	*day_in = 0;
	if (n == 6 && len > 6 && s[6] == 'Z') {
		*day_in = 1;
		return 7;
	}
	/* "270150 Z JUN 73" */
	if (n == 6 && len > 8 && s[6] == ' ' && s[7] == 'Z' && s[8] == ' ') {
		*day_in = 1;
		return 8;
	}
	if (n != 4 || v / 100 > 23 || v % 100 > 59)
		return 0;
	size_t i = 4;
	if (i < len && s[i] == 'Z')
		i++;
	size_t j = sp(s, len, i);
	if (j + 5 <= len && strncasecmp(s + j, "hours", 5) == 0)
		j = sp(s, len, j + 5);
	return j > i || (j == i && i == 5) ? j : 0;
}

/* "1783 April 09", "1862 Jan. 5": a catalogue's date, the year first,
 * the month by its name. */
static size_t year_first(const char *s, size_t len, struct date_val *out)
{
	int y, d;
	size_t n, mn;
	if (digits(s, len, 4, &y) != 4 || len < 7 || s[4] != ' ')
		return 0;
	int m = date_month_name(s + 5, len - 5, &mn);
	n = 5 + mn;
	if (m == 0 || n >= len || s[n] != ' ')
		return 0;
	size_t dn = digits(s + n + 1, len - n - 1, 2, &d);
	if (dn == 0 || !date_valid(y, m, d))
		return 0;
	*out = (struct date_val){ y, m, d, 0 };
	return n + 1 + dn;
}

static size_t date_at(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	size_t n;
	if ((n = iso(s, len, out)) || (n = numeric(s, len, out)) || (n = day_month(s, len, ctx_year, out)) ||
	    (n = month_day(s, len, ctx_year, out)) || (n = year_first(s, len, out)))
		return n;
	return 0;
}

/* A date ends at a word's end: "13 Junes" and "1950-10-011" are none. */
static int ends_word(const char *s, size_t len, size_t n)
{
	if (n == len || isalnum((unsigned char)s[n]))
		return n == len;
	ucs4_t c;
	u8_mbtouc(&c, (const uint8_t *)s + n, len - n);
	return !uc_is_alpha(c);
}

/* " г.", " года" (Russian), " r.", " roku" (Polish) after a year: the
 * word "year" as those languages print it after a date ("5 августа
 * 1962 г.", "14 VI 1951 r."); the bytes it takes after n, or 0. */
static size_t year_word(const char *s, size_t len, size_t n)
{
	static const char *const words[] = { " \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0", " \xd0\xb3.", " \xd0\xb3", " roku",
					     " r.", " r", NULL };
	if (n < 4 || !isdigit((unsigned char)s[n - 1]) || !isdigit((unsigned char)s[n - 4]))
		return 0;
	for (size_t i = 0; words[i] != NULL; i++) {
		size_t l = strlen(words[i]);
		if (n + l <= len && memcmp(s + n, words[i], l) == 0 &&
		    (words[i][l - 1] == '.' || ends_word(s, len, n + l)))
			return l;
	}
	return 0;
}

/* The length of a quotation mark at s, opening (open) or closing: ",
 * the guillemets and the curly quotes Russian and German print. */
static size_t quote_mark(const char *s, size_t len, int open)
{
	static const char *const opens[] = { "\"", "\xc2\xab", "\xe2\x80\x9c", "\xe2\x80\x9e", NULL };
	static const char *const closes[] = { "\"", "\xc2\xbb", "\xe2\x80\x9d", "\xe2\x80\x9c", NULL };
	const char *const *q = open ? opens : closes;
	for (size_t i = 0; q[i] != NULL; i++)
		if (strlen(q[i]) <= len && memcmp(s, q[i], strlen(q[i])) == 0)
			return strlen(q[i]);
	return 0;
}

/* "«14» июня 1951 г.", "\"14\" June 1951": the day in quotation marks,
 * as Soviet forms print it; the bytes the date takes, or 0. */
static size_t quoted_day(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	int d;
	size_t o = quote_mark(s, len, 1), dn, c;
	if (o == 0 || (dn = digits(s + o, len - o, 2, &d)) == 0 || (c = quote_mark(s + o + dn, len - o - dn, 0)) == 0)
		return 0;
	char buf[80];
	size_t rest = o + dn + c;
	int w = snprintf(buf, sizeof buf, "%d%.*s", d, (int)(len - rest > 60 ? 60 : len - rest), s + rest);
	size_t n = w > 0 ? day_month(buf, (size_t)w, ctx_year, out) : 0;
	size_t head = (size_t)snprintf(NULL, 0, "%d", d);
	if (n <= head || !ends_word(buf, (size_t)w, n))
		return 0;
	return rest + n - head;
}

size_t date_parse(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	size_t q = quoted_day(s, len, ctx_year, out);
	if (q > 0)
		return q + year_word(s, len, q);
	size_t skip = weekday(s, len), n;
	int day_in;
	size_t t = time_first(s + skip, len - skip, &day_in);
	if (t && day_in) {
		/* "141530Z MAR 52": the day is the group's first digits */
		char buf[64];
		int w = snprintf(buf, sizeof buf, "%.2s %.*s", s + skip, (int)(len - skip - t > 40 ? 40 : len - skip - t),
				 s + skip + t);
		n = w > 0 ? day_month(buf, (size_t)w, ctx_year, out) : 0;
		if (n > 3 && ends_word(buf, (size_t)w, n))
			return skip + t + n - 3;
		t = 0;
	}
	if (t && (n = day_month(s + skip + t, len - skip - t, ctx_year, out)) &&
	    ends_word(s, len, skip + t + n))
		return skip + t + n;
	n = date_at(s + skip, len - skip, ctx_year, out);
	if (n == 0 || !ends_word(s, len, skip + n))
		return 0;
	return skip + n + year_word(s, len, skip + n);
}

size_t date_parse_year(const char *s, size_t len, struct date_val *out)
{
	int y;
	size_t n = digits(s, len, 4, &y);
	if (n != 4 || !date_valid(y, 0, 0) || !ends_word(s, len, 4))
		return 0;
	*out = (struct date_val){ y, 0, 0, 0 };
	return 4;
}

size_t date_find(const char *s, size_t len, int ctx_year, struct date_val *out, size_t *dlen)
{
	for (size_t i = 0; i < len; i++) {
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue; /* dates start at a word */
		size_t n = date_parse(s + i, len - i, ctx_year, out);
		if (n) {
			*dlen = n;
			return i;
		}
	}
	*dlen = 0;
	return len;
}

size_t date_time_len(const char *s, size_t len)
{
	static const char *const words[] = { "noon", "midnight", NULL };
	static const char *const suffixes[] = { "a.m.", "p.m.", "a. m.", "p. m.", "a.m", "p.m", "a. m", "p. m", "am", "pm", "hours",
						"hrs.", "hrs", "h.", "h", "o'clock", "Z", "noon", "midnight", NULL };
	for (size_t i = 0; words[i] != NULL; i++) {
		size_t w = strlen(words[i]);
		if (len >= w && strncasecmp(s, words[i], w) == 0 && (len == w || !isalpha((unsigned char)s[w])))
			return w;
	}
	int h, m;
	size_t k = digits(s, len, 2, &h), minutes = 0;
	if (k == 0) {
		/* "2300 hours", "0230Z" */
		k = digits(s, len, 4, &h);
		if (k != 4 || h / 100 > 23 || h % 100 > 59)
			return 0;
		minutes = 2;
	} else if (h > 24) {
		return 0;
	}
	if (!minutes && k + 2 < len && (s[k] == ':' || s[k] == '.') && digits(s + k + 1, len - k - 1, 2, &m) == 2 &&
	    m < 60) {
		k += 3;
		minutes = 1;
	} else if (!minutes && k + 2 < len && s[k] == '-' && digits(s + k + 1, len - k - 1, 2, &m) == 2 && m < 60) {
		/* "1-50 p.m.", as Australian cables print the hour: with its
		 * a.m. or p.m. only ("1-50" alone is a range) */
		k += 3;
		minutes = 3;
	}
	size_t r = sp(s, len, k);
	for (size_t i = 0; suffixes[i] != NULL; i++) {
		size_t n = strlen(suffixes[i]);
		int zone = suffixes[i][0] == 'Z';
		if (zone && r != k)
			continue;
		if (len - r >= n && (zone ? s[r] == 'Z' : strncasecmp(s + r, suffixes[i], n) == 0) &&
		    (r + n == len || !isalpha((unsigned char)s[r + n])))
			return r + n;
	}
	if (minutes != 1 || (k < len && isalnum((unsigned char)s[k])))
		return 0;
	return k;
}

int date_from_file_code(const char *code, size_t len, struct date_val *out)
{
	const char *slash = memchr(code, '/', len);
	if (slash == NULL)
		return -1;
	size_t i = (size_t)(slash - code) + 1;
	int m, rest;
	size_t n = digits(code + i, len - i, 2, &m);
	if (n == 0)
		return -1;
	i += n;
	/* a hyphen, an en dash or an em dash */
	if (i < len && code[i] == '-')
		i++;
	else if (i + 2 < len && (unsigned char)code[i] == 0xe2 && (unsigned char)code[i + 1] == 0x80 &&
		 ((unsigned char)code[i + 2] == 0x93 || (unsigned char)code[i + 2] == 0x94))
		i += 3;
	else
		return -1;
	size_t dn = digits(code + i, len - i, 4, &rest);
	if (dn < 3)
		return -1;
	int d = rest / 100, y = 1900 + rest % 100;
	if (m < 1 || d < 1 || !date_valid(y, m, d))
		return -1;
	*out = (struct date_val){ y, m, d, 0 };
	return 0;
}

void date_iso(const struct date_val *v, char *out)
{
	if (v->y == 0)
		out[0] = '\0';
	else if (v->m == 0)
		snprintf(out, 11, "%04d", v->y);
	else if (v->d == 0)
		snprintf(out, 11, "%04d-%02d", v->y, v->m);
	else
		snprintf(out, 11, "%04d-%02d-%02d", v->y, v->m, v->d);
}

int date_from_iso(const char *s, struct date_val *out)
{
	*out = (struct date_val){ 0, 0, 0, 0 };
	if (s == NULL)
		return -1;
	int n = sscanf(s, "%4d-%2d-%2d", &out->y, &out->m, &out->d);
	return n >= 1 ? 0 : -1;
}
