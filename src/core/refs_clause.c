/* refs_clause.c: a paper dated further on in its clause, where a writer
 * says what it was or how it came before its day: "the memorandum handed
 * to you by Gromyko on October 27", "the message that I sent you the
 * evening of October 26", "my recent telegram about the campaign (May
 * 22)", "the statement announced today"; and a paper of any name that
 * "dated" or "dtd" dates ("an OIR Draft Outline for World Estimate dated
 * 27 September 1956", "Memo dtd 11 Aug 55"). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

/* The dating phrases that need no link: the first of dating_at's. */
#define UNLINKED_PREPS 6

/* How far a clause runs after its kind word, at most. */
#define CLAUSE_MAX 160

/* Words that tie what follows to the paper: a participle of its making
 * or passing on, a relative pronoun, a subject's preposition. */
static const char *const links[] = { "handed",    "sent",      "addressed", "delivered", "transmitted", "issued",
				     "given",     "received",  "written",   "signed",    "published",   "announced",
				     "presented", "submitted", "adopted",   "made",      "that",        "which",
				     "about",     "regarding", "concerning", "between",  "on",          NULL };

/* The links that are participles: "text memorandum handed to you",
 * telegraphese without its article, is a paper all the same. */
static const char *const participles[] = { "handed", "sent", "addressed", "delivered", "transmitted", "issued",
					   "written", "signed", "presented", "submitted", NULL };

/* Words that open a clause of their own: the date after them is not the
 * paper's ("the letter was read, and on May 5 we met"). Some do only
 * outside a relative clause ("the message that I sent you") or before
 * a link ("issued by Pravda and Moscow Radio March 4"). */
static const char *const stops[] = { "but", "when", "if", "because", "while", "since", "although", NULL };
static const char *const stops_unless_relative[] = { "we", "he", "she", "they", "I", "it", "was", "were", "is",
						     "are", "will", "would", "has", "have", "had", NULL };
static const char *const relatives[] = { "that", "which", NULL };
static const char *const object_preps[] = { "to", "by", "for", "with", "from", NULL };
static const char *const mine[] = { "I", "we", NULL };
static const char *const yours[] = { "you", NULL };

static int word_in(const char *s, size_t a, size_t b, const char *const *list)
{
	for (size_t k = 0; list[k]; k++)
		if (strlen(list[k]) == b - a && strncasecmp(s + a, list[k], b - a) == 0)
			return 1;
	return 0;
}

/* Whether a sentence ends at the full stop at i: a stop after a word of
 * three letters or more ("Mr." and "I. V." go on). */
static int sentence_end(const char *s, size_t len, size_t i)
{
	if (s[i] != '.')
		return 0;
	size_t b = i;
	while (b > 0 && isalpha((unsigned char)s[b - 1]))
		b--;
	return i - b >= 3 && (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '\n') && strncmp(s + b, "Mrs", 3) != 0;
}

/* "numbered 651" in the clause after a date at i ("addressed to you on
 * the 11th instant, and numbered 651"): the paper's number into r. */
static void numbered_after(struct scan *sc, struct ref_found *r, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len;
	for (size_t k = i; k < len && k < i + 60 && s[k] != ';' && s[k] != '\n'; k++) {
		if (s[k] == '.' && sentence_end(s, len, k))
			return;
		if (refs_starts(s, len, k, " numbered ") &&
		    refs_number_token(s, len, k + 10, r->number, sizeof r->number) == 0)
			r->number[0] = '\0';
	}
}

/* The date a dating phrase at k gives the paper, emitted; its end, or 0.
 * linked: a link word came between the kind and k. */
static size_t dating_at(struct scan *sc, struct ref_found *r, size_t k, int linked)
{
	static const char *const preps[] = { "under date of ", "bearing date ", "dated in ", "dated ", "dtd ", "of ",
					     "on ",            "from ",         "in " };
	static const char *const parts[] = { "the morning of ", "the afternoon of ", "the evening of ",
					     "the night of " };
	const char *s = sc->s;
	size_t len = sc->len;
	struct ref_found t = *r;
	/* "(May 22)": a day in parentheses closes the subject */
	if (s[k] == '(' && linked) {
		struct date_val v;
		size_t n = refs_date_at(sc, k + 1, &v);
		if (n && k + 1 + n < len && s[k + 1 + n] == ')') {
			refs_put_date(sc, v, &t);
			t.end = k + 2 + n;
			refs_emit(sc, &t);
			return t.end;
		}
		return 0;
	}
	/* "on", "from" and "in" date the paper only after a link: "the
	 * Order of Lenin on 1 October" is an event */
	size_t p = SIZE_MAX;
	for (size_t q = 0; q < sizeof preps / sizeof preps[0] && p == SIZE_MAX; q++)
		if (refs_starts_ci(s, len, k, preps[q]) && (linked || q < UNLINKED_PREPS))
			p = k + strlen(preps[q]);
	for (size_t q = 0; q < sizeof parts / sizeof parts[0] && p == SIZE_MAX && linked; q++)
		if (refs_starts_ci(s, len, k, parts[q]))
			p = k + strlen(parts[q]);
	/* "announced today", "handed to it last night", "issued by Pravda
	 * March 4": a day with no preposition, after a link, named by its
	 * month or as the letter's own day ("1961 events" is no paper's) */
	struct date_val v;
	size_t mn;
	if (p == SIZE_MAX && linked &&
	    (date_month_name(s + k, len - k, &mn) || refs_day_of_month_at(sc, s + k, len - k, &v)))
		p = k;
	if (p == SIZE_MAX)
		return 0;
	numbered_after(sc, &t, p);
	return refs_dates_after(sc, &t, p);
}

int refs_clause_participle(const struct scan *sc, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, k = refs_skip_sp(s, len, j), w = k;
	while (w < len && isalpha((unsigned char)s[w]))
		w++;
	return k == j + 1 && w > k && word_in(s, k, w, participles);
}

size_t refs_clause_date(struct scan *sc, struct ref_found *r, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, end = j + CLAUSE_MAX < len ? j + CLAUSE_MAX : len;
	int linked = 0, relative = 0, words = 0;
	for (size_t k = refs_skip_sp(s, len, j); k < end; k = refs_skip_sp(s, len, k)) {
		if (s[k] == ';' || s[k] == ':' || s[k] == '?' || s[k] == '!' || (s[k] == '\n' && k + 1 < len && s[k + 1] == '\n'))
			return 0;
		if (s[k] == '.' && sentence_end(s, len, k))
			return 0;
		if (refs_number_marker(s, len, k))
			return 0; /* "despatches on the subject, No. 1025 of the 8th": the numbers' own */
		if (s[k] == ',' || s[k] == '\n' || s[k] == '"' || s[k] == ')' || s[k] == '-' || s[k] == '_') {
			k++;
			continue;
		}
		/* only after a word or two does a dating phrase belong to the
		 * clause rather than to the kind word (refs_after_kind's) */
		if (words > 0) {
			size_t e = dating_at(sc, r, k, linked);
			if (e)
				return e;
		}
		size_t w = k;
		while (w < end && (refs_is_word_byte((unsigned char)s[w]) || s[w] == '.') && s[w] != '\n') {
			if (s[w] == '.' && (w + 1 >= len || !isalpha((unsigned char)s[w + 1])))
				break;
			w++;
		}
		if (w == k) {
			k++;
			continue;
		}
		/* "handed to it last night": a pronoun after a preposition
		 * is an object, no new clause's subject */
		struct word pw;
		int object = refs_word_before(s, k, &pw) && word_in(s, pw.start, pw.end, object_preps);
		if (refs_kind_of(s + k, w - k) || word_in(s, k, w, stops) ||
		    (!relative && !object && word_in(s, k, w, stops_unless_relative)) ||
		    (!linked && w - k == 3 && strncasecmp(s + k, "and", 3) == 0))
			return 0; /* another paper, or another clause */
		/* "the letter, on October 7, I received": a preposition
		 * before a day is no link to one */
		struct date_val dv;
		size_t nx = refs_skip_sp(s, len, w);
		if (word_in(s, k, w, links) && (nx >= len || refs_date_at(sc, nx, &dv) == 0))
			linked = 1;
		/* "the message that I sent you": whose it is */
		if (relative == 1 && r->party == REF_ANY && (word_in(s, k, w, mine) || word_in(s, k, w, yours)))
			r->party = word_in(s, k, w, mine) ? REF_MINE : REF_YOURS;
		if (relative)
			relative++;
		if (word_in(s, k, w, relatives))
			relative = 1;
		words++;
		k = w;
	}
	return 0;
}

static const char *const inner_preps[] = { "of", "for", "on", "to", "about", "in", "by", NULL };

/* Whether the word a..b opens a noun phrase. */
static int determiner(const char *s, size_t a, size_t b)
{
	static const char *const dets[] = { "a", "an", "the", "my", "your", "his", "her", "our", "their", "its", NULL };
	return word_in(s, a, b, dets);
}

size_t refs_dated_any(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len;
	int dtd = (j - i == 3 && strncasecmp(s + i, "dtd", 3) == 0);
	if (!dtd && !(j - i == 5 && strncasecmp(s + i, "dated", 5) == 0))
		return 0;
	size_t p = j < len && s[j] == '.' ? j + 1 : j;
	if (p >= len || s[p] != ' ')
		return 0;
	p = refs_skip_sp(s, len, p);
	if (refs_starts(s, len, p, "in "))
		p += 3;
	struct date_val v;
	/* "dated 2 a.m. March 4": the hour may come first (refs_dates_after
	 * reads it) */
	size_t t = refs_time_after_date(s, len, p);
	if (refs_date_at(sc, p, &v) == 0 && (t == p || refs_date_at(sc, refs_skip_sp(s, len, t), &v) == 0))
		return 0;
	/* The phrase reaches back to the noun phrase the date is of: its
	 * determiner, or the start of its sentence or line, ten words back
	 * at most. */
	size_t st = i, b = i;
	for (int words = 0; words < 10 && b > 0; words++) {
		size_t e = b;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		if (e == 0 || s[e - 1] == '\n' || s[e - 1] == ';' || s[e - 1] == ':' || (s[e - 1] == '.' && sentence_end(s, len, e - 1)))
			break;
		size_t a = e;
		while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')
			a--;
		st = b = a;
		size_t we = a;
		while (we < e && isalpha((unsigned char)s[we]))
			we++;
		/* "an OSS Draft Outline for the Estimate": a determiner
		 * after a preposition is inside the phrase */
		struct word pw;
		if (determiner(s, a, we) &&
		    !(refs_word_before(s, a, &pw) && word_in(s, pw.start, pw.end, inner_preps)))
			break;
	}
	struct ref_found r = { .start = st, .kind = NULL };
	/* the kind, if the phrase names one ("an 0/NE Staff Memorandum, ...") */
	for (size_t k = st; k < i && r.kind == NULL; k++) {
		if (k > st && refs_is_word_byte((unsigned char)s[k - 1]))
			continue;
		size_t e = k;
		while (e < i && isalpha((unsigned char)s[e]))
			e++;
		r.kind = refs_kind_of(s + k, e - k);
	}
	return refs_dates_after(sc, &r, p);
}

size_t refs_anaphor(struct scan *sc, const char *kind, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, start = i, end = j;
	struct word w;
	/* "the referenced memorandum", "reference telegram" */
	if (refs_word_before(s, i, &w) && (refs_word_is(s, &w, "referenced") || refs_word_is(s, &w, "reference") ||
					   refs_word_is(s, &w, "above-referenced"))) {
		start = w.start;
	} else if (refs_starts(s, len, j, " under reference")) {
		end = j + 16; /* "my dispatch under reference" */
	} else {
		return 0;
	}
	struct word owner = { start, start };
	if (refs_word_before(s, start, &w)) {
		size_t a = w.start;
		while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')
			a--; /* "Department’s": the possessive whole */
		owner = (struct word){ a, w.end };
		start = a;
		while (owner.end < start + 64 && owner.end < len && s[owner.end] != ' ')
			owner.end++;
	}
	int determiner = refs_word_is(s, &owner, "the") || refs_word_is(s, &owner, "this") || owner.end == owner.start;
	/* The first paper cited before of a kind that fits, by the same
	 * owner when one is named ("my dispatch A. 454 of November 13th"). */
	for (size_t k = 0; k < sc->ncited; k++) {
		if (sc->cited[k].kind && !refs_kind_compatible(sc->cited[k].kind, kind))
			continue;
		if (!determiner && (strlen(sc->cited[k].owner) != owner.end - owner.start ||
				    strncasecmp(sc->cited[k].owner, s + owner.start, owner.end - owner.start) != 0))
			continue;
		struct ref_found r = { .start = start, .end = end, .kind = kind };
		memcpy(r.number, sc->cited[k].number, sizeof r.number);
		memcpy(r.date, sc->cited[k].date, sizeof r.date);
		r.year_inferred = sc->cited[k].year_inferred;
		if (refs_word_is(s, &owner, "my") || refs_word_is(s, &owner, "our"))
			r.party = REF_MINE;
		else if (refs_word_is(s, &owner, "your"))
			r.party = REF_YOURS;
		refs_emit(sc, &r);
		return end;
	}
	return 0;
}
