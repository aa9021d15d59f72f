/* store_people.c: persons, their aliases, and the parties of documents:
 * who a printed name stands for, merging and splitting persons. */
#include "store_priv.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/lexicon.h"
#include "dossier/names.h"
#include "dossier/text.h"

/* 1 if the words of name before its last (prefix_len bytes) are
 * forenames or initials, not a name the library knows: "Shtykov
 * Bulganin" under a letter is two signatures, "Kim Il Sung Bulganin" too. */
static int forenames_only(struct store *s, const char *name, size_t prefix_len, char **cause)
{
	char *prefix = xstrndup(name, prefix_len);
	char *space = strchr(prefix, ' ');
	int64_t known;
	int rc = sql_lookup_id(s, ST_ALIAS_GET, prefix, &known, cause);
	if (rc == 0 && space) {
		*space = '\0';
		rc = sql_lookup_id(s, ST_ALIAS_GET, prefix, &known, cause);
	}
	free(prefix);
	return rc < 0 ? -1 : !rc;
}

/* The first letter of a name's first word, in capitals, or 0 for a
 * word of address ("Mr.", "Ambassador") that names no forename. */
static char first_initial(const char *name)
{
	struct slice raw = tok_next(sl_cstr(name), &(size_t){ 0 }), w = tok_bare(raw);
	/* ("Mr." is listed with its stop; "Lord", "Sir", an office's word
	 * are no forename either) */
	if (w.n == 0 || tok_in(raw, name_honorifics) || tok_in(w, name_honorifics) || tok_in(w, lex_person_offices) ||
	    sl_ieq(w, "sir") || sl_ieq(w, "lord") || sl_ieq(w, "lady") || !(w.p[0] >= 'A' && w.p[0] <= 'Z'))
		return 0;
	return w.p[0];
}

/* 1 if person pid has a name of surname with other forenames than name
 * ("Alexander Hamilton" beside "Lee H. Hamilton"), -1 on error. */
static int forenames_differ(struct store *s, const char *name, const char *surname, int64_t pid, char **cause)
{
	sqlite3_stmt *st = sql_stmt(s, ST_ALIAS_ENDING, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, surname, -1, SQLITE_STATIC);
	char mine = first_initial(name);
	int differ = 0, rc;
	while (!differ && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *full = (const char *)sqlite3_column_text(st, 1);
		char theirs = full ? first_initial(full) : 0;
		differ = sqlite3_column_int64(st, 0) == pid && mine && theirs && mine != theirs;
	}
	sqlite3_reset(st);
	if (!differ && rc != SQLITE_DONE) {
		*cause = sql_cause(s, "looking up a name");
		return -1;
	}
	return differ;
}

/* A surname alone and the same with forenames or initials ("Kirk" and
 * "Alan G. Kirk", "Shtykov" and "T. F. Shtykov", whichever comes first)
 * are one person, when only one person has a name that fits: 1 and *pid,
 * 0 when none or several do. A surname is capitalised and longer than an
 * initial; names written surname first ("Kim Il Sung") end in no one's
 * surname, and a surname alone that begins them is not matched. */
static int person_by_surname(struct store *s, const char *name, int64_t *pid, char **cause)
{
	const char *last = strrchr(name, ' ');
	const char *surname = last ? last + 1 : name;
	if (strlen(surname) < 3 || !(*surname >= 'A' && *surname <= 'Z') || strchr(name, ',') ||
	    surname[strlen(surname) - 1] == '.')
		return 0;
	/* "Historical Staff" and "Estimates Staff" are two bodies; "Prime
	 * Minister of China" is an office, its last word a place */
	if (tok_in(sl_cstr(surname), lex_body_nouns) || tok_in(sl_cstr(surname), lex_office_nouns) ||
	    strstr(name, " of ") != NULL)
		return 0;
	int rc;
	if (last) {
		if ((rc = forenames_only(s, name, (size_t)(last - name), cause)) <= 0)
			return rc;
		if ((rc = sql_lookup_id(s, ST_ALIAS_GET, surname, pid, cause)) <= 0)
			return rc;
		/* "Lee H. Hamilton" is not the person "Hamilton" stands for
		 * when that person is "Alexander Hamilton": other forenames */
		int differ = forenames_differ(s, name, surname, *pid, cause);
		return differ < 0 ? -1 : !differ;
	}
	sqlite3_stmt *st = sql_stmt(s, ST_ALIAS_ENDING, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int n = 0;
	int64_t found = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *full = (const char *)sqlite3_column_text(st, 1);
		int64_t id = sqlite3_column_int64(st, 0);
		/* "China" is no surname of "the Central Committee of the
		 * Communist Party of China" */
		if (full == NULL || strstr(full, " of ") != NULL)
			continue;
		int fo = forenames_only(s, full, strlen(full) - strlen(name) - 1, cause);
		if (fo < 0) {
			sqlite3_reset(st);
			return -1;
		}
		if (fo && id != found) {
			found = id;
			n++;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = sql_cause(s, "looking up a name");
		return -1;
	}
	*pid = found;
	return n == 1;
}

/* The person a name stands for, created if it is new. A party's name
 * (a heading's, a signature's) may be a known surname with forenames;
 * a name read from a bracket's surroundings is too loose for that ("Are
 * [Shtykov]" is no forename). */
static int person_for(struct store *s, const char *name, int party, int64_t *pid, char **cause)
{
	int rc = sql_lookup_id(s, ST_ALIAS_GET, name, pid, cause);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	sqlite3_stmt *st;
	if (party && (rc = person_by_surname(s, name, pid, cause)) != 0) {
		if (rc < 0 || (st = sql_stmt(s, ST_ALIAS_INSERT, cause)) == NULL)
			return -1;
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, *pid);
		return sql_step_done(s, st, "adding a name", cause);
	}
	st = sql_stmt(s, ST_PERSON_INSERT, cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) != SQLITE_ROW) {
		*cause = sql_cause(s, "adding a person");
		sqlite3_reset(st);
		return -1;
	}
	*pid = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if ((st = sql_stmt(s, ST_ALIAS_INSERT, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, *pid);
	return sql_step_done(s, st, "adding a name", cause);
}

/* 1 if a shorter ending of name ("Shtraus" of "Dantri Shtraus") is
 * already a name of person pid: the longer run of capitals before a
 * bracket took in a word that is not part of the name. */
static int known_ending(struct store *s, const char *name, int64_t pid, char **cause)
{
	for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' ')) {
		int64_t known;
		int rc = sql_lookup_id(s, ST_ALIAS_GET, p + 1, &known, cause);
		if (rc < 0)
			return -1;
		if (rc == 1 && known == pid)
			return 1;
	}
	return 0;
}

/* Counts the indexed documents of person pid out of the rank session
 * (store_rank.c) before one statement takes them out of the full-text
 * index: deleted behind its back, a document indexed again was counted
 * twice. (Deleted one by one through the session, an import of 100,000
 * letters held 11 MB more of SQLite's pages at its peak.) */
static int count_out_documents_of(struct store *s, int64_t pid, char **cause)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT doc_id FROM party WHERE person_id = ?1 "
				      "AND doc_id NOT IN (SELECT id FROM temp.fts_pending)", -1, &st, NULL) != SQLITE_OK) {
		*cause = sql_cause(s, "joining names");
		return -1;
	}
	sqlite3_bind_int64(st, 1, pid);
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			ids = xreallocarray(ids, cap, sizeof *ids);
		}
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(ids);
		*cause = sql_cause(s, "joining names");
		return -1;
	}
	for (size_t i = 0; rc == SQLITE_DONE && i < n; i++)
		if (rank_count_out(s, ids[i], cause) != 0)
			rc = SQLITE_ERROR;
	free(ids);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* A name the library knew as a person of its own ("Feng Xi", a party of
 * letters imported first) that an editor's bracket now says is another
 * ("Feng Xi [Stalin]") is that other, as if the bracket had come first:
 * the library is the same whatever order its files came in. Only a
 * person known by that one name and nothing a reader did; their
 * documents' names are indexed again when the batch commits. */
static int alias_claims(struct store *s, const char *name, int64_t known, int64_t pid, char **cause)
{
	/* Most names are someone else's, or a reader's: asked of every
	 * letter that gives a name another person has, with a statement
	 * kept prepared. */
	sqlite3_stmt *q = sql_stmt(s, ST_ALIAS_CLAIMABLE, cause);
	if (q == NULL)
		return -1;
	sqlite3_bind_int64(q, 1, known);
	sqlite3_bind_text(q, 2, name, -1, SQLITE_TRANSIENT);
	int claimable = sqlite3_step(q);
	sqlite3_reset(q);
	if (claimable == SQLITE_DONE)
		return 0; /* someone else's, or a reader's: the name stays theirs */
	if (claimable != SQLITE_ROW) {
		*cause = sql_cause(s, "joining names");
		return -1;
	}
	if (count_out_documents_of(s, known, cause) != 0)
		return -1;
	static const char *const steps[] = {
		"INSERT INTO document_fts(document_fts, rowid, title, people, summary, body) "
		"SELECT 'delete', id, title, people, summary, body FROM document WHERE id IN (SELECT doc_id FROM party "
		"WHERE person_id = ?1) AND id NOT IN (SELECT id FROM temp.fts_pending)",
		"INSERT OR IGNORE INTO temp.fts_pending(id) SELECT doc_id FROM party WHERE person_id = ?1",
		"UPDATE party SET person_id = ?2 WHERE person_id = ?1",
		"UPDATE alias SET person_id = ?2 WHERE person_id = ?1",
		"DELETE FROM person WHERE id = ?1",
		/* The pending documents of the person now (the batch's and
		 * those just joined), found from the pending: from the
		 * person's every document (Stalin's thousands), each row was
		 * read to be tested, 2,500 pages for each name claimed. */
		"UPDATE document SET people = coalesce((SELECT group_concat(p.name, '; ') FROM party pa JOIN person p "
		"ON p.id = pa.person_id WHERE pa.doc_id = document.id), '') WHERE id IN (SELECT f.id FROM "
		"temp.fts_pending f WHERE EXISTS (SELECT 1 FROM party x WHERE x.doc_id = f.id AND +x.person_id = ?2))",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) != SQLITE_OK) {
			*cause = sql_cause(s, "joining names");
			return -1;
		}
		sqlite3_bind_int64(st, 1, known);
		sqlite3_bind_int64(st, 2, pid);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
			*cause = sql_cause(s, "joining names");
			return -1;
		}
	}
	return 0;
}

int people_put_aliases(struct store *s, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < d->naliases; i++) {
		int64_t pid, known;
		if (person_for(s, d->aliases[i].canonical, 0, &pid, cause) != 0)
			return -1;
		int rc = sql_lookup_id(s, ST_ALIAS_GET, d->aliases[i].name, &known, cause);
		if (rc < 0)
			return -1;
		if (rc == 1 && known != pid && alias_claims(s, d->aliases[i].name, known, pid, cause) != 0)
			return -1;
		if (rc == 1)
			continue; /* a name keeps the person it was first given (or a manual one) */
		if ((rc = known_ending(s, d->aliases[i].name, pid, cause)) != 0) {
			if (rc < 0)
				return -1;
			continue;
		}
		sqlite3_stmt *st = sql_stmt(s, ST_ALIAS_INSERT, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_text(st, 1, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, pid);
		if (sql_step_done(s, st, "adding an alias", cause) != 0)
			return -1;
		/* Longer names learned before that end in this one were runs
		 * of capitals that took in a word too many. */
		if ((st = sql_stmt(s, ST_ALIAS_PRUNE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_text(st, 2, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		if (sql_step_done(s, st, "tidying names", cause) != 0 || (st = sql_stmt(s, ST_PRINTED_PRUNE, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_text(st, 2, d->aliases[i].name, -1, SQLITE_TRANSIENT);
		if (sql_step_done(s, st, "tidying names", cause) != 0)
			return -1;
	}
	return 0;
}

/* The name a document prints for a party: the alias it gave, if any. */
static const char *printed_name(const struct doc *d, const char *canonical)
{
	for (size_t i = 0; d && i < d->naliases; i++)
		if (strcmp(d->aliases[i].canonical, canonical) == 0)
			return d->aliases[i].name;
	return canonical;
}

int people_put_parties(struct store *s, int64_t id, const char *role, const struct strv *names,
		       const struct strv *offices, const struct doc *d, char **cause)
{
	for (size_t i = 0; i < names->n; i++) {
		int64_t pid;
		if (person_for(s, names->v[i], 1, &pid, cause) != 0)
			return -1;
		sqlite3_stmt *st = sql_stmt(s, ST_INSERT_PARTY, cause);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
		sqlite3_bind_int64(st, 4, pid);
		sqlite3_bind_text(st, 5, printed_name(d, names->v[i]), -1, SQLITE_STATIC);
		const char *office = offices && i < offices->n && offices->v[i][0] ? offices->v[i] : NULL;
		sql_bind_kept(st, 6, office);
		if (sql_step_done(s, st, "adding a party", cause) != 0)
			return -1;
	}
	return 0;
}

int64_t store_people_count(struct store *s)
{
	char *cause = NULL;
	int64_t n = sql_query_int(s, "SELECT count(*) FROM person", NULL, 0, "counting people", &cause);
	free(cause);
	return n;
}

/* 1 if person.docs is exact: no document came or went since it was
 * counted (an import counts again at its end). */
static int docs_counted(struct store *s)
{
	char *cause = NULL;
	int64_t ok = sql_query_int(s, "SELECT (SELECT value FROM stats WHERE key = 'people_counted') = "
				      "(SELECT value FROM stats WHERE key = 'order_changes')",
				   NULL, 0, "counting people", &cause);
	free(cause);
	return ok == 1;
}

#define PERSON_DOCS_COUNTED "(SELECT count(DISTINCT doc_id) FROM party WHERE person_id = "

/* Counts the documents of the persons sql lists (all when NULL; its ?1
 * bound to id), and says the counts are exact if they were or all were
 * counted. */
static int recount(struct store *s, const char *which, int64_t id, char **cause)
{
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "UPDATE person SET docs = " PERSON_DOCS_COUNTED "person.id)");
	if (which)
		buf_printf(&sql, " WHERE id IN (%s)", which);
	sqlite3_stmt *st = sql_prepare(s, sql.data, "counting people", cause);
	buf_free(&sql);
	if (st == NULL)
		return -1;
	if (which)
		sqlite3_bind_int64(st, 1, id);
	if (sql_finish(s, st, "counting people", cause) != 0)
		return -1;
	if (which)
		return 0;
	return sql_exec(s, "UPDATE stats SET value = (SELECT value FROM stats WHERE key = 'order_changes') "
			   "WHERE key = 'people_counted'",
			"counting people", cause);
}

int people_count_doc(struct store *s, int64_t doc, int delta, char **cause)
{
	sqlite3_stmt *st = sql_prepare(s, "UPDATE person SET docs = docs + ?2 WHERE id IN "
					  "(SELECT person_id FROM party WHERE doc_id = ?1)",
				       "counting people", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int(st, 2, delta);
	return sql_finish(s, st, "counting people", cause);
}

int store_people_recount(struct store *s, char **cause)
{
	if (s->readonly)
		return 0;
	if (store_unit_begin(s, cause) != 0)
		return -1;
	int ok = recount(s, NULL, 0, cause) == 0;
	return ok ? store_unit_end(s, 1, cause) : (store_unit_end(s, 0, NULL), -1);
}

/* The years of a group of documents: "1952", "1949–1952", or NULL. */
#define YEARS                                                                                            \
	"(substr(min(d.date), 1, 4) || CASE WHEN substr(max(d.date), 1, 4) > substr(min(d.date), 1, 4) " \
	"THEN '\xe2\x80\x93' || substr(max(d.date), 1, 4) ELSE '' END)"

/* The offices a person p was named by and the holders of an office named
 * alone: the dates come from document_filter, not the letters' pages. */
#define PERSON_OFFICES                                                                                       \
	"(SELECT group_concat(o, char(31)) FROM (SELECT pa.office || coalesce(' (' || " YEARS " || ')', '') AS o " \
	"  FROM party pa INDEXED BY party_person_office JOIN document d INDEXED BY document_filter "             \
	"  ON d.id = pa.doc_id WHERE pa.person_id = p.id AND pa.office IS NOT NULL "                             \
	"  GROUP BY pa.office ORDER BY min(d.date))), "                                                         \
	"(SELECT group_concat(o, char(31)) FROM (SELECT hp.name || coalesce(' (' || " YEARS " || ')', '') AS o " \
	"  FROM party pa JOIN person hp ON hp.id = pa.person_id JOIN document d INDEXED BY document_filter "     \
	"  ON d.id = pa.doc_id WHERE pa.office IS NOT NULL AND (pa.office = p.name OR 'the ' || pa.office = p.name) " \
	"  GROUP BY hp.id ORDER BY min(d.date)))"

static int people(struct store *s, const char *find, size_t limit, int offices, store_person_fn fn, void *arg,
		  char **cause)
{
	struct buf sql;
	buf_init(&sql);
	buf_printf(&sql, "SELECT p.id, p.name, %s, "
			 "(SELECT group_concat(name, char(31)) FROM alias WHERE person_id = p.id AND name <> p.name), %s, "
			 "(SELECT group_concat(uri, char(31)) FROM (SELECT uri FROM person_ref WHERE person_id = p.id ORDER BY rowid)) "
			 "FROM person p WHERE ?1 IS NULL OR instr(dossier_fold(p.name), ?1) > 0 "
			 "OR EXISTS (SELECT 1 FROM alias a WHERE a.person_id = p.id AND instr(dossier_fold(a.name), ?1) > 0) "
			 "ORDER BY p.name COLLATE NOCASE LIMIT ?2",
		   docs_counted(s) ? "p.docs" : PERSON_DOCS_COUNTED "p.id)", offices ? PERSON_OFFICES : "NULL, NULL");
	sqlite3_stmt *st;
	int prc = sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (prc != SQLITE_OK) {
		*cause = sql_cause(s, "listing people");
		return -1;
	}
	char *f = find ? text_fold(find) : NULL;
	if (f)
		str_trim(f);
	if (f && *f)
		sqlite3_bind_text(st, 1, f, -1, SQLITE_TRANSIENT);
	free(f);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct strv aliases, offs, held, uris;
		strv_init(&aliases);
		strv_init(&offs);
		strv_init(&held);
		strv_init(&uris);
		sql_split_names(&aliases, sqlite3_column_text(st, 3));
		sql_split_names(&offs, sqlite3_column_text(st, 4));
		sql_split_names(&held, sqlite3_column_text(st, 5));
		sql_split_names(&uris, sqlite3_column_text(st, 6));
		struct store_person p = { sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
					  &aliases, sqlite3_column_int64(st, 2), &offs, &held, &uris };
		stop = fn(&p, arg);
		strv_free(&aliases);
		strv_free(&offs);
		strv_free(&held);
		strv_free(&uris);
	}
	return sql_rows_done(s, st, rc, stop, "listing people", cause);
}

int store_people(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg, char **cause)
{
	return people(s, find, limit, 1, fn, arg, cause);
}

int store_people_brief(struct store *s, const char *find, size_t limit, store_person_fn fn, void *arg,
		       char **cause)
{
	return people(s, find, limit, 0, fn, arg, cause);
}

int store_person_merge(struct store *s, int64_t from, int64_t into, char **cause)
{
	if (from == into) {
		*cause = xstrdup("a person cannot be merged into themselves");
		return -1;
	}
	if (store_begin(s, cause) != 0)
		return -1;
	sqlite3_stmt *st;
	static const char *const steps[] = {
		"UPDATE OR IGNORE party SET person_id = ?2 WHERE person_id = ?1",
		"DELETE FROM party WHERE person_id = ?1",
		"UPDATE alias SET person_id = ?2, origin = 'manual' WHERE person_id = ?1",
		"UPDATE person_ref SET person_id = ?2 WHERE person_id = ?1",
		"DELETE FROM person WHERE id = ?1",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) != SQLITE_OK) {
			*cause = sql_cause(s, "merging persons");
			store_rollback(s);
			return -1;
		}
		sqlite3_bind_int64(st, 1, from);
		sqlite3_bind_int64(st, 2, into);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			*cause = sql_cause(s, "merging persons");
			store_rollback(s);
			return -1;
		}
	}
	if (recount(s, "?1", into, cause) != 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s, cause);
}

int store_person_split(struct store *s, const char *name, int64_t *new_id, char **cause)
{
	int64_t old = store_person_id(s, name);
	if (old == 0) {
		*cause = xasprintf("no person is known as '%s' (see dossier people)", name);
		return -1;
	}
	if (store_begin(s, cause) != 0)
		return -1;
	/* The name becomes a person of its own, and takes the documents
	 * that print that name for the party. */
	static const char *const steps[] = {
		"INSERT INTO person(name) VALUES (?1)",
		"UPDATE alias SET person_id = last_insert_rowid(), origin = 'manual' WHERE name = ?1",
		"UPDATE party SET person_id = (SELECT person_id FROM alias WHERE name = ?1) "
		"WHERE person_id = ?2 AND printed = ?1 COLLATE NOCASE",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) != SQLITE_OK) {
			*cause = sql_cause(s, "splitting a person");
			store_rollback(s);
			return -1;
		}
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		if (sqlite3_bind_parameter_count(st) >= 2)
			sqlite3_bind_int64(st, 2, old);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			*cause = (rc & 0xff) == SQLITE_CONSTRAINT
					 ? xasprintf("'%s' is already a person of their own", name)
					 : sql_cause(s, "splitting a person");
			store_rollback(s);
			return -1;
		}
	}
	*new_id = store_person_id(s, name);
	if (recount(s, "?1", old, cause) != 0 || recount(s, "?1", *new_id, cause) != 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s, cause);
}

int store_person_id_loose(struct store *s, const char *name, int64_t *id, char **cause)
{
	*id = store_person_id(s, name);
	/* A word of three letters at least: "Li" or "Kim" alone names no one
	 * in particular (and more than one matches anyway). */
	if (*id || name == NULL || strlen(name) < 3 || strchr(name, '%') || strchr(name, '_'))
		return 0;
	sqlite3_stmt *st = sql_prepare_read(s,
				       "SELECT DISTINCT person_id FROM alias WHERE name LIKE ?1 || ' %' "
				       "OR name LIKE '% ' || ?1 OR name LIKE '% ' || ?1 || ' %' LIMIT 2",
				       "finding a person", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	int n = 0, rc;
	int64_t found = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		found = sqlite3_column_int64(st, 0);
		n++;
	}
	*id = n == 1 ? found : 0;
	return sql_rows_done(s, st, rc, 0, "finding a person", cause);
}

int64_t store_person_id(struct store *s, const char *name)
{
	int64_t id = 0;
	char *cause = NULL;
	if (sql_lookup_id(s, ST_ALIAS_GET, name, &id, &cause) != 1)
		id = 0;
	free(cause);
	return id;
}
