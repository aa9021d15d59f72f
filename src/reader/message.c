/* message.c: the message line, titles of documents, and the refusals
 * every part of the reader shares. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "mode.h"

static void set_message(struct app *a, int error, const char *fmt, va_list ap)
{
	free(a->message);
	a->message = xvasprintf(fmt, ap);
	a->message_error = error;
}

void app_message(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, 0, fmt, ap);
	va_end(ap);
}

void app_error(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, 1, fmt, ap);
	va_end(ap);
}

void app_error_cause(struct app *a, char *cause)
{
	app_error(a, "%s", cause ? cause : "unknown error");
	free(cause);
}

char *app_title(const char *title, const char *path, int64_t id)
{
	if (title && *title)
		return xstrdup(title);
	if (path && *path) {
		const char *slash = strrchr(path, '/');
		return xstrdup(slash ? slash + 1 : path);
	}
	return xasprintf("document %lld", (long long)id);
}

char *app_doc_title(const struct store_doc *sd)
{
	const struct doc *d = sd->doc;
	/* a calendar's letter has no title: its kind and parties say what it
	 * is ("Letter: Thun-Hohenstein → Bach"), not its file's name */
	char *who = d->title == NULL || *d->title == '\0' ? app_doc_people(d) : NULL;
	if (who == NULL)
		return app_title(d->title, sd->path, sd->id);
	if (d->kind == NULL || *d->kind == '\0')
		return who;
	char *t = xasprintf("%c%s: %s", d->kind[0] >= 'a' && d->kind[0] <= 'z' ? d->kind[0] - 32 : d->kind[0],
			    d->kind + 1, who);
	free(who);
	return t;
}

static void join_names(struct buf *b, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		buf_printf(b, "%s%s", i ? ", " : "", v->v[i]);
}

char *app_doc_people(const struct doc *d)
{
	if (d->from.n == 0 && d->to.n == 0)
		return NULL;
	struct buf b;
	buf_init(&b);
	/* A sender alone is just named; a recipient alone gets the arrow. */
	join_names(&b, &d->from);
	if (d->to.n) {
		buf_adds(&b, d->from.n ? " \u2192 " : "\u2192 ");
		join_names(&b, &d->to);
	}
	return buf_detach(&b);
}

/* "", YYYY, YYYY-MM or YYYY-MM-DD with a month and day that exist. */
int app_date_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0)
		return 1;
	if (!(n == 4 || n == 7 || n == 10) || !app_digits(s, 4))
		return 0;
	if (n >= 7 && (s[4] != '-' || !app_digits(s + 5, 2) || atoi(s + 5) < 1 || atoi(s + 5) > 12))
		return 0;
	if (n == 10 && (s[7] != '-' || !app_digits(s + 8, 2) || atoi(s + 8) < 1 || atoi(s + 8) > 31))
		return 0;
	return 1;
}

int app_refuse_readonly(struct app *a, const char *what)
{
	if (a->readonly) {
		app_error(a, "read-only library: %s", what);
		return 1;
	}
	/* What is written to a library deleted or replaced under the reader
	 * goes nowhere anyone will see: said, not done. */
	if (store_replaced(a->store)) {
		app_error(a, "the library was deleted or replaced since the reader opened it (quit and open it again): %s",
			  what);
		return 1;
	}
	return 0;
}

int app_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}
