/* import_text.c: the importer for plain-text and Markdown exports of
 * archival documents.
 *
 * Three layouts are common (DESIGN.md, "Who uses it"):
 *  - web exports: "Skip to content", a date line, a title line, the body,
 *    a one-paragraph archive summary, "Document Information" with the
 *    archive citation, a rights statement and labelled fields ("Original
 *    Uploaded Date", "Record ID", ...);
 *  - Markdown exports: a bold date and a bold title, then **Label:**
 *    blocks (Citation, Summary, Credits, Original Language, Contents);
 *  - bare letters and telegrams whose only metadata is in the text: a
 *    telegram header, a salutation, a signature and a date line (with
 *    the sender's number by it);
 *  - editions of diplomatic papers as text: a heading "No. 31.] Mr. A to
 *    Mr. B." or a file code over "The Secretary of State to ...", an
 *    editor's "[Telegram.]", a dateline "Legation ..., / Place, date.
 *    (Received ...)" and a signature at the end.
 * Any text may mix them, so each rule looks for its own evidence rather
 * than trusting one layout decision.
 *
 * The parser works on the lines of a private copy of the text (lines.h).
 * Metadata is read from lines which are then marked as dropped; the body
 * is assembled from the lines that remain (body.c). Editorial brackets
 * are classified last, on the final body, so every note's span is exact
 * (brackets.c).
 *
 * Titles are kept as printed, brackets included ("Ciphered Telegram No.
 * 75352, Feng Xi [Stalin] to ..."): it is the archive's own title, and the
 * aliases it resolves are recorded as aliases and in from/to anyway. */
#include "dossier/import_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>
#include <uniwidth.h>

#include "dossier/body.h"
#include "dossier/brackets.h"
#include "dossier/date.h"
#include "dossier/lines.h"
#include "dossier/names.h"
#include "dossier/slice.h"
#include "dossier/text.h"
#include "dossier/util.h"

struct parser {
	struct lines L;
	size_t footer;          /* first line of a web footer, or nlines */
	int web;                /* "Skip to content" or "Document Information" */
	int markdown;           /* **Label:** blocks or a bold header */
	int letter;             /* a salutation or a closing formula was seen */
	int telegraphic;        /* signed in capitals, with no closing formula */
	int heading;            /* an edition's heading "A to B" (2: numbered) */
	int saluted;            /* the recipients are the salutation's */
	char *cite_title;       /* title and date read from a citation, used */
	char *cite_date;        /* only when the document gives none itself */
	char *cite_date_text;
	struct strv known;      /* names met in the text, to split signatures */
	struct doc *d;
};

static void parser_init(struct parser *ps, const char *text, size_t len)
{
	memset(ps, 0, sizeof *ps);
	lines_init(&ps->L, text, len);
	ps->footer = ps->L.n;
	strv_init(&ps->known);
	ps->d = doc_create();
}

static void parser_free(struct parser *ps)
{
	lines_free(&ps->L);
	free(ps->cite_title);
	free(ps->cite_date);
	free(ps->cite_date_text);
	strv_free(&ps->known);
}

/* Dates read by date.c; a header line may also hold a year alone. */
static size_t hdate_parse(const char *p, size_t n, struct date_val *v)
{
	size_t k = date_parse(p, n, 0, v);
	return k ? k : date_parse_year(p, n, v);
}

/* 1 for a year, 2 for a month, 3 for a day. */
static int hdate_precision(const struct date_val *v)
{
	return v->d ? 3 : v->m ? 2 : 1;
}

static char *hdate_iso(const struct date_val *v)
{
	char iso[11];
	date_iso(v, iso);
	return xstrdup(iso);
}

/* Separators between a date and the time or remark after it: blanks,
 * ".,;", dashes ("1950—7 p.m.") and "at". */
static struct slice date_sep_skip(struct slice s)
{
	for (;;) {
		size_t l;
		ucs4_t c = ch_at(s.p, s.n, &l);
		if (s.n > 0 && (ch_is_blank(c) || c == '.' || c == ',' || c == ';' || c == '-' || c == 0x2013 ||
				c == 0x2014))
			s = sl_from(s, l);
		else if (s.n > 2 && sl_istarts(s, "at") && ch_is_blank(ch_at(s.p + 2, s.n - 2, &l)))
			s = sl_from(s, 2);
		else
			return s;
	}
}

/* Whether what follows a date on its line leaves it a date line: nothing,
 * a time ("—7 p.m.", ", 3:00") and a parenthesised remark ("(Received
 * March 26.)": the date of arrival, which is not the document's). */
static int date_tail_ok(struct slice s)
{
	s = date_sep_skip(s);
	size_t t = date_time_len(s.p, s.n);
	if (t > 0)
		s = date_sep_skip(sl_from(s, t));
	if (s.n >= 2 && s.p[0] == '(' && s.p[s.n - 1] == ')' && memchr(s.p, ')', s.n - 1) == NULL)
		return 1;
	return sl_trim(s).n == 0;
}

/* A line that is only a date, possibly in bold, after a place ("Moscow,
 * 14 June 1951") or with a closing period, a time or a remark after it.
 * min is the least precision accepted. *printed is the date as printed. */
static int date_line(struct slice s, int min, struct date_val *dt, struct slice *printed)
{
	s = sl_trim(s);
	if (s.n >= 4 && memcmp(s.p, "**", 2) == 0 && memcmp(s.p + s.n - 2, "**", 2) == 0)
		s = sl_trim(sl_of(s.p + 2, s.n - 4));
	while (s.n > 0 && strchr(".,;", s.p[s.n - 1]) != NULL)
		s.n--;
	if (s.n == 0 || s.n > 100)
		return 0;
	size_t k = hdate_parse(s.p, s.n, dt);
	if (k == 0) {
		/* the place may have commas of its own ("Bluefields,
		 * Mosquito Reservation, Nicaragua, May 30, 1894"): the date
		 * follows one of them */
		if (!tok_is_upper(s))
			return 0;
		for (size_t c = 0; k == 0 && c + 2 < s.n && c <= 60; c++) {
			if (ch_is_digit((unsigned char)s.p[c]))
				return 0;
			if (s.p[c] == ',' && s.p[c + 1] == ' ') {
				k = hdate_parse(s.p + c + 2, s.n - c - 2, dt);
				if (k > 0)
					s = sl_from(s, c + 2);
			}
		}
		if (k == 0)
			return 0;
	}
	if (!date_tail_ok(sl_from(s, k)) || hdate_precision(dt) < min)
		return 0;
	*printed = sl_of(s.p, k);
	return 1;
}



enum field {
	F_DROP,                 /* boilerplate: drop label and value */
	F_CITATION,
	F_SUMMARY,
	F_LANGUAGE,
	F_TRANSLATOR,
	F_SOURCE,
	F_RECORD_ID,
	F_DATE,
	F_TITLE,
	F_URL,
};

struct label {
	const char *name;
	enum field field;
};

/* Labels of Markdown blocks (**Citation:**) and headings of web footers
 * ("Record ID"), with the field their value fills. */
static const struct label labels[] = {
	{ "Citation", F_CITATION },
	{ "Summary", F_SUMMARY },
	{ "Original Language", F_LANGUAGE },
	{ "Original Languages", F_LANGUAGE },
	{ "Language", F_LANGUAGE },
	{ "Languages", F_LANGUAGE },
	{ "Translated by", F_TRANSLATOR },
	{ "Translator", F_TRANSLATOR },
	{ "Source", F_SOURCE },
	{ "Original Archive", F_SOURCE },
	{ "Archive", F_SOURCE },
	{ "Record ID", F_RECORD_ID },
	{ "Date", F_DATE },
	{ "Title", F_TITLE },
	{ "URL", F_URL },
	{ "Link", F_URL },
	{ "Credits", F_DROP },
	{ "Contents", F_DROP },
	{ "Original Uploaded Date", F_DROP },
	{ "Associated People & Organizations", F_DROP },
	{ "Associated People and Organizations", F_DROP },
	{ "Associated People", F_DROP },
	{ "Associated Organizations", F_DROP },
	{ "Associated Places", F_DROP },
	{ "Associated Topics", F_DROP },
	{ "Subjects Discussed", F_DROP },
	{ "Theme", F_DROP },
	{ "Themes", F_DROP },
	{ "Type", F_DROP },
	{ "Record Type", F_DROP },
	{ "Document Type", F_DROP },
	{ "Donors", F_DROP },
	{ "Donor", F_DROP },
	{ "Funders", F_DROP },
	{ "Rights", F_DROP },
	{ "Collections", F_DROP },
	{ "Collection", F_DROP },
	{ "Related Documents", F_DROP },
	{ "Keywords", F_DROP },
	{ "Available Translations", F_DROP },
	{ "Original Classification", F_DROP },
	{ "Publication", F_DROP },
	{ "Document Information", F_CITATION },
	{ NULL, F_DROP },
};

static const struct label *label_find(struct slice s)
{
	s = sl_trim(s);
	for (size_t i = 0; labels[i].name != NULL; i++)
		if (sl_ieq(s, labels[i].name))
			return &labels[i];
	return NULL;
}

/* Takes a citation's URL out of it: "<https://...>" or a bare one. */
static void citation_url(struct parser *ps, struct buf *b)
{
	struct slice s = sl_of(b->data, b->len);
	size_t a = sl_find(s, "<http"), e = SIZE_MAX;
	size_t from, to;
	if (a != SIZE_MAX) {
		for (size_t i = a; i < s.n; i++) {
			if (s.p[i] == '>') {
				e = i;
				break;
			}
		}
		if (e == SIZE_MAX)
			return;
		from = a;
		to = e + 1;
		a++;
	} else {
		a = sl_find(s, "https://");
		if (a == SIZE_MAX)
			a = sl_find(s, "http://");
		if (a == SIZE_MAX)
			return;
		e = a;
		while (e < s.n && !ch_is_ws((unsigned char)s.p[e]))
			e++;
		from = a;
		to = e;
		while (e > a && strchr(".,;)", s.p[e - 1]) != NULL)
			e--;
	}
	if (ps->d->url == NULL) {
		char *u = xstrndup(s.p + a, e - a);
		doc_set(&ps->d->url, u);
		free(u);
	}
	memmove(b->data + from, b->data + to, b->len - to + 1);
	b->len -= to - from;
}

/* Takes "Translated by X" (or "Translated for Y by X") out of a
 * citation; X ends at a period that does not close an initial. */
static void citation_translator(struct parser *ps, struct buf *b)
{
	struct slice s = sl_of(b->data, b->len);
	size_t a = sl_find(s, "Translated ");
	if (a == SIZE_MAX)
		a = sl_find(s, "Translation by ");
	if (a == SIZE_MAX)
		return;
	struct slice after = sl_from(s, a);
	size_t by = sl_find(sl_of(after.p, after.n < 80 ? after.n : 80), "by ");
	if (by == SIZE_MAX)
		return;
	size_t start = a + by + 3, e = start;
	for (; e < s.n; e++) {
		char c = s.p[e];
		if (c == '<' || c == ';' || c == '\n')
			break;
		if (c == '.' && (e + 1 == s.n || s.p[e + 1] == ' ')) {
			/* "Gary M. Goldberg": a capital alone before the period */
			if (e >= 2 && s.p[e - 2] == ' ' && s.p[e - 1] >= 'A' && s.p[e - 1] <= 'Z')
				continue;
			break;
		}
	}
	struct slice name = sl_trim(sl_of(s.p + start, e - start));
	if (name.n > 0 && ps->d->translator == NULL) {
		char *t = sl_dup(name);
		doc_set(&ps->d->translator, t);
		free(t);
	}
	if (e < s.n && s.p[e] == '.')
		e++;
	memmove(b->data + a, b->data + e, b->len - e + 1);
	b->len -= e - a;
}

/* A Wilson Center citation: "\"Title\", Date, Wilson Center Digital
 * Archive, ARCHIVE. Translated by X <URL>". The archive part becomes the
 * source; a plain archive reference is the source as it is. */
static void citation_parse(struct parser *ps, const char *cit)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, cit);
	citation_url(ps, &b);
	citation_translator(ps, &b);
	struct slice s = sl_trim(sl_of(b.data, b.len));
	size_t l;
	ucs4_t q = ch_at(s.p, s.n, &l);
	if (q == '"' || q == 0x201c) {
		/* the closing quote is the one before the comma */
		size_t e = SIZE_MAX;
		for (size_t i = l; i < s.n; i++) {
			size_t cl;
			ucs4_t c = ch_at(s.p + i, s.n - i, &cl);
			if ((c == '"' || c == 0x201d) && i + cl < s.n && s.p[i + cl] == ',') {
				e = i;
				l = cl;
				break;
			}
		}
		if (e != SIZE_MAX) {
			struct slice title = sl_trim(sl_of(s.p + 1 + (q == '"' ? 0 : 2), e - 1 - (q == '"' ? 0 : 2)));
			if (title.n > 0 && title.p[title.n - 1] == ',')
				title.n--;
			if (ps->cite_title == NULL && title.n > 0)
				ps->cite_title = sl_dup(title);
			s = sl_trim(sl_from(s, e + l + 1));
			struct date_val dt;
			size_t k = hdate_parse(s.p, s.n, &dt);
			if (k > 0) {
				if (ps->cite_date == NULL) {
					ps->cite_date = hdate_iso(&dt);
					ps->cite_date_text = sl_dup(sl_of(s.p, k));
				}
				s = sl_from(s, k);
				if (s.n > 0 && s.p[0] == ',')
					s = sl_from(s, 1);
				s = sl_trim(s);
			}
		}
	}
	static const char *const archives[] = {
		"Wilson Center Digital Archive", "History and Public Policy Program Digital Archive",
		"Digital Archive", NULL
	};
	for (size_t i = 0; archives[i] != NULL; i++) {
		if (sl_istarts(s, archives[i])) {
			s = sl_from(s, strlen(archives[i]));
			if (s.n > 0 && s.p[0] == ',')
				s = sl_from(s, 1);
			s = sl_trim(s);
			break;
		}
	}
	while (s.n > 0 && strchr(",;", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	if (s.n > 0 && ps->d->source == NULL) {
		char *src = sl_dup(s);
		doc_set(&ps->d->source, src);
		free(src);
	}
	buf_free(&b);
}

/* Stores a labelled value in its field; the first value of a field wins. */
static void field_set(struct parser *ps, enum field f, const char *value)
{
	struct doc *d = ps->d;
	struct slice v = sl_trim(sl_cstr(value));
	if (v.n == 0)
		return;
	char *s = sl_dup(v);
	struct date_val dt;
	struct slice printed;
	switch (f) {
	case F_CITATION:
		citation_parse(ps, s);
		break;
	case F_SUMMARY:
		if (d->summary == NULL)
			doc_set(&d->summary, s);
		break;
	case F_LANGUAGE:
		if (d->language == NULL)
			doc_set(&d->language, s);
		break;
	case F_TRANSLATOR:
		if (d->translator == NULL)
			doc_set(&d->translator, sl_istarts(v, "by ") ? s + 3 : s);
		break;
	case F_SOURCE:
		if (d->source == NULL)
			doc_set(&d->source, s);
		break;
	case F_RECORD_ID:
		if (d->record_id == NULL)
			doc_set(&d->record_id, s);
		break;
	case F_DATE:
		if (d->date == NULL && date_line(v, 1, &dt, &printed)) {
			free(d->date);
			d->date = hdate_iso(&dt);
			free(d->date_text);
			d->date_text = sl_dup(printed);
		}
		break;
	case F_TITLE:
		if (d->title == NULL)
			doc_set(&d->title, s);
		break;
	case F_URL:
		if (d->url == NULL) {
			struct slice u = v;
			if (u.n >= 2 && u.p[0] == '<' && u.p[u.n - 1] == '>')
				u = sl_of(u.p + 1, u.n - 2);
			char *us = sl_dup(u);
			doc_set(&d->url, us);
			free(us);
		}
		break;
	case F_DROP:
		break;
	}
	free(s);
}

static void date_set(struct doc *d, struct date_val dt, struct slice printed)
{
	free(d->date);
	d->date = hdate_iso(&dt);
	free(d->date_text);
	d->date_text = sl_dup(printed);
}



/* Openings of the rights statement the archive appends to every page. */
static const char *const rights_openings[] = {
	"The History and Public Policy Program welcomes reuse",
	"To enquire about this document",
	"To inquire about this document",
	NULL
};

static int rights_para(struct slice t)
{
	for (size_t i = 0; rights_openings[i] != NULL; i++)
		if (sl_istarts(t, rights_openings[i]))
			return 1;
	return 0;
}

/* Drops "Skip to content" and rights statements wherever they are. */
static void boilerplate_drop(struct parser *ps)
{
	for (size_t i = 0; i < ps->L.n;) {
		if (!line_usable(&ps->L, i)) {
			i++;
			continue;
		}
		size_t j = para_end(&ps->L, i);
		struct slice t = line_text(&ps->L, i);
		if (sl_ieq(t, "Skip to content") || sl_ieq(t, "Skip to main content")) {
			ps->web = 1;
			lines_drop(&ps->L, i, i + 1);
			i++;
			continue;
		}
		if (rights_para(t))
			lines_drop(&ps->L, i, j);
		i = j;
	}
}

/* A footer heading alone on its line ("Record ID", "Record ID:"), or
 * with its value after a colon; *value is that value. */
static const struct label *footer_heading(struct slice t, struct slice *value)
{
	*value = sl_of(t.p + t.n, 0);
	const struct label *lb = label_find(t);
	if (lb != NULL)
		return lb;
	size_t c = sl_find(t, ":");
	if (c == SIZE_MAX || c > 40)
		return NULL;
	lb = label_find(sl_of(t.p, c));
	if (lb != NULL)
		*value = sl_trim(sl_from(t, c + 1));
	return lb;
}

/* Everything from "Document Information" on is metadata: the citation
 * (the paragraphs before the first heading), then headings with their
 * values. Without that heading, the footer starts at "Original Uploaded
 * Date" or "Record ID". */
static void footer_parse(struct parser *ps)
{
	size_t start = ps->L.n;
	for (size_t i = 0; i < ps->L.n && start == ps->L.n; i++)
		if (line_usable(&ps->L, i) && sl_ieq(line_text(&ps->L, i), "Document Information"))
			start = i;
	for (size_t i = 0; i < ps->L.n && start == ps->L.n; i++) {
		struct slice t = line_text(&ps->L, i);
		if (line_usable(&ps->L, i) && (sl_ieq(t, "Original Uploaded Date") || sl_ieq(t, "Record ID")))
			start = i;
	}
	if (start == ps->L.n)
		return;
	ps->web = 1;
	ps->footer = start;
	enum field cur = F_CITATION;
	int cited = 0;
	for (size_t i = start; i < ps->L.n;) {
		if (!line_usable(&ps->L, i)) {
			i++;
			continue;
		}
		struct slice value, t = line_text(&ps->L, i);
		const struct label *lb = footer_heading(t, &value);
		if (lb != NULL) {
			cur = lb->field;
			if (value.n > 0) {
				char *v = sl_dup(value);
				field_set(ps, cur, v);
				free(v);
			}
			i++;
			continue;
		}
		size_t j = para_end(&ps->L, i);
		char *v = para_join(&ps->L, i, j);
		if (cur != F_CITATION)
			field_set(ps, cur, v);
		else if (!cited++)
			citation_parse(ps, v);
		free(v);
		i = j;
	}
	lines_drop(&ps->L, start, ps->L.n);
}

/* A title's subtitle repeated on the next line ("Korea Must Be
 * Reunified: A Call for ..." then "A Call for ..."). */
static int subtitle_repeat(const char *title, struct slice t)
{
	struct slice s = sl_cstr(title);
	return t.n > 0 && s.n > t.n + 2 && memcmp(s.p + s.n - t.n, t.p, t.n) == 0 &&
	       (s.p[s.n - t.n - 1] == ' ' || s.p[s.n - t.n - 1] == ':');
}

/* The web header: an optional date line, the title line, then perhaps
 * a repeated subtitle and a byline ("by Kim Il Sung"). */
static void web_header_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	struct date_val dt;
	struct slice printed;
	if (!ps->web)
		return;
	size_t i = line_next(&ps->L, 0);
	if (i < ps->footer && date_line(line_text(&ps->L, i), 1, &dt, &printed)) {
		date_set(d, dt, printed);
		lines_drop(&ps->L, i, i + 1);
		i = line_next(&ps->L, i + 1);
	}
	if (i >= ps->footer || para_end(&ps->L, i) != i + 1 || line_text(&ps->L, i).n > 300)
		return;
	char *title = sl_dup(line_text(&ps->L, i));
	doc_set(&d->title, title);
	free(title);
	lines_drop(&ps->L, i, i + 1);
	i = line_next(&ps->L, i + 1);
	for (int k = 0; k < 3 && i < ps->footer; k++) {
		struct slice t = line_text(&ps->L, i);
		if (subtitle_repeat(d->title, t)) {
			lines_drop(&ps->L, i, i + 1);
		} else if (sl_istarts(t, "by ") && name_like(sl_from(t, 3), 0)) {
			char *name = party_resolve(d, sl_from(t, 3), 0);
			if (name != NULL && !strv_contains(&d->from, name))
				strv_push(&d->from, name);
			free(name);
			lines_drop(&ps->L, i, i + 1);
		} else {
			break;
		}
		i = line_next(&ps->L, i + 1);
	}
}



/* "**text**" with no other "**" inside: *inner is the text. */
static int bold_inner(struct slice t, struct slice *inner)
{
	if (t.n < 5 || memcmp(t.p, "**", 2) != 0 || memcmp(t.p + t.n - 2, "**", 2) != 0)
		return 0;
	struct slice in = sl_of(t.p + 2, t.n - 4);
	if (sl_find(in, "**") != SIZE_MAX)
		return 0;
	*inner = sl_trim(in);
	return inner->n > 0;
}

/* "# Title": a Markdown heading. */
static int heading_inner(struct slice t, struct slice *inner)
{
	size_t k = 0;
	while (k < t.n && k < 6 && t.p[k] == '#')
		k++;
	if (k == 0 || k >= t.n || t.p[k] != ' ')
		return 0;
	*inner = sl_trim(sl_from(t, k));
	return inner->n > 0;
}

/* "**Label:**", "**Label**:" or "**Label:** value". */
static const struct label *md_label(struct slice t, struct slice *value)
{
	if (t.n < 5 || memcmp(t.p, "**", 2) != 0)
		return NULL;
	size_t e = sl_find(sl_from(t, 2), "**");
	if (e == SIZE_MAX)
		return NULL;
	struct slice in = sl_of(t.p + 2, e);
	struct slice after = sl_from(t, e + 4);
	if (in.n > 0 && in.p[in.n - 1] == ':')
		in.n--;
	else if (after.n > 0 && after.p[0] == ':')
		after = sl_from(after, 1);
	else
		return NULL;
	*value = sl_trim(after);
	return label_find(in);
}

/* Openings of salutations that name the recipient. */
static const char *const salutations[] = {
	"To Comrades ", "To Comrade ", "To cde. ", "To Cde. ", "Dear Comrades ",
	"Dear Comrade ", "Dear ", "Comrades ", "Comrade ", "To Mr. ", "To Mrs. ",
	"To Ambassador ", "To Chairman ", "To President ", "To Premier ", "To Marshal ",
	NULL
};

/* "To PAK HEON-YEONG": an address line of a telegram, the name in
 * capitals (one to four words of capital letters, hyphens and dots). */
static int capital_address(struct slice t)
{
	if (t.n < 5 || strncmp(t.p, "To ", 3) != 0)
		return 0;
	int words = 0, in_word = 0;
	for (size_t i = 3; i < t.n; i++) {
		unsigned char c = (unsigned char)t.p[i];
		if (c == ' ') {
			in_word = 0;
			continue;
		}
		if (!((c >= 'A' && c <= 'Z') || c == '-' || c == '.' || (c == ',' && i + 1 == t.n) ||
		      (c == ':' && i + 1 == t.n)))
			return 0;
		if (!in_word && ++words > 4)
			return 0;
		in_word = 1;
	}
	return words > 0;
}

/* The salutation opening t, or NULL. */
static const char *salutation_opening(struct slice t)
{
	for (size_t i = 0; salutations[i] != NULL; i++)
		if (sl_istarts(t, salutations[i]))
			return salutations[i];
	return capital_address(t) ? "To " : NULL;
}

/* Classification markings that open documents and say nothing of them. */
static const char *const markings[] = {
	"strictly secret", "top secret", "secret", "confidential", "strictly confidential",
	"personal", "personally", "urgent", "very urgent", "most urgent", "classified",
	"restricted", "for official use only", "eyes only", "copy", "draft", "special file",
	"special folder", "top secret and personal", "secret and personal", "personal and confidential",
	NULL
};

/* Words of combined markings ("SECRET     PRIORITY", "TOP SECRET NIACT",
 * "Confidential, Immediate"): a line of these words alone is a marking. */
static const char *const marking_words[] = {
	"secret", "confidential", "priority", "niact", "urgent", "immediate", "flash",
	"routine", "operational", "restricted", "classified", "personal", "top", "strictly",
	"very", "most", "and", "eyes", "only", "limited", "distribution", "official", "use",
	"for", NULL
};

static int marking_line(struct slice t)
{
	t = sl_trim(t);
	while (t.n > 0 && strchr(".!:", t.p[t.n - 1]) != NULL)
		t.n--;
	if (tok_in(t, markings) || sl_istarts(t, "copy no") || sl_istarts(t, "copy #"))
		return 1;
	struct slice tok[8];
	size_t nt = tok_split(t, tok, 8), core = 0;
	if (nt == 0 || nt > 8)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice w = tok_bare(tok[i]);
		if (!tok_in(w, marking_words))
			return 0;
		core += tok_in(w, markings);
	}
	return core > 0;
}

/* Label blocks anywhere (the label's paragraph and the one after it),
 * then the bold date and title paragraphs that open the export. */
static void markdown_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	for (size_t i = 0; i < ps->L.n;) {
		if (!line_usable(&ps->L, i)) {
			i++;
			continue;
		}
		size_t j = para_end(&ps->L, i);
		char *t = para_join(&ps->L, i, j);
		struct slice value;
		const struct label *lb = md_label(sl_cstr(t), &value);
		if (lb != NULL) {
			ps->markdown = 1;
			lines_drop(&ps->L, i, j);
			if (value.n > 0) {
				char *v = sl_dup(value);
				field_set(ps, lb->field, v);
				free(v);
			} else {
				size_t k = line_next(&ps->L, j);
				if (k < ps->L.n) {
					size_t e = para_end(&ps->L, k);
					char *v = para_join(&ps->L, k, e);
					struct slice dummy;
					if (md_label(sl_cstr(v), &dummy) == NULL) {
						field_set(ps, lb->field, v);
						lines_drop(&ps->L, k, e);
						j = e;
					}
					free(v);
				}
			}
		}
		free(t);
		i = j;
	}
	for (size_t i = line_next(&ps->L, 0); i < ps->L.n; i = line_next(&ps->L, i)) {
		size_t j = para_end(&ps->L, i);
		char *t = para_join(&ps->L, i, j);
		struct slice inner, printed;
		struct date_val dt;
		int ok = bold_inner(sl_cstr(t), &inner) || heading_inner(sl_cstr(t), &inner);
		if (ok && d->date == NULL && date_line(inner, 1, &dt, &printed)) {
			date_set(d, dt, printed);
		} else if (ok && d->title == NULL && inner.n <= 500 && !marking_line(inner) &&
			   salutation_opening(inner) == NULL) {
			char *title = sl_dup(inner);
			doc_set(&d->title, title);
			free(title);
		} else {
			free(t);
			break;
		}
		ps->markdown = 1;
		lines_drop(&ps->L, i, j);
		free(t);
		i = j;
	}
}



/* Words ending in "s" that are not third-person verbs. */
static const char *const not_verbs[] = {
	"was", "has", "is", "his", "its", "this", "as", "us", "thus", "yes", "always",
	"perhaps", "besides", "towards", "whereas", "afterwards", "sometimes", "less",
	"unless", "nevertheless", "various", "numerous", "serious", "previous", NULL
};


/* Whether s has the shape of an archive summary: a subject naming people
 * or a body ("Stalin", "Kim Il Sung", "The Soviet Embassy", "Mao and
 * Kim") and a present-tense verb ("cables", "sends", "praises",
 * "discuss"), in at least eight words. *subject and *verb are set. */
static int summary_shape(struct slice s, struct slice *subject, struct slice *verb)
{
	size_t pos = 0, nsub = 0;
	int plural = 0;
	struct slice t = tok_next(s, &pos), first = t;
	if (sl_ieq(t, "The")) {
		t = tok_next(s, &pos);
		first = t;
	}
	struct slice last = t;
	while (t.n > 0 && nsub < 8) {
		if (tok_is_upper(t) && !tok_in(tok_bare(t), name_stops) && tok_bare(t).n == t.n) {
			nsub++;
			last = t;
		} else if (nsub > 0 && (sl_ieq(t, "and") || sl_ieq(t, "of"))) {
			plural |= sl_ieq(t, "and");
		} else {
			break;
		}
		t = tok_next(s, &pos);
	}
	if (nsub == 0 || t.n < 3 || !tok_is_lower(t) || tok_in(first, name_stops))
		return 0;
	for (size_t i = 0; i < t.n; i++)
		if (!ch_is_alpha((unsigned char)t.p[i]))
			return 0;
	if (plural ? tok_in(t, name_function_words)
		   : (t.p[t.n - 1] != 's' || sl_iends(t, "ss") || sl_iends(t, "us") || tok_in(t, not_verbs)))
		return 0;
	size_t words = nsub + 2;
	while (words < 8 && tok_next(s, &pos).n > 0)
		words++;
	if (words < 8)
		return 0;
	*subject = sl_of(first.p, (size_t)(last.p + last.n - first.p));
	*verb = t;
	return 1;
}

static int ends_sentence(struct slice t)
{
	size_t l;
	ucs4_t c = ch_before(t.p, t.n, &l);
	return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201d || c == ')';
}

/* The web export's summary is the last paragraph before the footer (or
 * of the text) when it has the summary's shape; an export may also have
 * glued it to the last paragraph as its final line. */
static void summary_find(struct parser *ps)
{
	struct slice subj, verb;
	if (ps->d->summary != NULL)
		return;
	size_t last = SIZE_MAX;
	for (size_t i = 0; i < ps->footer; i++)
		if (line_usable(&ps->L, i))
			last = i;
	if (last == SIZE_MAX)
		return;
	size_t first = last;
	while (first > 0 && line_usable(&ps->L, first - 1))
		first--;
	char *p = para_join(&ps->L, first, last + 1);
	if (summary_shape(sl_cstr(p), &subj, &verb)) {
		doc_set(&ps->d->summary, p);
		lines_drop(&ps->L, first, last + 1);
	} else if (last > first && ends_sentence(line_text(&ps->L, last - 1)) &&
		   summary_shape(line_text(&ps->L, last), &subj, &verb)) {
		char *s = sl_dup(line_text(&ps->L, last));
		doc_set(&ps->d->summary, s);
		free(s);
		lines_drop(&ps->L, last, last + 1);
	}
	free(p);
}

/* Verbs of summaries whose subject is the sender ("Shtykov reports"). */
static const char *const sending_verbs[] = {
	"reports", "cables", "sends", "writes", "informs", "tells", "asks", "requests",
	"telegraphs", "conveys", "notifies", "transmits", "relays", "replies", "responds",
	"answers", "instructs", "orders", "proposes", "wires", "advises", "warns",
	"urges", "forwards", "submits", "appeals", NULL
};

static void sender_from_summary(struct parser *ps)
{
	struct slice subj, verb;
	struct doc *d = ps->d;
	if (d->from.n > 0 || d->summary == NULL || !summary_shape(sl_cstr(d->summary), &subj, &verb) ||
	    !tok_in(verb, sending_verbs) || !name_like(subj, 0))
		return;
	char *name = name_canonical(subj);
	if (name != NULL)
		strv_push_owned(&d->from, name);
}



struct kind_word {
	const char *word;
	const char *kind;
};

static const struct kind_word kind_words[] = {
	{ "telegram", "telegram" }, { "telegramme", "telegram" }, { "cable", "cable" },
	{ "cablegram", "cable" }, { "letter", "letter" }, { "directive", "directive" },
	{ "memorandum", "memorandum" }, { "memo", "memorandum" }, { "report", "report" },
	{ "pamphlet", "pamphlet" }, { "interview", "interview" }, { "note", "note" },
	{ "instruction", "instruction" }, { "instructions", "instruction" },
	{ "despatch", "despatch" }, { "dispatch", "despatch" }, { "message", "message" }, { "minutes", "minutes" }, { "resolution", "resolution" },
	{ "decree", "decree" }, { "order", "order" }, { "speech", "speech" },
	{ "statement", "statement" }, { "diary", "diary" }, { "transcript", "transcript" },
	{ "protocol", "protocol" }, { "decision", "decision" }, { "appeal", "appeal" },
	{ "conversation", "record of conversation" }, { NULL, NULL },
};

/* Nouns that make "X of (a) Conversation" a record of conversation. */
static const char *const record_words[] = {
	"record", "memorandum", "minutes", "notes", "transcript", "summary", NULL
};

/* Finds a kind phrase among the first `within` words of t ("Ciphered
 * Telegram", "Memorandum of Conversation"); *after is the text after it. */
static const char *kind_find(struct slice t, size_t within, struct slice *after)
{
	struct slice tok[8];
	size_t nt = tok_split(t, tok, 8);
	if (nt > 8)
		nt = 8;
	for (size_t i = 0; i < nt && i < within; i++) {
		struct slice w = tok_bare(tok[i]);
		if (tok_in(w, record_words) && i + 2 < nt && sl_ieq(tok[i + 1], "of")) {
			size_t k = i + 2;
			if (k + 1 < nt && (sl_ieq(tok[k], "a") || sl_ieq(tok[k], "the")))
				k++;
			struct slice c = tok_bare(tok[k]);
			if (sl_ieq(c, "conversation") || sl_ieq(c, "conversations") || sl_ieq(c, "talks")) {
				*after = sl_of(tok[k].p + c.n, (size_t)(t.p + t.n - tok[k].p) - c.n);
				return "record of conversation";
			}
		}
		for (size_t j = 0; kind_words[j].word != NULL; j++) {
			if (sl_ieq(w, kind_words[j].word)) {
				*after = sl_of(tok[i].p + w.n, (size_t)(t.p + t.n - tok[i].p) - w.n);
				return kind_words[j].kind;
			}
		}
	}
	return NULL;
}

/* Reads a document number after a kind ("No. 75352", "# 600428/sh");
 * returns the text after it. */
static struct slice number_read(struct slice s, char **number)
{
	/* "Nº" and "N°" are how many typefaces print the numero sign */
	static const char *const marks[] = { "No.", "No ", "Nr.", "#", "\xe2\x84\x96", "N\xc2\xba", "N\xc2\xb0", NULL };
	struct slice t = sl_ltrim(s);
	size_t k = 0;
	for (size_t i = 0; marks[i] != NULL && k == 0; i++)
		if (sl_istarts(t, marks[i]))
			k = strlen(marks[i]);
	if (k == 0)
		return s;
	t = sl_ltrim(sl_from(t, k));
	size_t e = 0;
	int digit = 0;
	while (e < t.n && (ch_is_alpha((unsigned char)t.p[e]) || ch_is_digit((unsigned char)t.p[e]) ||
			   strchr("/-.", t.p[e]) != NULL)) {
		digit |= ch_is_digit((unsigned char)t.p[e]);
		e++;
	}
	while (e > 0 && strchr(".-/", t.p[e - 1]) != NULL)
		e--;
	if (!digit || e == 0)
		return s;
	*number = xstrndup(t.p, e);
	return sl_from(t, e);
}

/* Senders and recipients from a title: "X to Y", "from X to Y", "by X",
 * "between X and Y". Without a kind word, "X to Y" must read as parties
 * on both sides. */
static void title_parties(struct parser *ps, struct slice rest, int kinded)
{
	struct doc *d = ps->d;
	rest = sl_trim(rest);
	while (rest.n > 0 && strchr(",:-", rest.p[0]) != NULL)
		rest = sl_trim(sl_from(rest, 1));
	if (kinded && sl_istarts(rest, "between ")) {
		rest = sl_from(rest, 8);
		size_t a = sl_find_top(rest, " and ");
		if (a != SIZE_MAX) {
			parties_add(ps->d, &d->from, sl_of(rest.p, a));
			parties_add(ps->d, &d->to, sl_from(rest, a + 5));
		}
		return;
	}
	if (kinded && sl_istarts(rest, "to ")) {
		parties_add(ps->d, &d->to, sl_from(rest, 3));
		return;
	}
	int prep = 0;
	if (sl_istarts(rest, "from ") || sl_istarts(rest, "by ")) {
		rest = sl_from(rest, rest.p[0] == 'b' || rest.p[0] == 'B' ? 3 : 5);
		prep = 1;
	}
	size_t to = sl_find_top(rest, " to ");
	if (to == SIZE_MAX) {
		if (prep)
			parties_add(ps->d, &d->from, rest);
		return;
	}
	struct slice from = sl_of(rest.p, to), dest = sl_from(rest, to + 4);
	if (!kinded && !prep) {
		/* both sides must be parties before anything is recorded */
		size_t sep, k = party_sep(from, &sep);
		char *a = party_resolve(ps->d, k == SIZE_MAX ? from : sl_of(from.p, k), 1);
		k = party_sep(dest, &sep);
		char *b = party_resolve(ps->d, k == SIZE_MAX ? dest : sl_of(dest.p, k), 1);
		int ok = a != NULL && b != NULL;
		free(a);
		free(b);
		if (!ok)
			return;
	}
	parties_add(ps->d, &d->from, from);
	parties_add(ps->d, &d->to, dest);
}

/* A file code over a document and the kind after it, as editions of
 * diplomatic papers print them ("761.00/10–1450: Telegram"): the code is
 * one word with digits and a "." or "/". Returns the kind, or NULL;
 * *code is the code. */
static const char *file_code_line(struct slice t, struct slice *code)
{
	size_t c = sl_find(t, ": ");
	if (c == SIZE_MAX || c == 0 || c > 40)
		return NULL;
	struct slice k = sl_of(t.p, c);
	size_t up, low, dig;
	sl_letters(k, &up, &low, &dig);
	if (dig == 0 || (sl_find(k, ".") == SIZE_MAX && sl_find(k, "/") == SIZE_MAX) || low > 0)
		return NULL;
	for (size_t i = 0, l; i < k.n; i += l)
		if (ch_is_ws(ch_at(k.p + i, k.n - i, &l)))
			return NULL;
	struct slice rest = sl_trim(sl_from(t, c + 2)), after;
	while (rest.n > 0 && rest.p[rest.n - 1] == '.')
		rest.n--;
	const char *kind = kind_find(rest, 3, &after);
	if (kind == NULL || sl_trim(after).n > 0)
		return NULL;
	*code = k;
	return kind;
}

/* Whether "A to B" reads as parties on both sides. */
static int heading_sides(struct parser *ps, struct slice s)
{
	size_t to = sl_find_top(s, " to ");
	if (to == SIZE_MAX)
		return 0;
	struct slice sides[2] = { sl_of(s.p, to), sl_from(s, to + 4) };
	int ok = 1;
	for (int k = 0; k < 2 && ok; k++) {
		size_t sep, e = party_sep(sides[k], &sep);
		struct slice first = sl_trim(e == SIZE_MAX ? sides[k] : sl_of(sides[k].p, e));
		char *name = party_resolve(ps->d, first, 1);
		ok = name != NULL && !tok_in(first, name_stops);
		free(name);
	}
	return ok;
}

/* The heading of a bare document in the form editions of diplomatic
 * correspondence print: "No. 31.] Mr. Baker to Mr. Gresham." (the
 * despatch's or instruction's own number before the bracket), or "The
 * Secretary of State to the Ambassador in the Soviet Union (Kirk)" under
 * a file code. It is the title, and comes out of the body; the file code
 * is the source. Markings and an editor's "[Telegram.]" may come first. */
static void heading_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	size_t i = line_next(&ps->L, 0);
	for (int k = 0; k < 4 && i < ps->footer; k++, i = line_next(&ps->L, i + 1)) {
		struct slice t = line_text(&ps->L, i), code;
		const char *kind = file_code_line(t, &code);
		if (kind != NULL) {
			if (d->kind == NULL)
				doc_set(&d->kind, kind);
			if (d->source == NULL) {
				char *c = sl_dup(code);
				doc_set(&d->source, c);
				free(c);
			}
			lines_drop(&ps->L, i, i + 1);
			continue;
		}
		if (marking_line(t) || (t.n > 2 && t.p[0] == '[' && t.p[t.n - 1] == ']' && sl_find(t, " ") == SIZE_MAX))
			continue;
		if (t.n > 200 || para_end(&ps->L, i) != i + 1)
			return;
		char *num = NULL;
		struct slice rest = t;
		if (sl_istarts(t, "No")) {
			rest = sl_trim(number_read(t, &num));
			if (rest.n > 0 && rest.p[0] == '.')
				rest = sl_from(rest, 1);
			if (num == NULL || rest.n == 0 || rest.p[0] != ']') {
				free(num);
				return;
			}
			rest = sl_trim(sl_from(rest, 1));
		}
		while (rest.n > 0 && rest.p[rest.n - 1] == '.')
			rest.n--;
		for (size_t c = 0; c < rest.n; c++) {
			if (ch_is_digit((unsigned char)rest.p[c])) {
				free(num);
				return;
			}
		}
		if (!heading_sides(ps, rest)) {
			free(num);
			return;
		}
		char *title = sl_dup(rest);
		doc_set(&d->title, title);
		free(title);
		if (num != NULL && d->number == NULL)
			doc_set(&d->number, num);
		ps->heading = num != NULL ? 2 : 1;
		free(num);
		lines_drop(&ps->L, i, i + 1);
		return;
	}
}

static void title_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	/* a title is a line; a longer text is no title to parse */
	if (d->title == NULL || strlen(d->title) > 500)
		return;
	struct slice t = sl_cstr(d->title), after = t;
	const char *kind = kind_find(t, 6, &after);
	if (kind != NULL) {
		if (d->kind == NULL)
			doc_set(&d->kind, kind);
		char *num = NULL;
		after = number_read(after, &num);
		if (num != NULL && d->number == NULL)
			doc_set(&d->number, num);
		free(num);
	}
	title_parties(ps, kind ? after : t, kind != NULL);
}



/* A telegram's header line: "CIPHERED TELEGRAM # 75352". */
static void kind_header(struct parser *ps)
{
	struct doc *d = ps->d;
	size_t i = line_next(&ps->L, 0);
	for (int k = 0; k < 12 && i < ps->footer; k++, i = line_next(&ps->L, i + 1)) {
		struct slice t = line_text(&ps->L, i), after;
		if (t.n > 80)
			continue;
		/* an editor's "[Telegram.]", "[Cablegram.]", "[Telegram—
		 * Translation.]" over the document: the kind must open it, so
		 * "[attached handwritten letter]" is none */
		int bracket = t.n > 2 && t.p[0] == '[' && t.p[t.n - 1] == ']';
		if (bracket) {
			t = sl_of(t.p + 1, t.n - 2);
			for (size_t c = 0; c < t.n; c++) {
				if (sl_istarts(sl_from(t, c), "\xe2\x80\x94") || sl_istarts(sl_from(t, c), "\xe2\x80\x93") ||
				    sl_istarts(sl_from(t, c), " - ")) {
					t.n = c;
					break;
				}
			}
			while (t.n > 0 && t.p[t.n - 1] == '.')
				t.n--;
		}
		const char *kind = kind_find(t, bracket ? 2 : 3, &after);
		if (kind == NULL)
			continue;
		char *num = NULL;
		after = sl_trim(number_read(after, &num));
		if (after.n == 0) {
			if (d->kind == NULL)
				doc_set(&d->kind, kind);
			if (d->number == NULL && num != NULL)
				doc_set(&d->number, num);
			free(num);
			return;
		}
		free(num);
	}
}

/* A bare document's date is its first line that is only a date, of at
 * least a month's precision (a lone year may be a page's furniture). */
static void date_scan(struct parser *ps)
{
	struct date_val dt;
	struct slice printed;
	for (size_t i = 0; i < ps->footer; i++) {
		if (line_usable(&ps->L, i) && date_line(line_text(&ps->L, i), 2, &dt, &printed)) {
			date_set(ps->d, dt, printed);
			return;
		}
	}
}

/* The salutation among the opening lines ("To Comrade Stalin, I.V.",
 * "Dear Comrade Mao Zedong,", "Comrade Kim Il Sung!") names recipients. */
static void salutation_parse(struct parser *ps)
{
	size_t i = line_next(&ps->L, 0);
	for (int k = 0; k < 4 && i < ps->footer; k++, i = line_next(&ps->L, i + 1)) {
		struct slice t = line_text(&ps->L, i), inner;
		if (t.n > 100)
			continue;
		if (bold_inner(t, &inner))
			t = inner;
		const char *open = salutation_opening(t);
		if (open != NULL) {
			struct slice rest = sl_from(t, strlen(open));
			while (rest.n > 0 && strchr("!:,", rest.p[rest.n - 1]) != NULL)
				rest.n--;
			if (tok_in(rest, name_stops))
				return;
			if (ps->d->to.n == 0)
				ps->saluted = parties_add(ps->d, &ps->d->to, rest) > 0;
			/* An address in capitals heads telegrams as often as
			 * letters: it names no kind. */
			if (!capital_address(t))
				ps->letter = 1;
			return;
		}
	}
}

/* Forms of address that open an inside address ("The Honorable / Dean
 * Acheson, / Secretary of State"). */
static const char *const address_forms[] = {
	"The Honorable", "The Honourable", "The Right Honorable", "The Right Honourable",
	"The Hon.", "Honorable", "His Excellency", "Her Excellency", NULL
};

/* The inside address names the recipient in full: it wins over a
 * salutation, which gives a first name ("Dear Dean:") or a title. The
 * name is on the form's line or the next one. */
static void address_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	if (d->to.n > 0 && !ps->saluted)
		return;
	for (size_t i = line_next(&ps->L, 0); i < ps->footer; i = line_next(&ps->L, i + 1)) {
		struct slice t = line_text(&ps->L, i);
		if (t.n > 80)
			continue;
		size_t k = 0;
		for (size_t f = 0; address_forms[f] != NULL && k == 0; f++)
			if (sl_istarts(t, address_forms[f]) &&
			    (t.n == strlen(address_forms[f]) || t.p[strlen(address_forms[f])] == ' '))
				k = strlen(address_forms[f]);
		if (k == 0)
			continue;
		struct slice name = sl_trim(sl_from(t, k));
		if (name.n == 0 && i + 1 < ps->L.n && line_usable(&ps->L, i + 1))
			name = line_text(&ps->L, i + 1);
		while (name.n > 0 && strchr(",.:", name.p[name.n - 1]) != NULL)
			name.n--;
		if (name.n == 0 || !name_like(name, 0))
			return;
		char *canon = name_canonical(name);
		if (canon == NULL)
			return;
		strv_free(&d->to);
		strv_init(&d->to);
		strv_push_owned(&d->to, canon);
		ps->saluted = 0;
		return;
	}
}

/* Reads up to four capitalised words from *pos ("Gao Gang" in "Gao Gang
 * and Kim Il Sung:"); punctuation after a word ends the run and sets
 * *closed. *pos is left after the run. */
static struct slice name_run(struct slice s, size_t *pos, int *closed)
{
	size_t p = *pos, start = SIZE_MAX, end = 0;
	*closed = 0;
	for (int n = 0; n < 4; n++) {
		size_t q = p;
		struct slice w = tok_next(s, &q), b = tok_bare(w);
		if (w.n == 0 || !tok_is_upper(w) || tok_in(b, name_stops) || tok_in(b, name_honorifics))
			break;
		if (start == SIZE_MAX)
			start = (size_t)(w.p - s.p);
		end = (size_t)(b.p + b.n - s.p);
		p = q;
		if (b.n != w.n) {
			*closed = 1;
			break;
		}
	}
	*pos = p;
	return start == SIZE_MAX ? sl_of(s.p, 0) : sl_of(s.p + start, end - start);
}

static void known_add(struct parser *ps, const char *name)
{
	if (ps->known.n < 64 && !strv_contains(&ps->known, name))
		strv_push(&ps->known, name);
}

/* Names that follow "Comrade", "Comrades", "cde." in the text, and the
 * parties already known: what a signature of several names is made of. */
static void known_collect(struct parser *ps)
{
	struct doc *d = ps->d;
	for (size_t i = 0; i < d->from.n; i++)
		known_add(ps, d->from.v[i]);
	for (size_t i = 0; i < d->to.n; i++)
		known_add(ps, d->to.v[i]);
	for (size_t i = 0; i < ps->footer && ps->known.n < 64; i++) {
		if (ps->L.v[i].drop)
			continue;
		struct slice s = line_raw(&ps->L, i);
		size_t pos = 0;
		for (struct slice t = tok_next(s, &pos); t.n > 0; t = tok_next(s, &pos)) {
			if (!sl_ieq(t, "Comrade") && !sl_ieq(t, "Comrades") && !sl_ieq(t, "cde."))
				continue;
			/* "Comrades Gao Gang and Kim Il Sung" names two */
			for (;;) {
				int closed;
				struct slice run = name_run(s, &pos, &closed);
				char *name = run.n ? name_canonical(run) : NULL;
				if (name == NULL)
					break;
				known_add(ps, name);
				free(name);
				size_t p2 = pos;
				if (closed || !sl_ieq(tok_next(s, &p2), "and"))
					break;
				pos = p2;
			}
		}
	}
}

/* Splits a signature line into names: known names first ("Gao Gang Kim Il
 * Sung" is two), then ", " and " and ", else the line is one name. */
static void signature_names(struct parser *ps, struct slice line, struct strv *out)
{
	struct slice tok[12];
	size_t nt = tok_split(line, tok, 12), i = 0;
	struct strv got;
	strv_init(&got);
	while (nt <= 12 && i < nt) {
		size_t best = 0;
		for (size_t k = 0; k < ps->known.n; k++) {
			struct slice kt[8];
			size_t kn = tok_split(sl_cstr(ps->known.v[k]), kt, 8);
			if (kn == 0 || kn > 8 || i + kn > nt || kn <= best)
				continue;
			size_t m = 0;
			while (m < kn) {
				char *x = name_titlecase(tok_bare(tok[i + m]));
				int eq = kt[m].n == strlen(x) && memcmp(kt[m].p, x, kt[m].n) == 0;
				free(x);
				if (!eq)
					break;
				m++;
			}
			if (m == kn)
				best = kn;
		}
		if (best == 0)
			break;
		char *name = name_canonical(sl_of(tok[i].p, (size_t)(tok[i + best - 1].p + tok[i + best - 1].n - tok[i].p)));
		if (name != NULL)
			strv_push_owned(&got, name);
		i += best;
	}
	if (nt <= 12 && i == nt && got.n > 0) {
		for (size_t k = 0; k < got.n; k++)
			if (!strv_contains(out, got.v[k]))
				strv_push(out, got.v[k]);
	} else {
		parties_add(ps->d, out, line);
	}
	strv_free(&got);
}

/* Closing formulas after which letters are signed. */
static const char *const closings[] = {
	"with communist greetings", "with comradely greetings", "with fraternal greetings",
	"with greetings", "with respect", "with best", "with communist", "with comradely",
	"communist greetings", "comradely greetings", "fraternal greetings", "yours",
	"respectfully", "sincerely", "faithfully", "cordially", "best regards", "regards",
	NULL
};

static int closing_line(struct slice t)
{
	struct slice tok[8];
	if (t.n > 60 || tok_split(t, tok, 8) > 6)
		return 0;
	for (size_t i = 0; closings[i] != NULL; i++)
		if (sl_istarts(t, closings[i]))
			return 1;
	return 0;
}

/* The signature is the line after a closing formula, or else the line
 * just before the date line, when it reads as names. */
/* A line that is only a document number ("No. 47/sh", "# 600436/sh",
 * "Nº 2390"); *number gets it. "To No. 8600." (the one answered) and
 * "No. 3 of the regiment" are not. */
static int number_line(struct slice t, char **number)
{
	char *num = NULL;
	struct slice after = sl_trim(number_read(t, &num));
	if (num == NULL)
		return 0;
	if (after.n > 1 || (after.n == 1 && after.p[0] != '.')) {
		free(num);
		return 0;
	}
	*number = num;
	return 1;
}

/* A number alone on the line before or after the date line is the
 * sender's own number of the document: telegrams end "SHTYKOV / No.
 * 47/sh / 31 January 1950" or head "From BEIJING / Nº 2390 / 13 May
 * 1950". Returns that line, or SIZE_MAX. */
static size_t number_by_date(struct parser *ps, size_t date_at)
{
	if (date_at == SIZE_MAX)
		return SIZE_MAX;
	size_t around[2] = { line_prev(&ps->L, date_at), line_next(&ps->L, date_at + 1) };
	for (size_t k = 0; k < 2; k++) {
		char *num = NULL;
		size_t i = around[k];
		if (i >= ps->footer || !number_line(line_text(&ps->L, i), &num))
			continue;
		if (ps->d->number == NULL)
			doc_set(&ps->d->number, num);
		free(num);
		return i;
	}
	return SIZE_MAX;
}

/* The signature is the line after a closing formula, or else the line
 * just before the date line (or before the number line by it), when it
 * reads as names. ps->telegraphic: it is in capitals with no closing
 * formula, as telegrams are sent and decoded (letters are signed by
 * hand). */
static void signature_parse(struct parser *ps, size_t date_at, size_t number_at)
{
	size_t sig = SIZE_MAX;
	int closed = 0;
	for (size_t i = line_next(&ps->L, 0); i < ps->footer; i = line_next(&ps->L, i + 1)) {
		if (closing_line(line_text(&ps->L, i))) {
			ps->letter = 1;
			closed = 1;
			sig = line_next(&ps->L, i + 1);
			break;
		}
	}
	if (sig == SIZE_MAX && ps->heading) {
		/* under a heading the date line opens the document: the
		 * signature is its last line */
		sig = line_prev(&ps->L, ps->footer);
	} else if (sig == SIZE_MAX && date_at != SIZE_MAX) {
		sig = line_prev(&ps->L, date_at);
		if (sig != SIZE_MAX && sig == number_at)
			sig = line_prev(&ps->L, sig);
	}
	if (sig >= ps->footer)
		return;
	struct slice t = line_text(&ps->L, sig);
	struct slice plain = t;
	size_t b = sl_find(t, "[");
	if (b == SIZE_MAX)
		b = sl_find(t, "(");
	if (b != SIZE_MAX)
		plain = sl_trim(sl_of(t.p, b));
	struct slice tok[12];
	if (plain.n == 0 || tok_split(plain, tok, 12) > 8 || !name_like(plain, 1) || marking_line(plain))
		return;
	size_t up, low, dig;
	sl_letters(plain, &up, &low, &dig);
	ps->telegraphic = !closed && low == 0 && up >= 2;
	/* a heading's office ("The Secretary of State to ...") gives way
	 * to the name it is signed with */
	struct strv *from = &ps->d->from;
	if (from->n == 1 && party_office(sl_cstr(from->v[0]))) {
		strv_free(from);
		strv_init(from);
	}
	if (from->n > 0)
		return;
	/* Only a signature needs the names of the text: reading every
	 * line for them is a good part of the parse. */
	known_collect(ps);
	signature_names(ps, t, &ps->d->from);
}

static size_t date_line_index(struct parser *ps)
{
	struct date_val dt;
	struct slice printed;
	for (size_t i = 0; i < ps->footer; i++)
		if (line_usable(&ps->L, i) && date_line(line_text(&ps->L, i), 2, &dt, &printed))
			return i;
	return SIZE_MAX;
}

/* Price lines of pamphlets: "25 cents", "$1.00", "Price: 10 cents". */
static int price_line(struct slice t)
{
	if (sl_istarts(t, "price"))
		return 1;
	size_t i = 0;
	if (i < t.n && t.p[i] == '$')
		i++;
	size_t d0 = i;
	while (i < t.n && (ch_is_digit((unsigned char)t.p[i]) || t.p[i] == '.'))
		i++;
	if (i == d0)
		return 0;
	struct slice rest = sl_trim(sl_from(t, i));
	return (rest.n == 0 && t.p[0] == '$') || sl_ieq(rest, "cents") || sl_ieq(rest, "cent") ||
	       sl_ieq(rest, "c") || sl_ieq(rest, "\xc2\xa2");
}

/* A pamphlet says who published it or what it costs in its front matter. */
static void pamphlet_detect(struct parser *ps)
{
	if (ps->d->kind != NULL)
		return;
	size_t i = line_next(&ps->L, 0);
	for (int k = 0; k < 40 && i < ps->footer; k++, i = line_next(&ps->L, i + 1)) {
		struct slice t = line_text(&ps->L, i);
		if (sl_istarts(t, "Published by") || price_line(t)) {
			doc_set(&ps->d->kind, "pamphlet");
			return;
		}
	}
}

/* What a heading's dateline says of its sender: 1 for a ministry or
 * department at home, 2 for a legation, embassy or consulate abroad, 3 for
 * a consulate or agency; 0 if it names none. The institution is on the
 * line before the date ("Legation of the United States,") or opens it. */
static int dateline_office(struct parser *ps, size_t date_at)
{
	static const char *const home[] = { "department", "ministry", "office", "commissariat", NULL };
	static const char *const missions[] = { "legation", "embassy", "mission", NULL };
	static const char *const consular[] = { "consulate", "consulate-general", "agency", NULL };
	if (date_at == SIZE_MAX)
		return 0;
	struct slice lines[2] = { sl_of("", 0), line_text(&ps->L, date_at) };
	size_t prev = line_prev(&ps->L, date_at);
	if (prev != SIZE_MAX && line_text(&ps->L, prev).n > 0 && line_text(&ps->L, prev).p[line_text(&ps->L, prev).n - 1] == ',')
		lines[0] = line_text(&ps->L, prev);
	for (int k = 0; k < 2; k++) {
		size_t c = sl_find(lines[k], ",");
		struct slice place = k == 1 && c != SIZE_MAX ? sl_of(lines[k].p, c) : lines[k];
		size_t pos = 0;
		for (struct slice w = tok_next(place, &pos); w.n > 0; w = tok_next(place, &pos)) {
			w = tok_bare(w);
			if (tok_in(w, missions))
				return 2;
			if (tok_in(w, consular))
				return 3;
			if (tok_in(w, home))
				return 1;
		}
	}
	return 0;
}

/* A numbered heading's communication is an instruction when the
 * department sends it and a despatch when a mission does; one without a
 * number between a department or legation and another is a note (notes
 * to and from foreign representatives are not numbered). A telegram's
 * number opens its text ("283. Embtel 598 ..."), unless that is the first
 * of numbered paragraphs. */
static void heading_kind(struct parser *ps, size_t date_at)
{
	struct doc *d = ps->d;
	if (!ps->heading)
		return;
	if (d->kind == NULL) {
		int office = dateline_office(ps, date_at);
		if (ps->heading == 2 && office == 1)
			doc_set(&d->kind, "instruction");
		else if (ps->heading == 2 && office >= 2)
			doc_set(&d->kind, "despatch");
		else if (ps->heading == 1 && (office == 1 || office == 2))
			doc_set(&d->kind, "note");
	}
	if (d->kind == NULL || strcmp(d->kind, "telegram") != 0 || d->number != NULL || date_at == SIZE_MAX)
		return;
	size_t i = line_next(&ps->L, date_at + 1);
	if (i >= ps->footer)
		return;
	struct slice t = line_text(&ps->L, i);
	int n = 0;
	size_t k = sl_digits(t.p, t.n, 6, &n);
	if (k == 0 || k + 2 >= t.n || t.p[k] != '.' || t.p[k + 1] != ' ' || !tok_is_upper(sl_from(t, k + 2)))
		return;
	char *next = xasprintf("%d. ", n + 1);
	int listed = 0;
	for (size_t j = line_next(&ps->L, i + 1); j < ps->footer && !listed; j = line_next(&ps->L, j + 1))
		listed = sl_istarts(line_text(&ps->L, j), next);
	free(next);
	if (listed)
		return;
	char *num = xstrndup(t.p, k);
	doc_set(&d->number, num);
	free(num);
}

static void letter_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	if (d->kind == NULL)
		kind_header(ps);
	if (d->date == NULL && ps->cite_date == NULL && !ps->web)
		date_scan(ps);
	salutation_parse(ps);
	address_parse(ps);
	size_t date_at = date_line_index(ps);
	heading_kind(ps, date_at);
	size_t number_at = number_by_date(ps, date_at);
	signature_parse(ps, date_at, number_at);
	/* signed in capitals and numbered by the sender's cipher office
	 * ("SHTYKOV / No. 47/sh / 31 January 1950"): a telegram. Either
	 * alone is not enough: letters carry outgoing numbers too, and a
	 * name may be typed in capitals. */
	if (d->kind == NULL && ps->telegraphic && number_at != SIZE_MAX)
		doc_set(&d->kind, "telegram");
	if (d->kind == NULL && ps->letter)
		doc_set(&d->kind, "letter");
}



/* Whether a paragraph is only editorial apparatus ("[...]") or a
 * classification marking: no title there. */
static int para_furniture(struct slice p)
{
	p = sl_trim(p);
	if (p.n > 0 && p.p[0] == '[' && p.p[p.n - 1] == ']' && sl_find(sl_of(p.p + 1, p.n - 1), "[") == SIZE_MAX)
		return 1;
	return marking_line(p) || p.n < 3;
}

/* Abbreviations whose period does not end a sentence. */
static const char *const abbreviations[] = {
	"no.", "mr.", "mrs.", "dr.", "cde.", "amb.", "gen.", "col.", "st.", "vs.", "etc.",
	"i.e.", "e.g.", "cf.", "op.", "d.", "f.", "ll.", "p.", "pp.", "u.s.", "u.n.", NULL
};

/* The first sentence of p, at most 2000 bytes of it. */
static struct slice first_sentence(struct slice p)
{
	size_t n = p.n < 2000 ? p.n : 2000;
	for (size_t i = 0; i < n; i++) {
		char c = p.p[i];
		if (c != '.' && c != '!' && c != '?')
			continue;
		if (i + 1 < p.n && p.p[i + 1] != ' ' && p.p[i + 1] != '\n')
			continue;
		size_t ws = i;
		while (ws > 0 && p.p[ws - 1] != ' ' && p.p[ws - 1] != '\n')
			ws--;
		struct slice word = sl_of(p.p + ws, i + 1 - ws);
		if (c == '.' && (tok_in(word, abbreviations) || tok_is_initials(word)))
			continue;
		return sl_of(p.p, i + 1);
	}
	return sl_of(p.p, n);
}

/* Cuts s at a word boundary to at most max columns, adding "…". */
static char *title_cut(struct slice s, size_t max)
{
	s = sl_trim(s);
	if (s.n > 0 && s.p[s.n - 1] == '.')
		s.n--;
	if (text_width(s.p, s.n) <= max)
		return sl_dup(s);
	size_t w = 0, cut = 0, hard = 0;
	for (size_t i = 0, l; i < s.n; i += l) {
		ucs4_t c = ch_at(s.p + i, s.n - i, &l);
		int cw = uc_width(c, "UTF-8");
		if (w + (size_t)(cw > 0 ? cw : 0) > max - 1)
			break;
		w += (size_t)(cw > 0 ? cw : 0);
		hard = i + l;
		if (c == ' ')
			cut = i;
	}
	struct slice head = sl_of(s.p, cut > 0 ? cut : hard);
	head = sl_rtrim(head);
	while (head.n > 0 && strchr(",;:-", head.p[head.n - 1]) != NULL)
		head = sl_rtrim(sl_of(head.p, head.n - 1));
	return xasprintf("%.*s\xe2\x80\xa6", (int)head.n, head.p);
}

/* "Letter from Gao Gang and Kim Il Sung to Stalin". */
static void names_join(struct buf *b, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++) {
		if (i > 0)
			buf_adds(b, i + 1 == v->n ? " and " : ", ");
		buf_adds(b, v->v[i]);
	}
}

static void title_fallback(struct parser *ps, const char *path)
{
	struct doc *d = ps->d;
	if (d->title != NULL)
		return;
	/* what the archive would call it: "Letter from A and B to C",
	 * "Telegram No. 600428/sh from Stalin" */
	if (d->kind != NULL && (d->from.n > 0 || d->to.n > 0 || d->number != NULL)) {
		struct buf b;
		buf_init(&b);
		buf_addc(&b, (char)(d->kind[0] >= 'a' && d->kind[0] <= 'z' ? d->kind[0] - 32 : d->kind[0]));
		buf_adds(&b, d->kind + 1);
		if (d->number != NULL)
			buf_printf(&b, " No. %s", d->number);
		if (d->from.n > 0) {
			buf_adds(&b, " from ");
			names_join(&b, &d->from);
		}
		if (d->to.n > 0) {
			buf_adds(&b, " to ");
			names_join(&b, &d->to);
		}
		d->title = buf_detach(&b);
		return;
	}
	const char *s = d->body;
	size_t n = d->body_len;
	for (size_t p = 0; p < n;) {
		size_t e = p;
		while (e < n && !(s[e] == '\n' && e + 1 < n && s[e + 1] == '\n'))
			e++;
		struct slice para = sl_of(s + p, e - p);
		if (!para_furniture(para)) {
			/* a leading elision is no part of the sentence */
			struct slice t = sl_trim(para);
			if (t.n > 0 && t.p[0] == '[') {
				size_t c = sl_find(t, "]");
				if (c != SIZE_MAX && c < 8)
					t = sl_trim(sl_from(t, c + 1));
			}
			if (t.n > 0) {
				d->title = title_cut(first_sentence(t), 80);
				return;
			}
		}
		p = e + 2;
	}
	if (path != NULL && *path) {
		const char *base = strrchr(path, '/');
		base = base ? base + 1 : path;
		const char *dot = strrchr(base, '.');
		size_t bl = dot && dot > base ? (size_t)(dot - base) : strlen(base);
		if (bl > 0) {
			d->title = xstrndup(base, bl);
			return;
		}
	}
	d->title = xstrdup("Untitled");
}



struct doc *import_text_parse(const char *text, size_t len, const char *path)
{
	struct parser ps;
	parser_init(&ps, text ? text : "", text ? len : 0);
	struct doc *d = ps.d;
	boilerplate_drop(&ps);
	footer_parse(&ps);
	web_header_parse(&ps);
	markdown_parse(&ps);
	summary_find(&ps);
	if (d->title == NULL && ps.cite_title != NULL)
		doc_set(&d->title, ps.cite_title);
	if (d->date == NULL && ps.cite_date != NULL) {
		doc_set(&d->date, ps.cite_date);
		doc_set(&d->date_text, ps.cite_date_text);
	}
	if (d->title == NULL)
		heading_parse(&ps);
	title_parse(&ps);
	letter_parse(&ps);
	pamphlet_detect(&ps);
	body_build(&ps.L, ps.markdown, d);
	brackets_scan(d);
	sender_from_summary(&ps);
	title_fallback(&ps, path);
	parser_free(&ps);
	return d;
}

