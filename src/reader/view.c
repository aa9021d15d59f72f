/* view.c: the panes, status and prompt lines, help, welcome and the
 * correction form, drawn into a grid from the app's state. Text from the
 * library goes through layout_fit or a layout, so it is always safe. */
#include "dossier/view.h"
#include "state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/app_notes.h"
#include "dossier/config.h"
#include "dossier/keys.h"
#include "dossier/util.h"

#define RULE 0x2500             /* ─ */
#define VBAR 0x2502             /* │ */
#define TEE 0x252c              /* ┬ */

static const char *const order_names[] = { "date", "title", "import" };

/* Puts text from the library: made safe and cut to fit with "…". */
static int put_fit(struct grid *g, int x, int y, int xmax, const char *s, int style)
{
	if (xmax <= x)
		return x;
	char *t = layout_fit(s, xmax - x);
	x = grid_puts(g, x, y, xmax, t, style);
	free(t);
	return x;
}

/* A pane's title row: " Title ────". */
static void draw_title(struct grid *g, const struct app_rect *r, int y, const char *title, const char *right,
		       int focused)
{
	int st = focused ? UI_TITLE_FOCUS : UI_TITLE;
	grid_fill(g, r->x, y, r->w, 1, RULE, UI_BORDER);
	int x = r->x;
	if (r->w >= 4) {
		x = grid_puts(g, x + 1, y, r->x + r->w, " ", st);
		x = put_fit(g, x, y, r->x + r->w - 1, title, st);
		x = grid_puts(g, x, y, r->x + r->w, " ", st);
	} else {
		put_fit(g, x, y, r->x + r->w, title, st);
		return;
	}
	if (right && *right) {
		int w = layout_text_width(right, strlen(right)) + 2;
		if (x + w + 1 <= r->x + r->w - 1) {
			int rx = r->x + r->w - 1 - w;
			grid_puts(g, rx, y, r->x + r->w, " ", UI_TITLE);
			put_fit(g, rx + 1, y, r->x + r->w, right, UI_TITLE);
			grid_puts(g, rx + w - 1, y, r->x + r->w, " ", UI_TITLE);
		}
	}
}

/* ---- the list ---- */

/* A snippet whose hits are between APP_HIT_OPEN and APP_HIT_CLOSE: the
 * markers become a style and are never drawn. */
static int put_snippet(struct grid *g, int x, int y, int xmax, const char *s, int base, int hit)
{
	int in = 0;
	/* The first hit shows: what is before it is cut to a quarter of the
	 * room, at a space. */
	const char *h = strstr(s, APP_HIT_OPEN);
	int room = xmax - x;
	if (h && room > 8 && layout_text_width(s, (size_t)(h - s)) > room / 3) {
		const char *p = s;
		while (p < h && layout_text_width(p, (size_t)(h - p)) > room / 3) {
			const char *sp = memchr(p + 1, ' ', (size_t)(h - p - 1));
			p = sp ? sp : h;
		}
		x = grid_puts(g, x, y, xmax, "\u2026", base);
		while (p < h && *p == ' ')
			p++;
		s = p;
	}
	while (*s && x < xmax) {
		size_t n = strcspn(s, APP_HIT_OPEN APP_HIT_CLOSE);
		if (n) {
			char *seg = xstrndup(s, n);
			x = put_fit(g, x, y, xmax, seg, in ? hit : base);
			free(seg);
		}
		s += n;
		if (*s)
			in = *s++ == APP_HIT_OPEN[0];
	}
	return x;
}

/* The start of an entry of the list pane at row y, rows high: the
 * selection's background when sel, then the date column ("undated" when
 * date is NULL or empty) if the pane is wide enough. Returns the column
 * after it; *base is the style for the rest of the entry. */
static int entry_start(const struct app *a, struct grid *g, int y, int rows, int sel, const char *date, int *base)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	*base = sel ? (a->focus == PANE_LIST ? UI_SELECTED : UI_SELECTED_DIM) : UI_NORMAL;
	if (sel)
		grid_fill(g, r->x, y, r->w, rows, ' ', *base);
	int x = r->x + 1;
	if (r->w >= 22) {
		char d[16];
		int has = date && *date;
		snprintf(d, sizeof d, "%-10.10s", has ? date : "undated");
		x = grid_puts(g, x, y, r->x + r->w, d, sel ? *base : has ? UI_DATE : UI_DIM) + 1;
	}
	return x;
}

static void draw_people(const struct app *a, struct grid *g)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	int xmax = r->x + r->w;
	if (a->title_row) {
		/* Of how many: the loaded ones, or the library's when it has
		 * more than are read at once. */
		long long of = a->people.partial ? (long long)a->people.total : (long long)a->people.n;
		char *title = a->people.find || of > (long long)a->people.nshown ? xasprintf("People %zu of %lld", a->people.nshown, of)
								     : xasprintf("People %zu", a->people.nshown);
		draw_title(g, r, r->y - 1, title, r->w >= 30 ? "p Esc" : NULL, a->focus == PANE_LIST);
		free(title);
	}
	if (a->people.nshown == 0) {
		put_fit(g, r->x + 1, r->y, xmax, a->people.n ? "nobody by that name" : "no people known yet", UI_DIM);
		return;
	}
	for (int i = 0; i < r->h; i++) {
		int64_t idx = a->people.top + i;
		if (idx < 0 || (size_t)idx >= a->people.nshown)
			break;
		const struct app_person *p = &a->people.v[a->people.shown[idx]];
		int y = r->y + i, sel = idx == a->people.sel;
		int base = sel ? (a->focus == PANE_LIST ? UI_SELECTED : UI_SELECTED_DIM) : UI_NORMAL;
		if (sel)
			grid_fill(g, r->x, y, r->w, 1, ' ', base);
		char count[24];
		snprintf(count, sizeof count, " %lld", (long long)p->docs);
		int cw = (int)strlen(count), right = xmax - 1 - cw;
		if (right < r->x + 8)
			right = xmax;
		int x = put_fit(g, r->x + 1, y, right, p->name, base);
		if (p->aliases && x + 2 < right) {
			char *al = xasprintf(" = %s", p->aliases);
			put_fit(g, x, y, right, al, sel ? base : UI_DIM);
			free(al);
		}
		if (right < xmax)
			grid_puts(g, right, y, xmax, count, sel ? base : UI_DATE);
	}
}

static void draw_results(const struct app *a, struct grid *g)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	int xmax = r->x + r->w;
	if (a->title_row) {
		char *title = xasprintf("Search %zu: %s", a->results.n, a->results.query ? a->results.query : "");
		draw_title(g, r, r->y - 1, title, NULL, a->focus == PANE_LIST);
		free(title);
	}
	if (a->results.n == 0) {
		put_fit(g, r->x + 1, r->y, xmax, "no documents match", UI_DIM);
		if (r->h > 1)
			put_fit(g, r->x + 1, r->y + 1, xmax, "S searches again, Esc: the list", UI_DIM);
		return;
	}
	for (int i = 0; i + 1 < r->h || (i == 0 && r->h == 1); i += 2) {
		int64_t idx = a->results.top + i / 2;
		if (idx < 0 || (size_t)idx >= a->results.n)
			break;
		const struct app_result *res = &a->results.v[idx];
		int y = r->y + i, sel = idx == a->results.sel, base;
		int x = entry_start(a, g, y, r->h > 1 ? 2 : 1, sel, res->date, &base);
		char *t = res->who ? xasprintf("%s: %s", res->who, res->title) : xstrdup(res->title);
		put_fit(g, x, y, xmax, t, base);
		free(t);
		if (i + 1 < r->h)
			put_snippet(g, r->x + 2, y + 1, xmax, res->snippet, sel ? base : UI_DIM, UI_HIT);
	}
}

/* The annotations view: date and document, then the note, two rows. */
static void draw_notes(const struct app *a, struct grid *g)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	int xmax = r->x + r->w;
	if (a->title_row) {
		char *title = a->notes.filter ? xasprintf("Annotations %zu: %s", a->notes.n, a->notes.filter)
					 : xasprintf("Annotations %zu", a->notes.n);
		draw_title(g, r, r->y - 1, title, r->w >= 34 ? (a->notes.order ? "by date" : "newest") : NULL,
			   a->focus == PANE_LIST);
		free(title);
	}
	if (a->notes.n == 0) {
		put_fit(g, r->x + 1, r->y, xmax, a->notes.filter ? "no annotations match" : "no annotations yet", UI_DIM);
		if (r->h > 1)
			put_fit(g, r->x + 1, r->y + 1, xmax, a->notes.filter ? "/ changes the filter" : "v selects a passage",
				UI_DIM);
		return;
	}
	for (int i = 0; i + 1 < r->h || (i == 0 && r->h == 1); i += 2) {
		int64_t idx = a->notes.top + i / 2;
		if (idx < 0 || (size_t)idx >= a->notes.n)
			break;
		const struct app_note_row *n = &a->notes.v[idx];
		int y = r->y + i, sel = idx == a->notes.sel, base;
		int x = entry_start(a, g, y, r->h > 1 ? 2 : 1, sel, a->notes.order ? n->doc_date : n->created, &base);
		const char *dt = n->doc_title ? n->doc_title : "";
		char *t = n->orphaned ? xasprintf("(orphaned) %s", dt) : xstrdup(dt);
		put_fit(g, x, y, xmax, t, base);
		free(t);
		if (i + 1 < r->h) {
			/* no more of a long note than the row can show */
			int cut = r->w * 16 + 64;
			char *l = *n->tags ? xasprintf("%.*s [%s] · “%.*s”", cut, n->text, n->tags, cut, n->quote)
					   : xasprintf("%.*s · “%.*s”", cut, n->text, cut, n->quote);
			put_fit(g, r->x + 2, y + 1, xmax, l, sel ? base : UI_NOTE);
			free(l);
		}
	}
}

static void draw_marks(const struct app *a, struct grid *g)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	int xmax = r->x + r->w;
	if (a->title_row) {
		char *title = xasprintf("Marks %zu", a->marks.n);
		draw_title(g, r, r->y - 1, title, r->w >= 30 ? "M Esc" : NULL, a->focus == PANE_LIST);
		free(title);
	}
	if (a->marks.n == 0) {
		put_fit(g, r->x + 1, r->y, xmax, "no marks: m and a letter sets one", UI_DIM);
		return;
	}
	for (int i = 0; i < r->h; i++) {
		int64_t idx = a->marks.top + i;
		if (idx < 0 || (size_t)idx >= a->marks.n)
			break;
		const struct app_mark_row *m = &a->marks.v[idx];
		int y = r->y + i, sel = idx == a->marks.sel;
		int base = sel ? (a->focus == PANE_LIST ? UI_SELECTED : UI_SELECTED_DIM) : UI_NORMAL;
		if (sel)
			grid_fill(g, r->x, y, r->w, 1, ' ', base);
		char l[4] = { m->letter, ' ', '\0', '\0' };
		int x = grid_puts(g, r->x + 1, y, xmax, l, sel ? base : UI_KEY);
		if (r->w >= 26) {
			char date[16];
			snprintf(date, sizeof date, "%-10.10s ", m->date ? m->date : "undated");
			x = grid_puts(g, x, y, xmax, date, sel ? base : m->date ? UI_DATE : UI_DIM);
		}
		put_fit(g, x, y, xmax, m->title, base);
	}
}

static void draw_list(const struct app *a, struct grid *g)
{
	const struct app_rect *r = &a->pane[PANE_LIST];
	int xmax = r->x + r->w;
	if (a->listview == LIST_PEOPLE) {
		draw_people(a, g);
		return;
	}
	if (a->listview == LIST_RESULTS) {
		draw_results(a, g);
		return;
	}
	if (a->listview == LIST_NOTES) {
		draw_notes(a, g);
		return;
	}
	if (a->listview == LIST_MARKS) {
		draw_marks(a, g);
		return;
	}
	if (a->title_row) {
		char *title = a->filter ? xasprintf("%lld%s of %lld", (long long)(a->count_capped ? a->count_first : a->count),
						    a->count_capped ? "+" : "", (long long)a->total)
					: xasprintf("Documents %lld", (long long)a->total);
		draw_title(g, r, r->y - 1, title, r->w >= 30 ? order_names[a->order] : NULL, a->focus == PANE_LIST);
		free(title);
	}
	if (a->count == 0) {
		put_fit(g, r->x + 1, r->y, xmax, a->filter ? "no documents match" : "no documents", UI_DIM);
		if (a->filter && r->h > 1)
			put_fit(g, r->x + 1, r->y + 1, xmax, "Esc shows all", UI_DIM);
		return;
	}
	for (int i = 0; i < r->h; i++) {
		int64_t idx = a->top + i;
		const struct app_row *row = app_row_held(a, idx);
		if (row == NULL)
			break;
		int y = r->y + i, sel = idx == a->sel, base;
		int x = entry_start(a, g, y, 1, sel, row->date, &base);
		struct buf b;
		buf_init(&b);
		if (row->who)
			buf_printf(&b, "%s: ", row->who);
		buf_adds(&b, row->title);
		put_fit(g, x, y, xmax, b.data, base);
		buf_free(&b);
	}
}

/* ---- the reading pane ---- */

static int ui_of(enum layout_style s)
{
	switch (s) {
	case LS_BRACKET:
		return UI_BRACKET;
	case LS_MARKER:
		return UI_MARKER;
	case LS_CONTROL:
		return UI_CONTROL;
	case LS_HIT:
		return UI_HIT;
	case LS_HIT_CURRENT:
		return UI_HIT_CURRENT;
	case LS_REF:
		return UI_REF;
	case LS_REF_UNRESOLVED:
		return UI_REF_UNRESOLVED;
	case LS_REF_MANUAL:
		return UI_REF_MANUAL;
	case LS_REF_CURRENT:
		return UI_REF_CURRENT;
	case LS_ANNOT:
		return UI_ANNOT;
	case LS_ANNOT_CURRENT:
		return UI_ANNOT_CURRENT;
	case LS_SELECTION:
		return UI_SELECTION;
	default:
		return UI_NORMAL;
	}
}

static void draw_reading(const struct app *a, struct grid *g)
{
	struct app_marks mb = { 0 };
	const struct app_rect *r = &a->pane[PANE_READ];
	int xmax = r->x + r->w;
	if (a->title_row) {
		char *t = app_doc_title(a->doc);
		const char *date = a->doc->doc->date;
		char *title = date && *date ? xasprintf("%s \u00b7 %s", date, t) : xstrdup(t);
		draw_title(g, r, r->y - 1, title, NULL, a->focus == PANE_READ);
		free(title);
		free(t);
	}
	size_t top = app_view_top(a);
	struct layout_runs runs = { 0 };
	for (int i = 0; i < r->h; i++) {
		size_t line = top + (size_t)i;
		int y = r->y + i;
		if (line < a->nhead) {
			if (line + 1 == a->nhead)
				continue; /* the blank line under the header */
			const struct layout_run *hr;
			size_t n = layout_line_runs(a->head, line, &hr);
			for (size_t k = 0; k < n; k++)
				grid_put(g, a->text_x + hr[k].col, y, xmax, hr[k].text, hr[k].len,
					 hr[k].start < a->head_title_len ? UI_HEADING : UI_META);
			continue;
		}
		line -= a->nhead;
		if (line >= layout_nlines(a->body))
			break;
		const struct layout_mark *marks;
		size_t nmarks = app_line_marks(a, line, &mb, &marks);
		layout_line_marked(a->body, line, marks, nmarks, &runs);
		for (size_t k = 0; k < runs.n; k++)
			grid_put(g, a->text_x + runs.v[k].col, y, xmax, runs.v[k].text, runs.v[k].len, ui_of(runs.v[k].style));
	}
	layout_runs_free(&runs);
	free(mb.v);
}

/* ---- the sidebar ---- */

struct side {
	struct grid *g;
	int x, xmax, y, ymax;
	size_t skip;            /* lines to skip (scrolled) */
	size_t lines;           /* lines produced */
	const char *link;       /* the text written is a link to this URL */
};

/* Emits one line (if it is in view). */
static int side_line(struct side *s, int *y)
{
	size_t i = s->lines++;
	if (i < s->skip)
		return 0;
	if (s->y >= s->ymax)
		return 0;
	*y = s->y++;
	return 1;
}

/* Wraps text to the sidebar from column indent, at most max lines (0: no
 * limit), the first line after a label. */
static void side_text_at(struct side *s, const char *label, int lw, const char *text, int style, int max)
{
	int w = s->xmax - s->x - lw;
	if (w < 4) {
		lw = 0;
		w = s->xmax - s->x;
	}
	if (w < 1)
		return;
	/* Only as much text as the lines still in view can show is laid out
	 * (a note of 50 MB made every frame take seconds): a cell is at most
	 * a few bytes. */
	size_t want = (s->skip > s->lines ? s->skip - s->lines : 0) + (size_t)(s->ymax > s->y ? s->ymax - s->y : 0) + 1;
	if (max > 0 && want > (size_t)max + 1)
		want = (size_t)max + 1;
	size_t cap = want * (size_t)w * 8 + 64, len = strnlen(text, cap + 1);
	if (len > cap) {
		len = cap;
		while (len > 0 && ((unsigned char)text[len] & 0xc0) == 0x80)
			len--;
	}
	struct layout *l = layout_create(text, len, NULL, 0, w, LAYOUT_INLINE);
	size_t n = layout_nlines(l);
	for (size_t i = 0; i < n; i++) {
		int y;
		int last = max && (int)i == max - 1 && n > i + 1;
		if (!side_line(s, &y))
			continue;
		if (i == 0 && label && lw)
			grid_puts(s->g, s->x, y, s->x + lw, label, style == UI_NORMAL || style == UI_LINK ? UI_LABEL : style);
		if (last) {
			char *t = layout_line_text(l, i);
			char *more = xasprintf("%s\u2026", t);
			char *fit = layout_fit(more, w);
			int end = grid_puts(s->g, s->x + lw, y, s->xmax, fit, style);
			if (s->link)
				grid_link(s->g, s->x + lw, y, end - s->x - lw, s->link);
			free(fit);
			free(more);
			free(t);
			break;
		}
		const struct layout_run *runs;
		size_t nr = layout_line_runs(l, i, &runs);
		int end = s->x + lw;
		for (size_t k = 0; k < nr; k++)
			end = grid_put(s->g, s->x + lw + runs[k].col, y, s->xmax, runs[k].text, runs[k].len,
				       runs[k].style == LS_CONTROL ? UI_CONTROL : style);
		if (s->link)
			grid_link(s->g, s->x + lw, y, end - s->x - lw, s->link);
	}
	layout_free(l);
}

static void side_text(struct side *s, const char *label, const char *text, int style, int max)
{
	side_text_at(s, label, label ? 8 : 0, text, style, max);
}

static void side_rule(struct side *s, const char *title)
{
	int y;
	if (!side_line(s, &y))
		return;
	grid_fill(s->g, s->x, y, s->xmax - s->x, 1, RULE, UI_SECTION);
	int x = grid_puts(s->g, s->x + 1, y, s->xmax, " ", UI_SECTION);
	x = put_fit(s->g, x, y, s->xmax - 1, title, UI_SECTION);
	grid_puts(s->g, x, y, s->xmax, " ", UI_SECTION);
}

static void side_meta(const struct app *a, struct side *s, int full)
{
	const struct doc *d = a->doc->doc;
	struct buf from, to, kind;
	buf_init(&from);
	buf_init(&to);
	buf_init(&kind);
	/* a party with the office it is named by: "Kennan (Ambassador in the
	 * Soviet Union)" */
	for (size_t i = 0; i < d->from.n; i++)
		buf_printf(&from, "%s%s%s%s%s", i ? ", " : "", d->from.v[i],
			   i < d->from_office.n && *d->from_office.v[i] ? " (" : "",
			   i < d->from_office.n ? d->from_office.v[i] : "", i < d->from_office.n && *d->from_office.v[i] ? ")" : "");
	for (size_t i = 0; i < d->to.n; i++)
		buf_printf(&to, "%s%s%s%s%s", i ? ", " : "", d->to.v[i], i < d->to_office.n && *d->to_office.v[i] ? " (" : "",
			   i < d->to_office.n ? d->to_office.v[i] : "", i < d->to_office.n && *d->to_office.v[i] ? ")" : "");
	if (d->kind)
		buf_adds(&kind, d->kind);
	if (d->number)
		buf_printf(&kind, "%sNo. %s", kind.len ? " " : "", d->number);
	const char *date = d->date_text && *d->date_text ? d->date_text : d->date;
	char *edition = doc_edition_label(d);
	struct {
		const char *label, *value;
		int lines;              /* when not focused */
	} f[] = {
		{ "Edition", edition, 2 },
		{ "From", from.data, 2 },	  { "To", to.data, 2 },
		{ "Date", date, 1 },		  { "Kind", kind.data, 1 },
		{ "Source", d->source, 2 },	  { "Lang.", d->language, 1 },
		{ "Transl.", d->translator, 1 }, { "Summary", d->summary, 3 },
	};
	int any = 0;
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		if (f[i].value == NULL || *f[i].value == '\0')
			continue;
		side_text(s, f[i].label, f[i].value, UI_NORMAL, full ? 0 : f[i].lines);
		any = 1;
	}
	if (d->url && *d->url) {
		/* a link the terminal can open (OSC 8), where it is one */
		s->link = d->url;
		side_text(s, "URL", d->url, UI_LINK, full ? 0 : 2);
		s->link = NULL;
		any = 1;
	}
	if (!any)
		side_text(s, NULL, "no metadata yet", UI_DIM, 1);
	if (full && a->doc->path)
		side_text(s, "File", a->doc->path, UI_DIM, 0);
	free(edition);
	buf_free(&from);
	buf_free(&to);
	buf_free(&kind);
}

/* A note with its marker as a hanging label: "² pseudonym for ...". */
static void side_note(struct side *s, const struct doc *d, size_t i, int full, int max)
{
	char m[32];
	const struct doc_note *n = &d->notes[i];
	layout_marker((unsigned)i + 1, m);
	int mw = layout_text_width(m, strlen(m)) + 1;
	const char *t = n->text && *n->text && strcmp(n->text, "...") != 0 && strcmp(n->text, "\u2026") != 0
				? n->text
				: "[\u2026]";
	char *text = full ? xasprintf("%s (%s)", t, note_kind_name(n->kind)) : xstrdup(t);
	int y0 = s->y;
	size_t l0 = s->lines;
	side_text_at(s, m, mw, text, UI_NORMAL, max);
	if (l0 >= s->skip && y0 < s->ymax)
		grid_style(s->g, s->x, y0, mw - 1, UI_MARKER);
	free(text);
}

/* Places n entries of the sidebar each as near its line as it can be;
 * fn draws entry at[i].note in at most max lines. */
typedef void (*side_item_fn)(const struct app *a, struct side *s, size_t item, int max);

static void side_aligned(const struct app *a, struct side *s, const struct app_note_at *at, size_t n, side_item_fn fn)
{
	int top = a->pane[PANE_READ].y;
	for (size_t i = 0; i < n; i++) {
		int want = top + at[i].row;
		if (want > s->y)
			s->y = want < s->ymax ? want : s->ymax;
		if (s->y >= s->ymax)
			return;
		int more = (int)(n - i - 1);
		if (more > 0 && s->y == s->ymax - 1) {
			char *m = xasprintf("+%zu more (l shows all)", n - i);
			put_fit(s->g, s->x, s->y++, s->xmax, m, UI_DIM);
			s->lines++;
			free(m);
			return;
		}
		int room = s->ymax - s->y - (more > 0 ? 1 : 0);
		fn(a, s, at[i].note, room < 3 ? (room < 1 ? 1 : room) : 3);
	}
}

static void side_note_short(const struct app *a, struct side *s, size_t item, int max)
{
	side_note(s, a->doc->doc, item, 0, max);
}

/* The notes of the visible lines, beside them. */
static void side_notes_aligned(const struct app *a, struct side *s)
{
	const struct doc *d = a->doc->doc;
	struct app_note_at at[256];
	size_t n = app_visible_notes(a, at, sizeof at / sizeof at[0]);
	if (n == 0)
		side_text(s, NULL, d->nnotes ? "none on these lines" : "none in this document", UI_DIM, 1);
	side_aligned(a, s, at, n, side_note_short);
}

static void side_notes_all(const struct app *a, struct side *s)
{
	const struct doc *d = a->doc->doc;
	if (d->nnotes == 0) {
		side_text(s, NULL, "none in this document", UI_DIM, 1);
		return;
	}
	for (size_t i = 0; i < d->nnotes; i++)
		side_note(s, d, i, 1, 0);
}

/* One of the reader's annotations: a pen as its label, the note, tags. */
static void side_annot(const struct app *a, struct side *s, size_t i, int full, int max)
{
	const struct app_annot *an = &a->annots[i];
	int cur = i == a->annot;
	struct buf b;
	buf_init(&b);
	buf_adds(&b, an->text);
	if (*an->tags)
		buf_printf(&b, " [%s]", an->tags);
	if (full) {
		char *q = str_one_line(an->quote);
		buf_printf(&b, "%s on \u201c%s\u201d", an->orphaned ? " \u00b7 orphaned, was" : " \u00b7", q);
		free(q);
	}
	int y0 = s->y;
	size_t l0 = s->lines;
	side_text_at(s, "\u270e", 2, b.data, an->orphaned ? UI_DIM : UI_NOTE, max);
	if (l0 >= s->skip && y0 < s->ymax)
		grid_style(s->g, s->x, y0, 1, cur ? UI_ANNOT_CURRENT : UI_ANNOT);
	buf_free(&b);
}

static void side_annot_short(const struct app *a, struct side *s, size_t item, int max)
{
	side_annot(a, s, item, 0, max);
}

static void side_annots_aligned(const struct app *a, struct side *s)
{
	struct app_note_at at[256];
	size_t n = app_visible_annots(a, at, sizeof at / sizeof at[0]);
	if (n == 0)
		side_text(s, NULL, a->nannots ? "none on these lines ( ) moves)" : "none: v selects, A a paragraph", UI_DIM,
			  1);
	side_aligned(a, s, at, n, side_annot_short);
}

static void side_annots_all(const struct app *a, struct side *s)
{
	if (a->nannots == 0) {
		side_text(s, NULL, "none in this document", UI_DIM, 1);
		return;
	}
	for (size_t i = 0; i < a->nannots; i++)
		side_annot(a, s, i, 1, 0);
}

/* One entry of the references: its lines, highlighted when selected. */
static void side_entry(const struct app *a, struct side *s, size_t i, const char *l1, int st1, const char *l2, int st2,
		       int full, size_t *first, size_t *last)
{
	int sel = i == a->side_sel && a->focus == PANE_SIDE;
	int cur = !sel && i < a->nrefs && i == a->ref && a->focus != PANE_SIDE;
	size_t l0 = s->lines;
	int y0 = s->y;
	side_text_at(s, sel || cur ? "\u25b6" : NULL, 2, l1, sel ? UI_SELECTED : st1, full ? 0 : 1);
	side_text_at(s, NULL, 4, l2, sel ? UI_SELECTED : st2, full ? 0 : 1);
	if (sel) {
		*first = l0;
		*last = s->lines - 1;
		for (int y = y0; y < s->y; y++)
			grid_style(s->g, s->x - 1, y, s->xmax - s->x + 1, UI_SELECTED);
	}
}

static void side_refs(const struct app *a, struct side *s, int full, size_t *first, size_t *last)
{
	size_t live = 0;
	for (size_t i = 0; i < a->nrefs; i++)
		live += a->refs[i].state != APP_REF_DISMISSED;
	char *t = xasprintf("References %zu", live);
	side_rule(s, t);
	free(t);
	if (a->nrefs == 0)
		side_text(s, NULL, "none found", UI_DIM, 1);
	for (size_t i = 0; i < a->nrefs; i++) {
		const struct app_ref *r = &a->refs[i];
		static const int st[] = { [APP_REF_RESOLVED] = UI_REF, [APP_REF_UNRESOLVED] = UI_REF_UNRESOLVED,
					  [APP_REF_MANUAL] = UI_REF_MANUAL, [APP_REF_DISMISSED] = UI_DIM };
		char *l1 = xasprintf("\u201c%s\u201d", r->phrase);
		char *l2;
		int st2 = UI_NORMAL;
		if (r->state == APP_REF_DISMISSED) {
			l2 = xstrdup("dismissed");
			st2 = UI_DIM;
		} else if (r->target) {
			l2 = xasprintf("\u2192 %s%s%s%s", r->target_date ? r->target_date : "", r->target_date ? " " : "",
				       r->target_title, r->state == APP_REF_MANUAL ? " (yours)" : "");
		} else {
			l2 = r->ncands ? xasprintf("unresolved, %zu candidates", r->ncands) : xstrdup("unresolved");
			st2 = UI_DIM;
		}
		side_entry(a, s, i, l1, st[r->state], l2, st2, full, first, last);
		free(l1);
		free(l2);
	}
	t = xasprintf("Cited by %zu", a->nbacklinks);
	side_rule(s, t);
	free(t);
	if (a->nbacklinks == 0)
		side_text(s, NULL, "no document cites it", UI_DIM, 1);
	for (size_t i = 0; i < a->nbacklinks; i++) {
		const struct app_backlink *b = &a->backlinks[i];
		char *l1 = xasprintf("%s%s%s", b->date ? b->date : "", b->date ? " " : "", b->title);
		char *l2 = xasprintf("\u201c%s\u201d", b->phrase);
		side_entry(a, s, a->nrefs + i, l1, UI_NORMAL, l2, UI_DIM, full, first, last);
		free(l1);
		free(l2);
	}
}

/* Lays the sidebar out from line `top`: *first and *last are the lines
 * of the entry selected (SIZE_MAX without one); returns the lines in all. */
static size_t side_lay(const struct app *a, struct grid *g, size_t top, size_t *first, size_t *last)
{
	const struct app_rect *r = &a->pane[PANE_SIDE];
	int full = a->focus == PANE_SIDE;
	if (a->title_row)
		draw_title(g, r, r->y - 1, full ? "Details" : "Notes", full ? "j/k" : NULL, full);
	struct side s = { g, r->x + 1, r->x + r->w, r->y, r->y + r->h, full ? top : 0, 0, NULL };
	side_meta(a, &s, full);
	char *yours = xasprintf("Yours %zu", a->nannots);
	side_rule(&s, yours);
	free(yours);
	if (full)
		side_annots_all(a, &s);
	else
		side_annots_aligned(a, &s);
	char *ed = xasprintf("Editorial %zu", a->doc->doc->nnotes);
	side_rule(&s, ed);
	free(ed);
	if (full)
		side_notes_all(a, &s);
	else
		side_notes_aligned(a, &s);
	*first = SIZE_MAX;
	*last = 0;
	side_refs(a, &s, full, first, last);
	return s.lines;
}

size_t view_side_top(const struct app *a)
{
	if (a->doc == NULL || !a->shown[PANE_SIDE] || a->focus != PANE_SIDE)
		return a->side_top;
	/* Laid out on a grid of its own, only to be measured. */
	struct grid g = { 0 };
	grid_resize(&g, a->w, a->h);
	size_t first, last, lines = side_lay(a, &g, a->side_top, &first, &last);
	grid_free(&g);
	/* Scrolling stops at the end of what there is, and shows the entry
	 * selected. */
	size_t top = a->side_top, h = (size_t)a->pane[PANE_SIDE].h;
	if (lines <= top + h && top > 0) {
		size_t max = lines > h ? lines - h : 0;
		if (top > max)
			top = max;
	}
	if (first != SIZE_MAX) {
		if (last >= top + h)
			top = last + 1 - h;
		if (first < top)
			top = first;
	}
	return top;
}

static void draw_side(const struct app *a, struct grid *g)
{
	size_t first, last;
	side_lay(a, g, a->side_top, &first, &last);
}

/* ---- status, message, prompt ---- */

static void draw_status(const struct app *a, struct grid *g, int y)
{
	grid_fill(g, 0, y, g->w, 1, ' ', UI_STATUS);
	struct buf b;
	buf_init(&b);
	if (a->doc) {
		if (a->doc_index >= 0)
			buf_printf(&b, " doc %lld/%lld", (long long)a->doc_index + 1, (long long)a->total);
		else
			buf_printf(&b, " doc %lld", (long long)a->doc->id);
		buf_printf(&b, " \u00b7 %d%%", app_percent(a));
		if (a->doc->doc->nnotes)
			buf_printf(&b, " \u00b7 %zu note%s %s", a->doc->doc->nnotes, a->doc->doc->nnotes == 1 ? "" : "s",
				   a->mode == LAYOUT_FOOTNOTES ? "as \u00b9\u00b2\u00b3" : "inline");
		if (a->search && a->nhits)
			buf_printf(&b, " \u00b7 %zu hits", a->nhits);
		size_t live = 0;
		for (size_t i = 0; i < a->nrefs; i++)
			live += a->refs[i].state != APP_REF_DISMISSED;
		if (live)
			buf_printf(&b, " \u00b7 %zu ref%s", live, live == 1 ? "" : "s");
		if (a->nbacklinks)
			buf_printf(&b, " \u00b7 cited by %zu", a->nbacklinks);
		if (a->nannots)
			buf_printf(&b, " \u00b7 %zu yours", a->nannots);
		if (a->selection.on)
			buf_adds(&b, " \u00b7 SELECT");
		if (a->filter)
			buf_printf(&b, " \u00b7 filter: %s", a->filter);
		if (a->readonly)
			buf_adds(&b, " \u00b7 read-only");
	} else {
		buf_printf(&b, " %lld documents", (long long)a->total);
	}
	const char *hint = a->help.open ? "q closes the help " : "? help  q quit ";
	int hw = (int)strlen(hint), tw = layout_text_width(b.data, b.len);
	/* The hint only where the facts leave room for it. */
	if (tw + hw + 1 <= g->w) {
		grid_puts(g, 0, y, g->w, b.data, UI_STATUS);
		grid_puts(g, g->w - hw, y, g->w, hint, UI_STATUS);
	} else {
		put_fit(g, 0, y, g->w, b.data, UI_STATUS);
	}
	buf_free(&b);
}

/* The edited line at (x, y) up to xmax, scrolled so the cursor shows. */
static int draw_edit(struct grid *g, int x, int y, int xmax, const struct app_line *l, int style, int *cx)
{
	const char *t = l->text.data ? l->text.data : "";
	int before = layout_text_width(t, l->cursor), room = xmax - x - 1;
	size_t from = 0;
	/* Drop characters from the left until the cursor fits. */
	while (before > room && from < l->cursor) {
		size_t next = from + 1;
		while (next < l->cursor && ((unsigned char)t[next] & 0xc0) == 0x80)
			next++;
		before -= layout_text_width(t + from, next - from);
		from = next;
	}
	char *safe = layout_fit(t + from, xmax - x);
	grid_puts(g, x, y, xmax, safe, style);
	free(safe);
	*cx = x + before;
	if (*cx >= xmax)
		*cx = xmax - 1;
	return x;
}

static void draw_bottom(const struct app *a, struct grid *g, int *cx, int *cy)
{
	int y = a->message_y >= 0 ? a->message_y : a->status_y;
	if (a->status_y >= 0 && a->status_y != y)
		draw_status(a, g, a->status_y);
	if (y < 0)
		return;
	if (a->prompt.id != PROMPT_NONE) {
		grid_fill(g, 0, y, g->w, 1, ' ', UI_NORMAL);
		char *label = app_prompt_label(a);
		int x = put_fit(g, 0, y, g->w * 2 / 3 > 8 ? g->w * 2 / 3 : g->w, label, UI_PROMPT);
		free(label);
		int mx = g->w;
		/* The incremental result on the right, if there is room. */
		if (a->message && g->w >= 40) {
			char *m = layout_fit(a->message, g->w / 3);
			int mw = layout_text_width(m, strlen(m));
			grid_puts(g, g->w - mw - 1, y, g->w, m, a->message_error ? UI_ERROR : UI_DIM);
			mx = g->w - mw - 2;
			free(m);
		}
		draw_edit(g, x, y, mx, &a->prompt.line, UI_NORMAL, cx);
		*cy = y;
		return;
	}
	if (a->message && a->message[0] && strcmp(a->message, " ") != 0) {
		if (y == a->status_y)
			grid_fill(g, 0, y, g->w, 1, ' ', UI_NORMAL);
		put_fit(g, 0, y, g->w, a->message, a->message_error ? UI_ERROR : UI_MESSAGE);
	} else if (y == a->status_y) {
		draw_status(a, g, y);
	}
}

/* ---- help, welcome, form ---- */

static void draw_help(const struct app *a, struct grid *g)
{
	const struct help_line *lines = a->help.text;
	size_t n = a->help.n;
	int rows = app_help_rows(a);
	int kw = 24;
	if (g->w < 50)
		kw = g->w / 3;
	for (int i = 0; i < rows; i++) {
		size_t k = a->help.top + (size_t)i;
		if (k == 0) {
			put_fit(g, 1, i, g->w, "dossier " DOSSIER_VERSION " keys \u00b7 rebind them in ~/.config/dossier/config",
				UI_HEADING);
			continue;
		}
		if (k == 1)
			continue;
		k -= 2;
		if (k >= n)
			break;
		if (lines[k].key == NULL) {
			put_fit(g, 1, i, g->w, lines[k].text, UI_SECTION);
			continue;
		}
		put_fit(g, 3, i, 3 + kw, lines[k].key, UI_KEY);
		put_fit(g, 4 + kw, i, g->w, lines[k].text, UI_NORMAL);
	}
}

static void draw_welcome(const struct app *a, struct grid *g)
{
	static const char *const text[] = {
		"Welcome to dossier",
		"",
		"The library is empty. To bring documents in, quit and run",
		"",
		"    dossier import PATH...",
		"",
		"with files or folders of plain text, Markdown or TEI XML.",
		"",
		"Or press i to import the bundled sample (five letters and",
		"telegrams of 1950-1974 from a Cold War archive).",
		"",
		"? lists every key, q quits.",
	};
	int n = (int)(sizeof text / sizeof text[0]);
	int rows = a->status_y >= 0 ? a->status_y : g->h;
	int y = rows > n ? (rows - n) / 2 : 0;
	int w = 60, x = g->w > w ? (g->w - w) / 2 : 0;
	for (int i = 0; i < n && y + i < rows; i++)
		put_fit(g, x, y + i, g->w, text[i], i == 0 ? UI_HEADING : i == 4 ? UI_KEY : UI_NORMAL);
}

static void draw_form(const struct app *a, struct grid *g, int *cx, int *cy)
{
	int w = g->w >= 64 ? 60 : g->w - 2, h = 2 * FORM_FIELDS + 4;
	if (w < 10)
		w = g->w;
	int rows = a->status_y >= 0 ? a->status_y : g->h;
	if (h > rows)
		h = rows;
	int x = (g->w - w) / 2, y = (rows - h) / 2;
	if (x < 0)
		x = 0;
	if (y < 0)
		y = 0;
	grid_fill(g, x, y, w, h, ' ', UI_NORMAL);
	struct app_rect r = { x, y, w, h };
	draw_title(g, &r, y, "Correct this document", NULL, 1);
	if (h >= 3 && w >= 3) {
		grid_fill(g, x, y + 1, 1, h - 2, VBAR, UI_BORDER);
		grid_fill(g, x + w - 1, y + 1, 1, h - 2, VBAR, UI_BORDER);
		grid_fill(g, x, y + h - 1, w, 1, RULE, UI_BORDER);
	}
	x++;
	w -= 2;
	h--;
	int line = y + 1;
	for (int f = 0; f < FORM_FIELDS && line < y + h; f++, line += 2) {
		int sel = (int)a->form.field == f;
		grid_puts(g, x + 1, line, x + w, app_form_labels[f], sel ? UI_TITLE_FOCUS : UI_LABEL);
		int fx = x + 7;
		grid_fill(g, fx, line, x + w - 1 - fx, 1, ' ', sel ? UI_SELECTED_DIM : UI_NORMAL);
		int tx;
		if (sel) {
			draw_edit(g, fx, line, x + w - 1, &a->form.fields[f], UI_SELECTED_DIM, &tx);
			*cx = tx;
			*cy = line;
		} else {
			put_fit(g, fx, line, x + w - 1, a->form.fields[f].text.data, UI_NORMAL);
		}
	}
	if (line < y + h)
		put_fit(g, x + 1, line, x + w, "Enter saves \u00b7 Esc cancels \u00b7 \u2191\u2193 fields", UI_DIM);
	if (line + 1 < y + h)
		put_fit(g, x + 1, line + 1, x + w, "date: YYYY[-MM[-DD]] \u00b7 names: a; b", UI_DIM);
}

static void draw_chooser(const struct app *a, struct grid *g)
{
	struct app_rect box;
	int inner = app_chooser_box(a, &box);
	if (inner < 0)
		return;
	int x = box.x, y = box.y, w = box.w, h = box.h;
	/* A blank column either side keeps the text under it apart. */
	grid_fill(g, x - 1, y, w + 2, h, ' ', UI_NORMAL);
	struct app_rect r = { x, y, w, h };
	draw_title(g, &r, y, a->chooser.title ? a->chooser.title : "Choose", NULL, 1);
	if (h >= 3 && w >= 3) {
		grid_fill(g, x, y + 1, 1, h - 2, VBAR, UI_BORDER);
		grid_fill(g, x + w - 1, y + 1, 1, h - 2, VBAR, UI_BORDER);
		grid_fill(g, x, y + h - 1, w, 1, RULE, UI_BORDER);
	}
	int xl = x + 1, xr = x + w - 1;
	for (int i = 0; i < inner; i++) {
		size_t k = a->chooser.top + (size_t)i;
		if (k >= a->chooser.n)
			break;
		const struct app_choice *c = &a->chooser.v[k];
		int row = y + 1 + i, sel = k == a->chooser.sel;
		int base = sel ? UI_SELECTED : UI_NORMAL;
		if (sel)
			grid_fill(g, xl, row, xr - xl, 1, ' ', base);
		int cx = grid_puts(g, xl + 1, row, xr, sel ? "\u25b6 " : "  ", base);
		if (c->id > 0) {
			char date[16];
			snprintf(date, sizeof date, "%-10.10s ", c->date ? c->date : "undated");
			cx = grid_puts(g, cx, row, xr, date, sel ? base : UI_DATE);
		}
		char *t = c->linked ? xasprintf("(now) %s", c->title) : xstrdup(c->title);
		put_fit(g, cx, row, xr - 1, t, c->id > 0 ? base : (sel ? base : UI_DIM));
		free(t);
	}
	if (h >= 3)
		put_fit(g, xl + 1, y + h - 2, xr,
			a->chooser.what == CHOOSE_FOLLOW ? "Enter opens \u00b7 c links it for good \u00b7 Esc closes"
						   : "Enter links \u00b7 Esc leaves it as it was",
			UI_DIM);
}

/* The part [*ws, *we) of a note of len bytes to lay out around the cursor
 * at cur for a box of cells cells: whole lines of it (the paragraphs
 * before the cursor's as far as they may fill the box), cut at a
 * character only in a paragraph too long to lay out whole. A long note
 * then costs each key what a short one does. */
static void editor_window(const char *t, size_t len, size_t cur, size_t cells, size_t *ws, size_t *we)
{
	/* a cell is at most a few bytes (a character and its marks) */
	size_t span = cells * 8 + 64;
	size_t s = cur > span ? cur - span : 0, e = cur + span < len ? cur + span : len;
	if (s > 0) {
		const char *nl = memchr(t + s, '\n', cur - s);
		if (nl != NULL)
			s = (size_t)(nl - t) + 1;
		else
			while (s < cur && ((unsigned char)t[s] & 0xc0) == 0x80)
				s++;
	}
	while (e < len && ((unsigned char)t[e] & 0xc0) == 0x80)
		e++;
	*ws = s;
	*we = e;
}

/* The note editor: a box over the lower part of the reading pane (the
 * passage stays in sight above it), the text wrapped, the cursor in it. */
static void draw_editor(const struct app *a, struct grid *g, int *cx, int *cy)
{
	int rows = a->status_y >= 0 ? a->status_y : g->h;
	const struct app_rect *rp = &a->pane[PANE_READ];
	int x = rp->x, w = rp->w;
	if (w < 24) {
		x = 0;
		w = g->w;
	}
	int h = rows / 2 > 8 ? rows / 2 : (rows < 8 ? rows : 8);
	int y = rows - h;
	if (h < 1 || w < 1)
		return;
	grid_fill(g, x, y, w, h, ' ', UI_NORMAL);
	struct app_rect r = { x, y, w, h };
	char *q = NULL;
	if (a->editor.id == 0) {
		char *quote = xstrndup(a->doc->doc->body + a->editor.start, a->editor.end - a->editor.start);
		char *fit = layout_fit(quote, w > 30 ? w - 20 : 10);
		q = xasprintf("Note on \u201c%s\u201d", fit);
		free(fit);
		free(quote);
	} else {
		q = xstrdup("Edit the note");
	}
	draw_title(g, &r, y, q, a->editor.ask ? NULL : "C-s saves", 1);
	free(q);
	if (h < 2)
		return;
	int tx = x + 2, tw = w - 4 > 1 ? w - 4 : 1, th = h - 2 > 1 ? h - 2 : 1;
	size_t total = a->editor.line.text.len, cur = a->editor.line.cursor;
	const char *t = a->editor.line.text.data ? a->editor.line.text.data : "";
	/* Only the text around the cursor is laid out, not the whole note. */
	size_t ws, we;
	editor_window(t, total, cur, (size_t)th * (size_t)tw, &ws, &we);
	t += ws;
	cur -= ws;
	size_t len = we - ws;
	struct layout *l = layout_create(t, len, NULL, 0, tw, LAYOUT_INLINE);
	size_t nl = layout_nlines(l), cl, ls, le;
	int col;
	if (cur == len && len && t[len - 1] == '\n') {
		cl = layout_line_of(l, len - 1) + 1;
		col = 0;
	} else {
		cl = layout_line_of(l, cur);
		layout_line_range(l, cl, &ls, &le);
		col = layout_text_width(t + ls, cur - ls);
		if (col >= tw && cl + 1 < nl) {
			cl++;
			col = 0;
		}
	}
	size_t top = cl >= (size_t)th ? cl - (size_t)th + 1 : 0;
	for (int i = 0; i < th; i++) {
		size_t line = top + (size_t)i;
		if (line >= nl)
			break;
		const struct layout_run *runs;
		size_t nr = layout_line_runs(l, line, &runs);
		for (size_t k = 0; k < nr; k++)
			grid_put(g, tx + runs[k].col, y + 1 + i, tx + tw, runs[k].text, runs[k].len,
				 runs[k].style == LS_CONTROL ? UI_CONTROL : UI_NORMAL);
	}
	layout_free(l);
	if (len == 0)
		put_fit(g, tx, y + 1, tx + tw, "Write your note. Enter starts a new line.", UI_DIM);
	put_fit(g, tx, y + h - 1, x + w, "C-s saves \u00b7 Esc closes \u00b7 C-o opens $VISUAL", UI_DIM);
	if (!a->editor.ask) {
		*cx = tx + (col < tw ? col : tw - 1);
		*cy = y + 1 + (int)(cl - top);
	}
}

void view_draw(const struct app *a, struct grid *g, int *cx, int *cy)
{
	*cx = *cy = -1;
	grid_resize(g, a->w, a->h);
	grid_clear(g, UI_NORMAL);
	if (a->help.open) {
		draw_help(a, g);
		draw_bottom(a, g, cx, cy);
		return;
	}
	if (a->doc == NULL) {
		if (a->total == 0) {
			draw_welcome(a, g);
		} else {
			if (a->shown[PANE_LIST])
				draw_list(a, g);
			if (a->filter == NULL && a->count > 0)
				put_fit(g, a->pane[PANE_READ].x + 1, a->pane[PANE_READ].y, g->w, "no document open", UI_DIM);
		}
		draw_bottom(a, g, cx, cy);
		return;
	}
	if (a->shown[PANE_LIST]) {
		draw_list(a, g);
		grid_fill(g, a->pane[PANE_LIST].w, 0, 1, a->pane[PANE_READ].y + a->pane[PANE_READ].h, VBAR, UI_BORDER);
		if (a->title_row)
			grid_fill(g, a->pane[PANE_LIST].w, 0, 1, 1, TEE, UI_BORDER);
	}
	draw_reading(a, g);
	if (a->shown[PANE_SIDE]) {
		grid_fill(g, a->pane[PANE_SIDE].x - 1, 0, 1, a->pane[PANE_SIDE].y + a->pane[PANE_SIDE].h, VBAR, UI_BORDER);
		if (a->title_row)
			grid_fill(g, a->pane[PANE_SIDE].x - 1, 0, 1, 1, TEE, UI_BORDER);
		draw_side(a, g);
	}
	if (a->form.open)
		draw_form(a, g, cx, cy);
	if (a->chooser.open)
		draw_chooser(a, g);
	if (a->editor.open)
		draw_editor(a, g, cx, cy);
	draw_bottom(a, g, cx, cy);
}
