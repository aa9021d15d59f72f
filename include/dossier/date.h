/* date.h: dates as archives print them ("13 June 1951", "October 1,
 * 1950", "13.10.50", "24.III.50", "10/14/50", "13/5-50"), to ISO at their
 * precision. */
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
 * not a date). Two-digit years are 19xx. Returns the bytes consumed, or 0
 * if s does not start with a date. */
size_t date_parse(const char *s, size_t len, int ctx_year, struct date_val *out);

/* Finds the first date in s[0..len): returns its offset, or len if none;
 * *dlen is set to its length. */
size_t date_find(const char *s, size_t len, int ctx_year, struct date_val *out, size_t *dlen);

/* Writes the ISO form at the date's precision ("1950", "1950-10",
 * "1950-10-01") into out (at least 11 bytes); "" for no date. */
void date_iso(const struct date_val *v, char *out);

/* Reads an ISO date at any precision; 0 on success. */
int date_from_iso(const char *iso, struct date_val *out);

/* The month (1-12) for an English month name or its abbreviation at the
 * start of s (case-insensitive), with its length in *n; 0 if none. */
int date_month_name(const char *s, size_t len, size_t *n);

#endif
