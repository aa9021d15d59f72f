/* names.h: persons' and bodies' names as documents print them: their
 * canonical form, pseudonyms and spelling variants, lists of parties. */
#ifndef DOSSIER_NAMES_H
#define DOSSIER_NAMES_H

#include "dossier/doc.h"
#include "dossier/slice.h"

/* Titles that are not part of a name ("Comrade", "Amb.", "Secretary"). */
extern const char *const name_honorifics[];
/* Capitalised words that open sentences or stand for people without
 * naming them ("The", "He", "Dear"): a name run stops there. */
extern const char *const name_stops[];
/* English function words ("the", "of", "said"): in no name, and in no
 * transliteration. */
extern const char *const name_function_words[];

/* Names printed in capitals become Title Case ("PAK HEON-YEONG" ->
 * "Pak Heon-yeong"); other names are copied. The caller frees. */
char *name_titlecase(struct slice s);
/* Whether s is only initials or a first name and patronymic, what may
 * follow a family name and a comma ("Stalin, I.V."). */
int name_given(struct slice s);
/* s without a comma that only introduces given names. */
struct slice name_drop_initials(struct slice s);
/* The canonical form of a printed name: quotes, titles and initials
 * dropped, capitals to Title Case. NULL when nothing is left. */
char *name_canonical(struct slice s);
/* Whether s reads as a person's name (org: or a body's). */
int name_like(struct slice s, int org);
/* Whether s reads as words of a sentence rather than a party's name. */
int party_prose(struct slice s);

/* Whether a bracket explains a pseudonym ("pseudonym for Soviet Amb.
 * Shtykov"); *canon gets the person's name when one is given. */
int alias_description(struct slice t, char **canon);
/* Records on d that name stands for canonical (capped per document). */
void alias_add(struct doc *d, const char *name, const char *canonical);
/* Resolves "name [other]" to the person's canonical name, recording an
 * alias on d; *kind says what the bracket was (NOTE_ALIAS, NOTE_TRANSLIT,
 * NOTE_SUPPLIED). quoted: name was in quotes (a cover name). NULL if either
 * is not a name. */
char *alias_resolve(struct doc *d, struct slice name, struct slice other, int quoted, enum note_kind *kind);

/* An office rather than a person's name ("the Secretary of State"). */
int party_office(struct slice s);
/* One party as a title prints it ("Feng Xi (Stalin)", "the Ambassador in
 * the Soviet Union (Kirk)") to a canonical name, recording aliases on d.
 * NULL when s does not read as a party. */
char *party_resolve(struct doc *d, struct slice s, int org);
/* "Shtykov for Kim Il Sung": a message to one person meant for another
 * is addressed to the first; s without " for ..." (unless "for" continues
 * a body's or office's name: "Ministry for Foreign Affairs"). */
struct slice party_for_cut(struct slice s);
/* The next ", " or " and " between parties in s (a comma before initials
 * is none); *sep is its length; SIZE_MAX if none. */
size_t party_sep(struct slice s, size_t *sep);
/* Adds the parties listed in s to list, stopping at the first part that
 * is not a party. Returns how many were added. */
size_t parties_add(struct doc *d, struct strv *list, struct slice s);

#endif
