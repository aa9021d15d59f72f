/* export.c: the exporter's life (create, add, finish) and what the
 * formats share: the letter test, the edition's description, keys. */
#include "dossier/export.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

#include "export_priv.h"

static const char *const format_names[EXPORT_FORMAT_COUNT] = {
	[EXPORT_CSL_JSON] = "csl-json",
	[EXPORT_RIS] = "ris",
	[EXPORT_BIBTEX] = "bibtex",
	[EXPORT_CMIF] = "cmif",
};

static const struct export_ops *const format_ops[EXPORT_FORMAT_COUNT] = {
	[EXPORT_CSL_JSON] = &export_csl_ops,
	[EXPORT_RIS] = &export_ris_ops,
	[EXPORT_BIBTEX] = &export_bibtex_ops,
	[EXPORT_CMIF] = &export_cmif_ops,
};

const char *export_format_name(enum export_format fmt)
{
	return (unsigned)fmt < EXPORT_FORMAT_COUNT ? format_names[fmt] : "csl-json";
}

int export_format_from_name(const char *name)
{
	for (int i = 0; i < EXPORT_FORMAT_COUNT; i++)
		if (name && strcmp(name, format_names[i]) == 0)
			return i;
	return -1;
}

struct exporter *export_create(FILE *f, enum export_format fmt, const struct export_opts *opts)
{
	struct exporter *e = xcalloc(1, sizeof *e);
	e->f = f;
	e->fmt = (unsigned)fmt < EXPORT_FORMAT_COUNT ? fmt : EXPORT_CSL_JSON;
	e->ops = format_ops[e->fmt];
	if (opts) {
		e->title = cite_clean(opts->title);
		e->editor = cite_clean(opts->editor);
		e->publisher = cite_clean(opts->publisher);
		e->url = cite_clean(opts->url);
		e->date = cite_clean(opts->date);
		e->cc0 = opts->cc0;
	}
	if (e->ops->begin)
		e->ops->begin(e);
	return e;
}

int export_add(struct exporter *e, const struct cite *c, char **cause)
{
	int rc = e->ops->add(e, c, cause);
	if (rc == 0)
		e->n++;
	return rc;
}

int export_finish(struct exporter *e, char **cause)
{
	if (e->ops->finish && e->ops->finish(e, cause) != 0)
		return -1;
	if (fflush(e->f) != 0 || ferror(e->f)) {
		*cause = xasprintf("cannot write the export: %s", strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

void export_free(struct exporter *e)
{
	if (e == NULL)
		return;
	if (e->ops->free)
		e->ops->free(e);
	free(e->title);
	free(e->editor);
	free(e->publisher);
	free(e->url);
	free(e->date);
	free(e->keys);
	free(e);
}

char *export_string(enum export_format fmt, struct cite *const *v, size_t n, const struct export_opts *opts,
		    char **cause)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (f == NULL) {
		*cause = xasprintf("cannot open a memory stream: %s", strerror(errno));
		return NULL;
	}
	struct exporter *e = export_create(f, fmt, opts);
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = export_add(e, v[i], cause);
	if (rc == 0)
		rc = export_finish(e, cause);
	export_free(e);
	fclose(f);
	if (rc != 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* ---------------------------------------------------------------- shared */

static int present(const char *s)
{
	char *c = cite_clean(s);
	int r = c != NULL;
	free(c);
	return r;
}

int export_is_letter(const struct cite *c)
{
	return c->to.n > 0;
}

int export_has_edition(const struct cite *c)
{
	return present(c->series) || present(c->volume_title);
}

const char *export_number(const struct cite *c)
{
	return export_has_edition(c) && c->doc_n ? c->doc_n : c->number;
}

char *export_volume(const struct cite *c)
{
	char *v = cite_volume_arabic(c->volume);
	return v ? v : cite_clean(c->volume);
}

static void add_part(struct buf *b, const char *sep, const char *prefix, const char *s)
{
	char *c = cite_clean(s);
	if (c == NULL)
		return;
	if (b->len)
		buf_adds(b, sep);
	buf_adds(b, prefix);
	buf_adds(b, c);
	free(c);
}

static void add_names(struct buf *b, const char *prefix, const struct strv *names)
{
	struct buf n;
	buf_init(&n);
	for (size_t i = 0; i < names->n; i++)
		add_part(&n, i + 1 == names->n ? " and " : ", ", "", names->v[i]);
	if (n.len)
		add_part(b, ", ", prefix, n.data);
	buf_free(&n);
}

char *export_source_line(const struct cite *c)
{
	struct buf b;
	buf_init(&b);
	if (export_has_edition(c)) {
		add_part(&b, ", ", "", c->series);
		char *roman = cite_volume_roman(c->volume);
		add_part(&b, ", ", "Volume ", roman ? roman : c->volume);
		free(roman);
		add_part(&b, ", ", "", c->volume_title);
		add_names(&b, "ed. ", &c->editors);
		struct buf imp;
		buf_init(&imp);
		add_part(&imp, "", "", c->pub_place);
		add_part(&imp, ": ", "", c->publisher);
		add_part(&imp, ", ", "", c->pub_year);
		if (imp.len)
			buf_printf(&b, " (%s)", imp.data);
		buf_free(&imp);
	} else {
		add_part(&b, ", ", "", c->archive);
		add_part(&b, ", ", "", c->archive_place);
	}
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

char **export_names(const struct cite_people *p)
{
	char **v = xcalloc(p->n + 1, sizeof *v);
	for (size_t i = 0; i < p->n; i++)
		v[i] = p->v[i].name;
	return v;
}

int export_key_seen(struct exporter *e, const char *key)
{
	uint64_t h = hash_fnv1a64(key, strlen(key));
	if (h == 0)
		h = 1; /* 0 marks an empty slot */
	if (2 * (e->nkeys + 1) > e->capkeys) {
		size_t cap = e->capkeys ? 2 * e->capkeys : 64;
		uint64_t *t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < e->capkeys; i++) {
			if (e->keys[i] == 0)
				continue;
			size_t j = e->keys[i] & (cap - 1);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = e->keys[i];
		}
		free(e->keys);
		e->keys = t;
		e->capkeys = cap;
	}
	size_t j = h & (e->capkeys - 1);
	while (e->keys[j]) {
		if (e->keys[j] == h)
			return 1;
		j = (j + 1) & (e->capkeys - 1);
	}
	e->keys[j] = h;
	e->nkeys++;
	return 0;
}

/* ASCII letters of s, lowercase, accents dropped ("Zhōu" -> "zhou"). */
static char *ascii_word(const char *s, size_t max)
{
	size_t n = 0;
	uint8_t *nfd = s ? u8_normalize(UNINORM_NFD, (const uint8_t *)s, strlen(s), NULL, &n) : NULL;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; nfd && i < n && b.len < max; i++)
		if (isalpha(nfd[i]) && nfd[i] < 0x80)
			buf_addc(&b, (char)tolower(nfd[i]));
	free(nfd);
	return buf_detach(&b);
}

char *export_bibtex_key(const struct cite *c)
{
	char *name = NULL;
	if (c->from.n) {
		char *fam, *giv;
		if (cite_name_split(c->from.v[0].name, &fam, &giv)) {
			name = ascii_word(fam, 24);
			free(fam);
			free(giv);
		} else {
			/* a name kept whole: its first word ("Kim Il Sung" -> kim) */
			char *w = cite_clean(c->from.v[0].name);
			if (w) {
				char *sp = strchr(w, ' ');
				if (sp)
					*sp = '\0';
			}
			name = ascii_word(w, 24);
			free(w);
		}
	}
	if (name == NULL || *name == '\0') {
		free(name);
		name = ascii_word(c->title, 12);
	}
	if (*name == '\0') {
		free(name);
		name = xstrdup("doc");
	}
	struct cite_date d;
	char year[8] = "nd";
	if (cite_date_parse(c->date, &d) == 0)
		snprintf(year, sizeof year, "%04d", d.y1 ? d.y1 : d.y2);
	/* the id decides the suffix: the same document, the same key */
	const char *id = c->id ? c->id : c->title ? c->title : "";
	uint64_t h = hash_fnv1a64(id, strlen(id));
	char *key = xasprintf("%s%s-%06x", name, year, (unsigned)(h & 0xffffff));
	free(name);
	return key;
}
