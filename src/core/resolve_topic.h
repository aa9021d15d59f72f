/* resolve_topic.h: a reference's subject decides between papers of one
 * day (private to resolve.c). */
#ifndef DOSSIER_RESOLVE_TOPIC_H
#define DOSSIER_RESOLVE_TOPIC_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/store.h"

/* Of the papers ids (n of them), the one whose title and text hold
 * clearly more of the words of the subject phrase names ("about",
 * "regarding", "concerning"), or 0. Reads each paper once. */
int64_t resolve_topic_pick(struct store *s, const char *phrase, const int64_t *ids, size_t n);

#endif
