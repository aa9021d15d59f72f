/* line.c: a line being edited, for the prompt, the form's fields and the
 * note editor: insert, delete, move and kill by characters and words. */
#include <stdlib.h>
#include <string.h>

#include "dossier/notes.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "mode.h"

void app_line_set(struct app_line *l, const char *s)
{
	buf_truncate(&l->text, 0);
	if (l->text.data == NULL)
		buf_reserve(&l->text, 16);
	buf_adds(&l->text, s ? s : "");
	l->cursor = l->text.len;
}

int app_line_insert(struct app_line *l, const char *s)
{
	size_t n = strlen(s);
	if (l->max && l->text.len + n > l->max)
		return -1;
	buf_reserve(&l->text, n);
	memmove(l->text.data + l->cursor + n, l->text.data + l->cursor, l->text.len - l->cursor + 1);
	memcpy(l->text.data + l->cursor, s, n);
	l->text.len += n;
	l->cursor += n;
	return 0;
}

/* The start of the character before byte i. */
static size_t char_before(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	return i;
}

static size_t char_after(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return len;
	i++;
	while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	return i;
}

void app_line_cut(struct app_line *l, size_t from, size_t to)
{
	memmove(l->text.data + from, l->text.data + to, l->text.len - to + 1);
	l->text.len -= to - from;
	l->cursor = from;
}

void app_line_backspace(struct app_line *l)
{
	if (l->cursor > 0)
		app_line_cut(l, char_before(l->text.data, l->cursor), l->cursor);
}

void app_line_delete(struct app_line *l)
{
	if (l->cursor < l->text.len) {
		size_t c = l->cursor;
		app_line_cut(l, c, char_after(l->text.data, l->text.len, c));
	}
}

void app_line_left(struct app_line *l)
{
	if (l->cursor > 0)
		l->cursor = char_before(l->text.data, l->cursor);
}

void app_line_right(struct app_line *l)
{
	l->cursor = char_after(l->text.data, l->text.len, l->cursor);
}

void app_line_home(struct app_line *l)
{
	l->cursor = 0;
}

void app_line_end(struct app_line *l)
{
	l->cursor = l->text.len;
}

void app_line_kill(struct app_line *l)
{
	app_line_cut(l, 0, l->cursor);
}

void app_line_kill_word(struct app_line *l)
{
	size_t i = l->cursor;
	while (i > 0 && l->text.data[i - 1] == ' ')
		i--;
	while (i > 0 && l->text.data[i - 1] != ' ')
		i--;
	app_line_cut(l, i, l->cursor);
}

struct app_line *app_editing(struct app *a)
{
	if (a->prompt.id != PROMPT_NONE)
		return &a->prompt.line;
	if (a->form.open)
		return &a->form.fields[a->form.field];
	if (a->editor.open && a->editor.ask == ASK_NONE && !a->editor.external)
		return &a->editor.line;
	return NULL;
}
