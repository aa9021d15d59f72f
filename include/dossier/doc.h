/* doc.h: the normalised document every importer emits and the store keeps.
 *
 * The body is UTF-8 in NFC with LF line ends and no control characters.
 * Spans (editorial notes) are byte ranges into the body; an editorial
 * bracket stays in the body so the reader can show it inline or fold it
 * into a footnote marker. */
#ifndef DOSSIER_DOC_H
#define DOSSIER_DOC_H

#include <stddef.h>

#include "dossier/util.h"

enum note_kind {
	NOTE_ALIAS,        /* Feng Xi [Stalin], SHTRAUS [pseudonym for ...] */
	NOTE_TRANSLIT,     /* Pak Heon-yeong [Pak Hon Yong] */
	NOTE_ORIGINAL,     /* [nedovol'stvo]: original-language term */
	NOTE_SUPPLIED,     /* [of Korea from Japanese rule]: words supplied */
	NOTE_SIC,          /* [sic], [sic- October] */
	NOTE_ELISION,      /* [...] */
	NOTE_PHYSICAL,     /* [Handwritten: ...], [stamp: ...] */
	NOTE_UNCERTAIN,    /* [agreed upon?], [illegible] */
	NOTE_EDITOR,       /* translator's or editor's note */
	NOTE_FOOTNOTE,     /* a numbered footnote of an edition (TEI) */
	NOTE_KIND_COUNT
};

/* "alias", "sic", ...: stable names used in the store and in JSON. */
const char *note_kind_name(enum note_kind k);
/* Returns the kind for a name, or -1. */
int note_kind_from_name(const char *name);

struct doc_note {
	size_t start, end;      /* byte range of the bracket in the body */
	enum note_kind kind;
	char *text;             /* the note's text, brackets removed */
};

/* A name printed in the text resolved to the person it stands for. */
struct doc_alias {
	char *name;             /* as printed: "Feng Xi" */
	char *canonical;        /* "Stalin" */
};

/* A reference to another document found in the text (detected in prose,
 * or explicit in an edition's markup). */
struct doc_ref {
	size_t start, end;      /* byte range of the citing phrase in the body */
	char *phrase;
	char *target;           /* explicit target as the source gives it ("#d15",
				 * "frus1935v01#d3", "#pg_563"), or NULL */
};

/* A page break of the printed edition: page n begins at offset. */
struct doc_page {
	size_t offset;
	char *n;
};

/* An entry of an edition's list of persons or terms. */
struct doc_gloss {
	char *id;               /* xml:id, e.g. "p_GWQ1" */
	char *kind;             /* "person" or "term" */
	char *term;             /* "Gresham, Walter Q." */
	char *gloss;            /* "Secretary of State" */
	char *ref;              /* a person's authority URIs (@ref), or NULL */
};

/* Where a metadata field came from: the source's name ("dateline",
 * "citation", "title line", "label Publication Date") and the text that was
 * its evidence, for `show --why`. */
struct doc_source {
	char *field;            /* "date", "from", ... as in JSON */
	char *source;
	char *evidence;         /* the line it was read from, or NULL */
};

/* A person's authority ids as the source gives them: URIs of the GND,
 * VIAF, Wikidata... (CMIF's and TEI's persName/@ref), kept on the person
 * the name stands for. */
struct doc_authority {
	char *name;
	char *uri;              /* one URI */
};

struct doc {
	char *title;
	char *date;             /* ISO at its precision ("1950", "1950-10", "1950-10-01") or NULL */
	char *date_text;        /* the date as printed, or NULL */
	char *kind;             /* "telegram", "letter", ... or NULL */
	char *number;           /* "75352", "600428/sh" or NULL */
	struct strv numbers;    /* every number the document prints as its own (its
				 * heading's "Ciphered Telegram # 25401", the "No.
				 * 1512/sh" after its signature), number among them;
				 * none is a reference. The list shows number. */
	char *summary, *source, *language, *translator, *record_id, *url;
	struct strv from, to;   /* canonical names of senders and recipients */
	/* The office each party is named by, parallel to from and to ("" for
	 * none): Kennan is "Ambassador in the Soviet Union" in FRUS headings. */
	struct strv from_office, to_office;
	struct doc_source *sources;
	size_t nsources;
	char *body;
	size_t body_len;
	struct doc_note *notes;
	size_t nnotes;
	struct doc_alias *aliases;
	size_t naliases;
	struct doc_ref *refs;
	size_t nrefs;
	struct doc_page *pages;
	size_t npages;
	/* Editions (TEI): the volume and the document's place in it. */
	char *volume_id;        /* "frus1894Nicaragua" */
	char *volume_title;
	char *doc_n;            /* the edition's document number, "15" */
	char *xml_id;           /* "d15" */
	char *place;            /* where it was written, from the dateline */
	int heading_marked;     /* the heading carried its first note's marker
				 * ("... State1", a web page of an edition):
				 * the text's markers go on from 2 */
	/* Letters of a calendar (CMIF): the place's authority URI, where it
	 * was received, and the date as EDTF (cite.h) when date cannot say it
	 * (a range, "not after", uncertain); each NULL when unknown. */
	char *place_ref, *place_to, *place_to_ref, *date_edtf;
	struct doc_authority *authorities;
	size_t nauthorities;
	/* What storing the document writes beside its fields (its parties'
	 * names as searched, its sources as JSON), made ahead by
	 * store_doc_ready on another thread; NULL when not made. */
	char *people_text, *sources_json;
};

struct doc *doc_create(void);
void doc_free(struct doc *d);
void doc_add_note(struct doc *d, size_t start, size_t end, enum note_kind kind, const char *text);
/* Records that name stands for canonical; duplicates are ignored. */
void doc_add_alias(struct doc *d, const char *name, const char *canonical);
void doc_add_ref(struct doc *d, size_t start, size_t end, const char *phrase, const char *target);
void doc_add_page(struct doc *d, size_t offset, const char *n);

/* "FRUS 1894, Nicaragua (Mosquito Territory), doc 15" for a document of
 * an edition, or NULL. The caller frees. */
char *doc_edition_label(const struct doc *d);

/* Records where a field came from (replacing what was recorded). */
void doc_set_source(struct doc *d, const char *field, const char *source, const char *evidence);
/* The source recorded for a field, or NULL. */
const struct doc_source *doc_source_of(const struct doc *d, const char *field);
/* Appends a party to from (role 'f') or to (role 't') with its office
 * (NULL for none), keeping the office lists parallel; a name already
 * there is not added again (its office is filled if it had none). */
void doc_add_party(struct doc *d, char role, const char *name, const char *office);

/* Records the authority URIs of name: uris holds one or more, separated
 * by white space (as @ref does); only http(s) URIs are kept, each once. */
void doc_add_authority(struct doc *d, const char *name, const char *uris);

/* Replaces *field with a copy of value (NULL clears it). */
void doc_set(char **field, const char *value);

#endif
