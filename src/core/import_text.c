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
 * The parser works on an array of lines over a private copy of the text.
 * Metadata is read from lines which are then marked as dropped; the body
 * is assembled from the lines that remain (trailing white space trimmed,
 * page-break damage repaired, blank runs collapsed, Markdown emphasis
 * removed). Editorial brackets are classified last, on the final body, so
 * every note's span is exact.
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

#include "dossier/text.h"
#include "dossier/util.h"

/* ------------------------------------------------------------------ */
/* Slices and characters                                              */
/* ------------------------------------------------------------------ */

/* A borrowed byte range: most of the work is looking at parts of lines
 * without copying them. */
struct slice {
	const char *p;
	size_t n;
};

static struct slice sl_of(const char *p, size_t n)
{
	return (struct slice){ p, n };
}

static struct slice sl_cstr(const char *s)
{
	return sl_of(s, strlen(s));
}

static char *sl_dup(struct slice s)
{
	return xstrndup(s.p, s.n);
}

static struct slice sl_from(struct slice s, size_t k)
{
	return k >= s.n ? sl_of(s.p + s.n, 0) : sl_of(s.p + k, s.n - k);
}

/* Decodes the character at p; invalid bytes count as one U+FFFD so that
 * every scan advances even on input that skipped normalisation. */
static ucs4_t char_at(const char *p, size_t n, size_t *len)
{
	ucs4_t uc;
	if (n == 0) {
		*len = 0;
		return 0;
	}
	int l = u8_mbtouc(&uc, (const uint8_t *)p, n);
	*len = l > 0 ? (size_t)l : 1;
	return uc;
}

/* The character ending just before s[pos]; *len is 0 at the start. */
static ucs4_t char_before(const char *s, size_t pos, size_t *len)
{
	ucs4_t uc;
	if (pos == 0) {
		*len = 0;
		return 0;
	}
	const uint8_t *q = u8_prev(&uc, (const uint8_t *)s + pos, (const uint8_t *)s);
	if (q == NULL) {
		*len = 1;
		return 0xfffd;
	}
	*len = (size_t)((const uint8_t *)s + pos - q);
	return uc;
}

/* White space as web pages leave it: ASCII blanks, no-break and
 * typographic spaces, zero-width space and a stray BOM. */
static int is_ws(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
	       (c >= 0x2000 && c <= 0x200b) || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/* White space within a line. */
static int is_blank(ucs4_t c)
{
	return c != '\n' && is_ws(c);
}

static int is_ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static struct slice sl_ltrim(struct slice s)
{
	size_t l;
	while (s.n > 0 && is_ws(char_at(s.p, s.n, &l)))
		s = sl_from(s, l);
	return s;
}

static struct slice sl_rtrim(struct slice s)
{
	size_t l;
	while (s.n > 0 && is_ws(char_before(s.p, s.n, &l)))
		s.n -= l;
	return s;
}

static struct slice sl_trim(struct slice s)
{
	return sl_rtrim(sl_ltrim(s));
}

/* ASCII case-insensitive comparisons: labels and keywords are English. */
static int sl_ieq(struct slice s, const char *lit)
{
	/* No strlen: the word lists are walked for every line. */
	size_t i = 0;
	for (; i < s.n; i++)
		if (lit[i] == '\0' || lower_ascii((unsigned char)s.p[i]) != lower_ascii((unsigned char)lit[i]))
			return 0;
	return lit[i] == '\0';
}

static int sl_istarts(struct slice s, const char *lit)
{
	for (size_t i = 0; lit[i] != '\0'; i++)
		if (i >= s.n || lower_ascii((unsigned char)s.p[i]) != lower_ascii((unsigned char)lit[i]))
			return 0;
	return 1;
}

static int sl_iends(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n >= n && sl_ieq(sl_of(s.p + s.n - n, n), lit);
}

/* Index of lit in s (case-sensitive), or SIZE_MAX. */
static size_t sl_find(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	for (size_t i = 0; n <= s.n && i <= s.n - n; i++)
		if (memcmp(s.p + i, lit, n) == 0)
			return i;
	return SIZE_MAX;
}

/* The next white-space separated token from *pos, or an empty slice. */
static struct slice token_next(struct slice s, size_t *pos)
{
	size_t i = *pos, l;
	while (i < s.n && is_ws(char_at(s.p + i, s.n - i, &l)))
		i += l;
	size_t start = i;
	while (i < s.n && !is_ws(char_at(s.p + i, s.n - i, &l)))
		i += l;
	*pos = i;
	return sl_of(s.p + start, i - start);
}

/* Splits s into at most max tokens; returns how many there are in all,
 * so a caller can tell a long text from a short one. */
static size_t tokens_split(struct slice s, struct slice *tok, size_t max)
{
	size_t pos = 0, n = 0;
	for (;;) {
		struct slice t = token_next(s, &pos);
		if (t.n == 0)
			return n;
		if (n < max)
			tok[n] = t;
		n++;
		if (n > max)
			return n;
	}
}

/* A token without the punctuation that ends a clause. */
static struct slice tok_bare(struct slice t)
{
	while (t.n > 0 && strchr(",;:!?.\"'", t.p[t.n - 1]) != NULL)
		t.n--;
	return t;
}

static int first_is_upper(struct slice t)
{
	size_t l;
	return t.n > 0 && uc_is_upper(char_at(t.p, t.n, &l));
}

static int first_is_lower(struct slice t)
{
	size_t l;
	return t.n > 0 && uc_is_lower(char_at(t.p, t.n, &l));
}

/* Counts the upper- and lower-case letters and digits of s. */
static void letters_count(struct slice s, size_t *upper, size_t *lower, size_t *digits)
{
	*upper = *lower = *digits = 0;
	for (size_t i = 0, l; i < s.n; i += l) {
		ucs4_t c = char_at(s.p + i, s.n - i, &l);
		if (uc_is_upper(c))
			(*upper)++;
		else if (uc_is_lower(c))
			(*lower)++;
		else if (c < 128 && is_digit((int)c))
			(*digits)++;
	}
}

/* "I.", "I.V.", "M.V.": initials, which a canonical name drops. */
static int tok_is_initials(struct slice t)
{
	size_t i = 0, groups = 0;
	while (i < t.n) {
		size_t l;
		if (!uc_is_upper(char_at(t.p + i, t.n - i, &l)))
			return 0;
		i += l;
		if (i < t.n && t.p[i] == '.')
			i++;
		else if (i < t.n)
			return 0;
		groups++;
	}
	return groups > 0 && t.n > 0 && (t.p[t.n - 1] == '.' || groups > 1);
}

static int word_in(struct slice w, const char *const *list)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (sl_ieq(w, list[i]))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Lines                                                              */
/* ------------------------------------------------------------------ */

struct line {
	size_t off, len;        /* into parser.text, without the '\n' */
	int drop;               /* moved out of the body */
};

struct parser {
	char *text;             /* private copy with NUL bytes removed */
	size_t len;
	struct line *lines;
	size_t nlines;
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
	/* The body must be a C string whose strlen is its length. */
	ps->text = xmalloc(len + 1);
	size_t n = 0, nl = 1;
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\0')
			continue;
		if (text[i] == '\n')
			nl++;
		ps->text[n++] = text[i];
	}
	ps->text[n] = '\0';
	ps->len = n;
	ps->lines = xcalloc(nl, sizeof *ps->lines);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || ps->text[i] == '\n') {
			ps->lines[ps->nlines++] = (struct line){ start, i - start, 0 };
			start = i + 1;
		}
	}
	ps->footer = ps->nlines;
	strv_init(&ps->known);
	ps->d = doc_create();
}

static void parser_free(struct parser *ps)
{
	free(ps->text);
	free(ps->lines);
	free(ps->cite_title);
	free(ps->cite_date);
	free(ps->cite_date_text);
	strv_free(&ps->known);
}

static struct slice line_raw(const struct parser *ps, size_t i)
{
	return sl_of(ps->text + ps->lines[i].off, ps->lines[i].len);
}

static struct slice line_text(const struct parser *ps, size_t i)
{
	return sl_trim(line_raw(ps, i));
}

/* A line that still belongs to the body and has text on it. */
static int line_usable(const struct parser *ps, size_t i)
{
	return !ps->lines[i].drop && line_text(ps, i).n > 0;
}

/* The first usable line at or after i, or nlines. */
static size_t line_next(const struct parser *ps, size_t i)
{
	while (i < ps->nlines && !line_usable(ps, i))
		i++;
	return i;
}

/* End (exclusive) of the paragraph starting at line i. */
static size_t para_end(const struct parser *ps, size_t i)
{
	while (i < ps->nlines && line_usable(ps, i))
		i++;
	return i;
}

/* The paragraph's lines, trimmed and joined by single spaces: Markdown
 * hard breaks ("to  \nShtraus") read as one line. */
static char *para_join(const struct parser *ps, size_t i, size_t j)
{
	struct buf b;
	buf_init(&b);
	for (; i < j; i++) {
		struct slice t = line_text(ps, i);
		if (b.len)
			buf_addc(&b, ' ');
		buf_add(&b, t.p, t.n);
	}
	return buf_detach(&b);
}

static void lines_drop(struct parser *ps, size_t i, size_t j)
{
	for (; i < j && i < ps->nlines; i++)
		ps->lines[i].drop = 1;
}

/* ------------------------------------------------------------------ */
/* Dates                                                              */
/* ------------------------------------------------------------------ */
/* Self-contained: a date at the start of a text in the forms archives
 * print ("October 1, 1950", "1 October 1950", "1. Oct. 1950",
 * "October 1950", "13.06.1951", "13.6.51", "12.III.1950", "1950-10-01",
 * "1950"), with its precision kept (month and day 0 when not given). */

struct date {
	int y, m, d;
};

static const char *const date_month_names[12] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
};

static int date_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

static int date_valid(struct date dt)
{
	if (dt.y < 1000 || dt.y > 2999 || dt.m < 0 || dt.m > 12 || dt.d < 0)
		return 0;
	if (dt.m == 0)
		return dt.d == 0;
	return dt.d <= date_days(dt.y, dt.m);
}

/* Reads 1..max digits; 0 when there are none or more than max. */
static size_t date_num(const char *p, size_t n, size_t max, int *v)
{
	size_t i = 0;
	int x = 0;
	while (i < n && is_digit((unsigned char)p[i])) {
		if (i == max)
			return 0;
		x = x * 10 + (p[i] - '0');
		i++;
	}
	*v = x;
	return i;
}

/* Blanks inside a date: spaces, tabs and no-break spaces. */
static size_t date_space(const char *p, size_t n)
{
	size_t i = 0, l;
	while (i < n && is_blank(char_at(p + i, n - i, &l)))
		i += l;
	return i;
}

/* A month name, its three-letter abbreviation or "Sept", with an
 * optional period after an abbreviation. */
static size_t date_month_name(const char *p, size_t n, int *month)
{
	size_t w = 0;
	while (w < n && is_ascii_alpha((unsigned char)p[w]))
		w++;
	if (w < 3 || w > 9)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t ml = strlen(date_month_names[m]);
		if (w > ml)
			continue;
		size_t k = 0;
		while (k < w && lower_ascii((unsigned char)p[k]) == date_month_names[m][k])
			k++;
		if (k < w || !(w == ml || w == 3 || (m == 8 && w == 4)))
			continue;
		*month = m + 1;
		return w < ml && w < n && p[w] == '.' ? w + 1 : w;
	}
	return 0;
}

/* A month in Roman numerals, as Russian documents write it (12.III.1950). */
static size_t date_roman(const char *p, size_t n, int *month)
{
	static const char *const roman[12] = { "I", "II", "III", "IV", "V", "VI",
					       "VII", "VIII", "IX", "X", "XI", "XII" };
	size_t w = 0;
	while (w < n && w < 5 && (p[w] == 'I' || p[w] == 'V' || p[w] == 'X'))
		w++;
	for (int m = 0; m < 12 && w > 0; m++) {
		if (strlen(roman[m]) == w && memcmp(p, roman[m], w) == 0) {
			*month = m + 1;
			return w;
		}
	}
	return 0;
}

/* "st", "nd", "rd", "th" after a day. */
static size_t date_ordinal(const char *p, size_t n)
{
	if (n >= 2 && (sl_ieq(sl_of(p, 2), "st") || sl_ieq(sl_of(p, 2), "nd") ||
		       sl_ieq(sl_of(p, 2), "rd") || sl_ieq(sl_of(p, 2), "th")))
		return 2;
	return 0;
}

/* Reads "[,] YYYY" after a month or a day; 0 if absent. */
static size_t date_year_after(const char *p, size_t n, int *y)
{
	size_t i = 0;
	if (i < n && p[i] == ',')
		i++;
	i += date_space(p + i, n - i);
	size_t yl = date_num(p + i, n - i, 4, y);
	return yl == 4 ? i + yl : 0;
}

/* "October 1, 1950" or "October 1950". */
static size_t date_parse_month_first(const char *p, size_t n, struct date *r)
{
	size_t k = date_month_name(p, n, &r->m);
	if (k == 0)
		return 0;
	size_t i = k + date_space(p + k, n - k);
	int v, y;
	size_t dl = date_num(p + i, n - i, 2, &v);
	if (dl > 0 && v >= 1) {
		size_t j = i + dl;
		j += date_ordinal(p + j, n - j);
		size_t yl = date_year_after(p + j, n - j, &y);
		if (yl > 0) {
			r->d = v;
			r->y = y;
			return j + yl;
		}
	}
	size_t yl = date_year_after(p + k, n - k, &y);
	if (yl == 0)
		return 0;
	r->y = y;
	return k + yl;
}

/* "1950", "1950-10", "1950-10-01". */
static size_t date_parse_iso(const char *p, size_t n, struct date *r)
{
	int v;
	if (date_num(p, n, 4, &r->y) != 4)
		return 0;
	size_t i = 4;
	if (i + 2 < n && p[i] == '-' && date_num(p + i + 1, n - i - 1, 2, &v) == 2) {
		r->m = v;
		i += 3;
		if (i + 2 < n && p[i] == '-' && date_num(p + i + 1, n - i - 1, 2, &v) == 2) {
			r->d = v;
			i += 3;
		}
	}
	return i;
}

/* "14 June 1951", "1. Oct. 1950", "13.06.1951", "13.6.51", "12.III.1950". */
static size_t date_parse_day_first(const char *p, size_t n, struct date *r)
{
	int day, m, y;
	size_t dl = date_num(p, n, 2, &day);
	if (dl == 0 || day < 1)
		return 0;
	size_t i = dl;
	if (i < n && p[i] == '.') {
		size_t j = i + 1;
		size_t ml = date_num(p + j, n - j, 2, &m);
		if (ml == 0)
			ml = date_roman(p + j, n - j, &m);
		if (ml > 0 && j + ml < n && p[j + ml] == '.') {
			size_t y0 = j + ml + 1;
			size_t yl = date_num(p + y0, n - y0, 4, &y);
			if (yl == 4 || yl == 2) {
				/* Two-digit years are of the last century:
				 * these are Cold War papers. */
				r->y = yl == 2 ? 1900 + y : y;
				r->m = m;
				r->d = day;
				return y0 + yl;
			}
		}
		i++;
	}
	i += date_ordinal(p + i, n - i);
	size_t sp = date_space(p + i, n - i);
	if (sp == 0 && !(i > 0 && p[i - 1] == '.'))
		return 0;
	i += sp;
	size_t ml = date_month_name(p + i, n - i, &r->m);
	if (ml == 0)
		return 0;
	i += ml;
	size_t yl = date_year_after(p + i, n - i, &y);
	if (yl == 0)
		return 0;
	r->d = day;
	r->y = y;
	return i + yl;
}

/* Parses a date at the start of p; returns the bytes it spans, 0 if p
 * does not start with a date. */
static size_t date_parse(const char *p, size_t n, struct date *dt)
{
	struct date r = { 0, 0, 0 };
	size_t k = date_parse_month_first(p, n, &r);
	if (k == 0) {
		r = (struct date){ 0, 0, 0 };
		k = date_parse_day_first(p, n, &r);
	}
	if (k == 0) {
		r = (struct date){ 0, 0, 0 };
		k = date_parse_iso(p, n, &r);
	}
	if (k == 0 || (k < n && (is_ascii_alpha((unsigned char)p[k]) || is_digit((unsigned char)p[k]))))
		return 0;
	if (!date_valid(r))
		return 0;
	*dt = r;
	return k;
}

/* 1 for a year, 2 for a month, 3 for a day. */
static int date_precision(struct date dt)
{
	return dt.d ? 3 : dt.m ? 2 : 1;
}

static char *date_iso(struct date dt)
{
	if (dt.d)
		return xasprintf("%04d-%02d-%02d", dt.y, dt.m, dt.d);
	if (dt.m)
		return xasprintf("%04d-%02d", dt.y, dt.m);
	return xasprintf("%04d", dt.y);
}

/* Separators between a date and the time or remark after it: blanks,
 * ".,;", dashes ("1950—7 p.m.") and "at". */
static struct slice date_sep_skip(struct slice s)
{
	for (;;) {
		size_t l;
		ucs4_t c = char_at(s.p, s.n, &l);
		if (s.n > 0 && (is_blank(c) || c == '.' || c == ',' || c == ';' || c == '-' || c == 0x2013 ||
				c == 0x2014))
			s = sl_from(s, l);
		else if (s.n > 2 && sl_istarts(s, "at") && is_blank(char_at(s.p + 2, s.n - 2, &l)))
			s = sl_from(s, 2);
		else
			return s;
	}
}

/* The length of a time of day at the start of s ("3:00", "23.30", "7
 * p.m.", "10:30 a.m.", "22 hours", "noon"), or 0. A bare number is no
 * time: it needs minutes or a word saying it is one. */
static size_t time_read(struct slice s)
{
	static const char *const words[] = { "noon", "midnight", NULL };
	static const char *const suffixes[] = { "a.m.", "p.m.", "a. m.", "p. m.", "a.m", "p.m", "am", "pm",
						"hours", "hrs.", "hrs", "h.", "h", "o'clock", NULL };
	for (size_t i = 0; words[i] != NULL; i++)
		if (sl_istarts(s, words[i]) && (s.n == strlen(words[i]) || !is_ascii_alpha((unsigned char)s.p[strlen(words[i])])))
			return strlen(words[i]);
	int h, m;
	size_t k = date_num(s.p, s.n, 2, &h), minutes = 0;
	if (k == 0 || h > 24)
		return 0;
	if (k + 2 < s.n && (s.p[k] == ':' || s.p[k] == '.') && date_num(s.p + k + 1, s.n - k - 1, 2, &m) == 2 &&
	    m < 60) {
		k += 3;
		minutes = 1;
	}
	struct slice rest = sl_ltrim(sl_from(s, k));
	for (size_t i = 0; suffixes[i] != NULL; i++) {
		size_t n = strlen(suffixes[i]);
		if (sl_istarts(rest, suffixes[i]) && (rest.n == n || !is_ascii_alpha((unsigned char)rest.p[n])))
			return (size_t)(rest.p - s.p) + n;
	}
	if (!minutes || (k < s.n && (is_digit((unsigned char)s.p[k]) || is_ascii_alpha((unsigned char)s.p[k]))))
		return 0;
	return k;
}

/* Whether what follows a date on its line leaves it a date line: nothing,
 * a time ("—7 p.m.", ", 3:00") and a parenthesised remark ("(Received
 * March 26.)": the date of arrival, which is not the document's). */
static int date_tail_ok(struct slice s)
{
	s = date_sep_skip(s);
	size_t t = time_read(s);
	if (t > 0)
		s = date_sep_skip(sl_from(s, t));
	if (s.n >= 2 && s.p[0] == '(' && s.p[s.n - 1] == ')' && memchr(s.p, ')', s.n - 1) == NULL)
		return 1;
	return sl_trim(s).n == 0;
}

/* A line that is only a date, possibly in bold, after a place ("Moscow,
 * 14 June 1951") or with a closing period, a time or a remark after it.
 * min is the least precision accepted. *printed is the date as printed. */
static int date_line(struct slice s, int min, struct date *dt, struct slice *printed)
{
	s = sl_trim(s);
	if (s.n >= 4 && memcmp(s.p, "**", 2) == 0 && memcmp(s.p + s.n - 2, "**", 2) == 0)
		s = sl_trim(sl_of(s.p + 2, s.n - 4));
	while (s.n > 0 && strchr(".,;", s.p[s.n - 1]) != NULL)
		s.n--;
	if (s.n == 0 || s.n > 100)
		return 0;
	size_t k = date_parse(s.p, s.n, dt);
	if (k == 0) {
		/* the place may have commas of its own ("Bluefields,
		 * Mosquito Reservation, Nicaragua, May 30, 1894"): the date
		 * follows one of them */
		if (!first_is_upper(s))
			return 0;
		for (size_t c = 0; k == 0 && c + 2 < s.n && c <= 60; c++) {
			if (is_digit((unsigned char)s.p[c]))
				return 0;
			if (s.p[c] == ',' && s.p[c + 1] == ' ') {
				k = date_parse(s.p + c + 2, s.n - c - 2, dt);
				if (k > 0)
					s = sl_from(s, c + 2);
			}
		}
		if (k == 0)
			return 0;
	}
	if (!date_tail_ok(sl_from(s, k)) || date_precision(*dt) < min)
		return 0;
	*printed = sl_of(s.p, k);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Names                                                              */
/* ------------------------------------------------------------------ */

/* Titles that are not part of a person's name. */
static const char *const honorifics[] = {
	"comrade", "comrades", "cde.", "cde", "cdes.", "tov.", "amb.", "ambassador",
	"mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "general", "marshal", "col.",
	"colonel", "adm.", "admiral", "lt.", "capt.", "maj.", "sgt.", "sen.",
	"senator", "premier", "chairman", "president", "minister", "secretary",
	"deputy", "comrade-in-arms", NULL
};

/* Capitalised words that open sentences or stand for people without
 * naming them: a name run stops there. */
static const char *const name_stops[] = {
	"the", "a", "an", "and", "but", "or", "then", "in", "on", "at", "to", "from",
	"of", "by", "with", "for", "as", "if", "when", "since", "this", "that",
	"these", "those", "he", "she", "it", "we", "they", "you", "i", "our", "your",
	"his", "her", "its", "their", "my", "there", "here", "after", "before",
	"during", "further", "however", "also", "dear", "yes", "no", "so", "thus",
	"therefore", "now", "today", "first", "second", "third", "fourth", "fifth",
	"with", "via", "sir", "sirs", "madam", NULL
};

/* Lower-case words allowed inside a person's name. */
static const char *const name_particles[] = {
	"de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du",
	"da", "di", "dos", "del", "y", NULL
};

/* Lower-case words allowed inside an organisation's name. */
static const char *const org_particles[] = {
	"of", "the", "in", "for", "on", "and", "at", NULL
};

/* Names printed in capitals become Title Case ("PAK HEON-YEONG" ->
 * "Pak Heon-yeong"): each word keeps its first letter, initials stay. */
static char *name_titlecase(struct slice s)
{
	size_t up, low, dig;
	letters_count(s, &up, &low, &dig);
	if (low > 0 || up < 2)
		return sl_dup(s);
	struct buf b;
	buf_init(&b);
	size_t pos = 0;
	for (;;) {
		struct slice t = token_next(s, &pos);
		if (t.n == 0)
			break;
		if (b.len)
			buf_addc(&b, ' ');
		size_t l;
		char_at(t.p, t.n, &l);
		if (tok_is_initials(t) || l >= t.n) {
			buf_add(&b, t.p, t.n);
			continue;
		}
		buf_add(&b, t.p, l);
		size_t ln = 0;
		uint8_t *lo = u8_tolower((const uint8_t *)t.p + l, t.n - l, NULL, NULL, NULL, &ln);
		if (lo != NULL) {
			buf_add(&b, lo, ln);
			free(lo);
		} else {
			buf_add(&b, t.p + l, t.n - l);
		}
	}
	return buf_detach(&b);
}

/* A Russian patronymic: "Vissarionovich", "Ilyich", "Andreevna". */
static int tok_is_patronymic(struct slice t)
{
	static const char *const ends[] = { "ovich", "evich", "ich", "ovna", "evna", "ichna", "inichna", NULL };
	t = tok_bare(t);
	if (t.n < 5 || !first_is_upper(t))
		return 0;
	for (size_t i = 0; ends[i] != NULL; i++)
		if (sl_iends(t, ends[i]))
			return 1;
	return 0;
}

/* What may follow a family name and a comma and still be the same
 * person: initials ("Stalin, I.V.") or a first name and patronymic
 * ("Stalin, Iosif Vissarionovich"). */
static int given_names(struct slice s)
{
	struct slice tok[4];
	size_t nt = tokens_split(s, tok, 4);
	if (nt == 0 || nt > 4)
		return 0;
	if (nt == 2 && first_is_upper(tok[0]) && !tok_is_initials(tok[0]) && tok_is_patronymic(tok[1]))
		return 1;
	for (size_t i = 0; i < nt; i++)
		if (!tok_is_initials(tok[i]) && !tok_is_initials(tok_bare(tok[i])))
			return 0;
	return 1;
}

/* s without a comma that only introduces initials or given names:
 * "Stalin, I.V." and "Stalin, Iosif Vissarionovich" are "Stalin". */
static struct slice name_drop_initials(struct slice s)
{
	size_t c = sl_find(s, ",");
	if (c == SIZE_MAX || !given_names(sl_from(s, c + 1)))
		return s;
	return sl_trim(sl_of(s.p, c));
}

/* The canonical form of a printed name: quotes, titles and initials
 * dropped ("Comrade Stalin, I.V.", "I.V. Stalin" and "Soviet Amb. Stalin"
 * are "Stalin"), capitals to Title Case. NULL when nothing is left. */
static char *name_canonical(struct slice s)
{
	struct slice tok[16];
	s = sl_trim(s);
	while (s.n > 0 && strchr("\"'", s.p[0]) != NULL)
		s = sl_trim(sl_from(s, 1));
	while (s.n > 0 && strchr("\"',;:!?", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	s = name_drop_initials(s);
	size_t nt = tokens_split(s, tok, 16);
	if (nt == 0 || nt > 16)
		return nt ? sl_dup(s) : NULL;
	/* "Soviet Ambassador Shtykov": the name follows the last title */
	size_t i = 0;
	for (size_t k = 0; k + 1 < nt; k++)
		if (word_in(tok[k], honorifics) && first_is_upper(tok[k + 1]))
			i = k + 1;
	while (i < nt && word_in(tok[i], honorifics))
		i++;
	while (i + 1 < nt && tok_is_initials(tok[i]))
		i++;
	if (i == nt)
		return NULL;
	struct slice last = tok[nt - 1];
	/* a sentence's period after the name, unless it ends initials */
	if (last.n > 1 && last.p[last.n - 1] == '.' && !tok_is_initials(last))
		last.n--;
	struct slice name = sl_of(tok[i].p, (size_t)(last.p + last.n - tok[i].p));
	return name.n ? name_titlecase(name) : NULL;
}

/* Whether s reads as a person's name (org: or an organisation's):
 * capitalised words, initials, particles; no digits. */
static int name_like(struct slice s, int org)
{
	struct slice tok[12];
	size_t max = org ? 10 : 6;
	size_t nt = tokens_split(sl_trim(s), tok, 12);
	if (nt == 0 || nt > max)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice t = tok[i];
		size_t up, low, dig;
		letters_count(t, &up, &low, &dig);
		if (dig > 0 || up + low == 0)
			return 0;
		for (size_t k = 0; k < t.n; k++)
			if (strchr("[]()<>{}:;!?\"", t.p[k]) != NULL)
				return 0;
		if (t.p[t.n - 1] == ',' && i + 1 < nt)
			return 0;
		if (first_is_upper(t) || tok_is_initials(t))
			continue;
		if (i > 0 && i + 1 < nt && word_in(t, name_particles))
			continue;
		if (org && (i > 0 || sl_ieq(t, "the")) && word_in(t, org_particles))
			continue;
		return 0;
	}
	return 1;
}

/* A phonetic key that survives romanisation: Pinyin, Wade-Giles,
 * McCune-Reischauer, Revised Romanisation and Russian transliterations
 * differ mostly in vowels and in pairs of consonants (j/ch/zh, t/d, p/b/ph,
 * k/g/kh, s/sh/x/hs, l/r), so those collapse to one class and vowels go.
 * "Pak Heon-yeong" and "Pak Hon Yong" share the key "PKN". */
/* text_fold, without libunistring's case folding for ASCII (most names),
 * where it is plain lower case: the pair tests fold names often. */
static char *name_fold(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return text_fold(s);
	char *f = xmalloc(n + 1);
	for (size_t i = 0; i <= n; i++)
		f[i] = (char)lower_ascii((unsigned char)s[i]);
	return f;
}

static size_t name_key(const char *s, char *key, size_t cap)
{
	char *f = name_fold(s);
	size_t k = 0;
	for (const char *q = f; *q && k < cap;) {
		int c = (unsigned char)q[0], nx = (unsigned char)q[1];
		char code = 0;
		size_t adv = 1;
		if (!is_ascii_alpha(c)) {
			q++;
			continue;
		}
		c = lower_ascii(c);
		nx = lower_ascii(nx);
		if ((c == 's' && nx == 'h') || (c == 'h' && nx == 's'))
			code = 'S', adv = 2;
		else if ((c == 'c' || c == 'z') && nx == 'h')
			code = 'J', adv = 2;
		else if ((c == 't' || c == 'd') && (nx == 's' || nx == 'z'))
			code = 'Z', adv = 2;
		else if ((c == 'k' || c == 'g') && nx == 'h')
			code = 'K', adv = 2;
		else if (c == 'p' && nx == 'h')
			code = 'P', adv = 2;
		else if (c == 't' && nx == 'h')
			code = 'T', adv = 2;
		else if (c == 'n' && nx == 'g')
			code = 'N', adv = 2;
		else if (strchr("jq", c))
			code = 'J';
		else if (strchr("cz", c))
			code = 'Z';
		else if (strchr("sx", c))
			code = 'S';
		else if (strchr("kg", c))
			code = 'K';
		else if (strchr("td", c))
			code = 'T';
		else if (strchr("pb", c))
			code = 'P';
		else if (c == 'f')
			code = 'F';
		else if (strchr("vw", c))
			code = 'W';
		else if (strchr("lr", c))
			code = 'R';
		else if (c == 'm')
			code = 'M';
		else if (c == 'n')
			code = 'N';
		if (code && (k == 0 || key[k - 1] != code))
			key[k++] = code;
		q += adv;
	}
	free(f);
	return k;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb)
{
	size_t row[65], prev[65];
	if (nb > 64)
		nb = 64;
	for (size_t j = 0; j <= nb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= na; i++) {
		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, row, (nb + 1) * sizeof *row);
	}
	return prev[nb];
}

/* The first word of a name, as a C string. */
static char *name_first(const char *s)
{
	size_t pos = 0;
	return sl_dup(token_next(sl_cstr(s), &pos));
}

/* Whether two names are spellings of one name (a transliteration
 * variant) rather than a pseudonym and the person behind it: their
 * phonetic keys are within a quarter of each other, or, for names of
 * several words, the first words (the family name of Chinese and Korean
 * names) agree, as in "Jiang Jieshi" and "Chiang Kai-shek". Pseudonyms
 * are other words altogether ("Feng Xi", "Filippov" for Stalin) or share
 * only an opening ("Shtraus" for Shtykov). */
static int names_variant(const char *a, const char *b)
{
	char ka[64], kb[64];
	size_t na = name_key(a, ka, sizeof ka), nb = name_key(b, kb, sizeof kb);
	if (na == 0 || nb == 0)
		return 0;
	size_t m = na > nb ? na : nb;
	if (levenshtein(ka, na, kb, nb) * 4 <= m)
		return 1;
	struct slice ta[2], tb[2];
	if (tokens_split(sl_cstr(a), ta, 2) < 2 || tokens_split(sl_cstr(b), tb, 2) < 2)
		return 0;
	char *fa = name_first(a), *fb = name_first(b);
	na = name_key(fa, ka, sizeof ka);
	nb = name_key(fb, kb, sizeof kb);
	free(fa);
	free(fb);
	return na >= 2 && na == nb && memcmp(ka, kb, na) == 0;
}

/* Whether one name's words are a part of the other's ("Kim" and "Kim Il
 * Sung"): the bracket completes a name rather than resolving it. */
static int names_expand(const char *a, const char *b)
{
	char *fa = name_fold(a), *fb = name_fold(b);
	struct slice ta[8], tb[8];
	size_t na = tokens_split(sl_cstr(fa), ta, 8), nb = tokens_split(sl_cstr(fb), tb, 8);
	int sub = 0;
	if (na != nb && na <= 8 && nb <= 8 && na > 0 && nb > 0) {
		struct slice *s = na < nb ? ta : tb, *l = na < nb ? tb : ta;
		size_t ns = na < nb ? na : nb, nl = na < nb ? nb : na;
		sub = 1;
		for (size_t i = 0; sub && i < ns; i++) {
			int found = 0;
			for (size_t j = 0; !found && j < nl; j++)
				found = s[i].n == l[j].n && memcmp(s[i].p, l[j].p, s[i].n) == 0;
			sub = found;
		}
	}
	free(fa);
	free(fb);
	return sub;
}

/* Words that introduce the real name behind a pseudonym. */
static const char *const alias_openings[] = {
	"pseudonym for ", "pseudonym of ", "pseudonym: ", "alias for ", "alias of ",
	"code name for ", "code name of ", "codename for ", "cryptonym for ",
	"cryptonym of ", "cover name for ", "nickname for ", "real name: ",
	"real name ", "i.e. ", "i.e., ", "pseudonym", "cryptonym", "code name", NULL
};

/* Whether a bracket explains a pseudonym ("pseudonym for Soviet Amb.
 * Shtykov"); *canon gets the person's canonical name when one is given
 * (the proper name after the last title: "Shtykov", "Zakharov"). */
static int alias_description(struct slice t, char **canon)
{
	*canon = NULL;
	size_t k = 0;
	for (size_t i = 0; alias_openings[i] != NULL; i++) {
		if (sl_istarts(t, alias_openings[i])) {
			k = strlen(alias_openings[i]);
			break;
		}
	}
	if (k == 0)
		return 0;
	struct slice rest = sl_from(t, k);
	for (size_t i = 0; i < rest.n; i++) {
		if (strchr(",;()", rest.p[i]) != NULL) {
			rest.n = i;
			break;
		}
	}
	struct slice tok[12];
	size_t nt = tokens_split(rest, tok, 12);
	if (nt == 0 || nt > 12)
		return 1;
	size_t first = 0;
	for (size_t i = 0; i < nt; i++)
		if (word_in(tok[i], honorifics) || !first_is_upper(tok[i]))
			first = i + 1;
	if (first < nt) {
		struct slice name = sl_of(tok[first].p, (size_t)(tok[nt - 1].p + tok[nt - 1].n - tok[first].p));
		if (name_like(name, 0))
			*canon = name_canonical(name);
	}
	return 1;
}

/* A real document names a few dozen people; the cap keeps
 * doc_add_alias's duplicate check from going quadratic on hostile input. */
#define ALIASES_MAX 256

static void alias_add(struct doc *d, const char *name, const char *canonical)
{
	if (d->naliases < ALIASES_MAX && strcmp(name, canonical) != 0)
		doc_add_alias(d, name, canonical);
}

/* Resolves "name [other]": returns the canonical name of the person and
 * records what the pair says (NOTE_ALIAS: other is the person behind a
 * pseudonym; NOTE_TRANSLIT: other is a spelling variant of name;
 * NOTE_SUPPLIED: other completes name). A quoted name ('"I" [Stalin]') is a
 * cover name, however it sounds. NULL if either is not a name. */
static char *alias_resolve(struct doc *d, struct slice name, struct slice other, int quoted,
			   enum note_kind *kind)
{
	char *nc = name_canonical(name), *oc = name_canonical(other), *out = NULL;
	if (nc == NULL || oc == NULL) {
		free(nc);
		free(oc);
		return NULL;
	}
	*kind = NOTE_ALIAS;
	if (names_expand(nc, oc)) {
		*kind = NOTE_SUPPLIED;
		out = oc;
		free(nc);
	} else if (!quoted && names_variant(nc, oc)) {
		*kind = NOTE_TRANSLIT;
		alias_add(d, oc, nc);
		out = nc;
		free(oc);
	} else {
		/* a single letter ('"I" [Stalin]') is a signature, not a
		 * name anyone searches for */
		if (strlen(nc) > 1)
			alias_add(d, nc, oc);
		out = oc;
		free(nc);
	}
	return out;
}

/* Index of the first lit in s outside brackets and parentheses. */
static size_t find_top(struct slice s, const char *lit)
{
	size_t n = strlen(lit);
	int depth = 0;
	for (size_t i = 0; i < s.n; i++) {
		char c = s.p[i];
		if (c == '(' || c == '[')
			depth++;
		else if ((c == ')' || c == ']') && depth > 0)
			depth--;
		else if (depth == 0 && i + n <= s.n && memcmp(s.p + i, lit, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* An office rather than a person's name: "the Secretary of State",
 * "Ambassador in the Soviet Union". */
static int party_office(struct slice s)
{
	size_t pos = 0;
	struct slice first = token_next(s, &pos);
	return sl_ieq(first, "the") || (word_in(first, honorifics) && !tok_is_initials(first) &&
					  first_is_lower(token_next(s, &pos)));
}

/* One party as a title or salutation prints it ("Feng Xi (Stalin)",
 * "Comrade Filippov [Stalin]", "Kim Il Sung (via Shtytkov)") resolved to a
 * canonical name; an alias is recorded when the brackets name the person
 * behind a pseudonym. "(via X)" is a channel, not a party. NULL when s
 * does not read as a party. */
static char *party_resolve(struct doc *d, struct slice s, int org)
{
	s = sl_trim(s);
	size_t open = SIZE_MAX;
	for (size_t i = 0; i < s.n; i++) {
		if (s.p[i] == '(' || s.p[i] == '[') {
			open = i;
			break;
		}
	}
	struct slice base = name_drop_initials(open == SIZE_MAX ? s : sl_trim(sl_of(s.p, open)));
	struct slice other = { NULL, 0 };
	char *described = NULL;
	while (open != SIZE_MAX && open < s.n) {
		char close = s.p[open] == '(' ? ')' : ']';
		size_t e = open + 1;
		while (e < s.n && s.p[e] != close)
			e++;
		if (e >= s.n)
			break;
		struct slice in = sl_trim(sl_of(s.p + open + 1, e - open - 1));
		char *c = NULL;
		if (sl_istarts(in, "via ") || sl_istarts(in, "through ")) {
			/* a channel */
		} else if (alias_description(in, &c)) {
			if (c != NULL && described == NULL)
				described = c;
			else
				free(c);
		} else if (other.p == NULL && name_like(in, 0)) {
			other = in;
		}
		open = e + 1;
		while (open < s.n && (s.p[open] == ' ' || s.p[open] == ','))
			open++;
		if (open < s.n && s.p[open] != '(' && s.p[open] != '[')
			break;
	}
	char *out = NULL;
	if (base.n > 0 && name_like(base, org)) {
		if (described != NULL) {
			char *nc = name_canonical(base);
			if (nc != NULL && strlen(nc) > 1)
				alias_add(d, nc, described);
			free(nc);
			out = described;
			described = NULL;
		} else if (other.p != NULL && party_office(base)) {
			/* "the Ambassador in the Soviet Union (Kirk)": the
			 * office's holder, who is no alias of it */
			out = name_canonical(other);
		} else if (other.p != NULL) {
			enum note_kind k;
			out = alias_resolve(d, base, other, 0, &k);
		} else {
			out = name_canonical(base);
		}
	}
	free(described);
	return out;
}

/* Text after which a title's list of parties ends. */
static const char *const party_ends[] = {
	":", ";", " on ", " regarding ", " concerning ", " about ", " re ", " with ",
	" – ", " — ", " - ", " in connection", NULL
};

/* The next separator of a party list (", " or " and ") in s, skipping a
 * comma that only introduces initials ("Stalin, I.V."). *sep is its
 * length. */
static size_t party_sep(struct slice s, size_t *sep)
{
	size_t c = find_top(s, ", "), a = find_top(s, " and ");
	while (c != SIZE_MAX) {
		struct slice after = sl_from(s, c + 2);
		size_t e = find_top(after, ", "), ea = find_top(after, " and ");
		if (ea < e)
			e = ea;
		if (!given_names(e == SIZE_MAX ? after : sl_of(after.p, e)))
			break;
		size_t next = find_top(sl_from(s, c + 2), ", ");
		c = next == SIZE_MAX ? SIZE_MAX : c + 2 + next;
	}
	if (c != SIZE_MAX && (a == SIZE_MAX || c < a)) {
		*sep = 2;
		return c;
	}
	*sep = 5;
	return a;
}

/* Adds the parties listed in s ("Shtraus [Shtykov] and Mayveyev
 * [Zakharov]") to list, stopping at the first part that is not a party
 * (", 'On the Korean question'"). Returns how many were added. */
/* Nouns of bodies and offices: "for" after one of them is part of the
 * name ("Ministry for Foreign Affairs", "Commissar for Defence"). */
static const char *const body_nouns[] = {
	"ministry", "commissariat", "committee", "department", "office", "council", "bureau",
	"agency", "commission", "centre", "center", "institute", "association", "society",
	"foundation", "fund", "league", "board", "embassy", "legation", "consulate", "mission",
	"administration", "secretariat", "directorate", "command", "headquarters", "delegation",
	"representative", "commissar", "commissioner", "envoy", "agent", "attache", "attaché", NULL
};

/* "Shtykov for Kim Il Sung": a message to one person meant for another.
 * The party is the one it is addressed to; the text from " for " on is
 * cut, unless "for" continues the name of a body or office. */
static struct slice party_for_cut(struct slice s)
{
	size_t k = find_top(s, " for ");
	if (k == SIZE_MAX)
		return s;
	struct slice before = sl_rtrim(sl_of(s.p, k));
	size_t w = before.n;
	while (w > 0 && before.p[w - 1] != ' ')
		w--;
	struct slice last = tok_bare(sl_from(before, w));
	if (!first_is_upper(last) || word_in(last, body_nouns) || word_in(last, honorifics))
		return s;
	return before;
}

static size_t parties_add(struct parser *ps, struct strv *list, struct slice s)
{
	size_t added = 0;
	for (size_t i = 0; party_ends[i] != NULL; i++) {
		size_t k = find_top(s, party_ends[i]);
		if (k != SIZE_MAX)
			s.n = k;
	}
	s = party_for_cut(s);
	s = sl_trim(s);
	while (s.n > 0) {
		size_t sep, k = party_sep(s, &sep);
		struct slice part = k == SIZE_MAX ? s : sl_of(s.p, k);
		part = sl_trim(part);
		if (sl_istarts(part, "and "))
			part = sl_trim(sl_from(part, 4));
		char *name = party_resolve(ps->d, part, 1);
		if (name == NULL)
			break;
		if (!strv_contains(list, name)) {
			strv_push_owned(list, name);
			added++;
		} else {
			free(name);
		}
		if (k == SIZE_MAX)
			break;
		s = sl_trim(sl_from(s, k + sep));
	}
	return added;
}

/* ------------------------------------------------------------------ */
/* Metadata fields                                                    */
/* ------------------------------------------------------------------ */

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
		while (e < s.n && !is_ws((unsigned char)s.p[e]))
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
	ucs4_t q = char_at(s.p, s.n, &l);
	if (q == '"' || q == 0x201c) {
		/* the closing quote is the one before the comma */
		size_t e = SIZE_MAX;
		for (size_t i = l; i < s.n; i++) {
			size_t cl;
			ucs4_t c = char_at(s.p + i, s.n - i, &cl);
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
			struct date dt;
			size_t k = date_parse(s.p, s.n, &dt);
			if (k > 0) {
				if (ps->cite_date == NULL) {
					ps->cite_date = date_iso(dt);
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
	struct date dt;
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
			d->date = date_iso(dt);
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

static void date_set(struct doc *d, struct date dt, struct slice printed)
{
	free(d->date);
	d->date = date_iso(dt);
	free(d->date_text);
	d->date_text = sl_dup(printed);
}

/* ------------------------------------------------------------------ */
/* Web exports: boilerplate, header, footer                           */
/* ------------------------------------------------------------------ */

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
	for (size_t i = 0; i < ps->nlines;) {
		if (!line_usable(ps, i)) {
			i++;
			continue;
		}
		size_t j = para_end(ps, i);
		struct slice t = line_text(ps, i);
		if (sl_ieq(t, "Skip to content") || sl_ieq(t, "Skip to main content")) {
			ps->web = 1;
			lines_drop(ps, i, i + 1);
			i++;
			continue;
		}
		if (rights_para(t))
			lines_drop(ps, i, j);
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
	size_t start = ps->nlines;
	for (size_t i = 0; i < ps->nlines && start == ps->nlines; i++)
		if (line_usable(ps, i) && sl_ieq(line_text(ps, i), "Document Information"))
			start = i;
	for (size_t i = 0; i < ps->nlines && start == ps->nlines; i++) {
		struct slice t = line_text(ps, i);
		if (line_usable(ps, i) && (sl_ieq(t, "Original Uploaded Date") || sl_ieq(t, "Record ID")))
			start = i;
	}
	if (start == ps->nlines)
		return;
	ps->web = 1;
	ps->footer = start;
	enum field cur = F_CITATION;
	int cited = 0;
	for (size_t i = start; i < ps->nlines;) {
		if (!line_usable(ps, i)) {
			i++;
			continue;
		}
		struct slice value, t = line_text(ps, i);
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
		size_t j = para_end(ps, i);
		char *v = para_join(ps, i, j);
		if (cur != F_CITATION)
			field_set(ps, cur, v);
		else if (!cited++)
			citation_parse(ps, v);
		free(v);
		i = j;
	}
	lines_drop(ps, start, ps->nlines);
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
	struct date dt;
	struct slice printed;
	if (!ps->web)
		return;
	size_t i = line_next(ps, 0);
	if (i < ps->footer && date_line(line_text(ps, i), 1, &dt, &printed)) {
		date_set(d, dt, printed);
		lines_drop(ps, i, i + 1);
		i = line_next(ps, i + 1);
	}
	if (i >= ps->footer || para_end(ps, i) != i + 1 || line_text(ps, i).n > 300)
		return;
	char *title = sl_dup(line_text(ps, i));
	doc_set(&d->title, title);
	free(title);
	lines_drop(ps, i, i + 1);
	i = line_next(ps, i + 1);
	for (int k = 0; k < 3 && i < ps->footer; k++) {
		struct slice t = line_text(ps, i);
		if (subtitle_repeat(d->title, t)) {
			lines_drop(ps, i, i + 1);
		} else if (sl_istarts(t, "by ") && name_like(sl_from(t, 3), 0)) {
			char *name = party_resolve(d, sl_from(t, 3), 0);
			if (name != NULL && !strv_contains(&d->from, name))
				strv_push(&d->from, name);
			free(name);
			lines_drop(ps, i, i + 1);
		} else {
			break;
		}
		i = line_next(ps, i + 1);
	}
}

/* ------------------------------------------------------------------ */
/* Markdown exports                                                   */
/* ------------------------------------------------------------------ */

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
	if (word_in(t, markings) || sl_istarts(t, "copy no") || sl_istarts(t, "copy #"))
		return 1;
	struct slice tok[8];
	size_t nt = tokens_split(t, tok, 8), core = 0;
	if (nt == 0 || nt > 8)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice w = tok_bare(tok[i]);
		if (!word_in(w, marking_words))
			return 0;
		core += word_in(w, markings);
	}
	return core > 0;
}

/* Label blocks anywhere (the label's paragraph and the one after it),
 * then the bold date and title paragraphs that open the export. */
static void markdown_parse(struct parser *ps)
{
	struct doc *d = ps->d;
	for (size_t i = 0; i < ps->nlines;) {
		if (!line_usable(ps, i)) {
			i++;
			continue;
		}
		size_t j = para_end(ps, i);
		char *t = para_join(ps, i, j);
		struct slice value;
		const struct label *lb = md_label(sl_cstr(t), &value);
		if (lb != NULL) {
			ps->markdown = 1;
			lines_drop(ps, i, j);
			if (value.n > 0) {
				char *v = sl_dup(value);
				field_set(ps, lb->field, v);
				free(v);
			} else {
				size_t k = line_next(ps, j);
				if (k < ps->nlines) {
					size_t e = para_end(ps, k);
					char *v = para_join(ps, k, e);
					struct slice dummy;
					if (md_label(sl_cstr(v), &dummy) == NULL) {
						field_set(ps, lb->field, v);
						lines_drop(ps, k, e);
						j = e;
					}
					free(v);
				}
			}
		}
		free(t);
		i = j;
	}
	for (size_t i = line_next(ps, 0); i < ps->nlines; i = line_next(ps, i)) {
		size_t j = para_end(ps, i);
		char *t = para_join(ps, i, j);
		struct slice inner, printed;
		struct date dt;
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
		lines_drop(ps, i, j);
		free(t);
		i = j;
	}
}

/* ------------------------------------------------------------------ */
/* The archive's summary                                              */
/* ------------------------------------------------------------------ */

/* Words ending in "s" that are not third-person verbs. */
static const char *const not_verbs[] = {
	"was", "has", "is", "his", "its", "this", "as", "us", "thus", "yes", "always",
	"perhaps", "besides", "towards", "whereas", "afterwards", "sometimes", "less",
	"unless", "nevertheless", "various", "numerous", "serious", "previous", NULL
};

/* Lower-case words that are not verbs after a plural subject. */
static const char *const function_words[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with",
	"and", "or", "but", "not", "no", "as", "is", "are", "was", "were", "be", "been",
	"am", "he", "she", "it", "we", "they", "you", "i", "his", "her", "its", "their",
	"our", "my", "your", "him", "them", "us", "me", "that", "this", "these",
	"those", "which", "who", "whom", "what", "said", "says", "should", "would",
	"will", "shall", "can", "could", "may", "might", "must", "do", "does", "did",
	"has", "have", "had", "there", "here", "if", "so", "than", "then", "also",
	"all", "any", "some", "into", "upon", "about", "after", "before", "over",
	"under", "only", "very", "such", "more", "most", "one", "two", "both", NULL
};

/* Whether s has the shape of an archive summary: a subject naming people
 * or a body ("Stalin", "Kim Il Sung", "The Soviet Embassy", "Mao and
 * Kim") and a present-tense verb ("cables", "sends", "praises",
 * "discuss"), in at least eight words. *subject and *verb are set. */
static int summary_shape(struct slice s, struct slice *subject, struct slice *verb)
{
	size_t pos = 0, nsub = 0;
	int plural = 0;
	struct slice t = token_next(s, &pos), first = t;
	if (sl_ieq(t, "The")) {
		t = token_next(s, &pos);
		first = t;
	}
	struct slice last = t;
	while (t.n > 0 && nsub < 8) {
		if (first_is_upper(t) && !word_in(tok_bare(t), name_stops) && tok_bare(t).n == t.n) {
			nsub++;
			last = t;
		} else if (nsub > 0 && (sl_ieq(t, "and") || sl_ieq(t, "of"))) {
			plural |= sl_ieq(t, "and");
		} else {
			break;
		}
		t = token_next(s, &pos);
	}
	if (nsub == 0 || t.n < 3 || !first_is_lower(t) || word_in(first, name_stops))
		return 0;
	for (size_t i = 0; i < t.n; i++)
		if (!is_ascii_alpha((unsigned char)t.p[i]))
			return 0;
	if (plural ? word_in(t, function_words)
		   : (t.p[t.n - 1] != 's' || sl_iends(t, "ss") || sl_iends(t, "us") || word_in(t, not_verbs)))
		return 0;
	size_t words = nsub + 2;
	while (words < 8 && token_next(s, &pos).n > 0)
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
	ucs4_t c = char_before(t.p, t.n, &l);
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
		if (line_usable(ps, i))
			last = i;
	if (last == SIZE_MAX)
		return;
	size_t first = last;
	while (first > 0 && line_usable(ps, first - 1))
		first--;
	char *p = para_join(ps, first, last + 1);
	if (summary_shape(sl_cstr(p), &subj, &verb)) {
		doc_set(&ps->d->summary, p);
		lines_drop(ps, first, last + 1);
	} else if (last > first && ends_sentence(line_text(ps, last - 1)) &&
		   summary_shape(line_text(ps, last), &subj, &verb)) {
		char *s = sl_dup(line_text(ps, last));
		doc_set(&ps->d->summary, s);
		free(s);
		lines_drop(ps, last, last + 1);
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
	    !word_in(verb, sending_verbs) || !name_like(subj, 0))
		return;
	char *name = name_canonical(subj);
	if (name != NULL)
		strv_push_owned(&d->from, name);
}

/* ------------------------------------------------------------------ */
/* Kind, number and parties from a title                              */
/* ------------------------------------------------------------------ */

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
	size_t nt = tokens_split(t, tok, 8);
	if (nt > 8)
		nt = 8;
	for (size_t i = 0; i < nt && i < within; i++) {
		struct slice w = tok_bare(tok[i]);
		if (word_in(w, record_words) && i + 2 < nt && sl_ieq(tok[i + 1], "of")) {
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
	while (e < t.n && (is_ascii_alpha((unsigned char)t.p[e]) || is_digit((unsigned char)t.p[e]) ||
			   strchr("/-.", t.p[e]) != NULL)) {
		digit |= is_digit((unsigned char)t.p[e]);
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
		size_t a = find_top(rest, " and ");
		if (a != SIZE_MAX) {
			parties_add(ps, &d->from, sl_of(rest.p, a));
			parties_add(ps, &d->to, sl_from(rest, a + 5));
		}
		return;
	}
	if (kinded && sl_istarts(rest, "to ")) {
		parties_add(ps, &d->to, sl_from(rest, 3));
		return;
	}
	int prep = 0;
	if (sl_istarts(rest, "from ") || sl_istarts(rest, "by ")) {
		rest = sl_from(rest, rest.p[0] == 'b' || rest.p[0] == 'B' ? 3 : 5);
		prep = 1;
	}
	size_t to = find_top(rest, " to ");
	if (to == SIZE_MAX) {
		if (prep)
			parties_add(ps, &d->from, rest);
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
	parties_add(ps, &d->from, from);
	parties_add(ps, &d->to, dest);
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
	letters_count(k, &up, &low, &dig);
	if (dig == 0 || (sl_find(k, ".") == SIZE_MAX && sl_find(k, "/") == SIZE_MAX) || low > 0)
		return NULL;
	for (size_t i = 0, l; i < k.n; i += l)
		if (is_ws(char_at(k.p + i, k.n - i, &l)))
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
	size_t to = find_top(s, " to ");
	if (to == SIZE_MAX)
		return 0;
	struct slice sides[2] = { sl_of(s.p, to), sl_from(s, to + 4) };
	int ok = 1;
	for (int k = 0; k < 2 && ok; k++) {
		size_t sep, e = party_sep(sides[k], &sep);
		struct slice first = sl_trim(e == SIZE_MAX ? sides[k] : sl_of(sides[k].p, e));
		char *name = party_resolve(ps->d, first, 1);
		ok = name != NULL && !word_in(first, name_stops);
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
	size_t i = line_next(ps, 0);
	for (int k = 0; k < 4 && i < ps->footer; k++, i = line_next(ps, i + 1)) {
		struct slice t = line_text(ps, i), code;
		const char *kind = file_code_line(t, &code);
		if (kind != NULL) {
			if (d->kind == NULL)
				doc_set(&d->kind, kind);
			if (d->source == NULL) {
				char *c = sl_dup(code);
				doc_set(&d->source, c);
				free(c);
			}
			lines_drop(ps, i, i + 1);
			continue;
		}
		if (marking_line(t) || (t.n > 2 && t.p[0] == '[' && t.p[t.n - 1] == ']' && sl_find(t, " ") == SIZE_MAX))
			continue;
		if (t.n > 200 || para_end(ps, i) != i + 1)
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
			if (is_digit((unsigned char)rest.p[c])) {
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
		lines_drop(ps, i, i + 1);
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

/* ------------------------------------------------------------------ */
/* Bare letters: header, date line, salutation, signature             */
/* ------------------------------------------------------------------ */

/* A telegram's header line: "CIPHERED TELEGRAM # 75352". */
static void kind_header(struct parser *ps)
{
	struct doc *d = ps->d;
	size_t i = line_next(ps, 0);
	for (int k = 0; k < 12 && i < ps->footer; k++, i = line_next(ps, i + 1)) {
		struct slice t = line_text(ps, i), after;
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
	struct date dt;
	struct slice printed;
	for (size_t i = 0; i < ps->footer; i++) {
		if (line_usable(ps, i) && date_line(line_text(ps, i), 2, &dt, &printed)) {
			date_set(ps->d, dt, printed);
			return;
		}
	}
}

/* The salutation among the opening lines ("To Comrade Stalin, I.V.",
 * "Dear Comrade Mao Zedong,", "Comrade Kim Il Sung!") names recipients. */
static void salutation_parse(struct parser *ps)
{
	size_t i = line_next(ps, 0);
	for (int k = 0; k < 4 && i < ps->footer; k++, i = line_next(ps, i + 1)) {
		struct slice t = line_text(ps, i), inner;
		if (t.n > 100)
			continue;
		if (bold_inner(t, &inner))
			t = inner;
		const char *open = salutation_opening(t);
		if (open != NULL) {
			struct slice rest = sl_from(t, strlen(open));
			while (rest.n > 0 && strchr("!:,", rest.p[rest.n - 1]) != NULL)
				rest.n--;
			if (word_in(rest, name_stops))
				return;
			if (ps->d->to.n == 0)
				ps->saluted = parties_add(ps, &ps->d->to, rest) > 0;
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
	for (size_t i = line_next(ps, 0); i < ps->footer; i = line_next(ps, i + 1)) {
		struct slice t = line_text(ps, i);
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
		if (name.n == 0 && i + 1 < ps->nlines && line_usable(ps, i + 1))
			name = line_text(ps, i + 1);
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
		struct slice w = token_next(s, &q), b = tok_bare(w);
		if (w.n == 0 || !first_is_upper(w) || word_in(b, name_stops) || word_in(b, honorifics))
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
		if (ps->lines[i].drop)
			continue;
		struct slice s = line_raw(ps, i);
		size_t pos = 0;
		for (struct slice t = token_next(s, &pos); t.n > 0; t = token_next(s, &pos)) {
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
				if (closed || !sl_ieq(token_next(s, &p2), "and"))
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
	size_t nt = tokens_split(line, tok, 12), i = 0;
	struct strv got;
	strv_init(&got);
	while (nt <= 12 && i < nt) {
		size_t best = 0;
		for (size_t k = 0; k < ps->known.n; k++) {
			struct slice kt[8];
			size_t kn = tokens_split(sl_cstr(ps->known.v[k]), kt, 8);
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
		parties_add(ps, out, line);
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
	if (t.n > 60 || tokens_split(t, tok, 8) > 6)
		return 0;
	for (size_t i = 0; closings[i] != NULL; i++)
		if (sl_istarts(t, closings[i]))
			return 1;
	return 0;
}

/* The signature is the line after a closing formula, or else the line
 * just before the date line, when it reads as names. */
/* The first usable line before i, or SIZE_MAX. */
static size_t line_prev(const struct parser *ps, size_t i)
{
	while (i-- > 0)
		if (line_usable(ps, i))
			return i;
	return SIZE_MAX;
}

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
	size_t around[2] = { line_prev(ps, date_at), line_next(ps, date_at + 1) };
	for (size_t k = 0; k < 2; k++) {
		char *num = NULL;
		size_t i = around[k];
		if (i >= ps->footer || !number_line(line_text(ps, i), &num))
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
	for (size_t i = line_next(ps, 0); i < ps->footer; i = line_next(ps, i + 1)) {
		if (closing_line(line_text(ps, i))) {
			ps->letter = 1;
			closed = 1;
			sig = line_next(ps, i + 1);
			break;
		}
	}
	if (sig == SIZE_MAX && ps->heading) {
		/* under a heading the date line opens the document: the
		 * signature is its last line */
		sig = line_prev(ps, ps->footer);
	} else if (sig == SIZE_MAX && date_at != SIZE_MAX) {
		sig = line_prev(ps, date_at);
		if (sig != SIZE_MAX && sig == number_at)
			sig = line_prev(ps, sig);
	}
	if (sig >= ps->footer)
		return;
	struct slice t = line_text(ps, sig);
	struct slice plain = t;
	size_t b = sl_find(t, "[");
	if (b == SIZE_MAX)
		b = sl_find(t, "(");
	if (b != SIZE_MAX)
		plain = sl_trim(sl_of(t.p, b));
	struct slice tok[12];
	if (plain.n == 0 || tokens_split(plain, tok, 12) > 8 || !name_like(plain, 1) || marking_line(plain))
		return;
	size_t up, low, dig;
	letters_count(plain, &up, &low, &dig);
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
	struct date dt;
	struct slice printed;
	for (size_t i = 0; i < ps->footer; i++)
		if (line_usable(ps, i) && date_line(line_text(ps, i), 2, &dt, &printed))
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
	while (i < t.n && (is_digit((unsigned char)t.p[i]) || t.p[i] == '.'))
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
	size_t i = line_next(ps, 0);
	for (int k = 0; k < 40 && i < ps->footer; k++, i = line_next(ps, i + 1)) {
		struct slice t = line_text(ps, i);
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
	struct slice lines[2] = { sl_of("", 0), line_text(ps, date_at) };
	size_t prev = line_prev(ps, date_at);
	if (prev != SIZE_MAX && line_text(ps, prev).n > 0 && line_text(ps, prev).p[line_text(ps, prev).n - 1] == ',')
		lines[0] = line_text(ps, prev);
	for (int k = 0; k < 2; k++) {
		size_t c = sl_find(lines[k], ",");
		struct slice place = k == 1 && c != SIZE_MAX ? sl_of(lines[k].p, c) : lines[k];
		size_t pos = 0;
		for (struct slice w = token_next(place, &pos); w.n > 0; w = token_next(place, &pos)) {
			w = tok_bare(w);
			if (word_in(w, missions))
				return 2;
			if (word_in(w, consular))
				return 3;
			if (word_in(w, home))
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
	size_t i = line_next(ps, date_at + 1);
	if (i >= ps->footer)
		return;
	struct slice t = line_text(ps, i);
	int n = 0;
	size_t k = date_num(t.p, t.n, 6, &n);
	if (k == 0 || k + 2 >= t.n || t.p[k] != '.' || t.p[k + 1] != ' ' || !first_is_upper(sl_from(t, k + 2)))
		return;
	char *next = xasprintf("%d. ", n + 1);
	int listed = 0;
	for (size_t j = line_next(ps, i + 1); j < ps->footer && !listed; j = line_next(ps, j + 1))
		listed = sl_istarts(line_text(ps, j), next);
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

/* ------------------------------------------------------------------ */
/* The body                                                           */
/* ------------------------------------------------------------------ */

/* Appends a body line; Markdown backslash escapes ("\[") are undone. */
static void body_add_line(const struct parser *ps, struct buf *b, struct slice t)
{
	if (!ps->markdown) {
		buf_add(b, t.p, t.n);
		return;
	}
	for (size_t i = 0; i < t.n; i++) {
		if (t.p[i] == '\\' && i + 1 < t.n && strchr("\\`*_{}[]()#+-.!<>", t.p[i + 1]) != NULL)
			i++;
		buf_addc(b, t.p[i]);
	}
}

/* "a)", "b.", "(c)", "iv)": a list item, which may start in lower case. */
static int list_marker(struct slice t)
{
	size_t pos = 0;
	struct slice w = token_next(t, &pos);
	if (w.n >= 2 && w.p[0] == '(')
		w = sl_from(w, 1);
	if (w.n < 2 || w.n > 5 || strchr(").", w.p[w.n - 1]) == NULL)
		return 0;
	for (size_t i = 0; i + 1 < w.n; i++)
		if (!is_ascii_alpha((unsigned char)w.p[i]))
			return 0;
	return 1;
}

/* Repairs a page break between the text so far and the next line, which
 * starts with a lower-case letter and so continues a sentence: a word
 * hyphenated across the break ("na-" + "tional") is rejoined, and a
 * sentence cut after a word or a comma ("the Korean people" +
 * "themselves") is joined by a space. A semicolon or a colon may end a
 * clause set as its own paragraph, and list items ("b) to reduce") may
 * start in lower case: those stay paragraphs. Returns 0 for a paragraph
 * break. Hyphens inside a line are never touched. */
static int page_join(struct buf *b, struct slice t)
{
	size_t l1, l2, l3;
	if (b->len == 0 || !uc_is_lower(char_at(t.p, t.n, &l2)) || list_marker(t))
		return 0;
	ucs4_t last = char_before(b->data, b->len, &l1);
	if (last == '-' || last == 0xad || last == 0x2010) {
		if (!uc_is_alpha(char_before(b->data, b->len - l1, &l3)))
			return 0;
		buf_truncate(b, b->len - l1);
		return 1;
	}
	if (uc_is_alpha(last) || last == ',') {
		buf_addc(b, ' ');
		return 1;
	}
	return 0;
}

/* Assembles the remaining lines: trailing white space trimmed, page
 * breaks repaired, paragraphs separated by one blank line. */
static void body_assemble(const struct parser *ps, struct buf *b)
{
	int gap = 0, cut = 0;
	for (size_t i = 0; i < ps->nlines; i++) {
		if (ps->lines[i].drop) {
			cut = 1;
			continue;
		}
		struct slice t = sl_rtrim(line_raw(ps, i));
		if (sl_ltrim(t).n == 0) {
			gap = 1;
			continue;
		}
		if (b->len == 0) {
			body_add_line(ps, b, sl_ltrim(t));
		} else if (!gap && !cut) {
			buf_addc(b, '\n');
			body_add_line(ps, b, t);
		} else if (!cut && page_join(b, t)) {
			body_add_line(ps, b, t);
		} else {
			buf_add(b, "\n\n", 2);
			body_add_line(ps, b, t);
		}
		gap = cut = 0;
	}
}

/* The first "cc" in [p, end), or NULL: memchr finds the candidates. */
static const char *find_double(const char *p, const char *end, char c)
{
	while (p + 1 < end && (p = memchr(p, c, (size_t)(end - p - 1))) != NULL) {
		if (p[1] == c)
			return p;
		p++;
	}
	return NULL;
}

/* Removes Markdown strong emphasis: "**" markers paired within a
 * paragraph; an unpaired one is text and stays. The text between markers
 * is copied in runs, not byte by byte. */
static void emphasis_strip(const char *s, size_t n, struct buf *out)
{
	const char *p = s, *end = s + n;
	while (p < end) {
		const char *e = find_double(p, end, '\n');
		if (e == NULL)
			e = end;
		size_t count = 0;
		for (const char *q = p; (q = find_double(q, e, '*')) != NULL; q += 2)
			count++;
		for (size_t skip = count - count % 2; skip > 0; skip--) {
			const char *q = find_double(p, e, '*');
			buf_add(out, p, (size_t)(q - p));
			p = q + 2;
		}
		buf_add(out, p, (size_t)(e - p));
		if (e == end)
			break;
		buf_add(out, "\n\n", 2);
		p = e + 2;
	}
}

/* Final tidying: lines' trailing white space trimmed, one blank line
 * between paragraphs, none at either end. */
static char *body_tidy(const char *s, size_t n, size_t *outlen)
{
	struct buf b;
	buf_init(&b);
	int gap = 0;
	for (size_t p = 0; p < n;) {
		size_t e = p;
		while (e < n && s[e] != '\n')
			e++;
		struct slice t = sl_rtrim(sl_of(s + p, e - p));
		if (sl_ltrim(t).n == 0) {
			gap = b.len > 0;
		} else {
			if (b.len == 0)
				t = sl_ltrim(t);
			else
				buf_add(&b, gap ? "\n\n" : "\n", gap ? 2 : 1);
			buf_add(&b, t.p, t.n);
			gap = 0;
		}
		p = e + 1;
	}
	*outlen = b.len;
	return buf_detach(&b);
}

static void body_build(struct parser *ps)
{
	struct buf raw, plain;
	buf_init(&raw);
	buf_init(&plain);
	body_assemble(ps, &raw);
	emphasis_strip(raw.data ? raw.data : "", raw.len, &plain);
	free(ps->d->body);
	ps->d->body = body_tidy(plain.data ? plain.data : "", plain.len, &ps->d->body_len);
	buf_free(&raw);
	buf_free(&plain);
}

/* ------------------------------------------------------------------ */
/* Editorial brackets                                                 */
/* ------------------------------------------------------------------ */

/* Whether a word can be part of a name run read backwards from a
 * bracket; *style (-1 until the first word) keeps the run to one case,
 * so "the DPRK Pak Heon-yeong" yields "Pak Heon-yeong". */
static int name_token_ok(struct slice t, int *style)
{
	size_t up, low, dig;
	letters_count(t, &up, &low, &dig);
	if (dig > 0 || up == 0)
		return 0;
	for (size_t i = 0; i < t.n; i++)
		if (strchr("[](){}<>\"", t.p[i]) != NULL)
			return 0;
	int initials = tok_is_initials(t);
	char end = t.p[t.n - 1];
	if (!initials && strchr(",;:.!?", end) != NULL)
		return 0;
	if (sl_iends(t, "'s") || sl_iends(t, "\xe2\x80\x99s"))
		return 0;
	if (!first_is_upper(t) || word_in(t, honorifics) || word_in(t, name_stops))
		return 0;
	if (initials)
		return 1;
	int caps = low == 0 && up >= 2;
	if (*style < 0)
		*style = caps;
	return *style == caps;
}

/* The name printed just before body[pos] ("Feng Xi" in "Feng Xi
 * [Stalin]"): capitalised words of one case style on the same line,
 * stopping at honorifics, lower-case and sentence-opening words; or a
 * quoted word ('"I" [Stalin]'), when *quoted is set. */
static int name_before(const char *s, size_t pos, struct slice *name, int *quoted)
{
	size_t i = pos, l;
	*quoted = 0;
	while (i > 0 && is_blank(char_before(s, i, &l)))
		i -= l;
	size_t end = i;
	ucs4_t c = char_before(s, i, &l);
	if (c == '"' || c == 0x201d || c == 0xbb) {
		size_t j = i - l, lim = j > 60 ? j - 60 : 0, l2;
		while (j > lim) {
			ucs4_t o = char_before(s, j, &l2);
			if (o == '\n')
				return 0;
			if (o == '"' || o == 0x201c || o == 0xab) {
				*name = sl_trim(sl_of(s + j, i - l - j));
				*quoted = 1;
				return name->n > 0 && first_is_upper(*name) && name_like(*name, 0);
			}
			j -= l2;
		}
		return 0;
	}
	size_t start = end, t_end = end;
	int ntok = 0, style = -1;
	while (ntok < 5 && t_end > 0) {
		size_t t_start = t_end;
		while (t_start > 0 && t_end - t_start < 64 && !is_ws(char_before(s, t_start, &l)))
			t_start -= l;
		if (t_start == t_end || t_end - t_start >= 64)
			break;
		if (!name_token_ok(sl_of(s + t_start, t_end - t_start), &style))
			break;
		start = t_start;
		ntok++;
		size_t g = t_start;
		while (g > 0 && is_blank(char_before(s, g, &l)))
			g -= l;
		if (g == t_start)
			break;
		t_end = g;
	}
	if (ntok == 0)
		return 0;
	*name = sl_of(s + start, end - start);
	return 1;
}

/* Whether the bracket follows a word: original-language terms are glossed
 * right after the English they translate. */
static int follows_word(const char *s, size_t pos)
{
	size_t l;
	while (pos > 0 && is_blank(char_before(s, pos, &l)))
		pos -= l;
	ucs4_t c = char_before(s, pos, &l);
	return pos > 0 && (uc_is_alpha(c) || c == ')' || c == '"' || c == 0x201d);
}

/* Word endings and letter groups of Russian and Chinese romanisation
 * that English words (almost) never have. */
static const char *const translit_endings[] = {
	"ii", "yi", "oi", "yy", "iy", "ost'", "ost\xe2\x80\x99", "stvo", "stva", "iki",
	"ykh", "ikh", "ogo", "ego", "omu", "nyi", "nyy", "aya", "oye", "iye", "tsia",
	"tsiia", "tsiya", "niia", "nost", "skii", "skiy", "kaia", "ovat'", "ovat", NULL
};
static const char *const translit_groups[] = { "kh", "zh", "shch", "ii", "yy", NULL };

/* English contractions, whose apostrophe is not a soft sign. */
static const char *const contractions[] = { "s", "t", "d", "m", "ll", "re", "ve", NULL };

/* Whether a lower-case bracket is an original-language term rather than
 * English words supplied by the editor. A dictionary of English would
 * be overkill and brittle; transliterations give themselves away:
 *  - strong evidence: a letter outside Latin (Cyrillic, CJK, Hangul), a
 *    Latin letter with a diacritic (Pinyin tones, MR breves), or an
 *    apostrophe inside a word that is not an English contraction (the
 *    Russian soft sign: nedovol'stvo, bol'shoi);
 *  - weak evidence: Russian endings (-ii, -oi, -stvo, -iki, -ykh ...) and
 *    letter groups (kh, zh, shch), Pinyin's q not followed by u or an
 *    initial x before a vowel; it counts only when no word is a common
 *    English function word ("[to serve]", "[the possibility]", "[am]"
 *    are English, whatever their letters). */
static int term_original(struct slice t)
{
	size_t up, low, dig;
	letters_count(t, &up, &low, &dig);
	int strong = 0, weak = 0, english = 0;
	for (size_t i = 0, l; i < t.n; i += l) {
		ucs4_t c = char_at(t.p + i, t.n - i, &l);
		if (uc_is_alpha(c) && c >= 0x370)
			return 1;
		if (uc_is_alpha(c) && c >= 0x80)
			strong = 1;
	}
	struct slice tok[8];
	size_t nt = tokens_split(t, tok, 8);
	if (up > 0 || dig > 0 || nt == 0 || nt > 5)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice w = tok_bare(tok[i]);
		char lw[64];
		if (w.n == 0 || w.n >= sizeof lw)
			continue;
		for (size_t k = 0; k < w.n; k++)
			lw[k] = (char)lower_ascii((unsigned char)w.p[k]);
		lw[w.n] = '\0';
		struct slice sw = sl_cstr(lw);
		if (word_in(sw, function_words))
			english = 1;
		for (size_t k = 1; k + 1 < w.n; k++) {
			size_t al = 0;
			if (lw[k] == '\'')
				al = 1;
			else if (k + 3 < w.n && memcmp(lw + k, "\xe2\x80\x99", 3) == 0)
				al = 3;
			if (al && is_ascii_alpha((unsigned char)lw[k - 1]) && !word_in(sl_cstr(lw + k + al), contractions))
				strong = 1;
		}
		for (size_t k = 0; translit_endings[k] != NULL; k++)
			if (w.n > strlen(translit_endings[k]) + 1 && str_has_suffix(lw, translit_endings[k]))
				weak = 1;
		for (size_t k = 0; translit_groups[k] != NULL; k++)
			if (strstr(lw, translit_groups[k]) != NULL)
				weak = 1;
		for (size_t k = 0; k + 1 < w.n; k++)
			if (lw[k] == 'q' && lw[k + 1] != 'u')
				weak = 1;
		if (lw[0] == 'x' && w.n > 1 && strchr("aeiou", lw[1]) != NULL)
			weak = 1;
	}
	return strong || (weak && !english);
}

static const char *const editor_openings[] = {
	"translator's note", "translator\xe2\x80\x99s note", "translators' note",
	"translator's comment", "translator:", "editor's note", "editor\xe2\x80\x99s note",
	"editors' note", "editor's comment", "editor:", "ed.:", "ed.", "ed:", "eds.",
	"tn:", "t.n.", "trans.", "transl.", "note:", "note by", "n.b.", "author's note",
	"comment:", NULL
};

/* First words of physical descriptions of the paper. */
static const char *const physical_words[] = {
	"handwritten", "handwriting", "hand-written", "stamp", "stamped", "seal",
	"sealed", "signature", "signatures", "signed", "initials", "initialled",
	"initialed", "typed", "typewritten", "margin", "marginal", "marginalia",
	"underlined", "underlining", "crossed", "struck", "strikethrough", "deleted",
	"erased", "attached", "attachment", "enclosure", "annotation", "annotated",
	"letterhead", "resolution", "illustration", "photograph", "photo", "watermark",
	"torn", "damaged", "blank", NULL
};

/* First words of uncertain readings. */
static const char *const uncertain_words[] = {
	"illegible", "unclear", "unreadable", "indecipherable", "undecipherable",
	"uncertain", "possibly", "probably", "perhaps", "presumably", "text missing",
	"missing", NULL
};

/* Scraping artefacts that only look like brackets. */
static const char *const artefacts[] = { "email protected", "email", "at", "dot", "x", "", NULL };

/* The bracket's first word, lower-cased, without trailing punctuation. */
static struct slice first_word(struct slice t)
{
	size_t pos = 0;
	struct slice w = token_next(t, &pos);
	while (w.n > 0 && strchr(":,;.", w.p[w.n - 1]) != NULL)
		w.n--;
	return w;
}

/* Footnotes defined as "[N] text" at line starts, indexed once by
 * number so that a text of many markers stays linear. */
static void footnotes_index(const char *s, size_t n, struct slice *defs)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '[' || (i > 0 && s[i - 1] != '\n'))
			continue;
		int v;
		size_t dl = date_num(s + i + 1, n - i - 1, 3, &v);
		if (dl == 0 || i + 1 + dl >= n || s[i + 1 + dl] != ']' || defs[v].n > 0)
			continue;
		size_t b = i + 2 + dl, e = b;
		while (e < n && s[e] != '\n')
			e++;
		defs[v] = sl_trim(sl_of(s + b, e - b));
	}
}

struct notes_ctx {
	struct parser *ps;
	struct doc_note *notes;         /* grown geometrically, then handed */
	size_t nnotes, cap;             /* to the document in one piece */
	struct slice defs[1000];        /* footnote texts by number */
	int indexed;
};

/* Classifies the bracket body[start, end) ('[' to ']'); returns 0 for
 * what is not an editorial note. *text is set for a footnote. */
static int bracket_classify(struct notes_ctx *nc, size_t start, size_t end, enum note_kind *kind,
			    struct slice *text)
{
	struct doc *d = nc->ps->d;
	const char *s = d->body;
	size_t n = d->body_len;
	struct slice in = sl_of(s + start + 1, end - start - 2), t = sl_trim(in), name;
	*text = in;
	/* a Markdown link or image, a checkbox, an e-mail obfuscation */
	if ((end < n && s[end] == '(') || (start > 0 && s[start - 1] == '!'))
		return 0;
	char norm[32];
	if (t.n < sizeof norm) {
		size_t k = 0;
		for (size_t i = 0, l; i < t.n; i += l) {
			ucs4_t c = char_at(t.p + i, t.n - i, &l);
			norm[k++] = is_ws(c) ? ' ' : (char)lower_ascii(c < 128 ? (int)c : '?');
		}
		norm[k] = '\0';
		if (word_in(sl_cstr(norm), artefacts))
			return 0;
	}
	/* numbers: footnote markers when their text is there, else nothing */
	size_t up, low, dig;
	letters_count(t, &up, &low, &dig);
	if (t.n > 0 && dig == t.n && t.n <= 3) {
		int v;
		date_num(t.p, t.n, 3, &v);
		if (!nc->indexed) {
			footnotes_index(s, n, nc->defs);
			nc->indexed = 1;
		}
		/* the definition itself is no marker */
		if (start == 0 || s[start - 1] == '\n' || nc->defs[v].n == 0)
			return 0;
		*text = nc->defs[v];
		*kind = NOTE_FOOTNOTE;
		return 1;
	}
	int dots = 0, other = 0;
	for (size_t i = 0, l; i < t.n; i += l) {
		ucs4_t c = char_at(t.p + i, t.n - i, &l);
		if (c == '.' || c == 0x2026)
			dots++;
		else if (!is_blank(c))
			other++;
	}
	if (dots > 0 && other == 0 && (dots > 1 || t.n > 1)) {
		*kind = NOTE_ELISION;
		return 1;
	}
	struct slice w = first_word(t);
	if (sl_istarts(t, "sic") && (t.n == 3 || !is_ascii_alpha((unsigned char)t.p[3]))) {
		*kind = NOTE_SIC;
		return 1;
	}
	for (size_t i = 0; editor_openings[i] != NULL; i++) {
		if (sl_istarts(t, editor_openings[i])) {
			*kind = NOTE_EDITOR;
			return 1;
		}
	}
	if (word_in(w, physical_words) || ((sl_ieq(w, "page") || sl_ieq(w, "pages")) && dig > 0) ||
	    sl_find(t, "andwritten") != SIZE_MAX || sl_find(t, "andwriting") != SIZE_MAX) {
		*kind = NOTE_PHYSICAL;
		return 1;
	}
	if ((t.n > 0 && t.p[t.n - 1] == '?') || word_in(w, uncertain_words)) {
		*kind = NOTE_UNCERTAIN;
		return 1;
	}
	char *canon = NULL;
	int quoted = 0, has_name = name_before(s, start, &name, &quoted);
	if (alias_description(t, &canon)) {
		if (has_name && canon != NULL) {
			char *nm = name_canonical(name);
			if (nm != NULL && strlen(nm) > 1)
				alias_add(d, nm, canon);
			free(nm);
		}
		free(canon);
		*kind = NOTE_ALIAS;
		return 1;
	}
	if (name_like(t, 0) && first_is_upper(t)) {
		*kind = NOTE_SUPPLIED;
		if (has_name)
			free(alias_resolve(d, name, t, quoted, kind));
		return 1;
	}
	*kind = follows_word(s, start) && term_original(t) ? NOTE_ORIGINAL : NOTE_SUPPLIED;
	return t.n > 0;
}

static int note_cmp(const void *a, const void *b)
{
	const struct doc_note *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* Brackets are matched with a stack that a blank line clears: a bracket
 * never spans paragraphs, an unterminated one is no note, nested ones are
 * each a note. */
static void notes_scan(struct parser *ps)
{
	struct doc *d = ps->d;
	struct notes_ctx *nc = xcalloc(1, sizeof *nc);
	size_t *stack = NULL, depth = 0, cap = 0;
	nc->ps = ps;
	for (size_t i = 0; i < d->body_len; i++) {
		char c = d->body[i];
		if (c == '\n' && i + 1 < d->body_len && d->body[i + 1] == '\n') {
			depth = 0;
		} else if (c == '[') {
			if (depth == cap) {
				cap = cap ? cap * 2 : 16;
				stack = xreallocarray(stack, cap, sizeof *stack);
			}
			stack[depth++] = i;
		} else if (c == ']' && depth > 0) {
			size_t start = stack[--depth], end = i + 1;
			enum note_kind kind;
			struct slice text;
			if (end - start > 4096 || !bracket_classify(nc, start, end, &kind, &text))
				continue;
			if (nc->nnotes == nc->cap) {
				nc->cap = nc->cap ? nc->cap * 2 : 16;
				nc->notes = xreallocarray(nc->notes, nc->cap, sizeof *nc->notes);
			}
			nc->notes[nc->nnotes++] = (struct doc_note){ start, end, kind, sl_dup(text) };
		}
	}
	free(stack);
	if (nc->nnotes > 1)
		qsort(nc->notes, nc->nnotes, sizeof *nc->notes, note_cmp);
	/* doc_add_note grows its array by one each time, which is quadratic
	 * for the thousands of brackets a hostile text may hold; the array
	 * is the document's like any other (doc_free frees it). */
	for (size_t i = 0; i < d->nnotes; i++)
		free(d->notes[i].text);
	free(d->notes);
	d->notes = nc->notes;
	d->nnotes = nc->nnotes;
	free(nc);
}

/* ------------------------------------------------------------------ */
/* A title when the document has none                                 */
/* ------------------------------------------------------------------ */

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
		if (c == '.' && (word_in(word, abbreviations) || tok_is_initials(word)))
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
		ucs4_t c = char_at(s.p + i, s.n - i, &l);
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

/* ------------------------------------------------------------------ */

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
	body_build(&ps);
	notes_scan(&ps);
	sender_from_summary(&ps);
	title_fallback(&ps, path);
	parser_free(&ps);
	return d;
}
