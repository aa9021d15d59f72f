/* resolve.c: reference resolution over an in-memory index of the
 * library's documents (id, date, kind, number, parties): one read of the
 * documents, then each reference is scored without further queries. */
#include "dossier/resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/date.h"
#include "dossier/refs.h"
#include "resolve_topic.h"

/* A document as resolution sees it: 56 bytes, a million of them in an
 * import's memory. Its strings and lists are in the index's arena, the
 * common ones (days, kinds, a correspondence's parties) once for all. */
struct key {
	int64_t id;
	const char *date;
	uintptr_t kind;         /* its kind (shared), or 2 * its place in the index's bare + 1 */
	const char *extra;      /* "number\0volume\0xml_id\0", each maybe "", or NULL for none */
	const int64_t *parties; /* nfrom | nto << 16, nfrom writers, nto recipients (person ids) */
};

_Static_assert(sizeof(struct key) <= 5 * sizeof(int64_t), "a key is five words");

/* A document whose kind no heading gives (a bare letter) takes the kind
 * other letters call it by, when one of them can mean nothing else
 * ("your letter of 4 January" and nothing else of that day): learned in
 * a first pass, used in the second. */
struct bare {
	const char *learned, *learning;
	int learn_conflict;
};

/* A key is 40 bytes, a million of them the most resolution holds: the
 * rarer fields share one string, counts ride at the head of the party
 * list, and a bare document's place is in its kind's word (the arena's
 * strings are 8-aligned: an odd one is a place). */
static size_t nfrom_of(const struct key *k)
{
	return k->parties ? (size_t)(k->parties[0] & 0xffff) : 0;
}

static size_t nto_of(const struct key *k)
{
	return k->parties ? (size_t)((k->parties[0] >> 16) & 0xffff) : 0;
}

static const int64_t *from_of(const struct key *k)
{
	return k->parties ? k->parties + 1 : NULL;
}

static const int64_t *to_of(const struct key *k)
{
	return k->parties ? k->parties + 1 + nfrom_of(k) : NULL;
}

static const char *kind_of(const struct key *k)
{
	return k->kind & 1 ? NULL : (const char *)k->kind;
}

static const char *number_of(const struct key *k)
{
	return k->extra && k->extra[0] ? k->extra : NULL;
}

static const char *tei_of(const struct key *k)
{
	return k->extra ? k->extra + strlen(k->extra) + 1 : NULL;
}

static const char *volume_of(const struct key *k)
{
	const char *v = tei_of(k);
	return v && v[0] ? v : NULL;
}

static const char *xml_of(const struct key *k)
{
	const char *v = tei_of(k), *x = v ? v + strlen(v) + 1 : NULL;
	return x && *x ? x : NULL;
}

/* The index's strings and party lists, in blocks of their own: one
 * allocation for thousands of documents, not seven a document (at a
 * million letters those were 160 MB of the import's memory). */
#define ARENA_BLOCK ((size_t)1 << 20)

struct arena {
	char **blocks;
	size_t n;
	char *at;               /* the free part of the last block */
	size_t left;
};

static void *arena_alloc(struct arena *a, size_t size)
{
	size = (size + 7) & ~(size_t)7; /* int64_t lists keep their alignment */
	if (size > a->left) {
		size_t want = size > ARENA_BLOCK ? size : ARENA_BLOCK;
		a->blocks = xreallocarray(a->blocks, a->n + 1, sizeof *a->blocks);
		a->at = a->blocks[a->n++] = xmalloc(want);
		a->left = want;
	}
	void *p = a->at;
	a->at += size;
	a->left -= size;
	return p;
}

static void arena_free(struct arena *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->blocks[i]);
	free(a->blocks);
	memset(a, 0, sizeof *a);
}

/* What the arena holds once for all: days, kinds, parties of a
 * correspondence recur by the thousand. At most this many (a table of
 * a megabyte); beyond, each is copied. */
#define SHARED_MAX ((size_t)1 << 16)

struct shared {
	uint64_t hash;
	const void *p;
	size_t n;
};

/* A key's place in the index's array: four bytes, not eight, for each of
 * a million documents in each of its orders. */
typedef uint32_t pos_t;

struct index {
	struct arena mem;       /* the keys' strings and lists */
	struct shared *shared;  /* SHARED_MAX places, while the index is read */
	size_t nshared;
	struct key *v;          /* by id */
	size_t n, cap;
	struct bare *bare;      /* the documents of no kind printed */
	size_t nbare, bare_cap;
	pos_t *by_date;        /* positions in v, sorted by date */
	pos_t *by_number;      /* positions, sorted by number (documents with one) */
	size_t nnumber;
	pos_t *by_xml;         /* positions, sorted by volume#xml_id */
	size_t nxml;
	pos_t *by_id;          /* positions sorted by id, or NULL: v is */
};

/* n bytes at p in the arena, shared with an equal copy made before when
 * there is room to remember it. */
static const void *arena_share(struct index *ix, const void *p, size_t n)
{
	uint64_t h = hash_fnv1a64(p, n);
	if (ix->shared == NULL && ix->nshared == 0)
		ix->shared = xcalloc(SHARED_MAX, sizeof *ix->shared);
	if (ix->shared) {
		for (size_t j = (size_t)h & (SHARED_MAX - 1); ix->shared[j].p; j = (j + 1) & (SHARED_MAX - 1))
			if (ix->shared[j].hash == h && ix->shared[j].n == n && memcmp(ix->shared[j].p, p, n) == 0)
				return ix->shared[j].p;
	}
	void *copy = memcpy(arena_alloc(&ix->mem, n), p, n);
	if (ix->shared && ix->nshared * 4 < SHARED_MAX * 3) {
		size_t j = (size_t)h & (SHARED_MAX - 1);
		while (ix->shared[j].p)
			j = (j + 1) & (SHARED_MAX - 1);
		ix->shared[j] = (struct shared){ h, copy, n };
		ix->nshared++;
	}
	return copy;
}

static const char *share_str(struct index *ix, const char *s)
{
	return s == NULL || *s == '\0' ? NULL : arena_share(ix, s, strlen(s) + 1);
}

/* Writers or recipients past this many are left out of the index (two
 * bytes count each list; no letter names so many). */
#define PARTIES_MAX 0xffff

static int add_key(const struct store_doc_key *k, void *arg)
{
	struct index *ix = arg;
	if (ix->n == ix->cap) {
		ix->cap = ix->cap ? ix->cap * 2 : 1024;
		ix->v = xreallocarray(ix->v, ix->cap, sizeof *ix->v);
	}
	size_t nfrom = k->nfrom > PARTIES_MAX ? PARTIES_MAX : k->nfrom;
	size_t nto = k->nto > PARTIES_MAX ? PARTIES_MAX : k->nto;
	const int64_t *parties = NULL;
	if (nfrom + nto) {
		int64_t list[64], *l = 1 + nfrom + nto <= 64 ? list : xreallocarray(NULL, 1 + nfrom + nto, sizeof *l);
		l[0] = (int64_t)(nfrom | nto << 16);
		if (nfrom)
			memcpy(l + 1, k->from, nfrom * sizeof *l);
		if (nto)
			memcpy(l + 1 + nfrom, k->to, nto * sizeof *l);
		parties = arena_share(ix, l, (1 + nfrom + nto) * sizeof *l);
		if (l != list)
			free(l);
	}
	const char *extra = NULL;
	if ((k->number && *k->number) || (k->volume_id && *k->volume_id) || (k->xml_id && *k->xml_id)) {
		const char *f[3] = { k->number ? k->number : "", k->volume_id ? k->volume_id : "",
				     k->xml_id ? k->xml_id : "" };
		size_t n[3] = { strlen(f[0]) + 1, strlen(f[1]) + 1, strlen(f[2]) + 1 };
		char *t = arena_alloc(&ix->mem, n[0] + n[1] + n[2]);
		memcpy(t, f[0], n[0]);
		memcpy(t + n[0], f[1], n[1]);
		memcpy(t + n[0] + n[1], f[2], n[2]);
		extra = t;
	}
	uintptr_t kind = (uintptr_t)share_str(ix, k->kind);
	if (kind == 0) {
		if (ix->nbare == ix->bare_cap) {
			ix->bare_cap = ix->bare_cap ? ix->bare_cap * 2 : 256;
			ix->bare = xreallocarray(ix->bare, ix->bare_cap, sizeof *ix->bare);
		}
		ix->bare[ix->nbare++] = (struct bare){ NULL, NULL, 0 };
		kind = (uintptr_t)(ix->nbare - 1) * 2 + 1;
	}
	ix->v[ix->n++] = (struct key){ k->id, share_str(ix, k->date), kind, extra, parties };
	return 0;
}

static struct bare *bare_of(const struct index *ix, const struct key *k)
{
	return k->kind & 1 ? &ix->bare[k->kind >> 1] : NULL;
}

/* qsort has no context argument: the index being sorted. */
static const struct index *sorting;

static int cmp_str_null(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int by_date(const void *a, const void *b)
{
	return cmp_str_null(sorting->v[*(const pos_t *)a].date, sorting->v[*(const pos_t *)b].date);
}

static int by_number(const void *a, const void *b)
{
	return cmp_str_null(number_of(&sorting->v[*(const pos_t *)a]), number_of(&sorting->v[*(const pos_t *)b]));
}

static int by_xml(const void *a, const void *b)
{
	const struct key *x = &sorting->v[*(const pos_t *)a], *y = &sorting->v[*(const pos_t *)b];
	int c = cmp_str_null(volume_of(x), volume_of(y));
	return c ? c : cmp_str_null(xml_of(x), xml_of(y));
}

static int by_id(const void *a, const void *b)
{
	int64_t x = sorting->v[*(const pos_t *)a].id, y = sorting->v[*(const pos_t *)b].id;
	return x < y ? -1 : x > y;
}

static void index_build(struct index *ix)
{
	/* What is shared is found again no more. */
	free(ix->shared);
	ix->shared = NULL;
	/* Most documents print no number, few an edition's id: their orders
	 * are counted first, not made as long as the library. */
	size_t numbered = 0, with_xml = 0;
	for (size_t i = 0; i < ix->n; i++) {
		numbered += number_of(&ix->v[i]) != NULL;
		with_xml += xml_of(&ix->v[i]) != NULL;
	}
	ix->by_date = xreallocarray(NULL, ix->n + 1, sizeof(pos_t));
	ix->by_number = xreallocarray(NULL, numbered + 1, sizeof(pos_t));
	ix->by_xml = xreallocarray(NULL, with_xml + 1, sizeof(pos_t));
	int in_order = 1;
	for (size_t i = 0; i < ix->n; i++) {
		ix->by_date[i] = (pos_t)i;
		if (number_of(&ix->v[i]))
			ix->by_number[ix->nnumber++] = (pos_t)i;
		if (xml_of(&ix->v[i]))
			ix->by_xml[ix->nxml++] = (pos_t)i;
		if (i > 0 && ix->v[i - 1].id >= ix->v[i].id)
			in_order = 0;
	}
	sorting = ix;
	qsort(ix->by_date, ix->n, sizeof(pos_t), by_date);
	qsort(ix->by_number, ix->nnumber, sizeof(pos_t), by_number);
	qsort(ix->by_xml, ix->nxml, sizeof(pos_t), by_xml);
	/* The library reads its documents in the order of their ids: an
	 * order of them is kept only when it did not. */
	if (!in_order) {
		ix->by_id = xreallocarray(NULL, ix->n + 1, sizeof(pos_t));
		for (size_t i = 0; i < ix->n; i++)
			ix->by_id[i] = (pos_t)i;
		qsort(ix->by_id, ix->n, sizeof(pos_t), by_id);
	}
	sorting = NULL;
}

static void index_free(struct index *ix)
{
	arena_free(&ix->mem);
	free(ix->shared);
	free(ix->v);
	free(ix->bare);
	free(ix->by_date);
	free(ix->by_number);
	free(ix->by_xml);
	free(ix->by_id);
}

/* First position in sorted (of n) whose field is >= want (by fieldcmp). */
static size_t lower_bound(const struct index *ix, const pos_t *sorted, size_t n, const char *want,
			  const char *(*field)(const struct key *))
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_str_null(field(&ix->v[sorted[mid]]), want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const char *key_date(const struct key *k)
{
	return k->date;
}

static const char *key_number(const struct key *k)
{
	return number_of(k);
}

static const struct key *find_id(const struct index *ix, int64_t id)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		size_t at = ix->by_id ? ix->by_id[mid] : mid;
		int64_t v = ix->v[at].id;
		if (v == id)
			return &ix->v[at];
		if (v < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const struct key *find_xml(const struct index *ix, const char *volume, const char *xml_id)
{
	size_t lo = 0, hi = ix->nxml;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct key *k = &ix->v[ix->by_xml[mid]];
		int c = cmp_str_null(volume_of(k), volume);
		if (c == 0)
			c = cmp_str_null(xml_of(k), xml_id);
		if (c == 0)
			return k;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int shares(const int64_t *a, size_t na, const int64_t *b, size_t nb)
{
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (a[i] == b[j])
				return 1;
	return 0;
}

/* Kinds that say how a paper went, not what it did: a directive, a
 * report or an answer may have gone as any of them. */
static int kind_is_means(const char *k)
{
	return strstr(k, "telegram") || strstr(k, "cable") || strstr(k, "letter");
}

/* How a kind named fits a paper's kind. */
enum kind_fit {
	FIT_SAME,               /* the same kind */
	FIT_COMPATIBLE,         /* of one family */
	FIT_MEANS,              /* the word says what the paper did, the kind how it went */
	FIT_NONE
};

static enum kind_fit kind_fit_of(const char *named, const char *k)
{
	if (refs_kind_same(named, k))
		return FIT_SAME;
	if (refs_kind_compatible(named, k))
		return FIT_COMPATIBLE;
	if (refs_kind_functional(named) && kind_is_means(k))
		return FIT_MEANS;
	return FIT_NONE;
}

struct run;
static enum kind_fit kind_fit(struct run *rn, const char *named, const char *k);
static const char *learned_of(const struct run *rn, const struct key *k);

/* What a candidate's kind says for the kind a reference names; literal:
 * the word as written, as when the reference is to teach a bare document
 * its kind (it teaches "directive" only if it can mean nothing else). */
static double kind_score(struct run *rn, const char *named, const struct key *c, int literal)
{
	const char *k = kind_of(c) ? kind_of(c) : learned_of(rn, c);
	if (named == NULL)
		return 0.15;
	if (k == NULL)
		return RESOLVE_KIND_UNKNOWN; /* a bare letter: neither for nor against */
	/* A kind learned from other letters is a little less sure than one
	 * a heading prints. */
	double learned = kind_of(c) ? 0 : 0.05;
	switch (kind_fit(rn, named, k)) {
	case FIT_SAME:
		return 0.3 - learned;
	case FIT_COMPATIBLE:
		return 0.1 - learned;
	case FIT_MEANS:
		/* "your directive of 13 October" for a ciphered telegram: the
		 * word says what the paper did, not what the archive calls it.
		 * Less than a kind unknown: a paper catalogued as a directive
		 * is likelier. */
		if (!literal)
			return 0;
		break;
	case FIT_NONE:
		break;
	}
	return -0.3;
}

/* An addressee named by pronoun: the citing letter's recipients, its
 * writers (person ids are positive; -1 is a name no one has). */
#define TO_YOU (-2)
#define TO_US (-3)

/* How well candidate c fits reference r made in document self. The date
 * brought it here; the kind named decides most of the rest: the kind by
 * its own name ("telegram" for a Ciphered Telegram) a little more than by
 * a kindred one ("cable"), and a document whose kind is unknown less than
 * either. Whose letter it is counts, but softly: writers say "our
 * telegram" of one their office sent, and editors' translations blur it.
 * "Your telegram" is one the recipient sent to the writer, "my telegram"
 * one the writer sent, usually to the same recipient: a candidate that
 * also went the right way beats one of the same sender to someone else
 * (Stalin's two telegrams of one day, to Mao and to Shtykov: Mao's "your
 * telegram" is the one to him). A name or a direction says nothing
 * about a document whose parties are not known. */
static double score(struct run *rn, const struct store_ref *r, const struct key *self, const struct key *c,
		    int64_t person, int64_t to_person, int literal)
{
	double sc = 0.5 + kind_score(rn, r->kind, c, literal);
	enum ref_party party = ref_party_from_name(r->party);
	int from_their = shares(from_of(c), nfrom_of(c), to_of(self), nto_of(self));
	int from_mine = shares(from_of(c), nfrom_of(c), from_of(self), nfrom_of(self));
	int to_me = shares(to_of(c), nto_of(c), from_of(self), nfrom_of(self));
	int to_them = shares(to_of(c), nto_of(c), to_of(self), nto_of(self));
	/* A paper of the correspondent's is not "mine", nor one sent to the
	 * writer by someone else; a paper of the writer's is not "yours", nor
	 * one sent to his correspondent: each stays a candidate, never the
	 * only plausible one. */
	/* And a paper between others altogether, neither from nor to
	 * either side, is neither: Khrushchev's "my messages of 26 October"
	 * to Castro are not a Brazilian telegram of that day to Rio (one
	 * sent to the writer may be "yours" under another name: Filippov
	 * is Stalin). */
	int third = nfrom_of(c) > 0 && nfrom_of(self) > 0 && nto_of(self) > 0 && !from_their && !from_mine && !to_me &&
		    !to_them;
	if (party == REF_YOURS)
		sc += from_their ? (to_me ? 0.4 : 0.2) : from_mine ? -0.3 : to_them ? -0.3 : third ? -0.3 : 0;
	else if (party == REF_MINE)
		sc += from_mine ? (to_them ? 0.4 : 0.2) : from_their ? -0.3 : to_me ? -0.3 : third ? -0.3 : 0;
	else if (from_their || from_mine || to_me || to_them)
		sc += 0.05;
	/* A paper of an unknown writer sent to a third party is not "your
	 * letter" (sent to the writer) nor "my letter" (sent to his
	 * correspondent): "your letter of May 7" in the CPSU's letter to the
	 * Chinese party is not a note of that day to the DDCI */
	if ((party == REF_YOURS || party == REF_MINE) && nfrom_of(c) == 0 && nto_of(c) > 0 && nfrom_of(self) > 0 && nto_of(self) > 0 &&
	    !to_me && !to_them)
		sc -= 0.2;
	/* "my message" in a letter whose writer the page does not name:
	 * whose a candidate of a known author is cannot be checked */
	if ((party == REF_MINE && nfrom_of(self) == 0 && nfrom_of(c)) || (party == REF_YOURS && nto_of(self) == 0 && nfrom_of(c)))
		sc -= 0.05;
	if (person && nfrom_of(c))
		sc += shares(from_of(c), nfrom_of(c), &person, 1) ? 0.3 : -0.3;
	/* "a letter to Mao Zedong": its addressee, as surely as its author. */
	if (to_person && nto_of(c)) {
		int to = to_person == TO_YOU ? to_them
			 : to_person == TO_US ? to_me
					      : shares(to_of(c), nto_of(c), &to_person, 1);
		sc += to ? 0.3 : -0.3;
	}
	/* "[...], dtd 22 Oct": a day and a month, no year, no kind, number
	 * or name: too little to take the one paper of that day the library
	 * holds (a Stasi report of 22 October 1979 for a CIA memorandum) */
	if (r->kind == NULL && r->number == NULL && r->person == NULL && r->to_person == NULL && r->year_inferred)
		sc -= 0.1;
	/* A letter answers what came before it; an editor's note may send
	 * the reader on to a later paper. */
	if (!r->by_editor && self->date && c->date && strcmp(c->date, self->date) > 0)
		sc -= 0.3;
	return sc;
}

struct pick {
	int64_t target;
	struct key *best_key;   /* the best candidate's entry (NULL for an explicit target) */
	double best, second;
	size_t plausible;       /* candidates nothing speaks against */
	struct buf cands;       /* the others, as ids */
	int64_t cand_ids[8];
	double cand_scores[8];
	size_t ncand;
};

static void consider(struct pick *p, struct key *k, int64_t id, double sc)
{
	if (p->ncand < 8) {
		p->cand_ids[p->ncand] = id;
		p->cand_scores[p->ncand++] = sc;
	}
	if (sc >= RESOLVE_PLAUSIBLE - 1e-9)
		p->plausible++;
	if (sc > p->best) {
		p->second = p->best;
		p->best = sc;
		p->target = id;
		p->best_key = k;
	} else if (sc > p->second) {
		p->second = sc;
	}
}

/* The winner, or 0: a clear one above the threshold, or the only
 * candidate of the day named that nothing speaks against ("the letter of
 * 4 January", and one document of 4 January whose kind is unknown or
 * fits). */
static int64_t pick_target(const struct pick *p)
{
	if (p->best >= RESOLVE_THRESHOLD && p->best - p->second >= RESOLVE_MARGIN - 1e-9)
		return p->target;
	if (p->plausible == 1 && p->best >= RESOLVE_PLAUSIBLE - 1e-9)
		return p->target;
	return 0;
}

struct result {
	int64_t ref_id, target;
	double score;
	char *candidates;
};

struct run {
	struct store *store;
	struct index ix;
	struct result *out;
	size_t nout, cap;
	struct resolve_stats *stats;
	int64_t last;           /* the last reference id read */
	size_t seen;            /* references in the current page */
	int learning;           /* the first pass: kinds are learned, nothing resolved */
	/* What the documents imported since the last run can change (see
	 * touched): their ids, the days they are of or their references
	 * teach about (yyyymmdd; a month as yyyymm00), their numbers. */
	uint8_t *changed;       /* a bit for each document of the index */
	int64_t *gone;          /* changed, and no longer in the library (by id) */
	size_t ngone, gone_cap;
	long *days;
	size_t ndays, days_cap;
	struct strv numbers;
	/* The words of the names whose person changed (lower case, sorted):
	 * an unresolved reference naming one may resolve now; all of them
	 * may when names_all. */
	struct strv name_words;
	int names_all;
	struct name_id *names;  /* the persons names stand for, looked up once */
	size_t nnames, names_cap;
	struct fit_memo *fits;  /* kind_fit's answers, FITS_CAP places */
	size_t nfits;
};

/* The kind a bare document was taught, if any. */
static const char *learned_of(const struct run *rn, const struct key *k)
{
	const struct bare *b = bare_of(&rn->ix, k);
	return b ? b->learned : NULL;
}

/* A pair of kinds and how they fit. */
struct fit_memo {
	char *named, *kind;
	enum kind_fit fit;
};

/* A library has a few dozen kinds: pairs beyond this many are worked out
 * each time. */
#define FITS_CAP 1024

/* How kind named fits kind k, worked out once for each pair a run meets:
 * every document of a day is scored for each reference to that day, and
 * the tests are string searches. */
static enum kind_fit kind_fit(struct run *rn, const char *named, const char *k)
{
	if (rn->fits == NULL)
		rn->fits = xcalloc(FITS_CAP, sizeof *rn->fits);
	uint64_t h = hash_fnv1a64(named, strlen(named)) * 31 + hash_fnv1a64(k, strlen(k));
	size_t j = (size_t)h & (FITS_CAP - 1);
	for (; rn->fits[j].named; j = (j + 1) & (FITS_CAP - 1))
		if (strcmp(rn->fits[j].named, named) == 0 && strcmp(rn->fits[j].kind, k) == 0)
			return rn->fits[j].fit;
	enum kind_fit f = kind_fit_of(named, k);
	if (rn->nfits * 4 < FITS_CAP * 3) {
		rn->fits[j] = (struct fit_memo){ xstrdup(named), xstrdup(k), f };
		rn->nfits++;
	}
	return f;
}

/* A name a reference gives, and the person it stands for (0: no one). */
struct name_id {
	uint64_t hash;
	char *name;
	int64_t id;
};

/* The person a name stands for, loosely ("Mao" is Mao Zedong when he is
 * the only one), from the run's table: a library cites the same few
 * names thousands of times. The table is open-addressed, kept at most
 * half full. */
static int64_t person_of(struct run *rn, const char *name)
{
	uint64_t h = hash_fnv1a64(name, strlen(name));
	if (rn->nnames * 2 >= rn->names_cap) {
		size_t cap = rn->names_cap ? rn->names_cap * 2 : 256;
		struct name_id *v = xcalloc(cap, sizeof *v);
		for (size_t i = 0; i < rn->names_cap; i++)
			if (rn->names[i].name) {
				size_t j = (size_t)rn->names[i].hash & (cap - 1);
				while (v[j].name)
					j = (j + 1) & (cap - 1);
				v[j] = rn->names[i];
			}
		free(rn->names);
		rn->names = v;
		rn->names_cap = cap;
	}
	size_t j = (size_t)h & (rn->names_cap - 1);
	for (; rn->names[j].name; j = (j + 1) & (rn->names_cap - 1))
		if (rn->names[j].hash == h && strcmp(rn->names[j].name, name) == 0)
			return rn->names[j].id;
	int64_t id;
	char *cause = NULL;
	/* A look-up that fails names no one: the reference stays unresolved. */
	if (store_person_id_loose(rn->store, name, &id, &cause) != 0) {
		free(cause);
		id = 0;
	}
	rn->names[j] = (struct name_id){ h, xstrdup(name), id };
	rn->nnames++;
	return rn->names[j].id;
}

/* References read and resolved at a time. */
#define RESOLVE_PAGE 4096
/* Passes that learn kinds before the one that resolves: a kind learned in
 * one pass can leave another bare document of its day the only one a
 * reference can mean in the next. */
#define RESOLVE_LEARN_PASSES 2

/* An explicit target: "#d15" (the citing volume), "vol#d15", "#pg_12". */
static int64_t explicit_target(struct run *rn, const struct key *self, const char *tk)
{
	const char *hash = strchr(tk, '#');
	if (hash == NULL)
		return 0;
	char *volume = hash == tk ? (self && volume_of(self) ? xstrdup(volume_of(self)) : NULL)
				  : xstrndup(tk, (size_t)(hash - tk));
	const char *frag = hash + 1;
	int64_t id = 0;
	/* A page is of the citing volume: a letter of no volume names none. */
	if (strncmp(frag, "pg_", 3) == 0 && volume == NULL) {
		id = 0;
	} else if (strncmp(frag, "pg_", 3) == 0) {
		char *cause = NULL;
		/* A look-up that fails finds no page: the reference stays unresolved. */
		if (store_page_doc(rn->store, volume, frag + 3, &id, &cause) != 0) {
			free(cause);
			id = 0;
		}
	} else {
		const struct key *k = find_xml(&rn->ix, volume, frag);
		id = k ? k->id : 0;
	}
	free(volume);
	return id;
}

/* The addressee a reference names, as a person: a name, or a pronoun
 * for the citing letter's own recipient ("my telegram to you") or
 * writer ("his answer to us"); -1 for a name the library does not know. */
static int64_t addressee_of(struct run *rn, const char *name)
{
	if (strcmp(name, "you") == 0)
		return TO_YOU;
	if (strcmp(name, "us") == 0)
		return TO_US;
	int64_t id = person_of(rn, name);
	return id ? id : -1;
}

/* The persons a reference names: its author, and its addressee (read
 * again from the phrase, when it has a " to ", for a reference stored
 * before the addressee had a column). */
static void ref_people(struct run *rn, const struct store_ref *r, const struct key *self, int64_t *person,
		       int64_t *to)
{
	*person = r->person ? person_of(rn, r->person) : 0;
	*to = 0;
	if (r->to_person) {
		*to = addressee_of(rn, r->to_person);
	} else if (r->phrase && strstr(r->phrase, " to ")) {
		char name[64];
		refs_phrase_to_person(r->phrase, strlen(r->phrase), self ? self->date : NULL, name, sizeof name);
		if (name[0])
			*to = addressee_of(rn, name);
	}
	/* A name the library does not know is no one's in it: "Commander
	 * O'Neil's note of July 14" is not the despatch that encloses it. */
	if (r->person && *person == 0)
		*person = -1;
}

/* The day (YYYY-MM-DD) of date, back years before. */
static void years_back(const char *date, int back, char day[11])
{
	memcpy(day, date, 11);
	unsigned y = (unsigned)(atoi(date) - back) % 10000u;
	for (int k = 3; k >= 0; k--, y /= 10)
		day[k] = (char)('0' + y % 10);
}

/* The candidates of the day a reference names. A day printed without its
 * year was given the citing letter's; when nothing of that day fits, the
 * same day of earlier years is tried, each a little less likely. */
static void by_day(struct run *rn, const struct store_ref *r, const struct key *self, struct pick *p)
{
	int64_t person, to;
	ref_people(rn, r, self, &person, &to);
	int mine = ref_party_from_name(r->party) == REF_MINE;
	int years = r->year_inferred ? 3 : 1;
	char day[11];
	for (int back = 0; back < years && p->plausible == 0; back++) {
		years_back(r->date, back, day);
		for (size_t i = lower_bound(&rn->ix, rn->ix.by_date, rn->ix.n, day, key_date); i < rn->ix.n; i++) {
			struct key *c = &rn->ix.v[rn->ix.by_date[i]];
			if (c->date == NULL || strcmp(c->date, day) != 0)
				break;
			/* The citing document itself is a rival of "my"
			 * letter, never the target: a postscript's "my
			 * dispatch of the 29th instant" is the dispatch it
			 * ends. A reference by number comes here when no
			 * document prints it: one that prints another number
			 * is another paper. While kinds are learned, the kind
			 * named is taken literally. */
			/* A year before the one inferred is a guess: it
			 * takes more than the day to be the paper ("856 Aug
			 * 12" of 1946 is no telegram of August 12, 1945 from
			 * someone else). */
			if ((c->id != r->doc_id || mine) && !(r->number && number_of(c)))
				consider(p, c, c->id, score(rn, r, self, c, person, to, rn->learning) - 0.25 * back);
		}
	}
}

static int dated(const struct store_ref *r)
{
	return r->date && strlen(r->date) == 10;
}

/* "his October 1950 letter to Mao Zedong": a month is no day. Every
 * document of the month is a candidate, scored as for a day. */
static void by_month(struct run *rn, const struct store_ref *r, const struct key *self, struct pick *p)
{
	int64_t person, to;
	ref_people(rn, r, self, &person, &to);
	int mine = ref_party_from_name(r->party) == REF_MINE;
	for (size_t i = lower_bound(&rn->ix, rn->ix.by_date, rn->ix.n, r->date, key_date); i < rn->ix.n; i++) {
		struct key *c = &rn->ix.v[rn->ix.by_date[i]];
		if (c->date == NULL || strncmp(c->date, r->date, 7) != 0)
			break;
		if (c->id != r->doc_id || mine)
			consider(p, c, c->id, score(rn, r, self, c, person, to, 0));
	}
}

/* A month names a span with many documents in it: its reference has a
 * target only when one document of the month is plausible at all, and it
 * clears the threshold and the margin. */
static int64_t pick_in_month(const struct pick *p)
{
	if (p->plausible == 1 && p->best >= RESOLVE_THRESHOLD && p->best - p->second >= RESOLVE_MARGIN - 1e-9)
		return p->target;
	return 0;
}

/* Document k (of no kind of its own) is called kind by a reference.
 * Two references that disagree teach nothing. */
static void learn_kind(struct index *ix, struct key *k, const char *kind)
{
	struct bare *b = bare_of(ix, k);
	if (kind_of(k) || b == NULL || b->learn_conflict)
		return;
	if (b->learning && !refs_kind_compatible(b->learning, kind)) {
		b->learning = NULL;
		b->learn_conflict = 1;
		return;
	}
	/* Of two kindred names ("cable", "telegram") the first in the
	 * alphabet, not the first read: references are read in the order
	 * their letters were imported, and the library's links must not
	 * depend on it. */
	const char *named = refs_kind_of(kind, strlen(kind));
	if (b->learning == NULL || (named && strcmp(named, b->learning) < 0))
		b->learning = named;
}

/* What the references resolved in earlier imports taught: a letter
 * imported today meets the bare document it cites knowing its kind. */
static int learn_resolved(int64_t target, const char *kind, void *arg)
{
	struct run *rn = arg;
	struct key *k = (struct key *)find_id(&rn->ix, target);
	if (k && kind)
		learn_kind(&rn->ix, k, kind);
	return 0;
}

/* 1 if a document of no printed kind is dated on a day by_day may try
 * for r (its day, and with an inferred year the same day of the two
 * years before): only such a reference can teach. Most days have none,
 * and this is a seek or three, not the scoring of every candidate. */
static int day_has_bare(struct run *rn, const struct store_ref *r)
{
	char day[11];
	for (int back = 0; back < (r->year_inferred ? 3 : 1); back++) {
		years_back(r->date, back, day);
		for (size_t i = lower_bound(&rn->ix, rn->ix.by_date, rn->ix.n, day, key_date); i < rn->ix.n; i++) {
			const struct key *c = &rn->ix.v[rn->ix.by_date[i]];
			if (c->date == NULL || strcmp(c->date, day) != 0)
				break;
			if (kind_of(c) == NULL)
				return 1;
		}
	}
	return 0;
}

/* First pass: a reference that can mean only one document of unknown
 * kind teaches that document's kind. */
static void learn_one(struct run *rn, const struct store_ref *r)
{
	const struct key *self = find_id(&rn->ix, r->doc_id);
	if (r->target_key || r->number || !r->kind || !dated(r) || self == NULL || !day_has_bare(rn, r))
		return;
	struct pick p = { .best = -1, .second = -1 };
	by_day(rn, r, self, &p);
	if (p.plausible != 1 || pick_target(&p) == 0 || p.target == r->doc_id || kind_of(p.best_key))
		return;
	learn_kind(&rn->ix, p.best_key, r->kind);
}

/* c was written between the two parties of self, either way. */
static int same_correspondence(const struct key *c, const struct key *self)
{
	return (shares(from_of(c), nfrom_of(c), from_of(self), nfrom_of(self)) && shares(to_of(c), nto_of(c), to_of(self), nto_of(self))) ||
	       (shares(from_of(c), nfrom_of(c), to_of(self), nto_of(self)) && shares(to_of(c), nto_of(c), from_of(self), nfrom_of(self)));
}

/* The documents of the number a reference gives. The number decides;
 * what else the reference says tells apart papers of one number in
 * different series (Braida's despatch No. 23 and Gresham's instruction
 * No. 23): the date it gives, whose it is, its kind. A number named
 * without whose it is, among papers of that number in several series,
 * is the one of the citing letter's own correspondence. A number cited
 * without the series its paper prints ("your No. 408" of "No. 408/sh")
 * is that paper's too, a little less surely. */
/* How many days a (ISO day) comes before b, roughly (months of 31
 * days); a large number when either is no day or a is after b. */
static long days_before(const char *a, const char *b)
{
	if (a == NULL || b == NULL || strlen(a) != 10 || strlen(b) != 10 || strcmp(a, b) > 0)
		return 1L << 30;
	long da = atol(a) * 372 + atol(a + 5) * 31 + atol(a + 8), db = atol(b) * 372 + atol(b + 5) * 31 + atol(b + 8);
	return db - da;
}

static void of_number(struct run *rn, const struct store_ref *r, const struct key *self, struct pick *p)
{
	int64_t person, to;
	ref_people(rn, r, self, &person, &to);
	enum ref_party party = ref_party_from_name(r->party);
	size_t n = strlen(r->number);
	for (size_t i = lower_bound(&rn->ix, rn->ix.by_number, rn->ix.nnumber, r->number, key_number);
	     i < rn->ix.nnumber; i++) {
		struct key *c = &rn->ix.v[rn->ix.by_number[i]];
		if (strncmp(number_of(c), r->number, n) != 0 || (number_of(c)[n] != '\0' && number_of(c)[n] != '/'))
			break;
		if (c->id == r->doc_id)
			continue;
		double sc = 0.9 + (r->kind && kind_of(c) && refs_kind_compatible(r->kind, kind_of(c)) ? 0.1 : 0);
		/* Something besides the number must say it is this paper: the
		 * correspondence it belongs to, its day, its author. Every post
		 * numbers its telegrams afresh each year, so a library of many
		 * holds many a No. 235; one met by its number alone is a
		 * candidate, not a link. */
		int corroborated = 0;
		if (number_of(c)[n] == '/')
			sc -= 0.05;
		if (dated(r) && c->date) {
			sc += strcmp(c->date, r->date) == 0 ? 0.1 : -0.4;
			corroborated |= strcmp(c->date, r->date) == 0;
		} else if (r->date && strncmp(r->date, "--", 2) == 0 && c->date && strlen(c->date) == 10) {
			/* "Department's 726, August 20" in a page of no year */
			sc += strcmp(c->date + 4, r->date + 1) == 0 ? 0.1 : -0.4;
			corroborated |= strcmp(c->date + 4, r->date + 1) == 0;
		}
		if (self) {
			int from_their = shares(from_of(c), nfrom_of(c), to_of(self), nto_of(self));
			int from_mine = shares(from_of(c), nfrom_of(c), from_of(self), nfrom_of(self));
			/* "my No. 1348" is the writer's, "your 580" the recipient's:
			 * a paper known to be someone else's is not it. */
			int known = nfrom_of(c) && (party == REF_YOURS ? nto_of(self) : nfrom_of(self));
			if (party == REF_YOURS)
				sc += from_their ? 0.1 : from_mine ? -0.2 : known ? -0.3 : 0;
			else if (party == REF_MINE)
				sc += from_mine ? 0.1 : from_their ? -0.2 : known ? -0.3 : 0;
			else if (same_correspondence(c, self))
				sc += 0.2;
			corroborated |= party == REF_YOURS ? from_their : party == REF_MINE ? from_mine
											  : same_correspondence(c, self);
			if (!r->by_editor && self->date && c->date && strcmp(c->date, self->date) > 0)
				sc -= 0.3;
			/* Numbered afresh each year: a paper of the same number two
			 * years before is another; one of the weeks before the
			 * letter is the one it answers. */
			if (self->date && c->date && atoi(self->date) - atoi(c->date) > 1)
				sc -= 0.4;
			corroborated |= days_before(c->date, self->date) <= 92;
			/* A registry's long numbers ("No. 114962") are one paper's
			 * in a year, whatever its correspondence. */
			corroborated |= strcspn(r->number, "/") >= 5 && !(self->date && c->date &&
									  atoi(self->date) - atoi(c->date) > 1);
		}
		if (person && nfrom_of(c)) {
			sc += shares(from_of(c), nfrom_of(c), &person, 1) ? 0.1 : -0.3;
			corroborated |= shares(from_of(c), nfrom_of(c), &person, 1);
		}
		if (!corroborated && sc > RESOLVE_PLAUSIBLE - 0.1)
			sc = RESOLVE_PLAUSIBLE - 0.1;
		consider(p, c, c->id, sc);
	}
}

static void resolve_one(struct run *rn, const struct store_ref *r)
{
	if (rn->learning) {
		learn_one(rn, r);
		return;
	}
	const struct key *self = find_id(&rn->ix, r->doc_id);
	struct pick p = { .best = -1, .second = -1 };
	int month = 0;
	buf_init(&p.cands);
	/* An explicit target, when the library holds it; else what the
	 * reference says of its paper ("telegram 402, March 3, p. 211" in a
	 * volume whose pages are not here). */
	int64_t explicit = r->target_key ? explicit_target(rn, self, r->target_key) : 0;
	if (explicit) {
		consider(&p, NULL, explicit, 1.0);
	} else if (r->target_key && !strstr(r->target_key, "#pg_")) {
		/* "Document 13" of a volume not in the library: its number is
		 * the edition's, not a paper's. */
	} else if (r->number) {
		of_number(rn, r, self, &p);
		/* A number no document of the library prints: the date it
		 * gives still names a day ("my No. 408/sh of 7 July" when
		 * the telegram shows no number). */
		if (p.ncand == 0 && dated(r) && self)
			by_day(rn, r, self, &p);
	} else if (dated(r) && self) {
		by_day(rn, r, self, &p);
	} else if (r->date && strlen(r->date) == 7 && self) {
		month = 1;
		by_month(rn, r, self, &p);
	}
	/* A clear winner is the target; the rest of the plausible ones stay
	 * as alternatives. */
	int64_t target = month ? pick_in_month(&p) : pick_target(&p);
	/* Papers of the day no score tells apart: what the reference says
	 * its paper is about may */
	if (target == 0 && !month && p.plausible >= 2) {
		int64_t close[8];
		size_t nclose = 0;
		for (size_t i = 0; i < p.ncand; i++)
			if (p.cand_scores[i] >= RESOLVE_PLAUSIBLE - 1e-9 && p.cand_scores[i] > p.best - RESOLVE_MARGIN &&
			    p.cand_ids[i] != r->doc_id)
				close[nclose++] = p.cand_ids[i];
		target = resolve_topic_pick(rn->store, r->phrase, close, nclose);
	}
	if (target == r->doc_id)
		target = 0;
	for (size_t i = 0; i < p.ncand; i++)
		if (p.cand_ids[i] != target && p.cand_ids[i] != r->doc_id && p.cand_scores[i] >= 0.5)
			buf_printf(&p.cands, "%s%lld", p.cands.len ? " " : "", (long long)p.cand_ids[i]);
	double sc = p.best < 0 ? 0 : p.best > 1 ? 1 : p.best;
	char *cands = buf_detach(&p.cands);
	rn->stats->looked++;
	if (target)
		rn->stats->resolved++;
	/* Unchanged: nothing to write (the score too, which what was learned
	 * since may have moved). */
	if (target == r->target && strcmp(cands, r->candidates ? r->candidates : "") == 0 &&
	    (r->score - sc) * (r->score - sc) < 1e-12) {
		free(cands);
		return;
	}
	if (rn->nout == rn->cap) {
		rn->cap = rn->cap ? rn->cap * 2 : 256;
		rn->out = xreallocarray(rn->out, rn->cap, sizeof *rn->out);
	}
	rn->out[rn->nout++] = (struct result){ r->id, target, sc, cands };
}

/* Writes what a page of references resolved to, and forgets it. */
static int flush_results(struct store *s, struct run *rn, char **cause)
{
	int rc = 0;
	for (size_t i = 0; i < rn->nout; i++) {
		if (rc == 0 && store_ref_resolved(s, rn->out[i].ref_id, rn->out[i].target, rn->out[i].score,
						  rn->out[i].candidates, cause) != 0)
			rc = -1;
		free(rn->out[i].candidates);
	}
	rn->stats->changed += rn->nout;
	rn->nout = 0;
	return rc;
}

/* A day ("1950-10-01": 19501001) or a month ("1950-10": 19501000) as a
 * number, or -1. */
static long day_key(const char *iso)
{
	if (iso == NULL || (strlen(iso) != 10 && strlen(iso) != 7))
		return -1;
	return atol(iso) * 10000 + atol(iso + 5) * 100 + (iso[7] ? atol(iso + 8) : 0);
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return x < y ? -1 : x > y;
}

/* Sorts the days and drops those twice. */
static void days_unique(struct run *rn)
{
	if (rn->ndays == 0)
		return;
	qsort(rn->days, rn->ndays, sizeof *rn->days, cmp_long);
	size_t n = 1;
	for (size_t i = 1; i < rn->ndays; i++)
		if (rn->days[i] != rn->days[n - 1])
			rn->days[n++] = rn->days[i];
	rn->ndays = n;
}

static void add_day(struct run *rn, long key)
{
	if (key < 0)
		return;
	if (rn->ndays == rn->days_cap) {
		/* The same few thousand days come back for every letter and
		 * reference of an import: kept once each, not a million times
		 * (at a million letters that list was most of the import's
		 * memory). */
		days_unique(rn);
		if (rn->days_cap == 0 || rn->ndays * 2 > rn->days_cap) {
			rn->days_cap = rn->days_cap ? rn->days_cap * 2 : 256;
			rn->days = xreallocarray(rn->days, rn->days_cap, sizeof *rn->days);
		}
	}
	rn->days[rn->ndays++] = key;
	if (key % 100)
		add_day(rn, key - key % 100); /* and its month */
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_day(const struct run *rn, long key)
{
	return key >= 0 && rn->ndays && bsearch(&key, rn->days, rn->ndays, sizeof *rn->days, cmp_long) != NULL;
}

static int has_changed(const struct run *rn, int64_t id)
{
	if (id == 0 || (rn->changed == NULL && rn->ngone == 0))
		return 0;
	const struct key *k = find_id(&rn->ix, id);
	if (k) {
		size_t at = (size_t)(k - rn->ix.v);
		return rn->changed && (rn->changed[at / 8] >> (at % 8) & 1);
	}
	return rn->ngone && bsearch(&id, rn->gone, rn->ngone, sizeof *rn->gone, cmp_id) != NULL;
}

/* "408/sh" is of number 408, as "408" is: the part before the series. */
static char *number_base(const char *number)
{
	return xstrndup(number, strcspn(number, "/"));
}

static int has_number(const struct run *rn, const char *number)
{
	if (rn->numbers.n == 0)
		return 0;
	char *base = number_base(number);
	int found = bsearch(&base, rn->numbers.v, rn->numbers.n, sizeof *rn->numbers.v, cmp_strp) != NULL;
	free(base);
	return found;
}

/* The days a reference names: its own, and with a year it did not print,
 * the same day of the two years before (as by_day tries them). */
static void ref_days(struct run *rn, const struct store_ref *r)
{
	char day[11];
	for (int back = 0; dated(r) && back < (r->year_inferred ? 3 : 1); back++) {
		years_back(r->date, back, day);
		add_day(rn, day_key(day));
	}
}

/* Sorts the numbers and drops those twice. */
static void numbers_unique(struct run *rn)
{
	struct strv *v = &rn->numbers;
	if (v->n == 0)
		return;
	qsort(v->v, v->n, sizeof *v->v, cmp_strp);
	size_t n = 1;
	for (size_t i = 1; i < v->n; i++) {
		if (strcmp(v->v[i], v->v[n - 1]) == 0)
			free(v->v[i]);
		else
			v->v[n++] = v->v[i];
	}
	v->n = n;
}

/* Takes number: kept once (telegrams' numbers recur over a series). */
static void add_number(struct run *rn, char *number)
{
	struct strv *v = &rn->numbers;
	if (v->n == v->cap && v->n >= 1024) {
		numbers_unique(rn);
		if (v->n * 2 > v->cap) {
			v->cap *= 2;
			v->v = xreallocarray(v->v, v->cap, sizeof *v->v);
		}
	}
	strv_push_owned(v, number);
}

static int note_changed(int64_t id, void *arg)
{
	struct run *rn = arg;
	const struct key *k = find_id(&rn->ix, id);
	if (k) {
		/* A bit, not an id: at a first import every document is new. */
		if (rn->changed == NULL)
			rn->changed = xcalloc(rn->ix.n / 8 + 1, 1);
		size_t at = (size_t)(k - rn->ix.v);
		rn->changed[at / 8] |= (uint8_t)(1u << (at % 8));
	} else {
		/* Ids come in order: the list stays sorted. */
		if (rn->ngone == rn->gone_cap) {
			rn->gone_cap = rn->gone_cap ? rn->gone_cap * 2 : 64;
			rn->gone = xreallocarray(rn->gone, rn->gone_cap, sizeof *rn->gone);
		}
		rn->gone[rn->ngone++] = id;
	}
	if (k && k->date)
		add_day(rn, day_key(k->date));
	if (k && number_of(k))
		add_number(rn, number_base(number_of(k)));
	return 0;
}

/* More names than this changed (a first import, a large one): every
 * reference that names someone is resolved again. */
#define NAMES_FOLLOWED 4096

/* Keeps the words of a name whose person changed. */
static int note_name(const char *name, void *arg)
{
	struct run *rn = arg;
	if (rn->names_all)
		return 0;
	if (rn->name_words.n >= NAMES_FOLLOWED) {
		rn->names_all = 1;
		return 0;
	}
	for (const char *p = name; *p;) {
		size_t n = strcspn(p, " ");
		if (n) {
			char *w = xstrndup(p, n);
			for (char *c = w; *c; c++)
				if (*c >= 'A' && *c <= 'Z')
					*c = (char)(*c - 'A' + 'a');
			strv_push_owned(&rn->name_words, w);
		}
		p += n + (p[n] == ' ');
	}
	return 0;
}

static int cmp_strp(const void *a, const void *b);

/* 1 if name may stand for someone else now: a name matches a person's
 * name whole or as its words (store_person_id_loose), so a name none of
 * whose first word's changed names hold is looked up as before. */
static int name_changed(const struct run *rn, const char *name)
{
	if (name == NULL || *name == '\0')
		return 0;
	if (rn->names_all)
		return 1;
	if (rn->name_words.n == 0)
		return 0;
	char first[64];
	size_t n = strcspn(name, " ");
	if (n >= sizeof first)
		return 1;
	for (size_t i = 0; i < n; i++)
		first[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
	first[n] = '\0';
	const char *key = first;
	return bsearch(&key, rn->name_words.v, rn->name_words.n, sizeof *rn->name_words.v, cmp_strp) != NULL;
}

/* 1 if a person a reference names (its author, its addressee, one its
 * phrase names after " to ") may be someone else now. */
static int names_changed(const struct run *rn, const struct store_ref *r)
{
	if (!rn->names_all && rn->name_words.n == 0)
		return 0;
	if (name_changed(rn, r->person) || name_changed(rn, r->to_person))
		return 1;
	if (r->to_person || r->phrase == NULL || !strstr(r->phrase, " to "))
		return 0;
	if (rn->names_all)
		return 1;
	const struct key *self = find_id(&rn->ix, r->doc_id);
	char name[64];
	refs_phrase_to_person(r->phrase, strlen(r->phrase), self ? self->date : NULL, name, sizeof name);
	return name_changed(rn, name);
}

/* Whether a reference can resolve otherwise since the documents imported:
 * one of them is of its day (or its month, or a day it may mean), of its
 * number, or is its target or the citing one, or their references teach
 * the kind of a paper of its day; or, not resolved, a person it names may
 * be someone else now. Anything else keeps what it had: the library gives
 * the same links whatever order its files came in, without scoring every
 * reference at every import (an unresolved one too: adding ten letters
 * to 100,000 scored half a million of them). */
static int touched(const struct run *rn, const struct store_ref *r)
{
	if (has_changed(rn, r->doc_id) || has_changed(rn, r->target))
		return 1;
	if (r->target_key)
		return r->target == 0;
	if (r->target == 0 && names_changed(rn, r))
		return 1;
	if (r->number && has_number(rn, r->number))
		return 1;
	char day[11];
	for (int back = 0; dated(r) && back < (r->year_inferred ? 3 : 1); back++) {
		years_back(r->date, back, day);
		if (has_day(rn, day_key(day)))
			return 1;
	}
	return r->date && strlen(r->date) == 7 && has_day(rn, day_key(r->date));
}

static int note_last(const struct store_ref *r, void *arg)
{
	struct run *rn = arg;
	rn->last = r->id;
	rn->seen++;
	/* A reference of a document imported now teaches about its days. */
	if (rn->learning == RESOLVE_LEARN_PASSES && has_changed(rn, r->doc_id))
		ref_days(rn, r);
	if (rn->learning || touched(rn, r))
		resolve_one(rn, r);
	return 0;
}

/* The kinds learned so far take effect (for the next pass). */
static void learned_settle(struct index *ix)
{
	for (size_t i = 0; i < ix->nbare; i++)
		ix->bare[i].learned = ix->bare[i].learning;
}

/* A run's start, in the transaction that will write its targets (the
 * documents are read inside it, so every target is a document of it: see
 * store_begin_bulk): the index of the library, and what the references
 * already resolved teach about bare documents. */
static int run_begin(struct store *s, struct run *rn, const struct store_key_filter *filter, int manual_only,
		     struct resolve_stats *stats, char **cause)
{
	memset(stats, 0, sizeof *stats);
	*rn = (struct run){ .store = s, .stats = stats };
	if (store_begin_bulk(s, cause) != 0)
		return -1;
	/* The library's count sizes the index at once: grown by doubling,
	 * it was half as large again while it moved (a million keys). */
	char *ignored = NULL;
	int64_t docs = filter ? 0 : store_count(s, &ignored);
	free(ignored);
	if (docs > 0) {
		rn->ix.cap = (size_t)docs + 64;
		rn->ix.v = xreallocarray(NULL, rn->ix.cap, sizeof *rn->ix.v);
	}
	if (store_doc_keys(s, filter, add_key, &rn->ix, cause) != 0)
		return -1;
	index_build(&rn->ix);
	/* A whole run learns again what the automatic links taught (the
	 * reader's links teach for good); one reference alone takes them as
	 * the last run left them. */
	return store_ref_kinds(s, filter, manual_only, learn_resolved, rn, cause);
}

static void run_free(struct run *rn)
{
	free(rn->changed);
	free(rn->gone);
	free(rn->days);
	strv_free(&rn->numbers);
	strv_free(&rn->name_words);
	for (size_t i = 0; i < rn->nout; i++)
		free(rn->out[i].candidates);
	free(rn->out);
	for (size_t i = 0; i < rn->names_cap; i++)
		free(rn->names[i].name);
	free(rn->names);
	for (size_t i = 0; rn->fits && i < FITS_CAP; i++) {
		free(rn->fits[i].named);
		free(rn->fits[i].kind);
	}
	free(rn->fits);
	index_free(&rn->ix);
}

static double since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

int resolve_pending(struct store *s, struct resolve_stats *stats, char **cause)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct run rn;
	int rc = -1;
	if (run_begin(s, &rn, NULL, 1, stats, cause) != 0 || store_changed_docs(s, note_changed, &rn, cause) != 0)
		goto rollback;
	int followed = store_changed_names(s, note_name, &rn, cause);
	if (followed < 0)
		goto rollback;
	if (followed == 1)
		rn.names_all = 1;
	if (rn.name_words.n)
		qsort(rn.name_words.v, rn.name_words.n, sizeof *rn.name_words.v, cmp_strp);
	/* Pages of references, so memory stays bounded in a large library:
	 * twice to learn the kinds of bare documents, once to resolve. Every
	 * reference of the library that can teach is read (what the library
	 * holds decides a kind, not what came in this import), and every
	 * reference the import touched is resolved. */
	for (rn.learning = RESOLVE_LEARN_PASSES; rn.learning >= 0; rn.learning--) {
		rn.last = 0;
		do {
			rn.seen = 0;
			/* Learning reads only the references that can teach (see
			 * learn_one): a day named, a kind, no number. */
			if (store_refs_pending(s, rn.last, RESOLVE_PAGE,
					       STORE_REFS_EVERY | (rn.learning > 0 ? STORE_REFS_TEACHING : 0), note_last,
					       &rn, cause) != 0 ||
			    flush_results(s, &rn, cause) != 0)
				goto rollback;
		} while (rn.seen == RESOLVE_PAGE);
		learned_settle(&rn.ix);
		if (rn.learning == RESOLVE_LEARN_PASSES) {
			days_unique(&rn);
			numbers_unique(&rn);
		}
	}
	if (store_refs_settled(s, cause) != 0 || store_commit(s, cause) != 0)
		goto rollback;
	rc = 0;
	goto out;
rollback:
	store_rollback(s);
out:
	run_free(&rn);
	stats->seconds = since(&t0);
	return rc;
}

struct one_ref {
	struct run *rn;
	int64_t id;
	int found;
	/* What the reference names, for the filter of its candidates. */
	char *number, *days[3], *month;
};

static int is_it(const struct one_ref *o, const struct store_ref *r)
{
	return r->id == o->id && strcmp(r->origin ? r->origin : "", "auto") == 0;
}

/* The days a date names: itself, and when its year was inferred, the same
 * day of the two years before (as by_day tries them). */
static int note_filter(const struct store_ref *r, void *arg)
{
	struct one_ref *o = arg;
	if (!is_it(o, r))
		return 0;
	o->found = 1;
	o->number = r->number && *r->number ? xstrdup(r->number) : NULL;
	if (dated(r)) {
		for (int back = 0; back < (r->year_inferred ? 3 : 1); back++)
			o->days[back] = xasprintf("%04d%s", atoi(r->date) - back, r->date + 4);
	} else if (r->date && strlen(r->date) == 7) {
		o->month = xstrdup(r->date);
	}
	return 1;
}

static int resolve_if_it(const struct store_ref *r, void *arg)
{
	struct one_ref *o = arg;
	if (!is_it(o, r))
		return 0;
	o->rn->seen++;
	resolve_one(o->rn, r);
	return 1;
}

/* Resolves one reference again. Only the documents it can mean are read:
 * a keystroke in the reader, not a pass over the library. */
int resolve_ref(struct store *s, int64_t doc, int64_t ref_id, struct resolve_stats *stats, char **cause)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct run rn = { 0 };
	struct one_ref o = { &rn, ref_id, 0, NULL, { NULL, NULL, NULL }, NULL };
	int rc = -1;
	memset(stats, 0, sizeof *stats);
	if (store_refs(s, doc, 1, note_filter, &o, cause) != 0)
		goto out;
	if (!o.found) {
		rc = 0; /* not an automatic reference of this document: nothing to do */
		goto out;
	}
	struct store_key_filter f = { doc, o.number, { o.days[0], o.days[1], o.days[2] }, o.month, NULL };
	if (run_begin(s, &rn, &f, 0, stats, cause) != 0)
		goto rollback;
	learned_settle(&rn.ix);
	if (store_refs(s, doc, 1, resolve_if_it, &o, cause) != 0 || flush_results(s, &rn, cause) != 0 ||
	    store_commit(s, cause) != 0)
		goto rollback;
	rc = 0;
	goto out;
rollback:
	store_rollback(s);
out:
	run_free(&rn);
	free(o.number);
	free(o.month);
	for (int i = 0; i < 3; i++)
		free(o.days[i]);
	stats->seconds = since(&t0);
	return rc;
}
