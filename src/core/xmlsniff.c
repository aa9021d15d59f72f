/* xmlsniff.c: the root element of an XML file from its first bytes (see
 * xmlsniff.h). */
#include "dossier/xmlsniff.h"

#include <string.h>

#include "dossier/util.h"

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The end of the markup that opens at p (<?...?>, <!--...-->, <!DOCTYPE
 * with its internal subset), or NULL if it is not closed. */
static const char *skip_markup(const char *p, const char *end)
{
	const char *close = p[1] == '?' ? "?>" : (end - p >= 4 && memcmp(p, "<!--", 4) == 0) ? "-->" : NULL;
	if (close) {
		size_t n = strlen(close);
		for (const char *q = p + 2; q + n <= end; q++)
			if (memcmp(q, close, n) == 0)
				return q + n;
		return NULL;
	}
	int depth = 0;
	for (const char *q = p + 2; q < end; q++) {
		if (*q == '[')
			depth++;
		else if (*q == ']')
			depth--;
		else if (*q == '>' && depth <= 0)
			return q + 1;
	}
	return NULL;
}

const char *xmlsniff_root(const char *text, size_t len, size_t *taglen)
{
	const char *p = text, *end = text + len;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	for (;;) {
		while (p < end && is_space(*p))
			p++;
		if (end - p < 2 || *p != '<')
			return NULL;
		if (p[1] != '?' && p[1] != '!')
			break;
		if ((p = skip_markup(p, end)) == NULL)
			return NULL;
	}
	const char *gt = memchr(p, '>', (size_t)(end - p));
	if (gt == NULL)
		return NULL;
	*taglen = (size_t)(gt - p);
	return p;
}

/* The name in a start tag of taglen bytes at tag. */
static size_t name_len(const char *tag, size_t taglen)
{
	size_t n = 1;
	while (n < taglen && !is_space(tag[n]) && tag[n] != '/' && n < 64)
		n++;
	return n - 1;
}

char *xmlsniff_root_name(const char *text, size_t len)
{
	size_t tl;
	const char *tag = xmlsniff_root(text, len, &tl);
	size_t n = tag ? name_len(tag, tl) : 0;
	return n ? xstrndup(tag + 1, n) : NULL;
}

int xmlsniff_root_is(const char *text, size_t len, const char *name, const char *ns)
{
	size_t tl;
	const char *tag = xmlsniff_root(text, len, &tl);
	if (tag == NULL)
		return 0;
	size_t n = name_len(tag, tl);
	const char *local = tag + 1;
	const char *colon = memchr(local, ':', n);
	if (colon) {
		n -= (size_t)(colon + 1 - local);
		local = colon + 1;
	}
	if (n != strlen(name) || memcmp(local, name, n) != 0)
		return 0;
	size_t k = strlen(ns);
	for (const char *p = tag; p + k <= tag + tl; p++)
		if (memcmp(p, ns, k) == 0)
			return 1;
	return 0;
}

int xmlsniff_declares_entities(const char *text, size_t len)
{
	size_t tl;
	const char *root = xmlsniff_root(text, len, &tl);
	size_t head = root ? (size_t)(root - text) : len;
	for (size_t i = 0; i + 8 <= head; i++)
		if (memcmp(text + i, "<!ENTITY", 8) == 0)
			return 1;
	return 0;
}
