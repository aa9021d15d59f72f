/* cite.c: citations in Chicago's notes and bibliography styles and as
 * history.state.gov asks for FRUS. A citation is a list of parts joined by
 * commas (a note) or sentences (a bibliography entry); every part is
 * written from cleaned fields, so nothing a document holds reaches the
 * output as a control character. */
#include "dossier/cite.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#define LQ "\xe2\x80\x9c" /* “ */
#define RQ "\xe2\x80\x9d" /* ” */
#define EN_DASH "\xe2\x80\x93"

/* ---------------------------------------------------------------- struct */

struct cite *cite_create(void)
{
	struct cite *c = xcalloc(1, sizeof *c);
	strv_init(&c->series_editors);
	strv_init(&c->editors);
	return c;
}

static void people_free(struct cite_people *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].name);
		free(p->v[i].ref);
	}
	free(p->v);
}

void cite_free(struct cite *c)
{
	if (c == NULL)
		return;
	char **fields[] = { &c->id, &c->title, &c->kind, &c->number, &c->date, &c->place, &c->place_ref,
			    &c->place_to, &c->place_to_ref, &c->archive, &c->archive_location,
			    &c->archive_place, &c->translator, &c->language, &c->url, &c->note, &c->series,
			    &c->volume, &c->volume_title, &c->publisher, &c->pub_place, &c->pub_year,
			    &c->doc_n, &c->edition_key };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		free(*fields[i]);
	people_free(&c->from);
	people_free(&c->to);
	strv_free(&c->series_editors);
	strv_free(&c->editors);
	free(c);
}

void cite_add_person(struct cite_people *p, const char *name, const char *ref)
{
	if (name == NULL)
		return;
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 4;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n].name = xstrdup(name);
	p->v[p->n].ref = ref ? xstrdup(ref) : NULL;
	p->n++;
}

static const char *const style_names[CITE_STYLE_COUNT] = {
	[CITE_CHICAGO_NOTE] = "chicago-note",
	[CITE_CHICAGO_BIB] = "chicago-bib",
	[CITE_FRUS] = "frus",
};

const char *cite_style_name(enum cite_style style)
{
	return (unsigned)style < CITE_STYLE_COUNT ? style_names[style] : "chicago-note";
}

int cite_style_from_name(const char *name)
{
	for (int i = 0; i < CITE_STYLE_COUNT; i++)
		if (name && strcmp(name, style_names[i]) == 0)
			return i;
	return -1;
}

/* ---------------------------------------------------------------- strings */

/* The buffer's text, or NULL when it is empty. */
static char *buf_or_null(struct buf *b)
{
	if (b->len == 0) {
		buf_free(b);
		return NULL;
	}
	return buf_detach(b);
}

char *cite_clean(const char *s)
{
	if (s == NULL)
		return NULL;
	struct buf b;
	buf_init(&b);
	const uint8_t *p = (const uint8_t *)s, *end = p + strlen(s);
	int space = 1; /* drops leading spaces and collapses runs */
	while (p < end) {
		ucs4_t uc;
		int n = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (n < 0) {
			uc = 0xFFFD;
			n = 1;
		}
		int is_space = uc == ' ' || uc == '\t' || uc == '\n' || uc == '\r' || uc == 0x2028 || uc == 0x2029 ||
			       uc == 0xA0;
		if (is_space) {
			if (!space)
				buf_addc(&b, ' ');
			space = 1;
		} else if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0)) {
			/* a control character: never output */
		} else {
			uint8_t enc[6];
			int m = u8_uctomb(enc, uc, sizeof enc);
			if (m > 0)
				buf_add(&b, enc, (size_t)m);
			space = 0;
		}
		p += n;
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		buf_truncate(&b, b.len - 1);
	return buf_or_null(&b);
}

/* Writes text escaped for the markup. */
static void put(struct buf *b, const char *s, enum cite_markup m)
{
	for (; *s; s++) {
		char c = *s;
		if (m == CITE_HTML && (c == '&' || c == '<' || c == '>' || c == '"')) {
			buf_adds(b, c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
		} else if (m == CITE_MARKDOWN && (c == '*' || c == '_' || c == '\\' || c == '`')) {
			buf_addc(b, '\\');
			buf_addc(b, c);
		} else {
			buf_addc(b, c);
		}
	}
}

static void put_italic(struct buf *b, const char *s, enum cite_markup m)
{
	buf_adds(b, m == CITE_MARKDOWN ? "*" : m == CITE_HTML ? "<i>" : "");
	put(b, s, m);
	buf_adds(b, m == CITE_MARKDOWN ? "*" : m == CITE_HTML ? "</i>" : "");
}

static int ends_with_stop(const char *s)
{
	size_t n = strlen(s);
	if (n >= 3 && strcmp(s + n - 3, RQ) == 0)
		n -= 3;
	return n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!');
}

/* A title in quotation marks, without a final period (the punctuation
 * that follows goes inside the marks). */
static char *quoted(const char *title, enum cite_markup m)
{
	char *t = xstrdup(title);
	size_t n = strlen(t);
	while (n > 0 && (t[n - 1] == '.' || t[n - 1] == ',' || t[n - 1] == ' '))
		t[--n] = '\0';
	struct buf b;
	buf_init(&b);
	buf_adds(&b, LQ);
	put(&b, t, m);
	buf_adds(&b, RQ);
	free(t);
	return buf_detach(&b);
}

/* The parts of a citation, joined by commas or as sentences. Punctuation
 * after a quoted title goes inside its closing mark (“Title,”). */
struct parts {
	struct strv v;
};

static void parts_add(struct parts *p, char *owned)
{
	if (owned && *owned)
		strv_push_owned(&p->v, owned);
	else
		free(owned);
}

static void join_punct(struct buf *b, const char *punct)
{
	if (b->len >= 3 && strcmp(b->data + b->len - 3, RQ) == 0) {
		buf_truncate(b, b->len - 3);
		buf_adds(b, punct);
		buf_adds(b, RQ);
	} else {
		buf_adds(b, punct);
	}
}

static char *parts_join(struct parts *p, int sentences)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < p->v.n; i++) {
		if (i > 0) {
			if (sentences) {
				if (!ends_with_stop(b.data))
					join_punct(&b, ".");
				buf_addc(&b, ' ');
			} else {
				join_punct(&b, ",");
				buf_addc(&b, ' ');
			}
		}
		buf_adds(&b, p->v.v[i]);
	}
	if (b.len > 0 && !ends_with_stop(b.data))
		join_punct(&b, ".");
	strv_free(&p->v);
	return buf_detach(&b);
}

/* "A", "A and B", "A, B, and C" (names cleaned, escaped). */
static void put_names(struct buf *b, char *const *names, size_t n, enum cite_markup m)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char *c = cite_name_natural(names[i]);
		if (c == NULL)
			continue;
		if (k > 0)
			buf_adds(b, i + 1 == n ? (n > 2 ? ", and " : " and ") : ", ");
		put(b, c, m);
		free(c);
		k++;
	}
}

static char *strv_names(const struct strv *s, enum cite_markup m)
{
	struct buf b;
	buf_init(&b);
	put_names(&b, s->v, s->n, m);
	return buf_or_null(&b);
}

static char *names_str(const struct cite_people *p, enum cite_markup m)
{
	struct strv v = { xcalloc(p->n + 1, sizeof(char *)), p->n, p->n + 1 };
	for (size_t i = 0; i < p->n; i++)
		v.v[i] = p->v[i].name;
	char *s = strv_names(&v, m);
	free(v.v);
	return s;
}

/* A cleaned field, escaped, in italics or not; NULL if it is empty. */
static char *field_as(const char *s, enum cite_markup m, int italic)
{
	char *c = cite_clean(s);
	struct buf b;
	buf_init(&b);
	if (c)
		(italic ? put_italic : put)(&b, c, m);
	free(c);
	return buf_or_null(&b);
}

static char *field(const char *s, enum cite_markup m)
{
	return field_as(s, m, 0);
}

static char *italic_field(const char *s, enum cite_markup m)
{
	return field_as(s, m, 1);
}

static char *prefixed(const char *prefix, char *owned)
{
	if (owned == NULL)
		return NULL;
	char *s = xasprintf("%s%s", prefix, owned);
	free(owned);
	return s;
}

static void capitalize(char *s)
{
	if (s && *s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
}

/* ------------------------------------------------------------------ dates */

static const char *const months[] = { "January", "February", "March",     "April",   "May",      "June",
				      "July",    "August",   "September", "October", "November", "December" };

/* Reads YYYY[-MM[-DD]] at *s; 0 on success. */
static int read_ymd(const char **s, int *y, int *m, int *d)
{
	const char *p = *s;
	*y = *m = *d = 0;
	if (!(isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
	      isdigit((unsigned char)p[3])))
		return -1;
	*y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	p += 4;
	if (p[0] == '-' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
		*m = (p[1] - '0') * 10 + (p[2] - '0');
		p += 3;
		if (*m < 1 || *m > 12)
			return -1;
		if (p[0] == '-' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
			*d = (p[1] - '0') * 10 + (p[2] - '0');
			p += 3;
			if (*d < 1 || *d > 31)
				return -1;
		}
	}
	*s = p;
	return 0;
}

static void read_qualifier(const char **s, struct cite_date *out)
{
	for (;;) {
		if (**s == '?')
			out->uncertain = 1;
		else if (**s == '~')
			out->approximate = 1;
		else if (**s == '%')
			out->uncertain = out->approximate = 1;
		else
			return;
		(*s)++;
	}
}

int cite_date_parse(const char *edtf, struct cite_date *out)
{
	memset(out, 0, sizeof *out);
	if (edtf == NULL || *edtf == '\0')
		return -1;
	const char *s = edtf;
	const char *slash = strchr(s, '/');
	if (slash == NULL) {
		if (read_ymd(&s, &out->y1, &out->m1, &out->d1) != 0)
			return -1;
		read_qualifier(&s, out);
		return *s ? -1 : 0;
	}
	int start_open = (slash == s) || (slash - s == 2 && strncmp(s, "..", 2) == 0);
	const char *e = slash + 1;
	int end_open = *e == '\0' || strcmp(e, "..") == 0;
	if (start_open && end_open)
		return -1;
	if (!start_open) {
		if (read_ymd(&s, &out->y1, &out->m1, &out->d1) != 0)
			return -1;
		read_qualifier(&s, out);
		if (s != slash)
			return -1;
	}
	if (!end_open) {
		if (read_ymd(&e, &out->y2, &out->m2, &out->d2) != 0)
			return -1;
		read_qualifier(&e, out);
		if (*e)
			return -1;
	}
	if (start_open) {
		/* only an end: keep it as the date, marked "not after" */
		out->open_start = 1;
		out->y1 = out->y2, out->m1 = out->m2, out->d1 = out->d2;
		out->y2 = out->m2 = out->d2 = 0;
	} else if (end_open) {
		out->open_end = 1;
	} else {
		out->range = 1;
	}
	return 0;
}

static void put_ymd(struct buf *b, int y, int m, int d, int with_year)
{
	if (m && d)
		buf_printf(b, "%s %d", months[m - 1], d);
	else if (m)
		buf_adds(b, months[m - 1]);
	if (with_year) {
		if (m && d)
			buf_adds(b, ", ");
		else if (m)
			buf_addc(b, ' ');
		buf_printf(b, "%d", y);
	}
}

char *cite_date_words(const char *edtf)
{
	struct cite_date v;
	if (cite_date_parse(edtf, &v) != 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	if (v.approximate)
		buf_adds(&b, "ca. ");
	if (v.open_start)
		buf_adds(&b, "not after ");
	else if (v.open_end)
		buf_adds(&b, "not before ");
	if (!v.range) {
		put_ymd(&b, v.y1, v.m1, v.d1, 1);
	} else if (v.y1 == v.y2 && v.m1 && v.m1 == v.m2 && v.d1 && v.d2) {
		/* July 11–18, 1810 */
		buf_printf(&b, "%s %d" EN_DASH "%d, %d", months[v.m1 - 1], v.d1, v.d2, v.y1);
	} else if (v.y1 == v.y2 && v.m1 && v.m2 && !v.d1 && !v.d2) {
		/* July–August 1810 */
		buf_printf(&b, "%s" EN_DASH "%s %d", months[v.m1 - 1], months[v.m2 - 1], v.y1);
	} else if (v.y1 == v.y2 && v.m1 && v.m2 && v.d1 && v.d2) {
		/* July 11–August 2, 1810 */
		put_ymd(&b, v.y1, v.m1, v.d1, 0);
		buf_adds(&b, EN_DASH);
		put_ymd(&b, v.y2, v.m2, v.d2, 1);
	} else {
		put_ymd(&b, v.y1, v.m1, v.d1, 1);
		buf_adds(&b, EN_DASH);
		put_ymd(&b, v.y2, v.m2, v.d2, 1);
	}
	if (v.uncertain)
		buf_addc(&b, '?');
	return buf_detach(&b);
}

/* ------------------------------------------------------------------ names */

/* Family names that come first (Korean, Chinese, Vietnamese): such a name
 * is never inverted ("Kim Il Sung", "Zhou Enlai", "Gao Gang"). */
static const char *const family_first[] = {
	"Kim",  "Pak",   "Park", "Ri",   "Rhee",  "Lee",  "Yi",   "Choe", "Choi", "Kang", "Nam",  "Han",
	"Jang", "Jung",  "Chung", "Mao", "Zhou",  "Chou", "Gao",  "Kao",  "Liu",  "Deng", "Teng", "Peng",
	"Zhu",  "Chu",   "Chen", "Wang", "Jiang", "Chiang", "Lin", "Zhang", "Chang", "Li",  "Sun",  "Yang",
	"Wu",   "Hu",    "Xu",   "Ma",   "Ho",    "Ngo",  "Nguyen", "Pham", "Tran", "Vo",  "Le",   NULL,
};

/* Particles that belong to the family name ("Charles de Gaulle"). */
static const char *const particles[] = { "de",  "da",  "di",  "du", "del", "della", "der", "van",
					 "von", "ten", "ter", "la",  "le", "zu",  "dos", "das", NULL };

static int in_list(const char *const *list, const char *w, size_t n)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

/* What follows a name after a comma without being a given name. */
static const char *const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL };
static const char *const corporate[] = { "Ltd.", "Ltd", "Inc.", "Inc", "Co.", "Corp.", "LLC", NULL };

static int is_one_of(const char *const *list, const char *s)
{
	for (size_t i = 0; list[i]; i++)
		if (strcmp(list[i], s) == 0)
			return 1;
	return 0;
}

/* A name in its parts: family, given, and a suffix ("Jr."). Returns 1
 * when split, 0 when kept whole (all NULL). */
static int name_parts(const char *name, char **family, char **given, char **suffix)
{
	*family = *given = *suffix = NULL;
	char *s = cite_clean(name);
	if (s == NULL)
		return 0;
	char *comma = strstr(s, ", ");
	if (comma && comma != s && comma[2]) {
		if (is_one_of(corporate, comma + 2)) {
			free(s);
			return 0;
		}
		if (is_one_of(suffixes, comma + 2)) {
			/* "Martin Luther King, Jr.": the name before, then the suffix */
			*comma = '\0';
			int r = name_parts(s, family, given, suffix);
			if (r) {
				free(*suffix);
				*suffix = xstrdup(comma + 2);
			}
			free(s);
			return r;
		}
		*family = xstrndup(s, (size_t)(comma - s));
		*given = xstrdup(comma + 2);
		/* "King, Martin Luther, Jr." */
		char *c2 = strstr(*given, ", ");
		if (c2 && is_one_of(suffixes, c2 + 2)) {
			*suffix = xstrdup(c2 + 2);
			*c2 = '\0';
		}
		free(s);
		return 1;
	}
	/* words */
	size_t starts[32], lens[32], n = 0;
	for (char *p = s; *p && n < 32;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		starts[n] = (size_t)(p - s);
		char *q = strchr(p, ' ');
		lens[n] = q ? (size_t)(q - p) : strlen(p);
		p += lens[n];
		n++;
	}
	int keep = n < 2 || n >= 32 || comma != NULL;
	if (!keep && n <= 3 && in_list(family_first, s + starts[0], lens[0]))
		keep = 1;
	/* a hyphenated lowercase second syllable: "Pak Heon-yeong" */
	if (!keep && n <= 3) {
		for (size_t i = 1; i < n; i++) {
			const char *h = memchr(s + starts[i], '-', lens[i]);
			if (h && h + 1 < s + starts[i] + lens[i] && islower((unsigned char)h[1]))
				keep = 1;
		}
	}
	/* "De Soto": a name that begins with a particle is a family name */
	for (size_t i = 0; !keep && particles[i]; i++)
		if (strlen(particles[i]) == lens[0] && strncasecmp(particles[i], s, lens[0]) == 0)
			keep = 1;
	size_t f = n - 1;
	while (!keep && f > 0 && in_list(particles, s + starts[f - 1], lens[f - 1]))
		f--;
	if (keep || f == 0 || !isupper((unsigned char)s[starts[0]]) || strchr(s, '(') > s + starts[f]) {
		free(s);
		return 0;
	}
	*family = xstrdup(s + starts[f]);
	*given = xstrndup(s, starts[f] - 1);
	free(s);
	return 1;
}

int cite_name_split(const char *name, char **family, char **given)
{
	char *suffix;
	int r = name_parts(name, family, given, &suffix);
	if (suffix) {
		char *g = xasprintf("%s, %s", *given, suffix);
		free(*given);
		*given = g;
		free(suffix);
	}
	return r;
}

char *cite_name_natural(const char *name)
{
	char *fam, *giv, *suf;
	if (!name_parts(name, &fam, &giv, &suf))
		return cite_clean(name);
	char *s = xasprintf("%s %s%s%s", giv, fam, suf ? ", " : "", suf ? suf : "");
	free(fam);
	free(giv);
	free(suf);
	return s;
}

/* "Kissinger, Henry" for the bibliography; a name kept whole as it is. */
static char *inverted(const char *name)
{
	char *fam, *giv;
	if (cite_name_split(name, &fam, &giv)) {
		char *s = xasprintf("%s, %s", fam, giv);
		free(fam);
		free(giv);
		return s;
	}
	return cite_clean(name);
}

/* ---------------------------------------------------------------- volumes */

static int roman_value(char c)
{
	switch (c) {
	case 'I': return 1;
	case 'V': return 5;
	case 'X': return 10;
	case 'L': return 50;
	case 'C': return 100;
	case 'D': return 500;
	case 'M': return 1000;
	default: return 0;
	}
}

static char *to_roman(int n)
{
	static const int vals[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
	static const char *const syms[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
	struct buf b;
	buf_init(&b);
	for (int i = 0; i < 13; i++)
		while (n >= vals[i]) {
			buf_adds(&b, syms[i]);
			n -= vals[i];
		}
	return buf_detach(&b);
}

/* The volume's number and the rest ("XIX, Part 1" -> 19, ", Part 1"). */
static size_t volume_token(const char *s)
{
	size_t n = 0;
	while (s[n] && s[n] != ',' && s[n] != ' ')
		n++;
	return n;
}

static char *volume_convert(const char *s, int to_arabic)
{
	if (s == NULL)
		return NULL;
	size_t n = volume_token(s);
	if (n == 0 || n > 15)
		return NULL;
	int value = 0;
	int arabic = 1, roman = 1;
	for (size_t i = 0; i < n; i++) {
		arabic &= isdigit((unsigned char)s[i]) != 0;
		roman &= roman_value(s[i]) != 0;
	}
	if (arabic) {
		value = atoi(s);
	} else if (roman) {
		for (size_t i = 0; i < n; i++) {
			int v = roman_value(s[i]), next = i + 1 < n ? roman_value(s[i + 1]) : 0;
			value += v < next ? -v : v;
		}
		/* only a well-formed numeral: it must read back the same */
		char *back = value > 0 && value < 4000 ? to_roman(value) : NULL;
		int same = back && strlen(back) == n && strncmp(back, s, n) == 0;
		free(back);
		if (!same)
			return NULL;
	} else {
		return NULL;
	}
	if (value <= 0 || value >= 4000)
		return NULL;
	char *num = to_arabic ? xasprintf("%d", value) : to_roman(value);
	char *out = xasprintf("%s%s", num, s + n);
	free(num);
	return out;
}

char *cite_volume_arabic(const char *s)
{
	return volume_convert(s, 1);
}

char *cite_volume_roman(const char *s)
{
	return volume_convert(s, 0);
}

/* ----------------------------------------------------------------- styles */

static int present(const char *s)
{
	char *c = cite_clean(s);
	int r = c != NULL;
	free(c);
	return r;
}

static int has_edition(const struct cite *c)
{
	return present(c->series) || present(c->volume_title);
}

/* "telegram no. 75352", "memorandum", "no. 12"; NULL if neither. */
static char *kind_number(const struct cite *c, enum cite_markup m)
{
	char *kind = field(c->kind, m), *num = field(c->number, m);
	char *s = NULL;
	if (kind && num)
		s = xasprintf("%s no. %s", kind, num);
	else if (kind)
		s = xstrdup(kind);
	else if (num)
		s = xasprintf("no. %s", num);
	free(kind);
	free(num);
	/* a kind is a common noun in a note: "Ciphered Telegram" -> "ciphered
	 * telegram"; an acronym stays ("NSC memorandum") */
	for (char *w = s; w && *w;) {
		size_t n = strcspn(w, " ");
		int upper = 0;
		for (size_t i = 1; i < n; i++)
			upper |= isupper((unsigned char)w[i]) != 0;
		if (!upper)
			*w = (char)tolower((unsigned char)*w);
		w += n;
		while (*w == ' ')
			w++;
	}
	return s;
}

/* "(Washington, DC: Government Printing Office, 2014)", or NULL. */
static char *imprint(const struct cite *c, enum cite_markup m)
{
	char *place = field(c->pub_place, m), *pub = field(c->publisher, m), *year = field(c->pub_year, m);
	struct buf b;
	buf_init(&b);
	if (place) {
		buf_adds(&b, place);
		if (pub)
			buf_adds(&b, ": ");
	}
	if (pub)
		buf_adds(&b, pub);
	if (year) {
		if (b.len)
			buf_adds(&b, ", ");
		buf_adds(&b, year);
	}
	free(place);
	free(pub);
	free(year);
	return buf_or_null(&b);
}

/* The archive citation as the archive's page gives it: repository, then
 * the document's place in it, then the repository's town. */
static char *archive_citation(const struct cite *c, enum cite_markup m)
{
	struct parts p = { { NULL, 0, 0 } };
	parts_add(&p, field(c->archive, m));
	parts_add(&p, field(c->archive_location, m));
	parts_add(&p, field(c->archive_place, m));
	if (p.v.n == 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < p.v.n; i++) {
		if (i)
			buf_adds(&b, ", ");
		buf_adds(&b, p.v.v[i]);
	}
	strv_free(&p.v);
	return buf_detach(&b);
}

/* Appends " (imprint)" to the last part. */
static void attach_imprint(struct parts *p, char *imp)
{
	if (imp == NULL)
		return;
	if (p->v.n == 0) {
		parts_add(p, xasprintf("(%s)", imp));
	} else {
		char *last = p->v.v[p->v.n - 1];
		p->v.v[p->v.n - 1] = xasprintf("%s (%s)", last, imp);
		free(last);
	}
	free(imp);
}

/* The lead of a note: correspondents, or author and title, or title. */
static void note_lead(const struct cite *c, struct parts *p, enum cite_markup m)
{
	char *from = names_str(&c->from, m), *to = names_str(&c->to, m);
	char *title = cite_clean(c->title);
	if (from) {
		parts_add(p, to ? xasprintf("%s to %s", from, to) : xstrdup(from));
		if (!to && title)
			parts_add(p, quoted(title, m));
		parts_add(p, kind_number(c, m));
	} else if (title) {
		parts_add(p, quoted(title, m));
		if (to)
			parts_add(p, xasprintf("to %s", to));
	} else {
		char *kn = kind_number(c, m);
		if (kn && to)
			parts_add(p, xasprintf("%s to %s", kn, to));
		else if (kn)
			parts_add(p, xstrdup(kn));
		else if (to)
			parts_add(p, xasprintf("to %s", to));
		free(kn);
	}
	free(from);
	free(to);
	free(title);
}

static char *chicago_note(const struct cite *c, enum cite_markup m)
{
	struct parts p = { { NULL, 0, 0 } };
	note_lead(c, &p, m);
	parts_add(&p, field(c->place, m));
	parts_add(&p, cite_date_words(c->date));
	if (has_edition(c)) {
		char *series = cite_clean(c->series), *vt = cite_clean(c->volume_title);
		char *vol = cite_volume_arabic(c->volume);
		if (vol == NULL)
			vol = cite_clean(c->volume);
		/* in *Series*, ed. General, vol. 21, *Volume Title*; a volume of no
		 * series: in *Volume Title*, vol. 21 */
		parts_add(&p, prefixed("in ", italic_field(series ? series : vt, m)));
		if (series)
			parts_add(&p, prefixed("ed. ", strv_names(&c->series_editors, m)));
		parts_add(&p, prefixed("vol. ", field(vol, m)));
		if (series)
			parts_add(&p, italic_field(vt, m));
		parts_add(&p, prefixed("ed. ", strv_names(&c->editors, m)));
		attach_imprint(&p, imprint(c, m));
		parts_add(&p, prefixed("doc. ", field(c->doc_n, m)));
		free(vol);
		free(series);
		free(vt);
	} else {
		parts_add(&p, archive_citation(c, m));
	}
	parts_add(&p, prefixed("trans. ", field(c->translator, m)));
	parts_add(&p, field(c->url, m));
	if (p.v.n)
		capitalize(p.v.v[0]);
	return parts_join(&p, 0);
}

static char *chicago_bib(const struct cite *c, enum cite_markup m)
{
	struct parts s = { { NULL, 0, 0 } };
	char *to = names_str(&c->to, m), *title = cite_clean(c->title);
	/* the author: the first sender inverted, the others as written */
	if (c->from.n) {
		struct buf b;
		buf_init(&b);
		char *first = inverted(c->from.v[0].name);
		if (first)
			put(&b, first, m);
		free(first);
		for (size_t i = 1; i < c->from.n; i++) {
			char *n = cite_name_natural(c->from.v[i].name);
			if (n == NULL)
				continue;
			buf_adds(&b, i + 1 == c->from.n ? ", and " : ", ");
			put(&b, n, m);
			free(n);
		}
		parts_add(&s, buf_detach(&b));
	}
	/* what it is: "Memorandum to Richard Nixon, Washington, December 18, 1970" */
	struct parts what = { { NULL, 0, 0 } };
	char *kn = kind_number(c, m);
	if (c->from.n && !to && title)
		parts_add(&s, quoted(title, m));
	else if (!c->from.n && title)
		parts_add(&s, quoted(title, m));
	if (to)
		parts_add(&what, kn ? xasprintf("%s to %s", kn, to) : xasprintf("to %s", to));
	else if (kn && (c->from.n || !title))
		parts_add(&what, xstrdup(kn));
	free(kn);
	parts_add(&what, field(c->place, m));
	parts_add(&what, cite_date_words(c->date));
	if (what.v.n) {
		capitalize(what.v.v[0]);
		char *w = parts_join(&what, 0);
		w[strlen(w) - 1] = '\0'; /* the sentence's period comes from the join */
		parts_add(&s, w);
	} else {
		strv_free(&what.v);
	}
	if (has_edition(c)) {
		struct parts in = { { NULL, 0, 0 } };
		char *series = cite_clean(c->series), *vt = cite_clean(c->volume_title);
		const char *lead = series ? series : vt;
		parts_add(&in, prefixed("In ", italic_field(lead, m)));
		if (series)
			parts_add(&in, prefixed("edited by ", strv_names(&c->series_editors, m)));
		char *vol = cite_volume_arabic(c->volume);
		if (vol == NULL)
			vol = cite_clean(c->volume);
		parts_add(&in, prefixed("vol. ", field(vol, m)));
		free(vol);
		if (series && vt)
			parts_add(&in, italic_field(vt, m));
		parts_add(&in, prefixed("edited by ", strv_names(&c->editors, m)));
		parts_add(&in, prefixed("doc. ", field(c->doc_n, m)));
		char *w = parts_join(&in, 0);
		w[strlen(w) - 1] = '\0';
		parts_add(&s, w);
		parts_add(&s, imprint(c, m));
		free(series);
		free(vt);
	} else {
		parts_add(&s, archive_citation(c, m));
	}
	parts_add(&s, prefixed("Translated by ", field(c->translator, m)));
	parts_add(&s, field(c->url, m));
	free(to);
	free(title);
	return parts_join(&s, 1);
}

/* A FRUS heading without its number ("190. Memorandum From ..."). */
static char *heading(const struct cite *c)
{
	char *t = cite_clean(c->title);
	if (t == NULL)
		return NULL;
	const char *p = t;
	if (strncmp(p, "No. ", 4) == 0)
		p += 4;
	size_t n = 0;
	while (isdigit((unsigned char)p[n]))
		n++;
	if (n > 0 && p[n] == '.' && p[n + 1] == ' ' && p[n + 2]) {
		char *s = xstrdup(p + n + 2);
		free(t);
		return s;
	}
	return t;
}

static char *frus(const struct cite *c, enum cite_markup m)
{
	struct parts p = { { NULL, 0, 0 } };
	char *h = heading(c);
	if (h) {
		parts_add(&p, quoted(h, m));
		free(h);
	} else {
		note_lead(c, &p, m);
	}
	parts_add(&p, field(c->place, m));
	parts_add(&p, cite_date_words(c->date));
	parts_add(&p, field(c->series, m));
	char *vol = cite_volume_roman(c->volume);
	if (vol == NULL)
		vol = cite_clean(c->volume);
	parts_add(&p, prefixed("Volume ", field(vol, m)));
	free(vol);
	parts_add(&p, field(c->volume_title, m));
	parts_add(&p, prefixed(c->editors.n > 1 ? "eds. " : "ed. ", strv_names(&c->editors, m)));
	attach_imprint(&p, imprint(c, m));
	parts_add(&p, prefixed("Document ", field(c->doc_n, m)));
	parts_add(&p, field(c->url, m));
	if (p.v.n)
		capitalize(p.v.v[0]);
	return parts_join(&p, 0);
}

char *cite_format(const struct cite *c, enum cite_style style, enum cite_markup markup)
{
	switch (style) {
	case CITE_CHICAGO_BIB:
		return chicago_bib(c, markup);
	case CITE_FRUS:
		if (has_edition(c))
			return frus(c, markup);
		return chicago_note(c, markup);
	case CITE_CHICAGO_NOTE:
	default:
		return chicago_note(c, markup);
	}
}

/* The text in quotation marks, its own double marks made single. */
static void put_quoted(struct buf *b, const char *text, enum cite_markup m)
{
	char *t = cite_clean(text);
	struct buf q;
	buf_init(&q);
	for (const char *p = t ? t : ""; *p; p++) {
		if (*p == '"')
			buf_adds(&q, "'");
		else if (strncmp(p, LQ, 3) == 0)
			buf_adds(&q, "\xe2\x80\x98"), p += 2; /* ‘ */
		else if (strncmp(p, RQ, 3) == 0)
			buf_adds(&q, "\xe2\x80\x99"), p += 2; /* ’ */
		else
			buf_addc(&q, *p);
	}
	buf_adds(b, LQ);
	if (q.data)
		put(b, q.data, m);
	buf_adds(b, RQ);
	buf_free(&q);
	free(t);
}

char *cite_quotation(const char *passage, const struct cite *c, enum cite_style style, enum cite_markup markup)
{
	struct buf b;
	buf_init(&b);
	put_quoted(&b, passage, markup);
	char *cit = cite_format(c, style, markup);
	if (cit && *cit)
		buf_printf(&b, "\n%s", cit);
	free(cit);
	return buf_detach(&b);
}

char *cite_reference(const char *phrase, const struct cite *target, enum cite_style style, enum cite_markup markup)
{
	struct buf b;
	buf_init(&b);
	put_quoted(&b, phrase, markup);
	char *cit = target ? cite_format(target, style, markup) : NULL;
	if (cit && *cit)
		buf_printf(&b, ": %s", cit);
	free(cit);
	return buf_detach(&b);
}

/* --------------------------------------------------------------- from doc */

/* Splits "Foreign Relations of the United States, 1969–1976, Volume XXI,
 * Chile, 1969–1973" into series, volume and volume title. */
static void split_frus_title(struct cite *c, const char *title)
{
	static const char *const series[] = { "Papers Relating to the Foreign Relations of the United States, ",
					      "Foreign Relations of the United States, ", NULL };
	for (size_t i = 0; series[i]; i++) {
		if (!str_has_prefix(title, series[i]))
			continue;
		const char *years = title + strlen(series[i]);
		const char *comma = strstr(years, ", ");
		if (comma == NULL || !isdigit((unsigned char)years[0]))
			break;
		c->series = xstrndup(title, (size_t)(comma - title));
		const char *rest = comma + 2;
		if (str_has_prefix(rest, "Volume ")) {
			const char *v = rest + 7;
			const char *end = strstr(v, ", ");
			/* "Volume XIX, Part 1, Korea" */
			if (end && str_has_prefix(end + 2, "Part ")) {
				const char *e2 = strstr(end + 2, ", ");
				end = e2;
			}
			if (end == NULL) {
				c->volume = xstrdup(v);
				return;
			}
			c->volume = xstrndup(v, (size_t)(end - v));
			rest = end + 2;
		}
		c->volume_title = *rest ? xstrdup(rest) : NULL;
		return;
	}
	c->series = xstrdup(title);
}

/* A word that begins a place within an archive: "f. 45", "APRF", "Box 3". */
static int locator_start(const char *s)
{
	static const char *const words[] = { "f. ",   "op. ",    "d. ",     "ll. ",  "l. ",   "fond ", "opis ",
					     "delo ", "Box ",    "box ",    "Folder ", "folder ", "File ", "file ",
					     "RG ",   "Record Group ", "Series ", "vol. ", "No. ", "no. ", NULL };
	for (size_t i = 0; words[i]; i++)
		if (str_has_prefix(s, words[i]))
			return 1;
	/* an acronym or a shelf mark: two capitals or more, capitals and digits */
	size_t n = 0, caps = 0;
	while (s[n] && s[n] != ',' && s[n] != ' ') {
		if (isupper((unsigned char)s[n]))
			caps++;
		else if (!isdigit((unsigned char)s[n]))
			return 0;
		n++;
	}
	return caps >= 2;
}

static void split_source(struct cite *c, const char *source)
{
	char *s = cite_clean(source);
	if (s == NULL)
		return;
	size_t n = strlen(s);
	while (n > 0 && s[n - 1] == '.')
		s[--n] = '\0';
	for (char *p = strstr(s, ", "); p; p = strstr(p + 2, ", ")) {
		if (locator_start(p + 2)) {
			c->archive = xstrndup(s, (size_t)(p - s));
			c->archive_location = xstrdup(p + 2);
			free(s);
			return;
		}
	}
	c->archive = s;
}

struct cite *cite_from_doc(const struct doc *d, const char *id)
{
	struct cite *c = cite_create();
	if (id)
		c->id = xstrdup(id);
	else if (d->url)
		c->id = xstrdup(d->url);
	else if (d->volume_id && d->xml_id)
		c->id = xasprintf("%s#%s", d->volume_id, d->xml_id);
	doc_set(&c->title, d->title);
	doc_set(&c->kind, d->kind);
	doc_set(&c->date, d->date);
	doc_set(&c->place, d->place);
	doc_set(&c->translator, d->translator);
	doc_set(&c->language, d->language);
	doc_set(&c->url, d->url);
	for (size_t i = 0; i < d->from.n; i++)
		cite_add_person(&c->from, d->from.v[i], NULL);
	for (size_t i = 0; i < d->to.n; i++)
		cite_add_person(&c->to, d->to.v[i], NULL);
	int edition = d->volume_id || d->volume_title;
	/* an edition's "No. 2." is its document number, not the paper's */
	if (!(edition && d->number && d->doc_n && strcmp(d->number, d->doc_n) == 0))
		doc_set(&c->number, d->number);
	if (edition) {
		doc_set(&c->edition_key, d->volume_id);
		doc_set(&c->doc_n, d->doc_n);
		if (d->volume_title)
			split_frus_title(c, d->volume_title);
		/* a source note, unless it only names the kind ("[Telegram.]")
		 * or the edition again (a calendar's letters) */
		if (d->source && d->source[0] != '[' && !(d->volume_title && strcmp(d->source, d->volume_title) == 0))
			doc_set(&c->note, d->source);
	} else if (d->source) {
		split_source(c, d->source);
	}
	return c;
}
