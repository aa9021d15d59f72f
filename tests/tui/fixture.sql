-- tests/tui/fixture.sql: a small library with known metadata and notes,
-- so that the reader's screens do not depend on what the importer makes
-- of the sample. Loaded with sqlite3 into a library `dossier` created.
BEGIN;
INSERT INTO person(id, name) VALUES (1, 'Stalin'), (2, 'Shtykov'), (3, 'Zakharov'), (4, 'Kim Il Sung'),
  (5, 'Gao Gang');
INSERT INTO alias(name, person_id) VALUES ('Stalin', 1), ('Shtykov', 2), ('Zakharov', 3),
  ('Kim Il Sung', 4), ('Gao Gang', 5), ('Feng Xi', 1);

INSERT INTO document(id, hash, format, title, date, date_text, sort_date, kind, number, summary, source,
  language, translator, people, body) VALUES (1, 'fixture1', 'text',
  'Ciphered Telegram No. 75352, Feng Xi to Shtraus and Mayveyev', '1950-10-01', 'October 1, 1950',
  '1950-10-01', 'telegram', '75352',
  'Stalin demands defenses along the 38th parallel.', 'APRF, Volkogonov papers', 'Russian',
  'Vladislav Zubok', 'Stalin; Shtykov; Zakharov',
  'To be returned after 6 days
Top Secret

CIPHERED TELEGRAM # 75352
1 October 1950

SHTRAUS [pseudonym for Soviet Amb. Shtykov], MAYVEYEV [pseudonym for M.V. Zakharov, Stalin''s personal military envoy]

We have received your cable of 30 September and 1 October. These cables show that cde. KIM IL SUNG and other comrades from the Korean leadership pose before you a set of questions and that you dodge these questions. We consider your behavior to be erroneous.

Keep these directions in mind in your subsequent activities in Korea.

First. Will the enemy advance to the North of the 38th parallel? We should base ourselves in this question on the worst-case scenario, that is, that the enemy will try to capture North Korea. Therefore one should without delay mobilize all forces and prevent the enemy from crossing the 38th parallel.

Second. We should not underestimate the strength and capabilities of the Korean republic in the matters of organizing defense. There is a big potential and resources for mobilization in the Korean North.

Third. We hold as erroneous the opinion that North Korea cannot offer resistance along the 38th parallel and to the North of it. The Korean government possesses forces, it only should organize them and utilize all resources for defense.

Fourth. Until now he has not yet presented to Moscow [authorities] his detailed assessment of the military situation in Korea.

Escapes in a text: ' || char(27) || '[5mblink' || char(27) || '[0m and a bell' || char(7) || '.

FENG XI');

INSERT INTO document(id, hash, format, title, date, date_text, sort_date, kind, language, people, body)
  VALUES (2, 'fixture2', 'text', 'Letter from Feng Xi to Kim Il Sung', '1950-10-08', 'October 8, 1950',
  '1950-10-08', 'letter', 'Russian', 'Stalin; Kim Il Sung',
  'Comrade Kim Il Sung!

I received a reply from Mao Zedong (毛泽东) and from Zho' || char(772) || 'u E' || char(772) || 'nla' || char(768) || 'i (周恩来) in Beijing (北京).

' || char(9) || 'A line that starts with a tab.

Averylongwordwithoutanyspacesthatmustbebrokenacrossseverallinesofanarrowpane.

Feng Xi [Stalin]');

INSERT INTO document(id, hash, format, title, date, date_text, sort_date, kind, people, body)
  VALUES (3, 'fixture3', 'text', 'Letter from Gao Gang and Kim Il Sung to Stalin', '1951-06-14',
  '14 June 1951', '1951-06-14', 'letter', 'Gao Gang; Kim Il Sung; Stalin',
  'To Comrade Stalin, I.V.

We have received a reply telegram from Comrade Mao Zedong. We ask you to receive it and if time allows also to receive us today.

With communist greetings!');

INSERT INTO document(id, hash, format, title, sort_date, people, body)
  VALUES (4, 'fixture4', 'text', 'Korea Must Be Reunified', '~', 'Kim Il Sung',
  'For the first time since its founding, the President of the Democratic Peoples Republic of Korea has been given the opportunity to speak directly to the people of the United States.');

INSERT INTO source_path(path, doc_id) VALUES ('fixture/1.txt', 1), ('fixture/2.txt', 2), ('fixture/3.txt', 3),
  ('fixture/4.txt', 4);
INSERT INTO party(doc_id, role, seq, person_id) VALUES (1, 'from', 0, 1), (1, 'to', 0, 2), (1, 'to', 1, 3),
  (2, 'from', 0, 1), (2, 'to', 0, 4), (3, 'from', 0, 5), (3, 'from', 1, 4), (3, 'to', 0, 1), (4, 'from', 0, 4);

-- Notes are byte spans of their brackets in the body.
INSERT INTO note(doc_id, span_start, span_end, kind, text)
  SELECT id, instr(CAST(body AS BLOB), CAST(b AS BLOB)) - 1,
         instr(CAST(body AS BLOB), CAST(b AS BLOB)) - 1 + length(CAST(b AS BLOB)), k, t
  FROM document, (SELECT 1 AS d, '[pseudonym for Soviet Amb. Shtykov]' AS b, 'alias' AS k,
                         'pseudonym for Soviet Amb. Shtykov' AS t
                  UNION ALL SELECT 1, '[pseudonym for M.V. Zakharov, Stalin''s personal military envoy]', 'alias',
                         'pseudonym for M.V. Zakharov, Stalin''s personal military envoy'
                  UNION ALL SELECT 1, '[authorities]', 'supplied', 'authorities'
                  UNION ALL SELECT 2, '[Stalin]', 'alias', 'Stalin')
  WHERE id = d;
INSERT INTO document_fts(document_fts) VALUES ('rebuild');
COMMIT;
