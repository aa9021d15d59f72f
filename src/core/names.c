/* names.c: the names of persons and bodies as documents print them, read
 * to one canonical form ("Comrade Stalin, I.V." and "I.V. Stalin" are
 * "Stalin"; "PAK HEON-YEONG" is "Pak Heon-yeong"), told apart from their
 * pseudonyms and spelling variants, and split out of lists of parties
 * ("Shtraus [Shtykov] and Mayveyev [Zakharov]"). */
#include "dossier/names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "dossier/lexicon.h"
#include "dossier/text.h"

/* Titles that are not part of a person's name. */
const char *const name_honorifics[] = {
	"comrade", "comrades", "cde.", "cde", "cdes.", "tov.", "amb.", "ambassador",
	"mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "general", "marshal", "col.",
	"colonel", "adm.", "admiral", "lt.", "capt.", "maj.", "sgt.", "sen.",
	"senator", "premier", "chairman", "president", "minister", "secretary",
	"deputy", "comrade-in-arms", "professor", NULL
};

/* Capitalised words that open sentences or stand for people without
 * naming them: a name run stops there. */
/* English function words: no verb after a plural subject, and no word of
 * a transliteration. */
const char *const name_function_words[] = {
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

const char *const name_stops[] = {
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
/* Acronyms of bodies that stay in capitals in a name ("CC CPSU", "the
 * USSR MFA"); only a name that is all capitals is recased at all. */
static const char *const acronyms[] = {
	"CC", "CPSU", "USSR", "MFA", "SED", "CPC", "CCP", "GDR", "FRG", "DPRK", "PRC", "ROK", "UN", "US", "USA", "UK",
	"VWP", "CPCz", "PUWP", "KGB", "CIA", "NSC", "NATO", "UAR", "MPR", "NKVD", "MGB", "GRU", "FBI", "OSS", "PLO",
	"ANC", "MPLA", "SWAPO", "DRV", "RVN", "NLF", "PCI", "PCF", "KPD", "SPD", "CDU", "LCY", "RCP", "BCP", "HSWP",
	"AMEMBASSY", "SECSTATE", "WASHDC", "USMISSION", "USUN", "AMCONSUL", NULL
};

char *name_titlecase(struct slice s)
{
	size_t up, low, dig;
	sl_letters(s, &up, &low, &dig);
	if (low > 0 || up < 2)
		return sl_dup(s);
	struct buf b;
	buf_init(&b);
	size_t pos = 0;
	for (;;) {
		struct slice t = tok_next(s, &pos);
		if (t.n == 0)
			break;
		if (b.len)
			buf_addc(&b, ' ');
		size_t l;
		ch_at(t.p, t.n, &l);
		if (tok_is_initials(t) || l >= t.n || tok_in(tok_bare(t), acronyms)) {
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
	if (t.n < 5 || !tok_is_upper(t))
		return 0;
	for (size_t i = 0; ends[i] != NULL; i++)
		if (sl_iends(t, ends[i]))
			return 1;
	return 0;
}

/* What may follow a family name and a comma and still be the same
 * person: initials ("Stalin, I.V.") or a first name and patronymic
 * ("Stalin, Iosif Vissarionovich"). */
int name_given(struct slice s)
{
	/* "Sam J. Ervin, Jr.", "Lawrence R. Houston, Esquire": a suffix of
	 * the name before the comma, no second party */
	static const char *const suffixes[] = { "jr", "sr", "esq", "esquire", "ii", "iii", "iv", NULL };
	struct slice tok[4];
	size_t nt = tok_split(s, tok, 4);
	if (nt == 0 || nt > 4)
		return 0;
	if (nt == 1 && tok_in(tok_bare(tok[0]), suffixes))
		return 1;
	if (nt == 2 && tok_is_upper(tok[0]) && !tok_is_initials(tok[0]) && tok_is_patronymic(tok[1]))
		return 1;
	for (size_t i = 0; i < nt; i++)
		if (!tok_is_initials(tok[i]) && !tok_is_initials(tok_bare(tok[i])))
			return 0;
	return 1;
}

/* s without a comma that only introduces initials or given names:
 * "Stalin, I.V." and "Stalin, Iosif Vissarionovich" are "Stalin". */
struct slice name_drop_initials(struct slice s)
{
	size_t c = sl_find(s, ",");
	if (c == SIZE_MAX || !name_given(sl_from(s, c + 1)))
		return s;
	return sl_trim(sl_of(s.p, c));
}

/* The canonical form of a printed name: quotes, titles and initials
 * dropped ("Comrade Stalin, I.V.", "I.V. Stalin" and "Soviet Amb. Stalin"
 * are "Stalin"), capitals to Title Case. NULL when nothing is left. */
char *name_canonical(struct slice s)
{
	struct slice tok[16];
	s = sl_trim(s);
	while (s.n > 0 && strchr("\"'", s.p[0]) != NULL)
		s = sl_trim(sl_from(s, 1));
	while (s.n > 0 && strchr("\"',;:!?", s.p[s.n - 1]) != NULL)
		s = sl_trim(sl_of(s.p, s.n - 1));
	s = name_drop_initials(s);
	size_t nt = tok_split(s, tok, 16);
	if (nt == 0 || nt > 16)
		return nt ? sl_dup(s) : NULL;
	/* "Soviet Ambassador Shtykov": the name follows the last title */
	size_t i = 0;
	for (size_t k = 0; k + 1 < nt; k++)
		if (tok_in(tok[k], name_honorifics) && tok_is_upper(tok[k + 1]))
			i = k + 1;
	while (i < nt && tok_in(tok[i], name_honorifics))
		i++;
	while (i + 1 < nt && tok_is_initials(tok[i]))
		i++;
	if (i == nt)
		return NULL;
	/* "Secretary of State for External Affairs": an office, whole; so
	 * is one that ends in an office's word after an office's rank
	 * ("Deputy Director", "Deputy Foreign Minister"; "Mr. Head" is Head) */
	if (i > 0 && (tok_is_lower(tok[i]) ||
		      ((tok_in(tok_bare(tok[nt - 1]), lex_person_offices) || tok_in(tok_bare(tok[nt - 1]), name_honorifics)) &&
		       tok_in(tok_bare(tok[i - 1]), lex_person_offices))))
		i = 0;
	struct slice last = tok[nt - 1];
	/* a sentence's period after the name, unless it ends initials */
	if (last.n > 1 && last.p[last.n - 1] == '.' && !tok_is_initials(last))
		last.n--;
	struct slice name = sl_of(tok[i].p, (size_t)(last.p + last.n - tok[i].p));
	return name.n ? name_titlecase(name) : NULL;
}

/* "d'Estaing", "d’Estaing": d' or l' and a capital. */
static int elided_surname(struct slice t)
{
	if (t.n < 3 || (t.p[0] != 'd' && t.p[0] != 'l'))
		return 0;
	size_t q = t.p[1] == '\'' ? 2 : sl_istarts(sl_from(t, 1), "\xe2\x80\x99") ? 4 : 0;
	return q > 0 && q < t.n && t.p[q] >= 'A' && t.p[q] <= 'Z';
}

/* Whether s reads as a person's name (org: or an organisation's):
 * capitalised words, initials, particles; no digits. */
int name_like(struct slice s, int org)
{
	/* "IN LONDON" under a letter: where it was written, no one's name */
	static const char *const places_first[] = { "in", "at", "near", NULL };
	struct slice tok[16];
	size_t max = org ? 14 : 6;
	size_t nt = tok_split(sl_trim(s), tok, 16);
	if (nt == 0 || nt > max || (nt > 1 && tok_in(tok_bare(tok[0]), places_first)))
		return 0;
	/* "the", "The", "of the": joining words with no name to join */
	size_t joining = 0;
	for (size_t i = 0; i < nt; i++)
		joining += tok_in(tok[i], org_particles) || tok_in(tok[i], name_particles);
	if (joining == nt)
		return 0;
	for (size_t i = 0; i < nt; i++) {
		struct slice t = tok[i];
		size_t up, low, dig;
		sl_letters(t, &up, &low, &dig);
		if (dig > 0 || up + low == 0)
			return 0;
		for (size_t k = 0; k < t.n; k++)
			if (strchr("[]()<>{}:;!?\"", t.p[k]) != NULL)
				return 0;
		if (t.p[t.n - 1] == ',' && i + 1 < nt)
			return 0;
		if (tok_is_upper(t) || tok_is_initials(t))
			continue;
		if (i > 0 && i + 1 < nt && tok_in(t, name_particles))
			continue;
		/* "Giscard d'Estaing", "Tristan d'Albis": a particle elided
		 * onto the surname, which is capitalised */
		if (i > 0 && elided_surname(t))
			continue;
		if (org && (i > 0 || sl_ieq(t, "the")) && tok_in(t, org_particles))
			continue;
		return 0;
	}
	return 1;
}

/* Words of a sentence, not of a name: more than two words in lower case
 * that no name or body joins its words with ("DDP DD/S John Bross has
 * discussed the attached with General Carter who believes ..."). */
int party_prose(struct slice s)
{
	static const char *const joins[] = { "to", "with", "ad", "interim", "a.i.", "et", NULL };
	size_t pos = 0, loose = 0;
	for (struct slice t = tok_next(s, &pos); t.n > 0; t = tok_next(s, &pos)) {
		struct slice b = tok_bare(t);
		if (b.n == 0 || !tok_is_lower(b) || tok_in(b, name_particles) || tok_in(b, org_particles) ||
		    tok_in(b, joins) || sl_istarts(b, "d'") || sl_istarts(b, "l'"))
			continue;
		if (++loose > 2)
			return 1;
	}
	return 0;
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
		f[i] = (char)ch_lower((unsigned char)s[i]);
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
		if (!ch_is_alpha(c)) {
			q++;
			continue;
		}
		c = ch_lower(c);
		nx = ch_lower(nx);
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
	return sl_dup(tok_next(sl_cstr(s), &pos));
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
	if (tok_split(sl_cstr(a), ta, 2) < 2 || tok_split(sl_cstr(b), tb, 2) < 2)
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
	size_t na = tok_split(sl_cstr(fa), ta, 8), nb = tok_split(sl_cstr(fb), tb, 8);
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
int alias_description(struct slice t, char **canon)
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
	size_t nt = tok_split(rest, tok, 12);
	if (nt == 0 || nt > 12)
		return 1;
	size_t first = 0;
	for (size_t i = 0; i < nt; i++)
		if (tok_in(tok[i], name_honorifics) || !tok_is_upper(tok[i]))
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

void alias_add(struct doc *d, const char *name, const char *canonical)
{
	if (d->naliases < ALIASES_MAX && strcmp(name, canonical) != 0)
		doc_add_alias(d, name, canonical);
}

/* Resolves "name [other]": returns the canonical name of the person and
 * records what the pair says (NOTE_ALIAS: other is the person behind a
 * pseudonym; NOTE_TRANSLIT: other is a spelling variant of name;
 * NOTE_SUPPLIED: other completes name). A quoted name ('"I" [Stalin]') is a
 * cover name, however it sounds. NULL if either is not a name. */
char *alias_resolve(struct doc *d, struct slice name, struct slice other, int quoted,
			   enum note_kind *kind)
{
	char *nc = name_canonical(name), *oc = name_canonical(other), *out = NULL;
	if (nc == NULL || oc == NULL) {
		free(nc);
		free(oc);
		return NULL;
	}
	*kind = NOTE_ALIAS;
	/* "Premier Zhou [Enlai]" under a title or a party "Zhou Enlai": the
	 * editor completed the name the page prints whole elsewhere, no
	 * pseudonym ("Filippov [Stalin]" is never printed "Filippov
	 * Stalin") */
	char *joined = xasprintf("%s %s", nc, oc);
	int whole = d->title != NULL && strstr(d->title, joined) != NULL;
	for (size_t i = 0; !whole && i < d->from.n; i++)
		whole = strcmp(d->from.v[i], joined) == 0;
	for (size_t i = 0; !whole && i < d->to.n; i++)
		whole = strcmp(d->to.v[i], joined) == 0;
	if (whole) {
		*kind = NOTE_SUPPLIED;
		free(nc);
		free(oc);
		return joined;
	}
	free(joined);
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


/* An office rather than a person's name: "the Secretary of State",
 * "Ambassador in the Soviet Union". */
int party_office(struct slice s)
{
	size_t pos = 0;
	struct slice first = tok_next(s, &pos);
	return sl_ieq(first, "the") || (tok_in(first, name_honorifics) && !tok_is_initials(first) &&
					  tok_is_lower(tok_next(s, &pos)));
}

/* "Joseph P. Walshe", "G. M. Malenkov": a name of several words, one
 * of them an initial. */
static int initialled(struct slice s)
{
	struct slice tk[6];
	size_t n = tok_split(s, tk, 6);
	for (size_t i = 0; i < n && n >= 2 && n <= 6; i++)
		if (tok_is_initials(tk[i]))
			return 1;
	return 0;
}

/* One party as a title or salutation prints it ("Feng Xi (Stalin)",
 * "Comrade Filippov [Stalin]", "Kim Il Sung (via Shtytkov)") resolved to a
 * canonical name; an alias is recorded when the brackets name the person
 * behind a pseudonym. "(via X)" is a channel, not a party. NULL when s
 * does not read as a party. */
char *party_resolve(struct doc *d, struct slice s, int org)
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
		} else if (other.p != NULL && !initialled(base)) {
			enum note_kind k;
			out = alias_resolve(d, base, other, 0, &k);
		} else if (other.p != NULL) {
			/* "Joseph P. Walshe (Dublin)": a name with its
			 * initial is a person's own, not a pseudonym the
			 * brackets resolve; they say where he is */
			out = name_canonical(base);
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

/* Whether the " and " at a joins two words of one body's name, not two
 * parties: "the Division of Soviet and East European Affairs", "Bureau of
 * Political and Security Affairs" (the last word after it is the field
 * both words qualify; the one before names none). */
static int and_in_name(struct slice s, size_t a)
{
	static const char *const fields[] = { "affairs", "relations", "questions", "problems", "studies",
					      "operations", "programs", "programmes", NULL };
	struct slice before = sl_of(s.p, a), after = sl_from(s, a + 5);
	size_t e = sl_find_top(after, ", ");
	if (e != SIZE_MAX)
		after = sl_of(after.p, e);
	after = sl_rtrim(after);
	size_t w = after.n, v = before.n;
	while (w > 0 && after.p[w - 1] != ' ')
		w--;
	while (v > 0 && before.p[v - 1] != ' ')
		v--;
	/* "the Director of the Bureau of Intelligence and Research
	 * (Saunders)": a holder in parentheses closes his whole office, the
	 * "and" of its body's name within it (not "... of State and the
	 * Ambassador (Kennan)", two) */
	struct slice next = tok_bare(tok_next(after, &(size_t){ 0 }));
	if (after.n > 0 && after.p[after.n - 1] == ')' && sl_find(after, "(") != SIZE_MAX && before.n > 0 &&
	    before.p[before.n - 1] != ')' && sl_find(before, " of ") != SIZE_MAX && tok_is_upper(next) &&
	    !tok_in(next, org_particles) && !tok_in(next, name_honorifics))
		return 1;
	return sl_find(before, " of ") != SIZE_MAX && tok_in(tok_bare(sl_from(after, w)), fields) &&
	       !tok_in(tok_bare(sl_from(before, v)), fields);
}

/* The next separator of a party list (", " or " and ") in s, skipping a
 * comma that only introduces initials ("Stalin, I.V.") and an "and"
 * inside a body's name. *sep is its length. */
size_t party_sep(struct slice s, size_t *sep)
{
	size_t c = sl_find_top(s, ", "), a = sl_ifind_top(s, " and ");
	while (a != SIZE_MAX && and_in_name(s, a)) {
		size_t next = sl_ifind_top(sl_from(s, a + 5), " and ");
		a = next == SIZE_MAX ? SIZE_MAX : a + 5 + next;
	}
	while (c != SIZE_MAX) {
		struct slice after = sl_from(s, c + 2);
		size_t e = sl_find_top(after, ", "), ea = sl_ifind_top(after, " and ");
		if (ea < e)
			e = ea;
		if (!name_given(e == SIZE_MAX ? after : sl_of(after.p, e)))
			break;
		size_t next = sl_find_top(sl_from(s, c + 2), ", ");
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
	"representative", "commissar", "commissioner", "envoy", "agent", "attache", "attaché", "assistant",
	"adviser", "advisor", "secretary", "counsel", "coordinator", "director", NULL
};

/* "Shtykov for Kim Il Sung": a message to one person meant for another.
 * The party is the one it is addressed to; the text from " for " on is
 * cut, unless "for" continues the name of a body or office. */
struct slice party_for_cut(struct slice s)
{
	size_t k = sl_find_top(s, " for ");
	if (k == SIZE_MAX)
		return s;
	struct slice before = sl_rtrim(sl_of(s.p, k));
	size_t w = before.n;
	while (w > 0 && before.p[w - 1] != ' ')
		w--;
	struct slice last = tok_bare(sl_from(before, w));
	if (!tok_is_upper(last) || tok_in(last, body_nouns) || tok_in(last, name_honorifics))
		return s;
	/* "Secretary of State for External Affairs": an office's name runs
	 * on past "for" */
	size_t of = sl_find(before, " of ");
	if (of != SIZE_MAX) {
		struct slice tok[8];
		size_t nt = tok_split(sl_of(before.p, of), tok, 8);
		for (size_t i = 0; i < nt && i < 8; i++)
			if (tok_in(tok_bare(tok[i]), name_honorifics) && tok_is_upper(tok[i]))
				return s;
	}
	return before;
}

size_t parties_add(struct doc *d, struct strv *list, struct slice s)
{
	size_t added = 0;
	for (size_t i = 0; party_ends[i] != NULL; i++) {
		size_t k = sl_find_top(s, party_ends[i]);
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
		char *name = party_resolve(d, part, 1);
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

