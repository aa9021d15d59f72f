/* doc.c: the normalised document and its notes. */
#include "dossier/doc.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[NOTE_KIND_COUNT] = {
	[NOTE_ALIAS] = "alias",
	[NOTE_TRANSLIT] = "transliteration",
	[NOTE_ORIGINAL] = "original",
	[NOTE_SUPPLIED] = "supplied",
	[NOTE_SIC] = "sic",
	[NOTE_ELISION] = "elision",
	[NOTE_PHYSICAL] = "physical",
	[NOTE_UNCERTAIN] = "uncertain",
	[NOTE_EDITOR] = "editor",
	[NOTE_FOOTNOTE] = "footnote",
};

const char *note_kind_name(enum note_kind k)
{
	return (unsigned)k < NOTE_KIND_COUNT ? kind_names[k] : "editor";
}

int note_kind_from_name(const char *name)
{
	for (int k = 0; k < NOTE_KIND_COUNT; k++)
		if (strcmp(kind_names[k], name) == 0)
			return k;
	return -1;
}

struct doc *doc_create(void)
{
	struct doc *d = xcalloc(1, sizeof *d);
	strv_init(&d->from);
	strv_init(&d->to);
	strv_init(&d->numbers);
	return d;
}

void doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	free(d->title);
	free(d->people_text);
	free(d->sources_json);
	free(d->date);
	free(d->date_text);
	free(d->kind);
	free(d->number);
	strv_free(&d->numbers);
	free(d->summary);
	free(d->source);
	free(d->language);
	free(d->translator);
	free(d->record_id);
	free(d->url);
	strv_free(&d->from);
	strv_free(&d->to);
	strv_free(&d->from_office);
	strv_free(&d->to_office);
	for (size_t i = 0; i < d->nsources; i++) {
		free(d->sources[i].field);
		free(d->sources[i].source);
		free(d->sources[i].evidence);
	}
	free(d->sources);
	free(d->body);
	for (size_t i = 0; i < d->nnotes; i++)
		free(d->notes[i].text);
	free(d->notes);
	for (size_t i = 0; i < d->naliases; i++) {
		free(d->aliases[i].name);
		free(d->aliases[i].canonical);
	}
	free(d->aliases);
	for (size_t i = 0; i < d->nrefs; i++) {
		free(d->refs[i].phrase);
		free(d->refs[i].target);
	}
	free(d->refs);
	for (size_t i = 0; i < d->npages; i++)
		free(d->pages[i].n);
	free(d->pages);
	free(d->volume_id);
	free(d->volume_title);
	free(d->doc_n);
	free(d->xml_id);
	free(d->place);
	free(d->place_ref);
	free(d->place_to);
	free(d->place_to_ref);
	free(d->date_edtf);
	for (size_t i = 0; i < d->nauthorities; i++) {
		free(d->authorities[i].name);
		free(d->authorities[i].uri);
	}
	free(d->authorities);
	free(d);
}

/* Arrays grow by doubling: when the count reaches a power of two (no
 * capacity field is needed), so adding n items is O(n). */
static int full(size_t n)
{
	return (n & (n - 1)) == 0;
}

#define GROW(arr, n) ((arr) = full(n) ? xreallocarray((arr), (n) ? (n) * 2 : 1, sizeof *(arr)) : (arr))

void doc_add_note(struct doc *d, size_t start, size_t end, enum note_kind kind, const char *text)
{
	GROW(d->notes, d->nnotes);
	d->notes[d->nnotes++] = (struct doc_note){ start, end, kind, xstrdup(text) };
}

void doc_add_alias(struct doc *d, const char *name, const char *canonical)
{
	for (size_t i = 0; i < d->naliases; i++)
		if (strcmp(d->aliases[i].name, name) == 0)
			return;
	GROW(d->aliases, d->naliases);
	d->aliases[d->naliases++] = (struct doc_alias){ xstrdup(name), xstrdup(canonical) };
}

void doc_add_authority(struct doc *d, const char *name, const char *uris)
{
	if (name == NULL || *name == '\0' || uris == NULL)
		return;
	for (const char *p = uris; *p;) {
		p += strspn(p, " \t\n\r");
		size_t n = strcspn(p, " \t\n\r");
		/* a pointer into the file ("#p_X") or a prefix ("gnd:...") names
		 * no authority anyone else can look up */
		if (n > 0 && (strncmp(p, "http://", 7) == 0 || strncmp(p, "https://", 8) == 0)) {
			char *uri = xstrndup(p, n);
			int seen = 0;
			for (size_t i = 0; i < d->nauthorities && !seen; i++)
				seen = strcmp(d->authorities[i].uri, uri) == 0 && strcmp(d->authorities[i].name, name) == 0;
			if (seen) {
				free(uri);
			} else {
				GROW(d->authorities, d->nauthorities);
				d->authorities[d->nauthorities++] = (struct doc_authority){ xstrdup(name), uri };
			}
		}
		p += n;
	}
}

void doc_set(char **field, const char *value)
{
	free(*field);
	*field = value ? xstrdup(value) : NULL;
}

void doc_add_ref(struct doc *d, size_t start, size_t end, const char *phrase, const char *target)
{
	GROW(d->refs, d->nrefs);
	d->refs[d->nrefs++] = (struct doc_ref){ start, end, xstrdup(phrase), target ? xstrdup(target) : NULL };
}

void doc_add_page(struct doc *d, size_t offset, const char *n)
{
	GROW(d->pages, d->npages);
	d->pages[d->npages++] = (struct doc_page){ offset, xstrdup(n) };
}

char *doc_edition_label(const struct doc *d)
{
	if (d->volume_id == NULL && d->volume_title == NULL)
		return NULL;
	static const char frus[] = "Foreign Relations of the United States";
	const char *t = d->volume_title && *d->volume_title ? d->volume_title : d->volume_id;
	struct buf b;
	buf_init(&b);
	if (strncmp(t, frus, sizeof frus - 1) == 0) {
		/* Historians cite it as "FRUS 1894, Nicaragua". */
		t += sizeof frus - 1;
		while (*t == ',' || *t == ' ')
			t++;
		buf_printf(&b, "FRUS %s", t);
	} else {
		buf_adds(&b, t);
	}
	if (d->doc_n && *d->doc_n)
		buf_printf(&b, ", doc %s", d->doc_n);
	return buf_detach(&b);
}

void doc_set_source(struct doc *d, const char *field, const char *source, const char *evidence)
{
	struct doc_source *s = (struct doc_source *)doc_source_of(d, field);
	if (s == NULL) {
		d->sources = xreallocarray(d->sources, d->nsources + 1, sizeof *d->sources);
		s = &d->sources[d->nsources++];
		s->field = xstrdup(field);
	} else {
		free(s->source);
		free(s->evidence);
	}
	s->source = xstrdup(source);
	s->evidence = evidence ? xstrdup(evidence) : NULL;
}

const struct doc_source *doc_source_of(const struct doc *d, const char *field)
{
	for (size_t i = 0; i < d->nsources; i++)
		if (strcmp(d->sources[i].field, field) == 0)
			return &d->sources[i];
	return NULL;
}

void doc_add_party(struct doc *d, char role, const char *name, const char *office)
{
	struct strv *names = role == 'f' ? &d->from : &d->to;
	struct strv *offices = role == 'f' ? &d->from_office : &d->to_office;
	while (offices->n < names->n)
		strv_push(offices, "");
	for (size_t i = 0; i < names->n; i++) {
		if (strcmp(names->v[i], name) == 0) {
			if (office != NULL && offices->v[i][0] == '\0') {
				free(offices->v[i]);
				offices->v[i] = xstrdup(office);
			}
			return;
		}
	}
	strv_push(names, name);
	strv_push(offices, office ? office : "");
}
