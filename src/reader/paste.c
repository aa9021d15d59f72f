/* paste.c: a paste (bracketed by the terminal) is text for the line being
 * edited, inserted at once with its escapes and controls removed, never
 * keys: an ESC in it no longer discards a note. */
#include <stdlib.h>

#include "dossier/notes.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "mode.h"

void app_paste(struct app *a, const char *text, size_t len)
{
	struct app_line *l = app_editing(a);
	if (l == NULL) {
		app_message(a, "a paste goes into a note or a prompt: nothing here takes it");
		return;
	}
	struct text_report rep;
	size_t n;
	char *clean = text_normalise(text, len, &n, &rep);
	int note = l == &a->editor.line;
	if (!note)
		for (char *p = clean; *p; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
	if (app_line_insert(l, clean) != 0) {
		app_error(a, "not pasted: a note holds at most %d bytes, and this paste of %zu would pass it", NOTES_MAX_BYTES,
			  n);
	} else {
		if (a->prompt.id != PROMPT_NONE)
			app_prompt_changed(a);
		if (rep.escapes || rep.controls)
			app_message(a, "pasted %zu bytes (escape sequences and control characters removed)", n);
		else
			app_message(a, "pasted %zu bytes", n);
	}
	free(clean);
}
