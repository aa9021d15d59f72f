/* header_kind.c: the kind of document a heading's first words name
 * ("Ciphered Telegram", "Record of a Conversation", "Minutes of the
 * Session"), from the lexicon's kinds. */
#include <string.h>

#include "header_priv.h"

const char *header_kind_find(struct slice t, size_t within, struct slice *after)
{
	*after = sl_of(t.p + t.n, 0);
	struct slice tok[8];
	size_t nt = tok_split(t, tok, 8);
	if (nt > 8)
		nt = 8;
	for (size_t i = 0; i < nt && i < within; i++) {
		struct slice w = tok_bare(tok[i]);
		/* "Stenographic Protocol", "Shorthand Record of ...": the
		 * record word for word */
		if (tok_in(w, lex_verbatim_marks) && i + 1 < nt) {
			struct slice nx = tok_bare(tok[i + 1]);
			if (tok_in(nx, lex_record_words) || sl_ieq(nx, "protocol") || sl_ieq(nx, "report")) {
				*after = sl_of(tok[i + 1].p + nx.n, (size_t)(t.p + t.n - tok[i + 1].p) - nx.n);
				return "transcript";
			}
		}
		/* "Note No. 2/65 on Conversations with ...": the record's own
		 * number between its word and the link */
		size_t l = i + 1;
		if (l + 1 < nt && (sl_ieq(tok[l], "no.") || sl_ieq(tok[l], "nr.") || sl_ieq(tok[l], "no")) &&
		    ch_is_digit((unsigned char)tok[l + 1].p[0]))
			l += 2;
		/* "Notes taken during a Meeting between ...": the record's
		 * making between its word and the link */
		static const char *const made[] = { "taken", "made", "kept", "written", "recorded", "drawn", NULL };
		if (l + 1 < nt && tok_in(tok[l], made))
			l++;
		if (tok_in(w, lex_record_words) && l + 1 < nt && tok_in(tok[l], lex_record_links)) {
			/* "Record of a Conversation", "Record of the Third
			 * Meeting", "Record of Premier Zhou's Talk", "Transcript of
			 * Official Negotiations" */
			for (size_t k = l + 1; k < nt && k < l + 5; k++) {
				struct slice c = tok_bare(tok[k]);
				/* minutes of a meeting are minutes */
				int meeting = sl_ieq(c, "meeting") || sl_ieq(c, "negotiations") || sl_ieq(c, "discussion") ||
					      sl_ieq(c, "discussions");
				if (meeting && sl_ieq(w, "minutes"))
					break;
				/* notes of a session are its minutes */
				if ((sl_ieq(c, "session") || sl_ieq(c, "sitting") || sl_ieq(c, "plenum")) &&
				    !sl_ieq(w, "transcript") && !sl_ieq(w, "memorandum") && !sl_ieq(w, "summary")) {
					*after = sl_of(tok[k].p + c.n, (size_t)(t.p + t.n - tok[k].p) - c.n);
					return "minutes";
				}
				if (sl_ieq(c, "conversation") || sl_ieq(c, "conversations") || sl_ieq(c, "talks") ||
				    sl_ieq(c, "talk") || meeting) {
					/* a transcript of a conversation is a transcript */
					if (sl_ieq(w, "transcript"))
						break;
					/* "Summary of a CC CPSU Meeting", "Record of
					 * Meeting of Soviet-bloc leaders": a body's
					 * meeting, no one's talk "with" or "between"
					 * another, is recorded in minutes */
					struct slice rest = sl_of(tok[k].p, (size_t)(t.p + t.n - tok[k].p));
					/* "Memorandum of Discussion at the 296th Meeting of
					 * the National Security Council": the discussion at
					 * a body's meeting */
					int at_meeting = (sl_ieq(c, "discussion") || sl_ieq(c, "discussions")) &&
							 sl_ifind_top(rest, " meeting") != SIZE_MAX;
					if (sl_ieq(c, "meeting") || at_meeting) {
						if (sl_ifind_top(rest, " with ") == SIZE_MAX &&
						    sl_ifind_top(rest, " between ") == SIZE_MAX &&
						    sl_find(rest, " and ") == SIZE_MAX) {
							*after = sl_of(tok[k].p + c.n, rest.n - c.n);
							return "minutes";
						}
					}
					*after = sl_of(tok[k].p + c.n, (size_t)(t.p + t.n - tok[k].p) - c.n);
					return "record of conversation";
				}
				if (tok_is_lower(c) && !sl_ieq(c, "a") && !sl_ieq(c, "the"))
					break;
			}
		}
		/* "Editorial Note", "Editor's Note": the edition's own, no
		 * paper of the kind (a diplomatic note is one) */
		if ((sl_ieq(w, "note") || sl_ieq(w, "notes")) && i > 0 &&
		    (sl_ieq(tok_bare(tok[i - 1]), "editorial") || sl_ieq(tok[i - 1], "editor's") ||
		     sl_ieq(tok[i - 1], "editor\xe2\x80\x99s")))
			return NULL;
		/* "Note Verbale from the Soviet Embassy to ...": the note's
		 * form is part of its kind's name, the parties after it */
		if ((sl_ieq(w, "note") || sl_ieq(w, "notes")) && i + 1 < nt && sl_ieq(tok_bare(tok[i + 1]), "verbale")) {
			struct slice v = tok_bare(tok[i + 1]);
			*after = sl_of(tok[i + 1].p + v.n, (size_t)(t.p + t.n - tok[i + 1].p) - v.n);
			return "note";
		}
		/* "Code message", "Ciphered message": a telegram */
		if (tok_in(w, lex_cipher_marks) && i + 1 < nt && sl_ieq(tok_bare(tok[i + 1]), "message")) {
			struct slice m = tok_bare(tok[i + 1]);
			*after = sl_of(tok[i + 1].p + m.n, (size_t)(t.p + t.n - tok[i + 1].p) - m.n);
			return "telegram";
		}
		for (size_t j = 0; lex_kinds[j].word != NULL; j++) {
			/* "Information about the Results ...": the paper's
			 * name only where it opens the heading; further on
			 * ("Dissemination of Intelligence and Information") it is
			 * the subject's word */
			if (i > 0 && strcmp(lex_kinds[j].word, "information") == 0)
				continue;
			if (sl_ieq(w, lex_kinds[j].word)) {
				/* "Information Memorandum", "Briefing Memorandum":
				 * a kind's word qualifying the next; the paper is
				 * of the next's kind */
				if (i + 1 < nt) {
					struct slice w2 = tok_bare(tok[i + 1]);
					for (size_t j2 = 0; lex_kinds[j2].word != NULL; j2++)
						if (sl_ieq(w2, lex_kinds[j2].word) && tok_is_upper(w2) && tok_is_upper(w)) {
							*after = sl_of(tok[i + 1].p + w2.n,
								       (size_t)(t.p + t.n - tok[i + 1].p) - w2.n);
							return lex_kinds[j2].kind;
						}
				}
				*after = sl_of(tok[i].p + w.n, (size_t)(t.p + t.n - tok[i].p) - w.n);
				return lex_kinds[j].kind;
			}
		}
	}
	return NULL;
}

/* Beside the kinds, what stands for one: a series' number (an airgram's
 * "A-123"), read after a title's kind and at a text's opening alike. */
size_t header_series_number(struct slice t)
{
	size_t c = 0;
	while (c < t.n && c < 4 && t.p[c] >= 'A' && t.p[c] <= 'Z')
		c++;
	size_t h = c > 0 && c < t.n && t.p[c] == '-' ? 1 : c > 0 && c + 3 <= t.n && memcmp(t.p + c, "\xe2\x80\x93", 3) == 0 ? 3 : 0;
	int m;
	size_t dd = h > 0 ? sl_digits(t.p + c + h, t.n - c - h, 6, &m) : 0;
	return dd > 0 ? c + h + dd : 0;
}
