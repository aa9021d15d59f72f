/* header_roles.c: what each line of a page is, by its own features: a
 * site's furniture, a label and its value, a date, the archive's
 * citation, a classification marking, a release stamp, a decimal file
 * line, a page marker, a link, or text. The readers (header_page.c,
 * header_title.c, header_letter.c) look at lines by these roles. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "header_priv.h"

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
 * a time ("—7 p.m.", ", 3:00") and a parenthesised remark or a receipt
 * ("(Received March 26.)", "[Received March 15—10 a. m.]": the date of
 * arrival, which is not the document's). */
static int date_tail_ok(struct slice s)
{
	s = date_sep_skip(s);
	size_t t = date_time_len(s.p, s.n);
	if (t > 0)
		s = date_sep_skip(sl_from(s, t));
	if (s.n >= 2 && s.p[0] == '(' && s.p[s.n - 1] == ')' && memchr(s.p, ')', s.n - 1) == NULL)
		return 1;
	/* "[Received March 15—10 a. m.]", ", Received March 15, 10 a.m.":
	 * the receipt run onto the dateline's line, as a page's text joins
	 * them; the date before it is the paper's */
	if (sl_istarts(s, "[Received ") || sl_istarts(s, "Received "))
		return 1;
	return sl_trim(s).n == 0;
}

/* A date, or where a header line holds one, a year alone. */
static size_t date_or_year(const char *p, size_t n, struct date_val *v)
{
	size_t k = date_parse(p, n, 0, v);
	return k ? k : date_parse_year(p, n, v);
}

static int date_line_plain(struct slice s, int min, struct date_val *dt, struct slice *printed)
{
	s = sl_trim(s);
	if (s.n >= 4 && memcmp(s.p, "**", 2) == 0 && memcmp(s.p + s.n - 2, "**", 2) == 0)
		s = sl_trim(sl_of(s.p + 2, s.n - 4));
	/* "(July 29, 1978)" under a title */
	if (s.n >= 8 && s.p[0] == '(' && s.p[s.n - 1] == ')' && memchr(s.p + 1, '(', s.n - 2) == NULL)
		s = sl_trim(sl_of(s.p + 1, s.n - 2));
	while (s.n > 0 && strchr(".,;", s.p[s.n - 1]) != NULL)
		s.n--;
	/* "Dated June 10, 1940", "on 20 July 1965", "Date: 13 March 1952";
	 * and an archive's estimate of an undated paper's year ("c. 1962",
	 * "circa 1962", "Summer 1962", "Early 1962"): the year, no more */
	static const char *const openings[] = { "dated ", "date: ", "date ", "on ", "c. ", "ca. ", "circa ", "early ",
						"late ", "mid-", "spring ", "summer ", "autumn ", "fall ", "winter ", NULL };
	for (size_t i = 0; openings[i] != NULL; i++) {
		if (sl_istarts(s, openings[i]) && s.n > strlen(openings[i]) + 3) {
			s = sl_trim(sl_from(s, strlen(openings[i])));
			break;
		}
	}
	if (s.n == 0 || s.n > 100)
		return 0;
	size_t k = date_or_year(s.p, s.n, dt);
	if (k == 0) {
		/* the place may have commas of its own ("Bluefields,
		 * Mosquito Reservation, Nicaragua, May 30, 1894"): the date
		 * follows one of them */
		if (!tok_is_upper(s))
			return 0;
		struct slice line = s;
		for (size_t c = 0; k == 0 && c + 2 < s.n && c <= 60; c++) {
			if (ch_is_digit((unsigned char)s.p[c]))
				return 0;
			if (s.p[c] == ',' && s.p[c + 1] == ' ') {
				k = date_or_year(s.p + c + 2, s.n - c - 2, dt);
				if (k > 0)
					s = sl_from(s, c + 2);
			}
		}
		if (k == 0)
			return 0;
		/* a title with its date after it ("Telegram from the Polish
		 * Embassy in Havana (Jeleń), 21 November 1962") is no dateline:
		 * a place names no kind, no parties, no brackets */
		size_t comma = sl_find(line, ",");
		struct slice head = sl_of(line.p, comma < 60 ? comma : line.n < 60 ? line.n : 60), after;
		if (header_kind_find(head, 3, &after) != NULL || sl_find(head, "(") != SIZE_MAX ||
		    sl_find(head, " from ") != SIZE_MAX || sl_find(head, " to ") != SIZE_MAX)
			return 0;
		/* "SUBJECT: Meeting with Senator Brown, 12 May 1961": a label's
		 * value with its date, the event's; a place has no colon */
		if (sl_find(head, ": ") != SIZE_MAX)
			return 0;
		/* "Sino-Soviet Trade, 1981": a year alone after words is a
		 * title's; a dateline's after its place ("WASHINGTON , 1974",
		 * its day and month left blank; "Moscow, 1952") */
		size_t up, low, dig;
		sl_letters(head, &up, &low, &dig);
		if (dt->m == 0 && low > 0 && !tok_in(sl_trim(head), lex_places))
			return 0;
	}
	int precision = dt->d ? 3 : dt->m ? 2 : 1;
	if (!date_tail_ok(sl_from(s, k)) || precision < min)
		return 0;
	*printed = sl_of(s.p, k);
	return 1;
}

int header_date_line(struct slice s, int min, struct date_val *dt, struct slice *printed)
{
	s = sl_trim(s);
	/* every date we read has a figure in it; most lines have none */
	size_t d = 0;
	while (d < s.n && (s.p[d] < '0' || s.p[d] > '9'))
		d++;
	if (d == s.n)
		return 0;
	if (s.n == 0 || s.n > 100 || memchr(s.p, '[', s.n) == NULL)
		return date_line_plain(s, min, dt, printed);
	/* the editor's brackets around what the paper lacks: "[Washington,]
	 * 7 August 1946", "Chungking, [August 12, 1945—2:12 a.m. (?)]"; the
	 * date is printed as the whole line */
	char plain[128];
	size_t n = 0;
	for (size_t i = 0; i < s.n; i++)
		if (s.p[i] != '[' && s.p[i] != ']')
			plain[n++] = s.p[i];
	struct slice in = sl_of(plain, n), pr;
	/* "(?)": the editor's doubt of a time, no remark of the paper's */
	if (in.n > 4 && memcmp(in.p + in.n - 3, "(?)", 3) == 0)
		in = sl_trim(sl_of(in.p, in.n - 3));
	if (!date_line_plain(in, min, dt, &pr))
		return 0;
	*printed = s;
	return 1;
}

/* Whether line i of L stands under a declassification's stamp
 * ("Declassified 98-005#5" / "13 Oct 1998"). */
static int declassified_date(const struct lines *L, size_t i)
{
	size_t above = line_prev(L, i);
	if (above == SIZE_MAX)
		return 0;
	struct slice u = line_text(L, above);
	return u.n <= 40 && sl_istarts(u, "Declassified ");
}

int header_marking(struct slice t)
{
	t = sl_trim(t);
	if (t.n > 80)
		return 0;
	while (t.n > 0 && strchr(".!:", t.p[t.n - 1]) != NULL)
		t.n--;
	if (tok_in(t, lex_markings) || sl_istarts(t, "copy no") || sl_istarts(t, "copy #"))
		return 1;
	struct slice tok[8];
	size_t nt = tok_split(t, tok, 8), core = 0;
	if (nt == 0 || nt > 8)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice w = tok_bare(tok[i]);
		if (!tok_in(w, lex_marking_words))
			return 0;
		core += tok_in(w, lex_markings);
	}
	return core > 0;
}

static int starts_any(struct slice t, const char *const *list)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (sl_istarts(t, list[i]))
			return 1;
	return 0;
}

/* A site's name over its pages: a short title-case line naming no kind
 * of paper, ending in a word such as "Archive" or "Reader". */
static int banner(struct slice t)
{
	struct slice tok[12], after;
	/* "Archive (Reagan Library)": a site's part, the collection after */
	if (t.n > 2 && t.p[t.n - 1] == ')' && sl_find(t, " (") != SIZE_MAX && sl_find(t, " (") < 40) {
		struct slice head = sl_of(t.p, sl_find(t, " ("));
		if (sl_find(head, " ") == SIZE_MAX && tok_is_upper(head) && tok_in(head, lex_banner_ends))
			return 1;
	}
	/* the last word first: few lines end in "Archive" */
	size_t sp = t.n;
	while (sp > 0 && t.p[sp - 1] != ' ')
		sp--;
	if (!tok_in(tok_bare(sl_from(t, sp)), lex_banner_ends))
		return 0;
	size_t n = tok_split(t, tok, 12);
	if (n < 2 || n > 10 || !tok_is_upper(tok[0]) || !tok_is_upper(tok[n - 1]) ||
	    !tok_in(tok_bare(tok[n - 1]), lex_banner_ends) || header_kind_find(t, t.n, &after) != NULL)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tok_is_lower(tok[i]) && tok[i].n > 4)
			return 0;
	return 1;
}

/* A row of links: "By X | Go to book overview", "Home | Documents". */
static int link_row(struct slice t)
{
	static const char *const links[] = { "Go to ", "Back to ", "Return to ", "View ", "Download", "Print", "Share",
					     "Next", "Previous", "Home", NULL };
	if (sl_find(t, " | ") == SIZE_MAX || t.n > 160)
		return 0;
	for (size_t at = 0; at < t.n;) {
		size_t bar = sl_find(sl_from(t, at), " | ");
		struct slice seg = sl_trim(sl_of(t.p + at, bar == SIZE_MAX ? t.n - at : bar));
		if (starts_any(seg, links))
			return 1;
		if (bar == SIZE_MAX)
			break;
		at += bar + 3;
	}
	return 0;
}

/* "Anti-Semitism Biography History Holocaust Israel ... Travel Vital
 * Stats Women": a site's row of topics, ten words or more, each
 * capitalised and none all in capitals (a title printed so), with no word
 * that links words in a title ("of", "to", "from"): links, no heading. */
static int topic_row(const struct slice *tok, size_t n)
{
	static const char *const links[] = { "of", "to", "from", "the", "and", "on", "with", "in", "for", "by", "at",
					     "between", "about", "a", "an", NULL };
	if (n < 10)
		return 0;
	size_t caps = 0;
	for (size_t i = 0; i < n; i++) {
		struct slice w = tok[i];
		if (w.n == 1 && w.p[0] == '&')
			continue;
		if (!tok_is_upper(w) || tok_in(w, links) || tok_bare(w).n != w.n)
			return 0;
		size_t up, low, dig;
		sl_letters(w, &up, &low, &dig);
		if (dig > 0)
			return 0;
		caps += low == 0 && up > 1;
	}
	return caps * 4 < n;
}

/* A site's menu ("Bookstore Glossary Library Links News ..."), or a
 * collection's section heading ("Letters and Messages"). */
static int menu(struct slice t)
{
	/* a sentence's punctuation: no menu (and most lines stop here) */
	if (t.n == 0 || t.p[t.n - 1] == '.' || sl_find(t, ", ") != SIZE_MAX || sl_find(t, ". ") != SIZE_MAX)
		return 0;
	struct slice tok[24];
	size_t n = tok_split(t, tok, 24), nav = 0, section = 0, lower = 0;
	if (n == 0 || n > 24)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int is_nav = tok_in(tok_bare(tok[i]), lex_nav_words);
		/* menus capitalise their links; a sentence's "about" is none */
		nav += is_nav && tok_is_upper(tok[i]);
		lower += !is_nav && tok_is_lower(tok[i]);
		section += tok_in(tok_bare(tok[i]), lex_section_words);
	}
	return (nav >= 3 && lower * 4 <= n) || (section == n && n > 1 && tok_is_upper(tok[0])) || topic_row(tok, n);
}

static const struct lex_label *label_line(struct slice t, struct slice *value);

/* "CIA ARCHIVES" over "Document Type:": a catalogue's title in capitals
 * over its labelled block, though it ends as a site's name does. */
static int catalogue_title(const struct lines *L, size_t i)
{
	struct slice t = line_text(L, i), value;
	for (size_t k = 0; k < t.n; k++)
		if (t.p[k] >= 'a' && t.p[k] <= 'z')
			return 0;
	size_t j = i + 1;
	while (j < L->n && line_text(L, j).n == 0)
		j++;
	return j < L->n && label_line(line_text(L, j), &value) != NULL;
}

/* "Documents 29-38", "Documents 101–110": the range of an edition's
 * papers a web page holds, over the first of them; no title. */
static int documents_range(struct slice t)
{
	if (t.n < 13 || t.n > 32 || t.p[0] != 'D' || !sl_istarts(t, "Documents "))
		return 0;
	struct slice r = sl_trim(sl_from(t, 10));
	size_t i = 0, a, b;
	while (i < r.n && ch_is_digit((unsigned char)r.p[i]))
		i++;
	a = i;
	if (i < r.n && r.p[i] == '-')
		i++;
	else if (i + 3 <= r.n && memcmp(r.p + i, "\xe2\x80\x93", 3) == 0)
		i += 3;
	else
		return 0;
	b = i;
	while (i < r.n && ch_is_digit((unsigned char)r.p[i]))
		i++;
	return a > 0 && i > b && i == r.n;
}

/* "Page:Foreign Relations of the United States 1948 Volume 1 Part
 * 2.djvu/19": a wiki's name of the scanned page shown, no title. */
static int wiki_page_name(struct slice t)
{
	if (t.n < 8 || t.p[0] != 'P' || memcmp(t.p, "Page:", 5) != 0 || t.p[5] == ' ')
		return 0;
	struct slice tail = sl_of(t.p + (t.n > 24 ? t.n - 24 : 0), t.n > 24 ? 24 : t.n);
	return sl_find(tail, ".djvu/") != SIZE_MAX || sl_find(tail, ".pdf/") != SIZE_MAX;
}

static int furniture(struct slice t)
{
	return lex_furniture_line(t) || banner(t) || link_row(t) || menu(t) || documents_range(t) || wiki_page_name(t);
}

/* "Label:" or "Label: value" (also "**Label:** value" and "**Label**:");
 * *value is what follows the colon. */
static const struct lex_label *label_line(struct slice t, struct slice *value)
{
	struct slice in = t;
	*value = sl_of(t.p + t.n, 0);
	if (t.n >= 5 && memcmp(t.p, "**", 2) == 0) {
		size_t e = sl_find(sl_from(t, 2), "**");
		if (e == SIZE_MAX)
			return NULL;
		in = sl_of(t.p + 2, e);
		struct slice after = sl_from(t, e + 4);
		if (in.n > 0 && in.p[in.n - 1] == ':')
			in.n--;
		else if (after.n > 0 && after.p[0] == ':')
			after = sl_from(after, 1);
		else
			return NULL;
		*value = sl_trim(after);
		return lex_label_find(in);
	}
	/* "[Title] Japanese-Soviet Negotiations", "[Date] September 7,
	 * 1956": a database's labels in brackets */
	if (t.n >= 4 && t.p[0] == '[') {
		size_t e = sl_find(t, "]");
		if (e != SIZE_MAX && e < 32 && (e + 1 == t.n || t.p[e + 1] == ' ')) {
			const struct lex_label *lb = lex_label_find(sl_of(t.p + 1, e - 1));
			if (lb != NULL)
				*value = sl_trim(sl_from(t, e + 1));
			return lb;
		}
	}
	size_t c = sl_find(t, ":");
	if (c == SIZE_MAX || c > 48 || (c + 1 < t.n && t.p[c + 1] != ' ' && t.p[c + 1] != '\t'))
		return NULL;
	const struct lex_label *lb = lex_label_find(sl_of(t.p, c));
	if (lb != NULL)
		*value = sl_trim(sl_from(t, c + 1));
	return lb;
}

/* "[Page 412]", "[Page [XIV]]". */
static int page_marker(struct slice t)
{
	return sl_istarts(t, "[Page ") && t.p[t.n - 1] == ']' && t.n < 24;
}

static int url_line(struct slice t)
{
	if (t.n >= 2 && t.p[0] == '<' && t.p[t.n - 1] == '>')
		t = sl_of(t.p + 1, t.n - 2);
	return (sl_istarts(t, "http://") || sl_istarts(t, "https://")) && sl_find(t, " ") == SIZE_MAX;
}

/* "Parallel History Project on NATO ... www.isn.ethz.ch/php Edited by
 * ... ______": a printed collection's running head, its web address
 * among words that make no sentence (no comma, no full stop), is no
 * paragraph of the paper. */
static int web_banner(struct slice t)
{
	size_t w = sl_find(t, "www."), h = sl_find(t, "http");
	if ((w == SIZE_MAX || (w > 0 && t.p[w - 1] != ' ')) && (h == SIZE_MAX || (h > 0 && t.p[h - 1] != ' ')))
		return 0;
	return sl_find(t, ", ") == SIZE_MAX && sl_find(t, ". ") == SIZE_MAX && sl_find(t, "; ") == SIZE_MAX;
}

/* "\"Title,\" Date, ..." or "“Title,” Date, ...": the archive's citation,
 * its quoted title ending in a comma before the date. */
static int citation_line(struct slice t)
{
	size_t l;
	ucs4_t q = ch_at(t.p, t.n, &l);
	if (q != '"' && q != 0x201c)
		return 0;
	for (size_t i = l; i + 1 < t.n; i++) {
		size_t cl;
		ucs4_t c = ch_at(t.p + i, t.n - i, &cl);
		if (c != '"' && c != 0x201d)
			continue;
		struct slice before = sl_of(t.p, i), after = sl_trim(sl_from(t, i + cl));
		/* a title, not a quoted figure ("“15” January 1963") */
		size_t up, low, dig;
		sl_letters(before, &up, &low, &dig);
		if (up + low < 6)
			return 0;
		if (after.n > 0 && after.p[0] == ',')
			after = sl_trim(sl_from(after, 1));
		/* the comma after the title, inside its quotes or out, or
		 * none when the date follows at once ("\"Title\" May 14, 1975,") */
		struct date_val v;
		int dated = date_parse(after.p, after.n, 0, &v) > 0 || date_parse_year(after.p, after.n, &v) > 0;
		if (before.n == 0 || (before.p[before.n - 1] != ',' && !(t.p[i + cl] == ',') && !(dated && i + cl < t.n && t.p[i + cl] == ' ')))
			continue;
		return dated;
	}
	return 0;
}

/* The line over a document in editions of diplomatic papers that says
 * where it is filed: a decimal file number and a kind ("761.00/10–1450:
 * Telegram", "123 Kennan, George F.: Telegram"), "File No. 893.51/1259.",
 * or a post's files ("Nanking Embassy Files: Telegram", "Moscow Embassy
 * Files: Lot F–96", "Marshall Mission Files, Lot 54–D270: Telegram"). */
static int file_line(struct slice t)
{
	if (t.n > 100)
		return 0;
	int v;
	if (sl_istarts(t, "File No. ") && sl_digits(t.p + 9, t.n - 9, 4, &v) > 0)
		return 1;
	/* a decimal file number alone: "611.61/6–652" */
	struct date_val dv;
	if (sl_find(t, " ") == SIZE_MAX && date_from_file_code(t.p, t.n, &dv) == 0)
		return 1;
	/* the State Department's decimal file with a paper's serial:
	 * "611.6231/753", "711.00111 Armament Control/123", or with the
	 * paper's date after the slash, its dash an en dash as editions print
	 * it: "740.00119 Council/3–646" */
	if (t.n <= 40 && sl_digits(t.p, t.n, 3, &v) == 3 && t.n > 5 && t.p[3] == '.' && ch_is_digit((unsigned char)t.p[4]) &&
	    sl_find(t, "/") != SIZE_MAX && sl_find(t, ": ") == SIZE_MAX) {
		size_t sl = sl_find(t, "/");
		int serial = sl + 1 < t.n;
		for (size_t k = sl + 1; k < t.n && serial; k++) {
			if (k + 2 < t.n && (unsigned char)t.p[k] == 0xe2 && (unsigned char)t.p[k + 1] == 0x80 &&
			    ((unsigned char)t.p[k + 2] == 0x93 || (unsigned char)t.p[k + 2] == 0x94)) {
				k += 2;
				continue;
			}
			serial = ch_is_digit((unsigned char)t.p[k]) || t.p[k] == '-' || t.p[k] == '.';
		}
		if (serial)
			return 1;
	}
	/* "Moscow Embassy Files, Lot F–96", "Conference files, lot 60 D 627,
	 * CF 204": a post's or an office's files */
	for (size_t k = 0; k + 11 <= t.n; k++)
		if ((t.p[k] == 'F' || t.p[k] == 'f') && sl_istarts(sl_from(t, k), "files, lot "))
			return 1;
	/* "Policy Planning Staff Files[1]", "Moscow Embassy Files": an
	 * office's files alone (a note's marker after them) */
	if (t.n > 0 && t.n <= 60 && t.p[0] >= 'A' && t.p[0] <= 'Z') {
		struct slice f = t;
		if (f.n > 3 && f.p[f.n - 1] == ']') {
			size_t o = f.n - 1;
			while (o > 0 && ch_is_digit((unsigned char)f.p[o - 1]))
				o--;
			if (o > 0 && o < f.n - 1 && f.p[o - 1] == '[')
				f.n = o - 1;
		}
		while (f.n > 0 && ch_is_digit((unsigned char)f.p[f.n - 1]))
			f.n--;
		struct slice tk[9];
		size_t n = tok_split(f, tk, 9);
		int caps = n >= 2 && n <= 8 && sl_eq_slice(tk[n - 1], sl_cstr("Files"));
		for (size_t q = 0; caps && q < n; q++)
			caps = tok_is_upper(tk[q]) || sl_ieq(tk[q], "of") || sl_ieq(tk[q], "and") || sl_ieq(tk[q], "the");
		if (caps)
			return 1;
	}
	size_t c = sl_find(t, ": ");
	if (c == SIZE_MAX || c == 0 || c > 64)
		return 0;
	struct slice k = sl_of(t.p, c);
	size_t up, low, dig;
	sl_letters(k, &up, &low, &dig);
	struct slice rest = sl_trim(sl_from(t, c + 2)), after;
	while (rest.n > 0 && rest.p[rest.n - 1] == '.')
		rest.n--;
	int kinded = header_kind_find(rest, 3, &after) != NULL && sl_trim(after).n == 0;
	int files = sl_find(k, "Files") != SIZE_MAX || sl_find(k, "files") != SIZE_MAX;
	if (files && (kinded || sl_istarts(rest, "Lot ")))
		return 1;
	/* a decimal number, or a name's file: "123 Kennan, George F." */
	return kinded && dig > 0 && (sl_find(k, "/") != SIZE_MAX || ch_is_digit((unsigned char)k.p[0]));
}

static int citation_line(struct slice t);

/* Where a catalogue's row of title and date may stand: the page's head. */
#define ROW_DATE_HEAD 1024

/* "... to Summon the PCC13 Feb 1968 |": a catalogue's title and date,
 * two cells of a table row run together as a page flattened them. The
 * date's start (it ends the row), or SIZE_MAX. */
static size_t row_date(const char *t, size_t n)
{
	while (n > 0 && t[n - 1] == ' ')
		n--;
	/* one cell's bar at the end: a Markdown table's row opens with one
	 * and has more */
	if (n < 12 || t[n - 1] != '|' || t[n - 2] != ' ' || memchr(t, '|', n - 1) != NULL)
		return SIZE_MAX;
	n -= 2;
	struct date_val dv;
	for (size_t q = n > 24 ? n - 24 : 1; q + 6 <= n; q++) {
		if (!(ch_is_alpha((unsigned char)t[q]) || ch_is_digit((unsigned char)t[q])) || ch_is_digit((unsigned char)t[q - 1]))
			continue;
		if (date_parse(t + q, n - q, 0, &dv) == n - q && dv.d && dv.y)
			return q;
	}
	return SIZE_MAX;
}

/* Labels printed one after another in one line, as a page flattened to
 * text runs them ("... Citation: “...” ... Summary: ... Credits: ..."):
 * each goes on a line of its own. Returns a new text, or NULL when there
 * is nothing to split. */
static char *flat_split(const char *text, size_t len, size_t *outlen)
{
	/* most pages have no long line to split: look before copying */
	int need = 0;
	for (size_t s = 0; s < len && !need;) {
		const char *nl = memchr(text + s, '\n', len - s);
		size_t e = nl ? (size_t)(nl - text) : len;
		if ((e - s > 200 && memchr(text + s, ':', e - s) != NULL) ||
		    (s < ROW_DATE_HEAD && row_date(text + s, e - s) != SIZE_MAX))
			need = 1;
		/* a quotation opening right after a sentence: a glued citation? */
		for (const char *q = text + s; !need && (q = memchr(q, '.', (size_t)(text + e - q))) != NULL; q++)
			need = q + 1 < text + e && (q[1] == '"' || (unsigned char)q[1] == 0xe2);
		s = e + 1;
	}
	if (!need)
		return NULL;
	struct buf b;
	buf_init(&b);
	int split = 0;
	for (size_t s = 0; s < len;) {
		const char *nl = memchr(text + s, '\n', len - s);
		size_t e = nl ? (size_t)(nl - text) : len;
		/* the flat labels before the line's colons: one look at each
		 * ": " rather than a search for every label */
		size_t found = 0;
		if (e - s > 200) {
			for (const char *c = text + s; (c = memchr(c, ':', (size_t)(text + e - c))) != NULL; c++) {
				if (c + 1 >= text + e || c[1] != ' ')
					continue;
				for (size_t i = 0; lex_labels[i].name != NULL; i++) {
					size_t ln = strlen(lex_labels[i].name);
					if (lex_labels[i].flat && (size_t)(c - (text + s)) > ln && c[-(ptrdiff_t)ln - 1] == ' ' &&
					    memcmp(c - ln, lex_labels[i].name, ln) == 0) {
						/* a citation is evidence enough: a page cut
						 * short may show no other label */
						found += lex_labels[i].field == LF_CITATION ? 2 : 1;
						break;
					}
				}
			}
		}
		/* "... reports on the visit."Telegram, ...," October 29, 1971,
		 * ...": the citation glued to the summary before it */
		size_t glued = SIZE_MAX;
		for (size_t i = s + 1; found < 2 && i + 1 < e && glued == SIZE_MAX; i++) {
			int q = text[i] == '"' || ((unsigned char)text[i] == 0xe2 && i + 2 < e &&
						   (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0x9c);
			if (q && (text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!') &&
			    citation_line(sl_of(text + i, e - i)))
				glued = i;
		}
		size_t rd = s < ROW_DATE_HEAD ? row_date(text + s, e - s) : SIZE_MAX;
		if (rd != SIZE_MAX) {
			/* the date on a line of its own over the title */
			split = 1;
			const char *end = text + e;
			while (end > text + s + rd && (end[-1] == ' ' || end[-1] == '|'))
				end--;
			buf_add(&b, text + s + rd, (size_t)(end - (text + s + rd)));
			buf_addc(&b, '\n');
			buf_add(&b, text + s, rd);
		} else if (glued != SIZE_MAX) {
			split = 1;
			buf_add(&b, text + s, glued - s);
			buf_addc(&b, '\n');
			buf_add(&b, text + glued, e - glued);
		} else if (found < 2) {
			buf_add(&b, text + s, e - s);
		} else {
			split = 1;
			for (size_t i = s; i < e; i++) {
				if (text[i] == ' ') {
					for (size_t k = 0; lex_labels[k].name != NULL; k++) {
						size_t ln = strlen(lex_labels[k].name);
						if (lex_labels[k].flat && i + 1 + ln + 1 < e && memcmp(text + i + 1, lex_labels[k].name, ln) == 0 &&
						    text[i + 1 + ln] == ':' && text[i + 2 + ln] == ' ') {
							buf_addc(&b, '\n');
							i++;
							break;
						}
					}
				}
				buf_addc(&b, text[i]);
			}
		}
		if (nl)
			buf_addc(&b, '\n');
		s = e + 1;
	}
	if (!split) {
		buf_free(&b);
		return NULL;
	}
	*outlen = b.len;
	return buf_detach(&b);
}

void header_roles(struct hreader *r)
{
	size_t flen;
	char *flat = flat_split(r->L.text, r->L.len, &flen);
	if (flat != NULL) {
		lines_free(&r->L);
		lines_init(&r->L, flat, flen);
		free(flat);
	}
	r->roles = xcalloc(r->L.n ? r->L.n : 1, sizeof *r->roles);
	for (size_t i = 0; i < r->L.n; i++) {
		struct slice t = line_text(&r->L, i), value = { NULL, 0 };
		struct hline *h = &r->roles[i];
		struct date_val dt;
		struct slice printed;
		/* a paragraph of text is none of these: most lines of a letter
		 * are looked at no further */
		if (t.n == 0)
			h->role = HR_BLANK;
		else if (t.n > 160 && t.p[0] != '"' && (unsigned char)t.p[0] != 0xe2 &&
			 !((h->label = label_line(t, &value)) != NULL && h->label->field == LF_CITATION &&
			   value.n > 0 && (value.p[0] == '"' || (unsigned char)value.p[0] == 0xe2))) {
			h->label = NULL;
			h->role = lex_furniture_opening(t) || web_banner(t) ? HR_FURNITURE
				  : lex_release_line(t)			    ? HR_RELEASE
									    : HR_TEXT;
		}
		/* "Citation: “Record of the Conversation ...,” May 17, 1944,
		 * ...": the archive's citation label opening a long line, its
		 * quoted title after it (a page run together, split at its
		 * labels), is still one; a long "Summary: ..." may be a
		 * paragraph of the text and stays text */
		else if (t.n > 160 && h->label != NULL) {
			h->role = HR_LABEL;
			h->value_at = (size_t)(value.p - t.p);
		}
		else if (furniture(t) && !(banner(t) && catalogue_title(&r->L, i)))
			h->role = HR_FURNITURE;
		else if ((h->label = label_line(t, &value)) != NULL) {
			h->role = HR_LABEL;
			h->value_at = (size_t)(value.p - t.p);
		}
		else if (lex_release_line(t))
			h->role = HR_RELEASE;
		else if (page_marker(t))
			h->role = HR_PAGE;
		else if (url_line(t))
			h->role = HR_URL;
		else if (header_date_line(t, 1, &dt, &printed))
			/* "Declassified 98-005#5" / "13 Oct 1998": the day of
			 * its release, a stamp's, no date of the paper */
			h->role = declassified_date(&r->L, i) ? HR_RELEASE : HR_DATE;
		else if (file_line(t))
			h->role = HR_FILE;
		else if (header_marking(t))
			h->role = HR_MARKING;
		else if (citation_line(t))
			h->role = HR_CITATION;
	}
	/* A label alone on its line takes the next line as its value, unless
	 * that is a label or furniture itself (a catalogue leaves fields
	 * empty: "Case Number:" then "Publication Date:"). */
	for (size_t i = 0; i + 1 < r->L.n; i++) {
		struct slice value;
		if (r->roles[i].role != HR_LABEL || (label_line(line_text(&r->L, i), &value), value.n > 0))
			continue;
		enum hrole next = r->roles[i + 1].role;
		/* "Body:" heads the text; an empty field's next line is its
		 * value only when short: a text run on one line is no value */
		if (r->roles[i].label->field == LF_BODY ||
		    (r->roles[i].label->field == LF_DROP && line_text(&r->L, i + 1).n > 80))
			continue;
		if (next == HR_TEXT || next == HR_DATE || next == HR_CITATION || next == HR_RELEASE) {
			r->roles[i + 1].role = HR_VALUE;
			r->roles[i + 1].label = r->roles[i].label;
		}
	}
}
