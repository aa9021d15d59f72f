/* header_letter.c: what the document's own text says of itself. A
 * telegram heads itself "CIPHERED TELEGRAM # 75352"; a memorandum
 * "MEMORANDUM FOR: ... FROM: ... SUBJECT: ..."; a cable "FM AMEMBASSY
 * MOSCOW TO SECSTATE WASHDC" with a date-time group (header_cable.c); a
 * letter opens with a salutation or an inside address and closes with a
 * formula and a signature; a dateline gives place and date ("Moscow, March 14, 1952—6
 * p. m."); the sender's number stands by the date ("No. 47/sh"), or opens
 * a telegram's text ("1473. Deptel 602."). Each is proposed with its
 * source; these lines stay in the body, which is the document's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/names.h"
#include "header_priv.h"

/* The first lines of the document's own text that a header may hold. */
#define TOP_LINES 14

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

/* How far down the page a salutation, and the address over it, are looked
 * for: an edition's source line and transcriber's note may come first. */
enum { SALUTE_LINES = 12 };

const char *header_salutation(struct slice t)
{
	for (size_t i = 0; lex_salutations[i] != NULL; i++)
		if (sl_istarts(t, lex_salutations[i]))
			return lex_salutations[i];
	return capital_address(t) ? "To " : NULL;
}

/* ------------------------------------------------------------------ */
/* Headers of telegrams, memoranda and cables                          */
/* ------------------------------------------------------------------ */

/* The length of a paper's number of letters and figures at the start of
 * s ("E21", "UN123", "44/1/1"), a figure in it; 0 if none. */
static size_t cable_code_len(struct slice s)
{
	size_t n = 0, dig = 0;
	while (n < s.n && n <= 12 &&
	       (ch_is_alpha((unsigned char)s.p[n]) || ch_is_digit((unsigned char)s.p[n]) || (n > 0 && s.p[n] == '/')))
		dig += ch_is_digit((unsigned char)s.p[n++]);
	return dig > 0 && n <= 12 && s.p[n - 1] != '/' && (n == s.n || s.p[n] == ' ' || s.p[n] == ',') ? n : 0;
}

/* "CODED TELEGRAM" / "From Budapest Priority" / "Top Secret" / "Not to
 * be copied" / "Andropov Report from Budapest to Moscow" / "1 November
 * 1956": under a telegram's header, its routing and its markings, a
 * heading that names the paper's kind, over a date alone, is the
 * paper's title. */
static void telegram_heading(struct hreader *r, size_t header)
{
	size_t i = line_next(&r->L, header + 1);
	for (int k = 0; k < 6 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[5];
		size_t nt = tok_split(t, tk, 5);
		if (header_marking(t) ||
		    (t.n <= 40 && nt <= 4 && (sl_istarts(t, "From ") || sl_istarts(t, "To ") || sl_istarts(t, "Via "))))
			continue;
		size_t j = line_next(&r->L, i + 1);
		struct date_val dt;
		struct slice printed, after;
		if (j >= r->footer || t.n > 160 || header_kind_find(t, 6, &after) == NULL || !header_date_line(line_text(&r->L, j), 1, &dt, &printed) ||
		    printed.n != line_text(&r->L, j).n)
			return;
		hprop_text(r, HF_TITLE, W_GOOD, "telegram heading", t, t);
		header_title_read(r, t, W_GOOD, "telegram heading", t);
		return;
	}
}

/* A telegram's header line: "CIPHERED TELEGRAM # 75352", an editor's
 * "[Telegram.]" or "[Telegram—Translation.]" over the document. */
static void kind_header(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	/* under a catalogue's block (its labels read and dropped), the kind
	 * the paper's own heading names ("MEMORANDUM OF CONVERSATION") is
	 * finer than the catalogue's code ("Content Type: MEMO") */
	int w = r->labels >= 3 ? W_GOOD + 1 : W_GOOD;
	for (int k = 0; k < 12 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), after;
		if (t.n > 80)
			continue;
		/* the kind must open it, so "[attached handwritten letter]" is
		 * none */
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
		const char *kind = header_kind_find(t, bracket ? 2 : 3, &after);
		if (kind == NULL)
			continue;
		char *num = NULL;
		after = sl_trim(header_number_read(after, &num));
		/* "TELEGRAM 2378": the number with no sign, the line in
		 * capitals */
		int v;
		size_t dn = num == NULL && after.n > 0 ? sl_digits(after.p, after.n, 7, &v) : 0;
		size_t up, low, dig;
		sl_letters(t, &up, &low, &dig);
		if (dn > 0 && dn == after.n && low == 0) {
			num = sl_dup(after);
			after = sl_of(after.p + after.n, 0);
		}
		/* "Cablegram 788 CANBERRA, 10 December 1941", "Cablegram E21
		 * LONDON, ...": its number, then its dateline */
		struct date_val dt;
		struct slice printed;
		if ((dn == 0 || (dn < after.n && after.p[dn] != ' ')) && num == NULL)
			dn = cable_code_len(after);
		/* "Dispatch 44/1/1 (extracts) WELLINGTON, ...": the editor's
		 * word for the text between */
		/* "Cablegram UN556, NEW YORK, 19 June 1948": a comma after it */
		int coded = num != NULL || (dn > 0 && dn < after.n && (after.p[dn] == ' ' || after.p[dn] == ','));
		struct slice line = num != NULL ? after : coded ? sl_trim(sl_from(after, dn)) : sl_of(after.p, 0);
		if (coded && sl_istarts(line, ", "))
			line = sl_from(line, 2);
		if (sl_istarts(line, "(extract") && sl_find(line, ") ") != SIZE_MAX)
			line = sl_trim(sl_from(line, sl_find(line, ") ") + 2));
		if (coded && header_date_line(line, 3, &dt, &printed)) {
			struct slice ev = line_text(&r->L, i);
			hprop_text(r, HF_KIND, w, "telegram header", sl_cstr(kind), ev);
			hprop_text(r, HF_NUMBER, W_GOOD, "telegram header", num != NULL ? sl_cstr(num) : sl_of(after.p, dn), ev);
			hprop_date(r, W_GOOD, "telegram header", &dt, printed, ev);
			free(num);
			return;
		}
		if (after.n == 0) {
			struct slice ev = line_text(&r->L, i);
			hprop_text(r, HF_KIND, w, "telegram header", sl_cstr(kind), ev);
			if (num != NULL)
				hprop_text(r, HF_NUMBER, W_GOOD, "telegram header", sl_cstr(num), ev);
			free(num);
			if (!bracket)
				telegram_heading(r, i);
			return;
		}
		free(num);
	}
}

/* The fields of a memorandum's header, as typed on the paper. */
static const struct memo_field {
	const char *label;
	enum hfield field;
} memo_fields[] = {
	{ "MEMORANDUM FOR THE RECORD", HF_KIND }, { "MEMORANDUM FOR", HF_TO }, { "MEMO FOR", HF_TO },
	/* the agency's note, a memorandum's form */
	{ "NOTE FOR", HF_TO },
	{ "FROM", HF_FROM },     { "TO", HF_TO },           { "THRU", HF_COUNT }, { "THROUGH", HF_COUNT },
	{ "SUBJECT", HF_TITLE }, { "SUBJ", HF_TITLE },     { "DATE", HF_DATE }, { "REFERENCE", HF_COUNT },
	{ "REF", HF_COUNT },     { NULL, HF_COUNT },
};

/* The edit distance of a and word (letters changed, added or lost), or
 * max + 1 when it is more than max. */
static size_t ocr_distance(struct slice a, const char *word, size_t max)
{
	size_t wn = strlen(word), row[24], prev[24];
	if (a.n > 20 || wn > 20 || (a.n > wn ? a.n - wn : wn - a.n) > max)
		return max + 1;
	for (size_t j = 0; j <= wn; j++)
		prev[j] = j;
	for (size_t i = 1; i <= a.n; i++) {
		row[0] = i;
		size_t least = row[0];
		for (size_t j = 1; j <= wn; j++) {
			size_t sub = prev[j - 1] + (a.p[i - 1] != word[j - 1]);
			size_t del = prev[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			least = row[j] < least ? row[j] : least;
		}
		if (least > max)
			return max + 1;
		memcpy(prev, row, (wn + 1) * sizeof row[0]);
	}
	return prev[wn] <= max ? prev[wn] : max + 1;
}

/* A scanned "MEMORANDUM" as the OCR read it ("MEMORANDU4", "0FANDUM",
 * "RANDUM", "MEMORANDCIN"): six to twelve characters whose end matches
 * the word's end in at least seven of ten places, or the word with two
 * letters misread, added or lost, or its first seven letters whole. */
static int memo_word_ocr(struct slice w)
{
	static const char word[] = "MEMORANDUM";
	size_t wn = sizeof word - 1;
	if (w.n < 6 || w.n > 12)
		return 0;
	if (w.n >= 9 && w.p[0] == 'M' && (ocr_distance(w, word, 2) <= 2 || memcmp(w.p, "MEMORAN", 7) == 0))
		return 1;
	size_t n = w.n < wn ? w.n : wn, same = 0;
	for (size_t i = 1; i <= n; i++)
		same += w.p[w.n - i] == word[wn - i];
	if (same >= 5 && same * 10 >= n * 7)
		return 1;
	/* "NENORLEDUM": a worn scan's M read as N, A as L; the whole word's
	 * length, six of its ten letters, in capitals, from its M (or the N
	 * it was read as) to its UM ("REFERENDUM" is none) */
	int lower = 0;
	for (size_t i = 0; i < w.n; i++)
		lower |= w.p[i] >= 'a' && w.p[i] <= 'z';
	return w.n == wn && same >= 6 && !lower && (w.p[0] == 'M' || w.p[0] == 'N') && w.p[w.n - 1] == 'M' &&
	       w.p[w.n - 2] == 'U';
}

/* "FOR", "FOR:", "?OR", "FOR'", "F'OR:": the word after it, as scanned
 * (a speck read between its letters too). */
static int memo_for_ocr(struct slice w)
{
	while (w.n > 3 && strchr(":;'.,", w.p[w.n - 1]) != NULL)
		w.n--;
	if (w.n == 4 && strchr("'`.,", w.p[1]) != NULL && w.p[0] == 'F')
		return w.p[2] == 'O' && w.p[3] == 'R';
	return w.n == 3 && w.p[1] == 'O' && w.p[2] == 'R' && !(w.p[0] >= 'a' && w.p[0] <= 'z');
}

/* Where a scanned "MEMORANDUM FOR" starts among the first words of t
 * (at most the sixth: OCR's specks may come first), with *value_at
 * after it; SIZE_MAX if none. */
static size_t memo_for_find(struct slice t, size_t words, size_t *value_at)
{
	size_t pos = 0;
	struct slice prev = { 0 };
	for (size_t k = 0; k <= words; k++) {
		struct slice w = tok_next(t, &pos);
		if (w.n == 0)
			break;
		if (prev.n > 0 && memo_for_ocr(w) && memo_word_ocr(prev)) {
			*value_at = (size_t)(w.p + w.n - t.p);
			return (size_t)(prev.p - t.p);
		}
		prev = w;
	}
	return SIZE_MAX;
}

/* "FROM: X" (or "FROM X" in capitals): the field and *value. */
static int redaction_code(struct slice t);

static const struct memo_field *memo_line(struct slice t, struct slice *value)
{
	/* "STATINTL FROM:", "25X1 SUBJECT:": a redaction's code typed in
	 * the margin before the field */
	size_t sp = sl_find(t, " ");
	if (sp != SIZE_MAX && redaction_code(sl_of(t.p, sp)))
		t = sl_ltrim(sl_from(t, sp + 1));
	for (size_t i = 0; memo_fields[i].label != NULL; i++) {
		const char *lb = memo_fields[i].label;
		size_t n = strlen(lb);
		if (t.n < n || memcmp(t.p, lb, n) != 0)
			continue;
		struct slice rest = sl_from(t, n);
		if (rest.n == 0) {
			*value = rest;
			return &memo_fields[i];
		}
		/* "MEMORANDUM FORS Mr. Dulles": an OCR'd colon */
		if (rest.p[0] == ':' || ((rest.p[0] == 'S' || rest.p[0] == ';') && rest.n > 1 && rest.p[1] == ' ')) {
			*value = sl_trim(sl_from(rest, 1));
			return &memo_fields[i];
		}
		if (rest.p[0] == ' ' || rest.p[0] == '\t') {
			*value = sl_trim(rest);
			/* "FROM : Chief, Estimates Staff": a colon typed apart */
			if (value->n > 0 && value->p[0] == ':')
				*value = sl_trim(sl_from(*value, 1));
			return &memo_fields[i];
		}
	}
	/* "MEMORANDU4 FOR: ONE BOARD AND STAFF": scanned */
	size_t at;
	if (memo_for_find(t, 1, &at) == 0) {
		*value = sl_trim(sl_from(t, at));
		return &memo_fields[sl_istarts(*value, "THE RECORD") ? 0 : 1];
	}
	/* "FRCM: John M. Ray": the sender's label with a letter misread,
	 * its colon kept */
	size_t colon = sl_find(t, ":");
	if (colon == 4 && ocr_distance(sl_of(t.p, 4), "FROM", 1) == 1 && t.p[0] == 'F') {
		*value = sl_trim(sl_from(t, 5));
		for (size_t i = 0; memo_fields[i].label != NULL; i++)
			if (strcmp(memo_fields[i].label, "FROM") == 0)
				return &memo_fields[i];
	}
	return NULL;
}

static struct slice memo_value_clean(struct slice v);

/* Whether line j goes on a subject typed over lines ("Proposed Topics for
 * Unclassified" / "Histories"): short, right under it, no field, no
 * numbered paragraph, no sentence's end. */
static int subject_goes_on(struct hreader *r, size_t j)
{
	struct slice t = line_text(&r->L, j);
	int v;
	size_t d = sl_digits(t.p, t.n, 3, &v);
	return t.n > 0 && t.n <= 60 && r->roles[j].role == HR_TEXT && memo_line(t, &(struct slice){ 0 }) == NULL &&
	       !(d > 0 && d < t.n && t.p[d] == '.') && t.p[t.n - 1] != '.';
}

/* Whether line j ends an addressee's body ("Secretary, CIA Management" /
 * "Committee"): up to three capitalised words, the last a body's noun. */
static int addressee_goes_on(struct hreader *r, size_t j)
{
	struct slice t = line_text(&r->L, j), tok[4];
	size_t n = tok_split(t, tok, 4);
	if (n == 0 || n > 3 || r->roles[j].role != HR_TEXT || memo_line(t, &(struct slice){ 0 }) != NULL)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!tok_is_upper(tok[k]))
			return 0;
	return tok_in(tok_bare(tok[n - 1]), lex_office_nouns);
}

/* A field's value with the lines it goes on over (NULL when none does);
 * the caller frees. */
static char *memo_value_lines(struct hreader *r, size_t at, struct slice v, enum hfield f)
{
	struct buf b;
	buf_init(&b);
	buf_add(&b, v.p, v.n);
	size_t more = 0;
	for (size_t j = at + 1; j < r->footer && more < (f == HF_TITLE ? 3 : 1); j++, more++) {
		if (f == HF_TITLE ? !subject_goes_on(r, j) : !addressee_goes_on(r, j))
			break;
		buf_addc(&b, ' ');
		buf_add(&b, line_text(&r->L, j).p, line_text(&r->L, j).n);
	}
	if (more == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* A memorandum's parties that a scan misread from an office of the
 * lexicon ("Director of Cestral htelligence", "THE DIRECTOR OF CENTRAL I
 * TELLIOOd+1CE") are that office, as the lexicon spells it. */
static void memo_offices_mend(struct hprop *p)
{
	for (size_t i = 0; i < p->nparties; i++) {
		const char *o = lex_office_scanned(p->parties[i].name);
		if (o != NULL && strcmp(o, p->parties[i].name) != 0) {
			free(p->parties[i].name);
			p->parties[i].name = xstrdup(o);
		}
	}
}

/* A memorandum's party that is an office of the lexicon as a whole
 * ("Deputy Director for Intelligence"): the office, not a person named
 * from its last words. Whether it was. */
static int memo_office_whole(struct hprop *p, struct slice v)
{
	char *o = sl_dup(v);
	const char *office = lex_office_scanned(o);
	free(o);
	if (office == NULL)
		return 0;
	hprop_party(p, office, NULL);
	return 1;
}

/* Whether w is an office's abbreviation in an addressee list ("DD/I",
 * "EXO/DDA", "ADDA"): capitals, digits and slashes, two capitals at
 * least; without a slash only where the list has lower case (a list all
 * in capitals is words too). */
static int list_abbrev(struct slice w, int mixed)
{
	size_t caps = 0, slash = 0;
	if (w.n < 2 || w.n > 12)
		return 0;
	for (size_t i = 0; i < w.n; i++) {
		unsigned char c = (unsigned char)w.p[i];
		if (c >= 'A' && c <= 'Z')
			caps++;
		else if (c == '/')
			slash++;
		else if (!(c >= '0' && c <= '9') && c != '-')
			return 0;
	}
	return caps >= 2 && (slash > 0 || mixed);
}

static int list_word_eq(struct slice a, struct slice b)
{
	if (a.n != b.n)
		return 0;
	for (size_t i = 0; i < a.n; i++)
		if (ch_lower((unsigned char)a.p[i]) != ch_lower((unsigned char)b.p[i]))
			return 0;
	return 1;
}

/* How many of the tokens from tk[i] spell an office of the lexicon
 * ("General Counsel"), or 0. */
static size_t list_office(const struct slice *tk, size_t n, size_t i)
{
	for (size_t o = 0; lex_memo_offices[o] != NULL; o++) {
		struct slice ot[10];
		size_t on = tok_split(sl_cstr(lex_memo_offices[o]), ot, 10);
		if (on > 10 || i + on > n)
			continue;
		size_t k = 0;
		while (k < on && list_word_eq(tok_bare(tk[i + k]), ot[k]))
			k++;
		if (k == on)
			return on;
	}
	return 0;
}

/* Whether a party of an addressee list starts at tk[i]: an office of the
 * lexicon, an office word with its comma ("Chief, DA Plans Staff"), or
 * an abbreviation standing alone (the next token starts a party too) or
 * after one with a slash. */
static int list_starts(const struct slice *tk, size_t n, size_t i, int mixed)
{
	if (i >= n)
		return 1;
	if (list_office(tk, n, i) > 0)
		return 1;
	if (tk[i].n > 1 && tk[i].p[tk[i].n - 1] == ',' && tok_in(tok_bare(tk[i]), lex_person_offices))
		return 1;
	if (!list_abbrev(tk[i], mixed))
		return 0;
	/* "DD/P ONE Board": an office with a slash is whole; an
	 * abbreviation after it starts the next party */
	if (i > 0 && memchr(tk[i - 1].p, '/', tk[i - 1].n) != NULL && list_abbrev(tk[i - 1], mixed))
		return 1;
	return list_starts(tk, n, i + 1, mixed);
}

/* Whether a party of a list is a person by name ("Helene Boatner"): two
 * words or more that read as a name, none an office's or a body's. */
static int list_person(const char *name)
{
	struct slice s = sl_cstr(name), tk[6];
	size_t n = tok_split(s, tk, 6);
	if (n < 2 || n > 6 || !name_like(s, 0) || lex_office_scanned(name) != NULL)
		return 0;
	for (size_t i = 0; i < n; i++) {
		struct slice w = tok_bare(tk[i]);
		if (tok_in(w, lex_person_offices) || tok_in(w, lex_office_nouns) || tok_in(w, lex_body_nouns))
			return 0;
	}
	return 1;
}

/* "John L. Smith Special Assistant to the Secretary of State": a person
 * by name (two to four words), then the office he holds, typed on in a
 * scanned header: one party with his office, whose " to " parts no
 * sender from a recipient. The office ends where an address or the text
 * begins ("The White House", "On the attached ..."). A speck the scan
 * read before the name ("1,Ar.") is passed over. 1 when read. */
static int memo_person_office(struct hprop *p, struct slice v)
{
	struct slice tk[24];
	size_t n = tok_split(v, tk, 24), s0 = 0;
	if (n > 24)
		return 0;
	if (n > 0 && tk[0].n <= 5 && (memchr(tk[0].p, ',', tk[0].n) != NULL || ch_is_digit((unsigned char)tk[0].p[0])))
		s0 = 1;
	for (size_t k = s0 + 2; k <= s0 + 5 && k + 1 < n; k++) {
		struct slice w = tok_bare(tk[k]);
		if (!tok_in(w, lex_person_offices) && !tok_in(w, lex_office_qualifiers))
			continue;
		struct slice name = sl_of(tk[s0].p, (size_t)(tk[k - 1].p + tk[k - 1].n - tk[s0].p));
		char *nm = sl_dup(name);
		int lower = 0; /* a name in mixed case; a run in capitals is abbreviations */
		for (size_t q = 0; q < name.n && !lower; q++)
			lower = name.p[q] >= 'a' && name.p[q] <= 'z';
		if (!lower || memchr(name.p, ',', name.n) != NULL || !list_person(nm)) {
			free(nm);
			return 0;
		}
		size_t e = k + 1;
		while (e < n && !(tk[e].p[0] == 'T' && sl_ieq(tk[e], "The")) && !(tk[e].p[0] == 'O' && sl_ieq(tk[e], "On")))
			e++;
		struct slice office = sl_of(tk[k].p, (size_t)(tk[e - 1].p + tk[e - 1].n - tk[k].p));
		while (office.n > 0 && strchr(".,;:", office.p[office.n - 1]) != NULL)
			office.n--;
		char *of = sl_dup(office);
		hprop_party(p, nm, of);
		free(nm);
		free(of);
		return 1;
	}
	return 0;
}

/* Where the text begins after a scanned header's addressees run into it
 * ("... General Counsel Inspector General I am planning to schedule
 * ..."): a word that opens a sentence ("I", "We", "Attached", "This"),
 * then one in lower case that no office's name holds ("of", "and", "for"
 * it may; a scan's "Cestral htelligence" is no sentence). v.n when none. */
static size_t memo_text_start(struct slice v)
{
	static const char *const small[] = { "of", "and", "for", "to", "the", "in", "on", "at", NULL };
	static const char *const openers[] = { "I", "We", "You", "It", "This", "These", "There", "Attached", "Please",
					       "As", "Your", "My", "Our", "Reference", NULL };
	struct slice tk[24];
	size_t n = tok_split(v, tk, 24);
	if (n > 24)
		n = 24;
	for (size_t q = 1; q + 1 < n; q++)
		if (tok_in(tk[q], openers) && tok_is_upper(tk[q]) && tok_is_lower(tk[q + 1]) && !tok_in(tk[q + 1], small) &&
		    ch_is_alpha((unsigned char)tk[q + 1].p[0]))
			return (size_t)(tk[q].p - v.p);
	return v.n;
}

/* A memorandum's addressees typed as one run with no commas between them
 * ("EXO/DDA ADDA DDA Chief, DA Plans Staff", "Executive Director DD/I
 * General Counsel"): one party from each start to the next. Only a run
 * of two parties or more, one of them an abbreviation or an office of
 * the lexicon; the number of parties added. */
static size_t memo_list_read(struct hprop *p, struct slice v)
{
	struct slice tk[24];
	if (sl_istarts(v, "the "))
		v = sl_trim(sl_from(v, 4)); /* "THE DIRECTOR OF ...": one office */
	/* "DD /NIPE": a scan's space inside an abbreviation, before its
	 * slash, goes */
	char glued[512];
	if (v.n < sizeof glued && sl_find(v, " /") != SIZE_MAX) {
		size_t g = 0;
		for (size_t i = 0; i < v.n; i++)
			if (!(v.p[i] == ' ' && i > 0 && i + 2 < v.n && v.p[i + 1] == '/' && v.p[i - 1] >= 'A' &&
			      v.p[i - 1] <= 'Z' && v.p[i + 2] >= 'A' && v.p[i + 2] <= 'Z'))
				glued[g++] = v.p[i];
		v = sl_of(glued, g);
	}
	size_t n = tok_split(v, tk, 24);
	if (n < 2 || n > 24)
		return 0;
	int mixed = 0;
	for (size_t i = 0; i < v.n && !mixed; i++)
		mixed = v.p[i] >= 'a' && v.p[i] <= 'z';
	size_t starts[24], ns = 0;
	for (size_t i = 0; i < n; i++) {
		size_t ow = list_office(tk, n, i);
		if (i == 0 || list_starts(tk, n, i, mixed))
			starts[ns++] = i;
		if (ow > 1)
			i += ow - 1;
	}
	if (ns < 2)
		return 0;
	size_t added = 0;
	for (size_t k = 0; k < ns; k++) {
		size_t a = starts[k], b = k + 1 < ns ? starts[k + 1] : n;
		struct slice part = sl_of(tk[a].p, (size_t)(tk[b - 1].p + tk[b - 1].n - tk[a].p));
		while (part.n > 0 && strchr(".,;:", part.p[part.n - 1]) != NULL)
			part.n--;
		char *name = sl_dup(part);
		/* "Helene Boatner C/PES": a person, then her office's
		 * abbreviation */
		if (b - a == 1 && added > 0 && p->nparties > 0 && p->parties[p->nparties - 1].office == NULL &&
		    list_person(p->parties[p->nparties - 1].name))
			p->parties[p->nparties - 1].office = name;
		else {
			hprop_party(p, name, NULL);
			free(name);
			added++;
		}
	}
	return added;
}

/* Whether line t of a routing form is printed on the form: a caption, a
 * column's note in parentheses or in lower case ("to whom. Draw a line
 * ...", the OCR's "ildi" of "building"), or a row's number alone. */
static int form_printed(struct slice t)
{
	if (t.n == 0 || t.p[0] == '(' || (t.p[0] >= 'a' && t.p[0] <= 'z'))
		return 1;
	for (size_t i = 0; lex_form_captions[i] != NULL; i++) {
		size_t n = strlen(lex_form_captions[i]);
		if (sl_istarts(t, lex_form_captions[i]) && (t.n == n || !ch_is_alpha((unsigned char)t.p[n])))
			return 1;
	}
	size_t letters = 0;
	for (size_t i = 0; i < t.n; i++)
		letters += ch_is_alpha((unsigned char)t.p[i]) != 0;
	return letters < 3;
}

/* The party a routing form's entry names ("1 ? DCI", "~/ExDir"): without
 * the row's number and the scan's specks before it. */
static struct slice form_entry(struct slice t)
{
	while (t.n > 0 && !ch_is_alpha((unsigned char)t.p[0]))
		t = sl_from(t, 1);
	t = sl_trim(t);
	while (t.n > 0 && strchr(" .,;:-", t.p[t.n - 1]) != NULL)
		t.n--;
	return t;
}

/* The entry of a routing form's field at line i ("FROM: EA/ExDir", or
 * "TO" over its captions, then "Deputy Director for Support"): on its
 * line after the label, else the first line under it the form did not
 * print; an empty slice when none comes in twenty lines. */
static struct slice form_field(struct hreader *r, size_t i, size_t label)
{
	struct slice t = line_text(&r->L, i), v = sl_trim(sl_from(t, label));
	if (v.n > 0 && v.p[0] == ':')
		v = sl_trim(sl_from(v, 1));
	if (v.n > 0 && !form_printed(v))
		return form_entry(v);
	size_t j = line_next(&r->L, i + 1);
	for (int k = 0; k < 20 && j < r->footer; k++, j = line_next(&r->L, j + 1)) {
		struct slice u = line_text(&r->L, j);
		if (r->roles[j].role == HR_RELEASE)
			break;
		if (!form_printed(u) && u.n < 60)
			return form_entry(u);
	}
	return sl_of(t.p, 0);
}

/* A routing form run into one line by the OCR ("ROUTING AND RECORD SHEET
 * SUBJECT: (Optional) ... FROM: EXTENSION NO. O/DDO/FIO CT S DATE ..."):
 * its sender only, an office's abbreviation with a slash among the first
 * words after FROM: that the form did not print. Its TO is lost among
 * the columns' notes. */
static void routing_flat(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 40 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 160)
			continue;
		size_t at = SIZE_MAX;
		for (size_t f = 0; lex_routing_forms[f] != NULL && at == SIZE_MAX; f++)
			at = sl_find(sl_of(t.p, t.n < 600 ? t.n : 600), lex_routing_forms[f]);
		if (at == SIZE_MAX)
			continue;
		struct slice rest = sl_from(t, at);
		size_t fr = sl_find(sl_of(rest.p, rest.n < 300 ? rest.n : 300), " FROM: ");
		if (fr == SIZE_MAX)
			return;
		struct slice tk[5];
		size_t n = tok_split(sl_from(rest, fr + 7), tk, 5);
		for (size_t j = 0; j < n && j < 5; j++) {
			if (form_printed(tk[j]))
				continue;
			if (list_abbrev(tk[j], 1) && memchr(tk[j].p, '/', tk[j].n) != NULL) {
				char *o = sl_dup(tk[j]);
				hprop_party(hprop_add(r, HF_FROM, W_FAIR, "routing form", tk[j]), o, NULL);
				free(o);
			}
			return;
		}
		return;
	}
}

/* A routing form over a scanned paper ("ROUTING AND RECORD SHEET",
 * "OFFICIAL ROUTING SLIP") sends it from its FROM to its TO: weaker than
 * the paper's own memorandum header, when the scan kept one. */
static void routing_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0), form = SIZE_MAX;
	for (int k = 0; k < 60 && i < r->footer && form == SIZE_MAX; k++, i = line_next(&r->L, i + 1))
		if (lex_routing_line(line_text(&r->L, i)))
			form = i;
	if (form == SIZE_MAX) {
		routing_flat(r);
		return;
	}
	int got_to = 0, got_from = 0;
	i = line_next(&r->L, form + 1);
	for (int k = 0; k < 60 && i < r->footer && r->roles[i].role != HR_RELEASE; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* "PROM: ~/ExDir": the scan's F */
		int from = sl_istarts(t, "FROM:") || sl_istarts(t, "PROM:") || sl_ieq(t, "FROM");
		int to = sl_istarts(t, "TO:") || sl_ieq(t, "TO");
		if ((!from || got_from) && (!to || got_to))
			continue;
		struct slice v = form_field(r, i, from ? 4 : 2);
		if (v.n < 2 || !tok_is_upper(v))
			continue;
		struct hprop *p = hprop_add(r, from ? HF_FROM : HF_TO, W_FAIR, "routing form", t);
		char *o = sl_dup(v);
		/* an office ("Deputy Director for Support") or its
		 * abbreviation ("DCI", "EA/ExDir") as printed: no person's */
		const char *office = lex_office_scanned(o);
		struct slice one[1];
		int abbrev = tok_split(v, one, 1) == 1 && memchr(v.p, '.', v.n) == NULL;
		if (office != NULL || abbrev || header_parties(r, p, v) == 0)
			hprop_party(p, office != NULL ? office : o, NULL);
		free(o);
		got_from |= from;
		got_to |= to;
	}
}

/* The paper's own memorandum header says its kind: a catalogue's label
 * of another kind ("Content Type: REPORT" over "MEMORANDUM FOR THE
 * RECORD", over "SUBJECT: ... TO: Director ...") is the cataloguer's
 * word for a file of papers, withdrawn (its field set to none). */
static void memo_kind_own(struct hreader *r, const char *kind)
{
	for (size_t i = 0; i < r->nprops; i++) {
		struct hprop *p = &r->props[i];
		if (p->field == HF_KIND && strcmp(p->source, "label") == 0 && p->value && strcmp(p->value, kind) != 0)
			p->field = HF_COUNT;
	}
	/* "REPORT OF CABLE SECRETARIAT OPERATIONS" over "MEMORANDUM FOR:
	 * Executive Director-Comptroller": a catalogue's title in capitals
	 * is the paper's subject line, its kind word the subject's, not the
	 * paper's */
	for (size_t i = 0; i < r->nprops; i++) {
		struct hprop *p = &r->props[i];
		if (p->field != HF_KIND || strcmp(p->source, "title line") != 0 || p->value == NULL ||
		    strcmp(p->value, kind) == 0 || p->evidence == NULL)
			continue;
		int capitals = 1;
		for (const char *c = p->evidence; *c && capitals; c++)
			capitals = !(*c >= 'a' && *c <= 'z');
		if (capitals)
			p->field = HF_COUNT;
	}
}

/* A memorandum for the record in the paper's own text ("MEMORANDUM FOR
 * THE RECORD 3 August 1979 SUBJECT: Conversation with the Secretary of
 * State ..."): the paper is its writer's memorandum, addressed to no one.
 * A catalogue's title of a talk ("CONVERSATION WITH THE SECRETARY OF
 * STATE, 2 AUGUST 1979") names its subject: the kind and the other side
 * read from it are withdrawn (their field set to none). */
static void memo_for_record(struct hreader *r)
{
	/* only a title of a talk: a letter's title over a memorandum for
	 * the record filed with it keeps its recipient */
	int talk = 0;
	for (size_t i = 0; i < r->nprops && !talk; i++)
		talk = r->props[i].field == HF_KIND && strcmp(r->props[i].source, "title line") == 0 &&
		       r->props[i].value && strcmp(r->props[i].value, "record of conversation") == 0;
	if (!talk)
		return;
	for (size_t i = 0; i < r->nprops; i++) {
		struct hprop *p = &r->props[i];
		if (strcmp(p->source, "title line") != 0)
			continue;
		if ((p->field == HF_KIND && p->value && strcmp(p->value, "record of conversation") == 0) ||
		    p->field == HF_TO)
			p->field = HF_COUNT;
	}
}

/* The addressee typed on line j of a list one to a line ("Mr. Duckett",
 * "Gen. Wilson", "Mr. .Knoche" with a speck, "DD/I"): a title of
 * address and one to three capitalised words, or an office's
 * abbreviation alone. NULL if line j is none (the caller frees). */
static char *list_line_addressee(struct hreader *r, size_t j)
{
	static const char *const titles[] = { "mr.", "mrs.", "ms.", "dr.", "gen.", "adm.", "col.", "amb.", "cdr.",
					      "capt.", "maj.", NULL };
	struct slice t = line_text(&r->L, j), tk[5];
	size_t n = tok_split(t, tk, 5);
	if (n == 0 || n > 4 || r->roles[j].role != HR_TEXT || memo_line(t, &(struct slice){ 0 }) != NULL)
		return NULL;
	if (n == 1)
		return list_abbrev(tk[0], 1) && memchr(tk[0].p, '/', tk[0].n) != NULL ? sl_dup(tk[0]) : NULL;
	if (!tok_in(tk[0], titles))
		return NULL;
	struct buf b;
	buf_init(&b);
	buf_add(&b, tk[0].p, tk[0].n);
	for (size_t k = 1; k < n; k++) {
		struct slice w = tk[k];
		while (w.n > 1 && strchr(".,'`", w.p[0]) != NULL)
			w = sl_from(w, 1); /* "Mr. .Knoche": the scan's speck */
		if (!tok_is_upper(w) && !(k > 1 && tok_is_lower(w) && w.n > 2)) {
			buf_free(&b);
			return NULL;
		}
		buf_addc(&b, ' ');
		buf_add(&b, w.p, w.n);
	}
	return buf_detach(&b);
}

/* A memorandum's addressees typed one to a line under the first
 * ("MEMORANDUM FOR: DDCI" / "Mr. Duckett" / "Mr. Proctor" / "Gen. Wilson"
 * ...): two lines at least, each a title of address and a name; they
 * are the memorandum's addressees with the first. */
static void memo_list_lines(struct hreader *r, struct hprop *p, size_t j)
{
	size_t start = j, n = 0;
	for (; j < r->footer && n < 40; j = line_next(&r->L, j + 1), n++) {
		char *a = list_line_addressee(r, j);
		if (a == NULL)
			break;
		free(a);
	}
	if (n < 2)
		return;
	for (size_t k = 0, i = start; k < n; k++, i = line_next(&r->L, i + 1)) {
		char *a = list_line_addressee(r, i);
		hprop_party(p, a, NULL);
		free(a);
	}
}

/* A memorandum's heading in capitals with its series' words before the
 * kind ("NATIONAL SECURITY ACTION MEMORANDUM NO. 273", "INFORMATION
 * MEMORANDUM"): short, no label's colon, the word among its first six. */
static int memo_heading(struct slice t)
{
	struct slice tk[7];
	size_t up, low, dig, n = tok_split(t, tk, 7);
	if (t.n > 80 || sl_find(t, ":") != SIZE_MAX)
		return 0;
	sl_letters(t, &up, &low, &dig);
	for (size_t k = 0; k < n && k < 6 && low == 0; k++)
		if (sl_ieq(tok_bare(tk[k]), "MEMORANDUM"))
			return 1;
	return 0;
}

/* An office on line j as the first addressee was typed: "The ", then up
 * to five capitalised words (or "of", "and", "for", "the"), no sentence.
 * Its name as printed (the caller frees), or NULL. */
static char *list_line_office(struct hreader *r, size_t j)
{
	static const char *const small[] = { "of", "and", "for", "the", NULL };
	struct slice t = line_text(&r->L, j), tk[7];
	size_t n = tok_split(t, tk, 7);
	if (n < 2 || n > 6 || r->roles[j].role != HR_TEXT || !sl_istarts(t, "The ") ||
	    memo_line(t, &(struct slice){ 0 }) != NULL || strchr(".:;", t.p[t.n - 1]) != NULL)
		return NULL;
	for (size_t k = 1; k < n; k++)
		if (!tok_is_upper(tk[k]) && !tok_in(tk[k], small))
			return NULL;
	while (t.n > 0 && t.p[t.n - 1] == ',')
		t.n--;
	return sl_dup(t);
}

/* "TO: The Secretary of State" / "The Secretary of Defense" / "The
 * Director, USIA": addressees typed one to a line in the first one's
 * form, an office after "The", are the memorandum's addressees too. */
static void memo_office_lines(struct hreader *r, struct hprop *p, struct slice first, size_t j)
{
	if (!sl_istarts(first, "The "))
		return;
	for (size_t n = 0; j < r->footer && n < 20; j = line_next(&r->L, j + 1), n++) {
		char *o = list_line_office(r, j);
		if (o == NULL)
			break;
		hprop_party(p, o, NULL);
		free(o);
	}
	memo_offices_mend(p);
}

/* A memorandum's header lines anywhere near the top of its text, under
 * a line that says it is a memorandum ("TO" and "FROM" alone head cables
 * too). */
static void memo_header(struct hreader *r)
{
	int seen = 0, memo = 0;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 30 && !memo; i = line_next(&r->L, i + 1), k++)
		memo = sl_istarts(line_text(&r->L, i), "MEMO") || sl_istarts(line_text(&r->L, i), "NOTE FOR") ||
		       memo_for_find(line_text(&r->L, i), 1, &(size_t){ 0 }) == 0 || memo_heading(line_text(&r->L, i));
	if (!memo)
		return;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 30; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i), v;
		const struct memo_field *mf = memo_line(t, &v);
		if (mf == NULL)
			continue;
		/* the value may be on the next line ("SUBJECT" then "• A Strategic
		 * Overview") */
		size_t vline = i;
		if (v.n == 0 && mf->field != HF_KIND) {
			size_t j = line_next(&r->L, i + 1);
			if (j < r->footer && memo_line(line_text(&r->L, j), &v) == NULL) {
				v = line_text(&r->L, j);
				vline = j;
				if (sl_istarts(v, "\xe2\x80\xa2 "))
					v = sl_trim(sl_from(v, 4));
			}
		}
		/* "SUBJECT \": History Of the ...": the OCR's specks go */
		if (mf->field == HF_TITLE || mf->field == HF_TO)
			v = memo_value_clean(v);
		char *joined = (mf->field == HF_TITLE || mf->field == HF_TO) && v.n > 0 ?
				       memo_value_lines(r, vline, v, mf->field) : NULL;
		if (joined != NULL)
			v = sl_cstr(joined);
		seen |= sl_istarts(t, "MEMO") || mf == &memo_fields[1];
		struct date_val dt;
		struct slice printed;
		switch (mf->field) {
		case HF_KIND:
			memo_for_record(r);
			break;
		case HF_TITLE:
			hprop_text(r, HF_TITLE, W_FAIR, "memorandum subject", v, t);
			break;
		case HF_DATE:
			if (header_date_line(v, 2, &dt, &printed))
				hprop_date(r, W_STRONG, "memorandum date", &dt, printed, t);
			break;
		case HF_FROM:
		case HF_TO: {
			/* "TO: (Officer designation, room number, and": a
			 * routing form's caption, no addressee */
			if (v.n == 0 || v.n > 160 || v.p[0] == '(')
				break;
			/* "MEMORANDUM FOR: DEPUTY DIRECTOR FROM MARSHALL S.
			 * CARTER": the sender typed on the addressee's line */
			size_t fr = mf->field == HF_TO ? sl_find(v, " FROM ") : SIZE_MAX;
			if (fr != SIZE_MAX && fr > 0) {
				char *who = header_uncapped(sl_trim(sl_from(v, fr + 6)));
				if (who != NULL) {
					struct hprop *fp = hprop_add(r, HF_FROM, W_STRONG, "memorandum header", t);
					if (!memo_person_office(fp, sl_cstr(who)) && header_parties(r, fp, sl_cstr(who)) == 0)
						hprop_party(fp, who, NULL);
					v = sl_trim(sl_of(v.p, fr));
				}
				free(who);
			}
			struct hprop *p = hprop_add(r, mf->field, W_STRONG, "memorandum header", t);
			size_t after = line_next(&r->L, vline + 1 + (joined != NULL));
			if (memo_office_whole(p, v) || (mf->field == HF_TO && memo_list_read(p, v) > 0)) {
				memo_offices_mend(p);
				if (mf->field == HF_TO) {
					memo_list_lines(r, p, after);
					memo_office_lines(r, p, v, after);
				}
				break;
			}
			if (header_parties(r, p, v) == 0 && !name_like(v, 1)) {
				/* an office or a list ("Deputy Director of
				 * Training", "DD/I") as printed */
				struct slice o = v;
				while (o.n > 0 && strchr(".,;:", o.p[o.n - 1]) != NULL)
					o.n--;
				if (o.n > 0 && o.n < 80) {
					char *name = sl_dup(o);
					hprop_party(p, name, NULL);
					free(name);
				}
			}
			memo_offices_mend(p);
			if (mf->field == HF_TO) {
				memo_list_lines(r, p, after);
				memo_office_lines(r, p, v, after);
			}
			break;
		}
		default:
			break;
		}
		free(joined);
	}
	if (seen) {
		hprop_text(r, HF_KIND, W_GOOD, "memorandum header", sl_cstr("memorandum"), sl_cstr(""));
		memo_kind_own(r, "memorandum");
	}
}

/* "[Ambassador Edward] DROŻNIAK2", "[Foreign Ministry Director
 * Eugeniusz] MILNIKIEL1": a translator's bracket before a surname in
 * capitals, giving the office and the given name (a footnote's number
 * glued on the surname). "[Director General in the Foreign Ministry
 * Przemysław] Ogrodziński,1 URGENT": the surname as printed, up to the
 * comma before the footnote's number and the cable's precedence. Adds
 * the person to p: 1, or 0 when v is not so. */
static int bracket_led_party(struct hprop *p, struct slice v)
{
	if (v.n < 4 || v.p[0] != '[')
		return 0;
	size_t close = sl_find(v, "]");
	if (close == SIZE_MAX)
		return 0;
	struct slice in = sl_trim(sl_of(v.p + 1, close - 1)), sur = sl_trim(sl_from(v, close + 1));
	size_t comma = sl_find(sur, ",");
	if (comma != SIZE_MAX)
		sur = sl_rtrim(sl_of(sur.p, comma));
	while (sur.n > 1 && ch_is_digit((unsigned char)sur.p[sur.n - 1]))
		sur.n--;
	size_t up, low, dig;
	sl_letters(sur, &up, &low, &dig);
	struct slice tk[8];
	size_t n = tok_split(in, tk, 8);
	if (n == 0 || n > 7 || !tok_is_upper(sur) || (low == 0 && up < 2) || dig > 0 ||
	    sl_find(sur, " ") != SIZE_MAX)
		return 0;
	/* the office: up to its last word of office or body; the given
	 * names after it */
	size_t given = 0;
	for (size_t k = 0; k < n; k++) {
		struct slice w = tok_bare(tk[k]);
		if (tok_in(w, lex_person_offices) || tok_in(w, lex_office_nouns) || tok_in(w, lex_body_nouns))
			given = k + 1;
	}
	struct slice names = given < n ? sl_of(tk[given].p, (size_t)(in.p + in.n - tk[given].p)) : sl_of(in.p + in.n, 0);
	char *title = name_titlecase(sur);
	char *printed = xasprintf("%.*s%s%s", (int)names.n, names.p, names.n ? " " : "", title ? title : "");
	free(title);
	char *name = name_like(sl_cstr(printed), 0) ? name_canonical(sl_cstr(printed)) : NULL;
	char *office = given > 0 ? xasprintf("%.*s", (int)(tk[given - 1].p + tk[given - 1].n - in.p), in.p) : NULL;
	if (name != NULL)
		hprop_party(p, name, office);
	int ok = name != NULL;
	free(printed);
	free(name);
	free(office);
	return ok;
}

/* "Precedence:  Especially Urgent": any short label, capitalised, and
 * its colon (header_roles.c's label_line knows the archives' own labels;
 * a form's may be any). */
static int form_label(struct slice t)
{
	size_t c = sl_find(sl_of(t.p, t.n < 26 ? t.n : 26), ":");
	if (c == SIZE_MAX || c < 2 || !tok_is_upper(t))
		return 0;
	for (size_t k = 0; k < c; k++)
		if (!ch_is_alpha((unsigned char)t.p[k]) && t.p[k] != ' ' && t.p[k] != '.')
			return 0;
	return 1;
}

/* A "From:" line among a form's other labelled lines ("Fujian Province
 * Telegram Received / From: Ministry of Foreign Affairs / Precedence:
 * Especially Urgent"): the form's sender, with no "To:" line. */
static int from_in_form(struct hreader *r, size_t i)
{
	size_t prev = line_prev(&r->L, i), next = line_next(&r->L, i + 1);
	return (prev != SIZE_MAX && form_label(line_text(&r->L, prev))) ||
	       (next < r->footer && form_label(line_text(&r->L, next)));
}

/* "To: Krajewski" / "From: Ambassador JELEN" ("Sender: Pyongyang"): a
 * pair of labelled lines at the top of a telegram or a letter, in any
 * case. Both must be there: one "To:" alone may be a list's; a "From:"
 * alone is read in a form's block of labelled lines. */
static void labelled_pair_read(struct hreader *r)
{
	size_t at[2] = { SIZE_MAX, SIZE_MAX };
	/* a line read as the page's label ("Sender:") still counts */
	for (size_t i = 0, k = 0; i < r->footer && k < 30; i++) {
		struct slice t = line_text(&r->L, i);
		if (t.n == 0)
			continue;
		k++;
		if (t.n > 120 && r->roles[i].role == HR_TEXT)
			break;
		if (sl_istarts(t, "to:") && at[1] == SIZE_MAX)
			at[1] = i;
		else if ((sl_istarts(t, "from:") || sl_istarts(t, "sender:")) && at[0] == SIZE_MAX)
			at[0] = i;
	}
	int form = at[0] != SIZE_MAX && at[1] == SIZE_MAX && from_in_form(r, at[0]);
	if (at[0] == SIZE_MAX || (at[1] == SIZE_MAX && !form))
		return;
	for (int k = 0; k < 2; k++) {
		if (at[k] == SIZE_MAX)
			continue;
		struct slice t = line_text(&r->L, at[k]);
		struct slice v = sl_trim(sl_from(t, sl_find(t, ":") + 1));
		int caps = (t.p[0] == 'T' && t.p[1] == 'O') || (t.p[0] == 'F' && t.p[1] == 'R');
		/* the memorandum header's, read already (a title's parties
		 * are not: "TELEGRAM FROM INDIAN CHARGE D'AFFAIRES" names an
		 * office, "FROM: Om Prakash, Charge d'affaires" its holder) */
		int read = 0;
		for (size_t q = 0; caps && q < r->nprops && !read; q++)
			read = r->props[q].field == (k == 0 ? HF_FROM : HF_TO) &&
			       strcmp(r->props[q].source, "memorandum header") == 0;
		if (v.n == 0 || v.n > 160 || read)
			continue;
		/* a form's label says what its line is, as a memorandum's
		 * FROM: does */
		struct hprop *p = hprop_add(r, k == 0 ? HF_FROM : HF_TO, form ? W_STRONG + 1 : W_GOOD, "labelled line", t);
		if (bracket_led_party(p, v))
			continue;
		/* "FROM: Moscow": a post stands for its mission */
		if (header_parties(r, p, v) == 0 && v.n <= 40 && tok_is_upper(v) && sl_find(v, ",") == SIZE_MAX) {
			char *name = sl_dup(v);
			hprop_party(p, name, NULL);
			free(name);
		}
	}
}

/* Where an inline memorandum field's value ends: the next field (a
 * memorandum of conversation's PLACE, DATE, TIME, PARTICIPANTS and
 * COPIES too), the first numbered paragraph. */
static size_t memo_value_end_max(struct slice v, size_t max)
{
	static const char *const ends[] = { " SUBJECT", " FROM:", " FROM ", " THROUGH", " VIA:", " REFERENCE",
					    " REF:", " ATTENTION", " 1. ", " Subject:", " Subjecti ", " From:",
					    " PLACE:", " DATE:", " TIME:", " PARTICIPANTS:", " COPIES", NULL };
	size_t e = v.n < max ? v.n : max;
	for (size_t i = 0; ends[i] != NULL; i++) {
		size_t k = sl_find(sl_of(v.p, e), ends[i]);
		if (k != SIZE_MAX && k < e)
			e = k;
	}
	return e;
}

static size_t memo_value_end(struct slice v)
{
	return memo_value_end_max(v, 90);
}

/* Where a subject run into its text ends: a field, the first paragraph,
 * or the end of its first sentence ("Launching the CS History. It was
 * decided ..."; not "U.S. Policy", whose stop follows a capital). */
static size_t memo_subject_end(struct slice v)
{
	size_t e = memo_value_end_max(v, 160);
	for (size_t i = 3; i + 2 < e; i++)
		if (v.p[i] == '.' && v.p[i + 1] == ' ' && v.p[i + 2] >= 'A' && v.p[i + 2] <= 'Z' && v.p[i - 1] >= 'a' &&
		    v.p[i - 1] <= 'z' && v.p[i - 2] >= 'a' && v.p[i - 2] <= 'z' && v.p[i - 3] >= 'a' && v.p[i - 3] <= 'z')
			return i;
	return e;
}

/* A memorandum field's value without the OCR's specks before it
 * ("SUBJECT \": History ..."). */
static struct slice memo_value_clean(struct slice v)
{
	v = sl_trim(v);
	while (v.n > 0 && strchr(":;\"'.,", v.p[0]) != NULL)
		v = sl_trim(sl_from(v, 1));
	return v;
}

/* The capitalised words of s from its start, "of" between them, at most
 * max: "Secretary of State G NO:" gives "Secretary of State". */
static struct slice caps_run(struct slice s, size_t max)
{
	struct slice tok[8];
	size_t n = tok_split(s, tok, 8), k, end = 0;
	for (k = 0; k < n && k < 8 && k < max; k++) {
		struct slice w = tok[k];
		int of = sl_ieq(w, "of") && k > 0;
		if (!of && (w.n < 2 || !tok_is_upper(w) || w.p[w.n - 1] == ':'))
			break;
		if (!of)
			end = (size_t)(w.p + w.n - s.p);
	}
	return sl_of(s.p, end);
}

/* The same form flattened by a scanner onto one line ("... FROM:Moscow
 * Info SECRET ... Recd: January 15, 1953 7.21 p.m. SS TO: Secretary of
 * State G NO: 1040, January 15, 9 p.m. ..."): its labels found inside
 * the line. */
static void received_form_flat(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 20; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		/* "Recd:", "Rec'd:" */
		size_t recd = sl_find(t, "Recd: "), from, to, no;
		if (recd == SIZE_MAX)
			recd = sl_find(t, "Rec'd: ");
		if (recd == SIZE_MAX)
			recd = sl_find(t, "Rec\xe2\x80\x99" "d: ");
		if (recd == SIZE_MAX || (from = sl_find(t, "FROM:")) == SIZE_MAX || (no = sl_find(t, " NO: ")) == SIZE_MAX)
			continue;
		to = sl_find(t, " TO: ");
		hprop_text(r, HF_KIND, W_FAIR, "received telegram form", sl_cstr("telegram"), t);
		/* "NO: 1040, January 15, 9 p.m." */
		struct slice nv = sl_from(t, no + 5);
		int v;
		size_t d = sl_digits(nv.p, nv.n, 6, &v);
		if (d > 0 && d < nv.n && nv.p[d] == ',')
			hprop_text(r, HF_NUMBER, W_GOOD, "received telegram form", sl_of(nv.p, d), t);
		struct slice who = caps_run(sl_trim(sl_from(t, from + 5)), 1);
		if (who.n > 0) {
			char *post = sl_dup(who);
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "received telegram form", t), post, NULL);
			free(post);
		}
		if (to != SIZE_MAX && (who = caps_run(sl_trim(sl_from(t, to + 5)), 5)).n > 0) {
			char *office = sl_dup(who);
			hprop_party(hprop_add(r, HF_TO, W_FAIR, "received telegram form", t), office, NULL);
			free(office);
		}
		return;
	}
}

static int caps_name_word(struct slice w);

/* The State Department's form of a telegram sent, run into one line by a
 * scan ("OUTGOJNG tELEGRAM INDICATE ... Department of State ... Origin
 * Amembassy TEL AVIV ACTION ..."): a telegram of the Department's to the
 * post its address names ("Amembassy TEL AVIV": the Embassy in Tel Aviv). */
static void outgoing_form_flat(struct hreader *r)
{
	static const char *const stops[] = { "ACTION", "INFO", "PRIORITY", "IMMEDIATE", "ROUTINE", "NIACT", "FLASH",
					     "EXDIS", "NODIS", "LIMDIS", NULL };
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 6; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		struct slice h = sl_of(t.p, t.n < 600 ? t.n : 600);
		size_t og = sl_find(h, "OUTGO");
		if (og == SIZE_MAX)
			continue;
		size_t tel = sl_find(sl_of(h.p + og, h.n - og < 20 ? h.n - og : 20), "ELEGRAM");
		size_t dept = sl_find(sl_from(h, og), "Department of State");
		if (tel == SIZE_MAX || dept == SIZE_MAX || dept > 120)
			continue;
		hprop_text(r, HF_KIND, W_FAIR, "outgoing telegram form", sl_cstr("telegram"), sl_of(h.p + og, 20));
		hprop_party(hprop_add(r, HF_FROM, W_FAIR, "outgoing telegram form", sl_of(h.p + og + dept, 19)),
			    "Department of State", NULL);
		size_t am = sl_find(h, "Amembassy ");
		if (am == SIZE_MAX)
			am = sl_find(h, "AMEMBASSY ");
		if (am == SIZE_MAX)
			return;
		struct slice tk[4];
		size_t n = tok_split(sl_of(h.p + am + 10, h.n - am - 10 < 60 ? h.n - am - 10 : 60), tk, 4), q;
		for (q = 0; q < n && q < 3; q++)
			if (!caps_name_word(tk[q]) || tok_in(tk[q], stops))
				break;
		if (q == 0)
			return;
		struct slice post = sl_of(tk[0].p, (size_t)(tk[q - 1].p + tk[q - 1].n - tk[0].p));
		char *city = header_uncapped(post);
		if (city == NULL) {
			/* one word in capitals ("PARIS"): in title case */
			city = sl_dup(post);
			for (size_t c = 1; city[c] != '\0'; c++)
				if (city[c] >= 'A' && city[c] <= 'Z' && city[c - 1] != ' ')
					city[c] = (char)(city[c] - 'A' + 'a');
		}
		char *name = xasprintf("Embassy in %s", city);
		hprop_party(hprop_add(r, HF_TO, W_FAIR, "outgoing telegram form", sl_of(h.p + am, 10 + post.n + 1)), name,
			    NULL);
		free(name);
		free(city);
		return;
	}
}

/* The State Department's form of a telegram received, typed over the
 * text: "PARIS" / "Dated June 10, 1940" / "Rec'd 3:10" / "Secretary of
 * State" / "Washington" / "RUSH" / "1132, June 10, 6 p.m.". Its time of
 * receipt says it is a telegram; the office over the capital is the
 * addressee; the number opens the line with the hour it was sent. */
static void received_form_read(struct hreader *r)
{
	size_t recd = SIZE_MAX;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 12 && recd == SIZE_MAX;
	     i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if ((sl_istarts(t, "Rec'd ") || sl_istarts(t, "Recd ") || sl_istarts(t, "Rec\xe2\x80\x99" "d ")) && t.n < 40)
			recd = i;
		/* "Recorded 12:55 a.m.", "Received 3:10 p.m.": the word
		 * spelled out, an hour after it */
		size_t w = sl_istarts(t, "Recorded ") ? 9 : sl_istarts(t, "Received ") ? 9 : 0;
		if (w > 0 && t.n < 40 && date_time_len(t.p + w, t.n - w) > 0)
			recd = i;
	}
	if (recd == SIZE_MAX)
		return;
	struct slice ev = line_text(&r->L, recd);
	hprop_text(r, HF_KIND, W_FAIR, "received telegram form", sl_cstr("telegram"), ev);
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 14; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		struct date_val dt;
		/* "fore being communicated Dated June 16, 1940": two columns
		 * typed side by side */
		size_t dated = sl_find(t, "Dated ");
		if (dated != SIZE_MAX && date_parse(t.p + dated + 6, t.n - dated - 6, 0, &dt) > 0 && dt.d)
			hprop_date(r, W_GOOD, "received telegram form", &dt, sl_from(t, dated), t);
		/* "Secretary of State" / "Washington"; "Secretary of State," /
		 * "Washington." a blank line apart in a form typed so */
		size_t j = line_next(&r->L, i + 1);
		struct slice office = t, seat = j < r->footer ? line_text(&r->L, j) : sl_of(t.p, 0);
		while (office.n > 0 && office.p[office.n - 1] == ',')
			office.n--;
		while (seat.n > 0 && seat.p[seat.n - 1] == '.')
			seat.n--;
		if (j <= i + 2 && j < r->footer && office.n < 40 && party_office(office) && header_place(seat)) {
			char *name = sl_dup(sl_trim(office));
			hprop_party(hprop_add(r, HF_TO, W_FAIR, "received telegram form", t), name, NULL);
			free(name);
		}
		/* "1132, June 10, 6 p.m. (SECTION THREE)" */
		int v;
		size_t d = sl_digits(t.p, t.n, 6, &v);
		if (i > recd && d > 0 && d + 2 < t.n && t.p[d] == ',' && t.p[d + 1] == ' ' &&
		    date_parse(t.p + d + 2, t.n - d - 2, 1900, &dt) > 0)
			hprop_text(r, HF_NUMBER, W_GOOD, "received telegram form", sl_of(t.p, d), t);
	}
	/* signed in capitals at its end, over the clerk's initials
	 * ("BULLITT" / "CSB") */
	size_t last = line_prev(&r->L, r->footer);
	struct slice u = last != SIZE_MAX ? line_text(&r->L, last) : sl_of("", 0);
	size_t up, low, dig;
	sl_letters(u, &up, &low, &dig);
	if (last != SIZE_MAX && u.n >= 2 && u.n <= 4 && low == 0 && dig == 0 && up == u.n)
		last = line_prev(&r->L, last);
	if (last == SIZE_MAX || last <= recd)
		return;
	u = line_text(&r->L, last);
	sl_letters(u, &up, &low, &dig);
	struct slice tok[4];
	size_t nt = tok_split(u, tok, 4);
	if (low == 0 && dig == 0 && up >= 3 && nt >= 1 && nt <= 3 && name_like(u, 0)) {
		char *name = name_canonical(u);
		if (name != NULL)
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", u), name, NULL);
		free(name);
	}
}

/* The last line before i with text on it, read or not, or SIZE_MAX. */
static size_t line_above(const struct lines *l, size_t i)
{
	while (i-- > 0)
		if (line_text(l, i).n > 0)
			return i;
	return SIZE_MAX;
}

/* A ministry's form of a telegram received, its letterhead over the
 * form's name ("SECRETARY OF STATE FOR EXTERNAL RELATIONS" / "TELEGRAM" /
 * "RECEIVED" / "13050" / "FROM THE EMBASSY IN HAVANA"): the office that
 * heads the form is the telegram's addressee. */
static void ministry_form_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, r->top), k = 0; i < r->footer && k < 16; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		int one = sl_ieq(t, "TELEGRAM RECEIVED");
		if (!one && !sl_ieq(t, "RECEIVED"))
			continue;
		/* the form's name may be read already, as the paper's kind */
		size_t h = line_above(&r->L, i);
		if (!one && h != SIZE_MAX && sl_ieq(line_text(&r->L, h), "TELEGRAM"))
			h = line_above(&r->L, h);
		else if (!one)
			continue;
		if (h == SIZE_MAX || h < r->top)
			return;
		struct slice head = line_text(&r->L, h);
		char *office = header_uncapped(head);
		size_t pos = 0;
		struct slice w = office != NULL ? tok_bare(tok_next(sl_cstr(office), &pos)) : sl_of("", 0);
		if (sl_ieq(w, "the"))
			w = tok_bare(tok_next(sl_cstr(office), &pos));
		/* an office or a ministry, no one's name */
		if (office != NULL && strlen(office) < 60 &&
		    (tok_in(w, lex_person_offices) || tok_in(w, lex_office_nouns)) && !name_like(sl_cstr(office), 0)) {
			hprop_text(r, HF_KIND, W_FAIR, "received telegram form", sl_cstr("telegram"), t);
			hprop_party(hprop_add(r, HF_TO, W_FAIR, "received telegram form", head), office, NULL);
		}
		free(office);
		return;
	}
}

/* An edition's "[Received December 10, 1941—2:35 a. m.]" under its
 * heading: received at an hour, the paper came by wire (a despatch's
 * receipt is dated by the day only). */
static void received_line_read(struct hreader *r)
{
	static const char *const hours[] = { "a.m.", "a. m.", "p.m.", "p. m.", "noon", "midnight", NULL };
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 14 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 14 || t.n > 80 || memcmp(t.p, "[Received ", 10) != 0 || t.p[t.n - 1] != ']')
			continue;
		int hour = 0;
		for (size_t h = 0; hours[h] != NULL && !hour; h++)
			hour = sl_find(t, hours[h]) != SIZE_MAX;
		if (hour)
			hprop_text(r, HF_KIND, W_FAIR, "received line", sl_cstr("telegram"), t);
		return;
	}
}

/* Where a closing formula ends in t after from ("Sincerely, ", or
 * "Sincerely. " as the OCR reads a comma), SIZE_MAX if none. */
static size_t flat_closing_at(struct slice t, size_t from)
{
	static const char *const closings[] = { "Sincerely yours", "Yours sincerely", "Sincerely", "Faithfully yours",
						"Yours faithfully", "Faithfully", "Respectfully yours", "Respectfully",
						"Very truly yours", "Yours truly", "Cordially", NULL };
	for (size_t c = 0; closings[c] != NULL; c++) {
		size_t n = strlen(closings[c]);
		for (size_t at = from, k; at < t.n && (k = sl_find(sl_from(t, at), closings[c])) != SIZE_MAX;) {
			size_t begin = at + k, end = begin + n;
			if (end + 2 <= t.n && (t.p[end] == ',' || t.p[end] == '.') && t.p[end + 1] == ' ' &&
			    (begin == 0 || t.p[begin - 1] == ' '))
				return end + 2;
			at = end;
		}
	}
	return SIZE_MAX;
}

/* A conformed signature's mark before the name ("/s/", "/S/", read as
 * "Is/" or "s/" by the OCR). */
static int conformed_mark(struct slice w)
{
	return w.n >= 2 && w.n <= 3 && w.p[w.n - 1] == '/' && (w.p[w.n - 2] == 's' || w.p[w.n - 2] == 'S');
}

/* A scanned letter run into one line by the OCR ("... Dear Joe: ...
 * Sincerely, Allen W. Dulles Director ..."; "... Sincerely. Is/ John A.
 * McCone ..."): the name after its closing formula (and a conformed
 * signature's mark) signed it. */
static void flat_closing_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0); i < r->footer; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 400)
			continue;
		size_t dear = sl_find(t, "Dear ");
		size_t at = flat_closing_at(t, dear == SIZE_MAX ? 0 : dear);
		if (at == SIZE_MAX)
			continue;
		/* up to four capitalised words: the name */
		struct slice rest = sl_from(t, at);
		size_t pos = 0, end = 0, words = 0, start = 0;
		int after_initial = 0;
		for (;;) {
			size_t before = pos;
			struct slice w = tok_next(rest, &pos);
			if (words == 0 && end == 0 && conformed_mark(w)) {
				start = pos;
				continue;
			}
			if (w.n == 0 || words == 4 || !(tok_is_upper(w) || tok_is_initials(w)) ||
			    tok_in(tok_bare(w), lex_person_offices) ||
			    (!tok_is_initials(w) && tok_in(tok_bare(w), name_stops))) {
				pos = before;
				break;
			}
			words++;
			end = (size_t)(w.p + w.n - rest.p);
			/* "John A. McCone": the word after an initial is the
			 * surname, what follows it is the page's ("Delivered") */
			if (w.p[w.n - 1] == ',' || (words >= 2 && after_initial && !tok_is_initials(w)))
				break;
			after_initial = tok_is_initials(w);
		}
		struct slice name = sl_of(rest.p + start, end > start ? end - start : 0);
		name = sl_trim(name);
		while (name.n > 0 && strchr(",.", name.p[name.n - 1]) != NULL)
			name.n--;
		if (words >= 2 && name_like(name, 0)) {
			char *canon = name_canonical(name);
			if (canon != NULL) {
				hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", t), canon, NULL);
				free(canon);
			}
		}
		return;
	}
}

/* The subject of a scanned memorandum run into one line ("... STAFF
 * MEMORANDUM NO. 82-56 SUBJECT: Consultants' Conference 1. Attachment A
 * ..."; "Subjecti" where the OCR read the colon as a letter): a title,
 * only where the next field or the first paragraph ends it. */
static void memo_subject_inline(struct hreader *r, struct slice head)
{
	size_t at = sl_find(head, "SUBJECT");
	if (at == SIZE_MAX)
		at = sl_find(head, "Subject");
	if (at == SIZE_MAX || (at > 0 && head.p[at - 1] != ' '))
		return;
	struct slice v = sl_from(head, at + 7);
	if (v.n > 2 && v.p[0] == ' ' && v.p[1] == ':')
		v = sl_from(v, 1);
	if (v.n > 1 && strchr(":;i", v.p[0]) != NULL && v.p[1] == ' ')
		v = sl_from(v, 1);
	else if (v.n == 0 || v.p[0] != ' ' || head.p[at + 1] != 'U')
		return; /* "Subject" bare is a word of the text */
	v = memo_value_clean(v);
	size_t end = memo_subject_end(v);
	struct slice val = sl_trim(sl_of(v.p, end));
	/* a routing slip's "SUBJECT: (Optional)" is a form's, no subject */
	if (end >= (v.n < 160 ? v.n : 160) || val.n < 4 || val.p[0] == '(')
		return;
	/* a release's record id read into it ("309A000100030076-0"): the
	 * OCR's run of the stamp, no subject */
	for (size_t i = 0, digits = 0; i < val.n; i++) {
		digits = ch_is_digit((unsigned char)val.p[i]) ? digits + 1 : 0;
		if (digits >= 8)
			return;
	}
	hprop_text(r, HF_TITLE, W_FAIR, "memorandum subject", val, sl_of(head.p + at, 7));
}

/* Where a memorandum's "TO" label starts in a scanned line whose form
 * names its addressee so ("... TO William L. Langer Special Assistant to
 * the Secretary of State FROM William W. Quinn ... SUBJECT State
 * Department Cables", "TO: The Director FROM: SUBJECT: REMARKS:"): the
 * labels TO and FROM in capitals, close and in that order, as the form
 * prints them, then SUBJECT (which a scan may garble: "SUT3Jt.CTt"), or
 * an addressee typed in mixed case; a "TO" of a text in capitals has no
 * such train.
 * SIZE_MAX if none; *value_at is where the addressee starts. */
static size_t memo_to_find(struct slice head, size_t *value_at)
{
	struct slice h = sl_of(head.p, head.n < 1500 ? head.n : 1500);
	for (size_t at = sl_find(h, "TO"); at != SIZE_MAX;) {
		size_t v = at + 2;
		int colon = v < h.n && h.p[v] == ':';
		if ((at == 0 || h.p[at - 1] == ' ') && v + 2 < h.n &&
		    (colon || (h.p[v] == ' ' && h.p[v + 1] >= 'A' && h.p[v + 1] <= 'Z'))) {
			struct slice rest = sl_from(h, v + colon);
			size_t fr = sl_find(sl_of(rest.p, rest.n < 160 ? rest.n : 160), " FROM");
			if (fr != SIZE_MAX) {
				struct slice after = sl_from(rest, fr + 5);
				size_t sj = sl_find(sl_of(after.p, after.n < 200 ? after.n : 200), "SUBJ");
				int lower = 0;
				for (size_t q = 0; q < fr && !lower; q++)
					lower = rest.p[q] >= 'a' && rest.p[q] <= 'z';
				if (sj != SIZE_MAX || lower) {
					*value_at = v + colon;
					return at;
				}
			}
		}
		size_t next = sl_find(sl_from(h, at + 2), "TO");
		at = next == SIZE_MAX ? SIZE_MAX : at + 2 + next;
	}
	return SIZE_MAX;
}

/* "Mr. Kirkpatrick 1 6 January 1964": an addressee run into the date
 * typed after it, up to the next field, without the date and the digits
 * of its day the scan split off. */
static struct slice memo_value_undated(struct slice v)
{
	for (size_t b = 1; b + 4 < v.n; b++) {
		struct date_val dt;
		size_t dn;
		if (v.p[b - 1] != ' ' || !(ch_is_digit((unsigned char)v.p[b]) || ch_is_alpha((unsigned char)v.p[b])) ||
		    (dn = date_parse(v.p + b, v.n - b, 0, &dt)) == 0 || !dt.d || sl_trim(sl_from(v, b + dn)).n > 0)
			continue;
		struct slice head = sl_rtrim(sl_of(v.p, b));
		size_t d = head.n;
		while (d > 0 && ch_is_digit((unsigned char)head.p[d - 1]))
			d--;
		if (d > 0 && head.n - d <= 2 && head.p[d - 1] == ' ')
			head = sl_rtrim(sl_of(head.p, d));
		return head.n > 2 ? head : v;
	}
	return v;
}

/* A scanned memorandum's header run into one line by the OCR ("...
 * MEMORANDUM FOR: Director of Central Intelligence SUBJECT: ..."): its
 * addressee and sender, found by their labels. */
static void memo_inline(struct hreader *r)
{
	/* only scanned papers, under a catalogue or a release stamp */
	int scanned = r->labels > 0;
	for (size_t i = 0; i < r->footer && i < 40 && !scanned; i++)
		scanned = r->roles[i].role == HR_RELEASE;
	/* or a scan's text run into one line from the page's top, its
	 * letterhead and its memorandum's header in it ("DEPARTMENT OF
	 * STATE WASHINGTON OCTOBER 6, 1944 MEMORANDUM FOR PRESIDENT ...") */
	size_t top = line_next(&r->L, 0);
	if (!scanned && top < r->footer) {
		struct slice t0 = line_text(&r->L, top);
		scanned = t0.n > 600 && sl_find(sl_of(t0.p, 400), "MEMORANDUM") != SIZE_MAX;
	}
	if (!scanned)
		return;
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 6 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 120)
			continue;
		struct slice head = sl_of(t.p, t.n < 3000 ? t.n : 3000);
		memo_subject_inline(r, sl_of(head.p, head.n < 1500 ? head.n : 1500));
		/* "... SUBJECT: Latin American Situations PLACE: ... PARTICIPANTS:
		 * Mr. ...": the form of a memorandum of conversation, whose
		 * title the scan may garble ("Memorandum Of Conversafio") */
		struct slice h15 = sl_of(head.p, head.n < 1500 ? head.n : 1500);
		size_t pa = sl_find(h15, " PARTICIPANTS:"), sj = sl_find(h15, "SUBJECT:");
		if (pa != SIZE_MAX && sj != SIZE_MAX && (pa > sj ? pa - sj : sj - pa) < 400)
			hprop_text(r, HF_KIND, W_GOOD, "memorandum header", sl_cstr("record of conversation"),
				   sl_of(head.p + pa + 1, 13));
		size_t f = sl_find(head, "ORANDUM FOR"), vat = f + 11;
		/* "NOTE TO: EXO/DDA ADDA DDA SUBJECT: ...": a staff's note in
		 * the memorandum's form, its label typed in capitals */
		if (f == SIZE_MAX && (f = sl_find(head, " NOTE TO: ")) != SIZE_MAX)
			vat = f + 9;
		/* "M 0FANDUM FOR: Deputy Director ...": scanned worse, its
		 * addressee only where the next field ends it */
		int worse = f == SIZE_MAX;
		if (worse)
			f = memo_for_find(head, 80, &vat);
		/* "TO ... FROM ... SUBJECT ...": the form's addressee by its
		 * "TO", which the next field ends */
		if (f == SIZE_MAX)
			f = memo_to_find(head, &vat);
		if (f != SIZE_MAX) {
			struct slice v = sl_from(head, vat);
			/* "MEMORANDUM FOR : Mr. ...": the colon typed apart */
			if (v.n > 1 && v.p[0] == ' ' && v.p[1] == ':')
				v = sl_from(v, 1);
			if (v.n > 0 && (v.p[0] == ':' || v.p[0] == 'S' || v.p[0] == ';'))
				v = sl_from(v, 1);
			v = sl_trim(v);
			/* "MEMORANDUM FOR : Mr. Kirkpatrick": a colon typed apart */
			if (v.n > 0 && v.p[0] == ':')
				v = sl_trim(sl_from(v, 1));
			size_t end = memo_value_end(v);
			if (worse && end >= (v.n < 90 ? v.n : 90))
				end = 0;
			struct slice val = sl_trim(sl_of(v.p, end));
			val = sl_trim(sl_of(val.p, memo_text_start(val)));
			val = memo_value_undated(val);
			while (val.n > 0 && strchr(".,;:", val.p[val.n - 1]) != NULL)
				val.n--;
			if (sl_istarts(val, "THE RECORD"))
				memo_for_record(r);
			if (val.n > 2 && !sl_istarts(val, "THE RECORD") && !sl_istarts(val, "the record")) {
				struct hprop *p = hprop_add(r, HF_TO, W_GOOD, "memorandum header", val);
				if (!memo_office_whole(p, val) && !memo_person_office(p, val) && memo_list_read(p, val) == 0 &&
				    header_parties(r, p, val) == 0) {
					char *o = sl_dup(val);
					hprop_party(p, o, NULL);
					free(o);
				}
				memo_offices_mend(p);
			}
			hprop_text(r, HF_KIND, W_GOOD, "memorandum header", sl_cstr("memorandum"), sl_of(head.p + f, 20));
			memo_kind_own(r, "memorandum");
		}
		size_t fr = sl_find(head, " FROM: ");
		if (fr == SIZE_MAX)
			fr = sl_find(head, " FROM ");
		if (fr != SIZE_MAX && f != SIZE_MAX && fr > f) {
			struct slice v = sl_trim(sl_from(head, fr + 6));
			if (v.n > 0 && v.p[0] == ':')
				v = sl_trim(sl_from(v, 1));
			struct slice val = sl_trim(sl_of(v.p, memo_value_end(v)));
			while (val.n > 0 && strchr(".,;:", val.p[val.n - 1]) != NULL)
				val.n--;
			/* "FROM: SUBJECT: REMARKS:": the form's FROM left blank */
			if (v.n >= 4 && memcmp(v.p, "SUBJ", 4) == 0)
				val.n = 0;
			if (val.n > 2) {
				struct hprop *p = hprop_add(r, HF_FROM, W_GOOD, "memorandum header", val);
				if (!memo_office_whole(p, val) && !memo_person_office(p, val) && header_parties(r, p, val) == 0) {
					char *o = sl_dup(val);
					hprop_party(p, o, NULL);
					free(o);
				}
				memo_offices_mend(p);
			}
		}
		if (f != SIZE_MAX)
			return;
	}
}

/* Whether w is a word of a name typed in capitals ("HAROLD", "L.",
 * "BROWNMAN"): capitals, a dot or a hyphen only. */
static int caps_name_word(struct slice w)
{
	size_t letters = 0;
	for (size_t i = 0; i < w.n; i++) {
		if (w.p[i] >= 'A' && w.p[i] <= 'Z')
			letters++;
		else if (w.p[i] != '.' && w.p[i] != '-')
			return 0;
	}
	return letters > 0;
}

/* A redaction's code on a line of its own, where a declassifier
 * withheld a name or an office ("STAT", "25X1", "25X1A"). */
static int redaction_code(struct slice t)
{
	t = sl_trim(t);
	/* the reading room's marks of the statutes that withheld a word */
	if (sl_ieq(t, "STAT") || sl_ieq(t, "STATINTL") || sl_ieq(t, "STATSPEC"))
		return 1;
	return t.n >= 4 && t.n <= 6 && memcmp(t.p, "25X", 3) == 0 && ch_is_digit((unsigned char)t.p[3]);
}

/* A memorandum no sender has been read for yet: 1. */
static int memo_unsigned(struct hreader *r)
{
	const struct hprop *k = hprop_best(r, HF_KIND);
	return k != NULL && k->value != NULL && strcmp(k->value, "memorandum") == 0 && !hprop_has(r, HF_FROM, W_FAIR);
}

/* The line where a memorandum's text begins: its numbered text ("1.
 * ..."), *from its place on it, or the line after its subject (and the
 * subject's lines that go on) if that comes first (a memorandum's text
 * need not be numbered, and a paper attached may be); r->footer if it
 * has neither. Its
 * signature is read from there, so the header's capitals (the offices
 * it is addressed to among them) are not taken for it. */
static size_t memo_numbered_text(struct hreader *r, size_t *from)
{
	*from = 0;
	size_t after_subject = r->footer;
	for (size_t i = line_next(&r->L, 0); i < r->footer; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), v;
		size_t p1 = sl_find(t, "1. ");
		if (after_subject == r->footer && p1 != SIZE_MAX && (p1 == 0 || t.p[p1 - 1] == ' ')) {
			*from = p1;
			return i;
		}
		if (after_subject < r->footer && i >= after_subject)
			break;
		const struct memo_field *f = after_subject == r->footer ? memo_line(t, &v) : NULL;
		if (f != NULL && f->field == HF_TITLE && v.n > 0) {
			size_t j = line_next(&r->L, i + 1);
			while (j < r->footer && subject_goes_on(r, j))
				j = line_next(&r->L, j + 1);
			after_subject = j;
		}
	}
	return after_subject;
}

/* What comes before a signature at token q: the line's start, the text's
 * last stop, or a redaction's code ("25X1"). */
static int after_text_stop(const struct slice *tk, size_t q)
{
	if (q == 0 || tk[q - 1].p[tk[q - 1].n - 1] == '.')
		return 1;
	for (size_t c = 0; c < tk[q - 1].n; c++)
		if (ch_is_digit((unsigned char)tk[q - 1].p[c]))
			return 1;
	return 0;
}

/* A memorandum signed in capitals over its writer's office ("HAROLD L.
 * BROWNMAN" / "Deputy Director" / "for" / "Management and Services"),
 * typed on lines or run into one by the OCR ("... 25X1 HAROLD L.
 * BROWNMAN Deputy Director for Management and Services ..."): two to
 * four words of a name, then a word of office. Read after the first
 * numbered paragraph, so the header's capitals are not taken. */
static void memo_signature_read(struct hreader *r)
{
	if (!memo_unsigned(r))
		return;
	size_t from;
	for (size_t i = memo_numbered_text(r, &from); i < r->footer; i = line_next(&r->L, i + 1), from = 0) {
		struct slice t = line_text(&r->L, i);
		struct slice tok[400];
		size_t n = tok_split(sl_from(t, from), tok, 400), run = 0;
		if (n > 400)
			n = 400;
		for (size_t q = 0; q < n; q++) {
			struct slice w = tok[q];
			if (caps_name_word(w) && !tok_in(tok_bare(w), lex_marking_words)) {
				run++;
				continue;
			}
			/* the office: on this line after the name, or the next */
			struct slice office = w;
			/* what comes before a signature: the text's last stop,
			 * a redaction's code ("25X1"), or the line's start */
			int after_stop = after_text_stop(tok, q - run);
			if (run >= 2 && run <= 4 && q > 0 && after_stop && tok_in(tok_bare(office), lex_person_offices) &&
			    tok_is_upper(office)) {
				struct slice name = sl_of(tok[q - run].p, (size_t)(tok[q - 1].p + tok[q - 1].n - tok[q - run].p));
				struct slice last = tok_bare(tok[q - 1]);
				char *canon = last.n >= 3 && name_like(name, 0) ? name_canonical(name) : NULL;
				if (canon != NULL) {
					hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", name), canon, NULL);
					free(canon);
					return;
				}
			}
			run = 0;
		}
		/* "HAROLD L. BROWNMAN" alone on its line, the office under it */
		size_t j = line_next(&r->L, i + 1);
		if (run >= 2 && run <= 4 && run == n && j < r->footer) {
			struct slice first = tok_bare(tok_next(line_text(&r->L, j), &(size_t){ 0 }));
			char *canon = tok_in(first, lex_person_offices) && tok_is_upper(first) && name_like(t, 0) ?
					      name_canonical(t) : NULL;
			if (canon != NULL) {
				hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", t), canon, NULL);
				free(canon);
				return;
			}
		}
	}
}

/* A memorandum signed by a name in capitals alone on its line under the
 * text, a redaction's code under it where the office was withheld
 * ("RICHARD LEHMAN" / "STAT"): the sender. The line above is the text's
 * (words in lower case among its first three); the name has no office's
 * or body's word. */
static void memo_withheld_signature_read(struct hreader *r)
{
	const struct hprop *k = hprop_best(r, HF_KIND);
	if (k == NULL || k->value == NULL || strcmp(k->value, "memorandum") != 0 || hprop_has(r, HF_FROM, W_FAIR))
		return;
	size_t prev = SIZE_MAX;
	for (size_t i = line_next(&r->L, 0); i < r->footer; prev = i, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[5];
		size_t n = tok_split(t, tk, 5), j = line_next(&r->L, i + 1);
		if (n < 2 || n > 4 || prev == SIZE_MAX || j >= r->footer || !redaction_code(line_text(&r->L, j)) ||
		    r->roles[prev].role != HR_TEXT)
			continue;
		int ok = 1;
		for (size_t q = 0; q < n && ok; q++) {
			struct slice w = tok_bare(tk[q]);
			ok = caps_name_word(tk[q]) && !tok_in(w, lex_marking_words) && !tok_in(w, lex_person_offices) &&
			     !tok_in(w, lex_office_nouns) && !tok_in(w, lex_body_nouns);
		}
		/* the line above is the text's: words in lower case, no field */
		struct slice above = line_text(&r->L, prev), at[4];
		size_t an = tok_split(above, at, 4), lower = 0;
		for (size_t q = 0; q < 3 && q < an; q++)
			lower += tok_is_lower(at[q]);
		int mixed = an >= 3 && lower >= 2 && memo_line(above, &(struct slice){ 0 }) == NULL;
		char *canon = ok && mixed && name_like(t, 0) ? name_canonical(t) : NULL;
		if (canon != NULL) {
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", t), canon, NULL);
			free(canon);
			return;
		}
	}
}

/* What follows a memorandum's signature on its line. */
static const char *const sign_after[] = { "Attachment", "Attachments", "Attachment:", "Attachments:", "Enclosure",
					  "Enclosures", "Enclosure:", "cc:", "CC:", "Distribution:", "Distribution", NULL };

static int lit_eq(struct slice t, const char *lit)
{
	return sl_eq_slice(t, sl_cstr(lit));
}

/* Whether w is a word of an office's title: a qualifier or an office
 * ("Deputy", "Executive", "Director-Comptroller"). */
static int office_head_word(struct slice w)
{
	struct slice b = tok_bare(w);
	if (!tok_is_upper(b))
		return 0;
	if (tok_in(b, lex_office_qualifiers) || tok_in(b, lex_person_offices))
		return 1;
	size_t dash = sl_find(b, "-");
	return dash != SIZE_MAX && dash > 0 && tok_in(sl_of(b.p, dash), lex_person_offices);
}

/* How many tokens from tk[q] spell an office by its title alone, as a
 * memorandum is signed by it: one to three words of office, one of them
 * an office ("Deputy Director", "Acting Chief"), then "for", "of" or "to"
 * and capitalised words ("and", "of", "the" among them) ending on one
 * ("Special Assistant for Vietnamese Affairs", "Deputy Director of
 * Security"), or a comma and capitalised words ("Chief, Classification
 * Review Division", "Acting Chief, DD/S Plans Staff"), or two words or
 * more alone ("Executive Director-Comptroller"). 0 if none. */
static size_t office_title_at(const struct slice *tk, size_t n, size_t q)
{
	size_t k = q;
	int office = 0;
	/* most words of a text are in lower case: look no further */
	while (k < n && k < q + 3 && office_head_word(tk[k])) {
		office |= !tok_in(tok_bare(tk[k]), lex_office_qualifiers);
		k++;
		if (tk[k - 1].p[tk[k - 1].n - 1] == ',')
			break;
	}
	if (!office || k == q)
		return 0;
	int comma = tk[k - 1].p[tk[k - 1].n - 1] == ',';
	if (!comma && (k >= n || !(lit_eq(tk[k], "for") || lit_eq(tk[k], "of") || lit_eq(tk[k], "to"))))
		return k - q >= 2 && tok_bare(tk[k - 1]).n == tk[k - 1].n ? k - q : 0;
	size_t last = 0, words = 0;
	for (k += comma ? 0 : 1; k < n && words < 6; k++, words++) {
		if (tok_in(tk[k], sign_after))
			break;
		if (tok_is_upper(tk[k]) && tok_bare(tk[k]).n == tk[k].n)
			last = k + 1;
		else if (!(lit_eq(tk[k], "and") || lit_eq(tk[k], "of") || lit_eq(tk[k], "the")))
			break;
	}
	return last ? last - q : 0;
}

/* A memorandum signed by its writer's office alone, with no name: the
 * office after the text's last stop (or a redaction's code, "25X1A"),
 * ending its line or followed by what follows a signature ("... back-up
 * materials. 25X1A Special Assistant for Vietnamese Affairs Attachment
 * cc: DDCI ..."). The sender is the office. */
static void memo_office_signature_read(struct hreader *r)
{
	if (!memo_unsigned(r))
		return;
	size_t from;
	for (size_t i = memo_numbered_text(r, &from); i < r->footer; i = line_next(&r->L, i + 1), from = 0) {
		struct slice t = line_text(&r->L, i);
		struct slice tk[400];
		size_t n = tok_split(sl_from(t, from), tk, 400);
		if (n > 400)
			n = 400;
		for (size_t q = 0; q < n; q++) {
			size_t m = office_title_at(tk, n, q);
			if (m == 0)
				continue;
			int before = after_text_stop(tk, q);
			int end = q + m == n;
			for (size_t a = 0; !end && sign_after[a] != NULL; a++)
				end = lit_eq(tk[q + m], sign_after[a]);
			if (!before || !end)
				continue;
			struct slice office = sl_of(tk[q].p, (size_t)(tk[q + m - 1].p + tk[q + m - 1].n - tk[q].p));
			char *o = sl_dup(office);
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", office), o, NULL);
			free(o);
			return;
		}
	}
}

/* ------------------------------------------------------------------ */
/* Datelines, salutations, signatures and numbers                     */
/* ------------------------------------------------------------------ */

/* t without a note's marker glued before it ("[1]Washington, August 12,
 * 1961, 6:26 p.m."): a copied edition puts its first note's call there. */
static struct slice note_marker_off(struct slice t)
{
	int v;
	size_t d = t.n > 3 && t.p[0] == '[' ? sl_digits(t.p + 1, t.n - 1, 2, &v) : 0;
	if (d == 0 || t.p[d + 1] != ']' || d + 2 >= t.n || !tok_is_upper(sl_from(t, d + 2)))
		return t;
	return sl_from(t, d + 2);
}

/* Whether t ends with a month's name ("Washington, November"), a day
 * on the next line: a dateline broken after its month. */
static int month_ended(struct slice t)
{
	size_t sp = t.n;
	while (sp > 0 && t.p[sp - 1] != ' ')
		sp--;
	size_t n = 0;
	return sp < t.n && date_month_name(t.p + sp, t.n - sp, &n) > 0 && n == t.n - sp;
}

/* Words that take a date after them ("REFERENCE: ... dated"). */
static const char *const date_takers[] = { "dated", "dtd", "of", "on", "since", "until", "from", NULL };

/* Whether line i continues the line right over it, which ends in a
 * word that takes a date ("REFERENCE: Action Memorandum No. A-359 dated"
 * / "28 January 1964"): the date is the one that line cites. */
static int runs_on(struct hreader *r, size_t i)
{
	if (i == 0 || !line_usable(&r->L, i - 1))
		return 0;
	struct slice u = sl_rtrim(line_text(&r->L, i - 1));
	size_t sp = u.n;
	while (sp > 0 && u.p[sp - 1] != ' ')
		sp--;
	return sp > 0 && tok_in(sl_from(u, sp), date_takers);
}

/* The index of the first date line of the text (at least a month), or
 * SIZE_MAX. A dateline broken after its comma ("Washington, July 25,"
 * then "1964—4:56 p.m.") or after its month ("Washington, November" then
 * "2, 1950—noon.") is read across the two lines. */
/* Opening quotation marks less closing ones in t: curly double quotes
 * and guillemets, whose two ends differ. */
static int quote_balance(struct slice t)
{
	int n = 0;
	for (size_t i = 0; i + 1 < t.n; i++) {
		unsigned char a = (unsigned char)t.p[i], b = (unsigned char)t.p[i + 1];
		if (a == 0xe2 && b == 0x80 && i + 2 < t.n)
			n += t.p[i + 2] == '\x9c' ? 1 : t.p[i + 2] == '\x9d' ? -1 : 0;
		else if (a == 0xc2)
			n += b == 0xab ? 1 : b == 0xbb ? -1 : 0;
	}
	return n;
}

static size_t date_line_at(struct hreader *r, size_t from, struct date_val *dt, struct slice *printed, char **joined)
{
	*joined = NULL;
	int quoted = 0;
	for (size_t i = from; i < r->footer; quoted += line_usable(&r->L, i) ? quote_balance(line_text(&r->L, i)) : 0, i++) {
		if (!line_usable(&r->L, i))
			continue;
		struct slice t = line_text(&r->L, i);
		if (r->roles[i].role == HR_RELEASE)
			continue;
		/* "“I wish to express ... Sincerely, L. Brezhnev" / "(November
		 * 9, 1972)": a date inside a quotation still open is the
		 * quoted paper's, read out or copied into this one */
		if (quoted > 0)
			continue;
		if (header_date_line(note_marker_off(t), 2, dt, printed) && !runs_on(r, i))
			return i;
		size_t j = i + 1;
		if (t.n > 0 && t.n < 60 && j < r->footer && line_usable(&r->L, j) &&
		    (t.p[t.n - 1] == ',' || (month_ended(t) && ch_is_digit((unsigned char)line_text(&r->L, j).p[0])))) {
			char *both = xasprintf("%.*s %.*s", (int)t.n, t.p, (int)line_text(&r->L, j).n, line_text(&r->L, j).p);
			if (header_date_line(sl_cstr(both), 3, dt, printed)) {
				*joined = both;
				return i;
			}
			free(both);
		}
	}
	return SIZE_MAX;
}

/* "WASHINGTON , 1974" over "MEMORANDUM FOR THE WHITE HOUSE STAFF:": a
 * typed dateline whose day and month were left blank dates the paper to
 * its year, when the paper opens right under it (a memorandum's heading
 * or a salutation); a place and a year elsewhere may be an imprint. */
static void dateline_year_read(struct hreader *r)
{
	/* a letterhead's reader may have taken the line for its place */
	for (size_t i = 0, k = 0; k < 40 && i < r->footer; i++) {
		struct slice t = line_text(&r->L, i), printed;
		struct date_val dt;
		if (t.n == 0)
			continue;
		k++;
		if (r->roles[i].role != HR_DATE || !header_date_line(t, 1, &dt, &printed) || dt.m != 0 || printed.p == t.p)
			continue;
		size_t j = line_next(&r->L, i + 1);
		if (j >= r->footer)
			return;
		struct slice u = line_text(&r->L, j);
		if (sl_istarts(u, "MEMORANDUM") || header_salutation(u) != NULL)
			hprop_date(r, W_FAIR, "dateline", &dt, printed, t);
		return;
	}
}

/* The place before a dateline's date ("Moscow, March 14, 1952"). */
static void dateline_place(struct hreader *r, struct slice line, struct slice printed, struct slice ev)
{
	if (printed.p <= line.p || printed.p > line.p + line.n)
		return;
	struct slice place = sl_trim(sl_of(line.p, (size_t)(printed.p - line.p)));
	while (place.n > 0 && strchr(",.", place.p[place.n - 1]) != NULL)
		place = sl_trim(sl_of(place.p, place.n - 1));
	/* "Dated 4 December 1971": the word that takes the date is no place */
	if (place.n > 0 && place.n < 80 && name_like(place, 1) && !tok_in(place, date_takers))
		hprop_text(r, HF_PLACE, W_GOOD, "dateline", place, ev);
}

/* An editor's lead line: the paper's day, where, then what it is ("26
 * August 1968, Moscow. - Record of the negotiations ...", "26. srpen
 * 1968, Moskva. - Záznam z jednání ..."), among the page's first lines. */
static size_t dash_sep(struct slice s);

static void lead_dateline_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 10 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		struct date_val dt;
		size_t dn = date_parse(t.p, t.n, 0, &dt);
		if (dn == 0 || dt.d == 0 || dn + 2 >= t.n || t.p[dn] != ',' || t.p[dn + 1] != ' ')
			continue;
		/* the place: capitalised words to a full stop, then a dash and
		 * the paper's description */
		struct slice rest = sl_from(t, dn + 2);
		size_t stop = sl_find(rest, ". ");
		if (stop == SIZE_MAX || stop > 40 || !name_like(sl_of(rest.p, stop), 1))
			continue;
		struct slice after = sl_ltrim(sl_from(rest, stop + 2));
		if (dash_sep(after) == 0)
			continue;
		hprop_date(r, W_GOOD, "dateline", &dt, sl_of(t.p, dn), t);
		hprop_text(r, HF_PLACE, W_FAIR, "dateline", sl_of(rest.p, stop), t);
		return;
	}
}

/* "Suslov, Ustinov, Ponomaryov": a line that is only names between
 * commas, each of at most three words, capitalised: no sentence. */
static int names_list(struct slice t)
{
	if (t.n == 0 || t.n > 100 || sl_find(t, ",") == SIZE_MAX)
		return 0;
	while (t.n > 0 && strchr(",.:", t.p[t.n - 1]) != NULL)
		t.n--;
	size_t at = 0;
	while (at <= t.n) {
		size_t c = sl_find(sl_from(t, at), ",");
		struct slice part = sl_trim(sl_of(t.p + at, c == SIZE_MAX ? t.n - at : c)), tok[4];
		size_t nt = tok_split(part, tok, 4);
		if (nt == 0 || nt > 3 || !tok_is_upper(part) || !name_like(part, 0))
			return 0;
		if (c == SIZE_MAX)
			break;
		at += c + 1;
	}
	return 1;
}

/* "Comrades Nicolae Ceausescu, Ion Gheorghe Maurer, Emil Bodnaras, Paul" /
 * "Niculescu-Mizil, Gheorghe Pana, ...": a list of names after a bare
 * form of address, wrapped on to the line right under it, no mark at the
 * end of its line, is a paragraph (those present at a sitting), not a
 * salutation, which ends its line with a mark or with its last name. An
 * address ("To Comrades Brezhnev, Kosygin, ...") is not asked. */
static int names_run_on(struct hreader *r, size_t i, struct slice t)
{
	size_t commas = 0;
	for (size_t k = 0; k < t.n; k++)
		commas += t.p[k] == ',';
	if (commas < 2 || t.n == 0 || !ch_is_alpha((unsigned char)t.p[t.n - 1]) || i + 1 >= r->footer ||
	    !line_usable(&r->L, i + 1))
		return 0;
	return sl_find(line_text(&r->L, i + 1), ", ") != SIZE_MAX;
}

/* "Comrade Kadar:" / "Dear members of the Political Consultative
 * Committee! Esteemed Comrades! ...": a name and a colon over words that
 * open with a salutation of their own is a speaker in a transcript, the
 * speech's address on the next line; a letter is not saluted twice. */
static int speaker_label(struct hreader *r, size_t i, struct slice t)
{
	size_t nx = line_next(&r->L, i + 1);
	if (t.n == 0 || t.p[t.n - 1] != ':' || nx >= r->footer || !line_usable(&r->L, nx))
		return 0;
	struct slice next = line_text(&r->L, nx);
	return header_salutation(next) != NULL && !sl_istarts(next, "To ");
}

/* The formal addresses that open a letter on a line of their own. */
static const char *const formal_addresses[] = { "sir", "madam", "madame", "gentlemen", "dear sir", "dear madam",
						"dear sirs", "my lord", "monsieur", "your excellency", "excellency",
						"mr. president", "mr. secretary", NULL };

/* A salutation's names without the marks that close it ("Stalin!",
 * "Molotov:", "Kim Il Sung,"); an initial's stop stays. */
static struct slice salute_marks_off(struct slice s)
{
	while (s.n > 0 && strchr("!:,", s.p[s.n - 1]) != NULL)
		s.n--;
	return s;
}

/* "Dear Mr. President:", "Dear Madam Prime Minister": a letter to the
 * holder of an office named by it alone: the office is its recipient. */
static void salute_office(struct hprop *p, struct slice rest)
{
	static const char *const forms[] = { "Mr. ", "Mr ", "Mister ", "Madam ", "Madame ", "Mrs. ", NULL };
	size_t k = 0;
	while (forms[k] != NULL && !(rest.n > strlen(forms[k]) && memcmp(rest.p, forms[k], strlen(forms[k])) == 0))
		k++;
	if (forms[k] == NULL)
		return;
	struct slice office = sl_trim(sl_from(rest, strlen(forms[k]))), tk[4];
	while (office.n > 0 && strchr(",:;!.", office.p[office.n - 1]) != NULL)
		office.n--;
	size_t n = tok_split(office, tk, 4);
	if (n == 0 || n > 3 || !tok_in(tok_bare(tk[n - 1]), lex_person_offices))
		return;
	for (size_t q = 0; q < n; q++)
		if (!tok_is_upper(tk[q]))
			return;
	char *name = sl_dup(office);
	hprop_party(p, name, NULL);
	free(name);
}

/* Salutations among the opening lines ("To Comrade Stalin, I.V.", "Dear
 * Comrade Mao Zedong,", "Comrade Kim Il Sung!") name recipients. */
static void salutation_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < SALUTE_LINES && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* "January 6, 1936. My dear Dodd:- Thank you ...": a letter run
		 * into one line opens with its date */
		struct date_val dt;
		size_t dn = t.n > 100 ? date_parse(t.p, t.n, 0, &dt) : 0;
		/* "BRITISH EMBASSY WASHINGTON, D. C. September 15th, 1941. Dear
		 * Mr. Secretary: ...": a letterhead and its place before the
		 * date */
		size_t d0 = 0;
		if (dn == 0 && t.n > 100) {
			size_t dear = sl_find(sl_of(t.p, t.n < 160 ? t.n : 160), " Dear ");
			for (size_t b = dear != SIZE_MAX && dear > 30 ? dear - 30 : SIZE_MAX; b < dear; b++) {
				if (t.p[b - 1] != ' ' || !(ch_is_alpha((unsigned char)t.p[b]) || ch_is_digit((unsigned char)t.p[b])))
					continue;
				size_t n2 = date_parse(t.p + b, dear - b, 0, &dt);
				if (n2 > 0 && dt.d && b + n2 + 1 >= dear) {
					d0 = b;
					dn = n2;
					break;
				}
			}
		}
		if (d0 > 0) {
			hprop_date(r, W_GOOD, "dateline", &dt, sl_of(t.p + d0, dn), sl_of(t.p + d0, dn));
			t = sl_ltrim(sl_from(t, d0 + dn + (t.p[d0 + dn] == '.' || t.p[d0 + dn] == ',')));
			dn = 0;
		}
		if (dn > 0 && dt.d && dn + 2 < t.n) {
			struct slice after = sl_ltrim(sl_from(t, dn + (t.p[dn] == '.' || t.p[dn] == ',')));
			/* OCR's specks between them: "July 14, 1963 _ Dear Comrades," */
			while (after.n > 2 && strchr("_=~-|", after.p[0]) != NULL && after.p[1] == ' ')
				after = sl_ltrim(sl_from(after, 1));
			if (sl_istarts(after, "Dear ") || sl_istarts(after, "My dear ")) {
				hprop_date(r, W_GOOD, "dateline", &dt, sl_of(t.p, dn), sl_of(t.p, dn));
				t = after;
			}
		}
		/* "Sir", "Gentlemen:", "Madam,": a formal address alone on its
		 * line, as letters of the old forms open (a telegram or a
		 * memorandum has none) */
		struct slice bare = t;
		while (bare.n > 0 && strchr(",:;!.", bare.p[bare.n - 1]) != NULL)
			bare.n--;
		if (tok_in(bare, formal_addresses)) {
			r->letter = 1;
			continue;
		}
		/* "Dear Doc: In my recent telegram ...", "Dear Comrades, The
		 * Central Committee ...": the salutation opens the text's first
		 * line */
		if (t.n > 100 && (sl_istarts(t, "Dear ") || sl_istarts(t, "My dear "))) {
			size_t c = sl_find(sl_of(t.p, 48), ":");
			if (c == SIZE_MAX)
				c = sl_find(sl_of(t.p, 48), ",");
			if (c != SIZE_MAX)
				t = sl_of(t.p, c + 1);
		}
		if (t.n > 100)
			continue;
		if (t.n >= 5 && memcmp(t.p, "**", 2) == 0 && memcmp(t.p + t.n - 2, "**", 2) == 0)
			t = sl_trim(sl_of(t.p + 2, t.n - 4));
		const char *open = header_salutation(t);
		if (open == NULL)
			continue;
		/* "Present:" / "Comrades Khrushchev and Mao.": a list under
		 * its heading, no salutation */
		size_t prev = line_prev(&r->L, i);
		if (prev != SIZE_MAX && line_text(&r->L, prev).n > 0 &&
		    line_text(&r->L, prev).p[line_text(&r->L, prev).n - 1] == ':')
			continue;
		if (sl_istarts(sl_cstr(open), "Comrade") && names_run_on(r, i, t))
			continue;
		if (speaker_label(r, i, t))
			continue;
		struct slice rest = sl_from(t, strlen(open));
		/* "To Comrades Brezhnev, Kosygin, Andropov, Gromyko, / Suslov,
		 * Ustinov, Ponomaryov": the list of addressees runs on */
		char *joined = NULL;
		size_t nx = line_next(&r->L, i + 1);
		if (rest.n > 0 && rest.p[rest.n - 1] == ',' && nx < r->footer && names_list(line_text(&r->L, nx))) {
			struct slice more = line_text(&r->L, nx);
			joined = xasprintf("%.*s %.*s", (int)rest.n, rest.p, (int)more.n, more.p);
			rest = sl_cstr(joined);
		}
		rest = salute_marks_off(rest);
		if (tok_in(rest, name_stops)) {
			free(joined);
			/* "Dear Sir": a letter to no one named */
			if (sl_istarts(t, "dear ") || sl_istarts(t, "my dear "))
				r->letter = 1;
			return;
		}
		struct hprop *p = hprop_add(r, HF_TO, W_FAIR, "salutation", t);
		if (header_parties(r, p, rest) == 0)
			salute_office(p, rest);
		free(joined);
		/* "To Cde. Stalin" / "To Cde. Molotov": an address of a line
		 * for each addressee, each in the same form (the lines under
		 * the first may have been taken for its block) */
		for (size_t j = i + 1, k2 = 0; sl_istarts(sl_cstr(open), "To") && j < r->footer && k2 < 6; j++) {
			struct slice u = line_text(&r->L, j);
			if (u.n == 0)
				continue;
			k2++;
			if (u.n > 80 || header_salutation(u) != open)
				break;
			if (header_parties(r, p, salute_marks_off(sl_from(u, strlen(open)))) == 0)
				break;
		}
		/* an address in capitals heads telegrams as often as letters:
		 * it names no kind */
		if (!capital_address(t))
			r->letter = 1;
		return;
	}
}

/* "The Central Committee of the CPSU deems it necessary ...": a body that
 * writes names itself in the third person as its letter's first words
 * after the salutation; the body, or an empty slice. Its words run up to
 * a comma or to its verb ("deems", "notes", "has"), and one of them is a
 * body's noun. */
static struct slice self_named_body(struct slice t)
{
	while (t.n > 2 && strchr("_=~-|", t.p[0]) != NULL && t.p[1] == ' ')
		t = sl_ltrim(sl_from(t, 1)); /* OCR's specks */
	if (t.n < 4 || memcmp(t.p, "The ", 4) != 0)
		return sl_of(t.p, 0);
	static const char *const small[] = { "of", "the", "and", "for", "in", "on", "to", NULL };
	struct slice tok[24];
	size_t n = tok_split(t, tok, 24), end = 0, bodied = 0;
	for (size_t k = 1; k < n && k < 24; k++) {
		struct slice w = tok[k], b = tok_bare(w);
		if (tok_in(b, small) && k + 1 < n)
			continue;
		if (!tok_is_upper(w)) {
			int verb = b.n > 2 && (b.p[b.n - 1] == 's' || sl_ieq(b, "has"));
			return verb && bodied && end > 0 ? sl_of(t.p, end) : sl_of(t.p, 0);
		}
		bodied |= tok_in(b, lex_office_nouns) || tok_in(b, lex_body_nouns);
		end = (size_t)(b.p + b.n - t.p);
		if (w.p[w.n - 1] == ',')
			return bodied ? sl_of(t.p, end) : sl_of(t.p, 0);
	}
	return sl_of(t.p, 0);
}

/* A collective letter's sender, named by itself after "Dear Comrades,"
 * (the party letters of the Sino-Soviet split: "Dear Comrades, / The
 * Central Committee of the Communist Party of the Soviet Union notes
 * ..."), on the salutation's line or the next. */
static void self_named_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 30 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t d = sl_find(sl_of(t.p, t.n < 80 ? t.n : 80), "Dear ");
		if (d == SIZE_MAX || (d > 0 && t.n < 100))
			continue;
		struct slice rest = sl_from(t, d + 5);
		size_t c = sl_find(sl_of(rest.p, rest.n < 30 ? rest.n : 30), ",");
		if (c == SIZE_MAX)
			c = sl_find(sl_of(rest.p, rest.n < 30 ? rest.n : 30), ":");
		if (c == SIZE_MAX)
			return;
		rest = sl_trim(sl_from(rest, c + 1));
		if (rest.n == 0) {
			size_t j = line_next(&r->L, i + 1);
			if (j >= r->footer)
				return;
			rest = line_text(&r->L, j);
		}
		struct slice body = self_named_body(rest);
		if (body.n > 0) {
			struct hprop *p = hprop_add(r, HF_FROM, W_FAIR, "first sentence", rest);
			char *org = party_resolve(r->d, sl_istarts(body, "the ") ? sl_from(body, 4) : body, 1);
			if (org != NULL) {
				hprop_party(p, org, NULL);
				free(org);
			}
		}
		return;
	}
}

/* A manuscript catalogue's entry: "Alexander Hamilton. Letter:
 * Philadelphia, to George Washington, 1783 April 09. 2 p." (the author,
 * the paper's kind and a colon, where it was written, its addressee after
 * "to", its date). */
static void catalogue_entry_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 30 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 240)
			continue;
		/* the author's full stop: the one a kind and a colon follow
		 * ("John A. Smith. Letter: ...") */
		for (size_t stop = sl_find(t, ". "); stop != SIZE_MAX && stop < 60;) {
			struct slice author = sl_of(t.p, stop), rest = sl_from(t, stop + 2), after;
			size_t colon = sl_find(rest, ": ");
			const char *kind = colon != SIZE_MAX && colon < 40 && sl_find(sl_of(rest.p, colon), ". ") == SIZE_MAX
						   ? header_kind_find(sl_of(rest.p, colon), 4, &after)
						   : NULL;
			if (kind != NULL && name_like(author, 0)) {
				struct slice tail = sl_from(rest, colon + 2);
				size_t to = sl_istarts(tail, "to ") ? 0 : sl_find(tail, ", to ");
				if (to == SIZE_MAX)
					break;
				struct slice dest = sl_from(tail, to == 0 ? 3 : to + 5);
				size_t c = sl_find(dest, ", ");
				struct date_val dt;
				size_t dn = c == SIZE_MAX ? 0 : date_parse(dest.p + c + 2, dest.n - c - 2, 0, &dt);
				if (c == SIZE_MAX || !name_like(sl_of(dest.p, c), 1))
					break;
				header_parties(r, hprop_add(r, HF_FROM, W_GOOD, "catalogue entry", t), author);
				header_parties(r, hprop_add(r, HF_TO, W_GOOD, "catalogue entry", t), sl_of(dest.p, c));
				hprop_text(r, HF_KIND, W_FAIR, "catalogue entry", sl_cstr(kind), t);
				if (dn > 0 && dt.d)
					hprop_date(r, W_GOOD, "catalogue entry", &dt, sl_of(dest.p + c + 2, dn), t);
				return;
			}
			size_t nx = sl_find(sl_from(t, stop + 2), ". ");
			stop = nx == SIZE_MAX ? SIZE_MAX : stop + 2 + nx;
		}
	}
}

/* Whether line t opens a letter: its dateline ("Manchester, 10 April
 * 1868", "10 April 1868") or its salutation. */
static int letter_opening(struct slice t)
{
	struct date_val dt;
	struct slice printed;
	size_t c = sl_find(t, ", ");
	if (header_date_line(t, 2, &dt, &printed) || (c != SIZE_MAX && c < 40 && header_date_line(sl_from(t, c + 2), 2, &dt, &printed)))
		return 1;
	return header_salutation(t) != NULL;
}

/* A letter's heading in an edition of letters: in capitals, the writer
 * to the addressee and nothing more ("MARX TO ENGELS", "LENIN TO
 * GORKY"), over the letter's dateline or salutation. */
static void edition_heading_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 40 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* short lines only: a paragraph's letters are not counted */
		if (t.n > 60)
			continue;
		size_t up, low, dig;
		sl_letters(t, &up, &low, &dig);
		size_t to = sl_find(t, " TO ");
		if (low > 0 || dig > 0 || to == SIZE_MAX)
			continue;
		struct slice a = sl_trim(sl_of(t.p, to)), b = sl_trim(sl_from(t, to + 4)), rest;
		struct slice tk[5];
		if (tok_split(a, tk, 5) > 3 || tok_split(b, tk, 5) > 3 || !name_like(a, 0) || !name_like(b, 0) ||
		    header_kind_find(t, 3, &rest) != NULL)
			continue;
		int opens = 0;
		for (size_t j = i, m = 0; m < 2 && !opens; m++) {
			j = line_next(&r->L, j + 1);
			if (j >= r->footer)
				break;
			opens = letter_opening(line_text(&r->L, j));
		}
		if (!opens)
			continue;
		header_parties(r, hprop_add(r, HF_FROM, W_GOOD, "edition heading", t), a);
		header_parties(r, hprop_add(r, HF_TO, W_GOOD, "edition heading", t), b);
		return;
	}
}

/* The bodies a cable may be addressed to by name alone. */
static const char *const address_bodies[] = { "ministry", "department", "committee", "office", "bureau", "commission",
					      "council", "government", "embassy", "secretariat", "directorate", "politburo", "presidium",
					      NULL };

/* Whether a names a body: by its last word ("Foreign Ministry") or the
 * word before its "of" ("the Ministry of Foreign Affairs"). */
static int names_body(struct slice a)
{
	struct slice tk[8];
	size_t n = tok_split(a, tk, 8);
	if (n == 0 || n > 8)
		return 0;
	if (tok_in(tok_bare(tk[n - 1]), address_bodies))
		return 1;
	for (size_t i = 0; i + 1 < n; i++)
		if (sl_ieq(tk[i + 1], "of"))
			return tok_in(tok_bare(tk[i]), address_bodies);
	return 0;
}

/* An address line over the text ("To the Ministry of Foreign Affairs:",
 * "[To the] Xinjiang Foreign Affairs Office:", "Embassy in the Soviet
 * Union:"), as cables and orders open: the recipient. A single word
 * before a colon ("Present:") is no address. */
static void address_colon_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 12 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* a cable form's lists of copies ("Copy to: Zhang, Ji ...",
		 * "Already Copied To: Chairman, ..."), however long, are the
		 * form's, not the text */
		if (sl_istarts(t, "copy to:") || sl_istarts(t, "copies to:") || sl_istarts(t, "already copied to:"))
			continue;
		/* an address heads the text: a paragraph of it came first */
		if (t.n > 200 && r->roles[i].role == HR_TEXT)
			return;
		/* "To the Foreign Ministry and the International Liaison
		 * Department, Central Committee, ...:": an address said to be
		 * one may run long */
		int said = sl_istarts(t, "To ") || sl_istarts(t, "[To");
		/* "To the Ministry of Foreign Affairs" on its own line, no
		 * colon: a body it names at its end (not a line of prose
		 * wrapped before "to the ...") */
		int bare = t.n < 80 && t.n > 3 && memcmp(t.p, "To ", 3) == 0 && ch_is_alpha((unsigned char)t.p[t.n - 1]);
		if (t.n < 4 || t.n > (said ? 200u : 100u) || (t.p[t.n - 1] != ':' && t.p[t.n - 1] != ',' && !bare) ||
		    r->roles[i].role != HR_TEXT)
			continue;
		struct slice a = sl_trim(bare ? t : sl_of(t.p, t.n - 1));
		int to = 0;
		if (sl_istarts(a, "[To the] ") || sl_istarts(a, "[To] "))
			a = sl_trim(sl_from(a, sl_find(a, "]") + 1)), to = 1;
		else if (sl_istarts(a, "To "))
			a = sl_trim(sl_from(a, 3)), to = 1;
		struct slice tok[24];
		size_t nt = tok_split(a, tok, 24);
		if (nt == 0 || nt > 24 || (nt < 2 && !to) || header_salutation(t) != NULL || memo_line(t, &(struct slice){ 0 }))
			continue;
		/* "Foreign Ministry,": a cable's address closed by a comma, as
		 * a salutation is, names a body */
		if ((t.p[t.n - 1] == ',' || bare) && (nt > 6 || !names_body(a)))
			continue;
		/* "American Embassy," over "Paris, January 5, 1950.": a
		 * despatch's own heading; an address stands over the text */
		size_t nx5 = line_next(&r->L, i + 1);
		if ((t.p[t.n - 1] == ',' || bare) && (nx5 >= r->footer || line_text(&r->L, nx5).n < 60))
			continue;
		if (!tok_is_upper(a) && !sl_istarts(a, "the "))
			continue;
		/* "Written: in six copies:": a label and its value, no address;
		 * "Based on Cieslak's conversations with the board members of
		 * Pravda (10.24 at noon):" a sentence that leads into the text */
		if (sl_find(a, ":") != SIZE_MAX || party_prose(a))
			continue;
		/* "The Politburo RESOLVES:": a body's decision opening, its
		 * verb before the colon, no address */
		if (!to && tok_in(tok_bare(tok[nt - 1]), lex_operative_verbs))
			continue;
		struct hprop *p = hprop_add(r, HF_TO, W_FAIR, "address", t);
		header_parties(r, p, a);
		return;
	}
}

/* "DCI BRIEFING FOR 5 NOVEMBER NSC MEETING", "FIRST DRAFT DCI Lecture for
 * National War College": a talk named after the office that gives it,
 * by the initials it goes by, at the head of the text: its sender. */
static void initials_talk_read(struct hreader *r)
{
	static const char *const talks[] = { "briefing", "lecture", "statement", "remarks", "talk", "testimony", "speech",
					     "address", "presentation", NULL };
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 8 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tok[40];
		size_t n = tok_split(sl_of(t.p, t.n < 400 ? t.n : 400), tok, 40);
		for (size_t q = 0; q + 1 < n && q + 1 < 40; q++) {
			const char *who = lex_initials_name(lex_office_initials, tok[q], sl_of(r->L.text, r->L.len));
			/* "NSC BRIEFING 6 April 1960": the body briefed, heading
			 * its line ("the JCS statement" is the chiefs' own) */
			const char *to = q == 0 && sl_ieq(tok_bare(tok[1]), "briefing")
						 ? lex_initials_name(lex_body_initials, tok[q], sl_of(r->L.text, r->L.len))
						 : NULL;
			if ((who == NULL && to == NULL) || !tok_in(tok_bare(tok[q + 1]), talks))
				continue;
			if (to != NULL) {
				hprop_party(hprop_add(r, HF_TO, W_FAIR, "talk's heading", t), to, NULL);
				return;
			}
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "talk's heading", t), who, NULL);
			/* "DCI BRIEFING FOR" / "5 NOVEMBER NSC MEETING": the body
			 * whose meeting it is given at, on the line or the next */
			size_t j = line_next(&r->L, i + 1), kept = n < 40 ? n : 40;
			struct slice u = j < r->footer ? line_text(&r->L, j) : sl_of(t.p, 0), words[52];
			size_t un = tok_split(sl_of(u.p, u.n < 200 ? u.n : 200), words + kept, 12);
			size_t all = kept + (un < 12 ? un : 12);
			memcpy(words, tok, kept * sizeof *tok);
			for (size_t m = q + 2; m + 1 < all; m++) {
				to = lex_initials_name(lex_body_initials, words[m], sl_of(r->L.text, r->L.len));
				if (to != NULL && sl_ieq(tok_bare(words[m + 1]), "meeting")) {
					hprop_party(hprop_add(r, HF_TO, W_FAIR, "talk's heading", t), to, NULL);
					break;
				}
			}
			return;
		}
	}
}

/* "MPRP Central Committee / Politburo RESOLVES:", "The Council of
 * Ministers decrees:": a body's decision opens with the body and its
 * verb, which name the sender; the body may begin on the line above. */
static void operative_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 30 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tok[10];
		if (t.n < 6 || t.n > 100 || t.p[t.n - 1] != ':' || r->roles[i].role != HR_TEXT)
			continue;
		size_t nt = tok_split(sl_of(t.p, t.n - 1), tok, 10);
		if (nt < 2 || nt > 9 || !tok_in(tok_bare(tok[nt - 1]), lex_operative_verbs))
			continue;
		struct slice body = sl_trim(sl_of(t.p, (size_t)(tok[nt - 2].p + tok[nt - 2].n - t.p)));
		if (sl_istarts(body, "The "))
			body = sl_from(body, 4);
		char *joined = NULL;
		/* the body's name begun on the line above, run on */
		size_t prev = line_prev(&r->L, i);
		if (prev != SIZE_MAX && prev + 1 == i && nt <= 3) {
			struct slice u = line_text(&r->L, prev);
			if (u.n < 60 && tok_is_upper(u) && strchr(".,:;!?", u.p[u.n - 1]) == NULL && names_body(u))
				joined = xasprintf("%.*s %.*s", (int)u.n, u.p, (int)body.n, body.p);
		}
		struct slice who = joined ? sl_cstr(joined) : body;
		if (tok_is_upper(who) && names_body(who)) {
			char *name = sl_dup(who);
			hprop_party(hprop_add(r, HF_FROM, W_GOOD, "operative clause", t), name, NULL);
			free(name);
			/* the verb names the paper: a body that resolves
			 * writes a resolution, one that decrees a decree */
			static const char *const papers[][2] = { { "resolves", "resolution" }, { "resolved", "resolution" },
								 { "decides", "decision" },    { "decided", "decision" },
								 { "decrees", "decree" },      { "decreed", "decree" },
								 { "orders", "order" },        { "ordered", "order" } };
			struct slice verb = tok_bare(tok[nt - 1]);
			for (size_t v = 0; v < sizeof papers / sizeof papers[0]; v++)
				if (sl_ieq(verb, papers[v][0]))
					hprop_text(r, HF_KIND, W_FAIR, "operative clause", sl_cstr(papers[v][1]), t);
		}
		free(joined);
		return;
	}
}

/* Adds the comrades of a distribution's items ("- Comrade Marjai -
 * Comrade Barity - Pyongyang - Department |") to *p; 0 after its end. */
static int distribution_items(struct hreader *r, struct hprop **p, struct slice s, struct slice evidence)
{
	static const char *const comrades[] = { "Comrade ", "Comr. ", "Com. ", "Cde. ", NULL };
	for (int k = 0; k < 12; k++) {
		s = sl_trim(s);
		if (sl_istarts(s, "- "))
			s = sl_trim(sl_from(s, 2));
		if (s.n == 0)
			return 1;
		size_t sep = sl_find(s, " - "), bar = sl_find(s, "|");
		struct slice item = sep == SIZE_MAX ? s : sl_of(s.p, sep);
		if (bar < item.n)
			item = sl_of(s.p, bar);
		item = sl_trim(item);
		for (size_t c = 0; comrades[c] != NULL; c++) {
			if (!sl_istarts(item, comrades[c]))
				continue;
			struct slice name = sl_trim(sl_from(item, strlen(comrades[c])));
			if (name.n > 1 && name.n < 40 && tok_is_upper(tok_next(name, &(size_t){ 0 }))) {
				if (*p == NULL)
					*p = hprop_add(r, HF_TO, W_FAIR - 1, "distribution", evidence);
				char *n = sl_dup(name);
				hprop_party(*p, n, NULL);
				free(n);
			}
			break;
		}
		if (bar != SIZE_MAX && (sep == SIZE_MAX || bar < sep))
			return 0;
		if (sep == SIZE_MAX)
			return 1;
		s = sl_from(s, sep + 1);
	}
	return 0;
}

/* A record's distribution at its head ("Produced in 5 copies for: -
 * Comrade Péter - Comrade Puja - ... - Department", the Hungarian foreign
 * ministry's form): the comrades it was made for are its recipients; the
 * posts and departments beside them are its files. */
static void distribution_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 16 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (memchr(t.p, ':', t.n) == NULL)
			continue; /* most lines: no label */
		size_t at = sl_ifind_top(t, "copies for:");
		if (at == SIZE_MAX)
			continue;
		struct hprop *p = NULL;
		if (!distribution_items(r, &p, sl_from(t, at + 11), t))
			return;
		/* the items on lines of their own under it */
		for (size_t j = line_next(&r->L, i + 1), n = 0; j < r->footer && n < 10; j = line_next(&r->L, j + 1), n++) {
			struct slice u = sl_trim(line_text(&r->L, j));
			if (!sl_istarts(u, "- ") || !distribution_items(r, &p, u, u))
				return;
		}
		return;
	}
}

/* The year the catalogue's label dates the paper in, or 0. */
static int label_year(const struct hreader *r)
{
	for (size_t i = 0; i < r->nprops; i++) {
		const struct hprop *p = &r->props[i];
		if (p->field == HF_DATE && strcmp(p->source, "label") == 0 && p->value != NULL && strlen(p->value) >= 4 &&
		    ch_is_digit((unsigned char)p->value[0]))
			return atoi(p->value);
	}
	return 0;
}

/* Whether y, a year the scan misread ("1%2", "19b3"), keeps the
 * catalogue's year visible: it opens with a 1, ends with year's last
 * digit, and each digit it keeps stands where year has it. */
static int year_scanned(struct slice y, int year)
{
	char ys[8];
	snprintf(ys, sizeof ys, "%d", year);
	if (y.n < 3 || y.n > 5 || strlen(ys) != 4 || y.p[0] != '1' || y.p[y.n - 1] != ys[3])
		return 0;
	int odd = 0;
	for (size_t i = 0; i < y.n; i++) {
		if (!ch_is_digit((unsigned char)y.p[i]))
			odd = 1;
		else if (y.n == 4 && y.p[i] != ys[i])
			return 0;
	}
	return odd;
}

/* "October 24, 1%2" on a line of its own in a scanned memorandum under a
 * catalogue dated "October 26, 1962": the paper's dateline, its month
 * and day as typed, its year the catalogue's that the scan left
 * recognisable. The day it was typed outweighs the catalogue's. */
static void dateline_scanned(struct hreader *r)
{
	int year = label_year(r);
	if (year < 1000 || year > 2100)
		return;
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 60 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t c = t.n <= 24 ? sl_find(t, ", ") : SIZE_MAX;
		if (c == SIZE_MAX)
			continue;
		struct date_val dt;
		size_t dn = date_parse(t.p, c, year, &dt);
		if (dn != c || !dt.d || !year_scanned(sl_trim(sl_from(t, c + 2)), year))
			continue;
		dt.inferred = 0;
		hprop_date(r, W_GOOD + 1, "dateline", &dt, t, t);
		return;
	}
}

/* "TO THE CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF CHINA" over the
 * text: a party's letter addressed in capitals to a body (one of its
 * words a body's or an office's noun), named in full. */
static void capital_body_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < SALUTE_LINES && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[16];
		if (t.n < 12 || t.n > 120 || memcmp(t.p, "TO THE ", 7) != 0)
			continue;
		size_t up, low, dig;
		sl_letters(t, &up, &low, &dig);
		size_t n = tok_split(t, tk, 16);
		if (low > 0 || dig > 0 || n > 16 || line_next(&r->L, i + 1) >= r->footer)
			return;
		int body = 0;
		for (size_t q = 2; q < n && !body; q++) {
			struct slice w = tok_bare(tk[q]);
			body = tok_in(w, lex_body_nouns) || tok_in(w, lex_office_nouns);
		}
		if (!body)
			return;
		struct slice v = sl_trim(sl_from(t, 3));
		while (v.n > 0 && strchr(".,:;", v.p[v.n - 1]) != NULL)
			v.n--;
		char *name = header_uncapped(v);
		if (name == NULL)
			name = sl_dup(v);
		hprop_party(hprop_add(r, HF_TO, W_STRONG, "address", t), name, NULL);
		free(name);
		return;
	}
}

/* The inside address names the recipient in full ("The Honorable / Dean
 * Acheson, / Secretary of State"; "Mr. Richard Nixon / United States of
 * America" over "Dear Mr. President"): it outweighs a salutation, which
 * gives a first name or a title. */
/* "... 17 September 1953 The Honorable Joseph M. Dodge The Director
 * Bureau of the Budget Washington 25, D. C. Dear Mr. Dodge, As a result
 * ...": a letter scanned into one line, its inside address run on to its
 * salutation. The addressee's name, or an empty slice. */
static struct slice address_run_on(struct slice t, size_t *form_at)
{
	for (size_t f = 0; lex_address_forms[f] != NULL; f++) {
		const char *form = lex_address_forms[f];
		if (form[0] != 'T')
			continue; /* "The Honorable", "The Right Honourable", ... */
		size_t at = sl_find(sl_of(t.p, t.n < 2400 ? t.n : 2400), form);
		if (at == SIZE_MAX || (at > 0 && t.p[at - 1] != ' '))
			continue;
		struct slice rest = sl_from(t, at + strlen(form));
		size_t dear = sl_find(sl_of(rest.p, rest.n < 200 ? rest.n : 200), " Dear ");
		/* or at the foot, after the closing, as British letters place
		 * it ("... Very sincerely yours, The Honourable Cordell Hull,
		 * Secretary of State ...") */
		if (dear == SIZE_MAX) {
			struct slice before = sl_of(t.p + (at > 40 ? at - 40 : 0), at > 40 ? 40 : at);
			if (sl_find(before, "yours,") == SIZE_MAX && sl_find(before, "Yours,") == SIZE_MAX)
				continue;
			dear = rest.n;
		}
		/* the name: capitalised words up to the office or the address
		 * after it ("The Director", "Director", "Secretary of State") */
		size_t pos = 0, end = 0, n = 0;
		while (n < 4) {
			size_t q = pos;
			struct slice w = tok_next(rest, &q), b = tok_bare(w);
			if (w.n == 0 || (size_t)(w.p - rest.p) >= dear || !tok_is_upper(w) || sl_ieq(b, "the") ||
			    tok_in(b, lex_person_offices) || tok_in(b, lex_office_nouns) || tok_in(b, name_stops))
				break;
			end = (size_t)(b.p + b.n - rest.p);
			pos = q;
			n++;
			if (w.p[w.n - 1] == ',')
				break;
		}
		struct slice name = sl_trim(sl_of(rest.p, end));
		*form_at = at;
		if (n >= 2 && name_like(name, 0))
			return name;
	}
	return sl_of(t.p, 0);
}

static void address_read(struct hreader *r)
{
	/* a letter scanned into one line, under a catalogue's block or not:
	 * the first long line */
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 48; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n <= 160)
			continue;
		/* (its role is its opening's: a release stamp, a label's
		 * value, text) */
		size_t at = 0;
		struct slice name = r->roles[i].role != HR_FURNITURE ? address_run_on(t, &at) : sl_of(t.p, 0);
		char *canon = name.n ? name_canonical(name) : NULL;
		if (canon != NULL) {
			hprop_party(hprop_add(r, HF_TO, W_GOOD, "inside address", name), canon, NULL);
			free(canon);
			r->letter = 1;
			/* "The Honorable Joseph M. Dodge ... Dear Mr. Dodge,": a
			 * letter's own opening, finer than a catalogue's code for
			 * its kind ("MF") */
			hprop_text(r, HF_KIND, W_GOOD + 1, "inside address", sl_cstr("letter"), name);
			/* "... 17 September 1953 The Honorable ...": the letter's
			 * dateline right before its address */
			for (size_t b = at > 24 ? at - 24 : 0; b + 6 < at; b++) {
				struct date_val dt;
				size_t dn;
				if ((b > 0 && t.p[b - 1] != ' ') || !(ch_is_alpha((unsigned char)t.p[b]) || ch_is_digit((unsigned char)t.p[b])))
					continue;
				if ((dn = date_parse(t.p + b, at - b, 0, &dt)) > 0 && dt.d && b + dn + 1 >= at) {
					hprop_date(r, W_GOOD, "dateline", &dt, sl_of(t.p + b, dn), sl_of(t.p + b, dn));
					break;
				}
			}
			return;
		}
		break;
	}
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < SALUTE_LINES; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 80)
			continue;
		size_t n = 0;
		/* an address form alone heads only the first lines; a line
		 * over a salutation may come under an editor's notes */
		for (size_t f = 0; lex_address_forms[f] != NULL && n == 0 && k < 8; f++)
			if (sl_istarts(t, lex_address_forms[f]) &&
			    (t.n == strlen(lex_address_forms[f]) || t.p[strlen(lex_address_forms[f])] == ' '))
				n = strlen(lex_address_forms[f]);
		struct slice name;
		if (n > 0) {
			name = sl_trim(sl_from(t, n));
			if (name.n == 0 && i + 1 < r->L.n && line_usable(&r->L, i + 1))
				name = line_text(&r->L, i + 1);
		} else {
			/* "Mr. Richard Nixon" on its own line over a salutation */
			size_t next = line_next(&r->L, i + 1), after = next < r->footer ? line_next(&r->L, next + 1) : next;
			int saluted = (next < r->footer && header_salutation(line_text(&r->L, next)) != NULL) ||
				      (after < r->footer && header_salutation(line_text(&r->L, after)) != NULL);
			if (saluted && header_salutation(t) == NULL && sl_istarts(t, "The ") && t.n > 12 &&
			    r->roles[i].role == HR_TEXT) {
				/* "The Central Committee of the Communist Party of
				 * China" over "Dear Comrades,": a body addressed */
				struct slice body = sl_trim(t);
				while (body.n > 0 && strchr(",.:", body.p[body.n - 1]) != NULL)
					body.n--;
				char *org = name_like(body, 1) && !name_like(body, 0) ? party_resolve(r->d, body, 1) : NULL;
				if (org != NULL) {
					hprop_party(hprop_add(r, HF_TO, W_GOOD, "inside address", t), org, NULL);
					free(org);
					/* an inside address over "Dear ...": a letter's */
					struct slice sal = line_text(&r->L, header_salutation(line_text(&r->L, next)) ? next : after);
					if (sl_istarts(sal, "Dear ") || sl_istarts(sal, "My dear "))
						r->letter = 1;
					return;
				}
			}
			if (!saluted || !(sl_istarts(t, "Mr. ") || sl_istarts(t, "Mrs. ") || sl_istarts(t, "Comrade ")) ||
			    header_salutation(t) != NULL)
				continue;
			name = t;
		}
		while (name.n > 0 && strchr(",.:", name.p[name.n - 1]) != NULL)
			name.n--;
		if (name.n == 0 || !name_like(name, 0))
			return;
		char *canon = name_canonical(name);
		if (canon == NULL)
			return;
		hprop_party(hprop_add(r, HF_TO, W_GOOD, "inside address", t), canon, NULL);
		free(canon);
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

static void known_add(struct hreader *r, const char *name)
{
	if (r->known.n < 64 && !strv_contains(&r->known, name))
		strv_push(&r->known, name);
}

/* Names that follow "Comrade", "Comrades", "cde." in the text, and the
 * parties proposed so far: what a signature of several names is made of. */
static void known_collect(struct hreader *r)
{
	for (size_t i = 0; i < r->nprops; i++)
		if (r->props[i].field == HF_FROM || r->props[i].field == HF_TO)
			for (size_t k = 0; k < r->props[i].nparties; k++)
				known_add(r, r->props[i].parties[k].name);
	for (size_t i = 0; i < r->footer && r->known.n < 64; i++) {
		if (r->L.v[i].drop)
			continue;
		struct slice s = line_raw(&r->L, i);
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
				known_add(r, name);
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
static void signature_names(struct hreader *r, struct slice line, struct hprop *p)
{
	struct slice tok[12];
	size_t nt = tok_split(line, tok, 12), i = 0;
	struct strv got;
	strv_init(&got);
	while (nt <= 12 && i < nt) {
		size_t best = 0;
		for (size_t k = 0; k < r->known.n; k++) {
			struct slice kt[8];
			size_t kn = tok_split(sl_cstr(r->known.v[k]), kt, 8);
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
			hprop_party(p, got.v[k], NULL);
	} else {
		header_parties(r, p, line);
	}
	strv_free(&got);
}

static int closing_line(struct slice t)
{
	struct slice tok[8];
	if (t.n > 60 || tok_split(t, tok, 8) > 6)
		return 0;
	for (size_t i = 0; lex_closings[i] != NULL; i++)
		if (sl_istarts(t, lex_closings[i]))
			return 1;
	return 0;
}

/* t without the editor's brackets that end it ("328/ag] [signature]",
 * "2421/61/53/TJN [tajne—secret]"): a remark on the number or the
 * paper, no words of the line's own. */
static struct slice brackets_off(struct slice t)
{
	while (t.n > 1 && t.p[t.n - 1] == ']') {
		size_t open = t.n - 1;
		while (open > 0 && t.p[open] != '[')
			open--;
		if (t.p[open] != '[')
			break;
		t = sl_trim(sl_of(t.p, open));
	}
	return t;
}

/* A line that is only a document number ("No. 47/sh", "# 600436/sh",
 * "Nº 2390"); *number gets it. "To No. 8600." (the one answered) and
 * "No. 3 of the regiment" are not. */
static int number_line(struct slice t, char **number)
{
	char *num = NULL;
	struct slice after = sl_trim(header_number_read(t, &num));
	if (num == NULL)
		return 0;
	after = brackets_off(after);
	if (after.n > 1 || (after.n == 1 && after.p[0] != '.')) {
		free(num);
		return 0;
	}
	*number = num;
	return 1;
}

/* Words before "No." on a line of its own that keep it the paper's own
 * number ("Outgoing Nº 48", "Spec. No. 1643-1644"); a copy's number is
 * the copy's ("Copy No. 12"). */
static const char *const number_qualifiers[] = {
	"outgoing ", "spec. ", "special ", "ref. ", "reg. ", "registration ", "telegram ", "cable ", "ciphergram ", "cryptogram ", NULL
};

/* A line that is only a paper's kind, its heading ("Note", "REPORT",
 * "Memorandum."). */
static int kind_heading(struct slice t)
{
	struct slice after, tok[4];
	while (t.n > 0 && t.p[t.n - 1] == '.')
		t.n--;
	return t.n > 0 && t.n < 40 && tok_split(t, tok, 4) <= 2 && tok_is_upper(t) &&
	       header_kind_find(t, 2, &after) != NULL && sl_trim(after).n == 0;
}

/* A number line among the opening lines of the text: the paper's own
 * number as its registry or cipher office wrote it. */
static void own_number_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	/* the text's opening lines: the archive's labels, values and
	 * citation over them (a Markdown export's) are not counted */
	for (int k = 0, seen = 0; k < 12 && seen < 40 && i < r->footer; i = line_next(&r->L, i + 1), seen++) {
		enum hrole role = r->roles[i].role;
		if (role != HR_LABEL && role != HR_VALUE && role != HR_CITATION)
			k++;
		struct slice t = line_text(&r->L, i);
		/* "96/7/Top Secret. 1956. I/3.": a registry's number, then the
		 * paper's classification, as the Hungarian foreign ministry
		 * numbered its papers */
		int r1, r2;
		size_t n1 = sl_digits(t.p, t.n, 5, &r1), n2 = n1 > 0 && n1 + 1 < t.n && t.p[n1] == '/'
								? sl_digits(t.p + n1 + 1, t.n - n1 - 1, 3, &r2)
								: 0;
		if (n2 > 0 && n1 + 1 + n2 + 1 < t.n && t.p[n1 + 1 + n2] == '/' &&
		    (sl_istarts(sl_from(t, n1 + 2 + n2), "top secret") || sl_istarts(sl_from(t, n1 + 2 + n2), "secret"))) {
			hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_of(t.p, n1 + 1 + n2), t);
			return;
		}
		/* "China Information No. 34069": a series of papers of one kind
		 * named before its number, a line of its own */
		size_t no = t.n < 60 ? sl_find(t, " No. ") : SIZE_MAX;
		if (no != SIZE_MAX && no > 0) {
			struct slice series = sl_of(t.p, no), stk[5], ka;
			size_t ns = tok_split(series, stk, 5), nd = 0;
			int v0;
			nd = sl_digits(t.p + no + 5, t.n - no - 5, 8, &v0);
			if (ns >= 2 && ns <= 4 && tok_is_upper(series) && nd > 0 && no + 5 + nd == t.n &&
			    header_kind_find(stk[ns - 1], 1, &ka) != NULL) {
				hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_from(t, no + 5), t);
				return;
			}
		}
		/* "381/89" / "INFORMATION": a registry's number and year alone
		 * on a line, over the paper's kind standing as its heading */
		int a0, b0;
		size_t na = sl_digits(t.p, t.n, 6, &a0), nb = na > 0 && na + 1 < t.n && t.p[na] == '/'
								? sl_digits(t.p + na + 1, t.n - na - 1, 4, &b0)
								: 0;
		size_t nx0 = line_next(&r->L, i + 1);
		if (nb > 0 && na + 1 + nb == t.n && (nb == 2 || nb == 4) && nx0 < r->footer &&
		    kind_heading(line_text(&r->L, nx0))) {
			hprop_text(r, HF_NUMBER, W_FAIR, "number line", t, t);
			return;
		}
		/* "Top Secret Copy Nº 1 23 March 1963 Outgoing Nº 87 from the
		 * journal of ...": the registry's outgoing number, run into
		 * the text's opening by the page */
		size_t og = t.n > 60 ? sl_find(sl_of(t.p, t.n < 160 ? t.n : 160), "Outgoing N") : SIZE_MAX;
		/* only markings, copies and dates before it: no sentence */
		struct slice pre[24];
		size_t np = og == SIZE_MAX ? 0 : tok_split(sl_of(t.p, og), pre, 24);
		for (size_t q = 0; q < np && q < 24 && og != SIZE_MAX; q++)
			if (pre[q].p[0] >= 'a' && pre[q].p[0] <= 'z')
				og = SIZE_MAX;
		if (og != SIZE_MAX && np <= 24) {
			char *num = NULL;
			header_number_read(sl_from(t, og + 9), &num);
			if (num != NULL) {
				hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_cstr(num), sl_of(t.p + og, 9));
				free(num);
				return;
			}
		}
		/* "No. 1389 Monday 17:30 hs. Follow-up to cable 586 ...": a
		 * cable's number with the day and hour it was sent, its text
		 * run on after them */
		if (sl_istarts(t, "No. ") || sl_istarts(t, "No ")) {
			char *num = NULL;
			struct slice after = sl_trim(header_number_read(t, &num));
			if (num != NULL && ch_is_digit((unsigned char)num[0]) && date_weekday(after.p, after.n) > 0) {
				hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_cstr(num), sl_of(t.p, t.n < 40 ? t.n : 40));
				free(num);
				return;
			}
			free(num);
		}
		if (t.n > 60 || sl_istarts(t, "copy"))
			continue;
		/* "1689 15.II.63 at 12:10 hours": a cipher office's number of
		 * the telegram with the day and hour it went out */
		int sv;
		size_t sd = sl_digits(t.p, t.n, 7, &sv);
		struct date_val sdv;
		size_t sdn = sd >= 2 && sd + 1 < t.n && t.p[sd] == ' ' ? date_parse(t.p + sd + 1, t.n - sd - 1, 0, &sdv) : 0;
		if (sdn > 0 && sdv.d) {
			struct slice at = sl_trim(sl_from(t, sd + 1 + sdn));
			if (sl_istarts(at, "at ") && date_time_len(at.p + 3, at.n - 3) > 0) {
				hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_of(t.p, sd), t);
				return;
			}
		}
		/* "Top Secret Document 480": a classified paper's serial
		 * number, on its marking's line */
		size_t dn = sl_find(t, " Document ");
		int dv0;
		if (dn != SIZE_MAX && dn > 0 && header_marking(sl_of(t.p, dn))) {
			struct slice d = sl_trim(sl_from(t, dn + 10));
			size_t nd = sl_digits(d.p, d.n, 8, &dv0);
			if (nd > 0 && nd == d.n) {
				hprop_text(r, HF_NUMBER, W_FAIR, "number line", d, line_text(&r->L, i));
				return;
			}
		}
		/* a bare "No. 17" away from the date may be anything's: only a
		 * qualified one says it is the paper's */
		int qualified = 0;
		for (size_t q = 0; number_qualifiers[q] != NULL; q++) {
			if (sl_istarts(t, number_qualifiers[q])) {
				t = sl_trim(sl_from(t, strlen(number_qualifiers[q])));
				qualified = 1;
			}
		}
		/* "Came into the Decoding Department on 10.08.63 at 10:10
		 * hours" / "No. 12830": under the telegram's record of its
		 * dispatch or receipt, a day and an hour, its number */
		size_t sp0 = line_prev(&r->L, i);
		if (!qualified && sp0 != SIZE_MAX) {
			struct slice u = line_text(&r->L, sp0);
			struct date_val udv;
			size_t udl, uat = u.n < 200 ? date_find(u.p, u.n, 0, &udv, &udl) : u.n;
			if (uat < u.n && udv.d) {
				struct slice tail = sl_trim(sl_from(u, uat + udl));
				qualified = sl_istarts(tail, "at ") && date_time_len(tail.p + 3, tail.n - 3) > 0;
			}
		}
		/* "No. 24" over "Date: January 31 1977": a labelled header's
		 * number, by its date */
		size_t nx = i + 1;
		while (nx < r->footer && line_text(&r->L, nx).n == 0)
			nx++; /* the label's line may be read (dropped) already */
		if (!qualified && nx < r->footer && sl_istarts(line_text(&r->L, nx), "Date:"))
			qualified = 1;
		/* "Received: 27.X 62. at 08.40" / "No. 401" / "Taken into
		 * process: ...": among a telegram form's labelled records of
		 * its sending and receipt, the form's number */
		static const char *const form_labels[] = { "received:", "sent:", "sending:", "dispatched:", "despatched:",
							   "taken into process:", "completed:", "date:", NULL };
		for (size_t q = 0; !qualified && form_labels[q] != NULL; q++)
			qualified = (sp0 != SIZE_MAX && sl_istarts(line_text(&r->L, sp0), form_labels[q])) ||
				    (nx < r->footer && sl_istarts(line_text(&r->L, nx), form_labels[q]));
		/* "No. 2421/61/53/TJN [tajne—secret]" over "Note": a number
		 * right over the paper's kind standing as its heading is the
		 * paper's */
		if (!qualified && nx < r->footer && kind_heading(line_text(&r->L, nx)))
			qualified = 1;
		/* "TOP SECRET / SPECIAL FILE / No. Pb 172/108": under the
		 * paper's classification, its registry's number */
		size_t pv = line_prev(&r->L, i);
		if (!qualified && pv != SIZE_MAX && r->roles[pv].role == HR_MARKING)
			qualified = 1;
		/* "17 October 1960" / "Nº 169": under the day it was
		 * registered, the registry's number */
		struct date_val pdv;
		struct slice pprinted;
		if (!qualified && pv != SIZE_MAX && pv >= r->top && line_text(&r->L, pv).n < 40 &&
		    header_date_line(line_text(&r->L, pv), 1, &pdv, &pprinted) && pdv.d)
			qualified = 1;
		/* "Foreign Ministry (65) No. Hai-898": a ministry's series of
		 * the year */
		size_t yr = sl_find(t, ") No");
		int v2;
		if (!qualified && yr != SIZE_MAX && yr >= 3 && t.p[yr - 3] == '(' && sl_digits(t.p + yr - 2, 2, 2, &v2) == 2 &&
		    tok_is_upper(t)) {
			t = sl_trim(sl_from(t, yr + 1));
			qualified = 1;
		}
		char *peek = NULL;
		struct slice rest = sl_trim(header_number_read(t, &peek));
		free(peek);
		struct date_val dv;
		/* "Nº 13-op (1 page)", "Nr. 00127 12 XII 1970/1333": what
		 * follows says the number is the paper's */
		/* "Nº 135 SECRET Incoming Nº 01712s ...": the number beside
		 * the paper's classification, a stamp's columns run on */
		struct slice mk[2];
		size_t nmk = rest.n > 0 ? tok_split(sl_of(rest.p, rest.n < 24 ? rest.n : 24), mk, 2) : 0;
		int marked = nmk > 0 && (header_marking(mk[0]) ||
					 (nmk > 1 && header_marking(sl_of(mk[0].p, (size_t)(mk[1].p + mk[1].n - mk[0].p)))));
		int told = peek != NULL && rest.n > 0 &&
			   ((rest.p[0] == '(' && (sl_find(rest, "page") != SIZE_MAX || sl_find(rest, "sheet") != SIZE_MAX)) ||
			    date_parse(rest.p, rest.n, 0, &dv) > 0 || marked);
		if (told) {
			size_t e = t.n - rest.n;
			t = sl_trim(sl_of(t.p, e));
			qualified = 1;
		}
		if (!qualified && !sl_istarts(t, "No. (") && !sl_istarts(t, "No ("))
			continue;
		/* "No. (61) 561": a year's series in parentheses */
		char *num = NULL;
		struct slice after = brackets_off(sl_trim(header_number_read(t, &num)));
		if (num == NULL && (sl_istarts(t, "No. (") || sl_istarts(t, "No (")) && t.n < 24) {
			struct slice v = sl_trim(sl_from(t, sl_find(t, "(")));
			hprop_text(r, HF_NUMBER, W_FAIR, "number line", v, line_text(&r->L, i));
			return;
		}
		if (num != NULL && (after.n == 0 || sl_ieq(after, "."))) {
			hprop_text(r, HF_NUMBER, W_FAIR, "number line", sl_cstr(num), line_text(&r->L, i));
			free(num);
			return;
		}
		free(num);
	}
}

/* A cable form's line of fields ("From: Washington   No. 48866   Time:
 * 16:45   Date: 25/X/1962"): the number among them is the cable's own,
 * more surely than a series' ("Special No. 1778") on a line of its own.
 * Two of the labels a cable form prints must stand on the line. */
static void form_number_read(struct hreader *r)
{
	static const char *const fields[] = { "From: ", "To: ", "Time: ", "Date: ", NULL };
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 20 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 160)
			continue;
		size_t labels = 0, no = sl_find(t, " No. ");
		for (size_t f = 0; fields[f] != NULL; f++)
			labels += sl_find(t, fields[f]) != SIZE_MAX;
		if (labels < 2 || no == SIZE_MAX)
			continue;
		char *num = NULL;
		header_number_read(sl_from(t, no + 1), &num);
		if (num != NULL && ch_is_digit((unsigned char)num[0]))
			hprop_text(r, HF_NUMBER, W_GOOD, "cable form", sl_cstr(num), t);
		free(num);
		return;
	}
}

/* A series' designation on a line of its own among the paper's first
 * lines ("NIE 100–58" under "National Intelligence Estimate", "NSC
 * 5602/1"): the paper's own number, as printed. */
static void designation_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 10 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 4 || t.n > 32 || t.p[0] < 'A' || t.p[0] > 'Z')
			continue;
		size_t sp = sl_find(t, " ");
		if (sp == SIZE_MAX || sp + 1 >= t.n || !tok_in(sl_of(t.p, sp), lex_series_prefixes) ||
		    !ch_is_digit((unsigned char)t.p[sp + 1]))
			continue;
		int ok = 1;
		for (size_t q = sp + 1; q < t.n && ok; q++) {
			unsigned char c = (unsigned char)t.p[q];
			if (c == 0xe2 && q + 2 < t.n && (unsigned char)t.p[q + 1] == 0x80 &&
			    ((unsigned char)t.p[q + 2] == 0x93 || (unsigned char)t.p[q + 2] == 0x94)) {
				q += 2;
				continue;
			}
			ok = ch_is_digit(c) || c == '-' || c == '/' || c == '.';
		}
		if (!ok)
			continue;
		hprop_text(r, HF_NUMBER, W_GOOD, "designation line", t, t);
		return;
	}
}

/* A paper's own kind and number typed in capitals at the head of a
 * scanned paper ("... OFFICE OF NATIONAL ESTIMATES 12 October 1956 STAFF
 * MEMORANDUM NO. 82-56 SUBJECT: ..."): the kind word just before "NO.",
 * a number after it, the header's SUBJECT next. */
static void kind_number_flat_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 8 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* "NATIONAL SECURITY ACTION MEMORANDUM NO. 273", "STAFF
		 * MEMORANDUM NO. 82-56": the same on a line of its own in
		 * capitals, the number ending it */
		if (t.n < 100) {
			int lower = 0;
			for (size_t q = 0; q < t.n && !lower; q++)
				lower = t.p[q] >= 'a' && t.p[q] <= 'z';
			size_t at = lower ? SIZE_MAX : sl_find(t, " NO. ");
			size_t b = at;
			while (at != SIZE_MAX && b > 0 && t.p[b - 1] >= 'A' && t.p[b - 1] <= 'Z')
				b--;
			struct slice after;
			const char *kind = at != SIZE_MAX && at - b >= 4 && (b == 0 || t.p[b - 1] == ' ')
						   ? header_kind_find(sl_of(t.p + b, at - b), 1, &after)
						   : NULL;
			char *num = NULL;
			struct slice rest = kind != NULL ? sl_trim(header_number_read(sl_from(t, at + 1), &num)) : t;
			if (num != NULL && ch_is_digit((unsigned char)num[0]) && (rest.n == 0 || sl_ieq(rest, "."))) {
				hprop_text(r, HF_KIND, W_GOOD, "heading line", sl_cstr(kind), t);
				hprop_text(r, HF_NUMBER, W_GOOD, "heading line", sl_cstr(num), t);
				free(num);
				return;
			}
			free(num);
			continue;
		}
		if (t.n < 120)
			continue;
		struct slice h = sl_of(t.p, t.n < 400 ? t.n : 400);
		for (size_t at = sl_find(h, " NO. "); at != SIZE_MAX;) {
			size_t b = at;
			while (b > 0 && h.p[b - 1] >= 'A' && h.p[b - 1] <= 'Z')
				b--;
			struct slice word = sl_of(h.p + b, at - b), after;
			const char *kind = word.n >= 4 && (b == 0 || h.p[b - 1] == ' ') ? header_kind_find(word, 1, &after) : NULL;
			char *num = NULL;
			if (kind != NULL)
				header_number_read(sl_from(h, at + 1), &num);
			/* the header's train: its SUBJECT next ("REF: MOSCOW
			 * TELEGRAM NO. 1234" in a cable's text is another's) */
			size_t tail = at + 5 + (num ? strlen(num) : 0);
			if (num != NULL && (tail >= t.n || sl_find(sl_of(t.p + tail, t.n - tail < 80 ? t.n - tail : 80),
								   "SUBJ") == SIZE_MAX)) {
				free(num);
				num = NULL;
			}
			if (num != NULL && ch_is_digit((unsigned char)num[0])) {
				struct slice ev = sl_of(h.p + b, at + 5 - b + strlen(num));
				hprop_text(r, HF_KIND, W_GOOD, "memorandum header", sl_cstr(kind), ev);
				hprop_text(r, HF_NUMBER, W_GOOD, "number line", sl_cstr(num), ev);
				free(num);
				return;
			}
			free(num);
			size_t next = sl_find(sl_from(h, at + 5), " NO. ");
			at = next == SIZE_MAX ? SIZE_MAX : at + 5 + next;
		}
	}
}

/* The index of lit (ASCII, in lower case) in h ignoring case, or
 * SIZE_MAX; h is a short head of a line. */
static size_t head_ifind(struct slice h, const char *lit)
{
	size_t n = strlen(lit);
	for (size_t i = 0; i + n <= h.n; i++)
		if (ch_lower((unsigned char)h.p[i]) == lit[0] && sl_istarts(sl_from(h, i), lit))
			return i;
	return SIZE_MAX;
}

/* An intelligence office's control number at the head of its paper,
 * the copy's number by it ("TOP SECRET 29 October 1951 CIA No. 49411 Copy
 * No. 143 DAILY DIGEST", "OCI No. 0412/62 Copy No. 12", "COPY NO. OCI NO.
 * 9431/55"), or on the line over the copy's ("CIA No. 49499" / "Copy No.
 * 15"): the paper's own number, the office's abbreviation in capitals
 * before "No."; the copy's is no one's. */
static void control_number_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 8 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		struct slice h = sl_of(t.p, t.n < 800 ? t.n : 800);
		size_t copy = head_ifind(h, "copy no");
		if (copy == SIZE_MAX && h.n < 40 && i + 1 < r->footer && line_usable(&r->L, i + 1) &&
		    sl_istarts(line_text(&r->L, i + 1), "copy no"))
			copy = h.n; /* the copy's number on the next line */
		if (copy == SIZE_MAX)
			continue;
		for (size_t at = head_ifind(h, " no. "); at != SIZE_MAX;) {
			size_t b = at;
			while (b > 0 && h.p[b - 1] >= 'A' && h.p[b - 1] <= 'Z')
				b--;
			size_t caps = at - b, far = at > copy ? at - copy : copy - at;
			char *num = NULL;
			if (caps >= 2 && caps <= 5 && (b == 0 || h.p[b - 1] == ' ') && far < 40 &&
			    !sl_istarts(sl_from(h, b), "copy "))
				header_number_read(sl_from(h, at + 1), &num);
			if (num != NULL && ch_is_digit((unsigned char)num[0])) {
				size_t e = at + 5 + strlen(num);
				hprop_text(r, HF_NUMBER, W_GOOD, "control number", sl_cstr(num),
					   sl_of(h.p + b, (copy > b && copy <= h.n ? copy : (e < h.n ? e : h.n)) - b));
				free(num);
				return;
			}
			free(num);
			size_t next = head_ifind(sl_from(h, at + 5), " no. ");
			at = next == SIZE_MAX ? SIZE_MAX : at + 5 + next;
		}
	}
}

/* A telegram's head: its dateline, the place and hour it was sent, its
 * number ("April 26, 1966 / Bucharest 2010 hrs / No. 12 285"). The
 * number alone on one of the two short lines after a telegram's dateline
 * is its own; a longer line is its text, and ends the head. Returns that
 * line, or SIZE_MAX. */
static size_t telegram_head_number(struct hreader *r, size_t date_at)
{
	const struct hprop *kind = hprop_best(r, HF_KIND);
	if (kind == NULL || kind->weight < W_GOOD || kind->value == NULL ||
	    (strcmp(kind->value, "telegram") != 0 && strcmp(kind->value, "cable") != 0))
		return SIZE_MAX;
	size_t i = line_next(&r->L, date_at + 1);
	for (int k = 0; k < 2 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 40)
			break;
		char *num = NULL;
		if (number_line(t, &num)) {
			hprop_text(r, HF_NUMBER, W_GOOD, "telegram's head", sl_cstr(num), t);
			free(num);
			return i;
		}
	}
	return SIZE_MAX;
}

/* "No. 1001" / "Copies: Stalin (2), Malenkov, Beria,": the cipher
 * office's number of a telegram over the list of its copies, at its
 * foot. */
static void copies_number_read(struct hreader *r)
{
	size_t prev = SIZE_MAX;
	for (size_t i = line_next(&r->L, r->top); i < r->footer; prev = i, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		char *num = NULL;
		if (prev == SIZE_MAX || !(sl_istarts(t, "Copies: ") || sl_istarts(t, "Copies to: ")) ||
		    !number_line(line_text(&r->L, prev), &num))
			continue;
		hprop_text(r, HF_NUMBER, W_GOOD, "number over the copies", sl_cstr(num), line_text(&r->L, prev));
		free(num);
		return;
	}
}

/* A number alone on the line before or after the date line is the
 * sender's own number of the document: telegrams end "SHTYKOV / No.
 * 47/sh / 31 January 1950" or head "From BEIJING / Nº 2390 / 13 May
 * 1950". Returns that line, or SIZE_MAX. */
static size_t number_by_date(struct hreader *r, size_t date_at)
{
	if (date_at == SIZE_MAX)
		return SIZE_MAX;
	size_t around[2] = { line_prev(&r->L, date_at), line_next(&r->L, date_at + 1) };
	for (size_t k = 0; k < 2; k++) {
		char *num = NULL;
		size_t i = around[k];
		if (i >= r->footer || !number_line(line_text(&r->L, i), &num))
			continue;
		hprop_text(r, HF_NUMBER, W_GOOD, "number by the date", sl_cstr(num), line_text(&r->L, i));
		free(num);
		return i;
	}
	return telegram_head_number(r, date_at);
}

/* The signature is the line after a closing formula, or else the line
 * just before the date line (or before the number line by it), when it
 * reads as names; under a heading, the text's last line. r->telegraphic:
 * it is in capitals with no closing formula, as telegrams are sent and
 * decoded (letters are signed by hand). */
/* Whether a sentence of the text comes before line at. */
static int text_before(const struct hreader *r, size_t at)
{
	for (size_t i = r->top; i < at; i++) {
		struct slice t = line_text(&r->L, i);
		struct slice tok[4];
		if (!line_usable(&r->L, i) || r->roles[i].role != HR_TEXT || tok_split(t, tok, 4) < 3)
			continue;
		size_t l;
		ucs4_t c = ch_before(t.p, t.n, &l);
		if (t.n > 60 || c == '.' || c == '!' || c == '?')
			return 1;
	}
	return 0;
}

/* "Personal for Lovett from Marshall.", "Eyes only for the Secretary
 * from Ambassador Bohlen": a telegram's first line names the persons
 * between the offices its heading gives. */
static void personal_line(struct hreader *r)
{
	static const char *const leads[] = { "personal for ", "eyes only for ", "for ", NULL };
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 3 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* past the telegram's own number: "544. ", "Martel 62. " */
		size_t dot = sl_find(sl_of(t.p, t.n < 24 ? t.n : 24), ". ");
		struct slice rest = dot != SIZE_MAX && ch_is_digit((unsigned char)t.p[dot - 1]) ? sl_from(t, dot + 2) : t;
		for (size_t l = 0; leads[l]; l++) {
			if (!sl_istarts(rest, leads[l]) || (l == 2 && dot == SIZE_MAX))
				continue;
			struct slice body = sl_from(rest, strlen(leads[l]));
			size_t from = sl_find(sl_of(body.p, body.n < 80 ? body.n : 80), " from ");
			if (from == SIZE_MAX)
				return;
			struct slice to = sl_trim(sl_of(body.p, from)), by = sl_from(body, from + 6);
			size_t end = 0;
			while (end < by.n && by.p[end] != '.' && by.p[end] != ',' && by.p[end] != ';')
				end++;
			/* "Mr." is no sentence's end */
			if (end >= 2 && end < by.n && by.p[end] == '.' && (sl_ieq(sl_of(by.p + end - 2, 2), "Mr") ||
									  sl_ieq(sl_of(by.p + end - 2, 2), "Dr")))
				return;
			by = sl_trim(sl_of(by.p, end));
			struct slice tk[8];
			if (to.n == 0 || by.n == 0 || tok_split(to, tk, 8) > 5 || tok_split(by, tk, 8) > 5 ||
			    !name_like(by, 1))
				return;
			header_parties(r, hprop_add(r, HF_TO, W_FAIR, "personal line", t), to);
			header_parties(r, hprop_add(r, HF_FROM, W_FAIR, "personal line", t), by);
			return;
		}
	}
}

/* "- Not printed.↩": a note exported as an item of a list, its
 * link back to the text at its end. */
static int note_listed(struct slice t)
{
	return t.n > 5 && sl_istarts(t, "- ") && sl_iends(sl_rtrim(t), "\xe2\x86\xa9");
}

/* "FOR THE PRESIDENT FROM THE FORMER NAVAL PERSON": a line of its own
 * in capitals on a received telegram form, under its address, naming
 * the persons the telegram is for and from. */
static void personal_form_line(struct hreader *r)
{
	int form = 0;
	for (size_t i = 0; i < r->nprops && !form; i++)
		form = r->props[i].field == HF_KIND && strcmp(r->props[i].source, "received telegram form") == 0;
	if (!form)
		return;
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 16 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[8];
		size_t up, low, dig, f = sl_find(t, " FROM ");
		sl_letters(t, &up, &low, &dig);
		if (!sl_istarts(t, "FOR ") || f == SIZE_MAX || low > 0 || dig > 0 || t.n > 80)
			continue;
		struct slice to = sl_trim(sl_of(t.p + 4, f - 4)), by = sl_trim(sl_from(t, f + 6));
		if (to.n == 0 || by.n == 0 || tok_split(to, tk, 8) > 5 || tok_split(by, tk, 8) > 5)
			return;
		header_parties(r, hprop_add(r, HF_TO, W_FAIR, "personal line", t), to);
		header_parties(r, hprop_add(r, HF_FROM, W_FAIR, "personal line", t), by);
		return;
	}
}

/* "Dear Mr. President: ... this" / "The President," / "The White
 * House.": a letter's addressee typed at the foot of its page, as
 * official letters place it, an office and its seat the text's last two
 * lines. */
static void foot_address_read(struct hreader *r)
{
	size_t j = line_prev(&r->L, r->footer), i = j != SIZE_MAX ? line_prev(&r->L, j) : SIZE_MAX;
	if (!r->letter || i == SIZE_MAX || i + 1 != j || i <= r->top)
		return;
	struct slice t = line_text(&r->L, i), seat = line_text(&r->L, j), tk[8];
	if (t.n < 6 || t.p[t.n - 1] != ',' || seat.n < 4 || seat.n > 40 || seat.p[seat.n - 1] != '.')
		return;
	struct slice office = sl_of(t.p, t.n - 1), place = sl_of(seat.p, seat.n - 1);
	size_t n = tok_split(office, tk, 8);
	int held = 0;
	for (size_t k = 1; k < n && k < 8; k++)
		held |= tok_in(tok_bare(tk[k]), lex_person_offices) && tok_is_upper(tk[k]);
	if (n < 2 || n > 6 || !held || !sl_istarts(office, "The ") || !(header_place(place) || sl_istarts(place, "The ")))
		return;
	char *name = sl_dup(office);
	hprop_party(hprop_add(r, HF_TO, W_FAIR, "foot address", t), name, NULL);
	free(name);
}

/* Where the edition's notes listed at the end of a page begin ("  1.
 * Source: ...", "  2. Not printed.", or "- Not printed.↩" with no
 * number): the text, and its signature, end before them. The footer if
 * there are none. */
static size_t notes_start(struct hreader *r)
{
	size_t at = r->footer;
	int listed = 0;
	for (size_t i = line_prev(&r->L, r->footer); i != SIZE_MAX && i > r->top; i = line_prev(&r->L, i)) {
		struct slice raw = line_raw(&r->L, i), t = sl_ltrim(raw);
		int v;
		if (note_listed(t)) {
			at = i;
			listed = 1;
			continue;
		}
		size_t d = sl_digits(t.p, t.n, 3, &v);
		if (raw.n == t.n || d == 0 || d + 1 >= t.n || t.p[d] != '.' || t.p[d + 1] != ' ')
			break; /* the notes are indented: "  1. ..." */
		at = i;
		if (v == 1)
			return at;
	}
	return listed ? at : r->footer;
}

/* "Despatched 0316 GMT 15 Jan 1984; declassified 13 Oct 1998.": an
 * editor's note of when a cable went out dates it (the Thatcher
 * Foundation's copies of cables). */
static void despatch_note_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 30; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		size_t at = sl_find(sl_of(t.p, t.n < 80 ? t.n : 80), "Despatched ");
		if (at == SIZE_MAX || (at > 0 && t.p[at - 1] != ' ' && t.p[at - 1] != ':'))
			continue;
		struct slice v = sl_from(t, at + 11);
		int hhmm;
		/* its hour first, in GMT */
		if (sl_digits(v.p, v.n, 4, &hhmm) == 4 && v.n > 5 && v.p[4] == ' ') {
			v = sl_from(v, 5);
			if (sl_istarts(v, "GMT "))
				v = sl_from(v, 4);
		}
		struct date_val dt;
		size_t dn = date_parse(v.p, v.n, 0, &dt);
		if (dn == 0 || !dt.d || (dn < v.n && v.p[dn] != ';' && v.p[dn] != '.' && v.p[dn] != ','))
			continue;
		hprop_date(r, W_GOOD, "despatch note", &dt, sl_of(v.p, dn), t);
		return;
	}
}

/* "1. Source: Department of State, Central Files, 674.84A/2–2257.
 * Secret.": an edition's source note files an undated paper under a
 * decimal number whose suffix is its day (22 February 1957). */
static void source_file_date_read(struct hreader *r)
{
	if (!r->heading || hprop_has(r, HF_DATE, W_FAIR))
		return;
	for (size_t i = notes_start(r); i < r->footer; i = line_next(&r->L, i + 1)) {
		struct slice t = sl_ltrim(line_text(&r->L, i));
		int v;
		size_t d = sl_digits(t.p, t.n, 3, &v);
		if (d > 0 && d + 1 < t.n && t.p[d] == '.')
			t = sl_ltrim(sl_from(t, d + 1));
		if (!sl_istarts(t, "Source: "))
			continue;
		struct slice tok[24];
		size_t n = tok_split(t, tok, 24);
		for (size_t k = 0; k < n && k < 24; k++) {
			struct slice w = tok[k];
			while (w.n > 0 && strchr(".,;", w.p[w.n - 1]) != NULL)
				w.n--;
			struct date_val dv;
			/* "674.84A/2–2257": figures, a stop, figures, a slash */
			if (w.n > 6 && ch_is_digit((unsigned char)w.p[0]) && sl_find(w, ".") < sl_find(w, "/") &&
			    date_from_file_code(w.p, w.n, &dv) == 0) {
				hprop_date(r, W_FAIR, "source note's file", &dv, w, t);
				return;
			}
		}
		return; /* the first source note only */
	}
}

/* "... objections to the DD/I's participating. /s/ Lyman B. Kirkpatrick
 * Inspector General ...": a conformed signature inside a scanned line run
 * together by the OCR names the sender, its name up to four capitalised
 * words ending where an office of the lexicon begins, that office his. */
static void signed_inline_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 40 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t at = t.n > 160 ? sl_find(sl_of(t.p, t.n < 4000 ? t.n : 4000), " /s/ ") : SIZE_MAX;
		if (at == SIZE_MAX)
			continue;
		struct slice tk[10];
		size_t n = tok_split(sl_from(t, at + 5), tk, 10), w = 0;
		if (n > 10)
			n = 10;
		while (w < n && w < 4 && tok_is_upper(tk[w]) && list_office(tk, n, w) == 0 &&
		       !tok_in(tok_bare(tk[w]), lex_person_offices))
			w++;
		size_t ow = w < n ? list_office(tk, n, w) : 0;
		if (w < 2 || ow == 0)
			return; /* a name with its office under it, or nothing sure */
		struct slice name = sl_of(tk[0].p, (size_t)(tk[w - 1].p + tk[w - 1].n - tk[0].p));
		struct slice office = sl_of(tk[w].p, (size_t)(tk[w + ow - 1].p + tk[w + ow - 1].n - tk[w].p));
		char *nm = sl_dup(name), *of = sl_dup(office);
		const char *lo = lex_office_scanned(of);
		hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", sl_of(t.p + at + 1, name.p + name.n - t.p - at - 1)), nm,
			    lo != NULL ? lo : of);
		free(nm);
		free(of);
		return;
	}
}

/* "[signature] K. Chernenko", "(Signed) J. Stalin", "/s/ Dean Acheson":
 * an editor's or a copyist's mark that a signature stands there. The
 * length of the mark and its space, or 0. */
static size_t signed_mark(struct slice t)
{
	static const char *const marks[] = { "[signature] ", "[signed] ", "(signed) ", "/s/ ", "s/ ", "[s] ", NULL };
	for (size_t i = 0; marks[i]; i++)
		if (sl_istarts(t, marks[i]))
			return strlen(marks[i]);
	return 0;
}

/* "Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev": the
 * signer's office, the editor's mark, the name typed under it. Where the
 * name starts (after the mark), or 0: the words before the mark must
 * name an office, so a sentence mentioning a signature is none. */
static size_t office_signed_mark(struct slice t)
{
	static const char *const marks[] = { " [signature] ", " [signed] ", NULL };
	if (t.n > 120)
		return 0;
	for (size_t i = 0; marks[i]; i++) {
		size_t at = sl_ifind_top(t, marks[i]);
		if (at == SIZE_MAX)
			continue;
		struct slice office = sl_of(t.p, at), tok[12];
		static const char *const small[] = { "of", "the", "in", "to", "for", "at", "and", NULL };
		size_t nt = tok_split(office, tok, 12);
		int noun = 0, sentence = nt == 0 || nt > 10;
		for (size_t k = 0; k < nt && k < 12; k++) {
			noun |= tok_in(tok_bare(tok[k]), lex_office_nouns);
			sentence |= tok_is_lower(tok[k]) && !tok_in(tok[k], small);
		}
		/* "Ambassador of the USSR in the MPR": a short title with an
		 * office noun, its words capitalised but the small ones */
		if (noun && !sentence)
			return at + strlen(marks[i]);
	}
	return 0;
}

/* A signed name without the letters an editor supplied inside its words
 * ("V[asily]. Pisarev" -> "V. Pisarev"): the name as signed. The caller
 * frees. */
static char *supplied_off(struct slice t)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < t.n; i++) {
		size_t close = t.p[i] == '[' && i > 0 && ch_is_alpha((unsigned char)t.p[i - 1])
				       ? sl_find(sl_from(t, i), "]")
				       : SIZE_MAX;
		if (close != SIZE_MAX) {
			i += close;
			continue;
		}
		buf_addc(&b, t.p[i]);
	}
	buf_addc(&b, '\0');
	return buf_detach(&b);
}

/* A line that is an office alone ("Deputy Director", "Acting Chief,
 * Plans Staff"): an office's word first, after a qualifier or not. */
static int office_line(struct slice t)
{
	struct slice tk[9];
	size_t n = tok_split(t, tk, 9), k = 0;
	if (n == 0 || n > 8)
		return 0;
	if (tok_in(tok_bare(tk[k]), lex_office_qualifiers) && k + 1 < n)
		k++;
	return tok_is_upper(tk[k]) && tok_in(tok_bare(tk[k]), lex_person_offices);
}

/* "Dear Comrade Honecker, / As you know, ... in the enclosure. / J.
 * Herrmann / II The meeting with Kim Il Sung": a letter that covers an
 * enclosure, signed by a name alone on its line under its paragraphs,
 * the enclosure after it (no closing formula, and the text goes on).
 * The signature's line, or SIZE_MAX. */
static size_t covering_signature(const struct hreader *r)
{
	size_t i = line_next(&r->L, r->top), salute = SIZE_MAX;
	/* the last of the salutation's lines ("To Comrade Erich Honecker" /
	 * "Dear Comrade Honecker,") */
	for (int k = 0; k < SALUTE_LINES && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		if (header_salutation(line_text(&r->L, i)) != NULL)
			salute = i;
		else if (salute != SIZE_MAX)
			break;
	}
	if (salute == SIZE_MAX)
		return SIZE_MAX;
	size_t prev = salute;
	for (int k = 0; k < 8 && i < r->footer; k++, prev = i, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), above = line_text(&r->L, prev), tk[5];
		size_t n = tok_split(t, tk, 5), up, low, dig;
		sl_letters(above, &up, &low, &dig);
		/* under a paragraph of the letter, ended */
		int after_text = prev != salute && above.n > 60 && low > up && strchr(".!", above.p[above.n - 1]) != NULL;
		/* a name with its initials, which no heading is ("J. Herrmann") */
		if (after_text && n >= 2 && n <= 3 && t.n <= 40 && tok_is_initials(tk[0]) && r->roles[i].role == HR_TEXT &&
		    name_like(t, 1) &&
		    !header_marking(t) && sl_find(t, ",") == SIZE_MAX &&
		    (strchr(".:!?", t.p[t.n - 1]) == NULL || tok_is_initials(tk[n - 1])))
			return i;
		if (t.n <= 60)
			return SIZE_MAX; /* a heading or a list: no letter's text */
	}
	return SIZE_MAX;
}

static void signature_read(struct hreader *r, size_t date_at, size_t number_at)
{
	size_t sig = SIZE_MAX;
	int closed = 0;
	/* a signature marked as one, the last of the text */
	for (size_t i = line_next(&r->L, r->top); i < r->footer; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t m = signed_mark(t);
		if (m == 0)
			m = office_signed_mark(t);
		char *signed_name = m > 0 && m < t.n ? supplied_off(sl_trim(sl_from(t, m))) : NULL;
		struct slice name = signed_name ? sl_cstr(signed_name) : sl_of(t.p, 0);
		if (name.n > 2 && name.p[0] == '(' && name.p[name.n - 1] == ')')
			name = sl_trim(sl_of(name.p + 1, name.n - 2));
		if (name.n > 0 && name_like(name, 1))
			sig = i;
		free(signed_name);
	}
	for (size_t i = line_next(&r->L, 0); i < r->footer; i = line_next(&r->L, i + 1)) {
		if (closing_line(line_text(&r->L, i))) {
			r->letter = 1;
			closed = 1;
			sig = line_next(&r->L, i + 1);
			break;
		}
	}
	if (sig == SIZE_MAX)
		sig = covering_signature(r);
	if (sig == SIZE_MAX && r->heading) {
		sig = line_prev(&r->L, notes_start(r));
	} else if (sig == SIZE_MAX && date_at != SIZE_MAX && date_at > r->top && text_before(r, date_at)) {
		/* a telegram ends "SHTYKOV / 31 January 1950": its text came
		 * first */
		sig = line_prev(&r->L, date_at);
		if (sig != SIZE_MAX && sig == number_at)
			sig = line_prev(&r->L, sig);
		/* "JOHN SMITH / Deputy Director / 14 May 1951": the signer's
		 * office under his name; the name signs */
		size_t above = sig != SIZE_MAX ? line_prev(&r->L, sig) : SIZE_MAX;
		if (above != SIZE_MAX && above >= r->top && office_line(line_text(&r->L, sig)) &&
		    !office_line(line_text(&r->L, above)) && name_like(line_text(&r->L, above), 0))
			sig = above;
	}
	if (sig >= r->footer)
		return;
	struct slice t = line_text(&r->L, sig);
	size_t mark = signed_mark(t);
	if (mark == 0)
		mark = office_signed_mark(t);
	t = sl_trim(sl_from(t, mark));
	char *signed_name = mark ? supplied_off(t) : NULL;
	if (signed_name != NULL)
		t = sl_cstr(signed_name);
	/* "[Signature] (S. Chervonenko)": the name typed under it */
	if (mark && t.n > 2 && t.p[0] == '(' && t.p[t.n - 1] == ')')
		t = sl_trim(sl_of(t.p + 1, t.n - 2));
	struct slice plain = t;
	size_t b = sl_find(t, "[");
	if (b == SIZE_MAX)
		b = sl_find(t, "(");
	if (b != SIZE_MAX)
		plain = sl_trim(sl_of(t.p, b));
	struct slice tok[12];
	if (plain.n == 0 || tok_split(plain, tok, 12) > 8 || !name_like(plain, 1) || header_marking(plain)) {
		free(signed_name);
		return;
	}
	size_t up, low, dig;
	sl_letters(plain, &up, &low, &dig);
	r->telegraphic = !closed && low == 0 && up >= 2;
	/* Only a signature needs the names of the text: reading every line
	 * for them is a good part of the parse. */
	known_collect(r);
	struct hprop *p = hprop_add(r, HF_FROM, W_FAIR, "signature", t);
	signature_names(r, t, p);
	free(signed_name);
}

/* What a heading's dateline says of its sender: 1 for a ministry or
 * department at home, 2 for a legation, embassy or consulate abroad, 3 for
 * a consulate or agency; 0 if it names none. The institution is on the
 * line before the date ("Legation of the United States,") or opens it. */
static int dateline_office(struct hreader *r, size_t date_at)
{
	static const char *const home[] = { "department", "ministry", "office", "commissariat", NULL };
	static const char *const missions[] = { "legation", "embassy", "mission", NULL };
	static const char *const consular[] = { "consulate", "consulate-general", "agency", NULL };
	if (date_at == SIZE_MAX)
		return 0;
	struct slice lines[2] = { sl_of("", 0), line_text(&r->L, date_at) };
	size_t prev = line_prev(&r->L, date_at);
	if (prev != SIZE_MAX && line_text(&r->L, prev).n > 0 &&
	    line_text(&r->L, prev).p[line_text(&r->L, prev).n - 1] == ',')
		lines[0] = line_text(&r->L, prev);
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

/* "Martel 62. Personal for Lovett": a telegram of a series opens with
 * the series' word and its number. The length of both, or 0 (not
 * "Article 5." nor "Section 2."). */
static size_t series_number(struct slice t)
{
	static const char *const not_series[] = { "article", "section", "paragraph", "point", "part", "chapter", "item",
						  "annex", "page", "note", "number", "no", NULL };
	/* "A–248. Subject: ...", "CA-1234.": an airgram's or a series' */
	size_t se = header_series_number(t);
	if (se > 0)
		return se;
	size_t w = 0;
	while (w < t.n && w < 10 && ((t.p[w] >= 'a' && t.p[w] <= 'z') || (w == 0 && t.p[w] >= 'A' && t.p[w] <= 'Z')))
		w++;
	if (w < 3 || w >= t.n || t.p[w] != ' ' || t.p[0] < 'A' || t.p[0] > 'Z' || tok_in(sl_of(t.p, w), not_series))
		return 0;
	int n;
	size_t d = sl_digits(t.p + w + 1, t.n - w - 1, 6, &n);
	return d ? w + 1 + d : 0;
}

/* The digits that end a series number of length e. */
static size_t series_digits(struct slice t, size_t e)
{
	size_t b = e;
	while (b > 0 && t.p[b - 1] >= '0' && t.p[b - 1] <= '9')
		b--;
	return e - b;
}

static int digit_in(struct slice t)
{
	for (size_t i = 0; i < t.n; i++)
		if (ch_is_digit((unsigned char)t.p[i]))
			return 1;
	return 0;
}

/* "[120212.] Your White House 3279a delivered ...": a telegram's number
 * supplied by the editor, in brackets with its stop, the text after it
 * in a sentence. A note's marker ("[97] This telegram ...") has no stop.
 * The number's length, or 0. */
static size_t bracketed_number(struct slice t)
{
	int v;
	size_t d = t.n > 1 && t.p[0] == '[' ? sl_digits(t.p + 1, t.n - 1, 7, &v) : 0;
	if (d == 0 || d + 5 > t.n || t.p[d + 1] != '.' || t.p[d + 2] != ']' || t.p[d + 3] != ' ' ||
	    !tok_is_upper(sl_from(t, d + 4)))
		return 0;
	return d;
}

/* The number a telegram's text opens with ("1473. Deptel 602.", "283.
 * Embtel 598"), unless it is the first of numbered paragraphs. infer: no
 * kind is known, and an edition's heading stands over the text. */
static void telegram_number(struct hreader *r, size_t from, int infer)
{
	size_t i = line_next(&r->L, from);
	for (int k = 0; k < 5 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		enum hrole role = r->roles[i].role;
		int n = 0;
		size_t d = bracketed_number(t);
		if (d > 0) {
			hprop_text(r, HF_NUMBER, W_GOOD, "telegram number", sl_of(t.p + 1, d), t);
			return;
		}
		if (role == HR_MARKING || role == HR_DATE || role == HR_PAGE || role == HR_FILE ||
		    (t.n > 0 && t.p[0] == '['))
			continue;
		/* "/1/Source: National Archives ...": the archived web
		 * edition's footnote, printed under the heading */
		if (t.n > 3 && t.p[0] == '/' && ch_is_digit((unsigned char)t.p[1]))
			continue;
		d = sl_digits(t.p, t.n, 7, &n);
		struct slice tk[4];
		if (d == 0 && tok_split(t, tk, 4) <= 3 && t.n < 30)
			continue; /* "us urgent", "priority": the telegram's handling */
		/* the edition's heading over the text, as its parties were not
		 * read ("The Secretary of State of the Ambassador in France
		 * (Edge)"): a capitalised line with no stop, no digit */
		if (d == 0 && t.n > 0 && t.n < 120 && t.p[t.n - 1] != '.' && tok_is_upper(t) && !digit_in(t)) {
			/* under the file line (read, and out of the text), it is
			 * the paper's title still */
			size_t pv = i;
			while (pv > 0 && r->roles[pv - 1].role == HR_BLANK)
				pv--;
			if (pv > 0 && r->roles[pv - 1].role == HR_FILE)
				hprop_text(r, HF_TITLE, W_WEAK, "heading", t, t);
			continue;
		}
		if (d == 0 && (d = series_number(t)) != 0)
			sl_digits(t.p + d - series_digits(t, d), series_digits(t, d), 7, &n);
		/* "4089. 1. My meeting with Tito ...": the number, then the
		 * text's first numbered paragraph */
		struct slice opening = d + 2 < t.n ? sl_from(t, d + 2) : sl_of(t.p, 0);
		if (sl_istarts(opening, "1. "))
			opening = sl_from(opening, 3);
		/* "104. - Continuing on from my 98.": a dash after the number */
		size_t ds = dash_sep(opening);
		if (ds > 0 && ds < opening.n)
			opening = sl_ltrim(sl_from(opening, ds));
		if (d == 0 || d + 2 >= t.n || t.p[d] != '.' || t.p[d + 1] != ' ' || !tok_is_upper(opening))
			return;

		char *next = xasprintf("%d. ", n + 1);
		int listed = 0;
		for (size_t j = line_next(&r->L, i + 1); j < r->footer && !listed; j = line_next(&r->L, j + 1))
			listed = sl_istarts(line_text(&r->L, j), next);
		free(next);
		if (listed)
			return;
		hprop_text(r, HF_NUMBER, W_GOOD, "telegram number", sl_of(t.p, d), t);
		/* under an edition's heading ("The Ambassador in Russia
		 * (Francis) to the Secretary of State"), a text opening with
		 * its number is a telegram: despatches open "No. 31" or "Sir" */
		if (infer && d >= 2)
			hprop_text(r, HF_KIND, W_FAIR, "telegram number", sl_cstr("telegram"), t);
		return;
	}
}

/* Whether the paper is known, fairly at least, to have gone by wire (a
 * telegram or a cable). */
static int wired(const struct hreader *r)
{
	const struct hprop *kind = hprop_best(r, HF_KIND);
	return kind != NULL && kind->weight >= W_FAIR && kind->value != NULL &&
	       (strcmp(kind->value, "telegram") == 0 || strcmp(kind->value, "cable") == 0);
}

/* The length of a dash and the spaces around it at s ("-", "–", "—"),
 * or 0. */
static size_t dash_sep(struct slice s)
{
	size_t i = 0;
	while (i < s.n && s.p[i] == ' ')
		i++;
	size_t d = i < s.n && s.p[i] == '-' ? 1 :
		   i + 2 < s.n && (unsigned char)s.p[i] == 0xe2 && (unsigned char)s.p[i + 1] == 0x80 &&
				   ((unsigned char)s.p[i + 2] == 0x93 || (unsigned char)s.p[i + 2] == 0x94) ? 3 : 0;
	if (d == 0)
		return 0;
	for (i += d; i < s.n && s.p[i] == ' ';)
		i++;
	return i;
}

/* A registry's reference over the text, by the mark its country's
 * ministries write before it: the Czechoslovak "Č.j.:" (číslo jednací,
 * the file number: "C.j.: 053.181"), the East German classified series
 * ("GVS", "VVS": "gvs-t-b 7/111- 17/88   First copy 1 page"). The number
 * is the run of words with digits after the mark. */
static void registry_number_read(struct hreader *r)
{
	static const char *const marks[] = { "\xc4\x8c.j.", "\xc4\x8d.j.", "C.j.", "c.j.", "\xc4\x8cj.", "\xc4\x8dj.",
					     "\xc4\x8c. j.", "\xc4\x8d. j.", "gvs", "vvs", NULL };
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 14 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 80)
			continue;
		for (size_t m = 0; marks[m] != NULL; m++) {
			size_t ml = strlen(marks[m]);
			if (!sl_istarts(t, marks[m]))
				continue;
			struct slice v = sl_from(t, ml);
			/* the series' letters after the mark ("gvs-t-b", "VVS-Nr.") */
			if (ml == 3) {
				/* "VVS 16th Air Army" is an air force's */
				if (v.n == 0 || (v.p[0] != '-' && v.p[0] != ':'))
					break;
				while (v.n > 0 && v.p[0] != ' ')
					v = sl_from(v, 1);
			}
			v = sl_trim(v);
			if (v.n > 0 && v.p[0] == ':')
				v = sl_trim(sl_from(v, 1));
			struct slice tk[6];
			size_t n = tok_split(v, tk, 6), q = 0;
			while (q < n && q < 6 && digit_in(tk[q]))
				q++;
			if (q == 0)
				break;
			hprop_text(r, HF_NUMBER, W_FAIR, "registry number", sl_of(tk[0].p, (size_t)(tk[q - 1].p + tk[q - 1].n - tk[0].p)),
				   t);
			return;
		}
	}
}

/* A telegram whose text opens with its number, the day of the week and
 * the hour it was sent, set off by dashes ("342 – WEDNESDAY – 1700hs –
 * With the interruption of all routes ..."): the number is the
 * telegram's. Only for a paper known to be a telegram: a diary's entry
 * may open "12 – Monday –" too. */
static void day_number_read(struct hreader *r)
{
	if (!wired(r))
		return;
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 40 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		int v;
		size_t d = sl_digits(t.p, t.n, 5, &v), at;
		if (d == 0 || (at = dash_sep(sl_from(t, d))) == 0)
			continue;
		struct slice rest = sl_from(t, d + at);
		size_t wd = date_weekday(rest.p, rest.n);
		if (wd > 0 && dash_sep(sl_from(rest, wd)) > 0) {
			hprop_text(r, HF_NUMBER, W_FAIR, "number, day and hour", sl_of(t.p, d), sl_trim(sl_of(t.p, d + at + wd)));
			return;
		}
	}
}

/* A telegram's closing line of its signer's name and its number between
 * dashes ("– Monori – 423 –", as a legation's cipher office set them). */
static void dashed_signature_read(struct hreader *r)
{
	if (!wired(r))
		return;
	/* its closing lines: a list's "- Berlin - 1961" in the text is none */
	size_t i = r->footer;
	for (int k = 0; k < 6 && i != SIZE_MAX && i > r->top; k++)
		i = line_prev(&r->L, i);
	for (i = i == SIZE_MAX || i < r->top ? line_next(&r->L, r->top) : i; i < r->footer; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[4];
		size_t a = dash_sep(t);
		/* set by dashes of print (a hyphen opens a list's item) */
		if (a == 0 || t.n > 60 || t.p[0] == '-' || t.p[t.n - 1] == '-')
			continue;
		struct slice rest = sl_from(t, a);
		size_t name_end = 0;
		while (name_end < rest.n && !ch_is_digit((unsigned char)rest.p[name_end]) &&
		       dash_sep(sl_from(rest, name_end)) == 0)
			name_end++;
		struct slice name = sl_trim(sl_of(rest.p, name_end));
		size_t b = dash_sep(sl_from(rest, name_end));
		if (b == 0 || name.n < 3 || tok_split(name, tk, 4) > 3 || !name_like(name, 0))
			continue;
		struct slice num = sl_from(rest, name_end + b);
		int v;
		size_t d = sl_digits(num.p, num.n, 6, &v);
		struct slice tail = sl_trim(sl_from(num, d));
		if (d == 0 || tail.n == 0 || dash_sep(tail) != tail.n)
			continue;
		char *who = name_canonical(name);
		if (who != NULL)
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "signature", t), who, NULL);
		free(who);
		hprop_text(r, HF_NUMBER, W_FAIR, "signature and number", sl_of(num.p, d), t);
		return;
	}
}

/* A numbered heading's communication is an instruction when the
 * department sends it and a despatch when a mission does; one without a
 * number between a department or legation and another is a note (notes
 * to and from foreign representatives are not numbered). */
static void heading_kind(struct hreader *r, size_t date_at)
{
	if (!r->heading || hprop_has(r, HF_KIND, W_FAIR))
		return;
	int office = dateline_office(r, date_at);
	const char *kind = NULL;
	if (r->heading == 2 && office == 1)
		kind = "instruction";
	else if (r->heading == 2 && office >= 2)
		kind = "despatch";
	else if (r->heading == 1 && (office == 1 || office == 2))
		kind = "note";
	if (kind != NULL) {
		hprop_text(r, HF_KIND, W_FAIR, "heading and dateline", sl_cstr(kind), line_text(&r->L, date_at));
		return;
	}
	/* a heading between the department and its envoys ("Mr. Seward to
	 * Mr. Adams"), without a dateline to tell: their despatches, an
	 * instruction being the department's kind of despatch */
	const struct hprop *t = hprop_best(r, HF_TITLE);
	if (t != NULL && t->value != NULL && (r->heading == 2 || (sl_istarts(sl_cstr(t->value), "Mr. ") &&
								  sl_find(sl_cstr(t->value), " to Mr. ") != SIZE_MAX)))
		hprop_text(r, HF_KIND, W_WEAK, "heading", sl_cstr("despatch"), sl_cstr(t->value));
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
	return (rest.n == 0 && t.p[0] == '$') || sl_ieq(rest, "cents") || sl_ieq(rest, "cent") || sl_ieq(rest, "c") ||
	       sl_ieq(rest, "\xc2\xa2");
}

/* A pamphlet says who published it or what it costs in its front matter. */
static void pamphlet_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 40 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (sl_istarts(t, "Published by") || price_line(t)) {
			hprop_text(r, HF_KIND, W_FAIR, "front matter", sl_cstr("pamphlet"), t);
			return;
		}
	}
}

/* "CENTRAL INTELLIGENCE AGENCY" / "Office of Current Intelligence",
 * "DIRECTORATE OF" / "INTELLIGENCE": the letterhead of the body that
 * issued the paper, its most particular line; a form's heading
 * ("DEPARTMENT OF STATE" / "INCOMING TELEGRAM") names the receiver. */
static void letterhead_read(struct hreader *r)
{
	static const char *const heads[] = { "agency", "department", "directorate", "office", "ministry", "embassy",
					     "legation", "consulate", "council", "center", "centre", "bureau",
					     "committee", "commission", "staff", "division", "command", NULL };
	char *found = NULL;
	size_t found_at = SIZE_MAX;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 24; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (sl_find(t, "INCOMING") != SIZE_MAX || sl_find(t, "Incoming") != SIZE_MAX) {
			free(found);
			found = NULL;
			break;
		}
		if (t.n > 120 || (t.n > 60 && r->roles[i].role == HR_TEXT && found == NULL && k > 12))
			break;
		/* the paper's own fields ("PARTICIPANTS: ...", "DATE: October
		 * 21, 1974"): a letterhead stands above them; a line under
		 * them is theirs ("IC Staff" after a participant) */
		if (found == NULL && t.n > 5 && t.p[0] >= 'A' && t.p[0] <= 'Z' &&
		    (sl_istarts(t, "PARTICIPANTS:") || sl_istarts(t, "DATE:") || sl_istarts(t, "SUBJECT:") ||
		     sl_istarts(t, "PLACE:") || sl_istarts(t, "DATE AND TIME:")))
			break;
		if (r->roles[i].role != HR_TEXT || t.n > 60)
			continue;
		/* "TO THE ACTING HEAD OF THE MPRP FOREIGN AFFAIRS" / "DEPARTMENT
		 * COMRADE SH. DAGVA": an address run on, no letterhead */
		size_t pl = line_prev(&r->L, i);
		if (pl != SIZE_MAX && pl + 1 == i && line_text(&r->L, pl).n > 3 && memcmp(line_text(&r->L, pl).p, "TO ", 3) == 0)
			continue;
		/* "DIRECTORATE OF" / "INTELLIGENCE": one name on two lines */
		char *joined = NULL;
		size_t j = line_next(&r->L, i + 1);
		if (sl_iends(t, " of") && j < r->footer && j == i + 1 && line_text(&r->L, j).n < 40) {
			struct slice u = line_text(&r->L, j);
			joined = xasprintf("%.*s %.*s", (int)t.n, t.p, (int)u.n, u.p);
			t = sl_cstr(joined);
		}
		struct slice tok[8];
		size_t nt = tok_split(t, tok, 8), up, low, dig;
		/* "DEPARTMENT OF STATE Memorandum of Conversation": the paper's
		 * kind run on after the head, no word of its name */
		for (size_t q = 2; q < nt && q < 8; q++) {
			struct slice rest = sl_from(t, (size_t)(tok[q].p - t.p)), after;
			size_t hu, hl, hd, ku, kl, kd;
			sl_letters(sl_of(t.p, (size_t)(tok[q].p - t.p)), &hu, &hl, &hd);
			sl_letters(rest, &ku, &kl, &kd);
			/* (the head in capitals, the kind not: "MINISTRY OF
			 * INFORMATION" is a name that ends in a kind's word) */
			if (hl == 0 && kl > 0 && header_kind_find(rest, 1, &after) != NULL && sl_trim(after).n == 0) {
				t = sl_rtrim(sl_of(t.p, (size_t)(tok[q].p - t.p)));
				nt = tok_split(t, tok, 8);
				break;
			}
		}
		sl_letters(t, &up, &low, &dig);
		/* "MEMORANDUM FOR: BOARD AND STAFF": a labelled field, no head */
		int head = nt >= 2 && nt <= 7 && dig == 0 && tok_is_upper(t) && sl_find(t, ",") == SIZE_MAX &&
			   sl_find(t, ":") == SIZE_MAX &&
			   (tok_in(tok_bare(tok[0]), heads) || tok_in(tok_bare(tok[nt - 1]), heads) ||
			    (nt > 2 && tok_in(tok_bare(tok[1]), heads) && (sl_ieq(tok[2], "in") || sl_ieq(tok[2], "to"))));
		/* all its words capitalised but its small ones */
		for (size_t q = 0; head && q < nt; q++)
			head = tok_is_upper(tok[q]) || sl_ieq(tok[q], "of") || sl_ieq(tok[q], "for") || sl_ieq(tok[q], "and") ||
			       sl_ieq(tok[q], "the") ||
			       ((sl_ieq(tok[q], "in") || sl_ieq(tok[q], "to")) && q > 0 && tok_in(tok_bare(tok[q - 1]), heads));
		if (head && (found == NULL || found_at + 2 >= i)) {
			/* the next line, if a head too, is the more particular */
			free(found);
			found = header_uncapped(t);
			if (found == NULL)
				found = sl_dup(t);
			found_at = joined ? j : i;
			free(joined);
			continue;
		}
		free(joined);
		if (found != NULL)
			break;
	}
	/* "OFFICE OF THE DIRECTOR" / "DEPUTY DIRECTOR (PLANS)" / ...: a
	 * distribution list's first line, not a letterhead */
	size_t n1 = found != NULL ? line_next(&r->L, found_at + 1) : SIZE_MAX;
	size_t n2 = n1 < r->footer ? line_next(&r->L, n1 + 1) : SIZE_MAX;
	int list = n2 < r->footer;
	for (size_t q = n1; list && q <= n2; q = line_next(&r->L, q + 1)) {
		struct slice u = line_text(&r->L, q);
		size_t up, low, dig;
		sl_letters(u, &up, &low, &dig);
		list = u.n <= 40 && low == 0 && dig == 0 && up > 0;
	}
	if (list) {
		free(found);
		found = NULL;
	}
	if (found != NULL) {
		struct slice ev = line_text(&r->L, found_at);
		hprop_party(hprop_add(r, HF_FROM, W_FAIR - 1, "letterhead", ev), found, NULL);
		free(found);
	}
}

/* A letter's letterhead run into a scanned line ("... Immediate, THE
 * DIRECTOR CENTRAL INTELLIGENCE AGENCY WASHINGTON, D.C. 20505 ... 1 June
 * 2007 The Honorable ... Dear Mr. Chairman:"): the office or body in
 * capitals from "THE" to the seat it writes from, its salutation after
 * it. Its sender when nothing else names one. Not an inside address
 * ("THE HONORABLE ..."). */
/* The words that end a body's name in a letterhead run into a scanned
 * line ("CENTRAL INTELLIGENCE AGENCY", "DEPARTMENT OF STATE"). */
static const char *const flat_heads[] = { "agency", "department", "office", "ministry", "embassy", "senate",
					  "house", "council", "committee", "commission", "staff", "bureau", NULL };

static void letterhead_flat_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 12; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 120)
			continue;
		struct slice h = sl_of(t.p, t.n < 2500 ? t.n : 2500);
		size_t w = sl_find(h, " WASHINGTON");
		size_t dear = sl_find(h, "Dear ");
		if (w == SIZE_MAX || dear == SIZE_MAX || dear < w || dear - w > 600)
			continue;
		/* back over the words in capitals to "THE" */
		struct slice before = sl_of(h.p, w), tk[10];
		size_t start = before.n, words = 0, the = SIZE_MAX;
		while (start > 0 && words < 10) {
			size_t e = start;
			while (e > 0 && before.p[e - 1] == ' ')
				e--;
			size_t b = e;
			while (b > 0 && before.p[b - 1] != ' ')
				b--;
			struct slice word = sl_of(before.p + b, e - b);
			if (word.n == 0 || !caps_name_word(word))
				break;
			start = b;
			words++;
			if (sl_eq_slice(word, sl_cstr("THE"))) {
				the = b;
				break;
			}
		}
		/* "BRITISH EMBASSY WASHINGTON, D. C. September 15th, 1941. Dear
		 * Mr. Secretary: ...": the head opening the line, no "THE" */
		size_t skip = 3;
		if (the == SIZE_MAX && start == 0 && words >= 2 && words <= 5) {
			the = 0;
			skip = 0;
		}
		if (the == SIZE_MAX)
			continue;
		struct slice run = sl_trim(sl_of(h.p + the + skip, w - the - skip));
		size_t n = tok_split(run, tk, 10);
		if (n < 1 || n > 8 || sl_ieq(tk[0], "HONORABLE"))
			continue;
		int office = 0;
		for (size_t q = 0; q < n && !office; q++)
			office = tok_in(tok_bare(tk[q]), lex_person_offices) || tok_in(tok_bare(tk[q]), flat_heads);
		if (!office)
			continue;
		char *name = header_uncapped(run);
		if (name == NULL)
			name = sl_dup(run);
		hprop_party(hprop_add(r, HF_FROM, W_FAIR - 1, "letterhead", sl_of(h.p + the, w - the)), name, NULL);
		free(name);
		return;
	}
}

/* "... CENTRAL INTELLIGENCE AGENCY Office of Current Intelligence 21
 * November 1965 INTELLIGENCE MEMORANDUM ...": an agency's letterhead and
 * its office run into a scanned line before the date; the office, the
 * more particular, sends. Its sender when nothing else names one. */
static void office_flat_letterhead_read(struct hreader *r)
{
	if (hprop_has(r, HF_FROM, W_FAIR - 1))
		return;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 12; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i), tok[120];
		if (t.n < 120)
			continue;
		size_t n = tok_split(sl_of(t.p, t.n < 800 ? t.n : 800), tok, 120);
		for (size_t q = 1; q + 3 < n && q + 3 < 120; q++) {
			/* "... CENTRAL INTELLIGENCE AGENCY Office of ..." */
			if (!caps_name_word(tok[q]) || !tok_in(tok[q], flat_heads) || !caps_name_word(tok[q - 1]) ||
			    !sl_eq_slice(tok[q + 1], sl_cstr("Office")) || !sl_eq_slice(tok[q + 2], sl_cstr("of")))
				continue;
			/* the office's capitalised words, then its date */
			size_t e = q + 3;
			while (e < n && e < q + 8 && tok_is_upper(tok[e]) && !caps_name_word(tok[e]))
				e++;
			struct date_val dv;
			if (e == q + 3 || e >= n || date_parse(tok[e].p, (size_t)(t.p + t.n - tok[e].p), 0, &dv) == 0)
				continue;
			struct slice office = sl_of(tok[q + 1].p, (size_t)(tok[e - 1].p + tok[e - 1].n - tok[q + 1].p));
			char *name = sl_dup(office);
			hprop_party(hprop_add(r, HF_FROM, W_FAIR - 1, "letterhead", office), name, NULL);
			free(name);
			return;
		}
	}
}

/* A typed paper's head run into one scanned line ("DEPARTMENT OF STATE
 * Washington O C 20520 November 9 1976 MEMORANDUM Mr Eagleburger TO S -
 * FROM L - ..."): its date right before its kind, the kind in capitals
 * as typed. The paper's date and kind when nothing better says them. */
static void dated_kind_flat_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 3; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 200)
			continue;
		struct slice h = sl_of(t.p, 160);
		/* "RELEASE IN FULL April 17 1972 To S PC - Mr Cargo From Jac
		 * Perry ...": a memorandum's date right before its To and From,
		 * their colons lost */
		struct slice h3 = sl_of(t.p, t.n < 300 ? t.n : 300);
		/* no "From" where it could be: no date looked for */
		int from = sl_find(sl_of(t.p, t.n < 380 ? t.n : 380), " From ") != SIZE_MAX;
		for (size_t b = 0; from && b < h3.n; b++) {
			struct date_val dv;
			size_t dn;
			if ((b > 0 && h3.p[b - 1] != ' ') || !ch_is_alpha((unsigned char)h3.p[b]) ||
			    (dn = date_parse(h3.p + b, h3.n - b, 0, &dv)) == 0 || !dv.d)
				continue;
			struct slice tail = sl_ltrim(sl_from(t, b + dn));
			if (sl_istarts(tail, "To ") && sl_find(sl_of(tail.p, tail.n < 80 ? tail.n : 80), " From ") != SIZE_MAX) {
				hprop_date(r, W_FAIR, "head line", &dv, sl_of(h3.p + b, dn), sl_of(h3.p + b, dn + 3));
				hprop_text(r, HF_KIND, W_FAIR, "head line", sl_cstr("memorandum"), sl_of(h3.p + b, dn + 3));
				return;
			}
			b += dn;
		}
		for (size_t at = 0; at < h.n; at++) {
			if (h.p[at] < 'A' || h.p[at] > 'Z' || (at > 0 && h.p[at - 1] != ' '))
				continue;
			size_t e = at;
			while (e < h.n && h.p[e] >= 'A' && h.p[e] <= 'Z')
				e++;
			if (e - at < 6 || (e < h.n && h.p[e] != ' ' && h.p[e] != ':'))
				continue;
			const char *kind = NULL;
			for (size_t q = 0; lex_kind_codes[q].word != NULL && kind == NULL; q++)
				if (sl_eq_slice(sl_of(h.p + at, e - at), sl_cstr(lex_kind_codes[q].word)))
					kind = lex_kind_codes[q].kind;
			if (kind == NULL)
				continue;
			/* the date that ends where the kind begins */
			struct date_val dv;
			for (size_t b = at > 40 ? at - 40 : 0; b + 1 < at; b++) {
				size_t dn;
				if ((b > 0 && h.p[b - 1] != ' ') || (dn = date_parse(h.p + b, at - b, 0, &dv)) == 0 || !dv.d)
					continue;
				struct slice gap = sl_of(h.p + b + dn, at - b - dn);
				if (sl_trim(gap).n > 1 || (sl_trim(gap).n == 1 && sl_trim(gap).p[0] != '.'))
					continue;
				hprop_date(r, W_FAIR, "head line", &dv, sl_of(h.p + b, dn), sl_of(h.p, e));
				hprop_text(r, HF_KIND, W_FAIR, "head line", sl_cstr(kind), sl_of(h.p, e));
				return;
			}
			return; /* the first kind word decides */
		}
	}
}

static int caps_name_word(struct slice w);

/* Whether s opens with an office's name in capitals ("OFFICE OF ...",
 * "DIRECTORATE OF ..."). */
static int sl_starts_caps_office(struct slice s)
{
	return (s.n > 10 && memcmp(s.p, "OFFICE OF ", 10) == 0) || (s.n > 15 && memcmp(s.p, "DIRECTORATE OF ", 15) == 0);
}

/* An intelligence office's name over its agency's, run into a scanned
 * paper's head ("... DAILY DIGEST Office of Current Intelligence CENTRAL
 * INTELLIGENCE AGENCY This summary ..."): the office issued the paper,
 * as a letterhead on lines of its own says. */
static void office_flat_read(struct hreader *r)
{
	static const char *const units[] = { "Office of ", "Directorate of ", "Bureau of ", "Division of ", NULL };
	if (hprop_has(r, HF_FROM, W_FAIR - 1))
		return;
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 8; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 120)
			continue;
		struct slice h = sl_of(t.p, t.n < 800 ? t.n : 800);
		size_t ag = sl_find(h, " CENTRAL INTELLIGENCE AGENCY");
		if (ag == SIZE_MAX)
			continue;
		/* "CENTRAL INTELLIGENCE AGENCY OFFICE OF NATIONAL ESTIMATES 12
		 * October 1956": the office after its agency, in capitals too */
		struct slice aft = sl_trim(sl_from(h, ag + 28)), at8[8];
		if (sl_starts_caps_office(aft)) {
			size_t n = tok_split(sl_of(aft.p, aft.n < 80 ? aft.n : 80), at8, 8), q;
			for (q = 2; q < n && q < 7; q++)
				if (!caps_name_word(at8[q]) || tok_in(at8[q], lex_marking_words))
					break;
			if (q >= 3) {
				struct slice office = sl_of(at8[0].p, (size_t)(at8[q - 1].p + at8[q - 1].n - at8[0].p));
				char *o = header_uncapped(office);
				if (o != NULL) {
					hprop_party(hprop_add(r, HF_FROM, W_FAIR - 1, "letterhead", office), o, NULL);
					free(o);
					return;
				}
			}
		}
		struct slice before = sl_of(h.p, ag);
		size_t from = before.n > 60 ? before.n - 60 : 0;
		for (size_t u = 0; units[u] != NULL; u++) {
			size_t at = sl_find(sl_from(before, from), units[u]);
			if (at == SIZE_MAX)
				continue;
			struct slice office = sl_trim(sl_from(before, from + at)), tk[8];
			size_t n = tok_split(office, tk, 8), q;
			for (q = 2; q < n && n <= 8; q++)
				if (!tok_is_upper(tk[q]) && !sl_ieq(tk[q], "and") && !sl_ieq(tk[q], "of"))
					break;
			if (n < 3 || n > 8 || q < n)
				continue;
			char *o = sl_dup(office);
			hprop_party(hprop_add(r, HF_FROM, W_FAIR - 1, "letterhead", office), o, NULL);
			free(o);
			return;
		}
		return;
	}
}

/* A letter to a body run into a scanned line, its inside address "The
 * <body> <seat> <postal code>" ("... The Central Intelligence Agency
 * Washington DC 20505 The New York Times Magazine has asked me ..."):
 * the body is the recipient when nothing else names one. The body's name
 * ends in a body's noun and follows "The"; a person before it ("John
 * Glenn United States Senate") is the recipient, not read here. */
static void address_flat_read(struct hreader *r)
{
	static const char *const bodies[] = { "agency", "department", "committee", "senate", "service", "bureau",
					      "council", "commission", "office", "ministry", "embassy", NULL };
	const struct hprop *k = hprop_best(r, HF_KIND);
	if (k == NULL || k->value == NULL || strcmp(k->value, "letter") != 0)
		return;
	for (size_t i = 0; i < r->nprops; i++)
		if (r->props[i].field == HF_TO && r->props[i].nparties > 0)
			return;
	for (size_t i = line_next(&r->L, 0), n = 0; i < r->footer && n < 8; i = line_next(&r->L, i + 1), n++) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 120)
			continue;
		struct slice h = sl_of(t.p, t.n < 1500 ? t.n : 1500);
		for (size_t w = sl_find(h, " Washington"); w != SIZE_MAX;) {
			/* a postal code after the seat: "Washington DC 20505" */
			struct slice after = sl_from(h, w + 11);
			int zip = 0;
			for (size_t q = 0; q + 5 <= after.n && q < 14 && !zip; q++) {
				zip = 1;
				for (size_t d = 0; d < 5 && zip; d++)
					zip = ch_is_digit((unsigned char)after.p[q + d]);
			}
			struct slice before = sl_of(h.p, w), tk[8];
			size_t from = before.n > 60 ? before.n - 60 : 0;
			size_t the = SIZE_MAX;
			for (size_t q = sl_find(sl_from(before, from), "The "); q != SIZE_MAX;) {
				the = from + q;
				size_t nx = sl_find(sl_from(before, the + 4), "The ");
				q = nx == SIZE_MAX ? SIZE_MAX : the + 4 + nx - from;
			}
			if (zip && the != SIZE_MAX && (the == 0 || before.p[the - 1] == ' ')) {
				struct slice body = sl_trim(sl_from(before, the + 4));
				size_t nt = tok_split(body, tk, 8), q;
				for (q = 0; q < nt && nt <= 6; q++)
					if (!tok_is_upper(tk[q]) && !sl_ieq(tk[q], "of") && !sl_ieq(tk[q], "and"))
						break;
				/* "The Honorable John Smith United States Senate": a person's */
				if (nt >= 2 && nt <= 6 && q == nt && tok_in(tok_bare(tk[nt - 1]), bodies) &&
				    !sl_ieq(tok_bare(tk[0]), "honorable") && !sl_ieq(tk[0], "hon.")) {
					char *name = sl_dup(body);
					hprop_party(hprop_add(r, HF_TO, W_FAIR - 1, "address", sl_of(before.p + the, w - the)), name,
						    NULL);
					free(name);
					return;
				}
			}
			size_t nx = sl_find(sl_from(h, w + 11), " Washington");
			w = nx == SIZE_MAX ? SIZE_MAX : w + 11 + nx;
		}
	}
}

/* "MEETING OF CC CPSU POLITBURO", "Session of the Presidium of the
 * Council of Ministers": minutes and transcripts are the sitting body's. */
static void sitting_read(struct hreader *r)
{
	static const char *const sittings[] = { "meeting of ", "session of ", "sitting of ", "plenum of ", NULL };
	for (size_t i = line_next(&r->L, 0), k = 0; i < r->footer && k < 12; i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		if (t.n > 80)
			break;
		for (size_t q = 0; sittings[q] != NULL; q++) {
			if (!sl_istarts(t, sittings[q]))
				continue;
			char *uncapped = header_uncapped(t);
			struct slice body = sl_from(uncapped ? sl_cstr(uncapped) : t, strlen(sittings[q]));
			struct hprop *p = hprop_add(r, HF_FROM, W_FAIR - 1, "meeting heading", t);
			if (header_parties(r, p, body) == 0 && name_like(sl_trim(body), 1)) {
				char *name = sl_dup(sl_trim(body));
				hprop_party(p, name, NULL);
				free(name);
			}
			free(uncapped);
			return;
		}
	}
}

/* Whether the n words are a person's or a body's proper name as an
 * editor writes it: each capitalised, none a pronoun or an article ("I
 * wrote this letter", "He wrote this note", "The Ambassador wrote this
 * report" name no one). */
static int proper_name(const struct slice *tok, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!tok_is_upper(tok[i]) || tok_in(tok_bare(tok[i]), name_stops))
			return 0;
	return n > 0;
}

/* A headnote opening "These notes taken by Chernyaev at the Soviet
 * Politburo ...", "This memorandum, written by ...": the paper, then who
 * made it. A paragraph's number may be glued before it ("1These"). The
 * maker is the capitalised words after "by". Whether one was read. */
static int taken_by_read(struct hreader *r, struct slice t)
{
	static const char *const made[] = { "taken", "written", "prepared", "drafted", "compiled", "kept", NULL };
	while (t.n > 0 && ch_is_digit((unsigned char)t.p[0]))
		t = sl_from(t, 1);
	if (!sl_istarts(t, "This ") && !sl_istarts(t, "These "))
		return 0;
	struct slice tok[10], after;
	size_t nt = tok_split(sl_of(t.p, t.n < 200 ? t.n : 200), tok, 10);
	if (nt < 5 || header_kind_find(tok_bare(tok[1]), 1, &after) == NULL)
		return 0;
	size_t k = 2;
	if (!tok_in(tok_bare(tok[k]), made) && k + 1 < nt && tok_in(tok_bare(tok[k + 1]), made))
		k++; /* "This memorandum, written by" */
	if (!tok_in(tok_bare(tok[k]), made) || k + 2 >= nt || !sl_ieq(tok[k + 1], "by"))
		return 0;
	size_t b = k + 2, e = b;
	while (e < nt && e < b + 4 && tok_is_upper(tok[e]))
		e++;
	if (e == b)
		return 0;
	struct slice name = sl_of(tok[b].p, (size_t)(tok[e - 1].p + tok_bare(tok[e - 1]).n - tok[b].p));
	if (!name_like(name, 0) || !proper_name(tok + b, e - b))
		return 0;
	char *maker = sl_dup(name);
	hprop_party(hprop_add(r, HF_FROM, W_FAIR, "headnote", t), maker, NULL);
	free(maker);
	return 1;
}

/* "Resolution of the CPSU Central Committee" on a line of its own among
 * the opening lines of the text: the paper's own heading, its kind and
 * the body whose paper it is, read as a title's are. Only a short line
 * opening with the kind and "of": a sentence of the text is none. A
 * heading of the kind and its subject ("Report on the visit to Angola
 * ...:") names the kind alone. The first heading is the paper's. */
static void body_heading_read(struct hreader *r)
{
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 20 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), after, tok[12];
		if (r->roles[i].role != HR_TEXT || !tok_is_upper(t))
			continue;
		/* "Report on the visit to Angola and on the conversations held
		 * with ...:": the paper's heading over its text names its kind,
		 * a colon or no stop at its end */
		const char *kind = t.n <= 300 ? header_kind_find(t, 1, &after) : NULL;
		struct slice a = kind != NULL ? sl_ltrim(after) : sl_of(t.p, 0);
		if (kind != NULL && t.p[t.n - 1] != '.' &&
		    (sl_istarts(a, "on ") || sl_istarts(a, "about ") || sl_istarts(a, "concerning ") ||
		     sl_istarts(a, "regarding "))) {
			hprop_text(r, HF_KIND, W_FAIR, "heading line", sl_cstr(kind), t);
			return;
		}
		if (t.n > 80 || tok_split(t, tok, 12) > 10)
			continue;
		if (t.n > 0 && t.p[t.n - 1] == '.')
			continue;
		if (header_kind_find(t, 1, &after) != NULL && sl_istarts(sl_ltrim(after), "of ")) {
			header_title_read(r, t, W_GOOD, "heading line", t);
			return;
		}
	}
}

/* "Excerpt from Minutes No. 172 of the meeting of the Politburo / of the
 * CPSU Central Committee, held on 31 October 1979": an extract from a
 * sitting's minutes, as a party's registry issues it, heading the text
 * (its line may break before it ends). Its kind is minutes, its sender
 * the body that sat, its date the sitting's. */
static void minutes_extract_read(struct hreader *r)
{
	static const char *const sat[] = { " of the meeting of ", " of the session of ", " of the sitting of ", NULL };
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 20 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		static const char *const openers[] = { "Excerpt from ", "Extract from ", "Excerpt of ", "Extract of ",
							NULL };
		struct slice t = line_text(&r->L, i), after;
		size_t o = 0;
		for (size_t q = 0; openers[q] != NULL && o == 0; q++)
			if (sl_istarts(t, openers[q]))
				o = strlen(openers[q]);
		if (o == 0)
			continue;
		const char *kind = header_kind_find(sl_from(t, o), 1, &after);
		if (kind == NULL || strcmp(kind, "minutes") != 0 || t.n > 200)
			return;
		/* the heading's second line, in lower case, runs on */
		size_t j = line_next(&r->L, i + 1);
		struct slice nx = j < r->footer ? line_text(&r->L, j) : sl_of(t.p, 0);
		int runs = nx.n > 0 && nx.n < 120 && nx.p[0] >= 'a' && nx.p[0] <= 'z';
		char *whole = xasprintf("%.*s%s%.*s", (int)t.n, t.p, runs ? " " : "", runs ? (int)nx.n : 0, nx.p);
		struct slice h = sl_cstr(whole);
		hprop_text(r, HF_KIND, W_GOOD, "minutes extract", sl_cstr(kind), t);
		for (size_t q = 0; sat[q] != NULL; q++) {
			size_t at = sl_find(h, sat[q]);
			if (at == SIZE_MAX)
				continue;
			struct slice body = sl_from(h, at + strlen(sat[q]));
			size_t held = sl_find(body, ", held");
			if (held == SIZE_MAX)
				held = sl_find(body, " held ");
			struct slice when = held == SIZE_MAX ? sl_of(body.p, 0) : sl_from(body, held);
			if (held != SIZE_MAX)
				body = sl_of(body.p, held);
			body = sl_trim(body);
			if (sl_istarts(body, "the "))
				body = sl_from(body, 4);
			if (body.n > 0 && body.n < 100 && name_like(body, 1)) {
				char *name = sl_dup(body);
				hprop_party(hprop_add(r, HF_FROM, W_GOOD - 1, "minutes extract", t), name, NULL);
				free(name);
			}
			size_t on = sl_find(when, " on ");
			struct date_val dv;
			size_t dn = on == SIZE_MAX ? 0 : date_parse(when.p + on + 4, when.n - on - 4, 0, &dv);
			if (dn > 0 && dv.d)
				hprop_date(r, W_GOOD, "minutes extract", &dv, sl_of(when.p + on + 4, dn), t);
			break;
		}
		free(whole);
		return;
	}
}

/* A telegram's own idioms at the head of its text: "Following from Prime
 * Minister, for your Prime Minister. Begins.", "Please transmit following
 * to Berlin Embassy immediately:" (a message relayed, its start marked,
 * the article dropped as cables drop it). A letter does not write so. */
static void telegraphese_read(struct hreader *r)
{
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 8 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		if (r->roles[i].role != HR_TEXT)
			continue;
		struct slice t = line_text(&r->L, i);
		struct slice h = sl_of(t.p, t.n < 300 ? t.n : 300);
		size_t f = sl_find(h, "Following from ");
		if (f == SIZE_MAX)
			f = sl_find(h, "Following for ");
		size_t b = f == SIZE_MAX ? SIZE_MAX : sl_find(sl_from(h, f), " Begins");
		int relayed = sl_find(h, "transmit following ") != SIZE_MAX ||
			      sl_find(h, "Transmit following ") != SIZE_MAX;
		if ((b != SIZE_MAX && b < 200) || relayed) {
			hprop_text(r, HF_KIND, W_FAIR, "telegraphic idiom", sl_cstr("telegram"), t);
			return;
		}
	}
}

/* An editor's headnote over the paper says what it is in a sentence:
 * "This is a memorandum from Acting Secretary of State, Ball to President
 * Kennedy commenting on ...", "A week before his death, Ho Chi Minh
 * wrote this letter, his last document:", "Leonid Brezhnev wrote this
 * undated letter sometime around May 26." Its kind and parties are read
 * as a title's would be, or as the writer's. Only the opening lines: the
 * text's own sentences speak of other papers. */
static void headnote_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 10 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), after;
		if (r->roles[i].role != HR_TEXT)
			continue;
		if (sl_istarts(t, "This is a ") || sl_istarts(t, "This is an ")) {
			struct slice rest = sl_from(t, sl_istarts(t, "This is a ") ? 10 : 11);
			size_t stop = sl_find(rest, ". ");
			if (stop != SIZE_MAX)
				rest = sl_of(rest.p, stop);
			if (header_kind_find(rest, 2, &after) == NULL || !sl_istarts(sl_ltrim(after), "from "))
				return;
			/* "... to President Kennedy commenting on the offer": what
			 * the paper does ends its parties */
			struct slice tok[32];
			size_t nt = tok_split(rest, tok, 32);
			for (size_t q = 2; q < nt && q < 32; q++) {
				struct slice b = tok_bare(tok[q]);
				if (tok_is_lower(b) && b.n > 5 && sl_iends(b, "ing")) {
					rest = sl_trim(sl_of(rest.p, (size_t)(tok[q].p - rest.p)));
					break;
				}
			}
			/* read as the title it would be: "Memorandum from ..." */
			char *title = sl_dup(rest);
			if (title[0] >= 'a' && title[0] <= 'z')
				title[0] = (char)(title[0] - 'a' + 'A');
			header_title_read(r, sl_cstr(title), W_FAIR, "headnote", t);
			free(title);
			return;
		}
		if (taken_by_read(r, t))
			return;
		size_t w = sl_find(t, " wrote this ");
		if (w == SIZE_MAX || w > 120)
			continue;
		/* the writer: the words before, back to the clause's start */
		size_t b = w;
		while (b > 0 && t.p[b - 1] != ',' && t.p[b - 1] != '.')
			b--;
		struct slice name = sl_trim(sl_of(t.p + b, w - b)), tok[6];
		/* the kind: the word after "this", or the one after that
		 * ("this undated letter") */
		struct slice rest = sl_from(t, w + 12), kt[3];
		size_t nk = tok_split(sl_of(rest.p, rest.n < 40 ? rest.n : 40), kt, 3);
		const char *kind = NULL;
		for (size_t q = 0; q < nk && q < 2 && kind == NULL; q++)
			kind = header_kind_find(tok_bare(kt[q]), 1, &after);
		size_t nt = tok_split(name, tok, 6);
		if (kind == NULL || nt == 0 || nt > 5 || !name_like(name, 0) || !proper_name(tok, nt))
			continue;
		char *writer = sl_dup(name);
		hprop_party(hprop_add(r, HF_FROM, W_FAIR, "headnote", t), writer, NULL);
		free(writer);
		hprop_text(r, HF_KIND, W_FAIR, "headnote", sl_cstr(kind), t);
		return;
	}
}

/* "During my [GDR ambassador to the DRV, Wolfgang Bertold] conversation
 * with ...", "I [Ambassador Puzanov] visited ...": the editor names the
 * writer in brackets after his "I" or "my" in the text's first lines. */
static void self_bracket_read(struct hreader *r)
{
	static const char *const selves[] = { " my [", "My [", " I [", "I [", NULL };
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 16 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		if (t.n < 8 || r->roles[i].role != HR_TEXT || memchr(t.p, '[', t.n < 600 ? t.n : 600) == NULL)
			continue;
		struct slice head = sl_of(t.p, t.n < 600 ? t.n : 600);
		for (size_t s = 0; selves[s] != NULL; s++) {
			size_t at = sl_find(head, selves[s]);
			/* "My [" and "I [" only opening the line */
			if (at == SIZE_MAX || (selves[s][0] != ' ' && at != 0))
				continue;
			struct slice in = sl_from(t, at + strlen(selves[s]));
			size_t close = sl_find(sl_of(in.p, in.n < 120 ? in.n : 120), "]");
			if (close == SIZE_MAX)
				continue;
			in = sl_of(in.p, close);
			size_t c = in.n;
			while (c > 0 && in.p[c - 1] != ',')
				c--;
			struct slice name = sl_trim(sl_from(in, c)), office = c > 0 ? sl_trim(sl_of(in.p, c - 1)) : sl_of(in.p, 0);
			struct slice tk[5];
			size_t nt = tok_split(name, tk, 5);
			if (nt < 1 || nt > 4 || !name_like(name, 0) || !tok_is_upper(tk[nt - 1]))
				continue;
			char *canon = name_canonical(name);
			if (canon == NULL)
				continue;
			char *off = office.n > 0 ? sl_dup(office) : NULL;
			size_t sp = selves[s][0] == ' ';
			hprop_party(hprop_add(r, HF_FROM, W_FAIR, "editor's note",
					      sl_of(t.p + at + sp, close + strlen(selves[s]) + 1 - sp)),
				    canon, off);
			free(canon);
			free(off);
			return;
		}
	}
}

/* "Key: UM = Unidentified Male Speaker", "[Time Stamp: 00:00:07]": a
 * transcript of a recording, whatever its title calls the meeting. */
static void transcript_marks_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	for (int k = 0; k < 60 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		struct slice head = sl_of(t.p, t.n < 200 ? t.n : 200);
		for (size_t m = 0; lex_transcript_marks[m] != NULL; m++) {
			size_t at = sl_find(head, lex_transcript_marks[m]);
			if (at != SIZE_MAX) {
				hprop_text(r, HF_KIND, W_FAIR, "transcript mark", sl_cstr("transcript"),
					   sl_of(t.p + at, strlen(lex_transcript_marks[m])));
				return;
			}
		}
	}
}

/* "From the Diary of P.F. Yudin" on a line of its own over the record
 * ("Memorandum of Exchange ..."): the paper says whose journal it was
 * kept in, and the keeper wrote it. Its sender, over a title's reading
 * of the talk's sides. */
static void journal_line_read(struct hreader *r)
{
	static const char *const kept[] = { "from the diary of ", "from the journal of ", NULL };
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 12 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), tk[6];
		for (size_t q = 0; kept[q] != NULL; q++) {
			if (!sl_istarts(t, kept[q]))
				continue;
			struct slice who = sl_trim(sl_from(t, strlen(kept[q])));
			size_t n = tok_split(who, tk, 6);
			if (n > 0 && n <= 4 && name_like(who, 0))
				header_parties(r, hprop_add(r, HF_FROM, W_STRONG + 1, "journal line", t), who);
			return;
		}
	}
}

void header_letter_read(struct hreader *r)
{
	r->top = line_next(&r->L, 0);
	kind_header(r);
	memo_header(r);
	memo_inline(r);
	routing_read(r);
	flat_closing_read(r);
	received_form_read(r);
	ministry_form_read(r);
	received_form_flat(r);
	outgoing_form_flat(r);
	received_line_read(r);
	header_cable_read(r);
	salutation_read(r);
	self_bracket_read(r);
	labelled_pair_read(r);
	address_read(r);
	address_colon_read(r);
	operative_read(r);
	initials_talk_read(r);
	distribution_read(r);
	capital_body_read(r);
	self_named_read(r);
	edition_heading_read(r);
	catalogue_entry_read(r);
	lead_dateline_read(r);
	letterhead_read(r);
	letterhead_flat_read(r);
	office_flat_letterhead_read(r);
	dated_kind_flat_read(r);
	office_flat_read(r);
	address_flat_read(r);
	sitting_read(r);
	struct date_val dt;
	struct slice printed;
	char *joined;
	size_t date_at = date_line_at(r, 0, &dt, &printed, &joined);
	int date_joined = joined != NULL;
	if (date_at == SIZE_MAX) {
		dateline_scanned(r);
		dateline_year_read(r);
	}
	if (date_at != SIZE_MAX) {
		struct slice line = joined ? sl_cstr(joined) : note_marker_off(line_text(&r->L, date_at));
		/* a dateline opens the text; a date line elsewhere stands by
		 * the signature or is only the first date of the text */
		size_t lines_in = 0;
		int prose = 0;
		for (size_t i = r->top; i < date_at; i++) {
			lines_in += line_usable(&r->L, i);
			prose |= line_text(&r->L, i).n > 100;
		}
		int opening = lines_in < 6 && !prose;
		/* the document's own dateline outweighs the archive's date
		 * line when they differ (an archive may date a paper by its
		 * receipt or its filing) */
		hprop_date(r, opening ? W_GOOD + 1 : W_FAIR, opening ? "dateline" : "date line", &dt, printed, line);
		if (opening)
			dateline_place(r, line, printed, line);
		free(joined);
	}
	heading_kind(r, date_at);
	const struct hprop *kind = hprop_best(r, HF_KIND);
	size_t text_at = date_at != SIZE_MAX && date_at < r->top + 8 ? date_at + 1 + (date_joined != 0) : r->top;
	if (wired(r))
		telegram_number(r, text_at, 0);
	else if (r->heading && (kind == NULL || kind->weight < W_FAIR))
		telegram_number(r, text_at, 1);
	size_t number_at = number_by_date(r, date_at);
	/* "NO. 12 / 13 JUNE 1975", "SHTYKOV / No. 47/sh / 31 January 1950":
	 * the date the paper's own number stands by is the paper's, over a
	 * catalogue's reading of it */
	if (number_at != SIZE_MAX && !date_joined) /* a joined line's text is freed */
		hprop_date(r, W_GOOD, "numbered date line", &dt, printed, line_text(&r->L, date_at));
	own_number_read(r);
	copies_number_read(r);
	registry_number_read(r);
	day_number_read(r);
	dashed_signature_read(r);
	form_number_read(r);
	control_number_read(r);
	designation_read(r);
	kind_number_flat_read(r);
	signature_read(r, date_at, number_at);
	source_file_date_read(r);
	despatch_note_read(r);
	memo_signature_read(r);
	memo_office_signature_read(r);
	memo_withheld_signature_read(r);
	signed_inline_read(r);
	if (r->heading)
		personal_line(r);
	personal_form_line(r);
	foot_address_read(r);
	/* signed in capitals and numbered by the sender's cipher office
	 * ("SHTYKOV / No. 47/sh / 31 January 1950"): a telegram. Either
	 * alone is not enough: letters carry outgoing numbers too, and a
	 * name may be typed in capitals. */
	if (r->telegraphic && number_at != SIZE_MAX)
		hprop_text(r, HF_KIND, W_FAIR, "signature and number", sl_cstr("telegram"), sl_cstr(""));
	if (r->letter)
		hprop_text(r, HF_KIND, W_WEAK, "salutation or closing", sl_cstr("letter"), sl_cstr(""));
	headnote_read(r);
	journal_line_read(r);
	body_heading_read(r);
	minutes_extract_read(r);
	telegraphese_read(r);
	pamphlet_read(r);
	transcript_marks_read(r);
}
