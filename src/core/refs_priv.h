/* refs_priv.h: what reference detection's files share, and no one else.
 * From the bottom: refs_word.c (kinds, words, numbers, codes), refs_date.c
 * (dates), refs_phrase.c (around a kind), refs_clause.c (a date
 * further on in the clause), refs_cable.c (cables'
 * conventions), refs_ru.c (Russian), refs.c (the scan of a body). */
#ifndef DOSSIER_REFS_PRIV_H
#define DOSSIER_REFS_PRIV_H

#include <stddef.h>

#include "dossier/date.h"
#include "dossier/refs.h"

/* A word: a run of letters (ASCII or any non-ASCII byte, so "Nº" and
 * accented names hold together) or of digits and joiners. */
struct word {
	size_t start, end;
};

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
	int note;               /* an editor's note: no line of it is a caption */
	struct {                /* the papers cited so far, the first 16, for
				 * "the referenced memorandum" */
		const char *kind;
		char owner[24]; /* the phrase's first word: "my", "Department's" */
		char number[32];
		char date[11];
		int year_inferred;
	} cited[16];
	size_t ncited;
	refs_fn fn;
	void *arg;
};

/* How a kind word stands in its sentence, for the forms that name the
 * parties. */
enum lead {
	LEAD_NONE,              /* nothing shows the word is a noun ("I report") */
	LEAD_NOUN,              /* a determiner or a possessive ("the letter") */
	LEAD_VERB,              /* sent or received ("I received letter from") */
	LEAD_DATED,             /* a date is already known ("his October 1950
				 * letter", "On 1 October, I sent a letter") */
};

/* What follows a kind word at i: a number, dates, or the parties. */
size_t refs_after_kind(struct scan *sc, struct ref_found *r, size_t i, enum lead lead);
/* A date further on in the clause of a kind word ending at j: "the
 * memorandum handed to you by Gromyko on October 27", "my telegram
 * about the campaign (May 22)", "the statement announced today". r
 * holds what the phrase said before. Emits; returns the end, or 0. */
size_t refs_clause_date(struct scan *sc, struct ref_found *r, size_t j);
/* Whether a participle of a paper's making or passing on follows the
 * kind word ending at j ("memorandum handed to you"): the word is a
 * noun, even with no article before it (telegraphese). */
int refs_clause_participle(const struct scan *sc, size_t j);
/* "dated" or "dtd" and a date after a paper of any name ("an OIR Draft
 * Outline dated 27 September 1956", "Memo dtd 11 Aug 55"): the word at
 * i..j. Emits; returns the end, or 0. */
size_t refs_dated_any(struct scan *sc, size_t i, size_t j);
/* "the referenced memorandum", "the Department's reference telegram",
 * "my dispatch under reference": a paper the text cited before, by its
 * number or day, named again. The kind word at i..j; emits and returns
 * the end, or 0. */
size_t refs_anaphor(struct scan *sc, const char *kind, size_t i, size_t j);
/* s[from, to) without its brackets ("the 15th [of November]"), up to a
 * line's end, into buf (cap bytes, terminated); at[k] is where buf[k]
 * came from. Returns the length, and how many brackets were left out. */
size_t refs_unbracket(const char *s, size_t from, size_t to, char *buf, size_t *at, size_t cap, int *brackets);
/* The digits at s as a number (bounded: no overflow). */
int refs_atoi_safe(const char *s);
/* A number standing alone: "# 600428/sh", "To No. 483/sh.", "your no. 4676". */
size_t refs_bare_number(struct scan *sc, size_t i);
/* The code word s (len bytes, "Deptel", "Deptels", "reEmbtel": "re"
 * before a code is "regarding"): its entry in codes, or -1. */
int refs_code_of(const char *s, size_t len, int *plural);
/* A date at i (date.c reads English and Russian), and "the 15th of
 * August", as a diplomat writes the day first. Returns its length. */
size_t refs_date_at(const struct scan *sc, size_t i, struct date_val *v);
/* "his October 1950 letter", "the 1 October telegram", "Stalin's 13 June
 * letter": a date between a determiner and the kind. Sets r's start,
 * party, person and date; returns 1 if so. */
int refs_date_before_kind(struct scan *sc, struct ref_found *r, size_t kind_start);
/* Dates after "of"/"dated"/"from" at i: one reference per date ("the
 * cable of 30 September and 1 October" is two). Returns the end of the
 * last date, or 0. */
size_t refs_dates_after(struct scan *sc, struct ref_found *base, size_t i);
/* "the 10th instant", "the 30th ultimo": a day of the citing letter's
 * month or of the month before; "yesterday", "today". Returns the
 * length, or 0. */
size_t refs_day_of_month_at(const struct scan *sc, const char *s, size_t len, struct date_val *v);
/* After a reference at i, what a FRUS note adds: the direction (", to
 * Paris", " from Moscow") and the page the paper is printed on (", p.
 * 211"). Sets r->page and returns the end, or i when no page follows. */
size_t refs_direction_after(const char *s, size_t len, size_t i);
/* Hands a reference found to the caller (not a caption, not its own). */
void refs_emit(struct scan *sc, struct ref_found *r);
/* A byte of a word: letter, digit, any non-ASCII byte, ' or -. */
int refs_is_word_byte(unsigned char c);
/* A name at i (after its title, if any): capitalised words, at most
 * four; *titled says whether a title came first. Returns the end of the
 * name and sets *name_start, or returns 0. */
size_t refs_name_at(const char *s, size_t len, size_t i, size_t *name_start, int *titled);
/* "No.", "no.", "Nos.", "Nº", "N°", "#", "number": the number marker at i;
 * returns the index after it, or 0. */
size_t refs_number_marker(const char *s, size_t len, size_t i);
/* The number at i ("483/sh", "600428") into out; its end, or 0. */
size_t refs_number_token(const char *s, size_t len, size_t i, char *out, size_t outsz);
/* A list of numbers after a kind ("Nos. 12 and 14"); its end, or 0. */
size_t refs_numbers_at(struct scan *sc, struct ref_found *r, size_t j, int plural);
/* "4th", "7th", "2d" alone, as telegrams write a day: the latest such
 * day on or before the citing letter (this month's, else the month
 * before). Not "4th Army" or "the 8th instant" (day_of_month_at's).
 * Returns the length, or 0. */
size_t refs_ordinal_day_at(const struct scan *sc, const char *s, size_t len, struct date_val *v);
/* "Your 4493, February 28, 8 p.m.", "our 235", "the Department's 999
 * [969], April 19": telegrams cited by their number alone, after whose
 * they are. At least three digits, and the number ends as a paper's
 * does ("your 500 men" counts men). At i..j, the word; returns the end,
 * or 0. */
size_t refs_owner_number(struct scan *sc, size_t i, size_t j);
/* ", p. 230" after a reference, into r; its end, or i. */
size_t refs_page_after(const char *s, size_t len, size_t i, struct ref_found *r);
/* "p. 211", "pp. 211-213", "p. 22n": a page of the volume at i (a FRUS
 * note prints the page where a paper of the volume stands). Writes the
 * first page into out; returns the end, or 0. */
size_t refs_page_at(const char *s, size_t len, size_t i, char *out, size_t outsz);
/* After a name: an editor's bracket ("FENG XI [Stalin]") is passed over. */
size_t refs_past_bracket(const char *s, size_t len, size_t i);
/* Extends a phrase back over its determiner and adjectives ("your", "my
 * last", "the ciphered", "Stalin's"), and says whose document it is;
 * *noun is set when something before it shows the kind word is a noun (a
 * determiner, a possessive), not a verb ("I report"). */
size_t refs_phrase_start(const char *s, size_t kind_start, struct ref_found *r, int *noun);
/* Whether the number marker at i is plural ("Nos.", "nos."). */
int refs_plural_marker(const char *s, size_t len, size_t i);
/* "Stalin's", "Kim Il Sung's", "Mr. Gresham’s" ending at w: the name
 * into out and where it starts, and 1; -1 for a possessive that is no
 * name ("Excellency's", "the minister's"); 0 for no possessive. */
int refs_possessive(const char *s, const struct word *w, char *out, size_t outsz, size_t *start);
/* "REF: MOSCOW 5524", "(B) STATE 68733", "USUN 1899", "KABUL 6844": a
 * cable by the post that sent it and its number, as State Department
 * cables print them in capitals. Not a heading's own ("CITE SAIGON
 * 1234", "PAGE 01 MOSCOW 09946"), a year ("SINCE 1975") or a word of
 * the cable's furniture ("SECTION 2"). At i..j, the word; returns the
 * end, or 0. */
size_t refs_post_number(struct scan *sc, size_t i, size_t j);
/* Writes v into out; a day whose year was taken from the citing
 * document but falls after it is of the year before. */
void refs_put_date(const struct scan *sc, struct date_val v, struct ref_found *r);
/* Writes a day reckoned from the citing letter's ("the 7th instant",
 * "yesterday"), when that is known. */
void refs_put_relative(const struct scan *sc, const struct date_val *v, struct ref_found *r);
/* The telegrams a cable's "REF:" line lists: "REF: (A) BUDAPEST 890, (B)
 * STATE 68733", "REF: STATE 135843". Kept in sc for "reftel A". */
void refs_ref_line(struct scan *sc);
/* "reftel", "reftels", "Reftel A": telegraphese for the telegram the
 * heading's "Ref:" line names. At i..j; returns the end, or 0. */
size_t refs_reftel(struct scan *sc, size_t i, size_t j);
/* Russian letters print their capitals in two bytes: "В" (D0 92) is
 * "в" (D0 B2). Lowers the Cyrillic capitals of s (n bytes) into out
 * (outsz bytes); returns 0 if it does not fit. */
int refs_ru_lower(const char *s, size_t n, char *out, size_t outsz);
/* The end of the word of non-ASCII letters (Cyrillic) at i. */
size_t refs_ru_word_end(const char *s, size_t len, size_t i);
/* A Russian reference at i (a word of Cyrillic letters). Returns its
 * end, or 0. */
size_t refs_russian_at(struct scan *sc, size_t i);
/* "On 1 October, I sent a letter to Mao Zedong", "on 5 May we sent you a
 * telegram": the writer's own document, dated by the clause; "On 7
 * October I received Mao Zedong's answer": one received that day, which
 * for a telegram is the day it was sent. Sets r's start (at "On", so the
 * phrase read alone is still this form), party and date from phrase
 * start st; returns 1 for a paper sent, 2 for one received, 0 if
 * neither. */
int refs_sent_on_date(struct scan *sc, struct ref_found *r, size_t st);
/* "A-412": a series of one to three capitals before the digits of a
 * number ("Action Memorandum No. A-412"), or one capital ("P176/125",
 * "Z.281", "A. 454"). Its length with what joins it, or 0. */
size_t refs_series_prefix(const char *s, size_t len, size_t i);
/* The first byte at or after i that is not a space. */
size_t refs_skip_sp(const char *s, size_t len, size_t i);
/* Whether s at i starts with what. */
int refs_starts(const char *s, size_t len, size_t i, const char *what);
/* As starts, in either case: cables are written in capitals ("NOTE NO.
 * 89 DATED APRIL 11"). */
int refs_starts_ci(const char *s, size_t len, size_t i, const char *what);
/* Words that are capitalised without being a name ("In Mao's letter"). */
int refs_stop_word(const char *s, const struct word *w);
/* A code word at i..j with its number, and the date after a comma or
 * "of" ("Deptel 283, October 14", "Embtel 598 of Oct 12"), the hour
 * and the page a FRUS note adds ("Embtel 1052, June 5, p. 881"); plural
 * ("Deptels 283 and 290") lists numbers; "Mytel 27th" names a day of
 * this month for the number. Returns the end, or 0. */
size_t refs_telegraphese(struct scan *sc, size_t i, size_t j);
/* ", 7 p.m.", ", 5 p. m.", " at 4:15 p. m.", ", noon": the hour a
 * telegram was sent, printed after its day (FRUS). Returns its end, or
 * i. */
size_t refs_time_after_date(const char *s, size_t len, size_t i);
/* Whether a title ends right at i ("cde. KIM IL SUNG's letter"). */
int refs_title_before(const char *s, size_t i);
/* An unmarked number at i ("telegram 402,", "your 4493,"): at least
 * min digits, and it ends as a paper's number does, unless a post
 * stands before it ("Telegram - Saigon 10772": a series of its own). */
int refs_unmarked_number(const char *s, size_t len, size_t i, size_t min, int posted);
/* Whether the word before st is a verb of sending or receiving: "I
 * received letter from Mao", "we sent a telegram to". */
int refs_verb_before(const char *s, size_t st);
/* The word that ends right before pos (skipping spaces), or none. */
int refs_word_before(const char *s, size_t pos, struct word *w);
/* Whether word w of s is what, case blind. */
int refs_word_is(const char *s, const struct word *w, const char *what);
/* "your", what a scanner makes of it ("yonr", "vour": no English word
 * is spelt so), and a cable's "ur". */
int refs_word_is_your(const char *s, const struct word *w);
/* "On 30 September I reported to you", "on 5 May we telegraphed
 * Comrade Stalin": a verb of writing, dated, is the writer's own paper of
 * that day to the one named. At i, the word "on"; returns the end of the
 * reference it emits, or 0. "I wrote you a letter" is left to the kind
 * word. */
size_t refs_wrote_on_date(struct scan *sc, size_t i);





























/* What code k (of code_of) stands for: its kind and whose it is; the word
 * that begins its papers' numbers ("Tosec 34"), or NULL. */
const char *refs_code_meaning(int k, const char **kind, enum ref_party *party);

/* "9/21" at i: a month and day (v's year left 0, inferred); its length,
 * or 0. Not "9/21/73" nor "3/4 of". */
size_t refs_month_day_at(const char *s, size_t len, size_t i, struct date_val *v);

/* "IN 26108", "NIE 11-4-56", "NSC 68": a paper of a series by its code. */
size_t refs_series_paper(struct scan *sc, size_t i, size_t j);

#endif
