/* osc.c: OSC 52 (clipboard) and OSC 8 (hyperlink) sequences. */
#include "dossier/osc.h"

#include <string.h>
#include <strings.h>

#include "dossier/util.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *osc_clipboard(const char *text, size_t len, char **cause)
{
	if (len > OSC_CLIPBOARD_MAX) {
		*cause = xasprintf("too long for the clipboard: %zu KiB (at most %zu)", (len + 1023) / 1024,
				   OSC_CLIPBOARD_MAX / 1024);
		return NULL;
	}
	struct buf b;
	buf_init(&b);
	buf_reserve(&b, len / 3 * 4 + 16);
	buf_adds(&b, "\033]52;c;");
	const unsigned char *p = (const unsigned char *)text;
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)p[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)p[i + 1] << 8;
		if (i + 2 < len)
			v |= p[i + 2];
		buf_addc(&b, b64[(v >> 18) & 63]);
		buf_addc(&b, b64[(v >> 12) & 63]);
		buf_addc(&b, i + 1 < len ? b64[(v >> 6) & 63] : '=');
		buf_addc(&b, i + 2 < len ? b64[v & 63] : '=');
	}
	buf_addc(&b, '\a');
	return buf_detach(&b);
}

int osc_url_ok(const char *url)
{
	static const char *const schemes[] = { "http://", "https://", "ftp://", "mailto:", "file://", NULL };
	if (url == NULL)
		return 0;
	int known = 0;
	for (size_t i = 0; schemes[i]; i++)
		known |= strncasecmp(url, schemes[i], strlen(schemes[i])) == 0;
	if (!known)
		return 0;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		if (*p <= ' ' || *p == 0x7f)
			return 0;
		/* C1 controls as UTF-8 (U+0080..U+009F) */
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return 0;
	}
	return url[strlen(url) - 1] != ':';
}

char *osc_link(const char *url, const char *text)
{
	if (!osc_url_ok(url))
		return xstrdup(text);
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "\033]8;;");
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		if (*p >= 0x80)
			buf_printf(&b, "%%%02X", *p);
		else
			buf_addc(&b, (char)*p);
	}
	buf_adds(&b, "\033\\");
	buf_adds(&b, text);
	buf_adds(&b, "\033]8;;\033\\");
	return buf_detach(&b);
}
