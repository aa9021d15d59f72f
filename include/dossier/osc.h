/* osc.h: the terminal's Operating System Commands that hand things on:
 * OSC 52 puts text on the clipboard (over ssh too, and inside tmux with
 * `set-clipboard on`), OSC 8 makes text a hyperlink. Only the bytes are
 * made here: the caller writes them, and only to a terminal. */
#ifndef DOSSIER_OSC_H
#define DOSSIER_OSC_H

#include <stddef.h>

/* Text as the clipboard takes it; above this a terminal may drop it. */
#define OSC_CLIPBOARD_MAX ((size_t)74 * 1024)

/* "ESC ] 52 ; c ; BASE64 BEL" for text (UTF-8, any bytes), or NULL with
 * *cause ("too long for the clipboard: ...") past OSC_CLIPBOARD_MAX. The
 * caller frees. */
char *osc_clipboard(const char *text, size_t len, char **cause);

/* A URL fit to link or open: http, https, ftp, mailto or file, without
 * control characters or spaces. Non-ASCII characters are allowed (they
 * are percent-encoded by osc_link). */
int osc_url_ok(const char *url);

/* "ESC ] 8 ; ; URL ESC \" TEXT "ESC ] 8 ; ; ESC \": text linked to url
 * (percent-encoded to printable ASCII), or a copy of text when the URL
 * is not osc_url_ok. text must already be safe to draw. The caller
 * frees. */
char *osc_link(const char *url, const char *text);

#endif
