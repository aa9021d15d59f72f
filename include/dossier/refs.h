/* refs.h: finding the phrases in a document that refer to another
 * ("your telegram of 13 June", "Ciphered Telegram No. 75352", "the letter
 * of cde. KIM IL SUNG", "directive dated 13.10.50", "Document 123"). */
#ifndef DOSSIER_REFS_H
#define DOSSIER_REFS_H

#include <stddef.h>

/* Whose document the phrase names, relative to the citing document. */
enum ref_party {
	REF_ANY,                /* "the letter of 4 January" */
	REF_YOURS,              /* "your telegram": from its recipient to its sender */
	REF_MINE,               /* "my letter", "our cable": from its sender */
};

struct ref_found {
	size_t start, end;      /* the phrase's byte range in the body */
	const char *kind;       /* "telegram", "letter", ... (static) or NULL */
	char date[11];          /* ISO at its precision, or "" */
	char number[32];        /* "75352", "600428/sh", or "" */
	char person[64];        /* "the letter of cde. KIM IL SUNG", "Stalin's telegram",
				 * "letter from Mao on 7 October": the author, or "" */
	char to_person[64];     /* "the letter of cde. X to cde. Y", "a letter to Mao
				 * Zedong": the addressee, or ""; "you" and "us" for
				 * "my telegram to you", "his answer to us": the
				 * citing letter's own recipient or writer */
	int doc_n;              /* "Document 123": 123, else 0 */
	char page[16];          /* "p. 211": a page of the citing volume, or "" */
	int year_inferred;      /* date's year taken from the citing document */
	/* date is at its precision: "1950-10" for "his October 1950 letter". */
	enum ref_party party;
	int by_editor;          /* found in an editor's words (a footnote, a summary),
				 * not the writer's: set by the caller */
};

const char *ref_party_name(enum ref_party p);
enum ref_party ref_party_from_name(const char *name);

typedef void (*refs_fn)(const struct ref_found *r, void *arg);

/* Calls fn for each reference in body, in order. ctx_date is the citing
 * document's ISO date (NULL if unknown): a date that leaves out its year
 * is the latest such day on or before it ("your telegram of 28 December"
 * in a letter of 3 January is of the year before). own_number (may be
 * NULL) is the citing document's own number, never a reference. */
void refs_detect(const char *body, size_t len, const char *ctx_date, const char *own_number, refs_fn fn,
		 void *arg);

/* As refs_detect, with every number the document prints as its own
 * (own, n of them: its heading's and the one after its signature); none
 * is a reference. */
void refs_detect_own(const char *body, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		     refs_fn fn, void *arg);
/* As refs_detect_own, in an editor's note: a note that is only "Document
 * 134." points to it (in a text, such a line is a caption). */
void refs_detect_note(const char *text, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		      refs_fn fn, void *arg);

/* The addressee a phrase detected earlier names ("the letter of cde.
 * KIM IL SUNG to cde. FENG XI", "On 1 October, I sent a letter to Mao
 * Zedong"), read again from the phrase alone; ctx_date as for refs_detect.
 * Writes "" when it names none, "you" or "us" for a pronoun (see
 * to_person). (References stored before the library kept the addressee
 * are read back this way.) */
void refs_phrase_to_person(const char *phrase, size_t len, const char *ctx_date, char *out, size_t outsz);

/* Two kinds that may name the same document ("cable" and "telegram"). */
int refs_kind_compatible(const char *a, const char *b);

/* Two kinds that are one kind under two names: "telegram" and "ciphered
 * telegram", "memorandum" and "record of conversation" (an editor's
 * "Memorandum of Conversation" is what its writer calls "my memorandum").
 * Narrower than refs_kind_compatible: "cable" and "telegram" are not. */
int refs_kind_same(const char *a, const char *b);

/* Whether a kind names what a paper does rather than what it is: a
 * "directive", an "order", a "report", an "answer" may have gone as a
 * telegram or a letter, so the word prefers a document of its own kind
 * without ruling out the others. "letter", "telegram", "cable",
 * "memorandum", "despatch" are what the paper is. */
int refs_kind_functional(const char *kind);

/* The normalised kind for a word ("telegrams", "Cable", "memoranda"), or
 * NULL if the word names no kind of document. */
const char *refs_kind_of(const char *word, size_t len);

#endif
