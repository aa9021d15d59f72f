/* jsonout.c: streaming JSON with correct string escaping. */
#include "dossier/jsonout.h"

#include <math.h>

void jsonout_init(struct jsonout *j, FILE *f)
{
	j->f = f;
	j->depth = 0;
	j->first[0] = 1;
	j->after_key = 0;
}

/* Writes the comma that separates values, unless this follows a key. */
static void sep(struct jsonout *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (!j->first[j->depth])
		fputc(',', j->f);
	j->first[j->depth] = 0;
}

static void open(struct jsonout *j, char c)
{
	sep(j);
	fputc(c, j->f);
	if (j->depth < 31)
		j->depth++;
	j->first[j->depth] = 1;
}

static void close_(struct jsonout *j, char c)
{
	fputc(c, j->f);
	if (j->depth > 0)
		j->depth--;
	if (j->depth == 0)
		fputc('\n', j->f);
}

void jsonout_object_begin(struct jsonout *j)
{
	open(j, '{');
}

void jsonout_object_end(struct jsonout *j)
{
	close_(j, '}');
}

void jsonout_array_begin(struct jsonout *j)
{
	open(j, '[');
}

void jsonout_array_end(struct jsonout *j)
{
	close_(j, ']');
}

static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
		}
	}
	fputc('"', f);
}

void jsonout_key(struct jsonout *j, const char *key)
{
	sep(j);
	put_string(j->f, key);
	fputc(':', j->f);
	j->after_key = 1;
}

void jsonout_string(struct jsonout *j, const char *s)
{
	sep(j);
	if (s)
		put_string(j->f, s);
	else
		fputs("null", j->f);
}

void jsonout_int(struct jsonout *j, int64_t v)
{
	sep(j);
	fprintf(j->f, "%lld", (long long)v);
}

void jsonout_double(struct jsonout *j, double v)
{
	sep(j);
	if (isfinite(v))
		fprintf(j->f, "%.6g", v);
	else
		fputs("null", j->f);
}

void jsonout_bool(struct jsonout *j, int v)
{
	sep(j);
	fputs(v ? "true" : "false", j->f);
}

void jsonout_strv(struct jsonout *j, const struct strv *v)
{
	jsonout_array_begin(j);
	for (size_t i = 0; i < v->n; i++)
		jsonout_string(j, v->v[i]);
	jsonout_array_end(j);
}
