/* lexicon.h: the words the header reader knows, as data. A new archive's
 * layout comes in here (its labels, its furniture, its kinds of paper),
 * not as a new branch in the reader: each table says what its words are
 * evidence of. */
#ifndef DOSSIER_LEXICON_H
#define DOSSIER_LEXICON_H

#include "dossier/slice.h"

/* What a label's value is. */
enum lex_field {
	LF_DROP,                /* apparatus that says nothing of the letter */
	LF_CITATION,            /* the archive's citation: title, date, archive */
	LF_SUMMARY,
	LF_LANGUAGE,
	LF_TRANSLATOR,
	LF_SOURCE,              /* where the original is held */
	LF_RECORD_ID,
	LF_DATE,                /* the document's date */
	LF_TITLE,
	LF_URL,
	LF_KIND,                /* "Document Type: Telegram", "Content Type: MF" */
	LF_FROM,
	LF_TO,
	LF_SUBJECT,             /* a memorandum's subject: a title at worst */
	LF_CONTENTS,            /* "Contents: English Translation": what the page holds */
	LF_BODY,                /* "Body:": the paper's text follows, no value */
	LF_PLACE,               /* where it was written or held ("[Place]", "Venue:") */
};

struct lex_label {
	const char *name;       /* as printed, without the colon */
	enum lex_field field;
	int weight;             /* how far the value is the field (header_priv.h W_*) */
	int flat;               /* found inside a line that flattens a page's labels */
};

/* Labels of archive pages, Markdown exports and catalogues. */
extern const struct lex_label lex_labels[];
/* The label that s is (case-insensitive, without its colon), or NULL. */
const struct lex_label *lex_label_find(struct slice s);

/* Lines of a site's furniture: menus, buttons, notices (whole lines). */
extern const char *const lex_furniture[];
/* Openings of furniture lines ("This document was made possible with
 * support from ..."). */
extern const char *const lex_furniture_openings[];
/* The line under a digital archive's title that thanks its sponsor: the
 * end of the archive's block of date and title (header_page.c). */
#define LEX_SPONSOR_LINE "This document was made possible with support from"
/* Last words of a site's or a reader's own name, printed over every page
 * ("Sino-Soviet Split Document Archive", "... Documents Reader"). */
extern const char *const lex_banner_ends[];
/* A site's menu: a line with several of these is furniture. */
extern const char *const lex_nav_words[];
/* A collection's section heading is made only of these ("Letters and
 * Messages"): no title of one paper. */
extern const char *const lex_section_words[];
/* Whether t is a furniture line (a whole line of lex_furniture, or one
 * opening as lex_furniture_openings do); whether it opens as one of
 * lex_furniture_openings; whether it opens as a release stamp. */
int lex_furniture_line(struct slice t);
int lex_furniture_opening(struct slice t);
int lex_release_line(struct slice t);
/* Names of digital archives as a citation prints them before the holding
 * archive ("History and Public Policy Program Digital Archive"). */
extern const char *const lex_archives[];
/* Values of a "Contents:" label ("English Translation", "Original Scan"). */
extern const char *const lex_contents[];

/* A word naming a kind of paper and the kind it names. */
struct lex_kind {
	const char *word;
	const char *kind;
};
extern const struct lex_kind lex_kinds[];
/* A catalogue's codes and words for kinds ("MFR", "CABLE"). */
extern const struct lex_kind lex_kind_codes[];
/* An editor's phrase of sending, between the sender and the recipient
 * ("... Walter Ulbricht wrote to Soviet leader Nikita Khrushchev"), and
 * the kind of paper it sends. */
extern const struct lex_kind lex_lead_verbs[];
/* Nouns that make "X of (a) Conversation" a record of conversation. */
extern const char *const lex_record_words[];
/* The words between a record word and what it records ("of", "about"). */
extern const char *const lex_record_links[];
/* The sittings a record is of ("reception", "audience", "talks"): a
 * heading naming one is a record's title, never an address; its sides
 * are read after it ("... Reception of", "Meeting between"). */
extern const char *const lex_sittings[];
/* Plural nouns naming a group by whom it belongs to ("Leaders of the
 * CPSU", "Members of the Delegation"): the group is the party. */
extern const char *const lex_group_nouns[];
/* The verbs a body's decision opens with ("The Politburo RESOLVES:"). */
extern const char *const lex_operative_verbs[];
/* Series whose papers are known by a designation on a line of its own
 * ("NIE 11–4–54", "NSC 5602/1", "NSAM 273"). */
extern const char *const lex_series_prefixes[];
/* Words that make the record after them a word-for-word one
 * ("Stenographic Protocol", "Shorthand Record"): a transcript. */
extern const char *const lex_verbatim_marks[];
/* Words that make a message a ciphered one, a telegram ("Code message
 * No 553/IV/2745", "Ciphered message"). */
extern const char *const lex_cipher_marks[];
/* What only a transcript of a recording prints: its key to the
 * speakers and its time stamps ("Key: UM = Unidentified Male Speaker",
 * "[Time Stamp: 00:00:07]"). */
extern const char *const lex_transcript_marks[];

/* Classification markings that open documents, and the words combined
 * markings are made of ("SECRET PRIORITY", "TOP SECRET NIACT"). */
extern const char *const lex_markings[];
extern const char *const lex_marking_words[];
/* Papers in the plural: a title opening with one ("Letters to New
 * Senators") names a subject, not one paper's parties. */
extern const char *const lex_plural_papers[];
/* Nouns that take "to" ("Access to ...", "Aid to Laos"): a title opening
 * with one names a subject, not a sender and a recipient. */
extern const char *const lex_to_nouns[];
/* Participles and phrases that take "to" ("Relating to", "Prior to"): no
 * sender before it, no recipient after it. */
extern const char *const lex_to_governors[];
/* Verbs after "to" in a subject: an aim, no recipient. */
extern const char *const lex_infinitives[];
/* Words that open an office's name before its noun ("Special Assistant",
 * "General Counsel"). */
extern const char *const lex_office_qualifiers[];
/* A body's own working staff ("Board and Staff"): no body apart. */
extern const char *const lex_staff_nouns[];
/* A routing form's titles ("ROUTING AND RECORD SHEET") and the captions
 * printed on it ("OFFICER'S", "NAME AND ADDRESS"), which name no one. */
extern const char *const lex_routing_forms[];
extern const char *const lex_form_captions[];
int lex_routing_line(struct slice t);
/* Openings of release stamps and the catalogue's own numbers. */
extern const char *const lex_release_openings[];

/* Openings of salutations that name the recipient ("To Comrade ",
 * "Dear "), of inside addresses ("The Honorable"), and closing formulas
 * after which letters are signed. */
extern const char *const lex_salutations[];
extern const char *const lex_address_forms[];
extern const char *const lex_closings[];

/* Verbs of archive summaries whose subject is the sender ("reports"), and
 * words in "s" that are no verbs. */
extern const char *const lex_sending_verbs[];
extern const char *const lex_not_verbs[];
/* Abbreviations whose period ends no sentence. */
extern const char *const lex_abbreviations[];
/* A person's initials as catalogues write them for a party ("MT"), the
 * name they stand for, and a word the page must carry (or NULL). */
struct lex_initials {
	const char *initials;
	const char *name;
	const char *page_word;
};
extern const struct lex_initials lex_initials[];
/* Initials of offices ("DCI"). */
extern const struct lex_initials lex_office_initials[];
/* Bodies' initials, as a talk given to them is headed ("NSC BRIEFING"). */
extern const struct lex_initials lex_body_initials[];
/* The name initials w stand for on page in table, or NULL. */
const char *lex_initials_name(const struct lex_initials *table, struct slice w, struct slice page);
/* Nouns of offices that take "to" or "in" a country inside their name
 * ("Ambassador to the USA", "Embassy in Cuba"). */
extern const char *const lex_office_nouns[];
/* The last words of bodies, which are no surnames ("Estimates Staff"). */
extern const char *const lex_body_nouns[];

/* Cities that stand beside a party ("Maneli (Hanoi)"): where it was. */
extern const char *const lex_places[];
/* What follows a title in a citation that opens with the author. */
extern const char *const lex_author_citations[];
/* Words that qualify a paper before its kind ("Open Letter"). */
extern const char *const lex_paper_adjectives[];
/* Countries by the names titles give them ("the DPRK", "Soviet Union"). */
extern const char *const lex_countries[];
/* Offices a person holds ("Secretary", "Ambassador"), as against bodies
 * ("Ministry", "Embassy"). */
extern const char *const lex_person_offices[];

/* Offices a memorandum's header names whole ("Director of Central
 * Intelligence"), and the one that s is as a scan misread it ("Director
 * of Cestral htelligence"), or NULL when none is near enough. */
extern const char *const lex_memo_offices[];
const char *lex_office_scanned(const char *s);

#endif
