/* test_refs.c: reference phrases in the forms the archives use. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/refs.h"
#include "dossier/util.h"
#include "test.h"

struct got {
	struct strv v;
	const char *body;
};

static void collect(const struct ref_found *r, void *arg)
{
	struct got *g = arg;
	char *line = xasprintf("%.*s|%s|%s|%s|%s|%s", (int)(r->end - r->start), g->body + r->start,
			       r->kind ? r->kind : "", r->date, r->number, r->person, ref_party_name(r->party));
	if (r->to_person[0]) {
		char *to = xasprintf("%s|to %s", line, r->to_person);
		free(line);
		line = to;
	}
	if (r->page[0]) {
		char *pg = xasprintf("%s|p. %s", line, r->page);
		free(line);
		line = pg;
	}
	strv_push_owned(&g->v, line);
}

/* Expects exactly the references in want (NULL-ended). */
static void expect(const char *body, const char *ctx, const char *own, const char *const *want)
{
	struct got g = { .body = body };
	strv_init(&g.v);
	refs_detect(body, strlen(body), ctx, own, collect, &g);
	size_t n = 0;
	while (want[n])
		n++;
	if (!CHECK_INT(g.v.n, n))
		for (size_t i = 0; i < g.v.n; i++)
			printf("#   found: %s\n", g.v.v[i]);
	for (size_t i = 0; i < n && i < g.v.n; i++)
		CHECK_STR(g.v.v[i], want[i]);
	strv_free(&g.v);
}

#define E(body, year, own, ...) expect(body, year, own, (const char *const[]){ __VA_ARGS__, NULL })
#define NONE(body) expect(body, "1950", NULL, (const char *const[]){ NULL })

int main(void)
{
	E("I received your telegram of 13 June.", "1951", NULL, "your telegram of 13 June|telegram|1951-06-13|||yours");
	E("in my letter of October 1 I wrote", "1950", NULL, "my letter of October 1|letter|1950-10-01|||mine");
	E("We have received your cable of 30 September and 1 October. These", "1950", NULL,
	  "your cable of 30 September|cable|1950-09-30|||yours", "1 October|cable|1950-10-01|||yours");
	E("according to the directive dated 13.10.50 the", "1950", NULL,
	  "the directive dated 13.10.50|directive|1950-10-13|||any");
	E("your order of 29.8.50", "1950", NULL, "your order of 29.8.50|order|1950-08-29|||yours");
	E("the telegram of 10/14/50", "1950", NULL, "the telegram of 10/14/50|telegram|1950-10-14|||any");
	E("my letter of 24.III.50", "1950", NULL, "my letter of 24.III.50|letter|1950-03-24|||mine");
	E("your cable of 13/5-50", "1950", NULL, "your cable of 13/5-50|cable|1950-05-13|||yours");
	E("the report of this year", "1950", NULL, "the report of this year|report|1950|||any");
	/* The longest kind word of all is a plural. */
	E("acting on the instructions of 3 February we", "1951-02-10", NULL,
	  "the instructions of 3 February|instruction|1951-02-03|||any");
	E("See Ciphered Telegram No. 75352, sent", "1950", NULL,
	  "Ciphered Telegram No. 75352|telegram||75352||any");
	E("CIPHERED TELEGRAM # 75352\n1 October 1950", "1950", "75352", NULL);
	/* Instruction No. 23 may cite another series' No. 23, named as whose. */
	E("It has before it Consul Fenton's No. 23, from which it appears", "1894", "23",
	  "Fenton's No. 23|||23|Fenton|any");
	E("Your No. 23 is received.", "1894", "23", "Your No. 23|||23||yours");
	E("Reply to # 600428/sh of", "1950", NULL, "# 600428/sh|||600428/sh||any");
	E("in telegram Nº 2390 we", "1950", NULL, "telegram Nº 2390|telegram||2390||any");
	E("answering your no. 4676 of", "1950", NULL, "your no. 4676|||4676||yours");
	E("To No. 483/sh. The", "1950", NULL, "To No. 483/sh|||483/sh||any");
	/* Several numbers: a short range is every number in it, a list each
	 * of its numbers; "and" after a single "No." lists nothing. */
	E("the telegrams Nos. 408-410 show", "1950", NULL, "the telegrams Nos. 408-410|telegram||408||any",
	  "the telegrams Nos. 408-410|telegram||409||any", "the telegrams Nos. 408-410|telegram||410||any");
	E("see your Nos. 1201/k-1202/k of", "1952", NULL, "your Nos. 1201/k-1202/k|||1201/k||yours",
	  "your Nos. 1201/k-1202/k|||1202/k||yours");
	E("Your letters Nos. 12, 14 and 17 came", "1952", NULL, "Your letters Nos. 12|letter||12||yours",
	  "14|letter||14||yours", "17|letter||17||yours");
	E("the report No. 5 and 6 divisions", "1952", NULL, "the report No. 5|report||5||any");
	E("pages Nos. 1-40 of the file and your Nos. 3-40", "1952", NULL, NULL);
	E("as Minister Kuznetsov's No. 88 says", "1952", NULL, "Kuznetsov's No. 88|||88|Kuznetsov|any");
	NONE("The Minister's No. 1 priority");
	E("the answer to the letter of cde. KIM IL SUNG.", "1950", NULL,
	  "the letter of cde. KIM IL SUNG|letter|||KIM IL SUNG|any");
	/* A name ends with its sentence; initials do not end it. */
	E("We have received a reply telegram from Comrade Mao Zedong. We ask you to receive it", "1951", NULL,
	  "a reply telegram from Comrade Mao Zedong|telegram|||Mao Zedong|any");
	E("the letter of cde. Stalin, I.V. was read", "1951", NULL, "the letter of cde. Stalin|letter|||Stalin|any");
	E("the letter of Comrade I.V. Stalin was read", "1951", NULL,
	  "the letter of Comrade I.V. Stalin|letter|||I.V. Stalin|any");
	E("as stated in Document 123, the", "1894", NULL, "Document 123|document||123||any");
	E("my telegram of January 5 and the directive dated 05.01.49", "1949", NULL,
	  "my telegram of January 5|telegram|1949-01-05|||mine",
	  "the directive dated 05.01.49|directive|1949-01-05|||any");
	/* A day without its year is the latest on or before the letter. */
	E("your telegram of 28 December", "1951-01-03", NULL, "your telegram of 28 December|telegram|1950-12-28|||yours");
	E("your telegram of 2 January", "1951-01-03", NULL, "your telegram of 2 January|telegram|1951-01-02|||yours");
	/* The writer's own letter, dated by its clause (Stalin to Kim, 8
	 * October 1950). */
	E("My reply has been delayed. On 1 October, I sent a letter to Mao Zedong, inquiring whether he could",
	  "1950-10-08", NULL, "On 1 October, I sent a letter to Mao Zedong|letter|1950-10-01|||mine|to Mao Zedong");
	E("on 5 May we sent you a telegram about it", "1951-05-09", NULL,
	  "on 5 May we sent you a telegram|telegram|1951-05-05|||mine");
	E("On October 1, 1950 I sent the letter to Comrade Mao Zedong.", "1950-10-08", NULL,
	  "On October 1, 1950 I sent the letter to Comrade Mao Zedong|letter|1950-10-01|||mine|to Mao Zedong");
	/* The date before the verb: the writer's report, telegram or letter
	 * of that day, or what came that day from someone named. */
	E("On 4 March I reported to you that the division", "1952-03-10", NULL,
	  "On 4 March I reported to you|report|1952-03-04|||mine|to you");
	E("on 2 May we telegraphed Comrade Malenkov about it", "1952-05-10", NULL,
	  "on 2 May we telegraphed Comrade Malenkov|telegram|1952-05-02|||mine|to Malenkov");
	E("On 9 April I received Bulganin's reply. It", "1952-04-12", NULL,
	  "On 9 April I received Bulganin's reply|reply|1952-04-09||Bulganin|any");
	E("On 9 April, I received your letter.", "1952-04-12", NULL,
	  "On 9 April, I received your letter|letter|1952-04-09|||yours");
	NONE("On 5 May I reported to the Central Committee");
	NONE("On 5 May the army reported heavy losses");
	NONE("on 3 May I reported for duty");
	/* The date after the person: "I received letter from Mao on 7
	 * September [sic- October]" (the same letter). */
	E("In response to this [letter], on October 7, I received letter from Mao on 7 September [sic- October], in which",
	  "1950-10-08", NULL, "letter from Mao on 7 September|letter|1950-09-07||Mao|any");
	E("I sent a telegram to Kim Il Sung on 13 June and", "1951-06-20", NULL,
	  "a telegram to Kim Il Sung on 13 June|telegram|1951-06-13|||any|to Kim Il Sung");
	E("We received the cable from Zhou Enlai of 30 September.", "1950-10-02", NULL,
	  "the cable from Zhou Enlai of 30 September|cable|1950-09-30||Zhou Enlai|any");
	E("I sent the report on 5 October", "1950-10-08", NULL, "the report on 5 October|report|1950-10-05|||any");
	/* A date between the determiner and the kind, at its precision. */
	E("Stalin sends Kim a copy of his October 1950 letter to Mao Zedong. Stalin", "1950-10-08", NULL,
	  "his October 1950 letter to Mao Zedong|letter|1950-10|||any|to Mao Zedong");
	E("the 13 June telegram has arrived", "1951-06-20", NULL, "the 13 June telegram|telegram|1951-06-13|||any");
	E("in my 1 October letter I said", "1950-10-08", NULL, "my 1 October letter|letter|1950-10-01|||mine");
	E("Stalin's 13 June 1951 telegram", "1951", NULL,
	  "Stalin's 13 June 1951 telegram|telegram|1951-06-13||Stalin|any");
	/* The parties named, no date. */
	E("As to the question posed in the letter of cde. KIM IL SUNG to cde. FENG XI [Stalin] on the assistance",
	  "1950-10-01", NULL, "the letter of cde. KIM IL SUNG to cde. FENG XI|letter|||KIM IL SUNG|any|to FENG XI");
	E("the telegram of Comrade Shtykov to Comrade Vyshinsky of 30 September", "1950-10-02", NULL,
	  "the telegram of Comrade Shtykov to Comrade Vyshinsky of 30 September|telegram|1950-09-30||Shtykov|any|to Vyshinsky");
	/* The addressee by pronoun between the kind and the date: the
	 * citing letter's recipient ("you") or writer ("me", "us"). */
	E("As I said in my cable to you of 4 May, the", "1952-05-10", NULL,
	  "my cable to you of 4 May|cable|1952-05-04|||mine|to you");
	E("Bulganin's report to you of 2 March was", "1952-03-09", NULL,
	  "Bulganin's report to you of 2 March|report|1952-03-02||Bulganin|any|to you");
	E("the telegram to me of 3 May", "1952-05-09", NULL, "the telegram to me of 3 May|telegram|1952-05-03|||any|to us");
	E("his letter to them of 3 May", "1952-05-09", NULL, "his letter to them of 3 May|letter|1952-05-03|||any");
	/* A record of conversation by its several names, with the other party. */
	E("the record of our conversation with Marshal Tito of 4 May shows", "1952-05-20", NULL,
	  "the record of our conversation with Marshal Tito of 4 May|record of conversation|1952-05-04|||mine");
	E("Your memorandum of the conversation with Nehru of 2 April", "1952-05-20", NULL,
	  "Your memorandum of the conversation with Nehru of 2 April|memorandum|1952-04-02|||yours");
	NONE("the record of the meeting of 4 May");
	NONE("a record of conversations was kept");
	/* An answer, and whom it answered: one to "our" paper came to us. */
	E("Comrade Bulganin's answer of 5 March to our telegram of 3 March", "1952-03-09", NULL,
	  "Bulganin's answer of 5 March|answer|1952-03-05||Bulganin|any|to us",
	  "our telegram of 3 March|telegram|1952-03-03|||mine");
	E("his reply of 9 May to your cable came", "1952-05-20", NULL, "his reply of 9 May|reply|1952-05-09|||any|to you");
	E("my reply of 9 May to the minister", "1952-05-20", NULL, "my reply of 9 May|reply|1952-05-09|||mine");
	NONE("We await your answer.");
	NONE("In reply to the question of 5 May");
	NONE("the answer of the people of Korea");
	/* An author without a title, when a date follows. */
	E("the note of Andrei Gromyko of 12.IV.52 was", "1952-05-09", NULL,
	  "the note of Andrei Gromyko of 12.IV.52|note|1952-04-12||Andrei Gromyko|any");
	E("The note from Mr. Porter to you seems", "1896", NULL, "The note from Mr. Porter to you|note|||Porter|any|to you");
	NONE("I will write a letter to you soon");
	NONE("the letter of Kim Il Sung was read aloud");
	NONE("a telegram of Monday");
	/* An office for an author or addressee, when a date follows. */
	E("the telegraphic instruction of the Minister of Marine of the 3d instant", "1896-05-10", NULL,
	  "the telegraphic instruction of the Minister of Marine of the 3d instant|instruction|1896-05-03|||any");
	E("Mr. Porter's despatch to the Foreign Office of the 2d ultimo", "1896-05-10", NULL,
	  "Porter's despatch to the Foreign Office of the 2d ultimo|despatch|1896-04-02||Porter|any");
	NONE("the report of the Central Committee was read");
	E("in the letter of the Central Committee of the Communist Party of the Soviet Union dated February 21, 1963, the",
	  "1963-03-09", NULL,
	  "the letter of the Central Committee of the Communist Party of the Soviet Union dated February 21, 1963|letter|"
	  "1963-02-21|||any");
	NONE("the letter of the Central Committee of the Communist Party of the Soviet Union was read");
	NONE("a letter to the Minister");
	/* A titled author names a paper undated, as a possessive too. */
	E("You will get cde. PAK HON YONG's letter soon", "1950", NULL, "PAK HON YONG's letter|letter|||PAK HON YONG|any");
	NONE("Comrade Malenkov's order is law");
	NONE("Malenkov's letter is here");
	/* A day alone after a month and day is of that month. */
	E("your letters of June 2, 5 and 9.", "1896-06-20", NULL, "your letters of June 2|letter|1896-06-02|||yours",
	  "5|letter|1896-06-05|||yours", "9|letter|1896-06-09|||yours");
	E("the instructions of May 12 and 24 were", "1896-06-20", NULL,
	  "the instructions of May 12|instruction|1896-05-12|||any", "24|instruction|1896-05-24|||any");
	E("the letter of Feb 12 and 30 men", "1896-06-20", NULL, "the letter of Feb 12|letter|1896-02-12|||any");
	/* The author as a possessive. */
	E("Stalin's telegram of 13 June was read", "1951-06-20", NULL,
	  "Stalin's telegram of 13 June|telegram|1951-06-13||Stalin|any");
	E("In Kim Il Sung's letter of 12 October he", "1950-10-20", NULL,
	  "Kim Il Sung's letter of 12 October|letter|1950-10-12||Kim Il Sung|any");
	E("Mr. Gresham\xe2\x80\x99s instruction of the 12th instant, furnishing", "1894-08-22", NULL,
	  "Gresham\xe2\x80\x99s instruction of the 12th instant|instruction|1894-08-12||Gresham|any");
	/* A diplomat's days: this month, the month before. */
	E("Your dispatch of the 10th instant, concerning", "1894-08-22", NULL,
	  "Your dispatch of the 10th instant|despatch|1894-08-10|||yours");
	E("my despatch of the 30th ultimo", "1894-01-05", NULL, "my despatch of the 30th ultimo|despatch|1893-12-30|||mine");
	/* A number with a diplomat's day; "yours" alone; yesterday; "2d". */
	E("Your No. 123 of the 5th instant was received.", "1894-08-22", NULL,
	  "Your No. 123 of the 5th instant||1894-08-05|123||yours");
	E("I have received your despatch No. 45 of the 10th instant.", "1894-08-22", NULL,
	  "your despatch No. 45 of the 10th instant|despatch|1894-08-10|45||yours");
	E("I have the honor to acknowledge receipt of yours of the 30th ultimo.", "1894-08-22", NULL,
	  "yours of the 30th ultimo||1894-07-30|||yours");
	E("In reply to your telegram of yesterday", "1950-03-01", NULL,
	  "your telegram of yesterday|telegram|1950-02-28|||yours");
	E("the letter of 1 March and yours of the 2d instant", "1894-08-22", NULL,
	  "the letter of 1 March|letter|1894-03-01|||any", "yours of the 2d instant||1894-08-02|||yours");
	/* Telegraphese: the State Department's code words for its papers,
	 * and a day of this month (or the last) without "the". */
	E("Re Deptel 512, March 3. Embassy", "1952-03-05", NULL, "Deptel 512, March 3|telegram|1952-03-03|512||any");
	E("as reported in Embtel 77 of Feb 28.", "1952-03-05", NULL, "Embtel 77 of Feb 28|telegram|1952-02-28|77||any");
	E("Urtel 1045 received", "1952-03-05", NULL, "Urtel 1045|telegram||1045||yours");
	E("Deptels 512 and 518 crossed", "1952-03-05", NULL, "Deptels 512|telegram||512||any", "518|telegram||518||any");
	E("Yours 3d received.", "1952-03-05", NULL, "Yours 3d||1952-03-03|||yours");
	E("Yours 29th received.", "1952-03-05", NULL, "Yours 29th||1952-02-29|||yours");
	E("Ambassador Harriman's telegram of 2d reports", "1952-03-05", NULL,
	  "Harriman's telegram of 2d|telegram|1952-03-02||Harriman|any");
	E("Yours 31st received.", "1952-03-05", NULL, NULL);
	NONE("Yours 7th Fleet");
	NONE("the telegram of 4th Army");
	NONE("the Deptel was late");
	NONE("a friend of yours of many years");
	/* A letter of an unknown day (1950, or none at all) still cites: the
	 * phrase is found, the day it cannot tell is left out. */
	E("your telegram of yesterday", "1950", NULL, "your telegram of yesterday|telegram||||yours");
	E("my despatch of the 31st ultimo", "1950", NULL, "my despatch of the 31st ultimo|despatch||||mine");
	E("Confirming my cablegram of this date, I", NULL, NULL, "my cablegram of this date|cable||||mine");
	E("in obedience to your cable of the 18th of April, I", NULL, NULL,
	  "your cable of the 18th of April|cable|--04-18|||yours");
	E("your telegram of 13 June 1950 and Yours 7th", NULL, NULL,
	  "your telegram of 13 June 1950|telegram|1950-06-13|||yours", "Yours 7th|||||yours");
	E("your telegram of 13 June", "1950", NULL, "your telegram of 13 June|telegram|1950-06-13|||yours");
	E("my despatch of the 31st ultimo", "1894-07-05", NULL, NULL);
	/* Not references: a person sent, a date in prose, the letter itself. */
	NONE("the letter was written in haste");
	NONE("I sent him to Moscow on 1 October");
	NONE("in October 1950 the army crossed the parallel");
	NONE("In October 1950 letters came from everywhere");
	NONE("I report to Comrade Stalin on 1 October that");
	NONE("Comrade Shtykov, I ask you to read this letter to Kim Il Sung. He may copy it");
	NONE("you may not hand over this letter to Kim Il Sung because of its extreme confidentiality.");
	NONE("[Handwritten: This letter was delivered to Comrade Bulganin on October 7, 1950 at 22:15 pm.]");
	NONE("I replied to him by the following letter:");
	NONE("Kim Il Sung gave advice and orders to his ambassador to China Ri Ju-yeon about his work");
	NONE("we sent a letter of the Supreme Peoples' Assembly to the U.S. Congress in which");
	NONE("the Order of Lenin on 1 October");
	/* An order of someone, undated, is their authority (seed 000). */
	NONE("he is a communist, a disciplined person and for him the order of Comrade Stalin is law");
	E("the order of Comrade Stalin of 5 October", "1950-10-08", NULL,
	  "the order of Comrade Stalin of 5 October|order|1950-10-05||Stalin|any");
	NONE("a letter to Mao Zedong");
	NONE("On 1 October I received a letter from them.");
	NONE("Kim Il Sung repeatedly underscored his representatives and all Korean authorities his October letter of the country");
	/* The addressee read back from a stored phrase alone. */
	char to[64];
	const char *ph = "On 1 October, I sent a letter to Mao Zedong";
	refs_phrase_to_person(ph, strlen(ph), "1950-10-08", to, sizeof to);
	CHECK_STR(to, "Mao Zedong");
	ph = "the letter of cde. KIM IL SUNG to cde. FENG XI";
	refs_phrase_to_person(ph, strlen(ph), "1950-10-01", to, sizeof to);
	CHECK_STR(to, "FENG XI");
	ph = "your telegram of 13 June";
	refs_phrase_to_person(ph, strlen(ph), "1951-06-14", to, sizeof to);
	CHECK_STR(to, "");
	/* The hour before the day, as telegrams write it. */
	E("Reference your telegram of 0230 12 May, the", "1965-05-14", NULL,
	  "your telegram of 0230 12 May|telegram|1965-05-12|||yours");
	E("your cable of 2300 hours 4 June reached", "1965-06-06", NULL,
	  "your cable of 2300 hours 4 June|cable|1965-06-04|||yours");
	E("my telegram of 4:15 3 March", "1965-03-06", NULL, "my telegram of 4:15 3 March|telegram|1965-03-03|||mine");
	NONE("your telegram of 2300 hours was late");
	NONE("the telegram of 2575 12 May");
	/* Telegraphese and forms seen on fresh pages: "Yours NNN" alone
	 * (with a comma too), a possessive's number repeated to posts, "no"
	 * without its stop, numbers in groups of three, a day "of this
	 * month". */
	E("Yours 5327\n\nThe ambassador was received.", "1976-03-06", NULL, "Yours 5327|||5327||yours");
	E("Text of the message.\n\nYours, 6464\n\nMulicki", "1982-07-29", NULL, "Yours, 6464|||6464||yours");
	E("Department's 4816 sent Bonn 3267 Warsaw 1418.", "1961-06-23", NULL, "Department's 4816|||4816||any");
	E("I am very thankful for telegram no 180, in which", "1962-10-26", NULL, "telegram no 180|telegram||180||any");
	E("Re. your 031.583\nThe ambassador", "1976-03-06", NULL, "your 031.583|||031.583||yours");
	E("In connection with message no 218 of 10 of this month, we", "1988-10-12", NULL,
	  "message no 218 of 10 of this month|message|1988-10-10|218||any");
	E("3375. Ref: State 131591.\n\nAkalovsky phoned today.", "1967-02-04", NULL, "State 131591|telegram||131591||any");
	E("8767. Subj: Indo-Pak Military Escalation. Ref: State 212550.\n\n1. The presentation specified reftel was made.",
	  "1971-12-06", NULL, "State 212550|telegram||212550||any", "reftel|telegram||212550||any");
	E("P.S. I now add that your letter of the 26th came to me today.", "1795-11-28", NULL,
	  "your letter of the 26th|letter|1795-11-26|||yours");
	NONE("In the 20th century the letters of the 26th Congress were many.");
	/* a body's initials before the kind: its author */
	E("He went to length of showing me MEA cables dated 10 January 1952 to Ind Ambs Ankara.", "1952-01-18", NULL,
	  "MEA cables dated 10 January 1952|cable|1952-01-10||MEA|any");
	NONE("There were no 500 men and no 1950 plans.");
	NONE("He has no 12 sons, and the telegram gave no 3 reasons.");
	/* The day first after a comma, a whole date with its month's name;
	 * not a list of numbers */
	E("The question was raised in State Airgram A-7707, 10 October 1974, and again.", "1975-01-24", NULL,
	  "Airgram A-7707, 10 October 1974|airgram|1974-10-10|A-7707||any");
	E("See telegram 562, 12 copies of it were made.", "1975-01-24", NULL, "telegram 562|telegram||562||any");
	/* The hour after the day (FRUS), and the page the paper is on. */
	E("Your 4493, February 28, 8 p.m. The three messages", "1917-03-01", NULL,
	  "Your 4493, February 28, 8 p.m.||1917-02-28|4493||yours");
	E("1038. My number 1010, August 3, 5 p.m. Kuibyshev advises", "1943-08-17", NULL,
	  "My number 1010, August 3, 5 p.m.||1943-08-03|1010||mine");
	E("See telegram 402, March 3, 7 p.m., to Paris, p. 211.", "1944-03-20", NULL,
	  "telegram 402, March 3, 7 p.m., to Paris, p. 211|telegram|1944-03-03|402||any|p. 211");
	E("See the unnumbered telegram from Moscow received on March 9 at 4:15 p. m., p. 230.", "1944-03-20", NULL,
	  "the unnumbered telegram from Moscow received on March 9 at 4:15 p. m., p. 230|telegram|1944-03-09||Moscow|any|p. 230");
	E("Telegram 8181, October 6, 9 p.m., not printed.", "1944-10-07", NULL,
	  "Telegram 8181, October 6, 9 p.m.|telegram|1944-10-06|8181||any");
	E("in despatch 1513 from Moscow on August 6, p. 735.]", "1947-08-10", NULL,
	  "despatch 1513 from Moscow on August 6, p. 735|despatch|1947-08-06|1513||any|p. 735");
	E("The substance of the Department\xe2\x80\x99s 999 [969], April 19, 5 p.m., was", "1944-04-22", NULL,
	  "Department\xe2\x80\x99s 999 [969], April 19, 5 p.m.||1944-04-19|969||any");
	E("Analysis your 213 most helpful. As stated our 235, we", "1964-07-25", NULL, "your 213|||213||yours",
	  "our 235|||235||mine");
	E("Not printed; but see footnote 1, p. 881.", "1948-06-15", NULL, "p. 881|||||any|p. 881");
	E("Ante, p. 768.", "1921-11-05", NULL, "p. 768|||||any|p. 768");
	NONE("your 500 men and our 235 aircraft");
	NONE("a telegram 40 words long");
	NONE("as he said on p. 3 of the report");
	NONE("(See also 5, 6, Mosquito Code, p. 12.)");
	NONE("(See Award Emperor of Austria, pp. 11, 12, 13, 22.)");
	E("printed on p. 22, was transmitted", "1944-04-20", NULL, "p. 22|||||any|p. 22");
	/* The editor's bracket in the phrase; a scanner's specks. */
	E("To my [telegram] No. 4170. The", "1962", NULL, "my [telegram] No. 4170|telegram||4170||mine");
	E("I answer your [letter] of 3 May.", "1962-05-09", NULL, "your [letter] of 3 May|letter|1962-05-03|||yours");
	E("Replying to your :Letter of 9 April 1975, we", "1975-04-20", NULL,
	  "your :Letter of 9 April 1975|letter|1975-04-09|||yours");
	E("Referring to yonr No. 52 of May 30, I", "1894-06-05", NULL, "yonr No. 52 of May 30||1894-05-30|52||yours");
	E("Thank you: Letter of 9 April 1975 follows", "1975-04-20", NULL,
	  "Letter of 9 April 1975|letter|1975-04-09|||any");
	NONE("He said: [telegram] lost");
	/* Other kinds and series. */
	E("in our communication No. 211 of 5 May", "1960-05-20", NULL,
	  "our communication No. 211 of 5 May|communication|1960-05-05|211||mine");
	E("See Action Memorandum No. A-412 dated 3 February 1965.", "1965-03-01", NULL,
	  "Action Memorandum No. A-412 dated 3 February 1965|memorandum|1965-02-03|A-412||any");
	E("Department of State Telegram - Saigon 10772 reports", "1965", NULL,
	  "Telegram - Saigon 10772|telegram||10772||any");
	E("Deptel 631 and Embtel 27 agree", "1965", NULL, "Deptel 631|telegram||631||any", "Embtel 27|telegram||27||any");
	E("As Mytel 27th said", "1965-03-29", NULL, "Mytel 27th|telegram|1965-03-27|||mine");
	E("(reEmbtel 1988, June 3, 1947, 10 a.m.) be made", "1947-07-25", NULL,
	  "reEmbtel 1988, June 3, 1947, 10 a.m.|telegram|1947-06-03|1988||any");
	E("Embdes 45 of May 2", "1952-05-09", NULL, "Embdes 45 of May 2|despatch|1952-05-02|45||any");
	E("As requested reftel, Embassy", "1965", NULL, "reftel|telegram||||any");
	E("REF: (A) BUDAPEST 890, (B) STATE 68733\n\nAS ASKED (REFTEL A) AND REFTEL B.", "1975", NULL,
	  "BUDAPEST 890|telegram||890||any", "STATE 68733|telegram||68733||any", "REFTEL A|telegram||890||any",
	  "REFTEL B|telegram||68733||any");
	E("REF: STATE 135843\n\n1. AS REFTEL REQUESTED", "1975", NULL, "STATE 135843|telegram||135843||any",
	  "REFTEL|telegram||135843||any");
	E("your most secret and personal message Z.281 communicated to me", "1941", NULL,
	  "personal message Z.281|message||Z.281||any");
	E("He sent his 14 March letter to Mr. Colby", "1975-03-20", NULL,
	  "his 14 March letter to Mr. Colby|letter|1975-03-14|||any|to Colby");
	E("Your memorandum dated 9 June asks", "1975-06-20", NULL, "Your memorandum dated 9 June|memorandum|1975-06-09|||yours");
	NONE("the communication lines were cut");
	NONE("the reftelx and Referral");
	NONE("SECOM-D-233\n\nMEMORANDUM FOR: Director");
	NONE("CITE SAIGON 1234\nREF: none");
	/* A heading names the paper itself; a number alone after the
	 * signature is the paper's; so are those the importer found. */
	NONE("TOP SECRET\nCiphered Telegram # 25401\n\nTo Comrade Stalin.");
	NONE("CABLE N\xc2\xba 1802\nHavana");
	NONE("Kim Il Sung\nNo. 1512/sh\n14 June 1951");
	E("Your telegram # 25401\nwas received", "1950", NULL, "Your telegram # 25401|telegram||25401||yours");
	E("We note:\nCiphered Telegram No. 75352 came today", "1950", NULL,
	  "Ciphered Telegram No. 75352|telegram||75352||any");
	/* Russian beside the translation. */
	E("\xd0\x92\xd0\xb0\xd1\x88\xd1\x83 \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd1\x83 "
	  "\xd0\xbe\xd1\x82 5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb8\xd0\xbb\xd0\xb8.",
	  "1950-08-07", NULL,
	  "\xd0\x92\xd0\xb0\xd1\x88\xd1\x83 \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd1\x83 "
	  "\xd0\xbe\xd1\x82 5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0|telegram|1950-08-05|||yours");
	E("\xd0\xbd\xd0\xb0 \xd0\x92\xd0\xb0\xd1\x88 \xe2\x84\x96 5120 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb0\xd1\x8e", "1950", NULL,
	  "\xd0\x92\xd0\xb0\xd1\x88 \xe2\x84\x96 5120|||5120||yours");
	E("\xd0\xbc\xd0\xbe\xd1\x8f \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd0\xb0 \xe2\x84\x96 3311 "
	  "\xd0\xbe\xd1\x82 12 \xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", "1950-10-20", NULL,
	  "\xd0\xbc\xd0\xbe\xd1\x8f \xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd0\xb0 \xe2\x84\x96 3311 "
	  "\xd0\xbe\xd1\x82 12 \xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f|telegram|1950-10-12|3311||mine");
	/* Negative: a telegram named without number or date; a date alone;
	 * "your answer" undated. */
	NONE("\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x88\xd0\xbb\xd0\xb0");
	NONE("\xd0\xbe\xd1\x82 5 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0");
	NONE("\xd0\x92\xd0\xb0\xd1\x88 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbc");
	/* Forms of the real pages (tests/pages). A page that shows no year:
	 * the day alone, "--MM-DD". */
	E("1468. Department\xe2\x80\x99s 726, August 20, 6 p.m. The", NULL, NULL,
	  "Department\xe2\x80\x99s 726, August 20, 6 p.m.||--08-20|726||any");
	E("(Deptel 2603, June 172).", "1947-06-20", NULL, "Deptel 2603, June 172|telegram|1947-06-17|2603||any");
	E("My 1861, May 222 which went forward", "1952-05-22", NULL, "My 1861, May 222||1952-05-22|1861||mine");
	NONE("in June 1950 there were 172 men");
	/* A number whose day follows it, without "of". */
	E("my 1902 May 30 and ur 4745 Nov 28", "1952-06-01", NULL, "my 1902 May 30||1952-05-30|1902||mine",
	  "ur 4745 Nov 28||1951-11-28|4745||yours");
	E("In telegram 993 from Moscow October 30, Bohlen", "1956-11-02", NULL,
	  "telegram 993 from Moscow October 30|telegram|1956-10-30|993||any");
	E("the Department\xe2\x80\x99s 69, February 13, 10 p.m., but", "1942-02-20", NULL,
	  "Department\xe2\x80\x99s 69, February 13, 10 p.m.||1942-02-13|69||any");
	NONE("our 69 men and your 12 guns");
	/* A registry's number, its marking and its year ("96/8/Top Secret/1956"): the year dates it. */
	E("(See my report no. 12/4 top secret 1957)-not to", "1957", NULL,
	  "my report no. 12/4 top secret 1957|report|1957|12/4||mine");
	/* "No." alone when a day follows; the number after the day. */
	E("The most important is No. 1069, of the 15th of August, relating", "1864-09-01", NULL,
	  "No. 1069, of the 15th of August||1864-08-15|1069||any");
	E("Your despatch of December 11, No. 556, has", "1864-01-05", NULL,
	  "Your despatch of December 11, No. 556|despatch|1863-12-11|556||yours");
	E("Your despatch of September 7 (No. 39) is", "1861-09-20", NULL,
	  "Your despatch of September 7 (No. 39)|despatch|1861-09-07|39||yours");
	NONE("No. 3 of the agenda, No. 4 of these");
	/* The day straight after the kind; several numbers, each its day. */
	E("Your telegram January 27 came", "1913-02-01", NULL, "Your telegram January 27|telegram|1913-01-27|||yours");
	E("the Soviet note Aug 7 says", "1946-08-20", NULL, "the Soviet note Aug 7|note|1946-08-07|||any");
	E("Embassy telegrams 1698 of 19 October and 1789 of 1 November and", "1946-11-20", NULL,
	  "telegrams 1698 of 19 October|telegram|1946-10-19|1698||any", "1789 of 1 November|telegram|1946-11-01|1789||any");
	E("the Khrushchev speech of February 25 was", "1956-05-01", NULL,
	  "the Khrushchev speech of February 25|speech|1956-02-25|||any");
	NONE("a telegram every morning");
	E("and State Department telegram 1033 of 14 November81 refer.", "1946-11-20", NULL,
	  "telegram 1033 of 14 November81|telegram|1946-11-14|1033||any");
	E("the text of my messages of 26 and 27 October 1962 shows", "1962-10-30", NULL,
	  "my messages of 26|message|1962-10-26|||mine", "27 October 1962|message|1962-10-27|||mine");
	NONE("the letters of 31 and 28 February 1962");
	E("EMBASSY RECEIVED NOTE NO. 89 DATED APRIL 11, 1975 AND ITS NOTE OF APRIL 11", "1975-04-26", NULL,
	  "NOTE NO. 89 DATED APRIL 11, 1975|note|1975-04-11|89||any", "ITS NOTE OF APRIL 11|note|1975-04-11|||any");
	/* Lists: a range in one, one day after it for all; a series letter. */
	E("Your No. 811, 812-813 were presented", "1962-10-23", NULL, "Your No. 811|||811||yours", "812-813|||812||yours",
	  "812-813|||813||yours");
	E("reported in Urtels 4794 and 4795 Dec 1 appears", "1949-12-03", NULL,
	  "Urtels 4794|telegram|1949-12-01|4794||yours", "4795 Dec 1|telegram|1949-12-01|4795||yours");
	E("Nos. 2712 and 2714 of October 8, 1961 show", "1961-10-20", NULL, "Nos. 2712||1961-10-08|2712||any",
	  "2714 of October 8, 1961||1961-10-08|2714||any");
	NONE("No. 5-6 of the agenda and No. 12, 14 of these");
	E("see my dispatch A. 454 of November 13th and CC CPSU Decree N\xc2\xba P176/125 of 12.12.79", "1979-12-20",
	  NULL, "my dispatch A. 454 of November 13th|despatch|1979-11-13|A. 454||mine",
	  "Decree N\xc2\xba P176/125 of 12.12.79|decree|1979-12-12|P176/125||any");
	E("his April 4 greeting letter to Comrade P\xc3\xa9ter and ours of March 7, last", "1972-04-20", NULL,
	  "his April 4 greeting letter to Comrade P\xc3\xa9ter|letter|1972-04-04|||any|to P\xc3\xa9ter",
	  "ours of March 7||1972-03-07|||mine");
	NONE("in 1950 two letters came");
	E("CAS Saigon 0292 and resolution No 176/126 of 12 December 1979", "1979-12-20", NULL,
	  "CAS Saigon 0292|telegram||0292||any", "resolution No 176/126 of 12 December 1979|resolution|1979-12-12|176/126||any");
	/* A year of two digits is of the letter's century. */
	E("the telegram dated 02.01.07 and the letter of 24.12.99", "2007-02-04", NULL,
	  "the telegram dated 02.01.07|telegram|2007-01-02|||any", "the letter of 24.12.99|letter|1999-12-24|||any");
	E("the directive dated 13.10.50", "1950-11-01", NULL, "the directive dated 13.10.50|directive|1950-10-13|||any");
	E("London\xe2\x80\x99s 63 Aug 13 to Ankara and my 4057, September [Page 1390] 10 and Your telegram B\xe2\x80\x93" "421",
	  "1948-09-12", NULL, "London\xe2\x80\x99s 63 Aug 13||1948-08-13|63|London|any", "my 4057, September [Page 1390] 10||1948-09-10|4057||mine",
	  "Your telegram B\xe2\x80\x93" "421|telegram||B\xe2\x80\x93" "421||yours");
	E("a Tass despatch from Algiers dated March 13 and a memorandum by the Ambassador in Japan, October 10, 1941",
	  "1944-03-20", NULL, "a Tass despatch from Algiers dated March 13|despatch|1944-03-13||Algiers|any",
	  "a memorandum by the Ambassador in Japan, October 10, 1941|memorandum|1941-10-10|||any");
	NONE("a despatch from Algiers came");
	E("Your despatch of the 22d of September, No. 786, has been received.", "1864-10-10", NULL,
	  "Your despatch of the 22d of September, No. 786|despatch|1864-09-22|786||yours");
	NONE("the 2d battalion of 3d division");
	/* A cable by its post and number, as State cables print them. */
	E("REF: MOSCOW 5524\n(A) BUDAPEST 890, (B) STATE 068733", "1975", NULL, "MOSCOW 5524|telegram||5524||any",
	  "BUDAPEST 890|telegram||890||any", "STATE 068733|telegram||068733||any");
	E("Following is CAP 63468, August 30.", "1963-09-01", NULL, "CAP 63468, August 30|telegram|1963-08-30|63468||any");
	NONE("CITE SAIGON 1234 SINCE 1975 SECTION 2 OF 3");
	NONE("PAGE 01 MOSCOW 09946 181245Z");
	/* A cable's own number: its pages' heading, its classification line,
	 * its precedence. */
	E("PAGE 01 BUDAPE 01213 281640Z\nC O N F I D E N T I A L BUDAPEST 1213\nS E C R E T MOSCOW 2201\n"
	  "LIMITED OFFICIAL USE STATE 139893\nPARIS\nRUSH\n1132, June 10\nROME\nPRIORITY 1234 follows\n"
	  "REF: BUDAPEST 1213 AND STATE 68733", "1975", NULL, "STATE 68733|telegram||68733||any");
	NONE("THE ARMY 1950 AND NATO 1949");
	/* The numbers the document prints as its own, several. */
	{
		const char *own[] = { "25401", "1512/sh" };
		struct got g = { .body = "Ciphered Telegram No. 25401 of 3 May, to No. 1512/sh, and your No. 1512/sh" };
		strv_init(&g.v);
		refs_detect_own(g.body, strlen(g.body), "1950-05-04", own, 2, collect, &g);
		CHECK_INT(g.v.n, 1);
		if (g.v.n == 1)
			CHECK_STR(g.v.v[0], "your No. 1512/sh|||1512/sh||yours");
		strv_free(&g.v);
	}
	/* A number, then "of the 8th": the latest 8th on or before the
	 * letter, as after a kind. */
	E("I have received your No. 1025 of the 8th, and", "1864-07-20", NULL,
	  "your No. 1025 of the 8th||1864-07-08|1025||yours");
	E("your No. 3 of the 8th Army", "1864-07-20", NULL, "your No. 3|||3||yours");
	/* A cable cited by its number and the verb after it. */
	E("Your 125855 refers.", "1950", NULL, "Your 125855|||125855||yours");
	NONE("your 500 men refers");
	/* A State cable's day after its number, month first. */
	E("Reference KABUL 6844, 9/21 and SANTIAGO 4473, 9/21.", "1973-09-23", NULL,
	  "KABUL 6844, 9/21|telegram|1973-09-21|6844||any", "SANTIAGO 4473, 9/21|telegram|1973-09-21|4473||any");
	E("See PARIS 12345, 12/30 for", "1973-09-23", NULL, "PARIS 12345, 12/30|telegram|1972-12-30|12345||any");
	E("Reference KABUL 6844, 3/4 of the", "1973-09-23", NULL, "KABUL 6844|telegram||6844||any");
	/* "under date of", "bearing date": the nineteenth century's "dated" */
	E("your letter under date of the 3d instant", "1871-02-16", NULL,
	  "your letter under date of the 3d instant|letter|1871-02-03|||yours");
	E("your note bearing date March 3, 1870, and", "1871-02-16", NULL,
	  "your note bearing date March 3, 1870|note|1870-03-03|||yours");
	E("Ref your memo dtd 11 Aug 55 on the unit", "1955-09-02", NULL, "your memo dtd 11 Aug|memorandum|1955-08-11|||yours");
	/* A paper dated further on in its clause: what it was, or how it
	 * came, between the kind and the day. */
	E("the note delivered to the Minister by Bohlen on March 3 said", "1952-03-20", NULL,
	  "the note delivered to the Minister by Bohlen on March 3|note|1952-03-03|||any");
	E("the letter that I wrote you the morning of May 2 crossed yours", "1955-05-10", NULL,
	  "the letter that I wrote you the morning of May 2|letter|1955-05-02|||mine");
	E("our despatch sent to you on the 4th instant, and numbered 77, gave", "1870-06-20", NULL,
	  "our despatch sent to you on the 4th instant|despatch|1870-06-04|77||mine");
	E("his telegram regarding the wheat purchases (June 3) was", "1952-06-20", NULL,
	  "his telegram regarding the wheat purchases (June 3)|telegram|1952-06-03|||any");
	E("the communique issued by Tass today says", "1953-03-04", NULL,
	  "the communique issued by Tass today|communique|1953-03-04|||any");
	E("your message of this afternoon reached me", "1940-06-15", NULL,
	  "your message of this afternoon|message|1940-06-15|||yours");
	E("the Soviet draft on the frontier handed to us last night is", "1956-10-17", NULL,
	  "the Soviet draft on the frontier handed to us last night|draft|1956-10-16|||any");
	E("Dept will release text note delivered to you by Pushkin on May 6 if", "1955-05-10", NULL,
	  "note delivered to you by Pushkin on May 6|note|1955-05-06|||any");
	E("we studied the Japanese draft on fisheries handed to them yesterday and", "1956-10-17", NULL,
	  "the Japanese draft on fisheries handed to them yesterday|draft|1956-10-16|||any");
	E("the agreement of 1975 stands", "1980", NULL, "the agreement of 1975|agreement|1975|||any");
	NONE("Dept will note delivered goods");
	NONE("the letter of 1975 men");
	/* A number a citing verb sends the reader to; a channel's or a
	 * post's name between the kind or the owner and the number. */
	E("the speech, referred to in No. 412, was", "1863-05-02", NULL, "in No. 412|||412||any");
	NONE("he lives in No. 12 of the street");
	E("Your cable Navy Number 2214 arrived", "1944-06-02", NULL, "Your cable Navy Number 2214|cable||2214||yours");
	E("Reference our Army 4471b on supplies", "1944-06-02", NULL, "our Army 4471b|telegram||4471b||mine");
	E("See Mr. Hull's Embassy 1912, May 4, on", "1944-06-02", NULL,
	  "Hull's Embassy 1912, May 4|telegram|1944-05-04|1912|Hull|any");
	NONE("your Excellency 1950 was a year of trials");
	/* A paper cited before, named again: its number and day. */
	E("REF: Msg dtd 4 Mar 56\n1. The referenced message asks for", "1956-03-20", NULL, "Msg dtd 4 Mar||1956-03-04|||any",
	  "The referenced message|message|1956-03-04|||any");
	E("See my despatch No. 77 of May 2. As said in my despatch under reference, the", "1870-06-20", NULL,
	  "my despatch No. 77 of May 2|despatch|1870-05-02|77||mine",
	  "my despatch under reference|despatch|1870-05-02|77||mine");
	E("Legation’s 612, May 3, should be read before Legation’s reference telegram.", "1948-05-20", NULL,
	  "Legation’s 612, May 3||1948-05-03|612||any", "Legation’s reference telegram|telegram|1948-05-03|612||any");
	NONE("As the referenced memorandum says, the");
	E("my 4057, May 3, came. Your reference telegram did not.", "1948-05-20", NULL, "my 4057, May 3||1948-05-03|4057||mine");
	/* Accented words of French and Portuguese; brackets inside a date. */
	E("the communiqués issued by Tass on March 4 say", "1953-03-06", NULL,
	  "the communiqués issued by Tass on March 4|communique|1953-03-04|||any");
	E("segundo o Ofício no. 212, de", "1961", NULL, "Ofício no. 212|letter||212||any");
	E("as in our letter from the 3d [of May] we said", "1960-05-20", NULL,
	  "our letter from the 3d [of May]|letter|1960-05-03|||mine");
	E("under the June (1951) agreement the", "1952", NULL, "the June (1951) agreement|agreement|1951-06|||any");
	NONE("under the (new) agreement the");
	/* A day whose month a later day of the list names. */
	E("on the subject, No. 77 of the 3d and No. 81 of the 9th of May. Then", "1870-06-20", NULL,
	  "No. 77 of the 3d||1870-05-03|77||any", "No. 81 of the 9th of May||1870-05-09|81||any");
	E("to No. 77 of the 3d and no more.", "1870-06-20", NULL, "to No. 77 of the 3d||1870-06-03|77||any");
	/* A note's number glued to a day is no year ("May 1040" is May 10,
	 * note 40). */
	E("acknowledge the Government's note of May 1040 in similar terms", "1927-05-20", NULL,
	  "the Government's note of May 1040|note|1927-05-10|||any");
	/* ... but not a day of another clause, or of no link */
	NONE("the letter was read aloud, and on May 5 we met");
	NONE("the telegram from Paris arrived late but on May 5 we met");
	NONE("the letter with 1961 figures");
	/* "dated" and "dtd" date a paper of any name. */
	E("an OSS Draft Outline for the Estimate dated 27 September 1956 is", "1956-10-10", NULL,
	  "an OSS Draft Outline for the Estimate dated 27 September 1956|draft|1956-09-27|||any");
	/* A day some days after the letter's own: the letter's day is a
	 * file's or an arrival's, not a year later than the paper. */
	E("Urtel 63 Aug 14 reported", "1946-08-12", NULL, "Urtel 63 Aug 14|telegram|1946-08-14|63||yours");
	E("your letter of 28 December", "1951-01-03", NULL, "your letter of 28 December|letter|1950-12-28|||yours");
	/* A month after "in"; adjectives and a people's name before the kind. */
	E("her earlier letter in June was", "1968-09-02", NULL, "her earlier letter in June|letter|1968-06|||any");
	E("the British note in October 1961 said", "1962", NULL, "the British note in October 1961|note|1961-10|||any");
	NONE("a letter in 1950 figures");
	E("Ref: Msg dtd 3 Sep 57", "1957-09-20", NULL, "Msg dtd 3 Sep||1957-09-03|||any");
	E("The first bulletin is dated 2 a.m. March 4 and", "1953-03-05", NULL,
	  "The first bulletin is dated 2 a.m. March 4||1953-03-04|||any");
	NONE("the dated ideas of 1956");
	/* Papers of a series by their code: the CIA's in and out cables, the
	 * estimates, the National Security Council's papers. */
	E("a cable from 25X1 (IN 26108) reported", "1956", NULL, "IN 26108|telegram||IN 26108||any");
	E("NIE 100-6-56, Estimate of the World Situation", "1956", NULL, "NIE 100-6-56|report||100-6-56||any");
	E("NSC 5412/2 provides", "1956", NULL, "NSC 5412/2|report||5412/2||any");
	NONE("IN 1956 the Soviets");
	NONE("IN THE 1950s");
	/* The series of the Secretary's journeys. */
	E("Tosec 34 rptd Bonn 311 has", "1955", NULL, "Tosec 34|telegram||Tosec 34||any");
	/* A footnote's marker in brackets ends the number before it. */
	E("instructions contained Deptel 510[3] with Zhukov", "1956", NULL, "Deptel 510|telegram||510||any");
	/* A line that is only "Document 134." is a caption in a text, and
	 * the editor's pointer in a note. */
	NONE("Document 134.");
	{
		struct got g = { .body = "Document 134." };
		strv_init(&g.v);
		refs_detect_note(g.body, strlen(g.body), "1956", NULL, 0, collect, &g);
		CHECK_INT(g.v.n, 1);
		CHECK_STR(g.v.n ? g.v.v[0] : NULL, "Document 134|document||134||any");
		strv_free(&g.v);
	}
	/* Not references. */
	NONE("The letter was delivered on time.");
	NONE("No. 3 on the agenda");
	NONE("a note of caution");
	NONE("the order of the day");
	NONE("");
	NONE("#");
	NONE("telegram of 31 February");
	CHECK(refs_kind_compatible("telegram", "cable"));
	CHECK(refs_kind_compatible("ciphered telegram", "telegram"));
	CHECK(!refs_kind_compatible("letter", "directive"));
	/* One kind under two names: the writer's "my memorandum" is the
	 * edition's "Memorandum of Conversation"; a cable is a telegram's
	 * kin, not its name. */
	CHECK(refs_kind_same("telegram", "ciphered telegram"));
	CHECK(refs_kind_same("memorandum", "record of conversation"));
	CHECK(refs_kind_same("letter", "letter"));
	CHECK(!refs_kind_same("cable", "telegram"));
	CHECK(!refs_kind_same("memorandum", "report"));
	CHECK(!refs_kind_same(NULL, "letter"));
	/* What a paper does, and what it is. */
	CHECK(refs_kind_functional("directive"));
	CHECK(refs_kind_functional("report"));
	CHECK(!refs_kind_functional("telegram"));
	CHECK(!refs_kind_functional("letter"));
	CHECK(!refs_kind_functional(NULL));
	return test_done();
}
