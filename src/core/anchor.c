/* anchor.c: text anchors (position + quote + context) and their
 * re-attachment to a changed text.
 *
 * Re-attachment is a search for the best candidate span, scored on three
 * things: how much of the quote is intact (d, its edit distance), how much
 * of the context is (dp, ds: edit distances of prefix and suffix against
 * the text either side of the candidate) and how far it is from the old
 * position. With m, lp, ls the byte lengths of quote, prefix and suffix:
 *
 *   sim   = 1 - (d + dp + ds) / (m + lp + ls)
 *   score = sim * (0.9 + 0.1 / (1 + distance / R))     R: the window radius
 *
 * sim weighs the evidence by its size: a long quote carries itself, a
 * short one needs its context. Thresholds:
 *
 *   exact quote      sim >= 0.5: at least half of quote and context agree.
 *                    A 10-byte phrase with unrelated text either side has
 *                    about 0.4, so a common phrase found elsewhere after
 *                    the passage was rewritten is not taken for it; a
 *                    whole paragraph moved (both contexts new) has 0.8.
 *   approximate      d <= m/4 and sim >= 0.75. For passages of 10-200
 *                    bytes looked for in an unrelated text of the same
 *                    words, the best candidate scored 0.55 at most; one
 *                    edited in place scores 0.9 and more.
 *
 * The distance term only orders candidates (it never drops below 0.9), so
 * a passage that moved far and stayed intact is still found; among equals
 * the nearest wins.
 *
 * Costs: the exact paths (the old position, then a search that widens
 * around it) are memchr and memcmp, and bounds on the score stop them as
 * soon as nothing farther can win. Only when no exact match with its
 * context intact exists is Myers' bit-vector search run, on a window around
 * the old position (±R), and on the whole body only when that window has
 * nothing acceptable. Everything is done on bytes: an edit of a CJK
 * character counts up to 3, which only makes the test stricter there. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unistr.h>

#include "dossier/anchor.h"
#include "dossier/util.h"

#define ACCEPT_SIM 0.75         /* least sim of a fuzzy match */
#define ACCEPT_EXACT 0.5        /* least sim of an exact match of 32 bytes or more */
#define SHORT_QUOTE 32
#define WINDOW_MIN 4096         /* R = max(WINDOW_MIN, 4 m) */
#define MYERS_MAX 1024          /* longer quotes: by head and tail */
#define PIECE 512               /* head and tail of a long quote */
#define RING_FIRST 256          /* first radius of the exact search */

/* ------------------------------------------------------------ characters */

/* The start of the code point that contains byte i (i < len). Invalid
 * bytes are characters of their own, as u8_mbtouc reads them. */
static size_t cp_start(const uint8_t *s, size_t len, size_t i)
{
	size_t p = i;
	ucs4_t uc;

	while (p > 0 && i - p < 3 && (s[p] & 0xC0) == 0x80)
		p--;
	if (p == i)
		return i;
	return p + (size_t)u8_mbtouc(&uc, s + p, len - p) > i ? p : i;
}

/* Is there a character (grapheme cluster) boundary before byte i? */
static int is_boundary(const uint8_t *s, size_t len, size_t i)
{
	ucs4_t a, b;
	size_t p;

	if (i == 0 || i >= len)
		return 1;
	if (s[i] < 0x80 && s[i - 1] < 0x80)
		return !(s[i - 1] == '\r' && s[i] == '\n');
	if (cp_start(s, len, i) != i)
		return 0;
	p = cp_start(s, len, i - 1);
	u8_mbtouc(&a, s + p, len - p);
	u8_mbtouc(&b, s + i, len - i);
	return uc_is_grapheme_break(a, b);
}

static size_t snap_back(const uint8_t *s, size_t len, size_t i)
{
	if (i > len)
		i = len;
	while (!is_boundary(s, len, i))
		i--;
	return i;
}

static size_t snap_forward(const uint8_t *s, size_t len, size_t i)
{
	if (i > len)
		i = len;
	while (!is_boundary(s, len, i))
		i++;
	return i;
}

/* ----------------------------------------------------------------- make */

void anchor_make(const char *body, size_t len, size_t start, size_t end, struct anchor *a)
{
	const uint8_t *s = (const uint8_t *)(body ? body : "");
	size_t p, q, t;
	int i;

	if (!body)
		len = 0;
	if (start > len)
		start = len;
	if (end > len)
		end = len;
	if (start > end) {
		t = start;
		start = end;
		end = t;
	}
	start = snap_back(s, len, start);
	end = snap_forward(s, len, end);
	/* Context: ANCHOR_CONTEXT code points, less any part of a character
	 * cut at the far end. */
	for (p = start, i = 0; i < ANCHOR_CONTEXT && p > 0; i++)
		p = cp_start(s, len, p - 1);
	for (q = end, i = 0; i < ANCHOR_CONTEXT && q < len; i++) {
		ucs4_t uc;
		q += (size_t)u8_mbtouc(&uc, s + q, len - q);
	}
	p = snap_forward(s, len, p);
	q = snap_back(s, len, q);
	a->start = start;
	a->end = end;
	a->quote = xstrndup((const char *)s + start, end - start);
	a->prefix = xstrndup((const char *)s + p, start - p);
	a->suffix = xstrndup((const char *)s + end, q - end);
}

void anchor_clear(struct anchor *a)
{
	free(a->quote);
	free(a->prefix);
	free(a->suffix);
	memset(a, 0, sizeof *a);
}

const char *anchor_outcome_name(enum anchor_outcome o)
{
	switch (o) {
	case ANCHOR_KEPT:
		return "kept";
	case ANCHOR_MOVED:
		return "moved";
	case ANCHOR_FUZZY:
		return "fuzzy";
	case ANCHOR_ORPHANED:
		return "orphaned";
	}
	return "?";
}

/* --------------------------------------------------------- exact search */

/* How common a byte is in running text, roughly: the search below waits
 * on the rarest byte of the needle, so memchr stops seldom. */
static int byte_rank(uint8_t c)
{
	static const char common[] = " etaoinsrhldcu\nmfpgwybvk";
	const char *p = c ? strchr(common, c) : NULL;

	return p ? (int)(sizeof common - (size_t)(p - common)) : 0;
}

/* The needle byte to wait for: the rarest of its first 64. */
static size_t rare_byte(const uint8_t *n, size_t nn)
{
	size_t at = 0, i, lim = nn < 64 ? nn : 64;

	for (i = 1; i < lim; i++)
		if (byte_rank(n[i]) < byte_rank(n[at]))
			at = i;
	return at;
}

/* First occurrence of n[0..nn) in h[0..hn), or NULL (memmem, which C11
 * and POSIX lack), memchr waiting on n[at]. */
static const uint8_t *find_bytes(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn, size_t at)
{
	const uint8_t *p, *end;

	if (nn == 0 || hn < nn)
		return nn == 0 ? h : NULL;
	end = h + hn - nn + at + 1;     /* last place for n[at], exclusive */
	for (p = h + at; p < end && (p = memchr(p, n[at], (size_t)(end - p))) != NULL; p++)
		if (memcmp(p - at, n, nn) == 0)
			return p - at;
	return NULL;
}

/* -------------------------------------------------------------- Myers */

/* Myers' bit-vector algorithm (J. ACM 46(3), 1999) in Hyyrö's notation,
 * over blocks of 64 rows so that any pattern length works: column j of the
 * dynamic-programming matrix is kept as vertical deltas, Pv (+1) and Mv
 * (-1) per row, and advanced a text byte at a time with a few word
 * operations per block. A block passes the horizontal delta of its last
 * row to the next (hin/hout), which also carries the addition across. The
 * score, the last row, is tracked by the last block's hout. Rows past m in
 * the last word hold garbage that never flows down: bits only carry up. */
struct myers {
	size_t m, w;            /* pattern bytes, 64-bit blocks */
	uint64_t *peq;          /* peq[c * w + b]: rows of block b equal to c */
	uint64_t top;           /* the bit of row m in the last block */
	uint64_t *pv, *mv;      /* the column */
	int *bscore;            /* score of each block's last row (search) */
};

static void myers_init(struct myers *my, const uint8_t *p, size_t m, int reversed)
{
	size_t i;

	my->m = m;
	my->w = m ? (m + 63) / 64 : 1;
	my->peq = xcalloc(256 * my->w, sizeof *my->peq);
	my->pv = xcalloc(my->w, sizeof *my->pv);
	my->mv = xcalloc(my->w, sizeof *my->mv);
	my->bscore = xcalloc(my->w, sizeof *my->bscore);
	my->top = (uint64_t)1 << ((m ? m - 1 : 0) % 64);
	for (i = 0; i < m; i++) {
		uint8_t c = reversed ? p[m - 1 - i] : p[i];
		my->peq[(size_t)c * my->w + i / 64] |= (uint64_t)1 << (i % 64);
	}
}

static void myers_free(struct myers *my)
{
	free(my->peq);
	free(my->pv);
	free(my->mv);
	free(my->bscore);
	memset(my, 0, sizeof *my);
}

static void myers_reset(struct myers *my)
{
	for (size_t b = 0; b < my->w; b++) {
		my->pv[b] = ~(uint64_t)0;
		my->mv[b] = 0;
	}
}

/* One block, one column; hin and the result are -1, 0 or +1. */
static inline int myers_block(uint64_t *pvp, uint64_t *mvp, uint64_t eq, int hin, uint64_t top)
{
	uint64_t pv = *pvp, mv = *mvp, xv, xh, ph, mh;
	uint64_t neg = hin < 0, pos = hin > 0;
	int hout;

	xv = eq | mv;
	eq |= neg;
	xh = (((eq & pv) + pv) ^ pv) | eq;
	ph = mv | ~(xh | pv);
	mh = pv & xh;
	hout = (ph & top) ? 1 : (mh & top) ? -1 : 0;
	ph = (ph << 1) | pos;
	mh = (mh << 1) | neg;
	*pvp = mh | ~(xv | ph);
	*mvp = ph & xv;
	return hout;
}

/* Advances the column by text byte c. hin0 is the top row's delta: 0 when
 * a match may start anywhere (search), +1 when it starts at the text's
 * first byte (anchored). Returns the change of the score. */
static inline int myers_step(struct myers *my, uint8_t c, int hin0)
{
	const uint64_t *eq = my->peq + (size_t)c * my->w;
	size_t b, last = my->w - 1;
	int h = hin0;

	for (b = 0; b < last; b++)
		h = myers_block(&my->pv[b], &my->mv[b], eq[b], h, (uint64_t)1 << 63);
	return myers_block(&my->pv[last], &my->mv[last], eq[last], h, my->top);
}

/* A place where an approximate match ends, and its edit distance. */
struct hit {
	size_t end;
	int d;
};

struct hits {
	struct hit *v;
	size_t n, cap;
};

static void hits_push(struct hits *h, size_t end, int d)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 64;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	h->v[h->n].end = end;
	h->v[h->n].d = d;
	h->n++;
}

/* What a search reports: the bottoms of the valleys (a match ending one
 * byte later with one more edit is the same match), or with raw every end
 * whose score is <= k; only ends in [from, to). */
struct report {
	int raw;
	size_t from, to;
	size_t at;              /* the open valley's bottom so far */
	int atd;
	struct hits *out;
};

/* Called for a column whose score is <= k or while a valley is open;
 * returns whether one is open after it. */
static int report_note(struct report *r, int open, size_t end, int score, int prev, int k)
{
	if (r->raw) {
		if (score <= k && end >= r->from && end < r->to)
			hits_push(r->out, end, score);
		return 0;
	}
	if (score < prev && score <= k) {
		r->at = end;
		r->atd = score;
		return 1;
	}
	if (score > prev && open) {
		if (r->at >= r->from && r->at < r->to)
			hits_push(r->out, r->at, r->atd);
		return 0;
	}
	return open;
}

static void report_close(struct report *r, int open)
{
	if (open && !r->raw && r->at >= r->from && r->at < r->to)
		hits_push(r->out, r->at, r->atd);
}

/* A single-word search in progress over columns [start, stop) of the
 * text. */
struct lane {
	const struct myers *my;
	unsigned sh;            /* the bit of row m */
	int k;
	uint64_t pv, mv;
	int score, prev, open;
	size_t start, stop;
	struct report r;
};

static void lane_init(struct lane *l, const struct myers *my, int k, size_t start, size_t stop, size_t from,
		      size_t to, int raw, struct hits *out)
{
	l->my = my;
	l->sh = (unsigned)((my->m - 1) % 64);
	l->k = k;
	l->pv = ~(uint64_t)0;
	l->mv = 0;
	l->score = (int)my->m;
	l->prev = INT_MAX;
	l->open = 0;
	l->start = start;
	l->stop = stop;
	l->r = (struct report){ raw, from, to, 0, 0, out };
}

/* One column of one lane, its state passed apart so that it can live in
 * registers. */
static inline void step1(uint64_t *pvp, uint64_t *mvp, int *score, int *prev, int *open, const uint64_t *peq,
			 unsigned sh, int k, uint8_t c, size_t end, struct report *r)
{
	uint64_t eq = peq[c], pv = *pvp, mv = *mvp, xv = eq | mv;
	uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
	uint64_t ph = mv | ~(xh | pv), mh = pv & xh;

	*score += (int)((ph >> sh) & 1) - (int)((mh >> sh) & 1);
	ph <<= 1;
	mh <<= 1;
	*pvp = mh | ~(xv | ph);
	*mvp = ph & xv;
	if (*score <= k || *open)
		*open = report_note(r, *open, end, *score, *prev, k);
	*prev = *score;
}

static void lane_run(struct lane *l, const uint8_t *t, size_t from, size_t to)
{
	uint64_t pv = l->pv, mv = l->mv;
	int score = l->score, prev = l->prev, open = l->open;

	for (size_t j = from; j < to; j++)
		step1(&pv, &mv, &score, &prev, &open, l->my->peq, l->sh, l->k, t[j], j + 1, &l->r);
	l->pv = pv;
	l->mv = mv;
	l->score = score;
	l->prev = prev;
	l->open = open;
}

/* Runs single-word lanes to their ends. Myers' column is one chain of
 * dependent operations, which leaves a processor mostly waiting, so lanes
 * go four abreast, their states in registers (1.5 times the speed of one
 * lane here). */
static void lanes_run(struct lane *l, size_t n, const uint8_t *t)
{
	size_t g, i, j, common;

	for (g = 0; g + 4 <= n; g += 4) {
		struct lane *a = l + g;
		uint64_t pv0 = a[0].pv, pv1 = a[1].pv, pv2 = a[2].pv, pv3 = a[3].pv;
		uint64_t mv0 = a[0].mv, mv1 = a[1].mv, mv2 = a[2].mv, mv3 = a[3].mv;
		int sc0 = a[0].score, sc1 = a[1].score, sc2 = a[2].score, sc3 = a[3].score;
		int pr0 = a[0].prev, pr1 = a[1].prev, pr2 = a[2].prev, pr3 = a[3].prev;
		int op0 = a[0].open, op1 = a[1].open, op2 = a[2].open, op3 = a[3].open;
		const uint64_t *q0 = a[0].my->peq, *q1 = a[1].my->peq, *q2 = a[2].my->peq, *q3 = a[3].my->peq;
		const uint8_t *t0 = t + a[0].start, *t1 = t + a[1].start, *t2 = t + a[2].start, *t3 = t + a[3].start;
		int k = a[0].k;

		common = SIZE_MAX;
		for (i = 0; i < 4; i++)
			if (a[i].stop - a[i].start < common)
				common = a[i].stop - a[i].start;
		for (j = 0; j < common; j++) {
			step1(&pv0, &mv0, &sc0, &pr0, &op0, q0, a[0].sh, k, t0[j], a[0].start + j + 1, &a[0].r);
			step1(&pv1, &mv1, &sc1, &pr1, &op1, q1, a[1].sh, k, t1[j], a[1].start + j + 1, &a[1].r);
			step1(&pv2, &mv2, &sc2, &pr2, &op2, q2, a[2].sh, k, t2[j], a[2].start + j + 1, &a[2].r);
			step1(&pv3, &mv3, &sc3, &pr3, &op3, q3, a[3].sh, k, t3[j], a[3].start + j + 1, &a[3].r);
		}
		a[0] = (struct lane){ a[0].my, a[0].sh, k, pv0, mv0, sc0, pr0, op0, a[0].start, a[0].stop, a[0].r };
		a[1] = (struct lane){ a[1].my, a[1].sh, k, pv1, mv1, sc1, pr1, op1, a[1].start, a[1].stop, a[1].r };
		a[2] = (struct lane){ a[2].my, a[2].sh, k, pv2, mv2, sc2, pr2, op2, a[2].start, a[2].stop, a[2].r };
		a[3] = (struct lane){ a[3].my, a[3].sh, k, pv3, mv3, sc3, pr3, op3, a[3].start, a[3].stop, a[3].r };
		for (i = 0; i < 4; i++)
			lane_run(&a[i], t, a[i].start + common, a[i].stop);
	}
	for (; g < n; g++)
		lane_run(&l[g], t, l[g].start, l[g].stop);
	for (g = 0; g < n; g++)
		report_close(&l[g].r, l[g].open);
}

/* Sets up lanes for single-word patterns my[0..np) over columns [lo, hi),
 * each in s stretches. A stretch starts m + k bytes before the ends it
 * reports (no match with at most k edits is longer, so its scores <= k
 * are exact there) and runs on as far past them to see its last valley
 * out. Hits go to out, or to out[p] for pattern p with out_each. Returns
 * the number of lanes (np * s). */
static size_t lanes_plan(struct lane *l, const struct myers *my, size_t np, size_t s, size_t lo, size_t hi,
			 int k, int raw, struct hits *out, int out_each)
{
	size_t p, i, n = 0, len = (hi - lo) / s;

	for (p = 0; p < np; p++) {
		size_t ov = my[p].m + (size_t)k;
		for (i = 0; i < s; i++) {
			size_t from = lo + i * len, to = i == s - 1 ? hi : from + len;
			size_t start = from - lo > ov ? from - ov : lo, stop = hi - to > ov ? to + ov : hi;
			lane_init(&l[n++], &my[p], k, start, stop, from + 1, to + 1, raw, out_each ? &out[p] : out);
		}
	}
	return n;
}

/* Searches columns [lo, hi) with a pattern of several words (blocks). */
static void myers_search_blocks(struct myers *my, const uint8_t *t, size_t lo, size_t hi, int k, struct hits *out)
{
	/* Ukkonen's cut-off, as Myers gives it for blocks: only blocks 0..y
	 * are computed, those that can hold a cell <= k (adjacent rows differ
	 * by one at most, so a block whose last row is k + 64 or more holds
	 * none). Below y the cells are only known to exceed k; a block
	 * rejoins with all its rows taken as +1. */
	size_t w = my->w, y, b, need = ((size_t)k + 64) / 64, j;
	int *bs = my->bscore, h, score, prev = INT_MAX, open = 0;
	const uint64_t high = (uint64_t)1 << 63;
	struct report r = { 0, lo + 1, hi + 1, 0, 0, out };

	myers_reset(my);
	y = (need < w ? need : w) - 1;
	for (b = 0; b <= y; b++)
		bs[b] = b == w - 1 ? (int)my->m : (int)(64 * (b + 1));
	for (j = lo; j < hi; j++) {
		const uint64_t *eq = my->peq + (size_t)t[j] * w;
		h = 0;
		for (b = 0; b <= y; b++) {
			h = myers_block(&my->pv[b], &my->mv[b], eq[b], h, b == w - 1 ? my->top : high);
			bs[b] += h;
		}
		if (y < w - 1 && bs[y] - h <= k && ((eq[y + 1] & 1) || h < 0)) {
			y++;
			my->pv[y] = ~(uint64_t)0;
			my->mv[y] = 0;
			bs[y] = bs[y - 1] - h + (y == w - 1 ? (int)(my->m - 64 * y) : 64) +
				myers_block(&my->pv[y], &my->mv[y], eq[y], h, y == w - 1 ? my->top : high);
		} else {
			while (y > 0 && bs[y] >= k + 64)
				y--;
		}
		score = y == w - 1 ? bs[y] : k + 1;
		if (score <= k || open)
			open = report_note(&r, open, j + 1, score, prev, k);
		prev = score;
	}
	report_close(&r, open);
}

static int hit_cmp(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return x->end < y->end ? -1 : x->end > y->end;
}

/* Every valley bottom of a match of the pattern p with at most k edits
 * ending in (lo, hi], as end offsets into t.
 *
 * A pattern of several words over a long stretch is filtered first, by
 * pigeonhole: cut in np pieces of at most 64 bytes, a match with k edits
 * has a piece matched with at most k/np. The pieces are searched as
 * single-word lanes side by side, and only the neighbourhoods of their
 * hits get the blocked search. At a quarter of edits per piece, hits in
 * unrelated prose are rare. */
static void myers_search(struct myers *my, const uint8_t *p, const uint8_t *t, size_t lo, size_t hi, int k,
			 struct hits *out)
{
	size_t np, i, a, h, s, nl, ov = my->m + (size_t)k;
	struct hits *raw, all = { 0 };
	struct myers *pieces;
	struct lane *l;

	if (hi - lo < 16 * ov + 4096) {
		if (my->w == 1) {
			struct lane one;
			lane_init(&one, my, k, lo, hi, lo + 1, hi + 1, 0, out);
			lanes_run(&one, 1, t);
		} else {
			myers_search_blocks(my, t, lo, hi, k, out);
		}
		return;
	}
	if (my->w == 1) {
		struct lane four[4];
		nl = lanes_plan(four, my, 1, 4, lo, hi, k, 0, out, 0);
		lanes_run(four, nl, t);
		return;
	}
	np = my->w;
	s = np % 4 == 0 ? 1 : np % 2 == 0 ? 2 : 4;      /* lanes a multiple of 4 */
	pieces = xcalloc(np, sizeof *pieces);
	raw = xcalloc(np, sizeof *raw);
	l = xcalloc(np * s, sizeof *l);
	for (i = 0, a = 0; i < np; i++) {
		size_t plen = (my->m - a) / (np - i);
		myers_init(&pieces[i], p + a, plen, 0);
		a += plen;
	}
	nl = lanes_plan(l, pieces, np, s, lo, hi, k / (int)np, 1, raw, 1);
	lanes_run(l, nl, t);
	/* Where a whole match would end, give or take k: after the rest of
	 * the quote. */
	for (i = 0, a = 0; i < np; i++) {
		a += pieces[i].m;
		for (h = 0; h < raw[i].n; h++)
			hits_push(&all, raw[i].v[h].end + (my->m - a), 0);
		free(raw[i].v);
		myers_free(&pieces[i]);
	}
	free(raw);
	free(pieces);
	free(l);
	/* Merge the neighbourhoods; search each from m + k before it. */
	if (all.n > 1)
		qsort(all.v, all.n, sizeof *all.v, hit_cmp);
	for (i = 0; i < all.n;) {
		size_t from = all.v[i].end > (size_t)k ? all.v[i].end - (size_t)k : 0, to = all.v[i].end + (size_t)k;
		while (++i < all.n && all.v[i].end <= to + (size_t)k + ov)
			to = all.v[i].end + (size_t)k;
		from = from > lo + ov ? from - ov : lo;
		if (to > hi)
			to = hi;
		if (from < to)
			myers_search_blocks(my, t, from, to, k, out);
	}
	free(all.v);
}

/* The least edit distance between the pattern and a run of text that
 * starts at t and goes on n bytes in direction dir (+1 or -1): the
 * distance against t[0..j) for the best j, which goes to *jbest (ties: the
 * j nearest the pattern's length). For the start of a match, read back
 * from its end with the reversed pattern; for context, out from the
 * candidate's edge. It stops early once the result is sure to exceed
 * limit (then it is only known to); with scores, never, and every
 * distance goes there (n + 1 of them, j = 0..n). */
static int myers_anchored(struct myers *my, const uint8_t *t, size_t n, int dir, int limit, size_t *jbest,
			  int *scores)
{
	int score = (int)my->m, best = score;
	size_t j, bj = 0;

	myers_reset(my);
	if (scores)
		scores[0] = score;
	if (my->w == 1 && !scores) {
		/* The common case (contexts, short quotes), in registers. */
		uint64_t pv = ~(uint64_t)0, mv = 0;
		unsigned sh = (unsigned)((my->m - 1) % 64);
		int lim = limit;
		for (j = 1; j <= n; j++) {
			uint64_t eq = my->peq[dir > 0 ? t[j - 1] : *(t - (j - 1))], xv = eq | mv;
			uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
			uint64_t ph = mv | ~(xh | pv), mh = pv & xh;
			score += (int)((ph >> sh) & 1) - (int)((mh >> sh) & 1);
			ph = (ph << 1) | 1;     /* anchored: the top row rises */
			mh <<= 1;
			pv = mh | ~(xv | ph);
			mv = ph & xv;
			if (score < best || (score == best && (j > my->m ? j - my->m : my->m - j) <
							       (bj > my->m ? bj - my->m : my->m - bj))) {
				best = score;
				bj = j;
				if (best < lim)
					lim = best;
			}
			if (score - (int)(n - j) > lim)
				break;
		}
		if (jbest)
			*jbest = bj;
		return best;
	}
	for (j = 1; j <= n; j++) {
		score += myers_step(my, dir > 0 ? t[j - 1] : *(t - (j - 1)), 1);
		if (scores)
			scores[j] = score;
		if (score < best || (score == best && (j > my->m ? j - my->m : my->m - j) <
						       (bj > my->m ? bj - my->m : my->m - bj))) {
			best = score;
			bj = j;
		}
		/* The score falls at most one a byte. */
		if (!scores && score - (int)(n - j) > (best < limit ? best : limit))
			break;
	}
	if (jbest)
		*jbest = bj;
	return best;
}

/* --------------------------------------------------------------- locate */

struct best {
	int found;
	size_t s, e;
	int d;
	double sim, score;
};

/* One search: what is looked for, where, and the best so far. */
struct job {
	const uint8_t *body;
	size_t len;
	const uint8_t *q, *pre, *suf;
	size_t m, lp, ls;
	size_t hint;                    /* where q started */
	size_t rare;                    /* the byte of q the exact search waits on */
	int point;                      /* q is the context of a point ... */
	size_t junction;                /* ... which is this far into q */
	size_t radius;
	double total;                   /* m + lp + ls: the evidence, in bytes */
	struct myers mpre, msuf;        /* reversed prefix, suffix: built on demand */
	int have_ctx;
	struct best best;
};

static double job_factor(const struct job *j, size_t s)
{
	size_t dist = s > j->hint ? s - j->hint : j->hint - s;

	/* 0.9 + 0.1 / (1 + dist / R), written so that dist 0 gives exactly 1 */
	return 1.0 - 0.1 * (double)dist / (double)(j->radius + dist);
}

static void job_ctx_init(struct job *j)
{
	if (!j->have_ctx) {
		myers_init(&j->mpre, j->pre, j->lp, 1);
		myers_init(&j->msuf, j->suf, j->ls, 0);
		j->have_ctx = 1;
	}
}

/* Errors of the prefix against the text before s (only known to exceed
 * limit when they do). */
static int pre_errors(struct job *j, size_t s, int limit)
{
	size_t n;

	if (j->lp == 0 || (s >= j->lp && memcmp(j->body + s - j->lp, j->pre, j->lp) == 0))
		return 0;
	job_ctx_init(j);
	n = s < 2 * j->lp ? s : 2 * j->lp;
	return n ? myers_anchored(&j->mpre, j->body + s - 1, n, -1, limit, NULL, NULL) : (int)j->lp;
}

/* Errors of the suffix against the text after e, likewise. */
static int suf_errors(struct job *j, size_t e, int limit)
{
	size_t n;

	if (j->ls == 0 || (j->len - e >= j->ls && memcmp(j->body + e, j->suf, j->ls) == 0))
		return 0;
	job_ctx_init(j);
	n = j->len - e < 2 * j->ls ? j->len - e : 2 * j->ls;
	return n ? myers_anchored(&j->msuf, j->body + e, n, 1, limit, NULL, NULL) : (int)j->ls;
}

/* Errors of prefix and suffix against the text either side of [s, e),
 * exact up to budget (beyond it, only known to be more). */
static int ctx_errors(struct job *j, size_t s, size_t e, int budget)
{
	int dp = pre_errors(j, s, budget);

	return dp > budget ? dp : dp + suf_errors(j, e, budget - dp);
}

/* The least sim a candidate with d quote errors needs. An exact quote of
 * 32 bytes or more needs half of quote and context to agree: a sentence
 * moved elsewhere, with new text either side, is still it. A shorter one
 * needs more, up to the 0.75 of an approximate match: a short phrase
 * recurs by chance, and among a thousand occurrences of one some context
 * agrees by chance up to half way. */
static double job_floor(const struct job *j, int d)
{
	double shortness;

	if (d > 0)
		return ACCEPT_SIM;
	shortness = j->m >= SHORT_QUOTE ? 0.0 : 1.0 - (double)j->m / SHORT_QUOTE;
	return ACCEPT_EXACT + (ACCEPT_SIM - ACCEPT_EXACT) * shortness;
}

/* Weighs the candidate [s, e) with d quote errors; keeps it if it is the
 * best so far and acceptable. */
static void job_consider(struct job *j, size_t s, size_t e, int d)
{
	double f = job_factor(j, s), sim, score, floor;
	int budget, errs;

	if (j->best.found && (1.0 - d / j->total) * f < j->best.score)
		return;
	/* Errors allowed before it can neither pass nor win. */
	floor = job_floor(j, d);
	budget = (int)((1.0 - floor) * j->total) - d;
	if (budget < 0)
		return;
	errs = ctx_errors(j, s, e, budget);
	sim = 1.0 - (d + errs) / j->total;
	if (sim < floor)
		return;
	score = sim * f;
	if (j->best.found && (score < j->best.score || (score == j->best.score && s >= j->best.s)))
		return;
	j->best.found = 1;
	j->best.s = s;
	j->best.e = e;
	j->best.d = d;
	j->best.sim = sim;
	j->best.score = score;
}

/* Does an exact occurrence at s sit on character boundaries? For a
 * point, only the point itself must. */
static int job_fits(const struct job *j, size_t s)
{
	if (j->point)
		return is_boundary(j->body, j->len, s + j->junction);
	return is_boundary(j->body, j->len, s) && is_boundary(j->body, j->len, s + j->m);
}

/* Exact occurrences starting in [lo, hi). */
static void job_exact(struct job *j, size_t lo, size_t hi)
{
	const uint8_t *p;
	size_t at = lo, last;

	if (j->len < j->m || lo >= hi)
		return;
	last = j->len - j->m;   /* the last possible start */
	if (hi > last + 1)
		hi = last + 1;
	while (at < hi && (p = find_bytes(j->body + at, hi - 1 + j->m - at, j->q, j->m, j->rare)) != NULL) {
		size_t s = (size_t)(p - j->body);
		if (job_fits(j, s))
			job_consider(j, s, s + j->m, 0);
		at = s + 1;
	}
}

/* Widens the exact search around the old position until nothing outside
 * can beat the best found (its score bounds theirs), or the body is
 * covered. */
static void job_exact_rings(struct job *j)
{
	size_t r = RING_FIRST, clo = j->hint, chi = j->hint, lo, hi;

	for (;;) {
		lo = j->hint > r ? j->hint - r : 0;
		hi = j->len - j->hint > r ? j->hint + r + 1 : j->len + 1;
		job_exact(j, lo, clo);
		job_exact(j, chi, hi);
		clo = lo;
		chi = hi;
		if (lo == 0 && hi > j->len)
			return;
		if (j->best.found && j->best.score >= 1.0 - 0.1 * (double)r / (double)(j->radius + r))
			return;
		r *= 4;
	}
}

static int quote_k(size_t m)
{
	return (int)(m / 4);
}

/* Approximate matches of q ending in [lo, hi), a pattern of at most
 * MYERS_MAX bytes. */
static void job_fuzzy_short(struct job *j, size_t lo, size_t hi)
{
	struct myers fwd, rev;
	struct hits h = { 0 };
	int k = quote_k(j->m);
	size_t i;

	if (k < 1)
		return;
	myers_init(&fwd, j->q, j->m, 0);
	myers_search(&fwd, j->q, j->body, lo, hi, k, &h);
	myers_free(&fwd);
	myers_init(&rev, j->q, j->m, 1);
	for (i = 0; i < h.n; i++) {
		size_t e = h.v[i].end, back = e < j->m + (size_t)k ? e : j->m + (size_t)k, len, s;
		int d = myers_anchored(&rev, j->body + e - 1, back, -1, k, &len, NULL);
		if (d > k)
			continue;
		/* A point's span is context: only the point is snapped. */
		s = j->point ? e - len : snap_back(j->body, j->len, e - len);
		job_consider(j, s, j->point ? e : snap_forward(j->body, j->len, e), d);
	}
	myers_free(&rev);
	free(h.v);
}

/* A quote longer than MYERS_MAX (1 KiB). Searching a whole body for it
 * would cost a pass per 64 bytes of quote; instead its first and last
 * PIECE bytes are matched on their own (16 passes, whatever its length),
 * and a head and a tail are joined when the span they make is the quote's
 * length give or take m/4. The middle is not compared: the difference of
 * lengths stands in for its edits. Both ends found, in order, at the right
 * distance, are strong evidence of the same long passage. */
static void job_fuzzy_long(struct job *j, size_t lo, size_t hi)
{
	struct myers head, hrev, tail, trev;
	struct hits hh = { 0 }, th = { 0 };
	int kp = quote_k(PIECE), k = quote_k(j->m);
	const uint8_t *tq = j->q + j->m - PIECE;
	size_t i, t;

	myers_init(&head, j->q, PIECE, 0);
	myers_init(&hrev, j->q, PIECE, 1);
	myers_init(&tail, tq, PIECE, 0);
	myers_init(&trev, tq, PIECE, 1);
	myers_search(&head, j->q, j->body, lo, hi, kp, &hh);
	for (i = 0; i < hh.n; i++) {
		size_t he = hh.v[i].end, back = he < PIECE + (size_t)kp ? he : PIECE + (size_t)kp, len, hs;
		size_t tlo, thi;
		int dh = myers_anchored(&hrev, j->body + he - 1, back, -1, kp, &len, NULL);
		if (dh > kp)
			continue;
		hs = he - len;
		/* The tail ends m bytes after the head starts, give or take k. */
		tlo = hs + j->m > (size_t)k + PIECE ? hs + j->m - (size_t)k - PIECE : 0;
		thi = hs + j->m + (size_t)k < j->len ? hs + j->m + (size_t)k : j->len;
		if (tlo < he)
			tlo = he;
		if (tlo >= thi)
			continue;
		th.n = 0;
		myers_search(&tail, tq, j->body, tlo, thi, kp, &th);
		for (t = 0; t < th.n; t++) {
			size_t te = th.v[t].end, span = te - hs;
			size_t tb = te < PIECE + (size_t)kp ? te : PIECE + (size_t)kp;
			int dt = myers_anchored(&trev, j->body + te - 1, tb, -1, kp, NULL, NULL);
			size_t gap = span > j->m ? span - j->m : j->m - span;
			if (dt > kp || dh + dt + gap > (size_t)k)
				continue;
			job_consider(j, snap_back(j->body, j->len, hs), snap_forward(j->body, j->len, te),
				     dh + dt + (int)gap);
		}
	}
	myers_free(&head);
	myers_free(&hrev);
	myers_free(&tail);
	myers_free(&trev);
	free(hh.v);
	free(th.v);
}

static void job_fuzzy(struct job *j, size_t lo, size_t hi)
{
	if (j->m > MYERS_MAX)
		job_fuzzy_long(j, lo, hi);
	else
		job_fuzzy_short(j, lo, hi);
}

static size_t gap(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Moves the ends of an approximate match to where quote and context
 * agree best together. Myers' end is where the quote alone fits best: for
 * "is very grave." in "is grave indeed." that is before " indeed.", though
 * the suffix starts after it. Each end may move k bytes, the end first
 * (the start held), then the start; neither step can raise the errors,
 * since the old place is among the choices. */
static void job_refine(struct job *j)
{
	struct myers my;
	int k = quote_k(j->m), *sc, cost, bc = INT_MAX, dq = 0, errs;
	size_t s = j->best.s, e = j->best.e, lo, hi, x, be = e, bs = s;

	lo = e - s > (size_t)k ? e - (size_t)k : s;
	hi = j->len - e > (size_t)k ? e + (size_t)k : j->len;
	sc = xmalloc((hi - s + 1) * sizeof *sc);
	myers_init(&my, j->q, j->m, 0);
	myers_anchored(&my, j->body + s, hi - s, 1, INT_MAX, NULL, sc);
	for (x = lo; x <= hi; x++) {
		if (!is_boundary(j->body, j->len, x))
			continue;
		cost = sc[x - s] + suf_errors(j, x, INT_MAX);
		if (cost < bc || (cost == bc && gap(x, e) < gap(be, e))) {
			bc = cost;
			be = x;
		}
	}
	myers_free(&my);
	free(sc);

	lo = s > (size_t)k ? s - (size_t)k : 0;
	hi = be - s > (size_t)k ? s + (size_t)k : be;
	sc = xmalloc((be - lo + 1) * sizeof *sc);
	myers_init(&my, j->q, j->m, 1);
	myers_anchored(&my, j->body + be - 1, be - lo, -1, INT_MAX, NULL, sc);
	bc = INT_MAX;
	for (x = lo; x <= hi; x++) {
		if (!is_boundary(j->body, j->len, x))
			continue;
		cost = sc[be - x] + pre_errors(j, x, INT_MAX);
		if (cost < bc || (cost == bc && gap(x, s) < gap(bs, s))) {
			bc = cost;
			bs = x;
			dq = sc[be - x];
		}
	}
	myers_free(&my);
	free(sc);

	if (bc == INT_MAX)
		return;
	errs = pre_errors(j, bs, INT_MAX) + suf_errors(j, be, INT_MAX);
	j->best.s = bs;
	j->best.e = be;
	j->best.d = dq;
	j->best.sim = 1.0 - (dq + errs) / j->total;
	j->best.score = j->best.sim * job_factor(j, bs);
}

/* Runs the search for q; fills j->best. Returns 1 if the best is q at
 * the hint (KEPT). The quote there with its context intact ends the
 * search; with its context changed, an exact copy elsewhere whose context
 * agrees can still win (text inserted before an annotated repetition can
 * bring another repetition to the old offset). */
static int job_run(struct job *j)
{
	size_t lo, hi;

	j->total = (double)(j->m + j->lp + j->ls);
	j->radius = 4 * j->m > WINDOW_MIN ? 4 * j->m : WINDOW_MIN;
	if (j->m == 0)
		return 0;
	j->rare = rare_byte(j->q, j->m);
	if (j->hint <= j->len && j->len - j->hint >= j->m && memcmp(j->body + j->hint, j->q, j->m) == 0 &&
	    job_fits(j, j->hint)) {
		job_consider(j, j->hint, j->hint + j->m, 0);
		if (j->best.score >= 1.0)
			return 1;
	}
	job_exact_rings(j);
	/* The exact quote with its context intact is the passage, near or
	 * far; an approximate match is looked for only if it lost some. */
	if (!(j->best.found && j->best.sim >= 1.0)) {
		lo = j->hint > j->radius ? j->hint - j->radius : 0;
		hi = j->len - j->hint > j->m + j->radius ? j->hint + j->m + j->radius : j->len;
		job_fuzzy(j, lo, hi);
		if (!j->best.found && (lo > 0 || hi < j->len))
			job_fuzzy(j, 0, j->len);
		if (j->best.found && j->best.d > 0 && j->m <= MYERS_MAX && j->lp + j->ls > 0)
			job_refine(j);
	}
	return j->best.found && j->best.d == 0 && j->best.s == j->hint && j->best.e == j->hint + j->m;
}

static void job_free(struct job *j)
{
	if (j->have_ctx) {
		myers_free(&j->mpre);
		myers_free(&j->msuf);
	}
}

/* The outcome for a span: exact bytes of the quote or not. */
static enum anchor_outcome classify(const struct job *j, int at_hint)
{
	if (at_hint)
		return ANCHOR_KEPT;
	if (j->best.e - j->best.s == j->m && memcmp(j->body + j->best.s, j->q, j->m) == 0)
		return ANCHOR_MOVED;
	return ANCHOR_FUZZY;
}

/* A point (empty quote) is found by its context: prefix and suffix are
 * searched as one quote, and the point is where the prefix ends. */
static enum anchor_outcome locate_point(const struct anchor *a, const uint8_t *body, size_t len, size_t hint,
					size_t *at, double *score)
{
	size_t lp = a->prefix ? strlen(a->prefix) : 0, ls = a->suffix ? strlen(a->suffix) : 0;
	struct job j = { 0 };
	enum anchor_outcome o = ANCHOR_ORPHANED;
	uint8_t *both;
	int at_hint;

	if (lp + ls == 0) {
		/* Nothing to go by: only an empty body is the same place. */
		*score = len == 0 ? 1.0 : 0.0;
		return len == 0 ? ANCHOR_KEPT : ANCHOR_ORPHANED;
	}
	both = xmalloc(lp + ls + 1);
	if (lp)
		memcpy(both, a->prefix, lp);
	if (ls)
		memcpy(both + lp, a->suffix, ls);
	j.body = body;
	j.len = len;
	j.q = both;
	j.m = lp + ls;
	j.pre = j.suf = both;
	j.hint = hint > lp ? hint - lp : 0;
	j.point = 1;
	j.junction = lp;
	at_hint = job_run(&j);
	if (j.best.found) {
		size_t p = j.best.s + lp;
		o = classify(&j, at_hint && p == hint);
		if (o == ANCHOR_FUZZY && lp > 0) {
			/* Where the prefix ends inside the approximate match. */
			struct myers mp;
			size_t jb;
			myers_init(&mp, both, lp, 0);
			myers_anchored(&mp, body + j.best.s, j.best.e - j.best.s, 1, INT_MAX, &jb, NULL);
			myers_free(&mp);
			p = j.best.s + jb;
		} else if (o == ANCHOR_FUZZY) {
			p = j.best.s;
		}
		*at = snap_back(body, len, p);
		if (*at != p)   /* the context is there, the character it met is not */
			o = ANCHOR_FUZZY;
		*score = j.best.score;
	}
	job_free(&j);
	free(both);
	return o;
}

enum anchor_outcome anchor_locate(const struct anchor *a, const char *body, size_t len, size_t *start,
				  size_t *end, double *score)
{
	const uint8_t *b = (const uint8_t *)(body ? body : "");
	size_t s, e;
	struct job j = { 0 };
	enum anchor_outcome o = ANCHOR_ORPHANED;
	double sc = 0.0;
	int at_hint;

	if (!body)
		len = 0;
	s = a->start < len ? a->start : len;
	e = a->end < len ? a->end : len;
	if (e < s)
		e = s;
	s = snap_back(b, len, s);
	e = snap_forward(b, len, e);
	if (!a->quote || !*a->quote) {
		size_t at = s;
		o = locate_point(a, b, len, s, &at, &sc);
		s = e = at;
		goto out;
	}
	j.body = b;
	j.len = len;
	j.q = (const uint8_t *)a->quote;
	j.m = strlen(a->quote);
	j.pre = (const uint8_t *)(a->prefix ? a->prefix : "");
	j.suf = (const uint8_t *)(a->suffix ? a->suffix : "");
	j.lp = strlen((const char *)j.pre);
	j.ls = strlen((const char *)j.suf);
	j.hint = s;
	at_hint = job_run(&j);
	if (j.best.found) {
		o = classify(&j, at_hint);
		s = j.best.s;
		e = j.best.e;
		sc = j.best.score;
	}
	job_free(&j);
out:
	if (start)
		*start = s;
	if (end)
		*end = e;
	if (score)
		*score = sc > 1.0 ? 1.0 : sc < 0.0 ? 0.0 : sc;
	return o;
}

/* ----------------------------------------------------------- find quote */

static int is_space(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The end of a match of q at body[p] where a run of white space matches
 * any run, or 0. */
static size_t match_loose(const uint8_t *b, size_t len, size_t p, const uint8_t *q, size_t qn)
{
	size_t i = p, k = 0;

	while (k < qn) {
		if (is_space(q[k])) {
			if (i >= len || !is_space(b[i]))
				return 0;
			while (k < qn && is_space(q[k]))
				k++;
			while (i < len && is_space(b[i]))
				i++;
		} else {
			if (i >= len || b[i] != q[k])
				return 0;
			i++;
			k++;
		}
	}
	return i;
}

int anchor_find_quote(const char *body, size_t len, const char *quote, size_t *start, size_t *end)
{
	const uint8_t *b = (const uint8_t *)(body ? body : ""), *q = (const uint8_t *)quote, *p;
	size_t qn = quote ? strlen(quote) : 0, at, e, rare;

	if (!body)
		len = 0;

	while (qn && is_space(q[qn - 1]))
		qn--;
	/* A space that carries a combining mark is a character: kept. */
	while (qn && is_space(q[0]) && is_boundary(q, qn, 1)) {
		q++;
		qn--;
	}
	if (qn == 0)
		return -1;
	rare = rare_byte(q, qn);
	for (at = 0; at < len && (p = find_bytes(b + at, len - at, q, qn, rare)) != NULL; at = (size_t)(p - b) + 1) {
		size_t s = (size_t)(p - b);
		if (is_boundary(b, len, s) && is_boundary(b, len, s + qn)) {
			*start = s;
			*end = s + qn;
			return 0;
		}
	}
	for (at = 0; at < len && (p = memchr(b + at, q[0], len - at)) != NULL; at = (size_t)(p - b) + 1) {
		size_t s = (size_t)(p - b);
		if ((e = match_loose(b, len, s, q, qn)) != 0 && is_boundary(b, len, s) && is_boundary(b, len, e)) {
			*start = s;
			*end = e;
			return 0;
		}
	}
	return -1;
}
