/* header_prop.c: the header reader's proposals (see header_priv.h): each
 * reading of a page says what it found for a field, with its weight, the
 * source that says it and the line it was read from; header.c chooses. */
#include <stdlib.h>
#include <string.h>

#include "header_priv.h"
#include "dossier/names.h"

struct hprop *hprop_add(struct hreader *r, enum hfield f, int weight, const char *source, struct slice evidence)
{
	if (r->nprops == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->props = xreallocarray(r->props, r->cap, sizeof *r->props);
	}
	struct hprop *p = &r->props[r->nprops++];
	memset(p, 0, sizeof *p);
	p->field = f;
	p->weight = weight;
	p->source = source;
	if (evidence.n > 0)
		p->evidence = xstrndup(evidence.p, evidence.n > 300 ? 300 : evidence.n);
	return p;
}

void hprop_value(struct hprop *p, struct slice v)
{
	free(p->value);
	p->value = sl_dup(sl_trim(v));
}

/* A copy of s with each run of spaces and tabs one space: a page's spacing
 * ("Committee of the   Communist Party") is its layout, not the name's. */
static char *party_spaced(const char *s)
{
	char *out = xstrdup(s), *w = out;
	for (const char *c = s; *c != '\0'; c++)
		if (!((*c == ' ' || *c == '\t') && w > out && w[-1] == ' '))
			*w++ = *c == '\t' ? ' ' : *c;
	*w = '\0';
	return out;
}

void hprop_party(struct hprop *p, const char *name, const char *office)
{
	/* a header's value run on into its text is no party */
	if (party_prose(sl_cstr(name)))
		return;
	char *n = party_spaced(name);
	for (size_t i = 0; i < p->nparties; i++)
		if (strcmp(p->parties[i].name, n) == 0) {
			free(n);
			return;
		}
	p->parties = xreallocarray(p->parties, p->nparties + 1, sizeof *p->parties);
	p->parties[p->nparties++] = (struct hparty){ n, office && *office ? party_spaced(office) : NULL };
}

void hprop_text(struct hreader *r, enum hfield f, int weight, const char *source, struct slice v, struct slice evidence)
{
	v = sl_trim(v);
	if (v.n == 0)
		return;
	hprop_value(hprop_add(r, f, weight, source, evidence), v);
}

void hprop_date(struct hreader *r, int weight, const char *source, const struct date_val *v, struct slice printed,
		struct slice evidence)
{
	char iso[11];
	date_iso(v, iso);
	if (iso[0] == '\0')
		return;
	struct hprop *p = hprop_add(r, HF_DATE, weight, source, evidence);
	p->value = xstrdup(iso);
	p->printed = sl_dup(sl_trim(printed));
}

const struct hprop *hprop_best(const struct hreader *r, enum hfield f)
{
	const struct hprop *best = NULL;
	for (size_t i = 0; i < r->nprops; i++)
		if (r->props[i].field == f && (best == NULL || r->props[i].weight > best->weight))
			best = &r->props[i];
	return best;
}

int hprop_has(const struct hreader *r, enum hfield f, int w)
{
	const struct hprop *b = hprop_best(r, f);
	return b != NULL && b->weight >= w;
}

void hprop_free(struct hprop *p)
{
	free(p->folded);
	free(p->value);
	free(p->printed);
	free(p->evidence);
	for (size_t i = 0; i < p->nparties; i++) {
		free(p->parties[i].name);
		free(p->parties[i].office);
	}
	free(p->parties);
}
