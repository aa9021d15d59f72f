/* layout.c: body + notes + width -> display lines with byte ranges and
 * style runs. One pass builds "units" (a character with its combining
 * marks, a tab, a placeholder, a marker) for a paragraph, a greedy pass
 * wraps them at the break opportunities libunistring gives. */
#include "dossier/layout.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "dossier/util.h"
#include "layout_priv.h"

enum {
	U_PLAIN = 1,            /* its text is its body bytes (runs may merge) */
	U_SPACE = 2,            /* hangs at the end of a line */
	U_TAB = 4,
	U_BREAK = 8,            /* a line may break before it */
};

struct unit {
	size_t start, end;      /* body bytes */
	size_t toff, tlen;      /* display text in l->text */
	int width;
	unsigned char style, flags;
	int note;
};

struct lrun {
	size_t start, end, toff, len;
	int col, width;
	unsigned char style, plain;
	int note;
};

struct lline {
	size_t start, end;
	size_t run0, nruns;
	int width;
};

struct span {
	size_t start, end;
	int idx;
};

/* A part of the body laid out on its own: [from, len) of body, whole
 * paragraphs (but in a paragraph of over 2 MiB). Offsets are the body's. */
struct part {
	int width;
	enum layout_mode mode;
	const char *body;       /* only while building */
	size_t len;             /* where the part ends */
	const struct span *notes; /* the layout's, all of them */
	size_t nnotes;
	struct buf text;
	struct lrun *lruns;
	size_t nlruns, caplruns;
	struct layout_run *runs; /* public runs, built once text is final */
	unsigned char *plain;
	struct lline *lines;
	size_t nlines, caplines;
	struct unit *units;     /* scratch for one paragraph */
	size_t nunits, capunits;
};

/* Writes the placeholder for a code point that must never reach a
 * terminal (controls, bidi overrides, line separators) into out and
 * returns its length, or returns 0 for a printable one. */
/* Display width: printable ASCII, most of any archive text, without the
 * table lookup. */
static int width_of(ucs4_t uc)
{
	return uc >= 0x20 && uc < 0x7f ? 1 : uc_width(uc, "UTF-8");
}

static size_t placeholder(ucs4_t uc, char out[16])
{
	if (uc >= 0x20 && uc < 0x7f)
		return 0;
	if (uc < 0x20 || uc == 0x7f)
		return (size_t)snprintf(out, 16, "^%c", uc == 0x7f ? '?' : (char)(uc + '@'));
	if ((uc >= 0x80 && uc < 0xa0) || uc == 0x2028 || uc == 0x2029 || uc == 0x200e || uc == 0x200f ||
	    (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2066 && uc <= 0x2069))
		return (size_t)snprintf(out, 16, "<U+%04X>", (unsigned)uc);
	if (uc_width(uc, "UTF-8") < 0)
		return (size_t)snprintf(out, 16, "<U+%04X>", (unsigned)uc);
	return 0;
}

char *layout_marker(unsigned n, char *out)
{
	static const char *const sup[] = { "\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
					   "\u2075", "\u2076", "\u2077", "\u2078", "\u2079" };
	char digits[16];
	snprintf(digits, sizeof digits, "%u", n);
	out[0] = '\0';
	for (char *d = digits; *d; d++)
		strcat(out, sup[*d - '0']);
	return out;
}

static struct unit *unit_push(struct part *l)
{
	if (l->nunits == l->capunits) {
		l->capunits = l->capunits ? l->capunits * 2 : 256;
		l->units = xreallocarray(l->units, l->capunits, sizeof *l->units);
	}
	struct unit *u = &l->units[l->nunits++];
	memset(u, 0, sizeof *u);
	u->note = -1;
	return u;
}

static void unit_text(struct part *l, struct unit *u, const char *s, size_t n)
{
	u->toff = l->text.len;
	u->tlen = n;
	/* One character at a time: no memcpy call for a byte or four. */
	if (l->text.len + n + 1 > l->text.cap)
		buf_reserve(&l->text, n);
	char *d = l->text.data + l->text.len;
	for (size_t i = 0; i < n; i++)
		d[i] = s[i];
	l->text.len += n;
	l->text.data[l->text.len] = '\0';
}

/* Adds n bytes to the text of u, the last unit made. */
static void unit_text_append(struct part *l, struct unit *u, const char *s, size_t n)
{
	if (l->text.len + n + 1 > l->text.cap)
		buf_reserve(&l->text, n);
	memcpy(l->text.data + l->text.len, s, n);
	l->text.len += n;
	l->text.data[l->text.len] = '\0';
	u->tlen += n;
}

static struct lrun *run_push(struct part *l)
{
	if (l->nlruns == l->caplruns) {
		l->caplruns = l->caplruns ? l->caplruns * 2 : 256;
		l->lruns = xreallocarray(l->lruns, l->caplruns, sizeof *l->lruns);
	}
	struct lrun *r = &l->lruns[l->nlruns++];
	memset(r, 0, sizeof *r);
	return r;
}

static int tab_width(int col)
{
	return 8 - col % 8;
}

/* Emits units [ua, ub) as a line covering body bytes [start, end). */
static void emit_line(struct part *l, size_t ua, size_t ub, size_t start, size_t end)
{
	if (l->nlines == l->caplines) {
		l->caplines = l->caplines ? l->caplines * 2 : 256;
		l->lines = xreallocarray(l->lines, l->caplines, sizeof *l->lines);
	}
	struct lline *ln = &l->lines[l->nlines++];
	ln->start = start;
	ln->end = end;
	ln->run0 = l->nlruns;
	/* Spaces at the end of a line hang past the margin: not drawn. */
	while (ub > ua && (l->units[ub - 1].flags & U_SPACE))
		ub--;
	int col = 0;
	struct lrun *prev = NULL;
	for (size_t k = ua; k < ub; k++) {
		struct unit *u = &l->units[k];
		int w = u->width;
		if (u->flags & U_TAB) {
			w = tab_width(col);
			u->toff = l->text.len;
			u->tlen = (size_t)w;
			for (int i = 0; i < w; i++)
				buf_addc(&l->text, ' ');
		}
		int plain = (u->flags & U_PLAIN) != 0;
		if (plain && prev && prev->plain && prev->style == u->style && prev->note == u->note &&
		    prev->end == u->start && prev->toff + prev->len == u->toff) {
			prev->end = u->end;
			prev->len += u->tlen;
			prev->width += w;
		} else {
			struct lrun *r = run_push(l);
			r->start = u->start;
			r->end = u->end;
			r->toff = u->toff;
			r->len = u->tlen;
			r->col = col;
			r->width = w;
			r->style = u->style;
			r->plain = (unsigned char)plain;
			r->note = u->note;
			prev = r;
		}
		col += w;
	}
	ln->nruns = l->nlruns - ln->run0;
	ln->width = col;
}

static int unit_cols(const struct unit *u, int col)
{
	return (u->flags & U_TAB) ? tab_width(col) : u->width;
}

/* Wraps the paragraph's units greedily; the paragraph covers [p, end). */
static void wrap(struct part *l, size_t p, size_t end)
{
	if (l->nunits == 0) {
		emit_line(l, 0, 0, p, end);
		return;
	}
	size_t ls = 0, lb = 0, start = p;
	int col = 0;
	for (size_t k = 0; k < l->nunits; k++) {
		struct unit *u = &l->units[k];
		if (k > ls && (u->flags & U_BREAK))
			lb = k;
		int w = unit_cols(u, col);
		if (!(u->flags & U_SPACE)) {
			while (w > 0 && col + w > l->width && k > ls) {
				/* At the last break opportunity, else cut the word. */
				size_t at = lb > ls ? lb : k;
				emit_line(l, ls, at, start, l->units[at].start);
				start = l->units[at].start;
				ls = at;
				lb = 0;
				col = 0;
				for (size_t j = at; j < k; j++)
					col += unit_cols(&l->units[j], col);
				w = unit_cols(u, col);
			}
		}
		col += w;
	}
	emit_line(l, ls, l->nunits, start, end);
}

/* Where the paragraph starting at p ends: the next newline that a folded
 * note does not hide. ni is the first note not yet passed. */
static size_t para_end(const struct part *l, size_t p, size_t ni)
{
	size_t j = p;
	for (;;) {
		const char *nl = memchr(l->body + j, '\n', l->len - j);
		size_t q = nl ? (size_t)(nl - l->body) : l->len;
		if (l->mode != LAYOUT_FOOTNOTES || q == l->len)
			return q;
		while (ni < l->nnotes && l->notes[ni].end <= q)
			ni++;
		if (ni < l->nnotes && l->notes[ni].start <= q && l->notes[ni].start < l->notes[ni].end) {
			j = l->notes[ni].end;
			if (j >= l->len)
				return l->len;
			continue;
		}
		return q;
	}
}

static void marker_unit(struct part *l, const struct span *n, size_t start, size_t end, int brk)
{
	char m[32];
	layout_marker((unsigned)n->idx + 1, m);
	struct unit *u = unit_push(l);
	u->start = start;
	u->end = end;
	u->style = LS_MARKER;
	u->note = n->idx;
	u->flags = brk ? U_BREAK : 0;
	u->width = layout_text_width(m, strlen(m));
	unit_text(l, u, m, strlen(m));
}

/* Builds the units of paragraph [p, q) and returns the note cursor. */
static size_t para_units(struct part *l, size_t p, size_t q, size_t ni, const char *brk)
{
	const uint8_t *s = (const uint8_t *)l->body;
	size_t i = p;
	l->nunits = 0;
	while (i < q) {
		/* Notes that begin here (or inside the character before). */
		int folded = 0;
		while (ni < l->nnotes && l->notes[ni].start <= i) {
			const struct span *n = &l->notes[ni];
			if (n->start == n->end) {
				marker_unit(l, n, i, i, l->nunits == 0 || brk[i - p] == UC_BREAK_POSSIBLE);
				ni++;
				continue;
			}
			if (n->end <= i) {
				ni++;
				continue;
			}
			if (l->mode == LAYOUT_FOOTNOTES) {
				/* The marker takes the place of " [bracket]". */
				size_t from = i;
				while (l->nunits > 0 && (l->units[l->nunits - 1].flags & U_SPACE)) {
					from = l->units[l->nunits - 1].start;
					l->nunits--;
				}
				marker_unit(l, n, from, n->end, l->nunits == 0);
				i = n->end;
				ni++;
				folded = 1;
			}
			break;
		}
		if (folded || i >= q)
			continue;
		int in_note = l->mode == LAYOUT_INLINE && ni < l->nnotes && l->notes[ni].start <= i &&
			      i < l->notes[ni].end;
		ucs4_t uc = s[i];
		int cl = 1;
		if (uc >= 0x80) /* ASCII needs no decoding */
			cl = u8_mbtouc(&uc, s + i, q - i);
		int valid = !(uc == 0xfffd && !(cl == 3 && s[i] == 0xef && s[i + 1] == 0xbf && s[i + 2] == 0xbd));
		unsigned char flags = 0;
		/* A mandatory break inside a paragraph comes from a line
		 * separator, which is shown as a placeholder instead. */
		if (brk[i - p] == UC_BREAK_POSSIBLE)
			flags |= U_BREAK;
		unsigned char style = in_note ? LS_BRACKET : LS_TEXT;
		int note = in_note ? l->notes[ni].idx : -1;
		char ph[16];
		size_t phn;
		struct unit *u;
		if (uc == '\t') {
			u = unit_push(l);
			u->flags = flags | U_TAB | U_SPACE;
		} else if (!valid) {
			u = unit_push(l);
			u->flags = flags;
			u->width = 1;
			unit_text(l, u, "\xef\xbf\xbd", 3);
		} else if ((phn = placeholder(uc, ph)) > 0) {
			u = unit_push(l);
			u->flags = flags;
			u->width = (int)phn;
			unit_text(l, u, ph, phn);
			style = LS_CONTROL;
		} else {
			int w = width_of(uc);
			struct unit *last = l->nunits ? &l->units[l->nunits - 1] : NULL;
			if (uc > ' ' && uc < 0x7f && !(flags & U_BREAK) && last && (last->flags & U_PLAIN) &&
			    !(last->flags & U_SPACE) && last->end == i && last->style == style && last->note == note &&
			    last->toff + last->tlen == l->text.len && last->width < l->width) {
				/* Printable ASCII where no line may break joins the unit
				 * before it: a word is one unit, not one per letter. A
				 * unit never grows wider than the line, so a longer word
				 * is still cut at the margin. */
				last->end++;
				last->width++;
				unit_text_append(l, last, (const char *)s + i, 1);
				i++;
				continue;
			}
			if (w == 0 && last && (last->flags & U_PLAIN) && last->end == i && last->style == style &&
			    last->note == note && last->toff + last->tlen == l->text.len) {
				/* A combining mark joins the character before it. */
				last->end += (size_t)cl;
				last->tlen += (size_t)cl;
				buf_add(&l->text, s + i, (size_t)cl);
				i += (size_t)cl;
				continue;
			}
			u = unit_push(l);
			u->flags = flags | U_PLAIN | (uc == ' ' ? U_SPACE : 0);
			u->width = w;
			unit_text(l, u, (const char *)s + i, (size_t)cl);
		}
		u->start = i;
		u->end = i + (size_t)cl;
		u->style = style;
		u->note = note;
		i += (size_t)cl;
	}
	/* Anchors at the very end of the paragraph, past a note that ended
	 * on its last character (else they went to the next paragraph, and
	 * to no part when a part ends here). */
	for (; ni < l->nnotes && l->notes[ni].start <= q; ni++) {
		if (l->notes[ni].start == l->notes[ni].end)
			marker_unit(l, &l->notes[ni], q, q, 0);
		else if (l->notes[ni].end > q)
			break;
	}
	return ni;
}

static int span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->idx - y->idx;
}

/* The notes that make sense, into *out: in range (of a body of len
 * bytes), sorted, not overlapping. Returns their number. */
static size_t take_notes(size_t len, const struct doc_note *notes, size_t nnotes, struct span **out)
{
	struct span *v = xcalloc(nnotes ? nnotes : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < nnotes; i++) {
		if (notes[i].start > notes[i].end || notes[i].end > len)
			continue;
		v[n].start = notes[i].start;
		v[n].end = notes[i].end;
		v[n].idx = (int)i;
		n++;
	}
	qsort(v, n, sizeof *v, span_cmp);
	size_t k = 0, end = 0;
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && v[i].start < end)
			continue;
		v[k++] = v[i];
		end = v[i].end;
	}
	*out = v;
	return k;
}

/* Builds the part [from, to) of body; ni: the first note at or after from. */
static struct part *part_create(const char *body, size_t from, size_t to, const struct span *notes, size_t nnotes,
				size_t ni, int width, enum layout_mode mode)
{
	struct part *l = xcalloc(1, sizeof *l);
	l->width = width;
	l->mode = mode;
	l->body = body;
	l->len = to;
	l->notes = notes;
	l->nnotes = nnotes;
	size_t n = to - from;
	buf_init(&l->text);
	buf_reserve(&l->text, n + n / 8 + 16);
	/* Sized from the text, so the arrays are not copied as they grow:
	 * about a line per width bytes, a run or two per line. */
	l->caplines = n / (size_t)l->width + 64;
	l->lines = xreallocarray(NULL, l->caplines, sizeof *l->lines);
	l->caplruns = 2 * l->caplines;
	l->lruns = xreallocarray(NULL, l->caplruns, sizeof *l->lruns);
	char *brk = NULL;
	size_t brkcap = 0, p = from;
	if (from == to)
		emit_line(l, 0, 0, from, from);
	while (p < l->len) {
		size_t q = para_end(l, p, ni);
		if (q - p + 1 > brkcap) {
			brkcap = q - p + 1;
			brk = xrealloc(brk, brkcap);
		}
		if (q > p)
			u8_possible_linebreaks((const uint8_t *)l->body + p, q - p, "UTF-8", brk);
		ni = para_units(l, p, q, ni, brk);
		size_t end = q < l->len ? q + 1 : q;
		wrap(l, p, end);
		p = end;
	}
	free(brk);
	free(l->units);
	l->units = NULL;
	/* Now that the text no longer moves, runs can point into it. */
	l->runs = xcalloc(l->nlruns ? l->nlruns : 1, sizeof *l->runs);
	l->plain = xcalloc(l->nlruns ? l->nlruns : 1, 1);
	for (size_t i = 0; i < l->nlruns; i++) {
		const struct lrun *r = &l->lruns[i];
		l->runs[i] = (struct layout_run){ r->start, r->end, l->text.data + r->toff, r->len,
						  r->col, r->width, (enum layout_style)r->style, r->note };
		l->plain[i] = r->plain;
	}
	free(l->lruns);
	l->lruns = NULL;
	l->body = NULL;
	return l;
}

static void part_free(struct part *l)
{
	if (l == NULL)
		return;
	buf_free(&l->text);
	free(l->runs);
	free(l->plain);
	free(l->lines);
	free(l);
}

/* A long body is laid out in parts of about this many bytes, each when it
 * is first read: the first screen of a letter of 200 MB comes at once,
 * not after all of it is laid out (12 s). */
#define PART_BYTES ((size_t)256 << 10)
static size_t part_bytes = PART_BYTES;
/* Parts kept laid out at most; the least recently read go (their line
 * counts stay), so a long document read end to end does not hold all of
 * its layout (it took 744 MB for 200 MB). */
#define PARTS_KEPT 48

struct piece {
	size_t start, end;      /* the bytes of the body */
	size_t ni;              /* its first note */
	size_t lines;           /* display lines, once laid out */
	struct part *part;      /* laid out, or NULL (not yet, or let go) */
	unsigned long used;     /* when last read */
};

struct layout {
	int width;
	enum layout_mode mode;
	const char *body;       /* the caller's: it outlives the layout */
	size_t len;
	struct span *notes;
	size_t nnotes;
	struct piece *pc;
	size_t npc;
	size_t done;            /* pieces [0, done) have their lines counted */
	size_t *first;          /* first[k]: the first line of piece k, k <= done */
	size_t kept;            /* pieces laid out now */
	unsigned long clock;
};

/* The note that a cut at i would split (start < i <= end: a folded note
 * also hides the newline it ends with) or show at the end of one part and
 * the start of the next (an anchor, an empty note, at i), else NULL.
 * Notes are sorted and do not overlap, so their ends are sorted too. */
static const struct span *note_at_cut(const struct layout *l, size_t i)
{
	size_t lo = 0, hi = l->nnotes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->notes[mid].end < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < l->nnotes && (l->notes[lo].start < i || l->notes[lo].end == i))
		return &l->notes[lo];
	return NULL;
}

/* The first place after a byte c in [from, limit) where the body may be
 * cut, else 0. */
static size_t cut_after(const struct layout *l, size_t from, size_t limit, char c)
{
	if (limit > l->len)
		limit = l->len;
	for (size_t i = from; i < limit;) {
		const char *x = memchr(l->body + i, c, limit - i);
		if (x == NULL)
			return 0;
		size_t at = (size_t)(x - l->body) + 1;
		const struct span *n = note_at_cut(l, at);
		if (n == NULL)
			return at < l->len ? at : 0;
		i = n->end > at ? n->end : at;
	}
	return 0;
}

/* Where the part that starts at from ends. After a newline, where a
 * paragraph ends, so the lines are those of the body laid out whole. A
 * paragraph of over 2 MiB (a text without newlines) is cut after a
 * space, else between two characters: a line ends there that would not
 * in the whole, which no reader of such a text can tell. */
static size_t part_end(const struct layout *l, size_t from)
{
	if (l->len - from <= 2 * part_bytes)
		return l->len;
	size_t at = cut_after(l, from + part_bytes, from + 8 * part_bytes, '\n');
	if (at == 0)
		at = cut_after(l, from + part_bytes, from + 2 * part_bytes, ' ');
	for (size_t i = from + part_bytes; at == 0 && i < l->len;) {
		const struct span *n = note_at_cut(l, i);
		if (n)
			i = n->end > i ? n->end : i + 1;
		else if (((unsigned char)l->body[i] & 0xc0) == 0x80)
			i++; /* not inside a character */
		else
			at = i;
	}
	return at ? at : l->len;
}

static void count_to(const struct layout *cl, size_t k);

struct layout *layout_create(const char *body, size_t len, const struct doc_note *notes, size_t nnotes,
			     int width, enum layout_mode mode)
{
	struct layout *l = xcalloc(1, sizeof *l);
	l->width = width < 1 ? 1 : width;
	l->mode = mode;
	l->body = body ? body : "";
	l->len = body ? len : 0;
	l->nnotes = take_notes(l->len, notes, nnotes, &l->notes);
	size_t cap = 0, ni = 0;
	for (size_t from = 0; from < l->len || l->npc == 0;) {
		size_t to = part_end(l, from);
		if (l->npc == cap) {
			cap = cap ? cap * 2 : 8;
			l->pc = xreallocarray(l->pc, cap, sizeof *l->pc);
		}
		while (ni < l->nnotes && l->notes[ni].start < from)
			ni++;
		l->pc[l->npc++] = (struct piece){ from, to, ni, 0, NULL, 0 };
		if (to == from)
			break;
		from = to;
	}
	l->first = xcalloc(l->npc + 1, sizeof *l->first);
	/* A body of one part is laid out now: the caller may free it (a
	 * header, a note in the sidebar); only a long one is read later. */
	if (l->npc == 1)
		count_to(l, 0);
	return l;
}

void layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	for (size_t k = 0; k < l->npc; k++)
		part_free(l->pc[k].part);
	free(l->pc);
	free(l->first);
	free(l->notes);
	free(l);
}

/* Piece k laid out (now if it was not); the least recently read goes
 * when too many are kept. The layout is read through const pointers and
 * laid out as it is read: what it shows never changes, only when it is
 * computed. */
static const struct part *piece_part(const struct layout *cl, size_t k)
{
	struct layout *l = (struct layout *)cl;
	struct piece *pc = &l->pc[k];
	pc->used = ++l->clock;
	if (pc->part)
		return pc->part;
	if (l->kept >= PARTS_KEPT) {
		size_t old = SIZE_MAX;
		for (size_t i = 0; i < l->npc; i++)
			if (l->pc[i].part && i != k && (old == SIZE_MAX || l->pc[i].used < l->pc[old].used))
				old = i;
		if (old != SIZE_MAX) {
			part_free(l->pc[old].part);
			l->pc[old].part = NULL;
			l->kept--;
		}
	}
	pc->part = part_create(l->body, pc->start, pc->end, l->notes, l->nnotes, pc->ni, l->width, l->mode);
	pc->lines = pc->part->nlines;
	l->kept++;
	return pc->part;
}

/* Counts the lines of pieces up to k (laying out those not yet counted). */
static void count_to(const struct layout *cl, size_t k)
{
	struct layout *l = (struct layout *)cl;
	while (l->done <= k && l->done < l->npc) {
		piece_part(l, l->done);
		l->first[l->done + 1] = l->first[l->done] + l->pc[l->done].lines;
		l->done++;
	}
}

void layout_part_bytes(size_t n)
{
	part_bytes = n ? n : PART_BYTES;
}

int layout_advance(struct layout *l, size_t bytes)
{
	size_t was = l->done, goal = 0;
	if (l->done < l->npc)
		goal = bytes > l->len - l->pc[l->done].start ? l->len : l->pc[l->done].start + bytes;
	while (l->done < l->npc && l->pc[l->done].start < goal)
		count_to(l, l->done);
	return l->done > was;
}

int layout_width(const struct layout *l)
{
	return l->width;
}

enum layout_mode layout_mode(const struct layout *l)
{
	return l->mode;
}

size_t layout_nlines(const struct layout *l)
{
	count_to(l, 0);
	size_t n = l->first[l->done];
	if (l->done == l->npc)
		return n;
	/* what is not laid out yet, at the lines per byte of what is */
	size_t counted = l->pc[l->done].start, rest = l->len - counted;
	return n + (size_t)((double)rest * (double)n / (double)(counted ? counted : 1)) + 1;
}

/* The piece of line line (counting as far as it takes; past the end: the
 * last line), its part and the line there. */
static const struct lline *line_at(const struct layout *l, size_t line, const struct part **part)
{
	while (l->done < l->npc && line >= l->first[l->done])
		count_to(l, l->done);
	size_t lo = 0, hi = l->done;
	/* the last piece whose first line is <= line */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->first[mid] <= line)
			lo = mid;
		else
			hi = mid;
	}
	const struct part *p = piece_part(l, lo);
	size_t i = line - l->first[lo];
	*part = p;
	return &p->lines[i < p->nlines ? i : p->nlines - 1];
}

void layout_line_range(const struct layout *l, size_t line, size_t *start, size_t *end)
{
	const struct part *p;
	const struct lline *ln = line_at(l, line, &p);
	*start = ln->start;
	*end = ln->end;
}

size_t layout_line_of(const struct layout *l, size_t off)
{
	/* the piece of off: counted up to it */
	size_t lo = 0, hi = l->npc;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->pc[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	count_to(l, lo);
	const struct part *p = piece_part(l, lo);
	size_t a = 0, b = p->nlines;
	/* The last line whose start is <= off. */
	while (b - a > 1) {
		size_t mid = a + (b - a) / 2;
		if (p->lines[mid].start <= off)
			a = mid;
		else
			b = mid;
	}
	return l->first[lo] + a;
}

int layout_line_width(const struct layout *l, size_t line)
{
	const struct part *p;
	return line_at(l, line, &p)->width;
}

size_t layout_line_runs(const struct layout *l, size_t line, const struct layout_run **runs)
{
	const struct part *p;
	const struct lline *ln = line_at(l, line, &p);
	*runs = p->runs + ln->run0;
	return ln->nruns;
}

static void runs_push(struct layout_runs *o, const struct layout_run *r)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 32;
		o->v = xreallocarray(o->v, o->cap, sizeof *o->v);
	}
	o->v[o->n++] = *r;
}

/* Pushes the part [a, b) of plain run r in style st; returns its width. */
static int push_piece(struct layout_runs *o, const struct layout_run *r, size_t a, size_t b, int col,
		      enum layout_style st)
{
	struct layout_run p = *r;
	p.start = a;
	p.end = b;
	p.text = r->text + (a - r->start);
	p.len = b - a;
	p.col = col;
	p.width = layout_text_width(p.text, p.len);
	p.style = st;
	runs_push(o, &p);
	return p.width;
}

void layout_line_marked(const struct layout *l, size_t line, const struct layout_mark *marks, size_t nmarks,
			struct layout_runs *out)
{
	out->n = 0;
	const struct part *part;
	const struct lline *ln = line_at(l, line, &part);
	/* The first mark that ends after the line starts. */
	size_t lo = 0, hi = nmarks;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (marks[mid].end <= ln->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = ln->run0; k < ln->run0 + ln->nruns; k++) {
		const struct layout_run *r = &part->runs[k];
		size_t h = lo;
		while (h < nmarks && marks[h].end <= r->start)
			h++;
		if (!part->plain[k] || r->start == r->end) {
			struct layout_run c = *r;
			if (h < nmarks && marks[h].start < r->end && r->start < r->end)
				c.style = marks[h].style;
			runs_push(out, &c);
			continue;
		}
		size_t pos = r->start;
		int col = r->col;
		for (; h < nmarks && marks[h].start < r->end; h++) {
			if (marks[h].end <= pos)
				continue;
			size_t a = marks[h].start > pos ? marks[h].start : pos;
			size_t b = marks[h].end < r->end ? marks[h].end : r->end;
			if (a > pos)
				col += push_piece(out, r, pos, a, col, r->style);
			col += push_piece(out, r, a, b, col, marks[h].style);
			pos = b;
			if (pos >= r->end)
				break;
		}
		if (pos < r->end)
			push_piece(out, r, pos, r->end, col, r->style);
	}
}

void layout_line_styled(const struct layout *l, size_t line, const struct layout_span *hits, size_t nhits,
			size_t current, struct layout_runs *out)
{
	const struct part *part;
	const struct lline *ln = line_at(l, line, &part);
	/* Only the hits that touch the line become marks. */
	size_t lo = 0, hi = nhits;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (hits[mid].end <= ln->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < nhits && hits[lo + n].start < ln->end)
		n++;
	struct layout_mark stack[32] = { { 0, 0, LS_TEXT } }, *m = n <= 32 ? stack : xcalloc(n, sizeof *m);
	for (size_t i = 0; i < n; i++)
		m[i] = (struct layout_mark){ hits[lo + i].start, hits[lo + i].end,
					     lo + i == current ? LS_HIT_CURRENT : LS_HIT };
	layout_line_marked(l, line, m, n, out);
	if (m != stack)
		free(m);
}

void layout_runs_free(struct layout_runs *r)
{
	free(r->v);
	r->v = NULL;
	r->n = r->cap = 0;
}

char *layout_line_text(const struct layout *l, size_t line)
{
	const struct layout_run *runs;
	size_t n = layout_line_runs(l, line, &runs);
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++)
		buf_add(&b, runs[i].text, runs[i].len);
	return buf_detach(&b);
}

int layout_text_width(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	int w = 0;
	while (p < end) {
		ucs4_t uc;
		int cl = u8_mbtouc(&uc, p, (size_t)(end - p));
		char ph[16];
		size_t phn = uc == '\t' ? 1 : placeholder(uc, ph);
		w += phn ? (int)phn : width_of(uc);
		p += cl;
	}
	return w;
}

/* 1 if s is wider than width: read only as far as it takes to know (a
 * note of 50 MB in a row of 40 columns). */
static int wider_than(const char *s, int width)
{
	const uint8_t *p = (const uint8_t *)s;
	int w = 0;
	while (*p && w <= width) {
		size_t n = 1;
		while (n < 4 && (p[n] & 0xc0) == 0x80)
			n++;
		w += layout_text_width((const char *)p, n);
		p += n;
	}
	return w > width;
}

char *layout_fit(const char *s, int width)
{
	struct buf b;
	buf_init(&b);
	if (s == NULL || width <= 0)
		return buf_detach(&b);
	int over = wider_than(s, width);
	size_t len = over ? strnlen(s, (size_t)width * 16 + 64) : strlen(s);
	int room = over ? width - 1 : width;
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	int col = 0;
	while (p < end) {
		ucs4_t uc;
		int cl = u8_mbtouc(&uc, p, (size_t)(end - p));
		char ph[16];
		size_t phn = 0;
		const char *out = (const char *)p;
		size_t outn = (size_t)cl;
		int w;
		if (uc == '\n' || uc == '\t' || uc == '\r') {
			out = " ";
			outn = 1;
			w = 1;
		} else if ((phn = placeholder(uc, ph)) > 0) {
			out = ph;
			outn = phn;
			w = (int)phn;
		} else {
			w = width_of(uc);
		}
		if (col + w > room)
			break;
		buf_add(&b, out, outn);
		col += w;
		p += cl;
	}
	if (over)
		buf_adds(&b, "\u2026");
	return buf_detach(&b);
}

void layout_keep_memory(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}
