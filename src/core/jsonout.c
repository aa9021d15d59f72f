/* jsonout.c: streaming JSON with correct string escaping. */
#include "dossier/jsonout.h"

#include <math.h>
#include <string.h>
#include <unistr.h>

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

/* A string as JSON that any reader takes: controls escaped, C1 ones
 * (U+0080-U+009F, CSI to some terminals) and U+2028/9 (line ends to
 * JavaScript) too, and a byte that is not UTF-8 (a file's name can be
 * anything) as U+FFFD, so the output is always valid JSON. */
static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	const uint8_t *p = (const uint8_t *)s, *end = p + strlen(s);
	while (p < end) {
		/* a run of what needs no escape in one write, not a call
		 * into stdio for each character */
		const uint8_t *run = p;
		while (p < end && *p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\')
			p++;
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), f);
		if (p == end)
			break;
		switch (*p) {
		case '"':
			fputs("\\\"", f);
			p++;
			continue;
		case '\\':
			fputs("\\\\", f);
			p++;
			continue;
		case '\n':
			fputs("\\n", f);
			p++;
			continue;
		case '\t':
			fputs("\\t", f);
			p++;
			continue;
		case '\r':
			fputs("\\r", f);
			p++;
			continue;
		}
		if (*p < 0x80) {
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
			p++;
			continue;
		}
		ucs4_t c;
		int l = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (l < 0) {
			fputs("\\ufffd", f);
			p++;
		} else {
			if (c < 0xa0 || c == 0x2028 || c == 0x2029)
				fprintf(f, "\\u%04x", (unsigned)c);
			else
				fwrite(p, 1, (size_t)l, f);
			p += l;
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
