/* cite.h: a document described for citing, and its citation.
 *
 * struct cite is a plain description (every field optional, owned by the
 * struct) that the citation styles and the exporters (export.h) read. A
 * field the library lacks stays NULL and is left out of every output:
 * nothing is invented.
 *
 * Styles:
 *   chicago-note  the Chicago Manual's full note. Correspondence (a sender
 *                 and a recipient) is cited by its correspondents, kind,
 *                 place and date (CMOS 14.111), then where it is printed:
 *                   Henry Kissinger to Richard Nixon, memorandum, Washington,
 *                   December 18, 1970, in *Foreign Relations of the United
 *                   States, 1969–1976*, vol. 21, *Chile, 1969–1973*, ed. James
 *                   McElveen and James Siekmeier (Washington, DC: Government
 *                   Printing Office, 2014), doc. 190, URL.
 *                 or where it is held, as the archive's page gives it:
 *                   Stalin to Shtykov and Zakharov, telegram no. 75352,
 *                   October 1, 1950, History and Public Policy Program
 *                   Digital Archive, APRF, f. 45, op. 1, d. 347, ll. 65-67,
 *                   trans. Vladislav Zubok, URL.
 *                 A document that is not a letter between two parties keeps
 *                 its title, in quotation marks, after its author.
 *   chicago-bib   the bibliography entry: the first sender inverted,
 *                 "Memorandum to Richard Nixon", sentences apart.
 *   frus          as history.state.gov asks: the volume by its full title,
 *                 "Volume XXI", editors without the general editor, and
 *                 "Document 190" (never a page), then the URL. A document of
 *                 no edition is cited as chicago-note.
 *
 * Output is one line of UTF-8 without control characters, whatever the
 * fields held. */
#ifndef DOSSIER_CITE_H
#define DOSSIER_CITE_H

#include <stddef.h>

#include "dossier/doc.h"
#include "dossier/util.h"

enum cite_style { CITE_CHICAGO_NOTE, CITE_CHICAGO_BIB, CITE_FRUS, CITE_STYLE_COUNT };

/* How titles in italics are marked: not at all, *so* (Markdown), or
 * <i>so</i> (HTML, the rest escaped). */
enum cite_markup { CITE_TEXT, CITE_MARKDOWN, CITE_HTML };

/* A correspondent: a name as the library knows it, and the person's
 * authority URI (GND, VIAF, Wikidata...) when one is known. */
struct cite_person {
	char *name;
	char *ref;
};

struct cite_people {
	struct cite_person *v;
	size_t n, cap;
};

struct cite {
	char *id;               /* stable across runs: the key in CSL-JSON and BibTeX */
	char *title;
	char *kind;             /* "memorandum", "telegram", "letter" ... */
	char *number;           /* the document's own number ("75352") */
	/* EDTF: "1970-12-18", "1970-12", "1970", "1850?" (uncertain), "1850~"
	 * (approximate), "1810-07-11/1810-07-18", "../1810-07-18" (not after),
	 * "1810-07-11/.." (not before). */
	char *date;
	struct cite_people from, to;
	char *place, *place_ref;        /* where it was written */
	char *place_to, *place_to_ref;  /* where it was received */
	char *archive;          /* "History and Public Policy Program Digital Archive" */
	char *archive_location; /* "APRF, f. 45, op. 1, d. 347, ll. 65-67" */
	char *archive_place;
	char *translator;
	char *language;
	char *url;
	char *note;             /* a source note, a summary: for reference managers */
	/* The edition that prints it. */
	char *series;           /* "Foreign Relations of the United States, 1969–1976" */
	struct strv series_editors; /* the general editor(s) */
	char *volume;           /* "21" or "XXI" */
	char *volume_title;     /* "Chile, 1969–1973" */
	struct strv editors;
	char *publisher, *pub_place, *pub_year;
	char *doc_n;            /* the edition's document number */
	char *edition_key;      /* the edition's identifier ("frus1969-76v21"), for grouping */
};

struct cite *cite_create(void);
void cite_free(struct cite *c);
/* Appends a correspondent (ref may be NULL). */
void cite_add_person(struct cite_people *p, const char *name, const char *ref);

/* A description of a document as an importer left it (doc.h). The FRUS
 * title is split into series and volume title; an archive citation into
 * repository and location ("History and Public Policy Program Digital
 * Archive, APRF, f. 45..."); an edition's source note becomes the note.
 * id is the document's identity in the library ("dossier:12"), or NULL to
 * use its URL or its edition's VOLUME#ID. */
struct cite *cite_from_doc(const struct doc *d, const char *id);

/* The citation in a style; the caller frees. */
char *cite_format(const struct cite *c, enum cite_style style, enum cite_markup markup);

/* A passage quoted, then its document's citation on a line of its own:
 *   “We have received your cable of 30 September and 1 October.”
 *   Stalin to Shtykov and Zakharov, telegram no. 75352, October 1, 1950, ...
 * The passage on one line, its double quotation marks made single (a
 * quotation within a quotation). The caller frees. */
char *cite_quotation(const char *passage, const struct cite *c, enum cite_style style, enum cite_markup markup);

/* A reference and what it cites: “your telegram of 13 June”: Shtykov to
 * Stalin, telegram, June 13, 1951, ... (the phrase alone when target is
 * NULL). The caller frees. */
char *cite_reference(const char *phrase, const struct cite *target, enum cite_style style, enum cite_markup markup);

/* "chicago-note", "chicago-bib", "frus"; the style for a name or -1. */
const char *cite_style_name(enum cite_style style);
int cite_style_from_name(const char *name);

/* An EDTF date (see struct cite) read into its parts; a zero month or day
 * is absent. Returns 0, or -1 when it is none of the forms above. */
struct cite_date {
	int y1, m1, d1;         /* the date, or the range's start */
	int y2, m2, d2;         /* the range's end (range only) */
	int range;              /* both ends */
	int open_start;         /* ../END: not after the end */
	int open_end;           /* START/..: not before the start */
	int uncertain;          /* ? */
	int approximate;        /* ~ */
};
int cite_date_parse(const char *edtf, struct cite_date *out);
/* "December 18, 1970", "December 1970", "July 11–18, 1810", "ca. 1850",
 * "not after July 18, 1810"; NULL for no date. The caller frees. */
char *cite_date_words(const char *edtf);

/* A name split for inverting: "Henry Kissinger" -> family "Kissinger",
 * given "Henry"; "Gresham, Walter Q." -> "Gresham", "Walter Q.". Returns 1
 * when split; 0 when the name is kept whole (one word, "Stalin"; a Korean
 * or Chinese name, family name first, "Kim Il Sung"; a name beginning
 * with a particle, "De Soto"), with *family and *given NULL. The caller
 * frees. */
int cite_name_split(const char *name, char **family, char **given);

/* The name in its natural order ("Weber, Carl Maria von" -> "Carl Maria
 * von Weber"; "King, Martin Luther, Jr." -> "Martin Luther King, Jr."),
 * cleaned. NULL for an empty name. The caller frees. */
char *cite_name_natural(const char *name);

/* A copy of s fit for output: control characters removed (tabs and line
 * ends become spaces), runs of spaces one, invalid UTF-8 replaced. NULL
 * for NULL or a string left empty. The caller frees. */
char *cite_clean(const char *s);

/* Arabic "21" for roman "XXI" and back; NULL if s is neither. */
char *cite_volume_arabic(const char *s);
char *cite_volume_roman(const char *s);

#endif
