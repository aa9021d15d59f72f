/* date.c: archive date forms to ISO at their precision. */
#include "dossier/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
				      "august", "september", "october", "november", "december" };

int date_month_name(const char *s, size_t len, size_t *n)
{
	size_t w = 0;
	while (w < len && isalpha((unsigned char)s[w]))
		w++;
	if (w < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(months[m]);
		if (w == full && strncasecmp(s, months[m], w) == 0) {
			*n = w;
			return m + 1;
		}
		/* "Oct." and "Sept." */
		if ((w == 3 || (w == 4 && m == 8)) && strncasecmp(s, months[m], w) == 0) {
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

/* Reads 1 to max digits; returns the count read. */
static size_t digits(const char *s, size_t len, size_t max, int *v)
{
	size_t i = 0;
	*v = 0;
	while (i < len && i < max && isdigit((unsigned char)s[i]))
		*v = *v * 10 + (s[i++] - '0');
	if (i < len && isdigit((unsigned char)s[i]))
		return 0; /* longer than allowed: not this form */
	return i;
}

static int full_year(int y, size_t ndigits)
{
	return ndigits == 2 ? 1900 + y : y;
}

static int valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

/* Skips spaces; returns the new index. */
static size_t sp(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* "13 June 1951", "13 June", "1st of June". */
static size_t day_month(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	int d, y;
	size_t i = digits(s, len, 2, &d), n;
	if (i == 0)
		return 0;
	if (i + 1 < len && (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
			    strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0))
		i += 2;
	i = sp(s, len, i);
	if (i + 3 < len && strncasecmp(s + i, "of ", 3) == 0)
		i += 3;
	int m = date_month_name(s + i, len - i, &n);
	if (!m)
		return 0;
	i += n;
	size_t j = i;
	if (j < len && s[j] == ',')
		j++;
	j = sp(s, len, j);
	size_t yn = digits(s + j, len - j, 4, &y);
	if (yn == 4 && valid(y, m, d)) {
		*out = (struct date_val){ y, m, d, 0 };
		return j + yn;
	}
	if (ctx_year && valid(ctx_year, m, d)) {
		*out = (struct date_val){ ctx_year, m, d, 1 };
		return i;
	}
	return 0;
}

/* "June 13, 1951", "June 13", "October 1950". */
static size_t month_day(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	size_t n;
	int m = date_month_name(s, len, &n), d, y;
	if (!m)
		return 0;
	size_t i = sp(s, len, n);
	size_t dn = digits(s + i, len - i, 4, &d);
	if (dn == 4) {
		if (!valid(d, m, 1))
			return 0;
		*out = (struct date_val){ d, m, 0, 0 };
		return i + dn;
	}
	if (dn == 0)
		return 0;
	i += dn;
	if (i + 1 < len && (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
			    strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0))
		i += 2;
	size_t j = i;
	if (j < len && s[j] == ',')
		j++;
	j = sp(s, len, j);
	size_t yn = digits(s + j, len - j, 4, &y);
	if (yn == 4 && valid(y, m, d)) {
		*out = (struct date_val){ y, m, d, 0 };
		return j + yn;
	}
	if (ctx_year && valid(ctx_year, m, d)) {
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
	if (i == 0 || i >= len || (s[i] != '.' && s[i] != '/'))
		return 0;
	char sep1 = s[i++];
	size_t n = 0;
	int roman = sep1 == '.' ? roman_month(s + i, len - i, &n) : 0;
	if (roman) {
		b = roman;
	} else if ((n = digits(s + i, len - i, 2, &b)) == 0) {
		return 0;
	}
	i += n;
	if (i >= len || (s[i] != sep1 && !(sep1 == '/' && s[i] == '-')))
		return 0;
	i++;
	size_t yn = digits(s + i, len - i, 4, &y);
	if (yn != 2 && yn != 4)
		return 0;
	y = full_year(y, yn);
	i += yn;
	if (i < len && (isdigit((unsigned char)s[i]) || (s[i] == '.' && i + 1 < len && isdigit((unsigned char)s[i + 1]))))
		return 0; /* a version number or a longer figure */
	int d = a, m = b;
	if (sep1 == '/' && s[i - yn - 1] == '/' && !valid(y, m, d) && valid(y, a, b)) {
		/* 10/14/50 is American: month first. */
		m = a;
		d = b;
	} else if (sep1 == '/' && s[i - yn - 1] == '/' && a <= 12 && b > 12) {
		m = a;
		d = b;
	}
	if (!valid(y, m, d))
		return 0;
	*out = (struct date_val){ y, m, d, 0 };
	return i;
}

size_t date_parse(const char *s, size_t len, int ctx_year, struct date_val *out)
{
	size_t n;
	if ((n = numeric(s, len, out)) || (n = day_month(s, len, ctx_year, out)) ||
	    (n = month_day(s, len, ctx_year, out)))
		return n;
	return 0;
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

int date_from_iso(const char *iso, struct date_val *out)
{
	*out = (struct date_val){ 0, 0, 0, 0 };
	if (iso == NULL)
		return -1;
	int n = sscanf(iso, "%4d-%2d-%2d", &out->y, &out->m, &out->d);
	return n >= 1 ? 0 : -1;
}
