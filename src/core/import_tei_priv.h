/* import_tei_priv.h: what the parts of the TEI importer share (import_tei*.c
 * and no one else): the reader's state, the text layout, and helpers. */
#ifndef DOSSIER_IMPORT_TEI_PRIV_H
#define DOSSIER_IMPORT_TEI_PRIV_H

#include "xml.h"
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unistr.h>

#define FRUS_NS "http://history.state.gov/frus/ns/1.0"

/* Mixed into every document's hash: bump it when what a document becomes
 * changes, so a re-import updates documents whose XML did not change. */
#define TEI_HASH_SALT "dossier-tei-2"

/* Never NOENT (entity substitution), DTDLOAD, DTDATTR, DTDVALID or
 * XINCLUDE: nothing outside the file is read and libxml2 substitutes no
 * entity (render() writes out internal ones, within a budget). The text
 * is UTF-8 already (the driver normalised it), so the declaration's
 * encoding="..." is ignored (IGNORE_ENC) and UTF-8 forced. */
#define TEI_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC)

/* Bytes that internal entities may add to one document. */
#define TEI_ENTITY_BUDGET ((size_t)1 << 20)

#if LIBXML_VERSION >= 21200
typedef const xmlError *tei_error_ptr;
#else
typedef xmlErrorPtr tei_error_ptr;
#endif

#include "dossier/import_tei.h"
#include "dossier/util.h"

struct gloss_tab {
	struct doc_gloss *v;
	size_t n, cap;
	const struct doc_gloss **order; /* entries sorted by id, for lookups */
	size_t norder;                  /* entries when order was built (v may have moved since) */
};

/* A footnote found where the body has no place for its marker (in the
 * head or the source note): its marker opens the body. */
struct pending {
	char *marker;
	struct doc *notes;      /* the footnote, notes and refs inside it */
};

struct tei {
	const char *path;
	char *volume_id;        /* TEI/@xml:id */
	char *idno;             /* idno type="frus" */
	char *volume_title;
	int title_complete;     /* volume_title is title type="complete" */
	char *page;             /* the page in force: the last pb read */
	struct gloss_tab gloss;
	int gloss_done;         /* the glossary was read by a first pass */
	int nfc;                /* the text has character references: normalise text */
	size_t ent_left;        /* bytes internal entities may still add to the document */
	int ent_depth;
	char *error;            /* the first XML error, formatted */
	/* the document being read */
	struct doc *d;
	unsigned nfoot;
	struct pending *pend;
	size_t npend;
	/* header metadata of a TEI letter (correspDesc), for <text> documents */
	struct strv sent_by, sent_to;
	struct strv sent_names, sent_uris; /* the parties' authority URIs (@ref) */
	char *sent_place, *sent_date, *sent_date_text;
};

enum out_kind {
	OUT_BODY,               /* the document's body: notes, refs, pages anchor here */
	OUT_META,               /* head or source note: footnotes wait for the body */
	OUT_NOTE,               /* a footnote's text */
	OUT_TEMP                /* a place, date, label, glossary entry: text only */
};

/* A name (persName, gloss, ...) met while writing, for the parties. */
struct named {
	size_t start, end;
	int role;               /* 0 none, 1 from, 2 to */
	char *canonical;        /* from the list of persons, or NULL */
};

struct out {
	struct buf b;
	enum out_kind kind;
	int brk;                /* pending break: 1 new line, 2 blank line */
	int space;              /* pending space */
	int fresh;              /* a list item's bullet was just written */
	int indent;             /* columns before continuation lines */
	int flat;               /* breaks become spaces (titles, places, cells) */
	int compact;            /* paragraph breaks become line breaks */
	int plain;              /* list items without bullets (signatures) */
	int lists;              /* list nesting */
	xmlNodePtr skip;        /* a node not to write */
	struct doc *scratch;    /* OUT_NOTE: notes and refs inside the note */
	int collect;            /* record names */
	struct named *names;
	size_t nnames;
};

/* ---- import_tei_text.c: strings, attributes, the list of persons, the text layout ---- */

char *tei_attr(xmlNodePtr n, const char *name);
int tei_attr_has(xmlNodePtr n, const char *name, const char *word);
char *tei_attr_in(xmlNodePtr n, const char *name, const char *ns);
int tei_attr_is(xmlNodePtr n, const char *name, const char *value);
void tei_gloss_entries_free(struct doc_gloss *v, size_t n);
const struct doc_gloss *tei_gloss_person(struct gloss_tab *g, const char *id);
void tei_gloss_push(struct gloss_tab *g, const char *id, const char *kind, const char *term, const char *gloss,
		    const char *ref);
int tei_has_prefix_ci(const char *s, const char *p);
int tei_is_alpha(unsigned char c);
int tei_is_digit(unsigned char c);
int tei_is_space(unsigned char c);
const char *tei_mem_find(const char *h, size_t hn, const char *s, size_t sn);
int tei_name_is(xmlNodePtr n, const char *name);
char *tei_nonempty(char *s);
void tei_out_break(struct out *o, int level);
void tei_out_flush(struct out *o);
void tei_out_free(struct out *o);
void tei_out_init(struct out *o, enum out_kind kind);
void tei_out_line_start(struct out *o);
void tei_out_node_text(struct tei *t, struct out *o, const char *s);
void tei_out_put(struct out *o, const char *s, size_t n);
void tei_out_span(struct out *o, const char *s, size_t *start, size_t *end);
char *tei_out_take(struct out *o);
void tei_out_text(struct out *o, const char *text, size_t n);
size_t tei_span_start(const struct out *o, size_t from);
char *tei_trim_set(char *s, const char *chars);
const char *tei_volume_of(struct tei *t);

/* ---- import_tei_body.c: the body: elements rendered into the layout ---- */

void tei_add_source(struct doc *d, char *s);
char *tei_attr_text(struct tei *t, xmlNodePtr n, const char *name);
char *tei_flat_text(struct tei *t, xmlNodePtr n, xmlNodePtr skip);
void tei_move_notes(struct doc *dst, struct doc *src, size_t start, size_t end);
void tei_render(struct tei *t, struct out *o, xmlNodePtr n);
void tei_render_children(struct tei *t, struct out *o, xmlNodePtr n);
char *tei_xml_id(struct tei *t, xmlNodePtr n);

/* ---- import_tei_head.c: the header's metadata and the lists of persons and terms ---- */

void tei_add_party(struct strv *v, char *name);
void tei_clamp_spans(struct doc *d);
uint64_t tei_doc_hash(struct tei *t, xmlNodePtr n, const char *first_page);
xmlNodePtr tei_find_desc(xmlNodePtr n, const char *name);
void tei_fix_pages(struct doc *d);
const char *tei_glossary_kind(struct tei *t, xmlNodePtr list);
char *tei_iso_range(const char *from, const char *to);
const char *tei_kind_in(const char *s);
char *tei_number_in(const char *s);
void tei_read_corresp_action(struct tei *t, xmlNodePtr a);
void tei_read_dateline(struct tei *t, xmlNodePtr dl);
void tei_read_glossary(struct tei *t, xmlNodePtr list, const char *kind);
void tei_read_head(struct tei *t, xmlNodePtr head);
void tei_read_source(struct tei *t, xmlNodePtr note);

#endif
