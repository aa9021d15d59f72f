/* text.h: validation and normalisation of raw input before anything else
 * sees it, and measures of Unicode text (libunistring does the work). */
#ifndef DOSSIER_TEXT_H
#define DOSSIER_TEXT_H

#include <stddef.h>

/* What normalisation changed, so the importer can tell the user. */
struct text_report {
	size_t invalid;          /* invalid UTF-8 sequences replaced by U+FFFD */
	size_t first_invalid;    /* byte offset of the first, in the input */
	size_t controls;         /* control characters removed */
	size_t escapes;          /* terminal escape sequences removed */
	int bom;                 /* a byte-order mark was dropped */
	int crlf;                /* CR or CRLF line ends were converted */
};

/* Returns 1 if the bytes look like a binary file (a NUL byte early on). */
int text_is_binary(const char *in, size_t len);

/* Normalises raw bytes to NFC UTF-8 with LF line ends: BOM dropped,
 * invalid sequences replaced by U+FFFD, escape sequences (CSI, OSC, ...)
 * and control characters other than tab and newline removed. The result
 * is allocated (caller frees) and NUL-terminated. */
char *text_normalise(const char *in, size_t len, size_t *outlen, struct text_report *rep);
/* The same, taking in (freed once read, before NFC): a large file is in
 * memory at most twice. */
char *text_normalise_take(char *in, size_t len, size_t *outlen, struct text_report *rep);

/* Display width in columns of a UTF-8 string (wide CJK count 2, combining
 * marks 0). */
size_t text_width(const char *s, size_t len);

/* Copies s making it safe for a terminal, whatever wrote it (a library
 * or an annotation file from someone else): a C0 control other than tab
 * and newline becomes ^X, DEL ^?, a C1 control (U+0080-U+009F) <U+009B>,
 * and a byte that is not UTF-8 U+FFFD. */
char *text_terminal_safe(const char *s);

/* One CSV cell (RFC 4180) of s, made safe as text_terminal_safe does and
 * against spreadsheets (OWASP's advice on CSV injection): a cell starting
 * with =, +, -, @, tab or CR is prefixed with a ' and quoted, so it is not
 * run as a formula. Allocated. */
char *text_csv_cell(const char *s);

/* Case-folded, diacritic-insensitive key for comparing names. */
char *text_fold(const char *s);

#endif
