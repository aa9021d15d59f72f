/* util.h: allocation that aborts on exhaustion, a growable byte buffer,
 * and small string helpers shared by every module. */
#ifndef DOSSIER_UTIL_H
#define DOSSIER_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* x-alloc wrappers: out of memory is not recoverable for a reader, so
 * these abort with a message instead of returning NULL (as tmux does). */
/* Makes bytes of the heap at once, in one call, for what comes next to
 * fill: touched a page at a time, each page is a fault (1-10 us on a
 * virtual machine). Call it after making freed memory stay the heap's
 * (layout_keep_memory), or it goes back at once. */
void heap_warm(size_t bytes);
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Returns a newly allocated formatted string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* A growable byte buffer, always NUL-terminated after its length. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
/* Inline: the importer appends most of a letter a byte at a time. */
static inline void buf_addc(struct buf *b, char c)
{
	if (b->len + 2 > b->cap)
		buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_truncate(struct buf *b, size_t len);
/* Hands the data to the caller (who frees it) and resets the buffer. */
char *buf_detach(struct buf *b);

/* A growable array of owned strings. */
struct strv {
	char **v;
	size_t n;
	size_t cap;
};

void strv_init(struct strv *s);
void strv_free(struct strv *s);
void strv_push(struct strv *s, const char *str);
void strv_push_owned(struct strv *s, char *str);
int strv_contains(const struct strv *s, const char *str);

/* 64-bit FNV-1a: content identity for documents, not security. */
uint64_t hash_fnv1a64(const void *p, size_t n);
/* A faster hash of n bytes, eight at a time (most words are one load):
 * the rank index's terms, and the texts tokenized ahead. */
uint64_t hash_words64(const void *p, size_t n);

/* Reads a whole file. Returns 0, or -1 with *cause set (caller frees). */
int file_read_all(const char *path, char **data, size_t *len, char **cause);

/* Trims ASCII white space from both ends, in place; returns s. */
char *str_trim(char *s);
/* A copy of s on one line: each run of spaces, tabs and newlines one
 * space, none at the ends. Caller frees. */
char *str_one_line(const char *s);
int str_has_prefix(const char *s, const char *prefix);
int str_has_suffix(const char *s, const char *suffix);

#endif
