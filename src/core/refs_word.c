/* refs_word.c: the words of references, below every other of refs*.c:
 * the kinds of document and their families, words and numbers as read
 * at a position, the phrase's start ("your", "my", "Comrade X's"), the
 * State Department's telegraphic codes, and the reference handed on. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

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
	K("communique", "communique"), K("decree", "decree"), K("draft", "draft"), K("drafts", "draft"),
	K("agreement", "agreement"), K("agreements", "agreement"),
	/* as French and Portuguese print them */
	K("communiqu\xc3\xa9", "communique"), K("communiqu\xc3\xa9" "s", "communique"), K("communiques", "communique"),
	K("of\xc3\xad" "cio", "letter"), K("oficio", "letter"),
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


int refs_is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

/* The word that ends right before pos (skipping spaces), or none. */
int refs_word_before(const char *s, size_t pos, struct word *w)
{
	size_t i = pos;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n'))
		i--;
	size_t end = i;
	while (i > 0 && refs_is_word_byte((unsigned char)s[i - 1]))
		i--;
	if (i == end)
		return 0;
	*w = (struct word){ i, end };
	return 1;
}

/* The first byte, in either case, is looked at before the rest: the
 * scan asks these of every word of every letter. */
static int first_ci(char a, char b)
{
	return (a | 0x20) == (b | 0x20);
}

int refs_word_is(const char *s, const struct word *w, const char *what)
{
	size_t n = w->end - w->start;
	if (n == 0 || !first_ci(s[w->start], what[0]))
		return what[0] == '\0' && n == 0;
	return strlen(what) == n && strncasecmp(s + w->start, what, n) == 0;
}

/* "your", what a scanner makes of it ("yonr", "vour": no English word
 * is spelt so), and a cable's "ur". */
int refs_word_is_your(const char *s, const struct word *w)
{
	return refs_word_is(s, w, "your") || refs_word_is(s, w, "yours") || refs_word_is(s, w, "yonr") ||
	       refs_word_is(s, w, "vour") || refs_word_is(s, w, "ur");
}

size_t refs_skip_sp(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || (s[i] == '\n' && i + 1 < len && s[i + 1] != '\n')))
		i++;
	return i;
}

int refs_starts(const char *s, size_t len, size_t i, const char *what)
{
	if (what[0] != '\0' && (i >= len || s[i] != what[0]))
		return 0;
	size_t n = strlen(what);
	return i + n <= len && strncmp(s + i, what, n) == 0;
}

/* As starts, in either case: cables are written in capitals ("NOTE NO.
 * 89 DATED APRIL 11"). */
int refs_starts_ci(const char *s, size_t len, size_t i, const char *what)
{
	if (what[0] != '\0' && (i >= len || !first_ci(s[i], what[0])))
		return 0;
	size_t n = strlen(what);
	return i + n <= len && strncasecmp(s + i, what, n) == 0;
}

/* "No.", "no.", "Nos.", "Nº", "N°", "#", "number": the number marker at i;
 * returns the index after it, or 0. */
size_t refs_number_marker(const char *s, size_t len, size_t i)
{
	static const char *const marks[] = { "Nos.", "nos.", "No.", "no.", "NO.", "Nº", "N°", "№", "#", "number",
					     "Number", "NUMBER" };
	/* "resolution No 176/126", "telegram no 180": the stop left out,
	 * before a number. */
	if (i + 4 < len && (s[i] == 'N' || s[i] == 'n') && (s[i + 1] == 'o' || s[i + 1] == 'O') && s[i + 2] == ' ' &&
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
int refs_plural_marker(const char *s, size_t len, size_t i)
{
	return i + 4 <= len && strncasecmp(s + i, "nos.", 4) == 0;
}

/* "A-412": a series of one to three capitals before the digits of a
 * number ("Action Memorandum No. A-412"), or one capital ("P176/125",
 * "Z.281", "A. 454"). Its length with what joins it, or 0. */
size_t refs_series_prefix(const char *s, size_t len, size_t i)
{
	size_t p = i;
	while (p < len && p - i < 3 && isupper((unsigned char)s[p]))
		p++;
	if (p == i || p >= len)
		return 0;
	if (p + 1 < len && s[p] == '-' && isdigit((unsigned char)s[p + 1]))
		return p + 1 - i;
	if (p + 3 < len && refs_starts(s, len, p, "\xe2\x80\x93") && isdigit((unsigned char)s[p + 3]))
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

/* "031.583", "067.046": a dot between groups of three digits (the
 * Romanian foreign ministry's numbers), not a decimal file's "661.00/3"
 * nor a sentence's stop. */
static int dotted_group(const char *s, size_t len, size_t j)
{
	return s[j] == '.' && j > 0 && isdigit((unsigned char)s[j - 1]) && j + 3 < len &&
	       isdigit((unsigned char)s[j + 1]) && isdigit((unsigned char)s[j + 2]) && isdigit((unsigned char)s[j + 3]) &&
	       (j + 4 >= len || !(isalnum((unsigned char)s[j + 4]) || s[j + 4] == '/'));
}

size_t refs_number_token(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	size_t j = i + refs_series_prefix(s, len, i);
	if (j >= len || !isdigit((unsigned char)s[j]))
		return 0;
	while (j < len && (isalnum((unsigned char)s[j]) || ((s[j] == '/' || s[j] == '-') && j + 1 < len &&
							     isalnum((unsigned char)s[j + 1])) ||
			   dotted_group(s, len, j)))
		j++;
	size_t n = j - i, pre = refs_series_prefix(s, len, i);
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
int refs_stop_word(const char *s, const struct word *w)
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
		if (refs_word_is(s, w, stops[i]))
			return 1;
	return 0;
}

/* "Stalin's", "Kim Il Sung's", "Mr. Gresham’s" ending at w: the name
 * into out and where it starts, and 1; -1 for a possessive that is no
 * name ("Excellency's", "the minister's"); 0 for no possessive. */
int refs_possessive(const char *s, const struct word *w, char *out, size_t outsz, size_t *start)
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
	if (!isupper((unsigned char)s[w->start]) || refs_stop_word(s, &bare))
		return -1; /* "His Excellency's letter": a determiner, no name */
	size_t first = w->start;
	struct word p;
	/* The name's earlier words: capitalised, at most three more. */
	for (int k = 0; k < 3 && refs_word_before(s, first, &p) && isupper((unsigned char)s[p.start]) &&
			!refs_stop_word(s, &p) && memchr(s + p.end, '\n', first - p.end) == NULL;
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
/* A body's initials, three to five capitals, no state's ("USSR", "PRC"). */
static int owner_initials(const char *s, const struct word *w)
{
	static const char *const states[] = { "USA", "USSR", "PRC", "DPRK", "DRV", "GDR", "FRG", "ROK", "ROC", "UAR",
					      "MPR", "CSSR", "SFRY", "NATO", NULL };
	size_t n = w->end - w->start;
	if (n < 3 || n > 5)
		return 0;
	for (size_t k = w->start; k < w->end; k++)
		if (!isupper((unsigned char)s[k]))
			return 0;
	for (size_t i = 0; states[i]; i++)
		if (strlen(states[i]) == n && strncmp(s + w->start, states[i], n) == 0)
			return 0;
	return 1;
}

size_t refs_phrase_start(const char *s, size_t kind_start, struct ref_found *r, int *noun)
{
	static const char *const adjectives[] = { "ciphered", "coded", "cipher", "telegraphic", "reply", "last",
						  "previous", "recent", "personal", "urgent", "secret", "above", "top",
						  "above-mentioned", "aforementioned", "same", "latest", "first",
						  "second", "official", "action", "information", "unnumbered", "initial",
						  "final", "original", "earlier", "further", "joint", "full", "complete",
						  "draft", "private", "formal", "brief", "short", "long", "lengthy",
						  "detailed", "separate", "special", NULL };
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
	for (int guard = 0; guard < 3 && refs_word_before(s, start, &w); guard++) {
		int adj = 0;
		for (size_t i = 0; adjectives[i]; i++)
			if (refs_word_is(s, &w, adjectives[i]))
				adj = 1;
		/* "the Soviet draft", "a British note": a people's name
		 * between a determiner and the kind */
		struct word d;
		if (!adj && isupper((unsigned char)s[w.start]) && w.end - w.start >= 4 && refs_word_before(s, w.start, &d) &&
		    (refs_word_is(s, &d, "the") || refs_word_is(s, &d, "a") || refs_word_is(s, &d, "an")) &&
		    !refs_stop_word(s, &w))
			adj = 1;
		if (adj) {
			start = w.start;
			continue;
		}
		*noun = 1;
		if (refs_word_is_your(s, &w)) {
			r->party = REF_YOURS;
			return w.start;
		}
		if (refs_word_is(s, &w, "my") || refs_word_is(s, &w, "our")) {
			r->party = REF_MINE;
			return w.start;
		}
		if (refs_word_is(s, &w, "the") || refs_word_is(s, &w, "this") || refs_word_is(s, &w, "that") ||
		    refs_word_is(s, &w, "his") || refs_word_is(s, &w, "her") || refs_word_is(s, &w, "their") ||
		    refs_word_is(s, &w, "a") || refs_word_is(s, &w, "its"))
			return w.start;
		size_t first;
		int pos = refs_possessive(s, &w, r->person, sizeof r->person, &first);
		if (pos > 0)
			return first;
		if (pos < 0)
			return w.start;
		/* "MEA cables", "TASS report": a body's initials before the
		 * kind are its author (a state's are its people's adjective:
		 * "USSR note"; "CC CPSU Decree" names its body in more words
		 * than these) */
		struct word before;
		int has_before = refs_word_before(s, w.start, &before);
		if (owner_initials(s, &w) && has_before &&
		    (refs_word_is(s, &before, "a") || refs_word_is(s, &before, "an") || refs_word_is(s, &before, "the"))) {
			start = w.start; /* "an OSS Draft Outline": the article's */
			continue;
		}
		if (owner_initials(s, &w) && !(has_before && isupper((unsigned char)s[before.start]))) {
			snprintf(r->person, sizeof r->person, "%.*s", (int)(w.end - w.start), s + w.start);
			*noun = 1;
			return w.start;
		}
		*noun = 0;
		break;
	}
	return start == noise ? kind_start : start;
}

int refs_atoi_safe(const char *s)
{
	int v = 0;
	for (; isdigit((unsigned char)*s) && v < 100000000; s++)
		v = v * 10 + (*s - '0');
	return v;
}


/* Writes a day reckoned from the citing letter's ("the 7th instant",
 * "yesterday"), when that is known. */
void refs_put_relative(const struct scan *sc, const struct date_val *v, struct ref_found *r)
{
	r->year_inferred = 0;
	if (sc->rel_known)
		date_iso(v, r->date);
	else
		r->date[0] = '\0';
}

/* Writes v into out; a day whose year was taken from the citing
 * document but falls after it is of the year before. */
void refs_put_date(const struct scan *sc, struct date_val v, struct ref_found *r)
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
	/* A day after the letter's, of the year before ("28 December" in
	 * a letter of 3 January); but a day of the weeks after it says the
	 * letter's own day is a file's or an arrival's, not that the paper
	 * is a year older ("London's 63 Aug 13" in a telegram filed under
	 * August 12). */
	if (v.inferred && sc->ctx[0] && strlen(sc->ctx) == 10 && strcmp(iso, sc->ctx) > 0) {
		int cm = atoi(sc->ctx + 5), cd = atoi(sc->ctx + 8);
		int ahead = (v.m - cm) * 31 + (v.d - cd);
		if (v.y != atoi(sc->ctx) || v.d == 0 || ahead > 31) {
			v.y--;
			date_iso(&v, iso);
		}
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
	if (sc->note || !r->number[0] || r->party != REF_ANY || r->person[0] || r->page[0])
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
	return !refs_word_is(s, &first, "to") && !refs_word_is(s, &first, "re") && !refs_word_is(s, &first, "ref") &&
	       !is_code(s + r->start, w - r->start);
}

void refs_emit(struct scan *sc, struct ref_found *r)
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
	if ((r->number[0] || r->date[0]) && sc->ncited < sizeof sc->cited / sizeof sc->cited[0]) {
		size_t w = r->start;
		while (w < sc->len && w - r->start < sizeof sc->cited[0].owner - 1 && sc->s[w] != ' ')
			w++;
		sc->cited[sc->ncited].kind = r->kind;
		snprintf(sc->cited[sc->ncited].owner, sizeof sc->cited[0].owner, "%.*s", (int)(w - r->start), sc->s + r->start);
		memcpy(sc->cited[sc->ncited].number, r->number, sizeof r->number);
		memcpy(sc->cited[sc->ncited].date, r->date, sizeof r->date);
		sc->cited[sc->ncited++].year_inferred = r->year_inferred;
	}
	sc->fn(r, sc->arg);
}

/* The State Department's telegraphic code for its papers, with whose
 * each is when the code says so: "Deptel 283, October 14" (the
 * Department's telegram No. 283), "Embtel 612", "Urtel 45" (your
 * telegram), "Mytel". */
static const struct {
	const char *word;
	const char *kind;
	enum ref_party party;
	int series;             /* its papers are numbered "Tosec 34": the word is the number's */
} codes[] = {
	{ "Deptel", "telegram", REF_ANY, 0 }, { "Embtel", "telegram", REF_ANY, 0 }, { "Legtel", "telegram", REF_ANY, 0 },
	{ "Contel", "telegram", REF_ANY, 0 }, { "Depcirtel", "telegram", REF_ANY, 0 }, { "Urtel", "telegram", REF_YOURS, 0 },
	{ "Reurtel", "telegram", REF_YOURS, 0 }, { "Mytel", "telegram", REF_MINE, 0 }, { "Urdes", "despatch", REF_YOURS, 0 },
	{ "Embdes", "despatch", REF_ANY, 0 }, { "Mydes", "despatch", REF_MINE, 0 }, { "Ourtel", "telegram", REF_MINE, 0 },
	{ "Circtel", "telegram", REF_ANY, 0 }, { "CAP", "telegram", REF_ANY, 0 },
	/* the series of a Secretary's journeys and of missions abroad:
	 * "Tosec 34" (to the Secretary), "Secto 12" (from him), "Dulte",
	 * "Tedul" (Dulles's), "Polto", "Topol" (NATO), "Telmar" */
	{ "Tosec", "telegram", REF_ANY, 1 }, { "Secto", "telegram", REF_ANY, 1 }, { "Dulte", "telegram", REF_ANY, 1 },
	{ "Tedul", "telegram", REF_ANY, 1 }, { "Polto", "telegram", REF_ANY, 1 }, { "Topol", "telegram", REF_ANY, 1 },
	{ "Telmar", "telegram", REF_ANY, 1 },
};

/* The code word s (len bytes, "Deptel", "Deptels", "reEmbtel": "re"
 * before a code is "regarding"): its entry in codes, or -1. */
int refs_code_of(const char *s, size_t len, int *plural)
{
	if (len > 6 && strncasecmp(s, "re", 2) == 0 && isupper((unsigned char)s[2]))
		return refs_code_of(s + 2, len - 2, plural);
	for (*plural = 0; *plural < 2 && len > 1; (*plural)++, len--) {
		if (*plural && s[len] != 's')
			break;
		for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
			if (strlen(codes[k].word) == len && strncasecmp(s, codes[k].word, len) == 0)
				return (int)k;
	}
	return -1;
}

/* What code k of codes stands for: its kind and whose it is; the word
 * that begins its papers' numbers, or NULL. */
const char *refs_code_meaning(int k, const char **kind, enum ref_party *party)
{
	*kind = codes[k].kind;
	*party = codes[k].party;
	return codes[k].series ? codes[k].word : NULL;
}

static int is_code(const char *s, size_t len)
{
	int plural;
	return refs_code_of(s, len, &plural) >= 0;
}
