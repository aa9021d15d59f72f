/* text.c: input normalisation (UTF-8 repair, NFC, line ends, control
 * characters) and text measures, on top of libunistring. */
#include "dossier/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "dossier/util.h"

int text_is_binary(const char *in, size_t len)
{
	/* A NUL in the first 64 KiB marks a binary file; text never has one. */
	size_t n = len < 65536 ? len : 65536;
	return memchr(in, '\0', n) != NULL;
}

/* Length of the escape sequence starting at p (p[0] == ESC). ECMA-48:
 * CSI ends with a final byte 0x40-0x7e; OSC, DCS, APC, PM, SOS end with
 * BEL or ESC \; others are ESC + one byte. A sequence never runs past the
 * end of its line, nor a CSI past a byte that cannot be in it: a stray
 * ESC then takes only itself and what is plainly its own, and the text
 * after it is kept (an unterminated "ESC P" once swallowed a whole file). */
static size_t escape_len(const unsigned char *p, size_t n)
{
	if (n < 2 || p[1] < 0x20 || p[1] > 0x7e)
		return 1;
	if (p[1] == '[') {
		size_t i = 2;
		while (i < n && p[i] >= 0x20 && p[i] <= 0x3f)
			i++;
		return i < n && p[i] >= 0x40 && p[i] <= 0x7e ? i + 1 : i;
	}
	if (p[1] == ']' || p[1] == 'P' || p[1] == '_' || p[1] == '^' || p[1] == 'X') {
		for (size_t i = 2; i < n; i++) {
			if (p[i] == 0x07)
				return i + 1;
			if (p[i] == 0x1b && i + 1 < n && p[i + 1] == '\\')
				return i + 2;
			if (p[i] == '\n' || p[i] == '\r')
				return i;
		}
		return n;
	}
	return 2;
}

/* Repairs UTF-8, line ends and controls into out; NFC comes after. */
static void clean(const unsigned char *p, size_t n, struct buf *out, struct text_report *rep)
{
	size_t i = 0;
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		rep->bom = 1;
		i = 3;
	}
	while (i < n) {
		unsigned char c = p[i];
		if (c == '\r') {
			rep->crlf = 1;
			buf_addc(out, '\n');
			i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
			continue;
		}
		if (c == 0x1b) {
			rep->escapes++;
			i += escape_len(p + i, n - i);
			continue;
		}
		if (c < 0x20 || c == 0x7f) {
			if (c == '\n' || c == '\t') {
				buf_addc(out, (char)c);
			} else if (c == '\f' || c == '\v') {
				buf_addc(out, '\n'); /* a form feed is a page break */
			} else {
				rep->controls++;
			}
			i++;
			continue;
		}
		if (c < 0x80) {
			buf_addc(out, (char)c);
			i++;
			continue;
		}
		ucs4_t uc;
		int len = u8_mbtoucr(&uc, p + i, n - i);
		if (len < 0) {
			if (rep->invalid++ == 0)
				rep->first_invalid = i;
			buf_adds(out, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if (uc >= 0x80 && uc < 0xa0) {
			/* C1 controls: CSI (U+009B) and friends are read as
			 * escapes by some terminals. */
			rep->controls++;
		} else {
			buf_add(out, p + i, (size_t)len);
		}
		i += (size_t)len;
	}
}

/* 1 if NFC cannot change s: no combining mark and no character from the
 * ranges where NFC composes or replaces characters of class 0 (Indic and
 * Hangul vowel signs and jamo, Greek with tonos, compatibility
 * ideographs, a few singletons). Most archive text passes, and skips the
 * normaliser. Anything doubtful goes through it. */
static int nfc_stable(const uint8_t *s, size_t n)
{
	const uint8_t *end = s + n;
	while (s < end) {
		if (*s < 0x80) {
			s++;
			continue;
		}
		ucs4_t c;
		int l = u8_mbtouc(&c, s, (size_t)(end - s));
		s += l;
		if (c < 0x300)
			continue;
		if (uc_combining_class(c) != 0)
			return 0;
		if ((c >= 0x0340 && c <= 0x03ff) || (c >= 0x0900 && c <= 0x0dff) || (c >= 0x1000 && c <= 0x11ff) ||
		    (c >= 0x1b00 && c <= 0x1b7f) || (c >= 0x1f00 && c <= 0x1fff) || (c >= 0x2000 && c <= 0x2fff) ||
		    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f))
			return 0;
	}
	return 1;
}

/* text_normalise, freeing in (if owned) as soon as it is read: a large
 * file is then in memory at most twice. */
static char *normalise(const char *in, char *owned, size_t len, size_t *outlen, struct text_report *rep)
{
	memset(rep, 0, sizeof *rep);
	struct buf b;
	buf_init(&b);
	buf_reserve(&b, len);
	clean((const unsigned char *)in, len, &b, rep);
	free(owned);
	if (nfc_stable((const uint8_t *)b.data, b.len)) {
		*outlen = b.len;
		return buf_detach(&b);
	}
	size_t nlen = 0;
	uint8_t *nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)b.data, b.len, NULL, &nlen);
	if (nfc == NULL) {
		/* Only fails on allocation; the cleaned text is still valid. */
		*outlen = b.len;
		return buf_detach(&b);
	}
	buf_free(&b);
	char *out = xrealloc(nfc, nlen + 1);
	out[nlen] = '\0';
	*outlen = nlen;
	return out;
}

char *text_normalise(const char *in, size_t len, size_t *outlen, struct text_report *rep)
{
	return normalise(in, NULL, len, outlen, rep);
}

char *text_normalise_take(char *in, size_t len, size_t *outlen, struct text_report *rep)
{
	return normalise(in, in, len, outlen, rep);
}

size_t text_width(const char *s, size_t len)
{
	int w = u8_width((const uint8_t *)s, len, "UTF-8");
	return w < 0 ? 0 : (size_t)w;
}

/* Appends the placeholder of a control character: ^X for C0 and DEL as
 * cat -v shows them, <U+XXXX> for C1 (CSI, OSC... to some terminals). */
static void put_control(struct buf *b, ucs4_t c)
{
	if (c < 0x20 || c == 0x7f)
		buf_printf(b, "^%c", c == 0x7f ? '?' : (char)(c + '@'));
	else
		buf_printf(b, "<U+%04X>", (unsigned)c);
}

char *text_terminal_safe(const char *s)
{
	struct buf b;
	buf_init(&b);
	const uint8_t *p = (const uint8_t *)s, *end = p + strlen(s);
	while (p < end) {
		if (*p >= 0x20 && *p < 0x7f) {
			buf_addc(&b, (char)*p++);
			continue;
		}
		if (*p == '\n' || *p == '\t') {
			buf_addc(&b, (char)*p++);
			continue;
		}
		ucs4_t c;
		int l = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (l < 0) {
			/* A stray byte (a raw 0x9b is CSI to an 8-bit terminal). */
			buf_adds(&b, "\xef\xbf\xbd");
			p++;
			continue;
		}
		if (c < 0x20 || (c >= 0x7f && c < 0xa0))
			put_control(&b, c);
		else
			buf_add(&b, p, (size_t)l);
		p += l;
	}
	return buf_detach(&b);
}

char *text_csv_cell(const char *s)
{
	/* Checked before the controls become visible: a tab or CR is one. */
	int formula = s && *s && strchr("=+-@\t\r", *s);
	char *safe = text_terminal_safe(s ? s : "");
	struct buf b;
	buf_init(&b);
	if (formula || strpbrk(safe, ",\"\n;")) {
		buf_addc(&b, '"');
		if (formula)
			buf_addc(&b, '\'');
		for (const char *p = safe; *p; p++) {
			if (*p == '"')
				buf_addc(&b, '"');
			buf_addc(&b, *p);
		}
		buf_addc(&b, '"');
	} else {
		buf_adds(&b, safe);
	}
	free(safe);
	return buf_detach(&b);
}

char *text_fold(const char *s)
{
	size_t n = 0;
	/* NFKD after case folding splits diacritics off, then drop them. */
	uint8_t *f = u8_casefold((const uint8_t *)s, strlen(s), NULL, UNINORM_NFKD, NULL, &n);
	if (f == NULL)
		return xstrdup(s);
	struct buf b;
	buf_init(&b);
	const uint8_t *p = f, *end = f + n;
	while (p < end) {
		ucs4_t uc;
		int l = u8_mbtouc(&uc, p, (size_t)(end - p));
		if (!(uc >= 0x300 && uc <= 0x36f))
			buf_add(&b, p, (size_t)l);
		p += l;
	}
	free(f);
	return buf_detach(&b);
}
