/* anchor.h: where a reader's annotation sits in a document's text, kept
 * the way the W3C Web Annotation model keeps it (a TextPositionSelector and
 * a TextQuoteSelector together), and found again when the text changes.
 *
 * Pure: no store, no terminal. Offsets are bytes into a UTF-8 body, always
 * on character boundaries, where a character is a grapheme cluster (a base
 * and its combining marks are never split). */
#ifndef DOSSIER_ANCHOR_H
#define DOSSIER_ANCHOR_H

#include <stddef.h>

/* Code points of context kept on each side of the quote (fewer when the
 * last would split a character). */
#define ANCHOR_CONTEXT 32

/* anchor_make fills one; a caller may also fill one from storage (any of
 * the strings NULL reads as empty) for anchor_locate, which only reads. */
struct anchor {
	size_t start, end;      /* the passage [start, end): the position, a hint */
	char *quote;            /* the passage's text: the truth */
	char *prefix, *suffix;  /* the text just before and after it */
};

/* Fills *a (allocating its strings) for the passage [start, end) of body.
 * Offsets past len are clamped, start > end swapped, then start snapped
 * back and end forward to character boundaries, so the quote holds whole
 * characters. An empty passage (start == end) is a point: its context is
 * all there is to find it by. */
void anchor_make(const char *body, size_t len, size_t start, size_t end, struct anchor *a);
/* Frees the strings of *a and zeroes it; a zeroed anchor is a no-op. */
void anchor_clear(struct anchor *a);

enum anchor_outcome {
	ANCHOR_KEPT,            /* the quote is still at its old position */
	ANCHOR_MOVED,           /* the exact quote, elsewhere */
	ANCHOR_FUZZY,           /* an approximate match of quote and context */
	ANCHOR_ORPHANED         /* not found: keep it, at its old position */
};

/* "kept", "moved", "fuzzy", "orphaned". */
const char *anchor_outcome_name(enum anchor_outcome o);

/* Finds a's passage in body (which may have changed since a was made) and
 * sets *start <= *end <= len on character boundaries, and *score in 0..1
 * (1: quote and context as they were, at the old place). The quote is the
 * truth, the offsets a hint: they may be anything, even past len.
 *
 *   KEPT      the exact quote at the old start.
 *   MOVED     the exact quote elsewhere: among several, the one whose
 *             context agrees best, then the nearest. One whose context
 *             disagrees so much that quote and context together are less
 *             than half the same is a coincidence, not taken.
 *   FUZZY     an approximate match (Myers' bit-parallel algorithm) with at
 *             most a quarter of the quote's bytes edited, and quote and
 *             context together at least 75% the same.
 *   ORPHANED  none of these: the old offsets (clamped to len), score 0.
 *
 * The neighbourhood of the old position is searched first, the whole body
 * only when nothing acceptable is near. A quote of 1-3 bytes is only found
 * exactly. An empty quote (a point) is found by its context. Any of start,
 * end, score may be NULL. */
enum anchor_outcome anchor_locate(const struct anchor *a, const char *body, size_t len, size_t *start,
				  size_t *end, double *score);

/* The first occurrence of quote in body that starts and ends on character
 * boundaries: exactly, or failing that with any run of white space in the
 * quote standing for any run in the body (a quote typed on one line, a
 * body wrapped over several); the quote's own leading and trailing white
 * space is ignored. Returns 0 with [*start, *end), or -1 (also for an
 * empty quote). */
int anchor_find_quote(const char *body, size_t len, const char *quote, size_t *start, size_t *end);

#endif
