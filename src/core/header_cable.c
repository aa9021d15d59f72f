/* header_cable.c: a State Department cable's own header: its routing
 * ("FM SECSTATE WASHDC" / "TO AMEMBASSY MOSCOW PRIORITY", or all run
 * together on one line), its date-time group ("O 091603Z NOV 77"), its
 * number as its first line of text or its page line print it ("S E C R E T
 * STATE 189296", "PAGE 01 STATE 139893") and its subject. */
#include <stdlib.h>
#include <string.h>

#include "dossier/names.h"
#include "header_priv.h"

/* Words that end a cable's addressee: its precedence and handling. */
static const char *const cable_words[] = {
	"niact", "immediate", "priority", "routine", "flash", "operational", "info", NULL
};

/* "AMEMBASSY MOSCOW PRIORITY 4280": the addressee without its
 * precedence and serial. */
static struct slice cable_party(struct slice s)
{
	size_t e = 0, words = 0, end = 0;
	while (e < s.n && words < 5) {
		size_t w = e;
		while (w < s.n && s.p[w] != ' ')
			w++;
		struct slice word = sl_of(s.p + e, w - e);
		/* "C O N F I D E N T I A L": a classification spaced out */
		if (tok_in(word, cable_words) || tok_in(word, lex_marking_words) || ch_is_digit((unsigned char)word.p[0]) ||
		    word.n == 1)
			break;
		words++;
		end = w;
		e = w < s.n ? w + 1 : w;
		while (e < s.n && s.p[e] == ' ')
			e++;
	}
	return sl_trim(sl_of(s.p, end));
}

static int dtg_at(struct slice t, struct date_val *dt, struct slice *printed);

/* "P 280113Z JUN 74", "O 091603Z NOV 77": a cable's date-time group,
 * alone on its line or inside one. Its year of two digits is of the
 * telegrams that print one: "R 161735Z SEP 09" is of 2009 (no cable
 * of 1909 carried a zone's Z). */
static int dtg_find(struct slice t, struct date_val *dt, struct slice *printed)
{
	if (!dtg_at(t, dt, printed))
		return 0;
	size_t d = printed->n;
	while (d > 0 && ch_is_digit((unsigned char)printed->p[d - 1]))
		d--;
	if (printed->n - d == 2 && dt->y >= 1900 && dt->y < 1940)
		dt->y += 100;
	return 1;
}

static int dtg_at(struct slice t, struct date_val *dt, struct slice *printed)
{
	for (size_t c = 0; c + 7 < t.n; c++) {
		size_t n;
		if ((c > 0 && t.p[c - 1] != ' ') || !ch_is_digit((unsigned char)t.p[c]))
			continue;
		if ((n = date_parse(t.p + c, t.n - c, 0, dt)) > 0 && dt->d && memchr(t.p + c, 'Z', n) != NULL) {
			*printed = sl_of(t.p + c, n);
			return 1;
		}
		/* "1422262 AUG 77": the OCR read the zone's Z as a 2 */
		int v;
		if (c + 14 <= t.n && sl_digits(t.p + c, 7, 7, &v) == 7 && t.p[c + 6] == '2' && t.p[c + 7] == ' ' &&
		    (c + 7 == t.n || !ch_is_digit((unsigned char)t.p[c + 7]))) {
			char g[24];
			size_t m = t.n - c < sizeof g - 1 ? t.n - c : sizeof g - 1;
			memcpy(g, t.p + c, m);
			g[6] = 'Z';
			if ((n = date_parse(g, m, 0, dt)) > 0 && dt->d && n >= 13) {
				*printed = sl_of(t.p + c, n);
				return 1;
			}
		}
	}
	return 0;
}

static void cable_propose(struct hreader *r, struct slice from, struct slice dest, struct slice ev)
{
	from = cable_party(from);
	if (from.n == 0 || dest.n == 0)
		return;
	char *a = sl_dup(from);
	hprop_party(hprop_add(r, HF_FROM, W_STRONG, "cable routing", ev), a, NULL);
	free(a);
	struct hprop *p = hprop_add(r, HF_TO, W_STRONG, "cable routing", ev);
	/* several addressees, one a line, until the INFO addressees */
	for (struct slice rest = dest; rest.n > 0;) {
		size_t nl = sl_find(rest, "\n");
		struct slice one = cable_party(nl == SIZE_MAX ? rest : sl_of(rest.p, nl));
		if (one.n > 0) {
			char *b = sl_dup(one);
			hprop_party(p, b, NULL);
			free(b);
		}
		rest = nl == SIZE_MAX ? sl_of(rest.p + rest.n, 0) : sl_from(rest, nl + 1);
	}
	hprop_text(r, HF_KIND, W_GOOD, "cable routing", sl_cstr("telegram"), ev);
}

/* A cable's routing as the State Department's telegrams print it: "FM
 * SECSTATE WASHDC" / "TO AMEMBASSY MOSCOW PRIORITY" on lines of their own
 * under a date-time group and "PAGE 01 STATE 139893" (its number), or all
 * run together on one line ("O 091603Z NOV 77 ... FM AMEMBASSY MOSCOW TO
 * SECSTATE WASHDC NIACT IMMEDIATE 4280 ... SUBJECT MESSAGE TO ..."). */
/* "C O N F I D E N T I A L BUDAPEST 0891", "S E C R E T SECTION 01 OF 04
 * BONN 02295", "LIMITED OFFICIAL USE STATE 139893", "UNCLAS BRASILIA
 * 001156": the cable's number as
 * its first line of text prints it; 0 if t is no such line. */
static size_t cable_class_line(struct slice t, struct slice *number)
{
	static const char *const classes[] = { "confidential", "secret", "top", "unclassified", "limited", "official",
					       "use", "restricted", "unclas", "unclass", NULL };
	struct slice tok[24];
	size_t nt = tok_split(t, tok, 24), i = 0, classed = 0;
	if (nt < 3 || nt > 24)
		return 0;
	while (i < nt && (tok[i].n == 1 || tok_in(tok[i], classes))) {
		classed += tok[i].n > 1 || (tok[i].p[0] >= 'A' && tok[i].p[0] <= 'Z');
		i++;
	}
	if (classed == 0)
		return 0;
	if (i + 4 <= nt && sl_ieq(tok[i], "SECTION") && sl_ieq(tok[i + 2], "OF"))
		i += 4;
	size_t up, low, dig;
	sl_letters(t, &up, &low, &dig);
	int v;
	/* the post in one word or two ("NEW DELHI 2566", "TEL AVIV 0153") */
	size_t post = i + 3 == nt && tok_is_upper(tok[i + 1]) && sl_digits(tok[i + 1].p, tok[i + 1].n, 7, &v) == 0 ? 2 : 1;
	if (low > 0 || i + post + 1 != nt || !tok_is_upper(tok[i]) ||
	    sl_digits(tok[i + post].p, tok[i + post].n, 7, &v) != tok[i + post].n)
		return 0;
	*number = tok[i + post];
	return 1;
}

/* "SOBJECT: SOVIET MFA ...": the subject's label as a scan misread it,
 * one capital of seven wrong, the colon kept. */
static int subject_scanned(struct slice t)
{
	static const char word[] = "SUBJECT";
	if (t.n < 9 || t.p[7] != ':' || t.p[8] != ' ')
		return 0;
	int wrong = 0;
	for (size_t i = 0; i < 7; i++) {
		if (t.p[i] < 'A' || t.p[i] > 'Z')
			return 0;
		wrong += t.p[i] != word[i];
	}
	return wrong == 1;
}

/* The width a cable's text is typed to: its longest line in capitals
 * among the ten from i. A teletype's line holds at most 69 characters:
 * a longer one is a stamp or a note added since. */
static size_t cable_width(const struct hreader *r, size_t i)
{
	size_t w = 0;
	for (int k = 0; k < 10 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t up, low, dig;
		sl_letters(t, &up, &low, &dig);
		if (t.n > w && t.n <= 69 && low == 0)
			w = t.n;
	}
	return w;
}

/* The station a cable's page line names ("PAGE 02 SAIGON 20739 110933Z",
 * "PAGE 02 BUDAPE 01241": its first six letters) sent it: the Department
 * ("STATE"), or the embassy in the capital whose name it begins. */
static void page_line_post(struct hreader *r, struct slice post, struct slice ev)
{
	if (hprop_has(r, HF_FROM, W_FAIR))
		return;
	if (sl_ieq(post, "STATE")) {
		hprop_party(hprop_add(r, HF_FROM, W_FAIR, "cable page line", ev), "Department of State", NULL);
		return;
	}
	if (post.n < 4)
		return;
	for (size_t i = 0; lex_places[i] != NULL; i++) {
		struct slice place = sl_cstr(lex_places[i]);
		if (place.n >= post.n && (post.n == 6 || place.n == post.n) &&
		    strncasecmp(place.p, post.p, post.n) == 0 && memchr(place.p, ' ', post.n) == NULL) {
			char *name = xasprintf("Embassy in %s", lex_places[i]);
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "cable page line", ev), name, NULL);
			free(name);
			return;
		}
	}
}

static void cable_lines_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	struct date_val dt;
	struct slice printed;
	for (int k = 0; k < 80 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), cnum;
		if (!hprop_has(r, HF_NUMBER, W_STRONG) && cable_class_line(t, &cnum)) {
			hprop_text(r, HF_NUMBER, W_STRONG, "cable's first line", cnum, t);
			continue;
		}
		/* "PAGE 01 STATE 139893": the cable's number */
		if (sl_istarts(t, "PAGE ") && !hprop_has(r, HF_NUMBER, W_GOOD)) {
			struct slice tok[6];
			size_t nt = tok_split(t, tok, 6);
			int v;
			if (nt >= 4 && nt <= 6 && sl_digits(tok[3].p, tok[3].n, 7, &v) == tok[3].n &&
			    sl_digits(tok[1].p, tok[1].n, 3, &v) == tok[1].n && tok_is_upper(tok[2])) {
				hprop_text(r, HF_NUMBER, W_GOOD, "cable page line", tok[3], t);
				/* a page of a cable, whatever else its header lost */
				hprop_text(r, HF_KIND, W_FAIR, "cable page line", sl_cstr("telegram"), t);
				page_line_post(r, tok[2], t);
			}
			continue;
		}
		if (t.n < 40 && !hprop_has(r, HF_DATE, W_STRONG) && dtg_find(t, &dt, &printed)) {
			hprop_date(r, W_STRONG, "date-time group", &dt, printed, t);
			continue;
		}
		if (sl_istarts(t, "SUBJECT: ") || sl_istarts(t, "SUBJ: ") || subject_scanned(t)) {
			struct slice v = sl_trim(sl_from(t, sl_find(t, ":") + 1));
			char *subj = NULL;
			size_t j = line_next(&r->L, i + 1);
			/* a subject wrapped onto the next line, in capitals; not
			 * when the next line's first word would have fit on the
			 * subject's ("SUBJECT: SPECIAL SUMMARY NUMBER 2" / "VIENNA
			 * PASS TO MR HUFFCUT ...": a new line) */
			if (j < r->footer && j == i + 1) {
				struct slice u = line_text(&r->L, j);
				size_t up, low, dig, w0 = 0;
				while (w0 < u.n && u.p[w0] != ' ')
					w0++;
				sl_letters(u, &up, &low, &dig);
				if (low == 0 && up > 2 && u.n < 60 && sl_find(u, ":") == SIZE_MAX && !ch_is_digit((unsigned char)u.p[0]) &&
				    t.n + 1 + w0 > cable_width(r, j))
					subj = xasprintf("%.*s %.*s", (int)v.n, v.p, (int)u.n, u.p);
			}
			hprop_text(r, HF_TITLE, W_FAIR, "cable subject", subj ? sl_cstr(subj) : v, t);
			free(subj);
			continue;
		}
		if (sl_istarts(t, "FM ")) {
			size_t j = line_next(&r->L, i + 1);
			struct slice u = j < r->footer ? line_text(&r->L, j) : sl_of("", 0);
			size_t to = sl_find(t, " TO ");
			if (to != SIZE_MAX && to < 3)
				to = SIZE_MAX; /* "FM TO ...": no sender */
			if (to != SIZE_MAX) {
				cable_propose(r, sl_of(t.p + 3, to - 3), sl_from(t, to + 4), t);
			} else if (sl_istarts(u, "TO ") || sl_istarts(u, "INFO ")) {
				/* a cable sent for information alone (a repeat: "FM
				 * SECSTATE WASHDC" / "INFO USMISSION USUN NEW YORK"):
				 * its INFO addressees are all it went to */
				size_t skip = u.p[0] == 'I' ? 5 : 3;
				struct buf b;
				buf_init(&b);
				buf_add(&b, u.p + skip, u.n - skip);
				for (size_t q = line_next(&r->L, j + 1); q < r->footer && q == j + 1; q = line_next(&r->L, q + 1)) {
					struct slice w = line_text(&r->L, q), cn;
					/* the addressees end where the text's first line
					 * ("S E C R E T STATE 189296") or its caveats begin */
					if (sl_istarts(w, "INFO") || sl_find(w, ":") != SIZE_MAX || header_marking(w) || w.n > 60 ||
					    cable_class_line(w, &cn) || sl_istarts(w, "E.O.") || sl_istarts(w, "E. O."))
						break;
					buf_addc(&b, '\n');
					buf_add(&b, w.p, w.n);
					j = q;
				}
				buf_addc(&b, '\0');
				cable_propose(r, sl_from(t, 3), sl_cstr(b.data), t);
				buf_free(&b);
			}
			continue;
		}
		/* all on one line: a cable flattened to text opens the page */
		if (k > 4 || t.n < 80)
			continue;
		size_t fm = sl_find(sl_of(t.p, t.n < 2000 ? t.n : 2000), " FM ");
		if (fm == SIZE_MAX)
			continue;
		struct slice rest = sl_from(t, fm + 4);
		size_t to = sl_find(rest, " TO ");
		if (to == SIZE_MAX || to > 60)
			continue;
		cable_propose(r, sl_of(rest.p, to), sl_from(rest, to + 4), t);
		if (dtg_find(sl_of(t.p, fm), &dt, &printed))
			hprop_date(r, W_STRONG, "date-time group", &dt, printed, t);
		/* "PAGE 01 MOSCOW 16276": the number */
		size_t pg = sl_find(t, "PAGE ");
		if (pg != SIZE_MAX && pg < fm) {
			struct slice tok[4];
			if (tok_split(sl_from(t, pg), tok, 4) >= 4) {
				int v;
				if (sl_digits(tok[3].p, tok[3].n, 7, &v) == tok[3].n)
					hprop_text(r, HF_NUMBER, W_GOOD, "cable page line", tok[3], t);
			}
		}
		/* "SUBJECT MESSAGE TO BREZHNEV REF ...": the subject */
		size_t sj = sl_find(rest, " SUBJECT ");
		if (sj != SIZE_MAX) {
			struct slice s = sl_from(rest, sj + 9);
			size_t end = sl_find(s, " REF ");
			/* "SUBJECT SOUTH AFRICAN NUCLEAR TEST ISSUE 1 PLEASE
			 * DELIVER ...": or its first numbered paragraph */
			size_t p1 = sl_find(s, " 1 "), p2 = sl_find(s, " 1. ");
			if (p2 < p1)
				p1 = p2;
			if (p1 < end)
				end = p1;
			if (end == SIZE_MAX || end > 120)
				end = s.n < 120 ? s.n : 0;
			if (end > 0)
				hprop_text(r, HF_TITLE, W_FAIR, "cable subject", sl_of(s.p, end), t);
		}
		return;
	}
}

/* "TAGS: OGEN" / "USUN DAILY CLASSIFIED SUMMARY 99": a cable whose
 * subject has no label; the line in capitals right under its TAGS, when
 * it is no marking, reference or paragraph, is the subject. Weak: a
 * cable's text may begin there. */
static void tags_subject_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0), k = 0; k < 80 && i < r->footer; i = line_next(&r->L, i + 1), k++) {
		if (!sl_istarts(line_text(&r->L, i), "TAGS"))
			continue;
		size_t j = line_next(&r->L, i + 1);
		if (j >= r->footer)
			return;
		struct slice u = line_text(&r->L, j);
		size_t up, low, dig;
		sl_letters(u, &up, &low, &dig);
		if (low == 0 && up >= 6 && u.n <= 69 && sl_find(u, ":") == SIZE_MAX && !ch_is_digit((unsigned char)u.p[0]) &&
		    !header_marking(u) && !sl_istarts(u, "REF") && u.p[u.n - 1] != '.')
			hprop_text(r, HF_TITLE, W_WEAK, "cable subject", u, u);
		return;
	}
}

/* Whether the stop at k ends an initial ("H. H. Wrong"), not a sentence. */
static int initial_stop(struct slice s, size_t k)
{
	return k >= 1 && k + 1 < s.n && s.p[k - 1] >= 'A' && s.p[k - 1] <= 'Z' &&
	       (k < 2 || s.p[k - 2] == ' ' || s.p[k - 2] == '.');
}

/* The end of a party in a telegram's opening formula: a full stop, a
 * colon, "begins", or the line's end. */
static struct slice following_party(struct slice s)
{
	size_t end = 0;
	while (end < s.n && s.p[end] != ':' &&
	       !(s.p[end] == '.' && (end + 1 == s.n || s.p[end + 1] == ' ') && !initial_stop(s, end)))
		end++;
	s = sl_of(s.p, end);
	size_t b = sl_ifind_top(s, " begins");
	if (b != SIZE_MAX)
		s = sl_of(s.p, b);
	return sl_trim(s);
}

static int following_named(struct slice s)
{
	if (sl_istarts(s, "the "))
		s = sl_ltrim(sl_from(s, 4));
	return s.n > 0 && s.n <= 80 && s.p[0] >= 'A' && s.p[0] <= 'Z';
}

/* "Following for Heeney from Wrong.", "Following personal for President
 * Reagan from the Prime Minister", "Following from Prime Minister for
 * President": the formula that opens a Commonwealth telegram's text names
 * its recipient and its sender. */
static void following_read(struct hreader *r)
{
	static const char *const qualifiers[] = { "personal", "secret", "top", "most", "immediate", "private",
						  "confidential", "priority", "and", "urgent", "message", "telegram", NULL };
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 80 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), rest;
		if (!sl_istarts(t, "following "))
			continue;
		rest = sl_ltrim(sl_from(t, 10));
		for (;;) {
			size_t n = 0;
			struct slice w = tok_bare(tok_next(rest, &n));
			if (w.n == 0 || !tok_in(w, qualifiers))
				break;
			rest = sl_ltrim(sl_from(rest, n));
		}
		int for_first = sl_istarts(rest, "for ");
		if (!for_first && !sl_istarts(rest, "from "))
			continue;
		rest = sl_from(rest, for_first ? 4 : 5);
		size_t mid = sl_ifind_top(rest, for_first ? " from " : " for ");
		if (mid == SIZE_MAX)
			continue;
		struct slice one = sl_trim(sl_of(rest.p, mid));
		struct slice two = following_party(sl_from(rest, mid + (for_first ? 6 : 5)));
		struct slice to = for_first ? one : two, from = for_first ? two : one;
		/* named, capitalised ("Following from this, for the
		 * reasons ..." names no one) */
		if (!following_named(to) || !following_named(from))
			continue;
		header_parties(r, hprop_add(r, HF_FROM, W_GOOD, "telegram's opening", t), from);
		header_parties(r, hprop_add(r, HF_TO, W_GOOD, "telegram's opening", t), to);
		hprop_text(r, HF_KIND, W_FAIR, "telegram's opening", sl_cstr("telegram"), t);
		return;
	}
}

void header_cable_read(struct hreader *r)
{
	cable_lines_read(r);
	following_read(r);
	if (!hprop_has(r, HF_TITLE, W_FAIR))
		tags_subject_read(r);
}
