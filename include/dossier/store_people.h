/* store_people.h: persons and their aliases: who is who, merging and
 * splitting. */
#ifndef DOSSIER_STORE_PEOPLE_H
#define DOSSIER_STORE_PEOPLE_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/util.h"

struct store;

/* Merges person from into person into (names and documents). */
int store_person_merge(struct store *s, int64_t from, int64_t into, char **cause);
/* Makes name (an alias) a person of its own; the parties that documents
 * print under that name go with it. */
int store_person_split(struct store *s, const char *name, int64_t *new_id, char **cause);


/* A person with every name they are known by. */
struct store_person {
	int64_t id;
	const char *name;
	const struct strv *aliases;
	int64_t docs;           /* documents they send, receive or appear in */
	/* The offices they are named by, with the years of those documents
	 * ("Ambassador in the Soviet Union (1952)"); for an office named
	 * without its holder ("the Secretary of State"), who held it
	 * ("Acheson (1949–1952)"). */
	const struct strv *offices, *held_by;
	const struct strv *uris; /* authority ids: GND, VIAF, Wikidata URIs */
};
typedef int (*store_person_fn)(const struct store_person *p, void *arg);
/* Persons by name: those with a name or alias holding find (case and
 * diacritics ignored; NULL or "": all), at most limit (0: no limit). */
int store_people(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg, char **cause);
/* The same without offices and their holders (what the reader's people
 * view shows): offices and held_by are empty. */
int store_people_brief(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg,
		       char **cause);
/* Counts each person's documents again (an import does, at its end). */
int store_people_recount(struct store *s, char **cause);
/* How many persons the library knows, or -1. */
int64_t store_people_count(struct store *s);

/* The person a name (or alias) stands for, or 0. */
int64_t store_person_id(struct store *s, const char *name);
/* *id: the person a name stands for, or else the one person who has it as
 * a whole word of a name ("Mao" for Mao Zedong, "Gresham" for Walter Q.
 * Gresham); 0 when no one or more than one does. */
int store_person_id_loose(struct store *s, const char *name, int64_t *id, char **cause);

#endif
