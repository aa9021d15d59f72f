/* schema.c: the library's schema as a list of versioned migrations. Each
 * step moves PRAGMA user_version from its index to index + 1, inside one
 * transaction; a library is never probed for columns. */
#include <stddef.h>

#include "dossier/schema.h"

static const char *const migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE document ("
	"  id INTEGER PRIMARY KEY,"
	"  hash TEXT NOT NULL,"                 /* content identity (FNV-1a 64, hex) */
	"  format TEXT NOT NULL,"               /* importer: text, tei, ... */
	"  title TEXT NOT NULL DEFAULT '',"
	"  date TEXT,"                          /* ISO at its precision */
	"  date_text TEXT,"                     /* as printed */
	"  sort_date TEXT NOT NULL DEFAULT '~',"/* date, or '~' so undated sort last */
	"  kind TEXT, number TEXT, summary TEXT, source TEXT, language TEXT,"
	"  translator TEXT, record_id TEXT, url TEXT,"
	"  people TEXT NOT NULL DEFAULT '',"    /* parties' names, for search */
	"  body TEXT NOT NULL,"
	"  read_pos INTEGER NOT NULL DEFAULT 0,"
	"  read_at TEXT,"                       /* when read_pos was last saved */
	"  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
	");"
	"CREATE INDEX document_by_date ON document(sort_date, id);"
	"CREATE INDEX document_by_title ON document(title COLLATE NOCASE, id);"
	"CREATE INDEX document_by_hash ON document(hash);"
	"CREATE TABLE source_path ("
	"  path TEXT PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE"
	");"
	"CREATE INDEX source_path_doc ON source_path(doc_id);"
	"CREATE TABLE person ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
	");"
	"CREATE TABLE alias ("
	"  name TEXT PRIMARY KEY COLLATE NOCASE,"
	"  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
	"  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual'))"
	");"
	"CREATE INDEX alias_person ON alias(person_id);"
	"CREATE TABLE party ("
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL CHECK (role IN ('from','to','mentioned')),"
	"  seq INTEGER NOT NULL,"
	"  person_id INTEGER NOT NULL REFERENCES person(id),"
	"  PRIMARY KEY (doc_id, role, seq)"
	");"
	"CREATE INDEX party_person ON party(person_id, doc_id);"
	"CREATE TABLE note ("                   /* editorial notes: anchored spans */
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	"  kind TEXT NOT NULL, text TEXT NOT NULL"
	");"
	"CREATE INDEX note_doc ON note(doc_id, span_start);"
	"CREATE TABLE ref ("                    /* references between documents */
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	"  phrase TEXT NOT NULL, kind TEXT, date TEXT, number TEXT,"
	"  target_id INTEGER REFERENCES document(id) ON DELETE SET NULL,"
	"  score REAL NOT NULL DEFAULT 0, candidates TEXT NOT NULL DEFAULT '',"
	"  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual','dismissed'))"
	");"
	"CREATE INDEX ref_doc ON ref(doc_id, span_start);"
	"CREATE INDEX ref_target ON ref(target_id);"
	"CREATE TABLE annotation ("             /* the reader's own notes */
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	"  quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '',"
	"  orphaned INTEGER NOT NULL DEFAULT 0,"
	"  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
	");"
	"CREATE INDEX annotation_doc ON annotation(doc_id, span_start);"
	"CREATE TABLE mark ("
	"  letter TEXT PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL"
	");"
	"CREATE TABLE correction ("             /* the reader's metadata fixes */
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  field TEXT NOT NULL,"
	"  value TEXT,"
	"  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  PRIMARY KEY (doc_id, field)"
	");"
	"CREATE VIRTUAL TABLE document_fts USING fts5("
	"  title, people, summary, body,"
	"  content='document', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2'"
	");",

	/* 1 -> 2: editions (TEI): volumes, the document's place in them,
	 * printed pages, and the volumes' lists of persons and terms. */
	"ALTER TABLE document ADD COLUMN volume_id TEXT;"
	"ALTER TABLE document ADD COLUMN doc_n TEXT;"
	"ALTER TABLE document ADD COLUMN xml_id TEXT;"
	"ALTER TABLE document ADD COLUMN place TEXT;"
	"CREATE INDEX document_by_volume ON document(volume_id, xml_id);"
	"ALTER TABLE ref ADD COLUMN target_key TEXT;"  /* an explicit target: "vol#d15" */
	"ALTER TABLE ref ADD COLUMN party TEXT NOT NULL DEFAULT 'any';" /* yours, mine, any */
	"ALTER TABLE ref ADD COLUMN person TEXT;"      /* "the letter of cde. X" */
	"ALTER TABLE ref ADD COLUMN year_inferred INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX document_by_number ON document(number) WHERE number IS NOT NULL;"
	"CREATE INDEX document_by_day ON document(date) WHERE date IS NOT NULL;"
	"CREATE INDEX document_by_read ON document(read_at) WHERE read_at IS NOT NULL;"
	"ALTER TABLE party ADD COLUMN printed TEXT;"   /* the name as the document gives it */
	/* Annotations keep a stable identity across libraries (export and
	 * import of the same note is not a duplicate). */
	"ALTER TABLE annotation ADD COLUMN uuid TEXT;"
	"CREATE UNIQUE INDEX annotation_uuid ON annotation(uuid);"
	"CREATE VIRTUAL TABLE annotation_fts USING fts5(quote, body, tags, content='annotation', "
	"  content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
	"CREATE TRIGGER annotation_ai AFTER INSERT ON annotation BEGIN "
	"  INSERT INTO annotation_fts(rowid, quote, body, tags) VALUES (new.id, new.quote, new.body, new.tags); END;"
	"CREATE TRIGGER annotation_ad AFTER DELETE ON annotation BEGIN "
	"  INSERT INTO annotation_fts(annotation_fts, rowid, quote, body, tags) "
	"  VALUES ('delete', old.id, old.quote, old.body, old.tags); END;"
	"CREATE TRIGGER annotation_au AFTER UPDATE OF quote, body, tags ON annotation BEGIN "
	"  INSERT INTO annotation_fts(annotation_fts, rowid, quote, body, tags) "
	"  VALUES ('delete', old.id, old.quote, old.body, old.tags); "
	"  INSERT INTO annotation_fts(rowid, quote, body, tags) VALUES (new.id, new.quote, new.body, new.tags); END;"
	"CREATE INDEX ref_target_key ON ref(target_key);"
	"CREATE TABLE volume ("
	"  id TEXT PRIMARY KEY,"                /* frus1894Nicaragua */
	"  title TEXT NOT NULL DEFAULT ''"
	");"
	"CREATE TABLE page ("
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"               /* byte offset where the page begins */
	"  n TEXT NOT NULL,"
	"  PRIMARY KEY (doc_id, pos, n)"
	");"
	"CREATE INDEX page_by_n ON page(n);"
	"CREATE TABLE gloss ("
	"  volume_id TEXT NOT NULL,"
	"  xml_id TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('person','term')),"
	"  term TEXT NOT NULL, gloss TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (volume_id, xml_id)"
	");",

	/* 2 -> 3: the number of documents kept by triggers, so that opening
	 * a library of 100,000 does not count them. */
	"CREATE TABLE stats (key TEXT PRIMARY KEY, value INTEGER NOT NULL);"
	"INSERT INTO stats(key, value) SELECT 'documents', count(*) FROM document;"
	"CREATE TRIGGER document_count_ai AFTER INSERT ON document BEGIN "
	"  UPDATE stats SET value = value + 1 WHERE key = 'documents'; END;"
	"CREATE TRIGGER document_count_ad AFTER DELETE ON document BEGIN "
	"  UPDATE stats SET value = value - 1 WHERE key = 'documents'; END;",

	/* 3 -> 4: the columns search filters test, by id: a filtered search
	 * looks them up for every match of its words, and in the table each
	 * lookup would read a page of letter text. */
	"CREATE INDEX document_filter ON document(id, kind, language, date, volume_id, people);",

	/* 4 -> 5: party's and ref's constraints, written as comparisons. A
	 * CHECK of x IN (three values) builds a temporary B-tree for every
	 * row written (SQLite codes longer lists so, and a CHECK cannot keep
	 * it): a third of the cost of storing an import's references and
	 * parties. (alias's list has two values, which are compared.) The
	 * tables are rebuilt as SQLite documents for a changed constraint:
	 * copy, drop, rename, index. */
	"CREATE TABLE party_new ("
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL CHECK (role = 'from' OR role = 'to' OR role = 'mentioned'),"
	"  seq INTEGER NOT NULL,"
	"  person_id INTEGER NOT NULL REFERENCES person(id),"
	"  printed TEXT,"
	"  PRIMARY KEY (doc_id, role, seq)"
	");"
	"INSERT INTO party_new(rowid, doc_id, role, seq, person_id, printed) "
	"  SELECT rowid, doc_id, role, seq, person_id, printed FROM party;"
	"DROP TABLE party;"
	"ALTER TABLE party_new RENAME TO party;"
	"CREATE INDEX party_person ON party(person_id, doc_id);"
	"CREATE TABLE ref_new ("
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	"  phrase TEXT NOT NULL, kind TEXT, date TEXT, number TEXT,"
	"  target_id INTEGER REFERENCES document(id) ON DELETE SET NULL,"
	"  score REAL NOT NULL DEFAULT 0, candidates TEXT NOT NULL DEFAULT '',"
	"  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin = 'auto' OR origin = 'manual' OR origin = 'dismissed'),"
	"  target_key TEXT,"
	"  party TEXT NOT NULL DEFAULT 'any',"
	"  person TEXT,"
	"  year_inferred INTEGER NOT NULL DEFAULT 0"
	");"
	"INSERT INTO ref_new SELECT id, doc_id, span_start, span_end, phrase, kind, date, number, target_id, "
	"  score, candidates, origin, target_key, party, person, year_inferred FROM ref;"
	"DROP TABLE ref;"
	"ALTER TABLE ref_new RENAME TO ref;"
	"CREATE INDEX ref_doc ON ref(doc_id, span_start);"
	"CREATE INDEX ref_target ON ref(target_id);"
	"CREATE INDEX ref_target_key ON ref(target_key);",

	/* 5 -> 6: what search filters list. from: and to: list a person's
	 * documents in one role from the index alone (party_person needed
	 * every party's row to read its role); it replaces party_person,
	 * whose uses it serves as well. kind: and lang: list their documents
	 * from an index of the value instead of scanning document_filter
	 * (which holds every document's names): its distinct values are
	 * found by a seek each, and each value's documents are a range. */
	"DROP INDEX party_person;"
	"CREATE INDEX party_person ON party(person_id, role, doc_id);"
	"CREATE INDEX document_kind ON document(kind);"
	"CREATE INDEX document_language ON document(language);",

	/* 6 -> 7: a reference's addressee ("the letter of cde. X to cde. Y",
	 * "I sent a letter to Mao Zedong") kept as its author is, rather than
	 * read again from the phrase at each resolution. Older references
	 * have none until their document is imported again; resolution reads
	 * their phrase meanwhile. */
	"ALTER TABLE ref ADD COLUMN to_person TEXT;",

	/* 7 -> 8: indexes an import writes for nothing. Most references
	 * never find their target and most documents belong to no volume:
	 * their NULLs are left out of the index (a lookup by value implies
	 * NOT NULL, so the queries keep it). Nothing looks references up by
	 * their explicit target's key. */
	"DROP INDEX ref_target_key;"
	"DROP INDEX ref_target;"
	"CREATE INDEX ref_target ON ref(target_id) WHERE target_id IS NOT NULL;"
	"DROP INDEX document_by_volume;"
	"CREATE INDEX document_by_volume ON document(volume_id, xml_id) WHERE volume_id IS NOT NULL;",

	/* 8 -> 9: the full-text index merges its segments eight at a time
	 * rather than four: an import rewrites its pages half as often (a
	 * tenth of the storing thread's time), and a search reads a few more
	 * segments. */
	"INSERT INTO document_fts(document_fts, rank) VALUES ('automerge', 8);",
	/* 9 -> 10: where each field of a document came from (the header
	 * reader's sources, a JSON object: {"date": ["dateline", "Moscow,
	 * March 14, 1952"], ...}), and the office a party is named by
	 * ("Ambassador in the Soviet Union" for Kennan): offices join the
	 * persons who held them at a date. */
	"ALTER TABLE document ADD COLUMN sources TEXT;"
	"ALTER TABLE party ADD COLUMN office TEXT;"
	"CREATE INDEX party_office ON party(office) WHERE office IS NOT NULL;",

	/* 10 -> 11: a reference in an edition's footnote or an editor's
	 * summary is the editor's, not the writer's: shown so, and resolved
	 * without taking its "your" for the writer's correspondent. */
	"ALTER TABLE ref ADD COLUMN by_editor INTEGER NOT NULL DEFAULT 0;",

	/* 11 -> 12: what citations and exports need. A person's authority
	 * ids (GND, VIAF, Wikidata URIs from CMIF and TEI), one row each, so
	 * that a name met again under its id finds its person; an edition's
	 * bibliographic data from its TEI header, by the volume id its
	 * documents name; a calendar letter's places with their ids, and its
	 * date as EDTF where the ISO date cannot say it (a range, "not
	 * after", uncertain). */
	"CREATE TABLE person_ref ("
	"  uri TEXT PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE"
	");"
	"CREATE INDEX person_ref_person ON person_ref(person_id);"
	"CREATE TABLE edition ("
	"  volume_id TEXT PRIMARY KEY,"
	"  title TEXT, series TEXT, subseries TEXT, volume TEXT, volume_title TEXT,"
	"  editors TEXT, general_editors TEXT,"   /* names separated by char(31) */
	"  publisher TEXT, pub_place TEXT, pub_year TEXT"
	");"
	"ALTER TABLE document ADD COLUMN place_ref TEXT;"
	"ALTER TABLE document ADD COLUMN place_to TEXT;"
	"ALTER TABLE document ADD COLUMN place_to_ref TEXT;"
	"ALTER TABLE document ADD COLUMN date_edtf TEXT;",

	/* 12 -> 13: the lists' orders as arrays (store_order.c): the
	 * documents by place and their places, so that opening a library
	 * on a document half-way down the list counts nothing. A count of
	 * the changes to the order, kept by the triggers that count the
	 * documents, says when the arrays are out of date. */
	"CREATE TABLE doc_order (id INTEGER PRIMARY KEY, data BLOB NOT NULL);"
	"INSERT INTO stats(key, value) VALUES ('order_changes', 1), ('order_built', 0);"
	"DROP TRIGGER document_count_ai;"
	"DROP TRIGGER document_count_ad;"
	"CREATE TRIGGER document_count_ai AFTER INSERT ON document BEGIN "
	"  UPDATE stats SET value = value + 1 WHERE key = 'documents' OR key = 'order_changes'; END;"
	"CREATE TRIGGER document_count_ad AFTER DELETE ON document BEGIN "
	"  UPDATE stats SET value = value - (key = 'documents') + (key = 'order_changes') "
	"  WHERE key = 'documents' OR key = 'order_changes'; END;"
	"CREATE TRIGGER document_order_au AFTER UPDATE OF sort_date, title ON document "
	"  WHEN old.sort_date IS NOT new.sort_date OR old.title IS NOT new.title BEGIN "
	"  UPDATE stats SET value = value + 1 WHERE key = 'order_changes'; END;",
	/* 13 -> 14: each person's number of documents, kept (the people
	 * view counted every party of the library): exact while stats'
	 * 'people_counted' equals 'order_changes', else counted as before.
	 * The parties named by an office, by person: a person's offices
	 * without reading all their parties. */
	"ALTER TABLE person ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;"
	"UPDATE person SET docs = (SELECT count(DISTINCT doc_id) FROM party WHERE person_id = person.id);"
	"INSERT INTO stats(key, value) SELECT 'people_counted', value FROM stats WHERE key = 'order_changes';"
	"CREATE INDEX party_person_office ON party(person_id, office) WHERE office IS NOT NULL;",
	/* 14 -> 15: the rank index (store_rank.c): for each term of at
	 * least 4096 documents, its number of documents and the 256 where
	 * it weighs most in BM25 ((doc u32, tf u16, length u16) each, the
	 * heaviest first, weighed at avgdl), and a floor that no other
	 * document's weight exceeds. A library with documents gets it at its
	 * next import. */
	"CREATE TABLE term_rank ("
	"  term TEXT PRIMARY KEY,"
	"  df INTEGER NOT NULL,"
	"  avgdl REAL NOT NULL,"
	"  floor REAL NOT NULL,"
	"  data BLOB NOT NULL"
	");"
	"INSERT INTO stats(key, value) SELECT 'rank_valid', value = 0 FROM stats WHERE key = 'documents';",
	/* 15 -> 16: the reading position in a table of its own. Saved into
	 * document, it wrote the row again, body and all: a letter of 200 MB
	 * was read and written into the log each time a reader closed it.
	 * (document's read_pos and read_at are no longer read: dropping them
	 * would write every row again.) */
	"CREATE TABLE reading ("
	"  doc_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"
	"  at TEXT NOT NULL"
	");"
	"CREATE INDEX reading_by_at ON reading(at);"
	"INSERT INTO reading(doc_id, pos, at) "
	"  SELECT id, read_pos, read_at FROM document WHERE read_at IS NOT NULL;"
	"DROP INDEX IF EXISTS document_by_read;",
};

int schema_version(void)
{
	return (int)(sizeof migrations / sizeof migrations[0]);
}

const char *schema_migration(int from)
{
	if (from < 0 || from >= schema_version())
		return NULL;
	return migrations[from];
}
