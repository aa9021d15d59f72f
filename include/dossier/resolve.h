/* resolve.h: pointing references at the documents they name. An explicit
 * target (an edition's link) or an exact number wins; otherwise the
 * candidates of the right date are scored on kind and correspondents, and
 * the best above a threshold, clearly ahead of the next, is the target;
 * so is the only candidate of that day that nothing speaks against, even
 * when its kind is unknown (a bare letter). The kind of such a bare
 * document is then known from what the reference called it, and counts
 * for the other references to that day. The others stay as alternatives;
 * a reference without a clear winner stays unresolved and visible as
 * such. */
#ifndef DOSSIER_RESOLVE_H
#define DOSSIER_RESOLVE_H

#include <stddef.h>

#include "dossier/store.h"

struct resolve_stats {
	size_t looked;          /* references looked at */
	size_t resolved;        /* of those, now with a target */
	size_t changed;         /* whose target or candidates changed */
	double seconds;         /* how long it took */
};

/* Resolves the references pending in the library (those unresolved, and
 * all of the documents imported since the last run), in one transaction. */
int resolve_pending(struct store *s, struct resolve_stats *stats, char **cause);
/* Resolves one automatic reference (ref_id, of document doc) against the
 * library, in one transaction: what the reader's "automatic again" needs,
 * without walking every pending reference. */
int resolve_ref(struct store *s, int64_t doc, int64_t ref_id, struct resolve_stats *stats, char **cause);

/* The score a reference must reach to be given a target. */
#define RESOLVE_THRESHOLD 0.7
/* How far ahead of the next candidate the best must be: a tie is left to
 * the reader rather than guessed. */
#define RESOLVE_MARGIN 0.2
/* The score of a candidate nothing speaks against: one of unknown kind
 * (a bare letter) of the day named. The only such candidate is the
 * target even below the threshold. */
#define RESOLVE_PLAUSIBLE 0.6
/* What a document of unknown kind scores for the kind named. */
#define RESOLVE_KIND_UNKNOWN 0.15

#endif
