/* date.h: the one reader of dates in the project. Archives print dates
 * in many forms ("13 June 1951", "October 1, 1950", "Oct. 8, 1950",
 * "1. Oct. 1950", "13.10.50", "24.III.50", "6/25/50", "13/5-50",
 * "1950-10-01", "Wednesday, October 24, 1962", "0230 12 May", a cable's
 * date-time group "141530Z MAR 52", Russian "5 августа 1962"), each read
 * here to ISO at its precision. */
#ifndef DOSSIER_DATE_H
#define DOSSIER_DATE_H

#include <stddef.h>

/* A date; a zero field is absent (a year alone has m == d == 0). */
struct date_val {
	int y, m, d;
	int inferred;           /* the year came from the context, not the text */
};

/* Parses a date at the start of s (at most len bytes). A date that leaves
 * out its year takes ctx_year (0: none, and then a day and month alone are
 * not a date). Two-digit years are 19xx. A year alone is not a date here
 * (see date_parse_year). A date directly followed by a letter or digit is
 * none ("13 Junes", "1950-10-011"). Returns the bytes consumed, or 0. */
size_t date_parse(const char *s, size_t len, int ctx_year, struct date_val *out);

/* A year alone at the start of s ("1974", not "1974s" or "19745").
 * Returns the bytes consumed, or 0. */
size_t date_parse_year(const char *s, size_t len, struct date_val *out);

/* Finds the first date in s[0..len) that starts a word: returns its
 * offset, or len if none; *dlen is set to its length. */
size_t date_find(const char *s, size_t len, int ctx_year, struct date_val *out, size_t *dlen);

/* The length of a time of day at the start of s ("6 p. m.", "10:30 a.m.",
 * "2300 hours", "0230Z", "noon"), or 0. A bare number is no time. */
size_t date_time_len(const char *s, size_t len);

/* The date a decimal file number ends with, as the State Department
 * filed its papers from 1910 to 1963: "661.00/3–1452" is March 14, 1952
 * (month, dash, day and two-digit year). 0 on success. */
int date_from_file_code(const char *code, size_t len, struct date_val *out);

/* Whether y-m-d (m, d may be 0 for a lower precision) is a real date:
 * "February 29, 1951" is not. */
int date_valid(int y, int m, int d);

/* Writes the ISO form at the date's precision ("1950", "1950-10",
 * "1950-10-01") into out (at least 11 bytes); "" for no date. */
void date_iso(const struct date_val *v, char *out);

/* Reads an ISO date at any precision; 0 on success. */
int date_from_iso(const char *iso, struct date_val *out);

/* The month (1-12) for a month name at the start of s: English, full or
 * abbreviated ("Oct", "Oct.", "Sept."), or Russian in the genitive
 * ("августа"); case-insensitive. *n gets its length; 0 if none. */
int date_month_name(const char *s, size_t len, size_t *n);
/* The length of a weekday's name at s ("Monday", "Wed" not), with the comma
 * and blanks after it; 0 if none. */
size_t date_weekday(const char *s, size_t len);

#endif
