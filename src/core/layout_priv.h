/* layout_priv.h: for tests of layout.c only. */
#ifndef DOSSIER_LAYOUT_PRIV_H
#define DOSSIER_LAYOUT_PRIV_H

#include <stddef.h>

/* The size of the parts a long body is laid out in, for the layouts made
 * from now on (0: the default, 256 KiB). A body of up to twice the size is
 * one part: SIZE_MAX / 4 lays any body out whole. */
void layout_part_bytes(size_t n);

#endif
