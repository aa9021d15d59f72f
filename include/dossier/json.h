/* json.h: a small streaming JSON writer for the scriptable commands. */
#ifndef DOSSIER_JSON_H
#define DOSSIER_JSON_H

#include <stdint.h>
#include <stdio.h>

#include "dossier/util.h"

struct json {
	FILE *f;
	int depth;
	int first[32];          /* no member written yet at this depth */
	int after_key;
};

void json_init(struct json *j, FILE *f);
void json_object_begin(struct json *j);
void json_object_end(struct json *j);
void json_array_begin(struct json *j);
void json_array_end(struct json *j);
void json_key(struct json *j, const char *key);
/* A string, or null for NULL. */
void json_string(struct json *j, const char *s);
void json_int(struct json *j, int64_t v);
void json_double(struct json *j, double v);
void json_bool(struct json *j, int v);
void json_strv(struct json *j, const struct strv *v);

#endif
