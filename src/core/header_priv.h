/* header_priv.h: what the header reader's files share, and no one else.
 *
 * The reader works by evidence. Each line of the page gets a role
 * (header_roles.c); readers then look at the lines of the roles they know
 * and propose values for the document's fields, each with the name of its
 * source and a weight: the archive's apparatus (header_page.c: labels,
 * citations, title and date lines, summaries, catalogue blocks), titles
 * and headings (header_title.c), and the document's own text
 * (header_letter.c: memorandum and telegram headers, datelines,
 * salutations, signatures), proposals all (header_prop.c). header.c chooses each field from the
 * proposals: the weightiest value, with one point more for each other
 * source that agrees with it, when it clears the field's floor. */
#ifndef DOSSIER_HEADER_PRIV_H
#define DOSSIER_HEADER_PRIV_H

#include <stddef.h>

#include "dossier/date.h"
#include "dossier/doc.h"
#include "dossier/lexicon.h"
#include "dossier/lines.h"
#include "dossier/slice.h"
#include "dossier/util.h"

/* The fields a proposal may be for. */
enum hfield {
	HF_TITLE,
	HF_DATE,
	HF_KIND,
	HF_NUMBER,
	HF_FROM,
	HF_TO,
	HF_SUMMARY,
	HF_SOURCE,
	HF_LANGUAGE,
	HF_TRANSLATOR,
	HF_RECORD_ID,
	HF_URL,
	HF_PLACE,
	HF_COUNT
};

/* How much a source is worth. A field is set only from a proposal of at
 * least W_FAIR, or W_WEAK when nothing else says anything (then the source
 * says it was a guess): a page of another kind is not misread confidently. */
enum {
	W_GUESS = 1,            /* a first sentence, a summary's subject */
	W_WEAK = 2,             /* the first date of the text */
	W_FAIR = 4,             /* a salutation, a signature, a file number's date */
	W_GOOD = 6,             /* a title line, a heading, a dateline */
	W_STRONG = 8,           /* a label, a citation, a memorandum's FROM: */
	W_SURE = 10,            /* what the archive labels as the field itself */
};

/* One party of a proposal: a person or a body, with the office it is
 * named by ("Ambassador in the Soviet Union" for Kennan), or NULL. */
struct hparty {
	char *name;
	char *office;
};

struct hprop {
	enum hfield field;
	int weight;
	const char *source;     /* static: "title line", "citation", ... */
	char *value;            /* text; a date in ISO */
	char *printed;          /* a date as printed */
	struct hparty *parties; /* from and to */
	size_t nparties;
	char *evidence;         /* the line it was read from */
	char *folded;           /* value folded for comparison, made once */
};

/* Role of a line: what it is on the page. */
enum hrole {
	HR_TEXT = 0,            /* nothing known: body text */
	HR_BLANK,
	HR_FURNITURE,           /* the site's menus, buttons and notices */
	HR_LABEL,               /* "Label: value" or a label alone */
	HR_VALUE,               /* the value on the line after a label */
	HR_DATE,                /* a line that is only a date */
	HR_CITATION,            /* "\"Title,\" date, ... Digital Archive, ..." */
	HR_MARKING,             /* a classification ("TOP SECRET") */
	HR_RELEASE,             /* "Approved For Release 2005/06/14 : CIA-RDP..." */
	HR_FILE,                /* "661.00/3–1452: Telegram" */
	HR_PAGE,                /* "[Page 412]" */
	HR_URL,                 /* a line that is a link */
};

struct hline {
	enum hrole role;
	const struct lex_label *label;  /* HR_LABEL, HR_VALUE */
	size_t value_at;                /* HR_LABEL: where its value starts in the line */
};

/* The reader's state over one page. */
struct hreader {
	struct lines L;
	struct hline *roles;    /* one per line */
	struct doc *d;
	struct hprop *props;
	size_t nprops, cap;
	size_t footer;          /* first line of the archive's footer, or L.n */
	size_t top;             /* first line of the document's own text */
	size_t cited;           /* line of the archive's citation, or SIZE_MAX */
	int markdown;           /* Markdown export: undo its escapes in the body */
	int web;                /* the page carries an archive's apparatus */
	int site;               /* ... and a site's furniture, footer or catalogue */
	int labels;             /* labels read */
	int letter;             /* a salutation or a closing formula was seen */
	int telegraphic;        /* signed in capitals with no closing formula */
	int heading;            /* an edition's heading "A to B" (2: numbered) */
	int circa;              /* the year a label gives an undated paper ("Undated (circa 1981)"), or 0 */
	struct strv known;      /* names met in the text, to split signatures */
	struct strv scratch;    /* texts made while reading (lines rewritten), freed with the reader */
};

/* header_prop.c: proposals. */
struct hprop *hprop_add(struct hreader *r, enum hfield f, int weight, const char *source, struct slice evidence);
void hprop_value(struct hprop *p, struct slice v);
void hprop_party(struct hprop *p, const char *name, const char *office);
/* Proposes a text value; a copy is kept. */
void hprop_text(struct hreader *r, enum hfield f, int weight, const char *source, struct slice v, struct slice evidence);
/* Proposes a date with the text it was printed as. */
void hprop_date(struct hreader *r, int weight, const char *source, const struct date_val *v, struct slice printed,
		struct slice evidence);
/* The best proposal of a field so far, or NULL. */
const struct hprop *hprop_best(const struct hreader *r, enum hfield f);
/* Whether a proposal for f of at least weight w exists. */
int hprop_has(const struct hreader *r, enum hfield f, int w);
/* Frees what the proposal holds (not p itself). */
void hprop_free(struct hprop *p);

/* header_kind.c: the kind named by the first words of t ("Ciphered
 * Telegram"); *after is the rest. NULL if none. */
const char *header_kind_find(struct slice t, size_t within, struct slice *after);

/* header_roles.c: gives every line its role; long lines that flatten a
 * page's labels onto one line are split first. */
void header_roles(struct hreader *r);
/* A line that is only a date (after a place, with a time or a remark
 * after it); min is the least precision (1 year, 2 month, 3 day). */
int header_date_line(struct slice s, int min, struct date_val *dt, struct slice *printed);
/* A classification marking ("TOP SECRET", "Confidential, Immediate"). */
int header_marking(struct slice t);

/* header_page.c: the archive's apparatus around a document. */
void header_page_read(struct hreader *r);

/* The length of a series' number at t's start: up to four capitals, a
 * hyphen or a dash and figures ("A-123", "A\xe2\x80\x93" "248", "CA-1234");
 * 0 if none. */
size_t header_series_number(struct slice t);
/* header_title.c: titles and headings. */
/* Proposes kind, number and parties from a title (the archive's or a
 * heading) at weight w, under the source name given. */
void header_title_read(struct hreader *r, struct slice title, int w, const char *source, struct slice evidence);
/* "The Secretary of State to the Embassy in France": an edition's heading
 * and the decimal file line over it. */
void header_heading_read(struct hreader *r);
/* A line in capitals as title case would print it ("MEMORANDUM FOR THE
 * SECRETARY OF STATE" -> "Memorandum for the Secretary of State"); NULL
 * when t is not in capitals. */
char *header_uncapped(struct slice t);
/* Whether header_unnumbered took a note's marker "1" off the end of
 * full to leave t ("State1", "Vietnam 1"). */
int header_marked_one(struct slice full, struct slice t);
/* A heading without the edition's number before it ("67. ", "177 ") and
 * the footnote numbers after it ("State1"); the number in *n (the caller
 * frees), NULL if none. */
struct slice header_unnumbered(struct slice t, char **n);
/* Whether s is only a place's name (lex_places). */
int header_place(struct slice s);
/* A document number after a kind ("No. 75352", "# 600428/sh"); returns
 * the text after it and sets *number (the caller frees). */
struct slice header_number_read(struct slice s, char **number);
/* The length of the number opening t ("600428/sh", "K 1/206"), or 0. */
size_t header_number_run(struct slice t);

/* Proposes the parties listed in s ("Shtraus [Shtykov] and Mayveyev
 * [Zakharov]", "the Ambassador in France (Edge)") on p, with their
 * offices, up to the first part that is no party. Returns how many. */
size_t header_parties(struct hreader *r, struct hprop *p, struct slice s);

/* header_cable.c: a State Department cable's routing, date-time group,
 * number and subject. */
void header_cable_read(struct hreader *r);

/* header_letter.c: the document's own text. */
/* The salutation opening t ("To Comrade ", "Dear "), or NULL. */
const char *header_salutation(struct slice t);
void header_letter_read(struct hreader *r);

#endif
