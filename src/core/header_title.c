/* header_title.c: what a title or an edition's heading says of its
 * document: its kind ("Ciphered Telegram"), its number ("No. 75352"), its
 * sender and recipients ("Feng Xi [Stalin] to Shtraus [Shtykov]",
 * "between A and B", "of A with B"), and the offices they are named by
 * ("The Ambassador in the Soviet Union (Kennan)", "Soviet Ambassador to
 * the USA A. Dobrynin"). Editions of diplomatic papers head a document
 * with a decimal file line ("611.61/5–2252: Telegram") and a heading
 * ("The Secretary of State to the Embassy in France"), or "No. 31.] Mr.
 * A to Mr. B."; the page text of FRUS numbers it ("67. Telegram From the
 * Embassy in Vietnam to the Department of State¹"). */
#include <stdlib.h>
#include <string.h>

#include "dossier/names.h"
#include "header_priv.h"

/* The length of the number opening t, or 0: letters, digits and the
 * marks between them ("600428/sh", "13-op"), with a digit among them. A
 * number grouped by thousands ("12 285") is one number: a group of three
 * digits after one of at most three, ending the number. */
static size_t number_run(struct slice t)
{
	size_t e = 0;
	int digit = 0;
	while (e < t.n && (ch_is_alpha((unsigned char)t.p[e]) || ch_is_digit((unsigned char)t.p[e]) ||
			   strchr("/-.", t.p[e]) != NULL)) {
		digit |= ch_is_digit((unsigned char)t.p[e]);
		e++;
	}
	while (e > 0 && strchr(".-/", t.p[e - 1]) != NULL)
		e--;
	/* "Pb 172/108", "P 176/125": a series' letters before the number
	 * (the Politburo's protocols) are part of it */
	if (!digit && e > 0 && e <= 3 && t.p[0] >= 'A' && t.p[0] <= 'Z' && e + 1 < t.n && t.p[e] == ' ' &&
	    ch_is_digit((unsigned char)t.p[e + 1])) {
		size_t more = number_run(sl_from(t, e + 1));
		return more > 0 ? e + 1 + more : 0;
	}
	if (!digit)
		return 0;
	int v;
	if (e <= 3 && sl_digits(t.p, e, 3, &v) == e && e + 4 <= t.n && t.p[e] == ' ' &&
	    sl_digits(t.p + e + 1, t.n - e - 1, 4, &v) == 3 &&
	    (e + 4 == t.n || !(ch_is_alpha((unsigned char)t.p[e + 4]) || ch_is_digit((unsigned char)t.p[e + 4]))))
		e += 4;
	return e;
}

size_t header_number_run(struct slice t)
{
	return number_run(t);
}

struct slice header_number_read(struct slice s, char **number)
{
	/* "Nº" and "N°" are how many typefaces print the numero sign */
	static const char *const marks[] = { "No.", "No ", "No:", "Nr.", "#", "\xe2\x84\x96", "N\xc2\xba", "N\xc2\xb0", NULL };
	struct slice t = sl_ltrim(s);
	size_t k = 0;
	for (size_t i = 0; marks[i] != NULL && k == 0; i++)
		if (sl_istarts(t, marks[i]))
			k = strlen(marks[i]);
	if (k == 0)
		return s;
	t = sl_ltrim(sl_from(t, k));
	/* "Nº [handwritten: 328/ag]": the number written in by hand, the
	 * editor saying so; the number is what the bracket quotes */
	size_t close = t.n > 0 && t.p[0] == '[' ? sl_find(t, "]") : SIZE_MAX;
	size_t colon = close != SIZE_MAX ? sl_find(sl_of(t.p, close), ": ") : SIZE_MAX;
	struct slice rest = sl_of(t.p + t.n, 0);
	if (colon != SIZE_MAX) {
		rest = sl_from(t, close + 1);
		t = sl_trim(sl_of(t.p + colon + 2, close - colon - 2));
	}
	size_t e = number_run(t);
	if (e == 0 || (colon != SIZE_MAX && e != t.n))
		return s;
	*number = xstrndup(t.p, e);
	return colon != SIZE_MAX ? rest : sl_from(t, e);
}

/* ------------------------------------------------------------------ */
/* Parties and their offices                                          */
/* ------------------------------------------------------------------ */

/* Words that open a country of two words ("the Soviet Union"). */
static const char *const country_openings[] = {
	"soviet", "united", "north", "south", "east", "west", "people's", "democratic", "federal",
	"great", "new", "sri", "costa", "el", "saudi", "czech", NULL
};

/* The length of the country s opens with ("the Soviet Union", "Cuba"), its
 * article included, or 0. */
static size_t country_len(struct slice s);

/* A state named by its form ("People's Republic of Bulgaria", "Socialist
 * Republic of Romania", "Kingdom of Laos") at c: its length, or 0. */
static size_t state_form_len(struct slice c)
{
	static const char *const forms[] = { "republic", "kingdom", "federation", "confederation", NULL };
	size_t pos = 0;
	for (size_t words = 0; words < 4; words++) {
		struct slice w = tok_next(c, &pos);
		if (w.n == 0 || !tok_is_upper(w))
			return 0;
		if (!tok_in(w, forms))
			continue;
		/* "... Republic of Bulgaria": a country after */
		size_t n = sl_istarts(sl_from(c, pos), " of ") ? country_len(sl_from(c, pos + 4)) : 0;
		return n > 0 ? pos + 4 + n : 0;
	}
	return 0;
}

static size_t country_len(struct slice s)
{
	size_t lead = 0;
	while (lead < s.n && s.p[lead] == ' ')
		lead++;
	if (sl_istarts(sl_from(s, lead), "the "))
		lead += 4;
	struct slice c = sl_from(s, lead);
	for (size_t i = 0; lex_countries[i] != NULL; i++) {
		size_t n = strlen(lex_countries[i]);
		if (n > c.n || !sl_istarts(c, lex_countries[i]))
			continue;
		if (n == c.n || c.p[n] == ' ' || c.p[n] == ',' || c.p[n] == ';' || c.p[n] == ':' || c.p[n] == '(' ||
		    c.p[n] == '.')
			return lead + n;
	}
	size_t f = state_form_len(c);
	return f > 0 ? lead + f : 0;
}

/* Whether s opens with a country and nothing more of a name ("the Soviet
 * Union", "the DPRK on 5 May", "Cuba, 'Report ...'"). */
static int country_led(struct slice s)
{
	size_t n = country_len(s);
	if (n == 0)
		return 0;
	struct slice rest = sl_trim(sl_from(s, n));
	return rest.n == 0 || rest.p[0] == ',' || rest.p[0] == ';' || rest.p[0] == ':' || rest.p[0] == '(' ||
	       rest.p[0] == '[' || ch_is_digit((unsigned char)rest.p[0]) || (rest.p[0] >= 'a' && rest.p[0] <= 'z');
}

/* "Soviet Ambassador to the USA A. Dobrynin", "Ambassador to Cuba
 * Aleksandr Alekseev": an office with its country, then the person. The
 * person's start, or SIZE_MAX. */
static size_t office_then_person(struct slice s)
{
	struct slice tok[16];
	size_t nt = tok_split(s, tok, 16);
	if (nt < 4 || nt > 16)
		return SIZE_MAX;
	/* "Charge d'Affaires of the Embassy of the Soviet Union in China
	 * S. Antonov": the office's word may stand before the post's */
	int officed = 0;
	for (size_t i = 0; i + 2 < nt; i++) {
		officed |= tok_in(tok_bare(tok[i]), lex_office_nouns);
		if (!officed)
			continue;
		if (!sl_ieq(tok[i + 1], "to") && !sl_ieq(tok[i + 1], "in") && !sl_ieq(tok[i + 1], "at"))
			continue;
		/* a body's "to" names its recipient ("Kray Committee to CPSU
		 * CC"), an envoy's his post ("Ambassador to the USA") */
		static const char *const bodies_to[] = { "committee", "ministry", "department", "bureau", "commission",
							 "council", "office", "directorate", NULL };
		if (sl_ieq(tok[i + 1], "to") && tok_in(tok_bare(tok[i]), bodies_to))
			continue;
		size_t k = i + 2;
		size_t cl = sl_ieq(tok[i + 1], "to") ? country_len(sl_from(s, (size_t)(tok[k].p - s.p))) : 0;
		if (cl > 0) {
			/* "Ambassador to the Soviet Union Kennan": the country
			 * whole, however many its words */
			while (k < nt && tok[k].p < tok[i + 2].p + cl)
				k++;
		} else if (sl_ieq(tok[i + 1], "to") && k < nt && name_like(sl_from(s, (size_t)(tok[k].p - s.p)), 0) &&
			   !sl_ieq(tok[k], "the") && tok_is_upper(tok[k]) && k + 3 >= nt) {
			/* "Embassy to Kim Il Sung": a person he writes to, his
			 * whole name after "to" */
			continue;
		} else {
			if (k < nt && sl_ieq(tok[k], "the"))
				k++;
			if (k < nt && tok_in(tok[k], country_openings) && k + 1 < nt)
				k++;
			k++;
		}
		if (k >= nt)
			return SIZE_MAX;
		/* "Embassy in Buenos Aires": a place of two words, no one's
		 * name after the first; a holder after a post's place has a
		 * name of two words at least */
		if (!sl_ieq(tok[i + 1], "to") && cl == 0 && k + 1 == nt)
			return SIZE_MAX;
		struct slice person = sl_of(tok[k].p, (size_t)(s.p + s.n - tok[k].p));
		if (name_like(person, 0))
			return (size_t)(tok[k].p - s.p);
	}
	return SIZE_MAX;
}

/* The office of "The Ambassador in France (Edge)": "Ambassador in France";
 * of "Comrade Deputy Minister": "Deputy Minister" (a form of address is
 * no part of it). */
static char *office_name(struct slice s)
{
	s = sl_trim(s);
	static const char *const leads[] = { "the ", "comrade ", "cde. ", "cde ", NULL };
	for (size_t i = 0; leads[i] != NULL; i++)
		if (sl_istarts(s, leads[i]))
			s = sl_trim(sl_from(s, strlen(leads[i])));
	while (s.n > 0 && strchr(",;:", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	return s.n ? sl_dup(s) : NULL;
}

/* One party: its canonical name and the office it is named by. NULL when
 * part reads as no party. */
/* Whether s is one of the places of the lexicon. */
int header_place(struct slice s)
{
	s = sl_trim(s);
	for (size_t i = 0; lex_places[i] != NULL; i++)
		if (sl_ieq(s, lex_places[i]))
			return 1;
	return 0;
}

/* The editor's words for the state of a text in brackets after a title
 * ("(Fragments)", "[Excerpt]"): no one's name. */
static const char *const text_states[] = { "fragments", "fragment", "excerpts", "excerpt", "extract", "extracts",
					   "abridged", "draft", "summary", "translation", NULL };

/* "the Kremlin", "the White House": a building a government sits in. */
static int seat_named(struct slice s)
{
	static const char *const seats[] = { "the Kremlin", "the White House", "the Elysee", "the Elys\xc3\xa9" "e",
					     "Zhongnanhai", "the Great Hall of the People", NULL };
	for (size_t i = 0; seats[i] != NULL; i++)
		if (sl_ieq(s, seats[i]))
			return 1;
	return 0;
}

/* s without where its party was: "Maneli (Hanoi)" and "Helmut Kohl in
 * Bonn" are Maneli and Helmut Kohl. */
static struct slice party_unplaced(struct slice s)
{
	s = sl_trim(s);
	/* "[Politburo Members] Comrade Walter Ulbricht", "[PUWP First
	 * Secretary] Comrade Gomulka": the editor's gloss before the name
	 * (words, or a word of office), not a completion of it ("[Wladislaw]
	 * Gomulka") */
	if (s.n > 2 && s.p[0] == '[') {
		size_t close = sl_find(s, "]");
		if (close != SIZE_MAX && close > 1 && close + 1 < s.n) {
			struct slice in = sl_trim(sl_of(s.p + 1, close - 1)), tail = sl_trim(sl_from(s, close + 1));
			struct slice it[8];
			size_t ni = tok_split(in, it, 8), officed = 0;
			for (size_t k = 0; k < ni && k < 8; k++)
				officed |= tok_in(tok_bare(it[k]), lex_person_offices) ||
					   tok_in(tok_bare(it[k]), lex_office_nouns) || tok_in(tok_bare(it[k]), lex_body_nouns);
			if ((ni > 1 || officed) && tail.n > 0 && tok_is_upper(tok_next(tail, &(size_t){ 0 })))
				s = tail;
		}
	}
	/* "[Ciphergram No. 3175]" after the party: the editor's, of the paper;
	 * "Axen[Excerpts]": the editor's word for the text, glued */
	if (s.n > 2 && s.p[s.n - 1] == ']') {
		size_t open = s.n;
		while (open > 0 && s.p[open - 1] != '[')
			open--;
		struct slice in = sl_of(s.p + open, s.n - open - 1), after;
		int dig = 0;
		for (size_t i = 0; i < in.n; i++)
			dig |= ch_is_digit((unsigned char)in.p[i]);
		if (open > 1 && (dig || header_kind_find(in, 2, &after) != NULL || tok_in(in, text_states)))
			s = sl_trim(sl_of(s.p, open - 1));
	}
	if (s.n > 2 && s.p[s.n - 1] == ')') {
		size_t open = s.n;
		while (open > 0 && s.p[open - 1] != '(')
			open--;
		/* "... to the Embassy (Fragments)": the editor's word for the
		 * text, no one's; "to Lord Cranborne (Afghanistan)": a
		 * catalogue's topic, no holder of an office */
		struct slice in = sl_trim(sl_of(s.p + open, s.n - open - 1));
		if (open > 1 && (header_place(in) || tok_in(in, text_states) || tok_in(in, lex_countries)))
			s = sl_trim(sl_of(s.p, open - 1));
	}
	size_t in = sl_find(s, " in ");
	while (in != SIZE_MAX) {
		struct slice before = sl_of(s.p, in);
		size_t w = before.n;
		while (w > 0 && before.p[w - 1] != ' ')
			w--;
		/* "Embassy in Pyongyang" is the embassy's name; "Gustav Husak
		 * in the Kremlin" is Husak, met in a seat of government */
		struct slice where = sl_trim(sl_from(s, in + 4));
		if ((header_place(where) || seat_named(where)) && !tok_in(tok_bare(sl_from(before, w)), lex_office_nouns))
			return sl_trim(before);
		size_t next = sl_find(sl_from(s, in + 4), " in ");
		in = next == SIZE_MAX ? SIZE_MAX : in + 4 + next;
	}
	return s;
}

/* "Comrade [Li] Fuchun", "V[yacheslav] I. Kochemassov": a name an editor
 * completed, with the brackets taken out; NULL when s has none. */
static char *name_unbracketed(struct slice s)
{
	size_t open = sl_find(s, "[");
	if (open == SIZE_MAX)
		return NULL;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < s.n; i++) {
		if (s.p[i] == '[') {
			size_t close = sl_find(sl_from(s, i), "]");
			struct slice in = close == SIZE_MAX ? sl_of(s.p, 0) : sl_of(s.p + i + 1, close - 1);
			/* only a name's letters: "[Li]", "[yacheslav]", not "[sic]"
			 * or "[the Embassy]" */
			/* a completion is glued to the name or followed by the
			 * rest of it; a bracket after a name says who it is
			 * ("Feng Xi [Stalin]") */
			struct slice tail = close == SIZE_MAX ? sl_of(s.p, 0) : sl_trim(sl_from(s, i + close + 1));
			int letters = in.n > 0 && in.n <= 24 && !sl_ieq(in, "sic") && tail.n > 0 && tail.p[0] != '(' &&
				      tail.p[0] != '[';
			for (size_t k = 0; letters && k < in.n; k++)
				letters = ch_is_alpha((unsigned char)in.p[k]) || (unsigned char)in.p[k] >= 0x80 ||
					  in.p[k] == '.' || in.p[k] == '-';
			if (!letters) {
				buf_free(&b);
				return NULL;
			}
			buf_add(&b, in.p, in.n);
			i += close;
			continue;
		}
		buf_addc(&b, s.p[i]);
	}
	return buf_detach(&b);
}

/* "Khabarovskiy Kray (Territory) Committee": a translator's gloss in
 * parentheses inside a body's name, more of the name after it; the name
 * without it, or NULL. */
static char *name_unglossed(struct slice s)
{
	size_t open = sl_find(s, " (");
	if (open == SIZE_MAX)
		return NULL;
	size_t close = sl_find(sl_from(s, open), ") ");
	if (close == SIZE_MAX)
		return NULL;
	close += open;
	struct slice in = sl_of(s.p + open + 2, close - open - 2), tail = sl_trim(sl_from(s, close + 1)), it[3];
	size_t n = tok_split(in, it, 3);
	if (n == 0 || n > 2 || !tok_is_upper(in) || tail.n == 0 || !tok_is_upper(tail) || sl_find(tail, "(") != SIZE_MAX)
		return NULL;
	return xasprintf("%.*s %.*s", (int)open, s.p, (int)tail.n, tail.p);
}

static char *party_with_office(struct hreader *r, struct slice part, char **office);

/* party_with_office on another form of the party (taken, may be NULL):
 * its name, or NULL and no office. */
static char *party_retried(struct hreader *r, char *form, char **office)
{
	if (form == NULL)
		return NULL;
	char *name = party_with_office(r, sl_cstr(form), office);
	free(form);
	if (name == NULL) {
		free(*office);
		*office = NULL;
	}
	return name;
}

static char *party_with_office(struct hreader *r, struct slice part, char **office)
{
	*office = NULL;
	part = party_unplaced(part);
	/* the party without an editor's gloss, or without its brackets */
	char *retried = party_retried(r, name_unglossed(part), office);
	if (retried == NULL)
		retried = party_retried(r, name_unbracketed(part), office);
	if (retried != NULL)
		return retried;
	/* "the Honorable Allen W. Dulles": a form of address, no name */
	struct slice addressed = sl_istarts(part, "the ") ? sl_from(part, 4) : part;
	for (size_t f = 0; lex_address_forms[f] != NULL; f++) {
		size_t n = strlen(lex_address_forms[f]);
		if (sl_istarts(addressed, lex_address_forms[f]) && addressed.n > n && addressed.p[n] == ' ' &&
		    tok_is_upper(sl_ltrim(sl_from(addressed, n)))) {
			part = sl_ltrim(sl_from(addressed, n));
			break;
		}
	}
	size_t open = sl_find(part, "(");
	if (open != SIZE_MAX && open > 0 && part.p[part.n - 1] == ')') {
		struct slice base = sl_trim(sl_of(part.p, open));
		struct slice in = sl_trim(sl_of(part.p + open + 1, part.n - open - 2));
		if (name_like(in, 0) && !sl_istarts(in, "via ") && (party_office(base) || !name_like(base, 0))) {
			char *name = name_canonical(in);
			if (name != NULL) {
				*office = office_name(base);
				return name;
			}
		}
	}
	/* "Xu Huang of Xinjiang Foreign Affairs Department": a person of a
	 * body */
	size_t of = sl_find(part, " of ");
	if (of != SIZE_MAX && of > 0) {
		struct slice who = sl_of(part.p, of), body = sl_from(part, of + 4);
		struct slice tk[16];
		size_t nb = tok_split(body, tk, 16), bodied = 0;
		/* "... of the National Security Council Staff": a body's noun
		 * too */
		for (size_t k = 0; k < nb && k < 16; k++)
			bodied |= (tok_in(tok_bare(tk[k]), lex_office_nouns) || tok_in(tok_bare(tk[k]), lex_body_nouns)) &&
				  tok_is_upper(tk[k]);
		struct slice wt[6];
		size_t nw = tok_split(who, wt, 6);
		int office_word = 0;
		for (size_t k = 0; k < nw && k < 6; k++)
			office_word |= tok_in(tok_bare(wt[k]), lex_office_nouns) || tok_in(tok_bare(wt[k]), lex_person_offices);
		if (bodied && !office_word && nw <= 4 && name_like(who, 0)) {
			char *name = name_canonical(who);
			if (name != NULL) {
				*office = office_name(body);
				return name;
			}
		}
	}
	size_t at = office_then_person(part);
	if (at != SIZE_MAX) {
		char *name = name_canonical(sl_from(part, at));
		if (name != NULL) {
			*office = office_name(sl_of(part.p, at));
			return name;
		}
	}
	char *name = party_resolve(r->d, part, 1);
	if (name != NULL)
		return name;
	/* "the Soviet Ambassador to the DPRK", "the Hungarian Ambassador to
	 * China": an office and its post, no one named after them: the
	 * office is the party (its holder is not on the page) */
	size_t to = sl_find(part, " to ");
	if (to != SIZE_MAX) {
		struct slice ht[8], pt[6];
		size_t nh = tok_split(sl_of(part.p, to), ht, 8), np = tok_split(sl_from(part, to + 4), pt, 6), q;
		for (q = 0; q < np && np <= 4; q++)
			if (!tok_is_upper(pt[q]) && !sl_eq_slice(pt[q], sl_cstr("the")))
				break;
		if (nh >= 1 && nh <= 6 && np >= 1 && q == np && tok_is_upper(pt[np - 1]) &&
		    (tok_in(tok_bare(ht[nh - 1]), lex_person_offices) || tok_in(tok_bare(ht[nh - 1]), lex_office_nouns)))
			return sl_dup(part);
	}
	/* "Soviet Politburo members Mikoyan", "Xu Huang of Xinjiang Foreign
	 * Affairs Department": a person named with words of office */
	struct slice tok[16];
	size_t nt = tok_split(part, tok, 16);
	if (nt < 2 || nt > 16)
		return NULL;
	for (size_t k = nt - 1; k > 0; k--) {
		struct slice w = tok[k - 1];
		if (!tok_is_lower(w))
			continue;
		struct slice tail = sl_of(tok[k].p, (size_t)(part.p + part.n - tok[k].p));
		struct slice head = sl_trim(sl_of(part.p, (size_t)(tok[k].p - part.p)));
		if (sl_ieq(w, "of") && k >= 2) {
			/* the person before "of", the office after; "Director
			 * of Central Intelligence" is an office whole */
			struct slice who = sl_trim(sl_of(part.p, (size_t)(w.p - part.p)));
			struct slice wt[4];
			size_t nw = tok_split(who, wt, 4);
			if (nw == 1 && tok_in(tok_bare(wt[0]), lex_person_offices))
				return NULL;
			if (name_like(who, 0) && (name = name_canonical(who)) != NULL) {
				*office = office_name(tail);
				return name;
			}
			return NULL;
		}
		/* only a word of role before the name: "members Mikoyan",
		 * "leader Erich Honecker", not "visit Moscow in May" */
		static const char *const roles[] = { "member", "members", "leader", "leaders", "chairman", "secretary",
						     "minister", "ambassador", "envoy", "delegate", "representative",
						     "official", "officials", "diplomat", "president", "premier",
						     "comrade", "comrades", "general", "marshal", "head", "chief", NULL };
		if (nt - k > 4 || !name_like(tail, 0) || tok_in(tok_bare(tok[k]), name_stops) || !tok_in(tok_bare(w), roles))
			return NULL;
		if ((name = name_canonical(tail)) != NULL)
			*office = office_name(head);
		return name;
	}
	return NULL;
}

/* Whether s names an office and no person: it ends in a word of office
 * ("Extraordinary Envoy") or has one before "of" ("Minister of
 * Romania"); "Ambassador Dobrynin" names a person. */
static int office_words(struct slice s)
{
	struct slice tok[12];
	size_t n = tok_split(s, tok, 12);
	if (n == 0 || n > 12)
		return 0;
	if (tok_in(tok_bare(tok[n - 1]), lex_person_offices))
		return 1;
	/* "Minister of Foreign Affairs"; an envoy's post, "Polish Ambassador
	 * to the DPRK" */
	for (size_t i = 0; i + 1 < n; i++)
		if ((sl_ieq(tok[i + 1], "of") || sl_ieq(tok[i + 1], "to")) && tok_in(tok_bare(tok[i]), lex_person_offices))
			return 1;
	return 0;
}

/* A party's name ends in none of these: they are meetings. */
static const char *const party_sittings[] = { "session", "sessions", "meeting", "meetings", "sitting", "plenum",
					      "conference", "talks", "negotiations", NULL };

/* Text after which a title's list of parties ends. */
static const char *const party_ends[] = {
	":", ";", " on ", " regarding ", " concerning ", " about ", " re ", " with ",
	" reporting ", " informing ", " expressing ", " – ", " — ", " - ", " in connection", ", '", ", \xe2\x80\x98",
	" at the ", " during ", " in the course ", " containing ", " enclosing ", " transmitting ", " forwarding ",
	", \"", ", \xe2\x80\x9c",
	/* where a party was at the time: "(Hopkins), Temporarily at Tehran" */
	", temporarily ", ", then at ", NULL
};

/* Whether s names an office and no one ("Minister of Foreign Affairs of
 * Indonesia", "the First Deputy Premier"): its first word, after an
 * article, an office a person holds. */
static int office_only(struct slice s)
{
	size_t pos = 0;
	struct slice w = tok_bare(tok_next(s, &pos));
	if (sl_ieq(w, "the"))
		w = tok_bare(tok_next(s, &pos));
	return tok_is_upper(w) && tok_in(w, lex_person_offices) && !name_like(s, 0);
}

/* Whether s is a body and its own staff or secretariat ("ONE Board and
 * Staff", "the Council and Secretariat"): a body's noun before "and", a
 * staff's alone after it, no comma ("Party and Government" are two). */
static int body_and_staff(struct slice s)
{
	struct slice tk[8];
	size_t n = tok_split(s, tk, 8);
	if (n < 3 || n > 8 || sl_find(s, ",") != SIZE_MAX || !sl_ieq(tk[n - 2], "and"))
		return 0;
	struct slice a = tok_bare(tk[n - 3]), b = tok_bare(tk[n - 1]);
	return tok_is_upper(a) && tok_is_upper(b) && (tok_in(a, lex_body_nouns) || tok_in(a, lex_office_nouns)) &&
	       tok_in(b, lex_staff_nouns);
}

/* Whether part names an office by a word of office among its first
 * capitalised words, after an article and a country's adjective or two
 * ("the Polish Ambassador in North Vietnam", "East German Ambassador"). */
static int office_led(struct slice part)
{
	struct slice tk[6];
	size_t n = tok_split(part, tk, 6), i = 0;
	if (n > 0 && sl_ieq(tk[0], "the"))
		i = 1;
	for (size_t k = i; k < n && k < i + 3; k++) {
		struct slice w = tok_bare(tk[k]);
		if (!tok_is_upper(w))
			return 0;
		if (tok_in(w, lex_person_offices))
			return 1;
	}
	return 0;
}

/* Adds holder with the office printed before it ("Prime Minister of
 * ..., Comrade Tsedenbal"): 1 when it is a new party. */
static int party_held(struct hprop *p, const char *holder, struct slice office)
{
	char *off = office_name(office);
	size_t before = p->nparties;
	hprop_party(p, holder, off);
	free(off);
	return p->nparties > before;
}

/* Whether part, after a comma, names no one: not a person's name, and
 * no word of an office or a body in it ("Romanian Diplomats in China"). */
static int part_names_no_one(struct slice part)
{
	if (name_like(part, 0))
		return 0;
	struct slice tk[16];
	size_t n = tok_split(part, tk, 16);
	for (size_t i = 0; i < n && i < 16; i++) {
		struct slice w = tok_bare(tk[i]);
		if (tok_in(w, lex_office_nouns) || tok_in(w, lex_body_nouns) || tok_in(w, lex_person_offices))
			return 0;
	}
	return 1;
}

/* Whether part is the body a unit named before the comma belongs to
 * ("International Department" / "Central Committee of CCP"): the unit
 * ends in a unit's noun, the body opens with a body's name. */
/* Whether name ends in a word for a country's mission abroad ("Mexican
 * Embassy"), which a city after it places. */
static int mission_named(const char *name)
{
	static const char *const missions[] = { "embassy", "legation", "consulate", "consulate-general", "mission",
						 "delegation", NULL };
	struct slice n = sl_cstr(name);
	size_t sp = n.n;
	while (sp > 0 && n.p[sp - 1] != ' ')
		sp--;
	return sp > 0 && tok_in(sl_from(n, sp), missions);
}

static int unit_of_body(const char *unit, struct slice part)
{
	static const char *const units[] = { "department", "division", "bureau", "section", "office", NULL };
	static const char *const bodies[] = { "central", "cc", "ministry", "council", "committee", "state", NULL };
	struct slice u = sl_cstr(unit);
	size_t sp = u.n;
	while (sp > 0 && u.p[sp - 1] != ' ')
		sp--;
	struct slice first = tok_bare(tok_next(part, &(size_t){ 0 })), last = tok_bare(sl_from(u, sp));
	/* "..., Central Committee" / "Communist Party of China": the
	 * committee's party, the chain's next link */
	if (sp > 0 && (sl_ieq(last, "committee") || sl_ieq(last, "cc")) && tok_is_upper(first) &&
	    sl_find(part, "Party") != SIZE_MAX && sl_find(part, " and ") == SIZE_MAX)
		return 1;
	/* "Central Committee" reads as a name of two words; a body's noun
	 * at its end says it is none */
	struct slice pt[8];
	size_t pn = tok_split(part, pt, 8);
	int body = pn > 0 && pn <= 8 && tok_in(tok_bare(pt[pn - 1]), bodies);
	/* "Third African Department, Soviet Foreign Ministry": the body
	 * named by its country and its noun */
	int ministry = pn >= 2 && pn <= 4 && sl_ieq(tok_bare(pt[pn - 1]), "ministry");
	return sp > 0 && tok_in(last, units) && tok_is_upper(first) && (tok_in(first, bodies) || ministry) &&
	       (body || !name_like(part, 0));
}

/* The person initials w stand for on this page ("MT" on the Thatcher
 * Foundation's), or NULL. */
static const char *page_initials(const struct hreader *r, struct slice w)
{
	return lex_initials_name(lex_initials, w, sl_of(r->L.text, r->L.len));
}

size_t header_parties(struct hreader *r, struct hprop *p, struct slice s)
{
	size_t added = 0;
	/* a list of parties ends in "and": one party, a comma and words
	 * naming no one are the paper's subject ("Cryptogram No 1144 from
	 * Polish Embassy in Beijing, Romanian Diplomats in China"), as a
	 * quoted one is */
	int after_comma = 0, and_list = 0, more_offices = 0;
	/* the last party was named with a form of address ("Comrade
	 * Bergold"): a person, though his name is one word */
	int titled = 0;
	size_t cut = s.n;
	for (size_t i = 0; party_ends[i] != NULL; i++) {
		size_t k = sl_ifind_top(s, party_ends[i]);
		if (k < cut)
			cut = k;
	}
	/* "... Kochemassov at 11:45 a.m.": the hour of the talk ends the
	 * list */
	for (size_t at = sl_find(s, " at "); at != SIZE_MAX && at < cut;) {
		if (at + 4 < s.n && ch_is_digit((unsigned char)s.p[at + 4])) {
			cut = at;
			break;
		}
		size_t next = sl_find(sl_from(s, at + 4), " at ");
		at = next == SIZE_MAX ? SIZE_MAX : at + 4 + next;
	}
	/* "Cable, N. Firiubin to Soviet Foreign Ministry 4 November 1956":
	 * a date run on after the last party, no comma before it */
	for (size_t k = 0; k < cut; k++) {
		struct date_val dv;
		if (s.p[k] != ' ' || !ch_is_digit((unsigned char)s.p[k + 1]))
			continue;
		size_t n = date_parse(s.p + k + 1, cut - k - 1, 0, &dv);
		if (n > 0 && dv.m > 0 && sl_trim(sl_of(s.p + k + 1 + n, cut - k - 1 - n)).n == 0) {
			cut = k;
			break;
		}
	}
	s.n = cut;
	s = sl_trim(party_for_cut(s));
	while (s.n > 0 && strchr(",.", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	and_list = sl_ifind_top(s, " and ") != SIZE_MAX || sl_find_top(s, " & ") != SIZE_MAX;
	/* "the Assistant Director, East Asia and the Pacific, United States
	 * Information Agency (Smith)": an office with commas in it, its
	 * holder in the one parenthesis at the end, is one party */
	if (s.n > 4 && s.p[s.n - 1] == ')' && sl_find(s, ", ") != SIZE_MAX) {
		size_t open = sl_find(s, "(");
		size_t c0 = sl_find(s, ", ");
		/* the parts after the first name no office and add no one:
		 * "Secretary of State Vance, Secretary of Defense Brown, and
		 * the President's Assistant (Brzezinski)" are three */
		int one = open != SIZE_MAX && open > c0;
		for (size_t at = c0; one && at != SIZE_MAX && at < open;) {
			struct slice part = sl_from(s, at + 2);
			size_t nx = sl_find(part, ", ");
			if (nx != SIZE_MAX)
				part = sl_of(part.p, nx);
			one = !sl_istarts(part, "and ") && !office_led(part);
			at = nx == SIZE_MAX ? SIZE_MAX : at + 2 + nx;
		}
		if (one && sl_find(sl_from(s, open + 1), "(") == SIZE_MAX && office_led(sl_of(s.p, c0)) &&
		    name_like(sl_trim(sl_of(s.p + open + 1, s.n - open - 2)), 0)) {
			char *office;
			char *name = party_with_office(r, s, &office);
			if (name != NULL) {
				size_t before = p->nparties;
				hprop_party(p, name, office);
				free(name);
				free(office);
				return p->nparties > before;
			}
			free(office);
		}
	}
	/* "ONE Board and Staff": a body and its staff, one party */
	if (body_and_staff(s)) {
		char *whole = sl_dup(s);
		size_t before = p->nparties;
		hprop_party(p, whole, NULL);
		free(whole);
		return p->nparties > before;
	}
	/* a date after the parties ("..., 21 November 1962") is no party */
	while (s.n > 0) {
		size_t sep, k = party_sep(s, &sep);
		struct slice part = k == SIZE_MAX ? s : sl_of(s.p, k);
		part = sl_trim(part);
		if (sl_istarts(part, "and "))
			part = sl_trim(sl_from(part, 4));
		/* "TO THE HONORABLE, ALLEN DULLES": a form of address set
		 * apart by a comma is no party; the name after it is */
		static const char *const address_words[] = { "the", "honorable", "honourable", "hon", "his", "her",
							     "excellency", "mr", "mrs", "dr", NULL };
		struct slice aw[4];
		size_t an = tok_split(part, aw, 4), only = 0;
		for (size_t q = 0; q < an && an <= 4; q++)
			only += tok_in(tok_bare(aw[q]), address_words);
		if (an > 0 && an <= 4 && only == an && k != SIZE_MAX) {
			s = sl_trim(sl_from(s, k + sep));
			continue;
		}
		/* "Trudeau letter to MT", "... to MT (1529Z) (...)": initials
		 * the catalogue writes for a person, its notes after them */
		size_t iend = 0;
		struct slice initials = tok_next(part, &iend), inote = sl_ltrim(sl_from(part, iend));
		const char *known =
			inote.n == 0 || inote.p[0] == '(' || inote.p[0] == '[' ? page_initials(r, initials) : NULL;
		if (known != NULL) {
			size_t before = p->nparties;
			hprop_party(p, known, NULL);
			added += p->nparties > before;
			if (k == SIZE_MAX)
				break;
			s = sl_trim(sl_from(s, k + sep));
			continue;
		}
		/* "with a Delegation of Baghdad City Government": the body
		 * named, not the article */
		size_t art = sl_istarts(part, "a ") ? 2 : sl_istarts(part, "an ") ? 3 : 0;
		if (art > 0 && art < part.n && part.p[0] == 'a' && tok_is_upper(tok_next(sl_from(part, art), &(size_t){ 0 })))
			part = sl_from(part, art);
		/* "A. I. Alekseyev, Record of Conversations with ...": the
		 * paper named after its author, no party */
		struct slice kafter;
		if (tok_is_upper(part) && header_kind_find(part, 1, &kafter) != NULL)
			break;
		/* "Leaders of the Communist Party of the Soviet Union",
		 * "Members of the Indonesian Delegation": a group named by
		 * whom it belongs to is one party, in full (its first word
		 * alone matched any other "Leaders" of the library) */
		struct slice group = tok_bare(tok_next(part, &(size_t){ 0 }));
		if (tok_in(group, lex_group_nouns) && tok_is_upper(group) && sl_find(part, " of ") == group.n &&
		    (k == SIZE_MAX || sl_find(part, " and ") == SIZE_MAX)) {
			char *whole = sl_dup(part);
			size_t before = p->nparties;
			hprop_party(p, whole, NULL);
			free(whole);
			added += p->nparties > before;
			if (k == SIZE_MAX)
				break;
			s = sl_trim(sl_from(s, k + sep));
			continue;
		}
		/* "Notes of CC CPSU Politburo Session": a sitting, no party */
		struct slice ptok[16];
		size_t pn = tok_split(part, ptok, 16);
		if (pn > 0 && pn <= 16 && tok_in(tok_bare(ptok[pn - 1]), party_sittings))
			break;
		/* "..., and Dubček's Notes": another paper, not a party */
		size_t pos = sl_find(part, "'s "), pos2 = sl_find(part, "\xe2\x80\x99s ");
		struct slice paper;
		if ((pos != SIZE_MAX && header_kind_find(sl_from(part, pos + 3), 1, &paper) != NULL) ||
		    (pos2 != SIZE_MAX && header_kind_find(sl_from(part, pos2 + 5), 1, &paper) != NULL))
			break;
		/* "Nikita S. Khrushchev, First Secretary of the Central
		 * Committee ..., to ...": the office of the party before */
		struct slice first = tok_bare(tok_next(part, &(size_t){ 0 }));
		/* "..., CHAIRMAN/COMMITTEE ON OVERSIGHT AND GOVERNMENT
		 * REFORM": a catalogue's slash for the comma between an
		 * office and its body; the office word before it */
		size_t slash = sl_find(first, "/");
		int slashed = slash != SIZE_MAX && slash > 2 && slash + 1 < first.n &&
			      tok_in(sl_of(first.p, slash), lex_person_offices);
		if (slashed)
			first = sl_of(first.p, slash);
		/* "Comrade Hermann Axen, Member of the Politburo and Secretary
		 * of the Central Committee": an office joined by "and" to the
		 * one before is the same holder's (the first one kept) */
		if (p->nparties > 0 && (p->parties[p->nparties - 1].office == NULL || more_offices) &&
		    (tok_in(first, lex_person_offices) || sl_ieq(first, "first") || sl_ieq(first, "general")) &&
		    tok_is_upper(first) && sl_find(part, " of ") != SIZE_MAX) {
			if (p->parties[p->nparties - 1].office == NULL)
				p->parties[p->nparties - 1].office = office_name(part);
			if (k == SIZE_MAX)
				break;
			more_offices = sep == 5;
			s = sl_trim(sl_from(s, k + sep));
			continue;
		}
		more_offices = 0;
		/* "Valeriu Georgescu, Extraordinary Envoy and Plenipotentiary
		 * Minister of Romania": a person's offices after the name, to
		 * the end of the list */
		if (p->nparties > 0 && p->parties[p->nparties - 1].office == NULL &&
		    (strchr(p->parties[p->nparties - 1].name, ' ') != NULL || titled) && tok_is_upper(first) &&
		    (office_words(part) || slashed)) {
			p->parties[p->nparties - 1].office = office_name(s);
			break;
		}
		if (header_place(part)) {
			/* "Telegram from Mexican Embassy, Prague": a mission
			 * named with its city is the mission there */
			if (added > 0 && mission_named(p->parties[p->nparties - 1].name)) {
				char *there = xasprintf("%s in %.*s", p->parties[p->nparties - 1].name, (int)part.n, part.p);
				free(p->parties[p->nparties - 1].name);
				p->parties[p->nparties - 1].name = there;
			}
			break; /* "..., Crimea, 25 July 1978": where, not who */
		}
		if (after_comma && !and_list && k == SIZE_MAX && added == 1 && part_names_no_one(part))
			break;
		/* "the International Department, Central Committee of CCP": a
		 * unit, a comma and the body it belongs to, one party */
		if (after_comma && added > 0 && unit_of_body(p->parties[p->nparties - 1].name, part)) {
			struct buf b;
			buf_init(&b);
			buf_add(&b, p->parties[p->nparties - 1].name, strlen(p->parties[p->nparties - 1].name));
			buf_add(&b, ", ", 2);
			buf_add(&b, part.p, part.n);
			free(p->parties[p->nparties - 1].name);
			p->parties[p->nparties - 1].name = buf_detach(&b);
			if (k == SIZE_MAX)
				break;
			after_comma = sep == 2;
			s = sl_trim(sl_from(s, k + sep));
			continue;
		}
		char *office;
		char *name = party_with_office(r, part, &office);
		/* "the Chairman of the KGB, Comrade Chebrikov": the office may
		 * take the article */
		struct slice lead = first;
		if (sl_ieq(first, "the"))
			lead = tok_bare(tok_next(part, &(size_t){ 4 }));
		int led = tok_in(lead, lex_person_offices) || office_led(part) || office_words(part);
		/* "the Assistant Secretary of State (Todman) and the Director
		 * ... (Saunders)": an office whose holder stands in its
		 * parenthesis waits for no holder after it */
		int held = name != NULL && office != NULL && part.n > 0 && part.p[part.n - 1] == ')';
		if ((name == NULL || led) && !held && k != SIZE_MAX && tok_is_upper(lead) && (led || sl_ieq(lead, "first"))) {
			/* "Prime Minister of the Mongolian People's Republic,
			 * Comrade Tsedenbal": the office, then its holder */
			struct slice rest2 = sl_trim(sl_from(s, k + sep));
			size_t s3, k3 = party_sep(rest2, &s3);
			struct slice holder = k3 == SIZE_MAX ? rest2 : sl_of(rest2.p, k3);
			/* "the Deputy First Minister and Minister of Foreign
			 * Affairs of Indonesia, Subandrio": offices one holder
			 * holds, then the holder */
			int more = 0;
			for (; more < 2 && k3 != SIZE_MAX && office_only(holder); more++) {
				rest2 = sl_trim(sl_from(rest2, k3 + s3));
				k3 = party_sep(rest2, &s3);
				holder = k3 == SIZE_MAX ? rest2 : sl_of(rest2.p, k3);
			}
			/* the holder follows his office after a comma, or after
			 * his other offices; "Secretary Muskie and Secretary
			 * Brown", "Secretary of State Muskie and Brown" are two */
			char *o2;
			char *n2 = sep == 2 || more > 0 ? party_with_office(r, holder, &o2) : (o2 = NULL);
			if (n2 != NULL && name_like(sl_cstr(n2), 0) && sl_find(sl_cstr(n2), " of ") == SIZE_MAX) {
				free(name);
				free(office);
				free(o2);
				added += party_held(p, n2, part);
				free(n2);
				if (k3 == SIZE_MAX)
					break;
				s = sl_trim(sl_from(rest2, k3 + s3));
				continue;
			}
			free(n2);
			free(o2);
			/* "Chief, Historical tuff" (scanned): an office word
			 * alone is no party; the unit it heads is */
			struct slice pt[2], ht[2];
			if (tok_split(part, pt, 2) == 1 && tok_split(holder, ht, 2) >= 1 && tok_is_upper(ht[0]) &&
			    !header_place(holder) && holder.n < 60) {
				free(name);
				free(office);
				char *unit = sl_dup(sl_trim(holder));
				added += party_held(p, unit, part);
				free(unit);
				if (k3 == SIZE_MAX)
					break;
				s = sl_trim(sl_from(rest2, k3 + s3));
				continue;
			}
		}
		if (name == NULL) {
			free(office);
			break;
		}
		size_t before = p->nparties;
		hprop_party(p, name, office);
		added += p->nparties > before;
		titled = tok_in(first, name_honorifics) && !tok_in(first, lex_person_offices);
		free(name);
		free(office);
		if (k == SIZE_MAX)
			break;
		after_comma = sep == 2;
		s = sl_trim(sl_from(s, k + sep));
	}
	return added;
}

/* One side of "from X to Y": "Telegram from Beirut to ...", "From Beijing
 * to Warsaw": a post named alone stands for its mission. */
static size_t side_parties(struct hreader *r, struct hprop *p, struct slice s)
{
	size_t c = sl_find(s, ","), sp;
	struct slice first = sl_trim(c == SIZE_MAX ? s : sl_of(s.p, c));
	if (party_sep(first, &sp) == SIZE_MAX && header_place(first)) {
		char *post = sl_dup(first);
		hprop_party(p, post, NULL);
		free(post);
		return 1;
	}
	return header_parties(r, p, s);
}

/* "Mieczyslaw Dedo, Polish Ambassador to the DPRK, concerning ...": an
 * envoy's office set between commas after his name, the " to " at at
 * inside it naming his post, not a recipient. */
static int appositive_post(struct slice s, size_t at)
{
	static const char *const envoys[] = { "ambassador", "envoy", "minister", "representative", "delegate", "consul",
					      "charg\xc3\xa9", "charge", "attach\xc3\xa9", "attache", NULL };
	struct slice before = sl_of(s.p, at), tk[6];
	size_t c = SIZE_MAX;
	for (size_t i = 0; i + 1 < before.n; i++)
		if (before.p[i] == ',' && before.p[i + 1] == ' ')
			c = i;
	if (c == SIZE_MAX || c == 0)
		return 0;
	size_t n = tok_split(sl_from(before, c + 2), tk, 6);
	if (n == 0 || n > 4 || !tok_in(tok_bare(tk[n - 1]), envoys))
		return 0;
	size_t close = sl_find(sl_from(s, at + 4), ", ");
	return close != SIZE_MAX && close < 40 && sl_ifind_top(sl_of(s.p + at + 4, close), " to ") == SIZE_MAX;
}

/* Envoys and their missions, whose "to" names the country they are
 * posted to ("the Chinese Embassy to the Soviet Union"); a body's names
 * whom it writes to ("the CPSU Central Committee to Albania"). */
static const char *const envoy_posts[] = { "ambassador", "envoy", "minister", "representative", "consul", "chargé",
					   "charge", "attaché", "attache", "embassy", "legation", "mission", "consulate",
					   NULL };

/* The " to " that parts sender from recipient: not the one inside an
 * office ("Ambassador to the USA") when another follows. */
static size_t title_to(struct slice s)
{
	size_t at = sl_ifind_top(s, " to ");
	while (at != SIZE_MAX) {
		struct slice before = sl_rtrim(sl_of(s.p, at));
		size_t w = before.n;
		while (w > 0 && before.p[w - 1] != ' ')
			w--;
		size_t next = sl_ifind_top(sl_from(s, at + 4), " to ");
		/* "... and Aid to the People's Republic of Mongolia": a noun
		 * that takes "to" for its object, no sender before it */
		/* "... COMMUNICATIONS TO PROVIDE CIA COMMENTS": "to" and a verb,
		 * an aim */
		/* "... RELATING TO THE BERLIN ... SITUATION": a participle's
		 * "to" */
		struct slice verb = tok_bare(tok_next(sl_from(s, at + 4), &(size_t){ 0 }));
		struct slice last = tok_bare(sl_from(before, w));
		if (tok_in(last, lex_to_nouns) || tok_in(last, lex_to_governors) || tok_in(verb, lex_infinitives)) {
			if (next == SIZE_MAX)
				return SIZE_MAX;
			at = at + 4 + next;
			continue;
		}
		int office = tok_in(tok_bare(sl_from(before, w)), lex_office_nouns);
		/* "Soviet Ambassador to Cuba Aleksandr Alekseev": no recipient;
		 * "the Chinese Embassy to the Soviet Union", its only " to ": a
		 * mission's post, a country, not its recipient */
		if (office && next == SIZE_MAX &&
		    (office_then_person(s) != SIZE_MAX || appositive_post(s, at) ||
		     (at == sl_ifind_top(s, " to ") && tok_in(tok_bare(sl_from(before, w)), envoy_posts) &&
		      country_led(sl_from(s, at + 4)))))
			return SIZE_MAX;
		if (!office || next == SIZE_MAX)
			return at;
		at = at + 4 + next;
	}
	return SIZE_MAX;
}

/* Proposes the parties of "X to Y" (or "from X to Y", "by X", "between X
 * and Y", "of X with Y"). Without a kind word, "X to Y" must read as
 * parties on both sides. */
static int office_words(struct slice s);

/* "Premier Zhou Enlai Receives Soviet Ambassador to China Stepan
 * Chervonenko": a host and his guest, the record's two sides (the
 * Chinese Foreign Ministry's form). Without a kind word both must read as
 * parties, and the reception is then the paper's kind, weakly. 1 when
 * read. */
static int reception_parties(struct hreader *r, struct slice rest, int kinded, int w, const char *source,
			     struct slice ev)
{
	static const char *const verbs[] = { " receives ", " receive ", NULL };
	size_t at = SIZE_MAX, vn = 0;
	for (size_t i = 0; verbs[i] != NULL && at == SIZE_MAX; i++)
		if ((at = sl_ifind_top(rest, verbs[i])) != SIZE_MAX)
			vn = strlen(verbs[i]);
	if (at == SIZE_MAX || at == 0)
		return 0;
	struct slice host = sl_of(rest.p, at), guest = sl_from(rest, at + vn);
	if (!kinded) {
		/* each side may be a list: its first party must read */
		size_t sep, kh = party_sep(host, &sep), kg = party_sep(guest, &sep);
		char *ox, *oy, *x = party_with_office(r, kh == SIZE_MAX ? host : sl_of(host.p, kh), &ox),
				*y = party_with_office(r, kg == SIZE_MAX ? guest : sl_of(guest.p, kg), &oy);
		/* the host named by his office or rank ("Premier Zhou",
		 * "Vice-Minister Zhang", "Comrade ..."), the guest a person, an
		 * office's holder or a delegation: "The Harbour Receives the
		 * First Ships" is no reception */
		struct slice h0 = tok_bare(tok_next(host, &(size_t){ 0 }));
		size_t dash = sl_find(h0, "-");
		struct slice h1 = dash == SIZE_MAX ? h0 : sl_of(h0.p, dash);
		int titled = tok_in(h0, name_honorifics) || tok_in(h0, lex_person_offices) || tok_in(h1, lex_person_offices);
		int ok = x != NULL && y != NULL && titled &&
			 (name_like(sl_cstr(y), 0) || oy != NULL || office_words(sl_cstr(y)) || party_office(sl_cstr(y)));
		free(x);
		free(y);
		free(ox);
		free(oy);
		if (!ok)
			return 0;
		hprop_text(r, HF_KIND, w - 2, source, sl_cstr("record of conversation"), ev);
	}
	header_parties(r, hprop_add(r, HF_FROM, w, source, ev), host);
	header_parties(r, hprop_add(r, HF_TO, w, source, ev), guest);
	return 1;
}

/* "the Delegation of Our Party": a side named by the writer, in the
 * first person ("US", in capitals, is the country). */
static int first_person(struct slice s)
{
	static const char *const words[] = { "our", "my", "we", NULL };
	size_t pos = 0;
	for (struct slice t = tok_next(s, &pos); t.n > 0; t = tok_next(s, &pos)) {
		struct slice b = tok_bare(t);
		/* "us" and "me" as written, not in capitals */
		if (tok_in(b, words) || ((sl_ieq(b, "us") || sl_ieq(b, "me")) && !(b.p[1] >= 'A' && b.p[1] <= 'Z')))
			return 1;
	}
	return 0;
}

/* "Transcript of the Discussions on the Occasion of the Reception by
 * Comrade N. Ceausescu of I. Czesak, Member of ...", "Note on the
 * Reception of the Polish Ambassador by Comrade Zhou Enlai", "Minutes of
 * Conversation Taken on the Occasion of the Audience Granted by Comrade
 * Nicolae Ceausescu to the Delegation of ...": a record of a reception
 * or an audience, its host the one side, its guest the other. 1 when
 * read. */
static int reception_named(struct hreader *r, struct slice rest, int kinded, int w, const char *source,
			   struct slice ev)
{
	/* the sitting and its host first, then a word before the guest; or
	 * the guest first, then "by" and the host */
	static const struct {
		const char *lead;
		const char *mids[3];
	} forms[] = {
		{ "reception by ", { " of ", " for ", NULL } },
		{ "audience granted by ", { " to ", " for ", NULL } },
		{ "audience given by ", { " to ", " for ", NULL } },
		{ "interview granted by ", { " to ", NULL } },
		{ "interview given by ", { " to ", NULL } },
		{ "reception given by ", { " for ", " to ", NULL } },
		{ "reception of ", { " by ", NULL } },
	};
	size_t at = SIZE_MAX, f = 0;
	for (; f < sizeof forms / sizeof forms[0] && at == SIZE_MAX; f++)
		at = sl_ifind_top(rest, forms[f].lead);
	/* no kind word before it: the sitting opens the title ("Record of
	 * the Reception Given by ...") */
	if (at == SIZE_MAX || at > (kinded ? 60u : 24u) || (at > 0 && rest.p[at - 1] != ' '))
		return 0;
	f--;
	int host_first = forms[f].mids[0][1] != 'b';
	struct slice body = sl_from(rest, at + strlen(forms[f].lead));
	for (size_t m = 0; m < 2 && forms[f].mids[m] != NULL; m++) {
		const char *mid = forms[f].mids[m];
		size_t mn = strlen(mid);
		for (size_t k = sl_find_top(body, mid); k != SIZE_MAX;) {
			struct slice a = sl_trim(sl_of(body.p, k)), b = sl_trim(sl_from(body, k + mn));
			/* "by the Minister of Foreign Affairs of ...", "by the
			 * Ambassador to China ... to ...": an office's own word */
			size_t wb = a.n;
			while (wb > 0 && a.p[wb - 1] != ' ')
				wb--;
			struct slice last = tok_bare(sl_from(a, wb));
			/* the guest a name or a body ("the Delegation of ...") */
			struct slice named = sl_istarts(b, "the ") ? sl_ltrim(sl_from(b, 4)) : b;
			if (!tok_in(last, lex_person_offices) && !tok_in(last, lex_office_nouns) && tok_is_upper(named)) {
				struct slice host = host_first ? a : b, guest = host_first ? b : a;
				/* "the Reception of the Delegation of Our Party by
				 * Comrade Kim Il Sung": the account of a side that
				 * names itself in the first person, its writer
				 * unnamed, the other side no recipient */
				if (first_person(host) || first_person(guest))
					return 1;
				header_parties(r, hprop_add(r, HF_FROM, w, source, ev), host);
				header_parties(r, hprop_add(r, HF_TO, w, source, ev), guest);
				return 1;
			}
			size_t nx = sl_find_top(sl_from(body, k + mn), mid);
			k = nx == SIZE_MAX ? SIZE_MAX : k + mn + nx;
		}
	}
	return 0;
}

/* "Record of Conversation from Premier Zhou Enlai's Reception of the
 * Indonesian Ambassador", "Conversation from [Mao Zedong's] Audience with
 * Brazilian Journalists": the host by his possessive, the sitting's noun,
 * then its guest; the host the one side, the guest the other. 1 when
 * read. */
static int possessive_sitting(struct hreader *r, struct slice rest, int w, const char *source, struct slice ev)
{
	static const char *const marks[] = { "'s ", "\xe2\x80\x99s ", "'s] ", "\xe2\x80\x99s] ", NULL };
	if (sl_istarts(rest, "from "))
		rest = sl_trim(sl_from(rest, 5));
	/* "Transcript of Brezhnev's Phone Conversation with Kania" */
	else if (sl_istarts(rest, "of "))
		rest = sl_trim(sl_from(rest, 3));
	for (size_t m = 0; marks[m] != NULL; m++) {
		size_t at = sl_find(rest, marks[m]);
		if (at == SIZE_MAX || at == 0 || at > 80)
			continue;
		struct slice after = sl_from(rest, at + strlen(marks[m]));
		size_t pos = 0;
		struct slice noun = tok_bare(tok_next(after, &pos));
		/* "Brezhnev's Phone Conversation with Kania" */
		if (sl_ieq(noun, "phone") || sl_ieq(noun, "telephone"))
			noun = tok_bare(tok_next(after, &pos));
		if (!tok_in(noun, lex_sittings) || !tok_is_upper(noun))
			continue;
		struct slice tail = sl_trim(sl_from(after, pos));
		size_t prep = sl_istarts(tail, "of ") ? 3 : sl_istarts(tail, "with ") ? 5 : 0;
		if (prep == 0)
			continue;
		struct slice host = sl_of(rest.p, at);
		if (host.n > 0 && host.p[0] == '[')
			host = sl_from(host, 1);
		struct slice guest = sl_trim(sl_from(tail, prep));
		if (host.n == 0 || guest.n == 0)
			return 0;
		header_parties(r, hprop_add(r, HF_FROM, w, source, ev), host);
		header_parties(r, hprop_add(r, HF_TO, w, source, ev), guest);
		return 1;
	}
	return 0;
}

/* Where the subject of a title's sitting begins (" concerning ",
 * " regarding ", " about ", " on "), or SIZE_MAX. */
static size_t subject_at(struct slice s)
{
	static const char *const subjects[] = { " concerning ", " regarding ", " about ", " on ", NULL };
	size_t first = SIZE_MAX;
	for (size_t i = 0; subjects[i] != NULL; i++) {
		size_t at = sl_ifind_top(s, subjects[i]);
		if (at < first)
			first = at;
	}
	return first;
}

/* "between Bulgarian Deputy Foreign Minister, Maria Zaharieva, and ...":
 * an office set before its holder's name by a comma is one side with it;
 * the sides part at the separator after the name. a is the separator
 * party_sep found in s (*sep its length); returns the one to part at. */
static size_t past_apposition(struct slice s, size_t a, size_t *sep)
{
	if (a == SIZE_MAX || *sep != 2 || !office_words(sl_of(s.p, a)))
		return a;
	struct slice after = sl_from(s, a + 2);
	size_t s2, k = party_sep(after, &s2);
	if (k == SIZE_MAX)
		return a;
	struct slice holder = sl_trim(sl_of(after.p, k));
	if (!name_like(holder, 0) || office_words(holder) || party_office(holder))
		return a;
	*sep = s2 == 2 && sl_istarts(sl_from(after, k + 2), "and ") ? 6 : s2;
	return a + 2 + k;
}

/* "Report on Conversation between Prof. Manfred Gerlach and Kim Il
 * Sung", "Cable on Meeting Between A and B", "Report on Visit of Soviet
 * Ambassador A to the Foreign Ministry": a paper sent about a meeting
 * names the meeting's sides, or the visitor and the place visited, not
 * its own sender and recipient; a cover letter's address, a form's
 * labels and a signature say more. after: the title after its kind.
 * 1: a meeting's sides (they may stand for the paper's, weakly); 2: a
 * visit (the visitor and the place visited stand for no one). */
static int reported_on(const char *kind, struct slice after)
{
	static const char *const sent[] = { "report", "telegram", "cable", "letter", "message", "despatch", NULL };
	static const char *const about[] = { "on ", "about ", "regarding ", "concerning ", NULL };
	after = sl_trim(after);
	size_t k = 0, a = 0;
	while (sent[k] != NULL && strcmp(kind, sent[k]) != 0)
		k++;
	while (about[a] != NULL && !sl_istarts(after, about[a]))
		a++;
	if (sent[k] == NULL || about[a] == NULL)
		return 0;
	struct slice topic = sl_ltrim(sl_from(after, strlen(about[a])));
	if (sl_istarts(topic, "the "))
		topic = sl_ltrim(sl_from(topic, 4));
	size_t b = sl_ifind_top(topic, "between ");
	if (sl_istarts(topic, "visit of ") || sl_istarts(topic, "visit by "))
		return 2;
	return b != SIZE_MAX && b < 40;
}

/* "Information on the Talks between Kim Il Sung and Todor Zhivkov": a
 * report about a sitting whose noun the kind was read from (head: the
 * title to the end of that noun). */
static int report_on_sitting(struct slice head)
{
	static const char *const reports[] = { "information", "report", NULL };
	static const char *const about[] = { "on", "about", "regarding", "concerning", NULL };
	struct slice tk[6];
	size_t n = tok_split(head, tk, 6);
	return n >= 3 && n <= 5 && tok_in(tok_bare(tk[0]), reports) && tok_in(tk[1], about) &&
	       tok_in(tok_bare(tk[n - 1]), lex_sittings);
}

/* A side's family name: its last word, bare ("Zhivkov"); empty for a
 * body ("the Bulgarian delegation"). */
static struct slice side_surname(struct slice side)
{
	struct slice tk[12];
	size_t n = tok_split(side, tk, 12);
	if (n == 0 || n > 12)
		return sl_of(side.p, 0);
	struct slice last = tok_bare(tk[n - 1]);
	if (!tok_is_upper(last) || tok_in(last, lex_body_nouns) || tok_in(last, lex_office_nouns) ||
	    tok_in(last, lex_person_offices) || last.n < 3)
		return sl_of(side.p, 0);
	return last;
}

/* Whether a record "between A and B" was written by B: its text in the
 * first person ("I will cover some aspects of our conversations with
 * comrade Kim Il Sung ...") names A and never B, as a writer names the
 * one he talked with and not himself. */
static int written_by_second(struct hreader *r, struct slice a, struct slice b)
{
	struct slice sa = side_surname(a), sb = side_surname(b);
	if (sa.n == 0 || sb.n == 0 || sl_eq_slice(sa, sb))
		return 0;
	size_t first_person = 0, named_a = 0, named_b = 0, read = 0;
	for (size_t i = line_next(&r->L, r->top); i < r->footer && read < 3000; i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i);
		/* the text's paragraphs, not the page's title and labels */
		if (r->roles[i].role != HR_TEXT || t.n < 80)
			continue;
		read += t.n;
		size_t pos = 0;
		for (struct slice w = tok_next(t, &pos); w.n > 0; w = tok_next(t, &pos)) {
			struct slice bare = tok_bare(w);
			first_person += sl_eq_slice(bare, sl_cstr("I"));
			named_a += sl_eq_slice(bare, sa);
			named_b += sl_eq_slice(bare, sb);
		}
	}
	return first_person >= 2 && named_a > 0 && named_b == 0;
}

/* A talk's two sides in rest, the first before at, the second after
 * the joining word (skip bytes from at), as its sender and recipient,
 * when the first names a person (both: the second too). 1 when read. */
static int talk_sides(struct hreader *r, struct slice rest, size_t at, size_t skip, int both, int w, const char *source,
		      struct slice ev)
{
	struct slice a = sl_of(rest.p, at), b = sl_from(rest, at + skip);
	char *oa = NULL, *ob = NULL;
	char *na = party_with_office(r, a, &oa), *nb = both ? party_with_office(r, b, &ob) : NULL;
	int people = na != NULL && (!both || nb != NULL);
	free(na);
	free(nb);
	free(oa);
	free(ob);
	if (!people)
		return 0;
	header_parties(r, hprop_add(r, HF_FROM, w, source, ev), a);
	header_parties(r, hprop_add(r, HF_TO, w, source, ev), b);
	return 1;
}

/* Whether a title names a sitting among its first words ("Record of
 * Conversation, ..."). */
static int sitting_titled(struct slice t)
{
	struct slice tk[4];
	size_t n = tok_split(t, tk, 4);
	for (size_t i = 0; i < n && i < 4; i++)
		if (tok_in(tok_bare(tk[i]), lex_sittings))
			return 1;
	return 0;
}

static void title_parties(struct hreader *r, struct slice rest, int kinded, int w, const char *source,
			  struct slice ev)
{
	rest = sl_trim(rest);
	int comma_led = rest.n > 0 && rest.p[0] == ','; /* "Record of Conversation, A and B" */
	while (rest.n > 0 && strchr(",:-", rest.p[0]) != NULL)
		rest = sl_trim(sl_from(rest, 1));
	if (reception_parties(r, rest, kinded, w, source, ev))
		return;
	/* "Memorandum Prepared in the Department of State for the White
	 * House", "Paper Prepared by the Policy Planning Staff": who made
	 * it, and for whom */
	/* "Information Report Sent by Khabarovskiy Kray (Territory)
	 * Committee to CPSU CC": sent by one to another */
	if (kinded && (sl_istarts(rest, "sent by ") || sl_istarts(rest, "sent from ")))
		rest = sl_ltrim(sl_from(rest, 5));
	/* ("Paper Prepared by ...": a paper's noun that is no kind first) */
	size_t p0 = 0;
	struct slice n0 = tok_next(rest, &p0), n1 = tok_next(rest, &(size_t){ p0 });
	if (!kinded && tok_is_upper(n0) && sl_ieq(n1, "prepared"))
		rest = sl_ltrim(sl_from(rest, p0));
	/* "Remarks by the East German Embassy in Hanoi on the Article ...":
	 * words said or written, no kind, by their author */
	static const char *const sayings[] = { "remarks", "comments", "observations", "reflections", "thoughts",
					       "considerations", "views", "notes", NULL };
	if (!kinded && tok_is_upper(n0) && tok_in(n0, sayings) && sl_ieq(n1, "by"))
		rest = sl_ltrim(sl_from(rest, p0));
	if (sl_istarts(rest, "prepared ")) {
		struct slice r2 = sl_ltrim(sl_from(rest, 9));
		if (sl_istarts(r2, "in ") || sl_istarts(r2, "by ") || sl_istarts(r2, "for ")) {
			int for_only = sl_istarts(r2, "for ");
			struct slice body = sl_from(r2, for_only ? 4 : 3);
			size_t f = for_only ? 0 : sl_ifind_top(body, " for ");
			if (!for_only)
				header_parties(r, hprop_add(r, HF_FROM, w, source, ev),
					       f == SIZE_MAX ? body : sl_of(body.p, f));
			if (for_only || f != SIZE_MAX)
				header_parties(r, hprop_add(r, HF_TO, w, source, ev), for_only ? body : sl_from(body, f + 5));
			return;
		}
	}
	if (kinded && possessive_sitting(r, rest, w, source, ev))
		return;
	if (reception_named(r, rest, kinded, w, source, ev))
		return;
	/* "Memorandum for the Secretary of State from John A. McCone"; a
	 * catalogue's title copied from the memorandum's header keeps its
	 * colon ("MEMORANDUM FOR: DEPUTY DIRECTOR FROM ...") */
	char *colonless = NULL;
	if (kinded && sl_istarts(rest, "for: ") && sl_ifind_top(rest, " from ") != SIZE_MAX) {
		colonless = xasprintf("for %.*s", (int)(rest.n - 5), rest.p + 5);
		rest = sl_cstr(colonless);
	}
	if (kinded && sl_istarts(rest, "for ")) {
		size_t f = sl_ifind_top(rest, " from ");
		/* "for from further ...": no one between the two words */
		if (f != SIZE_MAX && f < 4)
			f = SIZE_MAX;
		struct slice dest = sl_trim(f == SIZE_MAX ? sl_from(rest, 4) : sl_of(rest.p + 4, f - 4));
		/* "Memorandum for the Record", "Memo for the Record Re ...":
		 * for no one, whatever its subject after */
		struct slice rec = sl_istarts(dest, "the ") ? sl_ltrim(sl_from(dest, 4)) : dest;
		int record = sl_istarts(rec, "record") && (rec.n == 6 || !ch_is_alpha((unsigned char)rec.p[6]));
		if (!record)
			header_parties(r, hprop_add(r, HF_TO, w, source, ev), dest);
		if (f != SIZE_MAX)
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev), sl_from(rest, f + 6));
		free(colonless);
		return;
	}
	/* "Urgent Note from the Conversation of A with B": a record taken
	 * from the talk, whose sides it names; no sender after "from" */
	if (kinded && (sl_istarts(rest, "from the ") || sl_istarts(rest, "from a "))) {
		struct slice after = sl_ltrim(sl_from(rest, sl_istarts(rest, "from the ") ? 9 : 7));
		if (tok_in(tok_bare(tok_next(after, &(size_t){ 0 })), lex_sittings))
			rest = after;
	}
	/* "Transcript, Meeting of A and B": the meeting's parties */
	if (kinded) {
		static const char *const meetings[] = { "meeting of ", "meeting between ", "conversation of ",
							"conversation between ", "talks between ", "discussion between ", NULL };
		for (size_t k = 0; meetings[k] != NULL; k++) {
			if (sl_istarts(rest, meetings[k])) {
				rest = sl_from(rest, strlen(meetings[k]) - (sl_find(sl_cstr(meetings[k]), "of ") != SIZE_MAX ? 3 : 8));
				break;
			}
		}
	}
	/* "Conversation of A with B", "Record of Meeting between A and B",
	 * "Minutes of the Discussions of Cdes. A, B and C with D" */
	size_t betw = sl_ifind_top(rest, "between ");
	if (kinded && betw != SIZE_MAX && betw < 48 && (betw == 0 || rest.p[betw - 1] == ' ')) {
		/* "Note on the Relations between China and Poland": what lies
		 * between two countries is the paper's subject, not its sides */
		static const char *const topics[] = { "relations", "relationship", "cooperation", "co-operation", "ties",
						      "trade", "differences", "dispute", "disputes", "agreement",
						      "agreements", "treaty", "border", "boundary", "friendship", "conflict",
						      "contacts", "exchanges", "rapprochement", "split", "rift", "war",
						      "alliance", "rivalry", "contradictions", "polemics", "struggle", NULL };
		size_t wb = betw > 0 ? betw - 1 : 0;
		while (wb > 0 && rest.p[wb - 1] != ' ')
			wb--;
		if (betw > 0 && tok_in(tok_bare(sl_of(rest.p + wb, betw - 1 - wb)), topics))
			return;
		/* "Letter to Hugo Abreu on a Conversation between A and B": a
		 * sitting the paper is about, after its recipient; its sides
		 * are not the paper's */
		struct slice before = sl_of(rest.p, betw);
		int about = sl_istarts(rest, "to ") && (sl_ifind_top(before, " on ") != SIZE_MAX ||
							sl_ifind_top(before, " about ") != SIZE_MAX ||
							sl_ifind_top(before, " regarding ") != SIZE_MAX ||
							sl_ifind_top(before, " concerning ") != SIZE_MAX);
		if (!about)
			rest = sl_from(rest, betw);
	}
	/* "Memorandum of Conversation, Comrade Abdyl Kellezi with Comrade
	 * Zhou Enlai": the recorder's side, then the other */
	size_t with = sl_ifind_top(rest, " with ");
	if (kinded && with != SIZE_MAX && title_to(rest) == SIZE_MAX && !sl_istarts(rest, "of ") &&
	    !sl_istarts(rest, "between ") && !sl_istarts(rest, "by ") && !sl_istarts(rest, "from ") &&
	    !sl_istarts(rest, "for ") && tok_is_upper(rest) && talk_sides(r, rest, with, 6, 0, w, source, ev))
		return;
	/* "Record of Conversation, Soviet Ambassador A.M. Puzanov and
	 * Taraki": a talk's two sides after the comma, the recorder's
	 * first */
	size_t and = sl_ifind_top(rest, " and ");
	if (kinded && with == SIZE_MAX && and != SIZE_MAX && comma_led && title_to(rest) == SIZE_MAX && tok_is_upper(rest) &&
	    sitting_titled(ev) &&
	    talk_sides(r, rest, and, 5, 1, w, source, ev))
		return;
	/* "Record of a Conversation with Fidel Castro": the other side */
	if (kinded && sl_istarts(rest, "with ")) {
		header_parties(r, hprop_add(r, HF_TO, w, source, ev), sl_from(rest, 5));
		return;
	}
	if (kinded && (sl_istarts(rest, "between ") || sl_istarts(rest, "of ") || sl_istarts(rest, "by "))) {
		int between = sl_istarts(rest, "between ");
		struct slice body = sl_from(rest, between ? 8 : 3);
		if (sl_istarts(body, "the ") && !between) {
			/* "of the Discussions of ...": the meeting's parties */
			size_t of = sl_ifind_top(body, " of ");
			if (of != SIZE_MAX && of < 24 && tok_in(tok_bare(tok_next(sl_from(body, 4), &(size_t){ 0 })), lex_sittings))
				body = sl_from(body, of + 4);
		}
		size_t a = sl_ifind_top(body, " with ");
		size_t sep = 6;
		/* "Letter of the Central Committee of the CPSU to the Central
		 * Committee of the CPC": of the sender, to the recipient */
		if (a == SIZE_MAX && !between && sl_istarts(rest, "of ") && title_to(body) != SIZE_MAX) {
			a = title_to(body);
			sep = 4;
		}
		/* "Conversation of Cde. A and Cde. B at the Embassy" */
		if (a == SIZE_MAX && !between && sl_istarts(rest, "of ")) {
			size_t s2;
			a = party_sep(body, &s2);
			sep = s2;
		}
		if (a == SIZE_MAX && between) {
			/* "between A and B", "between A, B, and C" (the first is
			 * the host); "between Cdes. A, B and C and D": a group
			 * named together is one side */
			size_t s2;
			struct slice first = tok_next(body, &(size_t){ 0 });
			if (sl_ieq(first, "cdes.") || sl_ieq(first, "comrades") || sl_ieq(first, "messrs.")) {
				size_t last = SIZE_MAX;
				for (size_t q = sl_ifind_top(body, " and "); q != SIZE_MAX;) {
					last = q;
					size_t nx = sl_ifind_top(sl_from(body, q + 5), " and ");
					q = nx == SIZE_MAX ? SIZE_MAX : q + 5 + nx;
				}
				a = last;
				sep = 5;
			} else {
				a = party_sep(body, &s2);
				a = past_apposition(body, a, &s2);
				sep = s2;
			}
		}
		/* "Minutes of the Politburo Meeting Concerning Ceausescu's Visit
		 * to China, North Korea and Vietnam": past its subject's word,
		 * a comma or an "and" lists what it is about, not its sides */
		if (a != SIZE_MAX && a > subject_at(body))
			a = SIZE_MAX;
		if (a != SIZE_MAX) {
			struct slice x = sl_of(body.p, a), y = sl_from(body, a + sep);
			/* told by the second side, the record may be sent to
			 * anyone: the first is its recipient only where no
			 * address says whom ("To the Ministry of Foreign Affairs") */
			int swap = between && written_by_second(r, x, y);
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev), swap ? y : x);
			header_parties(r, hprop_add(r, HF_TO, swap ? W_GUESS : w, source, ev), swap ? x : y);
			return;
		}
		if (!sl_istarts(rest, "by "))
			return;
	}
	if (kinded && sl_istarts(rest, "to ")) {
		/* "Letter to Honorable Allen W. Dulles from Leverett
		 * Saltonstall" */
		struct slice dest = sl_from(rest, 3);
		size_t f = sl_ifind_top(dest, " from ");
		header_parties(r, hprop_add(r, HF_TO, w, source, ev), f == SIZE_MAX ? dest : sl_of(dest.p, f));
		if (f != SIZE_MAX)
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev), sl_from(dest, f + 6));
		return;
	}
	int prep = 0;
	if (sl_istarts(rest, "from ") || sl_istarts(rest, "by ")) {
		rest = sl_from(rest, rest.p[0] == 'b' || rest.p[0] == 'B' ? 3 : 5);
		prep = 1;
	}
	/* "From the Journal of A.I. Alekseyev, 'Record of a Conversation with
	 * Fidel Castro ...'": the journal's keeper wrote it; the quoted
	 * record names the other side */
	if (sl_istarts(rest, "the journal of ") || sl_istarts(rest, "the diary of ")) {
		struct slice who = sl_from(rest, sl_istarts(rest, "the journal of ") ? 15 : 13);
		size_t c = sl_find(who, ","), colon = sl_find(who, ":");
		if (colon < c)
			c = colon;
		header_parties(r, hprop_add(r, HF_FROM, w, source, ev), c == SIZE_MAX ? who : sl_of(who.p, c));
		if (c != SIZE_MAX) {
			struct slice q = sl_trim(sl_from(who, c + 1)), a2;
			size_t ql;
			ucs4_t qc = ch_at(q.p, q.n, &ql);
			if (qc == '\'' || qc == 0x2018 || qc == '"' || qc == 0x201c)
				q = sl_from(q, ql);
			const char *k2 = header_kind_find(q, 6, &a2);
			a2 = sl_trim(a2);
			if (k2 != NULL && sl_istarts(a2, "with "))
				header_parties(r, hprop_add(r, HF_TO, w, source, ev), sl_from(a2, 5));
		}
		return;
	}
	/* "Report from Etre Sándor, 'Information from the leader ...'": a
	 * quoted paper's words are not this title's parties */
	static const char *const quotes[] = { ", '", ", \xe2\x80\x98", ", \"", ", \xe2\x80\x9c", NULL };
	for (size_t qi = 0; quotes[qi] != NULL; qi++) {
		size_t qa = sl_find(rest, quotes[qi]);
		if (qa != SIZE_MAX && qa > 0)
			rest = sl_of(rest.p, qa);
	}
	size_t at = title_to(rest);
	if (at == SIZE_MAX && prep && sl_ifind_top(rest, " from ") != SIZE_MAX) {
		/* "Cable from Havana, from Alekseyev on ...": the person */
		rest = sl_from(rest, sl_ifind_top(rest, " from ") + 6);
	}
	if (at == SIZE_MAX) {
		if (prep)
			side_parties(r, hprop_add(r, HF_FROM, w, source, ev), rest);
		return;
	}
	struct slice a = sl_of(rest.p, at), b = sl_from(rest, at + 4);
	if (!kinded && !prep) {
		/* both sides must be parties before anything is recorded */
		size_t sep, k = party_sep(a, &sep);
		char *ox, *oy;
		char *x = party_with_office(r, k == SIZE_MAX ? a : sl_of(a.p, k), &ox);
		k = party_sep(b, &sep);
		char *y = party_with_office(r, k == SIZE_MAX ? b : sl_of(b.p, k), &oy);
		int ok = x != NULL && y != NULL;
		free(x);
		free(y);
		free(ox);
		free(oy);
		if (!ok)
			return;
	}
	side_parties(r, hprop_add(r, HF_FROM, w, source, ev), a);
	side_parties(r, hprop_add(r, HF_TO, w, source, ev), b);
}

/* "MEMORANDUM FOR THE SECRETARY OF STATE FROM JOHN A. MCCONE": a title in
 * capitals read as if printed in title case ("Memorandum for the
 * Secretary of State from John A. McCone"), so that its small words part
 * the parties as they do in print. NULL when t is not in capitals. */
char *header_uncapped(struct slice t)
{
	static const char *const small[] = { "of", "the", "to", "from", "for", "and", "in", "on", "at", "with", "by",
					     "a", "an", "regarding", "concerning", "about", "between", NULL };
	size_t up, low, dig;
	sl_letters(t, &up, &low, &dig);
	if (low > 0 || up < 6)
		return NULL;
	char *tc = name_titlecase(t);
	struct buf b;
	buf_init(&b);
	size_t pos = 0;
	struct slice s = sl_cstr(tc);
	for (int first = 1;; first = 0) {
		size_t at = pos;
		struct slice w = tok_next(s, &pos);
		if (w.n == 0)
			break;
		buf_add(&b, s.p + at, (size_t)(w.p - (s.p + at)));
		if (!first && tok_in(w, small)) {
			for (size_t i = 0; i < w.n; i++)
				buf_addc(&b, (char)ch_lower((unsigned char)w.p[i]));
		} else if (w.n > 3 && w.p[0] == 'M' && w.p[1] == 'c' && ch_is_alpha((unsigned char)w.p[2])) {
			/* "Mccone" -> "McCone" */
			buf_add(&b, w.p, 2);
			buf_addc(&b, (char)(w.p[2] >= 'a' && w.p[2] <= 'z' ? w.p[2] - 32 : w.p[2]));
			buf_add(&b, w.p + 3, w.n - 3);
		} else {
			buf_add(&b, w.p, w.n);
		}
	}
	free(tc);
	return buf_detach(&b);
}

static void title_read(struct hreader *r, struct slice title, int w, const char *source, struct slice ev);

void header_title_read(struct hreader *r, struct slice title, int w, const char *source, struct slice ev)
{
	char *tc = title.n <= 500 ? header_uncapped(sl_trim(title)) : NULL;
	title_read(r, tc != NULL ? sl_cstr(tc) : title, w, source, ev);
	free(tc);
}

/* "Transcript of CPSU CC Politburo Session on Afghanistan", "Minutes of
 * the Romanian Politburo Meeting": the body that sat keeps its record. The
 * body, or an empty slice. ("Notes of ... Session" are a note-taker's.) */
static struct slice sitting_record(struct slice t)
{
	static const char *const records[] = { "transcript of the ", "transcript of ", "minutes of the ", "minutes of ",
					       "protocol of the ", "protocol of ", NULL };
	static const char *const sat[] = { "session", "meeting", "sitting", "plenum", NULL };
	for (size_t q = 0; records[q] != NULL; q++) {
		if (!sl_istarts(t, records[q]))
			continue;
		struct slice rest = sl_from(t, strlen(records[q])), tok[8];
		size_t n = tok_split(rest, tok, 8);
		for (size_t k = 1; k < n && k < 8; k++)
			if (tok_in(tok_bare(tok[k]), sat) && tok[0].p[0] >= 'A' && tok[0].p[0] <= 'Z')
				return sl_trim(sl_of(rest.p, (size_t)(tok[k].p - rest.p)));
		break;
	}
	return sl_of(t.p, 0);
}

/* A word of two or three capitals ("MT", "JFK"): a catalogue's
 * abbreviation of a name. */
static int abbreviation(struct slice w)
{
	if (w.n < 2 || w.n > 3)
		return 0;
	for (size_t i = 0; i < w.n; i++)
		if (w.p[i] < 'A' || w.p[i] > 'Z')
			return 0;
	return 1;
}

/* "Cold War: Gorbachev to Reagan (maintain usual diplomatic channels)
 * [declassified 2000]": a collection's topic before a colon, and its
 * notes on the paper in brackets after it (in lower case, or a year),
 * are no parties. */
static struct slice topicless(struct slice t)
{
	size_t c = sl_find(t, ": ");
	if (c != SIZE_MAX && c < 40) {
		struct slice tok[6];
		size_t n = tok_split(sl_of(t.p, c), tok, 6), k;
		for (k = 0; k < n && n <= 4; k++)
			if (!tok_is_upper(tok[k]))
				break;
		if (n > 0 && n <= 4 && k == n)
			t = sl_trim(sl_from(t, c + 2));
	}
	for (;;) {
		t = sl_rtrim(t);
		char close = t.n ? t.p[t.n - 1] : 0;
		char open = close == ')' ? '(' : close == ']' ? '[' : 0;
		size_t o = t.n;
		while (open && o > 0 && t.p[o - 1] != open)
			o--;
		/* a note in lower case or with a year ("[declassified
		 * 2000]"); "Filippov [Stalin]", "(Kennan)" are names */
		size_t f = o;
		while (f < t.n && t.p[f] == ' ')
			f++; /* "( Pichon )" */
		int note = f < t.n && !(t.p[f] >= 'A' && t.p[f] <= 'Z');
		/* "(Fragments)", "[Excerpt]": the editor's word for the
		 * state of the text, capitalised or not, names no one */
		if (open && o < t.n)
			note |= tok_in(sl_trim(sl_of(t.p + o, t.n - 1 - o)), text_states);
		if (!open || o < 2 || t.p[o - 2] != ' ' || !note)
			return t;
		t = sl_of(t.p, o - 2);
	}
}

/* "Telegram from Pyongyang to Bucharest, SECRET, No. 059.156, Urgent":
 * a number standing as a segment of its own among the title's commas,
 * between the parties and the markings. NULL if none (the caller frees). */
static char *title_number_segment(struct slice rest)
{
	for (size_t c = sl_find_top(rest, ", "); c != SIZE_MAX;) {
		struct slice seg = sl_from(rest, c + 2);
		size_t next = sl_find_top(seg, ", ");
		if (next != SIZE_MAX)
			seg = sl_of(seg.p, next);
		char *num = NULL;
		struct slice tail = header_number_read(seg, &num);
		if (num != NULL && sl_trim(tail).n == 0)
			return num;
		free(num);
		c = next == SIZE_MAX ? SIZE_MAX : c + 2 + next;
	}
	/* "Telegram from Dobrynin to Gromyko (No. 1234)": in a parenthesis
	 * ending the title */
	rest = sl_trim(rest);
	if (rest.n > 6 && rest.p[rest.n - 1] == ')') {
		size_t o = rest.n - 1;
		while (o > 0 && rest.p[o] != '(')
			o--;
		char *num = NULL;
		struct slice tail = rest.p[o] == '(' ? header_number_read(sl_of(rest.p + o + 1, rest.n - o - 2), &num)
						     : sl_of(rest.p, 0);
		if (num != NULL && sl_trim(tail).n == 0)
			return num;
		free(num);
	}
	return NULL;
}

/* "Resolution of the CPSU Central Committee", "Decree of the Presidium
 * of the Supreme Soviet on ...": a paper of a body, with no addressee in
 * the title, is that body's. after is the title past its kind. The body
 * ends at what the paper is about; a meeting or a talk is no body
 * ("Report of the Meeting of ..."). */
static void of_body_read(struct hreader *r, struct slice after, int w, const char *source, struct slice ev)
{
	static const char *const bodies[] = { "committee", "ministry", "commission", "department", "embassy",
					      "cc", "soviet", NULL };
	static const char *const ends[] = { ", ", " on ", " about ", " concerning ", " regarding ", " in connection",
					    ": ", " (", NULL };
	static const char *const sittings[] = { "meeting", "session", "conversation", "talks", "talk", "sitting",
						"plenum", "delegation", NULL };
	struct slice a = sl_ltrim(after);
	if (!sl_istarts(a, "of "))
		return;
	a = sl_ltrim(sl_from(a, 3));
	struct slice body = a;
	for (size_t i = 0; ends[i] != NULL; i++) {
		size_t e = sl_find(body, ends[i]);
		if (e != SIZE_MAX)
			body = sl_of(body.p, e);
	}
	body = sl_trim(body);
	while (body.n > 0 && body.p[body.n - 1] == '.')
		body.n--;
	struct slice tok[10];
	size_t nt = tok_split(body, tok, 10);
	if (nt == 0 || nt > 8)
		return;
	size_t k = sl_ieq(tok[0], "the");
	if (k >= nt || !tok_is_upper(tok[k]))
		return;
	/* "Report of Cable Secretariat Operations": a body's noun followed
	 * by its work names what the body did, not the body */
	static const char *const works[] = { "operations", "activities", "activity", "work", "performance", "progress",
					     "expenditures", "workload", "budget", "procedures", NULL };
	int noun = 0;
	for (size_t i = k; i < nt; i++) {
		struct slice b = tok_bare(tok[i]);
		if (tok_in(b, sittings) || (noun && tok_in(b, works)))
			return;
		noun |= tok_in(b, bodies) || tok_in(b, lex_body_nouns);
	}
	if (!noun || !name_like(sl_from(body, (size_t)(tok[k].p - body.p)), 1))
		return;
	char *name = sl_dup(body);
	hprop_party(hprop_add(r, HF_FROM, w, source, ev), name, NULL);
	free(name);
}

/* Words that qualify a paper before its kind ("Weekly Report", "Soviet
 * Telegram"), no one's name. */
static const char *const paper_qualifiers[] = {
	"weekly", "daily", "monthly", "annual", "interim", "situation", "progress", "status", "trip", "intelligence",
	"research", "field", "summary", "brief", "full", "general", "czech", "dutch", "swiss", "greek", "thai",
	"lao", "danish", "finnish", "swedish", "irish", "turkish", "spanish", "english", "scottish", "burmese",
	"sudanese", "congolese", "portuguese", "austrian", "italian", "iranian", "iraqi", "israeli", "egyptian",
	"syrian", "afghan", "pakistani", "indonesian", "canadian", "australian", "mexican", "brazilian", "chilean",
	"nicaraguan", "angolan", "ethiopian", "algerian", "libyan", "cambodian", "russian", "ukrainian", "belgian",
	"norwegian", "embassy", "ministry", "kgb", "cia", "state", "party", "government", "military", "army",
	"naval", "navy", "air", "consular", "ciphered", "coded", "enciphered", "incoming", "outgoing",
	/* FRUS's qualified papers: "Information Memorandum", "Action
	 * Memorandum", "Backchannel Message", "Circular Telegram" */
	"information", "action", "briefing", "backchannel", "transmittal", "position", "discussion", "background",
	"policy", "staff", "decision", "study", "planning", "analytical", "estimate", "cipher", "code", "press",
	"news", "form", "airgram", "memorandum", "report", "telegram", "letter", "note", "cable", "message",
	"preliminary", "supplementary", "additional", "covert", "internal", "external", "political", "economic",
	"financial", "technical", "scientific", "legal", "quarterly", "semiannual", "biweekly", "spot",
	"current", "national", "regional", "country",
	/* an edition's own "Editorial Note"; a "Verbal Note", an "Oral
	 * Message": adjectives of the paper, no author */
	"editorial", "explanatory", "introductory", "marginal", "unsigned", "undated", "anonymous", NULL
};

/* Whether w qualifies a paper (its own list's words and the lexicon's
 * adjectives of papers): no author's name. */
static int paper_word(struct slice w)
{
	return tok_in(w, paper_qualifiers) || tok_in(w, lex_paper_adjectives);
}

/* Whether the page prints name other than before the word kw ("Andropov
 * remained ..." beside "Andropov Report"). */
static int named_apart(const struct hreader *r, struct slice name, struct slice kw)
{
	struct slice page = sl_of(r->L.text, r->L.len);
	char *nm = sl_dup(name);
	int apart = 0;
	for (size_t at = 0, f; !apart && (f = sl_find(sl_from(page, at), nm)) != SIZE_MAX;) {
		size_t o = at + f, e = o + name.n;
		int word = (o == 0 || !ch_is_alpha((unsigned char)page.p[o - 1])) &&
			   (e == page.n || !ch_is_alpha((unsigned char)page.p[e]));
		struct slice rest = sl_ltrim(sl_from(page, e));
		apart = word && !(rest.n >= kw.n && strncasecmp(rest.p, kw.p, kw.n) == 0);
		at = e;
	}
	free(nm);
	return apart;
}

/* "Andropov Report, 1 November 1956", "Mikoyan-Suslov Report on the
 * Situation in Hungary", "Gromyko Telegram": the paper named after its
 * author, his surname (or two joined) right before its kind. */
static void named_paper(struct hreader *r, struct slice t, struct slice after, int w, const char *source,
			struct slice ev)
{
	struct slice tk[4];
	size_t n = tok_split(sl_of(t.p, (size_t)(after.p - t.p)), tk, 4);
	if (n != 2)
		return;
	struct slice who = tok_bare(tk[0]), kw = tok_bare(tk[1]);
	if (!sl_ieq(kw, "report") && !sl_ieq(kw, "telegram") && !sl_ieq(kw, "cable") && !sl_ieq(kw, "letter") &&
	    !sl_ieq(kw, "memorandum") && !sl_ieq(kw, "note"))
		return;
	if (who.n < 3 || !tok_is_upper(who) || paper_word(who) ||
	    tok_in(who, lex_person_offices) ||
	    tok_in(who, lex_office_nouns) || tok_in(who, lex_body_nouns) || header_place(who))
		return;
	/* a surname: capital then small letters ("Andropov", not "CPSU"),
	 * one hyphen at most between two */
	size_t hy = SIZE_MAX, caps = 0;
	for (size_t i = 0; i < who.n; i++) {
		unsigned char c = (unsigned char)who.p[i];
		if (c == '-' && hy == SIZE_MAX && i > 1 && i + 2 < who.n) {
			hy = i;
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			caps++;
		else if (!(c >= 'a' && c <= 'z') && c < 0x80)
			return;
	}
	if (caps != (hy == SIZE_MAX ? 1u : 2u))
		return;
	/* "Andropov Report from Budapest to Moscow": with a place after
	 * "from" (where it was sent from) the surname is the sender, when
	 * the page names him again apart from his paper ("Andropov
	 * remained haunted ...") */
	size_t k = 0;
	struct slice fw = tok_next(after, &k), fp = tok_bare(tok_next(after, &k));
	int placed = sl_ieq(fw, "from") && fp.n > 0 && header_place(fp) &&
		     named_apart(r, who, kw);
	struct hprop *p = hprop_add(r, HF_FROM, placed ? w + 1 : w - 1, source, ev);
	char *a = sl_dup(hy == SIZE_MAX ? who : sl_of(who.p, hy));
	hprop_party(p, a, NULL);
	free(a);
	if (hy != SIZE_MAX) {
		char *b = sl_dup(sl_from(who, hy + 1));
		hprop_party(p, b, NULL);
		free(b);
	}
}

/* "Minutes of Todor Zhivkov – Indira Gandhi Meeting": two sides named
 * in full (two words or three, capitalised), a spaced dash between
 * them, before the sitting's noun; the first the host. 1 when read. */
static int paired_sitting_spaced(struct hreader *r, struct slice *tk, size_t n, const char *source, struct slice ev)
{
	for (size_t d = 2; d + 2 < n; d++) {
		if (!sl_eq_slice(tk[d], sl_cstr("\xe2\x80\x93")) && !sl_eq_slice(tk[d], sl_cstr("\xe2\x80\x94")) &&
		    !sl_eq_slice(tk[d], sl_cstr("-")))
			continue;
		size_t a = d, b = d + 1;
		while (a > 0 && d - a < 3 && tok_is_upper(tk[a - 1]) && !tok_in(tok_bare(tk[a - 1]), lex_record_words) &&
		       !tok_in(tok_bare(tk[a - 1]), lex_sittings))
			a--;
		while (b < n && b - d <= 3 && tok_is_upper(tk[b]) && !tok_in(tok_bare(tk[b]), lex_sittings))
			b++;
		if (a == d || b == d + 1 || b >= n || !tok_in(tok_bare(tk[b]), lex_sittings) || b - d - 1 < 2 || d - a < 2)
			continue;
		struct slice x = sl_of(tk[a].p, (size_t)(tk[d - 1].p + tk[d - 1].n - tk[a].p));
		struct slice y = sl_of(tk[d + 1].p, (size_t)(tk[b - 1].p + tk[b - 1].n - tk[d + 1].p));
		char *xs = sl_dup(x), *ys = sl_dup(y);
		hprop_party(hprop_add(r, HF_FROM, W_WEAK, source, ev), xs, NULL);
		hprop_party(hprop_add(r, HF_TO, W_WEAK, source, ev), ys, NULL);
		free(xs);
		free(ys);
		return 1;
	}
	return 0;
}

/* "Information on the Brezhnev–Kania Telephone Conversation", "Notes of
 * Brezhnev–Jaruzelski Telephone Conversation": the two sides of a talk
 * joined by a dash before its noun, the first the caller or host. */
static void paired_sitting(struct hreader *r, struct slice t, int w, const char *source, struct slice ev)
{
	struct slice tk[24];
	size_t n = tok_split(t, tk, 24);
	if (n > 24)
		n = 24; /* tok_split says "more" with one past what it kept */
	if (paired_sitting_spaced(r, tk, n, source, ev))
		return;
	for (size_t i = 0; i + 1 < n; i++) {
		struct slice a = tk[i];
		size_t d = sl_find(a, "\xe2\x80\x93"), dl = 3;
		if (d == SIZE_MAX) {
			d = sl_find(a, "-");
			dl = 1;
		}
		if (d == SIZE_MAX || d < 3 || d + dl + 3 > a.n)
			continue;
		size_t k = i + 1;
		if (k < n && (sl_ieq(tok_bare(tk[k]), "telephone") || sl_ieq(tok_bare(tk[k]), "phone")))
			k++;
		if (k >= n || !tok_in(tok_bare(tk[k]), lex_sittings) || !tok_is_upper(tk[k]))
			continue;
		struct slice x = sl_of(a.p, d), y = tok_bare(sl_from(a, d + dl));
		/* two surnames: a capital, then small letters; not two
		 * peoples ("Sino-Soviet Talks", "East-West Meeting") */
		static const char *const peoples[] = { "sino", "anglo", "franco", "indo", "afro", "russo", "italo",
						       "east", "west", "north", "south", "arab", "us", "usa", "ussr",
						       "chinese", "soviet", "american", "german", "polish", "japanese", NULL };
		if (!tok_is_upper(x) || !tok_is_upper(y) || !name_like(x, 0) || !name_like(y, 0) ||
		    !(x.p[1] >= 'a' && x.p[1] <= 'z') || !(y.p[1] >= 'a' && y.p[1] <= 'z') || tok_in(x, peoples) ||
		    tok_in(y, peoples) || paper_word(x) || paper_word(y) || header_place(x) ||
		    header_place(y))
			return;
		char *xs = sl_dup(x), *ys = sl_dup(y);
		(void)w;
		hprop_party(hprop_add(r, HF_FROM, W_WEAK, source, ev), xs, NULL);
		hprop_party(hprop_add(r, HF_TO, W_WEAK, source, ev), ys, NULL);
		free(xs);
		free(ys);
		return;
	}
}

/* "General Meeting of Prime Minister and Vice Premier Deng (Summary
 * Record)": a sitting named in the title, its paper's kind in brackets
 * at the end; the sitting's sides are the record's. 1 when read. */
static int meeting_marked(struct hreader *r, struct slice t, int w, const char *source, struct slice ev)
{
	static const char *const records[] = { "summary record", "record", "summary", "record of conversation",
						"memorandum of conversation", "minutes", "transcript", NULL };
	if (t.n < 8 || t.p[t.n - 1] != ')')
		return 0;
	size_t open = t.n - 1;
	while (open > 0 && t.p[open] != '(')
		open--;
	struct slice in = sl_trim(sl_of(t.p + open + 1, t.n - open - 2)), pre = sl_trim(sl_of(t.p, open));
	size_t k = 0;
	while (records[k] != NULL && !sl_ieq(in, records[k]))
		k++;
	if (open == 0 || records[k] == NULL)
		return 0;
	/* the sitting's word among the first three, then "of" or "between" */
	struct slice tk[4];
	size_t nt = tok_split(pre, tk, 4), at = SIZE_MAX;
	for (size_t i = 0; i < nt && i < 3 && at == SIZE_MAX; i++)
		if (tok_in(tok_bare(tk[i]), lex_sittings) && i + 1 < nt && (sl_ieq(tk[i + 1], "of") || sl_ieq(tk[i + 1], "between")))
			at = (size_t)(tk[i + 1].p - pre.p);
	if (at == SIZE_MAX)
		return 0;
	const char *kind = strcmp(records[k], "minutes") == 0 ? "minutes"
			   : strcmp(records[k], "transcript") == 0 ? "transcript"
								  : "record of conversation";
	hprop_text(r, HF_KIND, w, source, sl_cstr(kind), ev);
	struct slice sides = sl_from(pre, at);
	title_parties(r, sides, 1, w, source, ev);
	return 1;
}

static void title_read(struct hreader *r, struct slice title, int w, const char *source, struct slice ev)
{
	/* a title is a line; a longer text is no title to parse */
	if (title.n > 500)
		return;
	/* "Letters to New Senators": papers in the plural, the subject of
	 * a paper about them; their sender and recipient are not its own */
	if (tok_in(tok_bare(tok_next(title, &(size_t){ 0 })), lex_plural_papers))
		return;
	/* "ACCESS TO STATE DEPARTMENT INTELLIGENCE CABLES": a noun that
	 * takes "to" for its object opens a subject ("Access" was read as a
	 * sender, the cables as the recipient) */
	size_t k0 = 0;
	struct slice w0 = tok_bare(tok_next(title, &k0)), w1 = tok_next(title, &k0);
	if (tok_in(w0, lex_to_nouns) && sl_ieq(w1, "to"))
		return;
	struct slice t = sl_trim(title), after = t;
	if (meeting_marked(r, t, w, source, ev))
		return;
	struct slice sat = sitting_record(t);
	if (sat.n > 0 && name_like(sat, 1)) {
		char *name = sl_dup(sat);
		hprop_party(hprop_add(r, HF_FROM, w - 2, source, ev), name, NULL);
		free(name);
	}
	/* "Telegram from Dobrynin to the USSR Foreign Ministry, 24 October
	 * 1962": the date the title gives its paper */
	for (size_t c = t.n; c-- > 0;) {
		struct date_val dv;
		size_t n;
		/* "..., May 1968": at a month's precision too, the title's
		 * last words */
		if (t.p[c] == ',' && c + 2 < t.n && (n = date_parse(t.p + c + 2, t.n - c - 2, 0, &dv)) > 0 && dv.m &&
		    (dv.d ? sl_trim(sl_from(t, c + 2 + n)).n <= 12 : sl_trim(sl_from(t, c + 2 + n)).n == 0)) {
			hprop_date(r, W_FAIR, source, &dv, sl_of(t.p + c + 2, n), ev);
			break;
		}
	}
	/* "Journal of Soviet Ambassador ... Puzanov for 6 October 1960": the
	 * day a journal's entry is for, the title's last words */
	for (size_t f = sl_ifind_top(t, " for "); f != SIZE_MAX;) {
		struct date_val dv;
		size_t n = date_parse(t.p + f + 5, t.n - f - 5, 0, &dv);
		if (n > 0 && dv.d && sl_trim(sl_from(t, f + 5 + n)).n == 0) {
			hprop_date(r, W_FAIR, source, &dv, sl_of(t.p + f + 5, n), ev);
			break;
		}
		size_t next = sl_ifind_top(sl_from(t, f + 5), " for ");
		f = next == SIZE_MAX ? SIZE_MAX : f + 5 + next;
	}
	/* "To George Washington from Alexander Hamilton, 26 March 1796": an
	 * edition's heading that names the recipient first */
	if (sl_istarts(t, "to ")) {
		size_t f = sl_ifind_top(t, " from ");
		if (f != SIZE_MAX && f > 3) {
			header_parties(r, hprop_add(r, HF_TO, w, source, ev), sl_of(t.p + 3, f - 3));
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev), sl_from(t, f + 6));
			return;
		}
		/* "To the Prime Minister of Mongolia": a letter's title in
		 * collected works, its addressee alone */
		struct slice whom = sl_trim(sl_from(t, 3));
		if (t.p[0] == 'T' && whom.n > 0 && whom.n < 80 && (sl_istarts(whom, "the ") || tok_is_upper(whom)) &&
		    sl_find(whom, ",") == SIZE_MAX) {
			header_parties(r, hprop_add(r, HF_TO, w, source, ev), whom);
			return;
		}
	}
	const char *kind = NULL;
	/* "From the Journal of A.I. Alekseyev, 'Record of a Conversation with
	 * Fidel Castro ...'": the quoted title names the paper */
	size_t q = sl_find(t, ", '");
	if (q == SIZE_MAX)
		q = sl_find(t, ", \xe2\x80\x98");
	if (q != SIZE_MAX) {
		struct slice inner = sl_from(t, q + (t.p[q + 2] == '\'' ? 3 : 5)), a2;
		const char *k2 = header_kind_find(inner, 3, &a2);
		if (k2 != NULL && strcmp(k2, "record of conversation") == 0)
			hprop_text(r, HF_KIND, w + 1, source, sl_cstr(k2), ev);
	}
	/* "From the Journal of Ambassador Pavel Yudin: Record of Conversation
	 * with Mao Zedong", "From the Diary of A. I. Alekseyev, Record of
	 * Conversations ...": the journal keeps the paper; the paper's kind
	 * follows its keeper's name */
	static const char *const journals[] = { "from the journal of ", "from the diary of ", "journal entry of ",
						"diary entry of ", "journal of ", "diary of ", NULL };
	for (size_t j = 0; journals[j] != NULL && q == SIZE_MAX; j++) {
		if (!sl_istarts(t, journals[j]))
			continue;
		struct slice keeper = sl_from(t, strlen(journals[j])), a2;
		size_t c = sl_find_top(keeper, ", "), colon = sl_find_top(keeper, ": ");
		if (colon < c)
			c = colon;
		const char *k2 = c == SIZE_MAX ? NULL : header_kind_find(sl_trim(sl_from(keeper, c + 2)), 3, &a2);
		if (k2 != NULL) {
			hprop_text(r, HF_KIND, w + 1, source, sl_cstr(k2), ev);
			/* "Journal Entry of Ambassador Zhukov: Record of
			 * Conversation with ...": its keeper wrote the paper
			 * (after "From", the title's parties say so already) */
			if (j >= 2)
				header_parties(r, hprop_add(r, HF_FROM, w, source, ev), sl_of(keeper.p, c));
		} else if (j >= 2) {
			/* "Journal of Soviet Ambassador in the DPRK A.M. Puzanov
			 * for 23 July 1960": the journal itself, its keeper
			 * writing (up to the period or the day it covers) */
			hprop_text(r, HF_KIND, w, source, sl_cstr("diary"), ev);
			size_t f = sl_ifind_top(keeper, " for ");
			if (f < c)
				c = f;
			/* "JOURNAL OF LEGISLATIVE COUNSEL MONDAY - 12 JUNE
			 * 1967": nor the day's name or date */
			for (size_t k = 0; k < keeper.n && k < c; k++)
				if (keeper.p[k] == ' ' && (date_weekday(keeper.p + k + 1, keeper.n - k - 1) > 0 ||
							   (keeper.p[k + 1] >= '0' && keeper.p[k + 1] <= '9'))) {
					c = k;
					break;
				}
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev),
				       c == SIZE_MAX ? keeper : sl_of(keeper.p, c));
		}
		break;
	}
	kind = header_kind_find(t, 6, &after);
	/* "CABLE ARCHIVES FILING SYSTEM", "THE CABLE SECRETARIAT 1952 -
	 * 1966": in a catalogue's title in capitals, a kind word before
	 * another noun names the subject it qualifies, not the paper. Not a
	 * participle ("MEMORANDUM PREPARED BY ..."), nor parties after it
	 * ("LETTER KHRUSHCHEV TO KENNEDY") */
	int capitals = 1;
	for (size_t k = 0; k < ev.n && capitals; k++)
		capitals = !(ev.p[k] >= 'a' && ev.p[k] <= 'z');
	if (kind != NULL && capitals) {
		static const char *const links[] = { "from", "to", "of", "on", "about", "regarding", "concerning", "by",
						     "with", "between", "for", "and", "re", "in", "at", "dated", "number",
						     "no", "nr", NULL };
		size_t pos = 0;
		struct slice nx = tok_next(after, &pos), bare = tok_bare(nx);
		size_t ll;
		ucs4_t c0 = nx.n ? ch_at(nx.p, nx.n, &ll) : 0;
		if (bare.n > 1 && uc_is_upper(c0) && !tok_in(bare, links) && !sl_iends(bare, "ed") &&
		    sl_ifind_top(after, " to ") == SIZE_MAX &&
		    sl_ifind_top(after, " from ") == SIZE_MAX)
			kind = NULL;
	}
	/* "Canada: Prime Minister Trudeau of Canada letter to MT (...)": a
	 * catalogue's topic before the title, the paper's kind after its
	 * sender and before "to" its recipient. The kind only: the parties
	 * are read from the whole as before */
	if (kind == NULL) {
		struct slice tl = topicless(t), a5;
		const char *k5 = tl.p != t.p ? header_kind_find(tl, 6, &a5) : NULL;
		if (k5 != NULL && (sl_istarts(a5, " to ") || sl_istarts(a5, " from ")))
			hprop_text(r, HF_KIND, w, source, sl_cstr(k5), ev);
	}
	/* "Economy: Reagan letter to Thatcher (...)": a name alone before
	 * the kind word is its sender (not initials, which stand for
	 * whoever the catalogue abbreviates, unless known: "MT") */
	struct slice tl6 = topicless(t), a6;
	const char *k6 = header_kind_find(tl6, 6, &a6);
	if (k6 != NULL && (sl_istarts(a6, " to ") || sl_istarts(a6, " for "))) {
		struct slice pre = sl_rtrim(sl_of(tl6.p, (size_t)(a6.p - tl6.p)));
		size_t sp = pre.n;
		while (sp > 0 && pre.p[sp - 1] != ' ')
			sp--;
		struct slice who = sl_trim(sl_of(pre.p, sp)), wt[5];
		size_t wn = sp == 0 ? 0 : tok_split(who, wt, 5);
		/* "MT draft letter to Reagan": the paper's adjectives are
		 * not its sender's name */
		while (wn > 1 && wn <= 5 && tok_in(tok_bare(wt[wn - 1]), lex_paper_adjectives)) {
			wn--;
			who = sl_of(who.p, (size_t)(wt[wn - 1].p + wt[wn - 1].n - who.p));
		}
		if ((wn == 1 && page_initials(r, wt[0]) != NULL) ||
		    (wn >= 1 && wn <= 4 && name_like(who, 0) && !tok_is_initials(wt[wn - 1]) && !(wn == 1 && abbreviation(wt[0])) &&
		     !tok_in(tok_bare(wt[wn - 1]), lex_paper_adjectives)))
			header_parties(r, hprop_add(r, HF_FROM, w, source, ev), who);
	}
	/* "Copy of N.S. Khrushchev's Notes to ...", "Excerpts from
	 * Tsedenbal's diary on ...", "Record of Premier Zhou's Talk with ...":
	 * the paper's owner, who wrote it */
	if (kind != NULL) {
		size_t ap = sl_find(sl_of(t.p, (size_t)(after.p - t.p)), "'s ");
		size_t ap2 = sl_find(sl_of(t.p, (size_t)(after.p - t.p)), "\xe2\x80\x99s ");
		if (ap2 < ap)
			ap = ap2;
		/* "JFK & Israel's Nuclear Program: Memorandum on ...": a
		 * heading before a colon is a part of its own; its owner owns
		 * no paper named after it */
		if (ap != SIZE_MAX && sl_find(sl_of(t.p + ap, (size_t)(after.p - t.p) - ap), ":") != SIZE_MAX)
			ap = SIZE_MAX;
		if (ap != SIZE_MAX) {
			/* the capitalised words just before "'s", at most four */
			struct slice tk[16];
			size_t nt = tok_split(sl_of(t.p, ap), tk, 16), b = ap;
			for (size_t k2 = nt <= 16 ? nt : 0, words = 0; k2 > 0 && words < 4; k2--, words++) {
				struct slice w2 = tk[k2 - 1];
				if (!tok_is_upper(w2) || tok_in(w2, name_honorifics))
					break;
				b = (size_t)(w2.p - t.p);
			}
			struct slice owner = sl_trim(sl_of(t.p + b, ap - b));
			if (owner.n > 0 && name_like(owner, 0)) {
				char *name = name_canonical(owner);
				if (name != NULL) {
					hprop_party(hprop_add(r, HF_FROM, w, source, ev), name, NULL);
					free(name);
				}
			}
		}
	}
	if (kind != NULL)
		named_paper(r, t, after, w, source, ev);
	if (kind != NULL) {
		/* "Untitled report from ...": the archive's stand-in for a
		 * paper that has no title; the paper's own heading of its
		 * kind ("Code message No 553/IV/2745") says better */
		hprop_text(r, HF_KIND, sl_istarts(t, "Untitled ") && w > W_FAIR ? W_FAIR : w, source, sl_cstr(kind), ev);
		/* "Note of Comrade Bergold, East German Ambassador, with the
		 * Polish Ambassador in North Vietnam, Comrade Siedliecky": a
		 * note of one party with another records their talk */
		struct slice of = sl_ltrim(after);
		size_t wi = sl_ifind_top(of, " with ");
		if (strcmp(kind, "note") == 0 && sl_istarts(of, "of ") && wi != SIZE_MAX &&
		    !sl_istarts(sl_from(of, wi + 6), "regard") && !sl_istarts(sl_from(of, wi + 6), "respect") &&
		    !sl_istarts(sl_from(of, wi + 6), "reference")) {
			char *office;
			struct slice head = sl_of(of.p + 3, wi - 3);
			size_t c = sl_find_top(head, ", ");
			char *b = party_with_office(r, c == SIZE_MAX ? head : sl_of(head.p, c), &office);
			free(office);
			if (b != NULL)
				hprop_text(r, HF_KIND, w + 1, source, sl_cstr("record of conversation"), ev);
			free(b);
		}
		if (sl_ifind_top(t, " to ") == SIZE_MAX)
			of_body_read(r, after, w - 1, source, ev);
		char *num = NULL;
		after = header_number_read(after, &num);
		/* "TELEGRAM 066.705 from ...": a number right after the kind */
		struct slice a2 = sl_ltrim(after);
		int v;
		if (num == NULL && a2.n > 0 && sl_digits(a2.p, a2.n, 8, &v) > 0) {
			size_t e = 0;
			while (e < a2.n && (ch_is_digit((unsigned char)a2.p[e]) || strchr("./-", a2.p[e]) != NULL))
				e++;
			while (e > 0 && strchr("./-", a2.p[e - 1]) != NULL)
				e--;
			if (e == a2.n || a2.p[e] == ' ' || a2.p[e] == ',') {
				num = xstrndup(a2.p, e);
				after = sl_from(a2, e);
			}
		}
		/* "Airgram A-123 from the Embassy in Moscow ...": a series'
		 * capitals, a hyphen and figures right after the kind */
		size_t se = num == NULL ? header_series_number(a2) : 0;
		if (se > 0 && (se == a2.n || a2.p[se] == ' ' || a2.p[se] == ',')) {
			num = xstrndup(a2.p, se);
			after = sl_from(a2, se);
		}
		if (num == NULL)
			num = title_number_segment(after);
		/* "Note No. 2/65 on Conversations with ...": the number
		 * between the record's word and what it records */
		if (num == NULL) {
			struct slice head = sl_of(t.p, (size_t)(after.p - t.p));
			size_t no = sl_find(head, " No. ");
			if (no != SIZE_MAX && no < 24)
				header_number_read(sl_from(head, no + 1), &num);
		}
		if (num != NULL)
			hprop_text(r, HF_NUMBER, w, source, sl_cstr(num), ev);
		free(num);
	}
	/* "Soviet Ambassador to Ethiopia A.P. Ratanov, Memorandum of
	 * Conversation with Mengistu", "Romanian Ministry of Foreign Affairs,
	 * 'Cuban Ambassador ...'": the author, then the paper */
	if (kind == NULL || (size_t)(after.p - t.p) > 40) {
		size_t c = sl_find_top(t, ", "), author_end = c;
		/* "SED CC, Department of International Relations, 16
		 * February 1978, Report on ...": the author may run over
		 * commas, and the paper's date come before the paper */
		for (int more = 0; more < 3 && c != SIZE_MAX; more++) {
			struct slice rest = sl_trim(sl_from(t, c + 2)), a4;
			if (header_kind_find(rest, 3, &a4) != NULL || rest.n == 0 || rest.p[0] == '\'' || rest.p[0] == '"')
				break;
			struct date_val dv;
			size_t dn = date_parse(rest.p, rest.n, 0, &dv);
			size_t nx = sl_find_top(rest, ", ");
			if (dn > 0 && nx != SIZE_MAX && dn >= nx) {
				/* a date segment: not the author's. Right before
				 * the paper's kind ("SED CC, ..., 16 February 1978,
				 * Report on Conversation ... in Havana, 13 February
				 * 1978"), it is the paper's own date, over one the
				 * title ends with (the talk's) */
				if (dv.d && header_kind_find(sl_trim(sl_from(rest, nx + 2)), 3, &a4) != NULL)
					hprop_date(r, w + 1, source, &dv, sl_of(rest.p, dn), ev);
				c = (size_t)(rest.p - t.p) + nx;
				continue;
			}
			if (nx == SIZE_MAX || !tok_is_upper(rest))
				break;
			c = (size_t)(rest.p - t.p) + nx;
			author_end = c;
		}
		if (c != SIZE_MAX && c > 3 && !sl_istarts(t, "from ")) {
			struct slice rest = sl_trim(sl_from(t, c + 2)), a3;
			size_t ql;
			ucs4_t qc = ch_at(rest.p, rest.n, &ql);
			int quoted = qc == '\'' || qc == 0x2018 || qc == '"' || qc == 0x201c;
			/* the kind of a quoted paper is inside its quotes */
			const char *k3 = header_kind_find(quoted ? sl_from(rest, ql) : rest, 3, &a3);
			if (k3 == NULL && !quoted)
				c = author_end = sl_find_top(t, ", ");
			if (k3 != NULL || quoted) {
				struct hprop *p = hprop_add(r, HF_FROM, w - 1, source, ev);
				/* "Journal of Soviet Ambassador Puzanov, Memorandum
				 * of Conversation with ...": the journal's keeper */
				struct slice author = sl_of(t.p, author_end);
				static const char *const kept[] = { "journal of ", "diary of ", "from the journal of ",
								    "from the diary of ", "notebook of ", NULL };
				for (size_t q2 = 0; kept[q2] != NULL; q2++)
					if (sl_istarts(author, kept[q2]))
						author = sl_from(author, strlen(kept[q2]));
				/* "SED CC, Department of International Relations":
				 * a body and its department are one author */
				static const char *const units[] = { "department", "division", "section", "bureau",
								     "directorate", "sector", NULL };
				size_t uc = sl_find_top(author, ", "), added, unit = 0;
				struct slice ut[8];
				size_t nu = uc == SIZE_MAX ? 0 : tok_split(sl_from(author, uc + 2), ut, 8);
				for (size_t q2 = 0; q2 < nu && nu <= 8; q2++)
					unit |= tok_in(tok_bare(ut[q2]), units);
				if (unit && sl_find_top(sl_from(author, uc + 2), ", ") == SIZE_MAX) {
					char *whole = sl_dup(sl_trim(author));
					hprop_party(p, whole, NULL);
					free(whole);
					added = 1;
				} else {
					added = header_parties(r, p, author);
				}
				if (added > 0 && k3 != NULL) {
					hprop_text(r, HF_KIND, w, source, sl_cstr(k3), ev);
					/* the paper's own parties, after its kind: "with
					 * B", "of A with B" ("..., 'Note About the Talks
					 * of Comrade Minister [Mielke] with the Chairman
					 * of the KGB, Comrade Chebrikov'") */
					title_parties(r, a3, 1, w - 1, source, ev);
				}
				if (added > 0 && kind == NULL)
					return;
			}
		}
	}
	paired_sitting(r, t, w, source, ev);
	int reported = kind != NULL ? reported_on(kind, after) : 0;
	if (reported == 0 && kind != NULL && report_on_sitting(sl_of(t.p, (size_t)(after.p - t.p))))
		reported = 1;
	/* the visitor and the place he visited are neither (2) */
	if (reported < 2)
		title_parties(r, kind ? after : topicless(t), kind != NULL, reported ? W_FAIR - 1 : w, source, ev);
}

/* ------------------------------------------------------------------ */
/* Editions' headings                                                 */
/* ------------------------------------------------------------------ */

/* The kind after a decimal file number ("761.00/10–1450: Telegram"), and
 * the number itself in *code; NULL if t is no file line. */
static const char *file_kind(struct slice t, struct slice *code)
{
	size_t c = sl_find(t, ": ");
	if (c == SIZE_MAX || c == 0 || c > 64)
		return NULL;
	struct slice rest = sl_trim(sl_from(t, c + 2)), after;
	while (rest.n > 0 && rest.p[rest.n - 1] == '.')
		rest.n--;
	const char *kind = header_kind_find(rest, 3, &after);
	if (kind == NULL || sl_trim(after).n > 0)
		return NULL;
	*code = sl_of(t.p, c);
	return kind;
}

/* Whether "A to B" reads as parties on both sides. */
static int heading_sides(struct hreader *r, struct slice s)
{
	size_t to = title_to(s);
	if (to == SIZE_MAX)
		return 0;
	struct slice sides[2] = { sl_of(s.p, to), sl_from(s, to + 4) };
	int ok = 1;
	for (int k = 0; k < 2 && ok; k++) {
		size_t sep, e = party_sep(sides[k], &sep);
		struct slice first = sl_trim(e == SIZE_MAX ? sides[k] : sl_of(sides[k].p, e));
		char *office;
		char *name = party_with_office(r, first, &office);
		ok = name != NULL && !tok_in(first, name_stops);
		free(name);
		free(office);
	}
	return ok;
}

/* Whether a heading's line stops before its end: after a title ("Mr."),
 * a small word or an open bracket. */
static int heading_open(struct slice t)
{
	static const char *const small[] = { "to", "of", "the", "in", "and", "from", "for", "at", "mr.", "mrs.",
					     "sir", "dr.", "gen.", "señor", "m.", "herr", NULL };
	size_t sp = t.n;
	while (sp > 0 && t.p[sp - 1] != ' ')
		sp--;
	struct slice last = sl_from(t, sp);
	return sp > 0 && t.n < 80 && (tok_in(last, small) || (sl_find(t, "(") != SIZE_MAX && sl_find(t, ")") == SIZE_MAX));
}

/* "67. Telegram From the Embassy ... State1": the page text of FRUS
 * numbers the document and marks its first footnote on the heading. The
 * heading without them, and the number in *n. */
struct slice header_unnumbered(struct slice t, char **n)
{
	*n = NULL;
	int v;
	size_t k = sl_digits(t.p, t.n, 4, &v);
	if (k > 0 && k + 2 < t.n && t.p[k] == '.' && t.p[k + 1] == ' ' && tok_is_upper(sl_from(t, k + 2))) {
		*n = xstrndup(t.p, k);
		t = sl_from(t, k + 2);
	} else if (k > 0 && k + 1 < t.n && t.p[k] == ' ' && tok_is_upper(sl_from(t, k + 1)) &&
		   sl_find(t, " to ") != SIZE_MAX && !ch_is_digit((unsigned char)t.p[k + 1])) {
		/* "177 Commonwealth Government to Lord Cranborne": an
		 * edition's number without its period */
		*n = xstrndup(t.p, k);
		t = sl_from(t, k + 1);
	}
	/* footnotes' numbers glued to the last word or after it ("State1",
	 * "Nixon 1", "State 1 2") */
	for (int times = 0; times < 3; times++) {
		/* the older web edition set them between slashes ("State/1/") */
		int slashed = t.n >= 3 && t.p[t.n - 1] == '/';
		size_t e = t.n - (size_t)slashed;
		while (e > 0 && ch_is_digit((unsigned char)t.p[e - 1]))
			e--;
		if (slashed) {
			if (e == t.n - 1 || e == 0 || t.p[e - 1] != '/' || t.n - 1 - e > 2)
				break;
			t = sl_rtrim(sl_of(t.p, e - 1));
			continue;
		}
		if (e < t.n && e > 0 && t.n - e <= 2 &&
		    (ch_is_alpha((unsigned char)t.p[e - 1]) || t.p[e - 1] == ' ' || t.p[e - 1] == ')'))
			t = sl_rtrim(sl_of(t.p, e));
		else
			break;
	}
	return t;
}

/* Whether header_unnumbered took a note's marker "1" off the end of
 * full to leave t ("State1", "Vietnam 1"). */
int header_marked_one(struct slice full, struct slice t)
{
	struct slice cut = sl_trim(sl_of(t.p + t.n, (size_t)(full.p + full.n - (t.p + t.n))));
	return (cut.n == 1 && cut.p[0] == '1') || sl_ieq(cut, "/1/");
}

/* The heading of a document in the form editions of diplomatic
 * correspondence print: "No. 31.] Mr. Baker to Mr. Gresham." (the
 * despatch's own number before the bracket), "The Secretary of State to
 * the Ambassador in the Soviet Union (Kirk)" under a file line, or FRUS's
 * numbered "Telegram From the Embassy in Vietnam to the Department of
 * State". It is the title, and comes out of the body; the file number is
 * the source and its suffix a date. Markings and an editor's
 * "[Telegram.]" may come first. */
/* t without the note markers glued after its words ("(Kennan)[2]",
 * "Acheson[3]"): a copy the reader keeps, or t itself when it has none. */
static struct slice unmarked(struct hreader *r, struct slice t)
{
	const char *q = t.n > 3 ? memchr(t.p, '[', t.n < 300 ? t.n : 300) : NULL;
	if (q == NULL || q == t.p || q + 2 >= t.p + t.n || !ch_is_digit((unsigned char)q[1]))
		return t;
	struct buf b;
	buf_init(&b);
	int cut = 0;
	for (size_t k = 0; k < t.n; k++) {
		if (t.p[k] == '[' && k > 0 && t.p[k - 1] != ' ' && k + 2 < t.n && ch_is_digit((unsigned char)t.p[k + 1])) {
			size_t e = k + 1;
			while (e < t.n && e < k + 4 && ch_is_digit((unsigned char)t.p[e]))
				e++;
			if (e < t.n && t.p[e] == ']') {
				k = e;
				cut = 1;
				continue;
			}
		}
		buf_addc(&b, t.p[k]);
	}
	if (!cut) {
		buf_free(&b);
		return t;
	}
	buf_addc(&b, '\0');
	char *s = buf_detach(&b);
	strv_push_owned(&r->scratch, s);
	return sl_cstr(s);
}

void header_heading_read(struct hreader *r)
{
	size_t i = line_next(&r->L, 0);
	int filed = 0, skipped = 0;
	size_t edition_line = SIZE_MAX;
	for (int k = 0; k < 6 && i < r->footer; k++, i = line_next(&r->L, i + 1)) {
		struct slice t = line_text(&r->L, i), code;
		if (r->roles[i].role == HR_FILE) {
			const char *kind = file_kind(t, &code);
			if (kind != NULL)
				hprop_text(r, HF_KIND, W_STRONG, "file line", sl_cstr(kind), t);
			else
				code = t;
			if (sl_istarts(code, "File No. "))
				code = sl_from(code, 9);
			while (code.n > 0 && code.p[code.n - 1] == '.')
				code.n--;
			hprop_text(r, HF_SOURCE, W_GOOD, "file line", code, t);
			struct date_val dt;
			/* the suffix is the paper's date ("5–2252"): above the
			 * text's first date, below any dateline (a paper may be
			 * filed under the day it came in) */
			if (date_from_file_code(code.p, code.n, &dt) == 0)
				hprop_date(r, W_WEAK + 1, "file number", &dt, sl_of(code.p, 0), t);
			lines_drop(&r->L, i, i + 1);
			filed = 1;
			continue;
		}
		if (header_marking(t) || r->roles[i].role == HR_RELEASE ||
		    (t.n > 2 && t.p[0] == '[' && t.p[t.n - 1] == ']' && sl_find(t, " ") == SIZE_MAX))
			continue;
		/* "Memorandum by the Director of the Policy Planning Staff
		 * (Kennan)[2] to ...": a printed volume's note markers in
		 * brackets, as Wikisource gives them, are no part of the heading */
		t = unmarked(r, t);
		/* "No. 499", "No. 158." or "245" over a heading: the edition's
		 * own number of the document */
		char *num = NULL;
		struct slice rest = sl_trim(header_number_read(t, &num));
		int v;
		if ((num != NULL && (rest.n == 0 || sl_ieq(rest, "."))) ||
		    (num == NULL && sl_digits(t.p, t.n, 5, &v) == t.n)) {
			/* dropped with the heading it stands over, if one comes */
			free(num);
			edition_line = i;
			continue;
		}
		free(num);
		num = NULL;
		if (t.n > 300)
			return;
		/* "1. WE WILL NOT RESPOND TO REFTEL UNTIL POUCHED MATERIAL
		 * ARRIVES" run on to the next line: a cable's first paragraph,
		 * in capitals, no heading */
		size_t up0, low0, dig0;
		sl_letters(t, &up0, &low0, &dig0);
		if (sl_istarts(t, "1. ") && low0 == 0 && i + 1 < r->L.n && line_usable(&r->L, i + 1))
			return;
		/* "OFFICIAL ROUTING SLIP" / "TO" / "NAME AND ADDRESS": a form's
		 * title and captions, no heading */
		if (lex_routing_line(t)) {
			free(num);
			return;
		}
		/* a heading broken over lines: "The Chargé in the Soviet Union" /
		 * "(Beam) to the" / "Department of State" */
		char *joined = NULL;
		/* "Mr. Conger to Mr." / "Hay.": a heading cut after a title or
		 * a small word runs on */
		size_t j0 = line_next(&r->L, i + 1);
		if (heading_open(t) && j0 == i + 1 && j0 < r->footer && line_text(&r->L, j0).n < 60) {
			struct slice u = line_text(&r->L, j0);
			joined = xasprintf("%.*s %.*s", (int)t.n, t.p, (int)u.n, u.p);
			char *jnum = NULL;
			struct slice jn = header_unnumbered(sl_cstr(joined), &jnum);
			free(jnum);
			while (jn.n > 0 && jn.p[jn.n - 1] == '.')
				jn.n--;
			if (heading_sides(r, jn)) {
				lines_drop(&r->L, j0, j0 + 1);
				t = sl_cstr(joined);
			} else {
				free(joined);
				joined = NULL;
			}
		}
		if (joined == NULL && !heading_sides(r, t) && sl_find(t, " to ") == SIZE_MAX) {
			size_t j1 = line_next(&r->L, i + 1), j2 = j1 < r->footer ? line_next(&r->L, j1 + 1) : j1;
			/* "Cable" / "From Brasemb Bonn to the State Secretariat" /
			 * "SECRET EXCLUSIVE": a marking under the heading is none of
			 * it, the heading its two lines above */
			if (j2 < r->footer && j1 == i + 1 && j2 == j1 + 1 && header_marking(line_text(&r->L, j2)))
				j2 = j1;
			if (j2 < r->footer && j1 == i + 1 && (j2 == j1 + 1 || j2 == j1)) {
				joined = j2 == j1 ? xasprintf("%.*s %.*s", (int)t.n, t.p, (int)line_text(&r->L, j1).n,
							      line_text(&r->L, j1).p)
						  : xasprintf("%.*s %.*s %.*s", (int)t.n, t.p, (int)line_text(&r->L, j1).n,
							      line_text(&r->L, j1).p, (int)line_text(&r->L, j2).n,
							      line_text(&r->L, j2).p);
				char *jnum = NULL;
				struct slice jn = header_unnumbered(sl_cstr(joined), &jnum);
				free(jnum);
				if (jn.n < 240 && heading_sides(r, jn)) {
					lines_drop(&r->L, j1, j2 + 1);
					t = sl_cstr(joined);
				} else {
					free(joined);
					joined = NULL;
				}
			}
		}
		rest = t;
		if (sl_istarts(t, "No")) {
			rest = sl_trim(header_number_read(t, &num));
			if (rest.n > 0 && rest.p[0] == '.')
				rest = sl_from(rest, 1);
			if (num == NULL || rest.n == 0 || rest.p[0] != ']') {
				free(num);
				free(joined);
				return;
			}
			rest = sl_trim(sl_from(rest, 1));
		}
		char *edition_n = NULL;
		struct slice marked = rest;
		rest = header_unnumbered(rest, &edition_n);
		r->d->heading_marked |= header_marked_one(marked, rest);
		while (rest.n > 0 && strchr(".,", rest.p[rest.n - 1]) != NULL)
			rest.n--;
		/* "..., Washington, September 6, 19561": the edition's note
		 * marker glued to the heading's closing year */
		{
			size_t dr = rest.n;
			while (dr > 0 && ch_is_digit((unsigned char)rest.p[dr - 1]))
				dr--;
			int y;
			if ((rest.n - dr == 5 || rest.n - dr == 6) && dr > 2 && rest.p[dr - 1] == ' ' && rest.p[dr - 2] == ',' &&
			    sl_digits(rest.p + dr, 4, 4, &y) == 4 && y >= 1800 && y < 2100) {
				struct date_val dv0;
				struct slice pr0;
				size_t c0 = dr - 2;
				while (c0 > 0 && rest.p[c0 - 1] != ',')
					c0--; /* back to the comma before the month and day */
				if (c0 > 0 && header_date_line(sl_of(rest.p + c0, dr + 4 - c0), 3, &dv0, &pr0)) {
					r->d->heading_marked = 1;
					rest.n = dr + 4;
				}
			}
		}
		/* "High Commissioner in Great Britain to Secretary of State for
		 * External Affairs, London, December 15, 1941": the heading's
		 * place and date after its parties */
		struct slice core = rest;
		for (size_t c = 0; c < rest.n; c++) {
			struct date_val dv;
			struct slice pr;
			if (rest.p[c] == ',' && c + 2 < rest.n && header_date_line(sl_from(rest, c + 1), 3, &dv, &pr)) {
				core = sl_of(rest.p, c);
				hprop_date(r, W_GOOD, "heading", &dv, pr, t);
				break;
			}
		}
		/* "Ulbricht to Khrushchev on the Berlin Wall (1961)": the year
		 * in brackets after a heading dates it, no number of it */
		if (core.n > 8 && core.p[core.n - 1] == ')' && core.p[core.n - 6] == '(' && core.p[core.n - 7] == ' ' &&
		    sl_digits(core.p + core.n - 5, 4, 4, &v) == 4 && v >= 1800 && v < 2100)
			core = sl_rtrim(sl_of(core.p, core.n - 7));
		int digits = 0;
		/* "Telegram 4075 From the Embassy in Iran ...": the number
		 * after the kind is the telegram's */
		size_t skip_to = 0;
		{
			struct slice ka;
			if (header_kind_find(core, 2, &ka) != NULL) {
				ka = sl_ltrim(ka);
				int v2;
				size_t dn = sl_digits(ka.p, ka.n, 8, &v2);
				if (dn > 0 && dn < ka.n && ka.p[dn] == ' ')
					skip_to = (size_t)(ka.p + dn - core.p);
			}
		}
		for (size_t c = skip_to; c < core.n; c++) {
			/* "the 296th Meeting": an ordinal is a word */
			if (ch_is_digit((unsigned char)core.p[c])) {
				size_t e = c;
				while (e < core.n && ch_is_digit((unsigned char)core.p[e]))
					e++;
				struct slice sfx = sl_of(core.p + e, core.n - e < 2 ? core.n - e : 2);
				if (sfx.n == 2 && (sl_ieq(sfx, "st") || sl_ieq(sfx, "nd") || sl_ieq(sfx, "rd") || sl_ieq(sfx, "th")) &&
				    (e + 2 == core.n || !ch_is_alpha((unsigned char)core.p[e + 2]))) {
					c = e + 1;
					continue;
				}
			}
			digits |= ch_is_digit((unsigned char)core.p[c]);
		}
		struct slice after = sl_of(rest.p + rest.n, 0);
		const char *hk = header_kind_find(rest, 3, &after);
		/* "Mr. Fish to Mr. Washburne", "The Secretary of State to the
		 * Ambassador in France (Edge)"; or in FRUS's page text, a
		 * numbered heading that opens with the kind: "39. Memorandum
		 * From ...", "209. Transcript of Telephone Conversation ..." */
		/* "The Letter of the Central Committee of the CPC to the ...":
		 * a kind, then a heading */
		struct slice of = sl_trim(after);
		/* the page's first line opening with its kind ("Memorandum of
		 * Telephone Conversation, by ..."), or numbered by the edition
		 * ("442. Country Summary Prepared in the Bureau ..."): a title */
		struct slice fk;
		int first = k == 0 || (k == 1 && skipped);
		int kind_first = hk != NULL && header_kind_find(core, 1, &fk) != NULL && first && core.p[core.n - 1] != '.' &&
				 sl_find(core, ":") == SIZE_MAX; /* "MEMORANDUM FOR: ..." is the paper's own header */
		int numbered = edition_n != NULL && first && core.n > 8 && t.p[t.n - 1] != '.' && tok_is_upper(core);
		int fits = !digits && (heading_sides(r, core) || kind_first || numbered ||
				       (hk != NULL && (edition_n != NULL || filed || edition_line != SIZE_MAX)) ||
				       (hk != NULL && sl_istarts(of, "of ") && heading_sides(r, sl_from(of, 3))));
		/* one line of a collection's own heading may come first
		 * ("Sino-Soviet Split Document Archive") */
		if (!fits && k == 0 && num == NULL && edition_n == NULL && t.n <= 60 && !digits && !skipped) {
			skipped = 1;
			free(joined);
			continue;
		}
		if (!fits) {
			free(num);
			free(edition_n);
			free(joined);
			return;
		}
		int w = filed || edition_n != NULL || num != NULL ? W_STRONG : W_GOOD;
		hprop_text(r, HF_TITLE, w, "heading", rest, t);
		header_title_read(r, core, w, "heading", t);
		/* "Letter of the CPSU Central Committee to the CC of the CPC" /
		 * "June 15, 1964. Moscow: Novosti Press Agency, 1964.": a day
		 * opening the line under the heading is the paper's (a
		 * dateline still outweighs it) */
		size_t dl = line_next(&r->L, i + 1);
		struct date_val hd;
		size_t hn;
		int adjacent = dl < r->footer;
		for (size_t x = i + 1; x < dl && adjacent; x++)
			adjacent = r->L.v[x].drop; /* lines joined to the heading */
		if (adjacent) {
			struct slice u = line_text(&r->L, dl);
			if ((hn = date_parse(u.p, u.n, 0, &hd)) > 0 && hd.d && (hn == u.n || u.p[hn] == '.' || u.p[hn] == ','))
				hprop_date(r, W_FAIR, "heading", &hd, sl_of(u.p, hn), u);
		}
		/* "Mr. Bancroft to Mr. Fish" / "No. 180.]", "No. 1639": the
		 * despatch's number under its heading, perhaps under an
		 * editor's "[Confidential.]" or the dateline */
		size_t nx = line_next(&r->L, i + 1);
		for (int k2 = 0; num == NULL && nx < r->footer && k2 < 4; k2++, nx = line_next(&r->L, nx + 1)) {
			struct slice u = line_text(&r->L, nx);
			struct slice after_n = sl_trim(header_number_read(u, &num));
			if (num != NULL && (sl_ieq(after_n, ".]") || sl_ieq(after_n, "]") || after_n.n == 0)) {
				lines_drop(&r->L, nx, nx + 1);
				break;
			}
			free(num);
			num = NULL;
			if (u.n > 80)
				break;
		}
		if (num != NULL)
			hprop_text(r, HF_NUMBER, W_STRONG, "heading", sl_cstr(num), t);
		r->heading = num != NULL ? 2 : 1;
		free(num);
		free(edition_n);
		free(joined);
		lines_drop(&r->L, i, i + 1);
		if (edition_line != SIZE_MAX)
			lines_drop(&r->L, edition_line, edition_line + 1);
		return;
	}
}
