/* test_osc.c: the clipboard and hyperlink sequences: base64 as RFC 4648
 * has it, a size limit, and no URL that could end the sequence early. */
#include <stdlib.h>
#include <string.h>

#include "dossier/osc.h"
#include "dossier/util.h"
#include "test.h"

static void check_clip(const char *text, const char *b64)
{
	char *cause = NULL, *s = osc_clipboard(text, strlen(text), &cause);
	char *want = xasprintf("\033]52;c;%s\a", b64);
	CHECK_STR(s, want);
	free(want);
	free(s);
}

int main(void)
{
	/* RFC 4648's test vectors */
	check_clip("", "");
	check_clip("f", "Zg==");
	check_clip("fo", "Zm8=");
	check_clip("foo", "Zm9v");
	check_clip("foobar", "Zm9vYmFy");
	check_clip("Zhōu “quoted”\n", "WmjFjXUg4oCccXVvdGVk4oCdCg==");
	/* bytes past a NUL are copied too */
	char *cause = NULL, *s = osc_clipboard("a\0b", 3, &cause);
	CHECK_STR(s, "\033]52;c;YQBi\a");
	free(s);
	char *big = xcalloc(OSC_CLIPBOARD_MAX + 1, 1);
	memset(big, 'x', OSC_CLIPBOARD_MAX);
	s = osc_clipboard(big, OSC_CLIPBOARD_MAX, &cause);
	CHECK(s != NULL && strlen(s) == 8 + OSC_CLIPBOARD_MAX / 3 * 4 + (OSC_CLIPBOARD_MAX % 3 ? 4 : 0));
	free(s);
	s = osc_clipboard(big, OSC_CLIPBOARD_MAX + 1, &cause);
	CHECK(s == NULL && cause && strstr(cause, "too long for the clipboard") != NULL);
	free(cause);
	free(big);

	CHECK(osc_url_ok("https://history.state.gov/historicaldocuments/frus1969-76v21/d190"));
	CHECK(osc_url_ok("HTTP://example.org/"));
	CHECK(osc_url_ok("mailto:someone@example.org"));
	CHECK(!osc_url_ok("javascript:alert(1)"));
	CHECK(!osc_url_ok("https://example.org/\033]8;;\033\\evil"));
	CHECK(!osc_url_ok("https://example.org/\a"));
	CHECK(!osc_url_ok("https://example.org/a b"));
	CHECK(!osc_url_ok("https://example.org/\xc2\x9b"));
	CHECK(!osc_url_ok("https:"));
	CHECK(!osc_url_ok(NULL));
	s = osc_link("https://example.org/Zhōu", "Zhou");
	CHECK_STR(s, "\033]8;;https://example.org/Zh%C5%8Du\033\\Zhou\033]8;;\033\\");
	free(s);
	s = osc_link("https://example.org/\033evil", "text");
	CHECK_STR(s, "text");
	free(s);
	return test_done();
}
