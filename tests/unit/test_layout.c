/* test_layout.c: wrapping, widths, paragraphs, byte <-> line mapping,
 * footnote markers and visible controls, without a terminal. */
#include <stdlib.h>
#include <string.h>

#include "dossier/layout.h"
#include "dossier/util.h"
#include "layout_priv.h" /* layout_part_bytes: a long body laid out whole, or in small parts */
#include "test.h"

static struct layout *lay(const char *body, int width)
{
	return layout_create(body, strlen(body), NULL, 0, width, LAYOUT_INLINE);
}

/* The lines of a layout joined by '|'. */
static char *joined(const struct layout *l)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < layout_nlines(l); i++) {
		char *t = layout_line_text(l, i);
		buf_printf(&b, "%s%s", i ? "|" : "", t);
		free(t);
	}
	return buf_detach(&b);
}

static void check_lines(const char *body, int width, const char *want)
{
	struct layout *l = lay(body, width);
	char *got = joined(l);
	CHECK_STR(got, want);
	free(got);
	layout_free(l);
}

/* Every line fits, lines partition the body, and each byte maps to the
 * line whose range holds it. */
static int check_invariants(const struct layout *l, size_t len)
{
	int ok = 1;
	size_t prev_end = 0;
	for (size_t i = 0; i < layout_nlines(l); i++) {
		size_t s, e;
		layout_line_range(l, i, &s, &e);
		if (s != prev_end || e < s)
			ok = 0;
		prev_end = e;
		for (size_t b = s; b < e; b++)
			if (layout_line_of(l, b) != i)
				ok = 0;
	}
	if (prev_end != len)
		ok = 0;
	return ok;
}

static void test_wrap(void)
{
	const char *t = "We have received your cable of 30 September and 1 October.";
	check_lines(t, 80, t);
	check_lines(t, 20, "We have received|your cable of 30|September and 1|October.");
	check_lines(t, 10, "We have|received|your cable|of 30|September|and 1|October.");
	/* Exactly the width fits; the space hangs. */
	check_lines("abcde fghij", 5, "abcde|fghij");
	check_lines("abcde fghij", 11, "abcde fghij");
	/* A hyphen is a break opportunity after it. */
	check_lines("Pak Heon-yeong", 10, "Pak Heon-|yeong");
	/* Leading spaces (indentation) are kept. */
	check_lines("    indented text", 40, "    indented text");
	for (int w = 1; w <= 30; w++) {
		struct layout *l = lay(t, w);
		int fits = 1;
		for (size_t i = 0; i < layout_nlines(l); i++)
			if (layout_line_width(l, i) > w)
				fits = 0;
		if (!CHECK(fits && check_invariants(l, strlen(t))))
			printf("#   width %d\n", w);
		layout_free(l);
	}
}

static void test_long_word(void)
{
	check_lines("supercalifragilistic", 8, "supercal|ifragili|stic");
	check_lines("a verylongwordindeed b", 6, "a|verylo|ngword|indeed|b");
	check_lines("http://example.org/a/b/c", 10, "http://|example.|org/a/b/c");
}

static void test_paragraphs(void)
{
	check_lines("One.\n\nTwo.", 40, "One.||Two.");
	check_lines("One.\n\n\nTwo.\n", 40, "One.|||Two.");
	check_lines("a b c\nd e f", 3, "a b|c|d e|f");
	struct layout *l = lay("One.\n\nTwo.", 40);
	CHECK_INT(layout_nlines(l), 3);
	size_t s, e;
	layout_line_range(l, 1, &s, &e);
	CHECK_INT(s, 5);
	CHECK_INT(e, 6);
	CHECK(check_invariants(l, 10));
	layout_free(l);
	/* Spaces-only lines (as some exports have) stay blank lines. */
	check_lines("A.\n \nB.", 40, "A.||B.");
}

static void test_cjk(void)
{
	/* 毛泽东 (Mao Zedong): three wide characters, six columns. */
	const char *mao = "\u6bdb\u6cfd\u4e1c";
	struct layout *l = lay(mao, 80);
	CHECK_INT(layout_line_width(l, 0), 6);
	layout_free(l);
	/* CJK breaks between any two characters. */
	check_lines("\u6bdb\u6cfd\u4e1c\u540c\u5fd7", 4, "\u6bdb\u6cfd|\u4e1c\u540c|\u5fd7");
	check_lines("\u6bdb\u6cfd\u4e1c", 5, "\u6bdb\u6cfd|\u4e1c");
	/* Width 1 cannot hold a wide character: each stands alone. */
	l = lay("\u6bdb\u6cfd", 1);
	CHECK_INT(layout_nlines(l), 2);
	CHECK(check_invariants(l, strlen("\u6bdb\u6cfd")));
	layout_free(l);
	CHECK_INT(layout_text_width("Kim \uae40\uc77c\uc131", strlen("Kim \uae40\uc77c\uc131")), 10);
}

static void test_combining(void)
{
	/* "Zhōu Ēnlái" decomposed: o + U+0304, E + U+0304, a + U+0300. */
	const char *z = "Zho\u0304u E\u0304nla\u0300i";
	CHECK_INT(layout_text_width(z, strlen(z)), 10);
	struct layout *l = lay(z, 80);
	CHECK_INT(layout_line_width(l, 0), 10);
	layout_free(l);
	check_lines(z, 4, "Zho\u0304u|E\u0304nla\u0300|i");
	/* A cut word never separates a mark from its letter. */
	check_lines("E\u0304E\u0304E\u0304", 2, "E\u0304E\u0304|E\u0304");
	l = lay(z, 1);
	int ok = 1;
	for (size_t i = 0; i < layout_nlines(l); i++) {
		char *t = layout_line_text(l, i);
		if ((unsigned char)t[0] == 0xcc) /* a line starting with a mark */
			ok = 0;
		free(t);
	}
	CHECK(ok);
	CHECK(check_invariants(l, strlen(z)));
	layout_free(l);
}

static void test_tabs(void)
{
	check_lines("a\tb", 80, "a       b");
	check_lines("abcdefgh\tx", 80, "abcdefgh        x");
	check_lines("\tx", 80, "        x");
	struct layout *l = lay("ab\tcd", 80);
	CHECK_INT(layout_line_width(l, 0), 10);
	layout_free(l);
	/* A tab hangs at a break like a space. */
	check_lines("abc\tdef", 5, "abc|def");
}

static void test_mapping(void)
{
	const char *t = "The luncheon took place in a friendly, warm atmosphere.\n\n"
			"Kim Du-bong shared his impressions of his trip to the USSR for the 70th "
			"birthday of Comrade Stalin.";
	size_t len = strlen(t);
	int widths[] = { 1, 7, 13, 40, 200 };
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		struct layout *l = lay(t, widths[w]);
		CHECK(check_invariants(l, len));
		/* Round trip: the start of each line maps back to the line. */
		int ok = 1;
		for (size_t i = 0; i < layout_nlines(l); i++) {
			size_t s, e;
			layout_line_range(l, i, &s, &e);
			if (layout_line_of(l, s) != i)
				ok = 0;
		}
		CHECK(ok);
		CHECK_INT(layout_line_of(l, len + 10), layout_nlines(l) - 1);
		layout_free(l);
	}
	/* A position survives a change of width: the word "Stalin" is on the
	 * line that holds its offset at any width. */
	size_t off = (size_t)(strstr(t, "Stalin") - t);
	for (int w = 8; w <= 80; w += 9) {
		struct layout *l = lay(t, w);
		char *line = layout_line_text(l, layout_line_of(l, off));
		CHECK(strstr(line, "Stalin") != NULL);
		free(line);
		layout_free(l);
	}
}

static void test_footnotes(void)
{
	const char *t = "SHTRAUS [pseudonym for Soviet Amb. Shtykov], MAYVEYEV [pseudonym for Zakharov]\n"
			"Feng Xi [Stalin] wrote [...] much.";
	struct doc_note notes[3];
	const char *b1 = strstr(t, "[pseudonym for Soviet"), *b2 = strstr(t, "[pseudonym for Z"),
		   *b3 = strstr(t, "[Stalin]");
	notes[0] = (struct doc_note){ (size_t)(b1 - t), (size_t)(strchr(b1, ']') + 1 - t), NOTE_ALIAS, NULL };
	notes[1] = (struct doc_note){ (size_t)(b2 - t), (size_t)(strchr(b2, ']') + 1 - t), NOTE_ALIAS, NULL };
	notes[2] = (struct doc_note){ (size_t)(b3 - t), (size_t)(b3 + 8 - t), NOTE_ALIAS, NULL };
	size_t len = strlen(t);

	struct layout *l = layout_create(t, len, notes, 3, 80, LAYOUT_FOOTNOTES);
	char *got = joined(l);
	CHECK_STR(got, "SHTRAUS\u00b9, MAYVEYEV\u00b2|Feng Xi\u00b3 wrote [...] much.");
	free(got);
	CHECK(check_invariants(l, len));
	const struct layout_run *runs;
	size_t n = layout_line_runs(l, 0, &runs);
	int markers = 0;
	for (size_t i = 0; i < n; i++)
		if (runs[i].style == LS_MARKER) {
			markers++;
			CHECK_INT(runs[i].width, 1);
		}
	CHECK_INT(markers, 2);
	CHECK_INT(runs[1].note, 0);
	/* The marker covers " [bracket]" in the body. */
	CHECK_INT(runs[1].start, 7);
	CHECK_INT(runs[1].end, notes[0].end);
	CHECK_INT(layout_line_width(l, 0), (int)strlen("SHTRAUS1, MAYVEYEV2"));
	layout_free(l);

	/* Inline: the brackets stay, styled apart, and wrap like text. */
	l = layout_create(t, len, notes, 3, 80, LAYOUT_INLINE);
	got = joined(l);
	CHECK_STR(got, t[0] ? "SHTRAUS [pseudonym for Soviet Amb. Shtykov], MAYVEYEV [pseudonym for Zakharov]|"
			      "Feng Xi [Stalin] wrote [...] much."
			    : "");
	free(got);
	n = layout_line_runs(l, 1, &runs);
	int bracket = 0;
	for (size_t i = 0; i < n; i++)
		if (runs[i].style == LS_BRACKET && runs[i].len == 8 && memcmp(runs[i].text, "[Stalin]", 8) == 0)
			bracket = 1;
	CHECK(bracket);
	layout_free(l);

	/* Markers of ten and more notes take more digits. */
	char m[32];
	CHECK_STR(layout_marker(12, m), "\u00b9\u00b2");
	CHECK_STR(layout_marker(4, m), "\u2074");

	/* Bad spans are ignored, not trusted. */
	struct doc_note bad[2] = { { 5, 2, NOTE_SIC, NULL }, { 3, 999, NOTE_SIC, NULL } };
	l = layout_create("abc def", 7, bad, 2, 80, LAYOUT_FOOTNOTES);
	got = joined(l);
	CHECK_STR(got, "abc def");
	free(got);
	layout_free(l);
}

static void test_hits(void)
{
	const char *t = "Kim Il Sung and KIM IL SUNG";
	struct layout *l = lay(t, 80);
	struct layout_span hits[2] = { { 0, 3 }, { 16, 19 } };
	struct layout_runs r = { 0 };
	layout_line_styled(l, 0, hits, 2, 1, &r);
	CHECK_INT(r.n, 4);
	CHECK_INT(r.v[0].style, LS_HIT);
	CHECK_INT(r.v[0].len, 3);
	CHECK_INT(r.v[1].style, LS_TEXT);
	CHECK_INT(r.v[2].style, LS_HIT_CURRENT);
	CHECK_INT(r.v[2].col, 16);
	CHECK_INT(r.v[3].col, 19);
	layout_runs_free(&r);
	layout_free(l);
}

static void test_marks(void)
{
	/* References in their styles, a hit between them, over two lines. */
	const char *t = "your cable of 30 September and the letter of 5 October";
	struct layout *l = lay(t, 30);
	CHECK_INT(layout_nlines(l), 2);
	size_t s0, e0;
	layout_line_range(l, 0, &s0, &e0);
	struct layout_mark m[3] = { { 0, 26, LS_REF }, { 27, 30, LS_HIT }, { 31, 54, LS_REF_UNRESOLVED } };
	struct layout_runs r = { 0 };
	layout_line_marked(l, 0, m, 3, &r);
	CHECK_INT(r.n, 3);
	CHECK_INT(r.v[0].style, LS_REF);
	CHECK_INT(r.v[0].width, 26);
	CHECK_INT(r.v[1].style, LS_TEXT);
	CHECK_INT(r.v[2].style, LS_HIT);
	CHECK_INT(r.v[2].col, 27);
	/* The second line: the reference that began on the first goes on. */
	layout_line_marked(l, 1, m, 3, &r);
	int ref = 0;
	for (size_t i = 0; i < r.n; i++)
		if (r.v[i].style == LS_REF_UNRESOLVED && r.v[i].len && strncmp(r.v[i].text, "the letter", 10) == 0)
			ref = 1;
	CHECK(ref);
	/* No marks: the runs as laid out. */
	layout_line_marked(l, 0, NULL, 0, &r);
	CHECK_INT(r.n, 1);
	CHECK_INT(r.v[0].style, LS_TEXT);
	layout_runs_free(&r);
	layout_free(l);

	/* A footnote marker (not plain text) takes the style of a mark over
	 * its bracket, whole. */
	const char *b = "Feng Xi [Stalin] wrote";
	struct doc_note note = { 8, 16, NOTE_ALIAS, (char *)"Stalin" };
	l = layout_create(b, strlen(b), &note, 1, 80, LAYOUT_FOOTNOTES);
	struct layout_mark whole = { 0, 16, LS_REF_MANUAL };
	layout_line_marked(l, 0, &whole, 1, &r);
	int marker = 0, text = 0;
	for (size_t i = 0; i < r.n; i++) {
		if (r.v[i].style == LS_REF_MANUAL && r.v[i].note == 0)
			marker = 1;
		if (r.v[i].style == LS_REF_MANUAL && r.v[i].note < 0)
			text = 1;
	}
	CHECK(marker && text);
	layout_runs_free(&r);
	layout_free(l);
}

static void test_controls(void)
{
	const char t[] = "bell\a esc\x1b[31m red\x7f c1\xc2\x9b rlo\u202e end";
	struct layout *l = lay(t, 80);
	char *got = joined(l);
	CHECK_STR(got, "bell^G esc^[[31m red^? c1<U+009B> rlo<U+202E> end");
	int raw = 0;
	for (const unsigned char *p = (const unsigned char *)got; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			raw = 1;
	CHECK(!raw);
	const struct layout_run *runs;
	size_t n = layout_line_runs(l, 0, &runs);
	int ctl = 0;
	for (size_t i = 0; i < n; i++)
		ctl += runs[i].style == LS_CONTROL;
	CHECK_INT(ctl, 5);
	free(got);
	CHECK(check_invariants(l, sizeof t - 1));
	layout_free(l);
	/* Invalid UTF-8 shows as U+FFFD. */
	check_lines("a\xff b", 80, "a\ufffd b");
	char *fit = layout_fit("tab\there\x1b[0m and a very long title", 12);
	CHECK_STR(fit, "tab here^[[\u2026");
	free(fit);
	fit = layout_fit("short", 12);
	CHECK_STR(fit, "short");
	free(fit);
	fit = layout_fit("\u6bdb\u6cfd\u4e1c", 4);
	CHECK_STR(fit, "\u6bdb\u2026");
	free(fit);
}

static void test_empty_and_tiny(void)
{
	struct layout *l = lay("", 80);
	CHECK_INT(layout_nlines(l), 1);
	CHECK_INT(layout_line_width(l, 0), 0);
	CHECK_INT(layout_line_of(l, 0), 0);
	CHECK(check_invariants(l, 0));
	layout_free(l);
	l = layout_create(NULL, 0, NULL, 0, 0, LAYOUT_FOOTNOTES);
	CHECK_INT(layout_nlines(l), 1);
	CHECK_INT(layout_width(l), 1);
	layout_free(l);
	check_lines("ab cd", 1, "a|b|c|d");
	check_lines("\n", 10, "");
	l = lay("x\n\n", 10);
	CHECK_INT(layout_nlines(l), 2);
	layout_free(l);
}

/* ---- a long body laid out in parts ---- */

static unsigned long rnd_state;

static unsigned rnd(unsigned n)
{
	rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(rnd_state >> 33) % n;
}

/* A letter of about size bytes: paragraphs of a few words to a few
 * thousand bytes, blank lines, tabs, wide and combining characters, and
 * a paragraph of long_para bytes with no newline (0: none). */
static char *long_body(size_t size, size_t long_para, size_t *len)
{
	static const char *const words[] = { "the", "army", "received", "your", "cable", "of", "30", "September",
					     "Zho\u0304u", "\u00c9nla\u0301i", "\u6bdb\u6cfd\u4e1c", "tab\there",
					     "Shtykov,", "telegram", "No.", "75352" };
	struct buf b;
	buf_init(&b);
	rnd_state = 13;
	while (b.len < size) {
		size_t para = long_para && b.len > size / 3 ? long_para : 20 + rnd(3000);
		if (long_para && b.len > size / 3)
			long_para = 0;
		size_t to = b.len + para;
		while (b.len < to)
			buf_printf(&b, "%s ", words[rnd(sizeof words / sizeof *words)]);
		buf_adds(&b, rnd(3) ? "\n\n" : "\n");
	}
	*len = b.len;
	return buf_detach(&b);
}

/* Notes near where parts may be cut, at the first newline after every
 * step bytes, of these kinds in turn: one across the newline, one that
 * ends with it (a folded note hides it), an anchor after it, and between
 * them a note that starts after it (the part may end there); and a
 * bracket in the line before. */
static struct doc_note *long_notes(const char *body, size_t len, size_t step, size_t *n)
{
	static const int kinds[] = { 0, 3, 1, 3, 2, 3 };
	size_t cap = 2 * (len / step + 1), k = 0, last = 0, t = 0;
	struct doc_note *v = xreallocarray(NULL, cap, sizeof *v);
	for (size_t at = step; at < len; at += step) {
		const char *nl = memchr(body + at, '\n', len - at);
		if (nl == NULL || (size_t)(nl - body) + 8 > len)
			break;
		size_t i = (size_t)(nl - body);
		if (i == last)
			continue; /* one note a newline */
		last = i;
		int kind = kinds[t++ % (sizeof kinds / sizeof *kinds)];
		size_t s[4] = { i - 3, i - 5, i + 1, i + 1 }, e[4] = { i + 4, i + 1, i + 1, i + 6 };
		v[k++] = (struct doc_note){ i - 40, i - 20, NOTE_EDITOR, NULL };
		v[k++] = (struct doc_note){ s[kind], e[kind], NOTE_SIC, NULL };
	}
	*n = k;
	return v;
}

/* The first line where two layouts differ (range, width or any run), or
 * SIZE_MAX when every line is the same. */
static size_t first_difference(const struct layout *a, const struct layout *b)
{
	size_t n = layout_nlines(a) < layout_nlines(b) ? layout_nlines(a) : layout_nlines(b);
	for (size_t i = 0; i < n; i++) {
		size_t as, ae, bs, be;
		layout_line_range(a, i, &as, &ae);
		layout_line_range(b, i, &bs, &be);
		if (as != bs || ae != be || layout_line_width(a, i) != layout_line_width(b, i))
			return i;
		const struct layout_run *ar, *br;
		size_t an = layout_line_runs(a, i, &ar), bn = layout_line_runs(b, i, &br);
		if (an != bn)
			return i;
		for (size_t k = 0; k < an; k++)
			if (ar[k].start != br[k].start || ar[k].end != br[k].end || ar[k].col != br[k].col ||
			    ar[k].width != br[k].width || ar[k].style != br[k].style || ar[k].note != br[k].note ||
			    ar[k].len != br[k].len || memcmp(ar[k].text, br[k].text, ar[k].len) != 0)
				return i;
	}
	return layout_nlines(a) == layout_nlines(b) ? SIZE_MAX : n;
}

/* Byte offsets map to the same lines, asked in a random order (parts
 * let go and laid out again). */
static int same_line_of(const struct layout *whole, const struct layout *parts, size_t len)
{
	for (int k = 0; k < 3000; k++) {
		size_t off = (size_t)rnd((unsigned)len + 1);
		if (layout_line_of(whole, off) != layout_line_of(parts, off))
			return 0;
	}
	return 1;
}

static void check_parts(const char *what, const char *body, size_t len, const struct doc_note *notes, size_t nnotes,
			size_t part, int width)
{
	for (int m = 0; m < 2; m++) {
		enum layout_mode mode = m ? LAYOUT_FOOTNOTES : LAYOUT_INLINE;
		layout_part_bytes(SIZE_MAX / 4);
		struct layout *whole = layout_create(body, len, notes, nnotes, width, mode);
		layout_part_bytes(part);
		struct layout *parts = layout_create(body, len, notes, nnotes, width, mode);
		layout_part_bytes(0);
		/* the first screen comes before the rest is laid out: the
		 * count is an estimate until then */
		char *first = layout_line_text(parts, 0), *want = layout_line_text(whole, 0);
		CHECK_STR(first, want);
		free(first);
		free(want);
		size_t last = layout_nlines(whole) - 1, s, e;
		layout_line_range(parts, last + 1000000, &s, &e);
		CHECK_INT(e, len); /* past the end: the last line */
		layout_advance(parts, SIZE_MAX);
		size_t d = first_difference(whole, parts);
		if (d != SIZE_MAX)
			printf("#   %s, width %d, %s: line %zu differs\n", what, width, m ? "footnotes" : "inline", d);
		CHECK(d == SIZE_MAX);
		CHECK(same_line_of(whole, parts, len));
		CHECK(check_invariants(parts, len));
		layout_free(parts);
		layout_free(whole);
	}
}

static void test_parts(void)
{
	/* A few MB in the parts of the reader, at several widths. */
	size_t len, nnotes;
	char *body = long_body(2500000, 0, &len);
	struct doc_note *notes = long_notes(body, len, 9000, &nnotes);
	int widths[] = { 40, 80, 133 };
	for (size_t i = 0; i < sizeof widths / sizeof *widths; i++)
		check_parts("2.5 MB", body, len, notes, nnotes, 0, widths[i]);
	free(notes);
	free(body);

	/* Small parts: hundreds of them, most let go and laid out again,
	 * notes beside most cuts. */
	body = long_body(400000, 0, &len);
	notes = long_notes(body, len, 1000, &nnotes);
	int narrow[] = { 1, 7, 80 };
	for (size_t i = 0; i < sizeof narrow / sizeof *narrow; i++)
		check_parts("400 KB in 1 KB parts", body, len, notes, nnotes, 1024, narrow[i]);
	free(notes);

	/* A part ends at a paragraph's end: a paragraph longer than the
	 * part is laid out whole in its part. */
	free(body);
	body = long_body(400000, 9000, &len);
	check_parts("a paragraph of 9 KB in 4 KB parts", body, len, NULL, 0, 4096, 80);
	free(body);
}

/* A paragraph longer than eight parts (a text without newlines) is cut
 * after a space, else between characters: its lines still partition it,
 * none is wider than the pane, and every byte is on its line. */
static void test_parts_no_newline(void)
{
	size_t len = 300000;
	char *spaces = xmalloc(len + 1), *none = xmalloc(len + 1);
	for (size_t i = 0; i < len; i++) {
		spaces[i] = i % 7 == 6 ? ' ' : 'a' + (char)(i % 26);
		none[i] = 'a' + (char)(i % 26);
	}
	spaces[len] = none[len] = '\0';
	/* a wide character and a note across where a cut would fall */
	memcpy(none + 4096, "\u6bdb", 3);
	struct doc_note note = { 4090, 4100, NOTE_SIC, NULL };
	layout_part_bytes(4096);
	struct layout *a = layout_create(spaces, len, NULL, 0, 80, LAYOUT_INLINE);
	struct layout *b = layout_create(none, len, &note, 1, 80, LAYOUT_FOOTNOTES);
	layout_part_bytes(0);
	CHECK(check_invariants(a, len));
	CHECK(check_invariants(b, len));
	int fits = 1;
	for (size_t i = 0; i < layout_nlines(b); i++)
		if (layout_line_width(b, i) > 80 || layout_line_width(a, i < layout_nlines(a) ? i : 0) > 80)
			fits = 0;
	CHECK(fits);
	layout_free(a);
	layout_free(b);
	free(spaces);
	free(none);
}

int main(void)
{
	test_wrap();
	test_long_word();
	test_paragraphs();
	test_cjk();
	test_combining();
	test_tabs();
	test_mapping();
	test_footnotes();
	test_hits();
	test_marks();
	test_controls();
	test_empty_and_tiny();
	test_parts();
	test_parts_no_newline();
	return test_done();
}
