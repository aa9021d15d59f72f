/* refs_ru.c: references in Russian, as originals print them under a
 * translation ("Вашу телеграмму от 5 августа"). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "refs_priv.h"

/* Russian, as the originals printed under a translation word it: "Вашу
 * телеграмму от 5 августа", "на Ваш № 5120", "моя телеграмма № 3311 от
 * 12 октября". The kind by the stem of its noun (every case), whose by
 * the possessive before it (every case and gender), the date after "от"
 * with its month in the genitive. */
static const struct {
	const char *stem;
	const char *kind;
} ru_kinds[] = {
	{ "шифртелеграмм", "telegram" }, { "телеграмм", "telegram" }, { "письм", "letter" },
	{ "писем", "letter" }, { "записк", "note" }, { "донесени", "report" }, { "доклад", "report" },
	{ "директив", "directive" }, { "указани", "instruction" }, { "сообщени", "message" },
	{ "послани", "message" }, { "ответ", "answer" },
};

static const char *ru_kind_of(const char *w)
{
	for (size_t k = 0; k < sizeof ru_kinds / sizeof ru_kinds[0]; k++)
		if (strncmp(w, ru_kinds[k].stem, strlen(ru_kinds[k].stem)) == 0)
			return ru_kinds[k].kind;
	return NULL;
}

/* "ваш", "вашу", "моя", "нашей"...: whose, or REF_ANY for no possessive. */
static int ru_whose(const char *w, enum ref_party *party)
{
	static const char *const endings[] = { "", "а", "у", "ей", "его", "им", "ем", "и", "их", NULL };
	static const struct {
		const char *stem;
		enum ref_party party;
	} stems[] = { { "ваш", REF_YOURS }, { "наш", REF_MINE } };
	static const char *const mine[] = { "мой", "моя", "мою", "моей", "моего", "моим", "моем", "моём", "мои", "моих", NULL };
	for (size_t k = 0; mine[k]; k++)
		if (strcmp(w, mine[k]) == 0) {
			*party = REF_MINE;
			return 1;
		}
	for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
		size_t n = strlen(stems[k].stem);
		if (strncmp(w, stems[k].stem, n) != 0)
			continue;
		for (size_t e = 0; endings[e]; e++)
			if (strcmp(w + n, endings[e]) == 0) {
				*party = stems[k].party;
				return 1;
			}
	}
	return 0;
}

/* A Russian reference at i (a word of Cyrillic letters). Returns its
 * end, or 0. */
size_t refs_russian_at(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len, j = refs_ru_word_end(s, len, i), m;
	char w[64];
	struct ref_found r = { .start = i };
	if (!refs_ru_lower(s + i, j - i, w, sizeof w))
		return 0;
	if (ru_whose(w, &r.party)) {
		size_t k = refs_skip_sp(s, len, j);
		if ((m = refs_number_marker(s, len, k)) != 0)
			return refs_numbers_at(sc, &r, refs_skip_sp(s, len, m), 0); /* "на Ваш № 5120" */
		size_t e = refs_ru_word_end(s, len, k);
		if (e == k || !refs_ru_lower(s + k, e - k, w, sizeof w))
			return 0;
		j = e;
	}
	if ((r.kind = ru_kind_of(w)) == NULL)
		return 0;
	size_t k = refs_skip_sp(s, len, j);
	if ((m = refs_number_marker(s, len, k)) != 0)
		return refs_numbers_at(sc, &r, refs_skip_sp(s, len, m), 0);
	if (refs_starts(s, len, k, "\xd0\xbe\xd1\x82 ")) /* "от" */
		return refs_dates_after(sc, &r, k + 5);
	return 0;
}
