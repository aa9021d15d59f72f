/* brackets.c: the editorial brackets of a body, each kept as a classified
 * note: a pseudonym resolved ("Feng Xi [Stalin]"), a spelling variant, an
 * original-language term, words supplied, [sic], an elision, a physical
 * description, an uncertain reading, an editor's note, a footnote marker;
 * scraping artefacts ("[email protected]") are none. */
#include "dossier/brackets.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#include "dossier/lexicon.h"
#include "dossier/names.h"
#include "dossier/slice.h"

/* Whether a word can be part of a name run read backwards from a
 * bracket; *style (-1 until the first word) keeps the run to one case,
 * so "the DPRK Pak Heon-yeong" yields "Pak Heon-yeong". */
static int name_token_ok(struct slice t, int *style)
{
	size_t up, low, dig;
	sl_letters(t, &up, &low, &dig);
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
	if (!tok_is_upper(t) || tok_in(t, name_honorifics) || tok_in(t, name_stops))
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
 * stopping at name_honorifics, lower-case and sentence-opening words; or a
 * quoted word ('"I" [Stalin]'), when *quoted is set. */
static int name_before(const char *s, size_t pos, struct slice *name, int *quoted)
{
	size_t i = pos, l;
	*quoted = 0;
	while (i > 0 && ch_is_blank(ch_before(s, i, &l)))
		i -= l;
	size_t end = i;
	ucs4_t c = ch_before(s, i, &l);
	if (c == '"' || c == 0x201d || c == 0xbb) {
		size_t j = i - l, lim = j > 60 ? j - 60 : 0, l2;
		while (j > lim) {
			ucs4_t o = ch_before(s, j, &l2);
			if (o == '\n')
				return 0;
			if (o == '"' || o == 0x201c || o == 0xab) {
				*name = sl_trim(sl_of(s + j, i - l - j));
				*quoted = 1;
				return name->n > 0 && tok_is_upper(*name) && name_like(*name, 0);
			}
			j -= l2;
		}
		return 0;
	}
	size_t start = end, t_end = end;
	int ntok = 0, style = -1;
	while (ntok < 5 && t_end > 0) {
		size_t t_start = t_end;
		while (t_start > 0 && t_end - t_start < 64 && !ch_is_ws(ch_before(s, t_start, &l)))
			t_start -= l;
		if (t_start == t_end || t_end - t_start >= 64)
			break;
		if (!name_token_ok(sl_of(s + t_start, t_end - t_start), &style))
			break;
		start = t_start;
		ntok++;
		size_t g = t_start;
		while (g > 0 && ch_is_blank(ch_before(s, g, &l)))
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
	while (pos > 0 && ch_is_blank(ch_before(s, pos, &l)))
		pos -= l;
	ucs4_t c = ch_before(s, pos, &l);
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
	sl_letters(t, &up, &low, &dig);
	int strong = 0, weak = 0, english = 0;
	for (size_t i = 0, l; i < t.n; i += l) {
		ucs4_t c = ch_at(t.p + i, t.n - i, &l);
		if (uc_is_alpha(c) && c >= 0x370)
			return 1;
		if (uc_is_alpha(c) && c >= 0x80)
			strong = 1;
	}
	struct slice tok[8];
	size_t nt = tok_split(t, tok, 8);
	if (up > 0 || dig > 0 || nt == 0 || nt > 5)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice w = tok_bare(tok[i]);
		char lw[64];
		if (w.n == 0 || w.n >= sizeof lw)
			continue;
		for (size_t k = 0; k < w.n; k++)
			lw[k] = (char)ch_lower((unsigned char)w.p[k]);
		lw[w.n] = '\0';
		struct slice sw = sl_cstr(lw);
		if (tok_in(sw, name_function_words))
			english = 1;
		for (size_t k = 1; k + 1 < w.n; k++) {
			size_t al = 0;
			if (lw[k] == '\'')
				al = 1;
			else if (k + 3 < w.n && memcmp(lw + k, "\xe2\x80\x99", 3) == 0)
				al = 3;
			if (al && ch_is_alpha((unsigned char)lw[k - 1]) && !tok_in(sl_cstr(lw + k + al), contractions))
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
	struct slice w = tok_next(t, &pos);
	while (w.n > 0 && strchr(":,;.", w.p[w.n - 1]) != NULL)
		w.n--;
	return w;
}

/* A footnote's definition at byte i of s, a line's start ("[3] Not
 * printed."): its number in *v and its text (trimmed, to the line's end)
 * in *text. 0 if the line is none. */
static int def_at(const char *s, size_t n, size_t i, int *v, struct slice *text)
{
	if (s[i] != '[' || (i > 0 && s[i - 1] != '\n'))
		return 0;
	size_t dl = sl_digits(s + i + 1, n - i - 1, 3, v);
	if (dl == 0 || i + 1 + dl >= n || s[i + 1 + dl] != ']')
		return 0;
	size_t b = i + 2 + dl, e = b;
	while (e < n && s[e] != '\n')
		e++;
	*text = sl_trim(sl_of(s + b, e - b));
	return 1;
}

/* Footnotes defined as "[N] text" at line starts, indexed once by
 * number so that a text of many markers stays linear. */
static void footnotes_index(const char *s, size_t n, struct slice *defs)
{
	int v;
	struct slice text;
	for (size_t i = 0; i < n; i++)
		if (def_at(s, n, i, &v, &text) && defs[v].n == 0)
			defs[v] = text;
}

struct brackets_def *brackets_defs(const char *body, size_t len, size_t *n)
{
	struct brackets_def *v = NULL;
	size_t cap = 0;
	*n = 0;
	int num;
	struct slice text;
	for (size_t i = 0; i < len;) {
		if (def_at(body, len, i, &num, &text)) {
			if (*n == cap) {
				cap = cap ? 2 * cap : 16;
				v = xreallocarray(v, cap, sizeof *v);
			}
			v[(*n)++] = (struct brackets_def){ i, (size_t)(text.p - body), (size_t)(text.p - body) + text.n };
		}
		const char *nl = memchr(body + i, '\n', len - i);
		if (nl == NULL)
			break;
		i = (size_t)(nl - body) + 1;
	}
	return v;
}

struct notes_ctx {
	struct doc *d;
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
	struct doc *d = nc->d;
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
			ucs4_t c = ch_at(t.p + i, t.n - i, &l);
			norm[k++] = ch_is_ws(c) ? ' ' : (char)ch_lower(c < 128 ? (int)c : '?');
		}
		norm[k] = '\0';
		if (tok_in(sl_cstr(norm), artefacts))
			return 0;
	}
	/* numbers: footnote markers when their text is there, else nothing */
	size_t up, low, dig;
	sl_letters(t, &up, &low, &dig);
	if (t.n > 0 && dig == t.n && t.n <= 3) {
		int v;
		sl_digits(t.p, t.n, 3, &v);
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
		ucs4_t c = ch_at(t.p + i, t.n - i, &l);
		if (c == '.' || c == 0x2026)
			dots++;
		else if (!ch_is_blank(c))
			other++;
	}
	if (dots > 0 && other == 0 && (dots > 1 || t.n > 1)) {
		*kind = NOTE_ELISION;
		return 1;
	}
	struct slice w = first_word(t);
	if (sl_istarts(t, "sic") && (t.n == 3 || !ch_is_alpha((unsigned char)t.p[3]))) {
		*kind = NOTE_SIC;
		return 1;
	}
	for (size_t i = 0; editor_openings[i] != NULL; i++) {
		if (sl_istarts(t, editor_openings[i])) {
			*kind = NOTE_EDITOR;
			return 1;
		}
	}
	if (tok_in(w, physical_words) || ((sl_ieq(w, "page") || sl_ieq(w, "pages")) && dig > 0) ||
	    sl_find(t, "andwritten") != SIZE_MAX || sl_find(t, "andwriting") != SIZE_MAX) {
		*kind = NOTE_PHYSICAL;
		return 1;
	}
	if ((t.n > 0 && t.p[t.n - 1] == '?') || tok_in(w, uncertain_words)) {
		*kind = NOTE_UNCERTAIN;
		return 1;
	}
	char *canon = NULL;
	int quoted = 0, has_name = name_before(s, start, &name, &quoted);
	/* "the President of Pakistan [Ayub Khan]": the holder of an office
	 * named by its country, who is not the country's other name */
	if (has_name && !quoted && tok_in(name, lex_countries))
		has_name = 0;
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
	if (name_like(t, 0) && tok_is_upper(t)) {
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
void brackets_scan(struct doc *d)
{
	struct notes_ctx *nc = xcalloc(1, sizeof *nc);
	size_t *stack = NULL, depth = 0, cap = 0;
	nc->d = d;
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

