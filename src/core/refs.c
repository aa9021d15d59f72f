/* refs.c: detecting references to other documents in a body. Works on
 * words: a kind of document ("telegram", "letter", ...) with what follows
 * it (a number, "of"/"dated" and dates, "of cde." and a name), the
 * determiner before it ("your", "my"), and number forms that stand alone
 * ("# 600428/sh", "To No. 483/sh."). */
#include "dossier/refs.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dossier/date.h"
#include "refs_priv.h"

/* "see p. 230", "Ante, p. 768", "printed on p. 22", "see footnote 1, p.
 * 881": a page of the citing volume, where a FRUS note sends the reader
 * to another of its papers (after a paper's number or day, page_after
 * reads it). Not "Mosquito Code, p. 12" or "on p. 3 of the report",
 * pages of another book. At i; returns the end, or 0. */
static size_t page_ref(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	struct ref_found r = { .start = i };
	size_t e = refs_page_at(s, sc->len, i, r.page, sizeof r.page);
	if (e == 0)
		return 0;
	size_t b = i;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b > 0 && s[b - 1] == ',')
		b--;
	struct word w;
	if (!refs_word_before(s, b, &w))
		return 0;
	int cited = refs_word_is(s, &w, "see") || refs_word_is(s, &w, "ante") || refs_word_is(s, &w, "post") ||
		    refs_word_is(s, &w, "supra") || refs_word_is(s, &w, "infra");
	if (!cited && refs_word_is(s, &w, "on"))
		cited = refs_word_before(s, w.start, &w) && refs_word_is(s, &w, "printed");
	else if (!cited && isdigit((unsigned char)s[w.start]))
		cited = refs_word_before(s, w.start, &w) && refs_word_is(s, &w, "footnote");
	if (!cited)
		return 0;
	r.end = e;
	refs_emit(sc, &r);
	return e;
}

/* "record of conversation", "memorandum of my conversation", "records
 * of the conversations" at the kind word k..j: the end of
 * "conversation(s)", or 0; *whose is the party a determiner inside says
 * ("the record of my conversation"). */
static size_t of_conversation(const char *s, size_t len, size_t j, enum ref_party *whose)
{
	static const struct {
		const char *det;
		enum ref_party party;
	} dets[] = { { "", REF_ANY }, { "the ", REF_ANY }, { "my ", REF_MINE }, { "our ", REF_MINE },
		     { "your ", REF_YOURS }, { "his ", REF_ANY }, { "her ", REF_ANY }, { "their ", REF_ANY } };
	if (!refs_starts(s, len, j, " of "))
		return 0;
	j += 4;
	for (size_t d = 0; d < sizeof dets / sizeof dets[0]; d++) {
		size_t k = j + strlen(dets[d].det);
		if (!refs_starts(s, len, j, dets[d].det) || !refs_starts(s, len, k, "conversation"))
			continue;
		k += 12;
		if (k < len && s[k] == 's')
			k++;
		if (k < len && isalpha((unsigned char)s[k]))
			return 0;
		*whose = dets[d].party;
		return k;
	}
	return 0;
}

/* "Mao's reply of 13 June to our telegram of 12 June": an answer to the
 * writer's own paper was addressed to the writer; to "your" paper, to
 * the recipient. Looks ahead in the sentence after an answer's kind word
 * at i; writes "us", "you" or nothing into out. */
static void answer_to(const char *s, size_t len, size_t i, char *out, size_t outsz)
{
	static const struct {
		const char *to, *who;
	} forms[] = { { "to our ", "us" }, { "to my ", "us" }, { "to your ", "you" } };
	for (size_t k = i; k < len && k < i + 60 && s[k] != '.' && s[k] != ';' && s[k] != '\n'; k++) {
		if (k > i && s[k - 1] != ' ')
			continue;
		for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
			size_t w = k + strlen(forms[f].to), e = w;
			if (!refs_starts(s, len, k, forms[f].to))
				continue;
			while (e < len && isalpha((unsigned char)s[e]))
				e++;
			if (refs_kind_of(s + w, e - w) || refs_number_marker(s, len, w)) {
				snprintf(out, outsz, "%s", forms[f].who);
				return;
			}
		}
	}
}

/* Whether an accented letter of Latin-1 (U+00C0-U+00FF, not × or ÷),
 * two bytes in UTF-8, is at j. */
static int latin_letter(const char *s, size_t len, size_t j)
{
	unsigned char a = (unsigned char)s[j], b = j + 1 < len ? (unsigned char)s[j + 1] : 0;
	return a == 0xc3 && b >= 0x80 && b <= 0xbf && b != 0x97 && b != 0xb7;
}

void refs_detect(const char *body, size_t len, const char *ctx_date, const char *own_number, refs_fn fn,
		 void *arg)
{
	const char *own[1] = { own_number };
	refs_detect_own(body, len, ctx_date, own, own_number && *own_number ? 1 : 0, fn, arg);
}

static void detect(const char *body, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		   int note, refs_fn fn, void *arg)
{
	struct date_val ctx;
	struct scan sc = { .s = body, .len = len, .year = 2000, .rel = "2000-08-31", .own = own, .nown = nown,
			   .note = note, .fn = fn, .arg = arg };
	if (ctx_date && date_from_iso(ctx_date, &ctx) == 0 && ctx.y) {
		sc.year = ctx.y;
		sc.year_known = 1;
		snprintf(sc.ctx, sizeof sc.ctx, "%s", ctx_date);
		if (ctx.d) {
			memcpy(sc.rel, sc.ctx, sizeof sc.rel);
			sc.rel_known = 1;
		}
	}
	/* A State cable heads each of its pages "PAGE 01 BUDAPE 01213
	 * 281640Z": that number is its own wherever it is printed. */
	for (const char *p = body; sc.ncable_own < 4 && (p = memchr(p, 'P', (size_t)(body + len - p))) != NULL; p++) {
		if (!refs_starts(body, len, (size_t)(p - body), "PAGE "))
			continue;
		size_t k = (size_t)(p - body) + 5, w;
		if (k + 2 >= len || !isdigit((unsigned char)body[k]) || !isdigit((unsigned char)body[k + 1]) ||
		    body[k + 2] != ' ')
			continue;
		for (w = k += 3; w < len && isupper((unsigned char)body[w]);)
			w++;
		if (w == k || w + 1 >= len || body[w] != ' ' || !isdigit((unsigned char)body[w + 1]))
			continue;
		sc.cable_own[sc.ncable_own++] = refs_atoi_safe(body + w + 1);
	}
	refs_ref_line(&sc);
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)body[i];
		if (i > 0 && refs_is_word_byte((unsigned char)body[i - 1])) {
			i++;
			continue;
		}
		if (c == '#' || c == 'N' || c == 'n') {
			size_t e = refs_bare_number(&sc, i);
			if (e) {
				i = e;
				continue;
			}
		}
		if (c == 0xd0 || c == 0xd1) {
			size_t e = refs_russian_at(&sc, i);
			i = e ? e : refs_ru_word_end(body, len, i);
			continue;
		}
		if (!isalpha(c)) {
			i++;
			continue;
		}
		/* a word: ASCII letters and the accented ones of Latin-1
		 * ("communiqués", "Ofício") */
		size_t j = i;
		while (j < len && (isalpha((unsigned char)body[j]) || latin_letter(body, len, j)))
			j += isalpha((unsigned char)body[j]) ? 1 : 2;
		if (j - i == 2 && (c | 0x20) == 'o' && (body[i + 1] | 0x20) == 'n') {
			size_t e = refs_wrote_on_date(&sc, i);
			if (e) {
				i = e;
				continue;
			}
		}
		const char *kind = refs_kind_of(body + i, j - i);
		if (kind == NULL && ((j - i == 6 && strncasecmp(body + i, "record", 6) == 0) ||
				     (j - i == 7 && strncasecmp(body + i, "records", 7) == 0))) {
			enum ref_party whose;
			if (of_conversation(body, len, j, &whose))
				kind = "record of conversation";
		}
		if (kind == NULL) {
			/* "yours of the 30th ultimo": a letter of the
			 * recipient's, its kind unsaid. */
			if (((j - i == 5 && strncasecmp(body + i, "yours", 5) == 0) ||
			     (j - i == 4 && strncasecmp(body + i, "ours", 4) == 0)) &&
			    j + 4 <= len && strncmp(body + j, " of ", 4) == 0) {
				/* and "ours of March 7", the writer's */
				struct ref_found y = { 0 };
				y.start = i;
				y.party = j - i == 5 ? REF_YOURS : REF_MINE;
				size_t e = refs_dates_after(&sc, &y, j + 4);
				if (e) {
					i = e;
					continue;
				}
			}
			/* "Yours 7th received": telegraphese for your
			 * telegram of the 7th. */
			struct date_val v;
			size_t n;
			if (j - i == 5 && strncasecmp(body + i, "yours", 5) == 0 && j + 1 < len && body[j] == ' ' &&
			    (n = refs_ordinal_day_at(&sc, body + j + 1, len - j - 1, &v)) != 0) {
				struct ref_found y = { .start = i, .end = j + 1 + n, .party = REF_YOURS };
				refs_put_relative(&sc, &v, &y);
				refs_emit(&sc, &y);
				i = y.end;
				continue;
			}
			size_t e = refs_dated_any(&sc, i, j);
			if (e == 0)
				e = refs_telegraphese(&sc, i, j);
			if (e == 0 && (c | 0x20) == 'r')
				e = refs_reftel(&sc, i, j);
			/* (a comma: "Yours, 6464") */
			if (e == 0 && j < len &&
			    (body[j] == ' ' || body[j] == ',' || body[j] == '\'' || (unsigned char)body[j] == 0xe2))
				e = refs_owner_number(&sc, i, j);
			if (e == 0 && c == 'p' && j - i <= 2)
				e = page_ref(&sc, i);
			if (e == 0 && isupper(c))
				e = refs_series_paper(&sc, i, j);
			if (e == 0 && isupper(c))
				e = refs_post_number(&sc, i, j);
			i = e ? e : j;
			continue;
		}
		size_t ana = refs_anaphor(&sc, kind, i, j);
		if (ana) {
			i = ana;
			continue;
		}
		struct ref_found r = { 0 };
		r.kind = kind;
		int noun;
		r.start = refs_phrase_start(body, i, &r, &noun);
		/* "[telegram]": the editor's bracket closes after the kind word. */
		if (i > 0 && body[i - 1] == '[' && j < len && body[j] == ']')
			j++;
		/* "Your record of conversation with Zhou Enlai of 16 June". */
		enum ref_party whose = REF_ANY;
		size_t conv = 0;
		if (((j - i == 6 && strncasecmp(body + i, "record", 6) == 0) ||
		     (j - i == 7 && strncasecmp(body + i, "records", 7) == 0) || strcmp(kind, "memorandum") == 0) &&
		    (conv = of_conversation(body, len, j, &whose)) != 0) {
			r.kind = strcmp(kind, "memorandum") == 0 ? kind : "record of conversation";
			if (whose != REF_ANY)
				r.party = whose;
			j = conv;
			size_t ns, ne;
			int titled;
			if (refs_starts(body, len, j, " with ") && (ne = refs_name_at(body, len, j + 6, &ns, &titled)) != 0)
				j = refs_past_bracket(body, len, ne);
		}
		if (strcmp(kind, "answer") == 0 || strcmp(kind, "reply") == 0)
			answer_to(body, len, j, r.to_person, sizeof r.to_person);
		enum lead lead = noun ? LEAD_NOUN : LEAD_NONE;
		struct word det;
		int sent = 0;
		int self = noun && refs_word_before(body, i, &det) && det.start == r.start &&
			   (refs_word_is(body, &det, "this") || refs_word_is(body, &det, "these"));
		if (self)
			lead = LEAD_NONE; /* "read this letter to Kim Il Sung": itself */
		else if (!noun && refs_date_before_kind(&sc, &r, i))
			lead = LEAD_DATED;
		else if (noun && (sent = refs_sent_on_date(&sc, &r, r.start)) != 0)
			lead = LEAD_DATED;
		else if (refs_verb_before(body, r.start))
			lead = LEAD_VERB;
		size_t e = refs_after_kind(&sc, &r, j, lead);
		if (e == 0 && (lead == LEAD_NOUN || (lead == LEAD_NONE && !self && refs_clause_participle(&sc, j))))
			e = refs_clause_date(&sc, &r, j);
		/* "On 1 October I received a letter": from whom is not said. */
		if (e == 0 && lead == LEAD_DATED && (sent != 2 || r.party != REF_ANY || r.person[0])) {
			r.end = j;
			refs_emit(&sc, &r);
			e = j;
		}
		/* "cde. KIM IL SUNG's letter", as "the letter of cde. KIM IL
		 * SUNG": a titled author names a paper, undated; his order is
		 * his authority. */
		if (e == 0 && lead == LEAD_NOUN && r.person[0] && refs_title_before(body, r.start) &&
		    strcmp(kind, "order") != 0 && strcmp(kind, "instruction") != 0) {
			r.end = j;
			refs_emit(&sc, &r);
			e = j;
		}
		i = e ? e : j;
	}
}

void refs_detect_own(const char *body, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		     refs_fn fn, void *arg)
{
	detect(body, len, ctx_date, own, nown, 0, fn, arg);
}

void refs_detect_note(const char *text, size_t len, const char *ctx_date, const char *const *own, size_t nown,
		      refs_fn fn, void *arg)
{
	detect(text, len, ctx_date, own, nown, 1, fn, arg);
}

struct first_to {
	char *out;
	size_t outsz;
	int done;
};

static void take_to(const struct ref_found *r, void *arg)
{
	struct first_to *f = arg;
	if (!f->done)
		snprintf(f->out, f->outsz, "%s", r->to_person);
	f->done = 1;
}

void refs_phrase_to_person(const char *phrase, size_t len, const char *ctx_date, char *out, size_t outsz)
{
	struct first_to f = { out, outsz, 0 };
	if (outsz)
		out[0] = '\0';
	refs_detect(phrase, len, ctx_date, NULL, take_to, &f);
}
