/* spans.c: what is marked in the open document's text: its references
 * and backlinks, the reader's annotations, the selection, the hits; the
 * cursor among them and the byte under a cell. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "dossier/app_notes.h"
#include "dossier/util.h"
#include "mode.h"

#define SPANS_MAX 256

static void ref_free(struct app_ref *r)
{
	free(r->phrase);
	free(r->target_title);
	free(r->target_date);
	free(r->cands);
}

static void backlink_free(struct app_backlink *b)
{
	free(b->phrase);
	free(b->title);
	free(b->date);
}

void app_refs_clear(struct app *a)
{
	for (size_t i = 0; i < a->nrefs; i++)
		ref_free(&a->refs[i]);
	free(a->refs);
	a->refs = NULL;
	a->nrefs = 0;
	a->ref = SIZE_MAX;
	for (size_t i = 0; i < a->nbacklinks; i++)
		backlink_free(&a->backlinks[i]);
	free(a->backlinks);
	a->backlinks = NULL;
	a->nbacklinks = 0;
	a->side_sel = SIZE_MAX;
}

/* Parses "12 34" (or "12,34") into ids, leaving out skip. */
static size_t parse_cands(const char *s, int64_t skip, int64_t **out)
{
	size_t n = 0;
	*out = NULL;
	for (const char *p = s; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p) {
			p++;
			continue;
		}
		p = end;
		if (v <= 0 || v == skip)
			continue;
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = v;
	}
	return n;
}

/* The references being read into the app. */
struct ref_load {
	struct app *a;
	size_t refs_cap, back_cap;
};

static int ref_out_cb(const struct store_ref *r, void *arg)
{
	struct ref_load *l = arg;
	struct app *a = l->a;
	if (r->start >= r->end || r->end > a->doc->doc->body_len)
		return 0; /* a span the text no longer has */
	if (a->nrefs == l->refs_cap) {
		l->refs_cap = l->refs_cap ? l->refs_cap * 2 : 16;
		a->refs = xreallocarray(a->refs, l->refs_cap, sizeof *a->refs);
	}
	struct app_ref *x = &a->refs[a->nrefs++];
	memset(x, 0, sizeof *x);
	x->id = r->id;
	x->start = r->start;
	x->end = r->end;
	x->phrase = xstrdup(r->phrase ? r->phrase : "");
	x->target = r->target;
	int dismissed = r->origin && strcmp(r->origin, "dismissed") == 0;
	int manual = r->origin && strcmp(r->origin, "manual") == 0;
	x->state = dismissed ? APP_REF_DISMISSED
		   : r->target ? (manual ? APP_REF_MANUAL : APP_REF_RESOLVED)
			       : APP_REF_UNRESOLVED;
	if (x->target) {
		x->target_title = app_title(r->target_title, r->target_path, r->target);
		x->target_date = r->target_date && *r->target_date ? xstrdup(r->target_date) : NULL;
	}
	x->ncands = parse_cands(r->candidates, r->target, &x->cands);
	return 0;
}

static int ref_in_cb(const struct store_ref *r, void *arg)
{
	struct ref_load *l = arg;
	struct app *a = l->a;
	if (a->nbacklinks == l->back_cap) {
		l->back_cap = l->back_cap ? l->back_cap * 2 : 16;
		a->backlinks = xreallocarray(a->backlinks, l->back_cap, sizeof *a->backlinks);
	}
	struct app_backlink *b = &a->backlinks[a->nbacklinks++];
	memset(b, 0, sizeof *b);
	b->ref_id = r->id;
	b->doc = r->doc_id;
	b->start = r->start;
	b->end = r->end;
	b->phrase = xstrdup(r->phrase ? r->phrase : "");
	b->title = app_title(r->doc_title, r->doc_path, r->doc_id);
	b->date = r->doc_date && *r->doc_date ? xstrdup(r->doc_date) : NULL;
	return 0;
}

/* Reads the references out of and into the open document; the cursor
 * stays on reference keep (an id) if it is still there. */
void app_refs_load(struct app *a, int64_t keep)
{
	app_refs_clear(a);
	if (a->doc == NULL)
		return;
	struct ref_load l = { a, 0, 0 };
	char *cause = NULL;
	if (store_refs(a->store, a->doc->id, 1, ref_out_cb, &l, &cause) != 0 ||
	    store_refs(a->store, a->doc->id, -1, ref_in_cb, &l, &cause) != 0)
		app_error_cause(a, cause);
	for (size_t i = 0; keep && i < a->nrefs; i++)
		if (a->refs[i].id == keep)
			a->ref = i;
}

int app_ref_visible(const struct app *a, size_t i)
{
	size_t s, e;
	app_view_bytes(a, &s, &e);
	return a->refs[i].start >= s && a->refs[i].start < e;
}

const struct app_ref *app_current_ref(const struct app *a)
{
	if (a->doc == NULL || a->ref >= a->nrefs)
		return NULL;
	if (a->focus == PANE_SIDE && a->side_sel == a->ref)
		return &a->refs[a->ref];
	return app_ref_visible(a, a->ref) ? &a->refs[a->ref] : NULL;
}

static enum layout_style ref_style(const struct app_ref *r)
{
	return r->state == APP_REF_MANUAL ? LS_REF_MANUAL : r->state == APP_REF_RESOLVED ? LS_REF : LS_REF_UNRESOLVED;
}

static void mark_push(struct app_marks *b, size_t *n, size_t start, size_t end, enum layout_style st)
{
	if (*n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 32;
		b->v = xreallocarray(b->v, b->cap, sizeof *b->v);
	}
	b->v[(*n)++] = (struct layout_mark){ start, end, st };
}

/* The first hit that ends after off (hits are sorted and apart). */
static size_t hit_after(const struct app *a, size_t off)
{
	size_t lo = 0, hi = a->nhits;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->hits[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* What a line's marks are made from: spans of the body with a style,
 * the higher priority drawn over the lower. */
struct span_in {
	size_t start, end;
	enum layout_style style;
	int prio;
};

static void span_add(struct span_in *v, size_t *n, size_t ls, size_t le, size_t s, size_t e, enum layout_style st,
		     int prio)
{
	if (s < ls)
		s = ls;
	if (e > le)
		e = le;
	if (s < e && *n < SPANS_MAX)
		v[(*n)++] = (struct span_in){ s, e, st, prio };
}

static int cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return a < b ? -1 : a > b;
}

size_t app_line_marks(const struct app *a, size_t line, struct app_marks *buf, const struct layout_mark **out)
{
	size_t n = 0;
	*out = buf->v;
	if (a->doc == NULL || a->body == NULL)
		return 0;
	size_t ls, le;
	layout_line_range(a->body, line, &ls, &le);
	/* Annotations under references under search hits under the
	 * selection. */
	struct span_in in[SPANS_MAX];
	size_t nin = 0;
	/* Annotations are by start: those past the line end the loop. */
	for (size_t i = 0; i < a->nannots && a->annots[i].start < le; i++)
		if (!a->annots[i].orphaned && a->annots[i].end > ls)
			span_add(in, &nin, ls, le, a->annots[i].start, a->annots[i].end,
				 i == a->annot ? LS_ANNOT_CURRENT : LS_ANNOT, i == a->annot ? 2 : 1);
	for (size_t i = 0; i < a->nrefs && a->refs[i].start < le; i++) {
		const struct app_ref *r = &a->refs[i];
		if (r->state != APP_REF_DISMISSED && r->end > ls)
			span_add(in, &nin, ls, le, r->start, r->end, i == a->ref ? LS_REF_CURRENT : ref_style(r),
				 i == a->ref ? 4 : 3);
	}
	for (size_t h = hit_after(a, ls); h < a->nhits && a->hits[h].start < le; h++)
		span_add(in, &nin, ls, le, a->hits[h].start, a->hits[h].end, h == a->hit ? LS_HIT_CURRENT : LS_HIT,
			 h == a->hit ? 6 : 5);
	size_t ss, se;
	if (app_select_range(a, &ss, &se) == 0)
		span_add(in, &nin, ls, le, ss, se, LS_SELECTION, 7);
	if (nin == 0)
		return 0;
	/* Cut at every edge; each piece takes the style on top. */
	size_t edge[2 * SPANS_MAX], ne = 0;
	for (size_t i = 0; i < nin; i++) {
		edge[ne++] = in[i].start;
		edge[ne++] = in[i].end;
	}
	qsort(edge, ne, sizeof edge[0], cmp_size);
	for (size_t k = 0; k + 1 < ne; k++) {
		size_t s = edge[k], e = edge[k + 1];
		if (s == e)
			continue;
		int best = -1;
		for (size_t i = 0; i < nin; i++)
			if (in[i].start <= s && in[i].end >= e && (best < 0 || in[i].prio > in[best].prio))
				best = (int)i;
		if (best < 0)
			continue;
		if (n && buf->v[n - 1].end == s && buf->v[n - 1].style == in[best].style)
			buf->v[n - 1].end = e;
		else
			mark_push(buf, &n, s, e, in[best].style);
	}
	*out = buf->v;
	return n;
}

size_t app_visible_notes(const struct app *a, struct app_note_at *out, size_t max)
{
	if (a->doc == NULL)
		return 0;
	const struct doc *d = a->doc->doc;
	size_t top = app_view_top(a), h = app_view_h(a), n = 0, vs, ve;
	app_view_bytes(a, &vs, &ve);
	for (size_t i = 0; i < d->nnotes && n < max; i++) {
		if (d->notes[i].start > d->body_len || d->notes[i].start < vs || d->notes[i].start >= ve)
			continue;
		size_t line = a->nhead + layout_line_of(a->body, d->notes[i].start);
		if (line >= top && line < top + h)
			out[n++] = (struct app_note_at){ i, (int)(line - top) };
	}
	return n;
}

static void annot_free(struct app_annot *an)
{
	free(an->quote);
	free(an->text);
	free(an->tags);
}

void app_annots_clear(struct app *a)
{
	for (size_t i = 0; i < a->nannots; i++)
		annot_free(&a->annots[i]);
	free(a->annots);
	a->annots = NULL;
	a->nannots = 0;
	a->annot = SIZE_MAX;
}

struct annot_load {
	struct app_annot *v;
	size_t n, cap, len;
};

static int annot_cb(const struct store_annotation *sa, void *arg)
{
	struct annot_load *l = arg;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	size_t s = sa->start < l->len ? sa->start : l->len, e = sa->end < l->len ? sa->end : l->len;
	l->v[l->n++] = (struct app_annot){ sa->id,
					   s,
					   e < s ? s : e,
					   xstrdup(sa->quote ? sa->quote : ""),
					   xstrdup(sa->text ? sa->text : ""),
					   xstrdup(sa->tags ? sa->tags : ""),
					   sa->orphaned };
	return 0;
}

void app_annots_load(struct app *a)
{
	int64_t keep = a->annot < a->nannots ? a->annots[a->annot].id : 0;
	app_annots_clear(a);
	if (a->doc == NULL)
		return;
	struct annot_load l = { NULL, 0, 0, a->doc->doc->body_len };
	char *cause = NULL;
	if (store_annotations(a->store, a->doc->id, NULL, NULL, STORE_BY_DOCUMENT, annot_cb, &l, &cause) != 0)
		app_error_cause(a, cause);
	a->annots = l.v;
	a->nannots = l.n;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].id == keep)
			a->annot = i;
}

static int line_visible(const struct app *a, size_t off)
{
	size_t s, e;
	app_view_bytes(a, &s, &e);
	return off >= s && off < e;
}

const struct app_annot *app_current_annot(const struct app *a)
{
	if (a->doc == NULL || a->body == NULL || a->annot >= a->nannots)
		return NULL;
	const struct app_annot *an = &a->annots[a->annot];
	return an->orphaned || !line_visible(a, an->start) ? NULL : an;
}

/* The first byte of text on screen (past white space). */
size_t app_first_visible(const struct app *a)
{
	size_t top = app_view_top(a), s, e;
	size_t line = top < a->nhead ? 0 : top - a->nhead;
	layout_line_range(a->body, line, &s, &e);
	const char *b = a->doc->doc->body;
	size_t len = a->doc->doc->body_len;
	while (s < len && (b[s] == ' ' || b[s] == '\n' || b[s] == '\t'))
		s++;
	return s < len ? s : (len ? len - 1 : 0);
}

size_t app_cursor(const struct app *a)
{
	if (a->doc == NULL || a->body == NULL)
		return 0;
	if (a->selection.on)
		return a->selection.hs;
	const struct app_annot *an = app_current_annot(a);
	if (an)
		return an->start;
	const struct app_ref *r = app_current_ref(a);
	if (r)
		return r->start;
	if (a->hit < a->nhits && line_visible(a, a->hits[a->hit].start))
		return a->hits[a->hit].start;
	return app_first_visible(a);
}

/* The column of byte off on its line, as drawn. */
int app_column_of(const struct app *a, size_t line, size_t off)
{
	const struct layout_run *runs;
	size_t n = layout_line_runs(a->body, line, &runs);
	for (size_t k = 0; k < n; k++) {
		if (off >= runs[k].end)
			continue;
		if (off <= runs[k].start || runs[k].len != runs[k].end - runs[k].start)
			return runs[k].col;
		return runs[k].col + layout_text_width(a->doc->doc->body + runs[k].start, off - runs[k].start);
	}
	return layout_line_width(a->body, line);
}

/* The byte of body line `line` drawn at column col (the last one when
 * the line is shorter). */
size_t app_offset_at_col(const struct app *a, size_t line, int col)
{
	const struct layout_run *runs;
	size_t n = layout_line_runs(a->body, line, &runs);
	size_t ls, le;
	layout_line_range(a->body, line, &ls, &le);
	const char *b = a->doc->doc->body;
	for (size_t k = 0; k < n; k++) {
		const struct layout_run *r = &runs[k];
		if (col >= r->col + r->width)
			continue;
		if (col < r->col || r->len != r->end - r->start)
			return r->start;
		/* Text as it is in the body: walk it to the column. */
		size_t i = r->start;
		int c = r->col;
		while (i < r->end) {
			ucs4_t uc;
			int cl = u8_mbtouc(&uc, (const uint8_t *)b + i, r->end - i);
			int w = layout_text_width(b + i, (size_t)cl);
			if (col < c + w)
				return i;
			c += w;
			i += (size_t)cl;
		}
		return r->end;
	}
	/* Past the text: the line's last character (not its newline). */
	while (le > ls && (b[le - 1] == '\n' || b[le - 1] == ' '))
		le--;
	return le > ls ? le - 1 : ls;
}

size_t app_offset_at(const struct app *a, int x, int y)
{
	const struct app_rect *r = &a->pane[PANE_READ];
	if (a->doc == NULL || a->body == NULL || !a->shown[PANE_READ] || x < r->x || x >= r->x + r->w || y < r->y ||
	    y >= r->y + r->h)
		return SIZE_MAX;
	size_t line = app_view_top(a) + (size_t)(y - r->y);
	if (line < a->nhead)
		return SIZE_MAX;
	line -= a->nhead;
	if (line >= layout_nlines(a->body))
		return SIZE_MAX;
	return app_offset_at_col(a, line, x < a->text_x ? 0 : x - a->text_x);
}

int app_select_range(const struct app *a, size_t *s, size_t *e)
{
	if (!a->selection.on || a->doc == NULL)
		return -1;
	*s = a->selection.as < a->selection.hs ? a->selection.as : a->selection.hs;
	*e = a->selection.ae > a->selection.he ? a->selection.ae : a->selection.he;
	size_t len = a->doc->doc->body_len;
	if (*e > len)
		*e = len;
	if (*s > *e)
		*s = *e;
	return 0;
}

size_t app_visible_annots(const struct app *a, struct app_note_at *out, size_t max)
{
	if (a->doc == NULL || a->body == NULL)
		return 0;
	size_t top = app_view_top(a), h = app_view_h(a), n = 0, vs, ve;
	app_view_bytes(a, &vs, &ve);
	for (size_t i = 0; i < a->nannots && n < max; i++) {
		/* on screen: begun on it, or above it and going on into it */
		if (a->annots[i].orphaned || a->annots[i].start >= ve || (a->annots[i].start < vs && a->annots[i].end <= vs))
			continue;
		size_t line = a->nhead + layout_line_of(a->body, a->annots[i].start);
		size_t last = a->nhead + layout_line_of(a->body, a->annots[i].end ? a->annots[i].end - 1 : 0);
		/* A passage begun above the screen shows at its top. */
		if (line < top && last >= top)
			line = top;
		if (line >= top && line < top + h)
			out[n++] = (struct app_note_at){ i, (int)(line - top) };
	}
	return n;
}

/* The display line of byte off, as a byte range. */
void app_line_at(const struct app *a, size_t off, size_t *s, size_t *e)
{
	layout_line_range(a->body, layout_line_of(a->body, off), s, e);
	const char *b = a->doc->doc->body;
	while (*e > *s && (b[*e - 1] == '\n' || b[*e - 1] == ' '))
		(*e)--;
}

void app_selecting(struct app *a, int on)
{
	a->selection.on = on;
	mode_pane(a, PANE_READ, on ? "select" : "reading");
}
