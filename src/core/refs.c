/* refs.c: detecting references to other documents in a body. Works on
 * words: a kind of document ("telegram", "letter", ...) with what follows
 * it (a number, "of"/"dated" and dates, "of cde." and a name), the
 * determiner before it ("your", "my"), and number forms that stand alone
 * ("# 600428/sh", "To No. 483/sh."). */
#include "dossier/refs.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dossier/date.h"

static const struct {
	const char *word;
	const char *kind;
} kinds[] = {
	{ "telegram", "telegram" }, { "telegrams", "telegram" }, { "cable", "cable" }, { "cables", "cable" },
	{ "cablegram", "cable" }, { "letter", "letter" }, { "letters", "letter" }, { "directive", "directive" },
	{ "directives", "directive" }, { "order", "order" }, { "orders", "order" }, { "note", "note" },
	{ "notes", "note" }, { "message", "message" }, { "messages", "message" }, { "report", "report" },
	{ "reports", "report" }, { "memorandum", "memorandum" }, { "memoranda", "memorandum" },
	{ "instruction", "instruction" }, { "instructions", "instruction" }, { "dispatch", "despatch" },
	{ "despatch", "despatch" }, { "despatches", "despatch" }, { "dispatches", "despatch" },
	{ "radiogram", "telegram" }, { "document", "document" },
};

/* Groups of kinds an archive uses for one thing. */
static const char *const families[][5] = {
	{ "telegram", "cable", "message", NULL },
	{ "letter", "message", "note", NULL },
	{ "directive", "order", "instruction", NULL },
	{ "report", "memorandum", "despatch", NULL },
	{ "memorandum", "record of conversation", "conversation", NULL },
	/* Diplomatic correspondence: an edition calls them all letters. */
	{ "letter", "despatch", "instruction", "note", NULL },
};

const char *refs_kind_of(const char *word, size_t len)
{
	/* Called for every word of every document: reject on length and
	 * first letter before comparing. */
	if (len < 4 || len > 11)
		return NULL;
	char first = (char)(word[0] | 0x20);
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (kinds[i].word[0] == first && strlen(kinds[i].word) == len &&
		    strncasecmp(word, kinds[i].word, len) == 0)
			return kinds[i].kind;
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

static size_t skip_sp(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || (s[i] == '\n' && i + 1 < len && s[i + 1] != '\n')))
		i++;
	return i;
}

/* "No.", "no.", "Nos.", "Nº", "N°", "#", "number": the number marker at i;
 * returns the index after it, or 0. */
static size_t number_marker(const char *s, size_t len, size_t i)
{
	static const char *const marks[] = { "Nos.", "nos.", "No.", "no.", "NO.", "Nº", "N°", "№", "#", "number" };
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

/* A document number at i: digits, then letters, digits, "/" and "-" that
 * belong to it ("600428/sh", "483/sh."). Returns its length. */
static size_t number_token(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	size_t j = i;
	if (j >= len || !isdigit((unsigned char)s[j]))
		return 0;
	while (j < len && (isalnum((unsigned char)s[j]) || ((s[j] == '/' || s[j] == '-') && j + 1 < len &&
							     isalnum((unsigned char)s[j + 1]))))
		j++;
	size_t n = j - i;
	/* "408-410" is a range: the first number is the reference. */
	const char *dash = memchr(s + i, '-', n);
	size_t keep = dash && isdigit((unsigned char)dash[1]) ? (size_t)(dash - (s + i)) : n;
	if (keep >= outsz)
		keep = outsz - 1;
	memcpy(out, s + i, keep);
	out[keep] = '\0';
	return n;
}

/* Extends a phrase back over its determiner and adjectives ("your", "my
 * last", "the ciphered"), and says whose document it is. */
static size_t phrase_start(const char *s, size_t kind_start, enum ref_party *party)
{
	static const char *const adjectives[] = { "ciphered", "coded", "cipher", "reply", "last", "previous",
						  "recent", "personal", "urgent", "secret", "above", "top",
						  "above-mentioned", "aforementioned", "same", NULL };
	size_t start = kind_start;
	struct word w;
	*party = REF_ANY;
	for (int guard = 0; guard < 3 && word_before(s, start, &w); guard++) {
		int adj = 0;
		for (size_t i = 0; adjectives[i]; i++)
			if (word_is(s, &w, adjectives[i]))
				adj = 1;
		if (adj) {
			start = w.start;
			continue;
		}
		if (word_is(s, &w, "your") || word_is(s, &w, "yours")) {
			*party = REF_YOURS;
			return w.start;
		}
		if (word_is(s, &w, "my") || word_is(s, &w, "our")) {
			*party = REF_MINE;
			return w.start;
		}
		if (word_is(s, &w, "the") || word_is(s, &w, "this") || word_is(s, &w, "that") ||
		    word_is(s, &w, "his") || word_is(s, &w, "her") || word_is(s, &w, "their") ||
		    word_is(s, &w, "a"))
			return w.start;
		break;
	}
	return start;
}

static int atoi_safe(const char *s)
{
	int v = 0;
	for (; isdigit((unsigned char)*s) && v < 100000000; s++)
		v = v * 10 + (*s - '0');
	return v;
}

struct scan {
	const char *s;
	size_t len;
	int year;
	char ctx[11];           /* the citing document's ISO date, or "" */
	const char *own;
	refs_fn fn;
	void *arg;
};

/* Writes v into out; a day whose year was taken from the citing
 * document but falls after it is of the year before. */
static void put_date(const struct scan *sc, struct date_val v, struct ref_found *r)
{
	char *out = r->date;
	r->year_inferred = v.inferred;
	char iso[11];
	date_iso(&v, iso);
	if (v.inferred && sc->ctx[0] && strlen(sc->ctx) == 10 && strcmp(iso, sc->ctx) > 0) {
		v.y--;
		date_iso(&v, iso);
	}
	memcpy(out, iso, sizeof iso);
}

static void emit(struct scan *sc, struct ref_found *r)
{
	if (r->number[0] && sc->own && strcmp(r->number, sc->own) == 0)
		return; /* the document's own number in its heading */
	sc->fn(r, sc->arg);
}

/* Dates after "of"/"dated"/"from" at i: one reference per date ("the
 * cable of 30 September and 1 October" is two). Returns the end of the
 * last date, or 0. */
static size_t dates_after(struct scan *sc, struct ref_found *base, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, end = 0;
	for (int k = 0; k < 6; k++) {
		i = skip_sp(s, len, i);
		struct date_val v;
		size_t n = date_parse(s + i, len - i, sc->year, &v);
		if (n == 0 && k > 0) {
			/* "30 September and 1 October": a day before a month
			 * that comes later in the phrase. */
			break;
		}
		if (n == 0) {
			if (i + 9 <= len && strncasecmp(s + i, "this year", 9) == 0 && sc->year) {
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
		r.end = i + n;
		put_date(sc, v, &r);
		emit(sc, &r);
		end = i + n;
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

/* "the letter of cde. KIM IL SUNG": an author named after the kind. */
static size_t person_after(struct scan *sc, struct ref_found *base, size_t i)
{
	static const char *const titles[] = { "cde. ", "Cde. ", "comrade ", "Comrade ", "comrades ", "Comrades " };
	const char *s = sc->s;
	size_t len = sc->len, j = SIZE_MAX;
	for (size_t t = 0; t < sizeof titles / sizeof titles[0]; t++)
		if (i + strlen(titles[t]) <= len && strncmp(s + i, titles[t], strlen(titles[t])) == 0)
			j = i + strlen(titles[t]);
	if (j == SIZE_MAX)
		return 0;
	/* Capitalised words: the name. */
	size_t name = j, end = j;
	for (int words = 0; words < 4 && j < len && isupper((unsigned char)s[j]); words++) {
		size_t w = j;
		while (j < len && (isalpha((unsigned char)s[j]) || s[j] == '-' || s[j] == '.'))
			j++;
		end = j;
		/* "from Comrade Mao Zedong. We ask": a full stop after a word
		 * that is not an initial ("I.V.") ends the sentence. */
		int stop = j - w > 2 && s[j - 1] == '.' && memchr(s + w, '.', j - w - 1) == NULL;
		if (!stop && j < len && s[j] == ' ' && j + 1 < len && isupper((unsigned char)s[j + 1]))
			j++;
		else
			break;
	}
	while (end > name && s[end - 1] == '.')
		end--;
	if (end == name || end - name >= sizeof base->person)
		return 0;
	struct ref_found r = *base;
	r.end = end;
	memcpy(r.person, s + name, end - name);
	r.person[end - name] = '\0';
	emit(sc, &r);
	return end;
}

/* What follows a kind word at i: a number, dates, or an author. */
static size_t after_kind(struct scan *sc, struct ref_found *r, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len;
	size_t j = skip_sp(s, len, i), m;
	if ((m = number_marker(s, len, j)) != 0) {
		j = skip_sp(s, len, m);
		size_t n = number_token(s, len, j, r->number, sizeof r->number);
		if (n) {
			r->end = j + n;
			size_t k = skip_sp(s, len, r->end);
			/* "Telegram No. 123 of 5 May" carries both. */
			struct date_val v;
			if (k + 3 < len && strncmp(s + k, "of ", 3) == 0) {
				size_t dn = date_parse(s + k + 3, len - k - 3, sc->year, &v);
				if (dn) {
					put_date(sc, v, r);
					r->end = k + 3 + dn;
				}
			}
			emit(sc, r);
			return r->end;
		}
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
	static const char *const preps[] = { "of ", "dated ", "from ", "sent on ", "of the " };
	for (size_t p = 0; p < sizeof preps / sizeof preps[0]; p++) {
		size_t n = strlen(preps[p]);
		if (j + n <= len && strncmp(s + j, preps[p], n) == 0) {
			size_t e = dates_after(sc, r, j + n);
			if (e)
				return e;
			if (p == 0 || p == 2) {
				e = person_after(sc, r, j + n);
				if (e)
					return e;
			}
		}
	}
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
	if (s[i] != '#') {
		/* "No." alone is too common ("No. 3 of the agenda"): it needs
		 * "To", "Re", "your", "my" or "reference to" before it. */
		if (!word_before(s, i, &w))
			return 0;
		if (word_is(s, &w, "your"))
			r.party = REF_YOURS;
		else if (word_is(s, &w, "my") || word_is(s, &w, "our"))
			r.party = REF_MINE;
		else if (!word_is(s, &w, "to") && !word_is(s, &w, "re") && !word_is(s, &w, "ref"))
			return 0;
		r.start = w.start;
	}
	size_t j = skip_sp(s, len, m);
	size_t n = number_token(s, len, j, r.number, sizeof r.number);
	if (n == 0 || (s[i] == '#' && n < 3))
		return 0;
	r.end = j + n;
	emit(sc, &r);
	return r.end;
}

void refs_detect(const char *body, size_t len, const char *ctx_date, const char *own_number, refs_fn fn,
		 void *arg)
{
	struct date_val ctx;
	struct scan sc = { body, len, 0, "", own_number && *own_number ? own_number : NULL, fn, arg };
	if (ctx_date && date_from_iso(ctx_date, &ctx) == 0) {
		sc.year = ctx.y;
		snprintf(sc.ctx, sizeof sc.ctx, "%s", ctx_date);
	}
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
		if (!isalpha(c)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && isalpha((unsigned char)body[j]))
			j++;
		const char *kind = refs_kind_of(body + i, j - i);
		if (kind == NULL) {
			i = j;
			continue;
		}
		struct ref_found r = { 0 };
		r.kind = kind;
		r.start = phrase_start(body, i, &r.party);
		size_t e = after_kind(&sc, &r, j);
		i = e ? e : j;
	}
}
