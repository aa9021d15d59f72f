/* refs.c: detecting references to other documents in a body. Works on
 * words: a kind of document ("telegram", "letter", ...) with what follows
 * it (a number, "of"/"dated" and dates, "of cde." and a name), the
 * determiner before it ("your", "my"), and number forms that stand alone
 * ("# 600428/sh", "To No. 483/sh."). */
#include "dossier/refs.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dossier/date.h"

/* K: a word with its length, read without strlen at every word of every
 * document. */
#define K(w, k) { w, sizeof w - 1, k }
static const struct {
	const char *word;
	size_t len;
	const char *kind;
} kinds[] = {
	K("telegram", "telegram"), K("telegrams", "telegram"), K("cable", "cable"), K("cables", "cable"),
	K("cablegram", "cable"), K("letter", "letter"), K("letters", "letter"),
	K("directive", "directive"), K("directives", "directive"), K("order", "order"),
	K("orders", "order"), K("note", "note"), K("notes", "note"), K("message", "message"),
	K("messages", "message"), K("report", "report"), K("reports", "report"),
	K("memorandum", "memorandum"), K("memoranda", "memorandum"), K("instruction", "instruction"),
	K("instructions", "instruction"), K("dispatch", "despatch"), K("despatch", "despatch"),
	K("despatches", "despatch"), K("dispatches", "despatch"), K("radiogram", "telegram"),
	K("document", "document"), K("answer", "answer"), K("answers", "answer"), K("reply", "reply"),
	K("replies", "reply"), K("communication", "communication"), K("communications", "communication"),
	K("memo", "memorandum"), K("memos", "memorandum"), K("speech", "speech"), K("speeches", "speech"),
	K("statement", "statement"), K("statements", "statement"), K("declaration", "declaration"),
	K("communique", "communique"), K("decree", "decree"),
	K("resolution", "resolution"), K("airgram", "airgram"), K("airgrams", "airgram"), K("circular", "circular"),
};
#undef K

/* Groups of kinds an archive uses for one thing. */
static const char *const families[][5] = {
	{ "telegram", "cable", "message", NULL },
	{ "letter", "message", "note", "communication", NULL },
	{ "telegram", "airgram", "circular", NULL },
	{ "statement", "declaration", "communique", "speech", NULL },
	{ "decree", "resolution", NULL },
	{ "directive", "order", "instruction", NULL },
	{ "report", "memorandum", "despatch", NULL },
	{ "memorandum", "record of conversation", "conversation", NULL },
	/* Diplomatic correspondence: an edition calls them all letters. */
	{ "letter", "despatch", "instruction", "note", NULL },
};

/* The kinds by their first letter: every word of every document is
 * looked up, and most letters open none. Built once, for any thread. */
static size_t kinds_order[sizeof kinds / sizeof kinds[0]];
static size_t kinds_by_letter[27];
static pthread_once_t kinds_once = PTHREAD_ONCE_INIT;

static void kinds_index(void)
{
	size_t n = 0;
	for (int c = 'a'; c <= 'z'; c++) {
		kinds_by_letter[c - 'a'] = n;
		for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
			if (kinds[i].word[0] == c)
				kinds_order[n++] = i;
	}
	kinds_by_letter[26] = n;
}

const char *refs_kind_of(const char *word, size_t len)
{
	/* Called for every word of every document: reject on length and
	 * first letter before comparing ("note" is the shortest word of the
	 * table, "communications" the longest). */
	if (len < 4 || len > 14)
		return NULL;
	char first = (char)(word[0] | 0x20);
	if (first < 'a' || first > 'z')
		return NULL;
	pthread_once(&kinds_once, kinds_index);
	for (size_t k = kinds_by_letter[first - 'a']; k < kinds_by_letter[first - 'a' + 1]; k++) {
		size_t i = kinds_order[k];
		if (kinds[i].len == len && strncasecmp(word, kinds[i].word, len) == 0)
			return kinds[i].kind;
	}
	return NULL;
}

static int in_family(const char *k, size_t f)
{
	for (size_t i = 0; families[f][i]; i++)
		if (strstr(k, families[f][i]))
			return 1;
	return 0;
}

int refs_kind_compatible(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return 0;
	if (strstr(a, b) || strstr(b, a))
		return 1;
	for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
		if (in_family(a, f) && in_family(b, f))
			return 1;
	return 0;
}

int refs_kind_same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return 0;
	if (strstr(a, b) || strstr(b, a))
		return 1;
	int ca = strstr(a, "conversation") != NULL || strcmp(a, "memorandum") == 0;
	int cb = strstr(b, "conversation") != NULL || strcmp(b, "memorandum") == 0;
	return ca && cb;
}

int refs_kind_functional(const char *kind)
{
	static const char *const what_it_does[] = { "directive", "order", "instruction", "report", "message",
						    "note", "answer", "reply", "communication", "statement", NULL };
	for (size_t i = 0; kind && what_it_does[i]; i++)
		if (strcmp(kind, what_it_does[i]) == 0)
			return 1;
	return 0;
}

const char *ref_party_name(enum ref_party p)
{
	return p == REF_YOURS ? "yours" : p == REF_MINE ? "mine" : "any";
}

enum ref_party ref_party_from_name(const char *name)
{
	if (name && strcmp(name, "yours") == 0)
		return REF_YOURS;
	if (name && strcmp(name, "mine") == 0)
		return REF_MINE;
	return REF_ANY;
}

/* A word: a run of letters (ASCII or any non-ASCII byte, so "Nº" and
 * accented names hold together) or of digits and joiners. */
struct word {
	size_t start, end;
};

static int is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

/* The word that ends right before pos (skipping spaces), or none. */
static int word_before(const char *s, size_t pos, struct word *w)
{
	size_t i = pos;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n'))
		i--;
	size_t end = i;
	while (i > 0 && is_word_byte((unsigned char)s[i - 1]))
		i--;
	if (i == end)
		return 0;
	*w = (struct word){ i, end };
	return 1;
}

static int word_is(const char *s, const struct word *w, const char *what)
{
	size_t n = strlen(what);
	return w->end - w->start == n && strncasecmp(s + w->start, what, n) == 0;
}

/* "your", what a scanner makes of it ("yonr", "vour": no English word
 * is spelt so), and a cable's "ur". */
static int word_is_your(const char *s, const struct word *w)
{
	return word_is(s, w, "your") || word_is(s, w, "yours") || word_is(s, w, "yonr") || word_is(s, w, "vour") ||
	       word_is(s, w, "ur");
}

static size_t skip_sp(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || (s[i] == '\n' && i + 1 < len && s[i + 1] != '\n')))
		i++;
	return i;
}

static int starts(const char *s, size_t len, size_t i, const char *what)
{
	size_t n = strlen(what);
	return i + n <= len && strncmp(s + i, what, n) == 0;
}

/* As starts, in either case: cables are written in capitals ("NOTE NO.
 * 89 DATED APRIL 11"). */
static int starts_ci(const char *s, size_t len, size_t i, const char *what)
{
	size_t n = strlen(what);
	return i + n <= len && strncasecmp(s + i, what, n) == 0;
}

/* "No.", "no.", "Nos.", "Nº", "N°", "#", "number": the number marker at i;
 * returns the index after it, or 0. */
static size_t number_marker(const char *s, size_t len, size_t i)
{
	static const char *const marks[] = { "Nos.", "nos.", "No.", "no.", "NO.", "Nº", "N°", "№", "#", "number",
					     "Number", "NUMBER" };
	/* "resolution No 176/126": the stop left out, before a number. */
	if (i + 4 < len && (s[i] == 'N') && (s[i + 1] == 'o' || s[i + 1] == 'O') && s[i + 2] == ' ' &&
	    isdigit((unsigned char)s[i + 3]))
		return i + 2;
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
		size_t n = strlen(marks[k]);
		if (i + n <= len && strncmp(s + i, marks[k], n) == 0) {
			size_t j = i + n;
			if (isalpha((unsigned char)marks[k][n - 1]) && j < len && isalpha((unsigned char)s[j]))
				continue; /* "note", "Nose" */
			return j;
		}
	}
	return 0;
}

/* Whether the number marker at i is plural ("Nos.", "nos."). */
static int plural_marker(const char *s, size_t len, size_t i)
{
	return i + 4 <= len && strncasecmp(s + i, "nos.", 4) == 0;
}

/* "A-412": a series of one to three capitals before the digits of a
 * number ("Action Memorandum No. A-412"), or one capital ("P176/125",
 * "Z.281", "A. 454"). Its length with what joins it, or 0. */
static size_t series_prefix(const char *s, size_t len, size_t i)
{
	size_t p = i;
	while (p < len && p - i < 3 && isupper((unsigned char)s[p]))
		p++;
	if (p == i || p >= len)
		return 0;
	if (p + 1 < len && s[p] == '-' && isdigit((unsigned char)s[p + 1]))
		return p + 1 - i;
	if (p + 3 < len && starts(s, len, p, "\xe2\x80\x93") && isdigit((unsigned char)s[p + 3]))
		return p + 3 - i; /* "B–421", with an en dash */
	/* "Decree Nº P176/125", "message Z.281", "dispatch A. 454" */
	if (p == i + 1 && isdigit((unsigned char)s[p]))
		return 1;
	if (p == i + 1 && s[p] == '.' && p + 1 < len && isdigit((unsigned char)s[p + 1]))
		return 2;
	if (p == i + 1 && s[p] == '.' && p + 2 < len && s[p + 1] == ' ' && isdigit((unsigned char)s[p + 2]))
		return 3;
	return 0;
}

/* A document number at i: digits, then letters, digits, "/" and "-" that
 * belong to it ("600428/sh", "483/sh."). Returns its length. */
static size_t series_prefix(const char *s, size_t len, size_t i);

static size_t number_token(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	size_t j = i + series_prefix(s, len, i);
	if (j >= len || !isdigit((unsigned char)s[j]))
		return 0;
	while (j < len && (isalnum((unsigned char)s[j]) || ((s[j] == '/' || s[j] == '-') && j + 1 < len &&
							     isalnum((unsigned char)s[j + 1]))))
		j++;
	size_t n = j - i, pre = series_prefix(s, len, i);
	/* "408-410" is a range: out is its first number (numbers_at reads
	 * the rest). */
	const char *dash = memchr(s + i + pre, '-', n - pre);
	size_t keep = dash && isdigit((unsigned char)dash[1]) ? (size_t)(dash - (s + i)) : n;
	if (keep >= outsz)
		keep = outsz - 1;
	memcpy(out, s + i, keep);
	out[keep] = '\0';
	return n;
}

/* Words that are capitalised without being a name ("In Mao's letter"). */
static int stop_word(const char *s, const struct word *w)
{
	static const char *const stops[] = { "in", "on", "the", "as", "to", "from", "at", "by", "for", "with",
					     "and", "but", "then", "after", "before", "of", "a", "an", "this",
					     "that", "his", "her", "their", "our", "my", "your", "its", "i",
					     "we", "he", "she", "they", "it", "since", "when", "while", "comrade",
					     "comrades", "cde", "mr", "mrs", "general", "marshal", "ambassador",
					     "minister", "chairman", "premier", "president", "secretary", "commander",
					     "captain", "capt", "admiral", "colonel", "consul", "dr", "sir", "lord",
					     "excellency", "majesty", "highness", "government", "department",
					     "legation", "embassy", "ministry", NULL };
	for (size_t i = 0; stops[i]; i++)
		if (word_is(s, w, stops[i]))
			return 1;
	return 0;
}

/* "Stalin's", "Kim Il Sung's", "Mr. Gresham’s" ending at w: the name
 * into out and where it starts, and 1; -1 for a possessive that is no
 * name ("Excellency's", "the minister's"); 0 for no possessive. */
static int possessive(const char *s, const struct word *w, char *out, size_t outsz, size_t *start)
{
	size_t n = w->end - w->start, cut;
	const char *e = s + w->end;
	if (n > 2 && e[-2] == '\'' && (e[-1] == 's'))
		cut = 2;
	else if (n > 4 && memcmp(e - 4, "\xe2\x80\x99s", 4) == 0)
		cut = 4; /* U+2019 */
	else
		return 0;
	struct word bare = { w->start, w->end - cut };
	if (!isupper((unsigned char)s[w->start]) || stop_word(s, &bare))
		return -1; /* "His Excellency's letter": a determiner, no name */
	size_t first = w->start;
	struct word p;
	/* The name's earlier words: capitalised, at most three more. */
	for (int k = 0; k < 3 && word_before(s, first, &p) && isupper((unsigned char)s[p.start]) &&
			!stop_word(s, &p) && memchr(s + p.end, '\n', first - p.end) == NULL;
	     k++)
		first = p.start;
	size_t len = w->end - cut - first;
	if (len == 0 || len >= outsz)
		return 0;
	memcpy(out, s + first, len);
	out[len] = '\0';
	*start = first;
	return 1;
}

/* Extends a phrase back over its determiner and adjectives ("your", "my
 * last", "the ciphered", "Stalin's"), and says whose document it is;
 * *noun is set when something before it shows the kind word is a noun (a
 * determiner, a possessive), not a verb ("I report"). */
static size_t phrase_start(const char *s, size_t kind_start, struct ref_found *r, int *noun)
{
	static const char *const adjectives[] = { "ciphered", "coded", "cipher", "telegraphic", "reply", "last",
						  "previous", "recent", "personal", "urgent", "secret", "above", "top",
						  "above-mentioned", "aforementioned", "same", "latest", "first",
						  "second", "official", "action", "information", "unnumbered", NULL };
	size_t start = kind_start;
	struct word w;
	r->party = REF_ANY;
	*noun = 0;
	/* "your [letter] of 3 May": the editor supplied the kind word;
	 * "your :Letter of 9 April": a speck the scanner read. Either stays
	 * in the phrase when a determiner comes before it. */
	while (start > 0 && kind_start - start < 2 && (s[start - 1] == '[' || s[start - 1] == ':'))
		start--;
	size_t noise = start;
	for (int guard = 0; guard < 3 && word_before(s, start, &w); guard++) {
		int adj = 0;
		for (size_t i = 0; adjectives[i]; i++)
			if (word_is(s, &w, adjectives[i]))
				adj = 1;
		if (adj) {
			start = w.start;
			continue;
		}
		*noun = 1;
		if (word_is_your(s, &w)) {
			r->party = REF_YOURS;
			return w.start;
		}
		if (word_is(s, &w, "my") || word_is(s, &w, "our")) {
			r->party = REF_MINE;
			return w.start;
		}
		if (word_is(s, &w, "the") || word_is(s, &w, "this") || word_is(s, &w, "that") ||
		    word_is(s, &w, "his") || word_is(s, &w, "her") || word_is(s, &w, "their") ||
		    word_is(s, &w, "a") || word_is(s, &w, "its"))
			return w.start;
		size_t first;
		int pos = possessive(s, &w, r->person, sizeof r->person, &first);
		if (pos > 0)
			return first;
		if (pos < 0)
			return w.start;
		*noun = 0;
		break;
	}
	return start == noise ? kind_start : start;
}

static int atoi_safe(const char *s)
{
	int v = 0;
	for (; isdigit((unsigned char)*s) && v < 100000000; s++)
		v = v * 10 + (*s - '0');
	return v;
}

/* A letter whose date is not known still cites "your telegram of the
 * 7th instant": the phrase is found as in a dated one, with a stand-in
 * date to measure it, and a date that would come from the letter's is
 * left out. */
struct scan {
	const char *s;
	size_t len;
	int year;               /* the citing document's year, or a stand-in */
	int year_known;
	char ctx[11];           /* the citing document's ISO date, or "" */
	char rel[11];           /* the day "instant", "yesterday", "4th" count from:
				 * ctx when it is a day, else a stand-in */
	int rel_known;
	const char *const *own; /* the numbers the document prints as its own */
	size_t nown;
	long cable_own[4];      /* a cable's own, from its "PAGE 01 STATE 139893" lines */
	size_t ncable_own;
	struct {                /* its "REF: (A) BUDAPEST 890, (B) STATE 68733" */
		char label;     /* 'A', or 0 when the line lists one unlabelled */
		char number[16];
	} reflist[6];
	size_t nreflist;
	refs_fn fn;
	void *arg;
};

/* Writes a day reckoned from the citing letter's ("the 7th instant",
 * "yesterday"), when that is known. */
static void put_relative(const struct scan *sc, const struct date_val *v, struct ref_found *r)
{
	r->year_inferred = 0;
	if (sc->rel_known)
		date_iso(v, r->date);
	else
		r->date[0] = '\0';
}

/* Writes v into out; a day whose year was taken from the citing
 * document but falls after it is of the year before. */
static void put_date(const struct scan *sc, struct date_val v, struct ref_found *r)
{
	char *out = r->date;
	r->year_inferred = v.inferred;
	if (v.inferred && !sc->year_known) {
		/* "Department's 726, August 20" in a page that shows no year:
		 * the day, of a year the letter does not say (ISO 8601's
		 * "--08-20"). */
		if (v.m && v.d)
			snprintf(out, sizeof r->date, "--%02d-%02d", v.m, v.d);
		else
			out[0] = '\0';
		r->year_inferred = 0;
		return;
	}
	char iso[11];
	date_iso(&v, iso);
	if (v.inferred && sc->ctx[0] && strlen(sc->ctx) == 10 && strcmp(iso, sc->ctx) > 0) {
		v.y--;
		date_iso(&v, iso);
	}
	memcpy(out, iso, sizeof iso);
}

static int is_code(const char *s, size_t len);

/* A heading names the paper it heads: "Ciphered Telegram # 25401" or
 * "CABLE Nº 1802" alone on its line, nothing before the kind or the
 * number to say whose or to what ("To No. 483/sh." answers a paper;
 * "Deptel 283." is telegraphese for another's). A reference stands in a
 * sentence. */
static int caption(const struct scan *sc, const struct ref_found *r)
{
	const char *s = sc->s;
	if (!r->number[0] || r->party != REF_ANY || r->person[0] || r->page[0])
		return 0;
	size_t a = r->start, e = r->end, w = r->start;
	while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
		a--;
	while (e < sc->len && (s[e] == ' ' || s[e] == '.' || s[e] == ':' || s[e] == '\t'))
		e++;
	if ((a > 0 && s[a - 1] != '\n') || (e < sc->len && s[e] != '\n'))
		return 0;
	while (w < sc->len && isalpha((unsigned char)s[w]))
		w++;
	struct word first = { r->start, w };
	return !word_is(s, &first, "to") && !word_is(s, &first, "re") && !word_is(s, &first, "ref") &&
	       !is_code(s + r->start, w - r->start);
}

static void emit(struct scan *sc, struct ref_found *r)
{
	/* The document's own numbers (its heading's, the one after its
	 * signature); but a number someone else's ("Consul Braida's No.
	 * 23", "your No. 23") is another series' paper, even in instruction
	 * No. 23. */
	if (r->number[0] && !r->person[0] && r->party != REF_YOURS)
		for (size_t k = 0; k < sc->nown; k++)
			if (strcmp(r->number, sc->own[k]) == 0)
				return;
	if (caption(sc, r))
		return;
	sc->fn(r, sc->arg);
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* "yesterday" and "today" (or "this date") in a letter of a known day:
 * the day before it, or that day. Returns the length, or 0. */
static size_t day_named_at(const struct date_val *ctx, const char *s, size_t len, struct date_val *v)
{
	static const struct {
		const char *word;
		int back;
	} words[] = { { "yesterday", 1 }, { "today", 0 }, { "this date", 0 } };
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

/* "the 10th instant", "the 30th ultimo": a day of the citing letter's
 * month or of the month before; "yesterday", "today". Returns the
 * length, or 0. */
static size_t day_of_month_at(const struct scan *sc, const char *s, size_t len, struct date_val *v)
{
	struct date_val ctx;
	if (date_from_iso(sc->rel, &ctx) != 0 || ctx.m == 0)
		return 0;
	size_t named = day_named_at(&ctx, s, len, v);
	if (named)
		return named;
	if (len < 4 || strncasecmp(s, "the ", 4) != 0)
		return 0;
	size_t i = 4;
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
	static const char *const words[] = { "instant", "inst.", "ultimo", "ult." };
	for (size_t w = 0; w < 4; w++) {
		size_t n = strlen(words[w]);
		if (i + n > len || strncasecmp(s + i, words[w], n) != 0 ||
		    (i + n < len && isalpha((unsigned char)s[i + n])))
			continue;
		return day_in_month(&ctx, d, w >= 2, v) == 0 ? i + n : 0;
	}
	return 0;
}

/* "4th", "7th", "2d" alone, as telegrams write a day: the latest such
 * day on or before the citing letter (this month's, else the month
 * before). Not "4th Army" or "the 8th instant" (day_of_month_at's).
 * Returns the length, or 0. */
static size_t ordinal_day_at(const struct scan *sc, const char *s, size_t len, struct date_val *v)
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
	if (i < len && is_word_byte((unsigned char)s[i]))
		return 0;
	/* "7th Army", "4th of April": the word after says it is no day of
	 * this month. */
	if (i + 1 < len && s[i] == ' ' && (isupper((unsigned char)s[i + 1]) || starts(s, len, i + 1, "of ") ||
					   starts(s, len, i + 1, "inst") || starts(s, len, i + 1, "ult")))
		return 0;
	return day_in_month(&ctx, d, d > ctx.d, v) == 0 ? i : 0;
}

/* Russian letters print their capitals in two bytes: "В" (D0 92) is
 * "в" (D0 B2). Lowers the Cyrillic capitals of s (n bytes) into out
 * (outsz bytes); returns 0 if it does not fit. */
static int ru_lower(const char *s, size_t n, char *out, size_t outsz)
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
static size_t ru_word_end(const char *s, size_t len, size_t i)
{
	while (i < len && (unsigned char)s[i] >= 0x80 && strncmp(s + i, "\xe2\x84\x96", 3) != 0)
		i++;
	return i;
}

/* A date at i (date.c reads English and Russian), and "the 15th of
 * August", as a diplomat writes the day first. Returns its length. */
static size_t date_at(const struct scan *sc, size_t i, struct date_val *v)
{
	const char *s = sc->s;
	size_t len = sc->len, n = date_parse(s + i, len - i, sc->year, v), mn;
	if (n == 0 && starts(s, len, i, "the ") && i + 4 < len && isdigit((unsigned char)s[i + 4]) &&
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
	size_t t = i + (starts(s, len, i, "the ") ? 4 : 0), dn = t;
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
	if (n == 0 && date_month_name(s + i, len - i, &mn) && mn < 16 && starts(s, len, i + mn, " [Page ")) {
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
		size_t m = skip_sp(s, len, d), e;
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
		size_t d = skip_sp(s, len, i + mn + (i + mn < len && s[i + mn] == '.')), e = d;
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
	size_t k = skip_sp(s, len, j);
	struct date_val v;
	return k > j && date_at(sc, k, &v) ? k : i;
}

/* ", 7 p.m.", ", 5 p. m.", " at 4:15 p. m.", ", noon": the hour a
 * telegram was sent, printed after its day (FRUS). Returns its end, or
 * i. */
static size_t time_after_date(const char *s, size_t len, size_t i)
{
	size_t j = i;
	if (j < len && s[j] == ',')
		j++;
	j = skip_sp(s, len, j);
	if (starts(s, len, j, "at "))
		j = skip_sp(s, len, j + 3);
	size_t t = date_time_len(s + j, len - j);
	return t ? j + t : i;
}

/* "p. 211", "pp. 211-213", "p. 22n": a page of the volume at i (a FRUS
 * note prints the page where a paper of the volume stands). Writes the
 * first page into out; returns the end, or 0. */
static size_t page_at(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	size_t j = i;
	if (j > 0 && is_word_byte((unsigned char)s[j - 1]))
		return 0;
	if (starts(s, len, j, "pp. "))
		j += 4;
	else if (starts(s, len, j, "p. "))
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
	else if (starts(s, len, j, "\xe2\x80\x93") && j + 3 < len && isdigit((unsigned char)s[j + 3]))
		for (j += 3; j < len && isdigit((unsigned char)s[j]);)
			j++;
	return j;
}

/* ", to Paris", " from Moscow": where a telegram went or came from,
 * after its number or day (FRUS notes). Returns its end, or i. */
static size_t direction_after(const char *s, size_t len, size_t i);

/* After a reference at i, what a FRUS note adds: the direction (", to
 * Paris", " from Moscow") and the page the paper is printed on (", p.
 * 211"). Sets r->page and returns the end, or i when no page follows. */
static size_t direction_after(const char *s, size_t len, size_t i)
{
	size_t k = i;
	if (k < len && s[k] == ',')
		k++;
	k = skip_sp(s, len, k);
	if (starts(s, len, k, "to ") || starts(s, len, k, "from ")) {
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

static size_t page_after(const char *s, size_t len, size_t i, struct ref_found *r)
{
	size_t j = direction_after(s, len, i), k;
	k = j;
	if (k < len && s[k] == ',')
		k++;
	k = skip_sp(s, len, k);
	size_t e = page_at(s, len, k, r->page, sizeof r->page);
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
	q = skip_sp(s, len, q);
	if (q < len && s[q] == '(') {
		paren = 1;
		q++;
	}
	size_t m = number_marker(s, len, q), t;
	if (m == 0 || plural_marker(s, len, q) || s[q] == '#' || (q == i && !paren))
		return i;
	m = skip_sp(s, len, m);
	if ((t = number_token(s, len, m, r->number, sizeof r->number)) == 0)
		return i;
	return m + t + (paren && m + t < len && s[m + t] == ')');
}

/* Dates after "of"/"dated"/"from" at i: one reference per date ("the
 * cable of 30 September and 1 October" is two). Returns the end of the
 * last date, or 0. */
static size_t dates_after(struct scan *sc, struct ref_found *base, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, end = 0;
	struct date_val prev = { 0 };
	for (int k = 0; k < 6; k++) {
		i = skip_sp(s, len, i);
		if (k == 0)
			i = time_before_date(sc, i);
		struct date_val v;
		size_t n = date_at(sc, i, &v);
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
		if (n == 0 && k == 0 && dd > i && starts(s, len, dd, " and ") &&
		    isdigit((unsigned char)s[and_at = dd + 5]) && (ln = date_at(sc, and_at, &later)) != 0 && later.d &&
		    date_valid(later.y, later.m, atoi_safe(s + i))) {
			struct ref_found first = *base;
			struct date_val v1 = later;
			v1.d = atoi_safe(s + i);
			first.end = dd;
			put_date(sc, v1, &first);
			emit(sc, &first);
			struct ref_found second = *base;
			second.start = and_at;
			second.end = and_at + ln;
			put_date(sc, later, &second);
			emit(sc, &second);
			return second.end;
		}
		if (n == 0 && ((n = day_of_month_at(sc, s + i, len - i, &v)) != 0 ||
			       (n = ordinal_day_at(sc, s + i, len - i, &v)) != 0)) {
			struct ref_found r = *base;
			r.end = i + n;
			put_relative(sc, &v, &r);
			emit(sc, &r);
			return i + n;
		}
		if (n == 0) {
			if (i + 9 <= len && strncasecmp(s + i, "this year", 9) == 0 && sc->year_known) {
				struct ref_found r = *base;
				r.end = i + 9;
				snprintf(r.date, sizeof r.date, "%04d", sc->year);
				emit(sc, &r);
				return i + 9;
			}
			/* "30 September and 1 October 1950": the first date
			 * lacks a year the second gives. */
			return end;
		}
		struct ref_found r = *base;
		if (k > 0)
			r.start = i;
		r.end = page_after(s, len, time_after_date(s, len, i + n), &r);
		if (k == 0 && !r.number[0])
			r.end = number_after_date(s, len, r.end, &r);
		put_date(sc, v, &r);
		emit(sc, &r);
		prev = v;
		end = r.end;
		i = skip_sp(s, len, end);
		if (i + 4 <= len && strncmp(s + i, "and ", 4) == 0)
			i += 4;
		else if (i < len && s[i] == ',')
			i++;
		else
			break;
	}
	return end;
}

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
static int title_before(const char *s, size_t i)
{
	for (size_t t = 0; t < sizeof titles / sizeof titles[0]; t++) {
		size_t n = strlen(titles[t]);
		if (i >= n && strncmp(s + i - n, titles[t], n) == 0 &&
		    (i == n || !is_word_byte((unsigned char)s[i - n - 1])))
			return 1;
	}
	return 0;
}

/* A name at i (after its title, if any): capitalised words, at most
 * four; *titled says whether a title came first. Returns the end of the
 * name and sets *name_start, or returns 0. */
static size_t name_at(const char *s, size_t len, size_t i, size_t *name_start, int *titled)
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
		if (!*titled && words == 0 && stop_word(s, &wd))
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
static size_t past_bracket(const char *s, size_t len, size_t i)
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

/* How a kind word stands in its sentence, for the forms that name the
 * parties. */
enum lead {
	LEAD_NONE,              /* nothing shows the word is a noun ("I report") */
	LEAD_NOUN,              /* a determiner or a possessive ("the letter") */
	LEAD_VERB,              /* sent or received ("I received letter from") */
	LEAD_DATED,             /* a date is already known ("his October 1950
				 * letter", "On 1 October, I sent a letter") */
};

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
		    (i + n == len || !is_word_byte((unsigned char)s[i + n]))) {
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
	if (!starts(s, len, i, "the "))
		return 0;
	size_t j = i + 4, end = 0;
	/* "the Central Committee of the Communist Party of the Soviet Union" */
	for (int words = 0; words < 10 && j < len && isupper((unsigned char)s[j]); words++) {
		while (j < len && (isalpha((unsigned char)s[j]) || s[j] == '-'))
			j++;
		end = j;
		if (j + 1 < len && s[j] == ' ' && isupper((unsigned char)s[j + 1]))
			j++;
		else if (starts(s, len, j, " of ") && j + 4 < len && isupper((unsigned char)s[j + 4]))
			j += 4;
		else if (starts(s, len, j, " of the ") && j + 8 < len && isupper((unsigned char)s[j + 8]))
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
	size_t by = starts(s, len, j, "of ") || starts(s, len, j, "by ") ? 3 : starts(s, len, j, "from ") ? 5 : 0;
	if (by && (ne = office_at(s, len, j + by)) != 0) {
		/* "the instruction of the Secretary of State of the 7th
		 * instant", "memorandum by the Ambassador in Japan, October 10":
		 * an office is no person of the library. */
		need_date = untitled_of = named = 1;
		end = ne;
		j = skip_sp(s, len, ne);
		/* "the Ambassador in Japan": an office names its post */
		if (starts(s, len, j, "in ") && isupper((unsigned char)s[j + 3])) {
			for (j += 3; j < len && isalpha((unsigned char)s[j]);)
				j++;
			end = j;
			j = skip_sp(s, len, j);
		}
	} else if (by) {
		int of = s[j] != 'f';
		j += by;
		ne = name_at(s, len, j, &ns, &titled);
		if (ne == 0)
			return 0;
		/* "Tass despatch from Algiers dated March 13": a place or
		 * person without a title, when a date follows. */
		need_date = untitled_of = !titled && (of || lead == LEAD_NONE);
		snprintf(r.person, sizeof r.person, "%.*s", (int)(ne - ns), s + ns);
		author_titled = titled;
		named = 1;
		end = ne;
		j = skip_sp(s, len, past_bracket(s, len, ne));
	}
	if (starts(s, len, j, "to ") && (named || lead != LEAD_NONE)) {
		if ((ne = pronoun_at(s, len, j + 3, r.to_person, sizeof r.to_person)) != 0 ||
		    (ne = office_at(s, len, j + 3)) != 0) {
			need_date = 1;
		} else if ((ne = name_at(s, len, j + 3, &ns, &titled)) != 0) {
			snprintf(r.to_person, sizeof r.to_person, "%.*s", (int)(ne - ns), s + ns);
		}
		if (ne) {
			named = 1;
			end = ne;
			j = skip_sp(s, len, past_bracket(s, len, ne));
		}
	}
	if (!named)
		return 0;
	/* The date after the parties: "on 7 September", ", dated 13.10.50". */
	size_t k = j;
	if (k < len && s[k] == ',')
		k = skip_sp(s, len, k + 1);
	static const char *const preps[] = { "dated ", "of ", "on ", "sent on ", "written on ", "received on " };
	/* ", October 10, 1941": the day straight after the parties */
	size_t mn;
	if (k > j && date_month_name(s + k, len - k, &mn)) {
		size_t e = dates_after(sc, &r, k);
		if (e)
			return e;
	}
	/* "the Order of Lenin on 1 October" is an event: an author without
	 * a title takes its date by "of" or "dated" only. */
	size_t npreps = untitled_of ? 2 : sizeof preps / sizeof preps[0];
	for (size_t p = 0; p < npreps; p++)
		if (starts(s, len, k, preps[p])) {
			size_t e = dates_after(sc, &r, k + strlen(preps[p]));
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
		emit(sc, &r);
		return end;
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
	size_t len = sc->len, k = skip_sp(s, len, direction_after(s, len, r->end)), dn, d = 0;
	struct date_val v;
	size_t n0;
	if (starts(s, len, k, ", of ") || starts(s, len, k, ", dated "))
		k = skip_sp(s, len, k + 1); /* "No. 1069, of the 15th of August" */
	if (k > skip_sp(s, len, r->end) && starts(s, len, k, "on "))
		d = k + 3; /* "despatch 1513 from Moscow on August 6" */
	else if (k > r->end && isupper((unsigned char)s[k]) && date_month_name(s + k, len - k, &n0))
		d = k; /* "my 1902 May 30", "telegram 993 from Moscow October 30" */
	else if (starts_ci(s, len, k, "of "))
		d = k + 3;
	else if (starts_ci(s, len, k, "dated "))
		d = k + 6;
	else if (starts(s, len, k, "\xd0\xbe\xd1\x82 ")) /* "от" */
		d = k + 5;
	else if (k + 2 < len && s[k] == ',' && s[k + 1] == ' ' && isupper((unsigned char)s[k + 2]) && k == skip_sp(s, len, k))
		d = k + 2; /* "4493, February 28": the month by its name */
	if (d && (dn = date_at(sc, d, &v)) != 0) {
		put_date(sc, v, r);
		r->end = time_after_date(s, len, d + dn);
	} else if (d && (dn = day_of_month_at(sc, s + d, len - d, &v)) != 0) {
		put_relative(sc, &v, r);
		r->end = d + dn;
	}
	r->end = page_after(s, len, r->end, r);
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
	size_t n = number_token(s, len, j, r->number, sizeof r->number);
	if (n == 0)
		return 0;
	r->end = j + n;
	size_t pre = series_prefix(s, len, j);
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
		int first = atoi_safe(r->number), last = atoi_safe(b);
		if (need_date)
			return 0; /* "No. 5-6 of the agenda" */
		if (last <= first || last - first >= RANGE_MAX || strlen(r->number) != (size_t)(dash - (s + j)))
			return r->end; /* "Nos. 3-40": pages or paragraphs */
		for (int k = first; k <= last; k++) {
			struct ref_found one = *r;
			snprintf(one.number, sizeof one.number, "%d%.*s", k, (int)(e - suffix), suffix);
			emit(sc, &one);
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
		i = skip_sp(s, len, i);
		if (starts(s, len, i, "and "))
			i = skip_sp(s, len, i + 4);
		if (i == end || !isdigit((unsigned char)s[i]))
			break;
		struct ref_found next = *r;
		next.date[0] = '\0';
		next.year_inferred = 0;
		next.start = i;
		if ((n = number_token(s, len, i, next.number, sizeof next.number)) == 0 || memchr(s + i, '.', n) ||
		    (!plural && strlen(next.number) < 3))
			break;
		next.end = i + n;
		const char *dash2 = memchr(s + i, '-', n);
		if (dash2) {
			/* "812-813" in a list: each of the range */
			int first = atoi_safe(next.number), last = atoi_safe(dash2 + 1);
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
		size_t after = skip_sp(s, len, last.end);
		if (last.date[0] && !starts(s, len, after, "and ")) {
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
		emit(sc, &list[k]);
	return end;
}

static size_t numbers_at(struct scan *sc, struct ref_found *r, size_t j, int plural)
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
					    "states ", "reported", "not printed", "for ", "rptd ", "repeated ", "as ", NULL };
	if (e >= len || s[e] == ',' || s[e] == '.' || s[e] == ';' || s[e] == ':' || s[e] == ')' || s[e] == '\n')
		return 1;
	if (s[e] != ' ')
		return 0;
	for (size_t k = 0; next[k]; k++)
		if (starts(s, len, e + 1, next[k]))
			return 1;
	/* "my 1902 May 30": the day it was sent. */
	struct date_val v;
	size_t mn;
	return e + 1 < len && date_month_name(s + e + 1, len - e - 1, &mn) && date_parse(s + e + 1, len - e - 1, 2000, &v);
}

/* An unmarked number at i ("telegram 402,", "your 4493,"): at least
 * min digits, and it ends as a paper's number does, unless a post
 * stands before it ("Telegram - Saigon 10772": a series of its own). */
static int unmarked_number(const char *s, size_t len, size_t i, size_t min, int posted)
{
	size_t e = i;
	while (e < len && isdigit((unsigned char)s[e]))
		e++;
	return e - i >= min && e - i <= 8 && (e >= len || !isalpha((unsigned char)s[e])) &&
	       (posted || number_ends(s, len, e));
}

/* What follows a kind word at i: a number, dates, or the parties. */
static size_t after_kind(struct scan *sc, struct ref_found *r, size_t i, enum lead lead)
{
	const char *s = sc->s;
	size_t len = sc->len;
	size_t j = skip_sp(s, len, i), m;
	if ((m = number_marker(s, len, j)) != 0) {
		size_t e = numbers_at(sc, r, skip_sp(s, len, m), plural_marker(s, len, j));
		if (e)
			return e;
	}
	if (r->kind && strcmp(r->kind, "document") == 0) {
		size_t n = number_token(s, len, j, r->number, sizeof r->number);
		if (n && isupper((unsigned char)s[r->start])) {
			r->doc_n = atoi_safe(r->number);
			r->end = j + n;
			emit(sc, r);
			return r->end;
		}
		return 0;
	}
	/* "Your telegram January 27", "Soviet note Aug 7", "telegram 27
	 * January": the day straight after the kind. */
	struct date_val dv;
	size_t mn;
	if (j < len && (isdigit((unsigned char)s[j]) || date_month_name(s + j, len - j, &mn)) && date_at(sc, j, &dv)) {
		size_t e = dates_after(sc, r, j);
		if (e)
			return e;
	}
	/* "telegram 402, March 3, 7 p.m.", "despatch 1513 from Moscow": a
	 * kind and its number, unmarked (FRUS notes); "Telegram - Saigon
	 * 10772": the post it came from between them. */
	size_t u = j;
	int posted = 0;
	if (starts(s, len, u, "- ") || starts(s, len, u, "\xe2\x80\x93 ")) {
		size_t w = skip_sp(s, len, u + (s[u] == '-' ? 1 : 3));
		while (w < len && isupper((unsigned char)s[w])) {
			while (w < len && isalpha((unsigned char)s[w]))
				w++;
			w = skip_sp(s, len, w);
		}
		posted = w > u + 2;
		u = w;
	}
	if (unmarked_number(s, len, u, 2, posted)) {
		/* "telegrams 1698 of 19 October and 1789 of 1 November" */
		size_t e = numbers_at(sc, r, u, i > 0 && s[i - 1] == 's');
		if (e)
			return e;
	}
	/* "my dispatch A. 454 of November 13th", "message Z.281" */
	size_t sp = series_prefix(s, len, j);
	if (sp && sp <= 4 && unmarked_number(s, len, j + sp, 2, 1)) {
		size_t e = numbers_at(sc, r, j, 0);
		if (e)
			return e;
	}
	static const char *const preps[] = { "of ", "dated ", "from ", "sent on ", "of the ", "received on " };
	for (size_t p = 0; p < sizeof preps / sizeof preps[0]; p++) {
		size_t n = strlen(preps[p]);
		if (starts_ci(s, len, j, preps[p])) {
			size_t e = dates_after(sc, r, j + n);
			if (e)
				return e;
		}
	}
	/* "I sent a letter on 1 October": "on" needs a verb of sending. */
	if (lead == LEAD_VERB && starts(s, len, j, "on ")) {
		size_t e = dates_after(sc, r, j + 3);
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

/* "his October 1950 letter", "the 1 October telegram", "Stalin's 13 June
 * letter": a date between a determiner and the kind. Sets r's start,
 * party, person and date; returns 1 if so. */
static int date_before_kind(struct scan *sc, struct ref_found *r, size_t kind_start)
{
	const char *s = sc->s;
	size_t end = kind_start;
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n'))
		end--;
	if (end == kind_start || end == 0 || !isalnum((unsigned char)s[end - 1]))
		return 0;
	struct date_val v;
	size_t ds = date_ending_at(sc, end, &v);
	/* "his April 4 greeting letter", "the June 10 Ho Chi Minh speech":
	 * up to three words between the date and the kind. */
	struct word between;
	size_t back = end;
	for (int k = 0; ds == SIZE_MAX && k < 3 && word_before(s, back, &between) &&
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
	size_t st = phrase_start(s, ds, &t, &noun);
	struct word w;
	if (!noun || st == ds || (word_before(s, ds, &w) && word_is(s, &w, "this")))
		return 0; /* "in October 1950 letters", "this 1 October letter" */
	*r = t;
	r->start = st;
	put_date(sc, v, r);
	return 1;
}

/* "On 1 October, I sent a letter to Mao Zedong", "on 5 May we sent you a
 * telegram": the writer's own document, dated by the clause; "On 7
 * October I received Mao Zedong's answer": one received that day, which
 * for a telegram is the day it was sent. Sets r's start (at "On", so the
 * phrase read alone is still this form), party and date from phrase
 * start st; returns 1 for a paper sent, 2 for one received, 0 if
 * neither. */
static int sent_on_date(struct scan *sc, struct ref_found *r, size_t st)
{
	static const char *const verbs[] = { "sent", "wrote", "dispatched", "despatched", "addressed", "forwarded",
					     "cabled", "telegraphed", NULL };
	static const char *const objects[] = { "you", "him", "her", "them", "us", "me", NULL };
	const char *s = sc->s;
	struct word w;
	size_t p = st;
	if (!word_before(s, p, &w))
		return 0;
	for (size_t i = 0; objects[i]; i++)
		if (word_is(s, &w, objects[i])) {
			p = w.start;
			if (!word_before(s, p, &w))
				return 0;
			break;
		}
	int verb = 0;
	for (size_t i = 0; verbs[i]; i++)
		verb |= word_is(s, &w, verbs[i]);
	if (!verb && p == st && word_is(s, &w, "received"))
		verb = 2;
	if (!verb || !word_before(s, w.start, &w) || !(word_is(s, &w, "I") || word_is(s, &w, "we")))
		return 0;
	size_t end = w.start;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	if (end > 0 && s[end - 1] == ',')
		end--;
	struct date_val v;
	size_t ds = date_ending_at(sc, end, &v);
	if (ds == SIZE_MAX || !word_before(s, ds, &w) || !word_is(s, &w, "on"))
		return 0;
	r->start = w.start;
	if (verb == 1)
		r->party = REF_MINE;
	put_date(sc, v, r);
	return verb;
}

/* "On 30 September I reported to you", "on 5 May we telegraphed
 * Comrade Stalin": a verb of writing, dated, is the writer's own paper of
 * that day to the one named. At i, the word "on"; returns the end of the
 * reference it emits, or 0. "I wrote you a letter" is left to the kind
 * word. */
static size_t wrote_on_date(struct scan *sc, size_t i)
{
	static const struct {
		const char *verb, *kind;
	} verbs[] = { { "reported", "report" }, { "telegraphed", "telegram" }, { "wired", "telegram" },
		      { "cabled", "cable" }, { "wrote", NULL } };
	const char *s = sc->s;
	size_t len = sc->len, j = skip_sp(s, len, i + 2), n;
	struct date_val v;
	if (j == i + 2 || (n = date_parse(s + j, len - j, sc->year, &v)) == 0)
		return 0;
	struct ref_found r = { .start = i, .party = REF_MINE };
	put_date(sc, v, &r);
	j += n;
	if (j < len && s[j] == ',')
		j++;
	j = skip_sp(s, len, j);
	if (starts(s, len, j, "I ") || starts(s, len, j, "we ") || starts(s, len, j, "We "))
		j = skip_sp(s, len, j + (s[j] == 'I' ? 2 : 3));
	else
		return 0;
	size_t k;
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (starts(s, len, j, verbs[k].verb) &&
		    (j + strlen(verbs[k].verb) == len || !is_word_byte((unsigned char)s[j + strlen(verbs[k].verb)])))
			break;
	if (k == sizeof verbs / sizeof verbs[0])
		return 0;
	r.kind = verbs[k].kind;
	j = skip_sp(s, len, j + strlen(verbs[k].verb));
	size_t to = starts(s, len, j, "to ") ? j + 3 : j, ne, ns;
	int titled;
	if ((ne = pronoun_at(s, len, to, r.to_person, sizeof r.to_person)) == 0) {
		if ((ne = name_at(s, len, to, &ns, &titled)) == 0)
			return 0;
		snprintf(r.to_person, sizeof r.to_person, "%.*s", (int)(ne - ns), s + ns);
	}
	struct word w;
	size_t next = skip_sp(s, len, ne);
	size_t we = next;
	while (we < len && isalpha((unsigned char)s[we]))
		we++;
	w = (struct word){ next, we };
	if (word_is(s, &w, "a") || word_is(s, &w, "an") || word_is(s, &w, "the") || word_is(s, &w, "my") ||
	    word_is(s, &w, "our") || word_is(s, &w, "your"))
		return 0;
	r.end = ne;
	emit(sc, &r);
	return ne;
}

/* Whether the word before st is a verb of sending or receiving: "I
 * received letter from Mao", "we sent a telegram to". */
static int verb_before(const char *s, size_t st)
{
	static const char *const verbs[] = { "sent", "received", "wrote", "got", "dispatched", "despatched",
					     "forwarded", "addressed", "enclosed", "transmitted", NULL };
	struct word w;
	if (!word_before(s, st, &w))
		return 0;
	for (size_t i = 0; verbs[i]; i++)
		if (word_is(s, &w, verbs[i]))
			return 1;
	return 0;
}

/* A number standing alone: "# 600428/sh", "To No. 483/sh.", "your no. 4676". */
static size_t bare_number(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, m = number_marker(s, len, i);
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
		if (!word_before(s, i, &w))
			dated_only = 1;
		else if (word_is_your(s, &w))
			r.party = REF_YOURS;
		else if (word_is(s, &w, "my") || word_is(s, &w, "our"))
			r.party = REF_MINE;
		else if (!word_is(s, &w, "to") && !word_is(s, &w, "re") && !word_is(s, &w, "ref") &&
			 possessive(s, &w, r.person, sizeof r.person, &first) <= 0)
			dated_only = 1; /* "Consul Braida's No. 23" is his */
		if (!dated_only)
			r.start = first != i ? first : w.start;
	}
	size_t j = skip_sp(s, len, m);
	char probe[32];
	size_t n = number_token(s, len, j, probe, sizeof probe);
	if (n == 0 || (s[i] == '#' && n < 3))
		return 0;
	if (dated_only)
		return numbers_list(sc, &r, j, plural_marker(s, len, i), 1);
	return numbers_at(sc, &r, j, plural_marker(s, len, i));
}

/* The State Department's telegraphic code for its papers, with whose
 * each is when the code says so: "Deptel 283, October 14" (the
 * Department's telegram No. 283), "Embtel 612", "Urtel 45" (your
 * telegram), "Mytel". */
static const struct {
	const char *word;
	const char *kind;
	enum ref_party party;
} codes[] = {
	{ "Deptel", "telegram", REF_ANY }, { "Embtel", "telegram", REF_ANY }, { "Legtel", "telegram", REF_ANY },
	{ "Contel", "telegram", REF_ANY }, { "Depcirtel", "telegram", REF_ANY }, { "Urtel", "telegram", REF_YOURS },
	{ "Reurtel", "telegram", REF_YOURS }, { "Mytel", "telegram", REF_MINE }, { "Urdes", "despatch", REF_YOURS },
	{ "Embdes", "despatch", REF_ANY }, { "Mydes", "despatch", REF_MINE }, { "Ourtel", "telegram", REF_MINE },
	{ "Circtel", "telegram", REF_ANY }, { "CAP", "telegram", REF_ANY },
};

/* The code word s (len bytes, "Deptel", "Deptels", "reEmbtel": "re"
 * before a code is "regarding"): its entry in codes, or -1. */
static int code_of(const char *s, size_t len, int *plural)
{
	if (len > 6 && strncasecmp(s, "re", 2) == 0 && isupper((unsigned char)s[2]))
		return code_of(s + 2, len - 2, plural);
	for (*plural = 0; *plural < 2 && len > 1; (*plural)++, len--) {
		if (*plural && s[len] != 's')
			break;
		for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
			if (strlen(codes[k].word) == len && strncasecmp(s, codes[k].word, len) == 0)
				return (int)k;
	}
	return -1;
}

static int is_code(const char *s, size_t len)
{
	int plural;
	return code_of(s, len, &plural) >= 0;
}

/* A code word at i..j with its number, and the date after a comma or
 * "of" ("Deptel 283, October 14", "Embtel 598 of Oct 12"), the hour
 * and the page a FRUS note adds ("Embtel 1052, June 5, p. 881"); plural
 * ("Deptels 283 and 290") lists numbers; "Mytel 27th" names a day of
 * this month for the number. Returns the end, or 0. */
static size_t telegraphese(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, n = j - i;
	/* Called at every word: a number must follow before the table is read. */
	if (j + 1 >= len || s[j] != ' ' || !isdigit((unsigned char)s[j + 1]))
		return 0;
	int plural;
	int k = code_of(s + i, n, &plural);
	if (k < 0)
		return 0;
	struct ref_found r = { .start = i, .kind = codes[k].kind, .party = codes[k].party };
	struct date_val v;
	size_t dn;
	if ((dn = ordinal_day_at(sc, s + j + 1, len - j - 1, &v)) != 0) {
		r.end = j + 1 + dn;
		put_relative(sc, &v, &r);
		emit(sc, &r);
		return r.end;
	}
	if (plural)
		return numbers_at(sc, &r, j + 1, 1);
	size_t t = number_token(s, len, j + 1, r.number, sizeof r.number);
	if (t == 0)
		return 0;
	r.end = j + 1 + t;
	size_t d = r.end;
	if (d < len && s[d] == ',')
		d++;
	d = skip_sp(s, len, d);
	if (starts(s, len, d, "of "))
		d += 3;
	if (d > r.end && (dn = date_at(sc, d, &v)) != 0) {
		put_date(sc, v, &r);
		r.end = time_after_date(s, len, d + dn);
	}
	r.end = page_after(s, len, r.end, &r);
	emit(sc, &r);
	return r.end;
}

/* "REF: MOSCOW 5524", "(B) STATE 68733", "USUN 1899", "KABUL 6844": a
 * cable by the post that sent it and its number, as State Department
 * cables print them in capitals. Not a heading's own ("CITE SAIGON
 * 1234", "PAGE 01 MOSCOW 09946"), a year ("SINCE 1975") or a word of
 * the cable's furniture ("SECTION 2"). At i..j, the word; returns the
 * end, or 0. */
static size_t post_number(struct scan *sc, size_t i, size_t j)
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
			emit(sc, &r);
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
	for (size_t k = i; k < j; k++)
		if (!isupper((unsigned char)s[k]))
			return 0;
	struct word w = { i, j }, prev;
	for (size_t k = 0; furniture[k]; k++)
		if (word_is(s, &w, furniture[k]))
			return 0;
	if (word_before(s, i, &prev) && (word_is(s, &prev, "CITE") || isdigit((unsigned char)s[prev.start]) ||
					 (prev.end - prev.start == 1 && isupper((unsigned char)s[prev.start]))))
		return 0;
	for (size_t k = 0; marking[k] && word_before(s, i, &prev); k++)
		if (word_is(s, &prev, marking[k]) && isupper((unsigned char)s[prev.start + 1]))
			return 0;
	size_t d = skip_sp(s, len, j), e = d;
	while (e < len && isdigit((unsigned char)s[e]))
		e++;
	if (d == j || e - d < 3 || e - d > 7 || (e < len && (isalnum((unsigned char)s[e]) || s[e] == '/')))
		return 0;
	int num = atoi_safe(s + d);
	if (e - d == 4 && num >= 1900 && num < 2030)
		return 0;
	for (size_t k = 0; k < sc->ncable_own; k++)
		if (sc->cable_own[k] == num)
			return 0; /* "STATE 139893" of the cable headed "PAGE 01 STATE 139893" */
	struct ref_found r = { .start = i, .end = e, .kind = "telegram" };
	snprintf(r.number, sizeof r.number, "%.*s", (int)(e - d), s + d);
	emit(sc, &r);
	return e;
}

/* "reftel", "reftels", "Reftel A": telegraphese for the telegram the
 * heading's "Ref:" line names. At i..j; returns the end, or 0. */
static size_t reftel(struct scan *sc, size_t i, size_t j)
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
	emit(sc, &r);
	return r.end;
}

/* The telegrams a cable's "REF:" line lists: "REF: (A) BUDAPEST 890, (B)
 * STATE 68733", "REF: STATE 135843". Kept in sc for "reftel A". */
static void ref_line(struct scan *sc)
{
	const char *s = sc->s;
	size_t len = sc->len;
	for (size_t i = 0; i + 4 < len && sc->nreflist == 0; i++) {
		if ((i > 0 && s[i - 1] != '\n') || !(starts(s, len, i, "REF:") || starts(s, len, i, "REFS:") ||
						       starts(s, len, i, "REF ") || starts(s, len, i, "Ref:")))
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
			while (w < len && isupper((unsigned char)s[w]))
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
static size_t owner_number(struct scan *sc, size_t i, size_t j)
{
	const char *s = sc->s;
	size_t len = sc->len, p = j;
	struct ref_found r = { .start = i };
	struct word w = { i, j };
	if (word_is_your(s, &w) && !word_is(s, &w, "yours")) {
		r.party = REF_YOURS;
	} else if (word_is(s, &w, "my") || word_is(s, &w, "our")) {
		r.party = REF_MINE;
	} else if (starts(s, len, j, "'s ") || starts(s, len, j, "\xe2\x80\x99s ")) {
		p = j + (s[j] == '\'' ? 2 : 4);
		struct word pw = { i, p };
		size_t first;
		if (possessive(s, &pw, r.person, sizeof r.person, &first) > 0)
			r.start = first;
	} else {
		return 0;
	}
	/* "the Department's 69, February 13": two digits, when the day follows. */
	size_t mn;
	size_t comma = p + 3 < len && s[p + 3] == ',';
	int dated = p + 5 < len && isdigit((unsigned char)s[p + 1]) && isdigit((unsigned char)s[p + 2]) &&
		    s[p + 3 + comma] == ' ' && date_month_name(s + p + 4 + comma, len - p - 4 - comma, &mn) &&
		    (comma || atoi_safe(s + p + 1) > 31); /* "Stalin's 13 June 1951 telegram" is a day */
	if (p + 1 >= len || s[p] != ' ' || !unmarked_number(s, len, p + 1, dated ? 2 : 3, 0))
		return 0;
	return numbers_at(sc, &r, p + 1, 0);
}

/* "see p. 230", "Ante, p. 768", "printed on p. 22", "see footnote 1, p.
 * 881": a page of the citing volume, where a FRUS note sends the reader
 * to another of its papers (after a paper's number or day, page_after
 * reads it). Not "Mosquito Code, p. 12" or "on p. 3 of the report",
 * pages of another book. At i; returns the end, or 0. */
static size_t page_ref(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	struct ref_found r = { .start = i };
	size_t e = page_at(s, sc->len, i, r.page, sizeof r.page);
	if (e == 0)
		return 0;
	size_t b = i;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b > 0 && s[b - 1] == ',')
		b--;
	struct word w;
	if (!word_before(s, b, &w))
		return 0;
	int cited = word_is(s, &w, "see") || word_is(s, &w, "ante") || word_is(s, &w, "post") ||
		    word_is(s, &w, "supra") || word_is(s, &w, "infra");
	if (!cited && word_is(s, &w, "on"))
		cited = word_before(s, w.start, &w) && word_is(s, &w, "printed");
	else if (!cited && isdigit((unsigned char)s[w.start]))
		cited = word_before(s, w.start, &w) && word_is(s, &w, "footnote");
	if (!cited)
		return 0;
	r.end = e;
	emit(sc, &r);
	return e;
}

/* "record of conversation", "memorandum of my conversation", "records
 * of the conversations" at the kind word k..j: the end of
 * "conversation(s)", or 0; *whose is the party a determiner inside says
 * ("the record of my conversation"). */
static size_t of_conversation(const char *s, size_t len, size_t j, enum ref_party *whose)
{
	static const struct {
		const char *det;
		enum ref_party party;
	} dets[] = { { "", REF_ANY }, { "the ", REF_ANY }, { "my ", REF_MINE }, { "our ", REF_MINE },
		     { "your ", REF_YOURS }, { "his ", REF_ANY }, { "her ", REF_ANY }, { "their ", REF_ANY } };
	if (!starts(s, len, j, " of "))
		return 0;
	j += 4;
	for (size_t d = 0; d < sizeof dets / sizeof dets[0]; d++) {
		size_t k = j + strlen(dets[d].det);
		if (!starts(s, len, j, dets[d].det) || !starts(s, len, k, "conversation"))
			continue;
		k += 12;
		if (k < len && s[k] == 's')
			k++;
		if (k < len && isalpha((unsigned char)s[k]))
			return 0;
		*whose = dets[d].party;
		return k;
	}
	return 0;
}

/* "Mao's reply of 13 June to our telegram of 12 June": an answer to the
 * writer's own paper was addressed to the writer; to "your" paper, to
 * the recipient. Looks ahead in the sentence after an answer's kind word
 * at i; writes "us", "you" or nothing into out. */
static void answer_to(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	static const struct {
		const char *to, *who;
	} forms[] = { { "to our ", "us" }, { "to my ", "us" }, { "to your ", "you" } };
	for (size_t k = i; k < len && k < i + 60 && s[k] != '.' && s[k] != ';' && s[k] != '\n'; k++) {
		if (k > i && s[k - 1] != ' ')
			continue;
		for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
			size_t w = k + strlen(forms[f].to), e = w;
			if (!starts(s, len, k, forms[f].to))
				continue;
			while (e < len && isalpha((unsigned char)s[e]))
				e++;
			if (refs_kind_of(s + w, e - w) || number_marker(s, len, w)) {
				snprintf(out, outsz, "%s", forms[f].who);
				return;
			}
		}
	}
}

/* Russian, as the originals printed under a translation word it: "Вашу
 * телеграмму от 5 августа", "на Ваш № 5120", "моя телеграмма № 3311 от
 * 12 октября". The kind by the stem of its noun (every case), whose by
 * the possessive before it (every case and gender), the date after "от"
 * with its month in the genitive. */
static const struct {
	const char *stem;
	const char *kind;
} ru_kinds[] = {
	{ "шифртелеграмм", "telegram" }, { "телеграмм", "telegram" }, { "письм", "letter" },
	{ "писем", "letter" }, { "записк", "note" }, { "донесени", "report" }, { "доклад", "report" },
	{ "директив", "directive" }, { "указани", "instruction" }, { "сообщени", "message" },
	{ "послани", "message" }, { "ответ", "answer" },
};

static const char *ru_kind_of(const char *w)
{
	for (size_t k = 0; k < sizeof ru_kinds / sizeof ru_kinds[0]; k++)
		if (strncmp(w, ru_kinds[k].stem, strlen(ru_kinds[k].stem)) == 0)
			return ru_kinds[k].kind;
	return NULL;
}

/* "ваш", "вашу", "моя", "нашей"...: whose, or REF_ANY for no possessive. */
static int ru_whose(const char *w, enum ref_party *party)
{
	static const char *const endings[] = { "", "а", "у", "ей", "его", "им", "ем", "и", "их", NULL };
	static const struct {
		const char *stem;
		enum ref_party party;
	} stems[] = { { "ваш", REF_YOURS }, { "наш", REF_MINE } };
	static const char *const mine[] = { "мой", "моя", "мою", "моей", "моего", "моим", "моем", "моём", "мои", "моих", NULL };
	for (size_t k = 0; mine[k]; k++)
		if (strcmp(w, mine[k]) == 0) {
			*party = REF_MINE;
			return 1;
		}
	for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
		size_t n = strlen(stems[k].stem);
		if (strncmp(w, stems[k].stem, n) != 0)
			continue;
		for (size_t e = 0; endings[e]; e++)
			if (strcmp(w + n, endings[e]) == 0) {
				*party = stems[k].party;
				return 1;
			}
	}
	return 0;
}

/* A Russian reference at i (a word of Cyrillic letters). Returns its
 * end, or 0. */
static size_t russian_at(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, j = ru_word_end(s, len, i), m;
	char w[64];
	struct ref_found r = { .start = i };
	if (!ru_lower(s + i, j - i, w, sizeof w))
		return 0;
	if (ru_whose(w, &r.party)) {
		size_t k = skip_sp(s, len, j);
		if ((m = number_marker(s, len, k)) != 0)
			return numbers_at(sc, &r, skip_sp(s, len, m), 0); /* "на Ваш № 5120" */
		size_t e = ru_word_end(s, len, k);
		if (e == k || !ru_lower(s + k, e - k, w, sizeof w))
			return 0;
		j = e;
	}
	if ((r.kind = ru_kind_of(w)) == NULL)
		return 0;
	size_t k = skip_sp(s, len, j);
	if ((m = number_marker(s, len, k)) != 0)
		return numbers_at(sc, &r, skip_sp(s, len, m), 0);
	if (starts(s, len, k, "\xd0\xbe\xd1\x82 ")) /* "от" */
		return dates_after(sc, &r, k + 5);
	return 0;
}

void refs_detect(const char *body, size_t len, const char *ctx_date, const char *own_number, refs_fn fn,
		 void *arg)
{
	const char *own[1] = { own_number };
	refs_detect_own(body, len, ctx_date, own, own_number && *own_number ? 1 : 0, fn, arg);
}

void refs_detect_own(const char *body, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		     refs_fn fn, void *arg)
{
	struct date_val ctx;
	struct scan sc = { .s = body, .len = len, .year = 2000, .rel = "2000-08-31", .own = own, .nown = nown,
			   .fn = fn, .arg = arg };
	if (ctx_date && date_from_iso(ctx_date, &ctx) == 0 && ctx.y) {
		sc.year = ctx.y;
		sc.year_known = 1;
		snprintf(sc.ctx, sizeof sc.ctx, "%s", ctx_date);
		if (ctx.d) {
			memcpy(sc.rel, sc.ctx, sizeof sc.rel);
			sc.rel_known = 1;
		}
	}
	/* A State cable heads each of its pages "PAGE 01 BUDAPE 01213
	 * 281640Z": that number is its own wherever it is printed. */
	for (const char *p = body; sc.ncable_own < 4 && (p = memchr(p, 'P', (size_t)(body + len - p))) != NULL; p++) {
		if (!starts(body, len, (size_t)(p - body), "PAGE "))
			continue;
		size_t k = (size_t)(p - body) + 5, w;
		if (k + 2 >= len || !isdigit((unsigned char)body[k]) || !isdigit((unsigned char)body[k + 1]) ||
		    body[k + 2] != ' ')
			continue;
		for (w = k += 3; w < len && isupper((unsigned char)body[w]);)
			w++;
		if (w == k || w + 1 >= len || body[w] != ' ' || !isdigit((unsigned char)body[w + 1]))
			continue;
		sc.cable_own[sc.ncable_own++] = atoi_safe(body + w + 1);
	}
	ref_line(&sc);
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)body[i];
		if (i > 0 && is_word_byte((unsigned char)body[i - 1])) {
			i++;
			continue;
		}
		if (c == '#' || c == 'N' || c == 'n') {
			size_t e = bare_number(&sc, i);
			if (e) {
				i = e;
				continue;
			}
		}
		if (c == 0xd0 || c == 0xd1) {
			size_t e = russian_at(&sc, i);
			i = e ? e : ru_word_end(body, len, i);
			continue;
		}
		if (!isalpha(c)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && isalpha((unsigned char)body[j]))
			j++;
		if (j - i == 2 && (c | 0x20) == 'o' && (body[i + 1] | 0x20) == 'n') {
			size_t e = wrote_on_date(&sc, i);
			if (e) {
				i = e;
				continue;
			}
		}
		const char *kind = refs_kind_of(body + i, j - i);
		if (kind == NULL && ((j - i == 6 && strncasecmp(body + i, "record", 6) == 0) ||
				     (j - i == 7 && strncasecmp(body + i, "records", 7) == 0))) {
			enum ref_party whose;
			if (of_conversation(body, len, j, &whose))
				kind = "record of conversation";
		}
		if (kind == NULL) {
			/* "yours of the 30th ultimo": a letter of the
			 * recipient's, its kind unsaid. */
			if (((j - i == 5 && strncasecmp(body + i, "yours", 5) == 0) ||
			     (j - i == 4 && strncasecmp(body + i, "ours", 4) == 0)) &&
			    j + 4 <= len && strncmp(body + j, " of ", 4) == 0) {
				/* and "ours of March 7", the writer's */
				struct ref_found y = { 0 };
				y.start = i;
				y.party = j - i == 5 ? REF_YOURS : REF_MINE;
				size_t e = dates_after(&sc, &y, j + 4);
				if (e) {
					i = e;
					continue;
				}
			}
			/* "Yours 7th received": telegraphese for your
			 * telegram of the 7th. */
			struct date_val v;
			size_t n;
			if (j - i == 5 && strncasecmp(body + i, "yours", 5) == 0 && j + 1 < len && body[j] == ' ' &&
			    (n = ordinal_day_at(&sc, body + j + 1, len - j - 1, &v)) != 0) {
				struct ref_found y = { .start = i, .end = j + 1 + n, .party = REF_YOURS };
				put_relative(&sc, &v, &y);
				emit(&sc, &y);
				i = y.end;
				continue;
			}
			size_t e = telegraphese(&sc, i, j);
			if (e == 0 && (c | 0x20) == 'r')
				e = reftel(&sc, i, j);
			if (e == 0 && j < len && (body[j] == ' ' || body[j] == '\'' || (unsigned char)body[j] == 0xe2))
				e = owner_number(&sc, i, j);
			if (e == 0 && c == 'p' && j - i <= 2)
				e = page_ref(&sc, i);
			if (e == 0 && isupper(c))
				e = post_number(&sc, i, j);
			i = e ? e : j;
			continue;
		}
		struct ref_found r = { 0 };
		r.kind = kind;
		int noun;
		r.start = phrase_start(body, i, &r, &noun);
		/* "[telegram]": the editor's bracket closes after the kind word. */
		if (i > 0 && body[i - 1] == '[' && j < len && body[j] == ']')
			j++;
		/* "Your record of conversation with Zhou Enlai of 16 June". */
		enum ref_party whose = REF_ANY;
		size_t conv = 0;
		if (((j - i == 6 && strncasecmp(body + i, "record", 6) == 0) ||
		     (j - i == 7 && strncasecmp(body + i, "records", 7) == 0) || strcmp(kind, "memorandum") == 0) &&
		    (conv = of_conversation(body, len, j, &whose)) != 0) {
			r.kind = strcmp(kind, "memorandum") == 0 ? kind : "record of conversation";
			if (whose != REF_ANY)
				r.party = whose;
			j = conv;
			size_t ns, ne;
			int titled;
			if (starts(body, len, j, " with ") && (ne = name_at(body, len, j + 6, &ns, &titled)) != 0)
				j = past_bracket(body, len, ne);
		}
		if (strcmp(kind, "answer") == 0 || strcmp(kind, "reply") == 0)
			answer_to(body, len, j, r.to_person, sizeof r.to_person);
		enum lead lead = noun ? LEAD_NOUN : LEAD_NONE;
		struct word det;
		int sent = 0;
		int self = noun && word_before(body, i, &det) && det.start == r.start &&
			   (word_is(body, &det, "this") || word_is(body, &det, "these"));
		if (self)
			lead = LEAD_NONE; /* "read this letter to Kim Il Sung": itself */
		else if (!noun && date_before_kind(&sc, &r, i))
			lead = LEAD_DATED;
		else if (noun && (sent = sent_on_date(&sc, &r, r.start)) != 0)
			lead = LEAD_DATED;
		else if (verb_before(body, r.start))
			lead = LEAD_VERB;
		size_t e = after_kind(&sc, &r, j, lead);
		/* "On 1 October I received a letter": from whom is not said. */
		if (e == 0 && lead == LEAD_DATED && (sent != 2 || r.party != REF_ANY || r.person[0])) {
			r.end = j;
			emit(&sc, &r);
			e = j;
		}
		/* "cde. KIM IL SUNG's letter", as "the letter of cde. KIM IL
		 * SUNG": a titled author names a paper, undated; his order is
		 * his authority. */
		if (e == 0 && lead == LEAD_NOUN && r.person[0] && title_before(body, r.start) &&
		    strcmp(kind, "order") != 0 && strcmp(kind, "instruction") != 0) {
			r.end = j;
			emit(&sc, &r);
			e = j;
		}
		i = e ? e : j;
	}
}

struct first_to {
	char *out;
	size_t outsz;
	int done;
};

static void take_to(const struct ref_found *r, void *arg)
{
	struct first_to *f = arg;
	if (!f->done)
		snprintf(f->out, f->outsz, "%s", r->to_person);
	f->done = 1;
}

void refs_phrase_to_person(const char *phrase, size_t len, const char *ctx_date, char *out, size_t outsz)
{
	struct first_to f = { out, outsz, 0 };
	if (outsz)
		out[0] = '\0';
	refs_detect(phrase, len, ctx_date, NULL, take_to, &f);
}
