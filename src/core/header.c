/* header.c: the header reader's proposals and choices (see header_priv.h),
 * and its entry point. A field takes the value with the most weight, one
 * point more for each other source that agrees with it (up to two): the
 * archive's title line, its citation and the document's own heading
 * saying the same thing outweigh any one of them. Each field chosen keeps
 * its source's name and the line it was read from. */
#include "dossier/header.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <uniwidth.h>

#include "dossier/names.h"
#include "dossier/text.h"
#include "header_priv.h"

/* The JSON names of the fields, as `show --json` gives their sources. */
static const char *const field_names[HF_COUNT] = {
	"title", "date", "kind", "number", "from", "to", "summary", "source", "language", "translator",
	"record_id", "url", "place",
};

/* ------------------------------------------------------------------ */
/* Agreement                                                          */
/* ------------------------------------------------------------------ */

/* A value folded for comparison: case, blanks, quotes and the closing
 * punctuation of a line do not make two titles different. */
static char *fold_text(const char *s)
{
	/* most values are ASCII, where folding is lower case: libunistring's
	 * case folding and normalisation are for the rest */
	int ascii = 1;
	for (const char *q = s; *q && ascii; q++)
		ascii = (unsigned char)*q < 0x80;
	char *f;
	if (ascii) {
		f = xstrdup(s);
		for (char *q = f; *q; q++)
			*q = (char)ch_lower((unsigned char)*q);
	} else {
		f = text_fold(s);
	}
	struct buf b;
	buf_init(&b);
	for (const char *q = f; *q; q++) {
		unsigned char c = (unsigned char)*q;
		if (c == '"' || c == '\'' || c == '*')
			continue;
		if (c == ' ' || c == '\t' || c == '\n') {
			if (b.len && b.data[b.len - 1] != ' ')
				buf_addc(&b, ' ');
			continue;
		}
		buf_addc(&b, (char)c);
	}
	free(f);
	while (b.len && strchr(" .,;:", b.data[b.len - 1]) != NULL)
		b.len--;
	buf_addc(&b, '\0');
	return buf_detach(&b);
}

/* The last word of a name, folded: parties agree by surname. */
static char *surname(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return fold_text(sp ? sp + 1 : name);
}

static int parties_agree(const struct hprop *a, const struct hprop *b)
{
	if (a->nparties != b->nparties || a->nparties == 0)
		return 0;
	for (size_t i = 0; i < a->nparties; i++) {
		char *sa = surname(a->parties[i].name);
		int found = 0;
		for (size_t j = 0; j < b->nparties && !found; j++) {
			char *sb = surname(b->parties[j].name);
			found = strcmp(sa, sb) == 0;
			free(sb);
		}
		free(sa);
		if (!found)
			return 0;
	}
	return 1;
}

static const char *kind_class(const char *k)
{
	return strcmp(k, "cable") == 0 ? "telegram" : k;
}

/* p's value folded, made on first use and kept. */
static const char *folded(struct hprop *p)
{
	if (p->folded == NULL)
		p->folded = fold_text(p->value);
	return p->folded;
}

static int props_agree(const struct hprop *a, const struct hprop *b)
{
	if (a->field == HF_FROM || a->field == HF_TO)
		return parties_agree(a, b);
	if (a->value == NULL || b->value == NULL)
		return 0;
	if (a->field == HF_KIND)
		return strcmp(kind_class(a->value), kind_class(b->value)) == 0;
	if (a->field == HF_DATE)
		return strcmp(a->value, b->value) == 0;
	return strcmp(folded((struct hprop *)a), folded((struct hprop *)b)) == 0;
}

/* Whether every word of name a is a word of name b ("Yuan" of "Yuan
 * Zhongxin"): the same person, named shorter. */
static int name_within(const char *a, const char *b)
{
	char *fa = fold_text(a), *fb = fold_text(b);
	struct slice ta[8], tb[8];
	size_t na = tok_split(sl_cstr(fa), ta, 8), nb = tok_split(sl_cstr(fb), tb, 8), hit = 0;
	for (size_t i = 0; i < na && na <= 8 && nb <= 8; i++)
		for (size_t k = 0; k < nb; k++)
			if (sl_eq_slice(tok_bare(ta[i]), tok_bare(tb[k]))) {
				hit++;
				break;
			}
	free(fa);
	free(fb);
	return na > 0 && na <= 8 && nb <= 8 && hit == na;
}

/* Whether p's one party is a party of q: a recipient who is the sender.
 * Not when one source named both ("Colonel Marshall S. Carter to General
 * Marshall" tells them apart). */
static int office_only(const char *name);
static int post_only(const char *name);

static int party_of(const struct hprop *p, const struct hprop *q)
{
	if (q == NULL || p->nparties != 1 || strcmp(p->source, q->source) == 0)
		return 0;
	/* a person's name only: "Director of Central Intelligence" is not
	 * the "Deputy Director of Central Intelligence" who writes to him */
	if (office_only(p->parties[0].name) || post_only(p->parties[0].name))
		return 0;
	for (size_t i = 0; i < q->nparties; i++)
		if (!office_only(q->parties[i].name) && !post_only(q->parties[i].name) &&
		    name_within(p->parties[0].name, q->parties[i].name))
			return 1;
	return 0;
}

/* The proposal chosen for f: the most weight, plus a point for each other
 * source agreeing (two at most); ties go to the first proposed. NULL when
 * none clears the floor. A recipient proposed that is the chosen sender
 * (from) is passed over: a paper's "between Nehru and Ambassador Yuan"
 * under Yuan's cable is not its address. */
static const struct hprop *choose(const struct hreader *r, enum hfield f, int floor, const struct hprop *from)
{
	const struct hprop *best = NULL;
	int best_score = 0;
	for (size_t i = 0; i < r->nprops; i++) {
		const struct hprop *p = &r->props[i];
		/* a proposal of parties that read none says nothing */
		if (p->field != f || ((f == HF_FROM || f == HF_TO) && p->nparties == 0) || (f == HF_TO && party_of(p, from)))
			continue;
		int agree = 0;
		/* agreement counts where sources repeat each other: titles,
		 * dates, parties, kinds and numbers, not summaries */
		for (size_t j = 0; f <= HF_TO && j < r->nprops; j++) {
			const struct hprop *q = &r->props[j];
			if (j != i && q->field == f && strcmp(q->source, p->source) != 0 && props_agree(p, q))
				agree++;
		}
		int score = p->weight + (agree > 2 ? 2 : agree);
		if (score > best_score) {
			best = p;
			best_score = score;
		}
	}
	return best_score >= floor ? best : NULL;
}

/* name ends with short as its last words ("Walter Ulbricht", "Ulbricht"). */
static int name_fuller(const char *name, const char *short_name)
{
	size_t n = strlen(name), k = strlen(short_name);
	return k > 0 && n > k + 1 && name[n - k - 1] == ' ' && strcasecmp(name + n - k, short_name) == 0;
}

/* The chosen parties named in full by another source that agrees: a
 * heading's "Ulbricht to Khrushchev" under the editor's "Walter Ulbricht
 * wrote to Soviet leader Nikita Khrushchev" is that one's (the fullest
 * name the page prints). Only persons with no office either side, and
 * not from a signature: an edition's heading keeps its own form of the
 * name its letters are indexed by ("Mr. Denby" over "Charles Denby."). */
static const struct hprop *fuller_agreeing(const struct hreader *r, const struct hprop *p)
{
	for (size_t i = 0; i < r->nprops; i++) {
		const struct hprop *q = &r->props[i];
		if (q == p || q->field != p->field || q->nparties != p->nparties || q->weight < W_FAIR ||
		    strcmp(q->source, "signature") == 0 || !parties_agree(p, q))
			continue;
		int fuller = 0, same = 1;
		for (size_t k = 0; k < p->nparties && same; k++) {
			const struct hparty *a = &p->parties[k], *b = &q->parties[k];
			same = a->office == NULL && b->office == NULL &&
			       (strcasecmp(a->name, b->name) == 0 || name_fuller(b->name, a->name));
			fuller |= same && name_fuller(b->name, a->name);
		}
		if (same && fuller)
			return q;
	}
	return p;
}

/* Whether two parties' names are one, an article aside: stricter than
 * parties_agree's surnames, which take a list for more of the same when
 * it only shares a family name (it cost two senders and two recipients). */
static int same_party(const char *a, const char *b)
{
	if (strncasecmp(a, "the ", 4) == 0)
		a += 4;
	if (strncasecmp(b, "the ", 4) == 0)
		b += 4;
	return strcasecmp(a, b) == 0;
}

/* The chosen parties and more, listed by another source: a cable's title
 * names the first of its addressees ("... to the Ministry of Foreign
 * Affairs"), its address line all of them ("To the Ministry of Foreign
 * Affairs and Ministry of Higher Education:"). */
static const struct hprop *more_agreeing(const struct hreader *r, const struct hprop *p)
{
	for (size_t i = 0; i < r->nprops; i++) {
		const struct hprop *q = &r->props[i];
		if (q == p || q->field != p->field || q->nparties <= p->nparties || q->weight < W_FAIR ||
		    strcmp(q->source, "signature") == 0)
			continue;
		size_t found = 0;
		for (size_t k = 0; k < p->nparties; k++)
			for (size_t m = 0; m < q->nparties; m++)
				if (same_party(p->parties[k].name, q->parties[m].name)) {
					found++;
					break;
				}
		if (found == p->nparties)
			return q;
	}
	return p;
}

/* An office named without its holder ("Secretary of State", "the
 * Acting Secretary of State"): a signature under it names the holder. A
 * body ("the Chinese Foreign Ministry") has no holder to sign. */
static int office_only(const char *name)
{
	struct slice s = sl_cstr(name);
	if (sl_find(s, "(") != SIZE_MAX)
		return 0;
	size_t pos = 0;
	for (struct slice t = tok_next(s, &pos); t.n > 0; t = tok_next(s, &pos))
		if (tok_in(tok_bare(t), lex_person_offices) && tok_is_upper(t))
			return 1;
	return 0;
}

/* A post named without its chief ("the Embassy in the Soviet Union",
 * "the Legation in Iran"): its telegrams are signed by the chief of the
 * mission, who sends them. */
static int post_only(const char *name)
{
	static const char *const posts[] = { "Embassy", "Legation", "Mission", "Consulate", "Consulate General", NULL };
	struct slice s = sl_cstr(name);
	if (sl_find(s, "(") != SIZE_MAX)
		return 0;
	if (sl_istarts(s, "the "))
		s = sl_from(s, 4);
	for (size_t i = 0; posts[i]; i++) {
		size_t n = strlen(posts[i]);
		if (sl_istarts(s, posts[i]) && (s.n == n || s.p[n] == ' '))
			return 1;
	}
	return 0;
}

/* Whether most words of a (three quarters, in order) are words of b, and
 * b has more: a is b with words lost. */
static int words_within(const char *a, const char *b)
{
	char *fa = fold_text(a), *fb = fold_text(b);
	struct slice ta[48], tb[48];
	size_t na = tok_split(sl_cstr(fa), ta, 48), nb = tok_split(sl_cstr(fb), tb, 48);
	size_t hit = 0;
	if (na > 0 && na <= 48 && nb <= 48 && nb > na) {
		size_t j = 0;
		for (size_t i = 0; i < na; i++) {
			for (size_t k = j; k < nb; k++) {
				if (sl_eq_slice(tok_bare(ta[i]), tok_bare(tb[k]))) {
					hit++;
					j = k + 1;
					break;
				}
			}
		}
	}
	free(fa);
	free(fb);
	return na > 0 && hit * 4 >= na * 3 && hit < nb;
}

/* "Cable from Brazilian Embassy in Bonn to Brasilia" over the paper's own
 * "From Brasemb Bonn to the State Secretariat": a side named only by its
 * capital stands for an office there, and the office another heading or
 * header names for that side is the party. That proposal, or p. */
static const struct hprop *place_named(const struct hreader *r, const struct hprop *p)
{
	const struct hprop *best = p;
	if (p->nparties != 1 || !header_place(sl_cstr(p->parties[0].name)))
		return p;
	for (size_t i = 0; i < r->nprops; i++) {
		const struct hprop *q = &r->props[i];
		if (q->field == p->field && q->nparties > 0 && q->weight >= W_GOOD && strcmp(q->source, p->source) != 0 &&
		    !header_place(sl_cstr(q->parties[0].name)) && (best == p || q->weight > best->weight))
			best = q;
	}
	return best;
}

/* "(... for the eyes alone of the Secretary of State, James F. Byrnes,
 * ...)": the holder of an office a heading names, as the text's first
 * lines name him right after it between commas: two to four capitalised
 * words, no office among them. NULL if none (the caller frees). */
static char *office_holder_named(const struct hreader *r, const char *office)
{
	if (!office_only(office))
		return NULL;
	struct slice o = sl_cstr(office);
	if (sl_istarts(o, "the "))
		o = sl_from(o, 4);
	char *lit = xasprintf("%.*s, ", (int)o.n, o.p);
	char *found = NULL;
	size_t i = line_next(&r->L, r->top);
	for (int k = 0; k < 8 && i < r->footer && found == NULL; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		size_t at = sl_find(sl_of(t.p, t.n < 2000 ? t.n : 2000), lit);
		if (at == SIZE_MAX)
			continue;
		struct slice after = sl_from(t, at + strlen(lit)), tk[6];
		size_t c = sl_find(after, ",");
		if (c == SIZE_MAX)
			continue;
		struct slice name = sl_trim(sl_of(after.p, c));
		size_t n = tok_split(name, tk, 6), q;
		for (q = 0; q < n && n >= 2 && n <= 4; q++)
			if (!tok_is_upper(tk[q]) || tok_in(tok_bare(tk[q]), lex_person_offices) ||
			    tok_in(tok_bare(tk[q]), lex_office_nouns))
				break;
		if (n >= 2 && n <= 4 && q == n && name_like(name, 0))
			found = sl_dup(name);
	}
	free(lit);
	return found;
}

static int all_capitals(const char *s)
{
	size_t up, low, dig;
	sl_letters(sl_cstr(s), &up, &low, &dig);
	return low == 0 && up > 1;
}

static void set_text(char **field, const char *v)
{
	doc_set(field, v);
}

/* Sets d's fields from the chosen proposals, with their sources. */
static void apply(struct hreader *r)
{
	struct doc *d = r->d;
	char **text_fields[HF_COUNT] = { [HF_TITLE] = &d->title,       [HF_KIND] = &d->kind,
					 [HF_NUMBER] = &d->number,     [HF_SUMMARY] = &d->summary,
					 [HF_SOURCE] = &d->source,     [HF_LANGUAGE] = &d->language,
					 [HF_TRANSLATOR] = &d->translator, [HF_RECORD_ID] = &d->record_id,
					 [HF_URL] = &d->url,           [HF_PLACE] = &d->place };
	const struct hprop *from = NULL; /* the sender chosen (HF_FROM comes before HF_TO) */
	for (int f = 0; f < HF_COUNT; f++) {
		int floor = f == HF_DATE ? W_WEAK : f == HF_FROM || f == HF_TO ? W_GUESS : W_WEAK;
		const struct hprop *p = choose(r, (enum hfield)f, floor, from);
		if (p == NULL)
			continue;
		if (f == HF_DATE && p->value != NULL && strlen(p->value) < 10) {
			/* a citation that dropped the day ("\"Letter from ...,\" ,
			 * 1961") under a date line of the same year that gives it
			 * ("September 28, 1961 Letter from ..."): the same date,
			 * read whole */
			size_t n = strlen(p->value);
			for (size_t i = 0; i < r->nprops; i++) {
				const struct hprop *q = &r->props[i];
				if (q->field == HF_DATE && q->weight >= W_GOOD && q->value && strlen(q->value) > n &&
				    strncmp(q->value, p->value, n) == 0 && q->value[n] == '-') {
					p = q;
					break;
				}
			}
		}
		/* "Document Date: Undated (circa 1981)" under a catalogue's
		 * "1985": two estimates of a paper that bears no date, and
		 * they disagree: none is the paper's */
		if (f == HF_DATE && r->circa != 0 && p->value != NULL && atoi(p->value) != r->circa)
			continue;
		if (f == HF_DATE) {
			set_text(&d->date, p->value);
			set_text(&d->date_text, p->printed);
		} else if (f == HF_FROM || f == HF_TO) {
			char role = f == HF_FROM ? 'f' : 't';
			p = more_agreeing(r, fuller_agreeing(r, place_named(r, p)));
			if (f == HF_FROM)
				from = p;
			const struct hprop *sig = NULL;
			if (p->nparties == 1 && (office_only(p->parties[0].name) || post_only(p->parties[0].name))) {
				/* the holder the text names: who signs it, its
				 * "Personal for Lovett from Marshall" line, or its
				 * "FROM: Om Prakash, Charge d'affaires" line */
				for (size_t i = 0; i < r->nprops; i++)
					/* a letter alone ("D", a transcript's speaker cut
					 * off at the page's end) signs for no one */
					if (r->props[i].field == (enum hfield)f && r->props[i].nparties == 1 && &r->props[i] != p &&
					    strlen(r->props[i].parties[0].name) > 2 &&
					    ((f == HF_FROM && strcmp(r->props[i].source, "signature") == 0) ||
					     ((strcmp(r->props[i].source, "personal line") == 0 ||
					       strcmp(r->props[i].source, "labelled line") == 0) &&
					      !office_only(r->props[i].parties[0].name))))
						sig = &r->props[i];
			}
			if (sig != NULL) {
				/* "The Secretary of State to ..." signed "Acheson" */
				doc_add_party(d, role, sig->parties[0].name, p->parties[0].name);
			} else {
				for (size_t i = 0; i < p->nparties; i++) {
					char *holder = p->parties[i].office == NULL ? office_holder_named(r, p->parties[i].name)
										    : NULL;
					if (holder != NULL)
						doc_add_party(d, role, holder, p->parties[i].name);
					else
						doc_add_party(d, role, p->parties[i].name, p->parties[i].office);
					free(holder);
				}
			}
		} else {
			set_text(text_fields[f], p->value);
		}
		if (f == HF_TITLE) {
			/* a title line that lost words (links a page scraped
			 * away: "Letter from Prime Minister of to the Prime
			 * Minister of , 23") is the citation's, whole */
			for (size_t i = 0; i < r->nprops; i++) {
				const struct hprop *q = &r->props[i];
				/* ... or one that goes on past the citation's
				 * title with what it is about ("... (Bucharest)
				 * regarding requests by Soviets ..."): the
				 * archive's own title is the citation's */
				size_t ql = q->value ? strlen(q->value) : 0;
				int longer = q->field == HF_TITLE && ql >= 20 && p->value && strlen(p->value) > ql + 8 &&
					     strncmp(p->value, q->value, ql) == 0 && p->value[ql] == ' ';
				if (q->field == HF_TITLE && q != p && strcmp(q->source, "citation") == 0 &&
				    (words_within(p->value, q->value) || longer)) {
					set_text(&d->title, q->value);
					p = q;
					break;
				}
			}
		}
		if (f == HF_TITLE && all_capitals(d->title)) {
			/* "TELEGRAM FROM SOVIET AMBASSADOR ...": the same title in
			 * the citation's mixed case reads better */
			for (size_t i = 0; i < r->nprops; i++)
				if (r->props[i].field == HF_TITLE && !all_capitals(r->props[i].value) && props_agree(p, &r->props[i])) {
					set_text(&d->title, r->props[i].value);
					break;
				}
		}
		doc_set_source(d, field_names[f], p->source, p->evidence);
	}
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
	/* a release stamp heads a scanned paper (as the OCR read it too);
	 * it is no title */
	if (lex_release_line(p))
		return 1;
	return header_marking(p) || p.n < 3;
}

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
		if (c == '.' && (tok_in(word, lex_abbreviations) || tok_is_initials(word)))
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

static void title_fallback(struct doc *d, const char *path)
{
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
		doc_set_source(d, "title", "kind and parties", NULL);
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
				doc_set_source(d, "title", "first sentence", NULL);
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
			doc_set_source(d, "title", "file name", NULL);
			return;
		}
	}
	d->title = xstrdup("Untitled");
}

/* ------------------------------------------------------------------ */

void header_read(struct doc *d, struct lines *L, int *markdown)
{
	struct hreader r;
	memset(&r, 0, sizeof r);
	r.L = *L;
	r.d = d;
	strv_init(&r.known);
	strv_init(&r.scratch);
	header_roles(&r);
	header_page_read(&r);
	header_heading_read(&r);
	header_letter_read(&r);
	apply(&r);
	/* every number the page gives its paper (the heading's, the one by
	 * the signature, the cable's page line): none is a reference */
	if (d->number != NULL)
		strv_push(&d->numbers, d->number);
	for (size_t i = 0; i < r.nprops; i++)
		if (r.props[i].field == HF_NUMBER && r.props[i].weight >= W_FAIR && r.props[i].value &&
		    !strv_contains(&d->numbers, r.props[i].value))
			strv_push(&d->numbers, r.props[i].value);
	*L = r.L;
	*markdown = r.markdown;
	for (size_t i = 0; i < r.nprops; i++)
		hprop_free(&r.props[i]);
	free(r.props);
	free(r.roles);
	strv_free(&r.known);
	strv_free(&r.scratch);
}

void header_finish(struct doc *d, const char *path)
{
	title_fallback(d, path);
	/* a title read across lines (a heading wrapped, a joined label) is
	 * one line in every list */
	if (d->title && strchr(d->title, '\n')) {
		char *one = str_one_line(d->title);
		free(d->title);
		d->title = one;
	}
}
