/* refs_phrase.c: what follows and precedes a kind of document: its
 * numbers ("No. 483/sh", "Nos. 12 and 14"), its parties ("of Cde. Kim Il
 * Sung", "to the Ambassador"), its date before it ("the March 2
 * telegram"), a writer's verb ("I wrote on May 5"), a number standing
 * alone. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

static const char *const titles[] = { "cde. ", "Cde. ", "CDE. ", "comrade ", "Comrade ", "COMRADE ",
					      "comrades ", "Comrades ", "Mr. ", "Mrs. ", "Messrs. ", "General ",
					      "Marshal ", "Ambassador ", "Chairman ", "Premier ", "President ",
					      "Commander ", "Captain ", "Capt. ", "Admiral ", "Colonel ", "Consul ",
					      "Dr. ", "Sir ", "Lord ", "Señor ", "Senor " };

/* A title before a name: "cde. ", "Comrade ", "Mr. "; returns the index
 * after it, or 0. */
static size_t title_at(const char *s, size_t len, size_t i)
{
	for (size_t t = 0; t < sizeof titles / sizeof titles[0]; t++) {
		size_t n = strlen(titles[t]);
		if (i + n <= len && strncmp(s + i, titles[t], n) == 0)
			return i + n;
	}
	return 0;
}

/* Whether a title ends right at i ("cde. KIM IL SUNG's letter"). */
int refs_title_before(const char *s, size_t i)
{
	for (size_t t = 0; t < sizeof titles / sizeof titles[0]; t++) {
		size_t n = strlen(titles[t]);
		if (i >= n && strncmp(s + i - n, titles[t], n) == 0 &&
		    (i == n || !refs_is_word_byte((unsigned char)s[i - n - 1])))
			return 1;
	}
	return 0;
}

/* A name at i (after its title, if any): capitalised words, at most
 * four; *titled says whether a title came first. Returns the end of the
 * name and sets *name_start, or returns 0. */
size_t refs_name_at(const char *s, size_t len, size_t i, size_t *name_start, int *titled)
{
	size_t j = title_at(s, len, i);
	*titled = j != 0;
	if (!j)
		j = i;
	size_t name = j, end = j;
	for (int words = 0; words < 4 && j < len && (isupper((unsigned char)s[j]) || (unsigned char)s[j] >= 0xc0);
	     words++) {
		size_t w = j;
		while (j < len && (isalpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80 || s[j] == '-' ||
				   s[j] == '.'))
			j++;
		struct word wd = { w, j };
		while (wd.end > wd.start && s[wd.end - 1] == '.')
			wd.end--;
		if (!*titled && words == 0 && refs_stop_word(s, &wd))
			return 0; /* "to The", "from This" */
		end = j;
		/* "from Comrade Mao Zedong. We ask": a full stop after a word
		 * that is not an initial ("I.V.") ends the sentence. */
		int stop = j - w > 2 && s[j - 1] == '.' && memchr(s + w, '.', j - w - 1) == NULL;
		if (!stop && j + 1 < len && s[j] == ' ' &&
		    (isupper((unsigned char)s[j + 1]) || (unsigned char)s[j + 1] >= 0xc0))
			j++;
		else
			break;
	}
	while (end > name && s[end - 1] == '.')
		end--;
	if (end == name || end - name >= 64)
		return 0;
	*name_start = name;
	return end;
}

/* After a name: an editor's bracket ("FENG XI [Stalin]") is passed over. */
size_t refs_past_bracket(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && s[j] == ' ')
		j++;
	if (j < len && s[j] == '[') {
		const char *close = memchr(s + j, ']', len - j < 80 ? len - j : 80);
		if (close)
			return (size_t)(close - s) + 1;
	}
	return i;
}


/* "to you", "to him": an addressee by pronoun at i. Writes "you" or
 * "us" into out for the citing letter's own recipient or writer ("me"
 * is "us": a writer's office), "" for one the pronoun does not say.
 * Returns the end, or 0. */
static size_t pronoun_at(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	static const struct {
		const char *word, *who;
	} pronouns[] = { { "you", "you" }, { "us", "us" }, { "me", "us" }, { "him", "" }, { "her", "" },
			 { "them", "" } };
	for (size_t p = 0; p < sizeof pronouns / sizeof pronouns[0]; p++) {
		size_t n = strlen(pronouns[p].word);
		if (i + n <= len && strncmp(s + i, pronouns[p].word, n) == 0 &&
		    (i + n == len || !refs_is_word_byte((unsigned char)s[i + n]))) {
			snprintf(out, outsz, "%s", pronouns[p].who);
			return i + n;
		}
	}
	return 0;
}

/* "the Secretary of State", "the Department", "the Central Committee":
 * an office at i, named by capitalised words that "of" may join. Returns
 * its end, or 0. */
static size_t office_at(const char *s, size_t len, size_t i)
{
	if (!refs_starts(s, len, i, "the "))
		return 0;
	size_t j = i + 4, end = 0;
	/* "the Central Committee of the Communist Party of the Soviet Union" */
	for (int words = 0; words < 10 && j < len && isupper((unsigned char)s[j]); words++) {
		while (j < len && (isalpha((unsigned char)s[j]) || s[j] == '-'))
			j++;
		end = j;
		if (j + 1 < len && s[j] == ' ' && isupper((unsigned char)s[j + 1]))
			j++;
		else if (refs_starts(s, len, j, " of ") && j + 4 < len && isupper((unsigned char)s[j + 4]))
			j += 4;
		else if (refs_starts(s, len, j, " of the ") && j + 8 < len && isupper((unsigned char)s[j + 8]))
			j += 8;
		else
			break;
	}
	return end;
}

/* The parties after a kind word at i ("of cde. X", "from Mao", "to cde.
 * Y", "to Mao Zedong", "to you") and the date that may follow them ("on
 * 7 September", "of 1 October"). A name without a title, or a pronoun,
 * counts only when a date goes with the reference ("the letter of Kim Il
 * Sung of 24.III.50", "my telegram to you of 1 October"); a title alone
 * ("of cde. KIM IL SUNG") names its author. Emits and returns the end,
 * or 0. */
static size_t parties_after(struct scan *sc, struct ref_found *base, size_t i, enum lead lead)
{
	const char *s = sc->s;
	size_t len = sc->len, j = i, ns, ne, end = 0;
	struct ref_found r = *base;
	int titled, author_titled = 0, named = 0, need_date = 0, untitled_of = 0;
	size_t by = 0;
	if (refs_starts(s, len, j, "of ") || refs_starts(s, len, j, "by "))
		by = 3;
	else if (refs_starts(s, len, j, "from "))
		by = 5;
	if (by && (ne = office_at(s, len, j + by)) != 0) {
		/* "the instruction of the Secretary of State of the 7th
		 * instant", "memorandum by the Ambassador in Japan, October 10":
		 * an office is no person of the library. */
		need_date = untitled_of = named = 1;
		end = ne;
		j = refs_skip_sp(s, len, ne);
		/* "the Ambassador in Japan": an office names its post */
		if (refs_starts(s, len, j, "in ") && isupper((unsigned char)s[j + 3])) {
			for (j += 3; j < len && isalpha((unsigned char)s[j]);)
				j++;
			end = j;
			j = refs_skip_sp(s, len, j);
		}
	} else if (by) {
		int of = s[j] != 'f';
		j += by;
		ne = refs_name_at(s, len, j, &ns, &titled);
		if (ne == 0)
			return 0;
		/* "Tass despatch from Algiers dated March 13": a place or
		 * person without a title, when a date follows. */
		need_date = untitled_of = !titled && (of || lead == LEAD_NONE);
		snprintf(r.person, sizeof r.person, "%.*s", (int)(ne - ns), s + ns);
		author_titled = titled;
		named = 1;
		end = ne;
		j = refs_skip_sp(s, len, refs_past_bracket(s, len, ne));
	}
	if (refs_starts(s, len, j, "to ") && (named || lead != LEAD_NONE)) {
		if ((ne = pronoun_at(s, len, j + 3, r.to_person, sizeof r.to_person)) != 0 ||
		    (ne = office_at(s, len, j + 3)) != 0) {
			need_date = 1;
		} else if ((ne = refs_name_at(s, len, j + 3, &ns, &titled)) != 0) {
			snprintf(r.to_person, sizeof r.to_person, "%.*s", (int)(ne - ns), s + ns);
		}
		if (ne) {
			named = 1;
			end = ne;
			j = refs_skip_sp(s, len, refs_past_bracket(s, len, ne));
		}
	}
	if (!named)
		return 0;
	/* The date after the parties: "on 7 September", ", dated 13.10.50". */
	size_t k = j;
	if (k < len && s[k] == ',')
		k = refs_skip_sp(s, len, k + 1);
	static const char *const preps[] = { "dated ", "of ", "on ", "sent on ", "written on ", "received on ",
					     "under date of ", "under date ", "bearing date ", "dtd ", "dtd. " };
	/* ", October 10, 1941": the day straight after the parties */
	size_t mn;
	if (k > j && date_month_name(s + k, len - k, &mn)) {
		size_t e = refs_dates_after(sc, &r, k);
		if (e)
			return e;
	}
	/* "the Order of Lenin on 1 October" is an event: an author without
	 * a title takes its date by "of" or "dated" only. */
	size_t npreps = untitled_of ? 2 : sizeof preps / sizeof preps[0];
	for (size_t p = 0; p < npreps; p++)
		if (refs_starts(s, len, k, preps[p])) {
			size_t e = refs_dates_after(sc, &r, k + strlen(preps[p]));
			if (e)
				return e;
		}
	if (need_date && !author_titled)
		return 0; /* "the note from Mr. Matus to you" is his, undated */
	/* Without a date, an order or instruction "of Comrade Stalin" is
	 * usually his authority, not a paper: "for him the order of Comrade
	 * Stalin is law". A letter or telegram of someone is a paper. */
	int abstract = r.kind && (strcmp(r.kind, "order") == 0 || strcmp(r.kind, "instruction") == 0);
	if (r.date[0] || (author_titled && !abstract)) {
		r.end = end;
		refs_emit(sc, &r);
		return end;
	}
	return 0;
}

/* "the 8th" at d, whose month a later day of the same list names ("the
 * 8th and No. 1035 of the 15th of July"): the day of that month, its
 * year the letter's. The length of "the 8th", or 0. */
static size_t day_month_after(const struct scan *sc, size_t d, struct date_val *v)
{
	const char *s = sc->s;
	size_t len = sc->len, k = d + 4, e;
	int day = 0;
	if (!refs_starts_ci(s, len, d, "the "))
		return 0;
	for (e = k; e < len && e < k + 2 && isdigit((unsigned char)s[e]); e++)
		day = day * 10 + (s[e] - '0');
	if (e == k || day < 1 || day > 31)
		return 0;
	size_t suf = refs_starts(s, len, e, "st") || refs_starts(s, len, e, "nd") || refs_starts(s, len, e, "rd") ||
				     refs_starts(s, len, e, "th")
			     ? 2
		     : e < len && s[e] == 'd' ? 1
					      : 0;
	if (suf == 0 || !refs_starts(s, len, e + suf, " and "))
		return 0;
	e += suf;
	/* the later day: "... of the 15th of July" in the same sentence */
	for (size_t q = e; q < len && q < e + 60 && s[q] != ';' && !(s[q] == '.' && !refs_number_marker(s, len, q - 2)); q++) {
		size_t mn;
		int month;
		if (refs_starts(s, len, q, " of ") && (month = date_month_name(s + q + 4, len - q - 4, &mn)) != 0) {
			char dmy[16];
			struct date_val chk;
			int n = snprintf(dmy, sizeof dmy, "%d.%d.%04d", day, month, sc->year);
			if (n <= 0 || date_parse(dmy, (size_t)n, 0, &chk) != (size_t)n)
				return 0;
			*v = (struct date_val){ sc->year, month, day, 1 };
			return e - d;
		}
	}
	return 0;
}

/* "No. 123 of 5 May", "No. 45 of the 10th instant", "No. A-412 dated 3
 * February 1965", "4493, February 28, 8 p.m." (FRUS: the day after a
 * comma, then the hour), "№ 3311 от 12 октября": the date after a
 * number, if one follows (r->end is the number's end, and moves); then
 * the page of the volume it is printed on (", to Paris, p. 211"). */
static void number_date(struct scan *sc, struct ref_found *r)
{
	const char *s = sc->s;
	size_t len = sc->len, k = refs_skip_sp(s, len, refs_direction_after(s, len, r->end)), dn, d = 0;
	struct date_val v;
	size_t n0;
	/* "my report no. 96/8 top secret 1956": a registry's number, its
	 * marking and its year, as the Hungarian and Polish foreign
	 * ministries numbered papers ("96/8/Top Secret/1956"): the year */
	size_t q = refs_starts_ci(s, len, k, "top secret ") ? k + 11 : refs_starts_ci(s, len, k, "secret ") ? k + 7 : 0;
	int yr = 0;
	for (size_t y = q; q && y < q + 4 && y < len && isdigit((unsigned char)s[y]); y++)
		yr = yr * 10 + (s[y] - '0');
	if (q && q + 4 <= len && yr >= 1900 && yr < 2100 && (q + 4 == len || !isalnum((unsigned char)s[q + 4]))) {
		struct date_val yv = { yr, 0, 0, 0 };
		refs_put_date(sc, yv, r);
		r->end = q + 4;
		return;
	}
	if (refs_starts(s, len, k, ", of ") || refs_starts(s, len, k, ", dated "))
		k = refs_skip_sp(s, len, k + 1); /* "No. 1069, of the 15th of August" */
	if (k > refs_skip_sp(s, len, r->end) && refs_starts(s, len, k, "on "))
		d = k + 3; /* "despatch 1513 from Moscow on August 6" */
	else if (k > r->end && isupper((unsigned char)s[k]) && date_month_name(s + k, len - k, &n0))
		d = k; /* "my 1902 May 30", "telegram 993 from Moscow October 30" */
	else if (refs_starts_ci(s, len, k, "of "))
		d = k + 3;
	else if (refs_starts_ci(s, len, k, "dated "))
		d = k + 6;
	else if (refs_starts(s, len, k, "\xd0\xbe\xd1\x82 ")) /* "от" */
		d = k + 5;
	else if (k + 2 < len && s[k] == ',' && s[k + 1] == ' ' && isupper((unsigned char)s[k + 2]) &&
		 k == refs_skip_sp(s, len, k))
		d = k + 2; /* "4493, February 28": the month by its name */
	int day_first = 0;
	if (!d && k + 2 < len && s[k] == ',' && s[k + 1] == ' ' && isdigit((unsigned char)s[k + 2]) &&
	    k == refs_skip_sp(s, len, k)) {
		/* "State Airgram A-7707, 10 October 1974": the day first, a
		 * whole date with its month's name (not "562, 563 and 564") */
		d = k + 2;
		day_first = 1;
	}
	if (day_first) {
		size_t mn;
		dn = refs_date_at(sc, d, &v);
		size_t sp = d;
		while (sp < len && isdigit((unsigned char)s[sp]))
			sp++;
		if (dn == 0 || v.y == 0 || !date_month_name(s + refs_skip_sp(s, len, sp), len - refs_skip_sp(s, len, sp), &mn))
			d = 0;
	}
	if (d && (dn = day_month_after(sc, d, &v)) != 0) {
		/* "No. 1025 of the 8th and No. 1035 of the 15th of July" */
		refs_put_date(sc, v, r);
		r->end = d + dn;
	} else if (d && (dn = refs_date_at(sc, d, &v)) != 0) {
		refs_put_date(sc, v, r);
		r->end = refs_time_after_date(s, len, d + dn);
	} else if (d && (dn = refs_day_of_month_at(sc, s + d, len - d, &v)) != 0) {
		refs_put_relative(sc, &v, r);
		r->end = d + dn;
	} else if (d && refs_starts_ci(s, len, d, "the ") && (dn = refs_ordinal_day_at(sc, s + d + 4, len - d - 4, &v)) != 0) {
		/* "your No. 1025 of the 8th,": the latest 8th on or before
		 * the letter, as "your letter of the 8th" */
		refs_put_relative(sc, &v, r);
		r->end = d + 4 + dn;
	} else if (!d && s[k] == ',' && (dn = refs_month_day_at(s, len, refs_skip_sp(s, len, k + 1), &v)) != 0) {
		v.y = sc->year;
		refs_put_date(sc, v, r);
		r->end = refs_skip_sp(s, len, k + 1) + dn;
	}
	r->end = refs_page_after(s, len, r->end, r);
}

/* Numbers a range names: "408-410" is three papers, the middle one
 * unprinted; a longer span is more likely a page range than papers. */
#define RANGE_MAX 5

/* The number at j and those listed after it, one reference each: "No. 123
 * of 5 May", "Nos. 408-410" (every number of the range, each with the
 * whole range as its phrase), and after a plural "Nos." only, "Nos. 31
 * and 35", "Nos. 31, 35 and 40" (the later ones with their own number as
 * phrase: "No. 5 and 6 divisions" lists no papers). r holds what the
 * phrase said before the number. Returns the end, or 0 if no number is
 * at j. */
/* The numbers of a list read at once. */
#define LIST_MAX 8

static size_t numbers_list(struct scan *sc, struct ref_found *r, size_t j, int plural, int need_date)
{
	const char *s = sc->s;
	size_t len = sc->len;
	size_t n = refs_number_token(s, len, j, r->number, sizeof r->number);
	if (n == 0)
		return 0;
	r->end = j + n;
	size_t pre = refs_series_prefix(s, len, j);
	const char *dash = memchr(s + j + pre, '-', n - pre);
	/* "999 [969]": the editor corrects the number printed. */
	if (!dash && r->end + 3 < len && s[r->end] == ' ' && s[r->end + 1] == '[' && isdigit((unsigned char)s[r->end + 2])) {
		size_t b = r->end + 2, e = b;
		while (e < len && isdigit((unsigned char)s[e]) && e - b < 10)
			e++;
		if (e < len && s[e] == ']') {
			snprintf(r->number, sizeof r->number, "%.*s", (int)(e - b), s + b);
			r->end = e + 1;
		}
	}
	if (dash && isdigit((unsigned char)dash[1])) {
		/* "408-410", "408-410/sh": the suffix is the series of all. */
		const char *b = dash + 1, *e = s + j + n;
		const char *suffix = b;
		while (suffix < e && isdigit((unsigned char)*suffix))
			suffix++;
		int first = refs_atoi_safe(r->number), last = refs_atoi_safe(b);
		if (need_date)
			return 0; /* "No. 5-6 of the agenda" */
		if (last <= first || last - first >= RANGE_MAX || strlen(r->number) != (size_t)(dash - (s + j)))
			return r->end; /* "Nos. 3-40": pages or paragraphs */
		for (int k = first; k <= last; k++) {
			struct ref_found one = *r;
			snprintf(one.number, sizeof one.number, "%d%.*s", k, (int)(e - suffix), suffix);
			refs_emit(sc, &one);
		}
		return r->end;
	}
	/* "Telegram No. 123 of 5 May" carries both. */
	number_date(sc, r);
	/* The papers of a list, emitted when it is read: "Nos. 31 and 35",
	 * "Your No. 811, 812-813" (three numbers of three digits or more
	 * after one "No."). */
	struct ref_found list[LIST_MAX];
	size_t nl = 0, end = r->end;
	list[nl++] = *r;
	int longs = strcspn(r->number, "/") >= 3;
	for (int k = 0; (plural || longs) && nl < LIST_MAX; k++) {
		size_t i = end;
		if (i < len && s[i] == ',')
			i++;
		i = refs_skip_sp(s, len, i);
		if (refs_starts(s, len, i, "and "))
			i = refs_skip_sp(s, len, i + 4);
		if (i == end || !isdigit((unsigned char)s[i]))
			break;
		struct ref_found next = *r;
		next.date[0] = '\0';
		next.year_inferred = 0;
		next.start = i;
		if ((n = refs_number_token(s, len, i, next.number, sizeof next.number)) == 0 || memchr(s + i, '.', n) ||
		    (!plural && strlen(next.number) < 3))
			break;
		next.end = i + n;
		const char *dash2 = memchr(s + i, '-', n);
		if (dash2) {
			/* "812-813" in a list: each of the range */
			int first = refs_atoi_safe(next.number), last = refs_atoi_safe(dash2 + 1);
			if (last <= first || last - first >= RANGE_MAX)
				break;
			for (int v = first; v <= last && nl < LIST_MAX; v++) {
				list[nl] = next;
				snprintf(list[nl++].number, sizeof next.number, "%d", v);
			}
			end = next.end;
			continue;
		}
		/* "telegrams 1698 of 19 October and 1789 of 1 November": each
		 * its own date; "Nos. 31 and 35 of the 8th and 20th ultimo":
		 * which date is whose is left alone. */
		if (r->date[0])
			number_date(sc, &next);
		list[nl++] = next;
		end = next.end;
	}
	/* "Urtels 4794 and 4795 Dec 1", "Nos. 2712 and 2714 of October 8":
	 * one day after the list is the day of all of them. */
	if (nl > 1 && !list[0].date[0] && !list[nl - 1].date[0]) {
		struct ref_found last = list[nl - 1];
		number_date(sc, &last);
		size_t after = refs_skip_sp(s, len, last.end);
		if (last.date[0] && !refs_starts(s, len, after, "and ")) {
			for (size_t k = 0; k < nl; k++) {
				memcpy(list[k].date, last.date, sizeof last.date);
				list[k].year_inferred = last.year_inferred;
			}
			list[nl - 1].end = end = last.end;
		}
	}
	if (need_date && !list[0].date[0])
		return 0;
	for (size_t k = 0; k < nl; k++)
		refs_emit(sc, &list[k]);
	return end;
}

size_t refs_numbers_at(struct scan *sc, struct ref_found *r, size_t j, int plural)
{
	return numbers_list(sc, r, j, plural, 0);
}

/* Whether a number ending at e ends its clause, or what follows is what
 * follows a paper's number ("of", "from", "dated", "most helpful", a
 * correction "[969]"): "your 500 men", "a telegram 40 words long" count
 * things. */
static int number_ends(const char *s, size_t len, size_t e)
{
	static const char *const next[] = { "of ", "on ", "from ", "to ", "and ", "[", "(", "dated ", "re ",
					    "received", "most ", "which ", "has ", "is ", "was ", "says ", "said ",
					    "states ", "reported", "not printed", "for ", "rptd ", "repeated ", "as ", "refers",
					    "crossed", "arrived", "asks", "asked", "requests", "requested", "indicates",
					    "indicated",
					    /* "Department's 4816 sent Bonn 3267": repeated to
					     * posts, each its own number */
					    "sent ", NULL };
	if (e >= len || s[e] == ',' || s[e] == '.' || s[e] == ';' || s[e] == ':' || s[e] == ')' || s[e] == '\n')
		return 1;
	if (s[e] != ' ')
		return 0;
	for (size_t k = 0; next[k]; k++)
		if (refs_starts(s, len, e + 1, next[k]))
			return 1;
	/* "my 1902 May 30": the day it was sent. */
	struct date_val v;
	size_t mn;
	return e + 1 < len && date_month_name(s + e + 1, len - e - 1, &mn) && date_parse(s + e + 1, len - e - 1, 2000, &v);
}

/* An unmarked number at i ("telegram 402,", "your 4493,"): at least
 * min digits, and it ends as a paper's number does, unless a post
 * stands before it ("Telegram - Saigon 10772": a series of its own). */
int refs_unmarked_number(const char *s, size_t len, size_t i, size_t min, int posted)
{
	size_t e = i;
	while (e < len && isdigit((unsigned char)s[e]))
		e++;
	return e - i >= min && e - i <= 8 && (e >= len || !isalpha((unsigned char)s[e])) &&
	       (posted || number_ends(s, len, e));
}

/* What follows a kind word at i: a number, dates, or the parties. */
size_t refs_after_kind(struct scan *sc, struct ref_found *r, size_t i, enum lead lead)
{
	const char *s = sc->s;
	size_t len = sc->len;
	size_t j = refs_skip_sp(s, len, i), m;
	if ((m = refs_number_marker(s, len, j)) != 0) {
		size_t e = refs_numbers_at(sc, r, refs_skip_sp(s, len, m), refs_plural_marker(s, len, j));
		if (e)
			return e;
	}
	/* "Your message White House Number 3112", "telegram Circular No.
	 * 12": the channel or series, capitalised, before the marker */
	size_t c = j;
	for (int words = 0; words < 3 && c < len && isupper((unsigned char)s[c]); words++) {
		size_t w = c;
		while (w < len && isalpha((unsigned char)s[w]))
			w++;
		if (w == c || w >= len || s[w] != ' ')
			break;
		c = w + 1;
		if ((m = refs_number_marker(s, len, c)) != 0 && m > c + 1) {
			size_t e = refs_numbers_at(sc, r, refs_skip_sp(s, len, m), refs_plural_marker(s, len, c));
			if (e)
				return e;
			break;
		}
	}
	if (r->kind && strcmp(r->kind, "document") == 0) {
		size_t n = refs_number_token(s, len, j, r->number, sizeof r->number);
		if (n && isupper((unsigned char)s[r->start])) {
			r->doc_n = refs_atoi_safe(r->number);
			r->end = j + n;
			refs_emit(sc, r);
			return r->end;
		}
		return 0;
	}
	/* "Your telegram January 27", "Soviet note Aug 7", "telegram 27
	 * January": the day straight after the kind. */
	struct date_val dv;
	size_t mn;
	if (j < len && (isdigit((unsigned char)s[j]) || date_month_name(s + j, len - j, &mn)) && refs_date_at(sc, j, &dv)) {
		size_t e = refs_dates_after(sc, r, j);
		if (e)
			return e;
	}
	/* "telegram 402, March 3, 7 p.m.", "despatch 1513 from Moscow": a
	 * kind and its number, unmarked (FRUS notes); "Telegram - Saigon
	 * 10772": the post it came from between them. */
	size_t u = j;
	int posted = 0;
	if (refs_starts(s, len, u, "- ") || refs_starts(s, len, u, "\xe2\x80\x93 ")) {
		size_t w = refs_skip_sp(s, len, u + (s[u] == '-' ? 1 : 3));
		while (w < len && isupper((unsigned char)s[w])) {
			while (w < len && isalpha((unsigned char)s[w]))
				w++;
			w = refs_skip_sp(s, len, w);
		}
		posted = w > u + 2;
		u = w;
	}
	if (refs_unmarked_number(s, len, u, 2, posted)) {
		/* "telegrams 1698 of 19 October and 1789 of 1 November" */
		size_t e = refs_numbers_at(sc, r, u, i > 0 && s[i - 1] == 's');
		if (e)
			return e;
	}
	/* "my dispatch A. 454 of November 13th", "message Z.281" */
	size_t sp = refs_series_prefix(s, len, j);
	if (sp && sp <= 4 && refs_unmarked_number(s, len, j + sp, 2, 1)) {
		size_t e = refs_numbers_at(sc, r, j, 0);
		if (e)
			return e;
	}
	/* "under date of", "bearing date": the nineteenth century's "dated";
	 * "dtd": a cable's */
	static const char *const preps[] = { "of ", "dated ", "from ", "sent on ", "of the ", "received on ",
					     "under date of ", "under date ", "bearing date ", "dtd ", "dtd. " };
	for (size_t p = 0; p < sizeof preps / sizeof preps[0]; p++) {
		size_t n = strlen(preps[p]);
		if (refs_starts_ci(s, len, j, preps[p])) {
			size_t e = refs_dates_after(sc, r, j + n);
			if (e)
				return e;
		}
	}
	/* "the agreement of 1975": a year alone, of the letter's time or
	 * before ("your telegram of 2300" is an hour), when nothing
	 * counted follows it ("the letter of 1975 men") */
	struct date_val yv;
	if (refs_starts(s, len, j, "of ") && date_parse_year(s + j + 3, len - j - 3, &yv) == 4 && yv.y >= 1700 &&
	    yv.y <= (sc->year_known ? sc->year : 2030)) {
		size_t after = refs_skip_sp(s, len, j + 7);
		struct word nw = { after, after };
		while (nw.end < len && isalpha((unsigned char)s[nw.end]))
			nw.end++;
		if (!(refs_word_is(s, &nw, "men") || refs_word_is(s, &nw, "people") || refs_word_is(s, &nw, "tons") ||
		      refs_word_is(s, &nw, "persons"))) {
			snprintf(r->date, sizeof r->date, "%04d", yv.y);
			r->end = j + 7;
			refs_emit(sc, r);
			return r->end;
		}
	}
	/* "his initial letter in March", "a note in October 1961": a
	 * month, not a year ("the letter in 1950 figures") */
	int month;
	if (refs_starts(s, len, j, "in ") && (month = date_month_name(s + j + 3, len - j - 3, &mn)) != 0) {
		size_t e = refs_dates_after(sc, r, j + 3);
		if (e)
			return e;
		/* the month alone: of the letter's year, or the year before
		 * when it is later in the year than the letter */
		size_t me = j + 3 + mn;
		if (sc->year_known && (me >= len || !isalnum((unsigned char)s[me]))) {
			int y = sc->year - (strlen(sc->ctx) >= 7 && month > atoi(sc->ctx + 5));
			snprintf(r->date, sizeof r->date, "%04d-%02d", y, month);
			r->year_inferred = 1;
			r->end = me;
			refs_emit(sc, r);
			return me;
		}
	}
	/* "I sent a letter on 1 October": "on" needs a verb of sending. */
	if (lead == LEAD_VERB && refs_starts(s, len, j, "on ")) {
		size_t e = refs_dates_after(sc, r, j + 3);
		if (e)
			return e;
	}
	return parties_after(sc, r, j, lead);
}

/* The start of a date that ends right at end (nothing but the date
 * between), or SIZE_MAX. The longest such date wins ("October 1, 1950"
 * over "1950"). */
static size_t date_ending_at(const struct scan *sc, size_t end, struct date_val *v)
{
	const char *s = sc->s;
	size_t best = SIZE_MAX;
	for (size_t back = 1; back <= 26 && back <= end; back++) {
		size_t p = end - back;
		if (p > 0 && s[p - 1] != ' ' && s[p - 1] != '\n')
			continue;
		if (s[p] == ' ' || s[p] == '\n')
			continue;
		struct date_val t;
		if (date_parse(s + p, end - p, sc->year, &t) == end - p) {
			best = p;
			*v = t;
		}
	}
	return best;
}

/* As date_ending_at, for a date with a bracket inside ("August (1955)",
 * "June [1951]"): read with the brackets left out. */
static size_t date_ending_bracketed(const struct scan *sc, size_t end, struct date_val *v)
{
	const char *s = sc->s;
	size_t at[32];
	char buf[32];
	int brackets;
	size_t from = end > 30 ? end - 30 : 0;
	for (size_t k = end; k > from; k--)
		if (s[k - 1] == '\n') {
			from = k; /* the window ends at end, on its line */
			break;
		}
	size_t n = refs_unbracket(s, from, end, buf, at, sizeof buf, &brackets);
	if (brackets != 2 || n == 0)
		return SIZE_MAX;
	size_t best = SIZE_MAX;
	for (size_t p = n; p-- > 0;) {
		if (p > 0 && buf[p - 1] != ' ')
			continue;
		if (buf[p] == ' ')
			continue;
		struct date_val t;
		if (date_parse(buf + p, n - p, sc->year, &t) == n - p) {
			best = at[p];
			*v = t;
		}
	}
	/* the opening bracket must fall inside the date */
	if (best != SIZE_MAX && memchr(s + best, '(', end - best) == NULL && memchr(s + best, '[', end - best) == NULL)
		return SIZE_MAX;
	return best;
}

/* "his October 1950 letter", "the 1 October telegram", "Stalin's 13 June
 * letter": a date between a determiner and the kind. Sets r's start,
 * party, person and date; returns 1 if so. */
int refs_date_before_kind(struct scan *sc, struct ref_found *r, size_t kind_start)
{
	const char *s = sc->s;
	size_t end = kind_start;
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n'))
		end--;
	if (end == kind_start || end == 0)
		return 0;
	struct date_val v;
	size_t ds = SIZE_MAX;
	if (s[end - 1] == ')' || s[end - 1] == ']')
		ds = date_ending_bracketed(sc, end, &v); /* "the August (1955) agreement" */
	else if (!isalnum((unsigned char)s[end - 1]))
		return 0;
	else
		ds = date_ending_at(sc, end, &v);
	/* "his April 4 greeting letter", "the June 10 Ho Chi Minh speech":
	 * up to three words between the date and the kind. */
	struct word between;
	size_t back = end;
	for (int k = 0; ds == SIZE_MAX && k < 3 && refs_word_before(s, back, &between) &&
			isalpha((unsigned char)s[between.start]) && !memchr(s + between.start, '\n', back - between.start);
	     k++) {
		back = between.start;
		size_t e2 = back;
		while (e2 > 0 && s[e2 - 1] == ' ')
			e2--;
		if (e2 == back || e2 == 0 || !isdigit((unsigned char)s[e2 - 1]))
			continue;
		ds = date_ending_at(sc, e2, &v);
	}
	if (ds == SIZE_MAX)
		return 0;
	struct ref_found t = *r;
	int noun;
	size_t st = refs_phrase_start(s, ds, &t, &noun);
	struct word w;
	if (!noun || st == ds || (refs_word_before(s, ds, &w) && refs_word_is(s, &w, "this")))
		return 0; /* "in October 1950 letters", "this 1 October letter" */
	*r = t;
	r->start = st;
	refs_put_date(sc, v, r);
	return 1;
}

/* "On 1 October, I sent a letter to Mao Zedong", "on 5 May we sent you a
 * telegram": the writer's own document, dated by the clause; "On 7
 * October I received Mao Zedong's answer": one received that day, which
 * for a telegram is the day it was sent. Sets r's start (at "On", so the
 * phrase read alone is still this form), party and date from phrase
 * start st; returns 1 for a paper sent, 2 for one received, 0 if
 * neither. */
int refs_sent_on_date(struct scan *sc, struct ref_found *r, size_t st)
{
	static const char *const verbs[] = { "sent", "wrote", "dispatched", "despatched", "addressed", "forwarded",
					     "cabled", "telegraphed", NULL };
	static const char *const objects[] = { "you", "him", "her", "them", "us", "me", NULL };
	const char *s = sc->s;
	struct word w;
	size_t p = st;
	if (!refs_word_before(s, p, &w))
		return 0;
	for (size_t i = 0; objects[i]; i++)
		if (refs_word_is(s, &w, objects[i])) {
			p = w.start;
			if (!refs_word_before(s, p, &w))
				return 0;
			break;
		}
	int verb = 0;
	for (size_t i = 0; verbs[i]; i++)
		verb |= refs_word_is(s, &w, verbs[i]);
	if (!verb && p == st && refs_word_is(s, &w, "received"))
		verb = 2;
	if (!verb || !refs_word_before(s, w.start, &w) || !(refs_word_is(s, &w, "I") || refs_word_is(s, &w, "we")))
		return 0;
	size_t end = w.start;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	if (end > 0 && s[end - 1] == ',')
		end--;
	struct date_val v;
	size_t ds = date_ending_at(sc, end, &v);
	if (ds == SIZE_MAX || !refs_word_before(s, ds, &w) || !refs_word_is(s, &w, "on"))
		return 0;
	r->start = w.start;
	if (verb == 1)
		r->party = REF_MINE;
	refs_put_date(sc, v, r);
	return verb;
}

/* "On 30 September I reported to you", "on 5 May we telegraphed
 * Comrade Stalin": a verb of writing, dated, is the writer's own paper of
 * that day to the one named. At i, the word "on"; returns the end of the
 * reference it emits, or 0. "I wrote you a letter" is left to the kind
 * word. */
size_t refs_wrote_on_date(struct scan *sc, size_t i)
{
	static const struct {
		const char *verb, *kind;
	} verbs[] = { { "reported", "report" }, { "telegraphed", "telegram" }, { "wired", "telegram" },
		      { "cabled", "cable" }, { "wrote", NULL } };
	const char *s = sc->s;
	size_t len = sc->len, j = refs_skip_sp(s, len, i + 2), n;
	struct date_val v;
	if (j == i + 2 || (n = date_parse(s + j, len - j, sc->year, &v)) == 0)
		return 0;
	struct ref_found r = { .start = i, .party = REF_MINE };
	refs_put_date(sc, v, &r);
	j += n;
	if (j < len && s[j] == ',')
		j++;
	j = refs_skip_sp(s, len, j);
	if (refs_starts(s, len, j, "I ") || refs_starts(s, len, j, "we ") || refs_starts(s, len, j, "We "))
		j = refs_skip_sp(s, len, j + (s[j] == 'I' ? 2 : 3));
	else
		return 0;
	size_t k;
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (refs_starts(s, len, j, verbs[k].verb) &&
		    (j + strlen(verbs[k].verb) == len || !refs_is_word_byte((unsigned char)s[j + strlen(verbs[k].verb)])))
			break;
	if (k == sizeof verbs / sizeof verbs[0])
		return 0;
	r.kind = verbs[k].kind;
	j = refs_skip_sp(s, len, j + strlen(verbs[k].verb));
	size_t to = refs_starts(s, len, j, "to ") ? j + 3 : j, ne, ns;
	int titled;
	if ((ne = pronoun_at(s, len, to, r.to_person, sizeof r.to_person)) == 0) {
		if ((ne = refs_name_at(s, len, to, &ns, &titled)) == 0)
			return 0;
		snprintf(r.to_person, sizeof r.to_person, "%.*s", (int)(ne - ns), s + ns);
	}
	struct word w;
	size_t next = refs_skip_sp(s, len, ne);
	size_t we = next;
	while (we < len && isalpha((unsigned char)s[we]))
		we++;
	w = (struct word){ next, we };
	if (refs_word_is(s, &w, "a") || refs_word_is(s, &w, "an") || refs_word_is(s, &w, "the") || refs_word_is(s, &w, "my") ||
	    refs_word_is(s, &w, "our") || refs_word_is(s, &w, "your"))
		return 0;
	r.end = ne;
	refs_emit(sc, &r);
	return ne;
}

/* Whether the word before st is a verb of sending or receiving: "I
 * received letter from Mao", "we sent a telegram to". */
int refs_verb_before(const char *s, size_t st)
{
	static const char *const verbs[] = { "sent", "received", "wrote", "got", "dispatched", "despatched",
					     "forwarded", "addressed", "enclosed", "transmitted", NULL };
	struct word w;
	if (!refs_word_before(s, st, &w))
		return 0;
	for (size_t i = 0; verbs[i]; i++)
		if (refs_word_is(s, &w, verbs[i]))
			return 1;
	return 0;
}

/* Whether a verb of citing ends right before st ("referred to",
 * "mentioned", "reported"): "in No. 789" after it is a paper. */
static int referred_before(const char *s, size_t st)
{
	static const char *const verbs[] = { "mentioned", "reported", "contained", "described", "enclosed", "stated",
					     "given", "cited", NULL };
	struct word w;
	if (!refs_word_before(s, st, &w))
		return 0;
	if (refs_word_is(s, &w, "to"))
		return refs_word_before(s, w.start, &w) && refs_word_is(s, &w, "referred");
	for (size_t i = 0; verbs[i]; i++)
		if (refs_word_is(s, &w, verbs[i]))
			return 1;
	return 0;
}

/* A number standing alone: "# 600428/sh", "To No. 483/sh.", "your no. 4676". */
size_t refs_bare_number(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, m = refs_number_marker(s, len, i);
	if (m == 0)
		return 0;
	struct ref_found r = { .start = i };
	struct word w;
	int dated_only = 0;
	if (s[i] != '#') {
		/* "No." alone is too common ("No. 3 of the agenda"): it needs
		 * "To", "Re", "your", "my" or "reference to" before it, or a
		 * day after it ("No. 1069, of the 15th of August"). */
		size_t first = i;
		if (!refs_word_before(s, i, &w))
			dated_only = 1;
		else if (refs_word_is_your(s, &w))
			r.party = REF_YOURS;
		else if (refs_word_is(s, &w, "my") || refs_word_is(s, &w, "our"))
			r.party = REF_MINE;
		else if (refs_word_is(s, &w, "in") && referred_before(s, w.start))
			; /* "referred to in No. 789" */
		else if (!refs_word_is(s, &w, "to") && !refs_word_is(s, &w, "re") && !refs_word_is(s, &w, "ref") &&
			 refs_possessive(s, &w, r.person, sizeof r.person, &first) <= 0)
			dated_only = 1; /* "Consul Braida's No. 23" is his */
		if (!dated_only)
			r.start = first != i ? first : w.start;
	}
	size_t j = refs_skip_sp(s, len, m);
	char probe[32];
	size_t n = refs_number_token(s, len, j, probe, sizeof probe);
	if (n == 0 || (s[i] == '#' && n < 3))
		return 0;
	if (dated_only)
		return numbers_list(sc, &r, j, refs_plural_marker(s, len, i), 1);
	return refs_numbers_at(sc, &r, j, refs_plural_marker(s, len, i));
}
