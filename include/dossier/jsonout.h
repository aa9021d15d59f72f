/* jsonout.h: a small streaming JSON writer for the scriptable commands and
 * the annotation export. Named apart from jansson (json_string, json_int...),
 * which reads JSON in the same files. */
#ifndef DOSSIER_JSONOUT_H
#define DOSSIER_JSONOUT_H

#include <stdint.h>
#include <stdio.h>

#include "dossier/util.h"

struct jsonout {
	FILE *f;
	int depth;
	int first[32];          /* no member written yet at this depth */
	int after_key;
};

void jsonout_init(struct jsonout *j, FILE *f);
void jsonout_object_begin(struct jsonout *j);
void jsonout_object_end(struct jsonout *j);
void jsonout_array_begin(struct jsonout *j);
void jsonout_array_end(struct jsonout *j);
void jsonout_key(struct jsonout *j, const char *key);
/* A string, or null for NULL. */
void jsonout_string(struct jsonout *j, const char *s);
void jsonout_int(struct jsonout *j, int64_t v);
void jsonout_double(struct jsonout *j, double v);
void jsonout_bool(struct jsonout *j, int v);
void jsonout_strv(struct jsonout *j, const struct strv *v);

#endif
