/* header_page.c: the archive's apparatus around a document. A digital
 * archive's page wraps the letter in its own furniture (menus, buttons,
 * notices), a date line and a title line, a summary (first or last), a
 * citation that repeats title, date and holding archive, and labelled
 * fields ("Record ID", "Original Language"; a catalogue's "Document
 * Creation Date", which is the catalogue's own). Each is read by its
 * role, wherever the layout puts it, proposed with its source, and taken
 * out of the body. */
#include <stdlib.h>
#include <string.h>

#include "dossier/names.h"
#include "header_priv.h"

/* ------------------------------------------------------------------ */
/* Citations                                                          */
/* ------------------------------------------------------------------ */

/* Takes a citation's URL out of b and proposes it. */
static void citation_url(struct hreader *r, struct buf *b, struct slice ev)
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
	hprop_text(r, HF_URL, W_STRONG, "citation", sl_of(s.p + a, e - a), ev);
	memmove(b->data + from, b->data + to, b->len - to + 1);
	b->len -= to - from;
}

/* Takes "Translated by X" (or "Translated for Y by X", "translation by
 * X") out of a citation; X ends at a period that does not close an
 * initial. */
static void citation_translator(struct hreader *r, struct buf *b, struct slice ev)
{
	struct slice s = sl_of(b->data, b->len);
	size_t a = sl_find(s, "Translated ");
	if (a == SIZE_MAX)
		a = sl_find(s, "Translation by ");
	if (a == SIZE_MAX)
		a = sl_find(s, "translation by ");
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
		if (sl_istarts(sl_from(s, e), " http"))
			break;
		if (c == '.' && (e + 1 == s.n || s.p[e + 1] == ' ')) {
			/* "Gary M. Goldberg": a capital alone before the period */
			if (e >= 2 && s.p[e - 2] == ' ' && s.p[e - 1] >= 'A' && s.p[e - 1] <= 'Z')
				continue;
			break;
		}
	}
	hprop_text(r, HF_TRANSLATOR, W_STRONG, "citation", sl_of(s.p + start, e - start), ev);
	if (e < s.n && s.p[e] == '.')
		e++;
	/* "..., AVP RF, copy courtesy of NSA; translation by X": the
	 * separator before goes with it */
	while (a > 0 && (s.p[a - 1] == ' ' || s.p[a - 1] == ';'))
		a--;
	memmove(b->data + a, b->data + e, b->len - e + 1);
	b->len -= e - a;
}

/* A citation: "\"Title,\" Date, Wilson Center Digital Archive, ARCHIVE.
 * Translated by X <URL>". Title and date are proposed, and the title's
 * parties; the archive part is the source. */
static void citation_read(struct hreader *r, struct slice cit)
{
	struct buf b;
	buf_init(&b);
	buf_add(&b, cit.p, cit.n);
	buf_addc(&b, '\0');
	b.len--;
	citation_url(r, &b, cit);
	citation_translator(r, &b, cit);
	struct slice s = sl_trim(sl_of(b.data, b.len));
	size_t l;
	ucs4_t q = ch_at(s.p, s.n, &l);
	if (q == '"' || q == 0x201c) {
		/* the closing quote is the one before or after the comma */
		size_t e = SIZE_MAX, cl = 0;
		for (size_t i = l; i < s.n; i++) {
			ucs4_t c = ch_at(s.p + i, s.n - i, &cl);
			struct date_val dq;
			if ((c == '"' || c == 0x201d) &&
			    ((i + cl < s.n && s.p[i + cl] == ',') || (i > 0 && s.p[i - 1] == ',') ||
			     (i + cl + 1 < s.n && s.p[i + cl] == ' ' &&
			      date_parse(s.p + i + cl + 1, s.n - i - cl - 1, 0, &dq) > 0))) {
				e = i;
				break;
			}
		}
		if (e != SIZE_MAX) {
			struct slice title = sl_trim(sl_of(s.p + l, e - l));
			if (title.n > 0 && title.p[title.n - 1] == ',')
				title.n--;
			if (title.n > 0) {
				/* the page's own title line outweighs the
				 * citation's copy of it, which may be cut */
				hprop_text(r, HF_TITLE, W_STRONG - 1, "citation", title, cit);
				header_title_read(r, title, W_STRONG, "citation", cit);
			}
			s = sl_trim(sl_from(s, e + cl));
			if (s.n > 0 && s.p[0] == ',')
				s = sl_trim(sl_from(s, 1));
			struct date_val dt;
			size_t k = date_parse(s.p, s.n, 0, &dt);
			if (k == 0)
				k = date_parse_year(s.p, s.n, &dt);
			if (k > 0) {
				hprop_date(r, W_STRONG, "citation", &dt, sl_of(s.p, k), cit);
				s = sl_from(s, k);
				if (s.n > 0 && s.p[0] == ',')
					s = sl_from(s, 1);
				s = sl_trim(s);
			}
		}
	}
	for (size_t i = 0; lex_archives[i] != NULL; i++) {
		if (sl_istarts(s, lex_archives[i])) {
			s = sl_from(s, strlen(lex_archives[i]));
			if (s.n > 0 && s.p[0] == ',')
				s = sl_from(s, 1);
			s = sl_trim(s);
			break;
		}
	}
	while (s.n > 0 && strchr(",;", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	hprop_text(r, HF_SOURCE, W_STRONG, "citation", s, cit);
	buf_free(&b);
}

/* ------------------------------------------------------------------ */
/* Labels                                                             */
/* ------------------------------------------------------------------ */

/* The source name of a label's value; the line, its evidence, names the
 * label ("Publication Date: March 3, 1956"). */
static const char *label_source(const struct lex_label *lb)
{
	(void)lb;
	return "label";
}

/* A kind from a catalogue's value: "MFR", "CABLE", "Telegram". */
static const char *kind_of_value(struct slice v)
{
	for (size_t i = 0; lex_kind_codes[i].word != NULL; i++)
		if (sl_ieq(v, lex_kind_codes[i].word))
			return lex_kind_codes[i].kind;
	struct slice after;
	const char *k = header_kind_find(v, 3, &after);
	return k != NULL && sl_trim(after).n == 0 ? k : NULL;
}

/* Proposes a label's value for its field. */
/* "Source: ..., Archiv MZV, Dispatches Sent, No. 2667/1968.": a file of
 * papers of one kind numbers the paper itself. */
static void source_number(struct hreader *r, struct slice v, struct slice ev)
{
	static const char *const files[] = { "dispatches", "despatches", "telegrams", "cables", "ciphers",
					     "messages", "letters", NULL };
	struct slice tok[40];
	size_t n = tok_split(v, tok, 40);
	for (size_t i = 0; i + 1 < n && i < 40; i++) {
		if (!tok_in(tok_bare(tok[i]), files))
			continue;
		for (size_t k = i + 1; k < n && k < i + 4; k++) {
			char *num = NULL;
			struct slice rest = sl_of(tok[k].p, (size_t)(v.p + v.n - tok[k].p));
			header_number_read(rest, &num);
			if (num != NULL) {
				hprop_text(r, HF_NUMBER, W_FAIR, "source", sl_cstr(num), ev);
				free(num);
				return;
			}
		}
	}
}

/* The year in "Undated (circa late 1986)", or 0. */
static int circa_year(struct slice v)
{
	struct date_val dt;
	for (size_t i = 0; i + 4 <= v.n; i++)
		if ((i == 0 || !ch_is_digit((unsigned char)v.p[i - 1])) && date_parse_year(v.p + i, v.n - i, &dt) > 0)
			return dt.y;
	return 0;
}

static void label_value(struct hreader *r, const struct lex_label *lb, struct slice v, struct slice ev)
{
	v = sl_trim(v);
	if (v.n == 0)
		return;
	const char *src = label_source(lb);
	struct date_val dt;
	struct slice printed;
	switch (lb->field) {
	case LF_CITATION:
		citation_read(r, v);
		break;
	case LF_SUMMARY:
		hprop_text(r, HF_SUMMARY, lb->weight, src, v, ev);
		break;
	case LF_LANGUAGE:
		hprop_text(r, HF_LANGUAGE, lb->weight, src, v, ev);
		break;
	case LF_TRANSLATOR:
		hprop_text(r, HF_TRANSLATOR, lb->weight, src, sl_istarts(v, "by ") ? sl_from(v, 3) : v, ev);
		break;
	case LF_SOURCE:
		hprop_text(r, HF_SOURCE, lb->weight, src, v, ev);
		source_number(r, v, ev);
		break;
	case LF_RECORD_ID:
		hprop_text(r, HF_RECORD_ID, lb->weight, src, v, ev);
		break;
	case LF_DATE:
		if (header_date_line(v, 1, &dt, &printed))
			hprop_date(r, lb->weight, src, &dt, printed, ev);
		else if (sl_istarts(v, "undated"))
			r->circa = circa_year(v);
		break;
	case LF_TITLE:
		hprop_text(r, HF_TITLE, lb->weight, src, v, ev);
		header_title_read(r, v, lb->weight - 2, src, ev);
		break;
	case LF_SUBJECT:
		hprop_text(r, HF_TITLE, W_FAIR, src, v, ev);
		break;
	case LF_URL:
		if (v.n >= 2 && v.p[0] == '<' && v.p[v.n - 1] == '>')
			v = sl_of(v.p + 1, v.n - 2);
		hprop_text(r, HF_URL, lb->weight, src, v, ev);
		break;
	case LF_KIND: {
		const char *k = kind_of_value(v);
		if (k != NULL)
			hprop_text(r, HF_KIND, lb->weight, src, sl_cstr(k), ev);
		break;
	}
	case LF_PLACE:
		hprop_text(r, HF_PLACE, lb->weight, src, v, ev);
		break;
	case LF_FROM:
	case LF_TO: {
		/* "Wladyslaw Gomułka, First Secretary of PZPR": the party with
		 * its office */
		while (v.n > 0 && (v.p[v.n - 1] == '|' || v.p[v.n - 1] == ' '))
			v.n--;
		header_parties(r, hprop_add(r, lb->field == LF_FROM ? HF_FROM : HF_TO, lb->weight, src, ev), v);
		break;
	}
	case LF_CONTENTS:
	case LF_BODY:
	case LF_DROP:
		break;
	}
}

/* "Contents: English Translation TOP SECRET ...": a flattened page runs
 * the document on after the label's value; only the value goes. Returns
 * the length of the value. */
static size_t contents_value(struct slice v)
{
	size_t best = 0;
	for (int more = 1; more;) {
		more = 0;
		struct slice rest = sl_ltrim(sl_from(v, best));
		size_t skip = (size_t)(rest.p - v.p);
		for (size_t i = 0; lex_contents[i] != NULL; i++) {
			size_t n = strlen(lex_contents[i]);
			if (sl_istarts(rest, lex_contents[i]) && (rest.n == n || rest.p[n] == ' ' || rest.p[n] == ',')) {
				best = skip + n;
				more = 1;
				break;
			}
		}
	}
	return best;
}

/* Whether line i is among a conversation's fields: a "Participants" line
 * a few lines before or after it. Their "DATE:" is the day the talk was
 * held; the paper's own dateline or the archive's date line, when there
 * is one, is the day it was written. */
static int conversation_field(const struct hreader *r, size_t i)
{
	size_t lo = i > 8 ? i - 8 : 0;
	for (size_t j = lo; j < r->L.n && j <= i + 8; j++) {
		struct slice t = line_text(&r->L, j);
		if (sl_istarts(t, "participants") && (t.n == 12 || t.p[12] == ':' || t.p[12] == ' '))
			return 1;
	}
	return 0;
}

/* Every label of the page, with its value on its line, on the next line,
 * or (a Markdown block, a citation or summary heading) in the next
 * paragraph. The label and its value leave the body. */
static void labels_read(struct hreader *r)
{
	for (size_t i = 0; i < r->footer; i++) {
		if (r->roles[i].role != HR_LABEL || r->L.v[i].drop)
			continue;
		const struct lex_label *lb = r->roles[i].label;
		struct lex_label talk;
		if (lb->field == LF_DATE && lb->weight > W_GOOD && conversation_field(r, i)) {
			talk = *lb;
			talk.weight = W_GOOD - 1;       /* under any dateline */
			lb = &talk;
		}
		struct slice t = line_text(&r->L, i), v;
		/* the value after the colon (or the bold or bracketed label) */
		v = sl_trim(sl_from(t, r->roles[i].value_at <= t.n ? r->roles[i].value_at : t.n));
		if (v.n >= 2 && v.p[0] == '*' && v.p[1] == '*')
			v = sl_trim(sl_from(v, 2));
		r->web = 1;
		if (sl_istarts(t, "**"))
			r->markdown = 1;
		if (lb->field == LF_CONTENTS && v.n > 0) {
			size_t k = contents_value(v);
			if (k < v.n) {
				/* the document runs on after the value: the line
				 * keeps it, without the label */
				r->L.v[i].off = (size_t)(v.p + k - r->L.text);
				r->L.v[i].len = (size_t)(t.p + t.n - (v.p + k));
				r->roles[i].role = HR_TEXT;
				continue;
			}
		}
		lines_drop(&r->L, i, i + 1);
		/* a catalogue: the line over its labels is its title */
		if (++r->labels >= 3)
			r->site = 1;
		/* "Source: ÚSD, Sb. KV, Dispatches Sent," / "No. 2667/1968.": a
		 * source that ends in a comma runs on to the next line */
		size_t j = i + 1;
		if (v.n > 0 && lb->field == LF_SOURCE && strchr(",;", v.p[v.n - 1]) != NULL && j < r->footer &&
		    r->roles[j].role == HR_TEXT && line_text(&r->L, j).n <= 100) {
			struct slice u = line_text(&r->L, j);
			char *val = xasprintf("%.*s %.*s", (int)v.n, v.p, (int)u.n, u.p);
			label_value(r, lb, sl_cstr(val), t);
			free(val);
			lines_drop(&r->L, j, j + 1);
			continue;
		}
		if (v.n > 0) {
			label_value(r, lb, v, t);
			continue;
		}
		if (j < r->footer && r->roles[j].role == HR_VALUE) {
			size_t e = lb->field == LF_CITATION || lb->field == LF_SUMMARY ? para_end(&r->L, j) : j + 1;
			char *val = para_join(&r->L, j, e);
			label_value(r, lb, sl_cstr(val), sl_cstr(val));
			free(val);
			lines_drop(&r->L, j, e);
		} else if (j < r->footer && r->roles[j].role == HR_BLANK && lb->field != LF_DROP && lb->field != LF_BODY) {
			/* a Markdown block: the paragraph after the label */
			size_t k = line_next(&r->L, j);
			if (k < r->footer && r->roles[k].role != HR_LABEL) {
				size_t e = para_end(&r->L, k);
				char *val = para_join(&r->L, k, e);
				label_value(r, lb, sl_cstr(val), sl_cstr(val));
				free(val);
				lines_drop(&r->L, k, e);
			}
		}
	}
}

/* ------------------------------------------------------------------ */
/* The footer                                                         */
/* ------------------------------------------------------------------ */

/* A footer heading alone on its line ("Record ID", "Record ID:"), or
 * with its value after a colon. */
static const struct lex_label *footer_heading(struct slice t, struct slice *value)
{
	*value = sl_of(t.p + t.n, 0);
	const struct lex_label *lb = lex_label_find(t);
	if (lb != NULL)
		return lb;
	size_t c = sl_find(t, ":");
	if (c == SIZE_MAX || c > 48)
		return NULL;
	lb = lex_label_find(sl_of(t.p, c));
	if (lb != NULL)
		*value = sl_trim(sl_from(t, c + 1));
	return lb;
}

/* Everything from "Document Information" on is metadata: the citation
 * (the paragraphs before the first heading), then headings with their
 * values. Without that heading, the footer starts at "Original Uploaded
 * Date" or "Record ID" alone on a line. */
static void footer_read(struct hreader *r)
{
	size_t start = r->L.n;
	for (size_t i = 0; i < r->L.n && start == r->L.n; i++)
		if (line_usable(&r->L, i) && sl_ieq(line_text(&r->L, i), "Document Information"))
			start = i;
	for (size_t i = 0; i < r->L.n && start == r->L.n; i++) {
		struct slice t = line_text(&r->L, i);
		if (line_usable(&r->L, i) && (sl_ieq(t, "Original Uploaded Date") || sl_ieq(t, "Record ID")))
			start = i;
	}
	if (start == r->L.n)
		return;
	r->web = r->site = 1;
	r->footer = start;
	const struct lex_label *cur = NULL;
	int cited = 0;
	for (size_t i = start; i < r->L.n;) {
		if (!line_usable(&r->L, i)) {
			i++;
			continue;
		}
		struct slice value, t = line_text(&r->L, i);
		if (sl_ieq(t, "Document Information")) {
			i++;
			continue;
		}
		const struct lex_label *lb = footer_heading(t, &value);
		if (lb != NULL) {
			cur = lb;
			if (value.n > 0)
				label_value(r, cur, value, t);
			i++;
			continue;
		}
		size_t j = para_end(&r->L, i);
		char *v = para_join(&r->L, i, j);
		if (cur != NULL)
			label_value(r, cur, sl_cstr(v), sl_cstr(v));
		else if (!cited++)
			citation_read(r, sl_cstr(v));
		free(v);
		i = j;
	}
	lines_drop(&r->L, start, r->L.n);
}

/* ------------------------------------------------------------------ */
/* Summaries                                                          */
/* ------------------------------------------------------------------ */

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
		/* "P. Shelest reports ...": initials are of the subject too */
		if (tok_is_upper(t) && !tok_in(tok_bare(t), name_stops) && (tok_bare(t).n == t.n || tok_is_initials(t))) {
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
		   : (t.p[t.n - 1] != 's' || sl_iends(t, "ss") || sl_iends(t, "us") || tok_in(t, lex_not_verbs)))
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

/* Whether t's last word is an abbreviation, an initial or the hour's
 * "a.m." ("... Kochemassov at 11:45 a.m."): its period closes no
 * sentence. */
static int ends_abbreviation(struct slice t)
{
	static const char *const hours[] = { "a.m.", "p.m.", NULL };
	if (t.n < 2 || t.p[t.n - 1] != '.')
		return 0;
	size_t sp = t.n;
	while (sp > 0 && t.p[sp - 1] != ' ')
		sp--;
	struct slice lw = sl_from(t, sp);
	return tok_in(lw, hours) || tok_in(lw, lex_abbreviations) || tok_is_initials(lw);
}

static int ends_sentence(struct slice t)
{
	size_t l;
	ucs4_t c = ch_before(t.p, t.n, &l);
	return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201d || c == ')';
}

/* "Transcription of a meeting ... They discuss ...": a summary that opens
 * with a noun phrase rather than its subject, as some archives write
 * them: several sentences, one of them in the summary's shape. */
static int summary_sentences(struct slice p)
{
	struct slice subj, verb;
	if (!ends_sentence(p) || p.n < 120)
		return 0;
	for (size_t i = 0; i + 2 < p.n; i++) {
		if ((p.p[i] == '.' || p.p[i] == ';') && p.p[i + 1] == ' ' &&
		    summary_shape(sl_from(p, i + 2), &subj, &verb))
			return 1;
	}
	return 0;
}

/* Proposes the summary's subject as the sender when its verb sends
 * ("Shtykov reports ..."): a guess, taken only when nothing else names
 * one. */
static void summary_sender(struct hreader *r, struct slice p)
{
	struct slice subj, verb;
	if (!summary_shape(p, &subj, &verb) || !tok_in(verb, lex_sending_verbs) || !name_like(subj, 0))
		return;
	char *name = name_canonical(subj);
	if (name != NULL) {
		struct hprop *pp = hprop_add(r, HF_FROM, W_GUESS, "summary", p);
		hprop_party(pp, name, NULL);
		free(name);
	}
	/* "... reports to the CPSU CC about ...": whom it went to, as
	 * weakly */
	struct slice after = sl_from(p, (size_t)(verb.p + verb.n - p.p));
	if (!sl_istarts(sl_ltrim(after), "to "))
		return;
	struct slice dest = sl_from(sl_ltrim(after), 3);
	static const char *const ends[] = { " about ", " on ", " regarding ", " concerning ", " that ", " with ", ", ", ".", NULL };
	for (size_t i = 0; ends[i] != NULL; i++) {
		size_t e = sl_find(dest, ends[i]);
		if (e != SIZE_MAX)
			dest = sl_of(dest.p, e);
	}
	header_parties(r, hprop_add(r, HF_TO, W_GUESS, "summary", p), dest);
}

static void summary_propose(struct hreader *r, size_t i, size_t j, int w)
{
	char *p = para_join(&r->L, i, j);
	hprop_text(r, HF_SUMMARY, w, "summary", sl_cstr(p), sl_cstr(p));
	summary_sender(r, sl_cstr(p));
	lines_drop(&r->L, i, j);
	free(p);
}

/* The web export's summary is the last paragraph before the footer (or
 * of the text) when it has the summary's shape; an export may also have
 * glued it to the last paragraph as its final line. */
static void summary_last(struct hreader *r)
{
	struct slice subj, verb;
	if (hprop_has(r, HF_SUMMARY, W_GOOD))
		return;
	size_t last = SIZE_MAX;
	for (size_t i = 0; i < r->footer; i++)
		if (line_usable(&r->L, i))
			last = i;
	if (last == SIZE_MAX)
		return;
	size_t first = last;
	while (first > 0 && line_usable(&r->L, first - 1))
		first--;
	char *p = para_join(&r->L, first, last + 1);
	if (summary_shape(sl_cstr(p), &subj, &verb)) {
		summary_propose(r, first, last + 1, W_GOOD);
	} else if (last > first && ends_sentence(line_text(&r->L, last - 1)) &&
		   summary_shape(line_text(&r->L, last), &subj, &verb)) {
		summary_propose(r, last, last + 1, W_GOOD);
	}
	free(p);
}

/* ------------------------------------------------------------------ */
/* The archive's date line and title line                             */
/* ------------------------------------------------------------------ */

/* Whether a line reads as a title: a line of words that is no sentence
 * of the text (no closing period unless after a quote or a bracket, not
 * too long), no salutation, no marking. */
static int title_like(struct slice t)
{
	if (t.n < 4 || t.n > 400 || header_marking(t))
		return 0;
	size_t l;
	ucs4_t first = ch_at(t.p, t.n, &l), last = ch_before(t.p, t.n, &l);
	if (!(uc_is_upper(first) || first == '"' || first == 0x201c || first == '\'' || first == 0x2018 ||
	      ch_is_digit((int)first) || first == '*' || first == '#'))
		return 0;
	if (first == '[' || last == ':' || last == ',' || last == ';')
		return 0;
	/* a number and its mark alone, an office's capitals before them
	 * ("CIA No. 49499", "No. 12"): the paper's number, no title */
	if (t.n < 40) {
		struct slice u = t;
		size_t c = 0;
		while (c < u.n && u.p[c] >= 'A' && u.p[c] <= 'Z')
			c++;
		if (c >= 2 && c <= 5 && c < u.n && u.p[c] == ' ')
			u = sl_from(u, c + 1);
		char *num = NULL;
		struct slice rest = sl_trim(header_number_read(u, &num));
		int alone = num != NULL && (rest.n == 0 || sl_ieq(rest, "."));
		free(num);
		if (alone)
			return 0;
	}
	/* a sentence ends in a period after a word of lower case; a title's
	 * period closes an abbreviation, a quotation or a parenthesis */
	if (last == '.' && t.n > 1) {
		struct slice w = t;
		size_t sp = w.n;
		while (sp > 0 && w.p[sp - 1] != ' ')
			sp--;
		struct slice lw = sl_from(w, sp);
		if (!ends_abbreviation(t) && lw.n > 1 && t.n > 120)
			return 0;
	}
	struct slice tok[40];
	size_t nt = tok_split(t, tok, 40);
	return nt > 0 && nt <= 40;
}

/* A title's subtitle repeated on the next line ("Korea Must Be
 * Reunified: A Call for ..." then "A Call for ..."), or the title
 * repeated with the date after it ("Telegram ..., 18 October 1962"). */
static int title_repeat(const char *title, struct slice t)
{
	struct slice s = sl_cstr(title);
	if (t.n > 0 && s.n > t.n + 2 && memcmp(s.p + s.n - t.n, t.p, t.n) == 0 &&
	    (s.p[s.n - t.n - 1] == ' ' || s.p[s.n - t.n - 1] == ':'))
		return 1;
	if (t.n < s.n || s.n < 12)
		return 0;
	for (size_t i = 0; i < s.n; i++) {
		char a = (char)ch_lower((unsigned char)s.p[i]), b = (char)ch_lower((unsigned char)t.p[i]);
		if (a != b)
			return 0;
	}
	struct slice rest = sl_trim(sl_from(t, s.n));
	return rest.n == 0 || rest.p[0] == ',';
}

/* Removes "**" around a line (a Markdown export's bold title). */
static struct slice unbold(struct slice t)
{
	if (t.n >= 5 && memcmp(t.p, "**", 2) == 0 && memcmp(t.p + t.n - 2, "**", 2) == 0)
		return sl_trim(sl_of(t.p + 2, t.n - 4));
	if (t.n >= 3 && t.p[0] == '#') {
		size_t k = 0;
		while (k < t.n && k < 6 && t.p[k] == '#')
			k++;
		if (k < t.n && t.p[k] == ' ')
			return sl_trim(sl_from(t, k));
	}
	return t;
}

/* "Document No. 3", "DOCUMENT #12", "Document 12": the digits of a
 * collection's own number of its paper after the word (0: no such
 * line), *r what follows the word from the number on. */
static size_t doc_number_digits(struct slice t, struct slice *r)
{
	if (!sl_istarts(t, "document "))
		return 0;
	*r = sl_ltrim(sl_from(t, 9));
	if (sl_istarts(*r, "no. ") || sl_istarts(*r, "nr. "))
		*r = sl_ltrim(sl_from(*r, 4));
	else if (sl_istarts(*r, "#"))
		*r = sl_from(*r, 1);
	int v;
	return sl_digits(r->p, r->n, 5, &v);
}

/* "DOCUMENT No. 85: Letter from ...", "Document 12. Telegram ...": a
 * reader's own number of its document, before the title; the title
 * after it. */
static struct slice doc_numbered(struct slice t)
{
	struct slice r;
	size_t k = doc_number_digits(t, &r);
	if (k == 0 || k + 2 > r.n || (r.p[k] != ':' && r.p[k] != '.' && r.p[k] != ' '))
		return t;
	struct slice rest = sl_trim(sl_from(r, k + 1));
	return tok_is_upper(rest) ? rest : t;
}

/* "Document No. 3", "DOCUMENT 12": a collection's own number of its
 * paper, alone on its line over the paper's title; no title itself. */
static int doc_number_alone(struct slice t)
{
	if (t.n < 10 || t.n > 24 || (t.p[0] != 'D' && t.p[0] != 'd'))
		return 0;
	struct slice r;
	size_t k = doc_number_digits(t, &r);
	while (k > 0 && k < r.n && strchr(".:", r.p[k]) != NULL)
		k++;
	return k > 0 && k == r.n;
}

/* "No. 229 NAI DFA 2006/39": an edition's number of its paper and the
 * archive's file of it (capitalised words and codes), over the paper's
 * heading (Documents on Irish Foreign Policy). */
static int numbered_file_line(struct slice t)
{
	if (t.n > 60 || !sl_istarts(t, "No. "))
		return 0;
	struct slice r = sl_from(t, 4), tk[8];
	int v;
	size_t k = sl_digits(r.p, r.n, 5, &v);
	if (k == 0 || k >= r.n || r.p[k] != ' ')
		return 0;
	size_t n = tok_split(sl_from(r, k + 1), tk, 8);
	for (size_t i = 0; i < n && n <= 6; i++)
		if (!tok_is_upper(tk[i]) && !ch_is_digit((unsigned char)tk[i].p[0]))
			return 0;
	return n > 0 && n <= 6;
}

/* "Africa Region" / "181. Memorandum From William H. Brubeck ...": a
 * short line with no kind, over a numbered heading that opens with one. */
static int section_over_heading(const struct hreader *r, size_t i)
{
	struct slice t = line_text(&r->L, i), tk[5], after;
	size_t n = tok_split(t, tk, 5);
	if (n == 0 || n > 4 || t.n > 48 || ch_is_digit((unsigned char)t.p[0]) || header_kind_find(t, 4, &after) != NULL)
		return 0;
	size_t j = line_next(&r->L, i + 1);
	if (j >= r->footer)
		return 0;
	struct slice u = line_text(&r->L, j);
	int v;
	size_t d = sl_digits(u.p, u.n, 5, &v);
	if (d == 0 || d + 2 >= u.n || u.p[d] != '.' || u.p[d + 1] != ' ')
		return 0;
	return header_kind_find(sl_from(u, d + 2), 3, &after) != NULL;
}

/* "To George Washington from Alexander Hamilton, 26 March 1796", "From
 * George Washington to Alexander Hamilton, 28 November 1795": an
 * edition's heading, its parties and the paper's day after a comma, the
 * title though nothing else marks the line. */
static int dated_heading(struct slice t)
{
	size_t c = t.n;
	while (c > 0 && !(t.p[c - 1] == ',' && c < t.n && t.p[c] == ' '))
		c--;
	if (c == 0 || c > 200 || !(sl_istarts(t, "to ") || sl_istarts(t, "from ")))
		return 0;
	struct slice d = sl_trim(sl_from(t, c));
	struct date_val dv;
	size_t n = date_parse(d.p, d.n, 0, &dv);
	struct slice head = sl_of(t.p, c - 1);
	return n == d.n && dv.d > 0 && (sl_ifind_top(head, " from ") != SIZE_MAX || sl_ifind_top(head, " to ") != SIZE_MAX);
}

/* "George Washington Papers", "The Adams Papers": a collection's name
 * over its papers' pages, a few capitalised words ending in the papers'
 * plural, the site's furniture under it ("Documents filtered by: ...");
 * never one paper's title. */
static int collection_heading(const struct hreader *r, size_t i)
{
	size_t j = i + 1;
	while (j < r->footer && r->roles[j].role == HR_BLANK)
		j++;
	if (j >= r->footer || (r->roles[j].role != HR_FURNITURE && r->roles[j].role != HR_URL))
		return 0;
	struct slice t = line_text(&r->L, i), tk[6];
	size_t n = tok_split(t, tk, 6);
	if (n < 2 || n > 5 || !tok_in(tok_bare(tk[n - 1]), lex_plural_papers))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!tok_is_upper(tk[k]) && !sl_ieq(tk[k], "of") && !sl_ieq(tk[k], "the"))
			return 0;
	return 1;
}

/* "NATIONAL SECURITY POLICY" over "509": a book's running head, in
 * capitals, and the page's number alone on the next line. */
static int running_head(struct slice head, struct slice num)
{
	int v;
	if (num.n == 0 || num.n > 4 || sl_digits(num.p, num.n, 4, &v) != num.n || head.n < 4 || head.n > 60)
		return 0;
	size_t up, low, dig;
	sl_letters(head, &up, &low, &dig);
	return low == 0 && dig == 0 && up >= 4 && header_kind_find(head, 3, &(struct slice){ 0 }) == NULL;
}

/* A bold paragraph of several lines ("**Ciphered Telegram ... to  \n
 * Shtraus ...**"), or a title wrapped in short lines by a PDF's layout
 * ("Report of the Meeting of the Albanian Labor Party" / "Delegation
 * with Leaders of the Communist Party of the" / "Soviet Union, 12
 * November 1960"): the lines to join, or i + 1. */
/* "1964-1968 Volume XVII", "Volume 3", "Vol. II": a line naming an
 * edition's volume, and nothing else, heads the volume's pages (with its
 * subject under it: "Eastern Europe"), never one paper. */
static int volume_line(struct slice t)
{
	struct slice tk[4];
	size_t n = tok_split(t, tk, 4), k = 0;
	int y;
	if (n > 0 && sl_digits(tk[0].p, tk[0].n, 4, &y) == 4 && y >= 1800 && y < 2100)
		k++; /* its years: "1964-1968", "1961–63," */
	if (n != k + 2 || !(sl_ieq(tk[k], "volume") || sl_ieq(tk[k], "vol.")))
		return 0;
	struct slice v = tk[k + 1];
	for (size_t i = 0; i < v.n; i++)
		if (!strchr("IVXLC0123456789", v.p[i]))
			return 0;
	return v.n > 0;
}

/* "Department of State" / "Washington, DC": an office over its place
 * (its state after a comma) is an address, a letterhead or a
 * publisher's, no title. */
static int office_over_place(struct slice office, struct slice place)
{
	size_t at = 0, comma = sl_find(place, ",");
	return (party_office(office) || tok_in(tok_next(office, &at), lex_office_nouns)) &&
	       header_place(comma == SIZE_MAX ? place : sl_of(place.p, comma));
}

static size_t bold_end(const struct hreader *r, size_t i)
{
	struct slice t = line_text(&r->L, i);
	if (t.n < 3 || memcmp(t.p, "**", 2) != 0) {
		size_t e = para_end(&r->L, i);
		int wrapped = e > i + 1 && e - i <= 4 && e < r->L.n && r->roles[e].role == HR_BLANK;
		for (size_t k = i; wrapped && k < e; k++) {
			struct slice u = line_text(&r->L, k);
			/* its last line may end with its date ("Soviet Union, 12
			 * November 1960" reads as a dateline alone) */
			enum hrole ro = r->roles[k].role;
			if (k == i)
				u = doc_numbered(u);
			wrapped = u.n <= 80 && (ro == HR_TEXT || (ro == HR_DATE && k > i && k + 1 == e)) && !header_marking(u) &&
				  (k + 1 == e || !ends_sentence(u)) && sl_find(u, ":") == SIZE_MAX;
		}
		return wrapped ? e : i + 1;
	}
	if (t.n >= 4 && memcmp(t.p + t.n - 2, "**", 2) == 0)
		return i + 1;
	size_t j = para_end(&r->L, i);
	struct slice e = line_text(&r->L, j - 1);
	if (j > i + 1 && j - i <= 4 && e.n >= 2 && memcmp(e.p + e.n - 2, "**", 2) == 0)
		return j;
	return i + 1;
}

/* "by Kim Il Sung" under a title: its author. */
static int byline(struct hreader *r, struct slice t)
{
	if (!sl_istarts(t, "by ") || !name_like(sl_from(t, 3), 0))
		return 0;
	char *name = party_resolve(r->d, sl_from(t, 3), 0);
	if (name != NULL) {
		struct hprop *p = hprop_add(r, HF_FROM, W_GOOD, "byline", t);
		hprop_party(p, name, NULL);
		free(name);
	}
	return 1;
}

/* Whether t is a rank or a title and a name, alone ("Lieutenant Parche",
 * "Ambassador Vasile Sandru"). */
static int ranked_name(struct slice t)
{
	static const char *const ranks[] = { "ambassador", "lieutenant", "captain", "major", "colonel", "general",
					     "lieutenant-colonel", "sergeant", "admiral", "marshal", NULL };
	struct slice tk[5];
	size_t n = tok_split(t, tk, 5);
	if (n < 2 || n > 4 || t.n > 40 || !tok_in(tk[0], ranks))
		return 0;
	/* a name, not an office ("General Counsel") */
	static const char *const offices[] = { "counsel", "staff", "inspector", "officer", "assembly", NULL };
	for (size_t k = 1; k < n; k++) {
		struct slice w = tok_bare(tk[k]);
		if (!tok_is_upper(tk[k]) || tok_in(w, ranks) || tok_in(w, offices) || tok_in(w, lex_person_offices) ||
		    tok_in(w, lex_office_nouns) || tok_in(w, lex_body_nouns))
			return 0;
	}
	return name_like(sl_from(t, (size_t)(tk[1].p - t.p)), 0);
}

/* "Information about a Conversation with ..." / "Lieutenant Parche" / "IC
 * 'Reza'": a rank and a name alone under the title, the line that opens
 * the paper's own text, name its author (one of a list under it names a
 * participant). */
static int ranked_author(struct hreader *r, struct slice t, size_t next)
{
	if (!ranked_name(t) || (next < r->footer && ranked_name(line_text(&r->L, next))))
		return 0;
	struct slice tk[2];
	tok_split(t, tk, 2);
	char *name = name_canonical(sl_from(t, (size_t)(tk[1].p - t.p)));
	if (name == NULL)
		return 0;
	hprop_party(hprop_add(r, HF_FROM, W_FAIR, "author's line", t), name, NULL);
	free(name);
	return 1;
}

/* An author's name on a line of its own over the title of his paper (one
 * that opens with its kind or with "To"): the sender. */
static int author_over_title(struct hreader *r, struct slice t, size_t next)
{
	struct slice tk[5];
	size_t n = tok_split(t, tk, 5);
	if (n < 2 || n > 4 || next >= r->footer || !name_like(t, 0) || !tok_is_initials(tk[0]))
		return 0;
	struct slice nt = line_text(&r->L, next), after;
	if (!(nt.n > 3 && memcmp(nt.p, "To ", 3) == 0) && header_kind_find(nt, 2, &after) == NULL)
		return 0;
	char *name = name_canonical(t);
	if (name == NULL)
		return 0;
	hprop_party(hprop_add(r, HF_FROM, W_GOOD, "byline", t), name, NULL);
	free(name);
	return 1;
}

/* Whether p reads as prose (a summary, a sentence of the text) rather
 * than a title: it ends a sentence after a dozen words, or holds two. */
static int prose(struct slice p)
{
	struct slice tok[16];
	size_t nt = tok_split(p, tok, 16);
	if (nt < 12)
		return 0;
	if (ends_sentence(p) && p.p[p.n - 1] != ')' && p.p[p.n - 1] != '"' && !ends_abbreviation(p))
		return 1;
	/* two sentences: ". " after a word in lower case, then a capital;
	 * not inside a quoted title ("'Nuclear energy. South Africa'") */
	int quoted = 0;
	for (size_t i = 3; i + 2 < p.n; i++) {
		if ((p.p[i] == '\'' && (p.p[i - 1] == ' ' || p.p[i - 1] == ',')) || p.p[i] == '"' ||
		    ((unsigned char)p.p[i] == 0xe2 && (unsigned char)p.p[i + 1] == 0x80 &&
		     ((unsigned char)p.p[i + 2] == 0x98 || (unsigned char)p.p[i + 2] == 0x9c)))
			quoted = !quoted;
		if (quoted || p.p[i] != '.' || p.p[i + 1] != ' ' || p.p[i + 2] < 'A' || p.p[i + 2] > 'Z')
			continue;
		size_t w = i;
		while (w > 0 && ch_is_alpha((unsigned char)p.p[w - 1]))
			w--;
		int lower = i - w >= 3 && (w == 0 || p.p[w - 1] == ' ');
		for (size_t k = w; k < i && lower; k++)
			lower = p.p[k] >= 'a' && p.p[k] <= 'z';
		if (lower)
			return 1;
	}
	return 0;
}

static int title_like(struct slice t);

/* A summary where archives put it: a paragraph of prose just over the
 * citation ("• Citation / get citation / <summary> / \"Title,\" ..."). */
static void citations_read(struct hreader *r)
{
	for (size_t i = 0; i < r->footer; i++) {
		if (r->roles[i].role != HR_CITATION || r->L.v[i].drop)
			continue;
		citation_read(r, line_text(&r->L, i));
		lines_drop(&r->L, i, i + 1);
		r->web = 1;
		if (r->cited == SIZE_MAX)
			r->cited = i;
		size_t prev = line_prev(&r->L, i);
		if (prev != SIZE_MAX && prev + 1 == i && !hprop_has(r, HF_SUMMARY, W_GOOD) &&
		    r->roles[prev].role == HR_TEXT && prose(line_text(&r->L, prev)))
			summary_propose(r, prev, prev + 1, W_GOOD);
	}
}

/* A collection's citation of a paper by its author: "George Bush, Letter
 * to Congressional Leaders ... Online by Gerhard Peters and John T.
 * Woolley, The American Presidency Project https://...". The name before
 * the first comma is the sender. */
static void author_citation_read(struct hreader *r)
{
	for (size_t i = line_next(&r->L, 0); i < r->L.n; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		for (size_t k = 0; lex_author_citations[k] != NULL; k++) {
			size_t at = sl_find(t, lex_author_citations[k]);
			size_t c = at != SIZE_MAX ? sl_find(sl_of(t.p, at), ", ") : SIZE_MAX;
			if (c == SIZE_MAX || c == 0 || c > 60)
				continue;
			struct slice who = sl_of(t.p, c), tk[6];
			size_t n = tok_split(who, tk, 6);
			char *name = n >= 2 && n <= 5 && name_like(who, 0) ? name_canonical(who) : NULL;
			if (name != NULL)
				hprop_party(hprop_add(r, HF_FROM, W_GOOD, "citation", t), name, NULL);
			free(name);
			return;
		}
	}
}

/* One line, or a paragraph, to test as a summary: in pages whose lines
 * follow each other without blank lines, the line alone. */
static size_t summary_end(const struct hreader *r, size_t i)
{
	size_t e = para_end(&r->L, i);
	struct slice first = line_text(&r->L, i);
	return e > i + 1 && (ends_sentence(first) || (title_like(first) && !prose(first))) ? i + 1 : e;
}

/* Whether the line after line i is a salutation: line i is then the
 * letter's inside address, no title. */
static int over_salutation(const struct hreader *r, size_t i)
{
	size_t next = line_next(&r->L, i + 1);
	return next < r->footer && header_salutation(line_text(&r->L, next)) != NULL;
}

/* Whether t names a sitting ("Reception of the Government Delegation of
 * the Iraqi Republic by N.S. Khrushchev"): a record's title, over the
 * letter that sent it ("To Cde. G.T. Shuisky"), never that letter's
 * address. */
static int names_sitting(struct slice t)
{
	size_t pos = 0;
	for (struct slice w = tok_next(t, &pos); w.n > 0; w = tok_next(t, &pos))
		if (tok_is_upper(w) && tok_in(tok_bare(w), lex_sittings))
			return 1;
	return 0;
}

/* What may follow a day that heads a line as its record's number: note
 * marks, then ", " and a short code with a digit ("*, Pb 176/125"). */
static int dated_code(struct slice rest)
{
	while (rest.n > 0 && rest.p[0] == '*')
		rest = sl_from(rest, 1);
	if (!sl_istarts(rest, ", "))
		return 0;
	rest = sl_trim(sl_from(rest, 2));
	size_t digits = 0;
	for (size_t i = 0; i < rest.n; i++) {
		if (rest.p[i] == ' ' && i + 1 < rest.n && ch_is_alpha((unsigned char)rest.p[i + 1]) && digits)
			return 0; /* words after the code: prose */
		digits += ch_is_digit((unsigned char)rest.p[i]);
	}
	return rest.n > 0 && rest.n <= 24 && digits > 0;
}

/* Whether t opens with a paper's kind, in its first three words
 * ("Stenographic Protocol of ...", "Cable from ...", "Record of ..."). */
static int kind_headed(struct slice t)
{
	struct slice after;
	return header_kind_find(t, 3, &after) != NULL;
}

/* "Text of a Letter from the President to ...": a heading that names the
 * text the page gives by its kind. */
static int text_of_heading(struct slice t)
{
	struct slice after;
	if (!sl_istarts(t, "Text of "))
		return 0;
	struct slice rest = sl_from(t, 8);
	if (sl_istarts(rest, "a "))
		rest = sl_from(rest, 2);
	else if (sl_istarts(rest, "the "))
		rest = sl_from(rest, 4);
	return header_kind_find(rest, 1, &after) != NULL && (sl_istarts(after, " from ") || sl_istarts(after, " to ") ||
							     sl_istarts(after, " by "));
}

/* "Presidential Letter", "Letter": a category's name, its kind at its
 * end after a word or two that qualify it. */
static int category_line(struct slice t)
{
	struct slice tk[4], after;
	size_t n = tok_split(t, tk, 4);
	if (n == 0 || n > 3 || header_kind_find(tk[n - 1], 1, &after) == NULL || sl_trim(after).n > 0)
		return 0;
	for (size_t k = 0; k + 1 < n; k++)
		if (!tok_in(tok_bare(tk[k]), lex_paper_adjectives))
			return 0;
	return 1;
}

/* The top of an archive's page: its date line and title line (either
 * first, or both on one line), a summary (first or last), a byline, a
 * title repeated or wrapped. Furniture, labels and citations were read
 * already; a title comes before the citation (what follows the citation
 * is the document's view, whose own heading is no archive title). Stops
 * at the first line of the document's own text. */
/* "Information und Schlussfolgerungen ... der DDR [Bericht K 1/206]",
 * "... to Spasowski (Warsaw) [Ciphergram No. 12768]": an editor's
 * bracket after a title that holds only a kind's word and a number
 * designates the paper: its number and kind. The title keeps it, as
 * printed. */
static void title_designation(struct hreader *r, struct slice t, int w)
{
	if (t.n < 8 || t.p[t.n - 1] != ']')
		return;
	size_t open = t.n - 1;
	while (open > 0 && t.p[open] != '[')
		open--;
	if (open == 0 || t.p[open] != '[')
		return;
	struct slice in = sl_trim(sl_of(t.p + open + 1, t.n - open - 2)), after;
	size_t sp = sl_find(in, " ");
	if (sp == SIZE_MAX || header_kind_find(sl_of(in.p, sp), 1, &after) == NULL)
		return;
	struct slice num = sl_ltrim(sl_from(in, sp));
	if (sl_istarts(num, "No. ") || sl_istarts(num, "Nr. "))
		num = sl_ltrim(sl_from(num, 4));
	if (num.n == 0 || header_number_run(num) != num.n)
		return;
	hprop_text(r, HF_NUMBER, w, "title line", num, t);
	hprop_text(r, HF_KIND, w, "title line", sl_cstr(header_kind_find(sl_of(in.p, sp), 1, &after)), t);
}

/* "20240920 CDTL Chuyen Di ..." / "English version Google translated" /
 * "January 24, 1966" / "Reception by Soviet Vice Foreign" / "Minister V.
 * V. Kuznetsov for ..." / "This document was made possible with support
 * from ...": a digital archive's block (its date line, its title over a
 * line or three, the line thanking its sponsor) copied into another
 * site's page, under that site's own lines. The block is the paper's
 * header; the few short lines over it are the site's, no title of the
 * paper. Returns the date line's index, with the title and where it
 * ends, or SIZE_MAX. */
static size_t quoted_archive_block(struct hreader *r, char **title, size_t *end)
{
	size_t seen[8], n = 0;
	for (size_t i = 0; i < r->footer && n < 8; i++) {
		struct slice t = line_text(&r->L, i);
		int sponsor = sl_istarts(t, LEX_SPONSOR_LINE);
		if (!sponsor && (r->L.v[i].drop || r->roles[i].role == HR_BLANK || r->roles[i].role == HR_URL))
			continue;
		if (!sponsor) {
			seen[n++] = i;
			continue;
		}
		/* back from the sponsor's line: the title's lines, then the date */
		size_t d = n;
		while (d > 0 && r->roles[seen[d - 1]].role != HR_DATE)
			d--;
		struct date_val dv;
		struct slice printed;
		if (d == 0 || n - d < 1 || n - d > 3 || d - 1 == 0 || d - 1 > 3 ||
		    !header_date_line(line_text(&r->L, seen[d - 1]), 1, &dv, &printed))
			return SIZE_MAX;
		/* the site's lines over it: short lines of text, no summary */
		for (size_t k = 0; k + 1 < d; k++) {
			struct slice u = line_text(&r->L, seen[k]);
			if (r->roles[seen[k]].role != HR_TEXT || u.n > 80 || ends_sentence(u))
				return SIZE_MAX;
		}
		char *tj = para_join(&r->L, seen[d], seen[n - 1] + 1);
		struct slice tt = sl_cstr(tj);
		if (!title_like(tt) || prose(tt)) {
			free(tj);
			return SIZE_MAX;
		}
		*title = tj;
		*end = seen[n - 1] + 1;
		for (size_t k = 0; k + 1 < d; k++)
			lines_drop(&r->L, seen[k], seen[k] + 1);
		return seen[d - 1];
	}
	return SIZE_MAX;
}

/* Whether line i opens a memorandum's header: its addressee's field,
 * another field under it. */
static int memo_header_opens(const struct hreader *r, size_t i, size_t next)
{
	static const char *const fields[] = { "SUBJECT", "FROM", "THROUGH", "VIA", "REFERENCE", NULL };
	struct slice t = line_text(&r->L, i);
	if (!(t.n > 15 && memcmp(t.p, "MEMORANDUM FOR:", 15) == 0) && !(t.n > 9 && memcmp(t.p, "MEMO FOR:", 9) == 0))
		return 0;
	if (next >= r->footer)
		return 0;
	struct slice u = line_text(&r->L, next);
	for (size_t k = 0; fields[k] != NULL; k++) {
		size_t n = strlen(fields[k]);
		if (u.n > n && memcmp(u.p, fields[k], n) == 0 && (u.p[n] == ':' || u.p[n] == ' '))
			return 1;
	}
	return 0;
}

static void page_top(struct hreader *r)
{
	size_t date_at = SIZE_MAX, title_at = SIZE_MAX;
	char *title = NULL;
	int seen = 0;
	size_t block_end;
	size_t block = quoted_archive_block(r, &title, &block_end);
	if (block != SIZE_MAX) {
		struct date_val dv;
		struct slice t = line_text(&r->L, block), printed;
		header_date_line(t, 1, &dv, &printed);
		hprop_date(r, W_GOOD, "date line", &dv, printed, t);
		date_at = block;
		title_at = line_next(&r->L, block + 1);
		lines_drop(&r->L, block, block_end);
	}
	for (size_t i = 0; i < r->footer && seen < 8; i++) {
		enum hrole role = r->roles[i].role;
		if (r->L.v[i].drop || role == HR_BLANK || role == HR_FURNITURE || role == HR_URL)
			continue;
		if (title == NULL && r->cited != SIZE_MAX && i > r->cited)
			break;
		seen++;
		struct slice t = line_text(&r->L, i), printed, subj, verb;
		struct date_val dt;
		size_t next = line_next(&r->L, i + 1);
		/* "December 15, 2016" / "August 21, 2000" / "May 13, 1970": a
		 * catalogue's creation, release and publication dates with their
		 * labels lost (the CIA reading room's), the first two later than
		 * the third. The third is the paper's as the cataloguer read it,
		 * as the labelled "Publication Date"; the two are no date line */
		size_t n2 = next < r->L.n ? line_next(&r->L, next + 1) : r->L.n;
		struct date_val c1, c2, c3;
		struct slice p3;
		if (role == HR_DATE && date_at == SIZE_MAX && title_at == SIZE_MAX && n2 < r->footer &&
		    r->roles[next].role == HR_DATE && r->roles[n2].role == HR_DATE && header_date_line(t, 1, &c1, &printed) &&
		    header_date_line(line_text(&r->L, next), 1, &c2, &printed) &&
		    header_date_line(line_text(&r->L, n2), 1, &c3, &p3) && c1.y > c3.y && c2.y > c3.y) {
			hprop_date(r, W_FAIR, "label", &c3, p3, line_text(&r->L, n2));
			lines_drop(&r->L, i, n2 + 1);
			i = n2;
			continue;
		}
		if (role == HR_DATE && date_at == SIZE_MAX && (title_at == SIZE_MAX || i == line_next(&r->L, title_at + 1)) &&
		    header_date_line(t, 1, &dt, &printed)) {
			/* a date alone above (or under) the title is the archive's */
			struct slice nt = next < r->L.n ? line_text(&r->L, next) : sl_of("", 0);
			if (r->web || title_at != SIZE_MAX ||
			    (next < r->L.n && (title_like(nt) || prose(nt)) && header_salutation(nt) == NULL &&
			     !over_salutation(r, next))) {
				hprop_date(r, W_GOOD, "date line", &dt, printed, t);
				date_at = i;
				lines_drop(&r->L, i, i + 1);
				continue;
			}
			break;
		}
		if (role == HR_DATE && date_at != SIZE_MAX && title == NULL && header_date_line(t, 1, &dt, &printed)) {
			/* the date line again, over the title (summary-first pages) */
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		if (role != HR_TEXT)
			break;
		/* "MEMORANDUM FOR: Deputy Director for Support" / "SUBJECT:
		 * ...": the memorandum's own header begins, no title line (a
		 * catalogue's title may read "MEMORANDUM FOR: MR. DULLES") */
		if (memo_header_opens(r, i, next))
			break;
		size_t para = summary_end(r, i);
		char *pj = para_join(&r->L, i, para);
		struct slice p = sl_cstr(pj);
		/* a summary first, over the title or under it; over a date
		 * line and a title, though no site's furniture says the page
		 * is an archive's */
		size_t d1 = line_next(&r->L, para), t1 = d1 < r->footer ? line_next(&r->L, d1 + 1) : r->footer;
		int over_dated_title = d1 < r->footer && t1 < r->footer && r->roles[d1].role == HR_DATE &&
				       title_like(line_text(&r->L, t1)) && !prose(line_text(&r->L, t1));
		if ((r->web || date_at != SIZE_MAX || over_dated_title) && title == NULL && !hprop_has(r, HF_SUMMARY, W_GOOD) &&
		    (summary_shape(p, &subj, &verb) || summary_sentences(p) || prose(p)) && p.n > 80 && ends_sentence(p)) {
			summary_propose(r, i, para, W_GOOD);
			free(pj);
			i = para - 1;
			continue;
		}
		free(pj);
		if (title != NULL && (title_repeat(title, unbold(t)) || (date_at != SIZE_MAX && header_date_line(t, 1, &dt, &printed)))) {
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		if (title != NULL && byline(r, t)) {
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		if (title != NULL && title_at != SIZE_MAX && ranked_author(r, t, next))
			continue; /* (the paper's own line: kept in its text) */
		/* "J. V. Stalin" / "To the Prime Minister of Mongolia" /
		 * "August, 1945": an author's name alone over the title of his
		 * letter, as collected works print it */
		if (title == NULL && author_over_title(r, t, next)) {
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		/* "In a 1961 top secret report, the Soviet embassy painted ..."
		 * / "March 11, 1974" / "Stenographic Protocol of the Meeting
		 * between ...": a title opens with the paper's kind; of a line
		 * over the date line and the line under it, the one that does
		 * is the title (the other a blurb of the site's) */
		if (title != NULL && date_at != SIZE_MAX && title_at < date_at && i == line_next(&r->L, date_at + 1) &&
		    kind_headed(t) && !kind_headed(sl_cstr(title)) && title_like(t) && !prose(t)) {
			free(title);
			title = sl_dup(t);
			title_at = i;
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		/* "Presidential Letter" / "Text of a Letter from the President
		 * to the Chairmen ...": a release's category over its heading,
		 * which names the text it gives; the heading is the title */
		if (title != NULL && title_at != SIZE_MAX && i == line_next(&r->L, title_at + 1) && text_of_heading(t) &&
		    category_line(sl_cstr(title))) {
			free(title);
			title = sl_dup(t);
			title_at = i;
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		/* "Africa Region" / "181. Memorandum From William H. Brubeck
		 * ... to President Johnson/1/": a compilation's name over the
		 * edition's numbered heading of the paper, which is the title */
		if (title != NULL && title_at != SIZE_MAX && i == line_next(&r->L, title_at + 1) &&
		    !kind_headed(sl_cstr(title)) && tok_split(sl_cstr(title), (struct slice[6]){ 0 }, 6) <= 4) {
			int v;
			size_t d = sl_digits(t.p, t.n, 4, &v);
			char *en = NULL;
			struct slice h = d > 0 && d + 2 < t.n && t.p[d] == '.' && t.p[d + 1] == ' ' ? header_unnumbered(t, &en)
												 : sl_of(t.p, 0);
			free(en);
			if (h.n > 0 && kind_headed(h) && title_like(h) && !prose(h)) {
				free(title);
				title = sl_dup(h);
				title_at = i;
				lines_drop(&r->L, i, i + 1);
				continue;
			}
		}
		if (title != NULL)
			break;
		/* "November 06, 1962 Ciphered Telegram from ...": the date line
		 * and the title line as one */
		size_t k = date_parse(t.p, t.n, 0, &dt);
		struct slice tt = sl_trim(sl_from(t, k));
		/* "25 October 1962 / Enciphered cable from ...", "... — ..." */
		if (k > 0 && (sl_istarts(tt, "/ ") || sl_istarts(tt, "- ") || sl_istarts(tt, ": ")))
			tt = sl_trim(sl_from(tt, 2));
		else if (k > 0 && sl_istarts(tt, "\xe2\x80\x94 "))
			tt = sl_trim(sl_from(tt, 4));
		if (k > 0 && k + 8 < t.n && t.p[k] == ' ' && title_like(tt)) {
			hprop_date(r, W_GOOD, "date line", &dt, sl_of(t.p, k), t);
			date_at = i;
			title = sl_dup(tt);
			title_at = i;
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		/* "12 December 1979*, Pb 176/125": a day, its note's star, and
		 * the record's number, as a collection heads a paper by them:
		 * the day is the paper's, the line its title */
		if (k > 0 && dt.d && title_at == SIZE_MAX && date_at == SIZE_MAX && dated_code(sl_from(t, k))) {
			hprop_date(r, W_GOOD, "date line", &dt, sl_of(t.p, k), t);
			date_at = i;
		}
		size_t e = bold_end(r, i);
		if (volume_line(unbold(t))) {
			lines_drop(&r->L, i, e); /* the volume's heading */
			i = e - 1;
			continue;
		}
		if (e == i + 2 && office_over_place(t, line_text(&r->L, i + 1))) {
			i = e - 1;
			continue;
		}
		if (doc_number_alone(unbold(t))) {
			lines_drop(&r->L, i, i + 1); /* the collection's number */
			continue;
		}
		/* "Africa Region" over "181. Memorandum From ...": a
		 * compilation's heading over the edition's numbered heading of
		 * the paper, no title of it */
		if (e == i + 1 && (section_over_heading(r, i) || collection_heading(r, i))) {
			lines_drop(&r->L, i, i + 1);
			continue;
		}
		/* "NATIONAL SECURITY POLICY" / "509": a printed book's running
		 * head over its page number, as a scanned page gives them */
		if (i + 1 < r->footer && running_head(t, line_text(&r->L, i + 1))) {
			lines_drop(&r->L, i, i + 2);
			i++;
			continue;
		}
		/* "Margaret Thatcher" / "Letter to US President (Ronald
		 * Reagan) ...": a name alone over a heading that opens with
		 * the paper's kind is its author's, the heading the title */
		size_t below = line_next(&r->L, e);
		struct slice words[5];
		size_t nwords = tok_split(t, words, 5), up, low, dig, bodies = 0;
		sl_letters(t, &up, &low, &dig);
		for (size_t q = 0; q < nwords && q < 5; q++)
			bodies += tok_in(tok_bare(words[q]), lex_body_nouns) || tok_in(tok_bare(words[q]), lex_office_nouns) ||
				  tok_in(tok_bare(words[q]), lex_plural_papers); /* "Sino-Soviet Papers": a collection */
		/* (a person's name as printed in mixed case: a heading in
		 * capitals, "DEPARTMENT OF STATE", is a form's or an address) */
		if (below < r->footer && r->roles[below].role == HR_TEXT && nwords >= 2 && nwords <= 4 && low > 0 &&
		    bodies == 0 && name_like(t, 0) && !kind_headed(t)) {
			struct slice u = line_text(&r->L, below);
			/* and the name is printed again below (its signature),
			 * which no collection's heading is */
			const char *rest = u.p + u.n;
			struct slice tail = sl_of(rest, (size_t)(r->L.text + r->L.len - rest));
			char *again_name = sl_dup(t);
			int again = sl_find(tail, again_name) != SIZE_MAX;
			free(again_name);
			char *name = again && kind_headed(u) && title_like(u) && !prose(u) ? party_resolve(r->d, t, 0) : NULL;
			if (name != NULL) {
				hprop_party(hprop_add(r, HF_FROM, W_GOOD, "byline", t), name, NULL);
				free(name);
				title = sl_dup(u);
				title_at = below;
				lines_drop(&r->L, i, e);
				lines_drop(&r->L, below, below + 1);
				i = below;
				continue;
			}
		}
		char *tj = para_join(&r->L, i, e);
		tt = unbold(sl_cstr(tj));
		int bold = tt.n != strlen(tj);
		tt = doc_numbered(tt);
		char *ed_n = NULL;
		struct slice marked = tt;
		tt = header_unnumbered(tt, &ed_n);
		r->d->heading_marked |= header_marked_one(marked, tt);
		free(ed_n);
		if (title_like(tt) && !prose(tt) && (r->site || date_at != SIZE_MAX || bold || dated_heading(tt)) &&
		    header_salutation(tt) == NULL &&
		    (!over_salutation(r, e - 1) || header_kind_find(tt, 6, &(struct slice){ 0 }) != NULL ||
		     names_sitting(tt))) {
			/* a title wrapped over lines, then printed again whole:
			 * "Report of the Meeting of the Albanian Labor Party" /
			 * "Delegation with ..." / "Report of the Meeting of ..." */
			for (size_t j = line_next(&r->L, e), k2 = 0; j < r->footer && k2 < 4; j = line_next(&r->L, j + 1), k2++) {
				struct slice u = line_text(&r->L, j);
				if (u.n > tt.n && sl_istarts(u, tj) && u.p[tt.n] == ' ') {
					free(tj);
					tj = sl_dup(u);
					tt = sl_cstr(tj);
					e = j + 1;
					break;
				}
			}
			title = sl_dup(tt);
			title_at = i;
			if (bold)
				r->markdown = 1;
			lines_drop(&r->L, i, e);
			i = e - 1;
		}
		free(tj);
		if (title_at == SIZE_MAX)
			break;
	}
	/* "Cuban Missile Crisis, Document 21" / "25 October 1962 / Enciphered
	 * cable from Dobrynin to Khrushchev ...": a date and a title on one
	 * line under a collection's own heading */
	for (size_t i = line_next(&r->L, 0), k = 0; title == NULL && i < r->footer && k < 6;
	     i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		struct date_val dt;
		size_t n = date_parse(t.p, t.n, 0, &dt);
		struct slice tt = sl_trim(sl_from(t, n));
		if (n == 0 || !(sl_istarts(tt, "/ ") || sl_istarts(tt, "\xe2\x80\x94 ") || sl_istarts(tt, "- ")))
			continue;
		tt = sl_trim(sl_from(tt, tt.p[0] == '/' || tt.p[0] == '-' ? 2 : 4));
		if (!title_like(tt) || prose(tt))
			continue;
		hprop_date(r, W_GOOD, "date line", &dt, sl_of(t.p, n), t);
		date_at = i;
		title = sl_dup(tt);
		lines_drop(&r->L, i, i + 1);
	}
	/* "Document No. 5: Notes of CC CPSU Politburo Session, June 13,
	 * 1986" under a book's own heading and its editors: a reader's
	 * numbered document heads its text */
	for (size_t i = line_next(&r->L, 0), k = 0; title == NULL && i < r->footer && k < 12;
	     i = line_next(&r->L, i + 1), k++) {
		struct slice t = line_text(&r->L, i);
		/* "103 Document No. 13: ...": the book's page number first */
		int pg;
		size_t pd = sl_digits(t.p, t.n, 4, &pg);
		if (pd > 0 && pd < t.n && t.p[pd] == ' ' && sl_istarts(sl_from(t, pd + 1), "Document "))
			t = sl_from(t, pd + 1);
		struct slice tt = doc_numbered(t);
		/* "Document No. 3" alone, its heading on the next line
		 * ("Cipher Telegram from Soviet Ambassador Anatoly Dobrynin to
		 * CPSU Central Committee, 26 November 1963") */
		int filed = numbered_file_line(t);
		if (tt.p == t.p && r->roles[i].role == HR_TEXT && (doc_number_alone(t) || filed)) {
			size_t j = line_next(&r->L, i + 1);
			struct slice u = j < r->footer ? line_text(&r->L, j) : sl_of(t.p, 0);
			/* under an edition's number and file, a heading that
			 * names its paper's kind ("Letter from ... to ...") */
			if (j < r->footer && r->roles[j].role == HR_TEXT && title_like(u) && !prose(u) &&
			    (!filed || header_kind_find(u, 4, &(struct slice){ 0 }) != NULL)) {
				title = sl_dup(u);
				title_at = j;
				lines_drop(&r->L, i, i + 1);
				lines_drop(&r->L, j, j + 1);
			}
			break;
		}
		if (tt.p == t.p || r->roles[i].role != HR_TEXT)
			continue;
		/* "Document No. 13: Protocol of PUWP CC Secretariat Meeting
		 * October 25, 1980 This wide-ranging discussion ...": the
		 * heading run into its text ends at its date, the paper's */
		if (tt.n > 160) {
			for (size_t c = 8; c < 160; c++) {
				struct date_val dv;
				size_t dn;
				if (tt.p[c - 1] != ' ' || (dn = date_parse(tt.p + c, tt.n - c, 0, &dv)) == 0 || !dv.d)
					continue;
				struct slice head = sl_trim(sl_of(tt.p, c));
				/* "... Kania and Jaruzelski on August 14, 1981 August
				 * 22, 1981 After ...": the meeting's day is the title's,
				 * the paper's own date follows it */
				struct date_val dv2;
				size_t c2 = c + dn;
				while (c2 < tt.n && tt.p[c2] == ' ')
					c2++;
				size_t dn2 = sl_iends(head, " on") ? date_parse(tt.p + c2, tt.n - c2, 0, &dv2) : 0;
				if (dn2 > 0 && dv2.d) {
					head = sl_trim(sl_of(tt.p, c + dn));
					c = c2;
					dn = dn2;
					dv = dv2;
				}
				if (!title_like(head) || prose(head))
					break;
				hprop_date(r, W_GOOD, "date line", &dv, sl_of(tt.p + c, dn), t);
				date_at = i;
				title = sl_dup(head);
				title_at = i;
				break;
			}
			break;
		}
		size_t e = bold_end(r, i);
		char *tj = para_join(&r->L, i, e);
		tt = doc_numbered(sl_cstr(tj));
		if (title_like(tt) && !prose(tt)) {
			title = sl_dup(tt);
			title_at = i;
			lines_drop(&r->L, i, e);
		}
		free(tj);
		break;
	}
	if (title != NULL) {
		int w = date_at != SIZE_MAX || r->site ? W_STRONG : r->web ? W_GOOD : W_FAIR;
		struct slice ev = sl_cstr(title);
		title_designation(r, ev, w);
		hprop_text(r, HF_TITLE, w, "title line", ev, ev);
		header_title_read(r, ev, w, "title line", ev);
		free(title);
	}
}

/* ------------------------------------------------------------------ */

/* The person a phrase ends with: its last capitalised words ("Soviet
 * leader Nikita Khrushchev" -> "Nikita Khrushchev"), or an empty slice. */
static struct slice trailing_name(struct slice s)
{
	struct slice tok[16];
	size_t n = tok_split(s, tok, 16);
	if (n == 0 || n > 16)
		return sl_of(s.p, 0);
	size_t first = n;
	while (first > 0 && tok_is_upper(tok[first - 1]) && tok_bare(tok[first - 1]).n == tok[first - 1].n &&
	       !tok_in(tok[first - 1], name_stops))
		first--;
	if (first == n || n - first > 4)
		return sl_of(s.p, 0);
	return sl_of(tok[first].p, (size_t)(tok[n - 1].p + tok[n - 1].n - tok[first].p));
}

/* "In September 1961 East German leader Walter Ulbricht wrote to Soviet
 * leader Nikita Khrushchev, reflecting on ...": an editor's sentence
 * opening the page, a date, a sender, a phrase of sending and a
 * recipient, tells of the paper it quotes. Fair evidence: an archive's
 * own date line or heading outweighs it. */
static void lead_sentence_read(struct hreader *r)
{
	size_t prev = SIZE_MAX;
	for (size_t i = 0, k = 0; k < 6 && i < r->footer; prev = line_text(&r->L, i).n > 0 ? i : prev, i++) {
		struct slice t = line_text(&r->L, i);
		if (t.n == 0)
			continue;
		k++;
		if (t.n < 20 || !(sl_istarts(t, "In ") || sl_istarts(t, "On ")))
			continue;
		struct date_val dt;
		size_t dn = date_parse(t.p + 3, t.n - 3, 0, &dt);
		if (dn == 0)
			continue;
		struct slice rest = sl_from(t, 3 + dn);
		if (rest.n > 0 && rest.p[0] == ',')
			rest = sl_from(rest, 1);
		size_t end = 0;
		while (end < rest.n && strchr(",.;:", rest.p[end]) == NULL)
			end++;
		struct slice clause = sl_of(rest.p, end);
		for (size_t v = 0; lex_lead_verbs[v].word != NULL; v++) {
			size_t at = sl_find(clause, lex_lead_verbs[v].word);
			if (at == SIZE_MAX)
				continue;
			struct slice from = trailing_name(sl_of(clause.p, at)),
				     to = trailing_name(sl_from(clause, at + strlen(lex_lead_verbs[v].word)));
			if (from.n == 0 || to.n == 0 || !name_like(from, 0) || !name_like(to, 0))
				return;
			struct slice ev = sl_of(t.p, (size_t)(clause.p + clause.n - t.p));
			hprop_date(r, W_FAIR, "lead sentence", &dt, sl_of(t.p + 3, dn), ev);
			hprop_text(r, HF_KIND, W_FAIR, "lead sentence", sl_cstr(lex_lead_verbs[v].kind), ev);
			char *a = name_canonical(from), *b = name_canonical(to);
			if (a != NULL)
				hprop_party(hprop_add(r, HF_FROM, W_FAIR, "lead sentence", ev), a, NULL);
			if (b != NULL)
				hprop_party(hprop_add(r, HF_TO, W_FAIR, "lead sentence", ev), b, NULL);
			free(a);
			free(b);
			/* the line over it is the page's heading */
			if (prev != SIZE_MAX && title_like(line_text(&r->L, prev)) && line_text(&r->L, prev).n < 160)
				hprop_text(r, HF_TITLE, W_FAIR, "heading over the lead", line_text(&r->L, prev),
					   line_text(&r->L, prev));
			return;
		}
	}
}

void header_page_read(struct hreader *r)
{
	r->footer = r->L.n;
	r->cited = SIZE_MAX;
	for (size_t i = 0; i < r->L.n; i++) {
		if (r->roles[i].role == HR_FURNITURE) {
			r->web = r->site = 1;
			lines_drop(&r->L, i, i + 1);
		}
	}
	footer_read(r);
	labels_read(r);
	for (size_t i = 0; i < r->footer; i++) {
		if (r->roles[i].role == HR_URL && !r->L.v[i].drop && r->web) {
			struct slice t = line_text(&r->L, i);
			if (t.n >= 2 && t.p[0] == '<')
				t = sl_of(t.p + 1, t.n - 2);
			hprop_text(r, HF_URL, W_GOOD, "link", t, t);
			lines_drop(&r->L, i, i + 1);
		}
	}
	citations_read(r);
	author_citation_read(r);
	page_top(r);
	summary_last(r);
	lead_sentence_read(r);
}
