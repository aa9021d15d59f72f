/* export_ris.c: RIS, the tagged format every reference manager reads,
 * with the tags Zotero writes for its letters and manuscripts. */
#include <stdlib.h>
#include <string.h>

#include "export_priv.h"

/* "TI  - value" with a CRLF, as RIS has it; nothing for an empty value. */
static void tag(FILE *f, const char *t, const char *value)
{
	char *c = cite_clean(value);
	if (c)
		fprintf(f, "%s  - %s\r\n", t, c);
	free(c);
}

/* A person as RIS wants: "Family, Given", or the name kept whole. */
static void name_tag(FILE *f, const char *t, const char *name)
{
	char *fam, *giv;
	if (cite_name_split(name, &fam, &giv)) {
		char *s = xasprintf("%s, %s", fam, giv);
		tag(f, t, s);
		free(s);
		free(fam);
		free(giv);
	} else {
		tag(f, t, name);
	}
}

static void people_tags(FILE *f, const char *t, const struct cite_people *p)
{
	for (size_t i = 0; i < p->n; i++)
		name_tag(f, t, p->v[i].name);
}

static void strv_tags(FILE *f, const char *t, const struct strv *s)
{
	for (size_t i = 0; i < s->n; i++)
		name_tag(f, t, s->v[i]);
}

/* DA: YYYY/MM/DD/other (empty parts kept), the rest of an uncertain date
 * or a range in "other". */
static void date_tags(FILE *f, const char *edtf)
{
	struct cite_date v;
	if (cite_date_parse(edtf, &v) != 0)
		return;
	char da[64];
	int plain = !(v.range || v.open_start || v.open_end || v.uncertain || v.approximate);
	snprintf(da, sizeof da, "%04d/", v.y1);
	if (v.m1)
		snprintf(da + strlen(da), sizeof da - strlen(da), "%02d", v.m1);
	strcat(da, "/");
	if (v.d1)
		snprintf(da + strlen(da), sizeof da - strlen(da), "%02d", v.d1);
	strcat(da, "/");
	char *other = plain ? NULL : cite_date_words(edtf);
	char *s = xasprintf("%s%s", da, other ? other : "");
	tag(f, "DA", s);
	free(s);
	free(other);
	char py[8];
	snprintf(py, sizeof py, "%04d", v.y1);
	tag(f, "PY", py);
}

static int ris_add(struct exporter *e, const struct cite *c, char **cause)
{
	(void)cause;
	FILE *f = e->f;
	fprintf(f, "TY  - %s\r\n", export_is_letter(c) ? "PCOMM" : "MANSCPT");
	tag(f, "ID", c->id);
	tag(f, "TI", c->title);
	people_tags(f, "AU", &c->from);
	people_tags(f, "A2", &c->to);
	strv_tags(f, "A3", &c->series_editors);
	if (c->translator)
		name_tag(f, "A4", c->translator);
	strv_tags(f, "ED", &c->editors);
	date_tags(f, c->date);
	tag(f, "M3", c->kind);
	tag(f, "DB", c->archive);
	tag(f, "AN", c->archive_location);
	tag(f, "AV", c->archive_place);
	if (export_has_edition(c)) {
		tag(f, "T2", c->series ? c->series : c->volume_title);
		if (c->series)
			tag(f, "T3", c->volume_title);
		char *vol = export_volume(c);
		tag(f, "VL", vol);
		free(vol);
		tag(f, "CY", c->pub_place);
		tag(f, "PB", c->publisher);
	}
	tag(f, "M1", export_number(c));
	tag(f, "LA", c->language);
	tag(f, "UR", c->url);
	tag(f, "N1", c->note);
	fputs("ER  - \r\n\r\n", f);
	return 0;
}

const struct export_ops export_ris_ops = { NULL, ris_add, NULL, NULL };
