/* test_text.c: input normalisation and text measures. */
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "test.h"

static char *norm(const char *in, size_t len, struct text_report *rep)
{
	size_t n;
	char *out = text_normalise(in, len, &n, rep);
	CHECK_INT(n, strlen(out));
	return out;
}

int main(void)
{
	struct text_report rep;
	char *s;

	s = norm("\xef\xbb\xbfHello\r\nworld\rend", 19, &rep);
	CHECK_STR(s, "Hello\nworld\nend");
	CHECK(rep.bom);
	CHECK(rep.crlf);
	free(s);

	/* Invalid UTF-8: replaced, offset reported. */
	s = norm("ab\xff" "cd\xc3", 6, &rep);
	CHECK_STR(s, "ab\xef\xbf\xbd" "cd\xef\xbf\xbd");
	CHECK_INT(rep.invalid, 2);
	CHECK_INT(rep.first_invalid, 2);
	free(s);

	/* Escape sequences and controls removed, tab and newline kept. */
	const char *esc = "a\x1b[31mred\x1b[0m\x1b]0;title\x07z\x01\x7f\tq\n";
	s = norm(esc, strlen(esc), &rep);
	CHECK_STR(s, "aredz\tq\n");
	CHECK_INT(rep.escapes, 3);
	CHECK_INT(rep.controls, 2);
	free(s);

	/* A C1 CSI (U+009B) is a control too. */
	s = norm("x\xc2\x9b" "2Jy", 6, &rep);
	CHECK_STR(s, "x2Jy");
	CHECK_INT(rep.controls, 1);
	free(s);

	/* Nothing in, "" out (a note with no tags is normalised too). */
	s = norm("", 0, &rep);
	CHECK_STR(s, "");
	free(s);

	/* NFC: o + combining macron becomes one code point. */
	s = norm("Zho\xcc\x84u", 6, &rep);
	CHECK_STR(s, "Zh\xc5\x8du");
	free(s);

	/* Jamo compose to a syllable; Cyrillic and CJK pass unchanged. */
	s = norm("\xe1\x84\x80\xe1\x85\xa1 \xd0\x96 \xe9\x87\x91", 13, &rep);
	CHECK_STR(s, "\xea\xb0\x80 \xd0\x96 \xe9\x87\x91");
	free(s);
	/* A compatibility ideograph is replaced by its canonical one. */
	s = norm("\xef\xa4\x80", 3, &rep);
	CHECK_STR(s, "\xe8\xb1\x88");
	free(s);

	/* An escape at the very end does not read past the input. */
	s = norm("end\x1b", 4, &rep);
	CHECK_STR(s, "end");
	free(s);
	s = norm("end\x1b[12", 7, &rep);
	CHECK_STR(s, "end");
	free(s);

	/* An unterminated escape ends at the end of its line, a CSI at a
	 * byte that cannot be in it: what follows is kept. */
	static const char *const stray[][2] = {
		{ "a\x1bPdcs\nrest\n", "a\nrest\n" },
		{ "a\x1b]0;title\nkeep", "a\nkeep" },
		{ "a\x1b_apc\r\nkeep", "a\nkeep" },
		{ "a\x1b^pm\x1bX\nkeep", "a\nkeep" },
		{ "a\x1b[12\nb", "a\nb" },
		{ "a\x1b[1;\xc3\xa9" "b", "a\xc3\xa9" "b" },
		{ "x\x1b\ny", "x\ny" },
		{ "x\x1b\xc3\xa9", "x\xc3\xa9" },
		{ "x\x1b]8;;http://e\x1b\\link\x1b]8;;\x07.", "xlink." },
	};
	for (size_t i = 0; i < sizeof stray / sizeof stray[0]; i++) {
		s = norm(stray[i][0], strlen(stray[i][0]), &rep);
		CHECK_STR(s, stray[i][1]);
		free(s);
	}

	CHECK(text_is_binary("ab\0cd", 5));
	CHECK(!text_is_binary("abcd", 4));

	CHECK_INT(text_width("abc", 3), 3);
	CHECK_INT(text_width("\xe9\x87\x91\xe6\x97\xa5\xe6\x88\x90", 9), 6); /* 金日成 */
	CHECK_INT(text_width("e\xcc\x81", 3), 1);                           /* e + acute */

	s = text_terminal_safe("a\x1b[2Jb");
	CHECK_STR(s, "a^[[2Jb");
	free(s);
	/* C1 controls (CSI, OSC as U+009B, U+009D), DEL and stray bytes (a
	 * raw 0x9b is CSI to an 8-bit terminal) are made visible too. */
	s = text_terminal_safe("a\xc2\x9b" "2J\xc2\x9d" "52\x7f|\x9b|\xff\tZh\xc5\x8du\n");
	CHECK_STR(s, "a<U+009B>2J<U+009D>52^?|\xef\xbf\xbd|\xef\xbf\xbd\tZh\xc5\x8du\n");
	free(s);

	/* CSV: quoted when needed, formulas neutralised (OWASP); a ; is
	 * quoted too (the separator in some locales). */
	static const char *const csv[][2] = {
		{ "plain", "plain" },
		{ "a, \"b\"", "\"a, \"\"b\"\"\"" },
		{ "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
		{ "+1", "\"'+1\"" },
		{ "-1", "\"'-1\"" },
		{ "@SUM(A1)", "\"'@SUM(A1)\"" },
		{ "\tx", "\"'\tx\"" },
		{ "\rx", "\"'^Mx\"" },
		{ "a=b\x1b]52;c;x\x07", "\"a=b^[]52;c;x^G\"" },
		{ "", "" },
	};
	for (size_t i = 0; i < sizeof csv / sizeof csv[0]; i++) {
		s = text_csv_cell(csv[i][0]);
		CHECK_STR(s, csv[i][1]);
		free(s);
	}
	s = text_csv_cell(NULL);
	CHECK_STR(s, "");
	free(s);

	s = text_fold("Zh\xc5\x8du \xc4\x92nl\xc3\xa1i");
	CHECK_STR(s, "zhou enlai");
	free(s);
	return test_done();
}
