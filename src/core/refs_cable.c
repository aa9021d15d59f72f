/* refs_cable.c: the conventions of cables: telegraphese ("REF A",
 * "Deptel 283"), a post's number ("Moscow 1473"), REFTEL and the lines
 * that list a cable's references, the owner of a number. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

/* A code word at i..j with its number, and the date after a comma or
 * "of" ("Deptel 283, October 14", "Embtel 598 of Oct 12"), the hour
 * and the page a FRUS note adds ("Embtel 1052, June 5, p. 881"); plural
 * ("Deptels 283 and 290") lists numbers; "Mytel 27th" names a day of
 * this month for the number. Returns the end, or 0. */
size_t refs_telegraphese(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, n = j - i;
	/* Called at every word: a number must follow before the table is read. */
	if (j + 1 >= len || s[j] != ' ' || !isdigit((unsigned char)s[j + 1]))
		return 0;
	int plural;
	int k = refs_code_of(s + i, n, &plural);
	if (k < 0)
		return 0;
	struct ref_found r = { .start = i };
	const char *series = refs_code_meaning(k, &r.kind, &r.party);
	struct date_val v;
	size_t dn;
	if ((dn = refs_ordinal_day_at(sc, s + j + 1, len - j - 1, &v)) != 0) {
		r.end = j + 1 + dn;
		refs_put_relative(sc, &v, &r);
		refs_emit(sc, &r);
		return r.end;
	}
	if (plural)
		return refs_numbers_at(sc, &r, j + 1, 1);
	size_t t = refs_number_token(s, len, j + 1, r.number, sizeof r.number);
	if (t == 0)
		return 0;
	r.end = j + 1 + t;
	if (series) {
		char num[sizeof r.number + 16];
		snprintf(num, sizeof num, "%s %s", series, r.number);
		if (strlen(num) < sizeof r.number)
			memcpy(r.number, num, strlen(num) + 1);
	}
	size_t d = r.end;
	if (d < len && s[d] == ',')
		d++;
	d = refs_skip_sp(s, len, d);
	if (refs_starts(s, len, d, "of "))
		d += 3;
	if (d > r.end && (dn = refs_date_at(sc, d, &v)) != 0) {
		refs_put_date(sc, v, &r);
		r.end = refs_time_after_date(s, len, d + dn);
	}
	r.end = refs_page_after(s, len, r.end, &r);
	refs_emit(sc, &r);
	return r.end;
}

/* "REF: MOSCOW 5524", "(B) STATE 68733", "USUN 1899", "KABUL 6844": a
 * cable by the post that sent it and its number, as State Department
 * cables print them in capitals. Not a heading's own ("CITE SAIGON
 * 1234", "PAGE 01 MOSCOW 09946"), a year ("SINCE 1975") or a word of
 * the cable's furniture ("SECTION 2"). At i..j, the word; returns the
 * end, or 0. */
size_t refs_post_number(struct scan *sc, size_t i, size_t j)
{
	/* "CAS Saigon 0292": the CIA station's cable, by its post. */
	if (j - i == 3 && strncmp(sc->s + i, "CAS", 3) == 0 && j + 1 < sc->len && isupper((unsigned char)sc->s[j + 1])) {
		size_t w = j + 1;
		while (w < sc->len && isalpha((unsigned char)sc->s[w]))
			w++;
		size_t d = w + 1, e = d;
		while (e < sc->len && isdigit((unsigned char)sc->s[e]))
			e++;
		if (w < sc->len && sc->s[w] == ' ' && e - d >= 3 && e - d <= 7 &&
		    (e == sc->len || !isalnum((unsigned char)sc->s[e]))) {
			struct ref_found r = { .start = i, .end = e, .kind = "telegram" };
			snprintf(r.number, sizeof r.number, "%.*s", (int)(e - d), sc->s + d);
			refs_emit(sc, &r);
			return e;
		}
		return 0;
	}
	static const char *const furniture[] = { "PAGE", "COPY", "ROOM", "FILE", "SECTION", "PARA", "ITEM", "CASE",
						 "NUMBER", "DOCUMENT", "TELEGRAM", "CABLE", "CITE", "YEAR", "PHONE",
						 "CODE", "ARMY", "DIVISION", "CORPS", "FLEET", "FLIGHT", "ROUTE", "NOTE",
						 "RELEASE", "DATE", "SINCE", "UNTIL", "FROM", "WITH", "ABOUT", "OVER",
						 "UNDER", "SOME", "ONLY", "THAN", "TOTAL", "HOUSE", "RESOLUTION", "LAW",
						 "ARTICLE", "POINT", "BOX", "TAGS", "ANNEX", "PARAGRAPH", "RUSH",
						 "PRIORITY", "IMMEDIATE", "NIACT", "FLASH", "ROUTINE", "URGENT", NULL };
	/* The classification a cable's own heading prints before its post
	 * and number ("LIMITED OFFICIAL USE STATE 139893", "C O N F I D E N
	 * T I A L BUDAPEST 1213"). */
	static const char *const marking[] = { "CONFIDENTIAL", "SECRET", "USE", "UNCLASSIFIED", "NODIS",
					       "EXDIS", "LIMDIS", "ET", NULL };
	const char *s = sc->s;
	size_t len = sc->len;
	if (j - i < 4 || j - i > 12)
		return 0;
	/* "Ref: State 131591" (FRUS prints the cables' lines in mixed
	 * case): after a reference line's label, a capitalised post */
	struct word w = { i, j }, prev;
	int after_ref = (i >= 5 && strncasecmp(s + i - 5, "ref: ", 5) == 0) ||
			(i >= 6 && strncasecmp(s + i - 6, "refs: ", 6) == 0);
	for (size_t k = i; k < j; k++)
		if (!isupper((unsigned char)s[k]) && !(after_ref && k > i && islower((unsigned char)s[k])))
			return 0;
	for (size_t k = 0; furniture[k]; k++)
		if (refs_word_is(s, &w, furniture[k]))
			return 0;
	if (refs_word_before(s, i, &prev) && (refs_word_is(s, &prev, "CITE") || isdigit((unsigned char)s[prev.start]) ||
					 (prev.end - prev.start == 1 && isupper((unsigned char)s[prev.start]))))
		return 0;
	for (size_t k = 0; marking[k] && refs_word_before(s, i, &prev); k++)
		if (refs_word_is(s, &prev, marking[k]) && isupper((unsigned char)s[prev.start + 1]))
			return 0;
	size_t d = refs_skip_sp(s, len, j), e = d;
	while (e < len && isdigit((unsigned char)s[e]))
		e++;
	if (d == j || e - d < 3 || e - d > 7 || (e < len && (isalnum((unsigned char)s[e]) || s[e] == '/')))
		return 0;
	int num = refs_atoi_safe(s + d);
	if (e - d == 4 && num >= 1900 && num < 2030)
		return 0;
	for (size_t k = 0; k < sc->ncable_own; k++)
		if (sc->cable_own[k] == num)
			return 0; /* "STATE 139893" of the cable headed "PAGE 01 STATE 139893" */
	struct ref_found r = { .start = i, .end = e, .kind = "telegram" };
	snprintf(r.number, sizeof r.number, "%.*s", (int)(e - d), s + d);
	/* "SANTIAGO 4465, 9/21": the day it was sent */
	struct date_val v;
	size_t md = e < len && s[e] == ',' ? refs_skip_sp(s, len, e + 1) : 0, mn;
	if (md && (mn = refs_month_day_at(s, len, md, &v)) != 0) {
		v.y = sc->year;
		refs_put_date(sc, v, &r);
		r.end = md + mn;
	}
	refs_emit(sc, &r);
	return r.end;
}

/* "reftel", "reftels", "Reftel A": telegraphese for the telegram the
 * heading's "Ref:" line names. At i..j; returns the end, or 0. */
size_t refs_reftel(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	if (j - i < 6 || j - i > 7 || strncasecmp(s + i, "reftel", 6) != 0 || (j - i == 7 && s[i + 6] != 's'))
		return 0;
	struct ref_found r = { .start = i, .end = j, .kind = "telegram" };
	/* "REFTEL A", "(reftel B)": the one the heading's REF line labels so;
	 * "reftel" alone, the one it lists. */
	size_t k = j;
	char label = 0;
	if (k + 2 <= sc->len && s[k] == ' ' && isupper((unsigned char)s[k + 1]) &&
	    (k + 2 == sc->len || !isalnum((unsigned char)s[k + 2]))) {
		label = s[k + 1];
		r.end = k + 2;
	}
	for (size_t n = 0; n < sc->nreflist; n++)
		if (label ? sc->reflist[n].label == label : sc->nreflist == 1)
			snprintf(r.number, sizeof r.number, "%s", sc->reflist[n].number);
	refs_emit(sc, &r);
	return r.end;
}

/* The telegrams a cable's "REF:" line lists: "REF: (A) BUDAPEST 890, (B)
 * STATE 68733", "REF: STATE 135843". Kept in sc for "reftel A". */
void refs_ref_line(struct scan *sc)
{
	const char *s = sc->s;
	size_t len = sc->len;
	for (size_t i = 0; i + 4 < len && sc->nreflist == 0; i++) {
		if (s[i] != 'R' || !(refs_starts(s, len, i, "REF:") || refs_starts(s, len, i, "REFS:") ||
				     refs_starts(s, len, i, "REF ") || refs_starts(s, len, i, "Ref:")))
			continue;
		/* at a line's start, or after a stop on a line that opens
		 * with the telegram's number ("3375. Ref: State 131591.",
		 * "8767. Subj: Indo-Pak Military Escalation. Ref: State
		 * 212550.", as FRUS prints them) */
		size_t ls = i;
		while (ls > 0 && s[ls - 1] != '\n')
			ls--;
		size_t dg = ls;
		while (dg < i && isdigit((unsigned char)s[dg]))
			dg++;
		if (ls < i && !(i >= 2 && s[i - 1] == ' ' && s[i - 2] == '.' && dg > ls && dg + 1 < i && s[dg] == '.' &&
				s[dg + 1] == ' '))
			continue;
		char label = 0;
		for (size_t k = i + 4; k < len && k < i + 300 && sc->nreflist < 6;) {
			if (s[k] == '\n' && k + 1 < len && s[k + 1] == '\n')
				break;
			if (s[k] == '(' && k + 2 < len && isupper((unsigned char)s[k + 1]) && s[k + 2] == ')') {
				label = s[k + 1];
				k += 3;
				continue;
			}
			size_t w = k;
			while (w < len && (isupper((unsigned char)s[w]) || (w > k && islower((unsigned char)s[w]))))
				w++;
			size_t d = w + 1, e = d;
			while (e < len && isdigit((unsigned char)s[e]))
				e++;
			if (w - k >= 4 && w < len && s[w] == ' ' && e - d >= 3 && e - d < 16 &&
			    (k == 0 || !isalnum((unsigned char)s[k - 1]))) {
				sc->reflist[sc->nreflist].label = label;
				snprintf(sc->reflist[sc->nreflist++].number, sizeof sc->reflist[0].number, "%.*s",
					 (int)(e - d), s + d);
				label = 0;
				k = e;
				continue;
			}
			k = w > k ? w : k + 1;
		}
	}
}

/* "Your 4493, February 28, 8 p.m.", "our 235", "the Department's 999
 * [969], April 19": telegrams cited by their number alone, after whose
 * they are. At least three digits, and the number ends as a paper's
 * does ("your 500 men" counts men). At i..j, the word; returns the end,
 * or 0. */
size_t refs_owner_number(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, p = j;
	struct ref_found r = { .start = i };
	struct word w = { i, j };
	/* Most words are none of these: the owners have five letters at most,
	 * and a possessive its apostrophe next. */
	if (j - i > 5 && !(j < len && (s[j] == '\'' || (unsigned char)s[j] == 0xe2)))
		return 0;
	if (refs_word_is_your(s, &w) && !refs_word_is(s, &w, "yours")) {
		r.party = REF_YOURS;
	} else if (refs_word_is(s, &w, "yours") && j + 2 < len && (s[j] == ' ' || (s[j] == ',' && s[j + 1] == ' ')) &&
		   isdigit((unsigned char)s[j + 1 + (s[j] == ',')])) {
		/* "Yours 5327", "(yours 384)", "Yours, 6464": telegraphese
		 * for your telegram of that number */
		r.party = REF_YOURS;
		p = j + (s[j] == ',');
	} else if (refs_word_is(s, &w, "my") || refs_word_is(s, &w, "our")) {
		r.party = REF_MINE;
	} else if (refs_starts(s, len, j, "'s ") || refs_starts(s, len, j, "\xe2\x80\x99s ")) {
		p = j + (s[j] == '\'' ? 2 : 4);
		struct word pw = { i, p };
		size_t first;
		if (refs_possessive(s, &pw, r.person, sizeof r.person, &first) > 0)
			r.start = first;
	} else {
		return 0;
	}
	/* "the Department's 69, February 13": two digits, when the day follows. */
	size_t mn;
	size_t comma = p + 3 < len && s[p + 3] == ',';
	int dated = p + 5 < len && isdigit((unsigned char)s[p + 1]) && isdigit((unsigned char)s[p + 2]) &&
		    s[p + 3 + comma] == ' ' && date_month_name(s + p + 4 + comma, len - p - 4 - comma, &mn) &&
		    (comma || refs_atoi_safe(s + p + 1) > 31); /* "Stalin's 13 June 1951 telegram" is a day */
	/* "Your White House 3279a", "Dr. Stuart's Embassy 1898, November
	 * 18th": the channel or the post, capitalised, before the number;
	 * a letter after it numbers a paper sent in parts */
	size_t q = p;
	for (int words = 0; words < 2 && q + 1 < len && s[q] == ' ' && isupper((unsigned char)s[q + 1]); words++) {
		size_t we = q + 1;
		while (we < len && isalpha((unsigned char)s[we]))
			we++;
		size_t mlen;
		if (we - q - 1 < 4 || date_month_name(s + q + 1, we - q - 1, &mlen))
			break; /* "your March 5 letter" is a day */
		q = we;
		size_t d = q + 1, e = d;
		while (e < len && isdigit((unsigned char)s[e]))
			e++;
		size_t x = e < len && islower((unsigned char)s[e]) && (e + 1 >= len || !isalnum((unsigned char)s[e + 1])) ? e + 1 : e;
		if (q < len && s[q] == ' ' && e - d >= 3 && e - d <= 6 && (x >= len || !isalnum((unsigned char)s[x])) &&
		    (x > e || refs_unmarked_number(s, len, d, 3, 0))) {
			r.kind = "telegram";
			r.end = x;
			snprintf(r.number, sizeof r.number, "%.*s", (int)(x - d), s + d);
			size_t after = r.end;
			/* ", November 18th": its day */
			struct date_val v;
			size_t k2 = after < len && s[after] == ',' ? refs_skip_sp(s, len, after + 1) : 0, dn;
			if (k2 && (dn = refs_date_at(sc, k2, &v)) != 0) {
				refs_put_date(sc, v, &r);
				r.end = k2 + dn;
			}
			/* "your Excellency 1950" is a year, unless its day follows */
			int v4 = refs_atoi_safe(s + d);
			if (x == e && e - d == 4 && v4 >= 1800 && v4 < 2100 && r.end == x)
				break;
			refs_emit(sc, &r);
			return r.end;
		}
	}
	if (p + 1 >= len || s[p] != ' ' || !refs_unmarked_number(s, len, p + 1, dated ? 2 : 3, 0))
		return 0;
	return refs_numbers_at(sc, &r, p + 1, 0);
}

/* Papers of a series cited by its code and number: the CIA's cables by
 * their in and out numbers ("IN 26108", "OUT 51234"), the intelligence
 * estimates ("NIE 11-4-56", "SNIE 100-6-56") and the National Security
 * Council's papers and memoranda ("NSC 68", "NSC 5412/2", "NSAM 263").
 * At i..j, the word; returns the end, or 0. */
size_t refs_series_paper(struct scan *sc, size_t i, size_t j)
{
	static const struct {
		const char *word;
		const char *kind;
		size_t min_digits;
	} series[] = {
		/* five digits at least: "IN 1956" is a year */
		{ "IN", "telegram", 5 }, { "OUT", "telegram", 5 }, { "NIE", "report", 1 }, { "SNIE", "report", 1 },
		{ "NSC", "report", 1 },  { "NSAM", "memorandum", 1 }, { "NSDM", "memorandum", 1 }, { "NSSM", "memorandum", 1 },
	};
	const char *s = sc->s;
	size_t len = sc->len, k;
	for (k = 0; k < sizeof series / sizeof series[0]; k++)
		if (j - i == strlen(series[k].word) && memcmp(s + i, series[k].word, j - i) == 0)
			break;
	if (k == sizeof series / sizeof series[0] || j + 1 >= len || s[j] != ' ' || !isdigit((unsigned char)s[j + 1]))
		return 0;
	/* the number: digits, and parts joined by '-' or '/' ("11-4-56") */
	size_t d = j + 1, e = d;
	while (e < len && (isdigit((unsigned char)s[e]) ||
			   ((s[e] == '-' || s[e] == '/') && e + 1 < len && isdigit((unsigned char)s[e + 1]))))
		e++;
	size_t lead = 0;
	while (d + lead < e && isdigit((unsigned char)s[d + lead]))
		lead++;
	if (lead < series[k].min_digits || lead > 8 || (e < len && isalnum((unsigned char)s[e])) || e - d >= 16)
		return 0;
	struct ref_found r = { .start = i, .end = e, .kind = series[k].kind };
	/* the CIA's numbers are "IN 26108", with the word; the others' the
	 * number alone */
	if (k < 2)
		snprintf(r.number, sizeof r.number, "%s %.*s", series[k].word, (int)(e - d), s + d);
	else
		snprintf(r.number, sizeof r.number, "%.*s", (int)(e - d), s + d);
	refs_emit(sc, &r);
	return e;
}
