/* links.c: the references of the open document: to the next, follow,
 * change, dismiss, back to automatic; a passage linked by hand. */
#include <stdlib.h>
#include <string.h>

#include "dossier/date.h"
#include "dossier/resolve.h"
#include "dossier/util.h"
#include "mode.h"

#define LINK_CHOICES 50

/* "“your cable of 30 September” → Telegram No. 1021" for messages. */
void app_describe_ref(struct app *a, const struct app_ref *r, const char *prefix)
{
	switch (r->state) {
	case APP_REF_DISMISSED:
		app_message(a, "%s\u201c%s\u201d: dismissed (c links it again)", prefix, r->phrase);
		break;
	case APP_REF_UNRESOLVED:
		if (r->ncands)
			app_message(a, "%s\u201c%s\u201d: unresolved, %zu candidates (Enter chooses)", prefix, r->phrase,
				    r->ncands);
		else
			app_message(a, "%s\u201c%s\u201d: unresolved (c links it, x dismisses it)", prefix, r->phrase);
		break;
	default:
		app_message(a, "%s\u201c%s\u201d \u2192 %s%s%s (Enter follows)", prefix, r->phrase,
			    r->target_date ? r->target_date : "", r->target_date ? " " : "", r->target_title);
		break;
	}
}

void app_ref_next(struct app *a, long dir)
{
	if (a->doc == NULL)
		return;
	size_t live = 0;
	for (size_t i = 0; i < a->nrefs; i++)
		live += a->refs[i].state != APP_REF_DISMISSED;
	if (live == 0) {
		app_message(a, "no references in this document");
		return;
	}
	size_t n = a->nrefs, next = SIZE_MAX;
	int wrapped = 0;
	if (a->ref < n && app_ref_visible(a, a->ref)) {
		for (size_t k = 1; k <= n; k++) {
			size_t i = dir > 0 ? (a->ref + k) % n : (a->ref + n - k) % n;
			if (a->refs[i].state == APP_REF_DISMISSED)
				continue;
			wrapped = dir > 0 ? i <= a->ref : i >= a->ref;
			next = i;
			break;
		}
	} else {
		/* From the screen: the first one on it or below, or the last
		 * one on it or above. */
		size_t vs, ve;
		app_view_bytes(a, &vs, &ve);
		for (size_t k = 0; k < n; k++) {
			size_t i = dir > 0 ? k : n - 1 - k;
			if (a->refs[i].state == APP_REF_DISMISSED)
				continue;
			if (dir > 0 ? a->refs[i].start >= vs : a->refs[i].start < ve) {
				next = i;
				break;
			}
		}
		if (next == SIZE_MAX) {
			wrapped = 1;
			for (size_t k = 0; k < n && next == SIZE_MAX; k++) {
				size_t i = dir > 0 ? k : n - 1 - k;
				if (a->refs[i].state != APP_REF_DISMISSED)
					next = i;
			}
		}
	}
	a->ref = next;
	a->side_sel = next; /* the sidebar's selection goes with it */
	app_reveal(a, a->refs[next].start);
	size_t ord = 0;
	for (size_t i = 0; i <= next; i++)
		ord += a->refs[i].state != APP_REF_DISMISSED;
	char *prefix = wrapped ? xasprintf("(wrapped) %zu/%zu ", ord, live) : xasprintf("%zu/%zu ", ord, live);
	app_describe_ref(a, &a->refs[next], prefix);
	free(prefix);
}

void app_link_reset(struct app *a)
{
	a->link_ref = 0;
	a->link_start = a->link_end = 0;
	free(a->link_phrase);
	a->link_phrase = NULL;
}

/* Makes the link to a reference (or a passage) begin. */
void app_link_set(struct app *a, int64_t ref, size_t start, size_t end, const char *phrase)
{
	app_link_reset(a);
	a->link_ref = ref;
	a->link_start = start;
	a->link_end = end;
	a->link_phrase = xstrdup(phrase);
}

/* The chooser's Enter (link 0) or c (link 1) on the choice. */
static int link_pick(struct app *a, int link)
{
	enum app_choose what = a->chooser.what;
	int64_t id = a->chooser.v[a->chooser.sel].id;
	app_choices_clear(a);
	if (id == 0) {
		/* "another document...": ask for it. */
		if (app_refuse_readonly(a, "links cannot be saved"))
			return -1;
		prompt_open(a, &prompt_target);
		return 0;
	}
	if (id == CHOICE_AUTOMATIC) {
		int64_t ref = a->link_ref;
		app_link_reset(a);
		return app_ref_reset(a, ref);
	}
	if (what == CHOOSE_LINK || link) {
		if (app_link_to(a, id) != 0)
			return -1;
		if (what == CHOOSE_LINK)
			return 0;
	}
	app_link_reset(a);
	return app_jump(a, id, 0, 0);
}

int app_ref_follow(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, a->nrefs ? "no reference selected on screen: Tab selects the next"
					: "no references in this document");
		return -1;
	}
	if (r->state == APP_REF_DISMISSED) {
		app_message(a, "\u201c%s\u201d was dismissed (c links it again)", r->phrase);
		return -1;
	}
	if (r->target) {
		char *title = xstrdup(r->target_title);
		size_t others = r->ncands;
		int rc = app_jump(a, r->target, 0, 0);
		if (rc == 0) {
			if (others)
				app_message(a, "\u2192 %s (%zu other candidate%s: Backspace, then c) \u00b7 Backspace returns",
					    title, others, others == 1 ? "" : "s");
			else
				app_message(a, "\u2192 %s \u00b7 Backspace returns", title);
		}
		free(title);
		return rc;
	}
	if (r->ncands == 0) {
		app_error(a, "\u201c%s\u201d is unresolved: no document matches (c links it, x dismisses it)", r->phrase);
		return -1;
	}
	app_link_set(a, r->id, r->start, r->end, r->phrase);
	char *title = xasprintf("Which \u201c%s\u201d?", r->phrase);
	app_choices_clear(a);
	for (size_t i = 0; i < r->ncands; i++)
		app_choice_add_doc(a, r->cands[i], 0);
	if (a->chooser.n == 0) {
		free(title);
		app_error(a, "its candidates are no longer in the library");
		return -1;
	}
	app_choose_open(a, CHOOSE_FOLLOW, title, link_pick, app_link_reset);
	return 0;
}

/* Takes the reader's choice on reference id back, and resolves again. */
int app_ref_reset(struct app *a, int64_t id)
{
	if (app_refuse_readonly(a, "links cannot be saved"))
		return -1;
	char *cause = NULL;
	int removed;
	struct resolve_stats st;
	/* That reference alone: every pending one of a large library would
	 * take seconds on a keystroke. */
	if (store_ref_automatic(a->store, id, &removed, &cause) != 0 ||
	    (!removed && resolve_ref(a->store, a->doc->id, id, &st, &cause) != 0)) {
		app_error_cause(a, cause);
		return -1;
	}
	app_refs_load(a, id);
	if (removed) {
		app_message(a, "your link is removed");
		return 0;
	}
	const struct app_ref *r = a->ref < a->nrefs && a->refs[a->ref].id == id ? &a->refs[a->ref] : NULL;
	if (r)
		app_describe_ref(a, r, "automatic again: ");
	return 0;
}

void app_ref_change(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one (a links words by hand)");
		return;
	}
	if (app_refuse_readonly(a, "links cannot be saved"))
		return;
	app_link_set(a, r->id, r->start, r->end, r->phrase);
	if (r->target == 0 && r->ncands == 0 && r->state != APP_REF_DISMISSED) {
		prompt_open(a, &prompt_target);
		return;
	}
	char *title = xasprintf("Link \u201c%s\u201d to", r->phrase);
	app_choices_clear(a);
	if (r->target)
		app_choice_add_doc(a, r->target, 1);
	for (size_t i = 0; i < r->ncands; i++)
		app_choice_add_doc(a, r->cands[i], 0);
	app_choice_add(a, 0, NULL, "another document: an id, a date or words\u2026", 0);
	if (r->state == APP_REF_MANUAL || r->state == APP_REF_DISMISSED)
		app_choice_add(a, CHOICE_AUTOMATIC, NULL, "automatic: let dossier decide again", 0);
	app_choose_open(a, CHOOSE_LINK, title, link_pick, app_link_reset);
}

int app_ref_automatic(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one");
		return -1;
	}
	if (r->state != APP_REF_MANUAL && r->state != APP_REF_DISMISSED) {
		app_message(a, "\u201c%s\u201d is resolved automatically already", r->phrase);
		return -1;
	}
	return app_ref_reset(a, r->id);
}

int app_ref_dismiss(struct app *a)
{
	const struct app_ref *r = app_current_ref(a);
	if (r == NULL) {
		app_message(a, "no reference selected on screen: Tab selects one");
		return -1;
	}
	if (app_refuse_readonly(a, "links cannot be saved"))
		return -1;
	int64_t id = r->id;
	char *phrase = xstrdup(r->phrase);
	char *cause = NULL;
	if (store_ref_choose(a->store, id, 0, &cause) != 0) {
		app_error_cause(a, cause);
		free(phrase);
		return -1;
	}
	app_refs_load(a, id);
	app_message(a, "\u201c%s\u201d dismissed: not a reference (c links it again)", phrase);
	free(phrase);
	return 0;
}

void app_link_begin(struct app *a)
{
	if (a->doc == NULL || app_refuse_readonly(a, "links cannot be saved"))
		return;
	prompt_open(a, &prompt_quote);
	app_message(a, "type words on the page; Enter takes the highlighted ones");
}

int app_link_to(struct app *a, int64_t target)
{
	if (a->doc == NULL || app_refuse_readonly(a, "links cannot be saved"))
		return -1;
	if (target == a->doc->id) {
		app_error(a, "a document cannot refer to itself");
		return -1;
	}
	char *cause = NULL;
	int64_t keep = a->link_ref;
	if (a->link_ref) {
		if (store_ref_choose(a->store, a->link_ref, target, &cause) != 0) {
			app_error_cause(a, cause);
			return -1;
		}
	} else {
		if (a->link_end <= a->link_start) {
			app_error(a, "no passage to link");
			return -1;
		}
		keep = store_ref_add_manual(a->store, a->doc->id, a->link_start, a->link_end, target, &cause);
		if (keep < 0) {
			app_error_cause(a, cause);
			return -1;
		}
	}
	app_refs_load(a, keep);
	const struct app_ref *r = a->ref < a->nrefs ? &a->refs[a->ref] : NULL;
	if (r)
		app_message(a, "linked \u201c%s\u201d \u2192 %s", r->phrase, r->target_title ? r->target_title : "?");
	else
		app_message(a, "linked");
	app_link_reset(a);
	return 0;
}

static int all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

int app_parse_date(const char *text, char iso[11])
{
	struct date_val v;
	size_t len = strlen(text);
	if (len && app_date_ok(text)) {
		memcpy(iso, text, len + 1);
		return 0;
	}
	if (len && date_parse(text, len, 0, &v) == len) {
		date_iso(&v, iso);
		return iso[0] ? 0 : -1;
	}
	return -1;
}

static int choice_doc_cb(const struct store_doc *sd, void *arg)
{
	struct app *a = arg;
	if (a->doc && sd->id == a->doc->id)
		return 0;
	char *t = app_doc_title(sd);
	app_choice_add(a, sd->id, sd->doc->date && *sd->doc->date ? sd->doc->date : NULL, t, 0);
	free(t);
	return 0;
}

int app_link_target(struct app *a, const char *text)
{
	if (a->doc == NULL || app_refuse_readonly(a, "links cannot be saved"))
		return -1;
	char *t = xstrdup(text ? text : "");
	str_trim(t);
	if (*t == '\0') {
		free(t);
		app_message(a, "not linked");
		app_link_reset(a);
		return -1;
	}
	if (all_digits(t)) {
		int64_t id = strtoll(t, NULL, 10);
		free(t);
		struct store_doc *sd = NULL;
		char *cause = NULL;
		int rc = store_doc_get(a->store, id, &sd, &cause);
		store_doc_free(sd);
		if (rc != 0) {
			free(cause);
			app_error(a, "no document %lld in the library", (long long)id);
			return -1;
		}
		return app_link_to(a, id);
	}
	char iso[11];
	char *filter = app_parse_date(t, iso) == 0 ? xasprintf("date:%s", iso) : xstrdup(t);
	app_choices_clear(a);
	char *cause = NULL;
	int rc = store_list_filtered(a->store, STORE_BY_DATE, filter, 0, LINK_CHOICES, choice_doc_cb, a, &cause);
	if (rc != 0) {
		app_choices_clear(a);
		app_error_cause(a, cause);
		free(filter);
		free(t);
		return -1;
	}
	if (a->chooser.n == 0) {
		app_error(a, "no other document matches \u201c%s\u201d", t);
		free(filter);
		free(t);
		return -1;
	}
	size_t n = a->chooser.n;
	app_choice_add(a, 0, NULL, "another document: an id, a date or words\u2026", 0);
	app_choose_open(a, CHOOSE_LINK, xasprintf("Link \u201c%s\u201d to", a->link_phrase ? a->link_phrase : ""), link_pick,
			app_link_reset);
	app_message(a, "%zu%s document%s match %s \u00b7 Enter links", n, n >= LINK_CHOICES ? " or more" : "",
		    n == 1 ? "" : "s", filter);
	free(filter);
	free(t);
	return 0;
}

static void do_ref_follow(struct app *a, long arg)
{
	(void)arg;
	app_ref_follow(a);
}

static void do_ref_change(struct app *a, long arg)
{
	(void)arg;
	app_ref_change(a);
}

static void do_ref_dismiss(struct app *a, long arg)
{
	(void)arg;
	app_ref_dismiss(a);
}

static void do_ref_automatic(struct app *a, long arg)
{
	(void)arg;
	app_ref_automatic(a);
}

static void do_link(struct app *a, long arg)
{
	(void)arg;
	app_link_begin(a);
}

/* ---- a: the prompts for the words to link and where they go ---- */

static void quote_opened(struct app *a)
{
	a->prompt.saved = a->search ? xstrdup(a->search) : NULL;
}

static void quote_accept(struct app *a, const char *t)
{
	if (*t == '\0' || a->nhits == 0 || a->hit >= a->nhits) {
		app_search_set(a, a->prompt.saved);
		if (*t)
			app_error(a, "not found: %s", t);
		else
			app_message(a, "not linked");
		return;
	}
	/* The highlighted words are the passage; the search that was there
	 * before comes back. */
	size_t ps = a->hits[a->hit].start, pe = a->hits[a->hit].end;
	app_word_bounds(a->doc->doc->body, a->doc->doc->body_len, &ps, &pe);
	char *phrase = xstrndup(a->doc->doc->body + ps, pe - ps);
	app_search_set(a, a->prompt.saved);
	app_link_set(a, 0, ps, pe, phrase);
	free(phrase);
	prompt_open(a, &prompt_target);
}

static void quote_cancel(struct app *a)
{
	app_search_restore(a);
	app_link_reset(a);
	app_message(a, "not linked");
}

const struct prompt_kind prompt_quote = {
	.id = PROMPT_QUOTE,
	.label = "link the words: ",
	.needs_doc = 1,
	.opened = quote_opened,
	.changed = app_search_typed,
	.accept = quote_accept,
	.cancel = quote_cancel,
};

static char *target_label(const struct app *a)
{
	char *q = layout_fit(a->link_phrase ? a->link_phrase : "", 24);
	char *l = xasprintf("link \u201c%s\u201d to: ", q);
	free(q);
	return l;
}

static void target_opened(struct app *a)
{
	app_message(a, "a document id, a date (1950-10-08) or words and filters (from:Stalin)");
}

static void target_accept(struct app *a, const char *t)
{
	app_link_target(a, t);
}

static void target_cancel(struct app *a)
{
	app_link_reset(a);
	app_message(a, "not linked");
}

const struct prompt_kind prompt_target = {
	.id = PROMPT_TARGET,
	.label_of = target_label,
	.needs_doc = 1,
	.opened = target_opened,
	.accept = target_accept,
	.cancel = target_cancel,
};

const struct key_action act_follow_reference = { "follow-reference", do_ref_follow, 0, "follow the reference (or choose among candidates)" };

const struct key_action act_change_reference = { "change-reference", do_ref_change, 0, "change where the reference goes" };

const struct key_action act_dismiss_reference = { "dismiss-reference", do_ref_dismiss, 0, "dismiss the reference: it is none" };

const struct key_action act_automatic_reference = { "automatic-reference", do_ref_automatic, 0, "take your link or dismissal back: automatic again" };

const struct key_action act_link_passage = { "link-passage", do_link, 0, "link words of the text to a document by hand" };
