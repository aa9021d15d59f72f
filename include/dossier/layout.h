/* layout.h: a document body laid out for a pane: display lines, each with
 * the byte range of the body it shows and the style runs to draw it.
 *
 * Widths and line breaks follow Unicode (libunistring): wide CJK take two
 * columns, combining marks none, tabs go to the next multiple of 8, lines
 * break where UAX #14 allows and a word longer than the width is cut.
 * Paragraphs (and the blank lines between them) are kept. An editorial
 * bracket is shown inline, styled apart, or folded into a numbered
 * superscript marker whose note goes to the sidebar. Nothing in a run's
 * text is a control character: any that reached the body is shown as a
 * visible placeholder ("^[").
 *
 * Lines partition the body: line i covers [start, end) and the next line
 * starts at end, so a byte offset maps to exactly one line; the reading
 * position is kept as a byte offset and survives any change of width. */
#ifndef DOSSIER_LAYOUT_H
#define DOSSIER_LAYOUT_H

#include <stddef.h>

#include "dossier/doc.h"

struct layout;

enum layout_mode {
	LAYOUT_INLINE,          /* brackets shown where they are, styled apart */
	LAYOUT_FOOTNOTES,       /* brackets folded into markers ¹ ² ³ */
};

enum layout_style {
	LS_TEXT,
	LS_BRACKET,             /* an editorial bracket, inline */
	LS_MARKER,              /* a footnote marker */
	LS_CONTROL,             /* a placeholder for a control character */
	LS_HIT,                 /* a search hit */
	LS_HIT_CURRENT,         /* the search hit moved to last */
	LS_REF,                 /* a reference resolved to a document */
	LS_REF_UNRESOLVED,      /* a reference without a target (yet) */
	LS_REF_MANUAL,          /* a reference linked by the reader */
	LS_REF_CURRENT,         /* the reference under the reference cursor */
	LS_ANNOT,               /* a passage the reader annotated */
	LS_ANNOT_CURRENT,       /* the annotation under the cursor */
	LS_SELECTION,           /* the passage being selected */
	LS_COUNT
};

/* A piece of a line drawn in one style. */
struct layout_run {
	size_t start, end;      /* the bytes of the body it shows */
	const char *text;       /* what to draw: UTF-8, no control characters */
	size_t len;             /* bytes of text */
	int col;                /* column where it starts */
	int width;              /* columns it takes */
	enum layout_style style;
	int note;               /* index of its note in the notes given, or -1 */
};

/* A growable array of runs, for layout_line_styled. */
struct layout_runs {
	struct layout_run *v;
	size_t n, cap;
};

/* A byte range to highlight (a search hit). */
struct layout_span {
	size_t start, end;
};

/* A byte range to draw in a style of its own (a hit, a reference). */
struct layout_mark {
	size_t start, end;
	enum layout_style style;
};

/* Lays out body (len bytes, UTF-8) with its notes (byte spans into body,
 * in any order; overlapping or out-of-range ones are ignored) for width
 * columns (at least 1). A long body (over 512 KiB) is laid out in parts as
 * they are read (the first screen of 200 MB at once), so reading line n
 * costs laying out what comes before it, once, and only a few parts are
 * kept laid out: such a body must outlive the layout, and the runs and
 * texts a line gives stay valid until some 48 other parts have been read
 * (draw a line before asking for far-off ones). A shorter body is laid
 * out at once and copied. O(len) in all. */
struct layout *layout_create(const char *body, size_t len, const struct doc_note *notes, size_t nnotes,
			     int width, enum layout_mode mode);
void layout_free(struct layout *l);
/* Lays out about bytes more of the body ahead of what has been read (for
 * a reader's idle time; SIZE_MAX: all of it, which makes layout_nlines
 * exact); 1 if it did (0: all of it was laid out). */
int layout_advance(struct layout *l, size_t bytes);

int layout_width(const struct layout *l);
enum layout_mode layout_mode(const struct layout *l);
/* Number of display lines: at least 1, even for an empty body. While a
 * long body is not all laid out, the rest is estimated from what is. */
size_t layout_nlines(const struct layout *l);
/* The byte range [start, end) of the body that line shows (a line past the
 * end is clamped to the last). */
void layout_line_range(const struct layout *l, size_t line, size_t *start, size_t *end);
/* The line that shows byte offset off (binary search; past the end: the
 * last line). */
size_t layout_line_of(const struct layout *l, size_t off);
/* Columns a line takes (trailing spaces excluded). */
int layout_line_width(const struct layout *l, size_t line);
/* The runs of a line as laid out; returns their number. */
size_t layout_line_runs(const struct layout *l, size_t line, const struct layout_run **runs);
/* The runs of a line with hits (sorted by start) overlaid: a hit cuts runs
 * where it starts and ends and takes LS_HIT, or LS_HIT_CURRENT for the hit
 * of index current. out is reset and filled; the texts point into l. */
void layout_line_styled(const struct layout *l, size_t line, const struct layout_span *hits, size_t nhits,
			size_t current, struct layout_runs *out);
/* The same with marks of any style (sorted by start, not overlapping):
 * a mark cuts the runs where it starts and ends and gives its style to
 * what is between; a run that is not plain text (a marker, a placeholder)
 * takes the style of the first mark it touches, whole. */
void layout_line_marked(const struct layout *l, size_t line, const struct layout_mark *marks, size_t nmarks,
			struct layout_runs *out);
void layout_runs_free(struct layout_runs *r);
/* The text of a line as drawn (for tests and copying). Caller frees. */
char *layout_line_text(const struct layout *l, size_t line);

/* The marker for note number n (1-based) in superscript digits, into out
 * (at least 32 bytes). Returns out. */
char *layout_marker(unsigned n, char *out);

/* Display width of UTF-8 text, as the layout counts it (controls count as
 * their placeholders). */
int layout_text_width(const char *s, size_t len);
/* A copy of s safe for a terminal and cut to at most width columns, with
 * "…" at the end when cut; newlines and tabs become spaces. Caller frees. */
char *layout_fit(const char *s, int width);

/* Asks the allocator to keep freed memory for the next layout instead of
 * handing it back to the system: laying out a 1 MiB document again at a
 * new width then reuses pages rather than faulting in fresh ones (a
 * third of the time). For long-running readers; glibc only. */
void layout_keep_memory(void);

#endif
