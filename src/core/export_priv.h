/* export_priv.h: what the format writers of export.c share, and no one
 * else. Each format is a table of functions (as tmux's modes are). */
#ifndef DOSSIER_EXPORT_PRIV_H
#define DOSSIER_EXPORT_PRIV_H

#include <stdint.h>
#include <stdio.h>

#include "dossier/export.h"

struct export_ops {
	void (*begin)(struct exporter *e);
	int (*add)(struct exporter *e, const struct cite *c, char **cause);
	int (*finish)(struct exporter *e, char **cause);
	void (*free)(struct exporter *e);
};

struct exporter {
	FILE *f;
	enum export_format fmt;
	const struct export_ops *ops;
	char *title, *editor, *publisher, *url, *date;
	int cc0;
	size_t n;               /* documents added */
	/* keys written (BibLaTeX), as an open-addressing set of hashes */
	uint64_t *keys;
	size_t nkeys, capkeys;
	void *priv;             /* the format's own state */
};

extern const struct export_ops export_csl_ops, export_ris_ops, export_bibtex_ops, export_cmif_ops;

/* A letter: a document with a recipient. */
int export_is_letter(const struct cite *c);
/* Whether an edition prints it (a series or a volume title). */
int export_has_edition(const struct cite *c);
/* The document's number in its edition, else its own. */
const char *export_number(const struct cite *c);
/* The volume's number in arabic ("XXI" -> "21"), as written otherwise. */
char *export_volume(const struct cite *c);
/* One line describing where the documents come from: the edition as a
 * reference ("Foreign Relations of the United States, 1969–1976, Volume
 * XXI, Chile, 1969–1973, ed. ... (Washington: GPO, 2014)"), or the archive
 * ("History and Public Policy Program Digital Archive"); NULL if neither. */
char *export_source_line(const struct cite *c);
/* The people's names as an array (NULL-terminated; the names are still
 * theirs): the caller frees the array. */
char **export_names(const struct cite_people *p);
/* Adds a key's hash to the set; 1 if it was already there. */
int export_key_seen(struct exporter *e, const char *key);

#endif
